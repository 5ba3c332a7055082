package dev.headroom.compress.search;

import dev.headroom.compress.WorkBudget;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compresses search results ({@code grep -rn}, ripgrep: {@code path:line:text}, with or without
 * {@code path-line-text} context lines and {@code --} separators). Design:
 * <ul>
 *   <li>Matches are grouped by file, files in order of first appearance.</li>
 *   <li>A budget of match lines (half of {@link CompressionSettings#maxLines()}: the per-file listing
 *       carries the overview; smaller still when there are many files, since each costs a place in the
 *       listing) is shared round-robin: every file in turn
 *       gets its next best match, best by BM25 against the query context, then by position (so with no
 *       query, the first matches). Kept matches appear as written, in their original order.</li>
 *   <li>Files the query context names (by base name, {@code TarFile.java}, {@code tarfile.py}, or by full
 *       or partial path: {@link Bm25#matches} over the file paths, at least {@value #NAMED_SHARE_OF_BEST} of
 *       the best file's match) are shown first, with their matching lines as written, best first: up to
 *       half of {@code maxLines} lines beyond the shared budget, round-robin over the named files.</li>
 *   <li>Files stay visible: one line lists each file whose matches were not all shown, with its match
 *       count, grouped by directory, up to a quarter of {@code maxLines} files (those the query context
 *       names first, then those with most matches); beyond that, the rest appear as file counts per
 *       directory (see {@link FileListing}). Context lines and separators are omitted.</li>
 * </ul>
 * Before the shared budget, matches that say what the others do not ({@link NotableMatches}: a problem among
 * routine matches, a rare message template; at most a tenth of {@code maxLines}) are kept, in results that
 * repeat a few templates such as a linter's report. Lines that are neither matches, context nor separators are kept as written. Results of at most
 * {@code maxLines} lines pass through unchanged.
 *
 * <p>Stateless, thread-safe and deterministic.
 */
public final class SearchCompressor extends LineCompressor {

    /**
     * A file in the listing costs roughly this fraction of a match line (measured on the corpus greps: ≈6.5
     * o200k tokens per listed file, ≈22 per {@code path:line:text} match line).
     */
    static final int FILES_PER_LINE = 3;

    /** A file is named by the query when its path matches at least this share of the best file's match. */
    static final double NAMED_SHARE_OF_BEST = 0.5;

    private final RelevanceScorer scorer;

    /** Ranks by {@link RelevanceScorer#bm25() BM25}. */
    public SearchCompressor() {
        this(RelevanceScorer.bm25());
    }

    /** Ranks matches against the query context with the given scorer, e.g. {@link RelevanceScorer#hybrid} over an embedding model. */
    public SearchCompressor(RelevanceScorer scorer) {
        super(ContentKind.SEARCH);
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    @Override
    protected CompressionResult compressLines(String content, String[] lines, CompressionContext context) {
        CompressionSettings settings = context.settings();
        int n = lines.length;
        int[] fileOf = new int[n];
        Arrays.fill(fileOf, -1);
        boolean[] isMatch = new boolean[n];
        List<String> files = new ArrayList<>();
        List<List<Integer>> matchesByFile = new ArrayList<>();
        Map<String, Integer> fileIds = new HashMap<>();
        int matches = 0;
        int previous = -1; // the file of the last match: its next match is most often in the same file
        for (int i = 0; i < n; i++) {
            int pathEnd = matchPathEnd(lines[i]);
            if (pathEnd > 0) {
                int id = previous;
                if (previous < 0 || files.get(previous).length() != pathEnd || !lines[i].startsWith(files.get(previous))) {
                    String path = lines[i].substring(0, pathEnd);
                    Integer known = fileIds.get(path);
                    if (known == null) {
                        known = files.size();
                        fileIds.put(path, known);
                        files.add(path);
                        matchesByFile.add(new ArrayList<>());
                    }
                    id = known;
                }
                fileOf[i] = id;
                previous = id;
                isMatch[i] = true;
                matchesByFile.get(id).add(i);
                matches++;
            }
        }
        int[] headingOf = null;
        if (matches == 0) {
            headingOf = new int[n];
            matches = HeadingResults.parse(lines, fileOf, isMatch, headingOf, files, matchesByFile);
        }
        if (matches == 0) {
            return CompressionResult.unchanged(content);
        }
        int budget = Math.max(settings.maxLines() / 4, settings.maxLines() / 2 - files.size() / FILES_PER_LINE);
        boolean[] named = namedFiles(files, context.query(), context.budget());
        List<Integer> notable = NotableMatches.of(lines, isMatch, Math.max(3, settings.maxLines() / 10), context.budget());
        boolean[] keep = choose(lines, matchesByFile, named, Math.max(1, budget - notable.size()), Math.max(1, settings.maxLines() / 2),
                context.query(), context.budget());
        for (int i : notable) {
            keep[i] = true;
        }
        FileListing listing = new FileListing(files, matchesByFile, Math.max(1, settings.maxLines() / 4), context.query(),
                context.budget());
        return SearchOutput.render(content, lines, isMatch, fileOf, headingOf, keep, listing, context.handle());
    }

    /**
     * The files whose paths the query names (see the class comment), by file id. A query that matches
     * more than half of the files (the search root in the tool's arguments) names none in particular.
     */
    static boolean[] namedFiles(List<String> files, String query) {
        return namedFiles(files, query, WorkBudget.unlimited());
    }

    static boolean[] namedFiles(List<String> files, String query, WorkBudget work) {
        boolean[] named = new boolean[files.size()];
        if (query.isBlank()) {
            return named;
        }
        int[] matches = Bm25.index(files, work).matches(query, files.size(), NAMED_SHARE_OF_BEST, 0.0);
        if (matches.length * 2 <= files.size() || files.size() <= 2) {
            for (int f : matches) {
                named[f] = true;
            }
        }
        return named;
    }

    private boolean[] choose(String[] lines, List<List<Integer>> matchesByFile, boolean[] named, int budget,
                             int namedBudget, String query, WorkBudget work) {
        boolean[] keep = new boolean[lines.length];
        List<int[]> ranked = new ArrayList<>(matchesByFile.size());
        double[] scores = null;
        if (!query.isBlank()) {
            scores = scorer.scores(Arrays.asList(lines), query, work);
        }
        for (List<Integer> fileMatches : matchesByFile) {
            Integer[] order = fileMatches.toArray(new Integer[0]);
            if (scores != null) {
                double[] s = scores;
                Arrays.sort(order, (a, b) -> {
                    int c = Double.compare(s[b], s[a]);
                    return c != 0 ? c : Integer.compare(a, b);
                });
            }
            ranked.add(Arrays.stream(order).mapToInt(Integer::intValue).toArray());
        }
        // the named files first, on their own budget; then every other file shares the budget
        roundRobin(ranked, named, true, namedBudget, keep);
        roundRobin(ranked, named, false, budget, keep);
        return keep;
    }

    /** Keeps each selected file's next best match in turn until {@code budget} lines are kept. */
    private static void roundRobin(List<int[]> ranked, boolean[] named, boolean selected, int budget, boolean[] keep) {
        int left = budget;
        for (int round = 0; left > 0; round++) {
            boolean any = false;
            for (int f = 0; f < ranked.size() && left > 0; f++) {
                int[] order = ranked.get(f);
                if (named[f] == selected && round < order.length) {
                    keep[order[round]] = true;
                    left--;
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
    }

    /**
     * The end of the path in {@code path:line:text}, or -1: the first colon followed by digits and a
     * colon, with a non-blank path before it.
     */
    static int matchPathEnd(String line) {
        int n = line.length();
        for (int i = 1; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                return -1;
            }
            if (c == ':') {
                int d = i + 1;
                while (d < n && line.charAt(d) >= '0' && line.charAt(d) <= '9') {
                    d++;
                }
                if (d > i + 1 && d < n && line.charAt(d) == ':') {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean isSeparator(String line) {
        return line.equals("--");
    }

    /**
     * Units for query retrieval: lines without grep's {@code --} separators; in heading-grouped results each
     * numbered line comes with its file's heading, so asking for a file by name finds its lines.
     */
    @Override
    public List<String> units(String content) {
        String[] lines = Lines.split(content);
        boolean pathPrefixed = false;
        for (String line : lines) {
            if (matchPathEnd(line) > 0) {
                pathPrefixed = true;
                break;
            }
        }
        if (!pathPrefixed) {
            return HeadingResults.units(lines);
        }
        List<String> units = new ArrayList<>();
        for (String line : lines) {
            if (!isSeparator(line)) {
                units.add(line);
            }
        }
        return units;
    }
}
