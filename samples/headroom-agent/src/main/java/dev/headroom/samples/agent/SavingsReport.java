package dev.headroom.samples.agent;

import java.util.List;
import java.util.Locale;

/**
 * What Headroom saved in one conversation, in o200k tokens, and the table the sample prints. Immutable.
 *
 * @param toolCalls         one entry per tool result, in conversation order
 * @param unattributed      retrievals whose hash matched no tool result (e.g. a made-up hash)
 * @param callerRequests    requests the caller made (what a model without Headroom would have received)
 * @param modelRequests     requests the model received, hidden retrieval rounds included
 * @param inputWithout      tokens of every message of every caller request: the history as it would be re-sent
 *                          without Headroom
 * @param inputWith         tokens of every message of every request the model received, retrievals included
 * @param resentToolResults how many times a tool result the model had already received was sent again
 *                          (history re-sent on later calls)
 * @param changedOnResend   how many of those re-sends differed from the first sending: 0 keeps provider
 *                          prompt caches hitting
 * @param cost              the provider's own figures: usage with prompt-cache reads and writes, and money
 */
public record SavingsReport(List<ToolCall> toolCalls, List<Retrieval> unattributed, int callerRequests,
                            int modelRequests, long inputWithout, long inputWith, int resentToolResults,
                            int changedOnResend, CostSummary cost) {

    public SavingsReport {
        toolCalls = List.copyOf(toolCalls);
        unattributed = List.copyOf(unattributed);
    }

    /**
     * One tool result.
     *
     * @param number     1-based, in conversation order
     * @param tool       the tool's name
     * @param arguments  the call's arguments, compacted ({@code region=eu-west-1})
     * @param without    tokens of the original tool result
     * @param with       tokens of the tool result as the model received it
     * @param retrievals the {@code headroom_retrieve} calls that read this tool result's original
     */
    public record ToolCall(int number, String tool, String arguments, long without, long with, List<Retrieval> retrievals) {

        public ToolCall {
            retrievals = List.copyOf(retrievals);
        }

        public long retrievedTokens() {
            return retrievals.stream().mapToLong(Retrieval::tokens).sum();
        }
    }

    /**
     * One {@code headroom_retrieve} call.
     *
     * @param hash   the hash the model sent
     * @param query  the query it sent, or {@code null}
     * @param tokens tokens of the answer it received
     */
    public record Retrieval(String hash, String query, long tokens) {}

    public long toolTokensWithout() {
        return toolCalls.stream().mapToLong(ToolCall::without).sum();
    }

    public long toolTokensWith() {
        return toolCalls.stream().mapToLong(ToolCall::with).sum();
    }

    public int retrievals() {
        return toolCalls.stream().mapToInt(c -> c.retrievals().size()).sum() + unattributed.size();
    }

    public long retrievedTokens() {
        return toolCalls.stream().mapToLong(ToolCall::retrievedTokens).sum()
                + unattributed.stream().mapToLong(Retrieval::tokens).sum();
    }

    /** The table the sample prints. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("Tool results, in o200k tokens as the model received them:\n");
        String format = "%3s  %-46s %17s %14s %7s  %s%n";
        sb.append(String.format(Locale.ROOT, format, "#", "tool call", "without Headroom", "with Headroom", "saved", "retrievals"));
        for (ToolCall call : toolCalls) {
            sb.append(String.format(Locale.ROOT, format, call.number(), fit(call.tool() + "(" + call.arguments() + ")", 46),
                    tokens(call.without()), tokens(call.with()), percent(call.without(), call.with()),
                    retrievals(call.retrievals().size(), call.retrievedTokens())));
        }
        sb.append(String.format(Locale.ROOT, format, "", "total", tokens(toolTokensWithout()), tokens(toolTokensWith()),
                percent(toolTokensWithout(), toolTokensWith()), retrievals(retrievals(), retrievedTokens())));
        sb.append('\n');
        sb.append(String.format(Locale.ROOT,
                "Model input over the whole conversation (every call re-sends the history; message text, o200k):%n"
                        + "  without Headroom %s tokens in %d model calls%n"
                        + "  with Headroom    %s tokens in %d model calls (%d of them hidden retrieval rounds) -> %s saved%n",
                tokens(inputWithout), callerRequests, tokens(inputWith), modelRequests, modelRequests - callerRequests,
                percent(inputWithout, inputWith)));
        sb.append(String.format(Locale.ROOT,
                "Prompt caching: tool results re-sent on later calls %d times, byte-identical %d times, changed %d times%n",
                resentToolResults, resentToolResults - changedOnResend, changedOnResend));
        sb.append(cost.lines());
        return sb.toString();
    }

    private static String retrievals(int count, long tokens) {
        return count == 0 ? "-" : count + " (+" + tokens(tokens) + " tokens)";
    }

    private static String tokens(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(long without, long with) {
        return without == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * (without - with) / without);
    }

    private static String fit(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
