package dev.headroom.ccr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link CompressionStore} must have. A store's test extends this class and implements
 * {@link #newStore()}; stores that expire entries also implement {@link #newExpiringStore(Duration)} so the
 * expire-after-access tests run. Published in this module's test-jar (classifier {@code tests}).
 *
 * <p>Each test uses fresh handles derived from its own content, so a store shared between tests (one Redis)
 * does not make them interfere.
 */
public abstract class CompressionStoreContractTest {

    /** A store for one test. */
    protected abstract CompressionStore newStore();

    /**
     * A store whose entries expire {@code ttl} after their last put or get, with a way to let time pass
     * (a fake clock, or sleeping for a real server); {@code null} when the store does not expire (the expiry
     * tests are then skipped).
     */
    protected ExpiringStore newExpiringStore(Duration ttl) {
        return null;
    }

    /** A store under test together with control over its time. */
    public interface ExpiringStore {
        CompressionStore store();

        void advance(Duration duration);
    }

    /** Distinct content per test and index, so handles never collide across tests. */
    protected String content(String test, int i) {
        return "{\"test\":\"" + test + "\",\"i\":" + i + ",\"class\":\"" + getClass().getName() + "\"}";
    }

    @Test
    void should_return_original_when_put_then_get() {
        // given
        CompressionStore store = newStore();
        String original = content("put-get", 0);
        String handle = Handles.of(original);

        // when
        boolean kept = store.put(handle, original);

        // then
        assertThat(kept).as("put of a small original reports it kept").isTrue();
        assertThat(store.get(handle)).contains(original);
    }

    @Test
    void should_return_empty_when_handle_is_unknown_or_null() {
        // given
        CompressionStore store = newStore();

        // when / then
        assertThat(store.get(Handles.of(content("unknown", 0)))).isEmpty();
        assertThat(store.get(null)).isEmpty();
    }

    @Test
    void should_keep_content_exactly_when_large_and_unicode() {
        // given
        CompressionStore store = newStore();
        StringBuilder sb = new StringBuilder(content("unicode", 0));
        while (sb.length() < 300_000) {
            sb.append("línea ☃ 😀 \"quoted\" \\ \r\n\t tab ").append(sb.length()).append('\n');
        }
        String original = sb.toString();
        String handle = Handles.of(original);

        // when
        boolean kept = store.put(handle, original);

        // then
        assertThat(kept).isTrue();
        assertThat(store.get(handle)).hasValueSatisfying(v -> assertThat(v).isEqualTo(original));
    }

    @Test
    void should_be_idempotent_when_same_content_is_put_twice() {
        // given
        CompressionStore store = newStore();
        String original = content("twice", 0);
        String handle = Handles.of(original);

        // when
        store.put(handle, original);
        store.put(handle, original);

        // then
        assertThat(store.get(handle)).contains(original);
    }

    @Test
    void should_keep_entries_apart_when_many_handles_are_stored() {
        // given
        CompressionStore store = newStore();
        List<String> originals = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            originals.add(content("many", i));
        }

        // when
        originals.forEach(o -> store.put(Handles.of(o), o));

        // then
        for (String original : originals) {
            assertThat(store.get(Handles.of(original))).contains(original);
        }
    }

    @Test
    void should_reject_null_handle_or_original_when_put() {
        // given
        CompressionStore store = newStore();

        // when / then
        assertThatThrownBy(() -> store.put(null, "x")).isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put(Handles.of("x"), null)).isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
    }

    @Test
    void should_serve_concurrent_puts_and_gets_consistently() throws Exception {
        // given
        CompressionStore store = newStore();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            tasks.add(() -> {
                for (int i = 0; i < 100; i++) {
                    String original = content("concurrent-" + (i % 10), thread % 2);
                    store.put(Handles.of(original), original);
                    if (!store.get(Handles.of(original)).map(original::equals).orElse(false)) {
                        return false;
                    }
                }
                return true;
            });
        }

        // when
        List<Future<Boolean>> results;
        try {
            results = pool.invokeAll(tasks, 60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        // then
        for (Future<Boolean> result : results) {
            assertThat(result.get()).isTrue();
        }
    }

    @Test
    void should_expire_entry_when_not_accessed_for_longer_than_ttl() {
        // given
        ExpiringStore expiring = newExpiringStore(Duration.ofSeconds(2));
        assumeTrue(expiring != null, "store does not expire entries");
        String original = content("expire", 0);
        expiring.store().put(Handles.of(original), original);

        // when
        expiring.advance(Duration.ofSeconds(3));

        // then
        assertThat(expiring.store().get(Handles.of(original))).isEmpty();
    }

    @Test
    void should_keep_entry_when_read_within_ttl() {
        // given
        ExpiringStore expiring = newExpiringStore(Duration.ofSeconds(2));
        assumeTrue(expiring != null, "store does not expire entries");
        String original = content("refresh", 0);
        String handle = Handles.of(original);
        expiring.store().put(handle, original);

        // when: read every 1.5 s, so each read is within the TTL of the previous access
        expiring.advance(Duration.ofMillis(1_500));
        assertThat(expiring.store().get(handle)).contains(original);
        expiring.advance(Duration.ofMillis(1_500));

        // then: 3 s after the put, still there thanks to the read
        assertThat(expiring.store().get(handle)).contains(original);
    }
}
