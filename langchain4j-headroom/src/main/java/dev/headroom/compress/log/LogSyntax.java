package dev.headroom.compress.log;

import dev.headroom.internal.CharClass;

/**
 * Hand-written recognisers for the shapes of log lines: a leading timestamp, stack-trace lines and
 * exception lines. Each is a bounded single pass without regular expressions, so no input can make
 * them backtrack; the content detector uses them too.
 *
 * <p>Stateless and thread-safe.
 */
final class LogSyntax {

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private LogSyntax() {}

    /**
     * Whether the line starts (after an optional {@code [}) with a date, a time, an epoch or a syslog
     * stamp: {@code 2015-07-29 17:41:44}, {@code 17/06/09 20:10:40}, {@code 081109 203615},
     * {@code 2024-01-01T10:00:00Z}, {@code 1117838570}, {@code Jun 14 15:16:01}, {@code 12:00:01.123},
     * {@code [Sun Dec 04 04:47:44 2005]}; or has a date and time after a program name or key
     * ({@code update-alternatives 2025-06-24 14:36:53:}, {@code Start-Date: 2025-06-24  14:36:25}); or is a
     * klog line ({@code I1206 12:00:00.123456 ...}).
     */
    public static boolean startsWithTimestamp(CharSequence line) {
        return stampAt(line, 0) || stampAfterFirstToken(line) || isKlogHeader(line);
    }

    /**
     * Whether the line is a log line by its shape alone: a leading timestamp or level ({@link #startsWithTimestamp},
     * {@link LogLevel#find}), a web server access-log line ({@link #isAccessLog}) or a package manager's
     * progress line ({@link #isPackageManagerLine}).
     */
    public static boolean isLogLine(CharSequence line) {
        return hasLogShape(line) || LogLevel.find(line) != null;
    }

    /** {@link #isLogLine} without the level: a timestamp, an access-log line or a package manager's line. */
    static boolean hasLogShape(CharSequence line) {
        return startsWithTimestamp(line) || isAccessLog(line) || isPackageManagerLine(line);
    }

