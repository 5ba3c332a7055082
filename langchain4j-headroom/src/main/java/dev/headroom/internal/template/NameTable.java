package dev.headroom.internal.template;

import java.util.Arrays;
import java.util.Locale;

/**
 * The names {@link NamedNumbers} reads within one instance, one {@code String} per distinct lower-cased name (and per
 * name with an ordinal, {@code task#1}): a log repeats a few names ({@code task}, {@code stage}, {@code bytes})
 * thousands of times, and each would otherwise cost a substring, a lower-cased copy and a fresh hash in the maps of
 * {@link NumericOutliers} and {@link LevelShifts}. Looked up by the characters of the line's region (ASCII, which
 * {@code toLowerCase(Locale.ROOT)} maps by A–Z alone); a name with other characters is cut as before. Not
 * thread-safe: one per {@link NamedNumbers}.
 */
final class NameTable {

    private String[] names = new String[64];
    private int[] hashes = new int[64];
    /** Per slot, the name with ordinal k at index k - 1, made on first use. */
    private String[][] ordinals = new String[64][];
    private int size;

    /** {@code line[from, to)} lower-cased with {@link Locale#ROOT}: the same String each time for an ASCII name. */
    String name(String line, int from, int to) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            char c = line.charAt(k);
            if (c >= 128) {
                return line.substring(from, to).toLowerCase(Locale.ROOT);
            }
            hash = 31 * hash + lower(c);
        }
        int slot = slot(line, from, to, hash);
        if (names[slot] == null) {
            names[slot] = line.substring(from, to).toLowerCase(Locale.ROOT);
            hashes[slot] = hash;
            String name = names[slot];
            if (2 * ++size > names.length) {
                grow();
            }
            return name;
        }
        return names[slot];
    }

    /** {@code name#ordinal} ({@code ordinal} &gt; 0): made once per name of this table, else each time. */
    String withOrdinal(String name, int ordinal) {
        int slot = slot(name, 0, name.length(), name.hashCode()); // a lower-case name hashes as its lookup does
        if (names[slot] != name) {
            return name + "#" + ordinal;
        }
        String[] made = ordinals[slot];
        if (made == null || made.length < ordinal) {
            made = Arrays.copyOf(made == null ? new String[0] : made, Math.max(ordinal, NamedNumbers.MAX_NUMBERS));
            ordinals[slot] = made;
        }
        if (made[ordinal - 1] == null) {
            made[ordinal - 1] = name + "#" + ordinal;
        }
        return made[ordinal - 1];
    }

    /** The slot holding the region's name, or the empty slot where it goes. */
    private int slot(String line, int from, int to, int hash) {
        int mask = names.length - 1;
        int slot = mix(hash) & mask;
        while (names[slot] != null && !(hashes[slot] == hash && matches(names[slot], line, from, to))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static boolean matches(String name, String line, int from, int to) {
        if (name.length() != to - from) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if (name.charAt(k) != lower(line.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldNames = names;
        int[] oldHashes = hashes;
        String[][] oldOrdinals = ordinals;
        names = new String[oldNames.length * 2];
        hashes = new int[oldNames.length * 2];
        ordinals = new String[oldNames.length * 2][];
        int mask = names.length - 1;
        for (int s = 0; s < oldNames.length; s++) {
            if (oldNames[s] != null) {
                int slot = mix(oldHashes[s]) & mask;
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = oldNames[s];
                hashes[slot] = oldHashes[s];
                ordinals[slot] = oldOrdinals[s];
            }
        }
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
