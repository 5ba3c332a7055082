package dev.headroom.stats;

import dev.headroom.compress.ContentKind;
import dev.headroom.cost.CallCost;
import dev.headroom.internal.Guard;
import org.jspecify.annotations.Nullable;

/**
 * A {@link StatsCounter} whose every call is fail-safe: what the delegate throws is counted, logged once and
 * ignored, never failing a request (a statistics receiver is user-supplied code on the request path).
 * Thread-safe when the delegate is.
 */
final class GuardedStatsCounter implements StatsCounter {

    private final StatsCounter delegate;
    private final Guard guard;

    GuardedStatsCounter(StatsCounter delegate) {
        this.delegate = delegate;
        this.guard = new Guard("a StatsCounter (" + delegate.getClass().getName() + ") threw; statistics may be incomplete");
    }

    @Override
    public void recordCompression(CompressionEvent event) {
        guard.run(() -> delegate.recordCompression(event));
    }

    @Override
    public void recordFailOpen(ContentKind kind, @Nullable String toolName, Throwable cause) {
        guard.run(() -> delegate.recordFailOpen(kind, toolName, cause));
    }

    @Override
    public void recordRetrieval(RetrievalOutcome outcome) {
        guard.run(() -> delegate.recordRetrieval(outcome));
    }

    @Override
    public void recordRetrievalRounds(int rounds) {
        guard.run(() -> delegate.recordRetrievalRounds(rounds));
    }

    @Override
    public void recordCleared(@Nullable String toolName, long tokensBefore, long tokensAfter) {
        guard.run(() -> delegate.recordCleared(toolName, tokensBefore, tokensAfter));
    }

    @Override
    public void recordModelCall(ModelCall call) {
        guard.run(() -> delegate.recordModelCall(call));
    }

    @Override
    public void recordCallCost(String provider, String model, CallCost cost) {
        guard.run(() -> delegate.recordCallCost(provider, model, cost));
    }

    /** How many calls of the delegate threw. */
    long failures() {
        return guard.failures();
    }

    @Override
    public String toString() {
        return "Guarded{" + delegate + "}";
    }
}
