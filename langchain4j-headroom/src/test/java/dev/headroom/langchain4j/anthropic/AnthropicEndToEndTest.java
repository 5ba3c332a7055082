package dev.headroom.langchain4j.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.langchain4j.HeadroomStreamingChatModel;
import dev.headroom.reliability.HeadCompressor;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Another provider's shapes, end to end: the real {@link AnthropicChatModel} and
 * {@link AnthropicStreamingChatModel} (extended thinking on, sent back and returned) wrapped by the decorators,
 * against a local stub of Anthropic's Messages API. The recorded request bodies show that {@code tool_result}
 * blocks carry the compressed content with its hash, that {@code headroom_retrieve} is answered in a hidden
 * round, and that thinking blocks keep their signatures when the decorator rebuilds AI messages.
 */
class AnthropicEndToEndTest {

    private static final Pattern HASH = Pattern.compile("hash=([0-9a-f]{24})");
    private static final ToolSpecification LIST_ORDERS = ToolSpecification.builder()
            .name("list_orders").description("Lists a customer's orders")
            .parameters(JsonObjectSchema.builder().addStringProperty("customer").required("customer").build())
            .build();
    private static final String ORIGINAL = orders(120);

    private AnthropicStub stub;

    @BeforeEach
    void startStub() {
        stub = AnthropicStub.start();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private static String orders(int n) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\":\"ORD-").append(i).append("\",\"customer\":\"acme\",\"status\":\"")
                    .append(i % 17 == 3 ? "failed" : "shipped").append("\",\"amount\":").append(100 + i).append(".50}")
                    .append(i + 1 < n ? ",\n" : "\n");
        }
        return sb.append(']').toString();
    }

    /** The caller's history: a question, an earlier thinking turn (with its signature) that called a tool, the result. */
    private static ChatRequest conversation() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("toolu_01").name("list_orders")
                .arguments("{\"customer\":\"acme\"}").build();
        AiMessage thinkingCall = AiMessage.builder().thinking("I will list acme's orders.")
                .toolExecutionRequests(List.of(call)).attributes(Map.of("thinking_signature", "sig-caller")).build();
        return ChatRequest.builder()
                .messages(UserMessage.from("Which acme orders failed?"), thinkingCall, ToolExecutionResultMessage.from(call, ORIGINAL))
                .toolSpecifications(LIST_ORDERS)
                .build();
    }

    private Headroom headroom() {
        return Headroom.builder().compressor(HeadCompressor.json()).build();
    }

    /** Round 0 answers with thinking and a headroom_retrieve call for the disclosed hash; round 1 answers in text. */
    private void scriptRetrieval() {
        stub.then(body -> {
            String toolResult = body.at("/messages/2/content/0/content").asText();
            Matcher m = HASH.matcher(toolResult);
            assertThat(m.find()).as("the tool_result discloses a hash: %s", toolResult).isTrue();
            return AnthropicStub.Turn.toolUse("toolu_02", RetrieveTool.NAME, "{\"hash\":\"" + m.group(1) + "\"}")
                    .withThinking("I need every failed order.", "sig-round-0");
        }).then(AnthropicStub.Turn.text("Orders ORD-3, ORD-20 and ORD-37 failed.").withThinking("Now I can answer.", "sig-round-1"));
    }

    @Test
    void should_compress_tool_result_and_answer_retrieval_in_hidden_round_when_anthropic_blocking() {
        // given
        scriptRetrieval();
        AnthropicChatModel anthropic = AnthropicChatModel.builder().baseUrl(stub.baseUrl()).apiKey("test")
                .modelName("claude-sonnet-4-5").maxTokens(4096).thinkingType("enabled").thinkingBudgetTokens(1024)
                .returnThinking(true).sendThinking(true).build();
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(anthropic).headroom(headroom()).build();

        // when
        ChatResponse response = model.chat(conversation());

        // then
        assertWire();
        assertThat(response.aiMessage().text()).isEqualTo("Orders ORD-3, ORD-20 and ORD-37 failed.");
        assertThat(response.aiMessage().thinking()).isEqualTo("Now I can answer.");
        assertThat(response.aiMessage().toolExecutionRequests()).isEmpty();
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(200);
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(20);
    }

    @Test
    void should_compress_tool_result_and_answer_retrieval_in_hidden_round_when_anthropic_streaming() throws Exception {
        // given
        scriptRetrieval();
        AnthropicStreamingChatModel anthropic = AnthropicStreamingChatModel.builder().baseUrl(stub.baseUrl()).apiKey("test")
                .modelName("claude-sonnet-4-5").maxTokens(4096).thinkingType("enabled").thinkingBudgetTokens(1024)
                .returnThinking(true).sendThinking(true).build();
        HeadroomStreamingChatModel model = HeadroomStreamingChatModel.builder().delegate(anthropic).headroom(headroom()).build();
        Recorder caller = new Recorder();

        // when
        model.chat(conversation(), caller);
        ChatResponse response = caller.done.get(30, TimeUnit.SECONDS);

        // then
        assertWire();
        assertThat(response.aiMessage().text()).isEqualTo("Orders ORD-3, ORD-20 and ORD-37 failed.");
        assertThat(response.aiMessage().toolExecutionRequests()).isEmpty();
        assertThat(String.join("", caller.thinking)).isEqualTo("I need every failed order.Now I can answer.");
        assertThat(String.join("", caller.text)).isEqualTo("Orders ORD-3, ORD-20 and ORD-37 failed.");
        assertThat(caller.toolEvents).as("no headroom_retrieve event reaches the caller").isEmpty();
        assertThat(caller.terminals).isEqualTo(1);
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(200);
    }

    /** What the two provider requests carried, identical for blocking and streaming. */
    private void assertWire() {
        assertThat(stub.bodies()).hasSize(2);
        JsonNode first = stub.body(0);
        JsonNode second = stub.body(1);

        // the retrieve tool is appended after the caller's tool
        List<String> tools = new ArrayList<>();
        first.get("tools").forEach(t -> tools.add(t.get("name").asText()));
        assertThat(tools).containsExactly("list_orders", RetrieveTool.NAME);
        assertThat(second.get("tools")).isEqualTo(first.get("tools"));

        // the caller's earlier thinking turn is sent back with its signature, before its tool_use
        JsonNode assistant = first.at("/messages/1");
        assertThat(assistant.at("/content/0/type").asText()).isEqualTo("thinking");
        assertThat(assistant.at("/content/0/thinking").asText()).isEqualTo("I will list acme's orders.");
        assertThat(assistant.at("/content/0/signature").asText()).isEqualTo("sig-caller");
        assertThat(assistant.at("/content/1/type").asText()).isEqualTo("tool_use");
        assertThat(assistant.at("/content/1/id").asText()).isEqualTo("toolu_01");

        // the tool_result block carries the compressed content and the hash
        JsonNode toolResult = first.at("/messages/2/content/0");
        assertThat(toolResult.get("type").asText()).isEqualTo("tool_result");
        assertThat(toolResult.get("tool_use_id").asText()).isEqualTo("toolu_01");
        String compressed = toolResult.get("content").asText();
        Matcher m = HASH.matcher(compressed);
        assertThat(m.find()).isTrue();
        String hash = m.group(1);
        assertThat(compressed.length()).isLessThan(ORIGINAL.length() / 10);
        assertThat(compressed).contains("ORD-0").doesNotContain("ORD-119");

        // the hidden round: same history bytes, then the model's thinking turn (signature kept) and the original
        JsonNode messages = second.get("messages");
        assertThat(messages).hasSize(5);
        for (int i = 0; i < 3; i++) {
            assertThat(messages.get(i)).isEqualTo(first.get("messages").get(i));
        }
        JsonNode retrieving = messages.get(3);
        assertThat(retrieving.get("role").asText()).isEqualTo("assistant");
        assertThat(retrieving.at("/content/0/type").asText()).isEqualTo("thinking");
        assertThat(retrieving.at("/content/0/thinking").asText()).isEqualTo("I need every failed order.");
        assertThat(retrieving.at("/content/0/signature").asText()).isEqualTo("sig-round-0");
        assertThat(retrieving.at("/content/1/type").asText()).isEqualTo("tool_use");
        assertThat(retrieving.at("/content/1/name").asText()).isEqualTo(RetrieveTool.NAME);
        assertThat(retrieving.at("/content/1/input/hash").asText()).isEqualTo(hash);
        JsonNode answer = messages.get(4).at("/content/0");
        assertThat(answer.get("type").asText()).isEqualTo("tool_result");
        assertThat(answer.get("tool_use_id").asText()).isEqualTo("toolu_02");
        assertThat(answer.get("content").asText()).isEqualTo(ORIGINAL);
    }

    /** The caller's handler (context variants, as AiServices implements them). */
    private static final class Recorder implements StreamingChatResponseHandler {
        final List<String> text = new CopyOnWriteArrayList<>();
        final List<String> thinking = new CopyOnWriteArrayList<>();
        final List<String> toolEvents = new CopyOnWriteArrayList<>();
        final CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        volatile int terminals;

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            text.add(partial.text());
        }

        @Override
        public void onPartialThinking(PartialThinking partial, PartialThinkingContext context) {
            thinking.add(partial.text());
        }

        @Override
        public void onPartialToolCall(PartialToolCall call, PartialToolCallContext context) {
            toolEvents.add("partial " + call.name());
        }

        @Override
        public void onCompleteToolCall(CompleteToolCall call) {
            toolEvents.add("complete " + call.toolExecutionRequest().name());
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            terminals++;
            done.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            terminals++;
            done.completeExceptionally(error);
        }
    }
}
