package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Tuning cases added on 2026-12-07 (session 6), needle rules written with each generator before any output was
 * looked at. They probe problem classes the unseen batches' summary rows hinted at, in formats no other case has:
 * a log exported as CSV whose one unique error comes after hundreds of routine ones (a table whose problem rows
 * exceed the row budget), {@code docker stats} with {@code --} placeholders in its numeric columns, ECS
 * {@code describe-tasks} JSON with routine stops around one failed start, {@code kubectl describe nodes} (a
 * key-value record per node) and MySQL's vertical {@code \G} output.
 */
final class ClassCases2 {

    private ClassCases2() {}

    static List<NeedleCase> all() {
        return List.of(kibanaCsvExport(), dockerStats(), ecsDescribeTasks(), kubectlDescribeNodes(), mysqlVertical());
    }

    /** A Kibana Discover CSV export: 3,000 log rows, 400 routine upstream errors, one OutOfMemoryError near the end. */
    static NeedleCase kibanaCsvExport() {
        Gen g = new Gen(80_001);
        g.add("\"@timestamp\",\"host.name\",\"service.name\",\"log.level\",\"message\"");
        String oom = null;
        for (int i = 0; i < 3_000; i++) {
            String ts = fmt("\"Dec 6, 2026 @ %02d:%02d:%02d.%03d\"", 8 + i / 400, (i / 7) % 60, (i * 13) % 60, g.between(0, 999));
            String host = "\"ip-10-0-" + g.between(1, 9) + "-" + g.between(2, 250) + "\"";
            String service = "\"" + g.pick("checkout", "cart", "catalog", "payments") + "\"";
            String row;
            if (i == 2_712) {
                row = ts + ",\"ip-10-0-4-77\",\"checkout\",\"ERROR\",\"java.lang.OutOfMemoryError: Java heap space (failed to allocate 16777232 bytes)\"";
                oom = row;
            } else if (g.chance(0.14)) {
                row = ts + "," + host + "," + service + ",\"ERROR\",\"upstream connect error or disconnect/reset before headers. reset reason: connection termination (request "
                        + g.hex(16) + ")\"";
            } else if (g.chance(0.03)) {
                row = ts + "," + host + "," + service + ",\"WARN\",\"slow query took " + g.between(1_000, 4_000) + " ms: SELECT * FROM orders WHERE id = ?\"";
            } else {
                row = ts + "," + host + "," + service + ",\"INFO\",\"" + g.pick("GET", "POST") + " /api/v1/"
                        + g.pick("cart", "items", "orders", "session") + "/" + g.between(1, 99_999) + " 200 " + g.between(2, 300) + "ms\"";
            }
            g.add(row);
        }
        return NeedleCase.named("class2_kibana_csv_export", "table", "kibana-csv")
                .tool("read_file", "{\"path\":\"exports/checkout-logs-2026-12-06.csv\"}")
                .question("Why did the checkout service crash this afternoon?")
                .build(g.text(), List.of(Needle.exact(oom)));
    }

