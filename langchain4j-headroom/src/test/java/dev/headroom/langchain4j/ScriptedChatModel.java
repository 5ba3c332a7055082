package dev.headroom.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A hand-written provider model: records every request it receives (after {@code chat()} merged the
 * default parameters, as a real provider sees it) and answers from a script, one step per call; the
 * last step repeats.
 */
final class ScriptedChatModel implements ChatModel {

    private final Deque<Function<ChatRequest, ChatResponse>> script = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();
    private ChatRequestParameters defaults = DefaultChatRequestParameters.EMPTY;
    private List<ChatModelListener> listeners = List.of();

    ScriptedChatModel then(Function<ChatRequest, ChatResponse> step) {
        script.add(step);
        return this;
    }

    ScriptedChatModel then(ChatResponse response) {
        return then(request -> response);
    }

    ScriptedChatModel defaults(ChatRequestParameters defaults) {
        this.defaults = defaults;
        return this;
    }

    ScriptedChatModel listeners(ChatModelListener... listeners) {
        this.listeners = List.of(listeners);
        return this;
    }

    List<ChatRequest> requests() {
        return requests;
    }

    ChatRequest request(int i) {
        return requests.get(i);
    }

    @Override
    public synchronized ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        Function<ChatRequest, ChatResponse> step = script.size() > 1 ? script.poll() : script.peek();
        if (step == null) {
            throw new IllegalStateException("no scripted response");
        }
        return step.apply(request);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return defaults;
    }

    @Override
    public List<ChatModelListener> listeners() {
        return listeners;
    }
}
