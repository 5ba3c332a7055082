package dev.headroom.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls into one user-supplied collaborator (a statistics counter, a store, a compressor, a detector) so that
 * whatever it throws never fails a request: each failure is counted once, the first is logged (at warn, with
 * what this guard protects), and the caller's fallback answers instead.
 *
 * <p>Collaborators may throw anything: unchecked exceptions, checked ones thrown sneakily, or errors such as a
 * missing optional class. All of them are caught; only a virtual-machine error other than a stack overflow
 * (out of memory, internal error) is let through, since nothing sensible can run after it.
 *
 * <p>Thread-safe. Internal: not part of the public API, may change in any release.
 */
public final class Guard {

    private static final Logger log = LoggerFactory.getLogger(Guard.class);

    private final String failureMessage;
    private final AtomicBoolean logged = new AtomicBoolean();
    private final LongAdder failures = new LongAdder();

    /** @param failureMessage what the log says on the first failure, e.g. "a StatsCounter threw; ..." */
    public Guard(String failureMessage) {
        this.failureMessage = failureMessage;
    }

    /** Runs {@code action}; a failure is counted, logged once and otherwise ignored. */
    public void run(Runnable action) {
        try {
            action.run();
        } catch (Throwable e) {
            record(e);
        }
    }

    /** Calls {@code action}; on a failure (counted, logged once) returns {@code fallback} applied to it. */
    public <T> T call(Supplier<T> action, Function<Throwable, T> fallback) {
        try {
            return action.get();
        } catch (Throwable e) {
            record(e);
            return fallback.apply(e);
        }
    }

    /** How many calls failed so far. */
    public long failures() {
        return failures.sum();
    }

    /**
     * Records a failure the caller caught itself (where the fallback needs more than a value): rethrows a fatal
     * error, else counts it and logs the first.
     */
    public void record(Throwable e) {
        rethrowIfFatal(e);
        failures.increment();
        if (logged.compareAndSet(false, true)) {
            log.warn("headroom: {} (logged once, counted each time)", failureMessage, e);
        }
    }

    /** Lets through the errors nothing can run after (see the class comment); swallows nothing itself. */
    public static void rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
            throw (VirtualMachineError) e;
        }
    }

    @Override
    public String toString() {
        return "Guard{" + failureMessage + ", failures=" + failures() + "}";
    }
}
