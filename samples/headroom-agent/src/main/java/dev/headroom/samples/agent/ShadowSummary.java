package dev.headroom.samples.agent;

import dev.headroom.langchain4j.HeadroomReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * What a shadow-mode run ({@code --shadow}) printed: every request went to the model unchanged, and each caller
 * request's {@link HeadroomReport} says what Headroom would have done. Token figures are the engine's (its
 * {@code TokenCounter}, an estimate), not the o200k counts of the active run's table. Immutable.
 *
 * @param summaries    each caller request's {@link HeadroomReport#summary()}, in order
 * @param tokensBefore tokens of the tool results of every request (the history is re-sent on every call)
 * @param tokensSaved  of those, what compression and the conversation budget would have kept out
 * @param cost         the provider's usage and money; {@code saved} is what would have been saved
 */
public record ShadowSummary(List<String> summaries, long tokensBefore, long tokensSaved, CostSummary cost) {

    public ShadowSummary {
        summaries = List.copyOf(summaries);
    }

    static ShadowSummary of(List<HeadroomReport> reports, CostSummary cost) {
        long before = 0;
        long saved = 0;
        for (HeadroomReport report : reports) {
            before += report.tokensBefore();
            saved += report.tokensSaved() + report.tokensCleared();
        }
        return new ShadowSummary(reports.stream().map(HeadroomReport::summary).toList(), before, saved, cost);
    }

    /** The lines the sample prints in place of the active run's table. */
    String lines() {
        StringBuilder sb = new StringBuilder("Shadow mode: every request went to the model unchanged. Per model call, what"
                + " Headroom would have done (HeadroomReport.summary(), tokens by the engine's estimate):\n");
        for (int i = 0; i < summaries.size(); i++) {
            sb.append(String.format(Locale.ROOT, "%3d  %s%n", i + 1, summaries.get(i)));
        }
        sb.append(String.format(Locale.ROOT, "Would have saved over the conversation: %,d of %,d tool-result tokens sent"
                        + " (%s) in %d model calls", tokensSaved, tokensBefore, percent(), summaries.size()));
        sb.append(cost.priceEntry() == null ? "" : String.format(Locale.ROOT, ", $%s at the price table of %s (entry %s)",
                usd(cost.saved()), cost.pricesAsOf(), cost.priceEntry()));
        sb.append(", before any retrieval rounds the model would have needed\n");
        sb.append(String.format(Locale.ROOT, "Provider usage (%s, unchanged requests): %,d input tokens, %,d output",
                cost.model(), cost.usage().inputTokens(), cost.usage().outputTokens()));
        sb.append(cost.priceEntry() == null ? "\n" : String.format(Locale.ROOT, "; spent $%s%n", usd(cost.spent())));
        return sb.toString();
    }

    private String percent() {
        return tokensBefore == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * tokensSaved / tokensBefore);
    }

    private static String usd(BigDecimal amount) {
        return amount.setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }
}
