package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.Gen.fmt;
import static dev.headroom.benchmarks.needles.Inputs.lpad;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Inputs.pad;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;
import static dev.headroom.benchmarks.needles.Inputs.requireLines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nineteenth held-aside batch ({@code fresh18_*}), written on 2026-12-07 (session 11), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. Line-oriented tool outputs none of the other cases has: Slurm's {@code squeue}, {@code
 * ipmitool sensor} over a rack's BMCs, {@code sadf -d} (a day of sysstat CPU samples as semicolon-separated values), a
 * ClickHouse {@code system.query_log} query in {@code TSVWithNames}, {@code rpm -Va}, {@code hdfs dfs -ls -R}, {@code mix
 * test --trace}, {@code flutter test --reporter expanded}, {@code rg --vimgrep}, {@code zgrep -H} over rotated logs,
 * {@code helm diff upgrade} and {@code smartctl -H -A} over a storage node's disks. Never tuned on: reported as their own
 * set {@code fresh-18}, refused by {@code --case}.
 */
final class FreshCases18 {

    private FreshCases18() {}

    static List<NeedleCase> all() {
        return List.of(squeue(), ipmitoolSensor(), sadfCpu(), clickhouseQueryLog(), rpmVerify(), hdfsListing(), mixTestTrace(),
                flutterTestExpanded(), rgVimgrep(), zgrepRotated(), helmDiffUpgrade(), smartctlDisks());
    }

