package dev.headroom.compress.log;

import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.Lines;
import dev.headroom.internal.template.Severity;
import dev.headroom.internal.template.LineTemplates;
import dev.headroom.internal.template.TemplateMiner;
import java.util.Arrays;

/**
 * The records of a log and their templates; built once per call.
 * <ul>
 *   <li>A record is a head line plus its continuation lines: a line with a level, a timestamp or a log
 *       line's shape ({@link LogSyntax#isLogLine}) starts a record; stack frames, {@code Caused by:}, Python
 *       tracebacks, indented lines and unstamped lines after a stamped head continue it.</li>
 *   <li>Templates come from {@link TemplateMiner} over the heads, each read from its message start
 *       ({@link LogSyntax#messageStart(String, int)}: the timestamp before it only varies).</li>
 *   <li>A record is a problem when its level is WARN or worse, or any of its lines carries an exception,
 *       a stack trace or a problem signal ({@link Severity}) whatever its level word says; such a record
 *       counts as ERROR when its level says less. A template is a problem when any of its records is; its
 *       representative is its first record at its most severe level. Problems are shown once per template
 *       family (templates that differ only by a low-cardinality number, such as {@code 500} and {@code 503}):
 *       the other members stay eligible as rare templates.</li>
 * </ul>
 */
final class LogRecords {

    private final int[] starts;
    private final int[] ends;
    private final LogLevel[] levels;
    private final boolean[] problem;
    private final int size;
    private final LineTemplates templates;
    private final int[] representative;
    private final int[] problemRepresentative;

    private LogRecords(int[] starts, int[] ends, LogLevel[] levels, boolean[] problem, int size,
                       LineTemplates templates, int[] representative,
                       int[] problemRepresentative) {
        this.starts = starts;
        this.ends = ends;
        this.levels = levels;
        this.problem = problem;
        this.size = size;
        this.templates = templates;
        this.representative = representative;
        this.problemRepresentative = problemRepresentative;
    }

    static LogRecords parse(String[] lines) {
        return parse(lines, WorkBudget.unlimited());
    }

    /** The records of {@code lines}; the template miner charges {@code budget}. */
    static LogRecords parse(String[] lines, WorkBudget budget) {
        int n = lines.length;
        int[] starts = new int[n];
        int[] ends = new int[n];
        LogLevel[] levels = new LogLevel[n];
        boolean[] problem = new boolean[n];
        boolean[] signal = new boolean[n];
        int[] levelPositions = new int[n];
        int size = 0;
        int headIndent = 0;
        boolean headStructured = false;
        for (int i = 0; i < n; i++) {
            String line = lines[i];
            // where the level token starts, read once for the level and for a head's message start
            int levelAt = LogSyntax.isKlogHeader(line) ? -1 : LogLevel.position(line);
            LogLevel level = LogLevel.find(line, levelAt);
            boolean stamped = level == null && LogSyntax.hasLogShape(line);
            boolean exception = TraceSyntax.isExceptionLine(line) || TraceSyntax.isTraceStart(line);
            // a line at WARN or worse heads a problem record by its level: what its words report changes nothing
            boolean reportsProblem = (level == null || !level.isProblem()) && Severity.isProblem(line);
            if (size > 0 && level == null && !stamped && isContinuation(line, exception, reportsProblem, headIndent, headStructured)) {
                ends[size - 1] = i + 1;
                signal[size - 1] |= exception || reportsProblem;
                continue;
            }
            starts[size] = i;
            ends[size] = i + 1;
            levels[size] = level;
            levelPositions[size] = levelAt;
            signal[size] = exception || reportsProblem;
            headIndent = Lines.indent(line);
            headStructured = level != null || stamped;
            size++;
        }
        String[] heads = new String[size];
        int[] from = new int[size];
        for (int r = 0; r < size; r++) {
            heads[r] = lines[starts[r]];
            from[r] = LogSyntax.messageStart(heads[r], levelPositions[r]);
            if (signal[r] && (levels[r] == null || levels[r].ordinal() < LogLevel.WARN.ordinal())) {
                levels[r] = LogLevel.ERROR;
            }
            problem[r] = levels[r] != null && levels[r].isProblem();
        }
        LineTemplates templates = TemplateMiner.mine(heads, from, budget);
        int count = templates.count();
        int[] representative = new int[count];
        LogLevel[] worst = new LogLevel[count];
        for (int t = 0; t < count; t++) {
            representative[t] = templates.first(t);
        }
        for (int r = 0; r < size; r++) {
            int t = templates.templateOf(r);
            if (levels[r] != null && (worst[t] == null || levels[r].ordinal() > worst[t].ordinal())) {
                worst[t] = levels[r];
                representative[t] = r;
            }
        }
        int families = templates.families();
        int[] familyRepresentative = new int[families];
        Arrays.fill(familyRepresentative, -1);
        LogLevel[] familyWorst = new LogLevel[families];
        for (int r = 0; r < size; r++) {
            int f = templates.family(templates.templateOf(r));
            if (problem[r] && (familyRepresentative[f] < 0 || levels[r].ordinal() > familyWorst[f].ordinal())) {
                familyRepresentative[f] = r;
                familyWorst[f] = levels[r];
            }
        }
        return new LogRecords(starts, ends, levels, problem, size, templates, representative, familyRepresentative);
    }

    /**
     * A line without level or stamp continues the record above when it is indented deeper than the
     * record's head, belongs to a stack trace, is blank, or follows a stamped/levelled head.
     */
    private static boolean isContinuation(String line, boolean exception, boolean problem, int headIndent,
                                          boolean headStructured) {
        if (Lines.isBlank(line) || Lines.indent(line) > headIndent) {
            return true;
        }
        if (exception || TraceSyntax.isChainLine(line)) {
            return true;
        }
        // An unstamped line at the head's indent that reports a problem of its own ("Failed to open
        // connection ..." after an installer's progress line) heads its own record, so it is judged, and
        // kept, as a problem rather than hidden as the tail of a routine record.
        return headStructured && !problem;
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

    boolean problem(int record) {
        return problem[record];
    }

    int template(int record) {
        return templates.templateOf(record);
    }

    int templateCount() {
        return templates.count();
    }

    /** The record shown for a template: its first record at its most severe level. */
    int representative(int template) {
        return representative[template];
    }

    /** How many template families there are (templates that differ only by low-cardinality number fields). */
    int families() {
        return templates.families();
    }

    /** The family of a template. */
    int family(int template) {
        return templates.family(template);
    }

    /** The problem record shown for a family (its first at its most severe level), or -1 when it has none. */
    int problemRepresentative(int family) {
        return problemRepresentative[family];
    }

    int templateOccurrences(int template) {
        return templates.occurrences(template);
    }

    String templateText(int template) {
        return templates.template(template);
    }
}
