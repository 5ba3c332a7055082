package dev.headroom.samples.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building a provider model makes no network call, so the choice is testable without keys. */
class ModelChoiceTest {

    @Test
    void should_use_openai_with_the_default_model_when_its_key_is_set() {
        ModelChoice choice = ModelChoice.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-test", "ANTHROPIC_API_KEY", "sk-ant-test"));

        assertThat(choice.model()).isInstanceOf(OpenAiChatModel.class);
        assertThat(choice.label()).isEqualTo("OpenAI gpt-4o-mini");
    }

    @Test
    void should_use_the_model_named_in_the_environment_when_set() {
        ModelChoice choice = ModelChoice.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-test", "OPENAI_MODEL", "gpt-4.1-mini"));

        assertThat(choice.label()).isEqualTo("OpenAI gpt-4.1-mini");
    }

    @Test
    void should_use_anthropic_when_only_its_key_is_set() {
        ModelChoice choice = ModelChoice.fromEnvironment(Map.of("ANTHROPIC_API_KEY", "sk-ant-test", "OPENAI_API_KEY", " "));

        assertThat(choice.model()).isInstanceOf(AnthropicChatModel.class);
        assertThat(choice.label()).isEqualTo("Anthropic " + ModelChoice.ANTHROPIC_DEFAULT);
    }

    @Test
    void should_use_ollama_when_only_its_url_is_set() {
        ModelChoice choice = ModelChoice.fromEnvironment(Map.of("OLLAMA_BASE_URL", "http://localhost:11434"));

        assertThat(choice.model()).isInstanceOf(OllamaChatModel.class);
        assertThat(choice.label()).startsWith("Ollama llama3.1");
    }

    @Test
    void should_use_the_offline_stand_in_when_nothing_is_set() {
        ModelChoice choice = ModelChoice.fromEnvironment(Map.of());

        assertThat(choice.model()).isInstanceOf(OfflineOnCallModel.class);
        assertThat(choice.label()).startsWith(OfflineOnCallModel.LABEL);
    }
}
