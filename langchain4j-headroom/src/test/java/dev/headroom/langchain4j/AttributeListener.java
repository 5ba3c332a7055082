package dev.headroom.langchain4j;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the attributes a model's listeners see, per provider call, on request and on response. */
final class AttributeListener implements ChatModelListener {

    final List<Map<Object, Object>> onRequest = new CopyOnWriteArrayList<>();
    final List<Map<Object, Object>> onResponse = new CopyOnWriteArrayList<>();

    @Override
    public void onRequest(ChatModelRequestContext context) {
        onRequest.add(Map.copyOf(context.attributes()));
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        onResponse.add(Map.copyOf(context.attributes()));
    }
}
