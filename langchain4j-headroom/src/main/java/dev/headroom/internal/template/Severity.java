package dev.headroom.internal.template;

import dev.headroom.internal.CharClass;

import static dev.headroom.internal.template.Chars.endsWithIgnoreCase;
import static dev.headroom.internal.template.Chars.equalsIgnoreCase;
import static dev.headroom.internal.template.Chars.isWordChar;
import static dev.headroom.internal.template.Chars.regionMatches;
import static dev.headroom.internal.template.Chars.regionMatchesIgnoreCase;
import static dev.headroom.internal.template.Chars.skip;
import static dev.headroom.internal.template.Chars.toLowerCase;
import static dev.headroom.internal.template.StatusValues.httpServerError;
import static dev.headroom.internal.template.StatusValues.nonZeroExit;
import static dev.headroom.internal.template.StatusValues.serverErrorValue;
import static dev.headroom.internal.template.StatusValues.statusLineServerError;

/**
 * Whether a line reports a problem, whatever level word it declares and wherever the signal sits: a
 * problem word in any case ({@code error}, {@code fatal}, {@code panic}, {@code fail}, {@code failed}, {@code exception},
 * {@code critical}, {@code denied}, {@code killed}, {@code segfault}, {@code Traceback}, {@code refused},
 * {@code unable}, {@code cannot}, {@code deadlock}, {@code dropped}, ...; the phrases {@code out of memory}, {@code timed out},
 * {@code no space left}; not {@code could not}, which routine INFO lines use, such as Spring's "Could not detect
 * default configuration classes"), an exception
 * or error class name ({@code KeeperException}, {@code ValueError}), a CamelCase state or reason with a problem
 * part ({@code OOMKilled}, {@code CrashLoopBackOff}, {@code ErrImagePull}), the level tokens {@code ERR}
 * ({@code npm ERR!}) and {@code E:} (apt: {@code E: Unable to locate package}), an HTTP 5xx status (the field after a quoted request, a status line {@code HTTP/1.1 503},
 * {@code status=502}), a non-zero exit code ({@code exit code 137},
 * {@code exited with status 1}, {@code Exited (137)}) or the mark a test runner prints before a failed test
 * ({@code ✗}, {@code ✘}, {@code ✖}, {@code ✕}, {@code ❌}).
 *
 * <p>Word boundaries keep routine lines routine, so a log full of them does not bloat the output:
 * <ul>
 *   <li>a problem word must be a whole word: {@code -Werror}, {@code ERROR_REPORTING=off},
 *       {@code error_count}, {@code onerror} are not;</li>
 *   <li>a word that is part of a path, file name or compound is not: {@code /error/page.html},
 *       {@code error.log}, {@code non-fatal}, {@code log.error(...)};</li>
 *   <li>a word counted as zero or negated is not: {@code 0 errors}, {@code no error},
 *       {@code without errors}, {@code errors=0}, {@code failed: 0}, {@code dropped 0}, {@code "error": null};</li>
 *   <li>an error the line says was corrected is not: {@code parity error corrected} (ECC, EDAC).</li>
 * </ul>
 * A single pass over the characters, no regular expressions. Stateless and thread-safe.
 */
public final class Severity {

