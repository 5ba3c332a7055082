package dev.headroom.compress.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lossless re-encodings of one array (see {@code package-info}): columnar (names once, rows of
 * values) for items that are objects with the same member names in the same order, and de-duplication
 * of identical items ({@code _order} lists, per item, the index of its distinct value). Only arrays whose
 * items are all objects or arrays are packed: for scalars an index is no shorter than the value. A plan is used
 * only when it is at least {@link #MIN_SAVING} shorter than the plain minified array; otherwise
 * {@link #plan} returns {@code null}. Lengths are priced from {@link Node#length}, without encoding.
 */
final class Packing {

    /** A packed form must save this share of the plain minified array's length. */
    static final double MIN_SAVING = 0.15;

    /** Arrays with fewer items are never packed (too little to gain, harder to read). */
    static final int MIN_ITEMS = 3;

    static final String COLUMNS = "_columns";
    static final String ROWS = "_rows";
    static final String ITEMS = "_items";
    static final String ORDER = "_order";

    static final String NOTE_COLUMNAR = "columnar: each row holds one item's values in _columns order";
    static final String NOTE_COLUMNAR_DEDUP =
            "columnar, deduplicated: item i is row _order[i], its values in _columns order";
    static final String NOTE_DEDUP = "deduplicated: item i is _items[_order[i]]";
    static final String NOTHING_OMITTED = "; nothing omitted";

    /** Member names shared by every item, or {@code null} when not columnar. */
    final String[] columns;
    /** The distinct items (all items when {@link #order} is {@code null}). */
    final Node[] distinct;
    /** Per item, the index of its distinct value; {@code null} when not de-duplicated. */
    final int[] order;

    private Packing(String[] columns, Node[] distinct, int[] order) {
        this.columns = columns;
        this.distinct = distinct;
        this.order = order;
    }

    String note() {
        if (columns == null) {
            return NOTE_DEDUP;
        }
        return order == null ? NOTE_COLUMNAR : NOTE_COLUMNAR_DEDUP;
    }

    /** The cheapest packed form of {@code items} if it saves enough, else {@code null}. */
    static Packing plan(Node[] items) {
        int n = items.length;
        if (n < MIN_ITEMS) {
            return null;
        }
        for (Node item : items) {
            if (item.isScalar()) {
                return null; // neither columnar (objects only) nor de-duplicated (containers only)
            }
        }
        long plain = 2L + Math.max(0, n - 1);
        for (Node item : items) {
            plain += item.length;
        }

        // distinct items in first-seen order; an open-addressing table of their indexes + 1 by hash (distinct items
        // are pairwise different, so at most one can match whatever the probing order)
        List<Node> distinct = new ArrayList<>();
        int[] order = new int[n];
        int[] slots = new int[Integer.highestOneBit(n) * 4];
        int mask = slots.length - 1;
        for (int i = 0; i < n; i++) {
            Node item = items[i];
            int at = (item.hash ^ (item.hash >>> 16)) * 0x9E3779B9 >>> 7 & mask;
            int found = -1;
            for (; slots[at] != 0; at = (at + 1) & mask) {
                Node candidate = distinct.get(slots[at] - 1);
                if (candidate.hash == item.hash && candidate.sameAs(item)) {
                    found = slots[at] - 1;
                    break;
                }
            }
            if (found < 0) {
                found = distinct.size();
                distinct.add(item);
                slots[at] = found + 1;
            }
            order[i] = found;
        }
        boolean duplicates = distinct.size() < n;
        String[] columns = uniformColumns(distinct);

        long best = plain;
        Packing choice = null;
        if (columns != null) {
            long cost = columnarCost(columns, items, NOTE_COLUMNAR);
            if (cost < best) {
                best = cost;
                choice = new Packing(columns, items, null);
            }
        }
        if (duplicates) {
            Node[] d = distinct.toArray(new Node[0]);
            long orderCost = orderCost(order);
            long dedup = itemsCost(d) + orderCost + wrapperCost(ITEMS, NOTE_DEDUP) + ORDER.length() + 4;
            if (dedup < best) {
                best = dedup;
                choice = new Packing(null, d, order);
            }
            if (columns != null) {
                long cost = columnarCost(columns, d, NOTE_COLUMNAR_DEDUP) + orderCost + ORDER.length() + 4;
                if (cost < best) {
                    best = cost;
                    choice = new Packing(columns, d, order);
                }
            }
        }
        return choice != null && best <= (1.0 - MIN_SAVING) * plain ? choice : null;
    }

    /** The shared member names when every item is an object with the same names in the same order. */
    private static String[] uniformColumns(List<Node> items) {
        Node first = items.get(0);
        if (!first.isObject() || first.names.length == 0 || hasDuplicateNames(first.names)) {
            return null;
        }
        for (int i = 1; i < items.size(); i++) {
            Node item = items.get(i);
            if (!item.isObject() || !Arrays.equals(item.names, first.names)) {
                return null;
            }
        }
        return first.names;
    }

    private static boolean hasDuplicateNames(String[] names) {
        if (names.length < 2) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                return true;
            }
        }
        return false;
    }

    private static long columnarCost(String[] columns, Node[] rows, String note) {
        long namesCost = 0;
        long header = 2;
        for (int i = 0; i < columns.length; i++) {
            int q = Node.quotedLength(columns[i]);
            namesCost += q + 1; // "name":
            header += q + (i > 0 ? 1 : 0);
        }
        long body = 2L + Math.max(0, rows.length - 1);
        for (Node row : rows) {
            body += row.length - namesCost;
        }
        return wrapperCost(ROWS, note) + COLUMNS.length() + 4 + header + body;
    }

    private static long itemsCost(Node[] items) {
        long cost = 2L + Math.max(0, items.length - 1);
        for (Node item : items) {
            cost += item.length;
        }
        return cost;
    }

    private static long orderCost(int[] order) {
        long cost = 2L + Math.max(0, order.length - 1);
        for (int i : order) {
            cost += digits(i);
        }
        return cost;
    }

    /** {@code {"<body>":,"_headroom":"<note; nothing omitted>"}} around a body. */
    private static long wrapperCost(String bodyName, String note) {
        return 2 + bodyName.length() + 3 + 1 + JsonDisclosure.KEY.length() + 3
                + Node.quotedLength(note + NOTHING_OMITTED);
    }

    private static int digits(int i) {
        return i < 10 ? 1 : i < 100 ? 2 : i < 1000 ? 3 : i < 10_000 ? 4 : i < 100_000 ? 5 : Integer.toString(i).length();
    }
}
