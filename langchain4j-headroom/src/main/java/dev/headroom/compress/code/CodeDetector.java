package dev.headroom.compress.code;

import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;

/**
 * Source code: at least 3 lines that read as code in most C-family, Python, Go, Rust and JS/TS files, making
 * 30% of the lines outside Markdown code fences, in content that is not a Markdown document (fewer than two
 * fences, few {@code ##} headings).
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

            @Override
            public void line(String line, String previous) {
                if (isCode(line)) {
                    codeLines++;
                }
                if (line.startsWith("## ") || line.startsWith("### ") || line.startsWith("#### ")) {
                    headings++;
                }
            }

            @Override
            public boolean claims(String content, int start, SampleTotals totals) {
                int outsideFences = totals.nonBlank() - totals.fenced();
                return totals.fences() < 2 && codeLines >= 3 && codeLines * 10 >= outsideFences * 3
                        && headings * 20 < totals.nonBlank();
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
