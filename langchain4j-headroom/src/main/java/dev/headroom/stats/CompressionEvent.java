package dev.headroom.stats;

import dev.headroom.compress.ContentKind;
import java.util.Objects;

/**
 * One tool result that went through the engine, with its token counts before, after the lossless stage,
 * and after everything. For a passthrough all three are equal.
 *
 * @param kind           the detected content kind
 * @param toolName       the tool's name, or {@code ""} when unknown
 * @param strategy       the compressor's stable label ({@code "unchanged"}, {@code "json:minify"}, ...), why the
 *                       result passed through ({@link PassthroughReason#label()}), or {@link #CAPPED}
 * @param tokensBefore   tokens of the original
 * @param tokensLossless tokens after the lossless stage alone
 * @param tokensAfter    tokens the model sees
 * @param lossy          whether anything was omitted
 * @param nanos          time spent compressing (0 on a memoized hit)
 * @param memoized       whether the result came from the memo rather than a compressor run
 */
public record CompressionEvent(
        ContentKind kind,
        String toolName,
        String strategy,
        long tokensBefore,
        long tokensLossless,
        long tokensAfter,
        boolean lossy,
        long nanos,
        boolean memoized) {

    /**
     * The strategy of a tool result cut to the per-result ceiling ({@code CompressionSettings#maxResultTokens()}):
     * lossy, its original retrievable.
     */
    public static final String CAPPED = "capped";

    public CompressionEvent {
        Objects.requireNonNull(kind, "kind");
        toolName = toolName == null ? "" : toolName;
        strategy = strategy == null ? "" : strategy;
    }

    /** Whether the result was cut to the per-result ceiling (strategy {@link #CAPPED}). */
    public boolean capped() {
        return CAPPED.equals(strategy);
    }

    /** Tokens saved by the lossless stage. */
    public long losslessSaved() {
        return Math.max(0, tokensBefore - tokensLossless);
    }

    /** Tokens saved by lossy selection on top of the lossless stage. */
    public long lossySaved() {
        return Math.max(0, tokensLossless - tokensAfter);
    }
}
