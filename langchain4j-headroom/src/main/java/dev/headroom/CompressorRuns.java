package dev.headroom;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.WorkBudgetExceededException;
import dev.headroom.internal.Guard;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.PassthroughReason;
import dev.headroom.stats.StatsCounter;
import dev.headroom.tokens.TokenCounter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one compressor on one tool result, fail-open: under a fresh {@link WorkBudget}, behind a {@link Guard},
 * and judged afterwards (a lossy result must disclose its handle; a result not clearly smaller is no gain); and the
 * per-result ceiling ({@link #cap}) the same way. The outcome is a {@link Memo}, ready to be memoized. Thread-safe.
 */
final class CompressorRuns {

    private static final Logger log = LoggerFactory.getLogger(CompressorRuns.class);

    private final HeadroomConfig config;
    private final TokenCounter tokenCounter;
    private final StatsCounter stats;
    private final Guard compressorGuard = new Guard("a compressor failed; its tool results pass through unchanged");
    private final Guard ceilingGuard = new Guard("the per-result ceiling failed; such tool results go out uncut");
    private final ResultCeiling ceiling;
    private final AtomicBoolean budgetLogged = new AtomicBoolean();

    CompressorRuns(HeadroomConfig config, TokenCounter tokenCounter, StatsCounter stats) {
        this.config = config;
        this.tokenCounter = tokenCounter;
        this.stats = stats;
        this.ceiling = new ResultCeiling(tokenCounter);
    }

    /** The compressor's result, or a passthrough when it failed, passed its budget or gained nothing. */
    Memo run(Compressor compressor, String content, CompressionContext context, ContentKind kind) {
        long start = System.nanoTime();
        CompressionContext budgeted = withBudget(context, content);
        CompressionResult result;
        try {
            result = compressor.compress(content, budgeted);
            if (result == null) {
                throw new IllegalStateException(compressor.getClass().getName() + " returned null");
            }
        } catch (WorkBudgetExceededException e) {
            overBudget(e, content, kind, context.toolName());
            return Memo.passthrough(kind, PassthroughReason.WORK_BUDGET, System.nanoTime() - start);
        } catch (Throwable e) {
            compressorGuard.record(e);
            stats.recordFailOpen(kind, context.toolName(), e);
            return Memo.passthrough(kind, PassthroughReason.FAIL_OPEN, System.nanoTime() - start);
        }
        long nanos = System.nanoTime() - start;
        String output = result.output();
        if (result.lossy() && !output.contains(context.handle())) {
            IllegalStateException broken = new IllegalStateException(
                    kind + " compressor omitted content without disclosing its handle");
            compressorGuard.record(broken);
            stats.recordFailOpen(kind, context.toolName(), broken);
            return Memo.passthrough(kind, PassthroughReason.FAIL_OPEN, nanos);
        }
        if (output.equals(content) || output.length() > maxOutputLength(content, context)) {
            return Memo.passthrough(kind, PassthroughReason.NO_GAIN, nanos);
        }
        return new Memo(output, kind, result.strategy(), result.lossy(), result.losslessLength(), context.handle(), nanos,
                tokenCounter.count(output), -1);
    }

    /**
     * The best form of the content that omits nothing: the compressor's lossless stage when it is clearly
     * smaller, else the original (strategy {@code reason}). Used when a lossy result may not be sent (the
     * original was not kept, or the model has no retrieve tool).
     */
    Memo runLossless(Compressor compressor, String content, CompressionContext context, ContentKind kind,
                     PassthroughReason reason) {
        long start = System.nanoTime();
        CompressionContext budgeted = withBudget(context, content);
        CompressionResult result;
        try {
            result = compressor.compressLossless(content, budgeted);
        } catch (WorkBudgetExceededException e) {
            overBudget(e, content, kind, context.toolName());
            return Memo.passthrough(kind, PassthroughReason.WORK_BUDGET, System.nanoTime() - start);
        } catch (Throwable e) {
            compressorGuard.record(e);
            stats.recordFailOpen(kind, context.toolName(), e);
            return Memo.passthrough(kind, reason, System.nanoTime() - start);
        }
        long nanos = System.nanoTime() - start;
        if (result == null || result.lossy() || result.output().equals(content)
                || result.output().length() > maxOutputLength(content, context)) {
            return Memo.passthrough(kind, reason, nanos);
        }
        String output = result.output();
        return new Memo(output, kind, result.strategy(), false, output.length(), null, nanos, tokenCounter.count(output), -1);
    }

    /**
     * The content cut to the per-result ceiling ({@link ResultCeiling}), strategy {@link CompressionEvent#CAPPED}: a
     * body within {@code maxResultTokens}, and within what would be sent otherwise ({@code sent} tokens) less the
     * closing disclosure, so the cut form is always the smaller; a passthrough ({@code fail-open}, counted) when the
     * ceiling throws.
     *
     * @param compressor the kind's compressor, for its outline; {@code null} for none
     * @param scan       whether to look for matching, outline and problem lines
     */
    Memo cap(String content, CompressionContext context, ContentKind kind, @Nullable Compressor compressor, long sent,
             boolean scan) {
        long start = System.nanoTime();
        int max = context.settings().maxResultTokens();
        String handle = context.handle();
        long marker = tokenCounter.count(ResultCeiling.longestMarker(content, max, handle));
        long budget = Math.max(0, Math.min(max, sent - marker - 1));
        ResultCeiling.Request request = new ResultCeiling.Request(content, max, budget, handle, context.query(), compressor,
                scan, WorkBudget.of(config.workBudgetFor(content.length())));
        String output;
        try {
            output = ceiling.cap(request);
        } catch (Throwable e) {
            ceilingGuard.record(e);
            stats.recordFailOpen(kind, context.toolName(), e);
            return Memo.passthrough(kind, PassthroughReason.FAIL_OPEN, System.nanoTime() - start);
        }
        return new Memo(output, kind, CompressionEvent.CAPPED, true, content.length(), handle, System.nanoTime() - start,
                tokenCounter.count(output), -1);
    }

    /** Longer output than this is not clearly smaller than the content. */
    private static double maxOutputLength(String content, CompressionContext context) {
        return content.length() * (1.0 - context.settings().minSavings());
    }

    /** The context with a fresh work budget sized to the content (one budget per compressor call). */
    private CompressionContext withBudget(CompressionContext context, String content) {
        return context.toBuilder().budget(WorkBudget.of(config.workBudgetFor(content.length()))).build();
    }

    /** A compression that passed its work budget: the original is sent; logged once, counted each time. */
    private void overBudget(WorkBudgetExceededException e, String content, ContentKind kind, String toolName) {
        if (budgetLogged.compareAndSet(false, true)) {
            log.warn("headroom: a {} compressor passed its work budget on a {} char tool result (tool {}): {}; such tool "
                    + "results are sent unchanged (logged once, counted each time as fail-open reason work-budget)",
                    kind, content.length(), toolName, e.getMessage());
        }
        stats.recordFailOpen(kind, toolName, e);
    }
}
