package dev.headroom.spring.boot4;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provider model at the seam: records every request it receives and answers by looking at the request's
 * last message, so the same script serves any number of questions. A user question → call {@code fetchLogs};
 * the {@code fetchLogs} result → call {@code headroom_retrieve} with the hash the (compressed) result carries and
 * the failed order as the query; the retrieval's answer → the final text. Not final: the starter proxies it by
 * class, so the bean keeps its type.
 */
public class ScriptedOpsModel implements ChatModel {

    public static final String ANSWER = "ORD-1337 failed: the card was declined (code 51).";
    private static final Pattern HASH = Pattern.compile("hash=([0-9a-f]{24})");

    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        ChatMessage last = request.messages().get(request.messages().size() - 1);
        if (last instanceof ToolExecutionResultMessage result && "fetchLogs".equals(result.toolName())) {
            return call("call_2", "headroom_retrieve",
                    "{\"hash\":\"" + hashIn(result.text()) + "\",\"query\":\"" + Boot4OpsApplication.LogTools.FAILED_ORDER + "\"}");
        }
        if (last instanceof ToolExecutionResultMessage) {
            return ChatResponse.builder().aiMessage(AiMessage.from(ANSWER)).build();
        }
        return call("call_1", "fetchLogs", "{\"service\":\"payments\"}");
    }

    public List<ChatRequest> requests() {
        return requests;
    }

    public void reset() {
        requests.clear();
    }

    public static String hashIn(String text) {
        Matcher m = HASH.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no hash in: " + text);
        }
        return m.group(1);
    }

    private static ChatResponse call(String id, String name, String arguments) {
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(ToolExecutionRequest.builder().id(id).name(name).arguments(arguments).build()))
                .build();
    }
}
