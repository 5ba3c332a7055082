package dev.headroom.spring.metrics;

import static dev.headroom.spring.metrics.MicrometerStatsCounter.BUDGET_CLEARED;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.CACHE_HIT_RATE;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.COST;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.MODEL_CALLS;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.MODEL_TOKENS;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.BUDGET_TOKENS_SAVED;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.COMPRESSION_TIME;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.FAIL_OPEN;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.RESULTS;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.RETRIEVALS;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.RETRIEVAL_ROUNDS;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.TOKENS_AFTER;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.TOKENS_BEFORE;
import static dev.headroom.spring.metrics.MicrometerStatsCounter.TOKENS_SAVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.headroom.compress.ContentKind;
import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.ModelCall;
import dev.headroom.stats.RetrievalOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerStatsCounterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerStatsCounter counter = new MicrometerStatsCounter(registry);

    @Test
    void should_count_tokens_with_lossless_and_lossy_savings_apart_when_a_result_is_compressed() {
        // when
        counter.recordCompression(new CompressionEvent(ContentKind.JSON, "search", "json:select", 1000, 700, 100, true, 5_000_000, false));

        // then
        assertThat(registry.get(RESULTS).tags("kind", "json", "tool", "search", "result", "lossy").counter().count()).isEqualTo(1);
        assertThat(registry.get(TOKENS_BEFORE).tags("kind", "json", "tool", "search").counter().count()).isEqualTo(1000);
        assertThat(registry.get(TOKENS_AFTER).tags("kind", "json", "tool", "search").counter().count()).isEqualTo(100);
        assertThat(registry.get(TOKENS_SAVED).tags("stage", "lossless").counter().count()).isEqualTo(300);
        assertThat(registry.get(TOKENS_SAVED).tags("stage", "lossy").counter().count()).isEqualTo(600);
        assertThat(registry.get(COMPRESSION_TIME).tags("kind", "json").timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(5.0);
    }

    @Test
    void should_label_a_lossless_rewrite_and_a_passthrough_apart() {
        // when
        counter.recordCompression(new CompressionEvent(ContentKind.JSON, "a", "json:minify", 100, 80, 80, false, 1, false));
        counter.recordCompression(new CompressionEvent(ContentKind.UNKNOWN, "a", "below-threshold", 50, 50, 50, false, 0, false));

        // then
        assertThat(registry.get(RESULTS).tags("result", "lossless").counter().count()).isEqualTo(1);
        assertThat(registry.get(RESULTS).tags("result", "unchanged", "kind", "unknown").counter().count()).isEqualTo(1);
        assertThat(registry.find(TOKENS_SAVED).tags("stage", "lossy").counter()).isNull();
    }

    @Test
    void should_label_a_result_cut_to_the_ceiling_as_capped() {
        // when
        counter.recordCompression(new CompressionEvent(ContentKind.CODE, "read_file", CompressionEvent.CAPPED, 50_000, 50_000,
                12_000, true, 1, false));

        // then
        assertThat(registry.get(RESULTS).tags("kind", "code", "tool", "read_file", "result", "capped").counter().count())
                .isEqualTo(1);
        assertThat(registry.find(RESULTS).tags("result", "lossy").counter()).isNull();
        assertThat(registry.get(TOKENS_SAVED).tags("stage", "lossy").counter().count()).isEqualTo(38_000);
    }

    @Test
    void should_count_results_the_budget_cleared_and_the_tokens_their_stubs_saved() {
        // when
        counter.recordCleared("read_notes", 1_000, 40);
        counter.recordCleared("read_notes", 500, 40);
        counter.recordCleared(null, 300, 40);

        // then
        assertThat(registry.get(BUDGET_CLEARED).tags("tool", "read_notes").counter().count()).isEqualTo(2);
        assertThat(registry.get(BUDGET_TOKENS_SAVED).tags("tool", "read_notes").counter().count()).isEqualTo(1_420);
        assertThat(registry.get(BUDGET_CLEARED).tags("tool", "none").counter().count()).isEqualTo(1);
        assertThat(registry.get(BUDGET_TOKENS_SAVED).tags("tool", "none").counter().count()).isEqualTo(260);
    }

    @Test
    void should_not_time_a_memo_hit() {
        // when
        counter.recordCompression(new CompressionEvent(ContentKind.LOG, "logs", "log:templates", 1000, 1000, 90, true, 0, true));

        // then
        assertThat(registry.find(COMPRESSION_TIME).timer()).isNull();
        assertThat(registry.get(RESULTS).tags("result", "lossy").counter().count()).isEqualTo(1);
    }

    @Test
    void should_tag_a_missing_tool_as_none_when_failing_open() {
        // when
        counter.recordFailOpen(ContentKind.UNKNOWN, null, new IllegalStateException("store down"));

        // then
        assertThat(registry.get(FAIL_OPEN).tags("kind", "unknown", "tool", "none", "reason", "error").counter().count()).isEqualTo(1);
    }

    @Test
    void should_tag_an_original_the_store_did_not_keep_apart_from_errors() {
        // when
        counter.recordFailOpen(ContentKind.JSON, "list", new dev.headroom.ccr.OriginalNotKeptException("too large"));

        // then
        assertThat(registry.get(FAIL_OPEN).tags("kind", "json", "tool", "list", "reason", "not-kept").counter().count()).isEqualTo(1);
        assertThat(registry.find(FAIL_OPEN).tags("kind", "json", "reason", "error").counter()).isNull();
        assertThat(registry.get(FAIL_OPEN).tags("kind", "unknown", "reason", "not-kept").counter().count()).isZero();
    }

    @Test
    void should_tag_a_compression_over_its_work_budget_apart_from_errors() {
        // when
        counter.recordFailOpen(ContentKind.LOG, "logs", new dev.headroom.compress.WorkBudgetExceededException(11, 10));

        // then
        assertThat(registry.get(FAIL_OPEN).tags("kind", "log", "tool", "logs", "reason", "work-budget").counter().count()).isEqualTo(1);
        assertThat(registry.find(FAIL_OPEN).tags("kind", "log", "reason", "error").counter()).isNull();
    }

    @Test
    void should_tag_expired_retrievals_apart_from_foreign_handles() {
        // when
        counter.recordRetrieval(RetrievalOutcome.EXPIRED);

        // then
        assertThat(registry.get(RETRIEVALS).tags("outcome", "expired").counter().count()).isEqualTo(1);
        assertThat(registry.get(RETRIEVALS).tags("outcome", "not_found").counter().count()).isZero();
    }

    @Test
    void should_register_fail_open_and_retrieval_meters_at_zero_before_any_event() {
        // given a fresh registry and counter (nothing recorded)
        io.micrometer.core.instrument.simple.SimpleMeterRegistry fresh = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();

        // when
        new MicrometerStatsCounter(fresh);

        // then
        assertThat(fresh.get(FAIL_OPEN).tags("reason", "not-kept").counter().count()).isZero();
        assertThat(fresh.get(FAIL_OPEN).tags("reason", "error").counter().count()).isZero();
        assertThat(fresh.get(FAIL_OPEN).tags("reason", "work-budget").counter().count()).isZero();
        for (RetrievalOutcome outcome : RetrievalOutcome.values()) {
            assertThat(fresh.get(RETRIEVALS).tags("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).counter().count())
                    .isZero();
        }
        assertThat(fresh.get(RETRIEVAL_ROUNDS).summary().count()).isZero();
    }

    @Test
    void should_count_retrievals_by_outcome_and_summarize_rounds() {
        // when
        counter.recordRetrieval(RetrievalOutcome.QUERY_MATCHED);
        counter.recordRetrieval(RetrievalOutcome.NOT_FOUND);
        counter.recordRetrieval(RetrievalOutcome.NOT_FOUND);
        counter.recordRetrievalRounds(0);
        counter.recordRetrievalRounds(2);

        // then
        assertThat(registry.get(RETRIEVALS).tags("outcome", "query_matched").counter().count()).isEqualTo(1);
        assertThat(registry.get(RETRIEVALS).tags("outcome", "not_found").counter().count()).isEqualTo(2);
        assertThat(registry.get(RETRIEVAL_ROUNDS).summary().count()).isEqualTo(2);
        assertThat(registry.get(RETRIEVAL_ROUNDS).summary().totalAmount()).isEqualTo(2);
    }

    @Test
    void should_count_model_tokens_by_type_and_rate_cache_hits_only_over_calls_that_reported_them() {
        // given
        ModelCall first = new ModelCall("anthropic", "claude-sonnet-4-5", new CacheUsage(5_200, 4_000, 1_000, 50, true), false);
        ModelCall retrieval = new ModelCall("anthropic", "claude-sonnet-4-5", new CacheUsage(5_300, 5_000, 0, 20, true), true);
        ModelCall unreported = new ModelCall("ollama", "llama3.1", new CacheUsage(900, 0, 0, 9, false), false);

        // when
        counter.recordModelCall(first);
        counter.recordModelCall(retrieval);
        counter.recordModelCall(unreported);

        // then
        assertThat(registry.get(MODEL_TOKENS).tags("model", "claude-sonnet-4-5", "round", "caller", "type", "cache_write")
                .counter().count()).isEqualTo(1_000);
        assertThat(registry.get(MODEL_TOKENS).tags("model", "claude-sonnet-4-5", "round", "retrieval", "type", "input")
                .counter().count()).isEqualTo(5_300);
        assertThat(registry.get(MODEL_CALLS).tags("provider", "anthropic", "round", "retrieval").counter().count()).isEqualTo(1);
        assertThat(registry.get(CACHE_HIT_RATE).tags("provider", "anthropic", "model", "claude-sonnet-4-5").gauge().value())
                .isEqualTo(9_000.0 / 10_500);
        assertThat(registry.find(CACHE_HIT_RATE).tags("model", "llama3.1").gauge()).as("no cache figures, no rate").isNull();
        assertThat(registry.get(MODEL_TOKENS).tags("model", "llama3.1", "type", "output").counter().count()).isEqualTo(9);
    }

    @Test
    void should_count_money_spent_on_retrieval_and_saved_in_dollars() {
        // given
        CallCost cost = new CallCost("gpt-4o-mini", LocalDate.of(2025, 10, 15), new BigDecimal("0.0004962"),
                new BigDecimal("0.0003792"), new BigDecimal("0.00163692"));

        // when
        counter.recordCallCost("open_ai", "gpt-4o-mini", cost);
        counter.recordCallCost("open_ai", "gpt-4o-mini", cost);

        // then
        assertThat(registry.get(COST).tags("model", "gpt-4o-mini", "kind", "spent").counter().count())
                .isCloseTo(0.0009924, within(1e-12));
        assertThat(registry.get(COST).tags("kind", "retrieval").counter().count()).isCloseTo(0.0007584, within(1e-12));
        assertThat(registry.get(COST).tags("kind", "saved").counter().count()).isCloseTo(0.00327384, within(1e-12));
        assertThat(registry.get(COST).tags("kind", "saved").counter().getId().getBaseUnit()).isEqualTo("usd");
    }
}
