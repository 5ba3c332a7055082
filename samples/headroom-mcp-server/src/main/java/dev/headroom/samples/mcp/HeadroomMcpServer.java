package dev.headroom.samples.mcp;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.spring.redis.RedisCompressionStore;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * An MCP server (stdio) that gives agents outside any framework, coding assistants and IDE agents among them,
 * Headroom's engine: {@code headroom_compress(content, query?, tool?)}, {@code headroom_retrieve(hash, query?)} and
 * {@code headroom_stats}. Stdout carries the protocol only; logs go to stderr.
 *
 * <pre>
 * java -jar samples/headroom-mcp-server/target/headroom-mcp-server.jar                      # in-process store
 * java -jar headroom-mcp-server.jar --store redis --redis-url redis://127.0.0.1:6379          # shared Redis store
 * </pre>
 *
 * The same settings can come from the environment: {@code HEADROOM_STORE} and {@code HEADROOM_REDIS_URL};
 * and no other setting is needed.
 */
public final class HeadroomMcpServer {

    static final String COMPRESS = "headroom_compress";
    static final String RETRIEVE = "headroom_retrieve";
    static final String STATS = "headroom_stats";

    private static final Logger log = LoggerFactory.getLogger(HeadroomMcpServer.class);

    private HeadroomMcpServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = options(args);
        Headroom headroom = Headroom.builder().store(store(options)).build();
        McpSyncServer server = server(new StdioServerTransportProvider(McpJsonDefaults.getMapper()), new HeadroomTools(headroom));
        log.info("headroom MCP server ready on stdio (store: {})", headroom.store().getClass().getSimpleName());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await(); // the transport serves on its own threads until the client ends the process
    }

    /** The MCP server with the three tools, on any transport (tests use the SDK's stdio transport, as {@link #main} does). */
    static McpSyncServer server(StdioServerTransportProvider transport, HeadroomTools tools) {
        return McpServer.sync(transport)
                .serverInfo("headroom", "0.1.0")
                .instructions("Compress large tool outputs before reading them: call headroom_compress with the output and"
                        + " what you are looking for; whatever it omits is announced with a hash, and headroom_retrieve(hash,"
                        + " query) returns the original or its best-matching lines or items.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .toolCall(tool(COMPRESS, "Compresses a large tool output (JSON, logs, search results, diffs, build output,"
                                + " tables) keeping errors, outliers and what matches the query verbatim; omitted parts are"
                                + " announced with a hash for headroom_retrieve.",
                        Map.of("content", "the output to compress",
                                "query", "what you are looking for in it (optional)",
                                "tool", "the name of the tool or command that produced it (optional)"), "content"),
                        (exchange, request) -> compress(tools, exchange, request.arguments()))
                .toolCall(tool(RETRIEVE, "Returns the original of a compressed output by the hash its disclosure named, or"
                                + " with query only its best-matching lines or items. Only hashes of this session are found.",
                        Map.of("hash", "the hash from the compressed output",
                                "query", "return only the lines or items matching this, best first (optional)"), "hash"),
                        (exchange, request) -> retrieve(tools, exchange, request.arguments()))
                .toolCall(tool(STATS, "What Headroom saved since the server started: tokens before and after, per content"
                                + " kind and tool, retrievals.", Map.of(), null),
                        (exchange, request) -> text(tools.stats(session(exchange)), false))
                .build();
    }

    private static CallToolResult compress(HeadroomTools tools, McpSyncServerExchange exchange, Map<String, Object> args) {
        Object content = args == null ? null : args.get("content");
        if (!(content instanceof String text)) {
            return text("content is required and must be a string", true);
        }
        CompressionOutcome outcome = tools.compress(session(exchange), text, string(args, "query"), string(args, "tool"));
        return text(outcome.text(), false);
    }

    private static CallToolResult retrieve(HeadroomTools tools, McpSyncServerExchange exchange, Map<String, Object> args) {
        Retrieval answer = tools.retrieve(session(exchange), string(args, "hash"), string(args, "query"));
        return text(answer.text(), false);
    }

    private static String session(McpSyncServerExchange exchange) {
        String id = exchange.sessionId();
        return id == null ? "stdio" : id;
    }

    private static McpSchema.Tool tool(String name, String description, Map<String, String> parameters, String required) {
        Map<String, Object> properties = new LinkedHashMap<>();
        parameters.keySet().stream().sorted().forEach(p -> properties.put(p, Map.of("type", "string", "description", parameters.get(p))));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (required != null) {
            schema.put("required", List.of(required));
        }
        return McpSchema.Tool.builder().name(name).description(description).inputSchema(schema).build();
    }

    private static String string(Map<String, Object> args, String name) {
        Object value = args == null ? null : args.get(name);
        return value == null ? null : value.toString();
    }

    private static CallToolResult text(String text, boolean error) {
        return CallToolResult.builder().addTextContent(text).isError(error).build();
    }

    static CompressionStore store(Map<String, String> options) {
        String type = options.getOrDefault("store", "caffeine").toLowerCase(Locale.ROOT);
        switch (type) {
            case "caffeine":
                return CaffeineCompressionStore.create();
            case "redis":
                URI uri = URI.create(options.getOrDefault("redis-url", "redis://127.0.0.1:6379"));
                LettuceConnectionFactory factory = new LettuceConnectionFactory(
                        new RedisStandaloneConfiguration(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()));
                factory.start();
                StringRedisTemplate template = new StringRedisTemplate(factory);
                template.afterPropertiesSet();
                return RedisCompressionStore.builder().redis(template).build();
            default:
                throw new IllegalArgumentException("store must be caffeine or redis, was " + type);
        }
    }

    /** {@code --name value} arguments over {@code HEADROOM_NAME} environment variables. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String name : List.of("store", "redis-url")) {
            String env = System.getenv("HEADROOM_" + name.replace('-', '_').toUpperCase(Locale.ROOT));
            if (env != null && !env.isBlank()) {
                options.put(name, env);
            }
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --store or --redis-url, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
