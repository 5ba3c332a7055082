package dev.headroom.compress.diff;

import static dev.headroom.compress.diff.DiffLines.ADDED;
import static dev.headroom.compress.diff.DiffLines.CONTEXT;
import static dev.headroom.compress.diff.DiffLines.FILE;
import static dev.headroom.compress.diff.DiffLines.HUNK;
import static dev.headroom.compress.diff.DiffLines.INDEX;
import static dev.headroom.compress.diff.DiffLines.OTHER;
import static dev.headroom.compress.diff.DiffLines.REMOVED;

import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.Lines;

/**
 * The rendering of a trimmed diff: kept lines as written, a note per hunk cut short, the disclosure. Stateless.
 */
final class DiffOutput {

    private DiffOutput() {}

    static CompressionResult render(String content, String[] lines, byte[] type, boolean[] keep,
                                            int[] hunkNote, String handle, boolean overview) {
        String nl = Lines.newline(content);
        StringBuilder out = new StringBuilder(Math.min(content.length(), 32_768));
        int omitted = 0;
        int omittedContext = 0;
        int omittedChanges = 0;
        int omittedHunks = 0;
        int pendingNote = -1;
        for (int i = 0; i < lines.length; i++) {
            if (pendingNote >= 0 && (type[i] == HUNK || type[i] == FILE || type[i] == OTHER || type[i] == INDEX)) {
                appendNote(out, lines, type, pendingNote, i, keep, nl);
                pendingNote = -1;
            }
            if (keep[i]) {
                out.append(lines[i]).append(nl);
            } else {
                omitted++;
                if (type[i] == HUNK) {
                    omittedHunks++;
                } else if (type[i] == CONTEXT) {
                    omittedContext++;
                } else if (type[i] == REMOVED || type[i] == ADDED) {
                    omittedChanges++;
                }
            }
            if (type[i] == HUNK && hunkNote != null && hunkNote[i] > 0) {
                pendingNote = i;
            }
        }
        if (pendingNote >= 0) {
            appendNote(out, lines, type, pendingNote, lines.length, keep, nl);
        }
        if (omitted == 0) {
            return CompressionResult.unchanged(content);
        }
        if (overview) {
            String what = omittedHunks + " hunks; a file shown by its header alone has all its hunks omitted,"
                    + " query=\"<file path>\" returns them";
            out.append(Disclosure.line(omitted, lines.length, "lines", what, handle));
            return CompressionResult.lossy(out.toString(), content.length(), omitted, "diff:files");
        }
        StringBuilder what = new StringBuilder();
        what.append(omittedContext).append(" context");
        if (omittedChanges > 0) {
            what.append(", ").append(omittedChanges).append(" changed: noted per hunk; a hunk shown by its header alone has its whole body omitted");
        }
        int index = omitted - omittedContext - omittedChanges;
        if (index > 0) {
            what.append(", ").append(index).append(" index");
        }
        out.append(Disclosure.line(omitted, lines.length, "lines", what.toString(), handle));
        return CompressionResult.lossy(out.toString(), content.length(), omitted, "diff:hunks");
    }

    /** After the kept lines of a trimmed hunk: {@code … 12 changed lines omitted (-5 +7)}. */
    static void appendNote(StringBuilder out, String[] lines, byte[] type, int header, int end, boolean[] keep,
                                   String nl) {
        int removed = 0;
        int added = 0;
        for (int j = header + 1; j < end; j++) {
            if (!keep[j] && type[j] == REMOVED) {
                removed++;
            } else if (!keep[j] && type[j] == ADDED) {
                added++;
            }
        }
        out.append("… ").append(removed + added).append(" changed lines omitted (-").append(removed)
                .append(" +").append(added).append(')').append(nl);
    }
}
