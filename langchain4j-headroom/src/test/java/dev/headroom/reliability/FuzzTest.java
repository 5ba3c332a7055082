package dev.headroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.HeadroomConfig;
import dev.headroom.compress.CompressionContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Seeded-random fuzzing of the router ({@code Headroom.compress} over every built-in compressor) and of
 * each compressor directly; the invariants are listed on {@link FuzzHarness}. Inputs come from
 * {@link FuzzInputs}: malformed and truncated JSON, 10,000-deep nesting, huge single lines, numbers
 * beyond double, duplicate keys, invalid UTF-8, lone surrogates, CRLF, empty and whitespace-only input,
 * and mutations of realistic JSON, logs, grep output, diffs and pytest output.
 *
 * <p>Every case has its own seed, derived from the run's seed and the case number; a failure prints it.
 * <pre>
 * # the CI run (3,000 cases on up to 2 threads, fixed seed 0x5EED):
 * mvn -B -o -pl langchain4j-headroom test -Dtest=FuzzTest
 * # a long run of 1,000,000 cases, inputs scaled down to about 2,000 chars so it takes well under an hour
 * # (replaying a case needs the same maxChars):
 * mvn -B -o -pl langchain4j-headroom test -Dtest=FuzzTest#should_hold_invariants_on_seeded_random_inputs \
 *     -Dheadroom.fuzz.cases=1000000 -Dheadroom.fuzz.maxChars=2000 -Dheadroom.fuzz.seed=12345 -Dheadroom.fuzz.threads=2
 * # replay one failing case by the seed the report printed:
 * mvn -B -o -pl langchain4j-headroom test -Dtest=FuzzTest#should_hold_invariants_on_seeded_random_inputs \
 *     -Dheadroom.fuzz.replay=0x1234abcd
 * </pre>
 * Failing inputs are also written to {@code target/fuzz-failures/<seed>.txt}.
 */
class FuzzTest {

