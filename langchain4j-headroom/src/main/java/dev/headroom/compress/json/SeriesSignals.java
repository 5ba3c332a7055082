package dev.headroom.compress.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The numeric signals of {@link Signals}: outliers (robust z-score), level changes in a series, the top items by a
 * score field. Stateless.
 */
final class SeriesSignals {

    private SeriesSignals() {}

    /** @param median the median of {@code x}, and {@code mad} its median absolute deviation (computed once per column) */
    static void outliers(double[] x, int[] index, int perGroup, double median, double mad, List<Signals.Candidate> out) {
        List<Signals.Candidate> column = new ArrayList<>();
        if (mad > 0.0) {
            for (int k = 0; k < x.length; k++) {
                double z = 0.6745 * Math.abs(x[k] - median) / mad;
                if (z > Signals.OUTLIER_Z) {
                    column.add(new Signals.Candidate(index[k], 0, Math.min(z, 1e6)));
                }
            }
        } else {
            int differing = 0;
            for (double v : x) {
                if (v != median) {
                    differing++;
                }
            }
            if (differing > 0 && differing <= Math.max(1, (int) (Signals.RARE_SHARE * x.length))) {
                for (int k = 0; k < x.length; k++) {
                    if (x[k] != median) {
                        column.add(new Signals.Candidate(index[k], 0, Math.min(Math.abs(x[k] - median), 1e6)));
                    }
                }
            }
        }
        // the strongest few per column, Signals.ranked so that every column's best comes before any second best
        column.sort(Signals.ORDER);
        for (int k = 0; k < Math.min(perGroup, column.size()); k++) {
            Signals.Candidate c = column.get(k);
            out.add(new Signals.Candidate(c.index(), k, c.strength()));
        }
    }

    /** @param median the median of {@code x}, and {@code mad} its median absolute deviation (computed once per column) */
    static void numericChanges(double[] x, int[] index, double median, double mad, List<Signals.Candidate> out) {
        int m = x.length;
        // a long series is scanned as block medians (at most Signals.MAX_SERIES_POINTS); the raw values pin the step
        int block = (m + Signals.MAX_SERIES_POINTS - 1) / Signals.MAX_SERIES_POINTS;
        double[] y = block == 1 ? x : blockMedians(x, block);
        int my = y.length;
        if (my < Signals.MIN_SERIES) {
            return;
        }
        int w = Math.max(3, Math.min(10, my / 10));
        double[] diffs = new double[my - 1];
        for (int i = 1; i < my; i++) {
            diffs[i - 1] = Math.abs(y[i] - y[i - 1]);
        }
        // σ of the noise from first differences: a level shift is one large difference among many small
        double sigma = Robust.medianInPlace(diffs) / (0.6745 * Math.sqrt(2.0));
        double level = block == 1 ? median : Robust.median(y);
        double spread = Robust.MAD_TO_SIGMA * (block == 1 ? mad : Robust.mad(y, level));
        double[] d = new double[my];
        // the median of every window of w values, once each: d[i] compares the window at i with the one at i - w
        double[] windowMedians = slidingMedians(y, w);
        for (int i = w; i <= my - w; i++) {
            d[i] = Math.abs(windowMedians[i] - windowMedians[i - w]);
        }
        double typical = Robust.medianInPlace(Arrays.copyOfRange(d, w, my - w + 1));
        double threshold = Math.max(Math.max(4 * sigma, 3 * typical), Math.max(0.5 * spread, 1e-12));
        List<Integer> above = new ArrayList<>();
        for (int i = w; i <= my - w; i++) {
            if (d[i] > threshold) {
                above.add(i);
            }
        }
        above.sort((a, b) -> d[a] != d[b] ? Double.compare(d[b], d[a]) : Integer.compare(a, b));
        List<Integer> peaks = new ArrayList<>();
        for (int i : above) {
            if (peaks.size() >= Signals.MAX_CHANGES_PER_COLUMN) {
                break;
            }
            boolean near = false;
            for (int p : peaks) {
                near |= Math.abs(p - i) < w;
            }
            if (!near) {
                peaks.add(i);
            }
        }
        for (int p : peaks) {
            // the window medians locate the shift within ±w (blocks); the largest single raw step pins it
            int from = Math.max(1, (p - w + 1) * block);
            int to = Math.min(m - 1, (p + w) * block - 1);
            int best = from;
            for (int j = from; j <= to; j++) {
                if (Math.abs(x[j] - x[j - 1]) > Math.abs(x[best] - x[best - 1])) {
                    best = j;
                }
            }
            out.add(new Signals.Candidate(index[best], 0, d[p] / threshold));
        }
    }

    static double[] blockMedians(double[] x, int block) {
        double[] y = new double[(x.length + block - 1) / block];
        double[] scratch = new double[block];
        for (int b = 0; b < y.length; b++) {
            int from = b * block;
            int len = Math.min(block, x.length - from);
            System.arraycopy(x, from, scratch, 0, len);
            y[b] = Robust.medianOfCount(scratch, len);
        }
        return y;
    }

    /**
     * The median of every window of {@code w} consecutive values. The window is kept sorted as it slides (one value
     * out, one in, both placed by {@link Double#compare}, the order of {@link Arrays#sort(double[])}): each median is
     * the one {@link #windowMedian} gives, without a sort per position.
     */
    static double[] slidingMedians(double[] x, int w) {
        double[] medians = new double[x.length - w + 1];
        double[] window = Arrays.copyOf(x, w);
        Arrays.sort(window);
        for (int start = 0; ; start++) {
            medians[start] = (w % 2 == 1) ? window[w / 2] : (window[w / 2 - 1] + window[w / 2]) / 2.0;
            if (start + w >= x.length) {
                return medians;
            }
            double out = x[start];
            double in = x[start + w];
            int at = 0;
            while (Double.compare(window[at], out) != 0) {
                at++;
            }
            // close the gap, then open one where the new value belongs
            while (at > 0 && Double.compare(window[at - 1], in) > 0) {
                window[at] = window[at - 1];
                at--;
            }
            while (at < w - 1 && Double.compare(window[at + 1], in) < 0) {
                window[at] = window[at + 1];
                at++;
            }
            window[at] = in;
        }
    }

    /** The median of one window, by a sort: what {@link #slidingMedians} must give (its reference in tests). */
    static double windowMedian(double[] x, int from, int w, double[] scratch) {
        System.arraycopy(x, from, scratch, 0, w);
        Arrays.sort(scratch);
        return (w % 2 == 1) ? scratch[w / 2] : (scratch[w / 2 - 1] + scratch[w / 2]) / 2.0;
    }

    static void topByScore(String path, double[] x, int[] index, List<Signals.Candidate> out) {
        int dot = path.lastIndexOf('.');
        List<String> words = Words.of(dot >= 0 ? path.substring(dot + 1) : path);
        String last = Words.last(words);
        boolean rank = last.equals("rank") || last.equals("ranking");
        if (!rank && !Signals.SCORE_WORDS.contains(last)) {
            return;
        }
        Integer[] order = new Integer[x.length];
        for (int k = 0; k < x.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
            int c = rank ? Double.compare(x[a], x[b]) : Double.compare(x[b], x[a]);
            return c != 0 ? c : Integer.compare(index[a], index[b]);
        });
        for (int k = 0; k < Math.min(Signals.TOP_PER_COLUMN, order.length); k++) {
            out.add(new Signals.Candidate(index[order[k]], k, 1.0));
        }
    }
}
