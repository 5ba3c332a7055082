package dev.headroom.compress.json;

import java.util.Arrays;

/**
 * Robust statistics for the item scorer: medians and median absolute deviations (no outlier bias). Above
 * {@link #MAX_EXACT} values they are computed on an evenly strided sample of that many values
 * (deterministic, and close enough for thresholds), so a 500,000-number array costs no more than 16,384.
 */
final class Robust {

    /** Scales a MAD to the standard deviation of normally distributed data. */
    static final double MAD_TO_SIGMA = 1.4826;

    /** Larger inputs are sampled. */
    static final int MAX_EXACT = 1 << 14;

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
        return medianOfSample(sample(values, count));
    }

    /**
     * {@link #median}, reordering {@code values} instead of a copy of them: for an array made only to take its median
     * (the median is a value, the same whatever order it is found in).
     */
    static double medianInPlace(double[] values) {
        if (values.length == 0) {
            return 0.0;
        }
        return medianOfSample(values.length <= MAX_EXACT ? values : sample(values, values.length));
    }

    /** The median of the sample, reordering it. */
    private static double medianOfSample(double[] sample) {
        int k = sample.length;
        int mid = k / 2;
        if (!selectable(sample)) {
            Arrays.sort(sample);
            return (k % 2 == 1) ? sample[mid] : (sample[mid - 1] + sample[mid]) / 2.0;
        }
        // what a sort would put at mid (and, for an even count, the largest value before it)
        double upper = select(sample, mid);
        if (k % 2 == 1) {
            return upper;
        }
        double lower = sample[0];
        for (int i = 1; i < mid; i++) {
            lower = Math.max(lower, sample[i]);
        }
        return (lower + upper) / 2.0;
    }

    /**
     * The exact lower median, always one of the values (never sampled: summaries show it as written);
     * 0 when empty. Quickselect on a copy, falling back to a full sort if the partitions degenerate.
     */
    static double lowerMedian(double[] values) {
        int n = values.length;
        if (n == 0) {
            return 0.0;
        }
        return select(values.clone(), (n - 1) / 2);
    }

    /**
     * Whether {@link #select} orders these values as {@link Arrays#sort(double[])} does: no NaN and no -0.0
     * (which {@code <} cannot tell apart from 0.0 or place), so equal values are the same value.
     */
    private static boolean selectable(double[] a) {
        for (double v : a) {
            if (v != v || (v == 0.0 && Double.doubleToRawLongBits(v) != 0L)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value a sort would put at index {@code k}, leaving every smaller-or-equal value before it (reorders
     * {@code a}). Quickselect, falling back to a full sort if the partitions degenerate.
     */
    private static double select(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(a.length)) + 8;
        while (lo < hi) {
            if (budget-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return a[k];
            }
            double pivot = a[lo + (hi - lo) / 2];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    /** The first {@code count} values, or an evenly strided sample of {@link #MAX_EXACT} of them (a copy). */
    private static double[] sample(double[] values, int count) {
        if (count <= MAX_EXACT) {
            return Arrays.copyOf(values, count);
        }
        int stride = (count + MAX_EXACT - 1) / MAX_EXACT;
        double[] sample = new double[(count + stride - 1) / stride];
        for (int i = 0, k = 0; i < count; i += stride) {
            sample[k++] = values[i];
        }
        return sample;
    }

    /** The median absolute deviation from {@code median}. */
    static double mad(double[] values, double median) {
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return medianInPlace(deviations);
    }
}
