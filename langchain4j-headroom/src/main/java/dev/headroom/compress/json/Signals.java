package dev.headroom.compress.json;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The statistical signals of one array, each a ranked list of item indexes (best first, ties by index):
 * numeric outliers, change points, rare values and best-by-score items. Items are flattened into
 * columns by path: an object's members and the members of its nested objects one level down
 * ({@code EbsInfo.MaximumIops}) and the status members two levels down ({@code status.connector.state}), an array
 * item's positions, or the scalar item itself.
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

    static final Set<String> SCORE_WORDS = Set.of("score", "relevance", "rating", "confidence",
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

    record Candidate(int index, int rank, double strength) {}

    static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::rank)
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
                // both signals read the column's median and MAD: each found once
                double median = Robust.median(x);
                double mad = Robust.mad(x, median);
                SeriesSignals.outliers(x, index, perGroup, median, mad, outliers);
                if (numbers >= MIN_SERIES && numbers * 10 >= n * 9) {
                    SeriesSignals.numericChanges(x, index, median, mad, changes);
                }
                SeriesSignals.topByScore(path, x, index, top);
            } else if (present >= MIN_CATEGORICAL) {
                CategorySignals.categorical(values, present, perGroup, rare, changes);
            }
            CategorySignals.presence(path, values, present, n, perGroup, rare);
        }
        return new Signals(ranked(outliers), ranked(changes), ranked(rare), ranked(top));
    }

    /** Columns by path in first-seen order; each holds one value (or null) per item. */
    private static Map<String, Node[]> flatten(Node[] items) {
        Map<String, Node[]> columns = new LinkedHashMap<>();
        int n = items.length;
        // the items of an array share one names array (the parser's): their members' columns are found once per shape
        String[] shape = null;
        Node[][] shapeColumns = null;
        for (int i = 0; i < n; i++) {
            Node item = items[i];
            int[] budget = {MAX_VALUES_PER_ITEM};
            if (item.isScalar()) {
                put(columns, "", i, item, n);
            } else if (item.isObject() && item.names == shape) {
                flattenShaped(columns, item, shapeColumns, i, n, budget);
            } else {
                flattenInto(columns, item, "", i, n, 0, budget);
                if (item.isObject()) {
                    shape = item.names;
                    shapeColumns = new Node[shape.length][];
                    for (int j = 0; j < shape.length; j++) {
                        shapeColumns[j] = columns.get(shape[j]);
                    }
                }
            }
        }
        return columns;
    }

    /**
     * {@link #flattenInto} at the top of an item whose members' columns are known ({@code null}: not there yet, or
     * refused past {@link #MAX_COLUMNS}; {@link #put} decides again).
     */
    private static void flattenShaped(Map<String, Node[]> columns, Node item, Node[][] shapeColumns, int i, int n,
                                      int[] budget) {
        for (int j = 0; j < item.children.length && budget[0] > 0; j++) {
            Node child = item.children[j];
            budget[0]--;
            Node[] column = shapeColumns[j];
            if (column == null) {
                put(columns, item.names[j], i, child, n);
                shapeColumns[j] = columns.get(item.names[j]);
            } else if (column[i] == null) { // a duplicate member keeps its first value
                column[i] = child;
            }
            if (child.isObject()) {
                // presence of the nested object itself counts too, and its members one level down
                flattenInto(columns, child, item.names[j], i, n, 1, budget);
            }
        }
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
            } else if (child.isObject() && depth == 1) {
                put(columns, path, item, child, n);
                statusMembers(columns, child, path, item, n, budget);
            } else {
                put(columns, path, item, child, n);
            }
        }
    }

    /**
     * Two levels down only the status members ({@code status.connector.state}: one connector {@code PAUSED} among
     * {@code RUNNING}); every member that deep would bury them among the rare values of payload (tags, settings).
     */
    private static void statusMembers(Map<String, Node[]> columns, Node node, String prefix, int item, int n, int[] budget) {
        for (int j = 0; j < node.children.length && budget[0] > 0; j++) {
            Node child = node.children[j];
            if (child.isScalar() && MemberRole.mayBeStatus(node.names[j])) {
                MemberRole role = MemberRole.of(node.names[j]);
                if (role == MemberRole.STATUS || role == MemberRole.HTTP_STATUS) {
                    budget[0]--;
                    put(columns, prefix + "." + node.names[j], item, child, n);
                }
            }
        }
    }

    private static final List<String> POSITIONS = IntStream.range(0, 64).mapToObj(j -> "[" + j + "]").toList();

    private static String position(int j) {
        return j < POSITIONS.size() ? POSITIONS.get(j) : "[" + j + "]";
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
        double fast = plainDecimal(text);
        if (fast == fast) {
            return fast;
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0.0; // cannot happen for strict JSON numbers; keeps scoring total
        }
        // beyond double's range (1e400): clamp, so medians stay finite; the text itself is never touched
        return Double.isInfinite(v) ? Math.copySign(1e300, v) : v;
    }

    /** Exact powers of ten as doubles, 10^0 .. 10^15. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    /**
     * {@code Double.parseDouble(text)} of a plain decimal ({@code -?digits(.digits)?}) with at most 15 digits in all,
     * NaN for anything else. Such a number is {@code m / 10^f} with {@code m < 2^53} and {@code 10^f} exact, and an
     * IEEE division rounds that quotient correctly, as {@code parseDouble} does (Clinger's fast path): the same
     * double, without the general parser, for the numbers of almost every tool result.
     */
    static double plainDecimal(String text) {
        int n = text.length();
        int k = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (k == n || n - k > 16) {
            return Double.NaN;
        }
        long m = 0;
        int digits = 0;
        int fraction = -1;
        for (; k < n; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                m = 10 * m + (c - '0');
                digits++;
                fraction += fraction >= 0 ? 1 : 0;
            } else if (c == '.' && fraction < 0 && digits > 0 && k + 1 < n) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits > 15) {
            return Double.NaN;
        }
        double v = fraction > 0 ? m / POWERS_OF_TEN[fraction] : m;
        return text.charAt(0) == '-' ? -v : v;
    }
}
