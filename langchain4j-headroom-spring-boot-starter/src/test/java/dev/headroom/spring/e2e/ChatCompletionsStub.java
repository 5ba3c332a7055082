package dev.headroom.spring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local stand-in for OpenAI's {@code POST /v1/chat/completions} on 127.0.0.1, built on the JDK's HttpServer:
 * JSON, or server-sent chunks when the request says {@code "stream": true}. It records every request body and
 * answers each request with the next scripted step; a step sees the parsed request, so it can echo a handle
 * the request carried.
 */
final class ChatCompletionsStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Deque<Function<JsonNode, ObjectNode>> script = new ArrayDeque<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private volatile int[] fixedUsage;

    private ChatCompletionsStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    static ChatCompletionsStub start() {
        try {
            return new ChatCompletionsStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    synchronized void reset() {
        script.clear();
        bodies.clear();
        fixedUsage = null;
    }

    /**
     * Reports this usage on every answer (JSON only) instead of a quarter of the body's length, with
     * {@code usage.prompt_tokens_details.cached_tokens}.
     */
    ChatCompletionsStub usage(int promptTokens, int cachedTokens, int completionTokens) {
        fixedUsage = new int[] {promptTokens, cachedTokens, completionTokens};
        return this;
    }

    /** Answers the next request with the message {@code step} builds from it. */
    synchronized ChatCompletionsStub then(Function<JsonNode, ObjectNode> step) {
        script.add(step);
        return this;
    }

    /** Every request body, as received, in order. */
    List<String> bodies() {
        return bodies;
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An assistant message calling one tool. */
    static ObjectNode toolCall(String id, String name, String arguments) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant");
        message.putNull("content");
        ObjectNode call = message.putArray("tool_calls").addObject().put("id", id).put("type", "function");
        call.putObject("function").put("name", name).put("arguments", arguments);
        return message;
    }

    /** An assistant message with text only. */
    static ObjectNode text(String text) {
        return JSON.createObjectNode().put("role", "assistant").put("content", text);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            Function<JsonNode, ObjectNode> step;
            synchronized (this) {
                step = script.poll();
            }
            if (step == null) {
                respond(exchange, 500, "{\"error\":{\"message\":\"stub: no scripted step left\"}}");
                return;
            }
            JsonNode request = parse(body);
            ObjectNode message = step.apply(request);
            if (request.path("stream").asBoolean(false)) {
                stream(exchange, message);
                return;
            }
            ObjectNode root = JSON.createObjectNode()
                    .put("id", "chatcmpl-" + bodies.size())
                    .put("object", "chat.completion")
                    .put("created", 1_700_000_000L)
                    .put("model", "gpt-4o-mini");
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
            choice.set("message", message);
            choice.put("finish_reason", message.has("tool_calls") ? "tool_calls" : "stop");
            int[] fixed = fixedUsage;
            if (fixed == null) {
                root.putObject("usage").put("prompt_tokens", body.length() / 4).put("completion_tokens", 10)
                        .put("total_tokens", body.length() / 4 + 10);
            } else {
                ObjectNode usage = root.putObject("usage").put("prompt_tokens", fixed[0]).put("completion_tokens", fixed[2])
                        .put("total_tokens", fixed[0] + fixed[2]);
                usage.putObject("prompt_tokens_details").put("cached_tokens", fixed[1]);
            }
            respond(exchange, 200, root.toString());
        }
    }

    /** The message as chunks: role, then the content or each tool call whole, then the finish reason. */
    private void stream(HttpExchange exchange, ObjectNode message) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        var out = exchange.getResponseBody();
        List<ObjectNode> deltas = new java.util.ArrayList<>();
        deltas.add(JSON.createObjectNode().put("role", "assistant"));
        if (message.hasNonNull("content")) {
            deltas.add(JSON.createObjectNode().put("content", message.get("content").asText()));
        }
        int index = 0;
        for (JsonNode call : message.path("tool_calls")) {
            ObjectNode delta = JSON.createObjectNode();
            delta.putArray("tool_calls").addObject().put("index", index++).setAll((ObjectNode) call.deepCopy());
            deltas.add(delta);
        }
        for (ObjectNode delta : deltas) {
            out.write(sse(chunk(delta, null)));
        }
        out.write(sse(chunk(JSON.createObjectNode(), message.has("tool_calls") ? "tool_calls" : "stop")));
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode chunk(ObjectNode delta, String finishReason) {
        ObjectNode root = JSON.createObjectNode()
                .put("id", "chatcmpl-" + bodies.size())
                .put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L)
                .put("model", "gpt-4o-mini");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.put("finish_reason", finishReason);
        return root;
    }

    private static byte[] sse(ObjectNode data) {
        return ("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
