package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Generated system logs: RFC 3164 syslog, journalctl (short and short-iso) and the sshd auth log. */
final class SystemLogCases {

    private SystemLogCases() {}

    private static final DateTimeFormatter JOURNAL = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ROOT);

    /** Ordinary daemon chatter on a web host: cron, systemd sessions, firewall, time sync, mail. */
    private static String daemonNoise(Gen g, String host, double uptime) {
        int w = g.weighted(20, 12, 12, 18, 6, 8, 8, 6, 10);
        String k = fmt("[%.6f]", uptime);
        return switch (w) {
            case 0 -> fmt("%s CRON[%d]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)", host, g.between(20_000, 60_000));
            case 1 -> fmt("%s systemd[1]: Started session-%d.scope - Session %d of User deploy.", host, g.between(100, 999), g.between(100, 999));
            case 2 -> fmt("%s systemd-logind[612]: Removed session %d.", host, g.between(100, 999));
            case 3 -> fmt("%s kernel: %s [UFW BLOCK] IN=eth0 OUT= MAC=0a:58:0a:f4:00:01 SRC=%s DST=10.0.1.15 LEN=%d TOS=0x00 PREC=0x00 TTL=%d ID=%d PROTO=TCP SPT=%d DPT=%d WINDOW=1024 RES=0x00 SYN URGP=0",
                    host, k, g.ip(), g.pick(40, 44, 60), g.between(40, 250), g.between(1, 65_000), g.between(1024, 65_000), g.pick(22, 23, 3389, 5900, 8080, 6379));
            case 4 -> fmt("%s systemd-timesyncd[541]: Initial synchronization to time server 169.254.169.123:123 (169.254.169.123).", host);
            case 5 -> fmt("%s postfix/qmgr[1322]: %s: from=<noreply@example.com>, size=%d, nrcpt=1 (queue active)", host, g.hex(10).toUpperCase(Locale.ROOT), g.between(900, 9_000));
            case 6 -> fmt("%s postfix/smtp[%d]: %s: to=<ops@example.com>, relay=mx.example.com[198.51.100.25]:25, delay=%.1f, delays=0.01/0/0.1/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued)",
                    host, g.between(20_000, 60_000), g.hex(10).toUpperCase(Locale.ROOT), g.nextDouble());
            case 7 -> fmt("%s rsyslogd[488]: imuxsock: Acquired UNIX socket '/run/systemd/journal/syslog' (fd 3) from systemd.  [v8.2302.0]", host);
            default -> fmt("%s dhclient[733]: DHCPACK of 10.0.1.15 from 10.0.1.1 (xid=0x%s)", host, g.hex(8));
        };
    }

    /** 3,000 syslog lines with one kernel OOM kill and one segfault. */
    static NeedleCase syslogOom() {
        Gen g = new Gen(2001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 6, 25, 1), 25_000);
        List<Needle> needles = new ArrayList<>();
        double uptime = 812_000.0;
        for (int i = 0; i < 3_000; i++) {
            String t = clock.next(Stamps.SYSLOG);
            uptime += g.nextDouble() * 25;
            String k = fmt("[%.6f]", uptime);
            if (i == 1_203) {
                String l = fmt("%s web-03 kernel: %s Out of memory: Killed process 4242 (java) total-vm:8123456kB, anon-rss:6012344kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:12360kB oom_score_adj:0", t, k);
                needles.add(Needle.exact(l));
                g.add(l);
            } else if (i == 2_644) {
                String l = fmt("%s web-03 kernel: %s php-fpm8.2[23811]: segfault at 0 ip 00007f3a2c4b1e2d sp 00007ffd1c2b3a40 error 4 in libc.so.6[7f3a2c400000+155000] likely on CPU 1 (core 1, socket 0)", t, k);
                needles.add(Needle.exact(l));
                g.add(l);
            } else {
                g.add(t + " " + daemonNoise(g, "web-03", uptime));
            }
        }
        return NeedleCase.named("syslog_oom_segfault", "log", "syslog")
                .shell("tail -n 3000 /var/log/syslog")
                .build(g.text(), needles);
    }

    /** 2,200 syslog lines from a file server: an I/O error, an ext4 error and a unit that failed to start. */
    static NeedleCase syslogDisk() {
        Gen g = new Gen(2002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 4, 22, 0, 3), 40_000);
        List<Needle> needles = new ArrayList<>();
        double uptime = 40_000.0;
        for (int i = 0; i < 2_200; i++) {
            String t = clock.next(Stamps.SYSLOG);
            uptime += g.nextDouble() * 40;
            String k = fmt("[%.6f]", uptime);
            String l = null;
            if (i == 900) {
                l = fmt("%s files-01 kernel: %s blk_update_request: I/O error, dev sdb, sector 1953459632 op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 0", t, k);
            } else if (i == 903) {
                l = fmt("%s files-01 kernel: %s EXT4-fs error (device sdb1): ext4_find_entry:1663: inode #2: comm smbd: reading directory lblock 0", t, k);
            } else if (i == 1_700) {
                l = fmt("%s files-01 systemd[1]: Failed to start backup-offsite.service - Nightly offsite backup (restic).", t);
            }
            if (l != null) {
                needles.add(Needle.exact(l));
                g.add(l);
            } else {
                g.add(t + " " + daemonNoise(g, "files-01", uptime));
            }
        }
        return NeedleCase.named("syslog_disk_errors", "log", "syslog")
                .shell("grep -v 'CRON' /var/log/syslog.1 | tail -n 2200")
                .question("Is the data disk on files-01 healthy?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** journalctl (short) of a database host: postgres checkpoints and connections, one FATAL inside a message. */
    static NeedleCase journaldShort() {
        Gen g = new Gen(2003);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 9, 0, 0), 6_000);
        g.add("-- Journal begins at Mon 2026-11-30 00:00:04 UTC, ends at Sun 2026-12-06 12:58:41 UTC. --");
        String needle = null;
        for (int i = 0; i < 2_000; i++) {
            String t = clock.next(JOURNAL);
            String ts = Stamps.format(clock.now(), Stamps.LOGBACK).replace('.', ' ').substring(0, 19);
            int pid = g.between(3_000, 9_000);
            if (i == 1_312) {
                needle = fmt("%s db-01 postgres[%d]: %s.%03d UTC [%d] FATAL:  password authentication failed for user \"report_ro\"", t, pid, ts, g.nextInt(1000), pid);
                g.add(needle);
                continue;
            }
            int w = g.weighted(30, 30, 10, 10, 10, 10);
            String line = switch (w) {
                case 0 -> fmt("%s db-01 postgres[%d]: %s.%03d UTC [%d] LOG:  connection received: host=%s port=%d", t, pid, ts, g.nextInt(1000), pid, g.privateIp(), g.between(30_000, 60_000));
                case 1 -> fmt("%s db-01 postgres[%d]: %s.%03d UTC [%d] LOG:  connection authorized: user=%s database=%s application_name=%s", t, pid, ts, g.nextInt(1000), pid,
                        g.pick("app", "app", "report_ro", "metabase"), g.pick("shop", "shop", "analytics"), g.pick("PostgreSQL JDBC Driver", "psql", "pgbouncer"));
                case 2 -> fmt("%s db-01 postgres[1021]: %s.%03d UTC [1021] LOG:  checkpoint starting: time", t, ts, g.nextInt(1000));
                case 3 -> fmt("%s db-01 postgres[1021]: %s.%03d UTC [1021] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s",
                        t, ts, g.nextInt(1000), g.between(100, 9_000), g.nextDouble() * 10, g.between(0, 4), g.nextDouble() * 200, g.nextDouble(), g.nextDouble() * 200);
                case 4 -> fmt("%s db-01 systemd[1]: Started session-%d.scope - Session %d of User postgres.", t, g.between(100, 900), g.between(100, 900));
                default -> fmt("%s db-01 postgres[%d]: %s.%03d UTC [%d] LOG:  disconnection: session time: 0:%02d:%02d.%03d user=app database=shop host=%s port=%d",
                        t, pid, ts, g.nextInt(1000), pid, g.nextInt(60), g.nextInt(60), g.nextInt(1000), g.privateIp(), g.between(30_000, 60_000));
            };
            g.add(line);
        }
        return NeedleCase.named("journald_short_fatal", "log", "journald-short")
                .shell("journalctl -u postgresql@15-main --no-pager --since today")
                .build(g.text(), List.of(Needle.exact(needle)));
    }

    /** journalctl -o short-iso of an app host: a batch service exits with status 1 after a connect error. */
    static NeedleCase journaldShortIso() {
        Gen g = new Gen(2004);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 0, 0, 0), 30_000);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            String t = clock.nextIso();
            if (i == 1_990) {
                String a = fmt("%s app-02 billing-export[8812]: Error: connect ECONNREFUSED 10.0.4.12:5432", t);
                String b = fmt("%s app-02 systemd[1]: billing-export.service: Main process exited, code=exited, status=1/FAILURE", t);
                String c = fmt("%s app-02 systemd[1]: billing-export.service: Failed with result 'exit-code'.", t);
                for (String l : List.of(a, b, c)) {
                    g.add(l);
                    needles.add(Needle.exact(l));
                }
                continue;
            }
            int w = g.weighted(25, 25, 20, 15, 15);
            String line = switch (w) {
                case 0 -> fmt("%s app-02 billing-api[2301]: {\"level\":\"info\",\"msg\":\"request served\",\"path\":\"/v1/invoices/%d\",\"ms\":%d}", t, g.between(10_000, 99_999), g.between(2, 300));
                case 1 -> fmt("%s app-02 systemd[1]: Starting billing-export.service - Export invoices to the ledger...", t);
                case 2 -> fmt("%s app-02 billing-export[%d]: exported %d invoices in %d ms", t, g.between(8_000, 8_800), g.between(0, 400), g.between(40, 4_000));
                case 3 -> fmt("%s app-02 systemd[1]: billing-export.service: Deactivated successfully.", t);
                default -> fmt("%s app-02 systemd[1]: Finished billing-export.service - Export invoices to the ledger.", t);
            };
            g.add(line);
        }
        return NeedleCase.named("journald_iso_unit_failed", "log", "journald-short-iso")
                .shell("journalctl -o short-iso --no-pager -n 2500")
                .question("why did billing-export stop exporting?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** An sshd auth log under brute force: one lower-case error, one accepted login, one sudo. */
    static NeedleCase sshdAuth() {
        Gen g = new Gen(2005);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 0, 0, 0), 20_000);
        List<String> failed = new ArrayList<>();
        List<Needle> needles = new ArrayList<>();
        String[] users = {"admin", "test", "oracle", "ubuntu", "postgres", "git", "user", "pi", "ftpuser", "support"};
        for (int i = 0; i < 3_200; i++) {
            String t = clock.next(Stamps.SYSLOG);
            int pid = g.between(10_000, 40_000);
            String ip = g.ip();
            String l;
            if (i == 1_500) {
                l = fmt("%s bastion sshd[%d]: error: maximum authentication attempts exceeded for root from 45.155.205.3 port 51234 ssh2 [preauth]", t, pid);
                needles.add(Needle.exact(l));
            } else if (i == 2_731) {
                l = fmt("%s bastion sshd[%d]: Accepted publickey for deploy from 203.0.113.77 port 50022 ssh2: ED25519 SHA256:q4Xw1mB3o0c8Jv5dZ2kR7tY9nH6sL1eF0aG8pU3iW2E", t, pid);
                needles.add(Needle.exact(l));
            } else if (i == 2_740) {
                l = fmt("%s bastion sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx", t);
                needles.add(Needle.exact(l));
            } else {
                int w = g.weighted(25, 25, 20, 15, 10, 5);
                String u = g.pick(users);
                l = switch (w) {
                    case 0 -> fmt("%s bastion sshd[%d]: Invalid user %s from %s port %d", t, pid, u, ip, g.between(1024, 65_000));
                    case 1 -> fmt("%s bastion sshd[%d]: Connection closed by invalid user %s %s port %d [preauth]", t, pid, u, ip, g.between(1024, 65_000));
                    case 2 -> fmt("%s bastion sshd[%d]: Received disconnect from %s port %d:11: Bye Bye [preauth]", t, pid, ip, g.between(1024, 65_000));
                    case 3 -> fmt("%s bastion sshd[%d]: Disconnected from authenticating user root %s port %d [preauth]", t, pid, ip, g.between(1024, 65_000));
                    case 4 -> fmt("%s bastion sshd[%d]: Failed password for invalid user %s from %s port %d ssh2", t, pid, u, ip, g.between(1024, 65_000));
                    default -> fmt("%s bastion CRON[%d]: pam_unix(cron:session): session %s for user root%s", t, pid,
                            g.chance(0.5) ? "opened" : "closed", g.chance(0.5) ? "(uid=0) by (uid=0)" : "");
                };
                if (w == 4) {
                    failed.add(l);
                }
            }
            g.add(l);
        }
        needles.add(Needle.anyOf(failed));
        return NeedleCase.named("sshd_auth_bruteforce", "log", "sshd-auth")
                .shell("sudo tail -n 3200 /var/log/auth.log")
                .question("Did anyone actually get into the bastion?")
                .build(g.text(), needles);
    }
}
