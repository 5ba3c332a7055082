package dev.headroom.stats;

import dev.headroom.compress.ContentKind;
import dev.headroom.cost.CallCost;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Forwards every event to each of its counters, in order, each behind its own guard: one counter that throws
 * (a failing meter) is counted and logged once and does not keep the event from the others.
 */
final class CompositeStatsCounter implements StatsCounter {

    private final List<GuardedStatsCounter> counters;

    CompositeStatsCounter(List<StatsCounter> counters) {
        this.counters = counters.stream().map(CompositeStatsCounter::guarded).toList();
    }

    private static GuardedStatsCounter guarded(StatsCounter counter) {
        return counter instanceof GuardedStatsCounter guarded ? guarded : new GuardedStatsCounter(counter);
    }

    @Override
    public void recordCompression(CompressionEvent event) {
        counters.forEach(c -> c.recordCompression(event));
    }

    @Override
    public void recordFailOpen(ContentKind kind, @Nullable String toolName, Throwable cause) {
        counters.forEach(c -> c.recordFailOpen(kind, toolName, cause));
    }

    @Override
    public void recordRetrieval(RetrievalOutcome outcome) {
        counters.forEach(c -> c.recordRetrieval(outcome));
    }

    @Override
    public void recordRetrievalRounds(int rounds) {
        counters.forEach(c -> c.recordRetrievalRounds(rounds));
    }

    @Override
    public void recordCleared(@Nullable String toolName, long tokensBefore, long tokensAfter) {
        counters.forEach(c -> c.recordCleared(toolName, tokensBefore, tokensAfter));
    }

    @Override
    public void recordModelCall(ModelCall call) {
        counters.forEach(c -> c.recordModelCall(call));
    }

    @Override
    public void recordCallCost(String provider, String model, CallCost cost) {
        counters.forEach(c -> c.recordCallCost(provider, model, cost));
    }

    /** How many calls of each counter threw, in order. */
    List<Long> failures() {
        return counters.stream().map(GuardedStatsCounter::failures).toList();
    }
}
