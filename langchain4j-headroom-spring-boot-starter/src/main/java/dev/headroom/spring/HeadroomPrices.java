package dev.headroom.spring;

import dev.headroom.cost.ModelPrice;
import dev.headroom.cost.PriceTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The price table: USD per million tokens per model, for the money figures (report, meters, actuator). Starts from
 * the library's dated defaults (common OpenAI and Anthropic models) unless {@code defaults=false}; each entry under
 * {@code models} adds or replaces one model. Model names with dots need brackets:
 * {@code langchain4j.headroom.prices.models[gpt-4.1].input=2.00}.
 */
public class HeadroomPrices {

    /** Whether to start from the library's built-in prices. */
    private boolean defaults = true;

    /** Date the configured prices were taken from the price lists; required when models are configured. */
    private LocalDate asOf;

    /** Prices per model name, added to or replacing the built-in ones. */
    private final Map<String, Price> models = new TreeMap<>();

    /** The price table these properties describe. */
    PriceTable toPriceTable() {
        if (!defaults && models.isEmpty()) {
            return PriceTable.none(asOf != null ? asOf : PriceTable.DEFAULTS_AS_OF);
        }
        if (!models.isEmpty() && asOf == null) {
            throw new IllegalStateException(HeadroomProperties.PREFIX + ".prices.as-of must be set when "
                    + HeadroomProperties.PREFIX + ".prices.models are configured: the date the prices were taken");
        }
        PriceTable.Builder builder = defaults ? PriceTable.defaults().toBuilder() : PriceTable.builder();
        if (asOf != null) {
            builder.asOf(asOf);
        }
        models.forEach((name, price) -> builder.price(name, price.toModelPrice(name)));
        return builder.build();
    }

    public boolean isDefaults() {
        return defaults;
    }

    public void setDefaults(boolean defaults) {
        this.defaults = defaults;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public Map<String, Price> getModels() {
        return models;
    }

    /** One model's prices in USD per million tokens; input and output are required. */
    public static class Price {

        /** USD per million uncached input tokens. */
        private BigDecimal input;

        /** USD per million input tokens read from the prompt cache; the input price when unset. */
        private BigDecimal cachedInput;

        /** USD per million input tokens written to the prompt cache; the input price when unset. */
        private BigDecimal cacheWrite;

        /** USD per million output tokens. */
        private BigDecimal output;

        ModelPrice toModelPrice(String model) {
            if (input == null || output == null) {
                throw new IllegalStateException(HeadroomProperties.PREFIX + ".prices.models[" + model
                        + "] needs both input and output prices");
            }
            return new ModelPrice(input, cachedInput != null ? cachedInput : input, cacheWrite != null ? cacheWrite : input,
                    output);
        }

        public BigDecimal getInput() {
            return input;
        }

        public void setInput(BigDecimal input) {
            this.input = input;
        }

        public BigDecimal getCachedInput() {
            return cachedInput;
        }

        public void setCachedInput(BigDecimal cachedInput) {
            this.cachedInput = cachedInput;
        }

        public BigDecimal getCacheWrite() {
            return cacheWrite;
        }

        public void setCacheWrite(BigDecimal cacheWrite) {
            this.cacheWrite = cacheWrite;
        }

        public BigDecimal getOutput() {
            return output;
        }

        public void setOutput(BigDecimal output) {
            this.output = output;
        }
    }
}
