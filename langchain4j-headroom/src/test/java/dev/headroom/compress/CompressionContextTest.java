package dev.headroom.compress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompressionContextTest {

    @Test
    void should_join_tool_arguments_and_user_message_into_the_query() {
        CompressionContext context = CompressionContext.builder()
                .toolArguments("{\"region\":\"eu-west-3\"}").userMessage("Which instance failed?").build();

        assertThat(context.query()).isEqualTo("{\"region\":\"eu-west-3\"}\nWhich instance failed?");
    }

    @Test
    void should_have_an_empty_query_and_default_settings_when_nothing_is_known() {
        CompressionContext context = CompressionContext.empty();

        assertThat(context.query()).isEmpty();
        assertThat(context.handle()).isEmpty();
        assertThat(context.settings()).isEqualTo(CompressionSettings.defaults());
    }

    @Test
    void to_builder_preserves_all_fields() {
        CompressionContext context = CompressionContext.builder().toolName("t").toolArguments("a").userMessage("u")
                .handle("0123456789abcdef01234567").settings(CompressionSettings.disabled()).build();

        assertThat(context.toBuilder().build()).isEqualTo(context).hasSameHashCodeAs(context);
    }
}
