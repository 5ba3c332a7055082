package dev.headroom.benchmarks;

import dev.headroom.ConversationBudget;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.cost.CacheUsage;
import dev.headroom.cost.ModelPrice;
import dev.headroom.cost.PriceTable;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.headroom.tokens.TokenCounter;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Cache economics of one long agent session (issue 14): what the wrapped model actually receives without Headroom,
 * through Headroom with the conversation budget off, and with it on, and what a provider prompt cache could reuse
 * of it. Not a JMH benchmark and never run by the build:
 * <pre>
 * mvn -o -q -B -pl benchmarks -am -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar dev.headroom.benchmarks.CacheEconomicsBench \
 *      [turns=40] [triggerTokens=10000] [keepLast=3] [minBatchTokens=3000]
 * </pre>
 * The default budget is the one of {@code BudgetWireTest} (docs/conversation-budget.md, "Tested"): compression keeps
 * this session's whole history under 30,000 tokens, so the documentation's example trigger of 80,000 is never
 * reached in it (pass {@code 40 80000 5 16000} to see the budget change nothing).
 *
 * <p><b>The session</b> (seeded, {@link #SEED}): a system message and, per turn, a user question; the stand-in model
 * answers a request ending with the question by one tool call, the agent appends the tool's result (in turn a
 * generated JSON listing, service log or prose notes; at seed 14, 6,063–15,773, 5,734–14,540 and 541–1,146 tokens),
 * and the model answers the request ending with
 * the result in one line. Two requests per turn, each carrying the whole history (what a {@code ChatMemory} does).
 * The model never calls {@code headroom_retrieve}, so every request it receives is a top-level request.
 *
 * <p><b>What is compared.</b> Each request the stand-in model received is turned into a list of elements, in order:
 * element 0 the tool specifications (for each: name, description, parameters' {@code toString()}), then one element
 * per message: its type, and for a {@code SystemMessage} its text, a {@code UserMessage} its single text, an
 * {@code AiMessage} its text and each tool call's id, name and arguments, a {@code ToolExecutionResultMessage} its
 * id, tool name and text. Tokens are {@link TokenCounter#o200k()} counts of each element's serialized form, summed.
 * The reusable prefix of request <i>i</i> is the tokens of the leading elements equal to request <i>i−1</i>'s (0 for
 * the first request): a cache hit at message granularity, with the cache always warm; OpenAI's 1,024-token minimum
 * and 128-token steps and cache expiry are not modelled, so it is an upper bound of what a provider would report. A
 * prefix break is a request whose common prefix ends before the previous request's last element (an earlier
 * element changed). A budget batch is a request showing more cleared-result stubs than the previous one; a break on
 * a request without a new batch is counted apart.
 *
 * <p><b>Cost</b>: input only, at {@link PriceTable#defaults()} for {@value #MODEL}: the reusable prefix at the cached
 * input price, the rest at the input price ({@link ModelPrice#costOf(CacheUsage)}); and, for comparison, all of it
 * at the input price (no cache). Output is the same in every column and left out.
 */
public final class CacheEconomicsBench {

    /** The seed of the generated tool outputs. */
    public static final long SEED = 14L;
    /** The model whose default prices are used. */
    public static final String MODEL = "gpt-4o-mini";

    static final String STUB_PREFIX = "[headroom: tool result cleared from the conversation (";
    private static final String[] TOOLS = {"list_instances", "tail_log", "read_notes"};

    private CacheEconomicsBench() {}

    /** One configuration's figures over the session. */
    public record Figures(String name, int requests, long inputTokens, long reusableTokens, int prefixBreaks,
                          int batches, int breaksWithoutBatch, int clearedResults, long largestRequestTokens, BigDecimal costCached,
                          BigDecimal costUncached) {

        /** reusable / input. */
        public double reusableShare() {
            return inputTokens == 0 ? 0 : (double) reusableTokens / inputTokens;
        }
    }

    public static void main(String[] args) {
        int turns = arg(args, 0, 40);
        long trigger = arg(args, 1, 10_000);
        int keepLast = arg(args, 2, 3);
        long minBatch = arg(args, 3, 3_000);
        ConversationBudget budget = ConversationBudget.builder().triggerTokens(trigger).keepLast(keepLast)
                .minBatchTokens(minBatch).build();
        long start = System.nanoTime();
        List<Figures> figures = runAll(turns, budget);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "session: %d turns (%d requests), seed %d; budget on: triggerTokens %,d, keepLast %d, "
                + "minBatchTokens %,d; prices: %s (%s, as of %s)%n", turns, 2 * turns, SEED, trigger, keepLast, minBatch,
                MODEL, price(), PriceTable.defaults().asOf());
        System.out.println(table(figures));
        System.out.printf(Locale.ROOT, "(%d ms)%n", millis);
    }

    /** Without Headroom, Headroom with the budget off, Headroom with {@code budget}. */
    public static List<Figures> runAll(int turns, ConversationBudget budget) {
        return List.of(
                run("without Headroom", turns, null),
                run("Headroom, budget off", turns, HeadroomConfig.builder().build()),
                run("Headroom, budget on", turns, HeadroomConfig.builder().conversationBudget(budget).build()));
    }

    /** Runs the session through a fresh engine with {@code config} ({@code null}: the stand-in model directly). */
    public static Figures run(String name, int turns, HeadroomConfig config) {
        RecordingModel recorder = new RecordingModel();
        ChatModel model = config == null ? recorder
                : HeadroomChatModel.builder().delegate(recorder).headroom(Headroom.builder().config(config).build()).build();
        Random random = new Random(SEED);
        List<ChatMessage> history = new ArrayList<>();
        history.add(SystemMessage.from("You are the on-call agent of the checkout service. Use the tools to answer."));
        List<ToolSpecification> tools = tools();
        for (int k = 0; k < turns; k++) {
            history.add(UserMessage.from(question(k)));
            AiMessage call = model.chat(ChatRequest.builder().messages(history).toolSpecifications(tools).build()).aiMessage();
            history.add(call);
            ToolExecutionRequest request = call.toolExecutionRequests().get(0);
            history.add(ToolExecutionResultMessage.from(request, output(k, random)));
            history.add(model.chat(ChatRequest.builder().messages(history).toolSpecifications(tools).build()).aiMessage());
        }
        return measure(name, recorder.requests);
    }

    /** The figures of the requests a model received, in order (see the class comment). */
    static Figures measure(String name, List<ChatRequest> requests) {
        TokenCounter o200k = TokenCounter.o200k();
        Map<String, Integer> counts = new HashMap<>(); // elements repeat from request to request
        long input = 0;
        long reusable = 0;
        long largest = 0;
        int breaks = 0;
        int batches = 0;
        int breaksWithoutBatch = 0;
        int stubs = 0;
        List<String> previous = List.of();
        for (ChatRequest request : requests) {
            List<String> elements = elements(request);
            long tokens = 0;
            int common = 0;
            long commonTokens = 0;
            for (int i = 0; i < elements.size(); i++) {
                int t = counts.computeIfAbsent(elements.get(i), o200k::count);
                tokens += t;
                if (common == i && i < previous.size() && previous.get(i).equals(elements.get(i))) {
                    common++;
                    commonTokens += t;
                }
            }
            int requestStubs = (int) elements.stream().filter(e -> e.contains("\n" + STUB_PREFIX)).count();
            if (requestStubs > stubs) {
                batches++;
            }
            if (common < previous.size()) {
                breaks++;
                if (requestStubs <= stubs) {
                    breaksWithoutBatch++;
                }
            }
            stubs = requestStubs;
            input += tokens;
            reusable += commonTokens;
            largest = Math.max(largest, tokens);
            previous = elements;
        }
        ModelPrice price = price();
        BigDecimal cached = price.costOf(new CacheUsage(input, reusable, 0, 0, true)).setScale(4, RoundingMode.HALF_EVEN);
        BigDecimal uncached = price.costOf(new CacheUsage(input, 0, 0, 0, true)).setScale(4, RoundingMode.HALF_EVEN);
        return new Figures(name, requests.size(), input, reusable, breaks, batches, breaksWithoutBatch, stubs, largest, cached, uncached);
    }

    /** A request as compared: the tool specifications, then each message (see the class comment). */
    static List<String> elements(ChatRequest request) {
        List<String> elements = new ArrayList<>();
        StringBuilder tools = new StringBuilder("tools");
        for (ToolSpecification tool : request.toolSpecifications()) {
            tools.append('\n').append(tool.name()).append('\n').append(tool.description()).append('\n').append(tool.parameters());
        }
        elements.add(tools.toString());
        for (ChatMessage message : request.messages()) {
            elements.add(serialize(message));
        }
        return elements;
    }

    static String serialize(ChatMessage message) {
        StringBuilder sb = new StringBuilder(message.type().name());
        if (message instanceof SystemMessage system) {
            sb.append('\n').append(system.text());
        } else if (message instanceof UserMessage user) {
            sb.append('\n').append(user.singleText());
        } else if (message instanceof AiMessage ai) {
            if (ai.text() != null) {
                sb.append('\n').append(ai.text());
            }
            for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                sb.append('\n').append(call.id()).append(' ').append(call.name()).append(' ').append(call.arguments());
            }
        } else if (message instanceof ToolExecutionResultMessage result) {
            sb.append('\n').append(result.id()).append(' ').append(result.toolName()).append('\n').append(result.text());
        } else {
            sb.append('\n').append(message);
        }
        return sb.toString();
    }

    /** The figures as a Markdown table, one column per configuration. */
    public static String table(List<Figures> figures) {
        StringBuilder sb = new StringBuilder("| per session |");
        figures.forEach(f -> sb.append(' ').append(f.name()).append(" |"));
        sb.append("\n|---|");
        figures.forEach(f -> sb.append("--:|"));
        row(sb, "requests received", figures, f -> String.format(Locale.ROOT, "%,d", f.requests()));
        row(sb, "input tokens sent (o200k)", figures, f -> String.format(Locale.ROOT, "%,d", f.inputTokens()));
        row(sb, "cache-reusable prefix tokens", figures, f -> String.format(Locale.ROOT, "%,d", f.reusableTokens()));
        row(sb, "uncached input tokens", figures, f -> String.format(Locale.ROOT, "%,d", f.inputTokens() - f.reusableTokens()));
        row(sb, "reusable share", figures, f -> String.format(Locale.ROOT, "%.3f", f.reusableShare()));
        row(sb, "prefix breaks", figures, f -> Integer.toString(f.prefixBreaks()));
        row(sb, "budget batches", figures, f -> Integer.toString(f.batches()));
        row(sb, "breaks on a request without a new batch", figures, f -> Integer.toString(f.breaksWithoutBatch()));
        row(sb, "results sent as stubs (last request)", figures, f -> Integer.toString(f.clearedResults()));
        row(sb, "largest request (tokens)", figures, f -> String.format(Locale.ROOT, "%,d", f.largestRequestTokens()));
        row(sb, "input cost, prefix cached (USD, " + MODEL + ")", figures, f -> f.costCached().toPlainString());
        row(sb, "input cost, no cache (USD, " + MODEL + ")", figures, f -> f.costUncached().toPlainString());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, List<Figures> figures,
                            java.util.function.Function<Figures, String> cell) {
        sb.append("\n| ").append(label).append(" |");
        figures.forEach(f -> sb.append(' ').append(cell.apply(f)).append(" |"));
    }

    static ModelPrice price() {
        return PriceTable.defaults().priceOf(MODEL).orElseThrow();
    }

    static List<ToolSpecification> tools() {
        List<ToolSpecification> tools = new ArrayList<>();
        for (String name : TOOLS) {
            tools.add(ToolSpecification.builder().name(name).description("Reads " + name.replace('_', ' '))
                    .parameters(JsonObjectSchema.builder().addIntegerProperty("n").required("n").build()).build());
        }
        return tools;
    }

    static String question(int k) {
        return "Question " + (k + 1) + ": what does " + TOOLS[k % TOOLS.length] + " show for step " + k + "?";
    }

    /** The tool output of turn {@code k}: a JSON listing, a service log or prose notes, sizes drawn from {@code random}. */
    static String output(int k, Random random) {
        StringBuilder sb = new StringBuilder();
        switch (k % TOOLS.length) {
            case 0 -> sb.append(Conversations.jsonArray(12_000 + random.nextInt(24_000))
                    .replaceFirst("\\[", "[{\"page\": " + k + ", \"seed\": " + random.nextInt(1_000_000) + "}, "));
            case 1 -> {
                int lines = 150 + random.nextInt(250);
                int failing = random.nextInt(lines);
                for (int i = 0; i < lines; i++) {
                    String time = String.format(Locale.ROOT, "2024-05-01T%02d:%02d:%02d.%03dZ", 10 + k / 10, (i / 60) % 60,
                            i % 60, random.nextInt(1000));
                    if (i == failing) {
                        sb.append(time).append(" ERROR [worker-").append(random.nextInt(8)).append("] upstream 10.0.")
                                .append(k).append(".7 refused connection: Connection reset\n");
                    } else {
                        sb.append(time).append(" INFO  [worker-").append(random.nextInt(8)).append("] GET /api/cart/")
                                .append(10_000 + random.nextInt(90_000)).append(" status=200 took=")
                                .append(5 + random.nextInt(40)).append("ms\n");
                    }
                }
            }
            default -> {
                int paragraphs = 8 + random.nextInt(10);
                for (int p = 0; p < paragraphs; p++) {
                    sb.append("Note ").append(k).append('.').append(p).append(": the checkout service ")
                            .append(random.nextBoolean() ? "retries the payment gateway twice before it gives up, "
                                    : "keeps its carts in Redis for an hour, ")
                            .append("and the on-call engineer of week ").append(1 + random.nextInt(52))
                            .append(" wrote that the incident of May ").append(1 + random.nextInt(28))
                            .append(" started when the inventory service slowed down; the dashboards showed latency ")
                            .append("rising long before errors, and the runbook says to check the connection pool of ")
                            .append("service ").append((char) ('a' + random.nextInt(26))).append(" first.\n\n");
                }
            }
        }
        return sb.toString();
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /**
     * Records every request and answers like an agent's model: a request ending with the user's question gets one
     * tool call ({@code call_<k>}, the tool of turn k), any other a one-line text answer.
     */
    static final class RecordingModel implements ChatModel {

        final List<ChatRequest> requests = new ArrayList<>();

        @Override
        public ChatResponse doChat(ChatRequest request) {
            requests.add(request);
            List<ChatMessage> messages = request.messages();
            int turn = (int) messages.stream().filter(m -> m instanceof UserMessage).count() - 1;
            if (messages.get(messages.size() - 1) instanceof UserMessage) {
                ToolExecutionRequest call = ToolExecutionRequest.builder().id("call_" + turn)
                        .name(TOOLS[turn % TOOLS.length]).arguments("{\"n\":" + turn + "}").build();
                return ChatResponse.builder().aiMessage(AiMessage.from(call)).build();
            }
            return ChatResponse.builder().aiMessage(AiMessage.from("Step " + turn + " looks fine; next.")).build();
        }
    }
}
