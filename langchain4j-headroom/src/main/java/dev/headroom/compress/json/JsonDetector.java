package dev.headroom.compress.json;

import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;

/**
 * JSON: the first non-blank character is <code>{</code> or {@code [}, except a bracketed level or stamp such as
 * {@code [INFO]} or {@code [2024-01-01 10:00:00]} that starts a log line. Decided before any line is sampled.
 */
public final class JsonDetector implements KindDetector {

    @Override
    public ContentKind kind() {
        return ContentKind.JSON;
    }

    @Override
    public boolean claimsAtStart(String content, int start) {
        char first = content.charAt(start);
        return first == '{' || (first == '[' && !isBracketedPrefix(content, start));
    }

    @Override
    public Tally tally() {
        return NEVER;
    }

    /** JSON is claimed at the start or not at all. */
    private static final Tally NEVER = (content, start, totals) -> false;

    /**
     * {@code [INFO] ...}, {@code [2024-01-01 10:00:00] ...}: a bracketed level or stamp, which no JSON
     * array starts with (JSON has no bare words but true/false/null, and no number continues with
     * {@code -}, {@code :} or {@code /} after its first digits).
     */
    private static boolean isBracketedPrefix(String content, int bracket) {
        int i = bracket + 1;
        int n = content.length();
        if (i >= n) {
            return false;
        }
        char c = content.charAt(i);
        if (Character.isLetter(c)) {
            return !(content.startsWith("true", i) || content.startsWith("false", i) || content.startsWith("null", i));
        }
        int d = i;
        while (d < n && Character.isDigit(content.charAt(d))) {
            d++;
        }
        return d > i && d < n && (content.charAt(d) == '-' || content.charAt(d) == ':' || content.charAt(d) == '/');
    }
}
