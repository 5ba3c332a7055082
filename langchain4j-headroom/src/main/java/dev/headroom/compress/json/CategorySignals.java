package dev.headroom.compress.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The categorical signals of {@link Signals}: rare values, the starts of runs of a value, fields present in few items. Stateless. */
final class CategorySignals {

    private CategorySignals() {}

    static void categorical(Node[] values, int present, int perGroup, List<Signals.Candidate> rare,
                                    List<Signals.Candidate> changes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int maxDistinct = Math.max(2, present / 4);
        for (Node v : values) {
            if (v != null && (v.type == Node.Type.STRING || v.type == Node.Type.TRUE || v.type == Node.Type.FALSE)) {
                counts.merge(v.scalarText(), 1, Integer::sum);
                if (counts.size() > maxDistinct) {
                    return; // not categorical (names, ids): no need to count the rest
                }
            }
        }
        int distinct = counts.size();
        if (distinct < 2) {
            return;
        }
        int rareLimit = Math.max(1, (int) (Signals.RARE_SHARE * present));
        int mostCommon = 0;
        int fewest = Integer.MAX_VALUE;
        for (int count : counts.values()) {
            mostCommon = Math.max(mostCommon, count);
            fewest = Math.min(fewest, count);
        }
        // rare against the column's own norm: 24 dates 5 times each are not rare, 2 "ap" among 198 "us" are
        rareLimit = Math.min(rareLimit, mostCommon / Signals.RARE_CONTRAST);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < values.length && fewest <= rareLimit; i++) { // no rare value: nothing to look for
            Node v = values[i];
            if (v == null || v.isContainer() || v.type == Node.Type.NULL || v.type == Node.Type.NUMBER) {
                continue;
            }
            String key = v.scalarText();
            int count = counts.get(key);
            if (count <= rareLimit) {
                int rank = seen.merge(key, 1, Integer::sum) - 1;
                if (rank < perGroup) {
                    rare.add(new Signals.Candidate(i, rank, 1.0 - (double) count / present));
                }
            }
        }
        if (present >= Signals.MIN_SERIES && distinct <= 10) {
            runStarts(values, present, perGroup, changes);
        }
    }

    /** In a column grouped into a few long runs (sorted or batched data), the first item of each run. */
    static void runStarts(Node[] values, int present, int perGroup, List<Signals.Candidate> changes) {
        int minRun = Math.max(3, present / 50);
        List<Integer> starts = new ArrayList<>();
        Node previous = null;
        int runLength = 0;
        for (int i = 0; i < values.length; i++) {
            Node v = values[i];
            if (v == null) {
                continue;
            }
            if (previous == null || !previous.sameAs(v)) {
                if (previous != null && runLength < minRun) {
                    return; // a short run: not a grouped column
                }
                if (previous != null) {
                    starts.add(i);
                }
                previous = v;
                runLength = 0;
            }
            runLength++;
        }
        if (runLength < minRun) {
            return;
        }
        for (int k = 0; k < Math.min(perGroup, starts.size()); k++) {
            changes.add(new Signals.Candidate(starts.get(k), k, 0.5));
        }
    }

    static void presence(String path, Node[] values, int present, int n, int perGroup,
                                 List<Signals.Candidate> rare) {
        if (n < Signals.MIN_CATEGORICAL || present == 0 || present == n || path.isEmpty()) {
            return;
        }
        int rareLimit = Math.max(1, (int) (Signals.RARE_SHARE * n));
        boolean rareWith = present <= rareLimit;
        boolean rareWithout = n - present <= rareLimit;
        if (!rareWith && !rareWithout) {
            return;
        }
        int rank = 0;
        for (int i = 0; i < n && rank < perGroup; i++) {
            if ((values[i] != null) == rareWith) {
                rare.add(new Signals.Candidate(i, rank++, 1.0 - (double) (rareWith ? present : n - present) / n));
            }
        }
    }
}
