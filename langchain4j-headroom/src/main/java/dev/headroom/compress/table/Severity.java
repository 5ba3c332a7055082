package dev.headroom.compress.table;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a row reads as a problem, whatever column it is in: a severity word (any case, whole word,
 * camel-case words included: {@code CrashLoopBackOff}, {@code OOMKilled}, {@code RuntimeError},
 * {@code IOException}) or a non-zero exit ({@code Exited (137)}, {@code exit code 2}).
 *
 * <p>Stateless and thread-safe; one pass over the row, no regular expressions.
 */
final class Severity {

    private static final Set<String> WORDS = Set.of(
            "error", "errors", "err", "fail", "failed", "failing", "failure", "failures", "fatal", "panic",
            "panicked", "exception", "denied", "killed", "oomkilled", "crashloopbackoff", "imagepullbackoff",
            "errimagepull", "createcontainerconfigerror", "evicted", "unhealthy", "refused", "aborted", "crashed",
            "critical", "timeout", "timedout", "unreachable", "notready", "degraded", "dead", "segfault",
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
            if (i > start && isSevere(row.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (i > start && nonZeroExit(row, start, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSevere(String word) {
        return WORDS.contains(word) || word.length() > 5 && (word.endsWith("exception") || word.endsWith("error")
                || word.endsWith("backoff"));
    }

    /** {@code Exited (137)}, {@code exit code 2}, {@code exit status 1}: a word, then a non-zero number. */
    private static boolean nonZeroExit(String row, int start, int end) {
        String word = row.substring(start, end).toLowerCase(Locale.ROOT);
        int i = end;
        if (word.equals("exit") && (row.startsWith(" code ", i) || row.startsWith(" status ", i))) {
            i = row.indexOf(' ', i + 1) + 1;
        } else if (word.equals("exited") && row.startsWith(" (", i)) {
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
