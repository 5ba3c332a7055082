package dev.headroom.samples.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.stats.RetrievalOutcome;
import org.junit.jupiter.api.Test;

/** The tools over one shared engine and store: compression, retrieval scoped per session, statistics. */
class HeadroomToolsTest {

    private final HeadroomTools tools = new HeadroomTools(Headroom.create());

    @Test
    void should_answer_a_session_only_for_hashes_it_compressed_when_sessions_share_one_store() {
        // given
        CompressionOutcome outcome = tools.compress("session-a", Fixtures.json100k(), null, "list_orders");
        String hash = outcome.retrievalHandle().orElseThrow();

        // when
        Retrieval own = tools.retrieve("session-a", hash, Fixtures.OMITTED_ORDER);
        Retrieval foreign = tools.retrieve("session-b", hash, null);

        // then
        assertThat(outcome.lossy()).isTrue();
        assertThat(own.outcome()).isEqualTo(RetrievalOutcome.QUERY_MATCHED);
        assertThat(own.text()).contains(Fixtures.OMITTED_ORDER);
        assertThat(foreign.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(foreign.text()).doesNotContain(Fixtures.OMITTED_ORDER);
    }

    @Test
    void should_report_savings_per_tool_when_asked_for_stats() {
        // given
        tools.compress("s", Fixtures.json100k(), null, "list_orders");

        // when
        String stats = tools.stats("s");

        // then
        assertThat(stats).contains("\"list_orders\"", "\"sessionRetrievableOriginals\":1", "\"store\":\"CaffeineCompressionStore\"");
        assertThat(stats).containsPattern("\"tokensSaved\":[1-9]");
    }

    @Test
    void should_answer_invalid_arguments_when_the_hash_is_missing() {
        assertThat(tools.retrieve("s", " ", null).outcome()).isEqualTo(RetrievalOutcome.INVALID_ARGUMENTS);
    }
}
