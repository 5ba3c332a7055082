package dev.headroom.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A hand-written streaming provider, synchronous on the caller's thread: for each scripted response it
 * streams the thinking, the text in two chunks (context variants), each tool call's arguments in two
 * partial chunks (OpenAI style), a complete tool call per call, then the response. Stops emitting when its
 * handle is cancelled. Records requests; the last scripted step repeats.
 */
final class ScriptedStreamingChatModel implements StreamingChatModel {

    private final Deque<Function<ChatRequest, ChatResponse>> script = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();
    private final List<Handle> handles = new ArrayList<>();
    private List<ChatModelListener> listeners = List.of();
    private RuntimeException throwOnRound;
    private int throwRound = -1;
    private boolean completeWhenCancelled;
    private boolean plainVariants;

    ScriptedStreamingChatModel then(Function<ChatRequest, ChatResponse> step) {
        script.add(step);
        return this;
    }

    ScriptedStreamingChatModel then(ChatResponse response) {
        return then(request -> response);
    }

    /** Throws {@code error} synchronously from {@code chat} in round {@code round} (0-based). */
    ScriptedStreamingChatModel throwing(int round, RuntimeException error) {
        this.throwRound = round;
        this.throwOnRound = error;
        return this;
    }

    ScriptedStreamingChatModel listeners(ChatModelListener... listeners) {
        this.listeners = List.of(listeners);
        return this;
    }

    /** Whether a cancelled round still reports its response (some providers finish the current event). */
    ScriptedStreamingChatModel completeWhenCancelled(boolean value) {
        this.completeWhenCancelled = value;
        return this;
    }

    /** Uses the callback variants without context (as providers before 1.8 did). */
    ScriptedStreamingChatModel plainVariants() {
        this.plainVariants = true;
        return this;
    }

    List<ChatRequest> requests() {
        return requests;
    }

    ChatRequest request(int i) {
        return requests.get(i);
    }

    List<Handle> handles() {
        return handles;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        requests.add(request);
        if (requests.size() - 1 == throwRound) {
            throw throwOnRound;
        }
        Function<ChatRequest, ChatResponse> step = script.size() > 1 ? script.poll() : script.peek();
        ChatResponse response = step.apply(request);
        Handle handle = new Handle();
        handles.add(handle);
        AiMessage message = response.aiMessage();
        if (message.thinking() != null && !handle.cancelled) {
            handler.onPartialThinking(new PartialThinking(message.thinking()), new PartialThinkingContext(handle));
        }
        if (message.text() != null) {
            String text = message.text();
            int half = text.length() / 2;
            for (String chunk : List.of(text.substring(0, half), text.substring(half))) {
                if (!chunk.isEmpty() && !handle.cancelled && plainVariants) {
                    handler.onPartialResponse(chunk);
                } else if (!chunk.isEmpty() && !handle.cancelled) {
                    handler.onPartialResponse(new PartialResponse(chunk), new PartialResponseContext(handle));
                }
            }
        }
        List<ToolExecutionRequest> calls = message.toolExecutionRequests();
        for (int i = 0; i < calls.size() && !handle.cancelled; i++) {
            ToolExecutionRequest call = calls.get(i);
            String args = call.arguments();
            int half = Math.max(1, args.length() / 2);
            for (String chunk : List.of(args.substring(0, half), args.substring(half))) {
                if (!chunk.isEmpty()) {
                    PartialToolCall partial = PartialToolCall.builder().index(i).id(call.id()).name(call.name())
                            .partialArguments(chunk).build();
                    if (plainVariants) {
                        handler.onPartialToolCall(partial);
                    } else {
                        handler.onPartialToolCall(partial, new PartialToolCallContext(handle));
                    }
                }
            }
            handler.onCompleteToolCall(new CompleteToolCall(i, call));
        }
        if (!handle.cancelled || completeWhenCancelled) {
            handler.onCompleteResponse(response);
        }
    }

    @Override
    public List<ChatModelListener> listeners() {
        return listeners;
    }

    static final class Handle implements StreamingHandle {
        volatile boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
