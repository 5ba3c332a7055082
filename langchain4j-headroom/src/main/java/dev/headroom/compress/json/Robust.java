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
        double[] sorted = sortedSample(values, count);
        int k = sorted.length;
        int mid = k / 2;
        return (k % 2 == 1) ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
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
        double[] a = values.clone();
        int k = (n - 1) / 2;
        int lo = 0;
        int hi = n - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(n)) + 8;
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

    private static double[] sortedSample(double[] values, int count) {
        double[] sample;
        if (count <= MAX_EXACT) {
            sample = Arrays.copyOf(values, count);
        } else {
            int stride = (count + MAX_EXACT - 1) / MAX_EXACT;
            sample = new double[(count + stride - 1) / stride];
            for (int i = 0, k = 0; i < count; i += stride) {
                sample[k++] = values[i];
            }
        }
        Arrays.sort(sample);
        return sample;
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
