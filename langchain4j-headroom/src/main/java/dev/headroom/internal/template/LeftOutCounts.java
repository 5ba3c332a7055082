package dev.headroom.internal.template;

/**
 * Counts of {@link TemplateMiner}'s leave-one-out keys (a position and the hashes of the tokens before and
 * after it): open addressing over three parallel arrays, so counting a shape's positions allocates nothing.
 * The same counts as a map keyed by the three values. Sized once for a known bound on the keys, so a key's slot
 * never moves and {@link #increment} can return it. Not thread-safe: one table per pass.
 */
final class LeftOutCounts {

    private final int[] positions;
    private final long[] befores;
    private final long[] afters;
    private final int[] counts; // 0 = empty slot
    private int size;

    /** @param maxKeys at most this many distinct keys will be counted */
    LeftOutCounts(int maxKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, maxKeys * 2 - 1)) << 1;
        positions = new int[capacity];
        befores = new long[capacity];
        afters = new long[capacity];
        counts = new int[capacity];
    }

    /** Adds one to the count of the key; returns its slot (for {@link #countAt}). */
    int increment(int position, long before, long after) {
        int slot = find(position, before, after);
        if (counts[slot] == 0) {
            if (2 * ++size > counts.length) {
                throw new IllegalStateException("more keys than the table was sized for");
            }
            positions[slot] = position;
            befores[slot] = before;
            afters[slot] = after;
        }
        counts[slot]++;
        return slot;
    }

    /** The count in a slot {@link #increment} returned. */
    int countAt(int slot) {
        return counts[slot];
    }

    /** The count of the key (0 when never incremented). */
    int get(int position, long before, long after) {
        return counts[find(position, before, after)];
    }

    private int find(int position, long before, long after) {
        int mask = counts.length - 1;
        int slot = hash(position, before, after) & mask;
        while (counts[slot] != 0
                && (positions[slot] != position || befores[slot] != before || afters[slot] != after)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int hash(int position, long before, long after) {
        long h = before * 0x9E3779B97F4A7C15L + after;
        h = (h ^ (h >>> 29)) * 0xBF58476D1CE4E5B9L + position;
        return (int) (h ^ (h >>> 32));
    }
}
