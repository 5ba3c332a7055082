package dev.headroom.compress.diff;

import static dev.headroom.compress.diff.DiffLines.ADDED;
import static dev.headroom.compress.diff.DiffLines.CONTEXT;
import static dev.headroom.compress.diff.DiffLines.FILE;
import static dev.headroom.compress.diff.DiffLines.HUNK;
import static dev.headroom.compress.diff.DiffLines.INDEX;
import static dev.headroom.compress.diff.DiffLines.NO_NEWLINE;
import static dev.headroom.compress.diff.DiffLines.OTHER;
import static dev.headroom.compress.diff.DiffLines.REMOVED;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.LineCompressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Lines;
import dev.headroom.relevance.Bm25;
import dev.headroom.relevance.RelevanceScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compresses unified diffs ({@code git diff}, {@code diff -u}). Design, in steps that stop as soon as the
 * changed and context lines fit {@link CompressionSettings#maxLines()}:
 * <ol>
 *   <li>Always kept while they fit the budget: every file header ({@code diff --git}, {@code ---},
 *       {@code +++}, mode/rename/binary lines) and every hunk header ({@code @@ ... @@}). {@code index}
 *       lines are dropped.</li>
 *   <li>Context lines are trimmed to {@value #CONTEXT_KEPT} around each change.</li>
 *   <li>Then context is dropped entirely.</li>
 *   <li>Then changed lines are shared out: first one line for the first hunk of every file, then
 *       round-robin over all hunks; each hunk keeps its first changed lines in order and gets a note
 *       saying how many removed and added lines it omits. A hunk that gets none is shown by its header
 *       alone (which already says how long it is), and the disclosure says so.</li>
 *   <li>When the file and hunk headers alone exceed the budget (a large diff: the CPython 3.11.2 → 3.11.7
 *       stdlib diff has 36 files and 238 hunks), an overview instead: every file by its header lines
 *       ({@code diff --git}, mode/rename/binary lines; {@code ---}/{@code +++} only where no {@code diff}
 *       line names the file), and the hunks of the files the query context names while the budget lasts.
 *       Every other hunk is one {@code headroom_retrieve(query="<file path>")} away.</li>
 * </ol>
 * The files the query context names ({@link Bm25#matches} over each file's header lines: a base name,
 * full or partial path) go through steps 1–4 on a budget of their own, so their hunks are shown whether
 * or not the rest fits; in the overview they get what the budget leaves, at least half of it. In
 * {@code git log -p} output the commit headers ({@code commit}, {@code Author:}, message) are kept as
 * written and the same file may appear in several commits: each of its sections counts as named.
 * Hunk bodies are read by the line counts of their headers, so a removed line that starts with
 * {@code --} is never taken for a header. Diffs of at most {@code maxLines} lines pass through unchanged.
 *
 * <p>Stateless, thread-safe and deterministic.
 */
public final class DiffCompressor extends LineCompressor {

    /** In the overview, files whose headers match at least this share of what the best file's match. */
    static final double RELEVANT_SHARE_OF_BEST = 0.5;

    /** Context lines kept on each side of a change in the first trimming step. */
    static final int CONTEXT_KEPT = 1;


    public DiffCompressor() {
        super(ContentKind.DIFF);
    }

    @Override
    protected CompressionResult compressLines(String content, String[] lines, CompressionContext context) {
        CompressionSettings settings = context.settings();
        byte[] type = DiffLines.classify(lines);
        int n = lines.length;
        int budget = settings.maxLines();
        int fileLines = 0;
        int hunks = 0;
        for (byte t : type) {
            fileLines += t == FILE ? 1 : 0;
            hunks += t == HUNK ? 1 : 0;
        }
        if (fileLines == 0 && hunks == 0 && SideBySide.is(Arrays.asList(lines))) {
            return SideBySide.compress(content, lines, context, RelevanceScorer.bm25());
        }
        List<Integer> fileStarts = DiffLines.fileStarts(type);
        List<Integer> named = DiffOverview.relevantFiles(lines, type, fileStarts, context.query(), context.budget());
        if (fileLines > 0 && fileLines + hunks > budget) { // hunks without file headers have no overview to give
            return DiffOverview.overview(content, lines, type, budget, named, context);
        }
        // the files the question names are decided apart, on a budget of their own, by the same steps
        boolean[] inNamed = new boolean[n];
        for (int f : named) {
            for (int i = f; i < n && (i == f || !DiffLines.isFileStart(type, i)); i++) {
                inNamed[i] = true;
            }
        }
        boolean[] keep = new boolean[n];
        int[] hunkNote = new int[n];
        trim(type, keep, hunkNote, inNamed, true, budget);
        trim(type, keep, hunkNote, inNamed, false, budget);
        return DiffOutput.render(content, lines, type, keep, hunkNote, context.handle(), false);
    }

    /**
     * Steps 1–4 for the lines whose {@code named} flag equals {@code selected}: keep headers, changes and
     * context next to them; drop context, then share changed lines out, until changes and context fit.
     */
    private static void trim(byte[] type, boolean[] keep, int[] hunkNote, boolean[] named, boolean selected,
                             int budget) {
        int changes = 0;
        for (int i = 0; i < type.length; i++) {
            if (named[i] != selected) {
                continue;
            }
            byte t = type[i];
            keep[i] = t == FILE || t == HUNK || t == OTHER || t == REMOVED || t == ADDED || t == NO_NEWLINE;
            changes += t == REMOVED || t == ADDED ? 1 : 0;
        }
        int withContext = changes + markContext(type, keep, named, selected);
        if (withContext > budget) {
            for (int i = 0; i < type.length; i++) {
                if (type[i] == CONTEXT && named[i] == selected) {
                    keep[i] = false;
                }
            }
            if (changes > budget) {
                shareChanges(type, keep, budget, named, selected, hunkNote);
            }
        }
    }

    /** Keeps context lines next to a change (among the lines whose {@code named} flag is {@code selected}); returns how many. */
    private static int markContext(byte[] type, boolean[] keep, boolean[] named, boolean selected) {
        int kept = 0;
        for (int i = 0; i < type.length; i++) {
            if (type[i] != CONTEXT || named[i] != selected) {
                continue;
            }
            boolean near = false;
            for (int d = 1; d <= CONTEXT_KEPT && !near; d++) {
                near = DiffLines.isChange(type, i - d) || DiffLines.isChange(type, i + d);
            }
            if (near) {
                keep[i] = true;
                kept++;
            }
        }
        return kept;
    }

    /**
     * Keeps at most {@code budget} changed lines: one for the first hunk of every file, then round-robin
     * over hunks, among the hunks whose {@code named} flag is {@code selected}. Sets, per hunk header line,
     * how many changed lines the hunk omits in {@code note}.
     */
    private static void shareChanges(byte[] type, boolean[] keep, int budget, boolean[] named, boolean selected,
                                     int[] note) {
        List<int[]> hunks = new ArrayList<>();
        List<Integer> firstOfFile = new ArrayList<>();
        boolean newFile = true;
        for (int i = 0; i < type.length; i++) {
            if (type[i] == FILE) {
                newFile = true;
            } else if (type[i] == HUNK && named[i] == selected) {
                List<Integer> changed = new ArrayList<>();
                for (int j = i + 1; j < type.length && type[j] != HUNK && type[j] != FILE && type[j] != OTHER; j++) {
                    if (type[j] == REMOVED || type[j] == ADDED) {
                        changed.add(j);
                    }
                }
                int[] h = new int[changed.size() + 1];
                h[0] = i;
                for (int k = 0; k < changed.size(); k++) {
                    h[k + 1] = changed.get(k);
                    keep[changed.get(k)] = false;
                }
                if (newFile) {
                    firstOfFile.add(hunks.size());
                    newFile = false;
                }
                hunks.add(h);
            }
        }
        int[] taken = new int[hunks.size()];
        int left = budget;
        for (int h : firstOfFile) {
            if (left > 0 && hunks.get(h).length > 1) {
                taken[h] = 1;
                left--;
            }
        }
        boolean progress = true;
        while (left > 0 && progress) {
            progress = false;
            for (int h = 0; h < hunks.size() && left > 0; h++) {
                if (taken[h] < hunks.get(h).length - 1) {
                    taken[h]++;
                    left--;
                    progress = true;
                }
            }
        }
        for (int h = 0; h < hunks.size(); h++) {
            int[] hunk = hunks.get(h);
            for (int k = 1; k <= taken[h]; k++) {
                keep[hunk[k]] = true;
            }
            // a hunk left with its header only needs no note: its header gives its size
            note[hunk[0]] = taken[h] == 0 ? 0 : hunk.length - 1 - taken[h];
        }
        // a "\ No newline" marker only makes sense after a kept line
        for (int i = 1; i < type.length; i++) {
            if (type[i] == NO_NEWLINE && named[i] == selected) {
                keep[i] = keep[i - 1];
            }
        }
    }

    /**
     * Units for query retrieval: one per hunk, each preceded by its file's header lines, so a query
     * for a file name finds every hunk of that file.
     */
    @Override
    public List<String> units(String content) {
        String[] lines = Lines.split(content);
        byte[] type = DiffLines.classify(lines);
        List<String> units = new ArrayList<>();
        StringBuilder fileHeader = new StringBuilder();
        StringBuilder current = null;
        boolean inHeader = false;
        for (int i = 0; i < lines.length; i++) {
            if (type[i] == FILE || type[i] == INDEX) {
                if (current != null) {
                    units.add(current.toString());
                    current = null;
                }
                if (!inHeader) {
                    fileHeader.setLength(0);
                    inHeader = true;
                }
                fileHeader.append(lines[i]).append('\n');
                continue;
            }
            inHeader = false;
            if (type[i] == HUNK) {
                if (current != null) {
                    units.add(current.toString());
                }
                current = new StringBuilder(fileHeader).append(lines[i]);
            } else if (current != null) {
                current.append('\n').append(lines[i]);
            } else {
                units.add(lines[i]);
            }
        }
        if (current != null) {
            units.add(current.toString());
        }
        return units;
    }
}
