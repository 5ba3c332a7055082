package dev.headroom.compress.lines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.Lines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which changed lines of marked-change output ({@code helm diff}-like) {@link ChangeLines} keeps. */
class ChangeLinesTest {

    /** A release diff of 30 manifests: each bumps its version, one also changes its pool size, the last is removed. */
    private static String[] releaseDiff() {
        StringBuilder sb = new StringBuilder();
        for (int m = 0; m < 30; m++) {
            sb.append("prod, svc-").append(m).append(", Deployment (apps) has ").append(m == 29 ? "been removed:" : "changed:").append('\n');
            String mark = m == 29 ? "- " : "  ";
            sb.append(mark).append("apiVersion: apps/v1\n").append(mark).append("kind: Deployment\n").append(mark).append("metadata:\n");
            if (m < 29) {
                sb.append("-   version: \"2.3.").append(m).append("\"\n+   version: \"2.4.").append(m).append("\"\n");
            }
            for (int k = 0; k < 12; k++) {
                sb.append(mark).append("  setting").append(k).append(": value").append(k).append('\n');
                if (m == 17 && k == 6) {
                    sb.append("-   pool-size: 20\n+   pool-size: 200\n");
                }
            }
        }
        return Lines.split(sb.toString());
    }

    private static List<String> kept(String[] lines, int max) {
        boolean[] keep = new boolean[lines.length];
        ChangeLines.keep(lines, keep, max);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (keep[i]) {
                out.add(lines[i]);
            }
        }
        return out;
    }

    @Test
    void should_keep_each_run_of_changed_lines_that_shows_a_new_shape() {
        // when
        List<String> kept = kept(releaseDiff(), 100);
        // then: the first version bump, the pool change, the first lines of the removal; no later version bump
        assertThat(kept).containsExactly("-   version: \"2.3.0\"", "+   version: \"2.4.0\"", "-   pool-size: 20", "+   pool-size: 200",
                "- apiVersion: apps/v1", "- kind: Deployment", "- metadata:", "-   setting0: value0");
    }

    @Test
    void should_tell_lines_apart_by_their_words_without_digits() {
        assertThat(ChangeLines.shape("+   image: \"registry.shop.io/api:1.42.0\"")).isEqualTo("+   image: \"registry.shop.io/api:#.#.#\"");
        assertThat(ChangeLines.shape("-   checksum/config: 37cc887b13")).isEqualTo(ChangeLines.shape("-   checksum/config: 9464a6de14"));
        assertThat(ChangeLines.shape("-   pool: old")).isNotEqualTo(ChangeLines.shape("-   replicas: old"));
    }

    @Test
    void should_keep_at_most_the_given_number_of_lines() {
        assertThat(kept(releaseDiff(), 3)).hasSize(3);
    }

    @Test
    void should_leave_text_alone_unless_it_marks_both_added_and_removed_lines() {
        // given: a YAML list at the top level marks items with "- ", and nothing is added
        String[] yaml = Lines.split("items:\n- name: a\n  image: x\n  port: 1\n- name: b\n  image: y\n  port: 2\n");
        // then
        assertThat(kept(yaml, 100)).isEmpty();
    }
}
