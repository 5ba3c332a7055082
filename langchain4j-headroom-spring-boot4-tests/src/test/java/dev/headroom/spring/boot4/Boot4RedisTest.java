package dev.headroom.spring.boot4;

import static dev.headroom.spring.boot4.Boot4ApplicationTest.lastToolResult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.spring.boot4.Boot4OpsApplication.LogTools;
import dev.headroom.spring.boot4.Boot4OpsApplication.OpsAssistant;
import dev.headroom.spring.redis.RedisCompressionStore;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same Boot 4 application with {@code langchain4j.headroom.store.type=redis}: Boot 4's own Redis
 * auto-configuration (spring-boot-data-redis, Lettuce) provides the connection, the starter's Redis store keeps
 * the originals in a real {@code redis-server} on 127.0.0.1:6379 ({@code .ci/run} starts one). Without Redis the
 * class is skipped, except in CI ({@code CI=true}), where it fails.
 */
@SpringBootTest(classes = Boot4OpsApplication.class, properties = {
        "langchain4j.headroom.store.type=redis",
        "langchain4j.headroom.store.expire-after-access=10m",
        "spring.data.redis.host=127.0.0.1",
        "spring.data.redis.port=6379",
        "spring.data.redis.timeout=2s"})
class Boot4RedisTest {

    private static final String PREFIX = "headroom-boot4-test:" + UUID.randomUUID() + ":";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("langchain4j.headroom.store.redis.key-prefix", () -> PREFIX);
    }

    @BeforeAll
    static void requireRedis() throws Exception {
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", 6379), 1_000);
        } catch (java.io.IOException e) {
            String message = "no Redis on 127.0.0.1:6379; start one with: redis-server --daemonize yes --port 6379 --save '' --appendonly no";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true requires Redis: " + message, e);
            }
            Assumptions.abort(message);
        }
    }

    private static StringRedisTemplate redis;

    @Autowired
    OpsAssistant assistant;

    @Autowired
    ScriptedOpsModel model;

    @Autowired
    ApplicationContext context;

    @AfterAll
    static void deleteKeys() {
        if (redis != null) {
            Set<String> keys = redis.keys(PREFIX + "*");
            if (keys != null && !keys.isEmpty()) {
                redis.delete(keys);
            }
        }
    }

    @Test
    void should_keep_the_original_in_redis_and_answer_the_retrieval_from_it() {
        // given
        redis = new StringRedisTemplate(context.getBean(RedisConnectionFactory.class));
        model.reset();

        // when
        String answer = assistant.chat("Why did order ORD-1337 fail?");

        // then
        assertThat(answer).isEqualTo(ScriptedOpsModel.ANSWER);
        assertThat(context.getBean(Headroom.class).store()).isInstanceOf(RedisCompressionStore.class);
        String handle = ScriptedOpsModel.hashIn(lastToolResult(model.requests().get(1)).text());
        String key = PREFIX + handle;
        assertThat(redis.opsForValue().get(key)).isEqualTo(LogTools.logs("payments", 2_000));
        assertThat(redis.getExpire(key, TimeUnit.SECONDS)).isBetween(500L, 600L);
        assertThat(lastToolResult(model.requests().get(2)).text()).contains("payment failed for ORD-1337");
    }
}
