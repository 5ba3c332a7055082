package dev.headroom;

import dev.headroom.compress.ContentKind;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.PassthroughReason;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the engine made of one tool result: the text the model sees and, when anything was omitted, the
 * handle under which the original is retrievable. Immutable.
 *
 * @param text     what the model sees (the original when nothing was done)
 * @param kind     the detected content kind ({@link ContentKind#UNKNOWN} when not inspected)
 * @param strategy the compressor's label, or why nothing was done (a {@link PassthroughReason#label()}: {@code "below-threshold"},
 *                 {@code "disabled"}, {@code "unsupported"}, {@code "no-gain"}, {@code "fail-open"}); when a
 *                 lossy result could not be used ({@code "not-kept"}, {@code "store-error"},
 *                 {@code "lossy-without-retrieval"}) the lossless stage's label (e.g. {@code "json:minify"}) or
 *                 that reason when the original went out whole; {@code "binary"} for a file's bytes
 *                 replaced by one describing line (lossy with a handle when the store kept them, else without);
 *                 {@value CompressionEvent#CAPPED} for a result cut to the per-result ceiling (lossy, see
 *                 {@link dev.headroom.compress.CompressionSettings#maxResultTokens()})
 * @param lossy    whether anything was omitted (then {@code handle} is set and the original is stored)
 * @param handle   the retrieval handle when lossy, else {@code null}
 */
public record CompressionOutcome(String text, ContentKind kind, String strategy, boolean lossy, @Nullable String handle) {

    public CompressionOutcome {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(strategy, "strategy");
        if (lossy && handle == null) {
            throw new IllegalArgumentException("a lossy outcome needs a handle");
        }
    }

    static CompressionOutcome passthrough(String content, ContentKind kind, PassthroughReason reason) {
        return new CompressionOutcome(content, kind, reason.label(), false, null);
    }

    /**
     * Why the tool result went out without omissions, when it did for one of the engine's reasons (the
     * {@link #strategy()} is then that reason's label); empty for a compressor's own result.
     */
    public Optional<PassthroughReason> passthroughReason() {
        return PassthroughReason.ofLabel(strategy);
    }

    /** Whether the result was cut to the per-result ceiling (strategy {@value CompressionEvent#CAPPED}). */
    public boolean capped() {
        return CompressionEvent.CAPPED.equals(strategy);
    }

    /** The handle, present only when the original had to be stored. */
    public Optional<String> retrievalHandle() {
        return Optional.ofNullable(handle);
    }
}
