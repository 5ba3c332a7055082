package dev.headroom.internal.template;

import dev.headroom.internal.CharClass;

/** Character and region tests over a {@link CharSequence} for the hand-written scanners of this package (no regular expressions, no copies). */
final class Chars {

    private Chars() {}

    static int skip(CharSequence s, int i, String chars) {
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return ASCII_WORD[c];
        }
        return CharClass.isLetterOrDigit(c);
    }

    /** {@code [A-Za-z0-9_]} by ASCII code: one load per character of every scanned line. Never modified. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
    }

    /** {@link Character#toLowerCase(char)}, without the call for ASCII. */
    static char toLowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    static boolean equalsIgnoreCase(CharSequence s, int from, int to, String word) {
        return to - from == word.length() && regionMatchesIgnoreCase(s, from, word);
    }

    static boolean endsWithIgnoreCase(CharSequence s, int from, int to, String suffix) {
        return to - from >= suffix.length() && regionMatchesIgnoreCase(s, to - suffix.length(), suffix);
    }

    static boolean regionMatchesIgnoreCase(CharSequence s, int from, String word) {
        if (from < 0 || s.length() - from < word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (toLowerCase(s.charAt(from + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean regionMatches(CharSequence s, int from, String text) {
        if (from < 0 || s.length() - from < text.length()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (s.charAt(from + k) != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
