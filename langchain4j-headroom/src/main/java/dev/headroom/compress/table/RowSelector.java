package dev.headroom.compress.table;

import dev.headroom.compress.WorkBudget;
import dev.headroom.relevance.Bm25;
import dev.headroom.relevance.Terms;
import dev.headroom.relevance.RelevanceScorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the records a compressed table shows, per DESIGN.md §5 (rare is kept, severity anywhere, the
 * question is honoured):
 * <ol>
 *   <li>the first {@value #HEAD} and last {@value #TAIL} records (the shape of the table);</li>
 *   <li>records with a rare value in a categorical column (a value held by one record or by under 2%
 *       of them: {@code CrashLoopBackOff} among {@code Running}); a column whose rare values would keep
 *       more than half of {@code maxLines} records is not low-cardinality and is skipped; and records
 *       with an empty cell in a column that is otherwise filled ({@link ColumnStats#rareEmpty});</li>
 *   <li>numeric outliers per numeric column ({@link ColumnStats#outliers()}), the most extreme
 *       {@code max(3, maxLines / 6)}; a column with outliers in over a tenth of its rows (a heavy tail) has
 *       only the values that stand out above all others ({@link ColumnStats#standOut()});</li>
 *   <li>records with a problem word or a non-zero exit ({@link Severity}), all of them up to
 *       {@code maxLines}, else the first {@code maxLines / 2} (then they are not rare);</li>
 *   <li>irregular records (cells that do not fit the header), the first {@code maxLines / 4};</li>
 *   <li>records matching the query context, in the room left under {@code maxLines} (at least a quarter
 *       of it), then records holding a rare cell value the question names ({@link #holdersOfNamedValues}).</li>
 * </ol>
 * Deterministic: lists are walked in record order, ties break by position.
 */
final class RowSelector {

    static final int HEAD = 3;
    static final int TAIL = 2;
    /** Kept records must hold query terms worth this much IDF, and half of what the best one holds (as JSON items). */
    static final double QUERY_MIN_SCORE = 1.0;
    static final double QUERY_RELATIVE = 0.5;
    /** A value the question names selects its rows when at most one row in this many holds it. */
    static final int NAMED_VALUE_SHARE = 20;

    /** What was chosen: a flag per record and how many were kept for each reason (first reason wins). */
    static final class Selection {
        final boolean[] keep;
        int edges;
        int rare;
        int outliers;
        int problems;
        int problemsOmitted;
        int irregular;
        int query;

        Selection(int records) {
            keep = new boolean[records];
        }

        int mark(List<Integer> records) {
            int added = 0;
            for (int r : records) {
                if (!keep[r]) {
                    keep[r] = true;
                    added++;
                }
            }
            return added;
        }

        int kept() {
            int kept = 0;
            for (boolean k : keep) {
                kept += k ? 1 : 0;
            }
            return kept;
        }
    }

    private RowSelector() {}

    static Selection select(ParsedTable t, List<List<ColumnStats>> stats, List<List<Integer>> bySchema,
                            String query, int maxLines, RelevanceScorer scorer, WorkBudget budget) {
        int n = t.records();
        Selection s = new Selection(n);
        List<Integer> edges = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (r < HEAD || r >= n - TAIL) {
                edges.add(r);
            }
        }
        s.edges = s.mark(edges);
        for (int schema = 0; schema < stats.size(); schema++) {
            List<Integer> records = bySchema.get(schema);
            for (ColumnStats column : stats.get(schema)) {
                s.rare += s.mark(rare(t, records, column, maxLines / 2));
                s.rare += s.mark(column.rareEmpty);
                List<Integer> outliers = column.outliers();
                if (outliers.size() * 10 > records.size()) {
                    outliers = column.standOut(); // a heavy tail: only values far above all others
                }
                if (outliers.size() * 10 <= records.size()) {
                    List<Integer> chosen = new ArrayList<>();
                    for (int k = 0; k < outliers.size() && k < Math.max(3, maxLines / 6); k++) {
                        chosen.add(records.get(outliers.get(k)));
                    }
                    s.outliers += s.mark(chosen);
                }
            }
        }
        boolean listing = t.shape.format() == Shape.Format.LISTING;
        List<Integer> problems = new ArrayList<>();
        List<Integer> irregular = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (t.irregular(r) && irregular.size() < Math.max(1, maxLines / 4)) {
                irregular.add(r);
            }
            // in a listing only the lines that are not entries (ls: cannot open ...) can report a problem: error.log is a name
            if ((!listing || t.irregular(r)) && Severity.isProblem(t.text(r))) {
                problems.add(r);
            }
        }
        if (problems.size() > maxLines) {
            s.problemsOmitted = problems.size() - maxLines / 2;
            problems = problems.subList(0, maxLines / 2);
        }
        s.problems = s.mark(problems);
        s.irregular = s.mark(irregular);
        if (!query.isBlank()) {
            int room = Math.max(Math.max(1, maxLines / 4), maxLines - s.kept());
            List<String> docs = new ArrayList<>(n);
            for (int r = 0; r < n; r++) {
                // a listing's entry is matched with its directory line: "the libpq5 changelog" names both
                String context = listing ? t.context(r) : null;
                docs.add(context == null ? t.text(r) : context + "\n" + t.text(r));
            }
            int[] best = scorer == null
                    ? Bm25.index(docs, budget).matches(query, room, QUERY_RELATIVE, QUERY_MIN_SCORE)
                    : scorer.matches(docs, query, room, QUERY_RELATIVE, budget);
            List<Integer> matched = new ArrayList<>(best.length);
            for (int r : best) {
                matched.add(r);
            }
            List<Integer> named = holdersOfNames(docs, query);
            if (named.size() > room) {
                // more rows hold the name the question gives than fit: half the room for the best matches (they
                // also hold the question's other words), the rest for the earliest and the latest holders (a
                // series is read from its start and its current end) rather than more arbitrary equal scores
                Set<Integer> chosen = new LinkedHashSet<>(matched.subList(0, Math.min(matched.size(), room / 2)));
                for (int k = 0; chosen.size() < room && k < named.size(); k++) {
                    chosen.add(named.get(named.size() - 1 - k));
                    if (chosen.size() < room) {
                        chosen.add(named.get(k));
                    }
                }
                matched = new ArrayList<>(chosen);
            }
            for (int r : holdersOfNamedValues(t, query, room)) {
                if (matched.size() >= room) {
                    break;
                }
                if (!matched.contains(r)) {
                    matched.add(r);
                }
            }
            s.query = s.mark(matched);
        }
        return s;
    }

    /**
     * The rows with a cell, or a comma-separated item of a cell, equal to a word of the question ("which issues are
     * labelled p0": {@code bug, incident, p0}), when at most {@code room} rows and one in {@value #NAMED_VALUE_SHARE}
     * hold that value: a question may ask two things, and the rows of its rarer value score below the rows that
     * match its longer part, so the share-of-best rule alone would drop them. Values many rows hold select nothing.
     */
    private static List<Integer> holdersOfNamedValues(ParsedTable t, String query, int room) {
        Set<String> words = new HashSet<>(Terms.distinct(query)); // lower case
        // one pass over the rows: which question words each row holds as a cell or a comma-separated item
        Map<String, List<Integer>> rowsOf = new HashMap<>();
        int n = t.records();
        for (int r = 0; r < n && !words.isEmpty(); r++) {
            List<String> cells = t.cells.get(r);
            if (cells == null) {
                continue;
            }
            for (String cell : cells) {
                if (cell.indexOf(',') < 0) {
                    addHolder(rowsOf, words, cell, r);
                } else {
                    for (String item : cell.split(",")) {
                        addHolder(rowsOf, words, item.strip(), r);
                    }
                }
            }
        }
        Set<Integer> holders = new TreeSet<>();
        for (List<Integer> rows : rowsOf.values()) {
            if (rows.size() <= room && rows.size() * NAMED_VALUE_SHARE <= n) {
                holders.addAll(rows);
            }
        }
        return new ArrayList<>(holders);
    }

    private static void addHolder(Map<String, List<Integer>> rowsOf, Set<String> words, String value, int row) {
        String key = value.toLowerCase(Locale.ROOT);
        if (words.contains(key)) {
            List<Integer> rows = rowsOf.computeIfAbsent(key, k -> new ArrayList<>());
            if (rows.isEmpty() || rows.get(rows.size() - 1) != row) {
                rows.add(row);
            }
        }
    }

    /** The rows holding a name the question gives ({@link Terms#names}), in order. */
    private static List<Integer> holdersOfNames(List<String> docs, String query) {
        List<String> names = Terms.names(query);
        List<Integer> holders = new ArrayList<>();
        for (int r = 0; r < docs.size() && !names.isEmpty(); r++) {
            if (Terms.holdsAny(docs.get(r), names)) {
                holders.add(r);
            }
        }
        return holders;
    }

    /** The records holding a rare value of a categorical column; empty when more than {@code cap}. */
    private static List<Integer> rare(ParsedTable t, List<Integer> records, ColumnStats column, int cap) {
        List<Integer> found = new ArrayList<>();
        if (column.counts == null || column.counts.size() < 2) {
            return found;
        }
        int rows = records.size();
        for (int r : records) {
            List<String> cells = t.cells.get(r);
            String cell = column.column < cells.size() ? cells.get(column.column) : "";
            int count = column.counts.get(column.key(cell));
            if (count == 1 || count * 50 < rows) {
                found.add(r);
                if (found.size() > cap) {
                    return List.of();
                }
            }
        }
        return found;
    }
}
