package dev.headroom.compress.json;

import static dev.headroom.compress.json.JsonTestSupport.disclosure;
import static dev.headroom.compress.json.JsonTestSupport.isValidJson;
import static dev.headroom.compress.json.JsonTestSupport.keptItems;
import static dev.headroom.compress.json.JsonTestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Error signals judged on status fields, the item size ceiling, and items the question names. */
class JsonQuestionAndBudgetTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final JsonCompressor compressor = new JsonCompressor();
    private final CompressionContext context = CompressionContext.builder().handle(HANDLE).build();

    /**
     * A {@code pip inspect}-like document: 120 packages whose descriptions are long READMEs; every 12th
     * mentions KeyError, every 12th (offset) holds a traceback example; none is an error.
     */
    private static String pipInspect(String extra) {
        StringBuilder sb = new StringBuilder("{\"version\":\"1\",\"pip_version\":\"24.0\",\"installed\":[");
        for (int i = 0; i < 120; i++) {
            String description = "Package " + i + " does useful things. " + "Long README text. ".repeat(40)
                    + (i % 12 == 3 ? "Raises KeyError when the key is missing." : "")
                    + (i % 12 == 7 ? "Traceback (most recent call last):\\n  File \\\"x.py\\\", line 1\\nValueError: bad" : "");
            sb.append(i == 0 ? "" : ",").append("{\"metadata\":{\"name\":\"pkg-").append(i).append("\",\"version\":\"1.")
                    .append(i % 9).append(".0\",\"summary\":\"Summary ").append(i).append("\",\"description\":\"")
                    .append(description).append("\"},\"installer\":\"pip\",\"requested\":").append(i % 4 == 0)
                    .append(i == 50 ? extra : "").append('}');
        }
        return sb.append("],\"environment\":{\"python_version\":\"3.11\"}}").toString();
    }

    @Test
    void should_not_take_descriptions_that_mention_exceptions_for_error_items_and_respect_the_budget() {
        // when
        CompressionResult result = compressor.compress(pipInspect(""), context);

        // then: no "errors" kept; the kept items fit the 1,500-token budget (about 5,400 characters)
        JsonNode out = tree(result.output());
        JsonNode disclosure = disclosure(out.get("installed"));
        assertThat(disclosure.get("kept").asText()).doesNotContain("error");
        assertThat(result.output().length()).isLessThan(15 * JsonCompressor.TOKENS_PER_ITEM * 4);
        assertThat(keptItems(out.get("installed"))).isNotEmpty();
        assertThat(out.get("pip_version").asText()).isEqualTo("24.0");
    }

    @Test
    void should_keep_an_item_whose_status_fields_report_a_failure_among_prose_that_mentions_errors() {
        // given: item 50 has a failed status
        String json = pipInspect(",\"status\":\"failed\",\"exit_code\":2");

        // when
        JsonNode out = tree(compressor.compress(json, context).output());

        // then
        List<String> names = keptItems(out.get("installed")).stream().map(n -> n.get("metadata").get("name").asText()).toList();
        assertThat(names).contains("pkg-50");
        assertThat(disclosure(out.get("installed")).get("kept").asText()).contains("1 error");
    }

    @Test
    void should_keep_the_item_the_question_names_by_id_or_value_and_differ_from_the_no_question_output() {
        // given: 300 orders; the question names ORD-317 (item 217) and the value 2.17.1 (item 230's version)
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"order\":\"ORD-").append(100 + i).append("\",\"status\":\"shipped\",\"lib\":\"2.")
                    .append(i == 230 ? "17.1" : (i % 5) + ".0").append("\",\"total\":").append(10 + i % 7).append('}');
        }
        String json = sb.append(']').toString();
        CompressionContext asked = context.toBuilder().userMessage("what happened to ORD-317, and who uses 2.17.1?").build();

        // when
        String plain = compressor.compress(json, context).output();
        String out = compressor.compress(json, asked).output();

        // then
        assertThat(out).isNotEqualTo(plain);
        assertThat(plain).doesNotContain("ORD-317"); // 2.17.1 is kept anyway, as a rare value
        assertThat(isValidJson(out)).isTrue();
        List<String> orders = keptItems(tree(out)).stream().map(n -> n.get("order").asText()).toList();
        assertThat(orders).contains("ORD-317", "ORD-330");
        assertThat(compressor.compress(json, asked).output()).isEqualTo(out);
    }

    @Test
    void should_write_the_items_a_reduced_array_keeps_as_objects_not_packed_into_columns() {
        // given: 600 uniform run records (packable into columns), one failed
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 600; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"databaseId\":").append(1223116000 + i).append(",\"headBranch\":\"feat/b").append(i % 40)
                    .append("\",\"name\":\"CI\",\"conclusion\":\"").append(i == 417 ? "failure" : "success").append("\"}");
        }
        String in = sb.append(']').toString();

        // when
        CompressionResult result = new JsonCompressor().compress(in, CompressionContext.builder().handle(HANDLE).build());

        // then
        assertThat(result.lossy()).isTrue();
        assertThat(result.output()).contains("{\"databaseId\":1223116417,\"headBranch\":\"feat/b17\",\"name\":\"CI\",\"conclusion\":\"failure\"}")
                .doesNotContain("_columns");
    }
}