    private static final long DEFAULT_SEED = 0x5EEDL;
    private static final int DEFAULT_CASES = 3_000;
    private static final int DEFAULT_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());
    private static final int MAX_REPORTED = 10;

    @Test
    void should_hold_invariants_on_seeded_random_inputs() throws Exception {
        // given
        String replay = System.getProperty("headroom.fuzz.replay");
        long seed = Long.decode(System.getProperty("headroom.fuzz.seed", Long.toString(DEFAULT_SEED)));
        int cases = replay != null ? 1 : Integer.getInteger("headroom.fuzz.cases", DEFAULT_CASES);
        int maxChars = Integer.getInteger("headroom.fuzz.maxChars", Integer.MAX_VALUE);
        int threads = replay != null ? 1 : Math.max(1, Integer.getInteger("headroom.fuzz.threads", DEFAULT_THREADS));
        List<String> failures = new ArrayList<>();
        List<FuzzHarness> harnesses = new ArrayList<>();
        AtomicLong ran = new AtomicLong();
        List<String> deaths = Collections.synchronizedList(new ArrayList<>());

        // when
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            FuzzHarness harness = new FuzzHarness(HeadroomConfig.DEFAULT_MAX_INPUT_CHARS);
            harnesses.add(harness);
            Thread worker = new Thread(() -> {
                for (int i = first; i < cases && reported(failures) < MAX_REPORTED; i += threads) {
                    long caseSeed = replay != null ? Long.decode(replay) : caseSeed(seed, i);
                    runCase(harness, caseSeed, maxChars, failures);
                    ran.incrementAndGet();
                }
            }, "fuzz-" + t);
            // a worker killed by anything runCase does not catch (an Error in the input generator, say) must
            // fail the test, not silently shrink the run
            worker.setUncaughtExceptionHandler((thread, e) -> deaths.add(thread.getName() + " died: " + e));
            workers.add(worker);
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        // then
        report(ran.get(), cases, seed, maxChars, millis, harnesses);
        assertThat(deaths).as("fuzz worker threads that died").isEmpty();
        assertThat(failures).as("fuzz failures (seed %#x); replay one with -Dheadroom.fuzz.replay=<case seed>", seed).isEmpty();
        assertThat(ran.get()).as("cases actually run").isEqualTo(cases);
    }

    /** Cases that once failed, by case seed and maxChars; each runs on every build. */
    private static final long[][] PAST_FAILURES = {
        // BuildCompressor looped forever (OutOfMemoryError) on a repeated failure body inside its preamble
        {0xce70f15ebd76ee9cL, 500}, {0xf75ccf70afcd5592L, 500}, {0x3ac6a0f7e7fa6eadL, 500},
        {0x265d482ce1a4e584L, 500}, {0x7911596e3ff38d64L, 500},
    };

    @Test
    void should_hold_invariants_on_past_failures() {
        // given
        FuzzHarness harness = new FuzzHarness(HeadroomConfig.DEFAULT_MAX_INPUT_CHARS);
        List<String> failures = new ArrayList<>();

        // when
        for (long[] past : PAST_FAILURES) {
            runCase(harness, past[0], (int) past[1], failures);
        }

        // then
        assertThat(failures).isEmpty();
    }

    @Test
    void should_hold_invariants_on_pathological_inputs() {
        // given fixed worst cases, each about 1 MB or deeper than any parser's default limit
        FuzzHarness harness = new FuzzHarness(HeadroomConfig.DEFAULT_MAX_INPUT_CHARS);
        SplittableRandom r = new SplittableRandom(7);
        List<String[]> inputs = List.of(
                new String[] {"empty", ""},
                new String[] {"whitespace", " \t\r\n ".repeat(200_000)},
                new String[] {"lone surrogate", "[\"\uD800\"]"},
                new String[] {"duplicate keys", "{\"a\":1,\"a\":2}"},
                new String[] {"arrays 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000)},
                new String[] {"objects 10,000 deep", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)},
                new String[] {"arrays 200,000 deep, unbalanced", "[".repeat(200_000)},
                new String[] {"1 MB single line", FuzzInputs.hugeLine(r, 1 << 20, new StringBuilder())},
                new String[] {"1 MB minified array", FuzzInputs.hugeLine(new SplittableRandom(1), 1 << 20, new StringBuilder())},
                new String[] {"1 MB one JSON string", "[\"" + "x".repeat(1 << 20) + "\"]"},
                new String[] {"1 MB of newlines", "\n".repeat(1 << 20)},
                new String[] {"1 MB of CRLF lines", "ERROR a\r\n".repeat(1 << 17)},
                new String[] {"1 MB of 1-char lines", "a\n".repeat(1 << 19)},
                new String[] {"1 MB number", "[" + "9".repeat(1 << 20) + "]"},
                new String[] {"1 MB of commas", "[" + "1,".repeat(1 << 19) + "1]"},
                new String[] {"1 MB flat object", flatObject(40_000)},
                new String[] {"1 MB colons", "a:1:".repeat(1 << 18)},
                new String[] {"1 MB diff headers", "@@ -1,1 +1,1 @@\n".repeat(1 << 16)},
                new String[] {"1 MB stack frames", "\tat a.B.c(B.java:1)\n".repeat(1 << 15)},
                new String[] {"1 MB log lines, then grep matches", "12:00:01 INFO worker ready\n".repeat(1 << 15)
                        + "src/a.py:1:match\n".repeat(100)},
                new String[] {"1 MB JSON Lines", FuzzInputs.jsonLines(new SplittableRandom(3), 8_000)},
                new String[] {"JSON Lines, last line cut", FuzzInputs.jsonLines(new SplittableRandom(4), 2_000) + "{\"id\":"},
                new String[] {"1 MB of {} lines", "{}\n".repeat(1 << 18)});
        List<String> failures = new ArrayList<>();

        // when
        for (String[] input : inputs) {
            CompressionContext context = FuzzHarness.context(r);
            for (int variant = 0; variant < FuzzHarness.VARIANTS.size(); variant++) {
                if (input[1].length() > 100_000 && variant != 0 && variant != 3) {
                    continue; // the 1 MB inputs: defaults and the most aggressive settings suffice
                }
                for (String violation : harness.check(input[1], context, variant, input[0])) {
                    failures.add(input[0] + " (variant " + variant + "): " + violation);
                }
            }
            System.out.printf(Locale.ROOT, "fuzz pathological: %-32s %9d chars: %s%n", input[0], input[1].length(),
                    FuzzHarness.cpuTimes(input[1]));
        }

        // then
        assertThat(failures).isEmpty();
    }

    @Test
    void should_hold_invariants_on_50_megabyte_inputs() {
        // given inputs past the default size limit, with the limit lifted so the compressors see them
        FuzzHarness lifted = new FuzzHarness(64 * 1024 * 1024);
        FuzzHarness defaults = new FuzzHarness(HeadroomConfig.DEFAULT_MAX_INPUT_CHARS);
        SplittableRandom r = new SplittableRandom(50);
        String json = bigJsonArray(50_000_000);
        String log = repeatTo(FuzzInputs.log(r, new StringBuilder()) + "2024-03-10 00:00:00,000 ERROR done\n", 50_000_000);
        List<String> failures = new ArrayList<>();

        // when: a few runs, not thousands
        for (String[] input : List.of(new String[] {"50 MB JSON", json}, new String[] {"50 MB log", log})) {
            for (FuzzHarness harness : List.of(lifted, defaults)) {
                long start = System.nanoTime();
                for (String violation : harness.check(input[1], CompressionContext.empty(), 0, input[0])) {
                    failures.add(input[0] + ": " + violation);
                }
                System.out.printf(Locale.ROOT, "fuzz large: %s (%d chars): %.0f ms%n", input[0], input[1].length(),
                        (System.nanoTime() - start) / 1e6);
            }
        }

        // then
        assertThat(failures).isEmpty();
    }

    private static void runCase(FuzzHarness harness, long caseSeed, int maxChars, List<String> failures) {
        SplittableRandom r = new SplittableRandom(caseSeed);
        FuzzInputs.Input input = FuzzInputs.next(r, maxChars);
        CompressionContext context = FuzzHarness.context(r);
        int variant = r.nextInt(FuzzHarness.VARIANTS.size());
        List<String> violations;
        try {
            violations = harness.check(input.content(), context, variant, input.recipe());
        } catch (Throwable t) {
            violations = List.of("the harness itself threw " + t);
        }
        if (!violations.isEmpty()) {
            String seedText = "0x" + Long.toHexString(caseSeed);
            String report = "case seed " + seedText + (maxChars == Integer.MAX_VALUE ? "" : " (maxChars " + maxChars + ")")
                    + " [" + input.recipe() + "] variant " + variant + ", "
                    + input.content().length() + " chars: " + violations;
            System.out.println("fuzz FAILURE " + report);
            save(seedText, input.content());
            synchronized (failures) {
                failures.add(report);
            }
        }
    }

    private static int reported(List<String> failures) {
        synchronized (failures) {
            return failures.size();
        }
    }

    /** SplitMix64's finalizer: independent, well-spread seeds per case. */
    static long caseSeed(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void report(long ran, int cases, long seed, int maxChars, long millis, List<FuzzHarness> harnesses) {
        long router = 0;
        long direct = 0;
        long lossy = 0;
        long json = 0;
        List<FuzzHarness.Timing> slowest = new ArrayList<>();
        for (FuzzHarness h : harnesses) {
            router += h.routerNanos;
            direct += h.directNanos;
            lossy += h.lossyCases;
            json += h.jsonCases;
            slowest.addAll(h.slowest());
        }
        System.out.printf(Locale.ROOT, "fuzz: %d of %d cases run (seed %#x%s) in %.1f s (%.0f cases/s); %d valid JSON, %d lossy; "
                        + "first router call %.1f s, compressors directly %.1f s%n",
                ran, cases, seed, maxChars == Integer.MAX_VALUE ? "" : ", maxChars " + maxChars, millis / 1e3,
                ran * 1e3 / Math.max(1, millis), json, lossy, router / 1e9, direct / 1e9);
        slowest.sort((a, b) -> Double.compare(b.nanosPerChar(), a.nanosPerChar()));
        slowest.stream().limit(5).forEach(t -> System.out.printf(Locale.ROOT,
                "fuzz slowest: %-20s %8d chars %8.2f ms (%.0f ns/char) [%s]%n",
                t.where(), t.chars(), t.nanos() / 1e6, t.nanosPerChar(), t.recipe()));
    }

    private static void save(String seed, String content) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(seed + ".txt"), content, StandardCharsets.UTF_16);
        } catch (IOException | RuntimeException e) {
            System.out.println("fuzz: could not save the failing input: " + e);
        }
    }

    private static String bigJsonArray(int chars) {
        StringBuilder sb = new StringBuilder(chars + 200);
        sb.append('[');
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"status\":\"")
                    .append(i % 1_000 == 7 ? "error" : "ok").append("\",\"latency_ms\":").append(i % 250)
                    .append(",\"path\":\"/api/v1/orders/").append(i).append("\"}");
        }
        return sb.append(']').toString();
    }

    private static String repeatTo(String unit, int chars) {
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("unit must not be empty");
        }
        StringBuilder sb = new StringBuilder(chars + unit.length());
        while (sb.length() < chars) {
            sb.append(unit);
        }
        return sb.toString();
    }

    private static String flatObject(int keys) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keys; i++) {
            sb.append(i == 0 ? "" : ",").append("\"key").append(i).append("\":\"value ").append(i).append('"');
        }
        return sb.append('}').toString();
    }
}
