package dev.headroom.compress.text;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import dev.headroom.relevance.RelevanceScorer;
import java.util.List;

/**
 * HTML pages: reduced to their text ({@link HtmlText}): markup, scripts, styles and comments go,
 * headings, list items, table rows and paragraphs keep their own lines. Nearly lossless for what a
 * model reads, but not for the markup, so the result is reported lossy with a disclosure and the
 * original stays retrievable. With {@code textSelection} the text is then reduced like prose
 * ({@link TextCompressor}).
 *
 * <p>Stateless, thread-safe and deterministic.
 */
public final class HtmlCompressor implements Compressor {

    public HtmlCompressor() {}

    @Override
    public ContentKind kind() {
        return ContentKind.HTML;
    }

    @Override
    public CompressionResult compress(String content, CompressionContext context) {
        context.budget().charge(content.length()); // the markup scan below reads every char
        String text = HtmlText.of(content);
        if (text.isBlank() || text.length() >= content.length()) {
            return CompressionResult.unchanged(content);
        }
        if (context.settings().textSelection()) {
            CompressionResult selected = Paragraphs.select(text, content.length(), context, "html:select", RelevanceScorer.bm25());
            if (selected.lossy()) {
                return selected;
            }
        }
        String note = Disclosure.line(content.length() - text.length(), content.length(), "characters",
                "HTML reduced to its text: markup, scripts and styles removed, the text itself kept", context.handle());
        return CompressionResult.lossy(text + "\n" + note, content.length(), 0, "html:text");
    }

    /** Units for query retrieval: paragraphs of the page's text. */
    @Override
    public List<String> units(String content) {
        return Paragraphs.split(HtmlText.of(content));
    }

    @Override
    public String join(List<String> units) {
        return String.join("\n\n", units);
    }
}
