package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.HASH;
import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.calls;
import static dev.headroom.langchain4j.Fixtures.retrieve;
import static dev.headroom.langchain4j.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.stats.RetrievalOutcome;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * No handle whose original is gone ever reaches the model (issue 12): through the real {@link AiServices}
 * with a real {@code @Tool} and the real compressors, a model that retrieves every hash it sees always gets
 * the original back, whatever the store's size or fill. A store that cannot keep an original makes that
 * tool result go out without omissions; one that evicts an original of the same request is covered by the
 * request's pinned originals.
 */
class NoDeadHandleTest {

    /** Two customers' orders, a different original each (about 26 KB per customer). */
    static final class OrderTools {
        final Map<String, String> returned = new ConcurrentHashMap<>();

        @Tool("Searches the orders of a customer")
        String search_orders(String customer) {
            String orders = Fixtures.orders(400).replace("acme", customer);
            returned.put(customer, orders);
            return orders;
        }
    }

    interface Assistant {
        String chat(String message);
    }

    /**
     * The provider: calls search_orders for both customers in one turn; then, while it sees hashes it has not
     * retrieved, retrieves each of them; then answers with every retrieval answer it got.
     */
    private static ScriptedChatModel retrievingEveryHash(Runnable whileThinking) {
        ScriptedChatModel provider = new ScriptedChatModel()
                .then(request -> calls(call("c1", "search_orders", "{\"arg0\":\"acme\",\"customer\":\"acme\"}"),
                        call("c2", "search_orders", "{\"arg0\":\"globex\",\"customer\":\"globex\"}")));
        provider.then(request -> {
            whileThinking.run();
            List<String> answers = retrievalAnswers(request);
            if (!answers.isEmpty()) {
                return text(String.join("\n----\n", answers));
            }
            List<ToolExecutionRequest> retrievals = new ArrayList<>();
            for (String hash : hashesIn(request)) {
                retrievals.add(retrieve("r-" + hash, hash, null));
            }
            return retrievals.isEmpty() ? text("nothing to retrieve") : calls(retrievals.toArray(ToolExecutionRequest[]::new));
        });
        return provider;
    }

    private static List<String> hashesIn(ChatRequest request) {
        List<String> hashes = new ArrayList<>();
        for (ChatMessage message : request.messages()) {
            if (message instanceof ToolExecutionResultMessage result && !RetrieveTool.NAME.equals(result.toolName())) {
                Matcher m = HASH.matcher(result.text());
                while (m.find()) {
                    hashes.add(m.group(1));
                }
            }
        }
        return hashes;
    }

    private static List<String> retrievalAnswers(ChatRequest request) {
        List<String> answers = new ArrayList<>();
        for (ChatMessage message : request.messages()) {
            if (message instanceof ToolExecutionResultMessage result && RetrieveTool.NAME.equals(result.toolName())) {
                answers.add(result.text());
            }
        }
        return answers;
    }

    private record Run(ScriptedChatModel provider, OrderTools tools, Headroom headroom, String answer) {}

    private static Run run(CompressionStore store) {
        return run(store, () -> {});
    }

    private static Run run(CompressionStore store, Runnable whileThinking) {
        ScriptedChatModel provider = retrievingEveryHash(whileThinking);
        OrderTools tools = new OrderTools();
        Headroom headroom = Headroom.builder().store(store).build();
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(HeadroomChatModel.builder().delegate(provider).headroom(headroom).build())
                .tools(tools)
                .chatMemory(MessageWindowChatMemory.withMaxMessages(30))
                .build();
        String answer = assistant.chat("Which orders of acme and globex failed?");
        return new Run(provider, tools, headroom, answer);
    }

