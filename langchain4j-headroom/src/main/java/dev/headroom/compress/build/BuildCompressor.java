package dev.headroom.compress.build;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.LineCompressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.Lines;
import dev.headroom.internal.template.Severity;
import dev.headroom.internal.template.Templates;
import dev.headroom.relevance.Bm25;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compresses build and test-runner output (Maven/Surefire, Gradle, pytest, jest, go test, cargo).
 * Design:
 * <ul>
 *   <li>Each line is classified ({@link BuildLines}): a failure (FAILED/ERROR lines, {@code [ERROR]},
 *       {@code <<< FAILURE!}, {@code --- FAIL}, {@code ✕}, {@code error[E..]}), a summary
 *       ({@code 8 failed, 1234 passed}, {@code Tests run: ...}, {@code BUILD FAILURE}, {@code test result:}),
 *       a section header ({@code ==== FAILURES ====}, {@code ____ test_x ____}), a pass
 *       ({@code PASSED}, {@code --- PASS}, {@code ✓}, {@code > Task :x}), or other.</li>
 *   <li>Failures, summaries and section headers are always kept, as written. The lines that follow one of
 *       them (its message, assertion, traceback) form its body: kept are the first
 *       {@value #BODY_HEAD} lines, every error line ({@code E   ...}, {@code ...Error: ...},
 *       {@code expected ... but was}) with the {@value #BEFORE_ERROR} lines before it, and the last line,
 *       at most {@value #BODY_MAX} lines; a body identical to one already shown is replaced by a note.</li>
 *   <li>Warnings ({@code [WARNING]}, {@code warning:}) by template ({@link Warnings}): the first line of each
 *       distinct template as written, followed by a count of the omitted lines of the same template.</li>
 *   <li>Lines that match the query context ({@link Bm25#matches}, at most half of {@code maxLines}): asked
 *       "which version of jackson-databind is used?", the {@code dependency:tree} line naming it.</li>
 *   <li>The first {@value #PREAMBLE} lines (tool versions, root dir) are kept; passing and other lines
 *       collapse into one note per omitted run, with the number of passing lines in it.</li>
 * </ul>
 * Output of at most {@code maxLines} lines passes through unchanged.
 *
 * <p>Stateless, thread-safe and deterministic.
 */
public final class BuildCompressor extends LineCompressor {

    /** Lines at the start of the output kept as the preamble. */
    static final int PREAMBLE = 5;
    /** First lines of a failure body kept. */
    static final int BODY_HEAD = 3;
    /** Lines kept before each error line of a body (the failing statement). */
    static final int BEFORE_ERROR = 2;
    /** Most lines kept from one body. */
    static final int BODY_MAX = 12;
    /** Indented detail lines kept under a problem line that no runner marker flags. */
    static final int PROBLEM_DETAIL = 4;
    /** A line is kept for the query when it holds query terms worth this much IDF (see {@link Bm25#matches}). */
    static final double QUERY_MIN_COVERAGE = 1.0;
    /** ... and at least this share of what the best-matching line holds. */
    static final double QUERY_SHARE_OF_BEST = 0.5;

    public BuildCompressor() {
        super(ContentKind.BUILD);
    }

    @Override
    protected CompressionResult compressLines(String content, String[] lines, CompressionContext context) {
        CompressionSettings settings = context.settings();
        int n = lines.length;
        byte[] type = new byte[n];
        for (int i = 0; i < n; i++) {
            type[i] = BuildLines.classify(lines[i]);
            // RSpec's pending list numbers its entries as its failures, with a "# reason" under each
            if (i > 0 && type[i - 1] == BuildLines.FAIL && lines[i].strip().startsWith("# ") && BuildLines.isNumbered(lines[i - 1])) {
                type[i - 1] = BuildLines.OTHER;
            }
        }
        boolean[] keep = new boolean[n];
        String[] note = new String[n];
        for (int i = 0; i < Math.min(PREAMBLE, n); i++) {
            keep[i] = type[i] != BuildLines.PASS;
        }
        Set<String> bodiesShown = new HashSet<>();
        int i = 0;
        while (i < n) {
            byte t = type[i];
            if (t == BuildLines.FAIL || t == BuildLines.SUMMARY || t == BuildLines.SECTION) {
                keep[i] = true;
                int end = i + 1;
                while (end < n && type[end] == BuildLines.OTHER) {
                    end++;
                }
                if (end > i + 1) {
                    keepBody(lines, i + 1, end, keep, note, bodiesShown);
                }
                i = end;
            } else {
                i++;
            }
        }
        String[] after = new String[n];
        int unshownWarnings = Warnings.keep(lines, type, keep, after, Math.max(1, settings.maxLines() / 2));
        String query = context.query();
        if (!query.isBlank()) {
            int limit = Math.max(1, settings.maxLines() / 2);
            int[] matches = Bm25.index(Arrays.asList(lines), context.budget()).matches(query, limit + 1, QUERY_SHARE_OF_BEST, QUERY_MIN_COVERAGE);
            // more matching lines than can be shown: the question (often just the command, "mvn test") names
            // nothing in particular, and the first of many equal matches would be an arbitrary pick
            if (matches.length <= limit) {
                for (int k : matches) {
                    keep[k] = true;
                }
            }
        }
        int unshownProblems = keepOtherProblems(lines, type, keep, Math.max(1, settings.maxLines() / 2));
        boolean[] problem = new boolean[n];
        for (int k = 0; k < n; k++) {
            problem[k] = keep[k] && (type[k] == BuildLines.WARN || type[k] == BuildLines.FAIL || Severity.isProblem(lines[k]));
        }
        TreeLines.keepNamedByProblems(lines, problem, keep, Math.max(1, settings.maxLines() / 4));
        TreeLines.keepAncestors(lines, keep);
        boolean[] decoration = new boolean[n];
        for (int k = 0; k < n; k++) {
            decoration[k] = BuildLines.isDecoration(lines[k]);
            keep[k] &= !decoration[k];
        }
        return render(content, lines, type, keep, decoration, note, after, unshownWarnings, unshownProblems, context.handle());
    }


    /**
     * Severity anywhere: a line the runner's own markers do not flag but that reports a problem (a
     * compiler's {@code File.java:88: error: cannot find symbol}, {@code Killed}, {@code exit code 137})
     * is kept with up to {@value #PROBLEM_DETAIL} indented detail lines under it ({@code symbol:},
     * {@code location:}, the caret line), once per template and at most {@code limit} of them; lines
     * already shown as part of a failure's body are not counted again. Returns how many problem lines were
     * not shown (repeats of a shown template, or past the limit), so the disclosure can say so.
     */
    private static int keepOtherProblems(String[] lines, byte[] type, boolean[] keep, int limit) {
        Set<String> shown = new HashSet<>();
        int kept = 0;
        int unshown = 0;
        for (int i = 0; i < lines.length; i++) {
            if (keep[i] || type[i] != BuildLines.OTHER || !Severity.isProblem(lines[i])) {
                continue;
            }
            if (kept >= limit || !shown.add(Templates.of(lines[i], 0))) {
                unshown++;
                continue;
            }
            keep[i] = true;
            kept++;
            int indent = Lines.indent(lines[i]);
            for (int k = i + 1; k < lines.length && k <= i + PROBLEM_DETAIL && type[k] == BuildLines.OTHER
                    && !Lines.isBlank(lines[k]) && Lines.indent(lines[k]) > indent; k++) {
                keep[k] = true;
            }
        }
        return unshown;
    }

    /** Marks the kept lines of a body {@code [from, to)}; a repeated body gets a note instead. */
    private static void keepBody(String[] lines, int from, int to, boolean[] keep, String[] note, Set<String> shown) {
        int end = to;
        while (end > from && Lines.isBlank(lines[end - 1])) {
            end--;
        }
        if (end == from) {
            return;
        }
        String body = String.join("\n", Arrays.asList(lines).subList(from, end));
        if (!shown.add(body)) {
            note[from] = "… " + (end - from) + " lines omitted (same as the output above)";
            return;
        }
        if (end - from <= BODY_MAX) {
            for (int k = from; k < end; k++) {
                keep[k] = !BuildLines.isRuntimeFrame(lines[k]) || k == end - 1;
            }
            return;
        }
        List<Integer> chosen = new ArrayList<>();
        Set<String> errorsShown = new HashSet<>();
        for (int k = from; k < Math.min(end, from + BODY_HEAD); k++) {
            chosen.add(k);
        }
        for (int k = from + BODY_HEAD; k < end; k++) {
            if (BuildLines.isErrorDetail(lines[k]) && errorsShown.add(lines[k].strip())) {
                for (int b = Math.max(from, k - BEFORE_ERROR); b <= k; b++) {
                    chosen.add(b);
                }
            }
        }
        chosen.add(end - 1);
        int count = 0;
        for (int k : chosen.stream().distinct().sorted().toList()) {
            if ((count < BODY_MAX && !BuildLines.isRuntimeFrame(lines[k])) || k == end - 1) {
                keep[k] = true;
                count++;
            }
        }
    }

    private static CompressionResult render(String content, String[] lines, byte[] type, boolean[] keep, boolean[] decoration,
                                            String[] note, String[] after, int unshownWarnings, int unshownProblems, String handle) {
        String nl = Lines.newline(content);
        StringBuilder out = new StringBuilder(Math.min(content.length(), 16_384));
        int omitted = 0;
        int runOmitted = 0;
        int runPassed = 0;
        int runWords = 0;
        int passedTotal = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean kept = i < lines.length && (keep[i] || note[i] != null);
            if ((kept || i == lines.length) && runOmitted > 0 && runWords == 0) {
                runOmitted = 0; // only rules and empty level prefixes: nothing to point at
            }
            if ((kept || i == lines.length) && runOmitted > 0) {
                out.append("… ").append(runOmitted).append(" lines omitted");
                if (runPassed > 0) {
                    out.append(" (").append(runPassed).append(" passing)");
                }
                out.append(nl);
                runOmitted = 0;
                runPassed = 0;
                runWords = 0;
            }
            if (i == lines.length) {
                break;
            }
            if (note[i] != null) {
                out.append(note[i]).append(nl);
                int k = i;
                while (k < lines.length && type[k] == BuildLines.OTHER && !keep[k]) {
                    omitted++;
                    k++;
                }
                i = Math.max(i, k - 1); // a noted line that is itself kept must not loop forever
                continue;
            }
            if (keep[i]) {
                out.append(lines[i]).append(nl);
                if (after[i] != null) {
                    out.append(after[i]).append(nl);
                }
            } else {
                omitted++;
                runOmitted++;
                runWords += decoration[i] ? 0 : 1;
                if (type[i] == BuildLines.PASS) {
                    runPassed++;
                    passedTotal++;
                }
            }
        }
        if (omitted == 0) {
            return CompressionResult.unchanged(content);
        }
        // short: it is sent on every turn; what it promises (every failure, error, summary and distinct warning
        // shown) is what keepBody, Warnings and keepOtherProblems guarantee, and the counts say what they did not show
        String what = (passedTotal > 0 ? passedTotal + " passing; every" : "every") + " failure, error, summary and distinct warning line shown"
                + (unshownWarnings > 0 ? ", but " + unshownWarnings + " warning templates beyond the first ones" : "")
                + (unshownProblems > 0 ? "; " + unshownProblems + " more problem lines (repeats or past the first ones) omitted" : "");
        out.append(Disclosure.line(omitted, lines.length, "lines", what, handle));
        return CompressionResult.lossy(out.toString(), content.length(), omitted, "build:failures");
    }
}
