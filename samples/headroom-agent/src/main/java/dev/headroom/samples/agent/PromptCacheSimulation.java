package dev.headroom.samples.agent;

import dev.headroom.tokens.TokenCounter;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The usage the offline stand-in reports, shaped like OpenAI's ({@link OpenAiTokenUsage} with
 * {@code cachedTokens}), so that the sample's cost and cache figures have something to read without an API key.
 * Input: o200k tokens of the request's message text. Cached: OpenAI's documented prompt-cache rule, simplified to
 * whole messages: the longest run of leading messages sent before, byte for byte, as a prefix of an earlier request,
 * counted only from 1,024 tokens and in steps of 128. Output: o200k tokens of the reply's text and tool arguments.
 *
 * <p>Thread-safe. It remembers every prefix it has seen, like a provider's cache (without expiry).
 */
final class PromptCacheSimulation {

    private static final int MIN_CACHED = 1_024;
    private static final int STEP = 128;

    private final TokenCounter tokens = TokenCounter.o200k();
    private final Set<String> seenPrefixes = ConcurrentHashMap.newKeySet();

    OpenAiTokenUsage usage(List<ChatMessage> messages, AiMessage reply) {
        long input = 0;
        long cached = 0;
        StringBuilder prefix = new StringBuilder();
        boolean hit = true;
        for (ChatMessage message : messages) {
            String text = text(message);
            input += tokens.count(text);
            prefix.append(message.type()).append('\u0000').append(text).append('\u0001');
            String key = Integer.toHexString(prefix.toString().hashCode()) + ":" + prefix.length();
            boolean seenBefore = !seenPrefixes.add(key);
            hit = hit && seenBefore;
            if (hit) {
                cached = input;
            }
        }
        cached = cached < MIN_CACHED ? 0 : cached / STEP * STEP;
        long output = tokens.count(text(reply));
        return OpenAiTokenUsage.builder()
                .inputTokenCount((int) input)
                .inputTokensDetails(OpenAiTokenUsage.InputTokensDetails.builder().cachedTokens((int) cached).build())
                .outputTokenCount((int) output)
                .totalTokenCount((int) (input + output))
                .build();
    }

    private static String text(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return system.text();
        }
        if (message instanceof UserMessage user) {
            return user.hasSingleText() ? user.singleText() : user.contents().toString();
        }
        if (message instanceof ToolExecutionResultMessage result) {
            return result.hasSingleText() ? result.text() : result.contents().toString();
        }
        if (message instanceof AiMessage ai) {
            StringBuilder sb = new StringBuilder(ai.text() == null ? "" : ai.text());
            if (ai.hasToolExecutionRequests()) {
                for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                    sb.append('\n').append(call.name()).append(' ').append(call.arguments());
                }
            }
            return sb.toString();
        }
        return String.valueOf(message);
    }
}
