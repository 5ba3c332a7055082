package dev.headroom.relevance;

import dev.headroom.internal.CharClass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into lowercase terms for BM25, so that questions match as people ask them:
 * <ul>
 *   <li>runs of letters or digits ({@code _} included), each a term as written; an inflected plain word
 *       also brings its {@link Stems base forms} as aliases, so {@code upgraded} and {@code upgrade} meet while
 *       exact spellings still score highest;</li>
 *   <li>the whole run of an identifier-like token ({@code i-0abc123}, {@code eu-west-3a}, {@code m5.large},
 *       {@code ORD-417}, {@code 2.17.1}) as written, so exact ids and versions match as one term as well as
 *       by their parts; a version written {@code v2.17.1} also as {@code 2.17.1};</li>
 *   <li>in a run joined by colons ({@code src/a.py:12}, {@code com.fasterxml.jackson.core:jackson-databind:jar:2.17.1}),
 *       each colon-separated segment ({@code src/a.py}, {@code jackson-databind}, {@code 2.17.1});</li>
 *   <li>in a path, every suffix after a {@code /} or {@code \}: {@code Lib/asyncio/tasks.py} also yields
 *       {@code asyncio/tasks.py} and the base name {@code tasks.py}, so a file named by base name, full or
 *       partial path matches (its base name without extension, {@code tasks}, is one of the parts).</li>
 * </ul>
 * Deterministic and locale-independent.
 */
public final class Terms {

    /** A part of one character in a hyphen-joined word ({@code e-mail}), compiled once. */
    private static final Pattern ONE_LETTER_PART = Pattern.compile(".*(^|-)[^-](-|$).*");

    private Terms() {}

