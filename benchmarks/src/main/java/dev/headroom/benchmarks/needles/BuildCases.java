package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.util.ArrayList;
import java.util.List;

/** Generated build output: Gradle (test failures, a compile error) and a multi-module mvn dependency:tree. */
final class BuildCases {

    private BuildCases() {}

    /** gradle build --console=plain: 30 modules, hundreds of task lines, two failing tests. */
    static NeedleCase gradleTestFailures() {
        Gen g = new Gen(10_001);
        List<Needle> needles = new ArrayList<>();
        g.add("Starting a Gradle Daemon (subsequent builds will be faster)");
        g.add("> Task :buildSrc:compileKotlin UP-TO-DATE");
        String failing = null;
        String[] tasks = {"compileJava", "processResources", "classes", "jar", "compileTestJava", "processTestResources", "testClasses", "test", "check"};
        for (int m = 0; m < 30; m++) {
            String module = g.pick("core", "api", "billing", "catalog", "search", "auth", "web", "jobs") + "-" + g.alnum(4);
            for (String t : tasks) {
                g.add("> Task :" + module + ":" + t + (g.chance(0.4) ? " UP-TO-DATE" : g.chance(0.2) ? " NO-SOURCE" : ""));
                if (t.equals("compileJava") && g.chance(0.3)) {
                    g.add("Note: Some input files use unchecked or unsafe operations.");
                    g.add("Note: Recompile with -Xlint:unchecked for details.");
                }
                if (t.equals("test") && m == 17) {
                    failing = module;
                    String a = "PriceCalculatorTest > should_apply_vat_when_country_is_de() FAILED";
                    String b = "    org.opentest4j.AssertionFailedError at PriceCalculatorTest.java:58";
                    String c = "RefundServiceTest > should_refuse_refund_after_90_days() FAILED";
                    String d = "    java.lang.IllegalStateException at RefundServiceTest.java:112";
                    g.add("");
                    g.add(a);
                    g.add("    expected: 119.00");
                    g.add("     but was: 100.00");
                    g.add(b);
                    g.add("");
                    g.add(c);
                    g.add(d);
                    g.add("");
                    g.add("412 tests completed, 2 failed, 3 skipped");
                    g.add("");
                    g.add("> Task :" + module + ":test FAILED");
                    for (String l : List.of(a, b, c, d, "412 tests completed, 2 failed, 3 skipped", "> Task :" + module + ":test FAILED")) {
                        needles.add(Needle.exact(l));
                    }
                }
            }
        }
        g.add("");
        g.add("FAILURE: Build failed with an exception.");
        g.add("");
        g.add("* What went wrong:");
        String execution = "Execution failed for task ':" + failing + ":test'.";
        g.add(execution);
        needles.add(Needle.exact(execution));
        g.add("> There were failing tests. See the report at: file:///home/ci/work/shop/billing/build/reports/tests/test/index.html");
        g.add("");
        g.add("* Try:");
        g.add("> Run with --scan to get full insights.");
        g.add("");
        g.add("BUILD FAILED in 3m 12s");
        g.add("214 actionable tasks: 131 executed, 83 up-to-date");
        needles.add(Needle.exact("FAILURE: Build failed with an exception."));
        needles.add(Needle.exact("BUILD FAILED in 3m 12s"));
        return NeedleCase.named("gradle_test_failures", "build", "gradle")
                .shell("./gradlew build --console=plain")
                .build(g.text(), needles);
    }

