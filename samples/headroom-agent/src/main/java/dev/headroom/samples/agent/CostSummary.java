package dev.headroom.samples.agent;

import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.langchain4j.HeadroomReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The provider's own figures over the conversation, summed from the {@link HeadroomReport} of every caller request:
 * token usage with prompt-cache reads and writes, and the money at the engine's price table. Immutable.
 *
 * @param model          the model that answered (the last report's)
 * @param usage          usage of every provider call
 * @param retrievalUsage usage of the hidden retrieval rounds
 * @param pricesAsOf     the price table's date
 * @param priceEntry     the price table's entry used, or {@code null} when the table had no price for the model
 * @param spent          USD of every provider call of the priced requests
 * @param retrievalSpent USD of their hidden retrieval rounds
 * @param saved          USD of the tokens Headroom kept out of them
 */
public record CostSummary(String model, CacheUsage usage, CacheUsage retrievalUsage, LocalDate pricesAsOf,
                          String priceEntry, BigDecimal spent, BigDecimal retrievalSpent, BigDecimal saved) {

    static CostSummary of(List<HeadroomReport> reports, LocalDate pricesAsOf) {
        String model = "unknown";
        String entry = null;
        CacheUsage usage = CacheUsage.ZERO;
        CacheUsage retrieval = CacheUsage.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal retrievalSpent = BigDecimal.ZERO;
        BigDecimal saved = BigDecimal.ZERO;
        for (HeadroomReport report : reports) {
            model = report.modelName() != null ? report.modelName() : model;
            usage = usage.plus(report.usage());
            retrieval = retrieval.plus(report.retrievalUsage());
            if (report.cost().isPresent()) {
                CallCost cost = report.cost().get();
                entry = cost.priceEntry();
                spent = spent.add(cost.spent());
                retrievalSpent = retrievalSpent.add(cost.retrievalSpent());
                saved = saved.add(cost.saved());
            }
        }
        return new CostSummary(model, usage, retrieval, pricesAsOf, entry, spent, retrievalSpent, saved);
    }

    /** {@code saved - retrievalSpent}. */
    public BigDecimal net() {
        return saved.subtract(retrievalSpent);
    }

    /** The two lines the sample prints under its table. */
    String lines() {
        String tokens = String.format(Locale.ROOT, "Provider usage (%s, as it reported it): %,d input tokens, ", model,
                usage.inputTokens());
        tokens += usage.cacheReported()
                ? String.format(Locale.ROOT, "%,d read from its prompt cache (cache hit rate %.1f%%), %,d written; %,d output%n",
                        usage.cacheReadTokens(), 100 * usage.cacheHitRate(), usage.cacheWriteTokens(), usage.outputTokens())
                : String.format(Locale.ROOT, "cache hit rate not reported by the provider; %,d output%n", usage.outputTokens());
        String money = priceEntry == null
                ? String.format(Locale.ROOT, "Cost: the price table (as of %s) has no price for %s; add one with"
                        + " PriceTable.builder() to see money%n", pricesAsOf, model)
                : String.format(Locale.ROOT, "Cost in USD (price table of %s, entry %s): spent $%s (hidden retrieval rounds $%s);"
                        + " saved by Headroom $%s; net $%s%n", pricesAsOf, priceEntry, usd(spent), usd(retrievalSpent),
                        usd(saved), usd(net()));
        return tokens + money;
    }

    private static String usd(BigDecimal amount) {
        return amount.setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
