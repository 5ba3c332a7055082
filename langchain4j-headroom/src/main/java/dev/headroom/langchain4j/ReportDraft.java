package dev.headroom.langchain4j;

import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.stats.PassthroughReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a {@link HeadroomReport} while they are set one by one ({@link HeadroomReport.Builder}) or added up
 * over a request ({@link ReportTally}): one set of mutable fields for both, with the report's defaults (zero, not
 * shadow, no usage), which {@link ReportFigures} validates and copies. Not thread-safe.
 */
final class ReportDraft {
    boolean shadow;
    int toolResults;
    int compressed;
    int lossy;
    final Map<PassthroughReason, Integer> passthroughReasons = new EnumMap<>(PassthroughReason.class);
    long tokensBefore;
    long tokensAfter;
    int resultsCleared;
    long tokensCleared;
    int retrievalRounds;
    @Nullable TokenUsage retrievalTokenUsage;
    @Nullable String modelName;
    CacheUsage usage = CacheUsage.ZERO;
    CacheUsage retrievalUsage = CacheUsage.ZERO;
    @Nullable CallCost cost;
}
