package dev.headroom.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.ConversationBudget;
import dev.headroom.HeadroomConfig;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.cost.ModelPrice;
import dev.headroom.cost.PriceTable;
import dev.headroom.spring.redis.RedisCompressionStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HeadroomPropertiesTest {

    @Test
    void should_describe_the_library_defaults_when_nothing_is_set() {
        // given
        HeadroomProperties properties = new HeadroomProperties();

        // when
        HeadroomConfig config = properties.toConfig();

        // then
        assertThat(config).isEqualTo(HeadroomConfig.defaults());
        assertThat(config.defaultSettings()).isEqualTo(CompressionSettings.defaults());
        assertThat(properties.getMinSavings()).isEqualTo(CompressionSettings.defaults().minSavings());
        assertThat(properties.isCodeOutline()).isEqualTo(CompressionSettings.defaults().codeOutline());
        assertThat(properties.getTextSelection()).as("unset: the preset decides").isNull();
        assertThat(properties.getMaxResultTokens()).isEqualTo(CompressionSettings.defaults().maxResultTokens());
        assertThat(properties.getMaxRetrievalRounds()).isEqualTo(HeadroomConfig.defaults().maxRetrievalRounds());
        assertThat(properties.getMaxRetrievedUnits()).isEqualTo(HeadroomConfig.defaults().maxRetrievedUnits());
        assertThat(properties.isRetrieveToolEnabled()).isEqualTo(HeadroomConfig.defaults().retrieveToolEnabled());
        assertThat(properties.getMemoMaximumSize().toBytes()).isEqualTo(HeadroomConfig.defaults().memoMaximumBytes());
        assertThat(properties.getMaxInputChars()).isEqualTo(HeadroomConfig.defaults().maxInputChars());
        assertThat(properties.getWorkBudgetBase()).isEqualTo(HeadroomConfig.defaults().workBudgetBase());
        assertThat(properties.getWorkBudgetPerChar()).isEqualTo(HeadroomConfig.defaults().workBudgetPerChar());
        assertThat(properties.getMode()).isEqualTo(HeadroomConfig.defaults().mode());
    }

    @Test
    void should_describe_the_budget_defaults_when_nothing_is_set() {
        // given
        HeadroomProperties.Budget budget = new HeadroomProperties().getBudget();
        ConversationBudget defaults = HeadroomConfig.defaults().conversationBudget();

        // then: off, with the library's values ready for when it is switched on
        assertThat(budget.isEnabled()).isEqualTo(defaults.enabled()).isFalse();
        assertThat(budget.getTriggerTokens()).isEqualTo(defaults.triggerTokens());
        assertThat(budget.getKeepLast()).isEqualTo(defaults.keepLast());
        assertThat(budget.getMinBatchTokens()).isEqualTo(defaults.minBatchTokens());
        assertThat(budget.getExcludedTools()).isEmpty();
        budget.setEnabled(true);
        assertThat(budget.toBudget()).isEqualTo(ConversationBudget.builder().build());
    }

    @Test
    void should_describe_the_store_defaults_when_nothing_is_set() {
        // given
        HeadroomProperties.Store store = new HeadroomProperties().getStore();

        // then
        assertThat(store.getType()).isEqualTo(HeadroomProperties.StoreType.CAFFEINE);
        assertThat(store.getMaximumSize().toBytes()).isEqualTo(CaffeineCompressionStore.Builder.DEFAULT_MAXIMUM_BYTES);
        assertThat(store.getExpireAfterAccess()).isEqualTo(CaffeineCompressionStore.Builder.DEFAULT_EXPIRE_AFTER_ACCESS);
        assertThat(store.getExpireAfterAccess()).isEqualTo(RedisCompressionStore.Builder.DEFAULT_EXPIRE_AFTER_ACCESS);
        assertThat(store.getRedis().getKeyPrefix()).isEqualTo(RedisCompressionStore.Builder.DEFAULT_KEY_PREFIX);
        assertThat(store.getRedis().getMaximumValueSize().toBytes()).isEqualTo(RedisCompressionStore.Builder.DEFAULT_MAXIMUM_VALUE_BYTES);
        assertThat(store.getRedis().getOutageBackoff()).isEqualTo(RedisCompressionStore.Builder.DEFAULT_OUTAGE_BACKOFF);
    }

    @Test
    void should_inherit_the_global_settings_when_a_tool_sets_nothing() {
        // given
        HeadroomProperties properties = new HeadroomProperties();
        properties.setPreset(CompressionSettings.Preset.AGGRESSIVE);
        properties.setMinSavings(0.3);
        properties.getTools().put("search", new HeadroomProperties.Tool());

        // when
        HeadroomConfig config = properties.toConfig();

        // then
        assertThat(config.settingsFor("search")).isEqualTo(config.defaultSettings());
        assertThat(config.defaultSettings())
                .isEqualTo(CompressionSettings.of(CompressionSettings.Preset.AGGRESSIVE).toBuilder().minSavings(0.3).build());
    }

    @Test
    void should_take_text_selection_from_the_preset_unless_set() {
        HeadroomProperties properties = new HeadroomProperties();
        assertThat(properties.toConfig().defaultSettings().textSelection()).isFalse();
        properties.setPreset(CompressionSettings.Preset.AGGRESSIVE);
        assertThat(properties.toConfig().defaultSettings().textSelection()).isTrue();
        properties.setTextSelection(false);
        assertThat(properties.toConfig().defaultSettings().textSelection()).isFalse();
    }

    @Test
    void should_take_a_tool_ceiling_over_the_global_one_and_switch_it_off_with_zero() {
        // given
        HeadroomProperties properties = new HeadroomProperties();
        properties.setMaxResultTokens(8_000);
        HeadroomProperties.Tool readFile = new HeadroomProperties.Tool();
        readFile.setMaxResultTokens(30_000);
        HeadroomProperties.Tool fetchPage = new HeadroomProperties.Tool();
        fetchPage.setMaxResultTokens(0);
        properties.getTools().put("read_file", readFile);
        properties.getTools().put("fetch_page", fetchPage);
        properties.getTools().put("search", new HeadroomProperties.Tool());

        // when
        HeadroomConfig config = properties.toConfig();

        // then
        assertThat(config.defaultSettings().maxResultTokens()).isEqualTo(8_000);
        assertThat(config.settingsFor("read_file").maxResultTokens()).isEqualTo(30_000);
        assertThat(config.settingsFor("fetch_page").hasCeiling()).isFalse();
        assertThat(config.settingsFor("search").maxResultTokens()).isEqualTo(8_000);
    }

    @Test
    void should_apply_a_tool_preset_before_its_explicit_thresholds() {
        // given
        HeadroomProperties properties = new HeadroomProperties();
        HeadroomProperties.Tool tool = new HeadroomProperties.Tool();
        tool.setPreset(CompressionSettings.Preset.CONSERVATIVE);
        tool.setMaxLines(7);
        properties.getTools().put("logs", tool);

        // when
        CompressionSettings settings = properties.toConfig().settingsFor("logs");

        // then
        assertThat(settings).isEqualTo(CompressionSettings.of(CompressionSettings.Preset.CONSERVATIVE).toBuilder().maxLines(7).build());
    }

    @Test
    void should_use_the_library_prices_when_nothing_is_set() {
        assertThat(new HeadroomProperties().getPrices().toPriceTable()).isEqualTo(PriceTable.defaults());
    }

    @Test
    void should_add_configured_model_prices_to_the_defaults_with_their_date() {
        // given
        HeadroomPrices prices = new HeadroomProperties().getPrices();
        HeadroomPrices.Price price = new HeadroomPrices.Price();
        price.setInput(new BigDecimal("2.00"));
        price.setOutput(new BigDecimal("8.00"));
        prices.getModels().put("my-model", price);
        prices.setAsOf(LocalDate.of(2026, 1, 15));

        // when
        PriceTable table = prices.toPriceTable();

        // then: unset cache prices are the input price; the built-in entries stay
        assertThat(table.asOf()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(table.priceOf("my-model")).hasValue(ModelPrice.usdPerMillion(2.00, 2.00, 2.00, 8.00));
        assertThat(table.priceOf("gpt-4o-mini")).isEqualTo(PriceTable.defaults().priceOf("gpt-4o-mini"));

        // and: without the defaults only the configured model has a price
        prices.setDefaults(false);
        assertThat(prices.toPriceTable().prices()).containsOnlyKeys("my-model");
    }

    @Test
    void should_refuse_configured_prices_without_their_date() {
        HeadroomPrices prices = new HeadroomProperties().getPrices();
        HeadroomPrices.Price price = new HeadroomPrices.Price();
        price.setInput(BigDecimal.ONE);
        price.setOutput(BigDecimal.ONE);
        prices.getModels().put("my-model", price);

        assertThatThrownBy(prices::toPriceTable).isInstanceOf(IllegalStateException.class).hasMessageContaining("as-of");
    }
}
