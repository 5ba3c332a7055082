package dev.headroom.compress.json;

import static dev.headroom.compress.json.JsonTestSupport.isValidJson;
import static dev.headroom.compress.json.JsonTestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Lines;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.stats.RetrievalOutcome;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** JSON Lines (structured logs, NDJSON): the lines are the items, and the output is still JSON Lines. */
class JsonLinesTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final JsonCompressor compressor = new JsonCompressor();
    private final CompressionContext context = CompressionContext.builder().handle(HANDLE).build();

    /** 1,000 structured log records as a Python logger writes them ({@code ", "} and {@code ": "}); every 250th is an error. */
    static String structuredLog() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            boolean error = i % 250 == 125;
            sb.append("{\"ts\": \"2026-11-25T10:").append(String.format("%02d:%02d", i / 60 % 60, i % 60))
                    .append("Z\", \"level\": \"").append(error ? "error" : "info")
                    .append("\", \"msg\": \"").append(error ? "payment gateway timeout" : "request served")
                    .append("\", \"order\": \"ORD-").append(1000 + i).append("\", \"latency_ms\": ").append(20 + (i * 7) % 50)
                    .append("}\n");
        }
        return sb.toString();
    }

    @Test
    void should_keep_whole_lines_chosen_like_array_items_and_stay_json_lines() {
        // given
        String in = structuredLog();
        // when
        CompressionResult result = compressor.compress(in, context);
        // then
        assertThat(result.lossy()).isTrue();
        assertThat(result.strategy()).isEqualTo("jsonl:select");
        String[] out = Lines.split(result.output());
        assertThat(out.length).isLessThan(40);
        for (String line : out) {
            assertThat(isValidJson(line)).as(line).isTrue();
        }
        // every error record, first and last, in the original order, each the same JSON as its original line
        List<String> original = Arrays.asList(Lines.split(in));
        List<String> kept = Arrays.asList(out).subList(0, out.length - 1);
        assertThat(kept).anyMatch(l -> l.contains("ORD-1125")).anyMatch(l -> l.contains("ORD-1875"));
        assertThat(kept.get(0)).contains("ORD-1000");
        assertThat(kept.get(kept.size() - 1)).contains("ORD-1999");
        int previous = -1;
        for (String line : kept) {
            int index = Integer.parseInt(line.substring(line.indexOf("ORD-") + 4, line.indexOf("ORD-") + 8)) - 1000;
            assertThat(index).isGreaterThan(previous);
            assertThat(tree(line)).isEqualTo(tree(original.get(index)));
            previous = index;
        }
        assertThat(tree(out[out.length - 1]).get("_headroom").get("hash").asText()).isEqualTo(HANDLE);
        assertThat(tree(out[out.length - 1]).get("_headroom").get("of").asInt()).isEqualTo(1_000);
    }

    @Test
    void should_prefer_lines_matching_the_query() {
        CompressionContext asked = context.toBuilder().userMessage("what happened to ORD-1417?").build();
        assertThat(compressor.compress(structuredLog(), asked).output()).contains("\"order\": \"ORD-1417\""); // as written: minifying saves under a tenth
        assertThat(compressor.compress(structuredLog(), context).output()).doesNotContain("ORD-1417");
    }

    @Test
    void should_only_minify_lines_under_the_budget_and_keep_the_final_newline() {
        String in = "{\"a\": 1, \"b\": [1, 2]}\n{\"a\": 2, \"b\": []}\n[1, {\"c\": \"x y\"}]\n";
        CompressionResult result = compressor.compress(in, context);
        assertThat(result.lossy()).isFalse();
        assertThat(result.strategy()).isEqualTo("jsonl:minify");
        assertThat(result.output()).isEqualTo("{\"a\":1,\"b\":[1,2]}\n{\"a\":2,\"b\":[]}\n[1,{\"c\":\"x y\"}]\n");
    }

    @Test
    void should_pass_through_what_is_not_json_lines() {
        for (String in : List.of(
                "{\"a\": 1}\n\n{\"a\": 2}\n{\"a\": 3}\n",        // a blank line
                "{\"a\": 1}\n42\n{\"a\": 3}\n",                    // a scalar line
                "{\"a\": 1}\n{\"a\": 2\n{\"a\": 3}\n",             // a broken line
                "{\"a\": 1}\n{\"a\": 2}\n",                        // too few lines
                "{\"a\": 1} trailing\n{\"a\": 2}\n{\"a\": 3}\n")) {
            assertThat(compressor.compress(in, context).output()).as(in).isSameAs(in);
        }
    }

    @Test
    void should_retrieve_the_original_and_query_matching_lines_through_the_engine() {
        // given
        Headroom headroom = Headroom.builder().build();
        String in = structuredLog();
        CompressionOutcome outcome = headroom.compress(in, CompressionContext.empty().toBuilder().toolName("tail_logs").build());
        assertThat(outcome.lossy()).isTrue();
        // when
        Retrieval whole = headroom.retriever().retrieve(outcome.handle(), null, Set.of(outcome.handle()));
        Retrieval matched = headroom.retriever().retrieve(outcome.handle(), "ORD-1417", Set.of(outcome.handle()));
        // then
        assertThat(whole.text()).isEqualTo(in);
        assertThat(matched.outcome()).isEqualTo(RetrievalOutcome.QUERY_MATCHED);
        assertThat(matched.text()).contains("\"order\": \"ORD-1417\"");
    }

    @Test
    void should_show_a_kept_line_as_written_when_it_is_nearly_minified_and_minify_a_loose_one() {
        // given: a MongoDB-style log padded with a few blanks, one error; and the same with wide gaps
        StringBuilder padded = new StringBuilder();
        StringBuilder loose = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            String severity = i == 277 ? "E" : "I";
            String msg = i == 277 ? "Index build: failed" : "Connection accepted";
            padded.append(String.format("{\"t\":{\"$date\":\"2026-12-08T10:%02d:%02d.084+00:00\"},\"s\":\"%s\",  \"c\":\"NETWORK\",  \"id\":%d,   "
                    + "\"ctx\":\"conn%d\",\"msg\":\"%s\",\"attr\":{\"remote\":\"10.0.%d.%d:5%03d\",\"connectionCount\":%d}}%n",
                    i / 60, i % 60, severity, 22943 + (i == 277 ? 3 : 0), 48000 + i, msg, i % 7, i % 250, i, 100 + i % 13));
            loose.append(String.format("{ \"s\" :    \"%s\" ,    \"msg\" :    \"%s\" ,    \"n\" :    %d ,    \"host\" :    \"h%d\" }%n",
                    severity, msg, i, i % 9));
        }
        String errorLine = padded.toString().lines().skip(277).findFirst().orElseThrow();

        // when
        String paddedOut = compressor.compress(padded.toString(), context).output();
        String looseOut = compressor.compress(loose.toString(), context).output();

        // then
        assertThat(paddedOut).contains(errorLine + "\n");
        assertThat(looseOut).contains("{\"s\":\"E\",\"msg\":\"Index build: failed\",\"n\":277,\"host\":\"h7\"}")
                .doesNotContain("    ");
    }
}
