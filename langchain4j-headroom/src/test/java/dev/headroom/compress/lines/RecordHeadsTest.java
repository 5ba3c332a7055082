package dev.headroom.compress.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordHeadsTest {

    @Test
    void should_take_a_line_drawn_of_punctuation_for_a_rule_and_a_spaced_key_value_line_not() {
        assertThat(RecordHeads.isRule("*************************** 12. row ***************************")).isTrue();
        assertThat(RecordHeads.isRule("======== node-3 ========")).isTrue();
        assertThat(RecordHeads.isRule("IP:               10.244.9.166")).isFalse();
        assertThat(RecordHeads.isRule("  -  -  -  ab")).isFalse();
        assertThat(RecordHeads.isRule("a.b.c.d:e/f")).isFalse();
    }
}
