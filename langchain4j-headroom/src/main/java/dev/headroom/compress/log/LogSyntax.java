package dev.headroom.compress.log;

/**
 * Hand-written recognisers for the shapes of log lines: a leading timestamp, stack-trace lines and
 * exception lines. Each is a bounded single pass without regular expressions, so no input can make
 * them backtrack; the content detector uses them too.
 *
 * <p>Stateless and thread-safe.
 */
public final class LogSyntax {

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private LogSyntax() {}

    /**
     * Whether the line starts (after an optional {@code [}) with a date, a time, an epoch or a syslog
     * stamp: {@code 2015-07-29 17:41:44}, {@code 17/06/09 20:10:40}, {@code 081109 203615},
     * {@code 2024-01-01T10:00:00Z}, {@code 1117838570}, {@code Jun 14 15:16:01}, {@code 12:00:01.123}.
     */
    public static boolean startsWithTimestamp(CharSequence line) {
        int n = line.length();
        int i = 0;
        if (i < n && line.charAt(i) == '[') {
            i++;
        }
        if (i + 3 <= n && isMonth(line, i) && i + 3 < n && line.charAt(i + 3) == ' ') {
            int j = i + 4;
            while (j < n && line.charAt(j) == ' ') {
                j++;
            }
            return j < n && Character.isDigit(line.charAt(j));
        }
        int d1 = digits(line, i);
        if (d1 == 0) {
            return false;
        }
        int j = i + d1;
        char next = j < n ? line.charAt(j) : ' ';
        if ((d1 == 2 || d1 == 4) && (next == '-' || next == '/' || next == '.')) {
            int d2 = digits(line, j + 1);
            return d2 >= 1 && d2 <= 2 && j + 1 + d2 < n && line.charAt(j + 1 + d2) == next
                    && digits(line, j + 2 + d2) >= 1;
        }
        if (d1 == 2 && next == ':') {
            return digits(line, j + 1) == 2 && j + 3 < n && line.charAt(j + 3) == ':';
        }
        if ((d1 == 6 || d1 == 8) && next == ' ') {
            return digits(line, j + 1) == 6;
        }
        if (d1 == 8 && next == 'T') {
            return digits(line, j + 1) >= 4;
        }
        return (d1 == 10 || d1 == 13) && (next == ' ' || next == '.' || next == ']');
    }

    /**
     * Whether the line is an exception header: {@code java.lang.IllegalStateException: boom},
     * {@code RuntimeError: boom}, {@code Exception in thread "main" ...}, {@code panic: ...}.
     */
    public static boolean isExceptionLine(CharSequence line) {
        int n = line.length();
        int i = 0;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (startsWith(line, i, "Exception in thread ") || startsWith(line, i, "panic: ")
                || startsWith(line, i, "Caused by: ")) {
            return true;
        }
        int start = i;
        int segment = i;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '.') {
                segment = i + 1;
            } else if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
                break;
            }
            i++;
        }
        if (i == start || segment >= i || (i < n && line.charAt(i) != ':')) {
            return false;
        }
        if (!Character.isUpperCase(line.charAt(segment))) {
            return false;
        }
        return endsWith(line, i, "Exception") || endsWith(line, i, "Error") || endsWith(line, i, "Throwable")
                || endsWith(line, i, "Fault") || endsWith(line, i, "Failure");
    }

    /** Whether the line opens a stack trace ({@code Traceback (most recent call last):}). */
    public static boolean isTraceStart(CharSequence line) {
        int i = indentOf(line);
        return startsWith(line, i, "Traceback (most recent call last)") || startsWith(line, i, "Traceback:")
                || startsWith(line, i, "goroutine ");
    }

    /**
     * Whether the line is a stack frame: {@code at com.x.Y.z(Y.java:12)}, {@code File "a.py", line 5},
     * {@code ... 12 more}, {@code /src/x.go:42 +0x1d}.
     */
    static boolean isFrame(CharSequence line) {
        int i = indentOf(line);
        if (i == 0) {
            return false;
        }
        return startsWith(line, i, "at ") || startsWith(line, i, "File \"") || startsWith(line, i, "... ");
    }

    /** Whether a continuation line links chained exceptions ({@code Caused by:}, Python's "During handling"). */
    static boolean isChainLine(CharSequence line) {
        int i = indentOf(line);
        return startsWith(line, i, "Caused by:") || startsWith(line, i, "Suppressed:")
                || startsWith(line, i, "During handling of the above exception")
                || startsWith(line, i, "The above exception was the direct cause");
    }

    static int indentOf(CharSequence line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    static boolean startsWith(CharSequence s, int from, String prefix) {
        if (s.length() - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(from + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(CharSequence s, int end, String suffix) {
        int from = end - suffix.length();
        return from >= 0 && startsWith(s, from, suffix);
    }

    private static boolean isMonth(CharSequence s, int i) {
        for (String m : MONTHS) {
            if (startsWith(s, i, m)) {
                return true;
            }
        }
        return false;
    }

    private static int digits(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
