package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;
import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The eleventh held-aside batch ({@code fresh10_*}), written on 2026-12-07 (session 9), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor
 * looked at a compressed output of it. Formats none of the other cases has: a JUnit XML report (surefire {@code
 * TEST-*.xml} concatenated), a SARIF 2.1.0 file (SpotBugs), PostgreSQL {@code EXPLAIN (ANALYZE, BUFFERS)} of a
 * partitioned report query, {@code iptables -L -n -v --line-numbers}, {@code make -j4} of a C project (gcc
 * diagnostics), {@code valgrind --leak-check=full}, {@code npm ls --all}, {@code pip freeze} with {@code pip check},
 * {@code systemd-analyze} (time, blame, critical-chain), several {@code dig} answers, {@code kubectl get pods -o
 * yaml} and {@code jmap -histo:live}. Never tuned on: reported as their own set {@code fresh-10}, refused by
 * {@code --case}.
 */
final class FreshCases10 {

    private FreshCases10() {}

    static List<NeedleCase> all() {
        return List.of(junitXmlReport(), sarifSpotbugs(), postgresExplainAnalyze(), iptablesList(), makeGccError(), valgrindMemcheck(),
                npmLsAll(), pipFreezeCheck(), systemdAnalyze(), digAnswers(), kubectlPodsYaml(), jmapHisto());
    }

    private static String pickChars(Gen g, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(g.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("\n", "&#10;");
    }

    private static final String KUBE = "bcdfghjklmnpqrstvwxz2456789";

    // ---------------------------------------------------------------- JUnit XML (surefire reports)

    private static final String[] VERBS = {"create", "reject", "update", "cancel", "load", "store", "map", "validate", "compute", "reserve", "release",
        "find", "list", "skip", "retry", "merge", "split", "round", "parse", "serialize"};
    private static final String[] OBJECTS = {"order", "empty_cart", "draft_invoice", "expired_token", "duplicate_line", "negative_quantity",
        "unknown_sku", "shipping_address", "tax_rate", "currency_amount", "partial_refund", "gift_card", "customer_profile", "price_list",
        "stock_level", "backorder", "coupon_code", "payment_intent", "webhook_event", "audit_entry"};
    private static final String[] SUFFIXES = {"", "_when_missing", "_for_eu_customer", "_with_null_fields", "_after_timeout", "_on_conflict",
        "_in_batch", "_twice", "_concurrently", "_from_cache"};

    private static String surefireProps(Gen g, String module, String testClass) {
        String home = "/home/runner/work/shop/shop/" + module;
        StringBuilder cp = new StringBuilder(home + "/target/test-classes:" + home + "/target/classes");
        String[] jars = {"org/springframework/spring-core/6.1.14/spring-core-6.1.14.jar", "org/springframework/spring-context/6.1.14/spring-context-6.1.14.jar",
            "org/springframework/spring-jdbc/6.1.14/spring-jdbc-6.1.14.jar", "com/fasterxml/jackson/core/jackson-databind/2.17.2/jackson-databind-2.17.2.jar",
            "org/postgresql/postgresql/42.7.4/postgresql-42.7.4.jar", "org/junit/jupiter/junit-jupiter-api/5.10.5/junit-jupiter-api-5.10.5.jar",
            "org/assertj/assertj-core/3.26.3/assertj-core-3.26.3.jar", "org/mockito/mockito-core/5.14.2/mockito-core-5.14.2.jar",
            "org/testcontainers/postgresql/1.20.3/postgresql-1.20.3.jar", "org/slf4j/slf4j-api/2.0.16/slf4j-api-2.0.16.jar"};
        for (String j : jars) {
            cp.append(":/home/runner/.m2/repository/").append(j);
        }
        String[][] props = {{"java.specification.version", "21"}, {"sun.jnu.encoding", "UTF-8"}, {"java.class.path", cp.toString()},
            {"java.vm.vendor", "Eclipse Adoptium"}, {"sun.arch.data.model", "64"}, {"java.vendor.url", "https://adoptium.net/"}, {"os.name", "Linux"},
            {"java.vm.specification.version", "21"}, {"sun.java.launcher", "SUN_STANDARD"},
            {"sun.boot.library.path", "/opt/hostedtoolcache/Java_Temurin-Hotspot_jdk/21.0.5-11.0/x64/lib"},
            {"sun.java.command", home + "/target/surefire/surefirebooter-20261207091412" + g.between(100, 999) + "_3.jar " + home
                + "/target/surefire 2026-12-07T09-14-02_118-jvmRun1 surefire-" + g.between(1_000_000, 9_999_999) + "tmp"},
            {"jdk.debug", "release"}, {"surefire.test.class.path", cp.toString()}, {"sun.cpu.endian", "little"}, {"user.home", "/home/runner"},
            {"user.language", "en"}, {"java.specification.vendor", "Oracle Corporation"}, {"java.version.date", "2024-10-15"},
            {"java.home", "/opt/hostedtoolcache/Java_Temurin-Hotspot_jdk/21.0.5-11.0/x64"}, {"file.separator", "/"}, {"basedir", home},
            {"java.vm.compressedOopsMode", "Zero based"}, {"line.separator", "&#10;"}, {"java.vm.specification.vendor", "Oracle Corporation"},
            {"java.specification.name", "Java Platform API Specification"}, {"surefire.real.class.path", home + "/target/surefire/surefirebooter.jar"},
            {"sun.management.compiler", "HotSpot 64-Bit Tiered Compilers"}, {"java.runtime.version", "21.0.5+11-LTS"}, {"user.name", "runner"},
            {"path.separator", ":"}, {"os.version", "6.5.0-1025-azure"}, {"java.runtime.name", "OpenJDK Runtime Environment"},
            {"file.encoding", "UTF-8"}, {"java.vm.name", "OpenJDK 64-Bit Server VM"}, {"localRepository", "/home/runner/.m2/repository"},
            {"java.vendor.url.bug", "https://github.com/adoptium/adoptium-support/issues"}, {"java.io.tmpdir", "/tmp"}, {"java.version", "21.0.5"},
            {"user.dir", home}, {"os.arch", "amd64"}, {"java.vm.specification.name", "Java Virtual Machine Specification"},
            {"native.encoding", "UTF-8"}, {"java.library.path", "/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib"},
            {"java.vm.info", "mixed mode, sharing"}, {"java.vendor", "Eclipse Adoptium"}, {"java.vm.version", "21.0.5+11-LTS"},
            {"sun.io.unicode.encoding", "UnicodeLittle"}, {"java.class.version", "65.0"}};
        StringBuilder sb = new StringBuilder("  <properties>\n");
        for (String[] p : props) {
            sb.append("    <property name=\"").append(p[0]).append("\" value=\"").append(p[1]).append("\"/>\n");
        }
        return sb.append("  </properties>").toString();
    }

    private static final String[] JUPITER_TAIL = {
        "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)",
        "\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1596)",
        "\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1596)"};

    /**
     * cat of the surefire reports of the shop-orders module after a CI run: 26 test classes, about 300 test cases, most
     * passing in milliseconds; a volume-discount test fails on an assertion (100.00 instead of 90.00), an invoice test
     * fails an AssertJ contains check, and the repository integration test errors because Postgres refused the
     * connection.
     */
    static NeedleCase junitXmlReport() {
        Gen g = new Gen(130_001);
        String[] classes = {"pricing.PricingServiceTest", "pricing.DiscountRulesTest", "pricing.TaxCalculatorTest", "pricing.CurrencyRoundingTest",
            "cart.CartServiceTest", "cart.CartMergeTest", "cart.CouponValidatorTest", "checkout.CheckoutFlowTest", "checkout.PaymentIntentMapperTest",
            "checkout.AddressValidatorTest", "invoice.InvoiceRendererTest", "invoice.InvoiceNumberGeneratorTest", "invoice.CreditNoteServiceTest",
            "inventory.StockReservationTest", "inventory.BackorderPolicyTest", "inventory.WarehouseRouterTest", "api.OrderControllerTest",
            "api.OrderDtoMapperTest", "api.ErrorHandlerTest", "events.OrderEventPublisherTest", "events.WebhookSignatureTest",
            "persistence.OrderRepositoryIT", "persistence.OutboxRepositoryIT", "refund.RefundServiceTest", "refund.PartialRefundCalculatorTest",
            "audit.AuditTrailTest"};
        String pricingFail = "should_apply_volume_discount_above_100_units";
        String invoiceFail = "should_render_vat_line_for_eu_customer";
        String repoError = "should_persist_order_with_lines";
        StringBuilder out = new StringBuilder();
        String pricingLine = null;
        String invoiceLine = null;
        String repoLine = null;
        int total = 0;
        for (String c : classes) {
            String fq = "com.acme.shop.orders." + c;
            String simple = c.substring(c.indexOf('.') + 1);
            int n = c.endsWith("IT") ? g.between(6, 9) : g.between(9, 15);
            List<String> names = new ArrayList<>();
            TreeSet<String> seen = new TreeSet<>();
            if (c.equals("pricing.PricingServiceTest")) {
                names.add(pricingFail);
                seen.add(pricingFail);
            } else if (c.equals("invoice.InvoiceRendererTest")) {
                names.add(invoiceFail);
                seen.add(invoiceFail);
            } else if (c.equals("persistence.OrderRepositoryIT")) {
                names.add(repoError);
                seen.add(repoError);
            }
            while (names.size() < n) {
                String name = "should_" + g.pick(VERBS) + "_" + g.pick(OBJECTS) + g.pick(SUFFIXES);
                if (seen.add(name)) {
                    names.add(g.nextInt(names.size() + 1), name);
                }
            }
            total += n;
            List<String> cases = new ArrayList<>();
            double time = 0;
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            for (String name : names) {
                double t = c.endsWith("IT") ? g.between(40, 2_400) / 1000.0 : g.chance(0.85) ? g.between(0, 40) / 1000.0 : g.between(41, 900) / 1000.0;
                time += t;
                String open = fmt("  <testcase name=\"%s\" classname=\"%s\" time=\"%.3f\"", name, fq, t);
                if (name.equals(pricingFail)) {
                    failures++;
                    pricingLine = open + ">";
                    cases.add(pricingLine + "\n    <failure message=\"expected: &lt;90.00&gt; but was: &lt;100.00&gt;\" type=\"org.opentest4j.AssertionFailedError\">"
                            + "<![CDATA[org.opentest4j.AssertionFailedError: expected: <90.00> but was: <100.00>\n"
                            + "\tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)\n"
                            + "\tat org.junit.jupiter.api.AssertionFailureBuilder.buildAndThrow(AssertionFailureBuilder.java:132)\n"
                            + "\tat org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:197)\n"
                            + "\tat org.junit.jupiter.api.AssertEquals.assertEquals(AssertEquals.java:182)\n"
                            + "\tat org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:1156)\n"
                            + "\tat " + fq + "." + name + "(" + simple + ".java:88)\n" + String.join("\n", JUPITER_TAIL) + "\n]]></failure>\n  </testcase>");
                } else if (name.equals(invoiceFail)) {
                    failures++;
                    invoiceLine = open + ">";
                    String msg = "\nExpecting actual:\n  \"INV-2026-000417\nSubtotal 100.00 EUR\nTotal 100.00 EUR\"\nto contain:\n  \"VAT 21%\" ";
                    cases.add(invoiceLine + "\n    <failure message=\"" + xml(msg) + "\" type=\"java.lang.AssertionError\"><![CDATA[java.lang.AssertionError: " + msg + "\n"
                            + "\tat " + fq + "." + name + "(" + simple + ".java:142)\n" + String.join("\n", JUPITER_TAIL) + "\n]]></failure>\n"
                            + "    <system-out><![CDATA[09:14:31.207 [main] DEBUG com.acme.shop.orders.invoice.InvoiceRenderer -- rendering INV-2026-000417 for"
                            + " customer 88213 (country=NL, vatExempt=false)\n09:14:31.209 [main] WARN  com.acme.shop.orders.invoice.VatTable -- no VAT rate for"
                            + " NL on 2026-12-07, falling back to 0\n]]></system-out>\n  </testcase>");
                } else if (name.equals(repoError)) {
                    errors++;
                    repoLine = open + ">";
                    String msg = "Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.";
                    cases.add(repoLine + "\n    <error message=\"" + xml(msg) + "\" type=\"org.postgresql.util.PSQLException\"><![CDATA[org.postgresql.util.PSQLException: "
                            + msg + "\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:352)\n"
                            + "\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)\n"
                            + "\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)\n"
                            + "\tat org.postgresql.Driver.makeConnection(Driver.java:446)\n"
                            + "\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:476)\n"
                            + "\tat " + fq + "." + name + "(" + simple + ".java:57)\n"
                            + "Caused by: java.net.ConnectException: Connection refused\n"
                            + "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n"
                            + "\tat java.base/java.net.Socket.connect(Socket.java:751)\n"
                            + "\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243)\n"
                            + "\t... 12 more\n]]></error>\n  </testcase>");
                } else if (g.chance(0.02)) {
                    skipped++;
                    cases.add(open + ">\n    <skipped message=\"flaky on CI, see SHOP-" + g.between(1200, 1900) + "\"/>\n  </testcase>");
                } else {
                    cases.add(open + "/>");
                }
            }
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                    + " xsi:noNamespaceSchemaLocation=\"https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd\"")
                    .append(fmt(" version=\"3.0.2\" name=\"%s\" time=\"%.3f\" tests=\"%d\" errors=\"%d\" skipped=\"%d\" failures=\"%d\">\n", fq,
                            time + g.between(5, 400) / 1000.0, n, errors, skipped, failures));
            out.append(surefireProps(g, "shop-orders", fq)).append('\n');
            for (String tc : cases) {
                out.append(tc).append('\n');
            }
            out.append("</testsuite>\n");
        }
        String text = out.toString();
        if (total < 280) {
            throw new IllegalStateException("too few test cases: " + total);
        }
        requireCount(text, "expected: <90.00> but was: <100.00>", 1);
        return NeedleCase.named("fresh10_junit_xml_report", "build", "junit-xml")
                .shell("cat shop-orders/target/surefire-reports/TEST-*.xml")
                .question("The shop-orders CI job went red and the log only says 'There are test failures'. Which tests failed or errored, and with what messages?")
                .heldAside()
                .build(text, List.of(Needle.exact(pricingLine), Needle.contains("expected: <90.00> but was: <100.00>"), Needle.exact(invoiceLine),
                        Needle.exact(repoLine), Needle.contains("PSQLException: Connection to localhost:5432 refused")));
    }

    // ---------------------------------------------------------------- SARIF 2.1.0 (SpotBugs)

    private record Rule(String id, String level, String text, String help) {}

