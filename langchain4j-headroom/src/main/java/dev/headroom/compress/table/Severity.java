package dev.headroom.compress.table;

import dev.headroom.internal.CharClass;
import java.util.List;

/**
 * Whether a row reads as a problem, whatever column it is in: whatever a log line would be flagged for
 * ({@link dev.headroom.internal.template.Severity}: problem words in any case, exception class names,
 * CamelCase states with a problem part such as {@code CrashLoopBackOff} and {@code OOMKilled}, HTTP 5xx,
 * non-zero exits such as {@code Exited (137)}), plus the one-word states that status columns of orchestrators
 * and services print ({@code NotReady}, {@code Evicted}, {@code unhealthy}, ...), which no log line needs.
 *
 * <p>Stateless and thread-safe; one pass over the row for the state words, no regular expressions.
 */
final class Severity {

    /** Row states that are problems, lower case; matched as whole words, ignoring case. */
    private static final List<String> STATES = List.of(
            "err", "fail", "failing", "evicted", "unhealthy", "refused", "crashed", "unreachable", "notready",
            "degraded", "rejected", "unauthorized", "forbidden");

    private Severity() {}

    static boolean isProblem(String row) {
        return dev.headroom.internal.template.Severity.isProblem(row) || hasState(row);
    }

    private static boolean hasState(String row) {
        int n = row.length();
        int i = 0;
        while (i < n) {
            while (i < n && !CharClass.isLetter(row.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && CharClass.isLetter(row.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length >= 3 && (start == 0 || row.charAt(start - 1) != '_') && (i == n || row.charAt(i) != '_')) {
                for (String state : STATES) {
                    if (state.length() == length && row.regionMatches(true, start, state, 0, length)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
