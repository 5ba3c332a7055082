package dev.headroom.spring;

import static dev.headroom.spring.RecordingChatModel.lastToolResult;
import static dev.headroom.spring.RecordingChatModel.requestWithToolResult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.spring.redis.RedisCompressionStore;
import dev.langchain4j.model.chat.ChatModel;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A Redis outage never fails a user request: the tool result goes to the model uncompressed. */
class RedisOutageTest {

    @Test
    void should_send_the_original_and_answer_the_caller_when_redis_is_unreachable() throws Exception {
        // given: a Redis address nothing listens on
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RecordingChatModel provider = new RecordingChatModel();
        String json = TruncatingCompressor.jsonArray(400);

        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RedisAutoConfiguration.class, HeadroomAutoConfiguration.class))
                .withBean(TruncatingCompressor.class, () -> new TruncatingCompressor(3))
                .withBean("openAiChatModel", RecordingChatModel.class, () -> provider)
                .withPropertyValues("langchain4j.headroom.store.type=redis",
                        "spring.data.redis.host=127.0.0.1",
                        "spring.data.redis.port=" + closedPort,
                        "spring.data.redis.timeout=500ms")
                .run(context -> {
                    assertThat(context).hasSingleBean(RedisCompressionStore.class);

                    // when
                    String answer = context.getBean(ChatModel.class).chat(requestWithToolResult(json)).aiMessage().text();

                    // then
                    assertThat(answer).isEqualTo("done");
                    assertThat(lastToolResult(provider.requests().get(0))).isEqualTo(json);
                    assertThat(context.getBean(Headroom.class).stats().failOpen()).isEqualTo(1);
                });
    }

    @Test
    void should_keep_the_lossless_savings_when_redis_is_unreachable() throws Exception {
        // given: the real compressors, a pretty-printed JSON list big enough for lossy selection, Redis down
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RecordingChatModel provider = new RecordingChatModel();
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 400; i++) {
            sb.append(i == 0 ? "" : ",\n").append("  {\n    \"id\": \"ORD-").append(i).append("\",\n    \"status\": \"")
                    .append(i % 50 == 7 ? "failed" : "shipped").append("\",\n    \"amount\": ").append(100 + i).append(".25\n  }");
        }
        String json = sb.append("\n]").toString();

        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RedisAutoConfiguration.class, HeadroomAutoConfiguration.class))
                .withBean("openAiChatModel", RecordingChatModel.class, () -> provider)
                .withPropertyValues("langchain4j.headroom.store.type=redis",
                        "spring.data.redis.host=127.0.0.1",
                        "spring.data.redis.port=" + closedPort,
                        "spring.data.redis.timeout=500ms")
                .run(context -> {
                    // when
                    String answer = context.getBean(ChatModel.class).chat(requestWithToolResult(json)).aiMessage().text();

                    // then: nothing omitted (no handle could be kept), but the lossless rewrite still went out
                    String sent = lastToolResult(provider.requests().get(0));
                    assertThat(answer).isEqualTo("done");
                    assertThat(sent).doesNotContain("\"hash\"", "\"omitted\"");
                    assertThat(sent.length()).isLessThan(json.length() * 6 / 10);
                    for (int i = 0; i < 400; i++) {
                        assertThat(sent).contains("\"ORD-" + i + "\"");
                    }
                    assertThat(context.getBean(Headroom.class).stats().failOpen()).isEqualTo(1);
                    assertThat(context.getBean(Headroom.class).stats().total().tokensAfter())
                            .isLessThan(context.getBean(Headroom.class).stats().total().tokensBefore());
                });
    }
}
