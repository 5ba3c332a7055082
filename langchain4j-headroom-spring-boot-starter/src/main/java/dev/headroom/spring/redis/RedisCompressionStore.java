package dev.headroom.spring.redis;

import dev.headroom.ccr.CompressionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A {@link CompressionStore} in Redis, shared by every application instance that uses the same Redis and
 * key prefix: instance B answers a {@code headroom_retrieve} for content instance A compressed, and the
 * originals survive restarts. Handles are content-derived, so concurrent puts of the same content from
 * several instances write the same value.
 *
 * <p><b>Format:</b> one Redis string per original, key {@code keyPrefix + handle}, value the original as
 * UTF-8 (no Java serialization; readable with {@code redis-cli GET}).
 *
 * <p><b>Expiry:</b> every put and every hit ({@code GETEX .. PX}, Redis 6.2 or later) sets the key's time to
 * live to {@code expireAfterAccess}: the same expire-after-access semantics as the in-process store. An active
 * conversation re-puts its originals on every request, so they stay alive.
 *
 * <p><b>Traffic:</b> a put first tries {@code PEXPIRE} on the key and sends the value ({@code SET .. PX}) only
 * when the key is absent. Handles are content-derived, so a present key already holds this exact original:
 * re-putting the history of a conversation on every request costs one small command per original, not
 * the originals' bytes again.
 *
 * <p><b>Memory:</b> Redis holds at most what was put during one {@code expireAfterAccess} window. To bound it
 * hard, give Redis a {@code maxmemory} and a {@code maxmemory-policy} of {@code volatile-lru} (every key
 * here has a TTL, so it is evictable; keys of other users without a TTL are not) or {@code allkeys-lru} on a
 * dedicated instance. An evicted original is an ordinary miss: the model is told it is no longer available.
 *
 * <p><b>Failure:</b> this store refuses or throws rather than stall or lie, and the engine fails open: an
 * original larger than {@code maximumValueBytes} is not stored ({@link #put} returns {@code false}, as the
 * in-process store does for one larger than its bound), and a put that throws (Redis down) is treated the
 * same way: the engine sends that tool result without omissions (lossless rewrite or whole), since nothing
 * may be omitted that cannot be retrieved. A get that throws is answered to the model as "unavailable".
 * After a Redis error the store stops
 * calling Redis for {@code outageBackoff} and throws at once, so an outage costs each request no more than
 * one connection timeout (set {@code spring.data.redis.timeout} to a few hundred milliseconds: Lettuce's
 * default is 60 seconds).
 *
 * <p>Thread-safe.
 */
public final class RedisCompressionStore implements CompressionStore {

    private static final Logger log = LoggerFactory.getLogger(RedisCompressionStore.class);

    private final StringRedisTemplate redis;
    private final String keyPrefix;
    private final Duration expireAfterAccess;
    private final long maximumValueBytes;
    private final Duration outageBackoff;
    private final Clock clock;
    /** Until when (epoch millis) Redis is not called after an error; 0 when healthy. */
    private volatile long unavailableUntil;

    private RedisCompressionStore(Builder builder) {
        this.redis = Objects.requireNonNull(builder.redis, "redis");
        this.keyPrefix = builder.keyPrefix;
        this.expireAfterAccess = builder.expireAfterAccess;
        this.maximumValueBytes = builder.maximumValueBytes;
        this.outageBackoff = builder.outageBackoff;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return {@code false} without calling Redis when the original is larger than {@code maximumValueBytes}
     *         (not stored); {@code true} once Redis holds it
     * @throws IllegalStateException    while Redis is considered down (within {@code outageBackoff} of an error)
     * @throws org.springframework.dao.DataAccessException when Redis fails
     */
    @Override
    public boolean put(String handle, String original) {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(original, "original");
        if (utf8Length(original) > maximumValueBytes) {
            return false;
        }
        String key = keyPrefix + handle;
        guarded(() -> {
            if (!Boolean.TRUE.equals(redis.expire(key, expireAfterAccess))) {
                redis.opsForValue().set(key, original, expireAfterAccess);
            }
            return null;
        });
        return true;
    }

    /**
     * @throws IllegalStateException while Redis is considered down (within {@code outageBackoff} of an error)
     * @throws org.springframework.dao.DataAccessException when Redis fails
     */
    @Override
    public Optional<String> get(String handle) {
        if (handle == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(guarded(() -> redis.opsForValue().getAndExpire(keyPrefix + handle, expireAfterAccess)));
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Duration expireAfterAccess() {
        return expireAfterAccess;
    }

    public long maximumValueBytes() {
        return maximumValueBytes;
    }

    private <T> T guarded(java.util.function.Supplier<T> call) {
        long until = unavailableUntil;
        if (until != 0 && clock.millis() < until) {
            throw new IllegalStateException("Redis store unavailable after an error; retrying in "
                    + (until - clock.millis()) + " ms");
        }
        try {
            T result = call.get();
            unavailableUntil = 0;
            return result;
        } catch (RuntimeException e) {
            if (!outageBackoff.isZero()) {
                unavailableUntil = clock.millis() + outageBackoff.toMillis();
                log.warn("headroom: Redis failed ({}); not calling it for {}, tool results pass through uncompressed meanwhile",
                        e.toString(), outageBackoff);
            }
            throw e;
        }
    }

    /** The length of {@code s.getBytes(UTF_8)} without encoding (a 16 MB original need not be copied to be rejected). */
    static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1; // a lone surrogate is encoded as '?'
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "RedisCompressionStore{keyPrefix=" + keyPrefix + ", expireAfterAccess=" + expireAfterAccess
                + ", maximumValueBytes=" + maximumValueBytes + ", outageBackoff=" + outageBackoff + "}";
    }

    public static final class Builder {
        public static final String DEFAULT_KEY_PREFIX = "headroom:";
        public static final Duration DEFAULT_EXPIRE_AFTER_ACCESS = Duration.ofHours(1);
        public static final long DEFAULT_MAXIMUM_VALUE_BYTES = 16L * 1024 * 1024;
        public static final Duration DEFAULT_OUTAGE_BACKOFF = Duration.ofSeconds(5);

        private StringRedisTemplate redis;
        private String keyPrefix = DEFAULT_KEY_PREFIX;
        private Duration expireAfterAccess = DEFAULT_EXPIRE_AFTER_ACCESS;
        private long maximumValueBytes = DEFAULT_MAXIMUM_VALUE_BYTES;
        private Duration outageBackoff = DEFAULT_OUTAGE_BACKOFF;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** The template to talk to Redis with; it must use string (UTF-8) serializers, as {@link StringRedisTemplate} does. */
        public Builder redis(StringRedisTemplate redis) {
            this.redis = Objects.requireNonNull(redis, "redis");
            return this;
        }

        /** Prefix of every key written; distinct prefixes keep applications sharing one Redis apart. */
        public Builder keyPrefix(String keyPrefix) {
            this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
            return this;
        }

        /** Time to live of an original, set again on every put and every hit. */
        public Builder expireAfterAccess(Duration expireAfterAccess) {
            Objects.requireNonNull(expireAfterAccess, "expireAfterAccess");
            if (expireAfterAccess.toMillis() <= 0) {
                throw new IllegalArgumentException("expireAfterAccess must be at least 1 ms, was " + expireAfterAccess);
            }
            this.expireAfterAccess = expireAfterAccess;
            return this;
        }

        /** Largest original (UTF-8 bytes) stored; a larger one is refused ({@link #put} returns false) and sent without omissions. */
        public Builder maximumValueBytes(long maximumValueBytes) {
            if (maximumValueBytes <= 0) {
                throw new IllegalArgumentException("maximumValueBytes must be positive, was " + maximumValueBytes);
            }
            this.maximumValueBytes = maximumValueBytes;
            return this;
        }

        /** How long to stop calling Redis after an error; zero calls it every time. */
        public Builder outageBackoff(Duration outageBackoff) {
            Objects.requireNonNull(outageBackoff, "outageBackoff");
            if (outageBackoff.isNegative()) {
                throw new IllegalArgumentException("outageBackoff must not be negative, was " + outageBackoff);
            }
            this.outageBackoff = outageBackoff;
            return this;
        }

        /** The time source of the outage back-off; its primary intent is testing. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public RedisCompressionStore build() {
            return new RedisCompressionStore(this);
        }
    }
}
