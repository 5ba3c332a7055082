/**
 * Logs: records grouped by template, problems and rare templates kept, routine lines counted.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.compress.log;

import org.jspecify.annotations.NullMarked;
