package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The sixth held-aside batch ({@code fresh5_*}), written on 2026-12-07 (session 6), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor
 * looked at a compressed output of it. Formats none of the other cases has: an Istio sidecar (Envoy) access log,
 * a Cassandra system.log, a Postfix mail.log, {@code kubectl get pods -o json}, {@code aws ec2
 * describe-instances}, a {@code mysql --table} result, an AWS Cost and Usage Report CSV, {@code grep -rn -C 2}
 * (context lines and group separators), {@code git log --graph --oneline --decorate}, RSpec's documentation
 * formatter, {@code nvidia-smi -q} and {@code terraform show}. Never tuned on: reported as their own set
 * {@code fresh-5}, refused by {@code --case}.
 */
final class FreshCases5 {

    private FreshCases5() {}

    static List<NeedleCase> all() {
        return List.of(envoyPaymentsUpstream(), cassandraTombstones(), postfixBounce(), kubectlPodsJson(), ec2DescribeInstances(), mysqlDuplicateOrders(),
                awsCurSpike(), grepContextRetries(), gitLogGraphFlag(), rspecFailures(), nvidiaSmiEcc(), terraformShowSsh());
    }

    // ---------------------------------------------------------------- Istio sidecar (Envoy) access log

    /**
     * kubectl logs of a checkout pod's istio-proxy: Istio's default access-log format, inbound and outbound, with a
     * few pilot-agent lines; for a few minutes the calls to payments fail (connection refused, then one timeout).
     */
    static NeedleCase envoyPaymentsUpstream() {
        Gen g = new Gen(80_001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 13, 0, 2), 1_100);
        String self = "10.42.7.19";
        String gatewayPod = "10.42.3.11";
        String[] svc = {"cart", "catalog", "pricing", "inventory", "payments", "recommendations", "tax", "notifications"};
        String[] ns = {"shop", "catalog", "pricing", "inventory", "billing", "reco", "billing", "comms"};
        int[] port = {8080, 8080, 9090, 8080, 8443, 8080, 8080, 8080};
        int[] weight = {22, 20, 16, 12, 12, 8, 6, 4};
        String[][] routes = {
            {"GET /api/v1/carts/%s", "POST /api/v1/carts/%s/lock", "DELETE /api/v1/carts/%s/lock"},
            {"GET /api/v1/products/%s", "GET /api/v1/products/%s/availability"},
            {"POST /acme.pricing.v1.PricingService/Quote", "POST /acme.pricing.v1.PricingService/ApplyPromotions"},
            {"POST /api/v1/reservations", "DELETE /api/v1/reservations/%s"},
            {"POST /v1/payment_intents", "POST /v1/payment_intents/%s/confirm", "GET /v1/payment_intents/%s"},
            {"GET /api/v1/recommendations/%s?slot=checkout"},
            {"POST /api/v1/tax/quote"},
            {"POST /api/v1/events"},
        };
        String[][] endpoints = new String[svc.length][];
        String[] vip = new String[svc.length];
        for (int s = 0; s < svc.length; s++) {
            endpoints[s] = new String[] {"10.42." + g.between(1, 14) + "." + g.between(2, 250), "10.42." + g.between(1, 14) + "." + g.between(2, 250),
                "10.42." + g.between(1, 14) + "." + g.between(2, 250)};
            vip[s] = "10.96." + g.between(0, 255) + "." + g.between(1, 254);
        }
        endpoints[4] = new String[] {"10.42.9.33", "10.42.11.8", "10.42.5.60"};
        String[] inboundRoutes = {"POST /api/v1/checkout", "GET /api/v1/checkout/%s", "POST /api/v1/checkout/%s/confirm", "GET /api/v1/checkout/%s/summary"};
        String[] browsers = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
            "AcmeShop/7.3.0 (Android 15; Pixel 8)", "AcmeShop/7.3.0 (iOS 18.1.1; iPhone15,3)",
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        };
        int total = 1_050;
        int outageFrom = 640;
        int outageTo = 900;
        List<String> refused = new ArrayList<>();
        String timeout = null;
        for (int i = 0; i < total; i++) {
            String start = clock.next(Stamps.JSON);
            if (g.chance(0.012)) {
                String when = Stamps.JSON.format(clock.now()).replace("Z", g.hex(3).replaceAll("[a-f]", "4") + "Z");
                g.add(g.pick(
                        when + "\tinfo\txdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=" + g.between(2, 9),
                        when + "\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:193\tStreamAggregatedResources gRPC config stream to xds-grpc closed since "
                                + g.between(1200, 1900) + "s ago: 0, \tthread=" + g.between(14, 22),
                        when + "\tinfo\tcache\tgenerated new workload certificate\tlatency=" + g.between(60, 140) + ".812ms ttl=23h59m59.187301102s",
                        when + "\tinfo\tads\tADS: \"@\" " + "checkout-7b9c6d5f48-" + "qz8tn.shop-" + g.between(2, 6) + " terminated"));
                continue;
            }
            if (g.chance(0.34)) {
                String route = g.pick(inboundRoutes);
                String path = fmt(route.substring(route.indexOf(' ') + 1), "chk_" + g.alnum(20));
                String method = route.substring(0, route.indexOf(' '));
                int code;
                String flags = "-";
                String details = "via_upstream";
                int dur = g.between(8, 420);
                boolean confirm = route.contains("confirm");
                if (confirm && i >= outageFrom && i <= outageTo && g.chance(0.5)) {
                    code = 502;
                    dur = g.between(1_000, 3_100);
                } else if (g.chance(0.01)) {
                    code = 0;
                    flags = "DC";
                    details = "downstream_remote_disconnect";
                } else {
                    code = method.equals("POST") && !confirm ? 201 : g.weighted(95, 2, 2, 1) == 0 ? 200 : g.pick(400, 404, 409);
                }
                int up = Math.max(1, dur - g.between(0, 3));
                g.add(envoy(start, method + " " + path + " HTTP/1.1", code, flags, details, "-", method.equals("POST") ? g.between(180, 1_900) : 0,
                        code == 0 ? 0 : g.between(90, 6_400), dur, code == 0 ? "-" : String.valueOf(up), g.ip(), g.pick(browsers), uuid(g), "shop.acme.io",
                        self + ":8080", "inbound|8080||", "127.0.0.6:" + g.between(32_768, 60_999), self + ":8080", gatewayPod + ":" + g.between(32_768, 60_999),
                        "outbound_.8080_._.checkout.shop.svc.cluster.local"));
                continue;
            }
            int s = g.weighted(weight);
            boolean payments = svc[s].equals("payments");
            if (i >= outageFrom && i <= outageTo && !payments && g.chance(0.12)) {
                s = 4;
                payments = true;
            }
            String route = g.pick(routes[s]);
            String method = route.substring(0, route.indexOf(' '));
            String path = route.contains("%s") ? fmt(route.substring(route.indexOf(' ') + 1), payments ? "pi_3Q" + g.alnum(19) : g.alnum(12))
                    : route.substring(route.indexOf(' ') + 1);
            boolean grpc = svc[s].equals("pricing");
            String host = svc[s] + "." + ns[s] + ".svc.cluster.local";
            String cluster = "outbound|" + port[s] + "||" + host;
            String ua = grpc ? "grpc-java-okhttp/1.62.2" : "checkout/2.14.0 okhttp/4.12.0";
            String ep = g.pick(endpoints[s]);
            if (payments && i >= outageFrom && i < 850) {
                ep = g.pick("10.42.11.8", "10.42.5.60");
            }
            int localPort = g.between(32_768, 60_999);
            String protocol = grpc ? "HTTP/2" : "HTTP/1.1";
            String line;
            if (payments && timeout == null && i >= 860) {
                ep = "10.42.11.8";
                line = envoy(start, "POST /v1/payment_intents/pi_3QkLm9xTq2Fb7WcR4nZ8dHsV/confirm HTTP/1.1", 504, "UT", "response_timeout", "-", 402, 24, 15_001, "-", "-", ua,
                        "9c1e7a52-0f3d-4b8e-a6c4-2d91f5e7b038", host + ":" + port[s], ep + ":" + port[s], cluster, self + ":" + localPort, vip[s] + ":" + port[s],
                        self + ":" + g.between(32_768, 60_999), "-");
                timeout = line;
            } else if (payments && i >= outageFrom && i < 850 && g.chance(0.7)) {
                ep = "10.42.9.33";
                line = envoy(start, method + " " + path + " " + protocol, 503, "UF,URX",
                        "upstream_reset_before_response_started{remote_connection_failure,delayed_connect_error:_Connection_refused}", "delayed connect error: 111",
                        method.equals("POST") ? g.between(240, 520) : 0, 190, g.between(40, 260), "-", "-", ua, uuid(g), host + ":" + port[s], ep + ":" + port[s], cluster, "-",
                        vip[s] + ":" + port[s], self + ":" + localPort, "-");
                refused.add(line);
            } else if (svc[s].equals("recommendations") && i >= 210 && i <= 330 && g.chance(0.8)) {
                line = envoy(start, method + " " + path + " " + protocol, 503, "UH", "no_healthy_upstream", "-", 0, 19, 0, "-", "-", ua, uuid(g), host + ":" + port[s], "-",
                        cluster, "-", vip[s] + ":" + port[s], self + ":" + localPort, "-");
            } else {
                int code = grpc ? 200 : method.equals("POST") && !route.contains("confirm") ? g.weighted(90, 10) == 0 ? 201 : 200 : g.weighted(94, 5, 1) == 0 ? 200
                        : g.pick(404, 409, 422);
                if (svc[s].equals("catalog") && g.chance(0.03)) {
                    code = 404;
                }
                int dur = payments ? g.between(90, 1_400) : g.between(1, 160);
                line = envoy(start, method + " " + path + " " + protocol, code, "-", "via_upstream", "-", method.equals("GET") || method.equals("DELETE") ? 0
                        : g.between(60, 2_200), g.between(20, 9_000), dur, String.valueOf(Math.max(0, dur - g.between(0, 2))), "-", ua, uuid(g),
                        host + ":" + port[s], ep + ":" + port[s], cluster, self + ":" + localPort, vip[s] + ":" + port[s], self + ":" + g.between(32_768, 60_999), "-");
            }
            g.add(line);
        }
        return NeedleCase.named("fresh5_envoy_payments_upstream", "log", "envoy-access")
                .shell("kubectl logs -n shop checkout-7b9c6d5f48-qz8tn -c istio-proxy --since=1h")
                .question("Checkout's calls to the payments service fail now and then. What does checkout's istio-proxy log show for the payments calls?")
                .heldAside()
                .build(g.text(), List.of(Needle.anyOf(refused), Needle.exact(timeout)));
    }

    /** One line in Istio's default access-log format. */
    private static String envoy(String start, String request, int code, String flags, String details, String transportFailure, int bytesIn, int bytesOut,
                                int duration, String upstreamTime, String xff, String ua, String requestId, String authority, String upstreamHost, String cluster,
                                String upstreamLocal, String downstreamLocal, String downstreamRemote, String sni) {
        return fmt("[%s] \"%s\" %d %s %s - \"%s\" %d %d %d %s \"%s\" \"%s\" \"%s\" \"%s\" \"%s\" %s %s %s %s %s default", start, request, code, flags, details,
                transportFailure, bytesIn, bytesOut, duration, upstreamTime, xff, ua, requestId, authority, upstreamHost, cluster, upstreamLocal, downstreamLocal,
                downstreamRemote, sni);
    }

    // ---------------------------------------------------------------- Cassandra system.log

    /** A Cassandra 4.1 node's system.log over an hour and a half: compactions, flushes, GC; around 04:18 reads hit a tombstone wall and get dropped. */
    static NeedleCase cassandraTombstones() {
        Gen g = new Gen(80_002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 3, 12, 0), 7_000);
        String[] tables = {"orders", "order_items", "carts", "sessions", "customers", "products", "inventory_by_sku", "payments_by_order"};
        Map<String, String> tableIds = new LinkedHashMap<>();
        Map<String, Integer> generation = new LinkedHashMap<>();
        for (String t : tables) {
            tableIds.put(t, g.hex(32));
            generation.put(t, g.between(800, 4_000));
        }
        String[] peers = {"10.0.3.11", "10.0.3.12", "10.0.3.14", "10.0.3.15", "10.0.3.16"};
        LocalDateTime incidentAt = LocalDateTime.of(2026, 12, 7, 4, 17, 40);
        List<String> scans = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        String exception = "org.apache.cassandra.db.filter.TombstoneOverwhelmingException: null";
        int after = -1;
        long commitSegment = 1_765_060_000_123L;
        while (g.size() < 1_450) {
            LocalDateTime t = clock.next();
            String when = Stamps.PYTHON.format(t);
            if (after < 0 && t.isAfter(incidentAt)) {
                after = 0;
            }
            if (after >= 0 && after < 70) {
                after++;
                if (after == 1 || (scans.size() < 4 && g.chance(0.12))) {
                    String thread = "ReadStage-" + g.between(1, 32);
                    String user = uuid(g);
                    String scan = fmt("ERROR [%s] %s ReadCommand.java:519 - Scanned over 100001 tombstones during query 'SELECT * FROM shop.sessions WHERE user_id = %s LIMIT 100'"
                            + " (last scanned row token was %d and partion key was ((%s))); query aborted", thread, when, user, -g.between(1, 2_000_000_000) * 4_294_967_296L, user);
                    scans.add(scan);
                    g.add(scan);
                    g.add(fmt("WARN  [%s] %s AbstractLocalAwareExecutorService.java:167 - Uncaught exception on thread Thread[%s,5,SharedPool]", thread, when, thread));
                    g.add(exception);
                    for (String frame : new String[] {
                        "org.apache.cassandra.db.ReadCommand$1MetricRecording.onDeletedCell(ReadCommand.java:571)",
                        "org.apache.cassandra.db.transform.BaseRows.applyOne(BaseRows.java:127)",
                        "org.apache.cassandra.db.transform.BaseRows.add(BaseRows.java:114)",
                        "org.apache.cassandra.db.transform.UnfilteredRows.add(UnfilteredRows.java:49)",
                        "org.apache.cassandra.db.transform.Transformation.add(Transformation.java:189)",
                        "org.apache.cassandra.db.transform.Transformation.apply(Transformation.java:143)",
                        "org.apache.cassandra.db.ReadCommand.withMetricsRecording(ReadCommand.java:605)",
                        "org.apache.cassandra.db.ReadCommand.executeLocally(ReadCommand.java:436)",
                        "org.apache.cassandra.db.ReadCommandVerbHandler.doVerb(ReadCommandVerbHandler.java:74)",
                        "org.apache.cassandra.net.InboundSink.lambda$new$0(InboundSink.java:78)",
                        "org.apache.cassandra.net.InboundSink.accept(InboundSink.java:97)",
                        "org.apache.cassandra.net.InboundMessageHandler$ProcessMessage.run(InboundMessageHandler.java:430)",
                        "org.apache.cassandra.concurrent.ExecutionFailure$1.run(ExecutionFailure.java:133)",
                        "org.apache.cassandra.concurrent.SEPWorker.run(SEPWorker.java:142)",
                        "io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
                        "java.base/java.lang.Thread.run(Thread.java:829)"}) {
                        g.add("\tat " + frame);
                    }
                    continue;
                }
                if (after % 6 == 3 && drops.size() < 3) {
                    String drop = fmt("INFO  [ScheduledTasks:1] %s MessagingMetrics.java:206 - READ_REQ messages were dropped in last 5000 ms: 0 internal and %d cross node."
                            + " Mean internal dropped latency: 0 ms and Mean cross-node dropped latency: %d ms", when, g.between(180, 900), g.between(5_100, 9_800));
                    drops.add(drop);
                    g.add(drop);
                    g.add(fmt("INFO  [ScheduledTasks:1] %s StatusLogger.java:65 - Pool Name                                     Active        Pending   Completed   Blocked  All Time Blocked", when));
                    String[] pools = {"ReadStage", "CompactionExecutor", "MutationStage", "MemtableReclaimMemory", "PendingRangeCalculator", "GossipStage", "SecondaryIndexManagement",
                        "HintsDispatcher", "Native-Transport-Requests", "RequestResponseStage", "ReadRepairStage", "CounterMutationStage", "MemtablePostFlush",
                        "ValidationExecutor", "ViewBuildExecutor", "MemtableFlushWriter", "CacheCleanupExecutor"};
                    for (String pool : pools) {
                        boolean hot = pool.equals("ReadStage") || pool.equals("Native-Transport-Requests");
                        g.add(fmt("INFO  [ScheduledTasks:1] %s StatusLogger.java:69 - %-45s %6d %14d %11d %9d %17d", when, pool, hot ? 32 : g.between(0, 2),
                                hot ? g.between(2_000, 6_000) : 0, g.between(1_000, 90_000_000), 0, pool.equals("Native-Transport-Requests") ? g.between(10, 400) : 0));
                    }
                    continue;
                }
            }
            int kind = g.weighted(16, 12, 14, 14, 5, 5, 4, 1, 2, 5, 3);
            String table = g.pick(tables);
            String dir = "/var/lib/cassandra/data/shop/" + table + "-" + tableIds.get(table);
            switch (kind) {
                case 0 -> {
                    int n = g.between(2, 6);
                    int gen = generation.merge(table, n + 1, Integer::sum);
                    double in = 2 + g.nextDouble() * 400;
                    double outMb = in * (0.55 + g.nextDouble() * 0.44);
                    int ms = g.between(300, 90_000);
                    long parts = g.between(2_000, 4_000_000);
                    g.add(fmt("INFO  [CompactionExecutor:%d] %s CompactionTask.java:253 - Compacted (%s) %d sstables to [%s/nb-%d-big,] to level=0.  %.3fMiB to %.3fMiB (~%d%% of original)"
                                    + " in %,dms.  Read Throughput = %.3fMiB/s, Write Throughput = %.3fMiB/s, Row Throughput = ~%,d/s.  %,d total partitions merged to %,d."
                                    + "  Partition merge counts were {1:%d, 2:%d, }. Time spent writing keys = %,dms",
                            g.between(1, 4), when, timeUuid(g), n, dir, gen, in, outMb, (int) (outMb * 100 / in), ms, in * 1000 / ms, outMb * 1000 / ms, parts * 1000 / ms,
                            parts, parts - parts / 9, parts - parts / 5, parts / 9, Math.max(1, ms - g.between(0, 200))));
                }
                case 1 -> {
                    int gen = generation.merge(table, 1, Integer::sum);
                    double mib = 1 + g.nextDouble() * 120;
                    g.add(fmt("INFO  [MemtableFlushWriter:%d] %s Memtable.java:469 - Writing Memtable-%s@%d(%.3fMiB serialized bytes, %d ops, %d%%/0%% of on/off-heap limit),"
                                    + " flushed range = (min(-9223372036854775808), max(9223372036854775807)]", g.between(1, 4), when, table, g.between(100_000_000, 2_000_000_000),
                            mib, g.between(10_000, 900_000), g.between(1, 12)));
                    commitSegment += g.between(0, 3);
                    g.add(fmt("INFO  [MemtableFlushWriter:%d] %s Memtable.java:498 - Completed flushing %s/nb-%d-big-Data.db (%.3fMiB) for commitlog position"
                                    + " CommitLogPosition(segmentId=%d, position=%d)", g.between(1, 4), when, dir, gen, mib * 0.4, commitSegment, g.between(100_000, 33_000_000)));
                }
                case 2 -> {
                    long eden = g.between(400_000_000, 1_600_000_000);
                    long old = g.between(1_000_000_000, 2_000_000_000) * 2L;
                    g.add(fmt("INFO  [Service Thread] %s GCInspector.java:294 - G1 Young Generation GC in %dms.  G1 Eden Space: %d -> 0; G1 Old Gen: %d -> %d; G1 Survivor Space: %d -> %d; ",
                            when, g.between(201, 480), eden, old, old + g.between(1_000_000, 90_000_000), g.between(20_000_000, 90_000_000), g.between(20_000_000, 90_000_000)));
                }
                case 3 -> {
                    int n = g.between(2, 5);
                    int gen = generation.get(table);
                    StringBuilder files = new StringBuilder();
                    for (int k = 0; k < n; k++) {
                        files.append(dir).append("/nb-").append(gen - n + k).append("-big-Data.db:level=0, ");
                    }
                    g.add(fmt("INFO  [CompactionExecutor:%d] %s CompactionTask.java:167 - Compacting (%s) [%s]", g.between(1, 4), when, timeUuid(g), files));
                }
                case 4 -> g.add(fmt("WARN  [ReadStage-%d] %s NoSpamLogger.java:108 - Read %d live rows and %d tombstone cells for query SELECT * FROM shop.carts WHERE customer_id = %s"
                        + " LIMIT 5000; token %d (see tombstone_warn_threshold)", g.between(1, 32), when, g.between(1, 400), g.between(1_001, 4_000), uuid(g),
                        g.between(1, 2_000_000_000) * (g.chance(0.5) ? -4_294_967_296L : 4_294_967_296L)));
                case 5 -> g.add(fmt("INFO  [ScheduledTasks:1] %s NoSpamLogger.java:105 - Some operations were slow, details available at debug level (debug.log)", when));
                case 6 -> g.add(fmt("WARN  [Native-Transport-Requests-%d] %s NoSpamLogger.java:108 - Unlogged batch covering %d partitions detected against table [shop.%s]."
                        + " You should use a logged batch for atomicity, or asynchronous writes for performance.", g.between(1, 128), when, g.between(6, 40), g.pick("order_items", "inventory_by_sku")));
                case 7 -> {
                    String peer = g.pick(peers);
                    g.add(fmt("INFO  [GossipStage:1] %s Gossiper.java:1342 - InetAddress /%s:7000 is now DOWN", when, peer));
                    g.add(fmt("INFO  [GossipStage:1] %s Gossiper.java:1139 - Node /%s:7000 has restarted, now UP", Stamps.PYTHON.format(clock.next()), peer));
                    g.add(fmt("INFO  [GossipStage:1] %s StorageService.java:3099 - Node /%s:7000 state jump to NORMAL", Stamps.PYTHON.format(clock.next()), peer));
                    g.add(fmt("INFO  [GossipStage:1] %s Gossiper.java:1291 - InetAddress /%s:7000 is now UP", Stamps.PYTHON.format(clock.next()), peer));
                }
                case 8 -> g.add(fmt("INFO  [IndexSummaryManager:1] %s IndexSummaryRedistribution.java:79 - Redistributing index summaries", when));
                case 9 -> {
                    String peer = g.pick(peers);
                    g.add(fmt("INFO  [HintsDispatcher:%d] %s HintsDispatchExecutor.java:289 - Finished hinted handoff of file %s-%d-2.hints to endpoint /%s:7000: %s",
                            g.between(1, 4), when, uuid(g), commitSegment - g.between(0, 9_000_000), peer, uuid(g)));
                }
                default -> g.add(fmt("INFO  [OptionalTasks:1] %s CassandraRoleManager.java:%d - %s", when, g.pick(372, 385),
                        g.pick("Setup task completed", "Created default superuser role 'cassandra'")));
            }
        }
        return NeedleCase.named("fresh5_cassandra_tombstones", "log", "cassandra-system-log")
                .shell("ssh cass-prod-3 'sudo tail -n 1450 /var/log/cassandra/system.log'")
                .question("Reads against the shop keyspace started timing out on cass-prod-3 around 4am. What does its system.log say?")
                .heldAside()
                .build(g.text(), List.of(Needle.anyOf(scans), Needle.exact(exception), Needle.anyOf(drops)));
    }

    private static String timeUuid(Gen g) {
        return g.hex(8) + "-" + g.hex(4) + "-11f1-" + g.pick("8", "9", "a", "b") + g.hex(3) + "-" + g.hex(12);
    }

    // ---------------------------------------------------------------- Postfix mail.log

    private record Event(LocalDateTime at, int seq, String text) {}

    /**
     * /var/log/mail.log of an outbound relay: ~330 messages submitted by the app servers, TLS, DKIM, deferrals and
     * bounces, spam-bot noise; the question names one recipient, whose mail was greylisted and then bounced.
     */
    static NeedleCase postfixBounce() {
        Gen g = new Gen(80_003);
        String queueChars = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz";
        List<Event> events = new ArrayList<>();
        int[] seq = {0};
        String[][] domains = {
            {"gmail.com", "gmail-smtp-in.l.google.com", "142.250.102.27"}, {"googlemail.com", "gmail-smtp-in.l.google.com", "142.250.102.26"},
            {"outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.68.12"}, {"hotmail.com", "hotmail-com.olc.protection.outlook.com", "52.101.73.3"},
            {"yahoo.com", "mta7.am0.yahoodns.net", "67.195.204.72"}, {"icloud.com", "mx01.mail.icloud.com", "17.57.154.33"},
            {"gmx.de", "mx00.emig.gmx.net", "212.227.15.9"}, {"web.de", "mx-ha03.web.de", "212.227.17.8"},
            {"fastmail.com", "in1-smtp.messagingengine.com", "103.168.172.219"}, {"contoso-retail.com", "contosoretail-com.mail.protection.outlook.com", "52.101.40.17"},
            {"bluepeak.io", "aspmx.l.google.com", "142.250.153.27"}, {"northwind-traders.com", "mx1.northwind-traders.com", "198.51.100.25"},
        };
        String[] firstNames = {"anna", "ben", "chloe", "david", "emma", "felix", "grace", "hugo", "ines", "jonas", "kara", "leo", "maya", "nils", "olivia", "paul", "rosa",
            "sam", "tara", "victor", "wen", "yusuf", "zoe"};
        String[] lastNames = {"schmidt", "ng", "garcia", "kowalski", "dubois", "okafor", "berg", "silva", "murphy", "rossi", "tanaka", "novak", "haddad", "larsen"};
        String[] kinds = {"order-confirmation", "password-reset", "shipping-update", "invoice", "newsletter-digest", "welcome"};
        String[] spamHosts = {"unknown[45.148.10.81]", "unknown[193.32.162.140]", "static.88-198-55-94.clients.your-server.de[88.198.55.94]", "unknown[80.94.95.226]",
            "unknown[141.98.11.68]", "ip-185-224-128-17.example-isp.net[185.224.128.17]"};
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 6, 25, 3);
        String deferred = null;
        String bounced = null;
        int smtpdPid = 18_200;
        for (int m = 0; m < 380; m++) {
            t = t.plusSeconds(g.between(2, 38)).plusNanos(g.between(0, 999) * 1_000_000L);
            if (m != 171 && m != 318 && g.chance(0.13)) {
                String host = g.pick(spamHosts);
                int pid = smtpdPid + g.between(1, 9);
                add(events, seq, t, "postfix/smtpd[" + pid + "]: connect from " + host);
                if (g.chance(0.5)) {
                    add(events, seq, t.plusNanos(300_000_000L), "postfix/smtpd[" + pid + "]: warning: " + host + ": SASL LOGIN authentication failed: UGFzc3dvcmQ6");
                    add(events, seq, t.plusSeconds(1), "postfix/smtpd[" + pid + "]: lost connection after AUTH from " + host);
                    add(events, seq, t.plusSeconds(1), "postfix/smtpd[" + pid + "]: disconnect from " + host + " ehlo=1 auth=0/1 commands=1/2");
                } else {
                    String ip = host.substring(host.indexOf('[') + 1, host.length() - 1);
                    add(events, seq, t.plusNanos(400_000_000L), "postfix/smtpd[" + pid + "]: NOQUEUE: reject: RCPT from " + host + ": 554 5.7.1 <"
                            + g.pick("admin", "info", "sales", "test") + "@" + g.pick("example.org", "mail.ru", "qq.com") + ">: Relay access denied; from=<"
                            + g.alnum(8) + "@" + g.pick("outlook.com", "gmail.com", "yandex.ru") + "> to=<" + g.pick("admin", "info", "sales") + "@example.org> proto=ESMTP helo=<" + ip + ">");
                    add(events, seq, t.plusSeconds(1), "postfix/smtpd[" + pid + "]: disconnect from " + host + " ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4");
                }
                continue;
            }
            boolean target = m == 171;
            boolean sibling = m == 318;
            String[] dom = target || sibling ? domains[11] : domains[g.weighted(30, 3, 10, 8, 8, 6, 5, 4, 3, 3, 3, 1)];
            String rcpt = target ? "m.okafor@northwind-traders.com" : sibling ? "j.berg@northwind-traders.com"
                    : g.pick(firstNames) + g.pick(".", "_", "") + g.pick(lastNames) + (g.chance(0.3) ? String.valueOf(g.between(1, 99)) : "") + "@" + dom[0];
            String kind = target ? "password-reset" : g.pick(kinds);
            String qid = "4Y" + pickChars(g, queueChars, 11);
            String app = "app-" + g.between(1, 6);
            String appIp = "10.0.4." + (20 + Integer.parseInt(app.substring(4)));
            int pid = smtpdPid + g.between(1, 9);
            int size = g.between(6_000, 60_000);
            add(events, seq, t, "postfix/smtpd[" + pid + "]: connect from " + app + ".internal[" + appIp + "]");
            add(events, seq, t.plusNanos(40_000_000L), "postfix/smtpd[" + pid + "]: " + qid + ": client=" + app + ".internal[" + appIp + "], sasl_method=PLAIN, sasl_username=noreply");
            add(events, seq, t.plusNanos(70_000_000L), "postfix/cleanup[" + (pid + 12) + "]: " + qid + ": message-id=<" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).format(t)
                    + "." + g.hex(6) + "." + kind + "@" + app + ".acme.io>");
            add(events, seq, t.plusNanos(110_000_000L), "opendkim[812]: " + qid + ": DKIM-Signature field added (s=mail2024, d=acme.io)");
            add(events, seq, t.plusNanos(140_000_000L), "postfix/qmgr[1123]: " + qid + ": from=<noreply@acme.io>, size=" + size + ", nrcpt=1 (queue active)");
            add(events, seq, t.plusNanos(190_000_000L), "postfix/smtpd[" + pid + "]: disconnect from " + app + ".internal[" + appIp + "] ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=8");
            int smtpPid = 18_300 + g.between(0, 60);
            String relay = dom[1] + "[" + dom[2] + "]:25";
            LocalDateTime tls = t.plusNanos(g.between(300, 900) * 1_000_000L);
            add(events, seq, tls, "postfix/smtp[" + smtpPid + "]: Trusted TLS connection established to " + relay + ": TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
                    + " key-exchange X25519 server-signature " + g.pick("ECDSA (P-256)", "RSA-PSS (2048 bits)") + " server-digest SHA256");
            double conn = 0.2 + g.nextDouble() * 0.6;
            double xfer = 0.1 + g.nextDouble() * 0.9;
            LocalDateTime done = tls.plusNanos((long) (xfer * 1e9));
            String delays = fmt("delay=%.1f, delays=0.%02d/0.01/%.2f/%.2f", 0.2 + conn + xfer, g.between(1, 9), conn, xfer);
            if (target) {
                deferred = fmt("postfix/smtp[%d]: %s: to=<%s>, relay=%s, %s, dsn=4.7.1, status=deferred (host %s[%s] said: 450 4.7.1 <%s>: Recipient address rejected:"
                        + " Greylisted, see https://postgrey.schweikert.ch/help/northwind-traders.com.html (in reply to RCPT TO command))", smtpPid, qid, rcpt, relay, delays, dom[1], dom[2], rcpt);
                add(events, seq, done, deferred);
                LocalDateTime retry = done.plusSeconds(1_012);
                int retryPid = 18_300 + g.between(61, 90);
                add(events, seq, retry, "postfix/qmgr[1123]: " + qid + ": from=<noreply@acme.io>, size=" + size + ", nrcpt=1 (queue active)");
                add(events, seq, retry.plusNanos(600_000_000L), "postfix/smtp[" + retryPid + "]: Trusted TLS connection established to " + relay
                        + ": TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256");
                bounced = fmt("postfix/smtp[%d]: %s: to=<%s>, relay=%s, delay=1014, delays=1013/0.02/0.41/0.33, dsn=5.2.2, status=bounced (host %s[%s] said:"
                        + " 552 5.2.2 <%s>: Mailbox full, quota exceeded (in reply to RCPT TO command))", retryPid, qid, rcpt, relay, dom[1], dom[2], rcpt);
                add(events, seq, retry.plusSeconds(1), bounced);
                String ndr = "4Y" + pickChars(g, queueChars, 11);
                add(events, seq, retry.plusSeconds(1), "postfix/cleanup[18251]: " + ndr + ": message-id=<" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).format(retry)
                        + "." + ndr + "@mx-out-1.acme.io>");
                add(events, seq, retry.plusSeconds(1), "postfix/bounce[18262]: " + qid + ": sender non-delivery notification: " + ndr);
                add(events, seq, retry.plusSeconds(1), "postfix/qmgr[1123]: " + ndr + ": from=<>, size=" + (size / 3) + ", nrcpt=1 (queue active)");
                add(events, seq, retry.plusSeconds(1), "postfix/qmgr[1123]: " + qid + ": removed");
                add(events, seq, retry.plusSeconds(1), "postfix/discard[18263]: " + ndr + ": to=<noreply@acme.io>, relay=none, delay=0.01, delays=0/0/0/0.01, dsn=2.0.0, status=sent (noreply)");
                add(events, seq, retry.plusSeconds(1), "postfix/qmgr[1123]: " + ndr + ": removed");
                continue;
            }
            int outcome = sibling ? 0 : g.weighted(93, 3, 4);
            if (outcome == 1 && dom[0].equals("yahoo.com")) {
                add(events, seq, done, fmt("postfix/smtp[%d]: %s: to=<%s>, relay=%s, %s, dsn=4.7.0, status=deferred (host %s[%s] said: 421 4.7.0 [TSS04] Messages from 203.0.113.25"
                        + " temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command))",
                        smtpPid, qid, rcpt, relay, delays, dom[1], dom[2]));
                LocalDateTime retry = done.plusSeconds(g.between(300, 1_800));
                add(events, seq, retry, "postfix/qmgr[1123]: " + qid + ": from=<noreply@acme.io>, size=" + size + ", nrcpt=1 (queue active)");
                add(events, seq, retry.plusSeconds(2), fmt("postfix/smtp[%d]: %s: to=<%s>, relay=%s, delay=%d, delays=%d/0.01/0.52/0.61, dsn=2.0.0, status=sent (250 ok dirdel)",
                        smtpPid + 1, qid, rcpt, relay, 900, 898));
                add(events, seq, retry.plusSeconds(2), "postfix/qmgr[1123]: " + qid + ": removed");
                continue;
            }
            if (outcome == 2 && (dom[0].equals("gmail.com") || dom[0].equals("outlook.com") || dom[0].equals("hotmail.com"))) {
                String reply = dom[0].equals("gmail.com")
                        ? "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1"
                                + " unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser " + g.alnum(28) + " - gsmtp"
                        : "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [" + g.alnum(6).toUpperCase(Locale.ROOT) + ".eurprd09.prod.outlook.com"
                                + " 2026-12-07T" + DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).format(done) + ".000Z 08DD1" + g.hex(11).toUpperCase(Locale.ROOT) + "]";
                add(events, seq, done, fmt("postfix/smtp[%d]: %s: to=<%s>, relay=%s, %s, dsn=5.1.1, status=bounced (host %s[%s] said: %s (in reply to RCPT TO command))",
                        smtpPid, qid, rcpt, relay, delays, dom[1], dom[2], reply));
                String ndr = "4Y" + pickChars(g, queueChars, 11);
                add(events, seq, done, "postfix/cleanup[18251]: " + ndr + ": message-id=<" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).format(done) + "." + ndr
                        + "@mx-out-1.acme.io>");
                add(events, seq, done, "postfix/bounce[18262]: " + qid + ": sender non-delivery notification: " + ndr);
                add(events, seq, done, "postfix/qmgr[1123]: " + qid + ": removed");
                add(events, seq, done, "postfix/discard[18263]: " + ndr + ": to=<noreply@acme.io>, relay=none, delay=0.01, delays=0/0/0/0.01, dsn=2.0.0, status=sent (noreply)");
                add(events, seq, done, "postfix/qmgr[1123]: " + ndr + ": removed");
                continue;
            }
            String accepted = switch (dom[0]) {
                case "gmail.com", "googlemail.com", "bluepeak.io" -> "250 2.0.0 OK  " + (1_765_080_000L + m * 31L) + " " + g.alnum(30) + " - gsmtp";
                case "outlook.com", "hotmail.com", "contoso-retail.com" -> "250 2.6.0 <" + g.hex(12) + "@acme.io> [InternalId=" + g.between(10_000_000, 99_999_999)
                        + g.between(1_000, 9_999) + ", Hostname=" + g.alnum(6).toUpperCase(Locale.ROOT) + ".eurprd09.prod.outlook.com] " + g.between(20_000, 90_000)
                        + " bytes in 0.1" + g.between(10, 99) + ", " + g.between(100, 900) + ".128 KB/sec Queued mail for delivery";
                case "yahoo.com" -> "250 ok dirdel";
                default -> "250 2.0.0 Ok: queued as " + pickChars(g, "0123456789ABCDEF", 10);
            };
            add(events, seq, done, fmt("postfix/smtp[%d]: %s: to=<%s>, relay=%s, %s, dsn=2.0.0, status=sent (%s)", smtpPid, qid, rcpt, relay, delays, accepted));
            add(events, seq, done.plusNanos(2_000_000L), "postfix/qmgr[1123]: " + qid + ": removed");
        }
        events.sort(Comparator.comparing(Event::at).thenComparingInt(Event::seq));
        List<Needle> needles = new ArrayList<>();
        for (Event e : events) {
            String line = Stamps.SYSLOG.format(e.at()) + " mx-out-1 " + e.text();
            g.add(line);
            if (e.text().equals(deferred) || e.text().equals(bounced)) {
                needles.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("fresh5_postfix_bounce", "log", "postfix-maillog")
                .shell("ssh mx-out-1 'sudo cat /var/log/mail.log'")
                .question("A customer, m.okafor@northwind-traders.com, says she never got the password reset email she asked for this morning. Did we send it, and what happened to it?")
                .heldAside()
                .build(g.text(), needles);
    }

    private static void add(List<Event> events, int[] seq, LocalDateTime at, String text) {
        events.add(new Event(at, seq[0]++, text));
    }

    private static String pickChars(Gen g, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(g.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- kubectl get pods -o json

    /** kubectl get pods -n shop -o json: 28 pods (keys sorted, four-space indent); one is in CrashLoopBackOff after OOM kills. */
    static NeedleCase kubectlPodsJson() {
        Gen g = new Gen(80_004);
        // app, replicas, image tag, cpu req, mem req, cpu limit, mem limit
        String[][] deployments = {
            {"cart", "3", "3.8.2", "200m", "256Mi", "1", "512Mi"}, {"checkout", "3", "2.14.0", "250m", "512Mi", "1", "1Gi"},
            {"email-worker", "2", "1.22.5", "100m", "128Mi", "500m", "256Mi"}, {"invoice-renderer", "1", "5.3.1", "500m", "256Mi", "2", "384Mi"},
            {"order-events-consumer", "2", "4.1.0", "200m", "512Mi", "1", "1Gi"}, {"orders-api", "3", "6.0.3", "500m", "1Gi", "2", "2Gi"},
            {"pdf-thumbnailer", "1", "0.9.4", "100m", "256Mi", "1", "512Mi"}, {"search-api", "3", "2.31.1", "500m", "1Gi", "2", "2Gi"},
            {"storefront", "4", "9.4.0", "250m", "512Mi", "1", "1Gi"}, {"wishlist", "2", "1.7.12", "100m", "128Mi", "500m", "256Mi"},
        };
        String[] nodes = {"ip-10-42-1-87.eu-west-1.compute.internal", "ip-10-42-5-203.eu-west-1.compute.internal", "ip-10-42-9-14.eu-west-1.compute.internal",
            "ip-10-42-11-150.eu-west-1.compute.internal", "ip-10-42-13-66.eu-west-1.compute.internal"};
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
        LocalDateTime now = LocalDateTime.of(2026, 12, 7, 10, 41, 0);
        String target = "invoice-renderer-7d9f8c6b5-x2kqp";
        List<Map<String, Object>> pods = new ArrayList<>();
        for (String[] d : deployments) {
            String app = d[0];
            String hash = app.equals("invoice-renderer") ? "7d9f8c6b5" : g.hex(9).replaceAll("^[0-9]", "5");
            String rsUid = uuid(g);
            LocalDateTime created = now.minusHours(g.between(20, 300)).minusSeconds(g.between(0, 3_599));
            for (int r = 0; r < Integer.parseInt(d[1]); r++) {
                String name = app.equals("invoice-renderer") ? target : app + "-" + hash + "-" + g.alnum(5);
                String container = app.equals("invoice-renderer") ? "renderer" : app;
                int node = g.nextInt(nodes.length);
                String podIp = "10.42." + nodeSubnet(nodes[node]) + "." + g.between(2, 250);
                LocalDateTime podCreated = created.plusSeconds(g.between(0, 90));
                Map<String, Object> status;
                String podUid = uuid(g);
                List<Object> env = new ArrayList<>(List.of(obj("name", "PORT", "value", "8080"), obj("name", "LOG_LEVEL", "value", g.pick("info", "info", "warn")),
                        obj("name", "OTEL_EXPORTER_OTLP_ENDPOINT", "value", "http://otel-collector.observability:4317"),
                        obj("name", "OTEL_SERVICE_NAME", "value", app)));
                if (!app.equals("storefront") && !app.equals("pdf-thumbnailer")) {
                    env.add(obj("name", "DATABASE_URL", "valueFrom", obj("secretKeyRef", obj("key", "url", "name", app + "-db"))));
                }
                if (app.equals("invoice-renderer")) {
                    env.add(obj("name", "NODE_OPTIONS", "value", "--max-old-space-size=1024"));
                    env.add(obj("name", "RENDER_CONCURRENCY", "value", "4"));
                    LocalDateTime lastStart = now.minusMinutes(7).minusSeconds(12);
                    status = podStatus(g, iso, podCreated, podIp, nodes[node], false, "ContainersNotReady", "containers with unready status: [" + container + "]",
                            containerStatus(g, container, app, d[2], false, 23,
                                    obj("terminated", obj("containerID", "containerd://" + g.hex(64), "exitCode", 137, "finishedAt", iso.format(lastStart.plusSeconds(94)),
                                            "reason", "OOMKilled", "startedAt", iso.format(lastStart))),
                                    obj("waiting", obj("message", "back-off 5m0s restarting failed container=" + container + " pod=" + name + "_shop(" + podUid + ")",
                                            "reason", "CrashLoopBackOff"))));
                } else if (app.equals("orders-api") && r == 1) {
                    LocalDateTime restarted = now.minusHours(5).minusMinutes(g.between(0, 59));
                    status = podStatus(g, iso, podCreated, podIp, nodes[node], true, null, null, containerStatus(g, container, app, d[2], true, 2,
                            obj("terminated", obj("containerID", "containerd://" + g.hex(64), "exitCode", 1, "finishedAt", iso.format(restarted), "reason", "Error",
                                    "startedAt", iso.format(podCreated.plusSeconds(3)))),
                            obj("running", obj("startedAt", iso.format(restarted.plusSeconds(1))))));
                } else {
                    status = podStatus(g, iso, podCreated, podIp, nodes[node], true, null, null, containerStatus(g, container, app, d[2], true, 0, obj(),
                            obj("running", obj("startedAt", iso.format(podCreated.plusSeconds(g.between(2, 20)))))));
                }
                String token = "kube-api-access-" + g.alnum(5);
                Map<String, Object> spec = obj(
                        "containers", List.of(obj(
                                "env", env,
                                "image", "registry.acme.io/shop/" + app + ":" + d[2],
                                "imagePullPolicy", "IfNotPresent",
                                "livenessProbe", probe("/healthz/live", 10),
                                "name", container,
                                "ports", List.of(obj("containerPort", 8080, "name", "http", "protocol", "TCP"), obj("containerPort", 9102, "name", "metrics", "protocol", "TCP")),
                                "readinessProbe", probe("/healthz/ready", 5),
                                "resources", obj("limits", obj("cpu", d[5], "memory", d[6]), "requests", obj("cpu", d[3], "memory", d[4])),
                                "securityContext", obj("allowPrivilegeEscalation", false, "readOnlyRootFilesystem", true, "runAsNonRoot", true, "runAsUser", 10001),
                                "terminationMessagePath", "/dev/termination-log",
                                "terminationMessagePolicy", "File",
                                "volumeMounts", List.of(obj("mountPath", "/tmp", "name", "tmp"),
                                        obj("mountPath", "/var/run/secrets/kubernetes.io/serviceaccount", "name", token, "readOnly", true)))),
                        "dnsPolicy", "ClusterFirst",
                        "enableServiceLinks", true,
                        "nodeName", nodes[node],
                        "preemptionPolicy", "PreemptLowerPriority",
                        "priority", 0,
                        "restartPolicy", "Always",
                        "schedulerName", "default-scheduler",
                        "securityContext", obj("fsGroup", 10001),
                        "serviceAccount", app,
                        "serviceAccountName", app,
                        "terminationGracePeriodSeconds", 30,
                        "tolerations", List.of(
                                obj("effect", "NoExecute", "key", "node.kubernetes.io/not-ready", "operator", "Exists", "tolerationSeconds", 300),
                                obj("effect", "NoExecute", "key", "node.kubernetes.io/unreachable", "operator", "Exists", "tolerationSeconds", 300)),
                        "volumes", List.of(obj("emptyDir", obj(), "name", "tmp"), obj("name", token, "projected", obj("defaultMode", 420, "sources", List.of(
                                obj("serviceAccountToken", obj("expirationSeconds", 3607, "path", "token")),
                                obj("configMap", obj("items", List.of(obj("key", "ca.crt", "path", "ca.crt")), "name", "kube-root-ca.crt")),
                                obj("downwardAPI", obj("items", List.of(obj("fieldRef", obj("apiVersion", "v1", "fieldPath", "metadata.namespace"), "path", "namespace")))))))));
                Map<String, Object> meta = obj(
                        "annotations", obj("kubectl.kubernetes.io/restartedAt", iso.format(created.minusMinutes(3)), "prometheus.io/port", "9102", "prometheus.io/scrape", "true"),
                        "creationTimestamp", iso.format(podCreated),
                        "generateName", app + "-" + hash + "-",
                        "labels", obj("app.kubernetes.io/name", app, "app.kubernetes.io/part-of", "shop", "app.kubernetes.io/version", d[2], "pod-template-hash", hash),
                        "name", name,
                        "namespace", "shop",
                        "ownerReferences", List.of(obj("apiVersion", "apps/v1", "blockOwnerDeletion", true, "controller", true, "kind", "ReplicaSet", "name", app + "-" + hash,
                                "uid", rsUid)),
                        "resourceVersion", String.valueOf(g.between(180_000_000, 189_999_999)),
                        "uid", podUid);
                pods.add(obj("apiVersion", "v1", "kind", "Pod", "metadata", meta, "spec", spec, "status", status));
            }
        }
        // a StatefulSet's three pods and a finished CronJob pod
        for (int r = 0; r < 3; r++) {
            String name = "redis-sessions-" + r;
            int node = g.nextInt(nodes.length);
            String podIp = "10.42." + nodeSubnet(nodes[node]) + "." + g.between(2, 250);
            LocalDateTime created = now.minusDays(g.between(12, 40));
            pods.add(obj("apiVersion", "v1", "kind", "Pod",
                    "metadata", obj("creationTimestamp", iso.format(created), "generateName", "redis-sessions-",
                            "labels", obj("app.kubernetes.io/name", "redis-sessions", "apps.kubernetes.io/pod-index", String.valueOf(r), "controller-revision-hash", "redis-sessions-6c8f9b7d4d",
                                    "statefulset.kubernetes.io/pod-name", name),
                            "name", name, "namespace", "shop",
                            "ownerReferences", List.of(obj("apiVersion", "apps/v1", "blockOwnerDeletion", true, "controller", true, "kind", "StatefulSet", "name", "redis-sessions", "uid", uuid(g))),
                            "resourceVersion", String.valueOf(g.between(150_000_000, 189_999_999)), "uid", uuid(g)),
                    "spec", obj("containers", List.of(obj("args", List.of("--appendonly", "yes", "--maxmemory", "1536mb", "--maxmemory-policy", "allkeys-lru"),
                                    "image", "redis:7.2.6-alpine", "imagePullPolicy", "IfNotPresent", "name", "redis",
                                    "ports", List.of(obj("containerPort", 6379, "name", "redis", "protocol", "TCP")),
                                    "resources", obj("limits", obj("memory", "2Gi"), "requests", obj("cpu", "200m", "memory", "2Gi")),
                                    "terminationMessagePath", "/dev/termination-log", "terminationMessagePolicy", "File",
                                    "volumeMounts", List.of(obj("mountPath", "/data", "name", "data")))),
                            "dnsPolicy", "ClusterFirst", "enableServiceLinks", true, "hostname", name, "nodeName", nodes[node], "restartPolicy", "Always",
                            "schedulerName", "default-scheduler", "securityContext", obj(), "subdomain", "redis-sessions", "terminationGracePeriodSeconds", 30,
                            "volumes", List.of(obj("name", "data", "persistentVolumeClaim", obj("claimName", "data-" + name)))),
                    "status", podStatus(g, iso, created, podIp, nodes[node], true, null, null, containerStatus(g, "redis", "redis", "7.2.6-alpine", true, 0, obj(),
                            obj("running", obj("startedAt", iso.format(created.plusSeconds(9))))))));
        }
        int node = g.nextInt(nodes.length);
        LocalDateTime cron = LocalDateTime.of(2026, 12, 7, 3, 0, 0);
        Map<String, Object> cronStatus = podStatus(g, iso, cron, "10.42." + nodeSubnet(nodes[node]) + "." + g.between(2, 250), nodes[node], false, "PodCompleted", null,
                containerStatus(g, "reconcile", "nightly-reconcile", "1.4.0", false, 0, obj(),
                        obj("terminated", obj("containerID", "containerd://" + g.hex(64), "exitCode", 0, "finishedAt", iso.format(cron.plusMinutes(14)), "reason", "Completed",
                                "startedAt", iso.format(cron.plusSeconds(6))))));
        cronStatus.put("phase", "Succeeded");
        pods.add(obj("apiVersion", "v1", "kind", "Pod",
                "metadata", obj("creationTimestamp", iso.format(cron), "generateName", "nightly-reconcile-29418300-",
                        "labels", obj("batch.kubernetes.io/controller-uid", uuid(g), "batch.kubernetes.io/job-name", "nightly-reconcile-29418300", "job-name", "nightly-reconcile-29418300"),
                        "name", "nightly-reconcile-29418300-8xk2p", "namespace", "shop",
                        "ownerReferences", List.of(obj("apiVersion", "batch/v1", "blockOwnerDeletion", true, "controller", true, "kind", "Job", "name", "nightly-reconcile-29418300",
                                "uid", uuid(g))),
                        "resourceVersion", String.valueOf(g.between(188_000_000, 189_999_999)), "uid", uuid(g)),
                "spec", obj("containers", List.of(obj("command", List.of("python", "-m", "reconcile", "--since", "24h"), "image", "registry.acme.io/shop/nightly-reconcile:1.4.0",
                                "imagePullPolicy", "IfNotPresent", "name", "reconcile", "resources", obj("limits", obj("cpu", "1", "memory", "1Gi"), "requests", obj("cpu", "200m", "memory", "512Mi")),
                                "terminationMessagePath", "/dev/termination-log", "terminationMessagePolicy", "File")),
                        "dnsPolicy", "ClusterFirst", "nodeName", nodes[node], "restartPolicy", "OnFailure", "schedulerName", "default-scheduler", "securityContext", obj(),
                        "terminationGracePeriodSeconds", 30),
                "status", cronStatus));
        pods.sort(Comparator.comparing(p -> (String) ((Map<?, ?>) p.get("metadata")).get("name")));
        StringBuilder sb = new StringBuilder();
        json(sb, obj("apiVersion", "v1", "items", pods, "kind", "List", "metadata", obj("resourceVersion", "")), 0, true);
        sb.append('\n');
        return NeedleCase.named("fresh5_kubectl_pods_json", "json", "kubectl-get-json")
                .shell("kubectl get pods -n shop -o json")
                .question("Why does the invoice-renderer pod keep restarting?")
                .heldAside()
                .build(sb.toString(), List.of(
                        // values only: a compressor may re-format JSON
                        Needle.contains(target),
                        Needle.contains("OOMKilled"),
                        Needle.contains("384Mi")));
    }

    private static String nodeSubnet(String node) {
        return node.split("-")[3];
    }

    private static Map<String, Object> probe(String path, int period) {
        return obj("failureThreshold", 3, "httpGet", obj("path", path, "port", 8080, "scheme", "HTTP"), "initialDelaySeconds", 10, "periodSeconds", period,
                "successThreshold", 1, "timeoutSeconds", 1);
    }

    private static Map<String, Object> containerStatus(Gen g, String container, String app, String tag, boolean ready, int restarts, Map<String, Object> last,
                                                       Map<String, Object> state) {
        String repo = app.equals("redis") ? "docker.io/library/redis" : "registry.acme.io/shop/" + app;
        return obj("containerID", "containerd://" + g.hex(64), "image", repo + ":" + tag, "imageID", repo + "@sha256:" + g.hex(64), "lastState", last, "name", container,
                "ready", ready, "restartCount", restarts, "started", ready || state.containsKey("running"), "state", state);
    }

    private static Map<String, Object> podStatus(Gen g, DateTimeFormatter iso, LocalDateTime created, String podIp, String node, boolean ready, String reason,
                                                 String message, Map<String, Object> containerStatus) {
        String hostIp = "10.42." + nodeSubnet(node) + "." + node.split("-")[4].replace(".eu", "").split("\\.")[0];
        String t0 = iso.format(created);
        String t1 = iso.format(created.plusSeconds(g.between(2, 20)));
        Map<String, Object> readyCond = obj("lastProbeTime", null, "lastTransitionTime", ready ? t1 : iso.format(LocalDateTime.of(2026, 12, 7, 10, 33, 48)));
        if (reason != null) {
            if (message != null) {
                readyCond.put("message", message);
            }
            readyCond.put("reason", reason);
        }
        readyCond.put("status", ready ? "True" : "False");
        readyCond.put("type", "Ready");
        Map<String, Object> containersReady = new LinkedHashMap<>(readyCond);
        containersReady.put("type", "ContainersReady");
        return obj("conditions", List.of(
                        obj("lastProbeTime", null, "lastTransitionTime", t1, "status", reason != null && reason.equals("PodCompleted") ? "False" : "True", "type", "PodReadyToStartContainers"),
                        obj("lastProbeTime", null, "lastTransitionTime", t0, "status", "True", "type", "Initialized"),
                        readyCond, containersReady,
                        obj("lastProbeTime", null, "lastTransitionTime", t0, "status", "True", "type", "PodScheduled")),
                "containerStatuses", List.of(containerStatus),
                "hostIP", hostIp,
                "hostIPs", List.of(obj("ip", hostIp)),
                "phase", "Running",
                "podIP", podIp,
                "podIPs", List.of(obj("ip", podIp)),
                "qosClass", "Burstable",
                "startTime", t0);
    }

    /** An insertion-ordered JSON object from key, value pairs (values may be null). */
    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Four-space indented JSON as kubectl and the AWS CLI print it; kubectl's keys sorted. Empty containers as {} and []. */
    private static void json(StringBuilder sb, Object v, int depth, boolean sortKeys) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            sb.append(Json.quote(s));
        } else if (v instanceof Boolean || v instanceof Number) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m0) {
            Map<?, ?> m = sortKeys ? new TreeMap<>(m0) : m0;
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append("    ".repeat(depth + 1)).append(Json.quote((String) e.getKey())).append(": ");
                json(sb, e.getValue(), depth + 1, sortKeys);
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            sb.append("    ".repeat(depth)).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                sb.append("    ".repeat(depth + 1));
                json(sb, l.get(i), depth + 1, sortKeys);
                sb.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            sb.append("    ".repeat(depth)).append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + v);
        }
    }

    // ---------------------------------------------------------------- aws ec2 describe-instances

    /** aws ec2 describe-instances for env=prod: 34 instances; the ETL worker (a spot instance) was terminated by EC2 overnight. */
    static NeedleCase ec2DescribeInstances() {
        Gen g = new Gen(80_005);
        String owner = "492016532187";
        DateTimeFormatter launch = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'", Locale.ROOT);
        String vpc = "vpc-0f3a91c7d2b4e5a60";
        String[] subnets = {"subnet-0a1b2c3d4e5f60718", "subnet-09f8e7d6c5b4a3921", "subnet-0c2e4a6b8d0f13579"};
        String[] azs = {"eu-west-1a", "eu-west-1b", "eu-west-1c"};
        // name, type, role/profile, security group, lifecycle (od/spot), state (running/stopped/terminated)
        List<String[]> specs = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            specs.add(new String[] {"api-prod-" + i, "m6i.xlarge", "api-prod", "sg-api", "od", "running"});
        }
        for (int i = 1; i <= 8; i++) {
            specs.add(new String[] {"worker-prod-" + i, "c6i.2xlarge", "worker-prod", "sg-worker", i > 5 ? "spot" : "od", "running"});
        }
        for (int i = 1; i <= 3; i++) {
            specs.add(new String[] {"kafka-prod-" + i, "r6i.2xlarge", "kafka-prod", "sg-kafka", "od", "running"});
        }
        for (int i = 1; i <= 3; i++) {
            specs.add(new String[] {"es-prod-" + i, "r6g.2xlarge", "es-prod", "sg-es", "od", "running"});
        }
        for (int i = 1; i <= 4; i++) {
            specs.add(new String[] {"jenkins-agent-prod-" + i, "c6i.4xlarge", "jenkins-agent", "sg-ci", "od", i >= 3 ? "stopped" : "running"});
        }
        specs.add(new String[] {"etl-scheduler-prod", "t3.medium", "etl-prod", "sg-etl", "od", "running"});
        specs.add(new String[] {"etl-worker-prod", "r6i.4xlarge", "etl-prod", "sg-etl", "spot", "terminated"});
        specs.add(new String[] {"bastion-prod", "t3.small", "bastion", "sg-bastion", "od", "running"});
        specs.add(new String[] {"grafana-prod", "t3.large", "monitoring", "sg-monitoring", "od", "running"});
        specs.add(new String[] {"prometheus-prod", "r6i.xlarge", "monitoring", "sg-monitoring", "od", "running"});
        specs.add(new String[] {"vpn-prod", "t3.small", "vpn", "sg-vpn", "od", "running"});
        specs.add(new String[] {"clickhouse-prod-1", "m6i.4xlarge", "clickhouse", "sg-clickhouse", "od", "running"});
        specs.add(new String[] {"clickhouse-prod-2", "m6i.4xlarge", "clickhouse", "sg-clickhouse", "od", "running"});
        Map<String, String> sgIds = new LinkedHashMap<>();
        List<Object> reservations = new ArrayList<>();
        String etlId = "i-0c4e2a9f71b3d5e68";
        for (String[] s : specs) {
            String sgName = s[3];
            String sgId = sgIds.computeIfAbsent(sgName, k -> "sg-0" + g.hex(16));
            int az = g.nextInt(3);
            String id = s[0].equals("etl-worker-prod") ? etlId : "i-0" + g.hex(16);
            String ip = "10.40." + (16 + az * 16 + g.between(0, 3)) + "." + g.between(4, 250);
            String dns = "ip-" + ip.replace('.', '-') + ".eu-west-1.compute.internal";
            LocalDateTime launched = s[0].equals("etl-worker-prod") ? LocalDateTime.of(2026, 12, 6, 18, 30, 7)
                    : LocalDateTime.of(2026, 12, 6, 0, 0).minusHours(g.between(2, 2_400)).plusSeconds(g.between(0, 3_599));
            boolean terminated = s[5].equals("terminated");
            boolean spot = s[4].equals("spot");
            Map<String, Object> inst = obj("AmiLaunchIndex", 0, "ImageId", "ami-0" + g.pick("a1f3c5e7b9d2046f8", "7d2e9b41c6a0f3e85", "3c8b6f0e2d4a9175b"), "InstanceId", id,
                    "InstanceType", s[1], "KeyName", "prod-ops-2025", "LaunchTime", launch.format(launched), "Monitoring", obj("State", "disabled"),
                    "Placement", obj("AvailabilityZone", azs[az], "GroupName", "", "Tenancy", "default"),
                    "PrivateDnsName", terminated ? "" : dns);
            if (!terminated) {
                inst.put("PrivateIpAddress", ip);
            }
            inst.put("ProductCodes", List.of());
            inst.put("PublicDnsName", "");
            if (s[0].equals("bastion-prod") || s[0].equals("vpn-prod")) {
                inst.put("PublicIpAddress", g.pick("34.", "52.", "54.") + g.between(1, 254) + "." + g.between(1, 254) + "." + g.between(1, 254));
            }
            switch (s[5]) {
                case "running" -> {
                    inst.put("State", obj("Code", 16, "Name", "running"));
                    inst.put("StateTransitionReason", "");
                }
                case "stopped" -> {
                    inst.put("State", obj("Code", 80, "Name", "stopped"));
                    inst.put("StateTransitionReason", "User initiated (2026-11-" + g.between(20, 29) + " 18:" + g.between(10, 59) + ":" + g.between(10, 59) + " GMT)");
                }
                default -> {
                    inst.put("State", obj("Code", 48, "Name", "terminated"));
                    inst.put("StateTransitionReason", "Service initiated (2026-12-07 01:12:44 GMT)");
                }
            }
            if (!terminated) {
                inst.put("SubnetId", subnets[az]);
                inst.put("VpcId", vpc);
            }
            inst.put("Architecture", s[1].contains("6g") ? "arm64" : "x86_64");
            inst.put("BlockDeviceMappings", terminated ? List.of() : List.of(obj("DeviceName", "/dev/xvda", "Ebs", obj("AttachTime", launch.format(launched.plusSeconds(1)),
                    "DeleteOnTermination", true, "Status", "attached", "VolumeId", "vol-0" + g.hex(16)))));
            inst.put("ClientToken", spot ? "sir-" + g.alnum(8) : "terraform-" + g.between(10_000_000, 99_999_999) + g.between(10_000_000, 99_999_999));
            inst.put("EbsOptimized", true);
            inst.put("EnaSupport", true);
            inst.put("Hypervisor", "xen");
            inst.put("IamInstanceProfile", obj("Arn", "arn:aws:iam::" + owner + ":instance-profile/" + s[2], "Id", "AIPAXE3LQ7V2" + g.alnum(9).toUpperCase(Locale.ROOT)));
            if (spot) {
                inst.put("InstanceLifecycle", "spot");
                inst.put("SpotInstanceRequestId", "sir-" + g.alnum(8));
            }
            if (terminated) {
                inst.put("NetworkInterfaces", List.of());
            } else {
                String eni = "eni-0" + g.hex(16);
                inst.put("NetworkInterfaces", List.of(obj(
                        "Attachment", obj("AttachTime", launch.format(launched), "AttachmentId", "eni-attach-0" + g.hex(16), "DeleteOnTermination", true, "DeviceIndex", 0,
                                "Status", "attached", "NetworkCardIndex", 0),
                        "Description", "", "Groups", List.of(obj("GroupName", sgName.substring(3) + "-prod", "GroupId", sgId)), "Ipv6Addresses", List.of(),
                        "MacAddress", g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2), "NetworkInterfaceId", eni, "OwnerId", owner,
                        "PrivateDnsName", dns, "PrivateIpAddress", ip,
                        "PrivateIpAddresses", List.of(obj("Primary", true, "PrivateDnsName", dns, "PrivateIpAddress", ip)),
                        "SourceDestCheck", !s[0].equals("vpn-prod"), "Status", "in-use", "SubnetId", subnets[az], "VpcId", vpc, "InterfaceType", "interface")));
            }
            inst.put("RootDeviceName", "/dev/xvda");
            inst.put("RootDeviceType", "ebs");
            inst.put("SecurityGroups", terminated ? List.of() : List.of(obj("GroupName", sgName.substring(3) + "-prod", "GroupId", sgId)));
            if (!terminated) {
                inst.put("SourceDestCheck", !s[0].equals("vpn-prod"));
            }
            if (terminated) {
                inst.put("StateReason", obj("Code", "Server.SpotInstanceTermination", "Message", "Server.SpotInstanceTermination: Spot instance termination"));
            } else if (s[5].equals("stopped")) {
                inst.put("StateReason", obj("Code", "Client.UserInitiatedShutdown", "Message", "Client.UserInitiatedShutdown: User initiated shutdown"));
            }
            List<Object> tags = new ArrayList<>(List.of(obj("Key", "Name", "Value", s[0]), obj("Key", "env", "Value", "prod"), obj("Key", "team", "Value",
                    s[0].startsWith("etl") || s[0].startsWith("clickhouse") ? "data" : s[0].startsWith("jenkins") ? "devex" : "platform"),
                    obj("Key", "managed-by", "Value", "terraform")));
            if (s[0].startsWith("api") || s[0].startsWith("worker")) {
                tags.add(obj("Key", "aws:autoscaling:groupName", "Value", s[2] + "-asg"));
            }
            if (s[0].startsWith("etl-worker")) {
                tags.add(obj("Key", "schedule", "Value", "nightly-etl 02:00 UTC"));
            }
            inst.put("Tags", tags);
            inst.put("VirtualizationType", "hvm");
            inst.put("CpuOptions", obj("CoreCount", s[1].endsWith("4xlarge") ? 8 : s[1].endsWith("2xlarge") ? 4 : s[1].endsWith("xlarge") ? 2 : 1, "ThreadsPerCore", 2));
            inst.put("CapacityReservationSpecification", obj("CapacityReservationPreference", "open"));
            inst.put("HibernationOptions", obj("Configured", false));
            inst.put("MetadataOptions", obj("State", "applied", "HttpTokens", "required", "HttpPutResponseHopLimit", 2, "HttpEndpoint", "enabled",
                    "HttpProtocolIpv6", "disabled", "InstanceMetadataTags", "disabled"));
            inst.put("EnclaveOptions", obj("Enabled", false));
            inst.put("BootMode", "uefi-preferred");
            inst.put("PlatformDetails", "Linux/UNIX");
            inst.put("UsageOperation", "RunInstances");
            inst.put("UsageOperationUpdateTime", launch.format(launched));
            inst.put("PrivateDnsNameOptions", obj("HostnameType", "ip-name", "EnableResourceNameDnsARecord", false, "EnableResourceNameDnsAAAARecord", false));
            inst.put("MaintenanceOptions", obj("AutoRecovery", "default"));
            inst.put("CurrentInstanceBootMode", "legacy-bios");
            Map<String, Object> reservation = obj("Groups", List.of(), "Instances", List.of(inst), "OwnerId", owner);
            if (s[0].startsWith("api") || s[0].startsWith("worker")) {
                reservation.put("RequesterId", "940372691376");
            }
            reservation.put("ReservationId", "r-0" + g.hex(16));
            reservations.add(reservation);
        }
        StringBuilder sb = new StringBuilder();
        json(sb, obj("Reservations", reservations), 0, false);
        sb.append('\n');
        return NeedleCase.named("fresh5_ec2_describe_instances", "json", "aws-ec2-describe-json")
                .shell("aws ec2 describe-instances --region eu-west-1 --filters Name=tag:env,Values=prod --output json")
                .question("Last night's ETL didn't run. Is the etl-worker-prod instance up? If not, what happened to it?")
                .heldAside()
                .build(sb.toString(), List.of(
                        // values only: a compressor may re-format JSON
                        Needle.contains(etlId),
                        Needle.contains("Server.SpotInstanceTermination"),
                        Needle.contains("Service initiated (2026-12-07 01:12:44 GMT)")));
    }

    // ---------------------------------------------------------------- mysql --table

    /** mysql --table of two days of orders (2,500 rows in a box-drawn table); the question names two orders. */
    static NeedleCase mysqlDuplicateOrders() {
        Gen g = new Gen(80_006);
        DateTimeFormatter dt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        String[] head = {"id", "customer_id", "email", "status", "currency", "total", "payment_intent", "created_at", "updated_at"};
        boolean[] right = {true, true, false, false, false, true, false, false, false};
        String[] users = {"anna", "ben", "carla", "dmitri", "elif", "farid", "gosia", "hana", "ivo", "jules", "kemal", "lena", "marco", "nadia", "oskar", "priya", "quinn",
            "rafael", "sofia", "timo", "ulla", "vera", "wim", "xiu", "yara", "zeno"};
        String[] hosts = {"gmail.com", "outlook.com", "web.de", "icloud.com", "proton.me", "yahoo.fr", "gmx.at", "hotmail.co.uk", "libero.it", "fastmail.se"};
        List<String[]> rows = new ArrayList<>();
        rows.add(head);
        LocalDateTime t = LocalDateTime.of(2026, 12, 6, 0, 0, 4);
        int firstId = 1_182_001;
        for (int i = 0; i < 2_500; i++) {
            int id = firstId + i;
            t = id == 1_184_078 ? t.plusSeconds(1) : id == 1_184_079 ? t.plusSeconds(2) : t.plusSeconds(g.between(1, 136));
            String customer;
            String email;
            String status;
            String currency;
            String total;
            String pi;
            LocalDateTime created = t;
            if (id == 1_184_077 || id == 1_184_079) {
                customer = "48213";
                email = "h.lindqvist@fastmail.se";
                status = "paid";
                currency = "EUR";
                total = "249.90";
                pi = id == 1_184_077 ? "pi_3QkR7tLm2Xa9bC1d0FgH4sJk" : "pi_3QkR7wNp5Yc2eF8g1HiJ6kLm";
            } else {
                customer = String.valueOf(g.between(10_000, 99_999));
                if (customer.equals("48213")) {
                    customer = "48214";
                }
                email = g.pick(users) + (g.chance(0.5) ? "." + g.pick("m", "k", "s", "r", "b") : "") + (g.chance(0.4) ? String.valueOf(g.between(1, 99)) : "") + "@" + g.pick(hosts);
                status = new String[] {"paid", "shipped", "pending", "cancelled", "refunded", "payment_failed"}[g.weighted(62, 16, 6, 5, 3, 8)];
                currency = g.weighted(70, 12, 10, 8) == 0 ? "EUR" : g.pick("GBP", "CHF", "SEK", "PLN");
                total = fmt("%d.%02d", g.between(4, 480), g.pick(0, 50, 90, 95, 99, g.between(0, 99)));
                pi = status.equals("pending") || status.equals("cancelled") && g.chance(0.5) ? "NULL" : "pi_3Q" + pickChars(g, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 22);
            }
            LocalDateTime updated = status.equals("pending") ? created : created.plusSeconds(status.equals("shipped") ? g.between(3_600, 80_000) : g.between(2, 40));
            rows.add(new String[] {String.valueOf(id), customer, email, status, currency, total, pi, dt.format(created), dt.format(updated)});
        }
        int[] w = new int[head.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        StringBuilder border = new StringBuilder("+");
        for (int c : w) {
            border.append("-".repeat(c + 2)).append('+');
        }
        List<String> lines = new ArrayList<>();
        lines.add(border.toString());
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            StringBuilder sb = new StringBuilder("|");
            for (int c = 0; c < r.length; c++) {
                String pad = " ".repeat(w[c] - r[c].length());
                sb.append(' ').append(right[c] && i > 0 ? pad + r[c] : r[c] + pad).append(" |");
            }
            lines.add(sb.toString());
            if (i == 0) {
                lines.add(border.toString());
            }
            if (r[0].equals("1184077") || r[0].equals("1184079")) {
                needles.add(Needle.exact(sb.toString()));
            }
        }
        lines.add(border.toString());
        return NeedleCase.named("fresh5_mysql_duplicate_orders", "table", "mysql-table")
                .shell("mysql --table -h db-replica.internal -u readonly shop -e \"SELECT id, customer_id, email, status, currency, total, payment_intent, created_at, updated_at"
                        + " FROM orders WHERE created_at >= '2026-12-06' ORDER BY id\"")
                .question("The customer behind orders 1184077 and 1184079 says she was charged twice. What do those two orders look like?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", needles);
    }

    // ---------------------------------------------------------------- AWS Cost and Usage Report CSV

    /** Five days of an AWS CUR (daily, resource ids), ~1,300 line items; one NAT gateway processed 50 TB on one day. */
    static NeedleCase awsCurSpike() {
        Gen g = new Gen(80_007);
        String[] head = {"identity/LineItemId", "identity/TimeInterval", "lineItem/UsageAccountId", "lineItem/LineItemType", "lineItem/ProductCode", "lineItem/UsageType",
            "lineItem/Operation", "lineItem/ResourceId", "lineItem/UsageAmount", "lineItem/UnblendedRate", "lineItem/UnblendedCost", "lineItem/LineItemDescription",
            "product/region", "resourceTags/user:team"};
        String[] accounts = {"492016532187", "730145298316"};
        String[] teams = {"platform", "data", "checkout", "search", "devex", ""};
        // resource rows: product, usage type, operation, resource id, rate, description, team, daily amount min, max
        List<Object[]> res = new ArrayList<>();
        String[][] ec2Types = {{"m6i.xlarge", "0.214"}, {"c6i.2xlarge", "0.384"}, {"r6i.2xlarge", "0.564"}, {"m6i.4xlarge", "0.856"}, {"t3.medium", "0.0456"},
            {"r6g.2xlarge", "0.4512"}, {"c6i.4xlarge", "0.768"}};
        for (int i = 0; i < 88; i++) {
            String[] it = g.pick(ec2Types);
            res.add(new Object[] {"AmazonEC2", "EU-BoxUsage:" + it[0], "RunInstances", "i-0" + g.hex(16), it[1], "$" + it[1] + " per On Demand Linux " + it[0] + " Instance Hour",
                g.pick(teams), 24.0, 24.0});
        }
        for (int i = 0; i < 90; i++) {
            int gb = g.pick(20, 50, 100, 200, 500, 1000);
            res.add(new Object[] {"AmazonEC2", "EU-EBS:VolumeUsage.gp3", "CreateVolume-Gp3", "vol-0" + g.hex(16), "0.088",
                "$0.088 per GB-month of General Purpose (gp3) provisioned storage - EU (Ireland)", g.pick(teams), gb / 31.0, gb / 31.0});
        }
        String[] nats = {"nat-0a7c3e9f12b4d6085", "nat-03b9d1e7f5a2c4086", "nat-0e5f2a8c6d1b3e907"};
        for (String nat : nats) {
            res.add(new Object[] {"AmazonEC2", "EU-NatGateway-Hours", "NatGateway", "arn:aws:ec2:eu-west-1:492016532187:natgateway/" + nat, "0.048",
                "$0.048 per NAT Gateway Hour", "platform", 24.0, 24.0});
            res.add(new Object[] {"AmazonEC2", "EU-NatGateway-Bytes", "NatGateway", "arn:aws:ec2:eu-west-1:492016532187:natgateway/" + nat, "0.048",
                "$0.048 per GB Data Processed by NAT Gateways", "platform", 60.0, 420.0});
        }
        String[] buckets = {"acme-prod-uploads", "acme-prod-exports", "acme-prod-invoices", "acme-prod-assets", "acme-prod-logs", "acme-data-lake-raw", "acme-data-lake-curated",
            "acme-ci-artifacts", "acme-prod-backups", "acme-tf-state", "acme-prod-thumbnails", "acme-athena-results"};
        for (String b : buckets) {
            res.add(new Object[] {"AmazonS3", "EU-TimedStorage-ByteHrs", "StandardStorage", b, "0.023", "$0.023 per GB - first 50 TB / month of storage used", g.pick(teams),
                10.0 + g.nextDouble() * 40, 10.0 + g.nextDouble() * 400});
            res.add(new Object[] {"AmazonS3", "EU-Requests-Tier1", "PutObject", b, "0.000005", "$0.005 per 1,000 PUT, COPY, POST, or LIST requests", g.pick(teams), 1_000.0, 900_000.0});
            res.add(new Object[] {"AmazonS3", "EU-Requests-Tier2", "GetObject", b, "0.0000004", "$0.0004 per 1,000 GET and all other requests", g.pick(teams), 5_000.0, 4_000_000.0});
        }
        for (String db : new String[] {"orders-prod", "billing-prod", "identity-prod", "analytics-replica"}) {
            res.add(new Object[] {"AmazonRDS", "EU-InstanceUsage:db.r6g.xlarge", "CreateDBInstance:0014", "arn:aws:rds:eu-west-1:492016532187:db:" + db, "0.519",
                "$0.519 per RDS db.r6g.xlarge instance hour (or partial hour) running PostgreSQL", "platform", 24.0, 24.0});
            res.add(new Object[] {"AmazonRDS", "EU-RDS:GP3-Storage", "CreateDBInstance:0014", "arn:aws:rds:eu-west-1:492016532187:db:" + db, "0.127",
                "$0.127 per GB-month of provisioned gp3 storage running PostgreSQL", "platform", 16.13, 16.13});
        }
        for (int i = 0; i < 14; i++) {
            String fn = g.pick("thumbnailer", "webhook-relay", "invoice-pdf", "etl-trigger", "audit-shipper", "slack-notifier", "image-resizer") + "-" + g.pick("prod", "prod", "staging");
            res.add(new Object[] {"AWSLambda", "EU-Lambda-GB-Second", "Invoke", "arn:aws:lambda:eu-west-1:492016532187:function:" + fn + (i > 6 ? "-v" + i : ""), "0.0000166667",
                "AWS Lambda - Total Compute - EU (Ireland)", g.pick(teams), 100.0, 90_000.0});
        }
        res.add(new Object[] {"AmazonCloudWatch", "EU-CW:MetricMonitorUsage", "MetricStorage", "", "0.3", "$0.30 per metric-month - first 10,000 metrics", "platform", 80.0, 90.0});
        res.add(new Object[] {"AmazonCloudWatch", "EU-DataProcessing-Bytes", "PutLogEvents", "", "0.57", "$0.57 per GB custom log data ingested - EU (Ireland)", "platform", 20.0, 60.0});
        res.add(new Object[] {"AmazonEKS", "EU-AmazonEKS-Hours:perCluster", "CreateOperation", "arn:aws:eks:eu-west-1:492016532187:cluster/prod", "0.1",
            "Amazon EKS cluster usage in EU (Ireland)", "platform", 24.0, 24.0});
        res.add(new Object[] {"AWSDataTransfer", "EU-DataTransfer-Out-Bytes", "", "", "0.09", "$0.090 per GB - first 10 TB / month data transfer out beyond the global free tier",
            "", 300.0, 700.0});
        res.add(new Object[] {"AWSDataTransfer", "EU-DataTransfer-Regional-Bytes", "InterZone-In", "", "0.01", "$0.010 per GB - regional data transfer - in/out/between EC2 AZs or using IPs or ELB",
            "", 900.0, 2_400.0});
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", head));
        String spike = null;
        LocalDate first = LocalDate.of(2026, 12, 1);
        for (int d = 0; d < 5; d++) {
            LocalDate day = first.plusDays(d);
            String interval = day + "T00:00:00Z/" + day.plusDays(1) + "T00:00:00Z";
            for (Object[] r : res) {
                double min = (Double) r[7];
                double max = (Double) r[8];
                double amount = min + g.nextDouble() * (max - min);
                if (r[1].equals("EU-BoxUsage:t3.medium") || r[1].toString().startsWith("EU-BoxUsage") && g.chance(0.04)) {
                    amount = g.between(1, 24);
                }
                boolean isSpike = d == 2 && r[3].toString().endsWith(nats[0]) && r[1].equals("EU-NatGateway-Bytes");
                if (isSpike) {
                    amount = 52_418.3376114;
                }
                double rate = Double.parseDouble((String) r[4]);
                String account = r[3].toString().startsWith("arn:aws:") || r[0].equals("AmazonS3") || r[6].toString().isEmpty() ? accounts[0] : g.pick(accounts);
                String[] cells = {pickChars(g, "abcdefghijklmnopqrstuvwxyz234567", 52), interval, account, "Usage", (String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    num(amount), (String) r[4], num(amount * rate), (String) r[5], "eu-west-1", (String) r[6]};
                String line = csvLine(cells);
                lines.add(line);
                if (isSpike) {
                    spike = line;
                }
            }
            lines.add(csvLine(new String[] {pickChars(g, "abcdefghijklmnopqrstuvwxyz234567", 52), interval, accounts[0], "SavingsPlanNegation", "AmazonEC2",
                "EU-BoxUsage:m6i.xlarge", "RunInstances", "", num(-g.between(200, 400)), "0.214", num(-g.between(40, 80) - 0.4), "SavingsPlanCoveredUsage", "eu-west-1", ""}));
        }
        return NeedleCase.named("fresh5_aws_cur_spike", "csv", "aws-cur-csv")
                .shell("aws s3 cp s3://acme-billing-cur/cur/acme-daily/20261201-20270101/acme-daily-00001.csv.gz - | gunzip | head -n 1400")
                .question("Our AWS spend jumped on December 3rd. What caused it?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(spike)));
    }

    /** A CUR number: up to ten decimals, no trailing zeros. */
    private static String num(double v) {
        String s = fmt("%.10f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String csvLine(String[] cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells[i];
            if (c.contains(",") || c.contains("\"")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- grep -rn -C 2

    private static final Pattern RETRY = Pattern.compile("retry|retries", Pattern.CASE_INSENSITIVE);

    /** grep -rniE -C 2 'retry|retries' over a Python monorepo: ~600 matches with context; the question names one file. */
    static NeedleCase grepContextRetries() {
        Gen g = new Gen(80_008);
        String[] services = {"gateway", "billing", "orders", "notifications", "search", "shipping", "identity", "catalog", "payments", "reports"};
        String[] stems = {"client", "tasks", "worker", "http", "adapters", "consumer", "publisher", "sync", "webhooks", "jobs", "storage", "scheduler", "outbox", "gateway",
            "sender", "poller", "backoff", "settings"};
        String[] matches = {
            "from tenacity import retry, stop_after_attempt, wait_exponential",
            "@retry(stop=stop_after_attempt(%d), wait=wait_exponential(multiplier=%d, max=%d))",
            "    @retry(stop=stop_after_attempt(%d), wait=wait_exponential(multiplier=%d, max=%d))",
            "from urllib3.util.retry import Retry",
            "        retries = Retry(total=%d, backoff_factor=%d.5, status_forcelist=(502, 503, 504))",
            "        self.session.mount(\"https://\", HTTPAdapter(max_retries=retries))",
            "@shared_task(bind=True, autoretry_for=(ConnectionError, TimeoutError), retry_backoff=True, max_retries=%d)",
            "        raise self.retry(exc=exc, countdown=%d)",
            "    max_retries: int = %d",
            "        for attempt in range(self.max_retries):",
            "            logger.warning(\"upstream call failed, retrying in %.1fs\", delay)",
            "RETRYABLE_STATUS = frozenset({429, 502, 503, 504})",
            "        if resp.status_code in RETRYABLE_STATUS:",
            "    # Retry-After is in seconds; cap it so a bad header cannot stall the worker",
            "        retry_after = min(int(resp.headers.get(\"Retry-After\", \"1\")), 30)",
            "    RETRY_DELAYS = (1, 5, 30, 120)",
            "            self._retries += 1",
        };
        String[] testMatches = {
            "def test_%s_retries_on_timeout(mock_http):",
            "    assert mock_http.call_count == %d  # first call + retries",
            "@pytest.mark.parametrize(\"status\", sorted(RETRYABLE_STATUS))",
            "    client = Client(base_url=\"http://upstream.test\", max_retries=%d)",
            "def test_%s_gives_up_after_max_retries(mock_http):",
            "    # no retry on 4xx: the request is wrong, not the upstream",
        };
        String[] context = {
            "import logging", "import time", "from dataclasses import dataclass", "", "", "", "logger = logging.getLogger(__name__)",
            "    def __init__(self, base_url: str, timeout: float = 5.0) -> None:", "        self.base_url = base_url.rstrip(\"/\")", "        self.timeout = timeout",
            "        resp.raise_for_status()", "        return resp.json()", "    except requests.Timeout as exc:", "        raise UpstreamTimeout(str(exc)) from exc",
            "    def fetch(self, key: str) -> dict:", "        delay = min(2 ** attempt, 30)", "        time.sleep(delay)", "@pytest.fixture", "def mock_http(monkeypatch):",
            "    monkeypatch.setattr(requests, \"Session\", FakeSession)", "    \"\"\"Calls the upstream; raises on 4xx.\"\"\"", "        payload = {\"id\": order_id, \"status\": status}",
            "    settings = get_settings()", "        with self._lock:", "        return None", "    pass", ")", "from .errors import UpstreamTimeout, UpstreamUnavailable",
            "    def run(self) -> None:", "        while not self._stopped.is_set():", "            batch = self.queue.get(timeout=1)", "    return wrapper",
            "        except (ConnectionError, TimeoutError) as exc:", "import requests", "from requests.adapters import HTTPAdapter", "    session = requests.Session()",
            "def build_session() -> requests.Session:", "    return session", "        self.metrics.increment(\"upstream.errors\")", "    status = resp.status_code",
        };
        for (String m : concat(matches, testMatches)) {
            if (!RETRY.matcher(m).find()) {
                throw new IllegalStateException("not a match: " + m);
            }
        }
        for (String c : context) {
            if (RETRY.matcher(c).find()) {
                throw new IllegalStateException("a context line matches: " + c);
            }
        }
        String named = "services/notifications/src/notifications/sender.py";
        String twin = "services/orders/src/orders/sender.py";
        List<String> files = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (String svc : services) {
            int n = g.between(13, 19);
            for (int k = 0; k < n; k++) {
                String stem = g.pick(stems);
                String f = g.chance(0.3) ? "services/" + svc + "/tests/test_" + stem + ".py" : "services/" + svc + "/src/" + svc + "/" + stem + ".py";
                if (!f.equals(named) && !f.equals(twin) && seen.add(f)) {
                    files.add(f);
                }
            }
        }
        files.add(g.between(20, 50), twin);
        files.add(g.between(60, files.size() - 10), named);
        List<String> out = new ArrayList<>();
        List<Needle> needles = new ArrayList<>();
        for (String f : files) {
            Map<Integer, String> content = new TreeMap<>();
            TreeSet<Integer> hits = new TreeSet<>();
            if (f.equals(named) || f.equals(twin)) {
                boolean n = f.equals(named);
                content.put(14, "from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential" + (n ? "" : ", wait_fixed"));
                content.put(31, n ? "MAX_SEND_RETRIES = 12" : "MAX_SEND_RETRIES = 5");
                content.put(87, n ? "    @retry(retry=retry_if_exception_type(SmtpTransientError), stop=stop_after_attempt(MAX_SEND_RETRIES), wait=wait_exponential(multiplier=2, min=5, max=600), reraise=True)"
                        : "    @retry(stop=stop_after_attempt(MAX_SEND_RETRIES), wait=wait_fixed(2))");
                content.put(104, "            logger.warning(\"send to %s failed (attempt %d), will retry\", msg.to, attempt)");
                hits.addAll(List.of(14, 31, 87, 104));
            } else {
                int n = g.weighted(30, 25, 18, 12, 8, 7) + 1;
                int line = g.between(1, 20);
                boolean test = f.contains("/tests/");
                String stem = f.substring(f.lastIndexOf('/') + 1).replace("test_", "").replace(".py", "");
                for (int k = 0; k < n; k++) {
                    line += g.between(1, 60);
                    String tpl = test ? g.pick(testMatches) : g.pick(matches);
                    String text = tpl.contains("%s") ? fmt(tpl, stem) : tpl.contains("%d") ? fmt(tpl, g.between(2, 8), g.between(1, 5), g.pick(30, 60, 120, 300)) : tpl;
                    content.put(line, text);
                    hits.add(line);
                }
            }
            int last = hits.last() + g.between(3, 80);
            // context lines, two on each side; grep merges touching groups and separates the others with --
            int groupEnd = -10;
            for (int h : hits) {
                int from = Math.max(1, h - 2);
                int to = Math.min(last, h + 2);
                if (from > groupEnd + 1) {
                    out.add("--");
                } else {
                    from = groupEnd + 1;
                }
                for (int ln = from; ln <= to; ln++) {
                    String text = content.computeIfAbsent(ln, k -> g.pick(context));
                    boolean hit = hits.contains(ln);
                    String line = f + (hit ? ":" : "-") + ln + (hit ? ":" : "-") + text;
                    out.add(line);
                    if (f.equals(named) && (ln == 31 || ln == 87)) {
                        needles.add(Needle.exact(line));
                    }
                }
                groupEnd = Math.max(groupEnd, to);
            }
        }
        out.remove(0);
        return NeedleCase.named("fresh5_grep_context_retries", "search", "grep-rn-context")
                .shell("grep -rniE -C 2 'retry|retries' services/ --include='*.py'")
                .question("How does the notifications service's sender.py retry failed sends: how many attempts, and what backoff?")
                .heldAside()
                .build(String.join("\n", out) + "\n", needles);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ---------------------------------------------------------------- git log --graph --oneline --decorate

    /** git log --graph --oneline --decorate of a monorepo's main: ~700 merged PRs; the question asks which commit removed a feature flag. */
    static NeedleCase gitLogGraphFlag() {
        Gen g = new Gen(80_009);
        String[] verbs = {"Fix", "Add", "Refactor", "Handle", "Remove unused", "Speed up", "Log", "Validate", "Rename", "Extract", "Cache", "Document", "Test", "Simplify",
            "Retry", "Guard against", "Parallelize", "Deprecate"};
        String[] objects = {"tax rounding for CHF", "cart merge on login", "order export CSV header", "search facet counts", "invoice PDF footer", "webhook signature check",
            "stock reservation expiry", "promo code stacking", "address autocomplete", "refund idempotency keys", "shipping label retries", "session cookie flags",
            "product image srcset", "currency conversion cache", "gift card balance query", "checkout step analytics", "wishlist sync", "price history chart",
            "returns portal copy", "GDPR export job", "password reset throttle", "Kafka consumer lag metric", "Redis connection pool", "feature flag client",
            "order status emails", "SKU import validation", "payment method icons", "OpenAPI schema for /v2/orders", "flaky cart e2e test", "docker build cache"};
        String[] deps = {"eslint", "typescript", "@types/node", "react", "react-dom", "vite", "vitest", "prettier", "axios", "zod", "@tanstack/react-query", "date-fns",
            "webpack", "jest", "pg", "ioredis", "kafkajs", "express", "pino", "undici"};
        List<String> out = new ArrayList<>();
        int pr = 4_391;
        int minor = 52;
        int block = 0;
        String removal = "| * 5c0ffee Remove legacy_checkout feature flag and its dead code paths";
        String removalMerge = "*   e41d2a7 Merge pull request #4187 from acme/chore/drop-legacy-checkout";
        while (out.size() < 2_700 || pr > 3_900) {
            block++;
            String deco = block == 1 ? "(HEAD -> main, origin/main, origin/HEAD) " : "";
            if (pr == 4_187) {
                out.add(removalMerge);
                out.add("|\\  ");
                out.add("| * 8d4b2f1 Update checkout docs after the flag removal");
                out.add(removal);
                out.add("| * 2f9a6c3 Make the new checkout the only path in CheckoutController");
                out.add("|/  ");
                pr--;
                continue;
            }
            if (pr == 3_930) {
                out.add("*   91c7e3b Merge pull request #3930 from acme/feat/checkout-v2-rollout");
                out.add("|\\  ");
                out.add("| * c03d8a2 Add legacy_checkout feature flag (default on) to roll out checkout v2");
                out.add("| * 7ab41e9 Route checkout through CheckoutV2Controller behind a flag");
                out.add("|/  ");
                pr--;
                continue;
            }
            if (pr == 4_020) {
                out.add("*   46e0b5f Merge pull request #4020 from acme/chore/flags-staging");
                out.add("|\\  ");
                out.add("| * 0d5e7c4 Default legacy_checkout to off in staging");
                out.add("|/  ");
                pr--;
                continue;
            }
            int kind = g.weighted(60, 18, 10, 4);
            switch (kind) {
                case 0 -> {
                    String verb = g.pick(verbs);
                    String object = g.pick(objects);
                    String prefix = verb.equals("Fix") || verb.equals("Handle") || verb.equals("Guard against") ? "fix" : verb.equals("Add") ? "feat" : g.pick("chore", "refactor", "feat");
                    String slug = (verb + " " + object).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
                    out.add("*   " + g.hex(7) + " " + deco + "Merge pull request #" + pr-- + " from acme/" + prefix + "/" + slug);
                    out.add("|\\  ");
                    int n = g.weighted(35, 30, 15, 10, 6, 4) + 1;
                    for (int k = 0; k < n; k++) {
                        String subject = k == 0 ? verb + " " + object : g.pick("Address review comments", "Add tests for " + object, "Fix lint", "Update snapshots",
                                g.pick(verbs) + " " + g.pick(objects), "Apply suggestions from code review", "Move helper into shared module", "Fix typo");
                        out.add("| * " + g.hex(7) + " " + subject);
                    }
                    out.add("|/  ");
                }
                case 1 -> {
                    String dep = g.pick(deps);
                    int major = g.between(1, 20);
                    int from = g.between(0, 30);
                    String a = major + "." + from + "." + g.between(0, 9);
                    String b = major + "." + (from + g.between(0, 2)) + "." + g.between(0, 9);
                    out.add("*   " + g.hex(7) + " " + deco + "Merge pull request #" + pr-- + " from acme/dependabot/npm_and_yarn/" + dep.replace("@", "").replace('/', '-') + "-" + b);
                    out.add("|\\  ");
                    out.add("| * " + g.hex(7) + " Bump " + dep + " from " + a + " to " + b);
                    out.add("|/  ");
                }
                case 2 -> out.add("* " + g.hex(7) + " " + deco + g.pick("Update CHANGELOG", "Fix typo in README", "Regenerate lockfile", "Bump version to 3." + minor + ".0-SNAPSHOT",
                        "Update CODEOWNERS", "Revert \"" + g.pick(verbs) + " " + g.pick(objects) + "\""));
                default -> {
                    out.add("* " + g.hex(7) + " " + (block == 1 ? "(HEAD -> main, origin/main, origin/HEAD, tag: v3." + minor + ".0) " : "(tag: v3." + minor + ".0) ")
                            + "Release 3." + minor + ".0");
                    minor--;
                }
            }
        }
        return NeedleCase.named("fresh5_git_log_graph_flag", "diff", "git-log-graph")
                .shell("git log --graph --oneline --decorate -n 2000")
                .question("When was the legacy_checkout feature flag removed? Which commit and which PR?")
                .heldAside()
                .build(String.join("\n", out) + "\n", List.of(Needle.exact(removal), Needle.exact(removalMerge)));
    }

    // ---------------------------------------------------------------- RSpec documentation formatter

    /** bundle exec rspec --format documentation of a Rails app: ~3,000 examples, 14 pending, 2 failures. */
    static NeedleCase rspecFailures() {
        Gen g = new Gen(80_010);
        String[] models = {"Invoice", "Order", "LineItem", "Customer", "Refund", "Shipment", "Coupon", "GiftCard", "Address", "Subscription", "Payment", "Product", "Variant",
            "StockLevel", "TaxRate", "Cart", "Review", "Warehouse", "ReturnRequest", "PriceList"};
        String[] routes = {"GET /api/v2/orders", "POST /api/v2/orders", "GET /api/v2/orders/:id", "POST /api/v2/refunds", "GET /api/v2/products", "PATCH /api/v2/carts/:id",
            "POST /api/v2/checkout", "DELETE /api/v2/carts/:id/items/:item_id", "GET /api/v2/customers/:id/invoices", "POST /api/v2/webhooks/stripe", "POST /api/v2/sessions",
            "GET /api/v2/shipments/:id/tracking", "POST /api/v2/returns", "PUT /api/v2/addresses/:id"};
        String[] services = {"Checkout::PlaceOrder", "Billing::ChargeCustomer", "Billing::IssueRefund", "Inventory::Reserve", "Shipping::BuyLabel", "Tax::Calculate",
            "Promotions::ApplyCoupon", "Accounts::MergeGuestCart", "Exports::OrdersCsv", "Search::Reindex", "Notifications::Dispatch", "Fraud::Score"};
        String[] jobs = {"NightlyReconcileJob", "InvoiceMailerJob", "StockSyncJob", "AbandonedCartJob", "WebhookRetryJob", "SitemapJob"};
        String[] methods = {"#total", "#subtotal", "#valid?", ".for_customer", ".overdue", "#cancel!", "#apply", "#to_h", "#refundable_amount", ".search", "#ship!", "#expired?",
            "#currency", ".recent", "#archive!"};
        String[] contexts = {"when the customer is a guest", "with a coupon applied", "when stock is insufficient", "with multiple currencies", "when the payment fails",
            "with an expired card", "when the order is already shipped", "as an admin", "as a regular customer", "without authentication", "with invalid params",
            "when the feature flag is off", "with a partial refund", "in a tax-exempt region"};
        String[] examples = {"returns the total in cents", "rejects blank emails", "persists the record", "computes the discount", "ignores archived records",
            "raises an ArgumentError for negative amounts", "sorts by created_at desc", "scopes to the current customer", "caches the result", "serializes to JSON",
            "returns 200", "returns 201 with the created resource", "returns 401", "returns 404 for an unknown id", "returns 422 with errors", "enqueues a mail",
            "publishes an event", "is idempotent", "records an audit entry", "does not call the gateway", "sends the webhook", "keeps the original price",
            "rounds half even", "uses the customer's locale", "retries once on timeout", "marks the order as paid", "releases the reservation", "matches the schema"};
        List<String> out = new ArrayList<>();
        out.add("DEPRECATION WARNING: ActiveSupport::ProxyObject is deprecated and will be removed in Rails 8.0.");
        out.add("Use Ruby's built-in BasicObject instead. (called from <top (required)> at /app/config/initializers/money.rb:3)");
        out.add("");
        out.add("Randomized with seed 41234");
        out.add("");
        record Pend(String full, String where, String reason) {}
        List<Pend> pending = new ArrayList<>();
        int count = 0;
        String[] pendingReasons = {"Waiting on payments API v3", "Flaky on CI, see #4121", "Not yet implemented", "Needs the new tax tables"};
        List<String[]> groups = new ArrayList<>();
        for (String m : models) {
            groups.add(new String[] {m, "spec/models/" + snake(m) + "_spec.rb", "model"});
        }
        for (String r : routes) {
            String path = r.substring(r.indexOf(' ') + 1).replace("/api/v2/", "").replaceAll("/:[a-z_]+", "").replace('/', '_');
            groups.add(new String[] {r, "spec/requests/api/v2/" + path + "_spec.rb", "request"});
        }
        for (String s : services) {
            groups.add(new String[] {s, "spec/services/" + snake(s.replace("::", "/")) + "_spec.rb", "service"});
        }
        for (String j : jobs) {
            groups.add(new String[] {j, "spec/jobs/" + snake(j) + "_spec.rb", "job"});
        }
        // randomized order, as --order random prints it
        for (int i = groups.size() - 1; i > 0; i--) {
            int k = g.nextInt(i + 1);
            String[] tmp = groups.get(i);
            groups.set(i, groups.get(k));
            groups.set(k, tmp);
        }
        int invoiceAt = -1;
        int refundAt = -1;
        String failModel = "Invoice#total rounds half up on tax lines";
        String failRequest = "POST /api/v2/refunds when the charge is disputed returns 409 Conflict";
        for (int round = 0; round < 3; round++) {
            for (String[] grp : groups) {
                String top = grp[0] + (round == 0 ? "" : round == 1 ? " (integration)" : " (edge cases)");
                String file = round == 0 ? grp[1] : grp[1].replace("_spec.rb", round == 1 ? "_integration_spec.rb" : "_edge_cases_spec.rb");
                out.add(top);
                int line = g.between(3, 8);
                int subs = g.between(2, 5);
                for (int s = 0; s < subs; s++) {
                    String sub = grp[2].equals("request") ? g.pick(contexts) : g.chance(0.6) ? g.pick(methods) : g.pick(contexts);
                    boolean invoiceTotal = round == 0 && grp[0].equals("Invoice") && s == 0;
                    boolean refunds = round == 0 && grp[0].equals("POST /api/v2/refunds") && s == 0;
                    if (invoiceTotal) {
                        sub = "#total";
                        line = 26;
                    }
                    if (refunds) {
                        sub = "when the charge is disputed";
                        line = 100;
                    }
                    out.add("  " + sub);
                    line += 2;
                    int n = g.between(3, 9);
                    TreeSet<String> used = new TreeSet<>();
                    for (int e = 0; e < n; e++) {
                        if (invoiceTotal && e == 1) {
                            invoiceAt = out.size();
                            out.add("    rounds half up on tax lines (FAILED - 1)");
                            line = 42;
                            count++;
                            continue;
                        }
                        if (refunds && e == 1) {
                            refundAt = out.size();
                            out.add("    returns 409 Conflict (FAILED - 2)");
                            line = 118;
                            count++;
                            continue;
                        }
                        String ex = g.pick(examples);
                        if (!used.add(ex)) {
                            continue;
                        }
                        line += g.between(3, 12);
                        count++;
                        if (!invoiceTotal && !refunds && pending.size() < 14 && g.chance(0.006)) {
                            String reason = g.pick(pendingReasons);
                            out.add("    " + ex + " (PENDING: " + reason + ")");
                            pending.add(new Pend(full(top, sub, ex), "./" + file + ":" + line, reason));
                            continue;
                        }
                        out.add("    " + ex);
                    }
                }
                out.add("");
            }
        }
        while (pending.size() < 14) {
            pending.add(new Pend(full("Refund", "#reverse!", "handles partial reversals " + pending.size()), "./spec/models/refund_spec.rb:" + (88 + pending.size() * 7),
                    "Waiting on payments API v3"));
        }
        out.add("Pending: (Failures listed here are expected and do not affect your suite's status)");
        out.add("");
        for (int i = 0; i < pending.size(); i++) {
            Pend p = pending.get(i);
            out.add(fmt("  %d) %s", i + 1, p.full()));
            out.add("     # " + p.reason());
            out.add("     # " + p.where());
            out.add("");
        }
        String failure1 = "     Failure/Error: expect(invoice.total).to eq(BigDecimal(\"10.05\"))";
        String failure2 = "       expected the response to have status code :conflict (409) but it was :internal_server_error (500)";
        // failures are numbered in the order they ran
        boolean refundFirst = refundAt < invoiceAt;
        out.set(invoiceAt, "    rounds half up on tax lines (FAILED - " + (refundFirst ? 2 : 1) + ")");
        out.set(refundAt, "    returns 409 Conflict (FAILED - " + (refundFirst ? 1 : 2) + ")");
        List<String> invoiceBlock = List.of(failModel, failure1, "", "       expected: 0.1005e2", "            got: 0.1004e2", "", "       (compared using ==)",
                "     # ./spec/models/invoice_spec.rb:42:in `block (3 levels) in <top (required)>'");
        List<String> refundBlock = List.of(failRequest, "     Failure/Error: expect(response).to have_http_status(:conflict)", failure2,
                "     # ./spec/requests/api/v2/refunds_spec.rb:118:in `block (3 levels) in <top (required)>'");
        out.add("Failures:");
        out.add("");
        List<List<String>> blocks = refundFirst ? List.of(refundBlock, invoiceBlock) : List.of(invoiceBlock, refundBlock);
        for (int i = 0; i < 2; i++) {
            List<String> b = blocks.get(i);
            out.add("  " + (i + 1) + ") " + b.get(0));
            out.addAll(b.subList(1, b.size()));
            out.add("     # ./spec/support/database_cleaner.rb:18:in `block (3 levels) in <top (required)>'");
            out.add("     # ./spec/support/database_cleaner.rb:17:in `block (2 levels) in <top (required)>'");
            out.add("");
        }
        out.add("Finished in 4 minutes 12.8 seconds (files took 6.34 seconds to load)");
        String summary = count + " examples, 2 failures, " + pending.size() + " pending";
        out.add(summary);
        out.add("");
        out.add("Failed examples:");
        out.add("");
        String rerun1 = "rspec ./spec/models/invoice_spec.rb:42 # " + failModel;
        String rerun2 = "rspec ./spec/requests/api/v2/refunds_spec.rb:118 # " + failRequest;
        out.add(refundFirst ? rerun2 : rerun1);
        out.add(refundFirst ? rerun1 : rerun2);
        out.add("");
        out.add("Randomized with seed 41234");
        out.add("");
        out.add("Coverage report generated for RSpec to /app/coverage. 18234 / 20011 LOC (91.12%) covered.");
        return NeedleCase.named("fresh5_rspec_failures", "build", "rspec-doc")
                .shell("bundle exec rspec --format documentation")
                .question("CI's rspec job is red. What's failing?")
                .heldAside()
                .build(String.join("\n", out) + "\n", List.of(Needle.exact(rerun1), Needle.exact(rerun2), Needle.exact(failure1), Needle.exact(failure2),
                        Needle.exact(summary)));
    }

    /** RSpec's full description: parts joined by spaces, except before a part starting with # or . */
    private static String full(String... parts) {
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].startsWith("#") && !parts[i].startsWith(".")) {
                sb.append(' ');
            }
            sb.append(parts[i]);
        }
        return sb.toString();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- nvidia-smi -q

    /** nvidia-smi -q on an 8-GPU node: one GPU has uncorrectable DRAM ECC errors and a pending row remap. */
    static NeedleCase nvidiaSmiEcc() {
        Gen g = new Gen(80_011);
        String[] buses = {"18", "2A", "3A", "5D", "9A", "AB", "BA", "DB"};
        int bad = 4;
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("==============NVSMI LOG==============");
        out.add("");
        out.add(kv(0, "Timestamp", "Mon Dec  7 09:12:44 2026"));
        out.add(kv(0, "Driver Version", "550.127.05"));
        out.add(kv(0, "CUDA Version", "12.4"));
        out.add("");
        out.add(kv(0, "Attached GPUs", "8"));
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < buses.length; i++) {
            boolean broken = i == bad;
            String bus = "00000000:" + buses[i] + ":00.0";
            String serial = broken ? "1654523031887" : String.valueOf(1_654_523_000_000L + g.between(1_000, 99_999));
            String header = "GPU " + bus;
            out.add(header);
            if (broken) {
                needles.add(Needle.exact(header));
                needles.add(Needle.contains(serial));
            }
            out.add(kv(1, "Product Name", "NVIDIA H100 80GB HBM3"));
            out.add(kv(1, "Product Brand", "NVIDIA"));
            out.add(kv(1, "Product Architecture", "Hopper"));
            out.add(kv(1, "Display Mode", "Enabled"));
            out.add(kv(1, "Display Active", "Disabled"));
            out.add(kv(1, "Persistence Mode", "Enabled"));
            out.add(kv(1, "Addressing Mode", "None"));
            out.add(kv(1, "MIG Mode", null));
            out.add(kv(2, "Current", "Disabled"));
            out.add(kv(2, "Pending", "Disabled"));
            out.add(kv(1, "Accounting Mode", "Disabled"));
            out.add(kv(1, "Accounting Mode Buffer Size", "4000"));
            out.add(kv(1, "Driver Model", null));
            out.add(kv(2, "Current", "N/A"));
            out.add(kv(2, "Pending", "N/A"));
            out.add(kv(1, "Serial Number", serial));
            out.add(kv(1, "GPU UUID", "GPU-" + uuid(g)));
            out.add(kv(1, "Minor Number", String.valueOf(i)));
            out.add(kv(1, "VBIOS Version", "96.00.74.00.1C"));
            out.add(kv(1, "MultiGPU Board", "No"));
            out.add(kv(1, "Board ID", "0x" + buses[i].toLowerCase(Locale.ROOT) + "00"));
            out.add(kv(1, "Board Part Number", "692-2G520-0200-000"));
            out.add(kv(1, "GPU Part Number", "2330-885-A1"));
            out.add(kv(1, "FRU Part Number", "N/A"));
            out.add(kv(1, "Module ID", String.valueOf(new int[] {2, 4, 3, 1, 7, 5, 8, 6}[i])));
            out.add(kv(1, "Inforom Version", null));
            out.add(kv(2, "Image Version", "G520.0200.00.05"));
            out.add(kv(2, "OEM Object", "2.1"));
            out.add(kv(2, "ECC Object", "7.16"));
            out.add(kv(2, "Power Management Object", "N/A"));
            out.add(kv(1, "Inforom BBX Object Flush", null));
            out.add(kv(2, "Latest Timestamp", fmt("2026/12/07 08:%02d:%02d.%03d", g.between(30, 59), g.between(0, 59), g.between(0, 999))));
            out.add(kv(2, "Latest Duration", g.between(90_000, 130_000) + " us"));
            out.add(kv(1, "GPU Operation Mode", null));
            out.add(kv(2, "Current", "N/A"));
            out.add(kv(2, "Pending", "N/A"));
            out.add(kv(1, "GPU C2C Mode", "Disabled"));
            out.add(kv(1, "GPU Virtualization Mode", null));
            out.add(kv(2, "Virtualization Mode", "None"));
            out.add(kv(2, "Host VGPU Mode", "N/A"));
            out.add(kv(2, "vGPU Heterogeneous Mode", "N/A"));
            out.add(kv(1, "GPU Reset Status", null));
            out.add(kv(2, "Reset Required", "No"));
            out.add(kv(2, "Drain and Reset Recommended", broken ? "Yes" : "No"));
            out.add(kv(1, "GSP Firmware Version", "550.127.05"));
            out.add(kv(1, "IBMNPU", null));
            out.add(kv(2, "Relaxed Ordering Mode", "N/A"));
            out.add(kv(1, "PCI", null));
            out.add(kv(2, "Bus", "0x" + buses[i]));
            out.add(kv(2, "Device", "0x00"));
            out.add(kv(2, "Domain", "0x0000"));
            out.add(kv(2, "Base Classcode", "0x3"));
            out.add(kv(2, "Sub Classcode", "0x2"));
            out.add(kv(2, "Device Id", "0x233010DE"));
            out.add(kv(2, "Bus Id", bus));
            out.add(kv(2, "Sub System Id", "0x16C110DE"));
            out.add(kv(2, "GPU Link Info", null));
            out.add(kv(3, "PCIe Generation", null));
            for (String k : new String[] {"Max", "Current", "Device Current", "Device Max", "Host Max"}) {
                out.add(kv(4, k, "5"));
            }
            out.add(kv(3, "Link Width", null));
            out.add(kv(4, "Max", "16x"));
            out.add(kv(4, "Current", "16x"));
            out.add(kv(2, "Bridge Chip", null));
            out.add(kv(3, "Type", "N/A"));
            out.add(kv(3, "Firmware", "N/A"));
            out.add(kv(2, "Replays Since Reset", "0"));
            out.add(kv(2, "Replay Number Rollovers", "0"));
            out.add(kv(2, "Tx Throughput", (broken ? 0 : g.between(200, 2_000)) + " KB/s"));
            out.add(kv(2, "Rx Throughput", (broken ? 0 : g.between(200, 4_000)) + " KB/s"));
            out.add(kv(2, "Atomic Caps Inbound", "N/A"));
            out.add(kv(2, "Atomic Caps Outbound", "N/A"));
            out.add(kv(1, "Fan Speed", "N/A"));
            out.add(kv(1, "Performance State", broken ? "P0" : "P0"));
            out.add(kv(1, "Clocks Event Reasons", null));
            boolean capped = i == 6;
            for (String k : new String[] {"Idle", "Applications Clocks Setting", "SW Power Cap", "HW Slowdown"}) {
                out.add(kv(2, k, broken && k.equals("Idle") || capped && k.equals("SW Power Cap") ? "Active" : "Not Active"));
            }
            out.add(kv(3, "HW Thermal Slowdown", "Not Active"));
            out.add(kv(3, "HW Power Brake Slowdown", "Not Active"));
            for (String k : new String[] {"Sync Boost", "SW Thermal Slowdown", "Display Clock Setting"}) {
                out.add(kv(2, k, "Not Active"));
            }
            out.add(kv(1, "Sparse Operation Mode", "N/A"));
            int used = broken ? 0 : g.between(70_000, 79_000);
            out.add(kv(1, "FB Memory Usage", null));
            out.add(kv(2, "Total", "81559 MiB"));
            out.add(kv(2, "Reserved", "328 MiB"));
            out.add(kv(2, "Used", (broken ? 1 : used) + " MiB"));
            out.add(kv(2, "Free", (81_559 - 328 - (broken ? 1 : used)) + " MiB"));
            out.add(kv(1, "BAR1 Memory Usage", null));
            out.add(kv(2, "Total", "131072 MiB"));
            out.add(kv(2, "Used", (broken ? 1 : g.between(40, 90)) + " MiB"));
            out.add(kv(2, "Free", (broken ? 131_071 : 131_000) + " MiB"));
            out.add(kv(1, "Conf Compute Protected Memory Usage", null));
            out.add(kv(2, "Total", "0 MiB"));
            out.add(kv(2, "Used", "0 MiB"));
            out.add(kv(2, "Free", "0 MiB"));
            out.add(kv(1, "Compute Mode", "Default"));
            out.add(kv(1, "Utilization", null));
            out.add(kv(2, "Gpu", (broken ? 0 : g.between(88, 100)) + " %"));
            out.add(kv(2, "Memory", (broken ? 0 : g.between(30, 55)) + " %"));
            for (String k : new String[] {"Encoder", "Decoder", "JPEG", "OFA"}) {
                out.add(kv(2, k, "0 %"));
            }
            for (String s : new String[] {"Encoder Stats", "FBC Stats"}) {
                out.add(kv(1, s, null));
                out.add(kv(2, "Active Sessions", "0"));
                out.add(kv(2, "Average FPS", "0"));
                out.add(kv(2, "Average Latency", "0"));
            }
            out.add(kv(1, "ECC Mode", null));
            out.add(kv(2, "Current", "Enabled"));
            out.add(kv(2, "Pending", "Enabled"));
            out.add(kv(1, "ECC Errors", null));
            int correctable = i == 2 ? 14 : broken ? 211 : 0;
            out.add(kv(2, "Volatile", null));
            out.add(kv(3, "SRAM Correctable", "0"));
            out.add(kv(3, "SRAM Uncorrectable Parity", "0"));
            out.add(kv(3, "SRAM Uncorrectable SEC-DED", "0"));
            out.add(kv(3, "DRAM Correctable", String.valueOf(correctable)));
            String dramUnc = kv(3, "DRAM Uncorrectable", broken ? "7" : "0");
            out.add(dramUnc);
            if (broken) {
                needles.add(Needle.exact(dramUnc));
            }
            out.add(kv(2, "Aggregate", null));
            out.add(kv(3, "SRAM Correctable", "0"));
            out.add(kv(3, "SRAM Uncorrectable Parity", "0"));
            out.add(kv(3, "SRAM Uncorrectable SEC-DED", "0"));
            out.add(kv(3, "DRAM Correctable", String.valueOf(correctable + (i == 2 ? 31 : broken ? 402 : 0))));
            out.add(kv(3, "DRAM Uncorrectable", broken ? "9" : "0"));
            out.add(kv(3, "SRAM Threshold Exceeded", "No"));
            out.add(kv(2, "Aggregate Uncorrectable SRAM Sources", null));
            for (String k : new String[] {"SRAM L2", "SRAM SM", "SRAM Microcontroller", "SRAM PCIE", "SRAM Other"}) {
                out.add(kv(3, k, "0"));
            }
            out.add(kv(1, "Retired Pages", null));
            out.add(kv(2, "Single Bit ECC", "N/A"));
            out.add(kv(2, "Double Bit ECC", "N/A"));
            out.add(kv(2, "Pending Page Blacklist", "N/A"));
            out.add(kv(1, "Remapped Rows", null));
            out.add(kv(2, "Correctable Error", broken ? "2" : i == 2 ? "1" : "0"));
            out.add(kv(2, "Uncorrectable Error", broken ? "3" : "0"));
            String pendingLine = kv(2, "Pending", broken ? "Yes" : "No");
            out.add(pendingLine);
            if (broken) {
                needles.add(Needle.exact(pendingLine));
            }
            out.add(kv(2, "Remapping Failure Occurred", "No"));
            out.add(kv(2, "Bank Remap Availability Histogram", null));
            out.add(kv(3, "Max", (broken ? 2_554 : i == 2 ? 2_559 : 2_560) + " bank(s)"));
            out.add(kv(3, "High", (broken ? 6 : i == 2 ? 1 : 0) + " bank(s)"));
            out.add(kv(3, "Partial", "0 bank(s)"));
            out.add(kv(3, "Low", "0 bank(s)"));
            out.add(kv(3, "None", "0 bank(s)"));
            out.add(kv(1, "Temperature", null));
            out.add(kv(2, "GPU Current Temp", (broken ? 33 : g.between(52, 71)) + " C"));
            out.add(kv(2, "GPU T.Limit Temp", (broken ? 54 : g.between(14, 33)) + " C"));
            out.add(kv(2, "GPU Shutdown T.Limit Temp", "-8 C"));
            out.add(kv(2, "GPU Slowdown T.Limit Temp", "-2 C"));
            out.add(kv(2, "GPU Max Operating T.Limit Temp", "0 C"));
            out.add(kv(2, "GPU Target Temperature", "N/A"));
            out.add(kv(2, "Memory Current Temp", (broken ? 38 : g.between(58, 80)) + " C"));
            out.add(kv(2, "Memory Max Operating T.Limit Temp", "0 C"));
            out.add(kv(1, "GPU Power Readings", null));
            out.add(kv(2, "Power Draw", broken ? "71.42 W" : fmt("%.2f W", 540 + g.nextDouble() * 150)));
            out.add(kv(2, "Current Power Limit", capped ? "500.00 W" : "700.00 W"));
            out.add(kv(2, "Requested Power Limit", capped ? "500.00 W" : "700.00 W"));
            out.add(kv(2, "Default Power Limit", "700.00 W"));
            out.add(kv(2, "Min Power Limit", "200.00 W"));
            out.add(kv(2, "Max Power Limit", "700.00 W"));
            out.add(kv(1, "GPU Memory Power Readings", null));
            out.add(kv(2, "Power Draw", broken ? "22.18 W" : fmt("%.2f W", 80 + g.nextDouble() * 40)));
            out.add(kv(1, "Module Power Readings", null));
            for (String k : new String[] {"Power Draw", "Current Power Limit", "Requested Power Limit", "Default Power Limit", "Min Power Limit", "Max Power Limit"}) {
                out.add(kv(2, k, "N/A"));
            }
            out.add(kv(1, "Clocks", null));
            out.add(kv(2, "Graphics", (broken ? 345 : 1_980) + " MHz"));
            out.add(kv(2, "SM", (broken ? 345 : 1_980) + " MHz"));
            out.add(kv(2, "Memory", "2619 MHz"));
            out.add(kv(2, "Video", (broken ? 765 : 1_545) + " MHz"));
            out.add(kv(1, "Applications Clocks", null));
            out.add(kv(2, "Graphics", "1980 MHz"));
            out.add(kv(2, "Memory", "2619 MHz"));
            out.add(kv(1, "Default Applications Clocks", null));
            out.add(kv(2, "Graphics", "1980 MHz"));
            out.add(kv(2, "Memory", "2619 MHz"));
            out.add(kv(1, "Deferred Clocks", null));
            out.add(kv(2, "Memory", "N/A"));
            out.add(kv(1, "Max Clocks", null));
            out.add(kv(2, "Graphics", "1980 MHz"));
            out.add(kv(2, "SM", "1980 MHz"));
            out.add(kv(2, "Memory", "2619 MHz"));
            out.add(kv(2, "Video", "1545 MHz"));
            out.add(kv(1, "Max Customer Boost Clocks", null));
            out.add(kv(2, "Graphics", "1980 MHz"));
            out.add(kv(1, "Clock Policy", null));
            out.add(kv(2, "Auto Boost", "N/A"));
            out.add(kv(2, "Auto Boost Default", "N/A"));
            out.add(kv(1, "Voltage", null));
            out.add(kv(2, "Graphics", (broken ? "670.000" : fmt("%.3f", 1_000 + g.between(0, 60) * 1.0)) + " mV"));
            out.add(kv(1, "Fabric", null));
            out.add(kv(2, "State", "Completed"));
            out.add(kv(2, "Status", "Success"));
            out.add(kv(2, "CliqueId", "0"));
            out.add(kv(2, "ClusterUUID", "00000000-0000-0000-0000-000000000000"));
            out.add(kv(2, "Health", null));
            out.add(kv(3, "Bandwidth", "N/A"));
            if (broken) {
                out.add(kv(1, "Processes", "None"));
            } else {
                out.add(kv(1, "Processes", null));
                out.add(kv(2, "GPU instance ID", "N/A"));
                out.add(kv(2, "Compute instance ID", "N/A"));
                out.add(kv(2, "Process ID", String.valueOf(2_841_190 + i)));
                out.add(kv(3, "Type", "C"));
                out.add(kv(3, "Name", "/opt/conda/bin/python3.11"));
                out.add(kv(3, "Used GPU Memory", (used - 330) + " MiB"));
            }
            out.add("");
        }
        return NeedleCase.named("fresh5_nvidia_smi_ecc", "lines", "nvidia-smi-q")
                .shell("ssh gpu-node-14 nvidia-smi -q")
                .question("Training jobs on gpu-node-14 keep dying with 'CUDA error: uncorrectable ECC error encountered'. Which GPU is it? I need its bus id and serial number for the RMA.")
                .heldAside()
                .build(String.join("\n", out) + "\n", needles);
    }

    /** nvidia-smi -q's "Name : value" with the colon at a fixed column; a section title alone when the value is null. */
    private static String kv(int level, String key, String value) {
        String k = "    ".repeat(level) + key;
        if (value == null) {
            return k;
        }
        return k + " ".repeat(Math.max(1, 42 - k.length())) + ": " + value;
    }

    // ---------------------------------------------------------------- terraform show

    /** An object in terraform show: unquoted keys aligned; {@code quoted} for map attributes (tags). */
    private record Tf(Map<String, Object> entries, boolean quoted) {}

    /** A nested block (root_block_device { ... }), printed after the attributes. */
    private record TfBlock(String name, Map<String, Object> attributes) {}

    /** A jsonencode(...) value. */
    private record TfJson(Map<String, Object> value) {}

    /** terraform show of a production state: ~190 resources; one security group lets SSH in from anywhere. */
    static NeedleCase terraformShowSsh() {
        Gen g = new Gen(80_012);
        String account = "492016532187";
        String vpc = "vpc-0f3a91c7d2b4e5a60";
        List<String> out = new ArrayList<>();
        List<Needle> needles = new ArrayList<>();
        String[][] sgs = {
            {"alb_public", "public ALB", "443", "0.0.0.0/0", "https from anywhere"}, {"alb_public_http", "public ALB (redirect)", "80", "0.0.0.0/0", "http redirect"},
            {"api", "api targets", "8080", "sg:alb_public", "from ALB"}, {"worker", "workers", "9102", "10.40.0.0/16", "metrics scrape"},
            {"bastion", "bastion host", "22", "10.8.0.0/16", "ssh from VPN"}, {"kafka", "kafka brokers", "9092", "10.40.0.0/16", "brokers"},
            {"es", "elasticsearch", "9200", "10.40.0.0/16", "es http"}, {"rds_orders", "orders postgres", "5432", "sg:api", "postgres from api"},
            {"rds_billing", "billing postgres", "5432", "sg:worker", "postgres from workers"}, {"redis", "redis", "6379", "10.40.0.0/16", "redis"},
            {"ci", "jenkins agents", "22", "10.40.32.0/20", "ssh from jenkins controller"}, {"etl", "etl hosts", "22", "10.8.0.0/16", "ssh from VPN"},
            {"monitoring", "grafana and prometheus", "3000", "10.8.0.0/16", "grafana from VPN"}, {"vpn", "openvpn", "1194", "0.0.0.0/0", "openvpn udp"},
            {"legacy_jumpbox", "old jump host kept for the payment vendor", "22", "0.0.0.0/0", "vendor ssh access (temporary)"},
            {"clickhouse", "clickhouse", "8123", "10.40.0.0/16", "clickhouse http"}, {"eks_nodes", "EKS worker nodes", "10250", "sg:eks_cluster", "kubelet from control plane"},
            {"eks_cluster", "EKS control plane", "443", "10.40.0.0/16", "kube api from VPC"}, {"lambda", "lambdas in VPC", "443", "10.40.0.0/16", "https"},
            {"efs", "shared EFS", "2049", "sg:worker", "nfs from workers"},
        };
        Map<String, String> sgIds = new LinkedHashMap<>();
        for (String[] s : sgs) {
            sgIds.put(s[0], s[0].equals("legacy_jumpbox") ? "sg-07d3e9a1c5b2f4860" : "sg-0" + g.hex(16));
        }
        // resources in terraform show order: by address
        TreeMap<String, Runnable> resources = new TreeMap<>();
        for (String[] s : sgs) {
            resources.put("aws_security_group." + s[0], () -> {
                String id = sgIds.get(s[0]);
                boolean protoUdp = s[0].equals("vpn");
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("cidr_blocks", s[3].startsWith("sg:") ? List.of() : List.of(s[3]));
                rule.put("description", s[4]);
                rule.put("from_port", s[2]);
                rule.put("ipv6_cidr_blocks", List.of());
                rule.put("prefix_list_ids", List.of());
                rule.put("protocol", protoUdp ? "udp" : "tcp");
                rule.put("security_groups", s[3].startsWith("sg:") ? List.of(sgIds.get(s[3].substring(3))) : List.of());
                rule.put("self", "false");
                rule.put("to_port", s[2]);
                Map<String, Object> egress = new LinkedHashMap<>();
                egress.put("cidr_blocks", List.of("0.0.0.0/0"));
                egress.put("description", "");
                egress.put("from_port", "0");
                egress.put("ipv6_cidr_blocks", List.of());
                egress.put("prefix_list_ids", List.of());
                egress.put("protocol", "\"-1\"");
                egress.put("security_groups", List.of());
                egress.put("self", "false");
                egress.put("to_port", "0");
                List<Object> ingress = new ArrayList<>();
                ingress.add(new Tf(quoteStrings(rule), false));
                if (!s[0].equals("legacy_jumpbox") && g.chance(0.4)) {
                    Map<String, Object> icmp = new LinkedHashMap<>(rule);
                    icmp.put("cidr_blocks", List.of("10.40.0.0/16"));
                    icmp.put("description", "icmp from VPC");
                    icmp.put("from_port", "-1");
                    icmp.put("protocol", "icmp");
                    icmp.put("security_groups", List.of());
                    icmp.put("to_port", "-1");
                    ingress.add(new Tf(quoteStrings(icmp), false));
                }
                Map<String, Object> attrs = new LinkedHashMap<>();
                attrs.put("arn", q("arn:aws:ec2:eu-west-1:" + account + ":security-group/" + id));
                attrs.put("description", q(s[1]));
                attrs.put("egress", List.of(new Tf(quoteStrings(egress), false)));
                attrs.put("id", q(id));
                attrs.put("ingress", ingress);
                attrs.put("name", q(s[0].replace('_', '-') + "-prod"));
                attrs.put("owner_id", q(account));
                attrs.put("revoke_rules_on_delete", "false");
                attrs.put("tags", new Tf(quoteStrings(obj("Name", s[0].replace('_', '-') + "-prod")), true));
                attrs.put("tags_all", new Tf(quoteStrings(obj("ManagedBy", "terraform", "Name", s[0].replace('_', '-') + "-prod", "env", "prod")), true));
                attrs.put("vpc_id", q(vpc));
                List<String> lines = tfResource("aws_security_group." + s[0], "aws_security_group", s[0], attrs, List.of());
                out.addAll(lines);
                if (s[0].equals("legacy_jumpbox")) {
                    for (String l : lines) {
                        if (l.startsWith("# ") || l.trim().startsWith("id ") || l.contains("vendor ssh access (temporary)")) {
                            needles.add(Needle.exact(l));
                        }
                    }
                }
            });
        }
        String[] instanceNames = {"api_1", "api_2", "api_3", "worker_1", "worker_2", "worker_3", "worker_4", "kafka_1", "kafka_2", "kafka_3", "es_1", "es_2", "es_3",
            "bastion", "legacy_jumpbox", "grafana", "prometheus", "vpn", "clickhouse_1", "clickhouse_2", "etl_scheduler", "jenkins_agent_1", "jenkins_agent_2"};
        for (String n : instanceNames) {
            resources.put("aws_instance." + n, () -> {
                String sg = n.replaceAll("_\\d+$", "").replace("jenkins_agent", "ci").replace("etl_scheduler", "etl").replace("grafana", "monitoring").replace("prometheus", "monitoring");
                String id = "i-0" + g.hex(16);
                String ip = "10.40." + g.between(16, 63) + "." + g.between(4, 250);
                Map<String, Object> attrs = new LinkedHashMap<>();
                attrs.put("ami", q("ami-0" + g.pick("a1f3c5e7b9d2046f8", "7d2e9b41c6a0f3e85", "3c8b6f0e2d4a9175b")));
                attrs.put("arn", q("arn:aws:ec2:eu-west-1:" + account + ":instance/" + id));
                attrs.put("associate_public_ip_address", n.equals("bastion") || n.equals("vpn") || n.equals("legacy_jumpbox") ? "true" : "false");
                attrs.put("availability_zone", q("eu-west-1" + g.pick("a", "b", "c")));
                attrs.put("disable_api_stop", "false");
                attrs.put("disable_api_termination", "false");
                attrs.put("ebs_optimized", "true");
                attrs.put("get_password_data", "false");
                attrs.put("hibernation", "false");
                attrs.put("iam_instance_profile", q(sg + "-prod"));
                attrs.put("id", q(id));
                attrs.put("instance_initiated_shutdown_behavior", q("stop"));
                attrs.put("instance_state", q("running"));
                attrs.put("instance_type", q(g.pick("m6i.xlarge", "c6i.2xlarge", "r6i.2xlarge", "t3.small", "t3.medium")));
                attrs.put("ipv6_address_count", "0");
                attrs.put("ipv6_addresses", List.of());
                attrs.put("key_name", q("prod-ops-2025"));
                attrs.put("monitoring", "false");
                attrs.put("placement_partition_number", "0");
                attrs.put("primary_network_interface_id", q("eni-0" + g.hex(16)));
                attrs.put("private_dns", q("ip-" + ip.replace('.', '-') + ".eu-west-1.compute.internal"));
                attrs.put("private_ip", q(ip));
                attrs.put("public_dns", q(""));
                attrs.put("public_ip", q(n.equals("bastion") || n.equals("vpn") || n.equals("legacy_jumpbox") ? "52." + g.between(16, 215) + "." + g.between(1, 254) + "."
                        + g.between(1, 254) : ""));
                attrs.put("secondary_private_ips", List.of());
                attrs.put("security_groups", List.of());
                attrs.put("source_dest_check", n.equals("vpn") ? "false" : "true");
                attrs.put("subnet_id", q("subnet-0" + g.hex(16)));
                attrs.put("tags", new Tf(quoteStrings(obj("Name", n.replace('_', '-') + "-prod")), true));
                attrs.put("tags_all", new Tf(quoteStrings(obj("ManagedBy", "terraform", "Name", n.replace('_', '-') + "-prod", "env", "prod")), true));
                attrs.put("tenancy", q("default"));
                attrs.put("user_data_replace_on_change", "false");
                attrs.put("vpc_security_group_ids", List.of(sgIds.getOrDefault(sg, sgIds.get("worker"))));
                List<TfBlock> blocks = List.of(
                        new TfBlock("capacity_reservation_specification", obj("capacity_reservation_preference", q("open"))),
                        new TfBlock("cpu_options", obj("core_count", String.valueOf(g.pick(1, 2, 4)), "threads_per_core", "2")),
                        new TfBlock("credit_specification", obj()),
                        new TfBlock("enclave_options", obj("enabled", "false")),
                        new TfBlock("maintenance_options", obj("auto_recovery", q("default"))),
                        new TfBlock("metadata_options", obj("http_endpoint", q("enabled"), "http_protocol_ipv6", q("disabled"), "http_put_response_hop_limit", "2",
                                "http_tokens", q("required"), "instance_metadata_tags", q("disabled"))),
                        new TfBlock("private_dns_name_options", obj("enable_resource_name_dns_a_record", "false", "enable_resource_name_dns_aaaa_record", "false",
                                "hostname_type", q("ip-name"))),
                        new TfBlock("root_block_device", obj("delete_on_termination", "true", "device_name", q("/dev/xvda"), "encrypted", "true", "iops", "3000",
                                "kms_key_id", q("arn:aws:kms:eu-west-1:" + account + ":key/0b7d5e21-4c8a-4f1e-9d3b-7a2c6e8f0d14"), "tags", new Tf(obj(), true),
                                "throughput", "125", "volume_id", q("vol-0" + g.hex(16)), "volume_size", String.valueOf(g.pick(20, 50, 100, 200)), "volume_type", q("gp3"))));
                out.addAll(tfResource("aws_instance." + n, "aws_instance", n, attrs, blocks));
            });
        }
        String[] roles = {"api_prod", "worker_prod", "kafka_prod", "es_prod", "jenkins_agent", "etl_prod", "bastion", "monitoring", "vpn", "clickhouse", "lambda_thumbnailer",
            "lambda_webhook_relay", "eks_node_group", "eks_cluster", "gha_deploy_prod", "ci_deploy_legacy"};
        for (String r : roles) {
            resources.put("aws_iam_role." + r, () -> {
                String service = r.startsWith("lambda") ? "lambda.amazonaws.com" : r.equals("eks_cluster") ? "eks.amazonaws.com" : r.startsWith("gha") || r.startsWith("ci_") ? null
                        : "ec2.amazonaws.com";
                Map<String, Object> principal = service == null ? obj("Federated", q("arn:aws:iam::" + account + ":oidc-provider/token.actions.githubusercontent.com"))
                        : obj("Service", q(service));
                Map<String, Object> statement = obj("Action", q(service == null ? "sts:AssumeRoleWithWebIdentity" : "sts:AssumeRole"), "Effect", q("Allow"),
                        "Principal", new Tf(principal, false));
                Map<String, Object> attrs = new LinkedHashMap<>();
                attrs.put("arn", q("arn:aws:iam::" + account + ":role/" + r.replace('_', '-')));
                attrs.put("assume_role_policy", new TfJson(obj("Statement", List.of(new Tf(statement, false)), "Version", q("2012-10-17"))));
                attrs.put("create_date", q("2025-0" + g.between(1, 9) + "-" + fmt("%02d", g.between(10, 28)) + "T" + fmt("%02d:%02d:%02d", g.between(0, 23), g.between(0, 59),
                        g.between(0, 59)) + "Z"));
                attrs.put("force_detach_policies", "false");
                attrs.put("id", q(r.replace('_', '-')));
                attrs.put("managed_policy_arns", List.of("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore", "arn:aws:iam::" + account + ":policy/" + r.replace('_', '-') + "-access"));
                attrs.put("max_session_duration", "3600");
                attrs.put("name", q(r.replace('_', '-')));
                attrs.put("path", q("/"));
                attrs.put("tags", new Tf(obj(), true));
                attrs.put("tags_all", new Tf(quoteStrings(obj("ManagedBy", "terraform", "env", "prod")), true));
                attrs.put("unique_id", q("AROAXE3LQ7V2" + g.alnum(9).toUpperCase(Locale.ROOT)));
                out.addAll(tfResource("aws_iam_role." + r, "aws_iam_role", r, attrs, List.of(new TfBlock("inline_policy", obj()))));
            });
        }
        String[] zones = {"api", "www", "shop", "admin", "grafana", "vpn", "status", "cdn", "img", "mail", "auth", "docs", "pay", "hooks", "search", "eu", "us", "beta", "legacy",
            "partners", "kafka", "es", "jump", "ci", "sso", "metrics", "feeds", "blog", "careers", "support", "m", "static", "uploads", "exports", "invoices", "sandbox"};
        for (String z : zones) {
            resources.put("aws_route53_record." + z, () -> {
                boolean alias = g.chance(0.5);
                Map<String, Object> attrs = new LinkedHashMap<>();
                attrs.put("allow_overwrite", "false");
                attrs.put("fqdn", q(z + ".acme.io"));
                attrs.put("id", q("Z0812345ABCDEFGHIJKLM_" + z + ".acme.io_" + (alias ? "A" : "CNAME")));
                attrs.put("multivalue_answer_routing_policy", "false");
                attrs.put("name", q(z + ".acme.io"));
                attrs.put("records", alias ? List.of() : List.of(z + ".acme.io.cdn.cloudflare.net"));
                if (!alias) {
                    attrs.put("ttl", "300");
                }
                attrs.put("type", q(alias ? "A" : "CNAME"));
                attrs.put("zone_id", q("Z0812345ABCDEFGHIJKLM"));
                List<TfBlock> blocks = alias ? List.of(new TfBlock("alias", obj("evaluate_target_health", "true", "name",
                        q("prod-public-" + g.between(100_000_000, 999_999_999) + ".eu-west-1.elb.amazonaws.com"), "zone_id", q("Z32O12XQLNTSW2")))) : List.of();
                out.addAll(tfResource("aws_route53_record." + z, "aws_route53_record", z, attrs, blocks));
            });
        }
        String[] buckets = {"uploads", "exports", "invoices", "assets", "logs", "backups", "thumbnails", "athena_results", "ci_artifacts", "data_lake_raw", "data_lake_curated",
            "tf_state"};
        for (String b : buckets) {
            resources.put("aws_s3_bucket." + b, () -> {
                String name = "acme-prod-" + b.replace('_', '-');
                Map<String, Object> attrs = new LinkedHashMap<>();
                attrs.put("arn", q("arn:aws:s3:::" + name));
                attrs.put("bucket", q(name));
                attrs.put("bucket_domain_name", q(name + ".s3.amazonaws.com"));
                attrs.put("bucket_regional_domain_name", q(name + ".s3.eu-west-1.amazonaws.com"));
                attrs.put("force_destroy", "false");
                attrs.put("hosted_zone_id", q("Z1BKCTXD74EZPE"));
                attrs.put("id", q(name));
                attrs.put("object_lock_enabled", "false");
                attrs.put("region", q("eu-west-1"));
                attrs.put("request_payer", q("BucketOwner"));
                attrs.put("tags", new Tf(quoteStrings(obj("Name", name)), true));
                attrs.put("tags_all", new Tf(quoteStrings(obj("ManagedBy", "terraform", "Name", name, "env", "prod")), true));
                List<TfBlock> blocks = List.of(
                        new TfBlock("grant", obj("id", q(g.hex(64)), "permissions", List.of("FULL_CONTROL"), "type", q("CanonicalUser"), "uri", q(""))),
                        new TfBlock("server_side_encryption_configuration", obj("rule", new TfBlock("rule", obj("bucket_key_enabled", "true",
                                "apply_server_side_encryption_by_default", new TfBlock("apply_server_side_encryption_by_default",
                                        obj("kms_master_key_id", q(""), "sse_algorithm", q("AES256"))))))),
                        new TfBlock("versioning", obj("enabled", b.equals("backups") || b.equals("tf_state") ? "true" : "false", "mfa_delete", "false")));
                out.addAll(tfResource("aws_s3_bucket." + b, "aws_s3_bucket", b, attrs, blocks));
            });
        }
        for (String alarm : new String[] {"api_5xx", "api_latency_p99", "worker_queue_depth", "kafka_under_replicated", "es_cluster_red", "rds_orders_cpu", "rds_orders_storage",
            "rds_billing_cpu", "rds_billing_connections", "redis_memory", "nat_bytes_out", "alb_unhealthy_hosts", "lambda_errors", "etl_missed_run", "clickhouse_disk",
            "eks_node_not_ready", "billing_estimated_charges", "vpn_tunnel_down", "s3_4xx", "api_cpu"}) {
            resources.put("aws_cloudwatch_metric_alarm." + alarm, () -> {
                Map<String, Object> attrs = new LinkedHashMap<>();
                attrs.put("actions_enabled", "true");
                attrs.put("alarm_actions", List.of("arn:aws:sns:eu-west-1:" + account + ":" + g.pick("pagerduty-critical", "slack-alerts")));
                attrs.put("alarm_description", q(alarm.replace('_', ' ') + " above threshold"));
                attrs.put("alarm_name", q("prod-" + alarm.replace('_', '-')));
                attrs.put("arn", q("arn:aws:cloudwatch:eu-west-1:" + account + ":alarm:prod-" + alarm.replace('_', '-')));
                attrs.put("comparison_operator", q("GreaterThanThreshold"));
                attrs.put("datapoints_to_alarm", "0");
                attrs.put("dimensions", new Tf(quoteStrings(obj(g.pick("LoadBalancer", "DBInstanceIdentifier", "QueueName", "ClusterName", "FunctionName"), alarm.split("_")[0] + "-prod")),
                        true));
                attrs.put("evaluation_periods", String.valueOf(g.pick(1, 2, 3, 5)));
                attrs.put("id", q("prod-" + alarm.replace('_', '-')));
                attrs.put("insufficient_data_actions", List.of());
                attrs.put("metric_name", q(g.pick("HTTPCode_Target_5XX_Count", "TargetResponseTime", "ApproximateNumberOfMessagesVisible", "CPUUtilization", "FreeStorageSpace",
                        "DatabaseConnections", "Errors", "BytesOutToDestination")));
                attrs.put("namespace", q(g.pick("AWS/ApplicationELB", "AWS/RDS", "AWS/SQS", "AWS/Lambda", "AWS/NATGateway", "Custom/Prod")));
                attrs.put("ok_actions", List.of());
                attrs.put("period", String.valueOf(g.pick(60, 300, 900)));
                attrs.put("statistic", q(g.pick("Sum", "Average", "Maximum")));
                attrs.put("tags", new Tf(obj(), true));
                attrs.put("tags_all", new Tf(quoteStrings(obj("ManagedBy", "terraform", "env", "prod")), true));
                attrs.put("threshold", String.valueOf(g.pick(1, 5, 80, 90, 100, 1000, 500000)));
                attrs.put("treat_missing_data", q(g.pick("missing", "notBreaching")));
                out.addAll(tfResource("aws_cloudwatch_metric_alarm." + alarm, "aws_cloudwatch_metric_alarm", alarm, attrs, List.of()));
            });
        }
        for (int i = 0; i < 3; i++) {
            final int k = i;
            resources.put("module.network.aws_subnet.private[" + i + "]", () -> {
                Map<String, Object> attrs = new LinkedHashMap<>();
                String id = "subnet-0" + g.hex(16);
                attrs.put("arn", q("arn:aws:ec2:eu-west-1:" + account + ":subnet/" + id));
                attrs.put("assign_ipv6_address_on_creation", "false");
                attrs.put("availability_zone", q("eu-west-1" + "abc".charAt(k)));
                attrs.put("cidr_block", q("10.40." + (16 + 16 * k) + ".0/20"));
                attrs.put("id", q(id));
                attrs.put("map_public_ip_on_launch", "false");
                attrs.put("owner_id", q(account));
                attrs.put("tags", new Tf(quoteStrings(obj("Name", "prod-private-" + "abc".charAt(k), "kubernetes.io/role/internal-elb", "1")), true));
                attrs.put("vpc_id", q(vpc));
                out.addAll(tfResource("module.network.aws_subnet.private[" + k + "]", "aws_subnet", "private", attrs, List.of()));
            });
        }
        for (Runnable r : resources.values()) {
            r.run();
        }
        if (needles.size() != 3) {
            throw new IllegalStateException("terraform show: expected three needles, got " + needles.size());
        }
        out.remove(out.size() - 1);
        return NeedleCase.named("fresh5_terraform_show_ssh", "codelike", "terraform-show")
                .shell("terraform -chdir=infra/prod show -no-color")
                .question("Does any security group in prod allow SSH (port 22) from the whole internet? Which one?")
                .heldAside()
                .build(String.join("\n", out) + "\n", needles);
    }

    private static String q(String s) {
        return Json.quote(s);
    }

    /** A copy with plain String values quoted (lists of strings and nested Tf values left as they are). */
    private static Map<String, Object> quoteStrings(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            Object v = e.getValue();
            if (v instanceof String s && !s.equals("true") && !s.equals("false") && !s.matches("-?\\d+") && !s.startsWith("\"")) {
                out.put(e.getKey(), q(s));
            } else {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    /** One resource as terraform show prints it: the address comment, the block, a blank line. */
    private static List<String> tfResource(String address, String type, String name, Map<String, Object> attributes, List<TfBlock> blocks) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + address + ":");
        lines.add("resource \"" + type + "\" \"" + name + "\" {");
        Map<String, Object> all = new LinkedHashMap<>(attributes);
        for (TfBlock b : blocks) {
            all.put(b.name(), b);
        }
        tfBody(lines, all, 1, false);
        lines.add("}");
        lines.add("");
        return lines;
    }

    /** Attributes with their = aligned, then nested blocks, each after a blank line (an empty one as name {}). */
    private static void tfBody(List<String> lines, Map<String, Object> entries, int depth, boolean quotedKeys) {
        int width = 0;
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            if (!(e.getValue() instanceof TfBlock)) {
                width = Math.max(width, quotedKeys ? e.getKey().length() + 2 : e.getKey().length());
            }
        }
        String ind = "    ".repeat(depth);
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            if (e.getValue() instanceof TfBlock) {
                continue;
            }
            String key = quotedKeys ? q(e.getKey()) : e.getKey();
            String head = ind + key + " ".repeat(width - key.length()) + " = ";
            tfValue(lines, head, e.getValue(), depth);
        }
        int before = lines.size();
        boolean any = width > 0;
        for (Object v : entries.values()) {
            if (v instanceof TfBlock b) {
                if (any || lines.size() > before) {
                    lines.add("");
                }
                if (b.attributes().isEmpty()) {
                    lines.add(ind + b.name() + " {}");
                } else {
                    lines.add(ind + b.name() + " {");
                    tfBody(lines, b.attributes(), depth + 1, false);
                    lines.add(ind + "}");
                }
            }
        }
    }

    private static void tfValue(List<String> lines, String head, Object v, int depth) {
        String ind = "    ".repeat(depth);
        if (v instanceof String s) {
            lines.add(head + s);
        } else if (v instanceof Tf t) {
            if (t.entries().isEmpty()) {
                lines.add(head + "{}");
                return;
            }
            lines.add(head + "{");
            tfBody(lines, t.entries(), depth + 1, t.quoted());
            lines.add(ind + "}");
        } else if (v instanceof TfJson j) {
            lines.add(head + "jsonencode(");
            lines.add(ind + "    {");
            tfBody(lines, j.value(), depth + 2, false);
            lines.add(ind + "    }");
            lines.add(ind + ")");
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                lines.add(head + "[]");
                return;
            }
            lines.add(head + "[");
            String inner = "    ".repeat(depth + 1);
            for (Object item : l) {
                if (item instanceof Tf t) {
                    lines.add(inner + "{");
                    tfBody(lines, t.entries(), depth + 2, t.quoted());
                    lines.add(inner + "},");
                } else {
                    lines.add(inner + q((String) item) + ",");
                }
            }
            lines.add(ind + "]");
        } else {
            throw new IllegalArgumentException("not a terraform value: " + v);
        }
    }
}
