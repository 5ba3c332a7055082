package dev.headroom.cost;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Prices per model ({@link ModelPrice}, USD per million tokens) and the date they were taken from the providers'
 * price lists. Immutable and thread-safe; build with {@link #builder()}, start from {@link #defaults()} with
 * {@code defaults().toBuilder()}.
 *
 * <p><b>Matching a model name</b> (case-insensitive): the exact entry; else the longest entry that the name extends by
 * a dated or {@code latest} suffix: {@code gpt-4o-mini-2024-07-18} uses {@code gpt-4o-mini},
 * {@code claude-sonnet-4-20250514} uses {@code claude-sonnet-4}, {@code claude-3-5-haiku-latest} uses
 * {@code claude-3-5-haiku}. Any other name (a different variant such as {@code gpt-4o-audio-preview}, a deployment
 * name, a local model) has no price, and then there is no money figure at all: never a wrong one.
 *
 * <p><b>The defaults</b> ({@link #defaults()}, dated {@link #DEFAULTS_AS_OF}) are the standard-tier list prices of
 * a few common OpenAI and Anthropic models (Anthropic: 5-minute cache writes, prompts up to 200K tokens). Prices
 * change: check them against your provider's price page and your contract, and override them.
 */
public final class PriceTable {

    /** The date of the {@link #defaults()}. */
    public static final LocalDate DEFAULTS_AS_OF = DefaultPrices.AS_OF;

    private static final Pattern VERSION_SUFFIX = Pattern.compile("-(\\d{8}|\\d{4}-\\d{2}-\\d{2}|latest)");

    private static final PriceTable DEFAULTS = DefaultPrices.table();

    private final LocalDate asOf;
    private final Map<String, ModelPrice> prices;

    private PriceTable(Builder builder) {
        if (builder.asOf == null) {
            throw new IllegalArgumentException("asOf must not be null");
        }
        this.asOf = builder.asOf;
        this.prices = Collections.unmodifiableMap(new TreeMap<>(builder.prices));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The built-in list prices of common OpenAI and Anthropic models, as of {@link #DEFAULTS_AS_OF}. */
    public static PriceTable defaults() {
        return DEFAULTS;
    }

    /** A table without prices: no call gets a money figure. */
    public static PriceTable none(LocalDate asOf) {
        return builder().asOf(asOf).build();
    }

    /** The date the prices were taken. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The prices by lower-case model name, sorted. */
    public Map<String, ModelPrice> prices() {
        return prices;
    }

    /** The entry a model name uses (see the class comment), empty when none or {@code modelName} is {@code null}. */
    public Optional<String> entryFor(@Nullable String modelName) {
        if (modelName == null || modelName.isBlank()) {
            return Optional.empty();
        }
        String name = modelName.strip().toLowerCase(Locale.ROOT);
        if (prices.containsKey(name)) {
            return Optional.of(name);
        }
        String best = null;
        for (String entry : prices.keySet()) {
            if (name.startsWith(entry) && VERSION_SUFFIX.matcher(name.substring(entry.length())).matches()
                    && (best == null || entry.length() > best.length())) {
                best = entry;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The price a model name uses, empty when the table has none for it. */
    public Optional<ModelPrice> priceOf(@Nullable String modelName) {
        return entryFor(modelName).map(prices::get);
    }

    /**
     * One call's money at this table's prices (see {@link CallCost}); empty when the model has no price.
     *
     * @param modelName      the model the provider says answered (or the request's)
     * @param usage          every provider call of the request
     * @param retrievalUsage the hidden retrieval rounds (a part of {@code usage})
     * @param tokensRemoved  tokens kept out of the request by compression and the conversation budget
     */
    public Optional<CallCost> costOf(@Nullable String modelName, CacheUsage usage, CacheUsage retrievalUsage,
                                     long tokensRemoved) {
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(retrievalUsage, "retrievalUsage");
        return entryFor(modelName).map(entry ->
                CallCost.of(entry, asOf, prices.get(entry), usage, retrievalUsage, Math.max(0, tokensRemoved)));
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.asOf = asOf;
        builder.prices.putAll(prices);
        return builder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceTable t && asOf.equals(t.asOf) && prices.equals(t.prices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, prices);
    }

    @Override
    public String toString() {
        return "PriceTable{asOf=" + asOf + ", models=" + prices.keySet() + "}";
    }

    /** Builds a {@link PriceTable}; {@link #asOf} is required. Not thread-safe. */
    public static final class Builder {
        private @Nullable LocalDate asOf;
        private final Map<String, ModelPrice> prices = new TreeMap<>();

        private Builder() {}

        /** The date the prices were taken from the price lists (required). */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /** Sets (or replaces) a model's prices; the name is matched case-insensitively. */
        public Builder price(String modelName, ModelPrice price) {
            if (modelName == null || modelName.isBlank()) {
                throw new IllegalArgumentException("modelName must not be blank");
            }
            prices.put(modelName.strip().toLowerCase(Locale.ROOT), Objects.requireNonNull(price, "price"));
            return this;
        }

        /** Removes a model's prices, so its calls get no money figure. */
        public Builder remove(String modelName) {
            prices.remove(modelName.strip().toLowerCase(Locale.ROOT));
            return this;
        }

        public PriceTable build() {
            return new PriceTable(this);
        }
    }
}
