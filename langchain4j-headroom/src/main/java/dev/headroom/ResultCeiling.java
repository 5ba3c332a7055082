package dev.headroom;

import dev.headroom.compress.Compressor;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.WorkBudgetExceededException;
import dev.headroom.internal.Guard;
import dev.headroom.tokens.TokenCounter;
import org.jspecify.annotations.Nullable;

/**
 * The per-result ceiling ({@code CompressionSettings#maxResultTokens()}): cuts a tool result that would go out above
 * it to a body of at most {@code budget} tokens (the engine's counter) plus one closing disclosure line with the
 * handle. Design:
 * <ol>
 *   <li><b>Units.</b> The original's lines, a huge line cut into pieces ({@link CeilingUnits}).</li>
 *   <li><b>Selection</b>, greedy and budgeted ({@link CeilingPlan}), in two passes. The first gives each kind of
 *       line at most its share of the budget, so none crowds out the others: the first lines ({@value #HEAD_SHARE}),
 *       the last lines ({@value #TAIL_SHARE}), the lines matching the query context ({@value #QUERY_SHARE}), the
 *       outline the kind's compressor gives ({@link Compressor#outline}: code's declarations and signatures, a
 *       document's headings) ({@value #OUTLINE_SHARE}), and problem lines ({@value #PROBLEM_SHARE}); matching and
 *       problem lines come with their context ({@link CeilingCandidates}). The second pass takes more of the same,
 *       in the same order, up to the whole budget; what is left continues the first lines, then the last.</li>
 *   <li><b>Output.</b> Kept units exactly as written, in their original order; each run of omitted units becomes
 *       one note saying where it was ({@code … 329 lines (12-340)}, or {@code … 5200 chars (line 1, chars
 *       2001-7200)} inside a line); then {@link Disclosure#line} with the handle, the one line allowed past the
 *       budget. The body is counted after rendering and the last additions dropped while it is over.</li>
 * </ol>
 * Scanning (query, outline, problems) runs within the compression's {@link WorkBudget}; past it, or for a result
 * too large to inspect, only the first and last lines are kept. Deterministic: the same content, budget, handle
 * and query give the same bytes. Thread-safe (a plan per call).
 */
final class ResultCeiling {

    static final double HEAD_SHARE = 0.15;
    static final double TAIL_SHARE = 0.05;
    static final double QUERY_SHARE = 0.30;
    static final double OUTLINE_SHARE = 0.25;
    static final double PROBLEM_SHARE = 0.25;
    /** Lines are cut into pieces of at most half the budget in chars, within these bounds. */
    static final int MIN_UNIT_CHARS = 64;
    static final int MAX_UNIT_CHARS = 2_000;
    /** Candidates in a row that do not fit before a kind of line gives up. */
    static final int MAX_MISSES = 32;

    private final TokenCounter counter;
    private final Guard outlineGuard = new Guard("a compressor's outline failed; capped results of its kind show no outline");

    ResultCeiling(TokenCounter counter) {
        this.counter = counter;
    }

    /**
     * One result to cap.
     *
     * @param content    the original
     * @param maxTokens  the ceiling in force (named in the disclosure; sizes the pieces of long lines)
     * @param budget     tokens the body may use (at most {@code maxTokens})
     * @param handle     the original's handle in the store
     * @param query      the query context; may be blank
     * @param compressor the compressor of the content's kind, for its outline; {@code null} for none
     * @param scan       whether to look for matching, outline and problem lines (not for a result too large to inspect)
     * @param work       the work budget of this capping
     */
    record Request(String content, int maxTokens, long budget, String handle, String query,
                   @Nullable Compressor compressor, boolean scan, WorkBudget work) {}

    /** The disclosure line, as long as it can be for this content (for the caller's budget). */
    static String longestMarker(String content, int maxTokens, String handle) {
        int lines = Math.max(1, content.length());
        return marker(lines, lines, maxTokens, handle);
    }

    String cap(Request r) {
        CeilingUnits units = CeilingUnits.of(r.content(), Math.max(MIN_UNIT_CHARS, Math.min(MAX_UNIT_CHARS, r.maxTokens() / 2)));
        CeilingPlan plan;
        try {
            plan = select(units, r, r.scan());
        } catch (WorkBudgetExceededException e) {
            plan = select(units, r, false); // deterministic: the same input always runs out the same way
        }
        String body = fit(units, plan, r.budget());
        return body + marker(omittedLines(units, plan), units.lines(), r.maxTokens(), r.handle());
    }

    private CeilingPlan select(CeilingUnits units, Request r, boolean scan) {
        CeilingPlan plan = new CeilingPlan(units, counter);
        int n = units.count();
        long b = r.budget();
        plan.fillForward(0, plan.used() + share(b, HEAD_SHARE));
        plan.add(0, b);
        plan.fillBackward(n - 1, plan.used() + share(b, TAIL_SHARE));
        plan.add(n - 1, b);
        if (scan) {
            CeilingCandidates candidates = new CeilingCandidates(units, r.work());
            int[] query = candidates.matching(r.query());
            int[] outline = candidates.outline(r.compressor(), outlineGuard);
            int[] problems = candidates.problems();
            addAll(plan, query, plan.used() + share(b, QUERY_SHARE));
            addAll(plan, outline, plan.used() + share(b, OUTLINE_SHARE));
            addAll(plan, problems, plan.used() + share(b, PROBLEM_SHARE));
            addAll(plan, query, b);
            addAll(plan, outline, b);
            addAll(plan, problems, b);
        }
        plan.fillForward(0, b);
        plan.fillBackward(n - 1, b);
        return plan;
    }

    private static long share(long budget, double share) {
        return (long) (budget * share);
    }

    private static void addAll(CeilingPlan plan, int[] candidates, long limit) {
        int misses = 0;
        for (int u : candidates) {
            if (plan.add(u, limit)) {
                misses = 0;
            } else if (++misses >= MAX_MISSES) {
                return;
            }
        }
    }

    /**
     * The rendered body within {@code budget} as the counter counts it: the plan's total is only an estimate for a
     * counter that is not additive, so the latest additions are dropped while the body is over (one at a time,
     * then an eighth of them at a time, so that a counter far from additive costs few rounds).
     */
    private String fit(CeilingUnits units, CeilingPlan plan, long budget) {
        String body = CeilingRendering.body(units, plan);
        for (int round = 0; !plan.isEmpty() && counter.count(body) > budget; round++) {
            int drop = round < 16 ? 1 : Math.max(1, plan.addedCount() / 8);
            for (int i = 0; i < drop && !plan.isEmpty(); i++) {
                plan.dropLast();
            }
            body = CeilingRendering.body(units, plan);
        }
        return body;
    }

    private static int omittedLines(CeilingUnits units, CeilingPlan plan) {
        int omitted = 0;
        int lastLine = -1;
        for (int u = 0; u < units.count(); u++) {
            if (!plan.kept(u) && units.line(u) != lastLine) {
                omitted++;
                lastLine = units.line(u);
            }
        }
        return omitted;
    }

    private static String marker(int omitted, int lines, int maxTokens, String handle) {
        return Disclosure.line(omitted, lines, "lines", "over the " + maxTokens + "-token limit per tool result, in whole "
                + "or in part; kept: first and last lines, outline, problem lines and lines matching the question, each "
                + "omitted run marked … with its place", handle);
    }
}
