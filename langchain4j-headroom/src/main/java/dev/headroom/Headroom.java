package dev.headroom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.OriginalNotKeptException;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentDetector;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.WorkBudgetExceededException;
import dev.headroom.compress.kinds.BuiltInKinds;
import dev.headroom.relevance.Bm25;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.ConcurrentStatsCounter;
import dev.headroom.stats.HeadroomStats;
import dev.headroom.stats.RetrievalOutcome;
import dev.headroom.stats.StatsCounter;
import dev.headroom.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Compress–Cache–Retrieve engine: configuration, compressors per content kind, the store of
 * originals, a memo of compressed results and statistics. The decorators in
 * {@code dev.headroom.langchain4j} use it; it knows nothing about chat messages.
 *
 * <p><b>Thread-safety:</b> one instance is immutable in configuration, thread-safe, and meant to be
 * shared by many models and conversations.
 *
 * <p><b>Determinism:</b> {@link #compress} is a pure function of the content, the context (tool name,
 * tool arguments, last user message) and the configuration. The memo only saves work; a hit returns
 * the same bytes a fresh run would.
 *
 * <p><b>Fail open:</b> a compressor that throws or returns something not clearly smaller, or a lossy result
 * without its disclosure, yields the original unchanged, logged and counted
 * ({@link StatsCounter#recordFailOpen}). So does one that passes its deterministic work budget
 * ({@link HeadroomConfig#workBudgetFor}, {@link WorkBudget}): reason {@code work-budget}, logged once.
 *
 * <p><b>Binary content</b> (a file's bytes decoded as text: many U+FFFD or control characters) is never sent
 * as-is: it becomes one line saying what it is (size, likely type from its magic bytes) with its handle.
 *
 * <p><b>No dead handles:</b> a lossy result is sent only when the store says it kept the original
 * ({@link CompressionStore#put} returned {@code true}). When it did not (too large for its bound, refused by
 * admission, evicted at once, store error, Redis down) or when the retrieve tool is disabled, the tool result
 * is sent in its best lossless form ({@link Compressor#compressLossless}, e.g. minified or columnar JSON) or
 * whole; a store that did not keep it is counted as a fail-open with {@link OriginalNotKeptException}, logged
 * once. Within one request the decorators answer retrievals from the request's own originals
 * ({@link #retrievePinned}), so an eviction between the put and the model's call cannot lose them.
 */
public final class Headroom {

    private static final Logger log = LoggerFactory.getLogger(Headroom.class);

    /** How many content → handle digests are remembered by identity (ChatMemory reuses the same String). */
    private static final int HANDLE_CACHE_SIZE = 4_096;

    /**
     * A query retrieval returns only units that match at least this share of what the best unit matches
     * of the query (IDF of the query terms they hold; see {@link Bm25#matches}): asked for
     * {@code 10.0.1.115}, the model gets the items holding that address, not also the 20 that share a "1"
     * or a "115".
     */
    static final double RETRIEVAL_MIN_SHARE_OF_BEST = 0.5;

    /** The fail-open reason (and strategy) of a compression that passed its {@link WorkBudget}. */
    static final String WORK_BUDGET = "work-budget";

    /** Token figures of inputs too large to compress: an exact count of such an input would cost the most. */
    private static final TokenCounter ESTIMATE = TokenCounter.estimating();

    private final HeadroomConfig config;
    private final CompressionStore store;
    private final Map<ContentKind, Compressor> compressors;
    private final ContentDetector detector;
    private final TokenCounter tokenCounter;
    private final ConcurrentStatsCounter stats;
    private final StatsCounter statsCounter;
    private final Cache<MemoKey, Memo> memo;
    private final Cache<String, String> handlesByIdentity;
    private final AtomicBoolean statsCounterFailureLogged = new AtomicBoolean();
    private final AtomicBoolean notKeptLogged = new AtomicBoolean();
    private final AtomicBoolean budgetLogged = new AtomicBoolean();

    private Headroom(Builder builder) {
        this.config = builder.config;
        this.store = builder.store != null ? builder.store : CaffeineCompressionStore.create();
        Map<ContentKind, Compressor> map = new EnumMap<>(ContentKind.class);
        for (Compressor c : BuiltInKinds.compressors()) {
            map.put(c.kind(), c);
        }
        map.putAll(builder.compressors);
        this.compressors = Map.copyOf(map);
        this.detector = builder.detector != null ? builder.detector : BuiltInKinds.contentDetector();
        this.tokenCounter = builder.tokenCounter != null ? builder.tokenCounter : TokenCounter.estimating();
        this.stats = new ConcurrentStatsCounter();
        this.statsCounter = builder.statsCounter == null ? stats : StatsCounter.composite(stats, builder.statsCounter);
        this.memo = Caffeine.newBuilder()
                .maximumWeight(config.memoMaximumBytes())
                .weigher((MemoKey k, Memo v) -> v.weight())
                .executor(Runnable::run)
                .build();
        this.handlesByIdentity = Caffeine.newBuilder()
                .weakKeys()
                .maximumSize(HANDLE_CACHE_SIZE)
                .executor(Runnable::run)
                .build();
    }

    /** An engine with default configuration, compressors and an in-process store. */
    public static Headroom create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public HeadroomConfig config() {
        return config;
    }

    public CompressionStore store() {
        return store;
    }

    public TokenCounter tokenCounter() {
        return tokenCounter;
    }

    /** A snapshot of the statistics since this engine was built. */
    public HeadroomStats stats() {
        return stats.snapshot();
    }

    /**
     * Compresses one tool result.
     *
     * @param content the tool result's text
     * @param context what precedes the tool result: tool name, tool arguments, last user message (its
     *                handle and settings are filled in here)
     * @return never {@code null}; the original when nothing useful can be done
     */
    public CompressionOutcome compress(String content, CompressionContext context) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(context, "context");
        String toolName = context.toolName();
        CompressionSettings settings = config.settingsFor(toolName);
        if (!settings.enabled()) {
            return passthrough(content, ContentKind.UNKNOWN, "disabled", toolName, tokenCounter.count(content));
        }
        int binaryPercent = BinaryContent.binaryPercent(content); // samples the head: cheap whatever the size
        if (binaryPercent >= 0) {
            return binary(content, binaryPercent, toolName, tokenCounter.count(content));
        }
        if (content.length() > config.maxInputChars()) {
            // before the exact count: counting a huge input's tokens would be the costliest step of all
            return passthrough(content, ContentKind.UNKNOWN, "too-large", toolName, ESTIMATE.count(content));
        }
        // counted once per request: a user-supplied exact counter is the costliest step on this path
        long tokens = tokenCounter.count(content);
        if (tokens < settings.minTokens()) {
            return passthrough(content, ContentKind.UNKNOWN, "below-threshold", toolName, tokens);
        }
        ContentKind kind = detect(content);
        Compressor compressor = compressors.get(kind);
        if (compressor == null) {
            return passthrough(content, kind, "unsupported", toolName, tokens);
        }
        String handle = handleOf(content);
        CompressionContext effective = context.toBuilder().handle(handle).settings(settings).budget(null).build();
        MemoKey key = new MemoKey(handle, content.length(), toolName, context.toolArguments(), context.userMessage(), settings, false);
        Memo cached = config.memoMaximumBytes() > 0 ? memo.getIfPresent(key) : null;
        boolean memoized = cached != null;
        if (cached == null) {
            cached = run(compressor, content, effective, kind);
            if (config.memoMaximumBytes() > 0) {
                memo.put(key, cached);
            }
        }
        CompressionOutcome outcome = cached.outcome(content);
        if (outcome.lossy()) {
            // invariant 4: nothing is omitted unless the model can get it back
            String notKept = config.retrieveToolEnabled() ? keep(handle, content, kind, toolName) : "lossy-without-retrieval";
            if (notKept != null) {
                MemoKey losslessKey = key.losslessOnly();
                Memo lossless = config.memoMaximumBytes() > 0 ? memo.getIfPresent(losslessKey) : null;
                memoized = lossless != null;
                if (lossless == null) {
                    lossless = runLossless(compressor, content, effective, kind, notKept);
                    if (config.memoMaximumBytes() > 0) {
                        memo.put(losslessKey, lossless);
                    }
                }
                cached = lossless;
                outcome = lossless.outcome(content);
            }
        }
        record(outcome, content, tokens, cached, toolName, memoized);
        return outcome;
    }

    /**
     * Answers a {@code headroom_retrieve} call from the store.
     *
     * @param handle the {@code hash} argument
     * @param query  the {@code query} argument, or {@code null}
     * @param scope  the handles that appear in the current request's conversation; any other handle is
     *               answered "not in this conversation" even when the store holds it (invariant 6)
     */
    public Retrieval retrieve(String handle, String query, Set<String> scope) {
        Objects.requireNonNull(scope, "scope");
        Retrieval answer = answer(handle, query, scope, null);
        safeStats(() -> statsCounter.recordRetrieval(answer.outcome()));
        return answer;
    }

    /**
     * Answers a {@code headroom_retrieve} call of a request that holds its own originals: the decorators
     * pin the originals of the request being served (the caller's messages hold them anyway), so a retrieval
     * in that request never depends on the store still having them. The store was still asked to keep each
     * one ({@link #compress}), which is what allowed the handle to be sent at all.
     *
     * @param handle the {@code hash} argument
     * @param query  the {@code query} argument, or {@code null}
     * @param pinned the originals of this request's lossy tool results by handle; its keys are the scope
     *               (invariant 6): any other handle is answered "not in this conversation"
     */
    public Retrieval retrievePinned(String handle, String query, Map<String, String> pinned) {
        Objects.requireNonNull(pinned, "pinned");
        Retrieval answer = answer(handle, query, pinned.keySet(), pinned);
        safeStats(() -> statsCounter.recordRetrieval(answer.outcome()));
        return answer;
    }

    /** The answer to a retrieval call made after the round limit: answer with what you have. Counted. */
    public Retrieval limitReached() {
        Retrieval answer = new Retrieval(RetrievalOutcome.LIMIT_REACHED, Answers.limitReached());
        safeStats(() -> statsCounter.recordRetrieval(answer.outcome()));
        return answer;
    }

    /** The answer to a retrieval call whose arguments could not be parsed. Counted. */
    public Retrieval invalidArguments(String problem) {
        Retrieval answer = new Retrieval(RetrievalOutcome.INVALID_ARGUMENTS, Answers.invalidArguments(problem));
        safeStats(() -> statsCounter.recordRetrieval(answer.outcome()));
        return answer;
    }

    /** Records how many hidden retrieval rounds one caller request took. */
    public void recordRetrievalRounds(int rounds) {
        safeStats(() -> statsCounter.recordRetrievalRounds(rounds));
    }

    private Retrieval answer(String handle, String query, Set<String> scope, Map<String, String> pinned) {
        if (handle == null || !scope.contains(handle)) {
            return new Retrieval(RetrievalOutcome.NOT_FOUND, Answers.notFound());
        }
        Optional<String> original;
        try {
            original = pinned != null && pinned.get(handle) != null ? Optional.of(pinned.get(handle)) : store.get(handle);
        } catch (Throwable e) {
            rethrowIfFatal(e);
            log.warn("headroom: the compression store failed on get; answering the model that the content is unavailable", e);
            safeStats(() -> statsCounter.recordFailOpen(ContentKind.UNKNOWN, null, e));
            return new Retrieval(RetrievalOutcome.STORE_ERROR, Answers.storeError());
        }
        if (original.isEmpty()) {
            return new Retrieval(RetrievalOutcome.EXPIRED, Answers.expired());
        }
        String content = original.get();
        if (query == null || query.isBlank()) {
            return new Retrieval(RetrievalOutcome.FOUND, content);
        }
        Compressor compressor = compressors.get(detect(content));
        List<String> units;
        try {
            units = compressor != null ? compressor.units(content) : content.lines().toList();
        } catch (Throwable e) {
            rethrowIfFatal(e);
            units = content.lines().toList();
        }
        int[] best = Bm25.index(units).matches(query, config.maxRetrievedUnits(), RETRIEVAL_MIN_SHARE_OF_BEST, 0.0);
        if (best.length == 0) {
            return new Retrieval(RetrievalOutcome.QUERY_NO_MATCH, Answers.noMatch(units.size(), query));
        }
        List<String> chosen = new ArrayList<>(best.length);
        for (int i : best) {
            chosen.add(units.get(i));
        }
        String body;
        try {
            body = compressor != null ? compressor.join(chosen) : String.join("\n", chosen);
        } catch (Throwable e) {
            rethrowIfFatal(e);
            body = String.join("\n", chosen);
        }
        return new Retrieval(RetrievalOutcome.QUERY_MATCHED, Answers.matched(best.length, units.size(), query) + "\n" + body);
    }

    private ContentKind detect(String content) {
        try {
            return detector.detect(content);
        } catch (Throwable e) {
            rethrowIfFatal(e);
            log.warn("headroom: content detection failed; passing the tool result through", e);
            return ContentKind.UNKNOWN;
        }
    }

    private String handleOf(String content) {
        String handle = handlesByIdentity.getIfPresent(content);
        if (handle == null) {
            handle = Handles.of(content);
            handlesByIdentity.put(content, handle);
        }
        return handle;
    }

    private Memo run(Compressor compressor, String content, CompressionContext context, ContentKind kind) {
        long start = System.nanoTime();
        CompressionResult result;
        CompressionContext budgeted = withBudget(context, content);
        try {
            result = budgeted.budget().run(() -> compressor.compress(content, budgeted));
            if (result == null) {
                throw new IllegalStateException(compressor.getClass().getName() + " returned null");
            }
        } catch (WorkBudgetExceededException e) {
            overBudget(e, content, kind, context.toolName());
            return Memo.passthrough(kind, WORK_BUDGET, System.nanoTime() - start);
        } catch (Throwable e) {
            rethrowIfFatal(e);
            log.warn("headroom: {} compressor failed on a {} char tool result (tool {}); passing the original through",
                    kind, content.length(), context.toolName(), e);
            safeStats(() -> statsCounter.recordFailOpen(kind, context.toolName(), e));
            return Memo.passthrough(kind, "fail-open", System.nanoTime() - start);
        }
        long nanos = System.nanoTime() - start;
        String output = result.output();
        if (result.lossy() && !output.contains(context.handle())) {
            log.warn("headroom: {} compressor omitted content without disclosing its handle; passing the original through", kind);
            safeStats(() -> statsCounter.recordFailOpen(kind, context.toolName(),
                    new IllegalStateException("lossy result without disclosure")));
            return Memo.passthrough(kind, "fail-open", nanos);
        }
        double limit = content.length() * (1.0 - context.settings().minSavings());
        if (output.equals(content) || output.length() > limit) {
            return Memo.passthrough(kind, "no-gain", nanos);
        }
        return new Memo(output, kind, result.strategy(), result.lossy(), result.losslessLength(), context.handle(), nanos,
                tokenCounter.count(output));
    }

    /** The context with a fresh work budget sized to the content (one budget per compressor call). */
    private CompressionContext withBudget(CompressionContext context, String content) {
        return context.toBuilder().budget(WorkBudget.of(config.workBudgetFor(content.length()))).build();
    }

    /** A compression that passed its work budget: the original is sent; logged once, counted each time. */
    private void overBudget(WorkBudgetExceededException e, String content, ContentKind kind, String toolName) {
        if (budgetLogged.compareAndSet(false, true)) {
            log.warn("headroom: a {} compressor passed its work budget on a {} char tool result (tool {}): {}; such tool "
                    + "results are sent unchanged (logged once, counted each time as fail-open reason work-budget)",
                    kind, content.length(), toolName, e.getMessage());
        }
        safeStats(() -> statsCounter.recordFailOpen(kind, toolName, e));
    }

    /**
     * Asks the store to keep the original.
     *
     * @return {@code null} when the store holds it; otherwise why not ({@code "not-kept"}: the store declined
     *         it; {@code "store-error"}: the store threw). Either way it is counted as a fail-open.
     */
    private String keep(String handle, String content, ContentKind kind, String toolName) {
        try {
            if (store.put(handle, content)) {
                return null;
            }
        } catch (Throwable e) {
            rethrowIfFatal(e);
            log.warn("headroom: the compression store failed on put; sending the tool result without omissions", e);
            safeStats(() -> statsCounter.recordFailOpen(kind, toolName, e));
            return "store-error";
        }
        if (notKeptLogged.compareAndSet(false, true)) {
            log.warn("headroom: the compression store did not keep a {} char original (larger than its bound, refused, or "
                    + "evicted at once); such tool results are sent without omissions (logged once, counted each time)",
                    content.length());
        }
        safeStats(() -> statsCounter.recordFailOpen(kind, toolName,
                new OriginalNotKeptException("the store did not keep a " + content.length() + " char original")));
        return "not-kept";
    }

    /**
     * The best form of the content that omits nothing: the compressor's lossless stage when it is clearly
     * smaller, else the original. Used when a lossy result may not be sent (the original was not kept, or the
     * model has no retrieve tool).
     */
    private Memo runLossless(Compressor compressor, String content, CompressionContext context, ContentKind kind,
                             String reason) {
        long start = System.nanoTime();
        CompressionResult result;
        CompressionContext budgeted = withBudget(context, content);
        try {
            result = budgeted.budget().run(() -> compressor.compressLossless(content, budgeted));
        } catch (WorkBudgetExceededException e) {
            overBudget(e, content, kind, context.toolName());
            return Memo.passthrough(kind, WORK_BUDGET, System.nanoTime() - start);
        } catch (Throwable e) {
            rethrowIfFatal(e);
            log.warn("headroom: {} compressor failed on its lossless stage; passing the original through", kind, e);
            safeStats(() -> statsCounter.recordFailOpen(kind, context.toolName(), e));
            return Memo.passthrough(kind, reason, System.nanoTime() - start);
        }
        long nanos = System.nanoTime() - start;
        if (result == null || result.lossy() || result.output().equals(content)
                || result.output().length() > content.length() * (1.0 - context.settings().minSavings())) {
            return Memo.passthrough(kind, reason, nanos);
        }
        String output = result.output();
        return new Memo(output, kind, result.strategy(), false, output.length(), null, nanos, tokenCounter.count(output));
    }

    /**
     * A file's bytes decoded as text (see {@link BinaryContent}) become one line saying what they are, with the
     * handle when the store kept them. Never sent as-is, even when the store declines them: the text is not the
     * file (undecodable bytes became U+FFFD) and is useless to the model, so the line then says it is not
     * retrievable.
     */
    private CompressionOutcome binary(String content, int percent, String toolName, long tokens) {
        String handle = handleOf(content);
        if (BinaryContent.describe(content, percent, handle).length() >= content.length()) {
            return passthrough(content, ContentKind.UNKNOWN, "no-gain", toolName, tokens); // output never longer
        }
        boolean kept = config.retrieveToolEnabled() && keep(handle, content, ContentKind.UNKNOWN, toolName) == null;
        String text = BinaryContent.describe(content, percent, kept ? handle : null);
        CompressionOutcome outcome = new CompressionOutcome(text, ContentKind.UNKNOWN, "binary", kept, kept ? handle : null);
        long after = tokenCounter.count(text);
        safeStats(() -> statsCounter.recordCompression(
                new CompressionEvent(ContentKind.UNKNOWN, toolName, "binary", tokens, tokens, after, true, 0, false)));
        return outcome;
    }

    private CompressionOutcome passthrough(String content, ContentKind kind, String reason, String toolName, long tokens) {
        CompressionOutcome outcome = CompressionOutcome.passthrough(content, kind, reason);
        safeStats(() -> statsCounter.recordCompression(
                new CompressionEvent(kind, toolName, reason, tokens, tokens, tokens, false, 0, false)));
        return outcome;
    }

    private void record(CompressionOutcome outcome, String content, long before, Memo memo, String toolName,
                        boolean memoized) {
        long after = outcome.text() == content ? before : memo.outputTokens();
        long lossless = outcome.lossy()
                ? Math.round((double) before * memo.losslessLength() / Math.max(1, content.length()))
                : after;
        CompressionEvent event = new CompressionEvent(outcome.kind(), toolName, outcome.strategy(), before,
                Math.max(after, Math.min(before, lossless)), after, outcome.lossy(), memoized ? 0 : memo.nanos(), memoized);
        safeStats(() -> statsCounter.recordCompression(event));
    }

    private void safeStats(Runnable action) {
        try {
            action.run();
        } catch (Throwable e) {
            rethrowIfFatal(e);
            if (statsCounterFailureLogged.compareAndSet(false, true)) {
                log.warn("headroom: a StatsCounter threw; statistics may be incomplete (logged once)", e);
            }
        }
    }

    /**
     * User-supplied compressors, stores and statistics receivers may throw anything: unchecked exceptions,
     * checked ones thrown sneakily, or errors such as a missing optional class. All of them fail open; only
     * a virtual-machine error other than a stack overflow (out of memory, internal error) is let through,
     * since nothing sensible can run after it.
     */
    private static void rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
            throw (VirtualMachineError) e;
        }
    }

    @Override
    public String toString() {
        return "Headroom{config=" + config + ", store=" + store + ", compressors=" + compressors.keySet() + "}";
    }

    /** The memo key: everything the compressed form may depend on (invariant 2). */
    private record MemoKey(String handle, int length, String toolName, String toolArguments, String userMessage,
                           CompressionSettings settings, boolean lossless) {

        /** The key of the lossless-only form of the same content (used when omissions are not allowed). */
        MemoKey losslessOnly() {
            return new MemoKey(handle, length, toolName, toolArguments, userMessage, settings, true);
        }
    }

    /**
     * A memoized result; {@code output == null} means "pass the original through". {@code outputTokens} is
     * counted once here so that memo hits (every later turn) count nothing.
     */
    private record Memo(String output, ContentKind kind, String strategy, boolean lossy, int losslessLength,
                        String handle, long nanos, long outputTokens) {

        static Memo passthrough(ContentKind kind, String reason, long nanos) {
            return new Memo(null, kind, reason, false, -1, null, nanos, -1);
        }

        CompressionOutcome outcome(String content) {
            if (output == null) {
                return CompressionOutcome.passthrough(content, kind, strategy);
            }
            return new CompressionOutcome(output, kind, strategy, lossy, lossy ? handle : null);
        }

        int weight() {
            return 256 + (output == null ? 0 : 2 * output.length());
        }
    }

    public static final class Builder {
        private HeadroomConfig config = HeadroomConfig.defaults();
        private CompressionStore store;
        private final Map<ContentKind, Compressor> compressors = new EnumMap<>(ContentKind.class);
        private ContentDetector detector;
        private TokenCounter tokenCounter;
        private StatsCounter statsCounter;

        private Builder() {}

        public Builder config(HeadroomConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Where originals are kept; defaults to a {@link CaffeineCompressionStore} with default bounds. */
        public Builder store(CompressionStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Adds a compressor, replacing the default one for its {@link Compressor#kind() kind}. */
        public Builder compressor(Compressor compressor) {
            Objects.requireNonNull(compressor, "compressor");
            Objects.requireNonNull(compressor.kind(), "compressor.kind()");
            compressors.put(compressor.kind(), compressor);
            return this;
        }

        public Builder compressors(Collection<? extends Compressor> compressors) {
            compressors.forEach(this::compressor);
            return this;
        }

        public Builder detector(ContentDetector detector) {
            this.detector = Objects.requireNonNull(detector, "detector");
            return this;
        }

        /** Counts tokens for thresholds and statistics; defaults to {@link TokenCounter#estimating()}. */
        public Builder tokenCounter(TokenCounter tokenCounter) {
            this.tokenCounter = Objects.requireNonNull(tokenCounter, "tokenCounter");
            return this;
        }

        /** An additional receiver of statistics (e.g. Micrometer); the engine's own snapshot is always kept. */
        public Builder statsCounter(StatsCounter statsCounter) {
            this.statsCounter = Objects.requireNonNull(statsCounter, "statsCounter");
            return this;
        }

        public Headroom build() {
            return new Headroom(this);
        }
    }
}