    /** The terms as written (lowercase, no aliases), in order of appearance, repeats included. */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        TermScanner.scan(text, (term, alias) -> {
            if (!alias) {
                terms.add(term);
            }
        });
        return terms;
    }

    /** The aliases of one word: the base forms it may be an inflection of ({@code upgraded} → {@code upgrade}, ...). */
    public static List<String> aliases(String word) {
        return Stems.aliases(word.toLowerCase(Locale.ROOT), word);
    }

    public static List<String> distinct(String text) {
        return new ArrayList<>(new LinkedHashSet<>(of(text)));
    }

    /**
     * Whether a query term names one thing rather than asks: it mixes digits with letters or separators
     * and is not short ({@code 01hf3xk9qz}, {@code sess_0d41e2b7c9}, {@code 2.17.1}, {@code sku-13702}), is
     * a path ({@code config/rate-limits.yaml}), a snake_case or kebab-case identifier ({@code legacy_checkout},
     * {@code orders-worker}, {@code jackson-databind}), or a file name with an extension ({@code template_cache.go}).
     */
    public static boolean isName(String term) {
        boolean digit = false;
        boolean letter = false;
        boolean joiner = false;
        boolean slash = false;
        for (int k = 0; k < term.length(); k++) {
            char c = term.charAt(k);
            digit |= CharClass.isDigit(c);
            letter |= CharClass.isLetter(c);
            joiner |= c == '.' || c == '-' || c == '_' || c == ':';
            slash |= c == '/' || c == '\\';
        }
        if (digit) {
            return term.length() >= 5 || (joiner && term.length() >= 3);
        }
        if (slash && letter) {
            return true;
        }
        if (isSnakeCase(term) || isKebabCase(term)) {
            return true; // a flag, column, setting or function (legacy_checkout); a deployment, package or branch (orders-worker)
        }
        int dot = term.lastIndexOf('.');
        return letter && dot > 0 && term.length() - dot - 1 >= 1 && term.length() - dot - 1 <= 5 && dot < term.length() - 1
                && CharClass.isLetter(term.charAt(dot + 1));
    }

    /** Letters joined by underscores, at least 6 characters: {@code legacy_checkout}, {@code user_id}. */
    static boolean isSnakeCase(String term) {
        return isJoinedLetters(term, '_');
    }

    /**
     * Letters joined by hyphens, at least 6 characters, no one-letter part: {@code orders-worker},
     * {@code jackson-databind}; not {@code e-mail}.
     */
    static boolean isKebabCase(String term) {
        return isJoinedLetters(term, '-') && !ONE_LETTER_PART.matcher(term).matches();
    }

    private static boolean isJoinedLetters(String term, char joiner) {
        if (term.length() < 6 || term.charAt(0) == joiner || term.charAt(term.length() - 1) == joiner || term.indexOf(joiner) < 0) {
            return false;
        }
        for (int k = 0; k < term.length(); k++) {
            char c = term.charAt(k);
            if (c != joiner && !CharClass.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The terms of a question that name one thing ({@link #isName}), lower case, distinct, in order: what a
     * compressor must keep every holder of, not only the best-scoring ones.
     */
    public static List<String> names(String query) {
        List<String> candidates = new ArrayList<>();
        for (String term : distinct(query)) {
            if (isName(term)) {
                candidates.add(term);
            }
        }
        // a part of a name the question gives (the base name of "asyncio/__init__.py") is not a name of its own
        List<String> names = new ArrayList<>(candidates.size());
        for (String term : candidates) {
            boolean part = false;
            for (String other : candidates) {
                part |= other.length() > term.length() && other.contains(term);
            }
            if (!part) {
                names.add(term);
            }
        }
        // legacy_checkout is the flag, drop-legacy-checkout the branch that removed it: one identifier, two spellings
        for (int k = 0, n = names.size(); k < n; k++) {
            String name = names.get(k);
            String other = isSnakeCase(name) ? name.replace('_', '-') : isKebabCase(name) ? name.replace('-', '_') : null;
            if (other != null && !names.contains(other)) {
                names.add(other);
            }
        }
        return names;
    }

    /**
     * The camelCase identifiers of a question as the user wrote them, lower case, distinct, in order ({@code
     * TaxCalculator}, {@code getItems}): a class, file or function it names, which {@link #names} cannot tell from a
     * word once lower-cased.
     */
    public static List<String> camelCaseNames(String query) {
        List<String> out = new ArrayList<>();
        int n = query.length();
        int i = 0;
        while (i < n) {
            while (i < n && !CharClass.isLetterOrDigit(query.charAt(i))) {
                i++;
            }
            int start = i;
            boolean hump = false;
            while (i < n && CharClass.isLetterOrDigit(query.charAt(i))) {
                hump |= i > start && CharClass.isUpperCase(query.charAt(i)) && CharClass.isLowerCase(query.charAt(i - 1));
                i++;
            }
            String word = hump && i - start >= 6 ? query.substring(start, i).toLowerCase(Locale.ROOT) : null;
            if (word != null && !out.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * Whether the text holds one of the names (lower-case {@link #names}) as written, ignoring case, not as part of a
     * longer word: {@code orders-worker} is held by {@code orders-worker-7f9c4} and {@code drop-orders-worker}, not by
     * {@code orders-workers}; {@code 2.17.1} not by {@code 2.17.10}.
     */
    public static boolean holdsAny(String text, List<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (holds(lower, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names that at most {@code limit} of the documents hold ({@link #holdsAny}): a name most lines hold (the
     * service whose log this is) selects nothing, so its lines get no more room than any question word's.
     */
    public static List<String> heldByAtMost(List<String> names, List<String> documents, int limit) {
        List<String> selective = new ArrayList<>(names.size());
        for (String name : names) {
            List<String> one = List.of(name);
            int holders = 0;
            for (int i = 0; i < documents.size() && holders <= limit; i++) {
                holders += holdsAny(documents.get(i), one) ? 1 : 0;
            }
            if (holders <= limit) {
                selective.add(name);
            }
        }
        return selective;
    }

    /** Whether the lower-case text holds the name with no letter or digit right before or after it. */
    static boolean holds(String lower, String name) {
        for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !CharClass.isLetterOrDigit(lower.charAt(at - 1)))
                    && (end == lower.length() || !CharClass.isLetterOrDigit(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
