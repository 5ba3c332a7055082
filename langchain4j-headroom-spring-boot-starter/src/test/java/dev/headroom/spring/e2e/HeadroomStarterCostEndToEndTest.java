package dev.headroom.spring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.langchain4j.HeadroomReport;
import dev.headroom.spring.actuate.HeadroomEndpoint;
import dev.headroom.spring.actuate.HeadroomEndpoint.Model;
import dev.headroom.spring.e2e.OpsApplication.OpsAssistant;
import dev.headroom.spring.metrics.MicrometerStatsCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The provider's cache figures and the money in a real Spring Boot application: the chat-completions stub reports
 * {@code prompt_tokens_details.cached_tokens} (1,000 prompt tokens, 600 cached, 10 completion tokens on every call),
 * and the price of gpt-4o-mini comes from {@code langchain4j.headroom.prices.*} (input 0.15, cached input 0.075, output
 * 0.60 USD per million tokens, as of 2026-01-15). One question makes three provider calls: the tool call, the hidden
 * retrieval round and the answer. By hand:
 *
 * <pre>
 * one call  = (400 x 0.15 + 600 x 0.075 + 10 x 0.60) / 1e6 = (60 + 45 + 6) / 1e6 = 0.000111
 * spent     = 3 calls = 0.000333;  retrieval = 1 call = 0.000111;  cache hit rate = 1,800 / 3,000 = 0.6
 * </pre>
 */
@SpringBootTest(classes = OpsApplication.class, properties = {
        "langchain4j.open-ai.chat-model.api-key=test-key",
        "langchain4j.open-ai.chat-model.model-name=gpt-4o-mini",
        "langchain4j.open-ai.chat-model.max-retries=0",
        "langchain4j.headroom.prices.as-of=2026-01-15",
        "langchain4j.headroom.prices.models.gpt-4o-mini.input=0.15",
        "langchain4j.headroom.prices.models.gpt-4o-mini.cached-input=0.075",
        "langchain4j.headroom.prices.models.gpt-4o-mini.output=0.60",
        "management.endpoints.web.exposure.include=headroom"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first test reads the totals since start
class HeadroomStarterCostEndToEndTest {

    private static final ChatCompletionsStub stub = ChatCompletionsStub.start();

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

    @Test
    @Order(1)
    void should_show_cache_figures_and_money_in_meters_and_the_actuator_endpoint() throws Exception {
        // given
        HeadroomStarterEndToEndTest.scriptToolRetrieveAnswer(stub);
        stub.usage(1_000, 600, 10);
        MeterRegistry registry = context.getBean(MeterRegistry.class);
        Headroom headroom = context.getBean(Headroom.class);

        // when
        assistant.chat("Why did order ORD-1337 fail?");
        HeadroomEndpoint.HeadroomReport report = context.getBean(HeadroomEndpoint.class).headroom();
        String json = context.getBean(ObjectMapper.class).writeValueAsString(report);

        // then: the actuator
        assertThat(stub.bodies()).hasSize(3);
        assertThat(report.pricesAsOf()).isEqualTo("2026-01-15");
        Model model = report.models().get("open_ai/gpt-4o-mini");
        assertThat(model.calls()).isEqualTo(3);
        assertThat(model.retrievalCalls()).isEqualTo(1);
        assertThat(model.inputTokens()).isEqualTo(3_000);
        assertThat(model.cacheReadTokens()).isEqualTo(1_800);
        assertThat(model.cacheWriteTokens()).isZero();
        assertThat(model.outputTokens()).isEqualTo(30);
        assertThat(model.cacheHitRate()).isEqualTo(0.6);
        assertThat(model.cost().pricesAsOf()).isEqualTo("2026-01-15");
        assertThat(model.cost().pricedRequests()).isEqualTo(2);
        assertThat(model.cost().spentUsd()).isEqualByComparingTo("0.000333");
        assertThat(model.cost().retrievalSpentUsd()).isEqualByComparingTo("0.000111");
        // saved: the tokens kept out of the second request at its average input price, (60 + 45) / 1,000 per token
        long removed = headroom.stats().total().saved();
        BigDecimal saved = new BigDecimal("0.105").multiply(BigDecimal.valueOf(removed)).movePointLeft(6);
        assertThat(removed).isPositive();
        assertThat(model.cost().savedUsd()).isEqualByComparingTo(saved);
        assertThat(model.cost().netUsd()).isEqualByComparingTo(saved.subtract(new BigDecimal("0.000111")));
        assertThat(json).contains("\"cacheHitRate\":0.6", "\"pricesAsOf\":\"2026-01-15\"", "\"spentUsd\":");

        // and: the meters
        assertThat(registry.get(MicrometerStatsCounter.MODEL_TOKENS).tag("model", "gpt-4o-mini").tag("type", "cache_read")
                .counters()).extracting(c -> c.count()).containsExactlyInAnyOrder(1_200.0, 600.0);
        assertThat(registry.get(MicrometerStatsCounter.MODEL_CALLS).tag("round", "retrieval").counter().count()).isEqualTo(1);
        assertThat(registry.get(MicrometerStatsCounter.CACHE_HIT_RATE).tag("provider", "open_ai").tag("model", "gpt-4o-mini")
                .gauge().value()).isEqualTo(0.6);
        assertThat(registry.get(MicrometerStatsCounter.COST).tag("kind", "spent").counter().count())
                .isCloseTo(0.000333, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(registry.get(MicrometerStatsCounter.COST).tag("kind", "retrieval").counter().count())
                .isCloseTo(0.000111, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    @Order(2)
    void should_carry_the_cost_on_the_per_call_report_of_the_wrapped_model() {
        // given
        HeadroomStarterEndToEndTest.scriptToolRetrieveAnswer(stub);
        stub.usage(1_000, 600, 10);
        dev.langchain4j.model.chat.ChatModel model = context.getBean(dev.langchain4j.model.chat.ChatModel.class);

        // when: one plain call, no tools
        var response = model.chat(dev.langchain4j.model.chat.request.ChatRequest.builder()
                .messages(dev.langchain4j.data.message.UserMessage.from("hi")).build());

        // then
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        assertThat(report.usage().cacheReadTokens()).isEqualTo(600);
        assertThat(report.cost().orElseThrow().spent()).isEqualByComparingTo("0.000111");
        assertThat(report.cost().orElseThrow().pricesAsOf()).hasToString("2026-01-15");
    }
}
