package dev.headroom.compress.table;

import dev.headroom.compress.Lines;
import dev.headroom.internal.CharClass;

/**
 * Hand-written recognisers for the lines around and inside tables: box separators, row-count footers,
 * {@code total N}, {@code ls -R} section headers, {@code ls -l} entries and column headers. Linear in the
 * line's length, no regular expressions (they run on untrusted lines during detection).
 *
 * <p>Stateless and thread-safe.
 */
final class LineShapes {

    /** A header has at most this many words. */
    private static final int MAX_HEADER_WORDS = 40;
    /** A header word is at most this long. */
    private static final int MAX_HEADER_WORD = 32;
    /** A header word with more digits than letters and more than this many digits is a value, not a name. */
    private static final int MAX_NAME_DIGITS = 4;

    private LineShapes() {}

    /**
     * A rule between header and rows or around a box: {@code ----+-----}, {@code +----+----+},
     * {@code |---|:---|}, {@code +++-=====-====} (dpkg), {@code ======}.
     */
    static boolean isSeparator(String line) {
        int dashes = 0;
        int other = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-' || c == '=') {
                dashes++;
            } else if (c != '+' && c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            } else if (c != ' ' && c != '\t') {
                other++;
            }
        }
        return dashes >= 3 && dashes >= other;
    }

    /**
     * A box's caption row, {@code |   DescribeInstances   |} between two rules above the header ({@code aws --output
     * table}, PrettyTable titles): one cell framed by the only two bars of the line.
     */
    static boolean isBoxTitle(String line) {
        String t = line.strip();
        return t.length() > 2 && t.charAt(0) == '|' && t.charAt(t.length() - 1) == '|' && t.indexOf('|', 1) == t.length() - 1
                && !t.substring(1, t.length() - 1).isBlank();
    }

    /** {@code (3 rows)}, {@code (1 row)} (psql), {@code 3 rows in set (0.00 sec)}, {@code Empty set} (mysql). */
    static boolean isFooter(String line) {
        int first = Lines.indent(line);
        if (first >= line.length() || line.charAt(first) != '(' && line.charAt(first) != 'E'
                && !CharClass.isDigit(line.charAt(first))) {
            return false;
        }
        String t = line.strip();
        if (t.startsWith("(") && (t.endsWith(" rows)") || t.endsWith(" row)"))) {
            return isDigits(t, 1, t.indexOf(' '));
        }
        if (t.startsWith("Empty set")) {
            return true;
        }
        int space = t.indexOf(' ');
        return space > 0 && isDigits(t, 0, space)
                && (t.startsWith(" rows in set", space) || t.startsWith(" row in set", space));
    }

    /** {@code total 1234} or {@code total 12K}: the first line of an {@code ls -l} listing. */
    static boolean isTotal(String line) {
        if (!line.startsWith("total ") || line.length() == 6) {
            return false;
        }
        for (int i = 6; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!CharClass.isDigit(c) && c != '.' && c != ',' && "KMGTP".indexOf(c) < 0) {
                return false;
            }
        }
        return CharClass.isDigit(line.charAt(6));
    }

    /** {@code ./src/main:} or {@code /etc:}: the directory header {@code ls -R} prints before each listing. */
    static boolean isSection(String line) {
        int n = line.length();
        return n >= 2 && line.charAt(n - 1) == ':' && !CharClass.isWhitespace(line.charAt(0))
                && line.indexOf("  ") < 0 && line.indexOf(": ") < 0;
    }

    /**
     * An {@code ls -l} entry: a file-type letter, nine permission characters (optionally an ACL or
     * SELinux marker), then at least seven more fields (links, owner, group, size, date, name).
     */
    static boolean isListing(String line) {
        if (line.length() < 20 || "-dlcbpsDn?".indexOf(line.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < 10; i++) {
            if ("rwxsStTl-?".indexOf(line.charAt(i)) < 0) {
                return false;
            }
        }
        int i = 10;
        if (line.charAt(i) == '.' || line.charAt(i) == '+' || line.charAt(i) == '@') {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != ' ') {
            return false;
        }
        return words(line) >= 8;
    }

    /**
     * A column header of an aligned table: at least three words, none a bare number, at least two thirds
     * of them starting with a capital letter or a sign such as {@code %}, {@code #} or {@code |}
     * ({@code NAME  READY  STATUS}, {@code USER  PID %CPU}, {@code Filesystem  Size  Used  Mounted on},
     * {@code ||/ Name  Version}). Prose rarely capitalises two thirds of its words.
     */
    static boolean isHeader(String line) {
        return isHeader(line, 3);
    }

    /**
     * A header of two words or more when a rule follows it ({@code pip list}: {@code Package  Version} over
     * {@code -------  -------}), else of three or more.
     */
    static boolean isHeader(String line, String next) {
        return isHeader(line, 3) || next != null && isSeparator(next) && isHeader(line, 2);
    }

    private static boolean isHeader(String line, int minWords) {
        int n = line.length();
        int words = 0;
        int capital = 0;
        int i = 0;
        while (i < n) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int letters = 0;
            int digits = 0;
            while (i < n && line.charAt(i) != ' ') {
                char c = line.charAt(i);
                if (c == '\t' || c < 0x20) {
                    return false;
                }
                letters += CharClass.isLetter(c) ? 1 : 0;
                digits += CharClass.isDigit(c) ? 1 : 0;
                i++;
            }
            boolean letter = letters > 0;
            // a column name is not a number, nor a value made mostly of digits (a timestamp opening a log line)
            boolean value = digits > letters && digits > MAX_NAME_DIGITS;
            if (!letter && digits == i - start || value || i - start > MAX_HEADER_WORD || ++words > MAX_HEADER_WORDS) {
                return false;
            }
            char first = line.charAt(start);
            if (CharClass.isUpperCase(first) || (!CharClass.isLetterOrDigit(first) && "%#|_".indexOf(first) >= 0)
                    || (letter && CharClass.isDigit(first) && i - start > 1 && CharClass.isUpperCase(line.charAt(start + 1)))) {
                capital++;
            }
        }
        char last = n == 0 ? ' ' : line.charAt(n - 1);
        return words >= minWords && capital * 3 >= words * 2 && last != '.' && last != ':' && last != ',';
    }

    /** The number of blank-separated words. */
    static int words(String line) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean blank = line.charAt(i) == ' ' || line.charAt(i) == '\t';
            if (!blank && !in) {
                count++;
            }
            in = !blank;
        }
        return count;
    }

    /** Whether {@code [from, to)} is a non-empty run of ASCII digits. */
    static boolean isDigits(String s, int from, int to) {
        if (from < 0 || to <= from || to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