    /**
     * The SARIF file SpotBugs wrote for the billing service (pretty-printed as SpotBugs' Gson writer does): 13 rules,
     * about 130 results, almost all notes and warnings (exposed internal representations, unread fields, default
     * encodings, boxing); one error-level result, a non-constant SQL string handed to execute in InvoiceExporter.java,
     * the file the question names, which also has a few notes and warnings of its own.
     */
    static NeedleCase sarifSpotbugs() {
        Gen g = new Gen(130_002);
        Rule[] rules = {
            new Rule("EI_EXPOSE_REP", "warning", "May expose internal representation by returning reference to mutable object",
                    "%s may expose internal representation by returning %s"),
            new Rule("EI_EXPOSE_REP2", "warning", "May expose internal representation by incorporating reference to mutable object",
                    "%s may expose internal representation by storing an externally mutable object into %s"),
            new Rule("URF_UNREAD_FIELD", "note", "Unread field", "Unread field: %s; %s"),
            new Rule("DM_DEFAULT_ENCODING", "note", "Reliance on default encoding", "Found reliance on default encoding in %s: %s"),
            new Rule("DM_BOXED_PRIMITIVE_FOR_PARSING", "note", "Boxing/unboxing to parse a primitive", "Boxing/unboxing to parse a primitive %s; %s"),
            new Rule("NP_NULL_ON_SOME_PATH_FROM_RETURN_VALUE", "warning", "Possible null pointer dereference due to return value of called method",
                    "Possible null pointer dereference in %s due to return value of called method %s"),
            new Rule("SE_BAD_FIELD", "note", "Non-transient non-serializable instance field in serializable class",
                    "Class %s defines non-transient non-serializable instance field %s"),
            new Rule("CT_CONSTRUCTOR_THROW", "note", "Be wary of letting constructors throw exceptions.",
                    "Exception thrown in class %s at new %s will leave the constructor. The object under construction remains partially initialized"),
            new Rule("RV_RETURN_VALUE_IGNORED_BAD_PRACTICE", "warning", "Method ignores exceptional return value",
                    "Exceptional return value of %s ignored in %s"),
            new Rule("MS_EXPOSE_REP", "warning", "Public static method may expose internal representation by returning array",
                    "Public static %s may expose internal representation by returning %s"),
            new Rule("UPM_UNCALLED_PRIVATE_METHOD", "note", "Private method is never called", "Private method %s is never called; %s"),
            new Rule("SIC_INNER_SHOULD_BE_STATIC", "note", "Should be a static inner class", "Should %s be a _static_ inner class? %s"),
            new Rule("SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE", "error", "Nonconstant string passed to execute or addBatch method on an SQL statement",
                    "%s passes a nonconstant String to an execute or addBatch method on an SQL statement %s")};
        String[] files = {"billing/InvoiceService", "billing/InvoiceExporter", "billing/InvoiceRepository", "billing/LineItem", "billing/TaxLine",
            "billing/PdfRenderer", "billing/CsvExport", "payments/PaymentGatewayClient", "payments/WebhookController", "payments/RefundJob",
            "payments/SettlementReport", "customers/CustomerService", "customers/CustomerDto", "customers/AddressNormalizer", "config/DataSourceConfig",
            "config/SchedulerConfig", "ledger/LedgerEntry", "ledger/LedgerPoster", "ledger/PeriodCloseJob", "common/Money", "common/DateRanges"};
        String target = "src/main/java/com/acme/billing/InvoiceExporter.java";
        List<String> results = new ArrayList<>();
        int n = 130;
        int errorAt = 77;
        for (int i = 0; i < n; i++) {
            Rule r;
            String file;
            int line;
            if (i == errorAt) {
                r = rules[12];
                file = "billing/InvoiceExporter";
                line = 187;
            } else {
                r = rules[g.nextInt(12)];
                file = i % 17 == 3 ? "billing/InvoiceExporter" : g.pick(files);
                line = g.between(12, 460);
                if (line == 187) {
                    line = 186;
                }
            }
            String cls = "com.acme." + file.replace('/', '.');
            String simple = file.substring(file.indexOf('/') + 1);
            String member = g.pick("get", "set", "build", "load", "to", "with") + g.pick("Lines", "Items", "Totals", "Config", "Rows", "Period", "Currency",
                    "Headers", "Created", "Entries");
            String msg = i == errorAt
                    ? "com.acme.billing.InvoiceExporter.exportRange(String, LocalDate, LocalDate) passes a nonconstant String to an execute or addBatch method on"
                            + " an SQL statement"
                    : fmt(r.help(), cls + "." + member + "()", simple.toLowerCase(Locale.ROOT) + "." + g.pick("lines", "items", "cache", "headers", "rows", "config"));
            StringBuilder sb = new StringBuilder();
            sb.append("        {\n");
            sb.append("          \"ruleId\": \"").append(r.id()).append("\",\n");
            sb.append("          \"ruleIndex\": ").append(java.util.Arrays.asList(rules).indexOf(r)).append(",\n");
            sb.append("          \"message\": {\n            \"text\": \"").append(Json.escape(msg)).append("\"\n          },\n");
            sb.append("          \"level\": \"").append(r.level()).append("\",\n");
            sb.append("          \"locations\": [\n            {\n              \"physicalLocation\": {\n                \"artifactLocation\": {\n");
            sb.append("                  \"uri\": \"src/main/java/com/acme/").append(file).append(".java\",\n");
            sb.append("                  \"uriBaseId\": \"SRCROOT\"\n                },\n                \"region\": {\n");
            sb.append("                  \"startLine\": ").append(line).append(",\n                  \"endLine\": ").append(line + g.between(0, 6)).append("\n");
            sb.append("                }\n              },\n              \"logicalLocations\": [\n                {\n");
            sb.append("                  \"name\": \"").append(member).append("\",\n                  \"kind\": \"function\",\n");
            sb.append("                  \"fullyQualifiedName\": \"").append(cls).append(".").append(member).append("\"\n                }\n              ]\n");
            sb.append("            }\n          ],\n          \"properties\": {\n");
            sb.append("            \"spotbugs.rank\": ").append(i == errorAt ? 5 : g.between(12, 20)).append(",\n");
            sb.append("            \"spotbugs.priority\": ").append(i == errorAt ? 1 : g.between(2, 3)).append("\n          }\n        }");
            results.add(sb.toString());
        }
        StringBuilder out = new StringBuilder("{\n  \"version\": \"2.1.0\",\n  \"$schema\": \"https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json\",\n");
        out.append("  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n          \"name\": \"SpotBugs\",\n          \"version\": \"4.8.6\",\n");
        out.append("          \"language\": \"en\",\n          \"informationUri\": \"https://spotbugs.github.io/\",\n          \"rules\": [\n");
        for (int i = 0; i < rules.length; i++) {
            Rule r = rules[i];
            out.append("            {\n              \"id\": \"").append(r.id()).append("\",\n              \"shortDescription\": {\n                \"text\": \"")
                    .append(r.text()).append("\"\n              },\n              \"messageStrings\": {\n                \"default\": {\n                  \"text\": \"")
                    .append(Json.escape(r.help().replace("%s", "{0}"))).append("\"\n                }\n              },\n              \"helpUri\": \"https://spotbugs.readthedocs.io/en/latest/bugDescriptions.html#")
                    .append(r.id().toLowerCase(Locale.ROOT).replace('_', '-')).append("\",\n              \"properties\": {\n                \"tags\": [\n                  \"")
                    .append(r.level().equals("error") ? "SECURITY" : g.pick("MALICIOUS_CODE", "BAD_PRACTICE", "PERFORMANCE", "I18N", "STYLE", "CORRECTNESS"))
                    .append("\"\n                ]\n              }\n            }").append(i + 1 < rules.length ? ",\n" : "\n");
        }
        out.append("          ]\n        }\n      },\n      \"invocations\": [\n        {\n          \"exitCode\": 0,\n          \"exitSignalName\": \"\",\n")
                .append("          \"executionSuccessful\": true,\n          \"toolExecutionNotifications\": []\n        }\n      ],\n      \"results\": [\n");
        out.append(String.join(",\n", results)).append("\n      ],\n      \"originalUriBaseIds\": {\n        \"SRCROOT\": {\n")
                .append("          \"uri\": \"file:///home/runner/work/billing/billing/\"\n        }\n      },\n      \"taxonomies\": []\n    }\n  ]\n}\n");
        String text = out.toString();
        requireCount(text, "\"level\": \"error\"", 1);
        requireCount(text, "\"startLine\": 187,", 1);
        requireCount(text, "\"ruleId\": \"SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE\"", 1);
        if (!text.contains(target)) {
            throw new IllegalStateException("no " + target);
        }
        return NeedleCase.named("fresh10_sarif_spotbugs", "json", "sarif-json")
                .shell("cat billing-service/target/spotbugsSarif.json")
                .question("Code scanning blocks the merge of the billing service saying there is an error-level alert. Is it in"
                        + " src/main/java/com/acme/billing/InvoiceExporter.java, which I touched? What is it and on which line?")
                .heldAside()
                .build(text, List.of(Needle.exact("          \"ruleId\": \"SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE\","),
                        Needle.contains("InvoiceExporter.exportRange(String, LocalDate, LocalDate) passes a nonconstant String"),
                        Needle.exact("          \"level\": \"error\","), Needle.contains("\"startLine\": 187,")));
    }

    // ---------------------------------------------------------------- PostgreSQL EXPLAIN (ANALYZE, BUFFERS)

    private static final class Plan {
        final List<String> lines = new ArrayList<>();

        void node(int depth, String text) {
            lines.add(depth == 0 ? text : " ".repeat(6 * depth - 4) + "->  " + text);
        }

        void prop(int depth, String text) {
            lines.add(" ".repeat(depth == 0 ? 2 : 6 * depth + 2) + text);
        }
    }

    /**
     * psql running EXPLAIN (ANALYZE, BUFFERS) of the monthly revenue-by-category report over the order_lines table
     * partitioned by month (36 partitions): every partition is read by its created_at index except order_lines_2025_07,
     * whose index was dropped in a rebuild and whose statistics say one row, so it is read by a Seq Scan of 38 million
     * rows; the big sort before the group aggregate spills 1.8 GB to disk with work_mem at 64MB.
     */
    static NeedleCase postgresExplainAnalyze() {
        Gen g = new Gen(130_003);
        Plan p = new Plan();
        String range = "((created_at >= '2024-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2027-01-01 00:00:00+00'::timestamp with time zone))";
        p.node(0, "Limit  (cost=9123881.44..9123881.69 rows=100 width=76) (actual time=52296.118..52296.141 rows=100 loops=1)");
        p.prop(0, "Buffers: shared hit=1204417 read=2981305, temp read=230401 written=230611");
        p.node(1, "Sort  (cost=9123881.44..9123893.12 rows=4672 width=76) (actual time=52296.116..52296.129 rows=100 loops=1)");
        p.prop(1, "Sort Key: (sum(((ol.quantity)::numeric * ol.unit_price))) DESC");
        p.prop(1, "Sort Method: top-N heapsort  Memory: 43kB");
        p.prop(1, "Buffers: shared hit=1204417 read=2981305, temp read=230401 written=230611");
        p.node(2, "GroupAggregate  (cost=8902113.50..9123702.87 rows=4672 width=76) (actual time=41127.552..52291.790 rows=4518 loops=1)");
        p.prop(2, "Group Key: p.category_id, c.country_code, (date_trunc('month'::text, ol.created_at))");
        p.prop(2, "Buffers: shared hit=1204417 read=2981305, temp read=230401 written=230611");
        String spill = "Sort Method: external merge  Disk: 1843208kB";
        p.node(3, "Sort  (cost=8902113.50..8958012.33 rows=22359533 width=52) (actual time=41127.390..48803.215 rows=61488204 loops=1)");
        p.prop(3, "Sort Key: p.category_id, c.country_code, (date_trunc('month'::text, ol.created_at))");
        p.prop(3, spill);
        p.prop(3, "Buffers: shared hit=1204417 read=2981305, temp read=230401 written=230611");
        p.node(4, "Hash Join  (cost=412883.21..4510233.98 rows=22359533 width=52) (actual time=3304.118..27711.402 rows=61488204 loops=1)");
        p.prop(4, "Hash Cond: (o.customer_id = c.id)");
        p.prop(4, "Buffers: shared hit=1204417 read=2981305");
        p.node(5, "Hash Join  (cost=402113.40..4211390.77 rows=22359533 width=48) (actual time=3190.441..21877.015 rows=61488204 loops=1)");
        p.prop(5, "Hash Cond: (ol.product_id = p.id)");
        p.prop(5, "Buffers: shared hit=1201980 read=2980114");
        p.node(6, "Hash Join  (cost=398112.00..4101223.50 rows=22359533 width=48) (actual time=3101.220..16300.874 rows=61488204 loops=1)");
        p.prop(6, "Hash Cond: (ol.order_id = o.id)");
        p.prop(6, "Buffers: shared hit=1199412 read=2978090");
        p.node(7, "Append  (cost=0.43..3120399.12 rows=22359533 width=40) (actual time=0.031..9981.337 rows=61488204 loops=1)");
        p.prop(7, "Buffers: shared hit=1101322 read=2912004");
        String seq = null;
        String removedSeq = null;
        int k = 1;
        TreeSet<Integer> removed = new TreeSet<>();
        for (int y = 2024; y <= 2026; y++) {
            for (int m = 1; m <= 12; m++, k++) {
                String part = fmt("order_lines_%d_%02d", y, m);
                if (y == 2025 && m == 7) {
                    seq = fmt("Seq Scan on %s ol_%d  (cost=0.00..1893214.80 rows=1 width=40) (actual time=0.019..9412.551 rows=38412907 loops=1)", part, k);
                    p.node(8, seq);
                    p.prop(8, "Filter: ((created_at >= '2024-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2027-01-01 00:00:00+00'::timestamp"
                            + " with time zone) AND (status = 'shipped'::text))");
                    removedSeq = "Rows Removed by Filter: 1296551";
                    p.prop(8, removedSeq);
                    p.prop(8, "Buffers: shared hit=211 read=912443");
                    continue;
                }
                int rows = g.between(520_000, 760_000);
                int est = rows + g.between(-30_000, 30_000);
                double t1 = g.between(80, 900) / 1000.0;
                int removedRows;
                do {
                    removedRows = g.between(8_000, 40_000);
                } while (!removed.add(removedRows));
                p.node(8, fmt("Index Scan using %s_created_at_idx on %s ol_%d  (cost=0.43..%d.%02d rows=%d width=40) (actual time=0.%03d..%.3f rows=%d loops=1)",
                        part, part, k, est / 8 + g.between(1000, 9000), g.nextInt(100), est, g.between(11, 60), t1 * 200 + g.between(1, 99) / 10.0, rows));
                p.prop(8, "Index Cond: " + range);
                p.prop(8, "Filter: (status = 'shipped'::text)");
                p.prop(8, "Rows Removed by Filter: " + removedRows);
                p.prop(8, fmt("Buffers: shared hit=%d read=%d", g.between(20_000, 40_000), g.between(40_000, 60_000)));
            }
        }
        p.node(7, "Hash  (cost=301223.00..301223.00 rows=5891520 width=16) (actual time=3096.380..3096.381 rows=5891520 loops=1)");
        p.prop(7, "Buckets: 262144  Batches: 64  Memory Usage: 6214kB");
        p.prop(7, "Buffers: shared hit=98090 read=66086, temp written=16933");
        p.node(8, "Seq Scan on orders o  (cost=0.00..301223.00 rows=5891520 width=16) (actual time=0.011..1411.902 rows=5891520 loops=1)");
        p.prop(8, "Filter: (status <> 'cancelled'::text)");
        p.prop(8, "Rows Removed by Filter: 211377");
        p.prop(8, "Buffers: shared hit=98090 read=66086");
        p.node(6, "Hash  (cost=2889.40..2889.40 rows=94240 width=8) (actual time=88.911..88.912 rows=94240 loops=1)");
        p.prop(6, "Buckets: 131072  Batches: 1  Memory Usage: 4706kB");
        p.prop(6, "Buffers: shared hit=2568");
        p.node(7, "Seq Scan on products p  (cost=0.00..2889.40 rows=94240 width=8) (actual time=0.008..41.334 rows=94240 loops=1)");
        p.prop(7, "Buffers: shared hit=2568");
        p.node(5, "Hash  (cost=7011.81..7011.81 rows=412381 width=11) (actual time=113.520..113.521 rows=412381 loops=1)");
        p.prop(5, "Buckets: 524288  Batches: 1  Memory Usage: 21802kB");
        p.prop(5, "Buffers: shared hit=2437 read=1191");
        p.node(6, "Seq Scan on customers c  (cost=0.00..7011.81 rows=412381 width=11) (actual time=0.010..48.776 rows=412381 loops=1)");
        p.prop(6, "Buffers: shared hit=2437 read=1191");
        p.lines.add("Planning:");
        p.prop(0, "Buffers: shared hit=1641 read=12");
        p.lines.add("Planning Time: 21.904 ms");
        p.lines.add("JIT:");
        p.prop(0, "Functions: 118");
        p.prop(0, "Options: Inlining true, Optimization true, Expressions true, Deforming true");
        p.prop(0, "Timing: Generation 9.871 ms, Inlining 61.209 ms, Optimization 402.118 ms, Emission 277.560 ms, Total 750.758 ms");
        String exec = "Execution Time: 52311.904 ms";
        p.lines.add(exec);
        int width = 0;
        for (String l : p.lines) {
            width = Math.max(width, l.length());
        }
        StringBuilder out = new StringBuilder();
        out.append(" ".repeat(1 + (width - 10) / 2)).append("QUERY PLAN\n").append("-".repeat(width + 2)).append('\n');
        for (String l : p.lines) {
            out.append(' ').append(l).append('\n');
        }
        out.append('(').append(p.lines.size()).append(" rows)\n\n");
        String text = out.toString();
        return NeedleCase.named("fresh10_postgres_explain_analyze", "lines", "postgres-explain-analyze")
                .shell("psql -h reports-db -U analyst -d shop -f monthly_revenue_explain.sql")
                .question("The monthly revenue-by-category report used to take 6 seconds and now takes almost a minute. Here is EXPLAIN (ANALYZE, BUFFERS)."
                        + " Where does the time go?")
                .heldAside()
                .build(text, List.of(Needle.exact(only(text, seq)), Needle.exact(only(text, removedSeq)), Needle.exact(only(text, spill)),
                        Needle.exact(only(text, exec))));
    }

    // ---------------------------------------------------------------- iptables -L -n -v --line-numbers

