package dev.headroom.internal.template;

import dev.headroom.internal.CharClass;

import static dev.headroom.internal.template.Chars.equalsIgnoreCase;
import static dev.headroom.internal.template.Chars.isWordChar;
import static dev.headroom.internal.template.Chars.skip;

/**
 * The values that make a line a problem by themselves, read after the word that introduces them: a non-zero exit
 * code ({@code exit code 137}, {@code exited with status 1}) and an HTTP 5xx status ({@code status=502}, the field
 * after a quoted request, a status line {@code HTTP/1.1 503}). Used by {@link Severity}.
 */
final class StatusValues {

    /** Words between an exit word and its code. */
    private static final String[] EXIT_FILLERS = {"with", "code", "status", "value"};

    private StatusValues() {}

    /** After {@code exit}: optional fillers ({@code with}, {@code code}, {@code (}, {@code :}), then a non-zero integer. */
    static boolean nonZeroExit(CharSequence s, int to) {
        int n = s.length();
        int i = to;
        for (int step = 0; step < 6 && i < n; step++) {
            i = skip(s, i, " :=(\"'");
            int end = i;
            while (end < n && CharClass.isLetter(s.charAt(end))) {
                end++;
            }
            if (end == i) {
                break;
            }
            boolean filler = false;
            for (String f : EXIT_FILLERS) {
                filler |= equalsIgnoreCase(s, i, end, f);
            }
            if (!filler) {
                return false;
            }
            i = end;
        }
        int digits = i;
        boolean nonZero = false;
        while (digits < n && CharClass.isDigit(s.charAt(digits))) {
            nonZero |= s.charAt(digits) != '0';
            digits++;
        }
        return digits > i && nonZero && (digits == n || !isWordChar(s.charAt(digits)));
    }

    /** {@code status=502}, {@code "status": 503}. */
    static boolean serverErrorValue(CharSequence s, int to) {
        int i = skip(s, to, "\"'");
        i = skip(s, i, " ");
        if (i >= s.length() || (s.charAt(i) != ':' && s.charAt(i) != '=')) {
            return false;
        }
        i = skip(s, i + 1, " \"'");
        return isServerError(s, i);
    }

    /** After a quote: {@code " 502 } (combined log format) or {@code HTTP/1.1" 503}. */
    static boolean httpServerError(CharSequence s, int i) {
        return i < s.length() && s.charAt(i) == ' ' && isServerError(s, i + 1);
    }

    static boolean isServerError(CharSequence s, int i) {
        int n = s.length();
        if (i + 3 > n || s.charAt(i) != '5' || !CharClass.isDigit(s.charAt(i + 1)) || !CharClass.isDigit(s.charAt(i + 2))) {
            return false;
        }
        return i + 3 == n || !isWordChar(s.charAt(i + 3)) && s.charAt(i + 3) != '.';
    }

    /** After {@code HTTP}: {@code /1.1 503} or {@code /2 502}, a response's status line. */
    static boolean statusLineServerError(CharSequence s, int to) {
        if (to >= s.length() || s.charAt(to) != '/') {
            return false;
        }
        int i = skip(s, to + 1, "0123456789.");
        return i > to + 1 && i < s.length() && s.charAt(i) == ' ' && isServerError(s, i + 1);
    }
}
