package dev.headroom.compress;

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
 * compressor in {@link CompressionContext#budget()}; the compressor passes it on to the shared helpers it calls (BM25,
 * the template miner, the JSON and table parsers), which take it as a parameter. Outside a compression (the
 * retrieval path, tests) those helpers run {@link #unlimited()}.
 *
 * <p><b>Not thread-safe:</b> one compression runs on one thread. {@link #unlimited()} (the default outside the
 * engine) keeps no state and may be shared.
 */
public final class WorkBudget {

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

    @Override
    public String toString() {
        return unlimited ? "WorkBudget{unlimited}" : "WorkBudget{spent=" + spent + ", limit=" + limit + "}";
    }
}
