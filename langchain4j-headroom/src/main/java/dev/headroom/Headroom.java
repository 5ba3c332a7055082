package dev.headroom;

import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.ccr.OriginalNotKeptException;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentDetector;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.kinds.BuiltInKinds;
import dev.headroom.cost.PriceTable;
import dev.headroom.internal.budget.Clearing;
import dev.headroom.internal.cost.Accounting;
import dev.headroom.internal.retrieval.Retriever;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.ConcurrentStatsCounter;
import dev.headroom.stats.HeadroomStats;
import dev.headroom.stats.StatsCounter;
import dev.headroom.stats.StepObserver;
import dev.headroom.tokens.TokenCounter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

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
 * ({@link HeadroomConfig#workBudgetFor}, {@link WorkBudget}): reason {@code work-budget}, logged once. Every call
 * into a user-supplied collaborator (compressor, detector, store, statistics counter) is guarded: what it throws
 * is counted and logged once, never failing the request.
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
 * ({@link Retriever#retrievePinned}), so an eviction between the put and the model's call cannot lose them.
 */
public final class Headroom {

    private final HeadroomConfig config;
    private final CompressionStore store;
    private final TokenCounter tokenCounter;
    private final ConcurrentStatsCounter stats;
    private final StatsCounter statsCounter;
    private final CompressionPipeline pipeline;
    private final Retriever retriever;
    private final Clearing clearing;
    private final Accounting accounting;
    private final StepObserver stepObserver;

    private Headroom(Builder builder) {
        this.config = builder.config;
        this.store = builder.store != null ? builder.store : CaffeineCompressionStore.create();
        Map<ContentKind, Compressor> compressors = new EnumMap<>(ContentKind.class);
        for (Compressor c : BuiltInKinds.compressors()) {
            compressors.put(c.kind(), c);
        }
        compressors.putAll(builder.compressors);
        ContentDetector detector = builder.detector != null ? builder.detector : BuiltInKinds.contentDetector();
        this.tokenCounter = builder.tokenCounter != null ? builder.tokenCounter : TokenCounter.estimating();
        this.stats = new ConcurrentStatsCounter();
        // guards each counter: a throwing user counter is counted and logged once, and never silences the others
        this.statsCounter = builder.statsCounter == null
                ? StatsCounter.composite(stats)
                : StatsCounter.composite(stats, builder.statsCounter);
        this.pipeline = new CompressionPipeline(config, store, Map.copyOf(compressors), detector, tokenCounter,
                statsCounter);
        this.retriever = new Retriever(store, pipeline::compressorFor, config.maxRetrievedUnits(), statsCounter);
        this.clearing = new Clearing(store, tokenCounter, statsCounter, pipeline::handleOf);
        this.accounting = new Accounting(builder.prices, statsCounter);
        this.stepObserver = builder.stepObserver == null ? StepObserver.none() : StepObserver.guarded(builder.stepObserver);
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

    /** The prices that turn provider token usage into money ({@code HeadroomReport#cost()}, statistics). */
    public PriceTable prices() {
        return accounting.prices();
    }

    /**
     * A snapshot of the statistics since this engine was built; in shadow mode ({@link HeadroomConfig#mode()}) marked
     * {@link HeadroomStats#shadow()}: its savings are what Headroom would have made.
     */
    public HeadroomStats stats() {
        return stats.snapshot(config.mode() == Mode.SHADOW);
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
        return pipeline.compress(content, context, statsCounter::recordCompression);
    }

    /**
     * Compresses one tool result like {@link #compress(String, CompressionContext)} and also hands its statistics
     * event (tokens before and after, strategy) to {@code observer}, on the calling thread, before returning. The
     * decorators build their per-call {@code HeadroomReport} from these events. The observer must not throw.
     */
    public CompressionOutcome compress(String content, CompressionContext context, Consumer<CompressionEvent> observer) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(observer, "observer");
        return pipeline.compress(content, context, event -> {
            statsCounter.recordCompression(event);
            observer.accept(event);
        });
    }

    /**
     * The answering side of {@code headroom_retrieve} for this engine's store and compressors, used by the
     * decorators' retrieval loop. <b>Internal:</b> {@link Retriever} is not part of the public API.
     */
    public Retriever retriever() {
        return retriever;
    }

    /**
     * The engine's side of the conversation budget ({@link HeadroomConfig#conversationBudget()}): stubs, keeping the
     * originals of cleared results, token counts and statistics, used by the decorators, which decide what is cleared.
     * <b>Internal:</b> {@link Clearing} is not part of the public API.
     */
    public Clearing clearing() {
        return clearing;
    }

    /**
     * The engine's side of cache and cost accounting (provider calls, money), used by the decorators.
     * <b>Internal:</b> {@link Accounting} is not part of the public API.
     */
    public Accounting accounting() {
        return accounting;
    }

    /**
     * Where the decorators report the start and end of their steps (compression, hidden retrieval rounds) for tracing;
     * {@link StepObserver#none()} unless one was set, and always guarded (fail-safe).
     */
    public StepObserver stepObserver() {
        return stepObserver;
    }

    @Override
    public String toString() {
        return "Headroom{config=" + config + ", " + pipeline + "}";
    }

    public static final class Builder {
        private HeadroomConfig config = HeadroomConfig.defaults();
        private CompressionStore store;
        private final Map<ContentKind, Compressor> compressors = new EnumMap<>(ContentKind.class);
        private ContentDetector detector;
        private TokenCounter tokenCounter;
        private StatsCounter statsCounter;
        private PriceTable prices = PriceTable.defaults();
        private StepObserver stepObserver;

        private Builder() {}

        /**
         * Receives the decorators' steps for tracing (the Spring Boot starter sets one that makes Micrometer
         * Observations when an {@code ObservationRegistry} exists). Guarded: what it throws never fails a request.
         */
        public Builder stepObserver(StepObserver stepObserver) {
            this.stepObserver = Objects.requireNonNull(stepObserver, "stepObserver");
            return this;
        }

        /**
         * Prices per model for the money figures; defaults to {@link PriceTable#defaults()} (list prices of common
         * OpenAI and Anthropic models, dated). A model the table does not know gets no money figure.
         */
        public Builder prices(PriceTable prices) {
            this.prices = Objects.requireNonNull(prices, "prices");
            return this;
        }

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
