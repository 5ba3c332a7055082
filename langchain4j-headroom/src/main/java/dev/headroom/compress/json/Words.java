package dev.headroom.compress.json;

import dev.headroom.internal.CharClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits member names and values into lowercase words at word boundaries: camelCase and PascalCase
 * humps, acronyms, digits, and any non-alphanumeric separator. {@code TimeoutInSeconds} → {@code timeout,
 * in, seconds}; {@code timeout_ms} → {@code timeout, ms}; {@code HTTPStatusCode} → {@code http, status,
 * code}; {@code "Connection failed: ECONNRESET"} → {@code connection, failed, econnreset}.
 */
final class Words {

    private Words() {}

    static List<String> of(String text) {
        List<String> words = new ArrayList<>(4);
        int n = text.length();
        int start = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!CharClass.isLetterOrDigit(c)) {
                if (start >= 0) {
                    add(words, text, start, i);
                    start = -1;
                }
                continue;
            }
            if (start < 0) {
                start = i;
                continue;
            }
            char prev = text.charAt(i - 1);
            boolean hump = CharClass.isUpperCase(c) && CharClass.isLowerCase(prev);
            boolean acronymEnd = CharClass.isUpperCase(c) && CharClass.isUpperCase(prev)
                    && i + 1 < n && CharClass.isLowerCase(text.charAt(i + 1));
            boolean digitEdge = CharClass.isDigit(c) != CharClass.isDigit(prev);
            if (hump || acronymEnd || digitEdge) {
                add(words, text, start, i);
                start = i;
            }
        }
        if (start >= 0) {
            add(words, text, start, n);
        }
        return words;
    }

    private static void add(List<String> words, String text, int from, int to) {
        words.add(text.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** The last word of a member name, or {@code ""}. */
    static String last(List<String> words) {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }
}
