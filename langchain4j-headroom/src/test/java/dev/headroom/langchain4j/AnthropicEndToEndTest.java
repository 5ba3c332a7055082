package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.orders;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.RetrieveTool;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The blocking decorator around LangChain4j's real Anthropic model, over HTTP to a local stub of the
 * Messages API: the hidden round sends the model's thinking back with its signature (kept in the AI
 * message's attributes), which Anthropic requires for tool use with extended thinking.
 */
class AnthropicEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final String orders = orders(500);
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/messages", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                bodies.add(body);
                byte[] reply = reply(JSON.readTree(body)).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, reply.length);
                exchange.getResponseBody().write(reply);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Round 1: thinking + text + headroom_retrieve(hash from the wire); round 2: the answer. */
    private ObjectNode reply(JsonNode request) {
        ObjectNode message = JSON.createObjectNode();
        message.put("id", "msg_" + bodies.size()).put("type", "message").put("role", "assistant").put("model", "claude-test");
        var content = message.putArray("content");
        if (bodies.size() == 1) {
            Matcher m = Fixtures.HASH.matcher(request.toString());
            String hash = m.find() ? m.group(1) : "none";
            content.addObject().put("type", "thinking").put("thinking", "I need the failed orders.").put("signature", "sig-abc");
            content.addObject().put("type", "text").put("text", "Let me look closer.");
            ObjectNode use = content.addObject().put("type", "tool_use").put("id", "toolu_1").put("name", RetrieveTool.NAME);
            use.putObject("input").put("hash", hash).put("query", "ORD-13");
            message.put("stop_reason", "tool_use");
        } else {
            content.addObject().put("type", "text").put("text", "ORD-13 failed.");
            message.put("stop_reason", "end_turn");
        }
        message.putObject("usage").put("input_tokens", 100).put("output_tokens", 10);
        return message;
    }

    @Test
    void should_send_thinking_with_signature_back_in_the_hidden_round() throws Exception {
        // given
        AnthropicChatModel anthropic = AnthropicChatModel.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/")
                .apiKey("test").modelName("claude-test").maxRetries(0)
                .returnThinking(true).sendThinking(true)
                .build();
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(anthropic)
                .headroom(Fixtures.headroom(new FakeJsonCompressor(5))).build();

        // when
        ChatResponse response = model.chat(
                UserMessage.from("Which orders failed?"),
                AiMessage.from(Fixtures.call("toolu_0", "search_orders", "{\"customer\":\"acme\"}")),
                ToolExecutionResultMessage.from("toolu_0", "search_orders", orders));

        // then
        assertThat(response.aiMessage().text()).isEqualTo("ORD-13 failed.");
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(200);
        assertThat(bodies).hasSize(2);
        JsonNode messages = JSON.readTree(bodies.get(1)).path("messages");
        assertThat(messages.get(2).toString()).contains("hash=" + Handles.of(orders)).doesNotContain("ORD-499");
        JsonNode hiddenCall = messages.get(3);
        assertThat(hiddenCall.path("role").asText()).isEqualTo("assistant");
        assertThat(hiddenCall.path("content").get(0).path("type").asText()).isEqualTo("thinking");
        assertThat(hiddenCall.path("content").get(0).path("signature").asText()).isEqualTo("sig-abc");
        assertThat(hiddenCall.toString()).contains("\"name\":\"" + RetrieveTool.NAME + "\"");
        JsonNode answer = messages.get(4).path("content").get(0);
        assertThat(answer.path("type").asText()).isEqualTo("tool_result");
        assertThat(answer.path("tool_use_id").asText()).isEqualTo("toolu_1");
        assertThat(answer.toString()).contains("ORD-13");
        assertThat(JSON.readTree(bodies.get(0)).path("tools").toString()).contains(RetrieveTool.NAME);
    }
}
