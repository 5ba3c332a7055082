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
}
