package dev.headroom.compress.json;

import dev.headroom.compress.WorkBudget;
import dev.headroom.relevance.Bm25;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses which whole items of one large array stay visible, under one budget of {@code maxItems}.
 *
 * <p><b>The budget.</b> Items are taken in this order, each item once, and always shown in their
 * original order:
 * <ol>
 *   <li>every error item ({@link ErrorItems}), even beyond the budget, up to {@code 4 × maxItems};</li>
 *   <li>the items best matching the query context (BM25 with IDF from this array's items; at most
 *       {@code maxItems / 3}, holding query terms worth at least {@link #QUERY_MIN_SCORE} IDF and half
 *       what the best item holds; arrays
 *       over {@link #MAX_QUERY_ITEMS} items are not scored);</li>
 *   <li>the first {@code maxItems / 5} (1–5) and last {@code maxItems / 6} (1–3) items;</li>
 *   <li>while fewer than {@code maxItems} are kept, round-robin over the {@link Signals} lists
 *       (outlier, change point, rare value, top by score), best first, with at most {@code maxItems / 5}
 *       (at least 2) items from any one group (a column's outliers, one rare value).</li>
 * </ol>
 * Nothing is added just to fill the budget: an array without signals keeps only its anchors.
 *
 * <p><b>The size ceiling.</b> Whole items can be large (a {@code pip inspect} entry carries its package's
 * README), so the kept items must also fit {@code maxChars} (the array's share of the lossy token budget):
 * while they do not, items are dropped by reason, least important first (top by score, rare values,
 * change points, outliers, last, first, errors, query matches; within a reason the latest item first), but
 * one item always stays. The disclosure counts only what stays.
 *
 * <p>For arrays of scalars of one type the disclosure also carries a summary (numbers: min, max, median as
 * written and the mean; strings: distinct count and the most frequent values).
 *
 * <p>Deterministic (ties break by item index). Not thread-safe: one instance per compression.
 */
final class ItemSelector {

    /** Why an item was kept; the declaration order is the order of the disclosure's "kept" text. */
    enum Reason {
        FIRST("first", "first"),
        LAST("last", "last"),
        ERROR("error", "errors"),
        QUERY("query match", "query matches"),
        OUTLIER("outlier", "outliers"),
        CHANGE("change point", "change points"),
        RARE("rare value", "rare values"),
        TOP("top by score", "top by score");

        final String singular;
        final String plural;

        Reason(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }
    }

    /**
     * A kept item must hold query terms worth this much IDF (one term found in fewer than about a third
     * of the items; see {@link Bm25#matches}).
     */
    static final double QUERY_MIN_SCORE = 1.0;
    /** ... and at least this share of what the best-matching item holds of the query. */
    static final double QUERY_RELATIVE = 0.5;
    /** Error items kept at most, as a multiple of {@code maxItems}. */
    static final int ERROR_CAP_FACTOR = 4;
    /** Characters of an item's text indexed for the query. */
    static final int MAX_QUERY_TEXT = 4_000;
    /** Larger arrays are not scored against the query (BM25 indexing cost). */
    static final int MAX_QUERY_ITEMS = 20_000;
    /** Frequent values listed in a string summary. */
    static final int SUMMARY_TOP = 5;

    /** The outcome for one array: kept item indexes (ascending), why, and an optional summary. */
    record Reduction(int[] kept, int total, String description, Node summary) {
        int omitted() {
            return total - kept.length;
        }
    }

    /** The order in which reasons give up their items when the kept items exceed {@code maxChars}. */
    private static final Reason[] DROP_ORDER = {Reason.TOP, Reason.RARE, Reason.CHANGE, Reason.OUTLIER, Reason.LAST,
        Reason.FIRST, Reason.ERROR, Reason.QUERY};

    private final int maxItems;
    private final String query;
    private final ErrorItems errors = new ErrorItems();
    private final WorkBudget budget;
    private long maxChars = Long.MAX_VALUE;

    ItemSelector(int maxItems, String query) {
        this(maxItems, query, WorkBudget.unlimited());
    }

    /** @param budget charged for the query's BM25 over the items */
    ItemSelector(int maxItems, String query, WorkBudget budget) {
        this.budget = budget;
        this.maxItems = maxItems;
        this.query = query == null ? "" : query;
    }

    /** Sets the size ceiling of the kept items of the next arrays (minified characters). */
    ItemSelector maxChars(long maxChars) {
        this.maxChars = Math.max(1, maxChars);
        return this;
    }

    Reduction select(Node array) {
        Node[] items = array.children;
        int n = items.length;
        Reason[] reason = new Reason[n];
        int kept = 0;

        int errorCap = ERROR_CAP_FACTOR * maxItems;
        int errorItems = 0;
        for (int i = 0; i < n; i++) {
            if (errors.isError(items[i])) {
                errorItems++;
                if (errorItems <= errorCap) {
                    reason[i] = Reason.ERROR;
                    kept++;
                }
            }
        }
        if (!query.isBlank()) {
            for (int i : queryMatches(items)) {
                if (reason[i] == null) {
                    reason[i] = Reason.QUERY;
                    kept++;
                }
            }
        }
        int first = Math.max(1, Math.min(5, maxItems / 5));
        int last = Math.max(1, Math.min(3, maxItems / 6));
        for (int i = 0; i < Math.min(first, n); i++) {
            if (reason[i] == null) {
                reason[i] = Reason.FIRST;
                kept++;
            }
        }
        for (int i = Math.max(0, n - last); i < n; i++) {
            if (reason[i] == null) {
                reason[i] = Reason.LAST;
                kept++;
            }
        }
        if (kept < maxItems) {
            Signals signals = Signals.of(items, Math.max(2, maxItems / 5));
            List<List<Integer>> lists = List.of(signals.outliers, signals.changes, signals.rare, signals.top);
            Reason[] labels = {Reason.OUTLIER, Reason.CHANGE, Reason.RARE, Reason.TOP};
            int[] position = new int[lists.size()];
            boolean progress = true;
            while (kept < maxItems && progress) {
                progress = false;
                for (int c = 0; c < lists.size() && kept < maxItems; c++) {
                    List<Integer> list = lists.get(c);
                    while (position[c] < list.size() && reason[list.get(position[c])] != null) {
                        position[c]++;
                    }
                    if (position[c] < list.size()) {
                        reason[list.get(position[c])] = labels[c];
                        kept++;
                        progress = true;
                    }
                }
            }
        }

        kept = fit(items, reason, kept);
        int[] keptIndexes = new int[kept];
        Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
        for (int i = 0, k = 0; i < n; i++) {
            if (reason[i] != null) {
                keptIndexes[k++] = i;
                counts.merge(reason[i], 1, Integer::sum);
            }
        }
        return new Reduction(keptIndexes, n, describe(counts, errorItems), summary(items));
    }

    /** Drops kept items by {@link #DROP_ORDER} until their minified size fits {@code maxChars}; returns how many stay. */
    private int fit(Node[] items, Reason[] reason, int kept) {
        long size = 0;
        for (int i = 0; i < items.length; i++) {
            if (reason[i] != null) {
                size += items[i].length + 1;
            }
        }
        for (int r = 0; r < DROP_ORDER.length && size > maxChars && kept > 1; r++) {
            for (int i = items.length - 1; i >= 0 && size > maxChars && kept > 1; i--) {
                if (reason[i] == DROP_ORDER[r]) {
                    reason[i] = null;
                    size -= items[i].length + 1;
                    kept--;
                }
            }
        }
        return kept;
    }

    private static String describe(Map<Reason, Integer> counts, int errorItems) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Reason, Integer> e : counts.entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            Reason r = e.getKey();
            int c = e.getValue();
            if (r == Reason.FIRST || r == Reason.LAST) {
                sb.append(r.singular).append(' ').append(c);
            } else if (r == Reason.ERROR && errorItems > c) {
                sb.append(c).append(" of ").append(errorItems).append(' ').append(r.plural);
            } else {
                sb.append(c).append(' ').append(c == 1 ? r.singular : r.plural);
            }
        }
        return sb.toString();
    }

    private int[] queryMatches(Node[] items) {
        if (items.length > MAX_QUERY_ITEMS) {
            return new int[0]; // indexing would cost more than it saves; query retrieval still covers them
        }
        List<String> docs = new ArrayList<>(items.length);
        StringBuilder sb = new StringBuilder();
        for (Node item : items) {
            sb.setLength(0);
            appendText(item, sb);
            docs.add(sb.toString());
        }
        return Bm25.index(docs, budget).matches(query, Math.max(1, maxItems / 3), QUERY_RELATIVE, QUERY_MIN_SCORE);
    }

    /** Member names and scalar texts, space separated: what BM25 should see of an item. */
    private static void appendText(Node node, StringBuilder sb) {
        if (sb.length() >= MAX_QUERY_TEXT) {
            return;
        }
        if (node.isScalar()) {
            sb.append(node.scalarText()).append(' ');
            return;
        }
        for (int i = 0; i < node.children.length; i++) {
            if (node.isObject()) {
                sb.append(node.names[i]).append(' ');
            }
            appendText(node.children[i], sb);
        }
    }

    /** For an array of scalars of one type: a summary of all items, kept ones and omitted alike. */
    static Node summary(Node[] items) {
        Node.Type type = items.length == 0 ? null : items[0].type;
        for (Node item : items) {
            boolean sameKind = item.type == type
                    || (isBoolean(item.type) && isBoolean(type));
            if (!sameKind) {
                return null;
            }
        }
        if (type == Node.Type.NUMBER) {
            return numberSummary(items);
        }
        if (type == Node.Type.STRING) {
            return stringSummary(items);
        }
        if (isBoolean(type)) {
            int trues = 0;
            for (Node item : items) {
                trues += item.type == Node.Type.TRUE ? 1 : 0;
            }
            return Node.object(new String[] {"true", "false"},
                    new Node[] {Node.number(Integer.toString(trues)), Node.number(Integer.toString(items.length - trues))});
        }
        return null;
    }

    private static boolean isBoolean(Node.Type type) {
        return type == Node.Type.TRUE || type == Node.Type.FALSE;
    }

    private static Node numberSummary(Node[] items) {
        int n = items.length;
        double[] x = new double[n];
        double sum = 0.0;
        int min = 0;
        int max = 0;
        for (int i = 0; i < n; i++) {
            x[i] = Signals.toDouble(items[i].text);
            sum += x[i];
            min = x[i] < x[min] ? i : min;
            max = x[i] > x[max] ? i : max;
        }
        // min, max and median are items as written (the first of equals); only the mean is computed
        double lowerMedian = Robust.lowerMedian(x);
        int median = 0;
        while (x[median] != lowerMedian) {
            median++;
        }
        return numberSummary(items[min], items[max], items[median], sum / n);
    }

    private static Node numberSummary(Node min, Node max, Node median, double mean) {
        if (!Double.isFinite(mean)) {
            return Node.object(new String[] {"min", "max", "median"}, new Node[] {min, max, median});
        }
        String meanText = new BigDecimal(mean).round(new MathContext(6)).stripTrailingZeros().toString();
        return Node.object(new String[] {"min", "max", "median", "mean"},
                new Node[] {min, max, median, Node.number(meanText)});
    }

    private static Node stringSummary(Node[] items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Node item : items) {
            counts.merge(item.text, 1, Integer::sum);
        }
        Node distinct = Node.number(Integer.toString(counts.size()));
        if (counts.size() == items.length || counts.size() > Math.max(10, items.length / 4)) {
            return Node.object(new String[] {"distinct"}, new Node[] {distinct});
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        // stable sort: ties keep first-seen order
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        int k = Math.min(SUMMARY_TOP, entries.size());
        String[] names = new String[k];
        Node[] values = new Node[k];
        for (int i = 0; i < k; i++) {
            names[i] = entries.get(i).getKey();
            values[i] = Node.number(Integer.toString(entries.get(i).getValue()));
        }
        return Node.object(new String[] {"distinct", "top"}, new Node[] {distinct, Node.object(names, values)});
    }
}
