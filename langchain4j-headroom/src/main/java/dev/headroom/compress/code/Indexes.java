package dev.headroom.compress.code;

import java.util.Arrays;

/** A growing list of line indexes, without boxing (an outline of a large file keeps thousands). Not thread-safe. */
final class Indexes {

    private int[] values = new int[64];
    private int size;

    void add(int index) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = index;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
