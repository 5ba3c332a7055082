package dev.headroom.spring;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.spring.observation.ObservationStepObserver;
import dev.headroom.stats.StepObserver;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Observations of compression and hidden retrieval rounds, with gen_ai and headroom attributes, in a Spring context. */
class HeadroomObservationTest {

    private static final Pattern HASH = Pattern.compile("hash=([0-9a-f]{24})");

    /** An OpenAI-like model: retrieves the first disclosed hash, then answers; reports token usage. */
    public static class RetrievingChatModel implements ChatModel {

        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public ChatResponse doChat(ChatRequest request) {
            if (calls.getAndIncrement() == 0) {
                String sent = RecordingChatModel.lastToolResult(request);
                Matcher m = HASH.matcher(sent);
                String hash = m.find() ? m.group(1) : "none";
                ToolExecutionRequest retrieve = ToolExecutionRequest.builder().id("r1").name("headroom_retrieve")
                        .arguments("{\"hash\":\"" + hash + "\"}").build();
                return ChatResponse.builder().aiMessage(AiMessage.from(List.of(retrieve)))
                        .tokenUsage(new TokenUsage(1_000, 20)).modelName("gpt-4o-mini-2024-07-18").build();
            }
            boolean answered = request.messages().get(request.messages().size() - 1) instanceof ToolExecutionResultMessage;
            return ChatResponse.builder().aiMessage(AiMessage.from(answered ? "retrieved" : "no"))
                    .tokenUsage(new TokenUsage(3_000, 7)).modelName("gpt-4o-mini-2024-07-18").build();
        }

        @Override
        public ModelProvider provider() {
            return ModelProvider.OPEN_AI;
        }
    }

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class))
            .withBean("chatModel", RetrievingChatModel.class, RetrievingChatModel::new)
            .withBean(TruncatingCompressor.class, () -> new TruncatingCompressor(3));

    @Test
    void should_observe_compression_and_the_retrieval_round_with_gen_ai_and_headroom_attributes() {
        contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create).run(context -> {
            // given
            TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
            ChatRequest request = RecordingChatModel.requestWithToolResult(TruncatingCompressor.jsonArray(400)).toBuilder()
                    .modelName("gpt-4o-mini").build();

            // when
            ChatResponse response = context.getBean(ChatModel.class).chat(request);

            // then
            assertThat(response.aiMessage().text()).isEqualTo("retrieved");
            assertThat(context).hasSingleBean(ObservationStepObserver.class);
            assertThat(registry).hasNumberOfObservationsEqualTo(2)
                    .hasObservationWithNameEqualTo(ObservationStepObserver.COMPRESSION).that()
                    .hasBeenStarted().hasBeenStopped()
                    .hasLowCardinalityKeyValue("gen_ai.operation.name", "headroom.compress")
                    .hasLowCardinalityKeyValue("gen_ai.provider.name", "openai")
                    .hasLowCardinalityKeyValue("gen_ai.request.model", "gpt-4o-mini")
                    .hasLowCardinalityKeyValue("headroom.mode", "active")
                    .hasHighCardinalityKeyValue("headroom.tool_results", "1")
                    .hasHighCardinalityKeyValue("headroom.results.compressed", "1")
                    .hasHighCardinalityKeyValueWithKey("headroom.tokens.before")
                    .hasHighCardinalityKeyValueWithKey("headroom.tokens.after");
            assertThat(registry).hasObservationWithNameEqualTo(ObservationStepObserver.RETRIEVAL_ROUND).that()
                    .hasBeenStarted().hasBeenStopped()
                    .hasLowCardinalityKeyValue("gen_ai.operation.name", "chat")
                    .hasLowCardinalityKeyValue("gen_ai.request.model", "gpt-4o-mini")
                    .hasLowCardinalityKeyValue("headroom.retrieval.round", "1")
                    .hasHighCardinalityKeyValue("gen_ai.usage.input_tokens", "3000")
                    .hasHighCardinalityKeyValue("gen_ai.usage.output_tokens", "7")
                    .hasHighCardinalityKeyValue("gen_ai.response.model", "gpt-4o-mini-2024-07-18");
        });
    }

    @Test
    void should_observe_nothing_without_an_observation_registry() {
        contextRunner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(StepObserver.class);
            assertThat(context.getBean(Headroom.class).stepObserver()).isNotNull();
        });
    }

    @Test
    void should_start_without_observations_when_micrometer_observation_is_not_on_the_classpath() {
        contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer.observation"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Headroom.class)
                        .doesNotHaveBean(StepObserver.class));
    }
}
