package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.GET_WEATHER;
import static dev.headroom.langchain4j.Fixtures.SEARCH_ORDERS;
import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.calls;
import static dev.headroom.langchain4j.Fixtures.handleIn;
import static dev.headroom.langchain4j.Fixtures.lastToolResult;
import static dev.headroom.langchain4j.Fixtures.orders;
import static dev.headroom.langchain4j.Fixtures.response;
import static dev.headroom.langchain4j.Fixtures.retrieve;
import static dev.headroom.langchain4j.Fixtures.text;
import static dev.headroom.langchain4j.Fixtures.toolNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.stats.RetrievalOutcome;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.mock.ChatModelMock;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeadroomChatModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeJsonCompressor compressor = new FakeJsonCompressor(5);
    private final Headroom headroom = Fixtures.headroom(compressor);
    private final String orders = orders(500);

    /** system, user, ai(two calls), big JSON result, small error result: a typical tool round. */
    private List<ChatMessage> conversation() {
        return List.of(
                SystemMessage.from("You are a shop assistant."),
                UserMessage.from("Which orders of acme failed?"),
                AiMessage.builder()
                        .text("Let me look.")
                        .thinking("need orders")
                        .toolExecutionRequests(List.of(
                                call("call_1", "search_orders", "{\"customer\":\"acme\"}"),
                                call("call_2", "get_weather", "{\"city\":\"Oslo\"}")))
                        .attributes(Map.of("signature", "sig-1"))
                        .build(),
                ToolExecutionResultMessage.builder().id("call_1").toolName("search_orders").text(orders)
                        .attributes(Map.of("k", "v")).build(),
                ToolExecutionResultMessage.builder().id("call_2").toolName("get_weather").text("unavailable")
                        .isError(true).build());
    }

    private HeadroomChatModel wrap(ChatModel delegate) {
        return HeadroomChatModel.builder().delegate(delegate).headroom(headroom).build();
    }

    @Test
    @DisplayName("Invariant 1: only tool result content changes; ids, names, isError, attributes, order and other messages pass through")
    void should_change_only_tool_result_content_when_compressing() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(text("done"));
        List<ChatMessage> sent = conversation();

        // when
        wrap(provider).chat(ChatRequest.builder().messages(sent).build());

        // then
        List<ChatMessage> received = provider.request(0).messages();
        assertThat(received).hasSize(sent.size());
        for (int i = 0; i < 3; i++) {
            assertThat(received.get(i)).isSameAs(sent.get(i));
        }
        ToolExecutionResultMessage original = (ToolExecutionResultMessage) sent.get(3);
        ToolExecutionResultMessage compressed = (ToolExecutionResultMessage) received.get(3);
        assertThat(compressed.id()).isEqualTo("call_1");
        assertThat(compressed.toolName()).isEqualTo("search_orders");
        assertThat(compressed.isError()).isEqualTo(original.isError());
        assertThat(compressed.attributes()).isEqualTo(Map.of("k", "v"));
        assertThat(compressed.text()).startsWith("[{\"id\":\"ORD-0\"").contains("495 of 500 items omitted");
        assertThat(compressed.text().length()).isLessThan(orders.length() / 10);
        assertThat(received.get(4)).isSameAs(sent.get(4));
    }

    @Test
    void should_keep_is_error_and_attributes_when_an_error_tool_result_is_compressed() {
        // given a failing tool that still returned a large body (it must be compressed AND stay an error)
        ScriptedChatModel provider = new ScriptedChatModel().then(text("done"));
        ToolExecutionResultMessage failed = ToolExecutionResultMessage.builder().id("call_1").toolName("search_orders")
                .text(orders).isError(true).attributes(Map.of("k", "v")).build();
        List<ChatMessage> sent = List.of(UserMessage.from("Which orders failed?"),
                AiMessage.from(call("call_1", "search_orders", "{}")), failed);

        // when
        wrap(provider).chat(ChatRequest.builder().messages(sent).build());

        // then
        ToolExecutionResultMessage received = (ToolExecutionResultMessage) provider.request(0).messages().get(2);
        assertThat(received.text()).isNotEqualTo(orders).contains("items omitted");
        assertThat(received.isError()).isTrue();
        assertThat(received.id()).isEqualTo("call_1");
        assertThat(received.toolName()).isEqualTo("search_orders");
        assertThat(received.attributes()).isEqualTo(Map.of("k", "v"));
    }

    @Test
    void should_leave_tool_results_with_several_contents_untouched() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(text("done"));
        ToolExecutionResultMessage multi = ToolExecutionResultMessage.builder().id("call_1").toolName("search_orders")
                .contents(TextContent.from(orders), ImageContent.from("https://example.invalid/a.png")).build();

        // when
        wrap(provider).chat(UserMessage.from("hi"), AiMessage.from(call("call_1", "search_orders", "{}")), multi);

        // then
        assertThat(provider.request(0).messages().get(2)).isSameAs(multi);
    }

    @Test
    @DisplayName("Invariant 2: the context is the call's arguments and the last user message before the call; earlier bytes never change")
    void should_send_identical_bytes_for_earlier_messages_when_conversation_grows() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(text("done"));
        HeadroomChatModel model = wrap(provider);
        List<ChatMessage> turn1 = new ArrayList<>(conversation());
        List<ChatMessage> turn2 = new ArrayList<>(turn1);
        turn2.add(AiMessage.from("Order ORD-13 failed."));
        turn2.add(UserMessage.from("And which ones were refunded?"));

        // when
        model.chat(ChatRequest.builder().messages(turn1).build());
        model.chat(ChatRequest.builder().messages(turn2).build());

        // then
        List<ChatMessage> first = provider.request(0).messages();
        assertThat(provider.request(1).messages().subList(0, first.size())).isEqualTo(first);
        assertThat(compressor.contexts()).allSatisfy(context -> {
            assertThat(context.toolName()).isEqualTo("search_orders");
            assertThat(context.toolArguments()).isEqualTo("{\"customer\":\"acme\"}");
            assertThat(context.userMessage()).isEqualTo("Which orders of acme failed?");
        });
    }

    @Test
    void should_match_tool_calls_by_name_and_position_when_ids_are_missing() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(text("done"));
        List<ChatMessage> messages = List.of(
                UserMessage.from("first question"),
                AiMessage.from(call(null, "get_weather", "{\"city\":\"Oslo\"}"), call(null, "search_orders", "{\"customer\":\"acme\"}")),
                UserMessage.from("a later message that must not be used"),
                ToolExecutionResultMessage.builder().toolName("get_weather").text("[1,2,3]").build(),
                ToolExecutionResultMessage.builder().toolName("search_orders").text(orders).build());

        // when
        wrap(provider).chat(messages);

        // then
        CompressionContext context = compressor.contexts().get(0);
        assertThat(context.toolArguments()).isEqualTo("{\"customer\":\"acme\"}");
        assertThat(context.userMessage()).isEqualTo("first question");
    }

    @Test
    @DisplayName("Invariant 3: headroom_retrieve is appended after the caller's tools, byte-identical, on every request")
    void should_append_retrieve_tool_after_callers_tools() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(text("done"));
        HeadroomChatModel model = wrap(provider);

        // when
        model.chat(ChatRequest.builder().messages(UserMessage.from("hi")).toolSpecifications(SEARCH_ORDERS, GET_WEATHER).build());
        model.chat(ChatRequest.builder().messages(UserMessage.from("hi")).build());

        // then
        assertThat(toolNames(provider.request(0))).containsExactly("search_orders", "get_weather", RetrieveTool.NAME);
        assertThat(provider.request(0).toolSpecifications().get(2)).isEqualTo(RetrieveTool.specification());
        assertThat(provider.request(1).toolSpecifications()).containsExactly(RetrieveTool.specification());
    }

    @Test
    @DisplayName("Invariant 3: the model's default tools survive a request without tools")
    void should_keep_models_default_tools_when_request_has_no_tools() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(text("done"))
                .defaults(ChatRequestParameters.builder().toolSpecifications(GET_WEATHER).temperature(0.3).build());

        // when
        wrap(provider).chat(ChatRequest.builder().messages(UserMessage.from("hi")).build());

        // then
        assertThat(toolNames(provider.request(0))).containsExactly("get_weather", RetrieveTool.NAME);
        assertThat(provider.request(0).temperature()).isEqualTo(0.3);
    }

    @Test
    void should_not_add_retrieve_tool_twice_or_when_disabled() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(text("done"));
        HeadroomChatModel twice = wrap(provider);
        HeadroomChatModel disabled = HeadroomChatModel.builder().delegate(provider)
                .headroom(Fixtures.headroom(compressor, HeadroomConfig.builder().retrieveToolEnabled(false).build()))
                .build();

        // when
        twice.chat(ChatRequest.builder().messages(UserMessage.from("hi")).toolSpecifications(RetrieveTool.specification(), SEARCH_ORDERS).build());
        disabled.chat(ChatRequest.builder().messages(UserMessage.from("hi")).toolSpecifications(SEARCH_ORDERS).build());

        // then
        assertThat(toolNames(provider.request(0))).containsExactly(RetrieveTool.NAME, "search_orders");
        assertThat(toolNames(provider.request(1))).containsExactly("search_orders");
    }

    @Test
    @DisplayName("Invariant 4: a lossy result discloses its handle and the original is retrievable")
    void should_disclose_handle_and_store_original_when_lossy() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(text("done"));

        // when
        wrap(provider).chat(conversation());

        // then
        String handle = handleIn(provider.request(0));
        assertThat(handle).isEqualTo(Handles.of(orders));
        assertThat(headroom.store().get(handle)).contains(orders);
        assertThat(provider.request(0).messages().get(3)).extracting(m -> ((ToolExecutionResultMessage) m).text())
                .asString().contains("headroom_retrieve").contains("hash=" + handle);
    }

    @Test
    @DisplayName("Invariant 5: a failing compressor lets the original through and the request succeeds")
    void should_pass_original_through_when_compressor_throws() {
        // given
        Compressor broken = new Compressor() {
            @Override
            public ContentKind kind() {
                return ContentKind.JSON;
            }

            @Override
            public CompressionResult compress(String content, CompressionContext context) {
                throw new IllegalStateException("boom");
            }
        };
        // no ceiling: with one, this 15,000-token original would go out cut (see CeilingEndToEndTest)
        Headroom failing = Headroom.builder().compressor(broken).config(HeadroomConfig.builder()
                .defaults(CompressionSettings.defaults().toBuilder().maxResultTokens(CompressionSettings.NO_CEILING).build())
                .build()).build();
        ScriptedChatModel provider = new ScriptedChatModel().then(text("done"));

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(provider).headroom(failing).build().chat(conversation());

        // then
        assertThat(response.aiMessage().text()).isEqualTo("done");
        assertThat(((ToolExecutionResultMessage) provider.request(0).messages().get(3)).text()).isEqualTo(orders);
        assertThat(failing.stats().failOpen()).isEqualTo(1);
    }

    @Test
    @DisplayName("Invariant 6: a handle that is not in this request's conversation is answered not found, even from a shared store")
    void should_answer_not_found_when_handle_belongs_to_another_conversation() {
        // given
        CaffeineCompressionStore shared = CaffeineCompressionStore.create();
        String foreign = "{\"secret\":\"tenant-b\"}";
        shared.put(Handles.of(foreign), foreign);
        Headroom engine = Headroom.builder().store(shared).compressor(compressor).build();
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(calls(retrieve("r1", Handles.of(foreign), null)))
                .then(text("sorry"));

        // when
        HeadroomChatModel.builder().delegate(provider).headroom(engine).build().chat(conversation());

        // then
        assertThat(lastToolResult(provider.request(1)).text()).doesNotContain("tenant-b").contains("no content with that hash");
        assertThat(engine.stats().retrievals(RetrievalOutcome.NOT_FOUND)).isEqualTo(1);
    }

    @Test
    void should_answer_retrieval_from_store_and_return_only_final_answer() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(request -> calls(retrieve("r1", handleIn(request), "ORD-417")))
                .then(text("ORD-417 cost 517.50"));

        // when
        ChatResponse response = wrap(provider).chat(conversation());

        // then
        assertThat(response.aiMessage().text()).isEqualTo("ORD-417 cost 517.50");
        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        ToolExecutionResultMessage answer = lastToolResult(provider.request(1));
        assertThat(answer.id()).isEqualTo("r1");
        assertThat(answer.toolName()).isEqualTo(RetrieveTool.NAME);
        assertThat(answer.text()).contains("{\"id\":\"ORD-417\",\"customer\":\"acme\",\"status\":\"shipped\",\"amount\":517.50");
        assertThat(headroom.stats().retrievals(RetrievalOutcome.QUERY_MATCHED)).isEqualTo(1);
        assertThat(headroom.stats().retrievalRounds()).isEqualTo(1);
    }

    @Test
    void should_return_whole_original_when_retrieval_has_no_query() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(request -> calls(retrieve(null, handleIn(request), null)))
                .then(text("ok"));

        // when
        wrap(provider).chat(conversation());

        // then
        ToolExecutionResultMessage answer = lastToolResult(provider.request(1));
        assertThat(answer.text()).isEqualTo(orders);
        assertThat(answer.id()).isNull();
    }

    @Test
    void should_answer_invalid_arguments_without_failing() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(calls(call("r1", RetrieveTool.NAME, "not json")))
                .then(text("ok"));

        // when
        ChatResponse response = wrap(provider).chat(conversation());

        // then
        assertThat(response.aiMessage().text()).isEqualTo("ok");
        assertThat(lastToolResult(provider.request(1)).text()).contains("not valid JSON");
        assertThat(headroom.stats().retrievals(RetrievalOutcome.INVALID_ARGUMENTS)).isEqualTo(1);
    }

    @Test
    @DisplayName("Invariant 7: in a mixed turn the retrievals are answered, the caller's calls dropped from the hidden round, and no retrieve call reaches the caller")
    void should_hide_retrieval_and_drop_callers_calls_when_turn_is_mixed() {
        // given
        ToolExecutionRequest weather = call("w1", "get_weather", "{\"city\":\"Oslo\"}");
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(request -> response(AiMessage.builder().text("checking").thinking("t").attributes(Map.of("sig", "s"))
                        .toolExecutionRequests(List.of(weather, retrieve("r1", handleIn(request), "error"))).build(), 10, 1))
                .then(calls(weather));

        // when
        ChatResponse response = wrap(provider).chat(conversation());

        // then
        assertThat(response.aiMessage().toolExecutionRequests()).containsExactly(weather);
        List<ChatMessage> hidden = provider.request(1).messages();
        AiMessage hiddenCall = (AiMessage) hidden.get(hidden.size() - 2);
        assertThat(hiddenCall.toolExecutionRequests()).extracting(ToolExecutionRequest::name).containsExactly(RetrieveTool.NAME);
        assertThat(hiddenCall.thinking()).isEqualTo("t");
        assertThat(hiddenCall.attributes()).isEqualTo(Map.of("sig", "s"));
        assertThat(hiddenCall.text()).isEqualTo("checking");
        assertThat(hidden).hasSize(conversation().size() + 2);
    }

    @Test
    @DisplayName("Invariant 8: a model that retrieves forever is answered 'limit reached' once, then its calls are stripped")
    void should_stop_after_limit_when_model_retrieves_forever() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(request -> calls(retrieve("r" + request.messages().size(), handleIn(request), null)));
        ChatRequest request = ChatRequest.builder().messages(conversation()).toolChoice(ToolChoice.REQUIRED).build();

        // when
        ChatResponse response = wrap(provider).chat(request);

        // then
        int max = HeadroomConfig.DEFAULT_MAX_RETRIEVAL_ROUNDS;
        assertThat(provider.requests()).hasSize(max + 2);
        assertThat(lastToolResult(provider.request(max + 1)).text()).contains("retrieval limit reached");
        assertThat(lastToolResult(provider.request(max)).text()).isEqualTo(orders);
        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(response.aiMessage().text()).isEmpty();
        assertThat(headroom.stats().retrievals(RetrievalOutcome.LIMIT_REACHED)).isEqualTo(1);
        assertThat(headroom.stats().retrievalRounds()).isEqualTo(max + 1);
    }

    @Test
    void should_keep_callers_calls_when_stripping_after_limit() {
        // given
        ToolExecutionRequest weather = call("w1", "get_weather", "{}");
        HeadroomChatModel model = HeadroomChatModel.builder()
                .delegate(new ScriptedChatModel().then(request -> calls(retrieve("r", handleIn(request), null), weather)))
                .headroom(Fixtures.headroom(compressor, HeadroomConfig.builder().maxRetrievalRounds(0).build()))
                .build();

        // when
        ChatResponse response = model.chat(conversation());

        // then
        assertThat(response.aiMessage().toolExecutionRequests()).containsExactly(weather);
    }

    @Test
    @DisplayName("Invariant 9: token usage is summed over rounds and the delegate's listeners fire once per provider call")
    void should_sum_token_usage_and_fire_delegate_listeners_once_per_call() {
        // given
        CountingListener listener = new CountingListener();
        ScriptedChatModel provider = new ScriptedChatModel().listeners(listener)
                .then(request -> response(AiMessage.from(retrieve("r1", handleIn(request), null)), 1000, 20))
                .then(response(AiMessage.from("done"), 3000, 7));
        HeadroomChatModel model = wrap(provider);

        // when
        ChatResponse response = model.chat(conversation());

        // then
        assertThat(response.tokenUsage()).isEqualTo(new TokenUsage(4000, 27));
        assertThat(listener.requests).hasValue(2);
        assertThat(listener.responses).hasValue(2);
        assertThat(model.listeners()).isEmpty();
    }

    @Test
    void should_return_delegates_response_unchanged_when_no_retrieval_happened() {
        // given
        ChatResponse done = text("done");
        ScriptedChatModel provider = new ScriptedChatModel().then(done);

        // when
        ChatResponse response = wrap(provider).chat(conversation());

        // then the same message and metadata instances, only the call's report attached
        assertThat(response.aiMessage()).isSameAs(done.aiMessage());
        assertThat(response.metadata()).isSameAs(done.metadata());
        assertThat(HeadroomReport.of(response)).isPresent();
        assertThat(HeadroomReport.of(done)).isEmpty();
    }

    @Test
    void should_work_with_langchain4j_chat_model_mock() {
        // given
        ChatModelMock mock = ChatModelMock.thatAlwaysResponds("fine");

        // when
        String answer = HeadroomChatModel.wrap(mock).chat("how are you?");

        // then
        assertThat(answer).isEqualTo("fine");
        assertThat(mock.requests()).hasSize(1);
        assertThat(toolNames(mock.request())).containsExactly(RetrieveTool.NAME);
    }

    @Test
    void should_propagate_delegate_exception_unchanged() {
        // given
        ChatModel failing = HeadroomChatModel.wrap(ChatModelMock.thatAlwaysThrowsExceptionWithMessage("provider down"));

        // when / then
        assertThatThrownBy(() -> failing.chat("hi")).hasMessage("provider down");
    }

    @Test
    void should_route_do_chat_through_chat_and_delegate_getters() {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(text("via doChat"))
                .defaults(ChatRequestParameters.builder().modelName("m-1").build());
        ChatModel capable = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return provider.chat(request);
            }

            @Override
            public ChatRequestParameters defaultRequestParameters() {
                return provider.defaultRequestParameters();
            }

            @Override
            public ModelProvider provider() {
                return ModelProvider.OPEN_AI;
            }

            @Override
            public Set<Capability> supportedCapabilities() {
                return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
            }
        };
        HeadroomChatModel model = wrap(capable);

        // when
        ChatResponse response = model.doChat(ChatRequest.builder().messages(UserMessage.from("hi")).build());

        // then
        assertThat(response.aiMessage().text()).isEqualTo("via doChat");
        assertThat(toolNames(provider.request(0))).containsExactly(RetrieveTool.NAME);
        assertThat(model.provider()).isEqualTo(ModelProvider.OPEN_AI);
        assertThat(model.supportedCapabilities()).containsExactly(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
        assertThat(model.defaultRequestParameters().modelName()).isEqualTo("m-1");
    }

    @Test
    void should_keep_concurrent_conversations_apart_when_one_model_is_shared() throws Exception {
        // given: a stateless model that retrieves once, then answers with what the retrieval returned
        ChatModel provider = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                ChatMessage last = request.messages().get(request.messages().size() - 1);
                if (last instanceof ToolExecutionResultMessage result && RetrieveTool.NAME.equals(result.toolName())) {
                    return text(result.text().substring(0, 40));
                }
                return calls(retrieve("r", handleIn(request), null));
            }
        };
        HeadroomChatModel model = wrap(provider);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> answers = new ArrayList<>();

        // when
        try {
            for (int t = 0; t < 32; t++) {
                String customer = "customer-" + t;
                answers.add(pool.submit(() -> model.chat(
                        UserMessage.from("orders?"),
                        AiMessage.from(call("c", "search_orders", "{}")),
                        ToolExecutionResultMessage.from("c", "search_orders", orders.replace("acme", customer)))
                        .aiMessage().text()));
            }

            // then
            for (int t = 0; t < 32; t++) {
                assertThat(answers.get(t).get(30, TimeUnit.SECONDS)).contains("\"customer-" + t + "\"");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(headroom.stats().retrievals(RetrievalOutcome.FOUND)).isEqualTo(32);
    }

    @Test
    void should_reject_missing_delegate() {
        assertThatThrownBy(() -> HeadroomChatModel.builder().build()).hasMessageContaining("delegate");
    }

    @Test
    void should_keep_compressed_tool_result_valid_json() throws Exception {
        // given
        ScriptedChatModel provider = new ScriptedChatModel().then(text("done"));

        // when
        wrap(provider).chat(conversation());

        // then
        String sent = ((ToolExecutionResultMessage) provider.request(0).messages().get(3)).text();
        assertThat(JSON.readTree(sent).isArray()).isTrue();
    }
}