    /** iptables' xtables_print_num with the K/M/G table format: five columns and a space. */
    private static String ipNum(long n) {
        if (n <= 99_999) {
            return fmt("%5d ", n);
        }
        String[] units = {"K", "M", "G", "T"};
        for (String u : units) {
            n = (n + 500) / 1000;
            if (n <= 9_999) {
                return fmt("%4d%s ", n, u);
            }
        }
        return fmt("%4dT ", n);
    }

    private static String ipNumPlain(long n) {
        if (n <= 99_999) {
            return n + " ";
        }
        String[] units = {"K", "M", "G", "T"};
        for (String u : units) {
            n = (n + 500) / 1000;
            if (n <= 9_999) {
                return n + u + " ";
            }
        }
        return n + "T ";
    }

    private static String ipRule(int num, long pkts, long bytes, String target, String prot, String in, String out, String src, String dst, String extra) {
        return fmt("%-4d ", num) + ipNum(pkts) + ipNum(bytes) + fmt("%-9s ", target) + " " + fmt("%-5s", prot) + "-- " + " " + fmt("%-6s ", in) + fmt("%-6s ", out) + " " + fmt("%-19s ", src) + " " + fmt("%-19s ", dst) + extra;
    }

    private static final String IP_HEADER = "num   pkts bytes target     prot opt in     out     source               destination         ";

    /**
     * iptables -L -n -v --line-numbers on db-prod-1, a Postgres primary that also runs Docker and fail2ban: INPUT jumps
     * to fail2ban's chain (a few hundred banned addresses), then to DB-ACCESS for 5432/6432; in DB-ACCESS yesterday's
     * change put a DROP of 10.2.0.0/16 to port 5432 above the ACCEPT of the replica subnet 10.2.14.0/24, which now
     * never matches (0 packets).
     */
    static NeedleCase iptablesList() {
        Gen g = new Gen(130_004);
        List<String> out = new ArrayList<>();
        out.add("Chain INPUT (policy DROP " + ipNumPlain(2_841_337) + "packets, " + ipNumPlain(151_223_804L) + "bytes)");
        out.add(IP_HEADER);
        int n = 1;
        out.add(ipRule(n++, 9_120_445_112L, 3_311_402_889_117L, "ACCEPT", "all", "lo", "*", "0.0.0.0/0", "0.0.0.0/0", ""));
        out.add(ipRule(n++, 48_223_118_004L, 61_208_334_112_455L, "ACCEPT", "all", "*", "*", "0.0.0.0/0", "0.0.0.0/0", " ctstate RELATED,ESTABLISHED"));
        out.add(ipRule(n++, 41_882, 2_117_340, "DROP", "all", "*", "*", "0.0.0.0/0", "0.0.0.0/0", " ctstate INVALID"));
        out.add(ipRule(n++, 1_204_331, 72_259_860, "f2b-sshd", "tcp", "*", "*", "0.0.0.0/0", "0.0.0.0/0", " multiport dports 22"));
        out.add(ipRule(n++, 188_412, 11_304_720, "ACCEPT", "tcp", "eth0", "*", "0.0.0.0/0", "0.0.0.0/0", " tcp dpt:22 ctstate NEW"));
        String jump = ipRule(n++, 3_904_118, 234_247_080, "DB-ACCESS", "tcp", "eth1", "*", "0.0.0.0/0", "0.0.0.0/0", " multiport dports 5432,6432");
        out.add(jump);
        out.add(ipRule(n++, 2_211_045, 132_662_700, "ACCEPT", "tcp", "eth1", "*", "10.1.0.0/16", "0.0.0.0/0", " tcp dpt:9100 /* node_exporter */"));
        out.add(ipRule(n++, 1_118_212, 67_092_720, "ACCEPT", "tcp", "eth1", "*", "10.1.0.0/16", "0.0.0.0/0", " tcp dpt:9187 /* postgres_exporter */"));
        out.add(ipRule(n++, 55_120, 4_630_080, "ACCEPT", "icmp", "*", "*", "0.0.0.0/0", "0.0.0.0/0", " icmptype 8 limit: avg 10/sec burst 20"));
        out.add(ipRule(n++, 12_882, 1_082_088, "ACCEPT", "udp", "eth1", "*", "10.1.0.0/16", "0.0.0.0/0", " udp dpt:161"));
        out.add(ipRule(n++, 2_841_337, 151_223_804, "LOG", "all", "*", "*", "0.0.0.0/0", "0.0.0.0/0",
                " limit: avg 5/min burst 10 LOG flags 0 level 4 prefix \"INPUT-DROP: \""));
        out.add("");
        out.add("Chain FORWARD (policy DROP 0 packets, 0 bytes)");
        out.add(IP_HEADER);
        n = 1;
        out.add(ipRule(n++, 18_220_441, 20_118_223_004L, "DOCKER-USER", "all", "*", "*", "0.0.0.0/0", "0.0.0.0/0", ""));
        out.add(ipRule(n++, 18_220_441, 20_118_223_004L, "DOCKER-ISOLATION-STAGE-1", "all", "*", "*", "0.0.0.0/0", "0.0.0.0/0", ""));
        out.add(ipRule(n++, 9_004_112, 19_441_302_117L, "ACCEPT", "all", "*", "docker0", "0.0.0.0/0", "0.0.0.0/0", " ctstate RELATED,ESTABLISHED"));
        out.add(ipRule(n++, 1_204, 72_240, "DOCKER", "all", "*", "docker0", "0.0.0.0/0", "0.0.0.0/0", ""));
        out.add(ipRule(n++, 9_214_880, 676_918_004, "ACCEPT", "all", "docker0", "!docker0", "0.0.0.0/0", "0.0.0.0/0", ""));
        out.add(ipRule(n++, 0, 0, "ACCEPT", "all", "docker0", "docker0", "0.0.0.0/0", "0.0.0.0/0", ""));
        out.add("");
        out.add("Chain OUTPUT (policy ACCEPT " + ipNumPlain(52_118_440_223L) + "packets, " + ipNumPlain(70_223_118_404_117L) + "bytes)");
        out.add(IP_HEADER);
        out.add("");
        out.add("Chain DB-ACCESS (1 references)");
        out.add(IP_HEADER);
        n = 1;
        String[][] allowed = {{"10.1.4.0/24", "app-orders"}, {"10.1.5.0/24", "app-billing"}, {"10.1.6.0/24", "app-catalog"}, {"10.1.7.0/24", "app-search"},
            {"10.1.9.0/24", "batch"}, {"10.1.12.0/24", "bastion"}, {"10.3.2.0/24", "analytics"}};
        for (String[] a : allowed) {
            out.add(ipRule(n++, g.between(100_000, 900_000_000), g.between(100_000, 2_000_000_000), "ACCEPT", "tcp", "*", "*", a[0], "0.0.0.0/0",
                    " tcp dpt:6432 /* pgbouncer " + a[1] + " */"));
        }
        for (String[] a : allowed) {
            out.add(ipRule(n++, g.between(1_000, 90_000), g.between(100_000, 9_000_000), "ACCEPT", "tcp", "*", "*", a[0], "0.0.0.0/0",
                    " tcp dpt:5432 /* direct " + a[1] + " */"));
        }
        String drop = ipRule(n++, 1_882_410, 112_944_600, "DROP", "tcp", "*", "*", "10.2.0.0/16", "0.0.0.0/0", " tcp dpt:5432 /* CHG-4471 block legacy dc2 */");
        out.add(drop);
        out.add(ipRule(n++, 0, 0, "ACCEPT", "tcp", "*", "*", "10.2.3.0/24", "0.0.0.0/0", " tcp dpt:6432 /* pgbouncer dc2-reporting */"));
        String shadowed = ipRule(n++, 0, 0, "ACCEPT", "tcp", "*", "*", "10.2.14.0/24", "0.0.0.0/0", " tcp dpt:5432 /* streaming replicas dc2 */");
        out.add(shadowed);
        out.add(ipRule(n++, 812, 48_720, "REJECT", "tcp", "*", "*", "0.0.0.0/0", "0.0.0.0/0", " reject-with tcp-reset"));
        out.add("");
        out.add("Chain DOCKER (1 references)");
        out.add(IP_HEADER);
        n = 1;
        String[][] containers = {{"172.17.0.2", "9187"}, {"172.17.0.3", "9100"}, {"172.17.0.4", "8008"}, {"172.17.0.5", "2379"}};
        for (String[] c : containers) {
            out.add(ipRule(n++, g.between(1_000, 4_000_000), g.between(60_000, 400_000_000), "ACCEPT", "tcp", "!docker0", "docker0", "0.0.0.0/0", c[0],
                    " tcp dpt:" + c[1]));
        }
        out.add("");
        out.add("Chain DOCKER-ISOLATION-STAGE-1 (1 references)");
        out.add(IP_HEADER);
        out.add(ipRule(1, 9_214_880, 676_918_004, "DOCKER-ISOLATION-STAGE-2", "all", "docker0", "!docker0", "0.0.0.0/0", "0.0.0.0/0", ""));
        out.add(ipRule(2, 18_220_441, 20_118_223_004L, "RETURN", "all", "*", "*", "0.0.0.0/0", "0.0.0.0/0", ""));
        out.add("");
        out.add("Chain DOCKER-ISOLATION-STAGE-2 (1 references)");
        out.add(IP_HEADER);
        out.add(ipRule(1, 0, 0, "DROP", "all", "*", "docker0", "0.0.0.0/0", "0.0.0.0/0", ""));
        out.add(ipRule(2, 9_214_880, 676_918_004, "RETURN", "all", "*", "*", "0.0.0.0/0", "0.0.0.0/0", ""));
        out.add("");
        out.add("Chain DOCKER-USER (1 references)");
        out.add(IP_HEADER);
        out.add(ipRule(1, 18_220_441, 20_118_223_004L, "RETURN", "all", "*", "*", "0.0.0.0/0", "0.0.0.0/0", ""));
        out.add("");
        out.add("Chain f2b-sshd (1 references)");
        out.add(IP_HEADER);
        TreeSet<String> banned = new TreeSet<>();
        while (banned.size() < 420) {
            banned.add(g.ip());
        }
        List<String> bans = new ArrayList<>(banned);
        java.util.Collections.shuffle(bans, new java.util.Random(130_004));
        n = 1;
        for (String ip : bans) {
            int p = g.chance(0.7) ? g.between(1, 40) : g.between(41, 3_000);
            out.add(ipRule(n++, p, p * (long) g.between(52, 64), "REJECT", "all", "*", "*", ip, "0.0.0.0/0", " reject-with icmp-port-unreachable"));
        }
        out.add(ipRule(n, 1_204_331 - 41_117, 72_259_860 - 2_467_020, "RETURN", "all", "*", "*", "0.0.0.0/0", "0.0.0.0/0", ""));
        String text = String.join("\n", out) + "\n";
        return NeedleCase.named("fresh10_iptables_list", "table", "iptables-list")
                .shell("ssh db-prod-1 sudo iptables -L -n -v --line-numbers")
                .question("Since yesterday's firewall change the streaming replicas in 10.2.14.0/24 can't connect to port 5432 on db-prod-1 any more."
                        + " Which rule is dropping them?")
                .heldAside()
                .build(text, List.of(Needle.exact(drop), Needle.exact(shadowed), Needle.exact(jump), Needle.exact("Chain DB-ACCESS (1 references)")));
    }

    // ---------------------------------------------------------------- make -j4 (gcc)

    private record Warn(String flag, String message, String code, String token) {}

    private static final Warn[] GCC_WARNINGS = {
        new Warn("-Wsign-compare", "comparison of integer expressions of different signedness: ‘int’ and ‘size_t’ {aka ‘long unsigned int’}",
                "    for (int i = 0; i < n->nkeys; i++) {", "<"),
        new Warn("-Wunused-parameter", "unused parameter ‘ctx’", "static int on_timer(struct loop *l, void *ctx)", "ctx"),
        new Warn("-Wunused-variable", "unused variable ‘rc’", "    int rc;", "rc"),
        new Warn("-Wimplicit-fallthrough=", "this statement may fall through", "        flags |= F_SYNC;", "flags |= F_SYNC"),
        new Warn("-Wformat=", "format ‘%d’ expects argument of type ‘int’, but argument 4 has type ‘size_t’ {aka ‘long unsigned int’}",
                "    log_debug(\"%s: %d bytes\", name, len);", "%d"),
        new Warn("-Wmaybe-uninitialized", "‘off’ may be used uninitialized", "    return pread(fd, buf, len, off);", "pread(fd, buf, len, off)"),
        new Warn("-Wmissing-field-initializers", "missing initializer for field ‘free’ of ‘struct allocator’", "    .realloc = xrealloc,", "."),
        new Warn("-Wdiscarded-qualifiers", "passing argument 1 of ‘free’ discards ‘const’ qualifier from pointer target type", "    free(key);", "key")};

    private static void gccSnippet(List<String> out, int line, String code, String token) {
        int col = code.indexOf(token) + 1;
        out.add(fmt("%5d | %s", line, code));
        out.add("      | " + " ".repeat(col - 1) + "^" + "~".repeat(Math.max(0, token.length() - 1)));
    }

    /**
     * make -j4 of the kvd key-value store after the CRC refactor: the top-level make recurses into lib/, which compiles
     * about 150 files with four jobs, gcc warnings (sign-compare, unused parameters, fall-through, format) printed
     * after their compile line; storage/wal.c still calls crc32_update with the old two arguments, so gcc stops with
     * an error in wal_replay, make[1] fails that target, waits for the running jobs and the top-level make fails.
     */
    static NeedleCase makeGccError() {
        Gen g = new Gen(130_005);
        String[][] dirs = {
            {"util", "strbuf", "vec", "hashmap", "arena", "xalloc", "clock", "log", "utf8", "bitset", "crc32", "base64", "varint", "path", "env", "rand"},
            {"net", "conn", "listener", "loop", "epoll", "timer", "resolver", "tls", "framer", "backoff", "sockopt", "addr"},
            {"proto", "resp", "resp_parse", "resp_write", "command_table", "inline", "errors", "pubsub", "cluster_msg", "gossip"},
            {"server", "server", "client", "commands", "cmd_string", "cmd_hash", "cmd_list", "cmd_set", "cmd_zset", "cmd_keys", "cmd_admin", "acl",
                "config", "info", "slowlog", "latency", "replication", "repl_backlog", "expire", "evict", "lru", "stats", "signals", "daemon"},
            {"script", "lua_glue", "lua_sandbox", "lua_json", "lua_cmsgpack", "lua_bit"},
            {"cluster", "slots", "node", "failover", "migrate", "redirect", "cluster_bus"},
            {"crypto", "sha1", "sha256", "hmac", "siphash", "aes_ctr", "random_bytes"},
            {"compat", "strlcpy", "setproctitle", "fsync_range", "endian", "reallocarray"},
            {"metrics", "histogram", "counters", "exporter", "prom_text", "tdigest"},
            {"modules", "module_api", "module_loader", "module_registry", "blocking", "keyspace_events", "module_timers"},
            {"storage", "btree", "btree_cursor", "page", "pager", "freelist", "wal", "wal_writer", "checkpoint", "snapshot", "compact", "bloom", "sst",
                "sst_index", "memtable", "manifest", "vfs", "mmap"}};
        List<String[]> files = new ArrayList<>();
        for (String[] d : dirs) {
            for (int i = 1; i < d.length; i++) {
                files.add(new String[] {d[0], d[i]});
            }
        }
        String cflags = "cc -std=c11 -Wall -Wextra -O2 -g -fPIC -D_GNU_SOURCE -DKVD_VERSION=\\\"2.3.0-dev\\\" -I../include -I../deps/lua/src -MMD -MP -c -o ";
        List<String> out = new ArrayList<>();
        out.add("make -C lib all");
        out.add("make[1]: Entering directory '/home/dev/src/kvd/lib'");
        List<List<String>> running = new ArrayList<>();
        String inFunction = "storage/wal.c: In function ‘wal_replay’:";
        String error = "storage/wal.c:412:22: error: too few arguments to function ‘crc32_update’";
        String failed = "make[1]: *** [Makefile:42: storage/wal.o] Error 1";
        TreeSet<String> done = new TreeSet<>();
        boolean broke = false;
        int started = 0;
        for (String[] f : files) {
            String src = f[0] + "/" + f[1] + ".c";
            if (!done.add(src)) {
                continue;
            }
            out.add(cflags + f[0] + "/" + f[1] + ".o " + src);
            started++;
            List<String> diag = new ArrayList<>();
            if (src.equals("storage/wal.c")) {
                diag.add(inFunction);
                diag.add(error);
                gccSnippet(diag, 412, "        uint32_t c = crc32_update(rec->payload, rec->len);", "crc32_update");
                diag.add("In file included from storage/wal.c:14:");
                diag.add("../include/kvd/crc32.h:21:10: note: declared here");
                gccSnippet(diag, 21, "uint32_t crc32_update(uint32_t crc, const void *buf, size_t len);", "crc32_update");
                diag.add("storage/wal.c:418:17: warning: unused variable ‘expect’ [-Wunused-variable]");
                gccSnippet(diag, 418, "        uint32_t expect;", "expect");
                diag.add(failed);
            } else if (g.chance(0.3)) {
                int k = g.between(1, 3);
                String fn = null;
                for (int i = 0; i < k; i++) {
                    Warn w = g.pick(GCC_WARNINGS);
                    String nextFn = f[1] + "_" + g.pick("init", "free", "read", "write", "parse", "flush", "grow", "lookup", "next", "reset", "encode", "decode");
                    if (!nextFn.equals(fn)) {
                        diag.add(src + ": In function ‘" + nextFn + "’:");
                        fn = nextFn;
                    }
                    int line = g.between(30, 900);
                    int col = w.code().indexOf(w.token()) + 1;
                    diag.add(fmt("%s:%d:%d: warning: %s [%s]", src, line, col, w.message(), w.flag()));
                    gccSnippet(diag, line, w.code(), w.token());
                    if (w.flag().startsWith("-Wimplicit-fallthrough")) {
                        diag.add(fmt("%s:%d:9: note: here", src, line + 1));
                        gccSnippet(diag, line + 1, "        case OP_FLUSH:", "case");
                    }
                }
            }
            running.add(diag);
            if (running.size() >= 4 || g.chance(0.3)) {
                List<String> finished = running.remove(g.nextInt(running.size()));
                out.addAll(finished);
                if (finished.contains(failed)) {
                    broke = true;
                    break;
                }
            }
        }
        if (!broke) {
            while (!running.isEmpty()) {
                List<String> finished = running.remove(0);
                out.addAll(finished);
                if (finished.contains(failed)) {
                    broke = true;
                    break;
                }
            }
        }
        if (!broke || started < 90) {
            throw new IllegalStateException("make story incomplete: " + started);
        }
        out.add("make[1]: *** Waiting for unfinished jobs....");
        for (List<String> r : running) {
            out.addAll(r);
        }
        out.add("make[1]: Leaving directory '/home/dev/src/kvd/lib'");
        String top = "make: *** [Makefile:18: lib] Error 2";
        out.add(top);
        String text = String.join("\n", out) + "\n";
        return NeedleCase.named("fresh10_make_gcc_error", "build", "make-gcc")
                .shell("cd ~/src/kvd && make -j4 2>&1")
                .question("The build broke after I merged the CRC refactor. What is the actual compile error and where?")
                .heldAside()
                .build(text, List.of(Needle.exact(only(text, "In function ‘wal_replay’")), Needle.exact(only(text, ": error: ")), Needle.exact(failed),
                        Needle.exact(only(text, "crc32.h:21:10: note: declared here"))));
    }

