package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.orders;
import static dev.headroom.langchain4j.OpenAiEndToEndTest.hashIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.CallCost;
import dev.headroom.cost.PriceTable;
import dev.headroom.langchain4j.OpenAiStub.Turn;
import dev.headroom.stats.ModelTotals;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cache figures and money through LangChain4j's real OpenAI models against the local stub, which reports
 * {@code usage.prompt_tokens_details.cached_tokens}: they reach the {@link HeadroomReport} and the engine's statistics,
 * and the money matches the example computed by hand in docs/cost.md (gpt-4o-mini at the default prices: input 0.15,
 * cached input 0.075, output 0.60 USD per million tokens).
 *
 * <pre>
 * round 1 (caller's):   prompt 1,000 (cached 600), completion 20
 * round 2 (retrieval):  prompt 3,000 (cached 1,000), completion 7
 * spent      = (2,400 x 0.15 + 1,600 x 0.075 + 27 x 0.60) / 1e6 = 496.2 / 1e6 = 0.000496200
 * retrieval  = (2,000 x 0.15 + 1,000 x 0.075 +  7 x 0.60) / 1e6 = 379.2 / 1e6 = 0.000379200
 * input cost = 2,400 x 0.15 + 1,600 x 0.075 = 480 per 4,000 input tokens = 0.12 per million per token
 * saved      = 13,641 removed tokens x 0.12 / 1e6 = 0.001636920
 * net        = 0.001636920 - 0.000379200 = 0.001257720
 * </pre>
 */
class CostWireTest {

    /** Tokens the fake compressor keeps out of the request (engine's estimating counter; deterministic). */
    static final long REMOVED = 13_641;

    private final OpenAiStub stub = OpenAiStub.start();
    private final Headroom headroom = Fixtures.headroom(new FakeJsonCompressor(5));

    @AfterEach
    void stop() {
        stub.close();
    }

    private ChatRequest request() {
        return ChatRequest.builder().messages(List.of(
                UserMessage.from("Which acme orders failed?"),
                AiMessage.from(call("call_1", "search_orders", "{\"customer\":\"acme\"}")),
                ToolExecutionResultMessage.from("call_1", "search_orders", orders(500)))).build();
    }

    private void scriptRetrieveThenAnswer() {
        stub.then(body -> new Turn(null, List.of(new OpenAiStub.ToolCall("call_2", RetrieveTool.NAME,
                        "{\"hash\":\"" + hashIn(body) + "\",\"query\":\"ORD-13\"}")), 1_000, 20).withCachedTokens(600))
                .then(new Turn("ORD-13 failed.", List.of(), 3_000, 7).withCachedTokens(1_000));
    }

    private void assertCacheAndCost(ChatResponse response) {
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        assertThat(report.modelName()).isEqualTo("gpt-4o-mini");
        assertThat(report.usage()).isEqualTo(new CacheUsage(4_000, 1_600, 0, 27, true));
        assertThat(report.retrievalUsage()).isEqualTo(new CacheUsage(3_000, 1_000, 0, 7, true));
        assertThat(report.usage().cacheHitRate()).isEqualTo(0.4);
        assertThat(report.tokensSaved() + report.tokensCleared()).isEqualTo(REMOVED);

        CallCost cost = report.cost().orElseThrow();
        assertThat(cost.priceEntry()).isEqualTo("gpt-4o-mini");
        assertThat(cost.pricesAsOf()).isEqualTo(PriceTable.DEFAULTS_AS_OF);
        assertThat(cost.spent()).isEqualByComparingTo("0.0004962");
        assertThat(cost.retrievalSpent()).isEqualByComparingTo("0.0003792");
        assertThat(cost.saved()).isEqualTo(new BigDecimal("0.001636920"));
        assertThat(cost.net()).isEqualTo(new BigDecimal("0.001257720"));

        ModelTotals totals = headroom.stats().byModel().get("open_ai/gpt-4o-mini");
        assertThat(totals.calls()).isEqualTo(2);
        assertThat(totals.retrievalCalls()).isEqualTo(1);
        assertThat(totals.usage()).isEqualTo(report.usage());
        assertThat(totals.retrievalUsage()).isEqualTo(report.retrievalUsage());
        assertThat(totals.cacheHitRate()).isEqualTo(0.4);
        assertThat(totals.pricedRequests()).isEqualTo(1);
        assertThat(totals.spent()).isEqualByComparingTo(cost.spent());
        assertThat(totals.retrievalSpent()).isEqualByComparingTo(cost.retrievalSpent());
        assertThat(totals.saved()).isEqualByComparingTo(cost.saved());
        assertThat(totals.pricesAsOf()).isEqualTo(PriceTable.DEFAULTS_AS_OF);
    }

    @Test
    void should_report_cached_tokens_and_money_when_openai_blocks() {
        // given
        scriptRetrieveThenAnswer();
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(stub.chatModel().build()).headroom(headroom).build();

        // when
        ChatResponse response = model.chat(request());

        // then
        assertCacheAndCost(response);
    }

    @Test
    void should_report_cached_tokens_and_money_when_openai_streams() throws Exception {
        // given
        scriptRetrieveThenAnswer();
        HeadroomStreamingChatModel model = HeadroomStreamingChatModel.builder()
                .delegate(stub.streamingChatModel().build()).headroom(headroom).build();
        RecordingHandler handler = new RecordingHandler();

        // when
        model.chat(request(), handler);
        ChatResponse response = handler.done.get(20, TimeUnit.SECONDS);

        // then
        assertCacheAndCost(response);
    }

    @Test
    void should_give_no_money_but_the_cache_figures_when_the_model_has_no_price() {
        // given
        scriptRetrieveThenAnswer();
        Headroom unpriced = Headroom.builder().compressor(new FakeJsonCompressor(5)).prices(PriceTable.defaults().toBuilder()
                .remove("gpt-4o-mini").build()).build();
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(stub.chatModel().build()).headroom(unpriced).build();

        // when
        ChatResponse response = model.chat(request());

        // then
        HeadroomReport report = HeadroomReport.of(response).orElseThrow();
        assertThat(report.cost()).isEmpty();
        assertThat(report.usage().cacheReadTokens()).isEqualTo(1_600);
        ModelTotals totals = unpriced.stats().byModel().get("open_ai/gpt-4o-mini");
        assertThat(totals.pricedRequests()).isZero();
        assertThat(totals.pricesAsOf()).isNull();
        assertThat(totals.spent()).isEqualByComparingTo("0");
    }
}
