package dev.headroom.stats;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable snapshot of what Headroom did since start: token totals overall, per content kind and per
 * tool; retrievals by outcome; retrieval rounds; fail-open events, in all and by
 * {@linkplain PassthroughReason#failOpenTag() reason tag}. Maps are sorted by key.
 */
public record HeadroomStats(
        TokenTotals total,
        Map<String, TokenTotals> byKind,
        Map<String, TokenTotals> byTool,
        Map<RetrievalOutcome, Long> retrievals,
        long retrievalRounds,
        long failOpen,
        Map<String, Long> failOpenByReason) {

    public HeadroomStats {
        byKind = Collections.unmodifiableMap(new TreeMap<>(byKind));
        byTool = Collections.unmodifiableMap(new TreeMap<>(byTool));
        retrievals = Collections.unmodifiableMap(new TreeMap<>(retrievals));
        failOpenByReason = Collections.unmodifiableMap(new TreeMap<>(failOpenByReason));
    }

    public long retrievals(RetrievalOutcome outcome) {
        return retrievals.getOrDefault(outcome, 0L);
    }
}
