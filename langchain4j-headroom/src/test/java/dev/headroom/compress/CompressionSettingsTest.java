package dev.headroom.compress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.compress.CompressionSettings.Preset;
import org.junit.jupiter.api.Test;

class CompressionSettingsTest {

    @Test
    void should_default_to_the_balanced_preset() {
        assertThat(CompressionSettings.defaults()).isEqualTo(CompressionSettings.of(Preset.BALANCED));
    }

    @Test
    void should_order_presets_from_conservative_to_aggressive() {
        CompressionSettings conservative = CompressionSettings.of(Preset.CONSERVATIVE);
        CompressionSettings aggressive = CompressionSettings.of(Preset.AGGRESSIVE);

        assertThat(conservative.minTokens()).isGreaterThan(aggressive.minTokens());
        assertThat(conservative.maxItems()).isGreaterThan(aggressive.maxItems());
        assertThat(conservative.maxLines()).isGreaterThan(aggressive.maxLines());
    }

    @Test
    void should_select_prose_only_in_the_aggressive_preset_and_never_outline_code() {
        assertThat(CompressionSettings.of(Preset.AGGRESSIVE).textSelection()).isTrue();
        assertThat(CompressionSettings.of(Preset.BALANCED).textSelection()).isFalse();
        assertThat(CompressionSettings.of(Preset.CONSERVATIVE).textSelection()).isFalse();
        for (Preset preset : Preset.values()) {
            assertThat(CompressionSettings.of(preset).codeOutline()).as(preset.name()).isFalse();
        }
        // an explicit choice after the preset wins
        assertThat(CompressionSettings.builder().preset(Preset.AGGRESSIVE).textSelection(false).build().textSelection()).isFalse();
    }

    @Test
    void to_builder_preserves_all_fields() {
        CompressionSettings settings = CompressionSettings.builder()
                .enabled(false).minTokens(7).maxItems(3).maxLines(9).minSavings(0.5)
                .codeOutline(true).textSelection(true).maxResultTokens(4_321).build();

        assertThat(settings.toBuilder().build()).isEqualTo(settings).hasSameHashCodeAs(settings);
        assertThat(settings.toBuilder().build().maxResultTokens()).isEqualTo(4_321);
        assertThat(settings.toBuilder().maxResultTokens(4_322).build()).isNotEqualTo(settings);
    }

    @Test
    void should_reject_out_of_range_values_naming_the_field() {
        assertThatThrownBy(() -> CompressionSettings.builder().maxItems(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxItems");
        assertThatThrownBy(() -> CompressionSettings.builder().minTokens(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minTokens");
        assertThatThrownBy(() -> CompressionSettings.builder().minSavings(1.0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minSavings");
        assertThatThrownBy(() -> CompressionSettings.builder().maxResultTokens(-5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxResultTokens")
                .hasMessageContaining("NO_CEILING");
    }

    @Test
    void should_hold_every_preset_to_the_default_ceiling_and_switch_it_off_with_zero() {
        for (Preset preset : Preset.values()) {
            assertThat(CompressionSettings.of(preset).maxResultTokens()).as(preset.name())
                    .isEqualTo(CompressionSettings.DEFAULT_MAX_RESULT_TOKENS).isEqualTo(12_000);
            assertThat(CompressionSettings.of(preset).hasCeiling()).isTrue();
        }
        CompressionSettings off = CompressionSettings.builder().maxResultTokens(CompressionSettings.NO_CEILING).build();
        assertThat(off.maxResultTokens()).isZero();
        assertThat(off.hasCeiling()).isFalse();
        // a preset set after the ceiling keeps it
        assertThat(CompressionSettings.builder().maxResultTokens(900).preset(Preset.AGGRESSIVE).build().maxResultTokens())
                .isEqualTo(900);
    }

    @Test
    void should_build_disabled_settings() {
        assertThat(CompressionSettings.disabled().enabled()).isFalse();
    }
}
