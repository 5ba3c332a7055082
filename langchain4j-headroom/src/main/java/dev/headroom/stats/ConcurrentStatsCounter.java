package dev.headroom.stats;

import dev.headroom.compress.ContentKind;
import dev.headroom.cost.CallCost;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * The engine's default {@link StatsCounter}: lock-free counters with a consistent-enough {@link #snapshot()}
 * (each counter is read once; concurrent updates may land in the next snapshot).
 */
public final class ConcurrentStatsCounter implements StatsCounter {

    private final Totals total = new Totals();
    private final ConcurrentHashMap<String, Totals> byKind = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Totals> byTool = new ConcurrentHashMap<>();
    private final EnumMap<RetrievalOutcome, LongAdder> retrievals = new EnumMap<>(RetrievalOutcome.class);
    private final LongAdder retrievalRounds = new LongAdder();
    private final LongAdder failOpen = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> failOpenByReason = new ConcurrentHashMap<>();
    private final LongAdder cleared = new LongAdder();
    private final LongAdder clearedBefore = new LongAdder();
    private final LongAdder clearedAfter = new LongAdder();
    private final ConcurrentHashMap<String, ModelAccumulator> byModel = new ConcurrentHashMap<>();

    public ConcurrentStatsCounter() {
        for (RetrievalOutcome outcome : RetrievalOutcome.values()) {
            retrievals.put(outcome, new LongAdder());
        }
    }

    @Override
    public void recordCompression(CompressionEvent event) {
        total.add(event);
        byKind.computeIfAbsent(event.kind().name().toLowerCase(java.util.Locale.ROOT), k -> new Totals()).add(event);
        byTool.computeIfAbsent(event.toolName(), k -> new Totals()).add(event);
    }

    @Override
    public void recordFailOpen(ContentKind kind, @Nullable String toolName, Throwable cause) {
        failOpen.increment();
        failOpenByReason.computeIfAbsent(PassthroughReason.failOpenTagOf(cause), k -> new LongAdder()).increment();
    }

    @Override
    public void recordRetrieval(RetrievalOutcome outcome) {
        retrievals.get(outcome).increment();
    }

    @Override
    public void recordRetrievalRounds(int rounds) {
        retrievalRounds.add(rounds);
    }

    @Override
    public void recordCleared(@Nullable String toolName, long tokensBefore, long tokensAfter) {
        cleared.increment();
        clearedBefore.add(tokensBefore);
        clearedAfter.add(tokensAfter);
    }

    @Override
    public void recordModelCall(ModelCall call) {
        model(call.provider(), call.model()).add(call);
    }

    @Override
    public void recordCallCost(String provider, String model, CallCost cost) {
        model(provider, model).add(cost);
    }

    private ModelAccumulator model(String provider, String model) {
        return byModel.computeIfAbsent(provider + "/" + model, k -> new ModelAccumulator(provider, model));
    }

    /** A snapshot, for an engine in active mode. */
    public HeadroomStats snapshot() {
        return snapshot(false);
    }

    /** A snapshot; {@code shadow} says the engine runs in shadow mode (see {@link HeadroomStats}). */
    public HeadroomStats snapshot(boolean shadow) {
        Map<String, TokenTotals> kinds = new TreeMap<>();
        byKind.forEach((k, v) -> kinds.put(k, v.snapshot()));
        Map<String, TokenTotals> tools = new TreeMap<>();
        byTool.forEach((k, v) -> tools.put(k, v.snapshot()));
        Map<RetrievalOutcome, Long> outcomes = new EnumMap<>(RetrievalOutcome.class);
        retrievals.forEach((k, v) -> outcomes.put(k, v.sum()));
        Map<String, Long> reasons = new TreeMap<>();
        failOpenByReason.forEach((k, v) -> reasons.put(k, v.sum()));
        long n = cleared.sum();
        long before = clearedBefore.sum();
        TokenTotals clearedTotals = new TokenTotals(n, n, 0, before, before, clearedAfter.sum());
        Map<String, ModelTotals> models = new TreeMap<>();
        byModel.forEach((k, v) -> models.put(k, v.snapshot()));
        return new HeadroomStats(total.snapshot(), kinds, tools, outcomes, retrievalRounds.sum(), failOpen.sum(), reasons,
                clearedTotals, models, shadow);
    }

    private static final class Totals {
        final LongAdder results = new LongAdder();
        final LongAdder compressed = new LongAdder();
        final LongAdder capped = new LongAdder();
        final LongAdder before = new LongAdder();
        final LongAdder lossless = new LongAdder();
        final LongAdder after = new LongAdder();

        void add(CompressionEvent e) {
            results.increment();
            if (e.tokensAfter() < e.tokensBefore()) {
                compressed.increment();
            }
            if (e.capped()) {
                capped.increment();
            }
            before.add(e.tokensBefore());
            lossless.add(e.tokensLossless());
            after.add(e.tokensAfter());
        }

        TokenTotals snapshot() {
            return new TokenTotals(results.sum(), compressed.sum(), capped.sum(), before.sum(), lossless.sum(), after.sum());
        }
    }
}
