package dev.headroom.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateMinerTest {

    private static LineTemplates mine(List<String> lines) {
        return TemplateMiner.mine(lines.toArray(new String[0]), new int[lines.size()]);
    }

    /** 3,000 access-log lines, all 200 but one 502; addresses, paths, sizes and stamps all vary. */
    static List<String> accessLog() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add(String.format("10.%d.%d.%d - - [06/Dec/2026:10:%02d:%02d +0000] \"GET /api/items/%d HTTP/1.1\" %s %d \"-\" \"curl/8.4.0\"",
                    i % 4, (i * 7) % 256, (i * 13) % 254 + 1, (i / 60) % 60, i % 60, i * 31 % 9973, i == 1771 ? "502" : "200",
                    200 + i * 17 % 90000));
        }
        return lines;
    }

    @Test
    void should_keep_a_low_cardinality_status_in_the_template_so_the_rare_value_is_its_own_template() {
        // given
        List<String> lines = accessLog();
        // when
        LineTemplates mined = mine(lines);
        // then
        int ok = mined.templateOf(0);
        int bad = mined.templateOf(1771);
        assertThat(bad).isNotEqualTo(ok);
        assertThat(mined.occurrences(bad)).isEqualTo(1);
        assertThat(mined.occurrences(ok)).isEqualTo(2999);
        assertThat(mined.template(ok)).contains("\"GET * 200 *").doesNotContain("10.0.");
        assertThat(mined.template(bad)).contains("\"GET * 502 *");
        assertThat(mined.family(ok)).isEqualTo(mined.family(bad));
    }

    @Test
    void should_mask_high_cardinality_words_such_as_package_names() {
        // given: dpkg-style lines, one package name per line, names without digits
        String[] names = {"adduser", "apt", "base-files", "bash", "coreutils", "dash", "debconf", "diffutils", "findutils",
            "grep", "gzip", "hostname", "login", "mawk", "passwd", "perl-base", "sed", "tar", "tzdata", "util-linux"};
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            lines.add("status installed " + name + ":all 1.2-3");
            lines.add("upgrade " + name + ":amd64 1.2-3 1.2-4");
        }
        // when
        LineTemplates mined = mine(lines);
        // then
        assertThat(mined.count()).isEqualTo(2);
        assertThat(mined.template(mined.templateOf(0))).isEqualTo("status installed * *.*-*");
        assertThat(mined.template(mined.templateOf(1))).startsWith("upgrade * ");
        assertThat(mined.occurrences(mined.templateOf(1))).isEqualTo(names.length);
    }

    @Test
    void should_keep_different_messages_apart_and_mask_thread_numbers() {
        // given
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            lines.add("INFO [worker-" + (i % 4) + "] c.e.Sync - synced batch " + i + " ok");
            lines.add("WARN [worker-" + (i % 4) + "] c.e.Cache - cache miss for sku " + (1000 + i));
        }
        // when
        LineTemplates mined = mine(lines);
        // then
        assertThat(mined.count()).isEqualTo(2);
        assertThat(mined.template(0)).isEqualTo("INFO [worker-*] c.e.Sync - synced batch * ok");
        assertThat(mined.template(1)).isEqualTo("WARN [worker-*] c.e.Cache - cache miss for sku *");
    }

    @Test
    void should_treat_a_list_of_like_ids_as_one_varying_part() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            StringBuilder sb = new StringBuilder("ask 10.0.0.1:50010 to delete");
            for (int k = 0; k <= i % 5; k++) {
                sb.append(" blk_-").append(1000 + i * 10 + k);
            }
            lines.add(sb.toString());
        }
        assertThat(mine(lines).count()).isEqualTo(1);
    }

    @Test
    void should_recognise_number_fields_but_not_ids_addresses_or_times() {
        assertThat(Tokens.isNumberField("502")).isTrue();
        assertThat(Tokens.isNumberField("(137)")).isTrue();
        assertThat(Tokens.isNumberField("status=1")).isTrue();
        assertThat(Tokens.isNumberField("1.")).isTrue();
        assertThat(Tokens.isNumberField("worker-3")).isFalse();
        assertThat(Tokens.isNumberField("blk_-123")).isFalse();
        assertThat(Tokens.isNumberField("10.0.0.1")).isFalse();
        assertThat(Tokens.isNumberField("12:00:01")).isFalse();
        assertThat(Tokens.isNumberField("/api/7")).isFalse();
        assertThat(Tokens.isNumberField("amd64")).isFalse();
    }

    @Test
    void should_mine_the_same_templates_on_every_run() {
        // given
        List<String> lines = accessLog();
        // when
        LineTemplates a = mine(lines);
        LineTemplates b = mine(new ArrayList<>(lines));
        // then
        assertThat(b.count()).isEqualTo(a.count());
        for (int t = 0; t < a.count(); t++) {
            assertThat(b.template(t)).isEqualTo(a.template(t));
            assertThat(b.first(t)).isEqualTo(a.first(t));
            assertThat(b.occurrences(t)).isEqualTo(a.occurrences(t));
        }
    }

    @Test
    void should_choose_the_rarest_templates_spread_over_the_output_within_the_budget() {
        // given: 100 templates seen once and one seen twice, budget 4
        int n = 101;
        boolean[] candidate = new boolean[n];
        int[] occurrences = new int[n];
        int[] position = new int[n];
        int[] weight = new int[n];
        for (int t = 0; t < n; t++) {
            candidate[t] = true;
            occurrences[t] = t == 0 ? 2 : 1;
            position[t] = t;
            weight[t] = 10;
        }
        // when
        int[] chosen = Rarity.select(candidate, occurrences, position, weight, 4, 1000);
        // then
        assertThat(chosen).containsExactly(1, 26, 51, 76);
        assertThat(Rarity.select(candidate, occurrences, position, weight, 4, 25)).hasSize(2);
    }

    @Test
    void should_tell_lines_that_differ_in_a_short_number_from_lines_that_differ_in_ids() {
        assertThat(Rarity.differInShortNumber("0.000 -1 0.000 502 - 368", "0.000 -1 0.000 504 - 704")).isTrue();
        assertThat(Rarity.differInShortNumber("ask 10.0.0.1:50010 to delete blk_1", "ask 10.0.0.2:50010 to delete blk_2")).isFalse();
        assertThat(Rarity.differInShortNumber("pid 20441 done", "pid 24136 done")).isFalse();
        assertThat(Rarity.differInShortNumber("exit 1", "exit 1 now")).isFalse();
    }
}
