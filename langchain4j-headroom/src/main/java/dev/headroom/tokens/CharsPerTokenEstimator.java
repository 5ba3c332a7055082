package dev.headroom.tokens;

/** {@link TokenCounter#estimating()}: characters divided by a calibrated average. */
final class CharsPerTokenEstimator implements TokenCounter {

    /**
     * Calibrated on ../shared/corpus: 2.52 M chars / 754 k o200k tokens ≈ 3.35 overall, rounded up for prose;
     * per file the corpus ranges from 2.17 (a BGL log) to 5.08 (pretty-printed AWS JSON) chars per token.
     */
    static final double DEFAULT_CHARS_PER_TOKEN = 3.6;

    static final CharsPerTokenEstimator DEFAULT = new CharsPerTokenEstimator(DEFAULT_CHARS_PER_TOKEN);

    private final double charsPerToken;

    CharsPerTokenEstimator(double charsPerToken) {
        if (!(charsPerToken > 0.0) || Double.isInfinite(charsPerToken)) {
            throw new IllegalArgumentException("charsPerToken must be positive and finite, was " + charsPerToken);
        }
        this.charsPerToken = charsPerToken;
    }

    @Override
    public int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return (int) Math.ceil(text.length() / charsPerToken);
    }

    @Override
    public String toString() {
        return "TokenCounter.estimating(" + charsPerToken + ")";
    }
}
