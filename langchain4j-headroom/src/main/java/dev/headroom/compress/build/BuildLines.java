package dev.headroom.compress.build;

import dev.headroom.internal.CharClass;

/**
 * Classifies lines of build and test-runner output by hand-written prefix and suffix checks (no regular
 * expressions). Stateless and thread-safe.
 */
final class BuildLines {

    static final byte OTHER = 0;
    static final byte PASS = 1;
    static final byte FAIL = 2;
    static final byte SUMMARY = 3;
    static final byte SECTION = 4;
    static final byte WARN = 5;

    private BuildLines() {}

    static byte classify(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return OTHER;
        }
        if (isSummary(t)) {
            return SUMMARY;
        }
        if (isFailure(line, t)) {
            return FAIL;
        }
        if (isSection(t)) {
            return SECTION;
        }
        if (Warnings.isWarning(t)) {
            return WARN;
        }
        if (isPass(line, t)) {
            return PASS;
        }
        return OTHER;
    }

    private static boolean isSummary(String t) {
        if (t.startsWith("=") && t.endsWith("=") && t.contains(" in ")
                && (t.contains(" passed") || t.contains(" failed") || t.contains(" error") || t.contains(" skipped")
                        || t.contains("no tests ran"))) {
            return true;
        }
        String s = stripMavenLevel(t);
        return s.startsWith("BUILD SUCCESS") || s.startsWith("BUILD FAILURE") || s.startsWith("BUILD FAILED")
                || s.startsWith("Tests run:") && !s.contains("Time elapsed") || s.startsWith("Total time:")
                || s.startsWith("collected ") || s.startsWith("collecting ... collected")
                || (s.contains(" tests completed") && s.contains(" failed")) || s.contains(" actionable task")
                || s.startsWith("Test Suites:") || s.startsWith("Tests:") || s.startsWith("Snapshots:")
                || s.startsWith("Ran all test suites") || s.startsWith("test result:")
                || (s.startsWith("running ") && (s.endsWith(" tests") || s.endsWith(" test")))
                || s.startsWith("ok  ") || s.equals("PASS") || s.equals("FAIL") || s.startsWith("FAIL\t");
    }

    private static boolean isFailure(String line, String t) {
        if (t.startsWith("[ERROR]") || t.startsWith("FAILED ") || t.startsWith("ERROR ") || t.startsWith("FAIL ")
                || t.startsWith("--- FAIL") || t.startsWith("panic:") || t.startsWith("error[") || t.startsWith("error:")
                || t.startsWith("Error:") || t.startsWith("* What went wrong") || t.startsWith("●") || t.startsWith("✕")
                || t.startsWith("×") || t.contains("<<< FAILURE!") || t.contains("<<< ERROR!")) {
            return true;
        }
        if (t.endsWith(" FAILED") || t.endsWith("... FAILED") || t.contains(" FAILED [") || t.contains(" ERROR [")
                || (t.contains("::") && t.endsWith(" ERROR"))) {
            return true;
        }
        if (t.startsWith("---- ") && t.endsWith(" ----")) {
            return true;
        }
        if (isNumbered(line)) {
            return true;
        }
        return t.contains("panicked at") || (line.startsWith("E ") && !t.equals("E"));
    }

    /**
     * A numbered failure heading, as RSpec, ExUnit, Mocha and minitest list their failures: at most four blanks, a
     * number, {@code ") "} and a name ({@code   1) test refund/2 refunds a partial amount (Shop.PaymentsTest)}); one
     * whose body is only a comment is a pending example, not a failure ({@link BuildCompressor}).
     */
    static boolean isNumbered(String line) {
        int i = 0;
        while (i < line.length() && i < 4 && line.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        return i > digits && i - digits <= 4 && line.startsWith(") ", i) && i + 2 < line.length();
    }

    private static boolean isSection(String t) {
        if (t.length() >= 10 && t.startsWith("===") && t.endsWith("===")) {
            return true;
        }
        if (t.length() >= 10 && t.startsWith("___") && t.endsWith("___")) {
            return true;
        }
        String s = stripMavenLevel(t);
        return s.equals("Results:") || s.equals("T E S T S") || s.startsWith("Failures:") || s.startsWith("Errors:")
                || s.startsWith("Failed tests:") || s.startsWith("Tests in error:") || s.equals("Failed examples:");
    }

    private static boolean isPass(String line, String t) {
        if (t.contains("::") && (t.contains(" PASSED") || t.contains(" SKIPPED") || t.contains(" XFAIL")
                || t.contains(" XPASS"))) {
            return true;
        }
        String s = stripMavenLevel(t);
        return s.startsWith("Running ") || s.startsWith("Tests run:") || s.startsWith("Download")
                || s.startsWith("Progress (") || s.startsWith("> Task :") || t.startsWith("PASS ") || t.startsWith("✓")
                || t.startsWith("√") || t.startsWith("=== RUN") || t.startsWith("=== PAUSE") || t.startsWith("=== CONT")
                || t.startsWith("--- PASS") || t.startsWith("--- SKIP") || t.endsWith(" ... ok") || t.endsWith(" ... ignored")
                || t.startsWith("Compiling ") || t.endsWith(" PASSED") || t.endsWith(" SKIPPED")
                || line.startsWith("PASSED ") || line.startsWith("SKIPPED ");
    }

    /** Whether a body line carries the error itself (assertion, exception message). */
    static boolean isErrorDetail(String line) {
        String t = line.strip();
        if (line.startsWith("E ") || t.startsWith(">")) {
            return true;
        }
        return t.contains("Error:") || t.contains("Exception:") || t.contains("Error ") || t.endsWith("Error")
                || t.contains("assert") || t.contains("expected") || t.contains("but was") || t.contains("panicked")
                || t.startsWith("Caused by:") || isComparedValue(t);
    }

    /**
     * The two sides of a failed comparison, as runners label them: {@code left:}/{@code right:} (ExUnit, Rust),
     * {@code Expected:}/{@code Received:} (Jest), {@code got:}/{@code want:} (Go), {@code actual:}.
     */
    private static boolean isComparedValue(String t) {
        int colon = t.indexOf(':');
        if (colon < 3 || colon > 8) {
            return false;
        }
        String label = t.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        return label.equals("left") || label.equals("right") || label.equals("expected") || label.equals("received")
                || label.equals("actual") || label.equals("got") || label.equals("want");
    }

    private static String stripMavenLevel(String t) {
        if (t.startsWith("[INFO] ")) {
            return t.substring(7).strip();
        }
        if (t.startsWith("[ERROR] ")) {
            return t.substring(8).strip();
        }
        if (t.startsWith("[WARNING] ")) {
            return t.substring(10).strip();
        }
        return t;
    }

    /** Where a line's text starts after a leading {@code [LEVEL] } prefix ({@code [INFO] }, {@code [ERROR] }), or 0. */
    static int afterLevel(String line) {
        if (line.startsWith("[")) {
            int close = line.indexOf("] ");
            if (close > 1 && close < 12) {
                return close + 2;
            }
        }
        return 0;
    }

    /**
     * A line that carries no words: a rule of dashes or equals signs ({@code [INFO] ------}) or a level
     * prefix with nothing after it ({@code [WARNING] }). Never shown: it costs tokens on every turn and says
     * nothing; it is counted in the disclosure's total, and a run of only such lines gets no marker. Maven's
     * fixed help trailer after a failed goal ({@code -> [Help 1]}, "re-run Maven with the -e switch", ...) is
     * the same in every failing build and counts as such a line.
     */
    static boolean isDecoration(String line) {
        int i = afterLevel(line);
        boolean level = i > 0;
        if (!level && line.startsWith("[") && line.endsWith("]") && line.length() < 12) {
            return true; // a level prefix whose trailing blank was trimmed: "[WARNING]"
        }
        if (level && isBoilerplate(line, i)) {
            return true;
        }
        int symbols = 0;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (CharClass.isLetterOrDigit(c)) {
                return false;
            }
            symbols += CharClass.isWhitespace(c) ? 0 : 1;
        }
        return level || symbols >= 10;
    }

    /** Maven's fixed help trailer, after the level prefix that ends at {@code from}. */
    private static boolean isBoilerplate(String line, int from) {
        for (String text : MAVEN_TRAILER) {
            if (line.startsWith(text, from)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] MAVEN_TRAILER = {
        "-> [Help ", "[Help ", "To see the full stack trace of the errors, re-run Maven with the -e switch.",
        "Re-run Maven using the -X switch to enable full debug logging.",
        "For more information about the errors and possible solutions, please read the following articles:",
        "See dump files (if any exist) [date].dump"
    };

    /**
     * A stack frame of the runtime, the JDK or a test/build framework ({@code at java.base/…},
     * {@code at org.junit.…}, {@code at org.apache.maven.surefire.…}): it says nothing about the failure, so
     * a failure's body does not spend its lines on it; the application's frames stay.
     */
    static boolean isRuntimeFrame(String line) {
        String t = line.strip();
        if (!t.startsWith("at ")) {
            return false;
        }
        for (String prefix : RUNTIME_PACKAGES) {
            if (t.startsWith(prefix, 3)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] RUNTIME_PACKAGES = {
        "java.", "java.base/", "jdk.", "sun.", "javax.", "org.junit.", "org.apache.maven.", "org.gradle.",
        "worker.org.gradle.", "org.testng.", "kotlin.coroutines.", "kotlinx.coroutines.", "com.intellij.rt."
    };
}
