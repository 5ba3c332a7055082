package dev.headroom.compress.lines;

import dev.headroom.compress.Lines;
import dev.headroom.internal.CharClass;
import dev.headroom.internal.template.StackFrames;

/**
 * The lines around a shown line that say where it is and what it means: the first application frame of its stack
 * trace, whose lines may all carry a prefix ({@link #keepFirstApplicationFrame}), the line that introduces it
 * ({@link #keepIntroduction}), the lines it announces ({@link #keepAnnounced}), the lines it hangs under ({@link
 * #keepParents}) and the indented lines that continue it ({@link #keepContinuation}). Stateless.
 */
final class TraceLines {

    /** Lines looked at above a shown problem line for the lines it hangs under. */
    static final int PARENT_SCAN = 400;
    /** Lines a shown problem line hangs under that are kept with it, nearest first. */
    static final int MAX_PARENTS = 6;
    /** Frames looked at under a shown problem line for the first application frame. */
    static final int FRAME_SCAN = 80;

    private TraceLines() {}

    /**
     * The first application frame of the stack trace under a shown problem line, also when every line carries a
     * prefix (logcat's {@code E AndroidRuntime:  at ...}): where the application's own code failed. At most
     * {@value #FRAME_SCAN} lines of frames are looked at.
     */
    static void keepFirstApplicationFrame(String[] lines, int problem, boolean[] keep) {
        for (int j = problem + 1; j < lines.length && j <= problem + FRAME_SCAN; j++) {
            int at = StackFrames.frameAt(lines[j]);
            if (at < 0) {
                if (j > problem + 1 && !lines[j].contains("Caused by:") && !lines[j].contains("... ") && !separatesFrames(lines, j)) {
                    return; // the trace ended
                }
                continue;
            }
            if (!StackFrames.isLibrary(lines[j], at)) {
                keep[j] = true;
                return;
            }
        }
    }

    /**
     * Whether a line between frames separates two runs of one trace (.NET's {@code --- End of stack trace from previous
     * location ---} and {@code ---> InnerException}): the next line is a frame again.
     */
    private static boolean separatesFrames(String[] lines, int j) {
        return j + 1 < lines.length && StackFrames.frameAt(lines[j + 1]) >= 0;
    }

    /**
     * The line just before a shown problem line when it introduces it: it ends with a colon and is not itself kept
     * ({@code storage/wal.c: In function 'wal_replay':} over gcc's {@code error:}, {@code During handling of the
     * above exception, another exception occurred:}): the problem's whereabouts, which its own line leaves out.
     */
    static void keepIntroduction(String[] lines, int problem, boolean[] keep) {
        if (problem == 0) {
            return;
        }
        String before = lines[problem - 1].stripTrailing();
        if (before.endsWith(":") && !before.isBlank() && before.length() > 1) {
            keep[problem - 1] = true;
        }
    }

    /**
     * The lines a shown problem line hangs under by indentation, up to the first unindented one: the {@code <testcase>}
     * element over a {@code <failure>}, the container over {@code reason: OOMKilled} in YAML, the thread over a frame.
     * Looks at most {@value #PARENT_SCAN} lines up and keeps at most {@value #MAX_PARENTS}; an unindented problem line
     * has none. Blank lines and lines that only close a block ({@code </x>}, {@code \}}, {@code ]}) are skipped.
     */
    static void keepParents(String[] lines, int problem, boolean[] keep) {
        int indent = Lines.indent(lines[problem]);
        int kept = 0;
        for (int j = problem - 1; j >= 0 && j >= problem - PARENT_SCAN && indent > 0 && kept < MAX_PARENTS; j--) {
            String line = lines[j];
            if (Lines.isBlank(line)) {
                continue;
            }
            int own = Lines.indent(line);
            if (own >= indent || isClosing(line, own)) {
                continue;
            }
            keep[j] = true;
            kept++;
            indent = own;
        }
    }

    private static boolean isClosing(String line, int at) {
        char c = line.charAt(at);
        return c == '}' || c == ']' || c == ')' || line.startsWith("</", at);
    }

    /**
     * Keeps up to {@code max} lines after a shown problem line that ends with a colon, up to the first blank line: it
     * announces them ({@code The following TestFailure was thrown running a test:} over {@code Expected: false}). When
     * the line right after the problem line announces instead ({@code x_test.cc:214: Failure} over {@code Expected
     * equality of these values:}), that line is kept with the lines it announces.
     */
    static void keepAnnounced(String[] lines, int problem, boolean[] keep, int max) {
        int announcing = problem;
        if (!announces(lines[problem])) {
            if (problem + 1 >= lines.length || !announces(lines[problem + 1])) {
                return;
            }
            announcing = problem + 1;
            keep[announcing] = true;
        }
        for (int k = announcing + 1; k < lines.length && k <= announcing + max && !Lines.isBlank(lines[k]); k++) {
            keep[k] = true;
        }
    }

    private static boolean announces(String line) {
        return line.stripTrailing().endsWith(":");
    }

    /**
     * Keeps the indented lines that continue an unindented line (its details: {@code Severity:}, {@code Location:}
     * under a scanner's finding, a message's wrapped lines, a linter's source excerpt), up to {@code max} of them.
     */
    static void keepContinuation(String[] lines, int i, boolean[] keep, int max) {
        if (lines[i].isEmpty() || CharClass.isWhitespace(lines[i].charAt(0))) {
            return;
        }
        for (int k = i + 1; k < lines.length && k <= i + max; k++) {
            if (Lines.isBlank(lines[k]) || !CharClass.isWhitespace(lines[k].charAt(0))) {
                return;
            }
            keep[k] = true;
        }
    }
}
