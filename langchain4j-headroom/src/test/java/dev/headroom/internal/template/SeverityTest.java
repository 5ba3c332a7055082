package dev.headroom.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeverityTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Dec  6 08:25:00 web01 sshd[7836]: error: maximum authentication attempts exceeded for root",
        "2026-12-06 10:03:20 INFO [main-EventThread] Got user-level KeeperException when processing sessionid:0x1",
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "Traceback (most recent call last):",
        "      Reason:       OOMKilled",
        "  payments   ledger-7c9d   0/1   CrashLoopBackOff   14   41m",
        "  Warning  FailedMount  3m  kubelet  MountVolume.SetUp timed out",
        "state=ConnectionFailed peer=10.0.0.7",
        "  api-5f7d   0/1   ErrImagePull   0   2m",
        "npm ERR! code ELIFECYCLE",
        "HTTP/1.1 503 Service Unavailable",
        "< HTTP/2 502",
        "kernel: [13645.000001] worker[5151]: segfault at 0 ip 00007f3a2b4c5d6e sp 00007ffd1a2b3c4d error 4",
        "kernel: Out of memory: Killed process 4242 (java) total-vm:8388608kB",
        "postgres[8249]: [3-1] FATAL:  password authentication failed for user \"app\"",
        "INFO app.Db - pool message: FATAL: remaining connection slots are reserved",
        "Permission denied (publickey).",
        "CRITICAL: disk almost full",
        "java.lang.IllegalStateException: boom",
        "ValueError: bad row 17",
        "10.3.78.164 - - [06/Dec/2026:10:29:31 +0000] \"GET /api/orders HTTP/1.1\" 502 65115 \"-\" \"curl/8.4.0\"",
        "level=info msg=\"request done\" status=503 path=/x",
        "Container web Exited (137) 3 seconds ago",
        "job finished with exit code 137",
        "process exited with status 1",
        "Tests run: 5, Failures: 1, Errors: 0",
        "Segmentation fault (core dumped)",
        "\t\tLnkSta:\tSpeed 8GT/s (downgraded), Width x2 (downgraded)",
        "  state: DEGRADED",
        "Error: Cannot find module 'x'",
        "task FAILED after 3 retries",
        "1:M 06 Dec 2026 10:00:01.123 # Can't save in background: fork: Cannot allocate memory",
        "connect to 10.0.0.7:5432 failed: Connection refused",
        "Unable to reach the metadata service",
        "rsync: write failed on \"/backup/x\": No space left on device (28)",
        "upstream timed out (110: Connection timed out) while reading response header",
        "ERROR:  deadlock detected",
        "index shard is corrupted",
        "[e2e] \u2717 returns \u203a refunds a partially shipped order #847 \u2014 expected status 200, got 500",
        "  \u2715 renders the cart total (12 ms)",
        "\u2716 3 problems (1 error, 2 warnings)",
        "\u274C deploy-preview",
        "INFO  [ScheduledTasks:1] MessagingMetrics.java:206 - READ_REQ messages were dropped in last 5000 ms: 0 internal and 506 cross node",
        "==48213== Invalid read of size 8",
        "verify error:num=10:certificate has expired",
        "rpc error: code = Unavailable desc = connection closed",
        " ! [rejected]        main -> main (fetch first)",
        "drive /mnt/disk3 is offline",
        "Storage resources are insufficient for the write operation",
        "WARN TaskSetManager: Lost task 3.0 in stage 7.0 (TID 41, executor 2)",
        "ERROR: duplicate key value violates unique constraint; constraint violation on orders_pkey",
        ";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 22311",
        ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 64359",
        "[FAIL] 1.1.12 Ensure that the etcd data directory ownership is set to etcd:etcd (Automated)",
        "--- FAIL: TestLedger (0.02s)",
        "E: Unable to locate package nvidia-driver-550-server",
        "2026-12-08T02:08:36Z: ==> amazon-ebs.gpu: E: Version '550.127.05' for 'nvidia-driver-550-server' was not found"
    })
    void should_report_a_problem_whatever_case_position_and_level(String line) {
        assertThat(Severity.isProblem(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "synced batch 12 with 100 rows, 0 errors",
        "if (job.isFailed()) { retry(job); }",
        "Errata for chapter 3 published",
        "HTTP/1.1 200 OK",
        "HTTP/1.1 404 Not Found",
        "ERRNO table loaded",
        "build finished: errors=0 warnings=3",
        "error_count: 0",
        "ERROR_REPORTING=off",
        "gcc -Wall -Werror -O2 -c main.c",
        "no error found",
        "completed without errors",
        "Tests: failed: 0, passed: 12",
        "GET /error/page.html 200",
        "tail -f /var/log/nginx/error.log",
        "{\"error\": null, \"id\": 7}",
        "log.error(\"x\") was called 0 times",
        "a non-fatal warning",
        "job finished with exit code 0",
        "Container web Exited (0) 3 seconds ago",
        "instruction cache parity error corrected",
        "10.3.78.164 - - [06/Dec/2026:10:29:31 +0000] \"GET /api HTTP/1.1\" 200 5020 \"-\" \"curl/8.4.0\"",
        "status=200 took 502ms",
        "Started session-77.scope - Session 77 of User app.",
        "a space left for later",
        "I can tell you more",
        "        RX errors 0  dropped 0  overruns 0  frame 0",
        "[e2e] \u2713 returns \u203a lists orders #846 (1504 ms)",
        "13:40:01.970 [main] INFO  o.s.t.c.support.AnnotationConfigContextLoaderUtils -- Could not detect default configuration classes for test class [a.BTest]",
        "==48213==    definitely lost: 0 bytes in 0 blocks",
        "invalid_grant_count: 0",
        "--reject-unauthorized=false",
        "fail2ban.actions [812]: NOTICE [sshd] Unban 81.22.140.17",
        "checks: 12 pass, 0 fail",
        "copied E:\\backups\\orders.bak in 12 s",
        "see appendix E:3 for the schema"
    })
    void should_not_report_routine_lines_that_only_mention_problem_words(String line) {
        assertThat(Severity.isProblem(line)).isFalse();
    }
}
