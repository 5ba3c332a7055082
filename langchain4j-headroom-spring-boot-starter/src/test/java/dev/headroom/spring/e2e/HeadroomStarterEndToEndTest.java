package dev.headroom.spring.e2e;

import static dev.headroom.spring.e2e.ChatCompletionsStub.parse;
import static dev.headroom.spring.e2e.ChatCompletionsStub.text;
import static dev.headroom.spring.e2e.ChatCompletionsStub.toolCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.spring.actuate.HeadroomEndpoint;
import dev.headroom.spring.actuate.HeadroomEndpoint.HeadroomReport;
import dev.headroom.spring.e2e.OpsApplication.LogTools;
import dev.headroom.spring.e2e.OpsApplication.OpsAssistant;
import dev.headroom.spring.metrics.MicrometerStatsCounter;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real Spring Boot application: langchain4j-spring-boot-starter wires an {@code @AiService} with a
 * {@code @Tool}, langchain4j-open-ai-spring-boot-starter declares the OpenAI model, pointed at a local
 * chat-completions stub; this starter wraps the model. One question travels tool call → compressed tool
 * result → headroom_retrieve → final answer, over HTTP.
 */
@SpringBootTest(classes = OpsApplication.class, properties = {
        "langchain4j.open-ai.chat-model.api-key=test-key",
        "langchain4j.open-ai.chat-model.model-name=gpt-4o-mini",
        "langchain4j.open-ai.chat-model.max-retries=0",
        "management.endpoints.web.exposure.include=headroom"})
class HeadroomStarterEndToEndTest {

    private static final Logger log = LoggerFactory.getLogger(HeadroomStarterEndToEndTest.class);
    private static final ChatCompletionsStub stub = ChatCompletionsStub.start();
    private static final Pattern HASH = Pattern.compile("hash=([0-9a-f]{24})");

    @DynamicPropertySource
    static void openAiBaseUrl(DynamicPropertyRegistry registry) {
        registry.add("langchain4j.open-ai.chat-model.base-url", stub::baseUrl);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Autowired
    OpsAssistant assistant;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void script() {
        scriptToolRetrieveAnswer(stub);
    }

    /** fetchLogs → headroom_retrieve(the hash the request carried, the failed order) → the final answer. */
    static void scriptToolRetrieveAnswer(ChatCompletionsStub stub) {
        stub.reset();
        stub.then(request -> toolCall("call_1", "fetchLogs", "{\"service\":\"payments\"}"))
                .then(request -> toolCall("call_2", RetrieveTool.NAME,
                        "{\"hash\":\"" + hashIn(lastToolMessage(request)) + "\",\"query\":\"" + LogTools.FAILED_ORDER + "\"}"))
                .then(request -> text("ORD-1337 failed: the card was declined (code 51)."));
    }

    @Test
    void should_compress_the_tool_result_and_answer_the_retrieval_when_an_ai_service_calls_a_tool() {
        // when
        String answer = assistant.chat("Why did order ORD-1337 fail?");

        // then: the caller sees only the final answer
        assertThat(answer).isEqualTo("ORD-1337 failed: the card was declined (code 51).");
        assertThat(stub.bodies()).hasSize(3);

        // the tool result went out compressed, with the handle, and headroom_retrieve was offered
        String original = LogTools.logs("payments", 2_000);
        JsonNode second = parse(stub.bodies().get(1));
        String sentToolResult = lastToolMessage(second);
        assertThat(sentToolResult.length()).isLessThan(original.length() / 4);
        assertThat(sentToolResult).contains("ERROR", LogTools.FAILED_ORDER).containsPattern(HASH);
        assertThat(toolNames(second)).containsExactly("fetchLogs", RetrieveTool.NAME);
        assertThat(stub.bodies().get(1).length()).isLessThan(original.length());
        log.info("tool result: {} chars original, {} chars sent; request body {} chars", original.length(),
                sentToolResult.length(), stub.bodies().get(1).length());

        // the hidden round answered the retrieval with the matching original line first, not the whole log
        String retrieved = lastToolMessage(parse(stub.bodies().get(2)));
        assertThat(retrieved.lines().skip(1).findFirst())
                .hasValueSatisfying(line -> assertThat(line).endsWith("payment failed for ORD-1337: card declined (code 51)"));
        assertThat(retrieved.length()).isLessThan(original.length() / 10);
    }

    @Test
    void should_keep_one_chat_model_bean_of_the_provider_type() {
        assertThat(context.getBeanNamesForType(ChatModel.class)).containsExactly("openAiChatModel");
        assertThat(context.getBean(OpenAiChatModel.class)).isSameAs(context.getBean(ChatModel.class));
    }

    @Test
    void should_show_the_savings_in_meters_and_the_actuator_endpoint() throws Exception {
        // given
        assistant.chat("Why did order ORD-1337 fail?");
        MeterRegistry registry = context.getBean(MeterRegistry.class);
        HeadroomEndpoint endpoint = context.getBean(HeadroomEndpoint.class);

        // when
        HeadroomReport report = endpoint.headroom();
        String json = context.getBean(ObjectMapper.class).writeValueAsString(report);

        // then
        assertThat(registry.get(MicrometerStatsCounter.TOKENS_SAVED).tag("tool", "fetchLogs").counters())
                .isNotEmpty().allSatisfy(c -> assertThat(c.count()).isPositive());
        assertThat(registry.get(MicrometerStatsCounter.RESULTS).tag("tool", "fetchLogs").tag("result", "lossy").counter().count())
                .isPositive();
        assertThat(registry.get(MicrometerStatsCounter.RETRIEVALS).tag("outcome", "query_matched").counter().count())
                .isPositive();
        assertThat(registry.get(MicrometerStatsCounter.RETRIEVAL_ROUNDS).summary().totalAmount()).isPositive();
        assertThat(registry.get(MicrometerStatsCounter.COMPRESSION_TIME).tag("kind", "log").timer().count()).isPositive();

        assertThat(report.total().tokensSaved()).isPositive();
        assertThat(report.total().savedRatio()).isBetween(0.5, 1.0);
        assertThat(report.tools()).containsKey("fetchLogs");
        assertThat(report.tools().get("fetchLogs").lossySaved()).isPositive();
        assertThat(report.kinds()).containsKey("log");
        assertThat(report.retrievals().get("query_matched")).isPositive();
        assertThat(report.retrievalRounds()).isPositive();
        assertThat(report.total().tokensSaved()).isEqualTo(context.getBean(Headroom.class).stats().total().saved());
        assertThat(json).contains("\"tokensSaved\"", "\"fetchLogs\"", "\"query_matched\"");
        log.info("headroom endpoint after one question: {}", json);
    }

    static String lastToolMessage(JsonNode request) {
        String content = null;
        for (JsonNode message : request.path("messages")) {
            if ("tool".equals(message.path("role").asText())) {
                content = message.path("content").asText();
            }
        }
        assertThat(content).as("a tool message in the request").isNotNull();
        return content;
    }

    static String hashIn(String text) {
        Matcher m = HASH.matcher(text);
        assertThat(m.find()).as("a hash in: %s", text).isTrue();
        return m.group(1);
    }

    private static List<String> toolNames(JsonNode request) {
        List<String> names = new ArrayList<>();
        StreamSupport.stream(request.path("tools").spliterator(), false)
                .forEach(t -> names.add(t.path("function").path("name").asText()));
        return names;
    }
}
