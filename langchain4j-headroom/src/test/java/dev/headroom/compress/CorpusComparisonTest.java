package dev.headroom.compress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.compress.kinds.BuiltInKinds;
import dev.headroom.compress.log.LogLevel;
import dev.headroom.tokens.TokenCounter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Side by side with the Python original on the shared corpus: o200k tokens before and after, per file
 * and per kind, default settings, empty query, through the engine (so thresholds and fail-open apply),
 * and what survived. Prints the table; asserts retention, pass-through of code and text (unless over the per-result
 * ceiling), determinism,
 * and ratios at or below Python's for the kinds where retention allows it (LOG, BUILD).
 */
class CorpusComparisonTest {

    private static final List<Row> rows = new ArrayList<>();

    record Row(String file, ContentKind kind, int before, int after, int pythonBefore, int pythonAfter,
               String retention, String original, String output) {}

    @BeforeAll
    static void compressCorpus() {
        Corpus.assumePresent();
        TokenCounter o200k = TokenCounter.o200k();
        Headroom headroom = Headroom.create();
        ContentDetector detector = BuiltInKinds.contentDetector();
        Map<String, int[]> python = Corpus.pythonTokens();
        for (Path file : Corpus.files()) {
            String name = file.getFileName().toString();
            String content = Corpus.read(file);
            CompressionOutcome outcome = headroom.compress(content, CompressionContext.builder().toolName("tool").build());
            String out = outcome.text();
            int[] py = python.getOrDefault(name, new int[] {0, 0});
            ContentKind kind = detector.detect(content);
            rows.add(new Row(name, kind, o200k.count(content), o200k.count(out), py[0], py[1],
                    Retention.describe(kind, content, out), content, out));
        }
        print();
    }

    private static void print() {
        StringBuilder sb = new StringBuilder("\n");
        sb.append(String.format("%-48s %-6s %8s %8s %7s %7s  %s%n", "file", "kind", "before", "after", "ratio", "python", "retention"));
        Map<ContentKind, long[]> byKind = new EnumMap<>(ContentKind.class);
        for (Row r : rows) {
            sb.append(String.format("%-48s %-6s %8d %8d %7.3f %7.3f  %s%n", r.file, r.kind, r.before, r.after,
                    r.after / (double) r.before, r.pythonAfter / (double) Math.max(1, r.pythonBefore), r.retention));
            long[] k = byKind.computeIfAbsent(r.kind, x -> new long[4]);
            k[0] += r.before;
            k[1] += r.after;
            k[2] += r.pythonBefore;
            k[3] += r.pythonAfter;
        }
        sb.append(String.format("%nper kind: %-6s %8s %8s %7s %9s %7s%n", "kind", "before", "after", "ratio", "py after", "python"));
        byKind.forEach((kind, k) -> sb.append(String.format("          %-6s %8d %8d %7.3f %9d %7.3f%n", kind, k[0], k[1],
                k[1] / (double) k[0], k[3], k[3] / (double) Math.max(1, k[2]))));
        System.out.println(sb);
    }

    private static Row row(String name) {
        return rows.stream().filter(r -> r.file.equals(name)).findFirst().orElseThrow();
    }

    private static long[] kindTotals(ContentKind kind) {
        long[] t = new long[4];
        for (Row r : rows) {
            if (r.kind == kind) {
                t[0] += r.before;
                t[1] += r.after;
                t[2] += r.pythonBefore;
                t[3] += r.pythonAfter;
            }
        }
        return t;
    }

    @Test
    void should_keep_every_error_and_fatal_template_of_every_corpus_log() {
        for (Row r : rows) {
            if (r.kind == ContentKind.LOG) {
                assertThat(Retention.problemTemplates(r.original, r.output, true)).as(r.file).isEqualTo(
                        Retention.problemTemplates(r.original, r.original, true));
            }
        }
    }

    @Test
    void should_keep_all_16_failed_lines_and_the_error_of_the_pytest_run() {
        Row r = row("build_pytest_headroom_v0.2.13.txt");
        assertThat(Retention.countLines(r.output, l -> l.contains("FAILED"))).isEqualTo(16);
        assertThat(r.output).contains("ERROR tests/test_models.py", "E   ModuleNotFoundError: No module named 'litellm'",
                "====== 8 failed, 1234 passed, 198 skipped, 21 warnings, 1 error in 17.13s ======");
    }

