package dev.headroom.compress.text;

import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.Lines;
import dev.headroom.internal.CharClass;
import dev.headroom.relevance.Bm25;
import dev.headroom.relevance.RelevanceScorer;
import java.util.ArrayList;
import java.util.List;

/**
 * Extractive selection over paragraphs (blocks separated by blank lines; a fenced code block is one
 * block however many blank lines it holds). Kept: the first block and the first paragraph, then the
 * best paragraphs by BM25 against the query context (by position when there is no query), each with
 * the heading above it, while the kept lines fit the budget. Kept paragraphs appear whole, in order; each run of
 * omitted paragraphs becomes one {@code [… N lines omitted]} line.
 *
 * <p>The lines the query context quotes or names stay too, even inside a paragraph too long for the budget:
 * the lines {@link Bm25#matches} finds (at least {@value #LINE_SHARE_OF_BEST} of the best line's match and
 * {@value #LINE_MIN_COVERAGE} IDF, at most a third of the budget) are shown as written, with the omitted
 * lines around them counted.
 */
final class Paragraphs {

    /** A line is kept for the query when it holds at least this share of what the best line holds. */
    static final double LINE_SHARE_OF_BEST = 0.5;
    /** ... and query terms worth at least this much IDF. */
    static final double LINE_MIN_COVERAGE = 1.0;

    private Paragraphs() {}

    static List<String> split(String content) {
        List<String> paragraphs = new ArrayList<>();
        String[] lines = Lines.split(content);
        for (int[] b : blocks(lines)) {
            paragraphs.add(join(lines, b, "\n"));
        }
        return paragraphs;
    }

