package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.orders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.Mode;
import dev.headroom.cost.CallCost;
import dev.headroom.cost.PriceTable;
import dev.headroom.langchain4j.MultiTurnWireTest.OpsTools;
import dev.headroom.langchain4j.OpenAiStub.Turn;
import dev.headroom.stats.HeadroomStats;
import dev.headroom.stats.ModelTotals;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Shadow mode on the wire: LangChain4j's real {@code AiServices} and OpenAI models, with the real compressors, against
 * two local chat-completions stubs scripted alike, one behind the bare model and one behind the model wrapped in shadow
 * mode. The provider must receive the same request bodies, byte for byte, while the report and the statistics record
 * what Headroom would have saved.
 *
 * <p>The hand-computed example of docs/cost.md's shadow section (gpt-4o-mini: input 0.15, cached input 0.075, output
 * 0.60 USD per million tokens), one call of prompt 1,000 tokens (600 cached) and completion 20:
 * <pre>
 * spent  = (400 x 0.15 + 600 x 0.075 + 20 x 0.60) / 1e6 = 117 / 1e6 = 0.000117000
 * saved  = 13,641 would-be removed tokens x (105 / 1,000) / 1e6 = 0.001432305   (average input price 0.105)
 * net    = saved (no retrieval rounds in shadow mode)
 * </pre>
 */
class ShadowModeWireTest {

    private final OpenAiStub without = OpenAiStub.start();
    private final OpenAiStub shadow = OpenAiStub.start();
    private final Headroom headroom = Headroom.builder().config(HeadroomConfig.builder().mode(Mode.SHADOW).build()).build();

    interface Assistant {
        String chat(String message);
    }

    interface StreamingAssistant {
        TokenStream chat(String message);
    }

    @AfterEach
    void stop() {
        without.close();
        shadow.close();
    }

    /** Two questions, each answered after one tool call; then a question answered from the history. */
    private static void script(OpenAiStub stub) {
        stub.then(Turn.call("call_1", "list_instances", "{\"service\":\"checkout\"}"))
                .then(Turn.text("Instance i-0a... in eu-west-2a is impaired."))
                .then(Turn.call("call_2", "tail_log", "{\"service\":\"checkout\"}"))
                .then(Turn.text("One upstream refused connections."))
                .then(new Turn("Restart it.", List.of(), 40_000, 5).withCachedTokens(30_000));
    }

    private static void converse(Assistant assistant) {
        assistant.chat("Which checkout instance is impaired?");
        assistant.chat("Why do checkout requests fail?");
        assistant.chat("What should I do about 10.0.1.167?");
    }

    @Test
    void should_send_the_same_bytes_as_without_headroom_and_record_the_would_be_savings_when_blocking() {
        // given
        script(without);
        script(shadow);
        AttributeListener listener = new AttributeListener();
        ChatModel wrapped = HeadroomChatModel.builder()
                .delegate(shadow.chatModel().listeners(List.of(listener)).build()).headroom(headroom).build();

        // when
        converse(assistant(without.chatModel().listeners(List.of(new AttributeListener())).build()));
        converse(assistant(wrapped));

        // then: byte for byte what the bare model sent, and nothing of Headroom's on the wire
        assertThat(shadow.bodies()).hasSize(5).isEqualTo(without.bodies());
        assertThat(shadow.bodies()).noneMatch(body -> body.contains("headroom"));
        assertWouldBeSavings(listener);
    }

    @Test
    void should_send_the_same_bytes_as_without_headroom_and_record_the_would_be_savings_when_streaming() throws Exception {
        // given
        script(without);
        script(shadow);
        AttributeListener listener = new AttributeListener();
        StreamingChatModel wrapped = HeadroomStreamingChatModel.builder()
                .delegate(shadow.streamingChatModel().listeners(List.of(listener)).build()).headroom(headroom).build();

        // when
        converse(blocking(streamingAssistant(without.streamingChatModel().listeners(List.of(new AttributeListener())).build())));
        converse(blocking(streamingAssistant(wrapped)));

        // then
        assertThat(shadow.bodies()).hasSize(5).isEqualTo(without.bodies());
        assertThat(shadow.bodies()).noneMatch(body -> body.contains("headroom"));
        assertWouldBeSavings(listener);
    }

