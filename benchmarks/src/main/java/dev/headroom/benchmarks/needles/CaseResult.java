package dev.headroom.benchmarks.needles;

import java.util.List;

/**
 * One case's measurement, as printed and as stored in the TSV (so a saved baseline can be aggregated the
 * same way as a fresh run).
 *
 * @param missed descriptions of the needles not found (see {@link Needle#describe})
 */
public record CaseResult(String name, String kind, String format, boolean heldAside, String detectedKind,
                         String strategy, long tokensBefore, long tokensAfter, int found, int total,
                         boolean passedWhole, List<String> missed) {

    public CaseResult {
        missed = List.copyOf(missed);
    }

    public double ratio() {
        return tokensBefore == 0 ? 1.0 : (double) tokensAfter / tokensBefore;
    }
}
