package dev.headroom.spring;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;

/**
 * Tunes the auto-configured {@link Headroom} bean without replacing it. Declare any number of beans of
 * this type; they run in {@link org.springframework.core.annotation.Order order}, after the
 * {@code langchain4j.headroom.*} properties, the store, the statistics counters and any {@code Compressor}
 * or {@code TokenCounter} beans were applied.
 *
 * <pre>{@code
 * @Bean
 * HeadroomCustomizer ticketCompressor() {
 *     return builder -> builder.compressor(new TicketListCompressor());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface HeadroomCustomizer {

    /** Customizes the engine's builder (store, compressors, token counter, statistics). */
    void customize(Headroom.Builder builder);

    /**
     * Customizes the configuration built from the properties, before the engine is built: settings that
     * properties cannot express, e.g. per-tool settings computed in code. Does nothing by default.
     */
    default void customizeConfig(HeadroomConfig.Builder config) {}
}
