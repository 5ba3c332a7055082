package dev.headroom.cost;

import dev.langchain4j.model.anthropic.AnthropicTokenUsage;
import dev.langchain4j.model.output.TokenUsage;

/**
 * Anthropic's usage: {@code input_tokens} counts the tokens after the last cache breakpoint only; cache reads and
 * cache creation come on top. Loaded only for an {@code AnthropicTokenUsage}.
 */
final class AnthropicUsage {

    private AnthropicUsage() {}

    static CacheUsage read(TokenUsage usage) {
        AnthropicTokenUsage anthropic = (AnthropicTokenUsage) usage;
        long read = CacheUsage.count(anthropic.cacheReadInputTokens());
        long write = CacheUsage.count(anthropic.cacheCreationInputTokens());
        boolean reported = anthropic.cacheReadInputTokens() != null || anthropic.cacheCreationInputTokens() != null;
        return new CacheUsage(CacheUsage.count(anthropic.inputTokenCount()) + read + write, read, write,
                CacheUsage.count(anthropic.outputTokenCount()), reported);
    }
}
