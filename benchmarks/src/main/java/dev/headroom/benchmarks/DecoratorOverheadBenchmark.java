package dev.headroom.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What {@link HeadroomChatModel} adds to a call, measured against a trivial in-memory model that answers
 * instantly ({@link FixedChatModel}), on two requests (system + user + tool call + tool result):
 * <ul>
 *   <li>{@code payload=short}: a short tool result, nothing to compress: the pure decorator overhead
 *       (threshold check, tool-list merge, {@code headroom_retrieve} appended, response rebuilt);</li>
 *   <li>{@code payload=json100k}: a 100 KB JSON array of objects (generated deterministically).</li>
 * </ul>
 * Benchmarks: {@code bare} (the model alone), {@code steadyState} (memo on, the same conversation object
 * every turn, as with a ChatMemory), {@code firstSight} (memo off and a fresh copy of the tool result per
 * call, made outside the measurement: nothing is cached), and {@code jacksonReadTree} (plain Jackson parse
 * of the same tool result: the floor for JSON work).
 *
 * <p>Run (from the repository root):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DecoratorOverhead -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecoratorOverheadBenchmark {

    /** 100 KB, the size DESIGN.md quotes speeds for. */
    static final int JSON_CHARS = 100 * 1024;

    @Param({"short", "json100k"})
    public String payload;

    private String toolResult;
    private ChatRequest request;
    private FixedChatModel model;
    private HeadroomChatModel steady;
    private HeadroomChatModel noMemo;
    private final ObjectMapper mapper = new ObjectMapper();

    @Setup(Level.Trial)
    public void setUp() {
        toolResult = payload.equals("short") ? Conversations.SHORT_RESULT : Conversations.jsonArray(JSON_CHARS);
        request = Conversations.request(toolResult);
        model = new FixedChatModel();
        steady = HeadroomChatModel.builder().delegate(model).headroom(Headroom.create()).build();
        noMemo = HeadroomChatModel.builder()
                .delegate(model)
                .headroom(Headroom.builder().config(HeadroomConfig.builder().memoMaximumBytes(0).build()).build())
                .build();
    }

    /** Per-invocation state for {@code firstSight}: a request whose tool result is a new String. */
    @State(Scope.Thread)
    public static class FreshRequest {
        ChatRequest request;

        @Setup(Level.Invocation)
        public void copy(DecoratorOverheadBenchmark benchmark) {
            request = Conversations.request(new String(benchmark.toolResult.toCharArray()));
        }
    }

    @Benchmark
    public void bare(Blackhole bh) {
        bh.consume(model.chat(request));
        bh.consume(model.lastRequest());
    }

    @Benchmark
    public void steadyState(Blackhole bh) {
        bh.consume(steady.chat(request));
        bh.consume(model.lastRequest());
    }

    @Benchmark
    public void firstSight(FreshRequest fresh, Blackhole bh) {
        ChatResponse response = noMemo.chat(fresh.request);
        bh.consume(response);
        bh.consume(model.lastRequest());
    }

    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return mapper.readTree(toolResult);
    }
}
