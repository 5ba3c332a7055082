package dev.headroom.internal.template;

import static dev.headroom.internal.template.Chars.isWordChar;

/**
 * Reduces a line to its template: the parts that vary between occurrences of "the same" message are
 * masked with {@code *}. A word containing a digit (numbers, ids, hex, timestamps, IPs, UUID parts,
 * {@code blk_-695...}) becomes {@code *}; a whitespace-separated token containing a {@code /} (paths,
 * URLs, dates such as {@code 17/06/09}) becomes {@code *}; runs of blanks become one space.
 *
 * <p>A single pass over the characters, no regular expressions. Stateless and thread-safe.
 */
public final class Templates {

    private Templates() {}

    /** The template of the whole line. */
    public static String of(String line) {
        return of(line, 0);
    }

    /** Writes into one char array sized to the input: a template is never longer than its line. */
    public static String of(String line, int from) {
        return of(line, from, new char[Math.max(0, line.length() - from)]);
    }

    /**
     * {@link #of(String, int)}, written into {@code out} (at least {@code line.length() - from} chars), which the
     * caller reuses: the miner masks a token of most lines, and most become the shared {@code *}.
     */
    static String of(String line, int from, char[] out) {
        int n = line.length();
        int o = 0;
        int i = from;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (o > 0 && out[o - 1] != ' ') {
                    out[o++] = ' ';
                }
                i++;
                continue;
            }
            int end = i;
            boolean slash = false;
            while (end < n) {
                char d = line.charAt(end);
                if (d == ' ' || d == '\t') {
                    break;
                }
                slash |= d == '/';
                end++;
            }
            if (slash && end - i > 1) {
                out[o++] = '*';
            } else {
                o = maskWords(line, i, end, out, o);
            }
            i = end;
        }
        if (o > 0 && out[o - 1] == ' ') {
            o--;
        }
        // a token masked whole (a number, an id, a path) is the most common template of all: one shared String
        return o == 1 && out[0] == '*' ? WILDCARD : new String(out, 0, o);
    }

    private static final String WILDCARD = "*";

    private static int maskWords(String s, int from, int to, char[] out, int o) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            boolean sign = c == '-' && i + 1 < to && isDigit(s.charAt(i + 1)) && (i == from || !isWordChar(s.charAt(i - 1)));
            if (!isWordChar(c) && !sign) {
                out[o++] = c;
                i++;
                continue;
            }
            int start = i;
            if (sign) {
                i++;
            }
            boolean digit = false;
            while (i < to) {
                char d = s.charAt(i);
                if (isWordChar(d)) {
                    digit |= isDigit(d);
                } else if (!(d == '-' && s.charAt(i - 1) == '_')) {
                    break;
                }
                i++;
            }
            if (digit) {
                out[o++] = '*';
            } else {
                s.getChars(start, i, out, o);
                o += i - start;
            }
        }
        return o;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
