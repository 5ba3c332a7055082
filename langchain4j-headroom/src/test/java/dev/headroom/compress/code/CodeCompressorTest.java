package dev.headroom.compress.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Lines;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeCompressorTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final CodeCompressor compressor = new CodeCompressor();

    private static CompressionContext outline() {
        return CompressionContext.builder().handle(HANDLE)
                .settings(CompressionSettings.builder().codeOutline(true).maxLines(10).build()).build();
    }

    private static final String JAVA = """
            package com.example;

            import java.util.List;

            /**
             * Greets people.
             */
            public final class Greeter {
                private final String name;

                public Greeter(String name) {
                    this.name = name;
                }

                public String greet(List<String> others) {
                    StringBuilder sb = new StringBuilder("hi " + name);
                    for (String o : others) {
                        sb.append(", ").append(o);
                    }
                    return sb.toString();
                }
            }
            """;

    private static final String PYTHON = """
            import os


            class Walker:
                \"\"\"Walks trees.\"\"\"

                def __init__(self, root):
                    self.root = root

                def walk(self,
                         depth=1):
                    result = []
                    for name in os.listdir(self.root):
                        result.append(name)
                    return result
            """;

    @Test
    void should_pass_through_by_default() {
        CompressionContext ctx = CompressionContext.builder().handle(HANDLE).build();
        assertThat(compressor.compress(JAVA, ctx).output()).isSameAs(JAVA);
        assertThat(compressor.compress(PYTHON, ctx).lossy()).isFalse();
    }

    @Test
    void should_outline_java_keeping_signatures_in_order_with_valid_braces() {
        // when
        CompressionResult result = compressor.compress(JAVA, outline());
        // then
        String out = result.output();
        assertThat(result.lossy()).isTrue();
        assertThat(out).contains("import java.util.List;", "public final class Greeter {", "    private final String name;",
                "    public Greeter(String name) {\n        // 1 line omitted (headroom)\n    }",
                "    public String greet(List<String> others) {\n        // 5 lines omitted (headroom)\n    }",
                "hash=" + HANDLE);
        assertThat(out).doesNotContain("Greets people", "sb.append");
        assertThat(out.indexOf("Greeter(String")).isLessThan(out.indexOf("greet(List"));
        assertThat(out.chars().filter(c -> c == '{').count()).isEqualTo(out.chars().filter(c -> c == '}').count());
    }

    @Test
    void should_outline_python_with_ellipsis_bodies() {
        String out = compressor.compress(PYTHON, outline()).output();
        assertThat(out).contains("class Walker:", "    def __init__(self, root):\n        ...  # 1 line omitted (headroom)",
                "    def walk(self,\n             depth=1):\n        ...  # 4 lines omitted (headroom)", "# [headroom:");
        assertThat(out).doesNotContain("os.listdir");
    }

    @Test
    void should_give_the_lines_of_the_outline_for_the_ceiling_whether_or_not_outlining_is_on() {
        // given
        String[] javaLines = Lines.split(JAVA);
        String[] python = Lines.split(PYTHON);

        // when
        List<String> javaOutline = Arrays.stream(compressor.outline(javaLines)).mapToObj(i -> javaLines[i]).toList();
        List<String> pythonOutline = Arrays.stream(compressor.outline(python)).mapToObj(i -> python[i]).toList();

        // then: declarations and signatures as written, in order; no body, no comment
        assertThat(javaOutline).contains("import java.util.List;", "public final class Greeter {",
                "    public Greeter(String name) {", "    public String greet(List<String> others) {")
                .doesNotContain("        this.name = name;", " * Greets people.");
        assertThat(javaOutline.indexOf("    public Greeter(String name) {"))
                .isLessThan(javaOutline.indexOf("    public String greet(List<String> others) {"));
        assertThat(pythonOutline).contains("class Walker:", "    def __init__(self, root):", "    def walk(self,",
                "             depth=1):").doesNotContain("        self.root = root");
    }

    @Test
    void should_be_deterministic_and_pass_through_empty() {
        assertThat(compressor.compress(JAVA, outline())).isEqualTo(compressor.compress(JAVA, outline()));
        assertThat(compressor.compress("", outline()).output()).isEmpty();
    }

    @Test
    void should_recognise_function_bodies_not_control_statements() {
        assertThat(BraceOutline.opensFunctionBody("public void run() {")).isTrue();
        assertThat(BraceOutline.opensFunctionBody("func (s *Server) Start(ctx context.Context) error {")).isTrue();
        assertThat(BraceOutline.opensFunctionBody("if (x > 1) {")).isFalse();
        assertThat(BraceOutline.opensFunctionBody("} else if (y) {")).isFalse();
        assertThat(BraceOutline.opensFunctionBody("public class A {")).isFalse();
    }
}
