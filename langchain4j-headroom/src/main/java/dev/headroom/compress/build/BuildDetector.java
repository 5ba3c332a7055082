package dev.headroom.compress.build;

import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;
import java.util.regex.Pattern;

/**
 * Build and test-runner output (Maven, Surefire, Gradle, pytest, jest, go test, cargo, and any runner that sums up
 * its run as {@code N tests, M failures}): markers of those
 * tools in the head and the tail (where summaries are) weigh at least {@value #MIN_SCORE}; a strong marker
 * weighs 3, repeated result lines 1.
 */
public final class BuildDetector implements KindDetector {

    /**
     * A test run's summary, as ExUnit, RSpec, Jasmine and minitest write it: {@code 625 tests, 2 failures},
     * {@code 42 examples, 0 failures}, {@code 10 runs, 12 assertions, 1 failures}.
     */
    private static final Pattern RUN_SUMMARY = Pattern.compile(
            "\\d+ (?:tests?|examples?|specs?|runs?)(?:, \\d+ assertions?)?, \\d+ (?:failures?|failed|errors?)\\b");

    /** The weight of markers from which content is build output. */
    static final int MIN_SCORE = 3;

    @Override
    public ContentKind kind() {
        return ContentKind.BUILD;
    }

    @Override
    public Tally tally() {
        return new Tally() {
            private int score;

            @Override
            public void line(String line, String previous) {
                score += score(line);
            }

            @Override
            public void tailLine(String line, String previous) {
                score += score(line);
            }

            @Override
            public boolean claims(String content, int start, SampleTotals totals) {
                return score >= MIN_SCORE;
            }
        };
    }

    /** Markers of build tools and test runners; strong markers weigh 3, repeated result lines 1. */
    static int score(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return 0;
        }
        if (t.startsWith("=") && (t.contains(" test session starts ") || t.contains(" short test summary info ")
                || t.contains(" FAILURES ") || t.contains(" ERRORS "))) {
            return 3;
        }
        if (t.startsWith("[INFO] BUILD ") || t.startsWith("[INFO] Scanning for projects")
                || t.startsWith("[INFO] --- ") || t.startsWith("[ERROR] Failed to execute goal")
                || t.equals("T E S T S") || t.startsWith("Tests run: ") && t.contains("Failures: ")
                || t.startsWith("> Task :") || t.startsWith("BUILD SUCCESSFUL") || t.startsWith("BUILD FAILED")
                || t.startsWith("FAILURE: Build failed") || t.startsWith("Test Suites: ")
                || t.startsWith("test result: ") || t.startsWith("=== RUN ") || t.startsWith("--- FAIL: ")
                || t.startsWith("--- PASS: ") || (t.startsWith("running ") && t.endsWith(" tests"))
                || t.startsWith("error[E") || startsWithDigit(t) && RUN_SUMMARY.matcher(t).lookingAt()) {
            return 3;
        }
        if (line.startsWith("ok  \t") || line.startsWith("FAIL\t") || t.startsWith("Compiling ") && t.contains(" v")
                || (t.startsWith("PASS ") || t.startsWith("FAIL ")) && looksLikeFile(t.substring(5))
                || t.startsWith("Tests: ") && t.contains(" total")) {
            return 2;
        }
        if (t.startsWith("test ") && (t.endsWith(" ... ok") || t.endsWith(" ... FAILED") || t.endsWith(" ... ignored"))) {
            return 1;
        }
        int sep = t.indexOf("::");
        if (sep > 0 && (t.contains(" PASSED") || t.contains(" FAILED") || t.contains(" SKIPPED")
                || t.contains(" ERROR") || t.contains(" XFAIL") || t.contains(" XPASS"))) {
            return 1;
        }
        return 0;
    }

    /** {@link #RUN_SUMMARY} starts with an ASCII digit: any other line is spared a matcher (this runs on every sampled line). */
    private static boolean startsWithDigit(String t) {
        return t.charAt(0) >= '0' && t.charAt(0) <= '9';
    }

    private static boolean looksLikeFile(String s) {
        int space = s.indexOf(' ');
        String token = space < 0 ? s : s.substring(0, space);
        return token.indexOf('.') > 0 || token.indexOf('/') >= 0;
    }
}
