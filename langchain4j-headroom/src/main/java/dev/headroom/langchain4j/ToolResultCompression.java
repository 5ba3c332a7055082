package dev.headroom.langchain4j;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.compress.CompressionContext;
import dev.headroom.stats.CompressionEvent;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Replaces the text of each tool result in a conversation by its compressed rendering, on the wire only.
 *
 * <p>Only {@link ToolExecutionResultMessage}s with exactly one text content change, and only in their
 * content: the returned list has the same messages in the same order, and every other message is the
 * very same instance (invariant 1). Each tool result is compressed with the context that precedes it:
 * its tool call's arguments and the last user message before the AI message that made the call
 * (invariant 2), so the same history compresses to the same bytes on every turn.
 *
 * <p>Stateless; thread-safe.
 */
final class ToolResultCompression {

    private ToolResultCompression() {}

    /**
     * What compression made of one request's messages.
     *
     * @param messages the messages to send, same count and order as the caller's
     * @param pinned   the originals of this conversation's lossy tool results by handle, held for the
     *                 request being served so its retrievals never depend on the store still having them
     *                 (the caller's messages hold these strings anyway: no copy); its keys are the only
     *                 handles a {@code headroom_retrieve} in this request may read (invariant 6)
     */
    record Result(List<ChatMessage> messages, Map<String, String> pinned) {

        Set<String> scope() {
            return pinned.keySet();
        }
    }

    /** @param tally receives each inspected tool result's figures for the call's {@link HeadroomReport} */
    static Result compress(Headroom headroom, List<ChatMessage> messages, ReportTally tally) {
        List<ChatMessage> out = new ArrayList<>(messages.size());
        Map<String, String> pinned = new LinkedHashMap<>();
        String lastUserText = null;
        ToolCalls calls = null; // no AI message yet: tool results before any call match nothing
        for (ChatMessage message : messages) {
            if (message instanceof UserMessage user) {
                lastUserText = textOf(user);
            } else if (message instanceof AiMessage ai) {
                calls = new ToolCalls(ai.toolExecutionRequests(), lastUserText);
            } else if (message instanceof ToolExecutionResultMessage result && result.hasSingleText()) {
                ToolExecutionRequest call = calls == null ? null : calls.match(result);
                String userText = calls == null ? lastUserText : calls.userText;
                message = compressOne(headroom, result, call, userText, pinned, tally);
            }
            out.add(message);
        }
        return new Result(Collections.unmodifiableList(out), Collections.unmodifiableMap(pinned));
    }

    private static ChatMessage compressOne(Headroom headroom, ToolExecutionResultMessage result,
                                           ToolExecutionRequest call, String userText, Map<String, String> pinned,
                                           ReportTally tally) {
        String toolName = result.toolName() != null ? result.toolName() : call == null ? null : call.name();
        CompressionContext context = CompressionContext.builder()
                .toolName(toolName)
                .toolArguments(call == null ? null : call.arguments())
                .userMessage(userText)
                .build();
        String text = result.text();
        CompressionEvent[] event = new CompressionEvent[1];
        CompressionOutcome outcome = headroom.compress(text, context, e -> event[0] = e);
        if (event[0] != null) {
            tally.toolResult(event[0], !outcome.text().equals(text));
        }
        if (outcome.lossy()) {
            pinned.put(outcome.handle(), text);
        }
        if (outcome.text().equals(text)) {
            return result;
        }
        // toBuilder().text(..) throws ("either text or contents"); contents(..) keeps id, name, isError, attributes
        return result.toBuilder().contents(TextContent.from(outcome.text())).build();
    }

    /** The text parts of a user message, joined by newlines; {@code null} when it has none. */
    static String textOf(UserMessage user) {
        if (user.hasSingleText()) {
            return user.singleText();
        }
        StringBuilder sb = new StringBuilder();
        for (Content content : user.contents()) {
            if (content instanceof TextContent text) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(text.text());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /**
     * The tool calls of the last AI message, matched to the tool results that follow it: by id when both
     * have one, else by tool name in call order, else by position (some providers send no ids). Mutable (it
     * marks the calls already matched): one instance per AI message of one request, never shared.
     */
    private static final class ToolCalls {

        private final List<ToolExecutionRequest> requests;
        private final boolean[] used;
        private final String userText;
        private int position;

        ToolCalls(List<ToolExecutionRequest> requests, String userText) {
            this.requests = requests;
            this.used = new boolean[requests.size()];
            this.userText = userText;
        }

        ToolExecutionRequest match(ToolExecutionResultMessage result) {
            int found = -1;
            if (result.id() != null) {
                found = find(i -> result.id().equals(requests.get(i).id()));
            }
            if (found < 0 && result.toolName() != null) {
                found = find(i -> (result.id() == null || requests.get(i).id() == null)
                        && result.toolName().equals(requests.get(i).name()));
            }
            if (found < 0 && position < requests.size() && !used[position]) {
                ToolExecutionRequest candidate = requests.get(position);
                boolean compatible = (result.id() == null || candidate.id() == null)
                        && (result.toolName() == null || result.toolName().equals(candidate.name()));
                found = compatible ? position : -1;
            }
            position++;
            if (found < 0) {
                return null;
            }
            used[found] = true;
            return requests.get(found);
        }

        private int find(IntPredicate predicate) {
            for (int i = 0; i < requests.size(); i++) {
                if (!used[i] && predicate.test(i)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
