package dev.headroom.benchmarks;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

/**
 * A model that answers every request with the same text and no tool calls, instantly. It keeps the last
 * request it saw, so a benchmark can hand it to the Blackhole and the work that built it cannot be
 * optimized away. Not thread-safe: one per benchmark thread.
 */
final class FixedChatModel implements ChatModel {

    private final ChatResponse response = ChatResponse.builder()
            .aiMessage(AiMessage.from("The cheapest instance type is t4g.nano."))
            .tokenUsage(new TokenUsage(1_000, 12))
            .build();
    private ChatRequest lastRequest;

    @Override
    public ChatResponse doChat(ChatRequest request) {
        lastRequest = request;
        return response;
    }

    ChatRequest lastRequest() {
        return lastRequest;
    }
}
