package dev.headroom;

import dev.headroom.compress.Lines;
import java.util.Arrays;

/**
 * A tool result cut into the units the per-result ceiling keeps or omits ({@link ResultCeiling}): its lines, split
 * like {@link Lines#split} (without terminators, CRLF as one), and a line longer than {@code maxChars} cut into
 * pieces of at most that many chars, so that a minified JSON document or any other single huge line still shows its
 * start, its end and the pieces that matter. A piece ends after a space, comma or semicolon in its last quarter when
 * there is one (so words stay whole), never inside a surrogate pair. Units are offsets into the content, so a huge
 * result costs a few ints per line, not a copy.
 *
 * <p>Immutable once built; deterministic.
 */
final class CeilingUnits {

    private final String content;
    private final String newline;
    private final int count;
    private final int lines;
    private final int[] start;
    private final int[] end;
    private final int[] line;
    /** Where each unit's line starts in the content. */
    private final int[] lineStart;
    /** The chars of the units before each unit (and, last, of all units), line terminators excluded. */
    private final long[] charsBefore;

    private CeilingUnits(String content, int count, int lines, int[] start, int[] end, int[] line, int[] lineStart) {
        this.content = content;
        this.newline = Lines.newline(content);
        this.count = count;
        this.lines = lines;
        this.start = start;
        this.end = end;
        this.line = line;
        this.lineStart = lineStart;
        this.charsBefore = new long[count + 1];
        for (int u = 0; u < count; u++) {
            charsBefore[u + 1] = charsBefore[u] + end[u] - start[u];
        }
    }

    static CeilingUnits of(String content, int maxChars) {
        Builder b = new Builder(Math.max(16, content.length() / 64));
        int n = content.length();
        int from = 0;
        int lineIndex = 0;
        while (from < n) {
            int nl = content.indexOf('\n', from);
            int stop = nl < 0 ? n : nl;
            int to = stop > from && content.charAt(stop - 1) == '\r' ? stop - 1 : stop;
            int pos = from;
            while (to - pos > maxChars) {
                int cut = cut(content, pos, pos + maxChars);
                b.add(pos, cut, lineIndex, from);
                pos = cut;
            }
            b.add(pos, to, lineIndex, from);
            lineIndex++;
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return new CeilingUnits(content, b.size, lineIndex, Arrays.copyOf(b.start, b.size), Arrays.copyOf(b.end, b.size),
                Arrays.copyOf(b.line, b.size), Arrays.copyOf(b.lineStart, b.size));
    }

    /** Where to end a piece that may reach {@code limit}: after a space, comma or semicolon in its last quarter. */
    private static int cut(String content, int pos, int limit) {
        int floor = limit - (limit - pos) / 4;
        for (int i = limit - 1; i >= floor; i--) {
            char c = content.charAt(i);
            if (c == ' ' || c == ',' || c == ';' || c == '\t') {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(content.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** How many units. */
    int count() {
        return count;
    }

    /** How many lines the content has. */
    int lines() {
        return lines;
    }

    /** The newline the content uses ({@link Lines#newline}). */
    String newline() {
        return newline;
    }

    String content() {
        return content;
    }

    String text(int u) {
        return content.substring(start[u], end[u]);
    }

    /** Where the unit starts in the content. */
    int offset(int u) {
        return start[u];
    }

    int length(int u) {
        return end[u] - start[u];
    }

    /** The chars of units {@code from} to {@code to}, line terminators excluded. */
    long chars(int from, int to) {
        return charsBefore[to + 1] - charsBefore[from];
    }

    /** The unit's line, from 0. */
    int line(int u) {
        return line[u];
    }

    /** Where the unit starts in its line, from 0. */
    int column(int u) {
        return start[u] - lineStart[u];
    }

    boolean startsLine(int u) {
        return u == 0 || line[u - 1] != line[u];
    }

    boolean endsLine(int u) {
        return u == count - 1 || line[u + 1] != line[u];
    }

    /** The first unit of each line, by line. */
    int[] firstUnits() {
        int[] first = new int[lines];
        for (int u = count - 1; u >= 0; u--) {
            first[line[u]] = u;
        }
        return first;
    }

    /** The content's lines without terminators, as {@link Lines#split} gives them. */
    String[] lineTexts() {
        String[] texts = new String[lines];
        for (int u = 0; u < count; u++) {
            if (startsLine(u)) {
                int last = u;
                while (!endsLine(last)) {
                    last++;
                }
                texts[line[u]] = content.substring(start[u], end[last]);
            }
        }
        return texts;
    }

    /** Growing arrays of unit offsets. */
    private static final class Builder {
        int[] start;
        int[] end;
        int[] line;
        int[] lineStart;
        int size;

        Builder(int capacity) {
            start = new int[capacity];
            end = new int[capacity];
            line = new int[capacity];
            lineStart = new int[capacity];
        }

        void add(int from, int to, int lineIndex, int lineFrom) {
            if (size == start.length) {
                int grown = size * 2;
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                line = Arrays.copyOf(line, grown);
                lineStart = Arrays.copyOf(lineStart, grown);
            }
            start[size] = from;
            end[size] = to;
            line[size] = lineIndex;
            lineStart[size] = lineFrom;
            size++;
        }
    }
}
