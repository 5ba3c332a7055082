package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.Inputs.requireSize;
import static dev.headroom.benchmarks.needles.Inputs.mixed;
import static dev.headroom.benchmarks.needles.JsonTree.arr;
import static dev.headroom.benchmarks.needles.JsonTree.compact;
import static dev.headroom.benchmarks.needles.JsonTree.obj;
import static dev.headroom.benchmarks.needles.JsonTree.pretty;
import static dev.headroom.benchmarks.needles.JsonTree.sorted;

import dev.headroom.benchmarks.needles.JsonTree.Raw;
import static dev.headroom.benchmarks.needles.Gen.fmt;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sixteenth held-aside batch ({@code fresh15_*}), written on 2026-12-07 (session 10), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. Application and service logs and JSON none of the other cases has: a Caddy JSON access
 * log (an upstream refusing connections until the active health check marks it down), Go {@code log/slog} JSON of a
 * billing run (one tenant skipped on a tax error), Serilog compact JSON (CLEF) of an ASP.NET Core API (one order's
 * failed checkout and its later retry), a Kubernetes audit log (who deleted a configmap), {@code docker events} as JSON
 * (OOM kills after a deploy), an AWS Step Functions execution history (one Map item fails the run), a Jaeger trace (a
 * slow SELECT ... FOR UPDATE and a refused gRPC dial), {@code gcloud logging read} of a Cloud Run revision that never
 * starts, the .NET console logger (SQL timeouts), a Phoenix/Elixir log with GenServer crash reports, a Sidekiq log (a
 * refund job that dies) and a Mosquitto broker log (two devices sharing one client id). Never tuned on: reported as
 * their own set {@code fresh-15}, refused by {@code --case}.
 */
final class FreshCases15 {

    private FreshCases15() {}

    static List<NeedleCase> all() {
        return List.of(caddyAccessJson(), goSlogJson(), serilogClef(), k8sAuditJsonl(), dockerEventsJson(), stepFunctionsHistory(),
                jaegerTrace(), gcloudLoggingRead(), dotnetConsole(), phoenixLog(), sidekiqLog(), mosquittoLog());
    }

    // ---------------------------------------------------------------- checks and small helpers

    private static void requireLines(String text, int min, int max) {
        long n = text.chars().filter(c -> c == '\n').count();
        if (n < min || n > max) {
            throw new IllegalStateException("line count " + n + " outside " + min + ".." + max);
        }
    }

    private static void requireBetween(String what, int n, int min, int max) {
        if (n < min || n > max) {
            throw new IllegalStateException(what + " " + n + " outside " + min + ".." + max);
        }
    }

