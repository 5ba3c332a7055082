package dev.headroom.compress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.kinds.BuiltInKinds;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentDetectorTest {

    private final ContentDetector detector = BuiltInKinds.contentDetector();

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

    /** Five lines of a format, the last one repeated to make ten: enough for the detector's shares. */
    private static String repeated(String... lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line).append('\n');
        }
        for (int i = lines.length; i < 10; i++) {
            sb.append(lines[lines.length - 1]).append('\n');
        }
        return sb.toString();
    }

    @Test
    void should_detect_web_server_error_and_access_logs() {
        assertThat(detector.detect(repeated(
                "[Sun Dec 06 10:00:01.123456 2026] [core:notice] [pid 812:tid 1401] AH00094: Command line: '/usr/sbin/apache2'",
                "[Sun Dec 06 10:00:02.000001 2026] [proxy_fcgi:error] [pid 813:tid 1402] [client 10.0.0.7:51234] AH01071: Got error 'Primary script unknown'",
                "[Sun Dec 06 10:00:03.500000 2026] [mpm_event:notice] [pid 812:tid 1401] AH00489: Apache/2.4.57 configured")))
                .isEqualTo(ContentKind.LOG);
        assertThat(detector.detect(repeated(
                "[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok /etc/httpd/conf/workers2.properties",
                "[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6")))
                .isEqualTo(ContentKind.LOG);
        assertThat(detector.detect(repeated(
                "2026/12/06 10:00:01 [error] 1234#1234: *5 connect() failed (111: Connection refused) while connecting to upstream",
                "2026/12/06 10:00:02 [warn] 1234#1234: *6 an upstream response is buffered to a temporary file")))
                .isEqualTo(ContentKind.LOG);
        assertThat(detector.detect(repeated(
                "93.184.216.34 - - [06/Dec/2026:12:00:00 +0000] \"GET / HTTP/1.1\" 200 612 \"-\" \"curl/8.4.0\"",
                "10.1.2.3 - alice [06/Dec/2026:12:00:01 +0000] \"POST /api/orders HTTP/1.1\" 502 157 \"https://x.example/\" \"Mozilla/5.0 (X11)\"")))
                .isEqualTo(ContentKind.LOG);
    }

    @Test
    void should_detect_syslog_journald_and_klog() {
        assertThat(detector.detect(repeated(
                "Dec  6 08:00:00 web01 CRON[1234]: (root) CMD (debian-sa1 1 1)",
                "Dec  6 08:15:00 web01 kernel: [13245.055300] Out of memory: Killed process 4242 (java)")))
                .isEqualTo(ContentKind.LOG);
        assertThat(detector.detect(repeated(
                "-- Boot 3f1c2a0b9e8d4c7f --",
                "Dec 06 10:00:01 web01 systemd[1]: Started session-7.scope - Session 7 of User app.",
                "Dec 06 10:00:02 web01 sshd[811]: Accepted publickey for app from 10.0.0.2 port 50122 ssh2")))
                .isEqualTo(ContentKind.LOG);
        assertThat(detector.detect(repeated(
                "2026-12-06T10:00:01+0000 web01 systemd[1]: Started session-7.scope - Session 7 of User app.",
                "2026-12-06T10:00:02+0000 web01 sshd[811]: Accepted publickey for app from 10.0.0.2 port 50122 ssh2")))
                .isEqualTo(ContentKind.LOG);
        assertThat(detector.detect(repeated(
                "I1206 10:00:01.123456       1 controller.go:101] \"Reconciling\" pod=\"default/web-1\"",
                "E1206 10:00:02.000002       1 controller.go:140] \"Reconcile failed\" err=\"timeout\"")))
                .isEqualTo(ContentKind.LOG);
    }

    @Test
    void should_detect_dpkg_and_apt_logs() {
        assertThat(detector.detect(repeated(
                "2025-06-24 14:36:34 install libtirpc3:amd64 <none> 1.3.3+ds-1",
                "2025-06-24 14:36:34 status half-installed libtirpc3:amd64 1.3.3+ds-1",
                "2025-06-24 14:36:34 status unpacked libtirpc3:amd64 1.3.3+ds-1")))
                .isEqualTo(ContentKind.LOG);
        assertThat(detector.detect(repeated(
                "Log started: 2025-06-24  14:36:25",
                "Selecting previously unselected package perl-modules-5.36.",
                "Preparing to unpack .../0-perl-modules-5.36_5.36.0-7+deb12u2_all.deb ...",
                "Unpacking perl-modules-5.36 (5.36.0-7+deb12u2) ...",
                "Setting up libsystemd0:amd64 (252.38-1~deb12u1) ...")))
                .isEqualTo(ContentKind.LOG);
        assertThat(detector.detect("""
                Start-Date: 2025-06-24  14:36:25
                Commandline: apt-get -qqy upgrade
                Requested-By: app (1000)
                Upgrade: libsystemd0:amd64 (252.36-1~deb12u1, 252.38-1~deb12u1)
                End-Date: 2025-06-24  14:36:25

                Start-Date: 2025-06-24  14:36:29
                Commandline: apt-get install -y curl
                Install: curl:amd64 (7.88.1-10+deb12u12)
                End-Date: 2025-06-24  14:36:31
                """)).isEqualTo(ContentKind.LOG);
        assertThat(detector.detect(repeated(
                "update-alternatives 2025-06-24 14:36:53: run with --quiet --install /usr/bin/pager pager /usr/bin/less 77",
                "update-alternatives 2025-06-24 14:36:53: link group pager updated to point to /usr/bin/less")))
                .isEqualTo(ContentKind.LOG);
    }

    @Test
    void should_detect_lines_for_line_oriented_output_that_is_neither_prose_nor_another_kind() {
        assertThat(detector.detect("""
                commit 4171985a3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f
                Author: Ada Lovelace <ada@example.com>
                Date:   Sun Dec 6 20:21:00 2026 +0000

                    Log templates by cardinality

                 langchain4j-headroom/src/main/java/a/LogCompressor.java | 120 ++++++----
                 langchain4j-headroom/src/main/java/a/Templates.java     |  12 +-
                 2 files changed, 90 insertions(+), 42 deletions(-)

                commit 7c1ed9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6
                Author: Ada Lovelace <ada@example.com>
                Date:   Sun Dec 6 19:00:00 2026 +0000

                    Corpus tests

                 langchain4j-headroom/src/test/java/a/CorpusTest.java | 30 +++---
                 1 file changed, 20 insertions(+), 10 deletions(-)
                """)).isEqualTo(ContentKind.LINES);
        assertThat(detector.detect("""
                com.example:shop:jar:1.0.0
                +- org.springframework.boot:spring-boot-starter-web:jar:3.5.7:compile
                |  +- org.springframework.boot:spring-boot-starter:jar:3.5.7:compile
                |  |  +- org.springframework.boot:spring-boot:jar:3.5.7:compile
                |  |  +- org.springframework.boot:spring-boot-autoconfigure:jar:3.5.7:compile
                |  |  \\- org.yaml:snakeyaml:jar:2.4:compile
                |  +- org.springframework:spring-web:jar:6.2.12:compile
                |  \\- org.springframework:spring-webmvc:jar:6.2.12:compile
                \\- com.fasterxml.jackson.core:jackson-databind:jar:2.19.2:compile
                """)).isEqualTo(ContentKind.LINES);
    }

    @Test
    void should_keep_prose_manual_and_licence_text_as_text() {
        assertThat(detector.detect("""
                NAME
                       find - search for files in a directory hierarchy

                DESCRIPTION
                       This manual page documents the GNU version of find.  GNU find searches the directory tree
                       rooted at each given starting-point by evaluating the given expression from left to right,
                       according to the rules of precedence, until the outcome is known, at which point find moves
                       on to the next file name.

                OPTIONS
                       -P     Never follow symbolic links.  This is the default behaviour.
                       -L     Follow symbolic links.  When find examines or prints information about files,
                              the information used shall be taken from the properties of the file to which
                              the link points, not from the link itself.
                """)).isEqualTo(ContentKind.TEXT);
    }

    @Test
    void should_detect_git_grep_with_function_lines_as_search() {
        // git grep -n -p: each group of matches follows its function's line, path=N=text
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 12; f++) {
            sb.append("pkg/store/repo").append(f).append(".go=").append(10 + f).append("=func (r *Repo) Load").append(f)
                    .append("(ctx context.Context) error {\n");
            sb.append("pkg/store/repo").append(f).append(".go:").append(14 + f).append(":\trows, err := r.db.QueryContext(ctx, q)\n");
        }
        assertThat(detector.detect(sb.toString())).isEqualTo(ContentKind.SEARCH);
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
