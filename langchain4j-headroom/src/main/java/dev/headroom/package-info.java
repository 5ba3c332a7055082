/**
 * The engine: {@link dev.headroom.Headroom} (configuration, compressors, store, memo, statistics) and its configuration.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom;

import org.jspecify.annotations.NullMarked;
