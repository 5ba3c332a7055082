package dev.headroom.langchain4j;

import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.PassthroughReason;
import dev.langchain4j.model.output.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one caller request's {@link HeadroomReport}, added up as the request goes through compression, the
 * conversation budget and the retrieval rounds. Not thread-safe: one instance per caller request, whose steps run one
 * after another (a streaming request's rounds too); {@link #report()} hands out an immutable snapshot.
 */
final class ReportTally {

    private final ReportDraft d = new ReportDraft();

    /** @param shadow whether the request is sent unchanged ({@code Mode.SHADOW}): the figures are what would have been */
    ReportTally(boolean shadow) {
        d.shadow = shadow;
    }

    /**
     * One tool result that went through the engine.
     *
     * @param changed whether the text sent differs from the original
     */
    void toolResult(CompressionEvent event, boolean changed) {
        d.toolResults++;
        if (changed) {
            d.compressed++;
            if (event.lossy()) {
                d.lossy++;
            }
        }
        PassthroughReason.ofLabel(event.strategy()).ifPresent(reason -> d.passthroughReasons.merge(reason, 1, Integer::sum));
        d.tokensBefore += event.tokensBefore();
        d.tokensAfter += changed ? event.tokensAfter() : event.tokensBefore();
    }

    /** One tool result the conversation budget sent as a stub: its tokens as compression would have sent it, the stub's. */
    void cleared(long sentTokens, long stubTokens) {
        d.resultsCleared++;
        d.tokensCleared += Math.max(0, sentTokens - stubTokens);
    }

    /** A hidden retrieval round was sent. */
    void retrievalRoundSent() {
        d.retrievalRounds++;
    }

    /** The response of a hidden retrieval round arrived with this usage ({@code null} when the provider reported none). */
    void retrievalRoundUsage(@Nullable TokenUsage usage) {
        d.retrievalTokenUsage = TokenUsage.sum(d.retrievalTokenUsage, usage);
    }

    /** A provider call returned (the first or a hidden round), answered by {@code model} when the provider named it. */
    void call(CacheUsage callUsage, boolean retrievalRound, @Nullable String model) {
        d.usage = d.usage.plus(callUsage);
        if (retrievalRound) {
            d.retrievalUsage = d.retrievalUsage.plus(callUsage);
        }
        if (model != null) {
            d.modelName = model;
        }
    }

    @Nullable String modelName() {
        return d.modelName;
    }

    CacheUsage usage() {
        return d.usage;
    }

    CacheUsage retrievalUsage() {
        return d.retrievalUsage;
    }

    /** Tokens kept out of the request: compression's saving plus the conversation budget's. */
    long tokensRemoved() {
        return Math.max(0, d.tokensBefore - d.tokensAfter) + d.tokensCleared;
    }

    void cost(@Nullable CallCost cost) {
        d.cost = cost;
    }

    HeadroomReport report() {
        return new HeadroomReport(new ReportFigures(d));
    }
}
