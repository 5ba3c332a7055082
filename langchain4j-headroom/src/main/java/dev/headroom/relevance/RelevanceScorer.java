package dev.headroom.relevance;

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

    /** Lexical scoring with {@link Bm25} over the documents themselves. */
    static RelevanceScorer bm25() {
        return (documents, query) -> Bm25.index(documents).scores(query);
    }

    /**
     * BM25 blended with the cosine similarity of a user-supplied LangChain4j {@link EmbeddingModel}, so
     * "connection refused" also finds "could not connect"; see {@link HybridScorer}.
     */
    static RelevanceScorer hybrid(EmbeddingModel embeddingModel) {
        return HybridScorer.builder().embeddingModel(embeddingModel).build();
    }
}
