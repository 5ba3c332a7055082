package dev.headroom.compress.diff;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.LineCompressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.Lines;
import dev.headroom.relevance.Bm25;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    private static final byte OTHER = 0;
    private static final byte FILE = 1;
    private static final byte INDEX = 2;
    private static final byte HUNK = 3;
    private static final byte CONTEXT = 4;
    private static final byte REMOVED = 5;
    private static final byte ADDED = 6;
    private static final byte NO_NEWLINE = 7;

    public DiffCompressor() {
        super(ContentKind.DIFF);
    }

    @Override
    protected CompressionResult compressLines(String content, String[] lines, CompressionContext context) {
        CompressionSettings settings = context.settings();
        byte[] type = classify(lines);
        int n = lines.length;
        int budget = settings.maxLines();
        int fileLines = 0;
        int hunks = 0;
        for (byte t : type) {
            fileLines += t == FILE ? 1 : 0;
            hunks += t == HUNK ? 1 : 0;
        }
        List<Integer> fileStarts = fileStarts(type);
        List<Integer> named = relevantFiles(lines, type, fileStarts, context.query());
        if (fileLines > 0 && fileLines + hunks > budget) { // hunks without file headers have no overview to give
            return overview(content, lines, type, budget, named, context);
        }
        // the files the question names are decided apart, on a budget of their own, by the same steps
        boolean[] inNamed = new boolean[n];
        for (int f : named) {
            for (int i = f; i < n && (i == f || !isFileStart(type, i)); i++) {
                inNamed[i] = true;
            }
        }
        boolean[] keep = new boolean[n];
        int[] hunkNote = new int[n];
        trim(type, keep, hunkNote, inNamed, true, budget);
        trim(type, keep, hunkNote, inNamed, false, budget);
        return render(content, lines, type, keep, hunkNote, context.handle(), false);
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

    /** The first header line of every file: a file header line not preceded by another header line. */
    private static List<Integer> fileStarts(byte[] type) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < type.length; i++) {
            if (isFileStart(type, i)) {
                starts.add(i);
            }
        }
        return starts;
    }

    private static boolean isFileStart(byte[] type, int i) {
        return type[i] == FILE && (i == 0 || (type[i - 1] != FILE && type[i - 1] != INDEX));
    }

    /**
     * Step 5, for diffs whose headers alone exceed the budget: every file by its header only ({@code ---}
     * and {@code +++} dropped where a {@code diff} line names the file already), plus the hunks (headers
     * and changed lines) of the files the query context names: within what the budget leaves, but at
     * least half of it, so a long file list or the commit headers of {@code git log -p} cannot crowd them out.
     */
    private static CompressionResult overview(String content, String[] lines, byte[] type, int budget,
                                              List<Integer> relevant, CompressionContext context) {
        int n = lines.length;
        boolean[] keep = new boolean[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (type[i] == OTHER || (type[i] == FILE && !redundantPathLine(lines, type, i))) {
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
        return render(content, lines, type, keep, hunkNote, context.handle(), true);
    }

    /**
     * Keeps the hunks of the file whose header starts at {@code file}, in order, as long as the share
     * allows a hunk header and a changed line; a hunk cut short gets a note. Returns the lines kept.
     */
    private static int keepHunks(byte[] type, boolean[] keep, int[] hunkNote, int file, int share) {
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

    /** A {@code ---} or {@code +++} line in a header block that has a {@code diff} line naming the file. */
    private static boolean redundantPathLine(String[] lines, byte[] type, int i) {
        if (!lines[i].startsWith("--- ") && !lines[i].startsWith("+++ ")) {
            return false;
        }
        for (int j = i - 1; j >= 0 && (type[j] == FILE || type[j] == INDEX); j--) {
            if (lines[j].startsWith("diff ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first header lines of the files whose headers match the query, best first (ties in diff order):
     * {@link Bm25#matches} over each file's header lines, at least half as much of the query as the best
     * file — so "asyncio taskgroups" names {@code asyncio/taskgroups.py}, not every file under
     * {@code asyncio/}; terms in most headers ({@code git}, {@code py}) weigh next to nothing.
     */
    private static List<Integer> relevantFiles(String[] lines, byte[] type, List<Integer> fileStarts, String query) {
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
        int[] matches = Bm25.index(headers).matches(query, headers.size(), RELEVANT_SHARE_OF_BEST, 0.0);
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

    /** Keeps context lines next to a change (among the lines whose {@code named} flag is {@code selected}); returns how many. */
    private static int markContext(byte[] type, boolean[] keep, boolean[] named, boolean selected) {
        int kept = 0;
        for (int i = 0; i < type.length; i++) {
            if (type[i] != CONTEXT || named[i] != selected) {
                continue;
            }
            boolean near = false;
            for (int d = 1; d <= CONTEXT_KEPT && !near; d++) {
                near = isChange(type, i - d) || isChange(type, i + d);
            }
            if (near) {
                keep[i] = true;
                kept++;
            }
        }
        return kept;
    }

    private static boolean isChange(byte[] type, int i) {
        return i >= 0 && i < type.length && (type[i] == REMOVED || type[i] == ADDED);
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

    private static CompressionResult render(String content, String[] lines, byte[] type, boolean[] keep,
                                            int[] hunkNote, String handle, boolean overview) {
        String nl = Lines.newline(content);
        StringBuilder out = new StringBuilder(Math.min(content.length(), 32_768));
        int omitted = 0;
        int omittedContext = 0;
        int omittedChanges = 0;
        int omittedHunks = 0;
        int pendingNote = -1;
        for (int i = 0; i < lines.length; i++) {
            if (pendingNote >= 0 && (type[i] == HUNK || type[i] == FILE || type[i] == OTHER || type[i] == INDEX)) {
                appendNote(out, lines, type, pendingNote, i, keep, nl);
                pendingNote = -1;
            }
            if (keep[i]) {
                out.append(lines[i]).append(nl);
            } else {
                omitted++;
                if (type[i] == HUNK) {
                    omittedHunks++;
                } else if (type[i] == CONTEXT) {
                    omittedContext++;
                } else if (type[i] == REMOVED || type[i] == ADDED) {
                    omittedChanges++;
                }
            }
            if (type[i] == HUNK && hunkNote != null && hunkNote[i] > 0) {
                pendingNote = i;
            }
        }
        if (pendingNote >= 0) {
            appendNote(out, lines, type, pendingNote, lines.length, keep, nl);
        }
        if (omitted == 0) {
            return CompressionResult.unchanged(content);
        }
        if (overview) {
            String what = omittedHunks + " hunks; a file shown by its header alone has all its hunks omitted,"
                    + " query=\"<file path>\" returns them";
            out.append(Disclosure.line(omitted, lines.length, "lines", what, handle));
            return CompressionResult.lossy(out.toString(), content.length(), omitted, "diff:files");
        }
        StringBuilder what = new StringBuilder();
        what.append(omittedContext).append(" context");
        if (omittedChanges > 0) {
            what.append(", ").append(omittedChanges).append(" changed: noted per hunk; a hunk shown by its header alone has its whole body omitted");
        }
        int index = omitted - omittedContext - omittedChanges;
        if (index > 0) {
            what.append(", ").append(index).append(" index");
        }
        out.append(Disclosure.line(omitted, lines.length, "lines", what.toString(), handle));
        return CompressionResult.lossy(out.toString(), content.length(), omitted, "diff:hunks");
    }

    /** After the kept lines of a trimmed hunk: {@code … 12 changed lines omitted (-5 +7)}. */
    private static void appendNote(StringBuilder out, String[] lines, byte[] type, int header, int end, boolean[] keep,
                                   String nl) {
        int removed = 0;
        int added = 0;
        for (int j = header + 1; j < end; j++) {
            if (!keep[j] && type[j] == REMOVED) {
                removed++;
            } else if (!keep[j] && type[j] == ADDED) {
                added++;
            }
        }
        out.append("… ").append(removed + added).append(" changed lines omitted (-").append(removed)
                .append(" +").append(added).append(')').append(nl);
    }

    /** Classifies every line, walking hunk bodies by the counts in their headers. */
    static byte[] classify(String[] lines) {
        int n = lines.length;
        byte[] type = new byte[n];
        int oldLeft = 0;
        int newLeft = 0;
        for (int i = 0; i < n; i++) {
            String line = lines[i];
            if (oldLeft > 0 || newLeft > 0) {
                char c = line.isEmpty() ? ' ' : line.charAt(0);
                if (c == '-' && oldLeft > 0) {
                    type[i] = REMOVED;
                    oldLeft--;
                    continue;
                } else if (c == '+' && newLeft > 0) {
                    type[i] = ADDED;
                    newLeft--;
                    continue;
                } else if (c == ' ' && oldLeft > 0 && newLeft > 0) {
                    type[i] = CONTEXT;
                    oldLeft--;
                    newLeft--;
                    continue;
                } else if (c == '\\') {
                    type[i] = NO_NEWLINE;
                    continue;
                }
                oldLeft = 0;
                newLeft = 0;
            }
            if (line.startsWith("\\ ")) {
                type[i] = NO_NEWLINE;
            } else if (line.startsWith("@@ -")) {
                type[i] = HUNK;
                int[] counts = hunkCounts(line);
                oldLeft = counts[0];
                newLeft = counts[1];
            } else if (line.startsWith("index ")) {
                type[i] = INDEX;
            } else if (isFileHeader(line, i, lines)) {
                type[i] = FILE;
            } else {
                type[i] = OTHER;
            }
        }
        return type;
    }

    private static boolean isFileHeader(String line, int i, String[] lines) {
        if (line.startsWith("diff ") || line.startsWith("new file mode") || line.startsWith("deleted file mode")
                || line.startsWith("old mode") || line.startsWith("new mode") || line.startsWith("similarity index")
                || line.startsWith("dissimilarity index") || line.startsWith("rename from") || line.startsWith("rename to")
                || line.startsWith("copy from") || line.startsWith("copy to") || line.startsWith("Binary files ")
                || line.startsWith("Only in ")) {
            return true;
        }
        if (line.startsWith("--- ")) {
            return i + 1 < lines.length && lines[i + 1].startsWith("+++ ");
        }
        return line.startsWith("+++ ") && i > 0 && lines[i - 1].startsWith("--- ");
    }

    /** The old and new line counts of {@code @@ -l,s +l,s @@} (a missing count is 1); {0, 0} if unreadable. */
    static int[] hunkCounts(String header) {
        int i = 4;
        int[] result = new int[2];
        for (int side = 0; side < 2; side++) {
            int n = header.length();
            int start = i;
            while (i < n && Character.isDigit(header.charAt(i))) {
                i++;
            }
            if (i == start) {
                return new int[2];
            }
            int count = 1;
            if (i < n && header.charAt(i) == ',') {
                int cs = ++i;
                while (i < n && Character.isDigit(header.charAt(i))) {
                    i++;
                }
                if (i == cs || i - cs > 9) {
                    return new int[2];
                }
                count = Integer.parseInt(header, cs, i, 10);
            }
            result[side] = count;
            if (side == 0) {
                if (!header.startsWith(" +", i)) {
                    return new int[2];
                }
                i += 2;
            }
        }
        return result;
    }

    /**
     * Units for query retrieval: one per hunk, each preceded by its file's header lines, so a query
     * for a file name finds every hunk of that file.
     */
    @Override
    public List<String> units(String content) {
        String[] lines = Lines.split(content);
        byte[] type = classify(lines);
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
