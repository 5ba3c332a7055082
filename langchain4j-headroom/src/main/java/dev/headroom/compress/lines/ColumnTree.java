package dev.headroom.compress.lines;

import dev.headroom.internal.CharClass;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * A tree drawn by indentation in the last column of aligned output: {@code ceph osd tree}'s {@code root} /
 * {@code rack} / {@code host} / {@code osd.N} names, a process forest's commands. A row read alone does not say
 * where it sits ("osd.387 is nearly full" — on which host?), so the rows it hangs under are kept with it.
 *
 * <p>The output is taken for such a tree when most non-blank lines are rows — at least two fields, then a label
 * ({@link #labelStart}) — whose labels start at one of a few columns, and where a label moves right from one row
 * to the next it mostly moves by one step of at least two columns (a child follows its parent); labels sit
 * on the levels those steps make; a parent starts at least two columns left of its child. Right-aligned numbers and prose do not move so.
 * Stateless.
 */
final class ColumnTree {

    /** At most this many distinct indents: a tree, not free text. */
    static final int MAX_LEVELS = 12;
    /** Share (percent) of non-blank lines that must be rows of the tree. */
    static final int ROW_PERCENT = 80;

    /** Share (percent) of the label's moves right that must be by the same step. */
    static final int STEP_PERCENT = 75;

    /** Share (percent) of rows whose label sits on a level (a whole number of steps right of the root). */
    static final int ON_LEVEL_PERCENT = 90;

    private ColumnTree() {}

    /** Keeps the rows every kept row hangs under, up to the tree's root. */
    static void keepParents(String[] lines, boolean[] keep) {
        int n = lines.length;
        int[] indent = new int[n];
        int rows = 0;
        int nonBlank = 0;
        BitSet levels = new BitSet();
        for (int i = 0; i < n; i++) {
            indent[i] = labelStart(lines[i]);
            nonBlank += lines[i].isBlank() ? 0 : 1;
            if (indent[i] >= 0) {
                rows++;
                levels.set(indent[i]);
            }
        }
        if (rows < 3 || rows * 100 < nonBlank * ROW_PERCENT || levels.cardinality() < 2 || levels.cardinality() > MAX_LEVELS
                || !stepsRight(indent, levels.nextSetBit(0))) {
            return;
        }
        int root = levels.nextSetBit(0);
        for (int i = n - 1; i >= 0; i--) {
            if (!keep[i] || indent[i] <= root) {
                continue;
            }
            int current = indent[i];
            for (int k = i - 1; k >= 0 && current > root; k--) {
                if (indent[k] >= 0 && indent[k] <= current - 2) {
                    keep[k] = true;
                    current = indent[k];
                }
            }
        }
    }

    /**
     * Whether the label's moves right, from one row to the next, are mostly ({@value #STEP_PERCENT}%) by one step of at
     * least two columns (a column that overflows by one in a row, {@code 1010 GiB}, shifts its label by one).
     */
    private static boolean stepsRight(int[] indent, int root) {
        Map<Integer, Integer> moves = new HashMap<>();
        int previous = -1;
        int total = 0;
        for (int value : indent) {
            if (value < 0) {
                continue;
            }
            if (previous >= 0 && value > previous) {
                moves.merge(value - previous, 1, Integer::sum);
                total++;
            }
            previous = value;
        }
        int step = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> move : moves.entrySet()) {
            if (move.getValue() > most || move.getValue() == most && move.getKey() < step) {
                step = move.getKey();
                most = move.getValue();
            }
        }
        if (step < 2 || most * 100 < total * STEP_PERCENT) {
            return false;
        }
        // and the labels sit on the levels those steps make: root, root + step, root + 2 step, ...
        int rows = 0;
        int onLevel = 0;
        for (int value : indent) {
            if (value >= 0) {
                rows++;
                onLevel += (value - root) % step == 0 ? 1 : 0;
            }
        }
        return onLevel * 100 >= rows * ON_LEVEL_PERCENT;
    }

    /**
     * The column where the line's label starts — its last words joined by single spaces ({@code host stor-r1-01},
     * {@code osd.387}, {@code \_ nginx: worker process}) — when at least two fields come before it and it is not a
     * number; else -1.
     */
    static int labelStart(String line) {
        int end = line.length();
        while (end > 0 && CharClass.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !CharClass.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        if (start == end || isNumber(line, start, end)) {
            return -1;
        }
        // words joined by one space belong to the label
        while (start >= 2 && line.charAt(start - 1) == ' ' && !CharClass.isWhitespace(line.charAt(start - 2))) {
            start--;
            while (start > 0 && !CharClass.isWhitespace(line.charAt(start - 1))) {
                start--;
            }
        }
        int fields = 0;
        boolean inField = false;
        for (int i = 0; i < start; i++) {
            boolean space = CharClass.isWhitespace(line.charAt(i));
            if (!space && !inField) {
                fields++;
            }
            inField = !space;
        }
        return fields >= 2 ? start : -1;
    }

    private static boolean isNumber(String line, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (!CharClass.isDigit(c) && c != '.' && c != ',' && c != '%' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
