package dev.headroom.compress.lines;

import dev.headroom.compress.Lines;
import dev.headroom.internal.template.LineTemplates;
import java.util.Arrays;

/**
 * Records in line-oriented output: blocks that each start with a line of one template, after a blank line
 * ({@code commit <sha>} in {@code git log}, {@code Start-Date: …} in apt's history, a directory heading in
 * {@code ls -R}) or drawn as a rule ({@code *** 3. row ***} in MySQL's vertical output, {@code === node 2 ===}).
 * A line shown out of its block means little without the block's head, so the head is shown with it (and,
 * when the head is only a rule and a number, the record's first line, which names it); a small block that
 * matches the question is shown whole.
 */
final class RecordHeads {

    /** Heads of a template must start a block (follow a blank line or open the output) this often. */
    static final int HEAD_AFTER_BLANK_PERCENT = 80;
    /** A template needs at least this many lines to be taken for record heads. */
    static final int MIN_RECORDS = 3;
    /** A record of at most this many lines is shown whole when one of its lines matches the question. */
    static final int SMALL_RECORD_LINES = 8;
    /** A record the question names (an id or name in its lines) is shown whole up to this many lines. */
    static final int NAMED_RECORD_LINES = 24;
    /** How far into a longer record its title (head to the first line after a blank) is looked for. */
    static final int TITLE_LINES = 6;
    /** A head with a run of this many letters names its record ({@code row}, {@code No} do not). */
    static final int NAME_LETTERS = 4;

    private RecordHeads() {}

    /**
     * For every line, the index of the head line of its record, or -1 (before the first record, or no
     * records found). The head template is the most frequent unindented template whose lines start blocks.
     */
    static int[] of(String[] lines, LineTemplates mined) {
        int n = lines.length;
        int templates = mined.count();
        int[] occurrences = new int[templates];
        int[] afterBlank = new int[templates];
        for (int i = 0; i < n; i++) {
            int t = mined.templateOf(i);
            occurrences[t]++;
            if (i == 0 || Lines.isBlank(lines[i - 1])) {
                afterBlank[t]++;
            }
        }
        int head = -1;
        for (int t = 0; t < templates; t++) {
            String first = lines[mined.first(t)];
            boolean candidate = occurrences[t] >= MIN_RECORDS && !first.isEmpty() && !Character.isWhitespace(first.charAt(0))
                    && (afterBlank[t] * 100 >= occurrences[t] * HEAD_AFTER_BLANK_PERCENT || isRule(first))
                    && occurrences[t] * 2 <= n;
            if (candidate && (head < 0 || occurrences[t] > occurrences[head])) {
                head = t;
            }
        }
        int[] heads = new int[n];
        Arrays.fill(heads, -1);
        if (head < 0) {
            return heads;
        }
        int current = -1;
        for (int i = 0; i < n; i++) {
            if (mined.templateOf(i) == head) {
                current = i;
            }
            heads[i] = current;
        }
        return heads;
    }

    /**
     * Keeps the head of the record of every kept line, and the line after a head that does not name its
     * record ({@code *** 42. row ***}: the record's first field does).
     */
    static void keepHeadsOfKept(String[] lines, int[] heads, boolean[] keep) {
        for (int i = 0; i < keep.length; i++) {
            int head = heads[i];
            if (keep[i] && head >= 0) {
                keep[head] = true;
                if (head + 1 < lines.length && heads[head + 1] == head && !namesItself(lines[head])) {
                    keep[head + 1] = true;
                }
            }
        }
    }

    /** A rule line: under half of its characters are letters or digits ({@code ***** 1. row *****}, {@code ---- a ----}). */
    static boolean isRule(String line) {
        int alnum = 0;
        for (int i = 0; i < line.length(); i++) {
            alnum += Character.isLetterOrDigit(line.charAt(i)) ? 1 : 0;
        }
        return line.length() >= 8 && alnum * 2 < line.length();
    }

    /** Whether a head line carries a name: a run of at least {@value #NAME_LETTERS} letters besides a few words. */
    private static boolean namesItself(String head) {
        int run = 0;
        int longest = 0;
        for (int i = 0; i < head.length(); i++) {
            run = Character.isLetter(head.charAt(i)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest >= NAME_LETTERS;
    }

    /**
     * Keeps the whole record of line {@code i} when it has at most {@value #SMALL_RECORD_LINES} lines (at most
     * {@value #NAMED_RECORD_LINES} when {@code named}: the line holds a name the question gives), else
     * its title: the head and the lines up to the first one after a blank line within the first
     * {@value #TITLE_LINES} ({@code commit}, {@code Author:}, {@code Date:} and the subject of a commit whose
     * file list matched), so a matching line says which record it is part of and what that record is.
     */
    static void keepRecordOf(String[] lines, int[] heads, int i, boolean[] keep, boolean named) {
        int head = heads[i];
        if (head < 0) {
            return;
        }
        int end = head + 1;
        while (end < heads.length && heads[end] == head) {
            end++;
        }
        if (end - head <= (named ? NAMED_RECORD_LINES : SMALL_RECORD_LINES)) {
            Arrays.fill(keep, head, end, true);
            return;
        }
        keep[head] = true;
        for (int k = head + 1; k < Math.min(end, head + TITLE_LINES); k++) {
            if (Lines.isBlank(lines[k - 1]) && !Lines.isBlank(lines[k])) {
                Arrays.fill(keep, head, k + 1, true);
                return;
            }
        }
    }
}
