package dev.headroom.samples.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A made-up code base of the checkout and payments services (about 190 files), searched the way
 * {@code grep -rniE PATTERN .} prints its matches: {@code path:line:text}, files in path order. The search is
 * real (a regular expression over generated lines), so any pattern a model sends gets an honest answer.
 * Generated from a fixed seed; immutable and thread-safe.
 */
final class CodeBase {

    /** More matches than any grep a person would read; the rest is cut with a note, as tools do. */
    static final int MAX_MATCHES = 2_000;

    private static final String[] MODULES = {"checkout-service", "payments-client", "orders-worker", "inventory-client",
            "common-http", "common-events"};
    private static final String[] NOUNS = {"Order", "Cart", "Payment", "Refund", "Inventory", "Shipment", "Price",
            "Customer", "Voucher", "Invoice", "Gateway", "Webhook", "Ledger", "Session", "Fraud", "Tax"};
    private static final String[] ROLES = {"Service", "Client", "Controller", "Repository", "Mapper", "Validator",
            "Properties", "Config", "Handler", "Scheduler"};

    private static final String[] STATEMENTS = {
            "log.debug(\"%s request took {} ms\", elapsed.toMillis());",
            "var response = http.send(request, BodyHandlers.ofString());",
            "if (response.statusCode() >= 500) { throw new UpstreamException(response.statusCode()); }",
            "return mapper.readValue(response.body(), %sResponse.class);",
            "Objects.requireNonNull(id, \"id\");",
            "metrics.counter(\"%s.calls\").increment();",
            "var started = clock.instant();",
            "repository.save(entity);",
            "events.publish(new %sUpdated(entity.id(), clock.instant()));",
            "log.info(\"%s {} updated\", entity.id());",
            "return Optional.ofNullable(cache.get(key));",
            "validator.validate(command);",
            "retry.executeSupplier(() -> call(command));",
            "if (attempt >= maxAttempts) { throw new RetriesExhaustedException(attempt); }",
            "return ResponseEntity.status(HttpStatus.ACCEPTED).body(view);",
            "total = total.add(line.price().multiply(BigDecimal.valueOf(line.quantity())));",
            "assert total.signum() >= 0 : \"negative total\";",
            "return new %sView(entity.id(), entity.status(), entity.updatedAt());",
    };

    /** Lines about timeouts: rarer than the rest, so a grep for "timeout" finds a few hundred, as in real code. */
    private static final String[] TIMEOUT_STATEMENTS = {
            "var request = HttpRequest.newBuilder(uri).timeout(properties.readTimeout()).POST(body).build();",
            "log.warn(\"%s call timed out after {} ms, attempt {}\", timeout.toMillis(), attempt);",
            "builder.connectTimeout(Duration.ofMillis(properties.connectTimeoutMs()));",
            "lock.tryLock(lockTimeout.toMillis(), TimeUnit.MILLISECONDS);",
            "scheduler.schedule(this::expire, sessionTimeout);",
    };

    private final Map<String, List<String>> files;

    private CodeBase(Map<String, List<String>> files) {
        this.files = files;
    }

    static CodeBase generate() {
        Random random = new Random(Fleet.SEED + 2);
        Map<String, List<String>> files = new TreeMap<>();
        for (String module : MODULES) {
            String pkg = "com/acme/" + module.replace("-service", "").replace("-client", "").replace('-', '/');
            for (int f = 0; f < 32; f++) {
                String noun = NOUNS[random.nextInt(NOUNS.length)];
                String role = ROLES[random.nextInt(ROLES.length)];
                boolean test = f % 4 == 3;
                String name = noun + role + (test ? "Test" : "") + (f >= 16 ? "V" + (f / 16 + 1) : "");
                String path = module + "/src/" + (test ? "test" : "main") + "/java/" + pkg + "/" + name + ".java";
                files.putIfAbsent(path, javaFile(random, pkg, name, noun, 60 + random.nextInt(180)));
            }
            files.put(module + "/src/main/resources/application.yml", yaml(module));
        }
        files.put("payments-client/src/main/java/com/acme/payments/client/GatewayClient.java", gatewayClient(random));
        files.put("payments-client/src/main/java/com/acme/payments/PaymentGatewayTimeoutException.java", List.of(
                "package com.acme.payments;",
                "",
                "/** The payment gateway did not answer within the configured timeout. */",
                "public class PaymentGatewayTimeoutException extends PaymentException {",
                "",
                "    public PaymentGatewayTimeoutException(String upstream, long timeoutMs, Throwable cause) {",
                "        super(\"upstream \" + upstream + \" did not answer within \" + timeoutMs + \" ms\", cause);",
                "    }",
                "}"));
        return new CodeBase(files);
    }

