package dev.headroom.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.stats.RetrievalOutcome;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.mcp.McpToolProvider;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.stdio.StdioMcpTransport;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MCP tool results through Headroom, end to end: a real MCP server ({@link OpsMcpServer}, the MCP Java SDK) runs
 * as its own process over stdio; langchain4j-mcp's {@code DefaultMcpClient} and {@code McpToolProvider} offer its
 * tools to an {@code AiServices} assistant whose model is wrapped by {@link HeadroomChatModel}. The provider
 * model is a scripted stand-in at the seam: it calls the three MCP tools, then {@code headroom_retrieve}, then
 * answers, and records what it was sent.
 */
class McpToolResultsTest {

    private static final Pattern HASH = Pattern.compile("hash(?:=|\"\\s*:\\s*\")([0-9a-f]{24})");
    private static McpClient mcpClient;

    interface OpsAssistant {
        String chat(String question);
    }

    @BeforeAll
    static void startServer() {
        StdioMcpTransport transport = StdioMcpTransport.builder()
                .command(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", testClassPath(), OpsMcpServer.class.getName()))
                .logEvents(false)
                .build();
        mcpClient = DefaultMcpClient.builder().key("ops").transport(transport)
                .initializationTimeout(Duration.ofSeconds(30)).toolExecutionTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (mcpClient != null) {
            mcpClient.close();
        }
    }

    @Test
    void should_compress_mcp_tool_results_keep_errors_and_answer_retrieval_when_an_ai_service_uses_an_mcp_server() throws Exception {
        // given
        ScriptedModel provider = new ScriptedModel();
        Headroom headroom = Headroom.create();
        MessageWindowChatMemory memory = MessageWindowChatMemory.withMaxMessages(50);
        OpsAssistant assistant = AiServices.builder(OpsAssistant.class)
                .chatModel(HeadroomChatModel.builder().delegate(provider).headroom(headroom).build())
                .toolProvider(McpToolProvider.builder().mcpClients(mcpClient).build())
                .chatMemory(memory)
                .build();

        // when
        String answer = assistant.chat("Checkout is failing in eu-west-1: which instance is impaired, and what failed?");

        // then: the caller gets the answer after four tool rounds and one hidden retrieval round
        assertThat(answer).isEqualTo(ScriptedModel.ANSWER);
        assertThat(provider.requests).hasSize(5);
        assertThat(provider.requests.get(0).toolSpecifications()).extracting(ToolSpecification::name)
                .containsExactlyInAnyOrder("describe_instances", "tail_log", "deploy", RetrieveTool.NAME)
                .last().isEqualTo(RetrieveTool.NAME);

        // the JSON listing: compressed, still valid JSON, the impaired instance kept whole, a handle to the rest
        String instances = OpsData.instances("eu-west-1");
        ToolExecutionResultMessage json = lastToolResult(provider.requests.get(1));
        assertThat(json.toolName()).isEqualTo("describe_instances");
        assertThat(json.text().length()).isLessThan(instances.length() / 10);
        JsonNode parsed = new ObjectMapper().readTree(json.text());
        assertThat(parsed.toString()).contains(OpsData.BAD_INSTANCE, "impaired", "99.7");
        assertThat(json.text()).containsPattern(HASH);

        // the log: compressed, the ERROR line kept as written
        String log = OpsData.log("checkout");
        ToolExecutionResultMessage logResult = lastToolResult(provider.requests.get(2));
        assertThat(logResult.text().length()).isLessThan(log.length() / 4);
        assertThat(logResult.text()).contains("ERROR [worker-3] checkout.PaymentGateway - payment failed for ORD-1337: card declined (code 51)");

        // the error: still an error, its message verbatim, exactly as the MCP server reported it
        ToolExecutionResultMessage error = lastToolResult(provider.requests.get(3));
        assertThat(error.toolName()).isEqualTo("deploy");
        assertThat(error.isError()).isTrue();
        assertThat(error.text()).startsWith(OpsData.DEPLOY_ERROR);
        ToolExecutionResultMessage errorInMemory = toolResult(memory.messages(), "deploy");
        assertThat(error.isError()).isEqualTo(errorInMemory.isError());

        // retrieval: the hidden round got an instance the compressed listing had omitted, from the original
        assertThat(json.text()).doesNotContain(OpsData.OMITTED_INSTANCE);
        ToolExecutionResultMessage retrieved = lastToolResult(provider.requests.get(4));
        assertThat(retrieved.toolName()).isEqualTo(RetrieveTool.NAME);
        assertThat(retrieved.text()).contains(OpsData.OMITTED_INSTANCE, "10.0.0.200");
        assertThat(headroom.stats().retrievals()).containsKey(RetrievalOutcome.QUERY_MATCHED);

        // the conversation the caller keeps holds the MCP originals and nothing of the machinery
        assertThat(toolResult(memory.messages(), "describe_instances").text()).isEqualTo(instances);
        assertThat(toolResult(memory.messages(), "tail_log").text()).isEqualTo(log);
        assertThat(memory.messages()).noneMatch(m -> m.toString().contains(RetrieveTool.NAME));
    }

    /** The provider at the seam: decides by the request's last message, so it is stateless apart from its record. */
    static final class ScriptedModel implements ChatModel {

        static final String ANSWER = "i-0bad5eed00c0ffee is impaired; ORD-1337's card was declined; the deploy failed: image tag v2.3.1 not found.";
        final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

        @Override
        public ChatResponse doChat(ChatRequest request) {
            requests.add(request);
            ChatMessage last = request.messages().get(request.messages().size() - 1);
            if (!(last instanceof ToolExecutionResultMessage result)) {
                return call("c1", "describe_instances", "{\"region\":\"eu-west-1\"}");
            }
            return switch (result.toolName()) {
                case "describe_instances" -> call("c2", "tail_log", "{\"service\":\"checkout\"}");
                case "tail_log" -> call("c3", "deploy", "{\"service\":\"checkout\"}");
                case "deploy" -> call("c4", RetrieveTool.NAME, "{\"hash\":\""
                        + hashIn(toolResult(request.messages(), "describe_instances").text()) + "\",\"query\":\"" + OpsData.OMITTED_INSTANCE + "\"}");
                default -> ChatResponse.builder().aiMessage(AiMessage.from(ANSWER)).build();
            };
        }

        private static ChatResponse call(String id, String name, String arguments) {
            return ChatResponse.builder()
                    .aiMessage(AiMessage.from(ToolExecutionRequest.builder().id(id).name(name).arguments(arguments).build()))
                    .build();
        }
    }

    static ToolExecutionResultMessage lastToolResult(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        assertThat(messages.get(messages.size() - 1)).isInstanceOf(ToolExecutionResultMessage.class);
        return (ToolExecutionResultMessage) messages.get(messages.size() - 1);
    }

    static ToolExecutionResultMessage toolResult(List<ChatMessage> messages, String toolName) {
        return messages.stream()
                .filter(m -> m instanceof ToolExecutionResultMessage r && toolName.equals(r.toolName()))
                .map(ToolExecutionResultMessage.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no " + toolName + " result in " + messages));
    }

    static String hashIn(String text) {
        Matcher m = HASH.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no hash in: " + text);
        }
        return m.group(1);
    }

    /** Surefire may hand the JVM a manifest-only jar; the server process needs the real test class path. */
    static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
