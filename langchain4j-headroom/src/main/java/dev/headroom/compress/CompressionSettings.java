package dev.headroom.compress;

import java.util.Objects;

/**
 * The knobs that decide whether and how hard a tool result is compressed. One instance applies to all
 * tools by default; {@code HeadroomConfig} may hold a different one per tool name. Start from a
 * {@link Preset} rather than tuning numbers: {@code CompressionSettings.of(Preset.AGGRESSIVE)}.
 *
 * <p>Immutable and thread-safe; part of the memoization key, so {@link #equals} covers every field.
 */
public final class CompressionSettings {

    /** Named starting points, so users need not tune numbers. */
    public enum Preset {
        /** Compress only large results and keep a lot of them. */
        CONSERVATIVE(2_000, 40, 200, false),
        /** The default. Prose passes through. */
        BALANCED(500, 15, 60, false),
        /**
         * Compress early and keep little; rely on {@code headroom_retrieve} for the rest. Prose is reduced
         * to its most relevant passages too ({@link #textSelection()}); code still passes through.
         */
        AGGRESSIVE(250, 8, 30, true);

        private final int minTokens;
        private final int maxItems;
        private final int maxLines;
        private final boolean textSelection;

        Preset(int minTokens, int maxItems, int maxLines, boolean textSelection) {
            this.minTokens = minTokens;
            this.maxItems = maxItems;
            this.maxLines = maxLines;
            this.textSelection = textSelection;
        }
    }

    /**
     * The default ceiling on what one tool result may cost once sent, in tokens of the engine's {@code TokenCounter}
     * ({@link #maxResultTokens()}). 12,000 tokens is about 43,000 characters, some 1,000 lines of source code: a
     * large file or a long page is still sent whole, and only what no compressor reduces far enough (a
     * 50,000-token file read, a huge unrecognised output) is cut. Agent harnesses without retrieval stop lower
     * (shell output is commonly cut at about 30,000 characters, some 8,000 tokens); Headroom can be more generous
     * because nothing it cuts is lost ({@code headroom_retrieve}), and must stay well under a model's window
     * because the result is re-sent on every later turn.
     */
    public static final int DEFAULT_MAX_RESULT_TOKENS = 12_000;

    /** The {@link #maxResultTokens()} value that switches the ceiling off. */
    public static final int NO_CEILING = 0;

    private static final CompressionSettings DEFAULTS = of(Preset.BALANCED);

    private final boolean enabled;
    private final int minTokens;
    private final int maxItems;
    private final int maxLines;
    private final double minSavings;
    private final boolean codeOutline;
    private final boolean textSelection;
    private final int maxResultTokens;

    private CompressionSettings(Builder builder) {
        this.enabled = builder.enabled;
        this.minTokens = requireNonNegative(builder.minTokens, "minTokens");
        this.maxItems = requirePositive(builder.maxItems, "maxItems");
        this.maxLines = requirePositive(builder.maxLines, "maxLines");
        if (!(builder.minSavings >= 0.0 && builder.minSavings < 1.0)) {
            throw new IllegalArgumentException("minSavings must be in [0, 1), was " + builder.minSavings);
        }
        this.minSavings = builder.minSavings;
        this.codeOutline = builder.codeOutline;
        this.textSelection = builder.textSelection;
        if (builder.maxResultTokens < 0) {
            throw new IllegalArgumentException("maxResultTokens must be positive, or " + NO_CEILING
                    + " (NO_CEILING) for no ceiling, was " + builder.maxResultTokens);
        }
        this.maxResultTokens = builder.maxResultTokens;
    }

    /** The balanced preset. */
    public static CompressionSettings defaults() {
        return DEFAULTS;
    }

    public static CompressionSettings of(Preset preset) {
        return builder().preset(preset).build();
    }

    /** Settings that never compress (the tool's results always pass through unchanged). */
    public static CompressionSettings disabled() {
        return DEFAULTS.toBuilder().enabled(false).build();
    }

    /** Whether this tool's results may be compressed at all. */
    public boolean enabled() {
        return enabled;
    }

    /** Results estimated below this many tokens pass through unchanged. */
    public int minTokens() {
        return minTokens;
    }

    /** How many items of a large JSON array a lossy compressor keeps at most. */
    public int maxItems() {
        return maxItems;
    }

    /** How many lines (or blocks) of line-oriented content a lossy compressor keeps at most. */
    public int maxLines() {
        return maxLines;
    }

    /**
     * The share of the input's size that compression must save to be used; below it the original is
     * sent (a rewrite that saves 3% is not worth a disclosure and a cache entry).
     */
    public double minSavings() {
        return minSavings;
    }

