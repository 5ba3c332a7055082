package dev.headroom.cli;

import dev.headroom.compress.ContentKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@link Bench} results as Markdown: a per-file table, a per-kind table (each with a totals row)
 * and the list of retention misses. Only the {@code ms} and {@code cpu ms} columns depend on the run;
 * everything else is a function of the files, the baseline and the code.
 *
 * <p>Stateless and thread-safe.
 */
final class BenchReport {

    /** Missed lines are shown up to this length. */
    private static final int EXAMPLE_CHARS = 160;

    private BenchReport() {}

    static String render(String title, List<Bench.FileResult> results, Baseline baseline) {
        return render(title, results, baseline, Map.of());
    }

    /**
     * @param baselineChecks the retention checks run on the baseline's outputs by file name; when not empty,
     *                       a table puts them beside ours
     */
    static String render(String title, List<Bench.FileResult> results, Baseline baseline,
                         Map<String, Bench.Checks> baselineChecks) {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(title).append("\n\n");
        sb.append(perFile(results, baseline)).append('\n');
        sb.append(perKind(results, baseline)).append('\n');
        sb.append(misses(results));
        if (!baselineChecks.isEmpty()) {
            sb.append('\n').append(retentionVsBaseline(results, baselineChecks));
        }
        sb.append("""

                ratio = tokens after / tokens before (o200k_base, jtokkit); ms = median wall time of the timed runs of \
                Headroom.compress with the memo off, cpu ms = median CPU time of this thread (steadier on a busy machine); py = baseline (its ratio and median ms). Retention cells are \
                kept/total: ERROR/FATAL/WARN line templates (tokens with digits or `/` and hex ids masked), distinct FAILED test lines, \
                `diff --git` headers, JSON error items; "-" = nothing to check. stable = same output on every run.
                """);
        return sb.toString();
    }

    private static String perFile(List<Bench.FileResult> results, Baseline baseline) {
        Table table = new Table("file", "kind", "strategy", ">tokens before", ">tokens after", ">ratio", ">ms", ">cpu ms",
                ">py ratio", ">py ms", ">ERROR/FATAL/WARN templates", ">FAILED lines", ">diff headers", "JSON",
                ">JSON error items", "stable");
        for (Bench.FileResult r : results) {
            Baseline.Row py = baseline.get(r.file());
            Bench.Checks c = r.checks();
            table.row(List.of(r.file(), r.kind().name(), r.strategy(), integer(r.tokensBefore()), integer(r.tokensAfter()),
                    ratio(r.ratio()), ms(r.medianMs()), ms(r.medianCpuMs()), py == null ? "-" : ratio(py.ratio()), py == null ? "-" : ms(py.medianMs()),
                    c.levelTemplates().cell(), c.failedLines().cell(), c.diffHeaders().cell(), c.json().cell(),
                    c.jsonErrorItems().cell(), r.deterministic() ? "yes" : "NO"));
        }
        Totals t = Totals.of(results, baseline);
        table.row(List.of("TOTAL (" + results.size() + " files)", "", "", integer(t.before), integer(t.after),
                ratio(t.ratio()), ms(t.ms), ms(t.cpuMs), t.pyCell(), t.pyMsCell(), t.sum.levelTemplates().cell(),
                t.sum.failedLines().cell(), t.sum.diffHeaders().cell(), t.jsonCell(), t.sum.jsonErrorItems().cell(), t.stable + "/" + results.size()));
        return "### Per file\n\n" + table.render();
    }

    private static String perKind(List<Bench.FileResult> results, Baseline baseline) {
        Map<ContentKind, List<Bench.FileResult>> byKind = new EnumMap<>(ContentKind.class);
        for (Bench.FileResult r : results) {
            byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        }
        Table table = new Table("kind", ">files", ">tokens before", ">tokens after", ">ratio", ">ms (sum)", ">cpu ms (sum)",
                ">py tokens after", ">py ratio", ">py ms (sum)", ">ERROR/FATAL/WARN templates", ">FAILED lines",
                ">diff headers", "JSON valid", ">JSON error items");
        byKind.forEach((kind, rs) -> table.row(kindRow(kind.name(), rs, baseline)));
        table.row(kindRow("TOTAL", results, baseline));
        return "### Per kind (our detection)\n\n" + table.render();
    }

    private static List<String> kindRow(String label, List<Bench.FileResult> rs, Baseline baseline) {
        Totals t = Totals.of(rs, baseline);
        return List.of(label, integer(rs.size()), integer(t.before), integer(t.after), ratio(t.ratio()), ms(t.ms), ms(t.cpuMs),
                t.pyFiles == 0 ? "-" : integer(t.pyAfter), t.pyCell(), t.pyMsCell(),
                t.sum.levelTemplates().cell(), t.sum.failedLines().cell(), t.sum.diffHeaders().cell(), t.jsonCell(),
                t.sum.jsonErrorItems().cell());
    }

    private static String misses(List<Bench.FileResult> results) {
        StringBuilder sb = new StringBuilder("### Retention misses\n\n");
        int n = 0;
        for (Bench.FileResult r : results) {
            Bench.Checks c = r.checks();
            n += miss(sb, r.file(), "ERROR/FATAL/WARN templates", c.levelTemplates());
            n += miss(sb, r.file(), "FAILED lines", c.failedLines());
            n += miss(sb, r.file(), "diff headers", c.diffHeaders());
            n += miss(sb, r.file(), "JSON error items", c.jsonErrorItems());
            if (c.json() == JsonChecks.Validity.INVALID) {
                sb.append("- ").append(r.file()).append(": valid JSON in, invalid JSON out\n");
                n++;
            }
            if (!r.deterministic()) {
                sb.append("- ").append(r.file()).append(": output differs between runs\n");
                n++;
            }
        }
        if (n == 0) {
            sb.append("none\n");
        }
        return sb.toString();
    }

