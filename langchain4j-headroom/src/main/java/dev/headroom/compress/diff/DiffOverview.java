package dev.headroom.compress.diff;

import static dev.headroom.compress.diff.DiffLines.ADDED;
import static dev.headroom.compress.diff.DiffLines.FILE;
import static dev.headroom.compress.diff.DiffLines.HUNK;
import static dev.headroom.compress.diff.DiffLines.INDEX;
import static dev.headroom.compress.diff.DiffLines.NO_NEWLINE;
import static dev.headroom.compress.diff.DiffLines.OTHER;
import static dev.headroom.compress.diff.DiffLines.REMOVED;

import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.relevance.Bm25;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Step 5 of {@link DiffCompressor}, for diffs whose file and hunk headers alone exceed the budget, and the
 * files the question names. Stateless.
 */
final class DiffOverview {

    private DiffOverview() {}

    /**
     * Step 5, for diffs whose headers alone exceed the budget: every file by its header only ({@code ---}
     * and {@code +++} dropped where a {@code diff} line names the file already), plus the hunks (headers
     * and changed lines) of the files the query context names: within what the budget leaves, but at
     * least half of it, so a long file list or the commit headers of {@code git log -p} cannot crowd them out;
     * then, while the budget lasts, the changes that stand out in a repetitive diff ({@link RareChanges}).
     */
    static CompressionResult overview(String content, String[] lines, byte[] type, int budget,
                                              List<Integer> relevant, CompressionContext context) {
        int n = lines.length;
        boolean[] keep = new boolean[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (type[i] == OTHER || (type[i] == FILE && !DiffLines.redundantPathLine(lines, type, i))) {
                keep[i] = true;
                kept++;
            }
        }
        int left = Math.max(budget - kept, budget / 2);
        int[] hunkNote = new int[n];
        for (int r = 0; r < relevant.size() && left > 1; r++) {
            // the budget is shared evenly between the named files, so the first cannot take it all
            // (at least a hunk header and a removed and an added line: with more named sections than that allows, the first ones)
            int share = Math.max(3, (left + relevant.size() - r - 1) / (relevant.size() - r));
            int used = keepHunks(type, keep, hunkNote, relevant.get(r), share);
            left -= used;
        }
        // what stands out elsewhere, with less room where the question named what it asks about
        int rareShare = relevant.isEmpty() ? left : left / 4;
        if (rareShare > 1) {
            RareChanges.keep(lines, type, keep, hunkNote, rareShare);
        }
        return DiffOutput.render(content, lines, type, keep, hunkNote, context.handle(), true);
    }

    /**
     * Keeps the hunks of the file whose header starts at {@code file}, in order, as long as the share
     * allows a hunk header and a changed line; a hunk cut short gets a note. Returns the lines kept.
     */
    static int keepHunks(byte[] type, boolean[] keep, int[] hunkNote, int file, int share) {
        int used = 0;
        int i = file + 1;
        int headerEnd = i;
        while (headerEnd < type.length && (type[headerEnd] == FILE || type[headerEnd] == INDEX)) {
            headerEnd++;
        }
        while (i < type.length && !(type[i] == FILE && type[i - 1] != FILE && type[i - 1] != INDEX) && share - used > 1) {
            if (type[i] != HUNK) {
                i++;
                continue;
            }
            keep[i] = true;
            used++;
            int changed = 0;
            int j = i + 1;
            for (; j < type.length && type[j] != HUNK && type[j] != FILE && type[j] != OTHER; j++) {
                if (type[j] == REMOVED || type[j] == ADDED) {
                    if (used < share) {
                        keep[j] = true;
                        used++;
                    } else {
                        changed++;
                    }
                } else if (type[j] == NO_NEWLINE) {
                    keep[j] = keep[j - 1];
                }
            }
            hunkNote[i] = changed;
            i = j;
        }
        if (used > 0) {
            // a file whose hunks are shown keeps its whole header ({@code ---}/{@code +++} too): what is shown
            // of it stays a well-formed unified diff, which a reader or a patch tool can take as it is
            for (int h = file + 1; h < headerEnd; h++) {
                keep[h] |= type[h] == FILE;
            }
        }
        return used;
    }

    /**
     * The first header lines of the files whose headers match the query, best first (ties in diff order):
     * {@link Bm25#matches} over each file's header lines, at least half as much of the query as the best
     * file — so "asyncio taskgroups" names {@code asyncio/taskgroups.py}, not every file under
     * {@code asyncio/}; terms in most headers ({@code git}, {@code py}) weigh next to nothing.
     */
    static List<Integer> relevantFiles(String[] lines, byte[] type, List<Integer> fileStarts, String query,
                                               WorkBudget work) {
        List<Integer> result = new ArrayList<>();
        if (query.isBlank() || fileStarts.isEmpty()) {
            return result;
        }
        List<String> headers = new ArrayList<>(fileStarts.size());
        for (int f : fileStarts) {
            StringBuilder header = new StringBuilder();
            for (int i = f; i < lines.length && (i == f || type[i] == FILE || type[i] == INDEX); i++) {
                if (type[i] == FILE) {
                    header.append(lines[i]).append('\n');
                }
            }
            headers.add(header.toString());
        }
        int[] matches = Bm25.index(headers, work).matches(query, headers.size(), DiffCompressor.RELEVANT_SHARE_OF_BEST, 0.0);
        Set<String> distinct = new HashSet<>(headers);
        Set<String> matched = new HashSet<>();
        for (int k : matches) {
            matched.add(headers.get(k));
        }
        if (matched.size() * 2 > distinct.size() && distinct.size() > 2) {
            return result; // a query matching most files (a directory all of them share) names none in particular
        }
        for (int k : matches) {
            result.add(fileStarts.get(k));
        }
        return result;
    }
}