    private static <T> void shuffle(Gen g, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = g.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    // ---------------------------------------------------------------- squeue

    private static String slurmElapsed(int seconds) {
        int d = seconds / 86_400;
        int h = seconds % 86_400 / 3600;
        int m = seconds % 3600 / 60;
        int s = seconds % 60;
        if (d > 0) {
            return fmt("%d-%02d:%02d:%02d", d, h, m, s);
        }
        if (h > 0) {
            return fmt("%d:%02d:%02d", h, m, s);
        }
        return fmt("%d:%02d", m, s);
    }

    private static String squeueRow(String id, String part, String name, String user, String st, String time, int nodes, String where) {
        return squeueLine(id, part, name, user, st, time, String.valueOf(nodes), where);
    }

    private static String squeueLine(String id, String part, String name, String user, String st, String time, String nodes, String where) {
        return lpad(id, 18) + " " + lpad(part, 9) + " " + lpad(name.length() > 8 ? name.substring(0, 8) : name, 8) + " "
                + lpad(user.length() > 8 ? user.substring(0, 8) : user, 8) + " " + lpad(st, 2) + " " + lpad(time, 10) + " "
                + lpad(nodes, 6) + " " + where;
    }

    private static String nodeRange(String prefix, int digits, int first, int n) {
        String f = "%0" + digits + "d";
        if (n == 1) {
            return prefix + fmt(f, first);
        }
        return prefix + "[" + fmt(f, first) + "-" + fmt(f, first + n - 1) + "]";
    }

    /**
     * squeue with its default format on a university HPC cluster: about 330 pending jobs (mostly waiting on Priority,
     * Resources or a Dependency, some job arrays, a few held by their users or by QOS limits) and about 720 running jobs on
     * the cpu, gpu, bigmem and debug partitions. Two GPU nodes (gpu-a07, gpu-a19) are down. The question names job 7781342:
     * its row is the only one pending on ReqNodeNotAvail for those two nodes. It also asks whether anything is stuck: the
     * one job hanging in CG (completing) on gpu-a07 after its time limit, and the one job held after a failed launch.
     */
    static NeedleCase squeue() {
        Gen g = new Gen(210_001);
        String[] users = {"mkaur", "jlindqvist", "a.okafor", "pchen", "rgarcia", "tnguyen", "hbauer", "sdubois", "kowalski", "lrossi",
            "ysato", "mjensen", "fnovak", "oadeyemi", "cmurphy", "evolkova", "dkim", "bsilva", "nhansen", "gmoreau", "ipetrov",
            "zhangwei", "amehta", "jschmidt", "vortiz", "wlee", "kfischer", "tbrown", "smahmoud", "lmartin"};
        String[][] names = {{"cpu", "snakejob", "md_run", "vasp_rel", "nf-PROCESS", "preprocess", "bash", "gromacs", "cp2k_opt",
            "R_boot", "blast_chunk", "array_sim"}, {"gpu", "train_llm", "sweep_lr", "jupyter", "eval_ckpt", "alphafold", "diffusion",
            "finetune", "bash"}, {"bigmem", "assembly", "spades", "R_big", "trinity", "kraken2"}, {"debug", "bash", "test", "interactive"}};
        List<String> pending = new ArrayList<>();
        String target = squeueRow("7781342", "gpu", "train_llm", "mkaur", "PD", "0:00", 2,
                "(ReqNodeNotAvail, UnavailableNodes:gpu-a[07,19])");
        String held = squeueRow("7779015", "cpu", "nf-PROCESS", "tnguyen", "PD", "0:00", 1, "(launch failed requeued held)");
        int pid = 7_770_000;
        for (int i = 0; i < 330; i++) {
            pid += g.between(5, 60);
            if (i == 205) {
                pending.add(target);
                continue;
            }
            if (i == 120) {
                pending.add(held);
                continue;
            }
            String[] p = names[g.weighted(60, 28, 8, 4)];
            String reason = switch (g.weighted(52, 16, 12, 7, 5, 3, 2, 3)) {
                case 0 -> "(Priority)";
                case 1 -> "(Resources)";
                case 2 -> "(Dependency)";
                case 3 -> "(QOSMaxJobsPerUserLimit)";
                case 4 -> p[0].equals("gpu") ? "(QOSMaxGRESPerUser)" : "(AssocGrpCpuLimit)";
                case 5 -> "(JobHeldUser)";
                case 6 -> "(BeginTime)";
                default -> "(JobArrayTaskLimit)";
            };
            String id = String.valueOf(pid);
            if (g.chance(0.08) || reason.equals("(JobArrayTaskLimit)")) {
                int from = g.between(2, 40);
                id = pid + "_[" + from + "-" + (from + g.between(10, 400)) + (g.chance(0.3) ? "%" + g.between(4, 20) : "") + "]";
            }
            int nodes = p[0].equals("cpu") ? g.pick(1, 1, 1, 2, 4, 8) : p[0].equals("gpu") ? g.pick(1, 1, 1, 2, 4) : 1;
            pending.add(squeueRow(id, p[0], g.pick(List.of(p).subList(1, p.length)), g.pick(users), "PD", "0:00", nodes, reason));
        }
        List<String> running = new ArrayList<>();
        String stuck = squeueRow("7690417", "gpu", "finetune", "ipetrov", "CG", "2-00:00:04", 1, "gpu-a07");
        int rid = 7_690_000;
        for (int i = 0; i < 720; i++) {
            rid += g.between(20, 120);
            if (i == 3) {
                running.add(stuck);
                continue;
            }
            String[] p = names[g.weighted(66, 24, 6, 4)];
            int nodes;
            String where;
            switch (p[0]) {
                case "gpu" -> {
                    nodes = g.pick(1, 1, 1, 1, 2);
                    int first;
                    do {
                        first = g.between(1, 32 - nodes + 1);
                    } while (first <= 7 && first + nodes > 7 || first <= 19 && first + nodes > 19);
                    where = nodeRange("gpu-a", 2, first, nodes);
                }
                case "bigmem" -> {
                    nodes = 1;
                    where = nodeRange("bm", 2, g.between(1, 8), 1);
                }
                case "debug" -> {
                    nodes = 1;
                    where = nodeRange("cn", 3, g.between(321, 328), 1);
                }
                default -> {
                    nodes = g.pick(1, 1, 1, 1, 2, 2, 4, 8, 16);
                    where = nodeRange("cn", 3, g.between(1, 320 - nodes + 1), nodes);
                }
            }
            int limit = p[0].equals("debug") ? 3600 : p[0].equals("gpu") ? 172_800 : 259_200;
            String id = String.valueOf(rid);
            if (g.chance(0.1)) {
                id = rid + "_" + g.between(1, 300);
            }
            running.add(squeueRow(id, p[0], g.pick(List.of(p).subList(1, p.length)), g.pick(users), "R", slurmElapsed(g.between(4, limit - 60)),
                    nodes, where));
        }
        g.add(squeueLine("JOBID", "PARTITION", "NAME", "USER", "ST", "TIME", "NODES", "NODELIST(REASON)"));
        for (String l : pending) {
            g.add(l);
        }
        for (String l : running) {
            g.add(l);
        }
        String text = g.text();
        requireLines(g, 1000, 1100);
        requireCount(text, " CG ", 1);
        requireCount(text, "ReqNodeNotAvail", 1);
        requireCount(text, "launch failed", 1);
        requireCount(text, "gpu-a07", 1);
        requireCount(text, "7781342", 1);
        requireCount(text, "7779015", 1);
        requireCount(text, "gpu-a19", 0);
        return NeedleCase.named("fresh18_squeue", "table", "squeue")
                .shell("squeue")
                .question("My GPU training job 7781342 has been pending since yesterday evening. Why does it not start? And is anything on the"
                        + " cluster stuck right now, like jobs hanging in completing or held after a failed launch?")
                .heldAside()
                .build(text, List.of(Needle.exact(target), Needle.exact(stuck), Needle.exact(held)));
    }

    // ---------------------------------------------------------------- ipmitool sensor

    private static String ipmiRow(String name, String value, String unit, String status, String... thresholds) {
        StringBuilder sb = new StringBuilder(pad(name, 16)).append(" | ").append(pad(value, 10)).append(" | ").append(pad(unit, 10))
                .append(" | ").append(pad(status, 6));
        for (String t : thresholds) {
            sb.append("| ").append(pad(t, 10));
        }
        return sb.toString().stripTrailing();
    }

    private static String th(double v) {
        return fmt("%.3f", v);
    }

    /**
     * A loop of ipmitool sensor over the ten database servers of a rack (one "== host ==" line before each BMC's
     * readings): temperatures, twelve fans, fifteen voltages, power supply readings and discrete status sensors with their
     * six thresholds, all "ok" (absent fans "na"). On db-07 fan FAN4A reads 0 RPM, critical ("cr"); on db-03 the inlet
     * temperature is above its upper non-critical threshold ("nc"). The question asks which host and sensor the alert was
     * about and what else is out of range, so both readings and the host line above each are needed.
     */
    static NeedleCase ipmitoolSensor() {
        Gen g = new Gen(210_002);
        String[] temps = {"CPU1 Temp", "CPU2 Temp", "PCH Temp", "System Temp", "Peripheral Temp", "Inlet Temp", "Exhaust Temp",
            "VRMCpu1 Temp", "VRMCpu2 Temp", "P1-DIMMA~F Temp", "P1-DIMMG~L Temp", "P2-DIMMA~F Temp", "P2-DIMMG~L Temp", "NVMe_SSD Temp",
            "AOC_NIC Temp"};
        String[][] volts = {{"12V", "12.000"}, {"5VCC", "5.000"}, {"3.3VCC", "3.300"}, {"VBAT", "3.000"}, {"Vcpu1", "1.800"},
            {"Vcpu2", "1.800"}, {"VDimmP1ABC", "1.200"}, {"VDimmP1DEF", "1.200"}, {"VDimmP2ABC", "1.200"}, {"VDimmP2DEF", "1.200"},
            {"5VSB", "5.000"}, {"3.3VSB", "3.300"}, {"1.8V PCH", "1.800"}, {"PVNN PCH", "1.000"}, {"1.05V PCH", "1.050"}};
        String fanRow = null;
        String inletRow = null;
        String fanHost = null;
        String inletHost = null;
        for (int h = 1; h <= 10; h++) {
            String host = fmt("== db-%02d-bmc (10.60.1.%d) ==", h, 10 + h);
            g.add(host);
            boolean singleCpu = h == 9 || h == 10;
            for (String t : temps) {
                if (singleCpu && (t.startsWith("CPU2") || t.startsWith("VRMCpu2") || t.startsWith("P2-"))) {
                    g.add(ipmiRow(t, "na", "degrees C", "na", "na", "na", "na", "na", "na", "na"));
                    continue;
                }
                double base = switch (t) {
                    case "Inlet Temp" -> 22 + g.nextInt(6);
                    case "Exhaust Temp" -> 36 + g.nextInt(8);
                    case "CPU1 Temp", "CPU2 Temp" -> 46 + g.nextInt(18);
                    case "System Temp", "Peripheral Temp" -> 30 + g.nextInt(8);
                    default -> 34 + g.nextInt(14);
                };
                double unc = t.equals("Inlet Temp") ? 42 : t.startsWith("CPU") ? 88 : t.startsWith("NVMe") ? 70 : 80;
                String status = "ok";
                if (h == 3 && t.equals("Inlet Temp")) {
                    base = 44;
                    status = "nc";
                }
                String row = ipmiRow(t, th(base), "degrees C", status, th(t.startsWith("CPU") ? 5 : -9), th(t.startsWith("CPU") ? 5 : -7),
                        th(t.startsWith("CPU") ? 10 : -5), th(unc), th(unc + 5), th(unc + 10));
                if (status.equals("nc")) {
                    inletRow = row;
                    inletHost = host;
                }
                g.add(row);
            }
            for (int f = 1; f <= 6; f++) {
                for (String side : List.of("A", "B")) {
                    String name = "FAN" + f + side;
                    if (f == 6 && side.equals("B") && h % 2 == 0) {
                        g.add(ipmiRow(name, "na", "RPM", "na", "na", "na", "na", "na", "na", "na"));
                        continue;
                    }
                    double rpm = side.equals("A") ? 8400 + 140 * g.nextInt(20) : 7700 + 140 * g.nextInt(20);
                    String status = "ok";
                    if (h == 7 && name.equals("FAN4A")) {
                        rpm = 0;
                        status = "cr";
                    }
                    String row = ipmiRow(name, th(rpm), "RPM", status, th(420), th(560), th(700), th(25_200), th(25_340), th(25_480));
                    if (status.equals("cr")) {
                        fanRow = row;
                        fanHost = host;
                    }
                    g.add(row);
                }
            }
            for (String[] v : volts) {
                if (singleCpu && (v[0].equals("Vcpu2") || v[0].startsWith("VDimmP2"))) {
                    g.add(ipmiRow(v[0], "na", "Volts", "na", "na", "na", "na", "na", "na", "na"));
                    continue;
                }
                double nominal = Double.parseDouble(v[1]);
                double val = nominal * (0.985 + 0.03 * g.nextDouble());
                g.add(ipmiRow(v[0], th(val), "Volts", "ok", th(nominal * 0.85), th(nominal * 0.88), th(nominal * 0.9), th(nominal * 1.1),
                        th(nominal * 1.12), th(nominal * 1.15)));
            }
            for (int ps = 1; ps <= 2; ps++) {
                g.add(ipmiRow("PS" + ps + " Status", "0x1", "discrete", "0x0100", "na", "na", "na", "na", "na", "na"));
                int watts = 180 + g.nextInt(140);
                g.add(ipmiRow("PS" + ps + " Input Power", th(watts), "Watts", "ok", "na", "na", "na", "na", "na", "na"));
                g.add(ipmiRow("PS" + ps + " Curr Out %", th(watts / 16.0), "unspecified", "ok", "na", "na", "na", "na", "na", "na"));
                g.add(ipmiRow("PS" + ps + " Temperature", th(30 + g.nextInt(10)), "degrees C", "ok", "na", "na", "na", th(60), th(65),
                        th(70)));
            }
            g.add(ipmiRow("Chassis Intru", "0x0", "discrete", "0x0000", "na", "na", "na", "na", "na", "na"));
            g.add(ipmiRow("HDD Status", "0x1", "discrete", "0x0100", "na", "na", "na", "na", "na", "na"));
            g.add(ipmiRow("BMC Fw Health", "0x0", "discrete", "0x0000", "na", "na", "na", "na", "na", "na"));
        }
        String text = g.text();
        requireLines(g, 500, 600);
        requireCount(text, "| cr ", 1);
        requireCount(text, "| nc ", 1);
        return NeedleCase.named("fresh18_ipmitool_sensor", "table", "ipmitool-sensor")
                .shell("for h in db-{01..10}; do echo \"== $h-bmc ($(dig +short $h-bmc.mgmt)) ==\"; ipmitool -I lanplus -H $h-bmc.mgmt -U admin"
                        + " -E sensor; done")
                .question("The BMC alert mail for the database rack only said 'sensor threshold crossed'. Which host and which sensor is it?"
                        + " Is anything else outside its normal range?")
                .heldAside()
                .build(text, List.of(Needle.exact(fanHost), Needle.exact(fanRow), Needle.exact(inletHost), Needle.exact(inletRow)));
    }

    // ---------------------------------------------------------------- sadf -d

    /**
     * sadf -d of yesterday's sysstat file with per-CPU utilisation (-u -P ALL): a header, then every ten minutes one row
     * for all CPUs (CPU -1) and eight per-CPU rows, semicolon-separated. The nightly backup drives iowait up between 01:00
     * and 02:50 with its peak for all CPUs at 02:10 (61.87 %); at 14:20 a noisy neighbour shows as 23 % steal; at 09:41
     * the host restarted (a LINUX-RESTART row, then an interval since boot). The question asks exactly those three things.
     */
    static NeedleCase sadfCpu() {
        Gen g = new Gen(210_003);
        String host = "db-prod-2";
        g.add("# hostname;interval;timestamp;CPU;%user;%nice;%system;%iowait;%steal;%idle");
        String peak = null;
        String steal = null;
        String restart = host + ";-1;2026-12-06 09:41:17 UTC;LINUX-RESTART\t(8 CPU)";
        for (int slot = 1; slot < 144; slot++) {
            int h = slot / 6;
            int m = slot % 6 * 10;
            int interval = 600;
            if (h == 9 && m == 50) {
                interval = 524;
            }
            String ts = fmt("2026-12-06 %02d:%02d:%02d UTC", h, m, g.between(1, 2));
            boolean business = h >= 8 && h < 19;
            double user = business ? 14 + g.nextDouble() * 16 : 3 + g.nextDouble() * 6;
            double sys = user * (0.18 + g.nextDouble() * 0.1);
            double io = 0.1 + g.nextDouble() * 1.6;
            double st = g.nextDouble() * 0.3;
            boolean backup = h == 1 || h == 2;
            if (h == 1 || h == 2) {
                io = 9 + g.nextDouble() * (h == 1 ? 22 : 30);
                user = 6 + g.nextDouble() * 6;
            }
            if (h == 2 && m == 10) {
                io = 61.87;
            }
            if (h == 14 && m == 20) {
                st = 23.41;
            }
            double nice = g.chance(0.1) ? g.nextDouble() * 0.4 : 0;
            double idle = 100 - user - sys - io - st - nice;
            String row = fmt("%s;%d;%s;-1;%.2f;%.2f;%.2f;%.2f;%.2f;%.2f", host, interval, ts, user, nice, sys, io, st, idle);
            if (h == 2 && m == 10) {
                peak = row;
            }
            if (h == 14 && m == 20) {
                steal = row;
            }
            g.add(row);
            for (int c = 0; c < 8; c++) {
                double cu = Math.max(0, user * (0.6 + g.nextDouble() * 0.8));
                double cs = Math.max(0, sys * (0.6 + g.nextDouble() * 0.8));
                double ci = Math.min(io * (backup ? 0.75 + g.nextDouble() * 0.45 : 0.3 + g.nextDouble() * 1.4), 95 - cu - cs);
                double cst = st * (0.75 + g.nextDouble() * 0.5);
                double cn = nice > 0 && g.chance(0.3) ? nice * 4 : 0;
                double cid = Math.max(0, 100 - cu - cs - ci - cst - cn);
                g.add(fmt("%s;%d;%s;%d;%.2f;%.2f;%.2f;%.2f;%.2f;%.2f", host, interval, ts, c, cu, cn, cs, ci, cst, cid));
            }
            if (h == 9 && m == 40) {
                g.add(restart);
            }
        }
        String text = g.text();
        requireLines(g, 1250, 1300);
        requireCount(text, ";61.87;", 1);
        requireCount(text, ";23.41;", 1);
        requireCount(text, "LINUX-RESTART", 1);
        return NeedleCase.named("fresh18_sadf_cpu", "csv", "sadf-d")
                .shell("sadf -d /var/log/sa/sa06 -- -u -P ALL")
                .question("db-prod-2 was slow overnight while the backup ran. From yesterday's sar data: when did iowait peak across all CPUs and"
                        + " how high was it? Was CPU steal ever significant during the day, and did the host restart?")
                .heldAside()
                .build(text, List.of(Needle.exact(peak), Needle.exact(steal), Needle.exact(restart)));
    }

    // ---------------------------------------------------------------- clickhouse-client TSVWithNames

    private static String readable(double bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (bytes >= 1024 && u < units.length - 1) {
            bytes /= 1024;
            u++;
        }
        return fmt("%.2f %s", bytes, units[u]);
    }

    private static String chQuery(String q) {
        String cut = q.length() > 120 ? q.substring(0, 120) : q;
        return cut.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String chRow(int sec, Gen g, String user, String type, long ms, long rows, double mem, int code, String exception, String q) {
        return fmt("2026-12-07 %02d:%02d:%02d", sec / 3600, sec % 3600 / 60, sec % 60) + "\t" + uuid(g) + "\t" + user + "\t" + type + "\t" + ms
                + "\t" + rows + "\t" + readable(mem) + "\t" + code + "\t" + exception + "\t" + chQuery(q);
    }

    /**
     * clickhouse-client over system.query_log for today, one row per finished or failed query in TSVWithNames (a header
     * row, tab-separated, query text cut to 120 characters with its newlines escaped): Grafana dashboards, ETL inserts,
     * Superset, two analysts and admin queries, about 560 rows. The "revenue by region" panel's query failed twice in the
     * afternoon with MEMORY_LIMIT_EXCEEDED (code 241); a moment after the second failure Grafana was refused with
     * TOO_MANY_SIMULTANEOUS_QUERIES (202); an analyst's path query at 11:02 ran 184 s, three times longer than anything
     * else. Five other exceptions are an analyst's syntax errors, an unknown table and a cancelled query: not the answer.
     */
    static NeedleCase clickhouseQueryLog() {
        Gen g = new Gen(210_004);
        String[] grafanaQ = {
            "SELECT toStartOfMinute(ts) AS t, count() AS c FROM shop.events_dist WHERE ts >= now() - INTERVAL 6 HOUR AND service = 'checkout' GROUP BY t ORDER BY t",
            "SELECT toStartOfHour(order_time) AS t, sum(amount) AS revenue FROM shop.orders_dist WHERE order_time >= today() - 7 GROUP BY t ORDER BY t",
            "SELECT region, sum(amount) AS revenue FROM shop.orders_dist WHERE order_date >= today() - 30 GROUP BY region ORDER BY revenue DESC",
            "SELECT quantile(0.99)(duration_ms) AS p99 FROM shop.requests_dist WHERE ts >= now() - INTERVAL 1 HOUR AND route = '/api/cart'",
            "SELECT status, count() FROM shop.orders_dist WHERE order_time >= now() - INTERVAL 1 DAY GROUP BY status",
            "SELECT toStartOfFiveMinutes(ts) AS t, countIf(status >= 500) / count() AS err FROM shop.requests_dist WHERE ts >= now() - INTERVAL 3 HOUR GROUP BY t ORDER BY t"};
        String[] etlQ = {"INSERT INTO shop.events_local FORMAT RowBinary",
            "INSERT INTO shop.orders_local (order_id, customer_id, order_time, order_date, region, product_line, amount) FORMAT Native",
            "INSERT INTO shop.requests_local FORMAT RowBinaryWithNamesAndTypes",
            "INSERT INTO shop.sessions_local SELECT session_id, min(ts), max(ts), count() FROM shop.events_local WHERE ts >= now() - INTERVAL 1 HOUR GROUP BY session_id"};
        String[] supersetQ = {
            "SELECT customer_segment AS customer_segment,\n       count(DISTINCT customer_id) AS buyers\nFROM shop.orders_dist\nWHERE order_date >= '2026-11-01'\nGROUP BY customer_segment\nLIMIT 1000",
            "SELECT toStartOfWeek(order_date) AS __timestamp,\n       sum(amount) AS revenue\nFROM shop.orders_dist\nGROUP BY __timestamp\nORDER BY revenue DESC\nLIMIT 10000",
            "SELECT product_line AS product_line,\n       avg(amount) AS avg_basket\nFROM shop.orders_dist\nWHERE region = 'EU'\nGROUP BY product_line\nLIMIT 100"};
        String[] analystQ = {"SELECT count() FROM shop.events_dist WHERE event_type = 'add_to_cart' AND ts >= '2026-12-01'",
            "SELECT * FROM shop.orders_dist WHERE customer_id = 88412093 ORDER BY order_time DESC LIMIT 50",
            "SELECT region, uniq(customer_id) FROM shop.orders_dist WHERE order_date >= '2026-11-24' GROUP BY region",
            "SELECT event_type, count() FROM shop.events_dist WHERE ts >= today() GROUP BY event_type ORDER BY 2 DESC",
            "SELECT route, quantiles(0.5, 0.9, 0.99)(duration_ms) FROM shop.requests_dist WHERE ts >= today() - 1 GROUP BY route"};
        String[] adminQ = {"SELECT name, value FROM system.settings WHERE changed", "SELECT database, table, is_readonly, absolute_delay FROM system.replicas",
            "SHOW TABLES FROM shop", "SELECT table, sum(bytes_on_disk) FROM system.parts WHERE active GROUP BY table", "SELECT version()"};
        String revenueQ = "SELECT region, product_line, customer_segment, uniqExact(customer_id) AS buyers, sum(amount) AS revenue FROM"
                + " shop.orders_dist WHERE order_date >= '2025-12-01' GROUP BY region, product_line, customer_segment ORDER BY revenue DESC";
        String memEx = "Code: 241. DB::Exception: Memory limit (for query) exceeded: would use 9.32 GiB (attempt to allocate chunk of 134217728"
                + " bytes), maximum: 9.31 GiB.: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED) (version 24.8.4.13 (official build))";
        String tooMany = "Code: 202. DB::Exception: Too many simultaneous queries for user grafana. Current: 20, maximum: 20."
                + " (TOO_MANY_SIMULTANEOUS_QUERIES) (version 24.8.4.13 (official build))";
        List<Object[]> rows = new ArrayList<>();
        List<String> memRows = new ArrayList<>();
        int n = 556;
        for (int i = 0; i < n; i++) {
            int sec = 60 + g.nextInt(16 * 3600 + 29 * 60);
            int who = g.weighted(45, 25, 10, 12, 8);
            String user;
            String q;
            long ms;
            long read;
            double mem;
            String type = "QueryFinish";
            int code = 0;
            String ex = "";
            switch (who) {
                case 0 -> {
                    user = "grafana";
                    q = g.pick(grafanaQ);
                    ms = g.between(18, 2_600);
                    read = g.between(100_000, 60_000_000);
                    mem = g.between(4, 900) * 1_048_576.0 * (0.5 + g.nextDouble());
                }
                case 1 -> {
                    user = "etl";
                    q = g.pick(etlQ);
                    ms = q.startsWith("INSERT INTO shop.sessions") ? g.between(4_000, 44_000) : g.between(40, 3_100);
                    read = q.contains("SELECT") ? g.between(1_000_000, 90_000_000) : g.between(10_000, 900_000);
                    mem = g.between(8, 700) * 1_048_576.0 * (0.5 + g.nextDouble());
                }
                case 2 -> {
                    user = "superset";
                    q = g.pick(supersetQ);
                    ms = g.between(300, 22_000);
                    read = g.between(10_000_000, 900_000_000);
                    mem = g.between(50, 2_400) * 1_048_576.0 * (0.5 + g.nextDouble());
                }
                case 3 -> {
                    user = g.pick("analyst_jd", "analyst_mk");
                    q = g.pick(analystQ);
                    ms = g.between(30, 58_000);
                    read = g.between(1_000, 2_000_000_000);
                    mem = g.between(2, 3_000) * 1_048_576.0 * (0.5 + g.nextDouble());
                }
                default -> {
                    user = "default";
                    q = g.pick(adminQ);
                    ms = g.between(1, 40);
                    read = g.between(1, 5_000);
                    mem = g.between(1, 30) * 1_048_576.0 * (0.5 + g.nextDouble());
                }
            }
            if (i == 61 || i == 62 || i == 410) {
                user = "analyst_jd";
                type = "ExceptionBeforeStart";
                code = 62;
                q = i == 410 ? "SELECT region, count( FROM shop.orders_dist GROUP BY region" : "SELEC count() FROM shop.events_dist WHERE ts >= today()";
                ex = i == 410 ? "Code: 62. DB::Exception: Syntax error: failed at position 22 ('FROM'): FROM shop.orders_dist GROUP BY region. Expected"
                        + " one of: expression, ')'. (SYNTAX_ERROR) (version 24.8.4.13 (official build))"
                        : "Code: 62. DB::Exception: Syntax error: failed at position 1 ('SELEC'): SELEC count() FROM shop.events_dist WHERE ts >="
                        + " today(). Expected one of: Query, SELECT, WITH. (SYNTAX_ERROR) (version 24.8.4.13 (official build))";
                ms = 0;
                read = 0;
                mem = 0;
            } else if (i == 140) {
                user = "analyst_mk";
                type = "ExceptionBeforeStart";
                code = 60;
                q = "SELECT count() FROM shop.evnets_dist WHERE ts >= today()";
                ex = "Code: 60. DB::Exception: Unknown table expression identifier 'shop.evnets_dist' in scope SELECT count() FROM"
                        + " shop.evnets_dist WHERE ts >= today(). (UNKNOWN_TABLE) (version 24.8.4.13 (official build))";
                ms = 1;
                read = 0;
                mem = 0;
            } else if (i == 180) {
                user = "analyst_jd";
                type = "ExceptionWhileProcessing";
                code = 394;
                q = analystQ[4];
                ex = "Code: 394. DB::Exception: Query was cancelled. (QUERY_WAS_CANCELLED) (version 24.8.4.13 (official build))";
                ms = 21_408;
            }
            rows.add(new Object[] {sec, chRow(sec, g, user, type, ms, read, mem, code, ex, q)});
        }
        String slowRow = chRow(11 * 3600 + 2 * 60 + 19, g, "analyst_mk", "QueryFinish", 184_233, 8_412_907_331L, 6.12 * (1L << 30), 0, "",
                "SELECT user_id, groupArray(event_type) AS path FROM shop.events_dist WHERE ts >= '2026-06-01' GROUP BY user_id"
                        + " HAVING length(path) > 50");
        rows.add(new Object[] {11 * 3600 + 2 * 60 + 19, slowRow});
        for (int at : new int[] {14 * 3600 + 12 * 60 + 37, 14 * 3600 + 41 * 60 + 2}) {
            String r = chRow(at, g, "grafana", "ExceptionWhileProcessing", at % 2 == 1 ? 38_211 : 41_877, 1_904_118_220L + g.nextInt(90_000_000),
                    9.31 * (1L << 30), 241, memEx, revenueQ);
            memRows.add(r);
            rows.add(new Object[] {at, r});
        }
        String tooManyRow = chRow(14 * 3600 + 41 * 60 + 3, g, "grafana", "ExceptionBeforeStart", 0, 0, 0, 202, tooMany, grafanaQ[0]);
        rows.add(new Object[] {14 * 3600 + 41 * 60 + 3, tooManyRow});
        rows.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
        g.add("event_time\tquery_id\tuser\ttype\tquery_duration_ms\tread_rows\tmemory\texception_code\texception\tquery");
        for (Object[] r : rows) {
            g.add((String) r[1]);
        }
        String text = g.text();
        requireLines(g, 500, 600);
        requireCount(text, "MEMORY_LIMIT_EXCEEDED", 2);
        requireCount(text, "TOO_MANY_SIMULTANEOUS_QUERIES", 1);
        requireCount(text, "\t184233\t", 1);
        requireCount(text, "ExceptionBeforeStart", 5);
        requireCount(text, "ExceptionWhileProcessing", 3);
        return NeedleCase.named("fresh18_clickhouse_query_log", "csv", "clickhouse-tsv-with-names")
                .shell("clickhouse-client -h ch-1 --query \"SELECT event_time, query_id, user, type, query_duration_ms, read_rows,"
                        + " formatReadableSize(memory_usage) AS memory, exception_code, exception, substring(query, 1, 120) AS query FROM"
                        + " system.query_log WHERE event_date = today() AND type != 'QueryStart' AND is_initial_query ORDER BY event_time"
                        + " FORMAT TSVWithNames\"")
                .question("The 'Revenue by region' Grafana panel failed twice this afternoon. Which query failed and with what error? Did Grafana"
                        + " run into any other server limit around then? And which query was the slowest today, and whose was it?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(memRows), Needle.exact(tooManyRow), Needle.exact(slowRow)));
    }

    // ---------------------------------------------------------------- rpm -Va

    /**
     * rpm -Va on a web server built from a container-style image installed with tsflags=nodocs: hundreds of "missing
     * d" lines for stripped documentation and man pages, configuration files changed by Ansible ("c", digest and size),
     * the PAM symlinks authselect rewrote ("....L...."), mode and group changes on /var directories and ghost logs. Three
     * lines are packaged binaries whose size and digest changed: /usr/sbin/sshd, /usr/bin/ps and the pam_unix.so module.
     * The question asks whether any packaged binary or library was altered, leaving out configuration and docs.
     */
    static NeedleCase rpmVerify() {
        Gen g = new Gen(210_005);
        String[] pkgs = {"bash", "coreutils", "openssh-server", "openssh-clients", "sudo", "systemd", "glibc-common", "python3", "openssl",
            "curl", "nginx", "git-core", "vim-minimal", "tar", "gzip", "util-linux", "procps-ng", "shadow-utils", "pam", "rsyslog",
            "logrotate", "cronie", "chrony", "firewalld", "NetworkManager", "dnf", "rpm", "audit", "tzdata", "ca-certificates", "krb5-libs",
            "sqlite", "xz", "bzip2", "grep", "sed", "gawk", "findutils", "less", "which", "iproute", "iputils", "bind-utils", "nss",
            "gnupg2", "libxml2", "pcre2", "zstd", "jq", "lsof", "strace", "tcpdump", "rsync", "wget", "unzip", "diffutils", "file",
            "hostname", "kmod", "e2fsprogs", "lvm2", "dbus", "policycoreutils", "passwd", "psmisc", "acl", "attr", "cpio"};
        String[] docs = {"README", "NEWS", "AUTHORS", "ChangeLog", "THANKS", "TODO", "FAQ", "README.md", "CHANGES", "HISTORY", "BUGS",
            "CONTRIBUTING.md", "NEWS.old", "examples/sample.conf", "html/index.html", "html/manual.html", "README.Fedora", "SECURITY.md"};
        Map<String, List<String>> extra = new LinkedHashMap<>();
        extra.put("openssh-server", List.of("S.5....T.    /usr/sbin/sshd", "S.5....T.  c /etc/ssh/sshd_config"));
        extra.put("procps-ng", List.of("S.5....T.    /usr/bin/ps"));
        extra.put("pam", List.of("..5....T.    /usr/lib64/security/pam_unix.so", "S.5....T.  c /etc/security/limits.conf",
            "....L....  c /etc/pam.d/fingerprint-auth", "....L....  c /etc/pam.d/password-auth", "....L....  c /etc/pam.d/postlogin",
            "....L....  c /etc/pam.d/smartcard-auth", "....L....  c /etc/pam.d/system-auth"));
        extra.put("nginx", List.of("S.5....T.  c /etc/nginx/nginx.conf", ".M.......    /var/lib/nginx", ".M.......    /var/log/nginx"));
        extra.put("sudo", List.of("S.5....T.  c /etc/sudoers"));
        extra.put("chrony", List.of("S.5....T.  c /etc/chrony.conf", "......G..    /var/lib/chrony"));
        extra.put("rsyslog", List.of("S.5....T.  c /etc/rsyslog.conf"));
        extra.put("logrotate", List.of("S.5....T.  c /etc/logrotate.conf", ".M.......  g /var/lib/logrotate/logrotate.status"));
        extra.put("audit", List.of("S.5....T.  c /etc/audit/auditd.conf", "S.5....T.  c /etc/audit/rules.d/audit.rules"));
        extra.put("firewalld", List.of("S.5....T.  c /etc/firewalld/firewalld.conf", "..5....T.  c /etc/firewalld/zones/public.xml"));
        extra.put("systemd", List.of("S.5....T.  c /etc/systemd/journald.conf", "S.5....T.  c /etc/systemd/system.conf",
            ".M.......  g /var/log/btmp", ".M....G..  g /var/log/lastlog", "missing     /var/log/journal"));
        extra.put("dnf", List.of("S.5....T.  c /etc/dnf/dnf.conf"));
        extra.put("shadow-utils", List.of(".......T.  c /etc/login.defs", "S.5....T.  c /etc/default/useradd"));
        extra.put("cronie", List.of("S.5....T.  c /etc/sysconfig/crond"));
        extra.put("openssl", List.of("S.5....T.  c /etc/pki/tls/openssl.cnf"));
        extra.put("krb5-libs", List.of("S.5....T.  c /etc/krb5.conf"));
        extra.put("NetworkManager", List.of("S.5....T.  c /etc/NetworkManager/NetworkManager.conf"));
        extra.put("ca-certificates", List.of("S.5....T.  c /etc/pki/ca-trust/source/ca-bundle.legacy.crt"));
        extra.put("policycoreutils", List.of(".M.......  c /etc/selinux/semanage.conf"));
        extra.put("glibc-common", List.of("S.5....T.  c /etc/nsswitch.conf"));
        List<String> order = new ArrayList<>(List.of(pkgs));
        shuffle(g, order);
        for (String p : order) {
            TreeSet<String> lines = new TreeSet<>((a, b) -> a.substring(a.indexOf('/')).compareTo(b.substring(b.indexOf('/'))));
            int nd = g.between(2, 9);
            for (int i = 0; i < nd; i++) {
                lines.add("missing   d /usr/share/doc/" + p + "/" + g.pick(docs));
            }
            int nm = g.between(1, 9);
            for (int i = 0; i < nm; i++) {
                String sect = g.pick("1", "1", "1", "8", "5", "3");
                String cmd = p.replace("-server", "").replace("-clients", "").replace("-core", "").replace("-minimal", "")
                        .replace("-libs", "").replace("-common", "").replace("-utils", "").replace("-ng", "");
                String page = i == 0 ? cmd : cmd + g.pick("-config", "-check", "-query", "-list", "-remove", "-update", "-history", "-info",
                        "-stat", "-dump", "-verify", "-tool", "_conf", "-keygen", "-agent", "-ctl");
                lines.add("missing   d /usr/share/man/man" + sect + "/" + page + "." + sect + ".gz");
            }
            if (g.chance(0.25)) {
                lines.add("missing   d /usr/share/info/" + p + ".info.gz");
            }
            lines.addAll(extra.getOrDefault(p, List.of()));
            for (String l : lines) {
                g.add(l);
            }
        }
        String text = g.text();
        requireLines(g, 600, 900);
        requireCount(text, "    /usr/sbin/sshd\n", 1);
        requireCount(text, "    /usr/bin/ps\n", 1);
        requireCount(text, "pam_unix.so", 1);
        return NeedleCase.named("fresh18_rpm_verify", "listing", "rpm-Va")
                .shell("ssh prod-web-3 sudo rpm -Va")
                .question("Security flagged prod-web-3 for a possible compromise. Going by rpm -Va, has any packaged binary or library been altered?"
                        + " Ignore the config files (Ansible manages them) and the docs we strip from the image.")
                .heldAside()
                .build(text, List.of(Needle.exact("S.5....T.    /usr/sbin/sshd"), Needle.exact("S.5....T.    /usr/bin/ps"),
                        Needle.exact("..5....T.    /usr/lib64/security/pam_unix.so")));
    }

    // ---------------------------------------------------------------- hdfs dfs -ls -R

    private static String hdfsLine(boolean dir, long size, String when, String path) {
        return (dir ? "drwxr-xr-x   - " : "-rw-r--r--   3 ") + "etl hadoop " + lpad(String.valueOf(size), 10) + " " + when + " " + path;
    }

    /**
     * hdfs dfs -ls -R of a Hive table's warehouse folder: seven daily partitions, each with 24 hourly partitions holding a
     * zero-byte _SUCCESS marker and two to four Spark parquet part files, written a few minutes after the hour. One hour is
     * broken: dt=2026-12-05/hour=14 has no _SUCCESS, a zero-byte part file and a leftover _temporary folder of the aborted
     * attempt. The question names the day and asks which hours are incomplete and how.
     */
    static NeedleCase hdfsListing() {
        Gen g = new Gen(210_006);
        String root = "/warehouse/events";
        String brokenDir = null;
        String emptyPart = null;
        String tempDir = null;
        for (int d = 0; d < 7; d++) {
            int day = 30 + d;
            String dt = day <= 30 ? fmt("2026-11-%02d", day) : fmt("2026-12-%02d", day - 30);
            String next = day + 1 <= 30 ? fmt("2026-11-%02d", day + 1) : fmt("2026-12-%02d", day + 1 - 30);
            String dayPath = root + "/dt=" + dt;
            List<String> hours = new ArrayList<>();
            String last = null;
            for (int h = 0; h < 24; h++) {
                String hourPath = dayPath + fmt("/hour=%02d", h);
                boolean broken = dt.equals("2026-12-05") && h == 14;
                String when = h == 23 ? next + fmt(" 00:%02d", g.between(4, 19)) : dt + fmt(" %02d:%02d", h + 1, g.between(4, 19));
                last = when;
                String id = uuid(g);
                int parts = broken ? 2 : g.between(2, 4);
                List<String> files = new ArrayList<>();
                if (!broken) {
                    files.add(hdfsLine(false, 0, when, hourPath + "/_SUCCESS"));
                }
                for (int p = 0; p < parts; p++) {
                    long size = broken && p == 1 ? 0 : (long) g.between(38_000_000, 134_000_000) + g.nextInt(1000);
                    String line = hdfsLine(false, size, when, hourPath + fmt("/part-%05d-%s-c000.snappy.parquet", p, id));
                    if (broken && p == 1) {
                        emptyPart = line;
                    }
                    files.add(line);
                }
                String hourLine = hdfsLine(true, 0, when, hourPath);
                hours.add(hourLine);
                if (broken) {
                    brokenDir = hourLine;
                    tempDir = hdfsLine(true, 0, when, hourPath + "/_temporary");
                    files.add(tempDir);
                    files.add(hdfsLine(true, 0, when, hourPath + "/_temporary/0"));
                }
                hours.addAll(files);
            }
            g.add(hdfsLine(true, 0, last, dayPath));
            for (String l : hours) {
                g.add(l);
            }
        }
        String text = g.text();
        requireLines(g, 700, 950);
        requireCount(text, "_temporary", 2);
        requireCount(text, "_SUCCESS", 7 * 24 - 1);
        requireCount(text, "hadoop          0 ", 7 + 7 * 24 + 7 * 24 - 1 + 1 + 2);
        return NeedleCase.named("fresh18_hdfs_listing", "listing", "hdfs-dfs-ls-R")
                .shell("hdfs dfs -ls -R /warehouse/events")
                .question("The events load for dt=2026-12-05 reported success, but downstream row counts for that day are low. Which hour"
                        + " partitions of that day are incomplete: no _SUCCESS marker, empty part files or leftover temporary output?")
                .heldAside()
                .build(text, List.of(Needle.exact(brokenDir), Needle.exact(emptyPart), Needle.exact(tempDir)));
    }

    // ---------------------------------------------------------------- mix test --trace

    /**
     * mix test --trace of a Phoenix shop (ExUnit, synchronous, one line per test with its time and line): compile
     * warnings first, then about 70 test modules (about 600 tests) in random order, a few captured-log lines of tests that exercise failure
     * paths ([error] and [warning] lines that are expected), three skipped tests, and two failures: the refund rounding
     * assertion (left "€12.49", right "€12.50") in Shop.PaymentsTest and a MatchError on {:error, :insufficient_stock} in
     * Shop.Inventory.ReservationTest. The question asks which tests fail, with what, and where: both failure headers,
     * what each failed on, and the summary line.
     */
    static NeedleCase mixTestTrace() {
        Gen g = new Gen(210_007);
        String[] contexts = {"Cart", "Checkout", "Payments", "Refunds", "Orders", "Inventory.Reservation", "Inventory.Stock", "Catalog",
            "Catalog.Search", "Pricing", "Tax", "Shipping", "Shipping.Carriers", "Accounts", "Accounts.Session", "Auth.Token",
            "Notifications", "Notifications.Mailer", "Promotions", "Promotions.Coupon", "Reviews", "Wishlist", "Addresses", "Currency",
            "Subscriptions", "Invoices", "Webhooks", "Cache.Store", "Audit", "Reports", "Imports", "Exports", "Fraud", "Loyalty",
            "GiftCards", "Returns", "Warehouse", "Suppliers", "Media", "Sitemap"};
        String[] funs = {"create", "update", "delete", "get", "list", "fetch", "apply", "calculate", "validate", "changeset", "reserve",
            "release", "cancel", "confirm", "refund", "normalize", "parse", "render", "dispatch", "handle_event", "handle_info", "expire"};
        String[] descs = {"returns ok with valid attrs", "returns error changeset with invalid attrs", "raises on unknown id",
            "broadcasts the change", "is idempotent", "respects the tenant", "rounds half up", "keeps the original snapshot",
            "paginates by cursor", "filters soft deleted rows", "orders by inserted_at desc", "enqueues an Oban job", "times out after 5s",
            "rejects an expired token", "uses the default currency", "handles an empty list", "merges duplicate lines",
            "writes an audit entry", "caches the result", "invalidates the cache", "retries on a stale entry", "sends one email",
            "works without a session", "requires an admin", "returns 404 for another customer", "returns 422 for bad params",
            "renders the template", "emits telemetry", "accepts iso codes", "strips whitespace"};
        List<String> modules = new ArrayList<>();
        for (String c : contexts) {
            modules.add("Shop." + c + "Test");
            if (g.chance(0.45)) {
                modules.add("ShopWeb." + c.replace(".", "") + "ControllerTest");
            }
            if (g.chance(0.25)) {
                modules.add("ShopWeb." + c.replace(".", "") + "LiveTest");
            }
        }
        shuffle(g, modules);
        g.add("==> shop");
        g.add("Compiling 214 files (.ex)");
        String[][] warnings = {{"variable \"opts\" is unused (if the variable is not meant to be used, prefix it with an underscore)",
            "  def handle_call(:flush, _from, opts) do", "lib/shop/cache/store.ex:42:34: Shop.Cache.Store.handle_call/3"},
            {"Shop.Mailer.deliver_later/1 is deprecated. Use Shop.Mailer.deliver/2 with async: true instead",
                "    |> Shop.Mailer.deliver_later()", "lib/shop/notifications.ex:77:20: Shop.Notifications.send_receipt/1"},
            {"this clause for parse/1 cannot match because a previous clause at line 18 always matches",
                "  def parse(%{\"amount\" => amount}), do: {:ok, amount}", "lib/shop/webhooks/stripe.ex:23:7"},
            {"unused alias Money", "  alias Shop.Money", "lib/shop/loyalty.ex:4:3"}};
        for (String[] w : warnings) {
            String[] at = w[2].split("[:]");
            g.add("    warning: " + w[0]);
            g.add("    │");
            g.add(fmt("%3s │ %s", at[1], w[1]));
            g.add("    │ " + " ".repeat(Integer.parseInt(at[2]) - 1) + "~");
            g.add("    │");
            g.add("    └─ " + w[2]);
            g.add("");
        }
        g.add("Generated shop app");
        g.add("Excluding tags: [:integration, :external]");
        g.add("");
        g.add("Running ExUnit with seed: 482913, max_cases: 1");
        g.add("");
        int tests = 0;
        int skipped = 0;
        String fail1 = null;
        String left = "     left:  \"€12.49\"";
        String fail2 = null;
        String match = "     ** (MatchError) no match of right hand side value: {:error, :insufficient_stock}";
        int failures = 0;
        for (String m : modules) {
            String base = m.replace("Test", "");
            String snake = base.replace("ShopWeb.", "shop_web/").replace("Shop.", "shop/").replace(".", "/")
                    .replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            String file = "test/" + snake + "_test.exs";
            g.add(m + " [" + file + "]");
            int n = g.between(4, 14);
            int line = g.between(8, 20);
            Set<String> used = new HashSet<>();
            for (int t = 0; t < n; t++) {
                String name = m.contains("Controller") || m.contains("Live")
                        ? g.pick("GET ", "POST ", "PUT ", "DELETE ", "mount ", "handle_event ") + g.pick(descs)
                        : g.pick(funs) + "/" + g.between(1, 3) + " " + g.pick(descs);
                if (!used.add(name)) {
                    continue;
                }
                line += g.between(6, 24);
                tests++;
                if (tests == 97 || tests == 263 || tests == 411) {
                    skipped++;
                    g.add("  * test " + name + " (skipped) [L#" + line + "]");
                    continue;
                }
                g.add(fmt("  * test %s (%.1fms) [L#%d]", name, g.chance(0.85) ? 0.2 + g.nextDouble() * 40 : 40 + g.nextDouble() * 900, line));
                if (g.chance(0.012)) {
                    g.add("");
                    g.add(fmt("%02d:%02d:%02d.%03d [%s] %s", 10, g.between(14, 15), g.between(0, 59), g.nextInt(1000), g.pick("error", "warning"),
                            g.pick("GenServer Shop.Cache.Store terminating", "Stripe webhook signature mismatch, ignoring event",
                                    "Oban job Shop.Workers.SyncStock attempt 1 failed: :timeout", "Mailer: bounced address test@example.com")));
                    g.add("");
                }
            }
            if (m.equals("Shop.PaymentsTest")) {
                tests++;
                failures++;
                g.add("  * test refund/2 refunds a partial amount (4.1ms) [L#88]");
                g.add("");
                fail1 = fmt("  %d) test refund/2 refunds a partial amount (Shop.PaymentsTest)", failures);
                g.add(fail1);
                g.add("     test/shop/payments_test.exs:88");
                g.add("     Assertion with == failed");
                g.add("     code:  assert Money.to_string(refund.amount) == \"€12.50\"");
                g.add(left);
                g.add("     right: \"€12.50\"");
                g.add("     stacktrace:");
                g.add("       test/shop/payments_test.exs:97: (test)");
                g.add("");
            }
            if (m.equals("Shop.Inventory.ReservationTest")) {
                tests++;
                failures++;
                g.add("  * test reserve/2 reserves stock for every line (12.7ms) [L#131]");
                g.add("");
                fail2 = fmt("  %d) test reserve/2 reserves stock for every line (Shop.Inventory.ReservationTest)", failures);
                g.add(fail2);
                g.add("     test/shop/inventory/reservation_test.exs:131");
                g.add(match);
                g.add("     code: {:ok, reservation} = Inventory.reserve(order, lines)");
                g.add("     stacktrace:");
                g.add("       test/shop/inventory/reservation_test.exs:136: (test)");
                g.add("");
            }
            g.add("");
        }
        g.add(fmt("Finished in %.1f seconds (0.00s async, %.1fs sync)", 44.2, 44.2));
        String summary = fmt("%d tests, %d failures, 14 excluded, %d skipped", tests, failures, skipped);
        g.add(summary);
        g.add("");
        g.add("Randomized with seed 482913");
        String text = g.text();
        requireLines(g, 650, 1000);
        requireCount(text, "Shop.PaymentsTest [", 1);
        requireCount(text, "Shop.Inventory.ReservationTest [", 1);
        requireCount(text, "  1) test", 1);
        requireCount(text, "  2) test", 1);
        requireCount(text, "  3) test", 0);
        requireCount(text, "(skipped)", 3);
        return NeedleCase.named("fresh18_mix_test_trace", "build", "mix-test-trace")
                .shell("MIX_ENV=test mix test --trace")
                .question("mix test fails on CI since my change to refund rounding. Which tests fail, on what assertion or error, and where?")
                .heldAside()
                .build(text, List.of(Needle.exact(fail1), Needle.exact(left), Needle.exact(fail2), Needle.exact(match), Needle.exact(summary)));
    }

    // ---------------------------------------------------------------- flutter test --reporter expanded

    /**
     * flutter test --reporter expanded of a shop app on CI: a loading line per test file, then one line per test with the
     * elapsed time and the running counts (+passed ~skipped -failed), some debugPrint output of the app, three skipped
     * platform tests with their reasons, and two failures, each an exception block framed by box-drawing lines followed by
     * an "[E]" line: CheckoutButton stays enabled while the order is submitting (Expected: false, Actual: true) and the dark
     * ProductCard golden differs by 2.31 %. The question asks which tests fail and why.
     */
    static NeedleCase flutterTestExpanded() {
        Gen g = new Gen(210_008);
        String[][] files = {{"test/models/cart_test.dart", "Cart"}, {"test/models/money_test.dart", "Money"},
            {"test/models/order_test.dart", "Order"}, {"test/models/product_test.dart", "Product"},
            {"test/services/api_client_test.dart", "ApiClient"}, {"test/services/auth_service_test.dart", "AuthService"},
            {"test/services/cart_repository_test.dart", "CartRepository"}, {"test/services/checkout_service_test.dart", "CheckoutService"},
            {"test/services/analytics_test.dart", "Analytics"}, {"test/services/payment_sheet_test.dart", "PaymentSheet"},
            {"test/blocs/cart_bloc_test.dart", "CartBloc"}, {"test/blocs/checkout_bloc_test.dart", "CheckoutBloc"},
            {"test/blocs/search_bloc_test.dart", "SearchBloc"}, {"test/blocs/wishlist_bloc_test.dart", "WishlistBloc"},
            {"test/widgets/cart_page_test.dart", "CartPage"}, {"test/widgets/checkout_button_test.dart", "CheckoutButton"},
            {"test/widgets/product_card_test.dart", "ProductCard"}, {"test/widgets/product_list_test.dart", "ProductList"},
            {"test/widgets/search_bar_test.dart", "SearchBar"}, {"test/widgets/address_form_test.dart", "AddressForm"},
            {"test/widgets/order_history_test.dart", "OrderHistory"}, {"test/widgets/login_page_test.dart", "LoginPage"},
            {"test/widgets/price_tag_test.dart", "PriceTag"}, {"test/widgets/rating_stars_test.dart", "RatingStars"},
            {"test/goldens/product_card_golden_test.dart", "ProductCard"}, {"test/goldens/cart_page_golden_test.dart", "CartPage"},
            {"test/utils/formatters_test.dart", "formatPrice"}, {"test/utils/validators_test.dart", "validateEmail"},
            {"test/utils/debounce_test.dart", "Debouncer"}, {"test/l10n/l10n_test.dart", "AppLocalizations"}};
        String[] behaviours = {"renders the title", "shows a spinner while loading", "shows an error banner on failure", "formats the price",
            "updates the badge count", "calls onTap", "is accessible with semantics", "handles an empty list", "emits [loading, loaded]",
            "emits [loading, error] when the api fails", "retries once on timeout", "persists to shared preferences", "clears on logout",
            "uses the locale currency", "scrolls to the first error", "validates the postcode", "debounces input by 300ms",
            "caches the response", "refreshes the token", "maps the json payload", "sorts by price ascending", "filters out of stock items",
            "supports dark mode", "truncates long names", "shows the discount", "navigates to details", "restores state after rebuild"};
        String root = "/builds/shop/shop_app/";
        int pass = 0;
        int skip = 0;
        int fail = 0;
        int clock = 0;
        for (String[] f : files) {
            g.add(fmt("%02d:%02d +%d: loading %s%s", clock / 60, clock % 60, pass, root, f[0]));
        }
        String checkoutE = null;
        String goldenE = null;
        String goldenMsg = "Golden \"goldens/product_card_dark.png\": Pixel test failed, 2.31%, 7384px diff detected.";
        String[][] skips = {{"test/services/payment_sheet_test.dart", "PaymentSheet opens Apple Pay", "Apple Pay is only available on iOS"},
            {"test/services/payment_sheet_test.dart", "PaymentSheet opens Google Pay", "needs a Play Services platform channel"},
            {"test/widgets/login_page_test.dart", "LoginPage signs in with biometrics", "local_auth has no test implementation"}};
        for (String[] f : files) {
            int n = g.between(12, 30);
            Set<String> used = new HashSet<>();
            for (int t = 0; t < n; t++) {
                String desc = f[1] + " " + g.pick(behaviours);
                if (!used.add(desc)) {
                    continue;
                }
                clock += g.chance(0.2) ? 1 : 0;
                String counts = fmt("%02d:%02d +%d%s%s: ", clock / 60, clock % 60, pass, skip > 0 ? " ~" + skip : "", fail > 0 ? " -" + fail : "");
                g.add(counts + f[0] + ": " + desc);
                if (g.chance(0.05)) {
                    g.add("flutter: " + g.pick("[Analytics] track screen_view {name: " + f[1] + "}", "[ApiClient] GET /v2/products?page=1 200 (12ms)",
                            "[CartRepository] restored 3 lines from prefs", "[Auth] token refresh scheduled in 3540s"));
                }
                pass++;
            }
            for (String[] s : skips) {
                if (s[0].equals(f[0])) {
                    String counts = fmt("%02d:%02d +%d%s%s: ", clock / 60, clock % 60, pass, skip > 0 ? " ~" + skip : "", fail > 0 ? " -" + fail : "");
                    g.add(counts + f[0] + ": " + s[1] + " (skipped)");
                    skip++;
                    g.add("  Skip: " + s[2]);
                }
            }
            if (f[0].equals("test/widgets/checkout_button_test.dart") || f[0].equals("test/goldens/product_card_golden_test.dart")) {
                boolean golden = f[0].contains("golden");
                String desc = golden ? "ProductCard matches golden in dark mode" : "CheckoutButton is disabled while the order is submitting";
                String counts = fmt("%02d:%02d +%d%s%s: ", clock / 60, clock % 60, pass, skip > 0 ? " ~" + skip : "", fail > 0 ? " -" + fail : "");
                g.add(counts + f[0] + ": " + desc);
                g.add("══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞════════════════════════════════════════════════════");
                if (golden) {
                    g.add("The following assertion was thrown while running async test code:");
                    g.add(goldenMsg);
                    g.add("Failure feedback can be found at " + root + "test/goldens/failures");
                    g.add("");
                    g.add("When the exception was thrown, this was the stack:");
                    g.add("#0      LocalFileComparator.compare (package:flutter_test/src/_goldens_io.dart:101:7)");
                    g.add("<asynchronous suspension>");
                    g.add("#1      MatchesGoldenFile.matchAsync.<anonymous closure> (package:flutter_test/src/_matchers_io.dart:44:34)");
                    g.add("<asynchronous suspension>");
                    g.add("(elided one frame from package:stack_trace)");
                } else {
                    g.add("The following TestFailure was thrown running a test:");
                    g.add("Expected: false");
                    g.add("  Actual: <true>");
                    g.add("");
                    g.add("When the exception was thrown, this was the stack:");
                    g.add("#4      main.<anonymous closure>.<anonymous closure> (file://" + root + "test/widgets/checkout_button_test.dart:57:7)");
                    g.add("<asynchronous suspension>");
                    g.add("#5      testWidgets.<anonymous closure>.<anonymous closure> (package:flutter_test/src/widget_tester.dart:189:15)");
                    g.add("<asynchronous suspension>");
                    g.add("(elided one frame from package:stack_trace)");
                    g.add("");
                    g.add("This was caught by the test expectation on the following line:");
                    g.add("  file://" + root + "test/widgets/checkout_button_test.dart line 57");
                }
                g.add("");
                g.add("The test description was:");
                g.add("  " + desc);
                g.add("════════════════════════════════════════════════════════════════════════════════════════════════════");
                fail++;
                String e = fmt("%02d:%02d +%d%s -%d: ", clock / 60, clock % 60, pass, skip > 0 ? " ~" + skip : "", fail) + f[0] + ": " + desc + " [E]";
                g.add(e);
                g.add("  Test failed. See exception logs above.");
                g.add("  The test description was: " + desc);
                g.add("");
                if (golden) {
                    goldenE = e;
                } else {
                    checkoutE = e;
                }
            }
        }
        clock += 3;
        String end = fmt("%02d:%02d +%d ~%d -%d: Some tests failed.", clock / 60, clock % 60, pass, skip, fail);
        g.add(end);
        String text = g.text();
        requireLines(g, 500, 1000);
        requireCount(text, "[E]", 2);
        requireCount(text, "Expected: false", 1);
        return NeedleCase.named("fresh18_flutter_test_expanded", "build", "flutter-test-expanded")
                .shell("flutter test --reporter expanded")
                .question("The Flutter CI job is red on my PR. Which tests fail, and why?")
                .heldAside()
                .build(text, List.of(Needle.exact(checkoutE), Needle.exact("Expected: false"), Needle.exact(goldenE), Needle.exact(goldenMsg),
                        Needle.exact(end)));
    }

    // ---------------------------------------------------------------- rg --vimgrep

    private static void vimgrep(List<String> out, String file, int line, String code) {
        for (int at = code.indexOf("moment"); at >= 0; at = code.indexOf("moment", at + 1)) {
            out.add(file + ":" + line + ":" + (at + 1) + ":" + code);
        }
    }

    /**
     * rg --vimgrep moment src/ in a React and TypeScript front end (one line per match: path, line, column, the line;
     * a line with two matches twice): imports, moment() calls, durations, jest mocks and "momentum" in a swipe hook, about
     * 230 files. The question names src/billing: three files there still use moment (each a needle, any of its lines),
     * and asks for calls of moment.tz, which needs moment-timezone: one line in src/reports/exportSchedule.ts.
     */
    static NeedleCase rgVimgrep() {
        Gen g = new Gen(210_009);
        String[] dirs = {"src/components/Calendar", "src/components/DatePicker", "src/components/Table", "src/components/Timeline",
            "src/components/Chart", "src/components/Badge", "src/components/Carousel", "src/pages/orders", "src/pages/customers",
            "src/pages/dashboard", "src/pages/settings", "src/hooks", "src/utils", "src/features/scheduling", "src/features/inbox",
            "src/features/analytics", "src/features/shipments", "src/features/returns", "src/admin", "src/admin/audit", "src/reports",
            "src/api", "src/store/slices", "src/i18n"};
        String[] stems = {"Header", "Cell", "Row", "List", "Panel", "Modal", "Form", "Filter", "Summary", "Tooltip", "Legend", "Range",
            "Picker", "View", "Card", "Footer", "Toolbar", "Drawer", "Item", "Details"};
        String[] uses = {"  const start = moment(range.from).startOf('day');", "  const end = moment(range.to).endOf('day');",
            "  return moment(value).format('YYYY-MM-DD');", "  const label = moment(date).fromNow();",
            "    {moment(row.createdAt).format('DD MMM YYYY, HH:mm')}", "  const elapsed = moment.duration(ms).humanize();",
            "  if (moment(a).isBefore(b)) {", "  const iso = moment.utc(ts).toISOString();", "  const diff = moment(end).diff(moment(start), 'days');",
            "      .sort((a, b) => moment(b.updatedAt).valueOf() - moment(a.updatedAt).valueOf())",
            "  const week = moment().isoWeek();", "  moment.locale(i18n.language);", "  const today = moment().format('L');",
            "  const valid = moment(input, 'DD/MM/YYYY', true).isValid();", "    deadline: moment().add(14, 'days').toDate(),"};
        List<String> out = new ArrayList<>();
        List<List<String>> perFile = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 226; i++) {
            String dir = g.pick(dirs);
            String file;
            do {
                String stem = dir.substring(dir.lastIndexOf('/') + 1);
                String cap = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
                file = dir + "/" + (dir.startsWith("src/hooks") ? "use" + g.pick(stems) + g.pick("Range", "Date", "Timer", "Week") + ".ts"
                        : dir.startsWith("src/utils") || dir.startsWith("src/api") || dir.startsWith("src/store") || dir.startsWith("src/i18n")
                        ? g.pick("date", "format", "time", "period", "schedule", "calendar") + g.pick("", "Utils", "Helpers", "s") + ".ts"
                        : cap + g.pick(stems) + ".tsx");
                if (g.chance(0.12)) {
                    file = file.replace(dir + "/", dir + "/__tests__/").replace(".tsx", ".test.tsx").replace(".ts", ".test.ts")
                            .replace(".test.test.", ".test.");
                }
            } while (!names.add(file));
            List<String> lines = new ArrayList<>();
            int line = g.between(1, 6);
            if (file.contains("__tests__")) {
                vimgrep(lines, file, line, "jest.mock('moment', () => () => jest.requireActual('moment')('2026-01-15T10:00:00Z'));");
            } else {
                vimgrep(lines, file, line, "import moment from 'moment';");
                int uses2 = g.between(1, 5);
                for (int k = 0; k < uses2; k++) {
                    line += g.between(3, 60);
                    vimgrep(lines, file, line, g.pick(uses));
                }
            }
            perFile.add(lines);
        }
        List<String> swipe = new ArrayList<>();
        vimgrep(swipe, "src/components/Carousel/useSwipe.ts", 31, "  const momentum = velocity * 0.92;");
        vimgrep(swipe, "src/components/Carousel/useSwipe.ts", 47, "    if (Math.abs(momentum) < 0.05) {");
        perFile.add(swipe);
        List<String> invoice = new ArrayList<>();
        vimgrep(invoice, "src/billing/InvoiceTable.tsx", 3, "import moment from 'moment';");
        vimgrep(invoice, "src/billing/InvoiceTable.tsx", 41, "  const period = `${moment(invoice.periodStart).format('MMM D')} – ${moment(invoice.periodEnd).format('MMM D, YYYY')}`;");
        vimgrep(invoice, "src/billing/InvoiceTable.tsx", 88, "        <td>{moment(invoice.issuedAt).format('L')}</td>");
        perFile.add(invoice);
        List<String> due = new ArrayList<>();
        vimgrep(due, "src/billing/utils/dueDate.ts", 1, "import moment from 'moment';");
        vimgrep(due, "src/billing/utils/dueDate.ts", 9, "  return moment(issuedAt).add(terms.netDays, 'days').endOf('day');");
        vimgrep(due, "src/billing/utils/dueDate.ts", 15, "  return moment().isAfter(dueDate(invoice.issuedAt, invoice.terms));");
        perFile.add(due);
        List<String> refund = new ArrayList<>();
        vimgrep(refund, "src/billing/RefundDialog.tsx", 5, "import moment from 'moment';");
        vimgrep(refund, "src/billing/RefundDialog.tsx", 62, "  const windowEnds = moment(order.deliveredAt).add(30, 'days');");
        perFile.add(refund);
        List<String> sched = new ArrayList<>();
        vimgrep(sched, "src/reports/exportSchedule.ts", 2, "import moment from 'moment-timezone';");
        String tzCode = "    const local = moment.tz(job.runAt, account.timezone).format('LLL');";
        vimgrep(sched, "src/reports/exportSchedule.ts", 58, tzCode);
        perFile.add(sched);
        shuffle(g, perFile);
        for (List<String> f : perFile) {
            out.addAll(f);
        }
        for (String l : out) {
            g.add(l);
        }
        String text = g.text();
        requireLines(g, 600, 1200);
        requireCount(text, ".tz(", 1);
        requireCount(text, "src/billing/", invoice.size() + due.size() + refund.size());
        return NeedleCase.named("fresh18_rg_vimgrep", "search", "rg-vimgrep")
                .shell("rg --vimgrep moment src/")
                .question("We are dropping moment.js. Which files under src/billing still use it? And is moment.tz called anywhere (that needs"
                        + " moment-timezone, so it has to be migrated separately)?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(invoice), Needle.anyOf(due), Needle.anyOf(refund),
                        Needle.exact("src/reports/exportSchedule.ts:58:19:" + tzCode)));
    }

    // ---------------------------------------------------------------- zgrep -H over rotated logs

    /**
     * zgrep -H ' ERROR ' over a week of a Spring Boot API's logs, rotated daily by logrotate with dateext (each .gz
     * holds the day before its date) plus today's uncompressed log, every line prefixed with its file: mostly the known
     * payment-provider timeouts, then expired JWTs and a validation error, and rare ones: two deadlocks, one
     * OutOfMemoryError, and HikariPool connection timeouts that start on 2026-12-06 at 22:14:07 and go on into today.
     * The question asks for every other kind of error (one line of each is enough) and when the pool timeouts started.
     */
    static NeedleCase zgrepRotated() {
        Gen g = new Gen(210_010);
        String dir = "/var/log/shop/";
        List<String> jwt = new ArrayList<>();
        List<String> validation = new ArrayList<>();
        List<String> deadlocks = new ArrayList<>();
        String oom = null;
        String firstPool = null;
        for (int d = 0; d < 8; d++) {
            String file = d < 7 ? dir + fmt("api.log-202612%02d.gz", d + 1) : dir + "api.log";
            String day = d == 0 ? "2026-11-30" : fmt("2026-12-%02d", d);
            int endSec = d == 7 ? 11 * 3600 + 5 * 60 : 86_400;
            int n = d == 7 ? 36 : g.between(62, 76);
            TreeSet<Integer> secs = new TreeSet<>();
            while (secs.size() < n) {
                secs.add(g.nextInt(endSec));
            }
            if (d == 6) {
                secs.add(22 * 3600 + 14 * 60 + 7);
                for (int k = 0; k < 14; k++) {
                    secs.add(22 * 3600 + 14 * 60 + 8 + g.nextInt(6_400));
                }
            }
            if (d == 3 || d == 5) {
                secs.add(d == 3 ? 9 * 3600 + 47 * 60 + 12 : 17 * 3600 + 3 * 60 + 55);
            }
            if (d == 4) {
                secs.add(3 * 3600 + 12 * 60 + 40);
            }
            for (int s : secs) {
                String ts = fmt("%sT%02d:%02d:%02d.%03dZ", day, s / 3600, s % 3600 / 60, s % 60, g.nextInt(1000));
                String thread = "[nio-8080-exec-" + g.between(1, 200) + "]";
                String prefix = file + ":" + ts + " ERROR 1 --- [api] " + pad(thread, 20) + " ";
                boolean pool = d == 6 && s >= 22 * 3600 + 14 * 60 + 7 || d == 7 && s < 2 * 3600 + 30 * 60 && g.chance(0.5);
                String line;
                if (d == 6 && s == 22 * 3600 + 14 * 60 + 7 || pool) {
                    line = prefix + "com.zaxxer.hikari.pool.HikariPool         : HikariPool-1 - Connection is not available, request timed out"
                            + fmt(" after 30000ms (total=50, active=50, idle=0, waiting=%d)", g.between(40, 260));
                    if (firstPool == null) {
                        firstPool = line;
                    }
                } else if ((d == 3 && s == 9 * 3600 + 47 * 60 + 12) || (d == 5 && s == 17 * 3600 + 3 * 60 + 55)) {
                    line = prefix + "o.h.engine.jdbc.spi.SqlExceptionHelper   : Deadlock found when trying to get lock; try restarting transaction";
                    deadlocks.add(line);
                } else if (d == 4 && s == 3 * 3600 + 12 * 60 + 40) {
                    line = prefix + "o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception"
                            + " [Handler dispatch failed: java.lang.OutOfMemoryError: Java heap space] with root cause";
                    oom = line;
                } else {
                    int k = g.weighted(70, 17, 13);
                    if (k == 0) {
                        line = prefix + "c.s.payments.PaymentClient               : Payment provider call failed: POST"
                                + fmt(" https://api.psp-gateway.net/v2/charges timed out after 5000 ms (attempt %d/3)", g.between(1, 3));
                    } else if (k == 1) {
                        int ago = Math.min(s, g.between(5, 3_000));
                        int exp = s - ago;
                        line = prefix + "c.s.security.JwtAuthenticationFilter     : Rejecting request: JWT expired at"
                                + fmt(" %sT%02d:%02d:%02dZ, a difference of %d milliseconds", day, exp / 3600, exp % 3600 / 60, exp % 60,
                                ago * 1000L + g.nextInt(1000));
                        jwt.add(line);
                    } else {
                        line = prefix + "c.s.api.ApiExceptionHandler              : Validation failed for CartItemRequest: quantity must be"
                                + " greater than or equal to 1 (rejected value: " + g.pick("0", "-1", "0", "null") + ")";
                        validation.add(line);
                    }
                }
                g.add(line);
            }
        }
        String text = g.text();
        requireLines(g, 500, 620);
        requireCount(text, "OutOfMemoryError", 1);
        requireCount(text, "Deadlock found", 2);
        requireCount(text, "2026-12-06T22:14:07", 1);
        if (!firstPool.contains("2026-12-06T22:14:07")) {
            throw new IllegalStateException("the first pool timeout is not the planted one");
        }
        return NeedleCase.named("fresh18_zgrep_rotated", "search", "zgrep-H")
                .shell("zgrep -H ' ERROR ' /var/log/shop/api.log-2026120*.gz /var/log/shop/api.log")
                .question("Apart from the known payment-provider timeouts, which other kinds of ERROR did the api log over the past week? And"
                        + " when exactly did the connection-pool timeouts start?")
                .heldAside()
                .build(text, List.of(Needle.exact(firstPool), Needle.anyOf(deadlocks), Needle.exact(oom), Needle.anyOf(jwt),
                        Needle.anyOf(validation)));
    }

    // ---------------------------------------------------------------- helm diff upgrade

    private static final class Diff {
        final List<String> lines = new ArrayList<>();

        void ctx(String s) {
            lines.add("  " + s);
        }

        void del(String s) {
            lines.add("- " + s);
        }

        void add(String s) {
            lines.add("+ " + s);
        }

        void both(String before, String after) {
            del(before);
            add(after);
        }

        /** Context, unless the whole resource is removed or added. */
        void line(char mode, String s) {
            if (mode == '-') {
                del(s);
            } else if (mode == '+') {
                add(s);
            } else {
                ctx(s);
            }
        }
    }

    private static void meta(Diff d, char mode, String source, String apiVersion, String kind, String name, String component) {
        d.line(mode, "# Source: api/templates/" + source);
        d.line(mode, "apiVersion: " + apiVersion);
        d.line(mode, "kind: " + kind);
        d.line(mode, "metadata:");
        d.line(mode, "  name: " + name);
        d.line(mode, "  labels:");
        d.line(mode, "    app.kubernetes.io/name: api");
        d.line(mode, "    app.kubernetes.io/instance: api");
        if (component != null) {
            d.line(mode, "    app.kubernetes.io/component: " + component);
        }
        if (mode == ' ') {
            d.both("    app.kubernetes.io/version: \"1.41.2\"", "    app.kubernetes.io/version: \"1.42.0\"");
        } else {
            d.line(mode, "    app.kubernetes.io/version: \"" + (mode == '-' ? "1.41.2" : "1.42.0") + "\"");
        }
        d.line(mode, "    app.kubernetes.io/managed-by: Helm");
        if (mode == ' ') {
            d.both("    helm.sh/chart: api-3.14.0", "    helm.sh/chart: api-3.15.0");
        } else {
            d.line(mode, "    helm.sh/chart: api-" + (mode == '-' ? "3.14.0" : "3.15.0"));
        }
    }

    private static void deployment(Diff d, Gen g, char mode, String name, String component, int replicas, String[] env, boolean configChecksum) {
        meta(d, mode, name.equals("api") ? "deployment.yaml" : name.substring(4) + "-deployment.yaml", "apps/v1", "Deployment", name, component);
        d.line(mode, "spec:");
        d.line(mode, "  replicas: " + replicas);
        d.line(mode, "  revisionHistoryLimit: 5");
        d.line(mode, "  selector:");
        d.line(mode, "    matchLabels:");
        d.line(mode, "      app.kubernetes.io/name: api");
        d.line(mode, "      app.kubernetes.io/instance: api");
        d.line(mode, "      app.kubernetes.io/component: " + component);
        d.line(mode, "  strategy:");
        d.line(mode, "    type: RollingUpdate");
        d.line(mode, "    rollingUpdate:");
        d.line(mode, "      maxSurge: 25%");
        d.line(mode, "      maxUnavailable: 0");
        d.line(mode, "  template:");
        d.line(mode, "    metadata:");
        d.line(mode, "      annotations:");
        if (configChecksum && mode == ' ') {
            d.both("        checksum/config: " + g.hex(64), "        checksum/config: " + g.hex(64));
            d.both("        checksum/secret: " + g.hex(64), "        checksum/secret: " + g.hex(64));
        } else {
            d.line(mode, "        checksum/config: " + g.hex(64));
        }
        d.line(mode, "        prometheus.io/scrape: \"true\"");
        d.line(mode, "        prometheus.io/port: \"8081\"");
        d.line(mode, "      labels:");
        d.line(mode, "        app.kubernetes.io/name: api");
        d.line(mode, "        app.kubernetes.io/instance: api");
        d.line(mode, "        app.kubernetes.io/component: " + component);
        d.line(mode, "    spec:");
        d.line(mode, "      serviceAccountName: api");
        d.line(mode, "      terminationGracePeriodSeconds: 45");
        d.line(mode, "      securityContext:");
        d.line(mode, "        runAsNonRoot: true");
        d.line(mode, "        runAsUser: 10001");
        d.line(mode, "        fsGroup: 10001");
        d.line(mode, "      containers:");
        d.line(mode, "        - name: " + component);
        String image = name.equals("api-legacy-sync") ? "registry.shop.io/legacy-sync:0.9.7" : "registry.shop.io/api:";
        if (mode == ' ') {
            d.both("          image: \"" + image + "1.41.2\"", "          image: \"" + image + "1.42.0\"");
        } else {
            d.line(mode, "          image: \"" + image + "\"");
        }
        d.line(mode, "          imagePullPolicy: IfNotPresent");
        if (!component.equals("server")) {
            d.line(mode, "          args: [\"--mode=" + component + "\"]");
        }
        d.line(mode, "          ports:");
        d.line(mode, "            - name: http");
        d.line(mode, "              containerPort: 8080");
        d.line(mode, "            - name: management");
        d.line(mode, "              containerPort: 8081");
        d.line(mode, "          env:");
        for (String e : env) {
            String[] kv = e.split("=", 2);
            d.line(mode, "            - name: " + kv[0]);
            if (kv[1].startsWith("secret:")) {
                d.line(mode, "              valueFrom:");
                d.line(mode, "                secretKeyRef:");
                d.line(mode, "                  name: api-secrets");
                d.line(mode, "                  key: " + kv[1].substring(7));
            } else {
                d.line(mode, "              value: \"" + kv[1] + "\"");
            }
        }
        d.line(mode, "          envFrom:");
        d.line(mode, "            - configMapRef:");
        d.line(mode, "                name: api-config");
        d.line(mode, "          readinessProbe:");
        d.line(mode, "            httpGet:");
        d.line(mode, "              path: /actuator/health/readiness");
        d.line(mode, "              port: management");
        d.line(mode, "            periodSeconds: 5");
        d.line(mode, "          livenessProbe:");
        d.line(mode, "            httpGet:");
        d.line(mode, "              path: /actuator/health/liveness");
        d.line(mode, "              port: management");
        d.line(mode, "            initialDelaySeconds: 30");
        d.line(mode, "          resources:");
        d.line(mode, "            requests:");
        d.line(mode, "              cpu: " + (component.equals("server") ? "500m" : "250m"));
        d.line(mode, "              memory: " + (component.equals("server") ? "1Gi" : "768Mi"));
        d.line(mode, "            limits:");
        d.line(mode, "              memory: " + (component.equals("server") ? "1536Mi" : "1Gi"));
        d.line(mode, "          volumeMounts:");
        d.line(mode, "            - name: config");
        d.line(mode, "              mountPath: /config");
        d.line(mode, "              readOnly: true");
        d.line(mode, "      volumes:");
        d.line(mode, "        - name: config");
        d.line(mode, "          configMap:");
        d.line(mode, "            name: api-config");
    }

    /**
     * helm diff upgrade of a Spring Boot API's release from chart 3.14.0 (app 1.41.2) to 3.15.0 (app 1.42.0), without
     * colour: every resource's chart and version labels change, the Deployments get the new image and config checksums.
     * Besides that bump: in the ConfigMap's embedded application.yaml the Hikari maximum-pool-size goes from 20 to 200
     * and the new-checkout-flow flag turns on; the Secret's DATABASE_URL changes (masked, 58 to 61 bytes); the reindex
     * CronJob moves from 03:00 daily to every ten minutes; the api-legacy-sync Deployment is removed and a
     * PodDisruptionBudget added. The question asks what changes besides the bump, database settings and removals.
     */
    static NeedleCase helmDiffUpgrade() {
        Gen g = new Gen(210_011);
        Diff d = new Diff();
        d.lines.add("shop, api-config, ConfigMap (v1) has changed:");
        meta(d, ' ', "configmap.yaml", "v1", "ConfigMap", "api-config", null);
        d.ctx("data:");
        d.ctx("  SPRING_PROFILES_ACTIVE: \"prod\"");
        d.ctx("  JAVA_TOOL_OPTIONS: \"-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError\"");
        d.ctx("  application.yaml: |");
        String in = "    ";
        d.ctx(in + "server:");
        d.ctx(in + "  port: 8080");
        d.ctx(in + "  shutdown: graceful");
        d.ctx(in + "  tomcat:");
        d.ctx(in + "    threads:");
        d.ctx(in + "      max: 200");
        d.ctx(in + "    connection-timeout: 5s");
        d.ctx(in + "spring:");
        d.ctx(in + "  application:");
        d.ctx(in + "    name: shop-api");
        d.ctx(in + "  lifecycle:");
        d.ctx(in + "    timeout-per-shutdown-phase: 30s");
        d.ctx(in + "  datasource:");
        d.ctx(in + "    url: ${DATABASE_URL}");
        d.ctx(in + "    hikari:");
        String poolOld = in + "      maximum-pool-size: 20";
        String poolNew = in + "      maximum-pool-size: 200";
        d.del(poolOld);
        d.add(poolNew);
        d.ctx(in + "      minimum-idle: 5");
        d.ctx(in + "      connection-timeout: 30000");
        d.ctx(in + "      max-lifetime: 1800000");
        d.ctx(in + "  jpa:");
        d.ctx(in + "    open-in-view: false");
        d.ctx(in + "    properties:");
        d.ctx(in + "      hibernate.jdbc.batch_size: 50");
        d.ctx(in + "      hibernate.order_inserts: true");
        d.ctx(in + "  data:");
        d.ctx(in + "    redis:");
        d.ctx(in + "      url: ${REDIS_URL}");
        d.ctx(in + "      timeout: 2s");
        d.ctx(in + "management:");
        d.ctx(in + "  server:");
        d.ctx(in + "    port: 8081");
        d.ctx(in + "  endpoints:");
        d.ctx(in + "    web:");
        d.ctx(in + "      exposure:");
        d.ctx(in + "        include: health,info,prometheus");
        d.ctx(in + "logging:");
        d.ctx(in + "  level:");
        d.ctx(in + "    root: INFO");
        String[] pkgs = {"cart", "checkout", "payments", "orders", "catalog", "search", "pricing", "tax", "shipping", "refunds", "accounts",
            "notifications", "promotions", "inventory", "webhooks", "reports", "security", "audit", "loyalty", "giftcards"};
        for (String p : pkgs) {
            d.ctx(in + "    io.shop." + p + ": " + g.pick("INFO", "INFO", "INFO", "DEBUG", "WARN"));
        }
        d.ctx(in + "    org.hibernate.SQL: WARN");
        d.ctx(in + "    com.zaxxer.hikari: INFO");
        d.ctx(in + "shop:");
        d.ctx(in + "  features:");
        String[] flags = {"guest-checkout", "apple-pay", "google-pay", "klarna", "saved-carts", "wishlist-sharing", "bulk-discounts",
            "loyalty-points", "gift-wrap", "same-day-delivery", "pickup-points", "address-autocomplete", "product-reviews", "review-photos",
            "recently-viewed", "recommendations-v2", "search-synonyms", "currency-switcher", "tax-inclusive-prices", "b2b-invoicing",
            "split-shipments", "return-labels", "store-credit", "subscription-boxes", "price-alerts", "back-in-stock-mails",
            "order-tracking-map", "chat-support", "cookie-banner-v3", "dark-mode"};
        String flagOld = in + "    new-checkout-flow: false";
        String flagNew = in + "    new-checkout-flow: true";
        for (int i = 0; i < flags.length; i++) {
            if (i == 11) {
                d.del(flagOld);
                d.add(flagNew);
            }
            d.ctx(in + "    " + flags[i] + ": " + g.pick("true", "true", "false"));
        }
        d.ctx(in + "  caches:");
        String[] caches = {"products", "categories", "prices", "tax-rates", "shipping-zones", "currencies", "promotions", "cms-pages",
            "navigation", "stores", "feature-flags", "translations"};
        for (String c : caches) {
            d.ctx(in + "    " + c + ": maximumSize=" + g.pick(1000, 5000, 20000) + ",expireAfterWrite=" + g.pick("60s", "5m", "15m", "1h"));
        }
        String[] deps = {"payments-psp", "tax-service", "shipping-quotes", "inventory-service", "search-cluster", "recommendations",
            "fraud-check", "email-gateway", "sms-gateway", "address-lookup", "currency-rates", "loyalty-service"};
        d.ctx(in + "resilience4j:");
        d.ctx(in + "  circuitbreaker:");
        d.ctx(in + "    instances:");
        for (String dep : deps) {
            d.ctx(in + "      " + dep + ":");
            d.ctx(in + "        sliding-window-size: " + g.pick(20, 50, 100));
            d.ctx(in + "        failure-rate-threshold: " + g.pick(25, 50, 60));
            d.ctx(in + "        wait-duration-in-open-state: " + g.pick("10s", "30s", "60s"));
            d.ctx(in + "        permitted-number-of-calls-in-half-open-state: " + g.pick(3, 5, 10));
        }
        d.ctx(in + "  retry:");
        d.ctx(in + "    instances:");
        for (String dep : deps) {
            d.ctx(in + "      " + dep + ":");
            d.ctx(in + "        max-attempts: " + g.pick(2, 3, 3, 5));
            d.ctx(in + "        wait-duration: " + g.pick("200ms", "500ms", "1s"));
        }
        d.lines.add("shop, api-secrets, Secret (v1) has changed:");
        meta(d, ' ', "secret.yaml", "v1", "Secret", "api-secrets", null);
        d.ctx("type: Opaque");
        d.ctx("data:");
        String dbOld = "  DATABASE_URL: '-------- # (58 bytes)'";
        String dbNew = "  DATABASE_URL: '++++++++ # (61 bytes)'";
        d.del(dbOld);
        d.add(dbNew);
        d.ctx("  JWT_SIGNING_KEY: 'REDACTED # (64 bytes)'");
        d.ctx("  PSP_API_KEY: 'REDACTED # (40 bytes)'");
        d.ctx("  REDIS_URL: 'REDACTED # (28 bytes)'");
        d.ctx("  SMTP_PASSWORD: 'REDACTED # (24 bytes)'");
        String[] env = {"TZ=UTC", "SERVER_FORWARD_HEADERS_STRATEGY=framework", "OTEL_SERVICE_NAME=shop-api",
            "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability:4317", "OTEL_TRACES_SAMPLER=parentbased_traceidratio",
            "OTEL_TRACES_SAMPLER_ARG=0.1", "DATABASE_URL=secret:DATABASE_URL", "REDIS_URL=secret:REDIS_URL",
            "JWT_SIGNING_KEY=secret:JWT_SIGNING_KEY", "PSP_API_KEY=secret:PSP_API_KEY", "SMTP_PASSWORD=secret:SMTP_PASSWORD"};
        d.lines.add("shop, api, Deployment (apps) has changed:");
        deployment(d, g, ' ', "api", "server", 6, env, true);
        d.lines.add("shop, api-worker, Deployment (apps) has changed:");
        deployment(d, g, ' ', "api-worker", "worker", 3, env, true);
        d.lines.add("shop, api, Service (v1) has changed:");
        meta(d, ' ', "service.yaml", "v1", "Service", "api", null);
        d.ctx("spec:");
        d.ctx("  type: ClusterIP");
        d.ctx("  ports:");
        d.ctx("    - name: http");
        d.ctx("      port: 80");
        d.ctx("      targetPort: http");
        d.ctx("  selector:");
        d.ctx("    app.kubernetes.io/name: api");
        d.ctx("    app.kubernetes.io/instance: api");
        d.ctx("    app.kubernetes.io/component: server");
        d.lines.add("shop, api, HorizontalPodAutoscaler (autoscaling) has changed:");
        meta(d, ' ', "hpa.yaml", "autoscaling/v2", "HorizontalPodAutoscaler", "api", null);
        d.ctx("spec:");
        d.ctx("  scaleTargetRef:");
        d.ctx("    apiVersion: apps/v1");
        d.ctx("    kind: Deployment");
        d.ctx("    name: api");
        d.ctx("  minReplicas: 6");
        d.ctx("  maxReplicas: 24");
        d.ctx("  metrics:");
        d.ctx("    - type: Resource");
        d.ctx("      resource:");
        d.ctx("        name: cpu");
        d.ctx("        target:");
        d.ctx("          type: Utilization");
        d.ctx("          averageUtilization: 65");
        d.lines.add("shop, api-reindex, CronJob (batch) has changed:");
        meta(d, ' ', "cronjob-reindex.yaml", "batch/v1", "CronJob", "api-reindex", "reindex");
        d.ctx("spec:");
        String schedOld = "  schedule: \"0 3 * * *\"";
        String schedNew = "  schedule: \"*/10 * * * *\"";
        d.del(schedOld);
        d.add(schedNew);
        d.ctx("  concurrencyPolicy: Forbid");
        d.ctx("  successfulJobsHistoryLimit: 3");
        d.ctx("  failedJobsHistoryLimit: 3");
        d.ctx("  jobTemplate:");
        d.ctx("    spec:");
        d.ctx("      backoffLimit: 1");
        d.ctx("      template:");
        d.ctx("        spec:");
        d.ctx("          restartPolicy: Never");
        d.ctx("          containers:");
        d.ctx("            - name: reindex");
        d.both("              image: \"registry.shop.io/api:1.41.2\"", "              image: \"registry.shop.io/api:1.42.0\"");
        d.ctx("              args: [\"--mode=reindex\", \"--index=products\"]");
        d.ctx("              envFrom:");
        d.ctx("                - configMapRef:");
        d.ctx("                    name: api-config");
        String removed = "shop, api-legacy-sync, Deployment (apps) has been removed:";
        d.lines.add(removed);
        deployment(d, g, '-', "api-legacy-sync", "legacy-sync", 1, new String[] {"TZ=UTC", "LEGACY_ERP_URL=https://erp.shop.internal/soap",
            "SYNC_INTERVAL=5m", "DATABASE_URL=secret:DATABASE_URL"}, false);
        d.lines.add("shop, api, PodDisruptionBudget (policy) has been added:");
        meta(d, '+', "pdb.yaml", "policy/v1", "PodDisruptionBudget", "api", null);
        d.add("spec:");
        d.add("  minAvailable: 4");
        d.add("  selector:");
        d.add("    matchLabels:");
        d.add("      app.kubernetes.io/name: api");
        d.add("      app.kubernetes.io/instance: api");
        d.add("      app.kubernetes.io/component: server");
        for (String l : d.lines) {
            g.add(l);
        }
        String text = g.text();
        requireLines(g, 600, 760);
        requireCount(text, "maximum-pool-size", 2);
        requireCount(text, "DATABASE_URL: '", 2);
        requireCount(text, "schedule:", 2);
        requireCount(text, "has been removed", 1);
        return NeedleCase.named("fresh18_helm_diff_upgrade", "diff", "helm-diff-upgrade")
                .shell("helm diff upgrade api ./charts/api -n shop -f values-prod.yaml --no-color")
                .question("Before I run helm upgrade for the api release in shop: what changes apart from the version bump? Does anything"
                        + " touch the database settings, and is anything removed?")
                .heldAside()
                .build(text, List.of(Needle.exact("+ " + poolNew), Needle.exact("+ " + dbNew), Needle.exact("+ " + flagNew),
                        Needle.exact("+ " + schedNew), Needle.exact(removed)));
    }

    // ---------------------------------------------------------------- smartctl -i -H -A over a storage node

    private static String smartRow(int id, String name, String flag, int value, int worst, int thresh, String type, String updated,
                                   String when, String raw) {
        return fmt("%3d %-23s %s   %03d   %03d   %03d    %-10s%-9s%-12s%s", id, name, flag, value, worst, thresh, type, updated,
                when.equals("-") ? "    -" : when, raw);
    }

    /**
     * A loop of smartctl -i -H -A over the 24 disks of a storage node ("=== /dev/sdX ===" before each): two boot SSDs
     * and 22 16 TB SATA drives of two models, each with its information section, the overall health and the vendor
     * attribute table. /dev/sdq fails its self-assessment (FAILED!, reallocated sectors below threshold, FAILING_NOW)
     * and the question asks for the disk and the serial to replace; /dev/sdf still passes but has 24 pending and
     * offline-uncorrectable sectors, the early sign the question also asks about.
     */
    static NeedleCase smartctlDisks() {
        Gen g = new Gen(210_012);
        String sdqSerial = null;
        String sdqFailed = "SMART overall-health self-assessment test result: FAILED!";
        String sdqRealloc = null;
        String sdfPending = null;
        for (int i = 0; i < 24; i++) {
            String dev = "/dev/sd" + (char) ('a' + i);
            g.add("=== " + dev + " ===");
            g.add("smartctl 7.3 2022-02-28 r5338 [x86_64-linux-5.15.0-91-generic] (local build)");
            g.add("Copyright (C) 2002-22, Bruce Allen, Christian Franke, www.smartmontools.org");
            g.add("");
            g.add("=== START OF INFORMATION SECTION ===");
            boolean ssd = i < 2;
            boolean seagate = !ssd && i % 3 != 0;
            String serial = ssd ? "S4BENS0R" + g.between(100_000, 999_999) + "X" : seagate ? "ZL2" + g.alnum(5).toUpperCase(Locale.ROOT)
                    : "2BK" + g.alnum(5).toUpperCase(Locale.ROOT);
            if (ssd) {
                g.add("Model Family:     Samsung based SSDs");
                g.add("Device Model:     Samsung SSD 860 PRO 512GB");
            } else if (seagate) {
                g.add("Model Family:     Seagate Exos X16");
                g.add("Device Model:     ST16000NM001G-2KK103");
            } else {
                g.add("Device Model:     WDC  WUH721816ALE6L4");
            }
            String serialLine = "Serial Number:    " + serial;
            g.add(serialLine);
            g.add("LU WWN Device Id: 5 " + (ssd ? "002538" : seagate ? "000c50" : "000cca") + " " + g.hex(9));
            g.add("Firmware Version: " + (ssd ? "RVM02B6Q" : seagate ? "SN03" : "PCGNW232"));
            g.add("User Capacity:    " + (ssd ? "512,110,190,592 bytes [512 GB]" : "16,000,900,661,248 bytes [16.0 TB]"));
            g.add("Sector Sizes:     " + (ssd ? "512 bytes logical/physical" : "512 bytes logical, 4096 bytes physical"));
            g.add("Rotation Rate:    " + (ssd ? "Solid State Device" : "7200 rpm"));
            g.add("Form Factor:      " + (ssd ? "2.5 inches" : "3.5 inches"));
            g.add("Device is:        In smartctl database 7.3/5319");
            g.add("ATA Version is:   " + (ssd ? "ACS-4 T13/BSR INCITS 529 revision 5" : "ACS-4 (minor revision not indicated)"));
            g.add("SATA Version is:  SATA 3.3, 6.0 Gb/s (current: 6.0 Gb/s)");
            g.add(fmt("Local Time is:    Mon Dec  7 10:41:%02d 2026 UTC", 2 + i));
            g.add("SMART support is: Available - device has SMART capability.");
            g.add("SMART support is: Enabled");
            g.add("");
            g.add("=== START OF READ SMART DATA SECTION ===");
            boolean sdq = dev.equals("/dev/sdq");
            boolean sdf = dev.equals("/dev/sdf");
            if (sdq) {
                sdqSerial = serialLine;
                g.add(sdqFailed);
                g.add("Drive failure expected in less than 24 hours. SAVE ALL DATA.");
                g.add("See vendor-specific Attribute list for failed Attributes.");
            } else {
                g.add("SMART overall-health self-assessment test result: PASSED");
            }
            g.add("");
            g.add("SMART Attributes Data Structure revision number: " + (ssd ? 1 : 10));
            g.add("Vendor Specific SMART Attributes with Thresholds:");
            g.add("ID# ATTRIBUTE_NAME          FLAG     VALUE WORST THRESH TYPE      UPDATED  WHEN_FAILED RAW_VALUE");
            int hours = ssd ? g.between(30_000, 31_000) : g.between(21_000, 26_000);
            int temp = ssd ? g.between(27, 33) : g.between(31, 41);
            if (ssd) {
                g.add(smartRow(5, "Reallocated_Sector_Ct", "0x0033", 100, 100, 10, "Pre-fail", "Always", "-", "0"));
                g.add(smartRow(9, "Power_On_Hours", "0x0032", 93, 93, 0, "Old_age", "Always", "-", String.valueOf(hours)));
                g.add(smartRow(12, "Power_Cycle_Count", "0x0032", 99, 99, 0, "Old_age", "Always", "-", "21"));
                int wear = g.between(40, 70);
                g.add(smartRow(177, "Wear_Leveling_Count", "0x0013", 99, 99, 0, "Pre-fail", "Always", "-", String.valueOf(wear)));
                g.add(smartRow(179, "Used_Rsvd_Blk_Cnt_Tot", "0x0013", 100, 100, 10, "Pre-fail", "Always", "-", "0"));
                g.add(smartRow(181, "Program_Fail_Cnt_Total", "0x0032", 100, 100, 10, "Old_age", "Always", "-", "0"));
                g.add(smartRow(182, "Erase_Fail_Count_Total", "0x0032", 100, 100, 10, "Old_age", "Always", "-", "0"));
                g.add(smartRow(183, "Runtime_Bad_Block", "0x0013", 100, 100, 10, "Pre-fail", "Always", "-", "0"));
                g.add(smartRow(187, "Uncorrectable_Error_Cnt", "0x0032", 100, 100, 0, "Old_age", "Always", "-", "0"));
                g.add(smartRow(190, "Airflow_Temperature_Cel", "0x0032", 100 - temp, 100 - temp - g.between(0, 14), 0, "Old_age", "Always", "-",
                        String.valueOf(temp)));
                g.add(smartRow(195, "ECC_Error_Rate", "0x001a", 200, 200, 0, "Old_age", "Always", "-", "0"));
                g.add(smartRow(199, "CRC_Error_Count", "0x003e", 100, 100, 0, "Old_age", "Always", "-", "0"));
                g.add(smartRow(235, "POR_Recovery_Count", "0x0012", 99, 99, 0, "Old_age", "Always", "-", "14"));
                g.add(smartRow(241, "Total_LBAs_Written", "0x0032", 99, 99, 0, "Old_age", "Always", "-",
                        String.valueOf(40_000_000_000L + g.nextInt(1_000_000_000))));
            } else {
                int realloc = 0;
                int pending = sdq ? 184 : sdf ? 24 : 0;
                g.add(smartRow(1, "Raw_Read_Error_Rate", seagate ? "0x000f" : "0x000b", seagate ? g.between(78, 84) : 100, seagate ? 64 : 100,
                        seagate ? 44 : 16, "Pre-fail", "Always", "-", String.valueOf(seagate ? g.between(10_000_000, 240_000_000) : 0)));
                g.add(smartRow(3, "Spin_Up_Time", seagate ? "0x0003" : "0x0007", seagate ? 91 : 100, seagate ? 90 : 100, seagate ? 0 : 24,
                        "Pre-fail", "Always", "-", seagate ? "0" : String.valueOf(g.between(300, 450))));
                g.add(smartRow(4, "Start_Stop_Count", "0x0032", 100, 100, 20, "Old_age", "Always", "-", String.valueOf(g.between(12, 30))));
                String reallocRow = sdq ? smartRow(5, "Reallocated_Sector_Ct", "0x0033", 5, 5, 10, "Pre-fail", "Always", "FAILING_NOW", "3912")
                        : smartRow(5, "Reallocated_Sector_Ct", "0x0033", 100, 100, 10, "Pre-fail", "Always", "-", String.valueOf(realloc));
                if (sdq) {
                    sdqRealloc = reallocRow;
                }
                g.add(reallocRow);
                g.add(smartRow(7, "Seek_Error_Rate", seagate ? "0x000f" : "0x000b", seagate ? g.between(86, 92) : 100, seagate ? 60 : 100,
                        seagate ? 45 : 67, "Pre-fail", "Always", "-", String.valueOf(seagate ? 1_000_000_000L + g.nextInt(400_000_000) : 0)));
                g.add(smartRow(9, "Power_On_Hours", "0x0032", 100 - hours / 1000, 100 - hours / 1000, 0, "Old_age", "Always", "-",
                        String.valueOf(hours)));
                g.add(smartRow(10, "Spin_Retry_Count", "0x0013", 100, 100, seagate ? 97 : 60, "Pre-fail", "Always", "-", "0"));
                g.add(smartRow(12, "Power_Cycle_Count", "0x0032", 100, 100, 20, "Old_age", "Always", "-", String.valueOf(g.between(12, 30))));
                if (seagate) {
                    g.add(smartRow(187, "Reported_Uncorrect", "0x0032", sdq ? 39 : 100, sdq ? 39 : 100, 0, "Old_age", "Always", "-",
                            sdq ? "61" : "0"));
                    g.add(smartRow(188, "Command_Timeout", "0x0032", 100, 100, 0, "Old_age", "Always", "-", "0 0 0"));
                    g.add(smartRow(190, "Airflow_Temperature_Cel", "0x0022", 100 - temp, 100 - temp - g.between(6, 14), 40, "Old_age", "Always",
                            "-", fmt("%d (Min/Max %d/%d)", temp, temp - g.between(4, 8), temp + g.between(5, 12))));
                    g.add(smartRow(192, "Power-Off_Retract_Count", "0x0032", 100, 100, 0, "Old_age", "Always", "-", String.valueOf(g.between(3, 20))));
                    g.add(smartRow(193, "Load_Cycle_Count", "0x0032", 99, 99, 0, "Old_age", "Always", "-", String.valueOf(g.between(800, 4_000))));
                }
                g.add(smartRow(194, "Temperature_Celsius", "0x0022", seagate ? temp : 100 - temp, seagate ? temp + 10 : 100 - temp - 8, 0,
                        "Old_age", "Always", "-", seagate ? fmt("%d (0 %d 0 0 0)", temp, temp - 10) : fmt("%d (Min/Max %d/%d)", temp, 22, temp + 9)));
                String pendingRow = smartRow(197, "Current_Pending_Sector", seagate ? "0x0012" : "0x0022", 100, 100, 0, "Old_age", "Always", "-",
                        String.valueOf(pending));
                if (sdf) {
                    sdfPending = pendingRow;
                }
                g.add(pendingRow);
                g.add(smartRow(198, "Offline_Uncorrectable", seagate ? "0x0010" : "0x0008", 100, 100, 0, "Old_age", "Offline", "-",
                        String.valueOf(pending)));
                g.add(smartRow(199, "UDMA_CRC_Error_Count", seagate ? "0x003e" : "0x000a", 200, 200, 0, "Old_age", "Always", "-", "0"));
                if (seagate) {
                    g.add(smartRow(240, "Head_Flying_Hours", "0x0000", 100, 253, 0, "Old_age", "Offline", "-",
                            fmt("%dh+%02dm+%02d.%03ds", hours - g.between(50, 400), g.nextInt(60), g.nextInt(60), g.nextInt(1000))));
                    g.add(smartRow(241, "Total_LBAs_Written", "0x0000", 100, 253, 0, "Old_age", "Offline", "-",
                            String.valueOf(40_000_000_000L + (long) g.nextInt(1_000_000_000) * 20)));
                    g.add(smartRow(242, "Total_LBAs_Read", "0x0000", 100, 253, 0, "Old_age", "Offline", "-",
                            String.valueOf(200_000_000_000L + (long) g.nextInt(1_000_000_000) * 90)));
                } else {
                    g.add(smartRow(22, "Helium_Level", "0x0023", 100, 100, 25, "Pre-fail", "Always", "-", "100"));
                }
            }
            g.add("");
        }
        String text = g.text();
        requireLines(g, 900, 1200);
        requireCount(text, "FAILED!", 1);
        requireCount(text, "FAILING_NOW", 1);
        requireCount(text, sdqSerial.substring(18), 1);
        return NeedleCase.named("fresh18_smartctl_disks", "lines", "smartctl-i-H-A")
                .shell("for d in /dev/sd{a..x}; do echo \"=== $d ===\"; smartctl -i -H -A $d; done")
                .question("storage-07 logged I/O errors overnight. Which of its disks is failing, and what serial number do I give the datacenter"
                        + " for the swap? Does any other disk show early signs like pending or reallocated sectors?")
                .heldAside()
                .build(text, List.of(Needle.exact("=== /dev/sdq ==="), Needle.exact(sdqSerial), Needle.exact(sdqFailed), Needle.exact(sdqRealloc),
                        Needle.exact("=== /dev/sdf ==="), Needle.exact(sdfPending)));
    }
}
