package dev.headroom.internal.template;

import dev.headroom.compress.WorkBudget;
import dev.headroom.internal.CharClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lines where a repeated measurement moves to another level and stays there: the disk whose write wait went
 * from under a millisecond to hundreds from one report of {@code iostat -x 10} on, the CPU's {@code %iowait} that
 * jumped from 1 to 40, the queue depth that stayed at zero and then at 5,000. Periodic reports ({@code iostat},
 * {@code vmstat}, {@code sar}, {@code docker stats}, a metrics log) repeat one line per device or per interval;
 * their templates mask the numbers, and {@link NumericOutliers} looks for a few extreme values, not for a
 * sustained change that covers a third of the samples — so without this rule the onset of the problem is
 * summarised away.
 *
 * <p>A <em>series</em> is the values of one field in the lines of one template family with the same first word: the
 * {@code k}-th whitespace-separated field when it is a number (with an optional unit or {@code %}), or the value
 * of a {@code name=value} / {@code name:value} field, by name. A series of at least {@value #MIN_VALUES} values
 * shifts when its values split, at the widest gap between them, into a low and a high class of at least
 * {@value #MIN_CLASS} values each, the lowest high value at least {@value #GAP} times the highest low value, the high
 * class's median at least {@value #TIMES_MEDIAN} times the low class's; the series starts in one level (its second
 * to fourth values: the first report of a periodic tool covers the time since boot) and the other level forms at most
 * {@value #MAX_RUNS} runs in line order, each of at least {@value #MIN_CLASS} values (a regime, not values that
 * alternate, nor a spike, which {@link NumericOutliers} looks for; a shorter run is allowed only at either end).
 * Sorted series (a listing by size, a counter, a date) are not shifts. For each shifting series the first line of each run of the other
 * class is kept — where the change began (and, after a recovery, where it began again); at most {@code limit}
 * lines, largest shifts first. Values under a hundredth of the series' largest count as that hundredth (0, 1 and 2 are one level beside 40).
 * Deterministic.
 */
public final class LevelShifts {

    /** Values a series needs before it has levels. */
    static final int MIN_VALUES = 10;
    /** Values each level needs: one odd sample (iostat's first report, since boot) is not a level. */
    static final int MIN_CLASS = 3;
    /** The lowest high value is at least this many times the highest low value: the levels do not touch. */
    static final double GAP = 2.0;
    /** The high level's median is at least this many times the low level's: a doubling is noise, five times is not. */
    static final double TIMES_MEDIAN = 5.0;
    /** Runs the other level may form: a shift, or a shift and a return and a second shift. */
    static final int MAX_RUNS = 2;
    /** Fields per line looked at. */
    static final int MAX_FIELDS = 32;

    private LevelShifts() {}

    /** Indices of up to {@code limit} lines where a series moves to its other level, in line order. */
    public static List<Integer> of(String[] lines, LineTemplates templates, int limit, WorkBudget budget) {
        // by family: a template keeps a number of few values (0, 1, 2 before the change), so the samples of one
        // measurement fall into templates that differ only there
        int[] familyOf = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            familyOf[i] = templates.family(templates.templateOf(i));
        }
        return of(lines, null, familyOf, templates.families(), limit, budget);
    }

    /**
     * Indices of up to {@code limit} lines where a series moves to its other level, in line order, with the lines
     * grouped by the caller ({@code familyOf[i]} in {@code 0..families-1}): a log's records by their own templates.
     * Only numbers a word names ({@code took 48ms}, {@code depth=5000}, as {@link NamedNumbers} reads them) form
     * series: a log message names its quantities, and its unnamed numbers are thread ids, pids and dates; a periodic
     * report's columns are named by its header.
     */
    public static List<Integer> of(NamedNumbers named, int[] familyOf, int families, int limit, WorkBudget budget) {
        return of(null, named, familyOf, families, limit, budget);
    }

    /** Series of every numeric field of {@code lines}, or of the numbers a word names when {@code named} is given. */
    private static List<Integer> of(String[] lines, NamedNumbers named, int[] familyOf, int families, int limit, WorkBudget budget) {
        int n = familyOf.length;
        if (limit <= 0 || n < MIN_VALUES) {
            return List.of();
        }
        budget.charge(n);
        int[] familySize = new int[families];
        for (int i = 0; i < n; i++) {
            familySize[familyOf[i]]++;
        }
        // per family (null when too small to have levels): its series by name, or by first word and field
        List<Map<String, Series>> byFamily = new ArrayList<>(families);
        for (int f = 0; f < families; f++) {
            byFamily.add(familySize[f] >= MIN_VALUES ? new HashMap<>() : null);
        }
        for (int i = 0; i < n; i++) {
            Map<String, Series> series = byFamily.get(familyOf[i]);
            if (series == null) {
                continue;
            }
            if (named != null) {
                for (NamedNumbers.Named number : named.of(i)) {
                    series.computeIfAbsent(number.name(), k -> new Series()).add(i, number.value());
                }
            } else {
                collect(lines[i], i, series);
            }
        }
        double[] score = new double[n];
        // a line's score is the largest of its series' (order-free); families and keys in order all the same
        for (Map<String, Series> series : byFamily) {
            if (series != null) {
                for (Series s : new TreeMap<>(series).values()) {
                    s.score(score);
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

    /** Adds the line's numeric fields to its family's series: key = first word, field. */
    private static void collect(String line, int index, Map<String, Series> series) {
        int len = line.length();
        int pos = 0;
        int field = 0;
        String firstWord = null;
        while (pos < len && field < MAX_FIELDS) {
            while (pos < len && CharClass.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            if (pos == len) {
                break;
            }
            int start = pos;
            while (pos < len && !CharClass.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            String token = line.substring(start, pos);
            int separator = ReportFields.separator(token);
            if (field == 0) {
                // the row's key (a device, a container); a number or a name=value is a sample, not a key
                firstWord = ReportFields.number(token) == null && separator < 0 && !ReportFields.isClock(token) ? token : "";
            }
            String name = "#" + field;
            double value;
            if (separator > 0) {
                name = token.substring(0, separator);
                Double v = ReportFields.number(token.substring(separator + 1));
                value = v == null ? Double.NaN : v;
            } else {
                Double v = ReportFields.number(token);
                value = v == null ? Double.NaN : v;
            }
            if (!Double.isNaN(value)) {
                series.computeIfAbsent(firstWord + "\u0000" + name, k -> new Series()).add(index, value);
            }
            field++;
        }
    }

    /** The values of one field in line order. */
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

        /** Raises the score of the first line of each run of the other level to the shift's size. */
        void score(double[] score) {
            if (count < MIN_VALUES || sorted()) {
                return;
            }
            double[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            // below a hundredth of the largest value is as good as zero: 0, 1 and 2 are one level beside 40
            double floor = sorted[count - 1] / 100;
            if (floor <= 0) {
                return;
            }
            // the widest gap (as a ratio) with at least MIN_CLASS values on each side
            int split = -1;
            double widest = 0;
            for (int k = MIN_CLASS; k <= count - MIN_CLASS; k++) {
                double ratio = Math.max(sorted[k], floor) / Math.max(sorted[k - 1], floor);
                if (ratio > widest) {
                    widest = ratio;
                    split = k;
                }
            }
            if (split < 0 || widest < GAP) {
                return;
            }
            double lowMedian = Math.max(sorted[split / 2], floor);
            double highMedian = sorted[split + (count - split) / 2];
            if (highMedian < TIMES_MEDIAN * lowMedian) {
                return;
            }
            double threshold = sorted[split];
            // the level the series starts in: its second to fourth values agree (the first report of iostat,
            // vmstat or sar covers the time since boot, and may differ)
            boolean startsHigh = values[1] >= threshold;
            for (int k = 2; k <= MIN_CLASS; k++) {
                if ((values[k] >= threshold) != startsHigh) {
                    return;
                }
            }
            List<Integer> onsets = new ArrayList<>(MAX_RUNS);
            int run = 0;
            for (int k = 0; k <= count; k++) {
                boolean other = k < count && (values[k] >= threshold) != startsHigh;
                if (other) {
                    run++;
                    continue;
                }
                if (run >= MIN_CLASS) {
                    if (onsets.size() == MAX_RUNS) {
                        return;
                    }
                    onsets.add(lines[k - run]);
                } else if (run > 0 && k - run > 0 && k < count) {
                    // a level is a run of samples: a shorter run inside the series is a spike (NumericOutliers) or
                    // noise; at either end it is the first report (since boot) or a change that has only begun
                    return;
                }
                run = 0;
            }
            double size = Math.log(highMedian / lowMedian);
            for (int line : onsets) {
                score[line] = Math.max(score[line], size);
            }
        }

        /**
         * Whether the values rise (or fall) step by step, at least three times and at most one step in ten against the
         * rest: a counter, a sorted column, a day of the month that restarts once.
         */
        private boolean sorted() {
            int up = 0;
            int down = 0;
            for (int k = 1; k < count; k++) {
                up += values[k] > values[k - 1] ? 1 : 0;
                down += values[k] < values[k - 1] ? 1 : 0;
            }
            // two levels without noise: one step up, or one up and one down
            return up + down >= 3 && Math.min(up, down) * 10 <= up + down;
        }
    }
}
