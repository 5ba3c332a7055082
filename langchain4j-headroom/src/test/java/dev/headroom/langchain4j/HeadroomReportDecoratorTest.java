package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.handleIn;
import static dev.headroom.langchain4j.Fixtures.orders;
import static dev.headroom.langchain4j.Fixtures.response;
import static dev.headroom.langchain4j.Fixtures.retrieve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ConversationBudget;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.cost.CacheUsage;
import dev.headroom.stats.PassthroughReason;
import dev.headroom.tokens.TokenCounter;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-call {@link HeadroomReport} of both decorators: on the response and in the delegate's listener attributes. */
class HeadroomReportDecoratorTest {

    private final FakeJsonCompressor compressor = new FakeJsonCompressor(5);
    private final Headroom headroom = Fixtures.headroom(compressor);
    private final String orders = orders(500);

    /** A big JSON result the fake compressor cuts to 5 items, and a small one below the threshold. */
    private ChatRequest request() {
        return ChatRequest.builder().messages(List.of(
                SystemMessage.from("You are a shop assistant."),
                UserMessage.from("Which orders of acme failed?"),
                AiMessage.from(call("c1", "search_orders", "{\"customer\":\"acme\"}"),
                        call("c2", "get_weather", "{\"city\":\"Oslo\"}")),
                ToolExecutionResultMessage.from("c1", "search_orders", orders),
                ToolExecutionResultMessage.from("c2", "get_weather", "unavailable"))).build();
    }

    private long tokens(String text) {
        return headroom.tokenCounter().count(text);
    }

    private static String toolText(ChatRequest request, int index) {
        return ((ToolExecutionResultMessage) request.messages().get(index)).text();
    }

    @Test
    void should_report_compressed_and_passed_results_tokens_and_the_hidden_round_when_blocking() {
        // given: round 0 retrieves, the hidden round 1 answers
        AttributeListener listener = new AttributeListener();
        ScriptedChatModel provider = new ScriptedChatModel().listeners(listener)
                .then(request -> response(AiMessage.from(retrieve("r1", handleIn(request), "ORD-13")), 1_000, 20))
                .then(response(AiMessage.from("ORD-13 failed"), 3_000, 7));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(provider).headroom(headroom).build();
        ChatRequestOptions options = ChatRequestOptions.builder().listenerAttributes(Map.of("tenant", "t1")).build();

        // when
        ChatResponse response = model.chat(request(), options);

        // then: the report on the response
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        String sent = toolText(provider.request(0), 3);
        assertThat(sent).isNotEqualTo(orders);
        assertThat(report.toolResults()).isEqualTo(2);
        assertThat(report.compressed()).isEqualTo(1);
        assertThat(report.lossy()).isEqualTo(1);
        assertThat(report.passedThrough()).isEqualTo(1);
        assertThat(report.passthroughReasons()).containsExactly(Map.entry(PassthroughReason.BELOW_THRESHOLD, 1));
        assertThat(report.tokensBefore()).isEqualTo(tokens(orders) + tokens("unavailable"));
        assertThat(report.tokensAfter()).isEqualTo(tokens(sent) + tokens("unavailable"));
        assertThat(report.tokensSaved()).isGreaterThan(tokens(orders) / 2);
        assertThat(report.resultsCleared()).isZero();
        assertThat(report.retrievalRounds()).isEqualTo(1);
        assertThat(report.retrievalTokenUsage()).isEqualTo(new TokenUsage(3_000, 7));
        assertThat(response.tokenUsage()).isEqualTo(new TokenUsage(4_000, 27));

        // and: the listener sees both provider calls, the hidden one marked, the caller's attributes kept
        assertThat(listener.onRequest).hasSize(2);
        assertThat(HeadroomReport.retrievalRound(listener.onRequest.get(0))).isEmpty();
        assertThat(HeadroomReport.retrievalRound(listener.onRequest.get(1))).hasValue(1);
        assertThat(HeadroomReport.retrievalRound(listener.onResponse.get(1))).hasValue(1);
        assertThat(listener.onRequest).allSatisfy(attributes -> assertThat(attributes).containsEntry("tenant", "t1"));
        HeadroomReport atFirstCall = HeadroomReport.fromAttributes(listener.onRequest.get(0)).orElseThrow();
        assertThat(atFirstCall).isEqualTo(report.toBuilder().retrievalRounds(0).retrievalTokenUsage(null)
                .usage(CacheUsage.ZERO).retrievalUsage(CacheUsage.ZERO).build());
        assertThat(report.usage()).isEqualTo(new CacheUsage(4_000, 0, 0, 27, false));
        assertThat(HeadroomReport.fromAttributes(listener.onRequest.get(1)).orElseThrow().retrievalRounds()).isEqualTo(1);
    }

