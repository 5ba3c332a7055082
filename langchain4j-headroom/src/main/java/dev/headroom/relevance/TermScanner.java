package dev.headroom.relevance;

import dev.headroom.internal.CharClass;
import java.util.Locale;

/**
 * The scanner behind {@link Terms}: walks a text once and reports its terms to a {@link Sink}, by the rules in
 * {@link Terms}'s class comment, without building a list. BM25 scans every document through it, with a
 * {@link WantedTerms} filter so that only what the question can match costs a {@code String}. Deterministic and
 * locale-independent; stateless.
 */
final class TermScanner {

    private static final int MAX_TERM_LENGTH = 64;

    /** Receives each term, followed by its aliases (the base forms of an inflected word), if any. */
    interface Sink {
        void term(String term, boolean alias);

        /**
         * With a {@link WantedTerms} filter, a term as written, by its {@link WantedTerms#find id} ({@code -1}: not wanted) instead
         * of its text; aliases still come as {@link #term}.
         */
        default void asWritten(int id) {}

        /**
         * With a {@link WantedTerms} filter, the word {@code text[from, to)} may have a wanted alias: its aliases, each
         * as {@link #term}. A sink may answer from what it saw of the same word before.
         */
        default void aliasesOf(String text, int from, int to) {
            String original = text.substring(from, to);
            for (String alias : Stems.aliases(original.toLowerCase(Locale.ROOT), original)) {
                term(alias, true);
            }
        }
    }

    private TermScanner() {}

    /** Reports every term of the text, in order of appearance. */
    static void scan(String text, Sink sink) {
        scan(text, sink, null);
    }

    /**
     * Reports every term of the text, in order of appearance; with a {@link WantedTerms} filter, the terms as written by
     * their ids ({@link Sink#asWritten}), and aliases only of words that may have a wanted one (such an alias is
     * reported as it would be without a filter).
     */
    static void scan(String text, Sink sink, WantedTerms wanted) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            int parts = 0;
            int partStart = i;
            boolean colons = false;
            boolean slashes = false;
            while (i < n) {
                char c = text.charAt(i);
                if (!isWordChar(c)) {
                    if (!isJoiner(text, i)) {
                        break;
                    }
                    word(sink, text, partStart, i, wanted);
                    parts++;
                    partStart = i + 1;
                    colons |= c == ':';
                    slashes |= c == '/' || c == '\\';
                }
                i++;
            }
            if (start < i) {
                word(sink, text, partStart, i, wanted);
                if (parts > 0) {
                    identifier(sink, text, start, i, wanted, colons, slashes);
                }
            }
        }
    }

    /** A single word part, with its aliases when it is an inflected plain word. */
    private static void word(Sink sink, String text, int from, int to, WantedTerms wanted) {
        if (!fits(text, from, to)) {
            return;
        }
        if (wanted != null) {
            sink.asWritten(wanted.find(text, from, to));
            if (wanted.mayAlias(text, from, to)) {
                sink.aliasesOf(text, from, to);
            }
            return;
        }
        String original = text.substring(from, to);
        String lower = original.toLowerCase(Locale.ROOT);
        sink.term(lower, false);
        for (String alias : Stems.aliases(lower, original)) {
            sink.term(alias, true);
        }
    }

    /**
     * A joined run {@code [from, to)}: whole, by colon segments, by path suffixes, as a bare version. The run holds
     * only word chars and joiners, so the scan already knows whether it has colons and slashes.
     */
    private static void identifier(Sink sink, String text, int from, int to, WantedTerms wanted, boolean colons,
                                   boolean slashes) {
        exact(sink, text, from, to, wanted);
        if (!colons) {
            segment(sink, text, from, to, wanted, slashes);
            return;
        }
        int segmentStart = from;
        for (int k = from; k <= to; k++) {
            if (k == to || text.charAt(k) == ':') {
                joinedOnly(sink, text, segmentStart, k, wanted);
                segment(sink, text, segmentStart, k, wanted, slashes);
                segmentStart = k + 1;
            }
        }
    }

    /** Path suffixes and the bare version of one colon-free segment. */
    private static void segment(Sink sink, String text, int from, int to, WantedTerms wanted, boolean slashes) {
        for (int k = from; k < to && slashes; k++) {
            char c = text.charAt(k);
            if (c == '/' || c == '\\') {
                joinedOnly(sink, text, k + 1, to, wanted);
            }
        }
        char first = to - from >= 4 ? text.charAt(from) : ' ';
        if ((first == 'v' || first == 'V') && CharClass.isDigit(text.charAt(from + 1))) {
            boolean version = true;
            for (int k = from + 1; k < to && version; k++) {
                char c = text.charAt(k);
                version = CharClass.isDigit(c) || c == '.';
            }
            if (version) {
                joinedOnly(sink, text, from + 1, to, wanted);
            }
        }
    }

    /** The text as one exact term, when it holds a joiner (a lone word is already a part). */
    private static void joinedOnly(Sink sink, String text, int from, int to, WantedTerms wanted) {
        for (int k = from; k < to; k++) {
            if (!isWordChar(text.charAt(k))) {
                exact(sink, text, from, to, wanted);
                return;
            }
        }
    }

    private static void exact(Sink sink, String text, int from, int to, WantedTerms wanted) {
        if (fits(text, from, to)) {
            if (wanted != null) {
                sink.asWritten(wanted.find(text, from, to));
                return;
            }
            sink.term(text.substring(from, to).toLowerCase(Locale.ROOT), false);
        }
    }

    private static boolean fits(String text, int from, int to) {
        int length = to - from;
        if (length < 1 || length > MAX_TERM_LENGTH) {
            return false;
        }
        return length > 1 || CharClass.isDigit(text.charAt(from));
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return CharClass.isLetterOrDigit(c);
    }

    /** A '-', '.', '/', '\' or ':' between two word characters joins an identifier. */
    private static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        if (c != '-' && c != '.' && c != '/' && c != ':' && c != '\\') {
            return false;
        }
        return i > 0 && i + 1 < text.length() && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1));
    }
}
