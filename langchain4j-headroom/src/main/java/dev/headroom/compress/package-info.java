/**
 * The compressor SPI: content kinds and their detection, the compression context and result, disclosures, work budgets.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.compress;

import org.jspecify.annotations.NullMarked;
