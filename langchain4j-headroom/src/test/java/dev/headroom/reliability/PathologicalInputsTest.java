package dev.headroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.kinds.BuiltInKinds;
import dev.headroom.tokens.TokenCounter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a compressor work hard: each finishes (no exception, no stack overflow escapes) under the
 * default work budget, with the original or a valid, smaller result.
 */
class PathologicalInputsTest {

    private static final CompressionContext CONTEXT = CompressionContext.builder()
            .toolName("tool").userMessage("why did the job fail with status 500 at aaaa").build();

    @Test
    void should_cut_a_50_megabyte_single_line_to_its_ends_without_inspecting_it() {
        // given
        String line = "x".repeat(50_000_000);
        Headroom headroom = Headroom.create();

        // when
        CompressionOutcome outcome = headroom.compress(line, CONTEXT);

        // then the size gate answers before any token count or compressor, and the ceiling keeps the line's ends
        assertThat(outcome.strategy()).isEqualTo("capped");
        assertThat(outcome.kind()).isEqualTo(ContentKind.UNKNOWN);
        assertThat(outcome.text()).startsWith("xxxxxxxxxx").contains("\n… ").contains("hash=" + outcome.handle());
        assertThat(TokenCounter.estimating().count(outcome.text().substring(0, outcome.text().lastIndexOf('\n'))))
                .isLessThanOrEqualTo(CompressionSettings.DEFAULT_MAX_RESULT_TOKENS);
        assertThat(headroom.store().get(outcome.handle())).containsSame(line);
    }

    @Test
    void should_pass_a_50_megabyte_single_line_through_unchanged_without_a_ceiling() {
        // given
        String line = "x".repeat(50_000_000);
        Headroom headroom = Headroom.builder().config(HeadroomConfig.builder()
                .defaults(CompressionSettings.defaults().toBuilder().maxResultTokens(CompressionSettings.NO_CEILING).build())
                .build()).build();

        // when
        CompressionOutcome outcome = headroom.compress(line, CONTEXT);

        // then
        assertThat(outcome.text()).isSameAs(line);
        assertThat(outcome.strategy()).isEqualTo("too-large");
    }

    @Test
    void should_pass_json_nested_10000_deep_through_or_cut_it_when_deeper_than_the_parser_allows() {
        // given: 20,000 chars (under the default ceiling) and 60,000 chars (over it)
        String arrays = "[".repeat(10_000) + "]".repeat(10_000);
        String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

        // when
        CompressionOutcome passed = Headroom.create().compress(arrays, CONTEXT);
        CompressionOutcome cut = Headroom.create().compress(objects, CONTEXT);

        // then
        assertThat(passed.text()).isSameAs(arrays);
        assertThat(passed.strategy()).isNotEqualTo("work-budget");
        assertThat(cut.strategy()).isEqualTo("capped");
        assertThat(cut.text()).startsWith("{\"a\":{\"a\":").contains("}}}}\n[headroom: ");
    }

    @Test
    void should_finish_with_valid_json_when_an_array_holds_a_million_tiny_items() {
        // given
        String zeros = "[" + "0,".repeat(999_999) + "0]";
        String objects = "[" + "{},".repeat(999_999) + "{}]";

        for (String json : List.of(zeros, objects)) {
            // when
            CompressionOutcome outcome = Headroom.create().compress(json, CONTEXT);

            // then
            assertThat(JsonValidity.isValid(outcome.text())).as(outcome.strategy()).isTrue();
            assertThat(outcome.text().length()).isLessThanOrEqualTo(json.length());
            assertThat(outcome.strategy()).isNotEqualTo("work-budget");
        }
    }

    @Test
    void should_finish_every_compressor_on_lines_crafted_for_backtracking_regexes() {
        // given catastrophic lines for a backtracking regex, amid enough ordinary lines for compressors to act
        String frame = "2024-03-10 12:00:00,000 INFO worker ready\n".repeat(300);
        List<String> lines = List.of("a".repeat(50_000) + "!", " \t".repeat(50_000) + "x", "(".repeat(100_000),
                "ERROR " + "a:".repeat(30_000) + "!", "\"" + "\\\"".repeat(30_000));
        HeadroomConfig config = HeadroomConfig.defaults();

        for (String line : lines) {
            String content = frame + line + "\n" + frame;
            for (Compressor compressor : BuiltInKinds.compressors()) {
                // when: each compressor directly, under the budget the engine would give it
                WorkBudget budget = WorkBudget.of(config.workBudgetFor(content.length()));
                CompressionContext context = CONTEXT.toBuilder().handle("h0").budget(budget).build();
                CompressionResult result = compressor.compress(content, context);

                // then it finished (a direct call may return more than it got: the engine sends only clearly smaller)
                assertThat(result).as(compressor.kind().name()).isNotNull();
                assertThat(budget.spent()).as(compressor.kind().name()).isLessThan(budget.limit());
            }
            // and through the engine
            CompressionOutcome outcome = Headroom.create().compress(content, CONTEXT);
            assertThat(outcome.strategy()).isNotEqualTo("work-budget");
            assertThat(outcome.text().length()).isLessThanOrEqualTo(content.length());
        }
    }
}
