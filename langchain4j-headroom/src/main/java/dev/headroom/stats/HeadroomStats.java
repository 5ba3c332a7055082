package dev.headroom.stats;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable snapshot of what Headroom did since start: token totals overall, per content kind and per
 * tool; retrievals by outcome; retrieval rounds; fail-open events. Maps are sorted by key.
 */
public record HeadroomStats(
        TokenTotals total,
        Map<String, TokenTotals> byKind,
        Map<String, TokenTotals> byTool,
        Map<RetrievalOutcome, Long> retrievals,
        long retrievalRounds,
        long failOpen) {

    public HeadroomStats {
        byKind = Collections.unmodifiableMap(new TreeMap<>(byKind));
        byTool = Collections.unmodifiableMap(new TreeMap<>(byTool));
        retrievals = Collections.unmodifiableMap(new TreeMap<>(retrievals));
    }

    public long retrievals(RetrievalOutcome outcome) {
        return retrievals.getOrDefault(outcome, 0L);
    }
}
