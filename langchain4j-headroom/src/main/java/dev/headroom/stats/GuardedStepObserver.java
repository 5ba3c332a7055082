package dev.headroom.stats;

import dev.headroom.internal.Guard;

/**
 * A {@link StepObserver} whose every call is fail-safe: what the delegate throws (on start, stop or error) is counted,
 * logged once and ignored; a step whose start threw gets a scope that does nothing. Thread-safe when the delegate is.
 */
final class GuardedStepObserver implements StepObserver {

    static final Scope NO_SCOPE = new Scope() {
        @Override
        public void stop(StepFigures figures) {}

        @Override
        public void error(Throwable error) {}
    };

    private final StepObserver delegate;
    private final Guard guard;

    GuardedStepObserver(StepObserver delegate) {
        this.delegate = delegate;
        this.guard = new Guard("a StepObserver (" + delegate.getClass().getName() + ") threw; tracing may be incomplete");
    }

    @Override
    public Scope start(Step step) {
        Scope scope = guard.call(() -> delegate.start(step), e -> NO_SCOPE);
        if (scope == null || scope == NO_SCOPE) {
            return NO_SCOPE;
        }
        return new Scope() {
            @Override
            public void stop(StepFigures figures) {
                guard.run(() -> scope.stop(figures));
            }

            @Override
            public void error(Throwable error) {
                guard.run(() -> scope.error(error));
            }
        };
    }

    /** How many calls of the delegate threw. */
    long failures() {
        return guard.failures();
    }
}
