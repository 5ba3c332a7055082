package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The fourth held-aside batch ({@code fresh3_*}), written on 2026-12-07 (session 5) before any compressor change
 * of that session, with needle rules written together with each generator, before any of their outputs was
 * looked at; nothing was changed after their first run. Formats none of the other cases has: Tomcat
 * catalina.out, docker compose logs, a GitHub Actions job log, tsc --noEmit, ESLint stylish, lsof -i, a
 * Windows event log CSV export, kubectl describe pods, strace -f, du -ah, git blame, and a pretty-printed JSON
 * envelope of nested audit events. Never tuned on: reported as their own set, refused by {@code --case}.
 */
final class FreshCases3 {

    private FreshCases3() {}

    static List<NeedleCase> all() {
        return List.of(tomcatCatalina(), composeLogs(), githubActions(), tscNamedFile(), eslintStylish(), lsofPort(),
                windowsEventsCsv(), kubectlDescribePods(), straceEacces(), duNamedDir(), gitBlameLine(), jsonAuditEvents());
    }

    /** catalina.out: deployments, access chatter and leak warnings; one webapp fails to start (SEVERE). */
    static NeedleCase tomcatCatalina() {
        Gen g = new Gen(60_001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 6, 0, 0), 3_000);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss.SSS", Locale.ROOT);
        List<Needle> needles = new ArrayList<>();
        String[] apps = {"reports", "catalog", "search", "admin", "cart", "accounts", "media", "pricing"};
        for (int i = 0; i < 2_600; i++) {
            String t = clock.next(f);
            if (i == 1_912) {
                String thread = "[Catalina-utility-1]";
                String listener = fmt("%s SEVERE %s org.apache.catalina.core.StandardContext.listenerStart Exception sending context initialized event to listener instance of class [org.springframework.web.context.ContextLoaderListener]", t, thread);
                g.add(listener);
                g.add("\torg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource' defined in class path resource [com/acme/orders/config/PersistenceConfig.class]: Failed to instantiate [javax.sql.DataSource]: Factory method 'dataSource' threw exception with message: Failed to initialize pool: orders-db.internal");
                g.add("\t\tat org.springframework.beans.factory.support.ConstructorResolver.instantiate(ConstructorResolver.java:648)");
                g.add("\t\tat org.springframework.beans.factory.support.ConstructorResolver.instantiateUsingFactoryMethod(ConstructorResolver.java:636)");
                g.add("\t\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.createBeanInstance(AbstractAutowireCapableBeanFactory.java:1355)");
                g.add("\t\tat org.springframework.web.context.ContextLoader.initWebApplicationContext(ContextLoader.java:291)");
                g.add("\t\tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4018)");
                g.add("\t\tat org.apache.catalina.core.StandardContext.startInternal(StandardContext.java:4460)");
                g.add("\t\tat org.apache.catalina.util.LifecycleBase.start(LifecycleBase.java:164)");
                String cause = "\tCaused by: java.net.UnknownHostException: orders-db.internal: Name or service not known";
                g.add(cause);
                g.add("\t\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)");
                g.add("\t\tat java.base/java.net.InetAddress$PlatformResolver.lookupByName(InetAddress.java:1211)");
                g.add("\t\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243)");
                g.add("\t\t... 42 more");
                String t2 = clock.next(f);
                g.add(fmt("%s SEVERE %s org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start. Full details will be found in the appropriate container log file", t2, thread));
                String failed = fmt("%s SEVERE %s org.apache.catalina.core.StandardContext.startInternal Context [/orders] startup failed due to previous errors", clock.next(f), thread);
                g.add(failed);
                needles.add(Needle.exact(listener));
                needles.add(Needle.exact(cause));
                needles.add(Needle.exact(failed));
                continue;
            }
            String app = g.pick(apps);
            int w = g.weighted(40, 18, 18, 10, 8, 6);
            g.add(switch (w) {
                case 0 -> fmt("%s INFO [http-nio-8080-exec-%d] org.apache.catalina.core.ApplicationContext.log %s: %s /%s/api/v%d/%s/%d completed in %d ms", t,
                        g.between(1, 200), app, g.pick("GET", "GET", "POST", "PUT"), app, g.between(1, 3), g.pick("items", "users", "sessions", "exports", "prices"),
                        g.between(1, 999_999), g.between(2, 900));
                case 1 -> fmt("%s INFO [Catalina-utility-%d] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/opt/tomcat/webapps/%s-%d.war]", t,
                        g.between(1, 2), app, g.between(1, 400));
                case 2 -> fmt("%s INFO [Catalina-utility-%d] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/opt/tomcat/webapps/%s-%d.war] has finished in [%,d] ms", t,
                        g.between(1, 2), app, g.between(1, 400), g.between(300, 9_000));
                case 3 -> fmt("%s INFO [Catalina-utility-%d] org.apache.jasper.servlet.TldScanner.scanJars At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.", t,
                        g.between(1, 2));
                case 4 -> fmt("%s WARNING [Catalina-utility-%d] org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads The web application [%s-%d] appears to have started a thread named [pool-%d-thread-%d] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:", t,
                        g.between(1, 2), app, g.between(1, 400), g.between(1, 40), g.between(1, 8));
                default -> fmt("%s INFO [Catalina-utility-%d] org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [%d] milliseconds.", t,
                        g.between(1, 2), g.between(100, 4_000));
            });
        }
        return NeedleCase.named("fresh3_tomcat_catalina", "log", "tomcat-catalina")
                .shell("tail -n 2700 /opt/tomcat/logs/catalina.out")
                .question("Why isn't the orders app coming up after the redeploy?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** docker compose logs: six services interleaved, the worker dies on a Redis connection error and exits. */
    static NeedleCase composeLogs() {
        Gen g = new Gen(60_002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 8, 30, 0), 1_200);
        List<Needle> needles = new ArrayList<>();
        boolean workerDown = false;
        for (int i = 0; i < 3_200; i++) {
            String t = clock.next(Stamps.JSON);
            if (i == 2_205) {
                String[] tb = {
                    "worker-1  | Traceback (most recent call last):",
                    "worker-1  |   File \"/app/worker/main.py\", line 88, in <module>",
                    "worker-1  |     main()",
                    "worker-1  |   File \"/app/worker/main.py\", line 61, in main",
                    "worker-1  |     job = queue.dequeue(timeout=5)",
                    "worker-1  |   File \"/usr/local/lib/python3.12/site-packages/rq/queue.py\", line 1217, in dequeue",
                    "worker-1  |     result = cls.lpop(queue_keys, timeout, connection=connection)",
                    "worker-1  |   File \"/usr/local/lib/python3.12/site-packages/redis/connection.py\", line 353, in connect",
                    "worker-1  |     raise ConnectionError(self._error_message(e))",
                    "worker-1  | redis.exceptions.ConnectionError: Error 111 connecting to redis:6380. Connection refused.",
                };
                for (String l : tb) {
                    g.add(l);
                }
                needles.add(Needle.exact(tb[tb.length - 1]));
                String exit = "worker-1 exited with code 1";
                g.add(exit);
                needles.add(Needle.exact(exit));
                workerDown = true;
                continue;
            }
            int w = g.weighted(35, 25, workerDown ? 0 : 18, 8, 8, 6);
            g.add(switch (w) {
                case 0 -> fmt("nginx-1   | %s - - [%s] \"%s %s HTTP/1.1\" %d %d \"-\" \"%s\"", g.ip(), Stamps.NGINX.format(clock.now()), g.pick("GET", "GET", "GET", "POST"),
                        g.pick("/", "/api/products", "/api/cart", "/static/js/app.js", "/api/orders", "/healthz"), g.pick(200, 200, 200, 200, 304, 201), g.between(120, 48_000),
                        g.pick("Mozilla/5.0 (X11; Linux x86_64)", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)", "curl/8.5.0"));
                case 1 -> fmt("web-1     | %s INFO  [gunicorn.access] %s \"%s /api/%s/%d\" %d %dms", t, g.privateIp(), g.pick("GET", "GET", "POST"),
                        g.pick("products", "cart", "orders", "users"), g.between(1, 99_999), g.pick(200, 200, 200, 201, 404), g.between(3, 700));
                case 2 -> fmt("worker-1  | %s INFO  [rq.worker] default: Job OK (%s) %s.%s in %d.%02ds", t, g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4), "jobs",
                        g.pick("send_email", "render_invoice", "sync_stock", "resize_image", "export_csv"), g.between(0, 9), g.nextInt(100));
                case 3 -> fmt("db-1      | %s UTC [%d] LOG:  checkpoint complete: wrote %d buffers (%d.%d%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%d.%03d s",
                        Stamps.LOGBACK.format(clock.now()), 27, g.between(20, 4_000), g.nextInt(10), g.nextInt(10), g.between(0, 2), g.between(0, 30), g.nextInt(1000));
                case 4 -> fmt("redis-1   | 1:M %s * %d changes in 60 seconds. Saving...", DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss.SSS", Locale.ROOT).format(clock.now()),
                        g.between(100, 20_000));
                default -> fmt("cron-1    | %s INFO  [apscheduler] Job \"%s (trigger: interval[0:%02d:00])\" executed successfully", t,
                        g.pick("enqueue_reminders", "refresh_rates", "purge_sessions"), g.pick(1, 5, 15));
            });
        }
        return NeedleCase.named("fresh3_compose_logs", "log", "docker-compose-logs")
                .shell("docker compose logs --no-color --tail 3200")
                .question("Background jobs stopped being processed after the deploy. What's going on?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** A GitHub Actions job log: setup, docker build, 1,100 e2e checks; one check fails and the step errors. */
    static NeedleCase githubActions() {
        Gen g = new Gen(60_003);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 9, 12, 0), 900);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'", Locale.ROOT);
        List<Needle> needles = new ArrayList<>();
        List<String> body = new ArrayList<>();
        body.add("##[group]Runner Image");
        body.add("Image: ubuntu-24.04");
        body.add("Version: 20261201.1.0");
        body.add("##[endgroup]");
        body.add("##[group]Run actions/checkout@v4");
        body.add("with:");
        body.add("  repository: acme/storefront");
        body.add("  fetch-depth: 1");
        body.add("##[endgroup]");
        body.add("Syncing repository: acme/storefront");
        body.add("/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +9f3c2a71d4e5b6a7c8d9e0f1a2b3c4d5e6f7a8b9:refs/remotes/origin/main");
        body.add("##[warning]Node.js 16 actions are deprecated. Please update the following actions to use Node.js 20: actions/cache@v2.");
        body.add("##[group]Run docker buildx build --load -t storefront:ci .");
        for (int s = 1; s <= 14; s++) {
            body.add(fmt("#%d [builder %d/14] %s", s + 4, s, g.pick("COPY package.json package-lock.json ./", "RUN npm ci", "COPY . .", "RUN npm run build", "WORKDIR /app")));
            int n = g.between(20, 60);
            for (int k = 0; k < n; k++) {
                double sec = s * 3.1 + k * 0.17;
                body.add(fmt("#%d %.3f %s", s + 4, sec, switch (g.weighted(40, 30, 30)) {
                    case 0 -> "npm warn deprecated " + g.pick("inflight", "glob", "rimraf", "abab", "domexception") + "@" + g.between(1, 9) + "." + g.between(0, 12) + "."
                            + g.between(0, 9) + ": This module is not supported, and leaks memory.";
                    case 1 -> fmt("asset %s.%s.js %d KiB [emitted] [immutable] [minimized] (name: %s)", g.pick("main", "vendors", "runtime", "checkout"), g.hex(20),
                            g.between(2, 900), g.pick("main", "vendors", "runtime"));
                    default -> fmt("added %d packages, and audited %d packages in %ds", g.between(1, 40), g.between(900, 1_600), g.between(3, 40));
                }));
            }
            body.add(fmt("#%d DONE %.1fs", s + 4, g.nextDouble() * 40));
        }
        body.add("##[endgroup]");
        body.add("##[group]Run ./scripts/e2e.sh --shard 2/4");
        body.add("##[endgroup]");
        String[] areas = {"catalog", "cart", "checkout", "account", "search", "wishlist", "orders", "returns"};
        for (int i = 0; i < 1_100; i++) {
            String area = g.pick(areas);
            String name = fmt("%s › %s %s #%d", area, g.pick("shows", "updates", "removes", "lists", "filters", "paginates"), g.pick("items", "totals", "badges", "addresses", "prices"), i);
            if (i == 847) {
                String bad = "[e2e] ✗ returns › refunds a partially shipped order #847 — expected status 200, got 500 (POST /api/returns/RT-220914/refund)";
                body.add(bad);
                needles.add(Needle.exact(bad));
                body.add("[e2e]     response body: {\"error\":\"internal\",\"trace_id\":\"7d1e0c55a9b24f3e\"}");
                continue;
            }
            body.add(fmt("[e2e] ✓ %s (%d ms)", name, g.between(40, 4_000)));
        }
        body.add("[e2e] 1099 passed, 1 failed (shard 2/4) in 6m 41s");
        String err = "##[error]Process completed with exit code 1.";
        body.add(err);
        needles.add(Needle.exact(err));
        body.add("Post job cleanup.");
        body.add("/usr/bin/docker buildx prune -f");
        body.add("Cleaning up orphan processes");
        // the needles are the lines as the log shows them, with their timestamps
        List<Needle> stamped = new ArrayList<>();
        for (String l : body) {
            String line = clock.next(f) + " " + l;
            g.add(line);
            if (needles.stream().anyMatch(n -> n.texts().get(0).equals(l))) {
                stamped.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("fresh3_github_actions", "build", "github-actions")
                .tool("get_job_logs", "{\"repo\":\"acme/storefront\",\"job_id\":31877204112}")
                .question("Why did the CI run on main fail?")
                .heldAside()
                .build(g.text(), stamped);
    }

    /** tsc --noEmit after a dependency upgrade: 1,800 errors over 300 files; the question names one file. */
    static NeedleCase tscNamedFile() {
        Gen g = new Gen(60_004);
        List<Needle> needles = new ArrayList<>();
        String[] dirs = {"components", "features/cart", "features/catalog", "features/account", "hooks", "lib", "pages", "services", "store"};
        String[] stems = {"Product", "Cart", "Order", "User", "Price", "Search", "Address", "Payment", "Shipping", "Review"};
        String[] suffix = {"Card.tsx", "List.tsx", "Form.tsx", "Api.ts", "Slice.ts", "Utils.ts", "View.tsx", "Hooks.ts"};
        String[][] errors = {
            {"TS2322", "Type 'string | undefined' is not assignable to type 'string'."},
            {"TS2345", "Argument of type 'number | null' is not assignable to parameter of type 'number'."},
            {"TS2339", "Property 'price' does not exist on type 'never'."},
            {"TS7006", "Parameter 'event' implicitly has an 'any' type."},
            {"TS2532", "Object is possibly 'undefined'."},
            {"TS18048", "'item.variant' is possibly 'undefined'."},
            {"TS2769", "No overload matches this call."},
        };
        int files = 0;
        int count = 0;
        for (int fi = 0; fi < 312; fi++) {
            String file = fmt("src/%s/%s%s", g.pick(dirs), g.pick(stems), g.pick(suffix));
            if (fi == 201) {
                String[] named = {
                    "src/billing/invoiceTotals.ts(48,11): error TS2322: Type 'Decimal' is not assignable to type 'number'.",
                    "src/billing/invoiceTotals.ts(97,30): error TS2345: Argument of type 'string' is not assignable to parameter of type 'CurrencyCode'.",
                    "src/billing/invoiceTotals.ts(131,5): error TS2741: Property 'taxRate' is missing in type '{ net: number; gross: number; }' but required in type 'InvoiceLine'.",
                };
                for (String l : named) {
                    g.add(l);
                    needles.add(Needle.exact(l));
                }
                files++;
                count += named.length;
                continue;
            }
            int n = g.between(1, 11);
            int line = 1;
            for (int k = 0; k < n; k++) {
                line += g.between(1, 40);
                String[] e = g.pick(errors);
                g.add(fmt("%s(%d,%d): error %s: %s", file, line, g.between(1, 60), e[0], e[1]));
                if (e[0].equals("TS2769")) {
                    g.add("  Overload 1 of 2, '(props: Props): ReactElement', gave the following error.");
                    g.add("    Type 'undefined' is not assignable to type 'string'.");
                }
                count++;
            }
            files++;
        }
        g.add("");
        g.add(fmt("Found %d errors in %d files.", count, files));
        return NeedleCase.named("fresh3_tsc_named_file", "build", "tsc")
                .shell("npx tsc --noEmit -p tsconfig.json")
                .question("What are the type errors in src/billing/invoiceTotals.ts?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** ESLint stylish: 400 files of warnings; one rules-of-hooks error, the only one that fails the run. */
    static NeedleCase eslintStylish() {
        Gen g = new Gen(60_005);
        List<Needle> needles = new ArrayList<>();
        String root = "/home/runner/work/shop/shop/";
        String[][] warnings = {
            {"'%s' is defined but never used", "@typescript-eslint/no-unused-vars"},
            {"React Hook useEffect has a missing dependency: '%s'. Either include it or remove the dependency array", "react-hooks/exhaustive-deps"},
            {"Unexpected any. Specify a different type", "@typescript-eslint/no-explicit-any"},
            {"Unexpected console statement", "no-console"},
            {"Using `<img>` could result in slower LCP and higher bandwidth. Consider using `<Image />` from `next/image`", "@next/next/no-img-element"},
            {"Forbidden non-null assertion", "@typescript-eslint/no-non-null-assertion"},
        };
        String[] idents = {"useMemo", "load", "setOpen", "props", "router", "theme", "fetchItems", "i18n", "Skeleton", "clsx"};
        int problems = 0;
        for (int fi = 0; fi < 400; fi++) {
            String file;
            List<String[]> rows = new ArrayList<>();
            if (fi == 263) {
                file = root + "src/pages/checkout/PaymentStep.tsx";
                rows.add(new String[] {"  14:10", "warning", "'useMemo' is defined but never used", "@typescript-eslint/no-unused-vars"});
                rows.add(new String[] {"  88:9", "error", "React Hook \"useState\" is called conditionally. React Hooks must be called in the exact same order in every component render",
                    "react-hooks/rules-of-hooks"});
                rows.add(new String[] {"  141:7", "warning", "Unexpected console statement", "no-console"});
            } else {
                file = root + fmt("src/%s/%s%s%d.%s", g.pick("components", "pages/catalog", "pages/account", "hooks", "lib", "features/cart"),
                        g.pick("Product", "Cart", "Order", "User", "Search", "Header", "Footer", "Modal"), g.pick("Card", "List", "Panel", "Row", "Dialog", "Item"), fi,
                        g.pick("tsx", "tsx", "ts"));
                int n = g.between(1, 12);
                int line = 1;
                for (int k = 0; k < n; k++) {
                    line += g.between(1, 30);
                    String[] w = g.pick(warnings);
                    rows.add(new String[] {fmt("  %d:%d", line, g.between(1, 40)), "warning", w[0].contains("%s") ? fmt(w[0], g.pick(idents)) : w[0], w[1]});
                }
            }
            g.add(file);
            List<String> lines = Columns.render(rows, 2);
            for (String l : lines) {
                g.add(l);
                if (fi == 263 && l.contains("rules-of-hooks")) {
                    needles.add(Needle.exact(l));
                }
            }
            g.add("");
            problems += rows.size();
            if (fi == 263) {
                needles.add(0, Needle.exact(file));
            }
        }
        String summary = fmt("✖ %d problems (1 error, %d warnings)", problems, problems - 1);
        g.add(summary);
        g.add(fmt("  0 errors and %d warnings potentially fixable with the `--fix` option.", g.between(100, 300)));
        g.add("");
        needles.add(Needle.exact(summary));
        return NeedleCase.named("fresh3_eslint_stylish", "build", "eslint-stylish")
                .shell("npx eslint . --max-warnings=-1")
                .question("Why is the lint step failing?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** lsof -i -P -n: 2,800 sockets of a busy host; the question names a port one listener holds. */
    static NeedleCase lsofPort() {
        Gen g = new Gen(60_006);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"COMMAND", "PID", "USER", "FD", "TYPE", "DEVICE", "SIZE/OFF", "NODE", "NAME"});
        int needleRow = -1;
        String[][] procs = {
            {"java", "1874", "app", "8443"}, {"nginx", "1022", "www-data", "443"}, {"nginx", "1023", "www-data", "443"}, {"postgres", "2210", "postgres", "5432"},
            {"envoy", "3301", "envoy", "10000"}, {"node", "4120", "app", "3000"}, {"redis-ser", "1561", "redis", "6379"},
        };
        for (int i = 0; i < 2_800; i++) {
            if (i == 1_733) {
                rows.add(new String[] {"otelcol-c", "30112", "otel", "9u", "IPv4", "991234", "0t0", "TCP", "*:9464 (LISTEN)"});
                needleRow = rows.size() - 1;
                continue;
            }
            String[] p = g.pick(procs);
            String fd = g.between(3, 900) + "u";
            boolean v6 = g.chance(0.2);
            String name;
            if (i % 200 == 0) {
                name = (v6 ? "[::]:" : "*:") + p[3] + " (LISTEN)";
            } else if (g.chance(0.15)) {
                int port = g.between(32_768, 60_999);
                name = fmt("10.0.1.5:%d->10.0.%d.%d:%s (%s)", port, g.nextInt(4), g.between(2, 250), g.pick("5432", "6379", "9092", "443"),
                        g.pick("ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "TIME_WAIT"));
            } else {
                int remote = g.between(1_024, 65_535);
                name = fmt("10.0.1.5:%s->%s:%d (%s)", p[3], g.ip(), remote == 9464 ? 9465 : remote, g.pick("ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "CLOSE_WAIT"));
            }
            rows.add(new String[] {p[0], p[1], p[2], fd, v6 ? "IPv6" : "IPv4", String.valueOf(g.between(100_000, 9_999_999)), "0t0", "TCP", name});
        }
        List<String> lines = Columns.render(rows, 1);
        return NeedleCase.named("fresh3_lsof_port", "table", "lsof-i")
                .shell("sudo lsof -i -P -n")
                .question("Which process is listening on port 9464?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(lines.get(needleRow))));
    }

    /** Get-WinEvent System log exported to CSV (newest first): service chatter, one unexpected reboot. */
    static NeedleCase windowsEventsCsv() {
        Gen g = new Gen(60_007);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 5, 18, 0, 0), 90_000);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.ROOT);
        List<String> rows = new ArrayList<>();
        List<Needle> needles = new ArrayList<>();
        String[] services = {"Windows Update", "Background Intelligent Transfer Service", "WinHTTP Web Proxy Auto-Discovery Service", "Windows Modules Installer",
            "Microsoft Defender Antivirus Network Inspection Service", "Software Protection", "Delivery Optimization", "Windows Error Reporting Service", "Print Spooler"};
        for (int i = 0; i < 3_000; i++) {
            LocalDateTime t = clock.next();
            String time = f.format(t);
            if (i == 2_051) {
                String crit = fmt("\"%s\",\"41\",\"Critical\",\"Microsoft-Windows-Kernel-Power\",\"The system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly.\"", time);
                String unexpected = fmt("\"%s\",\"6008\",\"Error\",\"EventLog\",\"The previous system shutdown at %s on %s was unexpected.\"", time,
                        DateTimeFormatter.ofPattern("h:mm:ss a", Locale.ROOT).format(t.minusMinutes(3).minusSeconds(11)), DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT).format(t));
                rows.add(fmt("\"%s\",\"12\",\"Information\",\"Microsoft-Windows-Kernel-General\",\"The operating system started at system time %sT%s.500000000Z.\"", time,
                        DateTimeFormatter.ISO_LOCAL_DATE.format(t), DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).format(t.minusSeconds(9))));
                rows.add(fmt("\"%s\",\"6005\",\"Information\",\"EventLog\",\"The Event log service was started.\"", time));
                rows.add(unexpected);
                rows.add(crit);
                needles.add(Needle.exact(crit));
                needles.add(Needle.exact(unexpected));
                continue;
            }
            int w = g.weighted(50, 14, 12, 10, 8, 6);
            rows.add(switch (w) {
                case 0 -> fmt("\"%s\",\"7036\",\"Information\",\"Service Control Manager\",\"The %s service entered the %s state.\"", time, g.pick(services),
                        g.pick("running", "stopped"));
                case 1 -> fmt("\"%s\",\"10016\",\"Warning\",\"Microsoft-Windows-DistributedCOM\",\"The application-specific permission settings do not grant Local Activation permission for the COM Server application with CLSID {%s-%s-%s-%s-%s} and APPID {%s-%s-%s-%s-%s} to the user NT AUTHORITY\\SYSTEM SID (S-1-5-18) from address LocalHost (Using LRPC) running in the application container Unavailable SID (Unavailable). This security permission can be modified using the Component Services administrative tool.\"",
                        time, g.hex(8).toUpperCase(Locale.ROOT), g.hex(4).toUpperCase(Locale.ROOT), g.hex(4).toUpperCase(Locale.ROOT), g.hex(4).toUpperCase(Locale.ROOT),
                        g.hex(12).toUpperCase(Locale.ROOT), g.hex(8).toUpperCase(Locale.ROOT), g.hex(4).toUpperCase(Locale.ROOT), g.hex(4).toUpperCase(Locale.ROOT),
                        g.hex(4).toUpperCase(Locale.ROOT), g.hex(12).toUpperCase(Locale.ROOT));
                case 2 -> fmt("\"%s\",\"7040\",\"Information\",\"Service Control Manager\",\"The start type of the %s service was changed from %s to %s.\"", time, g.pick(services),
                        g.pick("demand start", "auto start"), g.pick("auto start", "demand start", "disabled"));
                case 3 -> fmt("\"%s\",\"16\",\"Information\",\"Microsoft-Windows-Kernel-General\",\"The access history in hive \\??\\C:\\Users\\%s\\AppData\\Local\\Packages\\%s\\Settings\\settings.dat was cleared updating %d keys and creating %d modified pages.\"",
                        time, g.pick("svc_backup", "Administrator", "jdoe"), g.pick("Microsoft.Windows.Search_cw5n1h2txyewy", "MicrosoftWindows.Client.CBS_cw5n1h2txyewy",
                                "Microsoft.Windows.StartMenuExperienceHost_cw5n1h2txyewy"), g.between(1, 60), g.between(0, 20));
                case 4 -> fmt("\"%s\",\"1014\",\"Warning\",\"Microsoft-Windows-DNS-Client\",\"Name resolution for the name %s timed out after none of the configured DNS servers responded.\"",
                        time, g.pick("wpad.corp.example.com", "settings-win.data.microsoft.com", "ctldl.windowsupdate.com", "time.windows.com"));
                default -> fmt("\"%s\",\"19\",\"Information\",\"Microsoft-Windows-WindowsUpdateClient\",\"Installation Successful: Windows successfully installed the following update: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.%d.%d.0) - Current Channel (Broad)\"",
                        time, g.between(400, 421), g.between(100, 999));
            });
        }
        Collections.reverse(rows);
        List<String> out = new ArrayList<>();
        out.add("\"TimeCreated\",\"Id\",\"LevelDisplayName\",\"ProviderName\",\"Message\"");
        out.addAll(rows);
        return NeedleCase.named("fresh3_windows_events_csv", "table", "windows-event-csv")
                .tool("run_powershell", "{\"script\":\"Get-WinEvent -LogName System -MaxEvents 3000 | Select-Object TimeCreated,Id,LevelDisplayName,ProviderName,Message | ConvertTo-Csv -NoTypeInformation\"}")
                .question("Why did the server restart over the weekend?")
                .heldAside()
                .build(String.join("\n", out) + "\n", needles);
    }

    /** kubectl describe pods: 70 healthy pods in full, one running but not ready (readiness probe failing). */
    static NeedleCase kubectlDescribePods() {
        Gen g = new Gen(60_008);
        List<Needle> needles = new ArrayList<>();
        String[] apps = {"api", "web", "worker", "cart", "catalog", "search", "notifier"};
        for (int p = 0; p < 70; p++) {
            boolean bad = p == 46;
            String app = bad ? "payments" : g.pick(apps);
            String rs = bad ? "5f6b7c8d9" : g.hex(9);
            String pod = bad ? "payments-5f6b7c8d9-q4w2e" : app + "-" + rs + "-" + g.alnum(5);
            String nodeIp = "10.0." + g.between(1, 3) + "." + g.between(2, 250);
            String podIp = "10.244." + g.between(1, 9) + "." + g.between(2, 250);
            int day = g.between(1, 6);
            String start = fmt("%s, %02d Dec 2026 %02d:%02d:%02d +0000", new String[] {"Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}[day - 1], day, g.nextInt(24), g.nextInt(60), g.nextInt(60));
            String tok = g.alnum(5);
            if (p > 0) {
                g.add("");
                g.add("");
            }
            String nameLine = "Name:             " + pod;
            g.add(nameLine);
            if (bad) {
                needles.add(Needle.exact(nameLine));
            }
            g.add("Namespace:        shop");
            g.add("Priority:         0");
            g.add("Service Account:  " + app);
            g.add("Node:             ip-" + nodeIp.replace('.', '-') + ".eu-west-1.compute.internal/" + nodeIp);
            g.add("Start Time:       " + start);
            g.add("Labels:           app=" + app);
            g.add("                  pod-template-hash=" + rs);
            g.add("Annotations:      kubectl.kubernetes.io/restartedAt: 2026-12-0" + day + "T" + fmt("%02d:%02d:%02dZ", g.nextInt(24), g.nextInt(60), g.nextInt(60)));
            g.add("Status:           Running");
            g.add("IP:               " + podIp);
            g.add("IPs:");
            g.add("  IP:           " + podIp);
            g.add("Controlled By:  ReplicaSet/" + app + "-" + rs);
            g.add("Containers:");
            g.add("  " + app + ":");
            g.add("    Container ID:   containerd://" + g.hex(64));
            String version = "4." + g.between(0, 14) + "." + g.between(0, 9);
            g.add("    Image:          registry.example.com/shop/" + app + ":" + version);
            g.add("    Image ID:       registry.example.com/shop/" + app + "@sha256:" + g.hex(64));
            g.add("    Port:           8080/TCP");
            g.add("    Host Port:      0/TCP");
            g.add("    State:          Running");
            g.add("      Started:      " + start);
            g.add("    Ready:          " + (bad ? "False" : "True"));
            g.add("    Restart Count:  " + (bad ? 0 : g.weighted(80, 15, 5)));
            g.add("    Limits:");
            g.add("      cpu:     " + g.pick("500m", "1", "2"));
            g.add("      memory:  " + g.pick("512Mi", "1Gi", "2Gi"));
            g.add("    Requests:");
            g.add("      cpu:      " + g.pick("100m", "250m", "500m"));
            g.add("      memory:   " + g.pick("256Mi", "512Mi", "1Gi"));
            g.add("    Liveness:   http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3");
            g.add("    Readiness:  http-get http://:8080/ready delay=5s timeout=1s period=5s #success=1 #failure=3");
            g.add("    Environment:");
            g.add("      SPRING_PROFILES_ACTIVE:  prod");
            g.add("      DB_HOST:                 " + g.pick("orders-db", "catalog-db", "users-db") + ".shop.svc");
            g.add("      JAVA_TOOL_OPTIONS:       -XX:MaxRAMPercentage=" + g.pick(60, 70, 75));
            g.add("    Mounts:");
            g.add("      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-" + tok + " (ro)");
            g.add("Conditions:");
            g.add("  Type                        Status");
            g.add("  PodReadyToStartContainers   True ");
            g.add("  Initialized                 True ");
            g.add("  Ready                       " + (bad ? "False" : "True "));
            g.add("  ContainersReady             " + (bad ? "False" : "True "));
            g.add("  PodScheduled                True ");
            g.add("Volumes:");
            g.add("  kube-api-access-" + tok + ":");
            g.add("    Type:                    Projected (a volume that contains injected data from multiple sources)");
            g.add("    TokenExpirationSeconds:  3607");
            g.add("    ConfigMapName:           kube-root-ca.crt");
            g.add("    ConfigMapOptional:       <nil>");
            g.add("    DownwardAPI:             true");
            g.add("QoS Class:                   Burstable");
            g.add("Node-Selectors:              <none>");
            g.add("Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s");
            g.add("                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s");
            if (bad || g.chance(0.25)) {
                String age = bad ? "14m" : g.between(2, 50) + "m";
                String node = "ip-" + nodeIp.replace('.', '-') + ".eu-west-1.compute.internal";
                List<String[]> ev = new ArrayList<>();
                ev.add(new String[] {"Type", "Reason", "Age", "From", "Message"});
                ev.add(new String[] {"----", "------", "----", "----", "-------"});
                ev.add(new String[] {"Normal", "Scheduled", age, "default-scheduler", "Successfully assigned shop/" + pod + " to " + node});
                ev.add(new String[] {"Normal", "Pulled", age, "kubelet", "Container image \"registry.example.com/shop/" + app + ":" + version + "\" already present on machine"});
                ev.add(new String[] {"Normal", "Created", age, "kubelet", "Created container " + app});
                ev.add(new String[] {"Normal", "Started", age, "kubelet", "Started container " + app});
                if (bad) {
                    ev.add(new String[] {"Warning", "Unhealthy", "3m57s (x163 over 13m)", "kubelet",
                        "Readiness probe failed: Get \"http://" + podIp + ":8080/ready\": dial tcp " + podIp + ":8080: connect: connection refused"});
                }
                List<String> evLines = Columns.render(ev, 2);
                g.add("Events:");
                for (String l : evLines) {
                    g.add("  " + l);
                    if (bad && l.startsWith("Warning")) {
                        needles.add(Needle.exact("  " + l));
                    }
                }
            } else {
                g.add("Events:                      <none>");
            }
        }
        return NeedleCase.named("fresh3_kubectl_describe_pods", "lines", "kubectl-describe")
                .shell("kubectl describe pods -n shop")
                .question("One of the shop pods isn't ready — which one, and why?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** strace -f -tt of a Python service starting: imports probe paths (ENOENT), one open fails with EACCES. */
    static NeedleCase straceEacces() {
        Gen g = new Gen(60_009);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 10, 15, 30), 2);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS", Locale.ROOT);
        List<Needle> needles = new ArrayList<>();
        String[] mods = {"json", "decoder", "scanner", "encoder", "socket", "selectors", "ssl", "base64", "hashlib", "hmac", "typing", "enum", "re", "sre_compile",
            "functools", "collections", "abc", "contextlib", "datetime", "decimal", "uuid", "logging", "threading", "queue", "urllib", "parse", "http", "client",
            "email", "message", "sqlalchemy", "engine", "pool", "dialects", "psycopg", "pydantic", "fields", "main", "starlette", "routing", "uvicorn", "config"};
        String[] dirs = {"/usr/lib/python312.zip", "/usr/lib/python3.12", "/usr/lib/python3.12/lib-dynload", "/srv/app/.venv/lib/python3.12/site-packages", "/srv/app"};
        int fd = 3;
        for (int i = 0; i < 4_200; i++) {
            String pid = i % 9 == 4 ? "[pid  4131] " : "";
            String t = clock.next(f);
            if (i == 3_907) {
                String line = "[pid  4131] " + t + " openat(AT_FDCWD, \"/etc/payments/tls/client.key\", O_RDONLY|O_CLOEXEC) = -1 EACCES (Permission denied)";
                g.add(line);
                needles.add(Needle.exact(line));
                g.add("[pid  4131] " + clock.next(f) + " write(2, \"PermissionError: [Errno 13] Permission denied: '/etc/payments/tls/client.key'\\n\", 77) = 77");
                g.add("[pid  4131] " + clock.next(f) + " exit_group(1)     = ?");
                g.add("[pid  4131] " + clock.next(f) + " +++ exited with 1 +++");
                g.add(clock.next(f) + " --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=4131, si_uid=998, si_status=1, si_utime=41, si_stime=9} ---");
                String main = clock.next(f) + " exit_group(3)                     = ?";
                g.add(main);
                g.add(clock.next(f) + " +++ exited with 3 +++");
                needles.add(Needle.exact(main));
                break;
            }
            String mod = g.pick(mods);
            String dir = g.pick(dirs) + (g.chance(0.4) ? "/" + g.pick(mods) : "");
            g.add(pid + t + " " + switch (g.weighted(30, 16, 14, 10, 8, 7, 6, 5, 4)) {
                case 0 -> fmt("newfstatat(AT_FDCWD, \"%s/%s%s\", 0x7ffd%s, 0) = -1 ENOENT (No such file or directory)", dir, mod,
                        g.pick(".cpython-312-x86_64-linux-gnu.so", ".abi3.so", ".so", ".py", "/__init__.py"), g.hex(8));
                case 1 -> fmt("openat(AT_FDCWD, \"%s/__pycache__/%s.cpython-312.pyc\", O_RDONLY|O_CLOEXEC) = %d", dir, mod, fd = 3 + g.nextInt(6));
                case 2 -> fmt("read(%d, \"\\3\\r\\r\\n\\0\\0\\0\\0\\%o\\%o\"..., %d) = %d", fd, g.between(64, 255), g.between(64, 255), g.between(4_000, 70_000),
                        g.between(1_000, 60_000));
                case 3 -> fmt("close(%d)                                = 0", fd);
                case 4 -> fmt("mmap(NULL, %d, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f%s000", g.between(1, 64) * 4096, g.hex(7));
                case 5 -> fmt("getdents64(%d, 0x55%s /* %d entries */, 32768) = %d", fd, g.hex(10), g.between(2, 200), g.between(48, 9_000));
                case 6 -> fmt("ioctl(%d, TCGETS, 0x7ffd%s)            = -1 ENOTTY (Inappropriate ioctl for device)", fd, g.hex(8));
                case 7 -> fmt("futex(0x7f%s, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 0, NULL, FUTEX_BITSET_MATCH_ANY) = -1 EAGAIN (Resource temporarily unavailable)", g.hex(10));
                default -> fmt("lseek(%d, 0, SEEK_CUR)                   = %d", fd, g.between(0, 40_000));
            });
        }
        return NeedleCase.named("fresh3_strace_eacces", "lines", "strace-f")
                .shell("strace -f -tt /srv/app/.venv/bin/python -m payments.server 2>&1 | tail -n 4000")
                .question("Why does the payments service exit right after starting?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** du -ah /var/lib: 5,000 entries in post-order; the question names pg_wal and the whole tree. */
    static NeedleCase duNamedDir() {
        Gen g = new Gen(60_010);
        List<String> out = new ArrayList<>();
        List<Needle> needles = new ArrayList<>();
        long total = 0;
        // dpkg info files
        long dpkg = 0;
        for (int i = 0; i < 1_400; i++) {
            long k = 4L * g.between(1, 40);
            dpkg += k;
            out.add(human(k) + "\t/var/lib/dpkg/info/" + g.pick("lib", "python3-", "node-", "fonts-", "") + g.alnum(g.between(3, 9)) + g.pick("", "-common", "-dev", "6", "2")
                    + g.pick(".list", ".md5sums", ".postinst", ".prerm", ".triggers", ".shlibs"));
        }
        out.add(human(dpkg) + "\t/var/lib/dpkg/info");
        dpkg += 4 * 1024 + 512;
        out.add(human(4 * 1024 + 512) + "\t/var/lib/dpkg/status");
        out.add(human(dpkg) + "\t/var/lib/dpkg");
        total += dpkg;
        // apt lists
        long apt = 0;
        for (int i = 0; i < 60; i++) {
            long k = g.between(4, 60_000);
            apt += k;
            out.add(human(k) + "\t/var/lib/apt/lists/" + g.pick("archive.ubuntu.com", "security.ubuntu.com", "apt.postgresql.org", "download.docker.com") + "_ubuntu_dists_noble"
                    + g.pick("", "-updates", "-security") + "_" + g.pick("main", "universe", "restricted") + "_binary-amd64_Packages" + (g.chance(0.3) ? ".lz4" : ""));
        }
        out.add(human(apt) + "\t/var/lib/apt/lists");
        out.add(human(apt) + "\t/var/lib/apt");
        total += apt;
        // docker overlay layers
        long docker = 0;
        for (int l = 0; l < 120; l++) {
            String layer = "/var/lib/docker/overlay2/" + g.hex(64);
            long layerSize = 0;
            int files = g.between(8, 30);
            for (int i = 0; i < files; i++) {
                long k = 4L * g.between(1, 6_000);
                layerSize += k;
                out.add(human(k) + "\t" + layer + "/diff/" + g.pick("usr/lib/x86_64-linux-gnu/", "usr/local/lib/python3.12/site-packages/", "app/node_modules/.pnpm/", "etc/", "opt/app/lib/")
                        + g.alnum(g.between(4, 12)) + g.pick(".so", ".py", ".js", ".jar", ".conf", ".json"));
            }
            out.add(human(layerSize) + "\t" + layer + "/diff");
            out.add("4.0K\t" + layer + "/link");
            out.add("4.0K\t" + layer + "/lower");
            layerSize += 8;
            out.add(human(layerSize) + "\t" + layer);
            docker += layerSize;
        }
        out.add(human(docker) + "\t/var/lib/docker/overlay2");
        out.add(human(docker) + "\t/var/lib/docker");
        total += docker;
        // postgres: base files, then pg_wal
        long pg = 0;
        long base = 0;
        for (int i = 0; i < 900; i++) {
            long k = g.chance(0.1) ? 1_048_576 : 8L * g.between(1, 2_000);
            base += k;
            out.add(human(k) + "\t/var/lib/postgresql/16/main/base/16384/" + g.between(16_385, 99_999) + (g.chance(0.2) ? "_fsm" : g.chance(0.1) ? "_vm" : ""));
        }
        out.add(human(base) + "\t/var/lib/postgresql/16/main/base/16384");
        out.add(human(base) + "\t/var/lib/postgresql/16/main/base");
        pg += base;
        long wal = 0;
        for (int i = 0; i < 27; i++) {
            out.add("16M\t/var/lib/postgresql/16/main/pg_wal/" + fmt("00000001%08X%08X", 0x2A, 0xC3 + i));
            wal += 16_384;
        }
        out.add("4.0K\t/var/lib/postgresql/16/main/pg_wal/archive_status");
        wal += 4;
        String walLine = human(wal) + "\t/var/lib/postgresql/16/main/pg_wal";
        out.add(walLine);
        needles.add(Needle.exact(walLine));
        pg += wal;
        out.add(human(pg) + "\t/var/lib/postgresql/16/main");
        out.add(human(pg) + "\t/var/lib/postgresql/16");
        out.add(human(pg) + "\t/var/lib/postgresql");
        total += pg;
        // assorted small trees
        for (String d : new String[] {"systemd", "snapd", "ucf", "polkit-1", "grafana", "containerd"}) {
            long sum = 0;
            for (int i = 0; i < g.between(20, 160); i++) {
                long k = 4L * g.between(1, 3_000);
                sum += k;
                out.add(human(k) + "\t/var/lib/" + d + "/" + g.pick("", "state/", "cache/", "data/") + g.alnum(g.between(5, 14)) + g.pick("", ".db", ".json", ".bin"));
            }
            out.add(human(sum) + "\t/var/lib/" + d);
            total += sum;
        }
        String totalLine = human(total) + "\t/var/lib";
        out.add(totalLine);
        needles.add(Needle.exact(totalLine));
        return NeedleCase.named("fresh3_du_named_dir", "lines", "du-ah")
                .shell("sudo du -ah /var/lib")
                .question("How big is /var/lib/postgresql/16/main/pg_wal compared with the whole of /var/lib?")
                .heldAside()
                .build(String.join("\n", out) + "\n", needles);
    }

    /** du -h size: rounded up; one decimal below 10 (4.0K, 1.5M, 12G). */
    private static String human(long kib) {
        double v = kib;
        String[] units = {"K", "M", "G", "T"};
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        if (v < 10) {
            return fmt("%.1f%s", Math.ceil(v * 10) / 10, units[u]);
        }
        return fmt("%d%s", (long) Math.ceil(v), units[u]);
    }

    /** git blame of a 2,800-line Java service; the question names the constant one line declares. */
    static NeedleCase gitBlameLine() {
        Gen g = new Gen(60_011);
        String[] authors = {"Ana Ruiz", "Tom Berg", "Li Wei", "Priya Nair", "Jonas Keller", "Marta Sousa", "Kofi Mensah"};
        List<String[]> commits = new ArrayList<>();
        for (int c = 0; c < 70; c++) {
            commits.add(new String[] {g.hex(8), g.pick(authors), fmt("20%02d-%02d-%02d %02d:%02d:%02d %s", g.between(19, 26), g.between(1, 12), g.between(1, 28), g.nextInt(24),
                    g.nextInt(60), g.nextInt(60), g.pick("+0100", "+0200", "+0000"))});
        }
        List<String> code = new ArrayList<>();
        List<Integer> blame = new ArrayList<>();
        int declLine = -1;
        String[] head = {"package com.acme.orders.service;", "", "import java.time.Duration;", "import java.util.List;", "import java.util.Optional;",
            "import org.slf4j.Logger;", "import org.slf4j.LoggerFactory;", "", "public class OrderService {", "",
            "    private static final Logger log = LoggerFactory.getLogger(OrderService.class);"};
        for (String h : head) {
            code.add(h);
            blame.add(0);
        }
        code.add("    private static final int MAX_RETRIES = 7;");
        declLine = code.size();
        blame.add(-1);
        code.add("    private static final Duration RETRY_BACKOFF = Duration.ofMillis(250);");
        blame.add(3);
        code.add("");
        blame.add(0);
        String[] verbs = {"find", "load", "save", "cancel", "refund", "ship", "price", "validate", "export", "merge"};
        String[] nouns = {"Order", "Line", "Payment", "Shipment", "Invoice", "Discount", "Address", "Customer"};
        int commit = 1;
        while (code.size() < 2_800) {
            if (g.chance(0.35)) {
                commit = g.nextInt(commits.size());
            }
            String verb = g.pick(verbs);
            String noun = g.pick(nouns);
            List<String> m = new ArrayList<>();
            m.add(fmt("    public %s %s%s(long %sId) {", g.pick("void", noun, "Optional<" + noun + ">", "List<" + noun + ">"), verb, noun, noun.toLowerCase(Locale.ROOT)));
            int body = g.between(3, 14);
            for (int k = 0; k < body; k++) {
                m.add(switch (g.weighted(25, 20, 15, 15, 15, 10)) {
                    case 0 -> fmt("        %s %s = repository.find%sById(%sId).orElseThrow(() -> new NotFoundException(\"%s \" + %sId));", noun,
                            noun.toLowerCase(Locale.ROOT), noun, noun.toLowerCase(Locale.ROOT), noun.toLowerCase(Locale.ROOT), noun.toLowerCase(Locale.ROOT));
                    case 1 -> fmt("        log.debug(\"%s %s {}\", %sId);", verb, noun.toLowerCase(Locale.ROOT), noun.toLowerCase(Locale.ROOT));
                    case 2 -> fmt("        if (%s.getStatus() == Status.%s) {", noun.toLowerCase(Locale.ROOT), g.pick("CANCELLED", "SHIPPED", "PENDING", "REFUNDED"));
                    case 3 -> fmt("            events.publish(new %s%sEvent(%sId, clock.instant()));", noun, g.pick("Updated", "Created", "Removed"), noun.toLowerCase(Locale.ROOT));
                    case 4 -> fmt("        metrics.counter(\"orders.%s.%s\").increment();", verb, noun.toLowerCase(Locale.ROOT));
                    default -> "        }";
                });
            }
            m.add(fmt("        return %s;", g.pick("null", "Optional.empty()", "List.of()", noun.toLowerCase(Locale.ROOT))));
            m.add("    }");
            m.add("");
            for (String l : m) {
                code.add(l);
                blame.add(g.chance(0.08) ? g.nextInt(commits.size()) : commit);
            }
        }
        code.add("}");
        blame.add(0);
        String[] special = {"3e9d41a7", "Jonas Keller", "2026-11-19 16:42:08 +0100"};
        int width = 0;
        for (String a : authors) {
            width = Math.max(width, a.length());
        }
        List<String> out = new ArrayList<>();
        String needle = null;
        for (int i = 0; i < code.size(); i++) {
            String[] c = blame.get(i) < 0 ? special : commits.get(blame.get(i));
            String line = fmt("%s (%-" + width + "s %s %4d) %s", c[0], c[1], c[2], i + 1, code.get(i));
            out.add(line);
            if (i + 1 == declLine) {
                needle = line;
            }
        }
        return NeedleCase.named("fresh3_git_blame_line", "lines", "git-blame")
                .shell("git blame src/main/java/com/acme/orders/service/OrderService.java")
                .question("Who changed MAX_RETRIES in OrderService.java, and in which commit?")
                .heldAside()
                .build(String.join("\n", out) + "\n", List.of(Needle.exact(needle)));
    }

    /** A pretty-printed page of 1,100 nested audit events; the question names a bucket one event deletes. */
    static NeedleCase jsonAuditEvents() {
        Gen g = new Gen(60_012);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 0, 0, 0), 70_000);
        String[] users = {"ana.ruiz@acme.io", "tom.berg@acme.io", "li.wei@acme.io", "priya.nair@acme.io", "ci-deployer@acme.iam", "backup-agent@acme.iam"};
        String[] buckets = {"prod-assets", "prod-exports", "staging-uploads", "logs-archive", "ml-datasets", "prod-invoices"};
        String[] actions = {"bucket.read", "object.get", "object.put", "object.list", "bucket.policy.get", "object.delete"};
        StringBuilder sb = new StringBuilder("{\n  \"object\": \"list\",\n  \"has_more\": true,\n  \"next_cursor\": \"c_").append(g.alnum(24)).append("\",\n  \"data\": [\n");
        int n = 1_100;
        for (int i = 0; i < n; i++) {
            String t = clock.next(Stamps.JSON);
            boolean del = i == 702;
            String actor = del ? "svc-terraform-legacy@acme.iam" : g.pick(users);
            String action = del ? "bucket.delete" : g.pick(actions);
            String bucket = del ? "prod-invoices" : g.pick(buckets);
            String ip = del ? "198.51.100.77" : g.privateIp();
            sb.append("    {\n");
            sb.append("      \"id\": \"evt_").append(del ? "01JEZ7Q4R8XKD2M5N6P7Q8R9ST" : g.alnum(26).toUpperCase(Locale.ROOT)).append("\",\n");
            sb.append("      \"time\": \"").append(t).append("\",\n");
            sb.append("      \"action\": \"").append(action).append("\",\n");
            sb.append("      \"actor\": {\n");
            sb.append("        \"type\": \"").append(actor.endsWith(".iam") ? "service_account" : "user").append("\",\n");
            sb.append("        \"id\": \"").append(actor.endsWith(".iam") ? "sa_" : "usr_").append(del ? "4k2m9q" : g.alnum(6)).append("\",\n");
            sb.append("        \"email\": \"").append(actor).append("\"\n");
            sb.append("      },\n");
            sb.append("      \"resource\": {\n");
            sb.append("        \"type\": \"").append(action.startsWith("bucket") ? "bucket" : "object").append("\",\n");
            sb.append("        \"bucket\": \"").append(bucket).append("\"");
            if (!action.startsWith("bucket")) {
                sb.append(",\n        \"key\": \"").append(g.pick("2026/12/", "exports/", "tmp/", "users/")).append(g.alnum(10)).append(g.pick(".json", ".csv", ".pdf", ".png")).append("\"");
            }
            sb.append("\n      },\n");
            sb.append("      \"context\": {\n");
            sb.append("        \"ip\": \"").append(ip).append("\",\n");
            sb.append("        \"user_agent\": \"").append(del ? "Terraform/1.5.7 (+https://www.terraform.io) terraform-provider-acme/2.3.1"
                    : g.pick("acme-cli/3.8.0 (linux; amd64)", "acme-sdk-python/2.14.1", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) console", "acme-sdk-go/1.22.0")).append("\",\n");
            sb.append("        \"request_id\": \"req_").append(g.hex(16)).append("\",\n");
            sb.append("        \"mfa\": ").append(del ? "false" : g.chance(0.7) ? "true" : "false").append("\n");
            sb.append("      },\n");
            sb.append("      \"outcome\": {\n");
            sb.append("        \"result\": \"success\",\n");
            sb.append("        \"status_code\": ").append(del ? 204 : action.equals("object.put") ? 201 : 200).append(",\n");
            sb.append("        \"latency_ms\": ").append(g.between(3, 900)).append("\n");
            sb.append("      }\n");
            sb.append(i == n - 1 ? "    }\n" : "    },\n");
        }
        sb.append("  ]\n}\n");
        return NeedleCase.named("fresh3_json_audit_events", "json", "json-audit-nested")
                .tool("list_audit_events", "{\"service\":\"storage\",\"since\":\"2026-12-06T00:00:00Z\",\"limit\":1100}")
                .question("Who deleted the prod-invoices bucket, and from which IP?")
                .heldAside()
                .build(sb.toString(), List.of(
                        // values only: a compressor may re-format JSON, values survive any form
                        Needle.contains("svc-terraform-legacy@acme.iam"),
                        Needle.contains("198.51.100.77")));
    }
}
