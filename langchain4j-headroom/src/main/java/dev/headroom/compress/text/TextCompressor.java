package dev.headroom.compress.text;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.LineCompressor;
import dev.headroom.compress.ContentKind;
import java.util.List;

/**
 * Prose, Markdown and plain text. Passes through unchanged by default. With
 * {@link CompressionSettings#textSelection()} it keeps an extractive selection instead: the first
 * paragraph and the paragraphs most relevant to the query context (BM25; with no query, the leading
 * ones), each with its heading, whole and in their original order, up to {@code maxLines} lines; see
 * {@link Paragraphs}.
 *
 * <p>Stateless, thread-safe and deterministic.
 */
public final class TextCompressor extends LineCompressor {

    public TextCompressor() {
        super(ContentKind.TEXT);
    }

    @Override
    protected boolean applies(CompressionSettings settings) {
        return settings.textSelection();
    }

    @Override
    protected CompressionResult compressLines(String content, String[] lines, CompressionContext context) {
        return Paragraphs.select(content, content.length(), context, "text:select");
    }

    /** Units for query retrieval: paragraphs (fenced code blocks stay whole). */
    @Override
    public List<String> units(String content) {
        return Paragraphs.split(content);
    }

    @Override
    public String join(List<String> units) {
        return String.join("\n\n", units);
    }
}
