package dev.headroom.spring.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.spring.actuate.HeadroomEndpoint;
import dev.headroom.spring.boot4.Boot4OpsApplication.LogTools;
import dev.headroom.spring.boot4.Boot4OpsApplication.OpsAssistant;
import dev.headroom.spring.metrics.MicrometerStatsCounter;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.SpringVersion;

/**
 * A real Spring Boot 4.0 application (Tomcat on a random port, Actuator, Micrometer) with the starter built
 * for Boot 3.5 on its classpath: one question travels tool call → compressed tool result → headroom_retrieve →
 * final answer, and the savings show in the meters and over HTTP at {@code /actuator/headroom}.
 */
@SpringBootTest(classes = Boot4OpsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health,headroom",
        "langchain4j.headroom.max-retrieval-rounds=2",
        "langchain4j.headroom.store.expire-after-access=7m"})
class Boot4ApplicationTest {

    @Autowired
    OpsAssistant assistant;

    @Autowired
    ApplicationContext context;

    @Autowired
    ScriptedOpsModel model;

    @LocalManagementPort
    int port;

    @BeforeEach
    void reset() {
        model.reset();
    }

    @Test
    void should_run_on_spring_boot_4() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo("4.0.7");
        assertThat(SpringVersion.getVersion()).startsWith("7.");
    }

    @Test
    void should_wrap_the_model_bean_keeping_its_name_and_class() {
        assertThat(context.getBeanNamesForType(ChatModel.class)).containsExactly("opsModel");
        ChatModel bean = context.getBean(ChatModel.class);
        assertThat(bean).isSameAs(model);
        assertThat(AopUtils.isCglibProxy(bean)).as("a class-based proxy of ScriptedOpsModel").isTrue();
        assertThat(AopUtils.getTargetClass(bean)).isEqualTo(ScriptedOpsModel.class);
        assertThat(bean).isNotInstanceOf(HeadroomChatModel.class);
    }

    @Test
    void should_bind_the_headroom_properties() {
        Headroom headroom = context.getBean(Headroom.class);
        assertThat(headroom.config().maxRetrievalRounds()).isEqualTo(2);
        assertThat(headroom.store()).isInstanceOf(CaffeineCompressionStore.class);
    }

    @Test
    void should_compress_the_tool_result_and_answer_the_retrieval_when_an_ai_service_calls_a_tool() {
        // when
        String answer = assistant.chat("Why did order ORD-1337 fail?");

        // then: the caller sees the final answer; the provider saw three requests, one of them a hidden round
        assertThat(answer).isEqualTo(ScriptedOpsModel.ANSWER);
        assertThat(model.requests()).hasSize(3);

        String original = LogTools.logs("payments", 2_000);
        ChatRequest second = model.requests().get(1);
        String sent = lastToolResult(second).text();
        assertThat(sent.length()).isLessThan(original.length() / 4);
        assertThat(sent).contains("ERROR", LogTools.FAILED_ORDER).containsPattern("hash=[0-9a-f]{24}");
        assertThat(second.toolSpecifications()).extracting(ToolSpecification::name).containsExactly("fetchLogs", RetrieveTool.NAME);

        ToolExecutionResultMessage retrieved = lastToolResult(model.requests().get(2));
        assertThat(retrieved.toolName()).isEqualTo(RetrieveTool.NAME);
        assertThat(retrieved.text()).contains("payment failed for ORD-1337: card declined (code 51)");
        assertThat(retrieved.text().length()).isLessThan(original.length() / 10);
    }

    @Test
    void should_show_the_savings_in_meters_and_over_http_at_the_actuator_endpoint() throws Exception {
        // given
        assistant.chat("Why did order ORD-1337 fail?");
        MeterRegistry registry = context.getBean(MeterRegistry.class);

        // when
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/headroom")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(context.getBeansOfType(MicrometerStatsCounter.class)).hasSize(1);
        assertThat(registry.get(MicrometerStatsCounter.TOKENS_SAVED).tag("tool", "fetchLogs").counters())
                .isNotEmpty().allSatisfy(c -> assertThat(c.count()).isPositive());
        assertThat(registry.get(MicrometerStatsCounter.RESULTS).tag("tool", "fetchLogs").tag("result", "lossy").counter().count())
                .isPositive();
        assertThat(registry.get(MicrometerStatsCounter.RETRIEVALS).tag("outcome", "query_matched").counter().count())
                .isPositive();

        assertThat(context.getBeansOfType(HeadroomEndpoint.class)).hasSize(1);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = new ObjectMapper().readTree(response.body());
        assertThat(report.path("total").path("tokensSaved").asLong()).isPositive();
        assertThat(report.path("total").path("tokensSaved").asLong())
                .isEqualTo(context.getBean(Headroom.class).stats().total().saved());
        assertThat(report.path("tools").path("fetchLogs").path("lossySaved").asLong()).isPositive();
        assertThat(report.path("retrievals").path("query_matched").asLong()).isPositive();
        assertThat(report.path("retrievalRounds").asLong()).isPositive();
    }

    static ToolExecutionResultMessage lastToolResult(ChatRequest request) {
        ToolExecutionResultMessage last = null;
        for (ChatMessage message : request.messages()) {
            if (message instanceof ToolExecutionResultMessage result) {
                last = result;
            }
        }
        assertThat(last).as("a tool result in the request").isNotNull();
        return last;
    }
}
