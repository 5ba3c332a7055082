package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Inputs.pad;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;
import static dev.headroom.benchmarks.needles.Inputs.requireLines;
import static dev.headroom.benchmarks.needles.Inputs.requireSize;
import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.JsonTree.arr;
import static dev.headroom.benchmarks.needles.JsonTree.obj;
import static dev.headroom.benchmarks.needles.JsonTree.sorted;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The twenty-second held-aside batch ({@code fresh21_*}), written on 2026-12-08 (session 12), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. Tool outputs none of the other cases has, all from Java, database and cloud tooling: a
 * WildFly {@code server.log} with a failed redeploy, an Oracle {@code listener.log}, {@code aws s3api list-objects-v2}
 * over a backup prefix, {@code gcloud sql operations list --format=json}, a Quarkus service's JSON log lines, a {@code
 * jstat -gcutil -t} series, SQLcl's {@code set sqlformat csv} query output, {@code gsutil ls -l -r} of an export bucket,
 * {@code cdk diff} over an app's stacks, {@code gcloud asset search-all-resources}, an Ant build with Ivy and JUnit and
 * MySQL's {@code SHOW ENGINE INNODB STATUS\G}. Never tuned on: reported as their own set {@code fresh-21}, refused by
 * {@code --case}. Written at the same time as {@code FreshCases22} by another author, from other tool families.
 */
final class FreshCases21 {

    private FreshCases21() {}

    static List<NeedleCase> all() {
        return List.of(wildflyServerLog(), oracleListenerLog(), s3apiListObjects(), gcloudSqlOperations(), quarkusJsonLog(), jstatGcutil(),
                sqlclCsv(), gsutilLs(), cdkDiff(), gcloudAssetSearch(), antBuild(), innodbStatus());
    }