    // ---------------------------------------------------------------- valgrind --leak-check=full

    private static String commas(long n) {
        return fmt("%,d", n);
    }

    private static final String VG_MALLOC = "at 0x48407B4: malloc (in /usr/libexec/valgrind/vgpreload_memcheck-amd64-linux.so)";
    private static final String VG_CALLOC = "at 0x48455EF: calloc (in /usr/libexec/valgrind/vgpreload_memcheck-amd64-linux.so)";
    private static final String VG_REALLOC = "at 0x4847D74: realloc (in /usr/libexec/valgrind/vgpreload_memcheck-amd64-linux.so)";

    private static final String[][] VG_REACHABLE_STACKS = {
        {VG_MALLOC, "by 0x4B2C0A8: CRYPTO_malloc (in /usr/lib/x86_64-linux-gnu/libcrypto.so.3)", "by 0x4B2C1A3: CRYPTO_zalloc (in /usr/lib/x86_64-linux-gnu/libcrypto.so.3)",
            "by 0x4BC0E51: ??? (in /usr/lib/x86_64-linux-gnu/libcrypto.so.3)", "by 0x4B1F9A2: OPENSSL_init_crypto (in /usr/lib/x86_64-linux-gnu/libcrypto.so.3)",
            "by 0x49A7F21: OPENSSL_init_ssl (in /usr/lib/x86_64-linux-gnu/libssl.so.3)", "by 0x11B4D0: tls_global_init (tls.c:58)", "by 0x10B3A1: main (main.c:187)"},
        {VG_MALLOC, "by 0x4B2C0A8: CRYPTO_malloc (in /usr/lib/x86_64-linux-gnu/libcrypto.so.3)", "by 0x4B9A3F2: lh_new (in /usr/lib/x86_64-linux-gnu/libcrypto.so.3)",
            "by 0x4B3E0C1: ??? (in /usr/lib/x86_64-linux-gnu/libcrypto.so.3)", "by 0x4B3E7A9: ERR_load_strings_const (in /usr/lib/x86_64-linux-gnu/libcrypto.so.3)",
            "by 0x49A8113: ??? (in /usr/lib/x86_64-linux-gnu/libssl.so.3)", "by 0x4A82F67: __pthread_once_slow (pthread_once.c:116)",
            "by 0x4B2E5C9: CRYPTO_THREAD_run_once (in /usr/lib/x86_64-linux-gnu/libcrypto.so.3)", "by 0x49A7F4B: OPENSSL_init_ssl (in /usr/lib/x86_64-linux-gnu/libssl.so.3)",
            "by 0x11B4D0: tls_global_init (tls.c:58)", "by 0x10B3A1: main (main.c:187)"},
        {VG_CALLOC, "by 0x4010E82: calloc (rtld-malloc.h:44)", "by 0x4010E82: _dl_new_object (dl-object.c:92)",
            "by 0x400B2C1: _dl_map_object_from_fd (dl-load.c:1063)", "by 0x400E4C8: _dl_map_object (dl-load.c:2268)",
            "by 0x4019C6E: dl_open_worker_begin (dl-open.c:534)", "by 0x4B85C27: _dl_catch_exception (dl-error-skeleton.c:208)",
            "by 0x401A30F: dl_open_worker (dl-open.c:782)", "by 0x4B85C27: _dl_catch_exception (dl-error-skeleton.c:208)",
            "by 0x401A6B9: _dl_open (dl-open.c:884)", "by 0x4A7C6A3: dlopen_doit (dlopen.c:56)", "by 0x11F2E4: module_load (module_loader.c:77)",
            "by 0x10B52C: main (main.c:231)"},
        {VG_MALLOC, "by 0x1197C2: xmalloc (xalloc.c:21)", "by 0x119A10: xstrdup (xalloc.c:48)", "by 0x1120F4: config_set (config.c:311)",
            "by 0x1125B1: config_parse_line (config.c:402)", "by 0x1127E8: config_load (config.c:455)", "by 0x10B2D7: main (main.c:162)"},
        {VG_MALLOC, "by 0x1197C2: xmalloc (xalloc.c:21)", "by 0x11A0C3: hashmap_grow (hashmap.c:133)", "by 0x11A4F1: hashmap_put (hashmap.c:190)",
            "by 0x112F30: command_table_init (command_table.c:88)", "by 0x10B31C: main (main.c:171)"},
        {VG_REALLOC, "by 0x119881: xrealloc (xalloc.c:33)", "by 0x11B001: vec_reserve (vec.c:41)", "by 0x11C9E2: acl_add_user (acl.c:214)",
            "by 0x11CD40: acl_load_file (acl.c:287)", "by 0x10B40E: main (main.c:201)"},
        {VG_CALLOC, "by 0x119910: xcalloc (xalloc.c:40)", "by 0x1164AA: slowlog_init (slowlog.c:36)", "by 0x10B46B: main (main.c:209)"},
        {VG_MALLOC, "by 0x1197C2: xmalloc (xalloc.c:21)", "by 0x117E12: histogram_new (histogram.c:52)", "by 0x1181C0: latency_monitor_add (latency.c:97)",
            "by 0x10F7A9: server_init (server.c:142)", "by 0x10B4B8: main (main.c:216)"}};

    private record Loss(long bytes, int blocks, String kind, String[] stack) {}

    /**
     * valgrind --leak-check=full --show-leak-kinds=all of the kvd server under a replayed production workload (ten
     * minutes, then SIGTERM): the server's own log interleaved with memcheck's output; one Invalid read of size 8 in
     * lru_unlink on an entry cache_del had already freed; at exit about 270 loss records, nearly all still reachable
     * (OpenSSL, the dynamic loader, config, command table), thread stacks possibly lost, and one definitely lost
     * record: the snapshot buffers that snapshot_write_chunk allocates and never frees.
     */
    static NeedleCase valgrindMemcheck() {
        Gen g = new Gen(130_006);
        String pid = "==48213==";
        List<String> out = new ArrayList<>();
        java.util.function.Consumer<String> vg = s -> out.add(s.isEmpty() ? pid + " " : pid + " " + s);
        vg.accept("Memcheck, a memory error detector");
        vg.accept("Copyright (C) 2002-2022, and GNU GPL'd, by Julian Seward et al.");
        vg.accept("Using Valgrind-3.19.0 and LibVEX; rerun with -h for copyright info");
        vg.accept("Command: ./build/kvd --config test/replay.conf --port 7400");
        vg.accept("");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss.SSS", Locale.ROOT);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 14, 2, 11, 40_000_000), 9_000);
        java.util.function.Consumer<String> log = s -> out.add("48213:M " + f.format(clock.next()) + " " + s);
        log.accept("* kvd 2.3.0-dev (a41c9e2f/0) 64 bit, standalone mode, port 7400, pid 48213");
        log.accept("* Server initialized");
        log.accept("* Loading module /usr/lib/kvd/modules/kvd_json.so");
        log.accept("* Loading module /usr/lib/kvd/modules/kvd_bloom.so");
        log.accept("* DB loaded from disk: 2.418 seconds");
        log.accept("* Ready to accept connections tcp");
        String invalid = pid + " Invalid read of size 8";
        String invalidAt = pid + "    at 0x1146D2: lru_unlink (lru.c:97)";
        String freed = pid + "  Address 0x7a3e0c8 is 8 bytes inside a block of size 64 free'd";
        int events = 0;
        boolean shown = false;
        while (events < 160) {
            events++;
            int k = g.weighted(6, 2, 2, 1);
            switch (k) {
                case 0 -> log.accept(fmt("* %d changes in %d seconds. Saving...", g.between(100, 20_000), g.pick(60, 300)));
                case 1 -> {
                    log.accept(fmt("* Background saving started by pid %d", 48_213));
                    log.accept(fmt("* DB saved on disk (%d MB, %d ms)", g.between(180, 240), g.between(900, 4_000)));
                    log.accept("* Background saving terminated with success");
                }
                case 2 -> log.accept(fmt("# Client id=%d addr=10.1.4.%d:%d laddr=10.1.9.3:7400 closed: query buffer limit reached (%d bytes)",
                        g.between(1_000, 99_999), g.between(2, 250), g.between(32_768, 60_999), g.between(1_048_577, 1_200_000)));
                default -> log.accept(fmt("* Expired %d keys in %d ms (%d%% of lookups stale)", g.between(1_000, 90_000), g.between(2, 40), g.between(1, 25)));
            }
            if (!shown && events == 97) {
                shown = true;
                vg.accept("Thread 5:");
                out.add(invalid);
                out.add(invalidAt);
                vg.accept("   by 0x114A31: lru_evict (lru.c:141)");
                vg.accept("   by 0x115B08: cache_set (cache.c:233)");
                vg.accept("   by 0x10E9C4: cmd_set (cmd_string.c:412)");
                vg.accept("   by 0x10D7F1: dispatch (server.c:388)");
                vg.accept("   by 0x10DB42: io_worker_loop (server.c:455)");
                vg.accept("   by 0x4A7DAC2: start_thread (pthread_create.c:442)");
                vg.accept("   by 0x4B0EA03: clone (clone.S:100)");
                out.add(freed);
                vg.accept("   at 0x484317B: free (in /usr/libexec/valgrind/vgpreload_memcheck-amd64-linux.so)");
                vg.accept("   by 0x1152F4: entry_free (cache.c:118)");
                vg.accept("   by 0x115620: cache_del (cache.c:171)");
                vg.accept("   by 0x10EC11: cmd_del (cmd_keys.c:58)");
                vg.accept("   by 0x10D7F1: dispatch (server.c:388)");
                vg.accept("   by 0x10DB42: io_worker_loop (server.c:455)");
                vg.accept("   by 0x4A7DAC2: start_thread (pthread_create.c:442)");
                vg.accept("   by 0x4B0EA03: clone (clone.S:100)");
                vg.accept(" Block was alloc'd at");
                vg.accept("   " + VG_MALLOC);
                vg.accept("   by 0x1197C2: xmalloc (xalloc.c:21)");
                vg.accept("   by 0x1150E8: entry_new (cache.c:87)");
                vg.accept("   by 0x115A77: cache_set (cache.c:221)");
                vg.accept("   by 0x10E9C4: cmd_set (cmd_string.c:412)");
                vg.accept("   by 0x10D7F1: dispatch (server.c:388)");
                vg.accept("   by 0x10DB42: io_worker_loop (server.c:455)");
                vg.accept("   by 0x4A7DAC2: start_thread (pthread_create.c:442)");
                vg.accept("");
            }
        }
        log.accept("# Received SIGTERM scheduling shutdown...");
        log.accept("# User requested shutdown...");
        log.accept("* Saving the final RDB snapshot before exiting.");
        log.accept("* DB saved on disk");
        log.accept("# kvd is now ready to exit, bye bye...");
        List<Loss> losses = new ArrayList<>();
        for (int i = 0; i < 262; i++) {
            String[] stack = VG_REACHABLE_STACKS[g.weighted(5, 4, 5, 7, 3, 2, 1, 2)];
            int blocks = g.chance(0.7) ? 1 : g.between(2, 400);
            long bytes = blocks * (long) g.pick(8, 16, 24, 32, 40, 48, 64, 72, 96, 128, 256, 1024, 4096);
            losses.add(new Loss(bytes, blocks, "still reachable", stack));
        }
        String[] threadStack = {VG_CALLOC, "by 0x4010E82: calloc (rtld-malloc.h:44)", "by 0x4010E82: allocate_dtv (dl-tls.c:375)",
            "by 0x4011841: _dl_allocate_tls (dl-tls.c:634)", "by 0x4A7E7B4: allocate_stack (allocatestack.c:430)",
            "by 0x4A7E7B4: pthread_create@@GLIBC_2.34 (pthread_create.c:647)", "by 0x11D0A2: io_threads_start (io_threads.c:88)",
            "by 0x10F9E0: server_init (server.c:170)", "by 0x10B4B8: main (main.c:216)"};
        losses.add(new Loss(2_304, 8, "possibly lost", threadStack));
        // the keyspace tables, the replication backlog and the Lua heap: big, but still reachable
        losses.add(new Loss(8_388_608, 1, "still reachable", VG_REACHABLE_STACKS[4]));
        losses.add(new Loss(4_194_304, 2, "still reachable", VG_REACHABLE_STACKS[4]));
        losses.add(new Loss(2_097_152, 512, "still reachable", VG_REACHABLE_STACKS[7]));
        String[] leakStack = {VG_MALLOC, "by 0x1197C2: xmalloc (xalloc.c:21)", "by 0x118A4C: snapshot_write_chunk (snapshot.c:302)",
            "by 0x118E11: snapshot_save (snapshot.c:377)", "by 0x10F0B3: bgsave_thread (server.c:611)", "by 0x4A7DAC2: start_thread (pthread_create.c:442)",
            "by 0x4B0EA03: clone (clone.S:100)"};
        losses.add(new Loss(1_703_936, 26, "definitely lost", leakStack));
        losses.sort(java.util.Comparator.comparingLong(Loss::bytes));
        long inUse = 0;
        int inBlocks = 0;
        long reach = 0;
        int reachBlocks = 0;
        for (Loss l : losses) {
            inUse += l.bytes();
            inBlocks += l.blocks();
            if (l.kind().equals("still reachable")) {
                reach += l.bytes();
                reachBlocks += l.blocks();
            }
        }
        vg.accept("");
        vg.accept("HEAP SUMMARY:");
        vg.accept("    in use at exit: " + commas(inUse) + " bytes in " + commas(inBlocks) + " blocks");
        vg.accept("  total heap usage: " + commas(8_812_447) + " allocs, " + commas(8_812_447 - inBlocks) + " frees, " + commas(4_118_223_904L) + " bytes allocated");
        vg.accept("");
        String lostLine = null;
        for (int i = 0; i < losses.size(); i++) {
            Loss l = losses.get(i);
            String line = fmt("%s %s bytes in %s blocks are %s in loss record %s of %s", pid, commas(l.bytes()), commas(l.blocks()), l.kind(), commas(i + 1),
                    commas(losses.size()));
            out.add(line);
            if (l.kind().equals("definitely lost")) {
                lostLine = line;
            }
            for (int j = 0; j < l.stack().length; j++) {
                vg.accept("   " + l.stack()[j]);
            }
            vg.accept("");
        }
        vg.accept("LEAK SUMMARY:");
        vg.accept("   definitely lost: " + commas(1_703_936) + " bytes in 26 blocks");
        vg.accept("   indirectly lost: 0 bytes in 0 blocks");
        vg.accept("     possibly lost: " + commas(2_304) + " bytes in 8 blocks");
        vg.accept("   still reachable: " + commas(reach) + " bytes in " + commas(reachBlocks) + " blocks");
        vg.accept("        suppressed: 0 bytes in 0 blocks");
        vg.accept("");
        vg.accept("For lists of detected and suppressed errors, rerun with: -s");
        vg.accept("ERROR SUMMARY: 3 errors from 3 contexts (suppressed: 0 from 0)");
        String text = String.join("\n", out) + "\n";
        requireCount(text, "definitely lost in loss record", 1);
        requireCount(text, "Invalid read", 1);
        return NeedleCase.named("fresh10_valgrind_memcheck", "log", "valgrind-memcheck")
                .shell("valgrind --leak-check=full --show-leak-kinds=all ./build/kvd --config test/replay.conf --port 7400 2>&1 | tee vg.out")
                .question("RSS of kvd grows by a few MB every hour in production. I ran the replay under valgrind: is there a real leak, where is it"
                        + " allocated, and did memcheck find any memory errors?")
                .heldAside()
                .build(text, List.of(Needle.exact(lostLine), Needle.exact(only(text, "snapshot_write_chunk (snapshot.c:302)")), Needle.exact(invalid),
                        Needle.exact(invalidAt), Needle.exact(freed)));
    }

