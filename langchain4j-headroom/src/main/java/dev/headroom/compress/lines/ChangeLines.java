package dev.headroom.compress.lines;

import dev.headroom.internal.CharClass;
import java.util.HashSet;
import java.util.Set;

/**
 * Changes marked in the first column of otherwise indented text ({@code helm diff}, {@code terraform plan}-like
 * output without unified-diff headers): {@code -   key: old} over {@code +   key: new} among lines that start with a
 * blank. Each run of changed lines is an answer to "what changes?", so a run is kept unless every line in it has the
 * shape of a line already shown, its words with digits aside (the same version bump in each of eight manifests).
 * Stateless.
 */
final class ChangeLines {

    /** Lines kept from the start of one run of changed lines (a removed block keeps its first lines). */
    static final int RUN_LINES = 4;

    private ChangeLines() {}

    /**
     * Keeps the changed lines of marked-change output, at most {@code max} in all; does nothing unless the lines
     * hold both added and removed lines and more unchanged lines, indented, than changed ones.
     */
    static void keep(String[] lines, boolean[] keep, int max) {
        if (!isMarkedChanges(lines)) {
            return;
        }
        Set<String> shown = new HashSet<>();
        int kept = 0;
        int i = 0;
        while (i < lines.length && kept < max) {
            if (!isChange(lines[i])) {
                i++;
                continue;
            }
            int end = i;
            boolean news = false;
            while (end < lines.length && isChange(lines[end])) {
                news |= shown.add(shape(lines[end])); // a run's shapes count as shown whether it is kept or not
                end++;
            }
            if (news) {
                for (int k = i; k < Math.min(end, i + RUN_LINES) && kept < max; k++) {
                    kept += keep[k] ? 0 : 1;
                    keep[k] = true;
                }
            }
            i = end;
        }
    }

    private static boolean isMarkedChanges(String[] lines) {
        int added = 0;
        int removed = 0;
        int context = 0;
        for (String line : lines) {
            if (line.startsWith("+ ")) {
                added++;
            } else if (line.startsWith("- ")) {
                removed++;
            } else if (line.startsWith("  ")) {
                context++;
            }
        }
        return added > 0 && removed > 0 && context > added + removed;
    }

    /** The line with every word that holds a digit (a version, a count, a checksum) as {@code #}. */
    static String shape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            if (!CharClass.isLetterOrDigit(line.charAt(i))) {
                out.append(line.charAt(i++));
                continue;
            }
            int end = i;
            boolean digit = false;
            while (end < line.length() && CharClass.isLetterOrDigit(line.charAt(end))) {
                digit |= CharClass.isDigit(line.charAt(end));
                end++;
            }
            out.append(digit ? "#" : line.substring(i, end));
            i = end;
        }
        return out.toString();
    }

    private static boolean isChange(String line) {
        return line.startsWith("+ ") || line.startsWith("- ");
    }
}
