package dev.headroom;

import dev.headroom.compress.Compressor;
import dev.headroom.compress.Lines;
import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.log.LogLevel;
import dev.headroom.internal.CharClass;
import dev.headroom.internal.Guard;
import dev.headroom.internal.template.Severity;
import dev.headroom.relevance.Bm25;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The units that matter in one result to cap, each kind in the order the ceiling offers them to its budget: lines
 * matching the query context, the kind's outline, problem lines. A matching or problem line comes first, then its
 * context: the lines that enclose it (the nearest less indented line above, up to {@value #ENCLOSING_LEVELS}
 * levels: the file a lint message belongs to, the method around a matching statement, the exception line above a
 * frame), then its neighbours, nearest first and ring by ring over all such lines, so that a few matches are shown
 * with a wide window and many with a narrow one. Scanning charges the capping's {@link WorkBudget}. One instance per
 * capping.
 */
final class CeilingCandidates {

    /**
     * Lines of context offered before and after a line that matches the question, nearest first and ring by ring
     * over all matches (as {@code grep -C} would show them): a few matches get a wide window, many a narrow one,
     * within the budget.
     */
    static final int QUERY_CONTEXT = 20;
    /** Lines of context offered before a problem line, and after it (a stack trace, a message's location). */
    static final int PROBLEM_BEFORE = 2;
    static final int PROBLEM_AFTER = 10;
    /** Most matching lines considered. */
    static final int QUERY_LIMIT = 1_000;
    /** A matching line is kept if it holds at least this share of what the best one holds of the question (as logs do). */
    static final double QUERY_MIN_SHARE = 0.5;
    /** Enclosing lines looked for above a kept line, nearest first. */
    static final int ENCLOSING_LEVELS = 3;
    /** Lines looked at above a kept line for the one enclosing it. */
    static final int ENCLOSING_SCAN = 400;
    /** Lines given context, in their order: more could not fit any budget worth having. */
    static final int CONTEXT_LIMIT = 2_000;

    private final CeilingUnits units;
    private final List<String> texts;
    private final int[] firstUnits;
    private final WorkBudget work;
    /**
     * Per line, the indent of its first unit ({@link #BLANK} for a blank line, {@link #UNREAD} until first asked):
     * the scans for enclosing lines pass over the same lines again and again, one per kept line and level.
     */
    private final int[] indents;
    private static final int UNREAD = -1;
    private static final int BLANK = Integer.MAX_VALUE;

    CeilingCandidates(CeilingUnits units, WorkBudget work) {
        this.units = units;
        this.work = work;
        int n = units.count();
        this.texts = new ArrayList<>(n);
        for (int u = 0; u < n; u++) {
            texts.add(units.text(u));
        }
        this.firstUnits = units.firstUnits();
        this.indents = new int[firstUnits.length];
        Arrays.fill(indents, UNREAD);
    }

    /** The units matching the query context (BM25, names it gives included), best first, then their context. */
    int[] matching(String query) {
        if (query.isBlank()) {
            return new int[0];
        }
        int[] matches = Bm25.index(texts, work).matches(query, QUERY_LIMIT, QUERY_MIN_SHARE, 0.0);
        return withContext(matches, QUERY_CONTEXT, QUERY_CONTEXT);
    }

    /** The first unit of each outline line that holds a letter or digit (a lone brace would only cost a note). */
    int[] outline(@Nullable Compressor compressor, Guard guard) {
        if (compressor == null) {
            return new int[0];
        }
        work.charge(units.content().length());
        String[] lines = units.lineTexts();
        int[] outline = guard.call(() -> compressor.outline(lines), e -> new int[0]);
        int[] result = new int[outline.length];
        int k = 0;
        int previous = -1;
        for (int line : outline) {
            if (line > previous && line < lines.length && hasWordChar(lines[line])) {
                result[k++] = firstUnits[line];
                previous = line;
            }
        }
        return Arrays.copyOf(result, k);
    }

    /** The first problem unit of each shape, in order, then their context. */
    int[] problems() {
        Set<String> shapes = new HashSet<>();
        int[] found = new int[texts.size()];
        int k = 0;
        for (int u = 0; u < texts.size(); u++) {
            String text = texts.get(u);
            work.charge(text.length() + 1);
            LogLevel level;
            if ((Severity.isProblem(text) || ((level = LogLevel.find(text)) != null && level.isProblem()))
                    && shapes.add(shape(text))) {
                found[k++] = u;
            }
        }
        return withContext(Arrays.copyOf(found, k), PROBLEM_BEFORE, PROBLEM_AFTER);
    }

    /**
     * The units themselves, in their order; then for each, the lines enclosing it (nearest first); then their
     * neighbours ring by ring: every unit's neighbour at distance 1 before and after, then at distance 2, and so on,
     * so the budget spreads the context evenly over the units rather than spending it all on the first.
     */
    private int[] withContext(int[] kept, int before, int after) {
        int n = texts.size();
        int withContext = Math.min(kept.length, CONTEXT_LIMIT);
        int[] result = new int[kept.length + withContext * (ENCLOSING_LEVELS + before + after)];
        int k = 0;
        for (int u : kept) {
            result[k++] = u;
        }
        for (int i = 0; i < withContext; i++) {
            int line = units.line(kept[i]);
            for (int level = 0; level < ENCLOSING_LEVELS && (line = enclosing(line)) >= 0; level++) {
                result[k++] = firstUnits[line];
            }
        }
        for (int d = 1; d <= Math.max(before, after); d++) {
            for (int i = 0; i < withContext; i++) {
                int u = kept[i];
                if (d <= before && u - d >= 0) {
                    result[k++] = u - d;
                }
                if (d <= after && u + d < n) {
                    result[k++] = u + d;
                }
            }
        }
        return Arrays.copyOf(result, k);
    }

    /** The nearest line above {@code line} that is less indented and not blank; -1 for none (or a line at the margin). */
    private int enclosing(int line) {
        int indent = Lines.indent(texts.get(firstUnits[line]));
        if (indent == 0) {
            return -1;
        }
        for (int above = line - 1; above >= Math.max(0, line - ENCLOSING_SCAN); above--) {
            work.charge(1);
            if (indentOrBlank(above) < indent) {
                return above;
            }
        }
        return -1;
    }

    /** The indent of a line's first unit, or {@link #BLANK} (never less than an indent) for a blank line. */
    private int indentOrBlank(int line) {
        int indent = indents[line];
        if (indent == UNREAD) {
            String text = texts.get(firstUnits[line]);
            indent = Lines.isBlank(text) ? BLANK : Lines.indent(text);
            indents[line] = indent;
        }
        return indent;
    }

    /** The line with each run of digits as {@code #}: one shape for a message repeated with other ids or times. */
    private static String shape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean digits = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit) {
                sb.append(c);
            } else if (!digits) {
                sb.append('#');
            }
            digits = digit;
        }
        return sb.toString();
    }

    private static boolean hasWordChar(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (CharClass.isLetterOrDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
