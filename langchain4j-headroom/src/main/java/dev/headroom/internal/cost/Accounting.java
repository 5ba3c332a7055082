package dev.headroom.internal.cost;

import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.cost.PriceTable;
import dev.headroom.stats.ModelCall;
import dev.headroom.stats.StatsCounter;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Books provider calls and their money: each call's usage ({@link StatsCounter#recordModelCall}) and, at the end of a
 * caller's request, its {@link CallCost} at the engine's {@link PriceTable} ({@link StatsCounter#recordCallCost}).
 * Used by the decorators through {@code Headroom#accounting()}. Thread-safe. Internal: not part of the public API.
 */
public final class Accounting {

    /** The model name booked when neither the response nor the request names one. */
    public static final String UNKNOWN_MODEL = "unknown";

    private final PriceTable prices;
    private final StatsCounter stats;

    /**
     * @param prices the engine's price table
     * @param stats  where calls and money are counted; must be fail-safe (guarded)
     */
    public Accounting(PriceTable prices, StatsCounter stats) {
        this.prices = Objects.requireNonNull(prices, "prices");
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    public PriceTable prices() {
        return prices;
    }

    /** Books one provider call; {@code model} {@code null} is booked as {@value #UNKNOWN_MODEL}. */
    public void call(String provider, @Nullable String model, CacheUsage usage, boolean retrievalRound) {
        stats.recordModelCall(new ModelCall(provider, model == null ? UNKNOWN_MODEL : model, usage, retrievalRound));
    }

    /**
     * The money of a finished caller request, booked when the price table knows the model.
     *
     * @return empty when the model has no price (then nothing is booked)
     */
    public Optional<CallCost> finish(String provider, @Nullable String model, CacheUsage usage, CacheUsage retrievalUsage,
                                     long tokensRemoved) {
        Optional<CallCost> cost = prices.costOf(model, usage, retrievalUsage, tokensRemoved);
        cost.ifPresent(c -> stats.recordCallCost(provider, Objects.requireNonNull(model), c));
        return cost;
    }
}
