package dev.headroom.compress.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.KeptLines;
import org.junit.jupiter.api.Test;

/** Logs of kinds the corpus does not have, generated here: what an agent needs must survive. */
class LogCompressorUnseenLogsTest {

    private static final String HANDLE = "0123456789abcdef01234567";
    private static final String BAD_GATEWAY =
            "10.3.78.164 - - [06/Dec/2026:10:29:31 +0000] \"GET /api/orders HTTP/1.1\" 502 157 \"-\" \"curl/8.4.0\"";

    private final LogCompressor compressor = new LogCompressor();

    private static CompressionContext context() {
        return CompressionContext.builder().handle(HANDLE).build();
    }

    static String accessLog() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            if (i == 1771) {
                sb.append(BAD_GATEWAY).append('\n');
                continue;
            }
            sb.append(String.format("10.%d.%d.%d - - [06/Dec/2026:10:%02d:%02d +0000] \"GET /api/items/%d HTTP/1.1\" 200 %d \"-\" \"curl/8.4.0\"%n",
                    i % 4, (i * 7) % 256, (i * 13) % 254 + 1, (i / 60) % 60, i % 60, i * 31 % 9973, 200 + i * 17 % 90000));
        }
        return sb.toString();
    }

    /** Routine syslog lines with the given special lines at the given positions. */
    static String syslog(String... special) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            String stamp = String.format("Dec  6 %02d:%02d:%02d web01 ", 8 + i / 3600, (i / 60) % 60, i % 60);
            int s = i / 300;
            if (i % 300 == 150 && s < special.length) {
                sb.append(stamp).append(special[s]).append('\n');
            } else if (i % 3 == 0) {
                sb.append(stamp).append("CRON[").append(1000 + i * 7).append("]: (root) CMD (debian-sa1 1 1)\n");
            } else if (i % 3 == 1) {
                sb.append(stamp).append("systemd[1]: Started session-").append(i).append(".scope - Session ").append(i)
                        .append(" of User app.\n");
            } else {
                sb.append(stamp).append("sshd[").append(2000 + i).append("]: Accepted publickey for app from 10.0.")
                        .append(i % 9).append('.').append(i % 250 + 1).append(" port ").append(30000 + i).append(" ssh2\n");
            }
        }
        return sb.toString();
    }

    /** A Java-style app log of routine INFO lines with the given block inserted after line 400. */
    static String appLog(String block) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 800; i++) {
            sb.append(String.format("2026-12-06 10:%02d:%02d,%03d INFO  [worker-%d] app.Sync - synced batch %d with %d rows, 0 errors%n",
                    (i / 60) % 60, i % 60, i % 1000, i % 4, i, 100 + i % 37));
            if (i == 400) {
                sb.append(block);
            }
        }
        return sb.toString();
    }

    @Test
    void should_keep_the_one_502_of_an_access_log_verbatim_and_keep_200_and_502_apart() {
        // given
        String log = accessLog();
        // when
        CompressionResult result = compressor.compress(log, context());
        // then
        String out = result.output();
        assertThat(out).contains(BAD_GATEWAY + "\n");
        assertThat(out).contains("2999× ").contains("\"GET * 200 *");
        assertThat(out).contains("hash=" + HANDLE);
        assertThat(out.length()).isLessThan(log.length() / 20);
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_keep_kernel_oom_kill_segfault_and_lower_case_sshd_error_of_a_syslog_verbatim() {
        // given
        String oom = "kernel: [13245.055300] Out of memory: Killed process 4242 (java) total-vm:8388608kB, anon-rss:4194304kB";
        String segfault = "kernel: [13645.000001] worker[5151]: segfault at 0 ip 00007f3a2b4c5d6e sp 00007ffd1a2b3c4d error 4";
        String sshd = "sshd[7836]: error: maximum authentication attempts exceeded for root from 203.0.113.9 port 52144 ssh2";
        String fatal = "postgres[8249]: [3-1] FATAL:  password authentication failed for user \"app\"";
        String log = syslog(oom, segfault, sshd, fatal);
        // when
        String out = compressor.compress(log, context()).output();
        // then
        assertThat(out).contains(oom, segfault, sshd, fatal);
        assertThat(out).doesNotContain("1× ");
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_keep_an_exception_class_named_on_an_info_line() {
        String keeper = "2026-12-06 10:03:20,200 INFO  [main-EventThread] o.a.z.ClientCnxn - Got user-level KeeperException when processing sessionid:0x182ab8 type:create\n";
        String out = compressor.compress(appLog(keeper), context()).output();
        assertThat(out).contains(keeper);
    }

    @Test
    void should_keep_a_go_panic_with_its_goroutine_trace() {
        String panic = "panic: runtime error: invalid memory address or nil pointer dereference\n"
                + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a2b3c]\n\n"
                + "goroutine 1 [running]:\nmain.handle(0x0)\n\t/src/app/main.go:42 +0x1d\nmain.main()\n\t/src/app/main.go:17 +0x25\n";
        String out = compressor.compress(appLog(panic), context()).output();
        assertThat(out).contains("panic: runtime error: invalid memory address", "goroutine 1 [running]:",
                "\t/src/app/main.go:42 +0x1d");
    }

    @Test
    void should_keep_a_python_traceback_in_an_app_log() {
        String traceback = "Traceback (most recent call last):\n  File \"/app/jobs.py\", line 12, in run\n    step()\n"
                + "  File \"/app/jobs.py\", line 30, in step\n    raise ValueError(\"bad row 17\")\nValueError: bad row 17\n";
        String out = compressor.compress(appLog(traceback), context()).output();
        assertThat(out).contains("Traceback (most recent call last):", "ValueError: bad row 17", "raise ValueError(\"bad row 17\")");
    }

    @Test
    void should_keep_fatal_inside_a_message_whatever_the_level_says() {
        String line = "2026-12-06 10:11:40,700 INFO  [worker-3] app.Db - pool message: FATAL: remaining connection slots are reserved\n";
        String out = compressor.compress(appLog(line), context()).output();
        assertThat(out).contains(line);
    }

    @Test
    void should_not_keep_routine_lines_that_only_mention_zero_errors() {
        // given: 800 "0 errors" lines and nothing else
        String log = appLog("");
        // when
        String out = compressor.compress(log, context()).output();
        // then: first and last line, the disclosure and the template line
        assertThat(out.split("\n")).hasSize(4);
        assertThat(out).contains("× INFO [worker-*] app.Sync - synced batch * with * rows, 0 errors");
    }

    @Test
    void should_mask_package_names_of_a_dpkg_log_and_keep_upgrades_for_a_question_about_them() {
        // given
        String[] names = {"adduser", "apt", "base-files", "bash", "coreutils", "dash", "debconf", "diffutils", "findutils",
            "grep", "gzip", "hostname", "login", "mawk", "passwd", "perl-base", "sed", "tar", "tzdata", "util-linux"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            String name = names[i % names.length] + (i >= names.length ? "-extra" + (char) ('a' + i / names.length % 26) : "");
            String stamp = String.format("2026-05-09 07:%02d:%02d ", (i / 60) % 60, i % 60);
            sb.append(stamp).append("status half-configured ").append(name).append(":amd64 1.").append(i % 7).append("-1\n");
            sb.append(stamp).append("status installed ").append(name).append(":amd64 1.").append(i % 7).append("-1\n");
        }
        sb.append("2026-05-09 08:00:00 upgrade tzdata:all 2025b-0+deb12u1 2025b-0+deb12u2\n");
        sb.append("2026-05-09 08:00:01 status installed tzdata:all 2025b-0+deb12u2\n");
        String log = sb.toString();
        // when
        String plain = compressor.compress(log, context()).output();
        String asked = compressor.compress(log, context().toBuilder().userMessage("which package had an upgrade?").build()).output();
        // then
        assertThat(plain).contains("× status installed * *").contains("× status half-configured * *");
        assertThat(plain).doesNotContain("and 1");
        assertThat(asked).contains("2026-05-09 08:00:00 upgrade tzdata:all 2025b-0+deb12u1 2025b-0+deb12u2");
    }

    @Test
    void should_show_a_rare_routine_line_once_within_the_budget() {
        // given: one line of a kind seen nowhere else, no problem word in it
        String rare = "2026-12-06 10:06:40,400 INFO  [main] app.Config - reloaded configuration from /etc/app/app.yaml\n";
        String log = appLog(rare);
        // when
        String out = compressor.compress(log, context()).output();
        // then
        assertThat(out).contains(rare);
    }

    @Test
    void should_be_byte_identical_on_every_run() {
        String log = syslog("kernel: Out of memory: Killed process 4242 (java)");
        assertThat(compressor.compress(log, context()).output()).isEqualTo(compressor.compress(new String(log), context()).output());
        String access = accessLog();
        assertThat(compressor.compress(access, context())).isEqualTo(compressor.compress(access, context()));
    }
}
