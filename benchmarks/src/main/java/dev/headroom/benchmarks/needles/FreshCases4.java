package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fifth held-aside batch ({@code fresh4_*}), written on 2026-12-07 (session 5) after that session's
 * compressor changes were done, with needle rules written together with each generator, before any of their
 * outputs was looked at; nothing was changed after their first run. Formats none of the other cases has:
 * Elasticsearch _cat/indices, kafka-consumer-groups --describe, a Trivy image table, CloudTrail records,
 * a Prometheus /api/v1/query vector, mypy, a Jenkins pipeline console log, nmap -sV, aws s3 ls --recursive,
 * an IIS W3C log, auditd's audit.log and Semgrep's text output. Never tuned on: reported as their own set,
 * refused by {@code --case}.
 */
final class FreshCases4 {

    private FreshCases4() {}

    static List<NeedleCase> all() {
        return List.of(esCatIndices(), kafkaConsumerLag(), trivyImage(), cloudTrailAccessDenied(), prometheusVector(), mypyNamedModule(),
                jenkinsConsole(), nmapTelnet(), s3LsPrefix(), iisW3cExport(), auditdAvc(), semgrepBlocking());
    }

    // ---------------------------------------------------------------- Elasticsearch _cat/indices

    /** GET _cat/indices?v&s=index: 1,900 indices, a few yellow, one red (the question's answer). */
    static NeedleCase esCatIndices() {
        Gen g = new Gen(70_001);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy.MM.dd", Locale.ROOT);
        LocalDate first = LocalDate.of(2026, 9, 8);
        List<String[]> rows = new ArrayList<>();
        String[] services = {"api-gateway", "auth", "billing", "catalog", "checkout", "inventory", "notifications", "orders", "payments", "reco", "search", "shipping"};
        String redIndex = "logs-payments-2026.12.06";
        for (String svc : services) {
            long base = g.between(150_000, 30_000_000);
            int pri = base > 12_000_000 ? 3 : base > 4_000_000 ? 2 : 1;
            int bytesPerDoc = g.between(280, 1_500);
            for (int d = 0; d < 90; d++) {
                String index = "logs-" + svc + "-" + day.format(first.plusDays(d));
                long docs = Math.max(1, (long) (base * (0.55 + g.nextDouble() * 0.9)));
                String health = index.equals(redIndex) ? "red" : d >= 87 && g.chance(0.12) ? "yellow" : "green";
                rows.add(esRow(g, health, index, pri, 1, docs, bytesPerDoc));
            }
        }
        String[] datasets = {"system.cpu", "system.memory", "system.network", "system.diskio", "system.filesystem", "system.load", "kubernetes.pod", "kubernetes.container"};
        for (String ds : datasets) {
            int gen = g.between(10, 30);
            int bpd = g.between(400, 900);
            for (int d = 0; d < 90; d += 2) {
                gen++;
                String index = fmt(".ds-metrics-%s-default-%s-%06d", ds, day.format(first.plusDays(d)), gen);
                rows.add(esRow(g, "green", index, 1, 1, g.between(800_000, 9_000_000), bpd));
            }
        }
        for (String ds : new String[] {"traces-apm-default", "logs-apm.error-default", "metrics-apm.internal-default"}) {
            int gen = g.between(1, 9);
            for (int d = 0; d < 90; d += 3) {
                gen++;
                rows.add(esRow(g, "green", fmt(".ds-%s-%s-%06d", ds, day.format(first.plusDays(d)), gen), 1, 1, g.between(10_000, 20_000_000), g.between(300, 2_000)));
            }
        }
        for (String sys : new String[] {".kibana_8.15.3_001", ".kibana_task_manager_8.15.3_001", ".kibana_analytics_8.15.3_001", ".kibana_security_solution_8.15.3_001",
            ".security-7", ".apm-agent-configuration", ".apm-custom-link", ".fleet-agents-7", ".fleet-policies-7", ".tasks", ".async-search", ".geoip_databases",
            ".internal.alerts-observability.logs.alerts-default-000001", ".transform-internal-007"}) {
            rows.add(esRow(g, "green", sys, 1, g.pick(0, 1), g.between(1, 90_000), g.between(200, 5_000)));
        }
        rows.sort(Comparator.comparing(r -> r[2]));
        rows.add(0, new String[] {"health", "status", "index", "uuid", "pri", "rep", "docs.count", "docs.deleted", "store.size", "pri.store.size", "dataset.size"});
        List<String> lines = align(rows, 1, new boolean[] {false, false, false, false, true, true, true, true, true, true, true});
        String needle = lines.stream().filter(l -> l.startsWith("red ")).findFirst().orElseThrow();
        return NeedleCase.named("fresh4_es_cat_indices", "table", "es-cat-indices")
                .shell("curl -s -u elastic:$ES_PASS 'https://es-prod.internal:9200/_cat/indices?v&s=index'")
                .question("The Elasticsearch cluster went red overnight. Which index is red?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(needle)));
    }

    private static String[] esRow(Gen g, String health, String index, int pri, int rep, long docs, int bytesPerDoc) {
        long deleted = g.chance(0.7) ? 0 : g.between(1, (int) Math.min(Integer.MAX_VALUE - 1, Math.max(2, docs / 50)));
        long priBytes = docs * bytesPerDoc + g.between(0, 400_000);
        long store = priBytes * (1 + rep);
        return new String[] {health, "open", index, b64(g, 22), String.valueOf(pri), String.valueOf(rep), String.valueOf(docs), String.valueOf(deleted),
            esSize(store), esSize(priBytes), esSize(priBytes)};
    }

    private static String b64(Gen g, int n) {
        String abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(abc.charAt(g.nextInt(abc.length())));
        }
        return sb.toString();
    }

