package dev.headroom.compress.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.Lines;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.stats.RetrievalOutcome;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableRetrievalTest {

    @Test
    void should_retrieve_a_pod_row_under_its_header_by_name_through_the_engine() {
        // given
        Headroom headroom = Headroom.builder().build();
        String in = TableFixtures.kubectl();
        String[] lines = Lines.split(in);
        String pod = lines[1 + 100].substring(0, lines[1 + 100].indexOf(' '));
        CompressionOutcome outcome = headroom.compress(in, CompressionContext.builder().toolName("kubectl").build());
        assertThat(outcome.lossy()).isTrue();
        assertThat(outcome.kind().name()).isEqualTo("TABLE");
        assertThat(outcome.text()).doesNotContain(pod);
        // when
        Retrieval whole = headroom.retriever().retrieve(outcome.handle(), null, Set.of(outcome.handle()));
        Retrieval matched = headroom.retriever().retrieve(outcome.handle(), pod, Set.of(outcome.handle()));
        // then
        assertThat(whole.text()).isEqualTo(in);
        assertThat(matched.outcome()).isEqualTo(RetrievalOutcome.QUERY_MATCHED);
        assertThat(matched.text()).endsWith(lines[0] + "\n" + lines[1 + 100]);
    }

    @Test
    void should_retrieve_csv_rows_by_value_with_the_header_once() {
        // given
        Headroom headroom = Headroom.builder().build();
        String in = TableFixtures.ordersCsv();
        String[] lines = Lines.split(in);
        CompressionOutcome outcome = headroom.compress(in, CompressionContext.builder().toolName("export").build());
        // when
        Retrieval matched = headroom.retriever().retrieve(outcome.handle(), "ORD-100007 ORD-102500", Set.of(outcome.handle()));
        // then
        assertThat(matched.outcome()).isEqualTo(RetrievalOutcome.QUERY_MATCHED);
        assertThat(matched.text()).contains(lines[0] + "\n").contains(lines[1 + 7]).contains(lines[1 + 2500]);
        assertThat(matched.text().split("order_id,customer", -1)).hasSize(2);
    }
}
