package dev.headroom.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedShapesTest {

    @Test
    void should_tell_data_from_code_by_repeated_line_shapes() {
        RepeatedShapes data = new RepeatedShapes();
        for (int i = 0; i < 40; i++) {
            data.add("INSERT INTO `t` VALUES (" + i + ",'name " + i + "');");
        }
        assertThat(data.isData()).isTrue();
        RepeatedShapes code = new RepeatedShapes();
        for (int i = 0; i < 40; i++) {
            code.add("    long value" + (char) ('a' + i % 26) + (i / 26) + " = compute" + "XYZW".charAt(i % 4) + "(input, " + i + ");".repeat(1 + i % 3));
        }
        assertThat(RepeatedShapes.shape("  value = \"abc\" + 'd' + 42;")).isEqualTo("value = \"\" + '' + 0;");
        assertThat(RepeatedShapes.shape("  });")).isNull();
        assertThat(code.isData()).isFalse();
    }
}
