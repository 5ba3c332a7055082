package dev.headroom.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HybridScorerTest {

    /**
     * A deterministic stand-in for a sentence embedding model: 3 dimensions for the concepts
     * "connection failure", "disk", "user".
     */
    static final class ConceptModel implements EmbeddingModel {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger texts = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls.incrementAndGet();
            List<Embedding> result = new ArrayList<>();
            for (TextSegment s : segments) {
                texts.incrementAndGet();
                String t = s.text().toLowerCase(Locale.ROOT);
                float network = t.contains("refused") || t.contains("connect") || t.contains("unreachable") ? 1f : 0f;
                float disk = t.contains("disk") || t.contains("space") ? 1f : 0f;
                float user = t.contains("user") || t.contains("login") ? 1f : 0f;
                result.add(Embedding.from(new float[] {network + 0.01f, disk + 0.01f, user + 0.01f}));
            }
            return Response.from(result);
        }
    }

    private static final List<String> LINES = List.of(
            "INFO user alice logged in",
            "ERROR could not connect to db-7:5432",
            "WARN disk space low on /var",
            "INFO request served in 12ms",
            "ERROR host unreachable: cache-2");

    @Test
    void should_find_semantic_matches_that_bm25_misses() {
        // given
        RelevanceScorer bm25 = RelevanceScorer.bm25();
        RelevanceScorer hybrid = RelevanceScorer.hybrid(new ConceptModel());
        // when
        int[] lexical = bm25.top(LINES, "connection refused", 3);
        int[] blended = hybrid.top(LINES, "connection refused", 3);
        // then
        assertThat(lexical).isEmpty();
        assertThat(blended).startsWith(1, 4);
    }

    @Test
    void should_keep_exact_term_matches_first_when_both_agree() {
        int[] top = RelevanceScorer.hybrid(new ConceptModel()).top(LINES, "disk space", 2);
        assertThat(top[0]).isEqualTo(2);
    }

    @Test
    void should_be_deterministic_and_embed_in_one_call_bounded_by_max_embedded() {
        // given
        ConceptModel model = new ConceptModel();
        HybridScorer scorer = HybridScorer.builder().embeddingModel(model).maxEmbedded(3).build();
        List<String> many = new ArrayList<>(LINES);
        for (int i = 0; i < 100; i++) {
            many.add("INFO tick " + i);
        }
        // when
        double[] a = scorer.scores(many, "disk");
        double[] b = scorer.scores(many, "disk");
        // then
        assertThat(a).containsExactly(b);
        assertThat(model.calls).hasValue(2);
        assertThat(model.texts).hasValue(2 * (1 + 3));
    }

    @Test
    void should_fall_back_to_bm25_when_the_model_fails() {
        EmbeddingModel broken = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                throw new IllegalStateException("model down");
            }
        };
        double[] scores = RelevanceScorer.hybrid(broken).scores(LINES, "disk");
        assertThat(scores).containsExactly(Bm25.index(LINES).scores("disk"));
    }

    @Test
    void should_not_call_the_model_without_a_query() {
        ConceptModel model = new ConceptModel();
        assertThat(RelevanceScorer.hybrid(model).scores(LINES, " ")).containsOnly(0.0);
        assertThat(model.calls).hasValue(0);
    }

    @Test
    void should_validate_and_copy_settings() {
        assertThatThrownBy(() -> HybridScorer.builder().build()).hasMessageContaining("embeddingModel");
        assertThatThrownBy(() -> HybridScorer.builder().embeddingModel(new ConceptModel()).bm25Weight(2).build())
                .hasMessageContaining("bm25Weight");
        HybridScorer scorer = HybridScorer.builder().embeddingModel(new ConceptModel()).bm25Weight(0.3).maxEmbedded(7)
                .maxDocumentChars(50).build();
        assertThat(scorer.toBuilder().build().toString()).isEqualTo(scorer.toString());
    }
}
