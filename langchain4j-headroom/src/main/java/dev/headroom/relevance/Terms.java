package dev.headroom.relevance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lowercase terms for BM25: runs of letters or digits, plus the whole run of an
 * identifier-like token ({@code i-0abc123}, {@code eu-west-3a}, {@code m5.large}) so exact ids match as
 * one term as well as by their parts. Deterministic and locale-independent.
 */
public final class Terms {

    private static final int MAX_TERM_LENGTH = 64;

    private Terms() {}

    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            int parts = 0;
            int partStart = i;
            while (i < n && (isWordChar(text.charAt(i)) || isJoiner(text, i))) {
                if (isJoiner(text, i)) {
                    addTerm(terms, text, partStart, i);
                    parts++;
                    partStart = i + 1;
                }
                i++;
            }
            if (start < i) {
                addTerm(terms, text, partStart, i);
                if (parts > 0) {
                    addTerm(terms, text, start, i);
                }
            }
        }
        return terms;
    }

    public static List<String> distinct(String text) {
        return new ArrayList<>(new LinkedHashSet<>(of(text)));
    }

    private static void addTerm(List<String> terms, String text, int from, int to) {
        int length = to - from;
        if (length < 1 || length > MAX_TERM_LENGTH) {
            return;
        }
        if (length == 1 && !Character.isDigit(text.charAt(from))) {
            return;
        }
        terms.add(text.substring(from, to).toLowerCase(Locale.ROOT));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A '-', '.' or '/' between two word characters joins an identifier. */
    private static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        if (c != '-' && c != '.' && c != '/' && c != ':') {
            return false;
        }
        return i > 0 && i + 1 < text.length() && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1));
    }
}
