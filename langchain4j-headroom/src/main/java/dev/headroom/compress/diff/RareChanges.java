package dev.headroom.compress.diff;

import static dev.headroom.compress.diff.DiffLines.ADDED;
import static dev.headroom.compress.diff.DiffLines.FILE;
import static dev.headroom.compress.diff.DiffLines.HUNK;
import static dev.headroom.compress.diff.DiffLines.OTHER;
import static dev.headroom.compress.diff.DiffLines.REMOVED;

import dev.headroom.internal.CharClass;
import dev.headroom.internal.template.Templates;
import java.util.HashMap;
import java.util.Map;

/**
 * The changes that stand out in a repetitive diff: {@code kubectl diff} of a release bumps the image of twelve
 * deployments and regenerates their config maps, and one deployment also drops to {@code replicas: 1}. "Does it
 * change anything else?" is answered by that line, which the overview (headers only) would omit. A changed
 * line's shape is its sign and its key ({@code +  replicas}) when it is a {@code key: value} or
 * {@code key = value} line, else its sign and {@link Templates template}; a line whose shape no other changed line
 * has is rare. Only in a diff where most changed lines repeat a shape: in a diff of code every line is rare, and
 * none stands out. Stateless.
 */
final class RareChanges {

    /** Share (percent) of changed lines whose shape repeats, for a diff to be repetitive. */
    static final int REPEATED_PERCENT = 50;

    private RareChanges() {}

    /**
     * Keeps, in diff order while {@code share} lines last, each rare changed line with its hunk header. Returns the
     * lines kept.
     */
    static int keep(String[] lines, byte[] type, boolean[] keep, int share) {
        int n = lines.length;
        String[] shape = new String[n];
        Map<String, Integer> counts = new HashMap<>();
        int changed = 0;
        for (int i = 0; i < n; i++) {
            if (type[i] == ADDED || type[i] == REMOVED) {
                shape[i] = shape(lines[i]);
                counts.merge(shape[i], 1, Integer::sum);
                changed++;
            }
        }
        int repeated = 0;
        for (int i = 0; i < n; i++) {
            repeated += shape[i] != null && counts.get(shape[i]) > 1 ? 1 : 0;
        }
        if (changed == 0 || repeated * 100 < changed * REPEATED_PERCENT) {
            return 0;
        }
        int used = 0;
        int hunk = -1;
        for (int i = 0; i < n && used < share; i++) {
            if (type[i] == HUNK) {
                hunk = i;
            } else if (type[i] == FILE || type[i] == OTHER) {
                hunk = -1;
            } else if (hunk >= 0 && shape[i] != null && counts.get(shape[i]) == 1 && !keep[i]) {
                if (!keep[hunk]) {
                    keep[hunk] = true;
                    used++;
                }
                keep[i] = true;
                used++;
            }
        }
        return used;
    }

    /** The sign and key of a {@code key: value} / {@code key = value} line, else the sign and template of the line. */
    static String shape(String line) {
        char sign = line.charAt(0);
        int start = 1;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t' || line.charAt(start) == '-'
                || line.charAt(start) == '"')) {
            start++; // indentation, a YAML list dash, a JSON key's quote
        }
        int end = start;
        while (end < line.length() && (CharClass.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_'
                || line.charAt(end) == '-' || line.charAt(end) == '.')) {
            end++;
        }
        int after = end;
        while (after < line.length() && (line.charAt(after) == '"' || line.charAt(after) == ' ')) {
            after++;
        }
        if (end > start && after < line.length() && (line.charAt(after) == ':' || line.charAt(after) == '=')) {
            return sign + line.substring(start, end);
        }
        return sign + Templates.of(line.substring(1));
    }
}
