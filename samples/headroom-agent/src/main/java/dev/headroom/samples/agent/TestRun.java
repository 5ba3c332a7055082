package dev.headroom.samples.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The console output of {@code mvn test} on the checkout service: Maven's build lines, about 90 test classes
 * with the application log lines tests print, two assertion failures and one error around the payment
 * gateway timeout, Surefire's summary and BUILD FAILURE. Generated from a fixed seed; stateless.
 */
final class TestRun {

    /** The failing tests, as Surefire's summary names them. */
    static final List<String> FAILURES = List.of(
            "GatewayTimeoutHandlingTest.shouldRetryOnGatewayTimeout:88",
            "PaymentClientTest.shouldMapGatewayTimeoutTo503:57");
    static final String ERROR = "OrderCheckoutIT.shouldPlaceOrderWhenGatewayIsSlow:112";

    private static final String PKG = "com.acme.checkout";
    private static final String[] AREAS = {"web", "service", "payment", "inventory", "events", "pricing", "cart"};
    private static final String[] NOUNS = {"Order", "Cart", "Payment", "Voucher", "Price", "Tax", "Inventory",
            "Shipment", "Customer", "Refund", "Checkout", "Address", "Currency"};
    private static final String[] KINDS = {"ServiceTest", "ControllerTest", "MapperTest", "ValidatorTest", "ClientTest",
            "RepositoryTest"};

    private TestRun() {}

    static String mavenTest(String module) {
        Random random = new Random(Fleet.SEED + 3);
        List<String> out = new ArrayList<>(1_400);
        header(out, module);
        int run = 0;
        int skipped = 0;
        List<String> classes = new ArrayList<>();
        for (int i = 0; classes.size() < 88; i++) {
            String name = PKG + "." + AREAS[i % AREAS.length] + "." + NOUNS[random.nextInt(NOUNS.length)]
                    + KINDS[random.nextInt(KINDS.length)];
            if (!classes.contains(name)) {
                classes.add(name);
            }
        }
        classes.add(40, PKG + ".payment.GatewayTimeoutHandlingTest");
        classes.add(61, PKG + ".payment.PaymentClientTest");
        classes.add(PKG + ".OrderCheckoutIT");
        double seconds = 0;
        for (String test : classes) {
            out.add("[INFO] Running " + test);
            int noise = random.nextInt(10);
            for (int n = 0; n < noise; n++) {
                out.add(appLine(random, test));
            }
            int tests = 2 + random.nextInt(14);
            int skip = random.nextInt(30) == 0 ? 1 : 0;
            double elapsed = 0.05 + random.nextInt(900) / 1000.0;
            run += tests;
            skipped += skip;
            seconds += elapsed;
            String simple = test.substring(test.lastIndexOf('.') + 1);
            if (simple.equals("GatewayTimeoutHandlingTest")) {
                failure(out, test, tests, 1, 0, elapsed + 5, "shouldRetryOnGatewayTimeout", "FAILURE",
                        "org.opentest4j.AssertionFailedError: expected: <3> but was: <1>", 88);
            } else if (simple.equals("PaymentClientTest")) {
                failure(out, test, tests, 1, 0, elapsed + 5, "shouldMapGatewayTimeoutTo503", "FAILURE",
                        "org.opentest4j.AssertionFailedError: expected: <503> but was: <500>", 57);
            } else if (simple.equals("OrderCheckoutIT")) {
                failure(out, test, tests, 0, 1, elapsed + 10, "shouldPlaceOrderWhenGatewayIsSlow", "ERROR",
                        "com.acme.payments.PaymentGatewayTimeoutException: upstream 127.0.0.1:18443 did not answer within 5000 ms", 112);
            } else {
                out.add(String.format(Locale.ROOT, "[INFO] Tests run: %d, Failures: 0, Errors: 0, Skipped: %d, Time elapsed: %.3f s -- in %s",
                        tests, skip, elapsed, test));
            }
        }
        out.add("[INFO] ");
        out.add("[INFO] Results:");
        out.add("[INFO] ");
        out.add("[ERROR] Failures: ");
        out.add("[ERROR]   " + FAILURES.get(0) + " expected: <3> but was: <1>");
        out.add("[ERROR]   " + FAILURES.get(1) + " expected: <503> but was: <500>");
        out.add("[ERROR] Errors: ");
        out.add("[ERROR]   " + ERROR + " » PaymentGatewayTimeout upstream 127.0.0.1:18443 did not answer within 5000 ms");
        out.add("[INFO] ");
        out.add(String.format(Locale.ROOT, "[ERROR] Tests run: %d, Failures: 2, Errors: 1, Skipped: %d", run, skipped));
        out.add("[INFO] ");
        out.add("[INFO] ------------------------------------------------------------------------");
        out.add("[INFO] BUILD FAILURE");
        out.add("[INFO] ------------------------------------------------------------------------");
        out.add(String.format(Locale.ROOT, "[INFO] Total time:  %.3f s", seconds + 21.4));
        out.add("[INFO] Finished at: 2026-11-25T13:41:07Z");
        out.add("[INFO] ------------------------------------------------------------------------");
        out.add("[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.4:test (default-test) on project "
                + module + ": There are test failures.");
        out.add("[ERROR] ");
        out.add("[ERROR] See " + "/home/ci/checkout/" + module + "/target/surefire-reports for the individual test results.");
        return String.join("\n", out) + "\n";
    }

