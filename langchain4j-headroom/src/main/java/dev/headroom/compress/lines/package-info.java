/**
 * Generic line-oriented output: line templates, rare and problem lines verbatim.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.compress.lines;

import org.jspecify.annotations.NullMarked;
