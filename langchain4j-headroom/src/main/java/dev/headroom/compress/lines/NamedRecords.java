package dev.headroom.compress.lines;

import dev.headroom.compress.Lines;
import dev.headroom.compress.WorkBudget;
import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.relevance.Terms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The answer inside a record the question names: asked for "the CPU and memory limits and replicas of the
 * orders-worker deployment" over {@code helm template}'s 2,000 lines, the deployment whose {@code name:} is
 * {@code orders-worker} is found by the name, but it is 190 lines long, too long to show whole
 * ({@link RecordHeads#NAMED_RECORD_LINES}); its lines that hold the question's other words ({@code replicas: 7},
 * {@code cpu: 2500m}) are shown, each with the lines it is indented under ({@code resources:}, {@code limits:}),
 * so a value says what it is the value of. Stateless.
 */
final class NamedRecords {

    /** Lines matching the question kept per named record. */
    static final int LINES_PER_RECORD = 10;
    /** Named records looked into, first ones first. */
    static final int RECORDS = 4;

    private NamedRecords() {}

    /**
     * Keeps, in each record holding one of the names (lower case, selective: see {@link Terms#heldByAtMost}) — of
     * more than {@value #RECORDS}, the {@value #RECORDS} that best match the rest of the question (the user's message
     * where there is one: the tool's arguments name what was asked of, not what is asked) — up to {@value #LINES_PER_RECORD} lines that best match the rest of the
     * question, and the lines each is indented under within its record.
     */
    static void keepAnswers(String[] lines, int[] heads, boolean[] keep, String question, List<String> names,
                            RelevanceScorer scorer, WorkBudget budget) {
        if (names.isEmpty()) {
            return;
        }
        // the records the name identifies (name: orders-worker), or else every record that mentions it
        Set<Integer> identified = new LinkedHashSet<>();
        Set<Integer> holders = new LinkedHashSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (heads[i] >= 0 && Terms.holdsAny(lines[i], names)) {
                holders.add(heads[i]);
                if (NotableRecords.isIdentity(lines[i]) || i == heads[i]) {
                    identified.add(heads[i]);
                }
            }
        }
        if (!identified.isEmpty()) {
            holders = identified;
        }
        String rest = without(question, names);
        if (holders.isEmpty() || Terms.of(rest).isEmpty()) {
            return;
        }
        List<Integer> named = new ArrayList<>(holders);
        if (named.size() > RECORDS) {
            // the name is in many records (its service, its alerts, its config): the ones that also hold what is asked
            List<String> texts = new ArrayList<>(named.size());
            for (int head : named) {
                texts.add(String.join("\n", List.of(lines).subList(head, end(heads, head))));
            }
            List<Integer> best = new ArrayList<>(RECORDS);
            for (int k : scorer.matches(texts, rest, RECORDS, 0.0, budget)) {
                best.add(named.get(k));
            }
            named = best;
        }
        for (int head : named) {
            int end = end(heads, head);
                    List<String> record = List.of(lines).subList(head, end);
            for (int k : scorer.matches(record, rest, LINES_PER_RECORD, 0.0, budget)) {
                keep[head + k] = true;
                keepParents(lines, head, head + k, keep);
            }
        }
    }

    /** The end (exclusive) of the record starting at {@code head}. */
    private static int end(int[] heads, int head) {
        int end = head + 1;
        while (end < heads.length && heads[end] == head) {
            end++;
        }
        return end;
    }

    /** The question without the names it gives: what it asks of the named thing. */
    static String without(String query, List<String> names) {
        String rest = query.toLowerCase(Locale.ROOT);
        for (String name : names) {
            rest = rest.replace(name, " ");
        }
        return rest;
    }

    /** Keeps the lines that line {@code i} is indented under, back to an unindented one or to {@code from}. */
    static void keepParents(String[] lines, int from, int i, boolean[] keep) {
        int indent = indent(lines[i]);
        for (int k = i - 1; k >= from && indent > 0; k--) {
            if (!Lines.isBlank(lines[k]) && indent(lines[k]) < indent) {
                keep[k] = true;
                indent = indent(lines[k]);
            }
        }
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
