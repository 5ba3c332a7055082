package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.CompressionSettings.Preset;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadroomCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HeadroomCli cli = new HeadroomCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void should_print_a_small_file_unchanged_when_below_the_threshold() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("small.txt"), "héllo wörld\nno trailing newline");

        // when
        int code = cli.run("compress", file.toString());

        // then
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("héllo wörld\nno trailing newline");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void should_print_exactly_what_the_engine_gives_with_query_tool_and_preset() throws Exception {
        // given
        String content = largeJson();
        Path file = Files.writeString(dir.resolve("orders.json"), content);
        Headroom engine = Headroom.builder()
                .config(HeadroomConfig.builder().defaults(CompressionSettings.of(Preset.AGGRESSIVE)).build())
                .build();
        String expected = engine.compress(content, CompressionContext.builder()
                .toolName("list_orders").userMessage("failed orders").build()).text();

        // when
        int code = cli.run("compress", "--query", "failed orders", "--tool", "list_orders", "--preset", "aggressive",
                file.toString());

        // then
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void should_print_one_summary_line_to_stderr_when_stats_requested() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("orders.json"), largeJson());

        // when
        int code = cli.run("compress", "--stats", file.toString());

        // then
        assertThat(code).isZero();
        String summary = err.toString(StandardCharsets.UTF_8).stripLeading();
        assertThat(summary.lines()).hasSize(1);
        assertThat(summary).startsWith("kind=JSON strategy=")
                .containsPattern("tokens\\(o200k\\)=\\d+->\\d+ ratio=\\d\\.\\d{3} time=\\d+\\.\\dms");
    }

    @Test
    void should_read_stdin_when_the_file_is_a_dash() throws Exception {
        // given
        String content = largeJson();
        String expected = Headroom.create().compress(content, CompressionContext.builder().build()).text();
        HeadroomCli piped = new HeadroomCli(new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        // when
        int code = piped.run("compress", "-");

        // then
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void should_put_the_summary_on_its_own_line_when_stdout_and_stderr_share_a_terminal() throws Exception {
        // given one stream for both, as on a terminal, and output without a trailing newline
        Path file = Files.writeString(dir.resolve("orders.json"), largeJson());
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        String expected = Headroom.create().compress(largeJson(), CompressionContext.builder().build()).text();

        // when
        int code = new HeadroomCli(both, both).run("compress", "--stats", file.toString());

        // then
        assertThat(code).isZero();
        assertThat(expected).doesNotEndWith("\n");
        String shown = terminal.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith(expected + "\nkind=JSON strategy=").endsWith("\n");
        assertThat(shown.substring(expected.length() + 1).lines()).hasSize(1);
    }

    @Test
    void should_not_promise_per_tool_settings_in_the_usage() {
        assertThat(CliArguments.USAGE).doesNotContain("per-tool settings,").contains("FILE|-");
    }

    @Test
    void should_exit_1_when_the_file_does_not_exist() {
        // when
        int code = cli.run("compress", dir.resolve("missing.txt").toString());

        // then
        assertThat(code).isEqualTo(HeadroomCli.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file").contains("missing.txt");
        assertThat(out.size()).isZero();
    }

    @Test
    void should_exit_2_with_the_problem_and_usage_when_arguments_are_wrong() {
        // when
        int code = cli.run("compress", "--preset", "extreme", "a.txt");

        // then
        assertThat(code).isEqualTo(HeadroomCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("headroom-cli: --preset must be")
                .contains("Usage:");
    }

    @Test
    void should_print_usage_to_stdout_and_exit_0_on_help() {
        // when
        int code = cli.run("--help");

        // then
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("headroom-cli compress").contains("headroom-cli bench");
    }

    @Test
    void should_exit_1_when_bench_directory_does_not_exist() {
        // when
        int code = cli.run("bench", dir.resolve("nope").toString());

        // then
        assertThat(code).isEqualTo(HeadroomCli.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a directory");
    }

    @Test
    void should_print_the_bench_tables_for_a_directory() throws Exception {
        // given
        Files.writeString(dir.resolve("a.log"), "2024-01-01 ERROR boom 1\n2024-01-01 INFO ok\n");

        // when
        int code = cli.run("bench", "--runs", "1", "--warmup", "0", dir.toString());

        // then
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("### Per file").contains("| a.log ").contains("### Per kind").contains("TOTAL (1 files)");
    }

    /** A pretty-printed array of 300 objects: well above every preset's threshold. */
    static String largeJson() {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 300; i++) {
            sb.append("  {\n    \"id\": ").append(i).append(",\n    \"status\": \"")
                    .append(i % 97 == 0 ? "failed" : "ok").append("\",\n    \"total\": ").append(i * 3 % 101)
                    .append(".50\n  }").append(i < 299 ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }
}
