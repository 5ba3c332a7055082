package dev.headroom.compress.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.KeptLines;
import org.junit.jupiter.api.Test;

/** Severity anywhere in build output: problem lines no runner marker flags are kept with their details. */
class BuildProblemLinesTest {

    private final BuildCompressor compressor = new BuildCompressor();

    private static String gradleCompile(int errors) {
        StringBuilder sb = new StringBuilder("> Task :app:processResources\n");
        for (int i = 0; i < 120; i++) {
            sb.append("> Task :lib").append(i).append(":compileJava UP-TO-DATE\n");
        }
        sb.append("> Task :app:compileJava\n");
        for (int e = 0; e < errors; e++) {
            sb.append("/home/ci/app/src/main/java/com/acme/Billing").append(e).append(".java:").append(40 + e)
                    .append(": error: cannot find symbol\n");
            sb.append("    private final TaxRule").append(e).append(" rule;\n");
            sb.append("                  ^\n");
            sb.append("  symbol:   class TaxRule").append(e).append('\n');
            sb.append("  location: class Billing").append(e).append('\n');
        }
        sb.append(errors).append(" errors\n\n> Task :app:compileJava FAILED\n\nFAILURE: Build failed with an exception.\n\n");
        sb.append("BUILD FAILED in 4s\n3 actionable tasks: 1 executed, 2 up-to-date\n");
        return sb.toString();
    }

