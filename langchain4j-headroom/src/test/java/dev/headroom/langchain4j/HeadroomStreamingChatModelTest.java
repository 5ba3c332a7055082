package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.handleIn;
import static dev.headroom.langchain4j.Fixtures.lastToolResult;
import static dev.headroom.langchain4j.Fixtures.orders;
import static dev.headroom.langchain4j.Fixtures.response;
import static dev.headroom.langchain4j.Fixtures.retrieve;
import static dev.headroom.langchain4j.Fixtures.toolNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.RetrieveTool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.mock.StreamingChatModelMock;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeadroomStreamingChatModelTest {

    private final FakeJsonCompressor compressor = new FakeJsonCompressor(5);
    private final Headroom headroom = Fixtures.headroom(compressor);
    private final String orders = orders(500);
    private final ToolExecutionRequest weather = call("w1", "get_weather", "{\"city\":\"Oslo\"}");

    private List<ChatMessage> conversation() {
        return List.of(
                UserMessage.from("Which orders failed?"),
                AiMessage.from(call("c1", "search_orders", "{\"customer\":\"acme\"}")),
                ToolExecutionResultMessage.from("c1", "search_orders", orders));
    }

    private HeadroomStreamingChatModel wrap(ScriptedStreamingChatModel delegate) {
        return HeadroomStreamingChatModel.builder().delegate(delegate).headroom(headroom).build();
    }

    private RecordingHandler chat(HeadroomStreamingChatModel model, ChatRequest request) {
        RecordingHandler handler = new RecordingHandler();
        model.chat(request, handler);
        return handler;
    }

    private RecordingHandler chat(HeadroomStreamingChatModel model) {
        return chat(model, ChatRequest.builder().messages(conversation()).build());
    }

    @Test
    @DisplayName("Invariant 1 (streaming): compressed on the wire, messages in order")
    void should_compress_tool_results_before_streaming_delegate() throws Exception {
        // given
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel().then(response(AiMessage.from("ok"), 1, 1));

        // when
        chat(wrap(provider)).await();

        // then
        List<ChatMessage> sent = provider.request(0).messages();
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0)).isEqualTo(conversation().get(0));
        assertThat(((ToolExecutionResultMessage) sent.get(2)).text()).contains("hash=" + Handles.of(orders)).hasSizeLessThan(2_000);
        assertThat(toolNames(provider.request(0))).containsExactly(RetrieveTool.NAME);
    }

    @Test
    @DisplayName("Invariant 7 (streaming): text streams live in every round; no retrieve call or event reaches the caller")
    void should_stream_text_live_and_hide_retrieval_round() throws Exception {
        // given
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel()
                .then(request -> response(AiMessage.builder().text("Looking").thinking("hmm")
                        .toolExecutionRequests(List.of(retrieve("r1", handleIn(request), "ORD-13"))).build(), 100, 5))
                .then(response(AiMessage.from("ORD-13 failed"), 200, 7));

        // when
        RecordingHandler handler = chat(wrap(provider));
        ChatResponse response = handler.await();

        // then
        assertThat(handler.events).containsExactly(
                "thinking:hmm", "text:Loo", "text:king", "text:ORD-13", "text: failed", "complete");
        assertThat(response.aiMessage().text()).isEqualTo("ORD-13 failed");
        assertThat(response.tokenUsage()).isEqualTo(new TokenUsage(300, 12));
        assertThat(lastToolResult(provider.request(1)).text()).contains("\"id\":\"ORD-13\"");
        assertThat(headroom.stats().retrievalRounds()).isEqualTo(1);
    }

    @Test
    @DisplayName("Invariant 7 (streaming): in a mixed turn the caller's calls are held and dropped; they are released once, from the final round")
    void should_release_callers_tool_calls_only_from_final_round_when_turn_is_mixed() throws Exception {
        // given
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel()
                .then(request -> response(AiMessage.from(weather, retrieve("r1", handleIn(request), null)), 1, 1))
                .then(response(AiMessage.from(weather), 1, 1));

        // when
        RecordingHandler handler = chat(wrap(provider));
        ChatResponse response = handler.await();

        // then
        assertThat(handler.events).containsExactly(
                "partial:0:get_weather:{\"city\"", "partial:0:get_weather::\"Oslo\"}", "call:0:get_weather", "complete");
        assertThat(response.aiMessage().toolExecutionRequests()).containsExactly(weather);
        AiMessage hidden = (AiMessage) provider.request(1).messages().get(3);
        assertThat(hidden.toolExecutionRequests()).extracting(ToolExecutionRequest::name).containsExactly(RetrieveTool.NAME);
    }

    @Test
    @DisplayName("Invariant 8 (streaming): a model that retrieves forever gets one 'limit reached' and one final response")
    void should_complete_once_when_model_retrieves_forever() throws Exception {
        // given
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel()
                .then(request -> response(AiMessage.from(retrieve("r", handleIn(request), null)), 1, 1));
        ChatRequest request = ChatRequest.builder().messages(conversation()).toolChoice(ToolChoice.REQUIRED).build();

        // when
        RecordingHandler handler = chat(wrap(provider), request);
        ChatResponse response = handler.await();

        // then
        assertThat(provider.requests()).hasSize(HeadroomConfig.DEFAULT_MAX_RETRIEVAL_ROUNDS + 2);
        assertThat(handler.events).containsExactly("complete");
        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(response.tokenUsage()).isEqualTo(new TokenUsage(5, 5));
    }

    @Test
    void should_renumber_callers_calls_when_retrieve_calls_are_stripped_after_limit() throws Exception {
        // given
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel()
                .then(request -> response(AiMessage.from(retrieve("r", handleIn(request), null), weather), 1, 1));
        HeadroomStreamingChatModel model = HeadroomStreamingChatModel.builder().delegate(provider)
                .headroom(Fixtures.headroom(compressor, HeadroomConfig.builder().maxRetrievalRounds(0).build())).build();

        // when
        RecordingHandler handler = chat(model);
        ChatResponse response = handler.await();

        // then
        assertThat(provider.requests()).hasSize(2);
        assertThat(handler.events).containsExactly(
                "partial:0:get_weather:{\"city\"", "partial:0:get_weather::\"Oslo\"}", "call:0:get_weather", "complete");
        assertThat(response.aiMessage().toolExecutionRequests()).containsExactly(weather);
    }

    @Test
    void should_release_plain_variant_tool_calls_in_plain_variant() throws Exception {
        // given
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel().plainVariants()
                .then(request -> response(AiMessage.from(retrieve("r1", handleIn(request), null), weather), 1, 1))
                .then(response(AiMessage.builder().text("ok").toolExecutionRequests(List.of(weather)).build(), 1, 1));
        List<String> plain = new ArrayList<>();
        RecordingHandler handler = new RecordingHandler() {
            @Override
            public void onPartialResponse(String text) {
                plain.add("plain-text:" + text);
            }

            @Override
            public void onPartialToolCall(PartialToolCall call) {
                plain.add("plain-partial:" + call.index() + ":" + call.name());
            }
        };

        // when
        wrap(provider).chat(ChatRequest.builder().messages(conversation()).build(), handler);
        handler.await();

        // then
        assertThat(plain).containsExactly("plain-text:o", "plain-text:k",
                "plain-partial:0:get_weather", "plain-partial:0:get_weather");
        assertThat(handler.events).containsExactly("call:0:get_weather", "complete");
    }

    @Test
    void should_stop_further_rounds_when_caller_cancels() throws Exception {
        // given
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel().completeWhenCancelled(true)
                .then(request -> response(AiMessage.builder().text("Looking")
                        .toolExecutionRequests(List.of(retrieve("r1", handleIn(request), null))).build(), 1, 1))
                .then(response(AiMessage.from("never"), 1, 1));
        RecordingHandler handler = new RecordingHandler().cancelOnFirstText();

        // when
        wrap(provider).chat(ChatRequest.builder().messages(conversation()).build(), handler);
        ChatResponse response = handler.await();

        // then
        assertThat(provider.requests()).hasSize(1);
        assertThat(provider.handles().get(0).isCancelled()).isTrue();
        assertThat(handler.handle.isCancelled()).isTrue();
        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(handler.events).containsExactly("text:Loo", "complete");
    }

    @Test
    void should_deliver_nothing_more_when_cancelled_round_does_not_complete() {
        // given
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel()
                .then(response(AiMessage.from("a long answer"), 1, 1));
        RecordingHandler handler = new RecordingHandler().cancelOnFirstText();

        // when
        wrap(provider).chat(ChatRequest.builder().messages(conversation()).build(), handler);

        // then
        assertThat(handler.events).containsExactly("text:a long");
        assertThat(provider.handles().get(0).isCancelled()).isTrue();
    }

    @Test
    void should_report_synchronous_delegate_exception_as_one_error_in_any_round() {
        for (int round : new int[] {0, 1}) {
            // given
            ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel()
                    .then(request -> response(AiMessage.from(retrieve("r1", handleIn(request), null)), 1, 1))
                    .then(response(AiMessage.from("never"), 1, 1))
                    .throwing(round, new IllegalStateException("bad request"));

            // when
            RecordingHandler handler = chat(wrap(provider));

            // then
            assertThat(handler.events).as("round %d", round).containsExactly("error:bad request");
        }
    }

    @Test
    void should_report_error_once_when_callers_complete_handler_throws() {
        // given
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel().then(response(AiMessage.from("hi"), 1, 1));
        List<String> events = new ArrayList<>();
        StreamingChatResponseHandler throwing = new StreamingChatResponseHandler() {
            @Override
            public void onCompleteResponse(ChatResponse response) {
                events.add("complete");
                throw new IllegalStateException("caller bug");
            }

            @Override
            public void onError(Throwable error) {
                events.add("error:" + error.getMessage());
            }
        };

        // when
        wrap(provider).chat(ChatRequest.builder().messages(conversation()).build(), throwing);

        // then
        assertThat(events).containsExactly("complete", "error:caller bug");
    }

    @Test
    void should_forward_string_variant_when_delegate_uses_it() {
        // given
        StreamingChatModelMock mock = StreamingChatModelMock.thatAlwaysStreams("hi");
        List<String> texts = new ArrayList<>();
        RecordingHandler handler = new RecordingHandler() {
            @Override
            public void onPartialResponse(String text) {
                texts.add(text);
            }

            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                texts.add("ctx:" + partial.text());
            }
        };

        // when
        HeadroomStreamingChatModel.wrap(mock).chat("hello", handler);

        // then
        assertThat(handler.done).succeedsWithin(java.time.Duration.ofSeconds(10));
        assertThat(texts).containsExactly("ctx:h", "ctx:i");
    }

    @Test
    @DisplayName("Invariant 9 (streaming): the delegate's listeners fire once per provider call, usage summed")
    void should_fire_delegate_listeners_once_per_round() throws Exception {
        // given
        CountingListener listener = new CountingListener();
        ScriptedStreamingChatModel provider = new ScriptedStreamingChatModel().listeners(listener)
                .then(request -> response(AiMessage.from(retrieve("r1", handleIn(request), null)), 10, 2))
                .then(response(AiMessage.from("done"), 30, 4));
        HeadroomStreamingChatModel model = wrap(provider);

        // when
        ChatResponse response = chat(model).await();

        // then
        assertThat(listener.requests).hasValue(2);
        assertThat(listener.responses).hasValue(2);
        assertThat(model.listeners()).isEmpty();
        assertThat(response.tokenUsage()).isEqualTo(new TokenUsage(40, 6));
    }

    @Test
    void should_hide_retrieve_tool_call_events_of_langchain4j_streaming_mock() throws Exception {
        // given: the mock streams on its own thread and emits onCompleteToolCall for every call
        String handle = Handles.of(orders);
        StreamingChatModelMock mock = StreamingChatModelMock.thatAlwaysStreams(
                AiMessage.from(retrieve("r1", handle, "ORD-13")), AiMessage.from("ORD-13 failed"));
        RecordingHandler handler = new RecordingHandler();

        // when
        HeadroomStreamingChatModel.builder().delegate(mock).headroom(headroom).build()
                .chat(ChatRequest.builder().messages(conversation()).build(), handler);
        ChatResponse response = handler.await();

        // then
        assertThat(response.aiMessage().text()).isEqualTo("ORD-13 failed");
        assertThat(handler.events).noneMatch(e -> e.contains(RetrieveTool.NAME)).endsWith("complete");
        assertThat(handler.terminals()).isEqualTo(1);
        assertThat(String.join("", handler.events.stream().filter(e -> e.startsWith("text:"))
                .map(e -> e.substring(5)).toList())).isEqualTo("ORD-13 failed");
        assertThat(lastToolResult(mock.requests().get(1)).text()).contains("\"id\":\"ORD-13\"");
    }
}
