package dev.headroom.compress.table;

/**
 * How a table's rows are laid out: aligned columns under a header, an {@code ls -l} listing,
 * delimiter-separated cells (with the delimiter), under a header record or without one, or psql's expanded display
 * (one {@code name | value} line per column under each {@code -[ RECORD n ]} head).
 *
 * @param format     the layout
 * @param delimiter  the cell delimiter of a {@link Format#DELIMITED} table, else {@code 0}
 * @param headerless whether a delimited table starts with a row rather than a header record ({@code gh issue
 *                   list | cat}, {@code mysql -B -N}, {@code cut -f}): its columns are numbered
 */
record Shape(Format format, char delimiter, boolean headerless) {

    enum Format { ALIGNED, LISTING, DELIMITED, EXPANDED }

    static final Shape ALIGNED = new Shape(Format.ALIGNED, (char) 0, false);
    static final Shape LISTING = new Shape(Format.LISTING, (char) 0, false);
    static final Shape EXPANDED = new Shape(Format.EXPANDED, '|', false);

    static Shape delimited(char delimiter) {
        return new Shape(Format.DELIMITED, delimiter, false);
    }

    static Shape headerless(char delimiter) {
        return new Shape(Format.DELIMITED, delimiter, true);
    }
}
