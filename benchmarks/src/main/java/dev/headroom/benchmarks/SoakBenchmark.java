package dev.headroom.benchmarks;

import dev.headroom.Headroom;
import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.stats.HeadroomStats;
import dev.headroom.stats.RetrievalOutcome;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soak: one {@link HeadroomChatModel} (default engine and compressors, a byte-bounded Caffeine store) shared
 * by many threads, each sending requests of many conversations whose histories grow to several large tool
 * results; the in-memory provider calls {@code headroom_retrieve} whenever the last tool result discloses a
 * hash, so hidden retrieval rounds are part of the load. Prints throughput and the heap used after the run
 * (after {@code System.gc()}), next to the store's weighted size and its bound. Not a JMH benchmark and never
 * run by the build:
 * <pre>
 * mvn -B -o -pl benchmarks -am package -DskipTests
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.headroom.benchmarks.SoakBenchmark \
 *      [threads=64] [requests=100000] [conversations=500] [storeMiB=64]
 * </pre>
 * It checks as it goes that every answer is the conversation's own original (the decorators answer retrievals from
 * the request's own originals, and a tool result whose original the full store would not keep goes out whole, so a
 * full store never yields a "no content" answer: that would be a dead hash, counted as wrong) and exits non-zero
 * otherwise.
 */
public final class SoakBenchmark {

    private static final Pattern HASH = Pattern.compile("hash(?:=|\"\\s*:\\s*\")([0-9a-f]{24})");
    private static final int TURNS = 4;
    private static final String ANSWER = "answer: ";

    private SoakBenchmark() {}

    public static void main(String[] args) throws Exception {
        int threads = arg(args, 0, 64);
        int requests = arg(args, 1, 100_000);
        int conversations = arg(args, 2, 500);
        long storeBytes = (long) arg(args, 3, 64) << 20;

        String[][] results = new String[conversations][TURNS];
        for (int c = 0; c < conversations; c++) {
            for (int t = 0; t < TURNS; t++) {
                results[c][t] = Conversations.jsonArray(8_000 + 4_000 * t)
                        .replaceFirst("\\[", "[{\"conversation\": " + c + ", \"turn\": " + t + "}, ");
            }
        }
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().maximumBytes(storeBytes).build();
        Headroom headroom = Headroom.builder().store(store).build();
        AtomicLong providerCalls = new AtomicLong();
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(new RetrievingModel(providerCalls)).headroom(headroom).build();

        // warm-up: one pass over every conversation on this thread
        for (int c = 0; c < conversations; c++) {
            model.chat(request(results[c], TURNS));
        }
        long heapBefore = usedHeapAfterGc();

        AtomicLong wrong = new AtomicLong();
        AtomicLong evicted = new AtomicLong();
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (long i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    int c = (int) ((i * 7919) % conversations);
                    int turns = 1 + (int) (i % TURNS);
                    String text = model.chat(request(results[c], turns)).aiMessage().text();
                    if (text.startsWith(ANSWER + "[headroom:")) {
                        evicted.incrementAndGet(); // a dead hash reached the model
                        wrong.incrementAndGet();
                    } else if (!text.equals("done") && !text.equals(ANSWER + results[c][turns - 1])) {
                        wrong.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        long heapAfter = usedHeapAfterGc();

        HeadroomStats stats = headroom.stats();
        System.out.printf(Locale.ROOT, "soak: %d threads, %d requests over %d conversations (%d provider calls) in %.1f s: %.0f requests/s%n",
                threads, requests, conversations, providerCalls.get(), seconds, requests / seconds);
        System.out.printf(Locale.ROOT, "soak: retrievals found %d, not found %d (dead hashes answered %d); "
                        + "tokens before %d, after %d; wrong answers %d%n",
                stats.retrievals(RetrievalOutcome.FOUND), stats.retrievals(RetrievalOutcome.NOT_FOUND), evicted.get(),
                stats.total().tokensBefore(), stats.total().tokensAfter(), wrong.get());
        System.out.printf(Locale.ROOT, "soak: heap used after GC %.1f MiB before the run, %.1f MiB after; store %.1f of %.1f MiB; "
                        + "inputs held by the benchmark %.1f MiB%n",
                heapBefore / 1048576.0, heapAfter / 1048576.0, store.weightedSize() / 1048576.0, storeBytes / 1048576.0,
                inputBytes(results) / 1048576.0);
        if (wrong.get() > 0 || store.weightedSize() > storeBytes) {
            System.exit(1);
        }
    }

    /** The history of a conversation after {@code turns} tool calls. */
    private static ChatRequest request(String[] results, int turns) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(UserMessage.from("Which instances failed their health check?"));
        for (int t = 0; t < turns; t++) {
            ToolExecutionRequest call = ToolExecutionRequest.builder().id("call_" + t).name(Conversations.TOOL_NAME)
                    .arguments("{\"page\": " + t + "}").build();
            messages.add(AiMessage.from(call));
            messages.add(ToolExecutionResultMessage.from(call, results[t]));
        }
        return ChatRequest.builder().messages(messages).build();
    }

    /** Retrieves the last tool result when its hash is disclosed, then answers with what came back. Thread-safe. */
    private static final class RetrievingModel implements ChatModel {
        private final AtomicLong calls;

        RetrievingModel(AtomicLong calls) {
            this.calls = calls;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            calls.incrementAndGet();
            ChatMessage last = request.messages().get(request.messages().size() - 1);
            AiMessage message = AiMessage.from("done");
            if (last instanceof ToolExecutionResultMessage result && RetrieveTool.NAME.equals(result.toolName())) {
                message = AiMessage.from(ANSWER + result.text());
            } else if (last instanceof ToolExecutionResultMessage result) {
                Matcher m = HASH.matcher(result.text());
                if (m.find()) {
                    message = AiMessage.from(ToolExecutionRequest.builder().id("r").name(RetrieveTool.NAME)
                            .arguments("{\"hash\":\"" + m.group(1) + "\"}").build());
                }
            }
            return ChatResponse.builder().aiMessage(message).tokenUsage(new TokenUsage(1_000, 10)).build();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long inputBytes(String[][] results) {
        long bytes = 0;
        for (String[] conversation : results) {
            for (String result : conversation) {
                bytes += result.length(); // Latin-1 strings: one byte per char
            }
        }
        return bytes;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
