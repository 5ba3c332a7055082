package dev.headroom.internal.template;

import dev.headroom.internal.CharClass;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells data printed record by record from text written line by line: a SQL dump, a Terraform plan, protobuf
 * text or a query log repeats a few line shapes over and over, code and prose almost never do. A line's shape is
 * the line with quoted strings emptied and digit runs reduced to {@code 0}; lines with fewer than 3 letters
 * left ({@code }}, {@code );}) repeat in code as much as in data and are not counted. Used by the code and prose
 * detectors so that such output goes to the line-based kinds, which keep its rare and asked-for lines.
 *
 * <p>An instance is mutable and not thread-safe; {@link #isData(Iterable)} judges a bounded sample at once.
 */
public final class RepeatedShapes {

    /** Lines with a shape from which repetition is judged. */
    static final int SHAPED_LINES_MIN = 30;
    /** Lines are data when at least this share of the shaped lines repeats an earlier line's shape. */
    static final int REPEATED_PERCENT = 70;

    private final Set<String> shapes = new HashSet<>();
    private int shaped;
    private int repeated;

    /** Counts one sampled line. */
    public void add(String line) {
        String shape = shape(line);
        if (shape != null) {
            shaped++;
            if (!shapes.add(shape)) {
                repeated++;
            }
        }
    }

    /** Whether the lines are mostly repeats of a few shapes. */
    public static boolean isData(Iterable<String> lines) {
        RepeatedShapes shapes = new RepeatedShapes();
        for (String line : lines) {
            shapes.add(line);
        }
        return shapes.isData();
    }

    /** Whether the lines counted so far are mostly repeats of a few shapes. */
    public boolean isData() {
        return shaped >= SHAPED_LINES_MIN && repeated * 100 >= shaped * REPEATED_PERCENT;
    }

    /** The shape of a line, stripped; {@code null} when fewer than 3 letters remain. */
    static String shape(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        int letters = 0;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    sb.append(c);
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
                sb.append(c);
            } else if (CharClass.isDigit(c)) {
                if (sb.isEmpty() || sb.charAt(sb.length() - 1) != '0') {
                    sb.append('0');
                }
            } else {
                letters += CharClass.isLetter(c) ? 1 : 0;
                sb.append(c);
            }
        }
        return letters >= 3 ? sb.toString().strip() : null;
    }
}
