package dev.headroom.cost;

import dev.langchain4j.model.output.TokenUsage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@code TokenUsage} into a {@link CacheUsage}, recognising the provider subtypes by class name first: the
 * provider modules are optional dependencies of the core, so {@link OpenAiUsage} and {@link AnthropicUsage} (which
 * refer to their classes) are loaded only when an instance of those classes exists. No reflection. A subtype from
 * another class loader or an incompatible LangChain4j version fails to link; that usage is read as a plain one.
 */
final class ProviderUsage {

    static final String OPEN_AI = "dev.langchain4j.model.openai.OpenAiTokenUsage";
    static final String ANTHROPIC = "dev.langchain4j.model.anthropic.AnthropicTokenUsage";

    private static final Logger log = LoggerFactory.getLogger(ProviderUsage.class);

    private ProviderUsage() {}

    static CacheUsage read(@Nullable TokenUsage usage) {
        if (usage == null) {
            return CacheUsage.ZERO;
        }
        try {
            for (Class<?> type = usage.getClass(); type != TokenUsage.class && type != null; type = type.getSuperclass()) {
                if (type.getName().equals(OPEN_AI)) {
                    return OpenAiUsage.read(usage);
                }
                if (type.getName().equals(ANTHROPIC)) {
                    return AnthropicUsage.read(usage);
                }
            }
        } catch (LinkageError | ClassCastException e) {
            log.debug("headroom: could not read the cache figures of {}; reading it as a plain TokenUsage", usage.getClass(), e);
        }
        return plain(usage);
    }

    static CacheUsage plain(TokenUsage usage) {
        return new CacheUsage(CacheUsage.count(usage.inputTokenCount()), 0, 0, CacheUsage.count(usage.outputTokenCount()),
                false);
    }
}
