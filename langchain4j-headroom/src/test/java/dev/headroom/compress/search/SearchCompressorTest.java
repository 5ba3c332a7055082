package dev.headroom.compress.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.KeptLines;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchCompressorTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final SearchCompressor compressor = new SearchCompressor();

    private static CompressionContext context() {
        return CompressionContext.builder().handle(HANDLE).build();
    }

    /** 12 files with 1..40 matches each; file k's matches say "TODO item k.n". */
    private static String grep() {
        StringBuilder sb = new StringBuilder();
        for (int f = 1; f <= 12; f++) {
            int count = f == 1 ? 40 : f;
            for (int m = 1; m <= count; m++) {
                sb.append("src/pkg").append(f % 3).append("/File").append(f).append(".java:").append(m * 10)
                        .append(":    // TODO item ").append(f).append('.').append(m).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void should_pass_through_small_or_empty_results() {
        String small = "a.py:1:x\nb.py:2:y\n";
        assertThat(compressor.compress(small, context()).output()).isEqualTo(small);
        assertThat(compressor.compress("", context()).output()).isEmpty();
    }

    @Test
    void should_pass_through_when_there_are_no_matches() {
        String noise = "no match here\n".repeat(200);
        assertThat(compressor.compress(noise, context()).lossy()).isFalse();
    }

    @Test
    void should_keep_every_file_visible_with_its_count_and_disclose_the_handle() {
        // when
        CompressionResult result = compressor.compress(grep(), context());
        // then
        String out = result.output();
        assertThat(result.lossy()).isTrue();
        assertThat(out).contains("hash=" + HANDLE);
        for (int f = 1; f <= 12; f++) {
            assertThat(out).contains("File" + f + ".java");
        }
        assertThat(out).contains("src/pkg1/: File1.java 40");
    }

    @Test
    void should_keep_first_matches_of_each_file_as_written() {
        String in = grep();
        String out = compressor.compress(in, context()).output();
        assertThat(out).contains("src/pkg1/File1.java:10:    // TODO item 1.1\n", "src/pkg2/File2.java:10:    // TODO item 2.1\n");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_prefer_query_matches_when_query_context_is_set() {
        CompressionContext ctx = context().toBuilder().userMessage("what about item 1.37?").build();
        assertThat(compressor.compress(grep(), ctx).output()).contains("src/pkg1/File1.java:370:    // TODO item 1.37");
        assertThat(compressor.compress(grep(), context()).output()).doesNotContain("item 1.37");
    }

    @Test
    void should_show_every_match_of_the_files_the_question_names_by_base_name_or_path() {
        // given: File7.java named by base name, File10.java by its path; without the question few of their lines show
        String in = grep();
        CompressionContext ctx = context().toBuilder().userMessage("what do File7.java and src/pkg1/File10.java say?").build();

        // when
        String plain = compressor.compress(in, context()).output();
        String asked = compressor.compress(in, ctx).output();

        // then
        assertThat(asked).isNotEqualTo(plain);
        for (int m = 1; m <= 7; m++) {
            assertThat(asked).contains("src/pkg1/File7.java:" + m * 10 + ":    // TODO item 7." + m + "\n");
        }
        for (int m = 1; m <= 10; m++) {
            assertThat(asked).contains("src/pkg1/File10.java:" + m * 10 + ":    // TODO item 10." + m + "\n");
        }
        assertThat(plain).doesNotContain("src/pkg1/File10.java:100:");
        assertThat(asked).doesNotContain("File1.java:400:"); // a file not named keeps its share only
        KeptLines.assertAllOriginal(in, asked);
        assertThat(compressor.compress(in, ctx)).isEqualTo(compressor.compress(in, ctx));
    }

    @Test
    void should_name_no_file_when_the_query_matches_most_of_them() {
        // given: the tool's arguments name the search root, which every path holds
        java.util.List<String> files = java.util.List.of("src/a.py", "src/b.py", "src/c/d.py", "lib/e.py");

        // when / then
        assertThat(SearchCompressor.namedFiles(files, "{\"pattern\": \"TODO\", \"path\": \"src\"}")).containsOnly(false);
        assertThat(SearchCompressor.namedFiles(files, "{\"path\": \"src\"}\nwhat is in d.py?")).containsExactly(false, false, true, false);
    }

    @Test
    void should_tell_apart_files_with_the_same_base_name_when_the_question_gives_a_partial_path() {
        // given: two __init__.py files with 20 matches each
        StringBuilder sb = new StringBuilder();
        for (String dir : new String[] {"Lib/email/", "Lib/asyncio/"}) {
            for (int m = 1; m <= 20; m++) {
                sb.append(dir).append("__init__.py:").append(m).append(":import mod").append(m).append('\n');
            }
        }
        for (int f = 0; f < 30; f++) {
            sb.append("Lib/other").append(f).append(".py:1:import x\n");
        }
        CompressionContext ctx = context().toBuilder().userMessage("what does asyncio/__init__.py import?").build();

        // when
        String out = compressor.compress(sb.toString(), ctx).output();

        // then
        assertThat(out).contains("Lib/asyncio/__init__.py:20:import mod20").doesNotContain("Lib/email/__init__.py:20:");
    }

    @Test
    void should_omit_context_lines_and_separators() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 80; i++) {
            sb.append("lib/a-b.py-").append(i * 10 - 1).append("-before\n");
            sb.append("lib/a-b.py:").append(i * 10).append(":match ").append(i).append('\n');
            sb.append("--\n");
        }
        String out = compressor.compress(sb.toString(), context()).output();
        assertThat(out).contains("lib/a-b.py:10:match 1").doesNotContain("-before").doesNotContain("\n--\n");
        assertThat(out).contains("plus 160 context lines");
    }

    @Test
    void should_omit_context_lines_when_long_runs_of_other_lines_separate_the_matches() {
        // the nearest match before and after each line is found in linear passes (it was a scan per line)
        StringBuilder sb = new StringBuilder("a.py:1:match a\na.py-2-after a\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("plain line ").append(i).append('\n');
        }
        sb.append("b.py-9-before b\nb.py:10:match b\n");
        String out = compressor.compress(sb.toString(), context()).output();
        assertThat(out).contains("a.py:1:match a", "b.py:10:match b", "plain line 0\n", "plain line 4999\n", "plus 2 context lines")
                .doesNotContain("-after a").doesNotContain("-before b");
    }

    @Test
    void should_be_deterministic_and_keep_crlf() {
        String crlf = grep().replace("\n", "\r\n");
        CompressionResult a = compressor.compress(crlf, context());
        assertThat(a).isEqualTo(compressor.compress(crlf, context()));
        assertThat(a.output()).contains("src/pkg1/File1.java:10:    // TODO item 1.1\r\n");
    }

    /** 100 files under five directories; file k has 1 + (k % 7) matches, file 42 has 30. */
    private static String wideGrep() {
        StringBuilder sb = new StringBuilder();
        String[] dirs = {"", "core/", "core/io/", "web/", "web/static/"};
        for (int f = 0; f < 100; f++) {
            int count = f == 42 ? 30 : 1 + f % 7;
            for (int m = 1; m <= count; m++) {
                sb.append(dirs[f % 5]).append("mod").append(f).append(".py:").append(m).append(":# XXX ").append(f).append('\n');
            }
        }
        return sb.toString();
    }

    private static Map<String, Integer> restDirectories(String out) {
        String rest = out.substring(out.indexOf("files per directory: ") + "files per directory: ".length(), out.lastIndexOf(']'));
        Map<String, Integer> dirs = new LinkedHashMap<>();
        for (String entry : rest.split(", ")) {
            int space = entry.lastIndexOf(' ');
            dirs.put(entry.substring(0, space), Integer.parseInt(entry.substring(space + 1)));
        }
        return dirs;
    }

    @Test
    void should_name_the_files_with_most_matches_and_count_the_rest_per_directory_when_there_are_many() {
        // given: 100 files, more than the listing names (maxLines / 4 = 15 by default)
        String in = wideGrep();
        // when
        String out = compressor.compress(in, context()).output();
        // then: the biggest file is named with its count, one of the smallest only counted
        assertThat(out).contains("mod42.py 30", "mod6.py 7").doesNotContain("mod5.py 6");
        // 15 match lines are shown (one per file, round-robin); mod0, mod7 and mod14 have just that one,
        // so 97 files are not fully shown: 15 named, 82 counted per directory (in order of first appearance)
        assertThat(out).contains("and 82 more files with ");
        Map<String, Integer> dirs = restDirectories(out);
        assertThat(dirs.keySet()).containsExactly("core/", "core/io/", "web/", "web/static/", "./");
        assertThat(dirs.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(82);
        // every match of those 97 files is accounted for: named counts + the rest's total
        int named = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("mod\\d+\\.py (\\d+)").matcher(out.substring(out.lastIndexOf("[headroom:")));
        while (m.find()) {
            named += Integer.parseInt(m.group(1));
        }
        java.util.regex.Matcher rest = java.util.regex.Pattern.compile("more files with (\\d+) matches").matcher(out);
        assertThat(rest.find()).isTrue();
        assertThat(named + Integer.parseInt(rest.group(1))).isEqualTo(in.split("\n").length - 3);
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_name_the_files_the_query_context_mentions_first() {
        CompressionContext ctx = context().toBuilder().userMessage("anything to fix under web/static?").build();
        String out = compressor.compress(wideGrep(), ctx).output();
        String listing = out.substring(out.lastIndexOf("[headroom:"));
        // the question names web/static: its 20 files get their first matches shown (the files with one or two
        // matches whole); of the 16 not fully shown, 15 are listed by name first, ranked by count
        assertThat(listing).startsWith("[headroom: match count per file not fully shown above, by directory: web/static/: mod4.py 5, mod9.py 3, mod19.py 6");
        String named = listing.substring(0, listing.indexOf("; and "));
        assertThat(named).doesNotContain("; ").doesNotContain("core/");
        assertThat(restDirectories(out)).containsEntry("web/static/", 1);
        assertThat(out).contains("web/static/mod4.py:2:# XXX 4");
    }

    @Test
    void should_coarsen_directories_of_the_rest_to_shorter_prefixes_when_there_are_too_many() {
        // 200 one-match files in 50 directories a/dN/: 15 shown, 15 named, the other 170 counted under a/
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 200; f++) {
            sb.append("a/d").append(f % 50).append("/f").append(f).append(".py:1:# TODO\n");
        }
        String out = compressor.compress(sb.toString(), context()).output();
        assertThat(restDirectories(out)).containsExactly(Map.entry("a/", 170));
    }

    @Test
    void should_parse_path_line_text() {
        assertThat(SearchCompressor.matchPathEnd("a/b.py:12:text")).isEqualTo(6);
        assertThat(SearchCompressor.matchPathEnd("C:x:12:text")).isEqualTo(3);
        assertThat(SearchCompressor.matchPathEnd("no colon")).isEqualTo(-1);
        assertThat(SearchCompressor.matchPathEnd("a b:12:text")).isEqualTo(-1);
    }

    @Test
    void should_show_the_function_line_of_a_shown_match_of_git_grep_p_and_omit_the_others() {
        // given: git grep -n -p over 80 test files and one file of our own the question names
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 80; f++) {
            sb.append("cmd/tool/case").append(f).append("_test.go=").append(20 + f).append("=func TestCase").append(f)
                    .append("(t *testing.T) {\n");
            sb.append("cmd/tool/case").append(f).append("_test.go:").append(25 + f).append(":\tresp, err := http.DefaultClient.Get(u)\n");
        }
        sb.append("internal/billing/ledger.go=88=func (c *Client) settle(ctx context.Context) error {\n");
        sb.append("internal/billing/ledger.go:104:\tresp, err := http.DefaultClient.Do(req)\n");
        String in = sb.toString();
        CompressionContext asked = context().toBuilder().userMessage("where does internal/billing/ledger.go use http.DefaultClient?").build();
        // when
        String out = compressor.compress(in, asked).output();
        // then: the named file's match with the function it is in; not every test function
        assertThat(out).contains("internal/billing/ledger.go=88=func (c *Client) settle(ctx context.Context) error {\n"
                + "internal/billing/ledger.go:104:\tresp, err := http.DefaultClient.Do(req)\n");
        assertThat(out.lines().filter(l -> l.contains("=func TestCase")).count()).isLessThan(20);
    }
}
