package dev.headroom.relevance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The entries a question can match ({@link Bm25}), numbered, so that a scan of a document builds no text for its
 * terms as written (each is looked up by its characters) and works out aliases only for words that may have a
 * wanted one. A filter, never a change: every term is reported, a wanted one by the id of the entry an unfiltered
 * scan's text would equal. Immutable.
 */
final class WantedTerms {
    private final Map<String, Integer> ids;
    private final String[] entries;
    /**
     * The entries as written (no alias mark) by {@code String#hashCode}: an open-addressing table (linear probing,
     * a power of two at least twice their number) of their hashes and ids, {@code -1} in an empty slot's id. Looked
     * up for every word of every document.
     */
    private final int[] slotHashes;
    private final int[] slotIds;
    /**
     * The first two characters of every alias entry, when both are ASCII (every alias of a word starts with the
     * word's first two, and only ASCII words have aliases), as bits {@code 128 * first + second}; {@code null} when
     * there is none.
     */
    private final long[] aliasPrefixes;

    /**
     * Per first character (ASCII), the lengths of the entries as written that start with it, as bits (63 for 63 and
     * more): most words of a document share neither with any entry and are dismissed before they are hashed;
     * {@code null} when an entry is not all ASCII. With ASCII entries only, a word that equals one in lower case has
     * its length (a character whose lower case is longer, {@code U+0130}, yields a non-ASCII one).
     */
    private final long[] lengthsByFirst;

    private WantedTerms(Map<String, Integer> ids, int[] hashes, int[] hashIds, long[] aliasPrefixes) {
        this.ids = ids;
        this.entries = ids.keySet().toArray(new String[0]);
        int slots = Integer.highestOneBit(Math.max(1, hashes.length) * 2) * 2;
        this.slotHashes = new int[slots];
        this.slotIds = new int[slots];
        Arrays.fill(slotIds, -1);
        for (int k = 0; k < hashes.length; k++) {
            int at = slot(hashes[k]);
            while (slotIds[at] >= 0) {
                at = (at + 1) & (slots - 1);
            }
            slotHashes[at] = hashes[k];
            slotIds[at] = hashIds[k];
        }
        this.aliasPrefixes = aliasPrefixes;
        long[] lengths = new long[128];
        for (int id : hashIds) {
            String entry = entries[id];
            for (int k = 0; k < entry.length() && lengths != null; k++) {
                if (entry.charAt(k) >= 128) {
                    lengths = null;
                }
            }
            if (lengths != null && !entry.isEmpty()) {
                lengths[entry.charAt(0)] |= 1L << Math.min(63, entry.length());
            }
        }
        this.lengthsByFirst = lengths;
    }

    /**
     * @param forms      the entries of every question word ({@code Bm25}'s query forms)
     * @param aliasMark  the prefix that marks an alias entry
     */
    static WantedTerms of(List<List<String>> forms, char aliasMark) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        long[] aliasPrefixes = null;
        for (List<String> word : forms) {
            for (String entry : word) {
                if (ids.putIfAbsent(entry, ids.size()) == null && !entry.isEmpty() && entry.charAt(0) == aliasMark
                        && entry.length() >= 3 && entry.charAt(1) < 128 && entry.charAt(2) < 128) {
                    if (aliasPrefixes == null) {
                        aliasPrefixes = new long[128 * 128 / 64];
                    }
                    int bit = 128 * entry.charAt(1) + entry.charAt(2);
                    aliasPrefixes[bit >>> 6] |= 1L << bit;
                }
            }
        }
        List<long[]> asWritten = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            if (e.getKey().isEmpty() || e.getKey().charAt(0) != aliasMark) {
                asWritten.add(new long[] {e.getKey().hashCode(), e.getValue()});
            }
        }
        asWritten.sort((x, y) -> Long.compare(x[0], y[0]));
        int[] hashes = new int[asWritten.size()];
        int[] hashIds = new int[asWritten.size()];
        for (int k = 0; k < hashes.length; k++) {
            hashes[k] = (int) asWritten.get(k)[0];
            hashIds[k] = (int) asWritten.get(k)[1];
        }
        return new WantedTerms(ids, hashes, hashIds, aliasPrefixes);
    }

    /** How many entries there are (ids are {@code 0 .. size() - 1}). */
    int size() {
        return ids.size();
    }

    /** The id of an entry, or {@code -1}. */
    int idOf(String entry) {
        Integer id = ids.get(entry);
        return id == null ? -1 : id;
    }

    /** The id of the entry equal to {@code text[from, to)} in lower case ({@link Locale#ROOT}), or {@code -1}. */
    int find(String text, int from, int to) {
        char first = text.charAt(from);
        if (lengthsByFirst != null && first < 128
                && (lengthsByFirst[lowerAscii(first)] & 1L << Math.min(63, to - from)) == 0) {
            return -1; // no entry as written starts with this character at this length
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return idOf(text.substring(from, to).toLowerCase(Locale.ROOT)); // lower case may change the length
            }
            h = 31 * h + lowerAscii(c);
        }
        // entries are distinct: at most one equals the word, whatever the probing order
        for (int at = slot(h); slotIds[at] >= 0; at = (at + 1) & (slotIds.length - 1)) {
            if (slotHashes[at] == h && equalsLowerAscii(entries[slotIds[at]], text, from, to)) {
                return slotIds[at];
            }
        }
        return -1;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) * 0x9E3779B9 >>> 7 & (slotIds.length - 1);
    }

    private static boolean equalsLowerAscii(String entry, String text, int from, int to) {
        if (entry.length() != to - from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (entry.charAt(k - from) != lowerAscii(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word {@code text[from, to)} may have a wanted alias: only plain ASCII words of four letters or
     * more have aliases ({@link Stems}), each starting with the word's first two letters in lower case.
     */
    boolean mayAlias(String text, int from, int to) {
        if (to - from < 4 || aliasPrefixes == null) {
            return false;
        }
        char a = text.charAt(from);
        char b = text.charAt(from + 1);
        if (a >= 128 || b >= 128) {
            return false; // not a plain ASCII word: no aliases
        }
        int bit = 128 * lowerAscii(a) + lowerAscii(b);
        return (aliasPrefixes[bit >>> 6] & 1L << bit) != 0;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
