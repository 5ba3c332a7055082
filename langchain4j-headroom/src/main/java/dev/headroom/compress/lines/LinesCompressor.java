package dev.headroom.compress.lines;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.LineCompressor;
import dev.headroom.compress.Lines;
import dev.headroom.internal.template.LevelShifts;
import dev.headroom.internal.template.NumericOutliers;
import dev.headroom.internal.template.Rarity;
import dev.headroom.internal.template.Severity;
import dev.headroom.internal.template.LineTemplates;
import dev.headroom.internal.template.TemplateMiner;
import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.relevance.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The generic treatment for line-oriented output no other compressor recognises ({@code git log --stat},
 * dependency trees, tool-specific listings): nothing line-oriented passes through whole only because it
 * is unrecognised. Design:
 * <ol>
 *   <li><b>Templates.</b> Lines are grouped by {@link TemplateMiner} (high-cardinality parts masked,
 *       low-cardinality numbers kept).</li>
 *   <li><b>Selection</b>, in this order, whole lines as written:
 *       the first {@value #HEAD} lines (headers, the command's first answer) and the last line (totals);
 *       the first line of every template family with a problem signal ({@link Severity}) — every line
 *       when the family has at most {@value #FEW_PROBLEMS} — never dropped for budget, with the indented lines that continue it (up to {@value #CONTINUATION_LINES}) or that it announces with a colon; the runs of changed lines of marked-change output ({@link ChangeLines}); with a query context, the lines that match it (BM25, at least half as much of it as the
 *       best line; a small record holding one whole, see {@link RecordHeads}); the first line not yet kept of every
 *       <em>rare</em> template (seen once or in at most 1 line in {@value #RARE_SHARE}), within a budget
 *       ({@link Rarity}), also with its continuation; lines whose number stands far above the rest of their template
 *       ({@link NumericOutliers}, at most a tenth of {@code maxLines}); lines where a repeated measurement moves to
 *       another level and stays there ({@link LevelShifts}, as many); the head line of the record ({@code commit …}) of every line kept so far, so each
 *       says where it belongs; then one representative (its first line) per template, most frequent first,
 *       while fewer than {@code maxLines} lines are kept.</li>
 *   <li><b>Output.</b> Kept lines in their original order; each run of omitted lines becomes one note
 *       with its line numbers (a run of blank lines is kept as it is) ({@code … 329 lines (12-340)}), so every kept line has a stable location
 *       without being changed; then the disclosure with the handle and the most repeated omitted templates
 *       with their counts.</li>
 * </ol>
 * Output of at most {@code maxLines} lines passes through unchanged. Stateless, thread-safe and
 * deterministic (ties break by position).
 */
public final class LinesCompressor extends LineCompressor {

    /** Lines a shown problem line ending with a colon announces, kept with it. */
    static final int ANNOUNCED_LINES = 2;
    /** Lines kept from the start. */
    static final int HEAD = 2;
    /** A template is rare when it occurs once or in at most one line in this many. */
    static final int RARE_SHARE = 200;
    /** Lines that match at least this share of what the best-matching line matches of the question (as logs do). */
    static final double QUERY_MIN_SHARE = 0.5;
    /** Lines of one template kept for matching the question, unless they hold a name it gives. */
    static final int QUERY_PER_TEMPLATE = 3;
    /** Lines matching the question within records that stand out: at most {@code maxLines} divided by this. */
    static final int NOTABLE_QUERY_DIVISOR = 6;
    /** A family with at most this many problem lines has every one shown, not only its first. */
    static final int FEW_PROBLEMS = 3;
    /** Indented lines kept after a line that matches the question (a linter's source excerpt under its finding). */
    static final int QUERY_CONTINUATION_LINES = 2;
    /** Indented lines kept after a shown problem or rare line (its details). */
    static final int CONTINUATION_LINES = 6;
    /** How many repeated templates the summary line lists. */
    static final int SUMMARY_TEMPLATES = 8;
    /** Templates longer than this are cut in the summary. */
    static final int TEMPLATE_CHARS = 96;

    private final RelevanceScorer scorer;

    /** Ranks by {@link RelevanceScorer#bm25() BM25}. */
    public LinesCompressor() {
        this(RelevanceScorer.bm25());
    }

    /** Ranks lines against the query context with the given scorer. */
    public LinesCompressor(RelevanceScorer scorer) {
        super(ContentKind.LINES);
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    @Override
    protected CompressionResult compressLines(String content, String[] lines, CompressionContext context) {
        CompressionSettings settings = context.settings();
        int n = lines.length;
        int maxLines = settings.maxLines();
        LineTemplates mined = TemplateMiner.mine(lines, new int[n], context.budget());
        boolean[] keep = new boolean[n];
        for (int i = 0; i < Math.min(HEAD, n); i++) {
            keep[i] = true;
        }
        keep[n - 1] = true;
        boolean[] problem = new boolean[n];
        int[] problemsOfFamily = new int[mined.families()];
        for (int i = 0; i < n; i++) {
            problem[i] = Severity.isProblem(lines[i]);
            problemsOfFamily[mined.family(mined.templateOf(i))] += problem[i] ? 1 : 0;
        }
        boolean[] familyShown = new boolean[mined.families()];
        for (int i = 0; i < n; i++) {
            int family = mined.family(mined.templateOf(i));
            // "2 error(s) found": when a family has only a few problems, each is an answer, not a repeat
            if (problem[i] && (!familyShown[family] || problemsOfFamily[family] <= FEW_PROBLEMS)) {
                keep[i] = true;
                TraceLines.keepContinuation(lines, i, keep, CONTINUATION_LINES);
                TraceLines.keepFirstApplicationFrame(lines, i, keep);
                TraceLines.keepIntroduction(lines, i, keep);
                TraceLines.keepAnnounced(lines, i, keep, ANNOUNCED_LINES);
                TraceLines.keepParents(lines, i, keep);
                familyShown[family] = true;
            }
        }
        ChangeLines.keep(lines, keep, maxLines / 2);
        int[] heads = RecordHeads.of(lines, mined);
        String query = context.query();
        boolean[] beforeQuery = keep.clone();
        if (!query.isBlank()) {
            int room = Math.max(maxLines / 4, maxLines - count(keep));
            List<String> names = Terms.heldByAtMost(Terms.names(query), Arrays.asList(lines), room);
            int[] matchedOfTemplate = new int[mined.count()];
            for (int i : scorer.matches(Arrays.asList(lines), query, room, QUERY_MIN_SHARE, context.budget())) {
                // as in logs: a few lines per template for a question word, every line holding a name it gives
                boolean named = Terms.holdsAny(lines[i], names);
                if (matchedOfTemplate[mined.templateOf(i)]++ < QUERY_PER_TEMPLATE || named) {
                    keep[i] = true;
                    RecordHeads.keepRecordOf(lines, heads, i, keep, named);
                    TraceLines.keepContinuation(lines, i, keep, QUERY_CONTINUATION_LINES);
                }
            }
            String asked = context.userMessage() == null || context.userMessage().isBlank() ? query : context.userMessage();
            NamedRecords.keepAnswers(lines, heads, keep, asked, names, scorer, context.budget());
        }
        boolean[] afterQuery = keep.clone();
        selectRare(lines, mined, keep, maxLines);
        for (int i : NumericOutliers.of(lines, mined, Math.max(3, maxLines / 10), context.budget())) {
            keep[i] = true;
        }
        for (int i : LevelShifts.of(lines, mined, Math.max(3, maxLines / 10), context.budget())) {
            keep[i] = true;
        }
        if (!query.isBlank()) {
            NotableRecords.keepQueryMatches(lines, heads, beforeQuery, afterQuery, keep, query,
                    Math.max(1, maxLines / NOTABLE_QUERY_DIVISOR), scorer, context.budget());
        }
        RecordHeads.keepHeadsOfKept(lines, heads, keep);
        ColumnTree.keepParents(lines, keep);
        selectRepresentatives(lines, mined, keep, maxLines);
        return render(content, lines, mined, keep, context.handle());
    }

    private static void selectRare(String[] lines, LineTemplates mined, boolean[] keep, int maxLines) {
        int templates = mined.count();
        int n = lines.length;
        int rareMax = Math.max(1, n / RARE_SHARE);
        int[] occurrences = new int[templates];
        int[] weight = new int[templates];
        boolean[] candidate = new boolean[templates];
        int[] first = Rarity.firstNotKept(mined, keep);
        for (int t = 0; t < templates; t++) {
            occurrences[t] = mined.occurrences(t);
            candidate[t] = occurrences[t] <= rareMax && first[t] >= 0 && !Lines.isBlank(lines[first[t]]);
            first[t] = first[t] < 0 ? mined.first(t) : first[t];
            weight[t] = lines[first[t]].length() + 1;
        }
        int budget = Math.max(1, Math.max(maxLines / 10, Math.min(maxLines / 4, maxLines - count(keep))));
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            lengths[i] = lines[i].length() + 1;
        }
        Arrays.sort(lengths);
        boolean[] showAll = new boolean[templates];
        for (int t : Rarity.select(candidate, occurrences, first, weight, budget, (long) lengths[n / 2] * budget)) {
            keep[first[t]] = true;
            TraceLines.keepContinuation(lines, first[t], keep, CONTINUATION_LINES);
            showAll[t] = occurrences[t] <= Rarity.SHOW_ALL_MAX;
        }
        for (int i = 0; i < n; i++) {
            int t = mined.templateOf(i);
            keep[i] |= showAll[t] && Rarity.differInShortNumber(lines[first[t]], lines[i]);
        }
    }

    /** One line per template, most frequent first, while the budget allows. */
    private static void selectRepresentatives(String[] lines, LineTemplates mined, boolean[] keep, int maxLines) {
        int templates = mined.count();
        boolean[] represented = new boolean[templates];
        for (int i = 0; i < lines.length; i++) {
            if (keep[i]) {
                represented[mined.templateOf(i)] = true;
            }
        }
        Integer[] order = new Integer[templates];
        for (int t = 0; t < templates; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> mined.occurrences(a) != mined.occurrences(b)
                ? Integer.compare(mined.occurrences(b), mined.occurrences(a)) : Integer.compare(a, b));
        int kept = count(keep);
        for (int t : order) {
            if (kept >= maxLines) {
                break;
            }
            int first = mined.first(t);
            if (!represented[t] && !Lines.isBlank(lines[first])) {
                keep[first] = true;
                represented[t] = true;
                kept++;
            }
        }
    }

    private static CompressionResult render(String content, String[] lines, LineTemplates mined, boolean[] keep,
                                            String handle) {
        String nl = Lines.newline(content);
        StringBuilder out = new StringBuilder(Math.min(content.length(), 16_384));
        int[] omittedByTemplate = new int[mined.count()];
        int omitted = 0;
        int n = lines.length;
        int i = 0;
        while (i < n) {
            if (keep[i]) {
                out.append(lines[i]).append(nl);
                i++;
                continue;
            }
            int start = i;
            boolean blank = true;
            while (i < n && !keep[i]) {
                blank &= Lines.isBlank(lines[i]);
                i++;
            }
            if (blank) {
                // a run of blank lines costs less as itself than as a note
                for (int k = start; k < i; k++) {
                    out.append(lines[k]).append(nl);
                }
                continue;
            }
            for (int k = start; k < i; k++) {
                omittedByTemplate[mined.templateOf(k)]++;
            }
            omitted += i - start;
            out.append("… ").append(i - start).append(i - start == 1 ? " line (" : " lines (").append(start + 1);
            if (i - start > 1) {
                out.append('-').append(i);
            }
            out.append(')').append(nl);
        }
        if (omitted == 0) {
            return CompressionResult.unchanged(content);
        }
        out.append(Disclosure.line(omitted, n, "lines", "runs marked … with their line numbers; templates below", handle));
        String summary = summary(mined, omittedByTemplate, lines);
        if (!summary.isEmpty()) {
            out.append(nl).append(summary);
        }
        return CompressionResult.lossy(out.toString(), content.length(), omitted, "lines:templates");
    }

    /** One line: the most repeated omitted templates with their counts in the whole output, most frequent first. */
    private static String summary(LineTemplates mined, int[] omittedByTemplate, String[] lines) {
        List<Integer> present = new ArrayList<>();
        for (int t = 0; t < omittedByTemplate.length; t++) {
            if (omittedByTemplate[t] > 0 && !Lines.isBlank(lines[mined.first(t)])) {
                present.add(t);
            }
        }
        if (present.isEmpty()) {
            return "";
        }
        present.sort((a, b) -> mined.occurrences(a) != mined.occurrences(b)
                ? Integer.compare(mined.occurrences(b), mined.occurrences(a)) : Integer.compare(a, b));
        StringBuilder sb = new StringBuilder("[headroom: templates (* = varying part), count× template:");
        int shown = Math.min(SUMMARY_TEMPLATES, present.size());
        for (int k = 0; k < shown; k++) {
            int t = present.get(k);
            String template = mined.template(t);
            if (template.length() > TEMPLATE_CHARS) {
                template = template.substring(0, TEMPLATE_CHARS) + "…";
            }
            sb.append(k == 0 ? " " : " | ").append(mined.occurrences(t)).append("× ").append(template);
        }
        if (present.size() > shown) {
            sb.append(" | and ").append(present.size() - shown).append(" more templates");
        }
        return sb.append(']').toString();
    }

    private static int count(boolean[] keep) {
        int c = 0;
        for (boolean k : keep) {
            c += k ? 1 : 0;
        }
        return c;
    }
}
