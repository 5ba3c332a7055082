package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.orders;
import static dev.headroom.langchain4j.OpenAiEndToEndTest.hashIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.OpenAiStub.Turn;
import dev.headroom.stats.PassthroughReason;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-call {@link HeadroomReport} through LangChain4j's real OpenAI models against the local stub: on the
 * response, and in the attributes a {@code ChatModelListener} registered on the OpenAI model sees, with the hidden
 * retrieval round marked.
 */
class ReportEndToEndTest {

    private final OpenAiStub stub = OpenAiStub.start();
    private final Headroom headroom = Fixtures.headroom(new FakeJsonCompressor(5));
    private final AttributeListener listener = new AttributeListener();
    private final String orders = orders(500);

    @AfterEach
    void stop() {
        stub.close();
    }

    private ChatRequest request() {
        return ChatRequest.builder().messages(List.of(
                UserMessage.from("Which acme orders failed?"),
                AiMessage.from(call("call_1", "search_orders", "{\"customer\":\"acme\"}"),
                        call("call_w", "get_weather", "{\"city\":\"Oslo\"}")),
                ToolExecutionResultMessage.from("call_1", "search_orders", orders),
                ToolExecutionResultMessage.from("call_w", "get_weather", "sunny"))).build();
    }

    /** headroom_retrieve (hash from the wire) → final answer, with distinct usage per round. */
    private void scriptRetrieveThenAnswer() {
        stub.then(body -> new Turn(null, List.of(new OpenAiStub.ToolCall("call_2", RetrieveTool.NAME,
                        "{\"hash\":\"" + hashIn(body) + "\",\"query\":\"ORD-13\"}")), 1_000, 20))
                .then(new Turn("ORD-13 failed.", List.of(), 3_000, 7));
    }

    private void assertReport(ChatResponse response) {
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        assertThat(report.toolResults()).isEqualTo(2);
        assertThat(report.compressed()).isEqualTo(1);
        assertThat(report.lossy()).isEqualTo(1);
        assertThat(report.passthroughReasons()).containsExactly(Map.entry(PassthroughReason.BELOW_THRESHOLD, 1));
        assertThat(report.tokensBefore()).isGreaterThan(report.tokensAfter() * 4);
        assertThat(report.retrievalRounds()).isEqualTo(1);
        TokenUsage retrieval = report.retrievalTokenUsage();
        assertThat(retrieval.inputTokenCount()).isEqualTo(3_000);
        assertThat(retrieval.outputTokenCount()).isEqualTo(7);
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(4_000);
        assertThat(response.metadata()).isInstanceOf(OpenAiChatResponseMetadata.class);
        assertThat(response.aiMessage().text()).isEqualTo("ORD-13 failed.");

        assertThat(stub.bodies()).hasSize(2);
        assertThat(listener.onRequest).hasSize(2);
        assertThat(HeadroomReport.retrievalRound(listener.onRequest.get(0))).isEmpty();
        assertThat(HeadroomReport.retrievalRound(listener.onRequest.get(1))).hasValue(1);
        assertThat(HeadroomReport.retrievalRound(listener.onResponse.get(1))).hasValue(1);
        assertThat(HeadroomReport.fromAttributes(listener.onRequest.get(0)).orElseThrow().compressed()).isEqualTo(1);
    }

    @Test
    void should_report_on_the_response_and_mark_the_hidden_round_for_listeners_when_openai_blocks() {
        // given
        scriptRetrieveThenAnswer();
        HeadroomChatModel model = HeadroomChatModel.builder()
                .delegate(stub.chatModel().listeners(List.of(listener)).build()).headroom(headroom).build();

        // when
        ChatResponse response = model.chat(request());

        // then
        assertReport(response);
    }

    @Test
    void should_report_on_the_final_response_and_mark_the_hidden_round_for_listeners_when_openai_streams() throws Exception {
        // given
        scriptRetrieveThenAnswer();
        HeadroomStreamingChatModel model = HeadroomStreamingChatModel.builder()
                .delegate(stub.streamingChatModel().listeners(List.of(listener)).build()).headroom(headroom).build();
        RecordingHandler handler = new RecordingHandler();

        // when
        model.chat(request(), handler);
        ChatResponse response = handler.done.get(20, TimeUnit.SECONDS);

        // then
        assertReport(response);
    }
}
