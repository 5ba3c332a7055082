package dev.headroom.samples.agent;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.Mode;
import dev.headroom.cost.PriceTable;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The on-call agent sample: an {@code AiServices} assistant whose tools return large outputs, its model
 * wrapped with {@link HeadroomChatModel}. It asks three questions and prints the answers and a table of
 * what the model received per tool call, with and without Headroom.
 *
 * <pre>
 * java -jar samples/headroom-agent/target/headroom-agent.jar
 * java -jar samples/headroom-agent/target/headroom-agent.jar --shadow    # shadow mode: requests sent unchanged
 * </pre>
 * With {@code --shadow} the model receives every request unchanged and the sample prints what Headroom would have
 * done ({@link ShadowSummary}) in place of the table. Without an API key it uses {@link OfflineOnCallModel}; see {@link ModelChoice} for the environment variables.
 */
public final class OnCallAgentApp {

    /** The scripted conversation. */
    public static final List<String> QUESTIONS = List.of(
            "Checkout is failing in production. Which instances are in trouble?",
            "What does the checkout-service log say? Find the root cause.",
            "Which code throws that timeout, and do the checkout-service tests catch it?");

    /**
     * The library's dated list prices, plus the offline stand-in priced like gpt-4o-mini, so that its run shows
     * money too.
     */
    static final PriceTable PRICES = PriceTable.defaults().toBuilder()
            .price(OfflineOnCallModel.MODEL_NAME, PriceTable.defaults().priceOf("gpt-4o-mini").orElseThrow())
            .build();

    private OnCallAgentApp() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ModelChoice choice = ModelChoice.fromEnvironment(System.getenv());
        Mode mode = List.of(args).contains("--shadow") ? Mode.SHADOW : Mode.ACTIVE;
        try {
            run(choice, out, mode);
        } catch (RuntimeException e) {
            // a real provider's failure (bad key, unknown model, rate limit): say so plainly, not with a stack trace
            System.err.println("headroom-agent: the call to " + choice.label() + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Runs the scripted conversation and prints it.
     *
     * @return the answers and the savings report
     */
    public static Result run(ModelChoice choice, PrintStream out) {
        return run(choice, out, Mode.ACTIVE);
    }

    /**
     * Runs the scripted conversation in the given mode and prints it: in {@link Mode#SHADOW} the model receives every
     * request unchanged, and the output says what Headroom would have saved.
     *
     * @return the answers, the measurement and, in shadow mode, the would-be savings
     */
    public static Result run(ModelChoice choice, PrintStream out, Mode mode) {
        Objects.requireNonNull(choice, "choice");
        Headroom headroom = Headroom.builder().prices(PRICES).config(HeadroomConfig.builder().mode(mode).build()).build();
        TokenLedger ledger = new TokenLedger(headroom.prices().asOf());
        // the only Headroom line an application needs is the wrap; the two recorders are this sample's measuring taps
        ChatModel model = new RecordingChatModel(
                HeadroomChatModel.builder()
                        .delegate(new RecordingChatModel(choice.model(), ledger::modelCall))
                        .headroom(headroom)
                        .build(),
                ledger::callerCall);
        OnCallAssistant assistant = AiServices.builder(OnCallAssistant.class)
                .chatModel(model)
                .tools(new OnCallTools())
                .chatMemory(MessageWindowChatMemory.withMaxMessages(100))
                .build();

        out.println("langchain4j-headroom · on-call agent sample");
        out.println("model: " + choice.label());
        if (mode == Mode.SHADOW) {
            out.println("mode: shadow (every request goes to the model unchanged; Headroom records what it would have done)");
        }
        out.println();
        List<String> answers = new ArrayList<>(QUESTIONS.size());
        for (int i = 0; i < QUESTIONS.size(); i++) {
            out.println("[" + (i + 1) + "] user: " + QUESTIONS.get(i));
            String answer = assistant.chat(QUESTIONS.get(i));
            answers.add(answer);
            out.println("    assistant: " + answer.strip().replace("\n", "\n               "));
            out.println();
        }
        SavingsReport report = ledger.report();
        if (mode == Mode.SHADOW) {
            ShadowSummary shadow = ShadowSummary.of(ledger.reports(), report.cost());
            out.print(shadow.lines());
            return new Result(answers, report, shadow);
        }
        out.print(report.table());
        return new Result(answers, report, null);
    }

    /**
     * What one run produced.
     *
     * @param answers the assistant's answers, one per question
     * @param report  the measurement
     * @param shadow  in shadow mode, what Headroom would have saved; {@code null} in active mode
     */
    public record Result(List<String> answers, SavingsReport report, ShadowSummary shadow) {

        public Result {
            answers = List.copyOf(answers);
        }
    }
}
