package dev.headroom;

import static dev.headroom.CeilingFixtures.body;
import static dev.headroom.CeilingFixtures.ceiling;
import static dev.headroom.CeilingFixtures.context;
import static dev.headroom.CeilingFixtures.javaClass;
import static dev.headroom.CeilingFixtures.letters;
import static dev.headroom.CeilingFixtures.local;
import static dev.headroom.CeilingFixtures.marker;
import static dev.headroom.CeilingFixtures.method;
import static dev.headroom.CeilingFixtures.prose;
import static dev.headroom.CeilingFixtures.proseLine;
import static dev.headroom.CeilingFixtures.proseWith;
import static dev.headroom.CeilingFixtures.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.ContentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of the per-result ceiling ({@link ResultCeiling}), one test each, through the real engine: each input
 * puts the line under test where only its rule can reach it (mid-result, far past what the first lines fill).
 */
class ResultCeilingTest {

    @Test
    void should_keep_the_line_matching_the_question_when_a_result_is_capped() {
        // given: 2,000 lines of prose (about 55,000 tokens); line 1,000 answers the question
        String needle = "Then the billing job refunded invoice INV-88213 twice.";
        String content = proseWith(2_000, 1_000, needle);
        Headroom headroom = Headroom.builder().config(ceiling(2_000)).build();

        // when
        CompressionOutcome outcome = headroom.compress(content, context("read_report", "What happened to invoice INV-88213?"));

        // then
        assertThat(outcome.capped()).isTrue();
        assertThat(outcome.text()).contains(needle + "\n");
        assertThat(tokens(body(outcome.text()))).isLessThanOrEqualTo(2_000);
    }

    @Test
    void should_show_a_wide_window_around_the_few_lines_matching_the_question() {
        // given: one matching line, its location six lines below and its heading twelve above, none of them a
        // problem line or enclosing it
        String match = "The audit marked finding BLOCKER-7731 as blocking the release.";
        String location = "Location of that finding: ledger/refunds.py line 112.";
        String content = proseWith(2_000, 1_000, match).replace(proseLine(1_006), location);
        Headroom headroom = Headroom.builder().config(ceiling(2_000)).build();

        // when
        CompressionOutcome outcome = headroom.compress(content, context("audit", "Which finding is BLOCKER-7731?"));

        // then
        assertThat(outcome.capped()).isTrue();
        assertThat(outcome.text()).contains(match + "\n").contains(location + "\n").contains(proseLine(988) + "\n");
    }

    @Test
    void should_keep_problem_lines_when_a_result_is_capped() {
        // given: an exception line and a line of WARN level, mid-result, and no question
        String exception = "java.lang.IllegalStateException: ledger closed while posting batch 7";
        String warning = "2026-12-06 07:00:01 WARN disk usage of /var/lib/postgres at 91 percent";
        String content = proseWith(2_000, 800, exception).replace(proseLine(1_200), warning);
        Headroom headroom = Headroom.builder().config(ceiling(2_000)).build();

        // when
        CompressionOutcome outcome = headroom.compress(content, context("read_report", null));

        // then
        assertThat(outcome.capped()).isTrue();
        assertThat(outcome.text()).contains(exception + "\n").contains(warning + "\n");
    }

