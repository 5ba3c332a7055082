package dev.headroom.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import org.junit.jupiter.api.Test;

class TextCompressorTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final TextCompressor text = new TextCompressor();
    private final HtmlCompressor html = new HtmlCompressor();

    private static String document() {
        StringBuilder sb = new StringBuilder("# Guide\n\nThis guide explains the shop service.\n\n");
        for (int i = 0; i < 40; i++) {
            sb.append("## Topic ").append(i).append("\n\nParagraph ").append(i)
                    .append(" talks about subject").append(i).append(" in some detail.\nA second line of it.\n\n");
        }
        sb.append("```\ncode line one\n\ncode line two\n```\n");
        return sb.toString();
    }

    private static CompressionContext selection(String query) {
        return CompressionContext.builder().handle(HANDLE).userMessage(query)
                .settings(CompressionSettings.builder().textSelection(true).maxLines(20).build()).build();
    }

    @Test
    void should_pass_text_through_by_default() {
        String doc = document();
        assertThat(text.compress(doc, CompressionContext.builder().handle(HANDLE).build()).output()).isSameAs(doc);
    }

    @Test
    void should_select_headings_lead_and_relevant_paragraphs_when_enabled() {
        // when
        CompressionResult result = text.compress(document(), selection("tell me about subject33"));
        // then
        String out = result.output();
        assertThat(result.lossy()).isTrue();
        assertThat(out).contains("# Guide", "This guide explains the shop service.", "## Topic 33",
                "Paragraph 33 talks about subject33 in some detail.\nA second line of it.", "Paragraph 0 talks",
                "hash=" + HANDLE);
        assertThat(out).doesNotContain("Paragraph 20 talks").contains("lines omitted]");
    }

    @Test
    void should_keep_fenced_code_blocks_whole() {
        assertThat(Paragraphs.split(document())).contains("```\ncode line one\n\ncode line two\n```");
    }

    @Test
    void should_be_deterministic() {
        assertThat(text.compress(document(), selection("subject3"))).isEqualTo(text.compress(document(), selection("subject3")));
    }

    @Test
    void should_reduce_html_to_text_and_say_so() {
        // given
        String page = "<!DOCTYPE html><html><head><title>Orders</title><style>p{color:red}</style>"
                + "<script>var x = '<p>not text</p>';</script></head><body><h1>Orders &amp; refunds</h1>"
                + "<p>Order <b>1004</b> was&nbsp;refunded.</p><!-- hidden --><ul><li>one</li><li>two &lt;3</li></ul>"
                + "<table><tr><td>a</td><td>b</td></tr></table>" + "<div>filler text</div>".repeat(50) + "</body></html>";
        // when
        CompressionResult result = html.compress(page, CompressionContext.builder().handle(HANDLE).build());
        // then
        String out = result.output();
        assertThat(result.lossy()).isTrue();
        assertThat(out).startsWith("Orders\n# Orders & refunds\nOrder 1004 was refunded.\n- one\n- two <3\n");
        assertThat(out).doesNotContain("color:red", "not text", "hidden", "<p>").contains("HTML reduced to its text", "hash=" + HANDLE);
    }

    @Test
    void should_pass_through_html_without_text() {
        String empty = "<html><body><div></div></body></html>";
        assertThat(html.compress(empty, CompressionContext.builder().handle(HANDLE).build()).output()).isEqualTo(empty);
    }

    @Test
    void should_decode_entities() {
        assertThat(HtmlText.decode("a &amp; b &#65;&#x42; &bogus; &")).isEqualTo("a & b AB &bogus; &");
    }
}
