package dev.headroom.cost;

import static dev.headroom.cost.ModelPrice.usdPerMillion;

import java.time.LocalDate;

/**
 * The built-in prices (docs/cost.md lists them): standard-tier list prices in USD per million tokens, as published by
 * OpenAI (platform.openai.com/docs/pricing) and Anthropic (docs.claude.com, pricing) on {@link #AS_OF}. OpenAI
 * charges no cache writes (cacheWrite = input); Anthropic's cache writes are the 5-minute ones (1.25 × input) and
 * its reads 0.1 × input; Sonnet 4 and 4.5 prompts over 200K tokens cost more and are not modelled.
 */
final class DefaultPrices {

    static final LocalDate AS_OF = LocalDate.of(2025, 10, 15);

    private DefaultPrices() {}

    static PriceTable table() {
        return PriceTable.builder()
                .asOf(AS_OF)
                //                         input, cached input, cache write, output
                .price("gpt-4o", usdPerMillion(2.50, 1.25, 2.50, 10.00))
                .price("gpt-4o-2024-05-13", usdPerMillion(5.00, 5.00, 5.00, 15.00))
                .price("gpt-4o-mini", usdPerMillion(0.15, 0.075, 0.15, 0.60))
                .price("gpt-4.1", usdPerMillion(2.00, 0.50, 2.00, 8.00))
                .price("gpt-4.1-mini", usdPerMillion(0.40, 0.10, 0.40, 1.60))
                .price("gpt-4.1-nano", usdPerMillion(0.10, 0.025, 0.10, 0.40))
                .price("gpt-5", usdPerMillion(1.25, 0.125, 1.25, 10.00))
                .price("gpt-5-mini", usdPerMillion(0.25, 0.025, 0.25, 2.00))
                .price("claude-opus-4-1", usdPerMillion(15.00, 1.50, 18.75, 75.00))
                .price("claude-opus-4", usdPerMillion(15.00, 1.50, 18.75, 75.00))
                .price("claude-sonnet-4-5", usdPerMillion(3.00, 0.30, 3.75, 15.00))
                .price("claude-sonnet-4", usdPerMillion(3.00, 0.30, 3.75, 15.00))
                .price("claude-haiku-4-5", usdPerMillion(1.00, 0.10, 1.25, 5.00))
                .price("claude-3-5-haiku", usdPerMillion(0.80, 0.08, 1.00, 4.00))
                .build();
    }
}
