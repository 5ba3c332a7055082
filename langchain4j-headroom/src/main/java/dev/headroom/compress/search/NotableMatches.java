package dev.headroom.compress.search;

import dev.headroom.compress.WorkBudget;
import dev.headroom.internal.CharClass;
import dev.headroom.internal.template.LineTemplates;
import dev.headroom.internal.template.Severity;
import dev.headroom.internal.template.TemplateMiner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Matches that say something the other matches do not, in search results that repeat themselves: a linter's
 * report or a grep over logs is a few message templates over and over, and the one error among hundreds of
 * conventions, or the message seen once, is what the reader needs. A match is notable when its text (after
 * {@code path:line:}) holds a problem ({@link Severity}; the first of each template family, when problems are
 * a minority of the matches) or belongs to a rare template (seen in at most one match in {@value #RARE_SHARE}).
 * Results whose matches are mostly distinct (a grep over source code: every line its own template) have no
 * such signal, and get none. At most {@code limit} matches, problems first, then the rarest; deterministic.
 */
final class NotableMatches {

    /** Matches per template below which rarity means nothing (every line is its own template). */
    static final int MIN_MATCHES_PER_TEMPLATE = 4;
    /** A template is rare when it occurs once or in at most one match in this many. */
    static final int RARE_SHARE = 200;

    private NotableMatches() {}

    /** The notable match lines (indices into {@code lines}), at most {@code limit}, in line order. */
    static List<Integer> of(String[] lines, boolean[] isMatch, int limit, WorkBudget budget) {
        List<Integer> matchLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (isMatch[i]) {
                matchLines.add(i);
            }
        }
        int m = matchLines.size();
        if (m == 0 || limit <= 0) {
            return List.of();
        }
        String[] texts = new String[m];
        for (int k = 0; k < m; k++) {
            texts[k] = textOf(lines[matchLines.get(k)]);
        }
        // each family is at least one template: past m / MIN_MATCHES_PER_TEMPLATE families the templates are not written
        LineTemplates mined = TemplateMiner.mine(texts, new int[m], budget, m / MIN_MATCHES_PER_TEMPLATE);
        if (mined == null || mined.count() * MIN_MATCHES_PER_TEMPLATE > m) {
            return List.of();
        }
        List<Integer> chosen = new ArrayList<>();
        boolean[] taken = new boolean[m];
        int problems = 0;
        for (String text : texts) {
            problems += Severity.isProblem(text) ? 1 : 0;
        }
        if (problems * MIN_MATCHES_PER_TEMPLATE <= m) {
            boolean[] familyShown = new boolean[mined.families()];
            for (int k = 0; k < m && chosen.size() < limit; k++) {
                int family = mined.family(mined.templateOf(k));
                if (!familyShown[family] && Severity.isProblem(texts[k])) {
                    familyShown[family] = true;
                    taken[k] = true;
                    chosen.add(matchLines.get(k));
                }
            }
        }
        int rareMax = Math.max(1, m / RARE_SHARE);
        Integer[] templates = new Integer[mined.count()];
        for (int t = 0; t < templates.length; t++) {
            templates[t] = t;
        }
        Arrays.sort(templates, (a, b) -> mined.occurrences(a) != mined.occurrences(b)
                ? Integer.compare(mined.occurrences(a), mined.occurrences(b)) : Integer.compare(a, b));
        for (int t : templates) {
            if (chosen.size() >= limit || mined.occurrences(t) > rareMax) {
                break;
            }
            int first = mined.first(t);
            if (!taken[first]) {
                taken[first] = true;
                chosen.add(matchLines.get(first));
            }
        }
        chosen.sort(null);
        return chosen;
    }

    /** The text of a match: what follows {@code path:line:} (or {@code line:} under a heading) and a column. */
    static String textOf(String line) {
        int pathEnd = SearchCompressor.matchPathEnd(line);
        int i = pathEnd > 0 ? pathEnd + 1 : 0;
        for (int field = 0; field < 2; field++) {
            int d = i;
            while (d < line.length() && CharClass.isDigit(line.charAt(d))) {
                d++;
            }
            if (d == i || d >= line.length() || line.charAt(d) != ':' && line.charAt(d) != '-') {
                break;
            }
            i = d + 1;
        }
        return line.substring(i).strip();
    }
}
