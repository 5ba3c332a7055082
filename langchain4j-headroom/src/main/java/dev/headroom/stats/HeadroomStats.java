package dev.headroom.stats;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An immutable snapshot of what Headroom did since start: token totals overall, per content kind and per
 * tool; retrievals by outcome; retrieval rounds; fail-open events, in all and by
 * {@linkplain PassthroughReason#failOpenTag() reason tag}; tool results the conversation budget sent as a stub.
 * Maps are sorted by key.
 *
 * <p>{@code cleared} counts, per request, each tool result sent as the budget's stub ({@code results}; all of them
 * {@code compressed}, none {@code capped}), with the tokens compression would have sent ({@code tokensBefore},
 * {@code tokensLossless}) and the stub's ({@code tokensAfter}). The same results are also in {@code total}, as
 * compression made them: the budget's saving comes on top of {@code total.saved()}.
 *
 * <p>{@code byModel} holds, per {@code provider/model} (e.g. {@code open_ai/gpt-4o-mini}), the provider calls the
 * decorators made: token usage with the provider's cache reads and writes, and money where the price table knew the
 * model ({@link ModelTotals}).
 *
 * <p>{@code shadow}: the engine runs in shadow mode ({@code Mode.SHADOW}): requests went to the model unchanged, so
 * every compression, budget and saving figure here (tokens after and saved, {@code cleared}, money saved) is what
 * Headroom <em>would have</em> done, not savings made; the provider usage and money spent are the real requests'.
 */
public record HeadroomStats(
        TokenTotals total,
        Map<String, TokenTotals> byKind,
        Map<String, TokenTotals> byTool,
        Map<RetrievalOutcome, Long> retrievals,
        long retrievalRounds,
        long failOpen,
        Map<String, Long> failOpenByReason,
        TokenTotals cleared,
        Map<String, ModelTotals> byModel,
        boolean shadow) {

    public HeadroomStats {
        byKind = Collections.unmodifiableMap(new TreeMap<>(byKind));
        byTool = Collections.unmodifiableMap(new TreeMap<>(byTool));
        retrievals = Collections.unmodifiableMap(new TreeMap<>(retrievals));
        failOpenByReason = Collections.unmodifiableMap(new TreeMap<>(failOpenByReason));
        Objects.requireNonNull(cleared, "cleared");
        byModel = Collections.unmodifiableMap(new TreeMap<>(byModel));
    }

    /** A snapshot of an engine in active mode (not shadow). */
    public HeadroomStats(TokenTotals total, Map<String, TokenTotals> byKind, Map<String, TokenTotals> byTool,
                         Map<RetrievalOutcome, Long> retrievals, long retrievalRounds, long failOpen,
                         Map<String, Long> failOpenByReason, TokenTotals cleared, Map<String, ModelTotals> byModel) {
        this(total, byKind, byTool, retrievals, retrievalRounds, failOpen, failOpenByReason, cleared, byModel, false);
    }

    /** A snapshot without per-model figures. */
    public HeadroomStats(TokenTotals total, Map<String, TokenTotals> byKind, Map<String, TokenTotals> byTool,
                         Map<RetrievalOutcome, Long> retrievals, long retrievalRounds, long failOpen,
                         Map<String, Long> failOpenByReason, TokenTotals cleared) {
        this(total, byKind, byTool, retrievals, retrievalRounds, failOpen, failOpenByReason, cleared, Map.of(), false);
    }

    public long retrievals(RetrievalOutcome outcome) {
        return retrievals.getOrDefault(outcome, 0L);
    }

    /**
     * Tokens Headroom kept out of the requests: compression's {@code total.saved()} plus the conversation budget's
     * {@code cleared.saved()}; in shadow mode, what it would have kept out.
     */
    public long tokensSaved() {
        return total.saved() + cleared.saved();
    }
}
