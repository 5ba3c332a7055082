package dev.headroom.langchain4j.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.langchain4j.HeadroomReport;
import dev.headroom.langchain4j.HeadroomStreamingChatModel;
import dev.headroom.reliability.HeadCompressor;
import dev.headroom.stats.ModelTotals;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cache figures and money through LangChain4j's real Anthropic models against the local stub, which reports
 * {@code cache_read_input_tokens} and {@code cache_creation_input_tokens} beside {@code input_tokens} (which excludes
 * them). claude-sonnet-4-5 at the default prices: input 3.00, cache read 0.30, cache write 3.75, output 15.00 USD per
 * million tokens.
 *
 * <pre>
 * round 1 (caller's):   input_tokens 200, cache read 4,000, cache write 1,000, output 50  -> prompt 5,200
 * round 2 (retrieval):  input_tokens 300, cache read 5,000, cache write     0, output 20  -> prompt 5,300
 * spent      = (500 x 3 + 9,000 x 0.30 + 1,000 x 3.75 + 70 x 15) / 1e6 = 9,000 / 1e6 = 0.009000000
 * retrieval  = (300 x 3 + 5,000 x 0.30 + 20 x 15) / 1e6                = 2,700 / 1e6 = 0.002700000
 * input cost = 1,500 + 2,700 + 3,750 = 7,950 per 10,500 prompt tokens  = 0.757142857142857 per million per token
 * saved      = 5,798 removed tokens x 0.757142857142857 / 1e6 = 0.004389914
 * net        = 0.004389914 - 0.002700000 = 0.001689914
 * </pre>
 */
class AnthropicCostWireTest {

    private static final Pattern HASH = Pattern.compile("hash=([0-9a-f]{24})");

    private final AnthropicStub stub = AnthropicStub.start();
    private final Headroom headroom = Headroom.builder().compressor(HeadCompressor.json()).build();

    @AfterEach
    void stop() {
        stub.close();
    }

    private static ChatRequest conversation() {
        StringBuilder orders = new StringBuilder("[\n");
        for (int i = 0; i < 300; i++) {
            orders.append(i == 0 ? "" : ",\n").append("{\"id\":\"ORD-").append(i).append("\",\"customer\":\"acme\",\"status\":\"")
                    .append(i % 17 == 3 ? "failed" : "shipped").append("\",\"amount\":").append(100 + i).append(".50}");
        }
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("toolu_01").name("list_orders")
                .arguments("{\"customer\":\"acme\"}").build();
        return ChatRequest.builder().messages(UserMessage.from("Which acme orders failed?"), AiMessage.from(call),
                ToolExecutionResultMessage.from(call, orders.append(']').toString())).build();
    }

    private void scriptRetrieval() {
        stub.then(body -> {
            Matcher m = HASH.matcher(body.at("/messages/2/content/0/content").asText());
            assertThat(m.find()).isTrue();
            return AnthropicStub.Turn.toolUse("toolu_02", RetrieveTool.NAME, "{\"hash\":\"" + m.group(1) + "\"}")
                    .withUsage(200, 50, 4_000, 1_000);
        }).then(AnthropicStub.Turn.text("ORD-3 failed.").withUsage(300, 20, 5_000, 0));
    }

    private void assertCacheAndCost(ChatResponse response) {
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        assertThat(report.modelName()).isEqualTo("claude-sonnet-4-5");
        assertThat(report.usage()).isEqualTo(new CacheUsage(10_500, 9_000, 1_000, 70, true));
        assertThat(report.retrievalUsage()).isEqualTo(new CacheUsage(5_300, 5_000, 0, 20, true));
        long removed = report.tokensSaved();
        assertThat(removed).isEqualTo(REMOVED);

        CallCost cost = report.cost().orElseThrow();
        assertThat(cost.priceEntry()).isEqualTo("claude-sonnet-4-5");
        assertThat(cost.spent()).isEqualTo(new BigDecimal("0.009000000"));
        assertThat(cost.retrievalSpent()).isEqualTo(new BigDecimal("0.002700000"));
        assertThat(cost.saved()).isEqualTo(new BigDecimal(SAVED));
        assertThat(cost.net()).isEqualTo(new BigDecimal("0.001689914"));

        ModelTotals totals = headroom.stats().byModel().get("anthropic/claude-sonnet-4-5");
        assertThat(totals.usage()).isEqualTo(report.usage());
        assertThat(totals.cacheHitRate()).isEqualTo(9_000.0 / 10_500);
        assertThat(totals.spent()).isEqualTo(cost.spent());
    }

    /** Tokens the head compressor keeps out (engine's estimating counter; deterministic). */
    private static final long REMOVED = 5_798;
    /** 5,798 x 7,950 / 10,500 / 1e6 = 0.0043899142857..., to nano-dollars. */
    private static final String SAVED = "0.004389914";

    @Test
    void should_report_cache_reads_and_writes_and_money_when_anthropic_blocks() {
        // given
        scriptRetrieval();
        AnthropicChatModel anthropic = AnthropicChatModel.builder().baseUrl(stub.baseUrl()).apiKey("test")
                .modelName("claude-sonnet-4-5").maxTokens(1024).build();
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(anthropic).headroom(headroom).build();

        // when
        ChatResponse response = model.chat(conversation());

        // then
        assertCacheAndCost(response);
    }

    @Test
    void should_report_cache_reads_and_writes_and_money_when_anthropic_streams() throws Exception {
        // given
        scriptRetrieval();
        AnthropicStreamingChatModel anthropic = AnthropicStreamingChatModel.builder().baseUrl(stub.baseUrl()).apiKey("test")
                .modelName("claude-sonnet-4-5").maxTokens(1024).build();
        HeadroomStreamingChatModel model = HeadroomStreamingChatModel.builder().delegate(anthropic).headroom(headroom).build();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        // when
        model.chat(conversation(), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partialResponse) {}

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });

        // then
        assertCacheAndCost(done.get(30, TimeUnit.SECONDS));
    }
}
