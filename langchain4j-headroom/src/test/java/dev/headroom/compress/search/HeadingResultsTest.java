package dev.headroom.compress.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.ContentDetector;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KeptLines;
import dev.headroom.compress.kinds.BuiltInKinds;
import org.junit.jupiter.api.Test;

/** ripgrep's heading format and grep -n over one file: detected as search results and compressed as such. */
class HeadingResultsTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final SearchCompressor compressor = new SearchCompressor();

    /** {@code rg --heading -n requireNonNull} over 40 files of 8 matches each. */
    static String rgHeading() {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 40; f++) {
            if (f > 0) {
                sb.append('\n');
            }
            sb.append("src/main/java/org/acme/diff/Part").append(f).append(f == 27 ? "DiffBuilder.java" : "Util.java").append('\n');
            for (int m = 0; m < 8; m++) {
                sb.append(30 + m * 11).append(":        this.left").append(m).append(" = Objects.requireNonNull(left")
                        .append(m).append(", \"left").append(m).append("\");\n");
            }
        }
        return sb.toString();
    }

    @Test
    void should_detect_heading_grouped_results_and_single_file_grep_as_search() {
        ContentDetector detector = BuiltInKinds.contentDetector();
        assertThat(detector.detect(rgHeading())).isEqualTo(ContentKind.SEARCH);
        StringBuilder grep = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            grep.append(i * 3 + 1).append(":    log.info(\"step ").append(i).append("\");\n");
        }
        assertThat(detector.detect(grep.toString())).isEqualTo(ContentKind.SEARCH);
    }

    @Test
    void should_show_the_named_file_under_its_heading_and_list_the_others() {
        // given
        String rg = rgHeading();
        CompressionContext asked = CompressionContext.builder().handle(HANDLE)
                .userMessage("Where does Part27DiffBuilder.java check its arguments?").build();
        // when
        String out = compressor.compress(rg, asked).output();
        String plain = compressor.compress(rg, CompressionContext.builder().handle(HANDLE).build()).output();
        // then
        assertThat(out).contains("src/main/java/org/acme/diff/Part27DiffBuilder.java\n30:        this.left0 = ")
                .contains("\n107:        this.left7 = Objects.requireNonNull(left7, \"left7\");\n");
        assertThat(out).isNotEqualTo(plain).contains("hash=" + HANDLE);
        assertThat(out.length()).isLessThan(rg.length() / 2);
        KeptLines.assertAllOriginal(rg, out);
        assertThat(plain).doesNotContain("\n\n\n");
    }

    @Test
    void should_give_each_numbered_line_its_heading_as_a_retrieval_unit() {
        assertThat(compressor.units(rgHeading()))
                .contains("src/main/java/org/acme/diff/Part27DiffBuilder.java\n41:        this.left1 = Objects.requireNonNull(left1, \"left1\");")
                .hasSize(320);
    }

    @Test
    void should_compress_heading_results_to_the_same_bytes_twice() {
        CompressionContext asked = CompressionContext.builder().handle(HANDLE).userMessage("Part27DiffBuilder").build();
        assertThat(compressor.compress(rgHeading(), asked).output()).isEqualTo(compressor.compress(rgHeading(), asked).output());
    }
}
