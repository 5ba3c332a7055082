package dev.headroom.compress;

/**
 * Thrown by {@link WorkBudget#charge} when a compression has done more work than its budget allows. The engine
 * passes the original through, logged once and counted as a fail-open with reason {@code work-budget}. Unchecked:
 * it must cross every compressor's loops untouched, so code that catches {@link RuntimeException} around a
 * charge point rethrows it.
 */
public final class WorkBudgetExceededException extends RuntimeException {

    private final long spent;
    private final long limit;

    public WorkBudgetExceededException(long spent, long limit) {
        super("compression work budget exceeded: " + spent + " units spent, limit " + limit, null, false, false);
        this.spent = spent;
        this.limit = limit;
    }

    public long spent() {
        return spent;
    }

    public long limit() {
        return limit;
    }
}
