package dev.headroom.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A real MCP server (the MCP Java SDK, stdio transport) with the tool outputs agents get from MCP servers: a
 * large JSON listing, a large log, and a failing tool whose result is an error ({@code isError: true}). The
 * test starts it as its own {@code java} process; stdout is the protocol, logging goes to stderr.
 */
public final class OpsMcpServer {

    private OpsMcpServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        var json = McpJsonDefaults.getMapper();
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(json))
                .serverInfo("ops-fixture", "1.0.0")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .toolCall(tool("describe_instances", "Lists the compute instances of a region as JSON", "region"),
                        (exchange, request) -> text(OpsData.instances(argument(request, "region")), false))
                .toolCall(tool("tail_log", "Returns the recent log lines of a service", "service"),
                        (exchange, request) -> text(OpsData.log(argument(request, "service")), false))
                .toolCall(tool("deploy", "Deploys a service", "service"),
                        (exchange, request) -> text(OpsData.deployError(), true))
                .build();
        new CountDownLatch(1).await(); // the transport's threads serve until stdin closes and the process is ended
        server.close();
    }

    private static McpSchema.Tool tool(String name, String description, String parameter) {
        return McpSchema.Tool.builder()
                .name(name)
                .description(description)
                .inputSchema(Map.of("type", "object",
                        "properties", Map.of(parameter, Map.of("type", "string")),
                        "required", List.of(parameter)))
                .build();
    }

    private static String argument(McpSchema.CallToolRequest request, String name) {
        return String.valueOf(request.arguments().get(name));
    }

    private static McpSchema.CallToolResult text(String text, boolean error) {
        return McpSchema.CallToolResult.builder().addTextContent(text).isError(error).build();
    }
}
