/**
 * The built-in kinds, in detection order ({@link dev.headroom.compress.kinds.BuiltInKinds}).
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.compress.kinds;

import org.jspecify.annotations.NullMarked;
