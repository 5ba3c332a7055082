package dev.headroom.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.WorkBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Documents given as parts score exactly as their joined texts (each part followed by a space) do. */
class Bm25PartsTest {

    private static final String[] VOCABULARY = {"id", "name", "status", "failed", "Failures", "upgraded", "upgrade",
        "eu-west-3", "eu-west-3a", "i-0abc123", "v2.17.1", "2.17.1", "src/a.py:12", "Lib/asyncio/tasks.py", "ORD-417",
        "orders-worker", "orders-worker-7f9c4", "legacy_checkout", "TIMEOUT", "timeout_ms", "-5", "3.", "a:b", "x",
        "\u0130D", "\u00c9t\u00e9", "\u039f\u0394\u039f\u03a3", "health check", "null", "true", "0", "42", ""};

    private static final String[] QUERIES = {"which instances failed in eu-west-3?", "upgrade failures of orders-worker",
        "what about v2.17.1 and Lib/asyncio/tasks.py", "ORD-417 timeout", "legacy-checkout", "\u0131d \u00e9t\u00e9 \u03bf\u03b4\u03bf\u03c2",
        "i-0abc123", "status"};

    @Test
    void should_give_the_figures_of_the_joined_texts() {
        SplittableRandom random = new SplittableRandom(11);
        for (int c = 0; c < 300; c++) {
            int n = 1 + random.nextInt(60);
            List<String[]> parts = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String[] doc = new String[random.nextInt(8)];
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < doc.length; k++) {
                    String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
                    doc[k] = random.nextInt(4) == 0 ? word + "-" + random.nextInt(5) : word;
                    text.append(doc[k]).append(' ');
                }
                parts.add(doc);
                texts.add(text.toString());
            }
            for (String query : QUERIES) {
                Bm25 joined = Bm25.index(texts, WorkBudget.unlimited());
                Bm25 separate = Bm25.indexParts(parts, WorkBudget.unlimited());
                assertThat(separate.scores(query)).as(query).containsExactly(joined.scores(query));
                int limit = 1 + random.nextInt(n);
                assertThat(separate.matches(query, limit, 0.5, 1.0)).as(query)
                        .containsExactly(joined.matches(query, limit, 0.5, 1.0));
                assertThat(separate.matches(query, limit, 0.3, 0.0)).as(query)
                        .containsExactly(joined.matches(query, limit, 0.3, 0.0));
            }
        }
    }
}
