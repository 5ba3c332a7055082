/**
 * Unified diffs: file and hunk headers kept, context trimmed, the files the question names first.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.compress.diff;

import org.jspecify.annotations.NullMarked;
