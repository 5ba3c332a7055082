package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The second held-aside batch ({@code fresh_*}), written on 2026-12-06 (session 4) with its needle rules, before
 * any compressor change of that session and before any of its outputs was looked at. Formats none of the
 * first 54 cases has (HAProxy, PostgreSQL, Redis, kern.log, npm, cargo, Jest, systemctl, df, OpenTelemetry
 * JSON Lines, ...), plus fresh instances of the phenomena the first held-aside batch missed (an id named by
 * the question in JSON Lines and CSV, a commit named by topic). Never tuned on: the bench reports them as
 * their own set and {@code --case} refuses them.
 */
final class FreshCases {

    private FreshCases() {}

    static List<NeedleCase> all() {
        return List.of(haproxy503(), postgresDeadlock(), redisForkFailure(), kernIoError(), npmEresolve(),
                cargoMismatchedTypes(), jestFailure(), pytestCollectionError(), grepNamedFile(), diffNamedFile(),
                gitLogNamedTopic(), jsonlTraceId(), jsonUsersLocked(), csvOrderChargeback(), dockerPsRestarting(),
                systemctlFailedUnit(), dfFullDisk());
    }

    /** HAProxy HTTP log: 2,600 lines, one 503 with termination state sC--, one 500. */
    static NeedleCase haproxy503() {
        Gen g = new Gen(20_001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 5, 8, 0, 0), 300);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 2_600; i++) {
            LocalDateTime t = clock.next();
            String syslog = Stamps.SYSLOG.format(t);
            String accept = fmt("%02d/%s/%d:%s", t.getDayOfMonth(), "Dec", t.getYear(), Stamps.LOGBACK.format(t).substring(11));
            int status = 200;
            String term = "----";
            String backend = g.pick("web_back/web01", "web_back/web02", "web_back/web03", "api_back/api01", "api_back/api02");
            if (i == 1_444) {
                status = 503;
                term = "sC--";
                backend = "api_back/<NOSRV>";
            } else if (i == 2_090) {
                status = 500;
            } else if (g.chance(0.05)) {
                status = g.pick(301, 304, 404);
            }
            String line = fmt("%s lb01 haproxy[2211]: %s:%d [%s] fe_https~ %s %d/%d/%d/%d/%d %d %d - - %s %d/%d/%d/%d/0 0/0 \"%s %s HTTP/1.1\"",
                    syslog, g.ip(), g.between(1024, 65535), accept, backend, g.between(0, 3), 0, g.between(0, 2), g.between(2, 300), g.between(5, 400),
                    status, g.between(200, 40_000), term, g.between(10, 90), g.between(10, 90), g.between(1, 20), g.between(0, 5),
                    g.pick("GET", "GET", "GET", "POST"), g.pick("/api/v2/items", "/api/v2/cart", "/", "/static/app.js", "/api/v2/session"));
            g.add(line);
            if (status >= 500) {
                needles.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("fresh_haproxy_503", "log", "haproxy")
                .shell("tail -n 2600 /var/log/haproxy.log")
                .question("Users saw errors this morning, what does the load balancer say?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** PostgreSQL server log: statement durations and checkpoints, one deadlock with its DETAIL, one FATAL. */
    static NeedleCase postgresDeadlock() {
        Gen g = new Gen(20_002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 3, 0, 0), 900);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 2_400; i++) {
            String t = clock.next(Stamps.LOGBACK) + " UTC";
            int pid = g.between(20_000, 29_999);
            if (i == 1_201) {
                String error = fmt("%s [%d] ERROR:  deadlock detected", t, pid);
                g.add(error);
                g.add(fmt("%s [%d] DETAIL:  Process %d waits for ShareLock on transaction 88123411; blocked by process 24410.", t, pid, pid));
                g.add(fmt("%s [%d] HINT:  See server log for query details.", t, pid));
                g.add(fmt("%s [%d] STATEMENT:  UPDATE inventory SET reserved = reserved + 1 WHERE sku = 'SKU-88412'", t, pid));
                needles.add(Needle.exact(error));
                continue;
            }
            if (i == 2_310) {
                String fatal = fmt("%s [%d] FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute", t, pid);
                g.add(fatal);
                needles.add(Needle.exact(fatal));
                continue;
            }
            int w = g.weighted(70, 15, 10, 5);
            g.add(switch (w) {
                case 0 -> fmt("%s [%d] LOG:  duration: %d.%03d ms  statement: SELECT * FROM %s WHERE id = %d", t, pid, g.between(0, 40), g.nextInt(1000),
                        g.pick("orders", "customers", "inventory", "shipments"), g.between(1, 9_999_999));
                case 1 -> fmt("%s [%d] LOG:  connection authorized: user=app database=shop application_name=%s", t, pid, g.pick("api", "worker", "reports"));
                case 2 -> fmt("%s [%d] LOG:  disconnection: session time: 0:%02d:%02d.%03d user=app database=shop host=10.0.%d.%d port=%d", t, pid,
                        g.nextInt(60), g.nextInt(60), g.nextInt(1000), g.nextInt(4), g.between(2, 250), g.between(30_000, 60_000));
                default -> fmt("%s [%d] LOG:  checkpoint complete: wrote %d buffers (%d.%d%%); 0 WAL file(s) added, 0 removed, %d recycled", t, 61,
                        g.between(100, 9_000), g.nextInt(10), g.nextInt(10), g.between(0, 3));
            });
        }
        return NeedleCase.named("fresh_postgres_deadlock", "log", "postgresql")
                .shell("tail -n 2500 /var/log/postgresql/postgresql-16-main.log")
                .question("Why did some inventory updates fail overnight?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** redis-server log: saves and client notices; the fork failure is a lone '#' warning line. */
    static NeedleCase redisForkFailure() {
        Gen g = new Gen(20_003);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 0, 0, 0), 4_000);
        List<Needle> needles = new ArrayList<>();
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss.SSS", java.util.Locale.ROOT);
        for (int i = 0; i < 2_000; i++) {
            String t = clock.next(f);
            if (i == 1_333) {
                String line = fmt("1:M %s # Can't save in background: fork: Cannot allocate memory", t);
                g.add(line);
                needles.add(Needle.exact(line));
                continue;
            }
            int w = g.weighted(25, 25, 25, 25);
            int child = g.between(100, 9_999);
            g.add(switch (w) {
                case 0 -> fmt("1:M %s * %d changes in 60 seconds. Saving...", t, g.between(10_000, 90_000));
                case 1 -> fmt("1:M %s * Background saving started by pid %d", t, child);
                case 2 -> fmt("%d:C %s * DB saved on disk", child, t);
                default -> fmt("1:M %s * Background saving terminated with success", t);
            });
        }
        return NeedleCase.named("fresh_redis_fork_failure", "log", "redis")
                .shell("docker logs --tail 2000 redis-cache")
                .question("Is Redis persisting correctly?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** kern.log: routine USB and network lines, one block-device I/O error and one EXT4 error. */
    static NeedleCase kernIoError() {
        Gen g = new Gen(20_004);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 6, 0, 0), 3_000);
        List<Needle> needles = new ArrayList<>();
        double uptime = 1000.0;
        for (int i = 0; i < 2_200; i++) {
            String t = clock.next(Stamps.SYSLOG);
            uptime += g.nextDouble() * 3;
            String prefix = fmt("%s storage02 kernel: [%12.6f] ", t, uptime);
            if (i == 987) {
                String line = prefix + "blk_update_request: I/O error, dev sdc, sector 1953524992 op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 0";
                g.add(line);
                needles.add(Needle.exact(line));
                continue;
            }
            if (i == 991) {
                String line = prefix + "EXT4-fs error (device sdc1): ext4_find_entry:1658: inode #2: comm rsync: reading directory lblock 0";
                g.add(line);
                needles.add(Needle.exact(line));
                continue;
            }
            int w = g.weighted(40, 30, 30);
            g.add(prefix + switch (w) {
                case 0 -> fmt("IPv4: martian source 10.0.%d.%d from 10.0.%d.%d, on dev eth0", g.nextInt(4), g.between(2, 250), g.nextInt(4), g.between(2, 250));
                case 1 -> fmt("usb %d-%d: new high-speed USB device number %d using xhci_hcd", g.between(1, 2), g.between(1, 4), g.between(2, 90));
                default -> fmt("[UFW BLOCK] IN=eth0 OUT= MAC=%s SRC=%s DST=10.0.0.12 LEN=%d TTL=%d PROTO=TCP SPT=%d DPT=%d", g.hex(12), g.ip(),
                        g.between(40, 60), g.between(40, 250), g.between(1024, 65535), g.pick(22, 23, 3389, 5900, 8080));
            });
        }
        return NeedleCase.named("fresh_kern_io_error", "log", "kern-log")
                .shell("tail -n 2200 /var/log/kern.log")
                .question("The nightly rsync to storage02 failed; anything on the host?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** npm install: hundreds of deprecation warnings and fetch lines, then an ERESOLVE error block. */
    static NeedleCase npmEresolve() {
        Gen g = new Gen(20_005);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            String pkg = g.pick("inflight", "glob", "rimraf", "request", "har-validator", "uuid", "querystring", "sourcemap-codec", "abab", "domexception")
                    + "@" + g.between(1, 9) + "." + g.between(0, 20) + "." + g.between(0, 9);
            g.add(g.chance(0.5)
                    ? "npm warn deprecated " + pkg + ": This module is not supported, and leaks memory. Do not use it."
                    : fmt("npm http fetch GET 200 https://registry.npmjs.org/%s %dms (cache revalidated)", pkg.substring(0, pkg.indexOf('@')), g.between(5, 400)));
        }
        String[] block = {
            "npm error code ERESOLVE",
            "npm error ERESOLVE unable to resolve dependency tree",
            "npm error",
            "npm error While resolving: storefront@3.4.0",
            "npm error Found: react@19.0.0",
            "npm error node_modules/react",
            "npm error   react@\"^19.0.0\" from the root project",
            "npm error",
            "npm error Could not resolve dependency:",
            "npm error peer react@\"^17.0.0 || ^18.0.0\" from react-datepicker@6.9.0",
            "npm error node_modules/react-datepicker",
            "npm error   react-datepicker@\"^6.9.0\" from the root project",
            "npm error A complete log of this run can be found in: /root/.npm/_logs/2026-12-06T10_11_12_000Z-debug-0.log",
        };
        for (String l : block) {
            g.add(l);
        }
        needles.add(Needle.exact("npm error ERESOLVE unable to resolve dependency tree"));
        needles.add(Needle.exact("npm error peer react@\"^17.0.0 || ^18.0.0\" from react-datepicker@6.9.0"));
        return NeedleCase.named("fresh_npm_eresolve", "build", "npm")
                .shell("npm install --loglevel http")
                .question("Why does npm install fail?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** cargo build: 400 crates compiled, one type error with its location, then the abort line. */
    static NeedleCase cargoMismatchedTypes() {
        Gen g = new Gen(20_006);
        List<Needle> needles = new ArrayList<>();
        g.add("    Updating crates.io index");
        for (int i = 0; i < 400; i++) {
            g.add(fmt("   Compiling %s-%s v%d.%d.%d", g.pick("serde", "tokio", "hyper", "rand", "regex", "syn", "quote", "futures", "tracing", "bytes"),
                    g.alnum(4), g.between(0, 3), g.between(0, 40), g.between(0, 20)));
            if (i % 97 == 5) {
                g.add("warning: unused import: `std::fmt::Write`");
                g.add(fmt("  --> src/%s.rs:%d:5", g.pick("util", "codec", "io"), g.between(2, 30)));
            }
        }
        g.add("   Compiling ledger v0.9.0 (/home/dev/ledger)");
        String[] err = {
            "error[E0308]: mismatched types",
            "  --> src/posting.rs:142:18",
            "    |",
            "142 |     let amount: u64 = entry.amount_cents;",
            "    |                 ---   ^^^^^^^^^^^^^^^^^^ expected `u64`, found `i64`",
            "    |                 |",
            "    |                 expected due to this",
            "",
            "For more information about this error, try `rustc --explain E0308`.",
            "error: could not compile `ledger` (lib) due to 1 previous error",
        };
        for (String l : err) {
            g.add(l);
        }
        needles.add(Needle.exact("error[E0308]: mismatched types"));
        needles.add(Needle.exact("  --> src/posting.rs:142:18"));
        needles.add(Needle.exact("error: could not compile `ledger` (lib) due to 1 previous error"));
        return NeedleCase.named("fresh_cargo_e0308", "build", "cargo")
                .shell("cargo build --release")
                .heldAside()
                .build(g.text(), needles);
    }

    /** Jest: 180 passing suites, one failing test with its assertion and location. */
    static NeedleCase jestFailure() {
        Gen g = new Gen(20_007);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 180; i++) {
            String path = fmt("src/%s/%s.test.ts", g.pick("cart", "checkout", "catalog", "auth", "search", "profile"), g.alnum(8));
            if (i == 121) {
                String[] fail = {
                    "FAIL src/cart/totals.test.ts",
                    "  ● cart totals › applies the loyalty discount before VAT",
                    "",
                    "    expect(received).toBe(expected) // Object.is equality",
                    "",
                    "    Expected: 89.1",
                    "    Received: 90",
                    "",
                    "      at Object.<anonymous> (src/cart/totals.test.ts:57:31)",
                };
                for (String l : fail) {
                    g.add(l);
                }
                needles.add(Needle.exact("FAIL src/cart/totals.test.ts"));
                needles.add(Needle.exact("  ● cart totals › applies the loyalty discount before VAT"));
                needles.add(Needle.exact("      at Object.<anonymous> (src/cart/totals.test.ts:57:31)"));
                continue;
            }
            g.add(fmt("PASS %s (%d.%03d s)", path, g.between(0, 4), g.nextInt(1000)));
        }
        g.add("");
        String summary = "Tests:       1 failed, 1342 passed, 1343 total";
        g.add("Test Suites: 1 failed, 179 passed, 180 total");
        g.add(summary);
        g.add("Snapshots:   12 passed, 12 total");
        g.add("Time:        48.211 s");
        needles.add(Needle.exact(summary));
        return NeedleCase.named("fresh_jest_failure", "build", "jest")
                .shell("npx jest --ci")
                .heldAside()
                .build(g.text(), needles);
    }

    /** pytest: a collection error (ImportError) among hundreds of passing test lines. */
    static NeedleCase pytestCollectionError() {
        Gen g = new Gen(20_008);
        List<Needle> needles = new ArrayList<>();
        g.add("============================= test session starts ==============================");
        g.add("platform linux -- Python 3.11.7, pytest-8.3.3, pluggy-1.5.0");
        g.add("collected 912 items / 1 error");
        g.add("");
        for (int i = 0; i < 60; i++) {
            StringBuilder dots = new StringBuilder();
            for (int d = 0; d < 15; d++) {
                dots.append('.');
            }
            g.add(fmt("tests/%s/test_%s.py %s [%3d%%]", g.pick("api", "models", "jobs", "utils"), g.alnum(6), dots, (i + 1) * 100 / 61));
        }
        String[] block = {
            "",
            "==================================== ERRORS ====================================",
            "__________________ ERROR collecting tests/api/test_invoices.py __________________",
            "ImportError while importing test module '/srv/app/tests/api/test_invoices.py'.",
            "tests/api/test_invoices.py:7: in <module>",
            "    from app.billing.invoices import render_pdf",
            "E   ImportError: cannot import name 'render_pdf' from 'app.billing.invoices' (/srv/app/app/billing/invoices.py)",
            "=========================== short test summary info ============================",
            "ERROR tests/api/test_invoices.py",
            "!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!!",
        };
        for (String l : block) {
            g.add(l);
        }
        needles.add(Needle.exact("E   ImportError: cannot import name 'render_pdf' from 'app.billing.invoices' (/srv/app/app/billing/invoices.py)"));
        needles.add(Needle.exact("ERROR tests/api/test_invoices.py"));
        return NeedleCase.named("fresh_pytest_collection_error", "build", "pytest")
                .shell("pytest -q tests")
                .heldAside()
                .build(g.text(), needles);
    }

    /** grep -rn over a generated service: 1,500 matches; the question names one file by base name. */
    static NeedleCase grepNamedFile() {
        Gen g = new Gen(20_009);
        List<String> named = new ArrayList<>();
        String[] pkgs = {"billing", "orders", "catalog", "shipping", "accounts", "notify"};
        for (int i = 0; i < 1_500; i++) {
            String file;
            if (i % 211 == 17) {
                file = "src/main/java/com/acme/notify/InvoiceMailer.java";
            } else {
                String p = g.pick(pkgs);
                file = fmt("src/main/java/com/acme/%s/%s%s.java", p, g.pick("Order", "Invoice", "Price", "Customer", "Shipment", "Account"),
                        g.pick("Service", "Repository", "Controller", "Mapper", "Client", "Job"));
            }
            String line = fmt("%s:%d:        log.debug(\"%s {}\", %s);", file, g.between(10, 600), g.pick("loaded", "saved", "sending", "mapped", "retrying"),
                    g.pick("id", "order.getId()", "invoice", "customerId", "request"));
            g.add(line);
            if (file.endsWith("InvoiceMailer.java")) {
                named.add(line);
            }
        }
        return NeedleCase.named("fresh_grep_named_file", "search", "grep-rn")
                .shell("grep -rn 'log.debug' src/main/java")
                .question("What does InvoiceMailer log at debug level?")
                .heldAside()
                .build(g.text(), List.of(Needle.anyOf(named)));
    }

    /** A unified diff over 40 files; the question names one of them by path. */
    static NeedleCase diffNamedFile() {
        Gen g = new Gen(20_010);
        List<Needle> needles = new ArrayList<>();
        for (int f = 0; f < 40; f++) {
            String path = f == 23 ? "config/rate-limits.yaml" : fmt("src/%s/%s_%d.py", g.pick("api", "core", "jobs"), g.pick("views", "models", "tasks", "utils"), f);
            g.add("diff --git a/" + path + " b/" + path);
            g.add("index " + g.hex(7) + ".." + g.hex(7) + " 100644");
            g.add("--- a/" + path);
            g.add("+++ b/" + path);
            for (int h = 0; h < 6; h++) {
                int start = 10 + h * 40 + g.nextInt(20);
                String header = fmt("@@ -%d,7 +%d,7 @@ def handler_%d(request):", start, start, h);
                g.add(header);
                if (f == 23 && h == 0) {
                    needles.add(Needle.exact("+++ b/" + path));
                    g.add("   default:");
                    g.add("     burst: 50");
                    g.add("-    per_minute: 600");
                    g.add("+    per_minute: 60");
                    g.add("   checkout:");
                    g.add("     burst: 10");
                    g.add("     per_minute: 120");
                    needles.add(Needle.exact("+    per_minute: 60"));
                    continue;
                }
                for (int k = 0; k < 3; k++) {
                    g.add("     value_" + g.alnum(5) + " = compute(" + g.between(1, 99) + ")");
                }
                g.add("-    return render(" + g.alnum(6) + ")");
                g.add("+    return render(" + g.alnum(6) + ", strict=True)");
                for (int k = 0; k < 2; k++) {
                    g.add("     log.info(\"" + g.alnum(8) + "\")");
                }
            }
        }
        return NeedleCase.named("fresh_diff_named_file", "diff", "git-diff")
                .shell("git diff v2.3.0..v2.4.0")
                .question("What changed in config/rate-limits.yaml between the two releases?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** git log --stat: 250 commits; the question names a topic that one commit's subject carries. */
    static NeedleCase gitLogNamedTopic() {
        Gen g = new Gen(20_011);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 6, 1, 9, 0, 0), 20_000_000);
        List<Needle> needles = new ArrayList<>();
        String[] verbs = {"Fix", "Add", "Refactor", "Update", "Remove", "Document"};
        String[] topics = {"order export", "cart badge", "login form", "search paging", "logging setup", "CI cache", "README", "price rounding"};
        for (int c = 0; c < 250; c++) {
            String sha = g.hex(40);
            g.add("commit " + sha);
            g.add("Author: " + g.pick("Ana Ruiz <ana@example.com>", "Tom Berg <tom@example.com>", "Li Wei <li@example.com>"));
            g.add("Date:   " + clock.next(java.time.format.DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", java.util.Locale.ROOT)) + " +0100");
            g.add("");
            String subject = c == 161 ? "Switch webhook signature check to HMAC-SHA256" : g.pick(verbs) + " " + g.pick(topics);
            g.add("    " + subject);
            g.add("");
            int files = g.between(1, 4);
            for (int f = 0; f < files; f++) {
                g.add(fmt(" src/%s/%s.ts | %d %s", g.pick("app", "lib", "api"), g.alnum(7), g.between(1, 60), "+".repeat(g.between(1, 8)) + "-".repeat(g.between(0, 5))));
            }
            g.add(fmt(" %d files changed, %d insertions(+), %d deletions(-)", files, g.between(1, 120), g.between(0, 60)));
            g.add("");
            if (c == 161) {
                needles.add(Needle.exact("    " + subject));
                needles.add(Needle.exact("commit " + sha));
            }
        }
        return NeedleCase.named("fresh_git_log_webhook_signature", "diff", "git-log-stat")
                .shell("git log --stat -n 250")
                .question("When did we change the webhook signature check, and in which commit?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** OpenTelemetry-style JSON Lines spans; the question names a trace id carried by three records. */
    static NeedleCase jsonlTraceId() {
        Gen g = new Gen(20_012);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 14, 0, 0), 400);
        List<Needle> needles = new ArrayList<>();
        int[] at = {812, 815, 819};
        String[] names = {"POST /api/orders", "SELECT orders", "publish order.created"};
        for (int i = 0; i < 3_200; i++) {
            String t = clock.next(Stamps.JSON);
            int k = java.util.Arrays.binarySearch(at, i);
            if (k >= 0) {
                String line = fmt("{\"timestamp\":\"%s\",\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\",\"span_id\":\"%s\",\"name\":\"%s\",\"status\":\"%s\",\"duration_ms\":%d,\"service\":\"orders\"}",
                        t, g.hex(16), names[k], k == 2 ? "ERROR" : "OK", g.between(3, 900));
                g.add(line);
                needles.add(Needle.exact(line));
                continue;
            }
            g.add(fmt("{\"timestamp\":\"%s\",\"trace_id\":\"%s\",\"span_id\":\"%s\",\"name\":\"%s\",\"status\":\"OK\",\"duration_ms\":%d,\"service\":\"%s\"}",
                    t, g.hex(32), g.hex(16), g.pick("GET /api/orders", "SELECT orders", "GET /api/items", "cache get", "publish order.created"),
                    g.between(1, 400), g.pick("orders", "catalog", "gateway")));
        }
        return NeedleCase.named("fresh_jsonl_trace_id", "jsonl", "otel-jsonl")
                .tool("export_spans", "{\"service\":\"orders\",\"last\":\"15m\"}")
                .question("Show me everything for trace 4bf92f3577b34da6a3ce929d0e0e4736 — where did it fail?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** A JSON array of 1,500 users; one locked account, and the question names another by e-mail. */
    static NeedleCase jsonUsersLocked() {
        Gen g = new Gen(20_013);
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 1_500; i++) {
            String email = i == 640 ? "mira.kovac@example.org" : g.alnum(7) + "@example.org";
            String status = i == 1_207 ? "locked" : "active";
            sb.append(fmt("  {\"id\": %d, \"email\": \"%s\", \"status\": \"%s\", \"plan\": \"%s\", \"last_login\": \"2026-12-%02dT%02d:%02d:00Z\", \"mfa\": %s}",
                    70_000 + i, email, status, g.pick("free", "pro", "team"), g.between(1, 6), g.nextInt(24), g.nextInt(60), g.chance(0.6)));
            sb.append(i == 1_499 ? "\n" : ",\n");
        }
        sb.append("]\n");
        return NeedleCase.named("fresh_json_users_locked", "json", "json-array")
                .tool("list_users", "{\"org\":\"acme\"}")
                .question("Which plan is mira.kovac@example.org on, and is any account locked?")
                .heldAside()
                .build(sb.toString(), List.of(Needle.contains("mira.kovac@example.org"), Needle.contains("71207")));
    }

    /** A CSV of 4,000 orders: the question names one by id; one row has the rare status chargeback. */
    static NeedleCase csvOrderChargeback() {
        Gen g = new Gen(20_014);
        List<String> lines = new ArrayList<>();
        lines.add("order_id,placed_at,country,items,total,status");
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            String id = fmt("SO-%07d", 3_100_000 + i * 7);
            String status = i == 2_718 ? "chargeback" : g.pick("delivered", "delivered", "delivered", "shipped", "cancelled");
            String line = fmt("%s,2026-11-%02d %02d:%02d,%s,%d,%d.%02d,%s", id, g.between(1, 30), g.nextInt(24), g.nextInt(60),
                    g.pick("DE", "FR", "NL", "AT", "PL", "IT"), g.between(1, 8), g.between(5, 900), g.nextInt(100), status);
            lines.add(line);
            if (i == 2_718 || i == 1_001) {
                needles.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("fresh_csv_order_chargeback", "csv", "csv")
                .tool("run_report", "{\"report\":\"orders-november\",\"format\":\"csv\"}")
                .question("What is the status of order SO-3107007? Anything unusual in November?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", needles);
    }

    /** docker ps -a: 260 containers, one restarting, one exited with 137. */
    static NeedleCase dockerPsRestarting() {
        Gen g = new Gen(20_015);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"});
        for (int i = 0; i < 260; i++) {
            String status = i == 77 ? "Restarting (1) 8 seconds ago" : i == 190 ? "Exited (137) 3 hours ago" : "Up " + g.between(2, 30) + " days";
            rows.add(new String[] {g.hex(12), g.pick("nginx:1.27", "redis:7.4", "postgres:16", "acme/api:4.2.1", "acme/worker:4.2.1"),
                "\"" + g.pick("/docker-entrypoint.…", "redis-server", "java -jar app.jar", "python worker.py") + "\"", g.between(2, 30) + " days ago",
                status, g.chance(0.5) ? "0.0.0.0:" + g.between(8000, 9000) + "->8080/tcp" : "", g.pick("api", "worker", "cache", "db", "proxy") + "-" + i});
        }
        List<String> lines = Columns.render(rows, 3);
        return NeedleCase.named("fresh_docker_ps_restarting", "table", "docker-ps")
                .shell("docker ps -a")
                .question("Are all containers healthy?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(78)), Needle.exact(lines.get(191))));
    }

    /** systemctl list-units: 240 units, one failed. */
    static NeedleCase systemctlFailedUnit() {
        Gen g = new Gen(20_016);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"UNIT", "LOAD", "ACTIVE", "SUB", "DESCRIPTION"});
        for (int i = 0; i < 240; i++) {
            if (i == 133) {
                rows.add(new String[] {"certbot-renew.service", "loaded", "failed", "failed", "Renew Let's Encrypt certificates"});
                continue;
            }
            String type = g.pick("service", "mount", "socket", "timer", "device");
            rows.add(new String[] {g.alnum(8) + "." + type, "loaded", "active", type.equals("service") ? "running" : type.equals("mount") ? "mounted" : "listening",
                g.pick("Daemon", "Mount point", "Socket", "Timer", "Device") + " " + g.alnum(5)});
        }
        List<String> lines = Columns.render(rows, 1);
        return NeedleCase.named("fresh_systemctl_failed", "table", "systemctl")
                .shell("systemctl list-units --all --no-pager")
                .question("Did any unit fail?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(134))));
    }

    /** df -h on a host with 150 mounts (containers), one at 100%. */
    static NeedleCase dfFullDisk() {
        Gen g = new Gen(20_017);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Filesystem", "Size", "Used", "Avail", "Use%", "Mounted on"});
        for (int i = 0; i < 150; i++) {
            if (i == 96) {
                rows.add(new String[] {"/dev/nvme1n1p1", "500G", "500G", "0", "100%", "/var/lib/docker"});
                continue;
            }
            int use = g.between(3, 70);
            rows.add(new String[] {"overlay", "100G", use + "G", (100 - use) + "G", use + "%", "/var/lib/docker/overlay2/" + g.hex(64) + "/merged"});
        }
        List<String> lines = Columns.render(rows, 1);
        return NeedleCase.named("fresh_df_full_disk", "listing", "df-h")
                .shell("df -h")
                .question("Is any disk full?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(97))));
    }
}
