package dev.headroom;

import dev.headroom.compress.WorkBudget;

/**
 * How much one compression may take on, so that no tool result stalls a request (invariant 5, fail open): a tool result
 * longer than {@code maxInputChars} passes through uninspected, a shorter one gets a {@link WorkBudget} of
 * {@code workBudgetBase + workBudgetPerChar × length} units. The figures of {@link HeadroomConfig}, which validates
 * them. Immutable.
 */
record CompressionLimits(int maxInputChars, long workBudgetBase, int workBudgetPerChar) {

    /** See {@link HeadroomConfig#workBudgetFor}. */
    long workBudgetFor(int length) {
        return workBudgetBase + (long) workBudgetPerChar * length; // ≤ 2^63: int × int plus a long base
    }

    /** The figures as {@link HeadroomConfig#toString()} shows them. */
    @Override
    public String toString() {
        return "maxInputChars=" + maxInputChars + ", workBudget=" + workBudgetBase + "+" + workBudgetPerChar + "/char";
    }
}
