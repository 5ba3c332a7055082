package dev.headroom.langchain4j;

import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.PassthroughReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one caller request's {@link HeadroomReport}, added up as the request goes through compression, the
 * conversation budget and the retrieval rounds. Not thread-safe: one instance per caller request, whose steps run one
 * after another (a streaming request's rounds too); {@link #report()} hands out an immutable snapshot.
 */
final class ReportTally {

    private final boolean shadow;
    private int toolResults;
    private int compressed;
    private int lossy;
    private final Map<PassthroughReason, Integer> reasons = new EnumMap<>(PassthroughReason.class);
    private long tokensBefore;
    private long tokensAfter;
    private int resultsCleared;
    private long tokensCleared;
    private int retrievalRounds;
    private @Nullable TokenUsage retrievalTokenUsage;
    private @Nullable String modelName;
    private CacheUsage usage = CacheUsage.ZERO;
    private CacheUsage retrievalUsage = CacheUsage.ZERO;
    private @Nullable CallCost cost;

    /** @param shadow whether the request is sent unchanged ({@code Mode.SHADOW}): the figures are what would have been */
    ReportTally(boolean shadow) {
        this.shadow = shadow;
    }

    /**
     * One tool result that went through the engine.
     *
     * @param changed whether the text sent differs from the original
     */
    void toolResult(CompressionEvent event, boolean changed) {
        toolResults++;
        if (changed) {
            compressed++;
            if (event.lossy()) {
                lossy++;
            }
        }
        PassthroughReason.ofLabel(event.strategy()).ifPresent(reason -> reasons.merge(reason, 1, Integer::sum));
        tokensBefore += event.tokensBefore();
        tokensAfter += changed ? event.tokensAfter() : event.tokensBefore();
    }

    /** One tool result the conversation budget sent as a stub: its tokens as compression would have sent it, the stub's. */
    void cleared(long sentTokens, long stubTokens) {
        resultsCleared++;
        tokensCleared += Math.max(0, sentTokens - stubTokens);
    }

    /** A hidden retrieval round was sent. */
    void retrievalRoundSent() {
        retrievalRounds++;
    }

    /** The response of a hidden retrieval round arrived with this usage ({@code null} when the provider reported none). */
    void retrievalRoundUsage(@Nullable TokenUsage usage) {
        retrievalTokenUsage = TokenUsage.sum(retrievalTokenUsage, usage);
    }

    /** A provider call returned (the first or a hidden round), answered by {@code model} when the provider named it. */
    void call(CacheUsage callUsage, boolean retrievalRound, @Nullable String model) {
        usage = usage.plus(callUsage);
        if (retrievalRound) {
            retrievalUsage = retrievalUsage.plus(callUsage);
        }
        if (model != null) {
            modelName = model;
        }
    }

    @Nullable String modelName() {
        return modelName;
    }

    CacheUsage usage() {
        return usage;
    }

    CacheUsage retrievalUsage() {
        return retrievalUsage;
    }

    /** Tokens kept out of the request: compression's saving plus the conversation budget's. */
    long tokensRemoved() {
        return Math.max(0, tokensBefore - tokensAfter) + tokensCleared;
    }

    void cost(@Nullable CallCost cost) {
        this.cost = cost;
    }

    HeadroomReport report() {
        return HeadroomReport.builder()
                .shadow(shadow)
                .toolResults(toolResults)
                .compressed(compressed)
                .lossy(lossy)
                .passthroughReasons(reasons)
                .tokensBefore(tokensBefore)
                .tokensAfter(tokensAfter)
                .resultsCleared(resultsCleared)
                .tokensCleared(tokensCleared)
                .retrievalRounds(retrievalRounds)
                .retrievalTokenUsage(retrievalTokenUsage)
                .modelName(modelName)
                .usage(usage)
                .retrievalUsage(retrievalUsage)
                .cost(cost)
                .build();
    }
}
