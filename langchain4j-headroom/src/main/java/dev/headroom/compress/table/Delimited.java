package dev.headroom.compress.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Delimiter-separated rows: CSV (comma or semicolon), TSV and {@code |} box tables (psql, mysql,
 * Markdown). CSV and TSV quoting follows RFC 4180: a field that starts with {@code "} runs to the next
 * lone {@code "} ({@code ""} is a quote inside it) and may span lines; a quote elsewhere in a field is
 * an ordinary character. Box tables have no quoting. One pass per line, no regular expressions.
 *
 * <p>Stateless and thread-safe; {@link Counter} holds the state of one record being scanned.
 */
final class Delimited {

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_SEEN = 3;

    private Delimited() {}

    /** Whether {@code delimiter} uses CSV quoting ({@code |} tables do not). */
    static boolean quotes(char delimiter) {
        return delimiter != '|';
    }

    /** Counts the delimiters of one record fed line by line, across quoted line breaks. */
    static final class Counter {
        private final char delimiter;
        private int state = FIELD_START;
        private int count;

        Counter(char delimiter) {
            this.delimiter = delimiter;
        }

        /** Feeds one line; returns whether the record goes on past it (a quoted field is open). */
        boolean feed(String line) {
            boolean quoting = quotes(delimiter);
            if (state == FIELD_START && (!quoting || line.indexOf('"') < 0)) {
                // no field can open a quote: every delimiter ends a field, and the record ends with the line (the
                // same count as the state machine below, found with indexOf, which runs on every sampled line of
                // every tool result for each candidate delimiter)
                for (int at = line.indexOf(delimiter); at >= 0; at = line.indexOf(delimiter, at + 1)) {
                    count++;
                }
                return false;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                switch (state) {
                    case QUOTED -> state = c == '"' ? QUOTE_SEEN : QUOTED;
                    case QUOTE_SEEN -> {
                        if (c == '"') {
                            state = QUOTED;
                        } else if (c == delimiter) {
                            count++;
                            state = FIELD_START;
                        } else {
                            state = UNQUOTED;
                        }
                    }
                    default -> {
                        if (c == delimiter) {
                            count++;
                            state = FIELD_START;
                        } else if (c == '"' && quoting && state == FIELD_START) {
                            state = QUOTED;
                        } else if (c != ' ' || state != FIELD_START) {
                            state = UNQUOTED;
                        }
                    }
                }
            }
            if (state == QUOTED) {
                return true;
            }
            state = FIELD_START;
            return false;
        }

        /** The delimiters counted so far; {@link #reset()} starts the next record. */
        int count() {
            return count;
        }

        void reset() {
            count = 0;
            state = FIELD_START;
        }
    }

    /**
     * The cells of one record (its lines joined by {@code \n}): unquoted, surrounding blanks removed; a
     * box row's outer {@code |} are dropped first.
     */
    static List<String> cells(String record, char delimiter) {
        String text = record;
        if (delimiter == '|') {
            text = text.strip();
            if (text.startsWith("|")) {
                text = text.substring(1);
            }
            if (text.endsWith("|")) {
                text = text.substring(0, text.length() - 1);
            }
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoting = quotes(delimiter);
        int state = FIELD_START;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (state) {
                case QUOTED -> {
                    if (c == '"') {
                        state = QUOTE_SEEN;
                    } else {
                        cell.append(c);
                    }
                }
                case QUOTE_SEEN -> {
                    if (c == '"') {
                        cell.append('"');
                        state = QUOTED;
                    } else if (c == delimiter) {
                        cells.add(cell.toString().strip());
                        cell.setLength(0);
                        state = FIELD_START;
                    } else {
                        cell.append(c);
                        state = UNQUOTED;
                    }
                }
                default -> {
                    if (c == delimiter) {
                        cells.add(cell.toString().strip());
                        cell.setLength(0);
                        state = FIELD_START;
                    } else if (c == '"' && quoting && state == FIELD_START && cell.toString().isBlank()) {
                        cell.setLength(0);
                        state = QUOTED;
                    } else {
                        cell.append(c);
                        state = state == FIELD_START && c == ' ' ? FIELD_START : UNQUOTED;
                    }
                }
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
