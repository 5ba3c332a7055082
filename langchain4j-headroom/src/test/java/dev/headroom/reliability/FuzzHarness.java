package dev.headroom.reliability;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.Handles;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.CompressionSettings.Preset;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.kinds.BuiltInKinds;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.stats.RetrievalOutcome;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Checks the fuzz invariants on one input, through the router ({@link Headroom#compress}) and through each
 * built-in compressor directly, and times both. Not thread-safe: one harness per fuzzing thread.
 *
 * <p>Invariants (a violation is returned as a message; nothing is thrown):
 * <ul>
 *   <li>no exception escapes {@code Headroom.compress} (or {@code retrieve});</li>
 *   <li>the engine finishes under the default work budget (no {@code work-budget} fail-open);</li>
 *   <li>the output is never longer than the input;</li>
 *   <li>JSON in (strictly valid) → valid JSON out, unless cut to the per-result ceiling (strategy {@code capped},
 *       which cuts by lines and pieces of lines, disclosed);</li>
 *   <li>capped → the body before the closing disclosure is within the ceiling (the engine's counter), and every
 *       kept line is the input's as written (or a piece of one);</li>
 *   <li>deterministic: the same input twice, and a fresh engine without memo, give the same bytes;</li>
 *   <li>lossy → the handle is disclosed and {@code retrieve(handle, null, scope)} is the exact original;
 *       a query retrieval answers; the handle is not answered outside its scope;</li>
 *   <li>each compressor directly: does not throw on hostile input, is deterministic, discloses the
 *       handle when lossy, and the JSON compressor keeps valid JSON valid.</li>
 * </ul>
 */
final class FuzzHarness {

    /** Settings variants a case is run under: the defaults, and ones that make compressors work on everything. */
    static final List<CompressionSettings> VARIANTS = List.of(
            CompressionSettings.defaults(),
            CompressionSettings.of(Preset.AGGRESSIVE).toBuilder().minTokens(0).minSavings(0.0).build(),
            CompressionSettings.of(Preset.CONSERVATIVE),
            CompressionSettings.defaults().toBuilder().minTokens(0).maxItems(1).maxLines(1).build());

    private static final String[] TOOLS = {"search_orders", "read_logs", "grep", "git_diff", "pytest", null};

    /** Query retrievals (a BM25 index over the whole original) are checked on inputs up to this size only. */
    private static final int MAX_QUERIED_CHARS = 100_000;

    /** Engines are rebuilt after this many cases so their stores never fill (a full store may evict). */
    private static final int CASES_PER_ENGINE = 400;

    private final int maxInputChars;
    private final List<Compressor> compressors = BuiltInKinds.compressors();
    private final List<Compressor> freshCompressors = BuiltInKinds.compressors();
    private Headroom[] engines;
    private Headroom lossyEngine;
    private Headroom[] freshEngines;
    private int casesOnEngines;

    /** Nanoseconds and chars of the slowest router call, per-char, among inputs of at least 10,000 chars. */
    private final List<Timing> slowest = new ArrayList<>();
    long routerNanos;
    long directNanos;
    long lossyCases;
    long jsonCases;

    FuzzHarness(int maxInputChars) {
        this.maxInputChars = maxInputChars;
    }

    record Timing(String where, int chars, long nanos, String recipe) {
        double nanosPerChar() {
            return (double) nanos / Math.max(1, chars);
        }
    }

    /** A random context, as the decorators would pass it. */
    static CompressionContext context(SplittableRandom r) {
        String tool = TOOLS[r.nextInt(TOOLS.length)];
        String arguments = r.nextBoolean() ? "{\"query\":\"" + FuzzInputs.word(r).replace("\"", "") + "\"}" : null;
        String user = r.nextBoolean() ? "why did the " + FuzzInputs.word(r) + " fail?" : null;
        return CompressionContext.builder().toolName(tool).toolArguments(arguments).userMessage(user).build();
    }

    /** Runs every invariant on one input; returns the violations (empty when all hold). */
    List<String> check(String input, CompressionContext context, int variant, String recipe) {
        ensureEngines();
        List<String> violations = new ArrayList<>();
        boolean jsonIn = JsonValidity.isValid(input);
        if (jsonIn) {
            jsonCases++;
        }
        checkRouter(input, context, variant, recipe, jsonIn, violations);
        checkLossyPath(input, context, violations);
        checkCompressors(input, context, VARIANTS.get(variant), recipe, jsonIn, violations);
        return violations;
    }

    private void checkRouter(String input, CompressionContext context, int variant, String recipe, boolean jsonIn,
                             List<String> violations) {
        Headroom engine = engines[variant];
        CompressionOutcome first;
        CompressionOutcome second;
        CompressionOutcome fresh;
        long start = System.nanoTime();
        try {
            first = engine.compress(input, context);
        } catch (Throwable t) {
            violations.add("router: Headroom.compress threw " + describe(t));
            return;
        }
        long nanos = System.nanoTime() - start;
        routerNanos += nanos;
        time("router", input.length(), nanos, recipe);
        try {
            second = engine.compress(input, context);
            fresh = freshEngines[variant].compress(new String(input.toCharArray()), context);
        } catch (Throwable t) {
            violations.add("router: Headroom.compress threw on a repeat " + describe(t));
            return;
        }
        if ("work-budget".equals(first.strategy())) {
            // the default budget sits far above any realistic input's work: a fuzz case reaching it is a
            // compressor doing super-linear work, to fix rather than to pass through
            violations.add("router: passed the default work budget (" + input.length() + " chars, kind " + first.kind() + ")");
        }
        String out = first.text();
        if (out.length() > input.length()) {
            violations.add("router: output longer than input (" + out.length() + " > " + input.length() + ")");
        }
        if (jsonIn && !first.capped() && !JsonValidity.isValid(out)) {
            violations.add("router: JSON in, invalid JSON out (strategy " + first.strategy() + ")");
        }
        if (first.capped()) {
            checkCapped(input, out, VARIANTS.get(variant).maxResultTokens(), violations);
        }
        if (!first.equals(second)) {
            violations.add("router: not deterministic on a repeat: " + summary(first) + " vs " + summary(second));
        }
        if (!first.text().equals(fresh.text()) || first.lossy() != fresh.lossy()) {
            violations.add("router: a fresh engine gave other bytes: " + summary(first) + " vs " + summary(fresh));
        }
        if (first.lossy()) {
            lossyCases++;
            checkRetrieval(engine, input, first, violations);
        }
    }

    /** The per-result ceiling's promises: a body within it, then one disclosure line; kept text as written. */
    private static void checkCapped(String input, String out, int ceiling, List<String> violations) {
        String body = out.substring(0, out.lastIndexOf('\n') + 1);
        int tokens = dev.headroom.tokens.TokenCounter.estimating().count(body);
        if (tokens > ceiling) {
            violations.add("ceiling: capped body of " + tokens + " tokens over the ceiling of " + ceiling);
        }
        if (!out.substring(body.length()).startsWith("[headroom: ")) {
            violations.add("ceiling: capped output does not end with its disclosure line");
        }
        for (String line : body.split("\r?\n")) {
            if (!line.startsWith("… ") && !input.contains(line)) {
                violations.add("ceiling: a kept line is not the input's: " + line.substring(0, Math.min(80, line.length())));
                return;
            }
        }
    }

    /**
     * The store-and-retrieve path on every input, whatever the built-in compressors decide: an engine whose
     * compressor for every kind keeps only the first lines.
     */
    private void checkLossyPath(String input, CompressionContext context, List<String> violations) {
        try {
            CompressionOutcome outcome = lossyEngine.compress(input, context);
            if (outcome.lossy()) {
                checkRetrieval(lossyEngine, input, outcome, violations);
            }
        } catch (Throwable t) {
            violations.add("lossy path: Headroom.compress threw " + describe(t));
        }
    }

    private static void checkRetrieval(Headroom engine, String input, CompressionOutcome outcome, List<String> violations) {
        String handle = outcome.handle();
        if (!outcome.text().contains(handle)) {
            violations.add("router: lossy output does not disclose its handle " + handle);
        }
        try {
            Retrieval whole = engine.retriever().retrieve(handle, null, Set.of(handle));
            if (whole.outcome() != RetrievalOutcome.FOUND || !whole.text().equals(input)) {
                violations.add("retrieve: the original did not come back exactly (" + whole.outcome() + ")");
            }
            if (input.length() <= MAX_QUERIED_CHARS) {
                Retrieval queried = engine.retriever().retrieve(handle, "error timeout 42", Set.of(handle));
                if (queried.outcome() != RetrievalOutcome.QUERY_MATCHED && queried.outcome() != RetrievalOutcome.QUERY_NO_MATCH) {
                    violations.add("retrieve: a query retrieval answered " + queried.outcome());
                }
            }
            Retrieval foreign = engine.retriever().retrieve(handle, null, Set.of(Handles.of(input + "other")));
            if (foreign.outcome() != RetrievalOutcome.NOT_FOUND) {
                violations.add("retrieve: a handle outside the scope was answered " + foreign.outcome());
            }
        } catch (Throwable t) {
            violations.add("retrieve: threw " + describe(t));
        }
    }

    private void checkCompressors(String input, CompressionContext context, CompressionSettings settings, String recipe,
                                  boolean jsonIn, List<String> violations) {
        if (input.length() > maxInputChars) {
            return; // the engine never hands these to a compressor
        }
        CompressionContext effective = context.toBuilder().handle(Handles.of(input)).settings(settings).build();
        for (int i = 0; i < compressors.size(); i++) {
            Compressor compressor = compressors.get(i);
            String name = compressor.getClass().getSimpleName();
            CompressionResult result;
            CompressionResult again;
            long start = System.nanoTime();
            try {
                result = compressor.compress(input, effective);
            } catch (Throwable t) {
                violations.add(name + ": threw " + describe(t));
                continue;
            }
            long nanos = System.nanoTime() - start;
            directNanos += nanos;
            time(name, input.length(), nanos, recipe);
            try {
                again = freshCompressors.get(i).compress(new String(input.toCharArray()), effective);
            } catch (Throwable t) {
                violations.add(name + ": threw on a repeat " + describe(t));
                continue;
            }
            if (result == null) {
                violations.add(name + ": returned null");
                continue;
            }
            if (!result.equals(again)) {
                violations.add(name + ": not deterministic: " + result + " vs " + again);
            }
            if (result.lossy() && !result.output().contains(effective.handle())) {
                violations.add(name + ": lossy result without the handle in its disclosure");
            }
            if (jsonIn && compressor.kind() == ContentKind.JSON && !JsonValidity.isValid(result.output())) {
                violations.add(name + ": JSON in, invalid JSON out (" + result.strategy() + ")");
            }
        }
    }

    /**
     * The CPU time (this thread's, so other load on the machine does not count) of one call of a fresh
     * engine without memo and of each built-in compressor directly, in milliseconds: "router 12.3, Json 4.5, ...".
     */
    static String cpuTimes(String input) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        StringBuilder sb = new StringBuilder();
        Headroom fresh = Headroom.builder().config(HeadroomConfig.builder().memoMaximumBytes(0).build()).build();
        long start = bean.getCurrentThreadCpuTime();
        fresh.compress(input, CompressionContext.empty());
        sb.append(String.format(Locale.ROOT, "router %.1f ms", (bean.getCurrentThreadCpuTime() - start) / 1e6));
        CompressionContext context = CompressionContext.builder().handle(Handles.of(input)).build();
        for (Compressor compressor : BuiltInKinds.compressors()) {
            start = bean.getCurrentThreadCpuTime();
            try {
                compressor.compress(input, context);
            } catch (RuntimeException e) {
                sb.append(" (threw)");
            }
            sb.append(String.format(Locale.ROOT, ", %s %.1f ms", compressor.getClass().getSimpleName(),
                    (bean.getCurrentThreadCpuTime() - start) / 1e6));
        }
        return sb.append(" (CPU)").toString();
    }

    private void ensureEngines() {
        if (engines != null && casesOnEngines++ < CASES_PER_ENGINE) {
            return;
        }
        casesOnEngines = 0;
        Headroom.Builder lossy = Headroom.builder()
                .config(HeadroomConfig.builder().defaults(VARIANTS.get(1)).maxInputChars(maxInputChars).build())
                .store(CaffeineCompressionStore.create());
        for (ContentKind kind : ContentKind.values()) {
            lossy.compressor(new HeadCompressor(kind, 2));
        }
        lossyEngine = lossy.build();
        engines = new Headroom[VARIANTS.size()];
        freshEngines = new Headroom[VARIANTS.size()];
        for (int v = 0; v < VARIANTS.size(); v++) {
            HeadroomConfig config = HeadroomConfig.builder().defaults(VARIANTS.get(v)).maxInputChars(maxInputChars).build();
            engines[v] = Headroom.builder().config(config).store(CaffeineCompressionStore.create()).build();
            freshEngines[v] = Headroom.builder().config(config.toBuilder().memoMaximumBytes(0).build())
                    .store(CaffeineCompressionStore.create()).build();
        }
    }

    private void time(String where, int chars, long nanos, String recipe) {
        if (chars < 10_000) {
            return;
        }
        Timing timing = new Timing(where, chars, nanos, recipe);
        slowest.add(timing);
        slowest.sort((a, b) -> Double.compare(b.nanosPerChar(), a.nanosPerChar()));
        if (slowest.size() > 5) {
            slowest.remove(5);
        }
    }

    List<Timing> slowest() {
        return List.copyOf(slowest);
    }

    private static String summary(CompressionOutcome o) {
        return o.strategy() + "/" + (o.lossy() ? "lossy" : "lossless") + "/" + o.text().length() + " chars";
    }

    private static String describe(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return t + (trace.length > 0 ? " at " + trace[0] : "");
    }
}
