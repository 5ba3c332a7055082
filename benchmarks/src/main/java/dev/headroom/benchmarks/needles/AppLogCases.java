package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Generated application logs: logback with a Java stack trace, log4j (Kafka-style), Python logging. */
final class AppLogCases {

    private AppLogCases() {}

    /** Spring Boot logback output, 3,000 lines, one ERROR with a wrapped exception and its cause. */
    static NeedleCase logbackStackTrace() {
        Gen g = new Gen(4001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 10, 0, 0), 1_200);
        List<Needle> needles = new ArrayList<>();
        String[] loggers = {"c.e.shop.web.OrderController           ", "c.e.shop.cart.CartService               ",
            "o.s.web.servlet.DispatcherServlet        ", "com.zaxxer.hikari.pool.HikariPool       ", "c.e.shop.search.SearchClient            "};
        for (int i = 0; i < 3_000; i++) {
            String t = clock.next(Stamps.LOGBACK);
            String thread = fmt("[nio-8080-exec-%d]", g.between(1, 10));
            if (i == 2_102) {
                String error = fmt("%s ERROR 4711 --- [nio-8080-exec-7] c.e.shop.web.OrderController            : Order placement failed for cart 5f2c81d0", t);
                String ex = "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [orders_customer_fk]";
                String cause = "Caused by: org.postgresql.util.PSQLException: ERROR: insert or update on table \"orders\" violates foreign key constraint \"orders_customer_fk\"";
                String appFrame = "\tat com.example.shop.order.OrderService.place(OrderService.java:142)";
                for (String l : List.of(error, ex,
                        "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)",
                        "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:233)",
                        "\tat org.springframework.dao.support.PersistenceExceptionTranslationInterceptor.invoke(PersistenceExceptionTranslationInterceptor.java:137)",
                        "\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)",
                        appFrame,
                        "\tat com.example.shop.web.OrderController.create(OrderController.java:77)",
                        "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
                        "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
                        "\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)",
                        "\tat java.base/java.lang.Thread.run(Thread.java:840)",
                        cause,
                        "  Detail: Key (customer_id)=(88213) is not present in table \"customers\".",
                        "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
                        "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)",
                        "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
                        "\t... 87 common frames omitted")) {
                    g.add(l);
                }
                needles.add(Needle.exact(error));
                needles.add(Needle.exact(ex));
                needles.add(Needle.exact(cause));
                needles.add(Needle.exact(appFrame));
                continue;
            }
            int w = g.weighted(35, 25, 20, 5, 15);
            String line = switch (w) {
                case 0 -> fmt("%s  INFO 4711 --- %s %s: Order %d placed for customer %d (%d items, total %d.%02d EUR)", t, thread, loggers[0], g.between(100_000, 999_999), g.between(1, 99_999), g.between(1, 9), g.between(5, 900), g.nextInt(100));
                case 1 -> fmt("%s DEBUG 4711 --- %s %s: Cart %s updated: %d items", t, thread, loggers[1], g.hex(8), g.between(1, 12));
                case 2 -> fmt("%s  INFO 4711 --- %s %s: Completed initialization in %d ms", t, thread, loggers[2], g.between(0, 3));
                case 3 -> fmt("%s  WARN 4711 --- [l-1 housekeeper] %s: HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds%dms).", t, loggers[3], g.between(1, 59), g.nextInt(1000));
                default -> fmt("%s  INFO 4711 --- %s %s: search for '%s' returned %d hits in %d ms", t, thread, loggers[4], g.pick(WebLogCases.AGENTS).substring(0, 6), g.between(0, 400), g.between(2, 80));
            };
            g.add(line);
        }
        return NeedleCase.named("logback_stack_trace", "log", "logback")
                .shell("kubectl -n shop logs deploy/shop-api --tail=3000")
                .question("Why did some orders fail to save?")
                .build(g.text(), needles);
    }

    /** Kafka broker log (log4j): a KeeperException logged at INFO, a replica fetcher ERROR with its exception. */
    static NeedleCase log4jKafka() {
        Gen g = new Gen(4002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 11, 0, 0), 2_000);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 2_800; i++) {
            String t = "[" + clock.next(Stamps.PYTHON) + "]";
            if (i == 1_004) {
                String l = t + " INFO [ZooKeeperClient Kafka server] Got ZooKeeper exception org.apache.zookeeper.KeeperException$SessionExpiredException: KeeperErrorCode = Session expired for /controller (kafka.zookeeper.ZooKeeperClient)";
                needles.add(Needle.exact(l));
                g.add(l);
                continue;
            }
            if (i == 2_333) {
                String l = t + " ERROR [ReplicaFetcher replicaId=2, leaderId=1, fetcherId=0] Error for partition orders-7 at offset 1882211 (kafka.server.ReplicaFetcherThread)";
                String ex = "org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates that the broker is not the current leader.";
                g.add(l);
                g.add(ex);
                needles.add(Needle.exact(l));
                needles.add(Needle.exact(ex));
                continue;
            }
            int w = g.weighted(30, 25, 25, 20);
            String topic = g.pick("orders", "payments", "clicks", "inventory", "audit");
            int p = g.between(0, 11);
            String line = switch (w) {
                case 0 -> fmt("%s INFO [Log partition=%s-%d, dir=/var/lib/kafka/data] Rolled new log segment at offset %d in %d ms. (kafka.log.LocalLog)", t, topic, p, g.between(1_000_000, 9_000_000), g.between(0, 9));
                case 1 -> fmt("%s INFO [ProducerStateManager partition=%s-%d] Wrote producer snapshot at offset %d with 0 producer ids in %d ms. (kafka.log.ProducerStateManager)", t, topic, p, g.between(1_000_000, 9_000_000), g.between(0, 9));
                case 2 -> fmt("%s INFO [UnifiedLog partition=%s-%d, dir=/var/lib/kafka/data] Incremented log start offset to %d due to segment deletion (kafka.log.UnifiedLog)", t, topic, p, g.between(1_000_000, 9_000_000));
                default -> fmt("%s INFO [GroupCoordinator 2]: Stabilized group %s-consumers generation %d (__consumer_offsets-%d) with %d members (kafka.coordinator.group.GroupCoordinator)", t, topic, g.between(10, 900), g.between(0, 49), g.between(1, 12));
            };
            g.add(line);
        }
        return NeedleCase.named("log4j_kafka_keeper_exception", "log", "log4j")
                .shell("tail -n 2800 /opt/kafka/logs/server.log")
                .build(g.text(), needles);
    }

    /** A Python worker's log (logging module) with one traceback among job chatter. */
    static NeedleCase pythonTraceback() {
        Gen g = new Gen(4003);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 10, 0, 0), 2_500);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            String t = clock.next(Stamps.PYTHON);
            if (i == 777) {
                String error = t + " ERROR [worker.tasks] job 48213 failed (invoice render)";
                String last = "KeyError: 'amount'";
                String frame = "  File \"/app/worker/handlers/invoice.py\", line 41, in <genexpr>";
                for (String l : List.of(error, "Traceback (most recent call last):",
                        "  File \"/app/worker/tasks.py\", line 88, in run_job",
                        "    result = handler(payload)",
                        "             ^^^^^^^^^^^^^^^^",
                        "  File \"/app/worker/handlers/invoice.py\", line 41, in render",
                        "    total = sum(line[\"amount\"] for line in payload[\"lines\"])",
                        frame,
                        "    total = sum(line[\"amount\"] for line in payload[\"lines\"])",
                        "                ~~~~^^^^^^^^^^",
                        last)) {
                    g.add(l);
                }
                needles.add(Needle.exact(error));
                needles.add(Needle.exact("Traceback (most recent call last):"));
                needles.add(Needle.exact(frame));
                needles.add(Needle.exact(last));
                continue;
            }
            int w = g.weighted(40, 30, 20, 10);
            String line = switch (w) {
                case 0 -> fmt("%s INFO [worker.tasks] job %d done in %.2fs (%s)", t, g.between(40_000, 60_000), g.nextDouble() * 3, g.pick("invoice render", "email", "thumbnail", "sync"));
                case 1 -> fmt("%s DEBUG [worker.queue] polled %d messages from queue jobs-%s", t, g.between(0, 10), g.pick("high", "default", "low"));
                case 2 -> fmt("%s INFO [worker.tasks] job %d picked up by worker-%d", t, g.between(40_000, 60_000), g.between(1, 8));
                default -> fmt("%s DEBUG [urllib3.connectionpool] https://api.example.com:443 \"POST /v2/render HTTP/1.1\" 200 %d", t, g.between(200, 90_000));
            };
            g.add(line);
        }
        return NeedleCase.named("python_worker_traceback", "log", "python-log")
                .shell("docker logs --tail 2600 worker-1")
                .build(g.text(), needles);
    }

    /** gunicorn: access lines, a worker timeout at CRITICAL, an ERROR with a traceback ending in a DB error. */
    static NeedleCase gunicornTimeout() {
        Gen g = new Gen(4004);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 14, 0, 0), 1_500);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            clock.next();
            String t = "[" + Stamps.format(clock.now(), Stamps.LOGBACK).substring(0, 19) + " +0000]";
            if (i == 1_222) {
                String crit = t + " [17] [CRITICAL] WORKER TIMEOUT (pid:243)";
                String err = t + " [243] [ERROR] Error handling request /api/reports/export?year=2026";
                String last = "psycopg2.errors.QueryCanceled: canceling statement due to statement timeout";
                for (String l : List.of(crit, err, "Traceback (most recent call last):",
                        "  File \"/usr/local/lib/python3.12/site-packages/gunicorn/workers/sync.py\", line 134, in handle",
                        "    self.handle_request(listener, req, client, addr)",
                        "  File \"/srv/reports/views.py\", line 212, in export",
                        "    rows = cursor.fetchall()",
                        last,
                        t + " [243] [INFO] Worker exiting (pid: 243)",
                        t + " [17] [ERROR] Worker (pid:243) was sent SIGKILL! Perhaps out of memory?",
                        t + " [311] [INFO] Booting worker with pid: 311")) {
                    g.add(l);
                }
                needles.add(Needle.exact(crit));
                needles.add(Needle.exact(err));
                needles.add(Needle.exact("Traceback (most recent call last):"));
                needles.add(Needle.exact(last));
                needles.add(Needle.exact(t + " [17] [ERROR] Worker (pid:243) was sent SIGKILL! Perhaps out of memory?"));
                continue;
            }
            String path = g.pick("/api/reports", "/api/reports/" + g.between(1, 900), "/api/users/me", "/static/app.js", "/healthz");
            g.add(fmt("%s - - [%s] \"GET %s HTTP/1.1\" 200 %d \"-\" \"%s\"", g.privateIp(), clock.now(Stamps.NGINX), path, g.between(100, 60_000), g.pick(WebLogCases.AGENTS)));
        }
        return NeedleCase.named("gunicorn_worker_timeout", "log", "python-log")
                .shell("docker logs --tail 2000 reports-web")
                .question("The yearly export keeps timing out, see anything?")
                .heldAside()
                .build(g.text(), needles);
    }
}
