package dev.headroom.reliability;

import dev.headroom.ccr.RetrieveTool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** In-memory providers for the reliability tests: stateless behaviours plus per-round fault injection. */
final class FakeModels {

    static final Pattern HASH = Pattern.compile("hash(?:=|\"\\s*:\\s*\")([0-9a-f]{24})");
    static final String ANSWER_PREFIX = "answer from retrieval: ";

    private FakeModels() {}

    /**
     * A model that, seeing a compressed tool result last, calls {@code headroom_retrieve} with its hash
     * (and {@code arguments} when given); seeing a retrieval answer last, answers with it verbatim after
     * {@link #ANSWER_PREFIX}; otherwise says "no retrieval needed". Stateless and thread-safe.
     */
    static Function<ChatRequest, ChatResponse> retrievingModel(Function<String, String> arguments) {
        return request -> {
            ChatMessage last = request.messages().get(request.messages().size() - 1);
            if (last instanceof ToolExecutionResultMessage result && RetrieveTool.NAME.equals(result.toolName())) {
                return response(AiMessage.from(ANSWER_PREFIX + result.text()));
            }
            if (last instanceof ToolExecutionResultMessage result && result.hasSingleText()) {
                Matcher m = HASH.matcher(result.text());
                if (m.find()) {
                    ToolExecutionRequest call = ToolExecutionRequest.builder().id("r-" + m.group(1)).name(RetrieveTool.NAME)
                            .arguments(arguments.apply(m.group(1))).build();
                    return response(AiMessage.from(call));
                }
            }
            return response(AiMessage.from("no retrieval needed"));
        };
    }

    static Function<ChatRequest, ChatResponse> retrievingModel() {
        return retrievingModel(hash -> "{\"hash\":\"" + hash + "\"}");
    }

    static ChatResponse response(AiMessage message) {
        return ChatResponse.builder().aiMessage(message).tokenUsage(new TokenUsage(10, 2)).build();
    }

    /** A blocking model: {@code behaviour} answers, unless round {@code n} has an override; records requests. */
    static final class Blocking implements ChatModel {
        final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
        private final Function<ChatRequest, ChatResponse> behaviour;
        private final AtomicInteger rounds = new AtomicInteger();
        private volatile int faultRound = -1;
        private volatile Function<ChatRequest, ChatResponse> fault;

        Blocking(Function<ChatRequest, ChatResponse> behaviour) {
            this.behaviour = behaviour;
        }

        /** Round {@code round} (0-based) is answered by {@code fault} instead (e.g. one that throws). */
        Blocking onRound(int round, Function<ChatRequest, ChatResponse> fault) {
            this.faultRound = round;
            this.fault = fault;
            return this;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            requests.add(request);
            int round = rounds.getAndIncrement();
            return round == faultRound ? fault.apply(request) : behaviour.apply(request);
        }
    }

    /**
     * A streaming model: each round streams the behaviour's text in two chunks (context variant), then its tool
     * calls as complete tool calls, then the response; unless round {@code n} has an override, which gets the
     * raw handler. Runs on the caller's thread. Stops emitting once its handle is cancelled.
     */
    static final class Streaming implements StreamingChatModel {
        final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
        private final Function<ChatRequest, ChatResponse> behaviour;
        private final AtomicInteger rounds = new AtomicInteger();
        private volatile int faultRound = -1;
        private volatile BiConsumer<ChatRequest, StreamingChatResponseHandler> fault;

        Streaming(Function<ChatRequest, ChatResponse> behaviour) {
            this.behaviour = behaviour;
        }

        Streaming onRound(int round, BiConsumer<ChatRequest, StreamingChatResponseHandler> fault) {
            this.faultRound = round;
            this.fault = fault;
            return this;
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            requests.add(request);
            if (rounds.getAndIncrement() == faultRound) {
                fault.accept(request, handler);
                return;
            }
            stream(behaviour.apply(request), handler, new Handle(), true);
        }
    }

    /** Streams one response; when {@code completeWhenCancelled} a cancelled round still reports its response. */
    static void stream(ChatResponse response, StreamingChatResponseHandler handler, Handle handle, boolean completeWhenCancelled) {
        AiMessage message = response.aiMessage();
        if (message.text() != null && !message.text().isEmpty()) {
            String text = message.text();
            int half = text.length() / 2;
            for (String chunk : List.of(text.substring(0, half), text.substring(half))) {
                if (!chunk.isEmpty() && !handle.isCancelled()) {
                    handler.onPartialResponse(new PartialResponse(chunk), new PartialResponseContext(handle));
                }
            }
        }
        List<ToolExecutionRequest> calls = message.toolExecutionRequests();
        for (int i = 0; i < calls.size() && !handle.isCancelled(); i++) {
            handler.onCompleteToolCall(new CompleteToolCall(i, calls.get(i)));
        }
        if (!handle.isCancelled() || completeWhenCancelled) {
            handler.onCompleteResponse(response);
        }
    }

    static final class Handle implements StreamingHandle {
        private volatile boolean cancelled;

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
