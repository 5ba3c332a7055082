package dev.headroom.compress.code;

import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;
import dev.headroom.internal.CharClass;
import dev.headroom.internal.template.RepeatedShapes;
import java.util.ArrayList;
import java.util.List;

/**
 * Source code: at least 3 lines that read as code in most C-family, Python, Go, Rust and JS/TS files, making
 * 30% of the lines outside Markdown code fences, in content that is not a Markdown document (fewer than two
 * fences, few {@code ##} headings), and that does not repeat a few line shapes over and over as data does
 * ({@link RepeatedShapes}: a SQL dump, protobuf text, a query log).
 */
public final class CodeDetector implements KindDetector {

    @Override
    public ContentKind kind() {
        return ContentKind.CODE;
    }

    @Override
    public Tally tally() {
        return new Tally() {
            private int codeLines;
            private int headings;
            /** Lines of docstrings and {@code #} comments: neither code nor evidence against it. */
            private int neutral;
            private boolean inDocstring;
            /** The sampled lines, judged for repeated shapes only when everything else says this kind (rarely). */
            private final List<String> sampled = new ArrayList<>();

            @Override
            public void line(String line, String previous) {
                String t = line.strip();
                int quotes = count(t, "\"\"\"") + count(t, "'''");
                if (inDocstring || quotes > 0) {
                    neutral++;
                    if (quotes % 2 == 1) {
                        inDocstring = !inDocstring;
                    }
                    if (quotes > 0 && isCode(line)) {
                        codeLines++;
                    }
                } else if (isCode(line)) {
                    codeLines++;
                } else if (t.equals("#") || t.startsWith("# ") || t.startsWith("#!")) {
                    neutral++;
                }
                sampled.add(line);
                if (line.startsWith("## ") || line.startsWith("### ") || line.startsWith("#### ")) {
                    headings++;
                }
            }

            @Override
            public boolean claims(String content, int start, SampleTotals totals) {
                int outsideFences = totals.nonBlank() - totals.fenced() - neutral;
                return totals.fences() < 2 && codeLines >= 3 && codeLines * 10 >= outsideFences * 3
                        && headings * 20 < totals.nonBlank()
                        && !RepeatedShapes.isData(sampled);
            }
        };
    }

    /** Lines that read as source code in most C-family, Python, Go, Rust and JS/TS files. */
    static boolean isCode(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.startsWith("//") || t.startsWith("/*") || t.startsWith("*/") || t.startsWith("#include")
                || t.startsWith("#define") || t.startsWith("@") && t.length() > 1 && CharClass.isLetter(t.charAt(1))
                || (line.charAt(0) == ' ' || line.charAt(0) == '\t') && (t.equals("*") || t.startsWith("* "))) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '{' || last == '}' || last == ';' || (last == ':' && t.endsWith("):")) || t.equals("};")) {
            return true;
        }
        return startsWithKeyword(t) || isStatement(t);
    }

    /**
     * {@code name = value}, {@code self.x += 1}, {@code name: int = 0}, {@code obj.method(arg)}: a dotted
     * identifier followed by an assignment with spaces around it (as code is written; {@code KEY=value} of an
     * environment dump is not) or by a call that the line closes.
     */
    static boolean isStatement(String t) {
        int n = t.length();
        int i = 0;
        while (i < n && (CharClass.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_' || t.charAt(i) == '.')) {
            i++;
        }
        if (i == 0 || !CharClass.isLetter(t.charAt(0)) && t.charAt(0) != '_') {
            return false;
        }
        if (i < n && t.charAt(i) == '(') {
            return t.endsWith(")") || t.endsWith("):") || t.endsWith("(");
        }
        if (i < n && t.charAt(i) == ':' && i + 1 < n && t.charAt(i + 1) == ' ') {
            int eq = t.indexOf(" = ", i);
            return eq > 0 && eq < i + 40;
        }
        int op = i;
        while (op < n && op < i + 1 && t.charAt(op) == ' ') {
            op++;
        }
        if (op == i || op >= n) {
            return false;
        }
        if (t.charAt(op) == '=' && op + 1 < n && t.charAt(op + 1) == ' ') {
            return true;
        }
        return op + 2 < n && "+-*/|&".indexOf(t.charAt(op)) >= 0 && t.charAt(op + 1) == '=' && t.charAt(op + 2) == ' ';
    }

    private static int count(String s, String what) {
        int c = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            c++;
        }
        return c;
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
