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
        assertThat(out).contains("199 more lines reporting a problem");
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
}
