package dev.headroom.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.compress.ContentKind;
import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.PassthroughReason;
import dev.langchain4j.model.output.TokenUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's accounting ({@link ReportTally}) and the value's contract. */
class HeadroomReportTest {

    private static CompressionEvent event(String strategy, long before, long after, boolean lossy) {
        return new CompressionEvent(ContentKind.JSON, "t", strategy, before, after, after, lossy, 0, false);
    }

    @Test
    void should_add_up_results_reasons_tokens_clearing_and_hidden_rounds() {
        // given
        ReportTally tally = new ReportTally(false);

        // when
        tally.toolResult(event("json:select", 1_000, 100, true), true);
        tally.toolResult(event("json:minify", 300, 200, false), true);
        tally.toolResult(event("below-threshold", 40, 40, false), false);
        tally.toolResult(event("below-threshold", 10, 10, false), false);
        tally.toolResult(event("not-kept", 500, 500, false), false);
        tally.toolResult(event("unchanged", 70, 70, false), false);
        tally.cleared(900, 30);
        tally.cleared(10, 30); // a stub larger than what it replaced saves nothing, never negative
        tally.retrievalRoundSent();
        tally.retrievalRoundUsage(new TokenUsage(2_000, 10));
        tally.retrievalRoundSent();
        tally.retrievalRoundUsage(null);
        tally.retrievalRoundUsage(new TokenUsage(3_000, 5));
        HeadroomReport report = tally.report();

        // then
        assertThat(report.toolResults()).isEqualTo(6);
        assertThat(report.compressed()).isEqualTo(2);
        assertThat(report.lossy()).isEqualTo(1);
        assertThat(report.passedThrough()).isEqualTo(4);
        assertThat(report.passthroughReasons()).containsExactly(
                Map.entry(PassthroughReason.BELOW_THRESHOLD, 2), Map.entry(PassthroughReason.NOT_KEPT, 1));
        assertThat(report.tokensBefore()).isEqualTo(1_920);
        assertThat(report.tokensAfter()).isEqualTo(100 + 200 + 40 + 10 + 500 + 70);
        assertThat(report.tokensSaved()).isEqualTo(1_000);
        assertThat(report.resultsCleared()).isEqualTo(2);
        assertThat(report.tokensCleared()).isEqualTo(870);
        assertThat(report.retrievalRounds()).isEqualTo(2);
        assertThat(report.retrievalTokenUsage()).isEqualTo(new TokenUsage(5_000, 15));
    }

    @Test
    void should_hand_out_snapshots_that_later_figures_do_not_change() {
        // given
        ReportTally tally = new ReportTally(false);
        tally.toolResult(event("below-threshold", 40, 40, false), false);
        HeadroomReport before = tally.report();

        // when
        tally.toolResult(event("below-threshold", 40, 40, false), false);
        tally.retrievalRoundSent();

        // then
        assertThat(before.toolResults()).isEqualTo(1);
        assertThat(before.passthroughReasons()).containsExactly(Map.entry(PassthroughReason.BELOW_THRESHOLD, 1));
        assertThat(before.retrievalRounds()).isZero();
        assertThat(tally.report()).isNotEqualTo(before);
    }

