package dev.headroom.samples.agent;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.samples.agent.OnCallAgentApp.Result;
import dev.headroom.samples.agent.SavingsReport.ToolCall;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the sample's scripted conversation offline, as {@code java -jar headroom-agent.jar} does without a key. */
class OnCallAgentAppTest {

    private static String output;
    private static Result result;

    @BeforeAll
    static void run_the_offline_conversation() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result = OnCallAgentApp.run(ModelChoice.offline(), new PrintStream(bytes, true, UTF_8));
        output = bytes.toString(UTF_8);
    }

    @Test
    void should_print_exactly_the_table_the_readme_shows() throws Exception {
        // the README's figures come from this run: a compressor change that moves them fails here, not later
        Path readme = Path.of("").toAbsolutePath();
        while (readme != null && !Files.exists(readme.resolve("README.md").getParent().resolve("samples/headroom-agent"))) {
            readme = readme.getParent();
        }
        assertThat(readme).as("repository root above " + Path.of("").toAbsolutePath()).isNotNull();
        String text = Files.readString(readme.resolve("README.md"), UTF_8);
        String table = output.substring(output.indexOf("Tool results, in o200k tokens")).strip();
        assertThat(text).as("README.md shows the offline run's table; paste the new one from java -jar headroom-agent.jar")
                .contains(table);
    }

    @Test
    void should_label_the_offline_stand_in_when_no_key_is_set() {
        assertThat(output).contains("model: offline stand-in model — no API key set");
    }

    @Test
    void should_report_every_tool_call_in_conversation_order() {
        assertThat(result.report().toolCalls()).extracting(ToolCall::tool).containsExactly(
                OnCallTools.DESCRIBE_INSTANCES, OnCallTools.TAIL_SERVICE_LOG, OnCallTools.RUN_TESTS, OnCallTools.SEARCH_CODE);
        assertThat(result.report().toolCalls().get(0).arguments()).isEqualTo("region=" + Fleet.REGION);
        assertThat(result.report().callerRequests()).isEqualTo(6);
    }

    @Test
    void should_print_the_table_with_the_measured_totals() {
        SavingsReport report = result.report();
        assertThat(report.toolTokensWithout()).isGreaterThan(150_000);
        assertThat(report.toolTokensWith()).isLessThanOrEqualTo(report.toolTokensWithout());
        assertThat(output).contains("without Headroom").contains("with Headroom")
                .containsPattern("total +" + grouped(report.toolTokensWithout()) + " +" + grouped(report.toolTokensWith()));
    }

    @Test
    void should_send_fewer_tokens_with_headroom_than_without() {
        SavingsReport report = result.report();

        assertThat(report.toolTokensWith()).isLessThan(report.toolTokensWithout() / 2);
        assertThat(report.inputWith()).isLessThan(report.inputWithout() / 2);
        assertThat(report.toolCalls().get(0).with()).isLessThan(report.toolCalls().get(0).without() / 10);
    }

    @Test
    void should_retrieve_the_omitted_instance_and_use_it_in_the_answer() {
        // the log names the failing upstream only by IP; the compressed instance list omitted that instance
        Fleet.Instance culprit = Fleet.production().culprit();
        ToolCall instances = result.report().toolCalls().get(0);

        assertThat(instances.retrievals()).singleElement()
                .satisfies(r -> assertThat(r.query()).isEqualTo(culprit.privateIp()))
                .satisfies(r -> assertThat(r.tokens()).isPositive());
        assertThat(result.report().modelRequests()).isGreaterThan(result.report().callerRequests());
        assertThat(result.answers().get(1)).contains(culprit.id(), culprit.name())
                .contains("retrieved from the instance list with headroom_retrieve");
        assertThat(output).containsPattern("describe_instances\\(region=eu-west-1\\) .* 1 \\(\\+[0-9,]+ tokens\\)");
    }

    @Test
    void should_answer_from_what_the_tools_returned() {
        assertThat(result.answers()).hasSize(3);
        assertThat(result.answers().get(0)).contains("checkout-api-04", "checkout-api-11", "checkout-api-17", "orders-worker-08");
        assertThat(result.answers().get(1)).contains(Fleet.production().culprit().privateIp(), "PaymentGatewayTimeoutException");
        assertThat(result.answers().get(2)).contains("GatewayClient.java:" + ServiceLog.THROW_LINE)
                .contains(TestRun.FAILURES).contains(TestRun.ERROR);
    }

    @Test
    void should_resend_every_earlier_tool_result_byte_identical() {
        assertThat(result.report().resentToolResults()).isGreaterThan(5);
        assertThat(result.report().changedOnResend()).isZero();
        assertThat(output).contains("changed 0 times");
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    @Test
    void should_print_cost_with_the_price_table_date_and_the_cache_hit_rate_beside_tokens() {
        CostSummary cost = result.report().cost();
        assertThat(cost.model()).isEqualTo(OfflineOnCallModel.MODEL_NAME);
        assertThat(cost.priceEntry()).isEqualTo(OfflineOnCallModel.MODEL_NAME);
        assertThat(cost.usage().cacheReported()).isTrue();
        // history is re-sent byte-identical, so later calls read the earlier messages from the (simulated) cache
        assertThat(cost.usage().cacheReadTokens()).isPositive().isLessThan(cost.usage().inputTokens());
        assertThat(cost.retrievalUsage().inputTokens()).isPositive();
        assertThat(cost.spent()).isPositive();
        assertThat(cost.retrievalSpent()).isPositive().isLessThan(cost.spent());
        assertThat(cost.saved()).isGreaterThan(cost.spent());
        assertThat(output).contains("cache hit rate ", "price table of " + dev.headroom.cost.PriceTable.DEFAULTS_AS_OF,
                "net $" + cost.net().setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString());
    }
}
