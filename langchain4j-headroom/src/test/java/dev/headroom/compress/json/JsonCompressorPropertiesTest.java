package dev.headroom.compress.json;

import static dev.headroom.compress.json.JsonTestSupport.expand;
import static dev.headroom.compress.json.JsonTestSupport.isValidJson;
import static dev.headroom.compress.json.JsonTestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.stats.RetrievalOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random documents (uniform tables, duplicates, nested envelopes, odd numbers and strings) checked
 * against the compressor's contract: valid JSON out, lossless output expands back to the original exactly,
 * lossy output keeps whole original items in order and counts them honestly, same input gives same bytes.
 */
class JsonCompressorPropertiesTest {

    private static final int CASES = 300;
    private static final String HANDLE = "00112233445566778899aabb";
    private static final String[] WORDS = {"alpha", "beta", "gamma", "error", "failed", "ok", "eu-west-3a",
        "i-0abc123", "timeout", "caf\u00e9", "q\"uote", "back\\slash", "line\nbreak", "\u0001ctl", "🇫🇷", ""};
    private static final String[] NUMBERS = {"0", "-0", "1.10", "12345678901234567890123", "1e400", "-2.5E-3", "42"};

    private final JsonCompressor compressor = new JsonCompressor();

    @Test
    void should_keep_the_contract_on_random_documents() {
        SplittableRandom random = new SplittableRandom(20261125L);
        int lossy = 0;
        int packed = 0;
        for (int c = 0; c < CASES; c++) {
            // given
            String json = document(random);
            CompressionSettings settings = CompressionSettings.defaults().toBuilder()
                    .maxItems(1 + random.nextInt(20)).build();
            CompressionContext context = CompressionContext.builder().handle(HANDLE).settings(settings)
                    .userMessage(random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)] : null).build();

            // when
            CompressionResult result = compressor.compress(json, context);

