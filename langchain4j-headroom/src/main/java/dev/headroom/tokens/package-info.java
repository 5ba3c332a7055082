/**
 * Token counting: a calibrated estimate on the request path, exact counters for statistics.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.tokens;

import org.jspecify.annotations.NullMarked;
