package dev.headroom.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hybrid scorer with a real local sentence-embedding model (all-MiniLM-L6-v2, in-process ONNX). */
class HybridScorerMiniLmTest {

    private static EmbeddingModel model;

    private static final List<String> LINES = List.of(
            "2026-03-02 10:00:01 INFO user alice logged in from the web app",
            "2026-03-02 10:00:02 ERROR could not open a socket to the database server db-7:5432",
            "2026-03-02 10:00:03 WARN the volume /var is almost full (97%)",
            "2026-03-02 10:00:04 INFO request GET /orders served in 12ms",
            "2026-03-02 10:00:05 INFO cache warmed with 1200 entries");

    @BeforeAll
    static void loadModel() {
        model = new AllMiniLmL6V2EmbeddingModel();
    }

    @Test
    void should_rank_a_paraphrase_first_where_bm25_finds_nothing() {
        // given
        String query = "network connection failure";
        // when
        int[] lexical = RelevanceScorer.bm25().top(LINES, query, 3);
        int[] hybrid = RelevanceScorer.hybrid(model).top(LINES, query, 3);
        // then
        assertThat(lexical).isEmpty();
        assertThat(hybrid[0]).isEqualTo(1);
    }

    @Test
    void should_rank_disk_trouble_first_for_a_storage_question() {
        assertThat(RelevanceScorer.hybrid(model).top(LINES, "running out of disk space", 1)).containsExactly(2);
    }

    @Test
    void should_give_the_same_scores_every_time() {
        HybridScorer scorer = HybridScorer.builder().embeddingModel(model).build();
        assertThat(scorer.scores(LINES, "login")).containsExactly(scorer.scores(LINES, "login"));
    }
}
