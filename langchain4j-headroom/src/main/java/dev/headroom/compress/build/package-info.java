/**
 * Build and test output (Maven, Gradle, pytest, jest, go test): failures and summaries kept, passes collapsed.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.compress.build;

import org.jspecify.annotations.NullMarked;
