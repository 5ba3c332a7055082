package dev.headroom.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.WorkBudget;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class NumericOutliersTest {

    private static List<Integer> outliers(String[] lines, int limit) {
        return NumericOutliers.of(lines, TemplateMiner.mine(lines, new int[lines.length], WorkBudget.unlimited()), limit,
                WorkBudget.unlimited());
    }

    private static String[] lines(int n, IntFunction<String> line) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = line.apply(i);
        }
        return out;
    }

    @Test
    void should_find_the_one_value_that_stands_far_above_its_named_number() {
        Random r = new Random(1);
        String[] lines = lines(300, i -> "        duration_ms: " + (i == 171 ? 48213 : 5 + r.nextInt(400)) + ",");
        assertThat(outliers(lines, 5)).containsExactly(171);
        String[] units = lines(300, i -> "request " + Integer.toHexString(4096 + i * 31) + " served in " + (i == 42 ? "95000ms" : (10 + r.nextInt(90)) + "ms"));
        assertThat(outliers(units, 5)).containsExactly(42);
    }

    @Test
    void should_find_none_among_spread_ids_sizes_or_a_tail_that_climbs_step_by_step() {
        Random r = new Random(2);
        String[] ids = lines(300, i -> "order id=" + (100_000 + r.nextInt(900_000)) + " bytes=" + (200 + r.nextInt(90_000)));
        assertThat(outliers(ids, 5)).isEmpty();
        // a log-normal tail: large values, but none stands apart from the next one
        String[] tail = lines(2_000, i -> "query took " + Math.round(Math.exp(3 + 1.2 * r.nextGaussian())) + "ms");
        assertThat(outliers(tail, 5)).isEmpty();
    }

    @Test
    void should_not_read_versions_clocks_hex_ids_or_unnamed_numbers_as_quantities() {
        assertThat(NamedNumbers.read("upgrade libfoo:amd64 252.36-1~deb12u1 at 12:00:01 id 9999C")).isEmpty();
        assertThat(NamedNumbers.read("\"GET / HTTP/1.1\" 200 30655")).isEmpty();
        assertThat(NamedNumbers.read("RAS KERNEL INFO 632431728 double-hummer alignment exceptions")).isEmpty();
        assertThat(NamedNumbers.read("Query_time: 31.2  Rows_examined: 9000000 took 48s"))
                .extracting(NamedNumbers.Named::name, NamedNumbers.Named::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("query_time", 31.2),
                        org.assertj.core.groups.Tuple.tuple("rows_examined", 9_000_000.0), org.assertj.core.groups.Tuple.tuple("took", 48.0));
    }

    @Test
    void should_keep_at_most_the_limit_most_extreme_first() {
        Random r = new Random(3);
        String[] lines = lines(400, i -> "retries: " + (i == 50 ? 70 : i == 300 ? 900 : r.nextInt(3)));
        assertThat(outliers(lines, 1)).containsExactly(300);
        assertThat(outliers(lines, 5)).containsExactly(50, 300);
    }

    @Test
    void should_find_the_value_that_jumps_away_from_a_tail_climbing_past_the_floor() {
        // given: 200 values of 0-9, a tail climbing 10, 15, ..., 105 past the floor (10 × median = 50), then 5000
        double[] sorted = new double[221];
        for (int i = 0; i < 200; i++) {
            sorted[i] = i / 20;
        }
        for (int i = 0; i < 20; i++) {
            sorted[200 + i] = 10 + 5 * i;
        }
        sorted[220] = 5_000;
        // then: only the jump stands out; the climbing tail does not
        assertThat(NumericOutliers.standOutFloor(sorted)).isEqualTo(5_000.0);
        assertThat(NumericOutliers.standOutFloor(java.util.Arrays.copyOf(sorted, 220))).isNaN();
    }
}
