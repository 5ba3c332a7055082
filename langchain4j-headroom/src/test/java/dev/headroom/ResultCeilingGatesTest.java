package dev.headroom;

import static dev.headroom.CeilingFixtures.body;
import static dev.headroom.CeilingFixtures.context;
import static dev.headroom.CeilingFixtures.prose;
import static dev.headroom.CeilingFixtures.proseLine;
import static dev.headroom.CeilingFixtures.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ccr.CompressionStore;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import dev.headroom.stats.TokenTotals;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The per-result ceiling on every path a result can take through the engine: the gates (too large, below the
 * threshold, no compressor), the fail-open paths (a compressor that throws, a work budget passed) and a lossy result
 * still over it all go out cut, their original retrievable; a disabled tool, a store that does not keep the
 * original and an engine without the retrieve tool send it whole (invariant 4 comes first).
 */
class ResultCeilingGatesTest {

    private static final String CONTENT = prose(1_000); // about 27,000 tokens

    private static HeadroomConfig.Builder config(int maxResultTokens) {
        return HeadroomConfig.builder()
                .defaults(CompressionSettings.defaults().toBuilder().maxResultTokens(maxResultTokens).build());
    }

    private static void assertCappedAndRetrievable(Headroom headroom, CompressionOutcome outcome, String original, int max) {
        assertThat(outcome.capped()).as(outcome.strategy()).isTrue();
        assertThat(outcome.lossy()).isTrue();
        assertThat(tokens(body(outcome.text()))).isLessThanOrEqualTo(max);
        assertThat(outcome.text()).endsWith("]").contains("hash=" + outcome.handle());
        assertThat(headroom.retriever().retrieve(outcome.handle(), null, Set.of(outcome.handle())).text()).isEqualTo(original);
    }

    @Test
    void should_cut_a_result_too_large_to_inspect_to_its_first_and_last_lines() {
        // given: a size gate below the content's length
        Headroom headroom = Headroom.builder().config(config(1_000).maxInputChars(50_000).build()).build();
        String question = "Where does it say: " + proseLine(500);

        // when
        CompressionOutcome outcome = headroom.compress(CONTENT, context("read_report", question));

        // then: not inspected, so no question match, only the ends
        assertCappedAndRetrievable(headroom, outcome, CONTENT, 1_000);
        assertThat(outcome.kind()).isEqualTo(ContentKind.UNKNOWN);
        assertThat(outcome.text()).startsWith(proseLine(1) + "\n").contains("\n" + proseLine(1_000) + "\n")
                .doesNotContain(proseLine(500));
    }

    @Test
    void should_cut_a_result_below_the_threshold_when_the_ceiling_is_lower() {
        // given
        Headroom headroom = Headroom.builder().config(HeadroomConfig.builder()
                .defaults(CompressionSettings.defaults().toBuilder().minTokens(100_000).maxResultTokens(1_000).build())
                .build()).build();

        // when / then
        assertCappedAndRetrievable(headroom, headroom.compress(CONTENT, context("read_report", null)), CONTENT, 1_000);
    }

    @Test
    void should_cut_a_result_whose_compressor_throws() {
        // given
        Compressor broken = new Compressor() {
            @Override
            public ContentKind kind() {
                return ContentKind.TEXT;
            }

            @Override
            public CompressionResult compress(String content, CompressionContext context) {
                throw new IllegalStateException("boom");
            }
        };
        Headroom headroom = Headroom.builder().config(config(1_000).build()).compressor(broken).build();

        // when
        CompressionOutcome outcome = headroom.compress(CONTENT, context("read_report", null));

        // then
        assertCappedAndRetrievable(headroom, outcome, CONTENT, 1_000);
        assertThat(headroom.stats().failOpen()).isEqualTo(1);
    }

