package dev.headroom.spring.metrics;

import dev.headroom.Mode;
import dev.headroom.compress.ContentKind;
import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.ModelCall;
import dev.headroom.stats.PassthroughReason;
import dev.headroom.stats.RetrievalOutcome;
import dev.headroom.stats.StatsCounter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bridges Headroom's statistics to Micrometer meters. Pass it to the engine with
 * {@code Headroom.builder().statsCounter(new MicrometerStatsCounter(registry))}; the starter does so when a
 * {@link MeterRegistry} bean exists.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #RESULTS}</td><td>counter</td><td>kind, tool, result</td>
 *       <td>tool results seen; result is {@code lossy}, {@code capped} (lossy: cut to the per-result ceiling,
 *       {@code CompressionSettings#maxResultTokens()}), {@code lossless} (rewritten, nothing omitted) or
 *       {@code unchanged}</td></tr>
 *   <tr><td>{@value #TOKENS_BEFORE}</td><td>counter</td><td>kind, tool</td><td>tokens of the originals</td></tr>
 *   <tr><td>{@value #TOKENS_AFTER}</td><td>counter</td><td>kind, tool</td><td>tokens the model saw instead</td></tr>
 *   <tr><td>{@value #TOKENS_SAVED}</td><td>counter</td><td>kind, tool, stage</td>
 *       <td>tokens saved; stage {@code lossless} (re-encoding) or {@code lossy} (omission, retrievable)</td></tr>
 *   <tr><td>{@value #COMPRESSION_TIME}</td><td>timer</td><td>kind</td><td>compressor run time (memo hits excluded)</td></tr>
 *   <tr><td>{@value #RETRIEVALS}</td><td>counter</td><td>outcome</td><td>{@code headroom_retrieve} calls answered;
 *       outcome {@code not_found} (not a handle of this conversation) is apart from {@code expired} (one of
 *       its handles whose original the store no longer holds)</td></tr>
 *   <tr><td>{@value #RETRIEVAL_ROUNDS}</td><td>summary</td><td></td><td>hidden retrieval rounds per caller request</td></tr>
 *   <tr><td>{@value #FAIL_OPEN}</td><td>counter</td><td>kind, tool, reason</td><td>tool results sent without omissions
 *       because something failed: reason {@code not-kept} (the store declined the original: too large,
 *       refused, evicted at once), {@code work-budget} (a compressor passed its deterministic work budget,
 *       {@code HeadroomConfig.Builder#workBudget}) or {@code error} (a compressor or the store threw)</td></tr>
 *   <tr><td>{@value #BUDGET_CLEARED}</td><td>counter</td><td>tool</td><td>tool results sent as the conversation
 *       budget's one-line stub (once per request that sends the stub; {@code ConversationBudget})</td></tr>
 *   <tr><td>{@value #BUDGET_TOKENS_SAVED}</td><td>counter</td><td>tool</td><td>tokens those stubs saved: what
 *       compression would have sent minus the stub, on top of {@value #TOKENS_SAVED}</td></tr>
 *   <tr><td>{@value #MODEL_CALLS}</td><td>counter</td><td>provider, model, round</td><td>provider calls the decorators
 *       made; round {@code caller} (the caller's own call) or {@code retrieval} (a hidden retrieval round)</td></tr>
 *   <tr><td>{@value #MODEL_TOKENS}</td><td>counter</td><td>provider, model, round, type</td><td>the provider's token
 *       usage of those calls; type {@code input} (the whole prompt), {@code cache_read} and {@code cache_write} (the
 *       parts of the prompt read from and written to the provider's prompt cache: OpenAI's cached tokens, Anthropic's
 *       cache reads and cache creation) and {@code output}</td></tr>
 *   <tr><td>{@value #CACHE_HIT_RATE}</td><td>gauge</td><td>provider, model</td><td>cache reads over input tokens since
 *       start, over the calls whose provider reported cache figures; registered on the first such call</td></tr>
 *   <tr><td>{@value #COST}</td><td>counter (usd)</td><td>provider, model, kind</td><td>money of caller requests whose
 *       model the price table knows ({@code CallCost}): kind {@code spent} (every provider call), {@code retrieval}
 *       (the hidden retrieval rounds, a part of spent) and {@code saved} (the tokens Headroom kept out, at the request's
 *       average input price); net = saved - retrieval</td></tr>
 * </table>
 *
 * <p>{@value #MODE} (gauge, tag {@code mode}: {@code active} or {@code shadow}, value 1) says whether the figures above
 * are savings made or, in shadow mode, savings Headroom would have made; {@link #registerMode} registers it (the starter
 * does, from the engine's configuration).
 *
 * <p>{@value #FAIL_OPEN} (kind {@code unknown}, tool {@code none}, each reason), {@value #RETRIEVALS} (each
 * outcome) and {@value #RETRIEVAL_ROUNDS} are registered at zero when this counter is built, so they exist before
 * the first event. Tag values are lower case; a missing tool name is {@code none}. Tool names come from the application's
 * own tools, so their cardinality is bounded. Thread-safe (Micrometer meters are).
 */
public final class MicrometerStatsCounter implements StatsCounter {

    public static final String RESULTS = "headroom.tool.results";
    public static final String TOKENS_BEFORE = "headroom.tokens.before";
    public static final String TOKENS_AFTER = "headroom.tokens.after";
    public static final String TOKENS_SAVED = "headroom.tokens.saved";
    public static final String COMPRESSION_TIME = "headroom.compression.time";
    public static final String RETRIEVALS = "headroom.retrievals";
    public static final String RETRIEVAL_ROUNDS = "headroom.retrieval.rounds";
    public static final String FAIL_OPEN = "headroom.fail.open";
    public static final String BUDGET_CLEARED = "headroom.budget.cleared";
    public static final String BUDGET_TOKENS_SAVED = "headroom.budget.tokens.saved";
    public static final String MODEL_CALLS = "headroom.model.calls";
    public static final String MODEL_TOKENS = "headroom.model.tokens";
    public static final String CACHE_HIT_RATE = "headroom.cache.hit.rate";
    public static final String COST = "headroom.cost";
    public static final String MODE = "headroom.mode";

    private final MeterRegistry registry;
    private final DistributionSummary retrievalRounds;
    /** The state behind each model's hit-rate gauge; held here because Micrometer holds gauge state weakly. */
    private final ConcurrentHashMap<Tags, CacheRate> cacheRates = new ConcurrentHashMap<>();

    public MicrometerStatsCounter(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.retrievalRounds = DistributionSummary.builder(RETRIEVAL_ROUNDS)
                .description("Hidden headroom_retrieve rounds per caller request")
                .baseUnit("rounds")
                .register(registry);
        // registered at start-up, at zero, so alerts and dashboards see them before the first event: a
        // fail-open or a failed retrieval is exactly what one wants to alert on, and it may never have happened
        for (String reason : PassthroughReason.FAIL_OPEN_TAGS) {
            failOpenCounter(Tags.of("kind", "unknown", "tool", "none", "reason", reason));
        }
        for (RetrievalOutcome outcome : RetrievalOutcome.values()) {
            retrievalCounter(outcome);
        }
    }

    @Override
    public void recordCompression(CompressionEvent event) {
        Tags tags = Tags.of("kind", kind(event.kind()), "tool", tool(event.toolName()));
        String result = event.capped() ? "capped" : event.lossy() ? "lossy"
                : event.tokensAfter() < event.tokensBefore() ? "lossless" : "unchanged";
        counter(RESULTS, "Tool results seen by Headroom", tags.and("result", result)).increment();
        counter(TOKENS_BEFORE, "Tokens of the original tool results", tags).increment(event.tokensBefore());
        counter(TOKENS_AFTER, "Tokens of the tool results as sent to the model", tags).increment(event.tokensAfter());
        if (event.losslessSaved() > 0) {
            counter(TOKENS_SAVED, "Tokens saved, by stage", tags.and("stage", "lossless")).increment(event.losslessSaved());
        }
        if (event.lossySaved() > 0) {
            counter(TOKENS_SAVED, "Tokens saved, by stage", tags.and("stage", "lossy")).increment(event.lossySaved());
        }
        if (!event.memoized() && event.nanos() > 0) {
            Timer.builder(COMPRESSION_TIME)
                    .description("Time spent compressing one tool result")
                    .tags("kind", kind(event.kind()))
                    .register(registry)
                    .record(event.nanos(), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void recordFailOpen(ContentKind kind, String toolName, Throwable cause) {
        String reason = PassthroughReason.failOpenTagOf(cause);
        failOpenCounter(Tags.of("kind", kind(kind), "tool", tool(toolName), "reason", reason)).increment();
    }

    @Override
    public void recordRetrieval(RetrievalOutcome outcome) {
        retrievalCounter(outcome).increment();
    }

    @Override
    public void recordRetrievalRounds(int rounds) {
        retrievalRounds.record(rounds);
    }

    @Override
    public void recordCleared(String toolName, long tokensBefore, long tokensAfter) {
        Tags tags = Tags.of("tool", tool(toolName));
        counter(BUDGET_CLEARED, "Tool results sent as the conversation budget's stub", tags).increment();
        counter(BUDGET_TOKENS_SAVED, "Tokens the conversation budget's stubs saved", tags)
                .increment(Math.max(0, tokensBefore - tokensAfter));
    }

    @Override
    public void recordModelCall(ModelCall call) {
        Tags model = Tags.of("provider", call.provider(), "model", call.model());
        Tags tags = model.and("round", call.retrievalRound() ? "retrieval" : "caller");
        counter(MODEL_CALLS, "Provider calls made by Headroom's decorators", tags).increment();
        CacheUsage usage = call.usage();
        String description = "Provider token usage, with prompt-cache reads and writes";
        counter(MODEL_TOKENS, description, tags.and("type", "input")).increment(usage.inputTokens());
        counter(MODEL_TOKENS, description, tags.and("type", "cache_read")).increment(usage.cacheReadTokens());
        counter(MODEL_TOKENS, description, tags.and("type", "cache_write")).increment(usage.cacheWriteTokens());
        counter(MODEL_TOKENS, description, tags.and("type", "output")).increment(usage.outputTokens());
        if (usage.cacheReported()) {
            cacheRates.computeIfAbsent(model, this::cacheRate).add(usage);
        }
    }

    @Override
    public void recordCallCost(String provider, String model, CallCost cost) {
        Tags tags = Tags.of("provider", provider, "model", model);
        money(tags.and("kind", "spent")).increment(cost.spent().doubleValue());
        money(tags.and("kind", "retrieval")).increment(cost.retrievalSpent().doubleValue());
        money(tags.and("kind", "saved")).increment(cost.saved().doubleValue());
    }

    /**
     * Registers the {@value #MODE} gauge: 1, tagged with the engine's mode, so that dashboards tell savings made
     * ({@code active}) from savings that would have been made ({@code shadow}).
     */
    public static Gauge registerMode(MeterRegistry registry, Mode mode) {
        return Gauge.builder(MODE, () -> 1)
                .description("1, tagged with Headroom's mode: active (requests sent compressed) or shadow (sent unchanged;"
                        + " the savings recorded are what would have been)")
                .tag("mode", mode.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    private CacheRate cacheRate(Tags tags) {
        CacheRate rate = new CacheRate();
        Gauge.builder(CACHE_HIT_RATE, rate, CacheRate::value)
                .description("Prompt-cache reads over input tokens, of the calls whose provider reported cache figures")
                .tags(tags)
                .register(registry);
        return rate;
    }

    private Counter money(Tags tags) {
        return Counter.builder(COST).description("Money at the price table's prices: spent, spent on retrieval rounds, saved")
                .baseUnit("usd").tags(tags).register(registry);
    }

    /** Cache reads and input tokens of one model, for its hit-rate gauge. */
    private static final class CacheRate {
        private final LongAdder input = new LongAdder();
        private final LongAdder read = new LongAdder();

        void add(CacheUsage usage) {
            input.add(usage.inputTokens());
            read.add(usage.cacheReadTokens());
        }

        double value() {
            long in = input.sum();
            return in == 0 ? 0.0 : (double) read.sum() / in;
        }
    }

    private Counter failOpenCounter(Tags tags) {
        return counter(FAIL_OPEN, "Tool results sent without omissions because the store did not keep the original or"
                + " a compressor or the store failed", tags);
    }

    private Counter retrievalCounter(RetrievalOutcome outcome) {
        return counter(RETRIEVALS, "headroom_retrieve calls answered", Tags.of("outcome", outcome.name().toLowerCase(Locale.ROOT)));
    }

    private Counter counter(String name, String description, Tags tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    private static String kind(ContentKind kind) {
        return kind == null ? "unknown" : kind.name().toLowerCase(Locale.ROOT);
    }

    private static String tool(String toolName) {
        return toolName == null || toolName.isEmpty() ? "none" : toolName;
    }
}
