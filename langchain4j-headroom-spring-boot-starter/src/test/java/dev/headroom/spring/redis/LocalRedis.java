package dev.headroom.spring.redis;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The real Redis these tests use: {@code redis-server} on 127.0.0.1:6379 ({@code .ci/run} starts it). Register
 * as a static {@code @RegisterExtension}: it connects before the class's tests, gives them a key prefix no
 * other run uses (runs sharing one Redis never see each other's keys), and deletes those keys afterwards.
 * Without Redis the class is skipped with a message, except in CI ({@code CI=true}), where it fails.
 */
public final class LocalRedis implements BeforeAllCallback, AfterAllCallback {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 6379;

    private static final Logger log = LoggerFactory.getLogger(LocalRedis.class);

    private final String prefix = "headroom-test:" + UUID.randomUUID() + ":";
    private LettuceConnectionFactory factory;
    private StringRedisTemplate template;

    @Override
    public void beforeAll(ExtensionContext context) {
        LettuceConnectionFactory candidate = factory(PORT);
        try {
            candidate.start();
            candidate.getConnection().ping();
        } catch (RuntimeException e) {
            candidate.destroy();
            String message = "no Redis reachable on " + HOST + ":" + PORT + " (" + e.getMessage()
                    + "); start one with: redis-server --daemonize yes --port 6379 --save '' --appendonly no";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true requires Redis: " + message, e);
            }
            log.warn("{} skipped: {}", context.getDisplayName(), message);
            Assumptions.abort("Redis tests skipped: " + message);
        }
        factory = candidate;
        template = new StringRedisTemplate(factory);
        template.afterPropertiesSet();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (factory != null) {
            Set<String> keys = template.keys(prefix + "*");
            if (keys != null && !keys.isEmpty()) {
                template.delete(keys);
            }
            factory.destroy();
        }
    }

    /** The key prefix of this test class's run; every key written should start with it. */
    public String prefix() {
        return prefix;
    }

    public LettuceConnectionFactory connectionFactory() {
        return factory;
    }

    public StringRedisTemplate template() {
        return template;
    }

    /** A connection factory (not started) with a short command timeout, to a port on this machine. */
    public static LettuceConnectionFactory factory(int port) {
        LettuceClientConfiguration client = LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build();
        return new LettuceConnectionFactory(new RedisStandaloneConfiguration(HOST, port), client);
    }
}
