package dev.headroom.internal.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers the distinct shapes (token arrays) of {@link TemplateMiner} in order of first occurrence, without
 * building a key string per line. Two shapes are the same when they have as many tokens and the same tokens
 * joined by {@code U+0001} (the key the miner always used: a token holding {@code U+0001} may join like
 * another split), so the ids are those of that key. Open addressing over the join's {@link String#hashCode},
 * composed from the tokens' own (cached) hash codes. Not thread-safe: one table per mining.
 */
final class ShapeTable {

    private static final char SEPARATOR = '\u0001';

    private final List<String[]> shapes = new ArrayList<>();
    private int[] slots; // shape id + 1, 0 = empty
    private int[] hashes;

    ShapeTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[capacity];
        hashes = new int[capacity];
    }

    /** The id of {@code shape}, a new one (the next in order) when it was not seen. */
    int idOf(String[] shape) {
        return idOf(shape, shape.length, false);
    }

    /**
     * The id of the shape held in the first {@code size} tokens of {@code buffer}, which the caller reuses: copied
     * only when the shape is new (most lines repeat a shape).
     */
    int idOfCopy(String[] buffer, int size) {
        return idOf(buffer, size, true);
    }

    private int idOf(String[] shape, int size, boolean copy) {
        int hash = hash(shape, size);
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        while (slots[slot] != 0) {
            if (hashes[slot] == hash && same(shapes.get(slots[slot] - 1), shape, size)) {
                return slots[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        int id = shapes.size();
        shapes.add(copy ? Arrays.copyOf(shape, size) : shape);
        slots[slot] = id + 1;
        hashes[slot] = hash;
        if (2 * shapes.size() > slots.length) {
            grow();
        }
        return id;
    }

    int size() {
        return shapes.size();
    }

    /** The shapes by id (the first of each). */
    List<String[]> shapes() {
        return shapes;
    }

    private void grow() {
        int[] oldHashes = hashes;
        int[] oldSlots = slots;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int s = 0; s < oldSlots.length; s++) {
            if (oldSlots[s] != 0) {
                int slot = mix(oldHashes[s]) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[s];
                hashes[slot] = oldHashes[s];
            }
        }
    }

    /** {@code String.join("\u0001", shape).hashCode()} plus the token count, without the join (first {@code size} tokens). */
    private static int hash(String[] shape, int size) {
        int h = 0;
        for (int k = 0; k < size; k++) {
            if (k > 0) {
                h = 31 * h + SEPARATOR;
            }
            h = h * pow31(shape[k].length()) + shape[k].hashCode();
        }
        return 31 * h + size;
    }

    private static int pow31(int exponent) {
        int result = 1;
        int base = 31;
        for (int e = exponent; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
        }
        return result;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Whether a stored shape is the first {@code size} tokens of {@code b}. */
    private static boolean same(String[] a, String[] b, int size) {
        if (a.length != size) {
            return false;
        }
        if (Arrays.equals(a, 0, size, b, 0, size)) {
            return true;
        }
        String[] other = b.length == size ? b : Arrays.copyOf(b, size);
        return (holdsSeparator(a) || holdsSeparator(other)) && String.join("\u0001", a).equals(String.join("\u0001", other));
    }

    private static boolean holdsSeparator(String[] shape) {
        for (String token : shape) {
            if (token.indexOf(SEPARATOR) >= 0) {
                return true;
            }
        }
        return false;
    }
}
