package dev.headroom.langchain4j;

import dev.headroom.stats.StepObserver;
import dev.headroom.stats.StepObserver.Scope;
import dev.headroom.stats.StepObserver.Step;
import dev.headroom.stats.StepObserver.StepFigures;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * The steps of one caller request as the engine's {@link StepObserver} sees them: the compression, then each hidden
 * retrieval round from just before it is sent until its response or error. The observer is the engine's guarded one, so
 * nothing here can fail the request. Not thread-safe: one instance per caller request, whose rounds run one after
 * another.
 */
final class StepScopes {

    private final StepObserver observer;
    private final String provider;
    private final @Nullable String model;
    private final boolean shadow;
    private @Nullable Scope round;

    StepScopes(StepObserver observer, String provider, @Nullable String model, boolean shadow) {
        this.observer = observer;
        this.provider = provider;
        this.model = model;
        this.shadow = shadow;
    }

    /** Starts the compression step; end it with {@link #compressed} or its scope's {@code error}. */
    Scope compression() {
        return observer.start(new Step(Step.Kind.COMPRESSION, provider, model, 0, shadow));
    }

    /** Ends the compression step with the request's figures so far. */
    static void compressed(Scope scope, HeadroomReport report) {
        scope.stop(new StepFigures(report.toolResults(), report.compressed(), report.tokensBefore(), report.tokensAfter(),
                report.resultsCleared(), 0, 0, null));
    }

    /** Hidden retrieval round {@code number} (1, 2, ...) is about to be sent. */
    void roundStarting(int number) {
        round = observer.start(new Step(Step.Kind.RETRIEVAL_ROUND, provider, model, number, shadow));
    }

    /** A response arrived: it ends the hidden round in progress, if any. */
    void roundAnswered(ChatResponse response) {
        if (round != null) {
            TokenUsage usage = response.metadata().tokenUsage();
            long input = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
            long output = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
            round.stop(new StepFigures(0, 0, 0, 0, 0, input, output, response.metadata().modelName()));
            round = null;
        }
    }

    /** The provider call in progress failed: it ends the hidden round in progress, if any. */
    void roundFailed(Throwable error) {
        if (round != null) {
            round.error(error);
            round = null;
        }
    }
}
