package dev.headroom.compress;

import dev.headroom.compress.log.LogSyntax;
import dev.headroom.compress.table.TableSniffer;
import java.util.Locale;

/**
 * Decides the {@link ContentKind} of a tool result from its content alone. Runs on every tool result,
 * so it is cheap and bounded: it looks at the first {@value #HEAD_LINES} lines (at most
 * {@value #HEAD_CHARS} characters) and the last {@value #TAIL_LINES} lines, with hand-written line
 * recognisers (no backtracking regular expressions), and never at more.
 *
 * <p>Order of decisions, most specific first: JSON (first non-blank character <code>{</code> or
 * {@code [}, except a bracketed level or stamp such as {@code [INFO]}), binary or control-character garbage (UNKNOWN), HTML, unified diff, build/test output
 * (Maven, Surefire, Gradle, pytest, jest, go test, cargo), tables (CSV/TSV, aligned
 * columns under a header, box tables, {@code ls -l} listings; see {@link TableSniffer}: a header and rows
 * that agree with it make 80% of the lines, so logs, prose and code with a table in them keep their kinds;
 * before search results, as a CSV cell may read {@code 2026-03-01T15:52:00Z}), search results
 * ({@code path:line:text} with optional {@code path-line-text} context and {@code --} separators, or
 * {@code line:text} under path headings as {@code rg --heading} prints them), logs
 * (timestamps or level tokens, stack traces, access logs, dpkg/apt progress lines), source code, then prose
 * (TEXT: at least 30% of the lines outside code fences read as prose or Markdown structure, see
 * {@link #isProse}); other line-oriented content of at least {@value #LINES_MIN} lines is LINES (the generic
 * line-template compressor), and anything else is UNKNOWN and passes through.
 *
 * <p>Thread-safe, stateless and deterministic.
 */
public class ContentDetector {

    /** Lines sampled from the start of the content. */
    static final int HEAD_LINES = 200;
    /** Non-blank lines from which content that is neither prose nor any other kind counts as {@link ContentKind#LINES}. */
    static final int LINES_MIN = 8;
    /** Tokens a line needs to count as prose. */
    static final int PROSE_MIN_WORDS = 4;
    /** Characters sampled from the start of the content at most. */
    static final int HEAD_CHARS = 64 * 1024;
    /** Lines sampled from the end (build summaries live there). */
    static final int TAIL_LINES = 30;

    public ContentDetector() {}

