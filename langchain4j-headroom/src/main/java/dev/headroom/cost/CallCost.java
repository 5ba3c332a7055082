package dev.headroom.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One top-level call's money, in US dollars at a {@link PriceTable}'s prices, rounded to nano-dollars (9 decimals,
 * half-even). Immutable.
 *
 * <ul>
 *   <li>{@link #spent()}: every provider call of the request, hidden retrieval rounds included, at the model's prices
 *       for uncached input, cache reads, cache writes and output.</li>
 *   <li>{@link #retrievalSpent()}: the hidden retrieval rounds alone (a part of {@code spent}).</li>
 *   <li>{@link #saved()}: the tokens Headroom kept out of this request (compression and the conversation budget's
 *       stubs, counted by the engine's {@code TokenCounter}), priced like an average input token of this request:
 *       the request's input cost over its input tokens, so the cache mix the provider reported is applied to them
 *       (with no input reported, the plain input price). An estimate: those tokens were never sent.</li>
 *   <li>{@link #net()}: {@code saved - retrievalSpent}; negative when retrieval cost more than compression saved.</li>
 * </ul>
 *
 * @param priceEntry     the price table's entry used (the model name, or the listed name it matched)
 * @param pricesAsOf     the price table's date
 * @param spent          USD of every provider call of the request
 * @param retrievalSpent USD of the hidden retrieval rounds
 * @param saved          USD the removed tokens would have cost
 */
public record CallCost(String priceEntry, LocalDate pricesAsOf, BigDecimal spent, BigDecimal retrievalSpent,
                       BigDecimal saved) {

    /** Decimals kept: nano-dollars. */
    public static final int SCALE = 9;

    public CallCost {
        Objects.requireNonNull(priceEntry, "priceEntry");
        Objects.requireNonNull(pricesAsOf, "pricesAsOf");
        spent = Objects.requireNonNull(spent, "spent").setScale(SCALE, RoundingMode.HALF_EVEN);
        retrievalSpent = Objects.requireNonNull(retrievalSpent, "retrievalSpent").setScale(SCALE, RoundingMode.HALF_EVEN);
        saved = Objects.requireNonNull(saved, "saved").setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** {@code saved - retrievalSpent}. */
    public BigDecimal net() {
        return saved.subtract(retrievalSpent);
    }

    /**
     * @param usage          every provider call of the request
     * @param retrievalUsage the hidden retrieval rounds (a part of {@code usage})
     * @param tokensRemoved  tokens kept out of the request by compression and the conversation budget
     */
    static CallCost of(String entry, LocalDate asOf, ModelPrice price, CacheUsage usage, CacheUsage retrievalUsage,
                       long tokensRemoved) {
        BigDecimal perTokenTimesMillion = usage.inputTokens() == 0
                ? price.input()
                : price.inputCostOf(usage).divide(BigDecimal.valueOf(usage.inputTokens()), SCALE + 6, RoundingMode.HALF_EVEN);
        BigDecimal saved = perTokenTimesMillion.multiply(BigDecimal.valueOf(tokensRemoved)).movePointLeft(6);
        return new CallCost(entry, asOf, price.costOf(usage), price.costOf(retrievalUsage), saved);
    }
}
