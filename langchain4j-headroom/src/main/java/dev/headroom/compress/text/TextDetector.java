package dev.headroom.compress.text;

import dev.headroom.compress.ContentDetector;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;
import dev.headroom.compress.Lines;
import dev.headroom.internal.CharClass;
import dev.headroom.internal.template.RepeatedShapes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prose and Markdown: at least 30% of the lines outside code fences read as prose ({@link #isProse}) or
 * Markdown structure, half the characters are letters or spaces, and the lines are not records (repeated first
 * keys) or data (a few repeated line shapes, {@link RepeatedShapes}). Content too short to be line-oriented
 * output (fewer than {@value ContentDetector#LINE_ORIENTED_MIN_LINES} non-blank lines) needs only the letters.
 * Registered after every tool-output kind and before the generic line kind.
 */
public final class TextDetector implements KindDetector {

    /** Tokens a line needs to count as prose. */
    static final int PROSE_MIN_WORDS = 4;

    @Override
    public ContentKind kind() {
        return ContentKind.TEXT;
    }

    @Override
    public Tally tally() {
        return new Tally() {
            private int proseLines;
            private int markdownLines;
            private final KeyedLines keyed = new KeyedLines();
            private final MarkedLines marked = new MarkedLines();
            /** The sampled lines, judged for repeated shapes only when everything else says this kind (rarely). */
            private final List<String> sampled = new ArrayList<>();

            @Override
            public void line(String line, String previous) {
                keyed.add(line);
                marked.add(line);
                sampled.add(line);
                if (isProse(line)) {
                    proseLines++;
                } else if (isMarkdown(line)) {
                    markdownLines++;
                }
            }

            @Override
            public boolean claims(String content, int start, SampleTotals totals) {
                boolean mostlyLetters = totals.letters() * 2 >= totals.chars();
                int outsideFences = totals.nonBlank() - totals.fenced();
                if (totals.nonBlank() < ContentDetector.LINE_ORIENTED_MIN_LINES) {
                    return mostlyLetters;
                }
                // records whose subjects read as prose (git log, apt's history.log) are line-oriented output
                // so are lines that repeat a few shapes (a plan, a dump): prose never does
                return mostlyLetters && (proseLines + markdownLines) * 10 >= outsideFences * 3 && !keyed.isRecords()
                        && !marked.isMarked() && !RepeatedShapes.isData(sampled);
            }
        };
    }

    /**
     * The first words of unindented lines. Records start their lines with a few keys ({@code commit},
     * {@code Author}, {@code Date}; {@code Start-Date}, {@code Commandline}, ...); prose starts its lines with
     * many different words.
     */
    static final class KeyedLines {
        /** Unindented lines from which repeated first words can mark records. */
        static final int MIN_LINES = 20;
        /** Share (percent) of those lines that three first words must start. */
        static final int TOP_THREE_PERCENT = 60;

        private final Map<String, Integer> firstWords = new HashMap<>();
        private int lines;

        void add(String line) {
            if (line.isEmpty() || !CharClass.isLetter(line.charAt(0))) {
                return;
            }
            int end = 1;
            while (end < line.length() && end < 24 && (CharClass.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '-')) {
                end++;
            }
            lines++;
            firstWords.merge(line.substring(0, end), 1, Integer::sum);
        }

        boolean isRecords() {
            if (lines < MIN_LINES) {
                return false;
            }
            int[] top = new int[3];
            for (int c : firstWords.values()) {
                if (c > top[0]) {
                    top[2] = top[1];
                    top[1] = top[0];
                    top[0] = c;
                } else if (c > top[1]) {
                    top[2] = top[1];
                    top[1] = c;
                } else if (c > top[2]) {
                    top[2] = c;
                }
            }
            return (top[0] + top[1] + top[2]) * 100 >= lines * TOP_THREE_PERCENT;
        }
    }

    /**
     * Lines that start with a mark instead of a word: {@code curl -v}'s {@code *}, {@code >} and {@code <}, a
     * debugger's or a REPL's prompts, {@code {}/{@code }} data arrows. Output whose lines mostly (60%) start with a
     * few marks, at least two of them common (10% each), is a tool's line-oriented trace, however wordy its lines;
     * a Markdown list uses one bullet mark, so a bullet list stays prose.
     */
    static final class MarkedLines {
        /** Non-blank lines needed before marks can decide. */
        static final int MIN_LINES = 20;
        static final int MARKED_PERCENT = 60;
        static final int EACH_PERCENT = 10;

        private final Map<String, Integer> marks = new HashMap<>();
        private int lines;

        void add(String line) {
            int start = Lines.indent(line);
            if (start == line.length()) {
                return;
            }
            lines++;
            // a mark is up to three characters, none a letter or digit, then a blank or the line's end
            int end = start;
            while (end < line.length() && end - start <= 3 && line.charAt(end) != ' ' && !CharClass.isLetterOrDigit(line.charAt(end))) {
                end++;
            }
            if (end - start <= 3 && (end == line.length() || line.charAt(end) == ' ')) {
                marks.merge(line.substring(start, end), 1, Integer::sum);
            }
        }

        boolean isMarked() {
            if (lines < MIN_LINES) {
                return false;
            }
            int marked = 0;
            int common = 0;
            for (int count : marks.values()) {
                marked += count;
                common += count * 100 >= lines * EACH_PERCENT ? 1 : 0;
            }
            return common >= 2 && marked * 100 >= lines * MARKED_PERCENT;
        }
    }

    /**
     * A line of prose: at least {@value #PROSE_MIN_WORDS} blank-separated tokens, three in four of them
     * plain words (letters, maybe with surrounding quotes, brackets or sentence punctuation). Tool listings
     * (paths, ids, numbers, {@code key=value}, columns) have few such lines; paragraphs, man pages, licences
     * and Markdown have many.
     */
    static boolean isProse(String line) {
        int n = line.length();
        int tokens = 0;
        int words = 0;
        int i = 0;
        while (i < n) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            tokens++;
            if (isWord(line, start, i)) {
                words++;
            }
        }
        return tokens >= PROSE_MIN_WORDS && words * 4 >= tokens * 3;
    }

    private static boolean isWord(String s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && "(\"'`*_".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && ",.;:!?)\"'`*_".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        if (b == a) {
            return false;
        }
        for (int k = a; k < b; k++) {
            char c = s.charAt(k);
            if (!CharClass.isLetter(c) && !(c == '-' && k > a && k < b - 1) && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /** Markdown structure: headings, list items, table rows, quotes (documents, not tool output). */
    static boolean isMarkdown(String line) {
        String t = line.stripLeading();
        return t.startsWith("#") || t.startsWith("- ") || t.startsWith("* ") || t.startsWith("+ ")
                || t.length() > 1 && t.startsWith("|") && t.endsWith("|") || t.startsWith("> ") || t.length() > 2 && CharClass.isDigit(t.charAt(0))
                && t.charAt(1) == '.' && t.charAt(2) == ' ';
    }
}
