package dev.headroom.compress.lines;

import dev.headroom.internal.template.StackFrames;

/** Stack traces in line-oriented output, whose lines may all carry a prefix (see {@link #keepFirstApplicationFrame}). Stateless. */
final class TraceLines {

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
                if (j > problem + 1 && !lines[j].contains("Caused by:") && !lines[j].contains("... ")) {
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
}
