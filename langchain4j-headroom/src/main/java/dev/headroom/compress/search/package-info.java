/**
 * Search results ({@code path:line:text}): grouped by file, best matches kept, the rest listed.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.compress.search;

import org.jspecify.annotations.NullMarked;
