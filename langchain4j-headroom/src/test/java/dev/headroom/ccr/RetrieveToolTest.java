package dev.headroom.ccr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import org.junit.jupiter.api.Test;

class RetrieveToolTest {

    @Test
    void should_describe_hash_required_and_query_optional() {
        // when
        JsonObjectSchema parameters = RetrieveTool.specification().parameters();

        // then
        assertThat(RetrieveTool.specification().name()).isEqualTo("headroom_retrieve");
        assertThat(parameters.required()).containsExactly("hash");
        assertThat(parameters.properties()).containsOnlyKeys("hash", "query");
        assertThat(parameters.properties().get("hash")).isInstanceOf(JsonStringSchema.class);
        assertThat(RetrieveTool.specification()).isSameAs(RetrieveTool.specification());
    }

    @Test
    void should_parse_hash_and_optional_query() {
        assertThat(RetrieveTool.parseArguments("{\"hash\":\" abc \",\"query\":\"ORD-13\"}"))
                .isEqualTo(new RetrieveTool.Arguments("abc", "ORD-13"));
        assertThat(RetrieveTool.parseArguments("{\"hash\":\"abc\"}")).isEqualTo(new RetrieveTool.Arguments("abc", null));
        assertThat(RetrieveTool.parseArguments("{\"hash\":\"abc\",\"query\":\"  \"}").query()).isNull();
        assertThat(RetrieveTool.parseArguments("{\"hash\":\"abc\",\"query\":null}").query()).isNull();
        assertThat(RetrieveTool.parseArguments("{\"hash\":\"abc\",\"query\":42}").query()).isEqualTo("42");
    }

    @Test
    void should_explain_malformed_arguments() {
        assertThatThrownBy(() -> RetrieveTool.parseArguments(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hash");
        assertThatThrownBy(() -> RetrieveTool.parseArguments("{")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> RetrieveTool.parseArguments("[1]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> RetrieveTool.parseArguments("{\"query\":\"x\"}")).hasMessageContaining("\"hash\"");
        assertThatThrownBy(() -> RetrieveTool.parseArguments("{\"hash\":7}")).hasMessageContaining("\"hash\"");
    }
}
