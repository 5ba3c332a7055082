package dev.headroom.internal.template;

import dev.headroom.internal.CharClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The numbers a word names in each line ({@code duration_ms: 48213}, {@code Query_time: 31.2}, {@code took 48s},
 * {@code delay=0.7}), read at most once per line: a log's record heads go through both {@link NumericOutliers} and
 * {@link LevelShifts}, which share one instance.
 *
 * <p>A number is a run of digits with an optional decimal part, standing alone or followed by a unit such as
 * {@code ms}, not part of a version, an id or a word; its name is the word before it (with a letter), lower-cased,
 * with {@code #k} added for the k-th repeat of a name in the line. At most {@value #MAX_NUMBERS} per line.
 */
public final class NamedNumbers {

    /** Numbers per line looked at. */
    static final int MAX_NUMBERS = 8;

    /** Units a number may carry ({@code 48213ms}, {@code 1.5s}, {@code 12KB}); other letters make it part of an id ({@code 9999C}). */
    private static final Set<String> UNITS = Set.of("", "ms", "s", "us", "µs", "ns", "m", "min", "h", "d",
            "b", "kb", "mb", "gb", "tb", "k", "kib", "mib", "gib", "x", "sec", "secs");
    /** {@link #UNITS} of ASCII letters only, compared in place by {@link #isUnit}. */
    private static final String[] ASCII_UNITS = UNITS.stream()
            .filter(u -> !u.isEmpty() && u.chars().allMatch(c -> c < 128)).sorted().toArray(String[]::new);

    /** Log levels, which stand before a message, not before a quantity they name. */
    private static final Set<String> LEVELS = Set.of("trace", "debug", "info", "notice", "warn", "warning", "error", "err",
            "severe", "crit", "critical", "fatal", "alert", "emerg");

    /** Powers of ten that are exact doubles, for {@link #parse}. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    /** A number as written in a line and its name with its ordinal ({@code duration_ms#1}). */
    record Named(String name, double value) {}

    private final String[] lines;
    private final List<List<Named>> read;
    private final NameTable names = new NameTable();

    /** Reads nothing yet: each line is read on its first {@link #of}. */
    public NamedNumbers(String[] lines) {
        this.lines = lines;
        this.read = new ArrayList<>(java.util.Collections.nCopies(lines.length, null));
    }

    /** How many lines there are. */
    int size() {
        return lines.length;
    }

    /** The named numbers of line {@code index}, read on first use. */
    List<Named> of(int index) {
        List<Named> numbers = read.get(index);
        if (numbers == null) {
            numbers = read(lines[index], names);
            read.set(index, numbers);
        }
        return numbers;
    }

    /** The first {@value #MAX_NUMBERS} named numbers of the line, each name with its ordinal in the line. */
    static List<Named> read(String line) {
        return read(line, new NameTable());
    }

    /** {@link #read(String)}, with each name taken from {@code table}. */
    private static List<Named> read(String line, NameTable table) {
        List<Named> found = null;
        String[] names = null; // the names found so far without their ordinals, to count repeats
        int count = 0;
        int n = line.length();
        int i = 0;
        while (i < n && count < MAX_NUMBERS) {
            char c = line.charAt(i);
            if (!CharClass.isDigit(c)) {
                i++;
                continue;
            }
            char before = i > 0 ? line.charAt(i - 1) : ' ';
            int start = i;
            while (i < n && CharClass.isDigit(line.charAt(i))) {
                i++;
            }
            if (i + 1 < n && line.charAt(i) == '.' && CharClass.isDigit(line.charAt(i + 1))) {
                i++;
                while (i < n && CharClass.isDigit(line.charAt(i))) {
                    i++;
                }
            }
            int end = i;
            while (i < n && CharClass.isLetter(line.charAt(i))) {
                i++;
            }
            boolean partOfWord = CharClass.isLetterOrDigit(before) || before == '_' || before == '.' || before == '-';
            // 1.2.3, 1.2-3, 2.4+dfsg, 12:00: versions and clocks, not quantities
            boolean continues = i < n && (CharClass.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_'
                    || ".-+~:".indexOf(line.charAt(i)) >= 0 && i + 1 < n && CharClass.isLetterOrDigit(line.charAt(i + 1)));
            if (!partOfWord && !continues && end - start <= 15 && i - end <= 4 && isUnit(line, end, i)) {
                String name = nameBefore(line, start, table);
                if (name != null) {
                    if (found == null) {
                        found = new ArrayList<>(4);
                        names = new String[MAX_NUMBERS];
                    }
                    int ordinal = 0;
                    for (int k = 0; k < count; k++) {
                        ordinal += names[k].equals(name) ? 1 : 0;
                    }
                    names[count++] = name;
                    found.add(new Named(ordinal == 0 ? name : table.withOrdinal(name, ordinal), parse(line, start, end)));
                }
            }
            while (i < n && (CharClass.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '.' || line.charAt(i) == '_')) {
                i++;
            }
        }
        return found == null ? List.of() : found;
    }

    /**
     * {@code Double.parseDouble(line.substring(from, to))} without the substring for ASCII digits with at most one
     * point (at most 15 characters: the integer of all digits is exact, and dividing it by an exact power of ten
     * rounds once, as the parser does); other digits go to the parser.
     */
    private static double parse(String line, int from, int to) {
        long digits = 0;
        int point = -1;
        for (int k = from; k < to; k++) {
            char c = line.charAt(k);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = k;
            } else {
                return Double.parseDouble(line.substring(from, to));
            }
        }
        return point < 0 ? (double) digits : digits / POWERS_OF_TEN[to - point - 1];
    }

    /**
     * Whether {@code line[from, to)} (at most 4 letters) lower-cased is one of {@link #UNITS}: compared in place for
     * ASCII letters, as nearly every number is followed by none or by ASCII ones; other letters take the substring.
     */
    private static boolean isUnit(String line, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (line.charAt(k) >= 128) {
                return UNITS.contains(line.substring(from, to).toLowerCase(Locale.ROOT));
            }
        }
        for (String unit : ASCII_UNITS) {
            if (unit.length() == length && line.regionMatches(true, from, unit, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word just before a number, past at most 3 separators ({@code duration_ms: }, {@code delay=},
     * {@code "rows": }, {@code took }), lower-cased; {@code null} when it has no letter (a number after a number) or is
     * a log level.
     */
    private static String nameBefore(String line, int number, NameTable table) {
        int end = number;
        int separators = 0;
        while (end > 0 && separators < 3 && " \t=:\"'([".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
            separators++;
        }
        int start = end;
        boolean letter = false;
        while (start > 0 && end - start < 32) {
            char c = line.charAt(start - 1);
            if (!(CharClass.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                break;
            }
            letter |= CharClass.isLetter(c);
            start--;
        }
        if (!letter) {
            return null;
        }
        String name = table.name(line, start, end);
        // "KERNEL INFO 632431728 double-hummer alignment exceptions": a log level says how bad, not what counts
        return LEVELS.contains(name) ? null : name;
    }
}
