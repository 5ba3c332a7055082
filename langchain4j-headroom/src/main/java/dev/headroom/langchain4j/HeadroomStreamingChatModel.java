package dev.headroom.langchain4j;

import dev.headroom.Headroom;
import dev.headroom.internal.Guard;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link StreamingChatModel} that compresses tool results before they reach the wrapped model and answers
 * the model's {@code headroom_retrieve} calls itself, in hidden rounds, exactly like {@link HeadroomChatModel}.
 *
 * <pre>{@code
 * StreamingChatModel model = HeadroomStreamingChatModel.wrap(openAiStreamingModel);
 * }</pre>
 *
 * <p>What the caller's handler sees:
 * <ul>
 *   <li>text and thinking of every round, live;</li>
 *   <li>partial and complete tool calls of its own tools, held until the round is known not to end in
 *       retrieval, then released (renumbered from 0); never any for {@code headroom_retrieve};</li>
 *   <li>exactly one {@code onCompleteResponse} (the last round's response, no {@code headroom_retrieve}
 *       call, token usage summed over rounds, the call's {@link HeadroomReport} attached: {@link HeadroomReport#of})
 *       or one {@code onError}. Errors are always delivered to the
 *       handler, never thrown from {@code chat}: also an exception the delegate throws synchronously, in
 *       any round (an undecorated model would throw it from the first round's {@code chat}).</li>
 * </ul>
 * In shadow mode ({@code HeadroomConfig.mode(Mode.SHADOW)}) the delegate receives the caller's request itself,
 * unchanged, and every event reaches the handler live as it came, tool calls included; the response given to
 * {@code onCompleteResponse} carries a report of what Headroom would have done ({@link HeadroomReport#shadow()}).
 * Cancelling through the {@code StreamingHandle} of a context callback cancels the round in progress and
 * keeps further rounds from starting.
 *
 * <p>The delegate is always called through
 * {@link StreamingChatModel#chat(ChatRequest, ChatRequestOptions, StreamingChatResponseHandler)}, so its
 * listeners fire once per provider call; this model has no listeners of its own.
 *
 * <p>Thread-safe when the delegate is: per-request state lives in the request's own handler chain.
 */
public final class HeadroomStreamingChatModel implements StreamingChatModel {

    private final StreamingChatModel delegate;
    private final Headroom headroom;
    private final Guard shadowFailures = new Guard("computing what shadow mode would have sent failed; the request was "
            + "sent unchanged with an empty report");

    private HeadroomStreamingChatModel(Builder builder) {
        if (builder.delegate == null) {
            throw new IllegalArgumentException("delegate must not be null");
        }
        this.delegate = builder.delegate;
        this.headroom = builder.headroom != null ? builder.headroom : Headroom.create();
    }

    /** Wraps {@code delegate} with a default {@link Headroom} engine. */
    public static HeadroomStreamingChatModel wrap(StreamingChatModel delegate) {
        return builder().delegate(delegate).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void chat(ChatRequest request, ChatRequestOptions options, StreamingChatResponseHandler handler) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(handler, "handler");
        new StreamingConversation(delegate, headroom, options, handler, shadowFailures).start(request);
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        chat(request, ChatRequestOptions.EMPTY, handler);
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
    public StreamingChatModel delegate() {
        return delegate;
    }

    public Headroom headroom() {
        return headroom;
    }

    @Override
    public String toString() {
        return "HeadroomStreamingChatModel{delegate=" + delegate + "}";
    }

    public static final class Builder {
        private StreamingChatModel delegate;
        private Headroom headroom;

        private Builder() {}

        /** The model to wrap (required). */
        public Builder delegate(StreamingChatModel delegate) {
            this.delegate = delegate;
            return this;
        }

        /** The engine; defaults to {@link Headroom#create()}. Share one engine between models. */
        public Builder headroom(Headroom headroom) {
            this.headroom = headroom;
            return this;
        }

        public HeadroomStreamingChatModel build() {
            return new HeadroomStreamingChatModel(this);
        }
    }
}
