package dev.headroom.spring;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A provider-like model (public, non-final class, as provider starters declare) that records what it was sent. */
public class RecordingChatModel implements ChatModel {

    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        return ChatResponse.builder().aiMessage(AiMessage.from("done")).build();
    }

    /** Every request this model received (a method of the concrete class, not of {@code ChatModel}). */
    public List<ChatRequest> requests() {
        return requests;
    }

    /** A conversation whose last message is a large tool result of tool {@code list}. */
    static ChatRequest requestWithToolResult(String toolResult) {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("call-1").name("list").arguments("{}").build();
        return ChatRequest.builder()
                .messages(UserMessage.from("what failed?"), AiMessage.from(List.of(call)),
                        ToolExecutionResultMessage.from(call, toolResult))
                .build();
    }

    /** The text of the last tool result in a request as the model received it. */
    static String lastToolResult(ChatRequest request) {
        return request.messages().stream()
                .filter(ToolExecutionResultMessage.class::isInstance)
                .map(m -> ((ToolExecutionResultMessage) m).text())
                .reduce((a, b) -> b)
                .orElseThrow();
    }
}
