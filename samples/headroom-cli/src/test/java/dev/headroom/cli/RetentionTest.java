package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final String LOG = """
            2024-01-01 10:00:01 INFO  start worker 1
            2024-01-01 10:00:02 ERROR connection to 10.0.0.1:5432 refused (attempt 1)
            2024-01-01 10:00:03 ERROR connection to 10.0.0.2:5432 refused (attempt 2)
            2024-01-01 10:00:04 WARN  slow query took 1200 ms
            2024-01-01 10:00:05 FATAL out of memory in block deadbeefcafe
            2024-01-01 10:00:06 INFO  parity error corrected
            """;

    @Test
    void should_mask_tokens_with_digits_paths_and_hex_ids_in_templates() {
        assertThat(Retention.template("2024-01-01 10:00:02 ERROR connection to 10.0.0.1:5432 refused (attempt 1)"))
                .isEqualTo("<*> <*> ERROR connection to <*> refused (attempt <*>");
        assertThat(Retention.template("  FATAL block deadbeefcafe lost  ")).isEqualTo("FATAL block <*> lost");
        assertThat(Retention.template("FATAL ciod: Error loading /home/yates//bandwidth.rts: invalid image"))
                .isEqualTo("FATAL ciod: Error loading <*> invalid image");
    }

    @Test
    void should_count_a_template_as_kept_when_any_of_its_lines_is_visible() {
        // given: one of the two ERROR lines, the FATAL line, not the WARN line
        String output = """
                [headroom: 3 of 6 lines omitted]
                2024-01-01 10:00:03 ERROR connection to 10.0.0.2:5432 refused (attempt 2)
                  2024-01-01 10:00:05 FATAL out of memory in block deadbeefcafe
                """;

        // when
        Retention.Count count = Retention.levelTemplates(LOG, new Retention.Visibility(LOG, output));

        // then: templates ERROR, WARN, FATAL; lower-case "error" in an INFO line does not count
        assertThat(count).isEqualTo(new Retention.Count(2, 3, List.of("2024-01-01 10:00:04 WARN  slow query took 1200 ms")));
        assertThat(count.cell()).isEqualTo("2/3");
    }

    @Test
    void should_count_every_line_as_visible_when_output_is_unchanged() {
        // when
        Retention.Count count = Retention.levelTemplates(LOG, new Retention.Visibility(LOG, LOG));

        // then
        assertThat(count.complete()).isTrue();
        assertThat(count.total()).isEqualTo(3);
    }

    @Test
    void should_find_test_failures_but_not_passing_summaries_or_log_lines() {
        // given
        String input = """
                tests/test_a.py::test_one PASSED [ 50%]
                tests/test_a.py::test_two FAILED [100%]
                FAILED tests/test_a.py::test_two - AssertionError: boom
                [INFO] Tests run: 3, Failures: 0, Errors: 0, Skipped: 0
                [ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.1 s <<< FAILURE! -- in a.BTest
                [ERROR] a.BTest.should_work -- Time elapsed: 0.01 s <<< FAILURE!
                FAILED tests/test_a.py::test_two - AssertionError: boom
                KERNMNTF 1125552593 RAS KERNEL FATAL Lustre mount FAILED : bglio559 : point /p/gb1
                com.example.CartTest > should_total FAILED
                --- FAIL: TestTotal (0.00s)
                test cart::total ... FAILED
                """;
        String output = "FAILED tests/test_a.py::test_two - AssertionError: boom\n"
                + "[ERROR] a.BTest.should_work -- Time elapsed: 0.01 s <<< FAILURE!\n";

        // when
        Retention.Count count = Retention.failedLines(input, new Retention.Visibility(input, output));

        // then: 7 distinct test failure lines (not the log line), 2 visible
        assertThat(count.cell()).isEqualTo("2/7");
        assertThat(count.missed()).hasSize(Retention.Count.MAX_EXAMPLES)
                .first().isEqualTo("tests/test_a.py::test_two FAILED [100%]");
    }

    @Test
    void should_count_diff_file_headers() {
        // given
        String input = """
                diff --git a/x.py b/x.py
                --- a/x.py
                +++ b/x.py
                @@ -1 +1 @@
                -a
                +b
                diff --git a/y.py b/y.py
                """;
        String output = "diff --git a/x.py b/x.py\n[headroom: 6 of 7 lines omitted]\n";

        // when
        Retention.Count count = Retention.diffHeaders(input, new Retention.Visibility(input, output));

        // then
        assertThat(count).isEqualTo(new Retention.Count(1, 2, List.of("diff --git a/y.py b/y.py")));
    }

    @Test
    void should_show_dash_when_there_is_nothing_to_check() {
        assertThat(Retention.diffHeaders("plain text", new Retention.Visibility("plain text", "")).cell()).isEqualTo("-");
    }
}
