package dev.headroom.spring.actuate;

import dev.headroom.Headroom;
import dev.headroom.stats.HeadroomStats;
import dev.headroom.stats.ModelTotals;
import dev.headroom.stats.RetrievalOutcome;
import dev.headroom.stats.TokenTotals;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code headroom} actuator endpoint: what Headroom did since the application started, overall, per
 * tool and per content kind, with the estimated savings. Token figures come from the engine's
 * {@code TokenCounter} (an estimate unless configured otherwise); per model, the provider's own token usage with its
 * prompt-cache reads and writes, the cache hit rate and the money at the engine's price table. Expose it with
 * {@code management.endpoints.web.exposure.include=headroom}.
 *
 * <p>{@code mode} says whether the models received the compressed requests ({@code active}) or the callers' requests
 * unchanged ({@code shadow}); in shadow mode every saving below is what Headroom would have made, summed up in
 * {@code wouldHaveSaved}.
 *
 * <p>Thread-safe; each read is a fresh snapshot of {@link Headroom#stats()}.
 */
@Endpoint(id = "headroom")
public class HeadroomEndpoint {

    private final Headroom headroom;

    public HeadroomEndpoint(Headroom headroom) {
        this.headroom = Objects.requireNonNull(headroom, "headroom");
    }

    @ReadOperation
    public HeadroomReport headroom() {
        HeadroomStats stats = headroom.stats();
        Map<String, Long> retrievals = new LinkedHashMap<>();
        for (RetrievalOutcome outcome : RetrievalOutcome.values()) {
            retrievals.put(outcome.name().toLowerCase(Locale.ROOT), stats.retrievals(outcome));
        }
        return new HeadroomReport(
                headroom.config().mode().name().toLowerCase(Locale.ROOT),
                stats.shadow() ? WouldHaveSaved.of(stats) : null,
                Totals.of(stats.total()),
                totals(stats.byTool()),
                totals(stats.byKind()),
                retrievals,
                stats.retrievalRounds(),
                stats.failOpen(),
                stats.failOpenByReason(),
                Totals.of(stats.cleared()),
                headroom.prices().asOf().toString(),
                models(stats.byModel()));
    }

    private static Map<String, Model> models(Map<String, ModelTotals> byModel) {
        Map<String, Model> result = new LinkedHashMap<>();
        byModel.forEach((key, totals) -> result.put(key, Model.of(totals)));
        return result;
    }

    private static Map<String, Totals> totals(Map<String, TokenTotals> byKey) {
        Map<String, Totals> result = new LinkedHashMap<>();
        byKey.forEach((key, totals) -> result.put(key.isEmpty() ? "none" : key, Totals.of(totals)));
        return result;
    }

    /**
     * The endpoint's answer.
     *
     * @param mode            {@code active} (the models received the compressed requests) or {@code shadow} (they
     *                        received the callers' requests unchanged; every saving here is what would have been)
     * @param wouldHaveSaved  in shadow mode, what Headroom would have saved; {@code null} in active mode
     * @param total           totals over every tool result
     * @param tools           totals per tool name, sorted by name ({@code none} when unknown)
     * @param kinds           totals per content kind, sorted by kind
     * @param retrievals      {@code headroom_retrieve} calls by outcome
     * @param retrievalRounds hidden retrieval rounds in all
     * @param failOpen        compressor or store failures answered by sending the original
     * @param failOpenReasons those failures by reason, the {@code reason} tags of the {@code headroom.fail.open}
     *                        metric ({@code not-kept}, {@code work-budget}, {@code error}); reasons not seen yet are
     *                        absent
     * @param cleared         tool results the conversation budget sent as its one-line stub, per request, with the
     *                        tokens compression would have sent and the stub's (a saving on top of {@code total})
     * @param pricesAsOf      the date of the engine's price table (ISO, {@code 2025-10-15})
     * @param models          per {@code provider/model}: the provider calls, their token usage with cache reads and
     *                        writes, the cache hit rate and the money
     */
    public record HeadroomReport(String mode, WouldHaveSaved wouldHaveSaved, Totals total, Map<String, Totals> tools, Map<String, Totals> kinds,
                                 Map<String, Long> retrievals, long retrievalRounds, long failOpen,
                                 Map<String, Long> failOpenReasons, Totals cleared, String pricesAsOf,
                                 Map<String, Model> models) {}

    /**
     * In shadow mode, what Headroom would have saved since start had it been active.
     *
     * @param note           what the figures mean
     * @param tokens         tokens compression and the conversation budget would have kept out of the requests
     *                       ({@code total.tokensSaved + cleared.tokensSaved}; the history is re-sent on every call, so a
     *                       tool result counts once per request that held it)
     * @param usd            what those tokens would have cost, at each request's average input price, over the requests
     *                       whose model the price table knows; before any retrieval rounds the model would have needed
     * @param pricedRequests the requests priced
     */
    public record WouldHaveSaved(String note, long tokens, BigDecimal usd, long pricedRequests) {

        static final String NOTE = "shadow mode: the models received the requests unchanged; these are the savings Headroom"
                + " would have made, before any retrieval rounds the models would have needed";

        static WouldHaveSaved of(HeadroomStats stats) {
            BigDecimal usd = BigDecimal.ZERO;
            long priced = 0;
            for (ModelTotals model : stats.byModel().values()) {
                usd = usd.add(model.saved());
                priced += model.pricedRequests();
            }
            return new WouldHaveSaved(NOTE, stats.tokensSaved(), usd, priced);
        }
    }

    /**
     * The provider calls for one model, as the provider reported their usage.
     *
     * @param provider              the provider, lower case ({@code open_ai}, {@code anthropic}, ...)
     * @param model                 the model name the provider gave
     * @param calls                 provider calls, hidden retrieval rounds included
     * @param retrievalCalls        of those, hidden retrieval rounds
     * @param inputTokens           prompt tokens, cache reads and writes included
     * @param cacheReadTokens       prompt tokens read from the provider's prompt cache
     * @param cacheWriteTokens      prompt tokens written to it (Anthropic's cache creation)
     * @param outputTokens          output tokens
     * @param cacheHitRate          {@code cacheReadTokens / inputTokens}; {@code null} when the provider reported no
     *                              cache figures
     * @param retrievalInputTokens  prompt tokens of the hidden retrieval rounds
     * @param retrievalOutputTokens output tokens of the hidden retrieval rounds
     * @param cost                  the money, {@code null} when the price table does not know the model
     */
    public record Model(String provider, String model, long calls, long retrievalCalls, long inputTokens,
                        long cacheReadTokens, long cacheWriteTokens, long outputTokens, Double cacheHitRate,
                        long retrievalInputTokens, long retrievalOutputTokens, Cost cost) {

        static Model of(ModelTotals t) {
            Double rate = t.cacheHitRate() == null ? null : Math.round(t.cacheHitRate() * 10_000) / 10_000.0;
            Cost cost = t.pricedRequests() == 0 || t.pricesAsOf() == null ? null
                    : new Cost(t.pricesAsOf().toString(), t.pricedRequests(), t.spent(), t.retrievalSpent(), t.saved(),
                    t.net());
            return new Model(t.provider(), t.model(), t.calls(), t.retrievalCalls(), t.usage().inputTokens(),
                    t.usage().cacheReadTokens(), t.usage().cacheWriteTokens(), t.usage().outputTokens(), rate,
                    t.retrievalUsage().inputTokens(), t.retrievalUsage().outputTokens(), cost);
        }
    }

    /**
     * Money in US dollars at the price table's prices, over the caller requests whose model it knows.
     *
     * @param pricesAsOf        the price table's date (ISO)
     * @param pricedRequests    caller requests priced
     * @param spentUsd          every provider call of those requests
     * @param retrievalSpentUsd their hidden retrieval rounds (a part of {@code spentUsd})
     * @param savedUsd          the tokens Headroom kept out of them, at each request's average input price
     * @param netUsd            {@code savedUsd - retrievalSpentUsd}
     */
    public record Cost(String pricesAsOf, long pricedRequests, BigDecimal spentUsd, BigDecimal retrievalSpentUsd,
                       BigDecimal savedUsd, BigDecimal netUsd) {}

    /**
     * Token totals over a set of tool results, with the estimated savings.
     *
     * @param results        tool results seen
     * @param compressed     tool results sent smaller than they were
     * @param capped         tool results cut to the per-result ceiling ({@code maxResultTokens}), a part of
     *                       {@code compressed}
     * @param tokensBefore   tokens of the originals
     * @param tokensAfter    tokens sent instead
     * @param tokensSaved    {@code tokensBefore - tokensAfter}
     * @param losslessSaved  saved by re-encoding alone (nothing omitted)
     * @param lossySaved     saved by omission (retrievable with {@code headroom_retrieve})
     * @param savedRatio     {@code tokensSaved / tokensBefore}, 0 when nothing was seen
     */
    public record Totals(long results, long compressed, long capped, long tokensBefore, long tokensAfter,
                         long tokensSaved, long losslessSaved, long lossySaved, double savedRatio) {

        static Totals of(TokenTotals t) {
            double ratio = t.tokensBefore() == 0 ? 0.0 : (double) t.saved() / t.tokensBefore();
            return new Totals(t.results(), t.compressed(), t.capped(), t.tokensBefore(), t.tokensAfter(), t.saved(),
                    t.losslessSaved(), t.lossySaved(), Math.round(ratio * 10_000) / 10_000.0);
        }
    }
}
