package dev.headroom.ccr;

import java.util.Optional;

/**
 * Keeps the originals of compressed tool results under their handle, so {@code headroom_retrieve} can
 * return them. Knows nothing about compression. Handles are content-derived ({@link Handles#of}), so
 * putting the same content twice is idempotent and any instance of a fleet may answer a retrieval.
 *
 * <p>Implementations must be thread-safe. They may evict (by size, by age); a miss is an ordinary
 * outcome, answered honestly to the model. They may throw on infrastructure failure (e.g. Redis down):
 * the engine catches it and fails open.
 */
public interface CompressionStore {

    /** Stores {@code original} under {@code handle}, refreshing its expiry if already present. */
    void put(String handle, String original);

    /** The original stored under {@code handle}, if still present. */
    Optional<String> get(String handle);
}
