package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.RetrieveCalls.isRetrieval;

import dev.headroom.Headroom;
import dev.headroom.internal.Guard;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One streaming caller request: drives the {@link RetrievalLoop} over the delegate's streaming rounds and
 * relays what the caller may see.
 *
 * <ul>
 *   <li>Text, thinking and unmapped raw events stream through live, in the callback variant received;
 *       context variants carry a {@link CallerHandle} that cancels whichever round is streaming.</li>
 *   <li>Partial and complete tool calls are held per round. When the round ends the caller's are
 *       released, renumbered from 0, in their original order, unless the round ended in retrieval: then they
 *       are dropped (the model re-issues them). headroom_retrieve calls are never released.</li>
 *   <li>A round ending in retrieval is answered and the next one started from the delegate's callback.</li>
 *   <li>The caller gets exactly one terminal callback: {@code onCompleteResponse} or {@code onError}. An
 *       exception thrown synchronously by the delegate's {@code chat}, in any round, reaches the caller as
 *       {@code onError}; so does one thrown by the caller's own {@code onCompleteResponse}, as LangChain4j's
 *       providers do.</li>
 *   <li>After cancellation no further round starts; if the delegate still completes the current round,
 *       its response (retrieve calls stripped) is the final one.</li>
 * </ul>
 * In shadow mode ({@code Mode.SHADOW}) there is one round, the caller's request unchanged, and every event, tool calls
 * included, is relayed live as it comes; only the response given to {@code onCompleteResponse} carries the report.
 * Rounds run one after another, so the per-round state needs no locking; the terminal flag is atomic
 * because a delegate may report an error from another thread.
 */
final class StreamingConversation {

    private static final Logger log = LoggerFactory.getLogger(StreamingConversation.class);

    private final StreamingChatModel delegate;
    private final Headroom headroom;
    private final ChatRequestOptions options;
    private final StreamingChatResponseHandler caller;
    private final Guard shadowFailures;
    private final CallerHandle handle = new CallerHandle();
    private final AtomicBoolean finished = new AtomicBoolean();
    private RetrievalLoop loop;

    StreamingConversation(StreamingChatModel delegate, Headroom headroom, ChatRequestOptions options,
                          StreamingChatResponseHandler caller, Guard shadowFailures) {
        this.delegate = delegate;
        this.shadowFailures = shadowFailures;
        this.headroom = headroom;
        this.options = options;
        this.caller = caller;
    }

