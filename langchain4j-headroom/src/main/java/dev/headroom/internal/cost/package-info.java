/**
 * The engine's side of cache and cost accounting: the price table and the statistics of provider calls and money,
 * used by the decorators' retrieval loop. <b>Internal:</b> not part of the public API.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.internal.cost;

import org.jspecify.annotations.NullMarked;
