package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.Inputs.requireLines;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;
import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The twelfth held-aside batch ({@code fresh11_*}), written on 2026-12-07 (session 9), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. Service logs none of the other cases has: a MySQL 8 error log of a replica (the SQL
 * thread stopping on error 1032), an etcd zap JSON log (slow fdatasync, then a leader change), an Argo CD application
 * controller log (logrus, one failed auto-sync), a Keycloak (Quarkus) server log with its event lines (one user locked
 * out by brute-force detection), a HashiCorp Vault audit log (a policy update, then permission denied on the path the
 * question names), a Puppet agent run ({@code Could not evaluate} and the resources skipped because of it), a Logstash
 * log (400 {@code mapper_parsing_exception} after a pipeline reload, among many 409s), an ingress-nginx controller log
 * (access lines and klog lines; a canary backend answering 503), a Grafana server log (logfmt; an alert rule failing
 * after a data source change), a MinIO server log (a node and a drive offline, then insufficient write quorum),
 * {@code journalctl -o verbose} of a unit and {@code Get-WinEvent | Format-List} of a Windows server (a service crash
 * with its application error and .NET runtime event). Never tuned on: reported as their own set {@code fresh-11},
 * refused by {@code --case}.
 */
final class FreshCases11 {

    private FreshCases11() {}

    static List<NeedleCase> all() {
        return List.of(mysqlReplicaErrorLog(), etcdLeaderChange(), argocdSyncFailure(), keycloakLockout(), vaultAuditDenied(), puppetAgentRun(),
                logstashMappingErrors(), ingressNginxCanary(), grafanaAlertDatasource(), minioQuorumLost(), journalctlVerbose(), winEventFormatList());
    }

