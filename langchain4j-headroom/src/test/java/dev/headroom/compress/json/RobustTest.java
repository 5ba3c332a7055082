package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RobustTest {

    @Test
    void should_select_the_exact_lower_median_of_any_input() {
        SplittableRandom random = new SplittableRandom(7);
        for (int c = 0; c < 500; c++) {
            // given: sizes up to 40,000 (past the sampling limit), many duplicates, sorted and reversed runs
            int n = 1 + random.nextInt(c % 10 == 0 ? 40_000 : 50);
            double[] x = new double[n];
            int shape = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                x[i] = switch (shape) {
                    case 0 -> random.nextInt(5);
                    case 1 -> i;
                    case 2 -> n - i;
                    default -> random.nextDouble() * 1e6 - 5e5;
                };
            }
            double[] sorted = x.clone();
            Arrays.sort(sorted);

            // when
            double median = Robust.lowerMedian(x);

            // then
            assertThat(median).isEqualTo(sorted[(n - 1) / 2]);
        }
    }

    @Test
    void should_compute_median_and_mad() {
        // given
        double[] x = {1, 2, 3, 4, 100};

        // when / then
        assertThat(Robust.median(x)).isEqualTo(3.0);
        assertThat(Robust.mad(x, 3.0)).isEqualTo(1.0);
        assertThat(Robust.median(new double[] {1, 2, 3, 4})).isEqualTo(2.5);
        assertThat(Robust.median(new double[0])).isEqualTo(0.0);
    }

    @Test
    void should_give_the_median_a_sort_gives_bit_for_bit() {
        SplittableRandom random = new SplittableRandom(11);
        double[] specials = {0.0, -0.0, Double.NaN, 1.0, -1.0, 1e300, -1e-300};
        for (int c = 0; c < 2_000; c++) {
            // given: even and odd sizes, past the sampling limit now and then, duplicates, signed zeros and NaN
            int n = 1 + random.nextInt(c % 50 == 0 ? 40_000 : 60);
            double[] x = new double[n];
            int shape = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                x[i] = switch (shape) {
                    case 0 -> random.nextInt(4);
                    case 1 -> i % 7;
                    case 2 -> specials[random.nextInt(specials.length)];
                    case 3 -> random.nextInt(3) - 1.0;
                    default -> random.nextDouble() * 1e6 - 5e5;
                };
            }
            double[] copy = x.clone();

            // when
            double median = Robust.median(x);

            // then: the value of the old sort-based median, and the input untouched
            double[] sample = sortedSample(x);
            int mid = sample.length / 2;
            double expected = sample.length % 2 == 1 ? sample[mid] : (sample[mid - 1] + sample[mid]) / 2.0;
            assertThat(Double.doubleToRawLongBits(median)).as("case %d", c).isEqualTo(Double.doubleToRawLongBits(expected));
            assertThat(x).isEqualTo(copy);
        }
    }

    private static double[] sortedSample(double[] values) {
        int count = values.length;
        double[] sample;
        if (count <= Robust.MAX_EXACT) {
            sample = values.clone();
        } else {
            int stride = (count + Robust.MAX_EXACT - 1) / Robust.MAX_EXACT;
            sample = new double[(count + stride - 1) / stride];
            for (int i = 0, k = 0; i < count; i += stride) {
                sample[k++] = values[i];
            }
        }
        Arrays.sort(sample);
        return sample;
    }
}
