package dev.headroom.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.ConversationBudget;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.ccr.RetrieveTool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long agent session with the conversation budget on, run against a provider's wire stub, and the checks of issue
 * 14's "done when": tool-call / tool-result pairing valid on every request, prefix breaks counted (at most one per
 * batch), every cleared result retrievable byte-identical. Wire-neutral: a provider test supplies how to read its
 * request bodies ({@link #openAi}, {@link #anthropic}) and turns {@link #answer}s into its stub's turns.
 *
 * <p>The stub's model: when the request shows stubs it has not asked for yet, it calls {@code headroom_retrieve} for
 * each (ids {@code retr_<hash>}, answered by the decorator in a hidden round, whose request then carries the
 * originals); otherwise it makes the agent's next tool call ({@code call_<k>}). Not thread-safe: one per test.
 */
public final class BudgetSession {

    /** The agent's requests. */
    public static final int TURNS = 40;

    /** The budget of the session: trigger 10,000, keep 3, batches of 3,000, {@code read_plan} excluded. */
    public static final ConversationBudget BUDGET = ConversationBudget.builder().triggerTokens(10_000).keepLast(3)
            .minBatchTokens(3_000).excludeTools("read_plan").build();

    private static final Pattern STUB = Pattern.compile(
            "^\\[headroom: tool result cleared from the conversation \\((\\d+) tokens\\)\\. Call headroom_retrieve with hash=([0-9a-f]{24}) ");

    /** A tool call on the wire. */
    public record Call(String id, String name) {}

    /** A tool result on the wire. */
    public record Result(String id, String content) {}

    /** A message on the wire, normalized: role, the tool calls it makes, the tool results it carries. */
    public record Message(String role, List<Call> calls, List<Result> results) {}

    /** What the stub answers: {@code headroom_retrieve} for these hashes, or else the agent's call {@code agentTurn}. */
    public record Answer(List<String> retrieve, int agentTurn, String toolName) {}

    /** The session's figures. */
    public record Report(int requests, int topLevelRequests, int batches, int prefixBreaks, int cleared, int retrieved) {}

    private final Function<JsonNode, List<Message>> wire;
    private final Map<String, String> retrieved = new ConcurrentHashMap<>();
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    public BudgetSession(Function<JsonNode, List<Message>> wire) {
        this.wire = wire;
    }

    /** The engine of the session: real compressors, the budget on. */
    public static Headroom headroom() {
        return Headroom.builder().config(HeadroomConfig.builder().conversationBudget(BUDGET).build()).build();
    }

    public static List<ToolSpecification> tools() {
        List<ToolSpecification> tools = new ArrayList<>();
        for (String name : List.of("tail_log", "read_notes", "read_plan")) {
            tools.add(ToolSpecification.builder().name(name).description("Reads " + name.substring(5))
                    .parameters(JsonObjectSchema.builder().addIntegerProperty("n").required("n").build()).build());
        }
        return tools;
    }

    /** The tool of the agent's call {@code k}: every fifth reads the plan (excluded), else logs and notes alternate. */
    public static String toolName(int k) {
        return k % 5 == 4 ? "read_plan" : k % 2 == 0 ? "tail_log" : "read_notes";
    }

    /** What the tool of call {@code k} returns: a service log, prose notes or a plan, of varied sizes. */
    public static String output(int k) {
        StringBuilder sb = new StringBuilder();
        switch (toolName(k)) {
            case "tail_log" -> {
                for (int i = 0; i < 150 + 37 * (k % 4); i++) {
                    String time = String.format("2024-05-01T10:%02d:%02d.%03dZ", (i / 60) % 60, i % 60, (i * 7 + k) % 1000);
                    if (i == 17 + k) {
                        sb.append(time).append(" ERROR [worker-").append(k % 8).append("] upstream 10.0.").append(k)
                                .append(".7 refused connection: Connection reset\n");
                    } else {
                        sb.append(time).append(" INFO  [worker-").append(i % 8).append("] GET /api/cart/")
                                .append(10_000 + i * 13 + k).append(" status=200 took=").append(5 + (i + k) % 40).append("ms\n");
                    }
                }
            }
            case "read_notes" -> {
                for (int p = 0; p < 8 + k % 5; p++) {
                    sb.append("Note ").append(k).append('.').append(p).append(": the checkout service ")
                            .append(p % 2 == 0 ? "retries the payment gateway twice before it gives up, " : "keeps its carts in Redis for an hour, ")
                            .append("and the on-call engineer of week ").append(k + p).append(" wrote that the incident of ")
                            .append("May ").append(1 + (k + p) % 28).append(" started when the inventory service slowed down; ")
                            .append("the dashboards showed latency rising long before errors, and the runbook says to check ")
                            .append("the connection pool of service ").append((char) ('a' + (k * 7 + p) % 26)).append(" first.\n\n");
                }
            }
            default -> sb.append("Plan step ").append(k).append(": check the upstream of worker ").append(k % 8)
                    .append(", then the connection pool, then report.");
        }
        return sb.toString();
    }

    /** The stub's answer to a request body (see the class comment); records the retrieved originals. */
    public Answer answer(JsonNode body) {
        List<Message> messages = wire.apply(body);
        assertPairing(messages);
        int agentResults = 0;
        for (Message message : messages) {
            for (Result result : message.results()) {
                if (result.id().startsWith("retr_")) {
                    retrieved.put(result.id().substring(5), result.content());
                } else {
                    agentResults++;
                }
            }
        }
        List<String> toAsk = new ArrayList<>();
        for (String hash : stubs(messages).keySet()) {
            if (asked.add(hash)) {
                toAsk.add(hash);
            }
        }
        return new Answer(toAsk, agentResults, toolName(agentResults));
    }

    /** The retrieve call's arguments for a hash. */
    public static String retrieveArguments(String hash) {
        return "{\"" + RetrieveTool.HASH + "\":\"" + hash + "\"}";
    }

    /** The agent's call arguments for turn {@code k}. */
    public static String agentArguments(int k) {
        return "{\"n\":" + k + "}";
    }

    /** The stubs in a request: hash → the id of the tool result sent as that stub, in order. */
    static Map<String, String> stubs(List<Message> messages) {
        Map<String, String> stubs = new LinkedHashMap<>();
        for (Message message : messages) {
            for (Result result : message.results()) {
                Matcher m = STUB.matcher(result.content());
                if (m.find()) {
                    stubs.put(m.group(2), result.id());
                }
            }
        }
        return stubs;
    }

    /** The tokens the request's stubs stand for, as they say. */
    private static long replacedTokens(List<Message> messages) {
        long tokens = 0;
        for (Message message : messages) {
            for (Result result : message.results()) {
                Matcher m = STUB.matcher(result.content());
                tokens += m.find() ? Long.parseLong(m.group(1)) : 0;
            }
        }
        return tokens;
    }

    /** Every tool result answers a call of the assistant message just before, ids matching, and every call is answered. */
    static void assertPairing(List<Message> messages) {
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            if (message.results().isEmpty()) {
                if (!message.calls().isEmpty()) {
                    assertThat(i + 1).as("the calls of message %d are answered", i).isLessThan(messages.size());
                }
                continue;
            }
            int ai = i - 1;
            while (ai >= 0 && messages.get(ai).calls().isEmpty() && !messages.get(ai).results().isEmpty()) {
                ai--; // OpenAI: one tool message per result, after the same assistant message
            }
            assertThat(ai).as("tool result at %d follows an assistant message", i).isGreaterThanOrEqualTo(0);
            Set<String> calls = new LinkedHashSet<>();
            messages.get(ai).calls().forEach(c -> calls.add(c.id()));
            for (Result result : message.results()) {
                assertThat(calls).as("tool result %s at %d answers a call of message %d", result.id(), i, ai)
                        .contains(result.id());
            }
        }
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).calls().isEmpty()) {
                continue;
            }
            Set<String> answered = new LinkedHashSet<>();
            for (int j = i + 1; j < messages.size() && messages.get(j).calls().isEmpty() && !messages.get(j).results().isEmpty(); j++) {
                messages.get(j).results().forEach(r -> answered.add(r.id()));
            }
            List<String> ids = messages.get(i).calls().stream().map(Call::id).toList();
            assertThat(answered).as("every call of message %d is answered right after it", i).containsAll(ids);
        }
    }

    /**
     * Runs the session: {@link #TURNS} requests of the agent, each executing the call the model made, then checks
     * every request body and returns the figures.
     *
     * @param bodies   the stub's recorded request bodies (raw)
     * @param messages the raw JSON elements of a body's messages, for the prefix comparison
     */
    public Report run(ChatModel model, List<String> bodies, Function<String, List<String>> messages,
                      Function<String, JsonNode> parse) {
        List<ChatMessage> history = new ArrayList<>();
        history.add(SystemMessage.from("You are the on-call agent of the checkout service."));
        history.add(UserMessage.from("Why do checkout requests fail since this morning?"));
        List<Integer> topLevel = new ArrayList<>();
        for (int turn = 0; turn < TURNS; turn++) {
            topLevel.add(bodies.size());
            ChatResponse response = model.chat(ChatRequest.builder().messages(history).toolSpecifications(tools()).build());
            AiMessage ai = response.aiMessage();
            assertThat(ai.toolExecutionRequests()).as("turn %d", turn).hasSize(1);
            ToolExecutionRequest call = ai.toolExecutionRequests().get(0);
            assertThat(call.name()).isEqualTo(toolName(turn)).isNotEqualTo(RetrieveTool.NAME);
            history.add(ai);
            history.add(ToolExecutionResultMessage.from(call, output(turn)));
        }
        // pairing on every request, hidden rounds included (the stub checked each as it came; again here)
        for (String body : bodies) {
            assertPairing(wire.apply(parse.apply(body)));
        }
        int batches = 0;
        int breaks = 0;
        Map<String, String> previousStubs = Map.of();
        List<String> previous = List.of();
        int previousTopLevel = topLevel.get(0);
        for (int index : topLevel) {
            List<Message> request = wire.apply(parse.apply(bodies.get(index)));
            Map<String, String> stubs = stubs(request);
            assertThat(stubs.keySet()).as("what was cleared stays cleared").containsAll(previousStubs.keySet());
            boolean batch = stubs.size() > previousStubs.size();
            if (batch) {
                // a batch clears at least minBatchTokens (net of stubs), so the tokens its stubs stand for are more
                assertThat(replacedTokens(request) - replacedTokens(wire.apply(parse.apply(bodies.get(previousTopLevel)))))
                        .as("tokens cleared by the batch of request %d", index).isGreaterThanOrEqualTo(BUDGET.minBatchTokens());
            }
            List<String> current = messages.apply(bodies.get(index));
            boolean broken = !(current.size() >= previous.size() && current.subList(0, previous.size()).equals(previous));
            batches += batch ? 1 : 0;
            breaks += broken ? 1 : 0;
            assertThat(broken).as("an earlier message changed only with a new batch (request %d)", index).isEqualTo(batch && broken);
            assertKeptUncleared(request, stubs);
            previousStubs = stubs;
            previous = current;
            previousTopLevel = index;
        }
        // every cleared result was retrieved by the model, and the original came back byte-identical
        for (Map.Entry<String, String> stub : previousStubs.entrySet()) {
            int k = Integer.parseInt(stub.getValue().substring(5));
            assertThat(retrieved.get(stub.getKey())).as("retrieval of call_%d", k).isEqualTo(output(k));
        }
        return new Report(bodies.size(), topLevel.size(), batches, breaks, previousStubs.size(), retrieved.size());
    }

    /** The last {@code keepLast} results and every excluded tool's results are never stubs. */
    private static void assertKeptUncleared(List<Message> request, Map<String, String> stubs) {
        List<String> agentResults = new ArrayList<>();
        for (Message message : request) {
            for (Result result : message.results()) {
                if (result.id().startsWith("call_")) {
                    agentResults.add(result.id());
                }
            }
        }
        List<String> last = agentResults.subList(Math.max(0, agentResults.size() - BUDGET.keepLast()), agentResults.size());
        for (String id : last) {
            assertThat(stubs.values()).as("one of the last %d results", BUDGET.keepLast()).doesNotContain(id);
        }
        for (String id : stubs.values()) {
            assertThat(toolName(Integer.parseInt(id.substring(5)))).isNotIn(BUDGET.excludedTools());
        }
    }

    /** An OpenAI chat-completions body, normalized. */
    public static List<Message> openAi(JsonNode body) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode m : body.get("messages")) {
            List<Call> calls = new ArrayList<>();
            m.path("tool_calls").forEach(c -> calls.add(new Call(c.get("id").asText(), c.at("/function/name").asText())));
            List<Result> results = new ArrayList<>();
            if (m.get("role").asText().equals("tool")) {
                results.add(new Result(m.get("tool_call_id").asText(), m.get("content").asText()));
            }
            messages.add(new Message(m.get("role").asText(), calls, results));
        }
        return messages;
    }

    /** An Anthropic Messages body, normalized. */
    public static List<Message> anthropic(JsonNode body) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode m : body.get("messages")) {
            List<Call> calls = new ArrayList<>();
            List<Result> results = new ArrayList<>();
            for (JsonNode block : m.path("content")) {
                switch (block.path("type").asText()) {
                    case "tool_use" -> calls.add(new Call(block.get("id").asText(), block.get("name").asText()));
                    case "tool_result" -> results.add(new Result(block.get("tool_use_id").asText(), text(block.get("content"))));
                    default -> { }
                }
            }
            messages.add(new Message(m.get("role").asText(), calls, results));
        }
        return messages;
    }

    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder sb = new StringBuilder();
        content.forEach(block -> sb.append(block.path("text").asText()));
        return sb.toString();
    }
}
