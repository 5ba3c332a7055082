package dev.headroom.compress.table;

import java.util.Random;

/** Generated tables (deterministic: fixed seeds), each with a few planted rows the compressor must keep. */
final class TableFixtures {

    private TableFixtures() {}

    /** {@code kubectl get pods}: 800 pods, pod 417 in CrashLoopBackOff, pod 612 with 47 restarts. */
    static String kubectl() {
        Random r = new Random(1);
        StringBuilder sb = new StringBuilder("NAME                         READY   STATUS             RESTARTS       AGE\n");
        for (int i = 0; i < 800; i++) {
            String status = "Running";
            String ready = "1/1";
            String restarts = String.valueOf(r.nextInt(3));
            if (i == 417) {
                status = "CrashLoopBackOff";
                ready = "0/1";
                restarts = "12 (2m ago)";
            } else if (i == 612) {
                restarts = "47 (5m ago)";
            }
            String name = String.format("api-%04d-%05x-%05d", i, r.nextInt(0xfffff), r.nextInt(100000));
            sb.append(String.format("%-29s%-8s%-19s%-15s%dd%n", name, ready, status, restarts, 1 + r.nextInt(30)));
        }
        return sb.toString();
    }

    /** 3,000 orders as CSV; ORD-101234 failed. */
    static String ordersCsv() {
        Random r = new Random(2);
        StringBuilder sb = new StringBuilder("order_id,customer,amount,currency,status,created_at\n");
        for (int i = 0; i < 3000; i++) {
            sb.append(String.format("ORD-%d,cust-%04d,%d.%02d,EUR,%s,2026-03-%02dT%02d:%02d:00Z%n", 100000 + i,
                    r.nextInt(5000), 5 + r.nextInt(495), r.nextInt(100), i == 1234 ? "failed" : "ok", 1 + i % 28,
                    r.nextInt(24), r.nextInt(60)));
        }
        return sb.toString();
    }

    /** 1,000 hosts as TSV; host-0777 has a 2400 ms latency, host-0900 is degraded. */
    static String hostsTsv() {
        Random r = new Random(3);
        StringBuilder sb = new StringBuilder("host\tregion\tlatency_ms\tstate\n");
        for (int i = 0; i < 1000; i++) {
            int latency = i == 777 ? 2400 : 10 + r.nextInt(30);
            sb.append(String.format("host-%04d\t%s\t%d\t%s%n", i, r.nextBoolean() ? "eu-west-1" : "us-east-1", latency,
                    i == 900 ? "degraded" : "healthy"));
        }
        return sb.toString();
    }

    /** {@code docker ps}: 300 containers, app_150 {@code Exited (137)}. */
    static String dockerPs() {
        Random r = new Random(4);
        StringBuilder sb = new StringBuilder("CONTAINER ID   IMAGE          COMMAND                  CREATED        "
                + "STATUS                       PORTS     NAMES\n");
        for (int i = 0; i < 300; i++) {
            String status = i == 150 ? "Exited (137) 5 minutes ago" : "Up " + (1 + r.nextInt(23)) + " hours";
            sb.append(String.format("%012x   %-12s   %-23s  %-13s  %-27s  %-8s  app_%d%n", r.nextLong() & 0xffffffffffffL,
                    "nginx:1.25", "\"/docker-entrypoint.…\"", (2 + r.nextInt(7)) + " days ago", status, "80/tcp", i));
        }
        return sb.toString();
    }

    /** psql: 400 accounts, account 222 with a negative balance, 300 locked; {@code (400 rows)} footer. */
    static String psql() {
        Random r = new Random(5);
        StringBuilder sb = new StringBuilder(" id  |   name    | balance | state\n-----+-----------+---------+--------\n");
        for (int i = 0; i < 400; i++) {
            String balance = i == 222 ? "-512.00" : String.format("%d.%02d", r.nextInt(1000), r.nextInt(100));
            sb.append(String.format(" %3d | user_%-4d | %7s | %s%n", i, i, balance, i == 300 ? "locked" : "active"));
        }
        return sb.append("(400 rows)\n").toString();
    }

    /** {@code ls -l} of 1,164 jars; one of 912 MB. */
    static String lsJars() {
        Random r = new Random(6);
        StringBuilder sb = new StringBuilder("total 512340\n");
        String[] kinds = {"core", "api", "impl", "util"};
        for (int i = 0; i < 1164; i++) {
            int size = i == 700 ? 912_345_678 : 10_000 + r.nextInt(890_000);
            sb.append(String.format("-rw-r--r-- 1 build build %9d Mar  3 10:%02d lib-%04d-%s-1.%d.%d.jar%n", size, i % 60, i,
                    kinds[r.nextInt(4)], i % 9, i % 5));
        }
        return sb.toString();
    }

