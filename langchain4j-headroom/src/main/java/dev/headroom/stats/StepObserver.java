package dev.headroom.stats;

import org.jspecify.annotations.Nullable;

/**
 * Receives the start and the end of the steps Headroom's decorators take within one caller request, for tracing: the
 * Spring Boot starter turns each step into a Micrometer {@code Observation} (so a span in a tracing backend, and a
 * timer tagged by provider and model), with OpenTelemetry {@code gen_ai.*} and {@code headroom.*} attributes. The core
 * needs no tracing library; without an observer ({@link #none()}) nothing is done.
 *
 * <p>Steps: {@link Step.Kind#COMPRESSION} (the caller's tool results compressed and the conversation budget applied,
 * on the caller's thread, before the first provider call) and {@link Step.Kind#RETRIEVAL_ROUND} (one hidden provider
 * call answering {@code headroom_retrieve}, from just before it is sent until its response or error arrives; in
 * streaming, that may be on the provider's thread).
 *
 * <p>Implementations must be thread-safe. The engine guards every call ({@link #guarded}): what an observer throws is
 * counted and logged once, never failing a request, and a scope whose start failed is a no-op.
 */
public interface StepObserver {

    /**
     * A step starts.
     *
     * @return the scope the decorator ends exactly once, with {@link Scope#stop} or {@link Scope#error}
     */
    Scope start(Step step);

    /** One started step. */
    interface Scope {

        /** The step ended normally with these figures. */
        void stop(StepFigures figures);

        /** The step ended with an error (the provider call of a retrieval round failed). */
        void error(Throwable error);
    }

    /**
     * What a step is.
     *
     * @param kind     compression or a hidden retrieval round
     * @param provider the provider, lower case as in {@link ModelCall#provider()} ({@code open_ai}, {@code anthropic})
     * @param model    the model the request names, {@code null} when it names none
     * @param round    the retrieval round's number (1, 2, ...); 0 for compression
     * @param shadow   whether the engine runs in shadow mode (the request is sent unchanged)
     */
    record Step(Kind kind, String provider, @Nullable String model, int round, boolean shadow) {

        public enum Kind {
            /** Compressing a caller request's tool results (and the conversation budget). */
            COMPRESSION,
            /** One hidden provider call answering {@code headroom_retrieve}. */
            RETRIEVAL_ROUND
        }
    }

    /**
     * A step's figures at its end. Compression: the request's tool results, tokens before and after compression (engine's
     * {@code TokenCounter}), and what the conversation budget cleared; the usage fields are 0. Retrieval round: the
     * provider's usage of that call and the model that answered; the tool-result fields are 0.
     *
     * @param toolResults       tool results inspected
     * @param resultsCompressed of those, sent changed (or, in shadow mode, that would have been)
     * @param tokensBefore      their tokens as the caller holds them
     * @param tokensAfter       their tokens as compression sends them
     * @param resultsCleared    results the conversation budget sends as a stub
     * @param inputTokens       the provider's input tokens of the call, 0 when not reported
     * @param outputTokens      the provider's output tokens of the call, 0 when not reported
     * @param responseModel     the model that answered, {@code null} when unknown
     */
    record StepFigures(int toolResults, int resultsCompressed, long tokensBefore, long tokensAfter, int resultsCleared,
                       long inputTokens, long outputTokens, @Nullable String responseModel) {}

    /** An observer that does nothing. */
    static StepObserver none() {
        return step -> GuardedStepObserver.NO_SCOPE;
    }

    /** {@code observer} behind a guard: what it throws is counted and logged once, and never reaches the request. */
    static StepObserver guarded(StepObserver observer) {
        return observer instanceof GuardedStepObserver ? observer : new GuardedStepObserver(observer);
    }
}
