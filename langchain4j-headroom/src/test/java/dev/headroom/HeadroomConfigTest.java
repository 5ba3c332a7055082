package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.CompressionSettings.Preset;
import org.junit.jupiter.api.Test;

class HeadroomConfigTest {

    @Test
    void should_use_the_tool_override_and_fall_back_to_defaults() {
        HeadroomConfig config = HeadroomConfig.builder()
                .preset(Preset.AGGRESSIVE)
                .tool("read_file", CompressionSettings.disabled())
                .build();

        assertThat(config.settingsFor("read_file").enabled()).isFalse();
        assertThat(config.settingsFor("search")).isEqualTo(CompressionSettings.of(Preset.AGGRESSIVE));
        assertThat(config.settingsFor(null)).isEqualTo(CompressionSettings.of(Preset.AGGRESSIVE));
    }

    @Test
    void to_builder_preserves_all_fields() {
        HeadroomConfig config = HeadroomConfig.builder()
                .tool("x", CompressionSettings.disabled())
                .maxRetrievalRounds(1).maxRetrievedUnits(5).retrieveToolEnabled(false)
                .memoMaximumBytes(0).maxInputChars(10).build();

        assertThat(config.toBuilder().build()).isEqualTo(config).hasSameHashCodeAs(config);
    }

    @Test
    void to_builder_preserves_the_conversation_budget() {
        ConversationBudget budget = ConversationBudget.builder().triggerTokens(50_000).keepLast(5).minBatchTokens(8_000)
                .excludeTools("read_plan", "ask_user").build();
        HeadroomConfig config = HeadroomConfig.builder().conversationBudget(budget).build();

        assertThat(config.toBuilder().build()).isEqualTo(config).hasSameHashCodeAs(config);
        assertThat(config.toBuilder().build().conversationBudget()).isEqualTo(budget);
        assertThat(budget.toBuilder().build()).isEqualTo(budget).hasSameHashCodeAs(budget);
        assertThat(budget.excludedTools()).containsExactly("ask_user", "read_plan");
        assertThat(config).isNotEqualTo(HeadroomConfig.defaults());
    }

    @Test
    void should_be_active_by_default_and_keep_shadow_mode_through_to_builder() {
        HeadroomConfig shadow = HeadroomConfig.builder().mode(Mode.SHADOW).build();

        assertThat(HeadroomConfig.defaults().mode()).isEqualTo(Mode.ACTIVE);
        assertThat(shadow.mode()).isEqualTo(Mode.SHADOW);
        assertThat(shadow.toBuilder().build()).isEqualTo(shadow).hasSameHashCodeAs(shadow);
        assertThat(shadow).isNotEqualTo(HeadroomConfig.defaults());
        assertThat(shadow.toString()).contains("mode=SHADOW");
        assertThatThrownBy(() -> HeadroomConfig.builder().mode(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("mode");
    }

    @Test
    void should_have_the_conversation_budget_off_by_default() {
        ConversationBudget budget = HeadroomConfig.defaults().conversationBudget();

        assertThat(budget.enabled()).isFalse();
        assertThat(budget).isEqualTo(ConversationBudget.disabled());
        assertThat(ConversationBudget.builder().build().enabled()).isTrue();
        assertThat(budget.triggerTokens()).isEqualTo(ConversationBudget.DEFAULT_TRIGGER_TOKENS);
        assertThat(budget.keepLast()).isEqualTo(ConversationBudget.DEFAULT_KEEP_LAST);
        assertThat(budget.minBatchTokens()).isEqualTo(ConversationBudget.DEFAULT_MIN_BATCH_TOKENS);
        assertThat(budget.excludedTools()).isEmpty();
    }

    @Test
    void should_reject_bad_budget_values_naming_the_field() {
        assertThatThrownBy(() -> ConversationBudget.builder().triggerTokens(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("triggerTokens must be positive, was 0");
        assertThatThrownBy(() -> ConversationBudget.builder().keepLast(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("keepLast must not be negative, was -1");
        assertThatThrownBy(() -> ConversationBudget.builder().minBatchTokens(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minBatchTokens must be positive, was 0");
        assertThatThrownBy(() -> ConversationBudget.builder().triggerTokens(1_000).minBatchTokens(2_000).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minBatchTokens (2000) must not exceed triggerTokens (1000)");
        assertThatThrownBy(() -> ConversationBudget.builder().excludeTools("read_file", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("excluded tool names must not be blank");
        assertThatThrownBy(() -> HeadroomConfig.builder().retrieveToolEnabled(false)
                .conversationBudget(ConversationBudget.builder().build()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conversationBudget needs retrieveToolEnabled");
        // a disabled budget is fine without the retrieve tool
        assertThat(HeadroomConfig.builder().retrieveToolEnabled(false).build().conversationBudget().enabled()).isFalse();
    }

    @Test
    void should_reject_bad_values_naming_the_field() {
        assertThatThrownBy(() -> HeadroomConfig.builder().maxRetrievalRounds(-1).build())
                .hasMessageContaining("maxRetrievalRounds");
        assertThatThrownBy(() -> HeadroomConfig.builder().maxRetrievedUnits(0).build())
                .hasMessageContaining("maxRetrievedUnits");
        assertThatThrownBy(() -> HeadroomConfig.builder().tool(" ", CompressionSettings.defaults()))
                .hasMessageContaining("toolName");
    }
}
