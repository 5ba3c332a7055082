package dev.headroom.ccr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CaffeineCompressionStoreTest extends CompressionStoreContractTest {

    /** A ticker that moves only when told (nanoseconds). */
    static final class FakeTicker implements Ticker {
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }

    @Override
    protected CompressionStore newStore() {
        return CaffeineCompressionStore.create();
    }

    @Override
    protected ExpiringStore newExpiringStore(Duration ttl) {
        FakeTicker ticker = new FakeTicker();
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().expireAfterAccess(ttl).ticker(ticker).build();
        return new ExpiringStore() {
            @Override
            public CompressionStore store() {
                return store;
            }

            @Override
            public void advance(Duration duration) {
                ticker.advance(duration);
            }
        };
    }

    @Test
    void should_evict_by_bytes_when_maximum_is_exceeded() {
        // given: room for about three 10 000-char originals (20 KB each in UTF-16)
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().maximumBytes(64_000).build();

        // when
        for (int i = 0; i < 10; i++) {
            String original = String.valueOf((char) ('a' + i)).repeat(10_000);
            store.put(Handles.of(original), original);
        }

        // then
        assertThat(store.weightedSize()).isLessThanOrEqualTo(64_000);
        assertThat(store.size()).isBetween(1L, 3L);
    }

    @Test
    void should_not_keep_an_original_larger_than_the_bound() {
        // given
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().maximumBytes(10_000).build();
        String huge = "x".repeat(20_000);

        // when
        store.put(Handles.of(huge), huge);

        // then
        assertThat(store.get(Handles.of(huge))).isEmpty();
        assertThat(store.weightedSize()).isZero();
    }

    @Test
    void should_weigh_entries_by_utf16_size_plus_overhead() {
        assertThat(CaffeineCompressionStore.weigh("k".repeat(24), "v".repeat(1000)))
                .isEqualTo(48 + 2000 + CaffeineCompressionStore.ENTRY_OVERHEAD_BYTES);
    }

    @Test
    void should_reject_invalid_bounds() {
        assertThatThrownBy(() -> CaffeineCompressionStore.builder().maximumBytes(0)).hasMessageContaining("maximumBytes");
        assertThatThrownBy(() -> CaffeineCompressionStore.builder().expireAfterAccess(Duration.ZERO))
                .hasMessageContaining("expireAfterAccess");
    }

    @Test
    void should_have_documented_defaults() {
        CaffeineCompressionStore store = CaffeineCompressionStore.create();
        assertThat(store.maximumBytes()).isEqualTo(CaffeineCompressionStore.Builder.DEFAULT_MAXIMUM_BYTES);
        assertThat(store.expireAfterAccess()).isEqualTo(Duration.ofHours(1));
    }
}
