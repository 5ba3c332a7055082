package dev.headroom.stats;

import dev.headroom.compress.ContentKind;
import dev.headroom.cost.CallCost;
import org.jspecify.annotations.Nullable;

/**
 * Receives what the engine and the decorators do, for statistics and metrics (the Spring Boot starter
 * bridges it to Micrometer). Implementations must be thread-safe and fast; the engine guards every call
 * ({@link #composite}), so a counter that throws is counted, logged once and ignored, never failing a request
 * nor keeping the event from other counters.
 */
public interface StatsCounter {

    /** A tool result went through the engine (compressed, rewritten losslessly, or passed through). */
    void recordCompression(CompressionEvent event);

    /** A compressor or the store failed and the original passed through. */
    void recordFailOpen(ContentKind kind, @Nullable String toolName, Throwable cause);

    /** A {@code headroom_retrieve} call was answered. */
    void recordRetrieval(RetrievalOutcome outcome);

    /** A caller's request finished after this many hidden retrieval rounds (0 when none). */
    void recordRetrievalRounds(int rounds);

    /**
     * The conversation budget sent a tool result as its one-line stub (once per request that sends the stub, like
     * {@link #recordCompression}, which also saw the result). Does nothing unless overridden.
     *
     * @param toolName     the tool whose result was cleared, or {@code null} when unknown
     * @param tokensBefore tokens of what would have been sent without the budget (the result as compressed)
     * @param tokensAfter  tokens of the stub sent instead
     */
    default void recordCleared(@Nullable String toolName, long tokensBefore, long tokensAfter) {}

    /**
     * A decorator's provider call returned (the caller's call or a hidden retrieval round), with its token usage and
     * the provider's cache figures. Does nothing unless overridden.
     */
    default void recordModelCall(ModelCall call) {}

    /**
     * A caller's request finished and the price table knew its model: its money ({@link CallCost}). Once per request
     * with a price, after its {@link #recordModelCall}s. Does nothing unless overridden.
     *
     * @param provider the provider, lower case, as in {@link ModelCall#provider()}
     * @param model    the model name, as in {@link ModelCall#model()}
     */
    default void recordCallCost(String provider, String model, CallCost cost) {}

    /** A counter that ignores everything. */
    static StatsCounter disabled() {
        return DisabledStatsCounter.INSTANCE;
    }

    /**
     * Forwards every event to each of the counters, in order, each behind its own guard: what one counter throws
     * is counted and logged once, and the others still get the event.
     */
    static StatsCounter composite(StatsCounter... counters) {
        return new CompositeStatsCounter(java.util.List.of(counters));
    }
}
