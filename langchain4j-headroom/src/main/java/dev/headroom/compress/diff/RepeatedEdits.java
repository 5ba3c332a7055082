package dev.headroom.compress.diff;

import static dev.headroom.compress.diff.DiffLines.ADDED;
import static dev.headroom.compress.diff.DiffLines.REMOVED;

import dev.headroom.internal.CharClass;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The changed lines that repeat one edit across a diff: a rename ({@code log} → {@code LOG} in 200 lines of 20 files)
 * or a bumped version is one decision, and its lines crowd out the change that differs ({@code HALF_UP} →
 * {@code HALF_EVEN}). A removed line and the added line at the same place of its change block are an edit: the words
 * only the one has and the words only the other has; a changed line without a partner is its own edit. Stateless.
 */
final class RepeatedEdits {

    /** An edit made at least this many times is a repeated one. */
    static final int REPEATED = 3;

    private RepeatedEdits() {}

    /** Per line, whether it is a changed line whose edit the diff makes at least {@link #REPEATED} times. */
    static boolean[] of(String[] lines, byte[] type) {
        int n = lines.length;
        String[] edit = new String[n];
        int i = 0;
        while (i < n) {
            if (type[i] != REMOVED && type[i] != ADDED) {
                i++;
                continue;
            }
            int removedEnd = i;
            while (removedEnd < n && type[removedEnd] == REMOVED) {
                removedEnd++;
            }
            int addedEnd = removedEnd;
            while (addedEnd < n && type[addedEnd] == ADDED) {
                addedEnd++;
            }
            int removed = removedEnd - i;
            int added = addedEnd - removedEnd;
            for (int k = i; k < addedEnd; k++) {
                int partner = removed == added ? (k < removedEnd ? k + removed : k - removed) : -1;
                edit[k] = partner < 0 ? lines[k].charAt(0) + lines[k].substring(1).strip()
                        : k < removedEnd ? between(lines[k], lines[partner]) : between(lines[partner], lines[k]);
            }
            i = Math.max(addedEnd, i + 1);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String e : edit) {
            if (e != null) {
                counts.merge(e, 1, Integer::sum);
            }
        }
        boolean[] repeated = new boolean[n];
        for (int k = 0; k < n; k++) {
            repeated[k] = edit[k] != null && counts.get(edit[k]) >= REPEATED;
        }
        return repeated;
    }

    /** The words only the removed line has, then the words only the added line has. */
    private static String between(String removed, String added) {
        Set<String> before = words(removed);
        Set<String> after = words(added);
        Set<String> gone = new LinkedHashSet<>(before);
        gone.removeAll(after);
        Set<String> come = new LinkedHashSet<>(after);
        come.removeAll(before);
        return gone + ">" + come;
    }

    private static Set<String> words(String line) {
        Set<String> out = new LinkedHashSet<>();
        int n = line.length();
        int i = 1;
        while (i < n) {
            while (i < n && !CharClass.isLetterOrDigit(line.charAt(i)) && line.charAt(i) != '_') {
                i++;
            }
            int start = i;
            while (i < n && (CharClass.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out;
    }
}
