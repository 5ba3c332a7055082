package dev.headroom.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One model's list prices in US dollars per million tokens: plain input, input read from the prompt cache, input
 * written to the prompt cache, and output. Immutable; compared by value ({@code 2.5} equals {@code 2.50}).
 *
 * @param input       USD per million uncached input tokens
 * @param cachedInput USD per million input tokens read from the cache (OpenAI's cached input, Anthropic's cache hits)
 * @param cacheWrite  USD per million input tokens written to the cache (Anthropic's 5-minute cache writes; for
 *                    OpenAI, which charges none, the input price)
 * @param output      USD per million output tokens
 */
public record ModelPrice(BigDecimal input, BigDecimal cachedInput, BigDecimal cacheWrite, BigDecimal output) {

    private static final int PER_MILLION = 6;

    public ModelPrice {
        input = checked(input, "input");
        cachedInput = checked(cachedInput, "cachedInput");
        cacheWrite = checked(cacheWrite, "cacheWrite");
        output = checked(output, "output");
    }

    /** Prices in USD per million tokens, written as decimal literals ({@code usdPerMillion(2.50, 1.25, 2.50, 10.00)}). */
    public static ModelPrice usdPerMillion(double input, double cachedInput, double cacheWrite, double output) {
        return new ModelPrice(BigDecimal.valueOf(input), BigDecimal.valueOf(cachedInput), BigDecimal.valueOf(cacheWrite),
                BigDecimal.valueOf(output));
    }

    /**
     * What {@code usage} costs at these prices, in USD, exactly: uncached input × input + cache reads × cachedInput +
     * cache writes × cacheWrite + output × output, over a million.
     */
    public BigDecimal costOf(CacheUsage usage) {
        return inputCostOf(usage).add(BigDecimal.valueOf(usage.outputTokens()).multiply(output)).movePointLeft(PER_MILLION);
    }

    /** The input side of {@link #costOf}, in USD per million (not yet divided). */
    BigDecimal inputCostOf(CacheUsage usage) {
        return BigDecimal.valueOf(usage.uncachedInputTokens()).multiply(input)
                .add(BigDecimal.valueOf(usage.cacheReadTokens()).multiply(cachedInput))
                .add(BigDecimal.valueOf(usage.cacheWriteTokens()).multiply(cacheWrite));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelPrice p && input.compareTo(p.input) == 0 && cachedInput.compareTo(p.cachedInput) == 0
                && cacheWrite.compareTo(p.cacheWrite) == 0 && output.compareTo(p.output) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(input.stripTrailingZeros(), cachedInput.stripTrailingZeros(), cacheWrite.stripTrailingZeros(),
                output.stripTrailingZeros());
    }

    private static BigDecimal checked(BigDecimal price, String name) {
        if (price == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (price.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return price;
    }
}