    private void assertWouldBeSavings(AttributeListener listener) {
        // the listener of every provider call saw a shadow report; the last call's covers both tool results
        assertThat(listener.onRequest).hasSize(5).allSatisfy(attributes ->
                assertThat(HeadroomReport.fromAttributes(attributes).orElseThrow().shadow()).isTrue());
        HeadroomReport last = HeadroomReport.fromAttributes(listener.onRequest.get(4)).orElseThrow();
        assertThat(last.toolResults()).isEqualTo(2);
        assertThat(last.compressed()).isEqualTo(2);
        assertThat(last.tokensSaved()).isGreaterThan(last.tokensBefore() * 3 / 4);
        // the statistics: tool results counted per request, as they would be in active mode, marked shadow
        HeadroomStats stats = headroom.stats();
        assertThat(stats.shadow()).isTrue();
        assertThat(stats.total().results()).isEqualTo(6); // requests 2..5 hold 1, 1, 2, 2 tool results
        assertThat(stats.total().compressed()).isEqualTo(6);
        assertThat(stats.tokensSaved()).isGreaterThan(stats.total().tokensBefore() * 3 / 4);
        assertThat(stats.retrievalRounds()).isZero();
        ModelTotals model = stats.byModel().get("open_ai/gpt-4o-mini");
        assertThat(model.calls()).isEqualTo(5);
        assertThat(model.retrievalCalls()).isZero();
        assertThat(model.pricedRequests()).isEqualTo(5);
        assertThat(model.saved()).isPositive();
        assertThat(model.retrievalSpent()).isZero();
        assertThat(model.net()).isEqualByComparingTo(model.saved());
    }

    @Test
    void should_price_what_would_have_been_saved_as_computed_by_hand() {
        // given
        Headroom fake = Headroom.builder().compressor(new FakeJsonCompressor(5))
                .config(HeadroomConfig.builder().mode(Mode.SHADOW).build()).build();
        Turn turn = new Turn("ORD-13 failed.", List.of(), 1_000, 20).withCachedTokens(600);
        without.then(turn);
        shadow.then(turn);
        ChatRequest request = ChatRequest.builder().messages(List.of(
                UserMessage.from("Which acme orders failed?"),
                AiMessage.from(call("call_1", "search_orders", "{\"customer\":\"acme\"}")),
                ToolExecutionResultMessage.from("call_1", "search_orders", orders(500)))).build();

        // when
        without.chatModel().build().chat(request);
        ChatResponse response = HeadroomChatModel.builder().delegate(shadow.chatModel().build()).headroom(fake).build()
                .chat(request);

        // then
        assertThat(shadow.bodies()).isEqualTo(without.bodies());
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        assertThat(report.shadow()).isTrue();
        assertThat(report.tokensSaved()).isEqualTo(CostWireTest.REMOVED);
        CallCost cost = report.cost().orElseThrow();
        assertThat(cost.spent()).isEqualTo(new BigDecimal("0.000117000"));
        assertThat(cost.saved()).isEqualTo(new BigDecimal("0.001432305"));
        assertThat(cost.retrievalSpent()).isZero();
        assertThat(cost.net()).isEqualTo(new BigDecimal("0.001432305"));
        assertThat(report.summary()).isEqualTo("headroom shadow mode, request sent unchanged: would have compressed 1 of 1"
                + " tool results (1 lossy), 13,825 -> 184 tokens; would have saved 13,641 tokens / $0.001432305 (prices of "
                + PriceTable.DEFAULTS_AS_OF + "), before any retrieval rounds");
    }

    private static Assistant assistant(ChatModel model) {
        return AiServices.builder(Assistant.class).chatModel(model).tools(new OpsTools())
                .chatMemory(MessageWindowChatMemory.withMaxMessages(30)).build();
    }

    private static StreamingAssistant streamingAssistant(StreamingChatModel model) {
        return AiServices.builder(StreamingAssistant.class).streamingChatModel(model).tools(new OpsTools())
                .chatMemory(MessageWindowChatMemory.withMaxMessages(30)).build();
    }

    /** Waits for each streamed answer, so the conversation runs one question after another. */
    private static Assistant blocking(StreamingAssistant streaming) {
        return message -> {
            CompletableFuture<String> answer = new CompletableFuture<>();
            streaming.chat(message).onPartialResponse(text -> {})
                    .onCompleteResponse(r -> answer.complete(r.aiMessage().text()))
                    .onError(answer::completeExceptionally).start();
            try {
                return answer.get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
    }
}