    @Test
    void should_report_the_same_figures_when_the_same_request_is_served_again_from_the_memo() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(response(AiMessage.from("ok"), 10, 1));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(provider).headroom(headroom).build();

        // when
        HeadroomReport first = HeadroomReport.of(model.chat(request())).orElseThrow();
        HeadroomReport second = HeadroomReport.of(model.chat(request())).orElseThrow();

        // then
        assertThat(second).isEqualTo(first);
        assertThat(first.retrievalRounds()).isZero();
        assertThat(first.retrievalTokenUsage()).isNull();
        assertThat(first.compressed()).isEqualTo(1);
    }

    @Test
    void should_report_results_cleared_by_the_conversation_budget() {
        // given: 10 prose results of about 1,000 tokens against a trigger of 5,000
        Headroom budgeted = Headroom.builder().tokenCounter(TokenCounter.estimating()).config(HeadroomConfig.builder()
                .conversationBudget(ConversationBudget.builder().triggerTokens(5_000).keepLast(2).minBatchTokens(2_000)
                        .build()).build()).build();
        List<ChatMessage> messages = new ArrayList<>(List.of(UserMessage.from("Find out why checkout fails.")));
        for (int k = 0; k < 10; k++) {
            messages.add(AiMessage.from(call("call_" + k, "read_notes", "{\"n\":" + k + "}")));
            messages.add(ToolExecutionResultMessage.from("call_" + k, "read_notes", notes(k)));
        }
        ScriptedChatModel provider = new ScriptedChatModel().then(response(AiMessage.from("ok"), 10, 1));

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(provider).headroom(budgeted).build()
                .chat(ChatRequest.builder().messages(messages).build());

        // then
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        long stubs = provider.request(0).messages().stream()
                .filter(m -> m instanceof ToolExecutionResultMessage r && r.text().startsWith("[headroom: tool result cleared"))
                .count();
        assertThat(stubs).isPositive();
        assertThat(report.resultsCleared()).isEqualTo((int) stubs);
        assertThat(report.tokensCleared()).isGreaterThan(stubs * 800);
        assertThat(report.toolResults()).isEqualTo(10);
    }

    @Test
    void should_deliver_the_report_with_the_final_streaming_response_and_mark_the_hidden_round() throws Exception {
        // given
        AttributeListener listener = new AttributeListener();
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel().listeners(listener)
                .then(request -> response(AiMessage.from(retrieve("r1", handleIn(request), null)), 100, 5))
                .then(request -> response(AiMessage.from(retrieve("r2", handleIn(request), "ORD-13")), 200, 6))
                .then(response(AiMessage.from("ORD-13 failed"), 300, 7));
        HeadroomStreamingChatModel model = HeadroomStreamingChatModel.builder().delegate(provider).headroom(headroom).build();
        RecordingHandler handler = new RecordingHandler();

        // when
        model.chat(request(), handler);
        ChatResponse response = handler.await();

        // then
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        assertThat(report.toolResults()).isEqualTo(2);
        assertThat(report.compressed()).isEqualTo(1);
        assertThat(report.passthroughReasons()).containsExactly(Map.entry(PassthroughReason.BELOW_THRESHOLD, 1));
        assertThat(report.tokensAfter()).isEqualTo(tokens(toolText(provider.request(0), 3)) + tokens("unavailable"));
        assertThat(report.retrievalRounds()).isEqualTo(2);
        assertThat(report.retrievalTokenUsage()).isEqualTo(new TokenUsage(500, 13));
        assertThat(response.tokenUsage()).isEqualTo(new TokenUsage(600, 18));
        assertThat(listener.onRequest).extracting(a -> HeadroomReport.retrievalRound(a).orElse(0)).containsExactly(0, 1, 2);
    }

    /** Prose of about 1,000 tokens (estimate), distinct per {@code k}; passes through compression. */
    private static String notes(int k) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; sb.length() < 3_600; p++) {
            sb.append("Note ").append(k).append('.').append(p).append(": the checkout service retries the gateway, and ")
                    .append("the engineer on call in week ").append(k + p).append(" wrote down what slowed it.\n");
        }
        return sb.toString();
    }
}
