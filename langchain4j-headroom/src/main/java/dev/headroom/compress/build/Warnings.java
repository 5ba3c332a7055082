package dev.headroom.compress.build;

import dev.headroom.internal.CharClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps build warnings by template: the first line of each distinct template as written, with a note of
 * how many more lines of that template were omitted. A template is the line with every token that holds
 * a digit, a dot, a colon, a slash or a quote masked, so {@code The POM for org.acme:mod-12:jar:1.3.0 is
 * invalid} repeated for 160 modules is one template, while two different warnings stay two. Deterministic.
 */
final class Warnings {

    private Warnings() {}

    /** Whether a line is a warning: {@code [WARNING]}, {@code [WARN]}, {@code WARNING:}, {@code warning:}. */
    static boolean isWarning(String t) {
        return t.startsWith("[WARNING]") || t.startsWith("[WARN]") || t.startsWith("WARNING:")
                || t.startsWith("warning:") || t.startsWith("Warning:") || t.startsWith("WARN ");
    }

    /**
     * Marks the first line of each warning template as kept (at most {@code maxTemplates} templates) and,
     * when more lines of the template are omitted, puts a note with their count after its last kept line;
     * returns how many templates were not shown at all.
     */
    static int keep(String[] lines, byte[] type, boolean[] keep, String[] after, int maxTemplates) {
        Map<String, int[]> seen = new HashMap<>(); // template -> {last kept line or -1, omitted repeats}
        List<int[]> order = new ArrayList<>();
        int unshown = 0;
        for (int i = 0; i < lines.length; i++) {
            if (type[i] != BuildLines.WARN) {
                continue;
            }
            String template = template(lines[i]);
            int[] state = seen.get(template);
            if (state == null) {
                boolean shown = seen.size() < maxTemplates || keep[i];
                state = new int[] {shown ? i : -1, 0};
                seen.put(template, state);
                order.add(state);
                keep[i] |= shown;
                unshown += shown ? 0 : 1;
            } else if (keep[i]) {
                state[0] = state[0] < 0 ? -1 : i; // already kept (preamble, query): the note goes after it
            } else {
                state[1]++;
            }
        }
        for (int[] state : order) {
            if (state[0] >= 0 && state[1] > 0) {
                after[state[0]] = "… " + state[1] + " more warning" + (state[1] == 1 ? "" : "s")
                        + " like the one above (other ids, versions or paths) omitted";
            }
        }
        return unshown;
    }

    static String template(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        int n = line.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && line.charAt(i) != ' ') {
                i++;
            }
            boolean variable = false;
            for (int k = start; k < i && !variable; k++) {
                char c = line.charAt(k);
                variable = CharClass.isDigit(c) || c == '.' || c == ':' || c == '/' || c == '\\' || c == '\'' || c == '"';
            }
            if (variable && !(start == 0 && line.charAt(0) == '[')) {
                sb.append('*');
            } else {
                sb.append(line, start, i);
            }
            while (i < n && line.charAt(i) == ' ') {
                sb.append(' ');
                i++;
            }
        }
        return sb.toString();
    }
}
