package dev.headroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.WorkBudgetExceededException;
import dev.headroom.relevance.Bm25;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The deterministic work budget of one compression (DESIGN.md invariant 5): wired, counted, deterministic. */
class WorkBudgetTest {

    private static final CompressionContext CONTEXT = CompressionContext.builder().toolName("logs").build();

    /** A 2,000-line service log with a few distinct errors: something every default compresses. */
    private static String log() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.append("2024-03-10 12:").append(String.format("%02d:%02d", i / 60 % 60, i % 60)).append(",000 ");
            sb.append(i % 250 == 7 ? "ERROR db pool exhausted after " + i + " waits" : "INFO request " + i + " served in 12 ms");
            sb.append('\n');
        }
        return sb.toString();
    }

    /** No ceiling: this 15,000-token log passed through would otherwise be cut (see ResultCeilingGatesTest). */
    private static Headroom engine(long base, int perChar) {
        return Headroom.builder().config(HeadroomConfig.builder().workBudget(base, perChar).memoMaximumBytes(0)
                .defaults(CompressionSettings.defaults().toBuilder().maxResultTokens(CompressionSettings.NO_CEILING).build())
                .build()).build();
    }

    @Test
    void should_pass_original_through_with_work_budget_reason_when_budget_is_tiny() {
        // given
        String content = log();
        Headroom tiny = engine(1, 0);

        // when
        CompressionOutcome defaults = Headroom.create().compress(content, CONTEXT);
        CompressionOutcome starved = tiny.compress(content, CONTEXT);

        // then the default budget compresses it; one unit of work does not
        assertThat(defaults.text().length()).isLessThan(content.length());
        assertThat(starved.text()).isSameAs(content);
        assertThat(starved.strategy()).isEqualTo("work-budget");
        assertThat(starved.lossy()).isFalse();
        assertThat(tiny.stats().failOpen()).isEqualTo(1);
    }

    @Test
    void should_give_the_same_outcome_when_compressed_twice_with_the_same_budget() {
        // given a budget near what the log needs, so that either outcome is possible
        String content = log();
        Set<String> strategies = new TreeSet<>();

        for (int perChar : new int[] {0, 1, 2, 3, 5}) {
            // when
            CompressionOutcome first = engine(1_000, perChar).compress(content, CONTEXT);
            CompressionOutcome second = engine(1_000, perChar).compress(new String(content.toCharArray()), CONTEXT);

            // then
            assertThat(second).as("perChar %d", perChar).isEqualTo(first);
            strategies.add(first.strategy());
        }
        assertThat(strategies).as("both sides of the limit were tried").contains("work-budget").hasSizeGreaterThan(1);
    }

    @Test
    void should_throw_when_charged_past_its_limit() {
        // given
        WorkBudget budget = WorkBudget.of(10);

        // when
        budget.charge(10);

        // then
        assertThat(budget.spent()).isEqualTo(10);
        assertThatThrownBy(() -> budget.charge(1)).isInstanceOf(WorkBudgetExceededException.class)
                .hasMessageContaining("11 units spent, limit 10");
    }

    @Test
    void should_charge_the_budget_it_is_given_and_keep_no_thread_state() {
        // given: the budget travels in the compression context and is passed to the helpers (no thread binding)
        WorkBudget budget = WorkBudget.of(1_000_000);

        // when
        Bm25.index(List.of("alpha beta", "gamma"), budget).scores("alpha");

        // then: indexing charges 1 + chars per document, the question 2 × words × documents
        assertThat(budget.spent()).isEqualTo((1 + 10) + (1 + 5) + 2L * 1 * 2);
        WorkBudget.unlimited().charge(Long.MAX_VALUE); // unlimited: never throws, counts nothing
        assertThat(WorkBudget.unlimited().spent()).isZero();
    }

    @Test
    void should_reject_a_budget_that_is_not_positive() {
        assertThatThrownBy(() -> HeadroomConfig.builder().workBudget(0, 10).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workBudget base must be positive");
        assertThatThrownBy(() -> HeadroomConfig.builder().workBudget(1, -1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perChar must not be negative");
        assertThat(HeadroomConfig.builder().workBudget(5, 2).build().workBudgetFor(10)).isEqualTo(25);
    }
}
