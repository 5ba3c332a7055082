package dev.headroom.compress.build;

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
        return t.contains("panicked at") || (line.startsWith("E ") && !t.equals("E"));
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
                || s.startsWith("Failed tests:") || s.startsWith("Tests in error:");
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
                || t.startsWith("Caused by:");
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
}
