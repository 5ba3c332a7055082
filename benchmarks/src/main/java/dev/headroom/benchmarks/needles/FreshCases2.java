package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The third held-aside batch ({@code fresh2_*}), written on 2026-12-06 at 23:40 UTC (session 4) after the
 * compressor changes of that session were done, with needle rules written before any of their outputs was
 * looked at; nothing was changed after their first run. Formats none of the other cases has: nginx error
 * log, kubectl get events, Terraform plan, go test, Gradle dependencies, ss -tanp, Ansible, helm list,
 * MySQL slow query log, find. Never tuned on: reported as their own set, refused by {@code --case}.
 */
final class FreshCases2 {

    private FreshCases2() {}

    static List<NeedleCase> all() {
        return List.of(nginxErrorLog(), kubectlEvents(), terraformPlan(), goTest(), gradleDependencies(), ssSockets(),
                ansibleRecap(), helmList(), mysqlSlowLog(), findListing());
    }

    /** nginx error.log: many client-closed notices, one upstream connect failure, one worker crash. */
    static NeedleCase nginxErrorLog() {
        Gen g = new Gen(40_001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 7, 0, 0), 2_000);
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", java.util.Locale.ROOT);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 2_200; i++) {
            String t = clock.next(f);
            String line;
            if (i == 911) {
                line = fmt("%s [error] 31#31: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: api.example.com, request: \"POST /v2/orders HTTP/1.1\", upstream: \"http://10.0.4.17:8080/v2/orders\", host: \"api.example.com\"",
                        t, 100_000 + i, g.ip());
                needles.add(Needle.exact(line));
            } else if (i == 1_777) {
                line = fmt("%s [alert] 1#1: worker process 31 exited on signal 9", t);
                needles.add(Needle.exact(line));
            } else {
                line = fmt("%s [info] %d#%d: *%d client %s closed keepalive connection", t, g.between(28, 35), g.between(28, 35), 100_000 + i, g.ip());
            }
            g.add(line);
        }
        return NeedleCase.named("fresh2_nginx_error_log", "log", "nginx-error")
                .shell("tail -n 2200 /var/log/nginx/error.log")
                .question("Why are some API calls failing?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** kubectl get events -A: 600 Normal events, one Warning BackOff and one FailedScheduling. */
    static NeedleCase kubectlEvents() {
        Gen g = new Gen(40_002);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAMESPACE", "LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"});
        for (int i = 0; i < 600; i++) {
            if (i == 333) {
                rows.add(new String[] {"payments", "2m", "Warning", "BackOff", "pod/ledger-6d9f7b8c4-x2x7q", "Back-off restarting failed container ledger in pod ledger-6d9f7b8c4-x2x7q"});
            } else if (i == 480) {
                rows.add(new String[] {"search", "40s", "Warning", "FailedScheduling", "pod/indexer-5c8d7f9b6-qk2lm", "0/12 nodes are available: 12 Insufficient memory."});
            } else {
                String pod = g.pick("api", "web", "worker", "cache") + "-" + g.hex(9) + "-" + g.alnum(5);
                String reason = g.pick("Scheduled", "Pulled", "Created", "Started");
                rows.add(new String[] {g.pick("default", "shop", "monitoring"), g.between(1, 59) + "m", "Normal", reason, "pod/" + pod,
                    reason.equals("Pulled") ? "Container image \"registry.example.com/app:4.2." + g.between(0, 9) + "\" already present on machine" : reason + " container app"});
            }
        }
        List<String> lines = Columns.render(rows, 3);
        return NeedleCase.named("fresh2_kubectl_events", "table", "kubectl-events")
                .shell("kubectl get events -A")
                .question("Anything wrong in the cluster?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(334)), Needle.exact(lines.get(481))));
    }

    /** terraform plan: 120 resources unchanged/updated in place, one to be destroyed and replaced. */
    static NeedleCase terraformPlan() {
        Gen g = new Gen(40_003);
        List<Needle> needles = new ArrayList<>();
        g.add("Terraform used the selected providers to generate the following execution plan. Resource actions are");
        g.add("indicated with the following symbols:");
        g.add("  ~ update in-place");
        g.add("-/+ destroy and then create replacement");
        g.add("");
        g.add("Terraform will perform the following actions:");
        g.add("");
        for (int r = 0; r < 120; r++) {
            if (r == 77) {
                String head = "  # aws_db_instance.orders must be replaced";
                g.add(head);
                g.add("-/+ resource \"aws_db_instance\" \"orders\" {");
                String force = "      ~ engine_version = \"15.4\" -> \"16.1\" # forces replacement";
                g.add(force);
                g.add("        id             = \"orders-prod\"");
                g.add("        # (41 unchanged attributes hidden)");
                g.add("    }");
                g.add("");
                needles.add(Needle.exact(head));
                needles.add(Needle.exact(force));
                continue;
            }
            String name = g.pick("web", "api", "worker", "cache") + "_" + r;
            g.add("  # aws_security_group_rule." + name + " will be updated in-place");
            g.add("  ~ resource \"aws_security_group_rule\" \"" + name + "\" {");
            g.add("      ~ description = \"" + g.alnum(6) + "\" -> \"" + g.alnum(6) + "\"");
            g.add("        id          = \"sgrule-" + g.between(100_000_000, 999_999_999) + "\"");
            g.add("        # (8 unchanged attributes hidden)");
            g.add("    }");
            g.add("");
        }
        String plan = "Plan: 1 to add, 119 to change, 1 to destroy.";
        g.add(plan);
        needles.add(Needle.exact(plan));
        return NeedleCase.named("fresh2_terraform_plan", "build", "terraform-plan")
                .shell("terraform plan -no-color")
                .question("Will this plan destroy anything?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** go test ./... -v: 400 passing tests, one failing with its file:line. */
    static NeedleCase goTest() {
        Gen g = new Gen(40_004);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String name = fmt("Test%s%s", g.pick("Parse", "Render", "Store", "Load", "Merge"), g.pick("Empty", "Large", "Unicode", "Nested", "Nil") + i);
            g.add("=== RUN   " + name);
            if (i == 271) {
                g.add("    ledger_test.go:142: balance mismatch: got 7, want 13");
                g.add("--- FAIL: " + name + " (0.00s)");
                needles.add(Needle.exact("    ledger_test.go:142: balance mismatch: got 7, want 13"));
                needles.add(Needle.exact("--- FAIL: " + name + " (0.00s)"));
            } else {
                g.add("--- PASS: " + name + " (0.0" + g.nextInt(10) + "s)");
            }
        }
        g.add("FAIL");
        String pkg = "FAIL\tgithub.com/acme/ledger\t0.412s";
        g.add(pkg);
        needles.add(Needle.exact(pkg));
        return NeedleCase.named("fresh2_go_test", "build", "go-test")
                .shell("go test ./... -v")
                .heldAside()
                .build(g.text(), needles);
    }

    /** gradle dependencies: a long tree; the question names one library. */
    static NeedleCase gradleDependencies() {
        Gen g = new Gen(40_005);
        List<Needle> needles = new ArrayList<>();
        g.add("> Task :app:dependencies");
        g.add("");
        g.add("runtimeClasspath - Runtime classpath of source set 'main'.");
        for (int d = 0; d < 220; d++) {
            String lib = fmt("org.lib%d:core-%s:%d.%d.%d", d, g.alnum(4), g.between(1, 9), g.between(0, 30), g.between(0, 9));
            g.add((d % 7 == 6 ? "\\--- " : "+--- ") + lib);
            if (d == 150) {
                String named = "|    \\--- com.google.protobuf:protobuf-java:3.25.3";
                g.add(named);
                needles.add(Needle.exact(named));
                continue;
            }
            for (int t = 0; t < g.between(0, 3); t++) {
                g.add("|    +--- org.dep" + g.between(1, 500) + ":util-" + g.alnum(3) + ":" + g.between(1, 5) + "." + g.between(0, 9) + " (*)");
            }
        }
        g.add("");
        g.add("(*) - Indicates repeated occurrences of a transitive dependency subtree.");
        return NeedleCase.named("fresh2_gradle_dependencies", "build", "gradle-dependencies")
                .shell("./gradlew :app:dependencies --configuration runtimeClasspath")
                .question("Which version of protobuf-java is on the runtime classpath?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** ss -tanp: 900 ESTAB sockets, one SYN-SENT to a database, one in CLOSE-WAIT. */
    static NeedleCase ssSockets() {
        Gen g = new Gen(40_006);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"State", "Recv-Q", "Send-Q", "Local Address:Port", "Peer Address:Port", "Process"});
        for (int i = 0; i < 900; i++) {
            String state = i == 404 ? "SYN-SENT" : i == 707 ? "CLOSE-WAIT" : "ESTAB";
            String peer = i == 404 ? "10.0.9.21:5432" : g.ip() + ":" + g.between(1024, 65535);
            rows.add(new String[] {state, "0", i == 707 ? "38" : "0", "10.0.1.5:" + (i == 404 ? g.between(30_000, 60_000) : 443), peer,
                "users:((\"java\",pid=" + (i == 404 ? 2211 : 1874) + ",fd=" + g.between(10, 900) + "))"});
        }
        List<String> lines = Columns.render(rows, 1);
        return NeedleCase.named("fresh2_ss_sockets", "table", "ss")
                .shell("ss -tanp")
                .question("Can the app reach the database at 10.0.9.21?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(405)), Needle.exact(lines.get(708))));
    }

    /** ansible-playbook: 80 hosts of ok/changed tasks, one unreachable host and one failed task. */
    static NeedleCase ansibleRecap() {
        Gen g = new Gen(40_007);
        List<Needle> needles = new ArrayList<>();
        String[] tasks = {"Gathering Facts", "install packages", "render config", "restart service"};
        for (String task : tasks) {
            g.add("");
            g.add("TASK [" + task + "] " + "*".repeat(60));
            for (int h = 0; h < 80; h++) {
                String host = fmt("web%02d.example.com", h);
                if (h == 41 && task.equals("Gathering Facts")) {
                    String line = "fatal: [web41.example.com]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Failed to connect to the host via ssh: ssh: connect to host web41.example.com port 22: No route to host\", \"unreachable\": true}";
                    g.add(line);
                    needles.add(Needle.exact(line));
                } else if (h == 41) {
                    continue;
                } else if (h == 63 && task.equals("render config")) {
                    String line = "fatal: [web63.example.com]: FAILED! => {\"changed\": false, \"msg\": \"AnsibleUndefinedVariable: 'db_password' is undefined\"}";
                    g.add(line);
                    needles.add(Needle.exact(line));
                } else if (h == 63 && task.equals("restart service")) {
                    continue;
                } else {
                    g.add((g.chance(0.3) ? "changed: [" : "ok: [") + host + "]");
                }
            }
        }
        g.add("");
        g.add("PLAY RECAP " + "*".repeat(60));
        for (int h = 0; h < 80; h++) {
            String line = fmt("web%02d.example.com         : ok=%d    changed=%d    unreachable=%d    failed=%d    skipped=0    rescued=0    ignored=0",
                    h, h == 41 ? 0 : h == 63 ? 2 : 4, h == 41 ? 0 : 1, h == 41 ? 1 : 0, h == 63 ? 1 : 0);
            g.add(line);
            if (h == 41 || h == 63) {
                needles.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("fresh2_ansible_recap", "build", "ansible")
                .shell("ansible-playbook site.yml")
                .heldAside()
                .build(g.text(), needles);
    }

    /** helm list -A: 150 deployed releases, one failed, one pending-upgrade. */
    static NeedleCase helmList() {
        Gen g = new Gen(40_008);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "NAMESPACE", "REVISION", "UPDATED", "STATUS", "CHART", "APP VERSION"});
        for (int i = 0; i < 150; i++) {
            String status = i == 22 ? "failed" : i == 99 ? "pending-upgrade" : "deployed";
            rows.add(new String[] {g.pick("api", "web", "worker", "redis", "kafka") + "-" + i, g.pick("prod", "staging", "tools"), String.valueOf(g.between(1, 40)),
                fmt("2026-12-%02d %02d:%02d:%02d.%06d +0000 UTC", g.between(1, 6), g.nextInt(24), g.nextInt(60), g.nextInt(60), g.nextInt(1_000_000)), status,
                g.pick("app", "redis", "kafka") + "-" + g.between(1, 20) + "." + g.between(0, 9) + ".0", g.between(1, 9) + "." + g.between(0, 20)});
        }
        List<String> lines = Columns.render(rows, 1);
        return NeedleCase.named("fresh2_helm_list", "table", "helm-list")
                .shell("helm list -A")
                .question("Did any release fail to deploy?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(23)), Needle.exact(lines.get(100))));
    }

    /** MySQL slow query log: many 1–2 s selects, one 48 s query on a table the question names. */
    static NeedleCase mysqlSlowLog() {
        Gen g = new Gen(40_009);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 2, 0, 0), 20_000);
        List<Needle> needles = new ArrayList<>();
        for (int q = 0; q < 400; q++) {
            g.add("# Time: " + clock.next(Stamps.JSON));
            g.add("# User@Host: app[app] @  [10.0.2." + g.between(2, 250) + "]  Id: " + g.between(1000, 99999));
            boolean slow = q == 288;
            String stats = fmt("# Query_time: %s  Lock_time: 0.000%03d Rows_sent: %d  Rows_examined: %d",
                    slow ? "48.221904" : fmt("%d.%06d", g.between(1, 2), g.nextInt(1_000_000)), g.nextInt(1000), g.between(1, 50),
                    slow ? 91_422_118 : g.between(1_000, 90_000));
            g.add(stats);
            g.add("SET timestamp=" + (1_796_000_000 + q * 60) + ";");
            String sql = slow ? "SELECT * FROM invoice_lines WHERE customer_note LIKE '%refund%';"
                    : "SELECT id, status FROM orders WHERE customer_id = " + g.between(1, 999_999) + ";";
            g.add(sql);
            if (slow) {
                needles.add(Needle.exact(stats));
                needles.add(Needle.exact(sql));
            }
        }
        return NeedleCase.named("fresh2_mysql_slow_log", "log", "mysql-slow")
                .shell("tail -n 2000 /var/log/mysql/mysql-slow.log")
                .question("What made the invoice_lines queries slow last night?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** find . -name '*.yaml': 1,500 paths; the question names one file by base name. */
    static NeedleCase findListing() {
        Gen g = new Gen(40_010);
        List<String> named = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            String path = i == 1_042 ? "./deploy/overlays/prod/ingress-canary.yaml"
                    : fmt("./%s/%s/%s-%d.yaml", g.pick("deploy", "charts", "config"), g.pick("base", "overlays/dev", "overlays/prod", "templates"),
                    g.pick("deployment", "service", "configmap", "hpa", "ingress"), i);
            g.add(path);
            if (path.endsWith("ingress-canary.yaml")) {
                named.add(path);
            }
        }
        return NeedleCase.named("fresh2_find_yaml", "listing", "find")
                .shell("find . -name '*.yaml'")
                .question("Where is ingress-canary.yaml?")
                .heldAside()
                .build(g.text(), List.of(Needle.anyOf(named)));
    }
}
