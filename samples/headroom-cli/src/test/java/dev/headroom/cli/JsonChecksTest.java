package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonChecksTest {

    @Test
    void should_judge_error_items_on_values_with_word_boundaries() {
        assertThat(JsonChecks.isErrorItem(JsonChecks.parse("{\"status\":\"failed\"}"))).isTrue();
        assertThat(JsonChecks.isErrorItem(JsonChecks.parse("{\"log_level\":\"ERROR\"}"))).isTrue();
        assertThat(JsonChecks.isErrorItem(JsonChecks.parse("{\"jobState\":\"fatal crash\"}"))).isTrue();
        assertThat(JsonChecks.isErrorItem(JsonChecks.parse("{\"error\":{\"code\":500}}"))).isTrue();
        // not errors
        assertThat(JsonChecks.isErrorItem(JsonChecks.parse("{\"error\":null,\"status\":\"ok\"}"))).isFalse();
        assertThat(JsonChecks.isErrorItem(JsonChecks.parse("{\"error\":\"\",\"errors\":[]}"))).isFalse();
        assertThat(JsonChecks.isErrorItem(JsonChecks.parse("{\"timeout_ms\":100,\"status\":\"errorless\"}"))).isFalse();
        assertThat(JsonChecks.isErrorItem(JsonChecks.parse("{\"message\":\"error in text\"}"))).isFalse();
    }

    @Test
    void should_find_error_items_in_nested_arrays_and_see_them_in_any_rendering() {
        // given
        String input = "{\"total\":4,\"items\":[{\"id\":1,\"status\":\"ok\"},{\"id\":2,\"status\":\"failed\",\"cost\":1.50},"
                + "{\"id\":3,\"status\":\"ok\"},{\"id\":4,\"error\":\"timeout\"}]}";
        JsonNode in = JsonChecks.parse(input);

        // then: a reordered equal object counts, so does a columnar row; the float keeps its text
        assertThat(JsonChecks.errorItems(in, "[{\"cost\":1.50,\"status\":\"failed\",\"id\":2}]",
                JsonChecks.parse("[{\"cost\":1.50,\"status\":\"failed\",\"id\":2}]")))
                .isEqualTo(new Retention.Count(1, 2, List.of("{\"id\":4,\"error\":\"timeout\"}")));
        String columnar = "{\"cols\":[\"id\",\"status\",\"cost\"],\"rows\":[[2,\"failed\",1.50]]} and {\"id\":4,\"error\":\"timeout\"}";
        assertThat(JsonChecks.errorItems(in, columnar, null)).isEqualTo(new Retention.Count(2, 2));
        assertThat(JsonChecks.errorItems(in, "{\"id\":2,\"status\":\"failed\",\"cost\":1.5}", null).cell())
                .isEqualTo("0/2");
    }

    @Test
    void should_report_validity_in_to_out() {
        JsonNode in = JsonChecks.parse("[1, 2]");
        assertThat(JsonChecks.validity(in, JsonChecks.parse("[1,2]"))).isEqualTo(JsonChecks.Validity.VALID);
        assertThat(JsonChecks.validity(in, JsonChecks.parse("[1,2]\n[headroom: 1 of 2 items omitted]")))
                .isEqualTo(JsonChecks.Validity.INVALID);
        assertThat(JsonChecks.validity(JsonChecks.parse("not json"), null)).isEqualTo(JsonChecks.Validity.NOT_JSON);
    }
}
