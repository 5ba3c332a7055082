package dev.headroom.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenCounterTest {

    @Test
    void should_count_o200k_tokens_exactly() {
        assertThat(TokenCounter.o200k().count("hello world")).isEqualTo(2);
        assertThat(TokenCounter.o200k().count("")).isZero();
    }

    @Test
    void should_estimate_by_characters_rounding_up() {
        assertThat(TokenCounter.estimating(4.0).count("abcde")).isEqualTo(2);
        assertThat(TokenCounter.estimating().count(null)).isZero();
    }

    @Test
    void should_stay_within_a_factor_of_two_of_o200k_on_json() {
        // given
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 200; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"name\":\"item-").append(i)
                    .append("\",\"status\":\"ok\"}");
        }
        String json = sb.append(']').toString();

        // when
        int exact = TokenCounter.o200k().count(json);
        int estimate = TokenCounter.estimating().count(json);

        // then
        assertThat(estimate).isBetween(exact / 2, exact * 2);
    }

    @Test
    void should_reject_non_positive_chars_per_token() {
        assertThatThrownBy(() -> TokenCounter.estimating(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("charsPerToken");
    }
}
