package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Tuning cases added on 2026-12-07 (session 5) after the fifth held-aside batch was run, needle rules written
 * before any output was looked at; they are of the problem classes that batch's summary rows pointed at (a table
 * whose abnormal row is a number far above the rest, JSON records whose failure sits in nested status fields, a
 * scanner's report of prose-like findings), in formats none of the held-aside cases has: {@code kubectl top pods},
 * a {@code pg_stat_user_tables} query, a GCP audit-log export, bandit's text report, yamllint's default report (a
 * linter whose file-heading layout reads as prose line by line).
 */
final class ClassCases {

    private ClassCases() {}

    static List<NeedleCase> all() {
        return List.of(kubectlTopPods(), pgStatTables(), gcpAuditJson(), banditReport(), yamllintReport(), rabbitQueues(), oktaSystemLog());
    }

    /** kubectl top pods -A: 700 pods of 5–400 Mi, one using 31 Gi. */
    static NeedleCase kubectlTopPods() {
        Gen g = new Gen(70_001);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAMESPACE", "NAME", "CPU(cores)", "MEMORY(bytes)"});
        int hog = 511;
        for (int i = 0; i < 700; i++) {
            String pod = g.pick("api", "web", "worker", "cache", "search") + "-" + g.hex(9) + "-" + g.alnum(5);
            if (i == hog) {
                rows.add(new String[] {"analytics", "report-builder-7f9c6d5b8-q2wzt", "1840m", "31744Mi"});
            } else {
                rows.add(new String[] {g.pick("default", "shop", "monitoring", "payments"), pod, g.between(1, 250) + "m", g.between(5, 400) + "Mi"});
            }
        }
        List<String> lines = Columns.render(rows, 3);
        return NeedleCase.named("class_kubectl_top_pods", "table", "kubectl-top")
                .shell("kubectl top pods -A")
                .question("Which pod is using the most memory?")
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(hog + 1))));
    }

    /** psql: pg_stat_user_tables of 500 tables; one with 48 million dead tuples. */
    static NeedleCase pgStatTables() {
        Gen g = new Gen(70_002);
        List<String> lines = new ArrayList<>();
        lines.add("     relname      | n_live_tup | n_dead_tup |    last_autovacuum");
        lines.add("------------------+------------+------------+------------------------");
        int bloated = 377;
        for (int i = 0; i < 500; i++) {
            String name = i == bloated ? "cart_events" : g.pick("orders", "items", "events", "sessions", "invoices", "audit") + "_" + g.alnum(4);
            String dead = i == bloated ? "48211093" : String.valueOf(g.between(0, 9_000));
            lines.add(fmt(" %-16s | %10d | %10s | 2026-12-0%d %02d:%02d:%02d+00", name, g.between(1_000, 9_000_000), dead,
                    g.between(1, 6), g.between(0, 23), g.between(0, 59), g.between(0, 59)));
        }
        lines.add("(500 rows)");
        return NeedleCase.named("class_pg_stat_tables", "table", "psql-stat")
                .shell("psql -c 'select relname, n_live_tup, n_dead_tup, last_autovacuum from pg_stat_user_tables'")
                .question("Which table needs a vacuum?")
                .build(String.join("\n", lines) + "\n", List.of(Needle.contains("cart_events"), Needle.contains("48211093")));
    }

    /** A GCP audit-log export (JSON array): 800 successful calls, one denied with a nested status. */
    static NeedleCase gcpAuditJson() {
        Gen g = new Gen(70_003);
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 800; i++) {
            boolean denied = i == 602;
            String principal = denied ? "ci-deployer@shop-prod.iam.gserviceaccount.com" : g.pick("alice", "bob", "carol", "dan") + "@example.com";
            sb.append("  {\n");
            sb.append(fmt("    \"insertId\": \"%s\",\n", g.alnum(12)));
            sb.append("    \"logName\": \"projects/shop-prod/logs/cloudaudit.googleapis.com%2Factivity\",\n");
            sb.append("    \"protoPayload\": {\n");
            sb.append("      \"@type\": \"type.googleapis.com/google.cloud.audit.AuditLog\",\n");
            if (denied) {
                sb.append("      \"status\": {\n        \"code\": 7,\n        \"message\": \"Permission 'storage.buckets.setIamPolicy' denied on resource (or it may not exist).\"\n      },\n");
            } else {
                sb.append("      \"status\": {},\n");
            }
            sb.append(fmt("      \"authenticationInfo\": {\"principalEmail\": \"%s\"},\n", principal));
            sb.append(fmt("      \"methodName\": \"%s\",\n", denied ? "storage.setIamPermissions" : g.pick("storage.objects.get", "storage.objects.create", "compute.instances.list")));
            sb.append(fmt("      \"resourceName\": \"projects/_/buckets/%s\"\n", denied ? "shop-prod-backups" : "shop-" + g.pick("assets", "uploads", "logs")));
            sb.append("    },\n");
            sb.append(fmt("    \"timestamp\": \"2026-12-07T%02d:%02d:%02d.%03dZ\",\n", g.between(0, 23), g.between(0, 59), g.between(0, 59), g.between(0, 999)));
            sb.append(fmt("    \"severity\": \"%s\"\n", denied ? "ERROR" : "NOTICE"));
            sb.append(i == 799 ? "  }\n" : "  },\n");
        }
        sb.append("]\n");
        return NeedleCase.named("class_gcp_audit_json", "json", "gcp-audit-json")
                .tool("gcloud_logging_read", "{\"filter\":\"logName:cloudaudit\",\"limit\":800}")
                .question("Was anything denied?")
                .build(sb.toString(), List.of(
                        // values only: a compressor may re-format JSON
                        Needle.contains("storage.buckets.setIamPolicy"),
                        Needle.contains("ci-deployer@shop-prod.iam.gserviceaccount.com"),
                        Needle.contains("shop-prod-backups")));
    }

    /** bandit's text report: 300 low-severity findings, one high-severity one. */
    static NeedleCase banditReport() {
        Gen g = new Gen(70_004);
        List<Needle> needles = new ArrayList<>();
        g.add("Run started:2026-12-07 02:40:11.402918");
        g.add("");
        g.add("Test results:");
        for (int i = 0; i < 300; i++) {
            boolean high = i == 244;
            String file = high ? "./shop/payments/webhook.py" : fmt("./shop/%s/%s.py", g.pick("orders", "catalog", "users", "search"), g.pick("views", "models", "tasks", "forms"));
            int line = g.between(5, 400);
            if (high) {
                String issue = ">> Issue: [B602:subprocess_popen_with_shell_equals_true] subprocess call with shell=True identified, security issue.";
                g.add(issue);
                g.add("   Severity: High   Confidence: High");
                needles.add(Needle.exact(issue));
                needles.add(Needle.exact("   Location: " + file + ":" + line + ":8"));
            } else {
                g.add(g.pick(">> Issue: [B101:assert_used] Use of assert detected. The enclosed code will be removed when compiling to optimised byte code.",
                        ">> Issue: [B311:blacklist] Standard pseudo-random generators are not suitable for security/cryptographic purposes.",
                        ">> Issue: [B105:hardcoded_password_string] Possible hardcoded password: 'changeme'"));
                g.add("   Severity: Low   Confidence: " + g.pick("High", "Medium"));
            }
            g.add("   CWE: CWE-" + g.pick("703", "330", "259", "78") + " (https://cwe.mitre.org/data/definitions/" + g.between(70, 800) + ".html)");
            g.add("   Location: " + file + ":" + line + ":8");
            g.add("   More Info: https://bandit.readthedocs.io/en/1.8.0/plugins/b" + g.between(100, 700) + ".html");
            g.add(fmt("%d\t    %s", line - 1, g.pick("payload = request.json()", "total = sum(items)", "user = get_user(uid)")));
            g.add(fmt("%d\t    %s", line, high ? "subprocess.Popen(f\"curl {url}\", shell=True)" : g.pick("assert total >= 0", "token = random.random()", "password = 'changeme'")));
            g.add(fmt("%d\t", line + 1));
            g.add("");
            g.add("--------------------------------------------------");
        }
        g.add("");
        g.add("Code scanned:");
        g.add("\tTotal lines of code: 48211");
        g.add("Run metrics:");
        g.add("\tTotal issues (by severity):");
        g.add("\t\tLow: 299");
        g.add("\t\tHigh: 1");
        return NeedleCase.named("class_bandit_report", "build", "bandit")
                .shell("bandit -r shop")
                .question("Is there anything serious in the security scan?")
                .build(g.text(), needles);
    }

    /** yamllint's default report over 250 files: hundreds of warnings, one syntax error; the question names a file. */
    static NeedleCase yamllintReport() {
        Gen g = new Gen(70_005);
        List<Needle> needles = new ArrayList<>();
        for (int f = 0; f < 250; f++) {
            String file = f == 166 ? "deploy/helm/checkout/values-prod.yaml" : fmt("deploy/%s/%s-%s.yaml", g.pick("k8s", "helm", "ansible"), g.pick("service", "ingress", "config", "job"), g.alnum(4));
            g.add(file);
            int problems = g.between(2, 9);
            for (int k = 0; k < problems; k++) {
                int line = 1 + k * 13 + g.between(0, 12);
                String text;
                if (f == 91 && k == 1) {
                    text = fmt("  %d:%d      error    syntax error: mapping values are not allowed here (syntax)", line, 14);
                    needles.add(Needle.exact(text));
                } else if (f == 166 && k == 0) {
                    text = fmt("  %d:%d      warning  truthy value should be one of [false, true]  (truthy)", line, 12);
                    needles.add(Needle.exact(text));
                } else {
                    text = fmt("  %d:%d      warning  %s", line, g.between(1, 90), g.pick(
                            "line too long (" + g.between(81, 140) + " > 80 characters)  (line-length)",
                            "missing document start \"---\"  (document-start)",
                            "wrong indentation: expected " + g.pick("2", "4") + " but found " + g.pick("3", "6") + "  (indentation)",
                            "too many spaces inside braces  (braces)",
                            "trailing spaces  (trailing-spaces)"));
                }
                g.add(text);
            }
            g.add("");
        }
        return NeedleCase.named("class_yamllint_report", "build", "yamllint")
                .shell("yamllint deploy/")
                .question("Any errors? And what is wrong in deploy/helm/checkout/values-prod.yaml?")
                .build(g.text(), needles);
    }

    /** rabbitmqctl list_queues (tab-separated, no header rule): 900 queues with a few messages, one backed up. */
    static NeedleCase rabbitQueues() {
        Gen g = new Gen(70_006);
        List<Needle> needles = new ArrayList<>();
        g.add("Timeout: 60.0 seconds ...");
        g.add("Listing queues for vhost / ...");
        g.add("name\tmessages\tconsumers\tmessage_bytes");
        for (int i = 0; i < 900; i++) {
            String line;
            if (i == 640) {
                line = "orders.refunds.dlq\t2418830\t0\t1934112768";
                needles.add(Needle.exact(line));
            } else {
                line = fmt("%s.%s.%s\t%d\t%d\t%d", g.pick("orders", "billing", "search", "mail"), g.pick("created", "updated", "sync", "notify"),
                        g.alnum(5), g.between(0, 40), g.between(1, 8), g.between(0, 90_000));
            }
            g.add(line);
        }
        return NeedleCase.named("class_rabbit_queues", "table", "rabbitmqctl")
                .shell("rabbitmqctl list_queues name messages consumers message_bytes")
                .question("Is any queue backing up?")
                .build(g.text(), needles);
    }

    /** Okta System Log export (JSON array): 900 successful sign-ins, one failure with its reason nested in "outcome". */
    static NeedleCase oktaSystemLog() {
        Gen g = new Gen(70_007);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 900; i++) {
            boolean failed = i == 333;
            sb.append(i == 0 ? "" : ",").append("{\"uuid\":\"").append(g.hex(8)).append('-').append(g.hex(4)).append("\",")
                    .append("\"published\":\"2026-12-07T").append(fmt("%02d:%02d:%02d.%03dZ", g.between(0, 23), g.between(0, 59), g.between(0, 59), g.between(0, 999))).append("\",")
                    .append("\"eventType\":\"user.session.start\",")
                    .append("\"actor\":{\"alternateId\":\"").append(failed ? "svc-payroll-sync@example.com" : g.pick("ana", "ben", "cyd", "dev") + g.between(1, 99) + "@example.com").append("\",\"type\":\"User\"},")
                    .append("\"client\":{\"ipAddress\":\"").append(g.ip()).append("\",\"userAgent\":{\"browser\":\"").append(g.pick("CHROME", "FIREFOX", "SAFARI")).append("\"}},")
                    .append("\"outcome\":{\"result\":\"").append(failed ? "FAILURE" : "SUCCESS").append("\",\"reason\":")
                    .append(failed ? "\"INVALID_CREDENTIALS\"" : "null").append("},")
                    .append("\"severity\":\"").append(failed ? "WARN" : "INFO").append("\"}");
        }
        sb.append("]\n");
        return NeedleCase.named("class_okta_system_log", "json", "okta-syslog-json")
                .tool("okta_logs", "{\"since\":\"2026-12-07T00:00:00Z\",\"filter\":\"eventType eq \\\"user.session.start\\\"\"}")
                .question("Did any sign-in fail?")
                .build(sb.toString(), List.of(Needle.contains("svc-payroll-sync@example.com"), Needle.contains("INVALID_CREDENTIALS")));
    }
}