    @Test
    void should_be_an_immutable_value_equal_by_its_figures() {
        // given
        Map<PassthroughReason, Integer> reasons = new EnumMap<>(PassthroughReason.class);
        reasons.put(PassthroughReason.NO_GAIN, 1);
        reasons.put(PassthroughReason.DISABLED, 0);
        HeadroomReport report = HeadroomReport.builder().toolResults(2).compressed(1).passthroughReasons(reasons)
                .tokensBefore(10).tokensAfter(4).retrievalRounds(1).retrievalTokenUsage(new TokenUsage(1, 2)).build();

        // when
        reasons.put(PassthroughReason.FAIL_OPEN, 3);

        // then
        assertThat(report.passthroughReasons()).containsExactly(Map.entry(PassthroughReason.NO_GAIN, 1));
        assertThatThrownBy(() -> report.passthroughReasons().put(PassthroughReason.FAIL_OPEN, 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(report.toBuilder().build()).isEqualTo(report).hasSameHashCodeAs(report);
        assertThat(report.toBuilder().retrievalRounds(2).build()).isNotEqualTo(report);
        assertThat(HeadroomReport.empty().toolResults()).isZero();
        assertThat(HeadroomReport.empty().retrievalTokenUsage()).isNull();
        assertThat(report.toString()).contains("toolResults=2", "retrievalRounds=1");
    }

    @Test
    void should_keep_the_cache_and_money_figures_through_to_builder() {
        // given
        CallCost cost = new CallCost("gpt-4o", LocalDate.of(2025, 10, 15), new BigDecimal("0.1"), new BigDecimal("0.02"),
                new BigDecimal("0.5"));
        HeadroomReport report = HeadroomReport.builder().modelName("gpt-4o-2024-08-06")
                .usage(new CacheUsage(100, 40, 0, 5, true)).retrievalUsage(new CacheUsage(30, 10, 0, 1, true))
                .cost(cost).build();

        // when
        HeadroomReport copy = report.toBuilder().build();

        // then
        assertThat(copy).isEqualTo(report).hasSameHashCodeAs(report);
        assertThat(copy.modelName()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(copy.usage()).isEqualTo(new CacheUsage(100, 40, 0, 5, true));
        assertThat(copy.retrievalUsage()).isEqualTo(new CacheUsage(30, 10, 0, 1, true));
        assertThat(copy.cost()).hasValue(cost);
        assertThat(cost.net()).isEqualByComparingTo("0.48");
        assertThat(report.toBuilder().cost(null).build()).isNotEqualTo(report);
        assertThat(report.toBuilder().usage(CacheUsage.ZERO).build()).isNotEqualTo(report);
        assertThat(HeadroomReport.empty().cost()).isEmpty();
        assertThat(HeadroomReport.empty().usage()).isEqualTo(CacheUsage.ZERO);
    }

    @Test
    void should_say_what_was_saved_when_active_and_what_would_have_been_when_shadow() {
        // given: the figures of CostWireTest (docs/cost.md), and the same as a shadow call without retrieval
        CallCost cost = new CallCost("gpt-4o-mini", LocalDate.of(2025, 10, 15), new BigDecimal("0.0004962"),
                new BigDecimal("0.0003792"), new BigDecimal("0.00163692"));
        HeadroomReport active = HeadroomReport.builder().toolResults(3).compressed(2).lossy(1).tokensBefore(20_114)
                .tokensAfter(1_203).retrievalRounds(1).cost(cost).build();
        HeadroomReport shadow = active.toBuilder().shadow(true).retrievalRounds(0).resultsCleared(1).tokensCleared(4_000)
                .cost(new CallCost("gpt-4o-mini", LocalDate.of(2025, 10, 15), new BigDecimal("0.000117"), BigDecimal.ZERO,
                        new BigDecimal("0.002045100")))
                .build();

        // then
        assertThat(active.shadow()).isFalse();
        assertThat(active.summary()).isEqualTo("headroom: 2 of 3 tool results compressed (1 lossy), 20,114 -> 1,203 tokens;"
                + " saved 18,911 tokens / $0.001636920 (prices of 2025-10-15); 1 retrieval round, $0.000379200;"
                + " net $0.001257720");
        assertThat(shadow.shadow()).isTrue();
        assertThat(shadow.summary()).isEqualTo("headroom shadow mode, request sent unchanged: would have compressed 2 of 3"
                + " tool results (1 lossy), 20,114 -> 1,203 tokens; the budget would have cleared 1 result, 4,000 tokens;"
                + " would have saved 22,911 tokens / $0.002045100 (prices of 2025-10-15), before any retrieval rounds");
        assertThat(shadow.toString()).startsWith("HeadroomReport{mode=shadow (would have), toolResults=3");
        assertThat(active.toString()).doesNotContain("shadow");
        assertThat(shadow.toBuilder().build()).isEqualTo(shadow).hasSameHashCodeAs(shadow);
        assertThat(shadow.toBuilder().shadow(false).build()).isNotEqualTo(shadow);
        assertThat(HeadroomReport.builder().shadow(true).build().summary()).isEqualTo("headroom shadow mode, request sent"
                + " unchanged: would have compressed 0 of 0 tool results (0 lossy), 0 -> 0 tokens; would have saved 0 tokens,"
                + " before any retrieval rounds");
    }

    @Test
    void should_reject_figures_that_do_not_add_up() {
        assertThatThrownBy(() -> HeadroomReport.builder().toolResults(1).compressed(2).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeadroomReport.builder().toolResults(2).compressed(1).lossy(2).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeadroomReport.builder().tokensBefore(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokensBefore");
    }

    @Test
    void should_read_report_and_round_from_listener_attributes() {
        // given
        HeadroomReport report = HeadroomReport.builder().toolResults(1).build();
        Map<Object, Object> hidden = Map.of(HeadroomReport.LISTENER_ATTRIBUTE, report,
                HeadroomReport.RETRIEVAL_ROUND_ATTRIBUTE, 2);

        // then
        assertThat(HeadroomReport.fromAttributes(hidden)).contains(report);
        assertThat(HeadroomReport.retrievalRound(hidden)).hasValue(2);
        assertThat(HeadroomReport.fromAttributes(Map.of())).isEmpty();
        assertThat(HeadroomReport.retrievalRound(Map.of(HeadroomReport.LISTENER_ATTRIBUTE, report))).isEmpty();
        assertThat(HeadroomReport.fromAttributes(null)).isEmpty();
    }
}
