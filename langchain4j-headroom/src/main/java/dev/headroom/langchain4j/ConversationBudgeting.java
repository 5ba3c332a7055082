package dev.headroom.langchain4j;

import dev.headroom.ConversationBudget;
import dev.headroom.Headroom;
import dev.headroom.internal.budget.Clearing;
import dev.headroom.langchain4j.BudgetPolicy.Entry;
import dev.headroom.langchain4j.BudgetPolicy.Kind;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the conversation budget ({@link ConversationBudget}) to a request already compressed by
 * {@link ToolResultCompression}: the tool results {@link BudgetPolicy} clears are sent as the one-line stub of
 * {@link Clearing#stub}, which carries their handle; their originals are kept in the store and pinned for this
 * request's retrievals, like those of compressed results.
 *
 * <p>Only the text of a cleared {@link ToolExecutionResultMessage} changes: its id, tool name, {@code isError} and
 * attributes are kept, and no message is added, dropped or moved (invariant 1), so every tool result still follows
 * the AI message whose call it answers, with the same id. A result whose original the store does not keep is sent as
 * it was (invariant 4: no handle without its original).
 *
 * <p>Tokens are those of the engine's {@code TokenCounter} over the messages' text as sent: system and user text, AI
 * text, thinking and tool calls (name and arguments), tool results as compressed. Tool specifications are not
 * counted, so the decision depends on the messages alone.
 *
 * <p>Stateless; thread-safe.
 */
final class ConversationBudgeting {

    private ConversationBudgeting() {}

    /**
     * @param originals  the caller's messages
     * @param compressed what {@link ToolResultCompression} made of them
     * @param tally      receives each cleared result's tokens for the call's {@link HeadroomReport}
     * @return {@code compressed} when the budget is off or clears nothing; otherwise the messages with the cleared
     *         results' stubs and the pinned originals with theirs added
     */
    static ToolResultCompression.Result apply(Headroom headroom, List<ChatMessage> originals,
                                              ToolResultCompression.Result compressed, ReportTally tally) {
        ConversationBudget budget = headroom.config().conversationBudget();
        if (!budget.enabled()) {
            return compressed;
        }
        Clearing clearing = headroom.clearing();
        List<ChatMessage> sent = compressed.messages();
        List<Entry> entries = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            entries.add(new Entry(tokens(clearing, sent.get(i)), kind(headroom, budget, originals.get(i))));
        }
        long[] stubTokens = new long[sent.size()];
        Arrays.fill(stubTokens, -1);
        BudgetPolicy.Decision decision = BudgetPolicy.decide(budget, entries, index -> {
            if (stubTokens[index] < 0) {
                String original = ((ToolExecutionResultMessage) originals.get(index)).text();
                stubTokens[index] = clearing.tokens(Clearing.stub(clearing.handle(original), entries.get(index).tokens()));
            }
            return stubTokens[index];
        });
        if (decision.cleared().isEmpty()) {
            return compressed;
        }
        List<ChatMessage> out = new ArrayList<>(sent);
        Map<String, String> pinned = new LinkedHashMap<>(compressed.pinned());
        decision.cleared().stream().forEach(index -> {
            ToolExecutionResultMessage original = (ToolExecutionResultMessage) originals.get(index);
            String text = original.text();
            String handle = clearing.handle(text);
            long before = entries.get(index).tokens();
            if (clearing.clear(text, handle, original.toolName(), before, stubTokens[index])) {
                // toBuilder().text(..) throws ("either text or contents"); contents(..) keeps id, name, isError, attributes
                out.set(index, original.toBuilder().contents(TextContent.from(Clearing.stub(handle, before))).build());
                pinned.put(handle, text);
                tally.cleared(before, stubTokens[index]);
            }
        });
        return new ToolResultCompression.Result(Collections.unmodifiableList(out), Collections.unmodifiableMap(pinned));
    }

    private static Kind kind(Headroom headroom, ConversationBudget budget, ChatMessage message) {
        if (!(message instanceof ToolExecutionResultMessage result)) {
            return Kind.OTHER;
        }
        String tool = result.toolName();
        boolean clearable = result.hasSingleText()
                && (tool == null || !budget.excludedTools().contains(tool))
                && headroom.config().settingsFor(tool).enabled(); // a tool opted out of everything Headroom does
        return clearable ? Kind.CLEARABLE_RESULT : Kind.KEPT_RESULT;
    }

    /** Tokens of a message's text as sent. */
    private static long tokens(Clearing clearing, ChatMessage message) {
        long tokens = 0;
        if (message instanceof ToolExecutionResultMessage result) {
            for (Content content : result.contents()) {
                tokens += content instanceof TextContent text ? clearing.tokens(text.text()) : 0;
            }
        } else if (message instanceof AiMessage ai) {
            tokens += ai.text() == null ? 0 : clearing.tokens(ai.text());
            tokens += ai.thinking() == null ? 0 : clearing.tokens(ai.thinking());
            for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                tokens += call.name() == null ? 0 : clearing.tokens(call.name());
                tokens += call.arguments() == null ? 0 : clearing.tokens(call.arguments());
            }
        } else if (message instanceof UserMessage user) {
            for (Content content : user.contents()) {
                tokens += content instanceof TextContent text ? clearing.tokens(text.text()) : 0;
            }
        } else if (message instanceof SystemMessage system) {
            tokens += clearing.tokens(system.text());
        }
        return tokens;
    }
}
