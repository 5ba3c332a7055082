package dev.headroom.internal.template;

import dev.headroom.compress.WorkBudget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** Numbers per line looked at. */
    static final int MAX_NUMBERS = 8;

    /** Units a number may carry ({@code 48213ms}, {@code 1.5s}, {@code 12KB}); other letters make it part of an id ({@code 9999C}). */
    private static final Set<String> UNITS = Set.of("", "ms", "s", "us", "µs", "ns", "m", "min", "h", "d",
            "b", "kb", "mb", "gb", "tb", "k", "kib", "mib", "gib", "x", "sec", "secs");

    /** Log levels, which stand before a message, not before a quantity they name. */
    private static final Set<String> LEVELS = Set.of("trace", "debug", "info", "notice", "warn", "warning", "error", "err",
            "severe", "crit", "critical", "fatal", "alert", "emerg");

    private NumericOutliers() {}

    /** A number as written in a line and its name with its ordinal ({@code duration_ms#0}). */
    record Named(String name, double value) {}

    /** Indices of up to {@code limit} outlier lines, in line order. */
    public static List<Integer> of(String[] lines, LineTemplates templates, int limit, WorkBudget budget) {
        int[] templateOf = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            templateOf[i] = templates.templateOf(i);
        }
        return of(lines, templateOf, templates.count(), limit, budget);
    }

    /**
     * Indices of up to {@code limit} outlier lines, in line order, with the lines grouped by the caller
     * ({@code templateOf[i]} in {@code 0..templates-1}): a log's records by their own templates.
     */
    public static List<Integer> of(String[] lines, int[] templateOf, int templates, int limit, WorkBudget budget) {
        int n = lines.length;
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
            for (Named named : numbers(lines[i])) {
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

    /** The first {@value #MAX_NUMBERS} named numbers of the line, each name with its ordinal in the line. */
    static List<Named> numbers(String line) {
        List<Named> found = new ArrayList<>(4);
        Map<String, Integer> ordinals = null;
        int n = line.length();
        int i = 0;
        while (i < n && found.size() < MAX_NUMBERS) {
            char c = line.charAt(i);
            if (!Character.isDigit(c)) {
                i++;
                continue;
            }
            char before = i > 0 ? line.charAt(i - 1) : ' ';
            int start = i;
            while (i < n && Character.isDigit(line.charAt(i))) {
                i++;
            }
            if (i + 1 < n && line.charAt(i) == '.' && Character.isDigit(line.charAt(i + 1))) {
                i++;
                while (i < n && Character.isDigit(line.charAt(i))) {
                    i++;
                }
            }
            int end = i;
            while (i < n && Character.isLetter(line.charAt(i))) {
                i++;
            }
            boolean partOfWord = Character.isLetterOrDigit(before) || before == '_' || before == '.' || before == '-';
            // 1.2.3, 1.2-3, 2.4+dfsg, 12:00: versions and clocks, not quantities
            boolean continues = i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_'
                    || ".-+~:".indexOf(line.charAt(i)) >= 0 && i + 1 < n && Character.isLetterOrDigit(line.charAt(i + 1)));
            if (!partOfWord && !continues && end - start <= 15 && i - end <= 4
                    && UNITS.contains(line.substring(end, i).toLowerCase(Locale.ROOT))) {
                String name = nameBefore(line, start);
                if (name != null) {
                    if (ordinals == null) {
                        ordinals = new HashMap<>();
                    }
                    int ordinal = ordinals.merge(name, 1, Integer::sum) - 1;
                    found.add(new Named(ordinal == 0 ? name : name + "#" + ordinal, Double.parseDouble(line.substring(start, end))));
                }
            }
            while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '.' || line.charAt(i) == '_')) {
                i++;
            }
        }
        return found;
    }

    /**
     * The word just before a number, past at most 3 separators ({@code duration_ms: }, {@code delay=},
     * {@code "rows": }, {@code took }), lower-cased; {@code null} when it has no letter (a number after a number) or is
     * a log level.
     */
    private static String nameBefore(String line, int number) {
        int end = number;
        int separators = 0;
        while (end > 0 && separators < 3 && " \t=:\"'([".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
            separators++;
        }
        int start = end;
        boolean letter = false;
        while (start > 0 && end - start < 32) {
            char c = line.charAt(start - 1);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                break;
            }
            letter |= Character.isLetter(c);
            start--;
        }
        if (!letter) {
            return null;
        }
        String name = line.substring(start, end).toLowerCase(Locale.ROOT);
        // "KERNEL INFO 632431728 double-hummer alignment exceptions": a log level says how bad, not what counts
        return LEVELS.contains(name) ? null : name;
    }
}
