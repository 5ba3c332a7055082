package dev.headroom.compress.diff;

import dev.headroom.internal.CharClass;
import java.util.ArrayList;
import java.util.List;

/**
 * The line types of a unified diff and how each line is classified: file headers, {@code index} lines, hunk
 * headers and bodies (walked by the line counts of their headers, so a removed line that starts with
 * {@code --} is never taken for a header). Stateless.
 */
final class DiffLines {

    static final byte OTHER = 0;
    static final byte FILE = 1;
    static final byte INDEX = 2;
    static final byte HUNK = 3;
    static final byte CONTEXT = 4;
    static final byte REMOVED = 5;
    static final byte ADDED = 6;
    static final byte NO_NEWLINE = 7;

    private DiffLines() {}

    /** The first header line of every file: a file header line not preceded by another header line. */
    static List<Integer> fileStarts(byte[] type) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < type.length; i++) {
            if (isFileStart(type, i)) {
                starts.add(i);
            }
        }
        return starts;
    }

    static boolean isFileStart(byte[] type, int i) {
        return type[i] == FILE && (i == 0 || (type[i - 1] != FILE && type[i - 1] != INDEX));
    }

    /** A {@code ---} or {@code +++} line in a header block that has a {@code diff} line naming the file. */
    static boolean redundantPathLine(String[] lines, byte[] type, int i) {
        if (!lines[i].startsWith("--- ") && !lines[i].startsWith("+++ ")) {
            return false;
        }
        for (int j = i - 1; j >= 0 && (type[j] == FILE || type[j] == INDEX); j--) {
            if (lines[j].startsWith("diff ")) {
                return true;
            }
        }
        return false;
    }

    static boolean isChange(byte[] type, int i) {
        return i >= 0 && i < type.length && (type[i] == REMOVED || type[i] == ADDED);
    }

    /** Classifies every line, walking hunk bodies by the counts in their headers. */
    static byte[] classify(String[] lines) {
        int n = lines.length;
        byte[] type = new byte[n];
        int oldLeft = 0;
        int newLeft = 0;
        for (int i = 0; i < n; i++) {
            String line = lines[i];
            if (oldLeft > 0 || newLeft > 0) {
                char c = line.isEmpty() ? ' ' : line.charAt(0);
                if (c == '-' && oldLeft > 0) {
                    type[i] = REMOVED;
                    oldLeft--;
                    continue;
                } else if (c == '+' && newLeft > 0) {
                    type[i] = ADDED;
                    newLeft--;
                    continue;
                } else if (c == ' ' && oldLeft > 0 && newLeft > 0) {
                    type[i] = CONTEXT;
                    oldLeft--;
                    newLeft--;
                    continue;
                } else if (c == '\\') {
                    type[i] = NO_NEWLINE;
                    continue;
                }
                oldLeft = 0;
                newLeft = 0;
            }
            if (line.startsWith("\\ ")) {
                type[i] = NO_NEWLINE;
            } else if (line.startsWith("@@ -")) {
                type[i] = HUNK;
                int[] counts = hunkCounts(line);
                oldLeft = counts[0];
                newLeft = counts[1];
            } else if (line.startsWith("index ")) {
                type[i] = INDEX;
            } else if (isFileHeader(line, i, lines)) {
                type[i] = FILE;
            } else {
                type[i] = OTHER;
            }
        }
        return type;
    }

    static boolean isFileHeader(String line, int i, String[] lines) {
        if (line.startsWith("diff ") || line.startsWith("new file mode") || line.startsWith("deleted file mode")
                || line.startsWith("old mode") || line.startsWith("new mode") || line.startsWith("similarity index")
                || line.startsWith("dissimilarity index") || line.startsWith("rename from") || line.startsWith("rename to")
                || line.startsWith("copy from") || line.startsWith("copy to") || line.startsWith("Binary files ")
                || line.startsWith("Only in ")) {
            return true;
        }
        if (line.startsWith("--- ")) {
            return i + 1 < lines.length && lines[i + 1].startsWith("+++ ");
        }
        return line.startsWith("+++ ") && i > 0 && lines[i - 1].startsWith("--- ");
    }

    /** The old and new line counts of {@code @@ -l,s +l,s @@} (a missing count is 1); {0, 0} if unreadable. */
    static int[] hunkCounts(String header) {
        int i = 4;
        int[] result = new int[2];
        for (int side = 0; side < 2; side++) {
            int n = header.length();
            int start = i;
            while (i < n && CharClass.isDigit(header.charAt(i))) {
                i++;
            }
            if (i == start) {
                return new int[2];
            }
            int count = 1;
            if (i < n && header.charAt(i) == ',') {
                int cs = ++i;
                while (i < n && CharClass.isDigit(header.charAt(i))) {
                    i++;
                }
                if (i == cs || i - cs > 9) {
                    return new int[2];
                }
                count = Integer.parseInt(header, cs, i, 10);
            }
            result[side] = count;
            if (side == 0) {
                if (!header.startsWith(" +", i)) {
                    return new int[2];
                }
                i += 2;
            }
        }
        return result;
    }
}
