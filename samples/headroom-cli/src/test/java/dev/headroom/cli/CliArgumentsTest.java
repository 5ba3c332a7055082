package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.compress.CompressionSettings.Preset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliArgumentsTest {

    @Test
    void should_parse_compress_with_all_options_in_any_order() throws Exception {
        // when
        Command command = CliArguments.parse("compress", "--stats", "out.log", "--query", "why did it fail?",
                "--tool=read_log", "--preset", "AGGRESSIVE");

        // then
        assertThat(command).isEqualTo(new Command.Compress(Path.of("out.log"), "why did it fail?", "read_log",
                Preset.AGGRESSIVE, true));
    }

    @Test
    void should_default_options_when_compress_has_only_a_file() throws Exception {
        // when
        Command command = CliArguments.parse("compress", "file.json");

        // then
        assertThat(command).isEqualTo(new Command.Compress(Path.of("file.json"), null, null, null, false));
    }

    @Test
    void should_parse_bench_with_baseline_and_runs() throws Exception {
        // when
        Command command = CliArguments.parse("bench", "corpus", "--baseline", "results.tsv", "--runs=9", "--warmup", "0",
                "--preset", "Aggressive");

        // then
        assertThat(command).isEqualTo(new Command.Bench(Path.of("corpus"), Path.of("results.tsv"), 0, 9,
                dev.headroom.compress.CompressionSettings.Preset.AGGRESSIVE));
    }

    @Test
    void should_use_default_runs_when_bench_has_only_a_directory() throws Exception {
        // when
        Command command = CliArguments.parse("bench", "corpus");

        // then
        assertThat(command).isEqualTo(new Command.Bench(Path.of("corpus"), null,
                CliArguments.DEFAULT_WARMUP, CliArguments.DEFAULT_RUNS, null));
    }

    @Test
    void should_return_help_when_no_arguments_or_help_flag() throws Exception {
        assertThat(CliArguments.parse()).isInstanceOf(Command.Help.class);
        assertThat(CliArguments.parse("compress", "--help")).isInstanceOf(Command.Help.class);
        assertThat(CliArguments.parse("-h")).isInstanceOf(Command.Help.class);
    }

    @Test
    void should_treat_arguments_after_double_dash_as_positional() throws Exception {
        // when
        Command command = CliArguments.parse("compress", "--", "--odd-name.txt");

        // then
        assertThat(((Command.Compress) command).file()).isEqualTo(Path.of("--odd-name.txt"));
    }

    @Test
    void should_reject_unknown_command() {
        assertThatThrownBy(() -> CliArguments.parse("retrieve", "abc"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown command 'retrieve'");
    }

    @Test
    void should_reject_missing_file() {
        assertThatThrownBy(() -> CliArguments.parse("compress", "--stats"))
                .isInstanceOf(UsageException.class)
                .hasMessage("compress needs FILE");
    }

    @Test
    void should_reject_two_files() {
        assertThatThrownBy(() -> CliArguments.parse("compress", "a.txt", "b.txt"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("takes one FILE, got 2: a.txt b.txt");
    }

    @Test
    void should_reject_option_without_value() {
        assertThatThrownBy(() -> CliArguments.parse("compress", "a.txt", "--query"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--query needs a value");
    }

    @Test
    void should_reject_unknown_option_for_the_command() {
        assertThatThrownBy(() -> CliArguments.parse("bench", "dir", "--stats"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option '--stats' for bench");
    }

    @Test
    void should_reject_invalid_preset() {
        assertThatThrownBy(() -> CliArguments.parse("compress", "--preset", "extreme", "a.txt"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--preset must be conservative, balanced or aggressive, was 'extreme'");
    }

    @Test
    void should_reject_repeated_option() {
        assertThatThrownBy(() -> CliArguments.parse("compress", "--tool", "a", "--tool", "b", "f"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--tool given twice");
    }

    @Test
    void should_reject_value_on_flag() {
        assertThatThrownBy(() -> CliArguments.parse("compress", "--stats=yes", "f"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--stats takes no value");
    }

    @Test
    void should_reject_zero_runs_and_non_numbers() {
        assertThatThrownBy(() -> CliArguments.parse("bench", "dir", "--runs", "0"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--runs must be an integer >= 1, was '0'");
        assertThatThrownBy(() -> CliArguments.parse("bench", "dir", "--warmup", "many"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--warmup must be an integer >= 0, was 'many'");
    }
}