    /** Whether source code may be reduced to an outline (imports, signatures); off by default. */
    public boolean codeOutline() {
        return codeOutline;
    }

    /** Whether prose may be reduced to its most relevant passages; off by default, on in the aggressive preset. */
    public boolean textSelection() {
        return textSelection;
    }

    /**
     * The ceiling on one tool result as sent, in tokens of the engine's {@code TokenCounter}, whatever its kind:
     * code and prose, results a compressor could not reduce enough, results above the size gates and results whose
     * compressor failed. A result over it is cut to its first and last lines, its outline (code: declarations and
     * signatures) and the lines that matter (problem lines, lines matching the question), in their original order,
     * each omitted run marked; one closing line (the disclosure with the handle) may go past it. The original stays
     * retrievable with {@code headroom_retrieve}. Only where the original can be retrieved: with the retrieve tool
     * off, or when the store does not keep the original, the result goes out as it would without a ceiling.
     * {@value #NO_CEILING} ({@link #NO_CEILING}) switches it off; defaults to {@value #DEFAULT_MAX_RESULT_TOKENS}.
     */
    public int maxResultTokens() {
        return maxResultTokens;
    }

    /** Whether {@link #maxResultTokens()} holds results to a ceiling (it is not {@link #NO_CEILING}). */
    public boolean hasCeiling() {
        return maxResultTokens != NO_CEILING;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .enabled(enabled)
                .minTokens(minTokens)
                .maxItems(maxItems)
                .maxLines(maxLines)
                .minSavings(minSavings)
                .codeOutline(codeOutline)
                .textSelection(textSelection)
                .maxResultTokens(maxResultTokens);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CompressionSettings that)) return false;
        return enabled == that.enabled
                && minTokens == that.minTokens
                && maxItems == that.maxItems
                && maxLines == that.maxLines
                && Double.compare(minSavings, that.minSavings) == 0
                && codeOutline == that.codeOutline
                && textSelection == that.textSelection
                && maxResultTokens == that.maxResultTokens;
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, minTokens, maxItems, maxLines, minSavings, codeOutline, textSelection, maxResultTokens);
    }

    @Override
    public String toString() {
        return "CompressionSettings{enabled=" + enabled + ", minTokens=" + minTokens + ", maxItems=" + maxItems
                + ", maxLines=" + maxLines + ", minSavings=" + minSavings + ", codeOutline=" + codeOutline
                + ", textSelection=" + textSelection + ", maxResultTokens=" + maxResultTokens + "}";
    }

    private static int requireNonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    private static int requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    public static final class Builder {
        private boolean enabled = true;
        private int minTokens = Preset.BALANCED.minTokens;
        private int maxItems = Preset.BALANCED.maxItems;
        private int maxLines = Preset.BALANCED.maxLines;
        private double minSavings = 0.10;
        private boolean codeOutline;
        private boolean textSelection;
        private int maxResultTokens = DEFAULT_MAX_RESULT_TOKENS;

        private Builder() {}

        /** Sets minTokens, maxItems, maxLines and textSelection from the preset. */
        public Builder preset(Preset preset) {
            Objects.requireNonNull(preset, "preset");
            this.minTokens = preset.minTokens;
            this.maxItems = preset.maxItems;
            this.maxLines = preset.maxLines;
            this.textSelection = preset.textSelection;
            return this;
        }

        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public Builder minTokens(int minTokens) {
            this.minTokens = minTokens;
            return this;
        }

        public Builder maxItems(int maxItems) {
            this.maxItems = maxItems;
            return this;
        }

        public Builder maxLines(int maxLines) {
            this.maxLines = maxLines;
            return this;
        }

        public Builder minSavings(double minSavings) {
            this.minSavings = minSavings;
            return this;
        }

        public Builder codeOutline(boolean codeOutline) {
            this.codeOutline = codeOutline;
            return this;
        }

        public Builder textSelection(boolean textSelection) {
            this.textSelection = textSelection;
            return this;
        }

        /**
         * The ceiling on one tool result as sent, in tokens (see {@link CompressionSettings#maxResultTokens()});
         * {@link CompressionSettings#NO_CEILING} switches it off. Not set by a {@link Preset}.
         *
         * @throws IllegalArgumentException on {@link #build()} when negative
         */
        public Builder maxResultTokens(int maxResultTokens) {
            this.maxResultTokens = maxResultTokens;
            return this;
        }

        public CompressionSettings build() {
            return new CompressionSettings(this);
        }
    }
}
