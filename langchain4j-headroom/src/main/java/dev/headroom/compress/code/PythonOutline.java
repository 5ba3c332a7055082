package dev.headroom.compress.code;

import dev.headroom.compress.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * Outlines Python: every {@code def} keeps its decorators and (possibly multi-line) signature, then its
 * body becomes {@code ...  # N lines omitted (headroom)} at the body's indentation, which is valid
 * Python. Classes, imports and module-level statements stay as written.
 */
final class PythonOutline {

    private PythonOutline() {}

    static Outline of(String[] lines) {
        List<String> out = new ArrayList<>();
        Indexes kept = new Indexes();
        int omitted = 0;
        int i = 0;
        int n = lines.length;
        while (i < n) {
            String line = lines[i];
            String t = line.strip();
            if (!(t.startsWith("def ") || t.startsWith("async def "))) {
                out.add(line);
                kept.add(i);
                i++;
                continue;
            }
            int indent = Lines.indent(line);
            int depth = 0;
            int k = i;
            // the signature ends at the first line, outside brackets, that ends with ':'
            while (k < n) {
                String s = lines[k];
                depth += bracketDelta(s);
                out.add(s);
                kept.add(k);
                k++;
                if (depth <= 0 && stripComment(s).endsWith(":")) {
                    break;
                }
            }
            int bodyStart = k;
            int bodyIndent = -1;
            while (k < n && (Lines.isBlank(lines[k]) || Lines.indent(lines[k]) > indent)) {
                if (bodyIndent < 0 && !Lines.isBlank(lines[k])) {
                    bodyIndent = Lines.indent(lines[k]);
                }
                k++;
            }
            int bodyEnd = k;
            while (bodyEnd > bodyStart && Lines.isBlank(lines[bodyEnd - 1])) {
                bodyEnd--;
            }
            int elided = bodyEnd - bodyStart;
            if (elided > 0) {
                String pad = lines[bodyStart + firstNonBlank(lines, bodyStart, bodyEnd)].substring(0, bodyIndent);
                out.add(pad + "...  # " + elided + (elided == 1 ? " line" : " lines") + " omitted (headroom)");
                omitted += elided;
            }
            for (int b = bodyEnd; b < k; b++) {
                out.add(lines[b]);
                kept.add(b);
            }
            i = k;
        }
        return new Outline(out, omitted, kept.toArray());
    }

    private static int firstNonBlank(String[] lines, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Lines.isBlank(lines[k])) {
                return k - from;
            }
        }
        return 0;
    }

    private static String stripComment(String s) {
        int hash = s.indexOf(" #");
        return (hash >= 0 ? s.substring(0, hash) : s).strip();
    }

    private static int bracketDelta(String s) {
        int d = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                break;
            } else if (c == '(' || c == '[' || c == '{') {
                d++;
            } else if (c == ')' || c == ']' || c == '}') {
                d--;
            }
        }
        return d;
    }
}
