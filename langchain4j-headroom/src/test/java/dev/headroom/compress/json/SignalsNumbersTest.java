package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The exact shortcuts of the numeric signals give what the general code gives, bit for bit. */
class SignalsNumbersTest {

    @Test
    void should_read_plain_decimals_as_parse_double_does() {
        SplittableRandom random = new SplittableRandom(42);
        String[] fixed = {"0", "-0", "0.0", "-0.0", "1", "-1", "0.1", "0.3", "123456789012345", "999999999999999",
            "0.000000000000001", "1234567.89012345", "9007199254740993", "12345678901234567", "1e5", "1.0E-5", "-", "",
            "1.", "0.1234", "2.2250738585072014"};
        for (String text : fixed) {
            assertSameAsParseDouble(text);
        }
        for (int c = 0; c < 200_000; c++) {
            int digits = 1 + random.nextInt(17);
            int dot = random.nextInt(digits + 1);
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "-" : "");
            for (int d = 0; d < digits; d++) {
                sb.append(d == dot && d > 0 ? "." : "").append((char) ('0' + random.nextInt(10)));
            }
            assertSameAsParseDouble(sb.toString());
        }
    }

    private static void assertSameAsParseDouble(String text) {
        double fast = Signals.plainDecimal(text);
        if (fast == fast) { // NaN: not a plain decimal of at most 15 digits, left to parseDouble
            assertThat(Double.doubleToRawLongBits(fast)).as(text).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @Test
    void should_give_every_window_the_median_a_sort_gives() {
        SplittableRandom random = new SplittableRandom(7);
        for (int c = 0; c < 20_000; c++) {
            int n = 20 + random.nextInt(200);
            int w = 3 + random.nextInt(8);
            double[] x = new double[n];
            int shape = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                x[i] = switch (shape) {
                    case 0 -> random.nextInt(5) - 2;
                    case 1 -> random.nextBoolean() ? 0.0 : -0.0;
                    case 2 -> random.nextDouble() * 100;
                    default -> random.nextInt(3) == 0 ? -0.0 : random.nextInt(3);
                };
            }
            double[] sliding = SeriesSignals.slidingMedians(x, w);
            double[] scratch = new double[w];
            for (int start = 0; start <= n - w; start++) {
                assertThat(Double.doubleToRawLongBits(sliding[start]))
                        .isEqualTo(Double.doubleToRawLongBits(SeriesSignals.windowMedian(x, start, w, scratch)));
            }
        }
    }
}
