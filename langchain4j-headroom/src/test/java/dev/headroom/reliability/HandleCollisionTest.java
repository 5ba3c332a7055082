package dev.headroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.ccr.Handles;
import dev.headroom.compress.CompressionContext;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Handles must be injective on Java strings, not only on valid Unicode: a lone surrogate encodes to
 * {@code ?} in UTF-8, so two different tool results would share a handle, a memo entry and a store slot,
 * and one conversation would read the other's original.
 */
class HandleCollisionTest {

    @Test
    void should_give_different_handles_when_contents_differ_only_in_a_lone_surrogate() {
        // given
        String surrogate = "[\"id-\uD800\"]";
        String question = "[\"id-?\"]";
        String otherSurrogate = "[\"id-\uDFFF\"]";

        // when / then
        assertThat(Handles.of(surrogate)).isNotEqualTo(Handles.of(question)).isNotEqualTo(Handles.of(otherSurrogate));
        assertThat(Handles.of(question)).isNotEqualTo(Handles.of(otherSurrogate));
        assertThat(Handles.isWellFormed(Handles.of(surrogate))).isTrue();
    }

    @Test
    void should_keep_handles_of_valid_text_unchanged() {
        // a surrogate pair (an emoji) is valid UTF-16 and hashes as its UTF-8 bytes, as before
        assertThat(Handles.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8");
        assertThat(Handles.of("abc")).isEqualTo("ba7816bf8f01cfea414140de");
        assertThat(Handles.of("😀")).isEqualTo(Handles.of(new String("😀".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void should_not_leak_an_original_across_conversations_when_contents_differ_only_in_a_lone_surrogate() {
        // given conversation A's tool result holds a lone surrogate where B's holds '?'
        Headroom headroom = Headroom.builder().compressor(HeadCompressor.json()).build();
        CompressionContext context = CompressionContext.builder().toolName("list_orders").build();
        String originalA = Conversations.toolResult("alice", 1, 100).replace("secret-1-5\"", "secret-1-5\uD800\"");
        String originalB = originalA.replace('\uD800', '?');

        // when
        CompressionOutcome a = headroom.compress(originalA, context);
        CompressionOutcome b = headroom.compress(originalB, context);

        // then
        assertThat(a.handle()).isNotEqualTo(b.handle());
        assertThat(headroom.retriever().retrieve(a.handle(), null, Set.of(a.handle())).text()).isEqualTo(originalA);
        assertThat(headroom.retriever().retrieve(b.handle(), null, Set.of(b.handle())).text()).isEqualTo(originalB);
    }
}
