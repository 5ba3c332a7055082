package dev.headroom.samples.agent;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Mode;
import dev.headroom.samples.agent.OnCallAgentApp.Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's conversation in shadow mode ({@code --shadow}): the model reads the originals; the output says "would have". */
class OnCallAgentAppShadowTest {

    private static String output;
    private static Result result;

    @BeforeAll
    static void run_the_offline_conversation_in_shadow_mode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result = OnCallAgentApp.run(ModelChoice.offline(), new PrintStream(bytes, true, UTF_8), Mode.SHADOW);
        output = bytes.toString(UTF_8);
    }

    @Test
    void should_send_every_request_unchanged() {
        SavingsReport report = result.report();
        assertThat(report.modelRequests()).as("no hidden retrieval round").isEqualTo(report.callerRequests());
        assertThat(report.inputWith()).isEqualTo(report.inputWithout());
        assertThat(report.toolTokensWith()).isEqualTo(report.toolTokensWithout());
        assertThat(report.retrievals()).isZero();
    }

    @Test
    void should_answer_from_the_original_tool_results() {
        assertThat(result.answers()).hasSize(3);
        assertThat(result.answers().get(1)).contains(Fleet.production().culprit().privateIp(), "PaymentGatewayTimeoutException")
                .doesNotContain("headroom_retrieve");
    }

    @Test
    void should_print_what_headroom_would_have_saved_and_claim_no_saving() {
        ShadowSummary shadow = result.shadow();
        assertThat(shadow.summaries()).hasSize(result.report().callerRequests())
                .allSatisfy(line -> assertThat(line).startsWith("headroom shadow mode, request sent unchanged"));
        assertThat(shadow.tokensSaved()).isGreaterThan(shadow.tokensBefore() * 9 / 10);
        assertThat(shadow.cost().saved()).isPositive();
        assertThat(shadow.cost().retrievalSpent()).isZero();
        assertThat(output).contains("mode: shadow", "Would have saved over the conversation: "
                + String.format(java.util.Locale.ROOT, "%,d of %,d", shadow.tokensSaved(), shadow.tokensBefore()))
                .doesNotContain("saved by Headroom", "with Headroom    ");
    }
}
