package dev.headroom.compress.log;

import dev.headroom.compress.Lines;
import dev.headroom.internal.template.Severity;

/**
 * The continuation lines of a kept log record (a stack trace, a Python traceback, a tool's unstamped tail),
 * trimmed: the first frames of each run, the first application frame (in Python the innermost), the last Python
 * frames, every line that reports a problem, and a marker for each skipped run. Stateless.
 */
final class StackTraces {

    /** Stack frames kept at the start of each run of frames (innermost calls for Java, JS, Go). */
    static final int FRAMES_KEPT = 3;

    /** Python prints the innermost call last, so its runs keep this many frames from the end. */
    static final int PYTHON_FRAMES_KEPT = 2;

    /** At most this many continuation lines are printed for one kept record. */
    static final int TRACE_LINES_MAX = 24;

    private StackTraces() {}

    /**
     * Appends the continuation lines {@code [from, to)} of a kept record, trimming runs of stack frames;
     * returns how many lines were left out. Past {@link #TRACE_LINES_MAX} printed lines, only lines that
     * report a problem ({@link Severity}) are still printed, and every skipped run is marked in place, so a
     * long record (a tool that stamps only its first line) cannot hide an error in its tail. In each run of
     * frames the first application frame (see {@link TraceSyntax#isLibraryFrame}) is kept too: it is where the
     * user's own code called into the failing library.
     */
    static int append(String[] lines, int from, int to, StringBuilder out, String nl) {
        int end = to;
        while (end > from && Lines.isBlank(lines[end - 1])) {
            end--;
        }
        int total = end - from;
        if (total <= FRAMES_KEPT + 2) {
            for (int i = from; i < end; i++) {
                out.append(lines[i]).append(nl);
            }
            return to - end;
        }
        int[] printed = {0};
        int left = to - end;
        int skippedRun = 0;
        boolean python = false;
        int i = from;
        while (i < end) {
            String line = lines[i];
            if (TraceSyntax.isTraceStart(line)) {
                python = true;
            } else if (TraceSyntax.isChainLine(line)) {
                python = line.contains("During handling") || line.contains("direct cause");
            }
            if (!TraceSyntax.isFrame(line)) {
                if (printed[0] < TRACE_LINES_MAX || Severity.isProblem(line)) {
                    skippedRun = markSkipped(skippedRun, line, out, nl);
                    out.append(line).append(nl);
                    printed[0]++;
                } else {
                    skippedRun++;
                    left++;
                }
                i++;
                continue;
            }
            skippedRun = markSkipped(skippedRun, line, out, nl);
            int runEnd = frameRunEnd(lines, i, end);
            int frames = runEnd - i;
            int keepHead = python ? 0 : FRAMES_KEPT;
            int keepTail = python ? frameTail(lines, i, runEnd) : 0;
            if (frames <= keepHead + keepTail + 1) {
                keepHead = frames;
                keepTail = 0;
            }
            int application = !python ? firstApplicationFrame(lines, i + keepHead, runEnd - keepTail)
                    : firstApplicationFrame(lines, runEnd - keepTail, runEnd) < 0 ? lastApplicationFrame(lines, i, runEnd - keepTail) : -1;
            left += appendFrames(lines, i, i + keepHead, out, nl, printed);
            if (application >= 0) {
                int applicationEnd = python ? frameRunEnd(lines, application, runEnd - keepTail, true) : application + 1;
                left += skipMarker(lines[i], application - i - keepHead, out, nl);
                left += appendFrames(lines, application, applicationEnd, out, nl, printed);
                left += skipMarker(lines[i], runEnd - keepTail - applicationEnd, out, nl);
            } else {
                left += skipMarker(lines[i], frames - keepHead - keepTail, out, nl);
            }
            left += appendFrames(lines, runEnd - keepTail, runEnd, out, nl, printed);
            i = runEnd;
        }
        markSkipped(skippedRun, "", out, nl);
        return left;
    }

    /** Prints frames {@code [from, to)} while the record's line cap allows; returns how many it left out. */
    private static int appendFrames(String[] lines, int from, int to, StringBuilder out, String nl, int[] printed) {
        int left = 0;
        for (int k = from; k < to; k++) {
            if (printed[0] < TRACE_LINES_MAX) {
                out.append(lines[k]).append(nl);
                printed[0]++;
            } else {
                left++;
            }
        }
        return left;
    }

    /** Marks {@code skipped} frames left out at this point of a run; returns them for the count. */
    private static int skipMarker(String frame, int skipped, StringBuilder out, String nl) {
        if (skipped > 0) {
            out.append(indentOf(frame)).append("... ").append(skipped).append(" more lines (headroom)").append(nl);
        }
        return Math.max(0, skipped);
    }

    /** Marks a run of skipped non-frame lines where it ends (already counted); returns 0, the new run. */
    private static int markSkipped(int skipped, String next, StringBuilder out, String nl) {
        if (skipped > 0) {
            out.append(indentOf(next)).append("... ").append(skipped).append(" more lines (headroom)").append(nl);
        }
        return 0;
    }

    /** The first frame in {@code [from, to)} that is not a library's, or -1. */
    private static int firstApplicationFrame(String[] lines, int from, int to) {
        for (int k = from; k < to; k++) {
            if (TraceSyntax.isFrame(lines[k]) && !TraceSyntax.isLibraryFrame(lines[k])) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The innermost frame in {@code [from, to)} that is not a library's, or -1: Python prints the innermost call last,
     * so when the last frames are a library's, this is where the user's own code called into it.
     */
    private static int lastApplicationFrame(String[] lines, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (TraceSyntax.isFrame(lines[k]) && !TraceSyntax.isLibraryFrame(lines[k])) {
                return k;
            }
        }
        return -1;
    }

    private static int frameRunEnd(String[] lines, int from, int end) {
        return frameRunEnd(lines, from, end, false);
    }

    /**
     * A run of frames: frame lines plus the deeper-indented source lines Python prints under them; with {@code
     * oneFrame}, only the frame at {@code from} and its source lines.
     */
    private static int frameRunEnd(String[] lines, int from, int end, boolean oneFrame) {
        int i = from;
        int frameIndent = TraceSyntax.indentOf(lines[from]);
        while (i < end) {
            String line = lines[i];
            boolean frame = TraceSyntax.isFrame(line);
            if (frame && oneFrame && i > from) {
                break;
            }
            if (frame || (TraceSyntax.indentOf(line) > frameIndent && !Lines.isBlank(line))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** How many lines make the last {@link #PYTHON_FRAMES_KEPT} Python frames of a run (with their source lines). */
    private static int frameTail(String[] lines, int from, int runEnd) {
        int frames = 0;
        int k = runEnd;
        while (k > from && frames < PYTHON_FRAMES_KEPT) {
            k--;
            if (TraceSyntax.isFrame(lines[k])) {
                frames++;
            }
        }
        return runEnd - k;
    }

    private static String indentOf(String line) {
        return line.substring(0, TraceSyntax.indentOf(line));
    }
}
