package dev.headroom.compress.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.KeptLines;
import dev.headroom.compress.Lines;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffCompressorTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final DiffCompressor compressor = new DiffCompressor();

    private static CompressionContext context() {
        return CompressionContext.builder().handle(HANDLE).build();
    }

    /** {@code files} files, each with {@code hunks} hunks of 3 context + 2 removed + 3 added + 3 context lines. */
    private static String diff(int files, int hunks) {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < files; f++) {
            sb.append("diff --git a/src/f").append(f).append(".txt b/src/f").append(f).append(".txt\n");
            sb.append("index 1234567..89abcde 100644\n");
            sb.append("--- a/src/f").append(f).append(".txt\n+++ b/src/f").append(f).append(".txt\n");
            for (int h = 0; h < hunks; h++) {
                int at = 100 * h + 1;
                sb.append("@@ -").append(at).append(",8 +").append(at).append(",9 @@ section ").append(h).append('\n');
                sb.append(" ctx a\n ctx b\n ctx c\n");
                sb.append("-old ").append(f).append('.').append(h).append(".1\n");
                sb.append("--- not a header ").append(f).append('.').append(h).append('\n');
                sb.append("+new ").append(f).append('.').append(h).append(".1\n");
                sb.append("+new ").append(f).append('.').append(h).append(".2\n");
                sb.append("+new ").append(f).append('.').append(h).append(".3\n");
                sb.append(" ctx d\n ctx e\n ctx f\n");
            }
        }
        return sb.toString();
    }

    @Test
    void should_pass_through_small_and_empty_diffs() {
        String small = diff(1, 1);
        assertThat(compressor.compress(small, context()).output()).isEqualTo(small);
        assertThat(compressor.compress("", context()).output()).isEmpty();
    }

    @Test
    void should_trim_context_to_one_line_when_changes_fit() {
        // given: 5 changes per hunk, 2 hunks, 2 files = 20 changes, 40 lines with 1 context line each side
        String in = diff(2, 2);
        CompressionContext ctx = context().toBuilder().settings(CompressionSettings.builder().maxLines(45).build()).build();
        // when
        String out = compressor.compress(in, ctx).output();
        // then
        assertThat(out).contains(" ctx c\n-old 0.0.1\n").contains("+new 0.0.3\n ctx d\n").doesNotContain("ctx a", "ctx f", "index ");
        assertThat(out).contains("hash=" + HANDLE);
    }

    @Test
    void should_keep_every_file_and_hunk_header_when_trimming_changes() {
        // given: 4 files x 8 hunks = 12 file header + 32 hunk header lines, within the 60-line budget; 160 changes
        String in = diff(4, 8);
        // when
        CompressionResult result = compressor.compress(in, context());
        // then
        String out = result.output();
        assertThat(result.lossy()).isTrue();
        long headers = Arrays.stream(Lines.split(out)).filter(l -> l.startsWith("diff --git ")).count();
        long hunks = Arrays.stream(Lines.split(out)).filter(l -> l.startsWith("@@ ")).count();
        assertThat(headers).isEqualTo(4);
        assertThat(hunks).isEqualTo(32);
        assertThat(out).contains("--- a/src/f3.txt\n+++ b/src/f3.txt\n");
        assertThat(out).contains("changed lines omitted (-");
        long changed = Arrays.stream(Lines.split(out)).filter(l -> (l.startsWith("+") || l.startsWith("-"))
                && !l.startsWith("+++ ") && !l.startsWith("--- a/")).count();
        assertThat(changed).isEqualTo(CompressionSettings.defaults().maxLines());
    }

    @Test
    void should_show_every_file_by_its_header_alone_when_the_headers_exceed_the_budget() {
        // given: 20 files x 5 hunks = 60 file header + 100 hunk header lines > 60; one file is new
        String in = diff(20, 5).replace("diff --git a/src/f3.txt b/src/f3.txt\n",
                "diff --git a/src/f3.txt b/src/f3.txt\nnew file mode 100644\n");
        // when
        CompressionResult result = compressor.compress(in, context());
        // then
        String out = result.output();
        assertThat(result.strategy()).isEqualTo("diff:files");
        List<String> kept = Arrays.asList(Lines.split(out));
        assertThat(kept.stream().filter(l -> l.startsWith("diff --git ")).count()).isEqualTo(20);
        assertThat(kept).contains("new file mode 100644");
        assertThat(kept.stream().filter(l -> l.startsWith("@@ ") || l.startsWith("--- ") || l.startsWith("+++ "))).isEmpty();
        assertThat(out).contains("(100 hunks; a file shown by its header alone has all its hunks omitted", "hash=" + HANDLE);
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_keep_the_path_lines_when_no_diff_line_names_the_file() {
        // given: diff -u output has no "diff" line, so --- and +++ are the file header
        String in = diff(20, 5).replaceAll("(?m)^(diff --git|index ) .*\n", "");
        // when
        String out = compressor.compress(in, context()).output();
        // then
        assertThat(out).contains("--- a/src/f0.txt\n+++ b/src/f0.txt\n", "--- a/src/f19.txt\n+++ b/src/f19.txt\n");
        assertThat(out).doesNotContain("@@ ");
    }

    @Test
    void should_keep_hunk_headers_of_a_diff_without_file_headers_however_many() {
        // given: 100 hunks and no file header, so there is no file-by-file overview to give
        String in = diff(20, 5).replaceAll("(?m)^(diff --git|index |--- a/|\\+\\+\\+ b/).*\n", "");
        // when
        String out = compressor.compress(in, context()).output();
        // then
        assertThat(Arrays.stream(Lines.split(out)).filter(l -> l.startsWith("@@ ")).count()).isEqualTo(100);
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_show_the_hunks_of_the_files_the_query_context_names() {
        // given
        String in = diff(20, 5);
        CompressionContext ctx = context().toBuilder().userMessage("what changed in f7.txt and f12?").build();
        // when
        String out = compressor.compress(in, ctx).output();
        // then: both files share the 40 lines left after the 20 headers, in diff order, each with its whole
        // header (a well-formed unified diff of what is shown); no other file's hunks, nor their ---/+++ lines
        assertThat(out).contains("diff --git a/src/f7.txt b/src/f7.txt\n--- a/src/f7.txt\n+++ b/src/f7.txt\n@@ -1,8 +1,9 @@ section 0\n-old 7.0.1\n");
        assertThat(out).contains("diff --git a/src/f12.txt b/src/f12.txt\n--- a/src/f12.txt\n+++ b/src/f12.txt\n@@ -1,8 +1,9 @@ section 0\n-old 12.0.1\n");
        assertThat(out).doesNotContain("+++ b/src/f6.txt");
        assertThat(out).doesNotContain("old 6.", "old 13.");
        assertThat(Arrays.stream(Lines.split(out)).filter(l -> l.startsWith("@@ ")).count()).isBetween(6L, 10L);
        KeptLines.assertAllOriginal(in, out);
        assertThat(compressor.compress(in, ctx)).isEqualTo(compressor.compress(in, ctx));
    }

    @Test
    void should_show_every_hunk_of_a_file_the_question_names_in_a_small_diff() {
        // given: 6 files of 4 hunks, 120 changed lines over a budget of 60: without a question each hunk keeps 2
        String in = diff(6, 4);
        CompressionContext asked = context().toBuilder().userMessage("what changed in src/f3.txt?").build();

        // when
        String plain = compressor.compress(in, context()).output();
        String out = compressor.compress(in, asked).output();

        // then: all of f3's changed lines, as written; the other files keep their share
        assertThat(out).isNotEqualTo(plain);
        for (int h = 0; h < 4; h++) {
            assertThat(out).contains("-old 3." + h + ".1\n--- not a header 3." + h + "\n+new 3." + h + ".1\n+new 3." + h
                    + ".2\n+new 3." + h + ".3\n");
        }
        assertThat(plain).doesNotContain("+new 3.0.3\n");
        assertThat(out).contains("+new 0.0.1\n", "@@ -301,8 +301,9 @@ section 3");
        KeptLines.assertAllOriginal(in, out);
        assertThat(compressor.compress(in, asked)).isEqualTo(compressor.compress(in, asked));
    }

    @Test
    void should_show_the_hunks_of_a_file_named_by_base_name_in_the_overview_however_many_files() {
        // given: 80 files: their headers alone exceed the budget, nothing is left for hunks
        String in = diff(80, 2);
        CompressionContext asked = context().toBuilder().userMessage("explain the change to f57.txt").build();

        // when
        String plain = compressor.compress(in, context()).output();
        String out = compressor.compress(in, asked).output();

        // then
        assertThat(plain).doesNotContain("+new 57.0.1");
        assertThat(out).contains("diff --git a/src/f57.txt b/src/f57.txt\n--- a/src/f57.txt\n+++ b/src/f57.txt\n@@ -1,8 +1,9 @@ section 0\n-old 57.0.1\n",
                "+new 57.1.3\n").doesNotContain("+new 56.0.1");
        assertThat(out).contains("diff --git a/src/f79.txt");
    }

    @Test
    void should_show_a_file_the_question_names_by_its_class_before_files_it_matches_by_a_path_word() {
        // given: 60 files, four under invoice/ with six hunks each, and TaxCalculator.java with five
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 60; f++) {
            String path = f == 30 ? "src/billing/tax/TaxCalculator.java" : f < 4 ? "src/billing/invoice/Invoice" + f + ".java"
                    : "src/billing/misc/Part" + f + ".java";
            sb.append("Index: ").append(path).append("\n===================================================================\n");
            sb.append("--- ").append(path).append("\t(revision 100)\n+++ ").append(path).append("\t(revision 101)\n");
            int hunks = f == 30 ? 5 : f < 4 ? 6 : 1;
            for (int h = 0; h < hunks; h++) {
                int at = 40 * h + 1;
                sb.append("@@ -").append(at).append(",3 +").append(at).append(",3 @@\n ctx\n");
                sb.append("-        int v").append(h).append(" = old(").append(f).append(");\n");
                sb.append("+        int v").append(h).append(" = next(").append(f).append(");\n ctx\n");
            }
        }
        String in = sb.toString();
        CompressionContext asked = context().toBuilder()
                .userMessage("Amounts are rounded differently since r101: what changed in TaxCalculator, and in the invoice code?").build();

        // when
        String out = compressor.compress(in, asked).output();

        // then: every hunk of the class it names; the invoice files still get some
        for (int h = 0; h < 5; h++) {
            assertThat(out).contains("+        int v" + h + " = next(30);\n");
        }
        assertThat(out).contains("+        int v0 = next(0);\n");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_show_the_change_of_a_named_file_that_differs_before_the_edit_it_repeats_everywhere() {
        // given: 60 files each rename log to LOG in twenty lines; TaxCalculator also changes its rounding mode in a second hunk
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 60; f++) {
            String path = f == 30 ? "src/billing/tax/TaxCalculator.java" : "src/billing/misc/Part" + f + ".java";
            sb.append("Index: ").append(path).append("\n===================================================================\n");
            sb.append("--- ").append(path).append("\t(revision 100)\n+++ ").append(path).append("\t(revision 101)\n");
            sb.append("@@ -10,21 +10,21 @@\n");
            for (int k = 0; k < 20; k++) {
                sb.append("-        log.debug(\"step ").append(k).append(" of {}\", id").append(k).append(");\n");
                sb.append("+        LOG.debug(\"step ").append(k).append(" of {}\", id").append(k).append(");\n");
            }
            sb.append("     }\n");
            if (f == 30) {
                sb.append("@@ -60,7 +60,7 @@\n");
                sb.append("-        return net.multiply(rate).setScale(2, RoundingMode.HALF_UP);\n");
                sb.append("+        return net.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);\n");
                for (int k = 20; k < 25; k++) {
                    sb.append("-        log.debug(\"step ").append(k).append(" of {}\", id").append(k).append(");\n");
                    sb.append("+        LOG.debug(\"step ").append(k).append(" of {}\", id").append(k).append(");\n");
                }
                sb.append("     }\n");
            }
        }
        String in = sb.toString();
        CompressionContext asked = context().toBuilder().userMessage("What changed in TaxCalculator?").build();

        // when
        String out = compressor.compress(in, asked).output();

        // then: the rounding change, though 40 renamed lines come before it, and a note for what the hunk leaves out
        assertThat(out).contains("@@ -60,7 +60,7 @@\n-        return net.multiply(rate).setScale(2, RoundingMode.HALF_UP);\n"
                + "+        return net.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);\n… 10 changed lines omitted (-5 +5)\n");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_show_the_named_files_hunks_in_every_commit_of_a_git_log_p() {
        // given: 30 commits (header, author, date, message) of 2 files each; pool.c changes in commits 4 and 21
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 30; c++) {
            sb.append("commit ").append(String.format("%040x", 0xabc000L + c)).append('\n')
                    .append("Author: Dev <dev@example.com>\nDate:   Mon Mar 4 10:00:").append(c % 60).append(" 2024 +0100\n\n")
                    .append("    Change ").append(c).append("\n\n");
            String[] paths = c == 4 || c == 21 ? new String[] {"src/c" + c + ".c", "src/net/pool.c"} : new String[] {"src/c" + c + ".c", "src/d" + c + ".c"};
            for (String p : paths) {
                sb.append("diff --git a/").append(p).append(" b/").append(p).append("\nindex 1111111..2222222 100644\n--- a/")
                        .append(p).append("\n+++ b/").append(p).append('\n')
                        .append("@@ -10,2 +10,2 @@ fn\n ctx\n-old ").append(p).append(' ').append(c).append("\n+new ")
                        .append(p).append(' ').append(c).append("\n");
            }
            sb.append('\n');
        }
        String in = sb.toString();
        CompressionContext asked = context().toBuilder().userMessage("why was pool.c changed?").build();

        // when
        String plain = compressor.compress(in, context()).output();
        String out = compressor.compress(in, asked).output();

        // then: the commit headers stay, and the named file's hunks in both commits
        assertThat(out).contains("+new src/net/pool.c 4\n", "+new src/net/pool.c 21\n", "-old src/net/pool.c 21\n",
                "commit " + String.format("%040x", 0xabc000L + 21));
        assertThat(plain).doesNotContain("+new src/net/pool.c 4\n");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_show_hunks_of_a_file_named_in_the_history_of_that_file_alone_but_not_for_a_directory_every_file_shares() {
        // given: git log -p -- src/net/pool.c, 40 commits; and a diff of 80 files all under src/
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 40; c++) {
            sb.append("commit ").append(String.format("%040x", c)).append("\nAuthor: Dev <d@example.com>\n\n    Change ").append(c)
                    .append("\n\ndiff --git a/src/net/pool.c b/src/net/pool.c\n--- a/src/net/pool.c\n+++ b/src/net/pool.c\n")
                    .append("@@ -1,1 +1,1 @@\n-old ").append(c).append("\n+new ").append(c).append('\n');
        }
        CompressionContext asked = context().toBuilder().userMessage("how did pool.c change?").build();
        String wide = diff(80, 2);
        CompressionContext root = context().toBuilder().toolArguments("{\"path\": \"src\"}").build();

        // when / then
        assertThat(compressor.compress(sb.toString(), asked).output()).contains("+new 0\n");
        assertThat(compressor.compress(wide, root).output()).isEqualTo(compressor.compress(wide, context()).output());
    }

    @Test
    void should_not_take_a_removed_line_starting_with_dashes_for_a_header() {
        byte[] types = DiffLines.classify(Lines.split(diff(1, 1)));
        String[] lines = Lines.split(diff(1, 1));
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("--- not a header")) {
                assertThat(types[i]).isEqualTo((byte) 5);
            }
        }
    }

    @Test
    void should_read_hunk_counts() {
        assertThat(DiffLines.hunkCounts("@@ -716,7 +716,8 @@ class X:")).containsExactly(7, 8);
        assertThat(DiffLines.hunkCounts("@@ -1 +1 @@")).containsExactly(1, 1);
        assertThat(DiffLines.hunkCounts("@@ -0,0 +1,3 @@")).containsExactly(0, 3);
        assertThat(DiffLines.hunkCounts("@@ garbage @@")).containsExactly(0, 0);
    }

    @Test
    void should_keep_lines_exactly_and_be_deterministic() {
        String in = diff(10, 4);
        String out = compressor.compress(in, context()).output();
        assertThat(compressor.compress(in, context()).output()).isEqualTo(out);
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_keep_crlf() {
        String out = compressor.compress(diff(10, 4).replace("\n", "\r\n"), context()).output();
        assertThat(out).contains("diff --git a/src/f0.txt b/src/f0.txt\r\n");
        assertThat(out.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void should_split_units_into_hunks_with_their_file_header() {
        List<String> units = compressor.units(diff(2, 2));
        assertThat(units).hasSize(4);
        assertThat(units.get(3)).startsWith("diff --git a/src/f1.txt").contains("@@ -101,8 +101,9 @@ section 1");
    }

    /** A release diff: 30 deployment files each bump their image; file 19 also sets {@code minReadySeconds} to 0. */
    /** GNU {@code diff -y} of two 400-line config dumps: a changed value, a line only on the left, lines only on the right. */
    static String sideBySide() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            String left = "app.setting_" + i + " = " + (i * 7 % 13);
            String right = i == 210 ? "app.setting_210 = 9000" : left;
            if (i == 120) {
                sb.append(String.format("%-61s <%n", left));
            } else if (i == 330) {
                sb.append(String.format("%-61s   >\t%s%n", "", "app.extra_limit = 64"));
                sb.append(String.format("%-61s   >\t%s%n", "", "app.extra_queue = 8"));
            } else {
                sb.append(String.format("%-61s %s\t%s%n", left, left.equals(right) ? " " : "|", right));
            }
        }
        return sb.toString();
    }

    @Test
    void should_show_every_changed_line_of_a_side_by_side_diff_and_count_the_unchanged_ones() {
        // given
        String diff = sideBySide();
        String[] lines = Lines.split(diff);
        // when
        CompressionResult result = compressor.compress(diff, context());
        // then
        String out = result.output();
        assertThat(dev.headroom.compress.kinds.BuiltInKinds.contentDetector().detect(diff)).isEqualTo(dev.headroom.compress.ContentKind.DIFF);
        assertThat(out).contains(lines[210] + "\n").contains(lines[120] + "\n").contains("app.extra_limit = 64\n").contains("app.extra_queue = 8\n");
        assertThat(out).contains("… 119 unchanged lines (2-120)").contains("hash=" + HANDLE).contains("every changed line shown");
        assertThat(out).doesNotContain("app.setting_211 =");
        assertThat(Lines.split(out).length).isLessThan(20);
        KeptLines.assertAllOriginal(diff, out);
    }

    @Test
    void should_read_equal_halves_and_gutter_marks_and_nothing_else_as_side_by_side() {
        assertThat(SideBySide.row("a = 1\t\t\ta = 1")).isEqualTo(SideBySide.Row.SAME);
        assertThat(SideBySide.row("a = 1\t\t\t|\ta = 2")).isEqualTo(SideBySide.Row.CHANGED);
        assertThat(SideBySide.row("a = 1\t\t\t<")).isEqualTo(SideBySide.Row.CHANGED);
        assertThat(SideBySide.row("\t\t\t\t>\tb = 2")).isEqualTo(SideBySide.Row.CHANGED);
        assertThat(SideBySide.row("if (a  >= b)")).isEqualTo(SideBySide.Row.OTHER);
        assertThat(SideBySide.row("x = y")).isEqualTo(SideBySide.Row.OTHER);
        assertThat(SideBySide.row("a = 10\t\t\ta = 1")).as("halves that only begin alike").isEqualTo(SideBySide.Row.OTHER);
        assertThat(SideBySide.is(List.of("int a = 1;", "int b = 2;", "return a  |  b;", "}"))).isFalse();
        assertThat(SideBySide.is(List.of("a\t\ta", "b\t\tb", "c\t\tc", "d\t\t|\te", "plain text that is neither"))).isTrue();
    }

    private static String releaseDiff() {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 30; f++) {
            String path = "deploy/svc" + f + "/deployment.yaml";
            sb.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                    .append("index 1a2b3c").append(f % 10).append("..4d5e6f").append(f % 10).append(" 100644\n")
                    .append("--- a/").append(path).append("\n+++ b/").append(path).append('\n')
                    .append("@@ -12,7 +12,7 @@ spec:\n     spec:\n       containers:\n         - name: app\n")
                    .append("-          image: registry.acme.io/svc").append(f).append(":1.8.0\n")
                    .append("+          image: registry.acme.io/svc").append(f).append(":1.9.0\n")
                    .append("           ports:\n             - containerPort: 8080\n");
            if (f == 19) {
                sb.append("@@ -30,4 +30,4 @@ spec:\n   strategy:\n     type: RollingUpdate\n-  minReadySeconds: 30\n+  minReadySeconds: 0\n");
            }
        }
        return sb.toString();
    }

    @Test
    void should_show_the_change_that_stands_out_in_a_repetitive_diff_too_large_for_its_headers() {
        // given
        String in = releaseDiff();
        // when
        String out = compressor.compress(in, context()).output();
        // then: the one change unlike the image bumps, with its hunk header; no image bump
        assertThat(out).contains("@@ -30,4 +30,4 @@ spec:\n-  minReadySeconds: 30\n+  minReadySeconds: 0\n");
        assertThat(out).doesNotContain("image: registry");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_show_no_change_for_standing_out_in_a_diff_where_every_change_differs() {
        // given: 30 files of code, each changed line unlike the others
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 30; f++) {
            String path = "src/mod" + f + ".py";
            sb.append("diff --git a/").append(path).append(" b/").append(path).append("\n--- a/").append(path).append("\n+++ b/")
                    .append(path).append("\n@@ -3,3 +3,3 @@ def run():\n     x = load()\n-    return compute_").append((char) ('a' + f % 26))
                    .append("lpha(x)\n+    return refine_").append((char) ('a' + f % 26)).append("eta(x, strict=True)\n     # done\n");
        }
        String in = sb.toString();
        // when
        String out = compressor.compress(in, context()).output();
        // then: the overview shows headers only
        assertThat(out).doesNotContain("    return ");
    }
}
