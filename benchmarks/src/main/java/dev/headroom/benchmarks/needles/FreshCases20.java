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
import static dev.headroom.benchmarks.needles.JsonTree.obj;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The twenty-first held-aside batch ({@code fresh20_*}), written on 2026-12-08 (session 12), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. Tool outputs none of the other cases has: {@code pm2 logs --nostream} over a Node app's
 * processes, a web server's {@code fail2ban.log}, a Jenkins pipeline run's {@code wfapi/describe} JSON, a Temporal
 * workflow history ({@code temporal workflow show --output json}), Falco's JSON alerts, {@code crictl ps -a} on a
 * Kubernetes node, a Nextflow {@code trace.txt}, {@code borg list} of a backup archive, a Mercurial {@code hg diff},
 * Windows {@code findstr /s /n} over a .NET solution, a CMake build driven by Ninja and {@code kube-bench run}. Never
 * tuned on: reported as their own set {@code fresh-20}, refused by {@code --case}. Written at the same time as {@link
 * FreshCases19} by another author, who chose three of the same tools (fail2ban, Falco, CMake with Ninja); each pair was
 * written independently, with other contents and needles.
 */
final class FreshCases20 {

    private FreshCases20() {}

    static List<NeedleCase> all() {
        return List.of(pm2Logs(), fail2banLog(), jenkinsWfapi(), temporalHistory(), falcoJson(), crictlPs(), nextflowTrace(), borgList(),
                hgDiff(), findstrSolution(), cmakeNinja(), kubeBench());
    }

