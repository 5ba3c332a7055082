package dev.headroom.samples.agent;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Passes every call through to its delegate and reports the request and the response: the sample's
 * measuring tap, not part of using Headroom. Placed before {@code HeadroomChatModel} it sees what the model
 * would receive without Headroom; placed after it, what the model actually receives.
 *
 * <p>Shaped like the Headroom decorators: it overrides {@code chat(request, options)} and delegates the
 * getters, so the delegate's listeners fire once per call. Thread-safe when the delegate and the recorder are.
 */
final class RecordingChatModel implements ChatModel {

    private final ChatModel delegate;
    private final BiConsumer<ChatRequest, ChatResponse> recorder;

    RecordingChatModel(ChatModel delegate, BiConsumer<ChatRequest, ChatResponse> recorder) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        ChatResponse response = delegate.chat(request, options);
        recorder.accept(request, response);
        return response;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return chat(request, ChatRequestOptions.EMPTY);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }
}
