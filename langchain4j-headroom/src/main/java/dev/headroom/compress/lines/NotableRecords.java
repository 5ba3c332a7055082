package dev.headroom.compress.lines;

import dev.headroom.compress.WorkBudget;
import dev.headroom.relevance.RelevanceScorer;
import java.util.ArrayList;
import java.util.List;

/** The question's lines within the records of line-oriented output that stand out (see {@link #keepQueryMatches}). Stateless. */
final class NotableRecords {

    private NotableRecords() {}

    /**
     * The question's lines within the records that stand out: a record with a line shown for a problem, rarity or
     * an outlier (not for the first lines) gets its lines that match the question, even where the per-template
     * cap gave that template's room to earlier records. Asked for "bus id and serial number" of the GPU with
     * uncorrectable errors, the serial number shown is that GPU's, not the first three GPUs'. A line is a signal
     * when it was kept before the question was read (problems) or after it (rarity, outliers), not by the question.
     * At most {@code limit} lines, best matches first; then, up to {@code limit} more, the record's identity lines
     * ({@code id}, {@code name}, {@code arn}, {@code serial number}, ...).
     */
    static void keepQueryMatches(String[] lines, int[] heads, boolean[] beforeQuery, boolean[] afterQuery, boolean[] keep,
                                 String query, int limit, RelevanceScorer scorer, WorkBudget budget) {
        int n = lines.length;
        boolean[] notable = new boolean[n];
        boolean any = false;
        for (int i = LinesCompressor.HEAD; i < n - 1; i++) {
            boolean signal = keep[i] && (beforeQuery[i] || !afterQuery[i]);
            if (signal && heads[i] >= 0 && heads[i] != i) {
                notable[heads[i]] = true;
                any = true;
            }
        }
        if (!any) {
            return;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!keep[i] && heads[i] >= 0 && notable[heads[i]]) {
                candidates.add(i);
            }
        }
        List<String> docs = new ArrayList<>(candidates.size());
        for (int i : candidates) {
            docs.add(lines[i]);
        }
        for (int k : scorer.matches(docs, query, limit, LinesCompressor.QUERY_MIN_SHARE, budget)) {
            keep[candidates.get(k)] = true;
        }
        // and what the record is: "Which one?" is answered by its id or name, which the question cannot name
        int added = 0;
        for (int i : candidates) {
            if (added < limit && !keep[i] && isIdentity(lines[i])) {
                keep[i] = true;
                added++;
            }
        }
    }

    /** Keys that identify a record ({@code id = "sg-07d3e9"}, {@code Serial Number : 1654}, {@code name: api}). */
    private static final List<String> IDENTITY_KEYS = List.of("id", "name", "arn", "uid", "uuid", "serial", "serial number",
            "serial_number", "serialnumber");

    /** Whether the line is {@code <identity key> = value} or {@code <identity key>: value}, indented or not. */
    static boolean isIdentity(String line) {
        int start = 0;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t' || line.charAt(start) == '"')) {
            start++;
        }
        int end = start;
        while (end < line.length() && line.charAt(end) != '=' && line.charAt(end) != ':') {
            end++;
        }
        if (end == line.length() || end - start > 24) {
            return false;
        }
        String key = line.substring(start, end).strip();
        if (key.endsWith("\"")) {
            key = key.substring(0, key.length() - 1);
        }
        for (String identity : IDENTITY_KEYS) {
            if (key.equalsIgnoreCase(identity)) {
                return true;
            }
        }
        return false;
    }

}