    // ---------------------------------------------------------------- npm ls --all

    private static final String NPM_POOL = "@babel/core@7.26.0 @babel/runtime@7.26.0 @emotion/react@11.13.5 @emotion/styled@11.13.5 @mui/material@6.1.9"
            + " @mui/icons-material@6.1.9 @reduxjs/toolkit@2.4.0 @tanstack/react-query@5.62.2 @testing-library/react@16.1.0 @testing-library/jest-dom@6.6.3"
            + " @vitejs/plugin-react@4.3.4 axios@1.7.9 classnames@2.5.1 date-fns@4.1.0 eslint@9.16.0 i18next@24.0.5 react-i18next@15.1.3"
            + " react-router-dom@7.0.2 react-redux@9.1.2 react-hook-form@7.54.0 recharts@2.14.1 typescript@5.7.2 vite@6.0.3 vitest@2.1.8 zod@3.23.8"
            + " chokidar@3.6.0 prettier@3.4.2 @sentry/react@8.42.0 msw@2.6.8 dompurify@3.2.2 @emotion/cache@11.13.5 @emotion/serialize@1.3.3"
            + " @emotion/utils@1.4.2 @emotion/babel-plugin@11.13.5 @mui/system@6.1.9 @mui/utils@6.1.9 @mui/core-downloads-tracker@6.1.9 @popperjs/core@2.11.8"
            + " react-transition-group@4.4.5 @babel/generator@7.26.3 @babel/parser@7.26.3 @babel/traverse@7.26.4 @babel/types@7.26.3 @babel/template@7.25.9"
            + " @babel/helpers@7.26.0 @babel/helper-compilation-targets@7.25.9 browserslist@4.24.2 caniuse-lite@1.0.30001687 electron-to-chromium@1.5.71"
            + " node-releases@2.0.19 update-browserslist-db@1.1.1 semver@6.3.1 json5@2.2.3 debug@4.4.0 ms@2.1.3 gensync@1.0.0-beta.2 convert-source-map@2.0.0"
            + " @jridgewell/gen-mapping@0.3.5 @jridgewell/trace-mapping@0.3.25 @jridgewell/sourcemap-codec@1.5.0 @jridgewell/resolve-uri@3.1.2"
            + " @jridgewell/set-array@1.2.1 jsesc@3.0.2 globals@11.12.0 regenerator-runtime@0.14.1 immer@10.1.1 redux@5.0.1 redux-thunk@3.1.0"
            + " reselect@5.1.1 @tanstack/query-core@5.62.2 use-sync-external-store@1.2.2 @types/use-sync-external-store@0.0.6 follow-redirects@1.15.9"
            + " form-data@4.0.1 proxy-from-env@1.1.0 asynckit@0.4.0 combined-stream@1.0.8 delayed-stream@1.0.0 mime-types@2.1.35 mime-db@1.52.0"
            + " @eslint/js@9.16.0 @eslint/core@0.9.1 @eslint/eslintrc@3.2.0 @eslint/config-array@0.19.1 @humanwhocodes/module-importer@1.0.1"
            + " ajv@6.12.6 fast-deep-equal@3.1.3 json-schema-traverse@0.4.1 uri-js@4.4.1 punycode@2.3.1 chalk@4.1.2 ansi-styles@4.3.0 supports-color@7.2.0"
            + " has-flag@4.0.0 cross-spawn@7.0.6 path-key@3.1.1 shebang-command@2.0.0 which@2.0.2 isexe@2.0.0 espree@10.3.0 acorn@8.14.0"
            + " acorn-jsx@5.3.2 esquery@1.6.0 estraverse@5.3.0 esutils@2.0.3 glob-parent@6.0.2 is-glob@4.0.3 is-extglob@2.1.1 ignore@5.3.2"
            + " minimatch@3.1.2 brace-expansion@1.1.11 balanced-match@1.0.2 concat-map@0.0.1 html-parse-stringify@3.0.1 void-elements@3.1.0"
            + " react-router@7.0.2 cookie@1.0.2 set-cookie-parser@2.7.1 turbo-stream@2.4.0 recharts-scale@0.4.5 decimal.js-light@2.5.1"
            + " victory-vendor@36.9.2 d3-array@3.2.4 d3-scale@4.0.2 d3-shape@3.2.0 d3-path@3.1.0 d3-time@3.1.0 d3-format@3.1.0 internmap@2.0.3"
            + " eventemitter3@4.0.7 react-smooth@4.0.1 fast-equals@5.0.1 clsx@2.1.1 tiny-invariant@1.3.3 esbuild@0.24.0 postcss@8.4.49 rollup@4.28.1"
            + " nanoid@3.3.8 picocolors@1.1.1 source-map-js@1.2.1 @rollup/rollup-linux-x64-gnu@4.28.1 @esbuild/linux-x64@0.24.0 @types/estree@1.0.6"
            + " @vitest/expect@2.1.8 @vitest/runner@2.1.8 @vitest/snapshot@2.1.8 @vitest/spy@2.1.8 @vitest/utils@2.1.8 tinypool@1.0.2 tinyspy@3.0.2"
            + " chai@5.1.2 loupe@3.1.2 pathval@2.0.0 deep-eql@5.0.2 check-error@2.1.1 magic-string@0.30.14 std-env@3.8.0 why-is-node-running@2.3.0"
            + " anymatch@3.1.3 braces@3.0.3 fill-range@7.1.1 to-regex-range@5.0.1 is-number@7.0.0 normalize-path@3.0.0 picomatch@2.3.1"
            + " readdirp@3.6.0 is-binary-path@2.1.0 binary-extensions@2.3.0 @sentry/browser@8.42.0 @sentry/core@8.42.0 hoist-non-react-statics@3.3.2"
            + " react-is@16.13.1 prop-types@15.8.1 object-assign@4.1.1 loose-envify@1.4.0 js-tokens@4.0.0 scheduler@0.23.2 @mswjs/interceptors@0.37.3"
            + " graphql@16.9.0 headers-polyfill@4.0.3 outvariant@1.4.3 strict-event-emitter@0.5.1 type-fest@4.30.0 yargs@17.7.2 cliui@8.0.1"
            + " string-width@4.2.3 strip-ansi@6.0.1 ansi-regex@5.0.1 wrap-ansi@7.0.0 y18n@5.0.8 yargs-parser@21.1.1 escalade@3.2.0 get-caller-file@2.0.5"
            + " require-directory@2.1.1 @types/dompurify@3.2.0 dom-helpers@5.2.1 css-vendor@2.0.8 stylis@4.2.0 @emotion/hash@0.9.2 @emotion/memoize@0.9.0"
            + " @emotion/unitless@0.10.0 @emotion/weak-memoize@0.4.0 @emotion/sheet@1.4.0 csstype@3.1.3 @types/prop-types@15.7.13 @types/react@18.3.12"
            + " @types/react-dom@18.3.1 aria-query@5.3.2 dom-accessibility-api@0.6.3 lz-string@1.5.0 pretty-format@27.5.1 css.escape@1.5.1"
            + " redent@3.0.0 indent-string@4.0.0 strip-indent@3.0.0 min-indent@1.0.1 @adobe/css-tools@4.4.1 react-beautiful-dnd@13.1.1"
            + " raf-schd@4.0.3 memoize-one@5.2.1 css-box-model@1.2.1 tiny-warning@1.0.3 use-memo-one@1.1.3";

    private static final String NPM_DEPS = "@babel/core:@babel/generator,@babel/parser,@babel/traverse,@babel/types,@babel/template,@babel/helpers,@babel/helper-compilation-targets,@jridgewell/gen-mapping,convert-source-map,debug,gensync,json5,semver"
            + " @babel/runtime:regenerator-runtime"
            + " @emotion/react:@babel/runtime,@emotion/babel-plugin,@emotion/cache,@emotion/serialize,@emotion/utils,@emotion/weak-memoize,hoist-non-react-statics"
            + " @emotion/styled:@babel/runtime,@emotion/babel-plugin,@emotion/serialize,@emotion/utils"
            + " @mui/material:@babel/runtime,@mui/core-downloads-tracker,@mui/system,@mui/utils,@popperjs/core,clsx,csstype,prop-types,react-is,react-transition-group"
            + " @mui/icons-material:@babel/runtime"
            + " @reduxjs/toolkit:immer,redux,redux-thunk,reselect"
            + " @tanstack/react-query:@tanstack/query-core"
            + " @testing-library/react:@babel/runtime"
            + " @testing-library/jest-dom:@adobe/css-tools,aria-query,chalk,css.escape,dom-accessibility-api,lz-string,redent"
            + " @vitejs/plugin-react:@babel/core"
            + " axios:follow-redirects,form-data,proxy-from-env"
            + " eslint:@eslint/js,@eslint/core,@eslint/eslintrc,@eslint/config-array,@humanwhocodes/module-importer,ajv,chalk,cross-spawn,debug,espree,esquery,esutils,glob-parent,ignore,minimatch"
            + " i18next:@babel/runtime"
            + " react-i18next:@babel/runtime,html-parse-stringify"
            + " react-router-dom:react-router"
            + " react-redux:@types/use-sync-external-store,use-sync-external-store"
            + " recharts:clsx,eventemitter3,react-is,react-smooth,recharts-scale,tiny-invariant,victory-vendor"
            + " vite:esbuild,postcss,rollup"
            + " vitest:@vitest/expect,@vitest/runner,@vitest/snapshot,@vitest/spy,@vitest/utils,chai,debug,magic-string,pathval,std-env,tinypool,tinyspy,why-is-node-running,vite"
            + " chokidar:anymatch,braces,glob-parent,is-binary-path,is-glob,normalize-path,readdirp,fsevents"
            + " @sentry/react:@sentry/browser,@sentry/core,hoist-non-react-statics"
            + " msw:@mswjs/interceptors,graphql,headers-polyfill,outvariant,strict-event-emitter,type-fest,yargs,chalk"
            + " @emotion/cache:@emotion/memoize,@emotion/sheet,@emotion/utils,@emotion/weak-memoize,stylis"
            + " @emotion/serialize:@emotion/hash,@emotion/memoize,@emotion/unitless,@emotion/utils,csstype"
            + " @emotion/babel-plugin:@babel/runtime,@emotion/hash,@emotion/memoize,@emotion/serialize,convert-source-map,stylis"
            + " @mui/system:@babel/runtime,@mui/utils,clsx,csstype,prop-types"
            + " @mui/utils:@babel/runtime,@types/prop-types,clsx,prop-types,react-is"
            + " react-transition-group:@babel/runtime,dom-helpers,loose-envify,prop-types"
            + " dom-helpers:@babel/runtime,csstype"
            + " @babel/generator:@babel/parser,@babel/types,@jridgewell/gen-mapping,@jridgewell/trace-mapping,jsesc"
            + " @babel/parser:@babel/types"
            + " @babel/traverse:@babel/generator,@babel/parser,@babel/template,@babel/types,debug,globals"
            + " @babel/template:@babel/parser,@babel/types"
            + " @babel/helpers:@babel/template,@babel/types"
            + " @babel/helper-compilation-targets:browserslist,semver"
            + " browserslist:caniuse-lite,electron-to-chromium,node-releases,update-browserslist-db"
            + " update-browserslist-db:escalade,picocolors"
            + " debug:ms"
            + " @jridgewell/gen-mapping:@jridgewell/set-array,@jridgewell/sourcemap-codec,@jridgewell/trace-mapping"
            + " @jridgewell/trace-mapping:@jridgewell/resolve-uri,@jridgewell/sourcemap-codec"
            + " form-data:asynckit,combined-stream,mime-types"
            + " combined-stream:delayed-stream"
            + " mime-types:mime-db"
            + " @eslint/eslintrc:ajv,debug,espree,globals,ignore,minimatch"
            + " @eslint/config-array:debug,minimatch"
            + " ajv:fast-deep-equal,json-schema-traverse,uri-js"
            + " uri-js:punycode"
            + " chalk:ansi-styles,supports-color"
            + " supports-color:has-flag"
            + " cross-spawn:path-key,shebang-command,which"
            + " which:isexe"
            + " espree:acorn,acorn-jsx"
            + " esquery:estraverse"
            + " glob-parent:is-glob"
            + " is-glob:is-extglob"
            + " minimatch:brace-expansion"
            + " brace-expansion:balanced-match,concat-map"
            + " html-parse-stringify:void-elements"
            + " react-router:cookie,set-cookie-parser,turbo-stream"
            + " recharts-scale:decimal.js-light"
            + " victory-vendor:d3-array,d3-scale,d3-shape,d3-time,internmap"
            + " d3-scale:d3-array,d3-format,d3-time,internmap"
            + " d3-shape:d3-path"
            + " d3-array:internmap"
            + " react-smooth:fast-equals,prop-types,react-transition-group"
            + " postcss:nanoid,picocolors,source-map-js"
            + " rollup:@rollup/rollup-linux-x64-gnu,@types/estree"
            + " esbuild:@esbuild/linux-x64"
            + " @vitest/expect:@vitest/spy,@vitest/utils,chai"
            + " @vitest/runner:@vitest/utils,pathval"
            + " @vitest/snapshot:@vitest/utils,magic-string,pathval"
            + " @vitest/spy:tinyspy"
            + " @vitest/utils:loupe"
            + " chai:check-error,deep-eql,loupe,pathval"
            + " magic-string:@jridgewell/sourcemap-codec"
            + " anymatch:normalize-path,picomatch"
            + " braces:fill-range"
            + " fill-range:to-regex-range"
            + " to-regex-range:is-number"
            + " readdirp:picomatch"
            + " is-binary-path:binary-extensions"
            + " @sentry/browser:@sentry/core"
            + " hoist-non-react-statics:react-is"
            + " prop-types:loose-envify,object-assign,react-is"
            + " loose-envify:js-tokens"
            + " scheduler:loose-envify"
            + " yargs:cliui,escalade,get-caller-file,require-directory,string-width,y18n,yargs-parser"
            + " cliui:string-width,strip-ansi,wrap-ansi"
            + " string-width:strip-ansi"
            + " strip-ansi:ansi-regex"
            + " wrap-ansi:ansi-styles,string-width,strip-ansi"
            + " @mswjs/interceptors:outvariant,strict-event-emitter"
            + " redent:indent-string,strip-indent"
            + " strip-indent:min-indent"
            + " @types/react:@types/prop-types,csstype"
            + " @types/react-dom:@types/react"
            + " css-box-model:tiny-invariant";

    private record NpmPkg(String name, String version, List<String> deps) {}

