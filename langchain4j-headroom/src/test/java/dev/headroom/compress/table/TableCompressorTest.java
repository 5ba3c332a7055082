package dev.headroom.compress.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.KeptLines;
import dev.headroom.compress.Lines;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TableCompressorTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final TableCompressor compressor = new TableCompressor();

    private static CompressionContext context() {
        return CompressionContext.builder().handle(HANDLE).build();
    }

    private static CompressionContext asking(String question) {
        return CompressionContext.builder().handle(HANDLE).userMessage(question).build();
    }

    private CompressionResult compress(String in, CompressionContext context) {
        CompressionResult result = compressor.compress(in, context);
        assertThat(result.lossy()).isTrue();
        assertThat(result.output().length()).isLessThan(in.length() / 5);
        KeptLines.assertAllOriginal(in, result.output());
        return result;
    }

    private static String[] outLines(CompressionResult result) {
        return Lines.split(result.output());
    }

    @Test
    void should_keep_the_crashing_and_the_restarting_pod_and_count_the_running_ones_when_kubectl_lists_800_pods() {
        // given
        String in = TableFixtures.kubectl();
        String[] lines = Lines.split(in);
        // when
        CompressionResult result = compress(in, context());
        // then
        String[] out = outLines(result);
        assertThat(out[0]).isEqualTo(lines[0]);
        assertThat(out).contains(lines[1 + 417], lines[1 + 612], lines[1], lines[800]);
        assertThat(lines[1 + 417]).contains("CrashLoopBackOff");
        assertThat(lines[1 + 612]).contains("47 (5m ago)");
        assertThat(out[out.length - 2]).startsWith("[headroom: ").contains(" of 800 rows omitted").contains("hash=" + HANDLE);
        assertThat(out[out.length - 1]).contains("STATUS: Running ").contains("READY: 1/1 ");
        assertThat(result.omitted()).isEqualTo(800 - (out.length - 3));
    }

    @Test
    void should_keep_the_failed_row_and_the_row_the_question_names_when_csv_has_3000_orders() {
        // given
        String in = TableFixtures.ordersCsv();
        String[] lines = Lines.split(in);
        // when
        CompressionResult result = compress(in, asking("why is ORD-101999 not shipped?"));
        // then
        String[] out = outLines(result);
        assertThat(out[0]).isEqualTo("order_id,customer,amount,currency,status,created_at");
        assertThat(out).contains(lines[1 + 1234], lines[1 + 1999]);
        assertThat(lines[1 + 1234]).contains(",failed,");
        assertThat(lines[1 + 1999]).startsWith("ORD-101999,");
        assertThat(out[out.length - 1]).contains("status: ok 2");
        for (int i = 1; i < out.length - 2; i++) {
            assertThat(out[i].split(",", -1)).as(out[i]).hasSize(6);
        }
    }

    @Test
    void should_keep_the_latency_outlier_and_the_degraded_host_when_tsv() {
        String in = TableFixtures.hostsTsv();
        String[] lines = Lines.split(in);
        CompressionResult result = compress(in, context());
        assertThat(outLines(result)).contains(lines[0], lines[1 + 777], lines[1 + 900]);
        assertThat(result.output()).contains("latency_ms: ");
    }

    @Test
    void should_keep_the_value_standing_far_above_a_heavy_tailed_column() {
        // given: 600 queue rows, most 0-12 behind, a tail of 90 climbing to 5,000 (spread-based outliers flag
        // over a tenth of the column), and one queue 2.4 million behind
        StringBuilder sb = new StringBuilder("QUEUE            CONSUMERS BACKLOG\n");
        for (int i = 0; i < 600; i++) {
            long backlog = i == 421 ? 2_417_903 : i % 20 < 17 ? i % 13 : 30 + (i * 53L) % 5_000;
            sb.append(String.format("%-16s %-9d %d%n", List.of("orders", "ledger", "mail", "billing").get(i % 4) + "-" + i, 1 + i % 4, backlog));
        }
        String in = sb.toString();
        // when
        CompressionResult result = compress(in, context());
        // then
        assertThat(outLines(result)).contains(Lines.split(in)[1 + 421]);
        assertThat(Lines.split(in)[1 + 421]).contains("2417903");
    }

    @Test
    void should_keep_the_exited_container_when_docker_ps() {
        String in = TableFixtures.dockerPs();
        String[] lines = Lines.split(in);
        CompressionResult result = compress(in, context());
        assertThat(outLines(result)).contains(lines[0], lines[1 + 150]);
        assertThat(lines[1 + 150]).contains("Exited (137)");
    }

    @Test
    void should_keep_header_rule_footer_negative_and_locked_rows_when_psql_box_table() {
        String in = TableFixtures.psql();
        String[] lines = Lines.split(in);
        CompressionResult result = compress(in, context());
        String[] out = outLines(result);
        assertThat(out[0]).isEqualTo(lines[0]);
        assertThat(out[1]).isEqualTo(lines[1]);
        assertThat(out).contains(lines[2 + 222], lines[2 + 300], "(400 rows)");
        assertThat(out[out.length - 3]).isEqualTo("(400 rows)");
    }

    @Test
    void should_keep_total_and_the_huge_jar_when_ls_l() {
        String in = TableFixtures.lsJars();
        String[] lines = Lines.split(in);
        CompressionResult result = compress(in, context());
        assertThat(outLines(result)[0]).isEqualTo("total 512340");
        assertThat(outLines(result)).contains(lines[1 + 700]);
        assertThat(result.output()).contains("owner: build ");
    }

    @Test
    void should_keep_an_ls_error_line_but_not_a_file_named_error_when_listing() {
        // given
        String[] lines = Lines.split(TableFixtures.lsJars());
        lines[300] = "-rw-r--r-- 1 build build    402274 Mar  3 10:00 error-prone-annotations-2.3.jar";
        lines[600] = "ls: cannot open directory './private': Permission denied";
        String in = String.join("\n", lines) + "\n";
        // when
        CompressionResult result = compress(in, context());
        // then
        assertThat(outLines(result)).contains(lines[600]).doesNotContain(lines[300]);
    }

    @Test
    void should_keep_abnormal_entries_with_their_directory_lines_when_ls_la_recursive() {
        // given
        String in = TableFixtures.lsRecursive();
        // when
        CompressionResult result = compress(in, context());
        // then
        String out = result.output();
        assertThat(out).startsWith(".:\ntotal ");
        assertThat(out).contains("./src/mod123:\ntotal ").contains(" core.dump\n");
        assertThat(out).contains("./src/mod200:\ntotal ").contains("-rwsrwxrwx  1 dev dev");
        assertThat(out.indexOf("./src/mod123:")).isLessThan(out.indexOf("core.dump"));
        assertThat(out).contains("header/directory lines of sections without shown rows");
        assertThat(out).doesNotContain("./src/mod050:");
    }

    @Test
    void should_keep_the_legend_header_and_broken_packages_when_dpkg_l() {
        String in = TableFixtures.dpkg();
        String[] lines = Lines.split(in);
        CompressionResult result = compress(in, context());
        String[] out = outLines(result);
        for (int i = 0; i < 5; i++) {
            assertThat(out[i]).isEqualTo(lines[i]);
        }
        assertThat(out).contains(lines[5 + 333], lines[5 + 500]);
        assertThat(lines[5 + 333]).startsWith("iF ");
    }

    @Test
    void should_keep_the_cpu_and_memory_hog_when_ps_aux() {
        String in = TableFixtures.psAux();
        String[] lines = Lines.split(in);
        CompressionResult result = compress(in, context());
        assertThat(outLines(result)).contains(lines[0], lines[1 + 250]);
        assertThat(lines[1 + 250]).contains(" 98.7 ");
    }

    @Test
    void should_keep_header_and_rule_when_pip_list_has_a_two_word_header() {
        String in = TableFixtures.pipList();
        CompressionResult result = compress(in, asking("which version of package-200 is installed?"));
        String[] out = outLines(result);
        assertThat(out[0]).startsWith("Package ");
        assertThat(out[1]).startsWith("-----");
        assertThat(out).contains(Lines.split(in)[2 + 200], Lines.split(in)[2 + 123]);
    }

    @Test
    void should_keep_quoted_records_whole_when_csv_fields_hold_commas_quotes_and_newlines() {
        // given
        String in = TableFixtures.quotedCsv();
        // when
        CompressionResult result = compress(in, context());
        // then: record 0 spans two lines and is kept whole; the rejected record is kept
        String out = result.output();
        assertThat(out).startsWith("id,title,body,status\n0,\"Title 0, \"\"quoted\"\"\",\"Line one, with comma\nline two of item 0\",open\n");
        assertThat(out).contains("321,\"Title 321, \"\"quoted\"\"\",\"plain, body 321\",rejected\n");
        assertThat(out).contains(" of 600 rows omitted");
    }

    @Test
    void should_keep_a_row_with_an_unterminated_quote_on_its_own_when_csv_is_broken() {
        // given: row 250 opens a quote it never closes; it must not swallow the rows after it
        String[] lines = Lines.split(TableFixtures.ordersCsv());
        lines[251] = "ORD-100250,\"cust-broken,1.00,EUR,ok,2026-03-01T00:00:00Z";
        String in = String.join("\n", lines) + "\n";
        // when
        CompressionResult result = compress(in, context());
        // then
        assertThat(outLines(result)).contains(lines[251], lines[1 + 1234]);
        assertThat(result.output()).contains("1 not fitting the columns");
    }

    @Test
    void should_pass_through_when_small_or_not_a_table() {
        String small = "NAME   READY   STATUS\npod-a  1/1     Running\npod-b  0/1     Error\n";
        assertThat(compressor.compress(small, context()).output()).isSameAs(small);
        String prose = "This is a sentence about nothing in particular.\n".repeat(200);
        assertThat(compressor.compress(prose, context()).output()).isSameAs(prose);
    }

    @Test
    void should_produce_identical_bytes_when_compressed_twice_or_after_other_tables() {
        for (Supplier<String> fixture : List.<Supplier<String>>of(TableFixtures::kubectl, TableFixtures::ordersCsv,
                TableFixtures::lsRecursive, TableFixtures::dpkg, TableFixtures::quotedCsv)) {
            String in = fixture.get();
            String first = compressor.compress(in, asking("ORD-100042 api-0100")).output();
            compressor.compress(TableFixtures.psAux(), asking("something else"));
            String second = new TableCompressor().compress(fixture.get(), asking("ORD-100042 api-0100")).output();
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void should_never_be_larger_than_the_input() {
        for (String in : List.of(TableFixtures.kubectl(), TableFixtures.ordersCsv(), TableFixtures.hostsTsv(),
                TableFixtures.dockerPs(), TableFixtures.psql(), TableFixtures.lsJars(), TableFixtures.lsRecursive(),
                TableFixtures.dpkg(), TableFixtures.psAux(), TableFixtures.quotedCsv())) {
            assertThat(compressor.compress(in, asking("api-0001 ORD-100001 host-0001")).output().length())
                    .isLessThan(in.length());
        }
    }

    @Test
    void should_prefix_each_unit_with_its_header_and_print_the_header_once_when_joined() {
        // given
        String in = TableFixtures.kubectl();
        String header = Lines.split(in)[0];
        // when
        List<String> units = compressor.units(in);
        String joined = compressor.join(List.of(units.get(417), units.get(612)));
        // then
        assertThat(units).hasSize(800);
        assertThat(units.get(417)).isEqualTo(header + "\n" + Lines.split(in)[418]);
        assertThat(joined).isEqualTo(header + "\n" + Lines.split(in)[418] + "\n" + Lines.split(in)[613]);
    }

    @Test
    void should_prefix_units_with_their_directory_when_ls_recursive() {
        List<String> units = compressor.units(TableFixtures.lsRecursive());
        assertThat(units).anySatisfy(u -> assertThat(u).startsWith("./src/mod123:\n").endsWith(" core.dump"));
    }

    @Test
    void should_show_the_earliest_and_latest_rows_of_a_named_series_too_long_to_show_whole() {
        // given: hourly TSV of 30 hosts over 96 hours; the question names one host (96 rows, more than fit)
        StringBuilder sb = new StringBuilder("hour\thost\trequests\tp99_ms\n");
        for (int h = 0; h < 96; h++) {
            for (int host = 0; host < 30; host++) {
                sb.append(String.format("2026-12-%02dT%02d:00Z\tweb-%02d.eu-west-1\t%d\t%d%n", 1 + h / 24, h % 24, host + 1,
                        9_000 + (h * 31 + host * 17) % 900, 120 + (h * 7 + host * 3) % 80));
            }
        }
        String in = sb.toString();
        // when
        String out = compress(in, asking("How is web-07.eu-west-1 doing now?")).output();
        // then: its first and its last hour are both there
        assertThat(out).contains("2026-12-01T00:00Z\tweb-07.eu-west-1\t", "2026-12-04T23:00Z\tweb-07.eu-west-1\t");
    }

    @Test
    void should_number_the_columns_and_keep_the_rare_state_and_the_named_row_when_tsv_has_no_header() {
        // given: `gh issue list --state all | cat` style, no header record: number, state, title, labels, date
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            int number = 9000 - i;
            String state = i == 233 ? "CLOSED" : "OPEN";
            sb.append(number).append('\t').append(state).append('\t').append("Flaky test in module ").append(i % 17)
                    .append(" on retry path ").append(i % 5).append('\t').append(i % 3 == 0 ? "bug, ci" : "ci").append('\t')
                    .append(String.format("2026-11-%02dT10:%02d:00Z", 1 + i % 28, i % 60)).append('\n');
        }
        String in = sb.toString();
        String[] lines = Lines.split(in);

        // when
        CompressionResult plain = compress(in, context());
        CompressionResult asked = compress(in, asking("what is issue 8800 about?"));

        // then: the first line is a row, not a header; the rare state and the named issue are shown
        assertThat(TableParser.parse(lines, dev.headroom.compress.WorkBudget.unlimited()).shape.headerless()).isTrue();
        assertThat(outLines(plain)).contains(lines[0], lines[233], lines[399]);
        assertThat(plain.output()).contains("column 2: OPEN ").doesNotContain("9000: ");
        assertThat(outLines(asked)).contains(lines[200]);
        assertThat(lines[200]).startsWith("8800\t");
        assertThat(outLines(plain)).doesNotContain(lines[200]);
    }

    @Test
    void should_keep_the_rows_of_a_rare_value_the_question_names_beside_the_rows_of_its_longer_part() {
        // given: 500 issues; one about the slow report export, four labelled sev1 among sev2/sev3
        StringBuilder sb = new StringBuilder("id,state,title,labels\n");
        for (int i = 0; i < 500; i++) {
            String title = i == 321 ? "Report export hangs for large projects with many attachments" : "Widget " + i % 23 + " renders slowly in view " + i % 7;
            // labels vary with the area (no rare value of the column): sev1 is rare only as an item
            String severity = i == 40 || i == 170 || i == 260 || i == 444 ? "sev1" : i % 2 == 0 ? "sev2" : "sev3";
            String labels = "\"bug, area/part-" + i % 37 + ", " + severity + "\"";
            sb.append(7000 + i).append(',').append(i % 5 == 0 ? "closed" : "open").append(',').append(title).append(',').append(labels).append('\n');
        }
        String in = sb.toString();
        String[] lines = Lines.split(in);

        // when
        CompressionResult result = compress(in, asking("Is there an issue about the report export hanging for large projects with attachments? "
                + "And which issues are labelled sev1?"));

        // then
        assertThat(outLines(result)).contains(lines[1 + 321], lines[1 + 40], lines[1 + 170], lines[1 + 260], lines[1 + 444]);
        assertThat(lines[1 + 170]).contains("sev1");
    }

    @Test
    void should_keep_the_entry_whose_path_has_a_shape_of_its_own_in_a_listing_of_full_paths() {
        // given: an object store listed recursively with full paths (its own listing format, ISO dates): 20 days of
        // 24 hourly partition directories, each with a _SUCCESS marker and two part files named by a uuid; one hour left a
        // _temporary directory
        StringBuilder sb = new StringBuilder();
        for (int d = 1; d <= 20; d++) {
            for (int h = 0; h < 24; h++) {
                String dir = String.format("/lake/clicks/dt=2026-11-%02d/hour=%02d", d, h);
                String stamp = String.format("2026-11-%02d %02d:%02d", d, h, (d * h) % 60);
                sb.append("drwxr-xr-x   - etl hadoop          0 ").append(stamp).append(' ').append(dir).append('\n');
                sb.append("-rw-r--r--   3 etl hadoop          0 ").append(stamp).append(' ').append(dir).append("/_SUCCESS\n");
                for (int p = 0; p < 2; p++) {
                    String uuid = String.format("%08x-%04x-4%03x-a%03x-%012x", d * 7919 + h, h * 31 + p, d, h, (long) d * h * 104729 + p);
                    sb.append("-rw-r--r--   3 etl hadoop   ").append(40_000_000 + d * h * 1000 + p).append(' ').append(stamp)
                            .append(' ').append(dir).append("/part-0000").append(p).append('-').append(uuid).append(".parquet\n");
                }
                if (d == 12 && h == 14) {
                    sb.append("drwxr-xr-x   - etl hadoop          0 ").append(stamp).append(' ').append(dir).append("/_temporary\n");
                }
            }
        }

        // when
        CompressionResult result = compress(sb.toString(), context());

        // then
        assertThat(result.output()).contains("/lake/clicks/dt=2026-11-12/hour=14/_temporary\n");
        assertThat(ColumnStats.maskIds("/lake/dt=2026-11-12/hour=14/part-00001-0001e0a8-0021-4aace-a00e-00000000abcd.parquet"))
                .isEqualTo("/lake/dt=#-#-#/hour=#/part-#-#-#-#-#-#.parquet");
    }
}
