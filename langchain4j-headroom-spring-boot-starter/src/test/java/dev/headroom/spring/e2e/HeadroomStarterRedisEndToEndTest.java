package dev.headroom.spring.e2e;

import static dev.headroom.spring.e2e.ChatCompletionsStub.parse;
import static dev.headroom.spring.e2e.HeadroomStarterEndToEndTest.hashIn;
import static dev.headroom.spring.e2e.HeadroomStarterEndToEndTest.lastToolMessage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.spring.e2e.OpsApplication.LogTools;
import dev.headroom.spring.e2e.OpsApplication.OpsAssistant;
import dev.headroom.spring.redis.LocalRedis;
import dev.headroom.spring.redis.RedisCompressionStore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same application and question as {@link HeadroomStarterEndToEndTest}, with the originals kept in a real Redis. */
@SpringBootTest(classes = OpsApplication.class, properties = {
        "langchain4j.open-ai.chat-model.api-key=test-key",
        "langchain4j.open-ai.chat-model.model-name=gpt-4o-mini",
        "langchain4j.open-ai.chat-model.max-retries=0",
        "langchain4j.headroom.store.type=redis",
        "langchain4j.headroom.store.expire-after-access=10m",
        "spring.data.redis.host=" + LocalRedis.HOST,
        "spring.data.redis.port=" + LocalRedis.PORT,
        "spring.data.redis.timeout=2s"})
class HeadroomStarterRedisEndToEndTest {

    @RegisterExtension
    static final LocalRedis redis = new LocalRedis();

    private static final ChatCompletionsStub stub = ChatCompletionsStub.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("langchain4j.open-ai.chat-model.base-url", stub::baseUrl);
        registry.add("langchain4j.headroom.store.redis.key-prefix", redis::prefix);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Autowired
    OpsAssistant assistant;

    @Autowired
    ApplicationContext context;

    @Test
    void should_keep_the_original_in_redis_and_answer_the_retrieval_from_it() {
        // given
        HeadroomStarterEndToEndTest.scriptToolRetrieveAnswer(stub);

        // when
        String answer = assistant.chat("Why did order ORD-1337 fail?");

        // then
        assertThat(answer).isEqualTo("ORD-1337 failed: the card was declined (code 51).");
        assertThat(context.getBean(Headroom.class).store()).isInstanceOf(RedisCompressionStore.class);
        String handle = hashIn(lastToolMessage(parse(stub.bodies().get(1))));
        String key = redis.prefix() + handle;
        assertThat(redis.template().opsForValue().get(key)).isEqualTo(LogTools.logs("payments", 2_000));
        assertThat(redis.template().getExpire(key, TimeUnit.SECONDS)).isBetween(500L, 600L);
        assertThat(lastToolMessage(parse(stub.bodies().get(2)))).contains("payment failed for ORD-1337");
    }
}
