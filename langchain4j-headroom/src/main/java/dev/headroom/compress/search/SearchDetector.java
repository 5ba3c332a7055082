package dev.headroom.compress.search;

import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;
import dev.headroom.internal.CharClass;

/**
 * Search results: {@code path:line:text} with optional {@code path-line-text} context and {@code --}
 * separators (at least 3 matches, 60% of the lines), or {@code line:text} under path headings as
 * {@code rg --heading} and {@code grep -n} over one file print them (90% of the lines).
 */
public final class SearchDetector implements KindDetector {

    @Override
    public ContentKind kind() {
        return ContentKind.SEARCH;
    }

    @Override
    public Tally tally() {
        return new Tally() {
            private int matches;
            private int context;
            private int separators;
            private int numberedMatches;
            private int numberedContext;
            private int unordered;
            private int paths;
            /** The last line number seen in the current file's group, -1 after a heading, blank or separator. */
            private long lastNumber = -1;

            @Override
            public void line(String line, String previous) {
                if (previous.isBlank()) {
                    lastNumber = -1;
                }
                if (grepSeparator(line)) {
                    separators++;
                    lastNumber = -1;
                } else if (grepMatch(line)) {
                    matches++;
                } else if (grepContext(line)) {
                    context++;
                } else if (numbered(line, ':') || numbered(line, '-')) {
                    // line numbers ascend within a file; "1:M …" (Redis) or "4107:…" (a pid) repeat instead
                    long number = leadingNumber(line);
                    if (number <= lastNumber) {
                        unordered++;
                    } else if (numbered(line, ':')) {
                        numberedMatches++;
                    } else {
                        numberedContext++;
                    }
                    lastNumber = number;
                } else if (isPath(line, 0, line.length())) {
                    paths++;
                    lastNumber = -1;
                }
            }

            @Override
            public boolean claims(String content, int start, SampleTotals totals) {
                int total = totals.nonBlank();
                if (matches >= 3 && (matches + context + separators) * 10 >= total * 6) {
                    return true;
                }
                // rg --heading and grep -n over one file: "12:text" under path headings, blank lines between files
                return numberedMatches >= 3 && paths <= numberedMatches && unordered * 10 <= numberedMatches
                        && (numberedMatches + numberedContext + paths + separators) * 10 >= total * 9;
            }
        };
    }

    /** {@code 12:text} or {@code 12-text}: a line number and {@code after} (ripgrep's heading format, grep -n of one file). */
    static boolean numbered(String line, char after) {
        int d = 0;
        int n = line.length();
        while (d < n && d < 10 && CharClass.isDigit(line.charAt(d))) {
            d++;
        }
        return d > 0 && d < n && line.charAt(d) == after;
    }

    /** The number {@link #numbered} found at the start of the line (at most 10 digits, so it fits a long). */
    private static long leadingNumber(String line) {
        long value = 0;
        for (int d = 0; d < line.length() && d < 10 && CharClass.isDigit(line.charAt(d)); d++) {
            value = value * 10 + (line.charAt(d) - '0');
        }
        return value;
    }

    /** {@code --} alone: grep's separator between context groups. */
    static boolean grepSeparator(String line) {
        return line.equals("--");
    }

    /** {@code path:line:text}: a path without blanks (with a dot or slash), a colon, digits, a colon. */
    static boolean grepMatch(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || !isPath(line, 0, colon)) {
            return false;
        }
        int d = colon + 1;
        while (d < line.length() && CharClass.isDigit(line.charAt(d))) {
            d++;
        }
        return d > colon + 1 && d < line.length() && line.charAt(d) == ':';
    }

    /** {@code path-line-text}: grep's context line; {@code path=line=text}: the function line of {@code git grep -p}. */
    static boolean grepContext(String line) {
        return numberedAfterPath(line, '-') || numberedAfterPath(line, '=');
    }

    private static boolean numberedAfterPath(String line, char mark) {
        int n = line.length();
        for (int i = 1; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == ':') {
                return false;
            }
            if (c == mark && i + 1 < n && CharClass.isDigit(line.charAt(i + 1))) {
                int d = i + 1;
                while (d < n && CharClass.isDigit(line.charAt(d))) {
                    d++;
                }
                if (d < n && line.charAt(d) == mark && isPath(line, 0, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPath(String line, int from, int to) {
        boolean dotOrSlash = false;
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '[' || c == '(' || c == '"' || c == '\'' || c == '=') {
                return false;
            }
            dotOrSlash |= c == '.' || c == '/' || c == '\\';
            letter |= CharClass.isLetter(c);
        }
        return dotOrSlash && letter;
    }
}
