/**
 * Statistics: counters, events and snapshots of what was compressed and retrieved.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.stats;

import org.jspecify.annotations.NullMarked;
