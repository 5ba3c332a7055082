package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.ccr.Handles;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.RetrievalOutcome;
import dev.headroom.stats.StatsCounter;
import dev.headroom.tokens.TokenCounter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class HeadroomTest {

    /** 400 lines of a JSON array of objects; about 12 000 chars, well over the default threshold. */
    private static final String CONTENT = items(400);

    private static String items(int n) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\":").append(i).append(",\"name\":\"item-").append(i).append(i == 77 ? "\",\"state\":\"failed\"}" : "\",\"state\":\"ok\"}");
            sb.append(i < n - 1 ? ",\n" : "\n");
        }
        return sb.append("]").toString();
    }

    /** A JSON compressor that behaves as {@code behaviour} says and counts its calls; units are lines. */
    private static final class TestCompressor implements Compressor {
        final AtomicInteger calls = new AtomicInteger();
        final BiFunction<String, CompressionContext, CompressionResult> behaviour;

        TestCompressor(BiFunction<String, CompressionContext, CompressionResult> behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        public ContentKind kind() {
            return ContentKind.JSON;
        }

        @Override
        public CompressionResult compress(String content, CompressionContext context) {
            calls.incrementAndGet();
            return behaviour.apply(content, context);
        }
    }

    private static TestCompressor firstLines(int n) {
        return new TestCompressor((content, context) -> {
            List<String> lines = content.lines().toList();
            String kept = String.join("\n", lines.subList(0, n));
            return CompressionResult.lossy(kept + "\n" + Disclosure.line(lines.size() - n, lines.size(), "lines", null, context.handle()),
                    content.length(), lines.size() - n, "test:first");
        });
    }

    private static CompressionContext context(String tool, String user) {
        return CompressionContext.builder().toolName(tool).toolArguments("{\"q\":1}").userMessage(user).build();
    }

    @Test
    void should_store_original_and_disclose_handle_when_lossy() {
        // given
        Headroom headroom = Headroom.builder().compressor(firstLines(10)).build();

        // when
        CompressionOutcome outcome = headroom.compress(CONTENT, context("list", "which failed?"));

        // then
        assertThat(outcome.lossy()).isTrue();
        assertThat(outcome.handle()).isEqualTo(Handles.of(CONTENT));
        assertThat(outcome.text()).contains("hash=" + outcome.handle()).hasSizeLessThan(CONTENT.length() / 10);
        assertThat(headroom.store().get(outcome.handle())).contains(CONTENT);
        assertThat(headroom.stats().total().compressed()).isEqualTo(1);
        assertThat(headroom.stats().byTool()).containsKey("list");
    }

    @Test
    void should_count_input_and_output_only_on_first_sight() {
        // given: a counter that records what it was asked to count (an exact counter is costly)
        List<Integer> counted = new java.util.concurrent.CopyOnWriteArrayList<>();
        TokenCounter recording = text -> {
            counted.add(text.length());
            return text.length() / 4;
        };
        Headroom headroom = Headroom.builder().tokenCounter(recording).compressor(firstLines(10)).build();

        // when: the same tool result in two consecutive turns
        CompressionOutcome first = headroom.compress(CONTENT, context("list", "q"));
        headroom.compress(CONTENT, context("list", "q"));

        // then: input and output counted once overall: turn 2 is a memo hit, answered before counting or detecting,
        // and still recorded with both figures
        assertThat(counted).containsExactly(CONTENT.length(), first.text().length());
        assertThat(headroom.stats().total().tokensAfter()).isEqualTo(2L * (first.text().length() / 4));
        assertThat(headroom.stats().total().tokensBefore()).isEqualTo(2L * (CONTENT.length() / 4));
    }

    @Test
    void should_send_the_original_when_lossy_and_the_retrieve_tool_is_disabled() {
        // given: without headroom_retrieve the model could not get omitted content back (invariant 4)
        HeadroomConfig noTool = HeadroomConfig.builder().retrieveToolEnabled(false).build();
        Headroom headroom = Headroom.builder().config(noTool).compressor(firstLines(10)).build();

        // when
        CompressionOutcome outcome = headroom.compress(CONTENT, context("list", "which failed?"));

        // then
        assertThat(outcome.lossy()).isFalse();
        assertThat(outcome.text()).isSameAs(CONTENT);
        assertThat(outcome.strategy()).isEqualTo("lossy-without-retrieval");
        assertThat(headroom.store().get(Handles.of(CONTENT))).isEmpty();
    }

    @Test
    void should_send_the_lossless_form_when_lossy_and_the_retrieve_tool_is_disabled() throws Exception {
        // given the real JSON compressor and a pretty-printed list large enough for lossy selection
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 400; i++) {
            sb.append(i == 0 ? "" : ",\n").append("  {\"id\": \"ORD-").append(i).append("\", \"status\": \"")
                    .append(i % 50 == 7 ? "failed" : "shipped").append("\", \"amount\": ").append(100 + i).append(".10}");
        }
        String json = sb.append("\n]").toString();
        Headroom withTool = Headroom.create();
        Headroom noTool = Headroom.builder().config(HeadroomConfig.builder().retrieveToolEnabled(false).build()).build();

        // when
        CompressionOutcome lossy = withTool.compress(json, context("list", null));
        CompressionOutcome outcome = noTool.compress(json, context("list", null));

        // then: with the tool it would omit items; without, every item is there, re-encoded losslessly
        assertThat(lossy.lossy()).isTrue();
        assertThat(outcome.lossy()).isFalse();
        assertThat(outcome.strategy()).startsWith("json:");
        assertThat(outcome.text()).doesNotContain("\"hash\"").hasSizeLessThan(json.length() * 8 / 10);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode sent = mapper.readTree(outcome.text());
        com.fasterxml.jackson.databind.JsonNode items = sent.isArray() ? sent : sent.get("_rows");
        assertThat(items).hasSize(400);
        if (!sent.isArray()) {
            assertThat(sent.get("_columns").toString()).isEqualTo("[\"id\",\"status\",\"amount\"]");
        } else {
            assertThat(mapper.readTree(json)).isEqualTo(sent);
        }
        assertThat(noTool.stats().total().tokensAfter()).isLessThan(noTool.stats().total().tokensBefore());
        assertThat(noTool.stats().failOpen()).as("a configuration, not a failure").isZero();
    }

    @Test
    void should_produce_identical_bytes_when_compressing_same_input_twice_without_memo() {
        // given
        HeadroomConfig noMemo = HeadroomConfig.builder().memoMaximumBytes(0).build();
        TestCompressor compressor = firstLines(10);
        Headroom headroom = Headroom.builder().config(noMemo).compressor(compressor).build();

        // when
        String first = headroom.compress(CONTENT, context("list", "q")).text();
        String second = headroom.compress(new String(CONTENT), context("list", "q")).text();

        // then
        assertThat(second).isEqualTo(first);
        assertThat(compressor.calls).hasValue(2);
    }

    @Test
    void should_memoize_per_content_and_context() {
        // given
        TestCompressor compressor = firstLines(10);
        Headroom headroom = Headroom.builder().compressor(compressor).build();

        // when
        CompressionOutcome a = headroom.compress(CONTENT, context("list", "q1"));
        CompressionOutcome b = headroom.compress(CONTENT, context("list", "q1"));
        headroom.compress(CONTENT, context("list", "q2"));

        // then
        assertThat(b).isEqualTo(a);
        assertThat(compressor.calls).hasValue(2);
    }

    @Test
    void should_pass_through_when_below_threshold_disabled_too_large_or_unsupported() {
        // given
        TestCompressor compressor = firstLines(1);
        HeadroomConfig config = HeadroomConfig.builder()
                .defaults(CompressionSettings.defaults().toBuilder().maxResultTokens(CompressionSettings.NO_CEILING).build())
                .tool("raw", CompressionSettings.disabled())
                .maxInputChars(100_000)
                .build();
        Headroom headroom = Headroom.builder().config(config).compressor(compressor).build();

        // when / then (no ceiling: with one, the too-large input would be cut, see ResultCeilingGatesTest)
        assertThat(headroom.compress("[1,2,3]", context("list", null)).strategy()).isEqualTo("below-threshold");
        assertThat(headroom.compress(CONTENT, context("raw", null)).strategy()).isEqualTo("disabled");
        assertThat(headroom.compress(items(5_000), context("list", null)).strategy()).isEqualTo("too-large");
        // plain text now has a (pass-through) compressor; symbol noise is still of no known kind
        assertThat(headroom.compress("~!@#$%^&*() ".repeat(1_000), context("list", null)).strategy()).isEqualTo("unsupported");
        assertThat(compressor.calls).hasValue(0);
    }

    @Test
    void should_fail_open_when_compressor_throws_returns_null_or_hides_handle() {
        for (BiFunction<String, CompressionContext, CompressionResult> broken : List.<BiFunction<String, CompressionContext, CompressionResult>>of(
                (c, ctx) -> {
                    throw new IllegalStateException("boom");
                },
                (c, ctx) -> null,
                (c, ctx) -> CompressionResult.lossy("[]", c.length(), 400, "no-disclosure"))) {
            // given
            Headroom headroom = Headroom.builder().compressor(new TestCompressor(broken)).build();

            // when
            CompressionOutcome outcome = headroom.compress(CONTENT, context("list", null));

            // then
            assertThat(outcome.text()).isSameAs(CONTENT);
            assertThat(outcome.lossy()).isFalse();
            assertThat(outcome.strategy()).isEqualTo("fail-open");
            assertThat(headroom.stats().failOpen()).isEqualTo(1);
        }
    }

    @Test
    void should_pass_through_when_output_is_not_clearly_smaller() {
        // given
        Headroom headroom = Headroom.builder()
                .compressor(new TestCompressor((c, ctx) -> CompressionResult.lossless(c.substring(0, c.length() - 10), "trim")))
                .build();

        // when
        CompressionOutcome outcome = headroom.compress(CONTENT, context("list", null));

        // then
        assertThat(outcome.text()).isSameAs(CONTENT);
        assertThat(outcome.strategy()).isEqualTo("no-gain");
    }

    @Test
    void should_send_original_when_store_fails_on_put() {
        // given
        CompressionStore failing = new CompressionStore() {
            @Override
            public boolean put(String handle, String original) {
                throw new IllegalStateException("store down");
            }

            @Override
            public Optional<String> get(String handle) {
                return Optional.empty();
            }
        };
        Headroom headroom = Headroom.builder().store(failing).compressor(firstLines(10)).build();

        // when
        CompressionOutcome outcome = headroom.compress(CONTENT, context("list", null));

        // then
        assertThat(outcome.text()).isSameAs(CONTENT);
        assertThat(outcome.lossy()).isFalse();
        assertThat(headroom.stats().failOpen()).isEqualTo(1);
    }

    @Test
    void should_report_lossless_rewrite_apart_from_lossy() {
        // given
        Headroom headroom = Headroom.builder()
                .compressor(new TestCompressor((c, ctx) -> CompressionResult.lossless(c.replaceAll("\\s+", ""), "minify")))
                .build();

        // when
        CompressionOutcome outcome = headroom.compress(CONTENT.replace(",\n", ",\n          "), context("list", null));

        // then
        assertThat(outcome.lossy()).isFalse();
        assertThat(outcome.handle()).isNull();
        assertThat(headroom.stats().total().lossySaved()).isZero();
        assertThat(headroom.stats().total().losslessSaved()).isPositive();
    }

    @Test
    void should_retrieve_only_handles_in_scope() {
        // given
        Headroom headroom = Headroom.builder().compressor(firstLines(10)).build();
        String handle = headroom.compress(CONTENT, context("list", null)).handle();

        // when
        Retrieval inScope = headroom.retriever().retrieve(handle, null, Set.of(handle));
        Retrieval outOfScope = headroom.retriever().retrieve(handle, null, Set.of());
        Retrieval nullHandle = headroom.retriever().retrieve(null, null, Set.of(handle));

        // then
        assertThat(inScope.outcome()).isEqualTo(RetrievalOutcome.FOUND);
        assertThat(inScope.text()).isEqualTo(CONTENT);
        assertThat(outOfScope.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(outOfScope.text()).doesNotContain("item-");
        assertThat(nullHandle.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(headroom.stats().retrievals(RetrievalOutcome.NOT_FOUND)).isEqualTo(2);
    }

    @Test
    void should_return_best_matching_units_when_query_given() {
        // given
        Headroom headroom = Headroom.builder().compressor(firstLines(10)).build();
        String handle = headroom.compress(CONTENT, context("list", null)).handle();

        // when
        Retrieval matched = headroom.retriever().retrieve(handle, "failed", Set.of(handle));
        Retrieval none = headroom.retriever().retrieve(handle, "zebra", Set.of(handle));

        // then
        assertThat(matched.outcome()).isEqualTo(RetrievalOutcome.QUERY_MATCHED);
        assertThat(matched.text()).contains("{\"id\":77,\"name\":\"item-77\",\"state\":\"failed\"}");
        assertThat(none.outcome()).isEqualTo(RetrievalOutcome.QUERY_NO_MATCH);
    }

    @Test
    void should_return_only_the_units_that_match_an_exact_id_not_those_sharing_a_part_of_it() {
        // given: items "item-0".."item-399"; the query names item-77, whose parts "item" and "77" recur
        Headroom headroom = Headroom.builder().compressor(firstLines(10)).build();
        String handle = headroom.compress(CONTENT, context("list", null)).handle();

        // when
        Retrieval matched = headroom.retriever().retrieve(handle, "item-77", Set.of(handle));

        // then: item-77 (id 77, name item-77) alone, not item-177/item-277 or id 77 elsewhere
        assertThat(matched.outcome()).isEqualTo(RetrievalOutcome.QUERY_MATCHED);
        assertThat(matched.text()).contains("\"name\":\"item-77\"").doesNotContain("item-177", "item-277", "item-377");
        assertThat(matched.text()).startsWith("[headroom: 1 of ");
    }

    @Test
    void should_answer_expired_when_original_was_evicted_and_store_error_when_store_fails() {
        // given
        CaffeineCompressionStore store = CaffeineCompressionStore.create();
        Headroom evicted = Headroom.builder().store(new CompressionStore() {
            @Override
            public boolean put(String handle, String original) {
                return true; // claims to keep it, then loses it (evicted between requests)
            }

            @Override
            public Optional<String> get(String handle) {
                return Optional.empty();
            }
        }).compressor(firstLines(10)).build();
        Headroom failing = Headroom.builder().store(new CompressionStore() {
            @Override
            public boolean put(String handle, String original) {
                return store.put(handle, original);
            }

            @Override
            public Optional<String> get(String handle) {
                throw new IllegalStateException("down");
            }
        }).compressor(firstLines(10)).build();
        String h1 = evicted.compress(CONTENT, context("list", null)).handle();
        String h2 = failing.compress(CONTENT, context("list", null)).handle();

        // when / then
        Retrieval expired = evicted.retriever().retrieve(h1, null, Set.of(h1));
        assertThat(expired.outcome()).isEqualTo(RetrievalOutcome.EXPIRED);
        assertThat(expired.text()).contains("no longer kept").doesNotContain("in this conversation");
        assertThat(evicted.stats().retrievals(RetrievalOutcome.EXPIRED)).isEqualTo(1);
        assertThat(evicted.stats().retrievals(RetrievalOutcome.NOT_FOUND)).isZero();
        assertThat(failing.retriever().retrieve(h2, null, Set.of(h2)).outcome()).isEqualTo(RetrievalOutcome.STORE_ERROR);
    }

    @Test
    void should_count_limit_invalid_arguments_and_rounds() {
        // given
        Headroom headroom = Headroom.create();

        // when
        Retrieval limit = headroom.retriever().limitReached();
        Retrieval invalid = headroom.retriever().invalidArguments("bad arguments");
        headroom.retriever().recordRounds(2);
        headroom.retriever().recordRounds(0);

        // then
        assertThat(limit.text()).contains("limit reached");
        assertThat(invalid.text()).contains("bad arguments");
        assertThat(headroom.stats().retrievals(RetrievalOutcome.LIMIT_REACHED)).isEqualTo(1);
        assertThat(headroom.stats().retrievals(RetrievalOutcome.INVALID_ARGUMENTS)).isEqualTo(1);
        assertThat(headroom.stats().retrievalRounds()).isEqualTo(2);
    }

    @Test
    void should_keep_working_when_stats_counter_throws() {
        // given
        StatsCounter throwing = new StatsCounter() {
            @Override
            public void recordCompression(CompressionEvent event) {
                throw new IllegalStateException("metrics down");
            }

            @Override
            public void recordFailOpen(ContentKind kind, String toolName, Throwable cause) {
                throw new IllegalStateException("metrics down");
            }

            @Override
            public void recordRetrieval(RetrievalOutcome outcome) {
                throw new IllegalStateException("metrics down");
            }

            @Override
            public void recordRetrievalRounds(int rounds) {
                throw new IllegalStateException("metrics down");
            }
        };
        Headroom headroom = Headroom.builder().statsCounter(throwing).compressor(firstLines(10)).build();

        // when
        CompressionOutcome outcome = headroom.compress(CONTENT, context("list", null));
        headroom.retriever().recordRounds(1);

        // then
        assertThat(outcome.lossy()).isTrue();
        assertThat(headroom.retriever().retrieve(outcome.handle(), null, Set.of(outcome.handle())).text()).isEqualTo(CONTENT);
    }

    @Test
    void should_reject_null_arguments() {
        Headroom headroom = Headroom.create();
        assertThatThrownBy(() -> headroom.compress(null, CompressionContext.empty())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> headroom.retriever().retrieve("h", null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void should_give_line_output_to_the_generic_line_compressor_when_its_kind_gains_nothing_but_not_prose() {
        // given: a log whose own compressor (replaced here) gains nothing
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            sb.append(String.format("2026-12-07 10:%02d:%02d INFO worker-%d processed job %d in %d ms%n", i / 60, i % 60, i % 7, 9000 + i, 20 + i % 30));
            if (i == 311) {
                sb.append("2026-12-07 10:05:11 ERROR worker-3 job 9311 failed: disk quota exceeded on /data\n");
            }
        }
        String log = sb.toString();
        Compressor gainsNothing = new Compressor() {
            @Override
            public ContentKind kind() {
                return ContentKind.LOG;
            }

            @Override
            public CompressionResult compress(String content, CompressionContext context) {
                return CompressionResult.unchanged(content);
            }
        };
        Headroom headroom = Headroom.builder().compressor(gainsNothing).build();

        // when
        CompressionOutcome outcome = headroom.compress(log, context("tail", "why did a job fail?"));

        // then: compressed as lines, the error shown, the original kept
        assertThat(outcome.kind()).isEqualTo(ContentKind.LINES);
        assertThat(outcome.lossy()).isTrue();
        assertThat(outcome.text()).contains("ERROR worker-3 job 9311 failed: disk quota exceeded on /data");
        assertThat(headroom.store().get(outcome.handle())).contains(log);
    }
}
