package dev.headroom.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ConversationBudget;
import dev.headroom.langchain4j.BudgetPolicy.Decision;
import dev.headroom.langchain4j.BudgetPolicy.Entry;
import dev.headroom.langchain4j.BudgetPolicy.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * The clearing decision on its own, over token counts: the trigger, keep-last, the minimum batch, excluded
 * results, and determinism and stability across turns (the decision for a conversation's prefix is the decision
 * for that prefix as a request of its own).
 */
class BudgetPolicyTest {

    private static final IntToLongFunction STUB = index -> 40;

    private static ConversationBudget budget(long trigger, int keepLast, long minBatch) {
        return ConversationBudget.builder().triggerTokens(trigger).keepLast(keepLast).minBatchTokens(minBatch).build();
    }

    /** An agent turn as entries: the AI call (20 tokens) and its result. */
    private static void turn(List<Entry> entries, long resultTokens, Kind kind) {
        entries.add(new Entry(20, Kind.OTHER));
        entries.add(new Entry(resultTokens, kind));
    }

    private static List<Entry> agent(int turns, long resultTokens) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(100, Kind.OTHER)); // system
        entries.add(new Entry(50, Kind.OTHER)); // user
        for (int i = 0; i < turns; i++) {
            turn(entries, resultTokens, Kind.CLEARABLE_RESULT);
        }
        return entries;
    }

    private static List<Integer> resultIndexes(List<Entry> entries) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).toolResult()) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    @Test
    void should_clear_nothing_when_the_trigger_is_not_reached() {
        // given: 10 results of 1,000 tokens and 20 tokens of call each, plus 150: 10,350 tokens, trigger 10,400
        List<Entry> entries = agent(10, 1_000);
        ConversationBudget budget = budget(10_400, 0, 100);

        // when
        Decision decision = BudgetPolicy.decide(budget, entries, STUB);
        Decision past = BudgetPolicy.decide(budget, agent(11, 1_000), STUB);

        // then: nothing 50 tokens below the trigger, though one result would make a batch; a batch once past it
        assertThat(decision.cleared().isEmpty()).isTrue();
        assertThat(decision.batches()).isEmpty();
        assertThat(past.batches()).hasSize(1);
    }

    @Test
    void should_clear_nothing_when_the_budget_is_disabled() {
        // given
        List<Entry> entries = agent(40, 1_000);
        ConversationBudget off = budget(5_000, 0, 1_000).toBuilder().enabled(false).build();

        // when
        Decision decision = BudgetPolicy.decide(off, entries, STUB);

        // then
        assertThat(decision.cleared().isEmpty()).isTrue();
    }

    @Test
    void should_clear_the_oldest_results_first_when_over_the_trigger() {
        // given: 20 results of 1,000 tokens, trigger 10,000
        List<Entry> entries = agent(20, 1_000);

        // when
        Decision decision = BudgetPolicy.decide(budget(10_000, 3, 2_000), entries, STUB);

        // then: the cleared results are the oldest ones, in one run from the first
        List<Integer> results = resultIndexes(entries);
        int cleared = decision.cleared().cardinality();
        assertThat(cleared).isPositive();
        for (int r = 0; r < results.size(); r++) {
            assertThat(decision.cleared().get(results.get(r))).as("result %d", r).isEqualTo(r < cleared);
        }
    }

    @Test
    void should_never_clear_the_last_keep_last_results_when_far_over_the_trigger() {
        // given: 12 results of 5,000 tokens against a trigger of 1,000: everything clearable is cleared
        List<Entry> entries = agent(12, 5_000);

        // when
        Decision decision = BudgetPolicy.decide(budget(1_000, 4, 500), entries, STUB);

        // then: exactly the 8 oldest are cleared, the last 4 never
        List<Integer> results = resultIndexes(entries);
        for (int r = 0; r < results.size(); r++) {
            assertThat(decision.cleared().get(results.get(r))).as("result %d", r).isEqualTo(r < 8);
        }
    }

    @Test
    void should_clear_at_least_min_batch_tokens_in_every_batch() {
        // given: results of varied sizes, a long session
        Random random = new Random(7);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            turn(entries, 200 + random.nextInt(3_000), Kind.CLEARABLE_RESULT);
        }

        // when
        Decision decision = BudgetPolicy.decide(budget(30_000, 3, 6_000), entries, STUB);

        // then: several batches, each freeing at least the minimum (results minus stubs)
        assertThat(decision.batches()).hasSizeGreaterThan(3);
        for (int b = 0; b < decision.batches().size(); b++) {
            long freed = 0;
            for (int index : decision.batches().get(b)) {
                freed += entries.get(index).tokens() - 40;
            }
            assertThat(freed).as("batch %d", b).isEqualTo(decision.freed().get(b)).isGreaterThanOrEqualTo(6_000);
        }
    }

    @Test
    void should_wait_when_the_candidates_hold_less_than_min_batch() {
        // given: over the trigger, but the results older than the last 2 hold 3 × 960 = 2,880 tokens net of stubs
        List<Entry> entries = agent(5, 1_000);

        // when
        Decision waiting = BudgetPolicy.decide(budget(3_000, 2, 3_000), entries, STUB);
        Decision oneMore = BudgetPolicy.decide(budget(3_000, 2, 3_000), agent(6, 1_000), STUB);

        // then: nothing until a fourth result ages past the last 2; then one batch of the four
        assertThat(waiting.cleared().isEmpty()).isTrue();
        assertThat(oneMore.batches()).hasSize(1);
        assertThat(oneMore.batches().get(0)).hasSize(4);
    }

    @Test
    void should_space_batches_by_min_batch_tokens_of_growth() {
        // given: a steady session; a batch brings the total to trigger − minBatch
        List<Entry> entries = agent(300, 500);
        ConversationBudget budget = budget(20_000, 3, 5_000);

        // when: the decision after each message, as if a request had been sent there
        List<Long> totalsAtBatches = new ArrayList<>();
        int batches = 0;
        for (int n = 1; n <= entries.size(); n++) {
            Decision decision = BudgetPolicy.decide(budget, entries.subList(0, n), STUB);
            if (decision.batches().size() > batches) {
                batches = decision.batches().size();
                long sent = 0;
                for (int i = 0; i < n; i++) {
                    sent += entries.get(i).tokens();
                }
                totalsAtBatches.add(sent);
            }
        }

        // then: between two batches the conversation grew by at least minBatch tokens
        assertThat(totalsAtBatches).hasSizeGreaterThan(5);
        for (int b = 1; b < totalsAtBatches.size(); b++) {
            assertThat(totalsAtBatches.get(b) - totalsAtBatches.get(b - 1)).isGreaterThanOrEqualTo(5_000);
        }
    }

    @Test
    void should_never_clear_excluded_results_when_they_are_the_oldest_and_largest() {
        // given: every third result is of an excluded tool (KEPT_RESULT) and ten times larger
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            turn(entries, i % 3 == 0 ? 10_000 : 1_000, i % 3 == 0 ? Kind.KEPT_RESULT : Kind.CLEARABLE_RESULT);
        }

        // when
        Decision decision = BudgetPolicy.decide(budget(20_000, 3, 4_000), entries, STUB);

        // then: clearable results were cleared, no excluded one
        assertThat(decision.cleared().cardinality()).isPositive();
        decision.cleared().stream().forEach(i -> assertThat(entries.get(i).kind()).isEqualTo(Kind.CLEARABLE_RESULT));
    }

    @Test
    void should_not_clear_a_result_smaller_than_its_stub() {
        // given: the oldest results are tiny (30 tokens, stub 40)
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            turn(entries, 30, Kind.CLEARABLE_RESULT);
        }
        for (int i = 0; i < 20; i++) {
            turn(entries, 2_000, Kind.CLEARABLE_RESULT);
        }

        // when
        Decision decision = BudgetPolicy.decide(budget(10_000, 3, 2_000), entries, STUB);

        // then
        assertThat(decision.cleared().cardinality()).isPositive();
        decision.cleared().stream().forEach(i -> assertThat(entries.get(i).tokens()).isEqualTo(2_000));
    }

    @Test
    void should_decide_the_same_for_the_same_conversation_and_keep_earlier_decisions_on_later_turns() {
        // given: a random session, decided after every message as the requests of an agent would be
        Random random = new Random(42);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            turn(entries, random.nextInt(4_000), random.nextInt(5) == 0 ? Kind.KEPT_RESULT : Kind.CLEARABLE_RESULT);
        }
        ConversationBudget budget = budget(25_000, 3, 5_000);
        IntToLongFunction stubs = index -> 30 + index % 7;

        // when / then
        BitSet previous = new BitSet();
        int breaks = 0;
        int previousBatches = 0;
        for (int n = 1; n <= entries.size(); n++) {
            Decision decision = BudgetPolicy.decide(budget, entries.subList(0, n), stubs);
            Decision again = BudgetPolicy.decide(budget, new ArrayList<>(entries.subList(0, n)), stubs);
            assertThat(again.cleared()).as("deterministic at %d", n).isEqualTo(decision.cleared());
            BitSet lost = (BitSet) previous.clone();
            lost.andNot(decision.cleared());
            assertThat(lost.isEmpty()).as("what was cleared stays cleared at %d", n).isTrue();
            BitSet earlierChanged = (BitSet) decision.cleared().clone();
            earlierChanged.andNot(previous);
            if (!earlierChanged.isEmpty()) {
                breaks++;
                assertThat(decision.batches().size()).as("a change only with a new batch").isGreaterThan(previousBatches);
            }
            previous = decision.cleared();
            previousBatches = decision.batches().size();
        }
        assertThat(breaks).isPositive().isEqualTo(previousBatches);
    }
}
