package dev.headroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.Headroom;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.langchain4j.HeadroomStreamingChatModel;
import dev.headroom.stats.RetrievalOutcome;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults around the decorators: what the delegate, the store, a compressor, a statistics receiver or the
 * model's own malformed calls do wrong. Delegate failures reach the caller unchanged and exactly once;
 * everything else degrades to an honest answer to the model and never fails the caller's request.
 */
class DecoratorFaultTest {

    private static final String ORIGINAL = Conversations.toolResult("acme", 1, 200);

    private static ChatRequest conversation() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("c1").name("list_orders").arguments("{\"customer\":\"acme\"}").build();
        return ChatRequest.builder()
                .messages(UserMessage.from("which acme orders failed?"), AiMessage.from(call), ToolExecutionResultMessage.from(call, ORIGINAL))
                .build();
    }

    private static Headroom headroom(CompressionStore store) {
        return Headroom.builder().store(store).compressor(HeadCompressor.json()).build();
    }

    private static ToolExecutionResultMessage lastToolResult(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        return (ToolExecutionResultMessage) messages.get(messages.size() - 1);
    }

    // ---- the delegate fails: same instance, once ----------------------------------------------------------

    @ParameterizedTest(name = "round {0}")
    @ValueSource(ints = {0, 1})
    void should_propagate_same_exception_once_when_blocking_delegate_throws(int round) {
        // given
        RuntimeException failure = new IllegalStateException("provider down");
        FakeModels.Blocking delegate = new FakeModels.Blocking(FakeModels.retrievingModel()).onRound(round, r -> {
            throw failure;
        });
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(delegate).headroom(headroom(CaffeineCompressionStore.create())).build();

        // when / then
        assertThatThrownBy(() -> model.chat(conversation())).isSameAs(failure);
        assertThat(delegate.requests).hasSize(round + 1);
    }

    @ParameterizedTest(name = "round {0}")
    @ValueSource(ints = {0, 1})
    void should_deliver_same_error_once_when_streaming_delegate_reports_it(int round) throws Exception {
        // given a delegate that reports the error, then misbehaves by completing and reporting again
        RuntimeException failure = new IllegalStateException("stream reset");
        FakeModels.Streaming delegate = new FakeModels.Streaming(FakeModels.retrievingModel()).onRound(round, (r, handler) -> {
            handler.onError(failure);
            handler.onCompleteResponse(FakeModels.response(AiMessage.from("late")));
            handler.onError(new IllegalStateException("second"));
        });
        Terminals caller = new Terminals();

        // when
        HeadroomStreamingChatModel.builder().delegate(delegate).headroom(headroom(CaffeineCompressionStore.create())).build()
                .chat(conversation(), caller);

        // then
        caller.await();
        assertThat(caller.errors).containsExactly(failure);
        assertThat(caller.completions).isEmpty();
        assertThat(delegate.requests).hasSize(round + 1);
    }

    @ParameterizedTest(name = "round {0}")
    @ValueSource(ints = {0, 1})
    void should_deliver_same_error_once_when_streaming_delegate_throws_synchronously(int round) throws Exception {
        // given
        RuntimeException failure = new IllegalArgumentException("bad request");
        FakeModels.Streaming delegate = new FakeModels.Streaming(FakeModels.retrievingModel()).onRound(round, (r, handler) -> {
            throw failure;
        });
        Terminals caller = new Terminals();

        // when
        HeadroomStreamingChatModel.builder().delegate(delegate).headroom(headroom(CaffeineCompressionStore.create())).build()
                .chat(conversation(), caller);

        // then
        caller.await();
        assertThat(caller.errors).containsExactly(failure);
        assertThat(caller.terminalCount()).isEqualTo(1);
    }

    @Test
    void should_complete_once_when_streaming_delegate_completes_then_reports_an_error() throws Exception {
        // given round 1 (after the hidden retrieval) completes and then reports a stray error
        FakeModels.Streaming delegate = new FakeModels.Streaming(FakeModels.retrievingModel()).onRound(1, (r, handler) -> {
            FakeModels.stream(FakeModels.retrievingModel().apply(r), handler, new FakeModels.Handle(), true);
            handler.onError(new IllegalStateException("stray"));
        });
        Terminals caller = new Terminals();

        // when
        HeadroomStreamingChatModel.builder().delegate(delegate).headroom(headroom(CaffeineCompressionStore.create())).build()
                .chat(conversation(), caller);

        // then
        caller.await();
        assertThat(caller.completions).hasSize(1);
        assertThat(caller.errors).isEmpty();
        assertThat(caller.completions.get(0).aiMessage().text()).startsWith(FakeModels.ANSWER_PREFIX).contains("acme-secret-1-199");
    }

    @Test
    void should_start_no_further_round_when_caller_cancels_during_a_retrieval_round() throws Exception {
        // given a model that retrieves in every round; the caller cancels on the first text of round 1
        FakeModels.Streaming delegate = new FakeModels.Streaming(request -> {
            String hash = FakeModels.HASH.matcher(request.messages().get(2) instanceof ToolExecutionResultMessage t ? t.text() : "")
                    .results().findFirst().orElseThrow().group(1);
            ToolExecutionRequest call = ToolExecutionRequest.builder().id("r").name(RetrieveTool.NAME)
                    .arguments("{\"hash\":\"" + hash + "\"}").build();
            return FakeModels.response(AiMessage.builder().text("looking").toolExecutionRequests(List.of(call)).build());
        });
        Headroom headroom = headroom(CaffeineCompressionStore.create());
        int[] texts = {0};
        Terminals caller = new Terminals(handle -> {
            if (++texts[0] == 3) { // round 0 streams two chunks; the third is round 1's first
                handle.cancel();
            }
        });

        // when
        HeadroomStreamingChatModel.builder().delegate(delegate).headroom(headroom).build().chat(conversation(), caller);

        // then: round 1 still completes (the fake finishes a cancelled round), and nothing starts after it
        caller.await();
        assertThat(delegate.requests).hasSize(2);
        assertThat(caller.terminalCount()).isEqualTo(1);
        assertThat(caller.completions.get(0).aiMessage().toolExecutionRequests()).isEmpty();
    }

    // ---- the store fails: the model gets an honest answer, the caller a response -------------------------

    @Test
    void should_send_original_uncompressed_when_store_put_throws() {
        // given
        Faults.FailingStore store = new Faults.FailingStore(() -> new IOException("redis down"), null);
        Headroom headroom = headroom(store);
        FakeModels.Blocking delegate = new FakeModels.Blocking(FakeModels.retrievingModel());

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(delegate).headroom(headroom).build().chat(conversation());

        // then
        assertThat(lastToolResult(delegate.requests.get(0)).text()).isEqualTo(ORIGINAL);
        assertThat(response.aiMessage().text()).isEqualTo("no retrieval needed");
        assertThat(headroom.stats().failOpen()).isEqualTo(1);
    }

    @Test
    void should_answer_from_the_requests_own_original_when_store_get_throws() throws Exception {
        // given a store that keeps puts but fails every get
        CaffeineCompressionStore backing = CaffeineCompressionStore.create();
        java.util.concurrent.atomic.AtomicInteger gets = new java.util.concurrent.atomic.AtomicInteger();
        CompressionStore store = new CompressionStore() {
            @Override
            public boolean put(String handle, String original) {
                return backing.put(handle, original);
            }

            @Override
            public java.util.Optional<String> get(String handle) {
                gets.incrementAndGet();
                throw new IllegalStateException("connection reset");
            }
        };
        Headroom headroom = headroom(store);
        FakeModels.Blocking blocking = new FakeModels.Blocking(FakeModels.retrievingModel());
        FakeModels.Streaming streaming = new FakeModels.Streaming(FakeModels.retrievingModel());
        Terminals caller = new Terminals();

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(blocking).headroom(headroom).build().chat(conversation());
        HeadroomStreamingChatModel.builder().delegate(streaming).headroom(headroom).build().chat(conversation(), caller);

        // then: the retrieval in the request that sent the handle is answered from that request's original
        assertThat(lastToolResult(blocking.requests.get(1)).text()).isEqualTo(ORIGINAL);
        assertThat(response.aiMessage().text()).isEqualTo(FakeModels.ANSWER_PREFIX + ORIGINAL);
        caller.await();
        assertThat(caller.completions).hasSize(1);
        assertThat(caller.completions.get(0).aiMessage().text()).isEqualTo(FakeModels.ANSWER_PREFIX + ORIGINAL);
        assertThat(gets).as("the store is not read within the request").hasValue(0);
        assertThat(headroom.stats().retrievals(RetrievalOutcome.FOUND)).isEqualTo(2);
    }

    @Test
    void should_answer_from_the_requests_own_original_when_entry_expired_between_rounds() {
        // given a store with fake time; the model takes longer than the expiry to call headroom_retrieve
        AtomicLong millis = new AtomicLong();
        InstantSource clock = () -> Instant.ofEpochMilli(millis.get());
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().expireAfterAccess(Duration.ofMinutes(5)).clock(clock).build();
        FakeModels.Blocking delegate = new FakeModels.Blocking(FakeModels.retrievingModel()).onRound(0, request -> {
            millis.addAndGet(Duration.ofMinutes(6).toMillis());
            return FakeModels.retrievingModel().apply(request);
        });

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(delegate).headroom(headroom(store)).build().chat(conversation());

        // then: expired in the store, yet the request still holds its original
        assertThat(store.get(dev.headroom.ccr.Handles.of(ORIGINAL))).isEmpty();
        assertThat(lastToolResult(delegate.requests.get(1)).text()).isEqualTo(ORIGINAL);
        assertThat(response.aiMessage().text()).isEqualTo(FakeModels.ANSWER_PREFIX + ORIGINAL);
    }

    @Test
    void should_send_the_original_whole_when_tiny_store_cannot_keep_it() {
        // given a store far smaller than one original: it cannot keep it, so no handle may be sent
        CaffeineCompressionStore tiny = CaffeineCompressionStore.builder().maximumBytes(2_048).build();
        FakeModels.Blocking delegate = new FakeModels.Blocking(FakeModels.retrievingModel());
        Headroom headroom = headroom(tiny);

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(delegate).headroom(headroom).build().chat(conversation());

        // then: the compressed view with a dead hash never reached the model
        assertThat(lastToolResult(delegate.requests.get(0)).text()).isEqualTo(ORIGINAL);
        assertThat(delegate.requests).hasSize(1);
        assertThat(response.aiMessage().text()).isEqualTo("no retrieval needed");
        assertThat(headroom.stats().failOpen()).isEqualTo(1);
        assertThat(tiny.weightedSize()).isZero();
    }

    // ---- the model sends malformed headroom_retrieve arguments -----------------------------------------

    @ParameterizedTest(name = "[{index}] arguments: {0}")
    @ValueSource(strings = {"not json", "{}", "{\"hash\": 42}", "{\"hash\": null}", "{\"hash\": \"\"}", "[\"abc\"]", "null", "",
            "{\"query\": \"x\"}", "{\"hash\": {\"nested\": true}}"})
    void should_answer_clear_tool_error_and_continue_when_retrieve_arguments_are_malformed(String arguments) throws Exception {
        // given
        Headroom headroom = headroom(CaffeineCompressionStore.create());
        FakeModels.Blocking blocking = new FakeModels.Blocking(FakeModels.retrievingModel(hash -> arguments));
        FakeModels.Streaming streaming = new FakeModels.Streaming(FakeModels.retrievingModel(hash -> arguments));
        Terminals caller = new Terminals();

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(blocking).headroom(headroom).build().chat(conversation());
        HeadroomStreamingChatModel.builder().delegate(streaming).headroom(headroom).build().chat(conversation(), caller);

        // then: the tool answer names the problem and the expected shape; the model answered after it
        String toolAnswer = lastToolResult(blocking.requests.get(1)).text();
        assertThat(toolAnswer).contains("headroom_retrieve").contains("hash");
        assertThat(response.aiMessage().text()).isEqualTo(FakeModels.ANSWER_PREFIX + toolAnswer);
        caller.await();
        assertThat(caller.completions).hasSize(1);
        assertThat(caller.errors).isEmpty();
        assertThat(headroom.stats().retrievals(RetrievalOutcome.INVALID_ARGUMENTS)).isEqualTo(2);
    }

    // ---- user-supplied compressor and statistics receiver fail -----------------------------------------

    @Test
    void should_send_original_and_count_fail_open_when_custom_compressor_throws() throws Exception {
        // given
        Headroom headroom = Headroom.builder().compressor(Faults.throwingCompressor(() -> new IllegalStateException("bug"))).build();
        FakeModels.Blocking blocking = new FakeModels.Blocking(FakeModels.retrievingModel());
        FakeModels.Streaming streaming = new FakeModels.Streaming(FakeModels.retrievingModel());
        Terminals caller = new Terminals();

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(blocking).headroom(headroom).build().chat(conversation());
        HeadroomStreamingChatModel.builder().delegate(streaming).headroom(headroom).build().chat(conversation(), caller);

        // then
        assertThat(lastToolResult(blocking.requests.get(0)).text()).isEqualTo(ORIGINAL);
        assertThat(lastToolResult(streaming.requests.get(0)).text()).isEqualTo(ORIGINAL);
        assertThat(response.aiMessage().text()).isEqualTo("no retrieval needed");
        caller.await();
        assertThat(caller.completions).hasSize(1);
        assertThat(headroom.stats().failOpen()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void should_never_fail_request_when_stats_counter_throws() throws Exception {
        // given a receiver that throws from every callback
        Faults.ThrowingStatsCounter counter = new Faults.ThrowingStatsCounter(() -> new AssertionError("metrics bug"));
        Headroom headroom = Headroom.builder().compressor(HeadCompressor.json()).statsCounter(counter).build();
        FakeModels.Blocking blocking = new FakeModels.Blocking(FakeModels.retrievingModel());
        FakeModels.Streaming streaming = new FakeModels.Streaming(FakeModels.retrievingModel());
        Terminals caller = new Terminals();

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(blocking).headroom(headroom).build().chat(conversation());
        HeadroomStreamingChatModel.builder().delegate(streaming).headroom(headroom).build().chat(conversation(), caller);

        // then: compression, retrieval and the answer all happened
        assertThat(lastToolResult(blocking.requests.get(0)).text()).contains("hash=");
        assertThat(response.aiMessage().text()).isEqualTo(FakeModels.ANSWER_PREFIX + ORIGINAL);
        caller.await();
        assertThat(caller.completions).hasSize(1);
        assertThat(caller.completions.get(0).aiMessage().text()).isEqualTo(FakeModels.ANSWER_PREFIX + ORIGINAL);
        assertThat(counter.calls.get()).isGreaterThan(4);
    }
}
