package dev.headroom.langchain4j;

import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.stats.PassthroughReason;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What Headroom did for one top-level {@code chat(...)} call of {@link HeadroomChatModel} or
 * {@link HeadroomStreamingChatModel}: the tool results of the request (compressed or passed through, and why),
 * their tokens before and after, what the conversation budget cleared, and the hidden retrieval rounds with their
 * token usage. Immutable and thread-safe; two reports of the same figures are equal.
 *
 * <p>Where to find it: on the response, with {@link #of(ChatResponse)} on what the decorator returned (blocking) or
 * handed to {@code onCompleteResponse} (streaming); the report rides on the response object itself, so a response
 * rebuilt with {@code toBuilder().build()} no longer carries it. And in {@code ChatModelListener}s of the wrapped
 * model: the attributes of every provider call made for the request ({@code ChatModelRequestContext.attributes()},
 * also on the response and error contexts) hold {@value #LISTENER_ATTRIBUTE}, the report as of the start of that call
 * (compression and budget figures final, retrieval figures covering the rounds before it; {@link #fromAttributes}),
 * and those of a hidden retrieval round {@value #RETRIEVAL_ROUND_ATTRIBUTE} = its number ({@link #retrievalRound}).
 *
 * <p>Tokens are counted by the engine's {@code TokenCounter} on each tool result's text; {@link #tokensAfter()} is
 * what compression sent, before the conversation budget's stubs ({@link #tokensCleared()} is what they saved on top).
 * Token usage is the provider's, summed over the rounds ({@code TokenUsage.sum}; the response's own covers every
 * round, the first included); {@link #usage()} and {@link #retrievalUsage()} split its input into uncached, cache
 * reads and cache writes ({@link CacheUsage}, read from {@code OpenAiTokenUsage} / {@code AnthropicTokenUsage}), which
 * {@link #cost()} prices with the engine's {@code PriceTable}: spent, spent on retrieval rounds, saved and net.
 *
 * <p><b>Shadow mode</b> ({@link #shadow()}, {@code Mode.SHADOW}): the request went to the model unchanged, so the
 * compression and budget figures, {@link #tokensSaved()}, {@link #tokensCleared()} and {@code cost().saved()} are what
 * Headroom <em>would have</em> sent and saved, not savings made; there are no retrieval rounds (the model never saw a
 * handle), so {@code cost().net()} leaves out the retrieval rounds the model might have needed. {@link #usage()} and
 * {@code cost().spent()} are the real request's. {@link #summary()} and {@link #toString()} say which it was.
 */
public final class HeadroomReport {

    /** The listener attribute holding the report as of the start of a provider call. */
    public static final String LISTENER_ATTRIBUTE = "headroom.report";

    /** The listener attribute marking a hidden retrieval round with its number (an {@link Integer}, from 1). */
    public static final String RETRIEVAL_ROUND_ATTRIBUTE = "headroom.retrieval.round";

    private static final HeadroomReport EMPTY = builder().build();

    private final ReportFigures f;

    HeadroomReport(ReportFigures figures) {
        this.f = figures;
    }

    public static Builder builder() {
        return new Builder(new ReportDraft());
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

    /**
     * Whether the call ran in shadow mode ({@code Mode.SHADOW}): the model received the caller's request unchanged, and
     * the compression, budget and saving figures are what Headroom would have done.
     */
    public boolean shadow() {
        return f.shadow;
    }

    /** Tool results of the request that Headroom inspected (those with exactly one text content). */
    public int toolResults() {
        return f.toolResults;
    }

    /** Tool results sent changed (losslessly re-encoded or with omissions); in shadow mode, that would have been. */
    public int compressed() {
        return f.compressed;
    }

    /** Tool results sent with omissions (their originals retrievable). A subset of {@link #compressed()}. */
    public int lossy() {
        return f.lossy;
    }

    /** Tool results sent as they were. */
    public int passedThrough() {
        return f.toolResults - f.compressed;
    }

    /**
     * How many tool results went out without omissions for each of the engine's reasons ({@code BELOW_THRESHOLD},
     * {@code NOT_KEPT}, ...), in enum order; reasons that did not occur are absent. A compressor's own result
     * ({@code "unchanged"}, {@code "json:minify"}) has no reason.
     */
    public Map<PassthroughReason, Integer> passthroughReasons() {
        return f.passthroughReasons;
    }

    /** Tokens of the inspected tool results as the caller's messages hold them. */
    public long tokensBefore() {
        return f.tokensBefore;
    }

    /** Tokens of the same tool results as compression sent them (before the conversation budget's stubs). */
    public long tokensAfter() {
        return f.tokensAfter;
    }

    /** {@code tokensBefore - tokensAfter}, never negative; in shadow mode, what compression would have saved. */
    public long tokensSaved() {
        return Math.max(0, f.tokensBefore - f.tokensAfter);
    }

    /** Tool results the conversation budget sent as a one-line stub. */
    public int resultsCleared() {
        return f.resultsCleared;
    }

    /** Tokens the conversation budget's stubs saved (the cleared results' tokens as they would have been sent, minus the stubs'). */
    public long tokensCleared() {
        return f.tokensCleared;
    }

    /** Hidden retrieval rounds: provider calls made after the first one to answer {@code headroom_retrieve}. */
    public int retrievalRounds() {
        return f.retrievalRounds;
    }

    /** The provider's token usage of the hidden retrieval rounds, summed; {@code null} when there were none or the provider reported none. */
    public @Nullable TokenUsage retrievalTokenUsage() {
        return f.retrievalTokenUsage;
    }

    /** The model that answered, as the provider named it (else the request's model name); {@code null} when neither. */
    public @Nullable String modelName() {
        return f.modelName;
    }

    /** Token usage of every provider call of the request, with the provider's cache reads and writes. */
    public CacheUsage usage() {
        return f.usage;
    }

    /** Token usage of the hidden retrieval rounds (a part of {@link #usage()}); {@link CacheUsage#ZERO} when none. */
    public CacheUsage retrievalUsage() {
        return f.retrievalUsage;
    }

    /** The request's money at the engine's price table; empty when the table has no price for {@link #modelName()}. */
    public Optional<CallCost> cost() {
        return Optional.ofNullable(f.cost);
    }

    /**
     * One line for a log or a console, saying what Headroom did, or in shadow mode what it would have done, for
     * example:
     * <pre>
     * headroom: 2 of 3 tool results compressed (1 lossy), 20,114 -&gt; 1,203 tokens; saved 18,911 tokens / $0.001636920 (prices of 2025-10-15); 1 retrieval round, $0.000379200; net $0.001257720
     * headroom shadow mode, request sent unchanged: would have compressed 2 of 3 tool results (1 lossy), 20,114 -&gt; 1,203 tokens; would have saved 18,911 tokens / $0.002045100 (prices of 2025-10-15), before any retrieval rounds
     * </pre>
     * Deterministic (same figures, same text; numbers in {@code Locale.ROOT}).
     */
    public String summary() {
        return f.summary();
    }

    public Builder toBuilder() {
        return new Builder(f.draft());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeadroomReport r && f.equals(r.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "HeadroomReport{" + f + "}";
    }

    /** Builds a report; every figure defaults to zero, the mode to not shadow. Not thread-safe. */
    public static final class Builder {
        private final ReportDraft d;

        private Builder(ReportDraft draft) {
            this.d = draft;
        }

        /** Whether the call ran in shadow mode (see {@link HeadroomReport#shadow()}). */
        public Builder shadow(boolean shadow) {
            d.shadow = shadow;
            return this;
        }

        public Builder toolResults(int toolResults) {
            d.toolResults = toolResults;
            return this;
        }

        public Builder compressed(int compressed) {
            d.compressed = compressed;
            return this;
        }

        public Builder lossy(int lossy) {
            d.lossy = lossy;
            return this;
        }

        public Builder passthroughReasons(Map<PassthroughReason, Integer> passthroughReasons) {
            d.passthroughReasons.clear();
            d.passthroughReasons.putAll(passthroughReasons);
            return this;
        }

        public Builder tokensBefore(long tokensBefore) {
            d.tokensBefore = tokensBefore;
            return this;
        }

        public Builder tokensAfter(long tokensAfter) {
            d.tokensAfter = tokensAfter;
            return this;
        }

        public Builder resultsCleared(int resultsCleared) {
            d.resultsCleared = resultsCleared;
            return this;
        }

        public Builder tokensCleared(long tokensCleared) {
            d.tokensCleared = tokensCleared;
            return this;
        }

        public Builder retrievalRounds(int retrievalRounds) {
            d.retrievalRounds = retrievalRounds;
            return this;
        }

        public Builder retrievalTokenUsage(@Nullable TokenUsage retrievalTokenUsage) {
            d.retrievalTokenUsage = retrievalTokenUsage;
            return this;
        }

        public Builder modelName(@Nullable String modelName) {
            d.modelName = modelName;
            return this;
        }

        public Builder usage(CacheUsage usage) {
            d.usage = usage;
            return this;
        }

        public Builder retrievalUsage(CacheUsage retrievalUsage) {
            d.retrievalUsage = retrievalUsage;
            return this;
        }

        public Builder cost(@Nullable CallCost cost) {
            d.cost = cost;
            return this;
        }

        /** @throws IllegalArgumentException when a figure is negative, or {@code compressed > toolResults}, or {@code lossy > compressed} */
        public HeadroomReport build() {
            return new HeadroomReport(new ReportFigures(d));
        }
    }
}
