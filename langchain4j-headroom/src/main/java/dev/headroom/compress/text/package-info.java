/**
 * Prose, Markdown and HTML: passed through by default, optionally reduced to the relevant paragraphs.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.compress.text;

import org.jspecify.annotations.NullMarked;
