/**
 * Provider cache figures and money: {@link dev.headroom.cost.CacheUsage} (input tokens split into uncached, cache
 * reads and cache writes, read from LangChain4j's {@code TokenUsage} subtypes), {@link dev.headroom.cost.PriceTable}
 * (USD per million tokens per model, with its date) and {@link dev.headroom.cost.CallCost} (one call's money: spent,
 * spent on retrieval rounds, saved, net).
 *
 * <p>Types are non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.headroom.cost;

import org.jspecify.annotations.NullMarked;
