package dev.headroom.stats;

import dev.headroom.cost.CacheUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the provider calls for one model added up to: calls, token usage with cache reads and writes, and money where
 * the price table knew the model. Immutable.
 *
 * @param provider       the provider, lower case
 * @param model          the model name
 * @param calls          provider calls, hidden retrieval rounds included
 * @param retrievalCalls of those, hidden retrieval rounds
 * @param usage          usage of all the calls
 * @param retrievalUsage usage of the hidden retrieval rounds (a part of {@code usage})
 * @param pricedRequests caller requests that got a money figure ({@code CallCost})
 * @param pricesAsOf     the price table's date of the last priced request, {@code null} when none was priced
 * @param spent          USD of the priced requests' calls
 * @param retrievalSpent USD of their hidden retrieval rounds
 * @param saved          USD their removed tokens would have cost
 */
public record ModelTotals(String provider, String model, long calls, long retrievalCalls, CacheUsage usage,
                          CacheUsage retrievalUsage, long pricedRequests, @Nullable LocalDate pricesAsOf, BigDecimal spent,
                          BigDecimal retrievalSpent, BigDecimal saved) {

    public ModelTotals {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(retrievalUsage, "retrievalUsage");
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(retrievalSpent, "retrievalSpent");
        Objects.requireNonNull(saved, "saved");
    }

    /** {@code saved - retrievalSpent}. */
    public BigDecimal net() {
        return saved.subtract(retrievalSpent);
    }

    /** Cache reads over input tokens, {@code null} when the provider reported no cache figures. */
    public @Nullable Double cacheHitRate() {
        return usage.cacheReported() ? usage.cacheHitRate() : null;
    }
}
