package dev.headroom.compress.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.KeptLines;
import dev.headroom.compress.Lines;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BuildCompressorTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final BuildCompressor compressor = new BuildCompressor();

    private static CompressionContext context() {
        return CompressionContext.builder().handle(HANDLE).build();
    }

    private static String maven() {
        StringBuilder sb = new StringBuilder("[INFO] Scanning for projects...\n[INFO] Building shop 1.0\n");
        sb.append("[INFO] -------------------------------------------------------\n[INFO]  T E S T S\n");
        for (int i = 0; i < 120; i++) {
            sb.append("[INFO] Running com.example.Test").append(i).append('\n');
            sb.append("[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.0").append(i % 10)
                    .append(" s -- in com.example.Test").append(i).append('\n');
        }
        sb.append("[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.12 s <<< FAILURE! -- in com.example.PayTest\n");
        sb.append("[ERROR] com.example.PayTest.should_charge -- Time elapsed: 0.05 s <<< FAILURE!\n");
        sb.append("org.opentest4j.AssertionFailedError: expected: <100> but was: <90>\n");
        for (int f = 0; f < 30; f++) {
            sb.append("\tat org.junit.Frame").append(f).append(".call(Frame.java:").append(f).append(")\n");
        }
        sb.append("[INFO] Results:\n[ERROR] Failures: \n[ERROR]   PayTest.should_charge:42 expected: <100> but was: <90>\n");
        sb.append("[ERROR] Tests run: 483, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n");
        return sb.toString();
    }

    @Test
    void should_read_a_numbered_failure_list_with_its_compared_values_and_not_the_pending_list() {
        // given: a runner's trace (its own format): 240 passing tests, a pending list numbered like failures with a
        // "# reason" under each entry, one numbered failure whose compared values follow its code and location
        StringBuilder sb = new StringBuilder("Running suite with seed 7\n\n");
        for (int i = 0; i < 240; i++) {
            sb.append("  * test case ").append(i).append(" behaves (").append(i % 9).append(".2ms)\n");
        }
        sb.append("\nPending:\n\n  1) Ledger skips archived rows\n     # waiting on the new schema\n\n");
        sb.append("  2) Ledger rounds in the ledger currency\n     # flaky on CI\n\n");
        sb.append("  1) test totals/2 sums refunds (Ledger.TotalsTest)\n     test/ledger/totals_test.exs:40\n");
        sb.append("     Comparison with == failed\n     code:  Ledger.total(rows) == 1250\n     with:\n       rows = [r1, r2, r3]\n");
        sb.append("       currency = :eur\n       scale = 2\n");
        sb.append("     left:  1249\n     right: 1250\n     stacktrace:\n       test/ledger/totals_test.exs:44: (test)\n\n");
        sb.append("Finished in 3.1 seconds\n242 tests, 1 failure, 2 pending\n");

        // when
        String out = compressor.compress(sb.toString(), context()).output();

        // then
        assertThat(BuildDetector.score("242 tests, 1 failure, 2 pending")).isEqualTo(3);
        assertThat(BuildDetector.score("42 examples, 0 failures")).isEqualTo(3);
        assertThat(out).contains("  1) test totals/2 sums refunds (Ledger.TotalsTest)\n", "     left:  1249\n",
                "     right: 1250\n", "242 tests, 1 failure, 2 pending\n");
        assertThat(out).doesNotContain("Ledger rounds in the ledger currency", "test case 120 behaves");
    }

    @Test
    void should_pass_through_small_and_empty_output() {
        String small = "[INFO] BUILD SUCCESS\n";
        assertThat(compressor.compress(small, context()).output()).isEqualTo(small);
        assertThat(compressor.compress("", context()).output()).isEmpty();
    }

    @Test
    void should_keep_failures_and_summaries_and_collapse_passes() {
        // when
        CompressionResult result = compressor.compress(maven(), context());
        // then
        String out = result.output();
        assertThat(result.lossy()).isTrue();
        assertThat(out).contains("hash=" + HANDLE);
        assertThat(out).contains("[ERROR] com.example.PayTest.should_charge -- Time elapsed: 0.05 s <<< FAILURE!\n",
                "org.opentest4j.AssertionFailedError: expected: <100> but was: <90>\n",
                "[ERROR]   PayTest.should_charge:42 expected: <100> but was: <90>\n",
                "[ERROR] Tests run: 483, Failures: 1, Errors: 0, Skipped: 0\n", "[INFO] BUILD FAILURE\n");
        assertThat(out).doesNotContain("Running com.example.Test57").contains("(240 passing)");
        assertThat(out).doesNotContain("Frame20.call");
    }

    @Test
    void should_replace_a_repeated_failure_body_by_a_note() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            sb.append("tests/test_a.py::test_").append(i).append(" PASSED [ ").append(i).append("%]\n");
        }
        for (int i = 0; i < 3; i++) {
            sb.append("FAILED tests/test_b.py::test_").append(i).append(" - Failed: async def functions are not natively supported.\n");
            sb.append("You need to install a suitable plugin, for example:\n  - anyio\n  - pytest-asyncio\n");
        }
        sb.append("===== 3 failed, 100 passed in 1.00s =====\n");
        String out = compressor.compress(sb.toString(), context()).output();
        assertThat(Arrays.stream(Lines.split(out)).filter(l -> l.startsWith("FAILED ")).count()).isEqualTo(3);
        assertThat(out).contains("  - pytest-asyncio\n").contains("… 3 lines omitted (same as the output above)");
        assertThat(out).contains("===== 3 failed, 100 passed in 1.00s =====");
    }

    /** A dependency:tree run: 150 repeated POM warnings of one template, 2 other warnings, a 100-line tree. */
    private static String dependencyTree() {
        StringBuilder sb = new StringBuilder("[INFO] Scanning for projects...\n[INFO] Building shop-api 1.4.0\n");
        for (int i = 0; i < 150; i++) {
            sb.append("[WARNING] The POM for org.legacy:mod-").append(i).append(":jar:1.").append(i % 7)
                    .append(".0 is invalid, transitive dependencies (if any) will not be available\n");
        }
        sb.append("[WARNING] Ignoring incompatible plugin version 4.0.0-beta-1\n");
        sb.append("[WARNING] Using platform encoding (UTF-8 actually) to copy filtered resources\n");
        sb.append("[INFO] --- dependency:3.6.1:tree (default-cli) @ shop-api ---\n[INFO] com.example:shop-api:jar:1.4.0\n");
        for (int i = 0; i < 100; i++) {
            String artifact = i == 61 ? "com.fasterxml.jackson.core:jackson-databind:jar:2.17.1:compile"
                    : i % 10 == 3 ? "com.fasterxml.jackson.core:jackson-core:jar:2.17.1:compile"
                    : "org.lib" + i + ":lib-" + i + ":jar:1." + i + ":compile";
            sb.append(i % 4 == 0 ? "[INFO] +- " : "[INFO] |  +- ").append(artifact).append('\n');
        }
        sb.append("[INFO] BUILD SUCCESS\n[INFO] Total time:  2.345 s\n");
        return sb.toString();
    }

    @Test
    void should_keep_the_dependency_tree_line_the_question_asks_about() {
        // given
        String in = dependencyTree();
        CompressionContext asked = context().toBuilder().userMessage("which version of jackson-databind is used?").build();

        // when
        String plain = compressor.compress(in, context()).output();
        String out = compressor.compress(in, asked).output();

        // then: the line naming it, with its version, as written; not every jackson line
        assertThat(out).contains("[INFO] |  +- com.fasterxml.jackson.core:jackson-databind:jar:2.17.1:compile\n")
                .doesNotContain("jackson-core:jar");
        assertThat(plain).doesNotContain("jackson-databind");
        KeptLines.assertAllOriginal(in, out);
        assertThat(compressor.compress(in, asked)).isEqualTo(compressor.compress(in, asked));
    }

    @Test
    void should_show_each_warning_template_once_with_the_count_of_its_repeats() {
        // when
        String out = compressor.compress(dependencyTree(), context()).output();

        // then: the preamble (first five lines) shows the first three; the rest of that template is one count
        assertThat(out).contains("[WARNING] The POM for org.legacy:mod-2:jar:1.2.0 is invalid, transitive dependencies (if any) will not be available\n"
                + "… 147 more warnings like the one above (other ids, versions or paths) omitted\n");
        assertThat(out).doesNotContain("org.legacy:mod-3:");
        assertThat(out).contains("[WARNING] Ignoring incompatible plugin version 4.0.0-beta-1\n",
                "[WARNING] Using platform encoding (UTF-8 actually) to copy filtered resources\n");
    }

    @Test
    void should_mask_variable_tokens_in_warning_templates_only() {
        assertThat(Warnings.template("[WARNING] The POM for a:b:jar:1.0 is invalid"))
                .isEqualTo(Warnings.template("[WARNING] The POM for org.x:y-2:jar:3.1.4 is invalid"))
                .isNotEqualTo(Warnings.template("[WARNING] The POM for a:b:jar:1.0 is missing"));
    }

    @Test
    void should_keep_lines_exactly_be_deterministic_and_keep_crlf() {
        String in = maven();
        String out = compressor.compress(in, context()).output();
        assertThat(compressor.compress(in, context()).output()).isEqualTo(out);
        KeptLines.assertAllOriginal(in, out);
        String crlf = compressor.compress(in.replace("\n", "\r\n"), context()).output();
        assertThat(crlf).contains("[INFO] BUILD FAILURE\r\n");
    }

    @Test
    void should_classify_lines_of_each_tool() {
        assertThat(BuildLines.classify("--- FAIL: TestSub (0.00s)")).isEqualTo(BuildLines.FAIL);
        assertThat(BuildLines.classify("--- PASS: TestAdd (0.00s)")).isEqualTo(BuildLines.PASS);
        assertThat(BuildLines.classify("test tests::sub ... FAILED")).isEqualTo(BuildLines.FAIL);
        assertThat(BuildLines.classify("test result: FAILED. 1 passed; 1 failed")).isEqualTo(BuildLines.SUMMARY);
        assertThat(BuildLines.classify("  ● Calc › subtracts")).isEqualTo(BuildLines.FAIL);
        assertThat(BuildLines.classify("Tests:       1 failed, 5 passed, 6 total")).isEqualTo(BuildLines.SUMMARY);
        assertThat(BuildLines.classify("> Task :compileJava")).isEqualTo(BuildLines.PASS);
        assertThat(BuildLines.classify("BUILD FAILED in 3s")).isEqualTo(BuildLines.SUMMARY);
        assertThat(BuildLines.classify("==== FAILURES ====")).isEqualTo(BuildLines.SECTION);
    }
}
