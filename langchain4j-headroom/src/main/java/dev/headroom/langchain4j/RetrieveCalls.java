package dev.headroom.langchain4j;

import dev.headroom.ccr.RetrieveTool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import java.util.ArrayList;
import java.util.List;

/** The {@code headroom_retrieve} calls in a model's message: finding them and taking them out. Stateless. */
final class RetrieveCalls {

    private RetrieveCalls() {}

    static boolean isRetrieval(String toolName) {
        return RetrieveTool.NAME.equals(toolName);
    }

    static List<ToolExecutionRequest> retrievalCalls(AiMessage message) {
        if (message == null || !message.hasToolExecutionRequests()) {
            return List.of();
        }
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (ToolExecutionRequest request : message.toolExecutionRequests()) {
            if (isRetrieval(request.name())) {
                calls.add(request);
            }
        }
        return calls;
    }

    /**
     * The message without its headroom_retrieve calls (the same instance when it has none). A message left
     * with neither text nor tool calls gets empty text rather than none, so callers that read
     * {@code text()} (AiServices returning a String) get a value, not {@code null}.
     */
    static AiMessage strip(AiMessage message) {
        if (retrievalCalls(message).isEmpty()) {
            return message;
        }
        List<ToolExecutionRequest> kept = new ArrayList<>();
        for (ToolExecutionRequest request : message.toolExecutionRequests()) {
            if (!isRetrieval(request.name())) {
                kept.add(request);
            }
        }
        AiMessage.Builder builder = message.toBuilder().toolExecutionRequests(kept);
        if (kept.isEmpty() && message.text() == null) {
            builder.text("");
        }
        return builder.build();
    }
}
