package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tuning cases added on 2026-12-06 (session 4), needles written before any output was looked at: the question
 * names something (an id carried by several records, a row key, a file by base name, a commit by topic, a
 * dependency named only by a warning) in formats where that is easy to lose.
 */
final class QuestionCases {

    private QuestionCases() {}

    static List<NeedleCase> all() {
        return List.of(jsonlSessionId(), logfmtRequestId(), csvNamedSku(), semicolonCsvNamedCustomer(), diffNamedByBaseName(),
                gitLogNamedTopic(), gitLogStatNamedFile(), albAccessLog());
    }

    /** JSON Lines audit events; the question names a session id carried by four records spread over the output. */
    static NeedleCase jsonlSessionId() {
        Gen g = new Gen(30_001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 9, 0, 0), 600);
        List<Needle> needles = new ArrayList<>();
        String sid = "sess_0d41e2b7c9";
        String[] events = {"login", "change_email", "export_data", "logout"};
        int[] at = {240, 901, 1_577, 2_660};
        int k = 0;
        for (int i = 0; i < 2_800; i++) {
            String t = clock.next(Stamps.JSON);
            if (k < at.length && i == at[k]) {
                String line = fmt("{\"at\":\"%s\",\"actor\":\"u_88120\",\"session\":\"%s\",\"action\":\"%s\",\"ip\":\"%s\",\"result\":\"ok\"}", t, sid, events[k], "81.2.69.160");
                g.add(line);
                needles.add(Needle.exact(line));
                k++;
                continue;
            }
            g.add(fmt("{\"at\":\"%s\",\"actor\":\"u_%d\",\"session\":\"sess_%s\",\"action\":\"%s\",\"ip\":\"%s\",\"result\":\"ok\"}", t, g.between(10_000, 99_999),
                    g.hex(10), g.pick("login", "view_invoice", "update_profile", "logout", "view_dashboard"), g.ip()));
        }
        return NeedleCase.named("jsonl_audit_session", "jsonl", "jsonl")
                .tool("audit_events", "{\"tenant\":\"acme\",\"day\":\"2026-12-06\"}")
                .question("What did session sess_0d41e2b7c9 do?")
                .build(g.text(), needles);
    }

    /** logfmt application log; the question names a request id on three lines; one level=error line elsewhere. */
    static NeedleCase logfmtRequestId() {
        Gen g = new Gen(30_002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 11, 0, 0), 300);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String t = clock.nextIso();
            String line;
            if (i == 700) {
                line = fmt("time=%s level=info msg=\"request started\" request_id=01HF3XK9QZ method=POST path=/v1/transfers", t);
            } else if (i == 703) {
                line = fmt("time=%s level=warn msg=\"ledger slow\" request_id=01HF3XK9QZ elapsed=2.8s", t);
            } else if (i == 706) {
                line = fmt("time=%s level=info msg=\"request finished\" request_id=01HF3XK9QZ status=409 elapsed=3.1s", t);
            } else if (i == 2_450) {
                line = fmt("time=%s level=error msg=\"webhook delivery failed\" endpoint=https://hooks.partner.example/ledger attempts=5 err=\"context deadline exceeded\"", t);
            } else {
                String rid = "01HF" + g.alnum(6).toUpperCase();
                line = g.chance(0.5)
                        ? fmt("time=%s level=info msg=\"request started\" request_id=%s method=%s path=/v1/%s", t, rid, g.pick("GET", "POST"), g.pick("accounts", "transfers", "balances"))
                        : fmt("time=%s level=info msg=\"request finished\" request_id=%s status=%d elapsed=%dms", t, rid, g.pick(200, 200, 201), g.between(2, 400));
            }
            g.add(line);
            if (i == 700 || i == 703 || i == 706 || i == 2_450) {
                needles.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("logfmt_request_id", "log", "logfmt")
                .shell("kubectl logs deploy/ledger --since=1h")
                .question("Request 01HF3XK9QZ returned a conflict, why?")
                .build(g.text(), needles);
    }

    /** Inventory CSV; the question names a SKU; one row has the rare state discontinued. */
    static NeedleCase csvNamedSku() {
        Gen g = new Gen(30_003);
        List<String> lines = new ArrayList<>();
        lines.add("sku,name,warehouse,on_hand,reserved,state");
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 3_500; i++) {
            String sku = fmt("SKU-%05d", 10_000 + i * 3);
            String state = i == 2_900 ? "discontinued" : "active";
            String line = fmt("%s,%s %s,%s,%d,%d,%s", sku, g.pick("Oak", "Pine", "Steel", "Glass"), g.pick("shelf", "desk", "lamp", "chair", "frame"),
                    g.pick("BER-1", "HAM-2", "MUC-1"), g.between(0, 900), g.between(0, 40), state);
            lines.add(line);
            if (i == 2_900 || i == 1_234) {
                needles.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("csv_inventory_named_sku", "csv", "csv")
                .tool("read_file", "{\"path\":\"inventory.csv\"}")
                .question("How many SKU-13702 do we have on hand?")
                .build(String.join("\n", lines) + "\n", needles);
    }

    /** A semicolon-separated export (European Excel style); the question names a customer by name. */
    static NeedleCase semicolonCsvNamedCustomer() {
        Gen g = new Gen(30_004);
        List<String> lines = new ArrayList<>();
        lines.add("Kundennummer;Name;Ort;Umsatz;Status");
        List<Needle> needles = new ArrayList<>();
        String[] first = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannes"};
        String[] last = {"Schulz", "Wagner", "Becker", "Hoffmann", "Koch", "Richter", "Klein", "Wolf"};
        for (int i = 0; i < 2_600; i++) {
            String name = i == 1_818 ? "Yvonne Przybylski" : g.pick(first) + " " + g.pick(last);
            String line = fmt("K%06d;%s;%s;%d,%02d;%s", 200_000 + i, name, g.pick("Berlin", "Hamburg", "Köln", "Leipzig"), g.between(10, 90_000), g.nextInt(100),
                    i == 444 ? "gesperrt" : "aktiv");
            lines.add(line);
            if (i == 1_818 || i == 444) {
                needles.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("csv_semicolon_named_customer", "csv", "csv-semicolon")
                .tool("read_file", "{\"path\":\"kunden.csv\"}")
                .question("What is the revenue of Yvonne Przybylski?")
                .build(String.join("\n", lines) + "\n", needles);
    }

    /** A git diff over 36 files; the question names one by its base name only. */
    static NeedleCase diffNamedByBaseName() {
        Gen g = new Gen(30_005);
        List<Needle> needles = new ArrayList<>();
        for (int f = 0; f < 36; f++) {
            String path = f == 29 ? "src/main/java/com/acme/pay/PaymentRetryPolicy.java"
                    : fmt("src/main/java/com/acme/%s/%s%d.java", g.pick("pay", "orders", "web"), g.pick("Handler", "Mapper", "Service"), f);
            g.add("diff --git a/" + path + " b/" + path);
            g.add("index " + g.hex(7) + ".." + g.hex(7) + " 100644");
            g.add("--- a/" + path);
            g.add("+++ b/" + path);
            if (f == 29) {
                needles.add(Needle.exact("+++ b/" + path));
            }
            for (int h = 0; h < 5; h++) {
                int start = 20 + h * 50 + g.nextInt(20);
                g.add(fmt("@@ -%d,6 +%d,6 @@ public class %s {", start, start, path.substring(path.lastIndexOf('/') + 1, path.length() - 5)));
                g.add("         " + g.pick("int", "var", "long") + " " + g.alnum(5) + " = " + g.between(1, 99) + ";");
                g.add("         log.debug(\"" + g.alnum(8) + "\");");
                if (f == 29 && h == 2) {
                    g.add("-    private static final int MAX_ATTEMPTS = 5;");
                    g.add("+    private static final int MAX_ATTEMPTS = 3;");
                    needles.add(Needle.exact("+    private static final int MAX_ATTEMPTS = 3;"));
                } else {
                    g.add("-        return " + g.alnum(6) + "(request);");
                    g.add("+        return " + g.alnum(6) + "(request, context);");
                }
                g.add("     }");
                g.add("");
            }
        }
        return NeedleCase.named("git_diff_named_basename", "diff", "git-diff")
                .shell("git diff main...feature/retries")
                .question("Did the branch change the retry limit in PaymentRetryPolicy?")
                .build(g.text(), needles);
    }

    /** Plain git log of 300 commits; the question names a commit by its topic, in other words than the subject. */
    static NeedleCase gitLogNamedTopic() {
        Gen g = new Gen(30_006);
        Stamps clock = new Stamps(g, LocalDateTime.of(2025, 1, 6, 9, 0, 0), 30_000_000);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);
        List<Needle> needles = new ArrayList<>();
        String[] verbs = {"Fix", "Add", "Refactor", "Update", "Remove", "Tidy"};
        String[] topics = {"typo in docs", "flaky test", "dependency versions", "error message", "build script", "changelog", "lint warnings"};
        for (int c = 0; c < 300; c++) {
            String sha = g.hex(40);
            g.add("commit " + sha);
            g.add("Author: " + g.pick("Ana Ruiz <ana@example.com>", "Tom Berg <tom@example.com>", "Li Wei <li@example.com>"));
            g.add("Date:   " + clock.next(date) + " +0100");
            g.add("");
            String subject = c == 207 ? "Drop support for Python 3.8" : g.pick(verbs) + " " + g.pick(topics);
            g.add("    " + subject);
            if (g.chance(0.3) || c == 207) {
                g.add("");
                g.add("    " + (c == 207 ? "Python 3.8 reached end of life; the minimum is now 3.9." : "See the issue tracker for details."));
            }
            g.add("");
            if (c == 207) {
                needles.add(Needle.exact("commit " + sha));
                needles.add(Needle.exact("    " + subject));
            }
        }
        return NeedleCase.named("git_log_dropped_python", "diff", "git-log")
                .shell("git log -n 300")
                .question("When did we drop Python 3.8?")
                .build(g.text(), needles);
    }

    /** git log --stat of 200 commits; the question names a file that two commits touched. */
    static NeedleCase gitLogStatNamedFile() {
        Gen g = new Gen(30_007);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 2, 1, 9, 0, 0), 30_000_000);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);
        List<Needle> needles = new ArrayList<>();
        for (int c = 0; c < 200; c++) {
            String sha = g.hex(40);
            g.add("commit " + sha);
            g.add("Author: " + g.pick("Ana Ruiz <ana@example.com>", "Tom Berg <tom@example.com>"));
            g.add("Date:   " + clock.next(date) + " +0100");
            g.add("");
            boolean named = c == 44 || c == 171;
            String subject = named ? (c == 44 ? "Cache compiled templates" : "Evict template cache on reload") : g.pick("Fix", "Add", "Update") + " " + g.pick("routes", "styles", "tests", "docs");
            g.add("    " + subject);
            g.add("");
            int files = g.between(1, 3);
            for (int f = 0; f < files; f++) {
                g.add(fmt(" src/%s/%s.go | %2d %s", g.pick("web", "store", "cli"), g.alnum(6), g.between(1, 40), "+".repeat(g.between(1, 6))));
            }
            if (named) {
                String stat = fmt(" internal/render/template_cache.go | %2d +++++---", c == 44 ? 38 : 12);
                g.add(stat);
                needles.add(Needle.exact("commit " + sha));
                needles.add(Needle.exact(stat));
            }
            g.add(fmt(" %d files changed, %d insertions(+), %d deletions(-)", files + (named ? 1 : 0), g.between(1, 80), g.between(0, 30)));
            g.add("");
        }
        return NeedleCase.named("git_log_stat_template_cache", "diff", "git-log-stat")
                .shell("git log --stat -n 200")
                .question("Which commits touched template_cache.go?")
                .build(g.text(), needles);
    }

    /**
     * An AWS ALB access log: the status codes are bare numeric fields before the quoted request, not after
     * it; one 502 and one 504 among 3,000 lines (rare values of a low-cardinality field).
     */
    static NeedleCase albAccessLog() {
        Gen g = new Gen(30_008);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 10, 0, 0), 200);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String t = clock.next(Stamps.JSON);
            int elb = i == 1_234 ? 502 : i == 2_345 ? 504 : g.pick(200, 200, 200, 200, 304, 404);
            String target = elb == 502 || elb == 504 ? "-" : String.valueOf(elb);
            String line = fmt("https %s app/shop-prod/50dc6c495c0c9188 %s:%d 10.0.%d.%d:8080 0.000 %s 0.000 %d %s %d %d \"GET https://shop.example.com:443/%s HTTP/1.1\" \"Mozilla/5.0\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop/73e2d6bc24d8a067 \"Root=1-%s-%s\"",
                    t, g.ip(), g.between(1024, 65535), g.nextInt(4), g.between(2, 250), elb >= 500 ? "-1" : fmt("0.%03d", g.between(1, 900)), elb, target,
                    g.between(200, 900), g.between(300, 40_000), g.pick("", "cart", "product/" + g.between(1, 999), "search?q=" + g.alnum(5)), g.hex(8), g.hex(24));
            g.add(line);
            if (elb >= 500) {
                needles.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("alb_access_5xx", "log", "aws-alb")
                .tool("s3_get_object", "{\"bucket\":\"shop-alb-logs\",\"key\":\"2026/12/06/1000.log\"}")
                .question("Did the load balancer return any errors?")
                .build(g.text(), needles);
    }
}
