/**
 * Relevance of items and lines to the question: BM25 and an optional hybrid with embeddings.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.relevance;

import org.jspecify.annotations.NullMarked;
