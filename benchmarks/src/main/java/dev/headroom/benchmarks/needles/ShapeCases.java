package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tuning cases added on 2026-12-07 (session 5) after the fourth held-aside batch was run, needle rules written
 * before any output was looked at; they are of the problem classes that batch's summary rows pointed at (a
 * timestamp-prefixed CI log, a linter's report, multi-line status blocks), in formats none of the held-aside
 * cases has: a GitLab CI job log, shellcheck and pylint reports, {@code systemctl status} of many units,
 * {@code ifconfig -a}.
 */
final class ShapeCases {

    private ShapeCases() {}

    static List<NeedleCase> all() {
        return List.of(gitlabJobLog(), shellcheckReport(), pylintReport(), systemctlStatusBlocks(), ifconfigErrors());
    }

    /** A GitLab CI job log with ISO timestamps and stream markers; one failing step, the job's exit line. */
    static NeedleCase gitlabJobLog() {
        Gen g = new Gen(60_001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 8, 0, 0), 400);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT);
        List<Needle> needles = new ArrayList<>();
        g.add(clock.next(f) + " 00O Running with gitlab-runner 17.5.0 (8ec04662)");
        g.add(clock.next(f) + " 00O   on shared-runner-7 Zx8sKq1, system ID: s_4b1c0d2e9f");
        for (int i = 0; i < 2_400; i++) {
            String t = clock.next(f);
            if (i == 1_830) {
                String failed = t + " 01E npm ERR! code ELIFECYCLE";
                g.add(failed);
                String why = clock.next(f) + " 01E npm ERR! checkout-web@3.4.0 build: `webpack --mode production` exited with status 2";
                g.add(why);
                needles.add(Needle.exact(why));
                continue;
            }
            if (i == 2_399) {
                String end = t + " 00O+ERROR: Job failed: exit code 1";
                g.add(end);
                needles.add(Needle.exact(end));
                continue;
            }
            g.add(fmt("%s 01O %s", t, g.pick(
                    fmt("added %d packages in %ds", g.between(1, 300), g.between(1, 40)),
                    fmt("[webpack] asset chunk-%s.js %d KiB [emitted] [minimized]", g.hex(8), g.between(1, 900)),
                    fmt("[webpack] modules by path ./src/components/%s/ %d KiB", g.pick("cart", "search", "account"), g.between(5, 200)),
                    fmt("Downloading %s-%d.%d.%d.tgz", g.pick("lodash", "react", "zod", "axios"), g.between(1, 9), g.between(0, 20), g.between(0, 9)))));
        }
        return NeedleCase.named("shape_gitlab_job_log", "build", "gitlab-ci")
                .tool("gitlab_job_trace", "{\"project\":\"shop/checkout-web\",\"job\":88231}")
                .question("Why did the pipeline fail?")
                .build(g.text(), needles);
    }

    /** shellcheck's tty report over 60 scripts: many info notes, one error; the question names a script. */
    static NeedleCase shellcheckReport() {
        Gen g = new Gen(60_002);
        List<Needle> needles = new ArrayList<>();
        for (int s = 0; s < 60; s++) {
            String script = s == 41 ? "deploy/rollout.sh" : fmt("scripts/%s-%s.sh", g.pick("backup", "sync", "rotate", "build"), g.alnum(4));
            for (int k = 0; k < 6; k++) {
                int line = 3 + k * 11 + g.between(0, 9);
                g.add(fmt("In %s line %d:", script, line));
                if (s == 17 && k == 2) {
                    g.add("if [ $count > 10 ]; then");
                    g.add("              ^-- SC2071 (error): > is for string comparisons. Use -gt instead.");
                    needles.add(Needle.exact("              ^-- SC2071 (error): > is for string comparisons. Use -gt instead."));
                } else if (s == 41 && k == 0) {
                    g.add("kubectl rollout status deploy/$APP --timeout=$TIMEOUT");
                    String named = "                             ^--^ SC2086 (info): Double quote to prevent globbing and word splitting.";
                    g.add(named);
                    needles.add(Needle.exact("In deploy/rollout.sh line " + line + ":"));
                } else {
                    g.add(fmt("cp $%s /var/backups/%s", g.pick("SRC", "FILE", "TARGET"), g.alnum(6)));
                    g.add("   ^-- SC2086 (info): Double quote to prevent globbing and word splitting.");
                }
                g.add("");
            }
        }
        g.add("For more information:");
        g.add("  https://www.shellcheck.net/wiki/SC2071 -- > is for string comparisons. Use ...");
        g.add("  https://www.shellcheck.net/wiki/SC2086 -- Double quote to prevent globbing ...");
        return NeedleCase.named("shape_shellcheck_report", "build", "shellcheck")
                .shell("shellcheck scripts/*.sh deploy/*.sh")
                .question("What does shellcheck say about deploy/rollout.sh, and are there errors?")
                .build(g.text(), needles);
    }

    /** pylint's text report: module headings, hundreds of conventions, one error (E1101). */
    static NeedleCase pylintReport() {
        Gen g = new Gen(60_003);
        List<Needle> needles = new ArrayList<>();
        for (int m = 0; m < 80; m++) {
            String module = fmt("shop.%s.%s", g.pick("orders", "billing", "catalog", "users"), g.pick("views", "models", "tasks", "utils") + m);
            String path = module.replace('.', '/') + ".py";
            g.add("************* Module " + module);
            for (int k = 0; k < 8; k++) {
                int line = 5 + k * 17 + g.between(0, 15);
                if (m == 63 && k == 4) {
                    String e = fmt("%s:%d:8: E1101: Instance of 'Invoice' has no 'total_gross' member (no-member)", path, line);
                    g.add(e);
                    needles.add(Needle.exact(e));
                } else {
                    g.add(fmt("%s:%d:%d: %s", path, line, g.between(0, 12), g.pick(
                            "C0301: Line too long (" + g.between(101, 140) + "/100) (line-too-long)",
                            "C0114: Missing module docstring (missing-module-docstring)",
                            "W0611: Unused import os (unused-import)",
                            "R0913: Too many arguments (" + g.between(6, 9) + "/5) (too-many-arguments)")));
                }
            }
        }
        g.add("");
        g.add("-----------------------------------");
        g.add("Your code has been rated at 7.91/10");
        needles.add(Needle.exact("Your code has been rated at 7.91/10"));
        return NeedleCase.named("shape_pylint_report", "build", "pylint")
                .shell("pylint shop")
                .question("Are there any real errors in the pylint run?")
                .build(g.text(), needles);
    }

    /** systemctl status of 150 units: each a block; one failed unit with its exit status. */
    static NeedleCase systemctlStatusBlocks() {
        Gen g = new Gen(60_004);
        List<Needle> needles = new ArrayList<>();
        for (int u = 0; u < 150; u++) {
            String unit = u == 97 ? "billing-export.service" : fmt("%s-%s.service", g.pick("api", "worker", "cron", "proxy"), g.alnum(5));
            boolean failed = u == 97;
            g.add(fmt("● %s - %s", unit, failed ? "Nightly billing export" : "Shop " + g.pick("API", "worker", "scheduler", "proxy")));
            g.add(fmt("     Loaded: loaded (/etc/systemd/system/%s; enabled; preset: enabled)", unit));
            if (failed) {
                String active = "     Active: failed (Result: exit-code) since Mon 2026-12-07 03:00:14 UTC; 5h 2min ago";
                String exit = "    Process: 48211 ExecStart=/opt/billing/export.sh (code=exited, status=3)";
                g.add(active);
                g.add(exit);
                needles.add(Needle.exact(active));
                needles.add(Needle.exact(exit));
            } else {
                g.add(fmt("     Active: active (running) since Sun 2026-12-06 %02d:%02d:%02d UTC; %dh ago", g.between(0, 23), g.between(0, 59), g.between(0, 59), g.between(1, 30)));
                g.add(fmt("   Main PID: %d (%s)", g.between(1_000, 60_000), g.pick("java", "node", "python3", "nginx")));
            }
            g.add(fmt("      Tasks: %d (limit: 18963)", g.between(1, 60)));
            g.add(fmt("     Memory: %.1fM", g.between(10, 2_000) / 1.0));
            g.add(fmt("        CPU: %dmin %d.%03ds", g.between(0, 90), g.between(0, 59), g.between(0, 999)));
            g.add("");
        }
        return NeedleCase.named("shape_systemctl_status", "lines", "systemctl-status")
                .shell("systemctl status 'shop-*' 'billing-*' --no-pager")
                .question("Is any service down?")
                .build(g.text(), needles);
    }

    /** ifconfig -a over 90 interfaces; one with receive errors, one named by the question. */
    static NeedleCase ifconfigErrors() {
        Gen g = new Gen(60_005);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String name = i == 0 ? "lo" : i == 55 ? "bond0.420" : fmt("veth%s", g.hex(7));
            g.add(fmt("%s: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu %d", name, i == 0 ? 65536 : 1500));
            String inet = fmt("        inet 10.%d.%d.%d  netmask 255.255.255.0  broadcast 10.%d.%d.255", g.between(0, 9), g.between(0, 255), g.between(1, 254), 4, 4);
            g.add(inet);
            if (i == 55) {
                needles.add(Needle.exact(inet));
            }
            g.add(fmt("        ether 02:42:%s:%s:%s:%s  txqueuelen 0  (Ethernet)", g.hex(2), g.hex(2), g.hex(2), g.hex(2)));
            g.add(fmt("        RX packets %d  bytes %d (%.1f MB)", g.between(1_000, 9_000_000), g.between(100_000, 900_000_000), g.between(1, 900) / 1.0));
            if (i == 31) {
                String errors = "        RX errors 48211  dropped 912  overruns 0  frame 48211";
                g.add(errors);
                needles.add(Needle.exact(errors));
            } else {
                g.add("        RX errors 0  dropped 0  overruns 0  frame 0");
            }
            g.add(fmt("        TX packets %d  bytes %d (%.1f MB)", g.between(1_000, 9_000_000), g.between(100_000, 900_000_000), g.between(1, 900) / 1.0));
            g.add("        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0");
            g.add("");
        }
        return NeedleCase.named("shape_ifconfig_errors", "lines", "ifconfig")
                .shell("ifconfig -a")
                .question("Which interface has receive errors, and what is bond0.420's address?")
                .build(g.text(), needles);
    }
}
