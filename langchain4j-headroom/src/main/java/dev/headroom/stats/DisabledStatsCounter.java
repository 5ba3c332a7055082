package dev.headroom.stats;

import dev.headroom.compress.ContentKind;
import org.jspecify.annotations.Nullable;

enum DisabledStatsCounter implements StatsCounter {
    INSTANCE;

    @Override
    public void recordCompression(CompressionEvent event) {}

    @Override
    public void recordFailOpen(ContentKind kind, @Nullable String toolName, Throwable cause) {}

    @Override
    public void recordRetrieval(RetrievalOutcome outcome) {}

    @Override
    public void recordRetrievalRounds(int rounds) {}
}
