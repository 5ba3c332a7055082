package dev.headroom.langchain4j;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.ccr.RetrieveTool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test data and small helpers shared by the decorator tests. */
final class Fixtures {

    /** A disclosed handle: {@code hash=<handle>} in text disclosures, {@code "hash":"<handle>"} in JSON ones. */
    static final Pattern HASH = Pattern.compile("hash(?:=|\\\\?\"\\s*:\\s*\\\\?\")([0-9a-f]{24})");

    static final ToolSpecification SEARCH_ORDERS = ToolSpecification.builder()
            .name("search_orders")
            .description("Searches orders")
            .parameters(JsonObjectSchema.builder().addStringProperty("customer").build())
            .build();

    static final ToolSpecification GET_WEATHER = ToolSpecification.builder()
            .name("get_weather")
            .description("Weather in a city")
            .parameters(JsonObjectSchema.builder().addStringProperty("city").build())
            .build();

    private Fixtures() {}

    /** A JSON array of {@code n} order objects; item {@code i} has id {@code ORD-<i>}. */
    static String orders(int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"id\":\"ORD-").append(i).append("\",\"customer\":\"acme\",\"status\":\"")
                    .append(i % 97 == 13 ? "error" : "shipped")
                    .append("\",\"amount\":").append(100 + i).append(".50,\"note\":\"routine delivery ")
                    .append(i).append("\"}");
        }
        return sb.append(']').toString();
    }

    /** An engine with the fake JSON compressor keeping {@code keep} items. */
    static Headroom headroom(FakeJsonCompressor compressor) {
        return Headroom.builder().compressor(compressor).build();
    }

    static Headroom headroom(FakeJsonCompressor compressor, HeadroomConfig config) {
        return Headroom.builder().config(config).compressor(compressor).build();
    }

    static ToolExecutionRequest call(String id, String name, String arguments) {
        return ToolExecutionRequest.builder().id(id).name(name).arguments(arguments).build();
    }

    static ToolExecutionRequest retrieve(String id, String hash, String query) {
        String args = query == null
                ? "{\"hash\":\"" + hash + "\"}"
                : "{\"hash\":\"" + hash + "\",\"query\":\"" + query + "\"}";
        return call(id, RetrieveTool.NAME, args);
    }

    static ChatResponse response(AiMessage message, int input, int output) {
        return ChatResponse.builder().aiMessage(message).tokenUsage(new TokenUsage(input, output)).build();
    }

    static ChatResponse text(String text) {
        return response(AiMessage.from(text), 10, 1);
    }

    static ChatResponse calls(ToolExecutionRequest... calls) {
        return response(AiMessage.from(calls), 10, 1);
    }

    /** The first handle disclosed anywhere in the request's messages. */
    static String handleIn(ChatRequest request) {
        for (ChatMessage message : request.messages()) {
            if (message instanceof ToolExecutionResultMessage result && result.hasSingleText()) {
                Matcher m = HASH.matcher(result.text());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("no disclosed handle in " + request.messages());
    }

    static List<String> toolNames(ChatRequest request) {
        return request.toolSpecifications().stream().map(ToolSpecification::name).toList();
    }

    static ToolExecutionResultMessage lastToolResult(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        return (ToolExecutionResultMessage) messages.get(messages.size() - 1);
    }
}
