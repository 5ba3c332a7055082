package dev.headroom.stats;

import dev.headroom.ccr.OriginalNotKeptException;
import dev.headroom.compress.WorkBudgetExceededException;
import java.util.List;
import java.util.Optional;

/**
 * Why a tool result went out without omissions: whole, or in its best lossless form. The {@link #label()} is
 * the outcome's strategy and the statistics' label (stable strings: dashboards and logs key on them); the
 * {@link #failOpenTag()} is the {@code reason} tag of the {@code headroom.fail.open} metric for the reasons that
 * count as a fail-open.
 */
public enum PassthroughReason {
    /** Compression is switched off for this tool. */
    DISABLED("disabled", null),
    /** Larger than {@code HeadroomConfig#maxInputChars()}: not inspected at all. */
    TOO_LARGE("too-large", null),
    /** Fewer tokens than the tool's {@code minTokens}. */
    BELOW_THRESHOLD("below-threshold", null),
    /** No compressor for the detected kind. */
    UNSUPPORTED("unsupported", null),
    /** The compressor's result was not clearly smaller than the original. */
    NO_GAIN("no-gain", null),
    /** The compressor threw, returned nothing, or omitted content without disclosing its handle. */
    FAIL_OPEN("fail-open", "error"),
    /** The compressor passed its deterministic work budget. */
    WORK_BUDGET("work-budget", "work-budget"),
    /** The store declined the original (too large, refused, evicted at once), so nothing may be omitted. */
    NOT_KEPT("not-kept", "not-kept"),
    /** The store threw on put, so nothing may be omitted. */
    STORE_ERROR("store-error", "error"),
    /** Omissions are not allowed because the model has no retrieve tool. */
    LOSSY_WITHOUT_RETRIEVAL("lossy-without-retrieval", null);

    /** The distinct {@link #failOpenTag()} values, in a fixed order. */
    public static final List<String> FAIL_OPEN_TAGS = List.of("not-kept", "work-budget", "error");

    private final String label;
    private final String failOpenTag;

    PassthroughReason(String label, String failOpenTag) {
        this.label = label;
        this.failOpenTag = failOpenTag;
    }

    /** The stable label, e.g. {@code "below-threshold"}. */
    public String label() {
        return label;
    }

    /** The {@code reason} tag of a fail-open for this reason, empty when the reason is not a fail-open. */
    public Optional<String> failOpenTag() {
        return Optional.ofNullable(failOpenTag);
    }

    /**
     * The fail-open tag of the cause the engine reports with {@link StatsCounter#recordFailOpen}: {@code not-kept}
     * for an {@link OriginalNotKeptException}, {@code work-budget} for a {@link WorkBudgetExceededException},
     * else {@code error}.
     */
    public static String failOpenTagOf(Throwable cause) {
        PassthroughReason reason = cause instanceof OriginalNotKeptException ? NOT_KEPT
                : cause instanceof WorkBudgetExceededException ? WORK_BUDGET : FAIL_OPEN;
        return reason.failOpenTag;
    }

    /** The reason with this label, if any (a compressor's own strategy such as {@code "json:select"} has none). */
    public static Optional<PassthroughReason> ofLabel(String label) {
        for (PassthroughReason reason : values()) {
            if (reason.label.equals(label)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
