package dev.headroom.compress;

/**
 * Recognises one {@link ContentKind} from a bounded sample of a tool result's lines. Each kind package
 * implements one; {@link ContentDetector} asks the detectors, in registration order (most specific first),
 * whether the content is theirs, each fed the same sample just before it is asked. The first that claims it wins
 * (the detectors after it are not fed).
 *
 * <p>Implementations are stateless and thread-safe; the per-content counting happens in the
 * {@link Tally} that {@link #tally()} returns, one per {@link ContentDetector#detect} call.
 */
public interface KindDetector {

    /** The kind this detector recognises. */
    ContentKind kind();

    /**
     * Claims the content from its first non-blank character alone, before any line is sampled and before
     * the control-character check (JSON: a <code>{</code> or {@code [}). Defaults to {@code false}.
     *
     * @param content the whole tool result
     * @param start   the index of its first non-blank character
     */
    default boolean claimsAtStart(String content, int start) {
        return false;
    }

    /** A fresh tally for one content. */
    Tally tally();

    /**
     * Counts what one detector needs over the sampled lines, then decides. Not thread-safe: one per content.
     * Line callbacks see lines without their terminator.
     */
    interface Tally {

        /** Every line of the head sample, blank lines and lines inside Markdown code fences included. */
        default void anyLine(String line) {}

        /**
         * A non-blank head line outside Markdown code fences.
         *
         * @param previous the head line before it, whatever it was ({@code ""} for the first)
         */
        default void line(String line, String previous) {}

        /**
         * A line of the tail sample (the last lines, where build summaries are), blank ones included.
         *
         * @param previous the tail line before it ({@code ""} for the first)
         */
        default void tailLine(String line, String previous) {}

        /**
         * Whether the content is of this kind. Asked after this tally saw the whole sample, in registration
         * order, until one detector claims it.
         *
         * @param content the whole tool result
         * @param start   the index of its first non-blank character
         * @param totals  what the sample held overall
         */
        boolean claims(String content, int start, SampleTotals totals);
    }

    /**
     * Counts over the head sample that more than one kind weighs.
     *
     * @param chars    characters sampled (each line's length plus one)
     * @param letters  letters and spaces among them
     * @param nonBlank non-blank lines
     * @param fences   Markdown code fence lines ({@code ```} or {@code ~~~})
     * @param fenced   non-blank lines inside fences, the fences included
     */
    record SampleTotals(int chars, int letters, int nonBlank, int fences, int fenced) {}
}
