package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.Inputs.requireLines;
import static dev.headroom.benchmarks.needles.Inputs.pad;
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
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The thirteenth held-aside batch ({@code fresh12_*}), written on 2026-12-07 (session 9), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. Developer CLI outputs none of the other cases has: {@code ruff check} (concise) of a
 * Python monorepo, {@code golangci-lint run} (findings with source excerpts and carets), {@code rubocop} (progress line,
 * offenses, one fatal {@code Lint/Syntax}), {@code sbt test} (ScalaTest), an {@code xcodebuild} log ending in {@code **
 * BUILD FAILED **}, {@code docker inspect} of several containers, {@code gcloud compute instances list}, {@code curl -v}
 * of a smoke-test script, {@code git status} with {@code git branch -vv}, a k6 run (progress lines and end-of-test
 * summary), {@code aws logs filter-log-events} of a Lambda function and {@code openssl s_client -showcerts} over
 * several hosts. Never tuned on: reported as their own set {@code fresh-12}, refused by {@code --case}.
 */
final class FreshCases12 {

    private FreshCases12() {}

    static List<NeedleCase> all() {
        return List.of(ruffCheck(), golangciLint(), rubocop(), sbtTest(), xcodebuildFailed(), dockerInspect(), gcloudInstances(),
                curlVerbose(), gitStatusBranches(), k6Summary(), awsLogsLambda(), opensslShowcerts());
    }

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static String b64(Gen g, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(B64.charAt(g.nextInt(64)));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- ruff check (concise)

    private record Finding(String code, boolean fix, String message) {}

    private static Finding ruffFinding(Gen g) {
        String[] modules = {"os", "sys", "json", "re", "typing.Any", "typing.Optional", "datetime.datetime", "collections.defaultdict", "pathlib.Path",
            "logging", "functools.partial", "itertools", "uuid", "decimal.Decimal", "dataclasses.field", "pydantic.Field", "sqlalchemy.orm.Session"};
        String[] vars = {"resp", "result", "tmp", "rows", "payload", "exc", "count", "conn", "ctx", "idx", "cfg", "retries"};
        String[] args = {"request", "kwargs", "args", "session", "context", "user", "settings", "event", "db"};
        return switch (g.weighted(20, 22, 8, 12, 8, 7, 5, 4, 4, 3, 3, 3, 2, 2, 3)) {
            case 0 -> new Finding("F401", true, "`" + g.pick(modules) + "` imported but unused");
            case 1 -> new Finding("E501", false, fmt("Line too long (%d > 100)", g.between(101, 164)));
            case 2 -> new Finding("I001", true, "Import block is un-sorted or un-formatted");
            case 3 -> {
                String t = g.pick("List", "Dict", "Tuple", "Set", "Type");
                yield new Finding("UP006", true, "Use `" + t.toLowerCase(Locale.ROOT) + "` instead of `" + t + "` for type annotation");
            }
            case 4 -> new Finding("F841", false, "Local variable `" + g.pick(vars) + "` is assigned to but never used");
            case 5 -> new Finding("B008", false, "Do not perform function call `" + g.pick("Depends", "Query", "datetime.now", "Header", "Body")
                    + "` in argument defaults; instead, perform the call within the function, or read the default from a module-level singleton variable");
            case 6 -> new Finding("E711", true, "Comparison to `None` should be `cond is None`");
            case 7 -> new Finding("W291", true, "Trailing whitespace");
            case 8 -> new Finding("E722", false, "Do not use bare `except`");
            case 9 -> new Finding("B904", false, "Within an `except` clause, raise exceptions with `raise ... from err` or `raise ... from None` to"
                    + " distinguish them from errors in exception handling");
            case 10 -> new Finding("ARG001", false, "Unused function argument: `" + g.pick(args) + "`");
            case 11 -> new Finding("RUF012", false, "Mutable class attributes should be annotated with `typing.ClassVar`");
            case 12 -> new Finding("SIM108", false, "Use ternary operator `" + g.pick(vars) + " = " + g.pick("a", "default", "None") + " if "
                    + g.pick("cond", "value", "flag") + " else " + g.pick("b", "fallback", "value") + "` instead of `if`-`else`-block");
            case 13 -> new Finding("UP035", false, "`typing." + g.pick("List", "Dict", "Tuple") + "` is deprecated, use `"
                    + g.pick("list", "dict", "tuple") + "` instead");
            default -> new Finding("UP032", true, "Use f-string instead of `format` call");
        };
    }

    /**
     * ruff check of a Python monorepo in concise output (the CI job's --output-format=concise): about 570 findings over
     * 100 files of five packages, sorted by path, line and column, mostly unused imports, long lines and typing
     * upgrades; the file the question names has two F821 undefined names (a Decimal never imported, a misspelled
     * helper) among a few routine findings. An F821 in another package is not the one asked about.
     */
    static NeedleCase ruffCheck() {
        Gen g = new Gen(150_001);
        String[][] packages = {
            {"services/billing/billing", "invoices", "payments", "refunds", "tax", "models", "schemas", "api", "tasks", "ledger", "currency", "webhooks"},
            {"services/catalog/catalog", "products", "search", "pricing", "importers", "models", "schemas", "api", "images", "categories"},
            {"services/identity/identity", "tokens", "users", "sessions", "oauth", "models", "api", "passwords", "mfa"},
            {"libs/common/common", "http", "retry", "settings", "logging_setup", "db", "cache", "clock", "ids", "pagination"},
            {"tools/scripts", "backfill_orders", "export_customers", "migrate_prices", "rotate_keys", "seed_dev_db", "check_invoices"}};
        String target = "services/billing/billing/invoices.py";
        List<String> files = new ArrayList<>();
        for (String[] p : packages) {
            for (int i = 1; i < p.length; i++) {
                files.add(p[0] + "/" + p[i] + ".py");
                if (!p[0].startsWith("tools") && g.chance(0.8)) {
                    files.add(p[0].replaceFirst("/[a-z]+$", "") + "/tests/test_" + p[i] + ".py");
                }
                if (g.chance(0.5)) {
                    files.add(p[0] + "/" + p[i] + "_utils.py");
                }
            }
            files.add(p[0] + "/__init__.py");
        }
        Collections.sort(files);
        String f821a = target + ":212:24: F821 Undefined name `Decimal`";
        String f821b = target + ":347:16: F821 Undefined name `render_pdf_attachement`";
        String otherF821 = "services/catalog/catalog/importers.py:88:9: F821 Undefined name `logger`";
        List<String> targetOthers = new ArrayList<>();
        int total = 0;
        int fixable = 0;
        for (String f : files) {
            TreeMap<Long, String> byPos = new TreeMap<>();
            int n = f.equals(target) ? 6 : f.endsWith("__init__.py") ? g.between(0, 2) : g.between(2, 11);
            for (int i = 0; i < n; i++) {
                Finding fd = ruffFinding(g);
                int line = fd.code().equals("F401") || fd.code().equals("I001") || fd.code().equals("UP035") ? g.between(1, 24) : g.between(20, 520);
                int col = fd.code().equals("I001") ? 1 : fd.code().equals("E501") ? 101 : g.between(1, 60);
                String s = f + ":" + line + ":" + col + ": " + fd.code() + (fd.fix() ? " [*] " : " ") + fd.message();
                if (byPos.putIfAbsent(line * 1000L + col, s) == null) {
                    total++;
                    fixable += fd.fix() ? 1 : 0;
                    if (f.equals(target)) {
                        targetOthers.add(s);
                    }
                }
            }
            if (f.equals(target)) {
                byPos.put(212_024L, f821a);
                byPos.put(347_016L, f821b);
                total += 2;
            } else if (f.equals("services/catalog/catalog/importers.py")) {
                if (byPos.putIfAbsent(88_009L, otherF821) == null) {
                    total++;
                }
            }
            for (String s : byPos.values()) {
                g.add(s);
            }
        }
        g.add(fmt("Found %d errors.", total));
        g.add(fmt("[*] %d fixable with the `--fix` option (%d hidden fixes can be enabled with the `--unsafe-fixes` option).", fixable,
                g.between(40, 90)));
        String text = g.text();
        requireLines(g, 500, 1200);
        requireCount(text, "F821", 3);
        return NeedleCase.named("fresh12_ruff_check", "build", "ruff-check-concise")
                .shell("ruff check . --output-format=concise")
                .question("The lint job fails on my billing PR. What does ruff report for services/billing/billing/invoices.py? I'm worried"
                        + " about undefined names (F821) there, which would crash at runtime.")
                .heldAside()
                .build(text, List.of(Needle.exact(f821a), Needle.exact(f821b), Needle.anyOf(targetOthers),
                        Needle.exact(fmt("Found %d errors.", total))));
    }

    // ---------------------------------------------------------------- golangci-lint run

    private record GoIssue(String linter, String message, String source, int caretCol) {}

    private static GoIssue goIssue(Gen g) {
        String[] recv = {"rows", "resp.Body", "f", "tx", "w", "conn", "enc", "file", "ln", "stmt"};
        String[] vars = {"err", "ctx", "n", "ok", "id", "cursor", "total", "req"};
        switch (g.weighted(30, 12, 10, 10, 10, 8, 6, 6, 5)) {
            case 0: {
                String r = g.pick(recv);
                String call = g.pick("Close", "Flush", "Rollback", "Write", "Encode", "Sync");
                String src = g.pick("\tdefer " + r + "." + call + "()", "\t" + r + "." + call + "()", "\t\tdefer " + r + "." + call + "()");
                return new GoIssue("errcheck", "Error return value of `" + r + "." + call + "` is not checked", src, src.indexOf('.') + 2);
            }
            case 1: {
                String v = g.pick(vars);
                String src = "\t" + v + " = " + g.pick("json.Unmarshal(body, &req)", "s.repo.Save(ctx, order)", "validate(input)", "w.flush()");
                return new GoIssue("ineffassign", "ineffectual assignment to " + v, src, 2);
            }
            case 2: {
                String fn = g.pick("evictOldest", "legacyHash", "formatCents", "debugDump", "mustParseUUID", "backoffJitter", "toProto");
                String src = "func " + fn + "(" + g.pick("", "s string", "v int64", "ctx context.Context") + ") {";
                return new GoIssue("unused", "func `" + fn + "` is unused", src, 6);
            }
            case 3: {
                String src = "\t\t" + g.pick("ids", "names", "rows", "keys") + " = append(" + g.pick("ids", "names", "rows", "keys") + ", x)";
                return new GoIssue("prealloc", "Consider preallocating `" + src.strip().split(" ")[0] + "`", "\tvar " + src.strip().split(" ")[0]
                        + " []string", 6);
            }
            case 4: {
                String src = "\treturn " + g.pick("err", "fmt.Errorf(\"load: %v\", err)", "errors.New(\"failed\")");
                return new GoIssue("wrapcheck", "error returned from external package is unwrapped: sig: func (*database/sql.DB)."
                        + g.pick("QueryContext", "ExecContext", "BeginTx") + "(ctx context.Context, query string, args ...any) (*database/sql.Rows, error)", src, 9);
            }
            case 5: {
                String name = g.pick("userId", "orderUrl", "httpJson", "apiId", "tenantIdList");
                String src = "\t" + name + " := " + g.pick("r.URL.Query().Get(\"id\")", "cfg.Endpoint", "strconv.Itoa(n)");
                return new GoIssue("revive", "var-naming: var " + name + " should be " + name.replace("Id", "ID").replace("Url", "URL").replace("Json", "JSON"),
                        src, 2);
            }
            case 6: {
                String src = "\tif " + g.pick("err", "e") + " == " + g.pick("sql.ErrNoRows", "io.EOF", "context.Canceled") + " {";
                return new GoIssue("errorlint", "comparing with == will fail on wrapped errors", src, 5);
            }
            case 7: {
                String src = "\tresp, err := http." + g.pick("Get", "Post") + "(url" + g.pick("", ", \"application/json\", body") + ")";
                return new GoIssue("noctx", "net/http." + src.substring(src.indexOf("http.") + 5, src.indexOf('(')) + " must not be called", src, 15);
            }
            default: {
                String src = "\t" + g.pick("log.Printf", "fmt.Println", "log.Println") + "(\"" + g.pick("debug", "retrying", "got") + " %v\", v)";
                return new GoIssue("forbidigo", "use of `" + src.strip().substring(0, src.strip().indexOf('(')) + "` forbidden by pattern `^(fmt\\.Print(|f|ln)|print|println)$`",
                        src, 2);
            }
        }
    }

    /**
     * golangci-lint run (v2 text output, limits lifted) over a Go payments service: about 260 issues from errcheck,
     * ineffassign, unused, prealloc, wrapcheck, revive, errorlint, noctx and forbidigo, each with its source line and a
     * caret; the one the question asks about is staticcheck's SA5011 possible nil dereference in the ledger reconciler,
     * with its related-information line pointing at the nil check; a govet printf finding and two other staticcheck
     * findings (SA1019 deprecations) are routine.
     */
    static NeedleCase golangciLint() {
        Gen g = new Gen(150_002);
        String[] files = {"cmd/payments/main.go", "internal/api/handler.go", "internal/api/middleware.go", "internal/api/routes.go",
            "internal/store/orders.go", "internal/store/accounts.go", "internal/store/migrations.go", "internal/ledger/post.go",
            "internal/ledger/reconcile.go", "internal/ledger/period.go", "internal/psp/stripe.go", "internal/psp/adyen.go", "internal/psp/webhook.go",
            "internal/worker/pool.go", "internal/worker/retry.go", "internal/cache/lru.go", "internal/config/config.go", "pkg/money/money.go",
            "pkg/money/round.go", "pkg/httpx/client.go", "pkg/idgen/ulid.go", "internal/notify/email.go", "internal/report/csv.go",
            "internal/report/settlement.go", "internal/auth/jwt.go"};
        List<String[]> blocks = new ArrayList<>();
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < 262; i++) {
            GoIssue is = goIssue(g);
            String f = g.pick(files);
            int line = g.between(12, 480);
            blocks.add(new String[] {f, Integer.toString(line), f + ":" + line + ":" + is.caretCol() + ": " + is.message() + " (" + is.linter() + ")",
                is.source(), caretFor(is.source(), is.caretCol())});
            counts.merge(is.linter(), 1, Integer::sum);
        }
        String sa = "internal/ledger/reconcile.go:231:19: SA5011: possible nil pointer dereference (staticcheck)";
        String saSrc = "\t\tdrift := entry.Account.Balance.Sub(expected)";
        String rel = "internal/ledger/reconcile.go:224:5: SA5011(related information): this check suggests that the pointer can be nil (staticcheck)";
        String relSrc = "\tif entry.Account == nil {";
        blocks.add(new String[] {"internal/ledger/reconcile.go", "231", sa, saSrc, caretFor(saSrc, 19)});
        blocks.add(new String[] {"internal/ledger/reconcile.go", "224", rel, relSrc, caretFor(relSrc, 5)});
        String dep1 = "internal/psp/stripe.go:77:2: SA1019: \"github.com/stripe/stripe-go/v72/charge\" is deprecated: Use paymentintent instead. (staticcheck)";
        String dep2 = "pkg/httpx/client.go:45:19: SA1019: ioutil.ReadAll has been deprecated since Go 1.19 and an alternative has been available since"
                + " Go 1.16: As of Go 1.16, this function simply calls io.ReadAll. (staticcheck)";
        blocks.add(new String[] {"internal/psp/stripe.go", "77", dep1, "\t\"github.com/stripe/stripe-go/v72/charge\"", caretFor("\t\"x", 2)});
        blocks.add(new String[] {"pkg/httpx/client.go", "45", dep2, "\tbody, err := ioutil.ReadAll(resp.Body)", caretFor("\tbody, err := ioutil.ReadAll", 19)});
        String vet = "internal/report/settlement.go:118:34: printf: fmt.Sprintf format %d has arg merchantID of wrong type string (govet)";
        String vetSrc = "\tname := fmt.Sprintf(\"settlement-%d-%s.csv\", merchantID, day.Format(\"20060102\"))";
        blocks.add(new String[] {"internal/report/settlement.go", "118", vet, vetSrc, caretFor(vetSrc, 34)});
        counts.merge("staticcheck", 4, Integer::sum);
        counts.merge("govet", 1, Integer::sum);
        blocks.sort((a, b) -> a[0].equals(b[0]) ? Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1])) : a[0].compareTo(b[0]));
        for (String[] b : blocks) {
            g.add(b[2]);
            g.add(b[3]);
            g.add(b[4]);
        }
        g.add(blocks.size() + " issues:");
        for (var e : counts.entrySet()) {
            g.add("* " + e.getKey() + ": " + e.getValue());
        }
        String text = g.text();
        requireLines(g, 600, 1200);
        requireCount(text, "SA5011", 2);
        return NeedleCase.named("fresh12_golangci_lint", "build", "golangci-lint-text")
                .shell("golangci-lint run --max-issues-per-linter=0 --max-same-issues=0 ./...")
                .question("golangci-lint is red on the payments service. Most of it is old noise, but the reviewer says staticcheck found a possible"
                        + " nil pointer dereference in the ledger reconciler. Where exactly, and what check makes it think the pointer can be nil?")
                .heldAside()
                .build(text, List.of(Needle.exact(sa), Needle.exact(saSrc), Needle.exact(rel), Needle.exact(relSrc)));
    }

    private static String caretFor(String source, int col) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < col - 1 && i < source.length(); i++) {
            sb.append(source.charAt(i) == '\t' ? '\t' : ' ');
        }
        return sb.append('^').toString();
    }

    // ---------------------------------------------------------------- rubocop

    /**
     * rubocop on a Rails app: the progress line of 420 files, then about 460 offenses (conventions, a few warnings),
     * each with its source line and carets; one file has a fatal Lint/Syntax offense (an extra end), the reason the run
     * exits with status 1 even after autocorrect, and one error-severity offense from a cop the team set to error
     * (Rails/SaveBang) that the question does not ask about.
     */
    static NeedleCase rubocop() {
        Gen g = new Gen(150_003);
        String[] dirs = {"app/models", "app/controllers", "app/controllers/api/v1", "app/services", "app/services/billing", "app/jobs", "app/mailers",
            "app/serializers", "app/policies", "lib/tasks", "lib/acme", "config/initializers", "spec/models", "spec/requests", "spec/services"};
        String[] names = {"order", "invoice", "customer", "subscription", "payment", "refund", "shipment", "product", "coupon", "account", "report",
            "webhook", "address", "cart", "user", "plan", "tax_rate", "export", "import_batch", "audit_event"};
        TreeSet<String> fileSet = new TreeSet<>();
        while (fileSet.size() < 420) {
            String d = g.pick(dirs);
            String n = g.pick(names);
            String suffix = d.contains("controllers") ? (n.endsWith("s") ? "es_controller" : "s_controller") : d.endsWith("services") || d.endsWith("billing") ? g.pick("_creator", "_sync", "_service")
                    : d.endsWith("jobs") ? "_job" : d.endsWith("serializers") ? "_serializer" : d.endsWith("policies") ? "_policy"
                    : d.startsWith("spec") ? "_spec" : d.endsWith("mailers") ? "_mailer" : "";
            fileSet.add(d + "/" + n + suffix + (d.equals("lib/tasks") ? ".rake" : ".rb"));
        }
        List<String> files = new ArrayList<>(fileSet);
        String fatalFile = "app/services/billing/invoice_sync.rb";
        if (!fileSet.contains(fatalFile)) {
            files.set(files.size() / 2, fatalFile);
            Collections.sort(files);
        }
        String errorFile = "app/services/refund_creator.rb";
        if (!files.contains(errorFile)) {
            files.set(files.size() / 3, errorFile);
            Collections.sort(files);
        }
        StringBuilder progress = new StringBuilder();
        List<String> offenses = new ArrayList<>();
        int total = 0;
        int correctable = 0;
        String fatal = fatalFile + ":88:1: F: Lint/Syntax: unexpected token kEND";
        String fatalParser = "(Using Ruby 3.3 parser; configure using TargetRubyVersion parameter, under AllCops)";
        String errorLine = errorFile + ":41:7: E: Rails/SaveBang: Use save! instead of save if the return value is not checked.";
        for (String f : files) {
            if (f.equals(fatalFile)) {
                progress.append('F');
                offenses.add(fatal);
                offenses.add(fatalParser);
                offenses.add("end");
                offenses.add("^^^");
                total++;
                continue;
            }
            int n = g.chance(0.45) ? 0 : g.between(1, 3);
            if (f.equals(errorFile)) {
                n = Math.max(n, 1);
            }
            char worst = '.';
            TreeMap<Integer, String[]> lines = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                int line = g.between(1, 220);
                String[] off = rubyOffense(g);
                if (lines.putIfAbsent(line, off) == null) {
                    worst = off[0].equals("W") || worst == 'W' ? 'W' : 'C';
                }
            }
            if (f.equals(errorFile)) {
                lines.put(41, new String[] {"E", "Rails/SaveBang", "Use save! instead of save if the return value is not checked.", "      refund.save",
                    "      ^^^^^^^^^^^", "false"});
                worst = 'E';
            }
            progress.append(worst);
            for (var e : lines.entrySet()) {
                String[] o = e.getValue();
                int col = o[3].length() - o[3].stripLeading().length() + 1;
                boolean corr = Boolean.parseBoolean(o[5]);
                String head = f + ":" + e.getKey() + ":" + col + ": " + o[0] + ": " + (corr ? "[Correctable] " : "") + o[1] + ": " + o[2];
                offenses.add(f.equals(errorFile) && e.getKey() == 41 ? errorLine : head);
                offenses.add(o[3]);
                offenses.add(o[4]);
                total++;
                correctable += corr ? 1 : 0;
            }
        }
        g.add("Inspecting " + files.size() + " files");
        g.add(progress.toString());
        g.add("");
        g.add("Offenses:");
        g.add("");
        for (String o : offenses) {
            g.add(o);
        }
        g.add("");
        String summary = fmt("%d files inspected, %d offenses detected, %d offenses autocorrectable", files.size(), total, correctable);
        g.add(summary);
        String text = g.text();
        requireLines(g, 500, 1600);
        requireCount(text, ": F: ", 1);
        requireCount(text, ": E: ", 1);
        return NeedleCase.named("fresh12_rubocop", "build", "rubocop-progress")
                .shell("bundle exec rubocop --parallel")
                .question("rubocop still exits 1 after I ran rubocop -a. Which file has a syntax error RuboCop can't autocorrect, and on what line?")
                .heldAside()
                .build(text, List.of(Needle.exact(fatal), Needle.exact(fatalParser), Needle.exact(summary)));
    }

    /** {severity, cop, message, source line, carets, correctable}. */
    private static String[] rubyOffense(Gen g) {
        String ind = "  ".repeat(g.between(1, 4));
        switch (g.weighted(22, 14, 10, 10, 8, 8, 6, 5, 4, 4)) {
            case 0: {
                String s = g.pick("status", "pending", "Invoice paid", "EUR", "application/json", "created_at DESC");
                String src = ind + g.pick("state = ", "render json: ", "where(kind: ", "header[:x] = ") + "\"" + s + "\"";
                return new String[] {"C", "Style/StringLiterals", "Prefer single-quoted strings when you don't need string interpolation or special symbols.",
                    src, " ".repeat(src.indexOf('"')) + "^".repeat(s.length() + 2), "true"};
            }
            case 1: {
                int len = g.between(121, 168);
                String src = ind + "scope :" + g.pick("recent", "overdue", "for_tenant", "billable") + ", -> { where(" + "x".repeat(Math.max(1, len - ind.length() - 40))
                        + ").order(:id) }";
                return new String[] {"C", "Layout/LineLength", "Line is too long. [" + src.length() + "/120]", src,
                    " ".repeat(120) + "^".repeat(Math.max(1, src.length() - 120)), "true"};
            }
            case 2: {
                String src = "class " + g.pick("OrdersController", "InvoiceSync", "RefundCreator", "Subscription", "ExportJob") + g.pick("", " < ApplicationRecord",
                        " < ApplicationJob");
                return new String[] {"C", "Style/Documentation", "Missing top-level documentation comment for `class " + src.split(" ")[1] + "`.", src,
                    "^^^^^", "false"};
            }
            case 3: {
                String src = ind + "def " + g.pick("call", "perform", "sync!", "build_lines", "to_csv", "create") + "(" + g.pick("", "args", "id, opts = {}") + ")";
                return new String[] {"C", "Metrics/MethodLength", "Method has too many lines. [" + g.between(11, 48) + "/10]", src,
                    ind + "^".repeat(src.length() - ind.length()), "false"};
            }
            case 4: {
                String src = "# " + g.pick("frozen_string_literal: false", "encoding: utf-8", "typed: true");
                return new String[] {"C", "Style/FrozenStringLiteralComment", "Missing frozen string literal comment.", src.startsWith("# frozen") ? src : "class Foo", "^",
                    "true"};
            }
            case 5: {
                String v = g.pick("result", "resp", "order", "total", "rows");
                String src = ind + v + " = " + g.pick("client.post(payload)", "Order.find(id)", "lines.sum(&:amount)", "fetch_rows");
                return new String[] {"W", "Lint/UselessAssignment", "Useless assignment to variable - `" + v + "`.", src, ind + "^".repeat(v.length()), "true"};
            }
            case 6: {
                String src = ind + "if " + g.pick("!paid?", "!valid?", "!user.admin?");
                return new String[] {"C", "Style/NegatedIf", "Favor `unless` over `if` for negative conditions.", src, ind + "^".repeat(src.length() - ind.length()),
                    "true"};
            }
            case 7: {
                String src = ind + "rescue => e";
                return new String[] {"W", "Lint/SuppressedException", "Do not suppress exceptions.", src, ind + "^^^^^^^^^^^", "false"};
            }
            case 8: {
                String src = ind + "Rails.logger.info \"processing #{" + g.pick("id", "order.id", "batch") + "}\"";
                return new String[] {"C", "Rails/EagerEvaluationLogMessage", "Pass a block to `Rails.logger.debug`.", src,
                    ind + "^".repeat(src.length() - ind.length()), "true"};
            }
            default: {
                int k = g.nextInt(3);
                String[] srcs = {"where(state: 'open').first", "select { |o| o.paid? }.first", "map { |l| l.amount }.sum"};
                String[] cops = {"Rails/FindBy", "Performance/Detect", "Performance/Sum"};
                String[] msgs = {"Use `find_by` instead of `where.first`.", "Use `detect` instead of `select.first`.", "Use `sum { ... }` instead of `map { ... }.sum`."};
                String src = ind + srcs[k];
                return new String[] {"C", cops[k], msgs[k], src, ind + "^".repeat(src.length() - ind.length()), "true"};
            }
        }
    }

    // ---------------------------------------------------------------- sbt test (ScalaTest)

    /**
     * sbt test of a three-module Scala build (core, api, ingest): loading and compile lines, then 25 ScalaTest suites in
     * FlatSpec style, about 210 tests passing (a few ignored); one test in InterestAccrualSpec fails with a
     * BigDecimal mismatch at InterestAccrualSpec.scala:84, and the run ends with the failed-tests list and the
     * TestsFailedException.
     */
    static NeedleCase sbtTest() {
        Gen g = new Gen(150_004);
        String root = "/home/runner/work/ledger/ledger";
        g.add("[info] welcome to sbt 1.10.5 (Eclipse Adoptium Java 17.0.13)");
        g.add("[info] loading settings for project ledger-build-build from metals.sbt ...");
        g.add("[info] loading project definition from " + root + "/project/project");
        g.add("[info] loading settings for project ledger-build from plugins.sbt,metals.sbt ...");
        g.add("[info] loading project definition from " + root + "/project");
        g.add("[success] Generated .bloop/ledger-build.json");
        g.add("[success] Total time: 2 s, completed Dec 7, 2026, 9:38:41 AM");
        g.add("[info] loading settings for project root from build.sbt ...");
        g.add("[info] set current project to ledger (in build file:" + root + "/)");
        String[][] modules = {
            {"core", "com.acme.ledger.core", "AccountSpec", "InterestAccrualSpec", "MoneySpec", "PostingRulesSpec", "PeriodCloseSpec", "CurrencySpec",
                "JournalSpec", "BalanceSnapshotSpec", "FeeScheduleSpec", "RoundingSpec"},
            {"api", "com.acme.ledger.api", "AccountRoutesSpec", "PostingRoutesSpec", "JsonCodecsSpec", "AuthDirectivesSpec", "ErrorMappingSpec",
                "PaginationSpec", "HealthRoutesSpec"},
            {"ingest", "com.acme.ledger.ingest", "CsvParserSpec", "BankFileReaderSpec", "Mt940ParserSpec", "Camt053ParserSpec", "DedupSpec",
                "ImportJobSpec", "ReconcilerSpec", "FxRateLoaderSpec"}};
        for (String[] m : modules) {
            g.add(fmt("[info] compiling %d Scala sources to %s/%s/target/scala-2.13/classes ...", g.between(18, 64), root, m[0]));
        }
        for (String[] m : modules) {
            g.add(fmt("[info] compiling %d Scala sources to %s/%s/target/scala-2.13/test-classes ...", m.length - 2 + g.between(1, 6), root, m[0]));
        }
        g.add("[warn] " + root + "/ingest/src/main/scala/com/acme/ledger/ingest/Mt940Parser.scala:57:11: match may not be exhaustive.");
        g.add("[warn] It would fail on the following input: Some((x: String forSome x not in \"C\", \"D\", \"RC\", \"RD\"))");
        g.add("[warn]     tag86 match {");
        g.add("[warn]           ^");
        g.add("[warn] one warning found");
        String[] subjects = {"An Account", "The interest accrual", "Money", "A posting rule", "The period close", "A currency", "The journal",
            "A balance snapshot", "The fee schedule", "Rounding"};
        String[] shoulds = {"reject a negative amount", "start with a zero balance", "apply the daily rate", "keep the scale at 2", "compound monthly",
            "post a balanced journal entry", "refuse an unbalanced entry", "close a period once", "round half even", "convert at the booked rate",
            "ignore a zero fee", "charge the minimum fee", "carry the remainder", "parse an empty file", "decode a debit line", "encode the error body",
            "return 404 for an unknown account", "return 401 without a token", "page with a cursor", "deduplicate by bank reference", "skip the header row",
            "handle a leap day", "accrue nothing for a closed account", "use the rate in force on the value date", "reverse a posting",
            "sum lines in the account currency", "reject a currency mismatch", "serialize amounts as strings", "keep insertion order"};
        String failTest = "compute interest for a 31-day month at 3.75% p.a. *** FAILED ***";
        String failMsg = "[info]   101.59 did not equal 101.60 (InterestAccrualSpec.scala:84)";
        int tests = 0;
        int ignored = 0;
        int suites = 0;
        for (String[] m : modules) {
            for (int s = 2; s < m.length; s++) {
                String suite = m[s];
                suites++;
                g.add("[info] " + suite + ":");
                int groups = g.between(1, 3);
                for (int gr = 0; gr < groups; gr++) {
                    String subj = suite.equals("InterestAccrualSpec") && gr == 0 ? "The interest accrual" : g.pick(subjects);
                    g.add("[info] " + subj);
                    int n = suite.equals("InterestAccrualSpec") && gr == 0 ? 12 : g.between(3, 8);
                    TreeSet<String> seen = new TreeSet<>();
                    for (int t = 0; t < n; t++) {
                        String name = g.pick(shoulds);
                        if (!seen.add(name)) {
                            continue;
                        }
                        tests++;
                        if (g.chance(0.02)) {
                            ignored++;
                            tests--;
                            g.add("[info] - should " + name + " !!! IGNORED !!!");
                        } else {
                            g.add("[info] - should " + name);
                        }
                        if (suite.equals("InterestAccrualSpec") && gr == 0 && seen.size() == 2) {
                            tests++;
                            g.add("[info] - should " + failTest);
                            g.add(failMsg);
                        }
                    }
                }
                if (suite.equals("ImportJobSpec")) {
                    g.add("[info] 09:39:58.412 [pool-7-thread-3] WARN  c.a.l.ingest.ImportJob - bank file BF-20261206-0042.sta already imported, skipping");
                }
            }
        }
        g.add(fmt("[info] Run completed in %d seconds, %d milliseconds.", g.between(9, 14), g.between(0, 999)));
        g.add("[info] Total number of tests run: " + tests);
        g.add("[info] Suites: completed " + suites + ", aborted 0");
        String summary = fmt("[info] Tests: succeeded %d, failed 1, canceled 0, ignored %d, pending 0", tests - 1, ignored);
        g.add(summary);
        g.add("[info] *** 1 TEST FAILED ***");
        g.add("[error] Failed tests:");
        g.add("[error] \tcom.acme.ledger.core.InterestAccrualSpec");
        g.add("[error] (core / Test / test) sbt.TestsFailedException: Tests unsuccessful");
        g.add("[error] Total time: 71 s (01:11), completed Dec 7, 2026, 9:40:02 AM");
        String text = g.text();
        requireLines(g, 250, 900);
        requireCount(text, "FAILED ***", 2);
        return NeedleCase.named("fresh12_sbt_test", "build", "sbt-scalatest")
                .shell("sbt test")
                .question("sbt test fails on CI for the ledger repo. Which test failed, with what assertion message, and where?")
                .heldAside()
                .build(text, List.of(Needle.exact("[info] - should " + failTest), Needle.exact(failMsg),
                        Needle.exact("[error] \tcom.acme.ledger.core.InterestAccrualSpec"), Needle.exact(summary)));
    }

    // ---------------------------------------------------------------- xcodebuild

    /**
     * xcodebuild of an iOS app workspace (Xcode 13 log style): per target, CompileSwift commands with their cd and
     * swift-frontend invocations, CompileC of a pod, asset catalogs, Info.plist processing, Ld and CodeSign, and a
     * dozen Swift warnings with their source excerpts; one error, an optional not unwrapped in CheckoutService.swift,
     * then ** BUILD FAILED ** and the list of failed commands.
     */
    static NeedleCase xcodebuildFailed() {
        Gen g = new Gen(150_005);
        String root = "/Users/runner/work/acme-ios/acme-ios";
        String xcode = "/Applications/Xcode_13.4.1.app/Contents/Developer";
        String derived = "/Users/runner/Library/Developer/Xcode/DerivedData/Acme-bqzjwexkcyzgmpfrvjdahlfmuhfe";
        String sdk = xcode + "/Platforms/iPhoneSimulator.platform/Developer/SDKs/iPhoneSimulator15.5.sdk";
        String[][] targets = {
            {"AcmeCore", "Sources/Core", "APIClient", "Endpoint", "Keychain", "Logger", "Money", "DateFormatting", "Environment", "FeatureFlags", "JSONCoding"},
            {"AcmeUI", "Sources/UI", "PrimaryButton", "PriceLabel", "LoadingView", "Theme", "Toast", "ImageCache", "EmptyStateView"},
            {"AcmeCatalog", "Sources/Catalog", "ProductListView", "ProductListViewModel", "ProductDetailView", "SearchBar", "CatalogRepository", "FilterSheet"},
            {"AcmeCheckout", "Sources/Checkout", "CartView", "CartViewModel", "CheckoutService", "PaymentSheet", "AddressForm", "OrderSummaryView",
                "ApplePayHandler"},
            {"Acme", "App", "AppDelegate", "SceneDelegate", "RootCoordinator", "DeepLinkRouter", "PushNotifications"}};
        String errFile = root + "/Sources/Checkout/CheckoutService.swift";
        String error = errFile + ":142:52: error: value of optional type 'PaymentMethod?' must be unwrapped to refer to member 'token' of wrapped base type"
                + " 'PaymentMethod'";
        String errSrc = "        let request = ChargeRequest(token: session.paymentMethod.token, amount: cart.total)";
        String failedCmd = "\tCompileSwift normal x86_64 " + errFile + " (in target 'AcmeCheckout' from project 'Acme')";
        g.add("Command line invocation:");
        g.add("    " + xcode + "/usr/bin/xcodebuild -workspace Acme.xcworkspace -scheme Acme -configuration Debug -sdk iphonesimulator"
                + " -destination \"platform=iOS Simulator,name=iPhone 13,OS=15.5\" build");
        g.add("");
        g.add("User defaults from command line:");
        g.add("    IDEPackageSupportUseBuiltinSCM = YES");
        g.add("");
        g.add("note: Using new build system");
        g.add("note: Planning");
        g.add("Analyze workspace");
        g.add("");
        g.add("Create build description");
        g.add("Build description signature: " + g.hex(32));
        g.add("Build description path: " + derived + "/Build/Intermediates.noindex/XCBuildData/" + g.hex(32) + "-desc.xcbuild");
        g.add("");
        g.add("note: Building targets in dependency order");
        // the Alamofire pod first
        String pods = root + "/Pods";
        for (String f : new String[] {"Alamofire-dummy", "AFNetworkReachability", "AFError"}) {
            g.add("CompileC " + derived + "/Build/Intermediates.noindex/Pods.build/Debug-iphonesimulator/Alamofire.build/Objects-normal/x86_64/" + f + ".o "
                    + pods + "/Target\\ Support\\ Files/Alamofire/" + f + ".m normal x86_64 objective-c com.apple.compilers.llvm.clang.1_0.compiler"
                    + " (in target 'Alamofire' from project 'Pods')");
            g.add("    cd " + pods);
            g.add("    " + xcode + "/Toolchains/XcodeDefault.xctoolchain/usr/bin/clang -x objective-c -target x86_64-apple-ios12.0-simulator -fmessage-length\\=0"
                    + " -fdiagnostics-show-note-include-stack -fmacro-backtrace-limit\\=0 -std\\=gnu11 -fobjc-arc -fmodules -gmodules -O0 -DDEBUG\\=1 -isysroot "
                    + sdk + " -c " + pods + "/Target\\ Support\\ Files/Alamofire/" + f + ".m -o " + derived
                    + "/Build/Intermediates.noindex/Pods.build/Debug-iphonesimulator/Alamofire.build/Objects-normal/x86_64/" + f + ".o");
            g.add("");
        }
        int warnings = 0;
        for (String[] t : targets) {
            String target = t[0];
            String build = derived + "/Build/Intermediates.noindex/Acme.build/Debug-iphonesimulator/" + target + ".build";
            g.add("ProcessInfoPlistFile " + derived + "/Build/Products/Debug-iphonesimulator/" + target + (target.equals("Acme") ? ".app" : ".framework")
                    + "/Info.plist " + root + "/" + t[1] + "/Info.plist (in target '" + target + "' from project 'Acme')");
            g.add("    cd " + root);
            g.add("    builtin-infoPlistUtility " + root + "/" + t[1] + "/Info.plist -producttype com.apple.product-type." + (target.equals("Acme") ? "application"
                    : "framework") + " -expandbuildsettings -platform iphonesimulator -o " + derived + "/Build/Products/Debug-iphonesimulator/" + target
                    + (target.equals("Acme") ? ".app" : ".framework") + "/Info.plist");
            g.add("");
            if (t[0].equals("AcmeUI") || t[0].equals("Acme")) {
                g.add("CompileAssetCatalog " + derived + "/Build/Products/Debug-iphonesimulator/" + target + (target.equals("Acme") ? ".app " : ".framework ")
                        + root + "/" + t[1] + "/Assets.xcassets (in target '" + target + "' from project 'Acme')");
                g.add("    cd " + root);
                g.add("    " + xcode + "/usr/bin/actool --output-format human-readable-text --notices --warnings --export-dependency-info " + build
                        + "/assetcatalog_dependencies --output-partial-info-plist " + build + "/assetcatalog_generated_info.plist --compress-pngs"
                        + " --enable-on-demand-resources YES --filter-for-device-model iPhone14,5 --filter-for-device-os-version 15.5 --development-region en"
                        + " --target-device iphone --target-device ipad --minimum-deployment-target 15.0 --platform iphonesimulator --compile "
                        + derived + "/Build/Products/Debug-iphonesimulator/" + target + (target.equals("Acme") ? ".app " : ".framework ") + root + "/" + t[1]
                        + "/Assets.xcassets");
                g.add("/* com.apple.actool.compilation-results */");
                g.add(build + "/assetcatalog_generated_info.plist");
                g.add("");
            }
            for (int i = 2; i < t.length; i++) {
                String file = root + "/" + t[1] + "/" + t[i] + ".swift";
                g.add("CompileSwift normal x86_64 " + file + " (in target '" + target + "' from project 'Acme')");
                g.add("    cd " + root);
                StringBuilder others = new StringBuilder();
                for (int j = 2; j < t.length; j++) {
                    if (j != i) {
                        others.append(' ').append(root).append('/').append(t[1]).append('/').append(t[j]).append(".swift");
                    }
                }
                g.add("    " + xcode + "/Toolchains/XcodeDefault.xctoolchain/usr/bin/swift-frontend -frontend -c" + others + " -primary-file " + file
                        + " -emit-module-path " + build + "/Objects-normal/x86_64/" + t[i] + "~partial.swiftmodule -serialize-diagnostics-path " + build
                        + "/Objects-normal/x86_64/" + t[i] + ".dia -emit-dependencies-path " + build + "/Objects-normal/x86_64/" + t[i] + ".d -target"
                        + " x86_64-apple-ios15.0-simulator -Xllvm -enable-dynamic-replacement-chaining -enable-objc-interop -sdk " + sdk + " -I "
                        + derived + "/Build/Products/Debug-iphonesimulator -F " + derived + "/Build/Products/Debug-iphonesimulator -enable-testing -g"
                        + " -module-cache-path " + derived + "/../../ModuleCache.noindex -swift-version 5 -enforce-exclusivity\\=checked -Onone -D DEBUG"
                        + " -serialize-debugging-options -module-name " + target + " -target-sdk-version 15.5 -o " + build + "/Objects-normal/x86_64/" + t[i] + ".o"
                        + " -index-store-path " + derived + "/Index/DataStore -index-system-modules");
                if (file.equals(errFile)) {
                    g.add(error);
                    g.add(errSrc);
                    g.add(" ".repeat(51) + "^");
                    g.add(errFile + ":142:52: note: chain the optional using '?' to access member 'token' only for non-'nil' base values");
                    g.add(errSrc);
                    g.add(" ".repeat(51) + "^");
                    g.add(" ".repeat(64) + "?");
                    g.add(errFile + ":142:52: note: force-unwrap using '!' to abort execution if the optional value contains 'nil'");
                    g.add(errSrc);
                    g.add(" ".repeat(51) + "^");
                    g.add(" ".repeat(64) + "!");
                } else if (g.chance(0.35)) {
                    warnings++;
                    int line = g.between(14, 260);
                    switch (g.nextInt(4)) {
                        case 0 -> {
                            String v = g.pick("total", "response", "index", "didChange", "token");
                            g.add(file + ":" + line + ":13: warning: initialization of immutable value '" + v + "' was never used; consider replacing with"
                                    + " assignment to '_' or removing it");
                            g.add("        let " + v + " = " + g.pick("items.count", "try await client.send(request)", "0", "true"));
                            g.add("        ~~~~^" + "~".repeat(Math.max(0, v.length() - 1)));
                            g.add("        _");
                        }
                        case 1 -> {
                            String api = g.pick("UIApplication.shared.keyWindow", "UIScreen.main.bounds", "openURL(_:)");
                            g.add(file + ":" + line + ":21: warning: '" + api.substring(api.lastIndexOf('.') + 1) + "' was deprecated in iOS "
                                    + g.pick("13.0", "15.0", "10.0") + ": " + g.pick("Should not be used for applications that support multiple scenes as it"
                                    + " returns a key window across all connected scenes", "Use a UIScreen instance found through context instead", "Use"
                                    + " open(_:options:completionHandler:) instead"));
                            g.add("        let value = " + api);
                            g.add("                    ^");
                        }
                        case 2 -> {
                            g.add(file + ":" + line + ":9: warning: result of call to '" + g.pick("save()", "removeValue(forKey:)", "send(_:)") + "' is unused");
                            g.add("        " + g.pick("store.save()", "cache.removeValue(forKey: key)", "subject.send(value)"));
                            g.add("        ^    ~~~~~~");
                        }
                        default -> {
                            g.add(file + ":" + line + ":17: warning: variable 'copy' was never mutated; consider changing to 'let' constant");
                            g.add("            var copy = self");
                            g.add("            ~~~ ^");
                            g.add("            let");
                        }
                    }
                }
                g.add("");
            }
            if (target.equals("AcmeCheckout")) {
                break;
            }
            g.add("MergeSwiftModule normal x86_64 (in target '" + target + "' from project 'Acme')");
            g.add("    cd " + root);
            g.add("    " + xcode + "/Toolchains/XcodeDefault.xctoolchain/usr/bin/swift-frontend -frontend -merge-modules -emit-module " + build
                    + "/Objects-normal/x86_64/" + target + ".swiftmodule -o " + build + "/Objects-normal/x86_64/" + target + ".swiftmodule");
            g.add("");
            g.add("Ld " + derived + "/Build/Products/Debug-iphonesimulator/" + target + ".framework/" + target + " normal (in target '" + target
                    + "' from project 'Acme')");
            g.add("    cd " + root);
            g.add("    " + xcode + "/Toolchains/XcodeDefault.xctoolchain/usr/bin/clang -target x86_64-apple-ios15.0-simulator -dynamiclib -isysroot " + sdk
                    + " -L" + derived + "/Build/Products/Debug-iphonesimulator -F" + derived + "/Build/Products/Debug-iphonesimulator -filelist " + build
                    + "/Objects-normal/x86_64/" + target + ".LinkFileList -install_name @rpath/" + target + ".framework/" + target + " -Xlinker -rpath"
                    + " -Xlinker @executable_path/Frameworks -fobjc-link-runtime -L" + xcode + "/Toolchains/XcodeDefault.xctoolchain/usr/lib/swift/iphonesimulator"
                    + " -o " + derived + "/Build/Products/Debug-iphonesimulator/" + target + ".framework/" + target);
            g.add("");
            g.add("CodeSign " + derived + "/Build/Products/Debug-iphonesimulator/" + target + ".framework (in target '" + target + "' from project 'Acme')");
            g.add("    cd " + root);
            g.add("    export CODESIGN_ALLOCATE\\=" + xcode + "/Toolchains/XcodeDefault.xctoolchain/usr/bin/codesign_allocate");
            g.add("    ");
            g.add("Signing Identity:     \"-\"");
            g.add("");
            g.add("    /usr/bin/codesign --force --sign - --timestamp\\=none --generate-entitlement-der " + derived
                    + "/Build/Products/Debug-iphonesimulator/" + target + ".framework");
            g.add("");
        }
        g.add("** BUILD FAILED **");
        g.add("");
        g.add("");
        g.add("The following build commands failed:");
        g.add(failedCmd);
        g.add("\tCompileSwiftSources normal x86_64 com.apple.xcode.tools.swift.compiler (in target 'AcmeCheckout' from project 'Acme')");
        g.add("(2 failures)");
        String text = g.text();
        requireLines(g, 150, 900);
        requireCount(text, ": error: ", 1);
        if (warnings < 5) {
            throw new IllegalStateException("too few warnings: " + warnings);
        }
        return NeedleCase.named("fresh12_xcodebuild_failed", "build", "xcodebuild-log")
                .shell("xcodebuild -workspace Acme.xcworkspace -scheme Acme -configuration Debug -sdk iphonesimulator -destination"
                        + " 'platform=iOS Simulator,name=iPhone 13,OS=15.5' build")
                .question("The iOS build fails on CI after I merged the payment sheet change. What is the compile error, in which file and line?")
                .heldAside()
                .build(text, List.of(Needle.exact(error), Needle.exact(errSrc), Needle.exact(failedCmd), Needle.exact("** BUILD FAILED **")));
    }

    // ---------------------------------------------------------------- docker inspect

    private static String dockerContainer(Gen g, String name, String image, String imageTag, String[] cmd, String[] env, int port, boolean oom,
                                          int exitCode, int restarts, long memory, String status, String started, String finished) {
        String id = g.hex(64);
        String imageId = "sha256:" + g.hex(64);
        String layer = g.hex(64);
        String ip = "172.18.0." + g.between(2, 40);
        StringBuilder s = new StringBuilder();
        s.append("    {\n");
        s.append("        \"Id\": \"").append(id).append("\",\n");
        s.append("        \"Created\": \"2026-12-0").append(g.between(1, 5)).append("T0").append(g.between(1, 9)).append(':').append(g.between(10, 59))
                .append(':').append(g.between(10, 59)).append('.').append(g.between(100_000_000, 999_999_999)).append("Z\",\n");
        s.append("        \"Path\": \"").append(cmd[0]).append("\",\n");
        s.append("        \"Args\": [\n");
        for (int i = 1; i < cmd.length; i++) {
            s.append("            \"").append(Json.escape(cmd[i])).append('"').append(i + 1 < cmd.length ? ",\n" : "\n");
        }
        s.append("        ],\n");
        boolean running = status.equals("running");
        s.append("        \"State\": {\n");
        s.append("            \"Status\": \"").append(status).append("\",\n");
        s.append("            \"Running\": ").append(running).append(",\n");
        s.append("            \"Paused\": false,\n");
        s.append("            \"Restarting\": ").append(status.equals("restarting")).append(",\n");
        s.append("            \"OOMKilled\": ").append(oom).append(",\n");
        s.append("            \"Dead\": false,\n");
        s.append("            \"Pid\": ").append(running ? g.between(1200, 98000) : 0).append(",\n");
        s.append("            \"ExitCode\": ").append(exitCode).append(",\n");
        s.append("            \"Error\": \"\",\n");
        s.append("            \"StartedAt\": \"").append(started).append("\",\n");
        s.append("            \"FinishedAt\": \"").append(finished).append("\"");
        if (port > 0 && running) {
            s.append(",\n            \"Health\": {\n                \"Status\": \"healthy\",\n                \"FailingStreak\": 0,\n                \"Log\": [\n");
            for (int i = 0; i < 5; i++) {
                s.append("                    {\n                        \"Start\": \"2026-12-07T09:1").append(i).append(":0").append(g.between(0, 9)).append('.')
                        .append(g.between(100_000_000, 999_999_999)).append("Z\",\n                        \"End\": \"2026-12-07T09:1").append(i).append(":0")
                        .append(g.between(0, 9)).append('.').append(g.between(100_000_000, 999_999_999))
                        .append("Z\",\n                        \"ExitCode\": 0,\n                        \"Output\": \"")
                        .append(Json.escape("  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"))
                        .append("\"\n                    }").append(i < 4 ? ",\n" : "\n");
            }
            s.append("                ]\n            }");
        }
        s.append("\n        },\n");
        s.append("        \"Image\": \"").append(imageId).append("\",\n");
        String dir = "/var/lib/docker/containers/" + id;
        s.append("        \"ResolvConfPath\": \"").append(dir).append("/resolv.conf\",\n");
        s.append("        \"HostnamePath\": \"").append(dir).append("/hostname\",\n");
        s.append("        \"HostsPath\": \"").append(dir).append("/hosts\",\n");
        s.append("        \"LogPath\": \"").append(dir).append('/').append(id).append("-json.log\",\n");
        s.append("        \"Name\": \"/").append(name).append("\",\n");
        s.append("        \"RestartCount\": ").append(restarts).append(",\n");
        s.append("        \"Driver\": \"overlay2\",\n");
        s.append("        \"Platform\": \"linux\",\n");
        s.append("        \"MountLabel\": \"\",\n        \"ProcessLabel\": \"\",\n        \"AppArmorProfile\": \"docker-default\",\n        \"ExecIDs\": null,\n");
        s.append("        \"HostConfig\": {\n");
        s.append("            \"Binds\": null,\n            \"ContainerIDFile\": \"\",\n");
        s.append("            \"LogConfig\": {\n                \"Type\": \"json-file\",\n                \"Config\": {\n                    \"max-file\": \"3\",\n")
                .append("                    \"max-size\": \"10m\"\n                }\n            },\n");
        s.append("            \"NetworkMode\": \"shop_default\",\n");
        s.append("            \"PortBindings\": {");
        if (port > 0) {
            s.append("\n                \"").append(port).append("/tcp\": [\n                    {\n                        \"HostIp\": \"\",\n")
                    .append("                        \"HostPort\": \"").append(port).append("\"\n                    }\n                ]\n            },\n");
        } else {
            s.append("},\n");
        }
        s.append("            \"RestartPolicy\": {\n                \"Name\": \"").append(restarts > 0 || oom ? "on-failure" : "unless-stopped")
                .append("\",\n                \"MaximumRetryCount\": 0\n            },\n");
        s.append("            \"AutoRemove\": false,\n            \"VolumeDriver\": \"\",\n            \"VolumesFrom\": null,\n            \"ConsoleSize\": [\n")
                .append("                0,\n                0\n            ],\n            \"CapAdd\": null,\n            \"CapDrop\": null,\n")
                .append("            \"CgroupnsMode\": \"private\",\n            \"Dns\": [],\n            \"DnsOptions\": [],\n            \"DnsSearch\": [],\n")
                .append("            \"ExtraHosts\": [],\n            \"GroupAdd\": null,\n            \"IpcMode\": \"private\",\n            \"Cgroup\": \"\",\n")
                .append("            \"Links\": null,\n            \"OomScoreAdj\": 0,\n            \"PidMode\": \"\",\n            \"Privileged\": false,\n")
                .append("            \"PublishAllPorts\": false,\n            \"ReadonlyRootfs\": false,\n            \"SecurityOpt\": null,\n")
                .append("            \"UTSMode\": \"\",\n            \"UsernsMode\": \"\",\n            \"ShmSize\": 67108864,\n            \"Runtime\": \"runc\",\n")
                .append("            \"Isolation\": \"\",\n            \"CpuShares\": 0,\n");
        s.append("            \"Memory\": ").append(memory).append(",\n");
        s.append("            \"NanoCpus\": ").append(memory > 0 ? 1_000_000_000L : 0).append(",\n");
        s.append("            \"CgroupParent\": \"\",\n            \"BlkioWeight\": 0,\n            \"BlkioWeightDevice\": null,\n")
                .append("            \"BlkioDeviceReadBps\": null,\n            \"BlkioDeviceWriteBps\": null,\n            \"BlkioDeviceReadIOps\": null,\n")
                .append("            \"BlkioDeviceWriteIOps\": null,\n            \"CpuPeriod\": 0,\n            \"CpuQuota\": 0,\n            \"CpuRealtimePeriod\": 0,\n")
                .append("            \"CpuRealtimeRuntime\": 0,\n            \"CpusetCpus\": \"\",\n            \"CpusetMems\": \"\",\n            \"Devices\": null,\n")
                .append("            \"DeviceCgroupRules\": null,\n            \"DeviceRequests\": null,\n            \"MemoryReservation\": 0,\n");
        s.append("            \"MemorySwap\": ").append(memory > 0 ? memory * 2 : 0).append(",\n");
        s.append("            \"MemorySwappiness\": null,\n            \"OomKillDisable\": null,\n            \"PidsLimit\": null,\n            \"Ulimits\": null,\n")
                .append("            \"CpuCount\": 0,\n            \"CpuPercent\": 0,\n            \"IOMaximumIOps\": 0,\n            \"IOMaximumBandwidth\": 0,\n")
                .append("            \"MaskedPaths\": [\n                \"/proc/asound\",\n                \"/proc/acpi\",\n                \"/proc/kcore\",\n")
                .append("                \"/proc/keys\",\n                \"/proc/latency_stats\",\n                \"/proc/timer_list\",\n                \"/proc/timer_stats\",\n")
                .append("                \"/proc/sched_debug\",\n                \"/proc/scsi\",\n                \"/sys/firmware\",\n                \"/sys/devices/virtual/powercap\"\n")
                .append("            ],\n            \"ReadonlyPaths\": [\n                \"/proc/bus\",\n                \"/proc/fs\",\n                \"/proc/irq\",\n")
                .append("                \"/proc/sys\",\n                \"/proc/sysrq-trigger\"\n            ]\n        },\n");
        String ov = "/var/lib/docker/overlay2/" + layer;
        s.append("        \"GraphDriver\": {\n            \"Data\": {\n                \"LowerDir\": \"").append(ov).append("-init/diff:/var/lib/docker/overlay2/")
                .append(g.alnum(25)).append("/diff:/var/lib/docker/overlay2/").append(g.alnum(25)).append("/diff:/var/lib/docker/overlay2/").append(g.alnum(25))
                .append("/diff\",\n                \"MergedDir\": \"").append(ov).append("/merged\",\n                \"UpperDir\": \"").append(ov)
                .append("/diff\",\n                \"WorkDir\": \"").append(ov).append("/work\"\n            },\n            \"Name\": \"overlay2\"\n        },\n");
        s.append("        \"Mounts\": [],\n");
        s.append("        \"Config\": {\n");
        s.append("            \"Hostname\": \"").append(id, 0, 12).append("\",\n");
        s.append("            \"Domainname\": \"\",\n            \"User\": \"").append(name.contains("postgres") || name.contains("redis") ? "" : "app")
                .append("\",\n            \"AttachStdin\": false,\n            \"AttachStdout\": true,\n            \"AttachStderr\": true,\n");
        if (port > 0) {
            s.append("            \"ExposedPorts\": {\n                \"").append(port).append("/tcp\": {}\n            },\n");
        }
        s.append("            \"Tty\": false,\n            \"OpenStdin\": false,\n            \"StdinOnce\": false,\n            \"Env\": [\n");
        for (int i = 0; i < env.length; i++) {
            s.append("                \"").append(Json.escape(env[i])).append("\",\n");
        }
        s.append("                \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\n            ],\n");
        s.append("            \"Cmd\": [\n");
        for (int i = 1; i < cmd.length; i++) {
            s.append("                \"").append(Json.escape(cmd[i])).append('"').append(i + 1 < cmd.length ? ",\n" : "\n");
        }
        s.append("            ],\n");
        s.append("            \"Image\": \"").append(image).append(':').append(imageTag).append("\",\n");
        s.append("            \"Volumes\": null,\n            \"WorkingDir\": \"").append(name.contains("postgres") || name.contains("redis") ? "" : "/srv/app")
                .append("\",\n            \"Entrypoint\": [\n                \"").append(cmd[0]).append("\"\n            ],\n            \"OnBuild\": null,\n");
        String service = name.replaceFirst("^shop-", "").replaceFirst("-\\d+$", "");
        s.append("            \"Labels\": {\n                \"com.docker.compose.config-hash\": \"").append(g.hex(64)).append("\",\n")
                .append("                \"com.docker.compose.container-number\": \"").append(name.replaceAll("^.*-", "")).append("\",\n")
                .append("                \"com.docker.compose.depends_on\": \"").append(service.equals("postgres") || service.equals("redis") ? ""
                        : "postgres:service_healthy:false,redis:service_started:false").append("\",\n")
                .append("                \"com.docker.compose.image\": \"").append(imageId).append("\",\n")
                .append("                \"com.docker.compose.oneoff\": \"False\",\n                \"com.docker.compose.project\": \"shop\",\n")
                .append("                \"com.docker.compose.project.config_files\": \"/srv/shop/docker-compose.yml\",\n")
                .append("                \"com.docker.compose.project.working_dir\": \"/srv/shop\",\n")
                .append("                \"com.docker.compose.service\": \"").append(service).append("\",\n")
                .append("                \"com.docker.compose.version\": \"2.29.7\"\n            }\n        },\n");
        s.append("        \"NetworkSettings\": {\n            \"Bridge\": \"\",\n            \"SandboxID\": \"").append(running ? g.hex(64) : "").append("\",\n")
                .append("            \"SandboxKey\": \"").append(running ? "/var/run/docker/netns/" + g.hex(12) : "").append("\",\n");
        s.append("            \"Ports\": {");
        if (port > 0 && running) {
            s.append("\n                \"").append(port).append("/tcp\": [\n                    {\n                        \"HostIp\": \"0.0.0.0\",\n")
                    .append("                        \"HostPort\": \"").append(port).append("\"\n                    },\n                    {\n")
                    .append("                        \"HostIp\": \"::\",\n                        \"HostPort\": \"").append(port)
                    .append("\"\n                    }\n                ]\n            },\n");
        } else {
            s.append("},\n");
        }
        s.append("            \"HairpinMode\": false,\n            \"LinkLocalIPv6Address\": \"\",\n            \"LinkLocalIPv6PrefixLen\": 0,\n")
                .append("            \"SecondaryIPAddresses\": null,\n            \"SecondaryIPv6Addresses\": null,\n            \"EndpointID\": \"\",\n")
                .append("            \"Gateway\": \"\",\n            \"GlobalIPv6Address\": \"\",\n            \"GlobalIPv6PrefixLen\": 0,\n")
                .append("            \"IPAddress\": \"\",\n            \"IPPrefixLen\": 0,\n            \"IPv6Gateway\": \"\",\n            \"MacAddress\": \"\",\n");
        s.append("            \"Networks\": {\n                \"shop_default\": {\n                    \"IPAMConfig\": null,\n                    \"Links\": null,\n")
                .append("                    \"Aliases\": [\n                        \"").append(name).append("\",\n                        \"").append(service)
                .append("\"\n                    ],\n                    \"MacAddress\": \"").append(running ? "02:42:ac:12:00:" + g.hex(2) : "").append("\",\n")
                .append("                    \"DriverOpts\": null,\n                    \"NetworkID\": \"").append(g.hex(64)).append("\",\n")
                .append("                    \"EndpointID\": \"").append(running ? g.hex(64) : "").append("\",\n")
                .append("                    \"Gateway\": \"").append(running ? "172.18.0.1" : "").append("\",\n")
                .append("                    \"IPAddress\": \"").append(running ? ip : "").append("\",\n")
                .append("                    \"IPPrefixLen\": ").append(running ? 16 : 0).append(",\n                    \"IPv6Gateway\": \"\",\n")
                .append("                    \"GlobalIPv6Address\": \"\",\n                    \"GlobalIPv6PrefixLen\": 0,\n")
                .append("                    \"DNSNames\": [\n                        \"").append(name).append("\",\n                        \"").append(service)
                .append("\",\n                        \"").append(id, 0, 12).append("\"\n                    ]\n                }\n            }\n        }\n    }");
        return s.toString();
    }

    /**
     * docker inspect of the seven containers of a compose project (api, two workers, scheduler, web, postgres, redis):
     * all running and healthy except shop-worker-2, exited after the kernel OOM killer ended it (OOMKilled, exit code 137)
     * under a 512 MiB limit, restarted 23 times by its on-failure policy. Another worker has the same image and the same
     * limit and is fine.
     */
    static NeedleCase dockerInspect() {
        Gen g = new Gen(150_006);
        long mib512 = 536_870_912L;
        String[] appEnv = {"DATABASE_URL=postgres://shop:shop@postgres:5432/shop", "REDIS_URL=redis://redis:6379/0", "RAILS_ENV=production",
            "RAILS_LOG_TO_STDOUT=1", "MALLOC_ARENA_MAX=2", "RUBY_YJIT_ENABLE=1", "LANG=C.UTF-8", "RUBY_VERSION=3.3.6", "GEM_HOME=/usr/local/bundle",
            "BUNDLE_APP_CONFIG=/usr/local/bundle"};
        List<String> parts = new ArrayList<>();
        parts.add(dockerContainer(g, "shop-api-1", "ghcr.io/acme/shop", "2026.12.06-3f9c2e1", new String[] {"/usr/local/bin/docker-entrypoint", "bundle", "exec",
            "puma", "-C", "config/puma.rb"}, appEnv, 3000, false, 0, 0, 1_073_741_824L, "running", "2026-12-06T22:04:11.918273645Z", "0001-01-01T00:00:00Z"));
        parts.add(dockerContainer(g, "shop-worker-1", "ghcr.io/acme/shop", "2026.12.06-3f9c2e1", new String[] {"/usr/local/bin/docker-entrypoint", "bundle",
            "exec", "sidekiq", "-C", "config/sidekiq.yml", "-q", "default", "-q", "mailers"}, appEnv, 0, false, 0, 0, mib512, "running",
            "2026-12-06T22:04:12.301118022Z", "0001-01-01T00:00:00Z"));
        parts.add(dockerContainer(g, "shop-worker-2", "ghcr.io/acme/shop", "2026.12.06-3f9c2e1", new String[] {"/usr/local/bin/docker-entrypoint", "bundle",
            "exec", "sidekiq", "-C", "config/sidekiq.yml", "-q", "exports", "-q", "imports"}, appEnv, 0, true, 137, 23, mib512, "exited",
            "2026-12-07T09:12:48.550172391Z", "2026-12-07T09:14:03.004811726Z"));
        parts.add(dockerContainer(g, "shop-scheduler-1", "ghcr.io/acme/shop", "2026.12.06-3f9c2e1", new String[] {"/usr/local/bin/docker-entrypoint", "bundle",
            "exec", "clockwork", "config/clock.rb"}, appEnv, 0, false, 0, 0, 268_435_456L, "running", "2026-12-06T22:04:12.877310254Z",
            "0001-01-01T00:00:00Z"));
        parts.add(dockerContainer(g, "shop-web-1", "nginx", "1.27.3-alpine", new String[] {"/docker-entrypoint.sh", "nginx", "-g", "daemon off;"},
            new String[] {"NGINX_VERSION=1.27.3", "PKG_RELEASE=1", "NJS_VERSION=0.8.7", "NJS_RELEASE=1"}, 8080, false, 0, 0, 0, "running",
            "2026-12-06T22:04:13.110027733Z", "0001-01-01T00:00:00Z"));
        parts.add(dockerContainer(g, "shop-postgres-1", "postgres", "16.6", new String[] {"docker-entrypoint.sh", "postgres", "-c", "shared_buffers=512MB"},
            new String[] {"POSTGRES_USER=shop", "POSTGRES_PASSWORD=shop", "POSTGRES_DB=shop", "PG_MAJOR=16", "PG_VERSION=16.6-1.pgdg120+1",
                "PGDATA=/var/lib/postgresql/data"}, 5432, false, 0, 0, 0, "running", "2026-12-06T22:03:58.664101937Z", "0001-01-01T00:00:00Z"));
        parts.add(dockerContainer(g, "shop-redis-1", "redis", "7.4.1", new String[] {"docker-entrypoint.sh", "redis-server", "--appendonly", "yes"},
            new String[] {"REDIS_VERSION=7.4.1", "REDIS_DOWNLOAD_SHA=bc34b878eb89421bbfca6fa78752343bf37af312a09eb0fae47c9575977dfaa2"}, 6379, false, 0, 0, 0,
            "running", "2026-12-06T22:03:58.701722210Z", "0001-01-01T00:00:00Z"));
        String text = "[\n" + String.join(",\n", parts) + "\n]\n";
        requireCount(text, "\"OOMKilled\": true", 1);
        requireCount(text, "\"ExitCode\": 137", 1);
        requireCount(text, "\"RestartCount\": 23,", 1);
        return NeedleCase.named("fresh12_docker_inspect", "json", "docker-inspect-json")
                .shell("docker inspect $(docker compose -p shop ps -aq)")
                .question("Exports stopped being processed last night. Is the shop-worker-2 container running? If not, why did it stop, and has"
                        + " it been restarting?")
                .heldAside()
                .build(text, List.of(Needle.exact("            \"OOMKilled\": true,"), Needle.exact("            \"ExitCode\": 137,"),
                        Needle.exact("        \"RestartCount\": 23,"), Needle.exact("            \"Status\": \"exited\","),
                        Needle.exact("            \"FinishedAt\": \"2026-12-07T09:14:03.004811726Z\"")));
    }

    // ---------------------------------------------------------------- gcloud compute instances list

    /**
     * gcloud compute instances list of a production project: about 420 VMs in us-central1 and europe-west1 zones
     * (sorted by zone, then name, as the aggregated list returns them), GKE nodes, ETL workers, databases, bastions,
     * some preemptible batch VMs; etl-worker-prod-17, the instance the question names, is TERMINATED (a few stopped
     * dev VMs are too), and two VMs sit in zones outside the allowed regions (asia-east1-b, us-east4-c).
     */
    static NeedleCase gcloudInstances() {
        Gen g = new Gen(150_007);
        String[] zones = {"europe-west1-b", "europe-west1-c", "europe-west1-d", "us-central1-a", "us-central1-b", "us-central1-c", "us-central1-f"};
        List<String[]> rows = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        String[][] families = {
            {"gke-prod-main-default-pool-", "e2-standard-8", "gke"}, {"gke-prod-main-highmem-pool-", "n2-highmem-4", "gke"},
            {"gke-prod-batch-spot-pool-", "e2-standard-4", "spot"}, {"etl-worker-prod-", "n2-standard-8", "num"}, {"api-prod-", "e2-standard-4", "num"},
            {"search-prod-", "n2-highmem-8", "num"}, {"kafka-prod-", "n2-standard-16", "num"}, {"redis-prod-", "e2-highmem-4", "num"},
            {"ci-runner-", "e2-standard-4", "spot"}, {"bastion-", "e2-micro", "num"}, {"pg-prod-", "n2-highmem-16", "num"}};
        int etl = 0;
        while (rows.size() < 420) {
            String[] f = families[g.weighted(120, 40, 60, 36, 30, 12, 9, 6, 40, 4, 6)];
            String zone = g.pick(zones);
            String name;
            if (f[2].equals("num")) {
                int n = f[0].startsWith("etl") ? ++etl : g.between(1, 40);
                if (f[0].startsWith("etl") && n > 36) {
                    continue;
                }
                name = f[0] + fmt("%02d", n);
                if (f[0].startsWith("bastion")) {
                    name = "bastion-" + zone.substring(0, zone.indexOf('-')) + "-" + g.between(1, 3);
                }
            } else {
                name = f[0] + g.hex(8) + "-" + g.alnum(4);
            }
            if (!names.add(name)) {
                continue;
            }
            boolean spot = f[2].equals("spot");
            String internal = (zone.startsWith("us") ? "10.128." : "10.132.") + g.between(0, 15) + "." + g.between(2, 254);
            String external = f[0].startsWith("bastion") || f[0].startsWith("api") || g.chance(0.04) ? g.pick("34", "35") + "." + g.between(64, 247) + "."
                    + g.between(0, 255) + "." + g.between(1, 254) : "";
            String status = spot && g.chance(0.03) ? "TERMINATED" : "RUNNING";
            rows.add(new String[] {name, zone, f[1], spot ? "true" : "", internal, external, status});
        }
        String[] target = {"etl-worker-prod-17", "us-central1-b", "n2-standard-8", "", "10.128.6.41", "", "TERMINATED"};
        rows.removeIf(r -> r[0].equals("etl-worker-prod-17"));
        rows.add(target);
        String[] stray1 = {"ml-experiment-gpu-01", "asia-east1-b", "a2-highgpu-1g", "", "10.140.0.7", "35.201.148.22", "RUNNING"};
        String[] stray2 = {"tmp-migration-copy", "us-east4-c", "n2-standard-32", "", "10.150.0.3", "", "RUNNING"};
        rows.add(stray1);
        rows.add(stray2);
        for (String dev : new String[] {"dev-jdoe-workstation", "dev-mkim-workstation", "dev-sgarcia-workstation"}) {
            rows.add(new String[] {dev, "us-central1-a", "e2-standard-8", "", "10.128.1." + g.between(2, 254), "", "TERMINATED"});
        }
        rows.sort((a, b) -> a[1].equals(b[1]) ? a[0].compareTo(b[0]) : a[1].compareTo(b[1]));
        String[] header = {"NAME", "ZONE", "MACHINE_TYPE", "PREEMPTIBLE", "INTERNAL_IP", "EXTERNAL_IP", "STATUS"};
        int[] w = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            w[i] = header[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        String targetLine = null;
        String stray1Line = null;
        String stray2Line = null;
        for (String[] r : all) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(i + 1 < r.length ? pad(r[i], w[i] + 2) : r[i]);
            }
            String line = sb.toString().stripTrailing();
            g.add(line);
            if (r == target) {
                targetLine = line;
            } else if (r == stray1) {
                stray1Line = line;
            } else if (r == stray2) {
                stray2Line = line;
            }
        }
        String text = g.text();
        requireLines(g, 400, 500);
        requireCount(text, "etl-worker-prod-17", 1);
        return NeedleCase.named("fresh12_gcloud_instances_list", "table", "gcloud-instances-list")
                .shell("gcloud compute instances list --project acme-prod")
                .question("The nightly ETL is short one worker: what state is etl-worker-prod-17 in? And compliance says every VM must be in"
                        + " us-central1 or europe-west1; is anything running elsewhere?")
                .heldAside()
                .build(text, List.of(Needle.exact(targetLine), Needle.exact(stray1Line), Needle.exact(stray2Line)));
    }

    // ---------------------------------------------------------------- curl -v

    /**
     * The post-deploy smoke script: curl -sv against 16 endpoints of the storefront API behind Envoy (TLS 1.3, HTTP/2),
     * each with its connection and handshake lines, the certificate block, the h2h3 pseudo-headers, request and response
     * headers (CRLF-terminated as curl prints them) and a short JSON body; GET /v2/orders/recent answers HTTP/2 503 from
     * Envoy (upstream connect error, retry-after) while everything else answers 200 or 201. Written with curl 7.88.1.
     */
    static NeedleCase curlVerbose() {
        Gen g = new Gen(150_008);
        String host = "api.shop.example.com";
        String ip = "34.117.59." + g.between(10, 250);
        String[][] reqs = {
            {"GET", "/healthz", "200", "{\"status\":\"ok\",\"version\":\"2026.12.07-1\"}"},
            {"GET", "/v2/catalog/categories", "200", "{\"items\":[{\"id\":\"c_101\",\"name\":\"Shoes\"},{\"id\":\"c_102\",\"name\":\"Bags\"}],\"next\":null}"},
            {"GET", "/v2/catalog/products?category=c_101&limit=20", "200", "{\"items\":[{\"id\":\"p_88213\",\"sku\":\"SH-RUN-42\",\"price\":\"89.00\"}],\"next\":\"eyJvIjoyMH0\"}"},
            {"GET", "/v2/catalog/products/p_88213", "200", "{\"id\":\"p_88213\",\"sku\":\"SH-RUN-42\",\"name\":\"Trail runner\",\"price\":\"89.00\",\"stock\":14}"},
            {"GET", "/v2/search?q=trail+runner", "200", "{\"hits\":37,\"items\":[{\"id\":\"p_88213\",\"score\":12.4}]}"},
            {"POST", "/v2/auth/token", "200", "{\"access_token\":\"eyJhbGciOiJSUzI1NiJ9.smoke\",\"expires_in\":900,\"token_type\":\"Bearer\"}"},
            {"GET", "/v2/me", "200", "{\"id\":\"u_smoke\",\"email\":\"smoke@shop.example.com\",\"roles\":[\"customer\"]}"},
            {"POST", "/v2/carts", "201", "{\"id\":\"cart_7Yq2\",\"items\":[],\"total\":\"0.00\"}"},
            {"POST", "/v2/carts/cart_7Yq2/items", "201", "{\"id\":\"cart_7Yq2\",\"items\":[{\"sku\":\"SH-RUN-42\",\"qty\":1}],\"total\":\"89.00\"}"},
            {"GET", "/v2/carts/cart_7Yq2", "200", "{\"id\":\"cart_7Yq2\",\"items\":[{\"sku\":\"SH-RUN-42\",\"qty\":1}],\"total\":\"89.00\"}"},
            {"GET", "/v2/shipping/options?country=DE", "200", "{\"options\":[{\"id\":\"dhl_std\",\"price\":\"4.90\"},{\"id\":\"dhl_exp\",\"price\":\"12.90\"}]}"},
            {"GET", "/v2/orders/recent?limit=50", "503", "upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote"
                + " connection failure, transport failure reason: delayed connect error: 111"},
            {"GET", "/v2/payments/methods", "200", "{\"methods\":[\"card\",\"paypal\",\"klarna\"]}"},
            {"GET", "/v2/stores?near=52.52,13.40", "200", "{\"items\":[{\"id\":\"st_berlin_1\",\"distance_km\":1.2}]}"},
            {"GET", "/v2/content/banners?slot=home", "200", "{\"items\":[{\"id\":\"bn_winter\",\"image\":\"https://cdn.shop.example.com/b/winter.webp\"}]}"},
            {"DELETE", "/v2/carts/cart_7Yq2", "200", "{\"deleted\":true}"}};
        String failReqId = uuid(g);
        String cr = "\r";
        for (String[] r : reqs) {
            g.add("== " + r[0] + " " + r[1]);
            g.add("*   Trying " + ip + ":443...");
            g.add("* Connected to " + host + " (" + ip + ") port 443 (#0)");
            g.add("* ALPN: offers h2,http/1.1");
            g.add("} [5 bytes data]");
            g.add("* TLSv1.3 (OUT), TLS handshake, Client hello (1):");
            g.add("} [512 bytes data]");
            g.add("*  CAfile: /etc/ssl/certs/ca-certificates.crt");
            g.add("*  CApath: /etc/ssl/certs");
            g.add("{ [5 bytes data]");
            g.add("* TLSv1.3 (IN), TLS handshake, Server hello (2):");
            g.add("{ [122 bytes data]");
            g.add("* TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):");
            g.add("{ [19 bytes data]");
            g.add("* TLSv1.3 (IN), TLS handshake, Certificate (11):");
            g.add("{ [4" + g.between(100, 999) + " bytes data]");
            g.add("* TLSv1.3 (IN), TLS handshake, CERT verify (15):");
            g.add("{ [264 bytes data]");
            g.add("* TLSv1.3 (IN), TLS handshake, Finished (20):");
            g.add("{ [52 bytes data]");
            g.add("* TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):");
            g.add("} [1 bytes data]");
            g.add("* TLSv1.3 (OUT), TLS handshake, Finished (20):");
            g.add("} [52 bytes data]");
            g.add("* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384");
            g.add("* ALPN: server accepted h2");
            g.add("* Server certificate:");
            g.add("*  subject: CN=" + host);
            g.add("*  start date: Nov  3 08:12:44 2026 GMT");
            g.add("*  expire date: Feb  1 08:12:43 2027 GMT");
            g.add("*  subjectAltName: host \"" + host + "\" matched cert's \"" + host + "\"");
            g.add("*  issuer: C=US; O=Google Trust Services; CN=WR3");
            g.add("*  SSL certificate verify ok.");
            g.add("* using HTTP/2");
            String path = r[1];
            g.add("* h2h3 [:method: " + r[0] + "]");
            g.add("* h2h3 [:path: " + path + "]");
            g.add("* h2h3 [:scheme: https]");
            g.add("* h2h3 [:authority: " + host + "]");
            g.add("* h2h3 [user-agent: curl/7.88.1]");
            g.add("* h2h3 [accept: */*]");
            boolean authed = !path.startsWith("/healthz") && !path.startsWith("/v2/catalog") && !path.equals("/v2/auth/token");
            if (authed) {
                g.add("* h2h3 [authorization: Bearer eyJhbGciOiJSUzI1NiJ9.smoke]");
            }
            if (r[0].equals("POST")) {
                g.add("* h2h3 [content-type: application/json]");
                g.add("* h2h3 [content-length: " + g.between(20, 90) + "]");
            }
            g.add("* Using Stream ID: 1 (easy handle 0x5581" + g.hex(8) + ")");
            g.add("} [5 bytes data]");
            g.add("> " + r[0] + " " + path + " HTTP/2" + cr);
            g.add("> Host: " + host + cr);
            g.add("> user-agent: curl/7.88.1" + cr);
            g.add("> accept: */*" + cr);
            if (authed) {
                g.add("> authorization: Bearer eyJhbGciOiJSUzI1NiJ9.smoke" + cr);
            }
            if (r[0].equals("POST")) {
                g.add("> content-type: application/json" + cr);
                g.add("> content-length: " + g.between(20, 90) + cr);
            }
            g.add(">" + " " + cr);
            if (r[0].equals("POST")) {
                g.add("} [" + g.between(20, 90) + " bytes data]");
            }
            g.add("{ [5 bytes data]");
            g.add("* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):");
            g.add("{ [230 bytes data]");
            g.add("* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):");
            g.add("{ [230 bytes data]");
            g.add("* old SSL session ID is stale, removing");
            g.add("{ [5 bytes data]");
            boolean fail = r[2].equals("503");
            g.add("< HTTP/2 " + r[2] + " " + cr);
            if (fail) {
                g.add("< content-length: " + r[3].length() + cr);
                g.add("< content-type: text/plain" + cr);
                g.add("< retry-after: 30" + cr);
                g.add("< x-request-id: " + failReqId + cr);
                g.add("< date: Mon, 07 Dec 2026 09:21:" + fmt("%02d", g.between(10, 59)) + " GMT" + cr);
                g.add("< server: envoy" + cr);
                g.add("< via: 1.1 google" + cr);
            } else {
                g.add("< content-type: application/json; charset=utf-8" + cr);
                g.add("< content-length: " + r[3].length() + cr);
                g.add("< x-request-id: " + uuid(g) + cr);
                g.add("< x-envoy-upstream-service-time: " + g.between(3, 180) + cr);
                g.add("< cache-control: " + (path.startsWith("/v2/catalog") || path.startsWith("/v2/content") ? "public, max-age=60" : "no-store") + cr);
                g.add("< strict-transport-security: max-age=31536000; includeSubDomains" + cr);
                g.add("< date: Mon, 07 Dec 2026 09:21:" + fmt("%02d", g.between(10, 59)) + " GMT" + cr);
                g.add("< server: envoy" + cr);
                g.add("< via: 1.1 google" + cr);
                g.add("< alt-svc: h3=\":443\"; ma=2592000,h3-29=\":443\"; ma=2592000" + cr);
            }
            g.add("< " + cr);
            g.add("{ [" + r[3].length() + " bytes data]");
            g.add("* Connection #0 to host " + host + " left intact");
            g.add(r[3]);
        }
        String text = g.text();
        requireLines(g, 900, 1300);
        requireCount(text, "HTTP/2 503", 1);
        return NeedleCase.named("fresh12_curl_verbose", "lines", "curl-verbose")
                .shell("./scripts/smoke.sh https://api.shop.example.com 2>&1  # curl -sv per endpoint")
                .question("The post-deploy smoke test printed all this and exited 1. Which endpoint failed, with what status, and what did the"
                        + " server say? I need the request id for the Envoy team.")
                .heldAside()
                .build(text, List.of(Needle.exact("< HTTP/2 503 "), Needle.exact("== GET /v2/orders/recent?limit=50"),
                        Needle.contains(failReqId), Needle.exact(reqs[11][3]), Needle.exact("< retry-after: 30")));
    }

    // ---------------------------------------------------------------- git status + git branch -vv

    /**
     * git status then git branch -vv in a large monorepo checkout: a branch that has diverged from its upstream (3 and 41
     * commits), a dozen staged files, about 180 modified or deleted files not staged (a codemod run), about 120 untracked
     * files; then 140 local branches, most tracking their remote and up to date or a few commits ahead; the branch the
     * question names, feature/payments-retry, is ahead 3 and behind 41, and release/2026.11, which the question also
     * names, tracks a remote branch that is gone. A few other branches are gone too.
     */
    static NeedleCase gitStatusBranches() {
        Gen g = new Gen(150_009);
        String[] areas = {"services/payments", "services/orders", "services/catalog", "web/storefront", "web/admin", "libs/ts/ui", "libs/go/httpx",
            "libs/go/retry", "infra/terraform", "tools/codemods"};
        String[] leaves = {"src/index.ts", "src/client.ts", "src/retry.ts", "src/config.ts", "src/handlers/refund.ts", "src/handlers/capture.ts",
            "src/components/Button.tsx", "src/components/PriceTag.tsx", "src/hooks/useCart.ts", "internal/api/server.go", "internal/store/pg.go",
            "pkg/backoff/backoff.go", "README.md", "package.json", "go.mod", "go.sum", "main.tf", "variables.tf", "src/utils/money.ts", "src/utils/dates.ts",
            "test/retry.test.ts", "test/client.test.ts", "internal/api/server_test.go", "src/pages/checkout.tsx", "src/pages/orders/[id].tsx"};
        g.add("On branch feature/payments-retry");
        g.add("Your branch and 'origin/feature/payments-retry' have diverged,");
        g.add("and have 3 and 41 different commits each, respectively.");
        g.add("  (use \"git pull\" to merge the remote branch into yours)");
        g.add("");
        g.add("Changes to be committed:");
        g.add("  (use \"git restore --staged <file>...\" to unstage)");
        TreeSet<String> staged = new TreeSet<>();
        while (staged.size() < 12) {
            staged.add("services/payments/" + g.pick(leaves));
        }
        for (String f : staged) {
            g.add("\t" + (g.chance(0.2) ? "new file:   " : "modified:   ") + f);
        }
        g.add("");
        g.add("Changes not staged for commit:");
        g.add("  (use \"git add/rm <file>...\" to update what will be committed)");
        g.add("  (use \"git restore <file>...\" to discard changes in working directory)");
        TreeSet<String> changed = new TreeSet<>();
        while (changed.size() < 180) {
            String f = g.pick(areas) + "/" + g.pick(leaves);
            if (!staged.contains(f)) {
                changed.add(f.replace("src/", g.chance(0.3) ? "src/" + g.pick("legacy/", "v2/", "shared/") : "src/"));
            }
        }
        for (String f : changed) {
            g.add("\t" + (g.chance(0.06) ? "deleted:    " : "modified:   ") + f);
        }
        g.add("");
        g.add("Untracked files:");
        g.add("  (use \"git add <file>...\" to include in what will be committed)");
        TreeSet<String> untracked = new TreeSet<>();
        while (untracked.size() < 120) {
            untracked.add(g.pick(areas) + "/" + g.pick("src/", "test/", "internal/", "") + g.pick("retry", "backoff", "idempotency", "ledger", "refund", "capture")
                    + g.pick("_v2", ".bak", "_test", ".orig", "") + g.pick(".ts", ".go", ".snap", ".tsx", ""));
        }
        for (String f : untracked) {
            g.add("\t" + f);
        }
        g.add("$ git branch -vv");
        String[] kinds = {"feature", "bugfix", "chore", "experiment", "hotfix"};
        String[] topics = {"checkout-v2", "cart-merge", "payments-3ds", "refund-api", "search-boost", "price-rounding", "admin-export", "order-events",
            "catalog-import", "tax-eu-oss", "stock-sync", "coupon-stacking", "webhook-retries", "ledger-close", "login-rate-limit", "gdpr-erasure",
            "invoice-pdf", "img-cdn", "i18n-de", "otel-traces", "pg16-upgrade", "go-1-23", "node-22", "deps-2026-11", "deps-2026-12", "flaky-e2e",
            "ci-cache", "feature-flags", "pricing-rules", "shipping-zones"};
        TreeMap<String, String[]> branches = new TreeMap<>();
        while (branches.size() < 136) {
            String name = g.pick(kinds) + "/" + (g.chance(0.4) ? "SHOP-" + g.between(1000, 4999) + "-" : "") + g.pick(topics);
            String track;
            int k = g.weighted(60, 20, 6, 6, 8);
            track = switch (k) {
                case 0 -> "[origin/" + name + "] ";
                case 1 -> "[origin/" + name + ": ahead " + g.between(1, 6) + "] ";
                case 2 -> "[origin/" + name + ": behind " + g.between(1, 9) + "] ";
                case 3 -> "[origin/" + name + ": gone] ";
                default -> "";
            };
            String subject = g.pick("Fix ", "Add ", "Refactor ", "WIP ", "Bump ", "Handle ", "Test ") + name.substring(name.lastIndexOf('/') + 1).replace('-', ' ');
            branches.put(name, new String[] {g.hex(10), track, subject});
        }
        branches.put("feature/payments-retry", new String[] {"9c41e07d2a", "[origin/feature/payments-retry: ahead 3, behind 41] ",
            "Retry captures with idempotency keys"});
        branches.put("release/2026.11", new String[] {"e5b27a9f10", "[origin/release/2026.11: gone] ", "Release 2026.11.4"});
        branches.put("release/2026.12", new String[] {"1f0c3d88ab", "[origin/release/2026.12] ", "Release 2026.12.0"});
        branches.put("main", new String[] {"4a7e2c19be", "[origin/main: behind 12] ", "Merge pull request #8841 from acme/chore/deps-2026-12"});
        int w = 0;
        for (String b : branches.keySet()) {
            w = Math.max(w, b.length());
        }
        String targetLine = null;
        String goneLine = null;
        for (var e : branches.entrySet()) {
            String mark = e.getKey().equals("feature/payments-retry") ? "* " : "  ";
            String line = mark + pad(e.getKey(), w) + " " + e.getValue()[0] + " " + e.getValue()[1] + e.getValue()[2];
            g.add(line);
            if (e.getKey().equals("feature/payments-retry")) {
                targetLine = line;
            } else if (e.getKey().equals("release/2026.11")) {
                goneLine = line;
            }
        }
        String text = g.text();
        requireLines(g, 400, 600);
        return NeedleCase.named("fresh12_git_status_branches", "listing", "git-status-branch-vv")
                .shell("git status && echo '$ git branch -vv' && git branch -vv")
                .question("Before I rebase: how does my branch feature/payments-retry stand against origin, and does release/2026.11 still exist on"
                        + " the remote?")
                .heldAside()
                .build(text, List.of(Needle.exact(targetLine), Needle.exact(goneLine),
                        Needle.exact("Your branch and 'origin/feature/payments-retry' have diverged,"),
                        Needle.exact("and have 3 and 41 different commits each, respectively.")));
    }

    // ---------------------------------------------------------------- k6

    private static String k6Dur(double ms) {
        if (ms >= 1000) {
            return fmt("%.2fs", ms / 1000);
        }
        if (ms >= 1) {
            return fmt("%.2fms", ms);
        }
        return fmt("%.0fµs", ms * 1000);
    }

    private static String k6Name(String name) {
        return name + ".".repeat(Math.max(3, 31 - name.length()));
    }

    /**
     * A k6 run of the checkout scenario against staging, as CI captures it (not a terminal): the banner, one pair of
     * progress lines per second for six minutes, request-timeout warnings in logfmt, then the end-of-test summary: one
     * check fails 4% of the time (no order id in the checkout response), http_req_failed at 3.12% and p(95) of
     * http_req_duration at 1.31s cross their thresholds, and k6 ends with the thresholds-crossed error.
     */
    static NeedleCase k6Summary() {
        Gen g = new Gen(150_010);
        g.add("");
        g.add("          /\\      |‾‾| /‾‾/   /‾‾/   ");
        g.add("     /\\  /  \\     |  |/  /   /  /    ");
        g.add("    /  \\/    \\    |     (   /   ‾‾\\  ");
        g.add("   /          \\   |  |\\  \\ |  (‾)  | ");
        g.add("  / __________ \\  |__| \\__\\ \\_____/ .io");
        g.add("");
        g.add("     execution: local");
        g.add("        script: load/checkout.js");
        g.add("        output: -");
        g.add("");
        g.add("     scenarios: (100.00%) 1 scenario, 200 max VUs, 6m30s max duration (incl. graceful stop):");
        g.add("              * default: Up to 200 looping VUs for 6m0s over 3 stages (gracefulRampDown: 30s, gracefulStop: 30s)");
        g.add("");
        g.add("");
        int complete = 0;
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 9, 30, 4);
        for (int s = 1; s <= 360; s++) {
            int vus = s < 60 ? Math.max(1, s * 200 / 60) : s < 300 ? 200 : Math.max(0, (360 - s) * 200 / 60);
            complete += vus / 5 + (g.chance(0.5) ? 1 : 0);
            int pct = s * 100 / 360;
            String elapsed = fmt("%dm%02d.%ds", s / 60, s % 60, g.between(0, 9));
            g.add(fmt("running (%s), %03d/200 VUs, %d complete and %d interrupted iterations", elapsed, vus, complete, 0));
            g.add(fmt("default   [ %3d%% ] %03d/200 VUs  %s/6m00.0s", pct, vus, elapsed));
            if (s > 150 && s < 300 && g.chance(0.12)) {
                g.add("time=\"" + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(start.plusSeconds(s)) + "Z\" level=warning msg=\"Request Failed\" error=\"Post"
                        + " \\\"https://staging.shop.example.com/api/v2/checkout\\\": request timeout\"");
            }
        }
        g.add("");
        g.add("     ✓ status is 200 or 201");
        g.add("     ✓ cart has items");
        String failedCheck = "     ✗ checkout returns order id";
        String failedRatio = fmt("      ↳  %d%% — ✓ %d / ✗ 488", (complete - 488) * 100 / complete, complete - 488);
        g.add(failedCheck);
        g.add(failedRatio);
        g.add("     ✓ response time < 2s");
        g.add("");
        g.add("   " + "✓ " + k6Name("checks") + fmt(": %.2f%% ✓ %-10d ✗ 488  ", (4.0 * complete - 488) * 100 / (4.0 * complete), 4 * complete - 488));
        g.add("     " + k6Name("data_received") + ": 398 MB 1.1 MB/s");
        g.add("     " + k6Name("data_sent") + ": 19 MB  53 kB/s");
        g.add("     " + k6Name("group_duration") + ": " + "avg=1.08s    min=96.41ms  med=812.3ms  max=12.06s   p(90)=2.11s    p(95)=3.02s   ");
        g.add("     " + k6Name("http_req_blocked") + ": " + "avg=1.21ms   min=1µs      med=4µs      max=418.55ms p(90)=7µs      p(95)=9µs     ");
        g.add("     " + k6Name("http_req_connecting") + ": " + "avg=402.17µs min=0s       med=0s       max=141.2ms  p(90)=0s       p(95)=0s      ");
        String duration = "   ✗ " + k6Name("http_req_duration") + ": avg=362.43ms min=28.91ms  med=201.7ms  max=10s      p(90)=744.12ms p(95)=1.31s   ";
        g.add(duration);
        g.add("       { expected_response:true }...: avg=312.08ms min=28.91ms  med=198.33ms max=9.87s    p(90)=701.4ms  p(95)=1.12s   ");
        String failed = "   ✗ " + k6Name("http_req_failed") + ": 3.12%  ✓ 1124       ✗ 34890";
        g.add(failed);
        g.add("     " + k6Name("http_req_receiving") + ": " + "avg=1.02ms   min=14µs     med=71µs     max=402.3ms  p(90)=1.41ms   p(95)=3.2ms   ");
        g.add("     " + k6Name("http_req_sending") + ": " + "avg=38.1µs   min=5µs      med=22µs     max=12.04ms  p(90)=61µs     p(95)=88µs    ");
        g.add("     " + k6Name("http_req_tls_handshaking") + ": " + "avg=788.2µs  min=0s       med=0s       max=262.3ms  p(90)=0s       p(95)=0s      ");
        g.add("     " + k6Name("http_req_waiting") + ": " + "avg=361.37ms min=28.71ms  med=200.9ms  max=10s      p(90)=742.5ms  p(95)=1.3s    ");
        g.add("     " + k6Name("http_reqs") + ": 36014  100.01/s");
        g.add("     " + k6Name("iteration_duration") + ": " + "avg=4.31s    min=1.12s    med=3.82s    max=24.7s    p(90)=6.9s     p(95)=8.81s   ");
        g.add("     " + k6Name("iterations") + ": " + pad(Integer.toString(complete), 6) + fmt(" %.2f/s", complete / 360.9));
        g.add("     " + k6Name("vus") + ": 1      min=1        max=200");
        g.add("     " + k6Name("vus_max") + ": 200    min=200      max=200");
        g.add("");
        g.add("");
        g.add("running (6m00.9s), 000/200 VUs, " + complete + " complete and 0 interrupted iterations");
        g.add("default ✓ [======================================] 000/200 VUs  6m0s");
        String erro = "time=\"2026-12-07T09:36:05Z\" level=error msg=\"thresholds on metrics 'http_req_duration, http_req_failed' have been crossed\"";
        g.add(erro);
        String text = g.text();
        requireLines(g, 700, 900);
        requireCount(text, "✗ 488", 2);
        return NeedleCase.named("fresh12_k6_summary", "log", "k6-run-summary")
                .shell("k6 run load/checkout.js 2>&1 | tee k6.log")
                .question("The load-test stage failed. Which checks failed and how often, and which thresholds were crossed, with what values?")
                .heldAside()
                .build(text, List.of(Needle.exact(failedCheck), Needle.exact(failedRatio), Needle.exact(duration), Needle.exact(failed),
                        Needle.exact(erro)));
    }

    // ---------------------------------------------------------------- aws logs filter-log-events

    /**
     * aws logs filter-log-events on a Lambda function's log group over ten minutes (JSON as the CLI prints it, four-space
     * indent): about 60 invocations across three log streams, each START, a few INFO lines of the order-sync handler,
     * END and REPORT; the invocation the question names by request id logs an ERROR from the inventory client, then
     * times out after 30.03 seconds, its REPORT with Status: timeout. Another invocation logs a WARN retry and
     * succeeds.
     */
    static NeedleCase awsLogsLambda() {
        Gen g = new Gen(150_011);
        String group = "/aws/lambda/order-sync-prod";
        String[] streams = {"2026/12/07/[$LATEST]" + g.hex(32), "2026/12/07/[$LATEST]" + g.hex(32), "2026/12/07/[$LATEST]" + g.hex(32)};
        long t = LocalDateTime.of(2026, 12, 7, 9, 0, 2).toInstant(ZoneOffset.UTC).toEpochMilli() + g.between(0, 999);
        TreeMap<Long, String> events = new TreeMap<>();
        String target = "7b3e9a42-6c1d-4f0e-9d8a-2f5c1e7b04aa";
        int targetAt = 37;
        String errMsg = null;
        String timeoutMsg = null;
        String reportMsg = null;
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
        for (int inv = 0; inv < 62; inv++) {
            String req = inv == targetAt ? target : uuid(g);
            String stream = g.pick(streams);
            boolean cold = g.chance(0.05);
            List<String[]> msgs = new ArrayList<>();
            long at = t;
            if (cold) {
                msgs.add(new String[] {Long.toString(at - 412), "INIT_START Runtime Version: nodejs:20.v43\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:"
                    + g.hex(64) + "\n"});
            }
            msgs.add(new String[] {Long.toString(at), "START RequestId: " + req + " Version: $LATEST\n"});
            int batch = g.between(1, 25);
            String order = "ord_" + g.alnum(10);
            at += g.between(2, 40);
            msgs.add(new String[] {Long.toString(at), iso.format(java.time.Instant.ofEpochMilli(at).atOffset(ZoneOffset.UTC)) + "\t" + req + "\tINFO\tsyncing batch"
                + " of " + batch + " orders from queue order-sync-prod (first " + order + ")\n"});
            double duration;
            if (inv == targetAt) {
                at += 14_210;
                errMsg = iso.format(java.time.Instant.ofEpochMilli(at).atOffset(ZoneOffset.UTC)) + "\t" + req + "\tERROR\tinventory reservation failed for "
                        + order + ": ETIMEDOUT connect to inventory.internal.acme.io:443 (attempt 3/3)";
                msgs.add(new String[] {Long.toString(at), errMsg + "\n"});
                at = t + 30_030;
                timeoutMsg = iso.format(java.time.Instant.ofEpochMilli(at).atOffset(ZoneOffset.UTC)) + " " + req + " Task timed out after 30.03 seconds";
                msgs.add(new String[] {Long.toString(at), timeoutMsg + "\n\n"});
                msgs.add(new String[] {Long.toString(at + 1), "END RequestId: " + req + "\n"});
                reportMsg = "REPORT RequestId: " + req + "\tDuration: 30030.00 ms\tBilled Duration: 30000 ms\tMemory Size: 512 MB\tMax Memory Used: 187 MB\tStatus: timeout";
                msgs.add(new String[] {Long.toString(at + 1), reportMsg + "\n"});
            } else {
                if (inv == 12) {
                    at += g.between(900, 2000);
                    msgs.add(new String[] {Long.toString(at), iso.format(java.time.Instant.ofEpochMilli(at).atOffset(ZoneOffset.UTC)) + "\t" + req
                        + "\tWARN\tinventory reservation slow for " + order + ", retrying (attempt 2/3)\n"});
                }
                for (int k = 0; k < g.between(1, 3); k++) {
                    at += g.between(40, 900);
                    msgs.add(new String[] {Long.toString(at), iso.format(java.time.Instant.ofEpochMilli(at).atOffset(ZoneOffset.UTC)) + "\t" + req + "\tINFO\t"
                        + g.pick("reserved inventory for ord_" + g.alnum(10), "pushed ord_" + g.alnum(10) + " to ERP (status 202)",
                            "skipped ord_" + g.alnum(10) + ": already synced", "acked " + g.between(1, 25) + " messages") + "\n"});
                }
                at += g.between(2, 60);
                duration = at - t + g.between(0, 99) / 100.0;
                msgs.add(new String[] {Long.toString(at), iso.format(java.time.Instant.ofEpochMilli(at).atOffset(ZoneOffset.UTC)) + "\t" + req
                    + "\tINFO\tbatch done: " + batch + " synced, 0 failed\n"});
                msgs.add(new String[] {Long.toString(at + 1), "END RequestId: " + req + "\n"});
                msgs.add(new String[] {Long.toString(at + 1), fmt("REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 512 MB\t"
                    + "Max Memory Used: %d MB\t%s\n", req, duration, (long) Math.ceil(duration), g.between(92, 160), cold ? fmt("Init Duration: %.2f ms\t",
                    g.between(30_000, 60_000) / 100.0) : "")});
            }
            for (String[] m : msgs) {
                long ts = Long.parseLong(m[0]);
                StringBuilder e = new StringBuilder();
                e.append("        {\n");
                e.append("            \"logStreamName\": \"").append(stream).append("\",\n");
                e.append("            \"timestamp\": ").append(ts).append(",\n");
                e.append("            \"message\": \"").append(Json.escape(m[1])).append("\",\n");
                e.append("            \"ingestionTime\": ").append(ts + g.between(40, 900)).append(",\n");
                e.append("            \"eventId\": \"").append(eventId(g)).append("\"\n");
                e.append("        }");
                events.put(ts * 1000 + events.size(), e.toString());
            }
            t += g.between(4_000, 12_000);
        }
        String text = "{\n    \"events\": [\n" + String.join(",\n", events.values()) + "\n    ],\n    \"searchedLogStreams\": []\n}\n";
        requireCount(text, "Task timed out", 1);
        if (events.size() < 300) {
            throw new IllegalStateException("too few events: " + events.size());
        }
        return NeedleCase.named("fresh12_aws_logs_lambda", "json", "aws-logs-filter-json")
                .shell("aws logs filter-log-events --log-group-name " + group + " --start-time 1796634000000 --end-time 1796634600000")
                .question("Support says order sync request 7b3e9a42-6c1d-4f0e-9d8a-2f5c1e7b04aa never completed. What happened in that"
                        + " invocation?")
                .heldAside()
                .build(text, List.of(Needle.contains(Json.escape(timeoutMsg)), Needle.contains(Json.escape(errMsg)), Needle.contains(Json.escape(reportMsg)),
                        Needle.contains("START RequestId: " + target + " Version: $LATEST")));
    }

    private static String eventId(Gen g) {
        StringBuilder sb = new StringBuilder("3");
        for (int i = 1; i < 56; i++) {
            sb.append((char) ('0' + g.nextInt(10)));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- openssl s_client -showcerts

    private static void pem(Gen g, int lines) {
        g.add("-----BEGIN CERTIFICATE-----");
        g.add("MII" + g.pick("F", "G", "E", "D") + b64(g, 61));
        for (int i = 1; i < lines - 1; i++) {
            g.add(b64(g, 64));
        }
        g.add(b64(g, 4 * g.between(2, 15)) + g.pick("", "=", "=="));
        g.add("-----END CERTIFICATE-----");
    }

    /**
     * A certificate check over six public hosts (a for loop around echo | openssl s_client -showcerts, OpenSSL 3.0):
     * the verify lines, each chain with its PEM blocks, the server certificate, handshake details and two TLS 1.3
     * session tickets per host; every host verifies except legacy-pay.acme.io, whose leaf expired on Nov 30 2026 (verify
     * error num=10, Verify return code: 10).
     */
    static NeedleCase opensslShowcerts() {
        Gen g = new Gen(150_012);
        String le1 = "C = US, O = Internet Security Research Group, CN = ISRG Root X1";
        String le2 = "C = US, O = Let's Encrypt, CN = R11";
        String dg1 = "C = US, O = DigiCert Inc, OU = www.digicert.com, CN = DigiCert Global Root G2";
        String dg2 = "C = US, O = DigiCert Inc, CN = DigiCert Global G2 TLS RSA SHA256 2020 CA1";
        String[][] hosts = {
            {"www.acme.io", "le", "Oct 14 06:12:09 2026 GMT", "Jan 12 06:12:08 2027 GMT"},
            {"api.acme.io", "le", "Nov  2 11:40:51 2026 GMT", "Jan 31 11:40:50 2027 GMT"},
            {"auth.acme.io", "dg", "Mar 18 00:00:00 2026 GMT", "Apr 17 23:59:59 2027 GMT"},
            {"legacy-pay.acme.io", "dg", "Nov 29 00:00:00 2025 GMT", "Nov 30 23:59:59 2026 GMT"},
            {"cdn.acme.io", "le", "Nov 21 02:03:33 2026 GMT", "Feb 19 02:03:32 2027 GMT"},
            {"status.acme.io", "le", "Sep 30 17:22:10 2026 GMT", "Dec 29 17:22:09 2026 GMT"}};
        String expired = "legacy-pay.acme.io";
        String expiredSubject = "C = US, ST = California, L = San Francisco, O = Acme Corp, CN = legacy-pay.acme.io";
        String validity = null;
        for (String[] h : hosts) {
            boolean le = h[1].equals("le");
            boolean bad = h[0].equals(expired);
            String root = le ? le1 : dg1;
            String inter = le ? le2 : dg2;
            String subject = bad ? expiredSubject : le ? "CN = " + h[0] : "C = US, ST = California, L = San Francisco, O = Acme Corp, CN = " + h[0];
            g.add("### " + h[0] + ":443");
            g.add("depth=2 " + root);
            g.add("verify return:1");
            g.add("depth=1 " + inter);
            g.add("verify return:1");
            g.add("depth=0 " + subject);
            if (bad) {
                g.add("verify error:num=10:certificate has expired");
                g.add("notAfter=" + h[3]);
                g.add("verify return:1");
                g.add("depth=0 " + subject);
                g.add("notAfter=" + h[3]);
            }
            g.add("verify return:1");
            g.add("CONNECTED(00000003)");
            g.add("---");
            g.add("Certificate chain");
            String keyAlg = le ? "a:PKEY: id-ecPublicKey, 256 (bit); sigalg: RSA-SHA256" : "a:PKEY: rsaEncryption, 2048 (bit); sigalg: RSA-SHA256";
            g.add(" 0 s:" + subject);
            g.add("   i:" + inter);
            g.add("   " + keyAlg);
            String v = "   v:NotBefore: " + h[2] + "; NotAfter: " + h[3];
            g.add(v);
            if (bad) {
                validity = v;
            }
            pem(g, le ? 21 : 30);
            g.add(" 1 s:" + inter);
            g.add("   i:" + root);
            g.add("   a:PKEY: rsaEncryption, 2048 (bit); sigalg: RSA-SHA256");
            g.add("   v:NotBefore: " + (le ? "Mar 13 00:00:00 2024 GMT; NotAfter: Mar 12 23:59:59 2027 GMT" : "Mar 30 00:00:00 2021 GMT; NotAfter: Mar 29 23:59:59 2031 GMT"));
            pem(g, le ? 29 : 28);
            g.add("---");
            g.add("Server certificate");
            g.add("subject=" + subject);
            g.add("issuer=" + inter);
            g.add("---");
            g.add("No client certificate CA names sent");
            g.add("Peer signing digest: SHA256");
            g.add("Peer signature type: " + (le ? "ECDSA" : "RSA-PSS"));
            g.add("Server Temp Key: X25519, 253 bits");
            g.add("---");
            g.add(fmt("SSL handshake has read %d bytes and written %d bytes", g.between(4200, 6100), g.between(390, 410)));
            g.add(bad ? "Verification error: certificate has expired" : "Verification: OK");
            g.add("---");
            g.add("New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384");
            g.add("Server public key is " + (le ? 256 : 2048) + " bit");
            g.add("Secure Renegotiation IS NOT supported");
            g.add("Compression: NONE");
            g.add("Expansion: NONE");
            g.add("No ALPN negotiated");
            g.add("Early data was not sent");
            String code = bad ? "Verify return code: 10 (certificate has expired)" : "Verify return code: 0 (ok)";
            g.add(code);
            g.add("---");
            for (int tk = 0; tk < 2; tk++) {
                g.add("---");
                g.add("Post-Handshake New Session Ticket arrived:");
                g.add("SSL-Session:");
                g.add("    Protocol  : TLSv1.3");
                g.add("    Cipher    : TLS_AES_256_GCM_SHA384");
                g.add("    Session-ID: " + g.hex(64).toUpperCase(Locale.ROOT));
                g.add("    Session-ID-ctx: ");
                g.add("    Resumption PSK: " + g.hex(96).toUpperCase(Locale.ROOT));
                g.add("    PSK identity: None");
                g.add("    PSK identity hint: None");
                g.add("    SRP username: None");
                g.add("    TLS session ticket lifetime hint: " + (le ? 7200 : 300) + " (seconds)");
                g.add("    TLS session ticket:");
                for (int row = 0; row < g.between(8, 12); row++) {
                    StringBuilder hexs = new StringBuilder();
                    StringBuilder asc = new StringBuilder();
                    for (int b = 0; b < 16; b++) {
                        int x = g.nextInt(256);
                        hexs.append(fmt("%02x", x)).append(b == 7 ? "-" : b == 15 ? "" : " ");
                        asc.append(x >= 0x20 && x < 0x7f ? (char) x : '.');
                    }
                    g.add(fmt("    %04x - %s   %s", row * 16, hexs, asc));
                }
                g.add("");
                g.add("    Start Time: " + (1796634000L + g.between(0, 90)));
                g.add("    Timeout   : " + (le ? 7200 : 300) + " (sec)");
                g.add("    " + code);
                g.add("    Extended master secret: no");
                g.add("    Max Early Data: 0");
                g.add("---");
                g.add("read R BLOCK");
            }
            g.add("DONE");
        }
        String text = g.text();
        requireLines(g, 500, 1300);
        requireCount(text, "verify error:num=10:certificate has expired", 1);
        return NeedleCase.named("fresh12_openssl_showcerts", "lines", "openssl-s-client")
                .shell("for h in www api auth legacy-pay cdn status; do echo \"### $h.acme.io:443\"; echo | openssl s_client -connect $h.acme.io:443"
                        + " -servername $h.acme.io -showcerts 2>&1; done")
                .question("Customers report TLS errors on one of our domains. Which host's certificate fails verification, why, and"
                        + " when exactly did it stop being valid?")
                .heldAside()
                .build(text, List.of(Needle.exact("### legacy-pay.acme.io:443"), Needle.exact("verify error:num=10:certificate has expired"),
                        Needle.exact(validity), Needle.exact("Verify return code: 10 (certificate has expired)")));
    }
}
