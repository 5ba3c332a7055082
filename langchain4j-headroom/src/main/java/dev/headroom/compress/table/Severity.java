package dev.headroom.compress.table;

import java.util.List;

/**
 * Whether a row reads as a problem, whatever column it is in: a severity word (any case, whole word,
 * camel-case words included: {@code CrashLoopBackOff}, {@code OOMKilled}, {@code RuntimeError},
 * {@code IOException}) or a non-zero exit ({@code Exited (137)}, {@code exit code 2}).
 *
 * <p>Stateless and thread-safe; one pass over the row, no regular expressions.
 */
final class Severity {

    private static final List<String> WORDS = List.of(
            "error", "errors", "err", "fail", "failed", "failing", "failure", "failures", "fatal", "panic",
            "panicked", "exception", "denied", "killed", "oomkilled", "crashloopbackoff", "imagepullbackoff",
            "errimagepull", "createcontainerconfigerror", "evicted", "unhealthy", "refused", "aborted", "crashed",
            "critical", "unreachable", "notready", "degraded", "segfault",
            "traceback", "rejected", "unauthorized", "forbidden");

    private Severity() {}

    static boolean isProblem(String row) {
        int n = row.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(row.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(row.charAt(i))) {
                i++;
            }
            if (i - start >= 3 && (isSevere(row, start, i) || nonZeroExit(row, start, i))) {
                return true;
            }
        }
        return false;
    }

    /** Compares in place, ignoring case (no lower-cased copy per word: this runs on every row). */
    private static boolean isSevere(String row, int start, int end) {
        int length = end - start;
        for (String word : WORDS) {
            if (word.length() == length && row.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return length > 5 && (endsWith(row, end, "exception") || endsWith(row, end, "error") || endsWith(row, end, "backoff"));
    }

    private static boolean endsWith(String row, int end, String suffix) {
        return end >= suffix.length() && row.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
    }

    /** {@code Exited (137)}, {@code exit code 2}, {@code exit status 1}: a word, then a non-zero number. */
    private static boolean nonZeroExit(String row, int start, int end) {
        int i = end;
        if (end - start == 4 && row.regionMatches(true, start, "exit", 0, 4)
                && (row.startsWith(" code ", i) || row.startsWith(" status ", i))) {
            i = row.indexOf(' ', i + 1) + 1;
        } else if (end - start == 6 && row.regionMatches(true, start, "exited", 0, 6) && row.startsWith(" (", i)) {
            i += 2;
        } else {
            return false;
        }
        int digits = i;
        boolean nonZero = false;
        while (digits < row.length() && Character.isDigit(row.charAt(digits))) {
            nonZero |= row.charAt(digits) != '0';
            digits++;
        }
        return digits > i && nonZero;
    }
}
