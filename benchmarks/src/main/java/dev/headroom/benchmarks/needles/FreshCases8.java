package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;
import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The ninth held-aside batch ({@code fresh8_*}), written on 2026-12-07 (after session 7), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor
 * looked at a compressed output of it. Formats none of the other cases has: a Fluent Bit log (Elasticsearch
 * output with {@code Trace_Error}), a ClickHouse server log, a Snakemake run log, a Squid {@code access.log}
 * (native format), {@code kubectl get deploy -A -o wide}, {@code netstat -s} of eight hosts, {@code nodetool
 * status} (Cassandra), {@code gh issue list} piped (tab-separated), {@code az vm list -d -o table}, {@code
 * ast-grep scan} (rich diagnostics), {@code diff -y} (side by side, tab-padded) and {@code bazel test}. Never
 * tuned on: reported as their own set {@code fresh-8}, refused by {@code --case}.
 */
final class FreshCases8 {

    private FreshCases8() {}

    static List<NeedleCase> all() {
        return List.of(fluentBitLog(), clickhouseServerLog(), snakemakeRun(), squidAccessLog(), kubectlDeployWide(), netstatStats(),
                nodetoolStatus(), ghIssueList(), azVmListTable(), astGrepScan(), diffSideBySide(), bazelTest());
    }

    private static String pickChars(Gen g, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(g.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static final String KUBE = "bcdfghjklmnpqrstvwxz2456789";
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    // ---------------------------------------------------------------- Fluent Bit log

    private record Tail(String path, String ns, String pod, String uid, String container, long inode, int fd) {}

    private static Tail tail(Gen g, String ns, String app, String container, long[] inode, int[] fd) {
        boolean daemon = ns.equals("kube-system") || app.equals("node-exporter");
        String pod = app + "-" + (daemon ? "" : pickChars(g, KUBE, 10) + "-") + pickChars(g, KUBE, 5);
        inode[0] += g.between(3, 900);
        return new Tail("/var/log/containers/" + pod + "_" + ns + "_" + container + "-" + g.hex(64) + ".log", ns, pod, uuid(g), container, inode[0],
                fd[0]++);
    }

    private static String fbAdd(String stamp, Tail t) {
        return fmt("[%s] [ info] [input:tail:tail.0] inotify_fs_add(): inode=%d watch_fd=%d name=%s", stamp, t.inode(), t.fd(), t.path());
    }

    private static String fbRemove(String stamp, Tail t) {
        return fmt("[%s] [ info] [input:tail:tail.0] inotify_fs_remove(): inode=%d watch_fd=%d", stamp, t.inode(), t.fd());
    }

    private static String chunk(Gen g, LocalDateTime t) {
        return "1-" + t.toEpochSecond(ZoneOffset.UTC) + "." + g.between(1_000_000, 999_999_999) + ".flb";
    }

    private static void later(List<Object[]> pending, LocalDateTime at, String line) {
        pending.add(new Object[] {at, line});
    }

    /** Emits the scheduled lines due by {@code upTo}, in time order (insertion order among equal times). */
    private static void due(Gen g, List<Object[]> pending, LocalDateTime upTo) {
        pending.sort(Comparator.comparing(o -> (LocalDateTime) o[0]));
        while (!pending.isEmpty() && !((LocalDateTime) pending.get(0)[0]).isAfter(upTo)) {
            g.add((String) pending.remove(0)[1]);
        }
    }

    /**
     * kubectl logs --since=90m of the Fluent Bit DaemonSet pod on one EKS node (log level info, Elasticsearch output
     * with one index per namespace and Trace_Error on): tail rotations, pods coming and going, a few upstream
     * timeouts and 429s that succeed on retry; after the payments team's 07:42 rollout added the
     * app.kubernetes.io/name label, every bulk request of the payments namespace is rejected with a mapping conflict,
     * and its chunks are dropped once the retries run out; one payments pod also writes lines too long for the tail
     * buffer.
     */
    static NeedleCase fluentBitLog() {
        Gen g = new Gen(110_001);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT);
        DateTimeFormatter rot = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
        LocalDateTime t = LocalDateTime.of(2026, 12, 8, 7, 25, 3);
        LocalDateTime rollout = LocalDateTime.of(2026, 12, 8, 7, 42, 18);
        LocalDateTime longAt = LocalDateTime.of(2026, 12, 8, 8, 13, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 8, 55, 0);
        String[][] apps = {{"shop", "storefront-web", "web"}, {"shop", "cart-api", "api"}, {"shop", "checkout-api", "api"},
            {"catalog", "catalog-api", "api"}, {"catalog", "search-indexer", "indexer"}, {"orders", "orders-api", "api"},
            {"orders", "orders-outbox-relay", "relay"}, {"notifications", "mailer-worker", "worker"}, {"identity", "keycloak", "keycloak"},
            {"ingress-nginx", "ingress-nginx-controller", "controller"}, {"monitoring", "node-exporter", "node-exporter"},
            {"kube-system", "kube-proxy", "kube-proxy"}, {"kube-system", "aws-node", "aws-node"}, {"kube-system", "ebs-csi-node", "ebs-plugin"},
            {"payments", "payments-api", "api"}, {"payments", "payments-webhooks", "webhooks"}};
        List<Tail> tails = new ArrayList<>();
        long[] inode = {2_201_417};
        int[] fd = {1};
        for (String[] a : apps) {
            int n = a[0].equals("kube-system") || a[1].equals("node-exporter") ? 1 : g.between(1, 2);
            for (int i = 0; i < n; i++) {
                tails.add(tail(g, a[0], a[1], a[2], inode, fd));
            }
        }
        String reason = "Could not dynamically add mapping for field [app.kubernetes.io/name]. Existing mapping for [kubernetes.labels.app] must be of type"
                + " object but found [text].";
        String flow = "input=tail.0 > output=es.0";
        List<Object[]> pending = new ArrayList<>();
        List<String> cannot = new ArrayList<>();
        String longLines = null;
        boolean rolled = false;
        LocalDateTime nextChunk = null;
        int task = 0;
        int conn = 41;
        while (true) {
            t = t.plusSeconds(g.between(1, 29));
            if (!t.isBefore(end)) {
                break;
            }
            due(g, pending, t);
            String s = f.format(t);
            if (!rolled && t.isAfter(rollout)) {
                rolled = true;
                List<Tail> old = new ArrayList<>();
                for (Tail x : tails) {
                    if (x.pod().startsWith("payments-api-")) {
                        old.add(x);
                    }
                }
                for (int i = 0; i < 2; i++) {
                    Tail n = tail(g, "payments", "payments-api", "api", inode, fd);
                    tails.add(n);
                    g.add(fbAdd(s, n));
                }
                for (Tail x : old) {
                    tails.remove(x);
                    LocalDateTime gone = t.plusSeconds(g.between(25, 40));
                    later(pending, gone, fbRemove(f.format(gone), x));
                }
                nextChunk = t.plusSeconds(g.between(20, 60));
                continue;
            }
            if (nextChunk != null && !t.isBefore(nextChunk)) {
                nextChunk = t.plusSeconds(g.between(100, 260));
                String name = chunk(g, t);
                int id = task++ % 24;
                LocalDateTime a = t;
                for (int attempt = 0; attempt < 3; attempt++) {
                    String stamp = f.format(a);
                    later(pending, a, "[" + stamp + "] [error] [output:es:es.0] error: Output");
                    StringBuilder json = new StringBuilder("{\"took\":").append(g.between(2, 40)).append(",\"errors\":true,\"items\":[");
                    int docs = g.between(1, 4);
                    for (int d = 0; d < docs; d++) {
                        json.append(d == 0 ? "" : ",").append("{\"create\":{\"_index\":\"payments-2026.12.08\",\"_type\":\"_doc\",\"_id\":\"")
                                .append(pickChars(g, B64, 20)).append("\",\"status\":400,\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"")
                                .append(reason).append("\"}}}");
                    }
                    later(pending, a, json.append("]}").toString());
                    if (attempt < 2) {
                        int retry = g.between(6, 18) * (attempt + 1);
                        later(pending, a, fmt("[%s] [ warn] [engine] failed to flush chunk '%s', retry in %d seconds: task_id=%d, %s (out_id=0)", stamp, name, retry,
                                id, flow));
                        a = a.plusSeconds(retry);
                    } else {
                        String line = fmt("[%s] [ warn] [engine] chunk '%s' cannot be retried: task_id=%d, %s", stamp, name, id, flow);
                        later(pending, a, line);
                        if (a.isBefore(end)) {
                            cannot.add(line);
                        }
                    }
                }
                if (longLines == null && t.isAfter(longAt)) {
                    Tail p = tails.get(tails.size() - 1);
                    longLines = fmt("[%s] [ warn] [input:tail:tail.0] file=%s have long lines. Skipping long lines.", s, p.path());
                    g.add(longLines);
                }
                continue;
            }
            int kind = g.weighted(4, 2, 3, 1, 1, 3);
            switch (kind) {
                case 0 -> {
                    int i = g.nextInt(tails.size());
                    Tail x = tails.get(i);
                    String rotated = "/var/log/pods/" + x.ns() + "_" + x.pod() + "_" + x.uid() + "/" + x.container() + "/0.log." + rot.format(t);
                    g.add(fmt("[%s] [ info] [input:tail:tail.0] inode=%d handle rotation(): %s => %s", s, x.inode(), x.path(), rotated));
                    inode[0] += g.between(3, 900);
                    Tail n = new Tail(x.path(), x.ns(), x.pod(), x.uid(), x.container(), inode[0], fd[0]++);
                    tails.set(i, n);
                    LocalDateTime r = t.plusSeconds(g.between(1, 4));
                    later(pending, r, fbAdd(f.format(r), n));
                    LocalDateTime gone = t.plusSeconds(g.between(5, 12));
                    later(pending, gone, fbRemove(f.format(gone), x));
                }
                case 1 -> {
                    String name = chunk(g, t.minusSeconds(g.between(1, 5)));
                    int id = task++ % 24;
                    int retry = g.between(6, 14);
                    g.add(fmt("[%s] [error] [upstream] connection #%d to tcp://10.100.24.17:9200 timed out after 10 seconds (connection timeout)", s, conn++));
                    g.add(fmt("[%s] [ warn] [engine] failed to flush chunk '%s', retry in %d seconds: task_id=%d, %s (out_id=0)", s, name, retry, id, flow));
                    LocalDateTime ok = t.plusSeconds(retry);
                    later(pending, ok, fmt("[%s] [ info] [engine] flush chunk '%s' succeeded at retry 1: task_id=%d, %s (out_id=0)", f.format(ok), name, id, flow));
                }
                case 2 -> {
                    int i = g.nextInt(tails.size());
                    Tail x = tails.get(i);
                    if (x.ns().equals("kube-system") || x.pod().startsWith("node-exporter") || x.ns().equals("payments")) {
                        g.add(fmt("[%s] [ info] [filter:kubernetes:kubernetes.0]  token updated", s));
                        break;
                    }
                    String app = x.pod().substring(0, x.pod().length() - 17);
                    Tail n = tail(g, x.ns(), app, x.container(), inode, fd);
                    tails.set(i, n);
                    g.add(fbAdd(s, n));
                    LocalDateTime gone = t.plusSeconds(g.between(20, 45));
                    later(pending, gone, fbRemove(f.format(gone), x));
                }
                case 3 -> {
                    String name = chunk(g, t.minusSeconds(g.between(1, 5)));
                    int id = task++ % 24;
                    int retry = g.between(7, 16);
                    long bytes = g.between(400_000_000, 470_000_000);
                    g.add(fmt("[%s] [error] [output:es:es.0] HTTP status=429 URI=/_bulk, response:", s));
                    g.add("{\"error\":{\"root_cause\":[{\"type\":\"es_rejected_execution_exception\",\"reason\":\"rejected execution of coordinating operation"
                            + " [coordinating_and_primary_bytes=" + bytes + ", replica_bytes=0, all_bytes=" + bytes + ", coordinating_operation_bytes="
                            + g.between(900_000, 3_000_000) + ", max_coordinating_and_primary_bytes=429496729]\"}],\"type\":\"es_rejected_execution_exception\","
                            + "\"reason\":\"rejected execution of coordinating operation\"},\"status\":429}");
                    g.add(fmt("[%s] [ warn] [engine] failed to flush chunk '%s', retry in %d seconds: task_id=%d, %s (out_id=0)", s, name, retry, id, flow));
                    LocalDateTime ok = t.plusSeconds(retry);
                    later(pending, ok, fmt("[%s] [ info] [engine] flush chunk '%s' succeeded at retry 1: task_id=%d, %s (out_id=0)", f.format(ok), name, id, flow));
                }
                case 4 -> g.add(fmt("[%s] [ info] [filter:kubernetes:kubernetes.0]  token updated", s));
                default -> {
                    String job = g.pick("report-export", "cart-expiry", "invoice-reminders", "search-reindex");
                    String ns = job.startsWith("search") ? "catalog" : job.startsWith("cart") ? "shop" : "orders";
                    Tail n = tail(g, ns, job + "-" + (29_470_000 + g.between(0, 9_999)), "job", inode, fd);
                    g.add(fbAdd(s, n));
                    LocalDateTime gone = t.plusSeconds(g.between(40, 300));
                    later(pending, gone, fbRemove(f.format(gone), n));
                }
            }
        }
        due(g, pending, end);
        if (cannot.size() < 5 || longLines == null) {
            throw new IllegalStateException("fluent-bit story incomplete: " + cannot.size());
        }
        return NeedleCase.named("fresh8_fluent_bit_log", "log", "fluent-bit-log")
                .shell("kubectl logs -n logging fluent-bit-q7x2m --since=90m")
                .question("Since the payments team redeployed this morning, logs from the payments namespace no longer show up in Kibana; every other namespace"
                        + " is fine. This is the fluent-bit log from the node their pods run on. Why are the payments logs lost?")
                .heldAside()
                .build(g.text(), List.of(Needle.contains(reason), Needle.anyOf(cannot), Needle.exact(longLines)));
    }

    // ---------------------------------------------------------------- ClickHouse server log

    private static final String[] CH_INSERT_TRACE = {
        "DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool) @ 0x000000000d2c95bb",
        "DB::Exception::Exception<unsigned long&, ReadableSize, String>(int, FormatStringHelperImpl<std::type_identity<unsigned long&>::type,"
                + " std::type_identity<ReadableSize>::type, std::type_identity<String>::type>, unsigned long&, ReadableSize&&, String&&) @ 0x0000000012a4c0d6",
        "DB::MergeTreeData::delayInsertOrThrowIfNeeded(Poco::Event*, std::shared_ptr<DB::Context const> const&, bool) const @ 0x0000000012a4b4f1",
        "DB::MergeTreeSink::onStart() @ 0x0000000012e9c8e9",
        "DB::ExceptionKeepingTransform::work() @ 0x0000000013571a3b",
        "DB::ExecutionThreadContext::executeTask() @ 0x00000000132a6ed2",
        "DB::PipelineExecutor::executeStepImpl(unsigned long, std::atomic<bool>*) @ 0x000000001329b110",
        "DB::PipelineExecutor::executeStep(std::atomic<bool>*) @ 0x000000001329a91a",
        "DB::TCPHandler::processInsertQuery() @ 0x0000000013175e8b",
        "DB::TCPHandler::runImpl() @ 0x000000001316e0fe",
        "DB::TCPHandler::run() @ 0x00000000131855b9",
        "Poco::Net::TCPServerConnection::start() @ 0x0000000015b8b407",
        "Poco::Net::TCPServerDispatcher::run() @ 0x0000000015b8b899",
        "Poco::PooledThread::run() @ 0x0000000015b5a8c1",
        "Poco::ThreadImpl::runnableEntry(void*) @ 0x0000000015b58e9d",
        "start_thread @ 0x0000000000094ac3",
        "? @ 0x0000000000126850"};

    private static final String[] CH_MERGE_TRACE = {
        "DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool) @ 0x000000000d2c95bb",
        "DB::Exception::Exception<>(int, FormatStringHelperImpl<>) @ 0x0000000007b1d4cc",
        "DB::StorageMergeTree::CurrentlyMergingPartsTagger::CurrentlyMergingPartsTagger(std::shared_ptr<DB::FutureMergedMutatedPart>, unsigned long,"
                + " DB::StorageMergeTree&, std::shared_ptr<DB::StorageInMemoryMetadata const> const&, bool) @ 0x0000000012d7a8e1",
        "DB::StorageMergeTree::selectPartsToMerge(std::shared_ptr<DB::StorageInMemoryMetadata const> const&, bool, String const&, bool, String*,"
                + " std::shared_ptr<DB::RWLockImpl::LockHolderImpl>&, std::unique_lock<std::mutex>&, std::shared_ptr<DB::MergeTreeTransaction> const&, bool,"
                + " DB::SelectPartsDecision*) @ 0x0000000012d71f04",
        "DB::StorageMergeTree::scheduleDataProcessingJob(DB::BackgroundJobsAssignee&) @ 0x0000000012d77c62",
        "DB::BackgroundJobsAssignee::threadFunc() @ 0x0000000012b0a4d3",
        "DB::BackgroundSchedulePoolTaskInfo::execute() @ 0x0000000010a7c1b8",
        "DB::BackgroundSchedulePool::threadFunction() @ 0x0000000010a7e9f2",
        "void std::__function::__policy_invoker<void ()>::__call_impl<std::__function::__default_alloc_func<ThreadFromGlobalPoolImpl<false, true>::"
                + "ThreadFromGlobalPoolImpl<DB::BackgroundSchedulePool::BackgroundSchedulePool(unsigned long, StrongTypedef<unsigned long,"
                + " CurrentMetrics::MetricTag>, StrongTypedef<unsigned long, CurrentMetrics::MetricTag>, char const*)::$_0>(DB::BackgroundSchedulePool::"
                + "BackgroundSchedulePool(unsigned long, StrongTypedef<unsigned long, CurrentMetrics::MetricTag>, StrongTypedef<unsigned long,"
                + " CurrentMetrics::MetricTag>, char const*)::$_0&&)::'lambda'(), void ()>>(std::__function::__policy_storage const*) @ 0x0000000010a8013e",
        "ThreadPoolImpl<std::thread>::worker(std::__list_iterator<std::thread, void*>) @ 0x000000000d3a6f0c",
        "start_thread @ 0x0000000000094ac3",
        "? @ 0x0000000000126850"};

    /** Lines of one ClickHouse server log event: each line a few microseconds after the last. */
    private static final class ChLog {
        private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss.SSSSSS", Locale.ROOT);
        private final Gen g;
        private LocalDateTime t;

        ChLog(Gen g, LocalDateTime t) {
            this.g = g;
            this.t = t;
        }

        void at(LocalDateTime when) {
            if (when.isAfter(t)) {
                t = when;
            }
        }

        void pause(double millis) {
            t = t.plusNanos((long) (millis * 1_000_000));
        }

        void line(int thread, String qid, String level, String logger, String message) {
            t = t.plusNanos(g.between(15, 3_000) * 1_000L);
            g.add(fmt("%s [ %d ] {%s} <%s> %s: %s", F.format(t), thread, qid, level, logger, message));
        }

        void trace(String[] frames) {
            g.add("");
            for (int i = 0; i < frames.length; i++) {
                g.add(i + ". " + frames[i]);
            }
        }
    }

    /**
     * tail of clickhouse-server.log on ch-prod-3 over six minutes: inserts from the ingest service (each delayed,
     * the table already holding close to 3000 active parts), Grafana and BI selects, small merges, system log
     * flushes; every minute or so the big merge that would bring the part count down asks for 18.62 GiB while about
     * 13 GiB are left and fails with NOT_ENOUGH_SPACE; from about 10:20 inserts are rejected with TOO_MANY_PARTS and
     * the ingest service backs off.
     */
    static NeedleCase clickhouseServerLog() {
        Gen g = new Gen(110_002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 10, 17, 30, 112_000_000), 5_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 10, 23, 30);
        ChLog ch = new ChLog(g, clock.now());
        String uuid = "5e1c0b3a-8f21-4c7e-9a52-1d8e7f3c2b90";
        String table = "analytics.events_local (" + uuid + ")";
        String version = "(version 24.8.4.13 (official build))";
        String reserve = "Trying to reserve 18.62 GiB using storage policy from min volume index 0";
        String noSpace = "Not enough space for merging parts. (NOT_ENOUGH_SPACE)";
        String tooMany = "Merges are processing significantly slower than inserts. (TOO_MANY_PARTS)";
        int[] threads = new int[36];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = g.between(40_000, 49_999);
        }
        int[] bg = {1_207, 1_211, 1_214, 1_219, 1_223, 1_230};
        int parts = 2_972;
        double unreserved = 13.41 * 1024;
        int block = 88_214;
        LocalDateTime nextBig = clock.now().plusSeconds(g.between(10, 40));
        LocalDateTime ingestAfter = null;
        int backoff = 5;
        int rejected = 0;
        int mergeErrors = 0;
        String[] queries = {
            "SELECT toStartOfMinute(ts) AS t, count() FROM analytics.events_local WHERE ts >= now() - INTERVAL 1 HOUR AND site_id = %d GROUP BY t ORDER BY t",
            "SELECT event_type, uniq(session_id) FROM analytics.events_local WHERE ts >= today() AND site_id = %d GROUP BY event_type",
            "SELECT count() FROM analytics.events_local WHERE ts >= now() - INTERVAL 5 MINUTE AND site_id = %d",
            "SELECT path, count() AS c FROM analytics.events_local WHERE ts >= now() - INTERVAL 1 DAY AND site_id = %d GROUP BY path ORDER BY c DESC LIMIT 20"};
        while (true) {
            LocalDateTime now = clock.next();
            if (!now.isBefore(end)) {
                break;
            }
            ch.at(now);
            int th = threads[g.nextInt(threads.length)];
            if (!now.isBefore(nextBig)) {
                nextBig = now.plusSeconds(g.between(55, 85));
                int b = bg[g.nextInt(bg.length)];
                ch.line(b, "", "Debug", table + " (MergerMutator)", "Selected 10 parts from 202412_71204_80212_7 to 202412_86990_87412_5");
                ch.line(b, "", "Trace", table, reserve);
                ch.line(b, "", "Error", table, "void DB::BackgroundJobsAssignee::threadFunc(): Code: 243. DB::Exception: " + noSpace
                        + ", Stack trace (when copying this message, always include the lines below):");
                ch.trace(CH_MERGE_TRACE);
                g.add(" " + version);
                mergeErrors++;
                continue;
            }
            int kind = g.weighted(45, 30, 8, 8);
            if (kind == 0 && ingestAfter != null && now.isBefore(ingestAfter)) {
                kind = 1;
            }
            switch (kind) {
                case 0 -> {
                    String qid = uuid(g);
                    String client = "[::ffff:10.20.3." + g.between(41, 44) + "]:" + g.between(40_000, 60_999);
                    double avg = 2.2 + g.nextDouble() * 0.3;
                    ch.line(th, qid, "Debug", "executeQuery", "(from " + client + ", user: ingest) INSERT INTO analytics.events_local FORMAT Native (stage: Complete)");
                    if (parts >= 3_000) {
                        ch.line(th, qid, "Error", "executeQuery", fmt("Code: 252. DB::Exception: Too many parts (%d with average size of %.2f MiB) in table '%s'. %s"
                                + " %s (from %s) (in query: INSERT INTO analytics.events_local FORMAT Native), Stack trace (when copying this message, always"
                                + " include the lines below):", parts, avg, table, tooMany, version, client));
                        ch.trace(CH_INSERT_TRACE);
                        g.add("");
                        ch.line(th, qid, "Error", "TCPHandler", fmt("Code: 252. DB::Exception: Too many parts (%d with average size of %.2f MiB) in table '%s'. %s,"
                                + " Stack trace:", parts, avg, table, tooMany));
                        ch.trace(CH_INSERT_TRACE);
                        g.add("");
                        ch.line(th, qid, "Debug", "TCPHandler", fmt("Processed in %.3f sec.", 0.002 + g.nextDouble() * 0.004));
                        rejected++;
                        ingestAfter = now.plusSeconds(backoff);
                        backoff = Math.min(backoff * 2, 60);
                        break;
                    }
                    int delay = (int) Math.min(1_000, 1_000 * Math.pow((parts - 1_000) / 2_000.0, 2));
                    ch.line(th, qid, "Information", table, fmt("Delaying inserting block by %d ms. because there are %d parts and their average size is %.2f MiB",
                            delay, parts, avg));
                    ch.pause(delay);
                    double mib = 8 + g.nextDouble() * 24;
                    ch.line(th, qid, "Trace", table, fmt("Trying to reserve %.2f MiB using storage policy from min volume index 0", mib));
                    unreserved -= mib;
                    ch.line(th, qid, "Trace", "DiskLocal", fmt("Reserved %.2f MiB on local disk `default`, having unreserved %.2f GiB.", mib, unreserved / 1024));
                    block++;
                    int rows = g.between(20_000, 90_000);
                    double work = 0.08 + g.nextDouble() * 0.5;
                    double secs = work + delay / 1000.0;
                    ch.pause(work * 900);
                    ch.line(th, qid, "Trace", table, fmt("Renaming temporary part tmp_insert_202412_%d_%d_0 to 202412_%d_%d_0 with tid (1, 1,"
                            + " 00000000-0000-0000-0000-000000000000).", block, block, block, block));
                    ch.line(th, qid, "Information", "executeQuery", fmt("Read %d rows, %.2f MiB in %.6f sec., %d rows/sec., %.2f MiB/sec.", rows, mib, secs,
                            (long) (rows / secs), mib / secs));
                    ch.line(th, qid, "Debug", "MemoryTracker", fmt("Peak memory usage (for query): %.2f MiB.", 20 + g.nextDouble() * 40));
                    ch.line(th, qid, "Debug", "TCPHandler", fmt("Processed in %.3f sec.", secs + 0.001));
                    parts++;
                }
                case 1 -> {
                    String qid = uuid(g);
                    boolean grafana = g.chance(0.75);
                    String client = grafana ? "[::ffff:10.20.5.12]:" + g.between(40_000, 60_999) : "[::ffff:10.20.5." + g.between(30, 39) + "]:" + g.between(40_000, 60_999);
                    int site = g.pick(1184, 1184, 2031, 377, 4410, 918);
                    ch.line(th, qid, "Debug", "executeQuery", "(from " + client + ", user: " + (grafana ? "grafana" : "bi_ro") + ") " + fmt(g.pick(queries), site)
                            + " (stage: Complete)");
                    ch.line(th, qid, "Debug", table + " (SelectExecutor)", fmt("Key condition: (column 0 in [%d, +Inf)), (column 1 in [%d, %d]), and",
                            now.minusHours(1).toEpochSecond(ZoneOffset.UTC), site, site));
                    int sel = g.between(18, 60);
                    int marks = g.between(40, 900);
                    ch.line(th, qid, "Debug", table + " (SelectExecutor)", fmt("Selected %d/%d parts by partition key, %d parts by primary key, %d/%d marks by primary"
                            + " key, %d marks to read from %d ranges", sel, parts, sel - g.nextInt(5), marks, g.between(88_000, 92_000), marks, g.between(sel, sel * 3)));
                    long rows = marks * 8192L - g.nextInt(8192);
                    double secs = 0.01 + g.nextDouble() * 0.3;
                    ch.pause(secs * 1000);
                    double mib = rows * (6 + g.nextDouble() * 20) / 1_048_576;
                    ch.line(th, qid, "Information", "executeQuery", fmt("Read %d rows, %.2f MiB in %.6f sec., %d rows/sec., %.2f MiB/sec.", rows, mib, secs,
                            (long) (rows / secs), mib / secs));
                    ch.line(th, qid, "Debug", "MemoryTracker", fmt("Peak memory usage (for query): %.2f MiB.", 4 + g.nextDouble() * 90));
                    ch.line(th, qid, "Debug", "TCPHandler", fmt("Processed in %.3f sec.", secs + 0.001));
                }
                case 2 -> {
                    if (rejected > 0) {
                        ch.line(bg[g.nextInt(bg.length)], "", "Trace", "SystemLog (system.query_log)", fmt("Flushing system log, %d entries to flush up to offset %d",
                                g.between(40, 400), 1_204_000 + g.size()));
                        break;
                    }
                    int k = 2;
                    int from = block - g.between(20, 60);
                    String lo = fmt("202412_%d_%d_0", from, from);
                    String hi = fmt("202412_%d_%d_0", from + k - 1, from + k - 1);
                    String result = fmt("202412_%d_%d_1", from, from + k - 1);
                    String mq = uuid + "::" + result;
                    int b = bg[g.nextInt(bg.length)];
                    double mib = k * (9 + g.nextDouble() * 20);
                    ch.line(b, "", "Debug", table + " (MergerMutator)", "Selected " + k + " parts from " + lo + " to " + hi);
                    ch.line(b, "", "Trace", table, fmt("Trying to reserve %.2f MiB using storage policy from min volume index 0", mib));
                    unreserved -= mib;
                    ch.line(b, "", "Trace", "DiskLocal", fmt("Reserved %.2f MiB on local disk `default`, having unreserved %.2f GiB.", mib, unreserved / 1024));
                    ch.line(th, mq, "Debug", "MergeTask::PrepareStage", "Merging " + k + " parts: from " + lo + " to " + hi + " into Compact with storage Packed");
                    ch.line(th, mq, "Debug", "MergeTask::PrepareStage", "Selected MergeAlgorithm: Horizontal");
                    int rows = k * g.between(20_000, 90_000);
                    double secs = 0.1 + g.nextDouble() * 0.6;
                    ch.pause(secs * 1000);
                    ch.line(th, mq, "Debug", "MergeTask::MergeProjectionsStage", fmt("Merge sorted %d rows, containing 41 columns (41 merged, 0 gathered) in %.6f sec.,"
                            + " %.2f rows/sec., %.2f MiB/sec.", rows, secs, rows / secs, mib / secs));
                    ch.line(th, mq, "Trace", table, "Renaming temporary part tmp_merge_" + result + " to " + result + " with tid (1, 1, 00000000-0000-0000-0000-000000000000).");
                    ch.line(th, mq, "Trace", table + " (MergerMutator)", "Merged " + k + " parts: [" + lo + ", " + hi + "] -> " + result);
                    ch.line(th, mq, "Debug", "MemoryTracker", fmt("Peak memory usage to apply mutate/merge in %s: %.2f MiB.", mq, 12 + g.nextDouble() * 30));
                    parts -= k - 1;
                }
                default -> {
                    int b = bg[g.nextInt(bg.length)];
                    String log = g.pick("system.query_log", "system.part_log", "system.trace_log", "system.metric_log");
                    int offset = g.between(1_200_000, 1_300_000);
                    ch.line(b, "", "Trace", "SystemLog (" + log + ")", fmt("Flushing system log, %d entries to flush up to offset %d", g.between(40, 900), offset));
                    ch.line(b, "", "Trace", "SystemLog (" + log + ")", fmt("Flushed system log up to offset %d", offset));
                }
            }
        }
        if (rejected < 4 || mergeErrors < 4) {
            throw new IllegalStateException("clickhouse story incomplete: " + rejected + " rejected, " + mergeErrors + " merge errors");
        }
        return NeedleCase.named("fresh8_clickhouse_server_log", "log", "clickhouse-server-log")
                .shell("ssh ch-prod-3 'tail -n " + g.size() + " /var/log/clickhouse-server/clickhouse-server.log'")
                .question("Since about 10:20 our ingest service gets errors inserting into analytics.events_local on ch-prod-3, and the table's part count has been"
                        + " climbing all morning. What does the ClickHouse server log say, and what's the root cause?")
                .heldAside()
                .build(g.text(), List.of(Needle.contains(tooMany), Needle.contains(noSpace), Needle.contains(reserve)));
    }

