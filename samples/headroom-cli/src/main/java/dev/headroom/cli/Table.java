package dev.headroom.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown table padded to column width, so it reads in a terminal and renders on GitHub. Columns whose
 * header starts with {@code >} are right-aligned (the marker is not printed).
 *
 * <p>Not thread-safe; output is deterministic.
 */
final class Table {

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        for (String h : headers) {
            boolean r = h.startsWith(">");
            this.headers.add(r ? h.substring(1) : h);
            this.right.add(r);
        }
    }

    Table row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(3, headers.get(c).length());
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, widths);
        sb.append('|');
        for (int c = 0; c < widths.length; c++) {
            sb.append(' ').append("-".repeat(widths[c] - 1)).append(right.get(c) ? ':' : '-').append(" |");
        }
        sb.append('\n');
        for (List<String> row : rows) {
            line(sb, row, widths);
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, List<String> cells, int[] widths) {
        sb.append('|');
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            sb.append(' ').append(right.get(c) ? pad + cell : cell + pad).append(" |");
        }
        sb.append('\n');
    }
}
