package dev.headroom.samples.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two server processes ({@code java -jar headroom-mcp-server.jar --store redis}) share one real Redis
 * (127.0.0.1:6379, {@code .ci/run} starts it): the original lives in Redis, yet only the session that compressed
 * it can retrieve it. Without Redis the class is skipped, except in CI ({@code CI=true}), where it fails.
 */
class HeadroomMcpServerRedisIT {

    private static final Pattern HASH = Pattern.compile("\"hash\"\\s*:\\s*\"([0-9a-f]{24})\"");

    private McpSyncClient first;
    private McpSyncClient second;

    @BeforeEach
    void requireRedis() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 1_000);
        } catch (IOException e) {
            String message = "no Redis on 127.0.0.1:6379; start one with: redis-server --daemonize yes --port 6379 --save '' --appendonly no";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true requires Redis: " + message, e);
            }
            Assumptions.abort(message);
        }
    }

    @AfterEach
    void close() {
        for (McpSyncClient client : new McpSyncClient[] {first, second}) {
            if (client != null) {
                client.closeGracefully();
            }
        }
    }

    @Test
    void should_retrieve_from_redis_only_in_the_session_that_compressed_when_two_servers_share_it() {
        // given
        first = start();
        second = start();
        String compressed = text(first.callTool(new CallToolRequest(HeadroomMcpServer.COMPRESS,
                Map.of("content", Fixtures.json100k(), "tool", "list_orders"))));
        Matcher m = HASH.matcher(compressed);
        assertThat(m.find()).as("a hash in %s", compressed).isTrue();
        String hash = m.group(1);

        // when
        String own = text(first.callTool(new CallToolRequest(HeadroomMcpServer.RETRIEVE, Map.of("hash", hash, "query", Fixtures.OMITTED_ORDER))));
        String foreign = text(second.callTool(new CallToolRequest(HeadroomMcpServer.RETRIEVE, Map.of("hash", hash))));
        String stats = text(first.callTool(new CallToolRequest(HeadroomMcpServer.STATS, Map.of())));

        // then
        assertThat(own).contains(Fixtures.OMITTED_ORDER);
        assertThat(foreign).doesNotContain(Fixtures.OMITTED_ORDER).containsIgnoringCase("not");
        assertThat(stats).contains("\"store\":\"RedisCompressionStore\"");
    }

    private static McpSyncClient start() {
        Path jar = Path.of(System.getProperty("headroom.mcp.jar", "target/headroom-mcp-server.jar"));
        McpSyncClient client = McpClient.sync(new StdioClientTransport(ServerParameters.builder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString())
                        .args("-jar", jar.toString(), "--store", "redis", "--redis-url", "redis://127.0.0.1:6379").build(),
                        McpJsonDefaults.getMapper()))
                .requestTimeout(Duration.ofSeconds(60))
                .build();
        client.initialize();
        return client;
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
