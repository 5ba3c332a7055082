/**
 * The answering side of {@code headroom_retrieve}. <b>Internal:</b> not part of the public API.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.internal.retrieval;

import org.jspecify.annotations.NullMarked;
