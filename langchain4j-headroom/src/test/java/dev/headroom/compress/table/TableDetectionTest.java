package dev.headroom.compress.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.ContentDetector;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Resources;
import dev.headroom.compress.kinds.BuiltInKinds;
import org.junit.jupiter.api.Test;

class TableDetectionTest {

    private final ContentDetector detector = BuiltInKinds.contentDetector();

    @Test
    void should_detect_table_for_each_generated_format() {
        assertThat(detector.detect(TableFixtures.kubectl())).as("kubectl").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect(TableFixtures.ordersCsv())).as("csv").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect(TableFixtures.hostsTsv())).as("tsv").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect(TableFixtures.dockerPs())).as("docker ps").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect(TableFixtures.psql())).as("psql").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect(TableFixtures.lsJars())).as("ls -l").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect(TableFixtures.lsRecursive())).as("ls -laR").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect(TableFixtures.dpkg())).as("dpkg -l").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect(TableFixtures.psAux())).as("ps aux").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect(TableFixtures.quotedCsv())).as("quoted csv").isEqualTo(ContentKind.TABLE);
    }

    @Test
    void should_detect_a_right_aligned_table_whose_header_opens_with_blanks() {
        // given: a batch queue listing with every column right-aligned, so its header line starts with blanks
        StringBuilder sb = new StringBuilder(String.format("%10s %9s %8s %2s %10s%n", "JOBID", "PARTITION", "USER", "ST", "TIME"));
        for (int i = 0; i < 120; i++) {
            sb.append(String.format("%10d %9s %8s %2s %10s%n", 7_700_000 + i * 37, i % 3 == 0 ? "gpu" : "cpu", "user" + i % 7,
                    i % 4 == 0 ? "PD" : "R", (i % 5) + ":" + String.format("%02d", i % 60)));
        }

        // then
        assertThat(detector.detect(sb.toString())).isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect("\n\n" + sb)).as("after blank lines").isEqualTo(ContentKind.TABLE);
    }

    @Test
    void should_not_take_a_timestamp_for_a_column_name_when_a_log_opens_with_capitalised_words() {
        // given: a CI job log, every line after a fixed-width timestamp; the first reads "<stamp> Runner Image"
        StringBuilder sb = new StringBuilder("2026-12-07T09:12:00.2588010Z Runner Image\n");
        for (int i = 0; i < 150; i++) {
            sb.append(String.format("2026-12-07T09:%02d:%02d.%07dZ step %d of build %s%n", 12 + i / 60, i % 60, i * 7919 % 10_000_000,
                    i, i % 3 == 0 ? "compiled module-" + i : "ran tests of module-" + i));
        }
        // then
        assertThat(detector.detect(sb.toString())).isNotEqualTo(ContentKind.TABLE);
        assertThat(detector.detect("NAME  READY  STATUS  RESTARTS  AGE\n" + "web-1  1/1  Running  0  2d\n".repeat(30)))
                .as("a header of names stays a header").isEqualTo(ContentKind.TABLE);
    }

    @Test
    void should_take_a_delimited_table_after_a_few_preamble_lines_and_keep_its_outlier_row() {
        // given: rabbitmqctl list_queues: two status lines, then a tab-separated header and rows
        StringBuilder sb = new StringBuilder("Timeout: 60.0 seconds ...\nListing queues for vhost / ...\nname\tmessages\tconsumers\n");
        for (int i = 0; i < 300; i++) {
            sb.append(i == 200 ? "orders.refunds.dlq\t2418830\t0" : "queue" + i + "\t" + (i % 37) + "\t" + (1 + i % 5)).append('\n');
        }
        String queues = sb.toString();
        // when / then
        assertThat(detector.detect(queues)).isEqualTo(ContentKind.TABLE);
        String out = new TableCompressor().compress(queues, dev.headroom.compress.CompressionContext.builder().toolName("rabbitmqctl").build()).output();
        assertThat(out).startsWith("Timeout: 60.0 seconds ...\nListing queues for vhost / ...\nname\tmessages\tconsumers\n")
                .contains("orders.refunds.dlq\t2418830\t0\n");
    }

    @Test
    void should_read_a_box_table_under_a_caption_row_by_its_columns_and_keep_its_rare_state() {
        // given: aws --output table: a rule, a caption row, a rule, then a boxed header and 200 instances, one stopped
        String rule = "+" + "-".repeat(14) + "+" + "-".repeat(23) + "+" + "-".repeat(11) + "+";
        StringBuilder sb = new StringBuilder("-".repeat(51) + "\n|" + " ".repeat(16) + "DescribeInstances" + " ".repeat(16) + "|\n")
                .append(rule).append("\n|  AZ          |  ID                   |  State    |\n").append(rule).append('\n');
        for (int i = 0; i < 200; i++) {
            sb.append(String.format("|  eu-west-1%s  |  i-%017x  |  %-7s  |%n", "abc".charAt(i % 3), 0x3a5d7df38a17aL + i * 7919L,
                    i == 137 ? "stopped" : "running"));
        }
        sb.append(rule).append('\n');
        String table = sb.toString();

        // when
        String out = new TableCompressor().compress(table, dev.headroom.compress.CompressionContext.builder().toolName("aws").build()).output();

        // then: the caption is a preamble, the columns are the boxed ones, and the stopped instance stays
        assertThat(detector.detect(table)).isEqualTo(ContentKind.TABLE);
        assertThat(out).contains("DescribeInstances", "|  AZ          |  ID                   |  State    |", "stopped")
                .doesNotContain("|: |");
    }

    @Test
    void should_read_psql_expanded_display_as_records_and_keep_the_one_with_a_rare_state_whole() {
        // given: psql -x on pg_stat_activity: 60 sessions of 5 columns, one idle in transaction
        StringBuilder sb = new StringBuilder();
        for (int r = 1; r <= 60; r++) {
            sb.append(String.format("-[ RECORD %d ]----+------------------------------%n", r))
                    .append(String.format("pid              | %d%n", 40000 + r * 37))
                    .append(String.format("application_name | %s%n", r == 41 ? "order-reconciler" : "checkout-api"))
                    .append(String.format("state            | %s%n", r == 41 ? "idle in transaction" : r % 3 == 0 ? "active" : "idle"))
                    .append(String.format("xact_start       | 2026-12-07 10:%02d:12.413920+00%n", r % 60))
                    .append(String.format("query            | %s%n", r % 2 == 0 ? "UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2"
                            : "SELECT o.id FROM orders o WHERE o.customer_id = $1"));
        }
        String sessions = sb.toString();

        // when
        String out = new TableCompressor().compress(sessions, dev.headroom.compress.CompressionContext.builder().toolName("psql").build()).output();

        // then: the 41st record, head to query, as written; the others counted by column
        assertThat(detector.detect(sessions)).isEqualTo(ContentKind.TABLE);
        int from = sessions.indexOf("-[ RECORD 41 ]");
        assertThat(out).contains(sessions.substring(from, sessions.indexOf("-[ RECORD 42 ]")))
                .contains("state: idle").hasSizeLessThan(sessions.length() / 3);
    }

    @Test
    void should_detect_table_for_small_hand_written_tables() {
        assertThat(detector.detect("""
                Filesystem      Size  Used Avail Use% Mounted on
                udev            7.8G     0  7.8G   0% /dev
                tmpfs           1.6G  2.1M  1.6G   1% /run
                /dev/nvme0n1p2  468G  201G  244G  46% /
                tmpfs           7.8G  124M  7.7G   2% /dev/shm
                """)).as("df -h").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect("""
                Active Internet connections (only servers)
                Proto Recv-Q Send-Q Local Address           Foreign Address         State
                tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN
                tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN
                tcp6       0      0 :::80                   :::*                    LISTEN
                """)).as("netstat").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect("""
                +----+-------+--------+
                | id | name  | state  |
                +----+-------+--------+
                |  1 | alice | ok     |
                |  2 | bob   | failed |
                |  3 | carol | ok     |
                +----+-------+--------+
                3 rows in set (0.00 sec)
                """)).as("mysql").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect("id;name;city\n1;Anna;Wien\n2;Bernd;Graz\n3;Clara;Linz\n4;Dora;Wels\n"))
                .as("semicolon csv").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect("\uFEFFid,name,city\n1,Anna,Wien\n2,Bernd,Graz\n3,Clara,Linz\n4,Dora,Wels\n"))
                .as("csv with a byte order mark").isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect("""
                Package            Version
                ------------------ -----------
                certifi            2024.2.2
                charset-normalizer 3.3.2
                idna               3.6
                requests           2.31.0
                urllib3            2.2.1
                """)).as("pip list: a two-word header over a rule").isEqualTo(ContentKind.TABLE);
    }

    @Test
    void should_keep_other_kinds_when_not_a_table() {
        assertThat(detector.detect(Resources.read("kinds/app.log"))).as("log").isEqualTo(ContentKind.LOG);
        assertThat(detector.detect("""
                2026-03-02 10:00:00,001 INFO  [main] c.e.App - Starting, mode=a, b=c
                2026-03-02 10:00:00,120 WARN  [main] c.e.App - slow start, took=3, limit=2
                2026-03-02 10:00:02,050 ERROR [exec-5] c.e.Pay - payment failed, id=7, code=9
                2026-03-02 10:00:03,000 INFO  [main] c.e.App - done, ok=1, n=2
                """)).as("log with commas").isEqualTo(ContentKind.LOG);
        assertThat(detector.detect("""
                src/main/java/App.java:12:    // TODO remove, later, maybe
                src/main/java/App.java:13:    int x = f(1, 2, 3);
                src/main/java/Other.java:40:  // TODO: again, twice, more
                src/test/java/AppTest.java:7: // TODO test, this, now
                """)).as("grep").isEqualTo(ContentKind.SEARCH);
        assertThat(detector.detect("""
                package com.example;

                import java.util.List;

                public final class Greeter {
                    private final String a, b, c;

                    public String greet(int x, int y, int z) {
                        return a + b + c;
                    }
                }
                """)).as("code").isEqualTo(ContentKind.CODE);
        assertThat(detector.detect("diff --git a/x.csv b/x.csv\n--- a/x.csv\n+++ b/x.csv\n@@ -1,2 +1,2 @@\n a,b,c\n-1,2,3\n+1,2,4\n"))
                .as("diff of a csv").isEqualTo(ContentKind.DIFF);
    }

    @Test
    void should_keep_prose_text_when_a_short_markdown_table_is_inside() {
        assertThat(detector.detect("""
                # Release notes

                This release fixes a crash when the cache is full and adds a setting for the retry
                budget. Upgrading is recommended for everyone who runs more than one node.

                | Setting | Default | Meaning |
                |---------|---------|---------|
                | retries | 3       | attempts before giving up |
                | budget  | 10s     | total time for all attempts |

                The old names still work but log a deprecation warning, and will be removed in the
                next major release, together with the legacy configuration file format.
                """)).isEqualTo(ContentKind.TEXT);
    }

    @Test
    void should_not_take_prose_with_commas_or_title_case_lines_for_a_table() {
        assertThat(detector.detect("""
                Once, upon a time, there was, a fox.
                and then, after a while, it went home, tired.
                Nobody, not even the dog, saw it coming, really.
                It was, in the end, a fine day, for a fox.
                The farmer, however, was not amused, at all.
                """)).isEqualTo(ContentKind.TEXT);
    }

    @Test
    void should_take_tab_separated_rows_without_a_header_for_a_table_only_when_their_tab_count_is_steady() {
        // given
        String rows = "8812\tOPEN\tCrash on start\tbug\t2026-11-02\n".repeat(40);
        String twoColumns = "4.0K\t./src/main\n".repeat(40);
        String ragged = "8812\tOPEN\tCrash on start\tbug\t2026-11-02\n".repeat(20) + "note\tsee\tbelow\n".repeat(20);

        // then
        assertThat(detector.detect(rows)).isEqualTo(ContentKind.TABLE);
        assertThat(detector.detect(twoColumns)).as("one tab is du's size and path, not a table").isNotEqualTo(ContentKind.TABLE);
        assertThat(detector.detect(ragged)).as("half the rows with another count").isNotEqualTo(ContentKind.TABLE);
    }
}