    @Test
    void should_cut_a_result_whose_compressor_passed_its_work_budget_to_its_ends() {
        // given: one unit of work, for the compressor and the ceiling's own scan alike
        Headroom headroom = Headroom.builder().config(config(1_000).workBudget(1, 0).build()).build();

        // when
        CompressionOutcome outcome = headroom.compress(CONTENT, context("read_report", proseLine(500)));

        // then
        assertCappedAndRetrievable(headroom, outcome, CONTENT, 1_000);
        assertThat(outcome.text()).doesNotContain(proseLine(500));
    }

    @Test
    void should_cut_a_result_of_no_known_kind() {
        // given: one line of symbol noise, which no compressor takes
        String noise = "~!@#$%^&*() ".repeat(20_000);
        Headroom headroom = Headroom.builder().config(config(1_000).build()).build();

        // when / then
        assertCappedAndRetrievable(headroom, headroom.compress(noise, context("dump", null)), noise, 1_000);
    }

    @Test
    void should_cut_the_original_when_a_lossy_result_is_still_over_the_ceiling() {
        // given: a compressor that drops only the last line
        Compressor dropsLast = new Compressor() {
            @Override
            public ContentKind kind() {
                return ContentKind.TEXT;
            }

            @Override
            public CompressionResult compress(String content, CompressionContext context) {
                String kept = content.substring(0, content.lastIndexOf('\n', content.length() - 2) + 1);
                return CompressionResult.lossy(kept + Disclosure.line(1, 1_000, "lines", null, context.handle()),
                        content.length(), 1, "test:drop-last");
            }
        };
        Headroom headroom = Headroom.builder().config(config(1_000).build()).compressor(dropsLast).build();

        // when
        CompressionOutcome outcome = headroom.compress(CONTENT, context("read_report", null));

        // then
        assertCappedAndRetrievable(headroom, outcome, CONTENT, 1_000);
        // the original's last line, which the compressor dropped
        assertThat(outcome.text()).contains("\n" + proseLine(1_000) + "\n");
    }

    @Test
    void should_send_the_result_whole_when_the_store_does_not_keep_the_original() {
        // given
        CompressionStore refusing = new CompressionStore() {
            @Override
            public boolean put(String handle, String original) {
                return false;
            }

            @Override
            public Optional<String> get(String handle) {
                return Optional.empty();
            }
        };
        Headroom headroom = Headroom.builder().config(config(1_000).build()).store(refusing).build();

        // when
        CompressionOutcome outcome = headroom.compress(CONTENT, context("read_report", null));

        // then: invariant 4 before the ceiling
        assertThat(outcome.text()).isSameAs(CONTENT);
        assertThat(headroom.stats().failOpenByReason()).containsEntry("not-kept", 1L);
    }

    @Test
    void should_send_the_result_whole_without_the_retrieve_tool_or_when_the_tool_is_disabled() {
        // given
        Headroom noRetrieval = Headroom.builder().config(config(1_000).retrieveToolEnabled(false).build()).build();
        Headroom disabled = Headroom.builder().config(config(1_000)
                .tool("read_report", CompressionSettings.disabled().toBuilder().maxResultTokens(1_000).build()).build()).build();

        // when / then
        assertThat(noRetrieval.compress(CONTENT, context("read_report", null)).text()).isSameAs(CONTENT);
        assertThat(disabled.compress(CONTENT, context("read_report", null)).text()).isSameAs(CONTENT);
    }

    @Test
    void should_count_capped_results_in_the_statistics() {
        // given
        Headroom headroom = Headroom.builder().config(config(1_000).build()).build();

        // when
        CompressionOutcome first = headroom.compress(CONTENT, context("read_report", null));
        CompressionOutcome second = headroom.compress(CONTENT, context("read_report", null));

        // then
        TokenTotals report = headroom.stats().byTool().get("read_report");
        assertThat(second).isEqualTo(first);
        assertThat(report.results()).isEqualTo(2);
        assertThat(report.capped()).isEqualTo(2);
        assertThat(report.lossySaved()).isGreaterThan(0);
        assertThat(headroom.stats().total().capped()).isEqualTo(2);
    }
}
