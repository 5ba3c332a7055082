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
import dev.headroom.relevance.Terms;
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
     * and changed lines) of the files the query context names, those it names by a name first ({@code TaxCalculator},
     * then the files it matches by a word of their path): within what the budget leaves, but at least half of it, so a long file list or the commit headers of {@code git log -p} cannot crowd them out;
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
        // files the question names by name (TaxCalculator) before files it matches by a word of their path (invoice/)
        List<String> names = new ArrayList<>(Terms.names(context.query()));
        names.addAll(Terms.camelCaseNames(context.query()));
        List<Integer> byName = new ArrayList<>();
        List<Integer> byWord = new ArrayList<>();
        for (int f : relevant) {
            (holdsName(lines, type, f, names) ? byName : byWord).add(f);
        }
        boolean[] repeated = relevant.isEmpty() ? null : RepeatedEdits.of(lines, type);
        for (int r = 0; r < byName.size() && left > 1; r++) {
            // what the files matched by a word need at least is kept back for them
            int share = Math.max(3, (left - 3 * byWord.size() + byName.size() - r - 1) / (byName.size() - r));
            left -= keepHunks(type, keep, byName.get(r), share, repeated);
        }
        for (int r = 0; r < byWord.size() && left > 1; r++) {
            // the budget is shared evenly between the named files, so the first cannot take it all
            // (at least a hunk header and a removed and an added line: with more named sections than that allows, the first ones)
            int share = Math.max(3, (left + byWord.size() - r - 1) / (byWord.size() - r));
            left -= keepHunks(type, keep, byWord.get(r), share, repeated);
        }
        // what stands out elsewhere, with less room where the question named what it asks about
        int rareShare = relevant.isEmpty() ? left : left / 4;
        if (rareShare > 1) {
            RareChanges.keep(lines, type, keep, rareShare);
        }
        return DiffOutput.render(content, lines, type, keep, omittedPerHunk(type, keep), context.handle(), true);
    }

    /**
     * Keeps the hunks of the file whose header starts at {@code file}, in order, as long as the share
     * allows a hunk header and a changed line. When the share is short, the changed lines that are not a {@link
     * RepeatedEdits repeated edit} (given per line, or {@code null}) come first, with their hunk headers. Returns the
     * lines kept.
     */
    static int keepHunks(byte[] type, boolean[] keep, int file, int share, boolean[] repeated) {
        int used = 0;
        int i = file + 1;
        int headerEnd = i;
        while (headerEnd < type.length && (type[headerEnd] == FILE || type[headerEnd] == INDEX)) {
            headerEnd++;
        }
        int hunk = -1;
        for (int k = i; repeated != null && k < type.length && !isNextFile(type, k) && share - used > 1; k++) {
            if (type[k] == HUNK) {
                hunk = k;
            } else if (hunk >= 0 && (type[k] == REMOVED || type[k] == ADDED) && !repeated[k] && !keep[k]) {
                used += keep[hunk] ? 1 : 2;
                keep[hunk] = true;
                keep[k] = true;
            }
        }
        while (i < type.length && !isNextFile(type, i) && share - used > 1) {
            if (type[i] != HUNK) {
                i++;
                continue;
            }
            used += keep[i] ? 0 : 1;
            keep[i] = true;
            int j = i + 1;
            for (; j < type.length && type[j] != HUNK && type[j] != FILE && type[j] != OTHER; j++) {
                if ((type[j] == REMOVED || type[j] == ADDED) && !keep[j] && used < share) {
                    keep[j] = true;
                    used++;
                } else if (type[j] == NO_NEWLINE) {
                    keep[j] = keep[j - 1];
                }
            }
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

    /** Whether line {@code i} starts the next file's header. */
    private static boolean isNextFile(byte[] type, int i) {
        return type[i] == FILE && type[i - 1] != FILE && type[i - 1] != INDEX;
    }

    /** Whether the header lines of the file starting at {@code file} hold a name the question gives. */
    private static boolean holdsName(String[] lines, byte[] type, int file, List<String> names) {
        for (int i = file; i < lines.length && (i == file || type[i] == FILE || type[i] == INDEX); i++) {
            if (type[i] == FILE && Terms.holdsAny(lines[i], names)) {
                return true;
            }
        }
        return false;
    }

    /** For every kept hunk header, how many of its changed lines are not kept: the note each shown hunk carries. */
    private static int[] omittedPerHunk(byte[] type, boolean[] keep) {
        int[] omitted = new int[type.length];
        for (int i = 0; i < type.length; i++) {
            if (type[i] != HUNK || !keep[i]) {
                continue;
            }
            for (int j = i + 1; j < type.length && type[j] != HUNK && type[j] != FILE && type[j] != OTHER; j++) {
                omitted[i] += (type[j] == ADDED || type[j] == REMOVED) && !keep[j] ? 1 : 0;
            }
        }
        return omitted;
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
