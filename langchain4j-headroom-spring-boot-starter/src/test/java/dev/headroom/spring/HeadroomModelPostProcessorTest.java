package dev.headroom.spring;

import static dev.headroom.spring.RecordingChatModel.lastToolResult;
import static dev.headroom.spring.RecordingChatModel.requestWithToolResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.Headroom;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.HeadroomChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanNotOfRequiredTypeException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class HeadroomModelPostProcessorTest {

    private static final String JSON = TruncatingCompressor.jsonArray(400);

    private final RecordingChatModel original = new RecordingChatModel();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class))
            .withBean(TruncatingCompressor.class, () -> new TruncatingCompressor(3))
            .withBean("openAiChatModel", RecordingChatModel.class, () -> original);

    @Test
    void should_wrap_the_model_bean_under_the_same_name_and_compress_its_tool_results() {
        contextRunner.run(context -> {
            // given
            ChatModel model = context.getBean("openAiChatModel", ChatModel.class);

            // when
            ChatResponse response = model.chat(requestWithToolResult(JSON));

            // then
            assertThat(response.aiMessage().text()).isEqualTo("done");
            assertThat(model).isNotSameAs(original);
            assertThat(context.getBeanNamesForType(ChatModel.class)).containsExactly("openAiChatModel");
            ChatRequest sent = original.requests().get(0);
            assertThat(lastToolResult(sent)).hasSizeLessThan(JSON.length()).contains("headroom_retrieve with hash=");
            assertThat(sent.toolSpecifications()).extracting(spec -> spec.name()).containsExactly(RetrieveTool.NAME);
            assertThat(context.getBean(Headroom.class).stats().total().compressed()).isEqualTo(1);
        });
    }

    @Test
    void should_wrap_streaming_model_beans_too() {
        RecordingStreamingChatModel streaming = new RecordingStreamingChatModel();
        contextRunner.withBean("openAiStreamingChatModel", RecordingStreamingChatModel.class, () -> streaming).run(context -> {
            // given
            StreamingChatModel model = context.getBean(StreamingChatModel.class);
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();

            // when
            model.chat(requestWithToolResult(JSON), new StreamingChatResponseHandler() {
                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });

            // then
            assertThat(done.get(10, TimeUnit.SECONDS).aiMessage().text()).isEqualTo("done");
            assertThat(model).isNotSameAs(streaming).isInstanceOf(RecordingStreamingChatModel.class);
            assertThat(lastToolResult(streaming.requests().get(0))).contains("headroom_retrieve with hash=");
        });
    }

    @Test
    void should_keep_the_concrete_type_when_injected_as_the_provider_class() {
        contextRunner.withUserConfiguration(ConcreteTypeConsumer.class).run(context -> {
            // given
            RecordingChatModel injected = context.getBean(ConcreteTypeConsumer.class).model;

            // when
            injected.chat(requestWithToolResult(JSON));

            // then: compressed on the way, and non-ChatModel methods reach the original instance
            assertThat(injected).isNotSameAs(original).isSameAs(context.getBean(RecordingChatModel.class));
            assertThat(injected.requests()).isSameAs(original.requests()).hasSize(1);
            assertThat(lastToolResult(original.requests().get(0))).contains("headroom_retrieve with hash=");
        });
    }

    @Test
    void should_expose_only_the_interface_when_the_class_is_final() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class))
                .withBean("finalModel", FinalChatModel.class, FinalChatModel::new)
                .run(context -> {
                    assertThat(context.getBean("finalModel")).isInstanceOf(HeadroomChatModel.class);
                    assertThat(context.getBean(ChatModel.class).chat("hi")).isEqualTo("final");
                    assertThatThrownBy(() -> context.getBean("finalModel", FinalChatModel.class))
                            .isInstanceOf(BeanNotOfRequiredTypeException.class)
                            .hasMessageContaining("finalModel")
                            .hasMessageContaining(HeadroomChatModel.class.getName());
                });
    }

    @Test
    void should_fail_startup_naming_the_bean_when_a_final_class_is_injected_by_its_type() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class))
                .withBean("finalModel", FinalChatModel.class, FinalChatModel::new)
                .withUserConfiguration(FinalTypeConsumer.class)
                .run(context -> assertThat(context).getFailure()
                        .rootCause()
                        .isInstanceOf(BeanNotOfRequiredTypeException.class)
                        .hasMessageContaining("finalModel"));
    }

    @Test
    void should_start_when_a_final_class_is_excluded_and_injected_by_its_type() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class))
                .withBean("finalModel", FinalChatModel.class, FinalChatModel::new)
                .withUserConfiguration(FinalTypeConsumer.class)
                .withPropertyValues("langchain4j.headroom.exclude=finalModel")
                .run(context -> assertThat(context).hasNotFailed()
                        .getBean("finalModel").isInstanceOf(FinalChatModel.class));
    }

    @Test
    void should_close_the_original_once_at_shutdown_when_only_the_interface_is_exposed() {
        ClosableFinalChatModel closable = new ClosableFinalChatModel();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class))
                .withBean("closable", ClosableFinalChatModel.class, () -> closable)
                .run(context -> {
                    assertThat(context.getBean("closable")).isInstanceOf(HeadroomChatModel.class);
                    assertThat(closable.closed).hasValue(0);
                });
        assertThat(closable.closed).hasValue(1);
    }

    @Test
    void should_close_the_original_once_at_shutdown_when_proxied() {
        ClosableChatModel closable = new ClosableChatModel();
        contextRunner.withBean("closable", ClosableChatModel.class, () -> closable)
                .run(context -> assertThat(context.getBean("closable")).isNotSameAs(closable).isInstanceOf(ClosableChatModel.class));
        assertThat(closable.closed).hasValue(1);
    }

    public static class ClosableChatModel extends RecordingChatModel implements AutoCloseable {
        final java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    @Test
    void should_leave_every_model_bean_untouched_when_disabled() {
        RecordingStreamingChatModel streaming = new RecordingStreamingChatModel();
        FinalChatModel finalModel = new FinalChatModel();
        contextRunner.withBean("openAiStreamingChatModel", RecordingStreamingChatModel.class, () -> streaming)
                .withBean("finalModel", FinalChatModel.class, () -> finalModel)
                .withPropertyValues("langchain4j.headroom.enabled=false")
                .run(context -> {
                    assertThat(context.getBean("openAiChatModel")).isSameAs(original);
                    assertThat(context.getBean("openAiStreamingChatModel")).isSameAs(streaming);
                    assertThat(context.getBean("finalModel")).isSameAs(finalModel);
                    assertThat(context).doesNotHaveBean(Headroom.class);
                });
    }

    @Test
    void should_leave_an_excluded_bean_untouched() {
        contextRunner.withPropertyValues("langchain4j.headroom.exclude=openAiChatModel")
                .run(context -> assertThat(context.getBean("openAiChatModel")).isSameAs(original));
    }

    @Test
    void should_wrap_only_included_beans_when_include_is_set() {
        RecordingChatModel other = new RecordingChatModel();
        contextRunner.withBean("otherModel", RecordingChatModel.class, () -> other)
                .withPropertyValues("langchain4j.headroom.include=otherModel")
                .run(context -> {
                    assertThat(context.getBean("openAiChatModel")).isSameAs(original);
                    assertThat(context.getBean("otherModel")).isNotSameAs(other).isInstanceOf(RecordingChatModel.class);
                });
    }

    @Test
    void should_not_wrap_a_model_the_application_wrapped_itself() {
        HeadroomChatModel own = HeadroomChatModel.wrap(new RecordingChatModel());
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class))
                .withBean("own", ChatModel.class, () -> own)
                .run(context -> assertThat(context.getBean("own")).isSameAs(own));
    }

    @Test
    void should_share_one_engine_between_model_beans() {
        RecordingChatModel other = new RecordingChatModel();
        contextRunner.withBean("otherModel", RecordingChatModel.class, () -> other).run(context -> {
            context.getBean("openAiChatModel", ChatModel.class).chat(requestWithToolResult(JSON));
            context.getBean("otherModel", ChatModel.class).chat(requestWithToolResult(JSON));

            assertThat(context.getBean(Headroom.class).stats().total().results()).isEqualTo(2);
            assertThat(lastToolResult(other.requests().get(0))).isEqualTo(lastToolResult(original.requests().get(0)));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class ConcreteTypeConsumer {
        final RecordingChatModel model;

        ConcreteTypeConsumer(RecordingChatModel model) {
            this.model = model;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class FinalTypeConsumer {
        FinalTypeConsumer(FinalChatModel model) {}
    }
}
