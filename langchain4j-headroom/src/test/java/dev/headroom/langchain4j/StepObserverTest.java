package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.calls;
import static dev.headroom.langchain4j.Fixtures.handleIn;
import static dev.headroom.langchain4j.Fixtures.orders;
import static dev.headroom.langchain4j.Fixtures.response;
import static dev.headroom.langchain4j.Fixtures.retrieve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.Headroom;
import dev.headroom.stats.StepObserver;
import dev.headroom.stats.StepObserver.Step;
import dev.headroom.stats.StepObserver.StepFigures;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The decorators report their steps (compression, hidden retrieval rounds) to the engine's {@link StepObserver}. */
class StepObserverTest {

    /** Records each step's start and end as a line. */
    static final class RecordingObserver implements StepObserver {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<StepFigures> figures = new CopyOnWriteArrayList<>();

        @Override
        public Scope start(Step step) {
            String name = step.kind() + (step.round() > 0 ? " " + step.round() : "");
            events.add("start " + name + " " + step.provider() + "/" + step.model());
            return new Scope() {
                @Override
                public void stop(StepFigures f) {
                    events.add("stop " + name);
                    figures.add(f);
                }

                @Override
                public void error(Throwable error) {
                    events.add("error " + name + ": " + error.getMessage());
                }
            };
        }
    }

    private static ChatRequest request() {
        return ChatRequest.builder().modelName("gpt-4o-mini").messages(List.of(
                UserMessage.from("Which acme orders failed?"),
                AiMessage.from(call("call_1", "search_orders", "{\"customer\":\"acme\"}")),
                ToolExecutionResultMessage.from("call_1", "search_orders", orders(500)))).build();
    }

    @Test
    void should_report_compression_and_each_hidden_round_with_their_figures() {
        // given
        RecordingObserver observer = new RecordingObserver();
        Headroom headroom = Headroom.builder().compressor(new FakeJsonCompressor(5)).stepObserver(observer).build();
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(request -> calls(retrieve("r1", handleIn(request), "ORD-13")))
                .then(response(AiMessage.from("ORD-13 failed."), 3_000, 7));

        // when
        HeadroomChatModel.builder().delegate(provider).headroom(headroom).build().chat(request());

        // then
        assertThat(observer.events).containsExactly(
                "start COMPRESSION other/gpt-4o-mini", "stop COMPRESSION",
                "start RETRIEVAL_ROUND 1 other/gpt-4o-mini", "stop RETRIEVAL_ROUND 1");
        StepFigures compression = observer.figures.get(0);
        assertThat(compression.toolResults()).isEqualTo(1);
        assertThat(compression.resultsCompressed()).isEqualTo(1);
        assertThat(compression.tokensBefore() - compression.tokensAfter()).isEqualTo(CostWireTest.REMOVED);
        assertThat(observer.figures.get(1).inputTokens()).isEqualTo(3_000);
        assertThat(observer.figures.get(1).outputTokens()).isEqualTo(7);
    }

    @Test
    void should_end_the_round_with_the_error_when_the_provider_fails_in_a_hidden_round() {
        // given
        RecordingObserver observer = new RecordingObserver();
        Headroom headroom = Headroom.builder().compressor(new FakeJsonCompressor(5)).stepObserver(observer).build();
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(request -> calls(retrieve("r1", handleIn(request), null)))
                .then(request -> {
                    throw new IllegalStateException("provider down");
                });
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(provider).headroom(headroom).build();

        // when / then
        assertThatThrownBy(() -> model.chat(request())).hasMessage("provider down");
        assertThat(observer.events).last().isEqualTo("error RETRIEVAL_ROUND 1: provider down");
    }

    @Test
    void should_answer_when_the_observer_throws() {
        // given
        StepObserver broken = step -> {
            throw new IllegalStateException("tracer down");
        };
        Headroom headroom = Headroom.builder().compressor(new FakeJsonCompressor(5)).stepObserver(broken).build();
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(request -> calls(retrieve("r1", handleIn(request), "ORD-13")))
                .then(Fixtures.text("ORD-13 failed."));

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(provider).headroom(headroom).build().chat(request());

        // then
        assertThat(response.aiMessage().text()).isEqualTo("ORD-13 failed.");
        assertThat(HeadroomReport.of(response).orElseThrow().retrievalRounds()).isEqualTo(1);
    }
}
