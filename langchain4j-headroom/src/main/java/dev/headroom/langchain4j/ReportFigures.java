package dev.headroom.langchain4j;

import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.stats.PassthroughReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a {@link HeadroomReport}, validated once: their storage, equality and text ({@code toString} and the
 * one-line {@link #summary()}). The report is the public face; this class keeps it short. Immutable.
 */
final class ReportFigures {

    final boolean shadow;
    final int toolResults;
    final int compressed;
    final int lossy;
    final Map<PassthroughReason, Integer> passthroughReasons;
    final long tokensBefore;
    final long tokensAfter;
    final int resultsCleared;
    final long tokensCleared;
    final int retrievalRounds;
    final @Nullable TokenUsage retrievalTokenUsage;
    final @Nullable String modelName;
    final CacheUsage usage;
    final CacheUsage retrievalUsage;
    final @Nullable CallCost cost;

    ReportFigures(ReportDraft b) {
        this.shadow = b.shadow;
        this.toolResults = nonNegative(b.toolResults, "toolResults");
        this.compressed = nonNegative(b.compressed, "compressed");
        this.lossy = nonNegative(b.lossy, "lossy");
        if (compressed > toolResults || lossy > compressed) {
            throw new IllegalArgumentException("compressed must be <= toolResults and lossy <= compressed");
        }
        EnumMap<PassthroughReason, Integer> reasons = new EnumMap<>(PassthroughReason.class);
        b.passthroughReasons.forEach((reason, count) -> {
            if (nonNegative(count, "passthroughReasons") > 0) {
                reasons.put(reason, count);
            }
        });
        this.passthroughReasons = Collections.unmodifiableMap(reasons);
        this.tokensBefore = nonNegative(b.tokensBefore, "tokensBefore");
        this.tokensAfter = nonNegative(b.tokensAfter, "tokensAfter");
        this.resultsCleared = nonNegative(b.resultsCleared, "resultsCleared");
        this.tokensCleared = nonNegative(b.tokensCleared, "tokensCleared");
        this.retrievalRounds = nonNegative(b.retrievalRounds, "retrievalRounds");
        this.retrievalTokenUsage = b.retrievalTokenUsage;
        this.modelName = b.modelName;
        this.usage = Objects.requireNonNull(b.usage, "usage");
        this.retrievalUsage = Objects.requireNonNull(b.retrievalUsage, "retrievalUsage");
        this.cost = b.cost;
    }

    /** A fresh draft holding these figures (for {@link HeadroomReport#toBuilder()}). */
    ReportDraft draft() {
        ReportDraft d = new ReportDraft();
        d.shadow = shadow;
        d.toolResults = toolResults;
        d.compressed = compressed;
        d.lossy = lossy;
        d.passthroughReasons.putAll(passthroughReasons);
        d.tokensBefore = tokensBefore;
        d.tokensAfter = tokensAfter;
        d.resultsCleared = resultsCleared;
        d.tokensCleared = tokensCleared;
        d.retrievalRounds = retrievalRounds;
        d.retrievalTokenUsage = retrievalTokenUsage;
        d.modelName = modelName;
        d.usage = usage;
        d.retrievalUsage = retrievalUsage;
        d.cost = cost;
        return d;
    }

    /** See {@link HeadroomReport#summary()}. */
    String summary() {
        long saved = Math.max(0, tokensBefore - tokensAfter) + tokensCleared;
        StringBuilder sb = new StringBuilder();
        if (shadow) {
            sb.append("headroom shadow mode, request sent unchanged: would have compressed ")
                    .append(compressed).append(" of ").append(toolResults).append(" tool results");
        } else {
            sb.append("headroom: ").append(compressed).append(" of ").append(toolResults).append(" tool results compressed");
        }
        sb.append(" (").append(lossy).append(" lossy), ").append(grouped(tokensBefore)).append(" -> ")
                .append(grouped(tokensAfter)).append(" tokens");
        if (resultsCleared > 0) {
            sb.append(shadow ? "; the budget would have cleared " : "; the budget cleared ").append(resultsCleared)
                    .append(resultsCleared == 1 ? " result, " : " results, ").append(grouped(tokensCleared)).append(" tokens");
        }
        sb.append(shadow ? "; would have saved " : "; saved ").append(grouped(saved)).append(" tokens");
        if (cost != null) {
            sb.append(" / $").append(cost.saved().toPlainString()).append(" (prices of ").append(cost.pricesAsOf()).append(')');
        }
        if (shadow) {
            return sb.append(", before any retrieval rounds").toString();
        }
        if (retrievalRounds > 0) {
            sb.append("; ").append(retrievalRounds).append(retrievalRounds == 1 ? " retrieval round" : " retrieval rounds");
            if (cost != null) {
                sb.append(", $").append(cost.retrievalSpent().toPlainString());
            }
        }
        if (cost != null) {
            sb.append("; net $").append(cost.net().toPlainString());
        }
        return sb.toString();
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportFigures r && shadow == r.shadow && toolResults == r.toolResults
                && compressed == r.compressed && lossy == r.lossy && passthroughReasons.equals(r.passthroughReasons)
                && tokensBefore == r.tokensBefore && tokensAfter == r.tokensAfter && resultsCleared == r.resultsCleared
                && tokensCleared == r.tokensCleared && retrievalRounds == r.retrievalRounds
                && Objects.equals(retrievalTokenUsage, r.retrievalTokenUsage) && Objects.equals(modelName, r.modelName)
                && usage.equals(r.usage) && retrievalUsage.equals(r.retrievalUsage) && Objects.equals(cost, r.cost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shadow, toolResults, compressed, lossy, passthroughReasons, tokensBefore, tokensAfter,
                resultsCleared, tokensCleared, retrievalRounds, retrievalTokenUsage, modelName, usage, retrievalUsage, cost);
    }

    /** The figures as {@code name=value} pairs; a shadow report starts with {@code mode=shadow (would have)}. */
    @Override
    public String toString() {
        return (shadow ? "mode=shadow (would have), " : "") + "toolResults=" + toolResults + ", compressed=" + compressed
                + ", lossy=" + lossy + ", passedThrough=" + (toolResults - compressed) + ", passthroughReasons="
                + passthroughReasons + ", tokensBefore=" + tokensBefore + ", tokensAfter=" + tokensAfter
                + ", resultsCleared=" + resultsCleared + ", tokensCleared=" + tokensCleared
                + ", retrievalRounds=" + retrievalRounds + ", retrievalTokenUsage=" + retrievalTokenUsage
                + ", modelName=" + modelName + ", usage=" + usage + ", retrievalUsage=" + retrievalUsage + ", cost=" + cost;
    }

    private static int nonNegative(int value, String name) {
        return (int) nonNegative((long) value, name);
    }

    private static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }
}
