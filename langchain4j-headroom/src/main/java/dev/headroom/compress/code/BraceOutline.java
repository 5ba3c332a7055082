package dev.headroom.compress.code;

import dev.headroom.compress.Lines;
import dev.headroom.internal.CharClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Outlines brace languages: a line that opens a function or method body (a {@code (...)} before its
 * {@code {}, not a control statement) keeps its line and the closing-brace line, and everything between
 * becomes one {@code // N lines omitted (headroom)} comment; multi-line comments are dropped. Type
 * bodies (class, interface, enum, struct, impl, namespace) are walked into, so members stay visible.
 * Brace depth is tracked outside strings, character literals and comments.
 */
final class BraceOutline {

    private static final String[] CONTROL = {
        "if", "for", "while", "switch", "catch", "else", "try", "do", "synchronized", "finally", "return", "foreach"
    };

    private BraceOutline() {}

    static Outline of(String[] lines) {
        List<String> out = new ArrayList<>();
        Indexes kept = new Indexes();
        int omitted = 0;
        Scanner scanner = new Scanner();
        int i = 0;
        int n = lines.length;
        while (i < n) {
            String line = lines[i];
            boolean inCommentBefore = scanner.inBlockComment;
            int depthBefore = scanner.depth;
            scanner.scan(line);
            String t = line.strip();
            if (inCommentBefore || (t.startsWith("/*") && scanner.inBlockComment)) {
                // multi-line comments (license headers, Javadoc) are dropped whole: nothing half-open remains
                omitted++;
                i++;
                continue;
            }
            out.add(line);
            kept.add(i);
            i++;
            if (scanner.depth > depthBefore && opensFunctionBody(t)) {
                int target = depthBefore;
                int start = i;
                while (i < n && scanner.depth > target) {
                    scanner.scan(lines[i]);
                    i++;
                }
                int closing = i - 1;
                int elided = closing - start;
                if (closing >= start && elided >= 0) {
                    if (elided > 0) {
                        String pad = lines[start].substring(0, Math.min(Lines.indent(lines[start]), lines[start].length()));
                        out.add(pad + "// " + elided + (elided == 1 ? " line" : " lines") + " omitted (headroom)");
                        omitted += elided;
                    }
                    out.add(lines[closing]);
                    kept.add(closing);
                }
            }
        }
        return new Outline(out, omitted, kept.toArray());
    }

    /** {@code name(args) ... {} at the end of the line, and not a control statement or a type. */
    static boolean opensFunctionBody(String t) {
        if (!t.endsWith("{")) {
            return false;
        }
        int paren = t.indexOf('(');
        if (paren < 0 || t.lastIndexOf(')') < paren) {
            return false;
        }
        String head = t.startsWith("}") ? t.substring(1).strip() : t;
        for (String c : CONTROL) {
            if (head.startsWith(c) && (head.length() == c.length() || !CharClass.isLetterOrDigit(head.charAt(c.length())))) {
                return false;
            }
        }
        String beforeParen = t.substring(0, paren);
        return !(beforeParen.contains(" class ") || beforeParen.startsWith("class ") || beforeParen.contains("record ")
                || beforeParen.contains(" new ") || beforeParen.contains("= new") || beforeParen.contains("->"));
    }

    /** Tracks brace depth and block comments across lines. */
    private static final class Scanner {
        int depth;
        boolean inBlockComment;

        void scan(String line) {
            int n = line.length();
            char quote = 0;
            for (int i = 0; i < n; i++) {
                char c = line.charAt(i);
                if (inBlockComment) {
                    if (c == '*' && i + 1 < n && line.charAt(i + 1) == '/') {
                        inBlockComment = false;
                        i++;
                    }
                } else if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '/') {
                    return;
                } else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '*') {
                    inBlockComment = true;
                    i++;
                } else if (c == '"' || c == '\'' || c == '`') {
                    quote = c;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth = Math.max(0, depth - 1);
                }
            }
        }
    }
}
