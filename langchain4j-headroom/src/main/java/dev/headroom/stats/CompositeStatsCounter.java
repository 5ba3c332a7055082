package dev.headroom.stats;

import dev.headroom.compress.ContentKind;
import java.util.List;

final class CompositeStatsCounter implements StatsCounter {

    private final List<StatsCounter> counters;

    CompositeStatsCounter(List<StatsCounter> counters) {
        this.counters = List.copyOf(counters);
    }

    @Override
    public void recordCompression(CompressionEvent event) {
        counters.forEach(c -> c.recordCompression(event));
    }

    @Override
    public void recordFailOpen(ContentKind kind, String toolName, Throwable cause) {
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
}