            // then
            String out = result.output();
            assertThat(isValidJson(out)).as(json).isTrue();
            assertThat(compressor.compress(json, context)).isEqualTo(result);
            if (!result.lossy()) {
                assertThat(expand(tree(out))).as(json).isEqualTo(tree(json));
                packed += out.contains("\"_headroom\"") ? 1 : 0;
            } else {
                lossy++;
                assertThat(out).contains(HANDLE);
                assertThat(out.length()).isLessThan(result.losslessLength());
                assertThat(result.losslessLength()).isEqualTo(NodeWriter.lossless().write(NodeParser.parse(json)).json().length());
                assertKeptItemsAreOriginal(tree(json), expand(tree(out)), result);
            }
        }
        assertThat(lossy).as("lossy cases").isGreaterThan(CASES / 10);
        assertThat(packed).as("packed lossless cases").isGreaterThan(CASES / 20);
    }

    @Test
    void should_answer_a_query_retrieval_with_a_valid_json_array_of_original_items() {
        // given
        Headroom headroom = Headroom.builder().compressor(compressor).build();
        String json = JsonCompressorTest.syntheticEvents(300);

        // when
        CompressionOutcome outcome = headroom.compress(json, CompressionContext.builder().toolName("events").build());
        Retrieval retrieval = headroom.retriever().retrieve(outcome.handle(), "ord-31337", Set.of(outcome.handle()));

        // then
        assertThat(outcome.lossy()).isTrue();
        assertThat(outcome.text()).contains("\"hash\":\"" + outcome.handle() + "\"");
        assertThat(retrieval.outcome()).isEqualTo(RetrievalOutcome.QUERY_MATCHED);
        String array = retrieval.text().substring(retrieval.text().indexOf('\n') + 1);
        assertThat(isValidJson(array)).isTrue();
        assertThat(tree(array).get(0)).isEqualTo(tree(json).get(271));
    }

    /** Every array reduced in {@code out} shows original items of the matching array, in order, and says how many it omitted. */
    private static void assertKeptItemsAreOriginal(JsonNode original, JsonNode out, CompressionResult result) {
        int[] omitted = {0};
        compare(original, out, omitted);
        assertThat(omitted[0]).isEqualTo(result.omitted());
    }

    private static void compare(JsonNode original, JsonNode out, int[] omitted) {
        if (original.isArray() && out.isArray() && out.size() > 0 && isDisclosure(out.get(out.size() - 1))) {
            JsonNode disclosure = out.get(out.size() - 1).get(JsonDisclosure.KEY);
            assertThat(disclosure.get("of").asInt()).isEqualTo(original.size());
            assertThat(disclosure.get("omitted").asInt()).isEqualTo(original.size() - (out.size() - 1));
            omitted[0] += disclosure.get("omitted").asInt();
            int from = 0;
            for (int k = 0; k < out.size() - 1; k++) {
                int at = indexOf(original, out.get(k), from);
                assertThat(at).as("kept item %s is an original item, in order", out.get(k)).isGreaterThanOrEqualTo(0);
                from = at + 1;
            }
            return;
        }
        assertThat(out.size()).isEqualTo(original.size());
        if (original.isObject()) {
            original.fieldNames().forEachRemaining(name -> compare(original.get(name), out.get(name), omitted));
        } else if (original.isArray()) {
            for (int i = 0; i < original.size(); i++) {
                compare(original.get(i), out.get(i), omitted);
            }
        } else {
            assertThat(out).isEqualTo(original);
        }
    }

    private static boolean isDisclosure(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.has(JsonDisclosure.KEY);
    }

    private static int indexOf(JsonNode array, JsonNode item, int from) {
        for (int i = from; i < array.size(); i++) {
            if (array.get(i).equals(item)) {
                return i;
            }
        }
        return -1;
    }

    // ---- generators ----

    private static String document(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextBoolean()) {
            sb.append("{\"total\": ").append(r.nextInt(5000)).append(", \"items\": ");
            array(r, sb, 0);
            sb.append(", \"next\": null}");
        } else {
            array(r, sb, 0);
        }
        return sb.toString();
    }

    private static void array(SplittableRandom r, StringBuilder sb, int depth) {
        int n = r.nextInt(depth == 0 ? 120 : 8);
        int shape = r.nextInt(4); // 0 uniform objects, 1 mixed objects, 2 scalars, 3 duplicates
        List<String> pool = new ArrayList<>();
        sb.append("[\n  ");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(",\n  ");
            }
            switch (shape) {
                case 0 -> object(r, sb, depth, new String[] {"id", "name", "state", "value"}, i);
                case 1 -> object(r, sb, depth, r.nextBoolean() ? new String[] {"id", "x"} : new String[] {"x", "id", "extra"}, i);
                case 2 -> scalar(r, sb);
                default -> {
                    if (pool.isEmpty() || r.nextInt(4) == 0) {
                        StringBuilder item = new StringBuilder();
                        object(r, item, depth, new String[] {"kind", "payload"}, i);
                        pool.add(item.toString());
                    }
                    sb.append(pool.get(r.nextInt(pool.size())));
                }
            }
        }
        sb.append("\n]");
    }

    private static void object(SplittableRandom r, StringBuilder sb, int depth, String[] names, int i) {
        sb.append("{ ");
        for (int k = 0; k < names.length; k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append('"').append(names[k]).append("\": ");
            if (names[k].equals("id")) {
                sb.append(i);
            } else if (depth < 2 && r.nextInt(10) == 0) {
                array(r, sb, depth + 1);
            } else {
                scalar(r, sb);
            }
        }
        sb.append(" }");
    }

    private static void scalar(SplittableRandom r, StringBuilder sb) {
        switch (r.nextInt(5)) {
            case 0 -> sb.append(NUMBERS[r.nextInt(NUMBERS.length)]);
            case 1 -> sb.append(r.nextInt(1000));
            case 2 -> sb.append(r.nextBoolean() ? "true" : "null");
            default -> sb.append('"').append(escape(WORDS[r.nextInt(WORDS.length)])).append('"');
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.toString();
    }
}
