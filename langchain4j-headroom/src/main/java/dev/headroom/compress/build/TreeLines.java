package dev.headroom.compress.build;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dependency and file trees inside build output ({@code mvn dependency:tree}, {@code gradle dependencies},
 * {@code npm ls}, {@code tree}): a kept tree line is read through its ancestors ("which module pulls in
 * bcprov?" is answered by the module at the root of the branch), so for every kept tree line its parent
 * lines up to the tree's root line are kept too, as written.
 *
 * <p>A tree line is an optional bracketed level ({@code [INFO] }), an indent of {@code |}, {@code │} and
 * blanks, then a branch marker ({@code +- }, {@code \- }, {@code +--- }, {@code \--- }, {@code ├── },
 * {@code └── }, {@code |-- }, {@code `-- }); its depth is the marker's column. Stateless and thread-safe.
 */
final class TreeLines {

    /** {@code group:artifact} of Maven/Gradle coordinates: dotted or dashed names joined by a colon. */
    private static final Pattern COORDINATES = Pattern.compile("(?<![\\w.-])([A-Za-z][\\w-]*(?:\\.[\\w-]+)*):([A-Za-z][\\w.-]*[\\w])(?=:)");

    private static final String[] MARKERS = {"+- ", "\\- ", "+--- ", "\\--- ", "├── ", "└── ", "|-- ", "`-- "};

    private TreeLines() {}

    /** Marks the ancestors (up to the root line) of every kept tree line. */
    static void keepAncestors(String[] lines, boolean[] keep) {
        for (int i = lines.length - 1; i >= 0; i--) {
            int depth = keep[i] ? depth(lines[i]) : -1;
            if (depth < 0) {
                continue;
            }
            for (int k = i - 1; k >= 0 && depth > 0; k--) {
                int d = depth(lines[k]);
                if (d < 0) {
                    if (!isBlankAfterLevel(lines[k])) {
                        keep[k] = true; // the root: the module or project line above its first branch
                    }
                    break;
                }
                if (d < depth) {
                    if (keep[k]) {
                        break; // its own ancestors are (or will be) marked from it
                    }
                    keep[k] = true;
                    depth = d;
                }
            }
        }
    }

    /**
     * Marks the tree lines of the artifacts that shown problem lines name ({@code group:artifact}, as in
     * "must be unique: commons-io:commons-io:jar -> version 2.16.1 vs 2.11.0"): a warning about a
     * dependency is read next to where the tree has it. At most {@code limit} lines, in order.
     */
    static void keepNamedByProblems(String[] lines, boolean[] problem, boolean[] keep, int limit) {
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (problem[i] && depth(lines[i]) < 0) {
                Matcher m = COORDINATES.matcher(lines[i]);
                while (m.find()) {
                    named.add(m.group(1) + ":" + m.group(2) + ":");
                }
            }
        }
        if (named.isEmpty()) {
            return;
        }
        int kept = 0;
        for (int i = 0; i < lines.length && kept < limit; i++) {
            int d = depth(lines[i]);
            if (d < 0 || keep[i]) {
                continue;
            }
            for (String coordinates : named) {
                int at = lines[i].indexOf(coordinates, d);
                if (at >= 0 && (at == d + markerLength(lines[i], d))) {
                    keep[i] = true;
                    kept++;
                    break;
                }
            }
        }
    }

    private static int markerLength(String line, int depth) {
        for (String m : MARKERS) {
            if (line.startsWith(m, depth)) {
                return m.length();
            }
        }
        return 0;
    }

    /** The column of the line's branch marker, or -1 when it is not a tree line. */
    static int depth(String line) {
        int i = BuildLines.afterLevel(line);
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '│' || (c == '|' && !line.startsWith("|-- ", i))) {
                i++;
                continue;
            }
            for (String m : MARKERS) {
                if (line.startsWith(m, i)) {
                    return i;
                }
            }
            return -1;
        }
        return -1;
    }

    private static boolean isBlankAfterLevel(String line) {
        return line.substring(BuildLines.afterLevel(line)).isBlank();
    }
}
