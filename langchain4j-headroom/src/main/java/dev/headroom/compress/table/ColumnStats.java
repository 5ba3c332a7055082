package dev.headroom.compress.table;

import dev.headroom.internal.CharClass;
import dev.headroom.internal.template.NumericOutliers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What one column of one schema looks like over all its regular records: whether it is categorical
 * (few distinct values, compared as written or, when durations and counters make every value distinct,
 * with digit runs masked as {@code #}: {@code Up # hours}, {@code Exited (#) # minutes ago}, as long as
 * that leaves two values or more and the column is not numeric: ids such as {@code user_#} are not
 * categories, numbers have outliers instead) and whether
 * it is numeric (at least 90% of its non-empty cells start with a number), with its robust centre and
 * spread for outliers.
 *
 * <p>Immutable after {@link #of}; the maps are only looked up, never iterated into output.
 */
final class ColumnStats {

    /** A categorical column has at most this many distinct values (and at most a fifth of its rows). */
    static final int MAX_CATEGORIES = 16;

    final String name;
    final int column;
    /** Distinct-value counts by key, or {@code null} when the column is not categorical. */
    final Map<String, Integer> counts;
    final boolean masked;
    /** Whether the column holds paths counted by {@link #maskIds} rather than {@link #mask}. */
    final boolean pathShapes;
    /** The leading number of each record's cell (NaN when none), or {@code null} when not numeric. */
    final double[] numbers;
    /**
     * The records whose cell is empty in a column that is otherwise filled (at most one record in a
     * hundred, or one, is empty): a missing value, such as a NULL among e-mail addresses, is as rare as a
     * rare category even in a column of unique values.
     */
    final List<Integer> rareEmpty;

    private ColumnStats(String name, int column, Map<String, Integer> counts, boolean masked, boolean pathShapes,
                        double[] numbers, List<Integer> rareEmpty) {
        this.name = name;
        this.pathShapes = pathShapes;
        this.column = column;
        this.counts = counts;
        this.masked = masked;
        this.numbers = numbers;
        this.rareEmpty = rareEmpty;
    }

    /** Statistics of column {@code column} over {@code records} (regular records of one schema). */
    static ColumnStats of(ParsedTable t, List<Integer> records, int column, String name) {
        int limit = Math.max(2, Math.min(MAX_CATEGORIES, records.size() / 5));
        Map<String, Integer> raw = new HashMap<>();
        double[] numbers = new double[records.size()];
        int nonEmpty = 0;
        int numeric = 0;
        for (int k = 0; k < records.size(); k++) {
            String cell = cell(t, records.get(k), column);
            if (raw != null) {
                raw.merge(cell, 1, Integer::sum);
                raw = raw.size() > limit ? null : raw;
            }
            numbers[k] = leadingNumber(cell);
            nonEmpty += cell.isEmpty() ? 0 : 1;
            numeric += Double.isNaN(numbers[k]) ? 0 : 1;
        }
        boolean isNumeric = numeric >= 5 && numeric * 10 >= nonEmpty * 9;
        Map<String, Integer> counts = raw;
        boolean isMasked = false;
        boolean pathShapes = false;
        if (raw == null && !isNumeric) {
            Map<String, Integer> masked = countsBy(t, records, column, limit, ColumnStats::mask);
            if (masked != null) {
                counts = masked;
                isMasked = true;
            } else if (isPaths(t, records, column)) {
                // a path column: what varies are its ids (dates, hours, part numbers, uuids), not its names
                counts = countsBy(t, records, column, limit, ColumnStats::maskIds);
                isMasked = counts != null;
                pathShapes = counts != null;
            }
        }
        int empty = records.size() - nonEmpty;
        List<Integer> rareEmpty = List.of();
        if (empty > 0 && empty <= Math.max(1, records.size() / 100) && records.size() >= 20) {
            List<Integer> found = new ArrayList<>(empty);
            for (int record : records) {
                if (cell(t, record, column).isEmpty()) {
                    found.add(record);
                }
            }
            rareEmpty = List.copyOf(found);
        }
        return new ColumnStats(name, column, counts, isMasked, pathShapes, isNumeric ? numbers : null, rareEmpty);
    }

    /** The counts of the cells' keys, or {@code null} when more than {@code limit} or fewer than two. */
    private static Map<String, Integer> countsBy(ParsedTable t, List<Integer> records, int column, int limit,
                                                 UnaryOperator<String> key) {
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 0; k < records.size(); k++) {
            counts.merge(key.apply(cell(t, records.get(k), column)), 1, Integer::sum);
            if (counts.size() > limit) {
                return null;
            }
        }
        return counts.size() >= 2 ? counts : null;
    }

    private static String cell(ParsedTable t, int record, int column) {
        List<String> cells = t.cells.get(record);
        return column < cells.size() ? cells.get(column) : "";
    }

    /** The key a cell is counted under: as written, or with digit runs masked. */
    String key(String cell) {
        return pathShapes ? maskIds(cell) : masked ? mask(cell) : cell;
    }

    /** Whether most of the column's cells are absolute paths ({@code hdfs dfs -ls -R}, {@code find -ls}). */
    static boolean isPaths(ParsedTable t, List<Integer> records, int column) {
        int paths = 0;
        for (int record : records) {
            String cell = cell(t, record, column);
            paths += cell.length() > 1 && cell.charAt(0) == '/' ? 1 : 0;
        }
        return paths * 10 >= records.size() * 9;
    }

    /**
     * A path with its ids as {@code #}: every run of letters and digits that holds a digit, or that is all lower-case
     * hex of four or more ({@code part-00002-25de6b38-a9f8-42a7-aace-…} → {@code part-#-#-#-#-#-…}), so
     * {@code …/hour=14/_temporary} stands out among the {@code …/hour=#/part-#…} and {@code …/_SUCCESS} of every hour.
     */
    static String maskIds(String cell) {
        StringBuilder sb = new StringBuilder(cell.length());
        int i = 0;
        int n = cell.length();
        while (i < n) {
            char c = cell.charAt(i);
            if (!CharClass.isLetterOrDigit(c)) {
                sb.append(c);
                i++;
                continue;
            }
            int start = i;
            boolean digit = false;
            boolean hex = true;
            while (i < n && CharClass.isLetterOrDigit(cell.charAt(i))) {
                char d = cell.charAt(i);
                digit |= d >= '0' && d <= '9';
                hex &= d >= '0' && d <= '9' || d >= 'a' && d <= 'f';
                i++;
            }
            sb.append(digit || hex && i - start >= 4 ? "#" : cell.substring(start, i));
        }
        return sb.toString();
    }

    /** {@code Up 3 hours} → {@code Up # hours}. */
    static String mask(String cell) {
        StringBuilder sb = null;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                if (sb == null) {
                    sb = new StringBuilder(cell.length()).append(cell, 0, i);
                }
                if (i == 0 || cell.charAt(i - 1) < '0' || cell.charAt(i - 1) > '9') {
                    sb.append('#');
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? cell : sb.toString();
    }

    /**
     * The number a cell starts with: optional sign, digits, optional fraction, optionally {@code %}, then
     * the end or a blank or {@code (} ({@code 47 (3m ago)}, as kubectl prints restarts); NaN otherwise.
     */
    static double leadingNumber(String cell) {
        int n = cell.length();
        int i = 0;
        if (i < n && (cell.charAt(i) == '-' || cell.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < n && CharClass.isDigit(cell.charAt(i)) && cell.charAt(i) < 128) {
            i++;
        }
        if (i == digits) {
            return Double.NaN;
        }
        if (i < n && cell.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && cell.charAt(i) >= '0' && cell.charAt(i) <= '9') {
                i++;
            }
            if (i == fraction) {
                return Double.NaN;
            }
        }
        int end = i;
        if (i < n && cell.charAt(i) == '%') {
            i++;
        }
        if (i < n && cell.charAt(i) != ' ' && cell.charAt(i) != '(') {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell.substring(0, end));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Positions (into the records given to {@link #of}) of the numeric outliers, most extreme first: far
     * from the median by the median absolute deviation (values beyond six robust standard deviations;
     * when most values are equal, by the 10th–90th percentile spread, else any value off the median), or
     * negative where at least 95% are not. Empty for a column that is not numeric.
     */
    List<Integer> outliers() {
        List<Integer> found = new ArrayList<>();
        if (numbers == null) {
            return found;
        }
        double[] sorted = Arrays.stream(numbers).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = sorted.length;
        double median = median(sorted);
        double[] deviations = new double[n];
        for (int i = 0; i < n; i++) {
            deviations[i] = Math.abs(sorted[i] - median);
        }
        Arrays.sort(deviations);
        double scale = 1.4826 * median(deviations);
        if (scale == 0.0) {
            scale = (sorted[(int) (0.9 * (n - 1))] - sorted[(int) (0.1 * (n - 1))]) / 2.56;
        }
        int negatives = 0;
        for (double v : sorted) {
            negatives += v < 0 ? 1 : 0;
        }
        boolean negativeIsRare = negatives * 20 <= n;
        double threshold = 6.0 * scale;
        for (int k = 0; k < numbers.length; k++) {
            double v = numbers[k];
            if (Double.isNaN(v)) {
                continue;
            }
            double d = Math.abs(v - median);
            if ((scale > 0.0 ? d > threshold : d > 0.0) || (v < 0 && negativeIsRare)) {
                found.add(k);
            }
        }
        found.sort((a, b) -> {
            int c = Double.compare(Math.abs(numbers[b] - median), Math.abs(numbers[a] - median));
            return c != 0 ? c : Integer.compare(a, b);
        });
        return found;
    }

    /**
     * Positions of the values that stand out above all others ({@link NumericOutliers#standOutFloor}), most
     * extreme first: the one consumer lag of 2.4 million among lags of 0 to a few thousand, where the spread
     * of a heavy tail makes {@link #outliers()} flag a tenth of the column.
     */
    List<Integer> standOut() {
        if (numbers == null) {
            return List.of();
        }
        double[] sorted = Arrays.stream(numbers).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double floor = NumericOutliers.standOutFloor(sorted);
        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < numbers.length && !Double.isNaN(floor); k++) {
            if (numbers[k] >= floor) {
                found.add(k);
            }
        }
        found.sort((a, b) -> numbers[a] != numbers[b] ? Double.compare(numbers[b], numbers[a]) : Integer.compare(a, b));
        return found;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