    private static <T> void shuffle(Gen g, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = g.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** Every whole line of {@code text} containing {@code part}, in order, without repeats; fails when none does. */
    private static List<String> linesWith(String text, String part) {
        Set<String> found = new LinkedHashSet<>();
        for (String line : text.split("\n", -1)) {
            if (line.contains(part)) {
                found.add(line);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no line contains " + part);
        }
        return List.copyOf(found);
    }

    /** A timed line of a generated log, sorted by time and then by the order it was made in. */
    private record Ev(long at, int seq, String text) {}

    private static void sortEvents(List<Ev> events) {
        events.sort(Comparator.comparingLong(Ev::at).thenComparingInt(Ev::seq));
    }

    // ---------------------------------------------------------------- pm2 logs

    private static final DateTimeFormatter PM2_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private static String pm2(String prefix, String line) {
        return pad(prefix, 10) + " | " + line;
    }

    private static String pm2At(String prefix, LocalDateTime t, String line) {
        return pm2(prefix, PM2_TIME.format(t) + ": " + line);
    }

    /**
     * pm2 logs --nostream --lines 300 on a shop's app server (pm2 started with --time, so each written chunk carries a
     * timestamp): the daemon's pm2.log with three days of deploys and two memory restarts of api instances, then the out and
     * error logs of the four clustered api instances (request lines, a few jwt and slow-query errors), the forked worker and
     * the scheduler. This morning's deploy restarted the worker, which now dies on start with ERR_REQUIRE_ESM (an ESM-only
     * p-limit required from dist/worker/queue.js) until pm2 stops it after 16 unstable restarts. The question asks why pm2
     * gave up on the worker and what it crashes on: the "too many unstable restarts" line, one of the ERR_REQUIRE_ESM lines
     * and the stack frame naming the requiring file and line.
     */
    static NeedleCase pm2Logs() {
        Gen g = new Gen(230_001);
        String home = "/home/deploy/.pm2";
        g.add("[TAILING] Tailing last 300 lines for [all] processes (change the value with --lines option)");
        g.add(home + "/pm2.log last 300 lines:");
        Stamps d = new Stamps(g, LocalDateTime.of(2026, 12, 5, 9, 10, 2), 900);
        int[] pid = {38_112};
        List<String> daemon = new ArrayList<>();
        LocalDateTime[] deploys = {LocalDateTime.of(2026, 12, 5, 9, 10, 2), LocalDateTime.of(2026, 12, 7, 16, 5, 41),
            LocalDateTime.of(2026, 12, 8, 9, 40, 2)};
        String tooMany = null;
        for (int dep = 0; dep < deploys.length; dep++) {
            d = new Stamps(g, deploys[dep], 700);
            for (int i = 0; i < 4; i++) {
                daemon.add(pm2At("PM2", d.next(), "PM2 log: App [api:" + i + "] starting in -cluster mode-"));
                daemon.add(pm2At("PM2", d.next(), "PM2 log: App [api:" + i + "] online"));
                daemon.add(pm2At("PM2", d.next(), "PM2 log: Stopping app:api id:_old_" + i));
                daemon.add(pm2At("PM2", d.now(), "PM2 log: App name:api id:_old_" + i + " disconnected"));
                daemon.add(pm2At("PM2", d.next(), "PM2 log: App [api:_old_" + i + "] exited with code [0] via signal [SIGINT]"));
                pid[0] += g.between(20, 400);
                daemon.add(pm2At("PM2", d.now(), "PM2 log: pid=" + pid[0] + " msg=process killed"));
            }
            daemon.add(pm2At("PM2", d.next(), "PM2 log: Stopping app:worker id:4"));
            daemon.add(pm2At("PM2", d.now(), "PM2 log: App name:worker id:4 disconnected"));
            daemon.add(pm2At("PM2", d.next(), "PM2 log: App [worker:4] exited with code [0] via signal [SIGINT]"));
            pid[0] += g.between(20, 400);
            daemon.add(pm2At("PM2", d.now(), "PM2 log: pid=" + pid[0] + " msg=process killed"));
            daemon.add(pm2At("PM2", d.next(), "PM2 log: App [worker:4] starting in -fork mode-"));
            daemon.add(pm2At("PM2", d.next(), "PM2 log: App [worker:4] online"));
            if (dep == 2) {
                for (int r = 0; r < 16; r++) {
                    daemon.add(pm2At("PM2", d.next(), "PM2 log: App [worker:4] exited with code [1] via signal [SIGINT]"));
                    daemon.add(pm2At("PM2", d.next(), "PM2 log: App [worker:4] starting in -fork mode-"));
                    daemon.add(pm2At("PM2", d.next(), "PM2 log: App [worker:4] online"));
                }
                daemon.add(pm2At("PM2", d.next(), "PM2 log: App [worker:4] exited with code [1] via signal [SIGINT]"));
                tooMany = pm2At("PM2", d.now(), "PM2 log: Script /srv/shop/current/dist/worker/index.js had too many unstable restarts (16)."
                        + " Stopped. \"errored\"");
                daemon.add(tooMany);
            }
            daemon.add(pm2At("PM2", d.next(), "PM2 log: Stopping app:scheduler id:5"));
            daemon.add(pm2At("PM2", d.now(), "PM2 log: App name:scheduler id:5 disconnected"));
            daemon.add(pm2At("PM2", d.next(), "PM2 log: App [scheduler:5] exited with code [0] via signal [SIGINT]"));
            pid[0] += g.between(20, 400);
            daemon.add(pm2At("PM2", d.now(), "PM2 log: pid=" + pid[0] + " msg=process killed"));
            daemon.add(pm2At("PM2", d.next(), "PM2 log: App [scheduler:5] starting in -fork mode-"));
            daemon.add(pm2At("PM2", d.next(), "PM2 log: App [scheduler:5] online"));
            if (dep < 2) {
                LocalDateTime m = deploys[dep].plusHours(g.between(4, 20)).plusMinutes(g.between(0, 59)).plusSeconds(g.between(0, 59));
                int inst = g.between(0, 3);
                long cur = 1_073_741_824L + g.between(1_000_000, 60_000_000);
                daemon.add(pm2At("PM2", m, "PM2 log: [PM2][WORKER] Process " + inst + " restarted because it exceeds --max-memory-restart value"
                        + " (current_memory=" + cur + " max_memory_limit=1073741824 [octets])"));
                daemon.add(pm2At("PM2", m, "PM2 log: App [api:" + inst + "] exited with code [0] via signal [SIGINT]"));
                daemon.add(pm2At("PM2", m.plusSeconds(1), "PM2 log: App [api:" + inst + "] starting in -cluster mode-"));
                daemon.add(pm2At("PM2", m.plusSeconds(1), "PM2 log: App [api:" + inst + "] online"));
            }
        }
        daemon.forEach(g::add);
        g.add("");
        String[] routes = {"GET /api/products?page=%d", "GET /api/products/%d", "GET /api/cart", "POST /api/cart/items", "DELETE /api/cart/items/%d",
            "GET /api/categories", "GET /api/search?q=%s", "POST /api/checkout", "GET /api/orders/%d", "GET /api/account", "POST /api/auth/refresh",
            "GET /healthz", "GET /api/recommendations?product=%d", "PATCH /api/account/address", "GET /api/shipping/quote?zip=%d"};
        String[] words = {"boots", "jacket", "wool+scarf", "sneakers", "rain+coat", "gloves", "socks", "beanie", "linen+shirt", "backpack"};
        for (int inst = 0; inst < 4; inst++) {
            String prefix = inst + "|api";
            g.add(home + "/logs/api-out-" + inst + ".log last 300 lines:");
            Stamps t = new Stamps(g, LocalDateTime.of(2026, 12, 8, 8, 31, g.between(0, 59)), 26_000);
            boolean restarted = false;
            for (int i = 0; i < 300; i++) {
                LocalDateTime now = t.next();
                if (!restarted && now.isAfter(LocalDateTime.of(2026, 12, 8, 9, 40, 2))) {
                    restarted = true;
                    g.add(pm2At(prefix, LocalDateTime.of(2026, 12, 8, 9, 40, 3 + inst), "shop-api 3.18.0 listening on :3000 (pid "
                            + (51_200 + inst * 37) + ", NODE_ENV=production)"));
                    continue;
                }
                String r = g.pick(routes);
                String route = r.contains("%s") ? fmt(r, g.pick(words)) : r.contains("%d") ? fmt(r, g.between(1, 99_999)) : r;
                int status = route.startsWith("POST /api/checkout") ? g.pick(201, 201, 201, 402, 409) : route.startsWith("GET /api/orders")
                        ? g.pick(200, 200, 200, 404) : route.startsWith("POST /api/auth") ? g.pick(200, 200, 401) : g.pick(200, 200, 200, 200, 304);
                double ms = route.startsWith("GET /healthz") ? 0.4 + g.nextDouble() : 3 + g.nextDouble() * (route.contains("search") ? 480 : 160);
                g.add(pm2At(prefix, now, fmt("%s %d %.3f ms - %s", route, status, ms, status == 304 ? "-" : String.valueOf(g.between(2, 48_000)))));
            }
            g.add("");
            g.add(home + "/logs/api-error-" + inst + ".log last 300 lines:");
            Stamps e = new Stamps(g, LocalDateTime.of(2026, 12, 6, 0, 0, 0).plusMinutes(g.between(0, 600)), 9_000_000);
            int errors = g.between(8, 14);
            for (int i = 0; i < errors; i++) {
                LocalDateTime now = e.next();
                switch (g.nextInt(3)) {
                    case 0 -> {
                        g.add(pm2At(prefix, now, "UnauthorizedError: jwt expired"));
                        g.add(pm2(prefix, "    at /srv/shop/current/node_modules/express-jwt/dist/index.js:127:38"));
                        g.add(pm2(prefix, "    at /srv/shop/current/node_modules/jsonwebtoken/verify.js:190:16"));
                        g.add(pm2(prefix, "    at getSecret (/srv/shop/current/node_modules/jsonwebtoken/verify.js:97:14) {"));
                        g.add(pm2(prefix, "  code: 'invalid_token',"));
                        g.add(pm2(prefix, "  status: 401,"));
                        g.add(pm2(prefix, "  inner: TokenExpiredError: jwt expired"));
                        g.add(pm2(prefix, "}"));
                    }
                    case 1 -> g.add(pm2At(prefix, now, fmt("[warn] slow query %dms: SELECT p.* FROM products p JOIN stock s ON s.product_id = p.id WHERE"
                            + " p.category_id = $1 ORDER BY p.rank DESC LIMIT 48", g.between(1_001, 4_800))));
                    default -> g.add(pm2At(prefix, now, "(node:" + (40_000 + g.nextInt(9_000)) + ") [DEP0040] DeprecationWarning: The `punycode`"
                            + " module is deprecated. Please use a userland alternative instead."));
                }
            }
            g.add("");
        }
        g.add(home + "/logs/worker-out.log last 300 lines:");
        String[] jobs = {"email:send", "email:send", "email:send", "search:reindex-product", "image:thumbnail", "image:thumbnail", "order:export-erp",
            "stock:sync", "invoice:render"};
        Stamps w = new Stamps(g, LocalDateTime.of(2026, 12, 8, 7, 58, 12), 24_000);
        int jobId = 183_000;
        for (int i = 0; i < 296; i++) {
            jobId += g.between(1, 9);
            g.add(pm2At("4|worker", w.next(), fmt("[worker] job %s#%d done in %dms", g.pick(jobs), jobId, g.between(40, 2_900))));
        }
        g.add(pm2At("4|worker", LocalDateTime.of(2026, 12, 8, 9, 40, 4), "[worker] SIGINT received, draining 3 jobs in flight"));
        g.add(pm2At("4|worker", LocalDateTime.of(2026, 12, 8, 9, 40, 4), "[worker] drained, closing redis connection"));
        g.add(pm2At("4|worker", LocalDateTime.of(2026, 12, 8, 9, 40, 4), "[worker] bye"));
        g.add("");
        g.add(home + "/logs/worker-error.log last 300 lines:");
        Stamps we = new Stamps(g, LocalDateTime.of(2026, 12, 5, 11, 0, 0), 7_200_000);
        for (int i = 0; i < 34; i++) {
            LocalDateTime now = we.next();
            if (g.chance(0.6)) {
                g.add(pm2At("4|worker", now, fmt("[worker] job email:send#%d failed: SMTP 421 4.7.0 Try again later, closing connection."
                        + " (attempt %d/5)", 170_000 + g.nextInt(13_000), g.between(1, 3))));
            } else {
                g.add(pm2At("4|worker", now, fmt("[worker] job image:thumbnail#%d failed: Input buffer contains unsupported image format"
                        + " (attempt 1/5)", 170_000 + g.nextInt(13_000))));
            }
        }
        LocalDateTime crash = LocalDateTime.of(2026, 12, 8, 9, 40, 5);
        List<String> esm = new ArrayList<>();
        String frame = pm2("4|worker", "    at Object.<anonymous> (/srv/shop/current/dist/worker/queue.js:9:33)");
        for (int r = 0; r < 17; r++) {
            crash = crash.plusNanos(g.between(650, 980) * 1_000_000L);
            String first = pm2At("4|worker", crash, "Error [ERR_REQUIRE_ESM]: require() of ES Module /srv/shop/current/node_modules/p-limit/index.js"
                    + " from /srv/shop/current/dist/worker/queue.js not supported.");
            esm.add(first);
            g.add(first);
            g.add(pm2("4|worker", "Instead change the require of index.js in /srv/shop/current/dist/worker/queue.js to a dynamic import() which is"
                    + " available in all CommonJS modules."));
            g.add(frame);
            g.add(pm2("4|worker", "    at Object.<anonymous> (/srv/shop/current/dist/worker/index.js:14:17) {"));
            g.add(pm2("4|worker", "  code: 'ERR_REQUIRE_ESM'"));
            g.add(pm2("4|worker", "}"));
        }
        g.add("");
        g.add(home + "/logs/scheduler-out.log last 300 lines:");
        String[] ticks = {"sitemap:rebuild", "stock:sync", "stock:sync", "carts:expire", "reports:daily-sales", "search:reindex-changed",
            "search:reindex-changed", "feeds:google-merchant"};
        Stamps s = new Stamps(g, LocalDateTime.of(2026, 12, 8, 5, 0, 0), 120_000);
        for (int i = 0; i < 300; i++) {
            g.add(pm2At("5|schedule", s.next(), "[scheduler] tick " + g.pick(ticks) + " enqueued (next in " + g.pick(1, 5, 5, 15, 60) + "m)"));
        }
        g.add("");
        g.add(home + "/logs/scheduler-error.log last 300 lines:");
        g.add("");
        String text = g.text();
        requireLines(g, 1800, 2400);
        requireCount(text, "too many unstable restarts", 1);
        requireCount(text, "ERR_REQUIRE_ESM]", 17);
        requireCount(text, "queue.js:9:33", 17);
        return NeedleCase.named("fresh20_pm2_logs", "log", "pm2-logs")
                .shell("pm2 logs --nostream --lines 300")
                .question("After this morning's deploy `pm2 ls` shows the worker as errored. Why did pm2 stop restarting it, and what is it"
                        + " crashing on (which file)?")
                .heldAside()
                .build(text, List.of(Needle.exact(tooMany), Needle.anyOf(esm), Needle.exact(frame)));
    }

    // ---------------------------------------------------------------- fail2ban.log

    private static final LocalDateTime F2B_DAY = LocalDateTime.of(2026, 12, 8, 0, 0);

    private static String f2b(long ms, String logger, String level, String msg) {
        return Stamps.PYTHON.format(F2B_DAY.plusNanos(ms * 1_000_000L)) + " " + pad(logger, 24) + "[812]: " + pad(level, 7) + " " + msg;
    }

    private static String f2bSecond(long ms) {
        return Stamps.LOGBACK.format(F2B_DAY.plusNanos(ms * 1_000_000L)).substring(0, 19);
    }

    /**
     * /var/log/fail2ban.log of a shop's web server since midnight: the sshd, nginx-http-auth, nginx-botsearch,
     * nginx-limit-req and wordpress jails finding, banning and unbanning a pool of attacker addresses, the recidive jail
     * finding every ban again and banning repeat offenders. Since a firewall reload at 06:14 the wordpress jail's
     * iptables-multiport action fails on every ban and unban (the f2b-wordpress chain is gone). A customer's office address
     * 81.22.140.17 was banned by nginx-http-auth at 08:57 and unbanned an hour later. The question asks whether and when
     * that address was banned and by which jail, and whether a jail fails to ban: the Ban and Unban lines of the address,
     * one of the "Failed to execute ban jail 'wordpress'" lines and one iptables stderr line.
     */
    static NeedleCase fail2banLog() {
        Gen g = new Gen(230_002);
        List<Ev> ev = new ArrayList<>();
        int[] seq = {0};
        java.util.function.BiConsumer<Long, String> at = (ms, line) -> ev.add(new Ev(ms, seq[0]++, line));
        at.accept(1_204L, f2b(1_204, "fail2ban.server", "INFO", "rollover performed on /var/log/fail2ban.log"));
        long end = 11L * 3_600_000 + 31 * 60_000;
        long brokenSince = 6L * 3_600_000 + 14 * 60_000;
        List<String> pool = new ArrayList<>();
        while (pool.size() < 140) {
            String ip = g.ip();
            if (!ip.equals("81.22.140.17") && !pool.contains(ip)) {
                pool.add(ip);
            }
        }
        String[] jails = {"sshd", "nginx-botsearch", "nginx-http-auth", "wordpress", "nginx-limit-req"};
        int[] maxretry = {5, 2, 3, 5, 10};
        long[] bantime = {600_000, 86_400_000, 3_600_000, 3_600_000, 7_200_000};
        java.util.Map<String, Integer> bans = new java.util.TreeMap<>();
        List<String> failedBan = new ArrayList<>();
        List<String> stderr = new ArrayList<>();
        String thread = "7f3a2c1d6e50";
        List<long[]> episodes = new ArrayList<>();
        for (int i = 0; i < 330; i++) {
            episodes.add(new long[] {g.nextInt((int) (end - 600_000)), g.weighted(42, 18, 6, 22, 12), Math.min(pool.size() - 1,
                (long) (Math.pow(g.nextDouble(), 2.2) * pool.size()))});
        }
        episodes.sort(Comparator.comparingLong(e -> e[0]));
        for (long[] e : episodes) {
            long t = e[0];
            int j = (int) e[1];
            String jail = jails[j];
            String ip = pool.get((int) e[2]);
            int hits = switch (j) {
                case 0 -> g.between(1, 14);
                case 1 -> g.between(1, 6);
                case 2 -> g.between(1, 4);
                case 3 -> g.between(2, 24);
                default -> g.between(3, 22);
            };
            for (int h = 0; h < hits && h < maxretry[j]; h++) {
                t += j == 4 ? g.between(80, 900) : g.between(700, 14_000);
                at.accept(t, f2b(t, "fail2ban.filter", "INFO", "[" + jail + "] Found " + ip + " - " + f2bSecond(t)));
            }
            if (hits < maxretry[j]) {
                continue;
            }
            long ban = t + g.between(80, 700);
            at.accept(ban, f2b(ban, "fail2ban.actions", "NOTICE", "[" + jail + "] Ban " + ip));
            if (jail.equals("wordpress") && ban > brokenSince) {
                String err = f2b(ban + 2, "fail2ban.utils", "ERROR", thread + " -- stderr: 'iptables: No chain/target/match by that name.'");
                String fail = f2b(ban + 3, "fail2ban.actions", "ERROR", "Failed to execute ban jail 'wordpress' action 'iptables-multiport' info"
                        + " 'ActionInfo({'ip': '" + ip + "', 'family': 'inet4', 'fid': <function Actions.ActionInfo.<lambda> at 0x7f3a2c4e1d30>,"
                        + " 'raw-ticket': <function Actions.ActionInfo.<lambda> at 0x7f3a2c4e1e50>})': Error banning " + ip);
                at.accept(ban + 1, f2b(ban + 1, "fail2ban.utils", "ERROR", thread + " -- exec: iptables -w -I f2b-wordpress 1 -s " + ip
                        + " -j REJECT --reject-with icmp-port-unreachable"));
                at.accept(ban + 2, err);
                at.accept(ban + 2, f2b(ban + 2, "fail2ban.utils", "ERROR", thread + " -- returned 1"));
                at.accept(ban + 3, fail);
                failedBan.add(fail);
                stderr.add(err);
            } else if (g.chance(0.04)) {
                long again = ban + g.between(1_000, 9_000);
                at.accept(again, f2b(again, "fail2ban.actions", "WARNING", "[" + jail + "] " + ip + " already banned"));
            }
            long rec = ban + g.between(600, 3_000);
            at.accept(rec, f2b(rec, "fail2ban.filter", "INFO", "[recidive] Found " + ip + " - " + f2bSecond(rec)));
            int n = bans.merge(ip, 1, Integer::sum);
            if (n == 5) {
                long rb = rec + g.between(100, 600);
                at.accept(rb, f2b(rb, "fail2ban.actions", "NOTICE", "[recidive] Ban " + ip));
            }
            long unban = ban + bantime[j];
            if (unban < end) {
                at.accept(unban, f2b(unban, "fail2ban.actions", "NOTICE", "[" + jail + "] Unban " + ip));
                if (jail.equals("wordpress") && ban > brokenSince) {
                    at.accept(unban + 1, f2b(unban + 1, "fail2ban.utils", "ERROR", thread + " -- exec: iptables -w -D f2b-wordpress -s " + ip
                            + " -j REJECT --reject-with icmp-port-unreachable"));
                    at.accept(unban + 2, f2b(unban + 2, "fail2ban.utils", "ERROR", thread
                            + " -- stderr: 'iptables: No chain/target/match by that name.'"));
                    at.accept(unban + 2, f2b(unban + 2, "fail2ban.utils", "ERROR", thread + " -- returned 1"));
                    at.accept(unban + 3, f2b(unban + 3, "fail2ban.actions", "ERROR", "Failed to execute unban jail 'wordpress' action"
                            + " 'iptables-multiport' info 'ActionInfo({'ip': '" + ip + "', 'family': 'inet4', 'fid': <function"
                            + " Actions.ActionInfo.<lambda> at 0x7f3a2c4e1d30>, 'raw-ticket': <function Actions.ActionInfo.<lambda> at"
                            + " 0x7f3a2c4e1e50>})': Error unbanning " + ip));
                }
            }
        }
        String office = "81.22.140.17";
        long t = 8L * 3_600_000 + 56 * 60_000 + 12_418;
        for (int h = 0; h < 3; h++) {
            at.accept(t, f2b(t, "fail2ban.filter", "INFO", "[nginx-http-auth] Found " + office + " - " + f2bSecond(t)));
            t += g.between(6_000, 21_000);
        }
        long ban = t;
        String banLine = f2b(ban, "fail2ban.actions", "NOTICE", "[nginx-http-auth] Ban " + office);
        at.accept(ban, banLine);
        at.accept(ban + 1_433, f2b(ban + 1_433, "fail2ban.filter", "INFO", "[recidive] Found " + office + " - " + f2bSecond(ban + 1_433)));
        String unbanLine = f2b(ban + 3_600_000, "fail2ban.actions", "NOTICE", "[nginx-http-auth] Unban " + office);
        at.accept(ban + 3_600_000, unbanLine);
        sortEvents(ev);
        for (Ev e : ev) {
            g.add(e.text());
        }
        String text = g.text();
        requireLines(g, 1500, 3000);
        requireCount(text, office, 6);
        requireCount(text, "Failed to execute ban jail", failedBan.size());
        if (failedBan.size() < 4) {
            throw new IllegalStateException("too few failed wordpress bans: " + failedBan.size());
        }
        return NeedleCase.named("fresh20_fail2ban_log", "log", "fail2ban-log")
                .shell("sudo cat /var/log/fail2ban.log")
                .question("A customer says their office (IP 81.22.140.17) was locked out of the shop admin this morning. Did fail2ban ban that"
                        + " address, which jail, and when was it lifted? Also, is any jail failing to actually ban?")
                .heldAside()
                .build(text, List.of(Needle.exact(banLine), Needle.exact(unbanLine), Needle.anyOf(failedBan), Needle.anyOf(stderr)));
    }

    // ---------------------------------------------------------------- Jenkins wfapi/describe

    private static final String JOB = "/job/shop/job/main/1432";

    private static Map<String, Object> wfLinks(int id, boolean log) {
        Map<String, Object> links = obj("self", obj("href", JOB + "/execution/node/" + id + "/wfapi/describe"));
        if (log) {
            links.put("log", obj("href", JOB + "/execution/node/" + id + "/wfapi/log"));
        }
        return links;
    }

    private static Map<String, Object> wfNode(int id, String name, String agent, String status, Map<String, Object> error, String param, long start,
            long duration, int parent) {
        Map<String, Object> n = obj("_links", wfLinks(id, true), "id", String.valueOf(id), "name", name, "execNode", agent, "status", status);
        if (error != null) {
            n.put("error", error);
        }
        if (param != null) {
            n.put("parameterDescription", param);
        }
        n.put("startTimeMillis", start);
        n.put("durationMillis", duration);
        n.put("pauseDurationMillis", 0);
        n.put("parentNodes", arr(String.valueOf(parent)));
        return n;
    }

    private static Map<String, Object> wfStage(int id, String name, String agent, String status, Map<String, Object> error, long start, long duration,
            List<Object> nodes) {
        Map<String, Object> s = obj("_links", wfLinks(id, false), "id", String.valueOf(id), "name", name, "execNode", agent, "status", status);
        if (error != null) {
            s.put("error", error);
        }
        s.put("startTimeMillis", start);
        s.put("durationMillis", duration);
        s.put("pauseDurationMillis", 0);
        s.put("stageFlowNodes", nodes);
        return s;
    }

    /**
     * The Jenkins pipeline-stage-view API for build #1432 of shop/main with full stages ({@code wfapi/describe?fullStages=true}
     * through jq): checkout, setup, build and static analysis, 36 parallel unit-test branches (18 Gradle modules on JDK 17
     * and 21, each running Gradle, archiving JUnit results, recording coverage and stashing), then six integration-test
     * branches. The payments branch's Gradle step was killed (script returned exit code 137), so its stage and the build
     * failed and Publish images, Deploy staging and Smoke tests were not executed. The question asks which stage and step
     * failed, with which command and error, and what was skipped.
     */
    static NeedleCase jenkinsWfapi() {
        Gen g = new Gen(230_003);
        long t0 = LocalDateTime.of(2026, 12, 8, 7, 14, 3).toEpochSecond(ZoneOffset.UTC) * 1000 + 512;
        int[] id = {3};
        long[] clock = {t0 + g.between(2_000, 6_000)};
        List<Object> stages = new ArrayList<>();
        String agent = "ci-agent-07";
        // sequential stages: name, steps as {name, param, min s, max s}
        String[][][] seq = {
            {{"Declarative: Checkout SCM"}, {"Check out from version control", null, "3", "9"}},
            {{"Setup"}, {"Shell Script", "java -version && ./gradlew --version --no-daemon", "8", "20"},
                {"Read file from workspace", "gradle.properties", "0", "1"}, {"Set environment variables", null, "0", "1"}},
            {{"Build"}, {"Shell Script", "./gradlew assemble -x test --parallel --build-cache --no-daemon", "140", "260"},
                {"Archive the artifacts", "**/build/libs/*.jar", "2", "9"}},
            {{"Static Analysis"}, {"Shell Script", "./gradlew spotlessCheck detekt --parallel --no-daemon", "50", "110"},
                {"Record compiler warnings and static analysis results", null, "3", "12"}}};
        for (String[][] st : seq) {
            int sid = id[0]++;
            long start = clock[0];
            List<Object> nodes = new ArrayList<>();
            for (int i = 1; i < st.length; i++) {
                long dur = g.between(Integer.parseInt(st[i][2]) * 1000, Integer.parseInt(st[i][3]) * 1000 + 999);
                nodes.add(wfNode(id[0]++, st[i][0], agent, "SUCCESS", null, st[i][1], clock[0], dur, sid + i - 1));
                clock[0] += dur + g.between(20, 400);
            }
            stages.add(wfStage(sid, st[0][0], agent, "SUCCESS", null, start, clock[0] - start, nodes));
        }
        String[] modules = {"core", "catalog", "cart", "checkout", "payments", "orders", "inventory", "pricing", "promotions", "search", "shipping",
            "tax", "accounts", "notifications", "reviews", "returns", "reports", "gateway"};
        long parallelStart = clock[0];
        long parallelEnd = parallelStart;
        for (String m : modules) {
            for (String jdk : new String[] {"17", "21"}) {
                int sid = id[0]++;
                String a = "ci-agent-" + fmt("%02d", g.between(1, 24));
                long c = parallelStart + g.between(500, 9_000);
                long start = c;
                List<Object> nodes = new ArrayList<>();
                long d1 = g.between(35_000, 420_000);
                nodes.add(wfNode(id[0]++, "Shell Script", a, "SUCCESS", null, "./gradlew :" + m + ":test -PtestJdk=" + jdk + " --no-daemon", c, d1, sid));
                c += d1 + g.between(30, 300);
                long d2 = g.between(300, 4_000);
                nodes.add(wfNode(id[0]++, "Archive JUnit-formatted test results", a, "SUCCESS", null, m + "/build/test-results/test/*.xml", c, d2,
                        id[0] - 2));
                c += d2 + g.between(30, 300);
                long d3 = g.between(400, 6_000);
                nodes.add(wfNode(id[0]++, "Record code coverage results", a, "SUCCESS", null, m + "/build/reports/jacoco/test/jacocoTestReport.xml", c,
                        d3, id[0] - 2));
                c += d3 + g.between(30, 300);
                long d4 = g.between(100, 1_500);
                nodes.add(wfNode(id[0]++, "Stash some files to be used later in the build", a, "SUCCESS", null, "coverage-" + m + "-jdk" + jdk, c, d4,
                        id[0] - 2));
                c += d4;
                stages.add(wfStage(sid, "Unit Tests: " + m + " (jdk" + jdk + ")", a, "SUCCESS", null, start, c - start, nodes));
                parallelEnd = Math.max(parallelEnd, c);
            }
        }
        clock[0] = parallelEnd + g.between(500, 3_000);
        int itId = id[0]++;
        long itStart = clock[0];
        long itEnd = itStart;
        String[] its = {"cart", "checkout", "orders", "payments", "search", "shipping"};
        Map<String, Object> exit137 = obj("message", "script returned exit code 137", "type", "hudson.AbortException");
        List<Object> itStages = new ArrayList<>();
        for (String m : its) {
            boolean bad = m.equals("payments");
            int sid = id[0]++;
            String a = "ci-it-" + fmt("%02d", g.between(1, 6));
            long c = itStart + g.between(300, 4_000);
            long start = c;
            List<Object> nodes = new ArrayList<>();
            long d1 = g.between(20_000, 70_000);
            nodes.add(wfNode(id[0]++, "Shell Script", a, "SUCCESS", null, "docker compose -f it/docker-compose." + m + ".yml up -d --wait", c, d1, sid));
            c += d1 + g.between(30, 300);
            long d2 = bad ? 1_214_880 : g.between(180_000, 900_000);
            nodes.add(wfNode(id[0]++, "Shell Script", a, bad ? "FAILED" : "SUCCESS", bad ? exit137 : null, "./gradlew :" + m
                    + ":integrationTest --no-daemon", c, d2, id[0] - 2));
            c += d2 + g.between(30, 300);
            long d3 = g.between(300, 4_000);
            nodes.add(wfNode(id[0]++, "Archive JUnit-formatted test results", a, "SUCCESS", null, m + "/build/test-results/integrationTest/*.xml", c,
                    d3, id[0] - 2));
            c += d3 + g.between(30, 300);
            long d4 = g.between(3_000, 15_000);
            nodes.add(wfNode(id[0]++, "Shell Script", a, "SUCCESS", null, "docker compose -f it/docker-compose." + m + ".yml down -v", c, d4,
                    id[0] - 2));
            c += d4;
            itStages.add(wfStage(sid, "IT: " + m, a, bad ? "FAILED" : "SUCCESS", bad ? exit137 : null, start, c - start, nodes));
            itEnd = Math.max(itEnd, c);
        }
        stages.add(wfStage(itId, "Integration Tests", agent, "FAILED", exit137, itStart, itEnd - itStart, new ArrayList<>()));
        stages.addAll(itStages);
        clock[0] = itEnd + g.between(100, 900);
        for (String skipped : new String[] {"Publish images", "Deploy staging", "Smoke tests"}) {
            int sid = id[0]++;
            long d = g.between(8, 60);
            stages.add(wfStage(sid, skipped, "", "NOT_EXECUTED", null, clock[0], d, new ArrayList<>()));
            clock[0] += d + g.between(5, 40);
        }
        int postId = id[0]++;
        long postStart = clock[0];
        List<Object> post = new ArrayList<>();
        long p1 = g.between(300, 1_400);
        post.add(wfNode(id[0]++, "Slack Send", agent, "SUCCESS", null, "#shop-ci", clock[0], p1, postId));
        clock[0] += p1 + 40;
        long p2 = g.between(800, 5_000);
        post.add(wfNode(id[0]++, "Delete workspace when build is done", agent, "SUCCESS", null, null, clock[0], p2, id[0] - 2));
        clock[0] += p2;
        stages.add(wfStage(postId, "Declarative: Post Actions", agent, "SUCCESS", null, postStart, clock[0] - postStart, post));
        Map<String, Object> run = obj("_links", obj("self", obj("href", JOB + "/wfapi/describe"), "changesets", obj("href", JOB + "/wfapi/changesets"),
                "artifacts", obj("href", JOB + "/wfapi/artifacts")), "id", "1432", "name", "#1432", "status", "FAILED", "startTimeMillis", t0,
                "endTimeMillis", clock[0] + 800, "durationMillis", clock[0] + 800 - t0, "queueDurationMillis", g.between(5, 9_000),
                "pauseDurationMillis", 0, "stages", stages);
        String text = JsonTree.pretty(run, 2) + "\n";
        int lines = text.split("\n", -1).length;
        if (lines < 2500 || lines > 5000) {
            throw new IllegalStateException("lines " + lines);
        }
        requireCount(text, "exit code 137", 3);
        requireCount(text, "NOT_EXECUTED", 3);
        String stageName = only(text, "\"name\": \"IT: payments\"");
        String command = only(text, ":payments:integrationTest");
        return NeedleCase.named("fresh20_jenkins_wfapi", "json", "jenkins-wfapi-json")
                .shell("curl -s -u ci-bot:$JENKINS_TOKEN 'https://ci.shop.io/job/shop/job/main/1432/wfapi/describe?fullStages=true' | jq .")
                .question("Build #1432 of shop/main is red. Which stage and which step failed, what command did that step run and with what error?"
                        + " Which stages did not run because of it?")
                .heldAside()
                .build(text, List.of(Needle.exact(stageName), Needle.exact(command), Needle.contains("script returned exit code 137"),
                        Needle.exact(only(text, "\"name\": \"Publish images\"")), Needle.exact(only(text, "\"name\": \"Deploy staging\"")),
                        Needle.exact(only(text, "\"name\": \"Smoke tests\""))));
    }

    // ---------------------------------------------------------------- temporal workflow show --output json

    private static final DateTimeFormatter TEMPORAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT);

    private static Map<String, Object> payload(String json) {
        return obj("metadata", obj("encoding", "anNvbi9wbGFpbg=="), "data", Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> payloads(String json) {
        return obj("payloads", arr(payload(json)));
    }

    private static Map<String, Object> taskQueue(String name) {
        return obj("name", name, "kind", "TASK_QUEUE_KIND_NORMAL");
    }

    /** Builds a workflow history: events get consecutive ids and task ids and a moving clock. */
    private static final class History {
        final Gen g;
        final List<Object> events = new ArrayList<>();
        LocalDateTime now;
        long taskId = 48_234_496;
        int lastWftCompleted;
        final String worker;

        History(Gen g, LocalDateTime start, String worker) {
            this.g = g;
            this.now = start;
            this.worker = worker;
        }

        int add(int stepMillis, String type, String attrKey, Map<String, Object> attrs) {
            now = now.plusNanos(g.nextInt(stepMillis + 1) * 1_000_000L + g.nextInt(1_000_000));
            int eventId = events.size() + 1;
            taskId += g.between(1, 5);
            events.add(obj("eventId", String.valueOf(eventId), "eventTime", TEMPORAL_TIME.format(now), "eventType", "EVENT_TYPE_" + type,
                    "taskId", String.valueOf(taskId), attrKey, attrs));
            return eventId;
        }

        void workflowTask() {
            int s = add(40, "WORKFLOW_TASK_SCHEDULED", "workflowTaskScheduledEventAttributes", obj("taskQueue", taskQueue("fulfilment"),
                    "startToCloseTimeout", "10s", "attempt", 1));
            int st = add(30, "WORKFLOW_TASK_STARTED", "workflowTaskStartedEventAttributes", obj("scheduledEventId", String.valueOf(s), "identity",
                    worker, "requestId", uuid(g), "historySizeBytes", String.valueOf(600 + events.size() * 730)));
            lastWftCompleted = add(60, "WORKFLOW_TASK_COMPLETED", "workflowTaskCompletedEventAttributes", obj("scheduledEventId", String.valueOf(s),
                    "startedEventId", String.valueOf(st), "identity", worker, "workerVersion", obj("buildId", "fulfilment-worker@2.31.0"),
                    "sdkMetadata", obj(), "meteringMetadata", obj()));
        }

        int schedule(String activityId, String type, String input, int maxAttempts, String startToClose) {
            return add(5, "ACTIVITY_TASK_SCHEDULED", "activityTaskScheduledEventAttributes", obj("activityId", activityId, "activityType",
                    obj("name", type), "taskQueue", taskQueue("fulfilment"), "header", obj(), "input", payloads(input), "scheduleToCloseTimeout", "0s",
                    "scheduleToStartTimeout", "0s", "startToCloseTimeout", startToClose, "heartbeatTimeout", "0s", "workflowTaskCompletedEventId",
                    String.valueOf(lastWftCompleted), "retryPolicy", obj("initialInterval", "1s", "backoffCoefficient", 2, "maximumInterval", "100s",
                    "maximumAttempts", maxAttempts)));
        }

        void complete(int scheduled, int stepMillis, int attempt, String result) {
            int st = add(stepMillis, "ACTIVITY_TASK_STARTED", "activityTaskStartedEventAttributes", obj("scheduledEventId", String.valueOf(scheduled),
                    "identity", worker, "requestId", uuid(g), "attempt", attempt));
            add(stepMillis, "ACTIVITY_TASK_COMPLETED", "activityTaskCompletedEventAttributes", obj("result", payloads(result), "scheduledEventId",
                    String.valueOf(scheduled), "startedEventId", String.valueOf(st), "identity", worker));
        }
    }

    /**
     * temporal workflow show --output json of order 88120's fulfilment workflow: validate the order, screen for fraud,
     * hold ten minutes for review (during which support signalled update-shipping-address), reserve 24 order lines in
     * parallel, create the shipment label, then CapturePayment, which the server retried until its fifth attempt failed with
     * "PSP rejected capture: do_not_honor (code 05)" (RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED); the workflow released the 24
     * reservations, notified the customer and failed. The question asks which activity failed, after how many attempts and
     * with what error, and whether the address signal arrived: the activity's type name, the attempt, the message, the
     * retry state, the signal and the failed event.
     */
    static NeedleCase temporalHistory() {
        Gen g = new Gen(230_004);
        String worker = "1@fulfilment-worker-6b9d7c5f48-q7xkz@";
        History h = new History(g, LocalDateTime.of(2026, 12, 8, 8, 12, 44), worker);
        String runId = uuid(g);
        h.add(0, "WORKFLOW_EXECUTION_STARTED", "workflowExecutionStartedEventAttributes", obj("workflowType", obj("name",
                "OrderFulfilmentWorkflow"), "taskQueue", taskQueue("fulfilment"), "input", payloads("{\"orderId\":88120,\"customerId\":\"c_4417093\","
                + "\"lines\":24,\"currency\":\"EUR\"}"), "workflowExecutionTimeout", "0s", "workflowRunTimeout", "0s", "workflowTaskTimeout", "10s",
                "originalExecutionRunId", runId, "identity", "1@shop-api-7d9f8b6c5-m4wzp@", "firstExecutionRunId", runId, "attempt", 1,
                "firstWorkflowTaskBackoff", "0s", "header", obj(), "workflowId", "order-88120-fulfilment"));
        h.workflowTask();
        int a = 1;
        int v = h.schedule(String.valueOf(a++), "ValidateOrder", "{\"orderId\":88120}", 0, "30s");
        h.complete(v, 400, 1, "{\"valid\":true,\"total\":\"412.80\"}");
        h.workflowTask();
        int f = h.schedule(String.valueOf(a++), "ScreenFraud", "{\"orderId\":88120,\"customerId\":\"c_4417093\",\"amount\":\"412.80\"}", 0, "60s");
        h.complete(f, 2_500, 1, "{\"decision\":\"review\",\"score\":0.61}");
        h.workflowTask();
        int timer = h.add(20, "TIMER_STARTED", "timerStartedEventAttributes", obj("timerId", "fraud-review-hold", "startToFireTimeout", "600s",
                "workflowTaskCompletedEventId", String.valueOf(h.lastWftCompleted)));
        h.now = h.now.plusSeconds(251);
        h.add(900, "WORKFLOW_EXECUTION_SIGNALED", "workflowExecutionSignaledEventAttributes", obj("signalName", "update-shipping-address", "input",
                payloads("{\"street\":\"Keizersgracht 212\",\"zip\":\"1016 DZ\",\"city\":\"Amsterdam\",\"country\":\"NL\"}"), "identity",
                "support-console@shop-admin-5c8d7f-2kq9r", "header", obj()));
        h.workflowTask();
        h.now = h.now.plusSeconds(348);
        h.add(900, "TIMER_FIRED", "timerFiredEventAttributes", obj("timerId", "fraud-review-hold", "startedEventId", String.valueOf(timer)));
        h.workflowTask();
        List<Integer> reserved = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String sku = "SKU-" + g.between(100_000, 999_999);
            skus.add(sku);
            reserved.add(h.schedule(String.valueOf(a++), "ReserveInventory", "{\"orderId\":88120,\"sku\":\"" + sku + "\",\"qty\":" + g.between(1, 3)
                    + ",\"warehouse\":\"" + g.pick("AMS-1", "AMS-1", "RTM-2") + "\"}", 0, "30s"));
        }
        List<Integer> order = new ArrayList<>(reserved);
        shuffle(g, order);
        for (int i = 0; i < order.size(); i++) {
            h.complete(order.get(i), 300, g.chance(0.1) ? 2 : 1, "{\"reservationId\":\"r_" + g.hex(10) + "\"}");
            if (i % 5 == 4 || i == order.size() - 1) {
                h.workflowTask();
            }
        }
        int label = h.schedule(String.valueOf(a++), "CreateShipmentLabel", "{\"orderId\":88120,\"carrier\":\"postnl\",\"address\":\"updated\"}", 0, "60s");
        h.complete(label, 1_800, 1, "{\"labelId\":\"3SPOST" + g.between(10_000_000, 99_999_999) + "\",\"trackingUrl\":\"https://postnl.nl/t/"
                + g.hex(12) + "\"}");
        h.workflowTask();
        String captureActivity = String.valueOf(a);
        int capture = h.schedule(String.valueOf(a++), "CapturePayment", "{\"orderId\":88120,\"paymentIntent\":\"pi_" + g.alnum(24) + "\",\"amount\":"
                + "\"412.80\",\"currency\":\"EUR\"}", 5, "30s");
        h.now = h.now.plusSeconds(31);
        String declined = "PSP rejected capture: do_not_honor (code 05)";
        Map<String, Object> failure = obj("message", declined, "source", "GoSDK", "applicationFailureInfo", obj("type", "PaymentDeclinedError",
                "nonRetryable", false));
        int started = h.add(900, "ACTIVITY_TASK_STARTED", "activityTaskStartedEventAttributes", obj("scheduledEventId", String.valueOf(capture),
                "identity", worker, "requestId", uuid(g), "attempt", 5, "lastFailure", failure));
        h.add(1_200, "ACTIVITY_TASK_FAILED", "activityTaskFailedEventAttributes", obj("failure", failure, "scheduledEventId", String.valueOf(capture),
                "startedEventId", String.valueOf(started), "identity", worker, "retryState", "RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED"));
        h.workflowTask();
        List<Integer> releases = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            releases.add(h.schedule(String.valueOf(a++), "ReleaseInventory", "{\"orderId\":88120,\"sku\":\"" + skus.get(i) + "\"}", 0, "30s"));
        }
        shuffle(g, releases);
        for (int i = 0; i < releases.size(); i++) {
            h.complete(releases.get(i), 250, 1, "{\"released\":true}");
            if (i % 6 == 5) {
                h.workflowTask();
            }
        }
        int notify = h.schedule(String.valueOf(a++), "NotifyCustomer", "{\"orderId\":88120,\"template\":\"payment_failed\"}", 0, "30s");
        h.complete(notify, 700, 1, "{\"messageId\":\"<" + g.hex(16) + "@mail.shop.io>\"}");
        h.workflowTask();
        h.add(20, "WORKFLOW_EXECUTION_FAILED", "workflowExecutionFailedEventAttributes", obj("failure", obj("message", "activity error", "source",
                "GoSDK", "cause", failure, "activityFailureInfo", obj("scheduledEventId", String.valueOf(capture), "startedEventId",
                String.valueOf(started), "identity", worker, "activityType", obj("name", "CapturePayment"), "activityId", captureActivity, "retryState", "RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED")), "retryState", "RETRY_STATE_RETRY_POLICY_NOT_SET",
                "workflowTaskCompletedEventId", String.valueOf(h.lastWftCompleted)));
        String text = JsonTree.pretty(obj("events", h.events), 2) + "\n";
        int lines = text.split("\n", -1).length;
        if (lines < 2500 || lines > 5000) {
            throw new IllegalStateException("lines " + lines);
        }
        requireCount(text, declined, 3);
        requireCount(text, "\"CapturePayment\"", 2);
        requireCount(text, "update-shipping-address", 1);
        return NeedleCase.named("fresh20_temporal_history", "json", "temporal-history-json")
                .shell("temporal workflow show --namespace shop-prod --workflow-id order-88120-fulfilment --output json")
                .question("Order 88120's fulfilment workflow failed. Which activity failed, after how many attempts and with what error? And did"
                        + " the address change support sent (update-shipping-address) reach the workflow before that?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(linesWith(text, "\"name\": \"CapturePayment\"")), Needle.exact(only(text, "\"attempt\": 5")),
                        Needle.contains(declined), Needle.contains("RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED"),
                        Needle.exact(only(text, "\"signalName\": \"update-shipping-address\"")),
                        Needle.exact(only(text, "EVENT_TYPE_WORKFLOW_EXECUTION_FAILED"))));
    }

    // ---------------------------------------------------------------- falco json_output

    private static final DateTimeFormatter FALCO_CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS", Locale.ROOT);

    private record Box(String id, String image, String tag, String name, String ns, String pod, String node) {}

    private record Proc(String name, String exepath, String parent, String cmdline, String user, int uid) {}

    private static String falco(LocalDateTime t, String priority, String rule, String message, String extra, Map<String, Object> extraFields,
            String evtType, Box b, Proc p, int terminal, List<Object> tags) {
        String fields = (extra.isEmpty() ? "" : extra + " ") + "evt_type=" + evtType + " user=" + p.user() + " user_uid=" + p.uid()
                + " user_loginuid=-1 process=" + p.name() + " proc_exepath=" + p.exepath() + " parent=" + p.parent() + " command=" + p.cmdline()
                + " terminal=" + terminal + " container_id=" + b.id() + " container_image=" + b.image() + " container_image_tag=" + b.tag()
                + " container_name=" + b.name() + " k8s_ns=" + b.ns() + " k8s_pod_name=" + b.pod();
        long nanos = t.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + t.getNano();
        Map<String, Object> of = JsonTree.sorted("container.id", b.id(), "container.image.repository", b.image(), "container.image.tag", b.tag(),
                "container.name", b.name(), "evt.time", nanos, "evt.type", evtType, "k8s.ns.name", b.ns(), "k8s.pod.name", b.pod(), "proc.cmdline",
                p.cmdline(), "proc.exepath", p.exepath(), "proc.name", p.name(), "proc.pname", p.parent(), "proc.tty", terminal, "user.loginuid", -1,
                "user.name", p.user(), "user.uid", p.uid());
        of.putAll(extraFields);
        return JsonTree.compact(obj("hostname", b.node(), "output", FALCO_CLOCK.format(t) + ": " + priority + " " + message + " | " + fields,
                "output_fields", of, "priority", priority, "rule", rule, "source", "syscall", "tags", tags, "time", TEMPORAL_TIME.format(t)));
    }

    private static String podSuffix(Gen g, int n) {
        String abc = "bcdfghjklmnpqrstvwxz2456789";
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(abc.charAt(g.nextInt(abc.length())));
        }
        return sb.toString();
    }

    /**
     * A night of Falco alerts from the production cluster's DaemonSet (json_output, one JSON object a line) as the on-call
     * engineer exported them: Prometheus and Argo CD contacting the API server, Trivy scan jobs reading /etc/shadow,
     * calico-node opening packet sockets, engineers' shells in staging pods and Critical "Drop and execute new binary"
     * alerts from CI build pods running freshly installed tools. In shop-prod one checkout pod got an interactive shell at
     * 02:41, then ran /tmp/kdevtmpfsi (a dropped binary, Critical) which connected to a mining pool port (Critical). The
     * question asks what happened in shop-prod overnight, in which pod and with which binary: the three alert lines.
     */
    static NeedleCase falcoJson() {
        Gen g = new Gen(230_005);
        List<Ev> ev = new ArrayList<>();
        int seq = 0;
        LocalDateTime start = LocalDateTime.of(2026, 12, 7, 22, 0, 0);
        long window = 9L * 3_600_000;
        String[] nodes = {"ip-10-0-41-17.eu-west-1.compute.internal", "ip-10-0-42-88.eu-west-1.compute.internal",
            "ip-10-0-43-5.eu-west-1.compute.internal", "ip-10-0-41-203.eu-west-1.compute.internal", "ip-10-0-42-140.eu-west-1.compute.internal"};
        List<Object> apiTags = arr("T1565", "container", "k8s", "maturity_stable", "mitre_discovery", "network");
        List<Object> shadowTags = arr("T1555", "container", "filesystem", "host", "maturity_stable", "mitre_credential_access");
        List<Object> packetTags = arr("T1557.002", "container", "maturity_stable", "mitre_credential_access", "network");
        List<Object> shellTags = arr("T1059", "container", "maturity_stable", "mitre_execution", "shell");
        List<Object> dropTags = arr("PCI_DSS_11.5.1", "TA0003", "container", "maturity_stable", "mitre_persistence", "process");
        List<Object> minerTags = arr("T1496", "container", "maturity_stable", "mitre_impact", "network");
        Box prom = new Box(g.hex(12), "quay.io/prometheus/prometheus", "v2.53.1", "prometheus", "monitoring", "prometheus-k8s-0", nodes[1]);
        Box argo = new Box(g.hex(12), "quay.io/argoproj/argocd", "v2.12.4", "argocd-application-controller", "argocd",
                "argocd-application-controller-0", nodes[2]);
        int n = 200;
        for (int i = 0; i < n; i++) {
            LocalDateTime t = start.plusSeconds(g.nextInt((int) (window / 1000))).plusNanos(g.nextInt(1_000_000_000));
            String line;
            switch (g.weighted(34, 18, 14, 6, 5)) {
                case 0 -> {
                    boolean p = g.chance(0.6);
                    Box b = p ? prom : argo;
                    Proc pr = p ? new Proc("prometheus", "/bin/prometheus", "containerd-shim", "prometheus --config.file=/etc/prometheus/config_out/"
                            + "prometheus.env.yaml --storage.tsdb.retention.time=15d", "nobody", 65534)
                            : new Proc("argocd-applicat", "/usr/local/bin/argocd-application-controller", "containerd-shim",
                            "argocd-application-controller --status-processors 20 --operation-processors 10", "argocd", 999);
                    int lport = g.between(32_768, 60_999);
                    String conn = (p ? "10.0.42." : "10.0.43.") + g.between(10, 250) + ":" + lport + "->10.96.0.1:443";
                    line = falco(t, "Notice", "Contact K8S API Server From Container", "Unexpected connection to K8s API Server from container",
                            "connection=" + conn + " lport=443 rport=" + lport + " fd_type=ipv4 fd_proto=tcp", JsonTree.sorted("fd.name", conn, "fd.lport",
                            443, "fd.rport", lport), "connect", b, pr, 0, apiTags);
                }
                case 1 -> {
                    String job = "scan-vulnerabilityreport-" + g.hex(10).replaceAll("[0-9]", "") + g.between(100, 999) + "-" + podSuffix(g, 5);
                    Box b = new Box(g.hex(12), "mirror.gcr.io/aquasec/trivy", "0.56.2", g.pick("checkout", "cart", "orders", "payments", "search",
                            "redis", "nginx"), "trivy-system", job, g.pick(nodes));
                    Proc pr = new Proc("trivy", "/usr/local/bin/trivy", "containerd-shim", "trivy --cache-dir /tmp/trivy/.cache rootfs --scanners"
                            + " vuln,secret --skip-update --format json /", "root", 0);
                    String file = g.pick("/etc/shadow", "/etc/shadow", "/etc/gshadow", "/etc/sudoers");
                    line = falco(t, "Warning", "Read sensitive file untrusted", "Sensitive file opened for reading by non-trusted program",
                            "file=" + file + " gparent=containerd-shim ggparent=systemd gggparent=<NA>", JsonTree.sorted("fd.name", file, "proc.aname[2]",
                            "containerd-shim", "proc.aname[3]", "systemd"), "openat", b, pr, 0, shadowTags);
                }
                case 2 -> {
                    String node = g.pick(nodes);
                    Box b = new Box(g.hex(12), "docker.io/calico/node", "v3.28.2", "calico-node", "calico-system", "calico-node-" + podSuffix(g, 5),
                            node);
                    Proc pr = new Proc("calico-node", "/usr/bin/calico-node", "runsv", "calico-node -felix", "root", 0);
                    line = falco(t, "Notice", "Packet socket created in container", "Packet socket was created in a container",
                            "socket_info=domain=17(AF_PACKET) type=3 proto=768", JsonTree.sorted("evt.args", "domain=17(AF_PACKET) type=3 proto=768"),
                            "socket", b, pr, 0, packetTags);
                }
                case 3 -> {
                    String app = g.pick("orders", "cart", "search", "checkout", "catalog");
                    Box b = new Box(g.hex(12), "registry.shop.io/" + app, "1." + g.between(30, 48) + "." + g.between(0, 9), app, "shop-staging",
                            app + "-" + podSuffix(g, 10) + "-" + podSuffix(g, 5), g.pick(nodes));
                    Proc pr = new Proc("bash", "/usr/bin/bash", "runc", "bash", "root", 0);
                    line = falco(t, "Notice", "Terminal shell in container", "A shell was spawned in a container with an attached terminal",
                            "", JsonTree.sorted("evt.arg.flags", "EXE_WRITABLE"), "execve", b, pr, 34_816, shellTags);
                }
                default -> {
                    String bin = g.pick("esbuild", "protoc", "terraform", "golangci-lint", "node");
                    Box b = new Box(g.hex(12), "gcr.io/kaniko-project/executor", "v1.23.2-debug", "build", "ci", "build-" + g.between(8_100, 8_999)
                            + "-" + podSuffix(g, 5), nodes[4]);
                    String exe = bin.equals("esbuild") ? "/workspace/node_modules/@esbuild/linux-x64/bin/esbuild" : "/workspace/.tools/" + bin;
                    Proc pr = new Proc(bin, exe, "sh", bin + (bin.equals("node") ? " scripts/build.mjs" : " --version"), "root", 0);
                    line = falco(t, "Critical", "Drop and execute new binary in container", "Executing binary not part of base image",
                            "proc_exe=" + exe + " proc_sname=sh gparent=executor proc_exe_ino_ctime=" + (t.toEpochSecond(ZoneOffset.UTC) - 40)
                            + "000000000 proc_cwd=/workspace/", JsonTree.sorted("proc.exe", exe, "proc.sname", "sh", "proc.aname[2]", "executor"),
                            "execve", b, pr, 0, dropTags);
                }
            }
            ev.add(new Ev(t.toEpochSecond(ZoneOffset.UTC) * 1000 + t.getNano() / 1_000_000, seq++, line));
        }
        Box checkout = new Box("5d7b0e3c91f2", "registry.shop.io/checkout", "2.14.1", "checkout", "shop-prod", "checkout-7d9c5b6f4-x2kqp", nodes[0]);
        LocalDateTime t1 = LocalDateTime.of(2026, 12, 8, 2, 41, 7, 118_223_415);
        String shell = falco(t1, "Notice", "Terminal shell in container", "A shell was spawned in a container with an attached terminal", "",
                JsonTree.sorted("evt.arg.flags", "EXE_WRITABLE"), "execve", checkout, new Proc("sh", "/bin/busybox", "runc", "sh", "root", 0), 34_816,
                shellTags);
        LocalDateTime t2 = LocalDateTime.of(2026, 12, 8, 2, 41, 52, 604_981_220);
        String exe = "/tmp/kdevtmpfsi";
        Proc miner = new Proc("kdevtmpfsi", exe, "sh", "kdevtmpfsi", "root", 0);
        String drop = falco(t2, "Critical", "Drop and execute new binary in container", "Executing binary not part of base image", "proc_exe=" + exe
                + " proc_sname=sh gparent=runc proc_exe_ino_ctime=1765161711000000000 proc_cwd=/tmp/", JsonTree.sorted("proc.exe", exe, "proc.sname",
                "sh", "proc.aname[2]", "runc"), "execve", checkout, miner, 34_816, dropTags);
        LocalDateTime t3 = LocalDateTime.of(2026, 12, 8, 2, 41, 53, 9_410_377);
        String conn = "10.0.41.77:51842->45.9.148.125:3333";
        String pool = falco(t3, "Critical", "Detect outbound connections to common miner pool ports", "Outbound connection to IP/Port flagged by"
                + " https://cryptoioc.ch", "ip=45.9.148.125 port=3333 connection=" + conn + " lport=51842 rport=3333 fd_type=ipv4 fd_proto=tcp",
                JsonTree.sorted("fd.name", conn, "fd.rip", "45.9.148.125", "fd.rport", 3333), "connect", checkout, miner, 34_816, minerTags);
        ev.add(new Ev(t1.toEpochSecond(ZoneOffset.UTC) * 1000 + 118, seq++, shell));
        ev.add(new Ev(t2.toEpochSecond(ZoneOffset.UTC) * 1000 + 604, seq++, drop));
        ev.add(new Ev(t3.toEpochSecond(ZoneOffset.UTC) * 1000 + 9, seq++, pool));
        sortEvents(ev);
        for (Ev e : ev) {
            g.add(e.text());
        }
        String text = g.text();
        requireSize(text, 120, 300);
        requireCount(text, "shop-prod", 6);
        requireCount(text, "kdevtmpfsi", 2 * 7);
        return NeedleCase.named("fresh20_falco_json", "jsonl", "falco-json")
                .shell("kubectl logs -n falco -l app.kubernetes.io/name=falco --since=10h --tail=-1 | grep '^{' | jq -c -s 'sort_by(.time)[]'")
                .question("Security paged about Falco alerts in shop-prod overnight. What actually happened there, in which pod, and what binary ran?"
                        + " The CI and staging noise we know about.")
                .heldAside()
                .build(text, List.of(Needle.exact(shell), Needle.exact(drop), Needle.exact(pool)));
    }

    // ---------------------------------------------------------------- crictl ps -a

    private static String humanAgo(long seconds) {
        if (seconds < 60) {
            return seconds + " seconds ago";
        }
        long minutes = seconds / 60;
        if (minutes == 1) {
            return "About a minute ago";
        }
        if (minutes < 60) {
            return minutes + " minutes ago";
        }
        long hours = Math.round(seconds / 3600.0);
        if (hours == 1) {
            return "About an hour ago";
        }
        if (hours < 48) {
            return hours + " hours ago";
        }
        if (hours < 24 * 7 * 2) {
            return hours / 24 + " days ago";
        }
        return hours / 24 / 7 + " weeks ago";
    }

    /** Columns aligned as Go's tabwriter (minimum width 20, padding 3) aligns them, as crictl prints its tables. */
    private static List<String> tabwriter(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols - 1; c++) {
                width[c] = Math.max(width[c], Math.max(20, r[c].length() + 3));
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cols - 1; c++) {
                sb.append(pad(r[c], width[c]));
            }
            out.add(sb.append(r[cols - 1]).toString());
        }
        return out;
    }

    /**
     * crictl ps -a on a busy EKS worker node, newest first: DaemonSet pods (kube-proxy, aws-node with its init
     * container, the EBS CSI node plugin, node-exporter, fluent-bit), about forty shop pods with Istio sidecars (istio-init
     * exited, istio-proxy running, the app running, some restarted once), completed CronJob pods. Two containers are
     * crash-looping: payments-api (attempt 17, exited) and the orders pod's log-shipper sidecar (attempt 9, exited); one,
     * search-indexer, has been stuck in Created for an hour. The question asks which containers are crash-looping or stuck.
     */
    static NeedleCase crictlPs() {
        Gen g = new Gen(230_006);
        List<Object[]> rows = new ArrayList<>();
        String[] ds = {"kube-proxy", "aws-node", "ebs-csi-node", "node-exporter", "fluent-bit"};
        long dsAge = 9L * 86_400 + g.between(0, 40_000);
        for (String d : ds) {
            String pod = d + "-" + podSuffix(g, 5);
            String podId = g.hex(13);
            List<String> containers = switch (d) {
                case "aws-node" -> List.of("aws-node", "aws-eks-nodeagent");
                case "ebs-csi-node" -> List.of("ebs-plugin", "node-driver-registrar", "liveness-probe");
                case "node-exporter" -> List.of("node-exporter", "kube-rbac-proxy");
                default -> List.of(d);
            };
            if (d.equals("aws-node")) {
                rows.add(new Object[] {dsAge + 40, new String[] {g.hex(13), g.hex(13), "", "Exited", "aws-vpc-cni-init", "0", podId, pod}});
            }
            for (String c : containers) {
                rows.add(new Object[] {dsAge + g.between(0, 30), new String[] {g.hex(13), g.hex(13), "", "Running", c, "0", podId, pod}});
            }
        }
        String[] apps = {"storefront", "storefront", "storefront", "catalog", "catalog", "cart", "cart", "checkout", "checkout", "orders", "orders",
            "payments-api", "inventory", "pricing", "pricing", "promotions", "search-api", "search-api", "search-indexer", "shipping", "tax",
            "accounts", "accounts", "notifications", "reviews", "returns", "recommendations", "recommendations", "gateway", "gateway",
            "media-resizer", "media-resizer", "loyalty", "giftcards", "wishlist", "reports-api", "feeds", "erp-sync", "sessions", "sessions"};
        Map<String, String> hashes = new java.util.TreeMap<>();
        Set<String> seen = new HashSet<>();
        String[] paymentsRow = null;
        String[] shipperRow = null;
        String[] createdRow = null;
        for (String app : apps) {
            String hash = hashes.computeIfAbsent(app, k -> podSuffix(g, 9 + g.nextInt(2)));
            String pod = app + "-" + hash + "-" + podSuffix(g, 5);
            String podId = g.hex(13);
            String image = g.hex(13);
            long age = app.equals("payments-api") ? 4_020 : app.equals("orders") && !seen.contains("orders") ? 7_390
                    : app.equals("search-indexer") ? 3_900 : g.between(600, 6 * 86_400);
            seen.add(app);
            rows.add(new Object[] {age, new String[] {g.hex(13), g.hex(13), "", "Exited", "istio-init", "0", podId, pod}});
            rows.add(new Object[] {age - 2, new String[] {g.hex(13), g.hex(13), "", "Running", "istio-proxy", "0", podId, pod}});
            if (app.equals("payments-api")) {
                paymentsRow = new String[] {g.hex(13), image, "", "Exited", "payments-api", "17", podId, pod};
                rows.add(new Object[] {151L, paymentsRow});
            } else if (app.equals("search-indexer")) {
                createdRow = new String[] {g.hex(13), image, "", "Created", "search-indexer", "0", podId, pod};
                rows.add(new Object[] {age - 3, createdRow});
            } else {
                if (app.equals("orders") && shipperRow == null) {
                    shipperRow = new String[] {g.hex(13), g.hex(13), "", "Exited", "log-shipper", "9", podId, pod};
                    rows.add(new Object[] {263L, shipperRow});
                }
                if (g.chance(0.15)) {
                    long restart = g.between(60, (int) age - 60);
                    rows.add(new Object[] {age - 3, new String[] {g.hex(13), image, "", "Exited", app, "0", podId, pod}});
                    rows.add(new Object[] {restart, new String[] {g.hex(13), image, "", "Running", app, "1", podId, pod}});
                } else {
                    rows.add(new Object[] {age - 3, new String[] {g.hex(13), image, "", "Running", app, "0", podId, pod}});
                }
            }
        }
        String[][] crons = {{"report-export", "3600"}, {"cart-cleanup", "900"}, {"sitemap-build", "21600"}, {"stock-reconcile", "1800"}};
        for (String[] c : crons) {
            long every = Long.parseLong(c[1]);
            long first = g.between(30, (int) every - 30);
            for (int k = 0; k < 3; k++) {
                long age = first + k * every;
                long stamp = (1_765_180_800L - age) / 60;
                String pod = c[0] + "-" + stamp + "-" + podSuffix(g, 5);
                rows.add(new Object[] {age, new String[] {g.hex(13), g.hex(13), "", "Exited", c[0], "0", g.hex(13), pod}});
            }
        }
        rows.sort(Comparator.comparingLong(r -> ((Number) r[0]).longValue()));
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"CONTAINER", "IMAGE", "CREATED", "STATE", "NAME", "ATTEMPT", "POD ID", "POD"});
        for (Object[] r : rows) {
            String[] cells = (String[]) r[1];
            cells[2] = humanAgo(((Number) r[0]).longValue());
            table.add(cells);
        }
        List<String> lines = tabwriter(table);
        String payments = null;
        String shipper = null;
        String created = null;
        for (int i = 0; i < table.size(); i++) {
            g.add(lines.get(i));
            if (table.get(i) == paymentsRow) {
                payments = lines.get(i);
            } else if (table.get(i) == shipperRow) {
                shipper = lines.get(i);
            } else if (table.get(i) == createdRow) {
                created = lines.get(i);
            }
        }
        String text = g.text();
        requireLines(g, 140, 220);
        requireCount(text, " Created ", 1);
        if (payments == null || shipper == null || created == null) {
            throw new IllegalStateException("a planted row is missing");
        }
        return NeedleCase.named("fresh20_crictl_ps", "table", "crictl-ps-a")
                .shell("ssh ip-10-0-41-17.eu-west-1.compute.internal sudo crictl ps -a")
                .question("Pods on node ip-10-0-41-17 keep alerting. Which containers there are crash-looping (restarting over and over), and is"
                        + " any container stuck and not starting at all?")
                .heldAside()
                .build(text, List.of(Needle.exact(payments), Needle.exact(shipper), Needle.exact(created)));
    }

    // ---------------------------------------------------------------- nextflow trace.txt

    private static String nfDuration(long ms) {
        if (ms < 1_000) {
            return ms + "ms";
        }
        if (ms < 60_000) {
            return fmt("%.1fs", ms / 1000.0);
        }
        long s = ms / 1000;
        long h = s / 3600;
        long m = s % 3600 / 60;
        long sec = s % 60;
        return h > 0 ? fmt("%dh %dm %ds", h, m, sec) : fmt("%dm %ds", m, sec);
    }

    private static String nfMemory(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        int u = 0;
        while (bytes >= 1024 && u < units.length - 1) {
            bytes /= 1024;
            u++;
        }
        return u == 0 ? fmt("%.0f B", bytes) : fmt("%.1f %s", bytes, units[u]);
    }

    private record Task(String name, long submit, long duration, String status, String exit, double cpu, double rss, double vmem, double rchar,
            double wchar) {}

    /**
     * The trace.txt of a resumed nf-core/rnaseq run on a Slurm cluster over 72 samples (four tissues, six time points,
     * three replicates), default trace fields, tab-separated, rows in completion order: the cached genome preparation and
     * FastQC/Trim Galore tasks from the first run, then per sample subsampling, Salmon strandedness, STAR, samtools,
     * Picard, Salmon, featureCounts, Qualimap, dupRadar, RSeQC and StringTie. SALMON_QUANT of LIVER_T6_R1 failed once with
     * exit 140 (walltime) and passed on retry; STAR_ALIGN of KIDNEY_T24_R2 was killed for memory (exit 137) twice, the
     * second time ending the run, so the tasks still running were ABORTED. The question asks which task ended the run with
     * which exit status, and whether any other task failed.
     */
    static NeedleCase nextflowTrace() {
        Gen g = new Gen(230_007);
        String p = "NFCORE_RNASEQ:RNASEQ:";
        String[][] chain = {
            {"FASTQ_SUBSAMPLE_FQ_SALMON:FQ_SUBSAMPLE", "60", "300", "1", "2"},
            {"FASTQ_SUBSAMPLE_FQ_SALMON:SALMON_QUANT", "40", "200", "2", "4"},
            {"ALIGN_STAR:STAR_ALIGN", "1500", "4200", "24", "30"},
            {"ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:SAMTOOLS_SORT", "200", "700", "3", "6"},
            {"ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:SAMTOOLS_INDEX", "30", "120", "0.1", "0.3"},
            {"ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:BAM_STATS_SAMTOOLS:SAMTOOLS_STATS", "100", "400", "0.2", "0.5"},
            {"ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:BAM_STATS_SAMTOOLS:SAMTOOLS_FLAGSTAT", "40", "160", "0.05", "0.1"},
            {"ALIGN_STAR:BAM_SORT_STATS_SAMTOOLS:BAM_STATS_SAMTOOLS:SAMTOOLS_IDXSTATS", "20", "80", "0.05", "0.1"},
            {"BAM_MARKDUPLICATES_PICARD:PICARD_MARKDUPLICATES", "600", "1800", "6", "12"},
            {"QUANTIFY_STAR_SALMON:SALMON_QUANT", "300", "1200", "3", "6"},
            {"SUBREAD_FEATURECOUNTS", "120", "400", "0.5", "1.5"},
            {"QUALIMAP_RNASEQ", "900", "2400", "4", "8"},
            {"DUPRADAR", "400", "1500", "2", "5"},
            {"BAM_RSEQC:RSEQC_INFEREXPERIMENT", "60", "200", "0.2", "0.5"},
            {"BAM_RSEQC:RSEQC_READDISTRIBUTION", "300", "900", "0.5", "1.2"},
            {"STRINGTIE_STRINGTIE", "200", "800", "1", "3"}};
        String[] tissues = {"LIVER", "KIDNEY", "HEART", "LUNG"};
        String[] times = {"T0", "T6", "T12", "T24", "T48", "T72"};
        List<String> samples = new ArrayList<>();
        for (String ti : tissues) {
            for (String tp : times) {
                for (int r = 1; r <= 3; r++) {
                    samples.add(ti + "_" + tp + "_R" + r);
                }
            }
        }
        long runStart = LocalDateTime.of(2026, 12, 7, 19, 4, 11).toEpochSecond(ZoneOffset.UTC) * 1000;
        long prevRun = LocalDateTime.of(2026, 12, 6, 14, 22, 40).toEpochSecond(ZoneOffset.UTC) * 1000;
        List<Task> cached = new ArrayList<>();
        String[] prep = {"PREPARE_GENOME:GUNZIP_GTF (Homo_sapiens.GRCh38.112.gtf.gz)", "PREPARE_GENOME:GTF_FILTER (Homo_sapiens.GRCh38.dna.primary_assembly.fa)",
            "PREPARE_GENOME:CUSTOM_GETCHROMSIZES (Homo_sapiens.GRCh38.dna.primary_assembly.fa)", "PREPARE_GENOME:MAKE_TRANSCRIPTS_FASTA (rsem/Homo_sapiens.GRCh38.dna.primary_assembly.fa)",
            "PREPARE_GENOME:SALMON_INDEX (transcripts.fa)", "PREPARE_GENOME:STAR_GENOMEGENERATE (Homo_sapiens.GRCh38.dna.primary_assembly.fa)"};
        long pc = prevRun;
        for (String s : prep) {
            long dur = s.contains("STAR_GENOMEGENERATE") ? 5_400_000 + g.nextInt(900_000) : s.contains("SALMON_INDEX") ? 1_500_000 + g.nextInt(600_000)
                    : 20_000 + g.nextInt(200_000);
            cached.add(new Task(p + s, pc, dur, "CACHED", "0", 90 + g.nextDouble() * 700, (0.2 + g.nextDouble() * (s.contains("STAR") ? 34 : 3)) * 1e9,
                    (1 + g.nextDouble() * 40) * 1e9, (1 + g.nextDouble() * 30) * 1e9, (0.1 + g.nextDouble() * 30) * 1e9));
            pc += dur + g.nextInt(60_000);
        }
        for (String s : samples) {
            for (String proc : new String[] {"FASTQ_FASTQC_UMITOOLS_TRIMGALORE:FASTQC", "FASTQ_FASTQC_UMITOOLS_TRIMGALORE:TRIMGALORE"}) {
                long dur = 120_000 + g.nextInt(900_000);
                cached.add(new Task(p + proc + " (" + s + ")", pc + g.nextInt(7_200_000), dur, "CACHED", "0", 90 + g.nextDouble() * 300,
                        (0.3 + g.nextDouble()) * 1e9, (2 + g.nextDouble() * 4) * 1e9, (2 + g.nextDouble() * 6) * 1e9, (0.01 + g.nextDouble() * 5) * 1e9));
            }
        }
        cached.sort(Comparator.comparingLong(Task::submit));
        List<Task> run = new ArrayList<>();
        String starFail = p + "ALIGN_STAR:STAR_ALIGN (KIDNEY_T24_R2)";
        String salmonFail = p + "FASTQ_SUBSAMPLE_FQ_SALMON:SALMON_QUANT (LIVER_T6_R1)";
        long killAt = -1;
        for (int si = 0; si < samples.size(); si++) {
            String s = samples.get(si);
            long t = runStart + si * (150_000L + g.nextInt(60_000)) + g.nextInt(30_000);
            for (String[] c : chain) {
                long submit = t + g.between(2_000, 90_000);
                long dur = (Long.parseLong(c[1]) + g.nextInt(Integer.parseInt(c[2]) - Integer.parseInt(c[1]))) * 1000L + g.nextInt(1000);
                double rss = (Double.parseDouble(c[3]) + g.nextDouble() * (Double.parseDouble(c[4]) - Double.parseDouble(c[3]))) * 1e9;
                String name = p + c[0] + " (" + s + ")";
                double cpu = 80 + g.nextDouble() * (c[0].contains("STAR") || c[0].contains("SALMON") ? 1_100 : 180);
                if (name.equals(salmonFail)) {
                    long d0 = 3_600_000 + g.nextInt(3_000);
                    run.add(new Task(name, submit, d0, "FAILED", "140", cpu, rss, rss * 1.6, 3.1e9, 0.2e9));
                    submit += d0 + g.between(5_000, 40_000);
                }
                if (name.equals(starFail)) {
                    long d0 = 2_291_000 + g.nextInt(1000);
                    run.add(new Task(name, submit, d0, "FAILED", "137", cpu, 31.9 * 1024 * 1024 * 1024, 34.1 * 1024 * 1024 * 1024, 41.7e9, 12.4e9));
                    submit += d0 + g.between(5_000, 40_000);
                    long d1 = 4_877_000 + g.nextInt(1000);
                    run.add(new Task(name, submit, d1, "FAILED", "137", cpu, 63.8 * 1024 * 1024 * 1024, 66.3 * 1024 * 1024 * 1024, 77.3e9, 23.0e9));
                    killAt = submit + d1;
                    break;
                }
                run.add(new Task(name, submit, dur, "COMPLETED", "0", cpu, rss, rss * (1.2 + g.nextDouble()), rss * (2 + g.nextDouble() * 8),
                        rss * g.nextDouble() * 3));
                t = submit + dur;
            }
        }
        List<Task> done = new ArrayList<>();
        List<Task> aborted = new ArrayList<>();
        for (Task k : run) {
            long finish = k.submit() + k.duration();
            if (finish <= killAt) {
                done.add(k);
            } else if (k.submit() < killAt) {
                aborted.add(new Task(k.name(), k.submit(), 0, "ABORTED", "-", 0, 0, 0, 0, 0));
            }
        }
        done.sort(Comparator.comparingLong(k -> k.submit() + k.duration()));
        List<Task> bySubmit = new ArrayList<>(cached);
        List<Task> fresh = new ArrayList<>(done);
        fresh.addAll(aborted);
        fresh.sort(Comparator.comparingLong(Task::submit));
        bySubmit.addAll(fresh);
        Map<Task, Integer> ids = new java.util.IdentityHashMap<>();
        for (int i = 0; i < bySubmit.size(); i++) {
            ids.put(bySubmit.get(i), i + 1);
        }
        g.add("task_id\thash\tnative_id\tname\tstatus\texit\tsubmit\tduration\trealtime\t%cpu\tpeak_rss\tpeak_vmem\trchar\twchar");
        List<String> starRows = new ArrayList<>();
        String salmonRow = null;
        List<Task> order = new ArrayList<>(cached);
        order.addAll(done);
        order.addAll(aborted);
        for (Task k : order) {
            int jobId = 48_110_233 + ids.get(k) * 3 + g.nextInt(3);
            String submit = Stamps.LOGBACK.format(LocalDateTime.ofEpochSecond(k.submit() / 1000, (int) (k.submit() % 1000) * 1_000_000,
                    ZoneOffset.UTC));
            String row;
            String head = ids.get(k) + "\t" + g.hex(2) + "/" + g.hex(6) + "\t" + jobId + "\t" + k.name() + "\t" + k.status() + "\t";
            if (k.status().equals("ABORTED")) {
                row = head + "-\t" + submit + "\t-\t-\t-\t-\t-\t-\t-";
            } else {
                row = head + k.exit() + "\t" + submit + "\t" + nfDuration(k.duration() + g.between(800, 9_000)) + "\t" + nfDuration(k.duration())
                        + "\t" + fmt("%.1f%%", k.cpu()) + "\t" + nfMemory(k.rss()) + "\t" + nfMemory(k.vmem()) + "\t" + nfMemory(k.rchar()) + "\t"
                        + nfMemory(k.wchar());
            }
            if (k.name().equals(starFail)) {
                starRows.add(row);
            } else if (k.status().equals("FAILED")) {
                salmonRow = row;
            }
            g.add(row);
        }
        String text = g.text();
        requireLines(g, 500, 1400);
        requireCount(text, "\tFAILED\t", 3);
        requireSize(text, 90, 300);
        if (starRows.size() != 2 || salmonRow == null || aborted.isEmpty()) {
            throw new IllegalStateException("planted rows missing");
        }
        return NeedleCase.named("fresh20_nextflow_trace", "csv", "nextflow-trace-tsv")
                .shell("cat /scratch/rnaseq-2026-12/results/pipeline_info/execution_trace_2026-12-07_19-04-09.txt")
                .question("The resumed rnaseq run died overnight. Which task killed the run, for which sample, and with what exit status? Did any"
                        + " other task fail along the way?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(starRows), Needle.exact(salmonRow)));
    }

    // ---------------------------------------------------------------- borg list repo::archive

    private static final DateTimeFormatter BORG_TIME = DateTimeFormatter.ofPattern("EEE, yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private static String borgLine(String mode, String user, String group, long size, LocalDateTime mtime, String path) {
        return mode + " " + pad(user, 6) + " " + pad(group, 6) + " " + lpad(String.valueOf(size), 8) + " " + BORG_TIME.format(mtime) + " " + path;
    }

    private static LocalDateTime borgOld(Gen g) {
        return LocalDateTime.of(2026, 12, 8, 1, 0).minusMinutes(g.between(60, 400 * 24 * 60)).withNano(0).plusSeconds(g.nextInt(60));
    }

    private static void borgFiles(Gen g, String dir, String mode, String user, String group, int minSize, int maxSize, String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        shuffle(g, list);
        for (String n : list) {
            g.add(borgLine(mode, user, group, g.between(minSize, maxSize), borgOld(g), dir + "/" + n));
        }
    }

    private static void borgDir(Gen g, String path, String user) {
        g.add(borgLine("drwxr-xr-x", user, user, 0, borgOld(g), path));
    }

    /**
     * borg list of last night's archive of a web and database server (web-02): /etc (nginx, ssh, systemd units and
     * their wants symlinks, PostgreSQL configuration, Let's Encrypt's archive, live symlinks and renewal config), the deploy
     * and root homes, the nightly pg_dump files under /var/backups/pg and about 1,500 uploaded images and PDFs, in the
     * inode order borg stores them. The billing database's dump is in the archive but 0 bytes (the other dumps are
     * hundreds of MB); the certificate and key for shop.example.com are there as live symlinks to archive/*4.pem. The
     * question asks about exactly those before restoring.
     */
    static NeedleCase borgList() {
        Gen g = new Gen(230_008);
        LocalDateTime night = LocalDateTime.of(2026, 12, 8, 2, 0, 4);
        borgDir(g, "etc", "root");
        borgFiles(g, "etc", "-rw-r--r--", "root", "root", 20, 4_000, "hostname", "hosts", "resolv.conf", "fstab", "passwd", "group", "timezone",
            "localtime", "os-release", "environment", "nsswitch.conf", "sysctl.conf", "login.defs", "adduser.conf", "deluser.conf", "issue",
            "issue.net", "motd", "profile", "bash.bashrc", "inputrc", "ld.so.conf", "ld.so.cache", "mime.types", "networks", "protocols",
            "services", "shells", "crontab", "logrotate.conf", "rsyslog.conf", "ucf.conf", "debian_version", "machine-id", "subuid", "subgid",
            "xattr.conf", "gai.conf", "host.conf", "mailcap", "magic", "e2scrub.conf", "mke2fs.conf", "sudo.conf", "ca-certificates.conf");
        borgFiles(g, "etc", "-rw-r-----", "root", "shadow", 400, 1_800, "shadow", "gshadow", "shadow-", "gshadow-");
        String[][] subdirs = {
            {"etc/nginx", "nginx.conf", "mime.types", "fastcgi.conf", "fastcgi_params", "proxy_params", "scgi_params", "uwsgi_params", "koi-utf",
                "koi-win", "win-utf"},
            {"etc/nginx/sites-available", "default", "shop.conf", "admin.conf", "status.conf"},
            {"etc/nginx/conf.d", "gzip.conf", "security-headers.conf", "rate-limits.conf", "upstreams.conf", "real-ip.conf", "cache.conf"},
            {"etc/nginx/snippets", "ssl-params.conf", "letsencrypt.conf", "fastcgi-php.conf", "snakeoil.conf"},
            {"etc/ssh", "ssh_config", "sshd_config", "moduli", "ssh_host_ecdsa_key.pub", "ssh_host_ed25519_key.pub", "ssh_host_rsa_key.pub"},
            {"etc/ssh/sshd_config.d", "10-hardening.conf", "50-cloud-init.conf"},
            {"etc/postgresql/16/main", "postgresql.conf", "pg_hba.conf", "pg_ident.conf", "pg_ctl.conf", "start.conf", "environment"},
            {"etc/postgresql/16/main/conf.d", "10-memory.conf", "20-wal.conf", "30-logging.conf", "40-autovacuum.conf"},
            {"etc/cron.d", "e2scrub_all", "certbot", "pg-dump", "borgmatic", "sysstat", "shop-sitemap"},
            {"etc/logrotate.d", "nginx", "postgresql-common", "rsyslog", "apt", "dpkg", "certbot", "shop", "fail2ban", "ufw", "unattended-upgrades"},
            {"etc/apt/sources.list.d", "ubuntu.sources", "pgdg.list", "nodesource.list", "nginx.list"},
            {"etc/default", "grub", "locale", "keyboard", "ufw", "useradd", "rsync", "sysstat", "cron", "nss", "ssh"},
            {"etc/security", "limits.conf", "access.conf", "group.conf", "namespace.conf", "pam_env.conf", "pwquality.conf", "time.conf"},
            {"etc/fail2ban", "jail.local", "fail2ban.local", "paths-common.conf", "paths-debian.conf"},
            {"etc/fail2ban/filter.d", "nginx-http-auth.conf", "nginx-botsearch.conf", "nginx-limit-req.conf", "sshd.conf", "recidive.conf",
                "wordpress.conf", "common.conf"},
            {"etc/borgmatic", "config.yaml"}};
        for (String[] d : subdirs) {
            borgDir(g, d[0], "root");
            borgFiles(g, d[0], "-rw-r--r--", "root", "root", 60, 24_000, java.util.Arrays.copyOfRange(d, 1, d.length));
            if (d[0].equals("etc/ssh")) {
                borgFiles(g, d[0], "-rw-------", "root", "root", 380, 2_600, "ssh_host_ecdsa_key", "ssh_host_ed25519_key", "ssh_host_rsa_key");
            }
        }
        borgDir(g, "etc/nginx/sites-enabled", "root");
        for (String s : new String[] {"shop.conf", "admin.conf", "status.conf"}) {
            g.add(borgLine("lrwxrwxrwx", "root", "root", 0, borgOld(g), "etc/nginx/sites-enabled/" + s + " -> ../sites-available/" + s));
        }
        borgDir(g, "etc/systemd/system", "root");
        String[] units = {"shop-api.service", "shop-worker.service", "shop-scheduler.service", "pm2-deploy.service", "borgmatic.service",
            "borgmatic.timer", "pg-dump.service", "pg-dump.timer", "node-exporter.service", "sitemap.service", "sitemap.timer"};
        borgFiles(g, "etc/systemd/system", "-rw-r--r--", "root", "root", 240, 1_400, units);
        for (String wants : new String[] {"multi-user.target.wants", "timers.target.wants", "sockets.target.wants", "sysinit.target.wants",
            "getty.target.wants", "network-online.target.wants"}) {
            String dir = "etc/systemd/system/" + wants;
            borgDir(g, dir, "root");
            int k = g.between(3, 14);
            for (int i = 0; i < k; i++) {
                String u = g.pick("ssh.service", "cron.service", "nginx.service", "postgresql.service", "rsyslog.service", "ufw.service",
                    "fail2ban.service", "chrony.service", "snapd.service", "unattended-upgrades.service", "sysstat.service", "e2scrub_reap.service",
                    "systemd-networkd.service", "apparmor.service", "lvm2-monitor.service", "getty@tty1.service", "certbot.timer", "logrotate.timer",
                    "fstrim.timer", "man-db.timer", "apt-daily.timer", "dpkg-db-backup.timer");
                String target = u.startsWith("getty") ? "/lib/systemd/system/getty@.service" : "/lib/systemd/system/" + u;
                g.add(borgLine("lrwxrwxrwx", "root", "root", 0, borgOld(g), dir + "/" + u + " -> " + target));
            }
        }
        String le = "etc/letsencrypt";
        borgDir(g, le, "root");
        g.add(borgLine("-rw-r--r--", "root", "root", 121, borgOld(g), le + "/cli.ini"));
        g.add(borgLine("-rw-r--r--", "root", "root", 424, borgOld(g), le + "/ssl-dhparams.pem"));
        g.add(borgLine("-rw-r--r--", "root", "root", 1_143, borgOld(g), le + "/options-ssl-nginx.conf"));
        String account = le + "/accounts/acme-v02.api.letsencrypt.org/directory/" + g.hex(32);
        borgDir(g, account, "root");
        for (String f : new String[] {"meta.json", "private_key.json", "regr.json"}) {
            g.add(borgLine(f.startsWith("private") ? "-rw-------" : "-rw-r--r--", "root", "root", g.between(80, 1_700), borgOld(g),
                    account + "/" + f));
        }
        String site = "shop.example.com";
        borgDir(g, le + "/archive/" + site, "root");
        LocalDateTime[] renewals = {LocalDateTime.of(2026, 3, 14, 3, 12, 9), LocalDateTime.of(2026, 5, 13, 3, 12, 44),
            LocalDateTime.of(2026, 7, 12, 3, 11, 58), LocalDateTime.of(2026, 10, 10, 3, 12, 31)};
        String archiveKey = null;
        String archiveChain = null;
        for (int r = 1; r <= 4; r++) {
            LocalDateTime when = renewals[r - 1];
            g.add(borgLine("-rw-r--r--", "root", "root", 1_838 + g.nextInt(20), when, le + "/archive/" + site + "/cert" + r + ".pem"));
            g.add(borgLine("-rw-r--r--", "root", "root", 1_801, when, le + "/archive/" + site + "/chain" + r + ".pem"));
            String fc = borgLine("-rw-r--r--", "root", "root", 3_639 + g.nextInt(20), when, le + "/archive/" + site + "/fullchain" + r + ".pem");
            String pk = borgLine("-rw-------", "root", "root", 241, when, le + "/archive/" + site + "/privkey" + r + ".pem");
            g.add(fc);
            g.add(pk);
            if (r == 4) {
                archiveChain = fc;
                archiveKey = pk;
            }
        }
        borgDir(g, le + "/live", "root");
        g.add(borgLine("-rw-r--r--", "root", "root", 740, renewals[0], le + "/live/README"));
        borgDir(g, le + "/live/" + site, "root");
        String liveChain = null;
        String liveKey = null;
        for (String f : new String[] {"cert", "chain", "fullchain", "privkey"}) {
            String l = borgLine("lrwxrwxrwx", "root", "root", 0, renewals[3], le + "/live/" + site + "/" + f + ".pem -> ../../archive/" + site + "/"
                    + f + "4.pem");
            g.add(l);
            if (f.equals("fullchain")) {
                liveChain = l;
            } else if (f.equals("privkey")) {
                liveKey = l;
            }
        }
        g.add(borgLine("-rw-r--r--", "root", "root", 692, renewals[0], le + "/live/" + site + "/README"));
        borgDir(g, le + "/renewal", "root");
        g.add(borgLine("-rw-r--r--", "root", "root", 571, renewals[3], le + "/renewal/" + site + ".conf"));
        borgDir(g, le + "/renewal-hooks/deploy", "root");
        g.add(borgLine("-rwxr-xr-x", "root", "root", 64, borgOld(g), le + "/renewal-hooks/deploy/reload-nginx.sh"));
        borgDir(g, "home", "root");
        borgDir(g, "home/deploy", "deploy");
        borgFiles(g, "home/deploy", "-rw-r--r--", "deploy", "deploy", 200, 4_200, ".bashrc", ".profile", ".bash_logout", ".gitconfig",
            ".npmrc", ".bash_history", ".psqlrc", ".selected_editor", ".wget-hsts");
        borgDir(g, "home/deploy/.ssh", "deploy");
        borgFiles(g, "home/deploy/.ssh", "-rw-------", "deploy", "deploy", 400, 9_000, "authorized_keys", "known_hosts", "id_ed25519", "config");
        borgDir(g, "home/deploy/.pm2", "deploy");
        borgFiles(g, "home/deploy/.pm2", "-rw-r--r--", "deploy", "deploy", 2, 90_000, "dump.pm2", "dump.pm2.bak", "module_conf.json", "pm2.pid",
            "touch");
        borgDir(g, "root", "root");
        borgFiles(g, "root", "-rw-------", "root", "root", 100, 40_000, ".bashrc", ".profile", ".bash_history", ".lesshst", ".viminfo",
            ".psql_history");
        borgDir(g, "root/.ssh", "root");
        borgFiles(g, "root/.ssh", "-rw-------", "root", "root", 90, 3_000, "authorized_keys", "known_hosts");
        borgDir(g, "var", "root");
        borgDir(g, "var/backups", "root");
        g.add(borgLine("drwxr-x---", "postgres", "postgres", 0, night.plusMinutes(9).plusSeconds(12), "var/backups/pg"));
        String billing = borgLine("-rw-r-----", "postgres", "postgres", 0, night, "var/backups/pg/billing.dump");
        List<String> dumps = new ArrayList<>();
        dumps.add(borgLine("-rw-r-----", "postgres", "postgres", 18_442, night.minusSeconds(3), "var/backups/pg/globals.sql"));
        dumps.add(borgLine("-rw-r-----", "postgres", "postgres", 1_873_420_112, night.plusMinutes(4).plusSeconds(17), "var/backups/pg/shop.dump"));
        dumps.add(borgLine("-rw-r-----", "postgres", "postgres", 962_118_430, night.plusMinutes(6).plusSeconds(51), "var/backups/pg/orders.dump"));
        dumps.add(billing);
        dumps.add(borgLine("-rw-r-----", "postgres", "postgres", 311_904_776, night.plusMinutes(7).plusSeconds(40), "var/backups/pg/analytics.dump"));
        dumps.add(borgLine("-rw-r-----", "postgres", "postgres", 48_227_901, night.plusMinutes(8).plusSeconds(2), "var/backups/pg/keycloak.dump"));
        dumps.add(borgLine("-rw-r-----", "postgres", "postgres", 27_630_558, night.plusMinutes(9).plusSeconds(11), "var/backups/pg/metabase.dump"));
        shuffle(g, dumps);
        dumps.forEach(g::add);
        borgDir(g, "srv", "root");
        borgDir(g, "srv/shop", "deploy");
        borgDir(g, "srv/shop/shared", "deploy");
        borgDir(g, "srv/shop/shared/config", "deploy");
        borgFiles(g, "srv/shop/shared/config", "-rw-------", "deploy", "deploy", 300, 4_000, ".env.production", "ecosystem.config.js",
            "firebase-service-account.json");
        borgDir(g, "srv/shop/shared/uploads", "deploy");
        String[] exts = {"jpg", "jpg", "jpg", "jpg", "png", "png", "webp", "pdf"};
        for (int y = 2025; y <= 2026; y++) {
            for (int m = 1; m <= 12; m++) {
                if (y == 2025 && m < 7) {
                    continue;
                }
                String dir = fmt("srv/shop/shared/uploads/%d/%02d", y, m);
                boolean current = y == 2026 && m == 12;
                int days = current ? 7 : 28;
                g.add(borgLine("drwxr-xr-x", "deploy", "deploy", 0, LocalDateTime.of(y, m, days, 0, 0).plusMinutes(g.nextInt(1400)), dir));
                int files = current ? g.between(15, 30) : g.between(60, 120);
                for (int i = 0; i < files; i++) {
                    String ext = g.pick(exts);
                    LocalDateTime when = LocalDateTime.of(y, m, 1 + g.nextInt(days), g.nextInt(24), g.nextInt(60), g.nextInt(60));
                    long size = ext.equals("pdf") ? g.between(40_000, 2_400_000) : ext.equals("webp") ? g.between(12_000, 300_000)
                            : g.between(30_000, 4_800_000);
                    g.add(borgLine("-rw-r--r--", "deploy", "deploy", size, when, dir + "/" + g.hex(24) + "." + ext));
                }
            }
        }
        String text = g.text();
        requireLines(g, 1500, 3200);
        requireSize(text, 150, 320);
        requireCount(text, "billing", 1);
        requireCount(text, "privkey4.pem", 2);
        return NeedleCase.named("fresh20_borg_list", "listing", "borg-list")
                .shell("sudo borg list /mnt/backup/borg::web-02-2026-12-08T02:00:01")
                .question("We are about to rebuild web-02 from last night's borg archive. Is the billing database dump in that archive, and does it"
                        + " look complete? And are the TLS certificate and private key for shop.example.com in it?")
                .heldAside()
                .build(text, List.of(Needle.exact(billing), Needle.anyOf(liveChain, archiveChain), Needle.anyOf(liveKey, archiveKey)));
    }

    // ---------------------------------------------------------------- hg diff

    private record Mod(int at, int del, List<String> add) {}

    private static void hgFile(Gen g, String rev, String path, String newDate, List<String> src, List<Mod> mods) {
        g.add("diff -r " + rev + " " + path);
        g.add("--- a/" + path + "\tThu Dec 04 16:22:10 2026 +0100");
        g.add("+++ b/" + path + "\t" + newDate);
        int shift = 0;
        int i = 0;
        while (i < mods.size()) {
            int j = i;
            while (j + 1 < mods.size() && mods.get(j + 1).at() - (mods.get(j).at() + mods.get(j).del()) <= 6) {
                j++;
            }
            int start = Math.max(0, mods.get(i).at() - 3);
            Mod last = mods.get(j);
            int end = Math.min(src.size(), last.at() + last.del() + 3);
            List<String> body = new ArrayList<>();
            int oldCount = 0;
            int newCount = 0;
            int p = start;
            for (int k = i; k <= j; k++) {
                Mod m = mods.get(k);
                for (; p < m.at(); p++) {
                    body.add(" " + src.get(p));
                    oldCount++;
                    newCount++;
                }
                for (int d = 0; d < m.del(); d++) {
                    body.add("-" + src.get(p++));
                    oldCount++;
                }
                for (String a : m.add()) {
                    body.add("+" + a);
                    newCount++;
                }
            }
            for (; p < end; p++) {
                body.add(" " + src.get(p));
                oldCount++;
                newCount++;
            }
            g.add(fmt("@@ -%d,%d +%d,%d @@", start + 1, oldCount, start + 1 + shift, newCount));
            body.forEach(g::add);
            shift += newCount - oldCount;
            i = j + 1;
        }
    }

    private static final String[] PY_NOUNS = {"order", "customer", "refund", "payment", "shipment", "product", "coupon", "address", "cart", "stock",
        "report", "review", "parcel", "voucher", "basket", "supplier"};
    private static final String[] PY_VERBS = {"get", "create", "update", "cancel", "apply", "validate", "sync", "export", "build", "send", "mark",
        "archive", "merge", "resolve", "notify", "schedule"};
    private static final String[] PY_FIELDS = {"status", "note", "updated_by", "priority", "channel", "external_ref", "locale", "flags"};

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void pyFunction(Gen g, List<String> src, Set<String> names) {
        String noun;
        String verb;
        do {
            noun = g.pick(PY_NOUNS);
            verb = g.pick(PY_VERBS);
        } while (!names.add(verb + "_" + noun));
        String model = cap(noun);
        String field = g.pick(PY_FIELDS);
        src.add("");
        src.add("");
        src.add("def " + verb + "_" + noun + "(" + noun + "_id, *, user=None" + (g.chance(0.4) ? ", commit=True" : "") + "):");
        src.add("    \"\"\"" + cap(verb) + " the " + noun + " and record who did it.\"\"\"");
        src.add("    " + noun + " = " + model + ".objects.filter(pk=" + noun + "_id).first()");
        src.add("    if " + noun + " is None:");
        src.add("        raise " + model + ".DoesNotExist(" + noun + "_id)");
        if (g.chance(0.7)) {
            src.add("    logger.info(\"" + verb + " " + noun + " %s by %s\", " + noun + ".pk, user)");
        }
        if (g.chance(0.5)) {
            src.add("    with transaction.atomic():");
            src.add("        " + noun + "." + field + " = " + g.pick("user", "timezone.now()", "\"" + verb + "d\"", "None", noun + "_id") );
            src.add("        " + noun + ".save(update_fields=[\"" + field + "\"])");
        } else {
            src.add("    " + noun + "." + field + " = " + g.pick("user", "timezone.now()", "\"" + verb + "d\"", "None"));
            src.add("    " + noun + ".save(update_fields=[\"" + field + "\"])");
        }
        if (g.chance(0.4)) {
            src.add("    events.publish(\"" + noun + "." + verb + "\", {\"id\": " + noun + ".pk})");
        }
        src.add("    return " + noun);
    }

    private static List<String> pyModule(Gen g, String pkg, int functions, String... extra) {
        List<String> src = new ArrayList<>();
        src.add("import logging");
        src.add("");
        src.add("from django.db import transaction");
        src.add("from django.utils import timezone");
        src.add("");
        src.add("from shop.core import events");
        src.add("from shop." + pkg + ".models import *  # noqa: F403");
        src.addAll(List.of(extra));
        src.add("");
        src.add("logger = logging.getLogger(__name__)");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < functions; i++) {
            pyFunction(g, src, names);
        }
        return src;
    }

    /** Routine edits on a generated module: log levels, row locks, extra saved fields, a metric; kept apart so hunks stay separate. */
    private static List<Mod> pyMods(Gen g, List<String> src, String pkg, int max) {
        List<Mod> mods = new ArrayList<>();
        int last = -20;
        for (int i = 12; i < src.size() - 2 && mods.size() < max; i++) {
            if (i - last < 12 || !g.chance(0.18)) {
                continue;
            }
            String l = src.get(i);
            Mod m = null;
            if (l.contains("logger.info(")) {
                m = g.chance(0.7) ? new Mod(i, 1, List.of(l.replace("logger.info(", "logger.debug("))) : new Mod(i, 1, List.of());
            } else if (l.contains(".objects.filter(")) {
                m = new Mod(i, 1, List.of(l.replace(".objects.filter(", ".objects.select_for_update().filter(")));
            } else if (l.contains(".save(update_fields=[")) {
                m = new Mod(i, 1, List.of(l.replace("\"])", "\", \"updated_at\"])")));
            } else if (l.startsWith("    \"\"\"")) {
                String fn = src.get(i - 1).substring(4, src.get(i - 1).indexOf('('));
                m = new Mod(i + 1, 0, List.of("    metrics.incr(\"" + pkg + "." + fn + "\")"));
            }
            if (m != null) {
                mods.add(m);
                last = i;
            }
        }
        return mods;
    }

    /**
     * hg diff of a Django shop's working copy against its parent revision, without git-style headers: routine edits over
     * fourteen modules (debug instead of info logging, row locks, extra saved fields, metrics), two new imports and a
     * settings change. In shop/billing/invoice.py the rounding mode of round_money goes from ROUND_HALF_UP to
     * ROUND_HALF_EVEN (with its import) and line_totals now rounds the net before multiplying by the tax rate. The question
     * names that file and asks what changed in rounding and tax: the file's header and both changed line pairs.
     */
    static NeedleCase hgDiff() {
        Gen g = new Gen(230_009);
        String rev = "5c1e2f3a4b6d";
        String[][] files = {{"shop/accounts/services.py", "accounts"}, {"shop/billing/credit_notes.py", "billing"},
            {"shop/billing/invoice.py", "billing"}, {"shop/cart/services.py", "cart"}, {"shop/catalog/services.py", "catalog"},
            {"shop/inventory/sync.py", "inventory"}, {"shop/notifications/emails.py", "notifications"}, {"shop/orders/services.py", "orders"},
            {"shop/orders/views.py", "orders"}, {"shop/payments/refunds.py", "payments"}, {"shop/promotions/rules.py", "promotions"},
            {"shop/reports/exports.py", "reports"}, {"shop/returns/services.py", "returns"}, {"shop/shipping/rates.py", "shipping"},
            {"shop/suppliers/services.py", "suppliers"}};
        String header = null;
        String roundOld = "-    return amount.quantize(CENT, rounding=ROUND_HALF_UP)";
        String roundNew = "+    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)";
        String taxOld = "-    tax = round_money(net * line.tax_rate)";
        String taxNew = "+    tax = round_money(net) * line.tax_rate";
        for (String[] f : files) {
            String when = fmt("Mon Dec 08 %02d:%02d:%02d 2026 +0100", g.between(9, 11), g.nextInt(60), g.nextInt(60));
            if (f[0].equals("shop/billing/invoice.py")) {
                List<String> src = new ArrayList<>(List.of("import logging", "from dataclasses import dataclass",
                        "from decimal import ROUND_HALF_UP, Decimal", "", "from django.db import transaction", "from django.utils import timezone", "",
                        "from shop.billing.models import Invoice, InvoiceLine", "from shop.core import events", "from shop.orders.models import Order",
                        "", "logger = logging.getLogger(__name__)", "", "CENT = Decimal(\"0.01\")", "", "",
                        "def round_money(amount):", "    \"\"\"Round a money amount to cents the way the tax office expects.\"\"\"",
                        "    return amount.quantize(CENT, rounding=ROUND_HALF_UP)", "", "", "@dataclass", "class Totals:", "    net: Decimal",
                        "    tax: Decimal", "    gross: Decimal", "", "", "def line_totals(line):", "    \"\"\"Net, tax and gross of one invoice line.\"\"\"",
                        "    net = round_money(line.unit_price * line.quantity)", "    tax = round_money(net * line.tax_rate)",
                        "    return Totals(net=net, tax=tax, gross=net + tax)", "", "", "def invoice_totals(invoice):",
                        "    \"\"\"Sum the lines; tax is rounded per line, not on the total.\"\"\"", "    net = Decimal(\"0\")", "    tax = Decimal(\"0\")",
                        "    for line in invoice.lines.all():", "        t = line_totals(line)", "        net += t.net", "        tax += t.tax",
                        "    return Totals(net=net, tax=tax, gross=net + tax)"));
                int generatedFrom = src.size();
                Set<String> names = new HashSet<>();
                for (int i = 0; i < 9; i++) {
                    pyFunction(g, src, names);
                }
                List<Mod> mods = new ArrayList<>();
                mods.add(new Mod(2, 1, List.of("from decimal import ROUND_HALF_EVEN, Decimal")));
                mods.add(new Mod(18, 1, List.of(roundNew.substring(1))));
                mods.add(new Mod(31, 1, List.of(taxNew.substring(1))));
                for (Mod m : pyMods(g, src, "billing", 3)) {
                    if (m.at() > generatedFrom + 3) {
                        mods.add(m);
                    }
                }
                header = "diff -r " + rev + " " + f[0];
                hgFile(g, rev, f[0], when, src, mods);
                continue;
            }
            List<String> src = f[0].equals("shop/payments/refunds.py")
                    ? pyModule(g, f[1], 12, "from decimal import ROUND_HALF_UP, Decimal", "", "CENT = Decimal(\"0.01\")", "",
                            "def refund_amount(amount, ratio):", "    refund = (amount * ratio).quantize(CENT, rounding=ROUND_HALF_UP)",
                            "    return max(refund, Decimal(\"0\"))")
                    : pyModule(g, f[1], g.between(8, 22));
            List<Mod> mods = new ArrayList<>(pyMods(g, src, f[1], g.between(2, 7)));
            if (f[0].equals("shop/payments/refunds.py")) {
                mods.add(0, new Mod(7, 0, List.of("from shop.core.metrics import metrics")));
            } else if (mods.stream().anyMatch(m -> m.add().size() == 1 && m.add().get(0).contains("metrics.incr("))) {
                mods.add(0, new Mod(7, 0, List.of("from shop.core.metrics import metrics")));
            }
            if (mods.isEmpty()) {
                mods.add(new Mod(src.size() - 1, 1, List.of(src.get(src.size() - 1), "")));
            }
            hgFile(g, rev, f[0], when, src, mods);
        }
        String settingsWhen = "Mon Dec 08 10:02:51 2026 +0100";
        List<String> settings = new ArrayList<>(List.of("from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent.parent", "",
                "DEBUG = False", "ALLOWED_HOSTS = [\"shop.example.com\", \"admin.shop.example.com\"]", "", "TIME_ZONE = \"Europe/Amsterdam\"",
                "USE_TZ = True", "LANGUAGE_CODE = \"nl-nl\"", "", "SHOP_CURRENCY = \"EUR\"", "SHOP_PRICES_INCLUDE_TAX = True",
                "SHOP_INVOICE_PREFIX = \"INV-\"", "SHOP_ORDER_TIMEOUT_MINUTES = 30", "", "CELERY_TASK_ALWAYS_EAGER = False",
                "CELERY_TASK_ACKS_LATE = True"));
        hgFile(g, rev, "shop/settings/base.py", settingsWhen, settings, List.of(new Mod(14, 1, List.of("SHOP_ORDER_TIMEOUT_MINUTES = 45"))));
        String text = g.text();
        requireLines(g, 300, 1500);
        requireCount(text, roundOld + "\n", 1);
        requireCount(text, taxOld + "\n", 1);
        requireCount(text, "diff -r ", files.length + 1);
        return NeedleCase.named("fresh20_hg_diff", "diff", "hg-diff")
                .shell("hg diff")
                .question("The invoice tests now fail by one cent on some orders. What did I change in shop/billing/invoice.py around rounding and"
                        + " the tax calculation?")
                .heldAside()
                .build(text, List.of(Needle.exact(header), Needle.exact(roundOld), Needle.exact(roundNew), Needle.exact(taxOld),
                        Needle.exact(taxNew)));
    }

    // ---------------------------------------------------------------- findstr /s /n

    private record CsFile(String path, List<String> lines) {}

    /**
     * findstr /s /n /i over a .NET solution for connection strings (three literal strings, three file masks, each mask's
     * matches in turn as findstr reports them): appsettings files per environment for thirteen projects (local, staging
     * and production servers), stale copies under bin\Release, a legacy .NET Framework project's App.config and its
     * Release transform, and C# code reading connection strings. Since the migration everything points at sql-prod-01 or
     * sql-stg-01, except the Orders worker's production settings and the Reports project's Release transform, which still
     * name sql-legacy-02 (the worker's bin copy too). The question asks which source config files still reference the old
     * server: those two lines.
     */
    static NeedleCase findstrSolution() {
        Gen g = new Gen(230_010);
        String[][] projects = {{"Shop.Api", "ShopDb", "OrdersDb"}, {"Shop.Billing", "BillingDb", "OrdersDb"}, {"Shop.Billing.Jobs", "BillingDb"},
            {"Shop.Catalog", "CatalogDb"}, {"Shop.Identity", "IdentityDb"}, {"Shop.Notifications", "ShopDb"}, {"Shop.Orders", "OrdersDb"},
            {"Shop.Orders.Worker", "OrdersDb", "ShopDb"}, {"Shop.Search.Indexer", "CatalogDb"}, {"Shop.Shipping", "OrdersDb"},
            {"Shop.Web", "ShopDb"}, {"Shop.Gateway", "ShopDb"}, {"Shop.Inventory", "OrdersDb", "CatalogDb"}};
        Map<String, String> dbNames = Map.of("ShopDb", "Shop", "OrdersDb", "Orders", "BillingDb", "Billing", "CatalogDb", "Catalog", "IdentityDb",
                "Identity");
        List<CsFile> json = new ArrayList<>();
        List<CsFile> config = new ArrayList<>();
        List<CsFile> cs = new ArrayList<>();
        String legacyJson = null;
        for (String[] p : projects) {
            String name = p[0];
            String user = name.substring(5).toLowerCase(Locale.ROOT).replace('.', '_');
            for (String env : new String[] {"", ".Development", ".Staging", ".Production"}) {
                if (env.equals(".Development") && g.chance(0.4)) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                int ln = g.between(2, 14);
                lines.add(ln + ":  \"ConnectionStrings\": {");
                for (int d = 1; d < p.length; d++) {
                    String host = switch (env) {
                        case ".Staging" -> "sql-stg-01.corp.shop.local";
                        case ".Production" -> name.equals("Shop.Orders.Worker") && p[d].equals("OrdersDb") ? "sql-legacy-02.corp.shop.local"
                                : "sql-prod-01.corp.shop.local";
                        default -> "localhost,1433";
                    };
                    String cred = env.isEmpty() || env.equals(".Development") ? "User Id=sa;Password=Your_password123;TrustServerCertificate=True"
                            : "User Id=" + user + ";Password=${" + p[d].toUpperCase(Locale.ROOT).replace("DB", "_DB") + "_PASSWORD};Encrypt=True";
                    lines.add((ln + d) + ":    \"" + p[d] + "\": \"Server=" + host + ";Database=" + dbNames.get(p[d]) + ";" + cred + "\""
                            + (d < p.length - 1 ? "," : ""));
                }
                String file = name + "\\appsettings" + env + ".json";
                json.add(new CsFile(file, lines));
                if (name.equals("Shop.Orders.Worker") && env.equals(".Production")) {
                    legacyJson = file + ":" + lines.get(1);
                }
                if (!env.equals(".Development") && (name.equals("Shop.Orders.Worker") || name.equals("Shop.Api") || name.equals("Shop.Billing.Jobs"))) {
                    json.add(new CsFile(name + "\\bin\\Release\\net8.0\\appsettings" + env + ".json", lines));
                }
            }
            String ctx = p[1].replace("Db", "DbContext");
            List<String[]> code = new ArrayList<>();
            code.add(new String[] {"Program.cs", "builder.Services.AddDbContext<" + ctx + ">(o => o.UseSqlServer(builder.Configuration.GetConnectionString(\""
                + p[1] + "\"), sql => sql.EnableRetryOnFailure()));", "builder.Services.AddHealthChecks().AddSqlServer(builder.Configuration"
                + ".GetConnectionString(\"" + p[1] + "\")!, name: \"" + p[1].toLowerCase(Locale.ROOT) + "\");"});
            code.add(new String[] {"Infrastructure\\SqlOptions.cs", "    public string ConnectionString { get; init; } = string.Empty;",
                "    public int CommandTimeoutSeconds { get; init; } = 30; // applied to every ConnectionString user"});
            String[] repos = {"OrderRepository", "CustomerRepository", "InvoiceRepository", "StockRepository", "OutboxRepository", "AuditRepository",
                "ProductRepository", "ShipmentRepository", "ReportQueries", "LockProvider"};
            int nRepos = g.between(1, 4);
            for (int r = 0; r < nRepos; r++) {
                code.add(new String[] {"Data\\" + g.pick(repos) + ".cs", "    private readonly string _connectionString;",
                    "        _connectionString = options.Value.ConnectionString;",
                    "        await using var connection = new SqlConnection(_connectionString);",
                    "        await using var connection = new SqlConnection(_connectionString);"});
            }
            Set<String> usedPaths = new HashSet<>();
            for (String[] c : code) {
                String path = name + "\\" + c[0];
                if (!usedPaths.add(path)) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                int ln = g.between(5, 30);
                for (int i = 1; i < c.length; i++) {
                    ln += g.between(1, 40);
                    lines.add(ln + ":" + c[i]);
                }
                cs.add(new CsFile(path, lines));
            }
        }
        config.add(new CsFile("Shop.Reports\\App.config", List.of("14:  <connectionStrings>",
                "15:    <add name=\"ReportsDb\" connectionString=\"Data Source=(local)\\SQLEXPRESS;Initial Catalog=Reports;Integrated Security=SSPI\""
                        + " providerName=\"System.Data.SqlClient\" />",
                "16:    <add name=\"ShopDb\" connectionString=\"Data Source=(local)\\SQLEXPRESS;Initial Catalog=Shop;Integrated Security=SSPI\""
                        + " providerName=\"System.Data.SqlClient\" />",
                "17:  </connectionStrings>")));
        String legacyConfigLine = "    <add name=\"ReportsDb\" connectionString=\"Data Source=sql-legacy-02.corp.shop.local\\REPORTING;Initial"
                + " Catalog=Reports;Integrated Security=SSPI\" providerName=\"System.Data.SqlClient\" xdt:Transform=\"SetAttributes\""
                + " xdt:Locator=\"Match(name)\" />";
        config.add(new CsFile("Shop.Reports\\App.Release.config", List.of("4:  <connectionStrings>", "5:" + legacyConfigLine,
                "6:    <add name=\"ShopDb\" connectionString=\"Data Source=sql-prod-01.corp.shop.local;Initial Catalog=Shop;Integrated Security=SSPI\""
                        + " providerName=\"System.Data.SqlClient\" xdt:Transform=\"SetAttributes\" xdt:Locator=\"Match(name)\" />",
                "7:  </connectionStrings>")));
        config.add(new CsFile("Shop.Reports\\App.Staging.config", List.of("4:  <connectionStrings>",
                "5:    <add name=\"ReportsDb\" connectionString=\"Data Source=sql-stg-01.corp.shop.local\\REPORTING;Initial Catalog=Reports;Integrated"
                        + " Security=SSPI\" providerName=\"System.Data.SqlClient\" xdt:Transform=\"SetAttributes\" xdt:Locator=\"Match(name)\" />",
                "7:  </connectionStrings>")));
        config.add(new CsFile("Shop.Web\\web.config", List.of("23:        <environmentVariable name=\"ASPNETCORE_ConnectionStrings__ShopDb\""
                + " value=\"%SHOPDB_CONNECTIONSTRING%\" />")));
        cs.add(new CsFile("Shop.Reports\\ReportContext.cs", List.of("12:    public ReportContext() : base(ConfigurationManager.ConnectionStrings[\"ReportsDb\"]"
                + ".ConnectionString) { }")));
        cs.add(new CsFile("tests\\Shop.IntegrationTests\\DbFixture.cs", List.of(
                "21:    public string ConnectionString { get; } = $\"Server=(localdb)\\\\mssqllocaldb;Database=ShopTests_{Guid.NewGuid():N};"
                        + "Trusted_Connection=True;MultipleActiveResultSets=true\";",
                "38:        var builder = new SqlConnectionStringBuilder(ConnectionString) { InitialCatalog = \"master\" };",
                "44:        await using var connection = new SqlConnection(builder.ConnectionString);")));
        cs.add(new CsFile("tests\\Shop.IntegrationTests\\OrdersWorkerTests.cs", List.of(
                "17:        Environment.SetEnvironmentVariable(\"ConnectionStrings__OrdersDb\", _db.ConnectionString);")));
        for (int t = 0; t < 24; t++) {
            String test = "tests\\Shop." + g.pick("Api", "Billing", "Orders", "Catalog", "Shipping", "Identity") + ".Tests\\"
                    + g.pick("Repositories", "Services", "Handlers", "Queries") + "\\" + g.pick("Order", "Invoice", "Customer", "Stock", "Shipment",
                    "Refund", "Coupon", "Price") + g.pick("Repository", "Service", "Handler", "Query") + "Tests" + t + ".cs";
            cs.add(new CsFile(test.replace("Tests" + t + ".cs", "Tests.cs"), List.of(g.between(12, 40)
                    + ":        var options = Options.Create(new SqlOptions { ConnectionString = _fixture.ConnectionString });")));
        }
        java.util.function.Consumer<List<CsFile>> print = list -> {
            List<CsFile> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(f -> f.path().toLowerCase(Locale.ROOT)));
            Set<String> once = new HashSet<>();
            for (CsFile f : sorted) {
                if (!once.add(f.path())) {
                    continue;
                }
                for (String l : f.lines()) {
                    g.add(f.path() + ":" + l);
                }
            }
        };
        print.accept(json);
        print.accept(config);
        print.accept(cs);
        String text = g.text();
        requireLines(g, 200, 600);
        requireCount(text, "sql-legacy-02", 3);
        String legacyConfig = "Shop.Reports\\App.Release.config:5:" + legacyConfigLine;
        return NeedleCase.named("fresh20_findstr_solution", "search", "findstr-s-n")
                .tool("powershell", "{\"command\":\"" + Json.escape("cd C:\\src\\Shop; findstr /s /n /i /c:\"Server=\" /c:\"Data Source=\""
                        + " /c:\"ConnectionString\" *.json *.config *.cs") + "\"}")
                .question("We moved every database off sql-legacy-02 last month, but something in production still connects to it. Which config"
                        + " files in the solution still point at sql-legacy-02? I only care about the source files, not build output.")
                .heldAside()
                .build(text, List.of(Needle.exact(legacyJson), Needle.exact(legacyConfig)));
    }

    // ---------------------------------------------------------------- cmake --build (Ninja)

    private record Edge(String description, String file, boolean cxx) {}

    private static List<Edge> compileEdges(String dir, String target, String ext, String... sources) {
        List<Edge> edges = new ArrayList<>();
        for (String s : sources) {
            String src = s + "." + ext;
            edges.add(new Edge("Building " + (ext.equals("c") ? "C" : "CXX") + " object " + dir + "/CMakeFiles/" + target + ".dir/" + src + ".o",
                    dir + "/" + src, !ext.equals("c")));
        }
        return edges;
    }

    private static String className(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
        StringBuilder sb = new StringBuilder();
        for (String part : base.split("_")) {
            sb.append(cap(part));
        }
        return sb.toString();
    }

    private static String namespace(String file) {
        String[] parts = file.split("/");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < parts.length - 1; i++) {
            sb.append(sb.length() == 0 ? "" : "::").append(parts[i]);
        }
        return sb.toString();
    }

    private static void gccWarning(Gen g, String root, String file) {
        String ns = namespace(file);
        String cls = className(file);
        int line = g.between(30, 480);
        String num = lpad(String.valueOf(line), 5) + " | ";
        String gutter = "      | ";
        switch (g.nextInt(3)) {
            case 0 -> {
                String method = g.pick("retry", "flush_pending", "rebalance", "drain", "collect", "expire_entries", "resize");
                g.add(root + "/" + file + ": In member function 'void " + ns + "::" + cls + "::" + method + "()':");
                g.add(root + "/" + file + ":" + line + ":27: warning: comparison of integer expressions of different signedness: 'int' and"
                        + " 'std::vector<" + ns + "::Entry>::size_type' {aka 'long unsigned int'} [-Wsign-compare]");
                g.add(num + "    for (int i = 0; i < entries_.size(); ++i) {");
                g.add(gutter + "                    ~~^~~~~~~~~~~~~~~~~");
            }
            case 1 -> {
                String param = g.pick("ctx", "opts", "reason", "deadline", "stats");
                g.add(root + "/" + file + ":" + line + ":" + (20 + param.length()) + ": warning: unused parameter '" + param + "' [-Wunused-parameter]");
                g.add(num + "void " + cls + "::on_close(const Context& " + param + ") {");
                g.add(gutter + " ".repeat(20 + cls.length()) + "~~~~~~~~~~~~~~~^" + "~".repeat(param.length() - 1));
            }
            default -> {
                String fn = g.pick("parse_header", "decode_frame", "next_token", "read_varint", "lookup");
                g.add(root + "/" + file + ": In function '" + ns + "::Status " + ns + "::" + fn + "(std::string_view)':");
                g.add(root + "/" + file + ":" + line + ":12: warning: 'value' may be used uninitialized [-Wmaybe-uninitialized]");
                g.add(num + "    return value;");
                g.add(gutter + "           ^~~~~");
                g.add(root + "/" + file + ":" + (line - g.between(4, 20)) + ":14: note: 'value' was declared here");
            }
        }
    }

    /**
     * cmake --build build --parallel 16 of a C++20 storage engine with Ninja, as CI captures it (one status line per
     * finished edge): zstd, fmt and spdlog from third_party, then the util, net, storage, query and server libraries and
     * their unit tests, with the usual sign-compare, unused-parameter and maybe-uninitialized warnings and OpenSSL 3
     * deprecations in the TLS code. storage's wal/segment_writer.cpp fails after a Buffer API change: data_ptr() no longer
     * exists and a BufferView is passed where crc32c wants a pointer. Ninja finishes the edges in flight and stops. The
     * question asks for the compile error, file and line: the FAILED line and the two error lines.
     */
    static NeedleCase cmakeNinja() {
        Gen g = new Gen(230_011);
        String root = "/home/ci/work/engine";
        List<Edge> phase1 = new ArrayList<>();
        phase1.addAll(compileEdges("third_party/zstd", "libzstd_static", "c", "lib/common/debug", "lib/common/entropy_common",
                "lib/common/error_private", "lib/common/fse_decompress", "lib/common/pool", "lib/common/threading", "lib/common/xxhash",
                "lib/common/zstd_common", "lib/compress/fse_compress", "lib/compress/hist", "lib/compress/huf_compress", "lib/compress/zstd_compress",
                "lib/compress/zstd_compress_literals", "lib/compress/zstd_compress_sequences", "lib/compress/zstd_compress_superblock",
                "lib/compress/zstd_double_fast", "lib/compress/zstd_fast", "lib/compress/zstd_lazy", "lib/compress/zstd_ldm", "lib/compress/zstd_opt",
                "lib/compress/zstdmt_compress", "lib/decompress/huf_decompress", "lib/decompress/zstd_ddict", "lib/decompress/zstd_decompress",
                "lib/decompress/zstd_decompress_block"));
        phase1.addAll(compileEdges("third_party/fmt", "fmt", "cc", "src/format", "src/os"));
        String absl = "third_party/abseil-cpp/absl/";
        phase1.addAll(compileEdges(absl + "base", "base", "cc", "internal/cycleclock", "internal/low_level_alloc", "internal/raw_logging",
                "internal/spinlock", "internal/spinlock_wait", "internal/sysinfo", "internal/thread_identity", "internal/throw_delegate",
                "internal/unscaledcycleclock", "internal/strerror"));
        phase1.addAll(compileEdges(absl + "strings", "strings", "cc", "ascii", "charconv", "escaping", "internal/memutil", "match", "numbers",
                "str_cat", "str_replace", "str_split", "string_view", "substitute", "internal/str_format/arg", "internal/str_format/bind",
                "internal/str_format/extension", "internal/str_format/float_conversion", "internal/str_format/output", "internal/str_format/parser"));
        phase1.addAll(compileEdges(absl + "synchronization", "synchronization", "cc", "barrier", "blocking_counter",
                "internal/create_thread_identity", "internal/per_thread_sem", "internal/waiter", "mutex", "notification"));
        phase1.addAll(compileEdges(absl + "time", "time", "cc", "civil_time", "clock", "duration", "format", "time"));
        phase1.addAll(compileEdges(absl + "hash", "hash", "cc", "internal/city", "internal/hash", "internal/low_level_hash"));
        phase1.addAll(compileEdges(absl + "container", "raw_hash_set", "cc", "internal/raw_hash_set"));
        phase1.addAll(compileEdges(absl + "numeric", "int128", "cc", "int128"));
        phase1.addAll(compileEdges(absl + "debugging", "stacktrace", "cc", "stacktrace"));
        phase1.addAll(compileEdges("third_party/googletest/googletest", "gtest", "cc", "src/gtest-all"));
        phase1.addAll(compileEdges("third_party/googletest/googletest", "gtest_main", "cc", "src/gtest_main"));
        phase1.addAll(compileEdges("third_party/googletest/googlemock", "gmock", "cc", "src/gmock-all"));
        phase1.addAll(compileEdges("third_party/spdlog", "spdlog", "cpp", "src/spdlog", "src/stdout_sinks", "src/color_sinks", "src/file_sinks",
                "src/async", "src/cfg"));
        String[] util = {"arena", "bitset", "checksum", "clock", "config", "crc32c", "flags", "hash", "json", "logging", "lru_cache", "random",
            "status", "string_util", "thread_pool", "uuid", "varint"};
        phase1.addAll(compileEdges("src/util", "util", "cpp", util));
        shuffle(g, phase1);
        List<Edge> phase2 = new ArrayList<>();
        String[] net = {"http/client", "http/server", "http/parser", "http/router", "http/headers", "http/url", "tls/context", "tls/session",
            "event_loop", "socket", "resolver", "buffer_pool", "rpc_channel", "rpc_server"};
        String[] storage = {"wal/segment_reader", "wal/recovery", "wal/manifest", "lsm/memtable", "lsm/sstable_builder", "lsm/sstable_reader",
            "lsm/compaction", "lsm/version_set", "lsm/bloom_filter", "lsm/block_cache", "lsm/merging_iterator", "db", "snapshot", "write_batch",
            "options", "env_posix"};
        String[] query = {"lexer", "parser", "planner", "optimizer", "executor", "expression", "functions", "aggregate", "join", "sort", "catalog",
            "type_system"};
        phase2.addAll(compileEdges("src/net", "net", "cpp", net));
        phase2.addAll(compileEdges("src/storage", "storage", "cpp", storage));
        phase2.addAll(compileEdges("src/query", "query", "cpp", query));
        List<String> utilTests = new ArrayList<>();
        for (String u : util) {
            utilTests.add(u + "_test");
        }
        phase2.addAll(compileEdges("tests/unit/util", "util_tests", "cpp", utilTests.toArray(new String[0])));
        List<String> netTests = new ArrayList<>();
        for (String u : net) {
            netTests.add(u + "_test");
        }
        phase2.addAll(compileEdges("tests/unit/net", "net_tests", "cpp", netTests.toArray(new String[0])));
        shuffle(g, phase2);
        Edge failing = new Edge("Building CXX object src/storage/CMakeFiles/storage.dir/wal/segment_writer.cpp.o", "src/storage/wal/segment_writer.cpp",
                true);
        int failAt = phase2.size() * 2 / 3;
        phase2.add(failAt, failing);
        int remaining = 0;
        for (String[] later : new String[][] {net, storage, query, {"main_loop", "session", "admin_api", "metrics", "replication", "raft_log",
            "raft_node", "cluster_membership", "main", "repl", "commands", "formatter"}}) {
            remaining += later.length * 2;
        }
        int total = phase1.size() + 12 + phase2.size() + remaining + 42;
        int n = 0;
        for (Edge e : phase1) {
            g.add(fmt("[%d/%d] ", ++n, total) + e.description());
            if (e.file().startsWith("src/") && g.chance(0.15)) {
                gccWarning(g, root, e.file());
            }
        }
        for (String lib : new String[] {"Linking C static library third_party/zstd/libzstd.a", "Linking CXX static library third_party/fmt/libfmt.a",
            "Linking CXX static library third_party/abseil-cpp/absl/base/libabsl_base.a",
            "Linking CXX static library third_party/abseil-cpp/absl/strings/libabsl_strings.a",
            "Linking CXX static library third_party/abseil-cpp/absl/synchronization/libabsl_synchronization.a",
            "Linking CXX static library third_party/abseil-cpp/absl/time/libabsl_time.a",
            "Linking CXX static library third_party/abseil-cpp/absl/hash/libabsl_hash.a",
            "Linking CXX static library lib/libgtest.a", "Linking CXX static library lib/libgtest_main.a", "Linking CXX static library lib/libgmock.a",
            "Linking CXX static library third_party/spdlog/libspdlog.a", "Linking CXX static library src/util/libutil.a"}) {
            g.add(fmt("[%d/%d] ", ++n, total) + lib);
        }
        String failed = null;
        String err1 = root + "/src/storage/wal/segment_writer.cpp:88:30: error: 'class storage::wal::Buffer' has no member named 'data_ptr'; did you"
                + " mean 'data'?";
        String err2 = root + "/src/storage/wal/segment_writer.cpp:117:35: error: cannot convert 'storage::wal::BufferView' to 'const std::byte*'";
        int after = -1;
        boolean tlsWarned = false;
        for (Edge e : phase2) {
            if (after >= 0 && after++ >= 14) {
                break;
            }
            g.add(fmt("[%d/%d] ", ++n, total) + e.description());
            if (e == failing) {
                String obj = "src/storage/CMakeFiles/storage.dir/wal/segment_writer.cpp.o";
                failed = "FAILED: " + obj + " ";
                g.add(failed);
                g.add("/usr/bin/c++ -DENGINE_VERSION=\\\"4.12.0\\\" -DFMT_SHARED -DSPDLOG_COMPILED_LIB -DSPDLOG_FMT_EXTERNAL -I" + root + "/src -I" + root
                        + "/build/src -isystem " + root + "/third_party/fmt/include -isystem " + root + "/third_party/spdlog/include -isystem " + root
                        + "/third_party/zstd/lib -O2 -g -DNDEBUG -std=gnu++20 -fPIC -Wall -Wextra -Wpedantic -MD -MT " + obj + " -MF " + obj + ".d -o "
                        + obj + " -c " + root + "/src/storage/wal/segment_writer.cpp");
                g.add(root + "/src/storage/wal/segment_writer.cpp: In member function 'void storage::wal::SegmentWriter::flush()':");
                g.add(err1);
                g.add("   88 |     ::write(fd_, buffer_.data_ptr(), buffer_.size());");
                g.add("      |                          ^~~~~~~~");
                g.add("      |                          data");
                g.add(root + "/src/storage/wal/segment_writer.cpp: In member function 'storage::wal::Lsn storage::wal::SegmentWriter::append(const"
                        + " storage::wal::Record&)':");
                g.add(err2);
                g.add("  117 |     crc_ = checksum::crc32c(crc_, view, view.size());");
                g.add("      |                                   ^~~~");
                g.add("      |                                   |");
                g.add("      |                                   storage::wal::BufferView");
                g.add("In file included from " + root + "/src/storage/wal/segment_writer.cpp:7:");
                g.add(root + "/src/util/checksum.h:21:50: note:   initializing argument 2 of 'uint32_t checksum::crc32c(uint32_t, const std::byte*,"
                        + " std::size_t)'");
                g.add("   21 | uint32_t crc32c(uint32_t seed, const std::byte* data, std::size_t len);");
                g.add("      |                                ~~~~~~~~~~~~~~~~~^~~~");
                after = 0;
                continue;
            }
            if (e.file().startsWith("src/net/tls/") && !tlsWarned) {
                tlsWarned = true;
                String tls = root + "/" + e.file();
                g.add(tls + ": In member function 'bool net::tls::Context::load_dh_params(const std::string&)':");
                g.add(tls + ":57:35: warning: 'DH* PEM_read_bio_DHparams(BIO*, DH**, int (*)(char*, int, int, void*), void*)' is deprecated: Since"
                        + " OpenSSL 3.0 [-Wdeprecated-declarations]");
                g.add("   57 |     DH* dh = PEM_read_bio_DHparams(bio, nullptr, nullptr, nullptr);");
                g.add("      |              ~~~~~~~~~~~~~~~~~~~~~^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~");
                g.add("In file included from /usr/include/openssl/dh.h:20,");
                g.add("                 from " + tls + ":6:");
                g.add("/usr/include/openssl/dh.h:250:27: note: declared here");
                g.add("  250 | OSSL_DEPRECATEDIN_3_0 DH *PEM_read_bio_DHparams(BIO *bp, DH **x,");
                g.add("      |                           ^~~~~~~~~~~~~~~~~~~~~");
            } else if (e.file().startsWith("src/") && g.chance(0.15)) {
                gccWarning(g, root, e.file());
            }
        }
        g.add("ninja: build stopped: subcommand failed.");
        String text = g.text();
        requireLines(g, 110, 400);
        requireCount(text, "error:", 2);
        requireCount(text, "FAILED:", 1);
        return NeedleCase.named("fresh20_cmake_ninja", "build", "cmake-ninja")
                .shell("cmake --build build --parallel 16")
                .question("CI's engine build broke after my Buffer refactor. What exactly fails to compile, in which file and on which lines?")
                .heldAside()
                .build(text, List.of(Needle.contains(failed.strip()), Needle.exact(err1), Needle.exact(err2)));
    }

    // ---------------------------------------------------------------- kube-bench run

    private static final String[][] KUBE_BENCH = {
        {"master", "1", "Control Plane Security Configuration"},
        {"1.1", "Control Plane Node Configuration Files"},
        {"1.1.1", "Ensure that the API server pod specification file permissions are set to 600 or more restrictive (Automated)"},
        {"1.1.2", "Ensure that the API server pod specification file ownership is set to root:root (Automated)"},
        {"1.1.3", "Ensure that the controller manager pod specification file permissions are set to 600 or more restrictive (Automated)"},
        {"1.1.4", "Ensure that the controller manager pod specification file ownership is set to root:root (Automated)"},
        {"1.1.5", "Ensure that the scheduler pod specification file permissions are set to 600 or more restrictive (Automated)"},
        {"1.1.6", "Ensure that the scheduler pod specification file ownership is set to root:root (Automated)"},
        {"1.1.7", "Ensure that the etcd pod specification file permissions are set to 600 or more restrictive (Automated)"},
        {"1.1.8", "Ensure that the etcd pod specification file ownership is set to root:root (Automated)"},
        {"1.1.9", "Ensure that the Container Network Interface file permissions are set to 600 or more restrictive (Manual)"},
        {"1.1.10", "Ensure that the Container Network Interface file ownership is set to root:root (Manual)"},
        {"1.1.11", "Ensure that the etcd data directory permissions are set to 700 or more restrictive (Automated)"},
        {"1.1.12", "Ensure that the etcd data directory ownership is set to etcd:etcd (Automated)"},
        {"1.1.13", "Ensure that the admin.conf file permissions are set to 600 or more restrictive (Automated)"},
        {"1.1.14", "Ensure that the admin.conf file ownership is set to root:root (Automated)"},
        {"1.1.15", "Ensure that the scheduler.conf file permissions are set to 600 or more restrictive (Automated)"},
        {"1.1.16", "Ensure that the scheduler.conf file ownership is set to root:root (Automated)"},
        {"1.1.17", "Ensure that the controller-manager.conf file permissions are set to 600 or more restrictive (Automated)"},
        {"1.1.18", "Ensure that the controller-manager.conf file ownership is set to root:root (Automated)"},
        {"1.1.19", "Ensure that the Kubernetes PKI directory and file ownership is set to root:root (Automated)"},
        {"1.1.20", "Ensure that the Kubernetes PKI certificate file permissions are set to 600 or more restrictive (Manual)"},
        {"1.1.21", "Ensure that the Kubernetes PKI key file permissions are set to 600 (Manual)"},
        {"1.2", "API Server"},
        {"1.2.1", "Ensure that the --anonymous-auth argument is set to false (Manual)"},
        {"1.2.2", "Ensure that the --token-auth-file parameter is not set (Automated)"},
        {"1.2.3", "Ensure that the --DenyServiceExternalIPs is set (Manual)"},
        {"1.2.4", "Ensure that the --kubelet-client-certificate and --kubelet-client-key arguments are set as appropriate (Automated)"},
        {"1.2.5", "Ensure that the --kubelet-certificate-authority argument is set as appropriate (Automated)"},
        {"1.2.6", "Ensure that the --authorization-mode argument is not set to AlwaysAllow (Automated)"},
        {"1.2.7", "Ensure that the --authorization-mode argument includes Node (Automated)"},
        {"1.2.8", "Ensure that the --authorization-mode argument includes RBAC (Automated)"},
        {"1.2.9", "Ensure that the admission control plugin EventRateLimit is set (Manual)"},
        {"1.2.10", "Ensure that the admission control plugin AlwaysAdmit is not set (Automated)"},
        {"1.2.11", "Ensure that the admission control plugin AlwaysPullImages is set (Manual)"},
        {"1.2.12", "Ensure that the admission control plugin ServiceAccount is set (Automated)"},
        {"1.2.13", "Ensure that the admission control plugin NamespaceLifecycle is set (Automated)"},
        {"1.2.14", "Ensure that the admission control plugin NodeRestriction is set (Automated)"},
        {"1.2.15", "Ensure that the --profiling argument is set to false (Automated)"},
        {"1.2.16", "Ensure that the --audit-log-path argument is set (Automated)"},
        {"1.2.17", "Ensure that the --audit-log-maxage argument is set to 30 or as appropriate (Automated)"},
        {"1.2.18", "Ensure that the --audit-log-maxbackup argument is set to 10 or as appropriate (Automated)"},
        {"1.2.19", "Ensure that the --audit-log-maxsize argument is set to 100 or as appropriate (Automated)"},
        {"1.2.20", "Ensure that the --request-timeout argument is set as appropriate (Manual)"},
        {"1.2.21", "Ensure that the --service-account-lookup argument is set to true (Automated)"},
        {"1.2.22", "Ensure that the --service-account-key-file argument is set as appropriate (Automated)"},
        {"1.2.23", "Ensure that the --etcd-certfile and --etcd-keyfile arguments are set as appropriate (Automated)"},
        {"1.2.24", "Ensure that the --tls-cert-file and --tls-private-key-file arguments are set as appropriate (Automated)"},
        {"1.2.25", "Ensure that the --client-ca-file argument is set as appropriate (Automated)"},
        {"1.2.26", "Ensure that the --etcd-cafile argument is set as appropriate (Automated)"},
        {"1.2.27", "Ensure that the --encryption-provider-config argument is set as appropriate (Manual)"},
        {"1.2.28", "Ensure that encryption providers are appropriately configured (Manual)"},
        {"1.2.29", "Ensure that the API Server only makes use of Strong Cryptographic Ciphers (Manual)"},
        {"1.3", "Controller Manager"},
        {"1.3.1", "Ensure that the --terminated-pod-gc-threshold argument is set as appropriate (Manual)"},
        {"1.3.2", "Ensure that the --profiling argument is set to false (Automated)"},
        {"1.3.3", "Ensure that the --use-service-account-credentials argument is set to true (Automated)"},
        {"1.3.4", "Ensure that the --service-account-private-key-file argument is set as appropriate (Automated)"},
        {"1.3.5", "Ensure that the --root-ca-file argument is set as appropriate (Automated)"},
        {"1.3.6", "Ensure that the RotateKubeletServerCertificate argument is set to true (Automated)"},
        {"1.3.7", "Ensure that the --bind-address argument is set to 127.0.0.1 (Automated)"},
        {"1.4", "Scheduler"},
        {"1.4.1", "Ensure that the --profiling argument is set to false (Automated)"},
        {"1.4.2", "Ensure that the --bind-address argument is set to 127.0.0.1 (Automated)"},
        {"etcd", "2", "Etcd Node Configuration"},
        {"2.1", "Ensure that the --cert-file and --key-file arguments are set as appropriate (Automated)"},
        {"2.2", "Ensure that the --client-cert-auth argument is set to true (Automated)"},
        {"2.3", "Ensure that the --auto-tls argument is not set to true (Automated)"},
        {"2.4", "Ensure that the --peer-cert-file and --peer-key-file arguments are set as appropriate (Automated)"},
        {"2.5", "Ensure that the --peer-client-cert-auth argument is set to true (Automated)"},
        {"2.6", "Ensure that the --peer-auto-tls argument is not set to true (Automated)"},
        {"2.7", "Ensure that a unique Certificate Authority is used for etcd (Manual)"},
        {"controlplane", "3", "Control Plane Configuration"},
        {"3.1", "Authentication and Authorization"},
        {"3.1.1", "Client certificate authentication should not be used for users (Manual)"},
        {"3.1.2", "Service account token authentication should not be used for users (Manual)"},
        {"3.1.3", "Bootstrap token authentication should not be used for users (Manual)"},
        {"3.2", "Logging"},
        {"3.2.1", "Ensure that a minimal audit policy is created (Manual)"},
        {"3.2.2", "Ensure that the audit policy covers key security concerns (Manual)"},
        {"node", "4", "Worker Node Security Configuration"},
        {"4.1", "Worker Node Configuration Files"},
        {"4.1.1", "Ensure that the kubelet service file permissions are set to 600 or more restrictive (Automated)"},
        {"4.1.2", "Ensure that the kubelet service file ownership is set to root:root (Automated)"},
        {"4.1.3", "If proxy kubeconfig file exists ensure permissions are set to 600 or more restrictive (Manual)"},
        {"4.1.4", "If proxy kubeconfig file exists ensure ownership is set to root:root (Manual)"},
        {"4.1.5", "Ensure that the --kubeconfig kubelet.conf file permissions are set to 600 or more restrictive (Automated)"},
        {"4.1.6", "Ensure that the --kubeconfig kubelet.conf file ownership is set to root:root (Automated)"},
        {"4.1.7", "Ensure that the certificate authorities file permissions are set to 600 or more restrictive (Manual)"},
        {"4.1.8", "Ensure that the client certificate authorities file ownership is set to root:root (Manual)"},
        {"4.1.9", "If the kubelet config.yaml configuration file is being used validate permissions set to 600 or more restrictive (Automated)"},
        {"4.1.10", "If the kubelet config.yaml configuration file is being used validate file ownership is set to root:root (Automated)"},
        {"4.2", "Kubelet"},
        {"4.2.1", "Ensure that the --anonymous-auth argument is set to false (Automated)"},
        {"4.2.2", "Ensure that the --authorization-mode argument is not set to AlwaysAllow (Automated)"},
        {"4.2.3", "Ensure that the --client-ca-file argument is set as appropriate (Automated)"},
        {"4.2.4", "Verify that the --read-only-port argument is set to 0 (Manual)"},
        {"4.2.5", "Ensure that the --streaming-connection-idle-timeout argument is not set to 0 (Manual)"},
        {"4.2.6", "Ensure that the --make-iptables-util-chains argument is set to true (Automated)"},
        {"4.2.7", "Ensure that the --hostname-override argument is not set (Manual)"},
        {"4.2.8", "Ensure that the eventRecordQPS argument is set to a level which ensures appropriate event capture (Manual)"},
        {"4.2.9", "Ensure that the --tls-cert-file and --tls-private-key-file arguments are set as appropriate (Manual)"},
        {"4.2.10", "Ensure that the --rotate-certificates argument is not set to false (Automated)"},
        {"4.2.11", "Verify that the RotateKubeletServerCertificate argument is set to true (Manual)"},
        {"4.2.12", "Ensure that the Kubelet only makes use of Strong Cryptographic Ciphers (Manual)"},
        {"4.2.13", "Ensure that a limit is set on pod PIDs (Manual)"},
        {"policies", "5", "Kubernetes Policies"},
        {"5.1", "RBAC and Service Accounts"},
        {"5.1.1", "Ensure that the cluster-admin role is only used where required (Manual)"},
        {"5.1.2", "Minimize access to secrets (Manual)"},
        {"5.1.3", "Minimize wildcard use in Roles and ClusterRoles (Manual)"},
        {"5.1.4", "Minimize access to create pods (Manual)"},
        {"5.1.5", "Ensure that default service accounts are not actively used. (Manual)"},
        {"5.1.6", "Ensure that Service Account Tokens are only mounted where necessary (Manual)"},
        {"5.1.7", "Avoid use of system:masters group (Manual)"},
        {"5.1.8", "Limit use of the Bind, Impersonate and Escalate permissions in the Kubernetes cluster (Manual)"},
        {"5.1.9", "Minimize access to create persistent volumes (Manual)"},
        {"5.1.10", "Minimize access to the proxy sub-resource of nodes (Manual)"},
        {"5.1.11", "Minimize access to the approval sub-resource of certificatesigningrequests objects (Manual)"},
        {"5.1.12", "Minimize access to webhook configuration objects (Manual)"},
        {"5.1.13", "Minimize access to the service account token creation (Manual)"},
        {"5.2", "Pod Security Standards"},
        {"5.2.1", "Ensure that the cluster has at least one active policy control mechanism in place (Manual)"},
        {"5.2.2", "Minimize the admission of privileged containers (Manual)"},
        {"5.2.3", "Minimize the admission of containers wishing to share the host process ID namespace (Manual)"},
        {"5.2.4", "Minimize the admission of containers wishing to share the host IPC namespace (Manual)"},
        {"5.2.5", "Minimize the admission of containers wishing to share the host network namespace (Manual)"},
        {"5.2.6", "Minimize the admission of containers with allowPrivilegeEscalation (Manual)"},
        {"5.2.7", "Minimize the admission of root containers (Manual)"},
        {"5.2.8", "Minimize the admission of containers with the NET_RAW capability (Manual)"},
        {"5.2.9", "Minimize the admission of containers with added capabilities (Manual)"},
        {"5.2.10", "Minimize the admission of containers with capabilities assigned (Manual)"},
        {"5.2.11", "Minimize the admission of Windows HostProcess containers (Manual)"},
        {"5.2.12", "Minimize the admission of HostPath volumes (Manual)"},
        {"5.2.13", "Minimize the admission of containers which use HostPorts (Manual)"},
        {"5.3", "Network Policies and CNI"},
        {"5.3.1", "Ensure that the CNI in use supports NetworkPolicies (Manual)"},
        {"5.3.2", "Ensure that all Namespaces have NetworkPolicies defined (Manual)"},
        {"5.4", "Secrets Management"},
        {"5.4.1", "Prefer using Secrets as files over Secrets as environment variables (Manual)"},
        {"5.4.2", "Consider external secret storage (Manual)"},
        {"5.5", "Extensible Admission Control"},
        {"5.5.1", "Configure Image Provenance using ImagePolicyWebhook admission controller (Manual)"},
        {"5.7", "General Policies"},
        {"5.7.1", "Create administrative boundaries between resources using namespaces (Manual)"},
        {"5.7.2", "Ensure that the seccomp profile is set to docker/default in your Pod definitions (Manual)"},
        {"5.7.3", "Apply SecurityContext to your Pods and Containers (Manual)"},
        {"5.7.4", "The default namespace should not be used (Manual)"}};

    private static List<String> kubeBenchRemediation(String id, String title) {
        String flag = title.replaceAll(".*?(--[a-z-]+).*", "$1");
        boolean hasFlag = title.contains("--");
        switch (id) {
            case "1.1.12" -> {
                return List.of("On the etcd server node, get the etcd data directory, passed as an argument --data-dir,",
                        "from the command 'ps -ef | grep etcd'.", "Run the below command (based on the etcd data directory found above).",
                        "For example, chown etcd:etcd /var/lib/etcd");
            }
            case "4.1.1" -> {
                return List.of("Run the below command (based on the file location on your system) on the each worker node.",
                        "For example, chmod 600 /lib/systemd/system/kubelet.service");
            }
            case "4.2.1" -> {
                return List.of("If using a Kubelet config file, edit the file to set `authentication: anonymous: enabled` to", "`false`.",
                        "If using executable arguments, edit the kubelet service file", "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf on each"
                        + " worker node and", "set the below parameter in KUBELET_SYSTEM_PODS_ARGS variable.", "`--anonymous-auth=false`",
                        "Based on your system, restart the kubelet service. For example,", "systemctl daemon-reload", "systemctl restart kubelet.service");
            }
            default -> { }
        }
        if (title.contains("permissions")) {
            return List.of("Run the below command (based on the file location on your system) on the control plane node.",
                    "For example, chmod 600 <path/to/" + (id.startsWith("4.") ? "kubelet/files" : "cni/files") + ">");
        }
        if (title.contains("ownership")) {
            return List.of("Run the below command (based on the file location on your system) on the control plane node.",
                    "For example, chown root:root <path/to/" + (id.startsWith("4.") ? "kubelet/files" : "cni/files") + ">");
        }
        if (id.startsWith("1.2.") || id.startsWith("1.3.") || id.startsWith("1.4.")) {
            String component = id.startsWith("1.2.") ? "API server" : id.startsWith("1.3.") ? "Controller Manager" : "Scheduler";
            String file = id.startsWith("1.2.") ? "kube-apiserver" : id.startsWith("1.3.") ? "kube-controller-manager" : "kube-scheduler";
            return List.of("Edit the " + component + " pod specification file /etc/kubernetes/manifests/" + file + ".yaml",
                    "on the control plane node and set the below parameter.", hasFlag ? flag + "=<appropriate value>" : "Follow the documentation and"
                    + " configure the parameter as appropriate.");
        }
        if (id.startsWith("2.")) {
            return List.of("[Manual test]", "Follow the etcd documentation and create a dedicated certificate authority setup for the",
                    "etcd service.", "Then, edit the etcd pod specification file /etc/kubernetes/manifests/etcd.yaml on the", "master node and set the"
                    + " below parameter.", "--trusted-ca-file=</path/to/ca-file>");
        }
        if (id.startsWith("3.")) {
            return List.of(id.startsWith("3.2") ? "Create an audit policy file for your cluster." : "Alternative mechanisms provided by Kubernetes"
                    + " such as the use of OIDC should be", "implemented in place of " + (id.startsWith("3.2") ? "ad-hoc logging." : "static user"
                    + " credentials."));
        }
        if (id.startsWith("4.")) {
            return List.of("If using a Kubelet config file, edit the file to set the corresponding parameter to an appropriate value.",
                    "If using command line arguments, edit the kubelet service file", "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf on each"
                    + " worker node and", "set the below parameter in KUBELET_SYSTEM_PODS_ARGS variable.", hasFlag ? flag + "=<appropriate value>"
                    : "--pod-max-pids=<appropriate value>", "Based on your system, restart the kubelet service. For example,",
                    "systemctl daemon-reload", "systemctl restart kubelet.service");
        }
        if (id.startsWith("5.1")) {
            return List.of("Where possible, remove or restrict the roles and bindings this check lists.",
                    "Review the output of 'kubectl get clusterrolebindings,rolebindings -A -o wide' and", "grant the least privilege each subject needs.");
        }
        if (id.startsWith("5.2")) {
            return List.of("Add policies to each namespace in the cluster which has user workloads to restrict the",
                    "admission of the containers this check names.");
        }
        return List.of("Follow the Kubernetes documentation and apply the appropriate controls for your environment.");
    }

    /**
     * kube-bench run (CIS Kubernetes Benchmark 1.8) on a kubeadm control-plane node: the master, etcd, controlplane, node
     * and policies targets, each with its [INFO] group lines, [PASS], [FAIL] and [WARN] results, the remediations of every
     * failed and warned check and a summary, then the total. Four checks fail: 1.1.12 (etcd data directory owned by root),
     * 1.2.15 (API server profiling on), 4.1.1 (kubelet service file mode) and 4.2.1 (kubelet anonymous auth); every Manual
     * check warns. The question asks which checks fail (not the warnings) and how to fix the kubelet anonymous-auth one.
     */
    static NeedleCase kubeBench() {
        Gen g = new Gen(230_012);
        Set<String> fail = Set.of("1.1.12", "1.2.15", "4.1.1", "4.2.1");
        List<String> failLines = new ArrayList<>();
        String remedy = null;
        int totalPass = 0;
        int totalFail = 0;
        int totalWarn = 0;
        int i = 0;
        while (i < KUBE_BENCH.length) {
            String target = KUBE_BENCH[i][0];
            g.add("[INFO] " + KUBE_BENCH[i][1] + " " + KUBE_BENCH[i][2]);
            i++;
            List<String[]> remediations = new ArrayList<>();
            int pass = 0;
            int failed = 0;
            int warn = 0;
            for (; i < KUBE_BENCH.length && KUBE_BENCH[i].length == 2; i++) {
                String id = KUBE_BENCH[i][0];
                String title = KUBE_BENCH[i][1];
                if (!title.endsWith("(Automated)") && !title.endsWith("(Manual)")) {
                    g.add("[INFO] " + id + " " + title);
                    continue;
                }
                String status = fail.contains(id) ? "FAIL" : title.endsWith("(Manual)") ? "WARN" : "PASS";
                String line = "[" + status + "] " + id + " " + title;
                g.add(line);
                switch (status) {
                    case "FAIL" -> {
                        failed++;
                        failLines.add(line);
                        remediations.add(new String[] {id, title});
                    }
                    case "WARN" -> {
                        warn++;
                        remediations.add(new String[] {id, title});
                    }
                    default -> pass++;
                }
            }
            g.add("");
            g.add("== Remediations " + target + " ==");
            for (String[] r : remediations) {
                List<String> text = kubeBenchRemediation(r[0], r[1]);
                String first = r[0] + " " + text.get(0);
                g.add(first);
                if (r[0].equals("4.2.1")) {
                    remedy = first;
                }
                for (int k = 1; k < text.size(); k++) {
                    g.add(text.get(k));
                }
                g.add("");
            }
            g.add("");
            g.add("== Summary " + target + " ==");
            g.add(pass + " checks PASS");
            g.add(failed + " checks FAIL");
            g.add(warn + " checks WARN");
            g.add("0 checks INFO");
            g.add("");
            totalPass += pass;
            totalFail += failed;
            totalWarn += warn;
        }
        g.add("== Summary total ==");
        g.add(totalPass + " checks PASS");
        g.add(totalFail + " checks FAIL");
        g.add(totalWarn + " checks WARN");
        g.add("0 checks INFO");
        g.add("");
        String text = g.text();
        requireLines(g, 300, 900);
        requireCount(text, "[FAIL]", 4);
        if (failLines.size() != 4 || remedy == null) {
            throw new IllegalStateException("planted checks missing");
        }
        List<Needle> needles = new ArrayList<>();
        for (String l : failLines) {
            needles.add(Needle.exact(l));
        }
        needles.add(Needle.exact(remedy));
        return NeedleCase.named("fresh20_kube_bench", "lines", "kube-bench")
                .shell("kubectl exec -n kube-system kube-bench-cp-1 -- kube-bench run --benchmark cis-1.8")
                .question("Here is kube-bench on the new cluster's control-plane node. Which checks actually FAIL (ignore the WARNs for now), and"
                        + " what is the remediation for the kubelet anonymous-auth one?")
                .heldAside()
                .build(text, needles);
    }
}
