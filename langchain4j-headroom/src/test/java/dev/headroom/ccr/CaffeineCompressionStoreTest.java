package dev.headroom.ccr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CaffeineCompressionStoreTest extends CompressionStoreContractTest {

    /** A clock that moves only when told (nanoseconds); a plain {@code java.time} type, no Caffeine import. */
    static final class FakeClock implements InstantSource {
        private final AtomicLong nanos = new AtomicLong(1_700_000_000_000_000_000L);

        @Override
        public Instant instant() {
            long n = nanos.get();
            return Instant.ofEpochSecond(n / 1_000_000_000L, n % 1_000_000_000L);
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
        FakeClock clock = new FakeClock();
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().expireAfterAccess(ttl).clock(clock).build();
        return new ExpiringStore() {
            @Override
            public CompressionStore store() {
                return store;
            }

            @Override
            public void advance(Duration duration) {
                clock.advance(duration);
            }
        };
    }

    @Test
    void should_evict_by_bytes_and_report_each_put_truthfully_when_maximum_is_exceeded() {
        // given: room for about three 10 000-char originals (20 KB each in UTF-16)
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().maximumBytes(64_000).build();

        // when / then: whatever put answers is true at that moment
        for (int i = 0; i < 10; i++) {
            String original = String.valueOf((char) ('a' + i)).repeat(10_000);
            boolean kept = store.put(Handles.of(original), original);
            assertThat(store.get(Handles.of(original)).isPresent()).as("put #%d said kept=%s", i, kept).isEqualTo(kept);
        }
        assertThat(store.weightedSize()).isLessThanOrEqualTo(64_000);
        assertThat(store.size()).isBetween(1L, 3L);
    }

    @Test
    void should_not_keep_and_say_so_when_original_is_larger_than_the_bound() {
        // given
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().maximumBytes(10_000).build();
        String small = "s".repeat(1_000);
        store.put(Handles.of(small), small);
        String huge = "x".repeat(20_000);

        // when
        boolean kept = store.put(Handles.of(huge), huge);

        // then: refused, and the entry already there was not evicted to make room for it
        assertThat(kept).isFalse();
        assertThat(store.get(Handles.of(huge))).isEmpty();
        assertThat(store.get(Handles.of(small))).contains(small);
    }

    @Test
    void should_report_each_put_truthfully_when_store_fits_one_original() {
        // given a store that fits one 3 000-char original but not two
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().maximumBytes(8_000).build();
        String first = "f".repeat(3_000);
        String second = "g".repeat(3_000);

        // when
        boolean firstKept = store.put(Handles.of(first), first);
        boolean secondKept = store.put(Handles.of(second), second);

        // then: the first was kept when put; the second is kept only if put says so (admission may refuse it)
        assertThat(firstKept).isTrue();
        assertThat(store.get(Handles.of(second)).isPresent()).isEqualTo(secondKept);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void should_keep_a_one_original_store_honest_under_many_puts() {
        // given a full store and a stream of originals competing for one slot (Caffeine's admission
        // policy may refuse newcomers in favour of the resident entry)
        CaffeineCompressionStore store = CaffeineCompressionStore.builder().maximumBytes(8_000).build();
        String resident = "r".repeat(3_000);
        store.put(Handles.of(resident), resident);
        store.get(Handles.of(resident));
        store.get(Handles.of(resident));

        // when / then
        for (int i = 0; i < 50; i++) {
            String original = String.format("%04d", i).repeat(750);
            boolean kept = store.put(Handles.of(original), original);
            assertThat(store.get(Handles.of(original)).isPresent()).as("put #%d said kept=%s", i, kept).isEqualTo(kept);
        }
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
