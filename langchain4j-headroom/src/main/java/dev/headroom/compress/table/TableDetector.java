package dev.headroom.compress.table;

import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;

/**
 * Tables: CSV/TSV, aligned columns under a header, box tables, {@code ls -l} listings. See {@link TableSniffer}:
 * a header and rows that agree with it make 80% of the lines, so logs, prose and code with a table in them keep
 * their kinds. Registered before search results, as a CSV cell may read {@code 2026-03-01T15:52:00Z}.
 */
public final class TableDetector implements KindDetector {

    @Override
    public ContentKind kind() {
        return ContentKind.TABLE;
    }

    @Override
    public Tally tally() {
        TableSniffer sniffer = new TableSniffer();
        return new Tally() {
            @Override
            public void anyLine(String line) {
                sniffer.add(line);
            }

            @Override
            public boolean claims(String content, int start, SampleTotals totals) {
                return sniffer.isTable();
            }
        };
    }
}
