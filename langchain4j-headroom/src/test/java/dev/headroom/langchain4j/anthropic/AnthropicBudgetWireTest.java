package dev.headroom.langchain4j.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.BudgetSession;
import dev.headroom.langchain4j.BudgetSession.Answer;
import dev.headroom.langchain4j.BudgetSession.Report;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's "done when" for the conversation budget on Anthropic's wire: the 40-turn agent session of
 * {@link BudgetSession} through the real {@link AnthropicChatModel} against the local Messages stub. Anthropic is
 * the strict one on pairing: every {@code tool_use} must be answered by a {@code tool_result} with its id in the very
 * next user message; a stub replaces only the result's content, so the blocks stay where they were.
 */
class AnthropicBudgetWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnthropicStub stub = AnthropicStub.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    private static AnthropicStub.Turn turn(Answer answer) {
        if (answer.retrieve().isEmpty()) {
            return AnthropicStub.Turn.toolUse("call_" + answer.agentTurn(), answer.toolName(),
                    BudgetSession.agentArguments(answer.agentTurn()));
        }
        List<AnthropicStub.ToolUse> uses = new ArrayList<>();
        for (String hash : answer.retrieve()) {
            uses.add(new AnthropicStub.ToolUse("retr_" + hash, RetrieveTool.NAME, BudgetSession.retrieveArguments(hash)));
        }
        return new AnthropicStub.Turn(null, null, null, uses, 100, 10);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages of a body, each as its JSON (Jackson keeps member order), for the prefix comparison. */
    private static List<String> messages(String body) {
        List<String> messages = new ArrayList<>();
        parse(body).get("messages").forEach(m -> messages.add(m.toString()));
        return messages;
    }

    @Test
    void should_keep_pairing_break_the_prefix_once_per_batch_and_retrieve_every_cleared_result_when_anthropic() {
        // given
        BudgetSession session = new BudgetSession(BudgetSession::anthropic);
        stub.then(body -> turn(session.answer(body)));
        Headroom headroom = BudgetSession.headroom();
        AnthropicChatModel anthropic = AnthropicChatModel.builder().baseUrl(stub.baseUrl()).apiKey("test")
                .modelName("claude-sonnet-4-5").maxTokens(1024).maxRetries(0).build();
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(anthropic).headroom(headroom).build();

        // when
        Report report = session.run(model, stub.bodies(), AnthropicBudgetWireTest::messages, AnthropicBudgetWireTest::parse);

        // then
        System.out.println("budget session (anthropic): " + report);
        assertThat(report.topLevelRequests()).isEqualTo(BudgetSession.TURNS);
        assertThat(report.batches()).isGreaterThanOrEqualTo(3);
        assertThat(report.prefixBreaks()).isPositive().isLessThanOrEqualTo(report.batches());
        assertThat(report.cleared()).isGreaterThan(report.batches());
        assertThat(report.retrieved()).isEqualTo(report.cleared());
        assertThat(headroom.stats().cleared().results()).isPositive();
    }
}
