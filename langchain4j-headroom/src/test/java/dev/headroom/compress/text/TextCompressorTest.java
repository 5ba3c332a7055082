package dev.headroom.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Lines;
import java.util.Arrays;
import java.util.List;
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
    void should_give_headings_and_man_page_section_titles_as_the_outline_for_the_ceiling() {
        // given
        String[] doc = Lines.split(document());
        String[] man = Lines.split("NAME\n       find - search for files\n\nSYNOPSIS\n       find [path]\n"
                + "\nDESCRIPTION\n       This manual page documents find.\nNOT A TITLE because it follows text\n");

        // when
        List<String> docOutline = Arrays.stream(text.outline(doc)).mapToObj(i -> doc[i]).toList();
        List<String> manOutline = Arrays.stream(text.outline(man)).mapToObj(i -> man[i]).toList();

        // then
        assertThat(docOutline).startsWith("# Guide", "## Topic 0", "## Topic 1").hasSize(41);
        assertThat(manOutline).containsExactly("NAME", "SYNOPSIS", "DESCRIPTION");
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

    @Test
    void should_keep_the_line_the_question_quotes_even_inside_a_paragraph_too_long_for_the_budget() {
        // given: an operations guide whose paragraph 7 is a 36-line startup transcript (the aggressive budget is 30)
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < 12; p++) {
            if (p == 7) {
                for (int l = 0; l < 20; l++) {
                    sb.append("Startup step ").append(l).append(": the daemon initialises subsystem ").append(l).append(".\n");
                }
                sb.append("Failed to open connection to db-primary:5432 (timeout after 30s)\n");
                for (int l = 0; l < 15; l++) {
                    sb.append("Retry step ").append(l).append(": waiting.\n");
                }
            } else {
                for (int l = 0; l < 6; l++) {
                    sb.append("Sentence ").append(p).append('.').append(l).append(" of the guide about normal startup.\n");
                }
            }
            sb.append('\n');
        }
        String doc = sb.toString();
        CompressionSettings aggressive = CompressionSettings.of(CompressionSettings.Preset.AGGRESSIVE);
        CompressionContext plain = CompressionContext.builder().handle(HANDLE).settings(aggressive).build();
        CompressionContext asked = plain.toBuilder()
                .userMessage("Why do I get \"Failed to open connection to db-primary:5432\"?").build();

        // when
        String without = text.compress(doc, plain).output();
        String with = text.compress(doc, asked).output();

        // then: the quoted line as written, its neighbours counted as omitted
        assertThat(without).doesNotContain("Failed to open connection");
        assertThat(with).contains("[… 20 lines omitted]\nFailed to open connection to db-primary:5432 (timeout after 30s)\n[… ");
        assertThat(with).doesNotContain("Retry step 3:");
        assertThat(with).isNotEqualTo(without);
        assertThat(text.compress(doc, asked).output()).isEqualTo(with);
    }
}
