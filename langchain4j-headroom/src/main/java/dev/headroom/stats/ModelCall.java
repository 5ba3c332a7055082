package dev.headroom.stats;

import dev.headroom.cost.CacheUsage;
import java.util.Objects;

/**
 * One provider call a Headroom decorator made, with the provider's token usage and its cache figures.
 *
 * @param provider       the wrapped model's provider, lower case ({@code open_ai}, {@code anthropic}, {@code other})
 * @param model          the model that answered, as the provider named it (else the request's), or {@code unknown}
 * @param usage          the call's usage ({@link CacheUsage#ZERO} when the provider reported none)
 * @param retrievalRound whether it was a hidden retrieval round rather than the caller's own call
 */
public record ModelCall(String provider, String model, CacheUsage usage, boolean retrievalRound) {

    public ModelCall {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(usage, "usage");
    }
}
