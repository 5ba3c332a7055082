package dev.headroom.spring;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A provider-like streaming model that records what it was sent and answers "done" on the calling thread. */
public class RecordingStreamingChatModel implements StreamingChatModel {

    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        requests.add(request);
        handler.onPartialResponse("done");
        handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("done")).build());
    }

    public List<ChatRequest> requests() {
        return requests;
    }
}