    public ContentKind detect(String content) {
        if (content == null || content.isEmpty()) {
            return ContentKind.UNKNOWN;
        }
        int i = 0;
        int n = content.length();
        while (i < n && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        if (i == n) {
            return ContentKind.UNKNOWN;
        }
        char first = content.charAt(i);
        if (first == '{' || (first == '[' && !isBracketedPrefix(content, i))) {
            return ContentKind.JSON;
        }
        Sample s = new Sample();
        int headEnd = Math.min(n, i + HEAD_CHARS);
        int pos = scan(content, i, headEnd, HEAD_LINES, s);
        if (pos < n) {
            int tailStart = tailStart(content, Math.max(pos, n - 8 * 1024), TAIL_LINES);
            scanTail(content, tailStart, n, s);
        }
        return decide(content, i, s);
    }

    private static ContentKind decide(String content, int start, Sample s) {
        if (s.control * 100 > s.chars + 1) {
            return ContentKind.UNKNOWN;
        }
        if (content.charAt(start) == '<' && isHtml(content, start)) {
            return ContentKind.HTML;
        }
        if (s.hunks > 0 && s.diffHeaders > 0) {
            return ContentKind.DIFF;
        }
        if (s.build >= 3) {
            return ContentKind.BUILD;
        }
        int total = s.nonBlank;
        if (total == 0) {
            return ContentKind.UNKNOWN;
        }
        if (s.table.isTable()) {
            return ContentKind.TABLE;
        }
        if (s.grepMatches >= 3 && (s.grepMatches + s.grepContext + s.grepSeparators) * 10 >= total * 6) {
            return ContentKind.SEARCH;
        }
        // rg --heading and grep -n over one file: "12:text" under path headings, blank lines between files
        if (s.numberedMatches >= 3 && s.pathLines <= s.numberedMatches
                && (s.numberedMatches + s.numberedContext + s.pathLines + s.grepSeparators) * 10 >= total * 9) {
            return ContentKind.SEARCH;
        }
        if (s.logLines >= 3 && s.logLines * 10 >= total * 3 && (s.logLines + s.traceLines) * 2 >= total) {
            return ContentKind.LOG;
        }
        int prose = total - s.fenced;
        if (s.fences < 2 && s.codeLines >= 3 && s.codeLines * 10 >= prose * 3 && s.mdHeadings * 20 < total) {
            return ContentKind.CODE;
        }
        if ((s.proseLines + s.markdownLines) * 10 >= (total - s.fenced) * 3 && s.letters * 2 >= s.chars) {
            return ContentKind.TEXT;
        }
        if (total >= LINES_MIN) {
            return ContentKind.LINES;
        }
        return s.letters * 2 >= s.chars ? ContentKind.TEXT : ContentKind.UNKNOWN;
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
            if (!Character.isLetter(c) && !(c == '-' && k > a && k < b - 1) && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /** Markdown structure: headings, list items, table rows, quotes (documents, not tool output). */
    static boolean isMarkdown(String line) {
        String t = line.stripLeading();
        return t.startsWith("#") || t.startsWith("- ") || t.startsWith("* ") || t.startsWith("+ ")
                || t.length() > 1 && t.startsWith("|") && t.endsWith("|") || t.startsWith("> ") || t.length() > 2 && Character.isDigit(t.charAt(0))
                && t.charAt(1) == '.' && t.charAt(2) == ' ';
    }

    /** {@code Start-Date: ...}, {@code Commandline: ...}: a capitalised key and a value, as in record-style logs. */
    static boolean isHeaderLine(String line) {
        int n = line.length();
        if (n < 3 || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < n && (Character.isLetter(line.charAt(i)) || line.charAt(i) == '-')) {
            i++;
        }
        return i < n - 1 && i <= 24 && line.charAt(i) == ':' && line.charAt(i + 1) == ' ';
    }

    /** Scans at most {@code maxLines} lines of {@code [from, to)}; returns where it stopped. */
    private static int scan(String content, int from, int to, int maxLines, Sample s) {
        int pos = from;
        int lines = 0;
        String previous = "";
        while (pos < to && lines < maxLines) {
            int nl = content.indexOf('\n', pos);
            int end = nl < 0 || nl > to ? to : nl;
            String line = content.substring(pos, end > pos && content.charAt(end - 1) == '\r' ? end - 1 : end);
            s.add(line, previous);
            previous = line;
            lines++;
            pos = end + 1;
        }
        return Math.min(pos, content.length());
    }

    private static void scanTail(String content, int from, int to, Sample s) {
        int pos = from;
        String previous = "";
        while (pos < to) {
            int nl = content.indexOf('\n', pos);
            int end = nl < 0 ? to : nl;
            String line = content.substring(pos, end > pos && content.charAt(end - 1) == '\r' ? end - 1 : end);
            s.addBuildOnly(line, previous);
            previous = line;
            pos = end + 1;
        }
    }

    /** The start of the last {@code lines} lines, not before {@code floor}. */
    private static int tailStart(String content, int floor, int lines) {
        int pos = content.length();
        int found = 0;
        while (pos > floor && found <= lines) {
            int nl = content.lastIndexOf('\n', pos - 1);
            if (nl < floor) {
                return floor;
            }
            pos = nl;
            found++;
        }
        return pos >= content.length() ? floor : pos + 1;
    }

    /**
     * {@code [INFO] ...}, {@code [2024-01-01 10:00:00] ...}: a bracketed level or stamp, which no JSON
     * array starts with (JSON has no bare words but true/false/null, and no number continues with
     * {@code -}, {@code :} or {@code /} after its first digits).
     */
    private static boolean isBracketedPrefix(String content, int bracket) {
        int i = bracket + 1;
        int n = content.length();
        if (i >= n) {
            return false;
        }
        char c = content.charAt(i);
        if (Character.isLetter(c)) {
            return !(content.startsWith("true", i) || content.startsWith("false", i) || content.startsWith("null", i));
        }
        int d = i;
        while (d < n && Character.isDigit(content.charAt(d))) {
            d++;
        }
        return d > i && d < n && (content.charAt(d) == '-' || content.charAt(d) == ':' || content.charAt(d) == '/');
    }

    private static boolean isHtml(String content, int start) {
        String head = content.substring(start, Math.min(content.length(), start + 4096)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml") && !head.contains("<html")) {
            return false;
        }
        return head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.contains("<head") || head.contains("</div>") || head.contains("</p>")
                || head.contains("</a>") || head.contains("</span>") || head.contains("</li>")
                || head.contains("</td>");
    }

    /** Counters over the sampled lines. */
    private static final class Sample {
        int chars;
        int letters;
        int control;
        int nonBlank;
        int hunks;
        int diffHeaders;
        int build;
        int grepMatches;
        int grepContext;
        int grepSeparators;
        int numberedMatches;
        int numberedContext;
        int pathLines;
        int logLines;
        int traceLines;
        int codeLines;
        int mdHeadings;
        int fences;
        int fenced;
        int proseLines;
        int markdownLines;
        boolean inFence;
        final TableSniffer table = new TableSniffer();

        void add(String line, String previous) {
            table.add(line);
            chars += line.length() + 1;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (Character.isLetter(c) || c == ' ') {
                    letters++;
                } else if (c < 0x20 && c != '\t' && c != '\r') {
                    control++;
                }
            }
            if (line.isBlank()) {
                return;
            }
            nonBlank++;
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fences++;
                inFence = !inFence;
                fenced++;
                return;
            }
            if (inFence) {
                fenced++;
                return;
            }
            diff(line, previous);
            build += buildScore(line, previous);
            if (grepSeparator(line)) {
                grepSeparators++;
            } else if (grepMatch(line)) {
                grepMatches++;
            } else if (grepContext(line)) {
                grepContext++;
            } else if (numbered(line, ':')) {
                numberedMatches++;
            } else if (numbered(line, '-')) {
                numberedContext++;
            } else if (isPath(line, 0, line.length())) {
                pathLines++;
            }
            if (LogSyntax.isLogLine(line)) {
                logLines++;
            } else if (Character.isWhitespace(line.charAt(0)) || LogSyntax.isExceptionLine(line) || isHeaderLine(line)) {
                traceLines++;
            }
            if (isProse(line)) {
                proseLines++;
            } else if (isMarkdown(line)) {
                markdownLines++;
            }
            if (isCode(line)) {
                codeLines++;
            }
            if (line.startsWith("## ") || line.startsWith("### ") || line.startsWith("#### ")) {
                mdHeadings++;
            }
        }

        void addBuildOnly(String line, String previous) {
            build += buildScore(line, previous);
        }

        private void diff(String line, String previous) {
            if (line.startsWith("diff --git ") || (line.startsWith("+++ ") && previous.startsWith("--- "))) {
                diffHeaders++;
            } else if (line.startsWith("@@ -") && line.indexOf(" @@", 4) > 0) {
                hunks++;
            }
        }
    }

    /** Markers of build tools and test runners; strong markers weigh 3, repeated result lines 1. */
    static int buildScore(String line, String previous) {
        String t = line.strip();
        if (t.isEmpty()) {
            return 0;
        }
        if (t.startsWith("=") && (t.contains(" test session starts ") || t.contains(" short test summary info ")
                || t.contains(" FAILURES ") || t.contains(" ERRORS "))) {
            return 3;
        }
        if (t.startsWith("[INFO] BUILD ") || t.startsWith("[INFO] Scanning for projects")
                || t.startsWith("[INFO] --- ") || t.startsWith("[ERROR] Failed to execute goal")
                || t.equals("T E S T S") || t.startsWith("Tests run: ") && t.contains("Failures: ")
                || t.startsWith("> Task :") || t.startsWith("BUILD SUCCESSFUL") || t.startsWith("BUILD FAILED")
                || t.startsWith("FAILURE: Build failed") || t.startsWith("Test Suites: ")
                || t.startsWith("test result: ") || t.startsWith("=== RUN ") || t.startsWith("--- FAIL: ")
                || t.startsWith("--- PASS: ") || (t.startsWith("running ") && t.endsWith(" tests"))
                || t.startsWith("error[E")) {
            return 3;
        }
        if (line.startsWith("ok  \t") || line.startsWith("FAIL\t") || t.startsWith("Compiling ") && t.contains(" v")
                || (t.startsWith("PASS ") || t.startsWith("FAIL ")) && looksLikeFile(t.substring(5))
                || t.startsWith("Tests: ") && t.contains(" total")) {
            return 2;
        }
        if (t.startsWith("test ") && (t.endsWith(" ... ok") || t.endsWith(" ... FAILED") || t.endsWith(" ... ignored"))) {
            return 1;
        }
        int sep = t.indexOf("::");
        if (sep > 0 && (t.contains(" PASSED") || t.contains(" FAILED") || t.contains(" SKIPPED")
                || t.contains(" ERROR") || t.contains(" XFAIL") || t.contains(" XPASS"))) {
            return 1;
        }
        return 0;
    }

    private static boolean looksLikeFile(String s) {
        int space = s.indexOf(' ');
        String token = space < 0 ? s : s.substring(0, space);
        return token.indexOf('.') > 0 || token.indexOf('/') >= 0;
    }

    /** {@code 12:text} or {@code 12-text}: a line number and {@code after} (ripgrep's heading format, grep -n of one file). */
    static boolean numbered(String line, char after) {
        int d = 0;
        int n = line.length();
        while (d < n && d < 10 && Character.isDigit(line.charAt(d))) {
            d++;
        }
        return d > 0 && d < n && line.charAt(d) == after;
    }

    /** {@code --} alone: grep's separator between context groups. */
    static boolean grepSeparator(String line) {
        return line.equals("--");
    }

    /** {@code path:line:text}: a path without blanks (with a dot or slash), a colon, digits, a colon. */
    static boolean grepMatch(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || !isPath(line, 0, colon)) {
            return false;
        }
        int d = colon + 1;
        while (d < line.length() && Character.isDigit(line.charAt(d))) {
            d++;
        }
        return d > colon + 1 && d < line.length() && line.charAt(d) == ':';
    }

