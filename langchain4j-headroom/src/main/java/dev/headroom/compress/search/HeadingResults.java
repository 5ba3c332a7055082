package dev.headroom.compress.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Search results grouped under file headings, as {@code rg --heading} (ripgrep's default on a terminal)
 * and {@code grep -n} over a single file print them: a path line, then {@code 12:text} matches and
 * {@code 12-text} context lines, a blank line between files. Without any heading, the matches belong to
 * one unnamed file. Hand-written line recognisers, no regular expressions. Stateless and thread-safe.
 */
final class HeadingResults {

    private HeadingResults() {}

    /** {@code 12:text}: a line number, a colon. */
    static boolean isMatch(String line) {
        return numbered(line, ':');
    }

    /** {@code 12-text}: a line number, a dash (context printed with {@code -A}, {@code -B}, {@code -C}). */
    static boolean isContext(String line) {
        return numbered(line, '-');
    }

    /** A file's heading: a non-blank line that is neither numbered nor a separator, followed by a numbered line. */
    static boolean isHeading(String[] lines, int i) {
        String line = lines[i];
        return !line.isBlank() && !line.equals("--") && !isMatch(line) && !isContext(line)
                && i + 1 < lines.length && (isMatch(lines[i + 1]) || isContext(lines[i + 1]));
    }

    /**
     * Reads heading-grouped results: every {@code 12:text} line is a match of the
     * file whose heading precedes it (an unnamed file when none does); marks headings in {@code headingOf}
     * by file id (-1 elsewhere); returns the number of matches.
     */
    static int parse(String[] lines, int[] fileOf, boolean[] isMatch, int[] headingOf,
                                     List<String> files, List<List<Integer>> matchesByFile) {
        Arrays.fill(headingOf, -1);
        int current = -1;
        int matches = 0;
        for (int i = 0; i < lines.length; i++) {
            if (isMatch(lines[i])) {
                if (current < 0) {
                    current = files.size();
                    files.add("");
                    matchesByFile.add(new ArrayList<>());
                }
                fileOf[i] = current;
                isMatch[i] = true;
                matchesByFile.get(current).add(i);
                matches++;
            } else if (isHeading(lines, i)) {
                current = files.size();
                files.add(lines[i]);
                matchesByFile.add(new ArrayList<>());
                headingOf[i] = current;
            }
        }
        return matches;
    }

    /** Retrieval units: each numbered line with its file's heading, other non-blank lines alone. */
    static List<String> units(String[] lines) {
        List<String> units = new ArrayList<>();
        String heading = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.equals("--")) {
                continue;
            }
            if (isHeading(lines, i)) {
                heading = line;
            } else if (heading != null && (isMatch(line) || isContext(line))) {
                units.add(heading + "\n" + line);
            } else {
                units.add(line);
            }
        }
        return units;
    }

    private static boolean numbered(String line, char after) {
        int d = 0;
        int n = line.length();
        while (d < n && d < 10 && line.charAt(d) >= '0' && line.charAt(d) <= '9') {
            d++;
        }
        return d > 0 && d < n && line.charAt(d) == after;
    }
}
