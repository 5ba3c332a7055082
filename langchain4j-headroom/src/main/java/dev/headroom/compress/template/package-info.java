/**
 * Line templates shared by the line-oriented kinds: the template miner, rarity and severity.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.compress.template;

import org.jspecify.annotations.NullMarked;
