package dev.headroom.compress.log;

import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;
import dev.headroom.internal.CharClass;

/**
 * Logs: at least 3 log lines (timestamps or level tokens, access logs, dpkg/apt progress lines; see
 * {@link LogSyntax#isLogLine}) making 30% of the lines, and with stack traces, indented continuations and
 * record headers ({@code Start-Date: ...}) half of them.
 */
public final class LogDetector implements KindDetector {

    @Override
    public ContentKind kind() {
        return ContentKind.LOG;
    }

    @Override
    public Tally tally() {
        return new Tally() {
            private int logLines;
            private int traceLines;

            @Override
            public void line(String line, String previous) {
                if (LogSyntax.isLogLine(line)) {
                    logLines++;
                } else if (CharClass.isWhitespace(line.charAt(0)) || TraceSyntax.isExceptionLine(line) || isHeaderLine(line)) {
                    traceLines++;
                }
            }

            @Override
            public boolean claims(String content, int start, SampleTotals totals) {
                int total = totals.nonBlank();
                return logLines >= 3 && logLines * 10 >= total * 3 && (logLines + traceLines) * 2 >= total;
            }
        };
    }

    /** {@code Start-Date: ...}, {@code Commandline: ...}: a capitalised key and a value, as in record-style logs. */
    static boolean isHeaderLine(String line) {
        int n = line.length();
        if (n < 3 || !CharClass.isUpperCase(line.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < n && (CharClass.isLetter(line.charAt(i)) || line.charAt(i) == '-')) {
            i++;
        }
        return i < n - 1 && i <= 24 && line.charAt(i) == ':' && line.charAt(i + 1) == ' ';
    }
}
