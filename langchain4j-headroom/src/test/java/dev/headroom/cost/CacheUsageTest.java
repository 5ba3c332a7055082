package dev.headroom.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.anthropic.AnthropicTokenUsage;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import org.junit.jupiter.api.Test;

class CacheUsageTest {

    @Test
    void should_read_openai_cached_tokens_as_a_part_of_the_prompt() {
        OpenAiTokenUsage usage = OpenAiTokenUsage.builder().inputTokenCount(1_000).outputTokenCount(20)
                .inputTokensDetails(OpenAiTokenUsage.InputTokensDetails.builder().cachedTokens(600).build()).build();

        assertThat(CacheUsage.of(usage)).isEqualTo(new CacheUsage(1_000, 600, 0, 20, true));
        assertThat(CacheUsage.of(usage).uncachedInputTokens()).isEqualTo(400);
        assertThat(CacheUsage.of(usage).cacheHitRate()).isEqualTo(0.6);
    }

    @Test
    void should_read_anthropic_cache_reads_and_writes_on_top_of_input_tokens() {
        AnthropicTokenUsage usage = AnthropicTokenUsage.builder().inputTokenCount(200).outputTokenCount(50)
                .cacheReadInputTokens(4_000).cacheCreationInputTokens(1_000).build();

        assertThat(CacheUsage.of(usage)).isEqualTo(new CacheUsage(5_200, 4_000, 1_000, 50, true));
        assertThat(CacheUsage.of(usage).uncachedInputTokens()).isEqualTo(200);
    }

    @Test
    void should_say_cache_figures_were_not_reported_when_the_provider_gave_none() {
        assertThat(CacheUsage.of(new TokenUsage(100, 10))).isEqualTo(new CacheUsage(100, 0, 0, 10, false));
        assertThat(CacheUsage.of(OpenAiTokenUsage.builder().inputTokenCount(100).outputTokenCount(10).build()).cacheReported())
                .isFalse();
        assertThat(CacheUsage.of(AnthropicTokenUsage.builder().inputTokenCount(100).outputTokenCount(10).build()).cacheReported())
                .isFalse();
        assertThat(CacheUsage.of(null)).isEqualTo(CacheUsage.ZERO);
    }

    @Test
    void should_add_usages_and_report_cache_figures_when_either_did() {
        CacheUsage sum = new CacheUsage(100, 50, 0, 1, true).plus(new CacheUsage(200, 0, 20, 2, false));
        assertThat(sum).isEqualTo(new CacheUsage(300, 50, 20, 3, true));
    }

    @Test
    void should_reject_more_cached_than_input_tokens() {
        assertThatThrownBy(() -> new CacheUsage(10, 8, 3, 0, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