    private static String retentionVsBaseline(List<Bench.FileResult> results, Map<String, Bench.Checks> baselineChecks) {
        Table table = new Table("file", ">ERROR/FATAL/WARN templates", ">py", ">FAILED lines", ">py", ">diff headers", ">py",
                "JSON", "py", ">JSON error items", ">py");
        List<Bench.Checks> ours = new ArrayList<>();
        List<Bench.Checks> theirs = new ArrayList<>();
        for (Bench.FileResult r : results) {
            Bench.Checks c = r.checks();
            Bench.Checks py = baselineChecks.get(r.file());
            if (py == null || !hasSomethingToCheck(c)) {
                continue;
            }
            ours.add(c);
            theirs.add(py);
            table.row(List.of(r.file(), c.levelTemplates().cell(), py.levelTemplates().cell(), c.failedLines().cell(),
                    py.failedLines().cell(), c.diffHeaders().cell(), py.diffHeaders().cell(), c.json().cell(),
                    py.json().cell(), c.jsonErrorItems().cell(), py.jsonErrorItems().cell()));
        }
        Bench.Checks o = sum(ours);
        Bench.Checks t = sum(theirs);
        table.row(List.of("TOTAL", o.levelTemplates().cell(), t.levelTemplates().cell(), o.failedLines().cell(),
                t.failedLines().cell(), o.diffHeaders().cell(), t.diffHeaders().cell(), validCount(ours), validCount(theirs),
                o.jsonErrorItems().cell(), t.jsonErrorItems().cell()));
        return "### Retention, ours vs the baseline's output (same checks)\n\n" + table.render();
    }

    private static boolean hasSomethingToCheck(Bench.Checks c) {
        return c.levelTemplates().total() + c.failedLines().total() + c.diffHeaders().total() + c.jsonErrorItems().total() > 0
                || c.json() != JsonChecks.Validity.NOT_JSON;
    }

    private static Bench.Checks sum(List<Bench.Checks> checks) {
        Retention.Count levels = Retention.Count.NONE;
        Retention.Count failed = Retention.Count.NONE;
        Retention.Count diffs = Retention.Count.NONE;
        Retention.Count items = Retention.Count.NONE;
        for (Bench.Checks c : checks) {
            levels = levels.plus(c.levelTemplates());
            failed = failed.plus(c.failedLines());
            diffs = diffs.plus(c.diffHeaders());
            items = items.plus(c.jsonErrorItems());
        }
        return new Bench.Checks(levels, failed, diffs, JsonChecks.Validity.NOT_JSON, items);
    }

    private static String validCount(List<Bench.Checks> checks) {
        long in = checks.stream().filter(c -> c.json() != JsonChecks.Validity.NOT_JSON).count();
        long valid = checks.stream().filter(c -> c.json() == JsonChecks.Validity.VALID).count();
        return in == 0 ? "-" : valid + "/" + in + " valid";
    }

    private static int miss(StringBuilder sb, String file, String what, Retention.Count count) {
        if (count.complete()) {
            return 0;
        }
        sb.append("- ").append(file).append(": ").append(what).append(' ').append(count.cell())
                .append(count.total() - count.kept() > count.missed().size() ? ", e.g.:\n" : ":\n");
        for (String example : count.missed()) {
            sb.append("  - `").append(shorten(example)).append("`\n");
        }
        return 1;
    }

    /** Sums over a group of files; baseline sums only over files the baseline has. */
    private static final class Totals {
        long before;
        long after;
        double ms;
        double cpuMs;
        int pyFiles;
        long pyBefore;
        long pyAfter;
        double pyMs;
        final List<Bench.Checks> checks = new ArrayList<>();
        int stable;
        Bench.Checks sum;

        static Totals of(List<Bench.FileResult> rs, Baseline baseline) {
            Totals t = new Totals();
            for (Bench.FileResult r : rs) {
                t.before += r.tokensBefore();
                t.after += r.tokensAfter();
                t.ms += r.medianMs();
                t.cpuMs += r.medianCpuMs();
                Baseline.Row py = baseline.get(r.file());
                if (py != null) {
                    t.pyFiles++;
                    t.pyBefore += py.origTokens();
                    t.pyAfter += py.compTokens();
                    t.pyMs += py.medianMs();
                }
                t.checks.add(r.checks());
                t.stable += r.deterministic() ? 1 : 0;
            }
            t.sum = sum(t.checks);
            return t;
        }

        double ratio() {
            return before == 0 ? 1.0 : (double) after / before;
        }

        String pyCell() {
            return pyFiles == 0 || pyBefore == 0 ? "-" : BenchReport.ratio((double) pyAfter / pyBefore);
        }

        String pyMsCell() {
            return pyFiles == 0 ? "-" : ms(pyMs);
        }

        String jsonCell() {
            return validCount(checks);
        }
    }

    /** One line of at most {@value #EXAMPLE_CHARS} characters, safe inside Markdown backticks. */
    static String shorten(String text) {
        String line = text.replace('`', '\'').replace('\n', ' ');
        return line.length() <= EXAMPLE_CHARS ? line : line.substring(0, EXAMPLE_CHARS - 1) + "…";
    }

    private static String integer(long n) {
        return Long.toString(n);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.3f", r);
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms);
    }
}
