package dev.headroom.langchain4j;

import dev.headroom.Headroom;
import dev.headroom.Mode;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.cost.CacheUsage;
import dev.headroom.internal.Guard;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.stats.StepObserver;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One caller request on its way through the hidden retrieval rounds; the conversation logic shared by
 * {@link HeadroomChatModel} and {@link HeadroomStreamingChatModel}, which only differ in how they call
 * the delegate.
 *
 * <pre>
 *  start ──► ROUND 0: the caller's messages, tool results compressed (old ones sent as a stub when the
 *            conversation budget clears them), caller's + model's default tools merged, headroom_retrieve appended
 *  each response (token usage added to the sum):
 *    no headroom_retrieve call ─────────────────────────────────────► DONE (response as the model sent it)
 *    calls, fewer than maxRetrievalRounds hidden rounds so far ──────► ANSWER: append [ai(retrieve calls only),
 *                                                                      one result per call, answered from this
 *                                                                      request's pinned originals]; next ROUND
 *    calls, maxRetrievalRounds reached, limit not yet answered ──────► LIMIT: same, every call answered
 *                                                                      "limit reached"; next ROUND
 *    calls after the limit was answered, or after stop() ────────────► DONE with the retrieve calls stripped
 * </pre>
 * The caller's own tool calls in a round that also retrieves (a mixed turn) are dropped from that hidden
 * round: the model re-issues them once it has the data (invariant 7). DONE returns the last response with
 * the token usage of all rounds summed (invariant 9) and never a headroom_retrieve call.
 *
 * <p>Each response is booked with the engine's accounting (usage with the provider's cache figures, by provider and
 * model); DONE prices the request ({@code CallCost}) when the price table knows the model.
 *
 * <p>The engine's {@code StepObserver} sees the compression and each hidden round ({@link StepScopes}), for tracing.
 *
 * <p>Shadow mode ({@link Mode#SHADOW}): compression and the budget run as above, for the report and the statistics
 * only; ROUND 0 sends the caller's request itself (same instance, so the same bytes as without Headroom), and its
 * response is DONE as it came (nothing to strip: the model was never offered headroom_retrieve). A failure while
 * computing what would have been sent is logged once per decorator and leaves the report empty: shadow mode never
 * fails a request.
 *
 * <p>Not thread-safe: one instance serves one caller request, whose rounds run one after another.
 */
final class RetrievalLoop {

    private final Headroom headroom;
    private final String provider;
    private final ChatRequestParameters parameters;
    private final List<ChatMessage> messages;
    private final Map<String, String> pinned;
    private final ReportTally tally;
    /** The caller's request, sent as it is, in shadow mode; {@code null} in active mode. */
    private final @Nullable ChatRequest unchanged;
    private final StepScopes steps;
    private TokenUsage tokenUsage;
    private int responses;
    private int hiddenRounds;
    private boolean limitAnswered;
    private boolean stopped;

    private RetrievalLoop(Headroom headroom, String provider, ChatRequestParameters parameters,
                          ToolResultCompression.Result compressed, ReportTally tally, @Nullable ChatRequest unchanged,
                          StepScopes steps) {
        this.headroom = headroom;
        this.steps = steps;
        this.provider = provider;
        this.tally = tally;
        this.parameters = parameters;
        this.messages = new ArrayList<>(compressed.messages());
        this.pinned = compressed.pinned();
        this.unchanged = unchanged;
    }

    /**
     * Compresses the caller's request and merges its parameters with the delegate's defaults.
     *
     * @param defaults the delegate's {@code defaultRequestParameters()}, merged <em>before</em> the retrieve
     *                 tool is appended: a request with a non-empty tool list replaces the model's default
     *                 tools, so appending to the request alone would make them vanish (invariant 3)
     * @param provider the delegate's {@code provider()}, for the accounting ({@code null} counts as {@code OTHER})
     * @param shadowFailures the decorator's guard for failures of the shadow-mode computation (logged once, counted)
     */
    static RetrievalLoop start(Headroom headroom, ChatRequest request, @Nullable ChatRequestParameters defaults,
                               @Nullable ModelProvider provider, Guard shadowFailures) {
        ChatRequestParameters merged = defaults == null ? request.parameters() : defaults.overrideWith(request.parameters());
        String providerName = (provider == null ? ModelProvider.OTHER : provider).name().toLowerCase(Locale.ROOT);
        boolean shadow = headroom.config().mode() == Mode.SHADOW;
        StepScopes steps = new StepScopes(headroom.stepObserver(), providerName, merged.modelName(), shadow);
        StepObserver.Scope compression = steps.compression();
        if (shadow) {
            ReportTally tally = new ReportTally(true);
            try {
                compress(headroom, request, tally);
            } catch (RuntimeException e) {
                shadowFailures.record(e);
                tally = new ReportTally(true);
            }
            StepScopes.compressed(compression, tally.report());
            return new RetrievalLoop(headroom, providerName, merged,
                    new ToolResultCompression.Result(request.messages(), Map.of()), tally, request, steps);
        }
        ChatRequestParameters parameters = headroom.config().retrieveToolEnabled() ? withRetrieveTool(merged) : merged;
        ReportTally tally = new ReportTally(false);
        ToolResultCompression.Result compressed;
        try {
            compressed = compress(headroom, request, tally);
        } catch (RuntimeException e) {
            compression.error(e);
            throw e;
        }
        StepScopes.compressed(compression, tally.report());
        return new RetrievalLoop(headroom, providerName, parameters, compressed, tally, null, steps);
    }

    /** The caller's messages as compression and the conversation budget make them. */
    private static ToolResultCompression.Result compress(Headroom headroom, ChatRequest request, ReportTally tally) {
        ToolResultCompression.Result compressed = ToolResultCompression.compress(headroom, request.messages(), tally);
        return ConversationBudgeting.apply(headroom, request.messages(), compressed, tally);
    }

    private static ChatRequestParameters withRetrieveTool(ChatRequestParameters merged) {
        List<ToolSpecification> tools = merged.toolSpecifications() == null ? List.of() : merged.toolSpecifications();
        for (ToolSpecification tool : tools) {
            if (RetrieveTool.NAME.equals(tool.name())) {
                return merged;
            }
        }
        List<ToolSpecification> appended = new ArrayList<>(tools.size() + 1);
        appended.addAll(tools);
        appended.add(RetrieveTool.specification());
        // overrideWith keeps the provider's parameter subtype (e.g. OpenAiChatRequestParameters)
        return merged.overrideWith(ChatRequestParameters.builder().toolSpecifications(appended).build());
    }

    /** The request for the next round: in shadow mode, the caller's own. */
    ChatRequest request() {
        if (unchanged != null) {
            return unchanged;
        }
        return ChatRequest.builder().messages(List.copyOf(messages)).parameters(parameters).build();
    }

    /**
     * The options of the next round: the caller's listener attributes plus {@link HeadroomReport#LISTENER_ATTRIBUTE}
     * (the report so far) and, in a hidden round, {@link HeadroomReport#RETRIEVAL_ROUND_ATTRIBUTE} (its number). The
     * delegate's {@code chat} copies them into its listeners' contexts.
     */
    ChatRequestOptions options(ChatRequestOptions caller) {
        // a copy: the builder would put into the caller's map (often immutable)
        Map<Object, Object> attributes = new LinkedHashMap<>();
        if (caller != null && caller.listenerAttributes() != null) {
            attributes.putAll(caller.listenerAttributes());
        }
        attributes.put(HeadroomReport.LISTENER_ATTRIBUTE, tally.report());
        if (hiddenRounds > 0) {
            attributes.put(HeadroomReport.RETRIEVAL_ROUND_ATTRIBUTE, hiddenRounds);
        } else {
            attributes.remove(HeadroomReport.RETRIEVAL_ROUND_ATTRIBUTE);
        }
        return ChatRequestOptions.builder().listenerAttributes(attributes).build();
    }

    /** The handles this request's retrievals may read. */
    Set<String> scope() {
        return pinned.keySet();
    }

    /** Whether the caller's request is sent unchanged ({@link Mode#SHADOW}): one round, its response as it came. */
    boolean shadow() {
        return unchanged != null;
    }

    /** How many hidden retrieval rounds were answered so far. */
    int hiddenRounds() {
        return hiddenRounds;
    }

    /** No further rounds: the next response is final, its retrieve calls stripped (cancellation). */
    void stop() {
        stopped = true;
    }

    /**
     * Takes the response of the round just made.
     *
     * @return {@code true} when the retrievals were answered and another round must be sent
     */
    boolean needsAnotherRound(ChatResponse response) {
        tokenUsage = TokenUsage.sum(tokenUsage, response.metadata().tokenUsage());
        boolean hidden = responses++ > 0;
        if (hidden) {
            tally.retrievalRoundUsage(response.metadata().tokenUsage());
        }
        book(response, hidden);
        steps.roundAnswered(response);
        List<ToolExecutionRequest> retrievals = shadow() ? List.of() : RetrieveCalls.retrievalCalls(response.aiMessage());
        if (retrievals.isEmpty() || stopped || limitAnswered) {
            return false;
        }
        boolean limit = hiddenRounds >= headroom.config().maxRetrievalRounds();
        messages.add(response.aiMessage().toBuilder().toolExecutionRequests(retrievals).build());
        for (ToolExecutionRequest call : retrievals) {
            Retrieval answer = limit ? headroom.retriever().limitReached() : answer(call);
            messages.add(ToolExecutionResultMessage.from(call, answer.text()));
        }
        limitAnswered = limit;
        hiddenRounds++;
        tally.retrievalRoundSent();
        steps.roundStarting(hiddenRounds);
        return true;
    }

    /** The provider call in progress failed (for the step observer; the decorator reports the error to the caller). */
    void failed(Throwable error) {
        steps.roundFailed(error);
    }

    /**
     * The response for the caller, made from the last round's: retrieve calls stripped, token usage of all
     * rounds summed, the call's {@link HeadroomReport} attached ({@link ReportedChatResponse}). Records the number
     * of hidden rounds.
     */
    ChatResponse finish(ChatResponse last) {
        if (!shadow()) {
            headroom.retriever().recordRounds(hiddenRounds);
        }
        tally.cost(headroom.accounting().finish(provider, tally.modelName(), tally.usage(), tally.retrievalUsage(),
                tally.tokensRemoved()).orElse(null));
        HeadroomReport report = tally.report();
        AiMessage stripped = shadow() ? last.aiMessage() : RetrieveCalls.strip(last.aiMessage());
        if (hiddenRounds == 0 && stripped == last.aiMessage()) {
            return new ReportedChatResponse(last, report);
        }
        ChatResponse.Builder builder = last.toBuilder().aiMessage(stripped);
        if (tokenUsage != null) {
            // toBuilder().tokenUsage(x) throws once metadata is set; this keeps provider metadata subtypes
            builder.metadata(last.metadata().toBuilder().tokenUsage(tokenUsage).build());
        }
        return new ReportedChatResponse(builder.build(), report);
    }

    /** Books one provider call: its usage with cache figures, under the model that answered (else the request's). */
    private void book(ChatResponse response, boolean hidden) {
        CacheUsage usage = CacheUsage.of(response.metadata().tokenUsage());
        String model = response.metadata().modelName() != null ? response.metadata().modelName() : parameters.modelName();
        tally.call(usage, hidden, model);
        headroom.accounting().call(provider, tally.modelName(), usage, hidden);
    }

    private Retrieval answer(ToolExecutionRequest call) {
        RetrieveTool.Arguments arguments;
        try {
            arguments = RetrieveTool.parseArguments(call.arguments());
        } catch (IllegalArgumentException e) {
            return headroom.retriever().invalidArguments(e.getMessage());
        }
        return headroom.retriever().retrievePinned(arguments.hash(), arguments.query(), pinned);
    }
}
