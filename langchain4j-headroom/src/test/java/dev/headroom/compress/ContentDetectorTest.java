package dev.headroom.compress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentDetectorTest {

    private final ContentDetector detector = new ContentDetector();

    @Test
    void should_detect_json_when_first_char_is_brace_or_bracket() {
        assertThat(detector.detect("  {\"a\": 1}")).isEqualTo(ContentKind.JSON);
        assertThat(detector.detect("\n[1, 2, 3]")).isEqualTo(ContentKind.JSON);
    }

    @Test
    void should_return_unknown_when_empty_blank_or_binary() {
        assertThat(detector.detect(null)).isEqualTo(ContentKind.UNKNOWN);
        assertThat(detector.detect("")).isEqualTo(ContentKind.UNKNOWN);
        assertThat(detector.detect(" \n\t\n")).isEqualTo(ContentKind.UNKNOWN);
        assertThat(detector.detect("\u0000\u0001\u0002\u0003PK\u0003\u0004\u0000\u0000garbage\u0007\u0008"))
                .isEqualTo(ContentKind.UNKNOWN);
        assertThat(detector.detect("%%%% ---- #### ++++ ==== ____ ~~~~ ^^^^ $$$$ @@@@")).isEqualTo(ContentKind.UNKNOWN);
    }

    @Test
    void should_detect_log_when_lines_have_timestamps_and_levels() {
        String log = """
                2026-03-02 10:00:00,001 INFO  [main] c.e.App - Starting
                2026-03-02 10:00:00,120 WARN  [main] c.e.App - slow start
                2026-03-02 10:00:02,050 ERROR [exec-5] c.e.Pay - payment failed
                java.lang.IllegalStateException: declined
                \tat com.example.Pay.charge(Pay.java:88)
                2026-03-02 10:00:03,000 INFO  [main] c.e.App - done
                """;
        assertThat(detector.detect(log)).isEqualTo(ContentKind.LOG);
        assertThat(detector.detect("Jun 14 15:16:01 combo sshd[19939]: session opened\n"
                + "Jun 14 15:16:02 combo sshd[19937]: check pass; user unknown\n"
                + "Jun 14 15:16:03 combo su: session closed\n")).isEqualTo(ContentKind.LOG);
        assertThat(detector.detect("level=info msg=\"started\" port=8080\nlevel=warn msg=\"slow\"\nlevel=error msg=\"boom\"\n"))
                .isEqualTo(ContentKind.LOG);
    }

    @Test
    void should_detect_search_when_lines_are_path_line_text() {
        String grep = """
                src/main/java/App.java:12:    // TODO remove
                src/main/java/App.java-13-    int x = 1;
                --
                src/main/java/Other.java:40:  // TODO: again
                src/test/java/AppTest.java:7: // TODO test
                """;
        assertThat(detector.detect(grep)).isEqualTo(ContentKind.SEARCH);
    }

    @Test
    void should_detect_diff_when_unified_headers_and_hunks() {
        String diff = """
                diff --git a/a.txt b/a.txt
                index 1111111..2222222 100644
                --- a/a.txt
                +++ b/a.txt
                @@ -1,2 +1,2 @@
                -old
                +new
                 same
                """;
        assertThat(detector.detect(diff)).isEqualTo(ContentKind.DIFF);
        assertThat(detector.detect("--- a.txt\t2024-01-01\n+++ b.txt\t2024-01-02\n@@ -1 +1 @@\n-a\n+b\n"))
                .isEqualTo(ContentKind.DIFF);
    }

    @Test
    void should_detect_build_for_each_tool() {
        assertThat(detector.detect("""
                [INFO] Scanning for projects...
                [INFO] Building demo 1.0
                [INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ demo ---
                [INFO] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0
                [INFO] BUILD FAILURE
                """)).isEqualTo(ContentKind.BUILD);
        assertThat(detector.detect("""
                > Task :compileJava
                > Task :test FAILED
                BUILD FAILED in 3s
                """)).isEqualTo(ContentKind.BUILD);
        assertThat(detector.detect("""
                ============================= test session starts ==============================
                tests/test_a.py::test_one PASSED
                tests/test_a.py::test_two FAILED
                """)).isEqualTo(ContentKind.BUILD);
        assertThat(detector.detect("""
                PASS src/a.test.js
                FAIL src/b.test.js
                Test Suites: 1 failed, 1 passed, 2 total
                Tests:       1 failed, 5 passed, 6 total
                """)).isEqualTo(ContentKind.BUILD);
        assertThat(detector.detect("""
                === RUN   TestAdd
                --- PASS: TestAdd (0.00s)
                === RUN   TestSub
                --- FAIL: TestSub (0.00s)
                FAIL\texample.com/calc\t0.004s
                """)).isEqualTo(ContentKind.BUILD);
        assertThat(detector.detect("""
                   Compiling calc v0.1.0 (/src/calc)
                running 2 tests
                test tests::add ... ok
                test tests::sub ... FAILED
                test result: FAILED. 1 passed; 1 failed; 0 ignored
                """)).isEqualTo(ContentKind.BUILD);
    }

    @Test
    void should_detect_code_for_java_and_python() {
        assertThat(detector.detect("""
                package com.example;

                import java.util.List;

                public final class Greeter {
                    private final String name;

                    public String greet() {
                        return "hi " + name;
                    }
                }
                """)).isEqualTo(ContentKind.CODE);
        assertThat(detector.detect("""
                import os
                from typing import List


                def walk(root: str) -> List[str]:
                    result = []
                    for name in os.listdir(root):
                        result.append(name)
                    return result
                """)).isEqualTo(ContentKind.CODE);
    }

    @Test
    void should_detect_text_for_prose_and_markdown() {
        assertThat(detector.detect("""
                # Release notes

                This release fixes a crash when the cache is full and adds a setting
                for the retry budget. Upgrading is recommended for everyone.

                ## Changes

                - faster startup
                - smaller memory footprint
                """)).isEqualTo(ContentKind.TEXT);
    }

    @Test
    void should_detect_html_when_markup() {
        assertThat(detector.detect("<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>"))
                .isEqualTo(ContentKind.HTML);
        assertThat(detector.detect("<div class=\"a\"><p>Hello</p></div>")).isEqualTo(ContentKind.HTML);
        assertThat(detector.detect("<?xml version=\"1.0\"?><project><x/></project>")).isNotEqualTo(ContentKind.HTML);
    }

    @Test
    void should_detect_log_for_synthetic_resource_with_stack_traces() {
        assertThat(detector.detect(Resources.read("kinds/app.log"))).isEqualTo(ContentKind.LOG);
    }

    static Stream<Arguments> corpus() {
        return Corpus.filesOrAbsent().map(p -> Arguments.of(p == null ? "(corpus absent)" : p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void should_detect_expected_kind_for_corpus_file(String name, Path file) {
        Corpus.assumePresent();
        ContentKind expected = expectedKind(name);
        Assumptions.assumeTrue(expected != null, "no expectation for " + name);
        assertThat(detector.detect(Corpus.read(file))).as(name).isEqualTo(expected);
    }

    @Test
    void should_find_the_corpus_when_present() {
        Corpus.assumePresent();
        assertThat(Corpus.files()).hasSizeGreaterThanOrEqualTo(21);
    }

    static ContentKind expectedKind(String name) {
        if (name.startsWith("build_")) return ContentKind.BUILD;
        if (name.startsWith("code_")) return ContentKind.CODE;
        if (name.startsWith("diff_")) return ContentKind.DIFF;
        if (name.startsWith("headroom_fixture_log")) return ContentKind.LOG;
        if (name.startsWith("log_")) return ContentKind.LOG;
        if (name.startsWith("search_")) return ContentKind.SEARCH;
        if (name.startsWith("text_")) return ContentKind.TEXT;
        if (name.startsWith("json_") || name.endsWith(".json")) return ContentKind.JSON;
        return null;
    }
}
