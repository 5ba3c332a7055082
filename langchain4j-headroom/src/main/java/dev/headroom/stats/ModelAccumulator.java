package dev.headroom.stats;

import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/** Lock-free running totals of one provider and model ({@link ModelTotals}); money in nano-dollars. */
final class ModelAccumulator {

    private final String provider;
    private final String model;
    private final LongAdder calls = new LongAdder();
    private final LongAdder retrievalCalls = new LongAdder();
    private final Usage usage = new Usage();
    private final Usage retrievalUsage = new Usage();
    private final LongAdder pricedRequests = new LongAdder();
    private final LongAdder spentNanos = new LongAdder();
    private final LongAdder retrievalNanos = new LongAdder();
    private final LongAdder savedNanos = new LongAdder();
    private volatile @Nullable LocalDate pricesAsOf;

    ModelAccumulator(String provider, String model) {
        this.provider = provider;
        this.model = model;
    }

    void add(ModelCall call) {
        calls.increment();
        usage.add(call.usage());
        if (call.retrievalRound()) {
            retrievalCalls.increment();
            retrievalUsage.add(call.usage());
        }
    }

    void add(CallCost cost) {
        pricedRequests.increment();
        spentNanos.add(nanos(cost.spent()));
        retrievalNanos.add(nanos(cost.retrievalSpent()));
        savedNanos.add(nanos(cost.saved()));
        pricesAsOf = cost.pricesAsOf();
    }

    ModelTotals snapshot() {
        return new ModelTotals(provider, model, calls.sum(), retrievalCalls.sum(), usage.snapshot(),
                retrievalUsage.snapshot(), pricedRequests.sum(), pricesAsOf, usd(spentNanos), usd(retrievalNanos),
                usd(savedNanos));
    }

    private static long nanos(BigDecimal usd) {
        return usd.setScale(CallCost.SCALE, java.math.RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    private static BigDecimal usd(LongAdder nanos) {
        return BigDecimal.valueOf(nanos.sum(), CallCost.SCALE);
    }

    private static final class Usage {
        final LongAdder input = new LongAdder();
        final LongAdder cacheRead = new LongAdder();
        final LongAdder cacheWrite = new LongAdder();
        final LongAdder output = new LongAdder();
        volatile boolean cacheReported;

        void add(CacheUsage u) {
            input.add(u.inputTokens());
            cacheRead.add(u.cacheReadTokens());
            cacheWrite.add(u.cacheWriteTokens());
            output.add(u.outputTokens());
            if (u.cacheReported()) {
                cacheReported = true;
            }
        }

        CacheUsage snapshot() {
            // read the parts first so that a concurrent add cannot make reads + writes exceed the input read
            long read = cacheRead.sum();
            long write = cacheWrite.sum();
            return new CacheUsage(Math.max(input.sum(), read + write), read, write, output.sum(), cacheReported);
        }
    }
}
