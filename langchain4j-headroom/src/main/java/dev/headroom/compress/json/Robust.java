package dev.headroom.compress.json;

import java.util.Arrays;

/** Robust statistics for the item scorer: medians and median absolute deviations (no outlier bias). */
final class Robust {

    /** Scales a MAD to the standard deviation of normally distributed data. */
    static final double MAD_TO_SIGMA = 1.4826;

    private Robust() {}

    /** The median of {@code values} (not modified); 0 when empty. */
    static double median(double[] values) {
        return medianOfCount(values, values.length);
    }

    /** The median of the first {@code count} values (not modified); 0 when empty. */
    static double medianOfCount(double[] values, int count) {
        if (count == 0) {
            return 0.0;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int mid = count / 2;
        return (count % 2 == 1) ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /** The median absolute deviation from {@code median}. */
    static double mad(double[] values, double median) {
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return median(deviations);
    }
}
