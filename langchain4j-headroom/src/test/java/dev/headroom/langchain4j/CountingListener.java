package dev.headroom.langchain4j;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the requests and responses a model's listeners see. */
final class CountingListener implements ChatModelListener {

    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger responses = new AtomicInteger();

    @Override
    public void onRequest(ChatModelRequestContext context) {
        requests.incrementAndGet();
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        responses.incrementAndGet();
    }
}
