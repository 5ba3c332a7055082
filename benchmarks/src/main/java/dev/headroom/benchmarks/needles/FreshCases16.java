package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.requireLines;
import static dev.headroom.benchmarks.needles.Inputs.pad;
import static dev.headroom.benchmarks.needles.Inputs.lpad;
import static dev.headroom.benchmarks.needles.Gen.fmt;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The seventeenth held-aside batch ({@code fresh16_*}), written on 2026-12-07 (session 10), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. Line-oriented tool outputs none of the other cases has: {@code aws ec2 describe-instances
 * --output table} (the CLI's ASCII box table), OpenSearch {@code _cat/shards?v}, {@code pg_stat_activity} in psql's
 * expanded mode, a Zeek {@code conn.log}, {@code ctest -j8 --output-on-failure}, {@code phpunit --testdox}, {@code git
 * range-diff} after a rebase, {@code p4 changes -l -t}, {@code git grep -c}, {@code rsync -av --delete
 * --itemize-changes}, {@code getfacl -R} and {@code lspci -vv}. Never tuned on: reported as their own set
 * {@code fresh-16}, refused by {@code --case}.
 */
final class FreshCases16 {

    private FreshCases16() {}

    static List<NeedleCase> all() {
        return List.of(awsEc2Table(), openSearchCatShards(), psqlExpandedActivity(), zeekConnLog(), ctestOutputOnFailure(),
                phpunitTestdox(), gitRangeDiff(), p4Changes(), gitGrepCount(), rsyncItemize(), getfaclRecursive(), lspciVerbose());
    }

    private static String center(String s, int width) {
        int left = (width - s.length()) / 2;
        return " ".repeat(Math.max(0, left)) + s + " ".repeat(Math.max(0, width - s.length() - left));
    }

    private static <T> void shuffle(Gen g, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = g.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** Columns padded to their widest cell, separated by one space, trailing blanks cut (right[i]: right-aligned). */
    private static List<String> align(List<String[]> rows, boolean[] right) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(right[i] ? lpad(r[i], w[i]) : pad(r[i], w[i]));
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    // ---------------------------------------------------------------- aws ec2 describe-instances --output table

    /**
     * aws ec2 describe-instances with a --query projecting seven fields, as the CLI's box table (title row, centred
     * headers sorted by key, "None" for missing values): about 340 instances of a production and staging account, the
     * autoscaling groups sharing one Name tag. The question names a private IP (a running ingest node, a quiet row) and
     * asks for anything not running: one stopped payments worker and one pending EKS node.
     */
    static NeedleCase awsEc2Table() {
        Gen g = new Gen(190_001);
        Object[][] groups = {{"api-prod", "m6i.xlarge", 40}, {"web-prod", "c6i.large", 24}, {"worker-prod", "m6i.2xlarge", 36},
            {"payments-worker-prod", "m6i.large", 12}, {"ingest-prod", "c6i.2xlarge", 28}, {"search-prod", "r6i.2xlarge", 9},
            {"kafka-prod", "r6i.xlarge", 6}, {"zookeeper-prod", "t3.medium", 3}, {"redis-prod", "r6g.large", 6}, {"bastion", "t3.micro", 2},
            {"etl-prod", "r6i.4xlarge", 8}, {"airflow-prod", "m6i.xlarge", 5}, {"prometheus", "r6i.xlarge", 2}, {"grafana", "t3.large", 1},
            {"vault-prod", "t3.medium", 3}, {"consul-prod", "t3.medium", 5}, {"jenkins-agent", "c6i.4xlarge", 22},
            {"render-prod", "g5.xlarge", 10}, {"api-staging", "t3.large", 8}, {"web-staging", "t3.medium", 6},
            {"worker-staging", "t3.large", 10}, {"ingest-staging", "t3.large", 6}, {"cassandra-prod", "i4i.2xlarge", 12},
            {"media-transcode-prod", "c6i.8xlarge", 14}, {"eks-node-prod", "m6i.4xlarge", 48}, {"eks-node-staging", "m6i.xlarge", 16}};
        String targetIp = "10.40.17.203";
        Set<String> ips = new HashSet<>();
        ips.add(targetIp);
        String[] azs = {"eu-west-1a", "eu-west-1b", "eu-west-1c"};
        List<String[]> rows = new ArrayList<>();
        for (Object[] grp : groups) {
            String name = (String) grp[0];
            String type = (String) grp[1];
            int n = (Integer) grp[2];
            boolean staging = name.contains("staging");
            for (int i = 0; i < n; i++) {
                String ip;
                do {
                    ip = (staging ? "10.41." : "10.40.") + g.between(0, 63) + "." + g.between(4, 250);
                } while (!ips.add(ip));
                String state = "running";
                String launched = name.startsWith("eks-node")
                        ? fmt("2026-11-%02dT%02d:%02d:%02d+00:00", g.between(18, 30), g.between(0, 23), g.between(0, 59), g.between(0, 59))
                        : fmt("2026-%02d-%02dT%02d:%02d:%02d+00:00", g.between(1, 11), g.between(1, 28), g.between(0, 23), g.between(0, 59),
                        g.between(0, 59));
                if (name.equals("ingest-prod") && i == 7) {
                    ip = targetIp;
                }
                if (name.equals("payments-worker-prod") && i == 3) {
                    state = "stopped";
                }
                if (name.equals("eks-node-prod") && i == 31) {
                    state = "pending";
                    launched = "2026-12-07T09:58:41+00:00";
                }
                String pub = (name.startsWith("web-") || name.equals("bastion")) ? g.ip() : "None";
                rows.add(new String[] {azs[(i + g.nextInt(2)) % 3], "i-0" + g.hex(16), launched, name, ip, pub, state, type});
            }
        }
        shuffle(g, rows);
        String[] headers = {"AZ", "ID", "Launched", "Name", "PrivateIP", "PublicIP", "State", "Type"};
        int[] w = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            w[i] = headers[i].length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder sep = new StringBuilder("+");
        for (int i = 0; i < w.length; i++) {
            w[i] += 4;
            sep.append("-".repeat(w[i])).append('+');
        }
        String sepLine = sep.toString();
        g.add("-".repeat(sepLine.length()));
        g.add("|" + center("DescribeInstances", sepLine.length() - 2) + "|");
        g.add(sepLine);
        StringBuilder head = new StringBuilder("|");
        for (int i = 0; i < headers.length; i++) {
            head.append(center(headers[i], w[i])).append('|');
        }
        g.add(head.toString());
        g.add(sepLine);
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder("|");
            for (int i = 0; i < r.length; i++) {
                sb.append(pad("  " + r[i], w[i])).append('|');
            }
            g.add(sb.toString());
        }
        g.add(sepLine);
        String text = g.text();
        requireLines(g, 300, 400);
        String targetRow = only(text, targetIp + " ");
        String stoppedRow = only(text, "stopped");
        String pendingRow = only(text, "pending");
        requireCount(text, "  running ", rows.size() - 2);
        return NeedleCase.named("fresh16_aws_ec2_table", "table", "aws-ec2-describe-table")
                .shell("aws ec2 describe-instances --region eu-west-1 --query 'Reservations[].Instances[].{ID:InstanceId,Name:Tags[?Key==`Name`]"
                        + "|[0].Value,Type:InstanceType,AZ:Placement.AvailabilityZone,State:State.Name,PrivateIP:PrivateIpAddress,"
                        + "PublicIP:PublicIpAddress,Launched:LaunchTime}' --output table")
                .question("PagerDuty says 10.40.17.203 stopped answering health checks. Which instance is that (ID, Name tag, type, AZ)? And is"
                        + " any instance in eu-west-1 not in the running state right now?")
                .heldAside()
                .build(text, List.of(Needle.exact(targetRow), Needle.exact(stoppedRow), Needle.exact(pendingRow)));
    }

    // ---------------------------------------------------------------- OpenSearch _cat/shards?v

    private static String catBytes(double b) {
        if (b >= 1024.0 * 1024 * 1024) {
            return fmt("%.1fgb", b / (1024.0 * 1024 * 1024));
        }
        if (b >= 1024.0 * 1024) {
            return fmt("%.1fmb", b / (1024.0 * 1024));
        }
        if (b >= 1024.0) {
            return fmt("%.1fkb", b / 1024.0);
        }
        return fmt("%db", (long) b);
    }

    /**
     * curl of OpenSearch _cat/shards?v with the unassigned reason, sorted by index: 37 days of four daily log index
     * families plus system indices, every primary and replica STARTED on six data nodes, except after os-data-4 restarted:
     * two replicas of today's payments index UNASSIGNED (NODE_LEFT), one replica INITIALIZING back on os-data-4 and one
     * replica RELOCATING from os-data-3 to os-data-5.
     */
    static NeedleCase openSearchCatShards() {
        Gen g = new Gen(190_002);
        String[] nodes = {"os-data-1", "os-data-2", "os-data-3", "os-data-4", "os-data-5", "os-data-6"};
        String[] nodeIps = {"10.0.2.11", "10.0.2.12", "10.0.2.13", "10.0.2.14", "10.0.2.15", "10.0.2.16"};
        TreeMap<String, long[]> indices = new TreeMap<>();
        indices.put(".kibana_1", new long[] {1, 2000, 40});
        indices.put(".opendistro-job-scheduler-lock", new long[] {1, 300, 12});
        indices.put(".opendistro-ism-config", new long[] {1, 1500, 164});
        indices.put(".opendistro-reports-definitions", new long[] {1, 900, 14});
        indices.put(".opensearch-notifications-config", new long[] {1, 600, 5});
        indices.put(".opensearch-observability", new long[] {1, 800, 3});
        indices.put(".plugins-ml-config", new long[] {1, 400, 1});
        List<String> days = new ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            days.add(fmt("2026.11.%02d", d));
        }
        for (int d = 1; d <= 7; d++) {
            days.add(fmt("2026.12.%02d", d));
            indices.put(fmt("security-auditlog-2026.12.%02d", d), new long[] {1, 1300, 60_000});
        }
        for (String day : days) {
            indices.put("logs-app-" + day, new long[] {3, 610, 2_600_000});
            indices.put("logs-audit-" + day, new long[] {1, 1150, 400_000});
            indices.put("logs-nginx-" + day, new long[] {2, 340, 3_500_000});
            indices.put("logs-payments-" + day, new long[] {2, 920, 900_000});
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"index", "shard", "prirep", "state", "docs", "store", "ip", "node", "unassigned.reason"});
        List<Integer> planted = new ArrayList<>();
        for (Map.Entry<String, long[]> e : indices.entrySet()) {
            String idx = e.getKey();
            long[] spec = e.getValue();
            double dayFactor = idx.endsWith("2026.12.07") ? 0.42 : 1.0;
            for (int s = 0; s < spec[0]; s++) {
                long docs = (long) (spec[2] * dayFactor * (0.85 + 0.3 * g.nextDouble()));
                int p = g.nextInt(6);
                int r = (p + 1 + g.nextInt(5)) % 6;
                boolean unassigned = idx.equals("logs-payments-2026.12.07");
                boolean initializing = idx.equals("logs-app-2026.12.06") && s == 2;
                boolean relocating = idx.equals("logs-nginx-2026.12.03") && s == 1;
                if (unassigned) {
                    p = s == 0 ? 1 : 5;
                } else if (initializing) {
                    p = 1;
                    r = 3;
                } else if (relocating) {
                    p = 0;
                    r = 2;
                } else if (p == 3 && idx.endsWith("2026.12.07")) {
                    p = 4;
                    r = r == 4 ? 0 : r;
                }
                rows.add(new String[] {idx, String.valueOf(s), "p", "STARTED", String.valueOf(docs),
                    catBytes(docs * spec[1] * (0.97 + 0.06 * g.nextDouble())), nodeIps[p], nodes[p], ""});
                if (unassigned) {
                    planted.add(rows.size());
                    rows.add(new String[] {idx, String.valueOf(s), "r", "UNASSIGNED", "", "", "", "", "NODE_LEFT"});
                } else if (initializing) {
                    planted.add(rows.size());
                    rows.add(new String[] {idx, String.valueOf(s), "r", "INITIALIZING", "", catBytes(docs * spec[1] * 0.37), nodeIps[3],
                        nodes[3], "NODE_LEFT"});
                } else if (relocating) {
                    planted.add(rows.size());
                    rows.add(new String[] {idx, String.valueOf(s), "r", "RELOCATING", String.valueOf(docs),
                        catBytes(docs * spec[1] * (0.97 + 0.06 * g.nextDouble())), nodeIps[2],
                        nodes[2] + " -> " + nodeIps[4] + " kq3YtB0eTjW2m1b9xZ4fHg " + nodes[4], ""});
                } else {
                    rows.add(new String[] {idx, String.valueOf(s), "r", "STARTED", String.valueOf(docs),
                        catBytes(docs * spec[1] * (0.97 + 0.06 * g.nextDouble())), nodeIps[r], nodes[r], ""});
                }
            }
        }
        List<String> lines = align(rows, new boolean[] {false, false, false, false, true, true, false, false, false});
        for (String l : lines) {
            g.add(l);
        }
        String text = g.text();
        requireLines(g, 500, 800);
        requireCount(text, "UNASSIGNED", 2);
        requireCount(text, "INITIALIZING", 1);
        requireCount(text, "RELOCATING", 1);
        requireCount(text, "NODE_LEFT", 3);
        List<Needle> needles = new ArrayList<>();
        for (int i : planted) {
            needles.add(Needle.exact(lines.get(i)));
        }
        return NeedleCase.named("fresh16_opensearch_cat_shards", "table", "opensearch-cat-shards")
                .shell("curl -s 'http://localhost:9200/_cat/shards?v&h=index,shard,prirep,state,docs,store,ip,node,unassigned.reason&s=index'")
                .question("The OpenSearch cluster went yellow after os-data-4 restarted this morning. Which shards are not STARTED (unassigned,"
                        + " initializing, relocating), on which nodes, and why?")
                .heldAside()
                .build(text, needles);
    }

    // ---------------------------------------------------------------- psql -x: pg_stat_activity

    private static final String[] PG_COLS = {"datid", "datname", "pid", "leader_pid", "usesysid", "usename", "application_name",
        "client_addr", "client_hostname", "client_port", "backend_start", "xact_start", "query_start", "state_change", "wait_event_type",
        "wait_event", "state", "backend_xid", "backend_xmin", "query_id", "query", "backend_type"};

    private static int pgPid(Gen g, Set<Integer> used) {
        int p;
        do {
            p = g.chance(0.5) ? g.between(1200, 47_999) : g.between(49_000, 98_000);
        } while (!used.add(p));
        return p;
    }

    private static String pgAt(String date, int h, int m, int s, int us) {
        return fmt("%s %02d:%02d:%02d.%06d+00", date, h, m, s, us);
    }

    private static Map<String, String> pgRec() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : PG_COLS) {
            m.put(c, "");
        }
        return m;
    }

    /**
     * psql -x over pg_stat_activity of a shop database during an incident: background processes, a walsender, forty
     * idle pooled connections, fourteen checkout sessions waiting on a transactionid lock for the same UPDATE of
     * inventory, a few reporting queries, and the one session that holds the lock: an order-reconciler connection idle in
     * transaction since 10:38. The question asks which session blocks the others and which pid to terminate.
     */
    static NeedleCase psqlExpandedActivity() {
        Gen g = new Gen(190_003);
        Set<Integer> pids = new HashSet<>();
        pids.add(48_213);
        String boot = "2026-11-30";
        String today = "2026-12-07";
        Map<String, String> queryIds = new HashMap<>();
        List<Map<String, String>> head = new ArrayList<>();
        List<Map<String, String>> clients = new ArrayList<>();
        List<Map<String, String>> tail = new ArrayList<>();
        Map<String, String> avl = pgRec();
        avl.put("pid", String.valueOf(pgPid(g, pids)));
        avl.put("backend_start", pgAt(boot, 4, 12, 8, g.nextInt(1_000_000)));
        avl.put("wait_event_type", "Activity");
        avl.put("wait_event", "AutoVacuumMain");
        avl.put("backend_type", "autovacuum launcher");
        head.add(avl);
        Map<String, String> lrl = pgRec();
        lrl.put("pid", String.valueOf(pgPid(g, pids)));
        lrl.put("usesysid", "10");
        lrl.put("usename", "postgres");
        lrl.put("backend_start", pgAt(boot, 4, 12, 8, g.nextInt(1_000_000)));
        lrl.put("wait_event_type", "Activity");
        lrl.put("wait_event", "LogicalLauncherMain");
        lrl.put("backend_type", "logical replication launcher");
        head.add(lrl);
        Map<String, String> ws = pgRec();
        ws.put("pid", String.valueOf(pgPid(g, pids)));
        ws.put("usesysid", "16390");
        ws.put("usename", "replicator");
        ws.put("application_name", "pg-replica-1");
        ws.put("client_addr", "10.20.1.12");
        ws.put("client_port", "50214");
        String wsStart = pgAt(boot, 4, 12, 31, g.nextInt(1_000_000));
        ws.put("backend_start", wsStart);
        ws.put("query_start", wsStart);
        ws.put("state_change", wsStart);
        ws.put("wait_event_type", "Activity");
        ws.put("wait_event", "WalSenderMain");
        ws.put("state", "streaming");
        ws.put("query", "START_REPLICATION SLOT \"pg_replica_1\" 3A1/5C000000 TIMELINE 1");
        ws.put("backend_type", "walsender");
        clients.add(ws);
        String[][] apps = {{"checkout-api", "10.20.3."}, {"orders-api", "10.20.3."}, {"catalog-api", "10.20.5."},
            {"PostgreSQL JDBC Driver", "10.20.6."}};
        String[] idleQueries = {"COMMIT", "ROLLBACK", "SELECT 1",
            "SELECT p.id, p.sku, p.price_cents, p.currency FROM products p WHERE p.id = ANY($1)",
            "SELECT o.id, o.status, o.total_cents FROM orders o WHERE o.customer_id = $1 ORDER BY o.created_at DESC LIMIT $2",
            "SELECT c.id, c.items, c.updated_at FROM carts c WHERE c.session_id = $1",
            "INSERT INTO order_events (order_id, type, payload, created_at) VALUES ($1, $2, $3, now())",
            "SELECT i.sku, i.on_hand, i.reserved FROM inventory i WHERE i.sku = ANY($1)",
            "UPDATE carts SET updated_at = now() WHERE id = $1", "SHOW TRANSACTION ISOLATION LEVEL"};
        for (int i = 0; i < 40; i++) {
            String[] app = apps[g.nextInt(apps.length)];
            Map<String, String> r = pgRec();
            r.put("datid", "16402");
            r.put("datname", "shop");
            r.put("pid", String.valueOf(pgPid(g, pids)));
            r.put("usesysid", "16395");
            r.put("usename", "shop_app");
            r.put("application_name", app[0]);
            r.put("client_addr", app[1] + g.between(10, 250));
            r.put("client_port", String.valueOf(g.between(32_768, 60_999)));
            r.put("backend_start", pgAt(today, g.between(6, 9), g.between(0, 59), g.between(0, 59), g.nextInt(1_000_000)));
            String qs = pgAt(today, 10, g.between(40, 53), g.between(0, 59), g.nextInt(1_000_000));
            r.put("query_start", qs);
            r.put("state_change", qs);
            r.put("wait_event_type", "Client");
            r.put("wait_event", "ClientRead");
            r.put("state", "idle");
            String q = g.pick(idleQueries);
            r.put("query_id", queryIds.computeIfAbsent(q, k -> (g.chance(0.5) ? "-" : "") + fmt("%d%09d", g.between(100_000_000, 922_000_000),
                    g.nextInt(1_000_000_000))));
            r.put("query", q);
            r.put("backend_type", "client backend");
            clients.add(r);
        }
        String waitQuery = "UPDATE inventory SET reserved = reserved + $1, updated_at = now() WHERE sku = $2";
        String waitQueryId = "-4168021737921564283";
        for (int i = 0; i < 14; i++) {
            Map<String, String> r = pgRec();
            r.put("datid", "16402");
            r.put("datname", "shop");
            r.put("pid", String.valueOf(pgPid(g, pids)));
            r.put("usesysid", "16395");
            r.put("usename", "shop_app");
            r.put("application_name", "checkout-api");
            r.put("client_addr", "10.20.3." + g.between(10, 250));
            r.put("client_port", String.valueOf(g.between(32_768, 60_999)));
            r.put("backend_start", pgAt(today, g.between(6, 9), g.between(0, 59), g.between(0, 59), g.nextInt(1_000_000)));
            int m = g.between(40, 52);
            int s = g.between(0, 59);
            int us = g.nextInt(990_000);
            r.put("xact_start", pgAt(today, 10, m, s, us));
            String qs = pgAt(today, 10, m, s, us + g.between(300, 9_000));
            r.put("query_start", qs);
            r.put("state_change", qs);
            r.put("wait_event_type", "Lock");
            r.put("wait_event", "transactionid");
            r.put("state", "active");
            r.put("backend_xmin", "91834211");
            r.put("query_id", waitQueryId);
            r.put("query", waitQuery);
            r.put("backend_type", "client backend");
            clients.add(r);
        }
        Map<String, String> blocker = pgRec();
        blocker.put("datid", "16402");
        blocker.put("datname", "shop");
        blocker.put("pid", "48213");
        blocker.put("usesysid", "16398");
        blocker.put("usename", "reconciler");
        blocker.put("application_name", "order-reconciler");
        blocker.put("client_addr", "10.20.4.17");
        blocker.put("client_port", "44871");
        blocker.put("backend_start", "2026-12-07 10:38:11.870512+00");
        blocker.put("xact_start", "2026-12-07 10:38:12.413920+00");
        blocker.put("query_start", "2026-12-07 10:38:12.902771+00");
        blocker.put("state_change", "2026-12-07 10:38:13.017446+00");
        blocker.put("wait_event_type", "Client");
        blocker.put("wait_event", "ClientRead");
        blocker.put("state", "idle in transaction");
        blocker.put("backend_xid", "91834211");
        blocker.put("query_id", "7730914452218870194");
        blocker.put("query", "UPDATE inventory i SET reserved = i.reserved - r.qty FROM reservations r WHERE r.sku = i.sku AND r.expires_at < now()");
        blocker.put("backend_type", "client backend");
        clients.add(blocker);
        String[] reports = {
            "SELECT date_trunc('day', o.created_at) AS day, count(*), sum(o.total_cents) FROM orders o WHERE o.created_at >= $1 GROUP BY 1 ORDER BY 1",
            "SELECT p.category, sum(l.qty) AS units FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.created_at >= $1 GROUP BY p.category",
            "SELECT c.country, count(DISTINCT o.customer_id) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.country",
            "SELECT r.reason, count(*) FROM refunds r WHERE r.created_at >= $1 GROUP BY r.reason ORDER BY 2 DESC"};
        for (String q : reports) {
            Map<String, String> r = pgRec();
            r.put("datid", "16402");
            r.put("datname", "shop");
            r.put("pid", String.valueOf(pgPid(g, pids)));
            r.put("usesysid", "16401");
            r.put("usename", "metabase_ro");
            r.put("application_name", "Metabase v0.51.4 [" + uuidLike(g) + "]");
            r.put("client_addr", "10.20.8.14");
            r.put("client_port", String.valueOf(g.between(32_768, 60_999)));
            r.put("backend_start", pgAt(today, g.between(8, 10), g.between(0, 30), g.between(0, 59), g.nextInt(1_000_000)));
            String xs = pgAt(today, 10, g.between(50, 53), g.between(0, 59), g.nextInt(1_000_000));
            r.put("xact_start", xs);
            r.put("query_start", xs);
            r.put("state_change", xs);
            if (g.chance(0.6)) {
                r.put("wait_event_type", "IO");
                r.put("wait_event", "DataFileRead");
            }
            r.put("state", "active");
            r.put("backend_xmin", "91834211");
            r.put("query_id", fmt("%d%09d", g.between(100_000_000, 922_000_000), g.nextInt(1_000_000_000)));
            r.put("query", q);
            r.put("backend_type", "client backend");
            clients.add(r);
        }
        Map<String, String> av = pgRec();
        av.put("datid", "16402");
        av.put("datname", "shop");
        av.put("pid", String.valueOf(pgPid(g, pids)));
        String avStart = pgAt(today, 10, 52, 41, g.nextInt(1_000_000));
        av.put("backend_start", avStart);
        av.put("xact_start", avStart);
        av.put("query_start", avStart);
        av.put("state_change", avStart);
        av.put("state", "active");
        av.put("backend_xmin", "91834211");
        av.put("query", "autovacuum: VACUUM ANALYZE public.order_events");
        av.put("backend_type", "autovacuum worker");
        clients.add(av);
        Map<String, String> self = pgRec();
        self.put("datid", "16402");
        self.put("datname", "shop");
        self.put("pid", String.valueOf(pgPid(g, pids)));
        self.put("usesysid", "10");
        self.put("usename", "postgres");
        self.put("application_name", "psql");
        self.put("client_port", "-1");
        String selfStart = pgAt(today, 10, 53, 18, g.nextInt(1_000_000));
        self.put("backend_start", selfStart);
        self.put("xact_start", pgAt(today, 10, 53, 20, 114_208));
        self.put("query_start", pgAt(today, 10, 53, 20, 114_208));
        self.put("state_change", pgAt(today, 10, 53, 20, 114_211));
        self.put("state", "active");
        self.put("backend_xmin", "91834211");
        self.put("query_id", "-2850181744108296119");
        self.put("query", "select * from pg_stat_activity;");
        self.put("backend_type", "client backend");
        clients.add(self);
        shuffle(g, clients);
        String[][] aux = {{"BgWriterHibernate", "background writer"}, {"CheckpointerMain", "checkpointer"}, {"WalWriterMain", "walwriter"}};
        for (String[] a : aux) {
            Map<String, String> r = pgRec();
            r.put("pid", String.valueOf(pgPid(g, pids)));
            r.put("backend_start", pgAt(boot, 4, 12, 7, g.nextInt(1_000_000)));
            r.put("wait_event_type", "Activity");
            r.put("wait_event", a[0]);
            r.put("backend_type", a[1]);
            tail.add(r);
        }
        List<Map<String, String>> recs = new ArrayList<>(head);
        recs.addAll(clients);
        recs.addAll(tail);
        int dwidth = 0;
        for (Map<String, String> r : recs) {
            for (String v : r.values()) {
                dwidth = Math.max(dwidth, v.length());
            }
        }
        for (int i = 0; i < recs.size(); i++) {
            String h = "-[ RECORD " + (i + 1) + " ]";
            g.add(h + "-".repeat(Math.max(0, 17 - h.length())) + "+" + "-".repeat(dwidth + 1));
            for (Map.Entry<String, String> e : recs.get(i).entrySet()) {
                g.add(pad(e.getKey(), 16) + " | " + e.getValue());
            }
        }
        String text = g.text();
        requireLines(g, 1200, 2000);
        requireCount(text, "| 48213\n", 1);
        requireCount(text, "transactionid", 14);
        return NeedleCase.named("fresh16_psql_expanded_activity", "table", "psql-expanded-x")
                .shell("psql -h db-prod-1 -U postgres -d shop -x -c 'select * from pg_stat_activity'")
                .question("Checkout requests hang since about 10:40 and pile up on the inventory UPDATE. Which session is blocking them, what is it"
                        + " doing and since when? Which pid should I terminate?")
                .heldAside()
                .build(text, List.of(Needle.exact(only(text, "pid              | 48213")), Needle.exact(only(text, "order-reconciler")),
                        Needle.exact(only(text, "idle in transaction")), Needle.exact(only(text, "10:38:12.413920"))));
    }

    private static String uuidLike(Gen g) {
        return g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12);
    }

    // ---------------------------------------------------------------- zeek conn.log

    private static String zeekUid(Gen g) {
        String abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder("C");
        for (int i = 0; i < 17; i++) {
            sb.append(abc.charAt(g.nextInt(abc.length())));
        }
        return sb.toString();
    }

    private static String zeekRow(double ts, String uid, String oh, int op, String rh, int rp, String proto, String service, String dur,
                                  String ob, String rb, String state, String lo, String lr, String hist, int opk, long oipb, int rpk,
                                  long ripb) {
        return fmt("%.6f\t%s\t%s\t%d\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t0\t%s\t%d\t%d\t%d\t%d\t-", ts, uid, oh, op, rh, rp, proto,
                service, dur, ob, rb, state, lo, lr, hist, opk, oipb, rpk, ripb);
    }

    private static String internalHost(Gen g) {
        return "10.0." + g.between(1, 7) + "." + g.between(10, 250);
    }

    /**
     * One hour of a Zeek conn.log (the TSV with #fields and #types headers and a #close footer) from a cloud VPC sensor:
     * DNS to the resolver, TLS to the internet, database, Redis and Kafka traffic, NTP, scans of the bastion (S0) and a few
     * rejected internal connections. Threat intel names one address: a workstation made a short and then a ten-minute TLS
     * connection to it sending 48 MB, and another host's attempt on port 4444 was rejected. No row carries an error word.
     */
    static NeedleCase zeekConnLog() {
        Gen g = new Gen(190_004);
        g.add("#separator \\x09");
        g.add("#set_separator\t,");
        g.add("#empty_field\t(empty)");
        g.add("#unset_field\t-");
        g.add("#path\tconn");
        g.add("#open\t2026-12-07-09-00-00");
        g.add("#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state"
                + "\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes\ttunnel_parents");
        g.add("#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring\tbool\tbool\tcount\tstring\tcount"
                + "\tcount\tcount\tcount\tset[string]");
        String bad = "185.220.101.47";
        double base = 1_796_634_000.0;
        List<String> planted = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            double ts = base + i * 3.0 + g.nextDouble() * 2.9;
            String row;
            if (i == 310) {
                row = zeekRow(ts, zeekUid(g), "10.0.5.23", 50_122, bad, 443, "tcp", "ssl", "2.118734", "1830", "5120", "SF", "T", "F",
                        "ShADadFf", 12, 2454, 10, 5640);
                planted.add(row);
            } else if (i == 815) {
                row = zeekRow(ts - 611.402117, zeekUid(g), "10.0.5.23", 50_877, bad, 443, "tcp", "ssl", "611.402117", "48213775", "30422", "SF",
                        "T", "F", "ShADadFf", 33_021, 49_930_867, 15_804, 852_230);
                planted.add(row);
            } else if (i == 1004) {
                row = zeekRow(ts, zeekUid(g), "10.0.7.88", 41_022, bad, 4444, "tcp", "-", "0.101877", "0", "0", "REJ", "T", "F", "Sr", 1, 60, 1,
                        40);
                planted.add(row);
            } else {
                int k = g.weighted(34, 28, 5, 12, 8, 3, 4, 3, 3);
                String uid = zeekUid(g);
                switch (k) {
                    case 0 -> {
                        int ob = g.between(28, 64);
                        int rb = g.between(44, 220);
                        row = zeekRow(ts, uid, internalHost(g), g.between(32_768, 60_999), "10.0.0.2", 53, "udp", "dns",
                                fmt("%.6f", 0.0003 + g.nextDouble() * 0.04), String.valueOf(ob), String.valueOf(rb), "SF", "T", "T", "Dd", 1,
                                ob + 28, 1, rb + 28);
                    }
                    case 1, 2 -> {
                        boolean tls = k == 1;
                        int ob = tls ? g.between(600, 60_000) : g.between(300, 4_000);
                        int rb = tls ? g.between(2_000, 1_500_000) : g.between(500, 90_000);
                        int opk = ob / 1200 + g.between(5, 9);
                        int rpk = rb / 1400 + g.between(4, 8);
                        row = zeekRow(ts, uid, internalHost(g), g.between(32_768, 60_999), g.ip(), tls ? 443 : 80, "tcp", tls ? "ssl" : "http",
                                fmt("%.6f", 0.05 + g.nextDouble() * (tls ? 180 : 4)), String.valueOf(ob), String.valueOf(rb), "SF", "T", "F",
                                "ShADadFf", opk, ob + opk * 52L, rpk, rb + rpk * 52L);
                    }
                    case 3, 4, 8 -> {
                        String rh = k == 3 ? "10.0.1.20" : k == 4 ? "10.0.1.31" : "10.0.1." + g.between(41, 43);
                        int rp = k == 3 ? 5432 : k == 4 ? 6379 : 9092;
                        int ob = g.between(200, 90_000);
                        int rb = g.between(100, 400_000);
                        int opk = ob / 1400 + g.between(4, 12);
                        int rpk = rb / 1400 + g.between(4, 12);
                        row = zeekRow(ts, uid, internalHost(g), g.between(32_768, 60_999), rh, rp, "tcp", "-",
                                fmt("%.6f", 0.002 + g.nextDouble() * 30), String.valueOf(ob), String.valueOf(rb), "SF", "T", "T", "ShADadFf",
                                opk, ob + opk * 52L, rpk, rb + rpk * 52L);
                    }
                    case 5 -> row = zeekRow(ts, uid, internalHost(g), 123, "169.254.169.123", 123, "udp", "ntp",
                            fmt("%.6f", 0.0002 + g.nextDouble() * 0.001), "48", "48", "SF", "T", "F", "Dd", 1, 76, 1, 76);
                    case 6 -> row = zeekRow(ts, uid, g.ip(), g.between(1_024, 65_000), "10.0.0.10", g.pick(22, 23, 3389, 445, 8080), "tcp", "-",
                            "-", "-", "-", "S0", "F", "T", "S", 1, 44, 0, 0);
                    default -> row = zeekRow(ts, uid, internalHost(g), g.between(32_768, 60_999), internalHost(g), g.between(1_024, 9_999), "tcp",
                            "-", fmt("%.6f", 0.00005 + g.nextDouble() * 0.0008), "0", "0", "REJ", "T", "T", "Sr", 1, 44, 1, 40);
                }
            }
            g.add(row);
        }
        g.add("#close\t2026-12-07-10-00-00");
        String text = g.text();
        requireLines(g, 1200, 1300);
        requireCount(text, bad, 3);
        return NeedleCase.named("fresh16_zeek_conn_log", "csv", "zeek-conn-log")
                .shell("zcat /nsm/zeek/logs/2026-12-07/conn.09:00:00-10:00:00.log.gz")
                .question("Threat intel flagged 185.220.101.47 as a C2 / exfiltration endpoint. In this hour of conn.log, did any of our hosts talk"
                        + " to it? Which hosts, on which ports, and how much data did they send?")
                .heldAside()
                .build(text, List.of(Needle.exact(planted.get(0)), Needle.exact(planted.get(1)), Needle.exact(planted.get(2))));
    }

    // ---------------------------------------------------------------- ctest -j8 --output-on-failure

    /**
     * ctest -j8 --output-on-failure of a C++ geometry library in CI: 412 GoogleTest cases discovered per suite, Start and
     * result lines interleaved by the parallel run, then the percentage, the label time summary and the failed list. One
     * test fails with a GoogleTest equality failure (a PLY reader off by one vertex) printed right after its result line;
     * one times out after the retry backoff of an HTTP client test adds up past the 60 s timeout.
     */
    static NeedleCase ctestOutputOnFailure() {
        Gen g = new Gen(190_005);
        String[] suites = {"VectorTest", "MatrixTest", "QuaternionTest", "PolygonTest", "SegmentIntersection", "ConvexHull", "Triangulation",
            "MeshSimplify", "PlyReader", "ObjReader", "GeoJsonReader", "ShapefileReader", "GeoTiffReader", "HttpClient", "TileCache",
            "Reprojection", "DatumShift", "RTreeIndex", "QuadTree", "RasterResample", "RasterStats", "CliArgs", "ThreadPool", "Logging"};
        String[] verbs = {"Handles", "Computes", "Parses", "Rejects", "Rounds", "Preserves", "Merges", "Splits", "Reads", "Writes", "Caches",
            "Evicts", "Transforms", "Validates", "Serializes"};
        String[] objs = {"EmptyInput", "LargeInput", "NaN", "Antimeridian", "PoleCrossing", "DegenerateTriangle", "SelfIntersection",
            "Utf8Names", "BigEndian", "LittleEndian", "Ascii", "Holes", "MultiPart", "ZeroArea", "Duplicates", "Overflow", "Concurrency",
            "Precision", "NullIsland", "Collinear", "Clockwise", "Nested"};
        String ply = "PlyReader.ParsesBinaryLittleEndian";
        String http = "HttpClient.RetriesWithBackoff";
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (int si = 0; si < suites.length; si++) {
            int count = 17 + (si < 2 ? 1 : 0);
            int plantAt = g.nextInt(count);
            for (int k = 0; k < count; k++) {
                if (suites[si].equals("PlyReader") && k == plantAt) {
                    names.add(ply);
                }
                if (suites[si].equals("HttpClient") && k == plantAt) {
                    names.add(http);
                }
                String n;
                do {
                    n = suites[si] + "." + g.pick(verbs) + g.pick(objs);
                } while (!seen.add(n));
                names.add(n);
            }
        }
        int total = names.size();
        if (total != 412) {
            throw new IllegalStateException("ctest total " + total);
        }
        double[] secs = new double[total];
        for (int i = 0; i < total; i++) {
            String n = names.get(i);
            boolean slow = n.startsWith("HttpClient") || n.startsWith("TileCache");
            secs[i] = n.equals(http) ? 60.03 : n.equals(ply) ? 0.14 : slow ? 0.4 + g.nextDouble() * 2.6
                    : g.chance(0.05) ? 2 + g.nextDouble() * 7 : 0.01 + g.nextDouble() * g.nextDouble() * 0.6;
        }
        g.add("Test project /home/runner/work/geokit/geokit/build");
        List<Integer> running = new ArrayList<>();
        int next = 0;
        while (next < 8) {
            g.add(fmt("      Start %3d: %s", next + 1, names.get(next)));
            running.add(next++);
        }
        String gtestMain = "Running main() from /home/runner/work/geokit/geokit/build/_deps/googletest-src/googletest/src/gtest_main.cc";
        int done = 0;
        while (!running.isEmpty()) {
            int idx = running.remove(g.nextInt(Math.min(running.size(), 3)));
            done++;
            String n = names.get(idx);
            String status = n.equals(ply) ? "***Failed" : n.equals(http) ? "***Timeout" : "   Passed";
            String left = fmt("%3d/%d Test %5s: ", done, total, "#" + (idx + 1)) + n + " ";
            g.add(left + ".".repeat(Math.max(3, 62 - left.length())) + pad(status, 10) + fmt("%7.2f sec", secs[idx]));
            if (n.equals(ply)) {
                g.add(gtestMain);
                g.add("Note: Google Test filter = " + ply);
                g.add("[==========] Running 1 test from 1 test suite.");
                g.add("[----------] Global test environment set-up.");
                g.add("[----------] 1 test from PlyReader");
                g.add("[ RUN      ] " + ply);
                g.add("/home/runner/work/geokit/geokit/src/io/ply_reader_test.cpp:88: Failure");
                g.add("Expected equality of these values:");
                g.add("  mesh.vertex_count()");
                g.add("    Which is: 35946");
                g.add("  35947");
                g.add("[  FAILED  ] " + ply + " (12 ms)");
                g.add("[----------] 1 test from PlyReader (12 ms total)");
                g.add("");
                g.add("[----------] Global test environment tear-down");
                g.add("[==========] 1 test from 1 test suite ran. (12 ms total)");
                g.add("[  PASSED  ] 0 tests.");
                g.add("[  FAILED  ] 1 test, listed below:");
                g.add("[  FAILED  ] " + ply);
                g.add("");
                g.add(" 1 FAILED TEST");
                g.add("");
            } else if (n.equals(http)) {
                g.add(gtestMain);
                g.add("Note: Google Test filter = " + http);
                g.add("[==========] Running 1 test from 1 test suite.");
                g.add("[----------] Global test environment set-up.");
                g.add("[----------] 1 test from HttpClient");
                g.add("[ RUN      ] " + http);
                int delay = 1000;
                for (int a = 1; a <= 5; a++) {
                    g.add(fmt("[http] GET http://127.0.0.1:38211/tiles/3/4/2.png -> 503 Service Unavailable, retrying in %d ms (attempt %d/5)",
                            delay, a));
                    delay *= 2;
                }
                g.add("");
            }
            if (next < total) {
                g.add(fmt("      Start %3d: %s", next + 1, names.get(next)));
                running.add(next++);
            }
        }
        g.add("");
        String percent = "99% tests passed, 2 tests failed out of 412";
        g.add(percent);
        g.add("");
        double integration = 0;
        double unit = 0;
        int integrationN = 0;
        double sum = 0;
        for (int i = 0; i < total; i++) {
            sum += secs[i];
            if (names.get(i).startsWith("HttpClient") || names.get(i).startsWith("TileCache")) {
                integration += secs[i];
                integrationN++;
            } else {
                unit += secs[i];
            }
        }
        g.add("Label Time Summary:");
        g.add(fmt("integration    = %7.2f sec*proc (%d tests)", integration, integrationN));
        g.add(fmt("unit           = %7.2f sec*proc (%d tests)", unit, total - integrationN));
        g.add("");
        g.add(fmt("Total Test time (real) = %7.2f sec", sum / 8 + 41.7));
        g.add("");
        g.add("The following tests FAILED:");
        g.add(fmt("\t%3d - %s (Failed)", names.indexOf(ply) + 1, ply));
        g.add(fmt("\t%3d - %s (Timeout)", names.indexOf(http) + 1, http));
        g.add("Errors while running CTest");
        g.add("Output from these tests are in: /home/runner/work/geokit/geokit/build/Testing/Temporary/LastTest.log");
        g.add("Use \"--rerun-failed --output-on-failure\" to re-run the failed cases verbosely.");
        String text = g.text();
        requireLines(g, 800, 950);
        return NeedleCase.named("fresh16_ctest_output_on_failure", "build", "ctest-output-on-failure")
                .shell("ctest --test-dir build -j8 --output-on-failure")
                .question("The geokit CI job is red on my PR. Which tests fail, and why does each of them fail?")
                .heldAside()
                .build(text, List.of(Needle.exact(only(text, "***Failed")), Needle.exact(only(text, "ply_reader_test.cpp:88: Failure")),
                        Needle.exact(only(text, "Which is: 35946")), Needle.exact(only(text, "***Timeout")), Needle.exact(percent)));
    }

    // ---------------------------------------------------------------- phpunit --testdox

    private static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2");
    }

    /**
     * phpunit --testdox of a Laravel shop (PHPUnit 10): about 95 test classes, each a prettified class header and its
     * tests with check marks, data sets of data-provider tests, three skipped tests with their reasons in box-drawing
     * frames, one failure (tax rounding per line item) with its assertion message and file:line, then the summary.
     */
    static NeedleCase phpunitTestdox() {
        Gen g = new Gen(190_006);
        String[] domains = {"Cart", "Checkout", "Tax", "Shipping", "Catalog", "Customer", "Invoice", "Payment", "Refund", "Notification",
            "Search", "Inventory", "Promotion", "Order", "Subscription", "Address", "Currency", "Review", "Wishlist", "Account"};
        String[] suffixes = {"Service", "Repository", "Controller", "Calculator", "Validator", "Formatter", "Listener", "Policy", "Job",
            "Resolver", "Mapper", "Factory"};
        String[] tests = {"Returns null for unknown id", "Throws on negative quantity", "Persists changes in a transaction",
            "Dispatches event after commit", "Formats amounts with two decimals", "Rejects an expired token", "Paginates results",
            "Caches the lookup for ten minutes", "Retries on deadlock", "Maps the api payload to a dto", "Ignores soft deleted rows",
            "Sorts by creation date descending", "Validates required fields", "Trims whitespace from input", "Handles an empty collection",
            "Uses the default locale", "Respects the feature flag", "Logs a warning on fallback", "Converts currency using the daily rate",
            "Queues the notification", "Returns 404 for missing resource", "Returns 422 for invalid payload", "Requires authentication",
            "Forbids access for other customers", "Creates a draft", "Publishes the draft", "Archives after thirty days",
            "Merges duplicate entries", "Calculates the total", "Applies the coupon once", "Skips inactive items", "Counts only visible items",
            "Keeps the original price snapshot", "Restores the previous state", "Emits a domain event", "Filters by status",
            "Accepts iso country codes", "Normalises the email address", "Locks the row for update", "Releases the reservation"};
        String[] dataSets = {"de", "fr", "nl", "at", "empty", "null", "max int", "unicode", "whitespace", "negative", "zero", "eu b2b"};
        String taxFqcn = "App\\Tests\\Unit\\Tax\\TaxCalculatorTest";
        TreeSet<String> classes = new TreeSet<>();
        classes.add(taxFqcn);
        while (classes.size() < 96) {
            String d = g.pick(domains);
            String cls = d + g.pick(suffixes);
            if (cls.equals("TaxCalculator")) {
                continue;
            }
            String kind = cls.endsWith("Controller") ? "Feature\\Http" : g.chance(0.2) ? "Feature" : "Unit";
            classes.add("App\\Tests\\" + kind + "\\" + d + "\\" + cls + "Test");
        }
        List<String> classList = new ArrayList<>(classes);
        String[][] skipped = {{"Uploads the invoice to sftp", "The ssh2 extension is not available."},
            {"Sends the sms via twilio", "TWILIO_SID is not set."},
            {"Indexes products in meilisearch", "Meilisearch is not reachable at http://127.0.0.1:7700."}};
        Map<Integer, String[]> skipAt = new HashMap<>();
        while (skipAt.size() < 3) {
            int c = g.nextInt(classList.size());
            if (!classList.get(c).equals(taxFqcn) && !skipAt.containsKey(c)) {
                skipAt.put(c, skipped[skipAt.size()]);
            }
        }
        g.add("PHPUnit 10.5.38 by Sebastian Bergmann and contributors.");
        g.add("");
        g.add("Runtime:       PHP 8.3.14");
        g.add("Configuration: /app/phpunit.xml");
        g.add("");
        g.add("Time: 00:24.718, Memory: 98.50 MB");
        g.add("");
        int count = 0;
        String failLine = " ✘ Rounds tax per line item for mixed rates";
        String failMsg = "   ├ Failed asserting that 19.99 is identical to 20.0.";
        String failAt = "   │ /app/tests/Unit/Tax/TaxCalculatorTest.php:118";
        for (int c = 0; c < classList.size(); c++) {
            String fqcn = classList.get(c);
            String shortName = fqcn.substring(fqcn.lastIndexOf('\\') + 1, fqcn.length() - 4);
            g.add(words(shortName) + " (" + fqcn.substring(0, fqcn.length() - 4) + ")");
            if (fqcn.equals(taxFqcn)) {
                g.add(" ✔ Calculates vat for a single item");
                g.add(" ✔ Calculates vat with reduced rate");
                for (String ds : List.of("de standard", "de reduced", "fr standard", "nl reduced", "at standard")) {
                    g.add(" ✔ Calculates vat per country with data set \"" + ds + "\"");
                    count++;
                }
                g.add(failLine);
                g.add("   ┐");
                g.add(failMsg);
                g.add("   │");
                g.add(failAt);
                g.add("   ┴");
                g.add(" ✔ Applies reverse charge for eu b2b");
                g.add(" ✔ Exempts gift cards");
                g.add(" ✔ Rounds the order total half up");
                count += 6;
            } else {
                int n = g.between(4, 12);
                Set<String> used = new HashSet<>();
                for (int k = 0; k < n; k++) {
                    String t = g.pick(tests);
                    if (!used.add(t)) {
                        continue;
                    }
                    if (g.chance(0.12)) {
                        int sets = g.between(3, 6);
                        Set<String> usedSets = new HashSet<>();
                        for (int s = 0; s < sets; s++) {
                            String ds = g.pick(dataSets);
                            if (usedSets.add(ds)) {
                                g.add(" ✔ " + t + " with data set \"" + ds + "\"");
                                count++;
                            }
                        }
                    } else {
                        g.add(" ✔ " + t);
                        count++;
                    }
                }
                String[] skip = skipAt.get(c);
                if (skip != null) {
                    g.add(" ↩ " + skip[0]);
                    g.add("   ┐");
                    g.add("   ├ " + skip[1]);
                    g.add("   ┴");
                    count++;
                }
            }
            g.add("");
        }
        g.add("FAILURES!");
        String summary = fmt("Tests: %d, Assertions: %d, Failures: 1, Skipped: 3.", count, count * 2 + g.between(count / 2, count));
        g.add(summary);
        String text = g.text();
        requireLines(g, 800, 1400);
        requireCount(text, "✘", 1);
        requireCount(text, "19.99", 1);
        return NeedleCase.named("fresh16_phpunit_testdox", "build", "phpunit-testdox")
                .shell("docker compose exec app vendor/bin/phpunit --testdox")
                .question("After my change to tax rounding the test suite is red. Which test fails, with which assertion, and where is it?")
                .heldAside()
                .build(text, List.of(Needle.exact(failLine), Needle.exact(failMsg), Needle.exact(failAt), Needle.exact(summary)));
    }

    // ---------------------------------------------------------------- git range-diff

    /**
     * git range-diff of a 128-commit feature branch before and after a rebase onto main: most pairs equal ("="), a few
     * changed ("!") with their diff of diffs indented, one commit dropped ("<"), one added (">"). The changed webhook
     * signature commit lost its missing-header check in the conflict resolution and gained a one-hour timestamp tolerance.
     */
    static NeedleCase gitRangeDiff() {
        Gen g = new Gen(190_007);
        String[] areas = {"checkout", "payments", "cart", "orders", "api", "db", "tests", "ci", "docs", "pricing", "shipping", "refunds"};
        String[] verbs = {"add", "handle", "refactor", "rename", "extract", "validate", "test", "document", "simplify", "cache", "guard",
            "log", "drop", "split", "wire up", "expose"};
        String[] objs = {"order totals", "cart merge on login", "idempotency keys", "refund events", "currency rounding",
            "address normalisation", "shipping quotes", "tax breakdown", "retry policy", "outbox table", "event schema", "timeout config",
            "error mapping", "pagination", "feature flag", "metrics labels", "status transitions", "fixtures", "coupon stacking",
            "price snapshot"};
        int oldCount = 128;
        int dropIdx = 23;
        int sigIdx = 41;
        int insertAfter = 57;
        Set<String> seen = new HashSet<>();
        List<String> subjects = new ArrayList<>();
        while (subjects.size() < oldCount) {
            String s = g.pick(areas) + ": " + g.pick(verbs) + " " + g.pick(objs);
            if (seen.add(s)) {
                subjects.add(s);
            }
        }
        String dropped = "payments: log raw webhook body for debugging";
        String sigSubject = "payments: verify Stripe webhook signature";
        String inserted = "payments: retry failed webhook deliveries with jitter";
        subjects.set(dropIdx, dropped);
        subjects.set(sigIdx, sigSubject);
        Set<Integer> changed = new TreeSet<>();
        changed.add(sigIdx);
        while (changed.size() < 8) {
            int c = g.nextInt(oldCount);
            if (c != dropIdx) {
                changed.add(c);
            }
        }
        String[] files = {"src/checkout/checkout.service.ts", "src/orders/orders.repository.ts", "src/cart/cart.service.ts",
            "src/pricing/price-calculator.ts", "src/shipping/quote.service.ts", "src/refunds/refund.handler.ts", "src/api/error.filter.ts",
            "src/db/migrations/1733480000000-outbox.ts"};
        String[] classesTs = {"CheckoutService", "OrdersRepository", "CartService", "PriceCalculator", "QuoteService", "RefundHandler",
            "ErrorFilter", "Outbox1733480000000"};
        String sigLine = null;
        String dropLine = null;
        String insertLine = null;
        int newNum = 0;
        for (int i = 0; i < oldCount; i++) {
            String subj = subjects.get(i);
            if (i == dropIdx) {
                dropLine = fmt("%3d:  %s < %3s:  %s %s", i + 1, g.hex(7), "-", "-------", subj);
                g.add(dropLine);
                continue;
            }
            newNum++;
            boolean bang = changed.contains(i);
            String line = fmt("%3d:  %s %s %3d:  %s %s", i + 1, g.hex(7), bang ? "!" : "=", newNum, g.hex(7), subj);
            g.add(line);
            if (i == sigIdx) {
                sigLine = line;
                g.add("    @@ src/payments/webhooks/stripe-webhook.controller.ts: export class StripeWebhookController {");
                g.add("       @Post()");
                g.add("       @HttpCode(200)");
                g.add("       async handle(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {");
                g.add("    -+    if (!signature) {");
                g.add("    -+      throw new BadRequestException('missing stripe-signature header');");
                g.add("    -+    }");
                g.add("     +    const event = this.stripe.webhooks.constructEvent(");
                g.add("     +      req.rawBody,");
                g.add("     +      signature,");
                g.add("     +      this.config.stripeWebhookSecret,");
                g.add("    ++      WEBHOOK_TOLERANCE_SECONDS,");
                g.add("     +    );");
                g.add("     +    await this.events.record(event);");
                g.add("     +    return { received: true };");
                g.add("    +");
                g.add("    + ## src/payments/webhooks/webhook.constants.ts (new) ##");
                g.add("    +@@");
                g.add("    ++export const WEBHOOK_TOLERANCE_SECONDS = 3600;");
                g.add("    +");
                g.add("      ## src/payments/webhooks/stripe-webhook.controller.spec.ts ##");
                g.add("    @@ src/payments/webhooks/stripe-webhook.controller.spec.ts: describe('StripeWebhookController', () => {");
                g.add("     +    expect(events.record).toHaveBeenCalledWith(expect.objectContaining({ type: 'charge.succeeded' }));");
                g.add("     +  });");
                g.add("     +");
                g.add("    -+  it('rejects a request without signature header', async () => {");
                g.add("    -+    await expect(controller.handle(reqWithoutSignature, undefined)).rejects.toThrow(BadRequestException);");
                g.add("    -+  });");
            } else if (bang) {
                int f = g.nextInt(files.length);
                String var = g.pick("items", "lines", "quotes", "rows", "entries");
                switch (g.nextInt(3)) {
                    case 0 -> {
                        g.add("    @@ " + files[f] + ": export class " + classesTs[f] + " {");
                        g.add("         const " + var + " = await this.repo.findBy" + g.pick("Order", "Cart", "Customer") + "(id);");
                        g.add("    -+    return " + var + ".map(toDto);");
                        g.add("    ++    return " + var + ".filter((x) => !x.deletedAt).map(toDto);");
                        g.add("     +  }");
                    }
                    case 1 -> {
                        g.add("    @@ " + files[f]);
                        g.add("     +import { Injectable } from '@nestjs/common';");
                        g.add("    -+import { Logger } from '@nestjs/common';");
                        g.add("    ++import { Logger } from '../common/logger';");
                        g.add("     +import { " + classesTs[(f + 1) % files.length] + " } from '" + files[(f + 1) % files.length]
                                .replace("src/", "../").replace(".ts", "") + "';");
                    }
                    default -> {
                        g.add("    @@ Metadata");
                        g.add("     Author: " + g.pick("Dana Whitfield <dana@acme.io>", "Priya Nair <priya@acme.io>", "Tomás Ruiz <tomas@acme.io>"));
                        g.add("     ");
                        g.add("      ## Commit message ##");
                        g.add("         " + subj);
                        g.add("    +");
                        g.add("    +    Co-authored-by: " + g.pick("Lena Koch <lena@acme.io>", "Sam Okafor <sam@acme.io>"));
                        g.add("     ");
                        g.add("      ## " + files[f] + " ##");
                    }
                }
            }
            if (i == insertAfter) {
                newNum++;
                insertLine = fmt("%3s:  %s > %3d:  %s %s", "-", "-------", newNum, g.hex(7), inserted);
                g.add(insertLine);
            }
        }
        String text = g.text();
        requireLines(g, 170, 260);
        requireCount(text, "WEBHOOK_TOLERANCE_SECONDS = 3600", 1);
        requireCount(text, "if (!signature)", 1);
        return NeedleCase.named("fresh16_git_range_diff", "diff", "git-range-diff")
                .shell("git range-diff origin/main@{1}..feat/checkout-webhooks@{1} origin/main..feat/checkout-webhooks")
                .question("I rebased feat/checkout-webhooks onto main and force-pushed; reviewers had approved the previous version. Apart from"
                        + " the rebase itself, what changed between the approved series and the new one? Did the webhook signature check change?")
                .heldAside()
                .build(text, List.of(Needle.exact(sigLine), Needle.exact("    -+    if (!signature) {"),
                        Needle.exact("    ++export const WEBHOOK_TOLERANCE_SECONDS = 3600;"), Needle.exact(dropLine), Needle.exact(insertLine)));
    }

    // ---------------------------------------------------------------- p4 changes -l -t

    /**
     * p4 changes -l -t -s submitted -m 400 on a game's main stream: about 400 changelists with their full descriptions
     * (tab-indented, #jira and #review tags), automated integrations and localization drops. One changelist reordered the
     * save-game chunks before the header checksum; two days later another partially backed it out.
     */
    static NeedleCase p4Changes() {
        Gen g = new Gen(190_008);
        String[] users = {"mkim@mkim-ws-main", "jpark@jpark-main-2", "aolsen@aolsen-ws", "dvasquez@dvasquez-main", "sbecker@sbecker-ws-main",
            "tnguyen@tnguyen-ws", "ehughes@ehughes-main", "pkowal@pkowal-ws-main", "cwright@cwright-main", "ymori@ymori-ws-main",
            "bsingh@bsingh-ws", "rtanaka@rtanaka-ws-main", "lmorel@lmorel-ws-main", "fduarte@fduarte-ws"};
        String[] areas = {"Rendering", "Animation", "UI", "Audio", "Net", "Physics", "AI", "Tools", "Build", "Gameplay", "Streaming", "Shaders",
            "Input", "Online"};
        String[] actions = {"fix", "optimize", "clean up", "add", "remove", "refactor", "tweak", "guard against", "expose", "profile"};
        String[] objects = {"shadow cascade flicker", "LOD transitions on foliage", "ragdoll blending", "menu focus navigation",
            "reverb zones in caves", "replication of vehicle state", "cloth collision on capes", "nav mesh links on ladders",
            "cook times for texture arrays", "ammo pickup respawn", "texture mip streaming budget", "PSO cache warmup",
            "controller rumble curves", "matchmaking timeout", "crash on alt-tab", "memory spike in open world", "HUD scaling at 4K",
            "footstep surface detection", "quest marker update", "loading screen tips", "particle sorting", "hitch when entering vehicles",
            "terrain tessellation", "dialogue subtitle timing"};
        String[] platforms = {"PS5", "XSX", "PC", "Switch 2", "all platforms"};
        String[] details = {"Repro was 1 in 5 on devkit; ran 50 iterations without it after this change.",
            "Perf: -0.4 ms GPU in the Harbor district capture.", "Tested on PS5 and XSX devkits, smoke suite green.",
            "No content changes, code only.", "Needs a full recook of the affected maps.", "Follow-up to the earlier change in this area.",
            "Memory: -38 MB peak in the open-world soak test.", "Behind the cvar r.Experimental.Enable for now."};
        int planted1 = 481_941;
        int planted2 = 482_297;
        TreeSet<Integer> cls = new TreeSet<>();
        int cl = 483_000;
        while (cls.size() < 398) {
            cl -= g.between(1, 9);
            if (cl != planted1 && cl != planted2) {
                cls.add(cl);
            }
        }
        cls.add(planted1);
        cls.add(planted2);
        int low = cls.first();
        LocalDateTime t0 = LocalDateTime.of(2026, 11, 28, 9, 0, 0);
        double perCl = 9.375 * 86_400 / (483_000 - low);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT);
        String h1 = null;
        String h2 = null;
        String d1 = "\tSaveGame: write the inventory chunk before the header checksum is computed";
        String d2 = "\tPartial back out of 481941: restore the header checksum over the full save blob (keeps the new chunk order)";
        for (int c : cls.descendingSet()) {
            String when = t0.plusSeconds((long) ((c - low) * perCl)).format(f);
            if (c == planted1) {
                h1 = "Change " + c + " on " + when + " by rtanaka@rtanaka-ws-main";
                g.add(h1);
                g.add("");
                g.add(d1);
                g.add("\t");
                g.add("\tCuts console autosave time by skipping a second pass over the inventory blob.");
                g.add("\t#jira GAME-5120");
                g.add("\t#review-88412");
                g.add("");
                continue;
            }
            if (c == planted2) {
                h2 = "Change " + c + " on " + when + " by lmorel@lmorel-ws-main";
                g.add(h2);
                g.add("");
                g.add(d2);
                g.add("\t");
                g.add("\tFiles written between 481941 and this change fail the checksum on load; GAME-5188 tracks the migration.");
                g.add("\t#jira GAME-5188");
                g.add("");
                continue;
            }
            int who = g.weighted(80, 8, 6);
            if (who == 1) {
                g.add("Change " + c + " on " + when + " by buildbot@build-farm-07");
                g.add("");
                String stream = g.pick("dev-rendering", "dev-online", "dev-gameplay", "dev-tools");
                g.add("\tAutomated: integrate //depot/game/" + stream + "/... to //depot/game/main/... (up to CL " + g.between(470_000, 479_999)
                        + ")");
                g.add("\t#robomerge " + stream);
                g.add("");
                continue;
            }
            if (who == 2) {
                g.add("Change " + c + " on " + when + " by locbot@loc-farm-01");
                g.add("");
                g.add("\tAutomated: localization drop " + when.substring(0, 10) + " (fr, de, es, it, ja, ko, pt-BR, zh-Hans)");
                g.add("");
                continue;
            }
            String user = g.pick(users);
            g.add("Change " + c + " on " + when + " by " + user);
            g.add("");
            g.add("\t" + g.pick(areas) + ": " + g.pick(actions) + " " + g.pick(objects) + " on " + g.pick(platforms));
            int extra = g.weighted(4, 3, 2);
            if (extra > 0) {
                g.add("\t");
                for (int k = 0; k < extra; k++) {
                    g.add("\t" + g.pick(details));
                }
            }
            if (g.chance(0.7)) {
                g.add("\t#jira GAME-" + g.between(3_000, 4_999));
            }
            if (g.chance(0.5)) {
                g.add("\t#review-" + g.between(80_000, 89_999));
            }
            g.add("");
        }
        String text = g.text();
        requireLines(g, 1800, 3000);
        requireCount(text, "SaveGame", 1);
        requireCount(text, "481941", 3);
        requireCount(text, "GAME-5120", 1);
        return NeedleCase.named("fresh16_p4_changes", "diff", "p4-changes-l")
                .shell("p4 changes -l -t -s submitted -m 400 //depot/game/main/...")
                .question("QA reports corrupted save games in main builds from the last few days. Which changelist touched save-game"
                        + " serialization, who submitted it and when, and has anyone backed it out yet?")
                .heldAside()
                .build(text, List.of(Needle.exact(h1), Needle.exact(d1), Needle.exact(h2), Needle.exact(d2)));
    }

    // ---------------------------------------------------------------- git grep -c

    /**
     * git grep -c LegacyMoneyFormatter over a JVM monorepo: one path:count line per file (about 350, sorted), mostly one to
     * a few usages. The question asks which file uses it most (an outlier of 87 in a reporting library, ahead of the class's
     * own test with 41) and whether anything under services/payments still uses it (two files). No error words anywhere.
     */
    static NeedleCase gitGrepCount() {
        Gen g = new Gen(190_009);
        String[] svcs = {"backoffice", "billing", "checkout", "invoicing", "ledger", "notifications", "orders", "partner-api", "pricing",
            "reporting", "storefront", "subscriptions", "tax"};
        String[] pkgs = {"api", "domain", "service", "export", "mapper", "view", "job", "dto", "report", "render", "web", "event"};
        String[] prefixes = {"Invoice", "Order", "Price", "Refund", "Statement", "Receipt", "Payout", "Quote", "Ledger", "Tax", "Discount",
            "Credit", "Balance", "Fee", "Subscription", "Plan", "Cart", "Line"};
        String[] suffixes = {"Renderer", "Mapper", "Service", "Formatter", "View", "Exporter", "Presenter", "Controller", "Job", "Dto",
            "Builder", "Report", "Template", "Handler"};
        TreeMap<String, Integer> files = new TreeMap<>();
        while (files.size() < 340) {
            String svc = g.pick(svcs);
            boolean kotlin = g.chance(0.2);
            boolean test = g.chance(0.3);
            String path = "services/" + svc + "/src/" + (test ? "test" : "main") + "/" + (kotlin ? "kotlin" : "java") + "/com/acme/"
                    + svc.replace("-", "") + "/" + g.pick(pkgs) + "/" + g.pick(prefixes) + g.pick(suffixes) + (test ? "Test" : "")
                    + (kotlin ? ".kt" : ".java");
            int w = g.weighted(50, 35, 15);
            files.putIfAbsent(path, w == 0 ? 1 : w == 1 ? g.between(2, 4) : g.between(5, 19));
        }
        String top = "libs/reporting-core/src/main/java/com/acme/reporting/export/LedgerCsvExporter.java";
        String pay1 = "services/payments/src/main/java/com/acme/payments/refund/RefundReceiptRenderer.java";
        String pay2 = "services/payments/src/test/java/com/acme/payments/refund/RefundReceiptRendererTest.java";
        files.put(top, 87);
        files.put("libs/money-compat/src/main/java/com/acme/money/LegacyMoneyFormatter.java", 6);
        files.put("libs/money-compat/src/test/java/com/acme/money/LegacyMoneyFormatterTest.java", 41);
        files.put("libs/money-compat/src/main/java/com/acme/money/MoneyFormats.java", 3);
        files.put("libs/reporting-core/src/main/java/com/acme/reporting/export/CsvColumns.java", 4);
        files.put("docs/adr/0042-money-formatting.md", 2);
        files.put("CHANGELOG.md", 1);
        files.put(pay1, 3);
        files.put(pay2, 1);
        for (Map.Entry<String, Integer> e : files.entrySet()) {
            g.add(e.getKey() + ":" + e.getValue());
        }
        String text = g.text();
        requireLines(g, 340, 360);
        requireCount(text, "services/payments/", 2);
        requireCount(text, ":87\n", 1);
        return NeedleCase.named("fresh16_git_grep_count", "search", "git-grep-count")
                .shell("git grep -c LegacyMoneyFormatter")
                .question("We want to delete LegacyMoneyFormatter. Which file uses it the most (we'll migrate that one first), and is it still"
                        + " used anywhere under services/payments?")
                .heldAside()
                .build(text, List.of(Needle.exact(top + ":87"), Needle.exact(pay1 + ":3"), Needle.exact(pay2 + ":1")));
    }

    // ---------------------------------------------------------------- rsync -av --delete --itemize-changes

    /**
     * rsync -av --delete --itemize-changes of a storefront build to a web server: hundreds of new hashed JS and CSS chunks,
     * the old ones deleted, product images re-timestamped, locale files updated, a new font directory, then the byte
     * summary. Outside assets/, the build lacked config/ (deleted with its two files) and one .well-known file.
     */
    static NeedleCase rsyncItemize() {
        Gen g = new Gen(190_010);
        String[] routes = {"checkout-Payment", "checkout-Address", "account-Orders", "account-Profile", "catalog-Listing", "catalog-Product",
            "cart-Drawer", "search-Results", "vendor-react", "vendor-lodash", "vendor-date-fns", "home-Hero", "cms-Page", "wishlist",
            "reviews-Widget", "i18n-loader", "analytics", "polyfills", "runtime", "main"};
        g.add("sending incremental file list");
        g.add(".d..t...... ./");
        g.add("*deleting   config/runtime-env.js");
        g.add("*deleting   config/feature-flags.json");
        g.add("*deleting   config/");
        for (String f : List.of("asset-manifest.json", "index.html", "manifest.webmanifest", "service-worker.js")) {
            g.add(">f.st...... " + f);
        }
        g.add(".d..t...... .well-known/");
        g.add("*deleting   .well-known/apple-app-site-association");
        g.add(".d..t...... assets/");
        g.add(".d..t...... assets/css/");
        TreeSet<String> oldCss = new TreeSet<>();
        TreeSet<String> newCss = new TreeSet<>();
        while (oldCss.size() < 38) {
            oldCss.add("assets/css/" + (g.chance(0.5) ? g.pick(routes) : String.valueOf(g.between(100, 9999))) + "." + g.hex(8) + ".css");
        }
        while (newCss.size() < 40) {
            newCss.add("assets/css/" + (g.chance(0.5) ? g.pick(routes) : String.valueOf(g.between(100, 9999))) + "." + g.hex(8) + ".css");
        }
        for (String f : oldCss.descendingSet()) {
            g.add("*deleting   " + f);
        }
        for (String f : newCss) {
            g.add(">f+++++++++ " + f);
        }
        g.add("cd+++++++++ assets/fonts/inter-v13/");
        for (String f : List.of("inter-latin-400.woff2", "inter-latin-500.woff2", "inter-latin-600.woff2", "inter-latin-700.woff2",
                "inter-latin-ext-400.woff2", "inter-latin-ext-700.woff2", "inter-cyrillic-400.woff2", "inter-greek-400.woff2")) {
            g.add(">f+++++++++ assets/fonts/inter-v13/" + f);
        }
        g.add(".d..t...... assets/img/");
        for (String f : List.of("logo.svg", "logo-dark.svg", "hero-winter.webp", "hero-winter@2x.webp", "placeholder.png")) {
            g.add(">f..t...... assets/img/" + f);
        }
        g.add(".d..t...... assets/img/products/");
        TreeSet<String> imgs = new TreeSet<>();
        while (imgs.size() < 170) {
            imgs.add(fmt("assets/img/products/%s-%05d-%s.webp", g.pick("sku", "sku", "bundle"), g.between(1, 60_000), g.pick("400w", "800w",
                    "1600w")));
        }
        for (String f : imgs) {
            g.add(">f..t...... " + f);
        }
        g.add(".d..t...... assets/js/");
        TreeSet<String> oldJs = new TreeSet<>();
        TreeSet<String> newJs = new TreeSet<>();
        while (oldJs.size() < 300) {
            oldJs.add("assets/js/" + (g.chance(0.3) ? g.pick(routes) : String.valueOf(g.between(100, 9999))) + "." + g.hex(8) + ".js");
        }
        while (newJs.size() < 310) {
            newJs.add("assets/js/" + (g.chance(0.3) ? g.pick(routes) : String.valueOf(g.between(100, 9999))) + "." + g.hex(8) + ".js");
        }
        for (String f : oldJs.descendingSet()) {
            g.add("*deleting   " + f);
        }
        for (String f : newJs) {
            g.add(">f+++++++++ " + f);
        }
        g.add(".d..t...... locales/");
        for (String lang : List.of("de", "en", "es", "fr", "it", "nl", "pl")) {
            g.add(".d..t...... locales/" + lang + "/");
            for (String ns : List.of("account.json", "cart.json", "catalog.json", "checkout.json", "common.json", "errors.json", "search.json")) {
                if (g.chance(0.75)) {
                    g.add(">f.st...... locales/" + lang + "/" + ns);
                }
            }
        }
        g.add("");
        String sent = fmt("sent %s bytes  received %s bytes  %s bytes/sec", String.format(Locale.US, "%,d", 84_213_907L),
                String.format(Locale.US, "%,d", 1_204_331L), String.format(Locale.US, "%,.2f", 4_411_197.23));
        g.add(sent);
        g.add("total size is " + String.format(Locale.US, "%,d", 412_883_310L) + "  speedup is 4.83");
        String text = g.text();
        requireLines(g, 850, 1000);
        requireCount(text, "config/", 3);
        requireCount(text, ".well-known/", 2);
        return NeedleCase.named("fresh16_rsync_itemize", "listing", "rsync-itemize-changes")
                .shell("rsync -av --delete --itemize-changes dist/ deploy@web-03:/srv/shop/current/")
                .question("This is last night's deploy sync to web-03. Someone says config/ got wiped there. Did the sync delete anything outside"
                        + " assets/, and how many bytes did it actually send?")
                .heldAside()
                .build(text, List.of(Needle.exact("*deleting   config/runtime-env.js"), Needle.exact("*deleting   config/feature-flags.json"),
                        Needle.exact("*deleting   config/"), Needle.exact("*deleting   .well-known/apple-app-site-association"),
                        Needle.exact(sent)));
    }

    // ---------------------------------------------------------------- getfacl -R

    private static final class FsNode {
        final TreeMap<String, FsNode> children = new TreeMap<>();
        final boolean dir;

        FsNode(boolean dir) {
            this.dir = dir;
        }

        void add(String rel, boolean isDir) {
            FsNode n = this;
            String[] parts = rel.split("/");
            for (int i = 0; i < parts.length; i++) {
                boolean last = i == parts.length - 1;
                n = n.children.computeIfAbsent(parts[i], k -> new FsNode(!last || isDir));
            }
        }
    }

    private static void facl(Gen g, String path, FsNode node, String group, String extra, String[] staff) {
        String rel = path.substring("srv/share/finance".length());
        g.add("# file: " + path);
        if (node.dir) {
            g.add("# owner: root");
            g.add("# group: " + group);
            boolean incoming = rel.equals("/exports/incoming");
            g.add(incoming ? "# flags: -st" : "# flags: -s-");
            g.add("user::rwx");
            if (rel.equals("/payroll/2026")) {
                g.add("user:ext-jkowalski:rwx");
            }
            g.add("group::rwx");
            g.add("group:" + extra + ":r-x");
            g.add("mask::rwx");
            g.add(incoming ? "other::rwx" : "other::---");
            g.add("default:user::rwx");
            g.add("default:group::rwx");
            g.add("default:group:" + extra + ":r-x");
            g.add("default:mask::rwx");
            g.add("default:other::---");
            g.add("");
            for (Map.Entry<String, FsNode> e : node.children.entrySet()) {
                String top = rel.isEmpty() ? e.getKey() : rel.substring(1, rel.indexOf('/', 1) < 0 ? rel.length() : rel.indexOf('/', 1));
                boolean payroll = top.equals("payroll");
                facl(g, path + "/" + e.getKey(), e.getValue(), payroll ? "payroll" : "finance", payroll ? "hr" : "auditors", staff);
            }
        } else {
            boolean planted = rel.equals("/payroll/2026/2026-11-salaries.xlsx");
            g.add("# owner: " + (rel.startsWith("/payroll") ? "hr-svc" : rel.startsWith("/exports/daily") ? "svc-erp-export" : g.pick(staff)));
            g.add("# group: " + group);
            g.add("user::rw-");
            if (planted) {
                g.add("user:ext-jkowalski:rw-\t\t#effective:r--");
                g.add("group::rw-\t\t\t#effective:r--");
                g.add("group:" + extra + ":r--");
                g.add("mask::r--");
            } else {
                g.add("group::rw-");
                g.add("group:" + extra + ":r--");
                g.add("mask::rw-");
            }
            g.add("other::---");
            g.add("");
        }
    }

    /**
     * getfacl -R of a finance share (the stderr notice first): a directory block with setgid flag and default ACL per
     * directory, an access ACL per file, payroll owned by group payroll with hr read access. An external contractor has a
     * named rwx entry on the 2026 payroll directory and a named entry (masked to r--) on one salary file; an empty
     * incoming directory is world-writable with the sticky bit.
     */
    static NeedleCase getfaclRecursive() {
        Gen g = new Gen(190_011);
        String[] staff = {"mbauer", "skrueger", "ahoffmann", "jlehmann", "tschulz", "nweber", "kfischer"};
        FsNode root = new FsNode(true);
        String[] depts = {"engineering", "marketing", "sales", "operations", "support", "hr", "legal", "it", "facilities"};
        for (String f : List.of("2025-external-audit-report.pdf", "2025-management-letter.pdf", "2026-q1-findings.xlsx",
                "2026-q2-findings.xlsx", "2026-q3-findings.xlsx", "controls-matrix.xlsx", "sox-walkthroughs.docx", "evidence-index.csv")) {
            root.add("audit/" + f, false);
        }
        for (String y : List.of("2025", "2026")) {
            for (String d : depts) {
                root.add("budgets/" + y + "/" + d + "-budget.xlsx", false);
                root.add("budgets/" + y + "/" + d + "-forecast.xlsx", false);
            }
        }
        for (int d = 1; d <= 30; d++) {
            root.add(fmt("exports/daily/gl-export-2026-11-%02d.csv", d), false);
        }
        root.add("exports/incoming", true);
        for (int m = 1; m <= 12; m++) {
            for (int k = 0; k < 8; k++) {
                root.add(fmt("invoices/2026/%02d/INV-2026-%05d.pdf", m, (m - 1) * 900 + g.between(1, 899)), false);
            }
        }
        for (String y : List.of("2024", "2025", "2026")) {
            int months = y.equals("2026") ? 11 : 12;
            for (int m = 1; m <= months; m++) {
                root.add(fmt("payroll/%s/%s-%02d-salaries.xlsx", y, y, m), false);
                root.add(fmt("payroll/%s/%s-%02d-bonus.xlsx", y, y, m), false);
            }
        }
        for (String f : List.of("board-pack-2026-q1.pdf", "board-pack-2026-q2.pdf", "board-pack-2026-q3.pdf", "cashflow-2026.xlsx",
                "kpi-dashboard.xlsx", "monthly-close-2026-09.pdf", "monthly-close-2026-10.pdf", "monthly-close-2026-11.pdf",
                "vendor-aging.xlsx", "customer-aging.xlsx", "fx-exposure.xlsx", "headcount-cost.xlsx")) {
            root.add("reports/" + f, false);
        }
        g.add("getfacl: Removing leading '/' from absolute path names");
        facl(g, "srv/share/finance", root, "finance", "auditors", staff);
        String text = g.text();
        requireLines(g, 2000, 3000);
        requireCount(text, "ext-jkowalski", 2);
        requireCount(text, "other::rwx", 1);
        requireCount(text, "# file: srv/share/finance/exports/incoming", 1);
        String effective = only(text, "user:ext-jkowalski:rw-");
        return NeedleCase.named("fresh16_getfacl_recursive", "listing", "getfacl-R")
                .shell("getfacl -R /srv/share/finance")
                .question("Audit finding: an external contractor account supposedly has write access to the 2026 payroll data on the finance"
                        + " share. Confirm from the ACLs: which account, on which paths, and what is its effective access? Also flag anything on"
                        + " the share that is world-writable.")
                .heldAside()
                .build(text, List.of(Needle.exact("user:ext-jkowalski:rwx"),
                        Needle.exact("# file: srv/share/finance/payroll/2026/2026-11-salaries.xlsx"), Needle.exact(effective),
                        Needle.exact("# file: srv/share/finance/exports/incoming"), Needle.exact("other::rwx")));
    }

    // ---------------------------------------------------------------- lspci -vv

    private static final String AMD = "Advanced Micro Devices, Inc. [AMD]";

    private static void pciShort(Gen g, String addr, String title, String subsys, int numa, int iommu, String driver) {
        g.add(addr + " " + title);
        if (subsys != null) {
            g.add("\tSubsystem: " + subsys);
        }
        g.add("\tControl: I/O- Mem- BusMaster- SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx-");
        g.add("\tStatus: Cap- 66MHz- UDF- FastB2B- ParErr- DEVSEL=medium >TAbort- <TAbort- <MAbort- >SERR- <PERR- INTx-");
        g.add("\tNUMA node: " + numa);
        g.add("\tIOMMU group: " + iommu);
        if (driver != null) {
            g.add("\tKernel driver in use: " + driver);
            g.add("\tKernel modules: " + driver);
        }
        g.add("");
    }

    private static void pciExpress(Gen g, String at, String type, boolean rootPort, int slot, String lnkCap, String lnkSta, String supported,
                                   String target) {
        g.add("\tCapabilities: [" + at + "] Express (v2) " + type + ", MSI 00");
        g.add("\t\tDevCap:\tMaxPayload 512 bytes, PhantFunc 0, Latency L0s " + (rootPort ? "<64ns, L1 <1us" : "unlimited, L1 unlimited"));
        g.add(rootPort ? "\t\t\tExtTag+ RBE+" : "\t\t\tExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset+ SlotPowerLimit 0W");
        g.add("\t\tDevCtl:\tCorrErr+ NonFatalErr+ FatalErr+ UnsupReq+");
        g.add("\t\t\tRlxdOrd+ ExtTag+ PhantFunc- AuxPwr- NoSnoop+" + (rootPort ? "" : " FLReset-"));
        g.add("\t\t\tMaxPayload 256 bytes, MaxReadReq 512 bytes");
        g.add("\t\tDevSta:\tCorrErr- NonFatalErr- FatalErr- UnsupReq- AuxPwr- TransPend-");
        g.add("\t\tLnkCap:\tPort #" + (rootPort ? slot : 0) + ", " + lnkCap + ", ASPM L1, Exit Latency L1 <64us");
        g.add("\t\t\tClockPM" + (rootPort ? "-" : "+") + " Surprise- LLActRep" + (rootPort ? "+" : "-") + " BwNot" + (rootPort ? "+" : "-")
                + " ASPMOptComp+");
        g.add("\t\tLnkCtl:\tASPM Disabled; RCB 64 bytes, Disabled- CommClk+");
        g.add("\t\t\tExtSynch- ClockPM- AutWidDis- BWInt- AutBWInt-");
        g.add("\t\tLnkSta:\t" + lnkSta);
        g.add("\t\t\tTrErr- Train- SlotClk+ DLActive" + (rootPort ? "+" : "-") + " BWMgmt" + (rootPort ? "+" : "-") + " ABWMgmt-");
        if (rootPort) {
            g.add("\t\tSltCap:\tAttnBtn- PwrCtrl- MRL- AttnInd- PwrInd- HotPlug- Surprise-");
            g.add("\t\t\tSlot #" + slot + ", PowerLimit 75W; Interlock- NoCompl+");
            g.add("\t\tSltCtl:\tEnable: AttnBtn- PwrFlt- MRL- PresDet- CmdCplt- HPIrq- LinkChg-");
            g.add("\t\t\tControl: AttnInd Unknown, PwrInd Unknown, Power- Interlock-");
            g.add("\t\tSltSta:\tStatus: AttnBtn- PowerFlt- MRL- CmdCplt- PresDet+ Interlock-");
            g.add("\t\t\tChanged: MRL- PresDet- LinkState+");
            g.add("\t\tRootCap: CRSVisible+");
            g.add("\t\tRootCtl: ErrCorrectable- ErrNon-Fatal- ErrFatal- PMEIntEna+ CRSVisible+");
            g.add("\t\tRootSta: PME ReqID 0000, PMEStatus- PMEPending-");
        }
        g.add("\t\tDevCap2: Completion Timeout: Range ABCD, TimeoutDis+ NROPrPrP- LTR+");
        g.add("\t\t\t 10BitTagComp+ 10BitTagReq- OBFF Not Supported, ExtFmt+ EETLPPrefix+, MaxEETLPPrefixes 1");
        g.add("\t\t\t EmergencyPowerReduction Not Supported, EmergencyPowerReductionInit-");
        g.add("\t\t\t FRS- " + (rootPort ? "LN System CLS Not Supported, TPHComp+ ExtTPHComp- ARIFwd+" : "TPHComp- ExtTPHComp-"));
        g.add("\t\t\t AtomicOpsCap: " + (rootPort ? "Routing- 32bit+ 64bit+ 128bitCAS-" : "32bit- 64bit- 128bitCAS-"));
        g.add("\t\tDevCtl2: Completion Timeout: 50us to 50ms, TimeoutDis- LTR- 10BitTagReq- OBFF Disabled,");
        g.add("\t\t\t AtomicOpsCtl: ReqEn-" + (rootPort ? " EgressBlck-" : ""));
        g.add("\t\tLnkCap2: Supported Link Speeds: " + supported + ", Crosslink- Retimer+ 2Retimers+ DRS-");
        g.add("\t\tLnkCtl2: Target Link Speed: " + target + ", EnterCompliance- SpeedDis-");
        g.add("\t\t\t Transmit Margin: Normal Operating Range, EnterModifiedCompliance- ComplianceSOS-");
        g.add("\t\t\t Compliance Preset/De-emphasis: -6dB de-emphasis, 0dB preshoot");
        g.add("\t\tLnkSta2: Current De-emphasis Level: -6dB, EqualizationComplete+ EqualizationPhase1+");
        g.add("\t\t\t EqualizationPhase2+ EqualizationPhase3+ LinkEqualizationRequest-");
        g.add("\t\t\t Retimer- 2Retimers- CrosslinkRes: " + (rootPort ? "unsupported, DownstreamComp: Link Up - Present" : "unsupported"));
    }

    private static void pciAer(Gen g, String ceSta) {
        g.add("\tCapabilities: [100 v2] Advanced Error Reporting");
        g.add("\t\tUESta:\tDLP- SDES- TLP- FCP- CmpltTO- CmpltAbrt- UnxCmplt- RxOF- MalfTLP- ECRC- UnsupReq- ACSViol-");
        g.add("\t\tUEMsk:\tDLP- SDES- TLP- FCP- CmpltTO- CmpltAbrt- UnxCmplt- RxOF- MalfTLP- ECRC- UnsupReq- ACSViol-");
        g.add("\t\tUESvrt:\tDLP+ SDES+ TLP- FCP+ CmpltTO- CmpltAbrt- UnxCmplt- RxOF+ MalfTLP+ ECRC- UnsupReq- ACSViol-");
        g.add("\t\tCESta:\t" + ceSta);
        g.add("\t\tCEMsk:\tRxErr- BadTLP- BadDLLP- Rollover- Timeout- AdvNonFatalErr+");
        g.add("\t\tAERCap:\tFirst Error Pointer: 00, ECRCGenCap+ ECRCGenEn- ECRCChkCap+ ECRCChkEn-");
        g.add("\t\t\tMultHdrRecCap- MultHdrRecEn- TLPPfxPres- HdrLogCap-");
        g.add("\t\tHeaderLog: 00000000 00000000 00000000 00000000");
    }

    private static final String CE_CLEAN = "RxErr- BadTLP- BadDLLP- Rollover- Timeout- AdvNonFatalErr-";

    private static void pciRootPort(Gen g, String addr, boolean internal, int sec, int slot, int numa, int iommu, String lnkCap,
                                    String lnkSta, String supported, String target, String ceSta) {
        g.add(addr + " PCI bridge: " + AMD + (internal ? " Starship/Matisse Internal PCIe GPP Bridge 0 to bus[E:B]" : " Starship/Matisse GPP Bridge")
                + " (prog-if 00 [Normal decode])");
        g.add("\tControl: I/O+ Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR+ FastB2B- DisINTx+");
        g.add("\tStatus: Cap+ 66MHz- UDF- FastB2B- ParErr- DEVSEL=fast >TAbort- <TAbort- <MAbort- >SERR- <PERR- INTx-");
        g.add("\tLatency: 0, Cache Line Size: 64 bytes");
        g.add("\tInterrupt: pin ? routed to IRQ " + g.between(26, 60));
        g.add("\tNUMA node: " + numa);
        g.add("\tIOMMU group: " + iommu);
        g.add(fmt("\tBus: primary=%s, secondary=%02x, subordinate=%02x, sec-latency=0", addr.substring(0, 2), sec, sec));
        g.add("\tI/O behind bridge: [disabled] [16-bit]");
        int mem = g.between(0xa0, 0xf4);
        g.add(fmt("\tMemory behind bridge: %02x%x00000-%02x%xfffff [size=1M] [32-bit]", mem, g.nextInt(16) & 0xe, mem, 0xf));
        g.add("\tPrefetchable memory behind bridge: [disabled] [64-bit]");
        g.add("\tSecondary status: 66MHz- FastB2B- ParErr- DEVSEL=fast >TAbort- <TAbort- <MAbort- <SERR- <PERR-");
        g.add("\tBridgeCtl: Parity- SERR+ NoISA- VGA- VGA16- MAbort- >Reset- FastB2B-");
        g.add("\t\tPriDiscTmr- SecDiscTmr- DiscTmrStat- DiscTmrSERREn-");
        g.add("\tCapabilities: [50] Power Management version 3");
        g.add("\t\tFlags: PMEClk- DSI- D1- D2- AuxCurrent=0mA PME(D0+,D1-,D2-,D3hot+,D3cold+)");
        g.add("\t\tStatus: D0 NoSoftRst- PME-Enable- DSel=0 DScale=0 PME-");
        pciExpress(g, "58", "Root Port (Slot+)", true, slot, lnkCap, lnkSta, supported, target);
        g.add("\tCapabilities: [a0] MSI: Enable+ Count=1/1 Maskable- 64bit+");
        g.add(fmt("\t\tAddress: 00000000fee%05x  Data: %04x", g.nextInt(0x100) << 12, g.nextInt(0x10000)));
        g.add("\tCapabilities: [c0] Subsystem: " + AMD + " Starship/Matisse GPP Bridge");
        g.add("\tCapabilities: [c8] HyperTransport: MSI Mapping Enable+ Fixed+");
        pciAer(g, ceSta);
        g.add("\tCapabilities: [150 v2] Access Control Services");
        g.add("\t\tACSCap:\tSrcValid+ TransBlk+ ReqRedir+ CmpltRedir+ UpstreamFwd+ EgressCtrl- DirectTrans+");
        g.add("\t\tACSCtl:\tSrcValid+ TransBlk- ReqRedir+ CmpltRedir+ UpstreamFwd+ EgressCtrl- DirectTrans-");
        g.add("\tCapabilities: [270 v1] Secondary PCI Express");
        g.add("\t\tLnkCtl3: LnkEquIntrruptEn- PerformEqu-");
        g.add("\t\tLaneErrStat: 0");
        g.add("\tCapabilities: [2a0 v1] Access Control Services");
        g.add("\tCapabilities: [410 v1] Physical Layer 16.0 GT/s <?>");
        g.add("\tCapabilities: [450 v1] Lane Margining at the Receiver <?>");
        g.add("\tKernel driver in use: pcieport");
        g.add("");
    }

    private static void pciEndpoint(Gen g, String addr, String title, String subsys, Integer slot, int numa, int iommu, String region,
                                    String lnkCap, String lnkSta, String supported, String target, String ceSta, int msix, String driver,
                                    String modules) {
        g.add(addr + " " + title);
        g.add("\tSubsystem: " + subsys);
        if (slot != null) {
            g.add("\tPhysical Slot: " + slot);
        }
        g.add("\tControl: I/O- Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+");
        g.add("\tStatus: Cap+ 66MHz- UDF- FastB2B- ParErr- DEVSEL=fast >TAbort- <TAbort- <MAbort- >SERR- <PERR- INTx-");
        g.add("\tLatency: 0, Cache Line Size: 64 bytes");
        g.add("\tInterrupt: pin A routed to IRQ " + g.between(60, 140));
        g.add("\tNUMA node: " + numa);
        g.add("\tIOMMU group: " + iommu);
        g.add("\tRegion 0: " + region);
        g.add("\tCapabilities: [40] Power Management version 3");
        g.add("\t\tFlags: PMEClk- DSI- D1- D2- AuxCurrent=0mA PME(D0-,D1-,D2-,D3hot-,D3cold-)");
        g.add("\t\tStatus: D0 NoSoftRst+ PME-Enable- DSel=0 DScale=0 PME-");
        g.add("\tCapabilities: [50] MSI: Enable- Count=1/32 Maskable- 64bit+");
        g.add("\t\tAddress: 0000000000000000  Data: 0000");
        pciExpress(g, "70", "Endpoint", false, 0, lnkCap, lnkSta, supported, target);
        g.add("\tCapabilities: [b0] MSI-X: Enable+ Count=" + msix + " Masked-");
        g.add("\t\tVector table: BAR=0 offset=00003000");
        g.add("\t\tPBA: BAR=0 offset=00002000");
        pciAer(g, ceSta);
        g.add("\tCapabilities: [148 v1] Device Serial Number " + g.hex(2) + "-" + g.hex(2) + "-" + g.hex(2) + "-" + g.hex(2) + "-"
                + g.hex(2) + "-" + g.hex(2) + "-" + g.hex(2) + "-" + g.hex(2));
        g.add("\tCapabilities: [168 v1] Alternative Routing-ID Interpretation (ARI)");
        g.add("\t\tARICap:\tMFVC- ACS-, Next Function: 0");
        g.add("\t\tARICtl:\tMFVC- ACS-, Function Group: 0");
        g.add("\tCapabilities: [178 v1] Secondary PCI Express");
        g.add("\t\tLnkCtl3: LnkEquIntrruptEn- PerformEqu-");
        g.add("\t\tLaneErrStat: 0");
        g.add("\tKernel driver in use: " + driver);
        g.add("\tKernel modules: " + modules);
        g.add("");
    }

    /**
     * sudo lspci -vv of a single-socket AMD EPYC storage server: host bridges, IOMMUs and dummy functions of four PCIe
     * quadrants, GPP root ports with their slot, AER and link capabilities, two ConnectX-6 ports, two X710 ports, the
     * ASPEED BMC bridge (whose link reads downgraded as it always does) and four NVMe drives. The drive in physical slot 3
     * and its root port trained at 8GT/s x2 instead of 16GT/s x4, with correctable errors logged.
     */
    static NeedleCase lspciVerbose() {
        Gen g = new Gen(190_012);
        String gen4 = "Speed 16GT/s, Width x4";
        String ok4 = "Speed 16GT/s, Width x4";
        String degraded = "Speed 8GT/s (downgraded), Width x2 (downgraded)";
        String ceBad = "RxErr+ BadTLP+ BadDLLP+ Rollover- Timeout- AdvNonFatalErr-";
        int iommu = quadrant(g, "00", 0, 0);
        // quadrant 00 endpoints
        pciEndpoint(g, "01:00.0", "Ethernet controller: Mellanox Technologies MT28908 Family [ConnectX-6]",
                "Mellanox Technologies Device 0008", 5, 0, iommu++, "Memory at 2bffc000000 (64-bit, prefetchable) [size=32M]",
                "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN, 64, "mlx5_core", "mlx5_core");
        pciEndpoint(g, "01:00.1", "Ethernet controller: Mellanox Technologies MT28908 Family [ConnectX-6]",
                "Mellanox Technologies Device 0008", 5, 0, iommu++, "Memory at 2bffa000000 (64-bit, prefetchable) [size=32M]",
                "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN, 64, "mlx5_core", "mlx5_core");
        g.add("02:00.0 PCI bridge: ASPEED Technology, Inc. AST1150 PCI-to-PCI Bridge (rev 04) (prog-if 00 [Normal decode])");
        g.add("\tControl: I/O+ Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR+ FastB2B- DisINTx-");
        g.add("\tStatus: Cap+ 66MHz- UDF- FastB2B- ParErr- DEVSEL=fast >TAbort- <TAbort- <MAbort- >SERR- <PERR- INTx-");
        g.add("\tLatency: 0, Cache Line Size: 64 bytes");
        g.add("\tNUMA node: 0");
        g.add("\tIOMMU group: " + iommu++);
        g.add("\tBus: primary=02, secondary=03, subordinate=03, sec-latency=32");
        g.add("\tI/O behind bridge: 0000f000-0000ffff [size=4K] [16-bit]");
        g.add("\tMemory behind bridge: c5000000-c60fffff [size=17M] [32-bit]");
        g.add("\tPrefetchable memory behind bridge: [disabled] [64-bit]");
        pciExpress(g, "50", "PCI-Express to PCI/PCI-X Bridge", false, 0, "Speed 5GT/s, Width x1", "Speed 2.5GT/s (downgraded), Width x1",
                "2.5-5GT/s", "5GT/s");
        g.add("\tCapabilities: [c0] Subsystem: ASPEED Technology, Inc. AST1150 PCI-to-PCI Bridge");
        g.add("");
        g.add("03:00.0 VGA compatible controller: ASPEED Technology, Inc. ASPEED Graphics Family (rev 41) (prog-if 00 [VGA controller])");
        g.add("\tDeviceName: ASPEED Video AST2500");
        g.add("\tSubsystem: ASPEED Technology, Inc. ASPEED Graphics Family");
        g.add("\tControl: I/O+ Mem+ BusMaster- SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx-");
        g.add("\tStatus: Cap+ 66MHz+ UDF- FastB2B- ParErr- DEVSEL=medium >TAbort- <TAbort- <MAbort- >SERR- <PERR- INTx-");
        g.add("\tInterrupt: pin A routed to IRQ 37");
        g.add("\tNUMA node: 0");
        g.add("\tIOMMU group: " + (iommu - 1));
        g.add("\tRegion 0: Memory at c5000000 (32-bit, non-prefetchable) [size=16M]");
        g.add("\tRegion 1: Memory at c6000000 (32-bit, non-prefetchable) [size=128K]");
        g.add("\tRegion 2: I/O ports at f000 [size=128]");
        g.add("\tExpansion ROM at 000c0000 [virtual] [disabled] [size=128K]");
        g.add("\tCapabilities: [40] Power Management version 3");
        g.add("\t\tFlags: PMEClk- DSI- D1+ D2+ AuxCurrent=375mA PME(D0+,D1+,D2+,D3hot+,D3cold+)");
        g.add("\t\tStatus: D0 NoSoftRst- PME-Enable- DSel=0 DScale=0 PME-");
        g.add("\tCapabilities: [50] MSI: Enable- Count=1/4 Maskable- 64bit+");
        g.add("\t\tAddress: 0000000000000000  Data: 0000");
        g.add("\tKernel driver in use: ast");
        g.add("\tKernel modules: ast");
        g.add("");
        pciEndpoint(g, "04:00.0", "Non-Essential Instrumentation [1300]: " + AMD + " Starship/Matisse Reserved SPP",
                AMD + " Starship/Matisse Reserved SPP", null, 0, iommu++, "Memory at c6200000 (32-bit, non-prefetchable) [size=1M]",
                "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN, 2, "pcieport", "pcieport");
        pciEndpoint(g, "04:00.2", "Encryption controller: " + AMD + " Starship/Matisse Cryptographic Coprocessor PSPCPP",
                AMD + " Starship/Matisse Cryptographic Coprocessor PSPCPP", null, 0, iommu++,
                "Memory at c6000000 (32-bit, non-prefetchable) [size=1M]", "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16",
                "2.5-16GT/s", "16GT/s", CE_CLEAN, 2, "ccp", "ccp");
        pciEndpoint(g, "04:00.3", "USB controller: " + AMD + " Starship USB 3.0 Host Controller (prog-if 30 [XHCI])",
                AMD + " Starship USB 3.0 Host Controller", null, 0, iommu++, "Memory at c6100000 (64-bit, non-prefetchable) [size=1M]",
                "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN, 8, "xhci_hcd", "xhci_pci");
        pciEndpoint(g, "05:00.0", "SATA controller: " + AMD + " FCH SATA Controller [AHCI mode] (rev 51) (prog-if 01 [AHCI 1.0])",
                AMD + " FCH SATA Controller [AHCI mode]", null, 0, iommu++, "Memory at c6301000 (32-bit, non-prefetchable) [size=2K]",
                "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN, 2, "ahci", "ahci");
        // quadrant 40: four NVMe root ports
        iommu = quadrant(g, "40", 0, iommu);
        String[][] nvme = {{"41:00.0", "1", "Samsung"}, {"42:00.0", "2", "Samsung"}, {"43:00.0", "3", "Samsung"}, {"44:00.0", "4", "Micron"}};
        String plantedHeader = null;
        for (String[] d : nvme) {
            boolean planted = d[1].equals("3");
            String title = d[2].equals("Samsung")
                    ? "Non-Volatile memory controller: Samsung Electronics Co Ltd NVMe SSD Controller PM9A1/PM9A3/980PRO (prog-if 02 [NVM Express])"
                    : "Non-Volatile memory controller: Micron Technology Inc 7450 PRO NVMe SSD (rev 01) (prog-if 02 [NVM Express])";
            if (planted) {
                plantedHeader = d[0] + " " + title;
            }
            pciEndpoint(g, d[0], title, d[2].equals("Samsung") ? "Samsung Electronics Co Ltd NVMe SSD Controller PM9A1/PM9A3/980PRO"
                    : "Micron Technology Inc Device 4100", Integer.parseInt(d[1]), 0, iommu++,
                    fmt("Memory at %s00000 (64-bit, non-prefetchable) [size=16K]", "b8" + d[1]), gen4, planted ? degraded : ok4, "2.5-16GT/s",
                    "16GT/s", planted ? ceBad : CE_CLEAN, d[2].equals("Samsung") ? 130 : 128, "nvme", "nvme");
        }
        pciEndpoint(g, "45:00.0", "Non-Essential Instrumentation [1300]: " + AMD + " Starship/Matisse Reserved SPP",
                AMD + " Starship/Matisse Reserved SPP", null, 0, iommu++, "Memory at b8c00000 (32-bit, non-prefetchable) [size=1M]",
                "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN, 2, "pcieport", "pcieport");
        // quadrant 80: the X710
        iommu = quadrant(g, "80", 0, iommu);
        for (String fn : List.of("81:00.0", "81:00.1")) {
            pciEndpoint(g, fn, "Ethernet controller: Intel Corporation Ethernet Controller X710 for 10GbE SFP+ (rev 02)",
                    "Intel Corporation Ethernet Converged Network Adapter X710-2", 6, 0, iommu++,
                    "Memory at 1bff" + (fn.endsWith("0") ? "a" : "8") + "000000 (64-bit, prefetchable) [size=16M]", "Speed 8GT/s, Width x8",
                    "Speed 8GT/s, Width x8", "2.5-8GT/s", "8GT/s", CE_CLEAN, 129, "i40e", "i40e");
        }
        pciEndpoint(g, "82:00.0", "Non-Essential Instrumentation [1300]: " + AMD + " Starship/Matisse Reserved SPP",
                AMD + " Starship/Matisse Reserved SPP", null, 0, iommu++, "Memory at b4c00000 (32-bit, non-prefetchable) [size=1M]",
                "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN, 2, "pcieport", "pcieport");
        pciEndpoint(g, "83:00.0", "SATA controller: " + AMD + " FCH SATA Controller [AHCI mode] (rev 51) (prog-if 01 [AHCI 1.0])",
                AMD + " FCH SATA Controller [AHCI mode]", null, 0, iommu++, "Memory at b4b01000 (32-bit, non-prefetchable) [size=2K]",
                "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN, 2, "ahci", "ahci");
        iommu = quadrant(g, "c0", 0, iommu);
        pciEndpoint(g, "c1:00.0", "Non-Essential Instrumentation [1300]: " + AMD + " Starship/Matisse Reserved SPP",
                AMD + " Starship/Matisse Reserved SPP", null, 0, iommu++, "Memory at f2c00000 (32-bit, non-prefetchable) [size=1M]",
                "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN, 2, "pcieport", "pcieport");
        pciEndpoint(g, "c2:00.0", "SATA controller: " + AMD + " FCH SATA Controller [AHCI mode] (rev 51) (prog-if 01 [AHCI 1.0])",
                AMD + " FCH SATA Controller [AHCI mode]", null, 0, iommu, "Memory at f2b01000 (32-bit, non-prefetchable) [size=2K]",
                "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN, 2, "ahci", "ahci");
        String text = g.text();
        requireLines(g, 1500, 2600);
        requireCount(text, degraded, 2);
        requireCount(text, "\tPhysical Slot: 3\n", 1);
        return NeedleCase.named("fresh16_lspci_verbose", "lines", "lspci-vv")
                .shell("sudo lspci -vv")
                .question("The NVMe drive we just installed in slot 3 of storage-07 benchmarks at about a quarter of its rated throughput. Is its"
                        + " PCIe link degraded? Which device is it, and what link speed and width did it negotiate?")
                .heldAside()
                .build(text, List.of(Needle.exact(plantedHeader), Needle.exact("\tPhysical Slot: 3"),
                        Needle.exact("\t\tLnkSta:\t" + degraded)));
    }

    /** The host bridge, IOMMU, dummy host bridges, root ports and (for 00) the FCH functions of one quadrant; returns the next IOMMU group. */
    private static int quadrant(Gen g, String q, int numa, int iommu) {
        pciShort(g, q + ":00.0", "Host bridge: " + AMD + " Starship/Matisse Root Complex", AMD + " Starship/Matisse Root Complex", numa, iommu,
                null);
        g.add(q + ":00.2 IOMMU: " + AMD + " Starship/Matisse IOMMU");
        g.add("\tSubsystem: " + AMD + " Starship/Matisse IOMMU");
        g.add("\tControl: I/O- Mem- BusMaster- SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx-");
        g.add("\tStatus: Cap+ 66MHz- UDF- FastB2B- ParErr- DEVSEL=fast >TAbort- <TAbort- <MAbort- >SERR- <PERR- INTx-");
        g.add("\tInterrupt: pin A routed to IRQ 25");
        g.add("\tNUMA node: " + numa);
        g.add("\tCapabilities: [40] Secure device <?>");
        g.add("\tCapabilities: [64] MSI: Enable+ Count=1/4 Maskable- 64bit+");
        g.add("\t\tAddress: 00000000fee00000  Data: 4021");
        g.add("\tCapabilities: [74] HyperTransport: MSI Mapping Enable+ Fixed+");
        g.add("");
        iommu++;
        int bus = Integer.parseInt(q, 16);
        switch (q) {
            case "00" -> {
                pciShort(g, "00:01.0", "Host bridge: " + AMD + " Starship/Matisse PCIe Dummy Host Bridge", null, numa, iommu++, null);
                pciRootPort(g, "00:01.1", false, 0x01, 5, numa, iommu++, "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s",
                        "16GT/s", CE_CLEAN);
                for (String dummy : List.of("00:02.0", "00:03.0", "00:04.0", "00:05.0")) {
                    pciShort(g, dummy, "Host bridge: " + AMD + " Starship/Matisse PCIe Dummy Host Bridge", null, numa, iommu++, null);
                }
                pciRootPort(g, "00:05.2", false, 0x02, 10, numa, iommu++, "Speed 5GT/s, Width x1", "Speed 2.5GT/s (downgraded), Width x1",
                        "2.5-5GT/s", "5GT/s", CE_CLEAN);
                pciShort(g, "00:07.0", "Host bridge: " + AMD + " Starship/Matisse PCIe Dummy Host Bridge", null, numa, iommu, null);
                pciRootPort(g, "00:07.1", true, 0x04, 0, numa, iommu++, "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s",
                        "16GT/s", CE_CLEAN);
                pciShort(g, "00:08.0", "Host bridge: " + AMD + " Starship/Matisse PCIe Dummy Host Bridge", null, numa, iommu, null);
                pciRootPort(g, "00:08.1", true, 0x05, 0, numa, iommu++, "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s",
                        "16GT/s", CE_CLEAN);
                pciShort(g, "00:14.0", "SMBus: " + AMD + " FCH SMBus Controller (rev 61)", AMD + " FCH SMBus Controller", numa, iommu,
                        "piix4_smbus");
                pciShort(g, "00:14.3", "ISA bridge: " + AMD + " FCH LPC Bridge (rev 51)", AMD + " FCH LPC Bridge", numa, iommu++, null);
                for (int fn = 0; fn < 8; fn++) {
                    pciShort(g, "00:18." + fn, "Host bridge: " + AMD + " Milan Data Fabric; Function " + fn, null, numa, iommu,
                            fn == 3 ? "k10temp" : null);
                }
                iommu++;
            }
            case "40" -> {
                pciShort(g, "40:01.0", "Host bridge: " + AMD + " Starship/Matisse PCIe Dummy Host Bridge", null, numa, iommu++, null);
                pciShort(g, "40:02.0", "Host bridge: " + AMD + " Starship/Matisse PCIe Dummy Host Bridge", null, numa, iommu++, null);
                pciShort(g, "40:03.0", "Host bridge: " + AMD + " Starship/Matisse PCIe Dummy Host Bridge", null, numa, iommu++, null);
                for (int p = 1; p <= 4; p++) {
                    boolean planted = p == 3;
                    pciRootPort(g, "40:03." + p, false, bus + p, p, numa, iommu++, "Speed 16GT/s, Width x4",
                            planted ? "Speed 8GT/s (downgraded), Width x2 (downgraded)" : "Speed 16GT/s, Width x4", "2.5-16GT/s", "16GT/s",
                            planted ? "RxErr+ BadTLP- BadDLLP+ Rollover- Timeout- AdvNonFatalErr-" : CE_CLEAN);
                }
                pciShort(g, "40:07.0", "Host bridge: " + AMD + " Starship/Matisse PCIe Dummy Host Bridge", null, numa, iommu, null);
                pciRootPort(g, "40:07.1", true, 0x45, 0, numa, iommu++, "Speed 16GT/s, Width x16", "Speed 16GT/s, Width x16", "2.5-16GT/s",
                        "16GT/s", CE_CLEAN);
            }
            default -> {
                pciShort(g, q + ":01.0", "Host bridge: " + AMD + " Starship/Matisse PCIe Dummy Host Bridge", null, numa, iommu, null);
                if (q.equals("80")) {
                    pciRootPort(g, "80:01.1", false, 0x81, 6, numa, iommu++, "Speed 8GT/s, Width x8", "Speed 8GT/s, Width x8", "2.5-16GT/s",
                            "16GT/s", CE_CLEAN);
                } else {
                    iommu++;
                }
                pciShort(g, q + ":07.0", "Host bridge: " + AMD + " Starship/Matisse PCIe Dummy Host Bridge", null, numa, iommu, null);
                pciRootPort(g, q + ":07.1", true, bus + (q.equals("80") ? 2 : 1), 0, numa, iommu++, "Speed 16GT/s, Width x16",
                        "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN);
                pciShort(g, q + ":08.0", "Host bridge: " + AMD + " Starship/Matisse PCIe Dummy Host Bridge", null, numa, iommu, null);
                pciRootPort(g, q + ":08.1", true, bus + (q.equals("80") ? 3 : 2), 0, numa, iommu++, "Speed 16GT/s, Width x16",
                        "Speed 16GT/s, Width x16", "2.5-16GT/s", "16GT/s", CE_CLEAN);
            }
        }
        return iommu;
    }
}