    @Test
    void should_keep_a_compiler_error_with_its_symbol_and_location_lines() {
        // given
        String log = gradleCompile(1);
        // when
        String out = compressor.compress(log, CompressionContext.builder().handle("h").build()).output();
        // then
        assertThat(out).contains("/home/ci/app/src/main/java/com/acme/Billing0.java:40: error: cannot find symbol\n"
                + "    private final TaxRule0 rule;\n                  ^\n  symbol:   class TaxRule0\n");
        assertThat(out).doesNotContain(":lib57:compileJava");
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_keep_one_problem_line_per_template_and_count_the_rest() {
        // given 200 errors of one template
        String log = gradleCompile(200);
        // when
        String out = compressor.compress(log, CompressionContext.builder().handle("h").build()).output();
        // then
        assertThat(out).contains("Billing0.java:40: error: cannot find symbol");
        assertThat(out).doesNotContain("Billing150.java");
        assertThat(out).contains("199 more problem lines (repeats or past the first ones) omitted");
        assertThat(out.length()).isLessThan(log.length() / 5);
    }

    @Test
    void should_ignore_a_question_that_matches_more_lines_than_can_be_shown() {
        // given a Maven run of 80 test classes, asked about by its command ("mvn test")
        StringBuilder sb = new StringBuilder("[INFO] Scanning for projects...\n[INFO]  T E S T S\n");
        for (int c = 0; c < 80; c++) {
            sb.append("[INFO] Running org.acme.Batch").append(c).append("Test\n");
            sb.append("[main] INFO org.acme.Batch").append(c).append("Test - batch ").append(c).append(" received\n");
            sb.append("[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.0").append(c % 10)
                    .append(" s -- in org.acme.Batch").append(c).append("Test\n");
        }
        sb.append("[INFO] Tests run: 320, Failures: 0, Errors: 0, Skipped: 0\n[INFO] BUILD SUCCESS\n");
        String log = sb.toString();
        CompressionContext command = CompressionContext.builder().handle("h").toolArguments("{\"command\":\"mvn -B test\"}").build();
        CompressionContext named = CompressionContext.builder().handle("h").userMessage("What did Batch42Test receive?").build();
        // when
        String byCommand = compressor.compress(log, command).output();
        String byName = compressor.compress(log, named).output();
        // then
        assertThat(byCommand).isEqualTo(compressor.compress(log, CompressionContext.builder().handle("h").build()).output());
        assertThat(byName).contains("[main] INFO org.acme.Batch42Test - batch 42 received\n");
    }

    @Test
    void should_take_rules_empty_level_lines_and_mavens_help_trailer_for_decoration_only() {
        assertThat(BuildLines.isDecoration("[INFO] ------------------------------------------------------------------------")).isTrue();
        assertThat(BuildLines.isDecoration("[WARNING] ")).isTrue();
        assertThat(BuildLines.isDecoration("[ERROR] -> [Help 1]")).isTrue();
        assertThat(BuildLines.isDecoration("[ERROR] Re-run Maven using the -X switch to enable full debug logging.")).isTrue();
        assertThat(BuildLines.isDecoration("==========================================")).isTrue();
        assertThat(BuildLines.isDecoration("")).isFalse();
        assertThat(BuildLines.isDecoration("---")).isFalse();
        assertThat(BuildLines.isDecoration("[INFO] -------< com.acme:shop >-------")).isFalse();
        assertThat(BuildLines.isDecoration("[ERROR] Failed to execute goal x")).isFalse();
    }

    @Test
    void should_take_jdk_and_framework_frames_for_runtime_frames_and_application_frames_not() {
        assertThat(BuildLines.isRuntimeFrame("\tat java.base/java.lang.reflect.Method.invoke(Method.java:569)")).isTrue();
        assertThat(BuildLines.isRuntimeFrame("        at org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:728)")).isTrue();
        assertThat(BuildLines.isRuntimeFrame("\tat org.example.inventory.Stock.label(Stock.java:24)")).isFalse();
        assertThat(BuildLines.isRuntimeFrame("java.lang.AssertionError: boom")).isFalse();
    }

    @Test
    void should_show_no_rule_lines_nor_a_marker_for_a_run_of_them_and_count_them_in_the_total() {
        // given
        StringBuilder sb = new StringBuilder("[INFO] Scanning for projects...\n");
        for (int i = 0; i < 100; i++) {
            sb.append("[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/x/a").append(i).append(".jar\n");
        }
        sb.append("[INFO] ------------------------------------------------------------------------\n");
        sb.append("[INFO] BUILD FAILURE\n");
        sb.append("[INFO] ------------------------------------------------------------------------\n");
        sb.append("[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile on project shop\n");
        sb.append("[ERROR] -> [Help 1]\n");
        String in = sb.toString();
        // when
        String out = new BuildCompressor().compress(in, CompressionContext.builder().handle("0123456789abcdef01234567").build()).output();
        // then
        assertThat(out).doesNotContain("-----------", "[Help 1]");
        assertThat(out).contains("[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal");
        assertThat(out).contains("[headroom: 103 of 106 lines omitted");
    }

    @Test
    void should_spend_a_failure_body_on_application_frames_not_runtime_frames() {
        // given: a surefire failure whose trace has JDK and JUnit frames between the application's
        StringBuilder sb = new StringBuilder("[INFO] Scanning for projects...\n");
        for (int i = 0; i < 80; i++) {
            sb.append("[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.01 s -- in app.T").append(i).append("\n");
        }
        sb.append("[ERROR] app.StockTest.should_ship -- Time elapsed: 0.02 s <<< FAILURE!\n");
        sb.append("java.lang.AssertionError: expected 0 but was -2\n");
        sb.append("\tat app.StockTest.should_ship(StockTest.java:22)\n");
        sb.append("\tat java.base/java.lang.reflect.Method.invoke(Method.java:569)\n");
        sb.append("\tat org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:728)\n");
        sb.append("\tat app.Support.run(Support.java:9)\n");
        sb.append("\n[INFO] BUILD FAILURE\n");
        // when
        String out = new BuildCompressor().compress(sb.toString(), CompressionContext.builder().handle("0123456789abcdef01234567").build()).output();
        // then
        assertThat(out).contains("\tat app.StockTest.should_ship(StockTest.java:22)\n", "\tat app.Support.run(Support.java:9)\n");
        assertThat(out).doesNotContain("Method.invoke", "ReflectionUtils");
    }
}
