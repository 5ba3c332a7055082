package dev.headroom.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The plumbing of a local provider stub on 127.0.0.1 (JDK HttpServer): records every request body as
 * received and answers each request with the next scripted turn (the last one repeats), in whatever wire
 * format the subclass writes. A turn that cannot be made (an assertion inside a script step) is answered
 * with HTTP 500 and the subclass's error body, so the test fails with the stub's message.
 *
 * @param <T> the subclass's description of one assistant turn
 */
public abstract class ScriptedJsonServer<T> implements AutoCloseable {

    protected static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final Deque<Function<JsonNode, T>> script = new ArrayDeque<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    protected ScriptedJsonServer(String path) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The port the stub listens on. */
    protected int port() {
        return server.getAddress().getPort();
    }

    /** Adds a step: the turn answering the next request, computed from its body. */
    protected synchronized void enqueue(Function<JsonNode, T> step) {
        script.add(step);
    }

    /** The raw request bodies, in arrival order. */
    public List<String> bodies() {
        return bodies;
    }

    public JsonNode body(int i) {
        try {
            return JSON.readTree(bodies.get(i));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the answer to {@code request}: a JSON body, or server-sent events when it asked to stream. */
    protected abstract void respond(HttpExchange exchange, JsonNode request, T turn) throws IOException;

    /** The body of the HTTP 500 answer when a turn could not be made. */
    protected abstract String errorBody(RuntimeException e);

    protected static void writeJson(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Splits into three pieces, as a provider streams tokens. */
    protected static List<String> pieces(String s) {
        int a = s.length() / 3;
        int b = 2 * s.length() / 3;
        List<String> pieces = new ArrayList<>();
        for (String piece : List.of(s.substring(0, a), s.substring(a, b), s.substring(b))) {
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            JsonNode request = JSON.readTree(body);
            respond(exchange, request, next().apply(request));
        } catch (RuntimeException e) {
            byte[] bytes = errorBody(e).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private synchronized Function<JsonNode, T> next() {
        Function<JsonNode, T> step = script.size() > 1 ? script.poll() : script.peek();
        if (step == null) {
            throw new IllegalStateException("no scripted turn");
        }
        return step;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
