package dev.headroom.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.samples.agent.Fleet;
import dev.headroom.samples.agent.OnCallAgentApp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Asks over HTTP, offline (no key configured), then reads what Headroom saved from the actuator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnCallApplicationTest {

    @Autowired
    private TestRestTemplate http;

    @Test
    void should_show_savings_in_the_actuator_when_a_question_was_asked_over_http() {
        // given
        JsonNode before = http.getForObject("/actuator/headroom", JsonNode.class);

        // when
        ResponseEntity<JsonNode> first = ask(OnCallAgentApp.QUESTIONS.get(0));
        ResponseEntity<JsonNode> second = ask(OnCallAgentApp.QUESTIONS.get(1));
        JsonNode after = http.getForObject("/actuator/headroom", JsonNode.class);

        // then
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().get("answer").asText()).contains("checkout-api-04", "checkout-api-11", "checkout-api-17");
        assertThat(second.getBody().get("answer").asText()).contains(Fleet.production().culprit().privateIp());
        assertThat(before.at("/total/tokensSaved").asLong()).isZero();
        assertThat(after.at("/total/results").asLong()).isPositive();
        assertThat(after.at("/total/tokensSaved").asLong()).isPositive();
        assertThat(after.at("/total/tokensAfter").asLong()).isLessThan(after.at("/total/tokensBefore").asLong());
        assertThat(after.at("/tools/describe_instances/results").asLong()).isPositive();

        // and: the provider's usage with its cache hit rate, and the money with the price table's date
        JsonNode model = after.at("/models/other~1offline-on-call");
        assertThat(after.at("/pricesAsOf").asText()).isEqualTo("2025-10-15");
        assertThat(model.at("/inputTokens").asLong()).isPositive();
        assertThat(model.at("/cacheReadTokens").asLong()).isPositive();
        assertThat(model.at("/cacheHitRate").asDouble()).isBetween(0.01, 0.99);
        assertThat(model.at("/cost/pricesAsOf").asText()).isEqualTo("2025-10-15");
        assertThat(model.at("/cost/spentUsd").decimalValue()).isPositive();
        assertThat(model.at("/cost/savedUsd").decimalValue()).isGreaterThan(model.at("/cost/spentUsd").decimalValue());
        assertThat(model.at("/cost/netUsd").decimalValue()).isEqualByComparingTo(
                model.at("/cost/savedUsd").decimalValue().subtract(model.at("/cost/retrievalSpentUsd").decimalValue()));
    }

    @Test
    void should_publish_headroom_meters() {
        // given
        ask(OnCallAgentApp.QUESTIONS.get(0));

        // when
        JsonNode meter = http.getForObject("/actuator/metrics/headroom.tokens.before", JsonNode.class);

        // then
        assertThat(meter.at("/measurements/0/value").asDouble()).isPositive();
    }

    private ResponseEntity<JsonNode> ask(String question) {
        return http.getForEntity("/ask?conversation={c}&q={q}", JsonNode.class, "test", question);
    }
}
