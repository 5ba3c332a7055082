package dev.headroom.reliability;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A caller's streaming handler that records text, every terminal callback and the errors by instance. */
final class Terminals implements StreamingChatResponseHandler {

    final List<String> texts = new CopyOnWriteArrayList<>();
    final List<ChatResponse> completions = new CopyOnWriteArrayList<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    private final Consumer<StreamingHandle> onText;

    Terminals() {
        this(handle -> {});
    }

    Terminals(Consumer<StreamingHandle> onText) {
        this.onText = onText;
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        texts.add(partial.text());
        onText.accept(context.streamingHandle());
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        completions.add(response);
        done.complete(null);
    }

    @Override
    public void onError(Throwable error) {
        errors.add(error);
        done.complete(null);
    }

    int terminalCount() {
        return completions.size() + errors.size();
    }

    Terminals await() throws Exception {
        done.get(10, TimeUnit.SECONDS);
        return this;
    }
}
