package dev.headroom.samples.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar over its real stdio transport: {@code java -jar headroom-mcp-server.jar} in its own process,
 * driven by the MCP Java SDK's client as a coding assistant would drive it. Runs after {@code package} (failsafe).
 */
class HeadroomMcpServerJarIT {

    private static final Pattern HASH = Pattern.compile("\"hash\"\\s*:\\s*\"([0-9a-f]{24})\"|hash=([0-9a-f]{24})");

    private McpSyncClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.closeGracefully();
        }
    }

    @Test
    void should_list_three_tools_and_compress_a_100_kb_json_then_retrieve_from_it_over_stdio() throws Exception {
        // given
        Path jar = Path.of(System.getProperty("headroom.mcp.jar", "target/headroom-mcp-server.jar"));
        assertThat(jar).exists();
        client = McpClient.sync(new StdioClientTransport(ServerParameters.builder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString()).args("-jar", jar.toString()).build(),
                        McpJsonDefaults.getMapper()))
                .requestTimeout(Duration.ofSeconds(60))
                .build();
        McpSchema.InitializeResult init = client.initialize();
        String json = Fixtures.json100k();

        // when
        McpSchema.ListToolsResult tools = client.listTools();
        CallToolResult compressed = client.callTool(new CallToolRequest(HeadroomMcpServer.COMPRESS,
                Map.of("content", json, "query", "which orders failed?", "tool", "list_orders")));
        String text = text(compressed);
        Matcher hash = HASH.matcher(text);
        assertThat(hash.find()).as("a hash in %s", text).isTrue();
        CallToolResult retrieved = client.callTool(new CallToolRequest(HeadroomMcpServer.RETRIEVE,
                Map.of("hash", hash.group(1) != null ? hash.group(1) : hash.group(2), "query", Fixtures.OMITTED_ORDER)));
        CallToolResult stats = client.callTool(new CallToolRequest(HeadroomMcpServer.STATS, Map.of()));

        // then
        assertThat(init.serverInfo().name()).isEqualTo("headroom");
        assertThat(tools.tools()).extracting(McpSchema.Tool::name)
                .containsExactlyInAnyOrder(HeadroomMcpServer.COMPRESS, HeadroomMcpServer.RETRIEVE, HeadroomMcpServer.STATS);
        assertThat(json.length()).isGreaterThan(100_000);
        assertThat(compressed.isError()).isFalse();
        assertThat(text.length()).isLessThan(json.length() / 10);
        assertThat(text).contains(Fixtures.FAILED_ORDER, "card declined (code 51)").doesNotContain(Fixtures.OMITTED_ORDER);
        assertThat(text(retrieved)).contains(Fixtures.OMITTED_ORDER);
        assertThat(text(stats)).contains("\"list_orders\"").containsPattern("\"tokensSaved\":[1-9]");
        Files.writeString(Path.of("target", "mcp-compress-sample.txt"), text);
    }

    private static String text(CallToolResult result) {
        assertThat(result.content()).isNotEmpty().first().isInstanceOf(McpSchema.TextContent.class);
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