    /** {@code ls -laR} of 400 directories; mod123 holds a huge core.dump, mod200 a setuid file. */
    static String lsRecursive() {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder();
        for (int d = -1; d < 400; d++) {
            String dir = d < 0 ? "." : String.format("./src/mod%03d", d);
            if (d >= 0) {
                sb.append('\n');
            }
            sb.append(dir).append(":\n").append("total ").append(8 + r.nextInt(400)).append('\n');
            sb.append("drwxr-xr-x  4 dev dev     4096 Mar  3 10:00 .\n");
            sb.append("drwxr-xr-x 12 dev dev     4096 Mar  3 10:00 ..\n");
            int files = 3 + r.nextInt(9);
            for (int k = 0; k < files; k++) {
                int size = 200 + r.nextInt(40_000);
                String mode = d == 200 && k == 1 ? "-rwsrwxrwx" : "-rw-r--r--";
                String name = String.format("File%02d.java", k);
                if (d == 123 && k == 2) {
                    size = 912_345_678;
                    name = "core.dump";
                }
                sb.append(String.format("%s  1 dev dev %8d Mar  3 10:%02d %s%n", mode, size, k, name));
            }
        }
        return sb.toString();
    }

    /** {@code dpkg -l}: 700 packages; package 333 half-configured ({@code iF}), 500 removed ({@code rc}). */
    static String dpkg() {
        Random r = new Random(8);
        StringBuilder sb = new StringBuilder("""
                Desired=Unknown/Install/Remove/Purge/Hold
                | Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend
                |/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)
                ||/ Name                Version        Architecture Description
                +++-===================-==============-============-=====================================
                """);
        String[] libs = {"ssl", "xml", "gtk", "png", "z"};
        for (int i = 0; i < 700; i++) {
            String state = i == 333 ? "iF" : i == 500 ? "rc" : "ii";
            String name = "lib" + libs[r.nextInt(libs.length)] + i + "-dev";
            String version = (1 + r.nextInt(8)) + "." + r.nextInt(30) + "-" + r.nextInt(5);
            sb.append(String.format("%s  %-19s %-14s %-12s development files for package %d%n", state, name, version,
                    r.nextInt(4) == 0 ? "all" : "amd64", i));
        }
        return sb.toString();
    }

    /** {@code ps aux}: 500 workers; PID 2750 uses 98.7% CPU and 8 GB. */
    static String psAux() {
        Random r = new Random(9);
        StringBuilder sb = new StringBuilder("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n");
        String[] users = {"root", "www-data", "postgres"};
        for (int i = 0; i < 500; i++) {
            boolean hog = i == 250;
            sb.append(String.format("%-11s %4d %4s %4s %6d %5d ?        Ss   Mar03   0:%02d /usr/bin/worker --id %d%n",
                    users[r.nextInt(3)], 1000 + i * 7, hog ? "98.7" : "0." + r.nextInt(3), hog ? "41.2" : "0." + r.nextInt(4),
                    10_000 + r.nextInt(890_000), hog ? 8_123_456 : 1000 + r.nextInt(19_000), i % 60, i));
        }
        return sb.toString();
    }

    /** {@code pip list}: 300 packages under a two-word header and a rule; one pre-release. */
    static String pipList() {
        Random r = new Random(10);
        StringBuilder sb = new StringBuilder("Package              Version\n-------------------- ----------\n");
        for (int i = 0; i < 300; i++) {
            String version = i == 123 ? "3.0.0rc1" : (1 + r.nextInt(3)) + "." + r.nextInt(20) + "." + r.nextInt(10);
            sb.append(String.format("%-20s %s%n", "package-" + i, version));
        }
        return sb.toString();
    }

    /** CSV with quoted commas, doubled quotes and quoted line breaks (every 50th body); issue 321 rejected. */
    static String quotedCsv() {
        StringBuilder sb = new StringBuilder("id,title,body,status\n");
        for (int i = 0; i < 600; i++) {
            String body = i % 50 == 0 ? "\"Line one, with comma\nline two of item " + i + "\"" : "\"plain, body " + i + "\"";
            sb.append(i).append(",\"Title ").append(i).append(", \"\"quoted\"\"\",").append(body).append(',')
                    .append(i == 321 ? "rejected" : "open").append('\n');
        }
        return sb.toString();
    }
}
