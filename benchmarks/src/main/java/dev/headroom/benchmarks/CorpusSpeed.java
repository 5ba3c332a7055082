package dev.headroom.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Issue 13's per-file figures in one run: for every file of the corpus directory (read from the directory,
 * not a fixed list), {@link CorpusCompressionBenchmark} (first sight: memo off, fresh copy) and, for the JSON
 * files, {@link JacksonParseBenchmark} right after it, so each pair shares the machine's load of the moment.
 * Prints a Markdown table: µs/op of both, compress/readTree for JSON, MB/s (UTF-8 bytes of the file per
 * second of compression) for every file.
 *
 * <p>Run (from the repository root, corpus in {@code ../shared/corpus} or {@code -Dheadroom.corpus=DIR}):
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.headroom.benchmarks.CorpusSpeed --wi 5 --i 5 [--only log_,search_]
 * </pre>
 * Options: {@code --wi} / {@code --i} warm-up / measurement iterations (5 / 5), {@code --w} / {@code --r}
 * their seconds (1 / 1), {@code --only} comma-separated file-name prefixes.
 */
public final class CorpusSpeed {

    /** Corpus metadata, not tool output (as the CLI bench). */
    private static final Set<String> EXCLUDED = Set.of("SOURCES.md", "README.md");

    private CorpusSpeed() {}

    public static void main(String[] args) throws IOException, RunnerException {
        int wi = intOption(args, "--wi", 5);
        int i = intOption(args, "--i", 5);
        int w = intOption(args, "--w", 1);
        int r = intOption(args, "--r", 1);
        List<String> only = option(args, "--only") == null ? List.of() : Arrays.asList(option(args, "--only").split(","));
        Path dir = Corpus.dir().toAbsolutePath().normalize();
        StringBuilder table = new StringBuilder(
                "| file | bytes | compress µs/op | readTree µs/op | compress/readTree | MB/s |\n|---|--:|--:|--:|--:|--:|\n");
        for (String file : files(dir)) {
            if (!only.isEmpty() && only.stream().noneMatch(file::startsWith)) {
                continue;
            }
            long bytes = Files.size(dir.resolve(file));
            Result<?> compress = run(dir, file, "CorpusCompressionBenchmark.compress", wi, i, w, r);
            Result<?> parse = file.endsWith(".json") ? run(dir, file, "JacksonParseBenchmark.readTree", wi, i, w, r) : null;
            table.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %.1f |%n", file, bytes, cell(compress),
                    parse == null ? "-" : cell(parse),
                    parse == null ? "-" : String.format(Locale.ROOT, "%.2f×", compress.getScore() / parse.getScore()),
                    bytes / compress.getScore()));
        }
        System.out.println(table);
    }

    private static Result<?> run(Path dir, String file, String benchmark, int wi, int i, int w, int r) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("\\." + benchmark.replace(".", "\\.") + "$")
                .param("file", file)
                .forks(1)
                .warmupIterations(wi)
                .warmupTime(TimeValue.seconds(w))
                .measurementIterations(i)
                .measurementTime(TimeValue.seconds(r))
                .jvmArgsAppend("-D" + Corpus.PROPERTY + "=" + dir)
                .verbosity(VerboseMode.SILENT);
        System.err.println(benchmark + " " + file);
        RunResult result = new Runner(options.build()).runSingle();
        return result.getPrimaryResult();
    }

    private static String cell(Result<?> result) {
        return String.format(Locale.ROOT, "%.1f ± %.1f", result.getScore(), result.getScoreError());
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !EXCLUDED.contains(name))
                    .sorted()
                    .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        }
    }

    private static String option(String[] args, String name) {
        for (int k = 0; k + 1 < args.length; k++) {
            if (args[k].equals(name)) {
                return args[k + 1];
            }
        }
        return null;
    }

    private static int intOption(String[] args, String name, int fallback) {
        String value = option(args, name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