    void start(ChatRequest request) {
        try {
            loop = RetrievalLoop.start(headroom, request, delegate.defaultRequestParameters(), delegate.provider(),
                    shadowFailures);
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        sendRound();
    }

    private void sendRound() {
        try {
            delegate.chat(loop.request(), loop.options(options), new Round());
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void complete(ChatResponse response) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        try {
            caller.onCompleteResponse(response);
        } catch (RuntimeException e) {
            deliverError(e);
        }
    }

    private void fail(Throwable error) {
        if (loop != null) {
            loop.failed(error);
        }
        if (finished.compareAndSet(false, true)) {
            deliverError(error);
        } else {
            log.debug("headroom: ignoring an error reported after the caller's request finished", error);
        }
    }

    private void deliverError(Throwable error) {
        try {
            caller.onError(error);
        } catch (RuntimeException e) {
            log.warn("headroom: the caller's onError threw; ignored", e);
        }
    }

    /** The handler of one round: relays live events, holds tool calls, and decides at the round's end. */
    private final class Round implements StreamingChatResponseHandler {

        private final List<Object> heldToolCalls = new ArrayList<>();

        @Override
        public void onPartialResponse(String text) {
            if (!finished.get()) {
                caller.onPartialResponse(text);
            }
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            if (!finished.get()) {
                caller.onPartialResponse(partial, new PartialResponseContext(handle.follow(context.streamingHandle())));
            }
        }

        @Override
        public void onPartialThinking(PartialThinking thinking) {
            if (!finished.get()) {
                caller.onPartialThinking(thinking);
            }
        }

        @Override
        public void onPartialThinking(PartialThinking thinking, PartialThinkingContext context) {
            if (!finished.get()) {
                caller.onPartialThinking(thinking, new PartialThinkingContext(handle.follow(context.streamingHandle())));
            }
        }

        @Override
        public void onPartialToolCall(PartialToolCall call) {
            if (loop.shadow()) {
                if (!finished.get()) {
                    caller.onPartialToolCall(call);
                }
                return;
            }
            heldToolCalls.add(call);
        }

        @Override
        public void onPartialToolCall(PartialToolCall call, PartialToolCallContext context) {
            StreamingHandle callerHandle = handle.follow(context.streamingHandle());
            if (loop.shadow()) {
                if (!finished.get()) {
                    caller.onPartialToolCall(call, new PartialToolCallContext(callerHandle));
                }
                return;
            }
            heldToolCalls.add(new HeldPartialWithContext(call));
        }

        @Override
        public void onCompleteToolCall(CompleteToolCall call) {
            if (loop.shadow()) {
                if (!finished.get()) {
                    caller.onCompleteToolCall(call);
                }
                return;
            }
            heldToolCalls.add(call);
        }

        @Override
        public void onUnmappedRawEvent(Object event) {
            if (!finished.get()) {
                caller.onUnmappedRawEvent(event);
            }
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            if (finished.get()) {
                return;
            }
            ChatResponse result;
            try {
                if (handle.isCancelled()) {
                    loop.stop();
                }
                if (loop.needsAnotherRound(response) && !handle.isCancelled()) {
                    sendRound();
                    return;
                }
                result = loop.finish(response);
                releaseCallersToolCalls();
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            complete(result);
        }

        @Override
        public void onError(Throwable error) {
            fail(error);
        }

        /** Forwards the held tool-call events of the caller's own tools, renumbered 0, 1, ... in call order. */
        private void releaseCallersToolCalls() {
            Map<Integer, Integer> indices = new HashMap<>();
            for (Object event : heldToolCalls) {
                if (event instanceof HeldPartialWithContext held) {
                    PartialToolCall call = held.call();
                    if (!isRetrieval(call.name())) {
                        caller.onPartialToolCall(renumber(call, indices), new PartialToolCallContext(handle));
                    }
                } else if (event instanceof PartialToolCall call) {
                    if (!isRetrieval(call.name())) {
                        caller.onPartialToolCall(renumber(call, indices));
                    }
                } else if (event instanceof CompleteToolCall call) {
                    if (!isRetrieval(call.toolExecutionRequest().name())) {
                        int index = indices.computeIfAbsent(call.index(), i -> indices.size());
                        caller.onCompleteToolCall(new CompleteToolCall(index, call.toolExecutionRequest()));
                    }
                }
            }
        }

        private PartialToolCall renumber(PartialToolCall call, Map<Integer, Integer> indices) {
            int index = indices.computeIfAbsent(call.index(), i -> indices.size());
            if (index == call.index()) {
                return call;
            }
            return PartialToolCall.builder().index(index).id(call.id()).name(call.name())
                    .partialArguments(call.partialArguments()).build();
        }
    }

    /** A partial tool call received in the context variant, to be released in the same variant. */
    private record HeldPartialWithContext(PartialToolCall call) {}

    /**
     * The streaming handle the caller sees: stable across rounds, it cancels whichever round is streaming
     * and keeps further rounds from starting (a round that starts after cancel is cancelled at its first event).
     */
    static final class CallerHandle implements StreamingHandle {

        private volatile StreamingHandle current;
        private volatile boolean cancelled;

        StreamingHandle follow(StreamingHandle roundHandle) {
            current = roundHandle;
            if (cancelled && !roundHandle.isCancelled()) {
                roundHandle.cancel();
            }
            return this;
        }

        @Override
        public void cancel() {
            cancelled = true;
            StreamingHandle round = current;
            if (round != null) {
                round.cancel();
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
