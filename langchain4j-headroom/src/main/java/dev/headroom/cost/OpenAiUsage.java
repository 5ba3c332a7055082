package dev.headroom.cost;

import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;

/** OpenAI's usage: the prompt includes its cached tokens; no cache writes. Loaded only for an {@code OpenAiTokenUsage}. */
final class OpenAiUsage {

    private OpenAiUsage() {}

    static CacheUsage read(TokenUsage usage) {
        OpenAiTokenUsage openAi = (OpenAiTokenUsage) usage;
        long input = CacheUsage.count(openAi.inputTokenCount());
        OpenAiTokenUsage.InputTokensDetails details = openAi.inputTokensDetails();
        boolean reported = details != null && details.cachedTokens() != null;
        long cached = reported ? Math.min(input, CacheUsage.count(details.cachedTokens())) : 0;
        return new CacheUsage(input, cached, 0, CacheUsage.count(openAi.outputTokenCount()), reported);
    }
}
