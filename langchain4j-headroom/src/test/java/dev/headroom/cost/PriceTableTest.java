package dev.headroom.cost;

import static dev.headroom.cost.ModelPrice.usdPerMillion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceTableTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 2);

    private final PriceTable table = PriceTable.builder().asOf(DAY)
            .price("gpt-4o", usdPerMillion(2.50, 1.25, 2.50, 10.00))
            .price("gpt-4o-mini", usdPerMillion(0.15, 0.075, 0.15, 0.60))
            .price("claude-opus-4", usdPerMillion(15.00, 1.50, 18.75, 75.00))
            .build();

    @Test
    void should_match_the_exact_name_case_insensitively() {
        assertThat(table.entryFor("GPT-4o-Mini")).hasValue("gpt-4o-mini");
        assertThat(table.entryFor("gpt-4o")).hasValue("gpt-4o");
    }

    @Test
    void should_match_the_longest_entry_extended_by_a_date_or_latest() {
        assertThat(table.entryFor("gpt-4o-mini-2024-07-18")).hasValue("gpt-4o-mini");
        assertThat(table.entryFor("gpt-4o-2024-08-06")).hasValue("gpt-4o");
        assertThat(table.entryFor("claude-opus-4-20250514")).hasValue("claude-opus-4");
        assertThat(table.entryFor("claude-opus-4-latest")).hasValue("claude-opus-4");
    }

    @Test
    void should_give_no_price_rather_than_a_neighbour_s_when_the_name_is_another_variant() {
        assertThat(table.entryFor("gpt-4o-audio-preview")).isEmpty();
        assertThat(table.entryFor("claude-opus-4-5-20251101")).isEmpty(); // a different model, priced differently
        assertThat(table.entryFor("gpt-4")).isEmpty();
        assertThat(table.entryFor("my-azure-deployment")).isEmpty();
        assertThat(table.entryFor(null)).isEmpty();
        assertThat(table.costOf("llama3.1", new CacheUsage(1000, 0, 0, 10, false), CacheUsage.ZERO, 500)).isEmpty();
    }

    @Test
    void should_price_uncached_input_cache_reads_cache_writes_and_output_exactly() {
        // 200 x 15 + 4,000 x 1.50 + 1,000 x 18.75 + 50 x 75 = 3,000 + 6,000 + 18,750 + 3,750 = 31,500 per million
        BigDecimal cost = table.priceOf("claude-opus-4").orElseThrow().costOf(new CacheUsage(5_200, 4_000, 1_000, 50, true));
        assertThat(cost).isEqualByComparingTo("0.0315");
    }

    @Test
    void should_price_saved_tokens_at_the_request_s_average_input_price() {
        // given: 1,000 prompt tokens, 500 cached: (500 x 2.50 + 500 x 1.25) / 1,000 = 1.875 per million per token
        CacheUsage usage = new CacheUsage(1_000, 500, 0, 0, true);

        // when
        CallCost cost = table.costOf("gpt-4o-2024-08-06", usage, CacheUsage.ZERO, 2_000).orElseThrow();

        // then: 2,000 x 1.875 / 1e6
        assertThat(cost.saved()).isEqualTo(new BigDecimal("0.003750000"));
        assertThat(cost.spent()).isEqualTo(new BigDecimal("0.001875000"));
        assertThat(cost.retrievalSpent()).isEqualTo(new BigDecimal("0.000000000"));
        assertThat(cost.net()).isEqualTo(new BigDecimal("0.003750000"));
        assertThat(cost.priceEntry()).isEqualTo("gpt-4o");
        assertThat(cost.pricesAsOf()).isEqualTo(DAY);
    }

    @Test
    void should_price_saved_tokens_at_the_input_price_when_no_input_was_reported() {
        CallCost cost = table.costOf("gpt-4o", CacheUsage.ZERO, CacheUsage.ZERO, 1_000_000).orElseThrow();
        assertThat(cost.saved()).isEqualByComparingTo("2.50");
    }

    @Test
    void should_keep_every_entry_and_the_date_through_to_builder() {
        PriceTable copy = table.toBuilder().build();
        assertThat(copy).isEqualTo(table);
        assertThat(copy.asOf()).isEqualTo(DAY);
        PriceTable changed = table.toBuilder().price("gpt-4o", usdPerMillion(1, 1, 1, 1)).remove("gpt-4o-mini").build();
        assertThat(changed.priceOf("gpt-4o")).hasValue(usdPerMillion(1, 1, 1, 1));
        assertThat(changed.priceOf("gpt-4o-mini")).isEmpty();
        assertThat(table.priceOf("gpt-4o-mini")).isPresent();
    }

    @Test
    void should_have_dated_defaults_for_common_openai_and_anthropic_models() {
        PriceTable defaults = PriceTable.defaults();
        assertThat(defaults.asOf()).isEqualTo(PriceTable.DEFAULTS_AS_OF);
        assertThat(defaults.entryFor("gpt-4o-mini-2024-07-18")).hasValue("gpt-4o-mini");
        assertThat(defaults.entryFor("claude-haiku-4-5-20251001")).hasValue("claude-haiku-4-5");
        assertThat(defaults.entryFor("claude-sonnet-4-20250514")).hasValue("claude-sonnet-4");
        assertThat(defaults.entryFor("claude-3-5-haiku-latest")).hasValue("claude-3-5-haiku");
        // the first gpt-4o snapshot had its own, higher price: listed exactly, not matched to gpt-4o
        assertThat(defaults.priceOf("gpt-4o-2024-05-13").orElseThrow().input()).isEqualByComparingTo("5.00");
        assertThat(defaults.priceOf("gpt-4o-2024-08-06").orElseThrow().input()).isEqualByComparingTo("2.50");
    }

    @Test
    void should_reject_a_table_without_date_and_negative_prices() {
        assertThatThrownBy(() -> PriceTable.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asOf");
        assertThatThrownBy(() -> usdPerMillion(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input");
    }
}
