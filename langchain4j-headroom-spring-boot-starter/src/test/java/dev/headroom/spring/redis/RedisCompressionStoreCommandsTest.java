package dev.headroom.spring.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ValueOperations;

/** The commands the store sends, with a mocked template (the seam) and fake time: traffic and outage back-off. */
class RedisCompressionStoreCommandsTest {

    @SuppressWarnings("unchecked")
    private final ValueOperations<String, String> values = mock(ValueOperations.class);
    private final StringRedisTemplate template = mock(StringRedisTemplate.class);
    private final MutableClock clock = new MutableClock();

    private RedisCompressionStore store() {
        when(template.opsForValue()).thenReturn(values);
        return RedisCompressionStore.builder().redis(template).outageBackoff(Duration.ofSeconds(5)).clock(clock).build();
    }

    @Test
    void should_send_the_value_only_when_the_key_is_absent() {
        // given
        RedisCompressionStore store = store();
        when(template.expire(anyString(), any(Duration.class))).thenReturn(false, true);

        // when
        store.put("h1", "original");
        store.put("h1", "original");

        // then: the second put only refreshed the TTL
        verify(template, times(2)).expire("headroom:h1", RedisCompressionStore.Builder.DEFAULT_EXPIRE_AFTER_ACCESS);
        verify(values, times(1)).set("headroom:h1", "original", RedisCompressionStore.Builder.DEFAULT_EXPIRE_AFTER_ACCESS);
    }

    @Test
    void should_not_call_redis_within_the_backoff_after_an_error() {
        // given
        RedisCompressionStore store = store();
        when(values.getAndExpire(anyString(), any(Duration.class))).thenThrow(new RedisConnectionFailureException("down"));
        assertThatThrownBy(() -> store.get("h1")).isInstanceOf(RedisConnectionFailureException.class);

        // when
        clock.advance(Duration.ofSeconds(4));

        // then
        assertThatThrownBy(() -> store.get("h1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.put("h1", "x")).isInstanceOf(IllegalStateException.class);
        verify(values, times(1)).getAndExpire(anyString(), any(Duration.class));
    }

    @Test
    void should_call_redis_again_after_the_backoff() {
        // given
        RedisCompressionStore store = store();
        when(values.getAndExpire(anyString(), any(Duration.class)))
                .thenThrow(new RedisConnectionFailureException("down"))
                .thenReturn("back");
        assertThatThrownBy(() -> store.get("h1")).isInstanceOf(RedisConnectionFailureException.class);

        // when
        clock.advance(Duration.ofSeconds(5));

        // then
        assertThat(store.get("h1")).contains("back");
        assertThat(store.get("h1")).contains("back");
        verify(values, times(3)).getAndExpire(anyString(), any(Duration.class));
    }

    @Test
    void should_call_redis_every_time_when_the_backoff_is_zero() {
        // given
        when(template.opsForValue()).thenReturn(values);
        RedisCompressionStore store = RedisCompressionStore.builder().redis(template).outageBackoff(Duration.ZERO).clock(clock).build();
        when(values.getAndExpire(anyString(), any(Duration.class))).thenThrow(new RedisConnectionFailureException("down"));

        // when
        assertThatThrownBy(() -> store.get("h1")).isInstanceOf(RedisConnectionFailureException.class);
        assertThatThrownBy(() -> store.get("h1")).isInstanceOf(RedisConnectionFailureException.class);

        // then
        verify(values, times(2)).getAndExpire(anyString(), any(Duration.class));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
