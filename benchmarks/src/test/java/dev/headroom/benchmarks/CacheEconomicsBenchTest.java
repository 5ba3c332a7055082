package dev.headroom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ConversationBudget;
import dev.headroom.benchmarks.CacheEconomicsBench.Figures;
import dev.headroom.tokens.TokenCounter;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class CacheEconomicsBenchTest {

    /** The budget of {@code ConversationBudgetTest}: small enough for a 12-turn session to pass it. */
    private static final ConversationBudget BUDGET = ConversationBudget.builder().triggerTokens(5_000).keepLast(2)
            .minBatchTokens(2_000).build();

    @Test
    void should_break_the_prefix_only_with_the_budget_and_at_most_once_per_batch_when_12_turns() {
        // when
        List<Figures> figures = CacheEconomicsBench.runAll(12, BUDGET);
        System.out.println(CacheEconomicsBench.table(figures));
        Figures without = figures.get(0);
        Figures off = figures.get(1);
        Figures on = figures.get(2);

        // then (soft: a run shows every assertion that fails)
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(figures).extracting(Figures::requests).containsOnly(24);
        softly.assertThat(without.prefixBreaks()).as("breaks without Headroom").isZero();
        softly.assertThat(off.prefixBreaks()).as("breaks, budget off").isZero();
        softly.assertThat(off.batches()).as("batches, budget off").isZero();
        softly.assertThat(on.batches()).as("batches, budget on").isPositive();
        softly.assertThat(on.clearedResults()).as("results cleared, budget on").isPositive();
        softly.assertThat(on.prefixBreaks()).as("breaks, budget on").isPositive().isLessThanOrEqualTo(on.batches());
        softly.assertThat(on.breaksWithoutBatch()).as("breaks without a new batch, budget on").isZero();
        softly.assertThat(on.inputTokens()).as("input tokens, budget on vs off").isLessThan(off.inputTokens());
        softly.assertThat(without.inputTokens()).as("input tokens without Headroom vs off and on")
                .isGreaterThan(off.inputTokens()).isGreaterThan(on.inputTokens());
        softly.assertThat(on.reusableShare()).as("reusable share, budget on vs off").isLessThan(off.reusableShare());
        softly.assertAll();
    }

    @Test
    void should_count_the_common_prefix_and_a_break_when_an_earlier_message_changes() {
        // given: [s, a], then [s, a, b] (appended), then [s, x, b, c] (a changed)
        ChatRequest first = request("a");
        ChatRequest second = request("a", "b");
        ChatRequest third = request("x", "b", "c");
        List<String> e1 = CacheEconomicsBench.elements(first);
        List<String> e2 = CacheEconomicsBench.elements(second);
        List<String> e3 = CacheEconomicsBench.elements(third);
        TokenCounter o200k = TokenCounter.o200k();

        // when
        Figures figures = CacheEconomicsBench.measure("t", List.of(first, second, third));

        // then
        long input = sum(o200k, e1) + sum(o200k, e2) + sum(o200k, e3);
        long reusable = sum(o200k, e1) + sum(o200k, e3.subList(0, 2));
        assertThat(figures.requests()).isEqualTo(3);
        assertThat(figures.inputTokens()).isEqualTo(input);
        assertThat(figures.reusableTokens()).isEqualTo(reusable);
        assertThat(figures.prefixBreaks()).isEqualTo(1);
        assertThat(figures.batches()).isZero();
    }

    private static ChatRequest request(String... users) {
        ChatRequest.Builder builder = ChatRequest.builder().toolSpecifications(CacheEconomicsBench.tools());
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from("system"));
        for (String user : users) {
            messages.add(UserMessage.from("user message " + user));
        }
        return builder.messages(messages).build();
    }

    private static long sum(TokenCounter counter, List<String> elements) {
        return elements.stream().mapToLong(counter::count).sum();
    }
}
