package dev.headroom.internal.template;

import dev.headroom.compress.WorkBudget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lines whose named number stands far above the same number in the other lines of their template: the one
 * request that took 48 s among requests of 5–400 ms, the query that examined 9 million rows, the retry count of
 * 57 among zeros and ones. A template masks such a number with the ordinary ones, so without this rule the line
 * is summarised away.
 *
 * <p>Only numbers named by a word are compared ({@code duration_ms: 48213}, {@code Query_time: 31.2},
 * {@code took 48s}, {@code delay=0.7}): a number is a run of digits with an optional decimal part, standing
 * alone or followed by a unit such as {@code ms}, not part of a version, an id or a word; its name is the word
 * before it (with a letter), and the k-th number of a name in a line is compared with the k-th numbers of that
 * name in the other lines of its template. Unnamed numbers (an access log's byte count, a queue id) are
 * heavy-tailed or arbitrary, and are left alone. A value is an outlier when at least {@value #MIN_LINES} lines
 * have the number, the value is at least {@value #TIMES_MEDIAN} times their median and {@value #TIMES_P90} times
 * their 90th percentile, and the outliers stand apart ({@value #GAP} times the largest other value): spread ids
 * and sizes never are, nor is a heavy tail that climbs step by step. At most {@code limit} lines, most extreme
 * first. Deterministic.
 */
public final class NumericOutliers {

    /** Lines a named number needs before it has a distribution. */
    static final int MIN_LINES = 20;
    /** An outlier is at least this many times the median... */
    static final double TIMES_MEDIAN = 10.0;
    /** ...and this many times the 90th percentile... */
    static final double TIMES_P90 = 4.0;
    /** ...and at least this many times the largest value that is not an outlier. */
    static final double GAP = 2.0;

    private NumericOutliers() {}

    /** Indices of up to {@code limit} outlier lines, in line order. */
    public static List<Integer> of(String[] lines, LineTemplates templates, int limit, WorkBudget budget) {
        int[] templateOf = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            templateOf[i] = templates.templateOf(i);
        }
        return of(new NamedNumbers(lines), templateOf, templates.count(), limit, budget);
    }

    /**
     * Indices of up to {@code limit} outlier lines, in line order, with the lines grouped by the caller
     * ({@code templateOf[i]} in {@code 0..templates-1}): a log's records by their own templates.
     */
    public static List<Integer> of(NamedNumbers lines, int[] templateOf, int templates, int limit, WorkBudget budget) {
        int n = lines.size();
        if (limit <= 0 || n < MIN_LINES) {
            return List.of();
        }
        budget.charge(n);
        int[] occurrences = new int[templates];
        for (int i = 0; i < n; i++) {
            occurrences[templateOf[i]]++;
        }
        // per template, per name: the lines that have it and their values, in line order
        List<Map<String, Series>> byTemplate = new ArrayList<>(templates);
        for (int t = 0; t < templates; t++) {
            byTemplate.add(occurrences[t] >= MIN_LINES ? new HashMap<>() : null);
        }
        for (int i = 0; i < n; i++) {
            Map<String, Series> names = byTemplate.get(templateOf[i]);
            if (names == null) {
                continue;
            }
            for (NamedNumbers.Named named : lines.of(i)) {
                names.computeIfAbsent(named.name(), k -> new Series()).add(i, named.value());
            }
        }
        double[] score = new double[n];
        for (Map<String, Series> names : byTemplate) {
            if (names != null) {
                // sorted by name so ties and scores never depend on hash order
                for (Series series : new TreeMap<>(names).values()) {
                    series.score(score);
                }
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (score[i] > 0) {
                found.add(i);
            }
        }
        found.sort((a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        List<Integer> kept = new ArrayList<>(found.subList(0, Math.min(limit, found.size())));
        kept.sort(null);
        return kept;
    }

    /** The values of one named number over the lines of a template. */
    private static final class Series {
        private int[] lines = new int[16];
        private double[] values = new double[16];
        private int count;

        void add(int line, double value) {
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, count * 2);
                values = Arrays.copyOf(values, count * 2);
            }
            lines[count] = line;
            values[count++] = value;
        }

        /** Raises the score of the lines whose value is an outlier to how far it is past the outlier floor. */
        void score(double[] score) {
            if (count < MIN_LINES) {
                return;
            }
            double[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            double floor = standOutFloor(sorted);
            if (Double.isNaN(floor)) {
                return;
            }
            for (int k = 0; k < count; k++) {
                if (values[k] >= floor) {
                    score[lines[k]] = Math.max(score[lines[k]], values[k] / floor);
                }
            }
        }
    }

    /**
     * The value from which the top values of a distribution stand out (at least {@value #TIMES_MEDIAN} times the
     * median and {@value #TIMES_P90} times the 90th percentile, and {@value #GAP} times the value just below it:
     * the lowest such value), or
     * NaN when none do or there are fewer than {@value #MIN_LINES} values. {@code sorted} is ascending and is
     * not modified; shared with the tables' numeric columns, whose heavy tails (a consumer lag, a byte count)
     * defeat a spread-based test.
     */
    public static double standOutFloor(double[] sorted) {
        int count = sorted.length;
        if (count < MIN_LINES) {
            return Double.NaN;
        }
        double floor = Math.max(TIMES_MEDIAN * sorted[count / 2], TIMES_P90 * sorted[(int) (0.9 * (count - 1))]);
        if (floor <= 0) {
            return Double.NaN;
        }
        // the lowest value past the floor that stands GAP times above the value below it: a tail that climbs
        // step by step to the floor and beyond has none, unless its top values jump away from it
        int k = count - 1;
        while (k > 0 && sorted[k - 1] >= floor) {
            k--;
        }
        for (; k > 0 && k < count; k++) {
            if (sorted[k] >= floor && sorted[k] >= GAP * sorted[k - 1]) {
                return sorted[k];
            }
        }
        return Double.NaN;
    }
}
