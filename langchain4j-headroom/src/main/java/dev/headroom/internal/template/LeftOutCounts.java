package dev.headroom.internal.template;

/**
 * Counts of {@link TemplateMiner}'s leave-one-out keys (a position and the hashes of the tokens before and
 * after it): open addressing over three parallel arrays, so counting a shape's positions allocates nothing.
 * The same counts as a map keyed by the three values. Not thread-safe: one table per pass.
 */
final class LeftOutCounts {

    private int[] positions;
    private long[] befores;
    private long[] afters;
    private int[] counts; // 0 = empty slot
    private int size;

    LeftOutCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    /** Adds one to the count of the key. */
    void increment(int position, long before, long after) {
        int slot = find(position, before, after);
        if (counts[slot] == 0) {
            positions[slot] = position;
            befores[slot] = before;
            afters[slot] = after;
            size++;
            counts[slot] = 1;
            if (2 * size > counts.length) {
                grow();
            }
            return;
        }
        counts[slot]++;
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

    private void allocate(int capacity) {
        positions = new int[capacity];
        befores = new long[capacity];
        afters = new long[capacity];
        counts = new int[capacity];
    }

    private void grow() {
        int[] oldPositions = positions;
        long[] oldBefores = befores;
        long[] oldAfters = afters;
        int[] oldCounts = counts;
        allocate(oldCounts.length * 2);
        for (int s = 0; s < oldCounts.length; s++) {
            if (oldCounts[s] != 0) {
                int slot = find(oldPositions[s], oldBefores[s], oldAfters[s]);
                positions[slot] = oldPositions[s];
                befores[slot] = oldBefores[s];
                afters[slot] = oldAfters[s];
                counts[slot] = oldCounts[s];
            }
        }
    }
}
