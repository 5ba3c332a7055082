package dev.headroom.ccr;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * The default, in-process {@link CompressionStore}: a Caffeine cache bounded by bytes (UTF-16 size of
 * the originals plus a fixed overhead per entry) that expires entries a while after their last access.
 * Each compression of a conversation's history re-puts its originals, so an active conversation keeps
 * its originals alive.
 *
 * <p>{@link #put} answers whether the original is held on return: one larger than the bound is not put at
 * all, and one that Caffeine's admission policy drops at once (the cache is full of entries it rates
 * higher) is reported as not kept, so the engine does not hand out its handle.
 *
 * <p>Thread-safe.
 */
public final class CaffeineCompressionStore implements CompressionStore {

    /** Estimated bytes of bookkeeping per entry (key string, node, references). */
    static final int ENTRY_OVERHEAD_BYTES = 128;

    private final Cache<String, String> cache;
    private final long maximumBytes;
    private final Duration expireAfterAccess;

    private CaffeineCompressionStore(Builder builder) {
        this.maximumBytes = builder.maximumBytes;
        this.expireAfterAccess = builder.expireAfterAccess;
        Caffeine<String, String> caffeine = Caffeine.newBuilder()
                .maximumWeight(maximumBytes)
                .weigher((String key, String value) -> weigh(key, value))
                .expireAfterAccess(expireAfterAccess)
                .executor(Runnable::run);
        if (builder.time != null) {
            InstantSource time = builder.time;
            caffeine.ticker(() -> nanos(time.instant()));
        }
        this.cache = caffeine.build();
    }

    public static CaffeineCompressionStore create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean put(String handle, String original) {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(original, "original");
        if (weigh(handle, original) > maximumBytes) {
            return false; // Caffeine would evict it on the spot, and could evict others for it first
        }
        cache.put(handle, original);
        // run the eviction this put may cause now, so the answer below is not stale
        cache.cleanUp();
        return cache.policy().getIfPresentQuietly(handle) != null;
    }

    @Override
    public Optional<String> get(String handle) {
        if (handle == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(cache.getIfPresent(handle));
    }

    /** The estimated bytes held now (after pending maintenance). */
    public long weightedSize() {
        cache.cleanUp();
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }

    /** The number of entries held now (after pending maintenance). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    public long maximumBytes() {
        return maximumBytes;
    }

    public Duration expireAfterAccess() {
        return expireAfterAccess;
    }

    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    static int weigh(String key, String value) {
        long bytes = 2L * key.length() + 2L * value.length() + ENTRY_OVERHEAD_BYTES;
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    @Override
    public String toString() {
        return "CaffeineCompressionStore{maximumBytes=" + maximumBytes + ", expireAfterAccess=" + expireAfterAccess + "}";
    }

    public static final class Builder {
        /** 256 MiB: about 900 originals of 300 KB. */
        public static final long DEFAULT_MAXIMUM_BYTES = 256L * 1024 * 1024;
        public static final Duration DEFAULT_EXPIRE_AFTER_ACCESS = Duration.ofHours(1);

        private long maximumBytes = DEFAULT_MAXIMUM_BYTES;
        private Duration expireAfterAccess = DEFAULT_EXPIRE_AFTER_ACCESS;
        private InstantSource time;

        private Builder() {}

        /** The bound on the estimated memory of all originals held. */
        public Builder maximumBytes(long maximumBytes) {
            if (maximumBytes <= 0) {
                throw new IllegalArgumentException("maximumBytes must be positive, was " + maximumBytes);
            }
            this.maximumBytes = maximumBytes;
            return this;
        }

        /** How long an original is kept after it was last stored or read. */
        public Builder expireAfterAccess(Duration expireAfterAccess) {
            Objects.requireNonNull(expireAfterAccess, "expireAfterAccess");
            if (expireAfterAccess.isNegative() || expireAfterAccess.isZero()) {
                throw new IllegalArgumentException("expireAfterAccess must be positive, was " + expireAfterAccess);
            }
            this.expireAfterAccess = expireAfterAccess;
            return this;
        }

        /**
         * The time source for expiry; its primary intent is testing with fake time. Any {@link java.time.Clock}
         * is an {@code InstantSource}. Defaults to the system's monotonic time.
         */
        public Builder clock(InstantSource clock) {
            this.time = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public CaffeineCompressionStore build() {
            return new CaffeineCompressionStore(this);
        }
    }
}