    /** Elasticsearch's byte sizes: one decimal, none when it is zero (612.3mb, 5gb, 225b). */
    private static String esSize(long bytes) {
        String[] units = {"b", "kb", "mb", "gb", "tb"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        if (u == 0) {
            return bytes + "b";
        }
        String s = fmt("%.1f", v);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s + units[u];
    }

    /** Space-aligned columns, some right-aligned (numbers in _cat output); the last column not padded if left-aligned. */
    private static List<String> align(List<String[]> rows, int gap, boolean[] right) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        List<String> out = new ArrayList<>(rows.size());
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String pad = " ".repeat(width[c] - r[c].length());
                if (right[c]) {
                    sb.append(pad).append(r[c]);
                } else {
                    sb.append(r[c]);
                    if (c < cols - 1) {
                        sb.append(pad);
                    }
                }
                if (c < cols - 1) {
                    sb.append(" ".repeat(gap));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    // ---------------------------------------------------------------- Kafka consumer groups

    /** kafka-consumer-groups --describe --all-groups: 36 groups; one partition has millions of messages of lag. */
    static NeedleCase kafkaConsumerLag() {
        Gen g = new Gen(70_002);
        String[][] specs = {
            {"analytics-sink", "orders.created", "clicks.raw"}, {"audit-archiver", "audit.events"}, {"catalog-denormalizer", "catalog.products", "catalog.prices"},
            {"cdc-customers-db", "cdc.customers_db.public.customers"}, {"cdc-orders-db", "cdc.orders_db.public.orders"}, {"clickstream-sessionizer", "clicks.raw"},
            {"customer-360", "customers.changed", "orders.created"}, {"dlq-replayer", "dlq.orders"}, {"email-bounce-handler", "notifications.bounces"},
            {"erp-export", "billing.invoices", "payments.settled"}, {"feature-store-writer", "clicks.raw", "orders.created"}, {"fraud-scorer", "payments.authorized"},
            {"gdpr-eraser", "customers.erasure"}, {"identity-audit", "identity.sessions", "audit.events"}, {"inventory-projector", "inventory.adjusted"},
            {"inventory-reserver", "orders.created"}, {"invoice-mailer", "billing.invoices"}, {"ledger-sync", "payments.settled", "payments.refunded"},
            {"loyalty-points", "payments.settled"}, {"metrics-rollup", "metrics.raw"}, {"notifications-email", "notifications.outbound"},
            {"notifications-push", "notifications.outbound"}, {"orders-projector", "orders.created", "orders.updated"}, {"orders-search-indexer", "orders.updated"},
            {"partner-feed", "catalog.products"}, {"price-cache-warmer", "catalog.prices"}, {"recommendations-feed", "clicks.raw"}, {"refund-processor", "payments.refunded"},
            {"returns-workflow", "returns.requested"}, {"search-indexer", "catalog.products"}, {"session-revoker", "identity.sessions"},
            {"shipping-label-worker", "shipments.requested"}, {"sms-gateway", "notifications.sms"}, {"tax-reporter", "billing.invoices"},
            {"warehouse-bridge", "shipments.requested", "inventory.adjusted"}, {"webhooks-dispatcher", "webhooks.outbound"},
        };
        Map<String, long[]> logEnd = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        String needle = null;
        for (String[] spec : specs) {
            String group = spec[0];
            int consumers = g.between(1, 6);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID", "HOST", "CLIENT-ID"});
            String[] ids = new String[consumers];
            String[] hosts = new String[consumers];
            for (int c = 0; c < consumers; c++) {
                ids[c] = fmt("consumer-%s-%d-%s-%s-%s-%s-%s", group, c + 1, g.hex(8), g.hex(4), g.hex(4), g.hex(4), g.hex(12));
                hosts[c] = "/" + g.privateIp();
            }
            int needleRow = -1;
            for (int t = 1; t < spec.length; t++) {
                String topic = spec[t];
                long[] ends = logEnd.computeIfAbsent(topic, k -> {
                    int n = k.equals("payments.settled") ? 24 : g.pick(6, 12, 12, 24, 32, 48);
                    long scale = g.pick(40_000L, 900_000L, 12_000_000L, 250_000_000L);
                    long[] e = new long[n];
                    for (int p = 0; p < n; p++) {
                        e[p] = scale + (long) (g.nextDouble() * scale * 0.3);
                    }
                    return e;
                });
                for (int p = 0; p < ends.length; p++) {
                    long lag = switch (g.weighted(40, 45, 13, 2)) {
                        case 0 -> 0;
                        case 1 -> g.between(1, 50);
                        case 2 -> g.between(51, 400);
                        default -> g.between(1_000, 9_000);
                    };
                    if (group.equals("ledger-sync") && topic.equals("payments.settled") && p == 17) {
                        lag = 2_417_903;
                        needleRow = rows.size();
                    }
                    int c = p * consumers / ends.length;
                    rows.add(new String[] {group, topic, String.valueOf(p), String.valueOf(ends[p] - lag), String.valueOf(ends[p]), String.valueOf(lag),
                        ids[c], hosts[c], fmt("consumer-%s-%d", group, c + 1)});
                }
            }
            List<String> lines = Columns.render(rows, 1);
            out.add("");
            out.addAll(lines);
            if (needleRow >= 0) {
                needle = lines.get(needleRow);
            }
        }
        return NeedleCase.named("fresh4_kafka_consumer_lag", "table", "kafka-consumer-groups")
                .shell("kafka-consumer-groups.sh --bootstrap-server kafka-0.kafka:9092 --describe --all-groups")
                .question("Some consumer is falling way behind. Which group, topic and partition?")
                .heldAside()
                .build(String.join("\n", out) + "\n", List.of(Needle.exact(needle)));
    }

    // ---------------------------------------------------------------- Trivy

    /** trivy image (table): a Debian base with ~250 LOW/MEDIUM/HIGH findings and one CRITICAL, plus Python packages. */
    static NeedleCase trivyImage() {
        Gen g = new Gen(70_003);
        String image = "registry.acme.io/platform/api:4.18.0";
        String[][] debs = {
            {"apt", "2.6.1", "apt"}, {"bash", "5.2.15-2+b7", "bash"}, {"bsdutils", "1:2.38.1-5+deb12u2", "util-linux"}, {"coreutils", "9.1-1", "coreutils"},
            {"curl", "7.88.1-10+deb12u8", "curl"}, {"dpkg", "1.21.22", "dpkg"}, {"gcc-12-base", "12.2.0-14", "gcc"}, {"gpgv", "2.2.40-1.1", "gnupg2"},
            {"libapt-pkg6.0", "2.6.1", "apt"}, {"libblkid1", "2.38.1-5+deb12u2", "util-linux"}, {"libc-bin", "2.36-9+deb12u9", "glibc"}, {"libc6", "2.36-9+deb12u9", "glibc"},
            {"libcurl4", "7.88.1-10+deb12u8", "curl"}, {"libexpat1", "2.5.0-1+deb12u1", "expat"}, {"libgcrypt20", "1.10.1-3", "libgcrypt"},
            {"libgnutls30", "3.7.9-2+deb12u3", "gnutls"}, {"libgssapi-krb5-2", "1.20.1-2+deb12u2", "krb5"}, {"libk5crypto3", "1.20.1-2+deb12u2", "krb5"},
            {"libkrb5-3", "1.20.1-2+deb12u2", "krb5"}, {"libldap-2.5-0", "2.5.13+dfsg-5", "openldap"}, {"liblzma5", "5.4.1-0.2", "xz-utils"},
            {"libmount1", "2.38.1-5+deb12u2", "util-linux"}, {"libncursesw6", "6.4-4", "ncurses"}, {"libpam-modules", "1.5.2-6+deb12u1", "pam"},
            {"libpam0g", "1.5.2-6+deb12u1", "pam"}, {"libperl5.36", "5.36.0-7+deb12u1", "perl"}, {"libsqlite3-0", "3.40.1-2+deb12u1", "sqlite3"},
            {"libssl3", "3.0.15-1~deb12u1", "openssl"}, {"libsystemd0", "252.31-1~deb12u1", "systemd"}, {"libtasn1-6", "4.19.0-2", "libtasn1-6"},
            {"libtinfo6", "6.4-4", "ncurses"}, {"libudev1", "252.31-1~deb12u1", "systemd"}, {"libxml2", "2.9.14+dfsg-1.3~deb12u1", "libxml2"},
            {"login", "1:4.13+dfsg1-1+b1", "shadow"}, {"ncurses-base", "6.4-4", "ncurses"}, {"openssl", "3.0.15-1~deb12u1", "openssl"},
            {"passwd", "1:4.13+dfsg1-1+b1", "shadow"}, {"perl-base", "5.36.0-7+deb12u1", "perl"}, {"sysvinit-utils", "3.06-4", "sysvinit"},
            {"tar", "1.34+dfsg-1.2+deb12u1", "tar"}, {"util-linux", "2.38.1-5+deb12u2", "util-linux"}, {"zlib1g", "1:1.2.13.dfsg-1", "zlib"},
        };
        String[][] pys = {
            {"Jinja2", "3.1.2", "jinja2"}, {"Werkzeug", "3.0.1", "werkzeug"}, {"certifi", "2023.7.22", "python-certifi"}, {"cryptography", "41.0.7", "python-cryptography"},
            {"idna", "3.6", "python-idna"}, {"pip", "23.2.1", "pip"}, {"requests", "2.31.0", "python-requests"}, {"setuptools", "68.0.0", "python-setuptools"},
            {"urllib3", "1.26.18", "python-urllib3"},
        };
        String critical = "CVE-2026-24031";
        List<List<String[]>> debVulns = new ArrayList<>();
        int[] counts = new int[5]; // UNKNOWN LOW MEDIUM HIGH CRITICAL
        for (String[] d : debs) {
            List<String[]> vs = new ArrayList<>();
            int n = g.between(1, 11);
            for (int k = 0; k < n; k++) {
                String sev = new String[] {"UNKNOWN", "LOW", "MEDIUM", "HIGH"}[g.weighted(4, 60, 28, 8)];
                vs.add(trivyVuln(g, d, sev));
            }
            if (d[0].equals("libexpat1")) {
                vs.add(new String[] {d[0], critical, "CRITICAL", "fixed", d[1], "2.5.0-1+deb12u2",
                    "expat: heap buffer overflow in XML_ResumeParser() when resuming a parser suspended inside a nested entity allows remote code execution",
                    "https://avd.aquasec.com/nvd/cve-2026-24031"});
            }
            vs.sort(Comparator.comparing((String[] v) -> severityRank(v[2])).thenComparing(v -> v[1]));
            for (String[] v : vs) {
                counts[4 - severityRank(v[2])]++;
            }
            debVulns.add(vs);
        }
        List<List<String[]>> pyVulns = new ArrayList<>();
        int[] pyCounts = new int[5];
        for (String[] p : pys) {
            List<String[]> vs = new ArrayList<>();
            int n = g.between(0, 3);
            for (int k = 0; k < n; k++) {
                String sev = new String[] {"LOW", "MEDIUM", "HIGH"}[g.weighted(20, 55, 25)];
                String[] v = trivyVuln(g, p, sev);
                if (g.chance(0.5)) {
                    v[1] = "GHSA-" + g.alnum(4) + "-" + g.alnum(4) + "-" + g.alnum(4);
                    v[7] = "https://github.com/advisories/" + v[1];
                }
                v[3] = "fixed";
                v[5] = bumpVersion(p[1], g);
                vs.add(v);
            }
            if (vs.isEmpty()) {
                continue;
            }
            vs.sort(Comparator.comparing((String[] v) -> severityRank(v[2])).thenComparing(v -> v[1]));
            for (String[] v : vs) {
                pyCounts[4 - severityRank(v[2])]++;
            }
            pyVulns.add(vs);
        }
        int debTotal = counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
        int pyTotal = pyCounts[0] + pyCounts[1] + pyCounts[2] + pyCounts[3] + pyCounts[4];
        List<String> out = new ArrayList<>();
        String[] log = {
            "INFO\t[vulndb] Need to update DB", "INFO\t[vulndb] Downloading vulnerability DB...", "INFO\t[vulndb] Downloading artifact...\trepo=\"mirror.gcr.io/aquasec/trivy-db:2\"",
            "INFO\t[vulndb] Artifact successfully downloaded\trepo=\"mirror.gcr.io/aquasec/trivy-db:2\"", "INFO\t[vuln] Vulnerability scanning is enabled",
            "INFO\t[secret] Secret scanning is enabled", "INFO\t[secret] If your scanning is slow, please try '--scanners vuln' to disable secret scanning",
            "INFO\tDetected OS\tfamily=\"debian\" version=\"12.8\"", "INFO\t[debian] Detecting vulnerabilities...\tos_version=\"12\" pkg_num=" + (debs.length + 86),
            "INFO\tNumber of language-specific files\tnum=1", "INFO\t[python-pkg] Detecting vulnerabilities...",
        };
        for (int i = 0; i < log.length; i++) {
            out.add(fmt("2026-12-07T09:14:%02dZ\t%s", 2 + i, log[i]));
        }
        out.add("");
        out.add("Report Summary");
        out.add("");
        String target = image + " (debian 12.8)";
        int[] sw = {target.length() + 2, 10, 15, 7};
        out.add(boxRule(sw, '┌', '┬', '┐'));
        out.add(boxRow(sw, new String[] {"Target", "Type", "Vulnerabilities", "Secrets"}, true));
        out.add(boxRule(sw, '├', '┼', '┤'));
        out.add(boxRow(sw, new String[] {target, center("debian", 10), center(String.valueOf(debTotal), 15), center("-", 7)}, false));
        out.add(boxRule(sw, '├', '┼', '┤'));
        out.add(boxRow(sw, new String[] {"Python", center("python-pkg", 10), center(String.valueOf(pyTotal), 15), center("-", 7)}, false));
        out.add(boxRule(sw, '└', '┴', '┘'));
        out.add("Legend:");
        out.add("- '-': Not scanned");
        out.add("- '0': Clean (no security findings detected)");
        out.add("");
        out.add("");
        String needle = trivySection(out, target, counts, debVulns, critical);
        out.add("");
        trivySection(out, "Python (python-pkg)", pyCounts, pyVulns, null);
        return NeedleCase.named("fresh4_trivy_image", "table", "trivy-table")
                .shell("trivy image --scanners vuln,secret " + image)
                .question("Does the api 4.18.0 image have any critical vulnerabilities we must fix before the release?")
                .heldAside()
                .build(String.join("\n", out) + "\n", List.of(Needle.exact(needle)));
    }

    private static int severityRank(String sev) {
        return switch (sev) {
            case "CRITICAL" -> 0;
            case "HIGH" -> 1;
            case "MEDIUM" -> 2;
            case "LOW" -> 3;
            default -> 4;
        };
    }

    private static String[] trivyVuln(Gen g, String[] pkg, String sev) {
        String cve = fmt("CVE-%d-%d", g.between(2005, 2025), g.between(1_000, 52_999));
        String status = switch (sev) {
            case "LOW", "UNKNOWN" -> g.pick("affected", "affected", "will_not_fix", "fix_deferred");
            case "MEDIUM" -> g.pick("affected", "fixed", "fix_deferred");
            default -> g.pick("fixed", "affected");
        };
        String fixed = status.equals("fixed") ? bumpVersion(pkg[1], g) : "";
        String title = pkg[2] + ": " + g.pick("buffer overflow", "heap-based buffer over-read", "use-after-free", "NULL pointer dereference", "integer overflow",
                "out-of-bounds write", "uncontrolled recursion", "improper certificate validation", "infinite loop", "race condition", "memory leak",
                "timing side channel", "path traversal", "improper input validation") + " " + g.pick("in the parser", "when handling long file names",
                "in the TLS handshake", "when decoding malformed input", "in the option handling", "in the locale code", "while processing archives",
                "in the DNS resolver", "when expanding patterns") + g.pick("", "", " which may allow a remote attacker to cause a denial of service",
                " leading to a crash or possibly code execution", " via a specially crafted file", " allowing local users to read arbitrary files");
        return new String[] {pkg[0], cve, sev, status, pkg[1], fixed, title, "https://avd.aquasec.com/nvd/" + cve.toLowerCase(Locale.ROOT)};
    }

    private static String bumpVersion(String v, Gen g) {
        char last = v.charAt(v.length() - 1);
        if (Character.isDigit(last)) {
            return v.substring(0, v.length() - 1) + (char) (last + 1 > '9' ? '9' : last + 1) + (last == '9' ? ".1" : "");
        }
        return v + "1";
    }

    /** One Trivy target: title, totals and the vulnerability table; returns the CRITICAL row's first line when asked. */
    private static String trivySection(List<String> out, String target, int[] counts, List<List<String[]>> libs, String critical) {
        out.add(target);
        out.add("=".repeat(target.length()));
        int total = counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
        out.add(fmt("Total: %d (UNKNOWN: %d, LOW: %d, MEDIUM: %d, HIGH: %d, CRITICAL: %d)", total, counts[0], counts[1], counts[2], counts[3], counts[4]));
        out.add("");
        String[] head = {"Library", "Vulnerability", "Severity", "Status", "Installed Version", "Fixed Version", "Title"};
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            w[i] = head[i].length();
        }
        w[6] = 60;
        for (List<String[]> vs : libs) {
            for (String[] v : vs) {
                for (int i = 0; i < 6; i++) {
                    w[i] = Math.max(w[i], v[i].length());
                }
            }
        }
        out.add(boxRule(w, '┌', '┬', '┐'));
        String[] headCells = new String[head.length];
        for (int i = 0; i < head.length; i++) {
            headCells[i] = center(head[i], w[i]);
        }
        out.add(boxRow(w, headCells, false));
        String needle = null;
        for (int l = 0; l < libs.size(); l++) {
            List<String[]> vs = libs.get(l);
            out.add(boxRule(w, '├', '┼', '┤'));
            for (int k = 0; k < vs.size(); k++) {
                String[] v = vs.get(k);
                if (k > 0) {
                    StringBuilder inner = new StringBuilder("│").append(" ".repeat(w[0] + 2)).append('├');
                    for (int i = 1; i < w.length; i++) {
                        inner.append("─".repeat(w[i] + 2)).append(i < w.length - 1 ? '┼' : '┤');
                    }
                    out.add(inner.toString());
                }
                List<String> title = wrap(v[6], 60);
                title.add(v[7]);
                for (int t = 0; t < title.size(); t++) {
                    String[] cells = t == 0 ? new String[] {k == 0 ? v[0] : "", v[1], v[2], v[3], v[4], v[5], title.get(0)}
                            : new String[] {"", "", "", "", "", "", title.get(t)};
                    String line = boxRow(w, cells, false);
                    out.add(line);
                    if (t == 0 && v[1].equals(critical)) {
                        needle = line;
                    }
                }
            }
        }
        out.add(boxRule(w, '└', '┴', '┘'));
        return needle;
    }

    private static String boxRule(int[] w, char left, char mid, char right) {
        StringBuilder sb = new StringBuilder().append(left);
        for (int i = 0; i < w.length; i++) {
            sb.append("─".repeat(w[i] + 2)).append(i < w.length - 1 ? mid : right);
        }
        return sb.toString();
    }

    private static String boxRow(int[] w, String[] cells, boolean centered) {
        StringBuilder sb = new StringBuilder("│");
        for (int i = 0; i < w.length; i++) {
            String c = centered ? center(cells[i], w[i]) : cells[i];
            sb.append(' ').append(c).append(" ".repeat(Math.max(0, w[i] - c.length()))).append(" │");
        }
        return sb.toString();
    }

    private static String center(String s, int width) {
        int left = Math.max(0, (width - s.length()) / 2);
        return " ".repeat(left) + s + " ".repeat(Math.max(0, width - s.length() - left));
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.split(" ")) {
            if (cur.length() > 0 && cur.length() + 1 + word.length() > width) {
                lines.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(word);
        }
        if (cur.length() > 0) {
            lines.add(cur.toString());
        }
        return lines;
    }

    // ---------------------------------------------------------------- CloudTrail

    /** A CloudTrail log file piped through jq: 380 records of a prod account; one KMS Decrypt is denied. */
    static NeedleCase cloudTrailAccessDenied() {
        Gen g = new Gen(70_004);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 0, 5, 0), 60_000);
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
        String account = "492016532187";
        String region = "eu-west-1";
        String keyArn = "arn:aws:kms:eu-west-1:" + account + ":key/6f1c2e4a-9b3d-4e7f-a812-3c5d7e9f1b20";
        String[] otherKeys = {"arn:aws:kms:eu-west-1:" + account + ":key/0b7d5e21-4c8a-4f1e-9d3b-7a2c6e8f0d14",
            "arn:aws:kms:eu-west-1:" + account + ":key/a94e3c17-2d6b-48f0-b1c5-9e7a3d2f6c08"};
        String[] roles = {"orders-api-task", "billing-worker-task", "eks-node-group-prod", "lambda-thumbnailer", "gha-deploy-prod", "AWSReservedSSO_PlatformAdmin_3f2a9c1d7e4b5a60"};
        String[] agents = {
            "aws-sdk-go-v2/1.32.2 os/linux lang/go#1.23.3 md/GOOS#linux md/GOARCH#amd64 api/%s#1.37.5",
            "aws-sdk-java/2.29.6 Linux/6.1.115-126.197.amzn2023.x86_64 OpenJDK_64-Bit_Server_VM/21.0.5+11-LTS Java/21.0.5 vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/standard api/%s",
            "Boto3/1.35.54 md/Botocore#1.35.54 ua/2.0 os/linux#5.10.227-239.884.amzn2.x86_64 md/arch#x86_64 lang/python#3.12.7 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.35.54 api/%s",
        };
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < 380; i++) {
            LocalDateTime t = clock.next();
            if (i == 263) {
                String session = "gha-run-4417820193";
                String role = "ci-deploy-legacy";
                records.add(obj(
                        "eventVersion", "1.09",
                        "userIdentity", obj("type", "AssumedRole", "principalId", "AROAXE3LQ7V2N4RTK5WPD:" + session,
                                "arn", "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session, "accountId", account, "accessKeyId", "ASIAXE3LQ7V2K9HMB4QC",
                                "sessionContext", obj("sessionIssuer", obj("type", "Role", "principalId", "AROAXE3LQ7V2N4RTK5WPD", "arn", "arn:aws:iam::" + account + ":role/" + role,
                                        "accountId", account, "userName", role), "attributes", obj("creationDate", iso.format(t.minusMinutes(2)), "mfaAuthenticated", "false"))),
                        "eventTime", iso.format(t),
                        "eventSource", "kms.amazonaws.com",
                        "eventName", "Decrypt",
                        "awsRegion", region,
                        "sourceIPAddress", "20.29.134.17",
                        "userAgent", "aws-cli/2.22.4 md/awscrt#0.23.4 ua/2.0 os/linux#6.5.0-1025-azure md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.22 md/prompt#off md/command#kms.decrypt",
                        "errorCode", "AccessDenied",
                        "errorMessage", "User: arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session + " is not authorized to perform: kms:Decrypt on resource: "
                                + keyArn + " because no resource-based policy allows the kms:Decrypt action",
                        "requestParameters", obj("encryptionAlgorithm", "SYMMETRIC_DEFAULT"),
                        "responseElements", null,
                        "requestID", uuid(g),
                        "eventID", uuid(g),
                        "readOnly", true,
                        "resources", List.of(obj("accountId", account, "type", "AWS::KMS::Key", "ARN", keyArn)),
                        "eventType", "AwsApiCall",
                        "managementEvent", true,
                        "recipientAccountId", account,
                        "eventCategory", "Management",
                        "tlsDetails", obj("tlsVersion", "TLSv1.3", "cipherSuite", "TLS_AES_128_GCM_SHA256", "clientProvidedHostHeader", "kms.eu-west-1.amazonaws.com")));
                continue;
            }
            int kind = g.weighted(30, 14, 12, 10, 10, 8, 8, 8);
            String role = g.pick(roles);
            String session = role.startsWith("AWSReserved") ? g.pick("ana.ruiz@acme.io", "tom.berg@acme.io", "li.wei@acme.io")
                    : role.startsWith("gha") ? "gha-run-" + g.between(400_000_000, 499_999_999) : g.hex(32);
            String roleId = "AROAXE3LQ7V2" + g.alnum(9).toUpperCase(Locale.ROOT);
            Map<String, Object> identity = obj("type", "AssumedRole", "principalId", roleId + ":" + session,
                    "arn", "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session, "accountId", account, "accessKeyId", "ASIAXE3LQ7V2" + g.alnum(8).toUpperCase(Locale.ROOT),
                    "sessionContext", obj("sessionIssuer", obj("type", "Role", "principalId", roleId, "arn", "arn:aws:iam::" + account + ":role/" + role, "accountId", account,
                            "userName", role), "attributes", obj("creationDate", iso.format(t.minusMinutes(g.between(1, 50))), "mfaAuthenticated",
                            role.startsWith("AWSReserved") ? "true" : "false")));
            String source;
            String name;
            Object params;
            Object response = null;
            Object resources = null;
            boolean readOnly = true;
            String api;
            switch (kind) {
                case 0 -> {
                    source = "kms.amazonaws.com";
                    name = g.pick("Decrypt", "Decrypt", "GenerateDataKey");
                    api = "kms";
                    String key = g.pick(otherKeys);
                    params = name.equals("Decrypt") ? obj("encryptionContext", obj("aws:ecs:cluster", "prod", "service", role.replace("-task", "")), "encryptionAlgorithm", "SYMMETRIC_DEFAULT")
                            : obj("keyId", key, "keySpec", "AES_256", "encryptionContext", obj("aws:s3:arn", "arn:aws:s3:::acme-prod-" + g.pick("exports", "uploads", "invoices")));
                    resources = List.of(obj("accountId", account, "type", "AWS::KMS::Key", "ARN", key));
                }
                case 1 -> {
                    source = "secretsmanager.amazonaws.com";
                    name = "GetSecretValue";
                    api = "secretsmanager";
                    params = obj("secretId", "arn:aws:secretsmanager:eu-west-1:" + account + ":secret:prod/" + g.pick("orders", "billing", "search") + "/" + g.pick("db", "stripe", "smtp")
                            + "-" + g.alnum(6));
                }
                case 2 -> {
                    source = "ssm.amazonaws.com";
                    name = g.pick("GetParameter", "GetParametersByPath");
                    api = "ssm";
                    params = name.equals("GetParameter") ? obj("name", "/prod/" + g.pick("orders", "billing", "search", "web") + "/" + g.pick("db_url", "feature_flags", "api_base"),
                            "withDecryption", g.chance(0.5)) : obj("path", "/prod/" + g.pick("orders", "billing") + "/", "recursive", true, "withDecryption", true);
                }
                case 3 -> {
                    source = "sts.amazonaws.com";
                    name = "AssumeRole";
                    api = "sts";
                    String target = g.pick(roles);
                    String newSession = g.hex(32);
                    params = obj("roleArn", "arn:aws:iam::" + account + ":role/" + target, "roleSessionName", newSession, "durationSeconds", 3600);
                    response = obj("credentials", obj("accessKeyId", "ASIAXE3LQ7V2" + g.alnum(8).toUpperCase(Locale.ROOT), "sessionToken", g.alnum(40) + "...",
                            "expiration", DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.ROOT).format(t.plusHours(1))),
                            "assumedRoleUser", obj("assumedRoleId", "AROAXE3LQ7V2" + g.alnum(9).toUpperCase(Locale.ROOT) + ":" + newSession,
                                    "arn", "arn:aws:sts::" + account + ":assumed-role/" + target + "/" + newSession));
                    resources = List.of(obj("accountId", account, "type", "AWS::IAM::Role", "ARN", "arn:aws:iam::" + account + ":role/" + target));
                }
                case 4 -> {
                    source = "ec2.amazonaws.com";
                    name = g.pick("DescribeInstances", "DescribeNetworkInterfaces", "DescribeVolumes");
                    api = "ec2";
                    params = obj(name.equals("DescribeInstances") ? "instancesSet" : name.equals("DescribeVolumes") ? "volumeSet" : "networkInterfaceIdSet", obj(),
                            "filterSet", obj("items", List.of(obj("name", "tag:cluster", "valueSet", obj("items", List.of(obj("value", "prod")))))));
                }
                case 5 -> {
                    source = "logs.amazonaws.com";
                    name = "CreateLogStream";
                    api = "cloudwatch-logs";
                    readOnly = false;
                    String svc = g.pick("orders-api", "billing-worker", "search-api", "web");
                    params = obj("logGroupName", "/ecs/" + svc, "logStreamName", "ecs/" + svc + "/" + g.hex(32));
                }
                case 6 -> {
                    source = "elasticloadbalancing.amazonaws.com";
                    name = "DescribeTargetHealth";
                    api = "elastic-load-balancing-v2";
                    params = obj("targetGroupArn", "arn:aws:elasticloadbalancing:eu-west-1:" + account + ":targetgroup/" + g.pick("orders-api", "web", "search-api") + "-tg/" + g.hex(16));
                }
                default -> {
                    source = "s3.amazonaws.com";
                    name = g.pick("GetBucketPolicy", "GetBucketAcl", "GetBucketEncryption", "GetBucketVersioning");
                    api = "s3";
                    String bucket = "acme-prod-" + g.pick("exports", "uploads", "invoices", "assets", "logs");
                    params = obj("bucketName", bucket, "Host", bucket + ".s3.eu-west-1.amazonaws.com", name.substring(9).toLowerCase(Locale.ROOT), "");
                    resources = List.of(obj("accountId", account, "type", "AWS::S3::Bucket", "ARN", "arn:aws:s3:::" + bucket));
                }
            }
            Map<String, Object> r = obj("eventVersion", "1.0" + g.pick(8, 9, 9), "userIdentity", identity, "eventTime", iso.format(t), "eventSource", source, "eventName", name,
                    "awsRegion", region, "sourceIPAddress", role.startsWith("AWSReserved") ? g.ip() : g.privateIp(),
                    "userAgent", role.startsWith("AWSReserved") ? "console.amazonaws.com" : fmt(g.pick(agents), api));
            if (kind == 4 && g.chance(0.04)) {
                r.put("errorCode", "Client.RequestLimitExceeded");
                r.put("errorMessage", "Request limit exceeded.");
            }
            r.put("requestParameters", params);
            r.put("responseElements", response);
            r.put("requestID", uuid(g));
            r.put("eventID", uuid(g));
            r.put("readOnly", readOnly);
            if (resources != null) {
                r.put("resources", resources);
            }
            r.put("eventType", "AwsApiCall");
            r.put("managementEvent", true);
            r.put("recipientAccountId", account);
            r.put("eventCategory", "Management");
            if (g.chance(0.8)) {
                r.put("tlsDetails", obj("tlsVersion", g.pick("TLSv1.2", "TLSv1.3"), "cipherSuite", g.pick("ECDHE-RSA-AES128-GCM-SHA256", "TLS_AES_128_GCM_SHA256"),
                        "clientProvidedHostHeader", api.replace("cloudwatch-logs", "logs").replace("elastic-load-balancing-v2", "elasticloadbalancing") + ".eu-west-1.amazonaws.com"));
            }
            records.add(r);
        }
        StringBuilder sb = new StringBuilder();
        json(sb, obj("Records", records), 0);
        sb.append('\n');
        return NeedleCase.named("fresh4_cloudtrail_access_denied", "json", "cloudtrail-json")
                .shell("aws s3 cp s3://acme-org-cloudtrail/AWSLogs/492016532187/CloudTrail/eu-west-1/2026/12/07/492016532187_CloudTrail_eu-west-1_20261207T0705Z_Xq2k9.json.gz - | gunzip | jq .")
                .question("Something got AccessDenied from KMS in prod overnight. Which principal was it, and what was it trying to do?")
                .heldAside()
                .build(sb.toString(), List.of(
                        // values only: a compressor may re-format JSON, values survive any form
                        Needle.contains("AccessDenied"),
                        Needle.contains("assumed-role/ci-deploy-legacy/gha-run-4417820193"),
                        Needle.contains("is not authorized to perform: kms:Decrypt")));
    }

    /** An insertion-ordered JSON object from key, value pairs (values may be null). */
    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A number printed as written (jq keeps 1765101600.318 as is). */
    private record Raw(String text) {}

    /** jq's default pretty print: two-space indent, "key": value, empty containers as {} and []. */
    private static void json(StringBuilder sb, Object v, int depth) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            sb.append(Json.quote(s));
        } else if (v instanceof Raw r) {
            sb.append(r.text());
        } else if (v instanceof Boolean || v instanceof Number) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append("  ".repeat(depth + 1)).append(Json.quote((String) e.getKey())).append(": ");
                json(sb, e.getValue(), depth + 1);
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            sb.append("  ".repeat(depth)).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                sb.append("  ".repeat(depth + 1));
                json(sb, l.get(i), depth + 1);
                sb.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            sb.append("  ".repeat(depth)).append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + v);
        }
    }

    // ---------------------------------------------------------------- Prometheus

    /** /api/v1/query of a p99 latency by pod and route, through jq: 1,700 series; one route is at 9.9 s. */
    static NeedleCase prometheusVector() {
        Gen g = new Gen(70_005);
        String[][] deployments = {
            {"shop", "storefront"}, {"shop", "cart"}, {"shop", "checkout"}, {"shop", "wishlist"}, {"catalog", "catalog-api"}, {"catalog", "media"},
            {"catalog", "reviews"}, {"search", "search-api"}, {"search", "suggest"}, {"payments", "payments-api"}, {"payments", "refunds"},
            {"payments", "fraud"}, {"identity", "auth"}, {"identity", "profile"}, {"identity", "sessions"}, {"orders", "orders-api"}, {"orders", "returns"},
            {"orders", "invoices"}, {"shipping", "rates"}, {"shipping", "labels"}, {"pricing", "prices"}, {"pricing", "promotions"}, {"pricing", "quotes-batch"},
        };
        String[] verbs = {"", "/{id}", "/{id}/items", "/search", "/{id}/status", "/batch", "/export", "/{id}/history", "/count", "/{id}/events", "/summary", "/validate", "/{id}/notes", "/recent"};
        List<Object> result = new ArrayList<>();
        for (String[] d : deployments) {
            boolean quotes = d[1].equals("quotes-batch");
            int replicas = quotes ? 1 : g.between(3, 10);
            String base = "/api/v" + g.between(1, 2) + "/" + d[1].replace("-api", "").replace("-", "");
            List<String> routes = new ArrayList<>();
            int nRoutes = quotes ? 4 : g.between(5, 12);
            for (int r = 0; r < nRoutes && r < verbs.length; r++) {
                routes.add(base + verbs[r]);
            }
            if (quotes) {
                routes.set(3, "/api/v2/quotes/bulk");
            }
            String rs = g.hex(10);
            for (int p = 0; p < replicas; p++) {
                String pod = d[1] + "-" + rs + "-" + g.alnum(5);
                for (String route : routes) {
                    String value;
                    if (route.equals("/api/v2/quotes/bulk")) {
                        value = "9.871428571428572";
                    } else if (g.chance(0.03)) {
                        value = "NaN";
                    } else {
                        double x = 0.004 + Math.pow(g.nextDouble(), 3) * 0.9;
                        value = String.valueOf(x);
                    }
                    result.add(obj("metric", obj("namespace", d[0], "pod", pod, "route", route), "value", List.of(new Raw("1796637600.318"), value)));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        json(sb, obj("status", "success", "data", obj("resultType", "vector", "result", result)), 0);
        sb.append('\n');
        return NeedleCase.named("fresh4_prometheus_vector", "json", "prometheus-query-json")
                .shell("curl -s 'http://prometheus.monitoring:9090/api/v1/query' --data-urlencode 'query=histogram_quantile(0.99, sum by (le, namespace, pod, route) (rate(http_server_request_duration_seconds_bucket[5m])))' | jq .")
                .question("Which route has the worst p99 latency right now, and how bad is it?")
                .heldAside()
                .build(sb.toString(), List.of(Needle.contains("9.871428571428572"), Needle.contains("/api/v2/quotes/bulk")));
    }

    // ---------------------------------------------------------------- mypy

    /** mypy --strict over a Django shop: about 1,300 errors in 280 files; the question names one module. */
    static NeedleCase mypyNamedModule() {
        Gen g = new Gen(70_006);
        String[] packages = {"accounts", "billing", "cart", "catalog", "orders", "payments", "search", "shipping", "notifications", "reports"};
        String[] modules = {"models", "services", "views", "serializers", "tasks", "utils", "repository", "forms", "admin", "signals", "api", "selectors", "events", "permissions", "filters",
            "validators", "exceptions", "constants", "clients", "webhooks", "querysets"};
        String[] types = {"str", "int", "Decimal", "str | None", "int | None", "dict[str, Any]", "list[Order]", "Order", "Customer | None", "datetime", "QuerySet[Order]", "bool"};
        String[] funcs = {"charge", "get_customer", "send_receipt", "apply_discount", "reserve_stock", "to_cents", "serialize", "create_invoice", "lookup", "schedule"};
        String[] classes = {"PaymentGateway", "OrderService", "InvoiceRepository", "CartManager", "StockClient", "Mailer", "SearchIndex"};
        String[] attrs = {"id", "email", "total", "items", "status", "currency", "created_at", "address"};
        java.util.TreeSet<String> files = new java.util.TreeSet<>();
        while (files.size() < 280) {
            String pkg = g.pick(packages);
            String mod = g.pick(modules);
            files.add(g.chance(0.25) ? "tests/" + pkg + "/test_" + mod + ".py" : "src/shop/" + pkg + "/" + mod + ".py");
        }
        files.add("src/shop/billing/proration.py");
        files.add("tests/billing/test_proration.py");
        List<Needle> needles = new ArrayList<>();
        int errors = 0;
        boolean stubsHint = false;
        for (String file : files) {
            if (file.equals("src/shop/billing/proration.py")) {
                String[] named = {
                    "src/shop/billing/proration.py:57: error: Unsupported operand types for * (\"Decimal\" and \"float\")  [operator]",
                    "src/shop/billing/proration.py:88: error: Argument \"days_in_period\" to \"prorate\" has incompatible type \"int | None\"; expected \"int\"  [arg-type]",
                    "src/shop/billing/proration.py:121: error: Incompatible return value type (got \"float\", expected \"Decimal\")  [return-value]",
                };
                for (String l : named) {
                    g.add(l);
                    needles.add(Needle.exact(l));
                }
                errors += named.length;
                continue;
            }
            int n = file.startsWith("tests/") ? g.between(1, 9) : g.between(1, 8);
            int line = g.between(1, 12);
            for (int k = 0; k < n; k++) {
                line += g.between(1, 45);
                String at = file + ":" + line + ": ";
                int w = file.startsWith("tests/") ? g.weighted(60, 10, 10, 10, 10, 0, 0, 0) : g.weighted(14, 16, 14, 12, 12, 10, 12, 10);
                switch (w) {
                    case 0 -> {
                        g.add(at + "error: Function is missing a return type annotation  [no-untyped-def]");
                        g.add(at + "note: Use \"-> None\" if function does not return a value");
                    }
                    case 1 -> g.add(at + fmt("error: Argument %d to \"%s\" of \"%s\" has incompatible type \"%s\"; expected \"%s\"  [arg-type]", g.between(1, 3), g.pick(funcs),
                            g.pick(classes), g.pick(types), g.pick(types)));
                    case 2 -> {
                        String t = g.pick("Customer", "Order", "Address", "Invoice");
                        g.add(at + fmt("error: Item \"None\" of \"%s | None\" has no attribute \"%s\"  [union-attr]", t, g.pick(attrs)));
                    }
                    case 3 -> g.add(at + fmt("error: Incompatible types in assignment (expression has type \"%s\", variable has type \"%s\")  [assignment]", g.pick(types),
                            g.pick(types)));
                    case 4 -> g.add(at + fmt("error: Call to untyped function \"%s\" in typed context  [no-untyped-call]", g.pick(funcs)));
                    case 5 -> g.add(at + fmt("error: Missing type parameters for generic type \"%s\"  [type-arg]", g.pick("dict", "list", "QuerySet", "Callable", "tuple")));
                    case 6 -> {
                        if (!stubsHint && line < 40) {
                            g.add(at + "error: Library stubs not installed for \"requests\"  [import-untyped]");
                            g.add(at + "note: Hint: \"python3 -m pip install types-requests\"");
                            g.add(at + "note: (or run \"mypy --install-types\" to install all missing stub packages)");
                            g.add(at + "note: See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports");
                            stubsHint = true;
                        } else {
                            g.add(at + fmt("error: Incompatible return value type (got \"%s\", expected \"%s\")  [return-value]", g.pick(types), g.pick(types)));
                        }
                    }
                    default -> g.add(at + "error: Unused \"type: ignore\" comment  [unused-ignore]");
                }
                errors++;
            }
        }
        g.add(fmt("Found %d errors in %d files (checked %d source files)", errors, files.size(), 912));
        return NeedleCase.named("fresh4_mypy_named_module", "build", "mypy")
                .shell("mypy --strict src tests")
                .question("What type errors does mypy report in src/shop/billing/proration.py?")
                .heldAside()
                .build(g.text(), needles);
    }

    // ---------------------------------------------------------------- Jenkins

    /** A Jenkins pipeline's console text (timestamps on): a long CMake build and ctest pass; integration tests fail. */
    static NeedleCase jenkinsConsole() {
        Gen g = new Gen(70_007);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 2, 0, 1), 700);
        String ws = "/var/lib/jenkins/workspace/ledger-engine_nightly";
        List<String> body = new ArrayList<>();
        body.add("Started by timer");
        body.add("Obtained Jenkinsfile from git https://git.acme.io/platform/ledger-engine.git");
        body.add("[Pipeline] Start of Pipeline");
        body.add("[Pipeline] node");
        body.add("Running on build-agent-07 in " + ws);
        body.add("[Pipeline] {");
        body.add("[Pipeline] stage");
        body.add("[Pipeline] { (Declarative: Checkout SCM)");
        body.add("[Pipeline] checkout");
        body.add("The recommended git tool is: NONE");
        body.add("using credential jenkins-git-ro");
        body.add(" > git rev-parse --resolve-git-dir " + ws + "/.git # timeout=10");
        body.add("Fetching changes from the remote Git repository");
        body.add(" > git config remote.origin.url https://git.acme.io/platform/ledger-engine.git # timeout=10");
        body.add("Fetching upstream changes from https://git.acme.io/platform/ledger-engine.git");
        body.add(" > git --version # timeout=10");
        body.add(" > git --version # 'git version 2.43.0'");
        body.add(" > git fetch --tags --force --progress -- https://git.acme.io/platform/ledger-engine.git +refs/heads/*:refs/remotes/origin/* # timeout=10");
        body.add(" > git rev-parse refs/remotes/origin/main^{commit} # timeout=10");
        body.add("Checking out Revision 4b1d9e07c2a35f8e61d0b7a94c3e2f15a8d6b0c9 (refs/remotes/origin/main)");
        body.add(" > git config core.sparsecheckout # timeout=10");
        body.add(" > git checkout -f 4b1d9e07c2a35f8e61d0b7a94c3e2f15a8d6b0c9 # timeout=10");
        body.add("Commit message: \"Merge pull request #1284 from platform/fx-rounding\"");
        body.add(" > git rev-list --no-walk 9e2c4a17b3d05f6e8a1c7b2d4f9e0a3c5b8d1e7f # timeout=10");
        body.add("[Pipeline] }");
        body.add("[Pipeline] // stage");
        body.add("[Pipeline] withEnv");
        body.add("[Pipeline] {");
        body.add("[Pipeline] stage");
        body.add("[Pipeline] { (Build)");
        body.add("[Pipeline] sh");
        body.add("+ cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEDGER_WERROR=OFF");
        body.add("-- The CXX compiler identification is GNU 13.2.0");
        body.add("-- Detecting CXX compiler ABI info");
        body.add("-- Detecting CXX compiler ABI info - done");
        body.add("-- Check for working CXX compiler: /usr/bin/c++ - skipped");
        body.add("-- Found Boost: /usr/lib/x86_64-linux-gnu/cmake/Boost-1.83.0/BoostConfig.cmake (found version \"1.83.0\")");
        body.add("-- Found PostgreSQL: /usr/lib/x86_64-linux-gnu/libpq.so (found version \"16.4\")");
        body.add("-- Found GTest: /usr/lib/x86_64-linux-gnu/cmake/GTest/GTestConfig.cmake (found version \"1.14.0\")");
        body.add("-- Configuring done (2.1s)");
        body.add("-- Generating done (0.1s)");
        body.add("-- Build files have been written to: " + ws + "/build");
        body.add("+ cmake --build build -j 16");
        String[] comps = {"ledger", "fx", "posting", "accounts", "reporting", "audit", "storage", "api", "common", "settlement"};
        String[] stems = {"engine", "posting", "journal", "balance", "rates", "rounding", "currency", "snapshot", "reconcile", "period", "ledger_entry", "account",
            "statement", "export", "schema", "pool", "codec", "client", "server", "clock"};
        int steps = 840;
        for (int s = 1; s <= steps; s++) {
            String comp = g.pick(comps);
            String stem = g.pick(stems);
            if (s > steps - 30) {
                body.add(fmt("[%d/%d] Linking CXX %s", s, steps, g.chance(0.5) ? "static library src/" + comp + "/lib" + comp + ".a" : "executable tests/" + comp + "_tests"));
                continue;
            }
            boolean test = g.chance(0.3);
            body.add(fmt("[%d/%d] Building CXX object %s/%s/CMakeFiles/%s.dir/%s%s.cpp.o", s, steps, test ? "tests" : "src", comp, test ? comp + "_tests" : comp, stem,
                    test ? "_test" : ""));
            if (g.chance(0.05)) {
                int ln = g.between(20, 900);
                int col = g.between(5, 40);
                String var = g.pick("tmp", "rc", "prev", "scale", "unused_rate", "it");
                String[] warn = {
                    fmt("%s/src/%s/%s.cpp:%d:%d: warning: unused variable '%s' [-Wunused-variable]", ws, comp, stem, ln, col, var),
                    fmt("%s/src/%s/%s.cpp:%d:%d: warning: comparison of integer expressions of different signedness: 'int' and 'std::size_t' {aka 'long unsigned int'} [-Wsign-compare]",
                            ws, comp, stem, ln, col),
                    fmt("%s/src/%s/%s.cpp:%d:%d: warning: '%s' may be used uninitialized [-Wmaybe-uninitialized]", ws, comp, stem, ln, col, var),
                };
                int wi = g.nextInt(warn.length);
                if (g.chance(0.3)) {
                    body.add(fmt("%s/src/%s/%s.cpp: In member function 'void ledger::%s::%s::%s()':", ws, comp, stem, comp, g.pick("Engine", "Journal", "Codec", "Pool"),
                            g.pick("flush", "apply", "rebuild", "reset")));
                }
                body.add(warn[wi]);
                body.add(fmt("%5d |     %s", ln, wi == 1 ? "for (int i = 0; i < entries.size(); ++i) {" : "const auto " + var + " = compute_" + stem + "(ctx);"));
                body.add("      |     " + " ".repeat(Math.max(0, col - 5)) + "^~~");
            }
        }
        body.add("[Pipeline] }");
        body.add("[Pipeline] // stage");
        body.add("[Pipeline] stage");
        body.add("[Pipeline] { (Unit Tests)");
        body.add("[Pipeline] sh");
        body.add("+ ctest --test-dir build --output-on-failure -j 8");
        body.add("Test project " + ws + "/build");
        int tests = 960;
        for (int i = 1; i <= tests; i++) {
            String name = fmt("%s_%s_test.%s", g.pick(comps), g.pick(stems), g.pick("handles_empty", "rounds_half_even", "rejects_negative", "balances", "replays_journal",
                    "parses_iso_codes", "survives_restart", "closes_period", "matches_snapshot", "orders_by_time") + (g.chance(0.3) ? "_" + g.between(1, 9) : ""));
            body.add(fmt("      Start %3d: %s", i, name));
            String dots = ".".repeat(Math.max(3, 64 - name.length()));
            body.add(fmt("%4d/%d Test %4s: %s %s   Passed %7.2f sec", i, tests, "#" + i, name, dots, g.nextDouble() * (g.chance(0.05) ? 30 : 0.8)));
        }
        body.add("");
        body.add("100% tests passed, 0 tests failed out of " + tests);
        body.add("");
        body.add("Label Time Summary:");
        body.add("integration-free    = 318.41 sec*proc (960 tests)");
        body.add("");
        body.add("Total Test time (real) =  44.73 sec");
        body.add("[Pipeline] junit");
        body.add("Recording test results");
        body.add("[Checks API] No suitable checks publisher found.");
        body.add("[Pipeline] }");
        body.add("[Pipeline] // stage");
        body.add("[Pipeline] stage");
        body.add("[Pipeline] { (Integration Tests)");
        body.add("[Pipeline] withCredentials");
        body.add("Masking supported pattern matches of $PGPASSWORD");
        body.add("[Pipeline] {");
        body.add("[Pipeline] sh");
        body.add("+ ./scripts/integration.sh --db ci-pg-14.internal --schema ledger_it");
        body.add("==> waiting for database ci-pg-14.internal:5432");
        body.add("ci-pg-14.internal:5432 - accepting connections");
        body.add("==> applying migrations (47 pending)");
        String psql = "psql: error: connection to server at \"ci-pg-14.internal\" (10.8.3.21), port 5432 failed: FATAL:  password authentication failed for user \"ci_runner\"";
        body.add(psql);
        body.add("==> migration step failed (exit 2)");
        body.add("[Pipeline] }");
        body.add("[Pipeline] // withCredentials");
        body.add("[Pipeline] }");
        body.add("[Pipeline] // stage");
        body.add("[Pipeline] stage");
        body.add("[Pipeline] { (Package)");
        body.add("Stage \"Package\" skipped due to earlier failure(s)");
        body.add("[Pipeline] getContext");
        body.add("[Pipeline] }");
        body.add("[Pipeline] // stage");
        body.add("[Pipeline] stage");
        body.add("[Pipeline] { (Declarative: Post Actions)");
        body.add("[Pipeline] archiveArtifacts");
        body.add("Archiving artifacts");
        body.add("[Pipeline] emailext");
        body.add("Sending email to: ledger-team@acme.io");
        body.add("[Pipeline] cleanWs");
        body.add("[WS-CLEANUP] Deleting project workspace...");
        body.add("[WS-CLEANUP] Deferred wipeout is used...");
        body.add("[WS-CLEANUP] done");
        body.add("[Pipeline] }");
        body.add("[Pipeline] // stage");
        body.add("[Pipeline] }");
        body.add("[Pipeline] // withEnv");
        body.add("[Pipeline] }");
        body.add("[Pipeline] // node");
        body.add("[Pipeline] End of Pipeline");
        String exit = "ERROR: script returned exit code 2";
        body.add(exit);
        body.add("Finished: FAILURE");
        // the needles are the lines as the console shows them, with their timestamps
        List<Needle> needles = new ArrayList<>();
        for (String l : body) {
            String line = "[" + clock.next(Stamps.JSON) + "] " + l;
            g.add(line);
            if (l.equals(psql) || l.equals(exit)) {
                needles.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("fresh4_jenkins_console", "build", "jenkins-console")
                .tool("jenkins_console_text", "{\"job\":\"ledger-engine/nightly\",\"build\":1873}")
                .question("Why did last night's ledger-engine nightly build fail?")
                .heldAside()
                .build(g.text(), needles);
    }

    // ---------------------------------------------------------------- nmap

    /** nmap -sV over a /22: 700 hosts up, each a block of ports; one storage box still answers on telnet. */
    static NeedleCase nmapTelnet() {
        Gen g = new Gen(70_008);
        List<Needle> needles = new ArrayList<>();
        g.add("Starting Nmap 7.94SVN ( https://nmap.org ) at 2026-12-07 10:02 UTC");
        int up = 0;
        for (int i = 1; i < 1024; i++) {
            int third = i / 256;
            int fourth = i % 256;
            boolean telnet = third == 2 && fourth == 143;
            if (fourth == 0 || fourth == 255 || (!telnet && g.chance(0.3))) {
                continue;
            }
            up++;
            String ip = "10.20." + third + "." + fourth;
            String role = telnet ? "nas" : switch (third) {
                case 0 -> g.pick("web", "lb", "web", "proxy");
                case 1 -> g.pick("app", "app", "worker", "api");
                case 2 -> g.pick("db", "cache", "nas", "mq");
                default -> g.pick("k8s-node", "k8s-node", "ws", "printer");
            };
            String name = telnet ? "nas-03.corp.acme.io" : role + "-" + fmt("%03d", g.between(1, 400)) + ".corp.acme.io";
            String report = g.chance(0.06) && !telnet ? "Nmap scan report for " + ip : "Nmap scan report for " + name + " (" + ip + ")";
            g.add(report);
            if (telnet) {
                needles.add(Needle.exact(report));
            }
            g.add(fmt("Host is up (0.%05ds latency).", g.between(12, 2_400)));
            if (!telnet && g.chance(0.05)) {
                g.add("All 1000 scanned ports on " + (report.endsWith(ip) ? ip : name + " (" + ip + ")") + " are in ignored states.");
                g.add("Not shown: 1000 filtered tcp ports (no-response)");
                g.add(fmt("MAC Address: 52:54:00:%02X:%02X:%02X (QEMU virtual NIC)", g.nextInt(256), g.nextInt(256), g.nextInt(256)));
                g.add("");
                continue;
            }
            List<String[]> ports = new ArrayList<>();
            ports.add(new String[] {"PORT", "STATE", "SERVICE", "VERSION"});
            boolean windows = role.equals("ws");
            if (!windows && !role.equals("printer")) {
                ports.add(new String[] {"22/tcp", "open", "ssh", g.pick("OpenSSH 9.6p1 Ubuntu 3ubuntu13.5 (Ubuntu Linux; protocol 2.0)",
                    "OpenSSH 9.2p1 Debian 2+deb12u3 (protocol 2.0)", "OpenSSH 8.7 (protocol 2.0)")});
            }
            if (telnet) {
                ports.add(new String[] {"23/tcp", "open", "telnet", "Linux telnetd"});
            }
            switch (role) {
                case "web", "proxy" -> {
                    String nginx = "nginx " + g.pick("1.24.0 (Ubuntu)", "1.22.1", "1.26.2");
                    ports.add(new String[] {"80/tcp", "open", "http", nginx});
                    ports.add(new String[] {"443/tcp", "open", "ssl/http", nginx});
                }
                case "lb" -> {
                    ports.add(new String[] {"80/tcp", "open", "http", "HAProxy http proxy 2.8.0 or later"});
                    ports.add(new String[] {"443/tcp", "open", "ssl/http", "HAProxy http proxy 2.8.0 or later"});
                    ports.add(new String[] {"8404/tcp", "open", "http", "HAProxy http proxy 2.8.0 or later"});
                }
                case "app", "api", "worker" -> {
                    ports.add(new String[] {"8080/tcp", "open", "http", g.pick("Jetty 12.0.14", "Apache Tomcat 10.1.31", "Golang net/http server")});
                    ports.add(new String[] {"9100/tcp", "open", "jetdirect?", ""});
                }
                case "db" -> {
                    ports.add(new String[] {"5432/tcp", "open", "postgresql", "PostgreSQL DB 9.6.0 or later"});
                    ports.add(new String[] {"9187/tcp", "open", "http", "Golang net/http server"});
                }
                case "cache" -> ports.add(new String[] {"6379/tcp", "open", "redis", "Redis key-value store 7.2.4"});
                case "mq" -> {
                    ports.add(new String[] {"5672/tcp", "open", "amqp", "RabbitMQ 3.13.7 (0-9)"});
                    ports.add(new String[] {"15672/tcp", "open", "http", "Cowboy httpd"});
                }
                case "nas" -> {
                    ports.add(new String[] {"111/tcp", "open", "rpcbind", "2-4 (RPC #100000)"});
                    ports.add(new String[] {"2049/tcp", "open", "nfs_acl", "3 (RPC #100227)"});
                    ports.add(new String[] {"5000/tcp", "open", "http", "nginx"});
                }
                case "k8s-node" -> {
                    ports.add(new String[] {"10250/tcp", "open", "ssl/http", "Golang net/http server (Go-IPFS json-rpc or InfluxDB API)"});
                    ports.add(new String[] {"10256/tcp", "open", "http", "Golang net/http server (Go-IPFS json-rpc or InfluxDB API)"});
                    if (g.chance(0.5)) {
                        ports.add(new String[] {"30080/tcp", "open", "http", "nginx"});
                    }
                }
                case "ws" -> {
                    ports.add(new String[] {"135/tcp", "open", "msrpc", "Microsoft Windows RPC"});
                    ports.add(new String[] {"139/tcp", "open", "netbios-ssn", "Microsoft Windows netbios-ssn"});
                    ports.add(new String[] {"445/tcp", "open", "microsoft-ds?", ""});
                    if (g.chance(0.5)) {
                        ports.add(new String[] {"3389/tcp", "open", "ms-wbt-server", "Microsoft Terminal Services"});
                    }
                }
                default -> {
                    ports.add(new String[] {"80/tcp", "open", "http", "HP LaserJet printer http config"});
                    ports.add(new String[] {"515/tcp", "open", "printer", ""});
                    ports.add(new String[] {"631/tcp", "open", "ipp", "HP LaserJet ipp"});
                    ports.add(new String[] {"9100/tcp", "open", "jetdirect?", ""});
                }
            }
            if (!telnet && g.chance(0.08)) {
                ports.add(new String[] {g.pick("25/tcp", "8443/tcp", "9090/tcp"), g.pick("filtered", "closed"), g.pick("smtp", "https-alt", "zeus-admin"), ""});
            }
            g.add(fmt("Not shown: %d closed tcp ports (reset)", 1001 - ports.size()));
            for (String l : Columns.render(ports, 1)) {
                String line = l.stripTrailing();
                g.add(line);
                if (line.contains(" telnet ")) {
                    needles.add(Needle.exact(line));
                }
            }
            g.add(fmt("MAC Address: 52:54:00:%02X:%02X:%02X (QEMU virtual NIC)", g.nextInt(256), g.nextInt(256), g.nextInt(256)));
            if (windows) {
                g.add("Service Info: OS: Windows; CPE: cpe:/o:microsoft:windows");
            } else if (!role.equals("printer")) {
                g.add("Service Info: OS: Linux; CPE: cpe:/o:linux:linux_kernel");
            }
            g.add("");
        }
        g.add("Service detection performed. Please report any incorrect results at https://nmap.org/submit/ .");
        g.add(fmt("Nmap done: 1024 IP addresses (%d hosts up) scanned in 1843.27 seconds", up));
        return NeedleCase.named("fresh4_nmap_telnet", "lines", "nmap")
                .shell("sudo nmap -sV -T4 10.20.0.0/22")
                .question("Is telnet exposed anywhere on 10.20.0.0/22? Which host?")
                .heldAside()
                .build(g.text(), needles);
    }

    // ---------------------------------------------------------------- aws s3 ls

    /** aws s3 ls --recursive of a prod bucket: 5,500 keys; the question names the billing-db backup prefix. */
    static NeedleCase s3LsPrefix() {
        Gen g = new Gen(70_009);
        Map<String, String[]> objects = new java.util.TreeMap<>();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        LocalDateTime epoch = LocalDateTime.of(2026, 6, 1, 0, 0, 0);
        for (int i = 0; i < 2_300; i++) {
            String sku = fmt("%06d", g.between(100_000, 999_999));
            LocalDateTime t = epoch.plusSeconds(g.between(0, 188 * 86_400));
            objects.put(fmt("assets/img/products/%s/%s.webp", sku, g.pick("1", "2", "3", "4", "main", "thumb")), new String[] {f.format(t), String.valueOf(g.between(8_000, 900_000))});
        }
        LocalDate firstDay = LocalDate.of(2026, 11, 24);
        List<String> billingKeys = new ArrayList<>();
        for (String db : new String[] {"accounts-db", "billing-db", "billing-db-replica", "catalog-db", "orders-db"}) {
            long size = g.between(300, 5_000) * 1_000_000L;
            for (int d = 0; d < 14; d++) {
                LocalDate day = firstDay.plusDays(d);
                String key = fmt("backups/%s/%s/%s-%sT0200Z.dump.gz", db, day, db, day.toString().replace("-", ""));
                size += g.between(-5, 25) * 1_000_000L + g.between(0, 999_999);
                long s = size;
                if (db.equals("billing-db") && d == 13) {
                    s = 20;
                }
                objects.put(key, new String[] {f.format(day.atTime(2, g.between(0, 40), g.between(0, 59))), String.valueOf(s)});
                if (db.equals("billing-db")) {
                    billingKeys.add(key);
                }
            }
        }
        for (int i = 0; i < 1_200; i++) {
            LocalDateTime t = LocalDateTime.of(2026, 7, 1, 0, 0).plusSeconds(g.between(0, 158 * 86_400));
            objects.put(fmt("exports/finance/%d/%02d/%02d/ledger-%s-%d.csv", t.getYear(), t.getMonthValue(), t.getDayOfMonth(), g.pick("eur", "usd", "gbp", "sek"), g.between(1, 40)),
                    new String[] {f.format(t.plusHours(1)), String.valueOf(g.between(2_000, 40_000_000))});
        }
        for (int i = 0; i < 1_600; i++) {
            LocalDateTime t = LocalDateTime.of(2026, 12, 1, 0, 0).plusSeconds(g.between(0, 6 * 86_400 + 40_000));
            objects.put(fmt("logs/cloudfront/E2K4QH7V9ZP1LX.%s-%02d.%s.gz", t.toLocalDate(), t.getHour(), g.hex(8)),
                    new String[] {f.format(t.plusMinutes(g.between(5, 50))), String.valueOf(g.between(300, 2_400_000))});
        }
        for (int b = 0; b < 6; b++) {
            String build = g.hex(10);
            LocalDateTime t = LocalDateTime.of(2026, 10, 1, 9, 0).plusSeconds(g.between(0, 66 * 86_400));
            for (int i = 0; i < 60; i++) {
                String ext = g.pick("js", "js", "css", "map", "woff2");
                objects.put(fmt("static/build/%s/%s/%s.%s.%s", build, ext.equals("woff2") ? "fonts" : ext.equals("css") ? "css" : "js",
                        g.pick("main", "vendors", "checkout", "account", "runtime", "polyfills", "search", "inter-var", "icons") + (g.chance(0.5) ? "-" + g.between(1, 900) : ""), g.hex(8), ext),
                        new String[] {f.format(t.plusSeconds(g.between(0, 40))), String.valueOf(g.between(400, 3_000_000))});
            }
        }
        List<String> lines = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        String latest = null;
        for (Map.Entry<String, String[]> e : objects.entrySet()) {
            String line = fmt("%s %10s %s", e.getValue()[0], e.getValue()[1], e.getKey());
            lines.add(line);
            int at = billingKeys.indexOf(e.getKey());
            if (at == billingKeys.size() - 1) {
                latest = line;
            } else if (at >= 0) {
                previous.add(line);
            }
        }
        return NeedleCase.named("fresh4_s3_ls_prefix", "lines", "aws-s3-ls")
                .shell("aws s3 ls s3://acme-prod-data --recursive")
                .question("Did last night's backup under backups/billing-db/ get written properly? How big is it compared with the earlier ones?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.exact(latest), Needle.anyOf(previous)));
    }

    // ---------------------------------------------------------------- IIS W3C

    /** An IIS W3C extended log (an app pool recycle in the middle); the question names /api/invoices/export. */
    static NeedleCase iisW3cExport() {
        Gen g = new Gen(70_010);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 9, 0, 0), 1_900);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        String fields = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken";
        List<Needle> needles = new ArrayList<>();
        String[] agents = {
            "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36+Edg/131.0.0.0",
            "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36",
            "Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+14_6)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/18.1+Safari/605.1.15",
            "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+rv:133.0)+Gecko/20100101+Firefox/133.0",
            "PowerBI/2.137+(Windows+NT+10.0)", "AcmeSync/4.2.1", "Site24x7",
        };
        String[] users = {"ACME\\jdoe", "ACME\\mkowalski", "ACME\\asmith", "ACME\\lchen", "ACME\\pnair", "ACME\\svc_powerbi", "-"};
        int failures = 0;
        for (int i = 0; i < 2_800; i++) {
            if (i == 0 || i == 1_640) {
                g.add("#Software: Microsoft Internet Information Services 10.0");
                g.add("#Version: 1.0");
                g.add("#Date: " + f.format(clock.now()));
                g.add(fields);
            }
            String t = clock.next(f);
            String user = g.pick(users);
            String ua = user.equals("ACME\\svc_powerbi") ? agents[4] : g.pick(agents[0], agents[1], agents[2], agents[3], agents[5]);
            String clientIp = "10." + g.between(40, 47) + "." + g.nextInt(256) + "." + g.between(2, 254);
            String method = "GET";
            String stem;
            String query = "-";
            String status = "200 0 0";
            int taken = g.between(2, 400);
            String referer = "https://portal.acme.local/" + g.pick("", "invoices", "customers", "orders", "reports");
            boolean exportCall = g.chance(0.011);
            if (i == 1_211 || i == 2_488) {
                exportCall = true;
            }
            if (exportCall) {
                stem = "/api/invoices/export";
                query = fmt("from=2026-11-01&to=2026-11-30&format=%s&customer=%d", g.pick("xlsx", "csv", "pdf"), g.between(10_000, 99_999));
                referer = "https://portal.acme.local/invoices";
                taken = g.between(1_800, 9_500);
                if (i == 1_211) {
                    status = "500 0 0";
                    taken = 29_873;
                } else if (i == 2_488) {
                    status = "502 3 12002";
                    taken = 120_016;
                }
            } else {
                switch (g.weighted(22, 14, 12, 10, 10, 8, 8, 6, 5, 5)) {
                    case 0 -> stem = "/api/orders/" + g.between(100_000, 999_999);
                    case 1 -> {
                        stem = "/api/invoices";
                        query = "page=" + g.between(1, 40) + "&pageSize=50&sort=-issuedAt";
                    }
                    case 2 -> stem = "/api/invoices/" + g.between(200_000, 299_999);
                    case 3 -> stem = "/api/customers/" + g.between(10_000, 99_999);
                    case 4 -> {
                        stem = g.pick("/Content/site.min.css", "/Scripts/app.bundle.js", "/Scripts/vendor.bundle.js", "/favicon.ico", "/Content/fonts/segoe-ui.woff2");
                        status = g.chance(0.5) ? "304 0 0" : "200 0 0";
                        taken = g.between(0, 30);
                    }
                    case 5 -> {
                        stem = "/signalr/negotiate";
                        query = "clientProtocol=2.1&connectionData=%5B%7B%22name%22%3A%22notificationhub%22%7D%5D&_=" + (1_796_634_000_000L + g.nextInt(999_999));
                    }
                    case 6 -> {
                        stem = "/api/reports/" + g.pick("aging", "revenue", "dso", "open-items");
                        query = "year=2026&month=" + g.between(1, 11);
                        taken = g.between(200, 4_000);
                    }
                    case 7 -> {
                        stem = "/health";
                        user = "-";
                        ua = agents[6];
                        clientIp = "10.40.0." + g.between(2, 9);
                        referer = "-";
                    }
                    case 8 -> {
                        method = "POST";
                        stem = "/api/invoices/" + g.between(200_000, 299_999) + "/send";
                        taken = g.between(80, 1_500);
                    }
                    default -> {
                        stem = g.pick("/", "/invoices", "/customers", "/orders", "/reports");
                        if (user.equals("-") || g.chance(0.15)) {
                            status = "401 2 5";
                            user = "-";
                            taken = g.between(0, 15);
                        }
                    }
                }
                if (g.chance(0.012)) {
                    status = "404 0 2";
                } else if (g.chance(0.003) && stem.startsWith("/api/orders/")) {
                    status = "500 0 0";
                    taken = g.between(40, 900);
                }
            }
            String line = fmt("%s 10.40.1.21 %s %s %s 443 %s %s %s %s %s %d", t, method, stem, query, user, clientIp, ua, referer, status, taken);
            g.add(line);
            if (exportCall && !status.equals("200 0 0")) {
                needles.add(Needle.exact(line));
                failures++;
            }
        }
        if (failures != 2) {
            throw new IllegalStateException("expected two export failures, got " + failures);
        }
        return NeedleCase.named("fresh4_iis_w3c_export", "log", "iis-w3c")
                .tool("read_file", "{\"path\":\"C:\\\\inetpub\\\\logs\\\\LogFiles\\\\W3SVC2\\\\u_ex261207.log\"}")
                .question("Users say the invoice export (/api/invoices/export) fails sometimes. What do the IIS logs show for it?")
                .heldAside()
                .build(g.text(), needles);
    }

    // ---------------------------------------------------------------- auditd

    /** /var/log/audit/audit.log of a RHEL web host: logins, cron, exec watches; one SELinux denial for httpd. */
    static NeedleCase auditdAvc() {
        Gen g = new Gen(70_011);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 8, 0, 0), 2_500);
        List<Needle> needles = new ArrayList<>();
        long serial = 48_120;
        String[][] commands = {
            {"/usr/bin/curl", "-fsS", "http://127.0.0.1:9100/metrics"}, {"/usr/bin/systemctl", "is-active", "httpd"}, {"/usr/sbin/logrotate", "/etc/logrotate.conf"},
            {"/usr/bin/python3", "/usr/local/bin/healthcheck.py"}, {"/bin/sh", "-c", "/usr/lib64/sa/sa1 1 1"}, {"/usr/bin/git", "-C", "/srv/deploy", "fetch", "--quiet"},
            {"/usr/bin/php", "/srv/www/app/bin/console", "messenger:consume", "--limit=50"}, {"/usr/bin/rsync", "-a", "/srv/www/app/", "backup01:/backups/www/"},
        };
        String cronSubj = "system_u:system_r:crond_t:s0-s0:c0.c1023";
        boolean avcDone = false;
        while (g.size() < 2_300) {
            LocalDateTime t = clock.next();
            serial += g.between(1, 4);
            String id = fmt("%d.%03d:%d", t.toEpochSecond(ZoneOffset.UTC), t.getNano() / 1_000_000, serial);
            if (!avcDone && g.size() > 1_620) {
                avcDone = true;
                String avc = "type=AVC msg=audit(" + id + "): avc:  denied  { write } for  pid=3120 comm=\"httpd\" name=\"uploads\" dev=\"dm-2\" ino=1835121 "
                        + "scontext=system_u:system_r:httpd_t:s0 tcontext=unconfined_u:object_r:var_t:s0 tclass=dir permissive=0";
                String sys = "type=SYSCALL msg=audit(" + id + "): arch=c000003e syscall=257 success=no exit=-13 a0=ffffff9c a1=55d0c3a1e2b0 a2=241 a3=1b6 items=2 ppid=3101 pid=3120 "
                        + "auid=4294967295 uid=48 gid=48 euid=48 suid=48 fsuid=48 egid=48 sgid=48 fsgid=48 tty=(none) ses=4294967295 comm=\"httpd\" exe=\"/usr/sbin/httpd\" "
                        + "subj=system_u:system_r:httpd_t:s0 key=(null)";
                g.add(avc);
                g.add(sys);
                g.add("type=CWD msg=audit(" + id + "): cwd=\"/\"");
                g.add("type=PATH msg=audit(" + id + "): item=0 name=\"/srv/www/uploads/\" inode=1835121 dev=fd:02 mode=040775 ouid=48 ogid=48 rdev=00:00 "
                        + "obj=unconfined_u:object_r:var_t:s0 nametype=PARENT cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0");
                g.add("type=PATH msg=audit(" + id + "): item=1 name=\"/srv/www/uploads/inv-2026-88213.pdf\" nametype=CREATE cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0");
                g.add("type=PROCTITLE msg=audit(" + id + "): proctitle=" + proctitle("/usr/sbin/httpd", "-DFOREGROUND"));
                needles.add(Needle.exact(avc));
                needles.add(Needle.exact(sys));
                continue;
            }
            int pid = g.between(2_000, 990_000);
            switch (g.weighted(40, 18, 12, 10, 8, 6, 6)) {
                case 0 -> {
                    String[] cmd = g.pick(commands);
                    String exe = cmd[0].equals("/bin/sh") ? "/usr/bin/bash" : cmd[0];
                    boolean root = !cmd[0].contains("php");
                    int uid = root ? 0 : 48;
                    String subj = root ? "system_u:system_r:unconfined_service_t:s0" : "system_u:system_r:httpd_t:s0";
                    g.add(fmt("type=SYSCALL msg=audit(%s): arch=c000003e syscall=59 success=yes exit=0 a0=55%s a1=55%s a2=55%s a3=0 items=2 ppid=%d pid=%d auid=4294967295 uid=%d gid=%d "
                            + "euid=%d suid=%d fsuid=%d egid=%d sgid=%d fsgid=%d tty=(none) ses=4294967295 comm=\"%s\" exe=\"%s\" subj=%s key=\"exec\"", id, g.hex(10), g.hex(10),
                            g.hex(10), g.between(1, 5_000), pid, uid, uid, uid, uid, uid, uid, uid, uid, exe.substring(exe.lastIndexOf('/') + 1), exe, subj));
                    StringBuilder ex = new StringBuilder(fmt("type=EXECVE msg=audit(%s): argc=%d", id, cmd.length));
                    for (int a = 0; a < cmd.length; a++) {
                        ex.append(" a").append(a).append("=\"").append(cmd[a]).append('"');
                    }
                    g.add(ex.toString());
                    g.add("type=CWD msg=audit(" + id + "): cwd=\"" + (root ? "/" : "/srv/www/app") + "\"");
                    g.add(fmt("type=PATH msg=audit(%s): item=0 name=\"%s\" inode=%d dev=fd:00 mode=0100755 ouid=0 ogid=0 rdev=00:00 obj=system_u:object_r:bin_t:s0 nametype=NORMAL "
                            + "cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0", id, cmd[0], g.between(100_000, 9_000_000)));
                    g.add(fmt("type=PATH msg=audit(%s): item=1 name=\"/lib64/ld-linux-x86-64.so.2\" inode=%d dev=fd:00 mode=0100755 ouid=0 ogid=0 rdev=00:00 "
                            + "obj=system_u:object_r:ld_so_t:s0 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0", id, 1_573_214));
                    g.add("type=PROCTITLE msg=audit(" + id + "): proctitle=" + proctitle(cmd));
                }
                case 1 -> {
                    String[] steps = {"USER_ACCT|op=PAM:accounting grantors=pam_access,pam_unix,pam_localuser", "CRED_ACQ|op=PAM:setcred grantors=pam_env,pam_unix",
                        "USER_START|op=PAM:session_open grantors=pam_loginuid,pam_keyinit,pam_limits,pam_systemd,pam_unix", "CRED_DISP|op=PAM:setcred grantors=pam_env,pam_unix",
                        "USER_END|op=PAM:session_close grantors=pam_loginuid,pam_keyinit,pam_limits,pam_systemd,pam_unix"};
                    int ses = g.between(100, 9_000);
                    for (String st : steps) {
                        String[] p = st.split("\\|");
                        g.add(fmt("type=%s msg=audit(%s): pid=%d uid=0 auid=%s ses=%s subj=%s msg='%s acct=\"root\" exe=\"/usr/sbin/crond\" hostname=? addr=? terminal=cron res=success'",
                                p[0], id, pid, p[0].equals("USER_ACCT") || p[0].equals("CRED_ACQ") ? "4294967295" : "0", p[0].equals("USER_ACCT") || p[0].equals("CRED_ACQ") ? "4294967295"
                                        : String.valueOf(ses), cronSubj, p[1]));
                        if (p[0].equals("CRED_ACQ")) {
                            g.add(fmt("type=LOGIN msg=audit(%s): pid=%d uid=0 subj=%s old-auid=4294967295 auid=0 tty=(none) old-ses=4294967295 ses=%d res=1", id, pid, cronSubj, ses));
                        }
                    }
                }
                case 2 -> {
                    String unit = g.pick("sysstat-collect", "dnf-makecache", "logrotate", "fstrim", "unbound-anchor", "systemd-tmpfiles-clean", "php-fpm", "certbot-renew");
                    String type = g.pick("SERVICE_START", "SERVICE_STOP");
                    g.add(fmt("type=%s msg=audit(%s): pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg='unit=%s comm=\"systemd\" "
                            + "exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=success'", type, id, unit));
                }
                case 3 -> {
                    String user = g.pick("deploy", "ana", "tberg", "ansible");
                    String addr = "10.0." + g.between(1, 3) + "." + g.between(2, 250);
                    int ses = g.between(100, 9_000);
                    int auid = g.between(1_000, 1_010);
                    String sshd = "system_u:system_r:sshd_t:s0-s0:c0.c1023";
                    g.add(fmt("type=CRYPTO_KEY_USER msg=audit(%s): pid=%d uid=0 auid=4294967295 ses=4294967295 subj=%s msg='op=destroy kind=server fp=SHA256:%s direction=? spid=%d suid=0 "
                            + " exe=\"/usr/sbin/sshd\" hostname=? addr=%s terminal=? res=success'", id, pid, sshd, g.alnum(43), pid, addr));
                    g.add(fmt("type=USER_AUTH msg=audit(%s): pid=%d uid=0 auid=4294967295 ses=4294967295 subj=%s msg='op=pubkey_auth grantors=auth-key acct=\"%s\" exe=\"/usr/sbin/sshd\" "
                            + "hostname=? addr=%s terminal=ssh res=success'", id, pid, sshd, user, addr));
                    g.add(fmt("type=USER_ACCT msg=audit(%s): pid=%d uid=0 auid=4294967295 ses=4294967295 subj=%s msg='op=PAM:accounting grantors=pam_unix,pam_localuser acct=\"%s\" "
                            + "exe=\"/usr/sbin/sshd\" hostname=%s addr=%s terminal=ssh res=success'", id, pid, sshd, user, addr, addr));
                    g.add(fmt("type=LOGIN msg=audit(%s): pid=%d uid=0 subj=%s old-auid=4294967295 auid=%d tty=(none) old-ses=4294967295 ses=%d res=1", id, pid, sshd, auid, ses));
                    g.add(fmt("type=USER_START msg=audit(%s): pid=%d uid=0 auid=%d ses=%d subj=%s msg='op=PAM:session_open grantors=pam_selinux,pam_loginuid,pam_selinux,pam_namespace,"
                            + "pam_keyinit,pam_keyinit,pam_limits,pam_systemd,pam_unix,pam_umask,pam_lastlog acct=\"%s\" exe=\"/usr/sbin/sshd\" hostname=%s addr=%s terminal=ssh res=success'",
                            id, pid, auid, ses, sshd, user, addr, addr));
                }
                case 4 -> {
                    String user = g.pick("deploy", "ana", "tberg");
                    String cmd = g.pick("systemctl reload httpd", "tail -n 200 /var/log/httpd/error_log", "dnf check-update", "ls -la /srv/www", "journalctl -u php-fpm --since today");
                    g.add(fmt("type=USER_CMD msg=audit(%s): pid=%d uid=%d auid=%d ses=%d subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 msg='cwd=\"/home/%s\" cmd=%s "
                            + "exe=\"/usr/bin/sudo\" terminal=pts/%d res=success'", id, pid, g.between(1_000, 1_010), g.between(1_000, 1_010), g.between(100, 9_000), user,
                            hexUpper(cmd), g.between(0, 4)));
                }
                case 5 -> g.add(fmt("type=BPF msg=audit(%s): prog-id=%d op=%s", id, g.between(40, 900), g.pick("LOAD", "UNLOAD")));
                default -> {
                    if (g.chance(0.05)) {
                        g.add(fmt("type=AVC msg=audit(%s): avc:  denied  { getattr } for  pid=%d comm=\"node_exporter\" path=\"/run/user/%d\" dev=\"tmpfs\" ino=%d "
                                + "scontext=system_u:system_r:unconfined_service_t:s0 tcontext=system_u:object_r:user_tmp_t:s0 tclass=dir permissive=1", id, pid, g.between(1_000, 1_010),
                                g.between(1, 90)));
                    } else {
                        g.add(fmt("type=NETFILTER_CFG msg=audit(%s): table=%s:%d family=%d entries=%d op=nft_register_%s pid=%d subj=system_u:system_r:firewalld_t:s0 comm=\"firewalld\"",
                                id, g.pick("firewalld", "filter", "nat"), g.between(10, 90), g.pick(1, 2, 10), g.between(0, 180), g.pick("chain", "rule", "table"), g.between(800, 900)));
                    }
                }
            }
        }
        return NeedleCase.named("fresh4_auditd_avc", "log", "auditd")
                .shell("sudo tail -n 2300 /var/log/audit/audit.log")
                .question("Apache gets 'Permission denied' writing uploads to /srv/www/uploads even though the directory is 775 and owned by apache. Why?")
                .heldAside()
                .build(g.text(), needles);
    }

    private static String proctitle(String... args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append("00");
            }
            sb.append(hexUpper(args[i]));
        }
        return sb.toString();
    }

    private static String hexUpper(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            sb.append(fmt("%02X", b & 0xff));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- Semgrep

    /** semgrep scan (text): 470 warning and info findings over 260 files; one blocking ERROR finding. */
    static NeedleCase semgrepBlocking() {
        Gen g = new Gen(70_012);
        String[][] rules = {
            {"python.lang.security.audit.subprocess-shell-true.subprocess-shell-true", "W",
                "Found 'subprocess' function 'run' with 'shell=True'. This is dangerous because this call will spawn the command using a shell process. Doing so propagates current shell settings and variables, which makes it much easier for a malicious actor to execute commands. Use 'shell=False' instead.",
                "subprocess.run(%s, shell=True, check=True)"},
            {"python.lang.best-practice.open-never-closed.open-never-closed", "I", "file object opened without corresponding close", "%s = open(path, \"rb\")"},
            {"python.requests.best-practice.use-timeout.use-timeout", "W",
                "Detected a 'requests' call without a timeout set. By default, 'requests' calls wait until the connection is closed. This means a 'requests' call without a timeout will hang the program if a response is never received. Consider setting a timeout for all 'requests'.",
                "resp = requests.get(%s, headers=headers)"},
            {"python.lang.security.audit.logging.logger-credential-leak.python-logger-credential-disclosure", "W",
                "Detected a python logger call with a potential hardcoded secret being logged. This may lead to secret credentials being exposed. Make sure that the logger is not logging sensitive information.",
                "logger.info(f\"token refreshed for {%s}: {token}\")"},
            {"python.lang.correctness.useless-comparison.no-strings-as-booleans", "I",
                "Using strings as booleans in Python has unexpected results. `\"one\" and \"two\"` will return \"two\". `\"one\" or \"two\"` will return \"one\". In Python, strings are truthy, and strings with a length of 0 are falsy.",
                "if %s == \"pending\" or \"processing\":"},
            {"python.lang.security.audit.non-literal-import.non-literal-import", "W",
                "Untrusted user input in `importlib.import_module()` function allows an attacker to load arbitrary code. Avoid dynamic values in `importlib.import_module()` or use a whitelist to prevent running untrusted code.",
                "module = importlib.import_module(f\"shop.plugins.{%s}\")"},
            {"python.lang.security.deserialization.pickle.avoid-pickle", "W",
                "Avoid using `pickle`, which is known to lead to code execution vulnerabilities. When unpickling, the serialized data could be manipulated to run arbitrary code. Instead, consider serializing the relevant data as JSON or a similar text-based serialization format.",
                "return pickle.loads(%s)"},
            {"python.lang.best-practice.logging-error-without-handling.logging-error-without-handling", "I",
                "Errors should only be logged when handled. The code logs the error and propogates the exception, consider reducing the level to warning or info.",
                "logger.exception(\"failed to sync %%s\", %s)"},
            {"python.django.best-practice.use-onetoonefield.use-onetoonefield", "I",
                "Use 'django.db.models.OneToOneField' instead of 'ForeignKey' with unique=True. 'OneToOneField' is used to create one-to-one relationships.",
                "%s = models.ForeignKey(Profile, unique=True, on_delete=models.CASCADE)"},
            {"python.lang.security.insecure-hash-algorithms.insecure-hash-algorithm-sha1", "W",
                "Detected SHA1 hash algorithm which is considered insecure. SHA1 is not collision resistant and is therefore not suitable as a cryptographic signature. Use SHA256 or SHA3 instead.",
                "digest = hashlib.sha1(%s).hexdigest()"},
            {"python.django.security.audit.query-set-extra.avoid-query-set-extra", "W",
                "QuerySet.extra' does not provide safeguards against SQL injection and requires very careful use. SQL injection can lead to critical data being stolen by attackers. Instead of using '.extra', use the Django ORM and parameterized queries such as `People.objects.get(name='Bob')`.",
                "qs = qs.extra(where=[\"status = %%s\"], params=[%s])"},
        };
        String[] links = new String[rules.length];
        for (int i = 0; i < rules.length; i++) {
            links[i] = "https://sg.run/" + g.alnum(4);
        }
        String[] idents = {"cmd", "order_id", "payload", "name", "url", "blob", "status", "user.email", "profile", "raw", "job.args", "customer_id"};
        String[] pkgs = {"accounts", "billing", "cart", "catalog", "orders", "payments", "search", "shipping", "notifications", "reports", "integrations"};
        String[] mods = {"views", "services", "tasks", "utils", "clients", "models", "webhooks", "exporters", "importers", "signals", "admin", "api"};
        java.util.TreeSet<String> files = new java.util.TreeSet<>();
        while (files.size() < 260) {
            files.add("src/shop/" + g.pick(pkgs) + "/" + g.pick(mods) + (g.chance(0.3) ? "_" + g.pick("v2", "legacy", "async", "sync") : "") + ".py");
        }
        String blockingFile = "src/shop/payments/refunds.py";
        files.add(blockingFile);
        List<String> body = new ArrayList<>();
        List<Needle> needles = new ArrayList<>();
        int findings = 0;
        int blocking = 0;
        for (String file : files) {
            body.add("");
            String header = "    " + file;
            body.add(header);
            List<int[]> hits = new ArrayList<>(); // {line, rule}
            int line = g.between(3, 30);
            int n = g.between(1, 4);
            for (int k = 0; k < n; k++) {
                line += g.between(1, 120);
                hits.add(new int[] {line, g.nextInt(rules.length)});
            }
            if (file.equals(blockingFile)) {
                hits.add(1, new int[] {112, -1});
                hits.get(0)[0] = Math.min(hits.get(0)[0], 90);
                for (int k = 2; k < hits.size(); k++) {
                    hits.get(k)[0] = 140 + k * 31;
                }
                needles.add(Needle.exact(header));
            }
            int lastRule = Integer.MIN_VALUE;
            for (int[] h : hits) {
                findings++;
                if (h[1] == -1) {
                    blocking++;
                    String ruleLine = "   ❯❯❱ python.django.security.injection.sql.sql-injection-using-raw.sql-injection-using-raw";
                    body.add(ruleLine);
                    body.add("          ❰❰ Blocking ❱❱");
                    for (String w : wrap("User-controlled data from a request is passed to 'raw()'. This could lead to a SQL injection and therefore protected information could be leaked. Instead, use parameterized queries or Django ORM.", 72)) {
                        body.add("          " + w);
                    }
                    body.add("          Details: https://sg.run/Q8PJ");
                    body.add("");
                    String code = fmt("%13d┆ rows = Refund.objects.raw(f\"SELECT * FROM payments_refund WHERE order_ref = '{order_ref}'\")", h[0]);
                    body.add(code);
                    needles.add(1, Needle.exact(ruleLine));
                    needles.add(Needle.exact(code));
                    lastRule = -1;
                    continue;
                }
                String[] r = rules[h[1]];
                if (h[1] == lastRule) {
                    body.add("            ⋮┆----------------------------------------");
                } else {
                    body.add((r[1].equals("W") ? "    ❯❱ " : "     ❱ ") + r[0]);
                    for (String w : wrap(r[2], 72)) {
                        body.add("          " + w);
                    }
                    body.add("          Details: " + links[h[1]]);
                    body.add("");
                }
                body.add(fmt("%13d┆ %s", h[0], fmt(r[3], g.pick(idents))));
                lastRule = h[1];
            }
        }
        List<String> out = new ArrayList<>();
        out.add("┌─────────────┐");
        out.add("│ Scan Status │");
        out.add("└─────────────┘");
        out.add("  Scanning 912 files tracked by git with 1062 Code rules:");
        out.add("");
        out.add("  Language      Rules   Files          Origin      Rules");
        out.add(" ─────────────────────────────        ───────────────────");
        out.add("  <multilang>      48     912          Community    1062");
        out.add("  python          512     688");
        out.add("  yaml             31      94");
        out.add("  dockerfile       22       6");
        out.add("  bash              9      17");
        out.add("");
        out.add("");
        String banner = "│ " + findings + " Code Findings │";
        out.add("┌" + "─".repeat(banner.length() - 2) + "┐");
        out.add(banner);
        out.add("└" + "─".repeat(banner.length() - 2) + "┘");
        out.addAll(body);
        out.add("");
        out.add("┌──────────────┐");
        out.add("│ Scan Summary │");
        out.add("└──────────────┘");
        out.add("Some files were skipped or only partially analyzed.");
        out.add("  Scan was limited to files tracked by git.");
        out.add("  Partially scanned: 3 files only partially analyzed due to parsing or internal Semgrep errors");
        out.add("");
        out.add(fmt("Ran 1062 rules on 912 files: %d findings.", findings));
        out.add(fmt("Found %d blocking finding%s; exiting with code 1.", blocking, blocking == 1 ? "" : "s"));
        return NeedleCase.named("fresh4_semgrep_blocking", "search", "semgrep-text")
                .shell("semgrep scan --config p/python --config p/django --error")
                .question("Semgrep is blocking the PR. Which finding blocks it, and where is it?")
                .heldAside()
                .build(String.join("\n", out) + "\n", needles);
    }
}
