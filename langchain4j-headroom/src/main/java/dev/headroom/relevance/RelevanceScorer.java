package dev.headroom.relevance;

import dev.headroom.compress.WorkBudget;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;

/**
 * Scores documents (the items, lines or records of one tool result) against a query: higher is more
 * relevant, {@code 0} means no match. Implementations must be thread-safe and deterministic for the same
 * input (invariant 2: the compressed form of a tool result must not change between turns).
 */
@FunctionalInterface
public interface RelevanceScorer {

    /** One score per document, in document order. */
    double[] scores(List<String> documents, String query);

    /**
     * The indexes of the best documents, best first, at most {@code limit}, only those scoring above
     * zero; ties keep document order.
     */
    default int[] top(List<String> documents, String query, int limit) {
        double[] scores = scores(documents, query);
        return Ranking.top(scores, limit);
    }

    /**
     * The documents that match the query well enough, best first, at most {@code limit}: those scoring at
     * least {@code minShareOfBest} (0 to 1) of the best score, so a question naming one package selects the
     * records that name it, not every record sharing a common word with it. {@link #bm25()} measures the
     * share on query coverage ({@link Bm25#matches}), so a long record holding the query is not discounted.
     */
    default int[] matches(List<String> documents, String query, int limit, double minShareOfBest) {
        return Ranking.matches(scores(documents, query), limit, minShareOfBest);
    }

    /**
     * {@link #scores(List, String)} within a compression's work budget: the built-in scorers charge it for their
     * work; an implementation that does not override this runs unbudgeted.
     */
    default double[] scores(List<String> documents, String query, WorkBudget budget) {
        return scores(documents, query);
    }

    /** {@link #matches(List, String, int, double)} within a compression's work budget (see {@link #scores(List, String, WorkBudget)}). */
    default int[] matches(List<String> documents, String query, int limit, double minShareOfBest, WorkBudget budget) {
        return matches(documents, query, limit, minShareOfBest);
    }

    /** Lexical scoring with {@link Bm25} over the documents themselves. */
    static RelevanceScorer bm25() {
        return new RelevanceScorer() {
            @Override
            public double[] scores(List<String> documents, String query) {
                return scores(documents, query, WorkBudget.unlimited());
            }

            @Override
            public int[] matches(List<String> documents, String query, int limit, double minShareOfBest) {
                return matches(documents, query, limit, minShareOfBest, WorkBudget.unlimited());
            }

            @Override
            public double[] scores(List<String> documents, String query, WorkBudget budget) {
                return Bm25.index(documents, budget).scores(query);
            }

            @Override
            public int[] matches(List<String> documents, String query, int limit, double minShareOfBest,
                                 WorkBudget budget) {
                return Bm25.index(documents, budget).matches(query, limit, minShareOfBest, 0.0);
            }
        };
    }

    /**
     * BM25 blended with the cosine similarity of a user-supplied LangChain4j {@link EmbeddingModel}, so
     * "connection refused" also finds "could not connect"; see {@link HybridScorer}.
     */
    static RelevanceScorer hybrid(EmbeddingModel embeddingModel) {
        return HybridScorer.builder().embeddingModel(embeddingModel).build();
    }
}