    @Test
    void should_keep_the_line_that_encloses_a_problem_line() {
        // given: a lint report of 1,500 files, each heading its indented messages; file 900 has the one error
        StringBuilder sb = new StringBuilder();
        String[] warnings = {"Unexpected console statement  no-console", "Unexpected any  no-explicit-any",
            "Missing return type  explicit-function-return-type"};
        for (int f = 0; f < 1_500; f++) {
            sb.append("/work/app/src/").append(letters(f)).append('/').append(letters(f + 7)).append("View.tsx\n");
            for (int k = 0; k < 3; k++) {
                sb.append("  ").append(10 + k).append(":5  warning  ").append(warnings[(f + k) % 3]).append('\n');
            }
            if (f == 900) {
                sb.append("  88:9  error  Hook is called conditionally  rules-of-hooks\n");
            }
            sb.append('\n');
        }
        // compressors left out (below their threshold), so only the ceiling decides
        Headroom headroom = Headroom.builder().config(HeadroomConfig.builder()
                .defaults(CompressionSettings.defaults().toBuilder().minTokens(10_000_000).maxResultTokens(1_000).build())
                .build()).build();

        // when
        CompressionOutcome outcome = headroom.compress(sb.toString(), context("lint", null));

        // then: the error, and the file it belongs to, four lines above it
        assertThat(outcome.capped()).isTrue();
        assertThat(outcome.text()).contains("\n  88:9  error  Hook is called conditionally  rules-of-hooks\n")
                .contains("\n/work/app/src/" + letters(900) + "/" + letters(907) + "View.tsx\n");
    }

