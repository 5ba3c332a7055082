package dev.headroom.compress.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Corpus;
import dev.headroom.compress.KeptLines;
import dev.headroom.compress.Lines;
import dev.headroom.compress.Resources;
import dev.headroom.relevance.RelevanceScorer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogCompressorTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final LogCompressor compressor = new LogCompressor();

    private static CompressionContext context() {
        return CompressionContext.builder().handle(HANDLE).build();
    }

    /** 600 routine lines around the synthetic app log, so the result must be compressed. */
    private static String bigLog() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append(String.format("2026-03-02 09:%02d:%02d,%03d INFO  [worker-%d] c.e.shop.Sync - synced batch %d with %d rows%n",
                    i / 60, i % 60, i, i % 4, i, 100 + i));
        }
        sb.append(Resources.read("kinds/app.log"));
        for (int i = 0; i < 300; i++) {
            sb.append(String.format("2026-03-02 11:%02d:%02d,%03d DEBUG [worker-%d] c.e.shop.Sync - heartbeat %d ok%n",
                    i / 60, i % 60, i, i % 4, i));
        }
        return sb.toString();
    }

    @Test
    void should_keep_the_info_record_whose_number_stands_out_and_the_one_where_a_level_changes() {
        // given: 1,200 INFO lines of a worker; one request took 48 s, and from line 900 on the queue holds thousands
        java.util.Random r = new java.util.Random(21);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1_200; i++) {
            String stamp = String.format("2026-12-06T10:%02d:%02d.%03dZ", i / 60 % 60, i % 60, r.nextInt(1000));
            if (i % 2 == 0) {
                sb.append(stamp).append(" INFO  [http-nio-8080-exec-").append(1 + i % 8).append("] o.e.api.Access - GET /api/orders/")
                        .append(10_000 + r.nextInt(90_000)).append(" took ").append(i == 618 ? 48_213 : 5 + r.nextInt(300)).append("ms\n");
            } else {
                sb.append(stamp).append(" INFO  [scheduler-1] o.e.jobs.Queue - queue depth=").append(i >= 901 ? 4_000 + r.nextInt(3_000) : r.nextInt(12))
                        .append(" workers=8\n");
            }
        }
        String log = sb.toString();
        String[] lines = Lines.split(log);
        // when
        String out = compressor.compress(log, context()).output();
        // then
        assertThat(out).contains(lines[618] + "\n").contains(lines[901] + "\n").contains("[headroom:");
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_pass_through_when_log_is_small() {
        // given
        String log = Resources.read("kinds/app.log");
        // when
        CompressionResult result = compressor.compress(log, context());
        // then
        assertThat(result.lossy()).isFalse();
        assertThat(result.output()).isEqualTo(log);
    }

    @Test
    void should_pass_through_when_empty_or_garbage() {
        assertThat(compressor.compress("", context()).output()).isEmpty();
        String garbage = "\u0000\u0001\u0002".repeat(50);
        assertThat(compressor.compress(garbage, context()).output()).isEqualTo(garbage);
    }

    @Test
    void should_keep_every_problem_template_and_disclose_the_handle() {
        // given
        String log = bigLog();
        // when
        CompressionResult result = compressor.compress(log, context());
        // then
        String out = result.output();
        assertThat(result.lossy()).isTrue();
        assertThat(out).contains("hash=" + HANDLE);
        assertThat(out).contains("ERROR [http-nio-8080-exec-5] c.e.shop.pay.PaymentService - payment 7781 failed for order 1004");
        assertThat(out).contains("FATAL [scheduler-1] c.e.shop.jobs.Reconciler - ledger mismatch");
        assertThat(out).contains("WARN  [http-nio-8080-exec-3] c.e.shop.cache.PriceCache - cache miss for sku 88121");
        assertThat(out).contains("java.lang.IllegalStateException: card declined: insufficient funds");
        assertThat(out).contains("Caused by: java.net.SocketTimeoutException: Read timed out");
        assertThat(out.length()).isLessThan(log.length() / 4);
        assertThat(result.omitted()).isPositive();
    }

    @Test
    void should_keep_first_and_last_lines_and_count_templates() {
        String log = bigLog();
        String out = compressor.compress(log, context()).output();
        String[] lines = Lines.split(log);
        assertThat(out).startsWith(lines[0] + "\n");
        assertThat(out).contains(lines[lines.length - 1]);
        assertThat(out).contains("300× DEBUG [worker-*] c.e.shop.Sync - heartbeat * ok");
    }

    @Test
    void should_trim_stack_frames_and_say_how_many() {
        String out = compressor.compress(bigLog(), context()).output();
        assertThat(out).contains("\tat com.example.shop.pay.PaymentService.charge(PaymentService.java:88)");
        assertThat(out).doesNotContain("FrameworkServlet.service");
        assertThat(out).contains("\t... 4 more lines (headroom)");
    }

    @Test
    void should_keep_lines_exactly_as_written() {
        String log = bigLog();
        KeptLines.assertAllOriginal(log, compressor.compress(log, context()).output());
    }

    @Test
    void should_be_deterministic() {
        String log = bigLog();
        assertThat(compressor.compress(log, context())).isEqualTo(compressor.compress(log, context()));
    }

    @Test
    void should_keep_crlf_lines_and_newlines() {
        String log = bigLog().replace("\n", "\r\n");
        String out = compressor.compress(log, context()).output();
        assertThat(out).contains("ERROR [http-nio-8080-exec-5] c.e.shop.pay.PaymentService - payment 7781 failed for order 1004\r\n");
        assertThat(out.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void should_add_query_matches_when_query_context_is_set() {
        String log = bigLog();
        CompressionContext ctx = context().toBuilder().toolArguments("{\"q\": \"batch 137\"}").build();
        String withQuery = compressor.compress(log, ctx).output();
        assertThat(withQuery).contains("synced batch 137 with 237 rows");
        assertThat(compressor.compress(log, context()).output()).doesNotContain("synced batch 137 ");
    }

    @Test
    void should_rank_query_matches_with_a_user_supplied_scorer() {
        // given: a scorer that understands "the slow one" as heartbeat 242 (as an embedding model might)
        RelevanceScorer scorer = (docs, query) -> docs.stream()
                .mapToDouble(d -> query.contains("slow one") && d.contains("heartbeat 242 ok") ? 1.0 : 0.0).toArray();
        CompressionContext ctx = context().toBuilder().userMessage("which was the slow one?").build();
        // when
        String out = new LogCompressor(scorer).compress(bigLog(), ctx).output();
        // then
        assertThat(out).contains("heartbeat 242 ok");
        assertThat(compressor.compress(bigLog(), ctx).output()).doesNotContain("heartbeat 242 ok");
    }

    @Test
    void should_respect_max_lines_for_pass_through() {
        String log = bigLog();
        CompressionContext ctx = context().toBuilder()
                .settings(CompressionSettings.builder().maxLines(10_000).build()).build();
        assertThat(compressor.compress(log, ctx).lossy()).isFalse();
    }

    @Test
    void should_split_units_into_records_with_their_traces() {
        List<String> units = compressor.units(Resources.read("kinds/app.log"));
        assertThat(units).anySatisfy(u -> assertThat(u)
                .startsWith("2026-03-02 10:00:02,050 ERROR")
                .contains("Caused by: java.net.SocketTimeoutException")
                .endsWith("... 5 more"));
        assertThat(units).hasSize(16);
    }

    @Test
    void should_keep_python_traceback_tail() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            sb.append("2026-01-01 00:00:").append(i % 60).append(" INFO tick ").append(i).append('\n');
        }
        sb.append("2026-01-01 00:01:00 ERROR job failed\n")
                .append("Traceback (most recent call last):\n")
                .append("  File \"a.py\", line 1, in <module>\n    main()\n")
                .append("  File \"a.py\", line 5, in main\n    run()\n")
                .append("  File \"b.py\", line 9, in run\n    step()\n")
                .append("  File \"c.py\", line 3, in step\n    raise RuntimeError(\"boom\")\n")
                .append("RuntimeError: boom\n");
        sb.append("2026-01-01 00:02:00 INFO bye\n");
        String out = compressor.compress(sb.toString(), context()).output();
        assertThat(out).contains("Traceback (most recent call last):", "  File \"c.py\", line 3, in step",
                "    raise RuntimeError(\"boom\")", "RuntimeError: boom", "  ... 4 more lines (headroom)");
        assertThat(out).doesNotContain("in <module>");
    }

    @Test
    void should_keep_every_error_and_fatal_template_of_corpus_logs() {
        Corpus.assumePresent();
        for (String name : List.of("log_zookeeper_2k.log", "log_bgl_1800.log", "log_hdfs_2k.log", "log_spark_2k.log",
                "headroom_fixture_log_compressor_3bc015ed.log")) {
            String log = Corpus.read(name);
            String out = compressor.compress(log, context()).output();
            Retention r = retention(log, out);
            assertThat(r.keptTemplates).as(name + " problem templates").isEqualTo(r.problemTemplates);
            assertThat(out).as(name).contains("hash=" + HANDLE);
        }
    }

    @Test
    void should_keep_all_13_zookeeper_error_templates_and_322_bgl_fatal_templates() {
        Corpus.assumePresent();
        Retention zk = retention(Corpus.read("log_zookeeper_2k.log"), compressor.compress(Corpus.read("log_zookeeper_2k.log"), context()).output());
        assertThat(zk.problemLines(LogLevel.ERROR)).isEqualTo(13);
        assertThat(zk.linesWithVisibleTemplate(LogLevel.ERROR)).isEqualTo(13);
        Retention bgl = retention(Corpus.read("log_bgl_1800.log"), compressor.compress(Corpus.read("log_bgl_1800.log"), context()).output());
        assertThat(bgl.problemLines(LogLevel.FATAL)).isGreaterThanOrEqualTo(322);
        assertThat(bgl.linesWithVisibleTemplate(LogLevel.FATAL)).isEqualTo(bgl.problemLines(LogLevel.FATAL));
    }

    /** Which problem lines of the input have a kept line with the same template in the output. */
    static Retention retention(String log, String out) {
        Set<String> keptTemplates = new LinkedHashSet<>();
        for (String line : Lines.split(out)) {
            keptTemplates.add(key(line));
        }
        Retention r = new Retention();
        for (String line : Lines.split(log)) {
            LogLevel level = LogLevel.find(line);
            if (level == null || !level.isProblem()) {
                continue;
            }
            String key = key(line);
            r.lines.add(new Object[] {level, keptTemplates.contains(key)});
            r.problemTemplates.add(key);
            if (keptTemplates.contains(key)) {
                r.keptTemplates.add(key);
            }
        }
        return r;
    }

    static String key(String line) {
        return LogCompressor.templateKey(line);
    }

    static final class Retention {
        final Set<String> problemTemplates = new LinkedHashSet<>();
        final Set<String> keptTemplates = new LinkedHashSet<>();
        final List<Object[]> lines = new ArrayList<>();

        long problemLines(LogLevel level) {
            return lines.stream().filter(l -> l[0] == level).count();
        }

        long linesWithVisibleTemplate(LogLevel level) {
            return lines.stream().filter(l -> l[0] == level && (Boolean) l[1]).count();
        }
    }

    /** An ALB-style access log: status codes are bare fields before the quoted request; a 502 and a 504 once each. */
    private static String albLog() {
        StringBuilder sb = new StringBuilder();
        int[] codes = {200, 200, 200, 304, 404};
        for (int i = 0; i < 2_000; i++) {
            int status = i == 700 ? 502 : i == 1_500 ? 504 : codes[i % codes.length];
            sb.append(String.format("https 2026-12-06T10:%02d:%02d.%03dZ app/shop/50dc6c 81.2.%d.%d:%d 10.0.1.%d:8080 0.000 %s 0.000 %d %s %d %d \"GET https://shop.example.com:443/p/%d HTTP/1.1\"%n",
                    i / 60 % 60, i % 60, i % 1000, i % 200, i % 250, 1024 + i, i % 250, status >= 500 ? "-1" : "0.0" + (i % 90 + 10),
                    status, status >= 500 ? "-" : String.valueOf(status), 200 + i % 700, 300 + i * 7 % 40_000, i % 900));
        }
        return sb.toString();
    }

    @Test
    void should_show_each_line_of_a_rare_template_whose_lines_differ_in_a_status() {
        // given
        String log = albLog();
        // when
        String out = compressor.compress(log, context()).output();
        // then: the 502 and the 504 line, though they share one template
        assertThat(out).contains(" 0.000 502 - ", " 0.000 504 - ");
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_keep_a_few_lines_per_template_for_a_question_word_but_every_line_of_a_named_request() {
        // given: every line holds "request"; request 01HF3XK9QZ has three lines of two templates
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            String id = i == 300 || i == 303 || i == 306 ? "01HF3XK9QZ" : String.format("01HF%06d", i);
            sb.append(String.format("time=2026-12-06T11:%02d:%02dZ level=info msg=\"request %s\" request_id=%s status=%d%n",
                    i / 60 % 60, i % 60, i % 2 == 0 ? "started" : "finished", id, i == 306 ? 409 : 200));
        }
        String log = sb.toString();
        CompressionContext asked = context().toBuilder().userMessage("Request 01HF3XK9QZ returned a conflict (409), why?").build();
        // when
        String out = compressor.compress(log, asked).output();
        // then
        assertThat(out.split("request_id=01HF3XK9QZ", -1)).hasSize(4);
        assertThat(out.lines().filter(l -> l.startsWith("time=")).count()).isLessThan(20);
    }

    @Test
    void should_keep_the_detail_lines_a_tool_indents_under_a_shown_problem_line_after_its_level_token() {
        // given: a ScalaTest run of 300 passing tests; one fails, its assertion on the [info] lines indented under it
        StringBuilder sb = new StringBuilder("[info] welcome to sbt 1.10.2\n");
        // every passing test has words of its own: hundreds of templates seen once compete for the rare budget
        String[] verbs = {"settle", "post", "refund", "reverse", "split", "merge", "close", "open", "audit", "export", "import", "round",
            "convert", "charge", "credit", "debit", "hold", "release", "batch", "sweep", "accrue", "match", "reconcile"};
        String[] things = {"payments", "invoices", "fees", "taxes", "ledgers", "accounts", "transfers", "payouts", "balances", "journals",
            "statements", "orders", "refunds", "disputes", "chargebacks", "reserves", "adjustments", "rates", "currencies"};
        for (int i = 0; i < 300; i++) {
            sb.append("[info] - should ").append(verbs[i % verbs.length]).append(' ').append(things[i / verbs.length % things.length])
                    .append(" when ").append(verbs[(i * 7) % verbs.length]).append("ing ").append(things[(i * 3) % things.length]).append('\n');
            if (i == 188) {
                sb.append("[info] - should accrue interest for a 31-day month *** FAILED ***\n");
                sb.append("[info]   101.59 did not equal 101.60 (InterestAccrualSpec.scala:84)\n");
                sb.append("[info]   org.scalatest.exceptions.TestFailedException: at InterestAccrualSpec.scala:84\n");
            }
        }
        sb.append("[info] Tests: succeeded 300, failed 1, canceled 0, ignored 0, pending 0\n[error] Failed tests:\n");
        String in = sb.toString();

        // when
        String out = compressor.compress(in, context()).output();

        // then
        assertThat(out).contains("[info] - should accrue interest for a 31-day month *** FAILED ***\n")
                .contains("[info]   101.59 did not equal 101.60 (InterestAccrualSpec.scala:84)\n");
    }
}
