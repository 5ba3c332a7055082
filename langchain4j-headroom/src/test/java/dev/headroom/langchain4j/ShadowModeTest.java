package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.SEARCH_ORDERS;
import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.calls;
import static dev.headroom.langchain4j.Fixtures.orders;
import static dev.headroom.langchain4j.Fixtures.response;
import static dev.headroom.langchain4j.Fixtures.toolNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ConversationBudget;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.Mode;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.tokens.TokenCounter;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shadow mode ({@link Mode#SHADOW}) with hand-written provider models: the provider receives the caller's request
 * itself, its response reaches the caller as it came, and the report and statistics hold what Headroom would have done.
 * The wire-level proof (same bytes as without Headroom) is {@link ShadowModeWireTest}.
 */
class ShadowModeTest {

    private static final HeadroomConfig SHADOW = HeadroomConfig.builder().mode(Mode.SHADOW).build();

    private final Headroom headroom = Fixtures.headroom(new FakeJsonCompressor(5), SHADOW);

    private static ChatRequest request() {
        return ChatRequest.builder()
                .messages(List.of(
                        UserMessage.from("Which acme orders failed?"),
                        AiMessage.from(call("call_1", "search_orders", "{\"customer\":\"acme\"}")),
                        ToolExecutionResultMessage.from("call_1", "search_orders", orders(500))))
                .toolSpecifications(SEARCH_ORDERS)
                .build();
    }

    @Test
    void should_send_the_callers_request_unchanged_and_report_what_would_have_been_saved_when_shadow() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(response(AiMessage.from("ORD-13 failed."), 1_000, 20));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(provider).headroom(headroom).build();
        ChatRequest request = request();

        // when
        ChatResponse response = model.chat(request);

        // then: the provider got the caller's messages and tools, nothing of Headroom's
        assertThat(provider.requests()).hasSize(1);
        assertThat(provider.request(0).messages()).isEqualTo(request.messages());
        assertThat(((ToolExecutionResultMessage) provider.request(0).messages().get(2)).text()).isEqualTo(orders(500));
        assertThat(toolNames(provider.request(0))).containsExactly("search_orders");
        assertThat(response.aiMessage().text()).isEqualTo("ORD-13 failed.");
        // and the report and statistics say what it would have done
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        assertThat(report.shadow()).isTrue();
        assertThat(report.compressed()).isEqualTo(1);
        assertThat(report.lossy()).isEqualTo(1);
        assertThat(report.tokensSaved()).isEqualTo(CostWireTest.REMOVED);
        assertThat(report.retrievalRounds()).isZero();
        assertThat(report.summary()).startsWith("headroom shadow mode, request sent unchanged: would have compressed 1 of 1")
                .contains("would have saved 13,641 tokens");
        assertThat(headroom.stats().shadow()).isTrue();
        assertThat(headroom.stats().tokensSaved()).isEqualTo(CostWireTest.REMOVED);
        assertThat(headroom.stats().retrievalRounds()).isZero();
    }

    @Test
    void should_return_the_response_as_it_came_with_no_hidden_round_when_shadow() {
        // given: the model calls a tool named headroom_retrieve (it was never offered one: nothing for Headroom to answer)
        ToolExecutionRequest retrieve = call("r1", RetrieveTool.NAME, "{\"hash\":\"0123456789abcdef01234567\"}");
        ScriptedChatModel provider = new ScriptedChatModel().then(calls(retrieve)).then(Fixtures.text("never asked"));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(provider).headroom(headroom).build();

        // when
        ChatResponse response = model.chat(request());

        // then
        assertThat(provider.requests()).hasSize(1);
        assertThat(response.aiMessage().toolExecutionRequests()).containsExactly(retrieve);
        assertThat(HeadroomReport.of(response).orElseThrow().retrievalRounds()).isZero();
    }

    @Test
    void should_record_the_budget_stubs_but_send_none_when_shadow() {
        // given: ten 1,000-token results against a trigger of 5,000
        Headroom budgeted = Headroom.builder().config(SHADOW.toBuilder().conversationBudget(ConversationBudget.builder()
                .triggerTokens(5_000).keepLast(2).minBatchTokens(2_000).build()).build()).build();
        List<ChatMessage> messages = new ArrayList<>(List.of(UserMessage.from("Find out why checkout fails.")));
        for (int k = 0; k < 10; k++) {
            messages.add(AiMessage.from(call("call_" + k, "read_notes", "{\"n\":" + k + "}")));
            messages.add(ToolExecutionResultMessage.from("call_" + k, "read_notes", ("note " + k + " ").repeat(900)));
        }
        ScriptedChatModel provider = new ScriptedChatModel().then(Fixtures.text("ok"));

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(provider).headroom(budgeted).build()
                .chat(ChatRequest.builder().messages(messages).build());

        // then
        assertThat(provider.request(0).messages()).isEqualTo(messages);
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        assertThat(report.resultsCleared()).isPositive();
        assertThat(report.tokensCleared()).isPositive();
        assertThat(report.summary()).contains("the budget would have cleared " + report.resultsCleared() + " results");
        assertThat(budgeted.stats().cleared().results()).isEqualTo(report.resultsCleared());
    }

    @Test
    void should_send_the_request_and_answer_with_an_empty_report_when_computing_the_shadow_fails() {
        // given: a token counter that throws (nothing in the engine guards it)
        TokenCounter broken = text -> {
            throw new IllegalStateException("tokenizer down");
        };
        Headroom failing = Headroom.builder().config(SHADOW).compressor(new FakeJsonCompressor(5)).tokenCounter(broken).build();
        ScriptedChatModel provider = new ScriptedChatModel().then(Fixtures.text("still answered"));

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(provider).headroom(failing).build().chat(request());

        // then
        assertThat(response.aiMessage().text()).isEqualTo("still answered");
        assertThat(provider.request(0).messages()).isEqualTo(request().messages());
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        assertThat(report.shadow()).isTrue();
        assertThat(report.toolResults()).isZero();
    }

    @Test
    void should_relay_tool_calls_live_and_send_the_request_unchanged_when_streaming_in_shadow() throws Exception {
        // given: a provider that notes, in the caller's own event list, when it has emitted its tool call
        RecordingHandler handler = new RecordingHandler();
        List<ChatRequest> received = new ArrayList<>();
        ToolExecutionRequest search = call("c2", "search_orders", "{\"customer\":\"globex\"}");
        StreamingChatModel provider = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler h) {
                received.add(request);
                h.onCompleteToolCall(new CompleteToolCall(0, search));
                handler.events.add("provider: tool call emitted");
                h.onCompleteResponse(calls(search));
            }
        };
        HeadroomStreamingChatModel model = HeadroomStreamingChatModel.builder().delegate(provider).headroom(headroom).build();

        // when
        model.chat(request(), handler);
        ChatResponse response = handler.await();

        // then: the caller saw the call before the provider went on, as without Headroom
        assertThat(handler.events).containsExactly("call:0:search_orders", "provider: tool call emitted", "complete");
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.messages()).isEqualTo(request().messages());
            assertThat(toolNames(r)).containsExactly("search_orders");
        });
        assertThat(response.aiMessage().toolExecutionRequests()).containsExactly(search);
        assertThat(HeadroomReport.of(response).orElseThrow().shadow()).isTrue();
        assertThat(HeadroomReport.of(response).orElseThrow().tokensSaved()).isEqualTo(CostWireTest.REMOVED);
    }
}
