package dev.headroom.compress.code;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.LineCompressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import dev.headroom.compress.Lines;

/**
 * Source code. Passes through unchanged by default: users dislike lossy code, and agents edit what they
 * read. With {@link CompressionSettings#codeOutline()} it returns an outline instead: imports,
 * declarations and signatures as written, in their original order, with function bodies elided by a
 * marker that keeps the syntax valid ({@code ...  # N lines omitted} in Python, a
 * {@code // N lines omitted} comment between the braces elsewhere) and multi-line comments dropped.
 * Python is recognised by its indentation-based blocks; everything else is treated as a brace language
 * (Java, Kotlin, C, C++, C#, Go, Rust, JavaScript, TypeScript).
 *
 * <p>Stateless, thread-safe and deterministic.
 */
public final class CodeCompressor extends LineCompressor {

    public CodeCompressor() {
        super(ContentKind.CODE);
    }

    @Override
    protected boolean applies(CompressionSettings settings) {
        return settings.codeOutline();
    }

    @Override
    protected CompressionResult compressLines(String content, String[] lines, CompressionContext context) {
        Outline outline = isPython(lines) ? PythonOutline.of(lines) : BraceOutline.of(lines);
        if (outline.omitted() == 0) {
            return CompressionResult.unchanged(content);
        }
        String nl = Lines.newline(content);
        String comment = isPython(lines) ? "# " : "// ";
        StringBuilder out = new StringBuilder();
        for (String line : outline.lines()) {
            out.append(line).append(nl);
        }
        out.append(comment).append(Disclosure.line(outline.omitted(), lines.length, "lines",
                "outline: function bodies and multi-line comments", context.handle()));
        return CompressionResult.lossy(out.toString(), content.length(), outline.omitted(), "code:outline");
    }

    /**
     * The lines {@link CompressionSettings#codeOutline() the outline} keeps as written: imports, declarations,
     * signatures (and, in brace languages, the closing brace of each elided body), whether or not outlining is on,
     * for the per-result ceiling.
     */
    @Override
    public int[] outline(String[] lines) {
        return (isPython(lines) ? PythonOutline.of(lines) : BraceOutline.of(lines)).kept();
    }

    /** Python when block openers end with a colon more often than lines end with a brace. */
    static boolean isPython(String[] lines) {
        int colon = 0;
        int brace = 0;
        for (String line : lines) {
            String t = line.strip();
            if (t.endsWith("{") || t.equals("}")) {
                brace++;
            } else if (t.endsWith(":") && (t.startsWith("def ") || t.startsWith("class ") || t.startsWith("if ")
                    || t.startsWith("for ") || t.startsWith("async def ") || t.startsWith("else") || t.startsWith("try"))) {
                colon++;
            }
        }
        return colon > brace;
    }
}