    /** Blocks as {from, to} line ranges, blank lines between them excluded. */
    static List<int[]> blocks(String[] lines) {
        List<int[]> blocks = new ArrayList<>();
        int start = -1;
        boolean fence = false;
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length;
            if (!end) {
                String t = lines[i].strip();
                if (t.startsWith("```") || t.startsWith("~~~")) {
                    fence = !fence;
                }
                if (start < 0 && !Lines.isBlank(lines[i])) {
                    start = i;
                }
                if (start >= 0 && !fence && Lines.isBlank(lines[i])) {
                    blocks.add(new int[] {start, i});
                    start = -1;
                } else if (start >= 0 && !fence && t.startsWith("#") && i > start) {
                    // a heading starts its own block
                    blocks.add(new int[] {start, i});
                    start = i;
                }
            } else if (start >= 0) {
                blocks.add(new int[] {start, i});
            }
        }
        return blocks;
    }

    static CompressionResult select(String text, int losslessLength, CompressionContext context, String strategy,
                                   RelevanceScorer scorer) {
        String[] lines = Lines.split(text);
        List<int[]> blocks = blocks(lines);
        if (blocks.isEmpty()) {
            return CompressionResult.unchanged(text);
        }
        int budget = context.settings().maxLines();
        boolean[] keep = new boolean[blocks.size()];
        int[] headingOf = new int[blocks.size()];
        int heading = -1;
        int lead = -1;
        for (int b = 0; b < blocks.size(); b++) {
            headingOf[b] = heading;
            if (isHeading(lines, blocks.get(b))) {
                heading = b;
            } else if (lead < 0) {
                lead = b;
            }
        }
        int used = take(blocks, keep, 0, 0, Integer.MAX_VALUE);
        if (lead > 0) {
            used = take(blocks, keep, lead, used, Integer.MAX_VALUE);
        }
        for (int b : order(lines, blocks, context.query(), scorer, context.budget())) {
            if (!keep[b] && used + size(blocks, b) + (headingOf[b] >= 0 && !keep[headingOf[b]] ? 1 : 0) <= budget) {
                used = take(blocks, keep, b, used, budget);
                if (headingOf[b] >= 0) {
                    used = take(blocks, keep, headingOf[b], used, budget);
                }
            }
        }
        boolean[] quoted = quotedLines(lines, context.query(), Math.max(1, budget / 3), context.budget());
        String nl = Lines.newline(text);
        StringBuilder out = new StringBuilder();
        int omitted = 0;
        int run = 0;
        for (int b = 0; b < blocks.size(); b++) {
            int[] r = blocks.get(b);
            if (keep[b]) {
                flush(out, run, nl, true);
                run = 0;
                out.append(join(lines, r, nl)).append(nl).append(nl);
                continue;
            }
            boolean partial = false;
            for (int i = r[0]; i < r[1] && !partial; i++) {
                partial = quoted[i];
            }
            if (partial) { // the omitted paragraphs before it are counted apart from its own omitted lines
                flush(out, run, nl, true);
                run = 0;
            }
            for (int i = r[0]; i < r[1]; i++) {
                if (quoted[i]) {
                    flush(out, run, nl, false);
                    run = 0;
                    out.append(lines[i]).append(nl);
                } else {
                    run++;
                    omitted++;
                }
            }
            if (partial && run == 0) {
                out.append(nl);
            }
        }
        flush(out, run, nl, true);
        if (omitted == 0) {
            return CompressionResult.unchanged(text);
        }
        int total = 0;
        for (int[] r : blocks) {
            total += r[1] - r[0];
        }
        out.append(Disclosure.line(omitted, total, "lines", "paragraphs less relevant to the request", context.handle()));
        return CompressionResult.lossy(out.toString(), losslessLength, omitted, strategy);
    }

    /** {@code [… N lines omitted]} for a run of omitted lines, with a blank line after it at a paragraph end. */
    private static void flush(StringBuilder out, int run, String nl, boolean paragraphEnd) {
        if (run > 0) {
            out.append("[… ").append(run).append(" lines omitted]").append(nl);
            if (paragraphEnd) {
                out.append(nl);
            }
        }
    }

    /** The lines the query quotes or names (see the class comment); none without a query. */
    private static boolean[] quotedLines(String[] lines, String query, int limit, WorkBudget work) {
        boolean[] quoted = new boolean[lines.length];
        if (query.isBlank()) {
            return quoted;
        }
        for (int i : Bm25.index(java.util.Arrays.asList(lines), work).matches(query, limit, LINE_SHARE_OF_BEST, LINE_MIN_COVERAGE)) {
            quoted[i] = !Lines.isBlank(lines[i]);
        }
        return quoted;
    }

    /**
     * The heading lines, ascending: Markdown headings ({@code # ...} alone in their block, outside code fences) and
     * man-page section titles (a short line of capitals at the margin after a blank line: {@code DESCRIPTION}).
     */
    static int[] headings(String[] lines) {
        List<int[]> blocks = blocks(lines);
        int[] found = new int[blocks.size()];
        int n = 0;
        for (int[] block : blocks) {
            if (isHeading(lines, block) || isSectionTitle(lines, block[0])) {
                found[n++] = block[0];
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    private static boolean isSectionTitle(String[] lines, int i) {
        String line = lines[i];
        if (line.isEmpty() || line.length() > 60 || !CharClass.isUpperCase(line.charAt(0))
                || (i > 0 && !Lines.isBlank(lines[i - 1]))) {
            return false;
        }
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (!(CharClass.isUpperCase(c) || c == ' ' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeading(String[] lines, int[] block) {
        return block[1] - block[0] == 1 && lines[block[0]].strip().startsWith("#");
    }

    private static int size(List<int[]> blocks, int b) {
        return blocks.get(b)[1] - blocks.get(b)[0];
    }

    /** Keeps block {@code b} when it fits the budget; returns the lines used. */
    private static int take(List<int[]> blocks, boolean[] keep, int b, int used, int budget) {
        if (keep[b] || used + size(blocks, b) > budget) {
            return used;
        }
        keep[b] = true;
        return used + size(blocks, b);
    }

    /** Paragraph indexes, best first: by BM25 score against the query, then by position. */
    private static int[] order(String[] lines, List<int[]> blocks, String query, RelevanceScorer scorer,
                               WorkBudget work) {
        int n = blocks.size();
        Integer[] idx = new Integer[n];
        for (int b = 0; b < n; b++) {
            idx[b] = b;
        }
        if (!query.isBlank()) {
            List<String> docs = new ArrayList<>(n);
            for (int[] r : blocks) {
                docs.add(join(lines, r, "\n"));
            }
            double[] scores = scorer.scores(docs, query, work);
            java.util.Arrays.sort(idx, (a, b) -> {
                int c = Double.compare(scores[b], scores[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
        }
        int[] result = new int[n];
        for (int b = 0; b < n; b++) {
            result[b] = idx[b];
        }
        return result;
    }

    private static String join(String[] lines, int[] range, String nl) {
        StringBuilder sb = new StringBuilder();
        for (int i = range[0]; i < range[1]; i++) {
            if (i > range[0]) {
                sb.append(nl);
            }
            sb.append(lines[i]);
        }
        return sb.toString();
    }
}