    // ---------------------------------------------------------------- Snakemake run log

    private static final class SmkJob {
        final int id;
        final String rule;
        final String wildcards;
        final int threads;
        final int memMb;
        final int minSec;
        final int maxSec;
        final List<String> input = new ArrayList<>();
        final List<String> output = new ArrayList<>();
        final List<SmkJob> deps = new ArrayList<>();
        String log;
        boolean started;
        boolean done;
        LocalDateTime endAt;

        SmkJob(int id, String rule, String wildcards, int threads, int memMb, int minSec, int maxSec) {
            this.id = id;
            this.rule = rule;
            this.wildcards = wildcards;
            this.threads = threads;
            this.memMb = memMb;
            this.minSec = minSec;
            this.maxSec = maxSec;
        }

        boolean ready() {
            for (SmkJob d : deps) {
                if (!d.done) {
                    return false;
                }
            }
            return true;
        }
    }

    private static SmkJob smk(List<SmkJob> jobs, String rule, String wildcards, int threads, int memMb, int minSec, int maxSec) {
        SmkJob j = new SmkJob(jobs.size(), rule, wildcards, threads, memMb, minSec, maxSec);
        jobs.add(j);
        return j;
    }

    /** Snakemake's progress percentage: no decimals unless they are needed to avoid showing 0% or 100% too early. */
    private static String smkPercent(int done, int total) {
        double p = 100.0 * done / total;
        for (int digits = 0; ; digits++) {
            String s = String.format(Locale.ROOT, "%." + digits + "f", p);
            double shown = Double.parseDouble(s);
            if ((done > 0 && shown == 0) || (done < total && shown >= 100)) {
                continue;
            }
            return s + "%";
        }
    }

