/**
 * Compress–Cache–Retrieve: the store of originals ({@link dev.headroom.ccr.CompressionStore}), handles and the {@code headroom_retrieve} tool.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.ccr;

import org.jspecify.annotations.NullMarked;