    private static <T> void shuffle(Gen g, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = g.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** Every whole line of {@code text} containing {@code part}, in order, without repeats; fails when none does. */
    private static List<String> linesWith(String text, String part) {
        Set<String> found = new LinkedHashSet<>();
        for (String line : text.split("\n", -1)) {
            if (line.contains(part)) {
                found.add(line);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no line contains " + part);
        }
        return List.copyOf(found);
    }

    // ---------------------------------------------------------------- WildFly server.log

    private static String wf(LocalDateTime t, String level, String category, String thread, String msg) {
        return Stamps.PYTHON.format(t) + " " + pad(level, 5) + " [" + category + "] (" + thread + ") " + msg;
    }

    /**
     * standalone/log/server.log of a WildFly 31 server running four wars, from this morning's boot to now: the boot
     * sequence, then hours of application lines (orders, billing, catalog price sync timers, admin), a few transaction
     * reaper and connection-reset warnings. At 10:41 the deployment scanner picks up a new billing.war; its redeploy fails
     * in POST_MODULE because org.apache.commons.lang3.StringUtils cannot be loaded (the new billing-core.jar points its
     * Class-Path at lib/commons-lang3.jar, which is not in the war), and the full-replace-deployment is rolled back. The
     * question asks why billing did not come back: the ClassNotFoundException cause, the WFLYCTL0013 failure of the
     * operation and the WFLYSRV0059 warning about the Class-Path entry.
     */
    static NeedleCase wildflyServerLog() {
        Gen g = new Gen(240_001);
        Stamps t = new Stamps(g, LocalDateTime.of(2026, 12, 8, 6, 2, 11, 204_000_000), 180);
        g.add(wf(t.now(), "INFO", "org.jboss.modules", "main", "JBoss Modules version 2.1.2.Final"));
        g.add(wf(t.next(), "INFO", "org.jboss.msc", "main", "JBoss MSC version 1.5.2.Final"));
        g.add(wf(t.next(), "INFO", "org.jboss.threads", "main", "JBoss Threads version 2.4.0.Final"));
        g.add(wf(t.next(), "INFO", "org.jboss.as", "MSC service thread 1-2", "WFLYSRV0049: WildFly Full 31.0.1.Final (WildFly Core 23.0.3.Final) starting"));
        g.add(wf(t.next(), "INFO", "org.wildfly.security", "ServerService Thread Pool -- 27", "ELY00001: WildFly Elytron version 2.2.3.Final"));
        g.add(wf(t.next(), "INFO", "org.jboss.as.server", "Controller Boot Thread",
                "WFLYSRV0039: Creating http management service using socket-binding (management-http)"));
        g.add(wf(t.next(), "INFO", "org.xnio", "MSC service thread 1-2", "XNIO version 3.8.12.Final"));
        g.add(wf(t.next(), "INFO", "org.xnio.nio", "MSC service thread 1-2", "XNIO NIO Implementation Version 3.8.12.Final"));
        String[] subsystems = {"WFLYCLINF0001: Activating Infinispan subsystem.", "WFLYNAM0001: Activating Naming Subsystem",
            "WFLYIO001: Worker 'default' has auto-configured to 16 IO threads with 128 max task threads based on your 8 available processors",
            "WFLYTX0013: The node-identifier attribute on the /subsystem=transactions is set to the default value.",
            "WFLYWS0002: Activating WebServices Extension", "WFLYJSF0007: Activated the following Jakarta Server Faces Implementations: [main]",
            "WFLYUT0003: Undertow 2.3.10.Final starting", "WFLYRS0016: RESTEasy version 6.2.7.Final",
            "WFLYMAIL0001: Bound mail session [java:jboss/mail/Default]", "WFLYEJB0481: Strict pool slsb-strict-max-pool is using a max instance size of 128"
                    + " (per class), which is derived from thread worker pool sizing.",
            "WFLYMSGAMQ0075: AIO wasn't located on this platform, it will fall back to using pure Java NIO."};
        for (String s : subsystems) {
            g.add(wf(t.next(), "INFO", g.pick("org.jboss.as.naming", "org.wildfly.extension.undertow", "org.jboss.as.ejb3", "org.jboss.as.clustering.infinispan",
                    "org.wildfly.extension.io", "org.jboss.as.txn", "org.jboss.as.webservices", "org.jboss.as.jaxrs", "org.jboss.as.mail.extension"),
                    "ServerService Thread Pool -- " + g.between(30, 80), s));
        }
        g.add(wf(t.next(), "INFO", "org.jboss.as.connector.subsystems.datasources", "ServerService Thread Pool -- 44",
                "WFLYJCA0004: Deploying JDBC-compliant driver class org.postgresql.Driver (version 42.7)"));
        g.add(wf(t.next(), "INFO", "org.wildfly.extension.undertow", "MSC service thread 1-4",
                "WFLYUT0006: Undertow HTTPS listener https listening on 0.0.0.0:8443"));
        g.add(wf(t.next(), "INFO", "org.wildfly.extension.undertow", "MSC service thread 1-1",
                "WFLYUT0006: Undertow HTTP listener default listening on 0.0.0.0:8080"));
        for (String ds : new String[] {"OrdersDS", "BillingDS", "CatalogDS", "ExampleDS"}) {
            g.add(wf(t.next(), "INFO", "org.jboss.as.connector.subsystems.datasources", "MSC service thread 1-" + g.between(1, 8),
                    "WFLYJCA0001: Bound data source [java:jboss/datasources/" + ds + "]"));
        }
        g.add(wf(t.next(), "INFO", "org.jboss.as.server.deployment.scanner", "MSC service thread 1-1",
                "WFLYDS0013: Started FileSystemDeploymentService for directory /opt/wildfly/standalone/deployments"));
        String[][] wars = {{"orders-api.war", "/orders"}, {"billing.war", "/billing"}, {"catalog.war", "/catalog"}, {"admin-ui.war", "/admin"}};
        for (String[] w : wars) {
            g.add(wf(t.next(), "INFO", "org.jboss.as.server.deployment", "MSC service thread 1-" + g.between(1, 8),
                    "WFLYSRV0027: Starting deployment of \"" + w[0] + "\" (runtime-name: \"" + w[0] + "\")"));
        }
        for (String[] w : wars) {
            g.add(wf(t.next(), "INFO", "org.jboss.weld.deployer", "MSC service thread 1-" + g.between(1, 8),
                    "WFLYWELD0003: Processing weld deployment " + w[0]));
            g.add(wf(t.next(), "INFO", "org.hibernate.validator.internal.util.Version", "MSC service thread 1-" + g.between(1, 8),
                    "HV000001: Hibernate Validator 8.0.1.Final"));
        }
        for (String[] w : wars) {
            g.add(wf(t.next(), "INFO", "org.wildfly.extension.undertow", "ServerService Thread Pool -- " + g.between(30, 90),
                    "WFLYUT0021: Registered web context: '" + w[1] + "' for server 'default-server'"));
        }
        for (String[] w : wars) {
            g.add(wf(t.next(), "INFO", "org.jboss.as.server", "ServerService Thread Pool -- 45",
                    "WFLYSRV0010: Deployed \"" + w[0] + "\" (runtime-name : \"" + w[0] + "\")"));
        }
        g.add(wf(t.next(), "INFO", "org.jboss.as.server", "Controller Boot Thread", "WFLYSRV0212: Resuming server"));
        g.add(wf(t.next(), "INFO", "org.jboss.as", "Controller Boot Thread", "WFLYSRV0025: WildFly Full 31.0.1.Final (WildFly Core 23.0.3.Final)"
                + " started in 14211ms - Started 812 of 1040 services (431 services are lazy, passive or on-demand) - Server configuration file in use:"
                + " standalone-full.xml"));
        Stamps a = new Stamps(g, t.now(), 19_000);
        LocalDateTime redeploy = LocalDateTime.of(2026, 12, 8, 10, 41, 12, 377_000_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 10, 53, 0);
        String cnfe = null;
        String ctl = null;
        String cp = null;
        boolean billingUp = true;
        int order = 771_000;
        int invoice = 40_100;
        while (true) {
            LocalDateTime now = a.next();
            if (now.isAfter(end)) {
                break;
            }
            if (billingUp && now.isAfter(redeploy)) {
                billingUp = false;
                LocalDateTime r = redeploy;
                g.add(wf(r, "INFO", "org.jboss.as.server.deployment", "MSC service thread 1-6",
                        "WFLYSRV0028: Stopped deployment billing.war (runtime-name: billing.war) in 212ms"));
                g.add(wf(r, "INFO", "org.wildfly.extension.undertow", "ServerService Thread Pool -- 91",
                        "WFLYUT0022: Unregistered web context: '/billing' from server 'default-server'"));
                r = r.plusNanos(38_000_000);
                g.add(wf(r, "INFO", "org.jboss.as.server.deployment", "MSC service thread 1-3",
                        "WFLYSRV0027: Starting deployment of \"billing.war\" (runtime-name: \"billing.war\")"));
                r = r.plusNanos(611_000_000);
                cp = wf(r, "WARN", "org.jboss.as.server.deployment", "MSC service thread 1-2", "WFLYSRV0059: Class Path entry lib/commons-lang3.jar"
                        + " in /content/billing.war/WEB-INF/lib/billing-core-4.3.0.jar  does not point to a valid jar for a Class-Path reference.");
                g.add(cp);
                r = r.plusNanos(94_000_000);
                g.add(wf(r, "INFO", "org.jboss.weld.deployer", "MSC service thread 1-2", "WFLYWELD0003: Processing weld deployment billing.war"));
                r = r.plusNanos(402_000_000);
                String unit = "jboss.deployment.unit.\"billing.war\".POST_MODULE";
                g.add(wf(r, "ERROR", "org.jboss.msc.service.fail", "MSC service thread 1-2", "MSC000001: Failed to start service " + unit
                        + ": org.jboss.msc.service.StartException in service " + unit + ": WFLYSRV0153: Failed to process phase POST_MODULE of"
                        + " deployment \"billing.war\""));
                g.add("\tat org.jboss.as.server@23.0.3.Final//org.jboss.as.server.deployment.DeploymentUnitPhaseService.start(DeploymentUnitPhaseService.java:191)");
                g.add("\tat org.jboss.msc@1.5.2.Final//org.jboss.msc.service.ServiceControllerImpl$StartTask.startService(ServiceControllerImpl.java:1617)");
                g.add("\tat org.jboss.msc@1.5.2.Final//org.jboss.msc.service.ServiceControllerImpl$StartTask.execute(ServiceControllerImpl.java:1580)");
                g.add("\tat org.jboss.msc@1.5.2.Final//org.jboss.msc.service.ServiceControllerImpl$ControllerTask.run(ServiceControllerImpl.java:1438)");
                g.add("\tat org.jboss.threads@2.4.0.Final//org.jboss.threads.ContextClassLoaderSavingRunnable.run(ContextClassLoaderSavingRunnable.java:35)");
                g.add("\tat org.jboss.threads@2.4.0.Final//org.jboss.threads.EnhancedQueueExecutor.safeRun(EnhancedQueueExecutor.java:1990)");
                g.add("\tat org.jboss.threads@2.4.0.Final//org.jboss.threads.EnhancedQueueExecutor$ThreadBody.doRunTask(EnhancedQueueExecutor.java:1486)");
                g.add("\tat org.jboss.threads@2.4.0.Final//org.jboss.threads.EnhancedQueueExecutor$ThreadBody.run(EnhancedQueueExecutor.java:1377)");
                g.add("\tat java.base/java.lang.Thread.run(Thread.java:840)");
                String reflect = "java.lang.RuntimeException: WFLYSRV0177: Error getting reflective information for class"
                        + " com.acme.billing.export.InvoiceCsvWriter with ClassLoader ModuleClassLoader for Module \"deployment.billing.war\" from Service Module Loader";
                g.add("Caused by: " + reflect);
                g.add("\tat org.jboss.as.server@23.0.3.Final//org.jboss.as.server.deployment.reflect.DeploymentReflectionIndex.getClassIndex(DeploymentReflectionIndex.java:78)");
                g.add("\tat org.jboss.as.ee@31.0.1.Final//org.jboss.as.ee.metadata.MethodAnnotationAggregator.runtimeAnnotationInformation(MethodAnnotationAggregator.java:57)");
                g.add("\tat org.jboss.as.ee@31.0.1.Final//org.jboss.as.ee.component.deployers.InterceptorAnnotationProcessor.handleAnnotations(InterceptorAnnotationProcessor.java:90)");
                g.add("\tat org.jboss.as.ee@31.0.1.Final//org.jboss.as.ee.component.deployers.InterceptorAnnotationProcessor.processComponentConfig(InterceptorAnnotationProcessor.java:75)");
                g.add("\tat org.jboss.as.ee@31.0.1.Final//org.jboss.as.ee.component.deployers.InterceptorAnnotationProcessor.deploy(InterceptorAnnotationProcessor.java:56)");
                g.add("\tat org.jboss.as.server@23.0.3.Final//org.jboss.as.server.deployment.DeploymentUnitPhaseService.start(DeploymentUnitPhaseService.java:184)");
                g.add("\t... 8 more");
                g.add("Caused by: java.lang.NoClassDefFoundError: org/apache/commons/lang3/StringUtils");
                g.add("\tat java.base/java.lang.Class.getDeclaredFields0(Native Method)");
                g.add("\tat java.base/java.lang.Class.privateGetDeclaredFields(Class.java:3297)");
                g.add("\tat java.base/java.lang.Class.getDeclaredFields(Class.java:2371)");
                g.add("\tat org.jboss.as.server@23.0.3.Final//org.jboss.as.server.deployment.reflect.ClassReflectionIndex.<init>(ClassReflectionIndex.java:57)");
                g.add("\tat org.jboss.as.server@23.0.3.Final//org.jboss.as.server.deployment.reflect.DeploymentReflectionIndex.getClassIndex(DeploymentReflectionIndex.java:70)");
                g.add("\t... 14 more");
                cnfe = "Caused by: java.lang.ClassNotFoundException: org.apache.commons.lang3.StringUtils from [Module \"deployment.billing.war\" from Service Module Loader]";
                g.add(cnfe);
                g.add("\tat org.jboss.modules@2.1.2.Final//org.jboss.modules.ModuleClassLoader.findClass(ModuleClassLoader.java:200)");
                g.add("\tat org.jboss.modules@2.1.2.Final//org.jboss.modules.ConcurrentClassLoader.performLoadClassUnchecked(ConcurrentClassLoader.java:410)");
                g.add("\tat org.jboss.modules@2.1.2.Final//org.jboss.modules.ConcurrentClassLoader.performLoadClass(ConcurrentClassLoader.java:398)");
                g.add("\tat org.jboss.modules@2.1.2.Final//org.jboss.modules.ConcurrentClassLoader.loadClass(ConcurrentClassLoader.java:116)");
                g.add("\t... 19 more");
                g.add("");
                r = r.plusNanos(9_000_000);
                String desc = "{\"WFLYCTL0080: Failed services\" => {\"jboss.deployment.unit.\\\"billing.war\\\".POST_MODULE\" => \"WFLYSRV0153: Failed to"
                        + " process phase POST_MODULE of deployment \\\"billing.war\\\"";
                ctl = wf(r, "ERROR", "org.jboss.as.controller.management-operation", "DeploymentScanner-threads - 2",
                        "WFLYCTL0013: Operation (\"full-replace-deployment\") failed - address: ([]) - failure description: " + desc);
                g.add(ctl);
                g.add("    Caused by: " + reflect.replace("\"", "\\\""));
                g.add("    Caused by: java.lang.NoClassDefFoundError: org/apache/commons/lang3/StringUtils");
                g.add("    Caused by: java.lang.ClassNotFoundException: org.apache.commons.lang3.StringUtils from [Module \\\"deployment.billing.war\\\" from"
                        + " Service Module Loader]\"}}");
                r = r.plusNanos(14_000_000);
                g.add(wf(r, "ERROR", "org.jboss.as.server", "DeploymentScanner-threads - 2", "WFLYSRV0021: Deploy of deployment \"billing.war\" was rolled"
                        + " back with the following failure message: "));
                g.add(desc + "\"}}");
                r = r.plusNanos(41_000_000);
                g.add(wf(r, "INFO", "org.jboss.as.server.deployment", "MSC service thread 1-5",
                        "WFLYSRV0028: Stopped deployment billing.war (runtime-name: billing.war) in 31ms"));
                g.add(wf(r.plusNanos(12_000_000), "INFO", "org.jboss.as.controller", "DeploymentScanner-threads - 2",
                        "WFLYCTL0183: Service status report"));
                g.add("WFLYCTL0186:   Services which failed to start:      service jboss.deployment.unit.\"billing.war\".POST_MODULE: WFLYSRV0153: Failed to"
                        + " process phase POST_MODULE of deployment \"billing.war\"");
                g.add("WFLYCTL0448: 2 additional services are down due to their dependencies being missing or failed");
                continue;
            }
            String task = "default task-" + g.between(1, 64);
            int k = g.weighted(30, billingUp ? 14 : 0, 10, 6, 4, 2, 1, 1, 2);
            switch (k) {
                case 0 -> {
                    order += g.between(1, 7);
                    g.add(wf(now, "INFO", "com.acme.orders.service.OrderService", task, fmt("Order %d created for customer %d (%d items, total %d.%02d EUR)",
                            order, g.between(1_000, 99_999), g.between(1, 9), g.between(9, 900), g.nextInt(100))));
                }
                case 1 -> {
                    invoice += g.between(1, 4);
                    g.add(wf(now, "INFO", "com.acme.billing.service.InvoiceService", task, fmt("Invoice INV-2026-%06d issued for order %d (net %d.%02d, vat %s)",
                            invoice, order - g.nextInt(40), g.between(9, 900), g.nextInt(100), g.pick("19%", "7%", "0% reverse-charge"))));
                }
                case 2 -> g.add(wf(now, "INFO", "com.acme.orders.web.OrderResource", task, fmt("GET /orders/api/orders/%d -> 200 in %d ms",
                        order - g.nextInt(3_000), g.between(3, 240))));
                case 3 -> g.add(wf(now, "INFO", "com.acme.catalog.sync.PriceSyncTimer", "EJB default - " + g.between(1, 8),
                        fmt("price sync: %d prices updated, %d unchanged in %d ms", g.between(0, 400), g.between(18_000, 19_000), g.between(800, 4_200))));
                case 4 -> g.add(wf(now, "INFO", "com.acme.admin.audit.AuditLogger", task, fmt("user %s %s", g.pick("m.keller", "s.ozturk", "j.brandt",
                        "a.nowak"), g.pick("viewed order " + (order - g.nextInt(900)), "exported sales report", "updated shipping rule #" + g.between(1, 40)))));
                case 5 -> g.add(wf(now, "WARN", "com.arjuna.ats.arjuna", "Transaction Reaper", fmt("ARJUNA012117: TransactionReaper::check timeout for TX"
                        + " 0:ffff0a14031f:%s:%s:%x in state  RUN", g.hex(7), g.hex(8), g.between(100, 4000))));
                case 6 -> g.add(wf(now, "WARN", "io.undertow.request.io", "default I/O-" + g.between(1, 16),
                        "UT005013: An IOException occurred: java.io.IOException: Connection reset by peer"));
                case 7 -> g.add(wf(now, "ERROR", "com.acme.orders.web.ErrorMapper", task, fmt("order %d not found (customer %d)",
                        order + g.between(100, 9_000), g.between(1_000, 99_999))));
                default -> g.add(wf(now, "INFO", "com.acme.orders.messaging.ShipmentListener", "Thread-" + g.between(80, 140)
                        + " (ActiveMQ-client-global-threads)", fmt("shipment event for order %d: %s", order - g.nextInt(5_000),
                        g.pick("PICKED", "PACKED", "HANDED_OVER", "DELIVERED"))));
            }
        }
        String text = g.text();
        requireLines(g, 1300, 2600);
        requireSize(text, 150, 320);
        requireCount(text, "WFLYCTL0013", 1);
        requireCount(text, "WFLYSRV0059", 1);
        return NeedleCase.named("fresh21_wildfly_server_log", "log", "wildfly-server-log")
                .shell("tail -n 3000 /opt/wildfly/standalone/log/server.log")
                .question("I dropped a new billing.war into the deployments folder around 10:40 and /billing now returns 404. Why didn't it come back"
                        + " up?")
                .heldAside()
                .build(text, List.of(Needle.exact(cnfe), Needle.contains("WFLYCTL0013: Operation (\"full-replace-deployment\") failed"),
                        Needle.exact(cp)));
    }

    // ---------------------------------------------------------------- Oracle listener.log

    private static final DateTimeFormatter TNS_TIME = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ROOT);

    private static String tns(LocalDateTime t) {
        return TNS_TIME.format(t).toUpperCase(Locale.ROOT);
    }

    /**
     * The text listener.log of dbhost01 (tail of the last hour and three quarters): JDBC connections of the orders, billing
     * and reporting apps establishing to the ORDERS_RW, ORDERS_RO, REPORTING and ORDERSPDB services, the LREG service
     * updates, monitoring pings and status commands, ADR timestamps, one scan that sent no CONNECT_DATA and an old tool
     * connecting by SID (12505). At 10:41 the ORDERSPDB pluggable database is restarted; its services register again,
     * except ORDERS_RW, so from then on every billing connection to ORDERS_RW is refused with 12514. The question asks why
     * billing cannot connect since about 10:40: one of the refused ORDERS_RW establish lines and the TNS-12514 message.
     */
    static NeedleCase oracleListenerLog() {
        Gen g = new Gen(240_002);
        Stamps t = new Stamps(g, LocalDateTime.of(2026, 12, 8, 9, 0, 1), 9_000);
        LocalDateTime restart = LocalDateTime.of(2026, 12, 8, 10, 41, 27);
        LocalDateTime back = LocalDateTime.of(2026, 12, 8, 10, 41, 49);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 10, 47, 30);
        String tns12514 = "TNS-12514: TNS:listener does not currently know of service requested in connect descriptor";
        List<String> refused = new ArrayList<>();
        String[][] apps = {{"ORDERS_RW", "orders", "10.20.4.%d"}, {"ORDERS_RW", "billing", "10.20.5.%d"}, {"ORDERS_RO", "orders", "10.20.4.%d"},
            {"REPORTING", "metabase", "10.20.7.%d"}, {"ORDERS_RO", "billing", "10.20.5.%d"}};
        long lastUpdate = 0;
        int ticks = 0;
        boolean scanned = false;
        boolean sid = false;
        boolean restarted = false;
        while (true) {
            LocalDateTime now = t.next();
            if (now.isAfter(end)) {
                break;
            }
            if (ticks++ % 40 == 0) {
                g.add(fmt("2026-12-08T%02d:%02d:%02d.%06d+00:00", now.getHour(), now.getMinute(), now.getSecond(), now.getNano() / 1000));
            }
            long sec = now.toLocalTime().toSecondOfDay();
            if (sec - lastUpdate > 55) {
                lastUpdate = sec;
                g.add(tns(now) + " * service_update * ORCLCDB * 0");
            }
            if (!scanned && now.getHour() == 9 && now.getMinute() >= 37) {
                scanned = true;
                for (int i = 0; i < 3; i++) {
                    g.add(tns(now) + " * <unknown connect data> * (ADDRESS=(PROTOCOL=tcp)(HOST=10.20.9.14)(PORT=" + g.between(40_000, 60_000)
                            + ")) * establish * <unknown sid> * 12502");
                    g.add("TNS-12502: TNS:listener received no CONNECT_DATA from client");
                }
            }
            if (!sid && now.getHour() == 10 && now.getMinute() >= 5) {
                sid = true;
                for (int i = 0; i < 2; i++) {
                    g.add(tns(now) + " * (CONNECT_DATA=(SID=ORCL)(CID=(PROGRAM=C:\\Tools\\sqldeveloper\\jdk\\bin\\javaw.exe)(HOST=LT-0412)(USER=hfischer)))"
                            + " * (ADDRESS=(PROTOCOL=tcp)(HOST=10.30.1.88)(PORT=" + g.between(50_000, 60_000) + ")) * establish * ORCL * 12505");
                    g.add("TNS-12505: TNS:listener does not currently know of SID given in connect descriptor");
                }
            }
            if (!restarted && !now.isBefore(restart)) {
                LocalDateTime r = restart;
                g.add(tns(r) + " * service_update * ORCLCDB * 0");
                r = r.plusSeconds(19);
                g.add(tns(r) + " * service_update * ORCLCDB * 0");
                g.add(tns(r.plusSeconds(1)) + " * service_update * ORCLCDB * 0");
                restarted = true;
                continue;
            }
            if (restarted && now.isBefore(back)) {
                continue;
            }
            int k = g.weighted(70, 5, 4);
            if (k == 1) {
                g.add(tns(now) + " * ping * 0");
                continue;
            }
            if (k == 2) {
                g.add(tns(now) + " * (CONNECT_DATA=(CID=(PROGRAM=)(HOST=dbhost01)(USER=oracle))(COMMAND=status)(ARGUMENTS=64)(SERVICE=LISTENER)"
                        + "(VERSION=318767104)) * status * 0");
                continue;
            }
            String[] app = apps[g.weighted(30, 24, 20, 8, 6)];
            String line = tns(now) + " * (CONNECT_DATA=(SERVICE_NAME=" + app[0] + ")(CID=(PROGRAM=JDBC Thin Client)(HOST=__jdbc__)(USER=" + app[1]
                    + "))) * (ADDRESS=(PROTOCOL=tcp)(HOST=" + fmt(app[2], g.between(11, 14)) + ")(PORT=" + g.between(32_768, 60_999) + ")) * establish * "
                    + app[0] + " * ";
            if (restarted && app[0].equals("ORDERS_RW")) {
                line += "12514";
                refused.add(line);
                g.add(line);
                g.add(tns12514);
            } else {
                g.add(line + "0");
            }
        }
        String text = g.text();
        requireLines(g, 900, 1800);
        requireSize(text, 120, 320);
        if (refused.size() < 10) {
            throw new IllegalStateException("too few refusals " + refused.size());
        }
        requireCount(text, tns12514, refused.size());
        return NeedleCase.named("fresh21_oracle_listener_log", "log", "oracle-listener-log")
                .shell("ssh oracle@dbhost01 'tail -n 1500 $ORACLE_BASE/diag/tnslsnr/dbhost01/listener/trace/listener.log'")
                .question("Since about 10:40 the billing and orders services can't open new connections to Oracle on dbhost01 (the pools just time"
                        + " out). What does the listener log say?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(refused), Needle.exact(tns12514)));
    }

    // ---------------------------------------------------------------- aws s3api list-objects-v2

    /**
     * aws s3api list-objects-v2 --bucket acme-db-backups --prefix pg/orders/ as the AWS CLI v2 prints it (4-space JSON, all
     * pages merged): a month of nightly base backups (base.tar.gz as multipart uploads, pg_wal.tar.gz, backup_manifest; the
     * older ones already moved to STANDARD_IA) and three days of archived WAL segments. The base.tar.gz of 2026-12-06 is a
     * 0-byte object. The question asks whether each of the last nights has a good base backup, including last night's: the
     * 2026-12-06 base.tar.gz key, its "Size": 0 line and last night's (2026-12-07) base.tar.gz key.
     */
    static NeedleCase s3apiListObjects() {
        Gen g = new Gen(240_003);
        List<Object> contents = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 11, 8);
        long base = 41_200_000_000L;
        for (int d = 0; d < 30; d++) {
            LocalDate day = first.plusDays(d);
            String dir = "pg/orders/base/" + day + "/";
            base += g.between(20_000_000, 90_000_000);
            String sc = day.isBefore(LocalDate.of(2026, 11, 23)) ? "STANDARD_IA" : "STANDARD";
            LocalDateTime done = day.atTime(2, 0).plusSeconds(g.between(2_400, 3_300));
            boolean empty = day.equals(LocalDate.of(2026, 12, 6));
            long size = empty ? 0 : base;
            contents.add(obj("Key", dir + "backup_manifest", "LastModified", Stamps.format(done.plusSeconds(g.between(20, 90)), Stamps.ISO_SECONDS)
                    .replace("+0000", "+00:00"), "ETag", "\"" + g.hex(32) + "\"", "Size", g.between(180_000, 260_000), "StorageClass", sc));
            contents.add(obj("Key", dir + "base.tar.gz", "LastModified", Stamps.format(empty ? day.atTime(2, 0, 41) : done, Stamps.ISO_SECONDS)
                    .replace("+0000", "+00:00"), "ETag", "\"" + (empty ? "d41d8cd98f00b204e9800998ecf8427e" : g.hex(32) + "-" + (size / 104_857_600 + 1)) + "\"",
                    "Size", size, "StorageClass", sc));
            contents.add(obj("Key", dir + "pg_wal.tar.gz", "LastModified", Stamps.format(done.plusSeconds(g.between(5, 15)), Stamps.ISO_SECONDS)
                    .replace("+0000", "+00:00"), "ETag", "\"" + g.hex(32) + "\"", "Size", g.between(16_000_000, 180_000_000), "StorageClass", sc));
        }
        LocalDateTime w = LocalDateTime.of(2026, 12, 5, 0, 0, 12);
        long seg = 0xA2B00L + 0x17;
        for (int i = 0; i < 430; i++) {
            w = w.plusSeconds(g.between(200, 900));
            seg++;
            String name = fmt("%08X%08X%08X", 1, seg >> 8, seg & 0xFF);
            contents.add(obj("Key", "pg/orders/wal/" + name + ".gz", "LastModified", Stamps.format(w, Stamps.ISO_SECONDS).replace("+0000", "+00:00"),
                    "ETag", "\"" + g.hex(32) + "\"", "Size", g.between(2_100_000, 7_900_000), "StorageClass", "STANDARD"));
        }
        Map<String, Object> doc = obj("Contents", contents, "RequestCharged", null, "Prefix", "pg/orders/");
        String text = JsonTree.pretty(doc, 4) + "\n";
        String zero = only(text, "\"Size\": 0,");
        requireSize(text, 60, 300);
        requireCount(text, "pg/orders/base/2026-12-06/base.tar.gz", 1);
        requireCount(text, "pg/orders/base/2026-12-07/base.tar.gz", 1);
        return NeedleCase.named("fresh21_s3api_list_objects", "json", "aws-s3api-list-objects-v2-json")
                .shell("aws s3api list-objects-v2 --bucket acme-db-backups --prefix pg/orders/")
                .question("Check the orders Postgres backups in S3: does every night of the last week have a good base backup, including last night?")
                .heldAside()
                .build(text, List.of(Needle.contains("pg/orders/base/2026-12-06/base.tar.gz"), Needle.exact(zero),
                        Needle.contains("pg/orders/base/2026-12-07/base.tar.gz")));
    }

