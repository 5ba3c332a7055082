package dev.headroom.compress.lines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.ContentDetector;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KeptLines;
import dev.headroom.compress.Lines;
import dev.headroom.compress.kinds.BuiltInKinds;
import org.junit.jupiter.api.Test;

class LinesCompressorTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final LinesCompressor compressor = new LinesCompressor();

    private static CompressionContext context() {
        return CompressionContext.builder().handle(HANDLE).build();
    }

    /** A {@code git log --stat} of 120 commits; commit 77 touches a file no other commit touches. */
    static String gitLog() {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 120; c++) {
            sb.append(String.format("commit %040x%n", 0xabcdefL * (c + 1)));
            sb.append("Author: Dev ").append(c % 3 == 0 ? "Ada" : "Bob").append(" <dev@example.com>\n");
            sb.append(String.format("Date:   Sun Dec 6 %02d:%02d:00 2026 +0000%n%n", c / 60, c % 60));
            sb.append("    change ").append(c).append("\n\n");
            if (c == 77) {
                sb.append(" deploy/secrets/prod.env | 3 +++\n");
            } else {
                sb.append(" src/main/java/app/Service").append(c % 9).append(".java | ").append(c % 40 + 1).append(" ++--\n");
                sb.append(" src/test/java/app/Service").append(c % 9).append("Test.java | ").append(c % 7 + 1).append(" ++\n");
            }
            sb.append(" 2 files changed, ").append(c % 40).append(" insertions(+), ").append(c % 5).append(" deletions(-)\n\n");
        }
        return sb.toString();
    }

    @Test
    void should_detect_a_git_log_as_lines() {
        assertThat(BuiltInKinds.contentDetector().detect(gitLog())).isEqualTo(ContentKind.LINES);
    }

    @Test
    void should_keep_the_rare_line_a_representative_per_template_and_disclose_the_rest() {
        // given
        String log = gitLog();
        // when
        CompressionResult result = compressor.compress(log, context());
        // then
        String out = result.output();
        assertThat(result.lossy()).isTrue();
        assertThat(out).contains(" deploy/secrets/prod.env | 3 +++\n");
        assertThat(out).contains("commit 0000000000000000000000000000000000abcdef\n");
        assertThat(out).containsPattern("(?m)^ src/main/java/app/Service\\d\\.java \\| \\d+ \\+\\+--$");
        assertThat(out).containsPattern("(?m)^Author: Dev (Ada|Bob) <dev@example.com>$");
        assertThat(out).contains("hash=" + HANDLE);
        assertThat(out).contains("× commit *");
        assertThat(Lines.split(out).length).isLessThan(100);
        assertThat(out.length()).isLessThan(log.length() / 3);
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_mark_each_omitted_run_with_its_line_numbers() {
        String out = compressor.compress(gitLog(), context()).output();
        assertThat(out).containsPattern("(?m)^… \\d+ lines \\(\\d+-\\d+\\)$");
        String[] lines = Lines.split(gitLog());
        int shownAt = 0;
        for (String line : Lines.split(out)) {
            if (line.startsWith("… ")) {
                String range = line.substring(line.indexOf('(') + 1, line.length() - 1);
                shownAt = Integer.parseInt(range.substring(range.indexOf('-') + 1));
            } else if (!line.startsWith("[headroom:")) {
                assertThat(lines[shownAt]).as("line " + (shownAt + 1)).isEqualTo(line);
                shownAt++;
            }
        }
    }

    @Test
    void should_keep_problem_lines_and_query_matches() {
        // given
        String log = gitLog().replace("    change 33\n", "    change 33: revert, deploy failed on node 4\n");
        CompressionContext asked = context().toBuilder().userMessage("what changed in Service5Test?").build();
        // when
        String out = compressor.compress(log, context()).output();
        String withQuery = compressor.compress(log, asked).output();
        // then
        assertThat(out).contains("    change 33: revert, deploy failed on node 4\n");
        assertThat(withQuery).contains(" src/test/java/app/Service5Test.java | ");
    }

    @Test
    void should_pass_small_output_through() {
        String small = "a 1\nb 2\nc 3\n";
        assertThat(compressor.compress(small, context()).output()).isSameAs(small);
    }

    @Test
    void should_be_byte_identical_on_every_run() {
        String log = gitLog();
        assertThat(compressor.compress(log, context())).isEqualTo(compressor.compress(new String(log), context()));
    }
}
