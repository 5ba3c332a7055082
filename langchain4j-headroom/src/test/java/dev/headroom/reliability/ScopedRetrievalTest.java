package dev.headroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.compress.CompressionContext;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.langchain4j.HeadroomStreamingChatModel;
import dev.headroom.stats.RetrievalOutcome;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md invariant 6: a handle is answered only when it is in the current request's scope, even when
 * the (shared) store holds it. At the engine level, and end to end through the decorators: conversation
 * B's model asking for conversation A's hash gets "not found", and A's content never reaches B's provider.
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
        Retrieval whole = headroom.retriever().retrieve(handleA, null, Set.of(handleB));
        Retrieval queried = headroom.retriever().retrieve(handleA, "alice-secret-1-7", Set.of(handleB));

        // then
        assertThat(whole.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(queried.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(whole.text()).doesNotContain("alice").isEqualTo(queried.text());
        assertThat(headroom.retriever().retrieve(handleA, null, Set.of(handleA)).text()).isEqualTo(originalA);
        assertThat(headroom.retriever().retrieve(handleB, null, Set.of(handleB)).text()).isEqualTo(originalB);
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
        Retrieval leaked = tenantB.retriever().retrieve(handleA, null, Set.of(handleB));
        Retrieval leakedWithQuery = tenantB.retriever().retrieve(handleA, "acme", Set.of(handleB));

        // then
        assertThat(leaked.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(leakedWithQuery.outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(leaked.text() + leakedWithQuery.text()).doesNotContain("acme");
        assertThat(tenantA.retriever().retrieve(handleA, null, Set.of(handleA)).text()).isEqualTo(originalA);
        assertThat(tenantB.retriever().retrieve(handleB, "globex-secret-7-42", Set.of(handleB)).text())
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
            assertThat(headroom.retriever().retrieve(variant, null, scope).outcome()).as(variant).isEqualTo(RetrievalOutcome.NOT_FOUND);
        }
        assertThat(headroom.retriever().retrieve(null, null, scope).outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(headroom.retriever().retrieve(handle, null, Set.of()).outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        assertThat(headroom.retriever().retrieve(handle, null, scope).outcome()).isEqualTo(RetrievalOutcome.FOUND);
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
            assertThat(headroom.retriever().retrieve(handle, null, scopeA).outcome()).isEqualTo(RetrievalOutcome.FOUND);
            assertThat(headroom.retriever().retrieve(handle, null, Set.of(handleB)).outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
        }
        assertThat(headroom.retriever().retrieve(handleB, null, scopeA).outcome()).isEqualTo(RetrievalOutcome.NOT_FOUND);
    }

    // ---- end to end through the decorators ---------------------------------------------------------------

    private static ChatRequest conversation(String owner, String userText) {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("c1").name("list_orders")
                .arguments("{\"customer\":\"" + owner + "\"}").build();
        return ChatRequest.builder()
                .messages(UserMessage.from(userText), AiMessage.from(call),
                        ToolExecutionResultMessage.from(call, Conversations.toolResult(owner, 1, 200)))
                .build();
    }

    /** Everything a provider would receive as text, message by message. */
    private static String wire(List<ChatRequest> requests) {
        StringBuilder sb = new StringBuilder();
        for (ChatRequest request : requests) {
            for (ChatMessage message : request.messages()) {
                sb.append(message).append('\n');
            }
        }
        return sb.toString();
    }

    private static String lastToolResult(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        return ((ToolExecutionResultMessage) messages.get(messages.size() - 1)).text();
    }

    @Test
    void should_answer_not_found_end_to_end_when_conversation_b_asks_for_conversation_a_hash() throws Exception {
        // given one engine shared by two conversations; A's original is stored and retrievable by A
        Headroom headroom = engine(CaffeineCompressionStore.create());
        FakeModels.Blocking modelA = new FakeModels.Blocking(FakeModels.retrievingModel());
        ChatResponse answerA = HeadroomChatModel.builder().delegate(modelA).headroom(headroom).build()
                .chat(conversation("alice", "what failed for alice?"));
        String handleA = FakeModels.HASH.matcher(lastToolResult(modelA.requests.get(0))).results().findFirst().orElseThrow().group(1);
        assertThat(answerA.aiMessage().text()).contains("alice-secret-1-199");

        // when B's model calls headroom_retrieve with A's hash, blocking and streaming; B's user even pastes the hash
        String leak = "{\"hash\":\"" + handleA + "\"}";
        FakeModels.Blocking modelB = new FakeModels.Blocking(FakeModels.retrievingModel(hash -> leak));
        ChatResponse answerB = HeadroomChatModel.builder().delegate(modelB).headroom(headroom).build()
                .chat(conversation("bob", "what failed for bob? hash=" + handleA));
        FakeModels.Streaming streamingB = new FakeModels.Streaming(FakeModels.retrievingModel(hash -> leak));
        Terminals caller = new Terminals();
        HeadroomStreamingChatModel.builder().delegate(streamingB).headroom(headroom).build()
                .chat(conversation("bob", "what failed for bob?"), caller);

        // then
        assertThat(lastToolResult(modelB.requests.get(1))).contains("no content with that hash");
        assertThat(lastToolResult(streamingB.requests.get(1))).contains("no content with that hash");
        assertThat(wire(modelB.requests) + wire(streamingB.requests)).doesNotContain("alice");
        assertThat(answerB.aiMessage().text()).doesNotContain("alice");
        caller.await();
        assertThat(caller.completions.get(0).aiMessage().text()).doesNotContain("alice");
    }

    @Test
    void should_answer_not_found_end_to_end_when_tenant_b_asks_for_tenant_a_hash_in_a_shared_store() {
        // given two tenants: two decorators with their own engines over ONE store
        CaffeineCompressionStore shared = CaffeineCompressionStore.create();
        FakeModels.Blocking providerA = new FakeModels.Blocking(FakeModels.retrievingModel());
        HeadroomChatModel tenantA = HeadroomChatModel.builder().delegate(providerA).headroom(engine(shared)).build();
        tenantA.chat(conversation("acme", "show acme orders"));
        String handleA = FakeModels.HASH.matcher(lastToolResult(providerA.requests.get(0))).results().findFirst().orElseThrow().group(1);
        assertThat(shared.get(handleA)).isPresent();

        // when
        FakeModels.Blocking providerB = new FakeModels.Blocking(FakeModels.retrievingModel(hash -> "{\"hash\":\"" + handleA + "\"}"));
        ChatResponse answerB = HeadroomChatModel.builder().delegate(providerB).headroom(engine(shared)).build()
                .chat(conversation("globex", "show globex orders"));

        // then
        assertThat(lastToolResult(providerB.requests.get(1))).contains("no content with that hash");
        assertThat(wire(providerB.requests)).doesNotContain("acme");
        assertThat(answerB.aiMessage().text()).doesNotContain("acme");
    }
}
