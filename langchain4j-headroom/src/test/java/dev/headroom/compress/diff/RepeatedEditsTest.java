package dev.headroom.compress.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.Lines;
import org.junit.jupiter.api.Test;

/** Which changed lines {@link RepeatedEdits} takes for one edit made again and again. */
class RepeatedEditsTest {

    @Test
    void should_take_a_rename_made_in_many_lines_for_repeated_and_the_one_other_change_not() {
        // given: three files rename log to LOG; the last also changes a rounding mode and adds a line
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 3; f++) {
            sb.append("--- a/F").append(f).append(".java\n+++ b/F").append(f).append(".java\n")
                    .append(f == 2 ? "@@ -1,3 +1,4 @@\n" : "@@ -1,2 +1,2 @@\n");
            sb.append("-    log.info(\"start ").append(f).append("\");\n+    LOG.info(\"start ").append(f).append("\");\n");
            if (f == 2) {
                sb.append("-    return x.setScale(2, RoundingMode.HALF_UP);\n+    return x.setScale(2, RoundingMode.HALF_EVEN);\n");
                sb.append("+    audit(x);\n");
            }
            sb.append("     done();\n");
        }
        String[] lines = Lines.split(sb.toString());
        // when
        boolean[] repeated = RepeatedEdits.of(lines, DiffLines.classify(lines));
        // then
        for (int i = 0; i < lines.length; i++) {
            boolean rename = lines[i].contains("log.info") || lines[i].contains("LOG.info");
            assertThat(repeated[i]).as(lines[i]).isEqualTo(rename);
        }
    }
}
