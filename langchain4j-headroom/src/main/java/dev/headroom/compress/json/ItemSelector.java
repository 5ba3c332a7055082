package dev.headroom.compress.json;

import dev.headroom.compress.WorkBudget;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses which whole items of one large array stay visible, under one budget of {@code maxItems}.
 *
 * <p><b>The budget.</b> Items are taken in this order, each item once, and always shown in their
 * original order:
 * <ol>
 *   <li>every error item ({@link ErrorItems}), even beyond the budget, up to {@code 4 × maxItems}; of a story more
 *       than {@code maxItems} items repeat (the same words, other numbers and times) the first two and the last;</li>
 *   <li>the items best matching the query context ({@link QueryMatcher}: BM25 with IDF from this array's
 *       items; at most {@code maxItems / 3}, holding query terms worth at least
 *       {@link QueryMatcher#MIN_SCORE} IDF and half what the best item holds; arrays over
 *       {@link QueryMatcher#MAX_ITEMS} items are not scored), and every item holding a name the query gives that
 *       at most {@code maxItems} items hold;</li>
 *   <li>the first {@code maxItems / 5} (1–5) and last {@code maxItems / 6} (1–3) items;</li>
 *   <li>the {@code maxItems / 5} best-ranked rare values ({@link Signals}), even beyond the budget;</li>
 *   <li>while fewer than {@code maxItems} are kept, round-robin over the {@link Signals} lists
 *       (outlier, change point, rare value, top by score), best first, with at most {@code maxItems / 5}
 *       (at least 2) items from any one group (a column's outliers, one rare value).</li>
 * </ol>
 * Nothing is added just to fill the budget: an array without signals keeps only its anchors.
 *
 * <p><b>The size ceiling.</b> Whole items can be large (a {@code pip inspect} entry carries its package's
 * README), so the kept items must also fit {@code maxChars} (the array's share of the lossy token budget):
 * while they do not, items are dropped by reason, least important first (top by score, rare values,
 * change points, outliers, last, first, the best-ranked rare values, errors, query matches, errors the question
 * matches; within a reason the latest item first (errors: repeats of a story before its first, then the most repeated
 * first, {@link ErrorRarity}), but query matches and the first item of each error kind ({@link ErrorItems#errorKind})
 * after the others), but one item always stays. Errors and query matches give way only beyond {@value #SIGNAL_CEILING_FACTOR} times the
 * ceiling: a failed check run carries its whole app record, and four of them are still what was asked for. The disclosure counts only what stays.
 *
 * <p>For arrays of scalars of one type the disclosure also carries a summary ({@link ScalarSummary}; numbers:
 * min, max, median as written and the mean; strings: distinct count and the most frequent values).
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

    /** Error items telling one story ({@link ErrorRarity#signature}) shown at most: the first ones and the last. */
    static final int REPEATS_SHOWN = 3;
    /** Error items kept at most, as a multiple of {@code maxItems}. */
    static final int ERROR_CAP_FACTOR = 4;
    /**
     * Within a reason, unprotected items give way first, then the last of an error kind and an error of a kind told at
     * most three times (and the rarest items, which give way after the anchors), then the first of an error kind and
     * query matches.
     */
    private static final byte LAST_OF_KIND = 1;
    private static final byte RAREST = 1;
    private static final byte FEW_OF_KIND = 1;
    private static final byte FIRST_OF_KIND = 2;
    /** An error the question matches: the last item to give way. */
    private static final byte ASKED_ERROR = 3;
    private static final int PROTECTION_LEVELS = 4;
    /** Error items and query matches give way only beyond this many times the size ceiling. */
    static final int SIGNAL_CEILING_FACTOR = 2;

    /** The outcome for one array: kept item indexes (ascending), why, and an optional summary. */
    record Reduction(int[] kept, int total, String description, Node summary) {
        int omitted() {
            return total - kept.length;
        }
    }

    /** One step of {@link #DROP_ORDER}: the items of a reason at protection levels {@code from..to}. */
    private record DropStep(Reason reason, int from, int to) {}

    /**
     * The order in which kept items give way when they exceed {@code maxChars}, each reason from its unprotected items
     * to its most protected; the rarest items ({@link #RAREST}) give way after the anchors and after the errors that
     * repeat another's kind, as what the question asks for and errors may take twice the ceiling
     * ({@value #SIGNAL_CEILING_FACTOR}), before the first of an error kind; an error the question matches goes last.
     */
    private static final List<DropStep> DROP_ORDER = List.of(new DropStep(Reason.TOP, 0, 2), new DropStep(Reason.RARE, 0, 0),
            new DropStep(Reason.CHANGE, 0, 2), new DropStep(Reason.OUTLIER, 0, 2), new DropStep(Reason.LAST, 0, 2),
            new DropStep(Reason.FIRST, 0, 2), new DropStep(Reason.ERROR, 0, 0), new DropStep(Reason.RARE, 1, 2),
            new DropStep(Reason.ERROR, 1, 2), new DropStep(Reason.QUERY, 0, 2), new DropStep(Reason.ERROR, 3, 3));

    private final int maxItems;
    private final QueryMatcher queryMatcher;
    private final ErrorItems errors = new ErrorItems();
    private long maxChars = Long.MAX_VALUE;

    ItemSelector(int maxItems, String query) {
        this(maxItems, query, WorkBudget.unlimited());
    }

    /** @param budget charged for the query's BM25 over the items */
    ItemSelector(int maxItems, String query, WorkBudget budget) {
        this.maxItems = maxItems;
        this.queryMatcher = new QueryMatcher(query, Math.max(1, maxItems / 3), maxItems, budget);
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
        // the first item of each error kind and every query match are the last of their reason to be dropped
        byte[] protect = new byte[n];
        Map<String, Integer> lastOfKind = new HashMap<>();
        Map<String, Integer> countOfKind = new HashMap<>();
        String[] kinds = new String[n];
        for (int i = 0; i < n; i++) {
            String kind = errors.errorKind(items[i]);
            kinds[i] = kind;
            if (kind != null) {
                errorItems++;
                countOfKind.merge(kind, 1, Integer::sum);
                protect[i] = lastOfKind.put(kind, i) == null ? FIRST_OF_KIND : 0;
                if (errorItems <= errorCap) {
                    reason[i] = Reason.ERROR;
                    kept++;
                }
            }
        }
        boolean severalKinds = lastOfKind.size() > 1;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == null || protect[i] != 0) {
                continue;
            }
            // an error of a kind told at most three times is an answer of its own; of a kind told more often (a
            // story), the last item says when it stopped (or that it goes on) - unless one kind holds every error
            // (each Sentry issue is level=error): then it tells no story
            if (countOfKind.get(kinds[i]) <= REPEATS_SHOWN) {
                protect[i] = FEW_OF_KIND;
            } else if (severalKinds && lastOfKind.get(kinds[i]) == i) {
                protect[i] = LAST_OF_KIND;
            }
        }
        if (errorItems > maxItems) {
            kept -= ErrorOrder.dropRepeated(items, kinds, reason, maxItems);
        }
        for (int i : queryMatcher.matches(items)) {
            protect[i] = reason[i] == Reason.ERROR ? ASKED_ERROR : FIRST_OF_KIND;
            if (reason[i] == null) {
                reason[i] = Reason.QUERY;
                kept++;
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
        Signals signals = Signals.of(items, Math.max(2, maxItems / 5));
        // the rarest items stay even when errors, questions and anchors fill maxItems: a log's one "slow fdatasync"
        // and one "became follower" explain the errors around them
        for (int k = 0; k < Math.min(maxItems / 5, signals.rare.size()); k++) {
            int i = signals.rare.get(k);
            if (reason[i] == null) {
                reason[i] = Reason.RARE;
                protect[i] = RAREST;
                kept++;
            }
        }
        if (kept < maxItems) {
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

        kept = fit(items, kinds, reason, protect, kept);
        int[] keptIndexes = new int[kept];
        Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
        for (int i = 0, k = 0; i < n; i++) {
            if (reason[i] != null) {
                keptIndexes[k++] = i;
                counts.merge(reason[i], 1, Integer::sum);
            }
        }
        return new Reduction(keptIndexes, n, describe(counts, errorItems), ScalarSummary.of(items));
    }

    /**
     * Drops kept items by {@link #DROP_ORDER} until their minified size fits {@code maxChars}, within a reason the
     * unprotected ones first; returns how many stay.
     */
    private int fit(Node[] items, String[] kinds, Reason[] reason, byte[] protect, int kept) {
        long size = 0;
        for (int i = 0; i < items.length; i++) {
            if (reason[i] != null) {
                size += items[i].length + 1;
            }
        }
        int[] errorDropOrder = null;
        for (int step = 0; step < PROTECTION_LEVELS * DROP_ORDER.size() && size > maxChars && kept > 1; step++) {
            DropStep drop = DROP_ORDER.get(step / PROTECTION_LEVELS);
            Reason dropped = drop.reason();
            int level = step % PROTECTION_LEVELS;
            if (level < drop.from() || level > drop.to()) {
                continue;
            }
            // errors, the rarest and what the question asks for may take a few times the share before they give way
            long ceiling = dropped == Reason.ERROR || dropped == Reason.QUERY || level > 0 && dropped == Reason.RARE
                    ? maxChars * SIGNAL_CEILING_FACTOR : maxChars;
            if (dropped == Reason.ERROR && size > ceiling && errorDropOrder == null) {
                errorDropOrder = ErrorOrder.dropOrder(items, kinds, reason, errors);
            }
            for (int k = items.length - 1; k >= 0 && size > ceiling && kept > 1; k--) {
                // errors: the most repeated first (ErrorRarity), ties the latest first; other reasons: the latest first
                int i = dropped == Reason.ERROR ? errorDropOrder[k] : k;
                if (i >= 0 && reason[i] == dropped && protect[i] == level) {
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
}
