package dev.headroom.compress;

import java.util.function.Supplier;

/**
 * A bound on the work of one compression, counted in work done rather than wall time (DESIGN.md invariant 5:
 * a pathological input must not run as long as it likes on the request path). Because it counts work, the
 * outcome is deterministic: the same input and settings always either finish or exceed the budget, on every
 * machine and under any load.
 *
 * <p>Compressors {@link #charge charge} it in their main loops (chars scanned, lines visited, JSON values
 * parsed, BM25 terms indexed and scored); one unit is roughly one character or one item touched. When the total
 * passes the limit, {@link #charge} throws {@link WorkBudgetExceededException} and the engine passes the original
 * through, counted as a fail-open with reason {@code work-budget}.
 *
 * <p>The engine creates one per compression, sized to the input
 * ({@code HeadroomConfig#workBudgetBase() + HeadroomConfig#workBudgetPerChar() × length}), and hands it to the
 * compressor in {@link CompressionContext#budget()}. Shared helpers that have no context (BM25, the template
 * miner, the JSON parser, also used on the retrieval path) charge {@link #current()}: the engine
 * {@link #run binds} the budget to the compressing thread for the duration of the call.
 *
 * <p><b>Not thread-safe:</b> one compression runs on one thread. {@link #unlimited()} (the default outside the
 * engine) keeps no state and may be shared.
 */
public final class WorkBudget {

    private static final ThreadLocal<WorkBudget> CURRENT = new ThreadLocal<>();
    private static final WorkBudget UNLIMITED = new WorkBudget(Long.MAX_VALUE, true);

    private final long limit;
    private final boolean unlimited;
    private long spent;

    private WorkBudget(long limit, boolean unlimited) {
        this.limit = limit;
        this.unlimited = unlimited;
    }

    /** A budget of {@code limit} units of work. */
    public static WorkBudget of(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return new WorkBudget(limit, false);
    }

    /** A budget that never runs out and counts nothing (stateless, shared). */
    public static WorkBudget unlimited() {
        return UNLIMITED;
    }

    /** The budget bound to the calling thread by {@link #run}, or {@link #unlimited()} when none is. */
    public static WorkBudget current() {
        WorkBudget bound = CURRENT.get();
        return bound == null ? UNLIMITED : bound;
    }

    /**
     * Spends {@code units} of work.
     *
     * @throws WorkBudgetExceededException when the work spent so far passes the limit
     */
    public void charge(long units) {
        if (unlimited) {
            return;
        }
        spent += units;
        if (spent > limit) {
            throw new WorkBudgetExceededException(spent, limit);
        }
    }

    /** The work spent so far (0 for {@link #unlimited()}). */
    public long spent() {
        return spent;
    }

    /** The limit ({@link Long#MAX_VALUE} for {@link #unlimited()}). */
    public long limit() {
        return limit;
    }

    public boolean isUnlimited() {
        return unlimited;
    }

    /** Runs {@code work} with this budget as the thread's {@link #current()} one, restoring the previous after. */
    public <T> T run(Supplier<T> work) {
        WorkBudget previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    @Override
    public String toString() {
        return unlimited ? "WorkBudget{unlimited}" : "WorkBudget{spent=" + spent + ", limit=" + limit + "}";
    }
}