    /**
     * {@code update-alternatives 2025-06-24 14:36:53: ...}, {@code Start-Date: 2025-06-24  14:36:25},
     * {@code Log started: 2025-06-24  14:36:25}: one or two words (a program or a key), then a date <em>and</em> a
     * time (a date alone is too common in prose).
     */
    static boolean stampAfterFirstToken(CharSequence line) {
        int n = line.length();
        int i = 0;
        for (int word = 0; word < 2; word++) {
            int start = i;
            int letters = 0;
            while (i < n && (CharClass.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '-' || line.charAt(i) == '_'
                    || line.charAt(i) == '.')) {
                letters += CharClass.isLetter(line.charAt(i)) ? 1 : 0;
                i++;
            }
            if (letters < 2 || i - start > 40) {
                return false;
            }
            if (i < n && line.charAt(i) == ':') {
                i++;
            }
            if (i >= n || line.charAt(i) != ' ') {
                return false;
            }
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n && CharClass.isDigit(line.charAt(i))) {
                return isDateTime(line, i);
            }
        }
        return false;
    }

    /** {@code 2025-06-24 14:36:53}, {@code 2025-06-24T14:36:53}, {@code 2025/06/24  14:36:53}. */
    private static boolean isDateTime(CharSequence s, int i) {
        int n = s.length();
        if (digits(s, i) != 4 || i + 10 > n) {
            return false;
        }
        char sep = s.charAt(i + 4);
        if ((sep != '-' && sep != '/') || digits(s, i + 5) != 2 || s.charAt(i + 7) != sep || digits(s, i + 8) != 2) {
            return false;
        }
        int j = i + 10;
        if (j < n && s.charAt(j) == 'T') {
            j++;
        } else {
            while (j < n && s.charAt(j) == ' ') {
                j++;
            }
        }
        return digits(s, j) == 2 && j + 2 < n && s.charAt(j + 2) == ':' && digits(s, j + 3) == 2;
    }

    /** Kubernetes' klog header: {@code I1206 12:00:00.123456    1234 file.go:42] message} (I, W, E or F). */
    public static boolean isKlogHeader(CharSequence line) {
        int n = line.length();
        if (n < 15) {
            return false;
        }
        char level = line.charAt(0);
        if (level != 'I' && level != 'W' && level != 'E' && level != 'F') {
            return false;
        }
        return digits(line, 1) == 4 && line.charAt(5) == ' ' && digits(line, 6) == 2 && line.charAt(8) == ':';
    }

    /**
     * A web server access-log line (common or combined log format, nginx or Apache):
     * {@code 93.184.216.34 - - [06/Dec/2026:12:00:00 +0000] "GET / HTTP/1.1" 200 612 ...}: a bracketed
     * {@code dd/Mon/yyyy:} stamp among the first tokens, then a quoted request.
     */
    public static boolean isAccessLog(CharSequence line) {
        int n = Math.min(line.length(), 200);
        for (int i = 1; i + 13 < n; i++) {
            if (line.charAt(i) == '[' && line.charAt(i - 1) == ' ' && digits(line, i + 1) == 2 && line.charAt(i + 3) == '/'
                    && isMonth(line, i + 4) && line.charAt(i + 7) == '/' && digits(line, i + 8) == 4
                    && line.charAt(i + 12) == ':') {
                int close = indexOf(line, "] \"", i + 13, Math.min(line.length(), i + 60));
                return close > 0;
            }
        }
        return false;
    }

    /** Progress lines of dpkg and apt ({@code apt-get install}, {@code /var/log/apt/term.log}). */
    private static final String[] PACKAGE_MANAGER_PREFIXES = {
        "Setting up ", "Unpacking ", "Preparing to unpack ", "Selecting previously unselected package ",
        "Processing triggers for ", "Removing ", "Purging configuration files for ", "(Reading database ..."
    };

    /** A dpkg/apt progress line: {@code Setting up libc6:amd64 (2.36-9) ...}, {@code Unpacking x (1.2) over (1.1) ...}. */
    public static boolean isPackageManagerLine(CharSequence line) {
        for (String prefix : PACKAGE_MANAGER_PREFIXES) {
            if (startsWith(line, 0, prefix)) {
                return prefix.startsWith("(") || endsWith(line, line.length(), " ...") || endsWith(line, line.length(), ".");
            }
        }
        return false;
    }

    /**
     * Where the message of a log line starts, for its template: at the level token when there is one
     * (stamps, hosts and thread names before it only vary), after a klog header, after the leading
     * timestamp tokens, or at 0. {@code level} is the line's {@link LogLevel#position} (ignored for a klog header),
     * which the caller has already read.
     */
    static int messageStart(String line, int level) {
        if (isKlogHeader(line)) {
            return afterTokens(line, 0, 3);
        }
        if (level >= 0) {
            return level;
        }
        if (!stampAt(line, 0)) {
            return 0;
        }
        int i = 0;
        int n = line.length();
        for (int token = 0; token < 4 && i < n; token++) {
            int start = i;
            while (i < n && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            if (!hasDigit(line, start, i) && !(i - start >= 3 && (isMonth(line, start) || isWeekday(line, start)))) {
                return start;
            }
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
        }
        return i;
    }

    private static int afterTokens(String line, int from, int tokens) {
        int i = from;
        int n = line.length();
        for (int t = 0; t < tokens && i < n; t++) {
            while (i < n && line.charAt(i) != ' ') {
                i++;
            }
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
        }
        return i;
    }

    private static boolean hasDigit(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CharClass.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(CharSequence s, String needle, int from, int to) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (startsWith(s, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a timestamp starts at {@code start}: {@code [2026-12-08T10:19:22Z]}, {@code 2026-12-08 10:19:22,123}. */
    static boolean stampAt(CharSequence line, int start) {
        int n = line.length();
        int i = start;
        if (i < n && line.charAt(i) == '[') {
            i++;
        }
        if (i + 4 < n && isWeekday(line, i) && line.charAt(i + 3) == ' ' && isMonth(line, i + 4)) {
            i += 4;
        }
        if (i + 3 <= n && isMonth(line, i) && i + 3 < n && line.charAt(i + 3) == ' ') {
            int j = i + 4;
            while (j < n && line.charAt(j) == ' ') {
                j++;
            }
            return j < n && CharClass.isDigit(line.charAt(j));
        }
        int d1 = digits(line, i);
        if (d1 == 0) {
            return false;
        }
        int j = i + d1;
        char next = j < n ? line.charAt(j) : ' ';
        if ((d1 == 2 || d1 == 4) && (next == '-' || next == '/' || next == '.')) {
            int d2 = digits(line, j + 1);
            int d3 = digits(line, j + 2 + d2);
            int after = j + 2 + d2 + d3;
            boolean address = next == '.' && after + 1 < n && line.charAt(after) == '.' && CharClass.isDigit(line.charAt(after + 1));
            return d2 >= 1 && d2 <= 2 && j + 1 + d2 < n && line.charAt(j + 1 + d2) == next && d3 >= 1 && !address;
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

    static boolean endsWith(CharSequence s, int end, String suffix) {
        int from = end - suffix.length();
        return from >= 0 && startsWith(s, from, suffix);
    }

    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private static boolean isWeekday(CharSequence s, int i) {
        for (String d : WEEKDAYS) {
            if (startsWith(s, i, d)) {
                return true;
            }
        }
        return false;
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
