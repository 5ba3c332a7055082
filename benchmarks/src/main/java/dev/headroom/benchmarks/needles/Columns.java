package dev.headroom.benchmarks.needles;

import java.util.ArrayList;
import java.util.List;

/** Renders rows as left-aligned, space-padded columns (kubectl, docker, ps style). */
final class Columns {

    private Columns() {}

    /** Each row as one line; the last column is not padded. */
    static List<String> render(List<String[]> rows, int gap) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        List<String> out = new ArrayList<>(rows.size());
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                sb.append(r[c]);
                if (c < cols - 1) {
                    sb.append(" ".repeat(width[c] - r[c].length() + gap));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }
}
