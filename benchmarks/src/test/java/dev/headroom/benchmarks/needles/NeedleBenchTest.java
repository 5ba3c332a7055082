package dev.headroom.benchmarks.needles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.compress.ContentKind;
import dev.headroom.tokens.TokenCounter;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedleBenchTest {

    private static final String SMALL = "line one\nERROR boom\nline three\n";

    private static NeedleCase small(String name, boolean held) {
        NeedleCase.Builder b = NeedleCase.named(name, "log", "plain").shell("cat x.log");
        if (held) {
            b.heldAside();
        }
        return b.build(SMALL, List.of(Needle.exact("ERROR boom"), Needle.contains("three")));
    }

    @Test
    void should_find_every_needle_when_content_under_the_threshold_passes_through_the_real_engine() {
        // given
        List<NeedleCase> cases = List.of(small("a", false), small("b", true));

        // when
        List<CaseResult> results = NeedleBench.run(cases, Headroom.create()::compress, TokenCounter.o200k());

        // then
        assertThat(results).allSatisfy(r -> {
            assertThat(r.passedWhole()).isTrue();
            assertThat(r.found()).isEqualTo(2);
            assertThat(r.tokensAfter()).isEqualTo(r.tokensBefore());
        });
        String report = NeedleReport.markdown(results);
        assertThat(report).contains("| all | 2 | ").contains("| 4/4 | 1.000 |");
    }

    @Test
    void should_count_recall_micro_and_ratio_from_sums_when_a_compressor_drops_lines() {
        // given: a fake engine that keeps only the first line of case "a" and everything of case "b"
        List<NeedleCase> cases = List.of(small("a", false), small("b", true));
        NeedleBench.Engine fake = (content, context) -> context.toolArguments().contains("x.log") && content == SMALL
                ? new CompressionOutcome("line one\n", ContentKind.LOG, "fake", true, "h1")
                : new CompressionOutcome(content, ContentKind.LOG, "none", false, null);
        TokenCounter lines = text -> (int) text.chars().filter(ch -> ch == '\n').count();

        // when
        List<CaseResult> results = NeedleBench.run(cases, fake, lines);

        // then: a misses both needles, b (same content object) too — recall 0/4, ratio (1+1)/(3+3)
        assertThat(results.get(0).found()).isZero();
        assertThat(results.get(0).missed()).containsExactly("exact: ERROR boom", "contains: three");
        NeedleReport.Totals all = NeedleReport.totals(results, r -> true);
        assertThat(all.found()).isZero();
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.ratio()).isEqualTo(2.0 / 6.0);
        // and a held-aside case's row shows nothing that could steer a compressor (no needles, kind or strategy)
        String rowOfB = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| b |")).findFirst().orElseThrow();
        assertThat(rowOfB).doesNotContain("ERROR boom", "0/2", "LOG", "none");
    }

    @Test
    void should_aggregate_tuning_and_held_aside_separately() {
        // given: the tuning case loses one needle, the held-aside case keeps both
        CaseResult tuning = new CaseResult("a", "log", "plain", false, "LOG", "s", 100, 10, 1, 2, false, List.of("exact: x"));
        CaseResult held = new CaseResult("b", "log", "plain", true, "LOG", "s", 300, 30, 2, 2, false, List.of());
        List<CaseResult> results = List.of(tuning, held);

        // when
        NeedleReport.Totals t = NeedleReport.totals(results, r -> !r.heldAside());
        NeedleReport.Totals h = NeedleReport.totals(results, CaseResult::heldAside);
        NeedleReport.Totals all = NeedleReport.totals(results, r -> true);

        // then
        assertThat(t.recall()).isEqualTo(0.5);
        assertThat(h.recall()).isEqualTo(1.0);
        assertThat(all.recall()).isEqualTo(0.75);
        assertThat(all.ratio()).isEqualTo(0.1);
    }

    @Test
    void should_refuse_to_show_a_fresh5_case() {
        // then: --case never compresses nor prints a held-aside case
        assertThatThrownBy(() -> NeedleBench.showCase("fresh5_rspec_failures"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("held aside");
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh5_case_to_the_tsv() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh5_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).found()).isZero();
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String rowOfFresh5 = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh5_x |")).findFirst().orElseThrow();
        assertThat(rowOfFresh5).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_refuse_to_show_a_fresh6_case() {
        // then: --case never compresses nor prints a held-aside case
        assertThatThrownBy(() -> NeedleBench.showCase("fresh6_docker_build_plain"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("held aside");
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh6_case_to_the_tsv() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh6_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).found()).isZero();
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String rowOfFresh6 = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh6_x |")).findFirst().orElseThrow();
        assertThat(rowOfFresh6).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_refuse_to_show_a_fresh7_case() {
        // then: --case never compresses nor prints a held-aside case
        assertThatThrownBy(() -> NeedleBench.showCase("fresh7_airflow_task_log"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("held aside");
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh7_case_to_the_tsv() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh7_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).found()).isZero();
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String rowOfFresh7 = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh7_x |")).findFirst().orElseThrow();
        assertThat(rowOfFresh7).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_read_back_what_it_writes_as_tsv() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("a", "log", "plain", false, "LOG", "log:templates", 100, 10, 1, 2, false, List.of("exact: x", "anyOf(2): y")),
                new CaseResult("b", "csv", "tsv", true, "UNKNOWN", "no-gain", 50, 50, 1, 1, true, List.of()));

        // when
        List<CaseResult> back = NeedleTsv.read(NeedleTsv.write(results));

        // then
        assertThat(back).isEqualTo(results);
        assertThat(NeedleReport.compare(results, back, "base", "now")).contains("| all | ALL | 2 | 0.400 | 0.400 | 0.667 | 0.667 |");
    }

    @Test
    void should_find_a_pretty_printed_json_member_needle_in_minified_output_and_nothing_looser() {
        // given
        Needle member = Needle.exact("      \"conclusion\": \"timed_out\",");
        Needle number = Needle.exact("  \"restarts\": 17");
        Needle opening = Needle.exact("    \"labels\": {");

        // then: the member in minified form counts, another value or a bare value does not
        assertThat(member.foundIn("[{\"name\":\"e2e\",\"conclusion\":\"timed_out\"}]")).isTrue();
        assertThat(member.foundIn("[{\"conclusion\":\"success\"}] timed_out")).isFalse();
        assertThat(number.foundIn("{\"restarts\":17}")).isTrue();
        assertThat(number.foundIn("{\"restarts\":1}")).isFalse();
        assertThat(Needle.minifiedMember("    \"labels\": {")).isNull();
        assertThat(opening.foundIn("{\"labels\":{")).isFalse();
        assertThat(Needle.contains("\"startLine\": 187,").foundIn("{\"startLine\":187,\"endLine\":190}")).isTrue();
        assertThat(Needle.contains("\"startLine\": 187,").foundIn("{\"startLine\":18,\"endLine\":187}")).isFalse();
    }
}
