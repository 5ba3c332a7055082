package dev.headroom.compress.table;

import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.LineCompressor;
import dev.headroom.compress.Lines;
import dev.headroom.relevance.RelevanceScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compresses tables: CSV/TSV, aligned columns ({@code kubectl get}, {@code docker ps}, {@code ps aux},
 * {@code df}, {@code netstat}), psql/mysql box tables and listings ({@code ls -l}, {@code ls -laR},
 * {@code dpkg -l}). The header is kept, rare and abnormal rows are shown verbatim, routine rows are
 * counted:
 * <ol>
 *   <li><b>Parse</b> ({@link TableParser}): records (a CSV record may span quoted line breaks) and the
 *       structural lines around them (header, rules, footers, {@code total N}, directory lines).</li>
 *   <li><b>Select</b> ({@link RowSelector}): first and last rows, rare categorical values, numeric
 *       outliers, problem rows, irregular rows, rows matching the question.</li>
 *   <li><b>Render</b>: the kept records as whole original lines in their original order, each with the
 *       structural lines of its section (so a kept row keeps its header or directory line), the preamble
 *       and the trailing lines (footers) always; then one disclosure line and a summary of the omitted
 *       rows by column ({@link TableSummary}). Kept lines are never re-cut, so a CSV stays CSV with its
 *       header first; the notes come last.</li>
 * </ol>
 * Tables of at most {@code maxLines} lines, and content that does not parse as a table, pass through.
 *
 * <p>Retrieval units are records prefixed with their section's header (or directory) line, so a
 * returned row is readable; {@link #join} prints that line once per run of rows under it.
 *
 * <p>Stateless, thread-safe and deterministic.
 */
public final class TableCompressor extends LineCompressor {

    /** The fields of an {@code ls -l} entry judged for rare values and outliers (mode to size). */
    static final int LISTING_JUDGED = 5;

    private final RelevanceScorer scorer;

    /** Matches rows against the query context with BM25 ({@code Bm25.matches}, as JSON items are). */
    public TableCompressor() {
        super(ContentKind.TABLE);
        this.scorer = null;
    }

    /** Ranks rows against the query context with the given scorer, e.g. {@link RelevanceScorer#hybrid}. */
    public TableCompressor(RelevanceScorer scorer) {
        super(ContentKind.TABLE);
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    @Override
    protected CompressionResult compressLines(String content, String[] lines, CompressionContext context) {
        ParsedTable t = TableParser.parse(lines, context.budget());
        if (t == null || t.records() <= RowSelector.HEAD + RowSelector.TAIL) {
            return CompressionResult.unchanged(content);
        }
        List<List<Integer>> bySchema = new ArrayList<>();
        for (int s = 0; s < t.schemaNames.size(); s++) {
            bySchema.add(new ArrayList<>());
        }
        for (int r = 0; r < t.records(); r++) {
            if (!t.irregular(r)) {
                bySchema.get(t.schema(r)).add(r);
            }
        }
        List<List<ColumnStats>> stats = new ArrayList<>();
        for (int s = 0; s < bySchema.size(); s++) {
            List<String> names = t.schemaNames.get(s);
            List<ColumnStats> columns = new ArrayList<>(names.size());
            // an ls -l entry's date and name are not categories: judge mode, links, owner, group and size
            int judged = t.shape.format() == Shape.Format.LISTING ? LISTING_JUDGED : names.size();
            for (int c = 0; c < judged && !bySchema.get(s).isEmpty(); c++) {
                columns.add(ColumnStats.of(t, bySchema.get(s), c, names.get(c)));
            }
            // the name of a listing's entry, when it is a full path (hdfs dfs -ls -R): judged by its shape
            int last = bySchema.get(s).isEmpty() ? -1 : t.cells.get(bySchema.get(s).get(0)).size() - 1;
            if (judged <= last && ColumnStats.isPaths(t, bySchema.get(s), last)) {
                columns.add(ColumnStats.of(t, bySchema.get(s), last, names.get(Math.min(last, names.size() - 1))));
            }
            stats.add(columns);
        }
        int maxLines = context.settings().maxLines();
        RowSelector.Selection selection = RowSelector.select(t, stats, bySchema, context.query(), maxLines, scorer, context.budget());
        return render(content, t, selection, TableSummary.of(t, stats, bySchema, selection.keep), context.handle());
    }

    private static CompressionResult render(String content, ParsedTable t, RowSelector.Selection s, String summary,
                                            String handle) {
        String[] lines = t.lines;
        int records = t.records();
        boolean[] keepLine = new boolean[lines.length];
        boolean[] sectionKept = new boolean[t.sectionStart.size()];
        int omittedRows = 0;
        for (int r = 0; r < records; r++) {
            if (s.keep[r]) {
                sectionKept[t.section.get(r)] = true;
                for (int i = t.start.get(r); i < t.end.get(r); i++) {
                    keepLine[i] = true;
                }
            } else {
                omittedRows++;
            }
        }
        if (omittedRows == 0) {
            return CompressionResult.unchanged(content);
        }
        // structural runs: before the first record of every section with a kept record, and everything after the last record
        int omittedOther = 0;
        int recordIndex = 0;
        for (int sec = 0; sec < sectionKept.length; sec++) {
            while (recordIndex < records && t.section.get(recordIndex) < sec) {
                recordIndex++;
            }
            int from = t.sectionStart.get(sec);
            int to = t.start.get(recordIndex);
            for (int i = from; i < to; i++) {
                keepLine[i] = sectionKept[sec] || sec == 0;
                omittedOther += keepLine[i] || Lines.isBlank(lines[i]) ? 0 : 1;
            }
        }
        for (int i = t.end.get(records - 1); i < lines.length; i++) {
            keepLine[i] = true;
        }
        String nl = Lines.newline(content);
        StringBuilder out = new StringBuilder(Math.min(content.length(), 16_384));
        for (int i = 0; i < lines.length; i++) {
            if (keepLine[i]) {
                out.append(lines[i]).append(nl);
            }
        }
        out.append(Disclosure.line(omittedRows, records, "rows", what(s, omittedOther), handle));
        if (!summary.isEmpty()) {
            out.append(nl).append(summary);
        }
        if (out.length() >= content.length()) {
            return CompressionResult.unchanged(content);
        }
        return CompressionResult.lossy(out.toString(), content.length(), omittedRows, "table:rows");
    }

    private static String what(RowSelector.Selection s, int omittedOther) {
        StringBuilder sb = new StringBuilder("routine rows, counted below; shown: header, first and last rows");
        append(sb, s.rare, "with a rare value");
        append(sb, s.outliers, "with an outlying number");
        append(sb, s.problems, "with problem words");
        append(sb, s.irregular, "not fitting the columns");
        append(sb, s.query, "matching the question");
        if (s.problemsOmitted > 0) {
            sb.append("; ").append(s.problemsOmitted).append(" more rows with problem words omitted");
        }
        if (omittedOther > 0) {
            sb.append("; also ").append(omittedOther).append(" header/directory lines of sections without shown rows");
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, int count, String label) {
        if (count > 0) {
            sb.append(", ").append(count).append(' ').append(label);
        }
    }

    /** Records, each prefixed with its section's header or directory line (when it has one). */
    @Override
    public List<String> units(String content) {
        ParsedTable t = TableParser.parse(Lines.split(content), WorkBudget.unlimited()); // retrieval: no budget
        if (t == null) {
            return content.lines().toList();
        }
        List<String> units = new ArrayList<>(t.records());
        for (int r = 0; r < t.records(); r++) {
            String context = t.context(r);
            units.add(context == null ? t.text(r) : context + "\n" + t.text(r));
        }
        return units;
    }

    /**
     * Joins units by newlines, printing a header or directory line once for each run of units under it
     * (a multi-line unit starts with its context line; see {@link #units}).
     */
    @Override
    public String join(List<String> units) {
        StringBuilder sb = new StringBuilder();
        String context = null;
        for (String unit : units) {
            int nl = unit.indexOf('\n');
            String body = unit;
            if (nl >= 0) {
                String first = unit.substring(0, nl);
                if (first.equals(context)) {
                    body = unit.substring(nl + 1);
                }
                context = first;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(body);
        }
        return sb.toString();
    }
}
