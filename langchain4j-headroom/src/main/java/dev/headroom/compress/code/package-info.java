/**
 * Source code: passed through by default, optionally outlined.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.compress.code;

import org.jspecify.annotations.NullMarked;
