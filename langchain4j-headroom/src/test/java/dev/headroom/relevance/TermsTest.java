package dev.headroom.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void should_keep_identifiers_whole_and_by_their_parts() {
        assertThat(Terms.of("instance i-0abc12 in eu-west-3a is m5.large"))
                .contains("i-0abc12", "0abc12", "eu-west-3a", "west", "m5.large", "m5", "large");
    }

    @Test
    void should_lowercase_independently_of_the_default_locale() {
        assertThat(Terms.of("TIMEOUT Error")).containsExactly("timeout", "error");
    }

    @Test
    void should_drop_single_letters_but_keep_single_digits() {
        assertThat(Terms.of("a 7 b")).containsExactly("7");
    }

    @Test
    void should_return_no_terms_for_null_punctuation_or_whitespace() {
        assertThat(Terms.of(null)).isEmpty();
        assertThat(Terms.of(" ,;{}[] \n")).isEmpty();
    }

    @Test
    void should_deduplicate_in_first_seen_order() {
        assertThat(Terms.distinct("beta alpha beta gamma alpha")).containsExactly("beta", "alpha", "gamma");
    }

    @Test
    void should_give_inflected_words_their_base_forms_as_aliases_and_leave_base_words_alone() {
        assertThat(Terms.aliases("upgraded")).contains("upgrade");
        assertThat(Terms.aliases("upgrading")).contains("upgrade");
        assertThat(Terms.aliases("Upgrades")).contains("upgrade");
        assertThat(Terms.aliases("failures")).contains("failure");
        assertThat(Terms.aliases("packages")).contains("package");
        assertThat(Terms.aliases("dependencies")).containsExactly("dependency");
        assertThat(Terms.aliases("matches")).contains("match");
        assertThat(Terms.aliases("stopped")).contains("stop");
        assertThat(Terms.aliases("WARNINGS")).contains("warning", "warn");
        assertThat(Terms.aliases("502s")).containsExactly("502");
        assertThat(Terms.aliases("5s")).isEmpty();
        assertThat(Terms.aliases("5xx")).isEmpty();
        assertThat(Terms.aliases("upgrade")).isEmpty();
        assertThat(Terms.aliases("status")).isEmpty();
        assertThat(Terms.aliases("process")).isEmpty();
    }

    @Test
    void should_leave_ids_versions_camel_case_identifiers_and_hex_untouched() {
        assertThat(Terms.of("ORD-417")).containsExactly("ord", "417", "ord-417");
        assertThat(Terms.of("v2.17.1")).contains("v2.17.1", "2.17.1");
        assertThat(Terms.of("readTree getItems")).containsExactly("readtree", "getitems");
        assertThat(Terms.aliases("readTree")).isEmpty();
        assertThat(Terms.aliases("getItems")).isEmpty();
        assertThat(Terms.of("0x1f a1b2c3 config_loader")).containsExactly("0x1f", "a1b2c3", "config_loader");
        assertThat(Terms.aliases("0x1f")).isEmpty();
        assertThat(Terms.aliases("ORD-417")).isEmpty();
    }

    @Test
    void should_report_each_term_followed_by_its_aliases() {
        // given
        java.util.List<String> seen = new java.util.ArrayList<>();

        // when
        TermScanner.scan("upgraded ORD-417", (term, alias) -> seen.add((alias ? "~" : "") + term));

        // then
        assertThat(seen).containsExactly("upgraded", "~upgrad", "~upgrade", "ord", "417", "ord-417");
    }

    @Test
    void should_split_paths_into_segments_suffixes_and_base_name_with_and_without_extension() {
        assertThat(Terms.of("src/main/java/org/acme/TarFile.java:42:  int x;"))
                .contains("src/main/java/org/acme/tarfile.java", "acme/tarfile.java", "tarfile.java", "tarfile", "java", "42");
        assertThat(Terms.of("diff --git a/Lib/tarfile.py b/Lib/tarfile.py"))
                .contains("lib/tarfile.py", "tarfile.py", "tarfile", "py");
        assertThat(Terms.of("C:\\work\\app\\Main.java")).contains("main.java", "app\\main.java");
    }

    @Test
    void should_split_maven_coordinates_at_colons_so_artifacts_and_versions_match_as_written() {
        assertThat(Terms.of("[INFO] +- com.fasterxml.jackson.core:jackson-databind:jar:2.17.1:compile"))
                .contains("jackson-databind", "2.17.1", "com.fasterxml.jackson.core", "databind", "jackson");
    }

    @Test
    void should_take_ids_versions_paths_and_file_names_for_names_and_plain_words_not() {
        assertThat(Terms.names("What happened to request 01HF3XK9QZ in sess_0d41e2b7c9 on 2.17.1?"))
                .containsExactly("01hf3xk9qz", "sess_0d41e2b7c9", "2.17.1");
        assertThat(Terms.names("what changed in config/rate-limits.yaml and template_cache.go"))
                .containsExactly("config/rate-limits.yaml", "template_cache.go");
        assertThat(Terms.names("why did the build fail on the 3rd try, http 502")).isEmpty();
    }

    @Test
    void should_take_a_snake_case_identifier_for_a_name_that_its_kebab_spelling_also_holds() {
        List<String> names = Terms.names("When was the legacy_checkout flag removed?");
        assertThat(names).containsExactly("legacy_checkout", "legacy-checkout");
        assertThat(Terms.holdsAny("Merge pull request #4187 from acme/chore/drop-legacy-checkout", names)).isTrue();
        assertThat(Terms.names("why is a_b or _private slow")).isEmpty();
    }

    @Test
    void should_not_take_a_part_of_a_name_the_question_gives_for_a_name_of_its_own() {
        // the base name __init__.py is a part of the partial path asked for
        assertThat(Terms.names("explain asyncio/__init__.py")).containsExactly("asyncio/__init__.py");
        assertThat(Terms.holdsAny("Lib/asyncio/__init__.py:3:import x", Terms.names("explain asyncio/__init__.py"))).isTrue();
        assertThat(Terms.holdsAny("Lib/email/__init__.py:3:import x", Terms.names("explain asyncio/__init__.py"))).isFalse();
    }

    @Test
    void should_take_a_kebab_case_identifier_for_a_name_that_its_snake_spelling_also_holds() {
        // when
        List<String> names = Terms.names("What CPU limits does the orders-worker deployment get?");
        // then
        assertThat(names).containsExactly("orders-worker", "orders_worker");
        assertThat(Terms.names("a so-so e-mail")).isEmpty();
    }

    @Test
    void should_find_a_name_inside_a_longer_identifier_but_not_inside_a_longer_word() {
        List<String> names = Terms.names("where is orders-worker and version 2.17.1?");
        assertThat(Terms.holdsAny("pod orders-worker-7f9c4-x2x Running", names)).isTrue();
        assertThat(Terms.holdsAny("Merge branch chore/drop-orders-worker", names)).isTrue();
        assertThat(Terms.holdsAny("pod orders-workers-7f9c4 Running", names)).isFalse();
        assertThat(Terms.holdsAny("jackson 2.17.10", names)).isFalse();
        assertThat(Terms.holdsAny("jackson 2.17.1.", names)).isTrue();
    }

    @Test
    void should_keep_only_the_names_few_documents_hold() {
        // given: every line holds the service's name, two lines the pod's
        List<String> lines = List.of("checkout-api pod-aa1 ok", "checkout-api pod-bb2 ok", "checkout-api pod-cc3 ok",
                "checkout-api pod-bb2 timeout");
        // when
        List<String> selective = Terms.heldByAtMost(List.of("checkout-api", "pod-bb2"), lines, 2);
        // then
        assertThat(selective).containsExactly("pod-bb2");
    }

    @Test
    void should_find_the_camel_case_identifiers_a_question_gives_as_written() {
        assertThat(Terms.camelCaseNames("What changed in TaxCalculator, and why does getItems call TaxCalculator twice? Ask McD or OK."))
                .containsExactly("taxcalculator", "getitems");
        assertThat(Terms.camelCaseNames("which files changed in the invoice code?")).isEmpty();
    }
}
