package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.calls;
import static dev.headroom.langchain4j.Fixtures.handleIn;
import static dev.headroom.langchain4j.Fixtures.lastToolResult;
import static dev.headroom.langchain4j.Fixtures.orders;
import static dev.headroom.langchain4j.Fixtures.response;
import static dev.headroom.langchain4j.Fixtures.retrieve;
import static dev.headroom.langchain4j.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.tool.ToolExecution;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The decorators under LangChain4j's real AiServices: blocking, TokenStream, and concurrent tool execution. */
class AiServicesTest {

    private final FakeJsonCompressor compressor = new FakeJsonCompressor(5);
    private final Headroom headroom = Fixtures.headroom(compressor);
    private final Shop.Tools tools = new Shop.Tools(orders(500));
    private final ToolExecutionRequest search = call("c1", "search_orders", "{\"arg0\":\"acme\"}");
    private final ToolExecutionRequest weather = call("w1", "get_weather", "{\"arg0\":\"Oslo\"}");

    /** search_orders → (hidden) retrieve ORD-13 mixed with get_weather → get_weather → final answer. */
    private List<Function<dev.langchain4j.model.chat.request.ChatRequest, ChatResponse>> script() {
        return List.of(
                request -> calls(search),
                request -> response(AiMessage.from(retrieve("r1", handleIn(request), "ORD-13"), weather), 10, 1),
                request -> calls(weather),
                request -> text("ORD-13 failed; sunny in Oslo"));
    }

    @Test
    void should_answer_with_final_text_when_blocking_ai_service_uses_tools_and_retrieval() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel();
        script().forEach(provider::then);
        MessageWindowChatMemory memory = MessageWindowChatMemory.withMaxMessages(30);
        Shop.Assistant assistant = AiServices.builder(Shop.Assistant.class)
                .chatModel(HeadroomChatModel.builder().delegate(provider).headroom(headroom).build())
                .tools(tools)
                .chatMemory(memory)
                .build();

        // when
        String answer = assistant.chat("Which orders of acme failed, and the weather in Oslo?");

        // then
        assertThat(answer).isEqualTo("ORD-13 failed; sunny in Oslo");
        assertThat(tools.executed).containsExactly("search_orders", "get_weather");
        assertThat(provider.requests()).hasSize(4);
        assertThat(lastToolResult(provider.request(2)).text()).contains("\"id\":\"ORD-13\"");
        assertThat(memory.messages()).noneMatch(AiServicesTest::mentionsRetrieve);
        assertThat(memory.messages()).filteredOn(m -> m instanceof ToolExecutionResultMessage)
                .first().extracting(m -> ((ToolExecutionResultMessage) m).text()).isEqualTo(tools.orders);
    }

    @Test
    void should_not_fail_when_blocking_ai_service_model_retrieves_forever() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(request -> calls(search))
                .then(request -> calls(retrieve("r", handleIn(request), null)));
        Shop.Assistant assistant = AiServices.builder(Shop.Assistant.class)
                .chatModel(HeadroomChatModel.builder().delegate(provider).headroom(headroom).build())
                .tools(tools)
                .build();

        // when
        String answer = assistant.chat("Which orders failed?");

        // then
        assertThat(answer).isEmpty();
        assertThat(tools.executed).containsExactly("search_orders");
    }

    @Test
    void should_send_identical_bytes_for_first_turn_when_conversation_continues() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(request -> calls(search))
                .then(request -> text("ORD-13 failed"))
                .then(request -> text("None were refunded"));
        Shop.Assistant assistant = AiServices.builder(Shop.Assistant.class)
                .chatModel(HeadroomChatModel.builder().delegate(provider).headroom(headroom).build())
                .tools(tools)
                .chatMemory(MessageWindowChatMemory.withMaxMessages(30))
                .build();

        // when
        assistant.chat("Which orders failed?");
        assistant.chat("Which were refunded?");

        // then
        List<ChatMessage> turn1 = provider.request(1).messages();
        List<ChatMessage> turn2 = provider.request(2).messages();
        assertThat(turn2.subList(0, turn1.size())).isEqualTo(turn1);
        assertThat(compressor.contexts()).extracting(c -> c.userMessage()).containsOnly("Which orders failed?");
    }

    @Test
    void should_stream_final_answer_when_token_stream_uses_tools_and_retrieval() throws Exception {
        assertStreamingConversation(false);
    }

    @Test
    void should_never_start_retrieve_tool_when_token_stream_executes_tools_concurrently() throws Exception {
        assertStreamingConversation(true);
    }

    private void assertStreamingConversation(boolean concurrently) throws Exception {
        // given
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel();
        script().forEach(provider::then);
        AiServices<Shop.StreamingAssistant> builder = AiServices.builder(Shop.StreamingAssistant.class)
                .streamingChatModel(HeadroomStreamingChatModel.builder().delegate(provider).headroom(headroom).build())
                .tools(tools)
                .chatMemory(MessageWindowChatMemory.withMaxMessages(30));
        if (concurrently) {
            builder.executeToolsConcurrently();
        }
        Shop.StreamingAssistant assistant = builder.build();
        List<String> partials = new ArrayList<>();
        List<String> executions = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        // when
        assistant.chat("Which orders of acme failed, and the weather in Oslo?")
                .onPartialResponse(partials::add)
                .onToolExecuted((ToolExecution e) -> executions.add(e.request().name()))
                .onCompleteResponse(done::complete)
                .onError(done::completeExceptionally)
                .start();
        ChatResponse response = done.get(10, TimeUnit.SECONDS);

        // then
        assertThat(response.aiMessage().text()).isEqualTo("ORD-13 failed; sunny in Oslo");
        assertThat(String.join("", partials)).isEqualTo("ORD-13 failed; sunny in Oslo");
        assertThat(executions).containsExactly("search_orders", "get_weather");
        assertThat(tools.executed).containsExactly("search_orders", "get_weather");
        assertThat(provider.requests()).hasSize(4);
    }

    private static boolean mentionsRetrieve(ChatMessage message) {
        if (message instanceof AiMessage ai) {
            return ai.toolExecutionRequests().stream().anyMatch(r -> RetrieveTool.NAME.equals(r.name()));
        }
        return message instanceof ToolExecutionResultMessage result && RetrieveTool.NAME.equals(result.toolName());
    }
}
