package dev.headroom.compress.text;

import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;
import java.util.Locale;

/**
 * HTML: the content starts with {@code <} and its first 4 KB hold a document or a common closing tag (an XML
 * document without {@code <html} is not HTML).
 */
public final class HtmlDetector implements KindDetector {

    /** How much of the start is inspected. */
    private static final int HEAD_CHARS = 4096;

    @Override
    public ContentKind kind() {
        return ContentKind.HTML;
    }

    @Override
    public Tally tally() {
        return CLAIM;
    }

    /** Decided from the content alone, not from the sampled lines. */
    private static final Tally CLAIM = (content, start, totals) -> content.charAt(start) == '<' && isHtml(content, start);

    private static boolean isHtml(String content, int start) {
        String head = content.substring(start, Math.min(content.length(), start + HEAD_CHARS)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml") && !head.contains("<html")) {
            return false;
        }
        return head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.contains("<head") || head.contains("</div>") || head.contains("</p>")
                || head.contains("</a>") || head.contains("</span>") || head.contains("</li>")
                || head.contains("</td>");
    }
}
