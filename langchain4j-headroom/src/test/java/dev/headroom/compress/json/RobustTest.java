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
}
