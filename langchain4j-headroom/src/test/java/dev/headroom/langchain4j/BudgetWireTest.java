package dev.headroom.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.BudgetSession.Answer;
import dev.headroom.langchain4j.BudgetSession.Report;
import dev.headroom.langchain4j.OpenAiStub.ToolCall;
import dev.headroom.langchain4j.OpenAiStub.Turn;
import dev.headroom.stats.TokenTotals;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's "done when" for the conversation budget on OpenAI's wire: a 40-turn agent session through the real
 * {@code OpenAiChatModel} against the local stub, the budget on (see {@link BudgetSession}): pairing valid on every
 * request, at most one prefix break per batch and none between batches, every cleared result retrieved
 * byte-identical by the model with {@code headroom_retrieve}.
 */
class BudgetWireTest {

    private final OpenAiStub stub = OpenAiStub.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    static Turn turn(Answer answer) {
        if (answer.retrieve().isEmpty()) {
            return Turn.call("call_" + answer.agentTurn(), answer.toolName(), BudgetSession.agentArguments(answer.agentTurn()));
        }
        List<ToolCall> calls = new ArrayList<>();
        for (String hash : answer.retrieve()) {
            calls.add(new ToolCall("retr_" + hash, RetrieveTool.NAME, BudgetSession.retrieveArguments(hash)));
        }
        return new Turn(null, calls, 100, 10);
    }

    private static JsonNode parse(String body) {
        try {
            return OpenAiEndToEndTest.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void should_keep_pairing_break_the_prefix_once_per_batch_and_retrieve_every_cleared_result_when_openai() {
        // given
        BudgetSession session = new BudgetSession(BudgetSession::openAi);
        stub.then(body -> turn(session.answer(body)));
        Headroom headroom = BudgetSession.headroom();
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(stub.chatModel().build()).headroom(headroom).build();

        // when
        Report report = session.run(model, stub.bodies(), body -> OpenAiStub.rawElements(body, "messages"), BudgetWireTest::parse);

        // then
        System.out.println("budget session (openai): " + report);
        assertThat(report.topLevelRequests()).isEqualTo(BudgetSession.TURNS);
        assertThat(report.batches()).isGreaterThanOrEqualTo(3);
        assertThat(report.prefixBreaks()).isPositive().isLessThanOrEqualTo(report.batches());
        assertThat(report.cleared()).isGreaterThan(report.batches());
        assertThat(report.retrieved()).isEqualTo(report.cleared());
        TokenTotals cleared = headroom.stats().cleared();
        assertThat(cleared.results()).isPositive();
        assertThat(cleared.tokensAfter()).isLessThan(cleared.tokensBefore() / 10);
    }

    @Test
    void should_keep_pairing_break_the_prefix_once_per_batch_and_retrieve_every_cleared_result_when_openai_streaming() {
        // given: the streaming decorator, driven turn by turn
        BudgetSession session = new BudgetSession(BudgetSession::openAi);
        stub.then(body -> turn(session.answer(body)));
        HeadroomStreamingChatModel streaming = HeadroomStreamingChatModel.builder()
                .delegate(stub.streamingChatModel().build()).headroom(BudgetSession.headroom()).build();
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                RecordingHandler handler = new RecordingHandler();
                streaming.chat(request, handler);
                try {
                    return handler.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };

        // when
        Report report = session.run(model, stub.bodies(), body -> OpenAiStub.rawElements(body, "messages"), BudgetWireTest::parse);

        // then
        System.out.println("budget session (openai, streaming): " + report);
        assertThat(report.topLevelRequests()).isEqualTo(BudgetSession.TURNS);
        assertThat(report.batches()).isGreaterThanOrEqualTo(3);
        assertThat(report.prefixBreaks()).isPositive().isLessThanOrEqualTo(report.batches());
        assertThat(report.retrieved()).isEqualTo(report.cleared());
    }
}
