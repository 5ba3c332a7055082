package dev.headroom.relevance;

import static org.assertj.core.api.Assertions.assertThat;

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
        Terms.scan("upgraded ORD-417", (term, alias) -> seen.add((alias ? "~" : "") + term));

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
}
