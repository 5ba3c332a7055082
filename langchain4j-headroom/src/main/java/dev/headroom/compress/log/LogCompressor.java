package dev.headroom.compress.log;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.LineCompressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.Lines;
import dev.headroom.relevance.RelevanceScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compresses logs by template. Design:
 * <ol>
 *   <li><b>Records.</b> Lines are grouped into records: a head line plus its continuation lines (stack
 *       frames, {@code Caused by:}, Python tracebacks, indented or unstamped lines after a stamped one).</li>
 *   <li><b>Templates.</b> Each record's head is reduced to a template (numbers, ids, hex, IPs, paths and
 *       timestamps masked; see {@link Templates}); records with the same template are "the same message".</li>
 *   <li><b>Selection.</b> Kept, as whole original records: the first occurrence of every ERROR/FATAL
 *       template and of every template whose record carries an exception, the first occurrence of every
 *       WARN template, the first and the last record, and (when the query context is set) the records
 *       that match it best by BM25, up to {@link CompressionSettings#maxLines()}. Problem templates are
 *       never dropped for budget. Stack traces of kept records are trimmed to their messages and first
 *       frames, with a {@code ... N more} line.</li>
 *   <li><b>Summary.</b> Everything else collapses into counts: one disclosure line (omitted lines by
 *       level, the handle) and one line listing the most repeated templates as {@code count× template}.</li>
 * </ol>
 * Logs of at most {@code maxLines} lines pass through unchanged.
 *
 * <p>Stateless, thread-safe and deterministic: the output depends only on the content and the context
 * (ties break by position; no hash-map order reaches the output).
 */
public final class LogCompressor extends LineCompressor {

    /** Stack frames kept at the start of each run of frames (innermost calls for Java, JS, Go). */
    static final int FRAMES_KEPT = 3;
    /** Python prints the innermost call last, so its runs keep this many frames from the end. */
    static final int PYTHON_FRAMES_KEPT = 2;
    /** At most this many continuation lines are printed for one kept record. */
    static final int TRACE_LINES_MAX = 24;
    /** How many repeated templates the summary line lists. */
    static final int SUMMARY_TEMPLATES = 8;
    /** Templates longer than this are cut in the summary. */
    static final int TEMPLATE_CHARS = 96;

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
        Records records = Records.parse(lines);
        int count = records.size();
        boolean[] keep = new boolean[count];
        int templates = records.templateCount();
        boolean[] templateShown = new boolean[templates];
        for (int t = 0; t < templates; t++) {
            LogLevel level = records.templateLevel(t);
            if (level != null && level.isProblem()) {
                keep[records.templateFirst(t)] = true;
                templateShown[t] = true;
            }
        }
        keep[0] = true;
        keep[count - 1] = true;
        String query = context.query();
        if (!query.isBlank()) {
            int kept = 0;
            for (boolean k : keep) {
                kept += k ? 1 : 0;
            }
            int room = Math.max(settings.maxLines() / 4, settings.maxLines() - kept);
            List<String> heads = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                heads.add(lines[records.start(r)]);
            }
            for (int r : scorer.top(heads, query, room)) {
                keep[r] = true;
            }
        }
        return render(content, lines, records, keep, context.handle());
    }

    /**
     * The template a line belongs to: its message from the level token on (stamps, hosts and node ids
     * before the level only vary), with numbers, ids, hex, IPs and paths masked as {@code *}. Two lines
     * with the same key are "the same message" to this compressor.
     */
    public static String templateKey(String line) {
        return Templates.of(line, Math.max(0, LogLevel.position(line)));
    }

    /** Units for query retrieval: whole records (a line with its stack trace). */
    @Override
    public List<String> units(String content) {
        String[] lines = Lines.split(content);
        Records records = Records.parse(lines);
        List<String> units = new ArrayList<>(records.size());
        for (int r = 0; r < records.size(); r++) {
            units.add(String.join("\n", Arrays.asList(lines).subList(records.start(r), records.end(r))));
        }
        return units;
    }

    private static CompressionResult render(String content, String[] lines, Records records, boolean[] keep,
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
            int trimmed = appendTrace(lines, start + 1, end, out, nl);
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

    /**
     * Appends the continuation lines {@code [from, to)} of a kept record, trimming runs of stack frames;
     * returns how many lines were left out.
     */
    static int appendTrace(String[] lines, int from, int to, StringBuilder out, String nl) {
        int end = to;
        while (end > from && Lines.isBlank(lines[end - 1])) {
            end--;
        }
        int total = end - from;
        if (total <= FRAMES_KEPT + 2) {
            for (int i = from; i < end; i++) {
                out.append(lines[i]).append(nl);
            }
            return to - end;
        }
        int printed = 0;
        int left = to - end;
        boolean python = false;
        int i = from;
        while (i < end) {
            String line = lines[i];
            if (LogSyntax.isTraceStart(line)) {
                python = true;
            } else if (LogSyntax.isChainLine(line)) {
                python = line.contains("During handling") || line.contains("direct cause");
            }
            if (!LogSyntax.isFrame(line)) {
                if (printed < TRACE_LINES_MAX) {
                    out.append(line).append(nl);
                    printed++;
                } else {
                    left++;
                }
                i++;
                continue;
            }
            int runEnd = frameRunEnd(lines, i, end);
            int frames = runEnd - i;
            int keepHead = python ? 0 : FRAMES_KEPT;
            int keepTail = python ? frameTail(lines, i, runEnd) : 0;
            if (frames <= keepHead + keepTail + 1) {
                keepHead = frames;
                keepTail = 0;
            }
            for (int k = i; k < i + keepHead && printed < TRACE_LINES_MAX; k++, printed++) {
                out.append(lines[k]).append(nl);
            }
            int skipped = frames - keepHead - keepTail;
            if (skipped > 0) {
                out.append(indentOf(lines[i])).append("... ").append(skipped).append(" more lines (headroom)").append(nl);
                left += skipped;
            }
            for (int k = runEnd - keepTail; k < runEnd; k++) {
                if (printed < TRACE_LINES_MAX) {
                    out.append(lines[k]).append(nl);
                    printed++;
                } else {
                    left++;
                }
            }
            i = runEnd;
        }
        return left;
    }

    /** A run of frames: frame lines plus the deeper-indented source lines Python prints under them. */
    private static int frameRunEnd(String[] lines, int from, int end) {
        int i = from;
        int frameIndent = LogSyntax.indentOf(lines[from]);
        while (i < end) {
            String line = lines[i];
            if (LogSyntax.isFrame(line) || (LogSyntax.indentOf(line) > frameIndent && !Lines.isBlank(line))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** How many lines make the last {@link #PYTHON_FRAMES_KEPT} Python frames of a run (with their source lines). */
    private static int frameTail(String[] lines, int from, int runEnd) {
        int frames = 0;
        int k = runEnd;
        while (k > from && frames < PYTHON_FRAMES_KEPT) {
            k--;
            if (LogSyntax.isFrame(lines[k])) {
                frames++;
            }
        }
        return runEnd - k;
    }

    private static String indentOf(String line) {
        return line.substring(0, LogSyntax.indentOf(line));
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
    private static String summary(String[] lines, Records records, int[] omittedByTemplate) {
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
            String head = lines[records.start(records.templateFirst(t))];
            int from = Math.max(0, LogLevel.position(head));
            String template = Templates.of(head, from);
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

    /** The records of a log and their templates; built once per call. */
    static final class Records {
        private final int[] starts;
        private final int[] ends;
        private final LogLevel[] levels;
        private final int[] templateOf;
        private final int size;
        private final int[] templateFirst;
        private final int[] templateOccurrences;
        private final LogLevel[] templateLevel;
        private final int templateCount;

        private Records(int[] starts, int[] ends, LogLevel[] levels, int[] templateOf, int size, int[] first,
                        int[] occurrences, LogLevel[] templateLevel, int templateCount) {
            this.starts = starts;
            this.ends = ends;
            this.levels = levels;
            this.templateOf = templateOf;
            this.size = size;
            this.templateFirst = first;
            this.templateOccurrences = occurrences;
            this.templateLevel = templateLevel;
            this.templateCount = templateCount;
        }

        static Records parse(String[] lines) {
            int n = lines.length;
            int[] starts = new int[n];
            int[] ends = new int[n];
            LogLevel[] levels = new LogLevel[n];
            boolean[] exception = new boolean[n];
            int size = 0;
            int headIndent = 0;
            boolean headStructured = false;
            for (int i = 0; i < n; i++) {
                String line = lines[i];
                LogLevel level = LogLevel.find(line);
                boolean stamped = LogSyntax.startsWithTimestamp(line);
                if (size > 0 && level == null && !stamped && isContinuation(line, headIndent, headStructured)) {
                    ends[size - 1] = i + 1;
                    if (LogSyntax.isExceptionLine(line) || LogSyntax.isTraceStart(line)) {
                        exception[size - 1] = true;
                    }
                    continue;
                }
                starts[size] = i;
                ends[size] = i + 1;
                levels[size] = level;
                exception[size] = LogSyntax.isExceptionLine(line) || LogSyntax.isTraceStart(line);
                headIndent = Lines.indent(line);
                headStructured = level != null || stamped;
                size++;
            }
            Map<String, Integer> ids = new HashMap<>();
            int[] templateOf = new int[size];
            int[] first = new int[size];
            int[] occurrences = new int[size];
            LogLevel[] templateLevel = new LogLevel[size];
            int templates = 0;
            for (int r = 0; r < size; r++) {
                if (exception[r] && (levels[r] == null || levels[r].ordinal() < LogLevel.WARN.ordinal())) {
                    levels[r] = LogLevel.ERROR;
                }
                String key = templateKey(lines[starts[r]]);
                Integer id = ids.get(key);
                if (id == null) {
                    id = templates++;
                    ids.put(key, id);
                    first[id] = r;
                }
                templateOf[r] = id;
                occurrences[id]++;
                LogLevel current = templateLevel[id];
                if (levels[r] != null && (current == null || levels[r].ordinal() > current.ordinal())) {
                    // the representative is the first occurrence at the template's most severe level
                    first[id] = r;
                    templateLevel[id] = levels[r];
                }
            }
            return new Records(starts, ends, levels, templateOf, size, first, occurrences, templateLevel, templates);
        }

        /**
         * A line without level or stamp continues the record above when it is indented deeper than the
         * record's head, belongs to a stack trace, is blank, or follows a stamped/levelled head.
         */
        private static boolean isContinuation(String line, int headIndent, boolean headStructured) {
            if (Lines.isBlank(line) || Lines.indent(line) > headIndent) {
                return true;
            }
            if (LogSyntax.isChainLine(line) || LogSyntax.isTraceStart(line) || LogSyntax.isExceptionLine(line)) {
                return true;
            }
            return headStructured;
        }

        int size() {
            return size;
        }

        int start(int record) {
            return starts[record];
        }

        int end(int record) {
            return ends[record];
        }

        LogLevel level(int record) {
            return levels[record];
        }

        int template(int record) {
            return templateOf[record];
        }

        int templateCount() {
            return templateCount;
        }

        int templateFirst(int template) {
            return templateFirst[template];
        }

        int templateOccurrences(int template) {
            return templateOccurrences[template];
        }

        LogLevel templateLevel(int template) {
            return templateLevel[template];
        }
    }
}
