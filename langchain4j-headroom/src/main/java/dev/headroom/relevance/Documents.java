package dev.headroom.relevance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The documents of one {@link Bm25} index: plain texts, or texts made of parts (a JSON item's member names and
 * values), each part followed by one space. A space ends every term and joins none ({@link Terms}), and no name a
 * question gives holds one, so a document made of parts is read part by part with the figures its whole text
 * gives; and the parts recur (every item has the same member names, most values repeat), so what a part holds is
 * worked out once per distinct part and question (a lookup costs less than reading even a short part). Immutable;
 * the memo lives in one question's {@link Reading}.
 */
final class Documents {

    private final String[][] parts;
    private final boolean recurring;

    private Documents(String[][] parts, boolean recurring) {
        this.parts = parts;
        this.recurring = recurring;
    }

    /** One part per document: its whole text. */
    static Documents plain(String[] texts) {
        String[][] parts = new String[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            parts[i] = new String[] {texts[i]};
        }
        return new Documents(parts, false);
    }

    /** Documents whose text is their parts, each followed by a space. */
    static Documents ofParts(List<String[]> documents) {
        return new Documents(documents.toArray(new String[0][]), true);
    }

    /**
     * Whether the part may hold the name: not when it is shorter, and in lower case too (only U+0130 lengthens: to two
     * characters).
     */
    private static boolean mayHold(String part, String name) {
        if (part.length() >= name.length()) {
            return true;
        }
        return part.indexOf('\u0130') >= 0;
    }

    int size() {
        return parts.length;
    }

    /** Reads the documents for one question. Not thread-safe: one per question. */
    Reading reading() {
        return new Reading();
    }

    final class Reading {
        private final Map<String, int[]> terms = recurring ? new HashMap<>(256) : null;
        /**
         * Parts seen once and not remembered yet, direct-mapped by hash: a part is remembered the second time it is
         * seen, so the many that occur once (ids, names, prices) cost no entry; a collision only costs a scan.
         */
        private final String[] seenOnce = recurring ? new String[1024] : null;
        /** The name {@link #holds} looks for, and what recurring parts answered, direct-mapped by hash, by identity. */
        private String heldName;
        private String[] heldParts;
        private boolean[] heldAnswers;

        /** Counts the terms of document {@code i} into the sink (reset first). */
        void scan(int i, DocumentSink sink, WantedTerms wanted) {
            for (String part : parts[i]) {
                if (terms == null) {
                    TermScanner.scan(part, sink, wanted);
                    continue;
                }
                int[] counted = terms.get(part);
                if (counted != null) {
                    sink.replay(counted);
                } else if (secondSight(part)) {
                    terms.put(part, sink.recording(() -> TermScanner.scan(part, sink, wanted)));
                } else {
                    TermScanner.scan(part, sink, wanted);
                }
            }
        }

        /** Whether the part was seen once before; else notes it as seen. */
        private boolean secondSight(String part) {
            int h = part.hashCode();
            int slot = (h ^ (h >>> 16)) & (seenOnce.length - 1);
            if (part.equals(seenOnce[slot])) {
                return true;
            }
            seenOnce[slot] = part;
            return false;
        }

        /** Whether document {@code i} holds the name ({@link Terms#holdsAny} of the one name). */
        boolean holds(int i, String name) {
            for (String part : parts[i]) {
                if (mayHold(part, name) && (recurring ? holdsRecurring(part, name) : holdsPart(part, name))) {
                    return true;
                }
            }
            return false;
        }

        private boolean holdsRecurring(String part, String name) {
            if (!name.equals(heldName)) {
                heldName = name;
                heldParts = new String[512];
                heldAnswers = new boolean[512];
            }
            int slot = part.hashCode() & (heldParts.length - 1);
            if (heldParts[slot] != part) {
                heldParts[slot] = part;
                heldAnswers[slot] = holdsPart(part, name);
            }
            return heldAnswers[slot];
        }

        private static boolean holdsPart(String part, String name) {
            return Terms.holds(part.toLowerCase(Locale.ROOT), name);
        }
    }
}
