package dev.headroom.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.Mode;
import dev.headroom.langchain4j.HeadroomReport;
import dev.headroom.spring.actuate.HeadroomEndpoint;
import dev.headroom.spring.metrics.MicrometerStatsCounter;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code langchain4j.headroom.mode=shadow}: the model bean receives the requests unchanged; the actuator says shadow. */
class HeadroomShadowModeTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HeadroomAutoConfiguration.class))
            .withBean("chatModel", RecordingChatModel.class, RecordingChatModel::new)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(TruncatingCompressor.class, () -> new TruncatingCompressor(3))
            .withPropertyValues("management.endpoints.web.exposure.include=headroom");

    @Test
    void should_send_requests_unchanged_and_show_what_would_have_been_saved_when_the_mode_is_shadow() {
        contextRunner.withPropertyValues("langchain4j.headroom.mode=shadow").run(context -> {
            // given
            Headroom headroom = context.getBean(Headroom.class);
            ChatModel model = context.getBean(ChatModel.class);
            ChatRequest request = RecordingChatModel.requestWithToolResult(TruncatingCompressor.jsonArray(400));

            // when
            ChatResponse response = model.chat(request);

            // then: the provider model got the request as the caller made it
            assertThat(headroom.config().mode()).isEqualTo(Mode.SHADOW);
            RecordingChatModel provider = context.getBean(RecordingChatModel.class);
            assertThat(provider.requests()).singleElement().satisfies(sent -> {
                assertThat(sent.messages()).isEqualTo(request.messages());
                assertThat(sent.toolSpecifications()).isNullOrEmpty();
            });
            HeadroomReport report = HeadroomReport.of(response).orElseThrow();
            assertThat(report.shadow()).isTrue();
            assertThat(report.tokensSaved()).isPositive();
            // and the actuator and the meters say it was shadow, with the would-be saving
            HeadroomEndpoint.HeadroomReport endpoint = context.getBean(HeadroomEndpoint.class).headroom();
            assertThat(endpoint.mode()).isEqualTo("shadow");
            assertThat(endpoint.wouldHaveSaved().tokens()).isEqualTo(report.tokensSaved());
            assertThat(endpoint.wouldHaveSaved().note()).startsWith("shadow mode: the models received the requests unchanged");
            JsonNode json = new ObjectMapper().valueToTree(endpoint);
            assertThat(json.path("mode").asText()).isEqualTo("shadow");
            assertThat(json.path("wouldHaveSaved").path("tokens").asLong()).isEqualTo(report.tokensSaved());
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get(MicrometerStatsCounter.MODE).tag("mode", "shadow").gauge().value()).isEqualTo(1.0);
            assertThat(registry.find(MicrometerStatsCounter.MODE).tag("mode", "active").gauge()).isNull();
        });
    }

    @Test
    void should_compress_and_show_no_would_have_figures_when_the_mode_is_active() {
        contextRunner.run(context -> {
            // when
            context.getBean(ChatModel.class).chat(RecordingChatModel.requestWithToolResult(TruncatingCompressor.jsonArray(400)));

            // then
            assertThat(context.getBean(Headroom.class).config().mode()).isEqualTo(Mode.ACTIVE);
            String sent = RecordingChatModel.lastToolResult(context.getBean(RecordingChatModel.class).requests().get(0));
            assertThat(sent).contains("headroom_retrieve");
            HeadroomEndpoint.HeadroomReport endpoint = context.getBean(HeadroomEndpoint.class).headroom();
            assertThat(endpoint.mode()).isEqualTo("active");
            assertThat(endpoint.wouldHaveSaved()).isNull();
            assertThat(context.getBean(MeterRegistry.class).get(MicrometerStatsCounter.MODE).tag("mode", "active").gauge()
                    .value()).isEqualTo(1.0);
        });
    }

    @Test
    void should_take_the_mode_a_customizer_sets_for_the_mode_gauge() {
        contextRunner.withBean(HeadroomCustomizer.class, () -> new HeadroomCustomizer() {
                    @Override
                    public void customize(Headroom.Builder builder) {}

                    @Override
                    public void customizeConfig(dev.headroom.HeadroomConfig.Builder config) {
                        config.mode(Mode.SHADOW);
                    }
                })
                .run(context -> {
                    assertThat(context.getBean(Headroom.class).config().mode()).isEqualTo(Mode.SHADOW);
                    assertThat(context.getBean(MeterRegistry.class).get(MicrometerStatsCounter.MODE).tag("mode", "shadow")
                            .gauge().value()).isEqualTo(1.0);
                });
    }
}
