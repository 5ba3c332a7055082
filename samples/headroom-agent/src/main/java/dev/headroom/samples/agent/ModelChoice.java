package dev.headroom.samples.agent;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The model the sample talks to, chosen from environment variables: {@code OPENAI_API_KEY} (model
 * {@code OPENAI_MODEL}, default {@value #OPENAI_DEFAULT}), else {@code ANTHROPIC_API_KEY} ({@code ANTHROPIC_MODEL},
 * default {@value #ANTHROPIC_DEFAULT}), else {@code OLLAMA_BASE_URL} ({@code OLLAMA_MODEL}, default
 * {@value #OLLAMA_DEFAULT}), else the {@link OfflineOnCallModel offline stand-in}. Immutable; building a provider
 * model makes no network call.
 *
 * @param label how the output names the model
 * @param model the model itself, not yet wrapped
 */
public record ModelChoice(String label, ChatModel model) {

    static final String OPENAI_DEFAULT = "gpt-4o-mini";
    static final String ANTHROPIC_DEFAULT = "claude-haiku-4-5-20251001";
    static final String OLLAMA_DEFAULT = "llama3.1";

    public ModelChoice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
    }

    public static ModelChoice offline() {
        return new ModelChoice(OfflineOnCallModel.LABEL
                + " (set OPENAI_API_KEY, ANTHROPIC_API_KEY or OLLAMA_BASE_URL to use a real model)", new OfflineOnCallModel());
    }

    public static ModelChoice fromEnvironment(Map<String, String> env) {
        String openAiKey = value(env, "OPENAI_API_KEY");
        if (openAiKey != null) {
            String name = valueOr(env, "OPENAI_MODEL", OPENAI_DEFAULT);
            OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder().apiKey(openAiKey).modelName(name)
                    .timeout(Duration.ofMinutes(2));
            String baseUrl = value(env, "OPENAI_BASE_URL");
            if (baseUrl != null) {
                builder.baseUrl(baseUrl);
            }
            return new ModelChoice("OpenAI " + name, builder.build());
        }
        String anthropicKey = value(env, "ANTHROPIC_API_KEY");
        if (anthropicKey != null) {
            String name = valueOr(env, "ANTHROPIC_MODEL", ANTHROPIC_DEFAULT);
            return new ModelChoice("Anthropic " + name, AnthropicChatModel.builder().apiKey(anthropicKey).modelName(name)
                    .maxTokens(1024).timeout(Duration.ofMinutes(2)).build());
        }
        String ollamaUrl = value(env, "OLLAMA_BASE_URL");
        if (ollamaUrl != null) {
            String name = valueOr(env, "OLLAMA_MODEL", OLLAMA_DEFAULT);
            return new ModelChoice("Ollama " + name + " at " + ollamaUrl, OllamaChatModel.builder().baseUrl(ollamaUrl)
                    .modelName(name).timeout(Duration.ofMinutes(5)).build());
        }
        return offline();
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String valueOr(Map<String, String> env, String name, String fallback) {
        String v = value(env, name);
        return v == null ? fallback : v;
    }
}
