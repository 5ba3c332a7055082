package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The eighth held-aside batch ({@code fresh7_*}), written on 2026-12-07 (session 7), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor
 * looked at a compressed output of it. Formats none of the other cases has: an Airflow task log, a Rails
 * {@code production.log} (tagged request lines, FATAL blocks), a Consul agent log (hclog), {@code zpool status -v},
 * {@code iostat -x -t}, {@code top -b -n 1 -c}, the GitHub REST API's check runs of a commit ({@code gh api}),
 * Alertmanager's {@code /api/v2/alerts} (jq), {@code git grep -n -p} (function-context lines), {@code kubectl
 * diff} of a kustomize overlay, {@code dotnet test} (xUnit, normal verbosity) and Slurm's {@code sacct -P}
 * (pipe-separated). Never tuned on: reported as their own set {@code fresh-7}, refused by {@code --case}.
 */
final class FreshCases7 {

    private FreshCases7() {}

    static List<NeedleCase> all() {
        return List.of(airflowTaskLog(), railsProductionLog(), consulAgentLog(), zpoolStatus(), iostatExtended(), topBatch(),
                githubCheckRuns(), alertmanagerAlerts(), gitGrepFunctions(), kubectlDiffOverlay(), dotnetTest(), sacctParsable());
    }

    /** Pretty-prints maps, lists, strings, numbers, booleans and null as gh api and jq do (two-space indent). */
    static void pretty(Object v, StringBuilder sb, int indent) {
        String pad = "  ".repeat(indent);
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(pad).append("  ").append(Json.quote(e.getKey().toString())).append(": ");
                pretty(e.getValue(), sb, indent + 1);
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            sb.append(pad).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                sb.append(pad).append("  ");
                pretty(l.get(i), sb, indent + 1);
                sb.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            sb.append(pad).append(']');
        } else if (v instanceof String s) {
            sb.append(Json.quote(s));
        } else {
            sb.append(v);
        }
    }

    static String pretty(Object v) {
        StringBuilder sb = new StringBuilder();
        pretty(v, sb, 0);
        return sb.append('\n').toString();
    }

    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    // ---------------------------------------------------------------- Airflow task log

    /**
     * An Airflow 2.10 task log of a PythonOperator loading 80 Parquet parts into a warehouse table: pre-task
     * group, per-part progress and a few routine warnings; part 57 carries a currency without a reference rate
     * and its upsert fails with a numeric overflow; the task is marked UP_FOR_RETRY.
     */
    static NeedleCase airflowTaskLog() {
        Gen g = new Gen(100_001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 2, 0, 3), 7_000);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd, HH:mm:ss 'UTC'", Locale.ROOT);
        String ti = "<TaskInstance: nightly_revenue_rollup.load_fact_orders scheduled__2026-12-06T02:00:00+00:00";
        String site = "/home/airflow/.local/lib/python3.11/site-packages/";
        af(g, clock, f, "local_task_job_runner.py:123", "INFO", "::group::Pre task execution logs");
        af(g, clock, f, "taskinstance.py:2613", "INFO", "Dependencies all met for dep_context=non-requeueable deps ti=" + ti + " [queued]>");
        af(g, clock, f, "taskinstance.py:2613", "INFO", "Dependencies all met for dep_context=requeueable deps ti=" + ti + " [queued]>");
        af(g, clock, f, "taskinstance.py:2866", "INFO", "Starting attempt 1 of 3");
        af(g, clock, f, "taskinstance.py:2889", "INFO", "Executing <Task(PythonOperator): load_fact_orders> on 2026-12-06 02:00:00+00:00");
        af(g, clock, f, "warnings.py:112", "WARNING", site + "airflow/task/task_runner/standard_task_runner.py:70: DeprecationWarning: This process (pid=48213) is"
                + " multi-threaded, use of fork() may lead to deadlocks in the child.");
        g.add("  pid = os.fork()");
        af(g, clock, f, "standard_task_runner.py:72", "INFO", "Started process 48213 to run task");
        af(g, clock, f, "standard_task_runner.py:104", "INFO", "Running: ['airflow', 'tasks', 'run', 'nightly_revenue_rollup', 'load_fact_orders',"
                + " 'scheduled__2026-12-06T02:00:00+00:00', '--job-id', '731204', '--raw', '--subdir', 'DAGS_FOLDER/revenue/dag.py', '--cfg-path', '/tmp/tmpk2x9f1d0']");
        af(g, clock, f, "standard_task_runner.py:105", "INFO", "Job 731204: Subtask load_fact_orders");
        af(g, clock, f, "task_command.py:467", "INFO", "Running " + ti + " [running]> on host airflow-worker-2.airflow-worker.airflow.svc.cluster.local");
        af(g, clock, f, "taskinstance.py:3134", "INFO", "Exporting env vars: AIRFLOW_CTX_DAG_OWNER='data-eng' AIRFLOW_CTX_DAG_ID='nightly_revenue_rollup'"
                + " AIRFLOW_CTX_TASK_ID='load_fact_orders' AIRFLOW_CTX_EXECUTION_DATE='2026-12-06T02:00:00+00:00' AIRFLOW_CTX_TRY_NUMBER='1'"
                + " AIRFLOW_CTX_DAG_RUN_ID='scheduled__2026-12-06T02:00:00+00:00'");
        af(g, clock, f, "taskinstance.py:732", "INFO", "::endgroup::");
        af(g, clock, f, "base.py:84", "INFO", "Retrieving connection 'aws_default'");
        af(g, clock, f, "credentials.py:1278", "INFO", "Found credentials from IAM Role: airflow-worker-role");
        af(g, clock, f, "loaders.py:171", "INFO", "listing s3://acme-lake/raw/orders/dt=2026-12-06/: 80 parts, 1.91 GiB");
        af(g, clock, f, "base.py:84", "INFO", "Retrieving connection 'warehouse_pg'");
        af(g, clock, f, "loaders.py:176", "INFO", "fx snapshot 2026-12-06 loaded from analytics.fx_ecb_daily: 31 currencies");
        String warning = null;
        String[] currencies = {"EUR", "USD", "GBP", "CHF", "SEK", "PLN", "DKK", "NOK", "CZK"};
        for (int part = 1; part <= 57; part++) {
            String name = fmt("part-%05d-%s-c000.snappy.parquet", part - 1, "7f3e9a1c-52b4-4d0e-a8c1-" + "0c4e2b19d7a3");
            int rows = g.between(21_000, 26_500);
            af(g, clock, f, "loaders.py:182", "INFO", fmt("part %d/80: reading %s (%d bytes)", part, name, g.between(21_000_000, 27_500_000)));
            int nc = g.between(3, 6);
            StringBuilder cs = new StringBuilder("EUR");
            List<String> pool = new ArrayList<>(List.of(currencies).subList(1, currencies.length));
            for (int k = 1; k < nc; k++) {
                cs.append(", ").append(pool.remove(g.nextInt(pool.size())));
            }
            if (part == 57) {
                cs.append(", IDR");
            }
            af(g, clock, f, "loaders.py:188", "INFO", fmt("part %d/80: %d rows, currencies %s", part, rows, cs));
            if (g.chance(0.18)) {
                af(g, clock, f, "loaders.py:196", "WARNING", fmt("part %d/80: %d rows with unknown sku, loaded with sku_id=-1", part, g.between(1, 40)));
            }
            if (g.chance(0.1)) {
                af(g, clock, f, "loaders.py:194", "WARNING", fmt("part %d/80: %d duplicate order lines dropped (same order_id, line_no)", part, g.between(1, 12)));
            }
            if (part == 57) {
                warning = "part 57/80: currency IDR has no ECB reference rate, using fallback table analytics.fx_manual (rate 1 IDR = 17250.0 EUR)";
                af(g, clock, f, "loaders.py:201", "WARNING", warning);
            }
            af(g, clock, f, "loaders.py:205", "INFO", fmt("part %d/80: converted amounts to EUR (%d rows not in EUR)", part, g.between(2_000, 9_000)));
            if (part == 57) {
                break;
            }
            af(g, clock, f, "loaders.py:221", "INFO", fmt("part %d/80: upserted %d rows into analytics.fact_orders (partition 2026-12-06) in %.1fs", part, rows,
                    4 + g.nextDouble() * 9));
            if (part % 20 == 0) {
                af(g, clock, f, "loaders.py:226", "INFO", fmt("progress: %d/80 parts, %d rows, elapsed %dm%02ds", part, part * 23_700 + g.between(0, 9_000),
                        part * 11 / 60, g.between(0, 59)));
            }
        }
        String exception = "psycopg2.errors.NumericValueOutOfRange: numeric field overflow";
        String detail = "DETAIL:  A field with precision 12, scale 2 must round to an absolute value less than 10^10.";
        String frame1 = "  File \"/opt/airflow/dags/revenue/loaders.py\", line 219, in load_fact_orders";
        String frame2 = "  File \"/opt/airflow/dags/revenue/loaders.py\", line 97, in _upsert";
        af(g, clock, f, "taskinstance.py:3310", "ERROR", "Task failed with exception");
        for (String l : new String[] {"Traceback (most recent call last):",
            "  File \"" + site + "airflow/models/taskinstance.py\", line 767, in _execute_task",
            "    result = _execute_callable(context=context, **execute_callable_kwargs)",
            "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            "  File \"" + site + "airflow/models/taskinstance.py\", line 733, in _execute_callable",
            "    return ExecutionCallableRunner(",
            "           ^^^^^^^^^^^^^^^^^^^^^^^^",
            "  File \"" + site + "airflow/utils/operator_helpers.py\", line 252, in run",
            "    return self.func(*args, **kwargs)",
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^",
            "  File \"" + site + "airflow/models/baseoperator.py\", line 406, in wrapper",
            "    return func(self, *args, **kwargs)",
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            "  File \"" + site + "airflow/operators/python.py\", line 238, in execute",
            "    return_value = self.execute_callable()",
            "                   ^^^^^^^^^^^^^^^^^^^^^^^",
            "  File \"" + site + "airflow/operators/python.py\", line 256, in execute_callable",
            "    return runner.run(*self.op_args, **self.op_kwargs)",
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            "  File \"" + site + "airflow/utils/operator_helpers.py\", line 252, in run",
            "    return self.func(*args, **kwargs)",
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^",
            frame1,
            "    _upsert(cur, batch)",
            frame2,
            "    psycopg2.extras.execute_values(cur, UPSERT_SQL, rows, page_size=5000)",
            "  File \"" + site + "psycopg2/extras.py\", line 1299, in execute_values",
            "    cur.execute(b''.join(parts))",
            exception,
            detail,
            ""}) {
            g.add(l);
        }
        String stamp = "[" + clock.next(f) + "] ";
        g.add(stamp + "{taskinstance.py:1225} INFO - Marking task as UP_FOR_RETRY. dag_id=nightly_revenue_rollup, task_id=load_fact_orders,"
                + " run_id=scheduled__2026-12-06T02:00:00+00:00, execution_date=20261206T020000, start_date=20261207T020003, end_date=" + clock.now(
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT)));
        af(g, clock, f, "taskinstance.py:341", "INFO", "::group::Post task execution logs");
        af(g, clock, f, "standard_task_runner.py:124", "ERROR", "Failed to execute job 731204 for task load_fact_orders (numeric field overflow");
        g.add(detail);
        g.add("; 48213)");
        af(g, clock, f, "local_task_job_runner.py:266", "INFO", "Task exited with return code 1");
        af(g, clock, f, "taskinstance.py:3901", "INFO", "0 downstream tasks scheduled from follow-on schedule check");
        af(g, clock, f, "local_task_job_runner.py:245", "INFO", "::endgroup::");
        return NeedleCase.named("fresh7_airflow_task_log", "log", "airflow-task-log")
                .tool("airflow_task_log", "{\"dag_id\":\"nightly_revenue_rollup\",\"task_id\":\"load_fact_orders\",\"run_id\":\"scheduled__2026-12-06T02:00:00+00:00\","
                        + "\"try_number\":1}")
                .question("The load_fact_orders task of nightly_revenue_rollup failed last night and is up for retry now. What went wrong?")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(exception), Needle.exact(detail), Needle.anyOf(frame1, frame2), Needle.contains(warning)));
    }

    private static void af(Gen g, Stamps clock, DateTimeFormatter f, String source, String level, String message) {
        g.add("[" + clock.next(f) + "] {" + source + "} " + level + " - " + message);
    }

    // ---------------------------------------------------------------- Rails production.log

    /**
     * A Rails 7.1 production.log (Puma, tagged with request ids, level info): storefront and account pages, logins,
     * cart updates, bot probes that end in FATAL RoutingError blocks; the subscription page of customers whose
     * subscription has no renewal date fails with an ActionView::Template::Error.
     */
    static NeedleCase railsProductionLog() {
        Gen g = new Gen(100_002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 9, 0, 2), 4_000);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT);
        DateTimeFormatter at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000'", Locale.ROOT);
        int[] pids = {7, 12, 18, 23};
        List<String> errors = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> code = new ArrayList<>();
        String[] products = {"merino-crew-sweater", "linen-shirt-slim", "waxed-cotton-jacket", "alpaca-beanie", "selvedge-denim-32", "wool-socks-3-pack",
            "canvas-tote", "leather-belt-brown", "down-vest-navy", "flannel-shirt-check", "chino-stone", "rain-shell-olive"};
        int fails = 0;
        for (int r = 0; r < 290; r++) {
            LocalDateTime[] cur = {clock.next()};
            int pid = pids[g.nextInt(pids.length)];
            String rid = g.hex(8) + "-" + g.hex(4) + "-4" + g.hex(3) + "-" + g.pick("8", "9", "a", "b") + g.hex(3) + "-" + g.hex(12);
            String ip = g.ip();
            String when = clock.now(at);
            int kind = g.weighted(18, 16, 20, 9, 10, 7, 6, 5, 9);
            java.util.function.BiConsumer<Character, String> log = (lv, msg) -> {
                cur[0] = cur[0].plusNanos(g.between(20_000, 9_000_000));
                g.add(fmt("%c, [%s #%d] %5s -- : [%s] %s", lv, ts.format(cur[0]), pid, lv == 'I' ? "INFO" : lv == 'W' ? "WARN" : lv == 'E' ? "ERROR" : "FATAL",
                        rid, msg));
            };
            int views = g.between(8, 60);
            int ar = g.between(1, 25);
            switch (kind) {
                case 0 -> {
                    String p = g.pick(products);
                    log.accept('I', fmt("Started GET \"/products/%s\" for %s at %s", p, ip, when));
                    log.accept('I', "Processing by ProductsController#show as HTML");
                    log.accept('I', fmt("  Parameters: {\"slug\"=>\"%s\"}", p));
                    log.accept('I', fmt("  Rendered products/show.html.erb within layouts/application (Duration: %d.%dms | Allocations: %d)", views, g.nextInt(10),
                            g.between(3_000, 19_000)));
                    log.accept('I', fmt("  Rendered layout layouts/application.html.erb (Duration: %d.%dms | Allocations: %d)", views + 6, g.nextInt(10),
                            g.between(8_000, 30_000)));
                    log.accept('I', fmt("Completed 200 OK in %dms (Views: %d.%dms | ActiveRecord: %d.%dms (%d queries, %d cached) | GC: %d.%dms)", views + ar + 9,
                            views, g.nextInt(10), ar, g.nextInt(10), g.between(3, 14), g.between(0, 4), g.between(0, 3), g.nextInt(10)));
                }
                case 1 -> {
                    String q = g.pick("", "?page=2", "?sort=price_asc", "?category=knitwear", "?category=outerwear&size=m");
                    log.accept('I', fmt("Started GET \"/collections/winter%s\" for %s at %s", q, ip, when));
                    log.accept('I', "Processing by CollectionsController#show as HTML");
                    log.accept('I', "  Parameters: {\"slug\"=>\"winter\"" + (q.contains("page") ? ", \"page\"=>\"2\"" : "") + "}");
                    log.accept('I', fmt("  Rendered collections/show.html.erb within layouts/application (Duration: %d.%dms | Allocations: %d)", views, g.nextInt(10),
                            g.between(9_000, 41_000)));
                    log.accept('I', fmt("Completed 200 OK in %dms (Views: %d.%dms | ActiveRecord: %d.%dms (%d queries, %d cached) | GC: %d.%dms)", views + ar + 12,
                            views, g.nextInt(10), ar, g.nextInt(10), g.between(5, 30), g.between(0, 9), g.between(0, 6), g.nextInt(10)));
                }
                case 2 -> {
                    log.accept('I', fmt("Started GET \"/up\" for 10.0.%d.%d at %s", g.between(0, 3), g.between(2, 250), when));
                    log.accept('I', "Processing by Rails::HealthController#show as HTML");
                    log.accept('I', fmt("Completed 200 OK in %dms (Views: 0.%dms | ActiveRecord: 0.0ms (0 queries, 0 cached) | GC: 0.0ms)", g.between(0, 2),
                            g.between(1, 9)));
                }
                case 3 -> {
                    log.accept('I', fmt("Started PATCH \"/cart\" for %s at %s", ip, when));
                    log.accept('I', "Processing by CartsController#update as TURBO_STREAM");
                    log.accept('I', fmt("  Parameters: {\"authenticity_token\"=>\"[FILTERED]\", \"line_item\"=>{\"variant_id\"=>\"%d\", \"quantity\"=>\"%d\"}}",
                            g.between(10_000, 99_999), g.between(0, 4)));
                    log.accept('I', fmt("  Rendered carts/_cart.html.erb (Duration: %d.%dms | Allocations: %d)", views / 3, g.nextInt(10), g.between(1_000, 6_000)));
                    log.accept('I', fmt("Completed 200 OK in %dms (Views: %d.%dms | ActiveRecord: %d.%dms (%d queries, %d cached) | GC: 0.%dms)", views + ar,
                            views / 3, g.nextInt(10), ar, g.nextInt(10), g.between(4, 12), g.between(0, 3), g.nextInt(10)));
                }
                case 4 -> {
                    log.accept('I', fmt("Started POST \"/login\" for %s at %s", ip, when));
                    log.accept('I', "Processing by SessionsController#create as HTML");
                    log.accept('I', "  Parameters: {\"authenticity_token\"=>\"[FILTERED]\", \"user\"=>{\"email\"=>\"[FILTERED]\", \"password\"=>\"[FILTERED]\","
                            + " \"remember_me\"=>\"" + g.between(0, 1) + "\"}, \"commit\"=>\"Sign in\"}");
                    if (g.chance(0.8)) {
                        log.accept('I', "Redirected to https://shop.acme.io/account");
                        log.accept('I', fmt("Completed 302 Found in %dms (ActiveRecord: %d.%dms (%d queries, 0 cached) | GC: 0.%dms)", g.between(180, 320), ar,
                                g.nextInt(10), g.between(3, 6), g.nextInt(10)));
                    } else {
                        log.accept('I', fmt("  Rendered sessions/new.html.erb within layouts/application (Duration: %d.%dms | Allocations: %d)", views, g.nextInt(10),
                                g.between(3_000, 9_000)));
                        log.accept('I', fmt("Completed 422 Unprocessable Content in %dms (Views: %d.%dms | ActiveRecord: %d.%dms (2 queries, 0 cached) | GC: 0.%dms)",
                                g.between(180, 320), views, g.nextInt(10), ar, g.nextInt(10), g.nextInt(10)));
                    }
                }
                case 5 -> {
                    int order = g.between(310_000, 329_999);
                    log.accept('I', fmt("Started GET \"/account/orders/%d\" for %s at %s", order, ip, when));
                    log.accept('I', "Processing by Account::OrdersController#show as HTML");
                    log.accept('I', fmt("  Parameters: {\"id\"=>\"%d\"}", order));
                    log.accept('I', fmt("  Rendered account/orders/show.html.erb within layouts/account (Duration: %d.%dms | Allocations: %d)", views, g.nextInt(10),
                            g.between(3_000, 12_000)));
                    log.accept('I', fmt("Completed 200 OK in %dms (Views: %d.%dms | ActiveRecord: %d.%dms (%d queries, %d cached) | GC: %d.%dms)", views + ar + 7,
                            views, g.nextInt(10), ar, g.nextInt(10), g.between(4, 11), g.between(0, 2), g.between(0, 2), g.nextInt(10)));
                    if (g.chance(0.3)) {
                        log.accept('I', fmt("[ActiveJob] Enqueued Analytics::TrackJob (Job ID: %s-%s-%s-%s-%s) to Sidekiq(low) with arguments: \"order_viewed\", %d",
                                g.hex(8), g.hex(4), g.hex(4), g.hex(4), g.hex(12), order));
                    }
                }
                case 6 -> {
                    String probe = g.pick("/wp-login.php", "/.env", "/xmlrpc.php", "/wp-admin/setup-config.php", "/.git/config", "/phpmyadmin/index.php",
                            "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php");
                    log.accept('I', fmt("Started GET \"%s\" for %s at %s", probe, ip, when));
                    log.accept('F', "  ");
                    log.accept('F', fmt("ActionController::RoutingError (No route matches [GET] \"%s\"):", probe));
                    log.accept('F', "  ");
                }
                case 7 -> {
                    log.accept('I', fmt("Started POST \"/webhooks/stripe\" for %s at %s", g.pick("3.18.12.63", "3.130.192.231", "13.235.14.237", "54.187.174.169"), when));
                    log.accept('I', "Processing by Webhooks::StripeController#create as */*");
                    log.accept('I', fmt("  Parameters: {\"id\"=>\"evt_%s\", \"type\"=>\"%s\"}", g.alnum(24), g.pick("invoice.paid", "customer.subscription.updated",
                            "payment_intent.succeeded", "charge.refunded", "invoice.upcoming")));
                    log.accept('I', fmt("[ActiveJob] Enqueued Billing::StripeEventJob (Job ID: %s-%s-%s-%s-%s) to Sidekiq(default)", g.hex(8), g.hex(4), g.hex(4),
                            g.hex(4), g.hex(12)));
                    log.accept('I', fmt("Completed 200 OK in %dms (ActiveRecord: %d.%dms (2 queries, 0 cached) | GC: 0.0ms)", g.between(9, 40), ar, g.nextInt(10)));
                }
                default -> {
                    log.accept('I', fmt("Started GET \"/account/subscription\" for %s at %s", ip, when));
                    log.accept('I', "Processing by SubscriptionsController#show as HTML");
                    boolean broken = r > 40 && g.chance(0.3);
                    if (!broken) {
                        log.accept('I', fmt("  Rendered subscriptions/show.html.erb within layouts/account (Duration: %d.%dms | Allocations: %d)", views, g.nextInt(10),
                                g.between(3_000, 9_000)));
                        log.accept('I', fmt("Completed 200 OK in %dms (Views: %d.%dms | ActiveRecord: %d.%dms (%d queries, %d cached) | GC: 0.%dms)", views + ar + 5,
                                views, g.nextInt(10), ar, g.nextInt(10), g.between(3, 7), g.between(0, 2), g.nextInt(10)));
                        break;
                    }
                    fails++;
                    log.accept('I', fmt("  Rendered subscriptions/show.html.erb within layouts/account (Duration: %d.%dms | Allocations: %d)", views / 2, g.nextInt(10),
                            g.between(2_000, 5_000)));
                    log.accept('I', fmt("Completed 500 Internal Server Error in %dms (ActiveRecord: %d.%dms (%d queries, 0 cached) | GC: 0.%dms)", views + ar, ar,
                            g.nextInt(10), g.between(3, 6), g.nextInt(10)));
                    log.accept('F', "  ");
                    log.accept('F', "ActionView::Template::Error (undefined method `strftime' for nil):");
                    errors.add(lastLine(g));
                    log.accept('F', "    10:   <dl class=\"plan\">");
                    log.accept('F', "    11:     <dt>Plan</dt><dd><%= @subscription.plan.name %></dd>");
                    log.accept('F', "    12:     <dt>Renews on</dt><dd><%= @subscription.renews_at.strftime(\"%B %-d, %Y\") %></dd>");
                    code.add(lastLine(g));
                    log.accept('F', "    13:     <dt>Price</dt><dd><%= number_to_currency(@subscription.price_cents / 100.0) %></dd>");
                    log.accept('F', "    14:   </dl>");
                    log.accept('F', "  ");
                    log.accept('F', "app/views/subscriptions/show.html.erb:12");
                    places.add(lastLine(g));
                }
            }
        }
        if (fails < 3) {
            throw new IllegalStateException("too few failing subscription pages: " + fails);
        }
        return NeedleCase.named("fresh7_rails_production_log", "log", "rails-log")
                .shell("ssh web-2 'tail -n 1600 /srv/shop/current/log/production.log'")
                .question("Some customers get the \"We're sorry, but something went wrong\" page when they open their subscription page. What's going on?")
                .heldAside()
                .build(g.text(), List.of(Needle.anyOf(errors), Needle.anyOf(code), Needle.anyOf(places)));
    }

    private static String lastLine(Gen g) {
        String t = g.text();
        int end = t.length() - 1;
        return t.substring(t.lastIndexOf('\n', end - 1) + 1, end);
    }

    // ---------------------------------------------------------------- Consul agent log (hclog)

    /**
     * journalctl -u consul -o cat of the Consul server consul-server-2 over seventy minutes: DEBUG HTTP and DNS
     * requests, anti-entropy syncs, serf and memberlist chatter, a check that has been critical for days; at 08:41
     * its data disk fills, raft appends and a snapshot fail, it starts elections, and clients see "No cluster leader".
     */
    static NeedleCase consulAgentLog() {
        Gen g = new Gen(100_003);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 8, 0, 1), 6_000);
        LocalDateTime full = LocalDateTime.of(2026, 12, 7, 8, 41, 17);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 9, 10, 0);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
        String[] services = {"orders-api", "cart", "checkout", "payments", "catalog", "search", "inventory", "notifications", "ledger", "pricing"};
        String[] clients = new String[30];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = "10.0." + g.between(2, 5) + "." + g.between(10, 240);
        }
        List<String> appends = new ArrayList<>();
        List<String> elections = new ArrayList<>();
        String snapshot = null;
        int term = 411;
        boolean diskFull = false;
        while (clock.now().isBefore(end)) {
            LocalDateTime now = clock.next();
            String t = ts.format(now);
            if (!diskFull && now.isAfter(full)) {
                diskFull = true;
                String l = hc(t, "ERROR", "agent.server.raft", "failed to append to logs: error=\"write /opt/consul/data/raft/raft.db: no space left on device\"");
                g.add(l);
                appends.add(l);
                continue;
            }
            if (diskFull && g.chance(0.05)) {
                String l = hc(t, "ERROR", "agent.server.raft", "failed to append to logs: error=\"write /opt/consul/data/raft/raft.db: no space left on device\"");
                g.add(l);
                appends.add(l);
                if (g.chance(0.6)) {
                    term++;
                    String w = hc(ts.format(clock.next()), "WARN", "agent.server.raft", "heartbeat timeout reached, starting election: last-leader-addr=10.0.1.11:8300"
                            + " last-leader-id=3d1c77a0-5b1e-8f2a-4c61-9b0e2d7f1a44");
                    g.add(w);
                    elections.add(w);
                    g.add(hc(ts.format(clock.next()), "INFO", "agent.server.raft", fmt("entering candidate state: node=\"Node at 10.0.1.12:8300 [Candidate]\" term=%d",
                            term)));
                    g.add(hc(ts.format(clock.next()), "ERROR", "agent.server.raft", "failed to make requestVote RPC: target=\"{Voter 9a41c2e8-1f7d-33b0-d5a2-6e8b04c1f9d3"
                            + " 10.0.1.13:8300}\" error=\"rpc error: stale term\" term=" + term));
                    g.add(hc(ts.format(clock.next()), "INFO", "agent.server.raft", "entering follower state: follower=\"Node at 10.0.1.12:8300 [Follower]\""
                            + " leader-address=10.0.1.11:8300 leader-id=3d1c77a0-5b1e-8f2a-4c61-9b0e2d7f1a44"));
                }
                continue;
            }
            if (diskFull && snapshot == null && now.isAfter(full.plusMinutes(6))) {
                snapshot = hc(t, "ERROR", "agent.server.raft", "failed to take snapshot: error=\"failed to create snapshot: open"
                        + " /opt/consul/data/raft/snapshots/411-9981442-1796632371212.tmp/meta.json: no space left on device\"");
                g.add(hc(t, "INFO", "agent.server.raft", "starting snapshot up to: index=9981442"));
                g.add(hc(t, "INFO", "agent.server.snapshot", "creating new snapshot: path=/opt/consul/data/raft/snapshots/411-9981442-1796632371212.tmp"));
                g.add(snapshot);
                continue;
            }
            String client = g.pick(clients);
            String svc = g.pick(services);
            int k = g.weighted(30, 18, 10, 8, 6, 5, 4, 4, diskFull ? 10 : 0, 3);
            switch (k) {
                case 0 -> g.add(hc(t, "DEBUG", "agent.http", fmt("Request finished: method=GET url=/v1/health/service/%s?index=%d&passing=1&stale=&wait=5m0s"
                        + " from=%s:%d latency=%s", svc, g.between(9_900_000, 9_990_000), client, g.between(32_000, 60_999),
                        g.chance(0.7) ? fmt("%d.%06ds", g.between(60, 299), g.nextInt(1_000_000)) : fmt("%d.%03dµs", g.between(90, 900), g.nextInt(1000)))));
                case 1 -> g.add(hc(t, "DEBUG", "agent.dns", fmt("request served from client: name=%s.service.consul. type=%s class=IN latency=%d.%03dµs"
                        + " client=%s:%d client_network=udp", svc, g.pick("A", "A", "SRV", "AAAA"), g.between(40, 900), g.nextInt(1000), client, g.between(32_000, 60_999))));
                case 2 -> g.add(hc(t, "DEBUG", "agent", fmt("Check status updated: check=service:%s-%d status=passing", svc, g.between(1, 4))));
                case 3 -> g.add(hc(t, "DEBUG", "agent", g.pick("Node info in sync", "Service in sync: service=" + svc + "-" + g.between(1, 4),
                        "Check in sync: check=service:" + svc + "-" + g.between(1, 4))));
                case 4 -> g.add(hc(t, "DEBUG", "agent.server.memberlist.lan", fmt("memberlist: Stream connection from=%s:%d", client, g.between(32_000, 60_999))));
                case 5 -> {
                    int peer = g.between(1, 3);
                    g.add(hc(t, "DEBUG", "agent.server.memberlist.wan", fmt("memberlist: Initiating push/pull sync with: consul-server-%d.dc2 10.8.1.%d:8302", peer,
                            10 + peer)));
                }
                case 6 -> g.add(hc(t, "WARN", "agent", "Check is now critical: check=service:legacy-reports-1"));
                case 7 -> g.add(hc(t, "DEBUG", "agent.server.serf.lan", fmt("serf: messageJoinType: consul-client-%02d", g.between(1, 40))));
                case 8 -> g.add(g.chance(0.5)
                        ? hc(t, "ERROR", "agent.anti_entropy", "failed to sync remote state: error=\"No cluster leader\"")
                        : hc(t, "ERROR", "agent", "Coordinate update error: error=\"No cluster leader\""));
                default -> g.add(hc(t, "INFO", "agent.server.memberlist.lan", fmt("memberlist: Refuting a suspect message (from: consul-client-%02d)", g.between(1, 40))));
            }
        }
        if (appends.size() < 3 || elections.isEmpty() || snapshot == null) {
            throw new IllegalStateException("consul story incomplete");
        }
        return NeedleCase.named("fresh7_consul_agent_log", "log", "consul-hclog")
                .shell("ssh consul-server-2 'journalctl -u consul -o cat --no-pager --since 08:00'")
                .question("consul-server-2 keeps dropping out of the raft cluster since about 08:40 and services get \"No cluster leader\" errors. What does its log say?")
                .heldAside()
                .build(g.text(), List.of(Needle.anyOf(appends), Needle.exact(snapshot), Needle.anyOf(elections)));
    }

    /** One hclog line: time, bracketed level padded to seven, logger name, message. */
    private static String hc(String time, String level, String name, String message) {
        return fmt("%s %-7s %s: %s", time, "[" + level + "]", name, message);
    }

    // ---------------------------------------------------------------- zpool status -v

    private static String disk(Gen g, String model) {
        return "ata-" + model + "_" + g.alnum(8).toUpperCase(Locale.ROOT);
    }

    /**
     * zpool status -v of a storage server with four pools: rpool (mirror), tank (four raidz2 vdevs, log mirror,
     * cache, spares) with one faulted disk, backup (raidz1) with checksum errors and a permanent error in one
     * file of a snapshot, and scratch.
     */
    static NeedleCase zpoolStatus() {
        Gen g = new Gen(100_004);
        String faulted = null;
        String permanent = null;
        for (String pool : new String[] {"backup", "rpool", "scratch", "tank"}) {
            List<String[]> rows = new ArrayList<>();
            String state = "ONLINE";
            switch (pool) {
                case "rpool" -> {
                    rows.add(new String[] {"mirror-0", "ONLINE", "0", "0", "0", ""});
                    rows.add(new String[] {"nvme-Samsung_SSD_980_PRO_1TB_S5GXNF0W" + g.alnum(6).toUpperCase(Locale.ROOT) + "-part3", "ONLINE", "0", "0", "0", ""});
                    rows.add(new String[] {"nvme-Samsung_SSD_980_PRO_1TB_S5GXNF0W" + g.alnum(6).toUpperCase(Locale.ROOT) + "-part3", "ONLINE", "0", "0", "0", ""});
                }
                case "tank" -> {
                    state = "DEGRADED";
                    for (int v = 0; v < 4; v++) {
                        rows.add(new String[] {"raidz2-" + v, v == 1 ? "DEGRADED" : "ONLINE", "0", "0", "0", ""});
                        for (int d = 0; d < 10; d++) {
                            String name = disk(g, g.pick("WDC_WD140EDGZ-11B1PA0", "WDC_WD140EDGZ-11B2DA2", "ST14000NM001G-2KJ103"));
                            if (v == 1 && d == 5) {
                                rows.add(new String[] {name, "FAULTED", "14", "211", "0", "too many errors"});
                            } else {
                                rows.add(new String[] {name, "ONLINE", "0", "0", g.chance(0.05) ? "1" : "0", ""});
                            }
                        }
                    }
                }
                case "backup" -> {
                    rows.add(new String[] {"raidz1-0", "ONLINE", "0", "0", "0", ""});
                    for (int d = 0; d < 5; d++) {
                        rows.add(new String[] {disk(g, "ST8000VN004-3CP101"), "ONLINE", "0", "0", d == 2 ? "6" : "0", ""});
                    }
                }
                default -> {
                    rows.add(new String[] {disk(g, "Micron_5300_MTFDDAK3T8TDS"), "ONLINE", "0", "0", "0", ""});
                    rows.add(new String[] {disk(g, "Micron_5300_MTFDDAK3T8TDS"), "ONLINE", "0", "0", "0", ""});
                }
            }
            g.add("  pool: " + pool);
            g.add(" state: " + state);
            if (pool.equals("tank")) {
                g.add("status: One or more devices are faulted in response to persistent errors.");
                g.add("\tSufficient replicas exist for the pool to continue functioning in a");
                g.add("\tdegraded state.");
                g.add("action: Replace the faulted device, or use 'zpool clear' to mark the device");
                g.add("\trepaired.");
                g.add("  scan: scrub repaired 0B in 14:12:44 with 0 errors on Sun Dec  6 14:36:45 2026");
            } else if (pool.equals("backup")) {
                g.add("status: One or more devices has experienced an error resulting in data");
                g.add("\tcorruption.  Applications may be affected.");
                g.add("action: Restore the file in question if possible.  Otherwise restore the");
                g.add("\tentire pool from backup.");
                g.add("   see: https://openzfs.github.io/openzfs-docs/msg/ZFS-8000-8A");
                g.add("  scan: scrub repaired 0B in 06:02:19 with 1 errors on Sun Dec  6 06:26:21 2026");
            } else if (pool.equals("rpool")) {
                g.add("status: Some supported and requested features are not enabled on the pool.");
                g.add("\tThe pool can still be used, but some features are unavailable.");
                g.add("action: Enable all features using 'zpool upgrade'. Once this is done,");
                g.add("\tthe pool may no longer be accessible by software that does not support");
                g.add("\tthe features. See zpool-features(7) for details.");
                g.add("  scan: scrub repaired 0B in 00:04:51 with 0 errors on Sun Dec  6 00:28:52 2026");
            } else {
                g.add("  scan: none requested");
            }
            int w = pool.equals("tank") ? 46 : 10;
            for (String[] r : rows) {
                w = Math.max(w, r[0].length() + 4);
            }
            String col = "\t%-" + w + "s  %-8s %4s %5s %5s";
            g.add("config:");
            g.add("");
            g.add(fmt(col, "NAME", "STATE", "READ", "WRITE", "CKSUM"));
            g.add(fmt(col, pool, state, "0", "0", "0"));
            for (String[] r : rows) {
                boolean vdev = r[0].contains("-") && !r[0].startsWith("ata-") && !r[0].startsWith("nvme-");
                String indent = vdev || pool.equals("scratch") ? "  " : "    ";
                String line = fmt(col, indent + r[0], r[1], r[2], r[3], r[4]) + (r[5].isEmpty() ? "" : "  " + r[5]);
                g.add(line);
                if (r[1].equals("FAULTED")) {
                    faulted = line;
                }
            }
            if (pool.equals("tank")) {
                g.add("\tlogs");
                g.add(fmt(col, "  mirror-3", "ONLINE", "0", "0", "0"));
                for (int i = 0; i < 2; i++) {
                    g.add(fmt(col, "    nvme-INTEL_SSDPE21D280GA_PHM2" + g.alnum(10).toUpperCase(Locale.ROOT), "ONLINE", "0", "0", "0"));
                }
                g.add("\tcache");
                for (int i = 0; i < 2; i++) {
                    g.add(fmt(col, "  nvme-SAMSUNG_MZQL23T8HCLS-00A07_S64H" + g.alnum(8).toUpperCase(Locale.ROOT), "ONLINE", "0", "0", "0"));
                }
                g.add("\tspares");
                g.add(fmt("\t%-" + w + "s  %s", "  " + disk(g, "WDC_WD140EDGZ-11B2DA2"), "AVAIL"));
                g.add(fmt("\t%-" + w + "s  %s", "  " + disk(g, "WDC_WD140EDGZ-11B2DA2"), "AVAIL"));
            }
            g.add("");
            if (pool.equals("backup")) {
                g.add("errors: Permanent errors have been detected in the following files:");
                g.add("");
                permanent = "        backup/pgdump@autosnap_2026-12-05_00:00:03_daily:/ledger/ledger-2026-12-04.dump.zst";
                g.add(permanent);
            } else {
                g.add("errors: No known data errors");
            }
            if (!pool.equals("tank")) {
                g.add("");
            }
        }
        return NeedleCase.named("fresh7_zpool_status", "listing", "zpool-status")
                .shell("ssh storage-01 zpool status -v")
                .question("Is anything wrong with the pools on storage-01? If a disk has to be swapped, which one?")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(faulted), Needle.exact(" state: DEGRADED"), Needle.exact(permanent)));
    }

    // ---------------------------------------------------------------- iostat -x -t

    /**
     * iostat -x -t 10 31 on a database server (sysstat 12 columns): the first report since boot, then thirty
     * ten-second reports; from 14:30:40 the SATA SSD that holds pg_wal (sdb, and its LVM volume dm-1) shows write
     * latencies in the hundreds of milliseconds at 100% utilisation while iowait climbs.
     */
    static NeedleCase iostatExtended() {
        Gen g = new Gen(100_005);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.ROOT);
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 14, 27, 0);
        LocalDateTime bad = LocalDateTime.of(2026, 12, 7, 14, 30, 40);
        String[] devices = {"dm-0", "dm-1", "dm-2", "loop0", "loop1", "loop2", "loop3", "loop4", "md0", "nvme0n1", "nvme1n1", "nvme2n1", "sda", "sdb"};
        g.add("Linux 6.8.0-49-generic (db-prod-2) \t12/07/2026 \t_x86_64_\t(32 CPU)");
        g.add("");
        List<String> sdb = new ArrayList<>();
        List<String> dm1 = new ArrayList<>();
        List<String> cpu = new ArrayList<>();
        String firstBad = null;
        for (int rep = 0; rep <= 30; rep++) {
            boolean slow = !t.isBefore(bad);
            String stamp = ts.format(t).toUpperCase(Locale.ROOT);
            g.add(stamp);
            if (slow && firstBad == null) {
                firstBad = stamp;
            }
            g.add("avg-cpu:  %user   %nice %system %iowait  %steal   %idle");
            double user = 9 + g.nextDouble() * 8;
            double sys = 2 + g.nextDouble() * 2;
            double io = slow ? 24 + g.nextDouble() * 20 : 0.2 + g.nextDouble() * 1.2;
            String cpuLine = fmt("         %6.2f    0.00  %6.2f  %6.2f    0.00  %6.2f", user, sys, io, 100 - user - sys - io);
            g.add(cpuLine);
            if (slow) {
                cpu.add(cpuLine);
            }
            g.add("");
            g.add("Device            r/s     rkB/s   rrqm/s  %rrqm r_await rareq-sz     w/s     wkB/s   wrqm/s  %wrqm w_await wareq-sz     d/s     dkB/s   drqm/s"
                    + "  %drqm d_await dareq-sz     f/s f_await  aqu-sz  %util");
            for (String d : devices) {
                double rs = 0, rkb = 0, rawait = 0, ws = 0, wkb = 0, wawait = 0, fs = 0, fawait = 0, util = 0, wrqm = 0;
                if (d.startsWith("loop")) {
                    rs = rep == 0 ? g.nextDouble() * 0.02 : 0;
                    rkb = rs * 30;
                    rawait = rep == 0 ? g.nextDouble() : 0;
                } else if (d.equals("sdb") || d.equals("dm-1")) {
                    ws = slow ? 300 + g.nextDouble() * 200 : 1_400 + g.nextDouble() * 900;
                    wkb = ws * (7 + g.nextDouble() * 3);
                    wawait = slow ? 180 + g.nextDouble() * 700 : 0.3 + g.nextDouble() * 0.6;
                    fs = d.equals("sdb") ? ws / 3 : 0;
                    fawait = fs > 0 ? (slow ? 250 + g.nextDouble() * 600 : 0.8 + g.nextDouble()) : 0;
                    util = slow ? 99.5 + g.nextDouble() * 0.5 : 30 + g.nextDouble() * 25;
                    rs = g.nextDouble() * 0.4;
                    rkb = rs * 8;
                    rawait = rs > 0 ? 0.2 + g.nextDouble() : 0;
                    wrqm = d.equals("sdb") ? g.nextDouble() * 40 : 0;
                } else if (d.equals("sda") || d.equals("dm-0")) {
                    ws = 8 + g.nextDouble() * 30;
                    wkb = ws * 12;
                    wawait = 0.4 + g.nextDouble() * 2;
                    rs = g.nextDouble() * 2;
                    rkb = rs * 16;
                    rawait = 0.3 + g.nextDouble();
                    util = 1 + g.nextDouble() * 4;
                } else {
                    rs = 800 + g.nextDouble() * 2_400;
                    rkb = rs * (8 + g.nextDouble() * 24);
                    rawait = 0.09 + g.nextDouble() * 0.15;
                    ws = 300 + g.nextDouble() * 900;
                    wkb = ws * (8 + g.nextDouble() * 40);
                    wawait = 0.02 + g.nextDouble() * 0.2;
                    util = 18 + g.nextDouble() * 40;
                    if (slow) {
                        rs *= 0.6;
                        ws *= 0.5;
                    }
                }
                double aqu = (rs * rawait + ws * wawait) / 1000;
                String line = fmt("%-12s %8.2f %9.2f %8.2f %6.2f %7.2f %8.2f %7.2f %9.2f %8.2f %6.2f %7.2f %8.2f %7.2f %9.2f %8.2f %6.2f %7.2f %8.2f %7.2f %7.2f"
                        + " %7.2f %6.2f", d, rs, rkb, 0.0, 0.0, rawait, rs == 0 ? 0 : rkb / rs, ws, wkb, wrqm, ws + wrqm == 0 ? 0 : wrqm * 100 / (ws + wrqm),
                        wawait, ws == 0 ? 0 : wkb / ws, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, fs, fawait, aqu, util);
                g.add(line);
                if (slow && d.equals("sdb")) {
                    sdb.add(line);
                }
                if (slow && d.equals("dm-1")) {
                    dm1.add(line);
                }
            }
            g.add("");
            t = t.plusSeconds(rep == 0 ? 0 : 10);
            if (rep == 0) {
                t = LocalDateTime.of(2026, 12, 7, 14, 27, 10);
            }
        }
        return NeedleCase.named("fresh7_iostat_x", "table", "iostat-x")
                .shell("ssh db-prod-2 iostat -x -t 10 31")
                .question("Postgres commits on db-prod-2 got really slow a bit after 14:30. Here's iostat; is one of the disks the bottleneck?")
                .heldAside()
                .build(g.text(), List.of(Needle.anyOf(sdb), Needle.anyOf(dm1), Needle.anyOf(cpu), Needle.exact(firstBad)));
    }

    // ---------------------------------------------------------------- top -b -n 1 -c

    private static String kib(long k) {
        if (k < 1_000_000) {
            return Long.toString(k);
        }
        return k < 100L * 1024 * 1024 ? fmt("%.1fg", k / 1048576.0) : fmt("%.0fg", k / 1048576.0);
    }

    private static String cpuTime(Gen g, int maxMinutes) {
        return fmt("%d:%02d.%02d", g.nextInt(maxMinutes + 1), g.nextInt(60), g.nextInt(100));
    }

    /**
     * top -b -n 1 -c -w 512 of a 64 GiB application server under memory pressure: summary area with a nearly full
     * swap, then some 380 tasks (kernel threads, PostgreSQL backends, nginx and gunicorn workers, agents); a
     * reports batch JVM started with -Xmx56g holds three quarters of the memory while kswapd0 spins.
     */
    static NeedleCase topBatch() {
        Gen g = new Gen(100_006);
        List<Object[]> procs = new ArrayList<>(); // cpu, line-without-nothing
        String java = fmt("%7d %-9s %3s %3d %7s %6s %6s %c %5.1f %5.1f %9s %s", 2_210_407, "reports", "20", 0, "61.2g", "47.9g", "31268", 'S', 187.5, 76.4,
                "812:44.91", "/usr/lib/jvm/java-17-openjdk-amd64/bin/java -Xms2g -Xmx56g -XX:+UseG1GC -Dspring.profiles.active=prod -jar"
                        + " /opt/reports/reports-batch-3.8.1.jar --job=yearly-export --year=2026");
        String kswapd = fmt("%7d %-9s %3s %3d %7s %6s %6s %c %5.1f %5.1f %9s %s", 112, "root", "20", 0, "0", "0", "0", 'R', 96.4, 0.0, "1532:07.33", "[kswapd0]");
        procs.add(new Object[] {187.5, java});
        procs.add(new Object[] {96.4, kswapd});
        int pid = 2;
        for (String k : new String[] {"kthreadd", "pool_workqueue_release", "kworker/R-rcu_g", "kworker/R-rcu_p", "kworker/R-slub_", "kworker/R-netns",
            "rcu_tasks_kthread", "rcu_tasks_rude_kthread", "rcu_tasks_trace_kthread", "rcu_preempt", "khugepaged", "kcompactd0", "ksmd", "oom_reaper",
            "kauditd", "khungtaskd", "kblockd", "watchdogd", "jbd2/nvme0n1p2-8", "ext4-rsv-conver", "kintegrityd", "scsi_eh_0", "irq/122-nvme0q0"}) {
            procs.add(new Object[] {k.startsWith("kcompactd") ? 7.9 : 0.0, fmt("%7d %-9s %3s %3d %7s %6s %6s %c %5.1f %5.1f %9s [%s]", pid, "root",
                    k.startsWith("kcompactd") ? "20" : "0", k.startsWith("kcompactd") ? 0 : -20, "0", "0", "0", k.startsWith("kcompactd") ? 'R' : 'S',
                    k.startsWith("kcompactd") ? 7.9 : 0.0, 0.0, cpuTime(g, 40), k)});
            pid += g.between(1, 3);
        }
        for (int c = 0; c < 32; c++) {
            for (String k : new String[] {"cpuhp/%d", "migration/%d", "ksoftirqd/%d", "kworker/%d:1-events", "kworker/%d:0H-kblockd"}) {
                double cpu = k.startsWith("ksoftirqd") && g.chance(0.2) ? g.between(1, 9) / 10.0 : 0.0;
                procs.add(new Object[] {cpu, fmt("%7d %-9s %3s %3d %7s %6s %6s %c %5.1f %5.1f %9s [%s]", pid, "root", k.startsWith("migration") ? "rt" : k.contains("0H")
                        ? "0" : "20", k.contains("0H") ? -20 : 0, "0", "0", "0", cpu > 0 ? 'R' : 'I', cpu, 0.0, cpuTime(g, k.startsWith("ksoftirqd") ? 30 : 2),
                        fmt(k, c))});
                pid += g.between(1, 4);
            }
        }
        Object[][] daemons = {{"/sbin/init", "root", 171_220L, 9_812L}, {"/usr/lib/systemd/systemd-journald", "root", 98_312L, 41_220L},
            {"/usr/lib/systemd/systemd-udevd", "root", 27_112L, 4_120L}, {"/usr/lib/systemd/systemd-networkd", "systemd+", 19_880L, 5_102L},
            {"/usr/lib/systemd/systemd-resolved", "systemd+", 21_664L, 9_004L}, {"/usr/sbin/cron -f -P", "root", 7_260L, 1_820L},
            {"@dbus-daemon --system --address=systemd: --nofork --nopidfile --systemd-activation --syslog-only", "message+", 9_920L, 3_004L},
            {"/usr/sbin/rsyslogd -n -iNONE", "syslog", 222_400L, 3_912L}, {"/usr/bin/containerd", "root", 2_461_204L, 38_120L},
            {"/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock", "root", 3_121_776L, 72_880L},
            {"sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups", "root", 12_204L, 4_012L}, {"/usr/local/bin/node_exporter --collector.systemd", "nodeexp+",
            1_262_112L, 21_884L}, {"/usr/bin/redis-server 127.0.0.1:6379", "redis", 1_822_400L, 402_112L},
            {"/opt/datadog-agent/bin/agent/agent run -p /opt/datadog-agent/run/agent.pid", "dd-agent", 2_812_004L, 171_340L},
            {"nginx: master process /usr/sbin/nginx -g daemon on; master_process on;", "root", 57_212L, 2_880L},
            {"/usr/lib/postgresql/16/bin/postgres -D /var/lib/postgresql/16/main -c config_file=/etc/postgresql/16/main/postgresql.conf", "postgres",
            8_812_440L, 201_112L}, {"postgres: 16/main: checkpointer", "postgres", 8_814_220L, 1_102_884L}, {"postgres: 16/main: background writer", "postgres",
            8_812_552L, 412_008L}, {"postgres: 16/main: walwriter", "postgres", 8_812_440L, 18_224L}, {"postgres: 16/main: autovacuum launcher", "postgres",
            8_814_012L, 7_812L}, {"postgres: 16/main: logical replication launcher", "postgres", 8_813_900L, 6_120L},
            {"/srv/api/.venv/bin/python /srv/api/.venv/bin/gunicorn api.wsgi:application -w 12 -b 127.0.0.1:8000 --timeout 60", "www-data", 311_204L, 61_880L}};
        for (Object[] d : daemons) {
            double cpu = g.chance(0.3) ? g.between(1, 30) / 10.0 : 0.0;
            long virt = (Long) d[2];
            long res = Math.min(virt, (Long) d[3]);
            procs.add(new Object[] {cpu, fmt("%7d %-9s %3s %3d %7s %6s %6s %c %5.1f %5.1f %9s %s", pid, d[1], "20", 0, kib(virt), kib(res), kib(res / 3 + g.between(1_000,
                    9_000)), cpu > 0 ? 'S' : 'S', cpu, res * 100.0 / 65_756_570, cpuTime(g, 900), d[0])});
            pid += g.between(3, 90);
        }
        for (int i = 0; i < 16; i++) {
            double cpu = g.chance(0.4) ? g.between(1, 40) / 10.0 : 0.0;
            long res = g.between(8_000, 24_000);
            procs.add(new Object[] {cpu, fmt("%7d %-9s %3s %3d %7s %6s %6s %c %5.1f %5.1f %9s %s", pid, "www-data", "20", 0, kib(g.between(58_000, 61_000)), kib(res),
                    kib(res / 2), 'S', cpu, res * 100.0 / 65_756_570, cpuTime(g, 200), "nginx: worker process")});
            pid += g.between(1, 3);
        }
        for (int i = 0; i < 12; i++) {
            double cpu = g.between(0, 140) / 10.0;
            long res = g.between(90_000, 260_000);
            procs.add(new Object[] {cpu, fmt("%7d %-9s %3s %3d %7s %6s %6s %c %5.1f %5.1f %9s %s", pid + 900_000, "www-data", "20", 0, kib(g.between(420_000, 610_000)),
                    kib(res), kib(g.between(20_000, 40_000)), g.chance(0.3) ? 'D' : 'S', cpu, res * 100.0 / 65_756_570, cpuTime(g, 300),
                    "/srv/api/.venv/bin/python /srv/api/.venv/bin/gunicorn api.wsgi:application -w 12 -b 127.0.0.1:8000 --timeout 60")});
            pid += g.between(1, 5);
        }
        String[] dbs = {"shop", "shop", "shop", "reports", "analytics"};
        for (int i = 0; i < 140; i++) {
            String db = g.pick(dbs);
            String user = db.equals("reports") ? "reports" : db.equals("analytics") ? "metabase" : "app";
            String what = g.weighted(70, 12, 8, 10) == 0 ? "idle" : g.pick("SELECT", "UPDATE", "idle in transaction", "INSERT");
            char st = what.equals("idle") ? 'S' : g.chance(0.5) ? 'D' : 'R';
            double cpu = what.equals("idle") ? 0.0 : g.between(2, 90) / 10.0;
            long res = g.between(12_000, 180_000);
            procs.add(new Object[] {cpu, fmt("%7d %-9s %3s %3d %7s %6s %6s %c %5.1f %5.1f %9s %s", 1_900_000 + g.nextInt(400_000), "postgres", "20", 0, kib(8_820_000
                    + g.between(0, 90_000)), kib(res), kib(res - g.between(1_000, 10_000)), st, cpu, res * 100.0 / 65_756_570, cpuTime(g, 40),
                    fmt("postgres: 16/main: %s %s 10.0.%d.%d(%d) %s", user, db, g.between(0, 3), g.between(2, 250), g.between(32_000, 60_999), what))});
        }
        for (int i = 0; i < 14; i++) {
            String cmd = g.pick("sshd: deploy [priv]", "sshd: deploy@pts/" + g.between(0, 3), "-bash", "tmux: server", "/usr/bin/python3 /usr/bin/unattended-upgrade"
                    + "-shutdown --wait-for-signal", "/usr/sbin/chronyd -F 1", "/usr/libexec/fwupd/fwupd", "/usr/lib/polkit-1/polkitd --no-debug",
                    "/usr/sbin/irqbalance", "/usr/bin/python3 /usr/share/unattended-upgrades/unattended-upgrade-shutdown");
            procs.add(new Object[] {0.0, fmt("%7d %-9s %3s %3d %7s %6s %6s %c %5.1f %5.1f %9s %s", pid, cmd.contains("deploy") || cmd.equals("-bash") ? "deploy" : "root",
                    "20", 0, kib(g.between(6_000, 400_000)), kib(g.between(1_000, 20_000)), kib(g.between(500, 8_000)), 'S', 0.0, 0.0, cpuTime(g, 3), cmd)});
            pid += g.between(10, 400);
        }
        String top = fmt("%7d %-9s %3s %3d %7s %6s %6s %c %5.1f %5.1f %9s %s", 2_231_771, "deploy", "20", 0, "12972", "4308", "3328", 'R', 5.9, 0.0, "0:00.04",
                "top -b -n 1 -c -w 512");
        procs.add(new Object[] {5.9, top});
        procs.sort((a, b) -> Double.compare((Double) b[0], (Double) a[0]));
        g.add("top - 10:42:17 up 23 days,  4:11,  2 users,  load average: 18.42, 17.90, 12.33");
        g.add(fmt("Tasks: %d total,   9 running, %d sleeping,   0 stopped,   1 zombie", procs.size(), procs.size() - 10));
        g.add("%Cpu(s):  9.8 us, 21.4 sy,  0.0 ni, 43.7 id, 24.6 wa,  0.0 hi,  0.5 si,  0.0 st");
        String mem = "MiB Mem :  64215.4 total,    412.8 free,  62911.0 used,    891.6 buff/cache";
        String swap = "MiB Swap:   8192.0 total,     63.2 free,   8128.8 used.    509.1 avail Mem";
        g.add(mem);
        g.add(swap);
        g.add("");
        g.add("    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND");
        for (Object[] p : procs) {
            g.add((String) p[1]);
        }
        return NeedleCase.named("fresh7_top_batch", "listing", "top-batch")
                .shell("ssh app-3 top -b -n 1 -c -w 512")
                .question("app-3 is swapping like crazy and the load is around 18. What's eating the memory?")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(java), Needle.exact(swap), Needle.exact(mem)));
    }

    // ---------------------------------------------------------------- gh api .../check-runs

    /**
     * gh api repos/acme/storefront/commits/SHA/check-runs (pretty JSON, 2-space indent): about forty check runs of
     * a pull request's head commit from GitHub Actions and four apps; one e2e shard failed, Codecov's patch check
     * failed, the arm64 image build timed out; a unit job that failed first and passed on re-run appears twice.
     */
    static NeedleCase githubCheckRuns() {
        Gen g = new Gen(100_007);
        String sha = "9c41e07b2d5f8a3316e0c9b7a4f21d8e6b53c0a7";
        String baseSha = "2f18c6a90b7e4d51c3a8e9f0b6d27145a8c3e9d2";
        LocalDateTime t0 = LocalDateTime.of(2026, 12, 7, 9, 12, 4);
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
        Map<String, Object> actions = app(15368, "github-actions", "GitHub Actions", "Automate your workflow from idea to production", "https://help.github.com/en/actions",
                "MDM6QXBwMTUzNjg=", "github");
        Map<String, Object> codecov = app(254, "codecov", "Codecov", "Codecov provides highly integrated tools to group, merge, archive and compare coverage reports",
                "https://codecov.io", "MDM6QXBwMjU0", "codecov");
        Map<String, Object> sonar = app(80082, "sonarqubecloud", "SonarQube Cloud", "Clean code for teams and enterprises with SonarQube Cloud", "https://sonarcloud.io",
                "MDM6QXBwODAwODI=", "SonarSource");
        Map<String, Object> vercel = app(8329, "vercel", "Vercel", "Deploy your frontend to Vercel", "https://vercel.com", "MDM6QXBwODMyOQ==", "vercel");
        Map<String, Object> ghas = app(57789, "github-advanced-security", "GitHub Advanced Security", "", "https://github.com/features/security",
                "MDM6QXBwNTc3ODk=", "github");
        List<Object[]> specs = new ArrayList<>(); // name, app, conclusion, title, summary, annotations, minutesAfter
        for (String n : new String[] {"build", "lint", "typecheck", "unit (node 18)", "unit (node 22)", "e2e (chromium, shard 1/4)", "e2e (chromium, shard 2/4)",
            "e2e (chromium, shard 3/4)", "e2e (chromium, shard 4/4)", "e2e (firefox, shard 1/4)", "e2e (firefox, shard 2/4)", "e2e (firefox, shard 4/4)",
            "e2e (webkit, shard 1/2)", "e2e (webkit, shard 2/2)", "docker (linux/amd64)", "Analyze (javascript-typescript)", "Analyze (actions)", "size-limit",
            "storybook-build", "lighthouse (home)", "lighthouse (product)", "lighthouse (checkout)", "license-check", "commitlint", "danger", "deploy-preview",
            "smoke (preview)", "i18n-extract", "migrations-check", "openapi-diff", "dependency-review", "semgrep"}) {
            specs.add(new Object[] {n, actions, n.equals("danger") ? "neutral" : n.equals("i18n-extract") ? "skipped" : "success", null, null,
                n.startsWith("lint") ? 3 : n.equals("danger") ? 1 : 0, g.between(1, 24)});
        }
        specs.add(new Object[] {"unit (node 20)", actions, "failure", null, null, 1, 2});
        specs.add(new Object[] {"unit (node 20)", actions, "success", null, null, 0, 31});
        specs.add(new Object[] {"e2e (firefox, shard 3/4)", actions, "failure", null, null, 2, 14});
        specs.add(new Object[] {"docker (linux/arm64)", actions, "timed_out", null, null, 1, 1});
        specs.add(new Object[] {"CodeQL", ghas, "success", "No new alerts in code changed by this pull request", "[View all branch alerts](https://github.com/acme/"
                + "storefront/security/code-scanning?query=pr%3A4821+tool%3ACodeQL+is%3Aopen)", 0, 19});
        specs.add(new Object[] {"codecov/patch", codecov, "failure", "62.41% of diff hit (target 80.00%)", "[View this Pull Request on Codecov](https://app.codecov.io/gh/"
                + "acme/storefront/pull/4821?dropdown=coverage&src=pr&el=h1)\n\nAttention: Patch coverage is `62.41%` with `53 lines` in your changes missing coverage."
                + " Please review.", 0, 22});
        specs.add(new Object[] {"codecov/project", codecov, "success", "83.12% (-0.21%) compared to 2f18c6a", "[View this Pull Request on Codecov](https://app.codecov.io/gh/"
                + "acme/storefront/pull/4821?dropdown=coverage&src=pr&el=h1)", 0, 22});
        specs.add(new Object[] {"SonarCloud Code Analysis", sonar, "success", "Quality Gate passed", "## Quality Gate passed\n\nIssues\n 0 New issues\n 0 Accepted issues"
                + "\n\nMeasures\n 0 Security Hotspots\n 71.4% Coverage on New Code\n 1.2% Duplication on New Code", 0, 17});
        specs.add(new Object[] {"Vercel – storefront", vercel, "success", "Deployment has completed", "[Inspect](https://vercel.com/acme/storefront/8LkQ2aVwR1)"
                + " | [Preview](https://storefront-git-feat-gift-cards-acme.vercel.app)", 0, 6});
        // the API lists the newest first, roughly
        specs.sort((a, b) -> Integer.compare((Integer) b[6], (Integer) a[6]));
        List<Object> runs = new ArrayList<>();
        long suite = 29_811_204_117L;
        for (Object[] s : specs) {
            long id = 33_110_000_000L + g.nextInt(900_000_000);
            long run = 12_208_000_000L + g.nextInt(9_000_000);
            Map<String, Object> a = castMap(s[1]);
            boolean isActions = a == actions;
            LocalDateTime start = t0.plusMinutes((Integer) s[6]).plusSeconds(g.nextInt(60));
            LocalDateTime end = start.plusSeconds(s[2].equals("timed_out") ? 3_600 : g.between(20, 900));
            String html = isActions ? "https://github.com/acme/storefront/actions/runs/" + run + "/job/" + id : "https://github.com/acme/storefront/runs/" + id;
            runs.add(obj("id", id, "name", s[0], "node_id", "CR_kwDOH" + g.alnum(20), "head_sha", sha, "external_id", isActions ? g.hex(8) + "-" + g.hex(4) + "-"
                    + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12) : "", "url", "https://api.github.com/repos/acme/storefront/check-runs/" + id, "html_url", html,
                    "details_url", isActions ? html : "https://" + a.get("slug") + ".example/acme/storefront/pr/4821", "status", "completed", "conclusion", s[2],
                    "started_at", iso.format(start), "completed_at", iso.format(end),
                    "output", obj("title", s[3], "summary", s[4], "text", null, "annotations_count", s[5], "annotations_url",
                            "https://api.github.com/repos/acme/storefront/check-runs/" + id + "/annotations"),
                    "check_suite", obj("id", suite + (isActions ? 0 : (Integer) a.get("id"))), "app", a,
                    "pull_requests", List.of(obj("url", "https://api.github.com/repos/acme/storefront/pulls/4821", "id", 2_190_448_712L, "number", 4821,
                            "head", obj("ref", "feat/gift-cards", "sha", sha, "repo", obj("id", 511_204_339, "url", "https://api.github.com/repos/acme/storefront",
                                    "name", "storefront")),
                            "base", obj("ref", "main", "sha", baseSha, "repo", obj("id", 511_204_339, "url", "https://api.github.com/repos/acme/storefront",
                                    "name", "storefront"))))));
        }
        String text = pretty(obj("total_count", runs.size(), "check_runs", runs));
        return NeedleCase.named("fresh7_github_check_runs", "json", "github-check-runs-json")
                .shell("gh api repos/acme/storefront/commits/" + sha + "/check-runs --paginate")
                .question("PR #4821 can't be merged because required checks are red. Which check runs on its head commit failed?")
                .heldAside()
                .build(text, List.of(Needle.exact(only(text, "\"name\": \"e2e (firefox, shard 3/4)\"")), Needle.exact(only(text, "\"conclusion\": \"timed_out\"")),
                        Needle.exact(only(text, "\"name\": \"docker (linux/arm64)\"")), Needle.exact(only(text, "62.41% of diff hit"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> app(int id, String slug, String name, String description, String external, String nodeId, String owner) {
        List<String> events = slug.equals("github-actions")
                ? List.of("branch_protection_rule", "check_run", "check_suite", "create", "delete", "deployment", "deployment_status", "discussion",
                        "discussion_comment", "fork", "gollum", "issues", "issue_comment", "label", "merge_group", "milestone", "page_build", "project",
                        "project_card", "project_column", "public", "pull_request", "pull_request_review", "pull_request_review_comment", "push", "registry_package",
                        "release", "repository", "repository_dispatch", "status", "watch", "workflow_dispatch", "workflow_run")
                : List.of("check_run", "check_suite", "pull_request", "push", "status");
        Map<String, Object> permissions = new LinkedHashMap<>();
        for (String p : slug.equals("github-actions") ? new String[] {"actions", "attestations", "checks", "contents", "deployments", "discussions", "issues",
            "merge_queues", "metadata", "packages", "pages", "pull_requests", "repository_hooks", "repository_projects", "security_events", "statuses"}
                : new String[] {"checks", "contents", "metadata", "pull_requests", "statuses"}) {
            permissions.put(p, p.equals("metadata") || p.equals("contents") && !slug.equals("github-actions") ? "read" : "write");
        }
        return obj("id", id, "client_id", "Iv1." + Integer.toHexString(id * 7919) + "a1b2c3d4", "slug", slug, "node_id", nodeId,
                "owner", obj("login", owner, "id", 9919 + id % 1000 * 31, "node_id", "MDEyOk9yZ2FuaXphdGlvbj" + id, "avatar_url",
                        "https://avatars.githubusercontent.com/u/" + (9919 + id % 1000 * 31) + "?v=4", "gravatar_id", "", "url", "https://api.github.com/users/" + owner,
                        "html_url", "https://github.com/" + owner, "type", "Organization", "user_view_type", "public", "site_admin", false),
                "name", name, "description", description, "external_url", external, "html_url", "https://github.com/apps/" + slug,
                "created_at", "2018-07-30T09:30:17Z", "updated_at", "2025-03-07T16:35:00Z", "permissions", permissions, "events", events);
    }

    // ---------------------------------------------------------------- Alertmanager /api/v2/alerts

    /**
     * curl .../api/v2/alerts | jq . of a cluster Alertmanager: some 140 alerts of many teams and severities; most
     * criticals are silenced (maintenance of a storage node) or inhibited; two criticals are active: the ledger
     * replica's replication lag and the volume of data-kafka-2.
     */
    static NeedleCase alertmanagerAlerts() {
        Gen g = new Gen(100_008);
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
        LocalDateTime now = LocalDateTime.of(2026, 12, 7, 11, 20, 14);
        String[][] pods = {{"shop", "checkout-7b9c6d5f48-qz8tn", "checkout"}, {"shop", "cart-5d8f7c9b6d-x2l9p", "cart"}, {"shop", "orders-api-6c7d8e9f5b-k3m4n", "orders-api"},
            {"catalog", "catalog-api-84f5c6d7b9-p7q8r", "catalog-api"}, {"search", "search-indexer-0", "indexer"}, {"billing", "invoice-renderer-7f6e5d4c3b-a1b2c", "renderer"},
            {"observability", "loki-write-2", "loki"}, {"streaming", "kafka-connect-5b6c7d8e9f-z9y8x", "connect"}, {"data", "airflow-worker-2", "worker"},
            {"payments", "payments-api-5f4e3d2c1b-m5n6o", "payments-api"}, {"shop", "notifications-6d5c4b3a29-q1w2e", "notifications"}};
        String[] teams = {"shop", "shop", "platform", "data", "payments", "search", "observability"};
        String silence = "6f0c2b1e-8a3d-4c5f-9e7b-1d2a3c4b5e6f";
        List<Object> alerts = new ArrayList<>();
        for (int i = 0; i < 138; i++) {
            String[] p = g.pick(pods);
            int k = g.weighted(20, 14, 16, 8, 10, 8, 6, 8, 10);
            String name;
            String severity = "warning";
            String summary;
            String description;
            Map<String, Object> labels = new LinkedHashMap<>();
            List<String> silencedBy = List.of();
            List<String> inhibitedBy = List.of();
            String team = g.pick(teams);
            String expr;
            switch (k) {
                case 0 -> {
                    name = "KubePodCrashLooping";
                    summary = "Pod is crash looping.";
                    description = fmt("Pod %s/%s (%s) is in waiting state (reason: \"CrashLoopBackOff\").", p[0], p[1], p[2]);
                    labels.putAll(obj("container", p[2], "namespace", p[0], "pod", p[1], "reason", "CrashLoopBackOff", "job", "kube-state-metrics"));
                    expr = "max_over_time(kube_pod_container_status_waiting_reason{job=\"kube-state-metrics\",reason=\"CrashLoopBackOff\"}[5m]) >= 1";
                }
                case 1 -> {
                    name = "CPUThrottlingHigh";
                    severity = "info";
                    summary = "Processes experience elevated CPU throttling.";
                    description = fmt("%d.%d%% throttling of CPU in namespace %s for container %s in pod %s.", g.between(25, 90), g.nextInt(10), p[0], p[2], p[1]);
                    labels.putAll(obj("container", p[2], "namespace", p[0], "pod", p[1]));
                    expr = "sum by (cluster, container, pod, namespace) (increase(container_cpu_cfs_throttled_periods_total{container!=\"\"}[5m])) > (25 / 100)";
                }
                case 2 -> {
                    name = "KubeDeploymentReplicasMismatch";
                    summary = "Deployment has not matched the expected number of replicas.";
                    description = fmt("Deployment %s/%s has not matched the expected number of replicas for longer than 15 minutes.", p[0], p[2]);
                    labels.putAll(obj("deployment", p[2], "namespace", p[0], "job", "kube-state-metrics"));
                    expr = "(kube_deployment_spec_replicas{job=\"kube-state-metrics\"} > kube_deployment_status_replicas_available{job=\"kube-state-metrics\"})";
                }
                case 3 -> {
                    name = "KubeJobFailed";
                    String job = g.pick("orders-export", "search-reindex", "gdpr-purge", "invoice-batch") + "-" + (29_417_000 + g.nextInt(9_000));
                    summary = "Job failed to complete.";
                    description = fmt("Job %s/%s failed to complete. Removing failed job after investigation should clear this alert.", p[0], job);
                    labels.putAll(obj("job_name", job, "namespace", p[0], "job", "kube-state-metrics"));
                    expr = "kube_job_failed{job=\"kube-state-metrics\"} > 0";
                }
                case 4 -> {
                    name = "NodeFilesystemSpaceFillingUp";
                    String node = g.pick("worker-" + g.between(1, 24), "storage-03");
                    String mount = g.pick("/", "/var/lib/containerd", "/var/lib/kubelet");
                    if (node.equals("storage-03")) {
                        severity = "critical";
                        silencedBy = List.of(silence);
                    }
                    summary = "Filesystem is predicted to run out of space within the next " + (severity.equals("critical") ? "4 hours." : "24 hours.");
                    description = fmt("Filesystem on /dev/nvme0n1p%d, mounted on %s, at %s:9100 has only %d.%02d%% available space left and is filling up.",
                            g.between(1, 3), mount, node, g.between(3, 20), g.nextInt(100));
                    labels.putAll(obj("device", "/dev/nvme0n1p2", "fstype", "ext4", "instance", node + ":9100", "job", "node-exporter", "mountpoint", mount));
                    team = "platform";
                    expr = "(node_filesystem_avail_bytes{fstype!=\"\",job=\"node-exporter\"} / node_filesystem_size_bytes{fstype!=\"\",job=\"node-exporter\"} * 100 < 15)";
                }
                case 5 -> {
                    name = "TargetDown";
                    String job = g.pick("node-exporter", "kubelet", "postgres-exporter", "kafka-exporter", "blackbox");
                    boolean onStorage = g.chance(0.4);
                    if (onStorage) {
                        severity = "critical";
                        inhibitedBy = List.of(g.hex(16));
                    }
                    summary = "One or more targets are unreachable.";
                    description = fmt("%d%% of the %s/%s targets in %s namespace are down.", onStorage ? 100 : g.between(10, 40), job, job, p[0]);
                    labels.putAll(obj("job", job, "namespace", p[0], "service", job));
                    team = "platform";
                    expr = "100 * (count(up == 0) BY (cluster, job, namespace, service) / count(up) BY (cluster, job, namespace, service)) > 10";
                }
                case 6 -> {
                    name = "KubePersistentVolumeFillingUp";
                    String pvc = g.pick("data-es-1", "data-es-0", "storage-loki-write-0", "data-postgres-ledger-1", "data-kafka-0", "data-kafka-1");
                    if (pvc.equals("data-es-1")) {
                        severity = "critical";
                        silencedBy = List.of(silence);
                    }
                    String ns = pvc.startsWith("data-kafka") ? "streaming" : pvc.startsWith("data-es") ? "search" : pvc.contains("loki") ? "observability" : "db";
                    summary = "PersistentVolume is filling up.";
                    description = severity.equals("critical")
                            ? fmt("The PersistentVolume claimed by %s in Namespace %s is only %d.%02d%% free.", pvc, ns, g.between(1, 2), g.nextInt(100))
                            : fmt("Based on recent sampling, the PersistentVolume claimed by %s in Namespace %s is expected to fill up within four days. Currently"
                                    + " %d.%02d%% is available.", pvc, ns, g.between(9, 30), g.nextInt(100));
                    labels.putAll(obj("namespace", ns, "persistentvolumeclaim", pvc, "job", "kubelet", "metrics_path", "/metrics"));
                    expr = "(kubelet_volume_stats_available_bytes{job=\"kubelet\",metrics_path=\"/metrics\"} / kubelet_volume_stats_capacity_bytes{job=\"kubelet\","
                            + "metrics_path=\"/metrics\"}) < 0.03";
                }
                case 7 -> {
                    name = "PostgresReplicationLagHigh";
                    String inst = g.pick("pg-shop-2", "pg-shop-3", "pg-analytics-1");
                    summary = "Replication lag above 30s.";
                    description = fmt("Replica %s is %d seconds behind its primary.", inst, g.between(31, 110));
                    labels.putAll(obj("instance", inst + ":9187", "job", "postgres-exporter", "namespace", "db"));
                    team = "data";
                    expr = "pg_replication_lag_seconds > 30";
                }
                default -> {
                    name = "KubeNodeUnreachable";
                    severity = g.chance(0.5) ? "critical" : "warning";
                    silencedBy = List.of(silence);
                    summary = "Node is unreachable and some workloads may be rescheduled.";
                    description = "storage-03 is unreachable and some workloads may be rescheduled.";
                    labels.putAll(obj("node", "storage-03", "key", "node.kubernetes.io/unreachable", "effect", "NoSchedule", "job", "kube-state-metrics"));
                    team = "platform";
                    expr = "(kube_node_spec_taint{job=\"kube-state-metrics\",key=\"node.kubernetes.io/unreachable\",effect=\"NoSchedule\"} unless ignoring(key,value)"
                            + " kube_node_spec_taint{job=\"kube-state-metrics\",key=~\"ToBeDeletedByClusterAutoscaler\"}) == 1";
                }
            }
            alerts.add(alert(g, iso, now, name, severity, team, summary, description, labels, silencedBy, inhibitedBy, expr));
        }
        String lagDescription = "Replica pg-ledger-2 is 1874 seconds behind its primary; WAL replay has not advanced since 10:48:51.";
        alerts.add(g.between(20, 60), alert(g, iso, now, "PostgresReplicationLagCritical", "critical", "payments", "Replication lag above 10 minutes.", lagDescription,
                obj("instance", "pg-ledger-2:9187", "job", "postgres-exporter", "namespace", "db"), List.of(), List.of(), "pg_replication_lag_seconds > 600"));
        String kafkaDescription = "The PersistentVolume claimed by data-kafka-2 in Namespace streaming is only 2.87% free.";
        alerts.add(g.between(80, 120), alert(g, iso, now, "KubePersistentVolumeFillingUp", "critical", "data", "PersistentVolume is filling up.", kafkaDescription,
                obj("namespace", "streaming", "persistentvolumeclaim", "data-kafka-2", "job", "kubelet", "metrics_path", "/metrics"), List.of(), List.of(),
                "(kubelet_volume_stats_available_bytes / kubelet_volume_stats_capacity_bytes) < 0.03"));
        alerts.add(0, alert(g, iso, now, "Watchdog", "none", "platform", "An alert that should always be firing to certify that Alertmanager is working properly.",
                "This is an alert meant to ensure that the entire alerting pipeline is functional.", obj(), List.of(), List.of(), "vector(1)"));
        String text = pretty(alerts);
        return NeedleCase.named("fresh7_alertmanager_alerts", "json", "alertmanager-alerts-json")
                .shell("curl -s http://alertmanager-main.monitoring:9093/api/v2/alerts | jq .")
                .question("What's firing right now that is critical and not silenced or inhibited?")
                .heldAside()
                .build(text, List.of(Needle.exact(only(text, "\"alertname\": \"PostgresReplicationLagCritical\"")), Needle.exact(only(text, lagDescription)),
                        Needle.exact(only(text, kafkaDescription))));
    }

    private static Map<String, Object> alert(Gen g, DateTimeFormatter iso, LocalDateTime now, String name, String severity, String team, String summary,
                                             String description, Map<String, Object> extra, List<String> silencedBy, List<String> inhibitedBy, String expr) {
        LocalDateTime starts = now.minusMinutes(g.between(3, 4_000)).minusSeconds(g.nextInt(60));
        Map<String, Object> labels = new java.util.TreeMap<>();
        labels.putAll(extra);
        labels.put("alertname", name);
        labels.put("cluster", "prod-eu-1");
        labels.put("prometheus", "monitoring/k8s");
        labels.put("severity", severity);
        labels.put("team", team);
        String receiver = name.equals("Watchdog") ? "null" : severity.equals("critical") ? team + "-pager" : team + "-slack";
        String state = silencedBy.isEmpty() && inhibitedBy.isEmpty() ? "active" : "suppressed";
        return obj("annotations", obj("description", description, "runbook_url", "https://runbooks.prometheus-operator.dev/runbooks/" + name.toLowerCase(Locale.ROOT),
                        "summary", summary),
                "endsAt", iso.format(now.plusMinutes(4).plusSeconds(g.nextInt(60))), "fingerprint", g.hex(16),
                "receivers", List.of(obj("name", receiver)), "startsAt", iso.format(starts),
                "status", obj("inhibitedBy", inhibitedBy, "silencedBy", silencedBy, "state", state),
                "updatedAt", iso.format(now.minusSeconds(g.nextInt(30))),
                "generatorURL", "http://prometheus-k8s-0:9090/graph?g0.expr=" + java.net.URLEncoder.encode(expr, java.nio.charset.StandardCharsets.UTF_8) + "&g0.tab=1",
                "labels", labels);
    }

    // ---------------------------------------------------------------- git grep -n -p

    /**
     * git grep -n -p 'http.DefaultClient' in a Go service repository with a vendor directory: function-context
     * lines ({@code path=N=func ...}) before each match, hundreds of matches in vendored libraries and tests; three
     * calls in the repository's own non-test code, and one comment that only mentions it.
     */
    static NeedleCase gitGrepFunctions() {
        Gen g = new Gen(100_009);
        String[] vendorPkgs = {"vendor/golang.org/x/oauth2", "vendor/golang.org/x/oauth2/internal", "vendor/golang.org/x/oauth2/google", "vendor/cloud.google.com/go/compute/metadata",
            "vendor/github.com/aws/aws-sdk-go-v2/aws/transport/http", "vendor/github.com/aws/aws-sdk-go-v2/feature/ec2/imds", "vendor/github.com/hashicorp/go-retryablehttp",
            "vendor/github.com/hashicorp/vault/api", "vendor/github.com/prometheus/client_golang/api", "vendor/github.com/go-resty/resty/v2",
            "vendor/github.com/stripe/stripe-go/v76", "vendor/github.com/slack-go/slack", "vendor/github.com/sendgrid/rest", "vendor/google.golang.org/api/transport/http",
            "vendor/github.com/coreos/go-oidc/v3/oidc", "vendor/github.com/getsentry/sentry-go", "vendor/go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp",
            "vendor/github.com/docker/docker/client", "vendor/github.com/grpc-ecosystem/grpc-gateway/v2/runtime", "vendor/k8s.io/client-go/rest"};
        String[] files = {"client.go", "transport.go", "http.go", "token.go", "options.go", "config.go", "request.go", "backend.go", "metadata.go", "util.go"};
        String[] funcs = {"func NewClient(opts ...Option) *Client {", "func (c *Client) do(req *http.Request) (*http.Response, error) {",
            "func defaultHTTPClient() *http.Client {", "func (t *Transport) base() http.RoundTripper {", "func ContextClient(ctx context.Context) *http.Client {",
            "func (c *Config) httpClient() *http.Client {", "func newRequest(ctx context.Context, method, url string) (*Request, error) {",
            "func DefaultConfig() *Config {", "func (b *BackendImplementation) Do(req *http.Request, body *bytes.Buffer, v LastResponseSetter) error {",
            "func getHTTPClient(ctx context.Context) *http.Client {", "func (o *options) apply(c *Client) {", "func init() {"};
        String[] uses = {"\treturn http.DefaultClient", "\t\treturn http.DefaultClient", "\thc := http.DefaultClient", "\tif c.HTTPClient == nil {\t// falls back to http.DefaultClient",
            "\t\tc.HTTPClient = http.DefaultClient", "\tclient := http.DefaultClient", "\t\tbase = http.DefaultClient.Transport", "// If nil, http.DefaultClient is used.",
            "\t// HTTPClient defaults to http.DefaultClient.", "\tresp, err := http.DefaultClient.Do(req)", "\t\thttpClient: http.DefaultClient,",
            "\t\t\treturn http.DefaultClient, nil"};
        java.util.TreeMap<String, List<String>> byPath = new java.util.TreeMap<>();
        for (String pkg : vendorPkgs) {
            int nf = g.between(1, 4);
            for (int i = 0; i < nf; i++) {
                String path = pkg + "/" + g.pick(files);
                List<String> lines = byPath.computeIfAbsent(path, x -> new ArrayList<>());
                if (!lines.isEmpty()) {
                    continue;
                }
                int line = g.between(20, 120);
                int nm = g.between(1, 5);
                for (int m = 0; m < nm; m++) {
                    if (m == 0 || g.chance(0.5)) {
                        String func = g.pick(funcs);
                        lines.add(path + "=" + line + "=" + func);
                        line += g.between(1, 12);
                    }
                    lines.add(path + ":" + line + ":" + g.pick(uses));
                    line += g.between(15, 160);
                }
            }
        }
        String[] testDirs = {"internal/billing/stripe", "internal/notify", "internal/geo", "internal/orders", "internal/fleet", "internal/httpx", "cmd/fleetctl",
            "internal/tracking", "internal/auth", "test/e2e", "internal/webhooks", "internal/pricing"};
        for (String dir : testDirs) {
            int nf = g.between(1, 3);
            for (int i = 0; i < nf; i++) {
                String path = dir + "/" + g.pick("client", "handler", "service", "webhook", "lookup", "server", "main", "api") + "_test.go";
                List<String> lines = byPath.computeIfAbsent(path, x -> new ArrayList<>());
                if (!lines.isEmpty()) {
                    continue;
                }
                int line = g.between(15, 60);
                int tests = g.between(2, 9);
                for (int m = 0; m < tests; m++) {
                    String test = "Test" + g.pick("Create", "Deliver", "Lookup", "Retry", "Timeout", "Sign", "Fetch", "List", "Cancel") + g.pick("PaymentIntent", "Webhook",
                            "Address", "Order", "Vehicle", "Token", "Quote", "Route", "") + g.pick("", "_NotFound", "_ServerError", "_Retries", "_ContextCanceled");
                    lines.add(path + "=" + line + "=func " + test + "(t *testing.T) {");
                    line += g.between(3, 20);
                    lines.add(path + ":" + line + ":" + g.pick("\tc := New(srv.URL, WithHTTPClient(http.DefaultClient))", "\tresp, err := http.DefaultClient.Get(srv.URL"
                            + " + \"/healthz\")", "\thttp.DefaultClient.Timeout = 2 * time.Second", "\tdefer func() { http.DefaultClient.Transport = orig }()",
                            "\torig := http.DefaultClient.Transport", "\thttp.DefaultClient.Transport = rt"));
                    line += g.between(10, 80);
                }
            }
        }
        String billingFunc = "internal/billing/stripe/client.go=88=func (c *Client) createPaymentIntent(ctx context.Context, in PaymentIntentInput) (*PaymentIntent, error) {";
        String billing = "internal/billing/stripe/client.go:104:\tresp, err := http.DefaultClient.Do(req)";
        String notify = "internal/notify/webhook.go:61:\tres, err := http.DefaultClient.Post(s.endpoint, \"application/json\", bytes.NewReader(body))";
        String fleetctl = "cmd/fleetctl/main.go:212:\t\tclient: http.DefaultClient,";
        byPath.put("internal/billing/stripe/client.go", List.of(billingFunc, billing));
        byPath.put("internal/notify/webhook.go", List.of("internal/notify/webhook.go=48=func (s *Sender) deliver(ctx context.Context, ev Event) error {", notify));
        byPath.put("cmd/fleetctl/main.go", List.of("cmd/fleetctl/main.go=205=func newAPIClient(cfg config) *apiClient {", fleetctl));
        byPath.put("internal/httpx/client.go", List.of("internal/httpx/client.go=1=// Package httpx builds the instrumented HTTP clients of fleet.",
                "internal/httpx/client.go:14:// New returns a client with tracing, retries and timeouts; use it instead of http.DefaultClient."));
        for (List<String> lines : byPath.values()) {
            for (String l : lines) {
                g.add(l);
            }
        }
        return NeedleCase.named("fresh7_git_grep_functions", "search", "git-grep-p")
                .shell("git grep -n -p 'http.DefaultClient'")
                .question("Where do we still use http.DefaultClient in our own code (not vendor, not tests)? I want to switch those to httpx.New(), and I need the function names.")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(billing), Needle.exact(notify), Needle.exact(fleetctl), Needle.exact(billingFunc)));
    }

    // ---------------------------------------------------------------- kubectl diff

    /**
     * kubectl diff -k overlays/prod for a release: a dozen Deployments and two CronJobs get the v2.42.0 image and a
     * regenerated ConfigMap name (new ConfigMaps appear whole); the overlay also, by mistake, scales search-api from
     * 6 replicas to 1 and lowers the memory limit of orders-worker from 2Gi to 512Mi.
     */
    static NeedleCase kubectlDiffOverlay() {
        Gen g = new Gen(100_010);
        String live = "/tmp/LIVE-2871763032/";
        String merged = "/tmp/MERGED-3012093861/";
        String[] apps = {"cart", "catalog-api", "checkout", "frontend", "inventory", "notifications", "orders-api", "orders-worker", "payments-api", "pricing",
            "recommendations", "search-api"};
        String searchHeader = null;
        String workerHeader = null;
        List<String> configMaps = new ArrayList<>();
        for (String app : apps) {
            String oldCm = app + "-config-" + g.alnum(10);
            String newCm = app + "-config-" + g.alnum(10);
            configMaps.add(app + "\t" + newCm);
            String res = "apps.v1.Deployment.shop." + app;
            String header = "diff -u -N " + live + res + " " + merged + res;
            g.add(header);
            g.add("--- " + live + res + "\t2026-12-07 10:14:02." + g.between(100_000_000, 999_999_999) + " +0000");
            g.add("+++ " + merged + res + "\t2026-12-07 10:14:02." + g.between(100_000_000, 999_999_999) + " +0000");
            int gen = g.between(20, 90);
            g.add("@@ -6,7 +6,7 @@");
            g.add("     deployment.kubernetes.io/revision: \"" + (gen - g.between(1, 6)) + "\"");
            g.add("   creationTimestamp: \"2026-0" + g.between(1, 9) + "-" + fmt("%02d", g.between(1, 28)) + "T" + fmt("%02d:%02d:%02d", g.between(0, 23), g.nextInt(60),
                    g.nextInt(60)) + "Z\"");
            g.add("-  generation: " + gen);
            g.add("+  generation: " + (gen + 1));
            g.add("   labels:");
            g.add("     app.kubernetes.io/name: " + app);
            g.add("     app.kubernetes.io/part-of: shop");
            if (app.equals("search-api")) {
                searchHeader = header;
                g.add("@@ -16,7 +16,7 @@");
                g.add("   uid: " + g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12));
                g.add(" spec:");
                g.add("   progressDeadlineSeconds: 600");
                g.add("-  replicas: 6");
                g.add("+  replicas: 1");
                g.add("   revisionHistoryLimit: 10");
                g.add("   selector:");
                g.add("     matchLabels:");
            }
            int at = g.between(38, 46);
            g.add(fmt("@@ -%d,10 +%d,10 @@", at, at));
            g.add("       containers:");
            g.add("       - envFrom:");
            g.add("         - configMapRef:");
            g.add("-            name: " + oldCm);
            g.add("+            name: " + newCm);
            g.add("         - secretRef:");
            g.add("             name: " + app + "-secrets");
            g.add("-        image: registry.acme.io/shop/" + app + ":v2.41." + g.between(0, 6));
            g.add("+        image: registry.acme.io/shop/" + app + ":v2.42.0");
            g.add("         imagePullPolicy: IfNotPresent");
            g.add("         livenessProbe:");
            g.add("           failureThreshold: 3");
            if (app.equals("orders-worker")) {
                workerHeader = header;
                int r = at + g.between(28, 34);
                g.add(fmt("@@ -%d,7 +%d,7 @@", r, r));
                g.add("         resources:");
                g.add("           limits:");
                g.add("             cpu: \"2\"");
                g.add("-            memory: 2Gi");
                g.add("+            memory: 512Mi");
                g.add("           requests:");
                g.add("             cpu: 500m");
                g.add("             memory: 512Mi");
            }
        }
        for (String job : new String[] {"orders-export", "gdpr-purge"}) {
            String res = "batch.v1.CronJob.shop." + job;
            g.add("diff -u -N " + live + res + " " + merged + res);
            g.add("--- " + live + res + "\t2026-12-07 10:14:03." + g.between(100_000_000, 999_999_999) + " +0000");
            g.add("+++ " + merged + res + "\t2026-12-07 10:14:03." + g.between(100_000_000, 999_999_999) + " +0000");
            int gen = g.between(5, 30);
            g.add("@@ -4,7 +4,7 @@");
            g.add("   annotations: {}");
            g.add("   creationTimestamp: \"2026-04-11T08:02:51Z\"");
            g.add("-  generation: " + gen);
            g.add("+  generation: " + (gen + 1));
            g.add("   labels:");
            g.add("     app.kubernetes.io/name: " + job);
            g.add("     app.kubernetes.io/part-of: shop");
            g.add("@@ -31,7 +31,7 @@");
            g.add("           containers:");
            g.add("           - args:");
            g.add("             - " + job.replace('-', '_'));
            g.add("-            image: registry.acme.io/shop/jobs:v2.41." + g.between(0, 6));
            g.add("+            image: registry.acme.io/shop/jobs:v2.42.0");
            g.add("             imagePullPolicy: IfNotPresent");
            g.add("             name: " + job);
            g.add("             resources:");
        }
        String[] keys = {"LOG_LEVEL", "LOG_FORMAT", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_SERVICE_NAME", "HTTP_PORT", "DB_POOL_SIZE", "DB_STATEMENT_TIMEOUT",
            "REDIS_URL", "KAFKA_BROKERS", "FEATURE_GIFT_CARDS", "FEATURE_NEW_CHECKOUT", "CACHE_TTL_SECONDS", "REQUEST_TIMEOUT", "SENTRY_ENVIRONMENT", "LOCALE_DEFAULT"};
        for (String cm : configMaps) {
            String app = cm.split("\t")[0];
            String name = cm.split("\t")[1];
            String res = "v1.ConfigMap.shop." + name;
            List<String> body = new ArrayList<>();
            body.add("apiVersion: v1");
            body.add("data:");
            java.util.TreeMap<String, String> data = new java.util.TreeMap<>();
            for (String k : keys) {
                if (g.chance(0.7)) {
                    data.put(k, switch (k) {
                        case "LOG_LEVEL" -> "info";
                        case "LOG_FORMAT" -> "json";
                        case "OTEL_EXPORTER_OTLP_ENDPOINT" -> "http://otel-collector.observability:4317";
                        case "OTEL_SERVICE_NAME" -> app;
                        case "HTTP_PORT" -> "\"8080\"";
                        case "DB_POOL_SIZE" -> "\"" + g.between(5, 30) + "\"";
                        case "DB_STATEMENT_TIMEOUT" -> g.pick("5s", "10s", "30s");
                        case "REDIS_URL" -> "redis://redis-master.cache:6379/" + g.between(0, 6);
                        case "KAFKA_BROKERS" -> "kafka-0.kafka-headless.streaming:9092,kafka-1.kafka-headless.streaming:9092,kafka-2.kafka-headless.streaming:9092";
                        case "CACHE_TTL_SECONDS" -> "\"" + g.pick(30, 60, 300, 900) + "\"";
                        case "REQUEST_TIMEOUT" -> g.pick("2s", "5s", "15s");
                        case "SENTRY_ENVIRONMENT" -> "production";
                        case "LOCALE_DEFAULT" -> "de-DE";
                        default -> "\"" + g.pick("true", "false") + "\"";
                    });
                }
            }
            for (Map.Entry<String, String> e : data.entrySet()) {
                body.add("  " + e.getKey() + ": " + e.getValue());
            }
            body.add("kind: ConfigMap");
            body.add("metadata:");
            body.add("  creationTimestamp: \"2026-12-07T10:14:02Z\"");
            body.add("  labels:");
            body.add("    app.kubernetes.io/name: " + app);
            body.add("    app.kubernetes.io/part-of: shop");
            body.add("  name: " + name);
            body.add("  namespace: shop");
            body.add("  uid: " + g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12));
            g.add("diff -u -N " + live + res + " " + merged + res);
            g.add("--- " + live + res + "\t2026-12-07 10:14:03." + g.between(100_000_000, 999_999_999) + " +0000");
            g.add("+++ " + merged + res + "\t2026-12-07 10:14:03." + g.between(100_000_000, 999_999_999) + " +0000");
            g.add("@@ -0,0 +1," + body.size() + " @@");
            for (String b : body) {
                g.add("+" + b);
            }
        }
        return NeedleCase.named("fresh7_kubectl_diff_overlay", "diff", "kubectl-diff")
                .shell("kubectl diff -k overlays/prod")
                .question("Before I apply the prod overlay: besides the image bumps to v2.42.0 and the regenerated ConfigMaps, does this diff change anything else?")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(searchHeader), Needle.exact("+  replicas: 1"), Needle.exact(workerHeader), Needle.exact("+            memory: 512Mi")));
    }

    // ---------------------------------------------------------------- dotnet test

    /**
     * dotnet test --logger "console;verbosity=normal" of a solution with four xUnit test projects: restore and
     * build lines with nullable warnings, then every test's Passed line; one assertion fails in the orders domain
     * tests and one test of the payments webhooks throws.
     */
    static NeedleCase dotnetTest() {
        Gen g = new Gen(100_011);
        g.add("  Determining projects to restore...");
        g.add("  All projects are up-to-date for restore.");
        String[] src = {"Acme.Orders.Domain", "Acme.Orders.Application", "Acme.Orders.Infrastructure", "Acme.Orders.Api", "Acme.Payments", "Acme.Shared"};
        for (String p : src) {
            int nw = g.between(0, 9);
            for (int i = 0; i < nw; i++) {
                String file = g.pick("Models", "Handlers", "Services", "Persistence", "Contracts") + "/" + g.pick("Order", "Refund", "Invoice", "Customer", "Payment",
                        "Shipment", "Voucher") + g.pick("", "Dto", "Handler", "Service", "Configuration") + ".cs";
                String w = g.pick("CS8618: Non-nullable property '" + g.pick("Name", "Reference", "Currency", "Email", "Notes") + "' must contain a non-null value when"
                        + " exiting constructor. Consider adding the 'required' modifier or declaring the property as nullable.",
                        "CS8602: Dereference of a possibly null reference.", "CS0618: 'ISystemClock' is obsolete: 'Use TimeProvider instead.'",
                        "CS1998: This async method lacks 'await' operators and will run synchronously. Consider using the 'await' operator to await non-blocking API calls,"
                                + " or 'await Task.Run(...)' to do CPU-bound work on a background thread.");
                g.add(fmt("/src/src/%s/%s(%d,%d): warning %s [/src/src/%s/%s.csproj]", p, file, g.between(5, 240), g.between(9, 60), w, p, p));
            }
            g.add(fmt("  %s -> /src/src/%s/bin/Debug/net8.0/%s.dll", p, p, p));
        }
        String[][] projects = {{"Acme.Orders.Domain.Tests", "Pricing,RefundPolicy,OrderStateMachine,Vat,Discounts,ShippingCost,Money"},
            {"Acme.Orders.Api.Tests", "OrdersEndpoint,RefundsEndpoint,Auth,Pagination,Validation,Export"},
            {"Acme.Payments.Tests", "WebhookSignature,PaymentIntent,Payouts,Currency,Idempotency"},
            {"Acme.Orders.Infrastructure.Tests", "OrderRepository,OutboxPublisher,Migrations,EventSerializer"}};
        for (String[] p : projects) {
            g.add(fmt("  %s -> /src/tests/%s/bin/Debug/net8.0/%s.dll", p[0], p[0], p[0]));
        }
        String[] verbs = {"Applies", "Rejects", "Calculates", "Returns", "Rounds", "Keeps", "Throws_when", "Ignores", "Maps", "Accepts", "Publishes", "Retries"};
        String[] objects = {"bulk_discount", "refund_after_window", "vat_for_country", "empty_cart", "negative_amount", "currency_mismatch", "partial_refund",
            "cancelled_order", "duplicate_event", "expired_voucher", "missing_address", "page_size_limit", "unknown_status", "zero_quantity", "free_shipping_threshold"};
        String failA = "  Failed Acme.Orders.Domain.Tests.RefundPolicyTests.Refund_keeps_shipping_fee_after_14_days [18 ms]";
        String actualA = "Actual:   4.90";
        String failB = "  Failed Acme.Payments.Tests.WebhookSignatureTests.Accepts_signature_signed_with_rotated_secret [6 ms]";
        String messageB = "   System.Security.Cryptography.CryptographicException : The computed signature does not match any active webhook secret (kid=whsec_2026_11).";
        int totalFailed = 0;
        for (String[] p : projects) {
            String dll = "/src/tests/" + p[0] + "/bin/Debug/net8.0/" + p[0] + ".dll";
            g.add("Test run for " + dll + " (.NETCoreApp,Version=v8.0)");
            g.add("VSTest version 17.11.1 (x64)");
            g.add("");
            g.add("Starting test execution, please wait...");
            g.add("A total of 1 test files matched the specified pattern.");
            g.add("[xUnit.net 00:00:00.00] xUnit.net VSTest Adapter v2.8.2+699d445a1a (64-bit .NET 8.0.11)");
            g.add(fmt("[xUnit.net 00:00:00.%02d]   Discovering: %s", g.between(10, 60), p[0]));
            g.add(fmt("[xUnit.net 00:00:00.%02d]   Discovered:  %s", g.between(61, 99), p[0]));
            g.add(fmt("[xUnit.net 00:00:01.%02d]   Starting:    %s", g.between(0, 30), p[0]));
            int passed = 0;
            int skipped = 0;
            int failed = 0;
            String[] classes = p[1].split(",");
            int n = g.between(140, 320);
            for (int i = 0; i < n; i++) {
                String cls = g.pick(classes) + "Tests";
                String method = g.pick(verbs) + "_" + g.pick(objects);
                if (g.chance(0.35)) {
                    method += fmt("(%s: %d, expected: %d.%02d)", g.pick("quantity", "days", "amount", "cents"), g.between(0, 120), g.between(0, 999), g.nextInt(100));
                }
                String full = p[0] + "." + cls + "." + method;
                if (g.chance(0.01)) {
                    g.add(fmt("  Skipped %s [1 ms]", full));
                    skipped++;
                    continue;
                }
                g.add(fmt("  Passed %s [%d ms]", full, g.weighted(80, 15, 5) == 0 ? g.between(1, 9) : g.between(10, 400)));
                passed++;
                if (p[0].equals("Acme.Orders.Domain.Tests") && i == n / 2) {
                    g.add(fmt("[xUnit.net 00:00:02.%02d]     Acme.Orders.Domain.Tests.RefundPolicyTests.Refund_keeps_shipping_fee_after_14_days [FAIL]", g.between(10, 99)));
                    g.add(failA);
                    g.add("  Error Message:");
                    g.add("   Assert.Equal() Failure: Values differ");
                    g.add("Expected: 0.00");
                    g.add(actualA);
                    g.add("  Stack Trace:");
                    g.add("     at Acme.Orders.Domain.Tests.RefundPolicyTests.Refund_keeps_shipping_fee_after_14_days() in"
                            + " /src/tests/Acme.Orders.Domain.Tests/RefundPolicyTests.cs:line 87");
                    g.add("   at System.RuntimeMethodHandle.InvokeMethod(Object target, Void** arguments, Signature sig, Boolean isConstructor)");
                    g.add("   at System.Reflection.MethodBaseInvoker.InvokeWithNoArgs(Object obj, BindingFlags invokeAttr)");
                    failed++;
                }
                if (p[0].equals("Acme.Payments.Tests") && i == n / 3) {
                    g.add(fmt("[xUnit.net 00:00:01.%02d]     Acme.Payments.Tests.WebhookSignatureTests.Accepts_signature_signed_with_rotated_secret [FAIL]",
                            g.between(10, 99)));
                    g.add(failB);
                    g.add("  Error Message:");
                    g.add(messageB);
                    g.add("  Stack Trace:");
                    g.add("     at Acme.Payments.Webhooks.SignatureVerifier.Verify(String payload, String signatureHeader, DateTimeOffset now) in"
                            + " /src/src/Acme.Payments/Webhooks/SignatureVerifier.cs:line 57");
                    g.add("   at Acme.Payments.Tests.WebhookSignatureTests.Accepts_signature_signed_with_rotated_secret() in"
                            + " /src/tests/Acme.Payments.Tests/WebhookSignatureTests.cs:line 41");
                    g.add("   at System.RuntimeMethodHandle.InvokeMethod(Object target, Void** arguments, Signature sig, Boolean isConstructor)");
                    g.add("   at System.Reflection.MethodBaseInvoker.InvokeWithNoArgs(Object obj, BindingFlags invokeAttr)");
                    failed++;
                }
            }
            g.add(fmt("[xUnit.net 00:00:0%d.%02d]   Finished:    %s", g.between(2, 6), g.nextInt(100), p[0]));
            g.add("");
            g.add(fmt("%s  - Failed: %5d, Passed: %5d, Skipped: %5d, Total: %5d, Duration: %d s - %s.dll (net8.0)", failed > 0 ? "Failed!" : "Passed!", failed, passed,
                    skipped, failed + passed + skipped, g.between(1, 9), p[0]));
            totalFailed += failed;
        }
        if (totalFailed != 2) {
            throw new IllegalStateException("expected two failures");
        }
        return NeedleCase.named("fresh7_dotnet_test", "build", "dotnet-test")
                .shell("dotnet test --logger \"console;verbosity=normal\"")
                .question("dotnet test is red on my branch. Which tests fail, and with what error?")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(failA), Needle.exact(actualA), Needle.exact(failB), Needle.exact(messageB)));
    }

    // ---------------------------------------------------------------- sacct -P

    /**
     * sacct -a -P over a day on an HPC cluster: some 600 jobs with their batch, extern and srun steps, array jobs,
     * pending and running ones, failures, timeouts and cancellations; job 814207 (preprocess_shards) was killed by
     * the OOM killer, its batch step's MaxRSS at its requested memory.
     */
    static NeedleCase sacctParsable() {
        Gen g = new Gen(100_012);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
        g.add("JobID|JobName|User|Account|Partition|State|ExitCode|Start|End|Elapsed|AllocCPUS|ReqMem|MaxRSS|NodeList");
        String[][] users = {{"alice", "nlp"}, {"bkoch", "vision"}, {"cwu", "genomics"}, {"dkim", "genomics"}, {"efischer", "climate"}, {"fmartin", "nlp"},
            {"gpatel", "chem"}, {"hlee", "vision"}, {"ivanov", "climate"}, {"jsmith", "chem"}};
        String[] names = {"train_bert", "eval_ckpt", "align_reads", "call_variants", "wrf_run", "cp2k_md", "resnet_sweep", "tokenize", "postproc", "gromacs_eq",
            "jupyter", "interactive", "bam_sort", "regrid", "hyperopt"};
        LocalDateTime t = LocalDateTime.of(2026, 12, 6, 6, 0, 0);
        String jobLine = null;
        String batchLine = null;
        String stepLine = null;
        int id = 813_500;
        for (int j = 0; j < 620; j++) {
            id += g.between(1, 2);
            t = t.plusSeconds(g.between(10, 140));
            String[] u = g.pick(users);
            String name = g.pick(names);
            boolean gpu = name.startsWith("train") || name.startsWith("resnet") || name.startsWith("eval") || name.equals("hyperopt");
            String part = gpu ? "gpu" : g.pick("cpu", "cpu", "cpu", "bigmem", "debug");
            int cpus = gpu ? g.pick(8, 16, 32) : g.pick(1, 2, 4, 8, 16, 32, 64);
            int reqGb = g.pick(4, 8, 16, 32, 64, 128);
            String node = (gpu ? "gpu-node-" : part.equals("bigmem") ? "mem-node-" : "cn-") + fmt("%02d", g.between(1, gpu ? 16 : 96));
            if (j == 351) {
                id = 814_207;
                LocalDateTime start = LocalDateTime.of(2026, 12, 6, 23, 41, 9);
                LocalDateTime end = start.plusSeconds(3 * 3600 + 17 * 60 + 42);
                String s = ts.format(start);
                String e = ts.format(end);
                jobLine = fmt("814207|preprocess_shards|dkim|genomics|cpu|OUT_OF_MEMORY|0:125|%s|%s|03:17:42|32|64G||cn-41", s, e);
                batchLine = fmt("814207.batch|batch||genomics||OUT_OF_MEMORY|0:125|%s|%s|03:17:42|32||67108112K|cn-41", s, e);
                stepLine = fmt("814207.0|python||genomics||OUT_OF_MEMORY|0:125|%s|%s|03:17:39|32||66981204K|cn-41", ts.format(start.plusSeconds(3)), e);
                g.add(jobLine);
                g.add(batchLine);
                g.add(fmt("814207.extern|extern||genomics||COMPLETED|0:0|%s|%s|03:17:42|32||1044K|cn-41", s, e));
                g.add(stepLine);
                continue;
            }
            int state = g.weighted(70, 8, 5, 4, 3, 5, 5);
            long secs = g.between(30, 36_000);
            LocalDateTime end = t.plusSeconds(secs);
            String stateName = switch (state) {
                case 0 -> "COMPLETED";
                case 1 -> "FAILED";
                case 2 -> "TIMEOUT";
                case 3 -> "CANCELLED by " + g.pick(51_204, 51_377, 51_890, 52_004);
                case 4 -> "OUT_OF_MEMORY";
                case 5 -> "RUNNING";
                default -> "PENDING";
            };
            String exit = switch (state) {
                case 0, 5, 6 -> "0:0";
                case 1 -> g.pick("1:0", "2:0", "127:0", "139:0");
                case 2 -> "0:0";
                case 3 -> "0:15";
                default -> "0:125";
            };
            String elapsed = state == 6 ? "00:00:00" : fmt("%02d:%02d:%02d", secs / 3600, secs / 60 % 60, secs % 60);
            if (state == 2) {
                elapsed = g.pick("04:00:00", "12:00:00", "01:00:00", "08:00:00");
            }
            String start = state == 6 ? "Unknown" : ts.format(t);
            String endStr = state >= 5 ? "Unknown" : ts.format(end);
            String jobId = Integer.toString(id);
            if (g.chance(0.08)) {
                jobId = id + "_" + g.between(0, 63);
            }
            g.add(String.join("|", jobId, name, u[0], u[1], part, stateName, exit, start, endStr, elapsed, Integer.toString(cpus), reqGb + "G", "",
                    state == 6 ? "None assigned" : node));
            if (state == 6) {
                continue;
            }
            String stepState = state == 3 ? "CANCELLED" : state == 2 ? "CANCELLED" : state == 5 ? "RUNNING" : stateName;
            String rss = state == 5 ? "" : (g.between(200, reqGb * 1_000) * 1_000L + g.nextInt(1000)) + "K";
            if (state == 4) {
                rss = (reqGb * 1_048_576L - g.between(0, 900)) + "K";
            }
            g.add(String.join("|", jobId + ".batch", "batch", "", u[1], "", stepState, state == 2 ? "0:15" : exit, start, endStr, elapsed, Integer.toString(cpus), "",
                    rss, node));
            g.add(String.join("|", jobId + ".extern", "extern", "", u[1], "", state == 5 ? "RUNNING" : "COMPLETED", "0:0", start, endStr, elapsed,
                    Integer.toString(cpus), "", state == 5 ? "" : g.between(0, 2_000) + "K", node));
            if (g.chance(0.4)) {
                g.add(String.join("|", jobId + ".0", g.pick("python", "srun", "bwa", "gmx_mpi", "wrf.exe", "cp2k.psmp"), "", u[1], "", stepState, exit, start, endStr,
                        elapsed, Integer.toString(cpus), "", rss, node));
            }
        }
        return NeedleCase.named("fresh7_sacct_parsable", "csv", "sacct-parsable")
                .shell("sacct -a -P -S 2026-12-06T06:00 --format=JobID,JobName,User,Account,Partition,State,ExitCode,Start,End,Elapsed,AllocCPUS,ReqMem,MaxRSS,NodeList")
                .question("My job 814207 died overnight without any error in its output file. What happened to it?")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(jobLine), Needle.exact(batchLine), Needle.exact(stepLine)));
    }
}
