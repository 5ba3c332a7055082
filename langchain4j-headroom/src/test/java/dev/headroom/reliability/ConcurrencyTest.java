package dev.headroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.compress.CompressionContext;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.stats.RetrievalOutcome;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One {@link Headroom} (and one {@link HeadroomChatModel}) shared by 64 threads over many conversations:
 * no cross-talk (every retrieval returns the conversation's own original, a foreign handle is not found,
 * no provider request of one conversation carries another's content), no lost entries while the store is
 * within its byte bound, and the store's memory within the bound when it is not.
 *
 * <p>Sizes grow with {@code -Dheadroom.load.requests=N} (requests per thread; default 60).
 */
class ConcurrencyTest {

    private static final int THREADS = 64;
    private static final int REQUESTS_PER_THREAD = Integer.getInteger("headroom.load.requests", 60);
    private static final int CONVERSATIONS = 256;
    private static final int RESULTS_PER_CONVERSATION = 3;
    private static final Pattern OWNER = Pattern.compile("conv-\\d{4}");

    private static String owner(int conversation) {
        return String.format("conv-%04d", conversation);
    }

    /** The originals, built once: the same String instances every turn, as a ChatMemory holds them. */
    private static final String[][] ORIGINALS = new String[CONVERSATIONS][RESULTS_PER_CONVERSATION];

    static {
        for (int c = 0; c < CONVERSATIONS; c++) {
            for (int r = 0; r < RESULTS_PER_CONVERSATION; r++) {
                ORIGINALS[c][r] = Conversations.toolResult(owner(c), r, 60);
            }
        }
    }

    private static String original(int conversation, int result) {
        return ORIGINALS[conversation][result];
    }

    /** Runs {@code task(thread, request)} on 64 threads started together; rethrows the first failure. */
    private static void onThreads(Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    task.run(thread, i);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    @FunctionalInterface
    private interface Task {
        void run(int thread, int request) throws Exception;
    }

    @Test
    void should_keep_conversations_apart_and_lose_nothing_when_64_threads_share_one_engine() throws Exception {
        // given a store large enough for every original (256 conversations x 3 results x ~12 KB)
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().maximumBytes(64L << 20).build();
        Headroom headroom = Headroom.builder().store(store).compressor(HeadCompressor.json()).build();
        AtomicLong retrievals = new AtomicLong();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();

        // when each request compresses a conversation's history so far and retrieves from it
        onThreads((thread, i) -> {
            int conversation = (thread * 31 + i * 7) % CONVERSATIONS;
            int turns = 1 + (thread + i) % RESULTS_PER_CONVERSATION;
            Set<String> scope = new HashSet<>();
            List<String> originals = new ArrayList<>();
            for (int r = 0; r < turns; r++) {
                String original = original(conversation, r);
                CompressionOutcome outcome = headroom.compress(original,
                        CompressionContext.builder().toolName("list_orders").userMessage(owner(conversation)).build());
                if (!outcome.lossy()) {
                    violations.add("not compressed: " + owner(conversation));
                    continue;
                }
                scope.add(outcome.handle());
                originals.add(original);
            }
            for (String original : originals) {
                Retrieval whole = headroom.retriever().retrieve(Handles.of(original), null, scope);
                Retrieval queried = headroom.retriever().retrieve(Handles.of(original), owner(conversation) + "-secret", scope);
                retrievals.addAndGet(2);
                if (!whole.text().equals(original)) {
                    violations.add(owner(conversation) + " got " + whole.outcome() + " instead of its original");
                }
                if (foreignOwners(queried.text(), owner(conversation))) {
                    violations.add(owner(conversation) + " saw another conversation's content");
                }
            }
            int other = (conversation + 1 + i % (CONVERSATIONS - 1)) % CONVERSATIONS;
            if (headroom.retriever().retrieve(Handles.of(original(other, 0)), null, scope).outcome() != RetrievalOutcome.NOT_FOUND) {
                violations.add(owner(conversation) + " could read " + owner(other));
            }
        });

        // then
        assertThat(violations).isEmpty();
        for (int c = 0; c < CONVERSATIONS; c++) {
            for (int r = 0; r < RESULTS_PER_CONVERSATION; r++) {
                String original = original(c, r);
                assertThat(store.get(Handles.of(original))).as("within the byte bound nothing is lost").contains(original);
            }
        }
        assertThat(store.weightedSize()).isLessThanOrEqualTo(store.maximumBytes());
        assertThat(headroom.stats().retrievals(RetrievalOutcome.FOUND) + headroom.stats().retrievals(RetrievalOutcome.QUERY_MATCHED))
                .isEqualTo(retrievals.get());
    }

    @Test
    void should_bound_store_memory_and_never_return_wrong_content_when_64_threads_overflow_it() throws Exception {
        // given a store that holds only a fraction of what is put (about 40 of 768 originals)
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().maximumBytes(1L << 20).build();
        Headroom headroom = Headroom.builder().store(store).compressor(HeadCompressor.json()).build();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();

        // when
        onThreads((thread, i) -> {
            int conversation = (thread * 17 + i) % CONVERSATIONS;
            String original = original(conversation, i % RESULTS_PER_CONVERSATION);
            CompressionOutcome outcome = headroom.compress(original, CompressionContext.empty());
            if (!outcome.lossy()) {
                // the store did not keep it: then no handle, and the original whole
                if (!outcome.text().equals(original)) {
                    violations.add(owner(conversation) + ": not kept, yet not sent whole (" + outcome.strategy() + ")");
                }
                return;
            }
            // kept when put; other threads may evict it before this read: then EXPIRED, never another's content
            Retrieval answer = headroom.retriever().retrieve(outcome.handle(), null, Set.of(outcome.handle()));
            if (answer.outcome() == RetrievalOutcome.FOUND ? !answer.text().equals(original) : answer.outcome() != RetrievalOutcome.EXPIRED) {
                violations.add(owner(conversation) + ": " + answer.outcome());
            }
            if (store.weightedSize() > store.maximumBytes()) {
                violations.add("store over its bound: " + store.weightedSize());
            }
        });

        // then
        assertThat(violations).isEmpty();
        assertThat(store.weightedSize()).isLessThanOrEqualTo(store.maximumBytes());
    }

    @Test
    void should_keep_conversations_apart_when_64_threads_share_one_decorated_model() throws Exception {
        // given one decorated model over an in-memory provider that checks every request it receives
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().maximumBytes(64L << 20).build();
        Headroom headroom = Headroom.builder().store(store).compressor(HeadCompressor.json()).build();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        AtomicLong providerCalls = new AtomicLong();
        ChatModel provider = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                providerCalls.incrementAndGet();
                String owner = ((UserMessage) request.messages().get(0)).singleText();
                for (ChatMessage message : request.messages()) {
                    if (message instanceof ToolExecutionResultMessage result && foreignOwners(result.text(), owner)) {
                        violations.add(owner + "'s provider request carries another conversation's content");
                    }
                }
                return FakeModels.retrievingModel().apply(request);
            }
        };
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(provider).headroom(headroom).build();

        // when each request is a conversation's history with 1..3 tool results; the model retrieves the last one
        onThreads((thread, i) -> {
            int conversation = (thread * 13 + i * 5) % CONVERSATIONS;
            int turns = 1 + (thread + i) % RESULTS_PER_CONVERSATION;
            List<ChatMessage> messages = new ArrayList<>();
            messages.add(UserMessage.from(owner(conversation)));
            for (int r = 0; r < turns; r++) {
                ToolExecutionRequest call = ToolExecutionRequest.builder().id("c" + r).name("list_orders").arguments("{}").build();
                messages.add(AiMessage.from(call));
                messages.add(ToolExecutionResultMessage.from(call, original(conversation, r)));
            }
            ChatResponse response = model.chat(ChatRequest.builder().messages(messages).build());
            String expected = FakeModels.ANSWER_PREFIX + original(conversation, turns - 1);
            if (!expected.equals(response.aiMessage().text())) {
                violations.add(owner(conversation) + " got a wrong answer: " + abbreviate(response.aiMessage().text()));
            }
            if (response.aiMessage().toolExecutionRequests().stream().anyMatch(c -> RetrieveTool.NAME.equals(c.name()))) {
                violations.add(owner(conversation) + " saw a headroom_retrieve call");
            }
        });

        // then
        assertThat(violations).isEmpty();
        assertThat(providerCalls.get()).isEqualTo(2L * THREADS * REQUESTS_PER_THREAD);
        assertThat(store.weightedSize()).isLessThanOrEqualTo(store.maximumBytes());
        assertThat(headroom.stats().retrievals(RetrievalOutcome.FOUND)).isEqualTo((long) THREADS * REQUESTS_PER_THREAD);
    }

    /** Whether {@code text} mentions a conversation other than {@code owner}. */
    private static boolean foreignOwners(String text, String owner) {
        Matcher m = OWNER.matcher(text);
        while (m.find()) {
            if (!m.group().equals(owner)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 120 ? text : text.substring(0, 120) + "...";
    }
}