    /** Every whole line of {@code text} that contains all of {@code parts}; fails when none does. */
    static List<String> every(String text, String... parts) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            boolean all = true;
            for (String p : parts) {
                all &= line.contains(p);
            }
            if (all) {
                found.add(line);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no line contains " + String.join(" & ", parts));
        }
        return found;
    }

    // ---------------------------------------------------------------- MySQL 8 error log (replica)

    /**
     * The error log of a MySQL 8.0 replica, restarted at 06:00 for a kernel update: the startup block, the replication
     * threads starting, then hours of deprecated-plugin warnings, aborted connections, unresolvable client addresses and
     * page-cleaner notes. At 09:47 worker 1 fails to apply an Update_rows event on shop.inventory (error 1032, the row is
     * not on the replica) and the SQL thread stops; the receiver thread goes on, so only the error log says why.
     */
    static NeedleCase mysqlReplicaErrorLog() {
        Gen g = new Gen(140_001);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT);
        String[] startup = {
            "0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.40) starting as process 1",
            "1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.",
            "1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.",
            "0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.",
            "0 [System] [MY-013602] [Server] Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.",
            "0 [Warning] [MY-011810] [Server] Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users."
                + " Consider choosing a different directory.",
            "0 [Warning] [MY-010604] [Repl] Neither --relay-log nor --relay-log-index were used; so replication may break when this MySQL server acts as a"
                + " replica and has his hostname changed!! Please use '--relay-log=db-replica-2-relay-bin' to avoid this problem.",
            "0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock",
            "0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.40'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306"
                + "  MySQL Community Server - GPL.",
            "5 [Warning] [MY-010897] [Repl] Storing MySQL user name or password information in the connection metadata repository is not secure and is"
                + " therefore not recommended. Please consider using the USER and PASSWORD connection options for START REPLICA; see the 'START REPLICA"
                + " Syntax' in the MySQL Manual for more information.",
            "5 [System] [MY-010562] [Repl] Replica I/O thread for channel '': connected to source 'repl@10.0.1.10:3306',replication started in log"
                + " 'mysql-bin.000412' at position 71203388",
            "6 [System] [MY-010558] [Repl] Replica SQL thread for channel '' initialized, starting replication in log 'mysql-bin.000412' at position 71203388,"
                + " relay log './db-replica-2-relay-bin.000217' position: 4"};
        LocalDateTime st = LocalDateTime.of(2026, 12, 8, 6, 0, 1, 118_204_000);
        for (String s : startup) {
            st = st.plusNanos(g.between(1, 900) * 1_000_000L + g.between(0, 999) * 1_000L);
            g.add(f.format(st) + " " + s);
        }
        Stamps clock = new Stamps(g, st, 45_000);
        String[] users = {"app_rw", "app_ro", "reporting", "monitor", "debezium"};
        String[] hosts = {"10.0.5.23", "10.0.5.24", "10.0.5.31", "10.0.6.11", "10.0.6.12", "10.0.9.3", "10.0.7.14"};
        LocalDateTime failAt = LocalDateTime.of(2026, 12, 8, 9, 47, 12, 481_223_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 11, 20, 0);
        int conn = 41;
        boolean failed = false;
        String workerLine = null;
        String abortedLine = null;
        String gtid = "3e11fa47-71ca-11e1-9e33-c80aa9429562:88213457";
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            if (!failed && t.isAfter(failAt)) {
                failed = true;
                workerLine = f.format(failAt) + " 14 [ERROR] [MY-010584] [Repl] Replica SQL for channel '': Worker 1 failed executing transaction '" + gtid
                        + "' at source log mysql-bin.000413, end_log_pos 58812712; Could not execute Update_rows event on table shop.inventory; Can't find"
                        + " record in 'inventory', Error_code: 1032; handler error HA_ERR_KEY_NOT_FOUND; the event's source log mysql-bin.000413, end_log_pos"
                        + " 58812712, Error_code: MY-001032";
                g.add(workerLine);
                g.add(f.format(failAt.plusNanos(612_000)) + " 13 [Warning] [MY-010584] [Repl] Replica SQL for channel '': ... The replica coordinator and"
                        + " worker threads are stopped, possibly leaving data in inconsistent state. A restart should restore consistency automatically,"
                        + " although using non-transactional storage for data or info tables or DDL queries could lead to problems. In such cases you have"
                        + " to examine your data (see documentation for details). Error_code: MY-001756");
                abortedLine = f.format(failAt.plusNanos(867_000)) + " 13 [ERROR] [MY-010586] [Repl] Error running query, replica SQL thread aborted. Fix the"
                        + " problem, and restart the replica SQL thread with \"START REPLICA\". We stopped at log 'mysql-bin.000413' position 58812301";
                g.add(abortedLine);
                continue;
            }
            String s = f.format(t);
            conn += g.between(1, 9);
            String user = g.pick(users);
            String host = g.pick(hosts);
            switch (g.weighted(10, 6, 2, 2, 2, 1)) {
                case 0 -> g.add(fmt("%s %d [Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and"
                        + " will be removed in a future release. Please use caching_sha2_password instead'", s, conn));
                case 1 -> g.add(fmt("%s %d [Note] [MY-010914] [Server] Aborted connection %d to db: '%s' user: '%s' host: '%s' (%s).", s, conn, conn, g.pick("shop",
                        "shop", "reporting", "unconnected"), user, host, g.pick("Got an error reading communication packets", "Got timeout reading communication packets")));
                case 2 -> g.add(fmt("%s %d [Warning] [MY-010055] [Server] IP address '%s' could not be resolved: Name or service not known", s, conn, host));
                case 3 -> g.add(fmt("%s 0 [Note] [MY-011953] [InnoDB] Page cleaner took %dms to flush %d and evict 0 pages", s, g.between(4_001, 6_900),
                        g.between(80, 2_000)));
                case 4 -> g.add(fmt("%s %d [Note] [MY-010926] [Server] Access denied for user 'monitor'@'10.0.9.3' (using password: YES)", s, conn));
                default -> g.add(fmt("%s 0 [Note] [MY-013387] [InnoDB] Truncating undo tablespace 'innodb_undo_00%d'.", s, g.between(1, 2)));
            }
        }
        String text = g.text();
        requireLines(g, 300, 3_000);
        requireCount(text, "[ERROR]", 2);
        return NeedleCase.named("fresh11_mysql_replica_error_log", "log", "mysql-error-log")
                .shell("ssh db-replica-2 'sudo tail -n " + g.size() + " /var/log/mysql/error.log'")
                .question("db-replica-2 has been falling behind since this morning and SHOW REPLICA STATUS says Replica_SQL_Running: No. What stopped"
                        + " replication, on which table, and where do I restart from?")
                .heldAside()
                .build(text, List.of(Needle.exact(workerLine), Needle.contains("Can't find record in 'inventory', Error_code: 1032"),
                        Needle.exact(abortedLine), Needle.contains(gtid)));
    }

    // ---------------------------------------------------------------- etcd zap JSON log

    /**
     * The log of etcd member etcd-1 of a Kubernetes control plane (JSON lines, zap): range and txn requests that took a
     * little over 100 ms, compaction every five minutes, a monitoring agent with a bad client certificate. From 10:40
     * the WAL fsyncs on this member (the leader) take over a second, it misses heartbeats, and at 10:41:07 the other
     * members elect etcd-3: etcd-1 receives a vote at a higher term, becomes follower and logs the leader change.
     */
    static NeedleCase etcdLeaderChange() {
        Gen g = new Gen(140_002);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 10, 0, 0, 412_000_000), 20_000);
        String self = "3a57933972cb5131";
        String peer2 = "91bc3c398fb3c146";
        String peer3 = "fd422379fda50e48";
        String[] keys = {"/registry/pods/shop/", "/registry/pods/kube-system/", "/registry/leases/kube-node-lease/", "/registry/events/shop/",
            "/registry/services/endpoints/shop/", "/registry/configmaps/kube-system/", "/registry/deployments/shop/", "/registry/secrets/shop/",
            "/registry/minions/", "/registry/endpointslices/shop/"};
        String[] nodes = {"node-1", "node-2", "node-3", "node-4", "node-5", "node-6", "node-7", "node-8", "cp-1", "cp-2", "cp-3"};
        LocalDateTime slowFrom = LocalDateTime.of(2026, 12, 8, 10, 39, 40);
        LocalDateTime electAt = LocalDateTime.of(2026, 12, 8, 10, 41, 7, 318_442_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 11, 5, 0);
        long revision = 48_112_870;
        LocalDateTime nextCompact = LocalDateTime.of(2026, 12, 8, 10, 3, 11);
        boolean elected = false;
        String voteLine = null;
        String followerLine = null;
        String changedLine = null;
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            String ts = f.format(t);
            revision += g.between(20, 300);
            if (!elected && t.isAfter(electAt)) {
                elected = true;
                String e = f.format(electAt);
                voteLine = "{\"level\":\"info\",\"ts\":\"" + e + "\",\"logger\":\"raft\",\"caller\":\"etcdserver/zap_raft.go:77\",\"msg\":\"" + self
                        + " [term: 7] received a MsgVote message with higher term from " + peer3 + " [term: 8]\"}";
                followerLine = "{\"level\":\"info\",\"ts\":\"" + f.format(electAt.plusNanos(41_000)) + "\",\"logger\":\"raft\",\"caller\":\"etcdserver/zap_raft.go:77\","
                        + "\"msg\":\"" + self + " became follower at term 8\"}";
                changedLine = "{\"level\":\"info\",\"ts\":\"" + f.format(electAt.plusNanos(2_904_000)) + "\",\"logger\":\"raft\",\"caller\":\"etcdserver/zap_raft.go:77\","
                        + "\"msg\":\"raft.node: " + self + " changed leader from " + self + " to " + peer3 + " at term 8\"}";
                g.add(voteLine);
                g.add(followerLine);
                g.add("{\"level\":\"info\",\"ts\":\"" + f.format(electAt.plusNanos(77_000)) + "\",\"logger\":\"raft\",\"caller\":\"etcdserver/zap_raft.go:77\",\"msg\":\""
                        + self + " [logterm: 7, index: 61204417, vote: 0] cast MsgVote for " + peer3 + " [logterm: 7, index: 61204419] at term 8\"}");
                g.add("{\"level\":\"info\",\"ts\":\"" + f.format(electAt.plusNanos(1_118_000)) + "\",\"logger\":\"raft\",\"caller\":\"etcdserver/zap_raft.go:77\",\"msg\":\""
                        + "raft.node: " + self + " lost leader " + self + " at term 8\"}");
                g.add(changedLine);
                for (int i = 0; i < 6; i++) {
                    g.add("{\"level\":\"warn\",\"ts\":\"" + f.format(electAt.plusNanos(3_000_000L + i * 211_000L)) + "\",\"caller\":\"etcdserver/util.go:170\","
                            + "\"msg\":\"apply request took too long\",\"took\":\"" + g.between(1_200, 4_800) + "." + g.between(100, 999) + "ms\",\"expected-duration\":"
                            + "\"100ms\",\"prefix\":\"\",\"request\":\"header:<ID:" + g.between(100_000_000, 999_999_999) + "> lease_grant:<ttl:15-second id:"
                            + g.hex(16) + ">\",\"response\":\"\",\"error\":\"etcdserver: leader changed\"}");
                }
                continue;
            }
            if (!t.isBefore(nextCompact)) {
                nextCompact = nextCompact.plusMinutes(5);
                long compactRev = revision - g.between(30_000, 60_000);
                g.add("{\"level\":\"info\",\"ts\":\"" + ts + "\",\"caller\":\"mvcc/index.go:214\",\"msg\":\"compact tree index\",\"revision\":" + compactRev + "}");
                g.add("{\"level\":\"info\",\"ts\":\"" + f.format(t.plusNanos(g.between(40, 200) * 1_000_000L)) + "\",\"caller\":\"mvcc/kvstore_compaction.go:66\","
                        + "\"msg\":\"finished scheduled compaction\",\"compact-revision\":" + compactRev + ",\"took\":\"" + g.between(40, 190) + "." + g.between(100, 999)
                        + "ms\",\"hash\":" + g.between(100_000_000, 2_000_000_000) + ",\"current-db-size-bytes\":1837215744,\"current-db-size\":\"1.8 GB\","
                        + "\"current-db-size-in-use-bytes\":" + g.between(600_000_000, 700_000_000) + ",\"current-db-size-in-use\":\"" + g.between(600, 700) + " MB\"}");
                g.add("{\"level\":\"info\",\"ts\":\"" + f.format(t.plusNanos(g.between(200, 400) * 1_000_000L)) + "\",\"caller\":\"mvcc/hash.go:137\","
                        + "\"msg\":\"storing new hash\",\"hash\":" + g.between(100_000_000, 2_000_000_000) + ",\"revision\":" + compactRev + ",\"compact-revision\":"
                        + (compactRev - g.between(40_000, 60_000)) + "}");
                continue;
            }
            boolean slow = t.isAfter(slowFrom) && t.isBefore(electAt);
            if (slow && g.chance(0.5)) {
                g.add("{\"level\":\"warn\",\"ts\":\"" + ts + "\",\"caller\":\"wal/wal.go:805\",\"msg\":\"slow fdatasync\",\"took\":\"" + g.between(1, 3) + "."
                        + g.between(100, 999) + "s\",\"expected-duration\":\"1s\"}");
                if (g.chance(0.7)) {
                    g.add("{\"level\":\"warn\",\"ts\":\"" + f.format(t.plusNanos(g.between(1, 90) * 1_000_000L)) + "\",\"caller\":\"etcdserver/raft.go:416\","
                            + "\"msg\":\"leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk\",\"to\":\""
                            + g.pick(peer2, peer3) + "\",\"heartbeat-interval\":\"100ms\",\"expected-duration\":\"200ms\",\"exceeded-duration\":\""
                            + g.between(600, 1_900) + "." + g.between(100, 999) + "ms\"}");
                }
                continue;
            }
            switch (g.weighted(10, 4, 1, 1)) {
                case 0 -> {
                    String k = g.pick(keys);
                    boolean count = g.chance(0.3);
                    int tookMicros = (slow ? g.between(400, 1_900) : g.between(100, 190)) * 1_000 + g.between(100, 999);
                    String took = fmt("%d.%03dms", tookMicros / 1_000, tookMicros % 1_000);
                    int n = count ? 0 : g.between(1, 400);
                    g.add("{\"level\":\"warn\",\"ts\":\"" + ts + "\",\"caller\":\"etcdserver/util.go:170\",\"msg\":\"apply request took too long\",\"took\":\""
                            + took + "\",\"expected-duration\":\"100ms\",\"prefix\":\"read-only range \",\"request\":\"key:\\\"" + k + "\\\" range_end:\\\""
                            + k.substring(0, k.length() - 1) + "0\\\" " + (count ? "count_only:true " : "") + "\",\"response\":\"range_response_count:" + n
                            + " size:" + (count ? 8 : n * g.between(900, 7_000)) + "\"}");
                    g.add("{\"level\":\"info\",\"ts\":\"" + f.format(t.plusNanos(g.between(10, 900) * 1_000L)) + "\",\"caller\":\"traceutil/trace.go:171\","
                            + "\"msg\":\"trace[" + g.between(100_000_000, 2_000_000_000) + "] range\",\"detail\":\"{range_begin:" + k + "; range_end:"
                            + k.substring(0, k.length() - 1) + "0; response_count:" + n + "; response_revision:" + revision + "; }\",\"duration\":\"" + took
                            + "\",\"start\":\"" + f.format(t.minusNanos(tookMicros * 1_000L)) + "\",\"end\":\"" + ts + "\",\"steps\":[\"trace["
                            + g.between(100_000_000, 2_000_000_000) + "] 'range keys from in-memory index tree'  (duration: " + fmt("%d.%03dms", tookMicros * 9 / 10_000,
                            tookMicros * 9 / 10 % 1_000) + ")\"],\"step_count\":1}");
                }
                case 1 -> {
                    String node = g.pick(nodes);
                    g.add("{\"level\":\"warn\",\"ts\":\"" + ts + "\",\"caller\":\"etcdserver/util.go:170\",\"msg\":\"apply request took too long\",\"took\":\""
                            + g.between(100, 160) + "." + g.between(100, 999) + "ms\",\"expected-duration\":\"100ms\",\"prefix\":\"\",\"request\":\"header:<ID:"
                            + g.between(100_000_000, 999_999_999) + " username:\\\"kube-apiserver-etcd-client\\\" auth_revision:1 > txn:<compare:<target:MOD"
                            + " key:\\\"/registry/leases/kube-node-lease/" + node + "\\\" mod_revision:" + (revision - g.between(1_000, 9_000)) + " > success:<request_put:"
                            + "<key:\\\"/registry/leases/kube-node-lease/" + node + "\\\" value_size:" + g.between(480, 560) + " >> failure:<request_range:<key:"
                            + "\\\"/registry/leases/kube-node-lease/" + node + "\\\" > >>\",\"response\":\"size:20\"}");
                }
                case 2 -> g.add("{\"level\":\"warn\",\"ts\":\"" + ts + "\",\"caller\":\"embed/config_logging.go:160\",\"msg\":\"rejected connection\","
                        + "\"remote-addr\":\"10.0.0.51:" + g.between(30_000, 60_000) + "\",\"server-name\":\"\",\"error\":\"remote error: tls: bad certificate\"}");
                default -> g.add("{\"level\":\"info\",\"ts\":\"" + ts + "\",\"caller\":\"etcdserver/server.go:1444\",\"msg\":\"triggering snapshot\","
                        + "\"local-member-id\":\"" + self + "\",\"local-member-applied-index\":" + g.between(61_000_000, 61_300_000) + ",\"local-member-snapshot-index\":"
                        + g.between(60_900_000, 61_000_000) + ",\"local-member-snapshot-count\":10000}");
            }
        }
        String text = g.text();
        requireLines(g, 300, 3_000);
        return NeedleCase.named("fresh11_etcd_leader_change", "jsonl", "etcd-zap-json")
                .shell("kubectl -n kube-system logs etcd-cp-1 --since=70m")
                .question("At about 10:41 kube-apiserver returned 'etcdserver: leader changed' errors and some requests timed out. Why did the etcd leader"
                        + " change? cp-1 was the leader.")
                .heldAside()
                .build(text, List.of(Needle.anyOf(every(text, "\"msg\":\"slow fdatasync\"")),
                        Needle.anyOf(every(text, "leader failed to send out heartbeat on time")), Needle.exact(voteLine), Needle.exact(changedLine)));
    }

    // ---------------------------------------------------------------- Argo CD application controller (logrus)

    private static final String DEST = "https://kubernetes.default.svc";

    /**
     * The argocd-application-controller log for 45 minutes: nine applications refreshed over and over, each reconcile
     * logged with its timings. At 10:12 a new revision of the payments app is auto-synced; the ConfigMap applies, the
     * Deployment is rejected by the API server (CPU request above its limit), the operation fails and auto-sync then skips
     * that revision on every refresh.
     */
    static NeedleCase argocdSyncFailure() {
        Gen g = new Gen(140_003);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 9, 50, 3), 20_000);
        String[][] apps = {{"shop-frontend", "shop"}, {"cart", "cart"}, {"payments", "payments"}, {"catalog", "catalog"}, {"search", "search"},
            {"monitoring", "monitoring"}, {"ingress-nginx", "ingress-nginx"}, {"cert-manager", "cert-manager"}, {"orders", "orders"}};
        String rev = "9c4e1f27b3d0a8e65f41c2d97a0b318e6d5f2c14";
        LocalDateTime syncAt = LocalDateTime.of(2026, 12, 8, 10, 12, 18);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 10, 35, 0);
        String syncId = "00031-qWfKt";
        String reason = "error when patching \\\"/dev/shm/2901563374\\\": Deployment.apps \\\"payments-api\\\" is invalid:"
                + " spec.template.spec.containers[0].resources.requests: Invalid value: \\\"2\\\": must be less than or equal to cpu limit of 1";
        boolean synced = false;
        String initiated = null;
        String resultLine = null;
        String partial = null;
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            String s = "time=\"" + f.format(t) + "\"";
            if (!synced && t.isAfter(syncAt)) {
                synced = true;
                String a = "application=argocd/payments";
                String ev = " dest-namespace=payments dest-server=\"" + DEST + "\"";
                g.add(s + " level=info msg=\"Refreshing app status (controller refresh requested), level (2)\" " + a);
                g.add(s + " level=info msg=\"Comparing app state (cluster: " + DEST + ", namespace: payments)\" " + a);
                g.add(s + " level=info msg=\"GetRepoObjs stats\" " + a + " build_options_ms=0 helm_ms=412 plugins_ms=0 repo_ms=0 time_ms=1187 unmarshal_ms=14"
                        + " version_ms=761");
                g.add(s + " level=info msg=\"Updated sync status: Synced -> OutOfSync\" " + a + ev + " reason=ResourceUpdated type=Normal");
                initiated = s + " level=info msg=\"Initiated automated sync to '" + rev + "'\" " + a + ev + " reason=OperationStarted type=Normal";
                g.add(initiated);
                g.add(s + " level=info msg=\"Update successful\" " + a);
                String s2 = "time=\"" + f.format(t.plusSeconds(1)) + "\"";
                g.add(s2 + " level=info msg=\"Tasks (dry-run)\" " + a + " syncId=" + syncId + " tasks=\"[Sync/0 resource /ConfigMap:payments/payments-config"
                        + " obj->obj (,,), Sync/0 resource /Service:payments/payments-api obj->obj (,,), Sync/0 resource apps/Deployment:payments/payments-api"
                        + " obj->obj (,,)]\"");
                g.add(s2 + " level=info msg=\"Applying resource ConfigMap/payments-config in cluster: " + DEST + ", namespace: payments\"");
                g.add(s2 + " level=info msg=\"Adding resource result, status: 'Synced', phase: 'Running', message: 'configmap/payments-config configured'\" "
                        + a + " kind=ConfigMap name=payments-config namespace=payments phase=Sync syncId=" + syncId);
                g.add(s2 + " level=info msg=\"Applying resource Service/payments-api in cluster: " + DEST + ", namespace: payments\"");
                g.add(s2 + " level=info msg=\"Adding resource result, status: 'Synced', phase: 'Running', message: 'service/payments-api unchanged'\" "
                        + a + " kind=Service name=payments-api namespace=payments phase=Sync syncId=" + syncId);
                g.add(s2 + " level=info msg=\"Applying resource Deployment/payments-api in cluster: " + DEST + ", namespace: payments\"");
                resultLine = s2 + " level=info msg=\"Adding resource result, status: 'SyncFailed', phase: 'Failed', message: '" + reason + "'\" " + a
                        + " kind=Deployment name=payments-api namespace=payments phase=Sync syncId=" + syncId;
                g.add(resultLine);
                g.add(s2 + " level=info msg=\"Updating operation state. phase: Running -> Failed, message: 'one or more tasks are running' -> 'one or more"
                        + " objects failed to apply, reason: " + reason + "'\" " + a + " syncId=" + syncId);
                partial = s2 + " level=info msg=\"Partial sync operation to " + rev + " failed: one or more objects failed to apply, reason: " + reason + "\" "
                        + a + ev + " reason=OperationCompleted type=Warning";
                g.add(partial);
                g.add(s2 + " level=info msg=\"sync/terminate complete\" " + a + " duration=1.408s syncId=" + syncId);
                continue;
            }
            String[] app = g.pick(apps);
            String a = "application=argocd/" + app[0];
            boolean failedPayments = synced && app[0].equals("payments");
            String level = g.chance(0.8) ? "(1)" : "(2)";
            g.add(s + " level=info msg=\"Refreshing app status (" + g.pick("controller refresh requested", "normal refresh requested",
                    "controller refresh requested") + "), level " + level + "\" " + a);
            g.add(s + " level=info msg=\"Comparing app state (cluster: " + DEST + ", namespace: " + app[1] + ")\" " + a);
            int git = g.between(0, 140);
            g.add(s + " level=info msg=\"GetRepoObjs stats\" " + a + " build_options_ms=0 helm_ms=" + (app[0].contains("-") ? g.between(100, 600) : 0)
                    + " plugins_ms=0 repo_ms=0 time_ms=" + (git + g.between(10, 300)) + " unmarshal_ms=" + g.between(1, 40) + " version_ms=" + git);
            if (failedPayments) {
                g.add(s + " level=info msg=\"Skipping auto-sync: failed previous sync attempt to [" + rev + "]\" " + a);
            } else {
                g.add(s + " level=info msg=\"Skipping auto-sync: application status is Synced\" " + a);
            }
            if (g.chance(0.4) || failedPayments) {
                g.add(s + " level=info msg=\"Update successful\" " + a);
            }
            int live = g.between(0, 30);
            int diff = g.between(1, 60);
            g.add(s + " level=info msg=\"Reconciliation completed\" " + a + " dedup_ms=0 dest-name= dest-namespace=" + app[1] + " dest-server=\"" + DEST
                    + "\" diff_ms=" + diff + " fields.level=" + level.charAt(1) + " git_ms=" + git + " health_ms=" + g.between(0, 5) + " live_ms=" + live
                    + " patch_ms=" + g.between(0, 30) + " setop_ms=0 settings_ms=0 sync_ms=0 time_ms=" + (git + live + diff + g.between(5, 80)));
            if (g.chance(0.05)) {
                g.add(s + " level=info msg=\"Start Update application operation state\"");
                g.add(s + " level=info msg=\"Completed Update application operation state\"");
            }
        }
        String text = g.text();
        requireLines(g, 300, 3_000);
        return NeedleCase.named("fresh11_argocd_sync_failure", "log", "argocd-controller-logrus")
                .shell("kubectl -n argocd logs statefulset/argocd-application-controller --since=45m")
                .question("The payments app in Argo CD shows OutOfSync with a failed sync since the last merge to main. What failed, on which resource, and"
                        + " why isn't it retrying?")
                .heldAside()
                .build(text, List.of(Needle.exact(resultLine), Needle.exact(partial), Needle.exact(initiated),
                        Needle.anyOf(every(text, "Skipping auto-sync: failed previous sync attempt to [" + rev + "]"))));
    }

    // ---------------------------------------------------------------- Keycloak (Quarkus) server log

    /**
     * A Keycloak 26 pod's log with {@code org.keycloak.events} at DEBUG: thousands of successful LOGIN, CODE_TO_TOKEN and
     * REFRESH_TOKEN events of the acme realm, the odd mistyped password or unknown user. At 07:12 an address that is not
     * hers tries 30 passwords for mkowalski in a minute and a half (and a few other users), brute-force detection locks
     * the account, and from 08:03 her own logins from the office fail with user_temporarily_disabled.
     */
    static NeedleCase keycloakLockout() {
        Gen g = new Gen(140_004);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 6, 30, 0, 118_000_000), 55_000);
        String realmId = "4b1f7c2e-9d0a-4e1b-8c3f-2a6d5e0f9b71";
        String[] clients = {"shop-web", "shop-web", "shop-web", "backoffice", "account-console", "mobile-app"};
        String[] redirect = {"https://shop.acme.example/auth/callback", "https://shop.acme.example/auth/callback", "https://shop.acme.example/auth/callback",
            "https://backoffice.acme.example/oauth2/callback", "https://sso.acme.example/realms/acme/account/", "com.acme.shop:/oauth2redirect"};
        List<String[]> users = new ArrayList<>();
        String[] first = {"anna", "piotr", "jan", "ewa", "tomasz", "kasia", "marek", "ola", "pawel", "zofia", "adam", "lena", "igor", "nina", "olaf",
            "maja", "kuba", "ida", "leon", "ala"};
        String[] last = {"nowak", "wisniewski", "wojcik", "kaminska", "lewandowski", "zielinska", "szymanski", "wozniak", "dabrowski", "kozlowska"};
        for (int i = 0; i < 60; i++) {
            users.add(new String[] {first[g.nextInt(first.length)].charAt(0) + last[g.nextInt(last.length)] + (i % 7 == 0 ? Integer.toString(i) : ""),
                uuid(g), g.ip()});
        }
        String victim = "mkowalski";
        String victimId = "c0d81a6e-3f52-4b7d-9e14-7a2b0c5d8e31";
        String office = "89.64.12.201";
        String attacker = "185.220.101.47";
        users.add(new String[] {victim, victimId, office});
        LocalDateTime attackAt = LocalDateTime.of(2026, 12, 8, 7, 12, 3, 481_000_000);
        LocalDateTime herFirst = LocalDateTime.of(2026, 12, 8, 8, 3, 41, 207_000_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 8, 40, 0);
        boolean attacked = false;
        int herTries = 0;
        LocalDateTime herNext = herFirst;
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            if (!attacked && t.isAfter(attackAt)) {
                attacked = true;
                LocalDateTime a = attackAt;
                int tries = 0;
                for (int n = 0; tries < 36; n++) {
                    a = a.plusNanos(g.between(900, 4_200) * 1_000_000L);
                    boolean locked = tries >= 30;
                    boolean other = n % 9 == 4;
                    String u = other ? g.pick("jnowak", "admin", "a.nowak", "kwozniak") : victim;
                    String uid = other ? (u.equals("admin") ? "null" : uuid(g)) : victimId;
                    String error = other ? (u.equals("admin") ? "user_not_found" : "invalid_user_credentials") : locked ? "user_temporarily_disabled"
                            : "invalid_user_credentials";
                    g.add(event(f.format(a), "WARN ", g.between(1, 40), "LOGIN_ERROR", realmId, "shop-web", uid, null, attacker, error, redirect[0], g, u));
                    if (!other) {
                        tries++;
                    }
                }
                clock = new Stamps(g, a, 55_000);
                continue;
            }
            if (t.isAfter(herNext) && herTries < 4) {
                herTries++;
                herNext = t.plusSeconds(g.between(20, 240));
                g.add(event(f.format(t), "WARN ", g.between(1, 40), "LOGIN_ERROR", realmId, herTries == 3 ? "account-console" : "shop-web", victimId, null,
                        office, "user_temporarily_disabled", herTries == 3 ? redirect[4] : redirect[0], g, victim));
                continue;
            }
            String[] u = users.get(g.nextInt(users.size() - 1));
            int c = g.nextInt(clients.length);
            int thread = g.between(1, 40);
            String s = f.format(t);
            switch (g.weighted(12, 4, 1, 1, 1)) {
                case 0 -> {
                    String session = uuid(g);
                    g.add(event(s, "DEBUG", thread, "LOGIN", realmId, clients[c], u[1], session, u[2], null, redirect[c], g, u[0]));
                    g.add(event(f.format(t.plusNanos(g.between(80, 600) * 1_000_000L)), "DEBUG", g.between(1, 40), "CODE_TO_TOKEN", realmId, clients[c], u[1],
                            session, u[2], null, null, g, null));
                }
                case 1 -> g.add(event(s, "DEBUG", thread, "REFRESH_TOKEN", realmId, clients[c], u[1], uuid(g), u[2], null, null, g, null));
                case 2 -> g.add(event(s, "WARN ", thread, "LOGIN_ERROR", realmId, clients[c], u[1], null, u[2], "invalid_user_credentials", redirect[c], g, u[0]));
                case 3 -> g.add(event(s, "WARN ", thread, "LOGIN_ERROR", realmId, clients[c], "null", null, g.ip(), "user_not_found", redirect[c], g,
                        g.pick("test", "info@acme.example", "jan.nowak", "support", "a.kowalska")));
                default -> g.add(event(s, "WARN ", thread, "REFRESH_TOKEN_ERROR", realmId, clients[c], u[1], null, u[2], "invalid_token", null, g, null));
            }
        }
        String text = g.text();
        requireLines(g, 300, 3_000);
        List<String> stuffing = every(text, "ipAddress=\"" + attacker + "\"", "error=\"invalid_user_credentials\"", "username=\"" + victim + "\"");
        if (stuffing.size() != 30) {
            throw new IllegalStateException("expected 30 failures, got " + stuffing.size());
        }
        return NeedleCase.named("fresh11_keycloak_lockout", "log", "keycloak-quarkus")
                .shell("kubectl -n iam logs keycloak-1 --since=2h10m")
                .question("Marta Kowalski (username mkowalski) says she can't log in to the shop since this morning even with the right password, and she"
                        + " didn't change anything. What happened to her account?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(stuffing),
                        Needle.anyOf(every(text, "ipAddress=\"" + attacker + "\"", "error=\"user_temporarily_disabled\"")),
                        Needle.anyOf(every(text, "ipAddress=\"" + office + "\"", "error=\"user_temporarily_disabled\"")),
                        Needle.contains(attacker)));
    }

    private static String event(String ts, String level, int thread, String type, String realmId, String client, String userId, String session,
            String ip, String error, String redirect, Gen g, String username) {
        StringBuilder sb = new StringBuilder(ts).append(' ').append(level).append(" [org.keycloak.events] (executor-thread-").append(thread).append(") type=\"")
                .append(type).append("\", realmId=\"").append(realmId).append("\", realmName=\"acme\", clientId=\"").append(client).append("\", userId=\"")
                .append(userId).append("\", ");
        if (session != null) {
            sb.append("sessionId=\"").append(session).append("\", ");
        }
        sb.append("ipAddress=\"").append(ip).append("\", ");
        if (error != null) {
            sb.append("error=\"").append(error).append("\", ");
        }
        switch (type) {
            case "LOGIN", "LOGIN_ERROR" -> {
                sb.append("auth_method=\"openid-connect\", auth_type=\"code\", ");
                if (type.equals("LOGIN")) {
                    sb.append("response_type=\"code\", ");
                }
                sb.append("redirect_uri=\"").append(redirect).append("\", ");
                if (type.equals("LOGIN")) {
                    sb.append("consent=\"no_consent_required\", ");
                }
                sb.append("code_id=\"").append(uuid(g)).append("\", username=\"").append(username).append("\", authSessionParentId=\"").append(uuid(g))
                        .append("\", authSessionTabId=\"").append(g.alnum(11)).append('"');
            }
            case "CODE_TO_TOKEN" -> sb.append("token_id=\"onrtac:").append(uuid(g)).append("\", grant_type=\"authorization_code\", refresh_token_type=\"Refresh\","
                    + " scope=\"openid profile email\", refresh_token_id=\"").append(uuid(g)).append("\", code_id=\"").append(session)
                    .append("\", client_auth_method=\"client-secret\"");
            case "REFRESH_TOKEN" -> sb.append("token_id=\"onrtrt:").append(uuid(g)).append("\", grant_type=\"refresh_token\", refresh_token_type=\"Refresh\","
                    + " scope=\"openid profile email\", updated_refresh_token_id=\"").append(uuid(g)).append("\", refresh_token_id=\"").append(uuid(g))
                    .append("\", client_auth_method=\"client-secret\"");
            default -> sb.append("grant_type=\"refresh_token\", reason=\"Invalid refresh token\", client_auth_method=\"client-secret\"");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- HashiCorp Vault audit log

    private static final String MOUNT_RUNNING = "v1.18.2+builtin.vault";

    private record VaultClient(String display, String policies, String metadata, String ip, String token, String accessor, String entity, String role) {}

    private static String hmac(Gen g) {
        return "hmac-sha256:" + g.hex(64);
    }

    private static String vaultAuth(VaultClient c, String issue) {
        return "{\"client_token\":\"" + c.token() + "\",\"accessor\":\"" + c.accessor() + "\",\"display_name\":\"" + c.display() + "\",\"policies\":"
                + c.policies() + ",\"token_policies\":" + c.policies() + ",\"metadata\":" + c.metadata() + ",\"entity_id\":\"" + c.entity()
                + "\",\"token_type\":\"service\",\"token_ttl\":3600,\"token_issue_time\":\"" + issue + "\"}";
    }

    private static String vaultRequest(Gen g, String id, VaultClient c, String op, String mount, String mountType, String mountAccessor, String path,
            String data, int port) {
        return "{\"id\":\"" + id + "\",\"client_id\":\"" + c.entity() + "\",\"operation\":\"" + op + "\",\"mount_point\":\"" + mount + "\",\"mount_type\":\""
                + mountType + "\",\"mount_accessor\":\"" + mountAccessor + "\",\"mount_running_version\":\"" + (mountType.equals("kv") ? "v0.20.0+builtin"
                : MOUNT_RUNNING) + "\",\"mount_class\":\"" + (mount.startsWith("sys") ? "" : mount.startsWith("auth") ? "auth" : "secret")
                + "\",\"client_token\":\"" + c.token() + "\",\"client_token_accessor\":\"" + c.accessor() + "\",\"namespace\":{\"id\":\"root\"},\"path\":\""
                + path + "\"" + (data == null ? "" : ",\"data\":" + data) + ",\"remote_address\":\"" + c.ip() + "\",\"remote_port\":" + port + "}";
    }

    /**
     * Vault's file audit device on vault-0 for an hour: services authenticated by the Kubernetes method reading their KV
     * secrets and database credentials, renewing tokens and leases, each a request entry then a response entry with every
     * value HMAC'd. At 08:57 an operator (OIDC) updates the ACL policy reporting-etl; from then on the reporting ETL's reads
     * of secret/data/reporting/warehouse-db are denied, where they had succeeded before.
     */
    static NeedleCase vaultAuditDenied() {
        Gen g = new Gen(140_005);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT);
        DateTimeFormatter issueF = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 8, 44, 0, 211_000_000), 40_000);
        String[][] svc = {{"payments-api", "payments", "secret/data/payments/stripe"}, {"orders-api", "orders", "secret/data/orders/rabbitmq"},
            {"catalog-api", "catalog", "secret/data/catalog/algolia"}, {"cart-api", "cart", "secret/data/cart/redis"},
            {"notifications", "notify", "secret/data/notify/sendgrid"}};
        List<VaultClient> clients = new ArrayList<>();
        for (String[] s : svc) {
            clients.add(new VaultClient("kubernetes-" + s[1] + "-" + s[0], "[\"default\",\"" + s[0] + "\"]", "{\"role\":\"" + s[0]
                    + "\",\"service_account_name\":\"" + s[0] + "\",\"service_account_namespace\":\"" + s[1] + "\",\"service_account_secret_name\":\"\","
                    + "\"service_account_uid\":\"" + uuid(g) + "\"}", "10.42." + g.between(1, 9) + "." + g.between(2, 250), hmac(g), hmac(g), uuid(g), s[2]));
        }
        VaultClient etl = new VaultClient("approle", "[\"default\",\"reporting-etl\"]", "{\"role_name\":\"reporting-etl\"}", "10.42.8.77", hmac(g),
                hmac(g), uuid(g), "secret/data/reporting/warehouse-db");
        VaultClient admin = new VaultClient("oidc-j.doe@acme.example", "[\"default\",\"vault-admins\"]", "{\"role\":\"admin\",\"username\":"
                + "\"j.doe@acme.example\"}", "10.8.0.14", hmac(g), hmac(g), uuid(g), "");
        String target = "secret/data/reporting/warehouse-db";
        LocalDateTime policyAt = LocalDateTime.of(2026, 12, 8, 8, 57, 31, 604_118_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 9, 16, 0);
        boolean changed = false;
        String policyLine = null;
        LocalDateTime etlNext = LocalDateTime.of(2026, 12, 8, 8, 45, 40);
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            if (!changed && t.isAfter(policyAt)) {
                changed = true;
                String id = uuid(g);
                String req = vaultRequest(g, id, admin, "update", "sys/", "system", "system_" + "2d7b0c1e", "sys/policies/acl/reporting-etl",
                        "{\"policy\":\"" + hmac(g) + "\"}", g.between(40_000, 60_000));
                String auth = vaultAuth(admin, "2026-12-08T08:41:12Z");
                policyLine = "{\"time\":\"" + f.format(policyAt.plusNanos(417)) + "\",\"type\":\"request\",\"auth\":" + auth + ",\"request\":" + req + "}";
                g.add(policyLine);
                g.add("{\"time\":\"" + f.format(policyAt.plusNanos(3_411_207)) + "\",\"type\":\"response\",\"auth\":" + auth + ",\"request\":" + req
                        + ",\"response\":{\"mount_point\":\"sys/\",\"mount_type\":\"system\",\"mount_running_plugin_version\":\"" + MOUNT_RUNNING
                        + "\",\"mount_class\":\"\"}}");
                continue;
            }
            VaultClient c;
            String path;
            String op = "read";
            if (t.isAfter(etlNext)) {
                etlNext = t.plusSeconds(g.between(100, 260));
                c = etl;
                path = target;
            } else {
                c = g.pick(clients);
                int kind = g.weighted(5, 2, 2, 1);
                path = switch (kind) {
                    case 0 -> c.role();
                    case 1 -> "database/creds/" + c.role().split("/")[2] + "-rw";
                    case 2 -> "auth/token/renew-self";
                    default -> "sys/leases/renew";
                };
                if (kind >= 2) {
                    op = "update";
                }
            }
            String issue = issueF.format(t.minusMinutes(g.between(1, 50)));
            String auth = vaultAuth(c, issue);
            String id = uuid(g);
            String mount = path.startsWith("secret/") ? "secret/" : path.startsWith("database/") ? "database/" : path.startsWith("auth/") ? "auth/token/" : "sys/";
            String mountType = path.startsWith("secret/") ? "kv" : path.startsWith("database/") ? "database" : path.startsWith("auth/") ? "token" : "system";
            String acc = mountType.equals("kv") ? "kv_5c1e8a2f" : mountType.equals("database") ? "database_91d3f0aa" : mountType.equals("token")
                    ? "auth_token_0b6f2c11" : "system_2d7b0c1e";
            String reqData = path.equals("sys/leases/renew") ? "{\"lease_id\":\"" + hmac(g) + "\"}" : null;
            String req = vaultRequest(g, id, c, op, mount, mountType, acc, path, reqData, g.between(30_000, 60_000));
            String ts = f.format(t.plusNanos(g.between(1, 999)));
            String ts2 = f.format(t.plusNanos(g.between(300, 9_000) * 1_000L + g.between(1, 999)));
            if (c == etl && changed) {
                String err = ",\"error\":\"1 error occurred:\\n\\t* permission denied\\n\\n\"}";
                g.add("{\"time\":\"" + ts + "\",\"type\":\"request\",\"auth\":" + auth + ",\"request\":" + req + err);
                g.add("{\"time\":\"" + ts2 + "\",\"type\":\"response\",\"auth\":" + auth + ",\"request\":" + req + ",\"response\":{\"mount_point\":\"secret/\","
                        + "\"mount_type\":\"kv\",\"mount_running_plugin_version\":\"v0.20.0+builtin\",\"mount_class\":\"secret\",\"data\":{\"error\":\""
                        + hmac(g) + "\"}}" + err);
                continue;
            }
            g.add("{\"time\":\"" + ts + "\",\"type\":\"request\",\"auth\":" + auth + ",\"request\":" + req + "}");
            String data = switch (mountType) {
                case "kv" -> "{\"data\":{\"" + (c == etl ? "password" : "api_key") + "\":\"" + hmac(g) + "\",\"" + (c == etl ? "username" : "endpoint")
                        + "\":\"" + hmac(g) + "\"},\"metadata\":{\"created_time\":\"" + hmac(g) + "\",\"custom_metadata\":null,\"deletion_time\":\"" + hmac(g)
                        + "\",\"destroyed\":false,\"version\":" + g.between(2, 9) + "}}";
                case "database" -> "{\"password\":\"" + hmac(g) + "\",\"username\":\"" + hmac(g) + "\"}";
                default -> null;
            };
            String resp = "{\"mount_point\":\"" + mount + "\",\"mount_type\":\"" + mountType + "\",\"mount_running_plugin_version\":\""
                    + (mountType.equals("kv") ? "v0.20.0+builtin" : MOUNT_RUNNING) + "\",\"mount_class\":\"" + (mountType.equals("token") ? "auth"
                    : mountType.equals("system") ? "" : "secret") + "\""
                    + (mountType.equals("token") ? ",\"auth\":{\"client_token\":\"" + c.token() + "\",\"accessor\":\"" + c.accessor() + "\",\"display_name\":\""
                            + c.display() + "\",\"policies\":" + c.policies() + ",\"token_policies\":" + c.policies() + ",\"metadata\":" + c.metadata()
                            + ",\"entity_id\":\"" + c.entity() + "\",\"token_type\":\"service\",\"token_ttl\":3600,\"token_issue_time\":\"" + issue + "\"}" : "")
                    + (mountType.equals("database") || path.equals("sys/leases/renew") ? ",\"secret\":{\"lease_id\":\"" + hmac(g) + "\"}" : "")
                    + (data == null ? "" : ",\"data\":" + data) + "}";
            g.add("{\"time\":\"" + ts2 + "\",\"type\":\"response\",\"auth\":" + auth + ",\"request\":" + req + ",\"response\":" + resp + "}");
        }
        String text = g.text();
        requireLines(g, 150, 3_000);
        return NeedleCase.named("fresh11_vault_audit_denied", "jsonl", "vault-audit-json")
                .shell("kubectl -n vault exec vault-0 -- tail -n " + g.size() + " /vault/audit/audit.log")
                .question("The nightly reporting ETL (AppRole reporting-etl) started failing this morning reading " + target + " from Vault. What does the"
                        + " audit log say, and did anything change?")
                .heldAside()
                .build(text, List.of(Needle.exact(policyLine), Needle.anyOf(every(text, "\"path\":\"" + target + "\"", "permission denied")),
                        Needle.anyOf(every(text, "\"type\":\"response\"", "\"path\":\"" + target + "\"", "\"password\":\"hmac-sha256:"))));
    }

    // ---------------------------------------------------------------- Puppet agent run

    private static String md5(Gen g) {
        return "{md5}" + g.hex(32);
    }

    /**
     * {@code puppet agent -t} on web-07, first run after provisioning: base packages, users with their keys, sysctls,
     * configuration files with their diffs, services started. The TLS certificate of the shop is served from a per-host
     * file that does not exist for this host, so that File resource cannot be evaluated; the shop service and the load
     * balancer registration that depend on it are skipped. Exit status 6.
     */
    static NeedleCase puppetAgentRun() {
        Gen g = new Gen(140_006);
        String host = "web-07.acme.internal";
        g.add("Info: Using environment 'production'");
        g.add("Info: Retrieving pluginfacts");
        g.add("Info: Retrieving plugin");
        for (String lib : new String[] {"stdlib/functions/deep_merge.rb", "stdlib/functions/to_json_pretty.rb", "stdlib/functions/validate_legacy.rb",
            "apt/facter/apt_updates.rb", "apt/facter/apt_reboot_required.rb", "systemd/facter/systemd_version.rb", "concat/type/concat_file.rb",
            "concat/type/concat_fragment.rb", "sysctl/type/sysctl.rb", "sysctl/provider/sysctl/augeas.rb"}) {
            String rest = lib.substring(lib.indexOf('/') + 1);
            String path = "/opt/puppetlabs/puppet/cache/lib/" + (rest.startsWith("functions") ? "puppet/" : rest.startsWith("facter") ? "" : "puppet/") + rest;
            g.add("Notice: /File[" + path + "]/ensure: defined content as '" + md5(g) + "'");
        }
        g.add("Info: Loading facts");
        g.add("Warning: The current total number of facts: 2318 exceeds the number of facts limit: 2048");
        g.add("Info: Caching catalog for " + host);
        g.add("Info: Applying configuration version '1765185311'");
        g.add("Notice: /Stage[main]/Profile::Base::Apt/Exec[apt_update]/returns: executed successfully");
        String[] pkgs = {"htop", "jq", "curl", "unzip", "vim", "tmux", "git", "rsync", "chrony", "auditd", "logrotate", "ca-certificates", "acl", "lsof",
            "strace", "tcpdump", "sysstat", "iotop", "ncdu", "dnsutils", "net-tools", "nftables", "fail2ban", "unattended-upgrades", "python3-pip",
            "prometheus-node-exporter", "nginx", "openjdk-21-jre-headless", "filebeat", "postfix"};
        for (String p : pkgs) {
            g.add("Notice: /Stage[main]/Profile::Base::Packages/Package[" + p + "]/ensure: created");
        }
        String[][] people = {{"jdoe", "John Doe"}, {"akowalska", "Anna Kowalska"}, {"pnowak", "Piotr Nowak"}, {"msmith", "Mary Smith"},
            {"tbrown", "Tom Brown"}, {"lgarcia", "Lucia Garcia"}, {"deploy", "Deploy user"}, {"ansible", "Ansible"}, {"backup", "Backup"}};
        for (String[] p : people) {
            String r = "/Stage[main]/Profile::Base::Accounts/Accounts::User[" + p[0] + "]";
            g.add("Notice: " + r + "/Group[" + p[0] + "]/ensure: created");
            g.add("Notice: " + r + "/User[" + p[0] + "]/ensure: created");
            g.add("Notice: " + r + "/File[/home/" + p[0] + "]/ensure: created");
            g.add("Notice: " + r + "/File[/home/" + p[0] + "/.ssh]/ensure: created");
            int keys = g.between(1, 3);
            for (int k = 0; k < keys; k++) {
                g.add("Notice: " + r + "/Ssh_authorized_key[" + p[0] + "@" + g.pick("laptop", "workstation", "yubikey", "ci") + "-" + k + "]/ensure: created");
            }
        }
        String[] sysctls = {"net.core.somaxconn", "net.ipv4.tcp_max_syn_backlog", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_tw_reuse",
            "net.ipv4.tcp_fin_timeout", "vm.swappiness", "vm.max_map_count", "fs.file-max", "fs.inotify.max_user_watches", "kernel.panic",
            "net.core.netdev_max_backlog", "net.ipv4.conf.all.rp_filter"};
        for (String s : sysctls) {
            g.add("Notice: /Stage[main]/Profile::Base::Sysctl/Sysctl[" + s + "]/ensure: created");
        }
        String[][] files = {{"Ntp::Config", "/etc/chrony/chrony.conf", "Class[Ntp::Service]", "Service[chrony]", "Ntp::Service"},
            {"Profile::Base::Ssh", "/etc/ssh/sshd_config", "Service[ssh]", "Service[ssh]", "Profile::Base::Ssh"},
            {"Profile::Base::Journald", "/etc/systemd/journald.conf", "Exec[systemctl-restart-journald]", "Exec[systemctl-restart-journald]", "Profile::Base::Journald"},
            {"Profile::Base::Postfix", "/etc/postfix/main.cf", "Service[postfix]", "Service[postfix]", "Profile::Base::Postfix"},
            {"Profile::Base::Filebeat", "/etc/filebeat/filebeat.yml", "Service[filebeat]", "Service[filebeat]", "Profile::Base::Filebeat"},
            {"Profile::Base::Auditd", "/etc/audit/rules.d/acme.rules", "Service[auditd]", "Service[auditd]", "Profile::Base::Auditd"},
            {"Profile::Shop::Nginx", "/etc/nginx/nginx.conf", "Service[nginx]", "Service[nginx]", "Profile::Shop::Nginx"}};
        String[] settings = {"server", "pool", "makestep", "rtcsync", "PermitRootLogin", "PasswordAuthentication", "MaxAuthTries", "SystemMaxUse",
            "RateLimitBurst", "relayhost", "inet_interfaces", "output.logstash", "hosts", "worker_processes", "worker_connections", "keepalive_timeout",
            "-w /etc/passwd", "-a always,exit", "Compress", "ForwardToSyslog"};
        for (String[] fl : files) {
            String r = "/Stage[main]/" + fl[0] + "/File[" + fl[1] + "]";
            g.add("Notice: " + r + "/content: ");
            g.add("--- " + fl[1] + "\t2026-11-30 14:02:1" + g.between(0, 9) + "." + g.between(100_000_000, 999_999_999) + " +0000");
            g.add("+++ /tmp/puppet-file20261208-" + g.between(3_000, 9_000) + "-" + g.alnum(6) + "\t2026-12-08 09:15:" + g.between(10, 59) + "."
                    + g.between(100_000_000, 999_999_999) + " +0000");
            int hunks = g.between(1, 3);
            int at = g.between(1, 20);
            for (int h = 0; h < hunks; h++) {
                g.add("@@ -" + at + ",7 +" + at + ",8 @@");
                for (int k = 0; k < 3; k++) {
                    g.add(" " + g.pick(settings) + " " + g.between(1, 4096));
                }
                g.add("-" + g.pick(settings) + " " + g.pick("yes", "no", "on", "off", "auto", "4", "1024"));
                g.add("+" + g.pick(settings) + " " + g.pick("yes", "no", "on", "off", "auto", "8", "65535"));
                g.add("+" + g.pick(settings) + " " + g.pick("yes", "no", "auto", "16"));
                for (int k = 0; k < 3; k++) {
                    g.add(" " + g.pick(settings) + " " + g.between(1, 4096));
                }
                at += g.between(12, 40);
            }
            g.add("");
            g.add("Info: Computing checksum on file " + fl[1]);
            g.add("Info: " + r + ": Filebucketed " + fl[1] + " to puppet with sum " + g.hex(32));
            g.add("Notice: " + r + "/content: content changed '" + md5(g) + "' to '" + md5(g) + "'");
            g.add("Info: " + r + ": Scheduling refresh of " + fl[2]);
            if (fl[2].startsWith("Class")) {
                g.add("Info: Class[Ntp::Config]: Scheduling refresh of Class[Ntp::Service]");
                g.add("Info: Class[Ntp::Service]: Scheduling refresh of Service[chrony]");
            }
        }
        String[] appDirs = {"/etc/acme-shop", "/var/lib/acme-shop", "/var/log/acme-shop", "/opt/acme-shop", "/etc/acme-shop/tls"};
        for (String d : appDirs) {
            g.add("Notice: /Stage[main]/Profile::Shop::Install/File[" + d + "]/ensure: created");
        }
        g.add("Notice: /Stage[main]/Profile::Shop::Install/Package[acme-shop]/ensure: created");
        g.add("Notice: /Stage[main]/Profile::Shop::Config/File[/etc/acme-shop/application.yml]/ensure: defined content as '{sha256}" + g.hex(64) + "'");
        g.add("Notice: /Stage[main]/Profile::Shop::Config/File[/etc/acme-shop/logback.xml]/ensure: defined content as '{sha256}" + g.hex(64) + "'");
        g.add("Notice: /Stage[main]/Profile::Shop::Config/File[/etc/default/acme-shop]/ensure: defined content as '{sha256}" + g.hex(64) + "'");
        g.add("Warning: This method is deprecated, please use the stdlib validate_legacy function,");
        g.add("                    or use data types in function signatures (at /etc/puppetlabs/code/environments/production/modules/stdlib/lib/puppet/functions/deprecation.rb:35:in `deprecation')");
        g.add("Notice: /Stage[main]/Profile::Shop::Tls/File[/etc/acme-shop/tls/ca.pem]/ensure: defined content as '{sha256}" + g.hex(64) + "'");
        String error = "Error: /Stage[main]/Profile::Shop::Tls/File[/etc/acme-shop/tls/server.pem]: Could not evaluate: Could not retrieve information from"
                + " environment production source(s) puppet:///modules/profile/shop/tls/" + host + ".pem";
        g.add(error);
        g.add("Notice: /Stage[main]/Profile::Shop::Tls/File[/etc/acme-shop/tls/server.key]/ensure: defined content as '{sha256}" + g.hex(64) + "'");
        g.add("Info: /Stage[main]/Profile::Shop::Tls/File[/etc/acme-shop/tls/server.key]: Scheduling refresh of Service[acme-shop]");
        g.add("Notice: /Stage[main]/Profile::Shop::Systemd/Systemd::Unit_file[acme-shop.service]/File[/etc/systemd/system/acme-shop.service]/ensure:"
                + " defined content as '{sha256}" + g.hex(64) + "'");
        g.add("Info: /Stage[main]/Profile::Shop::Systemd/Systemd::Unit_file[acme-shop.service]/File[/etc/systemd/system/acme-shop.service]: Scheduling"
                + " refresh of Class[Systemd::Systemctl::Daemon_reload]");
        g.add("Notice: /Stage[main]/Systemd::Systemctl::Daemon_reload/Exec[systemctl-daemon-reload]: Triggered 'refresh' from 1 event");
        String svcDep = "Notice: /Stage[main]/Profile::Shop::Service/Service[acme-shop]: Dependency File[/etc/acme-shop/tls/server.pem] has failures: true";
        String svcSkip = "Warning: /Stage[main]/Profile::Shop::Service/Service[acme-shop]: Skipping because of failed dependencies";
        g.add(svcDep);
        g.add(svcSkip);
        String lbSkip = "Warning: /Stage[main]/Profile::Shop::Healthcheck/Exec[register-with-lb]: Skipping because of failed dependencies";
        g.add("Notice: /Stage[main]/Profile::Shop::Healthcheck/Exec[register-with-lb]: Dependency File[/etc/acme-shop/tls/server.pem] has failures: true");
        g.add(lbSkip);
        g.add("Notice: /Stage[main]/Profile::Shop::Nginx/Nginx::Resource::Server[shop]/Concat[/etc/nginx/sites-available/shop.conf]/File["
                + "/etc/nginx/sites-available/shop.conf]/ensure: defined content as '{sha256}" + g.hex(64) + "'");
        g.add("Notice: /Stage[main]/Profile::Shop::Nginx/Nginx::Resource::Server[shop]/File[shop.conf symlink]/ensure: created");
        g.add("Info: /Stage[main]/Profile::Shop::Nginx/Nginx::Resource::Server[shop]/File[shop.conf symlink]: Scheduling refresh of Class[Nginx::Service]");
        String[][] services = {{"Ntp::Service", "chrony"}, {"Profile::Base::Ssh", "ssh"}, {"Profile::Base::Postfix", "postfix"}, {"Profile::Base::Filebeat",
            "filebeat"}, {"Profile::Base::Auditd", "auditd"}, {"Profile::Base::Node_exporter", "prometheus-node-exporter"}, {"Profile::Base::Fail2ban",
            "fail2ban"}, {"Nginx::Service", "nginx"}};
        for (String[] sv : services) {
            String r = "/Stage[main]/" + sv[0] + "/Service[" + sv[1] + "]";
            boolean running = sv[1].equals("ssh") || sv[1].equals("chrony") || sv[1].equals("postfix");
            if (!running) {
                g.add("Notice: " + r + "/ensure: ensure changed 'stopped' to 'running'");
                g.add("Info: " + r + ": Unscheduling refresh on " + "Service[" + sv[1] + "]");
            } else {
                g.add("Notice: " + r + ": Triggered 'refresh' from 1 event");
            }
        }
        g.add("Notice: /Stage[main]/Profile::Base::Journald/Exec[systemctl-restart-journald]: Triggered 'refresh' from 1 event");
        for (String cron : new String[] {"logrotate-hourly", "acme-shop-cleanup", "backup-etc", "puppet-report-prune"}) {
            g.add("Notice: /Stage[main]/Profile::Base::Cron/Cron[" + cron + "]/ensure: created");
        }
        g.add("Notice: /Stage[main]/Profile::Base::Motd/File[/etc/motd]/content: content changed '" + md5(g) + "' to '" + md5(g) + "'");
        g.add("Info: Stage[main]: Unscheduling all events on Stage[main]");
        g.add("Notice: Applied catalog in 214.63 seconds");
        g.add("exit=6");
        String text = g.text();
        requireLines(g, 200, 3_000);
        requireCount(text, "Error:", 1);
        return NeedleCase.named("fresh11_puppet_agent_run", "build", "puppet-agent")
                .shell("ssh web-07 'sudo /opt/puppetlabs/bin/puppet agent -t; echo exit=$?'")
                .question("First Puppet run on the freshly provisioned web-07 exited with 6 and the shop isn't up on it. What failed and what did that"
                        + " block?")
                .heldAside()
                .build(text, List.of(Needle.exact(error), Needle.exact(svcSkip), Needle.exact(lbSkip)));
    }

    // ---------------------------------------------------------------- Logstash log

    private static String ls(String ts, String level, String logger, String rest) {
        return "[" + ts + "][" + fmt("%-5s", level) + "][" + fmt("%-25s", logger) + "]" + rest;
    }

    private static String rubyEvent(Gen g, LocalDateTime t, String service, String host, String message, String statusCode) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
        return "{\"@timestamp\"=>" + f.format(t) + ", \"service\"=>{\"name\"=>\"" + service + "\"}, \"host\"=>{\"name\"=>\"" + host + "\"}, \"log\"=>{\"file\"=>"
                + "{\"path\"=>\"/var/log/containers/" + service + "-" + g.alnum(10) + "-" + g.alnum(5) + "_shop_" + service + "-" + g.hex(12) + ".log\"}, \"offset\"=>"
                + g.between(10_000, 90_000_000) + "}, \"@version\"=>\"1\", \"http\"=>{\"request\"=>{\"method\"=>\"" + g.pick("GET", "POST", "GET", "PUT")
                + "\"}, \"response\"=>{\"status_code\"=>" + statusCode + "}}, \"message\"=>\"" + message + "\", \"tags\"=>[\"beats_input_codec_plain_applied\"],"
                + " \"event\"=>{\"dataset\"=>\"" + service + ".app\", \"duration\"=>" + g.between(1_000_000, 900_000_000) + "}, \"agent\"=>{\"type\"=>\"filebeat\","
                + " \"version\"=>\"8.15.3\"}}";
    }

    /**
     * The Logstash log of the shop's log pipeline (Beats in, Elasticsearch out with fingerprint ids and action create):
     * hundreds of 409 version conflicts for events Filebeat sent twice, grok timeouts on huge lines, Beats connections
     * reset, 429 retries. At 10:19 the pipeline is reloaded (a new checkout filter); from then every checkout event is
     * rejected with 400 mapper_parsing_exception because http.response.status_code now holds "OK" instead of a number.
     */
    static NeedleCase logstashMappingErrors() {
        Gen g = new Gen(140_007);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss,SSS", Locale.ROOT);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 9, 50, 2, 118_000_000), 25_000);
        String out = "[main][" + g.hex(64) + "]";
        String grok = "[main][" + g.hex(64) + "]";
        String beats = "[main][" + g.hex(64) + "]";
        String[] services = {"cart", "catalog", "storefront", "search", "orders", "payments", "checkout"};
        String[] nodes = {"node-1", "node-2", "node-3", "node-4", "node-5", "node-6"};
        LocalDateTime reloadAt = LocalDateTime.of(2026, 12, 8, 10, 19, 38, 412_000_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 10, 45, 0);
        boolean reloaded = false;
        String reloadLine = null;
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            String ts = f.format(t);
            if (!reloaded && t.isAfter(reloadAt)) {
                reloaded = true;
                LocalDateTime r = reloadAt;
                reloadLine = ls(f.format(r), "INFO", "logstash.pipelineaction.reload", " Reloading pipeline {\"pipeline.id\"=>:main}");
                g.add(ls(f.format(r.minusNanos(4_000_000)), "INFO", "logstash.agent", " Converging pipelines state {:actions_count=>1}"));
                g.add(reloadLine);
                g.add(ls(f.format(r.plusNanos(1_204_000_000)), "INFO", "logstash.javapipeline", "[main] Pipeline terminated {\"pipeline.id\"=>\"main\"}"));
                g.add(ls(f.format(r.plusNanos(1_390_000_000)), "INFO", "logstash.outputs.elasticsearch", out + " Elasticsearch pool"
                        + " URLs updated {:changes=>{:removed=>[], :added=>[https://logstash_writer:xxxxxx@es-client.logging.svc:9200/]}}"));
                g.add(ls(f.format(r.plusNanos(1_618_000_000)), "INFO", "logstash.outputs.elasticsearch", out + " Elasticsearch version determined (8.15.3)"
                        + " {:es_version=>8}"));
                g.add(ls(f.format(r.plusNanos(1_702_000_000)), "INFO", "logstash.javapipeline", "[main] Starting pipeline {:pipeline_id=>\"main\","
                        + " \"pipeline.workers\"=>8, \"pipeline.batch.size\"=>125, \"pipeline.batch.delay\"=>50, \"pipeline.max_inflight\"=>1000,"
                        + " \"pipeline.sources\"=>[\"/usr/share/logstash/pipeline/10-beats-input.conf\", \"/usr/share/logstash/pipeline/30-filters.conf\","
                        + " \"/usr/share/logstash/pipeline/35-checkout.conf\", \"/usr/share/logstash/pipeline/90-es-output.conf\"], :thread=>\"#<Thread:0x"
                        + g.hex(8) + " /usr/share/logstash/logstash-core/lib/logstash/java_pipeline.rb:134 run>\"}"));
                g.add(ls(f.format(r.plusNanos(2_550_000_000L)), "INFO", "logstash.javapipeline", "[main] Pipeline Java execution initialization time"
                        + " {\"seconds\"=>0.84}"));
                g.add(ls(f.format(r.plusNanos(2_561_000_000L)), "INFO", "logstash.inputs.beats", beats + " Starting input listener {:address=>\"0.0.0.0:5044\"}"));
                g.add(ls(f.format(r.plusNanos(2_573_000_000L)), "INFO", "logstash.javapipeline", "[main] Pipeline started {\"pipeline.id\"=>\"main\"}"));
                g.add(ls(f.format(r.plusNanos(2_590_000_000L)), "INFO", "logstash.agent", " Pipelines running {:count=>1, :running_pipelines=>[:main],"
                        + " :non_running_pipelines=>[]}"));
                g.add(ls(f.format(r.plusNanos(2_701_000_000L)), "INFO", "org.logstash.beats.Server", beats + " Starting server on port: 5044"));
                clock = new Stamps(g, r.plusSeconds(3), 25_000);
                continue;
            }
            if (reloaded && g.chance(0.45)) {
                String idx = "logs-checkout-2026.12.08";
                String id = g.alnum(20);
                String msg = g.pick("order placed", "payment authorized", "checkout session created", "address validated", "shipping quote returned");
                g.add(ls(ts, "WARN", "logstash.outputs.elasticsearch", out + " Could not index event to Elasticsearch. status: 400, action: [\"create\","
                        + " {:_id=>\"" + id + "\", :_index=>\"" + idx + "\", :routing=>nil}, " + rubyEvent(g, t.minusNanos(g.between(100, 900) * 1_000_000L),
                        "checkout", g.pick(nodes), msg, "\"OK\"") + "], response: {\"create\"=>{\"_index\"=>\"" + idx + "\", \"_id\"=>\"" + id + "\", \"status\"=>400,"
                        + " \"error\"=>{\"type\"=>\"mapper_parsing_exception\", \"reason\"=>\"failed to parse field [http.response.status_code] of type [long] in"
                        + " document with id '" + id + "'. Preview of field's value: 'OK'\", \"caused_by\"=>{\"type\"=>\"illegal_argument_exception\","
                        + " \"reason\"=>\"For input string: \\\"OK\\\"\"}}}}"));
                continue;
            }
            switch (g.weighted(10, 2, 2, 2)) {
                case 0 -> {
                    String svc = g.pick(services);
                    String idx = "logs-" + svc + "-2026.12.08";
                    String id = g.alnum(20);
                    g.add(ls(ts, "WARN", "logstash.outputs.elasticsearch", out + " Could not index event to Elasticsearch. status: 409, action: [\"create\","
                            + " {:_id=>\"" + id + "\", :_index=>\"" + idx + "\", :routing=>nil}, " + rubyEvent(g, t.minusSeconds(g.between(20, 300)), svc,
                            g.pick(nodes), g.pick("GET /api/v1/items 200", "cache miss for key", "request completed", "upstream call finished"), Integer.toString(
                            g.pick(200, 200, 201, 204, 404))) + "], response: {\"create\"=>{\"_index\"=>\"" + idx + "\", \"_id\"=>\"" + id + "\", \"status\"=>409,"
                            + " \"error\"=>{\"type\"=>\"version_conflict_engine_exception\", \"reason\"=>\"[" + id + "]: version conflict, document already exists"
                            + " (current version [1])\", \"index_uuid\"=>\"" + g.alnum(22) + "\", \"shard\"=>\"" + g.between(0, 2) + "\", \"index\"=>\"" + idx + "\"}}}"));
                }
                case 1 -> g.add(ls(ts, "WARN", "logstash.filters.grok", grok + " Timeout executing grok '%{TIMESTAMP_ISO8601:ts} %{LOGLEVEL:level}"
                        + " \\[%{DATA:thread}\\] %{JAVACLASS:logger} - %{GREEDYDATA:msg}' against field 'message' with value 'Value too large to output ("
                        + g.between(40_000, 900_000) + " bytes)! First 255 chars are: " + f.format(t.minusSeconds(3)).replace(',', '.') + " ERROR [http-nio-8080-exec-"
                        + g.between(1, 200) + "] c.a.s.web.GlobalExceptionHandler - request failed java.lang.IllegalStateException: payload dump {\"items\":[{\"sku\":"
                        + "\"A-" + g.between(1000, 9999) + "\",\"qty\":1,\"attrs\":{\"color\":\"red\",\"size\":\"M\"}},{\"sku\":\"B-" + g.between(1000, 9999) + "\",\"qty\":2'!"));
                case 2 -> g.add(ls(ts, "INFO", "org.logstash.beats.BeatsHandler", beats + " [local: 10.42.5.18:5044, remote: 10.42." + g.between(1, 9) + "."
                        + g.between(2, 250) + ":" + g.between(30_000, 60_000) + "] Handling exception: java.net.SocketException: Connection reset (caused by:"
                        + " java.net.SocketException: Connection reset)"));
                default -> g.add(ls(ts, "INFO", "logstash.outputs.elasticsearch", out + " Retrying individual bulk actions that failed or were rejected by the"
                        + " previous bulk request {:count=>" + g.between(1, 125) + "}"));
            }
        }
        String text = g.text();
        requireLines(g, 200, 3_000);
        return NeedleCase.named("fresh11_logstash_mapping_errors", "log", "logstash-log")
                .shell("kubectl -n logging logs logstash-0 --since=1h")
                .question("Logs from the checkout service stopped showing up in Kibana at about 10:20; the other services are fine. What is Logstash saying"
                        + " about checkout events, and what changed at that time?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(every(text, "status: 400", "logs-checkout-2026.12.08")),
                        Needle.contains("failed to parse field [http.response.status_code] of type [long]"), Needle.exact(reloadLine)));
    }

    // ---------------------------------------------------------------- ingress-nginx controller log

    private static final String[] AGENTS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
        "AcmeShop/5.12.0 (iOS 18.1; iPhone15,2)"};

    /**
     * {@code kubectl logs} of an ingress-nginx controller pod for twenty minutes: access lines for the shop's storefront
     * and APIs (each with its upstream name, pod address, upstream status and time) and the controller's own klog lines.
     * At 10:07:31 a canary Ingress for recommendations is created (weight 20) and the controller reloads; requests routed
     * to the canary pod 10.244.6.19 come back 503 in a millisecond or two, the stable pods keep answering 200.
     */
    static NeedleCase ingressNginxCanary() {
        Gen g = new Gen(140_008);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 10, 0, 0, 204_000_000), 2_400);
        DateTimeFormatter klog = DateTimeFormatter.ofPattern("MMdd HH:mm:ss.SSSSSS", Locale.ROOT);
        String[][] ups = {{"shop-storefront-80", "10.244.3.21:80", "10.244.4.17:80", "10.244.5.9:80"},
            {"shop-catalog-api-8080", "10.244.3.40:8080", "10.244.4.33:8080"}, {"shop-cart-api-8080", "10.244.3.52:8080", "10.244.5.14:8080"},
            {"shop-recommendations-8080", "10.244.4.61:8080", "10.244.5.27:8080"}, {"shop-checkout-api-8080", "10.244.3.77:8080", "10.244.4.80:8080"},
            {"shop-search-api-8080", "10.244.5.44:8080", "10.244.3.12:8080"}};
        String[][] paths = {{"/", "/products/", "/category/shoes", "/category/jackets", "/cart", "/static/js/app.", "/static/css/main."},
            {"/api/catalog/products/", "/api/catalog/categories", "/api/catalog/products?page="}, {"/api/cart", "/api/cart/items", "/api/cart/items/"},
            {"/api/recommendations?product=", "/api/recommendations/home", "/api/recommendations/cart"}, {"/api/checkout/session", "/api/checkout/quote"},
            {"/api/search?q="}};
        String[] queries = {"boots", "rain+jacket", "socks", "gift", "wool", "sale", "running"};
        String canaryAddr = "10.244.6.19:8080";
        LocalDateTime canaryAt = LocalDateTime.of(2026, 12, 8, 10, 7, 31, 412_008_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 10, 20, 0);
        boolean canary = false;
        String foundClass = null;
        String syncEvent = null;
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            if (!canary && t.isAfter(canaryAt)) {
                canary = true;
                foundClass = "I" + klog.format(canaryAt) + "       7 store.go:440] \"Found valid IngressClass\" ingress=\"shop/recommendations-canary\""
                        + " ingressclass=\"nginx\"";
                syncEvent = "I" + klog.format(canaryAt.plusNanos(312_000)) + "       7 event.go:377] Event(v1.ObjectReference{Kind:\"Ingress\", Namespace:\"shop\","
                        + " Name:\"recommendations-canary\", UID:\"" + uuid(g) + "\", APIVersion:\"networking.k8s.io/v1\", ResourceVersion:\"48812377\", FieldPath:\"\"}):"
                        + " type: 'Normal' reason: 'Sync' Scheduled for sync";
                g.add(foundClass);
                g.add(syncEvent);
                g.add("I" + klog.format(canaryAt.plusNanos(3_004_118_000L)) + "       7 controller.go:214] \"Configuration changes detected, backend reload required\"");
                g.add("I" + klog.format(canaryAt.plusNanos(3_291_507_000L)) + "       7 controller.go:231] \"Backend successfully reloaded\"");
                g.add("I" + klog.format(canaryAt.plusNanos(3_291_844_000L)) + "       7 event.go:377] Event(v1.ObjectReference{Kind:\"Pod\", Namespace:"
                        + "\"ingress-nginx\", Name:\"ingress-nginx-controller-6b8f7d9c4-x7k2p\", UID:\"" + uuid(g) + "\", APIVersion:\"v1\", ResourceVersion:"
                        + "\"48790012\", FieldPath:\"\"}): type: 'Normal' reason: 'RELOAD' NGINX reload triggered due to a change in configuration");
                continue;
            }
            if (g.chance(0.004)) {
                g.add("W" + klog.format(t) + "       7 controller.go:1214] Service \"staging/legacy-admin\" does not have any active Endpoint.");
                continue;
            }
            int u = g.weighted(30, 14, 10, 8, 3, 5);
            String[] up = ups[u];
            String p = g.pick(paths[u]);
            if (p.endsWith("/") && !p.equals("/") || p.endsWith("=")) {
                p += u == 5 ? g.pick(queries) : Integer.toString(g.between(1000, 99_999));
            } else if (p.endsWith(".")) {
                p += g.hex(8) + (p.contains("js") ? ".js" : ".css");
            }
            String method = u == 2 && g.chance(0.4) || u == 4 ? "POST" : "GET";
            String addr = up[1 + g.nextInt(up.length - 1)];
            String alt = "";
            int status = g.chance(0.97) ? 200 : g.pick(304, 404, 499);
            if (u == 2 && method.equals("POST")) {
                status = 201;
            }
            double upTime = g.between(2, u == 0 ? 90 : 240) / 1000.0;
            int bytes = g.between(300, u == 0 ? 48_000 : 9_000);
            if (u == 3 && canary && g.chance(0.2)) {
                alt = "shop-recommendations-canary-8080";
                addr = canaryAddr;
                status = 503;
                upTime = g.between(1, 3) / 1000.0;
                bytes = 19;
            }
            String upStatus = status == 499 ? "-" : Integer.toString(status);
            String upTimeS = status == 499 ? fmt("%.3f", upTime + 5) : fmt("%.3f", upTime);
            double reqTime = status == 499 ? upTime + 5 : upTime + g.between(0, 2) / 1000.0;
            g.add(fmt("%s - - [%s] \"%s %s HTTP/2.0\" %d %d \"%s\" \"%s\" %d %.3f [%s] [%s] %s %d %s %s %s", g.ip(), Stamps.NGINX.format(t), method, p, status,
                    bytes, u == 0 ? "-" : "https://shop.acme.example/", g.pick(AGENTS), g.between(30, 900), reqTime, up[0], alt, addr,
                    status == 499 ? 0 : bytes, upTimeS, upStatus, g.hex(32)));
        }
        String text = g.text();
        requireLines(g, 300, 3_000);
        return NeedleCase.named("fresh11_ingress_nginx_canary", "log", "ingress-nginx-controller")
                .shell("kubectl -n ingress-nginx logs ingress-nginx-controller-6b8f7d9c4-x7k2p --since=20m")
                .question("Since a few minutes past ten some users get 503s from the recommendations widget (service shop/recommendations), not every time."
                        + " Which backend answers 503, and what changed?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(every(text, "[shop-recommendations-canary-8080] " + canaryAddr, " 503 ")),
                        Needle.anyOf(foundClass, syncEvent), Needle.contains("[shop-recommendations-8080] [shop-recommendations-canary-8080] " + canaryAddr)));
    }

    // ---------------------------------------------------------------- Grafana server log (logfmt)

    private static String grafanaTs(Gen g, LocalDateTime t) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT).format(t) + "." + fmt("%09d", t.getNano() + g.between(1, 999)) + "Z";
    }

    /**
     * A Grafana 11 server log with router logging on: dashboard and panel query requests, cleanup jobs, usage stats,
     * alert notifications. At 10:26:14 the admin updates the Prometheus-Prod data source (a PUT on its uid); from 10:27
     * every alert rule evaluated against it fails with a DNS error for the new host name, and panel queries return 500.
     */
    static NeedleCase grafanaAlertDatasource() {
        Gen g = new Gen(140_009);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 10, 0, 0, 118_000_000), 7_000);
        String[][] dashboards = {{"shop-overview", "Shop overview"}, {"checkout-slo", "Checkout SLO"}, {"k8s-nodes", "Kubernetes nodes"},
            {"pg-overview", "PostgreSQL"}, {"kafka-lag", "Kafka consumer lag"}, {"nginx-ingress", "Ingress"}};
        String[][] users = {{"7", "a.nowak"}, {"12", "p.wisniewski"}, {"3", "oncall-bot"}, {"19", "m.smith"}, {"4", "j.doe"}};
        String[] rules = {"cdk3m2x9p0qo0e", "fe1q8v7w3yz4kd", "ad9x2m5n7b1c0f", "be7r4t2y9u0i3o"};
        int[] versions = {7, 3, 12, 5};
        String dsUid = "P1809F7CD0C75ACF3";
        LocalDateTime changeAt = LocalDateTime.of(2026, 12, 8, 10, 26, 14, 204_000_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 10, 45, 0);
        LocalDateTime nextEval = LocalDateTime.of(2026, 12, 8, 10, 1, 0);
        boolean changed = false;
        String putLine = null;
        String dnsError = "[sse.dataQueryError] failed to execute query [A]: Post \\\"http://prometheus-prod:9090/api/v1/query_range\\\": dial tcp: lookup"
                + " prometheus-prod on 10.96.0.10:53: no such host";
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            if (!changed && t.isAfter(changeAt)) {
                changed = true;
                putLine = "logger=context userId=1 orgId=1 uname=admin t=" + grafanaTs(g, changeAt) + " level=info msg=\"Request Completed\" method=PUT"
                        + " path=/api/datasources/uid/" + dsUid + " status=200 remote_addr=10.8.0.14 time_ms=38 duration=38.412807ms size=1281"
                        + " referer=https://grafana.acme.example/connections/datasources/edit/" + dsUid + " handler=/api/datasources/uid/:uid status_source=server";
                g.add(putLine);
                continue;
            }
            if (!t.isBefore(nextEval)) {
                String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).format(nextEval);
                nextEval = nextEval.plusMinutes(1);
                if (changed) {
                    for (int i = 0; i < rules.length; i++) {
                        g.add("logger=ngalert.scheduler rule_uid=" + rules[i] + " org_id=1 version=" + versions[i] + " fingerprint=" + g.hex(16) + " attempt=0"
                                + " now=" + now + " t=" + grafanaTs(g, t.plusNanos(i * 3_000_000L)) + " level=error msg=\"Failed to evaluate rule\" error=\""
                                + dnsError + "\" duration=" + g.between(2, 9) + "." + g.between(100, 999) + "ms");
                    }
                    g.add("logger=ngalert.sender.router rule_uid=" + rules[0] + " org_id=1 t=" + grafanaTs(g, t.plusNanos(20_000_000)) + " level=info"
                            + " msg=\"Sending alerts to local notifier\" count=1");
                } else if (g.chance(0.2)) {
                    g.add("logger=ngalert.sender.router rule_uid=" + rules[2] + " org_id=1 t=" + grafanaTs(g, t) + " level=info msg=\"Sending alerts to"
                            + " local notifier\" count=" + g.between(1, 3));
                }
                continue;
            }
            String ts = grafanaTs(g, t);
            switch (g.weighted(14, 5, 1, 1, 1)) {
                case 0 -> {
                    String[] u = g.pick(users);
                    String[] d = g.pick(dashboards);
                    boolean broken = changed && (d[0].equals("shop-overview") || d[0].equals("checkout-slo") || d[0].equals("k8s-nodes"));
                    int status = broken ? 500 : 200;
                    int ms = broken ? g.between(2, 12) : g.between(20, 900);
                    g.add("logger=context userId=" + u[0] + " orgId=1 uname=" + u[1] + " t=" + ts + " level=" + (broken ? "error" : "info") + " msg=\"Request"
                            + " Completed\" method=POST path=/api/ds/query status=" + status + " remote_addr=10.8.0." + g.between(2, 60) + " time_ms=" + ms
                            + " duration=" + ms + "." + g.between(100_000, 999_999) + "ms size=" + (broken ? g.between(200, 300) : g.between(800, 90_000))
                            + " referer=\"https://grafana.acme.example/d/" + d[0] + "/" + d[1].toLowerCase(Locale.ROOT).replace(' ', '-') + "?orgId=1&refresh=30s\""
                            + " handler=/api/ds/query status_source=" + (broken ? "downstream" : "server"));
                }
                case 1 -> {
                    String[] u = g.pick(users);
                    String[] d = g.pick(dashboards);
                    int ms = g.between(3, 60);
                    g.add("logger=context userId=" + u[0] + " orgId=1 uname=" + u[1] + " t=" + ts + " level=info msg=\"Request Completed\" method=GET"
                            + " path=/api/dashboards/uid/" + d[0] + " status=200 remote_addr=10.8.0." + g.between(2, 60) + " time_ms=" + ms + " duration=" + ms + "."
                            + g.between(100_000, 999_999) + "ms size=" + g.between(8_000, 90_000) + " referer=\"https://grafana.acme.example/d/" + d[0]
                            + "\" handler=/api/dashboards/uid/:uid status_source=server");
                }
                case 2 -> g.add("logger=cleanup t=" + ts + " level=info msg=\"Completed cleanup jobs\" duration=" + g.between(5, 40) + "." + g.between(100_000, 999_999)
                        + "ms");
                case 3 -> g.add("logger=plugins.update.checker t=" + ts + " level=info msg=\"Update check succeeded\" duration=" + g.between(40, 300) + "."
                        + g.between(100_000, 999_999) + "ms");
                default -> g.add("logger=infra.usagestats t=" + ts + " level=info msg=\"Usage stats are ready to report\"");
            }
        }
        String text = g.text();
        requireLines(g, 300, 3_000);
        return NeedleCase.named("fresh11_grafana_alert_datasource", "log", "grafana-logfmt")
                .shell("kubectl -n monitoring logs deploy/grafana --since=45m")
                .question("The 'Checkout error rate' alert (rule uid " + rules[0] + ") went to Error and paged us with DatasourceError at about 10:27, and"
                        + " some dashboards show 'Internal server error'. What broke?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(every(text, "rule_uid=" + rules[0], "Failed to evaluate rule")),
                        Needle.contains("lookup prometheus-prod on 10.96.0.10:53: no such host"), Needle.exact(putLine)));
    }

    // ---------------------------------------------------------------- MinIO server log

    private static final String MINIO_DEPLOYMENT = "6faeded5-5cf3-4133-8a37-07c5d500207c";
    private static final String MINIO_HOST = "minio-1.minio.storage.svc.cluster.local:9000";

    private static void minioBlock(Gen g, LocalDateTime t, String api, String remote, String agent, String error, String... trace) {
        g.add("");
        g.add("API: " + api);
        g.add("Time: " + DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' MM/dd/yyyy", Locale.ROOT).format(t));
        g.add("DeploymentID: " + MINIO_DEPLOYMENT);
        if (remote != null) {
            g.add("RequestID: " + g.hex(16).toUpperCase(Locale.ROOT));
            g.add("RemoteHost: " + remote);
            g.add("Host: " + MINIO_HOST);
            g.add("UserAgent: " + agent);
        }
        g.add("Error: " + error);
        for (int i = 0; i < trace.length; i++) {
            g.add("       " + (trace.length - i) + ": " + trace[i]);
        }
    }

    /**
     * {@code kubectl logs minio-1} of a 4-node MinIO (16 drives, EC:4) over 75 minutes: the usual error blocks of a busy
     * server (clients hanging up mid-download, uploads cancelled). At 10:39 node minio-3 stops answering and is marked
     * offline (4 drives gone, still within quorum); at 10:41 drive /data2 of minio-2 fails with an I/O error, one drive
     * too many: uploads to the uploads bucket fail with insufficient write quorum and some reads with insufficient read
     * quorum.
     */
    static NeedleCase minioQuorumLost() {
        Gen g = new Gen(140_010);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 9, 40, 3), 110_000);
        String[] clients = {"10.42.0.8", "10.42.1.23", "10.42.2.31", "10.42.4.12"};
        String java = "aws-sdk-java/2.25.11 Linux/6.1.0-27-cloud-amd64 OpenJDK_64-Bit_Server_VM/21.0.5+11-LTS Java/21.0.5 vendor/Eclipse_Adoptium io/sync"
                + " http/Apache cfg/retry-mode/legacy";
        String mc = "MinIO (linux; amd64) minio-go/v7.0.80";
        String get = "cmd/object-handlers.go:612:cmd.objectAPIHandlers.getObjectHandler()";
        String put = "cmd/object-handlers.go:2108:cmd.objectAPIHandlers.PutObjectHandler()";
        String logIf = "internal/logger/logger.go:268:logger.LogIf()";
        String apiErr = "cmd/api-errors.go:2375:cmd.toAPIErrorCode()";
        LocalDateTime nodeDown = LocalDateTime.of(2026, 12, 8, 10, 39, 12);
        LocalDateTime driveDown = LocalDateTime.of(2026, 12, 8, 10, 41, 2);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 10, 55, 0);
        String drive = "Drive http://minio-2.minio.storage.svc.cluster.local:9000/data2 returned an unexpected error: input/output error, please"
                + " investigate - drive will be offline (*errors.errorString)";
        String marking = "Marking minio-3.minio.storage.svc.cluster.local:9000 offline temporarily; caller has a pending network error: dial tcp"
                + " 10.42.3.18:9000: connect: connection refused (*fmt.wrapError)";
        int stage = 0;
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            if (stage == 0 && t.isAfter(nodeDown)) {
                stage = 1;
                minioBlock(g, nodeDown, "SYSTEM(grid)", null, null, "grid: http://" + MINIO_HOST + " re-connecting to http://minio-3.minio.storage.svc"
                        + ".cluster.local:9000: dial tcp 10.42.3.18:9000: connect: connection refused (*net.OpError) Sleeping 1.732s (3) (*fmt.wrapError)",
                        "internal/logger/logonce.go:118:logger.(*logOnceType).logOnceIf()", "internal/logger/logonce.go:149:logger.LogOnceIf()",
                        "internal/grid/connection.go:59:grid.gridLogOnceIf()");
                minioBlock(g, nodeDown.plusSeconds(1), "SYSTEM(storage)", null, null, marking, "internal/logger/logonce.go:118:logger.(*logOnceType).logOnceIf()",
                        "internal/rest/client.go:318:rest.(*Client).MarkOffline()");
                clock = new Stamps(g, nodeDown.plusSeconds(2), 40_000);
                continue;
            }
            if (stage == 1 && t.isAfter(driveDown)) {
                stage = 2;
                minioBlock(g, driveDown, "SYSTEM(storage)", null, null, drive, "internal/logger/logonce.go:118:logger.(*logOnceType).logOnceIf()",
                        "cmd/xl-storage-disk-id-check.go:1003:cmd.(*xlStorageDiskIDCheck).monitorDiskStatus()");
                clock = new Stamps(g, driveDown.plusSeconds(3), 30_000);
                continue;
            }
            if (stage >= 1 && g.chance(0.12)) {
                minioBlock(g, t, "SYSTEM(storage)", null, null, marking, "internal/logger/logonce.go:118:logger.(*logOnceType).logOnceIf()",
                        "internal/rest/client.go:318:rest.(*Client).MarkOffline()");
                continue;
            }
            String c = g.pick(clients);
            String day = "2026/12/08/";
            if (stage == 2 && g.chance(0.75)) {
                if (g.chance(0.8)) {
                    String obj = g.pick("orders/", "avatars/", "returns/") + day + g.pick("inv-", "img-", "rma-") + g.between(10_000, 99_999) + g.pick(".pdf", ".jpg",
                            ".webp");
                    minioBlock(g, t, "PutObject(bucket=uploads, object=" + obj + ")", c, java, "Storage resources are insufficient for the write operation"
                            + " uploads/" + obj + " (cmd.InsufficientWriteQuorum)", logIf, apiErr, put);
                } else {
                    String obj = "products/" + g.between(1_000, 9_999) + "/hero-" + g.pick("800", "1600") + ".webp";
                    minioBlock(g, t, "GetObject(bucket=media, object=" + obj + ")", c, java, "Read failed. Insufficient number of drives online"
                            + " (cmd.InsufficientReadQuorum)", logIf, apiErr, get);
                }
                continue;
            }
            switch (g.weighted(5, 3, 1)) {
                case 0 -> {
                    String obj = "products/" + g.between(1_000, 9_999) + "/hero-" + g.pick("800", "1600") + ".webp";
                    minioBlock(g, t, "GetObject(bucket=media, object=" + obj + ")", c, java, "write tcp 10.42.1.17:9000->" + c + ":" + g.between(30_000, 60_000)
                            + ": write: " + g.pick("broken pipe", "connection reset by peer") + " (*net.OpError)", logIf, apiErr, get);
                }
                case 1 -> {
                    String obj = g.pick("orders/", "avatars/", "returns/") + day + g.pick("inv-", "img-", "rma-") + g.between(10_000, 99_999) + g.pick(".pdf", ".jpg");
                    minioBlock(g, t, "PutObject(bucket=uploads, object=" + obj + ")", c, java, "context canceled (*errors.errorString)", logIf, apiErr, put);
                }
                default -> minioBlock(g, t, "ListObjectsV2(bucket=backups)", "10.42.7.4", mc, "Prefix access is denied: backups/ (cmd.PrefixAccessDenied)",
                        logIf, apiErr, "cmd/bucket-listobjects-handlers.go:255:cmd.objectAPIHandlers.listObjectsV2Handler()");
            }
        }
        String text = g.text().substring(1);
        requireLines(g, 300, 3_000);
        return NeedleCase.named("fresh11_minio_quorum_lost", "log", "minio-server-log")
                .shell("kubectl -n storage logs minio-1 --since=75m")
                .question("Uploads to the 'uploads' bucket have been failing since about 10:41 (503 from MinIO), and some product images don't load. Which"
                        + " MinIO nodes or drives are down?")
                .heldAside()
                .build(text, List.of(Needle.exact("Error: " + marking), Needle.exact("Error: " + drive),
                        Needle.anyOf(every(text, "Error: Storage resources are insufficient for the write operation uploads/"))));
    }

    // ---------------------------------------------------------------- journalctl -o verbose

    private static final class Journal {
        final Gen g;
        final String boot;
        final String machine;
        final String seqId;
        long seq = 0x2f1a30;
        final LocalDateTime bootAt = LocalDateTime.of(2026, 11, 30, 4, 12, 9);

        Journal(Gen g) {
            this.g = g;
            this.boot = g.hex(32);
            this.machine = g.hex(32);
            this.seqId = g.hex(32);
        }

        String header(LocalDateTime t) {
            long realtime = t.toInstant(ZoneOffset.UTC).toEpochMilli() * 1000 + t.getNano() / 1000 % 1000;
            long mono = java.time.Duration.between(bootAt, t).toNanos() / 1000;
            seq += 1 + g.nextInt(40);
            return DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss.SSSSSS 'UTC'", Locale.ROOT).format(t) + " [s=" + seqId + ";i=" + Long.toHexString(seq)
                    + ";b=" + boot + ";m=" + Long.toHexString(mono) + ";t=" + Long.toHexString(realtime) + ";x=" + g.hex(16) + "]";
        }

        void common(int priority) {
            g.add("    _BOOT_ID=" + boot);
            g.add("    _MACHINE_ID=" + machine);
            g.add("    _HOSTNAME=worker-03");
            g.add("    PRIORITY=" + priority);
            g.add("    SYSLOG_FACILITY=3");
        }
    }

    /**
     * {@code journalctl -u acme-worker -o verbose} for an hour: every record with its trusted fields. The worker logs
     * jobs at info (sd-daemon prefixes set PRIORITY), the odd retry at notice/warning; at 10:38 it warns that its spool
     * volume is 97% full, at 10:41:58 it logs one critical record (no space left writing the spool) and exits; systemd
     * records the exit, the failure and the restart.
     */
    static NeedleCase journalctlVerbose() {
        Gen g = new Gen(140_011);
        Journal j = new Journal(g);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 9, 45, 0, 311_000_000), 90_000);
        String invocation = g.hex(32);
        String stream = g.hex(32);
        int pid = 48_213;
        LocalDateTime warnAt = LocalDateTime.of(2026, 12, 8, 10, 38, 14, 902_117_000);
        LocalDateTime critAt = LocalDateTime.of(2026, 12, 8, 10, 41, 58, 118_204_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 10, 50, 0);
        String warnMsg = "    MESSAGE=spool volume /var/lib/acme-worker is 97% full (1.94 GiB of 2.00 GiB); oldest batch 2026-12-08T06:02:11Z not yet"
                + " acknowledged by exporter";
        String critMsg = "    MESSAGE=CRITICAL worker: cannot persist batch 88213 to spool: [Errno 28] No space left on device:"
                + " '/var/lib/acme-worker/spool/batch-88213.tmp'; exiting";
        String critHeader = null;
        String exited = "    MESSAGE=acme-worker.service: Main process exited, code=exited, status=1/FAILURE";
        String failed = "    MESSAGE=acme-worker.service: Failed with result 'exit-code'.";
        int stage = 0;
        int job = 88_000;
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            int priority = 6;
            String msg;
            if (stage == 0 && t.isAfter(warnAt)) {
                stage = 1;
                t = warnAt;
                priority = 4;
                msg = warnMsg;
            } else if (stage == 1 && t.isAfter(critAt)) {
                stage = 2;
                critHeader = j.header(critAt);
                g.add(critHeader);
                appRecord(j, 2, pid, stream, invocation, critMsg);
                LocalDateTime s = critAt.plusNanos(412_331_000);
                systemdRecord(j, s, 5, "src/core/service.c", 3615, "service_sigchld_event", "98e322203f7a4ed290d09fe03c09fe15", invocation, exited,
                        "    EXIT_CODE=exited", "    EXIT_STATUS=1");
                systemdRecord(j, s.plusNanos(88_000), 4, "src/core/unit.c", 5859, "unit_log_failure", "d9b373ed55a64feb8242e02dbe79a49c", invocation, failed,
                        "    UNIT_RESULT=exit-code");
                systemdRecord(j, s.plusNanos(204_000), 6, "src/core/unit.c", 5934, "unit_log_resources", "ae8f7b866b0347b9af31fe1c80b127c0", invocation,
                        "    MESSAGE=acme-worker.service: Consumed 41min 12.331s CPU time, 611.4M memory peak, 0B memory swap peak.",
                        "    CPU_USAGE_NSEC=2472331000000", "    MEMORY_PEAK=641101824");
                LocalDateTime r = s.plusSeconds(5);
                systemdRecord(j, r, 6, "src/core/service.c", 1255, "service_enter_restart", "5eb03494b6584870a536b337290809b3", invocation,
                        "    MESSAGE=acme-worker.service: Scheduled restart job, restart counter is at 1.", "    N_RESTARTS=1");
                systemdRecord(j, r.plusNanos(3_100_000), 6, "src/core/job.c", 768, "job_emit_done_message", "9d1aaa27d60140bd96365438aad20286", invocation,
                        "    MESSAGE=Stopped acme-worker.service - Acme background worker.", "    JOB_TYPE=restart", "    JOB_RESULT=done");
                invocation = g.hex(32);
                stream = g.hex(32);
                pid = 51_907;
                systemdRecord(j, r.plusNanos(41_800_000), 6, "src/core/job.c", 768, "job_emit_done_message", "39f53479d3a045ac8e11786248231fbf", invocation,
                        "    MESSAGE=Started acme-worker.service - Acme background worker.", "    JOB_TYPE=start", "    JOB_RESULT=done");
                clock = new Stamps(g, r.plusSeconds(2), 90_000);
                continue;
            } else {
                job++;
                int k = g.weighted(12, 3, 1);
                priority = k == 0 ? 6 : k == 1 ? 5 : 4;
                msg = switch (k) {
                    case 0 -> "    MESSAGE=worker: batch " + job + " exported: " + g.between(200, 5_000) + " events, " + g.between(80, 4_000) + " KiB, "
                            + g.between(40, 2_000) + " ms";
                    case 1 -> "    MESSAGE=worker: exporter slow to acknowledge batch " + (job - g.between(2, 30)) + ", retry " + g.between(1, 3)
                            + " in 30s";
                    default -> "    MESSAGE=worker: upstream https://ingest.acme.example/v2/batches returned 429, backing off " + g.between(5, 60) + "s";
                };
            }
            g.add(j.header(t));
            appRecord(j, priority, pid, stream, invocation, msg);
        }
        String text = g.text();
        requireLines(g, 300, 3_000);
        requireCount(text, "    PRIORITY=2\n", 1);
        return NeedleCase.named("fresh11_journalctl_verbose", "log", "journalctl-verbose")
                .shell("journalctl -u acme-worker.service --since '2026-12-08 09:45' -o verbose --no-pager")
                .question("acme-worker.service on worker-03 restarted at about 10:42. What error did it hit right before, and was there any warning"
                        + " leading up to it?")
                .heldAside()
                .build(text, List.of(Needle.exact(critMsg), Needle.exact(critHeader), Needle.exact(exited), Needle.exact(warnMsg)));
    }

    private static void appRecord(Journal j, int priority, int pid, String stream, String invocation, String message) {
        j.common(priority);
        Gen g = j.g;
        g.add("    _UID=998");
        g.add("    _GID=998");
        g.add("    _CAP_EFFECTIVE=0");
        g.add("    _SELINUX_CONTEXT=unconfined");
        g.add("    _TRANSPORT=stdout");
        g.add("    _SYSTEMD_SLICE=system.slice");
        g.add("    _STREAM_ID=" + stream);
        g.add("    SYSLOG_IDENTIFIER=acme-worker");
        g.add("    _PID=" + pid);
        g.add("    _COMM=python3");
        g.add("    _EXE=/usr/bin/python3.11");
        g.add("    _CMDLINE=/opt/acme-worker/venv/bin/python3 -m acme_worker --config /etc/acme-worker/worker.toml");
        g.add("    _SYSTEMD_CGROUP=/system.slice/acme-worker.service");
        g.add("    _SYSTEMD_UNIT=acme-worker.service");
        g.add("    _SYSTEMD_INVOCATION_ID=" + invocation);
        g.add(message);
    }

    private static void systemdRecord(Journal j, LocalDateTime t, int priority, String file, int line, String func, String messageId, String invocation,
            String message, String... extra) {
        Gen g = j.g;
        g.add(j.header(t));
        j.common(priority);
        g.add("    SYSLOG_IDENTIFIER=systemd");
        g.add("    _UID=0");
        g.add("    _GID=0");
        g.add("    _TRANSPORT=journal");
        g.add("    _CAP_EFFECTIVE=1ffffffffff");
        g.add("    _SELINUX_CONTEXT=unconfined");
        g.add("    CODE_FILE=" + file);
        g.add("    CODE_LINE=" + line);
        g.add("    CODE_FUNC=" + func);
        g.add("    MESSAGE_ID=" + messageId);
        g.add("    UNIT=acme-worker.service");
        g.add("    INVOCATION_ID=" + invocation);
        for (String e : extra) {
            g.add(e);
        }
        g.add(message);
        g.add("    _PID=1");
        g.add("    _COMM=systemd");
        g.add("    _EXE=/usr/lib/systemd/systemd");
        g.add("    _CMDLINE=/sbin/init");
        g.add("    _SYSTEMD_CGROUP=/init.scope");
        g.add("    _SYSTEMD_UNIT=init.scope");
        g.add("    _SYSTEMD_SLICE=-.slice");
        g.add("    _SOURCE_REALTIME_TIMESTAMP=" + (t.toInstant(ZoneOffset.UTC).toEpochMilli() * 1000 + t.getNano() / 1000 % 1000 - g.between(5, 60)));
    }

    // ---------------------------------------------------------------- Get-WinEvent | Format-List

    private record WinEvent(LocalDateTime time, String provider, int id, String level, String message) {}

    /**
     * {@code Get-WinEvent} over the System and Application logs of a Windows server for a night, piped to {@code
     * Format-List TimeCreated,ProviderName,Id,LevelDisplayName,Message} (newest first): service state changes, DCOM
     * permission warnings, Group Policy, time sync, licensing, Windows Update. At 02:14 the Acme Order Sync service dies:
     * the .NET runtime logs the unhandled exception (the share \\fs01\exports\orders not found), Application Error logs
     * the faulting module, and the Service Control Manager logs 7031 with its restart action.
     */
    static NeedleCase winEventFormatList() {
        Gen g = new Gen(140_012);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 18, 0, 4), 360_000);
        List<WinEvent> events = new ArrayList<>();
        LocalDateTime crashAt = LocalDateTime.of(2026, 12, 8, 2, 14, 37);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 7, 0, 0);
        String[] services = {"Windows Update", "Background Intelligent Transfer Service", "WinHTTP Web Proxy Auto-Discovery Service",
            "Windows Modules Installer", "Microsoft Defender Antivirus Network Inspection Service", "Software Protection", "Device Setup Manager",
            "Windows Error Reporting Service", "Microsoft Store Install Service", "Delivery Optimization"};
        String net = "Application: AcmeOrderSync.exe\nCoreCLR Version: 8.0.1124.51707\n.NET Version: 8.0.11\nDescription: The process was terminated due to"
                + " an unhandled exception.\nException Info: System.IO.DirectoryNotFoundException: Could not find a part of the path"
                + " '\\\\fs01\\exports\\orders\\2026-12-08'.\n   at System.IO.Enumeration.FileSystemEnumerator`1.CreateDirectoryHandle(String path, Boolean"
                + " ignoreNotFound)\n   at System.IO.Enumeration.FileSystemEnumerator`1.Init()\n   at System.IO.Directory.GetFiles(String path, String"
                + " searchPattern)\n   at Acme.OrderSync.ExportWatcher.PollOnce(CancellationToken ct) in D:\\a\\ordersync\\src\\OrderSync\\ExportWatcher.cs:line"
                + " 88\n   at Acme.OrderSync.Worker.ExecuteAsync(CancellationToken stoppingToken) in D:\\a\\ordersync\\src\\OrderSync\\Worker.cs:line 41\n"
                + "   at Microsoft.Extensions.Hosting.Internal.Host.TryExecuteBackgroundServiceAsync(BackgroundService backgroundService)";
        String appErr = "Faulting application name: AcmeOrderSync.exe, version: 4.2.1.0, time stamp: 0x67310000\nFaulting module name: KERNELBASE.dll,"
                + " version: 10.0.20348.2849, time stamp: 0x2e3b1f6d\nException code: 0xe0434352\nFault offset: 0x000000000003f19c\nFaulting process id:"
                + " 0x1a2c\nFaulting application start time: 0x01db4952c2e4f1a7\nFaulting application path: C:\\Program Files\\Acme\\OrderSync\\AcmeOrderSync.exe"
                + "\nFaulting module path: C:\\Windows\\System32\\KERNELBASE.dll\nReport Id: 8b1f2c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d\nFaulting package full name: "
                + "\nFaulting package-relative application ID: ";
        String scm = "The Acme Order Sync service terminated unexpectedly.  It has done this 1 time(s).  The following corrective action will be taken in"
                + " 60000 milliseconds: Restart the service.";
        boolean crashed = false;
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            if (!crashed && t.isAfter(crashAt)) {
                crashed = true;
                events.add(new WinEvent(crashAt, ".NET Runtime", 1026, "Error", net));
                events.add(new WinEvent(crashAt.plusSeconds(1), "Application Error", 1000, "Error", appErr));
                events.add(new WinEvent(crashAt.plusSeconds(2), "Windows Error Reporting", 1001, "Information", "Fault bucket , type 0\nEvent Name: APPCRASH"
                        + "\nResponse: Not available\nCab Id: 0\n\nProblem signature:\nP1: AcmeOrderSync.exe\nP2: 4.2.1.0\nP3: 67310000\nP4: KERNELBASE.dll"
                        + "\nP5: 10.0.20348.2849\nP6: 2e3b1f6d\nP7: e0434352\nP8: 000000000003f19c\nP9: \nP10: \n\nAttached files:\n\nThese files may be available"
                        + " here:\n\\\\?\\C:\\ProgramData\\Microsoft\\Windows\\WER\\ReportQueue\\AppCrash_AcmeOrderSync.e_" + g.hex(40)
                        + "\n\nAnalysis symbol: \nRechecking for solution: 0\nReport Id: 8b1f2c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d\nReport Status: 4\nHashed bucket: "
                        + "\nCab Guid: 0"));
                events.add(new WinEvent(crashAt.plusSeconds(2), "Service Control Manager", 7031, "Error", scm));
                events.add(new WinEvent(crashAt.plusSeconds(62), "Service Control Manager", 7036, "Information",
                        "The Acme Order Sync service entered the running state."));
                continue;
            }
            switch (g.weighted(10, 3, 2, 1, 1, 1, 1, 1)) {
                case 0 -> {
                    String s = g.pick(services);
                    events.add(new WinEvent(t, "Service Control Manager", 7036, "Information", "The " + s + " service entered the running state."));
                    events.add(new WinEvent(t.plusSeconds(g.between(20, 200)), "Service Control Manager", 7036, "Information", "The " + s
                            + " service entered the stopped state."));
                }
                case 1 -> events.add(new WinEvent(t, "Microsoft-Windows-DistributedCOM", 10016, "Warning", "The application-specific permission settings"
                        + " do not grant Local Activation permission for the COM Server application with CLSID \n{2593F8B9-4EAF-457C-B68A-50F6B8EA6B54}\n"
                        + " and APPID \n{15C20B67-12E7-4BB6-92BB-7AFF07997402}\n to the user NT AUTHORITY\\NETWORK SERVICE SID (S-1-5-20) from address"
                        + " LocalHost (Using LRPC) running in the application container Unavailable SID (Unavailable). This security permission can be"
                        + " modified using the Component Services administrative tool."));
                case 2 -> events.add(new WinEvent(t, "Microsoft-Windows-GroupPolicy", 1500, "Information", "The Group Policy settings for the computer"
                        + " were processed successfully. There were no changes detected since the last successful processing of Group Policy."));
                case 3 -> events.add(new WinEvent(t, "Microsoft-Windows-Security-SPP", 16384, "Information", "Successfully scheduled Software Protection"
                        + " service for re-start at " + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).format(t.plusHours(g.between(1, 20)))
                        + ". Reason: RulesEngine."));
                case 4 -> events.add(new WinEvent(t, "Microsoft-Windows-Time-Service", 37, "Information", "The time provider NtpClient is currently"
                        + " receiving valid time data from dc01.acme.local (ntp.d|10.0.0.10:123->10.0.2.33:123)."));
                case 5 -> events.add(new WinEvent(t, "Microsoft-Windows-DNS-Client", 1014, "Warning", "Name resolution for the name"
                        + " " + g.pick("settings-win.data.microsoft.com", "v10.events.data.microsoft.com", "ctldl.windowsupdate.com") + " timed out after"
                        + " none of the configured DNS servers responded.\nClient PID " + g.between(800, 9_000) + "."));
                case 6 -> events.add(new WinEvent(t, "Microsoft-Windows-Kernel-General", 16, "Information", "The access history in hive"
                        + " \\??\\C:\\Users\\svc-ordersync\\ntuser.dat was cleared updating " + g.between(10, 900) + " keys and creating " + g.between(1, 80)
                        + " modified pages."));
                default -> events.add(new WinEvent(t, "Microsoft-Windows-WindowsUpdateClient", 19, "Information", "Installation Successful: Windows"
                        + " successfully installed the following update: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602"
                        + " (Version 1.421." + g.between(100, 999) + ".0) - Current Channel (Broad)"));
            }
        }
        events.sort((a, b) -> a.time().compareTo(b.time()));
        Collections.reverse(events);
        DateTimeFormatter us = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);
        StringBuilder sb = new StringBuilder("\n");
        String pad = " ".repeat(19);
        for (WinEvent e : events) {
            sb.append('\n');
            sb.append("TimeCreated      : ").append(us.format(e.time())).append('\n');
            sb.append("ProviderName     : ").append(e.provider()).append('\n');
            sb.append("Id               : ").append(e.id()).append('\n');
            sb.append("LevelDisplayName : ").append(e.level()).append('\n');
            String[] m = e.message().split("\n", -1);
            sb.append("Message          : ").append(m[0]).append('\n');
            for (int i = 1; i < m.length; i++) {
                sb.append(pad).append(m[i]).append('\n');
            }
        }
        sb.append("\n\n");
        String text = sb.toString();
        int lines = text.split("\n", -1).length;
        if (lines < 300 || lines > 3_000) {
            throw new IllegalStateException("line count " + lines);
        }
        requireCount(text, "Id               : 7031\n", 1);
        return NeedleCase.named("fresh11_win_event_format_list", "log", "windows-event-format-list")
                .tool("powershell", "{\"command\":\"" + Json.escape("Get-WinEvent -ComputerName APP-03 -FilterHashtable @{LogName='System','Application';"
                        + " StartTime=(Get-Date).AddHours(-13)} | Format-List TimeCreated,ProviderName,Id,LevelDisplayName,Message") + "\"}")
                .question("The Acme Order Sync service on APP-03 stopped during the night and orders weren't synced until it came back. What do the event"
                        + " logs say happened?")
                .heldAside()
                .build(text, List.of(Needle.exact("Message          : " + scm),
                        Needle.contains("Exception Info: System.IO.DirectoryNotFoundException: Could not find a part of the path"),
                        Needle.contains("\\\\fs01\\exports\\orders\\2026-12-08"),
                        Needle.exact("Message          : Faulting application name: AcmeOrderSync.exe, version: 4.2.1.0, time stamp: 0x67310000")));
    }
}