    private static String upperAlnum(Gen g, int n) {
        String abc = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(abc.charAt(g.nextInt(abc.length())));
        }
        return sb.toString();
    }

    /** Seconds with up to nine decimals and no trailing zeros, as Go prints a float64 of a duration. */
    private static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
    }

    private static long epochNanos(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + t.getNano();
    }

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MICRO_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT);
    private static final DateTimeFormatter MILLI_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
    private static final DateTimeFormatter SEVEN_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'", Locale.ROOT);
    private static final DateTimeFormatter NINE_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT);
    private static final DateTimeFormatter HMS_MILLI = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    /** Go's RFC3339Nano: the fraction without trailing zeros, none at all on a whole second. */
    private static String rfc3339Nano(LocalDateTime t) {
        if (t.getNano() == 0) {
            return SECONDS.format(t) + "Z";
        }
        String frac = fmt("%09d", t.getNano()).replaceFirst("0+$", "");
        return SECONDS.format(t) + "." + frac + "Z";
    }

    // ---------------------------------------------------------------- a small JSON tree writer

    // ---------------------------------------------------------------- Caddy JSON access log

    private static String caddyTs(long epochNanos) {
        return BigDecimal.valueOf(epochNanos / 100, 7).stripTrailingZeros().toPlainString();
    }

    private static final String[] BROWSERS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36"};

    /**
     * {@code tail -n 400} of Caddy's JSON access log for two sites, the shop (static files and a Node upstream pair) and
     * the API (two upstreams behind round-robin with an active health check every 30 s). At 14:17:31 the API upstream
     * 10.0.2.14:9000 stops accepting connections: the requests sent to it until the next health check get a 502 (an
     * error log entry with the dial error and an access entry at level error), then the health checker logs {@code host
     * is down}; at 14:20:05 {@code host is up}. A few {@code aborting with incomplete response} errors of clients leaving
     * the shop's event stream are noise.
     */
    static NeedleCase caddyAccessJson() {
        Gen g = new Gen(180_001);
        Gen out = new Gen(0);
        long base = LocalDateTime.of(2026, 12, 7, 14, 12, 0).toEpochSecond(ZoneOffset.UTC);
        long crashAt = base + 5 * 60 + 31;
        long checkAt = base + 5 * 60 + 58;
        long upAt = base + 8 * 60 + 5;
        String bad = "10.0.2.14:9000";
        String good = "10.0.2.13:9000";
        String hc = "http.handlers.reverse_proxy.health_checker.active";
        String[] apps = {"ShopApp/5.12.0 (iOS 18.1; iPhone15,3)", "ShopApp/5.12.0 (Android 14; SM-S918B)", "ShopApp/5.11.2 (iOS 17.6; iPhone13,2)"};
        String[] skus = {"KB-MX-BRN-UK", "MS-LOGI-G305", "HD-SONY-XM5", "CB-USBC-2M", "MN-DELL-U2724", "SSD-SAM-990-2T", "WC-LOGI-C920",
            "DK-ANK-13IN1", "ST-ELG-MK2", "LP-LEN-X1C12"};
        String[] cats = {"keyboards", "mice", "audio", "cables", "monitors", "storage", "webcams", "docks"};
        String[] assets = {"app.7f3c91ab.js", "vendor.0b12e4d9.js", "app.c81d0e22.css", "img/hero-winter.webp", "img/logo.svg", "fonts/inter-var.woff2"};
        long t = base * 1_000_000_000L + 412_000_000L;
        boolean down = false;
        boolean up = false;
        int rr = 0;
        List<String> failedAccess = new ArrayList<>();
        int dialCount = 0;
        while (out.size() < 400) {
            t += g.between(100, 3000) * 1_000_000L + g.nextInt(1_000_000);
            long sec = t / 1_000_000_000L;
            if (!down && sec >= checkAt) {
                out.add(compact(obj("level", "info", "ts", new Raw(caddyTs(t)), "logger", hc, "msg", "HTTP request failed", "host", bad,
                        "error", "Get \"http://" + bad + "/healthz\": dial tcp " + bad + ": connect: connection refused")));
                out.add(compact(obj("level", "info", "ts", new Raw(caddyTs(t + 211_483)), "logger", hc, "msg", "host is down", "host", bad)));
                down = true;
                continue;
            }
            if (!up && sec >= upAt) {
                out.add(compact(obj("level", "info", "ts", new Raw(caddyTs(t)), "logger", hc, "msg", "host is up", "host", bad)));
                up = true;
                continue;
            }
            boolean api = g.chance(0.5);
            String host = api ? "api.example.com" : "shop.example.com";
            String ip = g.ip();
            boolean app = api && g.chance(0.7);
            String ua = app ? g.pick(apps) : g.pick(BROWSERS);
            boolean h2 = !ua.startsWith("ShopApp") || g.chance(0.5);
            String method = "GET";
            String uri;
            int status = 200;
            int size;
            int bytesRead = 0;
            String ctype;
            String upstream = null;
            boolean stream = false;
            if (api) {
                int k = g.weighted(26, 18, 12, 10, 8, 10, 10, 6);
                switch (k) {
                    case 0 -> uri = "/v1/cart";
                    case 1 -> uri = "/v1/products/" + g.pick(skus);
                    case 2 -> uri = "/v1/products?category=" + g.pick(cats) + "&page=" + g.between(1, 6);
                    case 3 -> {
                        uri = "/v1/cart/items";
                        method = "POST";
                        bytesRead = g.between(60, 140);
                        status = 201;
                    }
                    case 4 -> uri = "/v1/orders/" + g.between(480_000, 489_999);
                    case 5 -> uri = "/v1/session";
                    case 6 -> uri = "/v1/recommendations?sku=" + g.pick(skus);
                    default -> {
                        uri = "/v1/checkout";
                        method = "POST";
                        bytesRead = g.between(400, 1400);
                    }
                }
                if (g.chance(0.03)) {
                    status = 401;
                }
                ctype = "application/json; charset=utf-8";
                size = status == 401 ? 63 : g.between(90, 14_000);
                upstream = down && !up ? good : rr++ % 2 == 0 ? good : bad;
            } else {
                int k = g.weighted(30, 12, 10, 8, 8, 4);
                switch (k) {
                    case 0 -> {
                        uri = "/assets/" + g.pick(assets);
                        ctype = uri.endsWith(".js") ? "text/javascript; charset=utf-8" : uri.endsWith(".css") ? "text/css; charset=utf-8"
                                : uri.endsWith(".svg") ? "image/svg+xml" : uri.endsWith(".woff2") ? "font/woff2" : "image/webp";
                        size = g.between(2_000, 420_000);
                        if (g.chance(0.3)) {
                            status = 304;
                            size = 0;
                        }
                    }
                    case 1 -> {
                        uri = "/";
                        ctype = "text/html; charset=utf-8";
                        size = g.between(38_000, 41_000);
                        upstream = g.pick("10.0.2.11:3000", "10.0.2.12:3000");
                    }
                    case 2 -> {
                        uri = "/products/" + g.pick(skus).toLowerCase(Locale.ROOT);
                        ctype = "text/html; charset=utf-8";
                        size = g.between(52_000, 61_000);
                        upstream = g.pick("10.0.2.11:3000", "10.0.2.12:3000");
                    }
                    case 3 -> {
                        uri = "/c/" + g.pick(cats) + (g.chance(0.4) ? "?sort=price&page=" + g.between(1, 4) : "");
                        ctype = "text/html; charset=utf-8";
                        size = g.between(70_000, 96_000);
                        upstream = g.pick("10.0.2.11:3000", "10.0.2.12:3000");
                    }
                    case 4 -> {
                        uri = g.pick("/cart", "/account/orders", "/search?q=" + g.pick(cats));
                        ctype = "text/html; charset=utf-8";
                        size = g.between(30_000, 48_000);
                        upstream = g.pick("10.0.2.11:3000", "10.0.2.12:3000");
                    }
                    default -> {
                        uri = "/events/stock";
                        ctype = "text/event-stream";
                        size = g.between(300, 9_000);
                        upstream = g.pick("10.0.2.11:3000", "10.0.2.12:3000");
                        stream = true;
                    }
                }
            }
            boolean fail = bad.equals(upstream) && sec >= crashAt && !down;
            if (fail) {
                status = 502;
                size = 0;
            }
            long dur = fail ? g.between(380_000, 2_400_000) : stream ? g.between(20, 400) * 1_000_000_000L + g.nextInt(1_000_000_000)
                    : upstream == null ? g.between(60_000, 900_000) : g.between(1_800_000, 240_000_000);
            Map<String, Object> headers = obj("User-Agent", arr(ua));
            headers.put("Accept", arr(api ? "application/json" : uri.startsWith("/assets") ? "*/*"
                    : "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
            headers.put("Accept-Encoding", arr(app ? "gzip" : "gzip, deflate, br, zstd"));
            if (!app) {
                headers.put("Accept-Language", arr(g.pick("en-GB,en;q=0.9", "en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.7", "nl-NL,nl;q=0.9")));
            }
            if (app) {
                headers.put("Authorization", arr("REDACTED"));
                headers.put("X-Request-Id", arr(uuid(g)));
            } else if (g.chance(0.6)) {
                headers.put("Cookie", arr("REDACTED"));
            }
            if (bytesRead > 0) {
                headers.put("Content-Type", arr("application/json"));
                headers.put("Content-Length", arr(String.valueOf(bytesRead)));
            }
            Map<String, Object> req = obj("remote_ip", ip, "remote_port", String.valueOf(g.between(1024, 65535)), "client_ip", ip,
                    "proto", h2 ? "HTTP/2.0" : "HTTP/1.1", "method", method, "host", host, "uri", uri, "headers", headers,
                    "tls", obj("resumed", g.chance(0.3), "version", 772, "cipher_suite", 4865, "proto", h2 ? "h2" : "http/1.1", "server_name", host));
            if (fail) {
                out.add(compact(obj("level", "error", "ts", new Raw(caddyTs(t + dur - 31_000)), "logger", "http.log.error.log0",
                        "msg", "dial tcp " + bad + ": connect: connection refused", "request", req, "duration", new Raw(seconds(dur - 31_000)),
                        "status", 502, "err_id", g.alnum(9), "err_trace", "reverseproxy.statusError (reverseproxy.go:1269)")));
                dialCount++;
            }
            if (stream && g.chance(0.5)) {
                out.add(compact(obj("level", "error", "ts", new Raw(caddyTs(t + dur - 90_000)), "logger", "http.handlers.reverse_proxy",
                        "msg", "aborting with incomplete response", "upstream", upstream, "duration", new Raw(seconds(dur - 90_000)),
                        "request", req, "error", "reading: context canceled")));
            }
            Map<String, Object> resp = obj("Server", arr("Caddy"), "Alt-Svc", arr("h3=\":443\"; ma=2592000"));
            if (!fail) {
                resp.put("Content-Type", arr(ctype));
                if (upstream == null) {
                    resp.put("Etag", arr("\"" + g.alnum(12) + "\""));
                    resp.put("Last-Modified", arr("Thu, 04 Dec 2026 09:12:44 GMT"));
                    resp.put("Vary", arr("Accept-Encoding"));
                    resp.put("Accept-Ranges", arr("bytes"));
                } else {
                    resp.put("Date", arr(fmt("Mon, 07 Dec 2026 %02d:%02d:%02d GMT", sec / 3600 % 24, sec / 60 % 60, sec % 60)));
                    resp.put("X-Request-Id", arr(uuid(g)));
                    if (api) {
                        resp.put("Cache-Control", arr("no-store"));
                    }
                }
            }
            String access = compact(obj("level", status >= 500 ? "error" : "info", "ts", new Raw(caddyTs(t + dur)),
                    "logger", "http.log.access.log0", "msg", "handled request", "request", req, "bytes_read", bytesRead, "user_id", "",
                    "duration", new Raw(seconds(dur)), "size", size, "status", status, "resp_headers", resp));
            out.add(access);
            if (fail) {
                failedAccess.add(access);
            }
        }
        String text = out.text();
        requireSize(text, 150, 400);
        requireBetween("dial errors", dialCount, 2, 15);
        String dial = "\"msg\":\"dial tcp " + bad + ": connect: connection refused\"";
        requireCount(text, dial, dialCount);
        String isDown = "\"msg\":\"host is down\",\"host\":\"" + bad + "\"";
        String isUp = "\"msg\":\"host is up\",\"host\":\"" + bad + "\"";
        requireCount(text, isDown, 1);
        requireCount(text, isUp, 1);
        requireCount(text, "\"status\":502", 2 * dialCount);
        return NeedleCase.named("fresh15_caddy_access_json", "jsonl", "caddy-json-access")
                .shell("sudo tail -n 400 /var/log/caddy/access.log")
                .question("Around 14:17 the mobile app got a burst of 502s from api.example.com. Which upstream failed and with what error, when did"
                        + " Caddy take it out of rotation, and is it back now?")
                .heldAside()
                .build(text, List.of(Needle.contains(dial), Needle.anyOf(failedAccess), Needle.contains(isDown), Needle.contains(isUp)));
    }

    // ---------------------------------------------------------------- Go log/slog JSON handler

    private static String slog(LocalDateTime t, String level, String function, String file, int line, String msg, Object... attrs) {
        Map<String, Object> m = obj("time", rfc3339Nano(t), "level", level, "source", obj("function", function, "file", file, "line", line),
                "msg", msg);
        m.putAll(obj(attrs));
        return compact(m);
    }

    /**
     * The monthly invoice run of a Go billing worker that logs with {@code slog.NewJSONHandler} and {@code AddSource}:
     * start-up, then per tenant a {@code usage rated} record and an {@code invoice finalized} one (durations as
     * nanoseconds, as the handler writes them), free tenants that need no invoice, two tax lookups retried after a
     * timeout and two failed webhook deliveries. The tenant the question names gets a 400 from the tax service and no
     * invoice, a WARN with no error level; the summary at the end counts it as the one failure.
     */
    static NeedleCase goSlogJson() {
        Gen g = new Gen(180_002);
        Gen out = new Gen(0);
        LocalDateTime t = LocalDateTime.of(2026, 12, 1, 3, 0, 0).plusNanos(4_182_733);
        String runner = "github.com/acme/billing/internal/run.(*Runner)";
        String runFile = "/src/internal/run/runner.go";
        String taxFn = "github.com/acme/billing/internal/tax.(*Avalara).Quote";
        String runId = "run_01JE9XQ4M7ZB3K5T8VWN2PHDQ6";
        String target = "tn_8f31c2";
        int tenants = 262;
        out.add(slog(t, "INFO", "main.main", "/src/cmd/billing-worker/main.go", 64, "starting billing worker", "version", "v2.14.1",
                "commit", "9e1c4b2", "go", "go1.23.4"));
        t = t.plusNanos(g.between(5, 40) * 1_000_000L + g.nextInt(1_000_000));
        out.add(slog(t, "INFO", "main.main", "/src/cmd/billing-worker/main.go", 81, "connected to database", "host", "pg-billing.internal:5432",
                "db", "billing", "pool", obj("max_conns", 20, "min_conns", 2)));
        t = t.plusNanos(g.between(5, 40) * 1_000_000L + g.nextInt(1_000_000));
        out.add(slog(t, "INFO", "main.main", "/src/cmd/billing-worker/main.go", 97, "tax provider configured", "provider", "avalara",
                "env", "production", "timeout", 10_000_000_000L));
        t = t.plusNanos(g.between(50, 400) * 1_000_000L + g.nextInt(1_000_000));
        out.add(slog(t, "INFO", runner + ".Start", runFile, 58, "invoice run started", "run_id", runId, "period", "2026-11", "tenants", tenants,
                "dry_run", false));
        String[] plans = {"free", "starter", "starter", "growth", "growth", "growth", "scale", "enterprise"};
        Map<String, Long> totals = new TreeMap<>();
        int invoiced = 0;
        int free = 0;
        String failedLine = null;
        String notCreatedLine = null;
        int webhookErrors = 0;
        for (int i = 0; i < tenants; i++) {
            String id = i == 173 ? target : "tn_" + g.hex(6);
            String plan = i == 173 ? "growth" : g.pick(plans);
            t = t.plusNanos(g.between(40, 900) * 1_000_000L + g.nextInt(1_000_000));
            out.add(slog(t, "INFO", runner + ".rateUsage", runFile, 117, "usage rated", "tenant_id", id, "plan", plan, "meters",
                    g.between(1, 6), "events", plan.equals("free") ? g.between(0, 900) : g.between(800, 4_800_000),
                    "elapsed", (long) g.between(3_000_000, 480_000_000)));
            if (plan.equals("free")) {
                t = t.plusNanos(g.between(1, 5) * 1_000_000L + g.nextInt(1_000_000));
                out.add(slog(t, "INFO", runner + ".invoiceTenant", runFile, 139, "no billable usage, invoice not required", "tenant_id", id,
                        "plan", plan));
                free++;
                continue;
            }
            if (i == 173) {
                t = t.plusNanos(g.between(200, 600) * 1_000_000L + g.nextInt(1_000_000));
                failedLine = slog(t, "WARN", taxFn, "/src/internal/tax/avalara.go", 212, "tax lookup failed", "tenant_id", id, "attempt", 1,
                        "status", 400, "err", "avalara: JurisdictionNotFoundError: Unable to determine the taxing jurisdictions."
                                + " (postal_code \"D02XR59\", country \"IE\")");
                out.add(failedLine);
                t = t.plusNanos(g.between(1, 4) * 1_000_000L + g.nextInt(1_000_000));
                notCreatedLine = slog(t, "WARN", runner + ".invoiceTenant", runFile, 171, "invoice not created", "tenant_id", id,
                        "reason", "tax_calculation_failed", "retryable", false);
                out.add(notCreatedLine);
                continue;
            }
            if (i == 41 || i == 208) {
                t = t.plusNanos(10_000_000_000L + g.nextInt(1_000_000));
                out.add(slog(t, "WARN", taxFn, "/src/internal/tax/avalara.go", 198, "tax lookup retry", "tenant_id", id, "attempt", 1,
                        "backoff", 2_000_000_000L, "err", "avalara: Post \"https://rest.avatax.com/api/v2/transactions/create\": context deadline"
                                + " exceeded (Client.Timeout exceeded while awaiting headers)"));
                t = t.plusNanos(2_000_000_000L + g.between(200, 900) * 1_000_000L);
            }
            String cur = g.pick("EUR", "EUR", "USD", "USD", "GBP");
            long amount = switch (plan) {
                case "starter" -> g.between(1_900, 4_900);
                case "growth" -> g.between(9_900, 48_000);
                case "scale" -> g.between(49_000, 190_000);
                default -> g.between(250_000, 1_400_000);
            };
            long tax = amount * g.pick(19, 20, 21, 0) / 100;
            String invoice = "in_1Q" + mixed(g, 22);
            t = t.plusNanos(g.between(80, 700) * 1_000_000L + g.nextInt(1_000_000));
            if (g.chance(0.06)) {
                long credit = Math.min(amount, g.between(5, 200) * 100L);
                out.add(slog(t, "INFO", runner + ".applyCredits", runFile, 158, "credit applied", "tenant_id", id, "credit_id",
                        "cr_" + g.hex(10), "amount", credit, "currency", cur));
                amount -= credit;
                t = t.plusNanos(g.between(2, 30) * 1_000_000L);
            }
            out.add(slog(t, "INFO", runner + ".invoiceTenant", runFile, 186, "invoice finalized", "tenant_id", id, "invoice_id", invoice,
                    "amount_due", amount + tax, "tax", tax, "currency", cur, "lines", g.between(1, 9)));
            totals.merge(cur, amount + tax, Long::sum);
            invoiced++;
            if (i == 77 || i == 231) {
                t = t.plusNanos(g.between(100, 900) * 1_000_000L);
                out.add(slog(t, "ERROR", "github.com/acme/billing/internal/webhook.(*Sender).Deliver", "/src/internal/webhook/sender.go", 94,
                        "webhook delivery failed", "tenant_id", id, "event", "invoice.finalized", "endpoint",
                        g.pick("https://hooks.brightline-ops.io/billing", "https://erp.kestrel-freight.de/api/webhooks/acme"), "status", 503,
                        "attempt", 1, "err", "unexpected status 503 Service Unavailable"));
                webhookErrors++;
            } else if (g.chance(0.2)) {
                t = t.plusNanos(g.between(20, 300) * 1_000_000L);
                out.add(slog(t, "INFO", "github.com/acme/billing/internal/notify.(*Mailer).SendInvoice", "/src/internal/notify/mailer.go", 51,
                        "invoice emailed", "tenant_id", id, "invoice_id", invoice, "recipients", g.between(1, 3)));
            }
        }
        t = t.plusNanos(g.between(100, 900) * 1_000_000L + g.nextInt(1_000_000));
        Map<String, Object> tot = new LinkedHashMap<>(totals);
        String summary = slog(t, "INFO", runner + ".Start", runFile, 92, "invoice run finished", "run_id", runId, "period", "2026-11",
                "invoiced", invoiced, "not_required", free, "failed", 1, "amount_due", tot, "elapsed", 389_412_771_093L);
        out.add(summary);
        t = t.plusNanos(g.between(1, 9) * 1_000_000L);
        out.add(slog(t, "INFO", "main.main", "/src/cmd/billing-worker/main.go", 122, "shutting down", "reason", "run complete"));
        String text = out.text();
        requireSize(text, 100, 400);
        requireCount(text, target, 3);
        requireCount(text, "\"level\":\"ERROR\"", webhookErrors);
        return NeedleCase.named("fresh15_go_slog_json", "jsonl", "go-slog-json")
                .shell("kubectl logs -n billing job/invoice-run-2026-11")
                .question("Brightwave Labs (tenant tn_8f31c2) says they never got an invoice for November. What happened to them in the"
                        + " invoice run, and did it fail for any other tenant?")
                .heldAside()
                .build(text, List.of(Needle.exact(failedLine), Needle.exact(notCreatedLine), Needle.exact(summary)));
    }

    // ---------------------------------------------------------------- Serilog compact JSON (CLEF)

    private static String clef(LocalDateTime t, String mt, List<Object> renderings, String level, String exception, String traceId,
            String spanId, Map<String, Object> props) {
        Map<String, Object> m = obj("@t", SEVEN_Z.format(t), "@mt", mt);
        if (renderings != null) {
            m.put("@r", renderings);
        }
        if (level != null) {
            m.put("@l", level);
        }
        if (exception != null) {
            m.put("@x", exception);
        }
        m.put("@tr", traceId);
        m.put("@sp", spanId);
        m.putAll(props);
        return compact(m);
    }

    private static String orderId(Gen g, String avoid) {
        while (true) {
            String id = "ORD-" + g.between(20_000, 21_400);
            if (!id.equals(avoid)) {
                return id;
            }
        }
    }

    private static final String ASPNET_TAIL = "\n   at lambda_method214(Closure, Object)"
            + "\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext"
            + " actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)"
            + "\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker"
            + " invoker, ValueTask`1 actionResultValueTask)"
            + "\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeNextActionFilterAsync>g__Awaited|10_0(ControllerActionInvoker"
            + " invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)"
            + "\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Rethrow(ActionExecutedContextSealed context)"
            + "\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Next(State& next, Scope& scope, Object& state, Boolean& isCompleted)"
            + "\n   at Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)"
            + "\n   at Serilog.AspNetCore.RequestLoggingMiddleware.Invoke(HttpContext httpContext)";

    private static String reservationException(String order, int line) {
        return "Orders.Api.Checkout.ReservationFailedException: Stock reservation failed for order " + order
                + "\n ---> System.Net.Http.HttpRequestException: Response status code does not indicate success: 409 (Conflict)."
                + "\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()"
                + "\n   at Orders.Api.Services.InventoryClient.ReserveAsync(String orderId, IReadOnlyList`1 lines, CancellationToken"
                + " cancellationToken) in /src/Orders.Api/Services/InventoryClient.cs:line 57"
                + "\n   --- End of inner exception stack trace ---"
                + "\n   at Orders.Api.Services.InventoryClient.ReserveAsync(String orderId, IReadOnlyList`1 lines, CancellationToken"
                + " cancellationToken) in /src/Orders.Api/Services/InventoryClient.cs:line 64"
                + "\n   at Orders.Api.Services.CheckoutService.CheckoutAsync(String orderId, CancellationToken cancellationToken) in"
                + " /src/Orders.Api/Services/CheckoutService.cs:line " + line
                + "\n   at Orders.Api.Controllers.OrdersController.Checkout(String id, CancellationToken cancellationToken) in"
                + " /src/Orders.Api/Controllers/OrdersController.cs:line 88" + ASPNET_TAIL;
    }

    /**
     * An ASP.NET Core orders API logging Serilog's compact JSON (CLEF) to stdout: one request-logging record per request
     * (health probes included), checkout flows with the services' own records carrying OrderId, RequestId and ActionName
     * scope properties, declined payments as warnings, an Npgsql timeout and another order's stock conflict as errors.
     * The order the question names fails its first checkout with a 409 from inventory for one SKU (a warning, then the
     * request record at Error with the exception in {@code @x}); eleven minutes later its retry completes, an
     * Information record without a level field.
     */
    static NeedleCase serilogClef() {
        Gen g = new Gen(180_003);
        Gen out = new Gen(0);
        String target = "ORD-20917";
        String machine = "orders-api-7d9c6b5f4-x2kqp";
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 11, 30, 0).plusNanos(118_402_300);
        String[] customers = new String[60];
        for (int i = 0; i < customers.length; i++) {
            customers[i] = "C-" + g.between(1000, 9999);
        }
        String[] warehouses = {"DUB-1", "DUB-2", "AMS-1", "FRA-1"};
        String[] declines = {"insufficient_funds", "do_not_honor", "expired_card", "card_velocity_exceeded"};
        String conn = upperAlnum(g, 13);
        int connReq = 0;
        String warnLine = null;
        String errorLine = null;
        String completedLine = null;
        int errors = 0;
        for (int i = 0; i < 330; i++) {
            t = t.plusNanos(g.between(300, 9_000) * 1_000_000L + g.nextInt(10_000) * 100L);
            if (g.chance(0.15)) {
                conn = upperAlnum(g, 13);
                connReq = 0;
            }
            connReq++;
            String requestId = conn + ":" + fmt("%08X", connReq);
            String tr = g.hex(32);
            String sp = g.hex(16);
            int kind = i == 141 || i == 217 ? 4 : i == 96 ? 5 : i == 260 ? 6 : g.weighted(34, 24, 11, 10, 21);
            String method = "GET";
            String path;
            String action = null;
            int status = 200;
            String ex = null;
            String order = kind == 4 && (i == 141 || i == 217) ? target : kind == 6 ? "ORD-20388" : orderId(g, target);
            String customer = g.pick(customers);
            List<String[]> appLines = new ArrayList<>();
            switch (kind) {
                case 0 -> path = "/health/ready";
                case 1 -> {
                    path = "/api/orders/" + order;
                    action = "Orders.Api.Controllers.OrdersController.Get (Orders.Api)";
                    if (g.chance(0.04)) {
                        status = 404;
                    }
                }
                case 2 -> {
                    path = "/api/orders?customerId=" + customer + "&page=" + g.between(1, 3);
                    action = "Orders.Api.Controllers.OrdersController.List (Orders.Api)";
                }
                case 3 -> {
                    method = "POST";
                    path = "/api/orders";
                    action = "Orders.Api.Controllers.OrdersController.Create (Orders.Api)";
                    status = 201;
                    appLines.add(new String[] {null, "Orders.Api.Services.OrderService", "Created order {OrderId} for {CustomerId} with {LineCount} lines",
                        order, customer, String.valueOf(g.between(1, 6))});
                }
                default -> {
                    method = "POST";
                    path = "/api/orders/" + order + "/checkout";
                    action = "Orders.Api.Controllers.OrdersController.Checkout (Orders.Api)";
                    if (kind == 5) {
                        path = "/api/orders?customerId=" + customer + "&page=1";
                        method = "GET";
                        action = "Orders.Api.Controllers.OrdersController.List (Orders.Api)";
                        status = 500;
                        ex = "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream"
                                + "\n ---> System.TimeoutException: Timeout during reading attempt"
                                + "\n   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async,"
                                + " Boolean readingNotifications)"
                                + "\n   --- End of inner exception stack trace ---"
                                + "\n   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)"
                                + "\n   at Npgsql.NpgsqlCommand.ExecuteReader(Boolean async, CommandBehavior behavior, CancellationToken cancellationToken)"
                                + "\n   at Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject"
                                + " parameterObject, CancellationToken cancellationToken)"
                                + "\n   at Orders.Api.Controllers.OrdersController.List(String customerId, Int32 page, CancellationToken cancellationToken)"
                                + " in /src/Orders.Api/Controllers/OrdersController.cs:line 41" + ASPNET_TAIL;
                        break;
                    }
                    String lines = String.valueOf(g.between(1, 5));
                    String total = fmt("%.2f", g.between(1_999, 64_900) / 100.0);
                    appLines.add(new String[] {null, "Orders.Api.Services.CheckoutService",
                        "Checkout started for {OrderId} by {CustomerId} ({LineCount} lines, total {Total})", order,
                        i == 141 || i == 217 ? "C-5531" : customer, lines, total});
                    boolean conflict = i == 141 || kind == 6;
                    if (conflict) {
                        String sku = i == 141 ? "KB-MX-BRN-UK" : "HD-SONY-XM5";
                        String wh = i == 141 ? "DUB-1" : "AMS-1";
                        appLines.add(new String[] {"Warning", "Orders.Api.Services.InventoryClient",
                            "Inventory reservation for {OrderId} was rejected: {StatusCode} {Reason}", order, "409",
                            "SKU " + sku + " has 0 available in warehouse " + wh});
                        status = 500;
                        ex = reservationException(order, 112);
                        break;
                    }
                    appLines.add(new String[] {null, "Orders.Api.Services.InventoryClient", "Reserved stock for {OrderId} in {Warehouse} ({LineCount} lines)",
                        order, i == 217 ? "DUB-2" : g.pick(warehouses), lines});
                    String payment = "pi_3Q" + mixed(g, 22);
                    if (i != 217 && g.chance(0.08)) {
                        appLines.add(new String[] {"Warning", "Orders.Api.Services.PaymentService", "Payment for {OrderId} declined by issuer: {DeclineCode}",
                            order, g.pick(declines)});
                        appLines.add(new String[] {null, "Orders.Api.Services.InventoryClient", "Released stock reservation for {OrderId}", order});
                        status = 402;
                        break;
                    }
                    appLines.add(new String[] {null, "Orders.Api.Services.PaymentService", "Payment {PaymentId} authorized for {OrderId}: {Amount} {Currency}",
                        payment, order, total, "EUR"});
                    appLines.add(new String[] {null, "Orders.Api.Services.CheckoutService", "Checkout completed for {OrderId}: payment {PaymentId}", order,
                        payment});
                }
            }
            String actionId = action == null ? null : uuid(g);
            LocalDateTime at = t;
            for (String[] a : appLines) {
                at = at.plusNanos(g.between(2, 180) * 1_000_000L + g.nextInt(10_000) * 100L);
                Map<String, Object> props = new LinkedHashMap<>();
                List<String> names = new ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)\\}").matcher(a[2]);
                while (m.find()) {
                    names.add(m.group(1));
                }
                for (int k = 0; k < names.size(); k++) {
                    String v = a[3 + k];
                    Object value = names.get(k).equals("LineCount") || names.get(k).equals("StatusCode") ? (Object) Integer.valueOf(v)
                            : names.get(k).equals("Total") || names.get(k).equals("Amount") ? new Raw(v) : v;
                    props.put(names.get(k), value);
                }
                props.put("SourceContext", a[1]);
                props.put("ActionId", actionId);
                props.put("ActionName", action);
                props.put("RequestId", requestId);
                props.put("RequestPath", path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
                props.put("ConnectionId", conn);
                props.put("MachineName", machine);
                props.put("Application", "Orders.Api");
                String line = clef(at, a[2], null, a[0], null, tr, g.hex(16), props);
                out.add(line);
                if (target.equals(order) && "Warning".equals(a[0])) {
                    warnLine = line;
                } else if (target.equals(order) && a[2].startsWith("Checkout completed")) {
                    completedLine = line;
                }
            }
            double elapsed = kind == 0 ? g.between(150, 1_900) / 1000.0 : status == 500 && kind == 5 ? 30_000 + g.between(10, 900) / 10.0
                    : g.between(4_000, 680_000) / 1000.0 + (at.isAfter(t) ? java.time.Duration.between(t, at).toNanos() / 1e6 : 0);
            at = at.plusNanos(g.between(1, 4) * 1_000_000L);
            Map<String, Object> props = obj("RequestMethod", method, "RequestPath", path.contains("?") ? path.substring(0, path.indexOf('?')) : path,
                    "StatusCode", status, "Elapsed", new Raw(new BigDecimal(fmt("%.7f", elapsed)).stripTrailingZeros().toPlainString()),
                    "SourceContext", "Serilog.AspNetCore.RequestLoggingMiddleware", "RequestId", requestId, "ConnectionId", conn,
                    "MachineName", machine, "Application", "Orders.Api");
            String line = clef(at, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                    arr(fmt("%.4f", elapsed)), status >= 500 ? "Error" : null, ex, tr, sp, props);
            out.add(line);
            if (status >= 500) {
                errors++;
            }
            if (target.equals(order) && status == 500) {
                errorLine = line;
            }
            t = at;
        }
        String text = out.text();
        requireSize(text, 120, 400);
        requireCount(text, "\"@l\":\"Error\"", errors);
        requireBetween("errors", errors, 3, 3);
        requireCount(text, "Stock reservation failed for order " + target, 1);
        requireCount(text, "\"OrderId\":\"" + target + "\"", 6);
        return NeedleCase.named("fresh15_serilog_clef", "jsonl", "serilog-clef")
                .shell("kubectl logs -n shop deploy/orders-api --since=1h")
                .question("A customer says checkout of order ORD-20917 failed around 11:40. What went wrong, and did it go through later?")
                .heldAside()
                .build(text, List.of(Needle.exact(warnLine), Needle.exact(errorLine), Needle.exact(completedLine)));
    }

    // ---------------------------------------------------------------- Kubernetes audit log (JSON Lines)

    private static String audit(Gen g, LocalDateTime t, String uri, String verb, Map<String, Object> user, String ip, String ua,
            Map<String, Object> objectRef, Map<String, Object> status, String decision, String reason) {
        LocalDateTime done = t.plusNanos(g.between(300, 40_000) * 1000L);
        return compact(obj("kind", "Event", "apiVersion", "audit.k8s.io/v1", "level", "Metadata", "auditID", uuid(g), "stage", "ResponseComplete",
                "requestURI", uri, "verb", verb, "user", user, "sourceIPs", arr(ip), "userAgent", ua, "objectRef", objectRef,
                "responseStatus", status, "requestReceivedTimestamp", MICRO_Z.format(t), "stageTimestamp", MICRO_Z.format(done),
                "annotations", obj("authorization.k8s.io/decision", decision, "authorization.k8s.io/reason", reason)));
    }

    private static Map<String, Object> ref(String resource, String namespace, String name, String group, String version) {
        Map<String, Object> m = obj("resource", resource);
        if (namespace != null) {
            m.put("namespace", namespace);
        }
        if (name != null) {
            m.put("name", name);
        }
        if (group != null) {
            m.put("apiGroup", group);
        }
        m.put("apiVersion", version);
        return m;
    }

    private static Map<String, Object> ok() {
        return obj("metadata", obj(), "code", 200);
    }

    /**
     * The API server's audit log ({@code level: Metadata}, {@code omitStages: RequestReceived}) over twenty minutes:
     * kubelet and controller-manager lease renewals, Argo CD listing, people reading pods and logs and exec-ing, one
     * developer forbidden from deleting the configmap the question names. The on-call engineer the question is after
     * reads the configmap, edits the deployment, deletes the configmap and then a secret, all from one address with
     * kubectl; the deployment controller rolls a new ReplicaSet, and kubelets then get 404 for the configmap.
     */
    static NeedleCase k8sAuditJsonl() {
        Gen g = new Gen(180_004);
        Gen out = new Gen(0);
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 8, 40, 2).plusNanos(117_000);
        String[] nodes = {"ip-10-0-1-23.eu-west-1.compute.internal", "ip-10-0-1-87.eu-west-1.compute.internal",
            "ip-10-0-2-41.eu-west-1.compute.internal", "ip-10-0-2-159.eu-west-1.compute.internal", "ip-10-0-3-12.eu-west-1.compute.internal",
            "ip-10-0-3-201.eu-west-1.compute.internal"};
        String kubeletUa = "kubelet/v1.30.4 (linux/amd64) kubernetes/a51b3b7";
        String kubectlMac = "kubectl/v1.31.1 (darwin/arm64) kubernetes/948afe5";
        String kubectlLinux = "kubectl/v1.31.1 (linux/amd64) kubernetes/948afe5";
        String[] people = {"oidc:alice.nguyen@corp.example", "oidc:r.okafor@corp.example", "oidc:j.park@corp.example"};
        String[] peopleIps = {"100.64.8.12", "100.64.9.201", "100.64.11.5"};
        String[] namespaces = {"checkout", "catalog", "search", "payments", "observability"};
        String actor = "oidc:tmeyer@corp.example";
        Map<String, Object> actorUser = obj("username", actor, "groups", arr("oidc:payments-oncall", "system:authenticated"));
        String actorIp = "100.64.12.37";
        String actorReason = "RBAC: allowed by RoleBinding \"payments-oncall-admin/payments\" of ClusterRole \"admin\" to Group \"oidc:payments-oncall\"";
        String cm = "payments-api-config";
        List<String> needles = new ArrayList<>();
        boolean deleted = false;
        int notFound = 0;
        for (int i = 0; i < 300; i++) {
            t = t.plusNanos(g.between(200, 7_000) * 1_000_000L + g.nextInt(1_000_000));
            String line;
            switch (i) {
                case 61 -> line = audit(g, t, "/api/v1/namespaces/payments/configmaps/" + cm, "delete",
                        obj("username", "oidc:j.park@corp.example", "groups", arr("oidc:developers", "system:authenticated")), "100.64.11.5", kubectlMac,
                        ref("configmaps", "payments", cm, null, "v1"),
                        obj("metadata", obj(), "status", "Failure", "message", "configmaps \"" + cm + "\" is forbidden: User"
                                + " \"oidc:j.park@corp.example\" cannot delete resource \"configmaps\" in API group \"\" in the namespace \"payments\"",
                                "reason", "Forbidden", "details", obj("name", cm, "kind", "configmaps"), "code", 403), "forbid", "");
                case 150 -> line = audit(g, t, "/api/v1/namespaces/payments/configmaps?limit=500", "list", actorUser, actorIp, kubectlLinux,
                        ref("configmaps", "payments", null, null, "v1"), ok(), "allow", actorReason);
                case 156 -> line = audit(g, t, "/api/v1/namespaces/payments/configmaps/" + cm, "get", actorUser, actorIp, kubectlLinux,
                        ref("configmaps", "payments", cm, null, "v1"), ok(), "allow", actorReason);
                case 171 -> {
                    line = audit(g, t, "/apis/apps/v1/namespaces/payments/deployments/payments-api?fieldManager=kubectl-edit&fieldValidation=Strict",
                            "patch", actorUser, actorIp, kubectlLinux, ref("deployments", "payments", "payments-api", "apps", "v1"), ok(), "allow",
                            actorReason);
                    needles.add(line);
                }
                case 172 -> line = audit(g, t, "/apis/apps/v1/namespaces/payments/replicasets", "create",
                        obj("username", "system:serviceaccount:kube-system:deployment-controller", "uid", "6f1e0a52-3b7d-4c19-9e2a-5d8c7b41f0e3",
                                "groups", arr("system:serviceaccounts", "system:serviceaccounts:kube-system", "system:authenticated")),
                        "10.0.0.12", "kube-controller-manager/v1.30.4 (linux/amd64) kubernetes/a51b3b7/system:serviceaccount:kube-system:deployment-controller",
                        ref("replicasets", "payments", "payments-api-6c9f8d7b54", "apps", "v1"), obj("metadata", obj(), "code", 201), "allow",
                        "RBAC: allowed by ClusterRoleBinding \"system:controller:deployment-controller\" of ClusterRole"
                                + " \"system:controller:deployment-controller\" to ServiceAccount \"deployment-controller/kube-system\"");
                case 179 -> {
                    line = audit(g, t, "/api/v1/namespaces/payments/configmaps/" + cm, "delete", actorUser, actorIp, kubectlLinux,
                            ref("configmaps", "payments", cm, null, "v1"),
                            obj("metadata", obj(), "status", "Success", "details", obj("name", cm, "kind", "configmaps",
                                    "uid", "b41c9e27-5f0a-4d83-a6e1-2c7f9b0d5e18"), "code", 200), "allow", actorReason);
                    needles.add(line);
                    deleted = true;
                }
                case 184 -> {
                    line = audit(g, t, "/api/v1/namespaces/payments/secrets/payments-legacy-webhook", "delete", actorUser, actorIp, kubectlLinux,
                            ref("secrets", "payments", "payments-legacy-webhook", null, "v1"),
                            obj("metadata", obj(), "status", "Success", "details", obj("name", "payments-legacy-webhook", "kind", "secrets",
                                    "uid", "0d7e3a91-c2b4-4f6e-8a15-7b9c3e2d1f40"), "code", 200), "allow", actorReason);
                    needles.add(line);
                }
                default -> {
                    int k = deleted && notFound < 4 && g.chance(0.12) ? 9 : g.weighted(34, 8, 10, 6, 7, 5, 4, 6, 4);
                    String node = g.pick(nodes);
                    switch (k) {
                        case 0 -> line = audit(g, t, "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/" + node + "?timeout=10s",
                                "update", obj("username", "system:node:" + node, "groups", arr("system:nodes", "system:authenticated")),
                                "10.0." + node.split("-")[3] + "." + node.split("-")[4].split("\\.")[0], kubeletUa,
                                ref("leases", "kube-node-lease", node, "coordination.k8s.io", "v1"), ok(), "allow", "");
                        case 1 -> line = audit(g, t, "/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s",
                                "update", obj("username", "system:kube-controller-manager", "groups", arr("system:authenticated")), "10.0.0.12",
                                "kube-controller-manager/v1.30.4 (linux/amd64) kubernetes/a51b3b7/leader-election",
                                ref("leases", "kube-system", "kube-controller-manager", "coordination.k8s.io", "v1"), ok(), "allow",
                                "RBAC: allowed by ClusterRoleBinding \"system:kube-controller-manager\" of ClusterRole \"system:kube-controller-manager\""
                                        + " to User \"system:kube-controller-manager\"");
                        case 2 -> {
                            String res = g.pick("deployments", "statefulsets", "services", "configmaps", "ingresses");
                            String group = res.equals("services") || res.equals("configmaps") ? null : res.equals("ingresses") ? "networking.k8s.io" : "apps";
                            String prefix = group == null ? "/api/v1/" : "/apis/" + group + "/v1/";
                            line = audit(g, t, prefix + res + "?limit=500&resourceVersion=0", "list",
                                    obj("username", "system:serviceaccount:argocd:argocd-application-controller",
                                            "uid", "a7c2e419-0b3d-4f58-9e61-3d2b8c4f7a05",
                                            "groups", arr("system:serviceaccounts", "system:serviceaccounts:argocd", "system:authenticated"),
                                            "extra", sorted("authentication.kubernetes.io/pod-name", arr("argocd-application-controller-0"),
                                                    "authentication.kubernetes.io/pod-uid", arr("5e9b1c73-2a4f-4d08-b6e2-8f1a0c3d7e94"))),
                                    "10.0.2.77", "argocd-application-controller/v0.0.0 (linux/amd64) kubernetes/$Format",
                                    ref(res, null, null, group, "v1"), ok(), "allow",
                                    "RBAC: allowed by ClusterRoleBinding \"argocd-application-controller\" of ClusterRole"
                                            + " \"argocd-application-controller\" to ServiceAccount \"argocd-application-controller/argocd\"");
                        }
                        case 3, 4, 5 -> {
                            int p = g.nextInt(people.length);
                            String ns = g.pick(namespaces);
                            String pod = g.pick("checkout-api", "catalog-web", "search-indexer", "payments-api", "otel-collector") + "-"
                                    + g.hex(10).substring(0, 9) + "-" + g.alnum(5);
                            String sub = k == 3 ? null : k == 4 ? "log" : "exec";
                            String uri = "/api/v1/namespaces/" + ns + "/pods" + (k == 3 ? "?limit=500" : "/" + pod + "/" + sub
                                    + (k == 4 ? "?container=app&follow=true&tailLines=200" : "?command=sh&container=app&stdin=true&stdout=true&tty=true"));
                            Map<String, Object> r = ref("pods", ns, k == 3 ? null : pod, null, "v1");
                            if (sub != null) {
                                r.put("subresource", sub);
                            }
                            line = audit(g, t, uri, k == 3 ? "list" : k == 4 ? "get" : "create",
                                    obj("username", people[p], "groups", arr(p == 2 ? "oidc:developers" : "oidc:platform-team", "system:authenticated")),
                                    peopleIps[p], g.chance(0.7) ? kubectlMac : kubectlLinux, r, k == 5 ? obj("metadata", obj(), "code", 101) : ok(),
                                    "allow", "RBAC: allowed by ClusterRoleBinding \"" + (p == 2 ? "developers-view" : "platform-team-admin")
                                            + "\" of ClusterRole \"" + (p == 2 ? "view" : "cluster-admin") + "\" to Group \""
                                            + (p == 2 ? "oidc:developers" : "oidc:platform-team") + "\"");
                        }
                        case 6 -> line = audit(g, t, "/api/v1/namespaces/" + g.pick(namespaces) + "/events", "create",
                                obj("username", "system:node:" + node, "groups", arr("system:nodes", "system:authenticated")),
                                "10.0." + node.split("-")[3] + "." + node.split("-")[4].split("\\.")[0], kubeletUa,
                                ref("events", null, null, null, "v1"), obj("metadata", obj(), "code", 201), "allow", "");
                        case 7 -> line = audit(g, t, "/api/v1/nodes/" + node + "/status?timeout=10s", "patch",
                                obj("username", "system:node:" + node, "groups", arr("system:nodes", "system:authenticated")),
                                "10.0." + node.split("-")[3] + "." + node.split("-")[4].split("\\.")[0], kubeletUa,
                                ref("nodes", null, node, null, "v1"), ok(), "allow", "");
                        case 8 -> line = audit(g, t, "/apis/metrics.k8s.io/v1beta1/pods?limit=500", "list",
                                obj("username", "system:serviceaccount:kube-system:horizontal-pod-autoscaler",
                                        "uid", "19d4b7e0-6c2a-4e85-a3f1-0b8e5d2c9f67",
                                        "groups", arr("system:serviceaccounts", "system:serviceaccounts:kube-system", "system:authenticated")),
                                "10.0.0.12", "kube-controller-manager/v1.30.4 (linux/amd64) kubernetes/a51b3b7/system:serviceaccount:kube-system:horizontal-pod-autoscaler",
                                ref("pods", null, null, "metrics.k8s.io", "v1beta1"), ok(), "allow",
                                "RBAC: allowed by ClusterRoleBinding \"system:controller:horizontal-pod-autoscaler\" of ClusterRole"
                                        + " \"system:controller:horizontal-pod-autoscaler\" to ServiceAccount \"horizontal-pod-autoscaler/kube-system\"");
                        default -> {
                            notFound++;
                            line = audit(g, t, "/api/v1/namespaces/payments/configmaps/" + cm, "get",
                                    obj("username", "system:node:" + nodes[2], "groups", arr("system:nodes", "system:authenticated")), "10.0.2.41",
                                    kubeletUa, ref("configmaps", "payments", cm, null, "v1"),
                                    obj("metadata", obj(), "status", "Failure", "message", "configmaps \"" + cm + "\" not found", "reason", "NotFound",
                                            "details", obj("name", cm, "kind", "configmaps"), "code", 404), "allow", "");
                        }
                    }
                }
            }
            out.add(line);
        }
        String text = out.text();
        requireSize(text, 150, 400);
        requireCount(text, "\"username\":\"" + actor + "\"", 5);
        requireCount(text, "\"verb\":\"delete\"", 3);
        requireBetween("kubelet 404s", notFound, 1, 4);
        return NeedleCase.named("fresh15_k8s_audit_jsonl", "jsonl", "k8s-audit-jsonl")
                .shell("ssh cp-1 'sudo tail -n 300 /var/log/kubernetes/audit/audit.log'")
                .question("Someone deleted the payments-api-config configmap in the payments namespace this morning and payments-api is crashlooping."
                        + " Who deleted it, from which address and with what client? Did the same person change anything else in payments?")
                .heldAside()
                .build(text, List.of(Needle.exact(needles.get(0)), Needle.exact(needles.get(1)), Needle.exact(needles.get(2))));
    }

    // ---------------------------------------------------------------- docker events --format '{{json .}}'

    private record Ctr(String id, String image, String name, String service, Map<String, Object> labels) {}

    private static Ctr container(Gen g, String id, String image, String name, String service, String dependsOn, String version) {
        Map<String, Object> labels = new TreeMap<>();
        labels.put("com.docker.compose.config-hash", g.hex(64));
        labels.put("com.docker.compose.container-number", "1");
        labels.put("com.docker.compose.depends_on", dependsOn);
        labels.put("com.docker.compose.image", "sha256:" + g.hex(64));
        labels.put("com.docker.compose.oneoff", "False");
        labels.put("com.docker.compose.project", "shop");
        labels.put("com.docker.compose.project.config_files", "/srv/shop/compose.yaml");
        labels.put("com.docker.compose.project.working_dir", "/srv/shop");
        labels.put("com.docker.compose.service", service);
        labels.put("com.docker.compose.version", "2.29.7");
        if (version != null) {
            labels.put("org.opencontainers.image.version", version);
        }
        labels.put("image", image);
        labels.put("name", name);
        return new Ctr(id, image, name, service, labels);
    }

    private static String dockerEvent(String status, String id, String from, String type, String action, String actorId,
            Map<String, Object> attrs, long nanos) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (status != null) {
            m.put("status", status);
            m.put("id", id);
        }
        if (from != null) {
            m.put("from", from);
        }
        m.put("Type", type);
        m.put("Action", action);
        m.put("Actor", obj("ID", actorId, "Attributes", new TreeMap<>(attrs)));
        m.put("scope", "local");
        m.put("time", nanos / 1_000_000_000L);
        m.put("timeNano", nanos);
        return compact(m);
    }

    private static String ctrEvent(Ctr c, String action, long nanos, Object... extra) {
        Map<String, Object> attrs = new TreeMap<>(c.labels());
        attrs.putAll(obj(extra));
        return dockerEvent(action, c.id(), c.image(), "container", action, c.id(), attrs, nanos);
    }

    private static String netEvent(String netId, Ctr c, String action, long nanos) {
        return dockerEvent(null, null, null, "network", action, netId, obj("container", c.id(), "name", "shop_default", "type", "bridge"), nanos);
    }

    /**
     * {@code docker events --since ... --until ... --format '{{json .}}'} on the shop's single Docker host over two hours
     * of a night: the web container's health check every 90 seconds (exec_create, exec_start, exec_die), an operator's psql
     * session, an image prune. At 01:12 the worker image 1.43.0 is pulled and the worker recreated by Compose (kill, die,
     * stop, create under a temporary name, destroy, rename, start); from then on the worker is OOM-killed three times
     * ({@code oom}, then {@code die} with exit code 137) and restarted by its restart policy.
     */
    static NeedleCase dockerEventsJson() {
        Gen g = new Gen(180_005);
        long t0 = epochNanos(LocalDateTime.of(2026, 12, 7, 1, 5, 0));
        long end = epochNanos(LocalDateTime.of(2026, 12, 7, 3, 15, 0));
        String net = g.hex(64);
        Ctr web = container(g, g.hex(64), "registry.example.com/shop/web:2.8.1", "shop-web-1", "web",
                "redis:service_started:false,postgres:service_healthy:false,worker:service_started:false", "2.8.1");
        Ctr oldWorker = container(g, g.hex(64), "registry.example.com/shop/worker:1.42.0", "shop-worker-1", "worker",
                "redis:service_started:false,postgres:service_healthy:false", "1.42.0");
        String newId = g.hex(64);
        Ctr tmpWorker = container(g, newId, "registry.example.com/shop/worker:1.43.0", oldWorker.id().substring(0, 12) + "_shop-worker-1", "worker",
                "redis:service_started:false,postgres:service_healthy:false", "1.43.0");
        Map<String, Object> newLabels = new TreeMap<>(tmpWorker.labels());
        newLabels.put("name", "shop-worker-1");
        Ctr worker = new Ctr(newId, tmpWorker.image(), "shop-worker-1", "worker", newLabels);
        Ctr postgres = container(g, g.hex(64), "postgres:16.4", "shop-postgres-1", "postgres", "", null);
        TreeMap<Long, String> events = new TreeMap<>();
        String health = "/bin/sh -c curl -fsS http://localhost:8000/healthz || exit 1";
        for (long t = t0 + 17_000_000_000L + g.nextInt(1_000_000_000); t < end; t += 90_000_000_000L + g.between(-3_000_000, 3_000_000)) {
            String exec = g.hex(64);
            events.put(t, ctrEvent(web, "exec_create: " + health, t, "execID", exec));
            long s = t + g.between(900_000, 3_000_000);
            events.put(s, ctrEvent(web, "exec_start: " + health, s, "execID", exec));
            long d = s + g.between(40_000_000, 260_000_000);
            events.put(d, ctrEvent(web, "exec_die", d, "execID", exec, "exitCode", "0"));
        }
        long pull = epochNanos(LocalDateTime.of(2026, 12, 7, 1, 12, 4).plusNanos(211_873_402));
        String pullLine = dockerEvent("pull", "registry.example.com/shop/worker:1.43.0", null, "image", "pull", "registry.example.com/shop/worker:1.43.0",
                obj("name", "registry.example.com/shop/worker", "org.opencontainers.image.revision", "4be1f07c2d9a",
                        "org.opencontainers.image.source", "https://github.com/acme/shop", "org.opencontainers.image.version", "1.43.0"), pull);
        events.put(pull, pullLine);
        long r = epochNanos(LocalDateTime.of(2026, 12, 7, 1, 12, 19).plusNanos(40_118_220));
        events.put(r, ctrEvent(oldWorker, "kill", r, "signal", "15"));
        r += g.between(300, 2_000) * 1_000_000L;
        events.put(r, ctrEvent(oldWorker, "die", r, "execDuration", "161844", "exitCode", "0"));
        r += g.between(5, 40) * 1_000_000L;
        events.put(r, netEvent(net, oldWorker, "disconnect", r));
        r += g.between(5, 40) * 1_000_000L;
        events.put(r, ctrEvent(oldWorker, "stop", r));
        r += g.between(20, 90) * 1_000_000L;
        events.put(r, ctrEvent(tmpWorker, "create", r));
        r += g.between(20, 90) * 1_000_000L;
        events.put(r, ctrEvent(oldWorker, "destroy", r));
        r += g.between(5, 30) * 1_000_000L;
        events.put(r, ctrEvent(worker, "rename", r, "oldName", "/" + tmpWorker.name()));
        r += g.between(5, 30) * 1_000_000L;
        events.put(r, netEvent(net, worker, "connect", r));
        r += g.between(100, 400) * 1_000_000L;
        events.put(r, ctrEvent(worker, "start", r));
        long started = r;
        List<String> ooms = new ArrayList<>();
        List<String> dies = new ArrayList<>();
        for (LocalDateTime at : List.of(LocalDateTime.of(2026, 12, 7, 1, 47, 22), LocalDateTime.of(2026, 12, 7, 2, 31, 5),
                LocalDateTime.of(2026, 12, 7, 3, 5, 48))) {
            long o = epochNanos(at) + g.nextInt(1_000_000_000);
            String oom = ctrEvent(worker, "oom", o);
            events.put(o, oom);
            ooms.add(oom);
            long d = o + g.between(30, 200) * 1_000_000L;
            String die = ctrEvent(worker, "die", d, "execDuration", String.valueOf((d - started) / 1_000_000_000L), "exitCode", "137");
            events.put(d, die);
            dies.add(die);
            d += g.between(5, 40) * 1_000_000L;
            events.put(d, netEvent(net, worker, "disconnect", d));
            d += g.between(100, 1_200) * 1_000_000L;
            events.put(d, netEvent(net, worker, "connect", d));
            d += g.between(100, 400) * 1_000_000L;
            events.put(d, ctrEvent(worker, "start", d));
            started = d;
        }
        long p = epochNanos(LocalDateTime.of(2026, 12, 7, 2, 10, 41).plusNanos(602_004_118));
        String psql = "psql -U shop shop";
        String pExec = g.hex(64);
        events.put(p, ctrEvent(postgres, "exec_create: " + psql, p, "execID", pExec));
        events.put(p + 1_402_551, ctrEvent(postgres, "exec_start: " + psql, p + 1_402_551, "execID", pExec));
        long pd = p + 312_000_000_000L + g.nextInt(1_000_000_000);
        events.put(pd, ctrEvent(postgres, "exec_die", pd, "execID", pExec, "exitCode", "0"));
        long prune = epochNanos(LocalDateTime.of(2026, 12, 7, 3, 0, 2).plusNanos(77_310_955));
        for (String img : List.of("registry.example.com/shop/worker:1.41.3", "registry.example.com/shop/web:2.7.9", "registry.example.com/shop/web:2.8.0")) {
            String sha = "sha256:" + g.hex(64);
            prune += g.between(10, 80) * 1_000_000L;
            events.put(prune, dockerEvent("untag", sha, null, "image", "untag", sha, obj("name", img.substring(0, img.indexOf(':'))), prune));
            prune += g.between(10, 300) * 1_000_000L;
            events.put(prune, dockerEvent("delete", sha, null, "image", "delete", sha, obj("name", sha), prune));
        }
        Gen out = new Gen(0);
        for (String e : events.values()) {
            out.add(e);
        }
        String text = out.text();
        requireSize(text, 150, 400);
        requireLines(text, 250, 600);
        requireCount(text, "\"Action\":\"oom\"", 3);
        requireCount(text, "\"exitCode\":\"137\"", 3);
        requireCount(text, "worker:1.43.0\",\"Type\":\"image\"", 1);
        return NeedleCase.named("fresh15_docker_events_json", "jsonl", "docker-events-json")
                .shell("docker events --since 2026-12-07T01:05:00 --until 2026-12-07T03:15:00 --format '{{json .}}'")
                .question("shop-worker-1 restarted several times last night. Was it OOM-killed or did it crash on its own, and did it start after a"
                        + " deploy?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(ooms), Needle.anyOf(dies), Needle.exact(pullLine)));
    }

    // ---------------------------------------------------------------- aws stepfunctions get-execution-history

    private record SfnEvent(long millis, int iter, int seq, String type, Map<String, Object> details) {}

    private static final DateTimeFormatter AWS_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT);

    /**
     * {@code aws stepfunctions get-execution-history} of last night's {@code invoice-batch} run, pretty with the CLI's
     * four spaces: a Lambda task loads 30 customers, an inline Map (MaxConcurrency 10) builds an invoice per customer with
     * a Lambda task, events of the iterations interleaved in time. One iteration is throttled and retried successfully;
     * item 27 fails with the function's own error (a Python error object as the cause), which fails the Map (the
     * iterations in flight are aborted) and the execution.
     */
    static NeedleCase stepFunctionsHistory() {
        Gen g = new Gen(180_006);
        String account = "481516234200";
        String fnLoad = "arn:aws:lambda:eu-west-1:" + account + ":function:invoice-load-batch:live";
        String fnBuild = "arn:aws:lambda:eu-west-1:" + account + ":function:invoice-build:live";
        String[] countries = {"DE", "DE", "NL", "FR", "IE", "AT", "BE", "ES", "IT", "GB"};
        int items = 30;
        int failing = 27;
        String[] ids = new String[items];
        String[] cc = new String[items];
        List<Object> customers = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            ids[i] = i == failing ? "CUST-44120" : "CUST-" + g.between(40_000, 49_999);
            cc[i] = i == failing ? "IE" : g.pick(countries);
            customers.add(obj("customerId", ids[i], "country", cc[i]));
        }
        String input = compact(obj("period", "2026-11", "batchId", "batch-2026-11-eu", "region", "eu"));
        long t = LocalDateTime.of(2026, 12, 7, 2, 0, 3).toEpochSecond(ZoneOffset.UTC) * 1000 + 512;
        List<SfnEvent> main = new ArrayList<>();
        main.add(new SfnEvent(t, -1, 0, "ExecutionStarted", obj("input", input, "inputDetails", obj("truncated", false),
                "roleArn", "arn:aws:iam::" + account + ":role/service-role/StepFunctions-invoice-batch-role-7c1d2e")));
        t += g.between(20, 60);
        main.add(new SfnEvent(t, -1, 1, "TaskStateEntered", obj("name", "LoadBatch", "input", input, "inputDetails", obj("truncated", false))));
        t += g.between(20, 60);
        main.add(new SfnEvent(t, -1, 2, "TaskScheduled", obj("resourceType", "lambda", "resource", "invoke", "region", "eu-west-1",
                "parameters", compact(obj("FunctionName", fnLoad, "Payload", obj("period", "2026-11", "batchId", "batch-2026-11-eu"))))));
        t += g.between(20, 60);
        main.add(new SfnEvent(t, -1, 3, "TaskStarted", obj("resourceType", "lambda", "resource", "invoke")));
        t += g.between(1_500, 3_000);
        String batch = compact(obj("period", "2026-11", "batchId", "batch-2026-11-eu", "customers", customers));
        String loadOut = compact(obj("ExecutedVersion", "7", "Payload", obj("period", "2026-11", "batchId", "batch-2026-11-eu", "customers", customers),
                "SdkHttpMetadata", obj("AllHttpHeaders", obj("X-Amz-Executed-Version", arr("7"), "x-amzn-Remapped-Content-Length", arr("0"),
                        "Connection", arr("keep-alive"), "x-amzn-RequestId", arr(uuid(g)), "Content-Length", arr("1893"),
                        "Date", arr("Mon, 07 Dec 2026 02:00:06 GMT"), "Content-Type", arr("application/json")), "HttpStatusCode", 200),
                "SdkResponseMetadata", obj("RequestId", uuid(g)), "StatusCode", 200));
        main.add(new SfnEvent(t, -1, 4, "TaskSucceeded", obj("resourceType", "lambda", "resource", "invoke", "output", loadOut,
                "outputDetails", obj("truncated", false))));
        t += g.between(20, 60);
        main.add(new SfnEvent(t, -1, 5, "TaskStateExited", obj("name", "LoadBatch", "output", batch, "outputDetails", obj("truncated", false))));
        t += g.between(20, 60);
        main.add(new SfnEvent(t, -1, 6, "MapStateEntered", obj("name", "BuildInvoices", "input", batch, "inputDetails", obj("truncated", false))));
        t += g.between(20, 60);
        main.add(new SfnEvent(t, -1, 7, "MapStateStarted", obj("length", items)));
        long mapStart = t;
        long[] slotFree = new long[10];
        java.util.Arrays.fill(slotFree, mapStart);
        List<List<SfnEvent>> iters = new ArrayList<>();
        long failAt = 0;
        for (int i = 0; i < items; i++) {
            int slot = 0;
            for (int s = 1; s < slotFree.length; s++) {
                if (slotFree[s] < slotFree[slot]) {
                    slot = s;
                }
            }
            long a = slotFree[slot] + g.between(15, 60);
            List<SfnEvent> ev = new ArrayList<>();
            int seq = 0;
            String itemIn = compact(obj("customerId", ids[i], "country", cc[i], "period", "2026-11"));
            ev.add(new SfnEvent(a, i, seq++, "MapIterationStarted", obj("name", "BuildInvoices", "index", i)));
            a += g.between(5, 30);
            ev.add(new SfnEvent(a, i, seq++, "TaskStateEntered", obj("name", "BuildInvoice", "input", itemIn, "inputDetails", obj("truncated", false))));
            String params = compact(obj("FunctionName", fnBuild, "Payload", obj("customerId", ids[i], "country", cc[i], "period", "2026-11")));
            int attempts = i == 12 ? 2 : 1;
            for (int at = 0; at < attempts; at++) {
                a += g.between(10, 40);
                ev.add(new SfnEvent(a, i, seq++, "TaskScheduled", obj("resourceType", "lambda", "resource", "invoke", "region", "eu-west-1",
                        "parameters", params)));
                a += g.between(10, 60);
                ev.add(new SfnEvent(a, i, seq++, "TaskStarted", obj("resourceType", "lambda", "resource", "invoke")));
                if (i == 12 && at == 0) {
                    a += g.between(40, 120);
                    ev.add(new SfnEvent(a, i, seq++, "TaskFailed", obj("resourceType", "lambda", "resource", "invoke",
                            "error", "Lambda.TooManyRequestsException", "cause", "Rate Exceeded. (Service: Lambda, Status Code: 429, Request ID: "
                                    + uuid(g) + ")")));
                    a += 2_000 + g.between(0, 300);
                }
            }
            a += g.between(700, 3_400);
            if (i == failing) {
                String cause = "{\"errorMessage\": \"customer CUST-44120 has no VAT id for EU reverse charge (country IE, B2B)\", "
                        + "\"errorType\": \"InvoiceValidationError\", \"requestId\": \"" + uuid(g) + "\", \"stackTrace\": ["
                        + "\"  File \\\"/var/task/handler.py\\\", line 61, in handler\\n    lines = build_lines(customer, usage)\\n\", "
                        + "\"  File \\\"/var/task/invoice/lines.py\\\", line 144, in build_lines\\n    vat = vat_treatment(customer)\\n\", "
                        + "\"  File \\\"/var/task/invoice/vat.py\\\", line 38, in vat_treatment\\n    raise InvoiceValidationError(\\n\"]}";
                ev.add(new SfnEvent(a, i, seq++, "TaskFailed", obj("resourceType", "lambda", "resource", "invoke", "error", "InvoiceValidationError",
                        "cause", cause)));
                a += g.between(10, 40);
                ev.add(new SfnEvent(a, i, seq++, "MapIterationFailed", obj("name", "BuildInvoices", "index", i)));
                failAt = a;
                iters.add(ev);
                slotFree[slot] = a;
                continue;
            }
            String invoice = fmt("INV-2026-11-%05d", 410 + i);
            int total = g.between(4_900, 480_000);
            String payload = compact(obj("invoiceId", invoice, "customerId", ids[i], "totalCents", total, "currency", "EUR",
                    "vat", cc[i].equals("DE") ? "standard" : g.pick("reverse_charge", "standard"), "pdf", "s3://acme-invoices-eu/2026-11/" + invoice + ".pdf"));
            String lambdaOut = compact(obj("ExecutedVersion", "12", "Payload", obj("invoiceId", invoice, "customerId", ids[i], "totalCents", total,
                    "currency", "EUR", "pdf", "s3://acme-invoices-eu/2026-11/" + invoice + ".pdf"), "SdkHttpMetadata",
                    obj("HttpStatusCode", 200), "SdkResponseMetadata", obj("RequestId", uuid(g)), "StatusCode", 200));
            ev.add(new SfnEvent(a, i, seq++, "TaskSucceeded", obj("resourceType", "lambda", "resource", "invoke", "output", lambdaOut,
                    "outputDetails", obj("truncated", false))));
            a += g.between(5, 30);
            ev.add(new SfnEvent(a, i, seq++, "TaskStateExited", obj("name", "BuildInvoice", "output", payload, "outputDetails", obj("truncated", false))));
            a += g.between(5, 30);
            ev.add(new SfnEvent(a, i, seq++, "MapIterationSucceeded", obj("name", "BuildInvoices", "index", i)));
            iters.add(ev);
            slotFree[slot] = a;
        }
        List<SfnEvent> all = new ArrayList<>(main);
        long abortAt = failAt + g.between(20, 60);
        int aborted = 0;
        for (List<SfnEvent> ev : iters) {
            boolean inFlight = ev.get(0).millis() < failAt && ev.get(ev.size() - 1).millis() > failAt;
            for (SfnEvent e : ev) {
                if (e.millis() <= failAt) {
                    all.add(e);
                }
            }
            if (inFlight) {
                all.add(new SfnEvent(abortAt + aborted, ev.get(0).iter(), 99, "MapIterationAborted", obj("name", "BuildInvoices",
                        "index", ev.get(0).iter())));
                aborted++;
            }
        }
        all.sort(Comparator.comparingLong(SfnEvent::millis).thenComparingInt(SfnEvent::iter).thenComparingInt(SfnEvent::seq));
        long last = all.get(all.size() - 1).millis();
        all.add(new SfnEvent(last + g.between(20, 60), -1, 100, "MapStateFailed", null));
        String finalCause = null;
        for (SfnEvent e : all) {
            if ("InvoiceValidationError".equals(e.details() == null ? null : e.details().get("error"))) {
                finalCause = (String) e.details().get("cause");
            }
        }
        all.add(new SfnEvent(last + g.between(70, 120), -1, 101, "ExecutionFailed", obj("error", "InvoiceValidationError", "cause", finalCause)));
        Map<String, String> detailKey = Map.ofEntries(Map.entry("ExecutionStarted", "executionStartedEventDetails"),
                Map.entry("TaskStateEntered", "stateEnteredEventDetails"), Map.entry("MapStateEntered", "stateEnteredEventDetails"),
                Map.entry("TaskStateExited", "stateExitedEventDetails"), Map.entry("TaskScheduled", "taskScheduledEventDetails"),
                Map.entry("TaskStarted", "taskStartedEventDetails"), Map.entry("TaskSucceeded", "taskSucceededEventDetails"),
                Map.entry("TaskFailed", "taskFailedEventDetails"), Map.entry("MapStateStarted", "mapStateStartedEventDetails"),
                Map.entry("MapIterationStarted", "mapIterationStartedEventDetails"), Map.entry("MapIterationSucceeded", "mapIterationSucceededEventDetails"),
                Map.entry("MapIterationFailed", "mapIterationFailedEventDetails"), Map.entry("MapIterationAborted", "mapIterationAbortedEventDetails"),
                Map.entry("ExecutionFailed", "executionFailedEventDetails"));
        List<Object> events = new ArrayList<>();
        Map<Integer, Integer> lastOfIter = new java.util.HashMap<>();
        int mapStartedId = 0;
        int prevMain = 0;
        for (int k = 0; k < all.size(); k++) {
            SfnEvent e = all.get(k);
            int id = k + 1;
            int prev;
            if (e.iter() < 0) {
                prev = e.type().equals("MapStateFailed") || e.type().equals("ExecutionFailed") ? id - 1 : prevMain;
                prevMain = id;
                if (e.type().equals("MapStateStarted")) {
                    mapStartedId = id;
                }
            } else {
                prev = lastOfIter.getOrDefault(e.iter(), mapStartedId);
                lastOfIter.put(e.iter(), id);
            }
            LocalDateTime ts = LocalDateTime.ofEpochSecond(e.millis() / 1000, (int) (e.millis() % 1000) * 1_000_000, ZoneOffset.UTC);
            Map<String, Object> ev = obj("timestamp", AWS_TS.format(ts), "type", e.type(), "id", id, "previousEventId", prev);
            if (e.details() != null) {
                ev.put(detailKey.get(e.type()), e.details());
            }
            events.add(ev);
        }
        String text = pretty(obj("events", events), 4) + "\n";
        requireSize(text, 80, 400);
        requireLines(text, 1000, 3200);
        requireBetween("aborted iterations", aborted, 1, 10);
        String why = "customer CUST-44120 has no VAT id for EU reverse charge (country IE, B2B)";
        requireCount(text, why, 2);
        requireCount(text, "\"error\": \"InvoiceValidationError\"", 2);
        requireCount(text, "\"index\": 27", 2);
        return NeedleCase.named("fresh15_step_functions_history", "json", "sfn-execution-history-json")
                .shell("aws stepfunctions get-execution-history --execution-arn arn:aws:states:eu-west-1:481516234200:execution:invoice-batch:"
                        + "nightly-2026-12-07 --max-results 1000")
                .question("Last night's invoice-batch execution failed. Which customer's invoice broke it, at which item of the Map, and why?")
                .heldAside()
                .build(text, List.of(Needle.contains(why), Needle.contains("\"error\": \"InvoiceValidationError\""), Needle.contains("\"index\": 27")));
    }

    // ---------------------------------------------------------------- Jaeger /api/traces/{id}

    private record Span(String spanId, String parent, String process, String op, long start, long duration, List<Object> tags,
            List<Object> logs) {}

    private static Map<String, Object> tag(String key, Object value) {
        String type = value instanceof Boolean ? "bool" : value instanceof Long || value instanceof Integer ? "int64" : "string";
        return obj("key", key, "type", type, "value", value);
    }

    /**
     * One checkout trace from the Jaeger query API through {@code jq .}: about 60 spans over eight services (frontend,
     * checkout, cart with Redis, catalog with Postgres, currency, shipping, inventory with Postgres, payment calling
     * Stripe, email, a Kafka producer), spans listed in the order they ended. The inventory service's {@code SELECT ...
     * FOR UPDATE} takes 2.41 s of the 2.9 s; the first shipping quote fails on a refused dial (an error span with the
     * gRPC status) and is retried.
     */
    static NeedleCase jaegerTrace() {
        Gen g = new Gen(180_007);
        String traceId = g.hex(32);
        List<Span> spans = new ArrayList<>();
        long t0 = epochNanos(LocalDateTime.of(2026, 12, 7, 15, 42, 17).plusNanos(318_204_000)) / 1000;
        String[] services = {"frontend", "checkout", "cart", "product-catalog", "currency", "shipping", "inventory", "payment", "email"};
        Map<String, String> proc = new LinkedHashMap<>();
        for (int i = 0; i < services.length; i++) {
            proc.put(services[i], "p" + (i + 1));
        }
        String rootId = g.hex(16);
        String feClient = g.hex(16);
        String coServer = g.hex(16);
        long cursor = t0 + g.between(800, 2_000) + 400;
        long coStart = cursor;
        cursor += g.between(300, 900);
        // cart
        {
            String c = g.hex(16);
            String s = g.hex(16);
            long d = g.between(4_000, 9_000);
            long rs = cursor + g.between(300, 700);
            long rd = g.between(600, 1_800);
            spans.add(new Span(g.hex(16), s, "cart", "HGETALL", rs + 150, rd, arr(tag("span.kind", "client"), tag("db.system", "redis"),
                    tag("db.statement", "HGETALL cart:u_55120"), tag("net.peer.name", "redis-cart.internal"), tag("net.peer.port", 6379L)), arr()));
            spans.add(new Span(s, c, "cart", "cart.CartService/GetCart", cursor + 250, rd + 900, arr(tag("span.kind", "server"),
                    tag("rpc.system", "grpc"), tag("rpc.service", "cart.CartService"), tag("rpc.method", "GetCart"), tag("rpc.grpc.status_code", 0L)), arr()));
            spans.add(new Span(c, coServer, "checkout", "cart.CartService/GetCart", cursor, d, arr(tag("span.kind", "client"),
                    tag("rpc.system", "grpc"), tag("rpc.service", "cart.CartService"), tag("rpc.method", "GetCart"), tag("rpc.grpc.status_code", 0L)), arr()));
            cursor += d + g.between(100, 400);
        }
        String[] products = {"KB-MX-BRN-UK", "MS-LOGI-G305", "HD-SONY-XM5", "CB-USBC-2M", "DK-ANK-13IN1", "WC-LOGI-C920"};
        for (String sku : products) {
            String c = g.hex(16);
            String s = g.hex(16);
            long qd = g.between(900, 4_000);
            long d = qd + g.between(1_500, 3_500);
            spans.add(new Span(g.hex(16), s, "product-catalog", "SELECT catalog.products", cursor + 600, qd, arr(tag("span.kind", "client"),
                    tag("db.system", "postgresql"), tag("db.name", "catalog"),
                    tag("db.statement", "SELECT id, name, price_units, price_nanos, currency FROM catalog.products WHERE id = $1"),
                    tag("net.peer.name", "pg-catalog.internal")), arr()));
            spans.add(new Span(s, c, "product-catalog", "catalog.ProductCatalogService/GetProduct", cursor + 300, qd + 900,
                    arr(tag("span.kind", "server"), tag("rpc.system", "grpc"), tag("rpc.method", "GetProduct"), tag("app.product.id", sku),
                            tag("rpc.grpc.status_code", 0L)), arr()));
            spans.add(new Span(c, coServer, "checkout", "catalog.ProductCatalogService/GetProduct", cursor, d, arr(tag("span.kind", "client"),
                    tag("rpc.system", "grpc"), tag("rpc.method", "GetProduct"), tag("rpc.grpc.status_code", 0L)), arr()));
            cursor += d + g.between(50, 300);
            String cc = g.hex(16);
            long cd = g.between(700, 1_900);
            spans.add(new Span(g.hex(16), cc, "currency", "currency.CurrencyService/Convert", cursor + 200, cd - 400, arr(tag("span.kind", "server"),
                    tag("rpc.system", "grpc"), tag("rpc.method", "Convert"), tag("app.currency.conversion.from", "USD"),
                    tag("app.currency.conversion.to", "EUR")), arr()));
            spans.add(new Span(cc, coServer, "checkout", "currency.CurrencyService/Convert", cursor, cd, arr(tag("span.kind", "client"),
                    tag("rpc.system", "grpc"), tag("rpc.method", "Convert"), tag("rpc.grpc.status_code", 0L)), arr()));
            cursor += cd + g.between(50, 200);
        }
        // shipping: refused dial, then retried
        String dialError = "connection error: desc = \"transport: Error while dialing: dial tcp 10.0.5.21:50051: connect: connection refused\"";
        long failD = g.between(1_800, 3_200);
        spans.add(new Span(g.hex(16), coServer, "checkout", "shipping.ShippingService/GetQuote", cursor, failD, arr(tag("span.kind", "client"),
                tag("rpc.system", "grpc"), tag("rpc.service", "shipping.ShippingService"), tag("rpc.method", "GetQuote"),
                tag("net.peer.name", "shipping.shop.svc.cluster.local"), tag("rpc.grpc.status_code", 14L), tag("error", true),
                tag("otel.status_code", "ERROR"), tag("otel.status_description", dialError)), arr()));
        cursor += failD + 100_000 + g.between(0, 5_000);
        {
            String c = g.hex(16);
            String s = g.hex(16);
            long d = g.between(18_000, 31_000);
            spans.add(new Span(g.hex(16), s, "shipping", "shipping.quote.calculate", cursor + 1_200, d - 3_000, arr(tag("span.kind", "internal"),
                    tag("app.shipping.items", 6L), tag("app.shipping.zone", "IE-1"), tag("app.shipping.cost.total", "12.90")), arr()));
            spans.add(new Span(s, c, "shipping", "shipping.ShippingService/GetQuote", cursor + 700, d - 1_400, arr(tag("span.kind", "server"),
                    tag("rpc.system", "grpc"), tag("rpc.method", "GetQuote"), tag("rpc.grpc.status_code", 0L)), arr()));
            spans.add(new Span(c, coServer, "checkout", "shipping.ShippingService/GetQuote", cursor, d, arr(tag("span.kind", "client"),
                    tag("rpc.system", "grpc"), tag("rpc.method", "GetQuote"), tag("net.peer.name", "shipping.shop.svc.cluster.local"),
                    tag("rpc.grpc.status_code", 0L)), arr(obj("timestamp", cursor - 2, "fields", arr(tag("event", "retry"), tag("attempt", 2L))))));
            cursor += d + g.between(100, 400);
        }
        // inventory: the slow SELECT ... FOR UPDATE
        {
            String c = g.hex(16);
            String s = g.hex(16);
            long at = cursor + 900;
            List<Span> db = new ArrayList<>();
            String[][] stmts = {{"BEGIN", "BEGIN"},
                {"SELECT inventory.stock_levels", "SELECT sku, warehouse_id, qty_available FROM inventory.stock_levels WHERE sku = ANY($1) FOR UPDATE"}};
            for (String[] st : stmts) {
                long d = st[0].equals("BEGIN") ? g.between(200, 600) : 2_410_312;
                db.add(new Span(g.hex(16), s, "inventory", st[0], at, d, arr(tag("span.kind", "client"), tag("db.system", "postgresql"),
                        tag("db.name", "inventory"), tag("db.user", "inventory_svc"), tag("db.statement", st[1]),
                        tag("net.peer.name", "pg-inventory.internal"), tag("net.peer.port", 5432L)), arr()));
                at += d + g.between(50, 200);
            }
            for (String sku : products) {
                long d = g.between(400, 1_400);
                db.add(new Span(g.hex(16), s, "inventory", "UPDATE inventory.stock_levels", at, d, arr(tag("span.kind", "client"),
                        tag("db.system", "postgresql"), tag("db.name", "inventory"), tag("db.user", "inventory_svc"),
                        tag("db.statement", "UPDATE inventory.stock_levels SET qty_available = qty_available - $1 WHERE sku = $2 AND warehouse_id = $3"),
                        tag("app.product.id", sku)), arr()));
                at += d + g.between(30, 150);
            }
            long d1 = g.between(500, 1_500);
            db.add(new Span(g.hex(16), s, "inventory", "INSERT inventory.reservations", at, d1, arr(tag("span.kind", "client"),
                    tag("db.system", "postgresql"), tag("db.name", "inventory"), tag("db.user", "inventory_svc"),
                    tag("db.statement", "INSERT INTO inventory.reservations (order_ref, sku, warehouse_id, qty, expires_at) VALUES ($1, $2, $3, $4, $5)")),
                    arr()));
            at += d1 + g.between(30, 150);
            long d2 = g.between(900, 2_600);
            db.add(new Span(g.hex(16), s, "inventory", "COMMIT", at, d2, arr(tag("span.kind", "client"), tag("db.system", "postgresql"),
                    tag("db.name", "inventory"), tag("db.statement", "COMMIT")), arr()));
            at += d2;
            long sd = at - (cursor + 600) + g.between(200, 500);
            spans.addAll(db);
            spans.add(new Span(s, c, "inventory", "inventory.InventoryService/Reserve", cursor + 600, sd, arr(tag("span.kind", "server"),
                    tag("rpc.system", "grpc"), tag("rpc.method", "Reserve"), tag("app.order.items", 6L), tag("rpc.grpc.status_code", 0L)), arr()));
            long cd = sd + g.between(900, 1_600);
            spans.add(new Span(c, coServer, "checkout", "inventory.InventoryService/Reserve", cursor, cd, arr(tag("span.kind", "client"),
                    tag("rpc.system", "grpc"), tag("rpc.method", "Reserve"), tag("rpc.grpc.status_code", 0L)), arr()));
            cursor += cd + g.between(100, 400);
        }
        // payment
        {
            String c = g.hex(16);
            String s = g.hex(16);
            long hd = g.between(210_000, 340_000);
            spans.add(new Span(g.hex(16), s, "payment", "POST", cursor + 2_000, hd, arr(tag("span.kind", "client"), tag("http.method", "POST"),
                    tag("http.url", "https://api.stripe.com/v1/payment_intents"), tag("http.status_code", 200L), tag("net.peer.name", "api.stripe.com")),
                    arr()));
            spans.add(new Span(s, c, "payment", "payment.PaymentService/Charge", cursor + 800, hd + 3_400, arr(tag("span.kind", "server"),
                    tag("rpc.system", "grpc"), tag("rpc.method", "Charge"), tag("app.payment.amount", "389.70"), tag("app.payment.currency", "EUR"),
                    tag("rpc.grpc.status_code", 0L)), arr()));
            long d = hd + 5_100;
            spans.add(new Span(c, coServer, "checkout", "payment.PaymentService/Charge", cursor, d, arr(tag("span.kind", "client"),
                    tag("rpc.system", "grpc"), tag("rpc.method", "Charge"), tag("rpc.grpc.status_code", 0L)), arr()));
            cursor += d + g.between(100, 400);
        }
        long kd = g.between(2_000, 6_000);
        spans.add(new Span(g.hex(16), coServer, "checkout", "orders.placed publish", cursor, kd, arr(tag("span.kind", "producer"),
                tag("messaging.system", "kafka"), tag("messaging.destination.name", "orders.placed"), tag("messaging.kafka.partition", 3L)), arr()));
        cursor += kd + g.between(100, 300);
        {
            String c = g.hex(16);
            long d = g.between(14_000, 26_000);
            spans.add(new Span(g.hex(16), c, "email", "email.EmailService/SendOrderConfirmation", cursor + 600, d - 1_500, arr(tag("span.kind", "server"),
                    tag("rpc.system", "grpc"), tag("rpc.method", "SendOrderConfirmation"), tag("rpc.grpc.status_code", 0L)), arr()));
            spans.add(new Span(c, coServer, "checkout", "email.EmailService/SendOrderConfirmation", cursor, d, arr(tag("span.kind", "client"),
                    tag("rpc.system", "grpc"), tag("rpc.method", "SendOrderConfirmation"), tag("rpc.grpc.status_code", 0L)), arr()));
            cursor += d + g.between(100, 300);
        }
        long coD = cursor - coStart + g.between(200, 600);
        spans.add(new Span(coServer, feClient, "checkout", "checkout.CheckoutService/PlaceOrder", coStart, coD, arr(tag("span.kind", "server"),
                tag("rpc.system", "grpc"), tag("rpc.method", "PlaceOrder"), tag("app.user.id", "u_55120"), tag("app.order.id", "ORD-21044"),
                tag("rpc.grpc.status_code", 0L)), arr()));
        long feD = coD + g.between(900, 1_800);
        spans.add(new Span(feClient, rootId, "frontend", "checkout.CheckoutService/PlaceOrder", coStart - 400, feD, arr(tag("span.kind", "client"),
                tag("rpc.system", "grpc"), tag("rpc.method", "PlaceOrder"), tag("rpc.grpc.status_code", 0L)), arr()));
        long rootD = feD + 400 + g.between(1_500, 4_000);
        spans.add(new Span(rootId, null, "frontend", "POST /api/checkout", t0, rootD, arr(tag("span.kind", "server"), tag("http.method", "POST"),
                tag("http.route", "/api/checkout"), tag("http.status_code", 200L), tag("http.user_agent",
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"),
                tag("net.host.name", "shop.example.com")), arr()));
        spans.sort(Comparator.comparingLong(s -> s.start() + s.duration()));
        List<Object> jspans = new ArrayList<>();
        for (Span s : spans) {
            List<Object> refs = s.parent() == null ? arr() : arr(obj("refType", "CHILD_OF", "traceID", traceId, "spanID", s.parent()));
            List<Object> tags = new ArrayList<>(s.tags());
            tags.add(tag("otel.scope.name", s.op().contains("/") ? "go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
                    : s.op().startsWith("POST") ? "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp" : "github.com/acme/shop/internal/telemetry"));
            tags.add(tag("internal.span.format", "otlp"));
            jspans.add(obj("traceID", traceId, "spanID", s.spanId(), "flags", 1, "operationName", s.op(), "references", refs, "startTime", s.start(),
                    "duration", s.duration(), "tags", tags, "logs", s.logs(), "processID", proc.get(s.process()), "warnings", null));
        }
        Map<String, Object> processes = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : proc.entrySet()) {
            processes.put(e.getValue(), obj("serviceName", e.getKey(), "tags", arr(tag("host.name", e.getKey() + "-" + g.hex(10).substring(0, 9) + "-"
                    + g.alnum(5)), tag("service.version", g.pick("1.14.2", "2.3.0", "0.9.7", "3.1.1")), tag("telemetry.sdk.language", "go"),
                    tag("telemetry.sdk.name", "opentelemetry"), tag("telemetry.sdk.version", "1.32.0"))));
        }
        String text = pretty(obj("data", arr(obj("traceID", traceId, "spans", jspans, "processes", processes, "warnings", null)), "total", 0,
                "limit", 0, "offset", 0, "errors", null), 2) + "\n";
        requireSize(text, 60, 400);
        requireLines(text, 1500, 3600);
        String slow = only(text, "\"duration\": 2410312,");
        String stmt = "\"value\": \"SELECT sku, warehouse_id, qty_available FROM inventory.stock_levels WHERE sku = ANY($1) FOR UPDATE\"";
        requireCount(text, stmt, 1);
        requireCount(text, "\"operationName\": \"SELECT inventory.stock_levels\"", 1);
        requireCount(text, "dial tcp 10.0.5.21:50051: connect: connection refused", 1);
        return NeedleCase.named("fresh15_jaeger_trace", "json", "jaeger-trace-json")
                .shell("curl -s http://jaeger-query.observability:16686/api/traces/" + traceId + " | jq .")
                .question("This checkout trace took almost 3 seconds. Where does the time go, and did any call fail along the way?")
                .heldAside()
                .build(text, List.of(Needle.exact(slow), Needle.contains(stmt), Needle.contains("\"operationName\": \"SELECT inventory.stock_levels\""),
                        Needle.contains("dial tcp 10.0.5.21:50051: connect: connection refused")));
    }

    // ---------------------------------------------------------------- gcloud logging read --format json (Cloud Run)

    /**
     * {@code gcloud logging read} for a Cloud Run service over ten minutes, newest first, as gcloud prints JSON (two
     * spaces, keys sorted): request logs and pino JSON logs of the serving revision 00042, then a new revision 00043 that
     * never becomes ready: three start attempts whose npm banner, pino config log and Node stack trace arrive as one
     * entry per stderr line, each ending in {@code Container called exit(1).}, the deploy's audit entry and the system
     * event that sets Ready to False.
     */
    static NeedleCase gcloudLoggingRead() {
        Gen g = new Gen(180_008);
        String project = "acme-prod";
        String svc = "checkout-api";
        String okRev = "checkout-api-00042-xuv";
        String badRev = "checkout-api-00043-kaz";
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 9, 58, 0);
        record Entry(LocalDateTime at, Map<String, Object> body) {}
        List<Entry> entries = new ArrayList<>();
        java.util.function.Function<String, Map<String, Object>> resource = rev -> sorted("labels", sorted("configuration_name", svc,
                "location", "europe-west1", "project_id", project, "revision_name", rev, "service_name", svc), "type", "cloud_run_revision");
        String okInstance = "00f46b9285" + g.hex(60);
        LocalDateTime t = start;
        String[] paths = {"/v1/checkout/sessions", "/v1/checkout/sessions/%s", "/v1/checkout/sessions/%s/confirm", "/healthz", "/v1/quotes"};
        for (int i = 0; i < 36; i++) {
            t = t.plusNanos(g.between(4_000, 30_000) * 1_000_000L + g.nextInt(1_000_000) * 1000L);
            String p = g.pick(paths);
            String path = p.contains("%s") ? fmt(p, "cs_" + g.alnum(16)) : p;
            String method = path.endsWith("confirm") || path.endsWith("sessions") || path.endsWith("quotes") ? "POST" : "GET";
            int status = path.equals("/healthz") ? 200 : g.weighted(90, 4, 3, 3) == 0 ? (method.equals("POST") && !path.endsWith("confirm") ? 201 : 200)
                    : g.pick(400, 404, 409);
            String trace = g.hex(32);
            Map<String, Object> http = sorted("latency", seconds(g.between(3_000_000, 420_000_000)) + "s", "protocol", "HTTP/1.1",
                    "remoteIp", g.ip(), "requestMethod", method, "requestSize", String.valueOf(g.between(300, 2400)),
                    "requestUrl", "https://checkout-api-7q2xkd3mwa-ew.a.run.app" + path, "responseSize", String.valueOf(g.between(80, 4200)),
                    "serverIp", "216.239.36.53", "status", status, "userAgent", path.equals("/healthz") ? "GoogleHC/1.0" : "shop-web/2.8.1 (+node-fetch)");
            String ts = NINE_Z.format(t);
            entries.add(new Entry(t, sorted("httpRequest", http, "insertId", g.hex(24), "labels", sorted("instanceId", okInstance),
                    "logName", "projects/" + project + "/logs/run.googleapis.com%2Frequests", "receiveTimestamp", NINE_Z.format(t.plusNanos(g.between(5, 60)
                            * 1_000_000L)), "resource", resource.apply(okRev), "severity", status >= 400 ? "WARNING" : "INFO",
                    "spanId", String.valueOf(Long.toUnsignedString(g.nextInt(Integer.MAX_VALUE) * 4_294_967_296L + g.nextInt(Integer.MAX_VALUE))),
                    "timestamp", ts, "trace", "projects/" + project + "/traces/" + trace, "traceSampled", true)));
            if (!path.equals("/healthz") && g.chance(0.35)) {
                LocalDateTime lt = t.minusNanos(g.between(1, 300) * 1_000_000L);
                String msg = g.pick("checkout session created", "quote computed", "session confirmed, payment intent captured", "cart revalidated");
                entries.add(new Entry(lt, sorted("insertId", g.hex(24), "jsonPayload", sorted("hostname", "localhost", "level", 30, "msg", msg,
                        "pid", 1, "reqId", "req-" + g.between(1, 9999), "time", lt.toEpochSecond(ZoneOffset.UTC) * 1000 + lt.getNano() / 1_000_000),
                        "labels", sorted("instanceId", okInstance), "logName", "projects/" + project + "/logs/run.googleapis.com%2Fstdout",
                        "receiveTimestamp", NINE_Z.format(lt.plusNanos(g.between(5, 60) * 1_000_000L)), "resource", resource.apply(okRev),
                        "timestamp", MICRO_Z.format(lt))));
            }
        }
        LocalDateTime deploy = LocalDateTime.of(2026, 12, 7, 10, 3, 12).plusNanos(402_118_000);
        entries.add(new Entry(deploy, sorted("insertId", "-" + g.alnum(12), "logName", "projects/" + project + "/logs/cloudaudit.googleapis.com%2Factivity",
                "protoPayload", sorted("@type", "type.googleapis.com/google.cloud.audit.AuditLog", "authenticationInfo",
                        sorted("principalEmail", "ci-deployer@acme-prod.iam.gserviceaccount.com"), "methodName", "google.cloud.run.v1.Services.ReplaceService",
                        "requestMetadata", sorted("callerIp", "34.140.17.202", "callerSuppliedUserAgent", "google-cloud-sdk gcloud/502.0.0 command/gcloud.run.deploy"),
                        "resourceLocation", sorted("currentLocations", arr("europe-west1")), "resourceName", "namespaces/" + project + "/services/" + svc,
                        "serviceName", "run.googleapis.com"),
                "receiveTimestamp", NINE_Z.format(deploy.plusNanos(612_004_117)), "resource", sorted("labels", sorted("configuration_name", "",
                        "location", "europe-west1", "project_id", project, "revision_name", "", "service_name", svc), "type", "cloud_run_revision"),
                "severity", "NOTICE", "timestamp", NINE_Z.format(deploy))));
        String[] stderr = {"/app/dist/config.js:41", "        throw new Error(`missing required environment variable ${name}`);", "        ^", "",
            "Error: missing required environment variable STRIPE_WEBHOOK_SECRET", "    at requireEnv (/app/dist/config.js:41:15)",
            "    at loadConfig (/app/dist/config.js:58:25)", "    at Object.<anonymous> (/app/dist/server.js:12:16)",
            "    at Module._compile (node:internal/modules/cjs/loader:1469:14)", "    at Module._extensions..js (node:internal/modules/cjs/loader:1548:10)",
            "    at Module.load (node:internal/modules/cjs/loader:1288:32)", "    at Module._load (node:internal/modules/cjs/loader:1104:12)",
            "    at TracingChannel.traceSync (node:diagnostics_channel:315:14)", "    at wrapModuleLoad (node:internal/modules/cjs/loader:217:24)", "",
            "Node.js v20.18.1"};
        LocalDateTime a = deploy.plusSeconds(9);
        for (int attempt = 0; attempt < 3; attempt++) {
            String instance = "00f46b9285" + g.hex(60);
            a = a.plusNanos(g.between(200, 900) * 1_000_000L);
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {"stdout", null, ""});
            lines.add(new String[] {"stdout", null, "> checkout-api@3.9.0 start"});
            lines.add(new String[] {"stdout", null, "> node dist/server.js"});
            lines.add(new String[] {"stdout", null, ""});
            lines.add(new String[] {"stdout", "json", "loading configuration"});
            for (String s : stderr) {
                lines.add(new String[] {"stderr", "ERROR", s});
            }
            for (String[] l : lines) {
                a = a.plusNanos(g.between(100, 40_000) * 1000L);
                Map<String, Object> e = sorted("insertId", g.hex(24), "labels", sorted("instanceId", instance), "logName", "projects/" + project
                        + "/logs/run.googleapis.com%2F" + l[0], "receiveTimestamp", NINE_Z.format(a.plusNanos(g.between(5, 90) * 1_000_000L)),
                        "resource", resource.apply(badRev), "timestamp", MICRO_Z.format(a));
                if ("json".equals(l[1])) {
                    e.put("jsonPayload", sorted("hostname", "localhost", "level", 30, "msg", l[2], "pid", 1, "source", "env",
                            "time", a.toEpochSecond(ZoneOffset.UTC) * 1000 + a.getNano() / 1_000_000));
                } else {
                    e.put("textPayload", l[2]);
                    if (l[1] != null) {
                        e.put("severity", l[1]);
                    }
                }
                entries.add(new Entry(a, e));
            }
            a = a.plusNanos(g.between(80, 400) * 1_000_000L);
            entries.add(new Entry(a, sorted("insertId", g.hex(24), "labels", sorted("container_name", "checkout-api-1", "instanceId", instance),
                    "logName", "projects/" + project + "/logs/run.googleapis.com%2Fvarlog%2Fsystem", "receiveTimestamp",
                    NINE_Z.format(a.plusNanos(g.between(5, 90) * 1_000_000L)), "resource", resource.apply(badRev), "severity", "WARNING",
                    "textPayload", "Container called exit(1).", "timestamp", NINE_Z.format(a))));
            a = a.plusSeconds(g.between(8, 20));
        }
        a = a.plusNanos(g.between(100, 900) * 1_000_000L);
        String ready = "Ready condition status changed to False for Revision " + badRev + " with message: The user-provided container failed to start"
                + " and listen on the port defined provided by the PORT=8080 environment variable within the allocated timeout. This can happen when"
                + " the PORT is misconfigured or if the timeout is too short. The health check timeout can be extended. Logs for this revision might"
                + " contain more information.\n\nLogs URL: https://console.cloud.google.com/logs/viewer?project=" + project
                + "&resource=cloud_run_revision/service_name/" + svc + "/revision_name/" + badRev + "&advancedFilter=resource.type%3D%22cloud_run_revision%22"
                + "%0Aresource.labels.service_name%3D%22" + svc + "%22%0Aresource.labels.revision_name%3D%22" + badRev + "%22 \n"
                + "For more troubleshooting guidance, see https://cloud.google.com/run/docs/troubleshooting#container-failed-to-start";
        entries.add(new Entry(a, sorted("insertId", g.alnum(12), "logName", "projects/" + project + "/logs/cloudaudit.googleapis.com%2Fsystem_event",
                "protoPayload", sorted("@type", "type.googleapis.com/google.cloud.audit.AuditLog", "resourceName", "namespaces/" + project
                        + "/revisions/" + badRev, "response", sorted("kind", "Revision", "apiVersion", "serving.knative.dev/v1",
                        "metadata", sorted("name", badRev, "namespace", "914205331871"), "status", sorted("observedGeneration", 1,
                                "conditions", arr(sorted("type", "Ready", "status", "False", "reason", "HealthCheckContainerError")))),
                        "serviceName", "run.googleapis.com", "status", sorted("code", 9, "message", ready)),
                "receiveTimestamp", NINE_Z.format(a.plusNanos(301_554_201)), "resource", resource.apply(badRev), "severity", "ERROR",
                "timestamp", NINE_Z.format(a))));
        LocalDateTime until = a.plusSeconds(40);
        for (int i = 0; i < 8; i++) {
            LocalDateTime rt = deploy.plusNanos(g.between(0, (int) java.time.Duration.between(deploy, until).toMillis()) * 1_000_000L);
            Map<String, Object> http = sorted("latency", seconds(g.between(3_000_000, 300_000_000)) + "s", "protocol", "HTTP/1.1",
                    "remoteIp", g.ip(), "requestMethod", "POST", "requestSize", String.valueOf(g.between(300, 2400)),
                    "requestUrl", "https://checkout-api-7q2xkd3mwa-ew.a.run.app/v1/checkout/sessions", "responseSize", String.valueOf(g.between(80, 4200)),
                    "serverIp", "216.239.36.53", "status", 201, "userAgent", "shop-web/2.8.1 (+node-fetch)");
            entries.add(new Entry(rt, sorted("httpRequest", http, "insertId", g.hex(24), "labels", sorted("instanceId", okInstance),
                    "logName", "projects/" + project + "/logs/run.googleapis.com%2Frequests", "receiveTimestamp", NINE_Z.format(rt.plusNanos(
                            g.between(5, 60) * 1_000_000L)), "resource", resource.apply(okRev), "severity", "INFO",
                    "spanId", Long.toUnsignedString(g.nextInt(Integer.MAX_VALUE) * 4_294_967_296L + g.nextInt(Integer.MAX_VALUE)),
                    "timestamp", NINE_Z.format(rt), "trace", "projects/" + project + "/traces/" + g.hex(32), "traceSampled", true)));
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        List<Object> list = new ArrayList<>();
        for (Entry e : entries) {
            list.add(e.body());
        }
        String text = pretty(list, 2) + "\n";
        requireSize(text, 60, 400);
        requireLines(text, 1500, 3600);
        String missing = "\"textPayload\": \"Error: missing required environment variable STRIPE_WEBHOOK_SECRET\"";
        String exit = "\"textPayload\": \"Container called exit(1).\"";
        String readyNeedle = "Ready condition status changed to False for Revision " + badRev;
        requireCount(text, missing, 3);
        requireCount(text, exit, 3);
        requireCount(text, readyNeedle, 1);
        requireCount(text, "ci-deployer@acme-prod.iam.gserviceaccount.com", 1);
        return NeedleCase.named("fresh15_gcloud_logging_read", "json", "gcloud-logging-read-json")
                .shell("gcloud logging read 'resource.type=\"cloud_run_revision\" AND resource.labels.service_name=\"checkout-api\"' --freshness=12m"
                        + " --limit=500 --format=json")
                .question("We deployed checkout-api a few minutes ago and the new revision checkout-api-00043-kaz never became ready; traffic is"
                        + " still on 00042. Why won't it start, and who deployed it?")
                .heldAside()
                .build(text, List.of(Needle.contains(missing), Needle.contains(exit), Needle.contains(readyNeedle),
                        Needle.contains("\"principalEmail\": \"ci-deployer@acme-prod.iam.gserviceaccount.com\"")));
    }

    // ---------------------------------------------------------------- .NET console logger (simple formatter)

    private static void dotnet(Gen out, String level, String category, int eventId, String... lines) {
        out.add(level + ": " + category + "[" + eventId + "]");
        for (String l : lines) {
            for (String part : l.split("\n", -1)) {
                out.add("      " + part);
            }
        }
    }

    private static final String ORDERS_SQL = "SELECT [o].[Id], [o].[CreatedAt], [o].[CustomerId], [o].[Status], [o].[TotalAmount], [o0].[Id], [o0].[OrderId],"
            + " [o0].[ProductSku], [o0].[Quantity], [o0].[UnitPrice]\nFROM [Orders] AS [o]\nLEFT JOIN [OrderLines] AS [o0] ON [o].[Id] = [o0].[OrderId]\n"
            + "WHERE [o].[CustomerId] = @__customerId_0\nORDER BY [o].[CreatedAt] DESC, [o].[Id]";

    private static final String SQL_TIMEOUT = "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period"
            + " elapsed prior to completion of the operation or the server is not responding.";

    private static String sqlTimeoutTrace(Gen g, boolean withController) {
        String s = SQL_TIMEOUT
                + "\n ---> System.ComponentModel.Win32Exception (258): Unknown error 258"
                + "\n   at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)"
                + "\n   at Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock,"
                + " Boolean asyncClose)"
                + "\n   at Microsoft.Data.SqlClient.TdsParserStateObject.ThrowExceptionAndWarning(Boolean callerHasConnectionLock, Boolean asyncClose)"
                + "\n   at Microsoft.Data.SqlClient.TdsParserStateObject.ReadSniError(TdsParserStateObject stateObj, UInt32 error)"
                + "\n   at Microsoft.Data.SqlClient.TdsParserStateObject.ReadAsyncCallback[T](T key, PacketHandle packet, UInt32 error)"
                + "\n--- End of stack trace from previous location ---"
                + "\n   at Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__211_0(Task`1 result)"
                + "\n   at System.Threading.Tasks.ContinuationResultTaskFromResultTask`2.InnerInvoke()"
                + "\n   at System.Threading.ExecutionContext.RunInternal(ExecutionContext executionContext, ContextCallback callback, Object state)"
                + "\n--- End of stack trace from previous location ---"
                + "\n   at System.Threading.Tasks.Task.ExecuteWithThreadLocal(Task& currentTaskSlot, Thread threadPoolThread)"
                + "\n--- End of stack trace from previous location ---"
                + "\n   at Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject,"
                + " CancellationToken cancellationToken)"
                + "\n   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.InitializeReaderAsync(AsyncEnumerator"
                + " enumerator, CancellationToken cancellationToken)"
                + "\n   at Microsoft.EntityFrameworkCore.SqlServer.Storage.Internal.SqlServerExecutionStrategy.ExecuteAsync[TState,TResult](TState state,"
                + " Func`4 operation, Func`4 verifySucceeded, CancellationToken cancellationToken)"
                + "\n   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()";
        if (withController) {
            s += "\n   at Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync[TSource](IQueryable`1 source, CancellationToken"
                    + " cancellationToken)"
                    + "\n   at Orders.Api.Controllers.CustomersController.GetOrders(Int32 id, Int32 page) in"
                    + " /src/Orders.Api/Controllers/CustomersController.cs:line 38"
                    + "\n   at lambda_method87(Closure, Object)"
                    + "\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext"
                    + " actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)"
                    + "\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker"
                    + " invoker, ValueTask`1 actionResultValueTask)"
                    + "\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeFilterPipelineAsync>g__Awaited|20_0(ResourceInvoker invoker,"
                    + " Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)"
                    + "\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeAsync>g__Logged|17_1(ResourceInvoker invoker)"
                    + "\n   at Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask,"
                    + " ILogger logger)"
                    + "\n   at Microsoft.AspNetCore.Authorization.AuthorizationMiddleware.Invoke(HttpContext context)"
                    + "\n   at Microsoft.AspNetCore.Authentication.AuthenticationMiddleware.Invoke(HttpContext context)"
                    + "\n   at Microsoft.AspNetCore.Server.Kestrel.Core.Internal.Http.HttpProtocol.ProcessRequests[TContext](IHttpApplication`1 application)";
        }
        return s + "\nClientConnectionId:" + uuid(g) + "\nError Number:-2,State:0,Class:11";
    }

    /**
     * {@code kubectl logs} of an ASP.NET Core 8 orders API with the default console logger and no timestamps: each record
     * a {@code level: Category[EventId]} line and its message indented by six spaces, EF Core commands with their SQL over
     * several lines. Most requests are health checks and quick order reads; three calls of the customer-orders endpoint
     * hit the 30 s command timeout: {@code Failed executing DbCommand}, the SqlException from the query pipeline, Kestrel's
     * unhandled exception with the controller frame, and a 500 after about 30 s. A startup HTTPS-port warning says
     * "Failed" too.
     */
    static NeedleCase dotnetConsole() {
        Gen g = new Gen(180_009);
        Gen out = new Gen(0);
        dotnet(out, "warn", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", 60,
                "Storing keys in a directory '/home/app/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected"
                        + " data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning");
        dotnet(out, "warn", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", 35,
                "No XML encryptor configured. Key {" + uuid(g) + "} may be persisted to storage in unencrypted form.");
        dotnet(out, "info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080");
        dotnet(out, "info", "Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down.");
        dotnet(out, "info", "Microsoft.Hosting.Lifetime", 0, "Hosting environment: Production");
        dotnet(out, "info", "Microsoft.Hosting.Lifetime", 0, "Content root path: /app");
        String conn = upperAlnum(g, 13);
        int connReq = 0;
        List<String> failedCommands = new ArrayList<>();
        List<String> finished500 = new ArrayList<>();
        boolean warned = false;
        for (int i = 0; i < 160; i++) {
            if (g.chance(0.2)) {
                conn = upperAlnum(g, 13);
                connReq = 0;
            }
            connReq++;
            boolean fail = i == 52 || i == 109 || i == 148;
            int kind = fail ? 2 : g.weighted(34, 28, 22, 16);
            String url;
            String method = "GET";
            switch (kind) {
                case 0 -> url = "http://10.42.3.17:8080/healthz";
                case 1 -> url = "http://orders-api/api/orders/" + g.between(480_000, 489_999);
                case 2 -> url = "http://orders-api/api/customers/" + (fail ? (i == 109 ? "10233" : "88412") : String.valueOf(g.between(10_000, 99_999)))
                        + "/orders?page=" + (fail ? 1 : g.between(1, 3));
                default -> {
                    url = "http://orders-api/api/orders";
                    method = "POST";
                }
            }
            dotnet(out, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 1, "Request starting HTTP/1.1 " + method + " " + url + " - "
                    + (method.equals("POST") ? "application/json " + g.between(180, 900) : "- -"));
            if (!warned && kind != 0) {
                dotnet(out, "warn", "Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware", 3, "Failed to determine the https port for redirect.");
                warned = true;
            }
            if (kind == 0) {
                dotnet(out, "info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", 0, "Executing endpoint 'Health checks'");
                dotnet(out, "info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", 1, "Executed endpoint 'Health checks'");
                dotnet(out, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 GET " + url + " - 200 - text/plain "
                        + fmt("%.4fms", g.between(2_000, 19_000) / 10_000.0));
                continue;
            }
            String controller = kind == 2 ? "CustomersController" : "OrdersController";
            String action = kind == 1 ? "Get" : kind == 2 ? "GetOrders" : "Create";
            String endpoint = "Orders.Api.Controllers." + controller + "." + action + " (Orders.Api)";
            dotnet(out, "info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", 0, "Executing endpoint '" + endpoint + "'");
            String signature = kind == 1 ? "Get(Int32)" : kind == 2 ? "GetOrders(Int32, Int32)" : "Create(Orders.Api.Models.CreateOrderRequest)";
            dotnet(out, "info", "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker", 102, "Route matched with {action = \"" + action
                    + "\", controller = \"" + controller.replace("Controller", "") + "\"}. Executing controller action with signature"
                    + " System.Threading.Tasks.Task`1[Microsoft.AspNetCore.Mvc.IActionResult] " + signature + " on controller Orders.Api.Controllers."
                    + controller + " (Orders.Api).");
            if (fail) {
                int ms = 30_000 + g.between(3, 48);
                String failed = fmt("Failed executing DbCommand (%,dms) [Parameters=[@__customerId_0='?' (DbType = Int32)], CommandType='Text',"
                        + " CommandTimeout='30']", ms);
                dotnet(out, "fail", "Microsoft.EntityFrameworkCore.Database.Command", 20102, failed, ORDERS_SQL);
                failedCommands.add("      " + failed);
                dotnet(out, "fail", "Microsoft.EntityFrameworkCore.Query", 10100, "An exception occurred while iterating over the results of a query"
                        + " for context type 'Orders.Api.Data.OrdersDbContext'.", sqlTimeoutTrace(g, false));
                double actionMs = ms + g.between(20, 90) + g.nextInt(10_000) / 10_000.0;
                dotnet(out, "info", "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker", 105, "Executed action " + endpoint + " in "
                        + fmt("%.4fms", actionMs));
                dotnet(out, "info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", 1, "Executed endpoint '" + endpoint + "'");
                dotnet(out, "fail", "Microsoft.AspNetCore.Server.Kestrel", 13, "Connection id \"" + conn + "\", Request id \"" + conn + ":"
                        + fmt("%08X", connReq) + "\": An unhandled exception was thrown by the application.", sqlTimeoutTrace(g, true));
                String fin = "Request finished HTTP/1.1 GET " + url + " - 500 0 - " + fmt("%.4fms", actionMs + g.between(3, 12));
                dotnet(out, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, fin);
                finished500.add("      " + fin);
                continue;
            }
            int ms = kind == 2 ? g.between(8, 900) : g.between(1, 14);
            if (kind == 1) {
                dotnet(out, "info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, "Executed DbCommand (" + ms + "ms) [Parameters=[@__id_0='?'"
                        + " (DbType = Int32)], CommandType='Text', CommandTimeout='30']", "SELECT TOP(1) [o].[Id], [o].[CreatedAt], [o].[CustomerId],"
                        + " [o].[Status], [o].[TotalAmount]\nFROM [Orders] AS [o]\nWHERE [o].[Id] = @__id_0");
            } else if (kind == 2) {
                dotnet(out, "info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, "Executed DbCommand (" + ms + "ms)"
                        + " [Parameters=[@__customerId_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']", ORDERS_SQL);
            } else {
                dotnet(out, "info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, "Executed DbCommand (" + ms + "ms) [Parameters=[@p0='?'"
                        + " (DbType = DateTime2), @p1='?' (DbType = Int32), @p2='?' (Size = 20), @p3='?' (Precision = 18) (Scale = 2) (DbType = Decimal)],"
                        + " CommandType='Text', CommandTimeout='30']", "SET IMPLICIT_TRANSACTIONS OFF;\nSET NOCOUNT ON;\nINSERT INTO [Orders] ([CreatedAt],"
                        + " [CustomerId], [Status], [TotalAmount])\nOUTPUT INSERTED.[Id]\nVALUES (@p0, @p1, @p2, @p3);");
            }
            int status = kind == 1 && g.chance(0.05) ? 404 : kind == 3 ? 201 : 200;
            String result = status == 404 ? "NotFoundResult" : status == 201 ? "CreatedAtActionResult" : "OkObjectResult";
            if (status == 404) {
                dotnet(out, "info", "Microsoft.AspNetCore.Mvc.StatusCodeResult", 1, "Executing StatusCodeResult, setting HTTP status code 404");
            } else {
                dotnet(out, "info", "Microsoft.AspNetCore.Mvc.Infrastructure.ObjectResultExecutor", 1, "Executing " + result + ", writing value of type '"
                        + (kind == 2 ? "System.Collections.Generic.List`1[[Orders.Api.Models.OrderDto, Orders.Api, Version=1.0.0.0, Culture=neutral,"
                                + " PublicKeyToken=null]]" : "Orders.Api.Models.OrderDto") + "'.");
            }
            double actionMs = ms + g.between(1, 30) + g.nextInt(10_000) / 10_000.0;
            dotnet(out, "info", "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker", 105, "Executed action " + endpoint + " in "
                    + fmt("%.4fms", actionMs));
            dotnet(out, "info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", 1, "Executed endpoint '" + endpoint + "'");
            dotnet(out, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 " + method + " " + url + " - " + status + " "
                    + (status == 404 ? "0 -" : "- application/json;+charset=utf-8") + " " + fmt("%.4fms", actionMs + g.between(1, 6)));
        }
        String text = out.text();
        requireLines(text, 1200, 3000);
        requireCount(text, "Failed executing DbCommand", 3);
        requireCount(text, SQL_TIMEOUT, 6);
        String frame = "at Orders.Api.Controllers.CustomersController.GetOrders(Int32 id, Int32 page) in /src/Orders.Api/Controllers/CustomersController.cs:line 38";
        requireCount(text, frame, 3);
        return NeedleCase.named("fresh15_dotnet_console", "log", "dotnet-console-logger")
                .shell("kubectl logs -n shop deploy/orders-api --tail=2500")
                .question("Some calls to orders-api hang for about 30 seconds and then return 500. Which endpoint is it, what fails, and where in"
                        + " our code?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(failedCommands), Needle.contains(SQL_TIMEOUT), Needle.anyOf(finished500), Needle.contains(frame)));
    }

    // ---------------------------------------------------------------- Phoenix / Elixir Logger

    /**
     * A Phoenix chat application's console log ({@code $time $metadata[$level] $message}, request_id metadata):
     * requests with their {@code Sent 200 in 6ms} lines, socket connects and channel joins with indented parameters,
     * libcluster warnings. Three times the presence tracker GenServer crashes on a join message without a room id
     * (clients of the new iOS build): a {@code GenServer ... terminating} report with the KeyError, the stack, {@code
     * Last message:} and {@code State:}; each time a request in flight gets a 500 and Cowboy's error report, and a
     * Postgrex connection logs its client exited.
     */
    static NeedleCase phoenixLog() {
        Gen g = new Gen(180_010);
        Gen out = new Gen(0);
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 10, 8, 0).plusNanos(114_000_000);
        LocalDateTime endAt = LocalDateTime.of(2026, 12, 7, 10, 26, 30);
        List<LocalDateTime> crashes = new ArrayList<>(List.of(LocalDateTime.of(2026, 12, 7, 10, 15, 22, 4_000_000),
                LocalDateTime.of(2026, 12, 7, 10, 18, 47, 611_000_000), LocalDateTime.of(2026, 12, 7, 10, 23, 5, 208_000_000)));
        int[] crashUsers = {1841, 2207, 1841};
        int crashNo = 0;
        List<String> headers = new ArrayList<>();
        List<String> keyErrors = new ArrayList<>();
        List<String> lastMessages = new ArrayList<>();
        String[] clients = {"web/2026.12.1", "web/2026.12.1", "android/4.1.9", "ios/4.1.7", "ios/4.1.7"};
        while (t.isBefore(endAt)) {
            LocalDateTime next = t.plusNanos(g.between(80, 2_000) * 1_000_000L + g.nextInt(1000) * 1000L);
            if (crashNo < crashes.size() && next.isAfter(crashes.get(crashNo).minusNanos(40_000_000))) {
                LocalDateTime c = crashes.get(crashNo);
                int user = crashUsers[crashNo];
                LocalDateTime joined = c.minusNanos(g.between(15, 35) * 1_000_000L);
                String joinedAt = "~U[" + joined.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)) + "Z]";
                String meta = "%{client: \"ios/4.2.0\", joined_at: " + joinedAt + ", user_id: " + user + "}";
                out.add(HMS_MILLI.format(joined) + " [info] JOINED presence:lobby in " + g.between(180, 600) + "µs");
                out.add("  Parameters: %{\"client\" => \"ios/4.2.0\"}");
                String header = HMS_MILLI.format(c) + " [error] GenServer Chat.PresenceTracker terminating";
                String keyError = "** (KeyError) key :room_id not found in: " + meta;
                String last = "Last message: {:presence_join, \"presence:lobby\", " + meta + "}";
                out.add(header);
                out.add(keyError);
                out.add("    (chat 0.9.3) lib/chat/presence_tracker.ex:88: anonymous fn/2 in Chat.PresenceTracker.handle_info/2");
                out.add("    (elixir 1.16.2) lib/enum.ex:2528: Enum.\"-reduce/3-lists^foldl/2-0-\"/3");
                out.add("    (chat 0.9.3) lib/chat/presence_tracker.ex:86: Chat.PresenceTracker.handle_info/2");
                out.add("    (stdlib 5.2.3) gen_server.erl:1095: :gen_server.try_handle_info/3");
                out.add("    (stdlib 5.2.3) gen_server.erl:1183: :gen_server.handle_msg/6");
                out.add("    (stdlib 5.2.3) proc_lib.erl:241: :proc_lib.init_p_do_apply/3");
                out.add(last);
                StringBuilder state = new StringBuilder("State: %{monitors: %{");
                for (int m = 0; m < 4; m++) {
                    state.append(m == 0 ? "" : ", ").append("#Reference<0.2819342163.").append(g.between(1_000_000_000, 2_000_000_000)).append('.')
                            .append(g.between(10_000, 99_999)).append("> => {#PID<0.").append(g.between(40_000, 60_000)).append(".0>, \"room:")
                            .append(g.between(1, 60)).append("\"}");
                }
                state.append(", ...}, rooms: %{");
                for (int r = 0; r < 6; r++) {
                    state.append(r == 0 ? "" : ", ").append("\"room:").append(g.between(1, 60)).append("\" => MapSet.new([").append(g.between(1000, 2999))
                            .append(", ").append(g.between(1000, 2999)).append("])");
                }
                state.append(", ...}}");
                out.add(state.toString());
                headers.add(header);
                keyErrors.add(keyError);
                lastMessages.add(last);
                LocalDateTime rt = c.plusNanos(g.between(3, 9) * 1_000_000L);
                String rid = mixed(g, 20);
                int room = g.between(1, 60);
                out.add(HMS_MILLI.format(rt) + " request_id=" + rid + " [info] Sent 500 in " + g.between(4, 40) + "ms");
                out.add(HMS_MILLI.format(rt.plusNanos(1_000_000)) + " [error] #PID<0." + g.between(40_000, 60_000) + ".0> running ChatWeb.Endpoint"
                        + " (connection #PID<0." + g.between(40_000, 60_000) + ".0>, stream id " + g.between(1, 9) + ") terminated");
                out.add("Server: chat.example.com:80 (http)");
                out.add("Request: GET /api/rooms/" + room + "/presence");
                out.add("** (exit) exited in: GenServer.call(Chat.PresenceTracker, {:list, \"room:" + room + "\"}, 5000)");
                out.add("    ** (EXIT) an exception was raised:");
                out.add("        ** (KeyError) key :room_id not found in: " + meta);
                out.add("            (chat 0.9.3) lib/chat/presence_tracker.ex:88: anonymous fn/2 in Chat.PresenceTracker.handle_info/2");
                out.add("            (elixir 1.16.2) lib/enum.ex:2528: Enum.\"-reduce/3-lists^foldl/2-0-\"/3");
                out.add("            (chat 0.9.3) lib/chat/presence_tracker.ex:86: Chat.PresenceTracker.handle_info/2");
                out.add("            (stdlib 5.2.3) gen_server.erl:1095: :gen_server.try_handle_info/3");
                out.add("            (stdlib 5.2.3) gen_server.erl:1183: :gen_server.handle_msg/6");
                out.add("            (stdlib 5.2.3) proc_lib.erl:241: :proc_lib.init_p_do_apply/3");
                out.add("    (elixir 1.16.2) lib/gen_server.ex:1114: GenServer.call/3");
                out.add("    (chat 0.9.3) lib/chat_web/controllers/presence_controller.ex:14: ChatWeb.PresenceController.show/2");
                out.add("    (chat 0.9.3) lib/chat_web/controllers/presence_controller.ex:1: ChatWeb.PresenceController.action/2");
                out.add("    (chat 0.9.3) lib/chat_web/controllers/presence_controller.ex:1: ChatWeb.PresenceController.phoenix_controller_pipeline/2");
                out.add("    (phoenix 1.7.14) lib/phoenix/router.ex:484: Phoenix.Router.__call__/5");
                out.add("    (chat 0.9.3) lib/chat_web/endpoint.ex:1: ChatWeb.Endpoint.plug_builder_call/2");
                out.add("    (chat 0.9.3) deps/plug/lib/plug/debugger.ex:136: ChatWeb.Endpoint.\"call (overridable 3)\"/2");
                out.add("    (chat 0.9.3) lib/chat_web/endpoint.ex:1: ChatWeb.Endpoint.call/2");
                if (crashNo == 0) {
                    out.add(HMS_MILLI.format(rt.plusNanos(2_000_000)) + " [error] Postgrex.Protocol (#PID<0.3021.0>) disconnected: **"
                            + " (DBConnection.ConnectionError) client #PID<0." + g.between(40_000, 60_000) + ".0> exited");
                }
                t = rt.plusNanos(g.between(5, 80) * 1_000_000L);
                crashNo++;
                continue;
            }
            t = next;
            int k = g.weighted(30, 14, 10, 10, 8, 14, 2, 1);
            String rid = mixed(g, 20);
            String ts = HMS_MILLI.format(t);
            switch (k) {
                case 0, 1, 2, 3 -> {
                    int room = g.between(1, 60);
                    String req = switch (k) {
                        case 0 -> "GET /api/rooms/" + room + "/messages" + (g.chance(0.3) ? "?before=" + g.between(100_000, 999_999) : "");
                        case 1 -> "POST /api/rooms/" + room + "/messages";
                        case 2 -> "GET /api/me";
                        default -> "GET /api/rooms/" + room + "/presence";
                    };
                    int status = k == 1 ? 201 : g.chance(0.03) ? 404 : 200;
                    if (k == 1 && g.chance(0.04)) {
                        status = 429;
                    }
                    out.add(ts + " request_id=" + rid + " [info] " + req);
                    LocalDateTime done = t.plusNanos(g.between(300, 40_000) * 1000L);
                    long us = java.time.Duration.between(t, done).toNanos() / 1000;
                    out.add(HMS_MILLI.format(done) + " request_id=" + rid + " [info] Sent " + status + " in " + (us < 1000 ? us + "µs" : us / 1000 + "ms"));
                }
                case 4 -> {
                    out.add(ts + " [info] CONNECTED TO ChatWeb.UserSocket in " + g.between(30, 140) + "µs");
                    out.add("  Transport: :websocket");
                    out.add("  Serializer: Phoenix.Socket.V2.JSONSerializer");
                    out.add("  Parameters: %{\"token\" => \"SFMyNTY.g2gDYgAA" + mixed(g, 6) + "bgYA" + mixed(g, 10) + "YgABUYA." + mixed(g, 43)
                            + "\", \"vsn\" => \"2.0.0\"}");
                }
                case 5 -> {
                    boolean presence = g.chance(0.3);
                    out.add(ts + " [info] JOINED " + (presence ? "presence:lobby" : "room:" + g.between(1, 60)) + " in " + g.between(120, 900) + "µs");
                    out.add("  Parameters: " + (presence ? "%{\"client\" => \"" + g.pick(clients) + "\", \"room_id\" => \"room:" + g.between(1, 60)
                            + "\"}" : "%{}"));
                }
                case 6 -> out.add(ts + " [warning] [libcluster:k8s] unable to connect to :\"chat@10.4.2." + g.between(10, 40) + "\"");
                default -> out.add(ts + " [info] Chat.Janitor pruned " + g.between(0, 40) + " expired typing indicators");
            }
        }
        String text = out.text();
        requireLines(text, 1200, 3000);
        requireCount(text, "[error] GenServer Chat.PresenceTracker terminating", 3);
        requireCount(text, "\"client\" => \"ios/4.2.0\"", 3);
        return NeedleCase.named("fresh15_phoenix_log", "log", "phoenix-elixir-log")
                .shell("kubectl logs -n chat deploy/chat --since=20m")
                .question("Since about 10:15 users' presence lists in the chat app keep going empty and a few API calls return 500. What is"
                        + " crashing, why, and what triggers it?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(headers), Needle.anyOf(keyErrors), Needle.anyOf(lastMessages)));
    }

    // ---------------------------------------------------------------- Sidekiq 7 log

    private static String sidekiq(LocalDateTime t, String tid, String cls, String jid, String elapsed, String level, String msg) {
        return MILLI_Z.format(t) + " pid=7 tid=" + tid + (cls == null ? "" : " class=" + cls + " jid=" + jid)
                + (elapsed == null ? "" : " elapsed=" + elapsed) + " " + level + ": " + msg;
    }

    private static double epochSeconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) + t.getNano() / 1e9;
    }

    /**
     * A Sidekiq 7 worker's log (five threads): start and done lines of mailer, inventory, image and webhook jobs with
     * their own log lines, webhook deliveries failing and being retried (the error handler's context JSON, the error
     * and a backtrace whose first frame carries the prefix and the rest do not). An hour before, an admin refund job
     * refunds the charge of order R-88120; the refund job the question names then fails four times on Stripe's
     * "already been refunded" and, its three retries used up, is sent to the dead set.
     */
    static NeedleCase sidekiqLog() {
        Gen g = new Gen(180_011);
        record Line(LocalDateTime at, int seq, String text) {}
        List<Line> lines = new ArrayList<>();
        int[] seq = {0};
        java.util.function.BiConsumer<LocalDateTime, String> add = (at, s) -> lines.add(new Line(at, seq[0]++, s));
        String[] tids = {"ouq5", "ovb9", "ow1h", "owkx", "ox4d"};
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 9, 0, 4).plusNanos(318_000_000);
        LocalDateTime endAt = LocalDateTime.of(2026, 12, 7, 10, 10, 0);
        String charge = "ch_3QkRp2LtV8xW1c0A1f9bZ3Kq";
        String adminLine = null;
        while (t.isBefore(endAt)) {
            t = t.plusNanos(g.between(800, 16_000) * 1_000_000L + g.nextInt(1000) * 1000L);
            String tid = g.pick(tids);
            String jid = g.hex(24);
            int k = g.weighted(26, 18, 16, 22, 8);
            String cls = switch (k) {
                case 0 -> "OrderMailerJob";
                case 1 -> "SyncInventoryJob";
                case 2 -> "ImageVariantJob";
                case 3 -> "WebhookDeliveryJob";
                default -> "ReportRollupJob";
            };
            boolean admin = adminLine == null && t.isAfter(LocalDateTime.of(2026, 12, 7, 9, 14, 0));
            if (admin) {
                cls = "AdminRefundJob";
            }
            add.accept(t, sidekiq(t, tid, cls, jid, null, "INFO", "start"));
            LocalDateTime a = t.plusNanos(g.between(5, 400) * 1_000_000L);
            switch (cls) {
                case "OrderMailerJob" -> add.accept(a, sidekiq(a, tid, cls, jid, null, "INFO", "Delivered mail " + g.hex(8) + "-" + g.hex(4)
                        + "@orders-worker.mail (" + g.between(180, 900) + ".0ms)"));
                case "SyncInventoryJob" -> add.accept(a, sidekiq(a, tid, cls, jid, null, "INFO", "Synced " + g.between(20, 400) + " stock levels from"
                        + " warehouse " + g.pick("DUB-1", "DUB-2", "AMS-1") + " (" + g.between(0, 12) + " changed)"));
                case "ImageVariantJob" -> add.accept(a, sidekiq(a, tid, cls, jid, null, "INFO", "Generated variants thumb,medium,large for"
                        + " ActiveStorage::Blob#" + g.between(100_000, 999_999)));
                case "ReportRollupJob" -> add.accept(a, sidekiq(a, tid, cls, jid, null, "INFO", "Rolled up " + g.between(200, 9_000)
                        + " order rows into daily_sales for 2026-12-07"));
                case "AdminRefundJob" -> {
                    adminLine = sidekiq(a, tid, cls, jid, null, "INFO", "Refund re_3QkRq9LtV8xW1c0A0c2mT7Hd created for charge " + charge
                            + " (order R-88120, 4999 cents), requested by support:agnes.k");
                    add.accept(a, adminLine);
                }
                default -> {
                }
            }
            boolean webhookFails = cls.equals("WebhookDeliveryJob") && g.chance(0.12);
            LocalDateTime d = a.plusNanos(g.between(20, 2_400) * 1_000_000L);
            String elapsed = fmt("%.3f", java.time.Duration.between(t, d).toMillis() / 1000.0);
            if (!webhookFails) {
                if (cls.equals("WebhookDeliveryJob")) {
                    add.accept(a, sidekiq(a, tid, cls, jid, null, "INFO", "POST https://" + g.pick("erp.kestrel-freight.de/hooks/shop",
                            "hooks.brightline-ops.io/orders", "api.partner-ledger.com/v2/events") + " -> " + g.pick(200, 200, 202, 204)));
                }
                add.accept(d, sidekiq(d, tid, cls, jid, elapsed, "INFO", "done"));
                continue;
            }
            String url = "https://hooks.brightline-ops.io/orders";
            add.accept(d, sidekiq(d, tid, cls, jid, elapsed, "INFO", "fail"));
            double created = epochSeconds(t.minusSeconds(g.between(1, 30)));
            add.accept(d, sidekiq(d, tid, null, null, null, "WARN", compact(obj("context", "Job raised exception", "job", obj("retry", true,
                    "queue", "webhooks", "class", cls, "args", arr(g.between(900_000, 999_999), url), "jid", jid,
                    "created_at", new Raw(fmt("%.7f", created)), "enqueued_at", new Raw(fmt("%.7f", created + 0.0021)),
                    "error_message", "Failed to open TCP connection to hooks.brightline-ops.io:443 (Connection refused - connect(2) for"
                            + " \"hooks.brightline-ops.io\" port 443)", "error_class", "Faraday::ConnectionFailed", "failed_at",
                    new Raw(fmt("%.7f", epochSeconds(d))), "retry_count", 0)))));
            add.accept(d, sidekiq(d, tid, null, null, null, "WARN", "Faraday::ConnectionFailed: Failed to open TCP connection to"
                    + " hooks.brightline-ops.io:443 (Connection refused - connect(2) for \"hooks.brightline-ops.io\" port 443)"));
            add.accept(d, sidekiq(d, tid, null, null, null, "WARN", "/usr/local/lib/ruby/3.3.0/net/http.rb:1603:in `initialize'"));
            for (String f : List.of("/usr/local/lib/ruby/3.3.0/net/http.rb:1603:in `open'", "/usr/local/lib/ruby/3.3.0/net/http.rb:1603:in `block in connect'",
                    "/usr/local/lib/ruby/3.3.0/timeout.rb:186:in `block in timeout'", "/usr/local/lib/ruby/3.3.0/net/http.rb:1601:in `connect'",
                    "/app/vendor/bundle/ruby/3.3.0/gems/faraday-net_http-3.1.0/lib/faraday/adapter/net_http.rb:66:in `perform_request'",
                    "/app/vendor/bundle/ruby/3.3.0/gems/faraday-2.10.1/lib/faraday/rack_builder.rb:152:in `build_response'",
                    "/app/vendor/bundle/ruby/3.3.0/gems/faraday-2.10.1/lib/faraday/connection.rb:444:in `run_request'",
                    "/app/app/services/webhooks/deliverer.rb:31:in `deliver'", "/app/app/jobs/webhook_delivery_job.rb:12:in `perform'",
                    "/app/vendor/bundle/ruby/3.3.0/gems/sidekiq-7.3.2/lib/sidekiq/processor.rb:220:in `execute_job'",
                    "/app/vendor/bundle/ruby/3.3.0/gems/sidekiq-7.3.2/lib/sidekiq/processor.rb:185:in `block (4 levels) in process'")) {
                add.accept(d, f);
            }
        }
        String jid = "b7e2c91f40a3d68e15c2f0a9";
        String cls = "RefundJob";
        LocalDateTime created = LocalDateTime.of(2026, 12, 7, 10, 2, 11).plusNanos(402_771_000);
        LocalDateTime at = created.plusNanos(3_118_000);
        List<String> fails = new ArrayList<>();
        List<String> stripeErrors = new ArrayList<>();
        String deadLine = null;
        String err = "Charge " + charge + " has already been refunded.";
        LocalDateTime failedAt = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            String tid = g.pick(tids);
            lines.add(new Line(at, seq[0]++, sidekiq(at, tid, cls, jid, null, "INFO", "start")));
            LocalDateTime a = at.plusNanos(g.between(5, 40) * 1_000_000L);
            lines.add(new Line(a, seq[0]++, sidekiq(a, tid, cls, jid, null, "INFO", "Refunding order R-88120: charge " + charge
                    + " amount=4999 reason=requested_by_customer")));
            LocalDateTime d = a.plusNanos(g.between(180, 520) * 1_000_000L);
            String fail = sidekiq(d, tid, cls, jid, fmt("%.3f", java.time.Duration.between(at, d).toMillis() / 1000.0), "INFO", "fail");
            lines.add(new Line(d, seq[0]++, fail));
            fails.add(fail);
            if (attempt == 3) {
                deadLine = sidekiq(d, tid, cls, jid, null, "INFO", "Adding dead RefundJob job " + jid);
                lines.add(new Line(d, seq[0]++, deadLine));
            }
            Map<String, Object> job = obj("retry", 3, "queue", "critical", "class", cls, "args", arr("R-88120", charge, 4999), "jid", jid,
                    "created_at", new Raw(fmt("%.7f", epochSeconds(created))), "enqueued_at", new Raw(fmt("%.7f", epochSeconds(at.minusNanos(1_402_000)))),
                    "error_message", err, "error_class", "Stripe::InvalidRequestError");
            if (attempt == 0) {
                failedAt = d;
                job.put("failed_at", new Raw(fmt("%.7f", epochSeconds(d))));
            } else {
                job.put("failed_at", new Raw(fmt("%.7f", epochSeconds(failedAt))));
            }
            job.put("retry_count", attempt);
            if (attempt > 0) {
                job.put("retried_at", new Raw(fmt("%.7f", epochSeconds(d))));
            }
            lines.add(new Line(d, seq[0]++, sidekiq(d, tid, null, null, null, "WARN", compact(obj("context", "Job raised exception", "job", job)))));
            String se = sidekiq(d, tid, null, null, null, "WARN", "Stripe::InvalidRequestError: " + err);
            lines.add(new Line(d, seq[0]++, se));
            stripeErrors.add(se);
            lines.add(new Line(d, seq[0]++, sidekiq(d, tid, null, null, null, "WARN",
                    "/app/vendor/bundle/ruby/3.3.0/gems/stripe-10.15.0/lib/stripe/stripe_client.rb:772:in `handle_error_response'")));
            for (String f : List.of("/app/vendor/bundle/ruby/3.3.0/gems/stripe-10.15.0/lib/stripe/stripe_client.rb:652:in `execute_request_with_rescues'",
                    "/app/vendor/bundle/ruby/3.3.0/gems/stripe-10.15.0/lib/stripe/stripe_client.rb:279:in `execute_request'",
                    "/app/vendor/bundle/ruby/3.3.0/gems/stripe-10.15.0/lib/stripe/api_operations/request.rb:81:in `execute_resource_request'",
                    "/app/vendor/bundle/ruby/3.3.0/gems/stripe-10.15.0/lib/stripe/api_operations/create.rb:8:in `create'",
                    "/app/app/services/payments/refunder.rb:22:in `call'", "/app/app/jobs/refund_job.rb:9:in `perform'",
                    "/app/vendor/bundle/ruby/3.3.0/gems/sidekiq-7.3.2/lib/sidekiq/processor.rb:220:in `execute_job'",
                    "/app/vendor/bundle/ruby/3.3.0/gems/sidekiq-7.3.2/lib/sidekiq/processor.rb:185:in `block (4 levels) in process'")) {
                lines.add(new Line(d, seq[0]++, f));
            }
            long delay = (long) Math.pow(attempt, 4) + 15 + g.nextInt(10) * (attempt + 1L);
            at = d.plusSeconds(delay).plusNanos(g.between(100, 900) * 1_000_000L);
        }
        lines.sort(Comparator.comparing(Line::at).thenComparingInt(Line::seq));
        Gen out = new Gen(0);
        for (Line l : lines) {
            out.add(l.text());
        }
        String text = out.text();
        requireLines(text, 800, 3000);
        requireCount(text, "R-88120", 1 + 4 * 2);
        requireCount(text, "Adding dead", 1);
        return NeedleCase.named("fresh15_sidekiq_log", "log", "sidekiq-log")
                .shell("kubectl logs -n shop deploy/sidekiq --since=75m")
                .question("The refund job for order R-88120 (jid b7e2c91f40a3d68e15c2f0a9) never completed. What happened to it, and should we"
                        + " just retry it?")
                .heldAside()
                .build(text, List.of(Needle.exact(deadLine), Needle.anyOf(stripeErrors), Needle.anyOf(fails), Needle.exact(adminLine)));
    }

    // ---------------------------------------------------------------- Mosquitto broker log

    /**
     * The tail of Mosquitto 2.0's log (epoch-second timestamps) for a fleet of about 240 sensors on the TLS port: devices
     * that reconnect after a keepalive timeout, a burst of timeouts during a Wi-Fi blip, refused clients, TLS handshake
     * errors, Node-RED and app clients, the autosave every half hour. From 07:02 a second device at another address
     * connects with the client id sensor-0117: the two take the id from each other every few minutes ({@code already
     * connected, closing old connection}).
     */
    static NeedleCase mosquittoLog() {
        Gen g = new Gen(180_012);
        record Line(long at, int seq, String text) {}
        List<Line> lines = new ArrayList<>();
        int[] seq = {0};
        long start = LocalDateTime.of(2026, 12, 7, 6, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long end = LocalDateTime.of(2026, 12, 7, 8, 40, 0).toEpochSecond(ZoneOffset.UTC);
        java.util.function.BiConsumer<Long, String> add = (at, s) -> lines.add(new Line(at, seq[0]++, at + ": " + s));
        for (long s = start + 1_800 - start % 1_800; s < end; s += 1_800) {
            add.accept(s, "Saving in-memory database to /var/lib/mosquitto/mosquitto.db.");
        }
        String target = "sensor-0117";
        String ipA = "10.20.3.41";
        String ipB = "10.20.6.112";
        long t = start;
        while (t < end) {
            t += g.between(1, 24);
            int k = g.weighted(46, 10, 8, 6, 4, 3);
            String dev = fmt("sensor-%04d", g.between(1, 240));
            if (dev.equals(target)) {
                dev = "sensor-0118";
            }
            String ip = "10.20." + g.between(2, 9) + "." + g.between(10, 250);
            int port = g.between(32_768, 60_999);
            switch (k) {
                case 0 -> {
                    add.accept(t, "Client " + dev + " has exceeded timeout, disconnecting.");
                    long r = t + g.between(20, 180);
                    add.accept(r, "New connection from " + ip + ":" + port + " on port 8883.");
                    add.accept(r, "New client connected from " + ip + ":" + port + " as " + dev + " (p2, c1, k60, u'devices').");
                }
                case 1 -> {
                    String app = "app-" + g.hex(8);
                    String aip = "10.30." + g.between(0, 3) + "." + g.between(10, 250);
                    add.accept(t, "New connection from " + aip + ":" + port + " on port 8883.");
                    add.accept(t, "New client connected from " + aip + ":" + port + " as " + app + " (p5, c1, k30, u'mobile').");
                    add.accept(t + g.between(20, 900), "Client " + app + " closed its connection.");
                }
                case 2 -> {
                    String bad = "10.20." + g.between(2, 9) + "." + g.between(10, 250);
                    add.accept(t, "New connection from " + bad + ":" + port + " on port 8883.");
                    add.accept(t, "OpenSSL Error[0]: error:0A000412:SSL routines::sslv3 alert bad certificate");
                    add.accept(t, "Client <unknown> disconnected: Protocol error.");
                }
                case 3 -> {
                    add.accept(t, "New connection from 10.20.9." + g.between(2, 40) + ":" + port + " on port 1883.");
                    add.accept(t, "Client " + g.pick("esp32-" + g.hex(6), "shellyplus1pm-" + g.hex(12), "tasmota_" + g.hex(6).toUpperCase(Locale.ROOT))
                            + " disconnected, not authorised.");
                }
                case 4 -> {
                    String nr = "nodered_" + g.hex(8);
                    add.accept(t, "New connection from 10.20.1.5:" + port + " on port 8883.");
                    add.accept(t, "New client connected from 10.20.1.5:" + port + " as " + nr + " (p2, c1, k60, u'nodered').");
                    add.accept(t + g.between(60, 1_800), "Client " + nr + " disconnected.");
                }
                default -> {
                    add.accept(t, "Socket error on client " + dev + ", disconnecting.");
                    long r = t + g.between(5, 60);
                    add.accept(r, "New connection from " + ip + ":" + port + " on port 8883.");
                    add.accept(r, "New client connected from " + ip + ":" + port + " as " + dev + " (p2, c1, k60, u'devices').");
                }
            }
        }
        long blip = LocalDateTime.of(2026, 12, 7, 6, 48, 31).toEpochSecond(ZoneOffset.UTC);
        for (int i = 0; i < 14; i++) {
            String dev = fmt("sensor-%04d", g.between(140, 200));
            long at = blip + g.between(0, 40);
            add.accept(at, "Client " + dev + " has exceeded timeout, disconnecting.");
            long r = at + g.between(60, 240);
            String ip = "10.20.7." + g.between(10, 250);
            int port = g.between(32_768, 60_999);
            add.accept(r, "New connection from " + ip + ":" + port + " on port 8883.");
            add.accept(r, "New client connected from " + ip + ":" + port + " as " + dev + " (p2, c1, k60, u'devices').");
        }
        List<String> fromA = new ArrayList<>();
        List<String> fromB = new ArrayList<>();
        long r0 = LocalDateTime.of(2026, 12, 7, 6, 31, 9).toEpochSecond(ZoneOffset.UTC);
        add.accept(r0 - 7, "Socket error on client " + target + ", disconnecting.");
        int p0 = g.between(32_768, 60_999);
        add.accept(r0, "New connection from " + ipA + ":" + p0 + " on port 8883.");
        String first = "New client connected from " + ipA + ":" + p0 + " as " + target + " (p2, c1, k60, u'devices').";
        add.accept(r0, first);
        fromA.add(r0 + ": " + first);
        long s = LocalDateTime.of(2026, 12, 7, 7, 2, 18).toEpochSecond(ZoneOffset.UTC);
        boolean b = true;
        List<String> takeovers = new ArrayList<>();
        while (s < end) {
            String ip = b ? ipB : ipA;
            int port = g.between(32_768, 60_999);
            add.accept(s, "New connection from " + ip + ":" + port + " on port 8883.");
            String take = "Client " + target + " already connected, closing old connection.";
            add.accept(s, take);
            takeovers.add(s + ": " + take);
            String conn = "New client connected from " + ip + ":" + port + " as " + target + " (p2, c1, k60, u'devices').";
            add.accept(s, conn);
            (b ? fromB : fromA).add(s + ": " + conn);
            b = !b;
            s += g.between(130, 380);
        }
        lines.sort(Comparator.comparingLong(Line::at).thenComparingInt(Line::seq));
        Gen out = new Gen(0);
        for (Line l : lines) {
            out.add(l.text());
        }
        String text = out.text();
        requireLines(text, 1000, 3000);
        requireCount(text, "as " + target + " (", fromA.size() + fromB.size());
        requireBetween("takeovers", takeovers.size(), 15, 45);
        requireCount(text, "already connected, closing old connection", takeovers.size());
        return NeedleCase.named("fresh15_mosquitto_log", "log", "mosquitto-log")
                .shell("sudo tail -n 2500 /var/log/mosquitto/mosquitto.log")
                .question("sensor-0117 keeps dropping offline every few minutes since about 7 this morning. Is it the network, or something on the"
                        + " broker side?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(takeovers), Needle.anyOf(fromB), Needle.anyOf(fromA)));
    }
}