    /** Every hash the model saw, in every request, was answered with its original. */
    private static void assertNoDeadHandle(Run run) {
        for (ChatRequest request : run.provider().requests()) {
            for (String answer : retrievalAnswers(request)) {
                assertThat(answer).doesNotContain("no content with that hash", "no longer kept", "unavailable");
                assertThat(run.tools().returned.values()).contains(answer);
            }
        }
        assertThat(run.headroom().stats().retrievals(RetrievalOutcome.NOT_FOUND)).isZero();
        assertThat(run.headroom().stats().retrievals(RetrievalOutcome.EXPIRED)).isZero();
    }

    @Test
    void should_send_tool_results_without_omissions_when_store_is_smaller_than_one_original() {
        // given a 2 KB store: put returns normally but cannot keep a 26 KB original
        CaffeineCompressionStore tiny = CaffeineCompressionStore.builder().maximumBytes(2_048).build();

        // when
        Run run = run(tiny);

        // then: the model saw no hash at all, and every tool result in full (at most re-encoded losslessly)
        ChatRequest afterTools = run.provider().request(1);
        assertThat(hashesIn(afterTools)).isEmpty();
        assertThat(run.provider().requests()).hasSize(2);
        assertThat(run.answer()).isEqualTo("nothing to retrieve");
        for (ChatMessage message : afterTools.messages()) {
            if (message instanceof ToolExecutionResultMessage result) {
                assertThat(result.text()).doesNotContain("\"omitted\"").contains("\"ORD-0\"", "\"ORD-399\"", "\"ORD-207\"");
                assertThat(result.text().length()).as("the lossless form, not the original").isLessThan(run.tools().returned.get("acme").length());
            }
        }
        assertThat(run.headroom().stats().failOpen()).isEqualTo(2);
        assertNoDeadHandle(run);
    }

    @Test
    void should_answer_every_hash_of_the_request_when_store_fits_only_one_original() {
        // given a store that holds one 26 KB original (52 KB in UTF-16) but not two
        CaffeineCompressionStore one = CaffeineCompressionStore.builder().maximumBytes(80_000).build();

        // when
        Run run = run(one);

        // then: at least one tool result went out compressed, and each hash the model saw was answered in full
        assertThat(hashesIn(run.provider().request(1))).isNotEmpty();
        assertThat(one.size()).isEqualTo(1);
        assertNoDeadHandle(run);
        assertThat(run.answer()).contains("\"customer\":\"acme\"").doesNotContain("[headroom:");
    }

    @Test
    void should_answer_every_hash_of_the_request_when_store_is_full_of_popular_entries() {
        // given a store full of entries read many times, so Caffeine's admission policy prefers them
        CaffeineCompressionStore full = CaffeineCompressionStore.builder().maximumBytes(300_000).build();
        for (int i = 0; i < 20; i++) {
            String popular = ("popular " + i + " ").repeat(700);
            full.put(Handles.of(popular), popular);
            for (int reads = 0; reads < 20; reads++) {
                full.get(Handles.of(popular));
            }
        }

        // when
        Run run = run(full);

        // then
        assertNoDeadHandle(run);
        assertThat(run.answer()).doesNotContain("[headroom:");
    }

    @Test
    void should_answer_every_hash_of_the_request_when_other_conversations_evict_it_while_the_model_thinks() {
        // given a store that fits one original, and other conversations filling it while the model works
        CaffeineCompressionStore one = CaffeineCompressionStore.builder().maximumBytes(80_000).build();
        Runnable otherConversations = () -> {
            for (int i = 0; i < 3; i++) {
                String other = ("other conversation " + i + " ").repeat(1_200);
                one.put(Handles.of(other), other);
                one.get(Handles.of(other));
                one.get(Handles.of(other));
            }
        };

        // when
        Run run = run(one, otherConversations);

        // then: the store lost this request's original(s), yet every hash the model saw was answered in full
        List<String> seen = hashesIn(run.provider().request(1));
        assertThat(seen).isNotEmpty();
        assertThat(seen).allSatisfy(hash -> assertThat(one.get(hash)).isEmpty());
        assertNoDeadHandle(run);
        assertThat(run.headroom().stats().retrievals(RetrievalOutcome.FOUND)).isEqualTo(seen.size());
    }
}
