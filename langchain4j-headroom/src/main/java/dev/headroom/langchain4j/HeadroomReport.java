package dev.headroom.langchain4j;

import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.stats.PassthroughReason;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What Headroom did for one top-level {@code chat(...)} call of {@link HeadroomChatModel} or
 * {@link HeadroomStreamingChatModel}: the tool results of the request (compressed or passed through, and why),
 * their tokens before and after, what the conversation budget cleared, and the hidden retrieval rounds with their
 * token usage. Immutable and thread-safe; two reports of the same figures are equal.
 *
 * <p>Where to find it:
 * <ul>
 *   <li>On the response: {@link #of(ChatResponse)} on what the decorator returned (blocking) or handed to
 *       {@code onCompleteResponse} (streaming). The report rides on the response object itself, so a response
 *       rebuilt with {@code toBuilder().build()} no longer carries it.</li>
 *   <li>In {@code ChatModelListener}s of the wrapped model: the attributes of every provider call made for the
 *       request ({@code ChatModelRequestContext.attributes()}, also on the response and error contexts) hold
 *       {@value #LISTENER_ATTRIBUTE}: the report as of the start of that call (the compression and budget figures
 *       are final; the retrieval figures cover the rounds before it), read with {@link #fromAttributes(Map)}; a
 *       hidden retrieval round also holds {@value #RETRIEVAL_ROUND_ATTRIBUTE} = its number (1, 2, ...), read with
 *       {@link #retrievalRound(Map)}. The first, user-visible call has no round number.</li>
 * </ul>
 *
 * <p>Tokens are counted by the engine's {@code TokenCounter} on each tool result's text; {@link #tokensAfter()} is
 * what compression sent, before the conversation budget replaced some results by stubs
 * ({@link #tokensCleared()} is what the stubs saved on top). Retrieval token usage is the provider's, summed over
 * the hidden rounds ({@code TokenUsage.sum}); the response's own token usage covers every round, the first included.
 *
 * <p>Cache and money: {@link #usage()} and {@link #retrievalUsage()} split the provider's input tokens into uncached,
 * cache reads and cache writes ({@link CacheUsage}, read from {@code OpenAiTokenUsage} / {@code AnthropicTokenUsage});
 * {@link #cost()} prices them with the engine's {@code PriceTable} when it knows {@link #modelName()}: spent, spent on
 * retrieval rounds, saved and net ({@link CallCost}).
 */
public final class HeadroomReport {

    /** The listener attribute holding the report as of the start of a provider call. */
    public static final String LISTENER_ATTRIBUTE = "headroom.report";

    /** The listener attribute marking a hidden retrieval round with its number (an {@link Integer}, from 1). */
    public static final String RETRIEVAL_ROUND_ATTRIBUTE = "headroom.retrieval.round";

    private static final HeadroomReport EMPTY = builder().build();

    private final int toolResults;
    private final int compressed;
    private final int lossy;
    private final Map<PassthroughReason, Integer> passthroughReasons;
    private final long tokensBefore;
    private final long tokensAfter;
    private final int resultsCleared;
    private final long tokensCleared;
    private final int retrievalRounds;
    private final @Nullable TokenUsage retrievalTokenUsage;
    private final @Nullable String modelName;
    private final CacheUsage usage;
    private final CacheUsage retrievalUsage;
    private final @Nullable CallCost cost;

    private HeadroomReport(Builder builder) {
        this.toolResults = nonNegative(builder.toolResults, "toolResults");
        this.compressed = nonNegative(builder.compressed, "compressed");
        this.lossy = nonNegative(builder.lossy, "lossy");
        if (compressed > toolResults || lossy > compressed) {
            throw new IllegalArgumentException("compressed must be <= toolResults and lossy <= compressed");
        }
        EnumMap<PassthroughReason, Integer> reasons = new EnumMap<>(PassthroughReason.class);
        builder.passthroughReasons.forEach((reason, count) -> {
            if (nonNegative(count, "passthroughReasons") > 0) {
                reasons.put(reason, count);
            }
        });
        this.passthroughReasons = Collections.unmodifiableMap(reasons);
        this.tokensBefore = nonNegative(builder.tokensBefore, "tokensBefore");
        this.tokensAfter = nonNegative(builder.tokensAfter, "tokensAfter");
        this.resultsCleared = nonNegative(builder.resultsCleared, "resultsCleared");
        this.tokensCleared = nonNegative(builder.tokensCleared, "tokensCleared");
        this.retrievalRounds = nonNegative(builder.retrievalRounds, "retrievalRounds");
        this.retrievalTokenUsage = builder.retrievalTokenUsage;
        this.modelName = builder.modelName;
        this.usage = Objects.requireNonNull(builder.usage, "usage");
        this.retrievalUsage = Objects.requireNonNull(builder.retrievalUsage, "retrievalUsage");
        this.cost = builder.cost;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A report of nothing: no tool results, no rounds. */
    public static HeadroomReport empty() {
        return EMPTY;
    }

    /**
     * The report of the call that produced {@code response}, when a Headroom decorator returned it (and it was not
     * rebuilt since); empty for any other response.
     */
    public static Optional<HeadroomReport> of(@Nullable ChatResponse response) {
        return response instanceof ReportedChatResponse reported ? Optional.of(reported.report()) : Optional.empty();
    }

    /** The report in a listener context's {@code attributes()}, when a Headroom decorator made the call. */
    public static Optional<HeadroomReport> fromAttributes(@Nullable Map<?, ?> attributes) {
        Object value = attributes == null ? null : attributes.get(LISTENER_ATTRIBUTE);
        return value instanceof HeadroomReport report ? Optional.of(report) : Optional.empty();
    }

    /** The hidden retrieval round a listener context's {@code attributes()} belong to; empty for a user-visible call. */
    public static OptionalInt retrievalRound(@Nullable Map<?, ?> attributes) {
        Object value = attributes == null ? null : attributes.get(RETRIEVAL_ROUND_ATTRIBUTE);
        return value instanceof Integer round ? OptionalInt.of(round) : OptionalInt.empty();
    }

    /** Tool results of the request that Headroom inspected (those with exactly one text content). */
    public int toolResults() {
        return toolResults;
    }

    /** Tool results sent changed (losslessly re-encoded or with omissions). */
    public int compressed() {
        return compressed;
    }

    /** Tool results sent with omissions (their originals retrievable). A subset of {@link #compressed()}. */
    public int lossy() {
        return lossy;
    }

    /** Tool results sent as they were. */
    public int passedThrough() {
        return toolResults - compressed;
    }

    /**
     * How many tool results went out without omissions for each of the engine's reasons ({@code BELOW_THRESHOLD},
     * {@code NOT_KEPT}, ...), in enum order; reasons that did not occur are absent. A compressor's own result
     * ({@code "unchanged"}, {@code "json:minify"}) has no reason.
     */
    public Map<PassthroughReason, Integer> passthroughReasons() {
        return passthroughReasons;
    }

    /** Tokens of the inspected tool results as the caller's messages hold them. */
    public long tokensBefore() {
        return tokensBefore;
    }

    /** Tokens of the same tool results as compression sent them (before the conversation budget's stubs). */
    public long tokensAfter() {
        return tokensAfter;
    }

    /** {@code tokensBefore - tokensAfter}, never negative. */
    public long tokensSaved() {
        return Math.max(0, tokensBefore - tokensAfter);
    }

    /** Tool results the conversation budget sent as a one-line stub. */
    public int resultsCleared() {
        return resultsCleared;
    }

    /** Tokens the conversation budget's stubs saved (the cleared results' tokens as they would have been sent, minus the stubs'). */
    public long tokensCleared() {
        return tokensCleared;
    }

    /** Hidden retrieval rounds: provider calls made after the first one to answer {@code headroom_retrieve}. */
    public int retrievalRounds() {
        return retrievalRounds;
    }

    /** The provider's token usage of the hidden retrieval rounds, summed; {@code null} when there were none or the provider reported none. */
    public @Nullable TokenUsage retrievalTokenUsage() {
        return retrievalTokenUsage;
    }

    /** The model that answered, as the provider named it (else the request's model name); {@code null} when neither. */
    public @Nullable String modelName() {
        return modelName;
    }

    /** Token usage of every provider call of the request, with the provider's cache reads and writes. */
    public CacheUsage usage() {
        return usage;
    }

    /** Token usage of the hidden retrieval rounds (a part of {@link #usage()}); {@link CacheUsage#ZERO} when none. */
    public CacheUsage retrievalUsage() {
        return retrievalUsage;
    }

    /** The request's money at the engine's price table; empty when the table has no price for {@link #modelName()}. */
    public Optional<CallCost> cost() {
        return Optional.ofNullable(cost);
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.toolResults = toolResults;
        builder.compressed = compressed;
        builder.lossy = lossy;
        builder.passthroughReasons.putAll(passthroughReasons);
        builder.tokensBefore = tokensBefore;
        builder.tokensAfter = tokensAfter;
        builder.resultsCleared = resultsCleared;
        builder.tokensCleared = tokensCleared;
        builder.retrievalRounds = retrievalRounds;
        builder.retrievalTokenUsage = retrievalTokenUsage;
        builder.modelName = modelName;
        builder.usage = usage;
        builder.retrievalUsage = retrievalUsage;
        builder.cost = cost;
        return builder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeadroomReport r && toolResults == r.toolResults && compressed == r.compressed
                && lossy == r.lossy && passthroughReasons.equals(r.passthroughReasons) && tokensBefore == r.tokensBefore
                && tokensAfter == r.tokensAfter && resultsCleared == r.resultsCleared && tokensCleared == r.tokensCleared
                && retrievalRounds == r.retrievalRounds && Objects.equals(retrievalTokenUsage, r.retrievalTokenUsage)
                && Objects.equals(modelName, r.modelName) && usage.equals(r.usage) && retrievalUsage.equals(r.retrievalUsage)
                && Objects.equals(cost, r.cost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(toolResults, compressed, lossy, passthroughReasons, tokensBefore, tokensAfter, resultsCleared,
                tokensCleared, retrievalRounds, retrievalTokenUsage, modelName, usage, retrievalUsage, cost);
    }

    @Override
    public String toString() {
        return "HeadroomReport{toolResults=" + toolResults + ", compressed=" + compressed + ", lossy=" + lossy
                + ", passedThrough=" + passedThrough() + ", passthroughReasons=" + passthroughReasons
                + ", tokensBefore=" + tokensBefore + ", tokensAfter=" + tokensAfter
                + ", resultsCleared=" + resultsCleared + ", tokensCleared=" + tokensCleared
                + ", retrievalRounds=" + retrievalRounds + ", retrievalTokenUsage=" + retrievalTokenUsage
                + ", modelName=" + modelName + ", usage=" + usage + ", retrievalUsage=" + retrievalUsage + ", cost=" + cost + "}";
    }

    private static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }

    private static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }

    /** Builds a report; every figure defaults to zero. Not thread-safe. */
    public static final class Builder {
        private int toolResults;
        private int compressed;
        private int lossy;
        private final Map<PassthroughReason, Integer> passthroughReasons = new EnumMap<>(PassthroughReason.class);
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

        private Builder() {}

        public Builder toolResults(int toolResults) {
            this.toolResults = toolResults;
            return this;
        }

        public Builder compressed(int compressed) {
            this.compressed = compressed;
            return this;
        }

        public Builder lossy(int lossy) {
            this.lossy = lossy;
            return this;
        }

        public Builder passthroughReasons(Map<PassthroughReason, Integer> passthroughReasons) {
            this.passthroughReasons.clear();
            this.passthroughReasons.putAll(passthroughReasons);
            return this;
        }

        public Builder tokensBefore(long tokensBefore) {
            this.tokensBefore = tokensBefore;
            return this;
        }

        public Builder tokensAfter(long tokensAfter) {
            this.tokensAfter = tokensAfter;
            return this;
        }

        public Builder resultsCleared(int resultsCleared) {
            this.resultsCleared = resultsCleared;
            return this;
        }

        public Builder tokensCleared(long tokensCleared) {
            this.tokensCleared = tokensCleared;
            return this;
        }

        public Builder retrievalRounds(int retrievalRounds) {
            this.retrievalRounds = retrievalRounds;
            return this;
        }

        public Builder retrievalTokenUsage(@Nullable TokenUsage retrievalTokenUsage) {
            this.retrievalTokenUsage = retrievalTokenUsage;
            return this;
        }

        public Builder modelName(@Nullable String modelName) {
            this.modelName = modelName;
            return this;
        }

        public Builder usage(CacheUsage usage) {
            this.usage = usage;
            return this;
        }

        public Builder retrievalUsage(CacheUsage retrievalUsage) {
            this.retrievalUsage = retrievalUsage;
            return this;
        }

        public Builder cost(@Nullable CallCost cost) {
            this.cost = cost;
            return this;
        }

        public HeadroomReport build() {
            return new HeadroomReport(this);
        }
    }
}
