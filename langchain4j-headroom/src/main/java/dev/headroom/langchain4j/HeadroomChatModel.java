package dev.headroom.langchain4j;

import dev.headroom.Headroom;
import dev.headroom.internal.Guard;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link ChatModel} that compresses tool results before they reach the wrapped model and answers the
 * model's {@code headroom_retrieve} calls itself.
 *
 * <pre>{@code
 * ChatModel model = HeadroomChatModel.wrap(openAiModel);
 * Assistant assistant = AiServices.builder(Assistant.class).chatModel(model).tools(new MyTools()).build();
 * }</pre>
 *
 * <p>Per request: each tool result over the threshold is replaced, in what is sent only, by its compressed
 * rendering with an in-band disclosure; the caller's and the model's default tools are merged and
 * {@code headroom_retrieve} appended; then the delegate is called. While the model calls
 * {@code headroom_retrieve}, the calls are answered from the store and the delegate called again in hidden
 * rounds, bounded by {@code maxRetrievalRounds} (see {@code RetrievalLoop} for the states). The caller gets one
 * response: the last round's, without any {@code headroom_retrieve} call, token usage summed over rounds, with the
 * call's {@link HeadroomReport} attached ({@link HeadroomReport#of}). The delegate's listeners find the report so far
 * and, on hidden rounds, the round number in their context attributes (see {@link HeadroomReport}).
 *
 * <p>In shadow mode ({@code HeadroomConfig.mode(Mode.SHADOW)}) the delegate receives the caller's request itself,
 * unchanged, and the caller gets the delegate's response as it came, with a report of what Headroom would have done
 * ({@link HeadroomReport#shadow()}).
 *
 * <p>The delegate is always called through {@link ChatModel#chat(ChatRequest, ChatRequestOptions)}, so its
 * listeners fire once per provider call; this model has no listeners of its own. Exceptions of the delegate
 * propagate unchanged.
 *
 * <p>Thread-safe when the delegate is: it holds no per-request state.
 */
public final class HeadroomChatModel implements ChatModel {

    private final ChatModel delegate;
    private final Headroom headroom;
    private final Guard shadowFailures = new Guard("computing what shadow mode would have sent failed; the request was "
            + "sent unchanged with an empty report");

    private HeadroomChatModel(Builder builder) {
        if (builder.delegate == null) {
            throw new IllegalArgumentException("delegate must not be null");
        }
        this.delegate = builder.delegate;
        this.headroom = builder.headroom != null ? builder.headroom : Headroom.create();
    }

    /** Wraps {@code delegate} with a default {@link Headroom} engine. */
    public static HeadroomChatModel wrap(ChatModel delegate) {
        return builder().delegate(delegate).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        Objects.requireNonNull(request, "request");
        RetrievalLoop loop = RetrievalLoop.start(headroom, request, delegate.defaultRequestParameters(), delegate.provider(),
                shadowFailures);
        ChatResponse response;
        try {
            response = delegate.chat(loop.request(), loop.options(options));
            while (loop.needsAnotherRound(response)) {
                response = delegate.chat(loop.request(), loop.options(options));
            }
        } catch (RuntimeException e) {
            loop.failed(e);
            throw e;
        }
        return loop.finish(response);
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

    /** The wrapped model. */
    public ChatModel delegate() {
        return delegate;
    }

    public Headroom headroom() {
        return headroom;
    }

    @Override
    public String toString() {
        return "HeadroomChatModel{delegate=" + delegate + "}";
    }

    public static final class Builder {
        private ChatModel delegate;
        private Headroom headroom;

        private Builder() {}

        /** The model to wrap (required). */
        public Builder delegate(ChatModel delegate) {
            this.delegate = delegate;
            return this;
        }

        /** The engine; defaults to {@link Headroom#create()}. Share one engine between models. */
        public Builder headroom(Headroom headroom) {
            this.headroom = headroom;
            return this;
        }

        public HeadroomChatModel build() {
            return new HeadroomChatModel(this);
        }
    }
}