    /**
     * The console log of a Snakemake 7 run (--cores 32 --keep-going) of a small variant-calling workflow over 30
     * samples: job stats, then 240-odd job blocks with their Finished lines and progress counters; bwa_map of
     * sample S23 fails, its downstream jobs and the cohort merge never run, the workflow finishes everything else and
     * exits with the failure.
     */
    static NeedleCase snakemakeRun() {
        Gen g = new Gen(110_003);
        DateTimeFormatter cf = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);
        List<SmkJob> jobs = new ArrayList<>();
        SmkJob all = smk(jobs, "all", "", 1, 0, 1, 1);
        SmkJob merge = smk(jobs, "merge_vcfs", "", 2, 8_000, 600, 900);
        merge.output.add("results/calls/cohort.vcf.gz");
        merge.log = "logs/merge_vcfs.log";
        SmkJob fail = null;
        List<String> samples = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            samples.add(fmt("S%02d", i));
        }
        for (String s : samples) {
            String w = "sample=" + s;
            SmkJob call = smk(jobs, "call_variants", w, 4, 12_000, 1_500, 2_700);
            SmkJob dedup = smk(jobs, "mark_duplicates", w, 2, 8_000, 480, 900);
            SmkJob index = smk(jobs, "samtools_index", w, 1, 1_000, 50, 120);
            SmkJob sort = smk(jobs, "samtools_sort", w, 4, 8_000, 300, 600);
            SmkJob bwa = smk(jobs, "bwa_map", w, 8, 16_000, 1_080, 2_100);
            SmkJob fastp = smk(jobs, "fastp", w, 4, 4_000, 240, 540);
            fastp.input.addAll(List.of("data/raw/" + s + "_R1.fastq.gz", "data/raw/" + s + "_R2.fastq.gz"));
            fastp.output.addAll(List.of("results/trimmed/" + s + "_R1.fastq.gz", "results/trimmed/" + s + "_R2.fastq.gz", "results/qc/" + s + ".fastp.json"));
            fastp.log = "logs/fastp/" + s + ".log";
            bwa.input.addAll(List.of("ref/GRCh38.fa", "results/trimmed/" + s + "_R1.fastq.gz", "results/trimmed/" + s + "_R2.fastq.gz"));
            bwa.output.add("results/mapped/" + s + ".bam");
            bwa.log = "logs/bwa_map/" + s + ".log";
            bwa.deps.add(fastp);
            sort.input.add("results/mapped/" + s + ".bam");
            sort.output.add("results/sorted/" + s + ".bam");
            sort.log = "logs/samtools_sort/" + s + ".log";
            sort.deps.add(bwa);
            index.input.add("results/sorted/" + s + ".bam");
            index.output.add("results/sorted/" + s + ".bam.bai");
            index.log = "logs/samtools_index/" + s + ".log";
            index.deps.add(sort);
            dedup.input.addAll(List.of("results/sorted/" + s + ".bam", "results/sorted/" + s + ".bam.bai"));
            dedup.output.addAll(List.of("results/dedup/" + s + ".bam", "results/dedup/" + s + ".metrics.txt"));
            dedup.log = "logs/mark_duplicates/" + s + ".log";
            dedup.deps.addAll(List.of(sort, index));
            call.input.addAll(List.of("ref/GRCh38.fa", "results/dedup/" + s + ".bam"));
            call.output.add("results/calls/" + s + ".g.vcf.gz");
            call.log = "logs/call_variants/" + s + ".log";
            call.deps.add(dedup);
            merge.input.add("results/calls/" + s + ".g.vcf.gz");
            merge.deps.add(call);
            if (s.equals("S23")) {
                fail = bwa;
            }
        }
        SmkJob multiqc = smk(jobs, "multiqc", "", 1, 2_000, 100, 200);
        multiqc.output.add("results/qc/multiqc_report.html");
        multiqc.log = "logs/multiqc.log";
        for (String s : samples) {
            for (String r : new String[] {"R1", "R2"}) {
                SmkJob q = smk(jobs, "fastqc", "sample=" + s + ", read=" + r, 2, 2_000, 120, 300);
                q.input.add("data/raw/" + s + "_" + r + ".fastq.gz");
                q.output.addAll(List.of("results/qc/" + s + "_" + r + "_fastqc.html", "results/qc/" + s + "_" + r + "_fastqc.zip"));
                q.log = "logs/fastqc/" + s + "_" + r + ".log";
                multiqc.input.add("results/qc/" + s + "_" + r + "_fastqc.zip");
                multiqc.deps.add(q);
            }
        }
        all.input.addAll(List.of("results/qc/multiqc_report.html", "results/calls/cohort.vcf.gz"));
        all.deps.addAll(List.of(multiqc, merge));
        int total = jobs.size();
        if (total != 243 || fail == null) {
            throw new IllegalStateException("snakemake DAG: " + total);
        }
        g.add("Building DAG of jobs...");
        g.add("Using shell: /usr/bin/bash");
        g.add("Provided cores: 32");
        g.add("Rules claiming more threads will be scaled down.");
        g.add("Job stats:");
        g.add(fmt("%-15s  %7s", "job", "count"));
        g.add("-".repeat(15) + "  " + "-".repeat(7));
        TreeSet<String> rules = new TreeSet<>();
        for (SmkJob j : jobs) {
            rules.add(j.rule);
        }
        for (String r : rules) {
            g.add(fmt("%-15s  %7d", r, jobs.stream().filter(j -> j.rule.equals(r)).count()));
        }
        g.add(fmt("%-15s  %7d", "total", total));
        g.add("");
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 22, 14, 51);
        int free = 32;
        int done = 0;
        boolean first = true;
        String lastProgress = null;
        String errorHeader = "Error in rule bwa_map:";
        String logLine = null;
        List<SmkJob> running = new ArrayList<>();
        while (true) {
            List<SmkJob> start = new ArrayList<>();
            for (SmkJob j : jobs) {
                if (!j.started && j.ready() && j.threads <= free) {
                    j.started = true;
                    free -= j.threads;
                    start.add(j);
                }
            }
            if (!start.isEmpty()) {
                g.add("Select jobs to execute...");
                first = false;
                for (SmkJob j : start) {
                    g.add("");
                    g.add("[" + cf.format(t) + "]");
                    g.add((j == all ? "localrule " : "rule ") + j.rule + ":");
                    g.add("    input: " + String.join(", ", j.input));
                    g.add("    output: " + String.join(", ", j.output));
                    if (j.log != null) {
                        g.add("    log: " + j.log);
                    }
                    g.add("    jobid: " + j.id);
                    List<String> updated = new ArrayList<>();
                    for (String in : j.input) {
                        if (!in.startsWith("ref/") && !in.startsWith("data/")) {
                            updated.add(in);
                        }
                    }
                    g.add("    reason: Missing output files: " + String.join(", ", j.output)
                            + (updated.isEmpty() ? "" : "; Input files updated by another job: " + String.join(", ", updated)));
                    if (!j.wildcards.isEmpty()) {
                        g.add("    wildcards: " + j.wildcards);
                    }
                    if (j.threads > 1) {
                        g.add("    threads: " + j.threads);
                    }
                    g.add("    resources: tmpdir=/tmp" + (j.memMb > 0 ? ", mem_mb=" + j.memMb + ", mem_mib=" + (int) Math.ceil(j.memMb * 0.95367431640625) : ""));
                    j.endAt = t.plusSeconds(j == fail ? 131 : g.between(j.minSec, j.maxSec));
                    running.add(j);
                }
                g.add("");
            }
            if (running.isEmpty()) {
                break;
            }
            SmkJob next = running.get(0);
            for (SmkJob j : running) {
                if (j.endAt.isBefore(next.endAt)) {
                    next = j;
                }
            }
            running.remove(next);
            free += next.threads;
            t = next.endAt;
            g.add("[" + cf.format(t) + "]");
            if (next == fail) {
                g.add(errorHeader);
                g.add("    jobid: " + next.id);
                g.add("    input: " + String.join(", ", next.input));
                g.add("    output: " + String.join(", ", next.output));
                logLine = "    log: " + next.log + " (check log file(s) for error details)";
                g.add(logLine);
                g.add("    shell:");
                g.add("        bwa mem -t 8 -R '@RG\\tID:S23\\tSM:S23' ref/GRCh38.fa results/trimmed/S23_R1.fastq.gz results/trimmed/S23_R2.fastq.gz 2> logs/bwa_map/S23.log"
                        + " | samtools view -b -o results/mapped/S23.bam -");
                g.add("        (one of the commands exited with non-zero exit code; note that snakemake uses bash strict mode!)");
                g.add("");
                g.add("Removing output files of failed job bwa_map since they might be corrupted:");
                g.add("results/mapped/S23.bam");
                g.add("Job failed, going on with independent jobs.");
            } else {
                next.done = true;
                done++;
                g.add("Finished job " + next.id + ".");
                lastProgress = done + " of " + total + " steps (" + smkPercent(done, total) + ") done";
                g.add(lastProgress);
            }
        }
        String exiting = "Exiting because a job execution failed. Look above for error message";
        g.add(exiting);
        g.add("Complete log: .snakemake/log/2026-12-07T221451.308412.snakemake.log");
        if (done != 236 || logLine == null || first) {
            throw new IllegalStateException("snakemake run: " + done + " done");
        }
        return NeedleCase.named("fresh8_snakemake_run", "build", "snakemake-log")
                .shell("cat nohup.out")
                .question("I left the variant-calling Snakemake workflow running overnight with --keep-going (output in nohup.out). It has stopped. Did it finish,"
                        + " and if not, which job failed and where do I find its error?")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(errorHeader), Needle.contains(logLine.trim()), Needle.exact(exiting), Needle.exact(lastProgress)));
    }

    // ---------------------------------------------------------------- Squid access.log

    private static String squid(long ms, long elapsed, String client, String code, long bytes, String method, String url, String hier, String type) {
        return fmt("%d.%03d %6d %s %s %d %s %s - %s %s", ms / 1000, ms % 1000, elapsed, client, code, bytes, method, url, hier, type);
    }

    /**
     * An hour of a Squid 6 access.log (native format) at an office egress proxy: CI runners tunnelling to GitHub,
     * PyPI, npm, Maven Central and Docker Hub, desktops on Microsoft 365, Slack and Google, apt mirrors hit and
     * missed, OCSP, a few blocked sites and aborted downloads; the new runner 10.1.9.14 is not in the allowed
     * network, so each of its three CI jobs gets TCP_DENIED/403 on pypi.org (pip's retries) and on a tool download.
     */
    static NeedleCase squidAccessLog() {
        Gen g = new Gen(110_004);
        long ms = LocalDateTime.of(2026, 12, 8, 8, 0, 0).toEpochSecond(ZoneOffset.UTC) * 1_000 + 412;
        long endMs = LocalDateTime.of(2026, 12, 8, 9, 0, 0).toEpochSecond(ZoneOffset.UTC) * 1_000;
        String runner = "10.1.9.14";
        String[][] ci = {{"github.com", "140.82.121.4"}, {"api.github.com", "140.82.121.6"}, {"objects.githubusercontent.com", "185.199.108.133"},
            {"pypi.org", "151.101.0.223"}, {"files.pythonhosted.org", "151.101.64.223"}, {"registry.npmjs.org", "104.16.24.34"},
            {"repo.maven.apache.org", "146.75.116.215"}, {"auth.docker.io", "3.216.34.172"}, {"registry-1.docker.io", "54.236.113.205"},
            {"production.cloudflare.docker.com", "104.16.101.215"}, {"proxy.golang.org", "142.250.186.81"}, {"sum.golang.org", "142.250.186.81"}};
        String[][] desk = {{"www.google.com", "142.250.185.68"}, {"outlook.office365.com", "52.97.211.34"}, {"acme.slack.com", "34.232.39.146"},
            {"login.microsoftonline.com", "20.190.160.131"}, {"acme.atlassian.net", "104.192.141.1"}, {"github.com", "140.82.121.4"},
            {"teams.microsoft.com", "52.113.194.132"}, {"fonts.gstatic.com", "142.250.185.99"}, {"www.youtube.com", "142.250.186.46"},
            {"api.github.com", "140.82.121.6"}, {"update.googleapis.com", "142.250.185.67"}};
        String[] blocked = {"www.tiktok.com", "discord.com", "web.whatsapp.com", "mega.nz"};
        String[] debs = {"c/curl/curl_7.88.1-10+deb12u8_amd64.deb", "o/openssl/libssl3_3.0.15-1~deb12u1_amd64.deb", "p/python3.11/python3.11-minimal_3.11.2-6+deb12u4_amd64.deb",
            "t/tzdata/tzdata_2024b-0+deb12u1_all.deb", "g/git/git_2.39.5-0+deb12u1_amd64.deb", "l/linux-signed-amd64/linux-image-6.1.0-28-amd64_6.1.119-1_amd64.deb",
            "s/systemd/libsystemd0_252.31-1~deb12u1_amd64.deb", "p/postgresql-15/libpq5_15.10-0+deb12u1_amd64.deb"};
        List<Object[]> runnerEvents = new ArrayList<>();
        long[] runs = {LocalDateTime.of(2026, 12, 8, 8, 41, 7).toEpochSecond(ZoneOffset.UTC) * 1_000 + 223,
            LocalDateTime.of(2026, 12, 8, 8, 52, 33).toEpochSecond(ZoneOffset.UTC) * 1_000 + 870,
            LocalDateTime.of(2026, 12, 8, 8, 58, 10).toEpochSecond(ZoneOffset.UTC) * 1_000 + 105};
        for (long run : runs) {
            for (long off : new long[] {0, 512, 1_530, 3_541, 7_560, 15_583}) {
                runnerEvents.add(new Object[] {run + off + g.nextInt(40), "pypi.org"});
            }
            runnerEvents.add(new Object[] {run + 21_000 + g.nextInt(900), "objects.githubusercontent.com"});
        }
        List<String> pypi = new ArrayList<>();
        List<String> other = new ArrayList<>();
        String first = null;
        int ri = 0;
        while (true) {
            ms += g.between(0, 5_200);
            if (ms >= endMs) {
                break;
            }
            while (ri < runnerEvents.size() && (long) runnerEvents.get(ri)[0] <= ms) {
                String host = (String) runnerEvents.get(ri)[1];
                String line = squid((long) runnerEvents.get(ri)[0], 0, runner, "TCP_DENIED/403", 3_880 + host.length(), "CONNECT", host + ":443", "HIER_NONE/-",
                        "text/html");
                g.add(line);
                (host.equals("pypi.org") ? pypi : other).add(line);
                if (first == null) {
                    first = line;
                }
                ri++;
            }
            switch (g.weighted(34, 30, 15, 2, 2, 6)) {
                case 0 -> {
                    String[] h = g.pick(ci);
                    boolean big = h[0].startsWith("files.") || h[0].startsWith("production.") || h[0].startsWith("objects.") || h[0].startsWith("repo.");
                    g.add(squid(ms, g.between(80, big ? 90_000 : 12_000), "10.1.5." + g.between(21, 26), "TCP_TUNNEL/200",
                            big ? g.between(40_000, 48_000_000) : g.between(3_900, 260_000), "CONNECT", h[0] + ":443", "HIER_DIRECT/" + h[1], "-"));
                }
                case 1 -> {
                    String[] h = g.pick(desk);
                    g.add(squid(ms, g.between(60, 300_000), "10.1.4." + g.between(10, 140), "TCP_TUNNEL/200", g.between(2_100, 3_400_000), "CONNECT",
                            h[0] + ":443", "HIER_DIRECT/" + h[1], "-"));
                }
                case 2 -> {
                    String client = "10.1.6." + g.between(10, 60);
                    if (g.chance(0.25)) {
                        String url = g.pick("http://deb.debian.org/debian/dists/bookworm/InRelease", "http://deb.debian.org/debian/dists/bookworm-updates/InRelease",
                                "http://security.debian.org/debian-security/dists/bookworm-security/InRelease");
                        boolean miss = g.chance(0.4);
                        g.add(squid(ms, miss ? g.between(20, 140) : g.between(0, 3), client, miss ? "TCP_REFRESH_UNMODIFIED/200" : "TCP_MEM_HIT/200",
                                g.between(55_000, 152_000), "GET", url, miss ? "HIER_DIRECT/151.101.2.132" : "HIER_NONE/-", "text/plain"));
                    } else {
                        int c = g.weighted(5, 3, 2);
                        String code = c == 0 ? "TCP_MISS/200" : c == 1 ? "TCP_HIT/200" : "TCP_MEM_HIT/200";
                        g.add(squid(ms, c == 0 ? g.between(30, 4_000) : g.between(0, 40), client, code, g.between(60_000, 68_000_000), "GET",
                                "http://deb.debian.org/debian/pool/main/" + g.pick(debs), c == 0 ? "HIER_DIRECT/151.101.2.132" : "HIER_NONE/-",
                                "application/vnd.debian.binary-package"));
                    }
                }
                case 3 -> {
                    String host = g.pick(blocked);
                    g.add(squid(ms, 0, "10.1.4." + g.between(10, 140), "TCP_DENIED/403", 3_880 + host.length(), "CONNECT", host + ":443", "HIER_NONE/-", "text/html"));
                }
                case 4 -> g.add(squid(ms, g.between(2_000, 40_000), "10.1.6." + g.between(10, 60), "TCP_MISS_ABORTED/000", g.between(0, 9_000_000), "GET",
                        "http://deb.debian.org/debian/pool/main/" + g.pick(debs), "HIER_DIRECT/151.101.2.132", "-"));
                default -> g.add(squid(ms, g.between(20, 180), "10.1.4." + g.between(10, 140), "TCP_MISS/200", g.between(1_400, 2_300), "POST",
                        g.pick("http://ocsp.digicert.com/", "http://r11.o.lencr.org/", "http://ocsp.pki.goog/gts1c3"), "HIER_DIRECT/" + g.pick("192.229.211.108",
                        "23.36.76.33", "142.250.185.131"), "application/ocsp-response"));
            }
        }
        if (ri != runnerEvents.size() || pypi.size() != 18 || other.size() != 3) {
            throw new IllegalStateException("squid runner lines: " + ri);
        }
        return NeedleCase.named("fresh8_squid_access_log", "log", "squid-access")
                .shell("ssh proxy-1 'tail -n " + g.size() + " /var/log/squid/access.log'")
                .question("Our new CI runner 10.1.9.14 can't pip install anything through the proxy since it was set up this morning, while the other runners are"
                        + " fine. What does the proxy's access.log show for it?")
                .heldAside()
                .build(g.text(), List.of(Needle.anyOf(pypi), Needle.anyOf(other), Needle.exact(first)));
    }

    // ---------------------------------------------------------------- kubectl get deploy -A -o wide

    private static String kubeAge(Gen g) {
        return switch (g.weighted(5, 4, 3, 2, 1)) {
            case 0 -> g.between(100, 480) + "d";
            case 1 -> g.between(8, 99) + "d";
            case 2 -> g.between(2, 7) + "d" + g.between(0, 23) + "h";
            case 3 -> g.between(2, 47) + "h";
            default -> g.between(1, 9) + "h" + g.between(0, 59) + "m";
        };
    }

    /**
     * kubectl get deploy -A -o wide on a production EKS cluster: add-ons (Argo CD, cert-manager, external-secrets,
     * ingress-nginx, EBS CSI with its six containers, monitoring) and seven application namespaces with their
     * staging twins (some scaled to zero) and a preview environment; in production checkout-api is stuck in a
     * rollout to a release candidate (2/3 ready, one updated) and ledger-writer has no ready replica.
     */
    static NeedleCase kubectlDeployWide() {
        Gen g = new Gen(110_005);
        String ecr = "602401143452.dkr.ecr.eu-west-1.amazonaws.com/eks/";
        String[][] sys = {
            {"argocd", "argocd-applicationset-controller", "1", "applicationset-controller", "quay.io/argoproj/argocd:v2.13.1",
                "app.kubernetes.io/name=argocd-applicationset-controller"},
            {"argocd", "argocd-dex-server", "1", "dex", "ghcr.io/dexidp/dex:v2.41.1", "app.kubernetes.io/name=argocd-dex-server"},
            {"argocd", "argocd-notifications-controller", "1", "argocd-notifications-controller", "quay.io/argoproj/argocd:v2.13.1",
                "app.kubernetes.io/name=argocd-notifications-controller"},
            {"argocd", "argocd-redis", "1", "redis", "redis:7.0.15-alpine", "app.kubernetes.io/name=argocd-redis"},
            {"argocd", "argocd-repo-server", "2", "argocd-repo-server", "quay.io/argoproj/argocd:v2.13.1", "app.kubernetes.io/name=argocd-repo-server"},
            {"argocd", "argocd-server", "2", "argocd-server", "quay.io/argoproj/argocd:v2.13.1", "app.kubernetes.io/name=argocd-server"},
            {"cert-manager", "cert-manager", "1", "cert-manager-controller", "quay.io/jetstack/cert-manager-controller:v1.16.2",
                "app.kubernetes.io/component=controller,app.kubernetes.io/instance=cert-manager,app.kubernetes.io/name=cert-manager"},
            {"cert-manager", "cert-manager-cainjector", "1", "cert-manager-cainjector", "quay.io/jetstack/cert-manager-cainjector:v1.16.2",
                "app.kubernetes.io/component=cainjector,app.kubernetes.io/instance=cert-manager,app.kubernetes.io/name=cainjector"},
            {"cert-manager", "cert-manager-webhook", "1", "cert-manager-webhook", "quay.io/jetstack/cert-manager-webhook:v1.16.2",
                "app.kubernetes.io/component=webhook,app.kubernetes.io/instance=cert-manager,app.kubernetes.io/name=webhook"},
            {"external-secrets", "external-secrets", "1", "external-secrets", "ghcr.io/external-secrets/external-secrets:v0.10.7",
                "app.kubernetes.io/instance=external-secrets,app.kubernetes.io/name=external-secrets"},
            {"external-secrets", "external-secrets-cert-controller", "1", "cert-controller", "ghcr.io/external-secrets/external-secrets:v0.10.7",
                "app.kubernetes.io/instance=external-secrets,app.kubernetes.io/name=external-secrets-cert-controller"},
            {"external-secrets", "external-secrets-webhook", "1", "webhook", "ghcr.io/external-secrets/external-secrets:v0.10.7",
                "app.kubernetes.io/instance=external-secrets,app.kubernetes.io/name=external-secrets-webhook"},
            {"ingress-nginx", "ingress-nginx-controller", "3", "controller",
                "registry.k8s.io/ingress-nginx/controller:v1.11.3@sha256:d56f135b6462cfc476447cfe564b83a45e8bb7da2774963b00d12161112270b7",
                "app.kubernetes.io/component=controller,app.kubernetes.io/instance=ingress-nginx,app.kubernetes.io/name=ingress-nginx"},
            {"kube-system", "aws-load-balancer-controller", "2", "aws-load-balancer-controller", "public.ecr.aws/eks/aws-load-balancer-controller:v2.9.2",
                "app.kubernetes.io/instance=aws-load-balancer-controller,app.kubernetes.io/name=aws-load-balancer-controller"},
            {"kube-system", "cluster-autoscaler", "1", "cluster-autoscaler", "registry.k8s.io/autoscaling/cluster-autoscaler:v1.31.0",
                "app.kubernetes.io/instance=cluster-autoscaler,app.kubernetes.io/name=aws-cluster-autoscaler"},
            {"kube-system", "coredns", "2", "coredns", ecr + "coredns:v1.11.3-eksbuild.2", "eks.amazonaws.com/component=coredns,k8s-app=kube-dns"},
            {"kube-system", "ebs-csi-controller", "2", "ebs-plugin,csi-provisioner,csi-attacher,csi-snapshotter,csi-resizer,liveness-probe",
                ecr + "aws-ebs-csi-driver:v1.37.0," + ecr + "csi-provisioner:v5.1.0-eks-1-31-7," + ecr + "csi-attacher:v4.7.0-eks-1-31-7," + ecr
                        + "csi-snapshotter:v8.1.0-eks-1-31-7," + ecr + "csi-resizer:v1.12.0-eks-1-31-7," + ecr + "livenessprobe:v2.14.0-eks-1-31-7",
                "app=ebs-csi-controller,app.kubernetes.io/name=aws-ebs-csi-driver"},
            {"kube-system", "metrics-server", "2", "metrics-server", "registry.k8s.io/metrics-server/metrics-server:v0.7.2",
                "app.kubernetes.io/instance=metrics-server,app.kubernetes.io/name=metrics-server"},
            {"monitoring", "kube-prometheus-stack-grafana", "1", "grafana-sc-dashboard,grafana-sc-datasources,grafana",
                "quay.io/kiwigrid/k8s-sidecar:1.28.0,quay.io/kiwigrid/k8s-sidecar:1.28.0,docker.io/grafana/grafana:11.3.1",
                "app.kubernetes.io/instance=kube-prometheus-stack,app.kubernetes.io/name=grafana"},
            {"monitoring", "kube-prometheus-stack-kube-state-metrics", "1", "kube-state-metrics", "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.14.0",
                "app.kubernetes.io/instance=kube-prometheus-stack,app.kubernetes.io/name=kube-state-metrics"},
            {"monitoring", "kube-prometheus-stack-operator", "1", "kube-prometheus-stack", "quay.io/prometheus-operator/prometheus-operator:v0.78.2",
                "app=kube-prometheus-stack-operator,release=kube-prometheus-stack"},
            {"monitoring", "loki-gateway", "1", "nginx", "docker.io/nginxinc/nginx-unprivileged:1.27-alpine",
                "app.kubernetes.io/component=gateway,app.kubernetes.io/instance=loki,app.kubernetes.io/name=loki"},
            {"monitoring", "prometheus-adapter", "2", "prometheus-adapter", "registry.k8s.io/prometheus-adapter/prometheus-adapter:v0.12.0",
                "app.kubernetes.io/instance=prometheus-adapter,app.kubernetes.io/name=prometheus-adapter"}};
        List<String[]> rows = new ArrayList<>();
        for (String[] s : sys) {
            rows.add(new String[] {s[0], s[1], s[2] + "/" + s[2], s[2], s[2], kubeAge(g), s[3], s[4], s[5]});
        }
        String[][] appNs = {
            {"shop", "storefront-web,cart-api,checkout-api,pricing-api,promotions-api,recommendations,image-resizer,wishlist-api,reviews-api,sitemap-generator"},
            {"payments", "payments-api,payments-webhooks,ledger-writer,refunds-worker,fraud-scorer,payouts-scheduler,psp-adapter-adyen,psp-adapter-stripe"},
            {"orders", "orders-api,orders-outbox-relay,fulfilment-worker,invoices-api,returns-api,shipping-rates"},
            {"catalog", "catalog-api,search-indexer,search-api,media-api,taxonomy-api,feed-exporter"},
            {"identity", "accounts-api,consent-api,keycloak,mfa-sms-sender"},
            {"notifications", "mailer-worker,push-sender,sms-sender,templates-api"},
            {"analytics", "events-collector,clickhouse-writer,reports-api,dashboards-api"}};
        String proxy = "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1";
        for (String env : new String[] {"", "-staging"}) {
            for (String[] a : appNs) {
                String ns = a[0] + env;
                for (String svc : a[1].split(",")) {
                    boolean sql = (a[0].equals("payments") || a[0].equals("orders") || a[0].equals("identity")) && (svc.hashCode() & 1) == 0
                            || svc.equals("ledger-writer");
                    String version = fmt("v%d.%d.%d", g.between(1, 4), g.between(0, 30), g.between(0, 9));
                    String image = svc.equals("keycloak") ? "quay.io/keycloak/keycloak:26.0.7" : "registry.acme.io/" + a[0] + "/" + svc + ":" + version;
                    int replicas = env.isEmpty() ? g.between(2, 6) : g.chance(0.2) ? 0 : 1;
                    String ready = replicas + "/" + replicas;
                    String updated = Integer.toString(replicas);
                    String available = updated;
                    String age = kubeAge(g);
                    if (svc.equals("checkout-api")) {
                        image = "registry.acme.io/shop/checkout-api:" + (env.isEmpty() ? "v2.14.0-rc.3" : "v2.14.0-rc.5");
                        if (env.isEmpty()) {
                            ready = "2/3";
                            updated = "1";
                            available = "2";
                            age = "212d";
                        }
                    }
                    if (svc.equals("ledger-writer")) {
                        image = "registry.acme.io/payments/ledger-writer:" + (env.isEmpty() ? "v1.8.2" : "v1.9.0");
                        if (env.isEmpty()) {
                            ready = "0/2";
                            updated = "2";
                            available = "0";
                            age = "34d";
                        }
                    }
                    rows.add(new String[] {ns, svc, ready, updated, available, age, svc + (sql ? ",cloud-sql-proxy" : ""), image + (sql ? "," + proxy : ""),
                        "app.kubernetes.io/instance=" + ns + ",app.kubernetes.io/name=" + svc});
                }
            }
        }
        String sha = g.hex(7);
        for (String svc : new String[] {"cart-api", "checkout-api", "storefront-web"}) {
            rows.add(new String[] {"preview-pr-4182", svc, "1/1", "1", "1", g.between(2, 9) + "h" + g.between(0, 59) + "m", svc,
                "registry.acme.io/shop/" + svc + ":pr-4182-" + sha, "app.kubernetes.io/instance=preview-pr-4182,app.kubernetes.io/name=" + svc});
        }
        rows.sort(Comparator.comparing((String[] r) -> r[0]).thenComparing(r -> r[1]));
        rows.add(0, new String[] {"NAMESPACE", "NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"});
        for (String line : Columns.render(rows, 3)) {
            g.add(line);
        }
        String text = g.text();
        String checkout = only(text, "registry.acme.io/shop/checkout-api:v2.14.0-rc.3");
        String ledger = only(text, "registry.acme.io/payments/ledger-writer:v1.8.2");
        return NeedleCase.named("fresh8_kubectl_deploy_wide", "table", "kubectl-get-deploy-wide")
                .shell("kubectl get deploy -A -o wide")
                .question("Which deployments in the prod cluster aren't fully available right now? Ignore the ones that are scaled to zero on purpose.")
                .heldAside()
                .build(text, List.of(Needle.exact(checkout), Needle.exact(ledger), Needle.contains("registry.acme.io/shop/checkout-api:v2.14.0-rc.3")));
    }

    // ---------------------------------------------------------------- netstat -s

    /** netstat -s (net-tools 2.10) of one Linux host up {@code days} days; TcpExt counters that are zero are not printed. */
    private static void netstat(Gen g, double days, long overflows, long drops, long cookies) {
        double k = days * (0.8 + g.nextDouble() * 0.4);
        long in = (long) (k * 61_000_000);
        long out = (long) (in * (0.78 + g.nextDouble() * 0.1));
        g.add("Ip:");
        g.add("    Forwarding: 2");
        g.add("    " + in + " total packets received");
        g.add("    0 forwarded");
        g.add("    0 incoming packets discarded");
        g.add("    " + (in - g.between(0, 40)) + " incoming packets delivered");
        g.add("    " + out + " requests sent out");
        g.add("    " + g.between(10, 90) + " outgoing packets dropped");
        g.add("    " + g.between(0, 30) + " dropped because of missing route");
        long icmpIn = (long) (k * 2_100);
        long unreach = icmpIn - (long) (k * 140);
        g.add("Icmp:");
        g.add("    " + icmpIn + " ICMP messages received");
        g.add("    " + g.between(0, 40) + " input ICMP message failed");
        g.add("    ICMP input histogram:");
        g.add("        destination unreachable: " + unreach);
        g.add("        echo requests: " + (icmpIn - unreach));
        long unreachOut = unreach + g.between(0, 400);
        g.add("    " + (unreachOut + icmpIn - unreach) + " ICMP messages sent");
        g.add("    0 ICMP messages failed");
        g.add("    ICMP output histogram:");
        g.add("        destination unreachable: " + unreachOut);
        g.add("        echo replies: " + (icmpIn - unreach));
        g.add("IcmpMsg:");
        g.add("        InType3: " + unreach);
        g.add("        InType8: " + (icmpIn - unreach));
        g.add("        OutType0: " + (icmpIn - unreach));
        g.add("        OutType3: " + unreachOut);
        long passive = (long) (k * 3_100_000);
        g.add("Tcp:");
        g.add("    " + (long) (k * 520_000) + " active connection openings");
        g.add("    " + passive + " passive connection openings");
        g.add("    " + (long) (k * (1_200 + g.nextInt(400))) + " failed connection attempts");
        g.add("    " + (long) (k * (9_000 + g.nextInt(3_000))) + " connection resets received");
        g.add("    " + g.between(380, 1_400) + " connections established");
        g.add("    " + (long) (in * 0.97) + " segments received");
        g.add("    " + (long) (out * 1.02) + " segments sent out");
        g.add("    " + (long) (k * (18_000 + g.nextInt(9_000))) + " segments retransmitted");
        g.add("    " + g.between(0, 12) + " bad segments received");
        g.add("    " + (long) (k * (14_000 + g.nextInt(5_000))) + " resets sent");
        g.add("Udp:");
        long udp = (long) (k * 1_300_000);
        g.add("    " + udp + " packets received");
        g.add("    " + g.between(40, 400) + " packets to unknown port received");
        g.add("    0 packet receive errors");
        g.add("    " + (udp + g.between(0, 9_000)) + " packets sent");
        g.add("    0 receive buffer errors");
        g.add("    0 send buffer errors");
        g.add("    IgnoredMulti: " + (long) (k * 3_100));
        g.add("UdpLite:");
        g.add("TcpExt:");
        if (cookies > 0) {
            g.add("    " + cookies + " SYN cookies sent");
            g.add("    " + (cookies - g.between(200, 900)) + " SYN cookies received");
            g.add("    " + g.between(100, 400) + " invalid SYN cookies received");
        }
        g.add("    " + (long) (k * (900 + g.nextInt(300))) + " resets received for embryonic SYN_RECV sockets");
        g.add("    " + (long) (passive * 0.93) + " TCP sockets finished time wait in fast timer");
        g.add("    " + g.between(3, 60) + " packets rejected in established connections because of timestamp");
        g.add("    " + (long) (k * 2_300_000) + " delayed acks sent");
        g.add("    " + (long) (k * (1_800 + g.nextInt(600))) + " delayed acks further delayed because of locked socket");
        g.add("    Quick ack mode was activated " + (long) (k * 21_000) + " times");
        if (overflows > 0) {
            g.add("    " + overflows + " times the listen queue of a socket overflowed");
            g.add("    " + drops + " SYNs to LISTEN sockets dropped");
        }
        g.add("    " + (long) (in * 0.26) + " packet headers predicted");
        g.add("    " + (long) (in * 0.11) + " acknowledgments not containing data payload received");
        g.add("    " + (long) (in * 0.38) + " predicted acknowledgments");
        g.add("    TCPSackRecovery: " + (long) (k * 1_250));
        g.add("    Detected reordering " + g.between(4, 40) + " times using SACK");
        g.add("    " + g.between(20, 300) + " congestion windows fully recovered without slow start");
        g.add("    " + (long) (k * 1_100) + " congestion windows recovered without slow start after partial ack");
        g.add("    TCPLostRetransmit: " + (long) (k * 310));
        g.add("    " + g.between(3, 40) + " timeouts after SACK recovery");
        g.add("    " + g.between(20, 200) + " timeouts in loss state");
        g.add("    " + (long) (k * 1_900) + " fast retransmits");
        g.add("    " + g.between(5, 60) + " retransmits in slow start");
        g.add("    TCPTimeouts: " + (long) (k * 4_100));
        g.add("    TCPLossProbes: " + (long) (k * 12_400));
        g.add("    TCPLossProbeRecovery: " + (long) (k * 100));
        g.add("    TCPBacklogCoalesce: " + (long) (k * 121_000));
        g.add("    TCPDSACKOldSent: " + (long) (k * 20_500));
        g.add("    TCPDSACKRecv: " + (long) (k * 1_240));
        g.add("    " + (long) (k * 3_200) + " connections reset due to unexpected data");
        g.add("    " + (long) (k * 8_300) + " connections reset due to early user close");
        g.add("    " + (long) (k * 120) + " connections aborted due to timeout");
        g.add("    TCPDSACKIgnoredNoUndo: " + (long) (k * 930));
        g.add("    TCPSpuriousRTOs: " + g.between(1, 12));
        g.add("    TCPSackShifted: " + (long) (k * 125));
        g.add("    TCPSackMerged: " + (long) (k * 1_210));
        g.add("    TCPSackShiftFallback: " + (long) (k * 2_050));
        if (cookies > 0) {
            g.add("    TCPReqQFullDoCookies: " + cookies);
        }
        g.add("    TCPRcvCoalesce: " + (long) (k * 2_030_000));
        g.add("    TCPOFOQueue: " + (long) (k * 12_100));
        g.add("    TCPChallengeACK: " + g.between(1, 20));
        g.add("    TCPSYNChallenge: " + g.between(1, 20));
        g.add("    TCPSpuriousRtxHostQueues: " + g.between(5, 40));
        g.add("    TCPAutoCorking: " + (long) (k * 121_000));
        g.add("    TCPFromZeroWindowAdv: " + g.between(5, 60));
        g.add("    TCPToZeroWindowAdv: " + g.between(5, 60));
        g.add("    TCPWantZeroWindowAdv: " + g.between(60, 400));
        g.add("    TCPSynRetrans: " + (long) (k * 1_210));
        g.add("    TCPOrigDataSent: " + (long) (out * 0.74));
        g.add("    TCPHystartTrainDetect: " + g.between(60, 300));
        g.add("    TCPHystartTrainCwnd: " + g.between(1_500, 6_000));
        g.add("    TCPKeepAlive: " + (long) (k * 12_000));
        g.add("    TCPDelivered: " + (long) (out * 0.75));
        g.add("    TCPAckCompressed: " + (long) (k * 1_200));
        g.add("    TCPTimeoutRehash: " + (long) (k * 4_100));
        g.add("    TCPDSACKRecvSegs: " + (long) (k * 1_250));
        g.add("IpExt:");
        g.add("    InMcastPkts: " + (long) (k * 4_000));
        g.add("    OutMcastPkts: " + g.between(20, 90));
        g.add("    InBcastPkts: " + (long) (k * 3_100));
        g.add("    InOctets: " + in * g.between(900, 1_300));
        g.add("    OutOctets: " + out * g.between(1_100, 1_700));
        g.add("    InMcastOctets: " + (long) (k * 4_000) * 96);
        g.add("    OutMcastOctets: " + g.between(2_000, 9_000));
        g.add("    InBcastOctets: " + (long) (k * 3_100) * 78);
        g.add("    InNoECTPkts: " + (in + g.between(0, 5_000)));
        g.add("    InECT0Pkts: " + g.between(0, 400));
        g.add("MPTcpExt:");
    }

    /**
     * netstat -s of the eight API hosts web-1..web-8 behind one load balancer, one after another under a "== host =="
     * header: the same hundred-odd counters eight times with different values; web-5 alone shows tens of thousands
     * of listen queue overflows and dropped SYNs (and SYN cookies), the others none.
     */
    static NeedleCase netstatStats() {
        Gen g = new Gen(110_006);
        String host = "== web-5 ==";
        for (int h = 1; h <= 8; h++) {
            g.add("== web-" + h + " ==");
            double days = h == 7 ? 2.4 : 38 + g.nextDouble() * 4;
            if (h == 5) {
                netstat(g, days, 48_213, 48_297, 31_877);
            } else {
                netstat(g, days, 0, 0, 0);
            }
        }
        String text = g.text();
        requireCount(text, "times the listen queue of a socket overflowed", 1);
        return NeedleCase.named("fresh8_netstat_s", "listing", "netstat-s")
                .shell("for h in web-{1..8}; do echo \"== $h ==\"; ssh $h netstat -s; done")
                .question("Clients intermittently get connection timeouts from the API behind web-1..web-8. I collected netstat -s from each host. Is one host"
                        + " dropping connections, and how?")
                .heldAside()
                .build(text, List.of(Needle.exact(host), Needle.contains("48213 times the listen queue of a socket overflowed"),
                        Needle.contains("48297 SYNs to LISTEN sockets dropped")));
    }

    // ---------------------------------------------------------------- nodetool status

    /**
     * nodetool status orders of a Cassandra 4.1 cluster with three datacenters of 64 nodes each (16 vnodes, RF 3 per
     * DC): one node down in dc-us-east, one leaving (a decommission) in dc-eu-west and one joining in dc-ap-south;
     * the column widths are shared by the three tables, as nodetool's TableBuilder does.
     */
    static NeedleCase nodetoolStatus() {
        Gen g = new Gen(110_007);
        String[][] dcs = {{"dc-ap-south", "10.44"}, {"dc-eu-west", "10.40"}, {"dc-us-east", "10.42"}};
        List<List<String[]>> tables = new ArrayList<>();
        String down = null;
        String leaving = null;
        String joining = null;
        String[] header = {"--", "Address", "Load", "Tokens", "Owns (effective)", "Host ID", "Rack"};
        TreeSet<String> addresses = new TreeSet<>(List.of("10.42.7.118", "10.40.3.77", "10.44.9.201"));
        for (String[] dc : dcs) {
            List<String[]> rows = new ArrayList<>();
            rows.add(header);
            for (int i = 0; i < 64; i++) {
                String address = dc[1] + "." + g.between(1, 9) + "." + g.between(10, 250);
                while (!addresses.add(address)) {
                    address = dc[1] + "." + g.between(1, 9) + "." + g.between(10, 250);
                }
                String state = "UN";
                double tib = 0.95 + g.nextDouble() * 0.5;
                String load = tib < 1 ? fmt("%.2f GiB", tib * 1024) : fmt("%.2f TiB", tib);
                String owns = fmt("%.1f%%", 4.1 + g.nextDouble() * 1.2);
                String rack = "rack" + (i % 3 + 1);
                if (dc[0].equals("dc-us-east") && i == 41) {
                    state = "DN";
                    address = "10.42.7.118";
                    load = "1.38 TiB";
                } else if (dc[0].equals("dc-eu-west") && i == 17) {
                    state = "UL";
                    address = "10.40.3.77";
                } else if (dc[0].equals("dc-ap-south") && i == 63) {
                    state = "UJ";
                    address = "10.44.9.201";
                    load = "212.47 GiB";
                    owns = "?";
                }
                rows.add(new String[] {state, address, load, "16", owns, uuid(g), rack});
            }
            tables.add(rows);
        }
        int[] width = new int[header.length];
        for (List<String[]> rows : tables) {
            for (String[] r : rows) {
                for (int c = 0; c < r.length; c++) {
                    width[c] = Math.max(width[c], r[c].length());
                }
            }
        }
        for (int d = 0; d < dcs.length; d++) {
            if (d > 0) {
                g.add("");
            }
            String title = "Datacenter: " + dcs[d][0];
            g.add(title);
            g.add("=".repeat(title.length()));
            g.add("Status=Up/Down");
            g.add("|/ State=Normal/Leaving/Joining/Moving");
            for (String[] r : tables.get(d)) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < r.length; c++) {
                    sb.append(String.format(Locale.ROOT, "%-" + width[c] + "s", r[c]));
                    if (c < r.length - 1) {
                        sb.append("  ");
                    }
                }
                String line = sb.toString();
                g.add(line);
                switch (r[0]) {
                    case "DN" -> down = line;
                    case "UL" -> leaving = line;
                    case "UJ" -> joining = line;
                    default -> { }
                }
            }
        }
        g.add("");
        return NeedleCase.named("fresh8_nodetool_status", "table", "nodetool-status")
                .shell("ssh cass-eu-01 nodetool status orders")
                .question("Monitoring says a node of the orders Cassandra cluster is down. Which one is it (address, datacenter, rack, host ID), and is any other"
                        + " node not Up/Normal?")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(down), Needle.exact(leaving), Needle.exact(joining)));
    }

    // ---------------------------------------------------------------- gh issue list (piped)

    /**
     * gh issue list -R acme/atlas --state all --limit 600 piped into a file: tab-separated number, state, title,
     * labels and update time (RFC 3339), no header, newest first; one open issue about the CSV export timing out on
     * big workspaces and an older closed one about the same; two open issues labelled p0 (and a few closed ones).
     */
    static NeedleCase ghIssueList() {
        Gen g = new Gen(110_008);
        DateTimeFormatter rfc = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
        LocalDateTime now = LocalDateTime.of(2026, 12, 8, 9, 12, 40);
        String[] areas = {"Dashboard", "Billing", "API tokens", "SSO", "Webhooks", "Search", "PDF export", "Notifications", "Audit log", "Mobile app",
            "Onboarding", "Slack integration", "Jira sync", "CLI", "Python SDK", "Node SDK", "Permissions", "Rate limiting", "Bulk edit", "Import wizard",
            "Workspace settings", "Comments", "Attachments", "Calendar view", "Timeline", "Custom fields", "Automations", "Email digest", "Keyboard shortcuts"};
        String[] problems = {"page goes blank after saving", "spinner never stops on slow connections", "wrong timezone in timestamps",
            "crashes when the name contains an emoji", "ignores the workspace locale", "500 error when the list is empty", "duplicate entries after refresh",
            "slow to load with more than 200 projects", "layout broken on narrow screens", "missing German translations", "error message is not helpful",
            "setting is not persisted after reload", "pagination skips items", "sorting by date is wrong", "typo in the confirmation dialog",
            "double submit creates two records", "tooltip covers the save button", "returns 403 for workspace admins", "does not update until reload"};
        String[] features = {"Add filtering by assignee to %s", "Allow bulk actions in %s", "Support keyboard navigation in %s", "Add a dark theme to %s",
            "Make %s available on the free plan", "Expose %s in the public API", "Add an audit trail for %s", "Let admins disable %s per workspace"};
        String[] docs = {"Document the rate limits per plan", "SDK examples use deprecated endpoints", "Explain SCIM provisioning for Okta",
            "Webhook signature verification example is wrong", "Add a migration guide for API v3", "Clarify data retention for deleted workspaces"};
        List<Integer> numbers = new ArrayList<>();
        for (int n = 4_312; numbers.size() < 600; n -= g.between(1, 3)) {
            numbers.add(n);
        }
        int[] special = {4_298, 4_251, 4_187, 4_019, 3_702, 3_544, 3_391};
        for (int sp : special) {
            if (!numbers.contains(sp)) {
                int best = 0;
                for (int i = 1; i < numbers.size(); i++) {
                    if (Math.abs(numbers.get(i) - sp) < Math.abs(numbers.get(best) - sp)) {
                        best = i;
                    }
                }
                numbers.set(best, sp);
            }
        }
        String csv = null;
        String csvOld = null;
        List<String> p0 = new ArrayList<>();
        for (int n : numbers) {
            LocalDateTime created = now.minusMinutes((long) ((4_312 - n) * 0.55 * 24 * 60) + g.between(0, 600));
            LocalDateTime updated = created.plusMinutes((long) (g.nextDouble() * java.time.Duration.between(created, now).toMinutes()));
            String title;
            String labels;
            String state;
            switch (n) {
                case 4_298 -> {
                    title = "Login loop after the SSO session expires (Okta)";
                    labels = "bug, area/sso, p0";
                    state = "OPEN";
                }
                case 4_251 -> {
                    title = "Webhook deliveries stuck in pending since the 5th";
                    labels = "bug, area/webhooks, p0";
                    state = "OPEN";
                }
                case 4_187 -> {
                    title = "CSV export times out for workspaces with more than 50k rows";
                    labels = "bug, area/export, p1";
                    state = "OPEN";
                }
                case 3_544 -> {
                    title = "Export to CSV times out on large workspaces";
                    labels = "bug, area/export, p2";
                    state = "CLOSED";
                }
                case 4_019 -> {
                    title = "Billing page double-charges when the card is updated during renewal";
                    labels = "bug, area/billing, p0";
                    state = "CLOSED";
                }
                case 3_702 -> {
                    title = "API returns other workspaces' projects with a stale token";
                    labels = "bug, security, area/api, p0";
                    state = "CLOSED";
                }
                case 3_391 -> {
                    title = "Outage: EU region returns 502 for all requests";
                    labels = "bug, incident, p0";
                    state = "CLOSED";
                }
                default -> {
                    int kind = g.weighted(50, 30, 8, 4, 8);
                    String area = g.pick(areas);
                    List<String> ls = new ArrayList<>();
                    switch (kind) {
                        case 0 -> {
                            title = area + ": " + g.pick(problems);
                            ls.add("bug");
                        }
                        case 1 -> {
                            title = fmt(g.pick(features), area);
                            ls.add("enhancement");
                        }
                        case 2 -> {
                            title = "[Docs] " + g.pick(docs);
                            ls.add("documentation");
                        }
                        case 3 -> {
                            title = "How do I " + g.pick("rotate API tokens", "export the audit log", "move a project between workspaces", "set up SCIM",
                                    "restrict guests to one project") + "?";
                            ls.add("question");
                        }
                        default -> {
                            title = g.pick("Bump ", "Upgrade ", "Remove unused ") + g.pick("react-query", "eslint config", "Node 20 images", "Go 1.23 toolchain",
                                    "Postgres driver", "OpenTelemetry SDK");
                            ls.add("chore");
                        }
                    }
                    if (kind <= 1 && g.chance(0.6)) {
                        ls.add("area/" + area.toLowerCase(Locale.ROOT).replace(' ', '-'));
                    }
                    if (kind == 0 && g.chance(0.7)) {
                        ls.add(g.pick("p1", "p2", "p2", "p3", "p3"));
                    }
                    if (g.chance(0.05)) {
                        ls.add("good first issue");
                    }
                    double open = n >= 4_200 ? 0.7 : n >= 3_800 ? 0.3 : 0.1;
                    state = g.chance(open) ? "OPEN" : "CLOSED";
                    if (state.equals("OPEN") && n >= 4_280 && g.chance(0.5)) {
                        ls.add("needs-triage");
                    }
                    if (state.equals("CLOSED") && g.chance(0.06)) {
                        ls.add(g.pick("duplicate", "wontfix"));
                    }
                    labels = String.join(", ", ls);
                }
            }
            if (n == 4_298 || n == 4_251 || n == 4_187) {
                updated = now.minusMinutes(g.between(20, 2_000));
            }
            String line = n + "\t" + state + "\t" + title + "\t" + labels + "\t" + rfc.format(updated);
            g.add(line);
            if (n == 4_187) {
                csv = line;
            } else if (n == 3_544) {
                csvOld = line;
            } else if (state.equals("OPEN") && labels.contains("p0")) {
                p0.add(line);
            }
        }
        String text = g.text();
        requireCount(text, "CSV export", 1);
        if (p0.size() != 2 || csv == null || csvOld == null) {
            throw new IllegalStateException("gh issues: " + p0.size() + " open p0");
        }
        return NeedleCase.named("fresh8_gh_issue_list", "csv", "gh-issue-list-tsv")
                .shell("gh issue list -R acme/atlas --state all --limit 600 | cat")
                .question("Before I file a bug: is there already an issue in acme/atlas about the CSV export timing out for big workspaces? And which open issues are"
                        + " labelled p0 right now?")
                .heldAside()
                .build(text, List.of(Needle.exact(csv), Needle.exact(csvOld), Needle.exact(p0.get(0)), Needle.exact(p0.get(1))));
    }

    // ---------------------------------------------------------------- az vm list -d -o table

    /**
     * az vm list -d -o table over a subscription with some 330 VMs (knack's table: tabulate "simple", columns at least
     * two wider than their header, rows right-trimmed): production, staging and dev groups in West and North Europe,
     * dev and build VMs deallocated; one production SQL reporting VM is "VM stopped" (shut down from inside, still
     * billed), the question also asks for a bastion's public IP and whether an old FTP VM still exists.
     */
    static NeedleCase azVmListTable() {
        Gen g = new Gen(110_009);
        String[][] groups = {{"RG-BUILD-WEU", "westeurope", "build-agent"}, {"RG-CITRIX-NEU", "northeurope", "vda"}, {"RG-DATA-WEU", "westeurope", "data"},
            {"RG-DEV-WEU", "westeurope", "dev"}, {"RG-PROD-NEU", "northeurope", "prod"}, {"RG-PROD-WEU", "westeurope", "prod"},
            {"RG-SHARED-NEU", "northeurope", "shared"}, {"RG-SHARED-WEU", "westeurope", "shared"}, {"RG-STAGING-WEU", "westeurope", "staging"}};
        List<String[]> rows = new ArrayList<>();
        for (String[] rg : groups) {
            String region = rg[1].equals("westeurope") ? "weu" : "neu";
            List<String> names = new ArrayList<>();
            switch (rg[2]) {
                case "build-agent" -> {
                    for (int i = 1; i <= 40; i++) {
                        names.add(fmt("build-agent-%s-%02d", region, i));
                    }
                }
                case "vda" -> {
                    for (int i = 1; i <= 36; i++) {
                        names.add(fmt("ctx-vda-%s-%03d", region, i));
                    }
                }
                case "data" -> {
                    for (String r : new String[] {"kafka", "zk", "es-data", "es-master", "spark-worker"}) {
                        for (int i = 1; i <= (r.equals("spark-worker") ? 12 : r.startsWith("es-data") ? 9 : 3); i++) {
                            names.add(fmt("%s-%s-%02d", r, region, i));
                        }
                    }
                }
                case "shared" -> {
                    names.addAll(List.of("bastion-" + region + "-01", "dc-" + region + "-01", "dc-" + region + "-02", "vpn-" + region + "-01", "monitoring-" + region + "-01",
                            "jump-" + region + "-01"));
                    if (region.equals("weu")) {
                        names.addAll(List.of("ftp-legacy-01", "license-server-01", "wsus-01"));
                    }
                }
                default -> {
                    String[] roles = {"app", "api", "worker", "sql", "redis", "web"};
                    int per = rg[2].equals("prod") ? 8 : rg[2].equals("staging") ? 4 : 5;
                    for (String r : roles) {
                        for (int i = 1; i <= (r.equals("sql") ? 2 : per); i++) {
                            names.add(fmt("%s-%s-%s-%02d", r, rg[2], region, i));
                        }
                    }
                    if (rg[0].equals("RG-PROD-WEU")) {
                        names.addAll(List.of("sql-reporting-weu-01", "sql-reporting-weu-02"));
                    }
                }
            }
            names.sort(String.CASE_INSENSITIVE_ORDER);
            for (String n : names) {
                String power = "VM running";
                if (rg[2].equals("dev") && g.chance(0.45) || rg[2].equals("build-agent") && g.chance(0.6) || rg[2].equals("vda") && g.chance(0.3)) {
                    power = "VM deallocated";
                }
                String ip = "";
                String fqdn = "";
                if (n.startsWith("bastion-") || n.startsWith("vpn-") || n.equals("ftp-legacy-01") || n.startsWith("jump-")) {
                    ip = g.pick("20", "40", "51", "52", "98") + "." + g.between(10, 250) + "." + g.between(0, 255) + "." + g.between(1, 254);
                    if (n.startsWith("vpn-")) {
                        fqdn = n + "." + rg[1] + ".cloudapp.azure.com";
                    }
                }
                if (n.equals("ftp-legacy-01")) {
                    power = "VM deallocated";
                }
                if (n.equals("sql-reporting-weu-02")) {
                    power = "VM stopped";
                }
                String zone = rg[2].equals("prod") || rg[2].equals("data") ? Integer.toString(1 + names.indexOf(n) % 3) : "";
                rows.add(new String[] {n, rg[0], power, ip, fqdn, rg[1], zone});
            }
        }
        String[] header = {"Name", "ResourceGroup", "PowerState", "PublicIps", "Fqdns", "Location", "Zones"};
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length() + 2;
            for (String[] r : rows) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        List<String[]> all = new ArrayList<>();
        all.add(header);
        String[] dashes = new String[header.length];
        for (int c = 0; c < header.length; c++) {
            dashes[c] = "-".repeat(width[c]);
        }
        all.add(dashes);
        all.addAll(rows);
        for (String[] r : all) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                sb.append(String.format(Locale.ROOT, "%-" + width[c] + "s", r[c]));
                if (c < r.length - 1) {
                    sb.append("  ");
                }
            }
            g.add(sb.toString().stripTrailing());
        }
        String text = g.text();
        String stopped = only(text, "VM stopped");
        String bastion = only(text, "bastion-neu-01");
        String ftp = only(text, "ftp-legacy-01");
        return NeedleCase.named("fresh8_az_vm_list_table", "table", "az-vm-list-table")
                .shell("az vm list -d -o table")
                .question("Someone shut down a VM from inside the OS and we're still paying for it. Which VM is stopped but not deallocated? Also, what's the public"
                        + " IP of bastion-neu-01, and is the old ftp-legacy-01 VM still around?")
                .heldAside()
                .build(text, List.of(Needle.exact(stopped), Needle.exact(bastion), Needle.exact(ftp)));
    }

    // ---------------------------------------------------------------- ast-grep scan

    private static final String[] SG_RULES = {"no-console-log", "no-sql-string-interpolation", "prefer-nullish-coalescing", "react-no-index-key",
        "todo-without-ticket"};

    /** One diagnostic as ast-grep scan prints it (codespan-reporting, rich style, no colour). */
    private static void sgDiag(Gen g, String rule, int line, String source, String label, String path) {
        int col = source.indexOf(label) + 1;
        if (col == 0) {
            throw new IllegalStateException("label not in source: " + label);
        }
        String[] r = switch (rule) {
            case "no-console-log" -> new String[] {"warning", "Unexpected console.log; use the logger from @acme/log",
                "console output is dropped in production builds; use log.debug() or log.info() instead"};
            case "no-sql-string-interpolation" -> new String[] {"error", "SQL built by string interpolation; pass values as query parameters",
                "Use sql`...` from @acme/db or db.query(text, values); interpolated values are an SQL injection risk."};
            case "prefer-nullish-coalescing" -> new String[] {"help", "Prefer ?? over || for default values", null};
            case "react-no-index-key" -> new String[] {"warning", "Avoid using the array index as a React key",
                "Index keys break reconciliation when the list is reordered or filtered; use a stable id."};
            default -> new String[] {"note", "TODO without a ticket reference", "Write TODO(ATL-1234): ... so the work is tracked."};
        };
        String pad = " ".repeat(Integer.toString(line).length());
        g.add(r[0] + "[" + rule + "]: " + r[1]);
        g.add(pad + " ┌─ " + path + ":" + line + ":" + col);
        g.add(pad + " │");
        g.add(line + " │ " + source);
        g.add(pad + " │ " + " ".repeat(col - 1) + "^".repeat(label.length()));
        if (r[2] != null) {
            g.add(pad + " │");
            g.add(pad + " = " + r[2]);
        }
        g.add("");
    }

    /**
     * ast-grep scan over a TypeScript monorepo (web app, API, UI kit, SDK) with five project rules, in the rich
     * report style, stderr appended: a couple of hundred warnings, notes and hints (console.log, index keys, TODOs,
     * || defaults) and two error-level findings of the SQL interpolation rule, in the reports export and the admin
     * user search; ast-grep ends with "2 error(s) found in code".
     */
    static NeedleCase astGrepScan() {
        Gen g = new Gen(110_010);
        List<String> files = new ArrayList<>();
        for (String d : new String[] {"orders", "projects", "settings", "billing", "reports", "team"}) {
            for (String f : new String[] {"Index", "List", "Detail", "Edit", "Filters"}) {
                files.add("apps/web/src/pages/" + d + "/" + f + ".tsx");
            }
        }
        for (String c : new String[] {"Table", "Modal", "Sidebar", "Header", "DatePicker", "UserMenu", "Toast", "EmptyState", "CommandPalette", "Breadcrumbs"}) {
            files.add("apps/web/src/components/" + c + ".tsx");
        }
        for (String h : new String[] {"useOrders", "useProjects", "useDebounce", "useAuth", "useFeatureFlag"}) {
            files.add("apps/web/src/hooks/" + h + ".ts");
        }
        for (String d : new String[] {"routes", "services", "jobs"}) {
            for (String f : new String[] {"orders", "projects", "users", "billing", "reports", "auth", "webhooks"}) {
                files.add("apps/api/src/" + d + "/" + f + ".ts");
            }
        }
        for (String u : new String[] {"Button", "Select", "Tooltip", "DataGrid", "Tabs", "Popover"}) {
            files.add("packages/ui/src/" + u + ".tsx");
        }
        for (String k : new String[] {"client", "retry", "pagination", "errors"}) {
            files.add("packages/sdk/src/" + k + ".ts");
        }
        for (int i = files.size() - 1; i > 0; i--) {
            int j = g.nextInt(i + 1);
            String x = files.get(i);
            files.set(i, files.get(j));
            files.set(j, x);
        }
        String exportPath = "apps/api/src/reports/exportCsv.ts";
        String searchPath = "apps/api/src/admin/userSearch.ts";
        files.add(g.between(10, 30), exportPath);
        files.add(g.between(40, 70), searchPath);
        String exportSrc = "    const rows = await db.query(`SELECT * FROM ${table} WHERE workspace_id = '${workspaceId}' ORDER BY created_at`);";
        String exportLabel = "`SELECT * FROM ${table} WHERE workspace_id = '${workspaceId}' ORDER BY created_at`";
        String searchSrc = "    return db.query(`SELECT id, email, name FROM users WHERE email ILIKE '%${q}%' LIMIT 50`);";
        String searchLabel = "`SELECT id, email, name FROM users WHERE email ILIKE '%${q}%' LIMIT 50`";
        String[] msgs = {"orders loaded", "response", "DEBUG", "submitting", "got error", "render", "here", "payload", "retrying", "cache miss"};
        String[] vars = {"orders", "res", "payload", "err", "user", "state", "props", "data", "items.length", "query"};
        String[][] lists = {{"rows", "Row", "row"}, {"items", "Item", "item"}, {"columns", "Column", "column"}, {"tabs", "Tab", "tab"},
            {"options", "Option", "option"}, {"users", "UserBadge", "user"}, {"orders", "OrderLine", "order"}, {"entries", "Entry", "entry"}};
        String[] todos = {"handle pagination", "remove after the migration", "proper error handling", "move to config", "debounce this",
            "check permissions here", "support multiple currencies", "this is slow for big workspaces"};
        String[][] defaults = {{"params.limit", "50"}, {"opts.retries", "3"}, {"user.locale", "'en'"}, {"query.page", "1"}, {"config.timeoutMs", "30_000"},
            {"props.size", "'md'"}};
        String exportLoc = null;
        String searchLoc = null;
        int errors = 0;
        for (String path : files) {
            boolean tsx = path.endsWith(".tsx");
            List<Object[]> diags = new ArrayList<>();
            TreeSet<Integer> used = new TreeSet<>();
            int n = g.between(0, 6);
            for (int i = 0; i < n; i++) {
                int line = g.between(5, 420);
                if (!used.add(line)) {
                    continue;
                }
                String indent = " ".repeat(g.pick(2, 4, 6, 8));
                int kind = g.weighted(40, tsx ? 20 : 0, 20, 14);
                switch (kind) {
                    case 0 -> {
                        String call = "console.log(\"" + g.pick(msgs) + "\", " + g.pick(vars) + ")";
                        diags.add(new Object[] {"no-console-log", line, indent + call + ";", call});
                    }
                    case 1 -> {
                        String[] l = g.pick(lists);
                        diags.add(new Object[] {"react-no-index-key", line, indent + "{" + l[0] + ".map((" + l[2] + ", index) => <" + l[1] + " key={index} " + l[2]
                                + "={" + l[2] + "} />)}", "key={index}"});
                    }
                    case 2 -> {
                        String c = "// TODO: " + g.pick(todos);
                        diags.add(new Object[] {"todo-without-ticket", line, indent + c, c});
                    }
                    default -> {
                        String[] d = g.pick(defaults);
                        String name = d[0].substring(d[0].indexOf('.') + 1);
                        String expr = d[0] + " || " + d[1];
                        diags.add(new Object[] {"prefer-nullish-coalescing", line, indent + "const " + name + " = " + expr + ";", expr});
                    }
                }
            }
            if (path.equals(exportPath)) {
                diags.add(new Object[] {"no-sql-string-interpolation", 88, exportSrc, exportLabel});
                exportLoc = path + ":88:" + (exportSrc.indexOf(exportLabel) + 1);
            }
            if (path.equals(searchPath)) {
                diags.add(new Object[] {"no-sql-string-interpolation", 41, searchSrc, searchLabel});
                searchLoc = path + ":41:" + (searchSrc.indexOf(searchLabel) + 1);
            }
            for (String rule : SG_RULES) {
                diags.stream().filter(d -> d[0].equals(rule)).sorted(Comparator.comparing(d -> (Integer) d[1]))
                        .forEach(d -> sgDiag(g, rule, (Integer) d[1], (String) d[2], (String) d[3], path));
            }
            errors += (int) diags.stream().filter(d -> d[0].equals("no-sql-string-interpolation")).count();
        }
        String summary = "Error: " + errors + " error(s) found in code.";
        g.add(summary);
        g.add("Help: Scan succeeded and found error level diagnostics in the codebase.");
        String header = "error[no-sql-string-interpolation]: SQL built by string interpolation; pass values as query parameters";
        if (errors != 2) {
            throw new IllegalStateException("ast-grep errors: " + errors);
        }
        return NeedleCase.named("fresh8_ast_grep_scan", "search", "ast-grep-scan")
                .shell("ast-grep scan 2>&1")
                .question("Run our ast-grep rules over the repo. CI only fails on error-severity findings: which findings are errors, and exactly where?")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(header), Needle.contains(exportLoc), Needle.contains(searchLoc), Needle.exact(summary)));
    }

    // ---------------------------------------------------------------- diff -y (side by side)

    /** GNU diff's print_half_line without --expand-tabs: tabs kept while they fit, the text cut at {@code bound} columns. */
    private static int sdHalf(StringBuilder sb, String text, int bound) {
        int in = 0;
        int out = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                int spaces = 8 - in % 8;
                if (in == out && out + spaces < bound) {
                    out += spaces;
                    sb.append('\t');
                }
                in += spaces;
            } else if (in++ < bound) {
                out = in;
                sb.append(c);
            }
        }
        return out;
    }

    /** GNU diff's tab_from_to: tabs to the last tab stop at or before {@code to}, then spaces. */
    private static int sdTab(StringBuilder sb, int from, int to) {
        for (int tab = from + 8 - from % 8; tab <= to; tab += 8) {
            sb.append('\t');
            from = tab;
        }
        while (from++ < to) {
            sb.append(' ');
        }
        return to;
    }

    /** One line of diff -y at the default width 130: halves of 61 columns, the gutter mark at 62, the right half at 64. */
    private static String sdLine(String left, char sep, String right) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        if (left != null) {
            col = sdHalf(sb, left, 61);
        }
        if (sep != ' ') {
            col = sdTab(sb, col, 62) + 1;
            sb.append(sep);
        }
        if (right != null && !right.isEmpty()) {
            sdTab(sb, col, 64);
            sdHalf(sb, right, 61);
        }
        return sb.toString();
    }

    private static void both(List<String[]> kv, String key, String value) {
        kv.add(new String[] {key, value, value});
    }

    private static final String[] SYSCTL_KERNEL = {"acct=4\t2\t30", "acpi_video_flags=0", "apparmor_display_secid_mode=0", "auto_msgmni=0",
        "bpf_stats_enabled=0", "cad_pid=1", "cap_last_cap=40", "core_pattern=|/usr/share/apport/apport -p%p -s%s -c%c -d%d -P%P -u%u -g%g -- %E",
        "core_pipe_limit=10", "core_uses_pid=0", "ctrl-alt-del=0", "dmesg_restrict=1", "domainname=(none)", "ftrace_dump_on_oops=0", "ftrace_enabled=1",
        "hardlockup_all_cpu_backtrace=0", "hardlockup_panic=0", "hung_task_all_cpu_backtrace=0", "hung_task_check_count=4194304",
        "hung_task_check_interval_secs=0", "hung_task_panic=0", "hung_task_timeout_secs=120", "hung_task_warnings=10", "io_delay_type=0",
        "io_uring_disabled=0", "io_uring_group=-1", "kexec_load_disabled=0", "keys.gc_delay=300", "keys.maxbytes=20000", "keys.maxkeys=200",
        "keys.persistent_keyring_expiry=259200", "keys.root_maxbytes=25000000", "keys.root_maxkeys=1000000", "kptr_restrict=1", "max_lock_depth=1024",
        "max_rcu_stall_to_panic=0", "modprobe=/sbin/modprobe", "modules_disabled=0", "msg_next_id=-1", "msgmax=8192", "msgmnb=16384", "msgmni=32000",
        "ngroups_max=65536", "nmi_watchdog=0", "numa_balancing=0", "numa_balancing_promote_rate_limit_MBps=65536", "oops_all_cpu_backtrace=0",
        "oops_limit=10000", "osrelease=6.1.0-28-amd64", "ostype=Linux", "overflowgid=65534", "overflowuid=65534", "panic=0", "panic_on_io_nmi=0",
        "panic_on_oops=0", "panic_on_rcu_stall=0", "panic_on_unrecovered_nmi=0", "panic_on_warn=0", "panic_print=0", "perf_cpu_time_max_percent=25",
        "perf_event_max_contexts_per_stack=8", "perf_event_max_sample_rate=100000", "perf_event_max_stack=127", "perf_event_mlock_kb=516",
        "perf_event_paranoid=3", "pid_max=4194304", "poweroff_cmd=/sbin/poweroff", "print-fatal-signals=0", "printk=4\t4\t1\t7", "printk_delay=0",
        "printk_devkmsg=on", "printk_ratelimit=5", "printk_ratelimit_burst=10", "pty.max=4096", "pty.reserve=1024", "random.poolsize=256",
        "random.urandom_min_reseed_secs=60", "random.write_wakeup_threshold=256", "randomize_va_space=2", "real-root-dev=0", "sched_autogroup_enabled=1",
        "sched_cfs_bandwidth_slice_us=5000", "sched_child_runs_first=0", "sched_deadline_period_max_us=4194304", "sched_deadline_period_min_us=100",
        "sched_energy_aware=1", "sched_rr_timeslice_ms=100", "sched_rt_period_us=1000000", "sched_rt_runtime_us=950000",
        "sched_schedstats=0", "sched_util_clamp_max=1024", "sched_util_clamp_min=1024", "sched_util_clamp_min_rt_default=1024",
        "seccomp.actions_avail=kill_process kill_thread trap errno user_notif trace log allow",
        "seccomp.actions_logged=kill_process kill_thread trap errno user_notif trace log", "sem=32000\t1024000000\t500\t32000", "sem_next_id=-1",
        "shm_next_id=-1", "shm_rmid_forced=0", "shmall=18446744073692774399", "shmmax=18446744073692774399", "shmmni=4096", "soft_watchdog=1",
        "softlockup_all_cpu_backtrace=0", "softlockup_panic=0", "split_lock_mitigate=1", "stack_tracer_enabled=0", "sysctl_writes_strict=1",
        "sysrq=438", "tainted=0", "task_delayacct=0", "threads-max=2061424", "timer_migration=1", "traceoff_on_warning=0", "tracepoint_printk=0",
        "unknown_nmi_panic=0", "unprivileged_bpf_disabled=2", "unprivileged_userns_apparmor_policy=1", "unprivileged_userns_clone=1",
        "user_events_max=32768", "version=#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)", "warn_limit=0", "watchdog=1", "watchdog_cpumask=0-63",
        "watchdog_thresh=10", "yama.ptrace_scope=0"};

    private static final String[] SYSCTL_NET_CORE = {"bpf_jit_enable=1", "bpf_jit_harden=0", "bpf_jit_kallsyms=1", "bpf_jit_limit=528482304",
        "busy_poll=0", "busy_read=0", "default_qdisc=fq_codel", "dev_weight=64", "dev_weight_rx_bias=1", "dev_weight_tx_bias=1", "devconf_inherit_init_net=0",
        "fb_tunnels_only_for_init_net=0", "flow_limit_cpu_bitmap=0000,00000000", "flow_limit_table_len=4096", "gro_normal_batch=8",
        "high_order_alloc_disable=0", "max_skb_frags=17", "mem_pcpu_rsv=256", "message_burst=10", "message_cost=5", "netdev_budget=300",
        "netdev_budget_usecs=8000", "netdev_max_backlog=*", "netdev_rss_key=" + "00:".repeat(51) + "00", "netdev_tstamp_prequeue=1", "netdev_unregister_timeout_secs=10",
        "optmem_max=131072", "rmem_default=212992", "rmem_max=*", "rps_default_mask=0000,00000000", "rps_sock_flow_entries=0", "skb_defer_max=64",
        "somaxconn=*", "tstamp_allow_data=1", "txrehash=1", "warnings=0", "wmem_default=212992", "wmem_max=*", "xfrm_acq_expires=30",
        "xfrm_aevent_etime=10", "xfrm_aevent_rseqth=2", "xfrm_larval_drop=1"};

    private static final String[] SYSCTL_IPV4_CONF = {"accept_local=0", "accept_redirects=1", "accept_source_route=0", "arp_accept=0", "arp_announce=0",
        "arp_evict_nocarrier=1", "arp_filter=0", "arp_ignore=0", "arp_notify=0", "bc_forwarding=0", "bootp_relay=0", "disable_policy=0", "disable_xfrm=0",
        "drop_gratuitous_arp=0", "drop_unicast_in_l2_multicast=0", "force_igmp_version=0", "forwarding=0", "igmpv2_unsolicited_report_interval=10000",
        "igmpv3_unsolicited_report_interval=1000", "ignore_routes_with_linkdown=0", "log_martians=0", "mc_forwarding=0", "medium_id=0",
        "promote_secondaries=1", "proxy_arp=0", "proxy_arp_pvlan=0", "route_localnet=0", "rp_filter=2", "secure_redirects=1", "send_redirects=1",
        "shared_media=1", "src_valid_mark=0", "tag=0"};

    private static final String[] SYSCTL_IPV6_CONF = {"accept_dad=1", "accept_ra=1", "accept_ra_defrtr=1", "accept_ra_from_local=0",
        "accept_ra_min_hop_limit=1", "accept_ra_min_lft=0", "accept_ra_mtu=1", "accept_ra_pinfo=1", "accept_ra_rt_info_max_plen=0",
        "accept_ra_rt_info_min_plen=0", "accept_ra_rtr_pref=1", "accept_redirects=1", "accept_source_route=0", "accept_untracked_na=0",
        "addr_gen_mode=0", "autoconf=1", "dad_transmits=1", "disable_ipv6=0", "disable_policy=0", "drop_unicast_in_l2_multicast=0",
        "drop_unsolicited_na=0", "enhanced_dad=1", "force_mld_version=0", "force_tllao=0", "forwarding=0", "hop_limit=64", "ignore_routes_with_linkdown=0",
        "ioam6_enabled=0", "ioam6_id=65535", "ioam6_id_wide=4294967295", "keep_addr_on_down=0", "max_addresses=16", "max_desync_factor=600",
        "mc_forwarding=0", "mldv1_unsolicited_report_interval=10000", "mldv2_unsolicited_report_interval=1000", "mtu=1500", "ndisc_evict_nocarrier=1",
        "ndisc_notify=0", "ndisc_tclass=0", "proxy_ndp=0", "ra_defrtr_metric=1024", "regen_max_retry=3", "router_probe_interval=60",
        "router_solicitation_delay=1", "router_solicitation_interval=4", "router_solicitation_max_interval=3600", "router_solicitations=-1",
        "rpl_seg_enabled=0", "seg6_enabled=0", "seg6_require_hmac=0", "suppress_frag_ndisc=1", "temp_prefered_lft=86400", "temp_valid_lft=604800",
        "use_oif_addrs_only=0", "use_tempaddr=0"};

    private static final String[] SYSCTL_NEIGH = {"anycast_delay=100", "app_solicit=0", "base_reachable_time_ms=30000", "delay_first_probe_time=5",
        "gc_stale_time=60", "interval_probe_time_ms=5000", "locktime=100", "mcast_resolicit=0", "mcast_solicit=3", "proxy_delay=80", "proxy_qlen=64",
        "retrans_time_ms=1000", "ucast_solicit=3", "unres_qlen=101", "unres_qlen_bytes=212992"};

    private static final String[] SYSCTL_IPV4 = {"cipso_cache_bucket_size=10", "cipso_cache_enable=1", "cipso_rbm_optfmt=0", "cipso_rbm_strictvalid=1",
        "fib_multipath_hash_fields=7", "fib_multipath_hash_policy=0", "fib_multipath_use_neigh=0", "fib_notify_on_flag_change=0", "fib_sync_mem=524288",
        "fwmark_reflect=0", "icmp_echo_enable_probe=0", "icmp_echo_ignore_all=0", "icmp_echo_ignore_broadcasts=1", "icmp_errors_use_inbound_ifaddr=0",
        "icmp_ignore_bogus_error_responses=1", "icmp_msgs_burst=50", "icmp_msgs_per_sec=1000", "icmp_ratelimit=1000", "icmp_ratemask=6168",
        "igmp_link_local_mcast_reports=1", "igmp_max_memberships=20", "igmp_max_msf=10", "igmp_qrv=2", "inet_peer_maxttl=600", "inet_peer_minttl=120",
        "inet_peer_threshold=65664", "ip_autobind_reuse=0", "ip_default_ttl=64", "ip_dynaddr=0", "ip_early_demux=1", "ip_forward=0",
        "ip_forward_update_priority=1", "ip_forward_use_pmtu=0", "ip_local_port_range=*", "ip_local_reserved_ports=", "ip_no_pmtu_disc=0",
        "ip_nonlocal_bind=0", "ip_unprivileged_port_start=1024", "ipfrag_high_thresh=4194304", "ipfrag_low_thresh=3145728", "ipfrag_max_dist=64",
        "ipfrag_time=30", "nexthop_compat_mode=1", "ping_group_range=0\t2147483647", "raw_l3mdev_accept=1", "route.error_burst=1250",
        "route.error_cost=250", "route.gc_elasticity=8", "route.gc_interval=60", "route.gc_min_interval=0", "route.gc_min_interval_ms=500",
        "route.gc_thresh=-1", "route.gc_timeout=300", "route.max_size=2147483647", "route.min_adv_mss=256", "route.min_pmtu=552", "route.mtu_expires=600",
        "route.redirect_load=5", "route.redirect_number=9", "route.redirect_silence=5120", "tcp_abort_on_overflow=0", "tcp_adv_win_scale=1",
        "tcp_allowed_congestion_control=reno cubic", "tcp_app_win=31", "tcp_autocorking=1", "tcp_available_congestion_control=reno cubic",
        "tcp_available_ulp=espintcp mptcp tls", "tcp_backlog_ack_defer=1", "tcp_base_mss=1024", "tcp_challenge_ack_limit=2147483647",
        "tcp_child_ehash_entries=0", "tcp_comp_sack_delay_ns=1000000", "tcp_comp_sack_nr=44", "tcp_comp_sack_slack_ns=100000",
        "tcp_congestion_control=cubic", "tcp_dsack=1", "tcp_early_demux=1", "tcp_early_retrans=3", "tcp_ecn=2", "tcp_ecn_fallback=1",
        "tcp_ehash_entries=524288", "tcp_fack=0", "tcp_fastopen=1", "tcp_fastopen_blackhole_timeout_sec=0", "tcp_fin_timeout=60", "tcp_frto=2",
        "tcp_fwmark_accept=0", "tcp_invalid_ratelimit=500", "tcp_keepalive_intvl=75", "tcp_keepalive_probes=9", "tcp_keepalive_time=7200",
        "tcp_l3mdev_accept=0", "tcp_limit_output_bytes=1048576", "tcp_low_latency=0", "tcp_max_orphans=262144", "tcp_max_reordering=300",
        "tcp_max_syn_backlog=*", "tcp_max_tw_buckets=262144", "tcp_mem=1541718\t2055626\t3083436", "tcp_migrate_req=0", "tcp_min_rtt_wlen=300",
        "tcp_min_snd_mss=48", "tcp_min_tso_segs=2", "tcp_moderate_rcvbuf=1", "tcp_mtu_probe_floor=48", "tcp_mtu_probing=0", "tcp_no_metrics_save=0",
        "tcp_no_ssthresh_metrics_save=1", "tcp_notsent_lowat=4294967295", "tcp_orphan_retries=0", "tcp_pacing_ca_ratio=120", "tcp_pacing_ss_ratio=200",
        "tcp_pingpong_thresh=1", "tcp_plb_cong_thresh=128", "tcp_plb_enabled=0", "tcp_plb_idle_rehash_rounds=3", "tcp_plb_rehash_rounds=12",
        "tcp_plb_suspend_rto_sec=60", "tcp_probe_interval=600", "tcp_probe_threshold=8", "tcp_recovery=1", "tcp_reflect_tos=0",
        "tcp_reordering=3", "tcp_retrans_collapse=1", "tcp_retries1=3", "tcp_retries2=15", "tcp_rfc1337=0", "tcp_rmem=*", "tcp_sack=1",
        "tcp_slow_start_after_idle=1", "tcp_stdurg=0", "tcp_syn_linear_timeouts=4", "tcp_syn_retries=6", "tcp_synack_retries=5", "tcp_syncookies=1",
        "tcp_thin_linear_timeouts=0", "tcp_timestamps=1", "tcp_tso_rtt_log=9", "tcp_tso_win_divisor=3", "tcp_tw_reuse=2", "tcp_window_scaling=1",
        "tcp_wmem=*", "tcp_workaround_signed_windows=0", "udp_child_hash_entries=0", "udp_early_demux=1", "udp_hash_entries=65536",
        "udp_l3mdev_accept=0", "udp_mem=3083436\t4111254\t6166872", "udp_rmem_min=4096", "udp_wmem_min=4096", "xfrm4_gc_thresh=32768"};

    private static final String[] SYSCTL_CONNTRACK = {"nf_conntrack_acct=0", "nf_conntrack_buckets=16384", "nf_conntrack_checksum=1",
        "nf_conntrack_count=65536", "nf_conntrack_dccp_loose=1", "nf_conntrack_dccp_timeout_closereq=64", "nf_conntrack_dccp_timeout_closing=64",
        "nf_conntrack_dccp_timeout_open=43200", "nf_conntrack_dccp_timeout_partopen=480", "nf_conntrack_dccp_timeout_request=240",
        "nf_conntrack_dccp_timeout_respond=480", "nf_conntrack_dccp_timeout_timewait=240", "nf_conntrack_events=2", "nf_conntrack_expect_max=1024",
        "nf_conntrack_frag6_high_thresh=4194304", "nf_conntrack_frag6_low_thresh=3145728", "nf_conntrack_frag6_timeout=60",
        "nf_conntrack_generic_timeout=600", "nf_conntrack_gre_timeout=30", "nf_conntrack_gre_timeout_stream=180", "nf_conntrack_icmp_timeout=30",
        "nf_conntrack_icmpv6_timeout=30", "nf_conntrack_log_invalid=0", "nf_conntrack_max=65536", "nf_conntrack_sctp_timeout_closed=10",
        "nf_conntrack_sctp_timeout_cookie_echoed=3", "nf_conntrack_sctp_timeout_cookie_wait=3", "nf_conntrack_sctp_timeout_established=210",
        "nf_conntrack_sctp_timeout_heartbeat_sent=30", "nf_conntrack_sctp_timeout_shutdown_ack_sent=3", "nf_conntrack_sctp_timeout_shutdown_recd=3",
        "nf_conntrack_sctp_timeout_shutdown_sent=3", "nf_conntrack_tcp_be_liberal=0", "nf_conntrack_tcp_ignore_invalid_rst=0", "nf_conntrack_tcp_loose=1",
        "nf_conntrack_tcp_max_retrans=3", "nf_conntrack_tcp_timeout_close=10", "nf_conntrack_tcp_timeout_close_wait=60",
        "nf_conntrack_tcp_timeout_established=432000", "nf_conntrack_tcp_timeout_fin_wait=120", "nf_conntrack_tcp_timeout_last_ack=30",
        "nf_conntrack_tcp_timeout_max_retrans=300", "nf_conntrack_tcp_timeout_syn_recv=60", "nf_conntrack_tcp_timeout_syn_sent=120",
        "nf_conntrack_tcp_timeout_time_wait=120", "nf_conntrack_tcp_timeout_unacknowledged=300", "nf_conntrack_timestamp=0",
        "nf_conntrack_udp_timeout=30", "nf_conntrack_udp_timeout_stream=120", "nf_hooks_lwtunnel=0", "nf_log_all_netns=0"};

    private static final String[] SYSCTL_VM = {"admin_reserve_kbytes=8192", "compact_unevictable_allowed=1", "compaction_proactiveness=20",
        "dirty_background_bytes=0", "dirty_background_ratio=*", "dirty_bytes=0", "dirty_expire_centisecs=3000", "dirty_ratio=*",
        "dirty_writeback_centisecs=500", "dirtytime_expire_seconds=43200", "extfrag_threshold=500", "hugetlb_optimize_vmemmap=0",
        "hugetlb_shm_group=0", "laptop_mode=0", "legacy_va_layout=0", "lowmem_reserve_ratio=256\t256\t32\t0\t0", "max_map_count=65530",
        "memfd_noexec=0", "memory_failure_early_kill=0", "memory_failure_recovery=1", "min_free_kbytes=90112", "min_slab_ratio=5",
        "min_unmapped_ratio=1", "mmap_min_addr=65536", "mmap_rnd_bits=28", "mmap_rnd_compat_bits=8", "nr_hugepages=0", "nr_hugepages_mempolicy=0",
        "nr_overcommit_hugepages=0", "numa_stat=1", "numa_zonelist_order=Node", "oom_dump_tasks=1", "oom_kill_allocating_task=0",
        "overcommit_kbytes=0", "overcommit_memory=0", "overcommit_ratio=50", "page-cluster=3", "page_lock_unfairness=5", "panic_on_oom=0",
        "percpu_pagelist_high_fraction=0", "stat_interval=1", "swappiness=*", "unprivileged_userfaultfd=0", "user_reserve_kbytes=131072",
        "vfs_cache_pressure=100", "watermark_boost_factor=15000", "watermark_scale_factor=10", "zone_reclaim_mode=0"};

    private static void sysctls(List<String[]> kv, String prefix, String[] entries, String[][] differing) {
        for (String e : entries) {
            int eq = e.indexOf('=');
            String key = prefix + e.substring(0, eq);
            String value = e.substring(eq + 1);
            if (value.equals("*")) {
                for (String[] d : differing) {
                    if (d[0].equals(key)) {
                        kv.add(new String[] {key, d[1], d[2]});
                    }
                }
            } else {
                both(kv, key, value);
            }
        }
    }

    /**
     * diff -y of sysctl -a on the database twins db-3 (left) and db-7 (right), default width 130, tab-padded as GNU
     * diff writes it: some nine hundred settings, the per-boot and per-moment values differing as they always do
     * (boot id, uuid, hostname, inode and file counts); db-7 has the connection-tracking table loaded and full
     * (count = max = 65536), a listen backlog of 128, a SYN backlog of 512, small socket buffers and default VM
     * writeback and swappiness.
     */
    static NeedleCase diffSideBySide() {
        Gen g = new Gen(110_011);
        String[][] differing = {{"net.core.netdev_max_backlog", "16384", "1000"}, {"net.core.rmem_max", "16777216", "212992"},
            {"net.core.somaxconn", "4096", "128"}, {"net.core.wmem_max", "16777216", "212992"}, {"net.ipv4.ip_local_port_range", "1024\t65000", "32768\t60999"},
            {"net.ipv4.tcp_max_syn_backlog", "8192", "512"}, {"net.ipv4.tcp_rmem", "4096\t87380\t16777216", "4096\t131072\t6291456"},
            {"net.ipv4.tcp_wmem", "4096\t65536\t16777216", "4096\t16384\t4194304"}, {"vm.dirty_background_ratio", "5", "10"}, {"vm.dirty_ratio", "10", "20"},
            {"vm.swappiness", "1", "60"}};
        List<String[]> kv = new ArrayList<>();
        for (String e : new String[] {"abi.vsyscall32=1", "debug.exception-trace=1", "debug.kprobes-optimization=1", "dev.hpet.max-user-freq=64",
            "dev.raid.speed_limit_max=200000", "dev.raid.speed_limit_min=1000", "dev.scsi.logging_level=0", "dev.tty.ldisc_autoload=1",
            "dev.tty.legacy_tiocsti=0", "fs.aio-max-nr=65536", "fs.binfmt_misc.status=enabled", "fs.dir-notify-enable=1", "fs.epoll.max_user_watches=27007120",
            "fs.fanotify.max_queued_events=16384", "fs.fanotify.max_user_groups=128", "fs.fanotify.max_user_marks=1048576", "fs.file-max=9223372036854775807",
            "fs.inotify.max_queued_events=16384", "fs.inotify.max_user_instances=128", "fs.inotify.max_user_watches=1048576", "fs.lease-break-time=45",
            "fs.leases-enable=1", "fs.mount-max=100000", "fs.mqueue.msg_default=10", "fs.mqueue.msg_max=10", "fs.mqueue.msgsize_default=8192",
            "fs.mqueue.msgsize_max=8192", "fs.mqueue.queues_max=256", "fs.nr_open=1048576", "fs.overflowgid=65534", "fs.overflowuid=65534",
            "fs.pipe-max-size=1048576", "fs.pipe-user-pages-hard=0", "fs.pipe-user-pages-soft=16384", "fs.protected_fifos=1", "fs.protected_hardlinks=1",
            "fs.protected_regular=2", "fs.protected_symlinks=1", "fs.quota.allocated_dquots=0", "fs.quota.cache_hits=0", "fs.quota.drops=0",
            "fs.quota.free_dquots=0", "fs.quota.lookups=0", "fs.quota.reads=0", "fs.quota.warnings=1", "fs.quota.writes=0", "fs.suid_dumpable=2",
            "fs.verity.require_signatures=0", "net.unix.max_dgram_qlen=512", "user.max_cgroup_namespaces=1030712", "user.max_fanotify_groups=128",
            "user.max_fanotify_marks=1048576", "user.max_inotify_instances=128", "user.max_inotify_watches=1048576", "user.max_ipc_namespaces=1030712",
            "user.max_mnt_namespaces=1030712", "user.max_net_namespaces=1030712", "user.max_pid_namespaces=1030712", "user.max_time_namespaces=1030712",
            "user.max_user_namespaces=1030712", "user.max_uts_namespaces=1030712"}) {
            int eq = e.indexOf('=');
            both(kv, e.substring(0, eq), e.substring(eq + 1));
        }
        sysctls(kv, "kernel.", SYSCTL_KERNEL, differing);
        sysctls(kv, "net.core.", SYSCTL_NET_CORE, differing);
        sysctls(kv, "net.ipv4.", SYSCTL_IPV4, differing);
        sysctls(kv, "vm.", SYSCTL_VM, differing);
        String[] ifaces = {"all", "bond0", "default", "eno1", "eno2", "lo"};
        for (String i : ifaces) {
            sysctls(kv, "net.ipv4.conf." + i + ".", SYSCTL_IPV4_CONF, differing);
            sysctls(kv, "net.ipv6.conf." + i + ".", SYSCTL_IPV6_CONF, differing);
            if (!i.equals("all")) {
                sysctls(kv, "net.ipv4.neigh." + i + ".", SYSCTL_NEIGH, differing);
                sysctls(kv, "net.ipv6.neigh." + i + ".", SYSCTL_NEIGH, differing);
            }
        }
        for (String e : new String[] {"gc_interval=30", "gc_thresh1=128", "gc_thresh2=512", "gc_thresh3=1024"}) {
            int eq = e.indexOf('=');
            both(kv, "net.ipv4.neigh.default." + e.substring(0, eq), e.substring(eq + 1));
            both(kv, "net.ipv6.neigh.default." + e.substring(0, eq), e.substring(eq + 1));
        }
        for (String e : new String[] {"auto_flowlabels=1", "bindv6only=0", "calipso_cache_bucket_size=10", "calipso_cache_enable=1", "fib_multipath_hash_fields=7",
            "fib_multipath_hash_policy=0", "fib_notify_on_flag_change=0", "flowlabel_consistency=1", "flowlabel_reflect=0", "flowlabel_state_ranges=0",
            "fwmark_reflect=0", "icmp.echo_ignore_all=0", "icmp.echo_ignore_anycast=0", "icmp.echo_ignore_multicast=0", "icmp.ratelimit=1000",
            "icmp.ratemask=0-1,3-127", "idgen_delay=1", "idgen_retries=3", "ioam6_id=16777215", "ioam6_id_wide=72057594037927935", "ip6frag_high_thresh=4194304",
            "ip6frag_low_thresh=3145728", "ip6frag_time=60", "ip_nonlocal_bind=0", "max_dst_opts_length=2147483647", "max_dst_opts_number=8",
            "max_hbh_length=2147483647", "max_hbh_opts_number=8", "mld_max_msf=64", "mld_qrv=2", "route.gc_elasticity=9", "route.gc_interval=30",
            "route.gc_min_interval=0", "route.gc_min_interval_ms=500", "route.gc_thresh=1024", "route.gc_timeout=60", "route.max_size=2147483647",
            "route.min_adv_mss=1220", "route.mtu_expires=600", "route.skip_notify_on_dev_down=0", "seg6_flowlabel=0", "xfrm6_gc_thresh=32768"}) {
            int eq = e.indexOf('=');
            both(kv, "net.ipv6." + e.substring(0, eq), e.substring(eq + 1));
        }
        for (String e : SYSCTL_CONNTRACK) {
            int eq = e.indexOf('=');
            kv.add(new String[] {"net.netfilter." + e.substring(0, eq), null, e.substring(eq + 1)});
        }
        for (int i = 0; i <= 12; i++) {
            kv.add(new String[] {"net.netfilter.nf_log." + i, null, "NONE"});
        }
        kv.add(new String[] {"net.nf_conntrack_max", null, "65536"});
        String[] side = {"db-3", "db-7"};
        String[][] dynamic = new String[2][];
        for (int s = 0; s < 2; s++) {
            int dentries = g.between(180_000, 900_000);
            int inodes = g.between(90_000, 400_000);
            dynamic[s] = new String[] {
                "fs.aio-nr=" + g.between(2_000, 40_000),
                "fs.dentry-state=" + dentries + "\t" + (dentries - g.between(20_000, 90_000)) + "\t45\t0\t" + g.between(9_000, 60_000) + "\t0",
                "fs.file-nr=" + g.between(4_000, 30_000) + "\t0\t9223372036854775807",
                "fs.inode-nr=" + inodes + "\t" + g.between(200, 9_000),
                "fs.inode-state=" + inodes + "\t" + g.between(200, 9_000) + "\t0\t0\t0\t0\t0",
                "fs.quota.syncs=" + g.between(40, 900),
                "kernel.hostname=" + side[s],
                "kernel.ns_last_pid=" + g.between(300_000, 4_000_000),
                "kernel.pty.nr=" + g.between(1, 9),
                "kernel.random.boot_id=" + uuid(g),
                "kernel.random.entropy_avail=256",
                "kernel.random.uuid=" + uuid(g)};
        }
        for (int i = 0; i < dynamic[0].length; i++) {
            String l = dynamic[0][i];
            String r = dynamic[1][i];
            kv.add(new String[] {l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1), r.substring(r.indexOf('=') + 1)});
        }
        kv.sort(Comparator.comparing((String[] e) -> e[0]));
        int i = 0;
        while (i < kv.size()) {
            String[] e = kv.get(i);
            String l = e[1] == null ? null : e[0] + " = " + e[1];
            String r = e[2] == null ? null : e[0] + " = " + e[2];
            if (l != null && l.equals(r)) {
                g.add(sdLine(l, ' ', r));
                i++;
                continue;
            }
            List<String> ls = new ArrayList<>();
            List<String> rs = new ArrayList<>();
            while (i < kv.size()) {
                e = kv.get(i);
                l = e[1] == null ? null : e[0] + " = " + e[1];
                r = e[2] == null ? null : e[0] + " = " + e[2];
                if (l != null && l.equals(r)) {
                    break;
                }
                if (l != null) {
                    ls.add(l);
                }
                if (r != null) {
                    rs.add(r);
                }
                i++;
            }
            for (int k = 0; k < Math.max(ls.size(), rs.size()); k++) {
                if (k < ls.size() && k < rs.size()) {
                    g.add(sdLine(ls.get(k), '|', rs.get(k)));
                } else if (k < ls.size()) {
                    g.add(sdLine(ls.get(k), '<', null));
                } else {
                    g.add(sdLine(null, '>', rs.get(k)));
                }
            }
        }
        String text = g.text();
        List<Needle> needles = new ArrayList<>();
        for (String fact : new String[] {"net.netfilter.nf_conntrack_count = 65536", "net.netfilter.nf_conntrack_max = 65536", "net.core.somaxconn = 128",
            "net.ipv4.tcp_max_syn_backlog = 512"}) {
            requireCount(text, fact, 1);
            needles.add(Needle.contains(fact));
        }
        return NeedleCase.named("fresh8_diff_side_by_side", "diff", "diff-y")
                .shell("diff -y <(ssh db-3 sysctl -a 2>/dev/null) <(ssh db-7 sysctl -a 2>/dev/null)")
                .question("db-7 drops and times out TCP connections under load while its twin db-3 is fine. I diffed their sysctl -a side by side (db-3 left,"
                        + " db-7 right). Which differences matter?")
                .heldAside()
                .build(text, needles);
    }

    // ---------------------------------------------------------------- bazel test

    private static String bazelRow(String label, String message, String rest) {
        int width = 78 - message.length();
        return label + " ".repeat(Math.max(0, width - label.length())) + " " + message + rest;
    }

    /** The gtest output of one attempt of //services/ledger:ledger_test: 48 tests, one failing equality. */
    private static void ledgerGtest(Gen g, String failing) {
        String[][] suites = {{"LedgerTest", "9"}, {"PostingTest", "8"}, {"BalanceTest", "10"}, {"CurrencyTest", "7"}, {"ReconcileTest", "8"}, {"FeeScheduleTest", "6"}};
        String[] verbs = {"Applies", "Rejects", "Rounds", "Keeps", "Posts", "Reverses", "Splits", "Carries", "Matches", "Ignores"};
        String[] objects = {"Deposit", "Withdrawal", "Chargeback", "NegativeAmount", "ZeroAmount", "CrossCurrencyTransfer", "DuplicateEntry", "PendingHold",
            "ClosedAccount", "FeeOnPayout", "HalfCent", "LateSettlement", "PartialRefund", "OpeningBalance"};
        g.add("Running main() from gmock_main.cc");
        g.add("[==========] Running 48 tests from 6 test suites.");
        g.add("[----------] Global test environment set-up.");
        int totalMs = 0;
        for (String[] s : suites) {
            int n = Integer.parseInt(s[1]);
            g.add("[----------] " + n + " tests from " + s[0]);
            int suiteMs = 0;
            TreeSet<String> names = new TreeSet<>();
            for (int i = 0; i < n; i++) {
                String name = s[0].equals("LedgerTest") && i == 4 ? "AppliesRefundBeforeFee" : g.pick(verbs) + g.pick(objects);
                if (!names.add(name)) {
                    name = name + "Twice";
                    names.add(name);
                }
                int ms = g.weighted(8, 2) == 0 ? 0 : g.between(1, 4);
                suiteMs += ms;
                g.add("[ RUN      ] " + s[0] + "." + name);
                if (name.equals("AppliesRefundBeforeFee")) {
                    g.add(failing);
                    g.add("Expected equality of these values:");
                    g.add("  account.balance().cents()");
                    g.add("    Which is: 9950");
                    g.add("  10000");
                    g.add("[  FAILED  ] " + s[0] + "." + name + " (" + ms + " ms)");
                } else {
                    g.add("[       OK ] " + s[0] + "." + name + " (" + ms + " ms)");
                }
            }
            g.add("[----------] " + n + " tests from " + s[0] + " (" + suiteMs + " ms total)");
            g.add("");
            totalMs += suiteMs;
        }
        g.add("[----------] Global test environment tear-down");
        g.add("[==========] 48 tests from 6 test suites ran. (" + (totalMs + g.between(2, 9)) + " ms total)");
        g.add("[  PASSED  ] 47 tests.");
        g.add("[  FAILED  ] 1 test, listed below:");
        g.add("[  FAILED  ] LedgerTest.AppliesRefundBeforeFee");
        g.add("");
        g.add(" 1 FAILED TEST");
    }

    /**
     * bazel test //... --test_output=errors --flaky_test_attempts=2 --curses=no on CI for a C++ monorepo: analysis,
     * a few hundred progress lines, compiler warnings from external and own code; //services/ledger:ledger_test
     * fails in both attempts (its gtest output printed twice), payments_integration_test is flaky; then the summary
     * of all 132 test targets (most cached) and the totals line.
     */
    static NeedleCase bazelTest() {
        Gen g = new Gen(110_012);
        String base = "/home/ci/.cache/bazel/_bazel_ci/9f1c2a7e5d3b4c8a1e6f0d2b7a9c3e5f/execroot/_main/bazel-out/k8-fastbuild/testlogs/";
        String[] pkgs = {"libs/money", "libs/time", "libs/strings", "libs/proto", "libs/crypto", "libs/retry", "libs/log", "libs/config", "libs/metrics",
            "libs/http", "libs/grpc", "libs/db", "libs/cache", "libs/featureflags", "services/ledger", "services/ledger/store", "services/payments",
            "services/payments/psp", "services/orders", "services/orders/store", "services/accounts", "services/gateway", "services/notifications",
            "services/search", "services/search/index", "services/fx", "services/risk", "services/risk/rules", "services/invoices", "services/payouts",
            "tools/migrate", "tools/codegen", "tools/loadgen", "services/webhooks", "services/audit", "services/identity", "services/reports", "libs/ids"};
        String[] names = {"unit_test", "integration_test", "codec_test", "store_test", "handler_test", "validation_test", "metrics_test", "config_test",
            "e2e_test", "fuzz_test"};
        String ledger = "//services/ledger:ledger_test";
        String flaky = "//services/payments:payments_integration_test";
        TreeSet<String> labels = new TreeSet<>();
        while (labels.size() < 130) {
            for (String p : pkgs) {
                String last = p.substring(p.lastIndexOf('/') + 1);
                for (String cand : new String[] {"//" + p + ":" + last + "_test", "//" + p + ":" + g.pick(names)}) {
                    if (labels.size() < 130 && !cand.equals(ledger) && !cand.equals(flaky)) {
                        labels.add(cand);
                    }
                }
            }
        }
        List<String> plain = new ArrayList<>(labels);
        TreeSet<String> executed = new TreeSet<>();
        while (executed.size() < 39) {
            executed.add(g.pick(plain));
        }
        labels.add(ledger);
        labels.add(flaky);
        g.add("INFO: Invocation ID: " + uuid(g));
        g.add("Loading: ");
        g.add("Loading: 0 packages loaded");
        g.add("Analyzing: 412 targets (0 packages loaded, 0 targets configured)");
        g.add("Analyzing: 412 targets (731 packages loaded, 20418 targets configured)");
        g.add("INFO: Analyzed 412 targets (1208 packages loaded, 38120 targets configured).");
        g.add("INFO: Found 280 targets and 132 test targets...");
        g.add("[0 / 241] [Prepa] BazelWorkspaceStatusAction stable-status.txt");
        String[] external = {"external/com_google_absl/absl/strings/internal/str_format/float_conversion.cc", "external/com_google_absl/absl/time/internal/cctz/src/time_zone_lookup.cc",
            "external/com_google_protobuf/src/google/protobuf/descriptor.cc", "external/com_google_protobuf/src/google/protobuf/text_format.cc",
            "external/com_github_grpc_grpc/src/core/lib/surface/call.cc", "external/com_github_grpc_grpc/src/core/ext/transport/chttp2/transport/chttp2_transport.cc",
            "external/boringssl/src/crypto/fipsmodule/bcm.c", "external/com_googlesource_code_re2/re2/re2.cc", "external/zlib/deflate.c",
            "external/com_github_google_benchmark/src/benchmark.cc"};
        String[] own = {"ledger.cc", "posting.cc", "balance.cc", "handler.cc", "store.cc", "codec.cc", "client.cc", "server.cc", "rules.cc", "config.cc"};
        String[][] warnings = {
            {"warning: comparison of integer expressions of different signedness: 'int' and 'std::vector<Entry>::size_type' {aka 'long unsigned int'}"
                + " [-Wsign-compare]", "    for (int i = 0; i < entries.size(); ++i) {", "                    ~~^~~~~~~~~~~~~~~~"},
            {"warning: unused variable 'status' [-Wunused-variable]", "  absl::Status status = store_->Flush();", "               ^~~~~~"},
            {"warning: 'result' may be used uninitialized [-Wmaybe-uninitialized]", "  return result;", "         ^~~~~~"}};
        int done = 0;
        int total = 8_123;
        for (int step = 0; step < 260; step++) {
            done = Math.min(total - 40, done + g.between(10, 55));
            int actions = g.between(8, 48);
            int running = Math.min(actions, 32);
            String tail = actions == running ? "(" + actions + " actions running)" : "(" + actions + " actions, " + running + " running)";
            String p = g.pick(pkgs);
            String action;
            if (done < 2_600) {
                action = "Compiling " + g.pick(external);
            } else if (done < 6_400) {
                action = g.chance(0.8) ? "Compiling " + p + "/" + g.pick(own) : "Linking " + p + "/" + p.substring(p.lastIndexOf('/') + 1) + "_test";
            } else {
                action = "Testing " + g.pick(plain);
            }
            g.add(fmt("[%,d / %,d] %s; %ds linux-sandbox ... %s", done, total, action, g.between(0, 14), tail));
            if (done > 1_000 && done < 6_400 && g.chance(0.07)) {
                String file = done < 2_600 ? g.pick(external) : p + "/" + g.pick(own);
                String[] w = g.pick(warnings);
                int line = g.between(20, 900);
                g.add("INFO: From Compiling " + file + ":");
                g.add(fmt("%s:%d:%d: %s", file, line, g.between(5, 40), w[0]));
                g.add(fmt("%5d | %s", line, w[1]));
                g.add("      | " + w[2]);
            }
            if (step == 205) {
                g.add("FAIL: " + ledger + " (Summary)");
                g.add("      " + base + "services/ledger/ledger_test/test.log");
                g.add("      " + base + "services/ledger/ledger_test/test_attempts/attempt_1.log");
                g.add("INFO: From Testing " + ledger + ":");
                for (int attempt = 0; attempt < 2; attempt++) {
                    g.add("==================== Test output for " + ledger + ":");
                    ledgerGtest(g, "services/ledger/ledger_test.cc:214: Failure");
                    g.add("================================================================================");
                }
            }
            if (step == 238) {
                g.add("FLAKY: " + flaky + " (Summary)");
                g.add("      " + base + "services/payments/payments_integration_test/test_attempts/attempt_1.log");
                g.add("INFO: From Testing " + flaky + ":");
                g.add("==================== Test output for " + flaky + " (run 1 of 1, attempt 1 of 2):");
                g.add("Running main() from gmock_main.cc");
                g.add("[==========] Running 12 tests from 1 test suite.");
                g.add("[ RUN      ] PaymentsIntegrationTest.CapturesAfterAuthorization");
                g.add("services/payments/payments_integration_test.cc:97: Failure");
                g.add("Value of: WaitFor(capture_done, absl::Seconds(5))");
                g.add("  Actual: false");
                g.add("Expected: true");
                g.add("[  FAILED  ] PaymentsIntegrationTest.CapturesAfterAuthorization (5004 ms)");
                g.add("================================================================================");
            }
        }
        g.add("INFO: Elapsed time: 412.331s, Critical Path: 188.20s");
        g.add("INFO: 8123 processes: 2301 internal, 5822 linux-sandbox.");
        g.add("INFO: Build completed, 1 test FAILED, 8123 total actions");
        int sharded = 0;
        for (String label : labels) {
            double secs = g.weighted(6, 3, 1) == 0 ? 0.1 + g.nextDouble() * 2 : g.weighted(3, 1) == 0 ? 2 + g.nextDouble() * 15 : 15 + g.nextDouble() * 60;
            String time = fmt(" in %.1fs", secs);
            if (label.equals(ledger)) {
                g.add(bazelRow(label, "FAILED", " in 2 out of 2 in 0.9s"));
                g.add("  " + base + "services/ledger/ledger_test/test.log");
                g.add("  " + base + "services/ledger/ledger_test/test_attempts/attempt_1.log");
            } else if (label.equals(flaky)) {
                g.add(bazelRow(label, "FLAKY", ", failed in 1 out of 2 in 33.0s"));
                g.add("  " + base + "services/payments/payments_integration_test/test_attempts/attempt_1.log");
            } else if (executed.contains(label)) {
                if (sharded < 2 && secs > 10) {
                    sharded++;
                    double min = secs * (0.55 + g.nextDouble() * 0.2);
                    double avg = (secs + min) / 2;
                    g.add(bazelRow(label, "PASSED", time));
                    g.add(fmt("  Stats over 4 runs: max = %.1fs, min = %.1fs, avg = %.1fs, dev = %.1fs", secs, min, avg, (secs - min) / 3));
                } else {
                    g.add(bazelRow(label, "PASSED", time));
                }
            } else {
                g.add(bazelRow(label, "(cached) PASSED", time));
            }
        }
        g.add("");
        String executedLine = "Executed 41 out of 132 tests: 131 tests pass and 1 fails locally.";
        g.add(executedLine);
        g.add("There were tests whose specified size is too big. Use the --test_verbose_timeout_warnings command line option to see which ones these are.");
        if (labels.size() != 132) {
            throw new IllegalStateException("bazel labels: " + labels.size());
        }
        return NeedleCase.named("fresh8_bazel_test", "build", "bazel-test")
                .shell("bazel test //... --test_output=errors --flaky_test_attempts=2 --curses=no --color=no 2>&1")
                .question("bazel test //... is red in CI on my branch. What fails, and why? Is anything flaky?")
                .heldAside()
                .build(g.text(), List.of(Needle.contains("services/ledger/ledger_test.cc:214: Failure"), Needle.contains("Which is: 9950"),
                        Needle.contains("[  FAILED  ] LedgerTest.AppliesRefundBeforeFee"), Needle.contains("FLAKY, failed in 1 out of 2"),
                        Needle.exact(executedLine)));
    }
}
