package dev.headroom.benchmarks.needles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NeedleCasesTest {

    private static List<NeedleCase> cases;

    @BeforeAll
    static void build() {
        cases = NeedleCases.all();
    }

    @Test
    void should_have_enough_cases_formats_and_held_aside_cases() {
        // then
        assertThat(cases).hasSizeGreaterThanOrEqualTo(48);
        assertThat(cases.stream().map(NeedleCase::format).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(14);
        List<NeedleCase> held = cases.stream().filter(NeedleCase::heldAside).toList();
        assertThat(held).hasSizeGreaterThanOrEqualTo(12);
        Set<String> kinds = cases.stream().map(NeedleCase::kind).collect(Collectors.toSet());
        // every kind, codelike included since the fresh-5 batch
        assertThat(held.stream().map(NeedleCase::kind).collect(Collectors.toSet())).containsAll(kinds);
    }

    @Test
    void should_give_every_case_a_unique_name_and_between_one_and_ten_needles() {
        // then
        Set<String> names = new HashSet<>();
        for (NeedleCase c : cases) {
            assertThat(names.add(c.name())).as("duplicate name %s", c.name()).isTrue();
            assertThat(c.needles()).as(c.name()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        }
    }

    @Test
    void should_only_have_needles_that_are_in_the_input() {
        // then: a needle not in its input is a broken rule, not a compression miss
        for (NeedleCase c : cases) {
            for (Needle n : c.needles()) {
                assertThat(n.presentIn(c.content())).as("%s: %s", c.name(), n.describe(200)).isTrue();
            }
        }
    }

    @Test
    void should_generate_the_same_cases_when_built_twice() {
        // when
        List<NeedleCase> again = NeedleCases.all();

        // then
        assertThat(again).isEqualTo(cases);
    }

    @Test
    void should_hold_aside_every_fresh5_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh5 = cases.stream().filter(c -> c.name().startsWith("fresh5_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh5).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh5) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh5(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-5").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
        }
    }

    @Test
    void should_hold_aside_every_fresh6_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh6 = cases.stream().filter(c -> c.name().startsWith("fresh6_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh6).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh6) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh6(r)).isTrue();
            assertThat(NeedleReport.isFresh5(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-6").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-5").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
        }
    }

    @Test
    void should_hold_aside_every_fresh7_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh7 = cases.stream().filter(c -> c.name().startsWith("fresh7_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh7).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh7) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh7(r)).isTrue();
            assertThat(NeedleReport.isFresh6(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-7").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-6").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
        }
    }

    @Test
    void should_hold_aside_every_fresh8_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh8 = cases.stream().filter(c -> c.name().startsWith("fresh8_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh8).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh8) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh8(r)).isTrue();
            assertThat(NeedleReport.isFresh7(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-8").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-7").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh8_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh8_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh8_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh10_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh10 = cases.stream().filter(c -> c.name().startsWith("fresh10_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh10).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh10) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh10(r)).isTrue();
            assertThat(NeedleReport.isFresh8(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-10").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-8").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh10_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh10_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh10_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh12_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh12 = cases.stream().filter(c -> c.name().startsWith("fresh12_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh12).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh12) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh12(r)).isTrue();
            assertThat(NeedleReport.isFresh8(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-12").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-8").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh12_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh12_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh12_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh13_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh13 = cases.stream().filter(c -> c.name().startsWith("fresh13_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh13).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh13) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh13(r)).isTrue();
            assertThat(NeedleReport.isFresh8(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-13").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-8").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh13_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh13_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh13_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_give_tool_arguments_that_are_json_objects() {
        // then
        for (NeedleCase c : cases) {
            assertThat(c.toolArguments()).as(c.name()).startsWith("{").endsWith("}");
        }
    }

    @Test
    void should_hold_aside_every_fresh9_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh9 = cases.stream().filter(c -> c.name().startsWith("fresh9_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh9).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh9) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh9(r)).isTrue();
            assertThat(NeedleReport.isFresh8(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-9").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-8").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh9_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh9_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh9_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh11_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh11 = cases.stream().filter(c -> c.name().startsWith("fresh11_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh11).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh11) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh11(r)).isTrue();
            assertThat(NeedleReport.isFresh10(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-11").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-10").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh11_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh11_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh11_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh14_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh14 = cases.stream().filter(c -> c.name().startsWith("fresh14_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh14).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh14) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh14(r)).isTrue();
            assertThat(NeedleReport.isFresh8(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-14").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-8").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh14_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh14_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh14_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh15_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh15 = cases.stream().filter(c -> c.name().startsWith("fresh15_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh15).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh15) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh15(r)).isTrue();
            assertThat(NeedleReport.isFresh14(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-15").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-14").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh15_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh15_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh15_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh16_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh16 = cases.stream().filter(c -> c.name().startsWith("fresh16_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh16).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh16) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh16(r)).isTrue();
            assertThat(NeedleReport.isFresh14(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-16").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-14").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh16_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh16_x", "table", "plain", true, "TABLE", "table:rows", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh16_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh17_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh17 = cases.stream().filter(c -> c.name().startsWith("fresh17_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh17).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh17) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh17(r)).isTrue();
            assertThat(NeedleReport.isFresh16(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-17").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-16").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh17_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh17_x", "json", "plain", true, "JSON", "json:items", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh17_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh18_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh18 = cases.stream().filter(c -> c.name().startsWith("fresh18_")).toList();

        // then: twelve cases, all held aside, each in a format no other case has
        assertThat(fresh18).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh18) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh18(r)).isTrue();
            assertThat(NeedleReport.isFresh16(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-18").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-16").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh18_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh18_x", "table", "plain", true, "TABLE", "table:rows", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh18_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh19_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh19 = cases.stream().filter(c -> c.name().startsWith("fresh19_")).toList();

        // then: twelve cases, all held aside, each in a format no case before them has (fresh20, written at the same
        // time by another author, chose three of the same tools)
        assertThat(fresh19).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh19) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()) && !o.name().startsWith("fresh20_"))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh19(r)).isTrue();
            assertThat(NeedleReport.isFresh18(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-19").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-18").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh19_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh19_x", "lines", "plain", true, "LINES", "lines:rare", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh19_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh20_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh20 = cases.stream().filter(c -> c.name().startsWith("fresh20_")).toList();

        // then: twelve cases, all held aside, each in a format no case before them has (fresh19, written at the same
        // time by another author, chose three of the same tools)
        assertThat(fresh20).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh20) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()) && !o.name().startsWith("fresh19_"))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh20(r)).isTrue();
            assertThat(NeedleReport.isFresh16(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-20").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-16").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh20_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh20_x", "json", "plain", true, "JSON", "json:items", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh20_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh21_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh21 = cases.stream().filter(c -> c.name().startsWith("fresh21_")).toList();

        // then: twelve cases, all held aside, each in a format no case before them has (fresh22, written at the same
        // time by another author, from other tool families)
        assertThat(fresh21).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh21) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()) && !o.name().startsWith("fresh22_"))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh21(r)).isTrue();
            assertThat(NeedleReport.isFresh16(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-21").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-16").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh21_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh21_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh21_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }

    @Test
    void should_hold_aside_every_fresh22_case_and_report_them_as_their_own_set() {
        // given
        List<NeedleCase> fresh22 = cases.stream().filter(c -> c.name().startsWith("fresh22_")).toList();

        // then: twelve cases, all held aside, each in a format no case before them has (fresh21, written at the same
        // time by another author, is left out of the comparison)
        assertThat(fresh22).hasSize(12).allSatisfy(c -> assertThat(c.heldAside()).as(c.name()).isTrue());
        for (NeedleCase c : fresh22) {
            assertThat(cases.stream().filter(o -> o.format().equals(c.format()) && !o.name().startsWith("fresh21_"))).as(c.format()).hasSize(1);
            CaseResult r = new CaseResult(c.name(), c.kind(), c.format(), true, "X", "s", 1, 1, 0, 1, false, List.of());
            assertThat(NeedleReport.isFresh22(r)).isTrue();
            assertThat(NeedleReport.isFresh20(r)).isFalse();
            assertThat(NeedleReport.SETS.get("fresh-22").test(r)).isTrue();
            assertThat(NeedleReport.SETS.get("fresh-20").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("held-aside").test(r)).isFalse();
            assertThat(NeedleReport.SETS.get("tuning").test(r)).isFalse();
        }
    }

    @Test
    void should_write_no_missed_needle_of_a_fresh22_case_to_the_tsv_nor_the_report() {
        // given
        List<CaseResult> results = List.of(
                new CaseResult("fresh22_x", "jsonl", "plain", true, "JSONL", "jsonl:rows", 100, 10, 0, 1, false, List.of("exact: secret needle")),
                new CaseResult("fresh4_x", "log", "plain", true, "LOG", "log:templates", 100, 10, 0, 1, false, List.of("exact: other")));

        // when
        String tsv = NeedleTsv.write(results);

        // then: the counts stay, the needle text does not
        assertThat(tsv).doesNotContain("secret needle").contains("exact: other");
        assertThat(NeedleTsv.read(tsv).get(0).total()).isEqualTo(1);
        String row = NeedleReport.markdown(results).lines().filter(l -> l.startsWith("| fresh22_x |")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("secret needle", "0/1");
    }
}
