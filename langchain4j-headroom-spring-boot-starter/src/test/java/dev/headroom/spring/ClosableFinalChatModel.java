package dev.headroom.spring;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.concurrent.atomic.AtomicInteger;

/** A final, closable model (a client holding connections), so it can only be wrapped behind the interface. */
public final class ClosableFinalChatModel implements ChatModel, AutoCloseable {

    final AtomicInteger closed = new AtomicInteger();

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return ChatResponse.builder().aiMessage(AiMessage.from("final")).build();
    }

    @Override
    public void close() {
        closed.incrementAndGet();
    }
}
