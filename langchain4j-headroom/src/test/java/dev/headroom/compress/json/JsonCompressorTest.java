package dev.headroom.compress.json;

import static dev.headroom.compress.json.JsonTestSupport.disclosure;
import static dev.headroom.compress.json.JsonTestSupport.expand;
import static dev.headroom.compress.json.JsonTestSupport.isValidJson;
import static dev.headroom.compress.json.JsonTestSupport.keptItems;
import static dev.headroom.compress.json.JsonTestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCompressorTest {

    static final String HANDLE = "0123456789abcdef01234567";

    private final JsonCompressor compressor = new JsonCompressor();
    private final CompressionContext context = CompressionContext.builder().handle(HANDLE).build();

    // ---- lossless floor ----

    @Test
    void should_minify_pretty_json_keeping_every_value_as_written() {
        // given
        String pretty = """
                {
                  "price": 1.10,
                  "big": 12345678901234567890123,
                  "tiny": 1E-400,
                  "huge": 1e400,
                  "negZero": -0.0,
                  "text": "caf\\u00e9 \\"quoted\\" \\/ tab\\t",
                  "zebra": true,
                  "apple": null,
                  "list": [ 1, 2.50, "3" ]
                }
                """;

        // when
        CompressionResult result = compressor.compress(pretty, context);

        // then
        assertThat(result.lossy()).isFalse();
        assertThat(result.strategy()).isEqualTo("json:minify");
        assertThat(result.output()).isEqualTo("{\"price\":1.10,\"big\":12345678901234567890123,\"tiny\":1E-400,"
                + "\"huge\":1e400,\"negZero\":-0.0,\"text\":\"café \\\"quoted\\\" / tab\\t\",\"zebra\":true,"
                + "\"apple\":null,\"list\":[1,2.50,\"3\"]}");
        assertThat(tree(result.output())).isEqualTo(tree(pretty));
    }

    @Test
    void should_keep_duplicate_keys_and_member_order() {
        // given
        String json = "{ \"b\": 1, \"a\": 2, \"b\": 3 }";

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.output()).isEqualTo("{\"b\":1,\"a\":2,\"b\":3}");
    }

    @Test
    void should_return_unchanged_when_already_minified_and_nothing_packs() {
        // given
        String json = "{\"a\":[1,2],\"b\":\"x\"}";

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result).isEqualTo(CompressionResult.unchanged(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\": 1",                      // truncated
        "{\"a\": 1} trailing",            // trailing garbage
        "{\"a\": 1}{\"b\": 2}",           // two documents
        "[1, 2,]",                        // trailing comma
        "{\"a\": NaN}",                   // NaN
        "{'a': 1}",                       // single quotes
        "{\"a\": 1 /* comment */}",       // comment
        "{not json at all, just braces}", // text that starts with {
        "[01]",                           // leading zero
        "\"just a string\"",              // scalar root
        "42",
        "",
        "   "
    })
    void should_pass_input_through_unchanged_when_it_is_not_one_strict_json_document(String content) {
        // when
        CompressionResult result = compressor.compress(content, context);

        // then
        assertThat(result).isEqualTo(CompressionResult.unchanged(content));
    }

    @Test
    void should_pass_through_when_nesting_is_deeper_than_the_limit() {
        // given
        int depth = NodeParser.MAX_DEPTH + 10;
        String json = "[".repeat(depth) + "1" + "]".repeat(depth);

        // when
        CompressionResult result = compressor.compress(" " + json, context);

        // then
        assertThat(result.output()).isEqualTo(" " + json);
        assertThat(result.lossy()).isFalse();
    }

    @Test
    void should_accept_nesting_up_to_the_limit() {
        // given
        int depth = NodeParser.MAX_DEPTH;
        String json = "[ ".repeat(depth) + "1" + " ]".repeat(depth);

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.output()).isEqualTo("[".repeat(depth) + "1" + "]".repeat(depth));
    }

    @Test
    void should_pack_uniform_objects_as_columns_that_expand_back_to_the_original() {
        // given
        String json = objects(40, i -> "{\"id\": " + i + ", \"name\": \"item-" + i + "\", \"price\": " + i + ".10}");

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.lossy()).isFalse();
        assertThat(result.strategy()).isEqualTo("json:columnar");
        assertThat(result.output()).startsWith("{\"_columns\":[\"id\",\"name\",\"price\"],\"_rows\":[[0,\"item-0\",0.10],");
        assertThat(result.output()).contains("\"_headroom\":\"columnar: each row holds one item's values in _columns order; nothing omitted\"");
        assertThat(expand(tree(result.output()))).isEqualTo(tree(json));
    }

    @Test
    void should_not_pack_objects_whose_members_differ() {
        // given
        String json = objects(40, i -> i % 2 == 0 ? "{\"id\": " + i + ", \"a\": 1}" : "{\"a\": 1, \"id\": " + i + "}");

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.strategy()).isEqualTo("json:minify");
        assertThat(result.output()).doesNotContain("_columns");
    }

    @Test
    void should_deduplicate_identical_items_losslessly() {
        // given
        String big = "{\"kind\": \"event\", \"payload\": {\"a\": [1, 2, 3], \"b\": \"" + "x".repeat(60) + "\"}}";
        String other = "[1, 2, {\"z\": 1}]";
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(i % 7 == 3 ? other : big);
        }
        String json = "[" + String.join(", ", items) + "]";

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.lossy()).isFalse();
        assertThat(result.strategy()).isEqualTo("json:dedup");
        assertThat(result.output()).contains("\"_order\":[0,0,0,1,0");
        assertThat(expand(tree(result.output()))).isEqualTo(tree(json));
        assertThat(result.output().length()).isLessThan(json.length() / 4);
    }

    @Test
    void should_pack_and_deduplicate_together_and_expand_back() {
        // given
        String json = objects(120, i -> "{\"state\": \"" + (i % 3 == 0 ? "running" : "stopped")
                + "\", \"zone\": \"eu-west-3" + (char) ('a' + i % 4) + "\", \"kind\": \"compute-optimized-instance\"}");

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.lossy()).isFalse();
        assertThat(result.output()).contains("\"_columns\"", "\"_order\"", "deduplicated");
        assertThat(expand(tree(result.output()))).isEqualTo(tree(json));
    }

    @Test
    void should_pack_nested_arrays_inside_envelopes_losslessly() {
        // given
        String rows = objects(60, i -> "{\"key\": \"key-" + i + "\", \"value\": " + i + "}");
        String json = "{\"meta\": {\"page\": 1}, \"data\": {\"rows\": " + rows + ", \"note\": \"ok\"}}";

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.output()).startsWith("{\"meta\":{\"page\":1},\"data\":{\"rows\":{\"_columns\":[\"key\",\"value\"]");
        assertThat(expand(tree(result.output()))).isEqualTo(tree(json));
    }

    @Test
    void should_stay_lossless_when_the_lossless_form_fits_the_budget() {
        // given: 100 small items, well under maxItems x 100 tokens once packed
        String json = objects(100, i -> "{\"name\": \"pkg" + i + "\", \"version\": \"1." + i + ".0\"}");

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.lossy()).isFalse();
        assertThat(expand(tree(result.output()))).hasSize(100);
    }

    @Test
    void should_compute_the_exact_lossless_length_without_writing() {
        // given: escapes of every kind, packed and plain arrays, nesting, unicode
        String json = "{\"s\": \"q\\\" b\\\\ n\\n t\\t u\\u0001 \\u2028 é 🇫🇷\", \"n\": [1.10, -0, 1e5],"
                + " \"rows\": " + objects(60, i -> "{\"a\": " + i + ", \"b\": [\"x\", {\"c\": null}]}")
                + ", \"dups\": " + objects(12, i -> "[1, 2, 3, \"same\"]") + "}";
        Node root = NodeParser.parse(json);
        NodeWriter writer = NodeWriter.lossless();

        // when
        long length = writer.length(root);

        // then
        String written = writer.write(root).json();
        assertThat(written).contains("_columns", "_order");
        assertThat(length).isEqualTo(written.length());
    }

    // ---- lossy selection ----

    @Test
    void should_keep_error_items_and_the_query_match_within_a_quarter_of_the_tokens() {
        // given
        String json = syntheticEvents(500);
        CompressionContext withQuery = context.toBuilder()
                .toolArguments("{\"service\": \"billing\"}")
                .userMessage("Why did order ord-31337 fail to ship?")
                .build();
        TokenCounter o200k = TokenCounter.o200k();

        // when
        CompressionResult result = compressor.compress(json, withQuery);

        // then
        assertThat(result.lossy()).isTrue();
        assertThat(isValidJson(result.output())).isTrue();
        assertThat(o200k.count(result.output())).isLessThanOrEqualTo(o200k.count(json) / 4);
        JsonNode out = tree(result.output());
        List<Integer> keptIds = keptItems(out).stream().map(n -> n.get("id").asInt()).toList();
        assertThat(keptIds).contains(17, 123, 350, 499 - 7, 271).contains(0, 1, 2, 498, 499);
        assertThat(keptIds).isSorted();
        JsonNode disclosure = disclosure(out);
        assertThat(disclosure.get("hash").asText()).isEqualTo(HANDLE);
        assertThat(disclosure.get("of").asInt()).isEqualTo(500);
        assertThat(disclosure.get("omitted").asInt()).isEqualTo(500 - keptIds.size()).isEqualTo(result.omitted());
        assertThat(disclosure.get("kept").asText()).contains("4 errors", "1 query match", "first 3", "last 2");
        assertThat(disclosure.get("retrieve").asText()).contains("headroom_retrieve");
    }

    @Test
    void should_report_the_lossless_length_of_a_lossy_result() {
        // given
        String json = syntheticEvents(300);
        String lossless = NodeWriter.lossless().write(NodeParser.parse(json)).json();

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.lossy()).isTrue();
        assertThat(result.losslessLength()).isEqualTo(lossless.length());
        assertThat(result.output().length()).isLessThan(result.losslessLength());
    }

    @Test
    void should_keep_kept_items_exactly_as_written() {
        // given
        String json = objects(400, i -> "{\"id\": " + i + ", \"amount\": " + (i == 77 ? "98765432109876543210.10" : i + ".10")
                + ", \"label\": \"caf\\u00e9-" + i + "\", \"note\": \"line " + i + " of the ledger\"}");

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.lossy()).isTrue();
        List<JsonNode> kept = keptItems(tree(result.output()));
        JsonNode original = tree(json);
        for (JsonNode item : kept) {
            assertThat(item).isEqualTo(original.get(item.get("id").asInt()));
        }
        assertThat(result.output()).contains("98765432109876543210.10", "0.10");
    }

    @Test
    void should_reduce_arrays_inside_envelopes_and_keep_envelope_fields() {
        // given
        String items = objects(300, i -> "{\"InstanceType\": \"m5." + i + "xlarge\", \"Location\": \"eu-west-3"
                + (i < 150 ? "a" : "b") + "\", \"LocationType\": \"availability-zone\"}");
        String json = "{\"total\": 1592, \"NextToken\": null, \"InstanceTypeOfferings\": " + items
                + ", \"tags\": [\"a\", \"b\"]}";

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.lossy()).isTrue();
        JsonNode out = tree(result.output());
        assertThat(out.get("total").asInt()).isEqualTo(1592);
        assertThat(out.get("NextToken").isNull()).isTrue();
        assertThat(out.get("tags")).isEqualTo(tree("[\"a\",\"b\"]"));
        JsonNode offerings = out.get("InstanceTypeOfferings");
        List<JsonNode> kept = keptItems(offerings);
        assertThat(kept).extracting(n -> n.get("InstanceType").asText()).contains("m5.150xlarge"); // change point
        assertThat(disclosure(offerings).get("of").asInt()).isEqualTo(300);
        assertThat(disclosure(offerings).get("kept").asText()).contains("change point");
    }

    @Test
    void should_reduce_nested_large_arrays_but_leave_small_arrays_untouched() {
        // given
        String big = objects(300, i -> "{\"n\": " + i + ", \"word\": \"w" + i + "\", \"text\": \"member number " + i + "\"}");
        String json = "{\"groups\": [{\"name\": \"g1\", \"members\": " + big + ", \"roles\": [\"a\", \"b\", \"c\"]}]}";

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        JsonNode out = tree(result.output());
        JsonNode group = out.get("groups").get(0);
        assertThat(group.get("roles")).isEqualTo(tree("[\"a\",\"b\",\"c\"]"));
        assertThat(disclosure(group.get("members")).get("omitted").asInt()).isGreaterThan(150);
    }

    @Test
    void should_summarize_a_large_array_of_numbers_and_keep_its_outliers() {
        // given
        String json = "{\"latencies_ms\": [" + IntStream.range(0, 2000)
                .mapToObj(i -> i == 1234 ? "98000.5" : Integer.toString(40 + (i * 7) % 11))
                .collect(Collectors.joining(", ")) + "]}";

        // when
        CompressionResult result = compressor.compress(json, context);

        // then
        assertThat(result.lossy()).isTrue();
        JsonNode latencies = tree(result.output()).get("latencies_ms");
        assertThat(keptItems(latencies)).extracting(JsonNode::asText).contains("98000.5");
        JsonNode summary = disclosure(latencies).get("summary");
        assertThat(summary.get("max").decimalValue()).isEqualByComparingTo("98000.5");
        assertThat(summary.get("min").asInt()).isEqualTo(40);
        assertThat(summary.has("median")).isTrue();
        assertThat(summary.has("mean")).isTrue();
    }

    @Test
    void should_be_deterministic_across_calls_and_instances() {
        // given
        String json = syntheticEvents(400);
        CompressionContext withQuery = context.toBuilder().userMessage("order ord-31337").build();

        // when
        String first = compressor.compress(json, withQuery).output();
        String second = new JsonCompressor().compress(json, withQuery).output();

        // then
        assertThat(second).isEqualTo(first);
    }

    @Test
    void should_reduce_records_keyed_by_name_like_an_array_s_items() {
        // given: 60 connectors keyed by name (Kafka Connect's expand=status), one paused, one failed
        String json = IntStream.range(0, 60).mapToObj(i -> "\"conn-" + i + "\": {\"status\": {\"name\": \"conn-" + i
                        + "\", \"connector\": {\"state\": \"" + (i == 17 ? "PAUSED" : "RUNNING") + "\", \"worker_id\": \"10.0.4."
                        + (i % 6) + ":8083\"}, \"tasks\": [{\"id\": 0, \"state\": \"" + (i == 41 ? "FAILED" : "RUNNING")
                        + "\"}]}, \"config\": {\"topics\": \"topic-" + i + "\", \"tasks.max\": \"1\", \"pad\": \"" + "p".repeat(300)
                        + "\"}}")
                .collect(Collectors.joining(",\n  ", "{\n  ", "\n}"));

        // when
        CompressionResult result = compressor.compress(json, context);

        // then: a smaller object of the kept records, the paused and the failed among them, and the disclosure
        assertThat(result.lossy()).isTrue();
        JsonNode out = tree(result.output());
        assertThat(out.has("conn-17")).isTrue();
        assertThat(out.has("conn-41")).isTrue();
        assertThat(out.size()).isLessThan(30);
        assertThat(out.get("_headroom").get("of").asInt()).isEqualTo(60);
        assertThat(out.get("conn-41")).isEqualTo(tree(json).get("conn-41"));
        assertThat(compressor.units(json)).hasSize(60).first().asString().startsWith("{\"conn-0\":{\"status\":");
    }

    // ---- units and join ----

    @Test
    void should_split_the_largest_array_into_exactly_minified_items() {
        // given
        String json = "{\"small\": [1, 2], \"items\": [ {\"a\": 1.10}, {\"b\": [ true ]}, \"s\" ]}";

        // when
        List<String> units = compressor.units(json);

        // then
        assertThat(units).containsExactly("{\"a\":1.10}", "{\"b\":[true]}", "\"s\"");
        assertThat(compressor.join(units)).isEqualTo("[{\"a\":1.10},{\"b\":[true]},\"s\"]");
    }

    @Test
    void should_fall_back_to_lines_when_the_content_holds_no_array() {
        // given
        String json = "{\n  \"a\": 1,\n  \"b\": 2\n}";

        // when
        List<String> units = compressor.units(json);

        // then
        assertThat(units).containsExactly("{", "  \"a\": 1,", "  \"b\": 2", "}");
        assertThat(compressor.join(units.subList(1, 3))).isEqualTo("  \"a\": 1,\n  \"b\": 2");
    }

    // ---- fixtures ----

    static String objects(int n, java.util.function.IntFunction<String> item) {
        return IntStream.range(0, n).mapToObj(item).collect(Collectors.joining(",\n  ", "[\n  ", "\n]"));
    }

    /**
     * Events with 4 error items (17: status failed, 123: level ERROR, 350: error object, 492: exception text),
     * one item about order ord-31337 (271), and traps that are not errors ("error": null, "errors": [],
     * "timeout_ms", "TimeoutInSeconds").
     */
    static String syntheticEvents(int n) {
        return objects(n, i -> {
            String status = i == 17 ? "failed" : "ok";
            String level = i == 123 ? "ERROR" : "INFO";
            String error = i == 350 ? "{\"code\": \"E42\", \"message\": \"disk full\"}" : "null";
            String message = i == n - 8 ? "java.lang.IllegalStateException: queue closed"
                    : i == 271 ? "shipped order ord-31337 to warehouse" : "processed batch " + i;
            return "{\"id\": " + i + ", \"service\": \"billing\", \"status\": \"" + status + "\", \"level\": \"" + level
                    + "\", \"error\": " + error + ", \"errors\": [], \"timeout_ms\": 3000, \"TimeoutInSeconds\": 30,"
                    + " \"latency_ms\": " + (100 + (i * 37) % 50) + ", \"message\": \"" + message + "\"}";
        });
    }
}
