package dev.headroom.cost;

import dev.langchain4j.model.output.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * One or more provider calls' token usage with the prompt cache made explicit: of the {@link #inputTokens()} (the
 * whole prompt), how many the provider read from its prompt cache and how many it wrote to it; the rest were
 * processed uncached. Immutable; {@link #plus} adds two usages.
 *
 * <p>{@link #of(TokenUsage)} reads LangChain4j's provider subtypes without depending on the provider modules (it
 * looks at the usage's class name, and only then touches the provider's class):
 * <ul>
 *   <li>{@code OpenAiTokenUsage}: {@code inputTokenCount} (OpenAI's {@code prompt_tokens}) already includes
 *       {@code inputTokensDetails().cachedTokens()} ({@code prompt_tokens_details.cached_tokens}), the cache reads.
 *       OpenAI reports no cache writes (it charges none).</li>
 *   <li>{@code AnthropicTokenUsage}: {@code inputTokenCount} (Anthropic's {@code input_tokens}) counts only the
 *       tokens after the last cache breakpoint; {@code cacheReadInputTokens} and {@code cacheCreationInputTokens}
 *       come on top, so the prompt is their sum.</li>
 *   <li>any other {@code TokenUsage}: input and output only, {@link #cacheReported()} {@code false}.</li>
 * </ul>
 *
 * @param inputTokens      tokens of the prompt, cache reads and writes included
 * @param cacheReadTokens  of those, read from the provider's prompt cache
 * @param cacheWriteTokens of those, written to the provider's prompt cache (Anthropic's cache creation)
 * @param outputTokens     tokens generated
 * @param cacheReported    whether the provider's usage carried cache figures (a provider that reports none has
 *                         zero reads and writes, which says nothing about its cache)
 */
public record CacheUsage(long inputTokens, long cacheReadTokens, long cacheWriteTokens, long outputTokens,
                         boolean cacheReported) {

    /** No calls, or calls that reported no usage. */
    public static final CacheUsage ZERO = new CacheUsage(0, 0, 0, 0, false);

    public CacheUsage {
        if (inputTokens < 0 || cacheReadTokens < 0 || cacheWriteTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
        if (cacheReadTokens + cacheWriteTokens > inputTokens) {
            throw new IllegalArgumentException("cacheReadTokens + cacheWriteTokens must be <= inputTokens");
        }
    }

    /**
     * The usage of one provider response, cache figures read from the provider's subtype where there is one;
     * {@link #ZERO} for {@code null}. Never throws: a subtype it cannot read counts as a plain {@code TokenUsage}.
     */
    public static CacheUsage of(@Nullable TokenUsage usage) {
        return ProviderUsage.read(usage);
    }

    /** Prompt tokens neither read from nor written to the cache, billed at the plain input price. */
    public long uncachedInputTokens() {
        return inputTokens - cacheReadTokens - cacheWriteTokens;
    }

    /** {@code cacheReadTokens / inputTokens}, 0 when there was no input. */
    public double cacheHitRate() {
        return inputTokens == 0 ? 0.0 : (double) cacheReadTokens / inputTokens;
    }

    /** The usage of both; cache figures are reported when either reported them. */
    public CacheUsage plus(CacheUsage other) {
        return new CacheUsage(inputTokens + other.inputTokens, cacheReadTokens + other.cacheReadTokens,
                cacheWriteTokens + other.cacheWriteTokens, outputTokens + other.outputTokens,
                cacheReported || other.cacheReported);
    }

    static long count(@Nullable Integer value) {
        return value == null ? 0 : Math.max(0, value);
    }
}
