package dev.headroom.langchain4j;

import dev.headroom.ConversationBudget;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * Which tool results the conversation budget clears: a pure function of the messages (as token counts and kinds)
 * and the {@link ConversationBudget}. Knows nothing about LangChain4j messages; {@link ConversationBudgeting} maps
 * them.
 *
 * <p><b>Why the decision is stable across turns.</b>
 * The decorators keep no state between requests; each request carries the whole conversation. So the decision is
 * made by <em>replaying</em> the conversation, message by message, as if a request had been sent after each one:
 * <pre>
 *  total = 0; cleared = {}
 *  for each message m, in order:
 *      total += tokens(m)                          (a cleared result counts as its stub)
 *      if total > trigger:
 *          candidates = tool results before the last keepLast tool results seen so far, oldest first,
 *                       clearable (not excluded) and not cleared, whose stub is smaller than they are
 *          take candidates, oldest first, until they free total − (trigger − minBatch) tokens (or run out)
 *          if they free ≥ minBatch tokens: clear them (one batch); total −= freed
 * </pre>
 * The state after message <i>j</i> depends only on messages 0..<i>j</i>. A later turn's request starts with an
 * earlier turn's messages (ChatMemory appends), so its replay passes through the very same states and clears a
 * superset: a cleared result stays cleared, with the same stub (a pure function of the original), and a message
 * sent earlier changes only when a batch is cleared in the messages added since. Hence at most one prefix break per
 * batch, and never one on a turn without a batch. Each batch frees at least {@code minBatch} tokens and brings the
 * total to {@code trigger − minBatch} when the candidates allow, so the next batch waits for {@code minBatch} tokens
 * of growth. A memory that evicts old messages changes the prefix by itself; the replay then starts from what
 * remains.
 *
 * <p>Stateless; thread-safe.
 */
final class BudgetPolicy {

    private BudgetPolicy() {}

    /** How the budget sees one message. */
    enum Kind {
        /** Not a tool result (system, user, AI message). */
        OTHER,
        /** A tool result that is never cleared (excluded tool, non-text content, tool with Headroom disabled). */
        KEPT_RESULT,
        /** A tool result the budget may clear. */
        CLEARABLE_RESULT
    }

    /** One message: its tokens as sent without the budget, and its kind. */
    record Entry(long tokens, Kind kind) {
        boolean toolResult() {
            return kind != Kind.OTHER;
        }
    }

    /**
     * What the replay cleared.
     *
     * @param cleared the indexes of the cleared messages
     * @param batches the batches in order, each the indexes it cleared
     * @param freed   tokens each batch freed (tokens of the results minus those of their stubs)
     */
    record Decision(BitSet cleared, List<List<Integer>> batches, List<Long> freed) {}

    /**
     * @param stubTokens tokens of the stub of the message at an index (asked only for clearable results)
     */
    static Decision decide(ConversationBudget budget, List<Entry> entries, IntToLongFunction stubTokens) {
        BitSet cleared = new BitSet();
        List<List<Integer>> batches = new ArrayList<>();
        List<Long> freedPerBatch = new ArrayList<>();
        if (!budget.enabled()) {
            return new Decision(cleared, batches, freedPerBatch);
        }
        List<Integer> results = new ArrayList<>(); // indexes of the tool results seen so far, in order
        int next = 0; // results before this position are cleared or never will be
        long total = 0;
        for (int j = 0; j < entries.size(); j++) {
            Entry entry = entries.get(j);
            total += entry.tokens();
            if (entry.toolResult()) {
                results.add(j);
            }
            if (total <= budget.triggerTokens()) {
                continue;
            }
            int old = results.size() - budget.keepLast(); // results[0, old) are older than the last keepLast
            long wanted = total - (budget.triggerTokens() - budget.minBatchTokens());
            long freed = 0;
            List<Integer> batch = new ArrayList<>();
            int k = next;
            for (; k < old && freed < wanted; k++) {
                int index = results.get(k);
                Entry candidate = entries.get(index);
                if (candidate.kind() == Kind.CLEARABLE_RESULT) {
                    long saving = candidate.tokens() - stubTokens.applyAsLong(index);
                    if (saving > 0) {
                        batch.add(index);
                        freed += saving;
                    }
                }
            }
            if (freed >= budget.minBatchTokens()) {
                batch.forEach(cleared::set);
                batches.add(List.copyOf(batch));
                freedPerBatch.add(freed);
                total -= freed;
                next = k;
            }
        }
        return new Decision(cleared, batches, freedPerBatch);
    }
}
