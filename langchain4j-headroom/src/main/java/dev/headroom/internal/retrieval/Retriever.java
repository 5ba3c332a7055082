package dev.headroom.internal.retrieval;

import dev.headroom.ccr.CompressionStore;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.internal.Guard;
import dev.headroom.relevance.Bm25;
import dev.headroom.stats.RetrievalOutcome;
import dev.headroom.stats.StatsCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code headroom_retrieve} calls: the scope check (invariant 6), the store read, the query ranking,
 * and the wording the model reads ({@link Answers}). Every answer is counted
 * ({@link StatsCounter#recordRetrieval}); none is an exception.
 *
 * <p>Used by the decorators' retrieval loop through {@code Headroom#retriever()}. Thread-safe. Internal: not
 * part of the public API.
 */
public final class Retriever {

    /**
     * A query retrieval returns only units that match at least this share of what the best unit matches
     * of the query (IDF of the query terms they hold; see {@link Bm25#matches}): asked for
     * {@code 10.0.1.115}, the model gets the items holding that address, not also the 20 that share a "1"
     * or a "115".
     */
    static final double MIN_SHARE_OF_BEST = 0.5;

    private final CompressionStore store;
    private final Function<String, @Nullable Compressor> compressorFor;
    private final int maxRetrievedUnits;
    private final StatsCounter stats;
    private final Guard storeGuard = new Guard("the compression store failed on get; the model was told the content is unavailable");
    private final Guard unitsGuard = new Guard("a compressor failed to split or join retrieved units; lines were used instead");

    /**
     * @param store             where the originals are
     * @param compressorFor     the compressor of an original's kind (it splits the original into units), or
     *                          {@code null} for plain lines
     * @param maxRetrievedUnits how many units a query retrieval returns at most
     * @param stats             where answers are counted; must be fail-safe (guarded)
     */
    public Retriever(CompressionStore store, Function<String, @Nullable Compressor> compressorFor, int maxRetrievedUnits,
                     StatsCounter stats) {
        this.store = Objects.requireNonNull(store, "store");
        this.compressorFor = Objects.requireNonNull(compressorFor, "compressorFor");
        this.maxRetrievedUnits = maxRetrievedUnits;
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    /**
     * Answers a {@code headroom_retrieve} call from the store.
     *
     * @param handle the {@code hash} argument
     * @param query  the {@code query} argument, or {@code null}
     * @param scope  the handles that appear in the current request's conversation; any other handle is
     *               answered "not in this conversation" even when the store holds it (invariant 6)
     */
    public Retrieval retrieve(@Nullable String handle, @Nullable String query, Set<String> scope) {
        Objects.requireNonNull(scope, "scope");
        return counted(answer(handle, query, scope, null));
    }

    /**
     * Answers a {@code headroom_retrieve} call of a request that holds its own originals: the decorators
     * pin the originals of the request being served (the caller's messages hold them anyway), so a retrieval
     * in that request never depends on the store still having them. The store was still asked to keep each
     * one, which is what allowed the handle to be sent at all.
     *
     * @param handle the {@code hash} argument
     * @param query  the {@code query} argument, or {@code null}
     * @param pinned the originals of this request's lossy tool results by handle; its keys are the scope
     *               (invariant 6): any other handle is answered "not in this conversation"
     */
    public Retrieval retrievePinned(@Nullable String handle, @Nullable String query, Map<String, String> pinned) {
        Objects.requireNonNull(pinned, "pinned");
        return counted(answer(handle, query, pinned.keySet(), pinned));
    }

    /** The answer to a retrieval call made after the round limit: answer with what you have. Counted. */
    public Retrieval limitReached() {
        return counted(new Retrieval(RetrievalOutcome.LIMIT_REACHED, Answers.limitReached()));
    }

    /** The answer to a retrieval call whose arguments could not be parsed. Counted. */
    public Retrieval invalidArguments(String problem) {
        return counted(new Retrieval(RetrievalOutcome.INVALID_ARGUMENTS, Answers.invalidArguments(problem)));
    }

    /** Records how many hidden retrieval rounds one caller request took. */
    public void recordRounds(int rounds) {
        stats.recordRetrievalRounds(rounds);
    }

    private Retrieval counted(Retrieval answer) {
        stats.recordRetrieval(answer.outcome());
        return answer;
    }

    private Retrieval answer(@Nullable String handle, @Nullable String query, Set<String> scope,
                             @Nullable Map<String, String> pinned) {
        if (handle == null || !scope.contains(handle)) {
            return new Retrieval(RetrievalOutcome.NOT_FOUND, Answers.notFound());
        }
        String held = pinned == null ? null : pinned.get(handle);
        Optional<String> original;
        try {
            original = held != null ? Optional.of(held) : store.get(handle);
        } catch (Throwable e) {
            storeGuard.record(e);
            stats.recordFailOpen(ContentKind.UNKNOWN, null, e);
            return new Retrieval(RetrievalOutcome.STORE_ERROR, Answers.storeError());
        }
        if (original.isEmpty()) {
            return new Retrieval(RetrievalOutcome.EXPIRED, Answers.expired());
        }
        String content = original.get();
        if (query == null || query.isBlank()) {
            return new Retrieval(RetrievalOutcome.FOUND, content);
        }
        Compressor compressor = compressorFor.apply(content);
        List<String> units = compressor == null ? content.lines().toList()
                : unitsGuard.call(() -> compressor.units(content), e -> content.lines().toList());
        int[] best = Bm25.index(units).matches(query, maxRetrievedUnits, MIN_SHARE_OF_BEST, 0.0);
        if (best.length == 0) {
            return new Retrieval(RetrievalOutcome.QUERY_NO_MATCH, Answers.noMatch(units.size(), query));
        }
        List<String> chosen = new ArrayList<>(best.length);
        for (int i : best) {
            chosen.add(units.get(i));
        }
        String body = compressor == null ? String.join("\n", chosen)
                : unitsGuard.call(() -> compressor.join(chosen), e -> String.join("\n", chosen));
        return new Retrieval(RetrievalOutcome.QUERY_MATCHED, Answers.matched(best.length, units.size(), query) + "\n" + body);
    }
}