    /** gradle compileJava with javac errors among 300 warnings about deprecations. */
    static NeedleCase gradleCompileError() {
        Gen g = new Gen(10_002);
        List<Needle> needles = new ArrayList<>();
        g.add("> Task :app:compileJava");
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String file = fmt("/home/ci/work/app/src/main/java/com/acme/%s/%s.java", g.pick("orders", "users", "billing", "reports"), g.pick("Mapper", "Service", "Controller", "Repository") + g.between(1, 60));
            String w = fmt("%s:%d: warning: [deprecation] %s in %s has been deprecated and marked for removal", file, g.between(10, 400),
                    g.pick("getStatusCodeValue()", "newInstance()", "URL(String)", "Locale(String)"), g.pick("ResponseEntity", "Class", "URL", "Locale"));
            g.add(w);
            warnings.add(w);
            g.add("        " + g.pick("return response.getStatusCodeValue();", "Object o = type.newInstance();", "URL u = new URL(spec);", "Locale l = new Locale(tag);"));
            g.add("                " + "^");
            if (i == 233) {
                String e1 = "/home/ci/work/app/src/main/java/com/acme/billing/InvoiceService.java:88: error: cannot find symbol";
                g.add(e1);
                g.add("        TaxRule rule = taxRules.forCountry(invoice.country());");
                g.add("        ^");
                g.add("  symbol:   class TaxRule");
                g.add("  location: class InvoiceService");
                needles.add(Needle.exact(e1));
                needles.add(Needle.exact("  symbol:   class TaxRule"));
            }
        }
        g.add("1 error");
        g.add("300 warnings");
        g.add("");
        g.add("> Task :app:compileJava FAILED");
        g.add("");
        g.add("FAILURE: Build failed with an exception.");
        g.add("");
        g.add("* What went wrong:");
        g.add("Execution failed for task ':app:compileJava'.");
        g.add("> Compilation failed; see the compiler error output for details.");
        g.add("");
        g.add("BUILD FAILED in 41s");
        needles.add(Needle.exact("> Task :app:compileJava FAILED"));
        needles.add(Needle.exact("Execution failed for task ':app:compileJava'."));
        needles.add(Needle.anyOf(warnings));
        return NeedleCase.named("gradle_compile_error", "build", "gradle")
                .shell("./gradlew :app:compileJava --console=plain")
                .heldAside()
                .build(g.text(), needles);
    }

    /** mvn dependency:tree of a 12-module reactor, with [WARNING] lines; the question asks for one artifact. */
    static NeedleCase mavenDependencyTreeReactor() {
        Gen g = new Gen(10_003);
        List<Needle> needles = new ArrayList<>();
        String[][] deps = {
            {"org.springframework.boot:spring-boot-starter-web:jar:3.3.5", "compile"}, {"com.fasterxml.jackson.core:jackson-databind:jar:2.17.2", "compile"},
            {"org.postgresql:postgresql:jar:42.7.4", "runtime"}, {"io.micrometer:micrometer-registry-prometheus:jar:1.13.6", "compile"},
            {"org.junit.jupiter:junit-jupiter:jar:5.10.5", "test"}, {"org.mockito:mockito-core:jar:5.11.0", "test"},
            {"com.google.guava:guava:jar:33.3.1-jre", "compile"}, {"org.apache.commons:commons-lang3:jar:3.14.0", "compile"},
        };
        String[] trans = {"org.slf4j:slf4j-api:jar:2.0.16", "io.netty:netty-buffer:jar:4.1.114.Final", "org.yaml:snakeyaml:jar:2.2",
            "net.bytebuddy:byte-buddy:jar:1.14.19", "org.checkerframework:checker-qual:jar:3.43.0", "com.google.errorprone:error_prone_annotations:jar:2.28.0"};
        g.add("[INFO] Scanning for projects...");
        g.add("[WARNING] ");
        g.add("[WARNING] Some problems were encountered while building the effective model for com.acme:shop-legacy-import:jar:4.2.0-SNAPSHOT");
        g.add("[WARNING] 'dependencies.dependency.(groupId:artifactId:type:classifier)' must be unique: commons-io:commons-io:jar -> version 2.16.1 vs 2.11.0 @ line 88, column 21");
        g.add("[WARNING] ");
        needles.add(Needle.exact("[WARNING] 'dependencies.dependency.(groupId:artifactId:type:classifier)' must be unique: commons-io:commons-io:jar -> version 2.16.1 vs 2.11.0 @ line 88, column 21"));
        for (int m = 0; m < 12; m++) {
            String module = m == 9 ? "shop-legacy-import" : "shop-" + g.pick("core", "api", "billing", "catalog", "search", "auth", "web", "jobs") + "-" + m;
            g.add("[INFO] ");
            g.add("[INFO] " + "-".repeat(16) + "< com.acme:" + module + " >" + "-".repeat(16));
            g.add("[INFO] Building " + module + " 4.2.0-SNAPSHOT                                  [" + (m + 1) + "/12]");
            g.add("[INFO]   from " + module + "/pom.xml");
            g.add("[INFO] --------------------------------[ jar ]---------------------------------");
            g.add("[INFO] ");
            g.add("[INFO] --- dependency:3.8.1:tree (default-cli) @ " + module + " ---");
            g.add("[INFO] com.acme:" + module + ":jar:4.2.0-SNAPSHOT");
            for (int d = 0; d < deps.length; d++) {
                boolean last = d == deps.length - 1;
                g.add("[INFO] " + (last ? "\\- " : "+- ") + deps[d][0] + ":" + deps[d][1]);
                int n = g.between(2, 6);
                for (int t = 0; t < n; t++) {
                    String tr = g.pick(trans);
                    g.add("[INFO] " + (last ? "   " : "|  ") + (t == n - 1 ? "\\- " : "+- ") + tr + ":" + deps[d][1]);
                    if (g.chance(0.5)) {
                        g.add("[INFO] " + (last ? "   " : "|  ") + (t == n - 1 ? "   " : "|  ") + "\\- " + g.pick(trans) + ":" + deps[d][1]);
                    }
                }
            }
            if (m == 9) {
                needles.add(Needle.exact("[INFO] com.acme:" + module + ":jar:4.2.0-SNAPSHOT"));
                String line = "[INFO] +- commons-io:commons-io:jar:2.11.0:compile";
                g.add(line);
                needles.add(Needle.exact(line));
                g.add("[INFO] \\- org.bouncycastle:bcprov-jdk15on:jar:1.70:compile");
                needles.add(Needle.exact("[INFO] \\- org.bouncycastle:bcprov-jdk15on:jar:1.70:compile"));
                g.add("[WARNING] The POM for org.bouncycastle:bcprov-jdk15on:jar:1.70 is invalid, transitive dependencies (if any) will not be available, enable verbose output (-X) for more details");
                needles.add(Needle.exact("[WARNING] The POM for org.bouncycastle:bcprov-jdk15on:jar:1.70 is invalid, transitive dependencies (if any) will not be available, enable verbose output (-X) for more details"));
            }
        }
        g.add("[INFO] ------------------------------------------------------------------------");
        g.add("[INFO] Reactor Summary for shop 4.2.0-SNAPSHOT:");
        g.add("[INFO] BUILD SUCCESS");
        return NeedleCase.named("mvn_dependency_tree_reactor", "build", "maven-dependency-tree")
                .shell("mvn -B dependency:tree")
                .question("Which module pulls in bcprov-jdk15on, and are there warnings I should fix?")
                .build(g.text(), needles);
    }
}
