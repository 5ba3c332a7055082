package dev.headroom.compress.table;

import dev.headroom.internal.CharClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Cutting rows into cells: aligned columns by the header's word positions, {@code ls -l} entries by
 * fields, and the check that a delimited record is a header of names. Linear in the line's length.
 *
 * <p>Stateless and thread-safe.
 */
final class Columns {

    /** Fields of an {@code ls -l} entry before the name (which may hold blanks). */
    static final int LISTING_FIELDS = 8;
    /** A header cell is at most this long. */
    private static final int MAX_NAME = 64;

    private Columns() {}

    /** The blank-separated words of a line: {@code [starts, ends]}. */
    static int[][] words(String line) {
        int n = line.length();
        int[] starts = new int[8];
        int[] ends = new int[8];
        int count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count++] = i;
        }
        return new int[][] {java.util.Arrays.copyOf(starts, count), java.util.Arrays.copyOf(ends, count)};
    }

    /**
     * Whether a row lines up with a header: in at least 60% of the header's words (and two), a word of
     * the row starts where the header word starts (left-aligned column) or ends where it ends
     * (right-aligned number).
     */
    static boolean aligned(String line, int[] starts, int[] ends) {
        int n = line.length();
        int matched = 0;
        for (int k = 0; k < starts.length; k++) {
            int s = starts[k];
            int e = ends[k];
            boolean left = s < n && !isBlank(line.charAt(s)) && (s == 0 || isBlank(line.charAt(s - 1)));
            boolean right = e <= n && !isBlank(line.charAt(e - 1)) && (e == n || isBlank(line.charAt(e)));
            if (left || right) {
                matched++;
            }
        }
        return matched >= 2 && matched * 10 >= starts.length * 6;
    }

    /**
     * The start of each column of an aligned table. Header words one blank apart are one column name
     * ({@code CONTAINER ID}, {@code Local Address}) when most rows have a character under that blank,
     * i.e. their values run across it; otherwise each header word starts a column.
     */
    static int[] starts(String header, List<String> sampleRows) {
        int[][] spans = words(header);
        int[] starts = spans[0];
        int[] ends = spans[1];
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < starts.length; k++) {
            if (k > 0 && ends[k - 1] + 1 == starts[k] && crossed(ends[k - 1], sampleRows)) {
                continue;
            }
            kept.add(starts[k]);
        }
        int[] result = new int[kept.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = kept.get(k);
        }
        return result;
    }

    private static boolean crossed(int gap, List<String> rows) {
        int crossing = 0;
        for (String row : rows) {
            if (gap < row.length() && !isBlank(row.charAt(gap))) {
                crossing++;
            }
        }
        return crossing > 0 && crossing * 2 >= rows.size();
    }

    /**
     * The cells of an aligned row: each word belongs to the last column that starts at or before its
     * last character (so right-aligned numbers that begin left of their header still fall under it); a
     * cell is the text from its first word to its last, inner blanks kept.
     */
    static List<String> cells(String row, int[] starts) {
        List<String> cells = new ArrayList<>(starts.length);
        for (int k = 0; k < starts.length; k++) {
            cells.add("");
        }
        int[][] spans = words(row);
        int firstStart = -1;
        int lastEnd = -1;
        int column = -1;
        for (int w = 0; w < spans[0].length; w++) {
            int end = spans[1][w];
            int c = 0;
            while (c + 1 < starts.length && starts[c + 1] <= end - 1) {
                c++;
            }
            if (c != column) {
                if (column >= 0) {
                    cells.set(column, row.substring(firstStart, lastEnd));
                }
                column = c;
                firstStart = spans[0][w];
            }
            lastEnd = end;
        }
        if (column >= 0) {
            cells.set(column, row.substring(firstStart, lastEnd));
        }
        return cells;
    }

    /** The fields of an {@code ls -l} entry: mode, links, owner, group, size, date parts, then the name. */
    static List<String> listingCells(String row) {
        int[][] spans = words(row);
        int count = spans[0].length;
        List<String> cells = new ArrayList<>(LISTING_FIELDS + 1);
        for (int w = 0; w < count && w < LISTING_FIELDS; w++) {
            cells.add(row.substring(spans[0][w], spans[1][w]));
        }
        if (count > LISTING_FIELDS) {
            cells.add(row.substring(spans[0][LISTING_FIELDS]));
        }
        return cells;
    }

    /**
     * Whether a delimited record is a header: two or more short names (at most three words each), none
     * empty or starting with a digit, and no full stop at the end (which a sentence with commas has).
     */
    static boolean isNameRecord(String line, char delimiter) {
        List<String> cells = Delimited.cells(line.startsWith("\uFEFF") ? line.substring(1) : line, delimiter);
        if (cells.size() < 2 || line.strip().endsWith(".")) {
            return false;
        }
        for (String cell : cells) {
            if (cell.isEmpty() || cell.length() > MAX_NAME || LineShapes.words(cell) > 3) {
                return false;
            }
            char first = cell.charAt(0);
            if (!CharClass.isLetter(first) && first != '_' && first != '#' && first != '%') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
