package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.util.ArrayList;
import java.util.List;

/** Generated CSV and TSV exports. */
final class CsvCases {

    private CsvCases() {}

    /** 3,000 payment rows: one failed, one the question names by id. */
    static NeedleCase paymentsCsv() {
        Gen g = new Gen(8001);
        List<String> lines = new ArrayList<>();
        lines.add("id,created_at,customer,amount,currency,method,status,reference");
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String id = fmt("pay_%06d", 100_000 + i * 11);
            String status = i == 1_733 ? "failed" : g.chance(0.04) ? "refunded" : "succeeded";
            String line = fmt("%s,2026-11-%02dT%02d:%02d:%02dZ,\"%s, %s\",%d.%02d,%s,%s,%s,%s", id, g.between(1, 30), g.nextInt(24), g.nextInt(60), g.nextInt(60),
                    g.pick("Meyer", "Okafor", "Tanaka", "Silva", "Novak", "Haddad", "Larsen"), g.pick("A.", "B.", "C.", "D.", "K."),
                    g.between(1, 2_000), g.nextInt(100), g.pick("EUR", "USD"), g.pick("card", "card", "sepa", "paypal"), status, g.hex(16));
            lines.add(line);
            if (i == 1_733 || i == 2_222) {
                needles.add(Needle.exact(line));
            }
        }
        return NeedleCase.named("csv_payments_failed", "csv", "csv")
                .tool("read_file", "{\"path\":\"exports/payments-2026-11.csv\"}")
                .question("What is the status of payment pay_124442? And did any payments fail?")
                .build(String.join("\n", lines) + "\n", needles);
    }

    /** Hourly service metrics as TSV; the question names a host; one latency outlier. */
    static NeedleCase metricsTsv() {
        Gen g = new Gen(8002);
        List<String> lines = new ArrayList<>();
        lines.add("hour\thost\trequests\terrors\tp50_ms\tp99_ms\tcpu_pct");
        List<Needle> needles = new ArrayList<>();
        String[] hosts = new String[40];
        for (int h = 0; h < hosts.length; h++) {
            hosts[h] = fmt("api-%02d.eu-west-1", h + 1);
        }
        for (int hour = 0; hour < 72; hour++) {
            for (int h = 0; h < hosts.length; h++) {
                int p99 = g.between(120, 380);
                int errors = g.between(0, 6);
                if (hour == 51 && h == 26) {
                    p99 = 9_870;
                    errors = 412;
                }
                String line = fmt("2026-12-%02dT%02d:00Z\t%s\t%d\t%d\t%d\t%d\t%.1f", 3 + hour / 24, hour % 24, hosts[h], g.between(8_000, 14_000), errors, g.between(18, 60), p99, 20 + g.nextDouble() * 40);
                lines.add(line);
                if ((hour == 51 && h == 26) || (hour == 71 && h == 8)) {
                    needles.add(Needle.exact(line));
                }
            }
        }
        return NeedleCase.named("tsv_host_metrics", "csv", "tsv")
                .tool("query_metrics", "{\"from\":\"2026-12-03T00:00Z\",\"to\":\"2026-12-06T00:00Z\",\"format\":\"tsv\"}")
                .question("How was api-09.eu-west-1 doing in the last hour, and did any host spike?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", needles);
    }
}