    private static void header(List<String> out, String module) {
        out.add("[INFO] Scanning for projects...");
        out.add("[INFO] ");
        out.add("[INFO] ----------------------< com.acme:" + module + " >-----------------------");
        out.add("[INFO] Building " + module + " 4.18.0-SNAPSHOT");
        out.add("[INFO]   from pom.xml");
        out.add("[INFO] --------------------------------[ jar ]---------------------------------");
        out.add("[INFO] ");
        out.add("[INFO] --- resources:3.3.1:resources (default-resources) @ " + module + " ---");
        out.add("[INFO] Copying 4 resources from src/main/resources to target/classes");
        out.add("[INFO] ");
        out.add("[INFO] --- compiler:3.14.0:compile (default-compile) @ " + module + " ---");
        out.add("[INFO] Nothing to compile - all classes are up to date.");
        out.add("[INFO] ");
        out.add("[INFO] --- surefire:3.5.4:test (default-test) @ " + module + " ---");
        out.add("[INFO] Using auto detected provider org.apache.maven.surefire.junitplatform.JUnitPlatformProvider");
        out.add("[INFO] ");
        out.add("[INFO] -------------------------------------------------------");
        out.add("[INFO]  T E S T S");
        out.add("[INFO] -------------------------------------------------------");
    }

    private static void failure(List<String> out, String test, int tests, int failures, int errors, double elapsed,
                                String method, String kind, String message, int line) {
        String simple = test.substring(test.lastIndexOf('.') + 1);
        out.add(String.format(Locale.ROOT, "[ERROR] Tests run: %d, Failures: %d, Errors: %d, Skipped: 0, Time elapsed: %.3f s <<< FAILURE! -- in %s",
                tests, failures, errors, elapsed, test));
        out.add(String.format(Locale.ROOT, "[ERROR] %s.%s -- Time elapsed: %.3f s <<< %s!", test, method, elapsed - 0.2, kind));
        out.add(message);
        if (kind.equals("FAILURE")) {
            out.add("\tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)");
            out.add("\tat org.junit.jupiter.api.AssertionFailureBuilder.buildAndThrow(AssertionFailureBuilder.java:132)");
            out.add("\tat org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:197)");
            out.add("\tat org.junit.jupiter.api.AssertEquals.assertEquals(AssertEquals.java:150)");
        } else {
            out.add("\tat com.acme.payments.client.GatewayClient.authorize(GatewayClient.java:" + ServiceLog.THROW_LINE + ")");
            out.add("\tat com.acme.checkout.payment.PaymentClient.authorize(PaymentClient.java:77)");
            out.add("\tat com.acme.checkout.service.OrderService.placeOrder(OrderService.java:61)");
        }
        out.add("\tat " + test + "." + method + "(" + simple + ".java:" + line + ")");
        out.add("\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)");
        out.add("\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1596)");
        out.add("");
    }

    private static String appLine(Random random, String test) {
        String[] loggers = {"c.a.c.service.OrderService", "c.a.c.payment.PaymentClient", "o.s.t.c.support.AnnotationConfigContextLoaderUtils",
                "c.a.c.inventory.InventoryClient", "o.h.e.t.j.p.i.JtaPlatformInitiator", "c.a.c.events.OrderEvents"};
        String[] messages = {"Order ord-%s placed (3 lines, total 84.20 EUR)", "Authorized payment for order ord-%s via stub in 3 ms",
                "Could not detect default configuration classes for test class [%s]", "Reserved 2 items for order ord-%s in 1 ms",
                "HHH000490: Using JtaPlatform implementation: [org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform]",
                "Published OrderCreated for ord-%s to orders.v1 partition 0 offset %s"};
        int pick = random.nextInt(loggers.length);
        String message = messages[pick].replace("[%s]", "[" + test + "]").replace("%s", Fleet.hex(random, 8));
        return String.format(Locale.ROOT, "13:40:%02d.%03d [main] INFO  %s -- %s", random.nextInt(60), random.nextInt(1000),
                loggers[pick], message);
    }
}