    @Test
    void should_keep_the_first_and_last_lines_when_problem_lines_could_fill_the_budget() {
        // given: 3,000 distinct problem sentences between a first and a last line, enough to fill any budget
        String first = "Nightly batch report for host ledger-7 follows below.";
        String last = "That is the end of the nightly batch report.";
        StringBuilder sb = new StringBuilder(first).append('\n');
        for (int i = 0; i < 3_000; i++) {
            String w = letters(i);
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1))
                    .append(" export failed again after the quarterly update of the ledger.\n");
        }
        sb.append(last).append('\n');
        Headroom headroom = Headroom.builder().config(ceiling(1_000)).build();

        // when
        CompressionOutcome outcome = headroom.compress(sb.toString(), context("run_batch", null));

        // then
        assertThat(outcome.capped()).isTrue();
        assertThat(outcome.text()).startsWith(first + "\n").contains("\n" + last + "\n");
    }

    @Test
    void should_keep_code_declarations_when_code_is_capped() {
        // given: 200 methods of 30 lines (about 60,000 tokens), their signatures about 4,000
        String content = javaClass(200, 30);
        Headroom headroom = Headroom.builder().config(ceiling(6_000)).build();

        // when
        CompressionOutcome outcome = headroom.compress(content, context("read_file", null));

        // then: the signature of a method far past the first lines is there, its body is not
        assertThat(outcome.kind()).isEqualTo(ContentKind.CODE);
        assertThat(outcome.capped()).isTrue();
        assertThat(outcome.text()).contains("\n    public long " + method(150) + "(long amount) {\n")
                .contains("\n    public long " + method(199) + "(long amount) {\n")
                .doesNotContain("long " + local(150 * 1000 + 5) + " =");
    }

    @Test
    void should_honour_a_per_tool_ceiling() {
        // given: no ceiling change by default; read_file held to 500 tokens
        String content = prose(200); // about 5,500 tokens: under the default ceiling
        Headroom headroom = Headroom.builder().config(HeadroomConfig.builder()
                        .tool("read_file", CompressionSettings.defaults().toBuilder().maxResultTokens(500).build())
                        .build())
                .build();

        // when
        CompressionOutcome capped = headroom.compress(content, context("read_file", null));
        CompressionOutcome whole = headroom.compress(content, context("list_notes", null));

        // then
        assertThat(capped.capped()).isTrue();
        assertThat(tokens(body(capped.text()))).isLessThanOrEqualTo(500);
        assertThat(marker(capped.text())).contains("500-token limit").contains("hash=" + capped.handle());
        assertThat(whole.text()).isSameAs(content);
    }

    @Test
    void should_send_the_result_whole_when_the_ceiling_is_off() {
        // given
        String content = prose(3_000); // about 80,000 tokens
        Headroom headroom = Headroom.builder().config(ceiling(CompressionSettings.NO_CEILING)).build();

        // when
        CompressionOutcome outcome = headroom.compress(content, context("read_report", null));

        // then
        assertThat(outcome.text()).isSameAs(content);
        assertThat(outcome.capped()).isFalse();
        assertThat(outcome.strategy()).isEqualTo("no-gain");
    }

    @Test
    void should_cap_at_the_default_ceiling_when_nothing_is_configured() {
        // given
        String content = javaClass(400, 20);

        // when
        CompressionOutcome outcome = Headroom.create().compress(content, context("read_file", null));

        // then
        assertThat(CompressionSettings.defaults().maxResultTokens()).isEqualTo(CompressionSettings.DEFAULT_MAX_RESULT_TOKENS);
        assertThat(outcome.capped()).isTrue();
        assertThat(tokens(body(outcome.text()))).isLessThanOrEqualTo(CompressionSettings.DEFAULT_MAX_RESULT_TOKENS);
        assertThat(marker(outcome.text())).startsWith("[headroom: ").contains("12000-token limit");
    }

    @Test
    void should_give_identical_bytes_for_the_same_input_and_settings() {
        // given: engines without a memo, and a result where every rule has something to keep, a huge line included
        StringBuilder huge = new StringBuilder();
        for (int i = 0; huge.length() < 30_000; i++) {
            huge.append(i == 700 ? "refund of INV-88213 queued, " : "ledger entry posted, ");
        }
        String content = proseWith(2_000, 1_000, "Then the billing job refunded invoice INV-88213 twice.")
                .replace(proseLine(1_500), "java.lang.IllegalStateException: ledger closed")
                .replace(proseLine(1_200), huge.toString());
        HeadroomConfig config = ceiling(2_000).toBuilder().memoMaximumBytes(0).build();

        // when
        List<String> outputs = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            outputs.add(Headroom.builder().config(config).build()
                    .compress(new String(content.toCharArray()), context("read_report", "What about INV-88213?")).text());
        }

        // then
        assertThat(outputs).containsOnly(outputs.get(0));
        assertThat(outputs.get(0)).contains("refunded invoice INV-88213").contains("refund of INV-88213 queued")
                .contains("IllegalStateException");
    }

    @Test
    void should_reject_a_negative_ceiling() {
        assertThatThrownBy(() -> CompressionSettings.builder().maxResultTokens(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxResultTokens")
                .hasMessageContaining("-1");
    }

    @Test
    void should_cut_a_huge_single_line_into_pieces_and_keep_the_matching_one() {
        // given: one 200,000-char line with an order id near its middle
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 200_000; i++) {
            sb.append(i == 3_000 ? "order ORD-77123 refused," : "order ok,").append(' ');
        }
        Headroom headroom = Headroom.builder().config(ceiling(1_000)).build();

        // when
        CompressionOutcome outcome = headroom.compress(sb.toString(), context("fetch", "Why was ORD-77123 refused?"));

        // then: the line's start and end, the piece with the id, and notes by chars between them
        String text = outcome.text();
        assertThat(outcome.capped()).isTrue();
        assertThat(text).startsWith("order ok, order ok,").contains("order ORD-77123 refused,")
                .containsPattern("\n… \\d+ chars \\(line 1, chars \\d+-\\d+\\)\n");
        assertThat(tokens(body(text))).isLessThanOrEqualTo(1_000);
        assertThat(headroom.retriever().retrieve(outcome.handle(), null, Set.of(outcome.handle())).text())
                .isEqualTo(sb.toString());
    }

    @Test
    void should_keep_crlf_lines_exactly_when_capping() {
        // given
        String content = prose(2_000).replace("\n", "\r\n");
        Headroom headroom = Headroom.builder().config(ceiling(1_000)).build();

        // when
        String text = headroom.compress(content, context("read_report", null)).text();

        // then: every kept line and note ends with CRLF, and every kept line is one of the original's
        String body = body(text);
        assertThat(body).endsWith("\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        for (String line : body.split("\r\n")) {
            assertThat(line.startsWith("… ") || content.contains(line + "\r\n")).as(line).isTrue();
        }
    }
}
