package dev.headroom.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NamedNumbersTest {

    @Test
    void should_read_values_exactly_as_the_parser_does() {
        Random r = new Random(11);
        for (int k = 0; k < 20_000; k++) {
            int places = r.nextInt(8);
            String digits = Long.toString(Math.abs(r.nextLong()) % 100_000_000_000_000L);
            String number = places == 0 || places >= digits.length() ? digits
                    : digits.substring(0, digits.length() - places) + "." + digits.substring(digits.length() - places);
            assertThat(NamedNumbers.read("took " + number + "ms")).singleElement()
                    .satisfies(n -> assertThat(n.value()).isEqualTo(Double.parseDouble(number)));
        }
    }

    @Test
    void should_read_units_in_any_case_and_count_repeated_names() {
        assertThat(NamedNumbers.read("took 48MS, took 2Sec, took 7Kib, took 3q"))
                .extracting(NamedNumbers.Named::name, NamedNumbers.Named::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("took", 48.0),
                        org.assertj.core.groups.Tuple.tuple("took#1", 2.0), org.assertj.core.groups.Tuple.tuple("took#2", 7.0));
    }

    @Test
    void should_read_each_line_once_on_first_use() {
        NamedNumbers numbers = new NamedNumbers(new String[] {"delay=5", "no numbers"});
        assertThat(numbers.of(0)).isSameAs(numbers.of(0));
        assertThat(numbers.of(1)).isEmpty();
    }
}
