package dev.headroom.compress.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-line shape of the omitted rows, so the model knows what it does not see: per categorical
 * column the counts of its values among them ({@code STATUS: Running 795, Completed 3}), per other
 * numeric column their range as written ({@code RESTARTS: 0..2}).
 *
 * <p>Stateless and thread-safe; values are listed by count, ties by first appearance.
 */
final class TableSummary {

    /** Columns listed at most. */
    static final int MAX_COLUMNS = 8;
    /** A categorical column is listed when its omitted rows hold at most this many values. */
    static final int MAX_VALUES = 6;
    /** Values longer than this are cut. */
    static final int VALUE_CHARS = 40;

    private TableSummary() {}

    /** The summary line, or an empty string when there is nothing to say. */
    static String of(ParsedTable t, List<List<ColumnStats>> stats, List<List<Integer>> bySchema, boolean[] keep) {
        List<String> parts = new ArrayList<>();
        boolean masked = false;
        for (int schema = 0; schema < stats.size() && parts.size() < MAX_COLUMNS; schema++) {
            List<Integer> omitted = new ArrayList<>();
            for (int r : bySchema.get(schema)) {
                if (!keep[r]) {
                    omitted.add(r);
                }
            }
            if (omitted.isEmpty()) {
                continue;
            }
            for (ColumnStats column : stats.get(schema)) {
                if (parts.size() >= MAX_COLUMNS || column.name.isEmpty()) {
                    continue;
                }
                String part = column.counts != null ? categories(t, omitted, column) : range(t, omitted, column);
                if (part != null) {
                    parts.add(column.name + ": " + part);
                    masked |= column.counts != null && column.masked;
                }
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        return "[headroom: the omitted rows by column" + (masked ? " (# = a number)" : "") + ": "
                + String.join("; ", parts) + "]";
    }

    private static String categories(ParsedTable t, List<Integer> omitted, ColumnStats column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int r : omitted) {
            counts.merge(column.key(cell(t, r, column.column)), 1, Integer::sum);
            if (counts.size() > MAX_VALUES) {
                return null;
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : entries) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey().isEmpty() ? "(empty)" : cut(e.getKey())).append(' ').append(e.getValue());
        }
        return sb.toString();
    }

    private static String range(ParsedTable t, List<Integer> omitted, ColumnStats column) {
        if (column.numbers == null) {
            return null;
        }
        String min = null;
        String max = null;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int r : omitted) {
            String cell = cell(t, r, column.column);
            double v = ColumnStats.leadingNumber(cell);
            if (Double.isNaN(v)) {
                continue;
            }
            if (v < low) {
                low = v;
                min = cell;
            }
            if (v > high) {
                high = v;
                max = cell;
            }
        }
        return min == null ? null : cut(min) + ".." + cut(max);
    }

    private static String cell(ParsedTable t, int record, int column) {
        List<String> cells = t.cells.get(record);
        return column < cells.size() ? cells.get(column) : "";
    }

    /** The value on one line (a quoted CSV cell may hold line breaks), cut to {@link #VALUE_CHARS}. */
    private static String cut(String value) {
        String flat = value.indexOf('\n') < 0 && value.indexOf('\r') < 0 ? value : value.replace("\r", "").replace('\n', ' ');
        return flat.length() <= VALUE_CHARS ? flat : flat.substring(0, VALUE_CHARS) + "…";
    }
}
