package dev.headroom.samples.agent;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for a real model, so the sample runs without an API key: it reads each request the way a model
 * would, from the messages it receives (tool results as Headroom compressed them, disclosures included), and
 * answers the three scripted on-call questions:
 * <ol>
 *   <li>calls the tools a question needs;</li>
 *   <li>when a fact it needs is not in what it received and a tool result carries a Headroom disclosure, calls
 *       {@code headroom_retrieve} with the hash parsed from that disclosure and a query, as a model would;</li>
 *   <li>answers from what it saw and retrieved, quoting ids, paths and line numbers.</li>
 * </ol>
 * It never looks at anything but the request, so what it can answer depends on what Headroom sent: with
 * Headroom off it reads the originals, with Headroom on it reads the compressed forms and retrieves the rest.
 *
 * <p>Its responses carry an OpenAI-shaped token usage with a simulated prompt cache ({@link PromptCacheSimulation}),
 * under the model name {@value #MODEL_NAME}.
 *
 * <p>Deterministic (same request, same reply); thread-safe. Its only state is the simulated prompt cache, so the
 * same request reports more cached tokens the second time, as a provider would.
 */
public final class OfflineOnCallModel implements ChatModel {

    /** How the sample labels this model in its output. */
    public static final String LABEL = "offline stand-in model — no API key set";

    /** The model name its responses carry (the sample prices it like gpt-4o-mini). */
    public static final String MODEL_NAME = "offline-on-call";

    /** The usage it reports: OpenAI-shaped, with a simulated prompt cache. */
    private final PromptCacheSimulation usage = new PromptCacheSimulation();

    static final String RETRIEVE = "headroom_retrieve";

    private static final Pattern HASH = Pattern.compile("hash\"?\\s*[=:]\\s*\"?([0-9a-f]{24})");
    private static final Pattern INSTANCE_ID = Pattern.compile("\\bi-[0-9a-f]{17}\\b");
    private static final Pattern QUOTED_NAME = Pattern.compile("\"([a-z]+(?:-[a-z]+)*-\\d{2})\"");
    private static final Pattern BAD_VALUE = Pattern.compile("\"(error|failed|impaired)\"");
    private static final Pattern ZONE = Pattern.compile("\"(" + Fleet.REGION + "[a-c])\"");
    private static final Pattern TYPE = Pattern.compile("\"([a-z]\\d[a-z]?\\.[a-z0-9]+)\"");
    private static final Pattern OF_TOTAL = Pattern.compile("\"of\"\\s*:\\s*(\\d+)|(\\d+) of (\\d+) items");
    private static final Pattern UPSTREAM_ERROR = Pattern.compile("ERROR .*upstream (\\d+\\.\\d+\\.\\d+\\.\\d+):\\d+ timed out");
    private static final Pattern EXCEPTION = Pattern.compile("^([a-z]+(?:\\.[a-z]+)*\\.(\\w+Exception)): (.*)$", Pattern.MULTILINE);
    private static final Pattern CIRCUIT = Pattern.compile("Circuit breaker '(\\w+)' changed state from CLOSED to OPEN[^\\n]*");
    private static final Pattern THROW_SITE = Pattern.compile("^([\\w./-]+\\.java):(\\d+):\\s*throw new PaymentGatewayTimeoutException", Pattern.MULTILINE);
    private static final Pattern FAILED_TEST = Pattern.compile("^\\[ERROR\\]\\s{3}(\\w+\\.\\w+:\\d+) (.*)$", Pattern.MULTILINE);
    private static final Pattern TESTS_RUN = Pattern.compile("^\\[ERROR\\] Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)$", Pattern.MULTILINE);

    @Override
    public ChatResponse doChat(ChatRequest request) {
        Reading reading = new Reading(request);
        AiMessage reply = reply(reading);
        return ChatResponse.builder()
                .aiMessage(reply)
                .modelName(MODEL_NAME)
                .tokenUsage(usage.usage(request.messages(), reply))
                .finishReason(reply.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP)
                .build();
    }

    private static AiMessage reply(Reading r) {
        String q = r.question.toLowerCase(Locale.ROOT);
        if (q.contains("instances")) {
            return r.callOnce(OnCallTools.DESCRIBE_INSTANCES, "{\"region\":\"" + Fleet.REGION + "\"}")
                    .orElseGet(() -> AiMessage.from(unhealthyInstances(r)));
        }
        if (q.contains("log")) {
            return r.callOnce(OnCallTools.TAIL_SERVICE_LOG, "{\"service\":\"checkout-service\"}")
                    .or(() -> upstreamLookup(r))
                    .orElseGet(() -> AiMessage.from(rootCause(r)));
        }
        if (q.contains("code") || q.contains("test")) {
            return r.callOnce(Map.of(OnCallTools.SEARCH_CODE, "{\"pattern\":\"timeout\"}",
                            OnCallTools.RUN_TESTS, "{\"module\":\"checkout-service\"}"))
                    .or(() -> throwSiteLookup(r))
                    .orElseGet(() -> AiMessage.from(codeAndTests(r)));
        }
        return AiMessage.from("I am the offline stand-in model: I only know the sample's scripted questions "
                + "(unhealthy instances, the checkout-service log, the code and tests of the timeout).");
    }

    // question 1 ---------------------------------------------------------------------------------------------

    private static String unhealthyInstances(Reading r) {
        String list = r.latestResult(OnCallTools.DESCRIBE_INSTANCES);
        List<String> bad = new ArrayList<>();
        int seen = 0;
        Matcher ids = INSTANCE_ID.matcher(list);
        for (int[] span : spans(list, ids)) {
            seen++;
            String item = list.substring(span[0], span[1]);
            if (BAD_VALUE.matcher(item).find()) {
                bad.add(describe(item, item.substring(0, 19)));
            }
        }
        Matcher total = OF_TOTAL.matcher(list);
        String of = total.find() ? (total.group(1) != null ? total.group(1) : total.group(3)) : Integer.toString(seen);
        if (bad.isEmpty()) {
            return "None of the " + of + " instances in " + Fleet.REGION + " is in an error state.";
        }
        return bad.size() + " of the " + of + " instances in " + Fleet.REGION + " are in trouble:\n- "
                + String.join("\n- ", bad)
                + "\nThe checkout instances look like the symptom; the checkout-service log should show the cause.";
    }

    // question 2 ---------------------------------------------------------------------------------------------

    /** The log names the failing upstream only by IP; look it up in the instance list, retrieving if needed. */
    private static Optional<AiMessage> upstreamLookup(Reading r) {
        String ip = failingUpstream(r);
        String list = r.latestResult(OnCallTools.DESCRIBE_INSTANCES);
        if (ip == null || list.isEmpty() || list.contains("\"" + ip + "\"")) {
            return Optional.empty();
        }
        return r.retrieveOnce(list, ip);
    }

    private static String rootCause(Reading r) {
        String log = r.latestResult(OnCallTools.TAIL_SERVICE_LOG);
        String ip = failingUpstream(r);
        if (ip == null) {
            return "The checkout-service log I received shows no failing upstream.";
        }
        StringBuilder sb = new StringBuilder("Root cause: payment authorizations against upstream ").append(ip)
                .append(":8443 time out after 5000 ms");
        Matcher exception = EXCEPTION.matcher(log);
        if (exception.find()) {
            sb.append("; the request fails with ").append(exception.group(2)).append(" (\"").append(exception.group(3)).append("\")");
        }
        sb.append('.');
        Matcher circuit = CIRCUIT.matcher(log);
        if (circuit.find()) {
            sb.append(" The '").append(circuit.group(1)).append("' circuit breaker then opened.");
        }
        String source = r.latestResult(OnCallTools.DESCRIBE_INSTANCES);
        String how = "in the instance list";
        if (!source.contains("\"" + ip + "\"")) {
            source = r.retrievedFor(ip);
            how = "retrieved from the instance list with headroom_retrieve";
        }
        for (int[] span : spans(source, INSTANCE_ID.matcher(source))) {
            String item = source.substring(span[0], span[1]);
            if (item.contains("\"" + ip + "\"")) {
                return sb.append("\n").append(ip).append(" is ").append(describe(item, item.substring(0, 19)))
                        .append(" (").append(how).append("). It reports itself healthy, but it is not answering payment calls: ")
                        .append("take it out of the payments pool and restart it.").toString();
            }
        }
        return sb.append(" I could not find which instance has ").append(ip).append('.').toString();
    }

    private static String failingUpstream(Reading r) {
        Matcher m = UPSTREAM_ERROR.matcher(r.latestResult(OnCallTools.TAIL_SERVICE_LOG));
        return m.find() ? m.group(1) : null;
    }

    // question 3 ---------------------------------------------------------------------------------------------

    private static Optional<AiMessage> throwSiteLookup(Reading r) {
        String grep = r.latestResult(OnCallTools.SEARCH_CODE);
        if (grep.isEmpty() || THROW_SITE.matcher(grep).find()) {
            return Optional.empty();
        }
        return r.retrieveOnce(grep, "throw new PaymentGatewayTimeoutException");
    }

    private static String codeAndTests(Reading r) {
        StringBuilder sb = new StringBuilder();
        String grep = r.latestResult(OnCallTools.SEARCH_CODE);
        String site = throwSite(grep);
        boolean retrieved = false;
        if (site == null) {
            site = throwSite(r.retrievedFor("throw new PaymentGatewayTimeoutException"));
            retrieved = site != null;
        }
        if (site != null) {
            sb.append("PaymentGatewayTimeoutException is thrown at ").append(site)
                    .append(retrieved ? " (retrieved from the search results with headroom_retrieve)" : "")
                    .append(", when the gateway call's read timeout expires.");
        } else {
            sb.append("I could not find where PaymentGatewayTimeoutException is thrown.");
        }
        String tests = r.latestResult(OnCallTools.RUN_TESTS);
        Matcher run = TESTS_RUN.matcher(tests);
        if (run.find()) {
            sb.append("\nThe checkout-service tests do not pass (").append(run.group(1)).append(" tests run; failures: ")
                    .append(run.group(2)).append(", errors: ").append(run.group(3)).append("):");
            Matcher failed = FAILED_TEST.matcher(tests);
            while (failed.find()) {
                sb.append("\n- ").append(failed.group(1)).append(" ").append(failed.group(2));
            }
            sb.append("\nThey cover the timeout, and they fail on it: the retry and the 503 mapping are broken.");
        } else {
            sb.append("\nThe test output I received has no summary line.");
        }
        return sb.toString();
    }

    private static String throwSite(String text) {
        Matcher site = THROW_SITE.matcher(text);
        return site.find() ? site.group(1) + ":" + site.group(2) : null;
    }

    // reading helpers ----------------------------------------------------------------------------------------

    /** From each match of an instance id to the next one: one item, in object or in columnar form. */
    private static List<int[]> spans(String text, Matcher ids) {
        List<Integer> starts = new ArrayList<>();
        String previous = null;
        while (ids.find()) {
            if (!ids.group().equals(previous)) {
                starts.add(ids.start());
            }
            previous = ids.group();
        }
        List<int[]> spans = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            spans.add(new int[] {starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()});
        }
        return spans;
    }

    private static String describe(String item, String id) {
        List<String> parts = new ArrayList<>();
        Matcher name = QUOTED_NAME.matcher(item);
        String label = name.find() ? name.group(1) + " (" + id + ")" : id;
        Matcher bad = BAD_VALUE.matcher(item);
        while (bad.find()) {
            parts.add(bad.group(1));
        }
        Matcher zone = ZONE.matcher(item);
        if (zone.find()) {
            parts.add(zone.group(1));
        }
        Matcher type = TYPE.matcher(item);
        if (type.find()) {
            parts.add(type.group(1));
        }
        return label + (parts.isEmpty() ? "" : ", " + String.join(", ", parts));
    }

    /** What the model reads from one request. */
    private static final class Reading {

        private final List<ChatMessage> messages;
        private final String question;
        private final int questionAt;
        private final boolean canRetrieve;

        Reading(ChatRequest request) {
            this.messages = request.messages();
            int at = -1;
            for (int i = 0; i < messages.size(); i++) {
                if (messages.get(i) instanceof UserMessage) {
                    at = i;
                }
            }
            this.questionAt = at;
            this.question = at < 0 ? "" : ((UserMessage) messages.get(at)).singleText();
            List<ToolSpecification> tools = request.toolSpecifications();
            this.canRetrieve = tools != null && tools.stream().anyMatch(t -> t.name().equals(RETRIEVE));
        }

        /** The text of the latest result of a tool, anywhere in the conversation; empty when none. */
        String latestResult(String tool) {
            for (int i = messages.size() - 1; i >= 0; i--) {
                if (messages.get(i) instanceof ToolExecutionResultMessage result && tool.equals(result.toolName())) {
                    return result.text();
                }
            }
            return "";
        }

        /** The retrieval answers received for this question whose query was {@code query}, joined. */
        String retrievedFor(String query) {
            StringBuilder sb = new StringBuilder();
            Map<String, String> queries = new LinkedHashMap<>();
            for (int i = questionAt + 1; i < messages.size(); i++) {
                ChatMessage m = messages.get(i);
                if (m instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                    for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                        queries.put(call.id(), call.arguments());
                    }
                } else if (m instanceof ToolExecutionResultMessage result && RETRIEVE.equals(result.toolName())) {
                    String arguments = queries.getOrDefault(result.id(), "");
                    if (arguments.contains("\"query\":\"" + query + "\"")) {
                        sb.append(result.text()).append('\n');
                    }
                }
            }
            return sb.toString();
        }

        Optional<AiMessage> callOnce(String tool, String arguments) {
            return callOnce(Map.of(tool, arguments));
        }

        /** Calls the tools not yet called for this question, all in one message (sorted by name). */
        Optional<AiMessage> callOnce(Map<String, String> calls) {
            List<ToolExecutionRequest> requests = new ArrayList<>();
            calls.keySet().stream().sorted().forEach(tool -> {
                if (!calledSinceQuestion(tool)) {
                    requests.add(call(tool, calls.get(tool), requests.size()));
                }
            });
            return requests.isEmpty() ? Optional.empty() : Optional.of(AiMessage.from(requests));
        }

        /** Calls headroom_retrieve for the disclosure in {@code toolResult}, once per query and question. */
        Optional<AiMessage> retrieveOnce(String toolResult, String query) {
            Matcher hash = HASH.matcher(toolResult);
            if (!canRetrieve || !hash.find()) {
                return Optional.empty();
            }
            String arguments = "{\"hash\":\"" + hash.group(1) + "\",\"query\":\"" + query + "\"}";
            for (int i = questionAt + 1; i < messages.size(); i++) {
                if (messages.get(i) instanceof AiMessage ai && ai.hasToolExecutionRequests()
                        && ai.toolExecutionRequests().stream().anyMatch(c -> c.arguments().equals(arguments))) {
                    return Optional.empty();
                }
            }
            return Optional.of(AiMessage.from(call(RETRIEVE, arguments, 0)));
        }

        private boolean calledSinceQuestion(String tool) {
            for (int i = questionAt + 1; i < messages.size(); i++) {
                if (messages.get(i) instanceof ToolExecutionResultMessage result && tool.equals(result.toolName())) {
                    return true;
                }
            }
            return false;
        }

        private ToolExecutionRequest call(String tool, String arguments, int index) {
            return ToolExecutionRequest.builder()
                    .id("call_" + messages.size() + "_" + index)
                    .name(tool)
                    .arguments(arguments)
                    .build();
        }
    }
}