    /** {@code path-line-text}: grep's context line. */
    static boolean grepContext(String line) {
        int n = line.length();
        for (int i = 1; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == ':') {
                return false;
            }
            if (c == '-' && i + 1 < n && Character.isDigit(line.charAt(i + 1))) {
                int d = i + 1;
                while (d < n && Character.isDigit(line.charAt(d))) {
                    d++;
                }
                if (d < n && line.charAt(d) == '-' && isPath(line, 0, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPath(String line, int from, int to) {
        boolean dotOrSlash = false;
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '[' || c == '(' || c == '"' || c == '\'' || c == '=') {
                return false;
            }
            dotOrSlash |= c == '.' || c == '/' || c == '\\';
            letter |= Character.isLetter(c);
        }
        return dotOrSlash && letter;
    }

    /** Lines that read as source code in most C-family, Python, Go, Rust and JS/TS files. */
    static boolean isCode(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.startsWith("//") || t.startsWith("/*") || t.startsWith("*/") || t.startsWith("#include")
                || t.startsWith("#define") || t.startsWith("@") && t.length() > 1 && Character.isLetter(t.charAt(1))
                || (line.charAt(0) == ' ' || line.charAt(0) == '\t') && (t.equals("*") || t.startsWith("* "))) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '{' || last == '}' || last == ';' || (last == ':' && t.endsWith("):")) || t.equals("};")) {
            return true;
        }
        return startsWithKeyword(t);
    }

