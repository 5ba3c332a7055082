package dev.headroom.compress;

/**
 * Decides the {@link ContentKind} of a tool result from its content alone. Runs on every tool result,
 * so it must be cheap (a bounded look at the text) and deterministic.
 *
 * <p>Thread-safe and stateless.
 */
public final class ContentDetector {

    public ContentDetector() {}

    public ContentKind detect(String content) {
        if (content == null || content.isEmpty()) {
            return ContentKind.UNKNOWN;
        }
        int i = 0;
        int n = content.length();
        while (i < n && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        if (i == n) {
            return ContentKind.UNKNOWN;
        }
        char first = content.charAt(i);
        if (first == '{' || first == '[') {
            return ContentKind.JSON;
        }
        return ContentKind.UNKNOWN;
    }
}
