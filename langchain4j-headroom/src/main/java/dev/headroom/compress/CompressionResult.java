package dev.headroom.compress;

import java.util.Objects;

/**
 * What a {@link Compressor} produced: the text the model will see and whether anything was lost.
 *
 * <p>A <em>lossless</em> result (e.g. minified JSON, a columnar re-encoding) can be turned back into
 * everything the original said; a <em>lossy</em> one omitted something, disclosed it in band, and needs
 * the original kept retrievable. {@link #losslessLength()} is the length after the lossless stage alone,
 * so statistics can report lossless and lossy savings apart.
 *
 * <p>Immutable.
 */
public final class CompressionResult {

    private final String output;
    private final boolean lossy;
    private final int losslessLength;
    private final int omitted;
    private final String strategy;

    private CompressionResult(String output, boolean lossy, int losslessLength, int omitted, String strategy) {
        this.output = Objects.requireNonNull(output, "output");
        this.lossy = lossy;
        this.losslessLength = losslessLength;
        this.omitted = omitted;
        this.strategy = strategy == null ? "" : strategy;
    }

    /** The content unchanged: nothing to gain. */
    public static CompressionResult unchanged(String content) {
        return new CompressionResult(content, false, content.length(), 0, "unchanged");
    }

    /** A lossless rewrite (nothing omitted; no disclosure needed). */
    public static CompressionResult lossless(String output, String strategy) {
        return new CompressionResult(output, false, output.length(), 0, strategy);
    }

    /**
     * A lossy result.
     *
     * @param output         what the model sees, disclosure included
     * @param losslessLength the length the lossless stage alone produced (the input's length if none)
     * @param omitted        how many units (items, lines, hunks) were omitted
     * @param strategy       a short, stable label for statistics (e.g. {@code "json:select"})
     */
    public static CompressionResult lossy(String output, int losslessLength, int omitted, String strategy) {
        return new CompressionResult(output, true, losslessLength, omitted, strategy);
    }

    public String output() {
        return output;
    }

    public boolean lossy() {
        return lossy;
    }

    public int losslessLength() {
        return losslessLength;
    }

    public int omitted() {
        return omitted;
    }

    public String strategy() {
        return strategy;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CompressionResult that)) return false;
        return lossy == that.lossy
                && losslessLength == that.losslessLength
                && omitted == that.omitted
                && output.equals(that.output)
                && strategy.equals(that.strategy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(output, lossy, losslessLength, omitted, strategy);
    }

    @Override
    public String toString() {
        return "CompressionResult{lossy=" + lossy + ", omitted=" + omitted + ", strategy=" + strategy
                + ", length=" + output.length() + "}";
    }
}
