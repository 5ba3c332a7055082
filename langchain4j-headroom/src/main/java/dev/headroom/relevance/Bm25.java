package dev.headroom.relevance;

import dev.headroom.compress.WorkBudget;
import java.util.ArrayList;
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
 * document covers ({@link #matches}) does not depend on the spelling it uses. The question's
 * {@link FunctionWords function words} ("which", "is", "the") weigh {@link FunctionWords#WEIGHT} of others.
 *
 * <p>Immutable after {@link #index}; {@link #scores} and {@link #top} are thread-safe and deterministic
 * (ties break by document order).
 */
public final class Bm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Weight of a match through base forms, relative to a match of the word as written. */
    static final double ALIAS_WEIGHT = 0.8;
    /** Prefix of the index entries of aliases (base forms of an inflected word); no term contains it. */
    static final char ALIAS = '\u0000';

    private final Documents documents;
    private final WorkBudget budget;

    private Bm25(Documents documents, WorkBudget budget) {
        this.documents = documents;
        this.budget = budget;
    }

    /**
     * Indexes the documents (their order is kept: document {@code i} is {@code documents.get(i)}).
     *
     * <p>Every use asks one question of an index, so the terms of the documents are read when the question is
     * known ({@link #scores}, {@link #matches}), and only the ones it can match are counted: the same figures as
     * a full index, for a fraction of the work. The work budget is charged here, for every document.
     */
    public static Bm25 index(List<String> documents) {
        return index(documents, WorkBudget.unlimited());
    }

    /**
     * Indexes the documents, charging {@code budget} for the terms indexed now and for the lookups of the question
     * later (one budget per compression: {@code CompressionContext#budget()}).
     */
    public static Bm25 index(List<String> documents, WorkBudget budget) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(budget, "budget");
        String[] texts = documents.toArray(new String[0]);
        for (String text : texts) {
            budget.charge(1 + text.length()); // the terms of one document indexed
        }
        return new Bm25(Documents.plain(texts), budget);
    }

    /**
     * Indexes documents given as parts: document {@code i}'s text is its parts, each followed by one space (a JSON
     * item's member names and values). The same figures as {@link #index(List, WorkBudget)} of those texts, without
     * building them, and each distinct part is read once per question.
     */
    public static Bm25 indexParts(List<String[]> documents, WorkBudget budget) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(budget, "budget");
        for (String[] parts : documents) {
            long length = 0;
            for (String part : parts) {
                length += part.length() + 1;
            }
            budget.charge(1 + length); // the terms of one document indexed
        }
        return new Bm25(Documents.ofParts(documents), budget);
    }

    public int size() {
        return documents.size();
    }

    /** The BM25 score of every document for the query (0 where nothing matches). */
    public double[] scores(String query) {
        List<List<String>> queryWords = queryWords(query);
        if (queryWords.isEmpty() || documents.size() == 0) {
            return new double[documents.size()];
        }
        return score(queryWords, indexFor(queryWords), null);
    }

    /**
     * The term figures of the documents for one question: frequencies of the entries the question's words can
     * match (as written and as aliases, numbered by {@link WantedTerms}), their document frequencies, and every
     * document's length in terms.
     */
    private QueryIndex indexFor(List<List<String>> queryWords) {
        WantedTerms wanted = WantedTerms.of(queryWords, ALIAS);
        int n = documents.size();
        Documents.Reading reading = documents.reading();
        int[][] tfs = new int[n][];
        int[] lengths = new int[n];
        int[] df = new int[wanted.size()];
        long total = 0;
        DocumentSink sink = new DocumentSink(wanted);
        for (int i = 0; i < n; i++) {
            sink.reset();
            reading.scan(i, sink, wanted);
            int[] frequencies = sink.frequencies();
            if (frequencies != null) {
                for (int k = 0; k < frequencies.length; k += 2) {
                    df[frequencies[k]]++;
                }
            }
            tfs[i] = frequencies;
            lengths[i] = sink.length;
            total += sink.length;
        }
        double avg = n == 0 ? 0.0 : (double) total / n;
        int[][] formIds = new int[queryWords.size()][];
        for (int w = 0; w < formIds.length; w++) {
            List<String> forms = queryWords.get(w);
            formIds[w] = new int[forms.size()];
            for (int f = 0; f < forms.size(); f++) {
                formIds[w][f] = wanted.idOf(forms.get(f));
            }
        }
        return new QueryIndex(wanted, formIds, tfs, lengths, df, avg);
    }

    /**
     * Scores every document; when {@code coverage} is given, also adds up per document the IDF of the
     * query terms it contains (how much of the query it matches, whatever its length or term counts).
     */
    private double[] score(List<List<String>> queryWords, QueryIndex index, double[] coverage) {
        int n = documents.size();
        double[] scores = new double[n];
        // every query word is looked up in every document (twice): words × documents, the one product here
        budget.charge(2L * queryWords.size() * n);
        int[] dfs = new int[queryWords.size()];
        boolean hasRareTerm = false;
        for (int w = 0; w < queryWords.size(); w++) {
            int[] forms = index.formIds()[w];
            dfs[w] = index.singleLookup(forms) ? index.df(forms[0]) : index.countMatching(forms);
            hasRareTerm |= dfs[w] > 0 && !isCommon(dfs[w], n);
        }
        for (int w = 0; w < queryWords.size(); w++) {
            int df = dfs[w];
            if (df == 0 || (hasRareTerm && isCommon(df, n))) {
                continue;
            }
            int[] forms = index.formIds()[w];
            double idf = idf(df, n) * (FunctionWords.contains(queryWords.get(w).get(0)) ? FunctionWords.WEIGHT : 1.0);
            for (int i = 0; i < n; i++) {
                int tf = index.tf(i, forms[0]);
                double weight = 1.0;
                for (int f = 1; tf == 0 && f < forms.length; f++) {
                    tf = index.tf(i, forms[f]);
                    weight = ALIAS_WEIGHT;
                }
                if (tf == 0) {
                    continue;
                }
                scores[i] += weight * idf * index.saturation(tf, i);
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
        TermScanner.scan(query, (term, alias) -> {
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

    private static double idf(int df, int n) {
        return Math.log(1.0 + (n - df + 0.5) / (df + 0.5));
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
     * every document holding a one-term query's term qualifies, short or long. Documents holding a name the
     * question gives rank before all others: asked about order 7741203 and "failed checkout", the order's records
     * come first, not the many failed checkouts of other orders.
     */
    public int[] matches(String query, int limit, double minShareOfBest, double minCoverage) {
        return matches(query, limit, limit, minShareOfBest, minCoverage);
    }

    /**
     * As {@link #matches(String, int, double, double)}, and then every other document holding a name the question
     * gives that at most {@code nameLimit} documents hold, in document order: asked about order {@code ORD-20917}, its
     * eight records all match, not only the best few.
     */
    public int[] matches(String query, int limit, int nameLimit, double minShareOfBest, double minCoverage) {
        int[] best = scoredMatches(query, limit, minShareOfBest, minCoverage);
        if (nameLimit <= limit || documents.size() == 0) {
            return best;
        }
        boolean[] named = NameHolders.of(documents, query, nameLimit);
        boolean[] taken = new boolean[named.length];
        int[] out = java.util.Arrays.copyOf(best, best.length + named.length);
        int count = best.length;
        for (int i : best) {
            taken[i] = true;
        }
        for (int i = 0; i < named.length; i++) {
            if (named[i] && !taken[i]) {
                out[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private int[] scoredMatches(String query, int limit, double minShareOfBest, double minCoverage) {
        int n = documents.size();
        List<List<String>> queryWords = queryWords(query);
        if (queryWords.isEmpty() || n == 0) {
            return Ranking.top(new double[n], limit); // no word to match: nothing qualifies, nor does any name
        }
        QueryIndex index = indexFor(queryWords);
        double[] coverage = new double[n];
        double[] scores = score(queryWords, index, coverage);
        boolean[] named = NameHolders.of(documents, query, limit);
        double best = 0.0;
        for (double c : coverage) {
            best = Math.max(best, c);
        }
        double floor = Math.max(minCoverage, best * minShareOfBest);
        double top = 0.0;
        for (double score : scores) {
            top = Math.max(top, score);
        }
        for (int i = 0; i < scores.length; i++) {
            if (coverage[i] < floor && !named[i]) {
                scores[i] = 0.0;
            } else if (named[i]) {
                // what the question names ranks before what only shares its words, also where it holds the name
                // only inside a longer identifier (no term of its own)
                scores[i] += top + Double.MIN_NORMAL;
            }
        }
        return Ranking.top(scores, limit);
    }
}
