package dev.headroom.compress.log;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.LineCompressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.Lines;
import dev.headroom.internal.template.Severity;
import dev.headroom.internal.template.Rarity;
import dev.headroom.internal.template.TemplateMiner;
import dev.headroom.internal.template.Templates;
import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.relevance.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compresses logs by template. Design:
 * <ol>
 *   <li><b>Records.</b> Lines are grouped into records: a head line plus its continuation lines (stack
 *       frames, {@code Caused by:}, Python tracebacks, indented or unstamped lines after a stamped one);
 *       see {@link LogRecords}.</li>
 *   <li><b>Templates.</b> Record heads are grouped by template, masking only what varies a lot (ids,
 *       timestamps, addresses, paths, package names, numbers with many values) while low-cardinality fields
 *       (HTTP status, exit code) stay, so a {@code 502} among {@code 200}s is its own template; see
 *       {@link TemplateMiner}.</li>
 *   <li><b>Selection.</b> Kept, as whole original records, in their original order:
 *       <ul>
 *         <li>the first occurrence of every problem template (a level of WARN or worse, an exception or stack
 *             trace, or a problem signal anywhere in the record whatever its level says: see
 *             {@link dev.headroom.internal.template.Severity}), never dropped for budget;</li>
 *         <li>the first occurrence of every <em>rare</em> template (seen once, or in at most 1 in
 *             {@value #RARE_SHARE} records: a template seen once costs as much as its line), up to
 *             {@code maxLines / }{@value #RARE_BUDGET_DIVISOR} within what the problem records leave of
 *             {@code maxLines}, and at least {@code maxLines / }{@value #RARE_MIN_DIVISOR}, and as many
 *             characters as that many lines of median length; when there are more (a log where nearly every
 *             line is unique) the rarest are taken, spread evenly over the log, and the rest counted;</li>
 *         <li>the first and the last record;</li>
 *         <li>records whose number stands far above the rest of their template ({@link dev.headroom.internal.template.NumericOutliers}) or
 *             where a repeated measurement moves to another level ({@link dev.headroom.internal.template.LevelShifts}), each up to
 *             {@code maxLines / }{@value #NUMBERS_DIVISOR};</li>
 *         <li>with a query context, the records that match it best (BM25), up to {@code maxLines}.</li>
 *       </ul>
 *       Stack traces of kept records are trimmed to their messages and first frames, with a
 *       {@code ... N more} line. Kept lines are shown as written: their own timestamps are their location
 *       (no line numbers are added, so a kept line is always an exact line of the original).</li>
 *   <li><b>Summary.</b> Everything else collapses into counts: one disclosure line (omitted lines by
 *       level, the handle) and one line listing the most repeated templates as {@code count× template}.</li>
 * </ol>
 * Logs of at most {@code maxLines} lines pass through unchanged.
 *
 * <p>Stateless, thread-safe and deterministic: the output depends only on the content and the context
 * (ties break by position; no hash-map order reaches the output).
 */
public final class LogCompressor extends LineCompressor {

    /** A record is kept for the question when it holds at least this share of what the best record holds. */
    static final double QUERY_MIN_SHARE = 0.5;
    /** Lines of one template kept for matching the question, unless they hold a name it gives. */
    static final int QUERY_PER_TEMPLATE = 3;
    /** Characters of a record (head first) that the question is matched against. */
    static final int QUERY_TEXT_CHARS = 2_000;
    /** How many repeated templates the summary line lists. */
    static final int SUMMARY_TEMPLATES = 6;
    /** Templates longer than this are cut in the summary. */
    static final int TEMPLATE_CHARS = 96;
    /** A template is rare when it occurs once or in at most one record in this many. */
    static final int RARE_SHARE = 200;
    /** Rare templates shown at most: {@code maxLines} divided by this. */
    static final int RARE_BUDGET_DIVISOR = 8;
    /** Records kept for a number that stands out, and as many for a level that changes: {@code maxLines} divided by this. */
    static final int NUMBERS_DIVISOR = 60;
    /** Rare templates shown at least, however many problem records are shown: {@code maxLines} divided by this. */
    static final int RARE_MIN_DIVISOR = 20;

    private final RelevanceScorer scorer;

    /** Ranks by {@link RelevanceScorer#bm25() BM25}. */
    public LogCompressor() {
        this(RelevanceScorer.bm25());
    }

    /** Ranks records against the query context with the given scorer, e.g. {@link RelevanceScorer#hybrid} over an embedding model. */
    public LogCompressor(RelevanceScorer scorer) {
        super(ContentKind.LOG);
        this.scorer = java.util.Objects.requireNonNull(scorer, "scorer");
    }

    @Override
    protected CompressionResult compressLines(String content, String[] lines, CompressionContext context) {
        CompressionSettings settings = context.settings();
        LogRecords records = LogRecords.parse(lines, context.budget());
        int count = records.size();
        boolean[] keep = new boolean[count];
        for (int f = 0; f < records.families(); f++) {
            if (records.problemRepresentative(f) >= 0) {
                keep[records.problemRepresentative(f)] = true;
                PrefixedDetails.keep(lines, records, records.problemRepresentative(f), keep);
            }
        }
        int templates = records.templateCount();
        int[] occurrences = new int[templates];
        int[] first = new int[templates];
        int[] weight = new int[templates];
        boolean[] candidate = new boolean[templates];
        int rareMax = Math.max(1, count / RARE_SHARE);
        int[] lengths = new int[count];
        for (int r = 0; r < count; r++) {
            lengths[r] = lines[records.start(r)].length() + 1;
        }
        Arrays.sort(lengths);
        int typical = lengths[count / 2];
        for (int t = 0; t < templates; t++) {
            occurrences[t] = records.templateOccurrences(t);
            first[t] = records.representative(t);
            weight[t] = lines[records.start(first[t])].length() + 1;
            candidate[t] = occurrences[t] <= rareMax && !keep[first[t]];
        }
        int kept = 2;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        int rareBudget = Math.max(1, Math.max(settings.maxLines() / RARE_MIN_DIVISOR,
                Math.min(settings.maxLines() / RARE_BUDGET_DIVISOR, settings.maxLines() - kept)));
        long rareChars = (long) typical * rareBudget;
        int[] chosen = Rarity.select(candidate, occurrences, first, weight, rareBudget, rareChars);
        boolean[] showAll = new boolean[templates];
        for (int t : chosen) {
            keep[first[t]] = true;
            showAll[t] = occurrences[t] <= Rarity.SHOW_ALL_MAX;
        }
        for (int r = 0; r < count; r++) {
            int t = records.template(r);
            keep[r] |= showAll[t] && Rarity.differInShortNumber(lines[records.start(first[t])], lines[records.start(r)]);
        }
        StandOutRecords.keep(lines, records, keep, Math.max(1, settings.maxLines() / NUMBERS_DIVISOR), context.budget());
        keep[0] = true;
        keep[count - 1] = true;
        String query = context.query();
        if (!query.isBlank()) {
            kept = 0;
            for (boolean k : keep) {
                kept += k ? 1 : 0;
            }
            int room = Math.max(settings.maxLines() / 4, settings.maxLines() - kept);
            List<String> texts = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                texts.add(queryText(lines, records.start(r), records.end(r)));
            }
            List<String> names = Terms.heldByAtMost(Terms.names(query), texts, room);
            int[] matchedOfTemplate = new int[templates];
            for (int r : scorer.matches(texts, query, room, QUERY_MIN_SHARE, context.budget())) {
                // a question word that many lines of one template hold ("errors": every 404) needs a few of
                // them, not all; a line holding a name the question gives (an id, a path) is always kept
                int t = records.template(r);
                if (matchedOfTemplate[t]++ < QUERY_PER_TEMPLATE || Terms.holdsAny(texts.get(r), names)) {
                    keep[r] = true;
                }
            }
        }
        return render(content, lines, records, keep, context.handle());
    }

    /**
     * What a record is matched against the question by: its head and its first continuation lines (a
     * block log such as apt's history names the packages below a {@code Start-Date:} head), bounded so a
     * long stack trace costs no more than {@value #QUERY_TEXT_CHARS} characters.
     */
    private static String queryText(String[] lines, int start, int end) {
        if (end - start == 1 || lines[start].length() >= QUERY_TEXT_CHARS) {
            return lines[start];
        }
        StringBuilder sb = new StringBuilder(lines[start]);
        for (int i = start + 1; i < end && sb.length() < QUERY_TEXT_CHARS; i++) {
            sb.append('\n').append(lines[i], 0, Math.min(lines[i].length(), QUERY_TEXT_CHARS - sb.length()));
        }
        return sb.toString();
    }

    /**
     * The coarse template of one line, independent of the rest of the log: its message from the level
     * token on (stamps, hosts and node ids before the level only vary), with words containing digits, IPs
     * and paths masked as {@code *}. The compressor's own templates ({@link TemplateMiner}) refine this
     * with what the whole log shows (high-cardinality words masked, low-cardinality numbers kept); this
     * key is for checks that look at one line at a time.
     */
    public static String templateKey(String line) {
        return Templates.of(line, Math.max(0, LogLevel.position(line)));
    }

    /** Units for query retrieval: whole records (a line with its stack trace). */
    @Override
    public List<String> units(String content) {
        String[] lines = Lines.split(content);
        LogRecords records = LogRecords.parse(lines);
        List<String> units = new ArrayList<>(records.size());
        for (int r = 0; r < records.size(); r++) {
            units.add(String.join("\n", Arrays.asList(lines).subList(records.start(r), records.end(r))));
        }
        return units;
    }

    private static CompressionResult render(String content, String[] lines, LogRecords records, boolean[] keep,
                                            String handle) {
        String nl = Lines.newline(content);
        StringBuilder out = new StringBuilder(Math.min(content.length(), 16_384));
        int[] omittedByLevel = new int[LogLevel.values().length + 1];
        int[] omittedByTemplate = new int[records.templateCount()];
        int omittedFrames = 0;
        int omitted = 0;
        for (int r = 0; r < records.size(); r++) {
            int start = records.start(r);
            int end = records.end(r);
            if (!keep[r]) {
                omitted += end - start;
                LogLevel level = records.level(r);
                omittedByLevel[level == null ? LogLevel.values().length : level.ordinal()] += end - start;
                omittedByTemplate[records.template(r)]++;
                continue;
            }
            out.append(lines[start]).append(nl);
            int trimmed = StackTraces.append(lines, start + 1, end, out, nl);
            omittedFrames += trimmed;
            omitted += trimmed;
        }
        if (omitted == 0) {
            return CompressionResult.unchanged(content);
        }
        out.append(Disclosure.line(omitted, lines.length, "lines", what(omittedByLevel, omittedFrames), handle));
        String summary = summary(lines, records, omittedByTemplate);
        if (!summary.isEmpty()) {
            out.append(nl).append(summary);
        }
        return CompressionResult.lossy(out.toString(), content.length(), omitted, "log:templates");
    }

    private static String what(int[] omittedByLevel, int frames) {
        StringBuilder sb = new StringBuilder("repeats of the templates shown or listed below:");
        LogLevel[] levels = LogLevel.values();
        boolean any = false;
        for (int l = levels.length - 1; l >= 0; l--) {
            if (omittedByLevel[l] > 0) {
                sb.append(any ? ", " : " ").append(omittedByLevel[l]).append(' ').append(levels[l]);
                any = true;
            }
        }
        if (omittedByLevel[levels.length] > 0) {
            sb.append(any ? ", " : " ").append(omittedByLevel[levels.length]).append(" other");
        }
        if (frames > 0) {
            sb.append("; ").append(frames).append(" stack-trace lines");
        }
        return sb.toString();
    }

    /** One line: the most repeated omitted templates with their counts, most frequent first. */
    private static String summary(String[] lines, LogRecords records, int[] omittedByTemplate) {
        Integer[] order = new Integer[omittedByTemplate.length];
        int n = 0;
        for (int t = 0; t < omittedByTemplate.length; t++) {
            if (omittedByTemplate[t] > 0) {
                order[n++] = t;
            }
        }
        if (n == 0) {
            return "";
        }
        Integer[] present = Arrays.copyOf(order, n);
        Arrays.sort(present, (a, b) -> {
            int c = Integer.compare(records.templateOccurrences(b), records.templateOccurrences(a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        StringBuilder sb = new StringBuilder("[headroom: templates (* = varying part), count× template:");
        int shown = Math.min(SUMMARY_TEMPLATES, present.length);
        for (int k = 0; k < shown; k++) {
            int t = present[k];
            String template = records.templateText(t);
            if (template.length() > TEMPLATE_CHARS) {
                template = template.substring(0, TEMPLATE_CHARS) + "…";
            }
            sb.append(k == 0 ? " " : " | ").append(records.templateOccurrences(t)).append("× ").append(template);
        }
        if (present.length > shown) {
            sb.append(" | and ").append(present.length - shown).append(" more templates");
        }
        return sb.append(']').toString();
    }
}
