package dev.headroom.langchain4j;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A local stand-in for OpenAI's chat-completions endpoint on 127.0.0.1 (JDK HttpServer): records every
 * request body as received and answers from a script, one step per request (the last step repeats), as JSON
 * or, when the request says {@code "stream": true}, as server-sent {@code data:} chunks with tool-call
 * deltas, a usage chunk and {@code [DONE]}.
 */
final class OpenAiStub extends ScriptedJsonServer<OpenAiStub.Turn> {

    /** One scripted assistant turn; {@code cachedTokens} ({@code usage.prompt_tokens_details.cached_tokens}) is sent when not {@code null}. */
    record Turn(String text, List<ToolCall> calls, int promptTokens, int completionTokens, Integer cachedTokens) {

        Turn(String text, List<ToolCall> calls, int promptTokens, int completionTokens) {
            this(text, calls, promptTokens, completionTokens, null);
        }

        Turn withCachedTokens(int cached) {
            return new Turn(text, calls, promptTokens, completionTokens, cached);
        }
        static Turn text(String text) {
            return new Turn(text, List.of(), 100, 10);
        }

        static Turn call(String id, String name, String arguments) {
            return new Turn(null, List.of(new ToolCall(id, name, arguments)), 100, 10);
        }
    }

    record ToolCall(String id, String name, String arguments) {}

    private OpenAiStub() {
        super("/v1/chat/completions");
    }

    static OpenAiStub start() {
        return new OpenAiStub();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** A builder of LangChain4j's OpenAI model, pointed at this stub. */
    OpenAiChatModel.OpenAiChatModelBuilder chatModel() {
        return OpenAiChatModel.builder().baseUrl(baseUrl()).apiKey("test").modelName("gpt-4o-mini").maxRetries(0);
    }

    /** A builder of LangChain4j's streaming OpenAI model, pointed at this stub. */
    OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder streamingChatModel() {
        return OpenAiStreamingChatModel.builder().baseUrl(baseUrl()).apiKey("test").modelName("gpt-4o-mini");
    }

    OpenAiStub then(Function<JsonNode, Turn> step) {
        enqueue(step);
        return this;
    }

    OpenAiStub then(Turn turn) {
        return then(body -> turn);
    }

    /** The elements of the body's top-level array field, each exactly as the bytes were sent. */
    static List<String> rawElements(String body, String field) {
        List<String> elements = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (!name.equals(field)) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    elements.add(body.substring(start, (int) parser.currentLocation().getCharOffset()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return elements;
    }

    @Override
    protected void respond(HttpExchange exchange, JsonNode request, Turn turn) throws IOException {
        if (request.path("stream").asBoolean(false)) {
            stream(exchange, turn);
        } else {
            writeJson(exchange, completion(turn).toString());
        }
    }

    @Override
    protected String errorBody(RuntimeException e) {
        return "{\"error\":{\"message\":\"stub: " + e + "\"}}";
    }

    private ObjectNode completion(Turn turn) {
        ObjectNode root = header("chat.completion");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", turn.text());
        if (!turn.calls().isEmpty()) {
            ArrayNode calls = message.putArray("tool_calls");
            for (ToolCall call : turn.calls()) {
                ObjectNode c = calls.addObject();
                c.put("id", call.id());
                c.put("type", "function");
                c.putObject("function").put("name", call.name()).put("arguments", call.arguments());
            }
        }
        choice.put("finish_reason", turn.calls().isEmpty() ? "stop" : "tool_calls");
        usage(root, turn);
        return root;
    }

    private void stream(HttpExchange exchange, Turn turn) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        send(out, chunk(delta -> delta.put("role", "assistant").put("content", ""), null));
        if (turn.text() != null) {
            for (String piece : pieces(turn.text())) {
                send(out, chunk(delta -> delta.put("content", piece), null));
            }
        }
        for (int i = 0; i < turn.calls().size(); i++) {
            ToolCall call = turn.calls().get(i);
            int index = i;
            send(out, chunk(delta -> {
                ObjectNode c = delta.putArray("tool_calls").addObject();
                c.put("index", index).put("id", call.id()).put("type", "function");
                c.putObject("function").put("name", call.name()).put("arguments", "");
            }, null));
            for (String piece : pieces(call.arguments())) {
                send(out, chunk(delta -> delta.putArray("tool_calls").addObject().put("index", index)
                        .putObject("function").put("arguments", piece), null));
            }
        }
        send(out, chunk(delta -> {}, turn.calls().isEmpty() ? "stop" : "tool_calls"));
        ObjectNode usage = header("chat.completion.chunk");
        usage.putArray("choices");
        usage(usage, turn);
        send(out, usage.toString());
        send(out, "[DONE]");
    }

    private ObjectNode chunk(java.util.function.Consumer<ObjectNode> delta, String finishReason) {
        ObjectNode root = header("chat.completion.chunk");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        delta.accept(choice.putObject("delta"));
        choice.put("finish_reason", finishReason);
        return root;
    }

    private static void send(OutputStream out, Object data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private ObjectNode header(String object) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-" + bodies().size());
        root.put("object", object);
        root.put("created", 1_700_000_000L);
        root.put("model", "gpt-4o-mini");
        return root;
    }

    private static void usage(ObjectNode root, Turn turn) {
        ObjectNode usage = root.putObject("usage")
                .put("prompt_tokens", turn.promptTokens())
                .put("completion_tokens", turn.completionTokens())
                .put("total_tokens", turn.promptTokens() + turn.completionTokens());
        if (turn.cachedTokens() != null) {
            usage.putObject("prompt_tokens_details").put("cached_tokens", turn.cachedTokens());
        }
    }
}
