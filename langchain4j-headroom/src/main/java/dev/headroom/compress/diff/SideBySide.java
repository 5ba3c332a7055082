package dev.headroom.compress.diff;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.Lines;
import dev.headroom.internal.CharClass;
import dev.headroom.relevance.RelevanceScorer;
import java.util.ArrayList;
import java.util.List;

/**
 * A side-by-side diff ({@code diff -y}, {@code sdiff}): each line holds the left file's line, a gutter and the
 * right file's line. A line whose two halves are equal is unchanged; the gutter marks the others ({@code |}
 * changed, {@code <} only left, {@code >} only right). Nothing in it looks like a unified diff, so without this
 * it is read as code or text and capped — and the differences, which are all it is asked about, are cut with the
 * rest. Shown: the first line, every changed line (up to twice {@code maxLines}; beyond, the first
 * {@code maxLines} and those that match the question best), each run of unchanged lines as one note with its
 * line numbers. Stateless, deterministic.
 */
final class SideBySide {

    /** What a line is. */
    enum Row { SAME, CHANGED, BLANK, OTHER }

    /** Sampled lines of which at least this share are equal halves or marked changes. */
    static final double MIN_SHARE = 0.8;
    /** Equal-halves lines a sample needs: a few differences alone are not a side-by-side diff. */
    static final int MIN_SAME = 3;

    private SideBySide() {}

    /** Whether these lines (a sample or all) are a side-by-side diff. */
    static boolean is(List<String> lines) {
        int same = 0;
        int changed = 0;
        int other = 0;
        for (int k = 0; k < lines.size(); k++) {
            switch (row(lines.get(k))) {
                case SAME -> same++;
                case CHANGED -> changed++;
                case OTHER -> other++;
                default -> { }
            }
            // stop once even equal halves on every line left could not make it (most samples are no such diff)
            int left = lines.size() - 1 - k;
            int best = same + changed + left;
            if (same + left < MIN_SAME || best < MIN_SHARE * (best + other)) {
                return false;
            }
        }
        int total = same + changed + other;
        return same >= MIN_SAME && same + changed >= MIN_SHARE * total;
    }

    /** Classifies one line. */
    static Row row(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return Row.BLANK;
        }
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!CharClass.isWhitespace(t.charAt(i))) {
                i++;
                continue;
            }
            int a = i;
            boolean wide = false;
            while (i < n && CharClass.isWhitespace(t.charAt(i))) {
                wide |= t.charAt(i) == '\t' || i > a;
                i++;
            }
            if (!wide) {
                continue;
            }
            // the gutter: a wide gap, then a marker and a gap (or the end), or two equal halves around the gap
            if (i < n && "|<>".indexOf(t.charAt(i)) >= 0 && (i + 1 == n || CharClass.isWhitespace(t.charAt(i + 1)))) {
                return Row.CHANGED;
            }
            if (t.regionMatches(0, t, i, n - i) && a == n - i) {
                return Row.SAME;
            }
        }
        // a line only on the right starts with the gap: "<spaces> > right"; only on the left ends with "<"
        if (CharClass.isWhitespace(line.charAt(0)) && (t.startsWith("> ") || t.startsWith(">\t") || t.equals(">"))
                || t.endsWith("<") && t.length() > 1 && CharClass.isWhitespace(t.charAt(t.length() - 2))) {
            return Row.CHANGED;
        }
        return Row.OTHER;
    }

    static CompressionResult compress(String content, String[] lines, CompressionContext context, RelevanceScorer scorer) {
        int n = lines.length;
        int maxLines = context.settings().maxLines();
        boolean[] keep = new boolean[n];
        keep[0] = true;
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Row row = row(lines[i]);
            if (row == Row.CHANGED || row == Row.OTHER) {
                changed.add(i);
            }
        }
        if (changed.size() <= 2 * maxLines) {
            changed.forEach(i -> keep[i] = true);
        } else {
            for (int k = 0; k < maxLines; k++) {
                keep[changed.get(k)] = true;
            }
            if (!context.query().isBlank()) {
                List<String> docs = new ArrayList<>(changed.size());
                changed.forEach(i -> docs.add(lines[i]));
                for (int k : scorer.matches(docs, context.query(), maxLines, 0.5, context.budget())) {
                    keep[changed.get(k)] = true;
                }
            }
        }
        String nl = Lines.newline(content);
        StringBuilder out = new StringBuilder();
        int omitted = 0;
        int omittedChanged = 0;
        int i = 0;
        while (i < n) {
            if (keep[i] || Lines.isBlank(lines[i])) {
                out.append(lines[i]).append(nl);
                i++;
                continue;
            }
            int start = i;
            int changes = 0;
            while (i < n && !keep[i] && !Lines.isBlank(lines[i])) {
                changes += row(lines[i]) == Row.SAME ? 0 : 1;
                i++;
            }
            omitted += i - start;
            omittedChanged += changes;
            out.append("… ").append(i - start).append(changes == 0 ? " unchanged" : "").append(i - start == 1 ? " line (" : " lines (")
                    .append(start + 1);
            if (i - start > 1) {
                out.append('-').append(i);
            }
            out.append(changes > 0 ? ", " + changes + " changed)" : ")").append(nl);
        }
        if (omitted == 0) {
            return CompressionResult.unchanged(content);
        }
        String what = omittedChanged == 0 ? "side-by-side diff: every changed line shown"
                : "side-by-side diff: " + omittedChanged + " changed lines not shown";
        out.append(Disclosure.line(omitted, n, "lines", what, context.handle()));
        return CompressionResult.lossy(out.toString(), content.length(), omitted, "diff:side-by-side");
    }
}
