package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Tuning cases added on 2026-12-07 (session 5), needle rules written before any output was looked at: tool
 * output that reads like source code line by line ({@code ;}, {@code {}} and {@code }} at line ends, keywords)
 * but is data — a SQL dump, a Node {@code util.inspect} print, a Rust {@code {:#?}} debug print, protobuf text
 * format — and a log whose lines start with {@code <pid>:} as grep's {@code <line>:} does. None of them is a
 * format of a held-aside case.
 */
final class CodeLikeCases {

    private CodeLikeCases() {}

    static List<NeedleCase> all() {
        return List.of(sqlDump(), nodeInspect(), rustDebug(), protobufText(), pidPrefixedLog());
    }

    /** mysqldump of a customers table (one row per INSERT); the question names two customers, by e-mail and by id. */
    static NeedleCase sqlDump() {
        Gen g = new Gen(50_001);
        List<Needle> needles = new ArrayList<>();
        g.add("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)");
        g.add("--");
        g.add("-- Host: db-primary    Database: shop");
        g.add("-- ------------------------------------------------------");
        g.add("/*!40101 SET NAMES utf8mb4 */;");
        g.add("DROP TABLE IF EXISTS `customers`;");
        g.add("CREATE TABLE `customers` (");
        g.add("  `id` int NOT NULL AUTO_INCREMENT,");
        g.add("  `email` varchar(191) NOT NULL,");
        g.add("  `first_name` varchar(64) DEFAULT NULL,");
        g.add("  `last_name` varchar(64) DEFAULT NULL,");
        g.add("  `country` char(2) DEFAULT NULL,");
        g.add("  `created_at` datetime NOT NULL,");
        g.add("  `blocked` tinyint(1) NOT NULL DEFAULT '0',");
        g.add("  PRIMARY KEY (`id`),");
        g.add("  UNIQUE KEY `uq_email` (`email`)");
        g.add(") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;");
        g.add("LOCK TABLES `customers` WRITE;");
        String[] first = {"ana", "bruno", "chen", "dara", "emil", "fatima", "goran", "hana", "ivan", "julia", "kofi", "lena"};
        String[] last = {"silva", "keller", "wang", "okafor", "novak", "rossi", "berg", "sato", "petrov", "garcia"};
        for (int i = 0; i < 2_400; i++) {
            int id = 70_000 + i * 3 + g.between(0, 2);
            String line;
            if (i == 611) {
                line = fmt("INSERT INTO `customers` VALUES (%d,'bruno.keller@example.net','Bruno','Keller','CH','2025-11-02 08:14:51',1);", id);
                needles.add(Needle.exact(line));
            } else if (i == 1_988) {
                line = "INSERT INTO `customers` VALUES (75993,'m.ito@example.org','Mei','Ito','JP','2026-02-19 17:40:03',0);";
                needles.add(Needle.exact(line));
            } else {
                String f = g.pick(first);
                String l = g.pick(last);
                line = fmt("INSERT INTO `customers` VALUES (%d,'%s.%s%d@example.com','%s','%s','%s','2026-%02d-%02d %02d:%02d:%02d',0);",
                        id, f, l, g.between(1, 999), cap(f), cap(l), g.pick("DE", "FR", "PT", "US", "GB", "NL"),
                        g.between(1, 11), g.between(1, 28), g.between(0, 23), g.between(0, 59), g.between(0, 59));
            }
            g.add(line);
        }
        g.add("UNLOCK TABLES;");
        g.add("-- Dump completed on 2026-12-07  3:10:44");
        return NeedleCase.named("codelike_sql_dump", "codelike", "sql-dump")
                .shell("mysqldump shop customers")
                .question("What do we store for bruno.keller@example.net and for customer 75993?")
                .build(g.text(), needles);
    }

    /** Node's console.log of an array of 1,000 job objects (util.inspect layout); one job failed. */
    static NeedleCase nodeInspect() {
        Gen g = new Gen(50_002);
        List<Needle> needles = new ArrayList<>();
        g.add("[");
        for (int i = 0; i < 1_000; i++) {
            boolean failed = i == 702;
            g.add("  {");
            g.add(fmt("    id: 'job-%06d',", 410_000 + i));
            g.add(fmt("    queue: '%s',", g.pick("emails", "thumbnails", "invoices", "webhooks")));
            g.add(fmt("    attempts: %d,", failed ? 5 : g.between(1, 2)));
            g.add(fmt("    durationMs: %d,", g.between(12, 900)));
            if (failed) {
                String status = "    status: 'failed',";
                String error = "    error: 'ECONNRESET: socket hang up (POST https://hooks.partner.example/v1/notify)'";
                g.add(status);
                g.add(error);
                needles.add(Needle.exact(status));
                needles.add(Needle.exact(error));
            } else {
                g.add("    status: 'done'");
            }
            g.add(i == 999 ? "  }" : "  },");
        }
        g.add("]");
        return NeedleCase.named("codelike_node_inspect", "codelike", "node-inspect")
                .shell("node scripts/jobs.js --since 1h")
                .question("Did any job fail, and why?")
                .build(g.text(), needles);
    }

    /** Rust {:#?} of a Vec of request timings; one request took 48 s among 5–400 ms. */
    static NeedleCase rustDebug() {
        Gen g = new Gen(50_003);
        List<Needle> needles = new ArrayList<>();
        g.add("[");
        for (int i = 0; i < 900; i++) {
            g.add("    RequestTiming {");
            g.add(fmt("        request_id: \"req-%s\",", g.hex(12)));
            g.add(fmt("        route: \"%s\",", g.pick("/api/cart", "/api/search", "/api/items/:id", "/api/session")));
            g.add(fmt("        status: %d,", 200));
            if (i == 517) {
                String slow = "        duration_ms: 48213,";
                g.add(slow);
                needles.add(Needle.exact(slow));
            } else {
                g.add(fmt("        duration_ms: %d,", g.between(5, 400)));
            }
            g.add(fmt("        bytes: %d,", g.between(200, 90_000)));
            g.add("    },");
        }
        g.add("]");
        return NeedleCase.named("codelike_rust_debug", "codelike", "rust-debug")
                .shell("cargo run --bin timings -- --last 900")
                .question("Which request was slow?")
                .build(g.text(), needles);
    }

    /** Protobuf text format of 800 shipments; one is in a state no other has. */
    static NeedleCase protobufText() {
        Gen g = new Gen(50_004);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            g.add("shipments {");
            g.add(fmt("  id: \"shp-%s\"", g.alnum(10)));
            g.add(fmt("  carrier: \"%s\"", g.pick("DHL", "UPS", "GLS", "DPD")));
            g.add(fmt("  weight_grams: %d", g.between(100, 20_000)));
            if (i == 433) {
                String lost = "  state: LOST_IN_TRANSIT";
                g.add(lost);
                needles.add(Needle.exact(lost));
            } else {
                g.add(fmt("  state: %s", g.pick("DELIVERED", "DELIVERED", "DELIVERED", "IN_TRANSIT")));
            }
            g.add("  destination {");
            g.add(fmt("    country: \"%s\"", g.pick("DE", "AT", "CH", "FR")));
            g.add(fmt("    postal_code: \"%d\"", g.between(10_000, 99_999)));
            g.add("  }");
            g.add("}");
        }
        return NeedleCase.named("codelike_protobuf_text", "codelike", "protobuf-text")
                .shell("grpc_cli call shipping:443 ListShipments 'page_size: 800' --format=text")
                .question("Is any shipment lost?")
                .build(g.text(), needles);
    }

    /** A Python worker log formatted "%(process)d:%(asctime)s %(levelname)s %(message)s"; one error with a traceback. */
    static NeedleCase pidPrefixedLog() {
        Gen g = new Gen(50_005);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 2, 0, 0), 900);
        List<Needle> needles = new ArrayList<>();
        int[] pids = {4107, 4108, 4111, 4112};
        for (int i = 0; i < 3_000; i++) {
            String t = clock.next(Stamps.PYTHON);
            int pid = pids[g.nextInt(pids.length)];
            if (i == 2_024) {
                String error = fmt("%d:%s ERROR worker: task reconcile_ledger[c1f0] raised an exception", pid, t);
                g.add(error);
                g.add("Traceback (most recent call last):");
                g.add("  File \"/srv/app/worker/tasks.py\", line 88, in reconcile_ledger");
                g.add("    balance = ledger.balance(account_id)");
                String cause = "psycopg2.errors.SerializationFailure: could not serialize access due to concurrent update";
                g.add(cause);
                needles.add(Needle.exact(error));
                needles.add(Needle.exact(cause));
                continue;
            }
            g.add(fmt("%d:%s INFO worker: task %s[%s] succeeded in %.3fs", pid, t,
                    g.pick("send_receipt", "refresh_cache", "sync_inventory", "reconcile_ledger"), g.hex(4), g.between(5, 2_000) / 1000.0));
        }
        return NeedleCase.named("codelike_pid_prefixed_log", "log", "pid-prefixed-python")
                .shell("tail -n 3000 /var/log/app/worker.log")
                .question("Did any task fail?")
                .build(g.text(), needles);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
