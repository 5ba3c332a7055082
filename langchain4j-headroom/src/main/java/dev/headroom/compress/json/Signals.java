package dev.headroom.compress.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistical signals of one array, each a ranked list of item indexes (best first, ties by index):
 * numeric outliers, change points, rare values and best-by-score items. Items are flattened into
 * columns by path: an object's members and the members of its nested objects one level down
 * ({@code EbsInfo.MaximumIops}), an array item's positions, or the scalar item itself.
 *
 * <ul>
 *   <li><b>Outliers</b>: per numeric column, robust z = 0.6745·|x − median| / MAD above
 *       {@link #OUTLIER_Z}; when the MAD is 0, the few values (≤ {@link #RARE_SHARE}) that differ from
 *       the median.</li>
 *   <li><b>Change points</b>: in a numeric series, where the median of the next window differs from the
 *       median of the previous one by more than the noise (4σ from first differences), three times the
 *       typical window difference and half a standard deviation of the column (first item of the new
 *       level, at most {@link #MAX_CHANGES_PER_COLUMN} per column); in a low-cardinality column that is
 *       grouped into long runs, the first item of each run.</li>
 *   <li><b>Rare values</b>: in a categorical column (at most a quarter distinct values), values held by at
 *       most {@link #RARE_SHARE} of the items and at least {@link #RARE_CONTRAST} times less often than the
 *       most common value; members present (or missing) in at most that share of the items.</li>
 *   <li><b>Top by score</b>: the {@link #TOP_PER_COLUMN} best items of a numeric column named like a score
 *       ({@code score}, {@code relevance}, {@code rating}, {@code confidence}; {@code rank} ascending).</li>
 * </ul>
 * Deterministic: columns are visited in first-seen order and every sort breaks ties by item index.
 */
final class Signals {

    static final double OUTLIER_Z = 3.5;
    static final double RARE_SHARE = 0.05;
    /** A rare value is at least this many times less frequent than the column's most common value. */
    static final int RARE_CONTRAST = 4;
    static final int MIN_NUMERIC = 8;
    static final int MIN_CATEGORICAL = 10;
    static final int MIN_SERIES = 20;
    /** Longer numeric series are scanned for change points as this many block medians. */
    static final int MAX_SERIES_POINTS = 2_048;
    static final int MAX_CHANGES_PER_COLUMN = 3;
    static final int TOP_PER_COLUMN = 3;
    /** Bounds on the flattening, so a huge item costs no more than this many values. */
    static final int MAX_COLUMNS = 256;
    static final int MAX_VALUES_PER_ITEM = 128;

    private static final Set<String> SCORE_WORDS = Set.of("score", "relevance", "rating", "confidence",
            "similarity", "stars", "votes", "popularity");

    final List<Integer> outliers;
    final List<Integer> changes;
    final List<Integer> rare;
    final List<Integer> top;

    private Signals(List<Integer> outliers, List<Integer> changes, List<Integer> rare, List<Integer> top) {
        this.outliers = outliers;
        this.changes = changes;
        this.rare = rare;
        this.top = top;
    }

    private record Candidate(int index, int rank, double strength) {}

    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::rank)
            .thenComparing(Comparator.comparingDouble(Candidate::strength).reversed())
            .thenComparingInt(Candidate::index);

    /**
     * @param perGroup at most this many items per group (a column's outliers, one rare value, one run
     *                 boundary column): a few examples show the pattern, the rest stay retrievable
     */
    static Signals of(Node[] items, int perGroup) {
        Map<String, Node[]> columns = flatten(items);
        int n = items.length;
        List<Candidate> outliers = new ArrayList<>();
        List<Candidate> changes = new ArrayList<>();
        List<Candidate> rare = new ArrayList<>();
        List<Candidate> top = new ArrayList<>();
        for (Map.Entry<String, Node[]> column : columns.entrySet()) {
            String path = column.getKey();
            Node[] values = column.getValue();
            int present = 0;
            int numbers = 0;
            for (Node v : values) {
                if (v != null) {
                    present++;
                    if (v.type == Node.Type.NUMBER) {
                        numbers++;
                    }
                }
            }
            if (numbers >= MIN_NUMERIC && numbers * 2 >= present) {
                int[] index = new int[numbers];
                double[] x = new double[numbers];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (values[i] != null && values[i].type == Node.Type.NUMBER) {
                        index[k] = i;
                        x[k++] = toDouble(values[i].text);
                    }
                }
                outliers(x, index, perGroup, outliers);
                if (numbers >= MIN_SERIES && numbers * 10 >= n * 9) {
                    numericChanges(x, index, changes);
                }
                topByScore(path, x, index, top);
            } else if (present >= MIN_CATEGORICAL) {
                categorical(values, present, perGroup, rare, changes);
            }
            presence(path, values, present, n, perGroup, rare);
        }
        return new Signals(ranked(outliers), ranked(changes), ranked(rare), ranked(top));
    }

    /** Columns by path in first-seen order; each holds one value (or null) per item. */
    private static Map<String, Node[]> flatten(Node[] items) {
        Map<String, Node[]> columns = new LinkedHashMap<>();
        int n = items.length;
        for (int i = 0; i < n; i++) {
            Node item = items[i];
            int[] budget = {MAX_VALUES_PER_ITEM};
            if (item.isScalar()) {
                put(columns, "", i, item, n);
            } else {
                flattenInto(columns, item, "", i, n, 0, budget);
            }
        }
        return columns;
    }

    private static void flattenInto(Map<String, Node[]> columns, Node node, String prefix, int item, int n, int depth,
                                    int[] budget) {
        for (int j = 0; j < node.children.length && budget[0] > 0; j++) {
            String name = node.isObject() ? node.names[j] : position(j);
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            Node child = node.children[j];
            budget[0]--;
            if (child.isScalar()) {
                put(columns, path, item, child, n);
            } else if (child.isObject() && depth == 0) {
                // presence of the nested object itself counts too ("InstanceStorageInfo" only on some items)
                put(columns, path, item, child, n);
                flattenInto(columns, child, path, item, n, depth + 1, budget);
            } else {
                put(columns, path, item, child, n);
            }
        }
    }

    private static final String[] POSITIONS = new String[64];

    static {
        for (int j = 0; j < POSITIONS.length; j++) {
            POSITIONS[j] = "[" + j + "]";
        }
    }

    private static String position(int j) {
        return j < POSITIONS.length ? POSITIONS[j] : "[" + j + "]";
    }

    private static void put(Map<String, Node[]> columns, String path, int item, Node value, int n) {
        Node[] column = columns.get(path);
        if (column == null) {
            if (columns.size() >= MAX_COLUMNS) {
                return;
            }
            column = new Node[n];
            columns.put(path, column);
        }
        if (column[item] == null) { // a duplicate member keeps its first value
            column[item] = value;
        }
    }

    private static void outliers(double[] x, int[] index, int perGroup, List<Candidate> out) {
        double median = Robust.median(x);
        double mad = Robust.mad(x, median);
        List<Candidate> column = new ArrayList<>();
        if (mad > 0.0) {
            for (int k = 0; k < x.length; k++) {
                double z = 0.6745 * Math.abs(x[k] - median) / mad;
                if (z > OUTLIER_Z) {
                    column.add(new Candidate(index[k], 0, Math.min(z, 1e6)));
                }
            }
        } else {
            int differing = 0;
            for (double v : x) {
                if (v != median) {
                    differing++;
                }
            }
            if (differing > 0 && differing <= Math.max(1, (int) (RARE_SHARE * x.length))) {
                for (int k = 0; k < x.length; k++) {
                    if (x[k] != median) {
                        column.add(new Candidate(index[k], 0, Math.min(Math.abs(x[k] - median), 1e6)));
                    }
                }
            }
        }
        // the strongest few per column, ranked so that every column's best comes before any second best
        column.sort(ORDER);
        for (int k = 0; k < Math.min(perGroup, column.size()); k++) {
            Candidate c = column.get(k);
            out.add(new Candidate(c.index(), k, c.strength()));
        }
    }

    private static void numericChanges(double[] x, int[] index, List<Candidate> out) {
        int m = x.length;
        // a long series is scanned as block medians (at most MAX_SERIES_POINTS); the raw values pin the step
        int block = (m + MAX_SERIES_POINTS - 1) / MAX_SERIES_POINTS;
        double[] y = block == 1 ? x : blockMedians(x, block);
        int my = y.length;
        if (my < MIN_SERIES) {
            return;
        }
        int w = Math.max(3, Math.min(10, my / 10));
        double[] diffs = new double[my - 1];
        for (int i = 1; i < my; i++) {
            diffs[i - 1] = Math.abs(y[i] - y[i - 1]);
        }
        // σ of the noise from first differences: a level shift is one large difference among many small
        double sigma = Robust.median(diffs) / (0.6745 * Math.sqrt(2.0));
        double median = Robust.median(y);
        double spread = Robust.MAD_TO_SIGMA * Robust.mad(y, median);
        double[] d = new double[my];
        double[] window = new double[w];
        // the median of every window of w values, once each: d[i] compares the window at i with the one at i - w
        double[] windowMedians = new double[my - w + 1];
        for (int start = 0; start <= my - w; start++) {
            windowMedians[start] = windowMedian(y, start, w, window);
        }
        for (int i = w; i <= my - w; i++) {
            d[i] = Math.abs(windowMedians[i] - windowMedians[i - w]);
        }
        double typical = Robust.median(Arrays.copyOfRange(d, w, my - w + 1));
        double threshold = Math.max(Math.max(4 * sigma, 3 * typical), Math.max(0.5 * spread, 1e-12));
        List<Integer> above = new ArrayList<>();
        for (int i = w; i <= my - w; i++) {
            if (d[i] > threshold) {
                above.add(i);
            }
        }
        above.sort((a, b) -> d[a] != d[b] ? Double.compare(d[b], d[a]) : Integer.compare(a, b));
        List<Integer> peaks = new ArrayList<>();
        for (int i : above) {
            if (peaks.size() >= MAX_CHANGES_PER_COLUMN) {
                break;
            }
            boolean near = false;
            for (int p : peaks) {
                near |= Math.abs(p - i) < w;
            }
            if (!near) {
                peaks.add(i);
            }
        }
        for (int p : peaks) {
            // the window medians locate the shift within ±w (blocks); the largest single raw step pins it
            int from = Math.max(1, (p - w + 1) * block);
            int to = Math.min(m - 1, (p + w) * block - 1);
            int best = from;
            for (int j = from; j <= to; j++) {
                if (Math.abs(x[j] - x[j - 1]) > Math.abs(x[best] - x[best - 1])) {
                    best = j;
                }
            }
            out.add(new Candidate(index[best], 0, d[p] / threshold));
        }
    }

    private static double[] blockMedians(double[] x, int block) {
        double[] y = new double[(x.length + block - 1) / block];
        double[] scratch = new double[block];
        for (int b = 0; b < y.length; b++) {
            int from = b * block;
            int len = Math.min(block, x.length - from);
            System.arraycopy(x, from, scratch, 0, len);
            y[b] = Robust.medianOfCount(scratch, len);
        }
        return y;
    }

    private static double windowMedian(double[] x, int from, int w, double[] scratch) {
        System.arraycopy(x, from, scratch, 0, w);
        Arrays.sort(scratch);
        return (w % 2 == 1) ? scratch[w / 2] : (scratch[w / 2 - 1] + scratch[w / 2]) / 2.0;
    }

    private static void topByScore(String path, double[] x, int[] index, List<Candidate> out) {
        int dot = path.lastIndexOf('.');
        List<String> words = Words.of(dot >= 0 ? path.substring(dot + 1) : path);
        String last = Words.last(words);
        boolean rank = last.equals("rank") || last.equals("ranking");
        if (!rank && !SCORE_WORDS.contains(last)) {
            return;
        }
        Integer[] order = new Integer[x.length];
        for (int k = 0; k < x.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
            int c = rank ? Double.compare(x[a], x[b]) : Double.compare(x[b], x[a]);
            return c != 0 ? c : Integer.compare(index[a], index[b]);
        });
        for (int k = 0; k < Math.min(TOP_PER_COLUMN, order.length); k++) {
            out.add(new Candidate(index[order[k]], k, 1.0));
        }
    }

    private static void categorical(Node[] values, int present, int perGroup, List<Candidate> rare,
                                    List<Candidate> changes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Node v : values) {
            if (v != null && (v.type == Node.Type.STRING || v.type == Node.Type.TRUE || v.type == Node.Type.FALSE)) {
                counts.merge(v.scalarText(), 1, Integer::sum);
            }
        }
        int distinct = counts.size();
        if (distinct < 2 || distinct > Math.max(2, present / 4)) {
            return;
        }
        int rareLimit = Math.max(1, (int) (RARE_SHARE * present));
        int mostCommon = 0;
        for (int count : counts.values()) {
            mostCommon = Math.max(mostCommon, count);
        }
        // rare against the column's own norm: 24 dates 5 times each are not rare, 2 "ap" among 198 "us" are
        rareLimit = Math.min(rareLimit, mostCommon / RARE_CONTRAST);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            Node v = values[i];
            if (v == null || v.isContainer() || v.type == Node.Type.NULL || v.type == Node.Type.NUMBER) {
                continue;
            }
            String key = v.scalarText();
            int count = counts.get(key);
            if (count <= rareLimit) {
                int rank = seen.merge(key, 1, Integer::sum) - 1;
                if (rank < perGroup) {
                    rare.add(new Candidate(i, rank, 1.0 - (double) count / present));
                }
            }
        }
        if (present >= MIN_SERIES && distinct <= 10) {
            runStarts(values, present, perGroup, changes);
        }
    }

    /** In a column grouped into a few long runs (sorted or batched data), the first item of each run. */
    private static void runStarts(Node[] values, int present, int perGroup, List<Candidate> changes) {
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
            changes.add(new Candidate(starts.get(k), k, 0.5));
        }
    }

    private static void presence(String path, Node[] values, int present, int n, int perGroup,
                                 List<Candidate> rare) {
        if (n < MIN_CATEGORICAL || present == 0 || present == n || path.isEmpty()) {
            return;
        }
        int rareLimit = Math.max(1, (int) (RARE_SHARE * n));
        boolean rareWith = present <= rareLimit;
        boolean rareWithout = n - present <= rareLimit;
        if (!rareWith && !rareWithout) {
            return;
        }
        int rank = 0;
        for (int i = 0; i < n && rank < perGroup; i++) {
            if ((values[i] != null) == rareWith) {
                rare.add(new Candidate(i, rank++, 1.0 - (double) (rareWith ? present : n - present) / n));
            }
        }
    }

    /** Best first by (rank, strength, index); each item once, at its best position. */
    private static List<Integer> ranked(List<Candidate> candidates) {
        candidates.sort(ORDER);
        List<Integer> out = new ArrayList<>(candidates.size());
        BitSet seen = new BitSet();
        for (Candidate c : candidates) {
            if (!seen.get(c.index())) {
                seen.set(c.index());
                out.add(c.index());
            }
        }
        return out;
    }

    static double toDouble(String text) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0.0; // cannot happen for strict JSON numbers; keeps scoring total
        }
        // beyond double's range (1e400): clamp, so medians stay finite; the text itself is never touched
        return Double.isInfinite(v) ? Math.copySign(1e300, v) : v;
    }
}
