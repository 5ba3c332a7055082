package dev.headroom.compress.json;

import dev.headroom.compress.WorkBudget;
import dev.headroom.relevance.Bm25;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the items of one array that best match the query context, for {@link ItemSelector}: BM25 with IDF
 * from that array's own items, each item read as its member names and scalar texts (the first
 * {@link #MAX_TEXT} characters, space separated; given to BM25 as parts, {@link Bm25#indexParts}). An item must hold query terms worth at least {@link #MIN_SCORE} IDF and
 * {@link #MIN_SHARE_OF_BEST} of what the best-matching item holds; a blank query matches nothing, and arrays
 * over {@link #MAX_ITEMS} items are not scored. Besides those, every item holding a name the query gives (an id, a
 * path, an identifier: {@link dev.headroom.relevance.Terms#names}) that at most {@code nameLimit} items hold matches: asked about order
 * {@code ORD-20917}, its eight records (started, rejected, failed, retried, completed) all match, not only the two
 * that share most words with the question. Immutable; the BM25 indexing is charged to the budget.
 */
final class QueryMatcher {

    /**
     * A matching item must hold query terms worth this much IDF (one term found in fewer than about a third
     * of the items; see {@link Bm25#matches}).
     */
    static final double MIN_SCORE = 1.0;
    /** ... and at least this share of what the best-matching item holds of the query. */
    static final double MIN_SHARE_OF_BEST = 0.5;
    /** Characters of an item's text indexed for the query. */
    static final int MAX_TEXT = 4_000;
    /** Larger arrays are not scored against the query (BM25 indexing cost). */
    static final int MAX_ITEMS = 20_000;

    private final String query;
    private final int limit;
    private final int nameLimit;
    private final WorkBudget budget;

    /**
     * @param query  the query context; {@code null} or blank matches nothing
     * @param limit     at most this many items match by BM25
     * @param nameLimit a name held by at most this many items selects them all
     * @param budget    charged for the query's BM25 over the items
     */
    QueryMatcher(String query, int limit, int nameLimit, WorkBudget budget) {
        this.query = query == null ? "" : query;
        this.limit = limit;
        this.nameLimit = nameLimit;
        this.budget = budget;
    }

    /** The indexes of the matching items: the best by BM25 first, then the other holders of a name in order. */
    int[] matches(Node[] items) {
        if (query.isBlank()) {
            return new int[0];
        }
        if (items.length > MAX_ITEMS) {
            return new int[0]; // indexing would cost more than it saves; query retrieval still covers them
        }
        List<String[]> docs = new ArrayList<>(items.length);
        List<String> parts = new ArrayList<>();
        String[] namesJoined = null;
        String joined = null;
        for (Node item : items) {
            parts.clear();
            if (item.isObject() && item.names.length > 1 && item.length < MAX_TEXT) {
                // its text is shorter than its minified form, so nothing is cut: the member names, which the items
                // share (one array from the parser), go in as one part; a space joins no term, and counts do not
                // depend on the order of parts
                if (item.names != namesJoined) {
                    namesJoined = item.names;
                    joined = String.join(" ", item.names);
                }
                parts.add(joined);
                for (Node value : item.children) {
                    addText(value, parts, 0);
                }
            } else {
                addText(item, parts, 0);
            }
            docs.add(parts.toArray(new String[0]));
        }
        // the parts, not their joined text: BM25 reads each distinct name and value once
        return Bm25.indexParts(docs, budget).matches(query, limit, nameLimit, MIN_SHARE_OF_BEST, MIN_SCORE);
    }

    /**
     * Member names and scalar texts, each followed by a space in the item's text: what BM25 should see of an item,
     * until that text reaches {@link #MAX_TEXT} characters.
     *
     * @param length the length of the text so far
     * @return the length of the text after this node's parts
     */
    private static int addText(Node node, List<String> parts, int length) {
        if (length >= MAX_TEXT) {
            return length;
        }
        if (node.isScalar()) {
            String text = node.scalarText();
            parts.add(text);
            return length + text.length() + 1;
        }
        boolean object = node.isObject();
        for (int i = 0; i < node.children.length; i++) {
            if (object) {
                parts.add(node.names[i]);
                length += node.names[i].length() + 1;
            }
            length = addText(node.children[i], parts, length);
        }
        return length;
    }
}
