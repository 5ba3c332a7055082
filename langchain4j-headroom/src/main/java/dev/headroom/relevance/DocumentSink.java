package dev.headroom.relevance;

import java.util.List;
import java.util.Locale;

/**
 * Counts one document's terms, and the frequencies of the wanted entries ({@link #frequencies}). One instance
 * serves all documents of one question ({@link #reset} between them) and remembers, per word as written, the
 * wanted entries of its aliases: the same words recur in every item or line, and working out their aliases is the
 * costliest step of a scan. Not thread-safe.
 */
final class DocumentSink implements TermScanner.Sink {
    private static final int[] NONE = new int[0];

    private final WantedTerms wanted;
    int length;
    /** The document's count per wanted entry (0 for most), and which entries it counted, in first-counted order. */
    private final int[] counts;
    private final int[] counted;
    private int countedEntries;
    /** Words as written (open addressing by {@code String#hashCode}, linear probing) and their alias entries' ids. */
    private String[] words = new String[64];
    private int[][] aliasIds = new int[64][];
    private int remembered;
    /** While {@link #recording}: the ids counted so far (after a slot for the length), and how many. */
    private int[] log;
    private int logged;
    private int[] scratch = new int[16];
    /** The recordings of parts that counted no wanted entry, by their number of terms; never modified. */
    private final int[][] lengthOnly = new int[16][];

    DocumentSink(WantedTerms wanted) {
        this.wanted = wanted;
        this.counts = new int[wanted.size()];
        this.counted = new int[wanted.size()];
    }

    void reset() {
        for (int k = 0; k < countedEntries; k++) {
            counts[counted[k]] = 0;
        }
        countedEntries = 0;
        length = 0;
    }

    /**
     * The document's frequencies of the wanted entries it holds, as pairs {@code id, count} by ascending id; {@code null}
     * when it holds none. Most documents hold a few of the question's entries: pairs, not an array per entry.
     */
    int[] frequencies() {
        if (countedEntries == 0) {
            return null;
        }
        int[] pairs = new int[2 * countedEntries];
        for (int k = 0; k < countedEntries; k++) {
            int id = counted[k];
            int at = 2 * k;
            while (at > 0 && pairs[at - 2] > id) { // insertion by id: a handful of entries
                pairs[at] = pairs[at - 2];
                pairs[at + 1] = pairs[at - 1];
                at -= 2;
            }
            pairs[at] = id;
            pairs[at + 1] = counts[id];
        }
        return pairs;
    }

    @Override
    public void asWritten(int id) {
        length++;
        count(id);
    }

    @Override
    public void term(String term, boolean alias) {
        if (!alias) {
            length++;
        }
        count(wanted.idOf(alias ? Bm25.ALIAS + term : term));
    }

    @Override
    public void aliasesOf(String text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k);
        }
        int mask = words.length - 1;
        int at = (h ^ (h >>> 16)) & mask;
        for (String word = words[at]; word != null; word = words[at]) {
            if (word.length() == to - from && text.startsWith(word, from)) {
                for (int id : aliasIds[at]) {
                    count(id);
                }
                return;
            }
            at = (at + 1) & mask;
        }
        String original = text.substring(from, to);
        List<String> aliases = Stems.aliases(original.toLowerCase(Locale.ROOT), original);
        int[] ids = aliases.isEmpty() ? NONE : new int[aliases.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = wanted.idOf(Bm25.ALIAS + aliases.get(k));
            count(ids[k]);
        }
        remember(original, ids);
    }

    private void remember(String word, int[] ids) {
        if (2 * (remembered + 1) > words.length) {
            String[] oldWords = words;
            int[][] oldIds = aliasIds;
            words = new String[oldWords.length * 2];
            aliasIds = new int[oldWords.length * 2][];
            remembered = 0;
            for (int k = 0; k < oldWords.length; k++) {
                if (oldWords[k] != null) {
                    remember(oldWords[k], oldIds[k]);
                }
            }
        }
        int h = word.hashCode();
        int mask = words.length - 1;
        int at = (h ^ (h >>> 16)) & mask;
        while (words[at] != null) {
            at = (at + 1) & mask;
        }
        words[at] = word;
        aliasIds[at] = ids;
        remembered++;
    }

    /**
     * Runs a scan and returns what it counted: the terms as written first, then the ids counted, in order; {@link
     * #replay} counts the same again.
     */
    int[] recording(Runnable scan) {
        int lengthBefore = length;
        log = scratch;
        logged = 1;
        scan.run();
        scratch = log; // kept for the next recording: one buffer per sink, not one per part
        log = null;
        int terms = length - lengthBefore;
        if (logged == 1 && terms < lengthOnly.length) {
            // most parts count no wanted entry: one shared answer per length
            if (lengthOnly[terms] == null) {
                lengthOnly[terms] = new int[] {terms};
            }
            return lengthOnly[terms];
        }
        int[] counted = java.util.Arrays.copyOf(scratch, logged);
        counted[0] = terms;
        return counted;
    }

    void replay(int[] counted) {
        length += counted[0];
        for (int k = 1; k < counted.length; k++) {
            count(counted[k]);
        }
    }

    private void count(int id) {
        if (id >= 0) {
            if (counts[id]++ == 0) {
                counted[countedEntries++] = id;
            }
            if (log != null) {
                if (logged == log.length) {
                    log = java.util.Arrays.copyOf(log, 2 * logged);
                }
                log[logged++] = id;
            }
        }
    }
}
