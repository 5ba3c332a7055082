package dev.headroom.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.WorkBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class LevelShiftsTest {

    private static List<Integer> shifts(String[] lines, int limit) {
        return LevelShifts.of(lines, TemplateMiner.mine(lines, new int[lines.length], WorkBudget.unlimited()), limit,
                WorkBudget.unlimited());
    }

    private static String[] lines(int n, IntFunction<String> line) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = line.apply(i);
        }
        return out;
    }

    /** {@code vmstat}-like samples, one line per interval; from {@code from} on, {@code wa} is high. */
    private static String[] samples(int n, int from, int to, Random r) {
        return lines(n, i -> String.format(" 2  0      0 812340  20480 %7d    0    0  %4d  %4d  %3d",
                400_000 + r.nextInt(2_000), 10 + r.nextInt(30), 100 + r.nextInt(200),
                i >= from && i < to ? 30 + r.nextInt(20) : r.nextInt(3)));
    }

    @Test
    void should_keep_the_line_where_a_sustained_change_begins() {
        Random r = new Random(3);
        assertThat(shifts(samples(40, 29, 40, r), 5)).containsExactly(29);
        // high at first, low later (a throughput that fell): the line where it fell
        String[] fell = lines(30, i -> "tick rate=" + (i < 12 ? 900 + r.nextInt(200) : 40 + r.nextInt(30)) + "/s ok");
        assertThat(shifts(fell, 5)).containsExactly(12);
    }

    @Test
    void should_keep_where_it_began_each_time_when_it_came_back() {
        Random r = new Random(4);
        List<Integer> found = shifts(samples(60, 20, 30, r), 5);
        assertThat(found).containsExactly(20);
        String[] twice = lines(60, i -> String.format("queue depth=%d", i >= 10 && i < 20 || i >= 40 && i < 45 ? 5_000 + r.nextInt(900) : r.nextInt(4)));
        assertThat(shifts(twice, 5)).containsExactly(10, 40);
    }

    @Test
    void should_allow_a_first_sample_since_boot_and_a_change_that_has_only_begun() {
        Random r = new Random(5);
        String[] s = samples(40, 20, 40, r);
        s[0] = " 2  0      0 812340  20480  400000    0    0    10   100   61";
        assertThat(shifts(s, 5)).containsExactly(20);
        String[] begun = samples(40, 20, 40, r);
        begun[39] = begun[5];
        begun[38] = begun[6];
        assertThat(shifts(begun, 5)).containsExactly(20);
    }

    @Test
    void should_find_none_in_noise_spikes_alternation_counters_or_sorted_columns() {
        Random r = new Random(6);
        assertThat(shifts(samples(40, 99, 99, r), 5)).as("noise").isEmpty();
        String[] spike = samples(40, 18, 20, r);
        assertThat(shifts(spike, 5)).as("a spike of two samples").isEmpty();
        String[] alternating = lines(40, i -> "request took " + (i % 3 == 0 ? 900 + r.nextInt(50) : 5 + r.nextInt(5)) + "ms");
        assertThat(shifts(alternating, 5)).as("hits and misses").isEmpty();
        String[] thrice = lines(60, i -> "queue depth=" + (i % 20 >= 10 && i % 20 < 15 ? 5_000 + r.nextInt(900) : r.nextInt(4)));
        assertThat(shifts(thrice, 5)).as("three bursts: a pattern, not a change").isEmpty();
        String[] spikeThenShift = lines(40, i -> "queue depth=" + (i == 8 || i == 9 || i >= 25 ? 5_000 + r.nextInt(900) : r.nextInt(4)));
        assertThat(shifts(spikeThenShift, 5)).as("values that come and go before").isEmpty();
        String[] unsteadyStart = lines(40, i -> "queue depth=" + (i == 1 || i >= 25 ? 5_000 + r.nextInt(900) : r.nextInt(4)));
        assertThat(shifts(unsteadyStart, 5)).as("no steady level to start from").isEmpty();
        String[] doubled = lines(40, i -> "latency=" + (i >= 20 ? 250 + r.nextInt(20) : 100 + r.nextInt(10)) + "ms");
        assertThat(shifts(doubled, 5)).as("a separate level, but only 2.4 times the other").isEmpty();
        int[] climb = {19, 36, 68, 129, 245};
        String[] touching = lines(40, i -> "latency=" + (i >= 20 ? climb[i % 5] : 10) + "ms");
        assertThat(shifts(touching, 5)).as("no gap between the levels: 10, then 19, 36, 68, ...").isEmpty();
        String[] counter = lines(40, i -> "processed total=" + (i < 5 ? i : 1_000 * i) + " items");
        assertThat(shifts(counter, 5)).as("a counter").isEmpty();
        String[] dates = lines(40, i -> "Date:   Mon Feb " + (1 + i / 10 * 7) + " 10:00:00 2025");
        assertThat(shifts(dates, 5)).as("dates").isEmpty();
        List<String> sizes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sizes.add("-rw-r--r-- 1 dev dev " + (i < 30 ? 100 + i : 90_000 + i) + " file" + i);
        }
        assertThat(shifts(sizes.toArray(String[]::new), 5)).as("a listing by size").isEmpty();
    }

    @Test
    void should_cut_at_the_limit_keeping_the_largest_shifts_and_read_quantities_only() {
        Random r = new Random(7);
        String[] two = lines(40, i -> String.format("a=%d b=%d", i >= 20 ? 100 + r.nextInt(10) : 10 + r.nextInt(2),
                i >= 30 ? 100_000 + r.nextInt(10) : 10 + r.nextInt(2)));
        assertThat(shifts(two, 2)).containsExactly(20, 30);
        assertThat(shifts(two, 1)).containsExactly(30);
        assertThat(ReportFields.number("99.5%")).isEqualTo(99.5);
        assertThat(ReportFields.number("48ms,")).isEqualTo(48.0);
        assertThat(ReportFields.number("1,204")).isEqualTo(1204.0);
        assertThat(ReportFields.number("1.2.3")).isNull();
        assertThat(ReportFields.number("9999C1")).isNull();
        assertThat(ReportFields.number("abc")).isNull();
    }
}