    /** Keywords that make a line code on their own. */
    private static final String[] STRONG_KEYWORDS = {
        "import ", "package ", "def ", "func ", "fn ", "self.", "this.", "return;", "raise ", "throw ",
        "try:", "try {", "except:", "except ", "catch (", "} catch", "} else", "elif ", "@Override"
    };

    /** Keywords that make a line code only next to punctuation prose rarely has. */
    private static final String[] WEAK_KEYWORDS = {
        "class ", "public ", "private ", "protected ", "static ", "final ", "using ", "namespace ", "let ",
        "const ", "var ", "return ", "async ", "await ", "interface ", "enum ", "struct ", "impl ", "export ",
        "yield ", "if ", "for ", "while ", "with ", "else", "from "
    };

    private static boolean startsWithKeyword(String t) {
        for (String k : STRONG_KEYWORDS) {
            if (t.startsWith(k)) {
                return true;
            }
        }
        for (String k : WEAK_KEYWORDS) {
            if (t.startsWith(k)) {
                return hasCodePunctuation(t) || (k.equals("from ") && t.contains(" import "));
            }
        }
        return false;
    }

    private static boolean hasCodePunctuation(String t) {
        char last = t.charAt(t.length() - 1);
        if (last == ':' || last == ')' || last == ',') {
            return true;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '=' || c == '{' || c == ';' || c == '[') {
                return true;
            }
        }
        return false;
    }
}
