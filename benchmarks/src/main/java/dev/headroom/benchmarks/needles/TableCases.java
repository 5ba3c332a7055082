package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.util.ArrayList;
import java.util.List;

/** Generated tables: kubectl get pods / nodes, docker ps, a psql result. */
final class TableCases {

    private TableCases() {}

    private static final String[] NS = {"default", "payments", "search", "monitoring", "checkout", "identity", "data", "ingress"};
    private static final String[] APPS = {"api", "worker", "web", "indexer", "gateway", "scheduler", "exporter", "consumer", "cache", "auth"};

    private static String age(Gen g) {
        return g.pick(g.between(2, 59) + "m", g.between(1, 23) + "h", g.between(1, 90) + "d", g.between(1, 30) + "d");
    }

    /** kubectl get pods -A: 800 rows, one CrashLoopBackOff, one Running pod with 47 restarts. */
    static NeedleCase kubectlPods() {
        Gen g = new Gen(6001);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE"});
        int crash = 517;
        int restarts = 233;
        for (int i = 0; i < 800; i++) {
            String ns = g.pick(NS);
            String name = g.pick(APPS) + "-" + g.hex(9) + "-" + g.alnum(5);
            if (i == crash) {
                rows.add(new String[] {"payments", "ledger-6d9f7b8c4-x2x7q", "0/1", "CrashLoopBackOff", "12 (2m14s ago)", "41m"});
            } else if (i == restarts) {
                rows.add(new String[] {"search", "indexer-5c8d7f9b6-qk2lm", "1/1", "Running", "47 (9m ago)", "6d"});
            } else {
                String ready = g.chance(0.2) ? "2/2" : "1/1";
                rows.add(new String[] {ns, name, ready, "Running", g.chance(0.85) ? "0" : g.between(1, 3) + " (" + g.between(2, 20) + "d ago)", age(g)});
            }
        }
        List<String> lines = Columns.render(rows, 3);
        String text = String.join("\n", lines) + "\n";
        return NeedleCase.named("kubectl_get_pods_800", "table", "kubectl")
                .shell("kubectl get pods -A")
                .question("Is anything unhealthy in the cluster?")
                .build(text, List.of(Needle.exact(lines.get(crash + 1)), Needle.exact(lines.get(restarts + 1))));
    }

    /** kubectl get nodes -o wide: 300 nodes, one NotReady, one SchedulingDisabled. */
    static NeedleCase kubectlNodes() {
        Gen g = new Gen(6002);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "STATUS", "ROLES", "AGE", "VERSION", "INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"});
        for (int i = 0; i < 300; i++) {
            String ip = "10.0." + (i / 200 + 1) + "." + (i % 200 + 10);
            String status = i == 188 ? "NotReady" : i == 41 ? "Ready,SchedulingDisabled" : "Ready";
            rows.add(new String[] {"ip-" + ip.replace('.', '-'), status, i < 3 ? "control-plane" : "<none>", g.between(20, 200) + "d",
                "v1.31." + (i == 188 ? 2 : 4), ip, "<none>", "Ubuntu 22.04.5 LTS", "6.8.0-1019-aws", "containerd://1.7.22"});
        }
        List<String> lines = Columns.render(rows, 3);
        return NeedleCase.named("kubectl_get_nodes_notready", "table", "kubectl")
                .shell("kubectl get nodes -o wide")
                .question("Are all nodes ready?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(189)), Needle.exact(lines.get(42))));
    }

    /** docker ps -a: 400 containers, one Exited (137), one Restarting. */
    static NeedleCase dockerPs() {
        Gen g = new Gen(6003);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"});
        for (int i = 0; i < 400; i++) {
            String app = g.pick(APPS);
            String image = "registry.example.com/" + app + ":" + g.between(1, 4) + "." + g.between(0, 20) + "." + g.between(0, 9);
            String cmd = "\"" + g.pick("/docker-entrypoint.sh", "java -jar /app.jar", "python -m app", "/usr/local/bin/run") + "…\"";
            String created = g.between(2, 30) + " " + g.pick("hours", "days") + " ago";
            String status;
            if (i == 287) {
                status = "Exited (137) 14 minutes ago";
            } else if (i == 93) {
                status = "Restarting (1) 8 seconds ago";
            } else {
                status = "Up " + g.between(2, 30) + " " + g.pick("hours", "days") + (g.chance(0.3) ? " (healthy)" : "");
            }
            String ports = g.chance(0.5) ? "0.0.0.0:" + (8000 + i) + "->8080/tcp, [::]:" + (8000 + i) + "->8080/tcp" : "";
            rows.add(new String[] {g.hex(12), image, cmd, created, status, ports, app + "-" + i});
        }
        List<String> lines = Columns.render(rows, 3);
        return NeedleCase.named("docker_ps_exited_137", "table", "docker-ps")
                .shell("docker ps -a")
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(288)), Needle.exact(lines.get(94))));
    }

    /** psql: 1,500 account balances, one NULL owner, one negative balance; the question names an account. */
    static NeedleCase psqlAccounts() {
        Gen g = new Gen(6004);
        List<String> lines = new ArrayList<>();
        lines.add("  id   |    owner_email             | currency |   balance   |     updated_at      | status");
        lines.add("-------+----------------------------+----------+-------------+---------------------+--------");
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            int id = 10_000 + i * 3;
            String email = g.pick("anna", "bo", "chen", "dara", "eli", "femi", "gus", "hana", "ivan", "june") + "." + g.alnum(4) + "@example.com";
            String balance = fmt("%9d.%02d", g.between(0, 250_000), g.nextInt(100));
            String status = "active";
            if (i == 402) {
                email = "";
            }
            if (i == 1_111) {
                balance = fmt("%12s", "-48213.07");
            }
            String line = fmt(" %5d | %-26s | %-8s | %11s | 2026-12-%02d %02d:%02d:%02d | %s", id, email, g.pick("EUR", "EUR", "USD", "GBP"), balance.trim(),
                    g.between(1, 6), g.nextInt(24), g.nextInt(60), g.nextInt(60), status);
            lines.add(line);
            if (i == 402 || i == 1_111 || id == 12_013) {
                needles.add(Needle.exact(line));
            }
        }
        lines.add("(1500 rows)");
        lines.add("");
        return NeedleCase.named("psql_accounts_outliers", "table", "psql")
                .tool("sql_query", "{\"sql\":\"SELECT id, owner_email, currency, balance, updated_at, status FROM accounts ORDER BY id\"}")
                .question("Check account 12013 and tell me if any balances look wrong.")
                .build(String.join("\n", lines), needles);
    }
}
