package dev.headroom.spring.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.ccr.Handles;
import dev.headroom.compress.CompressionContext;
import dev.headroom.spring.TruncatingCompressor;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Redis-specific behaviour against a real Redis; the shared store contract is in {@link RedisCompressionStoreContractTest}. */
class RedisCompressionStoreTest {

    @RegisterExtension
    static final LocalRedis redis = new LocalRedis();

    private static final String PREFIX = redis.prefix();

    private final StringRedisTemplate template = redis.template();

    private RedisCompressionStore.Builder store() {
        return RedisCompressionStore.builder().redis(template).keyPrefix(PREFIX);
    }

    @Test
    void should_store_the_original_as_a_utf8_string_under_the_prefixed_handle() {
        // given
        String original = "{\"city\": \"Zürich\", \"note\": \"naïve — 🚀\"}";
        String handle = Handles.of(original);

        // when
        store().build().put(handle, original);

        // then: readable as plain text by any Redis client, no Java serialization
        byte[] raw = redis.connectionFactory().getConnection().stringCommands().get((PREFIX + handle).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(raw).isEqualTo(original.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void should_set_the_ttl_on_put_and_refresh_it_on_get() {
        // given
        RedisCompressionStore store = store().expireAfterAccess(Duration.ofMinutes(10)).build();
        String handle = Handles.of("ttl");
        store.put(handle, "ttl");
        assertThat(template.getExpire(PREFIX + handle, TimeUnit.SECONDS)).isBetween(500L, 600L);
        template.expire(PREFIX + handle, Duration.ofSeconds(30));

        // when
        assertThat(store.get(handle)).contains("ttl");

        // then
        assertThat(template.getExpire(PREFIX + handle, TimeUnit.SECONDS)).isBetween(500L, 600L);
    }

    @Test
    void should_refresh_the_ttl_when_the_same_content_is_put_again() {
        // given
        RedisCompressionStore store = store().expireAfterAccess(Duration.ofMinutes(10)).build();
        String handle = Handles.of("again");
        store.put(handle, "again");
        template.expire(PREFIX + handle, Duration.ofSeconds(30));

        // when
        store.put(handle, "again");

        // then
        assertThat(template.getExpire(PREFIX + handle, TimeUnit.SECONDS)).isBetween(500L, 600L);
    }

    @Test
    void should_keep_stores_with_different_prefixes_apart() {
        // given
        RedisCompressionStore a = store().build();
        RedisCompressionStore b = store().keyPrefix(PREFIX + "other:").build();
        String handle = Handles.of("apart");

        // when
        a.put(handle, "apart");

        // then
        assertThat(a.get(handle)).contains("apart");
        assertThat(b.get(handle)).isEmpty();
    }

    @Test
    void should_refuse_and_not_store_an_original_over_the_maximum_value_size() {
        // given
        RedisCompressionStore store = store().maximumValueBytes(10).build();
        String original = "ééééé1"; // 11 UTF-8 bytes, 6 chars
        String handle = Handles.of(original);

        // when
        boolean kept = store.put(handle, original);

        // then: refused like the in-process store refuses one larger than its bound
        assertThat(kept).isFalse();
        assertThat(template.hasKey(PREFIX + handle)).isFalse();
    }

    @Test
    void should_send_the_original_uncompressed_when_it_is_too_large_for_redis() {
        // given
        String json = TruncatingCompressor.jsonArray(400);
        Headroom headroom = Headroom.builder()
                .store(store().maximumValueBytes(1024).build())
                .compressor(new TruncatingCompressor(3))
                .build();

        // when
        CompressionOutcome outcome = headroom.compress(json, CompressionContext.builder().toolName("list").build());

        // then
        assertThat(outcome.text()).isEqualTo(json);
        assertThat(outcome.lossy()).isFalse();
        assertThat(outcome.strategy()).isEqualTo("not-kept");
        assertThat(headroom.stats().failOpen()).isEqualTo(1);
    }

    @Test
    void should_send_originals_uncompressed_and_not_fail_when_redis_is_down() throws Exception {
        // given: a port nothing listens on
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LettuceConnectionFactory down = LocalRedis.factory(closedPort);
        down.start();
        try {
            RedisCompressionStore store = RedisCompressionStore.builder().redis(template(down))
                    .outageBackoff(Duration.ofMinutes(1)).build();
            Headroom headroom = Headroom.builder().store(store).compressor(new TruncatingCompressor(3)).build();
            String json = TruncatingCompressor.jsonArray(400);

            // when
            CompressionOutcome outcome = headroom.compress(json, CompressionContext.builder().toolName("list").build());

            // then
            assertThat(outcome.text()).isEqualTo(json);
            assertThat(headroom.stats().failOpen()).isEqualTo(1);
            assertThatThrownBy(() -> store.get("abc")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("unavailable");
        } finally {
            down.destroy();
        }
    }

    @Test
    void should_count_utf8_bytes_like_the_encoder() {
        for (String s : new String[] {"", "abc", "é", "€", "🚀", "a\uD800b", "\uDC00", "x\uD83D", "Zürich 🚀 €"}) {
            assertThat(RedisCompressionStore.utf8Length(s)).as(s).isEqualTo(s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }

    private static StringRedisTemplate template(LettuceConnectionFactory factory) {
        StringRedisTemplate template = new StringRedisTemplate(factory);
        template.afterPropertiesSet();
        return template;
    }
}
