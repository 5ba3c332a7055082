package dev.headroom.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.ccr.OriginalNotKeptException;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.WorkBudgetExceededException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardedStatsCounterTest {

    private static final CompressionEvent EVENT =
            new CompressionEvent(ContentKind.LOG, "logs", "log:templates", 100, 100, 10, true, 5, false);

    /** A meter that fails on every call, as a broken Micrometer registry would. */
    private static class ThrowingCounter implements StatsCounter {
        @Override
        public void recordCompression(CompressionEvent event) {
            throw new IllegalStateException("meter down");
        }

        @Override
        public void recordFailOpen(ContentKind kind, String toolName, Throwable cause) {
            throw new NoClassDefFoundError("io/micrometer/Missing");
        }

        @Override
        public void recordRetrieval(RetrievalOutcome outcome) {
            throw new IllegalStateException("meter down");
        }

        @Override
        public void recordRetrievalRounds(int rounds) {
            throw new IllegalStateException("meter down");
        }

        @Override
        public void recordCleared(String toolName, long tokensBefore, long tokensAfter) {
            throw new IllegalStateException("meter down");
        }
    }

    @Test
    void should_give_every_event_to_the_later_counters_when_an_earlier_one_throws() {
        // given
        ConcurrentStatsCounter after = new ConcurrentStatsCounter();
        StatsCounter composite = StatsCounter.composite(new ThrowingCounter(), after);

        // when
        assertThatCode(() -> {
            composite.recordCompression(EVENT);
            composite.recordFailOpen(ContentKind.LOG, "logs", new IllegalStateException("x"));
            composite.recordRetrieval(RetrievalOutcome.FOUND);
            composite.recordRetrievalRounds(2);
            composite.recordCleared("logs", 1_000, 40);
            composite.recordCleared(null, 500, 40);
        }).doesNotThrowAnyException();

        // then
        HeadroomStats stats = after.snapshot();
        assertThat(stats.total().results()).isEqualTo(1);
        assertThat(stats.failOpen()).isEqualTo(1);
        assertThat(stats.retrievals(RetrievalOutcome.FOUND)).isEqualTo(1);
        assertThat(stats.retrievalRounds()).isEqualTo(2);
        assertThat(stats.cleared()).isEqualTo(new TokenTotals(2, 2, 0, 1_500, 1_500, 80));
        assertThat(stats.cleared().saved()).isEqualTo(1_420);
    }

    @Test
    void should_count_each_failure_once_per_counter() {
        // given
        CompositeStatsCounter composite = (CompositeStatsCounter) StatsCounter.composite(new ThrowingCounter(),
                StatsCounter.disabled());

        // when
        composite.recordCompression(EVENT);
        composite.recordRetrieval(RetrievalOutcome.FOUND);
        composite.recordFailOpen(ContentKind.JSON, null, new IllegalStateException("x"));

        // then
        assertThat(composite.failures()).isEqualTo(List.of(3L, 0L));
    }

    @Test
    void should_let_out_of_memory_through() {
        StatsCounter oom = new ThrowingCounter() {
            @Override
            public void recordRetrievalRounds(int rounds) {
                throw new OutOfMemoryError("fatal");
            }
        };

        assertThatThrownBy(() -> StatsCounter.composite(oom).recordRetrievalRounds(1)).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void should_count_fail_opens_by_the_metric_reason_tags() {
        // given
        ConcurrentStatsCounter counter = new ConcurrentStatsCounter();

        // when
        counter.recordFailOpen(ContentKind.JSON, "t", new OriginalNotKeptException("big"));
        counter.recordFailOpen(ContentKind.JSON, "t", new WorkBudgetExceededException(2, 1));
        counter.recordFailOpen(ContentKind.JSON, "t", new IllegalStateException("bug"));
        counter.recordFailOpen(ContentKind.JSON, "t", new IllegalStateException("bug"));

        // then
        assertThat(counter.snapshot().failOpenByReason())
                .containsExactly(
                        java.util.Map.entry("error", 2L),
                        java.util.Map.entry("not-kept", 1L),
                        java.util.Map.entry("work-budget", 1L));
        assertThat(counter.snapshot().failOpenByReason().keySet())
                .containsExactlyInAnyOrderElementsOf(PassthroughReason.FAIL_OPEN_TAGS);
    }

    @Test
    void should_keep_the_reason_labels_and_tags_stable() {
        // dashboards, logs and the headroom.fail.open metric key on these strings
        assertThat(java.util.Arrays.stream(PassthroughReason.values()).map(PassthroughReason::label))
                .containsExactly("disabled", "too-large", "below-threshold", "unsupported", "no-gain", "fail-open",
                        "work-budget", "not-kept", "store-error", "lossy-without-retrieval");
        assertThat(java.util.Arrays.stream(PassthroughReason.values()).flatMap(r -> r.failOpenTag().stream()).distinct())
                .containsExactlyElementsOf(List.of("error", "work-budget", "not-kept"));
        assertThat(PassthroughReason.ofLabel("json:select")).isEmpty();
        assertThat(PassthroughReason.ofLabel("no-gain")).contains(PassthroughReason.NO_GAIN);
    }
}
