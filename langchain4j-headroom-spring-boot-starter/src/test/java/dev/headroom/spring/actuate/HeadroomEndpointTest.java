package dev.headroom.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.compress.CompressionContext;
import dev.headroom.spring.TruncatingCompressor;
import dev.headroom.spring.actuate.HeadroomEndpoint.HeadroomReport;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadroomEndpointTest {

    @Test
    void should_report_zeros_when_nothing_happened() {
        // when
        HeadroomReport report = new HeadroomEndpoint(Headroom.create()).headroom();

        // then
        assertThat(report.total().results()).isZero();
        assertThat(report.total().savedRatio()).isZero();
        assertThat(report.tools()).isEmpty();
        assertThat(report.cleared().results()).isZero();
        assertThat(report.retrievals()).containsEntry("found", 0L).containsEntry("store_error", 0L).containsEntry("expired", 0L)
                .hasSize(dev.headroom.stats.RetrievalOutcome.values().length);
    }

    @Test
    void should_report_totals_per_tool_and_kind_with_savings_when_results_were_compressed() {
        // given
        Headroom headroom = Headroom.builder().compressor(new TruncatingCompressor(3)).tokenCounter(String::length).build();
        String json = TruncatingCompressor.jsonArray(400);
        CompressionOutcome outcome = headroom.compress(json, CompressionContext.builder().toolName("list").build());
        headroom.compress("small", CompressionContext.builder().build());
        headroom.retriever().retrieve(outcome.handle(), null, Set.of(outcome.handle()));
        headroom.retriever().recordRounds(1);

        // when
        HeadroomReport report = new HeadroomEndpoint(headroom).headroom();

        // then
        assertThat(report.total().results()).isEqualTo(2);
        assertThat(report.total().compressed()).isEqualTo(1);
        assertThat(report.total().tokensBefore()).isEqualTo(json.length() + "small".length());
        assertThat(report.total().tokensSaved()).isEqualTo(json.length() - outcome.text().length());
        assertThat(report.total().lossySaved()).isEqualTo(report.total().tokensSaved());
        assertThat(report.total().savedRatio()).isBetween(0.9, 1.0);
        assertThat(report.tools()).containsOnlyKeys("list", "none");
        assertThat(report.tools().get("list").compressed()).isEqualTo(1);
        assertThat(report.kinds()).containsKeys("json");
        assertThat(report.retrievals()).containsEntry("found", 1L);
        assertThat(report.retrievalRounds()).isEqualTo(1);
        assertThat(report.failOpen()).isZero();
        assertThat(report.total().capped()).isZero();
    }

    @Test
    void should_report_results_cut_to_the_ceiling() {
        // given: a file of about 30,000 tokens, over a ceiling of 1,000, and no compressor (below their threshold)
        Headroom headroom = Headroom.builder().config(dev.headroom.HeadroomConfig.builder()
                .defaults(dev.headroom.compress.CompressionSettings.defaults().toBuilder()
                        .minTokens(10_000_000).maxResultTokens(1_000).build())
                .build()).build();
        StringBuilder file = new StringBuilder("public final class Big {\n");
        for (int m = 0; m < 1_000; m++) {
            // names differ by letters, as in real code (lines differing only in numbers would read as data)
            String name = Integer.toString(m + 100, 26).replaceAll("[0-9]", "z");
            file.append("    public int ").append(name).append("(int ").append(name).append("Arg) {\n        return ")
                    .append(name).append("Arg * 7;\n    }\n");
        }
        headroom.compress(file.append("}\n").toString(), CompressionContext.builder().toolName("read_file").build());

        // when
        HeadroomReport report = new HeadroomEndpoint(headroom).headroom();

        // then
        assertThat(report.total().capped()).isEqualTo(1);
        assertThat(report.tools().get("read_file").capped()).isEqualTo(1);
        assertThat(report.kinds().values()).anySatisfy(kind -> assertThat(kind.capped()).isEqualTo(1));
    }

    @Test
    void should_report_results_the_conversation_budget_cleared() {
        // given: the engine's side of two clearings (what the decorators do for each stub they send)
        Headroom headroom = Headroom.create();
        String original = "a tool result of some length";
        headroom.clearing().clear(original, headroom.clearing().handle(original), "read_notes", 1_000, 40);
        headroom.clearing().clear(original, headroom.clearing().handle(original), "read_notes", 1_000, 40);

        // when
        HeadroomReport report = new HeadroomEndpoint(headroom).headroom();

        // then
        assertThat(report.cleared().results()).isEqualTo(2);
        assertThat(report.cleared().tokensBefore()).isEqualTo(2_000);
        assertThat(report.cleared().tokensAfter()).isEqualTo(80);
        assertThat(report.cleared().tokensSaved()).isEqualTo(1_920);
        assertThat(report.total().results()).as("compression totals apart").isZero();
    }
}