    private static void npmTree(Map<String, NpmPkg> pkgs, String name, String prefix, boolean last, TreeSet<String> printed, List<String> out,
            Map<String, String> notes) {
        NpmPkg p = pkgs.get(name);
        boolean again = !printed.add(name);
        boolean kids = !again && !p.deps().isEmpty();
        String note = notes.getOrDefault(name, "");
        out.add(prefix + (last ? "└─" : "├─") + (kids ? "┬ " : "─ ") + p.name() + "@" + p.version() + (again ? " deduped" : "") + note);
        if (kids) {
            List<String> deps = new ArrayList<>(new TreeSet<>(p.deps()));
            for (int i = 0; i < deps.size(); i++) {
                npmTree(pkgs, deps.get(i), prefix + (last ? "  " : "│ "), i == deps.size() - 1, printed, out, notes);
            }
        }
    }

    /**
     * npm ls --all in the storefront repository after the React 18 upgrade: about 230 packages, deep Babel, MUI,
     * ESLint, Vite and Vitest subtrees, most repeated packages marked deduped, the usual unmet optional fsevents; react
     * 18.3.1 is invalid for react-beautiful-dnd's peer range (^16.8.5 || ^17.0.0), so npm ls exits 1 with ELSPROBLEMS;
     * lodash 4.17.21 is hoisted, but @acme/legacy-charts keeps its own nested lodash 4.17.20.
     */
    static NeedleCase npmLsAll() {
        String[] pool = NPM_POOL.split(" ");
        Map<String, NpmPkg> pkgs = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (String s : pool) {
            int at = s.lastIndexOf('@');
            names.add(s.substring(0, at));
        }
        Map<String, List<String>> known = new LinkedHashMap<>();
        for (String spec : NPM_DEPS.split(" ")) {
            int colon = spec.indexOf(':', 1);
            known.put(spec.substring(0, colon), List.of(spec.substring(colon + 1).split(",")));
        }
        for (String s : pool) {
            int at = s.lastIndexOf('@');
            String name = s.substring(0, at);
            pkgs.put(name, new NpmPkg(name, s.substring(at + 1), known.getOrDefault(name, List.of())));
        }
        pkgs.put("react", new NpmPkg("react", "18.3.1", List.of("loose-envify")));
        pkgs.put("react-dom", new NpmPkg("react-dom", "18.3.1", List.of("loose-envify", "react", "scheduler")));
        pkgs.put("lodash", new NpmPkg("lodash", "4.17.21", List.of()));
        pkgs.put("lodash-old", new NpmPkg("lodash", "4.17.20", List.of()));
        pkgs.put("@acme/legacy-charts", new NpmPkg("@acme/legacy-charts", "2.4.1", List.of("d3-scale", "lodash-old", "prop-types", "react")));
        pkgs.put("@acme/design-tokens", new NpmPkg("@acme/design-tokens", "1.9.0", List.of()));
        pkgs.put("fsevents", new NpmPkg("UNMET OPTIONAL DEPENDENCY fsevents", "~2.3.2", List.of()));
        pkgs.put("react-beautiful-dnd", new NpmPkg("react-beautiful-dnd", "13.1.1", List.of("@babel/runtime", "css-box-model", "memoize-one", "raf-schd",
                "react", "react-redux-legacy", "redux-legacy", "use-memo-one")));
        pkgs.put("redux-legacy", new NpmPkg("redux", "4.2.1", List.of("@babel/runtime")));
        pkgs.put("react-redux-legacy", new NpmPkg("react-redux", "7.2.9", List.of("@babel/runtime", "hoist-non-react-statics", "loose-envify", "prop-types",
                "react-is")));
        for (String name : List.of("@mui/material", "@testing-library/react", "react-i18next", "react-redux", "recharts", "@tanstack/react-query",
                "@sentry/react", "react-router-dom", "react-hook-form", "@emotion/react", "react-transition-group")) {
            NpmPkg p = pkgs.get(name);
            List<String> deps = new ArrayList<>(p.deps());
            deps.add("react");
            if (!name.equals("react-hook-form") && !name.equals("@tanstack/react-query")) {
                deps.add("react-dom");
            }
            pkgs.put(name, new NpmPkg(p.name(), p.version(), deps));
        }
        List<String> roots = new ArrayList<>(List.of("react", "react-dom", "lodash", "@acme/legacy-charts", "@acme/design-tokens", "react-beautiful-dnd"));
        for (int i = 0; i < 30; i++) {
            roots.add(names.get(i));
        }
        roots.sort(null);
        String project = "/home/runner/work/storefront/storefront";
        String invalid = " invalid: \"^16.8.5 || ^17.0.0\" from node_modules/react-beautiful-dnd";
        Map<String, String> notes = Map.of("react", invalid);
        List<String> out = new ArrayList<>();
        out.add("storefront@3.12.0 " + project);
        TreeSet<String> printed = new TreeSet<>();
        // npm prints the root's own dependencies first: they are never deduped at the top level
        printed.addAll(roots);
        for (int i = 0; i < roots.size(); i++) {
            printed.remove(roots.get(i));
            npmTree(pkgs, roots.get(i), "", i == roots.size() - 1, printed, out, notes);
            for (int j = i + 1; j < roots.size(); j++) {
                printed.add(roots.get(j));
            }
        }
        out.add("");
        String text = String.join("\n", out) + "\nnpm error code ELSPROBLEMS\nnpm error invalid: react@18.3.1 " + project + "/node_modules/react\n"
                + "npm error A complete log of this run can be found in: /home/runner/.npm/_logs/2026-12-07T08_41_17_220Z-debug-0.log\n";
        String rootReact = only(text, "├─┬ react@18.3.1 invalid");
        return NeedleCase.named("fresh10_npm_ls_all", "listing", "npm-ls-all")
                .shell("npm ls --all")
                .question("npm ls fails in CI since we upgraded to React 18 — why? And security asks whether lodash 4.17.20 is still anywhere in the tree,"
                        + " and which package pulls it in.")
                .heldAside()
                .build(text, List.of(Needle.exact(rootReact), Needle.exact("npm error invalid: react@18.3.1 " + project + "/node_modules/react"),
                        Needle.exact(only(text, "lodash@4.17.20")), Needle.exact(only(text, "─┬ @acme/legacy-charts@2.4.1"))));
    }

    // ---------------------------------------------------------------- pip freeze + pip check

    private static final String PIP_POOL = "aiohttp==3.11.10 aiosignal==1.3.1 alembic==1.14.0 annotated-types==0.7.0 anyio==4.7.0 apache-airflow==2.10.3"
            + " apache-airflow-providers-common-compat==1.2.2 apache-airflow-providers-common-io==1.4.2 apache-airflow-providers-common-sql==1.20.0"
            + " apache-airflow-providers-fab==1.5.1 apache-airflow-providers-ftp==3.11.1 apache-airflow-providers-http==4.13.3"
            + " apache-airflow-providers-imap==3.7.0 apache-airflow-providers-postgres==5.14.0 apache-airflow-providers-smtp==1.8.0"
            + " apache-airflow-providers-sqlite==3.9.0 apispec==6.7.1 argcomplete==3.5.2 asgiref==3.8.1 asn1crypto==1.5.1 attrs==24.2.0 babel==2.16.0"
            + " blinker==1.9.0 boto3==1.35.76 botocore==1.35.76 cachelib==0.9.0 cachetools==5.5.0 certifi==2024.8.30 cffi==1.17.1 charset-normalizer==3.4.0"
            + " click==8.1.7 clickclick==20.10.2 colorama==0.4.6 colorlog==6.9.0 ConfigUpdater==3.2 connexion==2.14.2 cron-descriptor==1.4.5"
            + " croniter==5.0.1 cryptography==43.0.3 db-dtypes==1.3.1 Deprecated==1.2.15 dill==0.3.9 dnspython==2.7.0 docutils==0.21.2"
            + " email_validator==2.2.0 Flask==2.2.5 Flask-AppBuilder==4.5.2 Flask-Babel==2.0.0 Flask-Caching==2.3.0 Flask-JWT-Extended==4.7.1"
            + " Flask-Limiter==3.9.2 Flask-Login==0.6.3 Flask-Session==0.5.0 Flask-SQLAlchemy==2.5.1 Flask-WTF==1.2.2 frozenlist==1.5.0 fsspec==2024.10.0"
            + " google-api-core==2.24.0 google-auth==2.36.0 google-auth-oauthlib==1.2.1 google-cloud-bigquery==2.34.4 google-cloud-bigquery-storage==2.27.0"
            + " google-cloud-core==2.4.1 google-cloud-storage==2.19.0 google-crc32c==1.6.0 google-resumable-media==2.7.2 googleapis-common-protos==1.66.0"
            + " greenlet==3.1.1 grpcio==1.68.1 grpcio-status==1.68.1 gunicorn==23.0.0 h11==0.14.0 httpcore==1.0.7 httpx==0.28.1 idna==3.10"
            + " importlib_metadata==8.5.0 importlib_resources==6.4.5 inflection==0.5.1 itsdangerous==2.2.0 Jinja2==3.1.4 jmespath==1.0.1"
            + " jsonschema==4.23.0 jsonschema-specifications==2024.10.1 lazy-object-proxy==1.10.0 limits==3.14.1 linkify-it-py==2.0.3 lockfile==0.12.2"
            + " Mako==1.3.8 Markdown==3.7 markdown-it-py==3.0.0 MarkupSafe==3.0.2 marshmallow==3.23.1 marshmallow-oneofschema==3.1.1"
            + " marshmallow-sqlalchemy==0.28.2 mdit-py-plugins==0.4.2 mdurl==0.1.2 methodtools==0.4.7 more-itertools==10.5.0 multidict==6.1.0"
            + " numpy==1.26.4 oauthlib==3.2.2 opentelemetry-api==1.28.2 opentelemetry-exporter-otlp==1.28.2 opentelemetry-exporter-otlp-proto-common==1.28.2"
            + " opentelemetry-exporter-otlp-proto-grpc==1.28.2 opentelemetry-exporter-otlp-proto-http==1.28.2 opentelemetry-proto==1.28.2"
            + " opentelemetry-sdk==1.28.2 opentelemetry-semantic-conventions==0.49b2 ordered-set==4.1.0 packaging==24.2 pandas==2.2.3 pandas-gbq==0.24.0"
            + " pathspec==0.12.1 pendulum==3.0.0 pluggy==1.5.0 prison==0.2.1 propcache==0.2.1 proto-plus==1.25.0 protobuf==5.29.1 psutil==6.1.0"
            + " psycopg2-binary==2.9.10 pyarrow==18.1.0 pyasn1==0.6.1 pyasn1_modules==0.4.1 pycparser==2.22 pydantic==2.10.3 pydantic_core==2.27.1"
            + " pydata-google-auth==1.9.0 Pygments==2.18.0 PyJWT==2.10.1 python-daemon==3.1.2 python-dateutil==2.9.0.post0 python-nvd3==0.16.0"
            + " python-slugify==8.0.4 pytz==2024.2 PyYAML==6.0.2 redis==5.2.1 referencing==0.35.1 requests==2.32.3 requests-oauthlib==2.0.0"
            + " requests-toolbelt==1.0.0 rfc3339-validator==0.1.4 rich==13.9.4 rich-argparse==1.6.0 rpds-py==0.22.3 rsa==4.9 s3transfer==0.10.4"
            + " setproctitle==1.3.4 six==1.17.0 sniffio==1.3.1 SQLAlchemy==1.4.54 SQLAlchemy-JSONField==1.0.2 SQLAlchemy-Utils==0.41.2"
            + " sqlparse==0.5.2 tabulate==0.9.0 tenacity==9.0.0 termcolor==2.5.0 text-unidecode==1.3 time-machine==2.16.0 typing_extensions==4.12.2"
            + " tzdata==2024.2 uc-micro-py==1.0.3 universal_pathlib==0.2.6 urllib3==2.2.3 Werkzeug==2.2.3 wirerope==0.4.7 wrapt==1.17.0 WTForms==3.2.1"
            + " yarl==1.18.3 zipp==3.21.0 black==24.10.0 mypy==1.13.0 mypy-extensions==1.0.0 pytest==8.3.4 pytest-cov==6.0.0 coverage==7.6.9"
            + " iniconfig==2.0.0 ruff==0.8.2 pre_commit==4.0.1 cfgv==3.4.0 identify==2.6.3 nodeenv==1.9.1 virtualenv==20.28.0 distlib==0.3.9"
            + " filelock==3.16.1 platformdirs==4.3.6 great-expectations==0.18.22 altair==4.2.2 ipython==8.30.0 jedi==0.19.2 parso==0.8.4"
            + " prompt_toolkit==3.0.48 wcwidth==0.2.13 traitlets==5.14.3 decorator==5.1.1 matplotlib-inline==0.1.7 pexpect==4.9.0 ptyprocess==0.7.0"
            + " stack-data==0.6.3 asttokens==3.0.0 executing==2.1.0 pure_eval==0.2.3 jsonpatch==1.33 jsonpointer==3.0.0 makefun==1.15.6"
            + " marshmallow-enum==1.5.1 mistune==3.0.2 nbformat==5.10.4 fastjsonschema==2.21.1 jupyter_core==5.7.2 ruamel.yaml==0.17.17"
            + " ruamel.yaml.clib==0.2.12 scipy==1.14.1 tqdm==4.67.1 tzlocal==5.2 toolz==1.0.0 entrypoints==0.4 sqlalchemy-bigquery==1.12.0"
            + " dbt-core==1.8.9 dbt-bigquery==1.8.3 dbt-adapters==1.10.4 dbt-common==1.14.0 dbt-extractor==0.5.1 dbt-semantic-interfaces==0.5.1"
            + " agate==1.9.1 isodate==0.6.1 leather==0.4.0 parsedatetime==2.6 pytimeparse==1.1.8 Logbook==1.5.3 mashumaro==3.14 msgpack==1.1.0"
            + " networkx==3.4.2 snowplow-tracker==1.0.4 types-requests==2.32.0.20241016 daff==1.3.46 deepdiff==7.0.1 protobuf-to-dict==0.1.0";

