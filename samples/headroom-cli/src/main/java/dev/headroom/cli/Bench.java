package dev.headroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.ContentKind;
import dev.headroom.tokens.TokenCounter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The corpus benchmark: compresses every file of a directory with the default configuration and the
 * memo off (every run compresses, as on first sight of a tool result), as a tool result with no tool
 * name and no query, and measures o200k tokens before/after, the median wall and CPU time of the timed runs, and
 * the retention checks.
 *
 * <p>Not thread-safe (use one per run); everything but the timings is deterministic.
 */
final class Bench {

    /** Corpus metadata, not tool output. */
    private static final Set<String> EXCLUDED = Set.of("SOURCES.md", "README.md");
    /** As the baseline ran: no tool name, no query. */
    private static final CompressionContext CONTEXT = CompressionContext.empty();

    private final int warmup;
    private final int runs;
    private final Headroom headroom;
    private final TokenCounter tokens = TokenCounter.o200k();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    Bench(int warmup, int runs) {
        this(warmup, runs, CompressionSettings.defaults());
    }

    /** Compresses with {@code settings} for every file (the default configuration's are the balanced preset). */
    Bench(int warmup, int runs, CompressionSettings settings) {
        this.warmup = warmup;
        this.runs = runs;
        this.headroom = Headroom.builder()
                .config(HeadroomConfig.builder().defaults(settings).memoMaximumBytes(0).build())
                .build();
    }

    /** One file's figures. {@code deterministic} is false when two runs gave different output. */
    record FileResult(String file, ContentKind kind, String strategy, int tokensBefore, int tokensAfter,
                      double medianMs, double medianCpuMs, boolean deterministic, Checks checks) {

        double ratio() {
            return tokensBefore == 0 ? 1.0 : (double) tokensAfter / tokensBefore;
        }
    }

    /** The retention checks of one file (see {@link Retention} and {@link JsonChecks}). */
    record Checks(Retention.Count levelTemplates, Retention.Count failedLines, Retention.Count diffHeaders,
                  JsonChecks.Validity json, Retention.Count jsonErrorItems) {}

    /** The files of {@code dir} that are benchmarked: regular, not hidden, not corpus metadata; sorted by name. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !EXCLUDED.contains(p.getFileName().toString()))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }

    /**
     * Reads every file, runs {@code warmup} untimed passes over all of them (so the JIT has seen every
     * compressor before anything is timed), then times {@code runs} compressions per file.
     */
    List<FileResult> run(Path dir) throws IOException {
        List<Path> files = files(dir);
        List<String> contents = new ArrayList<>(files.size());
        for (Path file : files) {
            contents.add(read(file));
        }
        for (int pass = 0; pass < warmup; pass++) {
            for (String content : contents) {
                headroom.compress(content, CONTEXT);
            }
        }
        List<FileResult> results = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            results.add(measure(files.get(i).getFileName().toString(), contents.get(i)));
        }
        return results;
    }

    /** Times {@code runs} compressions of one content (after the warm-up) and runs the retention checks. */
    FileResult measure(String name, String content) {
        CompressionOutcome first = null;
        boolean deterministic = true;
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        for (int i = 0; i < runs; i++) {
            // a new String each run: the engine's identity-keyed handle cache must not skip the hashing
            String copy = new String(content.toCharArray());
            long cpuStart = cpuNanos();
            long start = System.nanoTime();
            CompressionOutcome outcome = headroom.compress(copy, CONTEXT);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (cpuNanos() - cpuStart) / 1e6;
            if (first == null) {
                first = outcome;
            } else if (!first.text().equals(outcome.text())) {
                deterministic = false;
            }
        }
        String output = first.text();
        int before = tokens.count(content);
        int after = output.equals(content) ? before : tokens.count(output);
        return new FileResult(name, first.kind(), first.strategy(), before, after, median(millis), median(cpuMillis),
                deterministic, checks(content, output));
    }

    /** The retention checks run on the baseline's outputs, by file name, for the files it has an output for. */
    static Map<String, Checks> baselineChecks(Path dir, List<FileResult> results, Baseline baseline) throws IOException {
        Map<String, Checks> checks = new TreeMap<>();
        for (FileResult r : results) {
            Path output = baseline.output(r.file());
            if (output != null) {
                checks.put(r.file(), checks(read(dir.resolve(r.file())), read(output)));
            }
        }
        return checks;
    }

    static Checks checks(String input, String output) {
        Retention.Visibility visibility = new Retention.Visibility(input, output);
        JsonNode jsonIn = JsonChecks.parse(input);
        JsonNode jsonOut = jsonIn == null ? null : input.equals(output) ? jsonIn : JsonChecks.parse(output);
        return new Checks(
                Retention.levelTemplates(input, visibility),
                Retention.failedLines(input, visibility),
                Retention.diffHeaders(input, visibility),
                JsonChecks.validity(jsonIn, jsonOut),
                JsonChecks.errorItems(jsonIn, output, jsonOut));
    }

    /** Decodes as UTF-8, replacing malformed bytes (tool output is not always clean). */
    static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /**
     * This thread's CPU time (0 when the JVM cannot tell): on a shared, oversubscribed machine it is far
     * steadier than wall time, and it leaves out JIT and GC threads.
     */
    private long cpuNanos() {
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
