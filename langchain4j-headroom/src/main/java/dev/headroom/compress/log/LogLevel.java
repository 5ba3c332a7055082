package dev.headroom.compress.log;

import dev.headroom.internal.CharClass;

/**
 * The severity a log line declares, read from an explicit level token ({@code ERROR}, {@code [WARN]},
 * {@code level=error}, Apache's and nginx's {@code [error]} or {@code [core:error]}, klog's {@code E1206 ...};
 * {@code E/} is not recognised). Prose words such as "error" in lower case do not
 * count: "instruction cache parity error corrected" at level INFO stays INFO.
 *
 * <p>Stateless; {@link #find} is a bounded single pass over the first tokens of a line.
 */
public enum LogLevel {
    TRACE,
    DEBUG,
    INFO,
    WARN,
    ERROR,
    FATAL;

    /** How many whitespace-separated tokens from the start of a line are searched for the level. */
    static final int MAX_TOKENS = 12;

    /** Whether lines of this level are kept once per template however tight the budget. */
    public boolean isProblem() {
        return this == WARN || this == ERROR || this == FATAL;
    }

    /** The level a line declares, or {@code null} when it declares none. */
    public static LogLevel find(CharSequence line) {
        return LogSyntax.isKlogHeader(line) ? find(line, -1) : find(line, position(line));
    }

    /**
     * {@link #find}, given the line's {@link #position} (ignored for a klog header, whose level is its first
     * letter): a caller that also needs the position reads the line once.
     */
    static LogLevel find(CharSequence line, int start) {
        if (LogSyntax.isKlogHeader(line)) {
            char c = line.charAt(0);
            return c == 'I' ? INFO : c == 'W' ? WARN : c == 'E' ? ERROR : FATAL;
        }
        if (start < 0) {
            return null;
        }
        int end = start;
        while (end < line.length() && !isSpace(line.charAt(end))) {
            end++;
        }
        return ofToken(line, start, end);
    }

    /** Index of the first character of the level token, or -1 (same rules as {@link #find}). */
    static int position(CharSequence line) {
        int n = line.length();
        int i = 0;
        for (int token = 0; token < MAX_TOKENS && i < n; token++) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(line.charAt(i))) {
                i++;
            }
            if (ofToken(line, start, i) != null) {
                return start;
            }
        }
        return -1;
    }

    /**
     * A token is a level when, after leading brackets, it starts with an upper-case level word not
     * followed by another letter ({@code ERROR}, {@code [ERROR]}, {@code ERROR:}, {@code <WARN>}), or it
     * is {@code level=...}/{@code lvl=...} in any case.
     */
    private static LogLevel ofToken(CharSequence s, int from, int to) {
        LogLevel bracketed = bracketed(s, from, to);
        if (bracketed != null) {
            return bracketed;
        }
        int i = from;
        while (i < to && (s.charAt(i) == '[' || s.charAt(i) == '<' || s.charAt(i) == '(' || s.charAt(i) == '"')) {
            i++;
        }
        boolean keyValue = false;
        if (i < to && toLowerCase(s.charAt(i)) == 'l') { // most tokens start with neither level= nor lvl=
            if (startsWithIgnoreCase(s, i, to, "level=")) {
                i += 6;
                keyValue = true;
            } else if (startsWithIgnoreCase(s, i, to, "lvl=")) {
                i += 4;
                keyValue = true;
            }
        }
        if (keyValue && i < to && s.charAt(i) == '"') {
            i++;
        }
        int wordStart = i;
        while (i < to && isLetter(s.charAt(i))) {
            if (!keyValue && !isUpperCase(s.charAt(i))) {
                return null;
            }
            i++;
        }
        int length = i - wordStart;
        if (length < 3 || length > 8) {
            return null;
        }
        return word(s, wordStart, length);
    }

    /**
     * {@code [error]}, {@code [warn]}, {@code [core:error]}, {@code [proxy_fcgi:warn]}: Apache and nginx write
     * the level in lower case inside brackets (after a module name in Apache 2.4); any case counts there.
     */
    private static LogLevel bracketed(CharSequence s, int from, int to) {
        if (to - from < 5 || s.charAt(from) != '[') {
            return null;
        }
        int end = s.charAt(to - 1) == ':' ? to - 1 : to;
        if (s.charAt(end - 1) != ']') {
            return null;
        }
        int start = from + 1;
        for (int i = start; i < end - 1; i++) {
            if (s.charAt(i) == ':') {
                start = i + 1;
            }
        }
        int length = end - 1 - start;
        for (int i = start; i < end - 1; i++) {
            if (!isLetter(s.charAt(i))) {
                return null;
            }
        }
        return length < 3 || length > 8 ? null : word(s, start, length);
    }

    private static final String[] WORDS = {
        "TRACE", "FINEST", "FINER", "DEBUG", "FINE", "INFO", "NOTICE", "CONFIG", "WARN", "WARNING", "ERROR", "ERR",
        "FATAL", "SEVERE", "CRITICAL", "CRIT", "PANIC", "EMERG", "ALERT"
    };
    private static final LogLevel[] WORD_LEVELS = {
        TRACE, TRACE, TRACE, DEBUG, DEBUG, INFO, INFO, INFO, WARN, WARN, ERROR, ERROR,
        FATAL, FATAL, FATAL, FATAL, FATAL, FATAL, FATAL
    };

    /** Compares without allocating: this runs on every line of every log. */
    private static LogLevel word(CharSequence s, int from, int length) {
        for (int w = 0; w < WORDS.length; w++) {
            String word = WORDS[w];
            if (word.length() != length) {
                continue;
            }
            int k = 0;
            while (k < length && toUpperCase(s.charAt(from + k)) == word.charAt(k)) {
                k++;
            }
            if (k == length) {
                return WORD_LEVELS[w];
            }
        }
        return null;
    }

    /** {@link Character#toUpperCase(char)}, without the call for ASCII. */
    private static char toUpperCase(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        }
        return Character.toUpperCase(c);
    }

    private static boolean startsWithIgnoreCase(CharSequence s, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (toLowerCase(s.charAt(from + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // Character's tests, without the call for ASCII: they run on the first tokens of every line of every log

    private static boolean isLetter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : CharClass.isLetter(c);
    }

    private static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : CharClass.isUpperCase(c);
    }

    private static char toLowerCase(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
