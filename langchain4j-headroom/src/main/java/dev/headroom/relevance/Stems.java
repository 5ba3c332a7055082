package dev.headroom.relevance;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, conservative English suffix stripper, so that a question matches as people ask it:
 * "which packages were upgraded?" finds the {@code upgrade} lines, "failures" finds "failure". It never
 * changes a word: an inflected word gets the base forms it may come from as <em>aliases</em>
 * ({@code upgraded} → {@code upgrad}, {@code upgrade}; {@code failures} → {@code failure}), and a word
 * without an inflectional ending gets none ({@code upgrade}, {@code readTree}, {@code TarFile}). Applied the
 * same way to the query and to the documents, a question word matches a document word when either's
 * spelling or aliases meet the other's spelling or aliases; {@link Bm25} scores an exact spelling higher.
 *
 * <p>A number with a plural {@code s} ({@code 502s}) gets the number. Otherwise only words get aliases: ASCII
 * letters only, at least four, lowercase, Capitalized or ALL CAPS.
 * Ids, versions, paths, hex and camelCase identifiers ({@code ORD-417}, {@code v2.17.1}, {@code 0x1f},
 * {@code config_loader}, {@code getItems}) get none. Rules: {@code -ies}/{@code -ied} → {@code -y};
 * {@code -es} → without {@code s} and without {@code es}; {@code -s} (not {@code -ss}, {@code -us},
 * {@code -is}) → without {@code s}; then, on the word or its singular, {@code -ed} and {@code -ing} →
 * the stem, the stem with {@code e}, and the stem without a doubled final consonant
 * ({@code stopped} → {@code stop}, {@code warnings} → {@code warning}, {@code warn}).
 *
 * <p>Stateless, thread-safe, deterministic and locale-independent.
 */
final class Stems {

    private static final int MIN_LENGTH = 4;

    private Stems() {}

    /**
     * The base forms an inflected word may come from, in a fixed order, without the word itself; empty
     * for a word that is not a plain inflected word.
     *
     * @param lower    the word in lowercase
     * @param original the word as written (its case decides whether it is a camelCase identifier)
     */
    static List<String> aliases(String lower, String original) {
        if (isNumberPlural(lower)) {
            return List.of(lower.substring(0, lower.length() - 1));
        }
        if (lower.length() < MIN_LENGTH || !isPlainWord(original)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        String singular = null;
        int n = lower.length();
        if (n >= 5 && lower.endsWith("ies")) {
            singular = lower.substring(0, n - 3) + "y";
        } else if (lower.endsWith("es")) {
            add(out, lower.substring(0, n - 1));
            singular = lower.substring(0, n - 2);
        } else if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) {
            singular = lower.substring(0, n - 1);
        }
        if (singular != null) {
            add(out, singular);
        }
        verbForms(lower, out);
        if (singular != null && !singular.equals(lower)) {
            verbForms(singular, out);
        }
        return out;
    }

    /** A number of at least two digits with a plural {@code s}: "a burst of 502s", "the 1990s". */
    private static boolean isNumberPlural(String lower) {
        int n = lower.length();
        if (n < 3 || lower.charAt(n - 1) != 's') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (lower.charAt(i) < '0' || lower.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void verbForms(String w, List<String> out) {
        int n = w.length();
        String stem = null;
        if (n >= 5 && w.endsWith("ied")) {
            add(out, w.substring(0, n - 3) + "y");
            return;
        }
        if (n >= 4 && w.endsWith("ed")) {
            stem = w.substring(0, n - 2);
        } else if (n >= 5 && w.endsWith("ing")) {
            stem = w.substring(0, n - 3);
        }
        if (stem == null || stem.length() < 2) {
            return;
        }
        add(out, stem);
        add(out, stem + "e");
        int m = stem.length();
        if (m >= 3 && stem.charAt(m - 1) == stem.charAt(m - 2) && !isVowel(stem.charAt(m - 1))) {
            add(out, stem.substring(0, m - 1));
        }
    }

    private static void add(List<String> out, String alias) {
        if (alias.length() >= 2 && !out.contains(alias)) {
            out.add(alias);
        }
    }

    /** ASCII letters only, and lowercase, Capitalized or ALL CAPS (not camelCase). */
    static boolean isPlainWord(String w) {
        int upper = 0;
        boolean lowerSeen = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lowerSeen = true;
            } else if (c >= 'A' && c <= 'Z') {
                if (lowerSeen) {
                    return false; // a camelCase hump
                }
                upper++;
            } else {
                return false;
            }
        }
        return upper <= 1 || !lowerSeen;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
