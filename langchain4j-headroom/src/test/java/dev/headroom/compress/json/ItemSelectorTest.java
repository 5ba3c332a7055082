package dev.headroom.compress.json;

import static dev.headroom.compress.json.JsonCompressorTest.objects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemSelectorTest {

    private static ItemSelector.Reduction select(String json, String query) {
        return new ItemSelector(15, query).select(NodeParser.parse(json));
    }

    private static List<Integer> kept(ItemSelector.Reduction reduction) {
        return Arrays.stream(reduction.kept()).boxed().toList();
    }

    @Test
    void should_keep_only_first_and_last_items_when_nothing_stands_out() {
        // given
        String json = objects(100, i -> "{\"id\": " + i + ", \"name\": \"n" + i + "\"}");

        // when
        ItemSelector.Reduction reduction = select(json, "");

        // then
        assertThat(kept(reduction)).containsExactly(0, 1, 2, 98, 99);
        assertThat(reduction.description()).isEqualTo("first 3, last 2");
        assertThat(reduction.omitted()).isEqualTo(95);
    }

    @Test
    void should_keep_numeric_outliers_judged_by_median_and_mad() {
        // given: latencies around 100 with two far outliers and one mild value
        String json = objects(200, i -> "{\"id\": " + i + ", \"latency\": "
                + (i == 50 ? 5000 : i == 120 ? 0.5 : i == 130 ? 125 : 100 + (i * 13) % 21) + "}");

        // when
        ItemSelector.Reduction reduction = select(json, "");

        // then
        assertThat(kept(reduction)).contains(50, 120).doesNotContain(130);
        assertThat(reduction.description()).contains("2 outliers");
    }

    @Test
    void should_keep_the_first_item_after_a_level_shift() {
        // given: a stable series that jumps from ~10 to ~80 at index 140
        String json = objects(300, i -> "{\"t\": " + i + ", \"cpu\": " + ((i < 140 ? 10 : 80) + (i * 7) % 5) + "}");

        // when
        ItemSelector.Reduction reduction = select(json, "");

        // then
        assertThat(kept(reduction)).contains(140);
        assertThat(reduction.description()).contains("change point");
    }

    @Test
    void should_find_a_level_shift_in_a_long_series_through_block_medians() {
        // given: 100,000 readings around 10 that jump to around 50 at index 61,234
        String json = objects(100_000, i -> Integer.toString((i < 61_234 ? 10 : 50) + (i * 7) % 3));

        // when
        ItemSelector.Reduction reduction = select(json, "");

        // then
        assertThat(kept(reduction)).contains(61_234);
        assertThat(NodeWriter.minified(reduction.summary())).isEqualTo("{\"min\":10,\"max\":52,\"median\":12,\"mean\":25.6940}".replace("25.6940", meanOf(json)));
    }

    private static String meanOf(String json) {
        double sum = 0;
        Node[] items = NodeParser.parse(json).children;
        for (Node item : items) {
            sum += Double.parseDouble(item.text);
        }
        return new java.math.BigDecimal(sum / items.length).round(new java.math.MathContext(6)).stripTrailingZeros().toString();
    }

    @Test
    void should_keep_rare_categorical_values_and_rare_members_a_few_per_group() {
        // given: region "us" everywhere but 2 items; member "deprecated" on 6 items
        String json = objects(200, i -> "{\"id\": " + i + ", \"region\": \"" + (i == 33 || i == 66 ? "ap" : "us") + "\""
                + (i % 31 == 5 ? ", \"deprecated\": true" : "") + "}");

        // when
        ItemSelector.Reduction reduction = select(json, "");

        // then
        assertThat(kept(reduction)).contains(33, 66, 5, 36, 67);
        assertThat(kept(reduction)).doesNotContain(98); // the 4th "deprecated" item: over the per-group cap
        assertThat(reduction.description()).contains("rare values");
    }

    @Test
    void should_keep_the_best_items_by_a_score_field() {
        // given
        String json = objects(100, i -> "{\"doc\": \"d" + i + "\", \"score\": 0." + String.format("%02d", (i * 37) % 100) + "}");

        // when
        ItemSelector.Reduction reduction = select(json, "");

        // then: scores 0.99, 0.98, 0.97 sit at i = 27, 54, 81
        assertThat(kept(reduction)).contains(27, 54, 81);
        assertThat(reduction.description()).contains("3 top by score");
    }

    @Test
    void should_keep_items_matching_the_query_with_idf_from_the_array() {
        // given
        String json = objects(300, i -> "{\"id\": \"i-" + (1000 + i) + "\", \"state\": \"running\", \"owner\": \"team-a\"}");

        // when
        ItemSelector.Reduction reduction = select(json, "what is the state of i-1234 for team-a?");

        // then
        assertThat(kept(reduction)).contains(234);
        assertThat(reduction.description()).contains("1 query match");
    }

    @Test
    void should_keep_every_error_item_even_beyond_max_items() {
        // given: 40 failed items among 400, each a different job (a story each)
        String json = objects(400, i -> "{\"id\": " + i + ", \"job\": \"" + letters(i) + "\", \"status\": \"" + (i % 10 == 3 ? "failed" : "ok") + "\"}");

        // when
        ItemSelector.Reduction reduction = select(json, "");

        // then
        assertThat(kept(reduction)).hasSizeGreaterThan(40);
        for (int i = 3; i < 400; i += 10) {
            assertThat(kept(reduction)).contains(i);
        }
        assertThat(reduction.description()).contains("40 errors");
    }

    @Test
    void should_cap_error_items_and_say_how_many_there_were() {
        // given: every item failed, each a different job
        String json = objects(100, i -> "{\"id\": " + i + ", \"job\": \"" + letters(i) + "\", \"status\": \"failed\"}");

        // when
        ItemSelector.Reduction reduction = select(json, "");

        // then: the first 60 errors, and the last items as anchors
        assertThat(kept(reduction)).hasSize(4 * 15 + 2).contains(0, 59, 98, 99).doesNotContain(60, 97);
        assertThat(reduction.description()).isEqualTo("last 2, 60 of 100 errors");
    }

    @Test
    void should_drop_repeated_errors_before_a_rare_one_or_a_query_match_when_the_kept_items_are_too_large() {
        // given: 300 records; errors at 40, 90, 150 (throttled, one kind) and 250 (denied, once), each ~300 chars;
        // room for about three of them (errors may take twice the ceiling of 500)
        String pad = "x".repeat(240);
        String json = objects(300, i -> "{\"id\": " + i + ", \"pad\": \"" + pad + "\""
                + (i == 40 || i == 90 || i == 150 ? ", \"errorCode\": \"Throttling\", \"errorMessage\": \"Rate exceeded\""
                : i == 250 ? ", \"errorCode\": \"AccessDenied\", \"errorMessage\": \"not authorized\"" : "") + "}");
        ItemSelector selector = new ItemSelector(15, "").maxChars(500);

        // when
        ItemSelector.Reduction reduction = selector.select(NodeParser.parse(json));

        // then: the one AccessDenied outlives the later copies of Throttling
        assertThat(kept(reduction)).contains(40, 250).doesNotContain(150);
    }

    @Test
    void should_drop_errors_that_repeat_another_s_story_before_the_one_unlike_them_when_all_share_one_kind() {
        // given: 300 jobs; 12 failed (one error kind: status=failed), 11 of them the same stage on a silenced runner,
        // the 10th unlike them in its stage and runner; room for about four
        String pad = "x".repeat(240);
        String json = objects(300, i -> {
            boolean failed = i % 25 == 7;
            boolean odd = i == 232;
            return "{\"id\": \"job-" + (1000 + i * 37) + "\", \"pad\": \"" + pad + "\", \"status\": \"" + (failed ? "failed" : "success")
                    + "\", \"stage\": \"" + (odd ? "deploy" : "test") + "\", \"runner\": {\"pool\": \"" + (odd ? "prod" : "shared")
                    + "\", \"silenced\": " + !odd + "}}";
        });
        ItemSelector selector = new ItemSelector(15, "").maxChars(700);

        // when
        ItemSelector.Reduction reduction = selector.select(NodeParser.parse(json));

        // then: the first failure (its kind's first) and the odd one stay; later repeats go first
        assertThat(kept(reduction)).contains(7, 232).doesNotContain(282);
    }

    @Test
    void should_keep_large_error_items_up_to_twice_the_size_ceiling_before_other_items() {
        // given: 41 check runs of ~1,300 characters each (their app record); four failed
        String app = "\"app\": {\"owner\": \"" + "o".repeat(600) + "\", \"description\": \"" + "d".repeat(600) + "\"}";
        String json = objects(41, i -> "{\"id\": " + i + ", \"name\": \"check-" + i + "\", " + app + ", \"conclusion\": \""
                + (i == 5 || i == 17 || i == 30 ? "failure" : i == 22 ? "timed_out" : "success") + "\"}");
        ItemSelector selector = new ItemSelector(15, "").maxChars(3_000);

        // when
        ItemSelector.Reduction reduction = selector.select(NodeParser.parse(json));

        // then: the four failures (about 5,300 characters) stay; other items give way first
        assertThat(kept(reduction)).containsExactly(5, 17, 22, 30);
    }

    @Test
    void should_keep_an_error_the_question_matches_over_other_errors_of_its_kind() {
        // given: five errors of one kind; the question names the principal of the fourth
        String pad = "x".repeat(240);
        String json = objects(300, i -> "{\"id\": " + i + ", \"principal\": \"" + (i == 200 ? "ci-deploy-legacy" : "svc-" + i % 7)
                + "\", \"pad\": \"" + pad + "\"" + (i % 50 == 0 ? ", \"errorCode\": \"Throttling\"" : "") + "}");
        ItemSelector selector = new ItemSelector(15, "what did ci-deploy-legacy fail on?").maxChars(800);

        // when
        ItemSelector.Reduction reduction = selector.select(NodeParser.parse(json));

        // then
        assertThat(kept(reduction)).contains(200).doesNotContain(250);
    }

    @Test
    void should_list_kept_items_in_original_order() {
        // given
        String json = objects(300, i -> "{\"id\": " + i + ", \"v\": " + (i == 200 ? 9999 : i % 10) + ", \"status\": \""
                + (i == 100 ? "failed" : "ok") + "\"}");

        // when
        ItemSelector.Reduction reduction = select(json, "");

        // then
        assertThat(kept(reduction)).isSorted().contains(100, 200);
    }

    @Test
    void should_summarize_strings_with_their_most_frequent_values() {
        // given
        Node[] items = NodeParser.parse(objects(100, i -> "\"zone-" + (char) ('a' + i % 3) + "\"")).children;

        // when
        String summary = NodeWriter.minified(ScalarSummary.of(items));

        // then
        assertThat(summary).isEqualTo("{\"distinct\":3,\"top\":{\"zone-a\":34,\"zone-b\":33,\"zone-c\":33}}");
    }

    /** A name of letters only ({@code bac}, {@code bad}, ...): distinct items whose templates differ. */
    private static String letters(int i) {
        return "" + (char) ('a' + i / 676 % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
    }

    @Test
    void should_show_a_story_more_than_max_items_errors_repeat_by_its_first_two_and_last_and_every_other_error() {
        // given: 400 records; 30 rejections of one client (only port and time differ), 3 other errors each their own
        String json = objects(400, i -> {
            String error = i % 13 == 5 ? ", \"error\": \"remote error: tls: bad certificate\", \"remote\": \"10.0.0.51:" + (30000 + i * 7) + "\""
                    : i == 111 ? ", \"error\": \"slow fdatasync took 3.79s\""
                    : i == 222 ? ", \"error\": \"leader failed to send out heartbeat on time\""
                    : i == 333 ? ", \"error\": \"lost leader, starting election\"" : "";
            return "{\"ts\": \"2026-12-08T10:" + String.format("%02d:%02d", i / 60 % 60, i % 60) + "Z\", \"msg\": \"tick\"" + error + "}";
        });
        List<Integer> rejections = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            if (i % 13 == 5) {
                rejections.add(i);
            }
        }

        // when
        ItemSelector.Reduction reduction = select(json, "");

        // then
        assertThat(rejections).hasSizeGreaterThan(15);
        assertThat(kept(reduction)).contains(111, 222, 333, rejections.get(0), rejections.get(1), rejections.get(rejections.size() - 1))
                .doesNotContain(rejections.get(2), rejections.get(rejections.size() - 2));
    }

    @Test
    void should_keep_when_a_repeated_error_started_and_stopped_when_its_copies_give_way() {
        // given: 400 edge requests; from 120 to 160 every fourth fails with 504 (one story told 11 times), a 401 at 60
        // and a 404 at 300 (other kinds); each ~300 chars, room for about four
        String pad = "x".repeat(240);
        String json = objects(400, i -> {
            int status = i >= 120 && i <= 160 && i % 4 == 0 ? 504 : i == 60 ? 401 : i == 300 ? 404 : 200;
            return "{\"ray\": \"" + Integer.toHexString(0x5f3a000 + i * 7919) + "\", \"pad\": \"" + pad + "\", \"status\": " + status + "}";
        });
        ItemSelector selector = new ItemSelector(15, "").maxChars(600);

        // when
        ItemSelector.Reduction reduction = selector.select(NodeParser.parse(json));

        // then: the first and the last 504 outlive the copies between them, and each other kind's first stays
        assertThat(kept(reduction)).containsExactly(60, 120, 160, 300);
    }

    @Test
    void should_not_single_out_the_last_of_three_errors_of_a_kind() {
        // given: three failed checks and one timed out, ~1,300 characters each; room for three
        String app = "\"app\": {\"owner\": \"" + "o".repeat(600) + "\", \"description\": \"" + "d".repeat(600) + "\"}";
        String json = objects(41, i -> "{\"id\": " + i + ", \"name\": \"check-" + (i == 18 ? "e2e-firefox" : i) + "\", " + app
                + ", \"conclusion\": \"" + (i == 7 || i == 18 || i == 37 ? "failure" : i == 40 ? "timed_out" : "success") + "\"}");
        ItemSelector selector = new ItemSelector(15, "").maxChars(2_000);

        // when
        ItemSelector.Reduction reduction = selector.select(NodeParser.parse(json));

        // then: three failures are three answers: the rarer middle one is not dropped for being neither first nor last
        assertThat(kept(reduction)).contains(7, 18, 40);
    }

    private static final List<String> CLIENTS = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
            "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform");

    @Test
    void should_keep_the_rarest_item_when_errors_and_anchors_fill_max_items() {
        // given: 600 log records; 21 rejected connections (errors, each from another client), one "slow fdatasync" at 377
        String json = objects(600, i -> "{\"level\": \"" + (i % 29 == 3 ? "warn" : "info") + "\", \"msg\": \""
                + (i % 29 == 3 ? "rejected connection" : i == 377 ? "slow fdatasync" : i % 3 == 0 ? "apply request" : "range")
                + "\", \"took\": \"" + (100 + i % 17) + "ms\"" + (i % 29 == 3 ? ", \"error\": \"tls: bad certificate from " + CLIENTS.get(i / 29) + "\"" : "")
                + "}");

        // when
        ItemSelector.Reduction reduction = select(json, "");

        // then: more errors than maxItems, and still the one record unlike every other
        assertThat(reduction.description()).contains("errors");
        assertThat(kept(reduction)).contains(377);
    }

    @Test
    void should_keep_the_rarest_item_over_the_anchors_when_the_kept_items_are_too_large() {
        // given: 200 records of ~300 chars, one "became follower" at 120; room for about three
        String pad = "x".repeat(240);
        String json = objects(200, i -> "{\"msg\": \"" + (i == 120 ? "became follower" : i % 2 == 0 ? "range" : "txn") + "\", \"pad\": \"" + pad + "\"}");
        ItemSelector selector = new ItemSelector(15, "").maxChars(1_000);

        // when
        ItemSelector.Reduction reduction = selector.select(NodeParser.parse(json));

        // then: the anchors give way first
        assertThat(kept(reduction)).contains(120).hasSizeLessThan(5);
    }

    @Test
    void should_keep_the_error_line_of_a_stack_trace_logged_entry_by_entry_over_its_frames() {
        // given: a container crashed three times; each crash is 8 ERROR entries, the 7th says what went wrong
        List<String> crash = List.of("    at Module._load (node:internal/modules/cjs/loader:1104:12)",
                "    at Module.load (node:internal/modules/cjs/loader:1288:32)", "    at Object.<anonymous> (/app/dist/server.js:12:16)",
                "    at loadConfig (/app/dist/config.js:58:25)", "    at requireEnv (/app/dist/config.js:41:15)", "/app/dist/config.js:41",
                "Error: missing required environment variable STRIPE_KEY", "Node.js v20.18.1");
        String json = objects(120, i -> {
            int k = i % 40;
            String pad = "p".repeat(200);
            return k < 8 ? "{\"severity\": \"ERROR\", \"textPayload\": \"" + crash.get(k) + "\", \"pad\": \"" + pad + "\"}"
                    : "{\"severity\": \"INFO\", \"textPayload\": \"GET /health 200\", \"pad\": \"" + pad + "\"}";
        });
        ItemSelector selector = new ItemSelector(15, "").maxChars(800);

        // when
        ItemSelector.Reduction reduction = selector.select(NodeParser.parse(json));

        // then: the frames give way before the line that names the missing variable
        assertThat(kept(reduction)).contains(6);
    }

    @Test
    void should_keep_one_item_of_each_error_story_before_the_repeats_of_any() {
        // given: 300 proxy records; a burst of six refused upstream connections, each logged twice: an access record
        // ("handled request", level error, status 502, like the 401s around it) and an error record ("dial tcp …");
        // two aborted streams open and close the errors, eight 401s are a kind of their own; room for about six
        String pad = "x".repeat(200);
        String json = objects(300, i -> {
            String record;
            if (i == 20 || i == 290) {
                record = "\"level\": \"error\", \"logger\": \"proxy\", \"msg\": \"aborting with incomplete response\"";
            } else if (i >= 100 && i < 160 && i % 10 == 0) {
                record = "\"level\": \"error\", \"logger\": \"access\", \"msg\": \"handled request\", \"status\": 502";
            } else if (i >= 100 && i < 160 && i % 10 == 1) {
                record = "\"level\": \"error\", \"logger\": \"proxy\", \"msg\": \"dial tcp 10.0.2.14:9000: connection refused\"";
            } else if (i % 30 == 5) {
                record = "\"level\": \"info\", \"logger\": \"access\", \"msg\": \"handled request\", \"status\": 401";
            } else {
                record = "\"level\": \"info\", \"logger\": \"access\", \"msg\": \"handled request\", \"status\": 200";
            }
            return "{" + record + ", \"pad\": \"" + pad + "\"}";
        });
        ItemSelector selector = new ItemSelector(15, "").maxChars(900);

        // when
        ItemSelector.Reduction reduction = selector.select(NodeParser.parse(json));

        // then: the first 502 the clients got stays beside the first refusal, though the 401s share more of its words
        assertThat(kept(reduction)).contains(100, 101).doesNotContain(150, 151);
    }

    @Test
    void should_keep_an_error_the_question_names_over_its_other_matches_and_other_errors() {
        // given: 200 journal records; nine of the pg-backup unit (named by the question), one of them its error; two
        // errors of another unit; room for about six
        String pad = "x".repeat(200);
        String json = objects(200, i -> {
            boolean backup = i >= 100 && i < 109;
            String unit = backup ? "pg-backup.service" : i % 2 == 0 ? "cron.service" : "sshd.service";
            String msg = i == 104 ? "pg_dump: error: could not write to output file: No space left on device"
                    : i == 30 || i == 160 ? "error: kex_exchange_identification: Connection closed by remote host"
                    : backup ? "pg-backup: step " + (i - 100) + " done" : "session opened";
            return "{\"unit\": \"" + unit + "\", \"MESSAGE\": \"" + msg + "\", \"pad\": \"" + pad + "\"}";
        });
        ItemSelector selector = new ItemSelector(15, "why did pg-backup not upload a dump last night?").maxChars(900);

        // when
        ItemSelector.Reduction reduction = selector.select(NodeParser.parse(json));

        // then: its error outlives the unit's other records and the other unit's errors
        assertThat(kept(reduction)).contains(104).doesNotContain(160);
    }

    private static String proxyLog() {
        // 400 proxy log records of ~260 chars; 12 "connection refused" errors (one kind, level=error), one "host is
        // down" and one "host is up" (info, each once), and 2 failed health checks (an error kind of their own)
        String pad = "x".repeat(200);
        return objects(400, i -> {
            boolean refused = i >= 200 && i < 236 && i % 3 == 0;
            String msg = refused ? "dial tcp 10.0.2.14:9000: connect: connection refused" : i == 240 ? "host is down"
                    : i == 330 ? "host is up" : i % 2 == 0 ? "handled request" : "served static file";
            String level = refused ? "error" : "info";
            String check = i == 150 || i == 380 ? ", \"check\": {\"result\": \"failed\"}" : "";
            return "{\"level\": \"" + level + "\", \"msg\": \"" + msg + "\", \"pad\": \"" + pad + "\"" + check + "}";
        });
    }

    @Test
    void should_keep_the_rarest_items_over_the_repeats_of_one_error_kind() {
        // when: room for about eleven
        ItemSelector.Reduction reduction = new ItemSelector(15, "").maxChars(1_100).select(NodeParser.parse(proxyLog()));

        // then: the two status changes stay while the refusals give way (the first stays)
        assertThat(kept(reduction)).contains(240, 330, 150, 380, 201);
    }

    @Test
    void should_keep_a_few_errors_of_their_own_kind_over_the_rarest_items() {
        // when: room for about four
        ItemSelector.Reduction reduction = new ItemSelector(15, "").maxChars(500).select(NodeParser.parse(proxyLog()));

        // then: two failed checks are two answers; they outlast the status changes
        assertThat(kept(reduction)).contains(150, 380);
    }

    @Test
    void should_keep_every_record_of_the_order_the_question_names_beyond_the_best_few() {
        // given: 300 checkout log records; order ORD-20917 has eight of them (started, rejected, failed, retried, ...)
        List<Integer> named = List.of(40, 41, 42, 43, 200, 201, 202, 203);
        String json = objects(300, i -> "{\"msg\": \"checkout step " + (i % 4) + "\", \"order\": \""
                + (named.contains(i) ? "ORD-20917" : "ORD-" + (30000 + i)) + "\"}");

        // when
        ItemSelector.Reduction reduction = select(json, "A customer says checkout of ORD-20917 failed. Did it go through later?");

        // then: all eight, not only the maxItems / 3 best by BM25
        assertThat(kept(reduction)).containsAll(named);
    }
}
