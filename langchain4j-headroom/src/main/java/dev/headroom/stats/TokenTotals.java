package dev.headroom.stats;

/**
 * Totals over a set of tool results: how many, how many were sent smaller, how many were cut to the per-result
 * ceiling ({@link CompressionEvent#capped()}), and tokens before / after the lossless stage / after. Immutable.
 */
public record TokenTotals(long results, long compressed, long capped, long tokensBefore, long tokensLossless,
                          long tokensAfter) {

    public static final TokenTotals ZERO = new TokenTotals(0, 0, 0, 0, 0, 0);

    public long losslessSaved() {
        return Math.max(0, tokensBefore - tokensLossless);
    }

    public long lossySaved() {
        return Math.max(0, tokensLossless - tokensAfter);
    }

    public long saved() {
        return Math.max(0, tokensBefore - tokensAfter);
    }

    public TokenTotals plus(TokenTotals other) {
        return new TokenTotals(
                results + other.results,
                compressed + other.compressed,
                capped + other.capped,
                tokensBefore + other.tokensBefore,
                tokensLossless + other.tokensLossless,
                tokensAfter + other.tokensAfter);
    }

    static TokenTotals of(CompressionEvent e) {
        return new TokenTotals(1, e.tokensAfter() < e.tokensBefore() ? 1 : 0, e.capped() ? 1 : 0, e.tokensBefore(),
                e.tokensLossless(), e.tokensAfter());
    }
}
