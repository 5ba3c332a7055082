package dev.headroom.compress.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import org.junit.jupiter.api.Test;

/** A dependency tree line is shown with the branch that leads to it, up to its module. */
class TreeLinesTest {

    @Test
    void should_measure_the_depth_of_maven_gradle_and_unicode_tree_lines() {
        assertThat(TreeLines.depth("[INFO] +- org.slf4j:slf4j-api:jar:2.0.9:compile")).isEqualTo(7);
        assertThat(TreeLines.depth("[INFO] |  \\- com.fasterxml:jackson-core:jar:2.17.1:compile")).isEqualTo(10);
        assertThat(TreeLines.depth("+--- org.slf4j:slf4j-api:2.0.9")).isZero();
        assertThat(TreeLines.depth("│   └── index.js")).isEqualTo(4);
        assertThat(TreeLines.depth("[INFO] com.acme:shop-api:jar:1.0")).isEqualTo(-1);
        assertThat(TreeLines.depth("[INFO] BUILD SUCCESS")).isEqualTo(-1);
    }

    @Test
    void should_keep_the_ancestors_and_module_of_a_tree_line_the_question_names() {
        // given a reactor's dependency:tree with 6 modules of 30 dependencies, one deep bouncycastle line
        StringBuilder sb = new StringBuilder("[INFO] Scanning for projects...\n");
        for (int m = 0; m < 6; m++) {
            sb.append("[INFO] \n[INFO] --- dependency:3.7.0:tree (default-cli) @ module-").append(m).append(" ---\n");
            sb.append("[INFO] com.acme:module-").append(m).append(":jar:1.0.0\n");
            for (int d = 0; d < 30; d++) {
                sb.append("[INFO] +- org.lib").append(d).append(":lib").append(d).append(":jar:1.").append(d).append(":compile\n");
                if (m == 4 && d == 17) {
                    sb.append("[INFO] |  \\- org.bouncycastle:bcprov-jdk15on:jar:1.70:compile\n");
                } else {
                    sb.append("[INFO] |  \\- org.dep").append(d).append(":dep").append(d).append(":jar:2.").append(m).append(":compile\n");
                }
            }
        }
        sb.append("[INFO] BUILD SUCCESS\n");
        String tree = sb.toString();
        CompressionContext asked = CompressionContext.builder().handle("h").userMessage("Which module pulls in bcprov-jdk15on?").build();
        // when
        String out = new BuildCompressor().compress(tree, asked).output();
        // then
        assertThat(out).containsSubsequence("[INFO] com.acme:module-4:jar:1.0.0\n",
                "[INFO] +- org.lib17:lib17:jar:1.17:compile\n[INFO] |  \\- org.bouncycastle:bcprov-jdk15on:jar:1.70:compile\n");
        assertThat(out).doesNotContain("com.acme:module-2:jar");
    }

    @Test
    void should_show_the_tree_line_of_an_artifact_a_shown_warning_names() {
        // given: a warning about commons-io; the tree has it once among 300 dependencies; no question names it
        StringBuilder sb = new StringBuilder("[INFO] Scanning for projects...\n[WARNING] \n");
        sb.append("[WARNING] 'dependencies.dependency.(groupId:artifactId:type:classifier)' must be unique: commons-io:commons-io:jar -> version 2.16.1 vs 2.11.0 @ line 88, column 21\n");
        sb.append("[INFO] com.acme:legacy:jar:1.0.0\n");
        for (int d = 0; d < 300; d++) {
            sb.append(d == 211 ? "[INFO] +- commons-io:commons-io:jar:2.11.0:compile\n"
                    : "[INFO] +- org.lib" + d + ":lib" + d + ":jar:1." + d + ":compile\n");
        }
        sb.append("[INFO] BUILD SUCCESS\n");
        // when
        String out = new BuildCompressor().compress(sb.toString(), CompressionContext.builder().handle("0123456789abcdef01234567").build()).output();
        // then
        assertThat(out).contains("[INFO] +- commons-io:commons-io:jar:2.11.0:compile\n");
        assertThat(out).doesNotContain("org.lib210:");
    }
}
