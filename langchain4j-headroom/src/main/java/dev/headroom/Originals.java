package dev.headroom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.OriginalNotKeptException;
import dev.headroom.compress.ContentKind;
import dev.headroom.internal.Guard;
import dev.headroom.stats.PassthroughReason;
import dev.headroom.stats.StatsCounter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The originals' side of {@link CompressionPipeline}: their handles ({@link Handles#of}, remembered by identity:
 * a ChatMemory re-sends the same String every turn) and the store's consent to keep one before anything of it is
 * omitted (invariant 4), a refusal or failure counted as a fail-open and logged once. Thread-safe.
 */
final class Originals {

    // the pipeline's logger: what it logs is the compression path's
    private static final Logger log = LoggerFactory.getLogger(CompressionPipeline.class);

    /** How many content → handle digests are remembered by identity (ChatMemory reuses the same String). */
    private static final int HANDLE_CACHE_SIZE = 4_096;

    private final CompressionStore store;
    private final StatsCounter stats;
    private final Cache<String, String> handlesByIdentity;
    private final Guard storeGuard = new Guard("the compression store failed on put; such tool results are sent without omissions");
    private final AtomicBoolean notKeptLogged = new AtomicBoolean();

    Originals(CompressionStore store, StatsCounter stats) {
        this.store = store;
        this.stats = stats;
        this.handlesByIdentity = Caffeine.newBuilder()
                .weakKeys()
                .maximumSize(HANDLE_CACHE_SIZE)
                .executor(Runnable::run)
                .build();
    }

    /** The content's handle ({@link Handles#of}), remembered by identity. */
    String handleOf(String content) {
        String handle = handlesByIdentity.getIfPresent(content);
        if (handle == null) {
            handle = Handles.of(content);
            handlesByIdentity.put(content, handle);
        }
        return handle;
    }

    /**
     * Asks the store to keep the original.
     *
     * @return {@code null} when the store holds it; otherwise why not ({@link PassthroughReason#NOT_KEPT}: the store
     *         declined it; {@link PassthroughReason#STORE_ERROR}: the store threw). Either way it is counted as a
     *         fail-open.
     */
    @Nullable PassthroughReason keep(String handle, String content, ContentKind kind, @Nullable String toolName) {
        boolean kept;
        try {
            kept = store.put(handle, content);
        } catch (Throwable e) {
            storeGuard.record(e);
            stats.recordFailOpen(kind, toolName, e);
            return PassthroughReason.STORE_ERROR;
        }
        if (kept) {
            return null;
        }
        if (notKeptLogged.compareAndSet(false, true)) {
            log.warn("headroom: the compression store did not keep a {} char original (larger than its bound, refused, or "
                    + "evicted at once); such tool results are sent without omissions (logged once, counted each time)",
                    content.length());
        }
        stats.recordFailOpen(kind, toolName,
                new OriginalNotKeptException("the store did not keep a " + content.length() + " char original"));
        return PassthroughReason.NOT_KEPT;
    }

    @Override
    public String toString() {
        return "store=" + store;
    }
}
