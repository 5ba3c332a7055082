package dev.headroom.samples.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.HeadroomReport;
import dev.headroom.tokens.TokenCounter;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures one conversation from both sides of {@code HeadroomChatModel}: the requests the caller
 * ({@code AiServices}) sent, holding the original tool results, and the requests the model received, holding
 * the compressed ones plus the hidden retrieval rounds. Every figure is an exact o200k_base count
 * ({@link TokenCounter#o200k()}) of message text actually sent, not an estimate.
 *
 * <p>Feed it from two {@link RecordingChatModel}s: {@link #modelCall} from the one after Headroom,
 * {@link #callerCall} from the one before it. Not thread-safe: one ledger per conversation, whose calls run
 * one after another.
 */
final class TokenLedger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TokenCounter tokens = TokenCounter.o200k();
    /** Counting is the slow part (jtokkit runs at ~10 MB/s); history is re-sent on every call, so count each text once. */
    private final Map<String, Integer> counted = new HashMap<>();
    private final List<ChatRequest> pendingModelRequests = new ArrayList<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<HeadroomReport> reports = new ArrayList<>();
    private final LocalDate pricesAsOf;

    /** @param pricesAsOf the date of the engine's price table, for the cost line */
    TokenLedger(LocalDate pricesAsOf) {
        this.pricesAsOf = pricesAsOf;
    }

    /** One request of the model (after Headroom): round 0 of a caller request, or a hidden retrieval round. */
    void modelCall(ChatRequest request, ChatResponse response) {
        pendingModelRequests.add(request);
    }

    /** One request of the caller (before Headroom); its model rounds were recorded just before. */
    void callerCall(ChatRequest request, ChatResponse response) {
        exchanges.add(new Exchange(request, List.copyOf(pendingModelRequests)));
        pendingModelRequests.clear();
        HeadroomReport.of(response).ifPresent(reports::add);
    }

    /** The report of every caller request so far, in order. */
    List<HeadroomReport> reports() {
        return List.copyOf(reports);
    }

    SavingsReport report() {
        Map<Integer, Row> rows = new TreeMap<>();
        List<SavingsReport.Retrieval> unattributed = new ArrayList<>();
        Map<Integer, String> firstSent = new HashMap<>();
        int resent = 0;
        int changed = 0;
        long inputWithout = 0;
        long inputWith = 0;
        int modelCalls = 0;
        for (Exchange exchange : exchanges) {
            List<ChatMessage> callerMessages = exchange.caller().messages();
            inputWithout += count(callerMessages);
            if (exchange.model().isEmpty()) {
                continue;
            }
            List<ChatMessage> sent = exchange.model().get(0).messages();
            for (int i = 0; i < callerMessages.size() && i < sent.size(); i++) {
                if (callerMessages.get(i) instanceof ToolExecutionResultMessage original
                        && sent.get(i) instanceof ToolExecutionResultMessage compressed && !rows.containsKey(i)) {
                    rows.put(i, new Row(original.toolName(), arguments(callerMessages, i, original),
                            count(original.text()), count(compressed.text()), compressed.text()));
                }
            }
            for (int round = 0; round < exchange.model().size(); round++) {
                List<ChatMessage> messages = exchange.model().get(round).messages();
                inputWith += count(messages);
                modelCalls++;
                // prompt caching: a tool result must reach the model as the same bytes on every later call
                for (int i = 0; i < messages.size(); i++) {
                    if (messages.get(i) instanceof ToolExecutionResultMessage result && result.hasSingleText()) {
                        String first = firstSent.putIfAbsent(i, result.text());
                        if (first != null) {
                            resent++;
                            changed += first.equals(result.text()) ? 0 : 1;
                        }
                    }
                }
                if (round > 0) {
                    int before = exchange.model().get(round - 1).messages().size();
                    retrievals(messages.subList(before, messages.size()), rows, unattributed);
                }
            }
        }
        int number = 1;
        List<SavingsReport.ToolCall> calls = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            calls.add(new SavingsReport.ToolCall(number++, row.tool, row.arguments, row.without, row.with,
                    List.copyOf(row.retrievals)));
        }
        return new SavingsReport(calls, unattributed, exchanges.size(), modelCalls, inputWithout, inputWith, resent, changed,
                CostSummary.of(reports, pricesAsOf));
    }

    /** The retrieval calls of one hidden round and their answers, attributed to the tool result they read. */
    private void retrievals(List<ChatMessage> added, Map<Integer, Row> rows, List<SavingsReport.Retrieval> unattributed) {
        Map<String, ToolExecutionRequest> calls = new HashMap<>();
        for (ChatMessage message : added) {
            if (message instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                ai.toolExecutionRequests().forEach(call -> calls.put(call.id(), call));
            } else if (message instanceof ToolExecutionResultMessage answer && RetrieveTool.NAME.equals(answer.toolName())) {
                ToolExecutionRequest call = calls.get(answer.id());
                String hash = null;
                String query = null;
                try {
                    RetrieveTool.Arguments arguments = RetrieveTool.parseArguments(call == null ? null : call.arguments());
                    hash = arguments.hash();
                    query = arguments.query();
                } catch (IllegalArgumentException e) {
                    // counted below as a retrieval that read nothing in particular
                }
                SavingsReport.Retrieval retrieval = new SavingsReport.Retrieval(hash, query, count(answer.text()));
                Row owner = null;
                for (Row row : rows.values()) {
                    if (hash != null && row.sent.contains(hash)) {
                        owner = row;
                        break;
                    }
                }
                if (owner != null) {
                    owner.retrievals.add(retrieval);
                } else {
                    unattributed.add(retrieval);
                }
            }
        }
    }

    /** The arguments of the call that produced the tool result at {@code index}, by id, else by name. */
    private static String arguments(List<ChatMessage> messages, int index, ToolExecutionResultMessage result) {
        for (int i = index - 1; i >= 0; i--) {
            if (messages.get(i) instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                    boolean sameId = result.id() != null && result.id().equals(call.id());
                    boolean sameName = (result.id() == null || call.id() == null) && call.name().equals(result.toolName());
                    if (sameId || sameName) {
                        return compact(call.arguments());
                    }
                }
                return "";
            }
        }
        return "";
    }

    /** {@code {"region":"eu-west-1"}} → {@code region=eu-west-1}. */
    private static String compact(String arguments) {
        try {
            JsonNode node = JSON.readTree(arguments);
            List<String> parts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                parts.add(field.getKey() + "=" + (field.getValue().isTextual() ? field.getValue().asText() : field.getValue()));
            }
            return String.join(", ", parts);
        } catch (Exception e) {
            return arguments == null ? "" : arguments;
        }
    }

    private long count(List<ChatMessage> messages) {
        long sum = 0;
        for (ChatMessage message : messages) {
            sum += count(message);
        }
        return sum;
    }

    /** The text a provider would send for a message: its text, and a tool call's name and arguments. */
    private long count(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return count(system.text());
        } else if (message instanceof UserMessage user) {
            long sum = 0;
            for (Content content : user.contents()) {
                if (content instanceof TextContent text) {
                    sum += count(text.text());
                }
            }
            return sum;
        } else if (message instanceof AiMessage ai) {
            long sum = ai.text() == null ? 0 : count(ai.text());
            if (ai.hasToolExecutionRequests()) {
                for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                    sum += count(call.name()) + count(call.arguments());
                }
            }
            return sum;
        } else if (message instanceof ToolExecutionResultMessage result) {
            return result.hasSingleText() ? count(result.text()) : 0;
        }
        return 0;
    }

    private int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return counted.computeIfAbsent(text, tokens::count);
    }

    private record Exchange(ChatRequest caller, List<ChatRequest> model) {}

    private static final class Row {
        final String tool;
        final String arguments;
        final long without;
        final long with;
        final String sent;
        final List<SavingsReport.Retrieval> retrievals = new ArrayList<>();

        Row(String tool, String arguments, long without, long with, String sent) {
            this.tool = tool;
            this.arguments = arguments;
            this.without = without;
            this.with = with;
            this.sent = sent;
        }
    }
}
