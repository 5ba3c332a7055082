package dev.headroom.relevance;

import java.util.Arrays;

/** Ranks a score array: indexes scoring above zero, best first, ties by index. */
final class Ranking {

    private Ranking() {}

    /** {@link #top} of the scores at least {@code minShareOfBest} of the best one ({@code scores} is modified). */
    static int[] matches(double[] scores, int limit, double minShareOfBest) {
        double best = 0.0;
        for (double score : scores) {
            best = Math.max(best, score);
        }
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] < best * minShareOfBest) {
                scores[i] = 0.0;
            }
        }
        return top(scores, limit);
    }

    static int[] top(double[] scores, int limit) {
        Integer[] order = new Integer[scores.length];
        int count = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > 0.0) {
                order[count++] = i;
            }
        }
        Integer[] matching = Arrays.copyOf(order, count);
        Arrays.sort(matching, (a, b) -> {
            int c = Double.compare(scores[b], scores[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int k = Math.max(0, Math.min(limit, matching.length));
        int[] result = new int[k];
        for (int i = 0; i < k; i++) {
            result[i] = matching[i];
        }
        return result;
    }
}
