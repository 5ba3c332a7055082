package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTest {

    @TempDir
    Path dir;

    @Test
    void should_render_per_file_and_per_kind_tables_with_baseline_and_totals() throws Exception {
        // given
        givenTinyCorpus();
        Baseline baseline = Baseline.read(Files.writeString(dir.resolve("results.tsv"),
                "file\tcontent_type\torig_tokens\tcomp_tokens\tratio\tmedian_ms\n"
                        + "app.log\tlog\t100\t10\t0.100\t3.25\n"));

        // when
        List<Bench.FileResult> results = new Bench(0, 1).run(dir.resolve("corpus"));
        String report = BenchReport.render("test", results, baseline);

        // then: SOURCES.md and hidden files are not benchmarked, files are sorted
        assertThat(results).extracting(Bench.FileResult::file)
                .containsExactly("app.log", "changes.diff", "items.json", "tests.txt");
        assertThat(report).contains("### Per file", "### Per kind (our detection)", "### Retention misses",
                "TOTAL (4 files)");
        assertThat(report).containsPattern("\\| app\\.log .*\\|\\s+0\\.100 \\|\\s+3\\.25 \\|");
        Bench.FileResult json = results.get(2);
        assertThat(json.kind().name()).isEqualTo("JSON");
        assertThat(json.checks().json()).isNotEqualTo(JsonChecks.Validity.NOT_JSON);
        assertThat(json.checks().jsonErrorItems().total()).isEqualTo(1);
        assertThat(results.get(0).checks().levelTemplates().total()).isEqualTo(2);
        assertThat(results.get(1).checks().diffHeaders().total()).isEqualTo(2);
        assertThat(results.get(3).checks().failedLines().total()).isEqualTo(1);
        assertThat(results).allMatch(Bench.FileResult::deterministic);
    }

    @Test
    void should_put_the_baseline_outputs_retention_beside_ours_when_router_output_exists() throws Exception {
        // given: the baseline kept neither diff header
        givenTinyCorpus();
        Path tsv = Files.writeString(dir.resolve("results.tsv"), "file\torig_tokens\tcomp_tokens\tratio\tmedian_ms\n");
        Files.createDirectories(dir.resolve("router-output"));
        Files.writeString(dir.resolve("router-output/changes.diff"), "[2 files changed]\n");
        Baseline baseline = Baseline.read(tsv);
        List<Bench.FileResult> results = new Bench(0, 1).run(dir.resolve("corpus"));

        // when
        Map<String, Bench.Checks> py = Bench.baselineChecks(dir.resolve("corpus"), results, baseline);
        String report = BenchReport.render("t", results, baseline, py);

        // then
        assertThat(py).containsOnlyKeys("changes.diff");
        assertThat(py.get("changes.diff").diffHeaders().cell()).isEqualTo("0/2");
        assertThat(report).contains("### Retention, ours vs the baseline's output (same checks)")
                .containsPattern("\\| changes\\.diff +\\| .*\\| +2/2 \\| +0/2 \\|");
    }

    @Test
    void should_render_the_same_report_apart_from_timings() throws Exception {
        // given
        givenTinyCorpus();

        // when
        String first = BenchReport.render("t", withoutTimings(new Bench(0, 2).run(dir.resolve("corpus"))), Baseline.NONE);
        String second = BenchReport.render("t", withoutTimings(new Bench(1, 1).run(dir.resolve("corpus"))), Baseline.NONE);

        // then
        assertThat(first).isEqualTo(second);
    }

    @Test
    void should_list_missed_lines_under_retention_misses() {
        // given
        String input = "t.py::a FAILED\nt.py::b FAILED\n";
        Bench.FileResult result = new Bench.FileResult("tests.txt", dev.headroom.compress.ContentKind.BUILD, "x", 10, 5,
                1.0, 1.0, true, Bench.checks(input, "t.py::a FAILED\n[headroom: 1 of 2 lines omitted]"));

        // when
        String report = BenchReport.render("t", List.of(result), Baseline.NONE);

        // then
        assertThat(report).contains("- tests.txt: FAILED lines 1/2:\n  - `t.py::b FAILED`\n");
    }

    @Test
    void should_take_the_median_of_odd_and_even_counts() {
        assertThat(Bench.median(new double[] {5, 1, 3})).isEqualTo(3.0);
        assertThat(Bench.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    private static List<Bench.FileResult> withoutTimings(List<Bench.FileResult> results) {
        return results.stream()
                .map(r -> new Bench.FileResult(r.file(), r.kind(), r.strategy(), r.tokensBefore(), r.tokensAfter(), 0.0, 0.0,
                        r.deterministic(), r.checks()))
                .toList();
    }

    private void givenTinyCorpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            log.append("2024-01-01 10:00:").append(i % 60).append(" INFO request ").append(i).append(" served in ")
                    .append(i % 7).append(" ms\n");
            if (i % 50 == 0) {
                log.append("2024-01-01 10:00:").append(i % 60).append(" ERROR request ").append(i).append(" failed\n");
                log.append("2024-01-01 10:00:").append(i % 60).append(" WARN retrying ").append(i).append('\n');
            }
        }
        Files.writeString(corpus.resolve("app.log"), log);
        Files.writeString(corpus.resolve("changes.diff"),
                "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\ndiff --git a/y b/y\n--- a/y\n+++ b/y\n");
        Files.writeString(corpus.resolve("items.json"), HeadroomCliTest.largeJson().replace("\"failed\"", "\"ok\"")
                .replaceFirst("\"ok\"", "\"failed\""));
        Files.writeString(corpus.resolve("tests.txt"), "t.py::a PASSED\nt.py::b FAILED\n");
        Files.writeString(corpus.resolve("SOURCES.md"), "licences\n");
        Files.writeString(corpus.resolve(".hidden"), "x\n");
    }
}
