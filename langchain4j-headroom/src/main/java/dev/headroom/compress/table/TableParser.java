package dev.headroom.compress.table;

import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a whole table into a {@link ParsedTable}, in the shape {@link TableSniffer} found in its first
 * lines. One pass, linear in the content (a quoted CSV field is followed for at most
 * {@link TableSniffer#MAX_RECORD_LINES} lines; a quote left open longer, or at the end, makes its first
 * line an irregular record of its own, so one stray quote cannot swallow the table).
 *
 * <p>Stateless and thread-safe.
 */
final class TableParser {

    /** Column names of an {@code ls -l} entry. */
    static final List<String> LISTING_NAMES = List.of("mode", "links", "owner", "group", "size", "month", "day", "time", "name");
    /** Rows under a header that decide which header words name one column together. */
    private static final int COLUMN_SAMPLE = 200;

    private TableParser() {}

    /** The parsed table, or {@code null} when the content is not one. */
    static ParsedTable parse(String[] lines, WorkBudget budget) {
        Shape shape = TableSniffer.sniff(lines);
        if (shape == null) {
            return null;
        }
        ParsedTable table = new ParsedTable(lines, shape, budget);
        switch (shape.format()) {
            case LISTING -> listing(table);
            case DELIMITED -> delimited(table, shape.delimiter(), shape.headerless());
            case EXPANDED -> expanded(table);
            default -> aligned(table);
        }
        return table.records() == 0 ? null : table;
    }

    private static void listing(ParsedTable t) {
        String[] lines = t.lines;
        Cursor cursor = new Cursor(t.schema(LISTING_NAMES));
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (Lines.isBlank(line) || LineShapes.isTotal(line)) {
                cursor.structural(i);
            } else if (LineShapes.isSection(line) && (i == 0 || Lines.isBlank(lines[i - 1]))) {
                cursor.structural(i);
                cursor.context = i;
            } else {
                List<String> cells = LineShapes.isListing(line) ? Columns.listingCells(line) : null;
                t.addRecord(i, i + 1, cursor.section(t), cells);
            }
        }
    }

    private static void delimited(ParsedTable t, char delimiter, boolean headerless) {
        String[] lines = t.lines;
        int n = lines.length;
        int i = 0;
        int preamble = 0;
        // structural lines and, as the sniffer allows, a few lines without the delimiter come before the header
        while (i < n && (isStructural(lines[i])
                || preamble < TableSniffer.PREAMBLE_LINES && (lines[i].indexOf(delimiter) < 0 || delimiter == '|' && LineShapes.isBoxTitle(lines[i]))
                && ++preamble > 0)) {
            i++;
        }
        if (i >= n) {
            return;
        }
        List<String> names = headerless ? numbered(Delimited.cells(lines[i], delimiter).size()) : Delimited.cells(lines[i], delimiter);
        Cursor cursor = new Cursor(t.schema(names));
        if (!headerless) {
            cursor.context = i;
            i++;
        }
        Delimited.Counter counter = new Delimited.Counter(delimiter);
        while (i < n) {
            if (isStructural(lines[i])) {
                cursor.structural(i++);
                continue;
            }
            counter.reset();
            int j = i;
            boolean open = counter.feed(lines[j]);
            while (open && j + 1 < n && j - i < TableSniffer.MAX_RECORD_LINES) {
                open = counter.feed(lines[++j]);
            }
            if (open) {
                t.addRecord(i, i + 1, cursor.section(t), null);
                i++;
                continue;
            }
            String text = j == i ? lines[i] : String.join("\n", java.util.Arrays.asList(lines).subList(i, j + 1));
            List<String> cells = Delimited.cells(text, delimiter);
            t.addRecord(i, j + 1, cursor.section(t), cells.size() == names.size() ? cells : null);
            i = j + 1;
        }
    }

    /**
     * psql's expanded display: each record runs from its {@code -[ RECORD n ]} head to the next; its cells are the
     * values of its {@code name | value} lines (a line with a blank name continues the value above it), under the
     * names of the first record. Lines before the first head are a preamble.
     */
    private static void expanded(ParsedTable t) {
        String[] lines = t.lines;
        int n = lines.length;
        int i = 0;
        while (i < n && !lines[i].startsWith(TableSniffer.EXPANDED_RECORD_HEAD)) {
            i++;
        }
        List<String> names = null;
        Cursor cursor = null;
        while (i < n) {
            int head = i++;
            List<String> fieldNames = new ArrayList<>();
            List<String> values = new ArrayList<>();
            while (i < n && !lines[i].startsWith(TableSniffer.EXPANDED_RECORD_HEAD) && !Lines.isBlank(lines[i])) {
                int bar = lines[i].indexOf('|');
                String name = bar < 0 ? "" : lines[i].substring(0, bar).strip();
                String value = bar < 0 ? lines[i].strip() : lines[i].substring(bar + 1).strip();
                if (name.isEmpty() && !values.isEmpty()) {
                    values.set(values.size() - 1, values.get(values.size() - 1) + "\n" + value);
                } else {
                    fieldNames.add(name);
                    values.add(value);
                }
                i++;
            }
            if (names == null) {
                names = fieldNames;
                cursor = new Cursor(t.schema(names));
                cursor.structural(0);
            }
            t.addRecord(head, i, cursor.section(t), fieldNames.equals(names) ? values : null);
            while (i < n && Lines.isBlank(lines[i])) {
                cursor.structural(i++); // the "(N rows)" footer's blank line and the footer itself
            }
            while (i < n && !lines[i].startsWith(TableSniffer.EXPANDED_RECORD_HEAD)) {
                cursor.structural(i++);
            }
        }
    }

    /** Names for the columns of a table without a header record: {@code column 1}, {@code column 2}, ... */
    private static List<String> numbered(int columns) {
        List<String> names = new ArrayList<>(columns);
        for (int c = 1; c <= columns; c++) {
            names.add("column " + c);
        }
        return names;
    }

    private static void aligned(ParsedTable t) {
        String[] lines = t.lines;
        Cursor cursor = new Cursor(-1);
        int[][] words = null;
        int[] starts = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean afterBlank = i == 0 || Lines.isBlank(lines[i - 1]);
            if (!Lines.isBlank(line) && (words == null || afterBlank)
                    && LineShapes.isHeader(line, i + 1 < lines.length ? lines[i + 1] : null)
                    && (words == null || !Columns.aligned(line, words[0], words[1]))) {
                words = Columns.words(line);
                starts = Columns.starts(line, sample(lines, i + 1));
                cursor.structural(i);
                cursor.context = i;
                cursor.schema = t.schema(names(line, starts));
            } else if (words == null || isStructural(line)) {
                cursor.structural(i);
            } else {
                List<String> cells = Columns.aligned(line, words[0], words[1]) ? Columns.cells(line, starts) : null;
                t.addRecord(i, i + 1, cursor.section(t), cells);
            }
        }
    }

    private static boolean isStructural(String line) {
        return Lines.isBlank(line) || LineShapes.isSeparator(line) || LineShapes.isFooter(line);
    }

    /** The rows under a header, up to the next blank line, at most {@link #COLUMN_SAMPLE}. */
    private static List<String> sample(String[] lines, int from) {
        List<String> rows = new ArrayList<>();
        for (int i = from; i < lines.length && rows.size() < COLUMN_SAMPLE && !Lines.isBlank(lines[i]); i++) {
            if (!LineShapes.isSeparator(lines[i])) {
                rows.add(lines[i]);
            }
        }
        return rows;
    }

    private static List<String> names(String header, int[] starts) {
        List<String> names = new ArrayList<>(starts.length);
        for (int k = 0; k < starts.length; k++) {
            int to = k + 1 < starts.length ? Math.min(starts[k + 1], header.length()) : header.length();
            names.add(header.substring(starts[k], to).strip());
        }
        return names;
    }

    /** Tracks where sections start while the lines are walked. */
    private static final class Cursor {
        int runStart;
        boolean newSection = true;
        int section = -1;
        int context = -1;
        int schema;

        Cursor(int schema) {
            this.schema = schema;
        }

        void structural(int line) {
            if (!newSection) {
                newSection = true;
                runStart = line;
            }
        }

        int section(ParsedTable t) {
            if (newSection) {
                section = t.addSection(runStart, context, schema);
                newSection = false;
            }
            return section;
        }
    }
}
