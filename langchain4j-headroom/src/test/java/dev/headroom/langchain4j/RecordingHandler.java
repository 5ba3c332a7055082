package dev.headroom.langchain4j;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Records every callback as a short line; implements the context variants (as AiServices does). */
class RecordingHandler implements StreamingChatResponseHandler {

    final List<String> events = new CopyOnWriteArrayList<>();
    final CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    volatile StreamingHandle handle;
    private Consumer<StreamingHandle> onFirstText = h -> {};

    RecordingHandler cancelOnFirstText() {
        onFirstText = StreamingHandle::cancel;
        return this;
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        events.add("text:" + partial.text());
        boolean first = handle == null;
        handle = context.streamingHandle();
        if (first) {
            onFirstText.accept(handle);
        }
    }

    @Override
    public void onPartialThinking(PartialThinking thinking, PartialThinkingContext context) {
        events.add("thinking:" + thinking.text());
    }

    @Override
    public void onPartialToolCall(PartialToolCall call, PartialToolCallContext context) {
        events.add("partial:" + call.index() + ":" + call.name() + ":" + call.partialArguments());
    }

    @Override
    public void onCompleteToolCall(CompleteToolCall call) {
        events.add("call:" + call.index() + ":" + call.toolExecutionRequest().name());
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        events.add("complete");
        done.complete(response);
    }

    @Override
    public void onError(Throwable error) {
        events.add("error:" + error.getMessage());
        done.completeExceptionally(error);
    }

    ChatResponse await() throws Exception {
        return done.get(10, TimeUnit.SECONDS);
    }

    long terminals() {
        return events.stream().filter(e -> e.equals("complete") || e.startsWith("error:")).count();
    }
}
