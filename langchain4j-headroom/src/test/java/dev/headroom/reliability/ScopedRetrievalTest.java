package dev.headroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.Retrieval;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.compress.CompressionContext;
import dev.headroom.stats.RetrievalOutcome;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md invariant 6 at the engine level: a handle is answered only when it is in the current
 * request's scope, even when the (shared) store holds it.
 */
class ScopedRetrievalTest {

    private static final CompressionContext CONTEXT = CompressionContext.builder().toolName("list_orders").build();

    private static Headroom engine(CaffeineCompressionStore store) {
        return Headroom.builder().store(store).compressor(HeadCompressor.json()).build();
    }

    private static CompressionOutcome compressLossy(Headroom headroom, String content) {
        CompressionOutcome outcome = headroom.compress(content, CONTEXT);
        assertThat(outcome.lossy()).as("the fixture must be compressed lossily").isTrue();
        return outcome;
    }

    @Test
    void should_answer_not_found_when_handle_belongs_to_another_conversation() {
        // given one engine and one store serving two conversations
        CaffeineCompressionStore store = CaffeineCompressionStore.create();
        Headroom headroom = engine(store);
        String originalA = Conversations.toolResult("alice", 1, 200);
        String originalB = Conversations.toolResult("bob", 1, 200);
        String handleA = compressLossy(headroom, originalA).handle();
        String handleB = compressLossy(headroom, originalB).handle();
        assertThat(store.get(handleA)).contains(originalA);

        // when conversation B asks for A's handle, with and without a query
        Retrieval whole = headroom.retrieve(handleA, null, Set.of(handleB));
        Retrieval queried = headroom.retrieve(handleA, "alice-secret-1-7", Set.of(handleB));

        // then
        assertThat(whole.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(queried.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(whole.text()).doesNotContain("alice").isEqualTo(queried.text());
        assertThat(headroom.retrieve(handleA, null, Set.of(handleA)).text()).isEqualTo(originalA);
        assertThat(headroom.retrieve(handleB, null, Set.of(handleB)).text()).isEqualTo(originalB);
        assertThat(headroom.stats().retrievals(RetrievalOutcome.NOT_FOUND)).isEqualTo(2);
        assertThat(headroom.stats().retrievals(RetrievalOutcome.FOUND)).isEqualTo(2);
    }

    @Test
    void should_answer_not_found_when_handle_belongs_to_another_tenant_sharing_the_store() {
        // given two tenants: two engines over ONE store
        CaffeineCompressionStore shared = CaffeineCompressionStore.create();
        Headroom tenantA = engine(shared);
        Headroom tenantB = engine(shared);
        String originalA = Conversations.toolResult("acme", 7, 300);
        String originalB = Conversations.toolResult("globex", 7, 300);
        String handleA = compressLossy(tenantA, originalA).handle();
        String handleB = compressLossy(tenantB, originalB).handle();
        assertThat(shared.get(handleA)).as("A's original is valid in the shared store").contains(originalA);

        // when tenant B's conversation asks for A's handle (leaked or guessed)
        Retrieval leaked = tenantB.retrieve(handleA, null, Set.of(handleB));
        Retrieval leakedWithQuery = tenantB.retrieve(handleA, "acme", Set.of(handleB));

        // then
        assertThat(leaked.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(leakedWithQuery.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(leaked.text() + leakedWithQuery.text()).doesNotContain("acme");
        assertThat(tenantA.retrieve(handleA, null, Set.of(handleA)).text()).isEqualTo(originalA);
        assertThat(tenantB.retrieve(handleB, "globex-secret-7-42", Set.of(handleB)).text())
                .contains("globex-secret-7-42").doesNotContain("acme");
    }

    @Test
    void should_answer_not_found_when_handle_only_resembles_one_in_scope() {
        // given
        CaffeineCompressionStore store = CaffeineCompressionStore.create();
        Headroom headroom = engine(store);
        String handle = compressLossy(headroom, Conversations.toolResult("carol", 2, 120)).handle();
        Set<String> scope = Set.of(handle);

        // when / then: only the exact handle is answered
        for (String variant : new String[] {
                handle.toUpperCase(Locale.ROOT), handle.substring(0, 12), handle + "0", " " + handle,
                handle + "\n", "*", "", handle.substring(1) + handle.charAt(0)}) {
            assertThat(headroom.retrieve(variant, null, scope).outcome()).as(variant).isEqualTo(RetrievalOutcome.NOT_FOUND);
        }
        assertThat(headroom.retrieve(null, null, scope).outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(headroom.retrieve(handle, null, Set.of()).outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(headroom.retrieve(handle, null, scope).outcome()).isEqualTo(RetrievalOutcome.FOUND);
    }

    @Test
    void should_answer_only_scoped_handles_when_a_conversation_holds_several() {
        // given conversation A has two compressed results, conversation B one
        CaffeineCompressionStore store = CaffeineCompressionStore.create();
        Headroom headroom = engine(store);
        String a1 = Conversations.toolResult("dave", 1, 150);
        String a2 = Conversations.toolResult("dave", 2, 150);
        String b1 = Conversations.toolResult("erin", 1, 150);
        Set<String> scopeA = Set.of(compressLossy(headroom, a1).handle(), compressLossy(headroom, a2).handle());
        String handleB = compressLossy(headroom, b1).handle();

        // when / then
        for (String handle : scopeA) {
            assertThat(headroom.retrieve(handle, null, scopeA).outcome()).isEqualTo(RetrievalOutcome.FOUND);
            assertThat(headroom.retrieve(handle, null, Set.of(handleB)).outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        }
        assertThat(headroom.retrieve(handleB, null, scopeA).outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
    }
}
