package dev.headroom.compress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.kinds.BuiltInKinds;
import org.junit.jupiter.api.Test;

/**
 * Tool output that reads like code or JSON line by line but is data (a SQL dump, protobuf text, a Node or Rust
 * print of records, a pid-prefixed log), next to the code, prose, JSON and grep output those rules must not
 * take from their kinds.
 */
class CodeLikeDetectionTest {

    private final ContentDetector detector = BuiltInKinds.contentDetector();

    private static String lines(int count, java.util.function.IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(line.apply(i)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void should_take_a_sql_dump_for_line_output_not_code() {
        String dump = "CREATE TABLE `t` (\n  `id` int NOT NULL,\n  PRIMARY KEY (`id`)\n);\n"
                + lines(120, i -> "INSERT INTO `customers` VALUES (" + (7000 + i * 7) + ",'user" + i + "@example.com','Name" + i + "','DE',0);");
        assertThat(detector.detect(dump)).isEqualTo(ContentKind.LINES);
    }

    @Test
    void should_take_protobuf_text_and_plan_like_blocks_for_line_output() {
        String proto = lines(60, i -> "shipments {\n  id: \"shp-" + (1000 + i * 37) + "\"\n  state: DELIVERED\n  destination {\n    country: \"DE\"\n  }\n}");
        assertThat(detector.detect(proto)).isEqualTo(ContentKind.LINES);
        String plan = lines(40, i -> "  # aws_instance.web[" + i + "] will be updated in-place\n  ~ resource \"aws_instance\" \"web\" {\n"
                + "      ~ tags = {\n          + \"Owner\" = \"team-" + i + "\"\n        }\n    }");
        assertThat(detector.detect(plan)).isNotIn(ContentKind.CODE, ContentKind.TEXT, ContentKind.UNKNOWN);
    }

    @Test
    void should_keep_source_code_as_code() {
        String java = """
                package com.example.shop;

                import java.util.List;
                import java.util.Map;

                /** Prices carts. */
                public final class Pricing {
                    private final Map<String, Long> prices;

                    public Pricing(Map<String, Long> prices) {
                        this.prices = Map.copyOf(prices);
                    }

                    public long total(List<String> skus) {
                        long sum = 0;
                        for (String sku : skus) {
                            Long price = prices.get(sku);
                            if (price == null) {
                                throw new IllegalArgumentException("unknown sku " + sku);
                            }
                            sum += price;
                        }
                        return sum;
                    }
                }
                """;
        assertThat(detector.detect(java)).isEqualTo(ContentKind.CODE);
    }

    @Test
    void should_take_a_python_module_of_docstrings_comments_and_assignments_for_code() {
        String python = """
                \"\"\"Helpers for reading configuration files.

                The functions here read the files the installer writes and turn them into
                plain dictionaries that the rest of the package can use without caring about
                where the values came from or which format they were written in.
                \"\"\"
                # Defaults used when a file does not say otherwise.
                DEFAULT_ENCODING = "utf-8"
                DEFAULT_SECTION = "main"
                MAX_INCLUDE_DEPTH = 8
                _cache = {}
                # Readers by file extension; filled in below.
                readers = dict()
                readers["ini"] = _read_ini
                readers.update(json=_read_json)
                logger = logging.getLogger(__name__)
                """;
        assertThat(detector.detect(python)).isEqualTo(ContentKind.CODE);
    }

    @Test
    void should_not_take_an_environment_dump_for_code() {
        String env = lines(30, i -> "VAR_" + i + "=value-" + i + " with words in it");
        assertThat(detector.detect(env)).isNotEqualTo(ContentKind.CODE);
    }

    @Test
    void should_leave_json_like_prints_of_other_languages_to_the_line_kinds() {
        String node = "[\n" + lines(50, i -> "  {\n    id: 'job-" + (400 + i) + "',\n    status: 'done'\n  },") + "]\n";
        String rust = "[\n" + lines(50, i -> "    Timing {\n        duration_ms: " + (5 + i) + ",\n    },") + "]\n";
        String python = lines(30, i -> "{'id': " + i + ", 'state': 'ok'}");
        for (String print : new String[] {node, rust, python}) {
            assertThat(detector.detect(print)).as(print.substring(0, 20)).isNotEqualTo(ContentKind.JSON);
        }
    }

    @Test
    void should_still_take_json_for_json() {
        assertThat(detector.detect("[\n  {\n    \"id\": 1\n  }\n]")).isEqualTo(ContentKind.JSON);
        assertThat(detector.detect("[ [1, 2], [3] ]")).isEqualTo(ContentKind.JSON);
        assertThat(detector.detect("[]")).isEqualTo(ContentKind.JSON);
        assertThat(detector.detect("[true, null]")).isEqualTo(ContentKind.JSON);
        assertThat(detector.detect("[-1.5, 2]")).isEqualTo(ContentKind.JSON);
        assertThat(detector.detect("{ }")).isEqualTo(ContentKind.JSON);
        assertThat(detector.detect("{\"a\": [1,")).as("truncated JSON is still JSON").isEqualTo(ContentKind.JSON);
        assertThat(detector.detect("[2024-01-01 10:00:00] started\n[2024-01-01 10:00:01] ready\n[2024-01-01 10:00:02] stopped\n"))
                .isNotEqualTo(ContentKind.JSON);
    }

    @Test
    void should_not_take_a_pid_prefixed_log_for_grep_output() {
        int[] pids = {4107, 4108, 4111};
        String log = lines(60, i -> pids[i % 3] + ":2026-12-07 02:00:" + String.format("%02d", i % 60) + ",123 INFO worker: task done in 0." + i + "s");
        assertThat(detector.detect(log)).isNotEqualTo(ContentKind.SEARCH);
        String redis = lines(40, i -> "1:M 07 Dec 2026 02:00:" + String.format("%02d", i) + ".123 * Background saving started by pid " + (900 + i));
        assertThat(detector.detect(redis)).isNotEqualTo(ContentKind.SEARCH);
    }

    @Test
    void should_still_take_numbered_grep_output_for_search() {
        String oneFile = lines(20, i -> (10 + i * 4) + ":    validate(order" + i + ");");
        assertThat(detector.detect(oneFile)).isEqualTo(ContentKind.SEARCH);
        String heading = "src/main/A.java\n" + lines(6, i -> (3 + i * 9) + ":    a.validate(" + i + ");")
                + "\nsrc/main/B.java\n" + lines(6, i -> (1 + i * 5) + ":    b.validate(" + i + ");");
        assertThat(detector.detect(heading)).isEqualTo(ContentKind.SEARCH);
    }
}
