package dev.headroom.compress.lines;

import dev.headroom.compress.Lines;
import dev.headroom.internal.CharClass;
import dev.headroom.internal.template.LineTemplates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records in line-oriented output: blocks that each start with a line of one template, after a blank line
 * ({@code commit <sha>} in {@code git log}, {@code Start-Date: …} in apt's history, a directory heading in
 * {@code ls -R}) or drawn as a rule ({@code *** 3. row ***} in MySQL's vertical output, {@code === node 2 ===}).
 * Lines are of one kind when they share a template, or, where the template masked the line's leading key, when
 * they open with the same key ({@code Name:} in {@code kubectl describe}, whose many {@code Key: value} lines
 * share the template {@code * *}).
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
    /** Identity lines ({@code id}, {@code name}) kept of a longer record with a line matching the question. */
    static final int IDENTITY_LINES = 2;
    /** How far into a longer record its title (head to the first line after a blank) is looked for. */
    static final int TITLE_LINES = 6;
    /** A head with a run of this many letters names its record ({@code row}, {@code No} do not). */
    static final int NAME_LETTERS = 4;

    /** Prefix of the kind of a rule line whose template is masked (no key word starts with it). */
    private static final String RULE = "\u0001rule ";

    private RecordHeads() {}

    /**
     * For every line, the index of the head line of its record, or -1 (before the first record, or no
     * records found). The head template is the most frequent unindented template whose lines start blocks.
     */
    static int[] of(String[] lines, LineTemplates mined) {
        int n = lines.length;
        // a line's kind is its template, or its leading key word when the template masked that word: the miner
        // folds "Name: cart-1" and "Node: ip-10-0-1-19" into "* *", yet only the first starts every record.
        // Kinds 0..templates-1 are the templates; key words get the ids after them (no string built per line)
        int templates = mined.count();
        boolean[] keyMasked = new boolean[templates];
        for (int t = 0; t < templates; t++) {
            keyMasked[t] = mined.template(t).startsWith("*");
        }
        int[] kindOf = new int[n];
        Map<String, Integer> keyKinds = new HashMap<>();
        List<int[]> counts = new ArrayList<>(templates); // per kind: occurrences, after a blank line, first line
        for (int t = 0; t < templates; t++) {
            counts.add(new int[] {0, 0, -1});
        }
        for (int i = 0; i < n; i++) {
            int t = mined.templateOf(i);
            String word = keyMasked[t] ? keyWord(lines[i]) : null;
            if (keyMasked[t] && word == null && isRule(lines[i])) {
                word = RULE + t; // "---" and "  labels:" may share the template "*": only the rule separates YAML documents
            } else if (word == null) {
                int mark = markedHead(lines[i]);
                if (mark > 0) {
                    word = RULE + lines[i].substring(0, mark); // "== GET /a", "== POST /b": one kind, by their mark
                }
            }
            int k = t;
            if (word != null) {
                Integer known = keyKinds.get(word);
                if (known == null) {
                    known = counts.size();
                    keyKinds.put(word, known);
                    counts.add(new int[] {0, 0, i});
                }
                k = known;
            }
            kindOf[i] = k;
            int[] c = counts.get(k);
            c[2] = c[0] == 0 ? i : c[2];
            c[0]++;
            if (i == 0 || Lines.isBlank(lines[i - 1])) {
                c[1]++;
            }
        }
        int head = -1;
        for (int k = 0; k < counts.size(); k++) {
            int[] c = counts.get(k);
            if (c[0] < MIN_RECORDS) {
                continue; // also every template whose lines all went to key words
            }
            String first = lines[c[2]];
            boolean candidate = !first.isEmpty() && !CharClass.isWhitespace(first.charAt(0))
                    && (c[1] * 100 >= c[0] * HEAD_AFTER_BLANK_PERCENT || isRule(first) || markedHead(first) > 0)
                    && c[0] * 2 <= n;
            // the most frequent; among equals the one seen first
            if (candidate && (head < 0 || c[0] > counts.get(head)[0] || c[0] == counts.get(head)[0] && c[2] < counts.get(head)[2])) {
                head = k;
            }
        }
        int[] heads = new int[n];
        Arrays.fill(heads, -1);
        if (head < 0) {
            return heads;
        }
        int current = -1;
        for (int i = 0; i < n; i++) {
            if (kindOf[i] == head) {
                current = i;
            }
            heads[i] = current;
        }
        return heads;
    }

    /** The key a line opens with ({@code Name:}, {@code commit}): letters, {@code -} and {@code _}, then a blank or a colon; else {@code null}. */
    private static String keyWord(String line) {
        int i = 0;
        while (i < line.length() && (CharClass.isLetter(line.charAt(i)) || i > 0 && (line.charAt(i) == '-' || line.charAt(i) == '_'))) {
            i++;
        }
        if (i == 0 || i < line.length() && line.charAt(i) != ':' && line.charAt(i) != ' ') {
            return null;
        }
        return line.substring(0, i);
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

    /**
     * The length of the mark a titled head opens with: a run of two or three of {@code =} or {@code #} then a blank (not {@code --}: SQL comments)
     * and a letter or {@code /} ({@code == GET /orders} before each request of a script's {@code curl -v} calls,
     * {@code ### host-1} before each host's output); else 0.
     */
    static int markedHead(String line) {
        if (line.length() < 4 || "=#".indexOf(line.charAt(0)) < 0) {
            return 0;
        }
        char mark = line.charAt(0);
        int run = 1;
        while (run < line.length() && line.charAt(run) == mark) {
            run++;
        }
        if (run < 2 || run > 3 || run + 1 >= line.length() || line.charAt(run) != ' ') {
            return 0;
        }
        char next = line.charAt(run + 1);
        return CharClass.isLetter(next) || next == '/' ? run : 0;
    }

    /**
     * A rule line: a run of at least three of one punctuation character, and under half of its other
     * characters letters or digits ({@code ***** 1. row *****}, {@code ---- a ----}).
     */
    static boolean isRule(String line) {
        int alnum = 0;
        int visible = 0;
        int run = 0;
        int longestRun = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (CharClass.isWhitespace(c)) {
                run = 0;
                continue;
            }
            visible++;
            alnum += CharClass.isLetterOrDigit(c) ? 1 : 0;
            run = !CharClass.isLetterOrDigit(c) && i > 0 && line.charAt(i - 1) == c ? run + 1 : 1;
            longestRun = Math.max(longestRun, CharClass.isLetterOrDigit(c) ? 0 : run);
        }
        return longestRun >= 3 && alnum * 2 < visible;
    }

    /** Whether a head line carries a name: a run of at least {@value #NAME_LETTERS} letters besides a few words. */
    private static boolean namesItself(String head) {
        int run = 0;
        int longest = 0;
        for (int i = 0; i < head.length(); i++) {
            run = CharClass.isLetter(head.charAt(i)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest >= NAME_LETTERS;
    }

    /**
     * Keeps the first {@value #IDENTITY_LINES} identity lines of a record ({@code id = "sg-07d3e9"}, {@code name: api};
     * {@link NotableRecords#isIdentity}): a security group's rule matched "ssh from anywhere", and "which one?" is
     * answered by its id.
     */
    static void keepIdentity(String[] lines, int head, int end, boolean[] keep) {
        for (int k = head + 1, found = 0; k < end && found < IDENTITY_LINES; k++) {
            if (NotableRecords.isIdentity(lines[k])) {
                keep[k] = true;
                found++;
            }
        }
    }

    /**
     * Keeps the whole record of line {@code i} when it has at most {@value #SMALL_RECORD_LINES} lines (at most
     * {@value #NAMED_RECORD_LINES} when {@code named}: the line holds a name the question gives), else
     * its identity lines ({@link #keepIdentity}) and its title: the head and the lines up to the first one after a blank line within the first
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
        keepIdentity(lines, head, end, keep);
        for (int k = head + 1; k < Math.min(end, head + TITLE_LINES); k++) {
            if (Lines.isBlank(lines[k - 1]) && !Lines.isBlank(lines[k])) {
                Arrays.fill(keep, head, k + 1, true);
                return;
            }
        }
    }
}
