package dev.headroom.samples.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The last 1,500 lines of the checkout service's log, in Spring Boot's default console format: routine
 * INFO lines, a rising number of slow-payment WARN lines, a few ERROR lines against one payment gateway,
 * one stack trace with a cause, and a circuit breaker opening. Generated from a fixed seed; stateless.
 */
final class ServiceLog {

    static final int LINES = 1_500;
    /** Where the exception is thrown; {@link CodeBase} puts the throw at this line. */
    static final int THROW_LINE = 142;

    private static final String[] THREADS = {"nio-8080-exec-1", "nio-8080-exec-2", "nio-8080-exec-3", "nio-8080-exec-4",
            "nio-8080-exec-5", "nio-8080-exec-6", "nio-8080-exec-7", "nio-8080-exec-8", "nio-8080-exec-9",
            "nio-8080-exec-10"};

    private ServiceLog() {}

    static String tail(Fleet fleet, String service) {
        Random random = new Random(Fleet.SEED + 1);
        String culprit = fleet.culprit().privateIp();
        List<String> gateways = fleet.gatewayIps();
        List<String> lines = new ArrayList<>(LINES + 40);
        long millis = ((13L * 60 + 2) * 60 + 11) * 1000 + 87; // 13:02:11.087
        boolean traced = false;
        int errors = 0;
        while (lines.size() < LINES) {
            millis += 40 + random.nextInt(900);
            double progress = (double) lines.size() / LINES;
            String order = "ord-" + Fleet.hex(random, 8);
            String thread = THREADS[random.nextInt(THREADS.length)];
            int roll = random.nextInt(1000);
            if (progress > 0.55 && roll < 6 + (int) (progress * 30)) {
                int attempt = 1 + random.nextInt(2);
                lines.add(line(millis, "WARN", thread, "c.acme.checkout.payment.PaymentClient",
                        "Payment authorization slow for order " + order + ": upstream " + culprit + ":8443 responded in "
                                + (3200 + random.nextInt(1700)) + " ms (attempt " + attempt + "/3)"));
            } else if (progress > 0.7 && roll < 50 && errors < 6) {
                errors++;
                lines.add(line(millis, "ERROR", thread, "c.acme.checkout.payment.PaymentClient",
                        "Payment authorization failed for order " + order + ": upstream " + culprit
                                + ":8443 timed out after 5000 ms (attempt 3/3)"));
                if (!traced && errors == 3) {
                    traced = true;
                    millis += 3;
                    lines.add(line(millis, "ERROR", thread, "c.acme.checkout.web.ApiExceptionHandler",
                            "Unhandled exception for POST /api/orders (order " + order + ", requestId="
                                    + Fleet.hex(random, 12) + ")"));
                    lines.addAll(stackTrace(culprit));
                }
                if (errors == 5) {
                    millis += 11;
                    lines.add(line(millis, "ERROR", "resilience4j-cb-1", "c.acme.checkout.payment.PaymentCircuit",
                            "Circuit breaker 'payments' changed state from CLOSED to OPEN: failure rate 62.5% above threshold 50.0%"));
                }
            } else {
                lines.add(routine(random, millis, thread, order, gateways));
            }
        }
        return String.join("\n", lines.subList(lines.size() - LINES, lines.size())) + "\n";
    }

    private static String routine(Random random, long millis, String thread, String order, List<String> gateways) {
        int pick = random.nextInt(100);
        if (pick < 30) {
            return line(millis, "INFO", thread, "c.acme.checkout.web.OrderController",
                    "POST /api/orders -> 201 (" + (35 + random.nextInt(160)) + " ms) order=" + order);
        } else if (pick < 50) {
            return line(millis, "INFO", thread, "c.acme.checkout.web.CartController",
                    "GET /api/carts/" + Fleet.hex(random, 10) + " -> 200 (" + (3 + random.nextInt(40)) + " ms)");
        } else if (pick < 66) {
            String gateway = gateways.get(random.nextInt(gateways.size()));
            return line(millis, "INFO", thread, "c.acme.checkout.payment.PaymentClient",
                    "Authorized payment for order " + order + " via upstream " + gateway + ":8443 in "
                            + (90 + random.nextInt(260)) + " ms");
        } else if (pick < 78) {
            return line(millis, "INFO", thread, "c.acme.checkout.inventory.InventoryClient",
                    "Reserved " + (1 + random.nextInt(5)) + " items for order " + order + " in " + (4 + random.nextInt(30)) + " ms");
        } else if (pick < 88) {
            return line(millis, "INFO", "kafka-producer-1", "c.acme.checkout.events.OrderEvents",
                    "Published OrderCreated for " + order + " to orders.v1 partition " + random.nextInt(12)
                            + " offset " + (4_810_000 + random.nextInt(90_000)));
        } else if (pick < 95) {
            return line(millis, "INFO", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
                    "HikariPool-1 - Pool stats (total=20, active=" + random.nextInt(12) + ", idle=" + (8 + random.nextInt(12))
                            + ", waiting=0)");
        }
        return line(millis, "INFO", thread, "c.acme.checkout.web.HealthController",
                "GET /actuator/health -> 200 (" + (1 + random.nextInt(4)) + " ms)");
    }

    private static List<String> stackTrace(String culprit) {
        return List.of(
                "com.acme.payments.PaymentGatewayTimeoutException: upstream " + culprit + ":8443 did not answer within 5000 ms",
                "\tat com.acme.payments.client.GatewayClient.authorize(GatewayClient.java:" + THROW_LINE + ")",
                "\tat com.acme.checkout.payment.PaymentClient.authorize(PaymentClient.java:77)",
                "\tat com.acme.checkout.service.OrderService.placeOrder(OrderService.java:61)",
                "\tat com.acme.checkout.web.OrderController.create(OrderController.java:47)",
                "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)",
                "\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:258)",
                "\tat org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:191)",
                "\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)",
                "\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
                "\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
                "\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:138)",
                "\tat org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
                "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
                "Caused by: java.net.SocketTimeoutException: Read timed out",
                "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)",
                "\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:304)",
                "\tat java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:346)",
                "\tat java.base/sun.security.ssl.SSLSocketInputRecord.read(SSLSocketInputRecord.java:489)",
                "\tat java.net.http/jdk.internal.net.http.HttpClientImpl.send(HttpClientImpl.java:935)",
                "\tat com.acme.payments.client.GatewayClient.authorize(GatewayClient.java:139)",
                "\t... 13 more");
    }

    private static String line(long millis, String level, String thread, String logger, String message) {
        long s = millis / 1000;
        return String.format(Locale.ROOT, "2026-11-25T%02d:%02d:%02d.%03dZ %5s 1 --- [%s] %s : %s",
                s / 3600 % 24, s / 60 % 60, s % 60, millis % 1000, level, thread, logger, message);
    }
}
