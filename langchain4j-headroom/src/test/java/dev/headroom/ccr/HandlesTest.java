package dev.headroom.ccr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Handles are part of what the model sees and what a shared store is keyed by: they must be the same in every
 * JVM and every version (a changed digest would orphan every original in Redis and change every compressed
 * byte, breaking prompt caches). Pinned to values computed outside Java ({@code printf ... | sha256sum}).
 */
class HandlesTest {

    @Test
    void should_be_the_first_96_bits_of_sha256_over_utf8_when_content_is_well_formed() {
        assertThat(Handles.of("hello")).isEqualTo("2cf24dba5fb0a30e26e83b2a");
        assertThat(Handles.of("línea ☃ 😀")).isEqualTo("cc99376bb510f5d3296bc5e7");
    }

    @Test
    void should_be_well_formed_and_differ_when_content_differs_by_one_character() {
        assertThat(Handles.isWellFormed(Handles.of("a"))).isTrue();
        assertThat(Handles.of("a")).isNotEqualTo(Handles.of("b")).hasSize(Handles.LENGTH);
        assertThat(Handles.of("a\uD800")).isNotEqualTo(Handles.of("a?"));
        assertThat(Handles.isWellFormed("2CF24DBA5FB0A30E26E83B2A")).isFalse();
        assertThat(Handles.isWellFormed("2cf24dba5fb0a30e26e83b2")).isFalse();
    }
}
