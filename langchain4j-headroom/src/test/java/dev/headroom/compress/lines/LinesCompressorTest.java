package dev.headroom.compress.lines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KeptLines;
import dev.headroom.compress.Lines;
import dev.headroom.compress.kinds.BuiltInKinds;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesCompressorTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final LinesCompressor compressor = new LinesCompressor();

    private static CompressionContext context() {
        return CompressionContext.builder().handle(HANDLE).build();
    }

    /** A {@code git log --stat} of 120 commits; commit 77 touches a file no other commit touches. */
    static String gitLog() {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 120; c++) {
            sb.append(String.format("commit %040x%n", 0xabcdefL * (c + 1)));
            sb.append("Author: Dev ").append(c % 3 == 0 ? "Ada" : "Bob").append(" <dev@example.com>\n");
            sb.append(String.format("Date:   Sun Dec 6 %02d:%02d:00 2026 +0000%n%n", c / 60, c % 60));
            sb.append("    change ").append(c).append("\n\n");
            if (c == 77) {
                sb.append(" deploy/secrets/prod.env | 3 +++\n");
            } else {
                sb.append(" src/main/java/app/Service").append(c % 9).append(".java | ").append(c % 40 + 1).append(" ++--\n");
                sb.append(" src/test/java/app/Service").append(c % 9).append("Test.java | ").append(c % 7 + 1).append(" ++\n");
            }
            sb.append(" 2 files changed, ").append(c % 40).append(" insertions(+), ").append(c % 5).append(" deletions(-)\n\n");
        }
        return sb.toString();
    }

    @Test
    void should_detect_a_git_log_as_lines() {
        assertThat(BuiltInKinds.contentDetector().detect(gitLog())).isEqualTo(ContentKind.LINES);
    }

    @Test
    void should_keep_the_rare_line_a_representative_per_template_and_disclose_the_rest() {
        // given
        String log = gitLog();
        // when
        CompressionResult result = compressor.compress(log, context());
        // then
        String out = result.output();
        assertThat(result.lossy()).isTrue();
        assertThat(out).contains(" deploy/secrets/prod.env | 3 +++\n");
        assertThat(out).contains("commit 0000000000000000000000000000000000abcdef\n");
        assertThat(out).containsPattern("(?m)^ src/main/java/app/Service\\d\\.java \\| \\d+ \\+\\+--$");
        assertThat(out).containsPattern("(?m)^Author: Dev (Ada|Bob) <dev@example.com>$");
        assertThat(out).contains("hash=" + HANDLE);
        assertThat(out).contains("× commit *");
        assertThat(Lines.split(out).length).isLessThan(100);
        assertThat(out.length()).isLessThan(log.length() / 3);
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_show_a_rare_template_by_its_next_line_when_the_head_already_shows_its_first() {
        // given: a package verifier's report (its own format): 600 missing docs, and two altered binaries, the first of
        // them the report's first line
        StringBuilder sb = new StringBuilder("SIZE+DIGEST+TIME    /usr/bin/top\n");
        for (int i = 0; i < 600; i++) {
            sb.append("absent  doc /usr/share/doc/pkg").append(i % 97).append("/NEWS.").append(i).append('\n');
            if (i == 333) {
                sb.append("SIZE+DIGEST+TIME    /usr/sbin/sshd\n");
            }
        }

        // when
        String out = compressor.compress(sb.toString(), context()).output();

        // then
        assertThat(out).contains("SIZE+DIGEST+TIME    /usr/bin/top\n", "SIZE+DIGEST+TIME    /usr/sbin/sshd\n");
    }

    @Test
    void should_keep_the_line_whose_named_number_stands_far_above_the_rest() {
        // given: a Rust {:#?} print of 300 timings, one of 48 s
        StringBuilder sb = new StringBuilder("[\n");
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            sb.append("    Timing {\n        route: \"/api/cart\",\n        duration_ms: ").append(i == 211 ? 48213 : 5 + r.nextInt(400))
                    .append(",\n    },\n");
        }
        String print = sb.append("]\n").toString();
        // when
        String out = compressor.compress(print, context()).output();
        // then
        assertThat(out).contains("        duration_ms: 48213,\n").contains("[headroom:");
    }

    @Test
    void should_keep_the_sample_where_a_device_moves_to_another_level() {
        // given: 40 reports of iostat -d -x 5 over six devices; from report 27 on, sdc's write wait is 100 times higher
        java.util.Random r = new java.util.Random(11);
        StringBuilder sb = new StringBuilder("Linux 6.1.0-27-amd64 (build-7) \t12/06/2026 \t_x86_64_\t(16 CPU)\n\n");
        String onset = null;
        for (int rep = 0; rep < 40; rep++) {
            sb.append(String.format("12/06/2026 09:%02d:%02d AM%n", rep * 5 / 60, rep * 5 % 60));
            sb.append("Device            r/s     w/s   r_await w_await  %util\n");
            for (String device : new String[] {"loop0", "sda", "sdb", "sdc", "nvme0n1", "nvme1n1"}) {
                double wait = device.equals("sdc") && rep >= 27 ? 150 + r.nextDouble() * 300 : 0.5 + r.nextDouble() * 2;
                String line = String.format("%-12s %8.2f %7.2f %9.2f %7.2f %6.2f", device, r.nextDouble() * 90, 20 + r.nextDouble() * 300,
                        0.2 + r.nextDouble(), wait, 10 + r.nextDouble() * 40);
                sb.append(line).append('\n');
                if (device.equals("sdc") && rep == 27) {
                    onset = line;
                }
            }
            sb.append('\n');
        }
        String iostat = sb.toString();
        // when
        String out = compressor.compress(iostat, context()).output();
        // then
        assertThat(out).contains("[headroom:").contains(onset + "\n");
        KeptLines.assertAllOriginal(iostat, out);
    }

    @Test
    void should_show_every_problem_of_a_family_that_has_only_a_few() {
        // given: a linter's report, 150 warnings and two errors of one rule, each with its location below it
        StringBuilder sb = new StringBuilder("Scanning 412 files with 9 rules\n\n");
        for (int i = 0; i < 152; i++) {
            boolean error = i == 40 || i == 117;
            sb.append(error ? "error[no-eval]: eval() runs arbitrary code" : "warning[prefer-const]: 'x' is never reassigned; use const")
                    .append("\n    --> src/module").append(i % 37).append("/file").append(i).append(".js:").append(10 + i % 90).append(':')
                    .append(3 + i % 20).append("\n\n");
        }
        String report = sb.append("Found 2 errors, 150 warnings.\n").toString();
        // when
        String out = compressor.compress(report, context()).output();
        // then
        assertThat(out).contains("[headroom:").contains("    --> src/module3/file40.js:50:3\n").contains("    --> src/module6/file117.js:37:20\n");
        assertThat(out).doesNotContain("file41.js");
        KeptLines.assertAllOriginal(report, out);
    }

    @Test
    void should_show_a_record_the_question_names_whole() {
        // given: ifconfig -a, records of 8 lines after blank lines; the question names one interface
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            String name = i == 40 ? "bond0.420" : "veth" + Integer.toHexString(0x1000000 + i * 7919);
            sb.append(name).append(": flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n")
                    .append("        inet 10.4.").append(i).append('.').append(i * 3 % 250 + 1).append("  netmask 255.255.255.0\n")
                    .append("        ether 02:42:ac:11:00:").append(Integer.toHexString(16 + i)).append("  txqueuelen 0  (Ethernet)\n")
                    .append("        RX packets ").append(1000 + i * 37).append("  bytes ").append(90_000 + i * 4099).append('\n')
                    .append("        RX errors 0  dropped 0  overruns 0  frame 0\n")
                    .append("        TX packets ").append(2000 + i * 41).append("  bytes ").append(70_000 + i * 3089).append('\n')
                    .append("        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n")
                    .append("        device interrupt ").append(16 + i % 4).append('\n')
                    .append('\n');
        }
        CompressionContext asked = context().toBuilder().userMessage("what is bond0.420's address?").build();
        // when
        String out = compressor.compress(sb.toString(), asked).output();
        // then
        assertThat(out).contains("bond0.420: flags=").contains("        inet 10.4.40.121  netmask 255.255.255.0\n");
    }

    @Test
    void should_keep_the_indented_details_under_a_shown_problem() {
        // given: a scanner's report, findings separated by rule lines, one high-severity finding
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            boolean high = i == 77;
            sb.append(high ? ">> Issue: [B602] subprocess call with shell=True identified, security issue.\n"
                    : ">> Issue: [B101] Use of assert detected.\n")
                    .append("   Severity: ").append(high ? "High" : "Low").append("   Confidence: High\n")
                    .append("   Location: ./shop/m").append(i).append(".py:").append(10 + i).append(":8\n")
                    .append("--------------------------------------------------\n");
        }
        // when
        String out = compressor.compress(sb.toString(), context()).output();
        // then
        assertThat(out).contains(">> Issue: [B602] subprocess call with shell=True identified, security issue.\n"
                + "   Severity: High   Confidence: High\n   Location: ./shop/m77.py:87:8\n");
    }

    @Test
    void should_mark_each_omitted_run_with_its_line_numbers() {
        String out = compressor.compress(gitLog(), context()).output();
        assertThat(out).containsPattern("(?m)^… \\d+ lines \\(\\d+-\\d+\\)$");
        String[] lines = Lines.split(gitLog());
        int shownAt = 0;
        for (String line : Lines.split(out)) {
            if (line.startsWith("… ")) {
                String range = line.substring(line.indexOf('(') + 1, line.length() - 1);
                shownAt = Integer.parseInt(range.substring(range.indexOf('-') + 1));
            } else if (!line.startsWith("[headroom:")) {
                assertThat(lines[shownAt]).as("line " + (shownAt + 1)).isEqualTo(line);
                shownAt++;
            }
        }
    }

    @Test
    void should_keep_problem_lines_and_query_matches() {
        // given
        String log = gitLog().replace("    change 33\n", "    change 33: revert, deploy failed on node 4\n");
        CompressionContext asked = context().toBuilder().userMessage("what changed in Service5Test?").build();
        // when
        String out = compressor.compress(log, context()).output();
        String withQuery = compressor.compress(log, asked).output();
        // then
        assertThat(out).contains("    change 33: revert, deploy failed on node 4\n");
        assertThat(withQuery).contains(" src/test/java/app/Service5Test.java | ");
    }

    @Test
    void should_pass_small_output_through() {
        String small = "a 1\nb 2\nc 3\n";
        assertThat(compressor.compress(small, context()).output()).isSameAs(small);
    }

    @Test
    void should_be_byte_identical_on_every_run() {
        String log = gitLog();
        assertThat(compressor.compress(log, context())).isEqualTo(compressor.compress(new String(log), context()));
    }

    /** A plain {@code git log} of 200 commits; commit 140 has the subject the question asks about. */
    static String plainGitLog() {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 200; c++) {
            sb.append(String.format("commit %040x%n", 0x1234567L * (c + 3)));
            sb.append("Author: Dev ").append(c % 2 == 0 ? "Ada" : "Bob").append(" <dev@example.com>\n");
            sb.append(String.format("Date:   Sun Dec 6 %02d:%02d:00 2026 +0000%n%n", c / 60, c % 60));
            sb.append(c == 140 ? "    Drop support for Python 3.8\n\n" : "    Tidy module " + (c % 9) + "\n\n");
        }
        return sb.toString();
    }

    @Test
    void should_detect_a_plain_git_log_as_lines_though_its_subjects_read_as_prose() {
        assertThat(BuiltInKinds.contentDetector().detect(plainGitLog())).isEqualTo(ContentKind.LINES);
    }

    @Test
    void should_show_a_matching_line_with_the_head_of_its_record_and_a_small_record_whole() {
        // given
        String log = plainGitLog();
        CompressionContext asked = context().toBuilder().userMessage("When did we drop Python 3.8?").build();
        // when
        String out = compressor.compress(log, asked).output();
        // then: the commit line and date of the matching subject come with it
        String head = String.format("commit %040x%n", 0x1234567L * 143);
        assertThat(out).contains(head + "Author: Dev Ada <dev@example.com>\nDate:   Sun Dec 6 02:20:00 2026 +0000\n\n"
                + "    Drop support for Python 3.8\n");
        KeptLines.assertAllOriginal(log, out);
    }

    @Test
    void should_show_the_record_head_of_a_matching_line_in_a_long_record() {
        // given: git log --stat, where commit 77 alone touches deploy/secrets/prod.env
        String log = gitLog();
        CompressionContext asked = context().toBuilder().userMessage("which commit touched prod.env?").build();
        // when
        String out = compressor.compress(log, asked).output();
        // then
        assertThat(out).contains(String.format("commit %040x%n", 0xabcdefL * 78), " deploy/secrets/prod.env | 3 +++\n");
    }

    @Test
    void should_show_a_rare_line_with_the_rule_head_of_its_record_and_the_line_naming_the_record() {
        // given: MySQL's vertical output, 50 records of 6 fields without blank lines; record 31 alone lags
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 50; r++) {
            sb.append("*************************** ").append(r + 1).append(". row ***************************\n");
            sb.append("        replica_host: db-replica-").append(100 + r).append('\n');
            sb.append("         source_host: db-primary.internal\n");
            sb.append("  replica_io_running: ").append(r == 30 ? "Connecting" : "Yes").append('\n');
            sb.append("seconds_behind_source: ").append(r == 30 ? "7841" : "0").append('\n');
            sb.append("          checked_at: 2026-12-06 14:").append(10 + r).append('\n');
        }
        String in = sb.toString();
        // when
        String out = compressor.compress(in, context()).output();
        // then: the lagging record says which record and which replica it is
        assertThat(out).contains("*************************** 31. row ***************************\n"
                + "        replica_host: db-replica-130\n");
        assertThat(out).contains("  replica_io_running: Connecting\n", "seconds_behind_source: 7841\n");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_show_the_key_line_that_opens_each_record_though_its_template_is_shared_with_other_keys() {
        // given: 40 describe-style records after blank lines, "Name:" first among 14 other "Key:  value" lines,
        // all of one template "* *"; record 27 alone is not ready
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 40; r++) {
            sb.append(r == 0 ? "" : "\n").append("Name:        qw").append(1000 + r * 37).append("x\n");
            sb.append("Namespace:   jobs\n");
            sb.append("Node:        ip10x").append(r * 13).append('\n');
            sb.append("Ready:       ").append(r == 27 ? "False" : "True").append('\n');
            sb.append("Restarts:    ").append(r % 3).append('\n');
            for (String key : List.of("Priority", "Labels", "Image", "Port", "Limits", "Requests", "Mounts", "Volumes", "Class", "Owner")) {
                sb.append(key).append(":  ").append(key.toLowerCase(java.util.Locale.ROOT)).append(r * 7 % 11).append('\n');
            }
        }
        String in = sb.toString();
        // when
        String out = compressor.compress(in, context()).output();
        // then: the not-ready line comes with the name of its record
        assertThat(out).contains("Name:        qw" + (1000 + 27 * 37) + "x\n", "Ready:       False\n");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_show_the_lines_the_question_asks_for_of_the_record_that_stands_out() {
        // given: 12 disk records; disk 9 alone has reallocated sectors; the question asks for serial and slot
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < 12; d++) {
            sb.append(d == 0 ? "" : "\n").append("Disk /dev/sd").append((char) ('a' + d)).append('\n');
            sb.append("    Model Family:        Seagate Exos X18\n");
            sb.append("    Serial Number:       ZR5").append(1000 + d * 131).append("K\n");
            sb.append("    Slot:                enclosure 2 bay ").append(d).append('\n');
            sb.append("    Firmware:            SN04\n");
            sb.append("    Power On Hours:      ").append(21_000 + d * 17).append('\n');
            sb.append("    Temperature:         ").append(31 + d % 4).append(" C\n");
            sb.append("    Reallocated Sectors: ").append(d == 9 ? "pending, 4112 reallocated, failing" : "0").append('\n');
            sb.append("    Self-test:           ").append(d == 9 ? "completed with read failure at LBA 88213" : "completed without error").append('\n');
        }
        String in = sb.toString();
        CompressionContext asked = context().toBuilder()
                .userMessage("A disk is failing. Which one? I need its serial number and slot to replace it.").build();
        // when
        String out = compressor.compress(in, asked).output();
        // then: the failing disk's serial number and slot, though earlier disks take the per-template room
        assertThat(out).contains("Disk /dev/sdj\n", "    Serial Number:       ZR5" + (1000 + 9 * 131) + "K\n",
                "    Slot:                enclosure 2 bay 9\n");
        KeptLines.assertAllOriginal(in, out);
        // and its identity line when the question does not ask for it
        String unasked = compressor.compress(in, context().toBuilder().userMessage("Which disk is failing, and in which slot?").build()).output();
        assertThat(unasked).contains("    Serial Number:       ZR5" + (1000 + 9 * 131) + "K\n", "    Slot:                enclosure 2 bay 9\n");
    }

    @Test
    void should_keep_the_first_application_frame_of_a_trace_whose_lines_carry_a_prefix() {
        // given: a prefixed runtime log of 600 routine lines and one crash: 300 distinct framework frames (each line
        // as rare as the application's one) with the application's frame at position 41
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            sb.append("web-").append(i % 3).append("  | tick ").append(i).append(" queue=").append(i % 7).append(" ok\n");
            if (i == 400) {
                sb.append("web-1  | Exception in thread \"main\" java.lang.IllegalStateException: basket closed\n");
                for (int f = 0; f < 300; f++) {
                    String name = "" + (char) ('a' + f % 26) + (char) ('a' + f / 26 % 26) + (char) ('a' + f / 676);
                    sb.append("web-1  | \tat ").append(f == 41 ? "com.acme.shop.Basket.checkout(Basket.java)"
                            : "org.springframework.web.servlet." + name + ".Handler.handle(Handler.java)").append('\n');
                }
            }
        }
        String in = sb.toString();
        // when
        String out = compressor.compress(in, context()).output();
        // then
        assertThat(out).contains("web-1  | \tat com.acme.shop.Basket.checkout(Basket.java)\n");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_keep_the_lines_a_shown_problem_line_announces_with_a_colon() {
        // given: a test runner's log whose tests print compared values all along; one failure announces the values it
        // compared on the two lines below it
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            sb.append(String.format("%02d:%02d +%d: suite/widget_%d_test: renders item %d%n", i / 60, i % 60, i, i % 17, i));
            if (i == 250) {
                sb.append("The following assertion failure was reported by the runner:\n");
                sb.append("Wanted: <3 items>\n");
                sb.append("Found: <0 items>\n");
            } else if (i % 3 == 0) {
                sb.append("Wanted: <").append(i % 7).append(" items>\nFound: <").append(i % 7).append(" items>\n");
            }
        }
        String in = sb.toString();
        // when
        String out = compressor.compress(in, context()).output();
        // then: the announcing line with the two lines it announces
        assertThat(out).contains("The following assertion failure was reported by the runner:\nWanted: <3 items>\nFound: <0 items>\n");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_keep_the_changed_lines_of_marked_change_output_among_many_rare_lines() {
        // given: a release diff of twelve changes, each of its own key, and a removed manifest of 80 distinct lines:
        // more rare lines than rarity alone keeps
        String[] keys = {"pool", "replicas", "timeout", "image", "memory", "cpu", "probe", "port", "schedule", "retries", "region", "quota"};
        StringBuilder sb = new StringBuilder();
        for (int m = 0; m < 30; m++) {
            sb.append("prod, svc-").append(m).append(", Deployment (apps) has changed:\n");
            for (int k = 0; k < 12; k++) {
                sb.append("    setting").append(k).append(": value").append(k).append('\n');
                if (m < 12 && k == 6) {
                    sb.append("-   ").append(keys[m]).append(": old\n+   ").append(keys[m]).append(": new\n");
                }
            }
        }
        sb.append("prod, svc-legacy, Deployment (apps) has been removed:\n");
        for (int k = 0; k < 80; k++) {
            sb.append("-   ").append(Integer.toString(k * 7919, 36)).append("-flag: ").append((char) ('a' + k % 26)).append('\n');
        }
        String in = sb.toString();
        // when
        String out = compressor.compress(in, context()).output();
        // then: every change
        for (String key : keys) {
            assertThat(out).contains("-   " + key + ": old\n+   " + key + ": new\n");
        }
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_keep_a_few_lines_per_template_for_a_question_word_and_every_line_holding_a_name() {
        // given: 400 lines of one template hold "timeout"; the question also names one job id held by 5 of them
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            sb.append("job ").append(i % 80 == 7 ? "J-77001" : "J-" + (10_000 + i)).append(" step ").append(i % 13)
                    .append(" waited for timeout ").append(i % 50).append(" s\n");
        }
        String in = sb.toString();
        CompressionContext asked = context().toBuilder().userMessage("why does job J-77001 hit the timeout?").build();
        // when
        String out = compressor.compress(in, asked).output();
        // then: every J-77001 line, and not the other 395 timeout lines
        assertThat(out.split("J-77001", -1)).hasSize(6);
        assertThat(out.lines().filter(l -> l.startsWith("job ")).count()).isLessThan(15);
    }

    @Test
    void should_show_the_title_of_a_long_record_whose_line_matches() {
        // given: git log --stat of 150 commits of 6 files; only commit 90 touches ledger_export.go
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 150; c++) {
            sb.append(String.format("commit %040x%n", 0x777777L * (c + 5)));
            sb.append("Author: Dev Ada <dev@example.com>\n");
            sb.append(String.format("Date:   Sun Dec 6 %02d:%02d:00 2026 +0000%n%n", c / 60, c % 60));
            sb.append("    Subject of change ").append(c).append("\n\n");
            for (int f = 0; f < 6; f++) {
                sb.append(" src/").append(c == 90 && f == 3 ? "ledger_export" : "mod" + (c * 7 + f) % 23).append(".go | ").append(f + 1).append(" +\n");
            }
            sb.append(" 6 files changed, 21 insertions(+)\n\n");
        }
        String log = sb.toString();
        CompressionContext asked = context().toBuilder().userMessage("Which commit changed ledger_export.go?").build();
        // when
        String out = compressor.compress(log, asked).output();
        // then: commit, author, date and subject of that commit, with the matching line
        assertThat(out).contains(String.format("commit %040x%n", 0x777777L * 95) + "Author: Dev Ada <dev@example.com>\n"
                + "Date:   Sun Dec 6 01:30:00 2026 +0000\n\n    Subject of change 90\n", " src/ledger_export.go | 4 +\n");
        assertThat(out).doesNotContain("    Subject of change 89\n");
    }

    /**
     * {@code kustomize build} of 24 services: per service a Service and a Deployment (a StatefulSet for
     * {@code ledger-sync}), whose containers point at {@code ledger-sync} in their environment.
     */
    static String manifests() {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < 24; s++) {
            String name = s == 17 ? "ledger-sync" : "svc" + (char) ('a' + s) + "-api";
            sb.append("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ").append(name).append("\n  labels:\n    app: ")
                    .append(name).append("\nspec:\n  ports:\n    - port: 8080\n      targetPort: http\n  selector:\n    app: ")
                    .append(name).append('\n');
            sb.append("---\napiVersion: apps/v1\nkind: ").append(s == 17 ? "StatefulSet" : "Deployment").append("\nmetadata:\n  name: ")
                    .append(name).append("\n  labels:\n    app: ").append(name).append("\nspec:\n  replicas: ").append(2 + s % 4)
                    .append("\n  template:\n    metadata:\n      labels:\n        app: ").append(name)
                    .append("\n    spec:\n      containers:\n        - name: app\n          image: registry.acme.io/").append(name)
                    .append(":1.").append(40 + s).append(".0\n          env:\n            - name: LEDGER_URL\n              value: http://ledger-sync:8080\n")
                    .append("            - name: LOG_LEVEL\n              value: info\n          resources:\n            requests:\n              cpu: ")
                    .append(100 + s * 10).append("m\n              memory: ").append(256 + s * 32).append("Mi\n            limits:\n              cpu: ")
                    .append(500 + s * 10).append("m\n              memory: ").append(512 + s * 64).append("Mi\n");
            if (s == 17) {
                sb.append("  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n        accessModes: [\"ReadWriteOnce\"]\n")
                        .append("        resources:\n          requests:\n            storage: 75Gi\n");
            }
        }
        return sb.toString();
    }

    @Test
    void should_show_what_the_question_asks_of_the_record_its_name_identifies_with_the_lines_each_is_indented_under() {
        // given: ledger-sync is named by every deployment's environment, but only its own StatefulSet has name: ledger-sync
        String in = manifests();
        CompressionContext asked = context().toBuilder()
                .userMessage("What memory limit and how much storage does the ledger-sync statefulset get?").build();
        // when
        String out = compressor.compress(in, asked).output();
        // then: its memory limit under limits:, its storage under its volume claim, each with its parents
        assertThat(out).contains("kind: StatefulSet\n", "  name: ledger-sync\n",
                "          resources:\n", "            limits:\n", "              memory: " + (512 + 17 * 64) + "Mi\n",
                "  volumeClaimTemplates:\n", "            storage: 75Gi\n");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_show_the_identity_lines_of_a_long_record_a_line_of_which_matches_the_question() {
        // given: 30 firewall rules as blocks; one allows RDP from anywhere, and the question cannot name it
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 30; r++) {
            sb.append("# google_compute_firewall.rule_").append(r).append(":\nresource \"google_compute_firewall\" \"rule_").append(r)
                    .append("\" {\n    creation_timestamp = \"2026-11-").append(10 + r % 18).append("T08:00:00Z\"\n")
                    .append("    direction          = \"INGRESS\"\n    disabled           = false\n")
                    .append("    id                 = \"projects/acme-prod/global/firewalls/fw-").append(7000 + r * 37).append("\"\n")
                    .append("    network            = \"vpc-main\"\n    priority           = ").append(1000 + r).append('\n')
                    .append("    source_ranges      = [\n        \"").append(r == 23 ? "0.0.0.0/0" : "10." + r + ".0.0/16").append("\",\n    ]\n")
                    .append("    allow {\n        ports    = [\n            \"").append(r == 23 ? "3389" : String.valueOf(8000 + r)).append("\",\n")
                    .append("        ]\n        protocol = \"tcp\"\n    }\n}\n\n");
        }
        String in = sb.toString();
        CompressionContext asked = context().toBuilder()
                .userMessage("Is RDP (3389) open to the whole internet anywhere? Which rule?").build();
        // when
        String out = compressor.compress(in, asked).output();
        // then: the matching port, and the id of its rule
        assertThat(out).contains("            \"3389\",\n", "    id                 = \"projects/acme-prod/global/firewalls/fw-" + (7000 + 23 * 37) + "\"\n");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_show_the_rows_a_kept_row_hangs_under_in_a_tree_drawn_in_the_last_column() {
        // given: an inventory tree region / zone / rack / node, 2 x 3 x 4 x 10 nodes; one node failed
        StringBuilder sb = new StringBuilder("ID      STATUS    USED%   TYPE NAME\n");
        int id = 0;
        for (int r = 0; r < 2; r++) {
            sb.append(String.format("%-6d  %-8s  %5s   region eu-%d%n", -(++id), "-", "-", r + 1));
            for (int z = 0; z < 3; z++) {
                sb.append(String.format("%-6d  %-8s  %5s       zone z%d%c%n", -(++id), "-", "-", r + 1, (char) ('a' + z)));
                for (int k = 0; k < 4; k++) {
                    sb.append(String.format("%-6d  %-8s  %5s           rack rk-%d%c%d%n", -(++id), "-", "-", r + 1, (char) ('a' + z), k));
                    for (int m = 0; m < 10; m++) {
                        boolean failed = r == 1 && z == 2 && k == 1 && m == 6;
                        sb.append(String.format("%-6d  %-8s  %5.1f               node-%d%n", 1000 + id * 10 + m, failed ? "failed" : "up",
                                40.0 + (id * 7 + m * 3) % 30, id * 10 + m));
                    }
                }
            }
        }
        String in = sb.toString();
        // when
        String out = compressor.compress(in, context()).output();
        // then: the failed node with its rack, zone and region
        String failed = in.lines().filter(l -> l.contains("failed")).findFirst().orElseThrow();
        assertThat(out).contains(failed + "\n", "           rack rk-2c1\n", "       zone z2c\n", "   region eu-2\n");
        KeptLines.assertAllOriginal(in, out);
    }

    @Test
    void should_give_a_name_every_line_holds_no_more_room_than_a_question_word() {
        // given: every line holds the service's name; 400 lines hold "timeout"
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            sb.append("checkout-api job J-").append(10_000 + i).append(" step ").append(i % 13).append(" waited for timeout ")
                    .append(i % 50).append(" s\n");
        }
        String in = sb.toString();
        CompressionContext asked = context().toBuilder().userMessage("why does checkout-api hit the timeout?").build();
        // when
        String out = compressor.compress(in, asked).output();
        // then
        assertThat(out.lines().filter(l -> l.startsWith("checkout-api ")).count()).isLessThan(15);
    }

    @Test
    void should_show_the_line_that_introduces_a_problem_line_when_it_ends_with_a_colon() {
        // given: 300 compile lines of a C build (no compiler claims it), one error under its function line
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            String file = "src/mod" + i % 41 + "/part" + i + ".c";
            if (i % 7 == 3) {
                // many function lines over notes: the function line is a common template, not a rare one
                sb.append(file).append(": In function 'step_").append(i).append("':\n");
                sb.append(file).append(':').append(i % 90 + 10).append(":5: note: variable 'n").append(i).append("' set here\n");
            }
            if (i == 211) {
                // its function line reads like the others: only its place says it belongs to the error
                sb.append(file).append(": In function 'step_").append(i).append("':\n");
                sb.append(file).append(":412:22: error: too few arguments to function 'crc_update'\n");
            }
            sb.append("cc -O2 -c -o ").append(file.replace(".c", ".o")).append(' ').append(file).append('\n');
        }
        String in = sb.toString();

        // when
        String out = compressor.compress(in, context()).output();

        // then
        assertThat(out).contains("src/mod6/part211.c:412:22: error: too few arguments to function 'crc_update'\n")
                .contains("src/mod6/part211.c: In function 'step_211':\n");
    }

    @Test
    void should_show_the_lines_a_problem_line_hangs_under_by_indentation() {
        // given: a JUnit XML report of 300 test cases, one failing; its <testcase> line reads like the others
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        for (int s = 0; s < 10; s++) {
            sb.append("  <testsuite name=\"com.acme.Suite").append(s).append("\" tests=\"30\">\n");
            for (int t = 0; t < 30; t++) {
                sb.append("    <testcase name=\"should_handle_case_").append(s * 30 + t).append("\" classname=\"com.acme.Suite").append(s)
                        .append("\" time=\"0.").append(100 + t * 7 % 90).append("\">\n");
                if (s == 7 && t == 12) {
                    sb.append("      <failure message=\"expected 3 but was 4\" type=\"org.opentest4j.AssertionFailedError\"/>\n");
                }
                sb.append("    </testcase>\n");
            }
            sb.append("  </testsuite>\n");
        }
        sb.append("</testsuites>\n");
        String in = sb.toString();

        // when
        String out = compressor.compress(in, context()).output();

        // then: the failure, its test case and its suite
        assertThat(out).contains("      <failure message=\"expected 3 but was 4\" type=\"org.opentest4j.AssertionFailedError\"/>\n")
                .contains("    <testcase name=\"should_handle_case_222\" classname=\"com.acme.Suite7\"")
                .contains("  <testsuite name=\"com.acme.Suite7\" tests=\"30\">\n");
    }

    @Test
    void should_keep_the_marked_head_of_a_shown_problem_line_s_record() {
        // given: a smoke test's log, one block per request opened by "== METHOD path", one failing with a 503
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 60; r++) {
            sb.append("== GET /v2/items/").append(r).append("?page=").append(r % 4).append('\n');
            sb.append("* connected to api port 443\n* request sent in ").append(r % 9 + 1).append(" ms\n");
            for (int k = 0; k < 10; k++) {
                sb.append("* TLS handshake step ").append(k).append(" took ").append((r * 7 + k) % 5).append(" ms\n");
            }
            sb.append(r == 41 ? "< HTTP/2 503 \n" : "< HTTP/2 200 \n");
            sb.append("< content-type: application/json\n< x-request-id: req-").append(7000 + r * 13).append('\n');
        }
        String in = sb.toString();

        // when
        String out = compressor.compress(in, context()).output();

        // then
        assertThat(out).contains("< HTTP/2 503 \n").contains("== GET /v2/items/41?page=1\n");
        String[] lines = dev.headroom.compress.Lines.split(in);
        int[] heads = RecordHeads.of(lines, dev.headroom.internal.template.TemplateMiner.mine(lines, new int[lines.length],
                dev.headroom.compress.WorkBudget.unlimited()));
        int failing = java.util.Arrays.asList(lines).indexOf("< HTTP/2 503 ");
        assertThat(lines[heads[failing]]).as("the record of the 503 opens with its request").isEqualTo("== GET /v2/items/41?page=1");
        assertThat(RecordHeads.markedHead("== GET /v2/items/41")).isEqualTo(2);
        assertThat(RecordHeads.markedHead("-- Table structure for table `orders`")).isZero();
        assertThat(RecordHeads.markedHead("==> done")).isZero();
    }

    @Test
    void should_keep_the_excerpt_under_a_finding_that_matches_the_question() {
        // given: 200 linter findings, each with a one-line source excerpt indented under it
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 200; f++) {
            boolean asked = f == 133;
            sb.append("internal/pkg").append(f % 17).append("/file").append(f).append(".go:").append(10 + f).append(":2: ")
                    .append(asked ? "SA5011: possible nil pointer dereference (staticcheck)" : "ineffectual assignment to v" + f + " (ineffassign)").append('\n');
            sb.append("\tv").append(f).append(" = compute").append(f % 5).append("(input)\n");
        }
        String in = sb.toString();

        // when
        String out = compressor.compress(in, CompressionContext.builder().handle(HANDLE).userMessage("where is the possible nil pointer dereference?").build()).output();

        // then
        assertThat(out).contains("internal/pkg14/file133.go:143:2: SA5011: possible nil pointer dereference (staticcheck)\n\tv133 = compute3(input)\n");
    }
}