    /**
     * pip freeze then pip check in the data platform's Airflow image: about 260 pinned packages (Airflow and its
     * providers, Google Cloud clients, dbt, test tooling), one editable install of the team's own package; the pin of
     * google-cloud-bigquery to 2.34.4 (for an old dbt workaround) breaks pandas-gbq 0.24.0, which needs 3.4.2 or newer,
     * and pip check says so among two unrelated lines.
     */
    static NeedleCase pipFreezeCheck() {
        Gen g = new Gen(130_008);
        TreeMap<String, String> lines = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String s : PIP_POOL.split(" ")) {
            lines.put(s.substring(0, s.indexOf("==")), s);
        }
        String[] extra = {"types-python-dateutil", "types-PyYAML", "types-pytz", "types-setuptools", "types-protobuf", "types-cachetools", "types-redis",
            "types-Markdown", "types-tabulate", "types-croniter", "types-Deprecated", "types-docutils", "types-psycopg2", "types-toml"};
        for (String e : extra) {
            lines.put(e, e + "==" + g.between(1, 6) + "." + g.between(0, 9) + "." + "2024" + fmt("%02d%02d", g.between(1, 12), g.between(1, 28)));
        }
        lines.put("acme-dataplatform", "-e git+ssh://git@github.com/acme/dataplatform.git@7f3c2a91d04be5e8a1c6f0b93d7e2c4a58f19b06#egg=acme_dataplatform");
        lines.put("acme-airflow-plugins", "acme-airflow-plugins @ file:///opt/airflow/wheels/acme_airflow_plugins-0.14.2-py3-none-any.whl");
        StringBuilder out = new StringBuilder();
        for (String l : lines.values()) {
            out.append(l).append('\n');
        }
        String conflict = "pandas-gbq 0.24.0 has requirement google-cloud-bigquery<4.0.0dev,>=3.4.2, but you have google-cloud-bigquery 2.34.4.";
        out.append("great-expectations 0.18.22 requires posthog, which is not installed.\n");
        out.append(conflict).append('\n');
        out.append("dbt-core 1.8.9 has requirement protobuf<5,>=4.0.0, but you have protobuf 5.29.1.\n");
        String text = out.toString();
        if (lines.size() < 250) {
            throw new IllegalStateException("too few packages: " + lines.size());
        }
        return NeedleCase.named("fresh10_pip_freeze_check", "listing", "pip-freeze-check")
                .shell("docker run --rm acme/airflow:2.10.3-dp47 bash -c 'pip freeze; pip check'")
                .question("In the new Airflow image the BigQuery export DAG dies importing pandas_gbq. Which google-cloud-bigquery version is installed,"
                        + " and what does pandas-gbq want?")
                .heldAside()
                .build(text, List.of(Needle.exact(conflict), Needle.exact("google-cloud-bigquery==2.34.4"), Needle.exact("pandas-gbq==0.24.0")));
    }

    // ---------------------------------------------------------------- systemd-analyze time, blame, critical-chain

    /** systemd's format_timespan at millisecond accuracy: 811ms, 2.4s, 16.245s, 1min 30.007s. */
    private static String span(long ms) {
        if (ms < 1000) {
            return ms + "ms";
        }
        StringBuilder sb = new StringBuilder();
        if (ms >= 60_000) {
            sb.append(ms / 60_000).append("min ");
            ms %= 60_000;
        }
        String frac = fmt("%03d", ms % 1000).replaceAll("0+$", "");
        return sb.append(ms / 1000).append(frac.isEmpty() ? "" : "." + frac).append('s').toString();
    }

    /**
     * systemd-analyze time, blame and critical-chain on a Docker host after its second NIC (eth1, the storage network)
     * lost its cable: about 250 units in blame, mostly milliseconds, snaps and device units, a few seconds for snapd,
     * cloud-init and docker; systemd-networkd-wait-online waits its whole 1min 30s timeout for eth1, and docker.service,
     * which wants network-online.target, is held behind it on the critical chain.
     */
    static NeedleCase systemdAnalyze() {
        Gen g = new Gen(130_009);
        Map<String, Long> units = new LinkedHashMap<>();
        units.put("systemd-networkd-wait-online.service", 90_007L);
        units.put("snapd.service", 14_211L);
        units.put("cloud-init.service", 6_884L);
        units.put("cloud-init-local.service", 4_120L);
        units.put("docker.service", 3_315L);
        units.put("cloud-config.service", 2_402L);
        units.put("containerd.service", 1_870L);
        units.put("cloud-final.service", 1_640L);
        units.put("systemd-udev-settle.service", 1_508L);
        units.put("apt-daily-upgrade.service", 1_322L);
        units.put("systemd-udevd.service", 1_094L);
        units.put("lvm2-monitor.service", 961L);
        String[] services = {"accounts-daemon", "apparmor", "apport", "atd", "blk-availability", "chrony", "console-setup", "cron", "dbus", "e2scrub_reap",
            "fwupd-refresh", "grub-common", "grub-initrd-fallback", "keyboard-setup", "kmod-static-nodes", "ldconfig", "logrotate", "man-db",
            "modprobe@configfs", "modprobe@dm_mod", "modprobe@drm", "modprobe@efi_pstore", "modprobe@fuse", "modprobe@loop", "motd-news",
            "multipathd", "networkd-dispatcher", "node-exporter", "plymouth-quit", "plymouth-quit-wait", "plymouth-read-write", "polkit", "rsyslog",
            "secureboot-db", "setvtrgb", "snapd.apparmor", "snapd.seeded", "ssh", "sysstat", "systemd-binfmt", "systemd-fsck-root", "systemd-journal-flush",
            "systemd-journald", "systemd-logind", "systemd-machine-id-commit", "systemd-modules-load", "systemd-networkd", "systemd-random-seed",
            "systemd-remount-fs", "systemd-resolved", "systemd-sysctl", "systemd-sysusers", "systemd-timesyncd", "systemd-tmpfiles-clean",
            "systemd-tmpfiles-setup", "systemd-tmpfiles-setup-dev", "systemd-udev-trigger", "systemd-update-utmp", "systemd-user-sessions",
            "ua-timer", "udisks2", "ufw", "unattended-upgrades", "user-runtime-dir@1000", "user@1000", "fail2ban", "auditd", "filebeat", "kubelet-reset",
            "iscsid", "open-iscsi", "nfs-blkmap", "rpcbind", "smartmontools", "thermald", "irqbalance", "lxd-agent", "pollinate", "rpc-statd-notify",
            "docker-prune", "certbot", "mdmonitor", "finalrd"};
        for (String s : services) {
            units.putIfAbsent(s + ".service", (long) (g.chance(0.85) ? g.between(3, 480) : g.between(481, 1_200)));
        }
        String[] snaps = {"core20", "core22", "lxd", "snapd", "amazon-ssm-agent", "aws-cli", "certbot", "helm", "kubectl", "yq", "jq", "go"};
        for (String s : snaps) {
            for (int i = 0; i < g.between(2, 3); i++) {
                units.putIfAbsent("snap-" + s.replace("-", "\\x2d") + "-" + g.between(400, 24_000) + ".mount", (long) g.between(20, 420));
            }
        }
        String[] mounts = {"boot.mount", "boot-efi.mount", "dev-hugepages.mount", "dev-mqueue.mount", "sys-kernel-debug.mount", "sys-kernel-tracing.mount",
            "sys-fs-fuse-connections.mount", "sys-kernel-config.mount", "var-lib-docker.mount", "srv-data.mount", "run-rpc_pipefs.mount",
            "proc-sys-fs-binfmt_misc.mount"};
        for (String m : mounts) {
            units.putIfAbsent(m, (long) g.between(4, 300));
        }
        for (int i = 0; i < 90; i++) {
            String dev = g.pick("dev-disk-by\\x2duuid-" + uuid(g).replace("-", "\\x2d"), "dev-disk-by\\x2dpartuuid-" + uuid(g).replace("-", "\\x2d"),
                    "dev-disk-by\\x2did-nvme\\x2dAmazon_Elastic_Block_Store_vol0" + g.hex(16) + "\\x2dpart" + g.between(1, 15),
                    "sys-devices-pci0000:00-0000:00:" + fmt("%02x", g.between(1, 31)) + ".0-nvme-nvme" + g.between(0, 3) + "-nvme" + g.between(0, 3) + "n1-nvme"
                            + g.between(0, 3) + "n1p" + g.between(1, 15), "dev-loop" + g.between(0, 40), "dev-nvme" + g.between(0, 3) + "n1p" + g.between(1, 15));
            units.putIfAbsent(dev + ".device", (long) g.between(900, 3_400));
        }
        List<Map.Entry<String, Long>> blame = new ArrayList<>(units.entrySet());
        blame.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        int width = span(blame.get(0).getValue()).length();
        List<String> out = new ArrayList<>();
        String startup = "Startup finished in 3.412s (kernel) + 1min 41.220s (userspace) = 1min 44.632s";
        out.add(startup);
        out.add("graphical.target reached after 1min 41.201s in userspace");
        String blameLine = null;
        for (Map.Entry<String, Long> e : blame) {
            String line = fmt("%" + width + "s %s", span(e.getValue()), e.getKey());
            out.add(line);
            if (e.getKey().equals("systemd-networkd-wait-online.service")) {
                blameLine = line;
            }
        }
        out.add("The time when unit became active or started is printed after the \"@\" character.");
        out.add("The time the unit took to start is printed after the \"+\" character.");
        out.add("");
        String[] chain = {"graphical.target @1min 41.201s", "multi-user.target @1min 41.200s", "docker.service @1min 37.884s +3.315s",
            "network-online.target @1min 37.860s", "systemd-networkd-wait-online.service @7.851s +1min 30.007s", "systemd-networkd.service @7.602s +246ms",
            "systemd-udevd.service @6.501s +1.094s", "systemd-tmpfiles-setup-dev.service @6.312s +176ms", "systemd-sysusers.service @6.121s +187ms",
            "systemd-remount-fs.service @5.930s +180ms", "systemd-journald.socket @5.788s", "system.slice @5.701s", "-.slice @5.701s"};
        String chainLine = null;
        for (int i = 0; i < chain.length; i++) {
            String line = i == 0 ? chain[0] : "  ".repeat(i - 1) + "└─" + chain[i];
            out.add(line);
            if (chain[i].startsWith("systemd-networkd-wait-online")) {
                chainLine = line;
            }
        }
        String text = String.join("\n", out) + "\n";
        if (blame.size() < 200) {
            throw new IllegalStateException("too few units: " + blame.size());
        }
        return NeedleCase.named("fresh10_systemd_analyze", "listing", "systemd-analyze")
                .shell("ssh docker-07 'systemd-analyze time; systemd-analyze blame; systemd-analyze critical-chain'")
                .question("docker-07 used to boot in 20 seconds and now takes almost two minutes before containers come up. What is slowing the boot?")
                .heldAside()
                .build(text, List.of(Needle.exact(blameLine), Needle.exact(chainLine), Needle.exact(startup)));
    }

    // ---------------------------------------------------------------- dig answers

    /** Pads with tabs from column {@code len} to column {@code col} (at least one tab), as dig's master-file style does. */
    private static String tabsTo(int len, int col) {
        StringBuilder sb = new StringBuilder("\t");
        int pos = (len / 8 + 1) * 8;
        while (pos < col) {
            sb.append('\t');
            pos += 8;
        }
        return sb.toString();
    }

    private static String rr(String name, int ttl, String type, String data) {
        String t = String.valueOf(ttl);
        return name + tabsTo(name.length(), 24) + t + tabsTo(24 + t.length(), 32) + "IN\t" + type + "\t" + data;
    }

    /**
     * The DNS check of the release runbook, dig for each of 52 names the services call, through the VPC's validating
     * resolver: CNAMEs to load balancers, A and AAAA answers, a few MX and TXT; the payments zone had its KSK rolled
     * yesterday without the DS being updated, so both payments names come back SERVFAIL with an EDE saying no SEP
     * matches the DS; one decommissioned name is NXDOMAIN.
     */
    static NeedleCase digAnswers() {
        Gen g = new Gen(130_010);
        String[] names = {"www.acme.io", "api.acme.io", "auth.acme.io", "cdn.acme.io", "static.acme.io", "img.acme.io", "status.acme.io", "docs.acme.io",
            "shop.acme.io", "checkout.acme.io", "cart-api.acme.io", "catalog-api.acme.io", "search.acme.io", "orders-api.acme.io", "inventory.acme.io",
            "notify.acme.io", "mail.acme.io", "smtp.acme.io", "grafana.ops.acme.io", "prometheus.ops.acme.io", "alerts.ops.acme.io", "vault.ops.acme.io",
            "registry.acme.io", "git.acme.io", "ci.acme.io", "sentry.ops.acme.io", "kibana.ops.acme.io", "api.payments.acme.io", "sso.acme.io",
            "events.acme.io", "ws.acme.io", "uploads.acme.io", "export.acme.io", "reports.acme.io", "partners.acme.io", "legacy-api.acme.io",
            "hooks.payments.acme.io", "db-proxy.internal.acme.io", "redis.internal.acme.io", "kafka-1.internal.acme.io", "kafka-2.internal.acme.io",
            "kafka-3.internal.acme.io", "es.internal.acme.io", "ldap.internal.acme.io", "ntp.internal.acme.io", "bastion.acme.io", "vpn.acme.io",
            "feedback.acme.io", "affiliates.acme.io", "m.acme.io", "beta.acme.io", "acme.io"};
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ROOT);
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 10, 12, 1);
        List<String> out = new ArrayList<>();
        String servfail = null;
        String nxdomain = null;
        String ede = "; EDE: 9 (DNSKEY Missing): (No DNSKEY matches DS RRs of payments.acme.io)";
        for (String name : names) {
            String fq = name + ".";
            String type = name.equals("acme.io") ? "MX" : name.startsWith("mail.") ? "TXT"
                    : name.contains("payments") || name.startsWith("legacy") || !g.chance(0.15) ? "A" : "AAAA";
            int id = g.between(1, 65_535);
            List<String> answer = new ArrayList<>();
            String status = "NOERROR";
            String authority = null;
            if (name.contains("payments")) {
                status = "SERVFAIL";
            } else if (name.equals("legacy-api.acme.io")) {
                status = "NXDOMAIN";
                authority = rr("acme.io.", 900, "SOA", "ns-1021.awsdns-63.net. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400");
            } else if (type.equals("MX")) {
                answer.add(rr(fq, 3600, "MX", "1 aspmx.l.google.com."));
                answer.add(rr(fq, 3600, "MX", "5 alt1.aspmx.l.google.com."));
                answer.add(rr(fq, 3600, "MX", "10 alt3.aspmx.l.google.com."));
            } else if (type.equals("TXT")) {
                answer.add(rr(fq, 300, "TXT", "\"v=spf1 include:_spf.google.com include:mailgun.org ~all\""));
            } else {
                String target = fq;
                if (!name.contains(".internal.") && g.chance(0.6)) {
                    target = name.contains(".ops.") ? "ops-alb-" + g.between(100_000_000, 999_999_999) + ".eu-west-1.elb.amazonaws.com."
                            : g.chance(0.5) ? "d" + pickChars(g, "abcdefghijklmnopqrstuvwxyz0123456789", 13) + ".cloudfront.net."
                            : "k8s-ingress-" + g.hex(10) + "-" + g.between(100_000_000, 999_999_999) + ".elb.eu-west-1.amazonaws.com.";
                    answer.add(rr(fq, 300, "CNAME", target));
                }
                int n = g.between(1, 3);
                for (int i = 0; i < n; i++) {
                    String addr = type.equals("AAAA") ? fmt("2a05:d018:%x:%x00:%x:%x:%x:%x", g.between(0x100, 0xfff), g.between(1, 15), g.between(1, 0xffff),
                            g.between(1, 0xffff), g.between(1, 0xffff), g.between(1, 0xffff))
                            : name.contains(".internal.") ? "10.20." + g.between(1, 40) + "." + g.between(2, 250)
                            : g.pick("3.", "18.", "34.", "52.", "54.") + g.between(1, 254) + "." + g.between(0, 255) + "." + g.between(1, 254);
                    answer.add(rr(target, target.equals(fq) ? g.pick(60, 300, 3600) : 60, type, addr));
                }
            }
            out.add("");
            out.add("; <<>> DiG 9.18.30-0ubuntu0.24.04.2-Ubuntu <<>> " + name + " " + type);
            out.add(";; global options: +cmd");
            out.add(";; Got answer:");
            String header = ";; ->>HEADER<<- opcode: QUERY, status: " + status + ", id: " + id;
            out.add(header);
            if (status.equals("SERVFAIL") && servfail == null) {
                servfail = header;
            } else if (status.equals("NXDOMAIN")) {
                nxdomain = header;
            }
            out.add(fmt(";; flags: qr rd ra%s; QUERY: 1, ANSWER: %d, AUTHORITY: %d, ADDITIONAL: 1", status.equals("NOERROR") && !name.contains("internal")
                    && g.chance(0.5) ? " ad" : "", answer.size(), authority == null ? 0 : 1));
            out.add("");
            out.add(";; OPT PSEUDOSECTION:");
            out.add("; EDNS: version: 0, flags:; udp: 1232");
            if (status.equals("SERVFAIL")) {
                out.add(ede);
            }
            out.add(";; QUESTION SECTION:");
            out.add(";" + fq + tabsTo(fq.length() + 1, 32) + "IN\t" + type);
            if (!answer.isEmpty()) {
                out.add("");
                out.add(";; ANSWER SECTION:");
                out.addAll(answer);
            }
            if (authority != null) {
                out.add("");
                out.add(";; AUTHORITY SECTION:");
                out.add(authority);
            }
            out.add("");
            out.add(fmt(";; Query time: %d msec", status.equals("SERVFAIL") ? g.between(380, 1_900) : g.chance(0.7) ? g.between(0, 3) : g.between(4, 60)));
            out.add(";; SERVER: 10.20.0.2#53(10.20.0.2) (UDP)");
            t = t.plusSeconds(g.between(0, 1));
            out.add(";; WHEN: " + when.format(t));
            out.add(fmt(";; MSG SIZE  rcvd: %d", 40 + fq.length() * 2 + answer.size() * g.between(16, 60)));
        }
        out.add("");
        String text = String.join("\n", out) + "\n";
        requireCount(text, "status: SERVFAIL", 2);
        return NeedleCase.named("fresh10_dig_answers", "lines", "dig")
                .shell("while read -r name type; do dig \"$name\" \"$type\"; done < runbook/dns-names.txt")
                .question("Checkout can't reach api.payments.acme.io since this morning. Here is the DNS check over all our names: what does DNS return for"
                        + " it and why, and does anything else fail?")
                .heldAside()
                .build(text, List.of(Needle.exact(servfail), Needle.exact(ede), Needle.exact(";api.payments.acme.io." + tabsTo(22, 32) + "IN\tA"),
                        Needle.exact(nxdomain)));
    }

    // ---------------------------------------------------------------- kubectl get pods -o yaml

    /**
     * kubectl get pods -n orders -o yaml: 24 pods of six deployments (api, worker, outbox relay, scheduler, pdf
     * renderer, a redis sidecar-less cache), every field kubectl prints in key order; a few pods restarted once or twice
     * with exit code 1 long ago; one worker pod's container keeps being OOMKilled against its 512Mi limit, restartCount
     * 17, now waiting in CrashLoopBackOff.
     */
    static NeedleCase kubectlPodsYaml() {
        Gen g = new Gen(130_011);
        String[][] deploys = {{"orders-api", "api", "registry.acme.io/orders/api:4.18.2", "8080", "1Gi", "500m"},
            {"orders-worker", "worker", "registry.acme.io/orders/worker:4.18.2", "9090", "512Mi", "250m"},
            {"orders-outbox-relay", "relay", "registry.acme.io/orders/outbox-relay:1.7.0", "9090", "256Mi", "100m"},
            {"orders-scheduler", "scheduler", "registry.acme.io/orders/scheduler:4.18.2", "9090", "384Mi", "100m"},
            {"orders-pdf-renderer", "renderer", "registry.acme.io/orders/pdf-renderer:2.3.1", "8081", "768Mi", "300m"},
            {"orders-cache", "cache", "docker.io/library/redis:7.4.1-alpine", "6379", "256Mi", "100m"}};
        int[] replicas = {6, 7, 3, 2, 4, 2};
        String[] nodes = {"ip-10-1-34-12.eu-west-1.compute.internal", "ip-10-1-35-201.eu-west-1.compute.internal", "ip-10-1-36-77.eu-west-1.compute.internal",
            "ip-10-1-34-190.eu-west-1.compute.internal", "ip-10-1-35-18.eu-west-1.compute.internal"};
        List<String> y = new ArrayList<>();
        y.add("apiVersion: v1");
        y.add("items:");
        String oomName = null;
        String backoff = null;
        for (int d = 0; d < deploys.length; d++) {
            String[] dp = deploys[d];
            String rs = dp[0] + "-" + pickChars(g, KUBE, 10).substring(0, g.between(9, 10));
            String rsHash = rs.substring(dp[0].length() + 1);
            for (int r = 0; r < replicas[d]; r++) {
                String pod = rs + "-" + pickChars(g, KUBE, 5);
                String uid = uuid(g);
                boolean oom = d == 1 && r == 4;
                String node = g.pick(nodes);
                String ip = "10.1." + g.between(34, 36) + "." + g.between(2, 250);
                String created = fmt("2026-12-0%dT%02d:%02d:%02dZ", g.between(5, 6), g.between(0, 23), g.between(0, 59), g.between(0, 59));
                String started = created.substring(0, 17) + fmt("%02dZ", g.between(0, 59));
                y.add("- apiVersion: v1");
                y.add("  kind: Pod");
                y.add("  metadata:");
                y.add("    annotations:");
                y.add("      kubectl.kubernetes.io/restartedAt: \"2026-12-05T21:14:09Z\"");
                y.add("      prometheus.io/port: \"" + (dp[3].equals("6379") ? "9121" : dp[3]) + "\"");
                y.add("      prometheus.io/scrape: \"true\"");
                y.add("    creationTimestamp: \"" + created + "\"");
                y.add("    generateName: " + rs + "-");
                y.add("    labels:");
                y.add("      app.kubernetes.io/name: " + dp[0]);
                y.add("      app.kubernetes.io/part-of: orders");
                y.add("      pod-template-hash: " + rsHash);
                String nameLine = "    name: " + pod;
                y.add(nameLine);
                y.add("    namespace: orders");
                y.add("    ownerReferences:");
                y.add("    - apiVersion: apps/v1");
                y.add("      blockOwnerDeletion: true");
                y.add("      controller: true");
                y.add("      kind: ReplicaSet");
                y.add("      name: " + rs);
                y.add("      uid: " + uuid(g));
                y.add("    resourceVersion: \"" + g.between(180_000_000, 189_999_999) + "\"");
                y.add("    uid: " + uid);
                y.add("  spec:");
                y.add("    containers:");
                y.add("    - env:");
                y.add("      - name: SPRING_PROFILES_ACTIVE");
                y.add("        value: prod");
                y.add("      - name: JAVA_TOOL_OPTIONS");
                y.add("        value: -XX:MaxRAMPercentage=" + (d == 1 ? "90.0" : "75.0") + " -XX:+ExitOnOutOfMemoryError");
                y.add("      - name: DB_PASSWORD");
                y.add("        valueFrom:");
                y.add("          secretKeyRef:");
                y.add("            key: password");
                y.add("            name: orders-db");
                y.add("      image: " + dp[2]);
                y.add("      imagePullPolicy: IfNotPresent");
                y.add("      livenessProbe:");
                y.add("        failureThreshold: 3");
                y.add("        httpGet:");
                y.add("          path: /actuator/health/liveness");
                y.add("          port: " + dp[3]);
                y.add("          scheme: HTTP");
                y.add("        initialDelaySeconds: 30");
                y.add("        periodSeconds: 10");
                y.add("        successThreshold: 1");
                y.add("        timeoutSeconds: 2");
                y.add("      name: " + dp[1]);
                y.add("      ports:");
                y.add("      - containerPort: " + dp[3]);
                y.add("        name: http");
                y.add("        protocol: TCP");
                y.add("      resources:");
                y.add("        limits:");
                y.add("          memory: " + dp[4]);
                y.add("        requests:");
                y.add("          cpu: " + dp[5]);
                y.add("          memory: " + dp[4]);
                y.add("      terminationMessagePath: /dev/termination-log");
                y.add("      terminationMessagePolicy: File");
                y.add("      volumeMounts:");
                y.add("      - mountPath: /var/run/secrets/kubernetes.io/serviceaccount");
                y.add("        name: kube-api-access-" + pickChars(g, KUBE, 5));
                y.add("        readOnly: true");
                y.add("    dnsPolicy: ClusterFirst");
                y.add("    enableServiceLinks: true");
                y.add("    nodeName: " + node);
                y.add("    preemptionPolicy: PreemptLowerPriority");
                y.add("    priority: 0");
                y.add("    restartPolicy: Always");
                y.add("    schedulerName: default-scheduler");
                y.add("    securityContext:");
                y.add("      fsGroup: 1000");
                y.add("      runAsNonRoot: true");
                y.add("    serviceAccount: " + dp[0]);
                y.add("    serviceAccountName: " + dp[0]);
                y.add("    terminationGracePeriodSeconds: 30");
                y.add("    tolerations:");
                y.add("    - effect: NoExecute");
                y.add("      key: node.kubernetes.io/not-ready");
                y.add("      operator: Exists");
                y.add("      tolerationSeconds: 300");
                y.add("    - effect: NoExecute");
                y.add("      key: node.kubernetes.io/unreachable");
                y.add("      operator: Exists");
                y.add("      tolerationSeconds: 300");
                y.add("  status:");
                y.add("    conditions:");
                String[] conds = {"PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"};
                for (String c : conds) {
                    y.add("    - lastProbeTime: null");
                    y.add("      lastTransitionTime: \"" + (oom && (c.equals("Ready") || c.equals("ContainersReady")) ? "2026-12-07T09:41:02Z" : created) + "\"");
                    if (oom && (c.equals("Ready") || c.equals("ContainersReady"))) {
                        y.add("      message: 'containers with unready status: [" + dp[1] + "]'");
                        y.add("      reason: ContainersNotReady");
                        y.add("      status: \"False\"");
                    } else {
                        y.add("      status: \"True\"");
                    }
                    y.add("      type: " + c);
                }
                y.add("    containerStatuses:");
                String cid = "containerd://" + g.hex(64);
                y.add("    - containerID: " + cid);
                y.add("      image: " + dp[2]);
                y.add("      imageID: " + dp[2].substring(0, dp[2].lastIndexOf(':')) + "@sha256:" + g.hex(64));
                int restarts = oom ? 17 : g.chance(0.2) ? g.between(1, 2) : 0;
                if (oom) {
                    y.add("      lastState:");
                    y.add("        terminated:");
                    y.add("          containerID: " + cid);
                    y.add("          exitCode: 137");
                    y.add("          finishedAt: \"2026-12-07T09:41:02Z\"");
                    y.add("          reason: OOMKilled");
                    y.add("          startedAt: \"2026-12-07T09:38:47Z\"");
                } else if (restarts > 0) {
                    y.add("      lastState:");
                    y.add("        terminated:");
                    y.add("          containerID: containerd://" + g.hex(64));
                    y.add("          exitCode: 1");
                    y.add("          finishedAt: \"" + started + "\"");
                    y.add("          reason: Error");
                    y.add("          startedAt: \"" + created + "\"");
                } else {
                    y.add("      lastState: {}");
                }
                y.add("      name: " + dp[1]);
                y.add("      ready: " + !oom);
                y.add("      restartCount: " + restarts);
                y.add("      started: " + !oom);
                y.add("      state:");
                if (oom) {
                    oomName = nameLine;
                    backoff = "back-off 5m0s restarting failed container=" + dp[1] + " pod=" + pod + "_orders(" + uid + ")";
                    y.add("        waiting:");
                    y.add("          message: " + backoff);
                    y.add("          reason: CrashLoopBackOff");
                } else {
                    y.add("        running:");
                    y.add("          startedAt: \"" + started + "\"");
                }
                y.add("    hostIP: 10.1." + node.substring(8, 10) + "." + node.substring(11, node.indexOf('.')));
                y.add("    phase: Running");
                y.add("    podIP: " + ip);
                y.add("    podIPs:");
                y.add("    - ip: " + ip);
                y.add("    qosClass: Burstable");
                y.add("    startTime: \"" + created + "\"");
            }
        }
        y.add("kind: List");
        y.add("metadata:");
        y.add("  resourceVersion: \"\"");
        String text = String.join("\n", y) + "\n";
        requireCount(text, "OOMKilled", 1);
        requireCount(text, "restartCount: 17", 1);
        return NeedleCase.named("fresh10_kubectl_pods_yaml", "codelike", "kubectl-get-pods-yaml")
                .shell("kubectl get pods -n orders -o yaml")
                .question("Something in the orders namespace keeps restarting and the on-call dashboard shows gaps in order processing. Which pod, and why does"
                        + " it restart?")
                .heldAside()
                .build(text, List.of(Needle.exact(oomName), Needle.exact("          reason: OOMKilled"), Needle.exact("      restartCount: 17"),
                        Needle.contains(backoff)));
    }

    // ---------------------------------------------------------------- jmap -histo:live

    /**
     * jmap -histo:live of the order service (JDK 17, Spring Boot, Hibernate, Netty, Jackson) a few hours before it
     * runs out of heap: about 2,600 classes, JDK and framework classes with their module, the application's own without;
     * byte arrays at the top as usual, then the snapshot cache's OrderSnapshot$LineItem and OrderSnapshot objects by
     * the million, which an order service holding a few thousand open orders should not have.
     */
    static NeedleCase jmapHisto() {
        Gen g = new Gen(130_012);
        String jdk = " (java.base@17.0.13)";
        record Row(String name, long count, long bytes) {}
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("[B" + jdk, 6_118_402, 811_224_168));
        rows.add(new Row("com.acme.orders.cache.OrderSnapshot$LineItem", 9_874_115, 394_964_600));
        rows.add(new Row("com.acme.orders.cache.OrderSnapshot", 1_912_004, 137_664_288));
        rows.add(new Row("java.lang.String" + jdk, 6_011_873, 144_284_952));
        rows.add(new Row("java.math.BigDecimal" + jdk, 3_900_114, 124_803_648));
        rows.add(new Row("java.util.concurrent.ConcurrentHashMap$Node" + jdk, 1_930_117, 61_763_744));
        rows.add(new Row("[Ljava.lang.Object;" + jdk, 1_944_220, 58_117_904));
        rows.add(new Row("java.util.ArrayList" + jdk, 1_958_331, 47_000_008 - 56));
        rows.add(new Row("java.time.Instant" + jdk, 1_914_881, 45_957_144));
        rows.add(new Row("[Ljava.util.concurrent.ConcurrentHashMap$Node;" + jdk, 212, 16_778_960));
        rows.add(new Row("com.acme.orders.cache.SnapshotCache", 1, 40));
        String[][] pkgs = {{"java.util", jdk}, {"java.lang", jdk}, {"java.lang.invoke", jdk}, {"java.util.concurrent", jdk}, {"java.time", jdk},
            {"java.lang.reflect", jdk}, {"java.io", jdk}, {"java.nio", jdk}, {"sun.nio.ch", jdk}, {"jdk.internal.loader", jdk}, {"java.net", jdk},
            {"sun.security.ssl", jdk}, {"java.util.regex", jdk}, {"java.util.logging", " (java.logging@17.0.13)"}, {"java.sql", " (java.sql@17.0.13)"},
            {"org.springframework.beans.factory.support", ""}, {"org.springframework.core", ""}, {"org.springframework.context.annotation", ""},
            {"org.springframework.web.servlet.mvc.method.annotation", ""}, {"org.springframework.boot.autoconfigure", ""}, {"org.springframework.aop.framework", ""},
            {"org.hibernate.persister.entity", ""}, {"org.hibernate.engine.spi", ""}, {"org.hibernate.type.descriptor.java", ""}, {"org.hibernate.sql.ast.tree", ""},
            {"org.hibernate.metamodel.mapping.internal", ""}, {"com.fasterxml.jackson.databind.ser", ""}, {"com.fasterxml.jackson.databind.deser", ""},
            {"com.fasterxml.jackson.core.sym", ""}, {"io.netty.buffer", ""}, {"io.netty.channel", ""}, {"io.netty.util.internal", ""},
            {"org.apache.catalina.core", ""}, {"org.apache.tomcat.util.net", ""}, {"org.apache.coyote.http11", ""}, {"com.zaxxer.hikari.pool", ""},
            {"io.micrometer.core.instrument", ""}, {"ch.qos.logback.classic", ""}, {"org.postgresql.jdbc", ""}, {"com.acme.orders.web", ""},
            {"com.acme.orders.service", ""}, {"com.acme.orders.domain", ""}, {"com.acme.orders.events", ""}, {"com.acme.orders.config", ""}};
        String[] stems = {"Map", "Node", "Entry", "Holder", "Registry", "Factory", "Context", "Handler", "Resolver", "Descriptor", "Support", "Adapter",
            "Cache", "Builder", "Key", "Info", "Metadata", "Mapping", "Provider", "Reference", "Listener", "Filter", "Wrapper", "Source", "Value"};
        String[] heads = {"Default", "Concurrent", "Simple", "Generic", "Basic", "Abstract", "Linked", "Weak", "Soft", "Cached", "Lazy", "Composite",
            "Standard", "Method", "Field", "Bean", "Type", "Property", "Annotation", "Request", "Response", "Pooled", "Native", "Proxy", "Sql", "Entity"};
        TreeSet<String> names = new TreeSet<>();
        for (Row r : rows) {
            names.add(r.name());
        }
        while (rows.size() < 2_600) {
            String[] p = g.pick(pkgs);
            String name = p[0] + "." + g.pick(heads) + g.pick(heads) + g.pick(stems);
            int variant = g.weighted(10, 3, 2, 1);
            if (variant == 1) {
                name += "$" + g.pick(stems);
            } else if (variant == 2 && p[1].isEmpty()) {
                name += "$$Lambda$" + g.between(100, 4_999) + "/0x00000008" + g.hex(8);
            } else if (variant == 3) {
                name = "[L" + name + ";";
            }
            name += p[1];
            if (!names.add(name)) {
                continue;
            }
            long count = g.chance(0.45) ? 1 + g.nextInt(4) : g.chance(0.7) ? g.between(5, 900) : g.between(901, 180_000);
            int size = name.startsWith("[L") ? 16 + 8 * g.between(0, 12) : 8 * g.between(2, 10);
            rows.add(new Row(name, count, count * size));
        }
        rows.sort((a, b) -> a.bytes() != b.bytes() ? Long.compare(b.bytes(), a.bytes()) : Long.compare(b.count(), a.count()));
        List<String> out = new ArrayList<>();
        out.add(" num     #instances         #bytes  class name (module)");
        out.add("-------------------------------------------------------");
        long count = 0;
        long bytes = 0;
        Map<String, String> lineOf = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String line = fmt("%4d: %13d %14d  %s", i + 1, r.count(), r.bytes(), r.name());
            out.add(line);
            lineOf.put(r.name(), line);
            count += r.count();
            bytes += r.bytes();
        }
        String total = fmt("Total %13d %14d", count, bytes);
        out.add(total);
        String text = String.join("\n", out) + "\n";
        return NeedleCase.named("fresh10_jmap_histo", "table", "jmap-histo")
                .shell("kubectl exec -n orders orders-api-7c9d5b8f4-qx2lm -- jmap -histo:live 1")
                .question("The order service's heap keeps growing until it dies with OutOfMemoryError. What is taking the heap, and how many"
                        + " com.acme.orders.cache.OrderSnapshot instances are live?")
                .heldAside()
                .build(text, List.of(Needle.exact(lineOf.get("com.acme.orders.cache.OrderSnapshot")),
                        Needle.exact(lineOf.get("com.acme.orders.cache.OrderSnapshot$LineItem")), Needle.exact(lineOf.get("[B" + jdk)), Needle.exact(total)));
    }
}
