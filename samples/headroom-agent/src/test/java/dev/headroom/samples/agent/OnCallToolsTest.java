package dev.headroom.samples.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnCallToolsTest {

    private final OnCallTools tools = new OnCallTools();

    @Test
    void should_return_the_same_bytes_on_every_call_and_instance() {
        OnCallTools other = new OnCallTools();
        assertThat(other.describeInstances(Fleet.REGION)).isEqualTo(tools.describeInstances(Fleet.REGION));
        assertThat(other.tailServiceLog("checkout-service")).isEqualTo(tools.tailServiceLog("checkout-service"));
        assertThat(other.searchCode("timeout")).isEqualTo(tools.searchCode("timeout"));
        assertThat(other.runTests("checkout-service")).isEqualTo(tools.runTests("checkout-service"));
    }

    @Test
    void should_list_400_instances_with_four_unhealthy_ones() {
        Fleet fleet = tools.fleet();
        String json = tools.describeInstances(Fleet.REGION);

        assertThat(fleet.instances()).hasSize(400);
        assertThat(fleet.unhealthy()).extracting(Fleet.Instance::name)
                .containsExactlyInAnyOrder("checkout-api-04", "checkout-api-11", "checkout-api-17", "orders-worker-08");
        assertThat(json.split("\"InstanceId\"", -1)).hasSize(401);
        assertThat(fleet.culprit().state()).isEqualTo("running");
        assertThat(fleet.instances().indexOf(fleet.culprit())).isBetween(100, 300);
    }

    @Test
    void should_return_an_empty_list_for_another_region() {
        assertThat(tools.describeInstances("us-east-1")).contains("\"Instances\": []");
    }

    @Test
    void should_tail_1500_log_lines_with_errors_against_the_culprit() {
        String log = tools.tailServiceLog("checkout-service");

        assertThat(log.lines()).hasSize(ServiceLog.LINES);
        assertThat(log.lines().filter(l -> l.contains(" ERROR ") && l.contains(tools.fleet().culprit().privateIp())))
                .hasSizeBetween(3, 8);
        assertThat(log).contains("Caused by: java.net.SocketTimeoutException: Read timed out");
    }

    @Test
    void should_grep_the_code_base_for_real() {
        String matches = tools.searchCode("timeout");

        assertThat(matches.lines()).hasSizeBetween(200, 1_000).allMatch(l -> l.matches("[\\w./-]+:\\d+:.*") && l.toLowerCase().contains("timeout"));
        assertThat(matches).contains("payments-client/src/main/java/com/acme/payments/client/GatewayClient.java:"
                + ServiceLog.THROW_LINE + ":            throw new PaymentGatewayTimeoutException(");
        assertThat(tools.searchCode("no-such-thing-anywhere")).startsWith("grep: no matches");
        assertThat(tools.searchCode("(unbalanced")).startsWith("grep: no matches");
    }

    @Test
    void should_print_a_failing_surefire_run() {
        String run = tools.runTests("checkout-service");

        assertThat(run).contains("<<< FAILURE!", "[INFO] BUILD FAILURE").containsPattern("\\[ERROR\\] Tests run: \\d+, Failures: 2, Errors: 1");
    }
}