    /** docker stats --no-stream: 120 containers, 14 stopped ones printing {@code --}, one near its memory limit. */
    static NeedleCase dockerStats() {
        Gen g = new Gen(80_002);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"CONTAINER ID", "NAME", "CPU %", "MEM USAGE / LIMIT", "MEM %", "NET I/O", "BLOCK I/O", "PIDS"});
        int full = 83;
        for (int i = 0; i < 120; i++) {
            String name = g.pick("api", "worker", "web", "cron", "cache", "proxy") + "-" + g.alnum(6);
            if (i == full) {
                rows.add(new String[] {"4be1c0de77a2", "reports-exporter-1", "187.42%", "7.742GiB / 7.775GiB", "99.58%", "1.2GB / 88.1MB", "3.4GB / 12.9GB", "61"});
            } else if (g.chance(0.12)) {
                rows.add(new String[] {g.hex(12), name, "--", "-- / --", "--", "--", "--", "--"});
            } else {
                double mem = g.between(20, 900);
                double limit = g.pick(2.0, 4.0, 7.775);
                rows.add(new String[] {g.hex(12), name, fmt("%.2f%%", g.between(0, 900) / 100.0), fmt("%.1fMiB / %.3fGiB", mem, limit),
                    fmt("%.2f%%", mem / (limit * 1024) * 100), fmt("%dMB / %dMB", g.between(1, 900), g.between(1, 900)),
                    fmt("%.1fMB / %dkB", g.between(0, 500) / 10.0, g.between(0, 900)), String.valueOf(g.between(2, 40))});
            }
        }
        List<String> lines = Columns.render(rows, 3);
        return NeedleCase.named("class2_docker_stats", "table", "docker-stats")
                .shell("docker stats --no-stream")
                .question("Is any container about to run out of memory?")
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(full + 1))));
    }

    /** aws ecs describe-tasks: 240 tasks, 30 stopped by scale-in, one that failed to start (image not found). */
    static NeedleCase ecsDescribeTasks() {
        Gen g = new Gen(80_003);
        StringBuilder sb = new StringBuilder("{\n    \"tasks\": [\n");
        int failed = 171;
        String failedArn = "arn:aws:ecs:eu-west-1:123456789012:task/shop-prod/0f3c9a1e5b7d4e2a9c8b6d4f2e1a0b9c";
        for (int i = 0; i < 240; i++) {
            boolean stopped = i == failed || g.chance(0.125);
            String arn = i == failed ? failedArn : "arn:aws:ecs:eu-west-1:123456789012:task/shop-prod/" + g.hex(32);
            String service = i == failed ? "api" : g.pick("api", "worker", "web");
            sb.append("        {\n");
            sb.append("            \"taskArn\": \"").append(arn).append("\",\n");
            sb.append("            \"clusterArn\": \"arn:aws:ecs:eu-west-1:123456789012:cluster/shop-prod\",\n");
            sb.append("            \"taskDefinitionArn\": \"arn:aws:ecs:eu-west-1:123456789012:task-definition/shop-").append(service)
                    .append(':').append(i == failed ? 215 : 214).append("\",\n");
            sb.append("            \"group\": \"service:shop-").append(service).append("\",\n");
            sb.append("            \"launchType\": \"FARGATE\",\n");
            sb.append("            \"cpu\": \"512\",\n            \"memory\": \"1024\",\n");
            sb.append("            \"desiredStatus\": \"").append(stopped ? "STOPPED" : "RUNNING").append("\",\n");
            sb.append("            \"lastStatus\": \"").append(stopped ? "STOPPED" : "RUNNING").append("\",\n");
            sb.append("            \"containers\": [\n                {\n");
            sb.append("                    \"name\": \"").append(service).append("\",\n");
            sb.append("                    \"image\": \"123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/").append(service)
                    .append(i == failed ? ":v2.14.1" : ":v2.13.9").append("\",\n");
            sb.append("                    \"lastStatus\": \"").append(stopped ? "STOPPED" : "RUNNING").append("\",\n");
            if (i == failed) {
                sb.append("                    \"reason\": \"CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:v2.14.1: not found\",\n");
            } else if (stopped) {
                sb.append("                    \"exitCode\": 143,\n");
            }
            sb.append("                    \"healthStatus\": \"").append(stopped ? "UNKNOWN" : "HEALTHY").append("\"\n");
            sb.append("                }\n            ],\n");
            if (i == failed) {
                sb.append("            \"stopCode\": \"TaskFailedToStart\",\n");
                sb.append("            \"stoppedReason\": \"CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:v2.14.1: not found\",\n");
            } else if (stopped) {
                sb.append("            \"stopCode\": \"ServiceSchedulerInitiated\",\n");
                sb.append("            \"stoppedReason\": \"Scaling activity initiated by (deployment ecs-svc/").append(g.between(1_000_000, 9_999_999)).append(")\",\n");
            }
            sb.append(fmt("            \"createdAt\": \"2026-12-06T%02d:%02d:%02d.%03d000+00:00\",\n", g.between(0, 23), g.between(0, 59), g.between(0, 59), g.between(0, 999)));
            sb.append("            \"availabilityZone\": \"eu-west-1").append(g.pick("a", "b", "c")).append("\"\n");
            sb.append(i == 239 ? "        }\n" : "        },\n");
        }
        sb.append("    ],\n    \"failures\": []\n}\n");
        return NeedleCase.named("class2_ecs_describe_tasks", "json", "ecs-describe-tasks")
                .tool("aws_cli", "{\"command\":\"ecs describe-tasks --cluster shop-prod --tasks ...\"}")
                .question("Why does the new api deployment not come up?")
                .build(sb.toString(), List.of(
                        Needle.contains("failed to resolve ref 123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:v2.14.1: not found"),
                        Needle.contains("0f3c9a1e5b7d4e2a9c8b6d4f2e1a0b9c")));
    }

    /** kubectl describe nodes: 14 nodes of ~70 lines; one under memory pressure. */
    static NeedleCase kubectlDescribeNodes() {
        Gen g = new Gen(80_004);
        int hot = 9;
        String hotName = null;
        String pressure = "  MemoryPressure       True    Sun, 06 Dec 2026 14:02:11 +0000   Sun, 06 Dec 2026 13:41:53 +0000   KubeletHasInsufficientMemory   kubelet has insufficient memory available";
        for (int n = 0; n < 14; n++) {
            String name = "ip-10-0-" + g.between(1, 9) + "-" + g.between(10, 250) + ".eu-west-1.compute.internal";
            if (n == hot) {
                hotName = "Name:               " + name;
            }
            g.add("Name:               " + name);
            g.add("Roles:              <none>");
            g.add("Labels:             beta.kubernetes.io/arch=amd64");
            g.add("                    beta.kubernetes.io/instance-type=m6i.2xlarge");
            g.add("                    kubernetes.io/hostname=" + name);
            g.add("                    topology.kubernetes.io/zone=eu-west-1" + g.pick("a", "b", "c"));
            g.add("Annotations:        node.alpha.kubernetes.io/ttl: 0");
            g.add("CreationTimestamp:  Mon, 0" + g.between(1, 5) + " Nov 2026 09:12:44 +0000");
            g.add("Taints:             <none>");
            g.add("Unschedulable:      false");
            g.add("Conditions:");
            g.add("  Type                 Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message");
            g.add("  ----                 ------  -----------------                 ------------------                ------                       -------");
            if (n == hot) {
                g.add(pressure);
            } else {
                g.add("  MemoryPressure       False   Sun, 06 Dec 2026 14:02:" + fmt("%02d", g.between(0, 59)) + " +0000   Mon, 0" + g.between(1, 5) + " Nov 2026 09:13:10 +0000   KubeletHasSufficientMemory     kubelet has sufficient memory available");
            }
            g.add("  DiskPressure         False   Sun, 06 Dec 2026 14:02:" + fmt("%02d", g.between(0, 59)) + " +0000   Mon, 02 Nov 2026 09:13:10 +0000   KubeletHasNoDiskPressure       kubelet has no disk pressure");
            g.add("  PIDPressure          False   Sun, 06 Dec 2026 14:02:" + fmt("%02d", g.between(0, 59)) + " +0000   Mon, 02 Nov 2026 09:13:10 +0000   KubeletHasSufficientPID        kubelet has sufficient PID available");
            g.add("  Ready                True    Sun, 06 Dec 2026 14:02:" + fmt("%02d", g.between(0, 59)) + " +0000   Mon, 02 Nov 2026 09:13:40 +0000   KubeletReady                   kubelet is posting ready status");
            g.add("Addresses:");
            g.add("  InternalIP:   10.0." + g.between(1, 9) + "." + g.between(10, 250));
            g.add("  Hostname:     " + name);
            g.add("Capacity:");
            g.add("  cpu:                8");
            g.add("  memory:             32386544Ki");
            g.add("  pods:               58");
            g.add("Allocatable:");
            g.add("  cpu:                7910m");
            g.add("  memory:             31371760Ki");
            g.add("  pods:               58");
            g.add("System Info:");
            g.add("  Machine ID:                 ec2" + g.hex(29));
            g.add("  Kernel Version:             6.1.112-122.189.amzn2023.x86_64");
            g.add("  Container Runtime Version:  containerd://1.7.22");
            g.add("  Kubelet Version:            v1.31.2-eks-94953ac");
            g.add("Non-terminated Pods:          (" + g.between(14, 30) + " in total)");
            g.add("  Namespace                   Name                                     CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age");
            g.add("  ---------                   ----                                     ------------  ----------  ---------------  -------------  ---");
            int pods = g.between(14, 24);
            for (int p = 0; p < pods; p++) {
                g.add(fmt("  %-26s  %-39s  %-12s  %-10s  %-15s  %-13s  %dd", g.pick("shop", "payments", "kube-system", "monitoring"),
                        g.pick("api", "worker", "web", "fluent-bit", "node-exporter") + "-" + g.alnum(10), g.between(50, 500) + "m (" + g.between(1, 6) + "%)",
                        "0 (0%)", g.between(64, 900) + "Mi (" + g.between(0, 3) + "%)", g.between(128, 1024) + "Mi (" + g.between(0, 3) + "%)", g.between(1, 30)));
            }
            g.add("Allocated resources:");
            g.add("  (Total limits may be over 100 percent, i.e., overcommitted.)");
            g.add("  Resource           Requests      Limits");
            g.add("  --------           --------      ------");
            g.add("  cpu                " + g.between(2000, 7000) + "m (" + g.between(30, 90) + "%)   0 (0%)");
            g.add("  memory             " + g.between(4000, 20000) + "Mi (" + g.between(10, 70) + "%)  " + g.between(8000, 30000) + "Mi (" + g.between(20, 99) + "%)");
            g.add("Events:");
            if (n == hot) {
                g.add("  Type     Reason                 Age   From     Message");
                g.add("  ----     ------                 ----  ----     -------");
                g.add("  Warning  EvictionThresholdMet   21m   kubelet  Attempting to reclaim memory");
                g.add("  Normal   NodeHasInsufficientMemory  21m  kubelet  Node " + hotName.substring(20) + " status is now: NodeHasInsufficientMemory");
            } else {
                g.add("  <none>");
            }
            g.add("");
        }
        return NeedleCase.named("class2_kubectl_describe_nodes", "lines", "kubectl-describe")
                .shell("kubectl describe nodes")
                .question("Why are pods being evicted?")
                .build(g.text(), List.of(Needle.exact(pressure), Needle.exact(hotName)));
    }

    /** mysql -e 'select ... \G': 60 replicas in vertical format, one lagging two hours with an IO error. */
    static NeedleCase mysqlVertical() {
        Gen g = new Gen(80_005);
        int lagging = 41;
        String host = null;
        String lag = "       seconds_behind_source: 7841";
        for (int r = 0; r < 60; r++) {
            g.add(fmt("*************************** %d. row ***************************", r + 1));
            String name = "db-replica-" + g.pick("eu", "us", "ap") + "-" + fmt("%02d", r + 1);
            if (r == lagging) {
                host = "                 replica_host: " + name;
            }
            g.add("                 replica_host: " + name);
            g.add("                  source_host: db-primary-" + g.pick("eu", "us") + ".internal");
            g.add("                  source_port: 3306");
            g.add("         replica_io_running: " + (r == lagging ? "Connecting" : "Yes"));
            g.add("        replica_sql_running: Yes");
            g.add(r == lagging ? lag : "       seconds_behind_source: " + g.pick("0", "0", "0", "1", "2"));
            g.add("          source_log_file: binlog." + fmt("%06d", g.between(4_100, 4_130)));
            g.add("      read_source_log_pos: " + g.between(100_000, 900_000_000));
            g.add("            last_io_errno: " + (r == lagging ? "2003" : "0"));
            g.add("            last_io_error: " + (r == lagging ? "error reconnecting to source 'repl@db-primary-eu.internal:3306' - retry-time: 60 retries: 131 message: Can't connect to MySQL server on 'db-primary-eu.internal:3306' (110)" : ""));
            g.add("           last_sql_errno: 0");
            g.add("           last_sql_error: ");
            g.add("   retrieved_gtid_set: 3e11fa47-71ca-11e1-9e33-c80aa9429562:1-" + g.between(1_000_000, 9_000_000));
            g.add("    executed_gtid_set: 3e11fa47-71ca-11e1-9e33-c80aa9429562:1-" + g.between(1_000_000, 9_000_000));
            g.add("                auto_position: 1");
            g.add("             checked_at: 2026-12-06 14:" + fmt("%02d:%02d", g.between(0, 59), g.between(0, 59)));
        }
        return NeedleCase.named("class2_mysql_vertical", "lines", "mysql-vertical")
                .shell("mysql -e 'select * from ops.replica_health\\G'")
                .question("Which replica is lagging behind, and why?")
                .build(g.text(), List.of(Needle.exact(lag), Needle.exact(host)));
    }
}