    // ---------------------------------------------------------------- gcloud sql operations list --format=json

    private static String sqlOpTime(LocalDateTime t) {
        return Stamps.JSON.format(t);
    }

    /**
     * gcloud sql operations list --instance=orders-pg-prod --limit=100 --format=json (2-space JSON, keys in order, newest
     * first): 40 days of automated BACKUP_VOLUME operations and the nightly scheduled EXPORT of the orders database to
     * gs://acme-sql-exports, a few flag UPDATEs, one MAINTENANCE and one RESTART; an export on 2026-11-22 failed with an
     * internal error and was fine the next night. Last night's export (orders-2026-12-07.sql.gz) failed: pg_dump got
     * "permission denied for table audit_events". The question asks whether last night's export worked and why not: the
     * error message and the failed operation's destination uri.
     */
    static NeedleCase gcloudSqlOperations() {
        Gen g = new Gen(240_004);
        String project = "acme-prod";
        String inst = "orders-pg-prod";
        String link = "https://sqladmin.googleapis.com/sql/v1beta4/projects/" + project;
        List<Object> ops = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 12, 8);
        for (int d = 0; d < 40; d++) {
            LocalDate day = today.minusDays(d);
            List<Map<String, Object>> dayOps = new ArrayList<>();
            if (d > 0 && g.chance(0.12)) {
                LocalDateTime at = day.atTime(g.between(9, 17), g.between(0, 59), g.between(0, 59), g.between(0, 999) * 1_000_000);
                String name = uuid(g);
                dayOps.add(sorted("endTime", sqlOpTime(at.plusSeconds(g.between(20, 240))), "insertTime", sqlOpTime(at), "kind", "sql#operation",
                        "name", name, "operationType", "UPDATE", "selfLink", link + "/operations/" + name, "startTime", sqlOpTime(at.plusNanos(41_000_000)),
                        "status", "DONE", "targetId", inst, "targetLink", link + "/instances/" + inst, "targetProject", project,
                        "user", g.pick("m.keller@acme.example", "dba-terraform@acme-prod.iam.gserviceaccount.com", "s.ozturk@acme.example")));
            }
            if (d == 17 || d == 31) {
                LocalDateTime at = day.atTime(d == 17 ? 3 : 14, g.between(0, 59), g.between(0, 59), g.between(0, 999) * 1_000_000);
                String name = uuid(g);
                dayOps.add(sorted("endTime", sqlOpTime(at.plusSeconds(g.between(40, 400))), "insertTime", sqlOpTime(at), "kind", "sql#operation",
                        "name", name, "operationType", d == 17 ? "MAINTENANCE" : "RESTART", "selfLink", link + "/operations/" + name,
                        "startTime", sqlOpTime(at.plusNanos(88_000_000)), "status", "DONE", "targetId", inst, "targetLink", link + "/instances/" + inst,
                        "targetProject", project, "user", d == 17 ? "cloud-sql-maintenance" : "m.keller@acme.example"));
            }
            {
                LocalDateTime at = day.atTime(2, 0, g.between(1, 9), g.between(0, 999) * 1_000_000);
                String name = uuid(g);
                String uri = "gs://acme-sql-exports/" + inst + "/orders-" + day.minusDays(1) + ".sql.gz";
                Map<String, Object> export = sorted("databases", arr("orders"), "fileType", "SQL", "kind", "sql#exportContext",
                        "sqlExportOptions", sorted("parallel", false, "schemaOnly", false, "threads", 0), "uri", uri);
                Map<String, Object> op = sorted("endTime", sqlOpTime(at.plusSeconds(d == 0 ? 312 : g.between(1_500, 2_400))), "exportContext", export,
                        "insertTime", sqlOpTime(at), "kind", "sql#operation", "name", name, "operationType", "EXPORT", "selfLink", link + "/operations/" + name,
                        "startTime", sqlOpTime(at.plusNanos(612_000_000)), "status", "DONE", "targetId", inst, "targetLink", link + "/instances/" + inst,
                        "targetProject", project, "user", "sql-export-scheduler@acme-prod.iam.gserviceaccount.com");
                if (d == 0) {
                    op.put("error", sorted("errors", arr(sorted("code", "ERROR_RDBMS", "kind", "sql#operationError", "message",
                            "pg_dump: error: query failed: ERROR:  permission denied for table audit_events\npg_dump: detail: Query was: LOCK TABLE"
                                    + " public.audit_events IN ACCESS SHARE MODE")), "kind", "sql#operationErrors"));
                } else if (d == 16) {
                    op.put("error", sorted("errors", arr(sorted("code", "INTERNAL_ERROR", "kind", "sql#operationError", "message",
                            "An internal error has occurred. Please retry the operation.")), "kind", "sql#operationErrors"));
                }
                dayOps.add(op);
            }
            LocalDateTime bat = day.atTime(1, g.between(0, 20), g.between(0, 59), g.between(0, 999) * 1_000_000);
            String bname = uuid(g);
            dayOps.add(sorted("backupContext", sorted("backupId", String.valueOf(1_764_000_000_000L + d * 86_400_000L + g.nextInt(3_600_000)),
                    "kind", "sql#backupContext"), "endTime", sqlOpTime(bat.plusSeconds(g.between(90, 600))), "insertTime", sqlOpTime(bat),
                    "kind", "sql#operation", "name", bname, "operationType", "BACKUP_VOLUME", "selfLink", link + "/operations/" + bname,
                    "startTime", sqlOpTime(bat.plusNanos(77_000_000)), "status", "DONE", "targetId", inst, "targetLink", link + "/instances/" + inst,
                    "targetProject", project, "user", "cloud-sql-automated-backup"));
            dayOps.sort((x, y) -> ((String) y.get("insertTime")).compareTo((String) x.get("insertTime")));
            ops.addAll(dayOps);
        }
        String text = JsonTree.pretty(ops, 2) + "\n";
        requireSize(text, 50, 200);
        requireCount(text, "permission denied for table audit_events", 1);
        requireCount(text, "orders-2026-12-07.sql.gz", 1);
        return NeedleCase.named("fresh21_gcloud_sql_operations", "json", "gcloud-sql-operations-list-json")
                .shell("gcloud sql operations list --instance=orders-pg-prod --project=acme-prod --limit=100 --format=json")
                .question("Did last night's scheduled export of the orders database on orders-pg-prod to GCS succeed? If not, why did it fail?")
                .heldAside()
                .build(text, List.of(Needle.contains("permission denied for table audit_events"), Needle.contains("orders-2026-12-07.sql.gz")));
    }

    // ---------------------------------------------------------------- Quarkus JSON log

    private static Map<String, Object> qlog(long[] seq, LocalDateTime t, String logger, String level, String msg, String thread, int threadId) {
        return obj("timestamp", Stamps.JSON.format(t), "sequence", seq[0]++, "loggerClassName", "org.jboss.logging.Logger", "loggerName", logger,
                "level", level, "message", msg, "threadName", thread, "threadId", threadId, "mdc", obj(), "ndc", "", "hostName", "inventory-6c8f7d9b5-x2kqm",
                "processName", "/opt/java/openjdk/bin/java", "processId", 1);
    }

    private static List<Object> frames(String... classMethodLine) {
        List<Object> out = new ArrayList<>();
        for (String s : classMethodLine) {
            String[] p = s.split(" ");
            out.add(obj("class", p[0], "method", p[1], "line", Integer.parseInt(p[2])));
        }
        return out;
    }

    /**
     * kubectl logs of an inventory service built on Quarkus with quarkus-logging-json (one JSON object a line): HTTP access
     * log lines, Kafka order-event reservations, the replenishment job, health probes. At 10:31:02 an operator starts a
     * bulk stock import through the admin endpoint; from 10:31:40 stock reservations fail with PostgreSQL lock timeouts
     * on stock_levels, and from 10:32:30 requests fail with Agroal's "Acquisition timeout while waiting for new
     * connection" (the pool is held by the import). The question asks what is failing and what set it off: the bulk
     * import line, one of the lock-timeout lines and one of the acquisition-timeout lines.
     */
    static NeedleCase quarkusJsonLog() {
        Gen g = new Gen(240_005);
        long[] seq = {48_211};
        Stamps t = new Stamps(g, LocalDateTime.of(2026, 12, 8, 10, 18, 0, 114_000_000), 7_000);
        LocalDateTime importAt = LocalDateTime.of(2026, 12, 8, 10, 31, 2, 518_000_000);
        LocalDateTime locks = LocalDateTime.of(2026, 12, 8, 10, 31, 40);
        LocalDateTime exhausted = LocalDateTime.of(2026, 12, 8, 10, 32, 30);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 10, 44, 50);
        String importLine = null;
        List<Object> agroal = frames("io.agroal.pool.ConnectionPool handlerFromSharedCache 333", "io.agroal.pool.ConnectionPool getConnection 243",
                "io.agroal.pool.DataSource getConnection 86", "org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl getConnection 122",
                "org.hibernate.internal.NonContextualJdbcConnectionAccess obtainConnection 46",
                "org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl acquireConnectionIfNeeded 113",
                "com.acme.inventory.stock.StockRepository reserve 58", "com.acme.inventory.stock.StockService reserve 41");
        int lastReplenish = -1;
        while (true) {
            LocalDateTime now = t.next();
            if (now.isAfter(end)) {
                break;
            }
            String thread = "executor-thread-" + g.between(1, 48);
            int tid = 180 + g.between(0, 60);
            String sku = "SKU-" + g.between(10_000, 99_999);
            boolean broken = now.isAfter(locks);
            boolean pool = now.isAfter(exhausted);
            if (importLine == null && now.isAfter(importAt)) {
                Map<String, Object> m = qlog(seq, importAt, "com.acme.inventory.admin.BulkImportResource", "INFO",
                        "Bulk stock import started by ops@acme.example: 48213 rows from stock-2026-12-08.csv (single transaction)", "executor-thread-7", 187);
                importLine = JsonTree.compact(m);
                g.add(importLine);
            }
            if (now.getMinute() % 5 == 0 && now.getMinute() != lastReplenish) {
                lastReplenish = now.getMinute();
                g.add(JsonTree.compact(qlog(seq, now, "com.acme.inventory.ReplenishmentJob", "INFO", fmt("replenishment run: %d SKUs below threshold,"
                        + " %d purchase orders drafted in %d ms", g.between(3, 30), g.between(0, 6), pool ? g.between(30_000, 31_000) : g.between(90, 900)),
                        "vert.x-worker-thread-" + g.between(0, 19), 90 + g.nextInt(20))));
                continue;
            }
            int k = g.weighted(50, 22, 6);
            if (k == 2) {
                g.add(JsonTree.compact(qlog(seq, now, "io.quarkus.http.access-log", "INFO", fmt("10.42.%d.%d - - [%s] \"GET /q/health/%s HTTP/1.1\" 200 %d",
                        g.between(0, 3), g.between(2, 250), Stamps.NGINX.format(now), g.pick("live", "ready"), g.between(46, 120)), "vert.x-eventloop-thread-"
                        + g.between(0, 7), 40 + g.nextInt(8))));
                continue;
            }
            if (k == 1) {
                long order = 7_781_000 + g.nextInt(90_000);
                if (pool && g.chance(0.7)) {
                    Map<String, Object> m = qlog(seq, now, "com.acme.inventory.events.OrderEventsConsumer", "ERROR", "Failed to reserve stock for order "
                            + order + ", nacking message (partition 3)", "vert.x-worker-thread-" + g.between(0, 19), 90 + g.nextInt(20));
                    m.put("exception", obj("refId", 1, "exceptionType", "java.sql.SQLException", "message", "Acquisition timeout while waiting for new connection",
                            "frames", agroal));
                    g.add(JsonTree.compact(m));
                } else {
                    g.add(JsonTree.compact(qlog(seq, now, "com.acme.inventory.events.OrderEventsConsumer", "INFO", fmt("Reserved %d units of %s for order %d",
                            g.between(1, 4), sku, order), "vert.x-worker-thread-" + g.between(0, 19), 90 + g.nextInt(20))));
                }
                continue;
            }
            boolean reserve = g.chance(0.45);
            String path = reserve ? "/api/stock/" + sku + "/reserve" : "/api/stock/" + sku;
            int status = 200;
            if (reserve && pool && g.chance(0.8)) {
                status = 500;
                Map<String, Object> m = qlog(seq, now, "io.quarkus.vertx.http.runtime.QuarkusErrorHandler", "ERROR", "HTTP Request to " + path
                        + " failed, error id: " + uuid(g) + "-" + g.between(1, 400), thread, tid);
                m.put("exception", obj("refId", 1, "exceptionType", "java.sql.SQLException", "message", "Acquisition timeout while waiting for new connection",
                        "frames", agroal));
                g.add(JsonTree.compact(m));
            } else if (reserve && broken && !pool && g.chance(0.8)) {
                status = 500;
                g.add(JsonTree.compact(qlog(seq, now, "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "WARN", "SQL Error: 0, SQLState: 55P03", thread, tid)));
                g.add(JsonTree.compact(qlog(seq, now.plusNanos(300_000), "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "ERROR", fmt("ERROR: canceling"
                        + " statement due to lock timeout\n  Where: while updating tuple (%d,%d) in relation \"stock_levels\"", g.between(100, 4_000),
                        g.between(1, 60)), thread, tid)));
            }
            if (!reserve && pool && g.chance(0.5)) {
                status = 500;
            }
            g.add(JsonTree.compact(qlog(seq, now.plusNanos(g.between(1, 40) * 1_000_000L), "io.quarkus.http.access-log", "INFO",
                    fmt("10.42.%d.%d - - [%s] \"%s %s HTTP/1.1\" %d %d", g.between(0, 3), g.between(2, 250), Stamps.NGINX.format(now), reserve ? "POST" : "GET",
                            path, status, status == 500 ? 0 : g.between(60, 400)), "vert.x-eventloop-thread-" + g.between(0, 7), 40 + g.nextInt(8))));
        }
        String text = g.text();
        requireLines(g, 400, 1500);
        requireSize(text, 150, 330);
        List<String> lockLines = linesWith(text, "canceling statement due to lock timeout");
        List<String> acq = linesWith(text, "Acquisition timeout while waiting for new connection");
        return NeedleCase.named("fresh21_quarkus_json_log", "jsonl", "quarkus-json-log")
                .shell("kubectl logs -n shop deploy/inventory --since=35m")
                .question("The inventory service started returning 500s on stock reservations at about 10:32. What is failing, and what set it off?")
                .heldAside()
                .build(text, List.of(Needle.exact(importLine), Needle.anyOf(lockLines), Needle.anyOf(acq)));
    }

    // ---------------------------------------------------------------- jstat -gcutil -t

    /**
     * jstat -gcutil -t on the order service's JVM (G1, 2-second samples over half an hour): eden filling and emptying with
     * each young collection, survivors swapping, concurrent cycles, and old gen climbing with every collection until,
     * about two thirds in, the first full GC; after it old gen stays above 90 % and full GCs come faster and faster. The
     * question asks whether it leaks, when full GCs started and where old gen is now: the first row whose FGC is 1 and the
     * last row.
     */
    static NeedleCase jstatGcutil() {
        Gen g = new Gen(240_006);
        g.add("Timestamp         S0     S1     E      O      M     CCS    YGC     YGCT     FGC    FGCT     CGC    CGCT       GCT   ");
        double ts = 81_244.6;
        double s0 = 0;
        double s1 = 61.2;
        double e = 12.0;
        double o = 55.0;
        int ygc = 4_812;
        double ygct = 61.932;
        int fgc = 0;
        double fgct = 0;
        int cgc = 388;
        double cgct = 3.118;
        String firstFull = null;
        String last = null;
        int rows = 900;
        for (int i = 0; i < rows; i++) {
            ts += 2.0 + g.nextInt(30) / 1000.0;
            e += g.between(14, 30) + (fgc > 0 ? g.between(0, 10) : 0);
            boolean full = false;
            if (e >= 100) {
                e = g.between(0, 4) + g.nextDouble();
                ygc++;
                ygct += 0.008 + g.nextDouble() * 0.03;
                double surv = 20 + g.nextDouble() * 70;
                if (s0 == 0) {
                    s0 = surv;
                    s1 = 0;
                } else {
                    s1 = surv;
                    s0 = 0;
                }
                o += 0.3 + g.nextDouble() * 0.35;
                if (o > 45 && g.chance(0.08)) {
                    cgc += 2;
                    cgct += 0.01 + g.nextDouble() * 0.05;
                    o -= g.nextDouble() * (fgc > 0 ? 0.8 : 2.5);
                }
            }
            if (o >= 99.6) {
                full = true;
                fgc++;
                fgct += 1.8 + g.nextDouble() * 2.4;
                o = 91.5 + fgc * 0.45 + g.nextDouble();
                e = 0;
                s0 = 0;
                s1 = 0;
            }
            double m = 97.6 + g.nextDouble() * 0.2;
            double ccs = 94.1 + g.nextDouble() * 0.1;
            String row = fmt("%15.1f %6.2f %6.2f %6.2f %6.2f %6.2f %6.2f %6d %8.3f %5d %8.3f %5d %8.3f %9.3f", ts, s0, s1, Math.min(e, 100), o, m, ccs, ygc,
                    ygct, fgc, fgct, cgc, cgct, ygct + fgct + cgct);
            g.add(row);
            if (full && fgc == 1) {
                firstFull = row;
            }
            last = row;
        }
        String text = g.text();
        if (firstFull == null || fgc < 4) {
            throw new IllegalStateException("full gcs " + fgc);
        }
        requireSize(text, 60, 200);
        return NeedleCase.named("fresh21_jstat_gcutil", "table", "jstat-gcutil")
                .shell("jstat -gcutil -t $(pgrep -f order-service.jar) 2s 900")
                .question("This is jstat on the order-service JVM over the last half hour. Is it leaking memory? When did the full GCs start, and"
                        + " how full is old gen now?")
                .heldAside()
                .build(text, List.of(Needle.exact(firstFull), Needle.exact(last)));
    }

    // ---------------------------------------------------------------- SQLcl set sqlformat csv

    private static final DateTimeFormatter ORA_TS = DateTimeFormatter.ofPattern("dd-MMM-yy hh.mm.ss.SSSSSSSSS a", Locale.ROOT);

    private record JobRun(LocalDateTime end, int seq, String owner, String job, String status, int error, int seconds, String info) {}

    private static String oraDuration(int seconds) {
        return fmt("+00 %02d:%02d:%02d.000000", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /**
     * SQLcl with set sqlformat csv over dba_scheduler_job_run_details for the last seven days, ordered by log_date: the
     * materialized-view refresh every quarter hour, the price sync every half hour (two runs failed on an HTTP timeout),
     * the hourly session purge, the nightly ARCHIVE_ORDERS and LOAD_DWH jobs and the automatic optimizer statistics task.
     * Last night ARCHIVE_ORDERS failed with ORA-01652 (TEMP full) and its automatic retry failed the same way. The question
     * asks whether ARCHIVE_ORDERS ran fine last night: both of last night's failed ARCHIVE_ORDERS rows.
     */
    static NeedleCase sqlclCsv() {
        Gen g = new Gen(240_007);
        List<JobRun> runs = new ArrayList<>();
        LocalDateTime from = LocalDateTime.of(2026, 12, 1, 9, 45);
        LocalDateTime to = LocalDateTime.of(2026, 12, 8, 9, 45);
        int seq = 0;
        for (LocalDateTime s = LocalDateTime.of(2026, 12, 1, 0, 0); s.isBefore(to); s = s.plusMinutes(15)) {
            LocalDateTime start = s.plusSeconds(g.between(0, 2));
            int dur = g.between(9, 55);
            runs.add(new JobRun(start.plusSeconds(dur).plusNanos(g.nextInt(1_000_000) * 1000L), seq++, "ETL", "REFRESH_MV_SALES", "SUCCEEDED", 0, dur, null));
            if (s.getMinute() % 30 == 0) {
                int pd = g.between(18, 130);
                boolean fail = s.equals(LocalDateTime.of(2026, 12, 3, 14, 30)) || s.equals(LocalDateTime.of(2026, 12, 5, 9, 0));
                if (fail) {
                    pd = 60;
                }
                runs.add(new JobRun(start.plusSeconds(pd + 1).plusNanos(g.nextInt(1_000_000) * 1000L), seq++, "ETL", "SYNC_PRICES",
                        fail ? "FAILED" : "SUCCEEDED", fail ? 29273 : 0, pd, fail ? "ORA-29273: HTTP request failed ORA-06512: at \"\"SYS.UTL_HTTP\"\", line 380"
                        + " ORA-12535: TNS:operation timed out ORA-06512: at \"\"ETL.PRICE_FEED\"\", line 88" : null));
            }
            if (s.getMinute() == 0) {
                int pd = g.between(1, 6);
                runs.add(new JobRun(start.plusSeconds(pd).plusNanos(g.nextInt(1_000_000) * 1000L), seq++, "APP", "PURGE_SESSIONS", "SUCCEEDED", 0, pd, null));
            }
            if (s.getHour() == 2 && s.getMinute() == 0) {
                boolean last = s.toLocalDate().equals(LocalDate.of(2026, 12, 8));
                int ad = last ? 4_364 : g.between(2_100, 2_900);
                String ora = "ORA-01652: unable to extend temp segment by 128 in tablespace TEMP ORA-06512: at \"\"ETL.ARCHIVE_PKG\"\", line 214"
                        + " ORA-06512: at line 1";
                runs.add(new JobRun(start.plusSeconds(ad).plusNanos(g.nextInt(1_000_000) * 1000L), seq++, "ETL", "ARCHIVE_ORDERS", last ? "FAILED"
                        : "SUCCEEDED", last ? 1652 : 0, ad, last ? ora : null));
                if (last) {
                    LocalDateTime retry = start.plusSeconds(ad + 600);
                    runs.add(new JobRun(retry.plusSeconds(3_481).plusNanos(g.nextInt(1_000_000) * 1000L), seq++, "ETL", "ARCHIVE_ORDERS", "FAILED", 1652,
                            3_481, ora));
                }
            }
            if (s.getHour() == 3 && s.getMinute() == 0) {
                int ld = g.between(1_200, 1_900);
                runs.add(new JobRun(start.plusSeconds(ld).plusNanos(g.nextInt(1_000_000) * 1000L), seq++, "ETL", "LOAD_DWH", "SUCCEEDED", 0, ld, null));
            }
            if (s.getHour() == 22 && s.getMinute() == 0) {
                int od = g.between(300, 1_500);
                runs.add(new JobRun(start.plusSeconds(od).plusNanos(g.nextInt(1_000_000) * 1000L), seq++, "SYS", "ORA$AT_OS_OPT_SY_" + g.between(1_000, 9_999),
                        "SUCCEEDED", 0, od, null));
            }
        }
        runs.removeIf(r -> r.end().isBefore(from) || r.end().isAfter(to));
        runs.sort(java.util.Comparator.comparing(JobRun::end).thenComparingInt(JobRun::seq));
        g.add("\"LOG_ID\",\"LOG_DATE\",\"OWNER\",\"JOB_NAME\",\"STATUS\",\"ERROR#\",\"RUN_DURATION\",\"INSTANCE_ID\",\"ADDITIONAL_INFO\"");
        int logId = 1_184_220;
        List<String> failed = new ArrayList<>();
        for (JobRun r : runs) {
            logId += g.between(1, 3);
            String row = fmt("%d,\"%s +00:00\",\"%s\",\"%s\",\"%s\",%d,\"%s\",1,%s", logId, ORA_TS.format(r.end()).toUpperCase(Locale.ROOT), r.owner(),
                    r.job(), r.status(), r.error(), oraDuration(r.seconds()), r.info() == null ? "" : "\"" + r.info() + "\"");
            g.add(row);
            if (r.job().equals("ARCHIVE_ORDERS") && r.status().equals("FAILED")) {
                failed.add(row);
            }
        }
        g.add("");
        g.add(fmt("%,d rows selected. ", runs.size()));
        g.add("");
        String text = g.text();
        requireLines(g, 1000, 2000);
        requireSize(text, 80, 250);
        if (failed.size() != 2) {
            throw new IllegalStateException("failed rows " + failed.size());
        }
        return NeedleCase.named("fresh21_sqlcl_csv", "csv", "sqlcl-sqlformat-csv")
                .shell("sql -S etl_monitor@//dbhost01:1521/ORDERSPDB <<'SQL'\nset sqlformat csv\nselect log_id, log_date, owner, job_name, status, error#,"
                        + " run_duration, instance_id, additional_info from dba_scheduler_job_run_details where log_date > systimestamp - interval '7' day"
                        + " order by log_date;\nSQL")
                .question("Did the ARCHIVE_ORDERS scheduler job run OK last night? If not, what error did it hit?")
                .heldAside()
                .build(text, List.of(Needle.exact(failed.get(0)), Needle.exact(failed.get(1))));
    }

    // ---------------------------------------------------------------- gsutil ls -l -r

    /**
     * gsutil ls -l -r over the ledger export prefix of a data-lake bucket: a schema file, then one dt=YYYY-MM-DD partition a
     * day for two months, each with the BigQuery EXPORT DATA part files and a _SUCCESS marker, and the TOTAL line. Last
     * night's export (for 2026-12-07) landed in dt=2026-12-7/ (a template without zero padding) instead of dt=2026-12-07/,
     * which does not exist. The question asks whether last night's export landed and where: the dt=2026-12-7 directory
     * header and its _SUCCESS object.
     */
    static NeedleCase gsutilLs() {
        Gen g = new Gen(240_008);
        String root = "gs://acme-lake-exports/ledger/";
        long objects = 0;
        long bytes = 0;
        g.add(root + ":");
        long schema = g.between(2_000, 4_000);
        g.add(fmt("%10d  %s  %s", schema, "2026-06-02T09:14:27Z", root + "_schema.json"));
        objects++;
        bytes += schema;
        LocalDate first = LocalDate.of(2026, 10, 10);
        for (int d = 0; d < 59; d++) {
            LocalDate day = first.plusDays(d);
            String dt = day.equals(LocalDate.of(2026, 12, 7)) ? "dt=2026-12-7" : "dt=" + day;
            String dir = root + dt + "/";
            g.add("");
            g.add(dir + ":");
            LocalDateTime at = day.plusDays(1).atTime(3, g.between(0, 20), g.between(0, 59));
            int parts = g.between(10, 22);
            List<String> lines = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                long size = g.between(40_000_000, 140_000_000);
                lines.add(fmt("%10d  %s  %s", size, Stamps.format(at.plusSeconds(g.between(30, 400)), Stamps.ISO_SECONDS).replace("+0000", "Z"),
                        dir + fmt("part-%012d.parquet", p)));
                objects++;
                bytes += size;
            }
            g.add(fmt("%10d  %s  %s", 0, Stamps.format(at.plusSeconds(g.between(420, 600)), Stamps.ISO_SECONDS).replace("+0000", "Z"), dir + "_SUCCESS"));
            objects++;
            lines.forEach(g::add);
        }
        g.add(fmt("TOTAL: %d objects, %d bytes (%.2f GiB)", objects, bytes, bytes / 1_073_741_824.0));
        String text = g.text();
        requireLines(g, 700, 1500);
        requireCount(text, "dt=2026-12-07", 0);
        String header = only(text, "dt=2026-12-7/:");
        return NeedleCase.named("fresh21_gsutil_ls", "listing", "gsutil-ls-l-r")
                .shell("gsutil ls -l -r gs://acme-lake-exports/ledger/")
                .question("The downstream load says the ledger export for 2026-12-07 isn't there. Did last night's export land in the bucket, and"
                        + " where?")
                .heldAside()
                .build(text, List.of(Needle.exact(header), Needle.contains("ledger/dt=2026-12-7/_SUCCESS")));
    }

    // ---------------------------------------------------------------- cdk diff

    private static String logicalId(Gen g, String path) {
        return path.replace("/", "").replace("-", "") + g.hex(8).toUpperCase(Locale.ROOT);
    }

    private static void box(Gen g, String[] header, List<String[][]> rows) {
        int[] w = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            w[i] = header[i].length();
        }
        for (String[][] r : rows) {
            for (String[] line : r) {
                for (int i = 0; i < line.length; i++) {
                    w[i] = Math.max(w[i], line[i].length());
                }
            }
        }
        StringBuilder top = new StringBuilder("┌");
        StringBuilder mid = new StringBuilder("├");
        StringBuilder bot = new StringBuilder("└");
        for (int i = 0; i < w.length; i++) {
            String bar = "─".repeat(w[i] + 2);
            top.append(bar).append(i == w.length - 1 ? "┐" : "┬");
            mid.append(bar).append(i == w.length - 1 ? "┤" : "┼");
            bot.append(bar).append(i == w.length - 1 ? "┘" : "┴");
        }
        g.add(top.toString());
        g.add(boxRow(header, w));
        for (String[][] r : rows) {
            g.add(mid.toString());
            for (String[] line : r) {
                g.add(boxRow(line, w));
            }
        }
        g.add(bot.toString());
    }

    private static String boxRow(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder("│");
        for (int i = 0; i < w.length; i++) {
            sb.append(' ').append(pad(cells[i], w[i])).append(" │");
        }
        return sb.toString();
    }

    /**
     * cdk diff --all for a shop's CDK app before a production deploy: twelve stacks, most with new Lambda code assets (S3Key
     * changes) and some with an APP_VERSION environment change, IAM statement and policy changes for new queues, two
     * stacks without differences. In AcmeData a construct was renamed, so the Sessions DynamoDB table is destroyed and a new
     * one created, and storage encryption was switched on for the orders RDS instance, which replaces it. The question asks
     * whether the deploy replaces or deletes any database or table: the DBInstance line marked replace, its
     * StorageEncrypted (requires replacement) property line and the DynamoDB table's destroy line.
     */
    static NeedleCase cdkDiff() {
        Gen g = new Gen(240_009);
        String[] stacks = {"AcmeNetwork", "AcmeData", "AcmeAuth", "AcmeOrdersApi", "AcmeBillingApi", "AcmeCatalogApi", "AcmeWorkers", "AcmeSearch",
            "AcmeNotifications", "AcmeReports", "AcmeFrontend", "AcmeEdge"};
        String[] verbs = {"List", "Get", "Create", "Update", "Cancel", "Export", "Sync", "Handle", "Process", "Index", "Render", "Notify", "Validate",
            "Refund", "Archive", "Import"};
        String[] nouns = {"Orders", "Order", "Invoice", "Invoices", "Customer", "Products", "Prices", "Stock", "Shipments", "Returns", "Coupons",
            "Reviews", "Sessions", "Webhooks", "Payouts", "Reports"};
        String rdsLine = null;
        String encLine = null;
        String ddbLine = null;
        int differing = 0;
        for (String stack : stacks) {
            g.add("Stack " + stack);
            if (!stack.equals("AcmeNetwork") && !stack.equals("AcmeEdge")) {
                g.add("Hold on while we create a read-only change set to get a diff with accurate replacement information (use --no-change-set to use a"
                        + " less accurate but faster template-only diff)");
            }
            if (stack.equals("AcmeNetwork") || stack.equals("AcmeEdge")) {
                g.add("There were no differences");
                g.add("");
                continue;
            }
            differing++;
            if (stack.equals("AcmeWorkers") || stack.equals("AcmeNotifications")) {
                g.add("IAM Statement Changes");
                List<String[][]> rows = new ArrayList<>();
                String q = stack.equals("AcmeWorkers") ? "DeadLetters" : "BounceQueue";
                String fn = stack.equals("AcmeWorkers") ? "ExportWorker" : "BounceHandler";
                rows.add(new String[][] {{"+", "${" + q + ".Arn}", "Allow", "sqs:GetQueueAttributes", "AWS:${" + fn + "/ServiceRole}", ""},
                    {"", "", "", "sqs:GetQueueUrl", "", ""}, {"", "", "", "sqs:SendMessage", "", ""}});
                rows.add(new String[][] {{"+", "${" + q + ".Arn}", "Allow", "sqs:ChangeMessageVisibility", "AWS:${" + q + "Redrive/ServiceRole}", ""},
                    {"", "", "", "sqs:DeleteMessage", "", ""}, {"", "", "", "sqs:GetQueueAttributes", "", ""}, {"", "", "", "sqs:ReceiveMessage", "", ""}});
                rows.add(new String[][] {{"+", "*", "Allow", "sts:AssumeRole", "Service:lambda.amazonaws.com", ""}});
                box(g, new String[] {"", "Resource", "Effect", "Action", "Principal", "Condition"}, rows);
                g.add("IAM Policy Changes");
                List<String[][]> prow = new ArrayList<>();
                prow.add(new String[][] {{"+", "${" + q + "Redrive/ServiceRole}", "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}});
                box(g, new String[] {"", "Resource", "Managed Policy ARN"}, prow);
                g.add("(NOTE: There may be security-related changes not in this list. See https://github.com/aws/aws-cdk/issues/1299)");
                g.add("");
            }
            g.add("Resources");
            if (stack.equals("AcmeData")) {
                ddbLine = "[-] AWS::DynamoDB::Table SessionsTable SessionsTable5D3A1F2E destroy";
                g.add(ddbLine);
                g.add("[+] AWS::DynamoDB::Table Sessions/Store SessionsStoreB81E0C77 ");
                g.add("[+] AWS::KMS::Key OrdersDbKey OrdersDbKey9A8C1D2E ");
                rdsLine = "[~] AWS::RDS::DBInstance OrdersDb OrdersDb3E1C2B4A replace";
                g.add(rdsLine);
                g.add(" ├─ [+] KmsKeyId (requires replacement)");
                g.add(" │   └─ {\"Fn::GetAtt\":[\"OrdersDbKey9A8C1D2E\",\"Arn\"]}");
                encLine = " └─ [~] StorageEncrypted (requires replacement)";
                g.add(encLine);
                g.add("     ├─ [-] false");
                g.add("     └─ [+] true");
                g.add("[~] AWS::RDS::DBParameterGroup OrdersDbParams OrdersDbParams71C2E0A4 ");
                g.add(" └─ [~] Parameters");
                g.add("     └─ [~] .log_min_duration_statement:");
                g.add("         ├─ [-] 1000");
                g.add("         └─ [+] 500");
                g.add("[~] AWS::S3::Bucket ExportsBucket ExportsBucket9C4E6A21 ");
                g.add(" └─ [~] LifecycleConfiguration");
                g.add("     └─ [~] .Rules:");
                g.add("         └─ @@ -1,7 +1,7 @@");
                g.add("            [ ] [");
                g.add("            [ ]   {");
                g.add("            [-]     \"ExpirationInDays\": 30,");
                g.add("            [+]     \"ExpirationInDays\": 90,");
                g.add("            [ ]     \"Id\": \"expire-exports\",");
                g.add("            [ ]     \"Status\": \"Enabled\"");
                g.add("            [ ]   }");
            }
            int fns = stack.equals("AcmeData") ? 2 : g.between(4, 11);
            Set<String> used = new LinkedHashSet<>();
            for (int f = 0; f < fns; f++) {
                String name = g.pick(verbs) + g.pick(nouns);
                if (!used.add(name)) {
                    continue;
                }
                boolean env = g.chance(0.35);
                g.add("[~] AWS::Lambda::Function " + name + " " + logicalId(g, name) + " ");
                String code = env ? " ├─ [~] Code" : " └─ [~] Code";
                String ind = env ? " │   " : "     ";
                g.add(code);
                g.add(ind + "└─ [~] .S3Key:");
                g.add(ind + "    ├─ [-] " + g.hex(64) + ".zip");
                g.add(ind + "    └─ [+] " + g.hex(64) + ".zip");
                if (env) {
                    g.add(" └─ [~] Environment");
                    g.add("     └─ [~] .Variables:");
                    g.add("         └─ [~] .APP_VERSION:");
                    g.add("             ├─ [-] 2026.12.01-" + g.between(1, 4));
                    g.add("             └─ [+] 2026.12.08-3");
                }
                if (g.chance(0.15)) {
                    g.add("[~] AWS::IAM::Policy " + name + "/ServiceRole/DefaultPolicy " + logicalId(g, name + "ServiceRoleDefaultPolicy") + " ");
                    g.add(" └─ [~] PolicyDocument");
                    g.add("     └─ [~] .Statement:");
                    g.add("         └─ @@ -12,6 +12,14 @@");
                    g.add("            [ ]       \"Resource\": \"*\"");
                    g.add("            [ ]     },");
                    g.add("            [+]     {");
                    g.add("            [+]       \"Action\": [");
                    g.add("            [+]         \"xray:PutTraceSegments\",");
                    g.add("            [+]         \"xray:PutTelemetryRecords\"");
                    g.add("            [+]       ],");
                    g.add("            [+]       \"Effect\": \"Allow\",");
                    g.add("            [+]       \"Resource\": \"*\"");
                    g.add("            [+]     },");
                }
            }
            if (stack.equals("AcmeWorkers")) {
                g.add("[+] AWS::SQS::Queue DeadLetters DeadLetters8E3F0A12 ");
                g.add("[+] AWS::IAM::Role DeadLettersRedrive/ServiceRole DeadLettersRedriveServiceRole4C1D22B0 ");
                g.add("[+] AWS::Lambda::Function DeadLettersRedrive DeadLettersRedrive7A0E3C55 ");
                g.add("[+] AWS::Lambda::EventSourceMapping DeadLettersRedrive/SqsEventSource:AcmeWorkersDeadLetters DeadLettersRedriveSqsEventSource"
                        + "AcmeWorkersDeadLetters61B0D2F9 ");
                g.add("[~] AWS::SQS::Queue ExportJobs ExportJobs2D8A11F0 ");
                g.add(" └─ [+] RedrivePolicy");
                g.add("     └─ {\"deadLetterTargetArn\":{\"Fn::GetAtt\":[\"DeadLetters8E3F0A12\",\"Arn\"]},\"maxReceiveCount\":5}");
            }
            if (stack.equals("AcmeFrontend")) {
                g.add("[~] Custom::CDKBucketDeployment SiteDeployment/CustomResource SiteDeploymentCustomResource2D47E5AA ");
                g.add(" └─ [~] SourceObjectKeys");
                g.add("     └─ @@ -1,3 +1,3 @@");
                g.add("        [ ] [");
                g.add("        [-]   \"" + g.hex(64) + ".zip\"");
                g.add("        [+]   \"" + g.hex(64) + ".zip\"");
                g.add("        [ ] ]");
            }
            g.add("");
            g.add("");
        }
        g.add("");
        g.add("✨  Number of stacks with differences: " + differing);
        String text = g.text();
        requireLines(g, 250, 900);
        requireCount(text, "(requires replacement)", 2);
        requireCount(text, " destroy", 1);
        return NeedleCase.named("fresh21_cdk_diff", "diff", "cdk-diff")
                .shell("npx cdk diff --all --context env=prod")
                .question("Before I run `cdk deploy --all` against prod: will this replace or delete any database or table?")
                .heldAside()
                .build(text, List.of(Needle.exact(rdsLine), Needle.exact(encLine), Needle.exact(ddbLine)));
    }

    // ---------------------------------------------------------------- gcloud asset search-all-resources

    /**
     * gcloud asset search-all-resources --scope=organizations/... --query="labels.team:payments" in its default YAML output
     * (one document per resource, keys in order): the payments team's VMs, disks, buckets, Cloud SQL instances, Pub/Sub
     * topics and subscriptions, Cloud Run services and GKE clusters across its prod, staging and dev projects, plus an old
     * pay-legacy-2019 project that still holds the pay-ledger-legacy Cloud SQL instance and its pay-ledger-legacy-backups
     * bucket. The question asks whether that instance and bucket still exist and where: their two name lines.
     */
    static NeedleCase gcloudAssetSearch() {
        Gen g = new Gen(240_010);
        String[][] projects = {{"pay-prod", "418822910344"}, {"pay-staging", "771209338120"}, {"pay-dev", "220934118871"},
            {"pay-legacy-2019", "912884003311"}};
        String[] folders = {"folders/339102837421", "folders/339102837421", "folders/581120094412", "folders/804417736215"};
        String[] regions = {"europe-west1", "europe-west3", "europe-west4"};
        String[] apps = {"ledger", "checkout", "payouts", "refunds", "fraud-score", "psp-gateway", "settlement", "invoicing", "reconcile", "webhooks"};
        List<List<String>> docs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String sqlName = "name: //cloudsql.googleapis.com/projects/pay-legacy-2019/instances/pay-ledger-legacy";
        String bucketName = "name: //storage.googleapis.com/pay-ledger-legacy-backups";
        for (int i = 0; i < 190; i++) {
            int p = g.weighted(50, 25, 25, 0);
            String proj = projects[p][0];
            String env = p == 0 ? "prod" : p == 1 ? "staging" : "dev";
            String app = g.pick(apps);
            String region = g.pick(regions);
            String zone = region + "-" + g.pick("b", "c", "d");
            int type = g.weighted(14, 12, 8, 4, 8, 8, 6, 2);
            String suffix = g.alnum(4);
            String assetType;
            String display;
            String name;
            String location;
            String state;
            List<String> extra = new ArrayList<>();
            switch (type) {
                case 0 -> {
                    assetType = "compute.googleapis.com/Instance";
                    display = app + "-" + env + "-" + suffix;
                    name = "//compute.googleapis.com/projects/" + proj + "/zones/" + zone + "/instances/" + display;
                    location = zone;
                    state = g.chance(0.9) ? "RUNNING" : "TERMINATED";
                    extra.add("additionalAttributes:");
                    extra.add("  internalIPs:");
                    extra.add("  - " + g.privateIp());
                    extra.add("  machineType: " + g.pick("e2-standard-4", "n2-standard-8", "e2-medium", "c3-standard-4"));
                }
                case 1 -> {
                    assetType = "compute.googleapis.com/Disk";
                    display = app + "-" + env + "-" + suffix;
                    name = "//compute.googleapis.com/projects/" + proj + "/zones/" + zone + "/disks/" + display;
                    location = zone;
                    state = "READY";
                }
                case 2 -> {
                    assetType = "storage.googleapis.com/Bucket";
                    display = proj + "-" + app + "-" + g.pick("artifacts", "exports", "archive", "tmp", "reports");
                    name = "//storage.googleapis.com/" + display;
                    location = g.pick("eu", "europe-west1", "europe-west3");
                    state = null;
                }
                case 3 -> {
                    assetType = "sqladmin.googleapis.com/Instance";
                    display = "pay-" + app + "-" + env + (g.chance(0.3) ? "-replica" : "");
                    name = "//cloudsql.googleapis.com/projects/" + proj + "/instances/" + display;
                    location = region;
                    state = "RUNNABLE";
                }
                case 4 -> {
                    assetType = "pubsub.googleapis.com/Topic";
                    display = app + "-" + g.pick("events", "commands", "dlq", "audit");
                    name = "//pubsub.googleapis.com/projects/" + proj + "/topics/" + display;
                    location = "global";
                    state = null;
                }
                case 5 -> {
                    assetType = "pubsub.googleapis.com/Subscription";
                    display = app + "-" + g.pick("events", "commands", "audit") + "-" + g.pick(apps);
                    name = "//pubsub.googleapis.com/projects/" + proj + "/subscriptions/" + display;
                    location = "global";
                    state = "ACTIVE";
                }
                case 6 -> {
                    assetType = "run.googleapis.com/Service";
                    display = app + (g.chance(0.4) ? "-api" : "-worker");
                    name = "//run.googleapis.com/projects/" + proj + "/locations/" + region + "/services/" + display;
                    location = region;
                    state = "Ready";
                }
                default -> {
                    assetType = "container.googleapis.com/Cluster";
                    display = "pay-" + env + "-" + region.substring(7);
                    name = "//container.googleapis.com/projects/" + proj + "/locations/" + region + "/clusters/" + display;
                    location = region;
                    state = "RUNNING";
                }
            }
            if (names.contains(name)) {
                continue;
            }
            names.add(name);
            docs.add(assetDoc(g, extra, assetType, display, folders[p], app, env, location, name, projects[p], state));
        }
        List<String> sqlExtra = new ArrayList<>();
        docs.add(assetDoc(g, sqlExtra, "sqladmin.googleapis.com/Instance", "pay-ledger-legacy", folders[3], "ledger", "prod", "europe-west1",
                "//cloudsql.googleapis.com/projects/pay-legacy-2019/instances/pay-ledger-legacy", projects[3], "RUNNABLE"));
        docs.add(assetDoc(g, new ArrayList<>(), "storage.googleapis.com/Bucket", "pay-ledger-legacy-backups", folders[3], "ledger", "prod", "eu",
                "//storage.googleapis.com/pay-ledger-legacy-backups", projects[3], null));
        shuffle(g, docs);
        for (List<String> d : docs) {
            g.add("---");
            d.forEach(g::add);
        }
        String text = g.text();
        requireLines(g, 2000, 5000);
        requireSize(text, 60, 250);
        requireCount(text, sqlName + "\n", 1);
        requireCount(text, bucketName + "\n", 1);
        return NeedleCase.named("fresh21_gcloud_asset_search", "search", "gcloud-asset-search-yaml")
                .shell("gcloud asset search-all-resources --scope=organizations/482913604417 --query=\"labels.team:payments\"")
                .question("We thought the old pay-ledger-legacy Cloud SQL instance was deleted last year. Is it still around, in which project, and does"
                        + " its pay-ledger-legacy-backups bucket still exist?")
                .heldAside()
                .build(text, List.of(Needle.exact(sqlName), Needle.exact(bucketName)));
    }

    private static List<String> assetDoc(Gen g, List<String> extra, String assetType, String display, String folder, String app, String env,
            String location, String name, String[] project, String state) {
        List<String> d = new ArrayList<>(extra);
        LocalDateTime created = LocalDateTime.of(project[0].equals("pay-legacy-2019") ? 2019 : g.pick(2022, 2023, 2024, 2025), g.between(1, 12),
                g.between(1, 28), g.between(0, 23), g.between(0, 59), g.between(0, 59));
        d.add("assetType: " + assetType);
        d.add("createTime: '" + Stamps.format(created, Stamps.ISO_SECONDS).replace("+0000", "Z") + "'");
        d.add("displayName: " + display);
        d.add("folders:");
        d.add("- " + folder);
        d.add("labels:");
        d.add("  app: " + app);
        d.add("  cost-center: cc-" + (project[0].equals("pay-legacy-2019") ? "4100" : "4417"));
        d.add("  env: " + env);
        d.add("  team: payments");
        d.add("location: " + location);
        d.add(name.startsWith("name: ") ? name : "name: " + name);
        d.add("organization: organizations/482913604417");
        d.add("parentAssetType: cloudresourcemanager.googleapis.com/Project");
        d.add("parentFullResourceName: //cloudresourcemanager.googleapis.com/projects/" + project[0]);
        d.add("project: projects/" + project[1]);
        if (state != null) {
            d.add("state: " + state);
        }
        LocalDateTime updated = LocalDateTime.of(2026, g.between(1, 11), g.between(1, 28), g.between(0, 23), g.between(0, 59), g.between(0, 59));
        d.add("updateTime: '" + Stamps.format(updated.isBefore(created) ? created : updated, Stamps.ISO_SECONDS).replace("+0000", "Z") + "'");
        return d;
    }

    // ---------------------------------------------------------------- Ant with Ivy and JUnit

    /**
     * ant clean test on a Jenkins agent for an old ledger library: Ivy resolving and retrieving its dependencies, javac with
     * deprecation warnings, then the junit task with the plain formatter over some fifty test classes (every test case's
     * timing line, some standard output), junitreport, and BUILD FAILED because tests failed. Two tests fail:
     * RateConverterTest.testConvertEurToJpyRounding (expected 15823, was 15824) and LedgerExportTest.testExportWritesUtf8Bom
     * (an UnmappableCharacterException). The question asks which tests failed and why: the two Testcase lines, the
     * assertion message, the exception, the failing assertion's source line and the BUILD FAILED reason.
     */
    static NeedleCase antBuild() {
        Gen g = new Gen(240_011);
        String ws = "/home/jenkins/workspace/ledger-core";
        g.add("Buildfile: " + ws + "/build.xml");
        g.add("");
        g.add("clean:");
        g.add("   [delete] Deleting directory " + ws + "/build");
        g.add("");
        g.add("init:");
        for (String d : new String[] {"build/classes", "build/test-classes", "build/test-reports", "lib"}) {
            g.add("    [mkdir] Created dir: " + ws + "/" + d);
        }
        g.add("");
        g.add("resolve:");
        g.add("[ivy:retrieve] :: Apache Ivy 2.5.2 - 20230817142000 :: https://ant.apache.org/ivy/ ::");
        g.add("[ivy:retrieve] :: loading settings :: file = " + ws + "/ivysettings.xml");
        g.add("[ivy:retrieve] :: resolving dependencies :: com.acme#ledger-core;working@jenkins-agent-07");
        g.add("[ivy:retrieve] \tconfs: [compile, test]");
        String[] deps = {"commons-codec#commons-codec;1.16.0", "org.apache.commons#commons-lang3;3.14.0", "org.apache.commons#commons-csv;1.10.0",
            "com.google.guava#guava;32.1.3-jre", "com.google.guava#failureaccess;1.0.1", "org.slf4j#slf4j-api;2.0.9", "ch.qos.logback#logback-classic;1.4.14",
            "ch.qos.logback#logback-core;1.4.14", "com.fasterxml.jackson.core#jackson-databind;2.16.1", "com.fasterxml.jackson.core#jackson-core;2.16.1",
            "com.fasterxml.jackson.core#jackson-annotations;2.16.1", "joda-time#joda-time;2.12.5", "org.postgresql#postgresql;42.7.1",
            "org.checkerframework#checker-qual;3.41.0", "com.zaxxer#HikariCP;5.1.0", "junit#junit;4.13.2", "org.hamcrest#hamcrest-core;1.3",
            "org.mockito#mockito-core;4.11.0", "net.bytebuddy#byte-buddy;1.12.19", "net.bytebuddy#byte-buddy-agent;1.12.19", "org.objenesis#objenesis;3.3",
            "com.h2database#h2;2.2.224", "org.assertj#assertj-core;3.24.2"};
        for (String d : deps) {
            g.add("[ivy:retrieve] \tfound " + d + " in " + g.pick("central", "central", "acme-nexus"));
        }
        for (String d : deps) {
            String[] p = d.split("[#;]");
            g.add("[ivy:retrieve] downloading https://nexus.acme.example/repository/maven-public/" + p[0].replace('.', '/') + "/" + p[1] + "/" + p[2] + "/"
                    + p[1] + "-" + p[2] + ".jar ...");
            int dots = g.between(1, 12);
            g.add("[ivy:retrieve] " + ".".repeat(dots) + " (" + g.between(20, 3_200) + "kB)");
            g.add("[ivy:retrieve] .. (0kB)");
            g.add("[ivy:retrieve] \t[SUCCESSFUL ] " + d + "!" + p[1] + ".jar (" + g.between(40, 900) + "ms)");
        }
        g.add("[ivy:retrieve] :: resolution report :: resolve " + g.between(900, 2_400) + "ms :: artifacts dl " + g.between(4_000, 9_000) + "ms");
        g.add("\t---------------------------------------------------------------------");
        g.add("\t|                  |            modules            ||   artifacts   |");
        g.add("\t|       conf       | number| search|dwnlded|evicted|| number|dwnlded|");
        g.add("\t---------------------------------------------------------------------");
        g.add("\t|      compile     |   15  |   15  |   15  |   0   ||   15  |   15  |");
        g.add("\t|       test       |   23  |   23  |   23  |   0   ||   23  |   23  |");
        g.add("\t---------------------------------------------------------------------");
        g.add("[ivy:retrieve] :: retrieving :: com.acme#ledger-core");
        g.add("[ivy:retrieve] \tconfs: [compile, test]");
        g.add("[ivy:retrieve] \t23 artifacts copied, 0 already retrieved (" + g.between(18_000, 24_000) + "kB/" + g.between(40, 120) + "ms)");
        g.add("");
        g.add("compile:");
        g.add("    [javac] Compiling 312 source files to " + ws + "/build/classes");
        String[][] warns = {{"io/LegacyImporter.java", "Date(String) in Date has been deprecated", "        Date d = new Date(raw);", "                 ^"},
            {"fx/RateTable.java", "BigDecimal.ROUND_HALF_UP in BigDecimal has been deprecated", "        return v.setScale(2, BigDecimal.ROUND_HALF_UP);",
                "                                       ^"},
            {"model/Money.java", "Long(long) in Long has been deprecated and marked for removal", "        this.minor = new Long(minor);",
                "                     ^"},
            {"export/LedgerExport.java", "getYear() in Date has been deprecated", "        int y = date.getYear() + 1900;", "                    ^"}};
        int nw = 0;
        for (int i = 0; i < 14; i++) {
            String[] w = warns[i % warns.length];
            g.add("    [javac] " + ws + "/src/main/java/com/acme/ledger/" + w[0] + ":" + g.between(20, 400) + ": warning: [" + (w[1].contains("removal")
                    ? "removal" : "deprecation") + "] " + w[1]);
            g.add("    [javac] " + w[2]);
            g.add("    [javac] " + w[3]);
            nw++;
        }
        g.add("    [javac] Note: Some input files use unchecked or unsafe operations.");
        g.add("    [javac] Note: Recompile with -Xlint:unchecked for details.");
        g.add("    [javac] " + nw + " warnings");
        g.add("     [copy] Copying 9 files to " + ws + "/build/classes");
        g.add("");
        g.add("compile-tests:");
        g.add("    [javac] Compiling 58 source files to " + ws + "/build/test-classes");
        g.add("     [copy] Copying 14 files to " + ws + "/build/test-classes");
        g.add("");
        g.add("test:");
        String[] pkgs = {"", "fx.", "io.", "model.", "export.", "posting.", "recon.", "tax."};
        String[] nouns = {"Account", "Ledger", "Journal", "Posting", "Money", "Currency", "RateTable", "Balance", "Period", "Batch", "Csv", "Vat",
            "Statement", "Reconciler", "Importer", "Allocation", "Accrual", "Closing", "Audit", "Counterparty"};
        String[] verbs = {"Creates", "Rejects", "Rounds", "Sums", "Splits", "Parses", "Writes", "Reads", "Matches", "Reverses", "Validates", "Closes",
            "Converts", "Allocates", "Carries"};
        String[] objs = {"Balance", "EmptyBatch", "NegativeAmount", "ForeignCurrency", "LeapYear", "MultiplePeriods", "NullDescription", "DuplicateId",
            "ZeroRate", "LargeAmount", "QuotedField", "OpenPeriod", "ClosedPeriod", "MissingAccount", "Reversal"};
        List<String> classes = new ArrayList<>();
        for (String n : nouns) {
            classes.add("com.acme.ledger." + g.pick(pkgs) + n + "Test");
        }
        classes.add("com.acme.ledger.fx.RateConverterTest");
        classes.add("com.acme.ledger.export.LedgerExportTest");
        for (int i = 0; i < 28; i++) {
            classes.add("com.acme.ledger." + g.pick(pkgs) + g.pick(nouns) + g.pick("Service", "Repository", "Parser", "Writer", "Rules", "Mapper") + "Test");
        }
        List<String> uniq = new ArrayList<>(new LinkedHashSet<>(classes));
        uniq.sort(String::compareTo);
        int total = 0;
        for (String cls : uniq) {
            boolean rate = cls.endsWith(".RateConverterTest");
            boolean export = cls.endsWith(".LedgerExportTest");
            int n = g.between(4, 24);
            List<String> cases = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            while (cases.size() < n) {
                String c = "test" + g.pick(verbs) + g.pick(objs);
                if (seen.add(c)) {
                    cases.add(c);
                }
            }
            if (rate) {
                cases.set(n / 2, "testConvertEurToJpyRounding");
            }
            if (export) {
                cases.set(1, "testExportWritesUtf8Bom");
            }
            total += n;
            double elapsed = 0;
            List<String> body = new ArrayList<>();
            for (String c : cases) {
                double took = g.nextDouble() < 0.8 ? g.nextInt(12) / 1000.0 : g.between(12, 900) / 1000.0;
                elapsed += took;
                body.add(fmt("    [junit] Testcase: %s took %.3f sec", c, took));
                if (c.equals("testConvertEurToJpyRounding")) {
                    body.add("    [junit] \tFAILED");
                    body.add("    [junit] expected:<15823> but was:<15824>");
                    body.add("    [junit] junit.framework.AssertionFailedError: expected:<15823> but was:<15824>");
                    body.add("    [junit] \tat com.acme.ledger.fx.RateConverterTest.testConvertEurToJpyRounding(RateConverterTest.java:88)");
                    body.add("    [junit] ");
                }
                if (c.equals("testExportWritesUtf8Bom")) {
                    body.add("    [junit] \tCaused an ERROR");
                    body.add("    [junit] Input length = 1");
                    body.add("    [junit] java.nio.charset.UnmappableCharacterException: Input length = 1");
                    body.add("    [junit] \tat java.base/java.nio.charset.CoderResult.throwException(CoderResult.java:275)");
                    body.add("    [junit] \tat java.base/sun.nio.cs.StreamEncoder.implWrite(StreamEncoder.java:352)");
                    body.add("    [junit] \tat java.base/java.io.OutputStreamWriter.write(OutputStreamWriter.java:205)");
                    body.add("    [junit] \tat com.acme.ledger.export.LedgerExport.writeHeader(LedgerExport.java:61)");
                    body.add("    [junit] \tat com.acme.ledger.export.LedgerExportTest.testExportWritesUtf8Bom(LedgerExportTest.java:47)");
                    body.add("    [junit] ");
                }
            }
            g.add("    [junit] Testsuite: " + cls);
            g.add(fmt("    [junit] Tests run: %d, Failures: %d, Errors: %d, Skipped: 0, Time elapsed: %.3f sec", n, rate ? 1 : 0, export ? 1 : 0, elapsed + 0.05));
            if (g.chance(0.3) || export) {
                g.add("    [junit] ------------- Standard Output ---------------");
                int outs = g.between(2, 9);
                for (int o = 0; o < outs; o++) {
                    g.add(fmt("    [junit] %02d:%02d:%02d.%03d [main] %s %s - %s", 14, g.between(2, 5), g.between(0, 59), g.nextInt(1000), g.pick("INFO ", "DEBUG",
                            "INFO "), cls.replace("Test", ""), g.pick("using H2 in-memory ledger", "loaded 42 fixture postings", "period 2026-11 opened",
                            "batch committed", "rates loaded from fixtures/rates-2026-11.csv")));
                }
                g.add("    [junit] ------------- ---------------- ---------------");
            }
            g.add("    [junit] ");
            body.forEach(g::add);
            if (rate || export) {
                g.add("    [junit] Test " + cls + " FAILED");
            }
        }
        g.add("");
        g.add("test-report:");
        g.add("[junitreport] Processing " + ws + "/build/test-reports/TESTS-TestSuites.xml to /tmp/null1338214902");
        g.add("[junitreport] Loading stylesheet jar:file:/usr/share/ant/lib/ant-junit.jar!/org/apache/tools/ant/taskdefs/optional/junit/xsl/junit-frames.xsl");
        g.add("[junitreport] Transform time: 1412ms");
        g.add("[junitreport] Deleting: /tmp/null1338214902");
        g.add("");
        g.add("BUILD FAILED");
        String failed = ws + "/build.xml:188: Some unit tests failed, see build/test-reports";
        g.add(failed);
        g.add("");
        g.add("Total time: 3 minutes 12 seconds");
        String text = g.text();
        requireLines(g, 500, 2500);
        requireCount(text, "Testcase: testConvertEurToJpyRounding", 1);
        requireCount(text, "Testcase: testExportWritesUtf8Bom", 1);
        if (total < 300) {
            throw new IllegalStateException("tests " + total);
        }
        return NeedleCase.named("fresh21_ant_build", "build", "ant-junit-ivy")
                .shell("ant clean test")
                .question("The ledger-core Jenkins build went red. Which tests failed, and why?")
                .heldAside()
                .build(text, List.of(Needle.contains("Testcase: testConvertEurToJpyRounding"), Needle.contains("expected:<15823> but was:<15824>"),
                        Needle.contains("RateConverterTest.java:88"), Needle.contains("Testcase: testExportWritesUtf8Bom"),
                        Needle.contains("UnmappableCharacterException"), Needle.exact(failed)));
    }

    // ---------------------------------------------------------------- SHOW ENGINE INNODB STATUS\G

    private static void innoHeader(Gen g, String title) {
        String bar = "-".repeat(title.length());
        g.add(bar);
        g.add(title);
        g.add(bar);
    }

    /**
     * mysql -e 'SHOW ENGINE INNODB STATUS\G' on a shop's primary: the monitor's background thread and semaphore sections,
     * the latest detected deadlock (at 10:39:52, between a checkout transaction updating inventory then orders and a
     * fulfilment transaction updating orders then inventory, the second rolled back), the transaction list with some two
     * hundred idle sessions and a dozen active ones, file I/O, insert buffer, log, buffer pool and per-pool info, row
     * operations. The question asks which statements deadlocked and which transaction was rolled back: the two statements
     * of the deadlock and the WE ROLL BACK line.
     */
    static NeedleCase innodbStatus() {
        Gen g = new Gen(240_012);
        g.add("*************************** 1. row ***************************");
        g.add("  Type: InnoDB");
        g.add("  Name: ");
        g.add("Status: ");
        g.add("=====================================");
        g.add("2026-12-08 10:41:07 140213787432704 INNODB MONITOR OUTPUT");
        g.add("=====================================");
        g.add("Per second averages calculated from the last 19 seconds");
        innoHeader(g, "BACKGROUND THREAD");
        g.add("srv_master_thread loops: 88213 srv_active, 0 srv_shutdown, 1922104 srv_idle");
        g.add("srv_master_thread log flush and writes: 0");
        innoHeader(g, "SEMAPHORES");
        g.add("OS WAIT ARRAY INFO: reservation count 2214019");
        g.add("OS WAIT ARRAY INFO: signal count 2088173");
        g.add("RW-shared spins 0, rounds 0, OS waits 0");
        g.add("RW-excl spins 0, rounds 0, OS waits 0");
        g.add("RW-sx spins 0, rounds 0, OS waits 0");
        g.add("Spin rounds per wait: 0.00 RW-shared, 0.00 RW-excl, 0.00 RW-sx");
        innoHeader(g, "LATEST DETECTED DEADLOCK");
        g.add("2026-12-08 10:39:52 140213511321344");
        String stmt1 = "UPDATE orders SET status = 'RESERVED', updated_at = NOW(6) WHERE id = 9182231";
        String stmt2 = "UPDATE inventory SET reserved = reserved - 1, allocated = allocated + 1 WHERE sku_id = 88123 AND warehouse_id = 3";
        g.add("*** (1) TRANSACTION:");
        g.add("TRANSACTION 93821774, ACTIVE 0 sec starting index read");
        g.add("mysql tables in use 1, locked 1");
        g.add("LOCK WAIT 3 lock struct(s), heap size 1128, 2 row lock(s), undo log entries 1");
        g.add("MySQL thread id 48811, OS thread handle 140213510264576, query id 912883122 10.0.3.41 checkout_app updating");
        g.add(stmt1);
        String[] recs = {" 0: len 4; hex 80015835; asc    X5;;", " 1: len 6; hex 00000597a4ce; asc       ;;", " 2: len 7; hex 02000001a10e2f; asc       /;;",
            " 3: len 4; hex 80000003; asc     ;;", " 4: len 4; hex 8000001c; asc     ;;", " 5: len 4; hex 80000004; asc     ;;"};
        g.add("");
        g.add("*** (1) HOLDS THE LOCK(S):");
        g.add("RECORD LOCKS space id 412 page no 1187 n bits 144 index PRIMARY of table `shop`.`inventory` trx id 93821774 lock_mode X locks rec but not gap");
        g.add("Record lock, heap no 73 PHYSICAL RECORD: n_fields 8; compact format; info bits 0");
        for (String r : recs) {
            g.add(r);
        }
        g.add("");
        g.add("");
        g.add("*** (1) WAITING FOR THIS LOCK TO BE GRANTED:");
        g.add("RECORD LOCKS space id 398 page no 20411 n bits 96 index PRIMARY of table `shop`.`orders` trx id 93821774 lock_mode X locks rec but not gap"
                + " waiting");
        g.add("Record lock, heap no 41 PHYSICAL RECORD: n_fields 14; compact format; info bits 0");
        for (String r : recs) {
            g.add(r.replace("80015835", "808c1c97"));
        }
        g.add("");
        g.add("");
        g.add("*** (2) TRANSACTION:");
        g.add("TRANSACTION 93821771, ACTIVE 1 sec starting index read");
        g.add("mysql tables in use 1, locked 1");
        g.add("LOCK WAIT 4 lock struct(s), heap size 1128, 3 row lock(s), undo log entries 2");
        g.add("MySQL thread id 48790, OS thread handle 140213507147520, query id 912883119 10.0.3.57 fulfilment_app updating");
        g.add(stmt2);
        g.add("");
        g.add("*** (2) HOLDS THE LOCK(S):");
        g.add("RECORD LOCKS space id 398 page no 20411 n bits 96 index PRIMARY of table `shop`.`orders` trx id 93821771 lock_mode X locks rec but not gap");
        g.add("Record lock, heap no 41 PHYSICAL RECORD: n_fields 14; compact format; info bits 0");
        for (String r : recs) {
            g.add(r.replace("80015835", "808c1c97"));
        }
        g.add("");
        g.add("");
        g.add("*** (2) WAITING FOR THIS LOCK TO BE GRANTED:");
        g.add("RECORD LOCKS space id 412 page no 1187 n bits 144 index PRIMARY of table `shop`.`inventory` trx id 93821771 lock_mode X locks rec but not gap"
                + " waiting");
        g.add("Record lock, heap no 73 PHYSICAL RECORD: n_fields 8; compact format; info bits 0");
        for (String r : recs) {
            g.add(r);
        }
        g.add("");
        String rollback = "*** WE ROLL BACK TRANSACTION (2)";
        g.add(rollback);
        innoHeader(g, "TRANSACTIONS");
        g.add("Trx id counter 93822119");
        g.add("Purge done for trx's n:o < 93822001 undo n:o < 0 state: running but idle");
        g.add("History list length 18");
        g.add("LIST OF TRANSACTIONS FOR EACH SESSION:");
        long idle = 421_689_112_820_000L;
        String[] active = {"SELECT o.id, o.status FROM orders o WHERE o.customer_id = %d ORDER BY o.created_at DESC LIMIT 20",
            "UPDATE cart_items SET quantity = %d WHERE cart_id = %d", "INSERT INTO order_events (order_id, type, payload) VALUES (%d, 'PAID', ?)",
            "SELECT * FROM inventory WHERE sku_id = %d FOR UPDATE"};
        int trx = 93_822_040;
        for (int i = 0; i < 230; i++) {
            if (g.chance(0.06)) {
                trx += g.between(1, 6);
                int thread = g.between(40_000, 49_000);
                String q = g.pick(active);
                g.add(fmt("---TRANSACTION %d, ACTIVE %d sec%s", trx, g.between(0, 3), q.startsWith("SELECT *") ? " starting index read" : ""));
                g.add(fmt("%d lock struct(s), heap size 1128, %d row lock(s)%s", g.between(1, 4), g.between(0, 6), q.startsWith("INSERT") || q.startsWith("UPDATE")
                        ? ", undo log entries " + g.between(1, 3) : ""));
                g.add(fmt("MySQL thread id %d, OS thread handle %d, query id %d %s %s %s", thread, 140_213_500_000_000L + g.nextInt(9_000_000), 912_883_200L
                        + g.nextInt(900), g.pick("10.0.3.41", "10.0.3.42", "10.0.3.57"), g.pick("checkout_app", "fulfilment_app", "catalog_app"),
                        q.startsWith("SELECT o") ? "executing" : "updating"));
                g.add(fmt(q, g.between(1_000, 99_999), g.between(1, 9)).replace("quantity = 1 WHERE cart_id = ", "quantity = 1 WHERE cart_id = "));
                if (q.startsWith("SELECT *")) {
                    g.add("------- TRX HAS BEEN WAITING " + g.between(0, 2) + " SEC FOR THIS LOCK TO BE GRANTED:");
                    g.add(fmt("RECORD LOCKS space id 412 page no %d n bits 144 index PRIMARY of table `shop`.`inventory` trx id %d lock_mode X locks rec but not"
                            + " gap waiting", g.between(900, 1_400), trx));
                    g.add("------------------");
                }
            } else {
                idle += g.between(1, 900);
                g.add("---TRANSACTION " + idle + ", not started");
                g.add("0 lock struct(s), heap size 1128, 0 row lock(s)");
            }
        }
        innoHeader(g, "FILE I/O");
        String[] ios = {"insert buffer thread", "log thread", "read thread", "read thread", "read thread", "read thread", "write thread", "write thread",
            "write thread", "write thread"};
        for (int i = 0; i < ios.length; i++) {
            g.add("I/O thread " + i + " state: waiting for completed aio requests (" + ios[i] + ")");
        }
        g.add("Pending normal aio reads: [0, 0, 0, 0] , aio writes: [0, 0, 0, 0] ,");
        g.add(" ibuf aio reads:");
        g.add("Pending flushes (fsync) log: 0; buffer pool: 0");
        g.add("81237711 OS file reads, 912038812 OS file writes, 301188374 OS fsyncs");
        g.add("12.84 reads/s, 16384 avg bytes/read, 842.31 writes/s, 311.05 fsyncs/s");
        innoHeader(g, "INSERT BUFFER AND ADAPTIVE HASH INDEX");
        g.add("Ibuf: size 1, free list len 3918, seg size 3920, 118204 merges");
        g.add("merged operations:");
        g.add(" insert 182044, delete mark 9811, delete 412");
        g.add("discarded operations:");
        g.add(" insert 0, delete mark 0, delete 0");
        for (int i = 0; i < 8; i++) {
            g.add(fmt("Hash table size %d, node heap has %d buffer(s)", 4_425_293, g.between(200, 4_000)));
        }
        g.add("18234.11 hash searches/s, 4410.92 non-hash searches/s");
        g.add("---");
        g.add("LOG");
        g.add("---");
        g.add("Log sequence number          2218839124711");
        g.add("Log buffer assigned up to    2218839124711");
        g.add("Log buffer completed up to   2218839124711");
        g.add("Log written up to            2218839124711");
        g.add("Log flushed up to            2218839124688");
        g.add("Added dirty pages up to      2218839124711");
        g.add("Pages flushed up to          2218812203342");
        g.add("Last checkpoint at           2218812203342");
        g.add("Log minimum file id is       6612");
        g.add("Log maximum file id is       6619");
        g.add("212884411 log i/o's done, 301.22 log i/o's/second");
        innoHeader(g, "BUFFER POOL AND MEMORY");
        g.add("Total large memory allocated 0");
        g.add("Dictionary memory allocated 4411802");
        g.add("Buffer pool size   1572864");
        g.add("Free buffers       8192");
        g.add("Database pages     1551104");
        g.add("Old database pages 572561");
        g.add("Modified db pages  18211");
        g.add("Pending reads      0");
        g.add("Pending writes: LRU 0, flush list 0, single page 0");
        g.add("Pages made young 182991022, not young 1288134477");
        g.add("41.21 youngs/s, 188.03 non-youngs/s");
        g.add("Pages read 81231170, created 9120483, written 488123991");
        g.add("12.84 reads/s, 2.11 creates/s, 521.40 writes/s");
        g.add("Buffer pool hit rate 1000 / 1000, young-making rate 0 / 1000 not 1 / 1000");
        g.add("Pages read ahead 0.00/s, evicted without access 0.00/s, Random read ahead 0.00/s");
        g.add("LRU len: 1551104, unzip_LRU len: 0");
        g.add("I/O sum[48204]:cur[211], unzip sum[0]:cur[0]");
        innoHeader(g, "INDIVIDUAL BUFFER POOL INFO");
        for (int p = 0; p < 8; p++) {
            g.add("---BUFFER POOL " + p);
            g.add("Buffer pool size   196608");
            g.add("Free buffers       1024");
            g.add("Database pages     " + g.between(193_000, 194_600));
            g.add("Old database pages " + g.between(71_000, 72_000));
            g.add("Modified db pages  " + g.between(1_800, 2_800));
            g.add("Pending reads      0");
            g.add("Pending writes: LRU 0, flush list 0, single page 0");
            g.add("Pages made young " + g.between(22_000_000, 24_000_000) + ", not young " + g.between(150_000_000, 170_000_000));
            g.add(fmt("%.2f youngs/s, %.2f non-youngs/s", 3 + g.nextDouble() * 6, 18 + g.nextDouble() * 10));
            g.add("Pages read " + g.between(10_000_000, 10_400_000) + ", created " + g.between(1_100_000, 1_180_000) + ", written "
                    + g.between(60_000_000, 62_000_000));
            g.add(fmt("%.2f reads/s, %.2f creates/s, %.2f writes/s", 1 + g.nextDouble() * 2, g.nextDouble() * 0.5, 60 + g.nextDouble() * 10));
            g.add("Buffer pool hit rate 1000 / 1000, young-making rate 0 / 1000 not 1 / 1000");
            g.add("Pages read ahead 0.00/s, evicted without access 0.00/s, Random read ahead 0.00/s");
            g.add("LRU len: " + g.between(193_000, 194_600) + ", unzip_LRU len: 0");
            g.add("I/O sum[" + g.between(5_800, 6_300) + "]:cur[" + g.between(20, 30) + "], unzip sum[0]:cur[0]");
        }
        innoHeader(g, "ROW OPERATIONS");
        g.add("0 queries inside InnoDB, 0 queries in queue");
        g.add("3 read views open inside InnoDB");
        g.add("Process ID=1812, Main thread ID=140213787432704 , state=sleeping");
        g.add("Number of rows inserted 182330912, updated 402118823, deleted 11882931, read 912388123881");
        g.add("412.11 inserts/s, 1211.84 updates/s, 12.05 deletes/s, 88123.42 reads/s");
        g.add("Number of system rows inserted 12887, updated 33810, deleted 12644, read 8812031");
        g.add("0.00 inserts/s, 0.00 updates/s, 0.00 deletes/s, 12.37 reads/s");
        g.add("----------------------------");
        g.add("END OF INNODB MONITOR OUTPUT");
        g.add("============================");
        g.add("");
        String text = g.text();
        requireLines(g, 450, 1200);
        requireCount(text, stmt1, 1);
        requireCount(text, stmt2, 1);
        return NeedleCase.named("fresh21_innodb_status", "lines", "mysql-innodb-status")
                .shell("mysql -h db-primary.shop.internal -u admin -p\"$MYSQL_PWD\" -e 'SHOW ENGINE INNODB STATUS\\G'")
                .question("Checkout threw 'Deadlock found when trying to get lock' at about 10:40. Which two statements deadlocked, and which"
                        + " transaction did InnoDB roll back?")
                .heldAside()
                .build(text, List.of(Needle.exact(stmt1), Needle.exact(stmt2), Needle.exact(rollback)));
    }
}
