/**
 * Line templates shared by the line-oriented kinds: the template miner, rarity, severity, numeric outliers and
 * repeated line shapes. Internal: public only so the kind packages can share it; not API.
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.internal.template;

import org.jspecify.annotations.NullMarked;
