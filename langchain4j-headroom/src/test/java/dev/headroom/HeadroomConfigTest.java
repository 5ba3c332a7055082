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
    void should_reject_bad_values_naming_the_field() {
        assertThatThrownBy(() -> HeadroomConfig.builder().maxRetrievalRounds(-1).build())
                .hasMessageContaining("maxRetrievalRounds");
        assertThatThrownBy(() -> HeadroomConfig.builder().maxRetrievedUnits(0).build())
                .hasMessageContaining("maxRetrievedUnits");
        assertThatThrownBy(() -> HeadroomConfig.builder().tool(" ", CompressionSettings.defaults()))
                .hasMessageContaining("toolName");
    }
}