    /** The matches of {@code pattern} (a regular expression, case-insensitive; a literal if it does not parse). */
    String grep(String pattern) {
        Pattern regex;
        try {
            regex = Pattern.compile(pattern == null ? "" : pattern, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            regex = Pattern.compile(Pattern.quote(pattern), Pattern.CASE_INSENSITIVE);
        }
        StringBuilder sb = new StringBuilder();
        int matches = 0;
        for (Map.Entry<String, List<String>> file : files.entrySet()) {
            List<String> lines = file.getValue();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = regex.matcher(lines.get(i));
                if (m.find()) {
                    if (++matches > MAX_MATCHES) {
                        return sb.append("grep: output truncated after ").append(MAX_MATCHES).append(" matches\n").toString();
                    }
                    sb.append(file.getKey()).append(':').append(i + 1).append(':').append(lines.get(i)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static List<String> javaFile(Random random, String pkg, String name, String noun, int length) {
        List<String> lines = new ArrayList<>(length + 10);
        lines.add("package " + pkg.replace('/', '.') + ";");
        lines.add("");
        lines.add("import java.time.Duration;");
        lines.add("import java.util.Objects;");
        lines.add("import org.slf4j.Logger;");
        lines.add("");
        lines.add("public class " + name + " {");
        lines.add("");
        lines.add("    private static final Logger log = org.slf4j.LoggerFactory.getLogger(" + name + ".class);");
        while (lines.size() < length) {
            String method = verb(random) + noun + (lines.size() % 3 == 0 ? "s" : "");
            lines.add("");
            lines.add("    public Object " + method + "(Object command) {");
            int body = 3 + random.nextInt(9);
            for (int b = 0; b < body; b++) {
                String[] pool = random.nextInt(100) < 3 ? TIMEOUT_STATEMENTS : STATEMENTS;
                lines.add("        " + pool[random.nextInt(pool.length)].replace("%s", noun));
            }
            lines.add("        return command;");
            lines.add("    }");
        }
        lines.add("}");
        return lines;
    }

    private static String verb(Random random) {
        String[] verbs = {"find", "update", "create", "cancel", "sync", "load", "validate", "expire", "retry", "map"};
        return verbs[random.nextInt(verbs.length)];
    }

    private static List<String> yaml(String module) {
        return List.of(
                "spring:",
                "  application:",
                "    name: " + module,
                "  datasource:",
                "    hikari:",
                "      connection-timeout: 30000",
                "      maximum-pool-size: 20",
                "payments:",
                "  gateway:",
                "    connect-timeout-ms: 1000",
                "    read-timeout-ms: 5000",
                "    max-attempts: 3",
                "server:",
                "  tomcat:",
                "    connection-timeout: 20s");
    }

    /** The client whose line {@value ServiceLog#THROW_LINE} throws the exception the log shows. */
    private static List<String> gatewayClient(Random random) {
        List<String> lines = new ArrayList<>(javaFile(random, "com/acme/payments/client", "GatewayClient", "Gateway", 110));
        lines.remove(lines.size() - 1);
        while (lines.size() < ServiceLog.THROW_LINE - 8) {
            lines.add("");
        }
        lines.add("    public Authorization authorize(PaymentRequest payment) {");
        lines.add("        var request = HttpRequest.newBuilder(uri(\"/v2/authorizations\")).timeout(readTimeout).POST(json(payment)).build();");
        lines.add("        try {");
        lines.add("            var response = http.send(request, BodyHandlers.ofString());");
        lines.add("            return mapper.readValue(response.body(), Authorization.class);");
        lines.add("        } catch (HttpTimeoutException e) {");
        lines.add("            // no retry here: PaymentClient retries, and the circuit breaker counts this as a failure");
        lines.add("            throw new PaymentGatewayTimeoutException(upstream, readTimeout.toMillis(), e);");
        lines.add("        } catch (IOException e) {");
        lines.add("            throw new PaymentException(\"gateway call failed: \" + e.getMessage(), e);");
        lines.add("        }");
        lines.add("    }");
        lines.add("}");
        return lines;
    }
}
