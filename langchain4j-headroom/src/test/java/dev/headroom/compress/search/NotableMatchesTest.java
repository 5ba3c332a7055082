package dev.headroom.compress.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.kinds.BuiltInKinds;
import dev.headroom.compress.ContentKind;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NotableMatchesTest {

    private final SearchCompressor compressor = new SearchCompressor();

    /** A pylint-like report: 400 conventions over 50 files, one error message seen once. */
    private static String lintReport() {
        Random r = new Random(5);
        StringBuilder sb = new StringBuilder();
        String[] routine = {"C0301: Line too long (120/100) (line-too-long)", "C0114: Missing module docstring (missing-module-docstring)",
            "W0611: Unused import os (unused-import)"};
        for (int i = 0; i < 400; i++) {
            String path = "shop/module" + (i / 8) + ".py";
            String message = i == 333 ? "E1101: Instance of 'Invoice' has no 'total_gross' member (no-member)" : routine[r.nextInt(routine.length)];
            sb.append(path).append(':').append(10 + (i % 8) * 12).append(":4: ").append(message).append('\n');
        }
        return sb.toString();
    }

    @Test
    void should_keep_the_match_whose_message_is_seen_once_among_routine_ones() {
        String report = lintReport();
        assertThat(BuiltInKinds.contentDetector().detect(report)).isEqualTo(ContentKind.SEARCH);
        String out = compressor.compress(report, CompressionContext.builder().toolName("pylint").build()).output();
        assertThat(out).contains("shop/module41.py:70:4: E1101: Instance of 'Invoice' has no 'total_gross' member (no-member)\n");
    }

    @Test
    void should_keep_a_problem_among_routine_matches_and_nothing_from_distinct_code_lines() {
        String[] lines = new String[200];
        boolean[] isMatch = new boolean[200];
        for (int i = 0; i < 200; i++) {
            lines[i] = "logs/app" + (i / 50) + ".log:" + (i + 1) + ":request served in 12ms"
                    + (i == 120 ? " then ERROR upstream reset" : "");
            isMatch[i] = true;
        }
        assertThat(NotableMatches.of(lines, isMatch, 5, dev.headroom.compress.WorkBudget.unlimited())).containsExactly(120);
        for (int i = 0; i < 200; i++) {
            lines[i] = "src/F" + i + ".java:" + (i + 3) + ":    value" + Integer.toString(i * 7919, 36) + " = compute" + i + "(x, y);";
        }
        assertThat(NotableMatches.of(lines, isMatch, 5, dev.headroom.compress.WorkBudget.unlimited())).isEmpty();
    }

    @Test
    void should_read_the_text_after_path_line_and_column() {
        assertThat(NotableMatches.textOf("a/b.py:12:4: E1101: boom")).isEqualTo("E1101: boom");
        assertThat(NotableMatches.textOf("12:    return null;")).isEqualTo("return null;");
        assertThat(NotableMatches.textOf("a/b.py-13-context")).isEqualTo("a/b.py-13-context");
    }
}
