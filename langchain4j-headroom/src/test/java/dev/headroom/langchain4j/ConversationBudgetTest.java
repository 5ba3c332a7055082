package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.calls;
import static dev.headroom.langchain4j.Fixtures.retrieve;
import static dev.headroom.langchain4j.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ConversationBudget;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.stats.TokenTotals;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The conversation budget through the decorator: what a cleared tool result becomes on the wire (its text only),
 * what is never cleared, retrieval of a cleared result, a store that does not keep the original, statistics, and
 * the same stubs for the same conversation on a fresh engine.
 */
class ConversationBudgetTest {

    /** 10 results of about 1,000 tokens (estimate) against a trigger of 5,000: several are cleared. */
    private static final ConversationBudget BUDGET = ConversationBudget.builder().triggerTokens(5_000).keepLast(2)
            .minBatchTokens(2_000).build();

    /** Prose of about 1,000 tokens (estimate), distinct per {@code k}; passes through compression. */
    private static String notes(int k) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; sb.length() < 3_600; p++) {
            sb.append("Note ").append(k).append('.').append(p).append(": the checkout service retries the gateway, and ")
                    .append("the engineer on call in week ").append(k + p).append(" wrote down what slowed it.\n");
        }
        return sb.toString();
    }

    private static List<ChatMessage> conversation(int turns, String... toolNames) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from("You are an agent."));
        messages.add(UserMessage.from("Find out why checkout fails."));
        for (int k = 0; k < turns; k++) {
            String tool = toolNames.length == 0 ? "read_notes" : toolNames[k % toolNames.length];
            ToolExecutionRequest call = call("call_" + k, tool, "{\"n\":" + k + "}");
            messages.add(AiMessage.from(call));
            messages.add(ToolExecutionResultMessage.builder().id("call_" + k).toolName(tool).text(notes(k))
                    .isError(k % 3 == 0).attributes(Map.of("k", k)).build());
        }
        return messages;
    }

    private static Headroom headroom(ConversationBudget budget) {
        return Headroom.builder().config(HeadroomConfig.builder().conversationBudget(budget).build()).build();
    }

    private static List<ChatMessage> sent(Headroom headroom, List<ChatMessage> messages) {
        ScriptedChatModel provider = new ScriptedChatModel().then(text("ok"));
        HeadroomChatModel.builder().delegate(provider).headroom(headroom).build()
                .chat(ChatRequest.builder().messages(messages).build());
        return provider.request(0).messages();
    }

    private static boolean isStub(ChatMessage message) {
        return message instanceof ToolExecutionResultMessage result
                && result.text().startsWith("[headroom: tool result cleared from the conversation (");
    }

    @Test
    void should_replace_only_the_text_of_cleared_results_when_over_the_trigger() {
        // given
        List<ChatMessage> messages = conversation(10);

        // when
        List<ChatMessage> sent = sent(headroom(BUDGET), messages);

        // then: same messages in the same order; a cleared result keeps its id, tool name, error flag and attributes
        assertThat(sent).hasSize(messages.size());
        int stubs = 0;
        for (int i = 0; i < messages.size(); i++) {
            if (!isStub(sent.get(i))) {
                assertThat(sent.get(i)).as("message %d", i).isEqualTo(messages.get(i));
                continue;
            }
            stubs++;
            ToolExecutionResultMessage original = (ToolExecutionResultMessage) messages.get(i);
            ToolExecutionResultMessage stub = (ToolExecutionResultMessage) sent.get(i);
            assertThat(stub.id()).isEqualTo(original.id());
            assertThat(stub.toolName()).isEqualTo(original.toolName());
            assertThat(stub.isError()).isEqualTo(original.isError());
            assertThat(stub.attributes()).isEqualTo(original.attributes());
            assertThat(stub.text()).doesNotContain("\n").contains("hash=" + Handles.of(original.text()));
        }
        assertThat(stubs).isPositive();
        // the last keepLast results are never cleared
        assertThat(isStub(sent.get(sent.size() - 1))).isFalse();
        assertThat(isStub(sent.get(sent.size() - 3))).isFalse();
    }

    @Test
    void should_send_what_compression_sends_when_the_trigger_is_not_reached_or_the_budget_is_off() {
        // given
        List<ChatMessage> messages = conversation(10);

        // when
        List<ChatMessage> off = sent(Headroom.create(), messages);
        List<ChatMessage> notReached = sent(headroom(BUDGET.toBuilder().triggerTokens(50_000).build()), messages);

        // then
        assertThat(off).isEqualTo(messages);
        assertThat(notReached).isEqualTo(messages);
    }

    @Test
    void should_never_clear_results_of_excluded_tools_or_tools_headroom_leaves_alone() {
        // given: three tools in turn; one excluded from the budget, one with Headroom disabled
        List<ChatMessage> messages = conversation(30, "read_notes", "read_plan", "read_secret");
        Headroom headroom = Headroom.builder().config(HeadroomConfig.builder()
                .tool("read_secret", CompressionSettings.disabled())
                .conversationBudget(BUDGET.toBuilder().excludeTools("read_plan").build()).build()).build();

        // when
        List<ChatMessage> sent = sent(headroom, messages);

        // then
        List<String> clearedTools = sent.stream().filter(ConversationBudgetTest::isStub)
                .map(m -> ((ToolExecutionResultMessage) m).toolName()).distinct().toList();
        assertThat(clearedTools).containsExactly("read_notes");
    }

    @Test
    void should_answer_a_retrieval_of_a_cleared_result_with_the_original() {
        // given: the model retrieves the first stub's hash, then answers with what it got
        List<ChatMessage> messages = conversation(10);
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(request -> {
                    String stub = ((ToolExecutionResultMessage) request.messages().stream().filter(ConversationBudgetTest::isStub)
                            .findFirst().orElseThrow()).text();
                    return calls(retrieve("r1", RetrieveTool.handlesIn(stub).get(0), null));
                })
                .then(request -> text(Fixtures.lastToolResult(request).text()));
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(provider).headroom(headroom(BUDGET)).build();

        // when
        String answer = model.chat(ChatRequest.builder().messages(messages).build()).aiMessage().text();

        // then: the first cleared result is the oldest one, returned byte-identical
        assertThat(answer).isEqualTo(notes(0));
    }

    @Test
    void should_send_a_result_as_it_was_when_the_store_does_not_keep_its_original() {
        // given: a store that keeps nothing
        CompressionStore keepsNothing = new CompressionStore() {
            @Override
            public boolean put(String handle, String original) {
                return false;
            }

            @Override
            public Optional<String> get(String handle) {
                return Optional.empty();
            }
        };
        Headroom headroom = Headroom.builder().store(keepsNothing)
                .config(HeadroomConfig.builder().conversationBudget(BUDGET).build()).build();
        List<ChatMessage> messages = conversation(10);

        // when
        List<ChatMessage> sent = sent(headroom, messages);

        // then: no stub without its original; each refusal counted as a fail-open
        assertThat(sent).isEqualTo(messages);
        assertThat(headroom.stats().failOpen()).isPositive();
        assertThat(headroom.stats().cleared().results()).isZero();
    }

    @Test
    void should_count_cleared_results_and_their_tokens() {
        // given
        Headroom headroom = headroom(BUDGET);

        // when
        List<ChatMessage> sent = sent(headroom, conversation(10));

        // then
        long stubs = sent.stream().filter(ConversationBudgetTest::isStub).count();
        TokenTotals cleared = headroom.stats().cleared();
        assertThat(cleared.results()).isEqualTo(stubs).isEqualTo(cleared.compressed());
        assertThat(cleared.tokensBefore()).isGreaterThanOrEqualTo(stubs * 1_000);
        assertThat(cleared.tokensAfter()).isLessThan(stubs * 100);
        assertThat(cleared.saved()).isGreaterThanOrEqualTo(BUDGET.minBatchTokens());
    }

    @Test
    void should_change_an_earlier_message_only_on_a_batch_when_every_turn_is_served_by_a_fresh_engine() {
        // given: a growing conversation, each turn sent through a new engine (another instance, nothing memoized)
        List<ChatMessage> previous = List.of();
        long previousStubs = 0;
        int batches = 0;
        for (int turns = 1; turns <= 30; turns++) {
            // when
            List<ChatMessage> sent = sent(headroom(BUDGET), conversation(turns));

            // then: the previous turn's messages come back unchanged unless this turn cleared more
            long stubs = sent.stream().filter(ConversationBudgetTest::isStub).count();
            boolean prefixKept = sent.subList(0, previous.size()).equals(previous);
            assertThat(prefixKept || stubs > previousStubs).as("turn %d", turns).isTrue();
            assertThat(stubs).as("what was cleared stays cleared").isGreaterThanOrEqualTo(previousStubs);
            batches += prefixKept ? 0 : 1;
            previous = sent;
            previousStubs = stubs;
        }
        assertThat(batches).isBetween(2, 10);
    }

    @Test
    void should_send_the_same_stubs_when_a_fresh_engine_sees_the_same_conversation() {
        // given
        List<ChatMessage> messages = conversation(25);

        // when
        List<ChatMessage> first = sent(headroom(BUDGET), messages);
        List<ChatMessage> second = sent(headroom(BUDGET), new ArrayList<>(messages));

        // then
        assertThat(second).isEqualTo(first);
        assertThat(first.stream().filter(ConversationBudgetTest::isStub).count()).isGreaterThan(5);
    }
}
