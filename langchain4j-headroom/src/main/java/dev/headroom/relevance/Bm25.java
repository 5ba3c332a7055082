package dev.headroom.relevance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Okapi BM25 over a fixed set of documents (the items or lines of one tool result). IDF comes from
 * these documents alone, so a term that appears in every item (a field name, a log prefix) scores
 * nothing and a rare one (an instance id, an error code) scores high.
 *
 * <p>Immutable after {@link #index}; {@link #scores} and {@link #top} are thread-safe and deterministic
 * (ties break by document order).
 */
public final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Map<String, Integer>> termFrequencies;
    private final int[] lengths;
    private final Map<String, Integer> documentFrequencies;
    private final double averageLength;

    private Bm25(List<Map<String, Integer>> termFrequencies, int[] lengths, Map<String, Integer> df, double avg) {
        this.termFrequencies = termFrequencies;
        this.lengths = lengths;
        this.documentFrequencies = df;
        this.averageLength = avg;
    }

    /** Indexes the documents (their order is kept: document {@code i} is {@code documents.get(i)}). */
    public static Bm25 index(List<String> documents) {
        Objects.requireNonNull(documents, "documents");
        List<Map<String, Integer>> tfs = new ArrayList<>(documents.size());
        int[] lengths = new int[documents.size()];
        Map<String, Integer> df = new HashMap<>();
        long total = 0;
        for (int i = 0; i < documents.size(); i++) {
            List<String> terms = Terms.of(documents.get(i));
            Map<String, Integer> tf = new HashMap<>();
            for (String term : terms) {
                tf.merge(term, 1, Integer::sum);
            }
            for (String term : tf.keySet()) {
                df.merge(term, 1, Integer::sum);
            }
            tfs.add(tf);
            lengths[i] = terms.size();
            total += terms.size();
        }
        double avg = documents.isEmpty() ? 0.0 : (double) total / documents.size();
        return new Bm25(tfs, lengths, df, avg);
    }

    public int size() {
        return lengths.length;
    }

    /** The BM25 score of every document for the query (0 where nothing matches). */
    public double[] scores(String query) {
        return score(query, null);
    }

    /**
     * Scores every document; when {@code coverage} is given, also adds up per document the IDF of the
     * query terms it contains (how much of the query it matches, whatever its length or term counts).
     */
    private double[] score(String query, double[] coverage) {
        double[] scores = new double[lengths.length];
        List<String> queryTerms = Terms.distinct(query);
        if (queryTerms.isEmpty() || lengths.length == 0) {
            return scores;
        }
        int n = lengths.length;
        boolean hasRareTerm = false;
        for (String term : queryTerms) {
            Integer df = documentFrequencies.get(term);
            hasRareTerm |= df != null && !isCommon(df, n);
        }
        for (String term : queryTerms) {
            Integer df = documentFrequencies.get(term);
            if (df == null || (hasRareTerm && isCommon(df, n))) {
                continue;
            }
            double idf = Math.log(1.0 + (n - df + 0.5) / (df + 0.5));
            for (int i = 0; i < n; i++) {
                Integer tf = termFrequencies.get(i).get(term);
                if (tf == null) {
                    continue;
                }
                double norm = averageLength == 0.0 ? 1.0 : lengths[i] / averageLength;
                scores[i] += idf * (tf * (K1 + 1)) / (tf + K1 * (1 - B + B * norm));
                if (coverage != null) {
                    coverage[i] += idf;
                }
            }
        }
        return scores;
    }

    /**
     * Whether a term appears in more than half of the documents. Such a term ("ord" of "ORD-1337" in an
     * order log, a field name in JSON items) says little; when the query also has rarer terms it is
     * ignored, so documents that match only the common term are not returned as matches.
     */
    private static boolean isCommon(int df, int n) {
        return n >= 4 && df * 2 > n;
    }

    /**
     * The indexes of the best-matching documents, best first, at most {@code limit}, only those scoring
     * above zero. Ties keep document order.
     */
    public int[] top(String query, int limit) {
        return Ranking.top(scores(query), limit);
    }

    /**
     * The documents that match the query well enough, best first (BM25, ties by document order), at most
     * {@code limit}. How much of the query a document matches is the IDF of the query terms it holds,
     * whatever its length; a document qualifies when that is at least {@code minShareOfBest} (0 to 1) of
     * the best document's and at least {@code minCoverage}. So asked for {@code 10.0.1.115}, the documents
     * holding that address qualify, not also the many that share only its {@code 1} or {@code 115}; and
     * every document holding a one-term query's term qualifies, short or long.
     */
    public int[] matches(String query, int limit, double minShareOfBest, double minCoverage) {
        double[] coverage = new double[lengths.length];
        double[] scores = score(query, coverage);
        double best = 0.0;
        for (double c : coverage) {
            best = Math.max(best, c);
        }
        double floor = Math.max(minCoverage, best * minShareOfBest);
        for (int i = 0; i < scores.length; i++) {
            if (coverage[i] < floor) {
                scores[i] = 0.0;
            }
        }
        return Ranking.top(scores, limit);
    }
}
