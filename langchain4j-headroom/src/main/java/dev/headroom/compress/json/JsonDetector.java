package dev.headroom.compress.json;

import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;
import dev.headroom.internal.CharClass;

/**
 * JSON: the first non-blank character is <code>{</code> or {@code [}, and what follows it is what JSON allows
 * there: a quoted key or <code>}</code> after <code>{</code>; a value or {@code ]} after {@code [}. So a bracketed
 * level or stamp that starts a log line ({@code [INFO]}, {@code [2024-01-01 10:00:00]}) is not JSON, and neither
 * are the JSON-like prints of other languages (Node's <code>{ id: 'a' }</code>, Rust's <code>[ Item {</code>, Python's
 * <code>{'id': 1}</code>), which are left to the line-based kinds. Decided before any line is sampled.
 */
public final class JsonDetector implements KindDetector {

    /** Nested openings looked through before the start is taken for JSON. */
    private static final int MAX_DEPTH = 8;

    @Override
    public ContentKind kind() {
        return ContentKind.JSON;
    }

    @Override
    public boolean claimsAtStart(String content, int start) {
        char first = content.charAt(start);
        return (first == '{' || first == '[') && opensJson(content, start, 0);
    }

    @Override
    public Tally tally() {
        return NEVER;
    }

    /** JSON is claimed at the start or not at all. */
    private static final Tally NEVER = (content, start, totals) -> false;

    /** Whether the brace or bracket at {@code i} is followed by what JSON allows there (the content's end included). */
    private static boolean opensJson(String content, int i, int depth) {
        int n = content.length();
        int next = i + 1;
        while (next < n && CharClass.isWhitespace(content.charAt(next))) {
            next++;
        }
        if (next >= n || depth >= MAX_DEPTH) {
            return true;
        }
        char c = content.charAt(next);
        if (content.charAt(i) == '{') {
            return c == '"' || c == '}';
        }
        if (c == '{' || c == '[') {
            return opensJson(content, next, depth + 1);
        }
        return c == ']' || c == '"' || c == '-' || CharClass.isDigit(c) && !startsStamp(content, next)
                || content.startsWith("true", next) || content.startsWith("false", next) || content.startsWith("null", next);
    }

    /** {@code [2024-01-01 …]}, {@code [12:00:01]}: digits continued by -, : or /, which no JSON number is. */
    private static boolean startsStamp(String content, int i) {
        int n = content.length();
        int d = i;
        while (d < n && CharClass.isDigit(content.charAt(d))) {
            d++;
        }
        return d < n && (content.charAt(d) == '-' || content.charAt(d) == ':' || content.charAt(d) == '/');
    }
}
