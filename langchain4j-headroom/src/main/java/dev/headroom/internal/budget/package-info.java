/**
 * The engine's side of the conversation budget: the stub of a cleared tool result, keeping its original, token
 * counts and statistics. Which results are cleared is decided by the decorators ({@code dev.headroom.langchain4j}).
 * <b>Internal:</b> not part of the public API.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.internal.budget;

import org.jspecify.annotations.NullMarked;
