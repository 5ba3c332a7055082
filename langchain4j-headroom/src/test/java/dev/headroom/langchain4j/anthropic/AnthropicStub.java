package dev.headroom.langchain4j.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.headroom.langchain4j.ScriptedJsonServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * A local stand-in for Anthropic's Messages API on 127.0.0.1 (JDK HttpServer), {@code POST /v1/messages}:
 * records every request body and answers from a script, one step per request (the last repeats). A
 * non-streaming request gets a JSON message with {@code thinking}, {@code text} and {@code tool_use} content
 * blocks; a request with {@code "stream": true} gets the server-sent events {@code message_start},
 * {@code content_block_start}/{@code content_block_delta} ({@code thinking_delta}, {@code signature_delta},
 * {@code text_delta}, {@code input_json_delta})/{@code content_block_stop}, {@code message_delta} with usage
 * and {@code message_stop}.
 */
final class AnthropicStub extends ScriptedJsonServer<AnthropicStub.Turn> {

    /**
     * One scripted assistant turn; {@code thinking} and {@code text} may be {@code null}; {@code cacheRead} and
     * {@code cacheWrite} ({@code usage.cache_read_input_tokens}, {@code usage.cache_creation_input_tokens}) are sent
     * when not {@code null}.
     */
    record Turn(String thinking, String signature, String text, List<ToolUse> toolUses, int inputTokens, int outputTokens,
                Integer cacheRead, Integer cacheWrite) {

        Turn(String thinking, String signature, String text, List<ToolUse> toolUses, int inputTokens, int outputTokens) {
            this(thinking, signature, text, toolUses, inputTokens, outputTokens, null, null);
        }

        Turn withUsage(int input, int output, int read, int write) {
            return new Turn(thinking, signature, text, toolUses, input, output, read, write);
        }

        static Turn text(String text) {
            return new Turn(null, null, text, List.of(), 100, 10);
        }

        Turn withThinking(String thinking, String signature) {
            return new Turn(thinking, signature, text, toolUses, inputTokens, outputTokens);
        }

        static Turn toolUse(String id, String name, String inputJson) {
            return new Turn(null, null, null, List.of(new ToolUse(id, name, inputJson)), 100, 10);
        }
    }

    record ToolUse(String id, String name, String inputJson) {}

    private AnthropicStub() {
        super("/v1/messages");
    }

    static AnthropicStub start() {
        return new AnthropicStub();
    }

    /** The base URL for {@code AnthropicChatModel.builder().baseUrl(..)}. */
    String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1/";
    }

    AnthropicStub then(Function<JsonNode, Turn> step) {
        enqueue(step);
        return this;
    }

    AnthropicStub then(Turn turn) {
        return then(body -> turn);
    }

    @Override
    protected void respond(HttpExchange exchange, JsonNode request, Turn turn) throws IOException {
        if (request.path("stream").asBoolean(false)) {
            stream(exchange, turn);
        } else {
            writeJson(exchange, message(turn, true).toString());
        }
    }

    @Override
    protected String errorBody(RuntimeException e) {
        return "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"stub: " + e + "\"}}";
    }

    /** The whole message; {@code withContent=false} gives message_start's empty shell. */
    private ObjectNode message(Turn turn, boolean withContent) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "msg_" + bodies().size());
        root.put("type", "message");
        root.put("role", "assistant");
        root.put("model", "claude-sonnet-4-5");
        ArrayNode content = root.putArray("content");
        if (withContent) {
            if (turn.thinking() != null) {
                content.addObject().put("type", "thinking").put("thinking", turn.thinking()).put("signature", turn.signature());
            }
            if (turn.text() != null) {
                content.addObject().put("type", "text").put("text", turn.text());
            }
            for (ToolUse use : turn.toolUses()) {
                ObjectNode block = content.addObject().put("type", "tool_use").put("id", use.id()).put("name", use.name());
                block.set("input", parse(use.inputJson()));
            }
            root.put("stop_reason", turn.toolUses().isEmpty() ? "end_turn" : "tool_use");
        } else {
            root.putNull("stop_reason");
        }
        root.putNull("stop_sequence");
        ObjectNode usage = root.putObject("usage").put("input_tokens", turn.inputTokens())
                .put("output_tokens", withContent ? turn.outputTokens() : 1);
        if (turn.cacheRead() != null) {
            usage.put("cache_read_input_tokens", turn.cacheRead());
        }
        if (turn.cacheWrite() != null) {
            usage.put("cache_creation_input_tokens", turn.cacheWrite());
        }
        return root;
    }

    private void stream(HttpExchange exchange, Turn turn) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        ObjectNode start = JSON.createObjectNode().put("type", "message_start");
        start.set("message", message(turn, false));
        send(out, start);
        send(out, JSON.createObjectNode().put("type", "ping"));
        int index = 0;
        if (turn.thinking() != null) {
            blockStart(out, index, JSON.createObjectNode().put("type", "thinking").put("thinking", ""));
            for (String piece : pieces(turn.thinking())) {
                delta(out, index, JSON.createObjectNode().put("type", "thinking_delta").put("thinking", piece));
            }
            delta(out, index, JSON.createObjectNode().put("type", "signature_delta").put("signature", turn.signature()));
            blockStop(out, index++);
        }
        if (turn.text() != null) {
            blockStart(out, index, JSON.createObjectNode().put("type", "text").put("text", ""));
            for (String piece : pieces(turn.text())) {
                delta(out, index, JSON.createObjectNode().put("type", "text_delta").put("text", piece));
            }
            blockStop(out, index++);
        }
        for (ToolUse use : turn.toolUses()) {
            ObjectNode block = JSON.createObjectNode().put("type", "tool_use").put("id", use.id()).put("name", use.name());
            block.putObject("input");
            blockStart(out, index, block);
            for (String piece : pieces(use.inputJson())) {
                delta(out, index, JSON.createObjectNode().put("type", "input_json_delta").put("partial_json", piece));
            }
            blockStop(out, index++);
        }
        ObjectNode messageDelta = JSON.createObjectNode().put("type", "message_delta");
        messageDelta.putObject("delta").put("stop_reason", turn.toolUses().isEmpty() ? "end_turn" : "tool_use").putNull("stop_sequence");
        messageDelta.putObject("usage").put("output_tokens", turn.outputTokens());
        send(out, messageDelta);
        send(out, JSON.createObjectNode().put("type", "message_stop"));
    }

    private static void blockStart(OutputStream out, int index, ObjectNode block) throws IOException {
        ObjectNode event = JSON.createObjectNode().put("type", "content_block_start").put("index", index);
        event.set("content_block", block);
        send(out, event);
    }

    private static void delta(OutputStream out, int index, ObjectNode delta) throws IOException {
        ObjectNode event = JSON.createObjectNode().put("type", "content_block_delta").put("index", index);
        event.set("delta", delta);
        send(out, event);
    }

    private static void blockStop(OutputStream out, int index) throws IOException {
        send(out, JSON.createObjectNode().put("type", "content_block_stop").put("index", index));
    }

    private static void send(OutputStream out, ObjectNode data) throws IOException {
        out.write(("event: " + data.get("type").asText() + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
