package dev.headroom.spring.redis;

import dev.headroom.ccr.CompressionStore;
import dev.headroom.ccr.CompressionStoreContractTest;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis store meets the same contract as the in-process Caffeine store, against a real Redis. Time is
 * simulated for the expiry tests by shortening the TTL of every key the store wrote, so they need no sleep.
 */
class RedisCompressionStoreContractTest extends CompressionStoreContractTest {

    @RegisterExtension
    static final LocalRedis redis = new LocalRedis();

    private int stores;

    /** Each store gets its own prefix, so it starts empty. */
    @Override
    protected CompressionStore newStore() {
        return RedisCompressionStore.builder().redis(redis.template()).keyPrefix(nextPrefix()).build();
    }

    @Override
    protected ExpiringStore newExpiringStore(Duration ttl) {
        String prefix = nextPrefix();
        CompressionStore store = RedisCompressionStore.builder().redis(redis.template()).keyPrefix(prefix).expireAfterAccess(ttl).build();
        return new ExpiringStore() {
            @Override
            public CompressionStore store() {
                return store;
            }

            @Override
            public void advance(Duration duration) {
                passTime(redis.template(), prefix, duration);
            }
        };
    }

    private String nextPrefix() {
        return redis.prefix() + (stores++) + ":";
    }

    /** Lets {@code duration} pass for the keys under {@code prefix}: each key's remaining TTL shrinks by it. */
    private static void passTime(StringRedisTemplate template, String prefix, Duration duration) {
        Set<String> keys = template.keys(prefix + "*");
        for (String key : keys == null ? Set.<String>of() : keys) {
            Long remaining = template.getExpire(key, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (remaining == null || remaining < 0) {
                continue;
            }
            long left = remaining - duration.toMillis();
            if (left <= 0) {
                template.delete(key);
            } else {
                template.expire(key, Duration.ofMillis(left));
            }
        }
    }
}
