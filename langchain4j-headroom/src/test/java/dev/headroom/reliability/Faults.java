package dev.headroom.reliability;

import dev.headroom.ccr.CompressionStore;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.RetrievalOutcome;
import dev.headroom.stats.StatsCounter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** User-supplied components that fail, for the fault tests. */
final class Faults {

    private Faults() {}

    /** Throws any throwable, checked or not, without declaring it (as Lombok's @SneakyThrows or Kotlin code do). */
    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    /** A JSON compressor that throws what {@code failure} supplies from compress, units and join. */
    static Compressor throwingCompressor(Supplier<? extends Throwable> failure) {
        return new Compressor() {
            @Override
            public ContentKind kind() {
                return ContentKind.JSON;
            }

            @Override
            public CompressionResult compress(String content, CompressionContext context) {
                throw sneaky(failure.get());
            }

            @Override
            public List<String> units(String content) {
                throw sneaky(failure.get());
            }

            @Override
            public String join(List<String> units) {
                throw sneaky(failure.get());
            }
        };
    }

    /** A compressor that works (keeps the first lines) but cannot split or join units for a query. */
    static Compressor brokenUnits(Supplier<? extends Throwable> failure) {
        HeadCompressor head = HeadCompressor.json();
        return new Compressor() {
            @Override
            public ContentKind kind() {
                return head.kind();
            }

            @Override
            public CompressionResult compress(String content, CompressionContext context) {
                return head.compress(content, context);
            }

            @Override
            public List<String> units(String content) {
                throw sneaky(failure.get());
            }
        };
    }

    /** A store that throws on put and/or get; counts the calls. */
    static final class FailingStore implements CompressionStore {
        private final Supplier<? extends Throwable> onPut;
        private final Supplier<? extends Throwable> onGet;
        final AtomicInteger puts = new AtomicInteger();
        final AtomicInteger gets = new AtomicInteger();

        FailingStore(Supplier<? extends Throwable> onPut, Supplier<? extends Throwable> onGet) {
            this.onPut = onPut;
            this.onGet = onGet;
        }

        @Override
        public boolean put(String handle, String original) {
            puts.incrementAndGet();
            if (onPut != null) {
                throw sneaky(onPut.get());
            }
            return true;
        }

        @Override
        public Optional<String> get(String handle) {
            gets.incrementAndGet();
            if (onGet != null) {
                throw sneaky(onGet.get());
            }
            return Optional.empty();
        }
    }

    /** A statistics receiver that throws from every method; counts the calls. */
    static final class ThrowingStatsCounter implements StatsCounter {
        private final Supplier<? extends Throwable> failure;
        final AtomicInteger calls = new AtomicInteger();

        ThrowingStatsCounter(Supplier<? extends Throwable> failure) {
            this.failure = failure;
        }

        @Override
        public void recordCompression(CompressionEvent event) {
            calls.incrementAndGet();
            throw sneaky(failure.get());
        }

        @Override
        public void recordFailOpen(ContentKind kind, String toolName, Throwable cause) {
            calls.incrementAndGet();
            throw sneaky(failure.get());
        }

        @Override
        public void recordRetrieval(RetrievalOutcome outcome) {
            calls.incrementAndGet();
            throw sneaky(failure.get());
        }

        @Override
        public void recordRetrievalRounds(int rounds) {
            calls.incrementAndGet();
            throw sneaky(failure.get());
        }
    }
}