    @Test
    void should_keep_all_36_file_headers_of_the_diff_and_say_how_many_hunks_are_omitted() {
        // 36 files + 238 hunks exceed the 60-line budget: every file by its "diff --git" line, hunks by query
        Row r = row("diff_cpython_stdlib_3.11.2_to_3.11.7.diff");
        assertThat(Retention.countLines(r.output, l -> l.startsWith("diff --git "))).isEqualTo(36);
        assertThat(Retention.countLines(r.original, l -> l.startsWith("@@ "))).isEqualTo(238);
        assertThat(r.output).contains("(238 hunks; ");
    }

    @Test
    void should_name_or_count_every_searched_file_under_its_directory() {
        for (Row r : rows) {
            if (r.kind == ContentKind.SEARCH) {
                Set<String> all = Retention.searchFiles(r.original, r.original);
                Set<String> named = Retention.searchFiles(r.original, r.output);
                int listed = CompressionSettings.defaults().maxLines() / 4;
                assertThat(named.size()).as(r.file).isGreaterThanOrEqualTo(Math.min(all.size(), listed));
                for (String file : all) {
                    if (!named.contains(file)) {
                        // counted under its directory, or a prefix of it
                        String dir = file.substring(0, file.lastIndexOf('/') + 1);
                        String tail = r.output.substring(r.output.indexOf("files per directory: "));
                        assertThat(dir.isEmpty() ? tail.contains("./ ") : tail.contains(dir.substring(0, dir.indexOf('/') + 1)))
                                .as(r.file + ": " + file).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void should_pass_code_and_text_through_byte_identical_by_default_unless_over_the_ceiling() {
        int ceiling = CompressionSettings.DEFAULT_MAX_RESULT_TOKENS;
        TokenCounter engineCounter = TokenCounter.estimating();
        for (Row r : rows) {
            if (r.kind != ContentKind.CODE && r.kind != ContentKind.TEXT) {
                continue;
            }
            if (engineCounter.count(r.original) <= ceiling) {
                assertThat(r.output).as(r.file).isSameAs(r.original);
                continue;
            }
            // over the ceiling: cut to kept lines, exactly as written, and notes, then the disclosure
            String body = r.output.substring(0, r.output.lastIndexOf('\n') + 1);
            assertThat(engineCounter.count(body)).as(r.file).isLessThanOrEqualTo(ceiling);
            assertThat(r.output.substring(body.length())).as(r.file).startsWith("[headroom: ").contains("hash=");
            for (String line : body.split("\n")) {
                assertThat(line.startsWith("… ") || r.original.contains(line)).as(r.file + ": " + line).isTrue();
            }
        }
    }

    @Test
    void should_compress_logs_and_builds_at_least_as_well_as_python_per_kind() {
        for (ContentKind kind : List.of(ContentKind.LOG, ContentKind.BUILD)) {
            long[] t = kindTotals(kind);
            assertThat(t[1] / (double) t[0]).as(kind + " ratio vs python").isLessThanOrEqualTo(t[3] / (double) t[2]);
        }
    }

    @Test
    void should_compress_every_log_search_diff_and_build_file_with_a_disclosure() {
        for (Row r : rows) {
            if (r.kind == ContentKind.LOG || r.kind == ContentKind.SEARCH || r.kind == ContentKind.DIFF
                    || r.kind == ContentKind.BUILD) {
                assertThat(r.after).as(r.file).isLessThan(r.before / 4);
                assertThat(r.output).as(r.file).contains("headroom_retrieve with hash=");
            }
        }
    }

    @Test
    void should_be_deterministic_on_the_corpus() {
        Headroom fresh = Headroom.create();
        for (Row r : rows) {
            String again = fresh.compress(new String(r.original), CompressionContext.builder().toolName("tool").build()).text();
            assertThat(again).as(r.file).isEqualTo(r.output);
        }
    }

    @Test
    void should_print_warm_cpu_time_per_file() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx.isCurrentThreadCpuTimeSupported());
        Map<ContentKind, Compressor> byKind = new EnumMap<>(ContentKind.class);
        BuiltInKinds.compressors().forEach(c -> byKind.put(c.kind(), c));
        ContentDetector detector = BuiltInKinds.contentDetector();
        CompressionContext ctx = CompressionContext.builder().handle("0123456789abcdef01234567").build();
        StringBuilder sb = new StringBuilder("\nwarm CPU time per call (detect + compress), median of 30 after 30 warm-up:\n");
        for (Row r : rows) {
            Compressor c = byKind.get(r.kind);
            if (c == null) {
                continue;
            }
            long[] t = new long[30];
            for (int i = 0; i < 60; i++) {
                long s = mx.getCurrentThreadCpuTime();
                c.compress(r.original, ctx.toBuilder().build());
                detector.detect(r.original);
                if (i >= 30) {
                    t[i - 30] = mx.getCurrentThreadCpuTime() - s;
                }
            }
            Arrays.sort(t);
            sb.append(String.format("  %-48s %7.2f ms (%d KB)%n", r.file, t[15] / 1e6, r.original.length() / 1024));
        }
        System.out.println(sb);
        assertThat(rows).isNotEmpty();
    }

    /** Retention checks, by the compressors' own notions of template, failure, header and file. */
    static final class Retention {

        static String describe(ContentKind kind, String in, String out) {
            return switch (kind) {
                case LOG -> "ERROR/FATAL templates " + problemTemplates(in, out, true).size() + "/"
                        + problemTemplates(in, in, true).size() + ", WARN templates "
                        + (problemTemplates(in, out, false).size() - problemTemplates(in, out, true).size()) + "/"
                        + (problemTemplates(in, in, false).size() - problemTemplates(in, in, true).size())
                        + ", ERROR/FATAL lines verbatim " + verbatimProblemLines(in, out) + "/" + problemLines(in);
                case BUILD -> "FAILED lines " + countLines(out, l -> l.contains("FAILED")) + "/"
                        + countLines(in, l -> l.contains("FAILED")) + ", ERROR lines "
                        + countLines(out, l -> l.startsWith("ERROR ")) + "/" + countLines(in, l -> l.startsWith("ERROR "));
                case DIFF -> "file headers " + countLines(out, l -> l.startsWith("diff --git ")) + "/"
                        + countLines(in, l -> l.startsWith("diff --git ")) + ", hunk headers "
                        + countLines(out, l -> l.startsWith("@@ ")) + "/" + countLines(in, l -> l.startsWith("@@ "));
                case SEARCH -> "files visible " + searchFiles(in, out).size() + "/" + searchFiles(in, in).size();
                default -> out == in ? "passthrough" : "changed";
            };
        }

        static long countLines(String text, java.util.function.Predicate<String> p) {
            return Arrays.stream(Lines.split(text)).filter(p).count();
        }

        /** Templates of the input's problem lines (ERROR/FATAL, or also WARN) with a kept line in the output. */
        static Set<String> problemTemplates(String in, String out, boolean errorsOnly) {
            Set<String> outTemplates = new LinkedHashSet<>();
            for (String line : Lines.split(out)) {
                outTemplates.add(LogTemplates.key(line));
            }
            Set<String> kept = new LinkedHashSet<>();
            for (String line : Lines.split(in)) {
                LogLevel level = LogLevel.find(line);
                boolean counts = level != null && (errorsOnly ? level.ordinal() >= LogLevel.ERROR.ordinal() : level.isProblem());
                if (counts && outTemplates.contains(LogTemplates.key(line))) {
                    kept.add(LogTemplates.key(line));
                }
            }
            return kept;
        }

        static long problemLines(String in) {
            return Arrays.stream(Lines.split(in)).filter(Retention::isErrorOrFatal).count();
        }

        static long verbatimProblemLines(String in, String out) {
            Set<String> outLines = new LinkedHashSet<>(Arrays.asList(Lines.split(out)));
            return Arrays.stream(Lines.split(in)).filter(Retention::isErrorOrFatal).filter(outLines::contains).count();
        }

        private static boolean isErrorOrFatal(String line) {
            LogLevel level = LogLevel.find(line);
            return level != null && level.ordinal() >= LogLevel.ERROR.ordinal();
        }

        /** File paths of {@code path:line:text} lines in {@code in} that appear anywhere in {@code out}. */
        static Set<String> searchFiles(String in, String out) {
            Set<String> files = new LinkedHashSet<>();
            for (String line : Lines.split(in)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String path = line.substring(0, colon);
                    int slash = path.lastIndexOf('/');
                    String name = path.substring(slash + 1);
                    String dir = path.substring(0, slash + 1);
                    if (out.contains(path + ":") || (out.contains(name + " ") && (dir.isEmpty() || out.contains(dir)))) {
                        files.add(path);
                    }
                }
            }
            return files;
        }
    }
}
