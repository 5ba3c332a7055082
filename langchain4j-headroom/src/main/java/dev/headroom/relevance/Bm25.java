package dev.headroom.relevance;

import dev.headroom.compress.WorkBudget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Okapi BM25 over a fixed set of documents (the items or lines of one tool result). IDF comes from
 * these documents alone, so a term that appears in every item (a field name, a log prefix) scores
 * nothing and a rare one (an instance id, an error code) scores high.
 *
 * <p>Terms come from {@link Terms}. A question word matches a document that holds it as written, or
 * that meets it through the base forms of an inflected word on either side ("upgraded" ↔ "upgrade",
 * "failures" ↔ "failure"); such an inflected match scores {@link #ALIAS_WEIGHT} of an exact one. The
 * IDF of a question word counts every document it matches either way, so how much of the question a
 * document covers ({@link #matches}) does not depend on the spelling it uses.
 *
 * <p>Immutable after {@link #index}; {@link #scores} and {@link #top} are thread-safe and deterministic
 * (ties break by document order).
 */
public final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** Weight of a match through base forms, relative to a match of the word as written. */
    static final double ALIAS_WEIGHT = 0.8;
    /** Prefix of the index entries of aliases (base forms of an inflected word); no term contains it. */
    private static final char ALIAS = '\u0000';

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
        WorkBudget budget = WorkBudget.current();
        for (int i = 0; i < documents.size(); i++) {
            budget.charge(1 + documents.get(i).length()); // the terms of one document indexed
            Map<String, Integer> tf = new HashMap<>();
            int[] length = {0};
            Terms.scan(documents.get(i), (term, alias) -> {
                if (alias) {
                    tf.merge(ALIAS + term, 1, Integer::sum);
                } else {
                    tf.merge(term, 1, Integer::sum);
                    length[0]++;
                }
            });
            for (String term : tf.keySet()) {
                df.merge(term, 1, Integer::sum);
            }
            tfs.add(tf);
            lengths[i] = length[0];
            total += length[0];
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
        List<List<String>> queryWords = queryWords(query);
        if (queryWords.isEmpty() || lengths.length == 0) {
            return scores;
        }
        int n = lengths.length;
        // every query word is looked up in every document (twice): words × documents, the one product here
        WorkBudget.current().charge(2L * queryWords.size() * n);
        int[] dfs = new int[queryWords.size()];
        boolean hasRareTerm = false;
        for (int w = 0; w < queryWords.size(); w++) {
            List<String> forms = queryWords.get(w);
            dfs[w] = singleLookup(forms) ? documentFrequencies.getOrDefault(forms.get(0), 0) : countMatching(forms);
            hasRareTerm |= dfs[w] > 0 && !isCommon(dfs[w], n);
        }
        for (int w = 0; w < queryWords.size(); w++) {
            int df = dfs[w];
            if (df == 0 || (hasRareTerm && isCommon(df, n))) {
                continue;
            }
            List<String> forms = queryWords.get(w);
            double idf = idf(df, n);
            for (int i = 0; i < n; i++) {
                Map<String, Integer> doc = termFrequencies.get(i);
                Integer tf = doc.get(forms.get(0));
                double weight = 1.0;
                for (int f = 1; tf == null && f < forms.size(); f++) {
                    tf = doc.get(forms.get(f));
                    weight = ALIAS_WEIGHT;
                }
                if (tf == null) {
                    continue;
                }
                scores[i] += weight * idf * saturation(tf, i);
                if (coverage != null) {
                    coverage[i] += idf;
                }
            }
        }
        return scores;
    }

    /**
     * The query's distinct words in order, each as the index entries that match it: the word as written
     * first, then the documents' aliases equal to it, then its own aliases as written and as aliases.
     */
    private static List<List<String>> queryWords(String query) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        List<List<String>> current = new ArrayList<>(1);
        Terms.scan(query, (term, alias) -> {
            if (!alias) {
                List<String> forms = words.get(term);
                if (forms == null) {
                    forms = new ArrayList<>(2);
                    forms.add(term);
                    forms.add(ALIAS + term);
                    words.put(term, forms);
                    current.clear();
                    current.add(forms);
                } else {
                    current.clear(); // a repeated word: its forms are known
                }
            } else if (!current.isEmpty()) {
                List<String> forms = current.get(0);
                if (!forms.contains(term)) {
                    forms.add(term);
                    forms.add(ALIAS + term);
                }
            }
        });
        return new ArrayList<>(words.values());
    }

    /** Whether a word's only entries are itself and its alias entry, and no document holds the latter. */
    private boolean singleLookup(List<String> forms) {
        return forms.size() == 2 && !documentFrequencies.containsKey(forms.get(1));
    }

    /** Documents holding any of the forms. */
    private int countMatching(List<String> forms) {
        int count = 0;
        for (Map<String, Integer> doc : termFrequencies) {
            for (String form : forms) {
                if (doc.containsKey(form)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static double idf(int df, int n) {
        return Math.log(1.0 + (n - df + 0.5) / (df + 0.5));
    }

    /** BM25's term-frequency saturation with length normalization, for document {@code i}. */
    private double saturation(int tf, int i) {
        double norm = averageLength == 0.0 ? 1.0 : lengths[i] / averageLength;
        return (tf * (K1 + 1)) / (tf + K1 * (1 - B + B * norm));
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
        boolean[] named = holdersOfNames(query, limit);
        double best = 0.0;
        for (double c : coverage) {
            best = Math.max(best, c);
        }
        double floor = Math.max(minCoverage, best * minShareOfBest);
        for (int i = 0; i < scores.length; i++) {
            if (coverage[i] < floor && !named[i]) {
                scores[i] = 0.0;
            }
        }
        return Ranking.top(scores, limit);
    }

    /**
     * The documents holding, as written, a name the query gives: an id, version, path or file name
     * ({@link Terms#isName}) that at most {@code limit} documents hold. The question named them, so each qualifies
     * whatever else of the query it matches: asked about request {@code 01HF3XK9QZ} and a conflict, the
     * request's first line qualifies beside its {@code 409} line, which also matches "conflict".
     */
    private boolean[] holdersOfNames(String query, int limit) {
        boolean[] holders = new boolean[lengths.length];
        for (String term : Terms.names(query)) {
            int df = documentFrequencies.getOrDefault(term, 0);
            if (df == 0 || df > limit) {
                continue;
            }
            for (int i = 0; i < holders.length; i++) {
                holders[i] |= termFrequencies.get(i).containsKey(term);
            }
        }
        return holders;
    }

}
