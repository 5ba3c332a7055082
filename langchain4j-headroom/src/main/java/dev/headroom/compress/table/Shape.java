package dev.headroom.compress.table;

/**
 * How a table's rows are laid out: aligned columns under a header, an {@code ls -l} listing, or
 * delimiter-separated cells (with the delimiter).
 *
 * @param format    the layout
 * @param delimiter the cell delimiter of a {@link Format#DELIMITED} table, else {@code 0}
 */
record Shape(Format format, char delimiter) {

    enum Format { ALIGNED, LISTING, DELIMITED }

    static final Shape ALIGNED = new Shape(Format.ALIGNED, (char) 0);
    static final Shape LISTING = new Shape(Format.LISTING, (char) 0);

    static Shape delimited(char delimiter) {
        return new Shape(Format.DELIMITED, delimiter);
    }
}
