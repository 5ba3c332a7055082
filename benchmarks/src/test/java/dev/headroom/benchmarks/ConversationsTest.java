package dev.headroom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.junit.jupiter.api.Test;

class ConversationsTest {

    @Test
    void should_generate_the_same_valid_json_array_of_at_least_the_requested_size() throws Exception {
        // when
        String json = Conversations.jsonArray(DecoratorOverheadBenchmark.JSON_CHARS);

        // then
        assertThat(json).isEqualTo(Conversations.jsonArray(DecoratorOverheadBenchmark.JSON_CHARS));
        assertThat(json.length()).isBetween(DecoratorOverheadBenchmark.JSON_CHARS, DecoratorOverheadBenchmark.JSON_CHARS + 512);
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.isArray()).isTrue();
        assertThat(tree.findValuesAsText("status")).contains("ok", "failed");
    }

    @Test
    void should_end_the_request_with_the_tool_result() {
        // when
        ChatRequest request = Conversations.request("result text");

        // then
        assertThat(request.messages()).hasSize(4);
        assertThat(request.messages().get(3)).isInstanceOf(ToolExecutionResultMessage.class);
        assertThat(((ToolExecutionResultMessage) request.messages().get(3)).text()).isEqualTo("result text");
    }

    @Test
    void should_pass_the_fixed_response_through_the_decorator() {
        // given
        FixedChatModel model = new FixedChatModel();
        HeadroomChatModel decorated = HeadroomChatModel.wrap(model);

        // when
        ChatResponse response = decorated.chat(Conversations.request(Conversations.SHORT_RESULT));

        // then
        assertThat(response.aiMessage().text()).isEqualTo("The cheapest instance type is t4g.nano.");
        assertThat(model.lastRequest().messages()).hasSize(4);
    }

    @Test
    void should_read_the_corpus_from_the_system_property_else_the_default() {
        String previous = System.getProperty(Corpus.PROPERTY);
        try {
            System.clearProperty(Corpus.PROPERTY);
            assertThat(Corpus.dir()).hasToString(Corpus.DEFAULT_DIR);
            System.setProperty(Corpus.PROPERTY, "/tmp/corpus");
            assertThat(Corpus.dir()).hasToString("/tmp/corpus");
        } finally {
            if (previous == null) {
                System.clearProperty(Corpus.PROPERTY);
            } else {
                System.setProperty(Corpus.PROPERTY, previous);
            }
        }
    }
}