    /** Problem words, lower case; matched whole and case-insensitively. */
    private static final String[] WORDS = {
        "error", "errors", "errored", "fatal", "panic", "panicked", "fail", "failed", "failure", "failures", "exception",
        "exceptions", "critical", "denied", "killed", "segfault", "traceback", "aborted", "emergency", "unhandled",
        "refused", "unable", "cannot", "deadlock", "unreachable", "corrupt", "corrupted", "dropped", "invalid", "expired",
        "unavailable", "rejected", "offline", "insufficient", "lost", "violation", "servfail", "nxdomain", "degraded",
        "downgraded"
    };
    /** {@link #WORDS} by first letter ({@code a}–{@code z}), in their order: a word is compared only when its first letter matches. */
    private static final String[][] WORDS_BY_FIRST = new String[26][];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            final char letter = c;
            WORDS_BY_FIRST[c - 'a'] = java.util.Arrays.stream(WORDS).filter(w -> w.charAt(0) == letter).toArray(String[]::new);
        }
    }
    /** Words before a problem word that say there is none. */
    private static final String[] NEGATIONS = {"0", "no", "zero", "without", "non", "ignoring"};
    /** Values after {@code word:} or {@code word=} that say there is none. */
    private static final String[] EMPTY_VALUES = {"0", "null", "none", "false", "off", "no", "nil", "[]", "{}", "\"\""};

    private Severity() {}

    /** Whether the line reports a problem (see the class description). */
    public static boolean isProblem(CharSequence line) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"' && httpServerError(line, i + 1) || c >= '\u2715' && isFailureMark(c)) {
                return true;
            }
            // i is never inside a word here: a word is skipped whole (i = end), and the character at its end is no
            // word character
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && isWordChar(line.charAt(end))) {
                end++;
            }
            if (problemAt(line, i, end) || c == 'E' && end == i + 1 && isLevelLetter(line, i, end)) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** apt's and dpkg's one-letter error level, {@code E: } at the start of the line or of its text after a blank. */
    private static boolean isLevelLetter(CharSequence line, int at, int end) {
        return end + 1 < line.length() && line.charAt(end) == ':' && line.charAt(end + 1) == ' ' && (at == 0 || line.charAt(at - 1) == ' ');
    }

    /** The marks test runners and checkers print before a failed item ({@code ✗}, {@code ✘}, {@code ✖}, {@code ✕}, {@code ❌}). */
    private static boolean isFailureMark(char c) {
        return c == '\u2717' || c == '\u2718' || c == '\u2716' || c == '\u2715' || c == '\u274C';
    }

    private static boolean problemAt(CharSequence s, int from, int to) {
        int length = to - from;
        if (length < 3) {
            return false; // no problem word, phrase, status or class name is that short
        }
        if (isClassName(s, from, to)) {
            return true;
        }
        // every word compared below starts with this character (compared as Character.toLowerCase does)
        char first = toLowerCase(s.charAt(from));
        switch (first) {
            case 's':
                if (equalsIgnoreCase(s, from, to, "segmentation")) {
                    return regionMatchesIgnoreCase(s, to, " fault");
                }
                if (equalsIgnoreCase(s, from, to, "space")) {
                    return from >= 3 && regionMatchesIgnoreCase(s, from - 3, "no ") && regionMatchesIgnoreCase(s, to, " left");
                }
                break;
            case 'o':
                if (equalsIgnoreCase(s, from, to, "out")) {
                    return regionMatchesIgnoreCase(s, to, " of memory");
                }
                break;
            case 't':
                if (equalsIgnoreCase(s, from, to, "timed")) {
                    return regionMatchesIgnoreCase(s, to, " out");
                }
                break;
            default:
                break;
        }
        if (length < 4 || length > 12) {
            return false;
        }
        if (first == 'e' && (equalsIgnoreCase(s, from, to, "exit") || equalsIgnoreCase(s, from, to, "exited")
                || equalsIgnoreCase(s, from, to, "exitcode") || equalsIgnoreCase(s, from, to, "exit_code")
                || equalsIgnoreCase(s, from, to, "exitstatus") || equalsIgnoreCase(s, from, to, "exit_status"))) {
            return nonZeroExit(s, to);
        }
        char last = toLowerCase(s.charAt(to - 1)); // "status" ends in s, the other two in e: most words are neither
        if ((last == 's' || last == 'e') && (endsWithIgnoreCase(s, from, to, "status")
                || equalsIgnoreCase(s, from, to, "status_code") || equalsIgnoreCase(s, from, to, "statuscode"))) {
            return serverErrorValue(s, to);
        }
        if (first < 'a' || first > 'z') {
            return false;
        }
        boolean word = false;
        for (String w : WORDS_BY_FIRST[first - 'a']) {
            if (w.length() == length && equalsIgnoreCase(s, from, to, w)) {
                word = true;
                break;
            }
        }
        return word && !inCompound(s, from, to) && !negated(s, from) && !zeroValue(s, to) && !corrected(s);
    }

    /**
     * {@code instruction cache parity error corrected}, {@code 3 ddr errors detected and corrected}: an error
     * the system corrected itself is routine (EDAC, ECC, link retries), counted with its template.
     */
    private static boolean corrected(CharSequence s) {
        int n = s.length();
        for (int i = 0; i + 9 <= n; i++) {
            if ((s.charAt(i) == 'c' || s.charAt(i) == 'C') && regionMatchesIgnoreCase(s, i, "corrected")
                    && (i == 0 || !isWordChar(s.charAt(i - 1))) && (i + 9 == n || !isWordChar(s.charAt(i + 9)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code KeeperException}, {@code IOError}: an upper-case identifier ending in Exception or Error. */
    private static boolean isClassName(CharSequence s, int from, int to) {
        char first = s.charAt(from);
        if (first < 128 ? first < 'A' || first > 'Z' : !CharClass.isUpperCase(first)) {
            return false;
        }
        // each name below ends or starts with a letter most words do not: one compare spares the others
        char last = s.charAt(to - 1);
        return (last == 'n' && to - from > 9 && regionMatches(s, to - 9, "Exception"))
                || (last == 'r' && to - from > 5 && regionMatches(s, to - 5, "Error") && CharClass.isLetterOrDigit(s.charAt(to - 6)))
                || ((last == 'd' || last == 'e' || last == 'f' || first == 'F' || first == 'E') && problemCompound(s, from, to))
                || first == 'E' && to - from == 3 && regionMatches(s, from, "ERR")
                || first == 'H' && to - from == 4 && regionMatches(s, from, "HTTP") && statusLineServerError(s, to);
    }

    /**
     * A CamelCase name with a problem part, as states and reasons are written: {@code OOMKilled},
     * {@code CrashLoopBackOff}, {@code ConnectionFailed}, {@code FailedScheduling}, {@code ErrImagePull}.
     */
    private static boolean problemCompound(CharSequence s, int from, int to) {
        for (String suffix : COMPOUND_SUFFIXES) {
            int at = to - suffix.length();
            if (at > from && regionMatches(s, at, suffix) && CharClass.isLetter(s.charAt(at - 1))) {
                return true;
            }
        }
        for (String prefix : COMPOUND_PREFIXES) {
            int after = from + prefix.length();
            if (after < to && regionMatches(s, from, prefix) && CharClass.isUpperCase(s.charAt(after))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] COMPOUND_SUFFIXES = {"Killed", "Failed", "Failure", "BackOff"};
    private static final String[] COMPOUND_PREFIXES = {"Failed", "Err"};

    /** Part of a path, a file name, a dotted call or a hyphenated compound. */
    private static boolean inCompound(CharSequence s, int from, int to) {
        if (from > 0) {
            char before = s.charAt(from - 1);
            if (before == '/' || before == '\\' || before == '.' || before == '-') {
                return true;
            }
        }
        if (to < s.length()) {
            char after = s.charAt(to);
            if (after == '/' || after == '\\' || after == '-') {
                return true;
            }
            return after == '.' && to + 1 < s.length() && isWordChar(s.charAt(to + 1));
        }
        return false;
    }

    /** {@code 0 errors}, {@code no error}, {@code without errors}. */
    private static boolean negated(CharSequence s, int from) {
        int end = from;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == from) {
            return false;
        }
        int start = end;
        while (start > 0 && isWordChar(s.charAt(start - 1))) {
            start--;
        }
        for (String w : NEGATIONS) {
            if (equalsIgnoreCase(s, start, end, w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code errors=0}, {@code failed: 0}, {@code errors 0}, {@code "error": null}. */
    private static boolean zeroValue(CharSequence s, int to) {
        int i = skip(s, to, "\"'");
        int spaced = skip(s, i, " ");
        if (spaced > i && spaced < s.length() && s.charAt(spaced) == '0') {
            // "RX errors 0  dropped 0": a counter printed after its name
            return spaced + 1 >= s.length() || !isWordChar(s.charAt(spaced + 1)) && s.charAt(spaced + 1) != '.';
        }
        i = spaced;
        if (i >= s.length() || (s.charAt(i) != ':' && s.charAt(i) != '=')) {
            return false;
        }
        i = skip(s, i + 1, " ");
        i = skip(s, i, "\"'");
        for (String v : EMPTY_VALUES) {
            if (regionMatchesIgnoreCase(s, i, v)) {
                int after = i + v.length();
                return after >= s.length() || !isWordChar(s.charAt(after)) && s.charAt(after) != '.';
            }
        }
        return false;
    }

}
