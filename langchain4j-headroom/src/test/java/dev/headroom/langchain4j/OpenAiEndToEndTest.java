package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.GET_WEATHER;
import static dev.headroom.langchain4j.Fixtures.orders;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.OpenAiStub.Turn;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.tool.ToolExecution;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end over HTTP: LangChain4j's real OpenAI models (blocking and streaming) talk to a local stub of
 * the chat-completions endpoint; assertions are on the bytes the provider receives.
 */
class OpenAiEndToEndTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String QUESTION = "Which acme orders failed?";

    private final OpenAiStub stub = OpenAiStub.start();
    private final FakeJsonCompressor compressor = new FakeJsonCompressor(5);
    private final Shop.Tools tools = new Shop.Tools(orders(500));
    private final CountingListener listener = new CountingListener();

    @AfterEach
    void stop() {
        stub.close();
    }

    Headroom headroom() {
        return Fixtures.headroom(compressor);
    }

    OpenAiChatModel openAi() {
        return stub.chatModel().listeners(List.of(listener)).build();
    }

    OpenAiStreamingChatModel openAiStreaming() {
        return stub.streamingChatModel().listeners(List.of(listener)).build();
    }

    /** search_orders → headroom_retrieve(hash from the wire, "ORD-13") → final answer. */
    void scriptToolRetrieveAnswer() {
        stub.then(Turn.call("call_1", "search_orders", "{\"customer\":\"acme\"}"))
                .then(body -> Turn.call("call_2", RetrieveTool.NAME,
                        "{\"hash\":\"" + hashIn(body) + "\",\"query\":\"ORD-13 error\"}"))
                .then(Turn.text("ORD-13 failed."));
    }

    /** The handle disclosed in the body's last tool message. */
    static String hashIn(JsonNode body) {
        String handle = null;
        for (JsonNode message : body.path("messages")) {
            if ("tool".equals(message.path("role").asText())) {
                Matcher m = Fixtures.HASH.matcher(message.path("content").asText());
                if (m.find()) {
                    handle = m.group(1);
                }
            }
        }
        if (handle == null) {
            throw new IllegalStateException("no handle on the wire");
        }
        return handle;
    }

    static JsonNode toolMessage(JsonNode body, int n) {
        int seen = 0;
        for (JsonNode message : body.path("messages")) {
            if ("tool".equals(message.path("role").asText()) && seen++ == n) {
                return message;
            }
        }
        throw new AssertionError("no tool message " + n + " in " + body);
    }

    static List<String> toolNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.path("tools").forEach(t -> names.add(t.path("function").path("name").asText()));
        return names;
    }

    /** What every test of compression over HTTP checks on the three request bodies. */
    void assertCompressedOnWireAndRetrieved() throws Exception {
        assertThat(stub.bodies()).hasSize(3);
        String compressed = toolMessage(stub.body(1), 0).path("content").asText();
        assertThat(compressed.length()).isLessThan(tools.orders.length() / 4);
        assertThat(JSON.readTree(compressed)).isNotNull();
        assertThat(hashIn(stub.body(1))).isEqualTo(Handles.of(tools.orders));
        JsonNode answer = toolMessage(stub.body(2), 1);
        assertThat(answer.path("tool_call_id").asText()).isEqualTo("call_2");
        assertThat(answer.path("content").asText())
                .contains("{\"id\":\"ORD-13\",\"customer\":\"acme\",\"status\":\"error\",\"amount\":113.50");
        for (int i = 0; i < 3; i++) {
            assertThat(toolNames(stub.body(i))).containsExactlyInAnyOrder("search_orders", "get_weather", RetrieveTool.NAME)
                    .last().isEqualTo(RetrieveTool.NAME);
            assertThat(OpenAiStub.rawElements(stub.bodies().get(i), "tools"))
                    .isEqualTo(OpenAiStub.rawElements(stub.bodies().get(0), "tools"));
        }
        assertThat(listener.requests).hasValue(3);
        assertThat(listener.responses).hasValue(3);
    }

    @Test
    void should_compress_on_the_wire_and_answer_retrieval_when_blocking_ai_service_calls_openai() throws Exception {
        // given
        scriptToolRetrieveAnswer();
        Shop.Assistant assistant = AiServices.builder(Shop.Assistant.class)
                .chatModel(HeadroomChatModel.builder().delegate(openAi()).headroom(headroom()).build())
                .tools(tools)
                .build();

        // when
        String answer = assistant.chat(QUESTION);

        // then
        assertThat(answer).isEqualTo("ORD-13 failed.");
        assertThat(tools.executed).containsExactly("search_orders");
        assertCompressedOnWireAndRetrieved();
    }

    @Test
    void should_compress_on_the_wire_and_answer_retrieval_when_token_stream_calls_openai() throws Exception {
        // given
        scriptToolRetrieveAnswer();
        Shop.StreamingAssistant assistant = AiServices.builder(Shop.StreamingAssistant.class)
                .streamingChatModel(HeadroomStreamingChatModel.builder().delegate(openAiStreaming()).headroom(headroom()).build())
                .tools(tools)
                .executeToolsConcurrently()
                .build();
        List<String> partials = new CopyOnWriteArrayList<>();
        List<String> toolEvents = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        // when
        assistant.chat(QUESTION)
                .onPartialResponse(partials::add)
                .onPartialToolCall((PartialToolCall call) -> toolEvents.add(call.name()))
                .onToolExecuted((ToolExecution e) -> toolEvents.add("executed:" + e.request().name()))
                .onCompleteResponse(done::complete)
                .onError(done::completeExceptionally)
                .start();
        ChatResponse response = done.get(20, TimeUnit.SECONDS);

        // then
        assertThat(response.aiMessage().text()).isEqualTo("ORD-13 failed.");
        assertThat(String.join("", partials)).isEqualTo("ORD-13 failed.");
        assertThat(toolEvents).doesNotContain(RetrieveTool.NAME, "executed:" + RetrieveTool.NAME)
                .contains("search_orders", "executed:search_orders");
        assertThat(tools.executed).containsExactly("search_orders");
        assertCompressedOnWireAndRetrieved();
    }

    @Test
    void should_hide_retrieval_and_run_callers_tool_once_when_streamed_turn_is_mixed() throws Exception {
        // given: round 2 streams headroom_retrieve and get_weather in one turn; the model re-issues get_weather
        stub.then(Turn.call("call_1", "search_orders", "{\"customer\":\"acme\"}"))
                .then(body -> new Turn("Checking. ", List.of(
                        new OpenAiStub.ToolCall("call_2", RetrieveTool.NAME, "{\"hash\":\"" + hashIn(body) + "\",\"query\":\"ORD-13\"}"),
                        new OpenAiStub.ToolCall("call_3", "get_weather", "{\"city\":\"Oslo\"}")), 100, 10))
                .then(Turn.call("call_4", "get_weather", "{\"city\":\"Oslo\"}"))
                .then(Turn.text("ORD-13 failed; sunny."));
        Shop.StreamingAssistant assistant = AiServices.builder(Shop.StreamingAssistant.class)
                .streamingChatModel(HeadroomStreamingChatModel.builder().delegate(openAiStreaming()).headroom(headroom()).build())
                .tools(tools)
                .executeToolsConcurrently()
                .build();
        List<String> partialCalls = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        // when
        assistant.chat(QUESTION)
                .onPartialToolCall((PartialToolCall call) -> partialCalls.add(call.index() + ":" + call.name()))
                .onCompleteResponse(done::complete)
                .onError(done::completeExceptionally)
                .start();
        ChatResponse response = done.get(20, TimeUnit.SECONDS);

        // then
        assertThat(response.aiMessage().text()).isEqualTo("ORD-13 failed; sunny.");
        assertThat(tools.executed).containsExactly("search_orders", "get_weather");
        assertThat(partialCalls).isNotEmpty().allMatch(c -> c.equals("0:search_orders") || c.equals("0:get_weather"));
        assertThat(stub.bodies()).hasSize(4);
        JsonNode hiddenCall = stub.body(2).path("messages").get(3);
        assertThat(hiddenCall.path("tool_calls")).hasSize(1);
        assertThat(hiddenCall.path("tool_calls").get(0).path("function").path("name").asText()).isEqualTo(RetrieveTool.NAME);
        assertThat(OpenAiStub.rawElements(stub.bodies().get(3), "messages")).hasSize(5);
    }

    @Test
    void should_send_identical_bytes_for_every_first_turn_message_when_conversation_continues() {
        // given
        stub.then(Turn.call("call_1", "search_orders", "{\"customer\":\"acme\"}"))
                .then(Turn.text("ORD-13 failed."))
                .then(Turn.text("None."));
        Shop.Assistant assistant = AiServices.builder(Shop.Assistant.class)
                .chatModel(HeadroomChatModel.builder().delegate(openAi()).headroom(headroom()).build())
                .tools(tools)
                .chatMemory(MessageWindowChatMemory.withMaxMessages(30))
                .build();

        // when
        assistant.chat(QUESTION);
        assistant.chat("Which of them were refunded?");

        // then
        List<String> turn1 = OpenAiStub.rawElements(stub.bodies().get(1), "messages");
        List<String> turn2 = OpenAiStub.rawElements(stub.bodies().get(2), "messages");
        assertThat(turn1).hasSize(3);
        assertThat(turn2).hasSize(5);
        assertThat(turn2.subList(0, 3)).isEqualTo(turn1);
        assertThat(turn1.get(2)).contains("hash=" + Handles.of(tools.orders));
        assertThat(OpenAiStub.rawElements(stub.bodies().get(2), "tools"))
                .isEqualTo(OpenAiStub.rawElements(stub.bodies().get(0), "tools"));
    }

    @Test
    void should_never_return_retrieve_call_when_blocking_model_retrieves_forever() {
        // given
        stub.then(body -> Turn.call("call_r", RetrieveTool.NAME, "{\"hash\":\"" + hashIn(body) + "\"}"));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(openAi()).headroom(headroom()).build();
        ChatRequest request = ChatRequest.builder().messages(conversation()).toolChoice(ToolChoice.REQUIRED).build();

        // when
        ChatResponse response = model.chat(request);

        // then
        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(stub.bodies()).hasSize(HeadroomConfig.DEFAULT_MAX_RETRIEVAL_ROUNDS + 2);
        assertThat(stub.body(4).path("tool_choice").asText()).isEqualTo("required");
        assertThat(toolMessage(stub.body(4), 4).path("content").asText()).contains("retrieval limit reached");
        assertThat(listener.requests).hasValue(5);
    }

    @Test
    void should_never_stream_retrieve_call_when_streaming_model_retrieves_forever() throws Exception {
        // given
        stub.then(body -> Turn.call("call_r", RetrieveTool.NAME, "{\"hash\":\"" + hashIn(body) + "\"}"));
        HeadroomStreamingChatModel model = HeadroomStreamingChatModel.builder().delegate(openAiStreaming()).headroom(headroom()).build();
        ChatRequest request = ChatRequest.builder().messages(conversation()).toolChoice(ToolChoice.REQUIRED).build();
        RecordingHandler handler = new RecordingHandler();

        // when
        model.chat(request, handler);
        ChatResponse response = handler.await();

        // then
        assertThat(handler.events).containsExactly("complete");
        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(stub.bodies()).hasSize(HeadroomConfig.DEFAULT_MAX_RETRIEVAL_ROUNDS + 2);
        assertThat(listener.responses).hasValue(5);
    }

    @Test
    void should_sum_token_usage_and_keep_openai_metadata_when_rounds_are_hidden() {
        // given
        stub.then(body -> new Turn(null, List.of(new OpenAiStub.ToolCall("call_r", RetrieveTool.NAME,
                        "{\"hash\":\"" + hashIn(body) + "\"}")), 1200, 30))
                .then(new Turn("done", List.of(), 4500, 12));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(openAi()).headroom(headroom()).build();

        // when
        ChatResponse response = model.chat(conversation());

        // then
        TokenUsage usage = response.tokenUsage();
        assertThat(usage.inputTokenCount()).isEqualTo(5700);
        assertThat(usage.outputTokenCount()).isEqualTo(42);
        assertThat(usage.totalTokenCount()).isEqualTo(5742);
        assertThat(response.metadata()).isInstanceOf(OpenAiChatResponseMetadata.class);
        assertThat(listener.requests).hasValue(2);
        assertThat(listener.responses).hasValue(2);
    }

    @Test
    void should_accept_null_query_when_openai_strict_tools_make_query_nullable() {
        // given: with strictTools OpenAI requires every property, so LangChain4j sends query as ["string","null"]
        stub.then(body -> Turn.call("call_r", RetrieveTool.NAME, "{\"hash\":\"" + hashIn(body) + "\",\"query\":null}"))
                .then(Turn.text("done"));
        OpenAiChatModel strict = stub.chatModel().strictTools(true).build();

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(strict).headroom(headroom()).build().chat(conversation());

        // then
        assertThat(response.aiMessage().text()).isEqualTo("done");
        JsonNode retrieveTool = stub.body(0).path("tools").get(0).path("function");
        assertThat(retrieveTool.path("strict").asBoolean()).isTrue();
        assertThat(retrieveTool.path("parameters").path("required").toString()).isEqualTo("[\"hash\",\"query\"]");
        assertThat(toolMessage(stub.body(1), 1).path("content").asText()).isEqualTo(tools.orders);
    }

    @Test
    void should_keep_models_default_tools_on_the_wire_when_request_has_none() {
        // given
        stub.then(Turn.text("hi"));
        OpenAiChatModel withDefaults = OpenAiChatModel.builder().baseUrl(stub.baseUrl()).apiKey("test")
                .defaultRequestParameters(OpenAiChatRequestParameters.builder().modelName("gpt-4o-mini")
                        .toolSpecifications(GET_WEATHER).build())
                .build();

        // when
        HeadroomChatModel.wrap(withDefaults).chat(ChatRequest.builder().messages(UserMessage.from("weather?")).build());

        // then
        assertThat(toolNames(stub.body(0))).containsExactly("get_weather", RetrieveTool.NAME);
        assertThat(stub.body(0).path("model").asText()).isEqualTo("gpt-4o-mini");
    }

    private List<dev.langchain4j.data.message.ChatMessage> conversation() {
        return List.of(
                UserMessage.from(QUESTION),
                AiMessage.from(Fixtures.call("call_1", "search_orders", "{\"customer\":\"acme\"}")),
                ToolExecutionResultMessage.from("call_1", "search_orders", tools.orders));
    }
}
