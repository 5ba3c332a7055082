package dev.headroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.compress.CompressionContext;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.stats.RetrievalOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN.md invariant 5 at the engine level: whatever a user-supplied compressor, store or statistics
 * receiver throws (unchecked, checked thrown sneakily, or an {@link Error} such as a missing class), the
 * tool result passes through or the model gets an honest answer, and {@code Headroom} itself never throws.
 */
class EngineFaultTest {

    private static final CompressionContext CONTEXT = CompressionContext.builder().toolName("list_orders").build();
    private static final String ORIGINAL = Conversations.toolResult("faults", 1, 200);

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("RuntimeException", (Supplier<Throwable>) () -> new IllegalStateException("boom")),
                Arguments.of("UncheckedIOException", (Supplier<Throwable>) () -> new UncheckedIOException(new IOException("redis down"))),
                Arguments.of("checked IOException, thrown sneakily", (Supplier<Throwable>) () -> new IOException("redis down")),
                Arguments.of("AssertionError", (Supplier<Throwable>) () -> new AssertionError("bug")),
                Arguments.of("NoClassDefFoundError", (Supplier<Throwable>) () -> new NoClassDefFoundError("com/example/Missing")),
                Arguments.of("StackOverflowError", (Supplier<Throwable>) StackOverflowError::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void should_pass_original_through_and_count_fail_open_when_compressor_throws(String name, Supplier<Throwable> failure) {
        // given
        Headroom headroom = Headroom.builder().compressor(Faults.throwingCompressor(failure)).build();

        // when
        CompressionOutcome outcome = headroom.compress(ORIGINAL, CONTEXT);

        // then
        assertThat(outcome.text()).isSameAs(ORIGINAL);
        assertThat(outcome.lossy()).isFalse();
        assertThat(outcome.strategy()).isEqualTo("fail-open");
        assertThat(headroom.stats().failOpen()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void should_answer_query_from_lines_when_compressor_units_throw(String name, Supplier<Throwable> failure) {
        // given
        Headroom headroom = Headroom.builder().compressor(Faults.brokenUnits(failure)).build();
        String handle = headroom.compress(ORIGINAL, CONTEXT).handle();

        // when
        Retrieval retrieval = headroom.retriever().retrieve(handle, "faults-secret-1-150", Set.of(handle));

        // then
        assertThat(retrieval.outcome()).isEqualTo(RetrievalOutcome.QUERY_MATCHED);
        assertThat(retrieval.text()).contains("faults-secret-1-150");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void should_send_original_uncompressed_when_store_put_throws(String name, Supplier<Throwable> failure) {
        // given
        Faults.FailingStore store = new Faults.FailingStore(failure, null);
        Headroom headroom = Headroom.builder().store(store).compressor(HeadCompressor.json()).build();

        // when
        CompressionOutcome outcome = headroom.compress(ORIGINAL, CONTEXT);

        // then: nothing was omitted that cannot be retrieved
        assertThat(store.puts).hasValue(1);
        assertThat(outcome.text()).isEqualTo(ORIGINAL);
        assertThat(outcome.lossy()).isFalse();
        assertThat(headroom.stats().failOpen()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void should_answer_unavailable_when_store_get_throws(String name, Supplier<Throwable> failure) {
        // given
        Faults.FailingStore store = new Faults.FailingStore(null, failure);
        Headroom headroom = Headroom.builder().store(store).compressor(HeadCompressor.json()).build();
        String handle = headroom.compress(ORIGINAL, CONTEXT).handle();

        // when
        Retrieval whole = headroom.retriever().retrieve(handle, null, Set.of(handle));
        Retrieval queried = headroom.retriever().retrieve(handle, "faults", Set.of(handle));

        // then
        assertThat(whole.outcome()).isEqualTo(RetrievalOutcome.STORE_ERROR);
        assertThat(queried.outcome()).isEqualTo(RetrievalOutcome.STORE_ERROR);
        assertThat(whole.text()).contains("unavailable").doesNotContain("faults-secret");
        assertThat(headroom.stats().retrievals(RetrievalOutcome.STORE_ERROR)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void should_never_fail_when_stats_counter_throws(String name, Supplier<Throwable> failure) {
        // given a receiver that throws from every callback, and a store that fails too (fail-open callbacks)
        Faults.ThrowingStatsCounter counter = new Faults.ThrowingStatsCounter(failure);
        Headroom headroom = Headroom.builder().compressor(HeadCompressor.json()).statsCounter(counter).build();
        Headroom failing = Headroom.builder().compressor(Faults.throwingCompressor(failure)).statsCounter(counter).build();

        // when
        CompressionOutcome outcome = headroom.compress(ORIGINAL, CONTEXT);
        Retrieval retrieval = headroom.retriever().retrieve(outcome.handle(), null, Set.of(outcome.handle()));
        CompressionOutcome failedOpen = failing.compress(ORIGINAL, CONTEXT);
        headroom.retriever().recordRounds(2);
        Retrieval limit = headroom.retriever().limitReached();
        Retrieval invalid = headroom.retriever().invalidArguments("bad");

        // then
        assertThat(outcome.lossy()).isTrue();
        assertThat(retrieval.text()).isEqualTo(ORIGINAL);
        assertThat(failedOpen.text()).isSameAs(ORIGINAL);
        assertThat(limit.outcome()).isEqualTo(RetrievalOutcome.LIMIT_REACHED);
        assertThat(invalid.outcome()).isEqualTo(RetrievalOutcome.INVALID_ARGUMENTS);
        assertThat(counter.calls.get()).isGreaterThanOrEqualTo(6);
        assertThat(headroom.stats().retrievals(RetrievalOutcome.FOUND)).as("the engine's own statistics still count").isEqualTo(1);
        assertThat(failing.stats().failOpen()).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void should_send_the_original_whole_when_tiny_store_cannot_hold_it() {
        // given a store smaller than one original: Caffeine would evict it as soon as it is put
        CaffeineCompressionStore tiny = CaffeineCompressionStore.builder().maximumBytes(1_024).build();
        Headroom headroom = Headroom.builder().store(tiny).compressor(HeadCompressor.json()).build();

        // when
        CompressionOutcome outcome = headroom.compress(ORIGINAL, CONTEXT);

        // then: no handle went out; the refusal is counted as a fail-open
        assertThat(outcome.lossy()).isFalse();
        assertThat(outcome.handle()).isNull();
        assertThat(outcome.text()).isEqualTo(ORIGINAL);
        assertThat(outcome.strategy()).isEqualTo("not-kept");
        assertThat(headroom.stats().failOpen()).isEqualTo(1);
        assertThat(tiny.weightedSize()).isZero();
    }
}
