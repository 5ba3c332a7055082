package dev.headroom.compress.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.KeptLines;
import dev.headroom.compress.Lines;
import org.junit.jupiter.api.Test;

/**
 * What hides inside a record: a problem line deep in a long continuation, the application's own frame in a
 * framework stack trace, a problem line after a routine stamped line, and a question answered by a record's
 * continuation lines rather than its head.
 */
class LogRecordTailTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final LogCompressor compressor = new LogCompressor();

    private static CompressionContext context(String question) {
        return CompressionContext.builder().handle(HANDLE).userMessage(question).build();
    }

    private static String routine(int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(String.format("2026-12-06 10:%02d:%02d INFO  [main] app.Sync - synced batch %d%n", (i / 60) % 60, i % 60, i));
        }
        return sb.toString();
    }

    @Test
    void should_keep_a_problem_line_past_the_record_line_cap_and_mark_the_skipped_lines() {
        // given a stamped head with 60 indented continuation lines, one of them a problem near the end
        StringBuilder sb = new StringBuilder(routine(100));
        sb.append("2026-12-06 11:00:00 WARN  [main] app.Migrate - migration finished with notes\n");
        for (int i = 0; i < 60; i++) {
            sb.append(i == 55 ? "    step 55: permission denied on table ledger\n" : "    step " + i + ": ok\n");
        }
        sb.append(routine(50));
        String log = sb.toString();
        // when
        String out = compressor.compress(log, context(null)).output();
        // then
        assertThat(out).contains("    step 55: permission denied on table ledger\n");
        assertThat(out).doesNotContain("    step 40: ok\n");
        assertThat(out).containsPattern("\\.\\.\\. \\d+ more lines \\(headroom\\)\n    step 55: permission denied");
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_keep_the_first_application_frame_of_a_framework_stack_trace() {
        // given
        String app = "\tat com.example.shop.order.OrderService.place(OrderService.java:142)";
        StringBuilder sb = new StringBuilder(routine(100));
        sb.append("2026-12-06 11:00:00 ERROR [exec-1] c.e.shop.OrderController - Order placement failed\n");
        sb.append("org.springframework.dao.DataIntegrityViolationException: could not execute statement\n");
        for (int i = 0; i < 8; i++) {
            sb.append("\tat org.springframework.orm.jpa.Frame").append(i).append(".call(Frame").append(i).append(".java:").append(10 + i).append(")\n");
        }
        sb.append(app).append('\n');
        sb.append("\tat java.base/java.lang.Thread.run(Thread.java:840)\n");
        sb.append(routine(50));
        String log = sb.toString();
        // when
        String out = compressor.compress(log, context(null)).output();
        // then
        assertThat(out).contains(app + "\n");
        assertThat(out).contains("\tat org.springframework.orm.jpa.Frame0.call(Frame0.java:10)\n");
        assertThat(out).doesNotContain("Frame5.call");
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_tell_library_frames_from_application_frames() {
        assertThat(TraceSyntax.isLibraryFrame("\tat java.base/java.lang.Thread.run(Thread.java:840)")).isTrue();
        assertThat(TraceSyntax.isLibraryFrame("\tat org.springframework.aop.Proxy.invoke(Proxy.java:1)")).isTrue();
        assertThat(TraceSyntax.isLibraryFrame("\tat com.example.shop.Order.place(Order.java:142)")).isFalse();
        assertThat(TraceSyntax.isLibraryFrame("\tat app//com.acme.Billing.run(Billing.java:7)")).isFalse();
        // .NET's base library and framework
        assertThat(TraceSyntax.isLibraryFrame("   at System.Threading.Tasks.Task.Wait()")).isTrue();
        assertThat(TraceSyntax.isLibraryFrame("   at Microsoft.Data.SqlClient.SqlCommand.Run(Int32 x)")).isTrue();
        assertThat(TraceSyntax.isLibraryFrame("   at Shop.Api.Carts.Checkout(Int32 id) in /src/Carts.cs:line 9")).isFalse();
        // Python: installed packages and the standard library, not the application
        assertThat(TraceSyntax.isLibraryFrame("  File \"/usr/lib/python3.11/socket.py\", line 7, in recv")).isTrue();
        assertThat(TraceSyntax.isLibraryFrame("  File \"/venv/lib/python3.11/site-packages/urllib3/pool.py\", line 7, in get")).isTrue();
        assertThat(TraceSyntax.isLibraryFrame("  File \"<frozen importlib._bootstrap>\", line 1, in _load")).isTrue();
        assertThat(TraceSyntax.isLibraryFrame("  File \"/srv/billing/jobs.py\", line 88, in settle")).isFalse();
    }

    @Test
    void should_keep_the_innermost_application_frame_of_a_python_traceback() {
        // given: a traceback of eleven library frames around the application's own frame, the sixth
        String app = "  File \"/srv/billing/jobs.py\", line 88, in settle";
        StringBuilder sb = new StringBuilder(routine(100));
        sb.append("2026-12-06 11:00:00 ERROR [worker-2] billing.jobs - settlement run failed\n");
        sb.append("Traceback (most recent call last):\n");
        for (int i = 0; i < 11; i++) {
            if (i == 5) {
                sb.append("  File \"/srv/billing/runner.py\", line 12, in run\n    settle(batch)\n");
                sb.append(app).append("\n    for row in ledger.rows(batch):\n");
            }
            sb.append("  File \"/opt/venv/lib/python3.12/site-packages/sqlalchemy/engine/f").append(i).append(".py\", line ")
                    .append(100 + i).append(", in step").append(i).append("\n    return self._step").append(i).append("()\n");
        }
        sb.append("sqlalchemy.exc.OperationalError: server closed the connection unexpectedly\n");
        sb.append(routine(50));
        String log = sb.toString();
        // when
        String out = compressor.compress(log, context(null)).output();
        // then: the innermost application frame with its source line, not the outer one nor the middle library frames
        assertThat(out).contains(app + "\n    for row in ledger.rows(batch):\n");
        assertThat(out).doesNotContain("runner.py", "f7.py");
        assertThat(out).contains("f10.py", "sqlalchemy.exc.OperationalError: server closed the connection unexpectedly\n");
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_keep_the_lines_indented_under_a_problem_line_of_a_log_stamped_without_levels() {
        // given: a CI job's log, every line stamped, no level tokens; the test names are one template throughout
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append(String.format("[2026-12-08T10:%02d:%02dZ]     [chromium] › tests/suite%d.spec.ts:%d:5 › suite › renders item %d%n",
                    i / 60, i % 60, i % 7, 10 + i, i));
        }
        String failed = "[2026-12-08T10:19:22Z]     [chromium] › tests/suite3.spec.ts:55:5 › suite › renders item 45";
        sb.append("[2026-12-08T10:19:22Z]   1 failed\n").append(failed).append('\n');
        sb.append("[2026-12-08T10:19:22Z]   208 passed (6.4m)\n");
        sb.append("[2026-12-08T10:19:23Z] uploading artifacts\n");
        String log = sb.toString();
        // when
        String out = compressor.compress(log, context(null)).output();
        // then
        assertThat(out).contains("[2026-12-08T10:19:22Z]   1 failed\n" + failed + "\n");
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_start_a_record_at_an_unstamped_problem_line_after_a_routine_stamped_line() {
        // given
        String[] lines = Lines.split("2026-12-06 10:00:00 INFO installing dbus\n"
                + "Failed to open connection to \"system\" message bus: No such file or directory\n"
                + "done with dbus\n");
        // when
        LogRecords records = LogRecords.parse(lines);
        // then
        assertThat(records.end(0)).isEqualTo(1);
        assertThat(records.start(1)).isEqualTo(1);
        assertThat(records.problem(1)).isTrue();
        assertThat(records.problem(0)).isFalse();
    }

    @Test
    void should_match_the_question_against_a_records_continuation_lines_and_only_the_best_records() {
        // given apt-history-like blocks: the head is a date, the packages are below it
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append(String.format("Start-Date: 2026-05-%02d  07:%02d:46%n", 1 + i % 28, i));
            String pkg = i == 23 ? "postgresql postgresql-contrib" : "tool" + i;
            sb.append("Commandline: apt-get install -y ").append(pkg).append('\n');
            sb.append("Install: ").append(i == 23 ? "postgresql-15:amd64 (15.18)" : "tool" + i + ":amd64 (1." + i + ")").append('\n');
            sb.append(String.format("End-Date: 2026-05-%02d  07:%02d:50%n%n", 1 + i % 28, i));
        }
        String log = sb.toString();
        // when
        String asked = compressor.compress(log, context("Which packages were installed with postgresql?")).output();
        String plain = compressor.compress(log, context(null)).output();
        // then
        assertThat(asked).contains("Commandline: apt-get install -y postgresql postgresql-contrib\n");
        assertThat(plain).doesNotContain("postgresql-contrib");
        assertThat(asked).doesNotContain("Commandline: apt-get install -y tool7\n");
    }

    @Test
    void should_compress_the_same_log_to_the_same_bytes() {
        String log = routine(300) + "2026-12-06 11:00:00 ERROR [x] a.B - boom\njava.lang.IllegalStateException: x\n\tat a.B.c(B.java:1)\n";
        assertThat(compressor.compress(log, context("boom")).output()).isEqualTo(compressor.compress(log, context("boom")).output());
    }
}
