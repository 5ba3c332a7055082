package dev.headroom.compress.log;

/**
 * Reduces a line to its template: the parts that vary between occurrences of "the same" message are
 * masked with {@code *}. A word containing a digit (numbers, ids, hex, timestamps, IPs, UUID parts,
 * {@code blk_-695...}) becomes {@code *}; a whitespace-separated token containing a {@code /} (paths,
 * URLs, dates such as {@code 17/06/09}) becomes {@code *}; runs of blanks become one space.
 *
 * <p>A single pass over the characters, no regular expressions. Stateless and thread-safe.
 */
final class Templates {

    private Templates() {}

    static String of(CharSequence line) {
        return of(line, 0);
    }

    static String of(CharSequence line, int from) {
        int n = line.length();
        StringBuilder sb = new StringBuilder(Math.max(16, n - from));
        int i = from;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                i++;
                continue;
            }
            int end = i;
            boolean slash = false;
            while (end < n && line.charAt(end) != ' ' && line.charAt(end) != '\t') {
                if (line.charAt(end) == '/') {
                    slash = true;
                }
                end++;
            }
            if (slash && end - i > 1) {
                sb.append('*');
            } else {
                maskWords(line, i, end, sb);
            }
            i = end;
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    private static void maskWords(CharSequence s, int from, int to, StringBuilder sb) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            boolean sign = c == '-' && i + 1 < to && isDigit(s.charAt(i + 1)) && (i == from || !isWordChar(s.charAt(i - 1)));
            if (!isWordChar(c) && !sign) {
                sb.append(c);
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
                    digit |= d >= '0' && d <= '9';
                } else if (!(d == '-' && s.charAt(i - 1) == '_')) {
                    break;
                }
                i++;
            }
            if (digit) {
                sb.append('*');
            } else {
                for (int k = start; k < i; k++) {
                    sb.append(s.charAt(k));
                }
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || (c > 127 && Character.isLetterOrDigit(c));
    }
}
