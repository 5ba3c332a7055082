package dev.headroom.ccr;

import java.util.Optional;

/**
 * Keeps the originals of compressed tool results under their handle, so {@code headroom_retrieve} can
 * return them. Knows nothing about compression. Handles are content-derived ({@link Handles#of}), so
 * putting the same content twice is idempotent and any instance of a fleet may answer a retrieval.
 *
 * <p><b>Kept or not:</b> {@link #put} says whether the store holds the original when it returns. A store
 * that declines an original (larger than its bound, refused by its admission policy, evicted at once to make
 * room) returns {@code false} instead of pretending; the engine then sends that tool result without
 * omissions (whole, or in a lossless rewrite), so no handle whose original is gone ever reaches the model.
 *
 * <p>Implementations must be thread-safe. They may evict (by size, by age) later; a miss on {@link #get}
 * is an ordinary outcome, answered honestly to the model. They may throw on infrastructure failure (e.g.
 * Redis down): the engine catches it and treats the original as not kept.
 */
public interface CompressionStore {

    /**
     * Stores {@code original} under {@code handle}, refreshing its expiry if already present.
     *
     * @return {@code true} when the store holds the original on return (a {@link #get} now would find it);
     *         {@code false} when it declined to keep it (too large, refused, evicted at once)
     */
    boolean put(String handle, String original);

    /** The original stored under {@code handle}, if still present. */
    Optional<String> get(String handle);
}
