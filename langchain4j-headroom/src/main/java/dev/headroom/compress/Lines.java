package dev.headroom.compress;

import java.util.ArrayList;
import java.util.List;

/**
 * Line handling shared by the line-oriented compressors: split a tool result into its lines without
 * terminators (so a CRLF result is analysed like an LF one) and join kept lines back with the newline
 * the input used, so every kept line reads exactly as written.
 *
 * <p>Stateless and thread-safe.
 */
public final class Lines {

    private Lines() {}

    /**
     * The lines of {@code content} without their terminators ({@code \n} or {@code \r\n}). A final
     * terminator does not start an empty last line; an empty string has no lines.
     */
    public static String[] split(String content) {
        List<String> lines = new ArrayList<>(Math.max(16, content.length() / 64));
        int n = content.length();
        int start = 0;
        while (start < n) {
            int nl = content.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int stop = end > start && content.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(content.substring(start, stop));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines.toArray(new String[0]);
    }

    /** {@code "\r\n"} when the content's first line ends with CRLF, else {@code "\n"}. */
    public static String newline(String content) {
        int nl = content.indexOf('\n');
        return nl > 0 && content.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }

    /** The number of leading spaces and tabs (a tab counts as one). */
    public static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Whether the line is empty or only whitespace. */
    public static boolean isBlank(String line) {
        return indent(line) == line.length() || line.isBlank();
    }
}
