package dev.headroom.compress.build;

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

    /** The column of the line's branch marker, or -1 when it is not a tree line. */
    static int depth(String line) {
        int i = afterLevel(line);
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
        return line.substring(afterLevel(line)).isBlank();
    }

    /** Skips a leading {@code [LEVEL] } prefix. */
    private static int afterLevel(String line) {
        if (line.startsWith("[")) {
            int close = line.indexOf("] ");
            if (close > 1 && close < 12) {
                return close + 2;
            }
        }
        return 0;
    }
}
