package dev.headroom.compress.text;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.LineCompressor;
import dev.headroom.relevance.RelevanceScorer;
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

    private final RelevanceScorer scorer;

    /** Ranks by {@link RelevanceScorer#bm25() BM25}. */
    public TextCompressor() {
        this(RelevanceScorer.bm25());
    }

    /** Ranks paragraphs against the query context with the given scorer, e.g. {@link RelevanceScorer#hybrid} over an embedding model. */
    public TextCompressor(RelevanceScorer scorer) {
        super(ContentKind.TEXT);
        this.scorer = java.util.Objects.requireNonNull(scorer, "scorer");
    }

    @Override
    protected boolean applies(CompressionSettings settings) {
        return settings.textSelection();
    }

    @Override
    protected CompressionResult compressLines(String content, String[] lines, CompressionContext context) {
        return Paragraphs.select(content, content.length(), context, "text:select", scorer);
    }

    /** Headings (Markdown's, and a man page's section titles), for the per-result ceiling. */
    @Override
    public int[] outline(String[] lines) {
        return Paragraphs.headings(lines);
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
