package dev.headroom.compress.search;

import static dev.headroom.compress.search.SearchCompressor.isSeparator;
import static dev.headroom.compress.search.SearchCompressor.matchPathEnd;

import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.Lines;
import dev.headroom.internal.CharClass;

/**
 * Writes the search compressor's output: the kept matches as written in their original order (under their
 * headings in heading-grouped results), other lines kept, context lines and separators counted; then the
 * disclosure and the per-directory listing of the files whose matches were not all shown.
 */
final class SearchOutput {

    private SearchOutput() {}

    static CompressionResult render(String content, String[] lines, boolean[] isMatch, int[] fileOf,
                                            int[] headingOf, boolean[] keep, FileListing listing, String handle) {
        String nl = Lines.newline(content);
        int[] shown = new int[listing.fileCount()];
        StringBuilder out = new StringBuilder(Math.min(content.length(), 16_384));
        int omittedMatches = 0;
        int omittedOther = 0;
        int matches = 0;
        int[][] nearest = nearestMatches(lines, isMatch);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (isMatch[i]) {
                matches++;
                if (keep[i]) {
                    shown[fileOf[i]]++;
                    out.append(line).append(nl);
                } else {
                    omittedMatches++;
                }
            } else if (headingOf != null) {
                // heading-grouped results: a heading is shown when any of its matches is, blank lines
                // between groups only before a shown heading; context lines and unshown headings are omitted
                int file = headingOf[i];
                if (file >= 0 && hasKept(listing, file, keep)) {
                    if (out.length() > 0) {
                        out.append(nl);
                    }
                    out.append(line).append(nl);
                } else if (file < 0 && !line.isBlank()) {
                    omittedOther++; // context lines; an unshown heading is named in the file listing instead
                }
            } else if (isFunctionOfKept(line, lines, nearest[1][i], keep)) {
                out.append(line).append(nl); // git grep -p: the function the shown match is in
            } else if (isSeparator(line) || isContext(line, lines, nearest[0][i], nearest[1][i])) {
                omittedOther++;
            } else {
                out.append(line).append(nl);
            }
        }
        if (omittedMatches + omittedOther == 0) {
            return CompressionResult.unchanged(content);
        }
        String what = omittedOther > 0 ? "plus " + omittedOther + " context lines" : null;
        out.append(Disclosure.line(omittedMatches, matches, "matches", what, handle));
        String files = listing.render(shown);
        if (!files.isEmpty()) {
            out.append(nl).append("[headroom: match count per file not fully shown above, by directory: ")
                    .append(files).append(']');
        }
        return CompressionResult.lossy(out.toString(), content.length(), omittedMatches + omittedOther, "search:by-file");
    }

    private static boolean hasKept(FileListing listing, int file, boolean[] keep) {
        for (int line : listing.matchesOf(file)) {
            if (keep[line]) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each line, the nearest match before it and after it with no {@code --} separator in between (-1
     * when none): two linear passes, so that telling context lines apart stays linear when long runs of
     * non-match lines lie between matches (scanning from every line was quadratic: 1 s for 1 MB).
     */
    private static int[][] nearestMatches(String[] lines, boolean[] isMatch) {
        int n = lines.length;
        int[] before = new int[n];
        int[] after = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            before[i] = last;
            if (isSeparator(lines[i])) {
                last = -1;
            } else if (isMatch[i]) {
                last = i;
            }
        }
        last = -1;
        for (int i = n - 1; i >= 0; i--) {
            after[i] = last;
            if (isSeparator(lines[i])) {
                last = -1;
            } else if (isMatch[i]) {
                last = i;
            }
        }
        return new int[][] {before, after};
    }

    /**
     * {@code path-12-text} next to a match of the same path (before or after, within the group), or
     * {@code path=12=text}, the function line {@code git grep -p} prints before the matches in a function.
     */
    private static boolean isContext(String line, String[] lines, int matchBefore, int matchAfter) {
        for (int j : new int[] {matchBefore, matchAfter}) {
            if (j >= 0 && (numberedAfterPath(line, lines[j], '-') || numberedAfterPath(line, lines[j], '='))) {
                return true;
            }
        }
        return false;
    }

    /** A {@code path=12=text} function line whose next match, of the same path, is shown. */
    private static boolean isFunctionOfKept(String line, String[] lines, int matchAfter, boolean[] keep) {
        return matchAfter >= 0 && keep[matchAfter] && numberedAfterPath(line, lines[matchAfter], '=');
    }

    /** Whether {@code line} is {@code <the match's path><mark><digits><mark>…}. */
    private static boolean numberedAfterPath(String line, String match, char mark) {
        String path = match.substring(0, matchPathEnd(match));
        if (!line.startsWith(path) || line.length() <= path.length() + 2 || line.charAt(path.length()) != mark) {
            return false;
        }
        int d = path.length() + 1;
        while (d < line.length() && CharClass.isDigit(line.charAt(d))) {
            d++;
        }
        return d > path.length() + 1 && d < line.length() && line.charAt(d) == mark;
    }
}
