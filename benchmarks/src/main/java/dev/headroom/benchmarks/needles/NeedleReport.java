package dev.headroom.benchmarks.needles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Markdown tables for the needle benchmark. Deterministic: no timings, fixed orders. */
final class NeedleReport {

    private NeedleReport() {}

    /** Sums over a set of cases: tokens and needles. */
    record Totals(int cases, long before, long after, int found, int total, int whole) {

        static final Totals EMPTY = new Totals(0, 0, 0, 0, 0, 0);

        Totals plus(CaseResult r) {
            return new Totals(cases + 1, before + r.tokensBefore(), after + r.tokensAfter(), found + r.found(),
                    total + r.total(), whole + (r.passedWhole() ? 1 : 0));
        }

        double ratio() {
            return before == 0 ? 1.0 : (double) after / before;
        }

        double recall() {
            return total == 0 ? 1.0 : (double) found / total;
        }
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.3f", r);
    }

    static Totals totals(List<CaseResult> results, Predicate<CaseResult> which) {
        Totals t = Totals.EMPTY;
        for (CaseResult r : results) {
            if (which.test(r)) {
                t = t.plus(r);
            }
        }
        return t;
    }

    /** Per kind (sorted), then "ALL", for the cases {@code which} selects. */
    static Map<String, Totals> perKind(List<CaseResult> results, Predicate<CaseResult> which) {
        Map<String, Totals> map = new TreeMap<>();
        for (CaseResult r : results) {
            if (which.test(r)) {
                map.merge(r.kind(), Totals.EMPTY.plus(r), (a, b) -> new Totals(a.cases + b.cases, a.before + b.before,
                        a.after + b.after, a.found + b.found, a.total + b.total, a.whole + b.whole));
            }
        }
        Map<String, Totals> out = new LinkedHashMap<>(map);
        out.put("ALL", totals(results, which));
        return out;
    }

    static final Map<String, Predicate<CaseResult>> SETS = sets();

    private static Map<String, Predicate<CaseResult>> sets() {
        Map<String, Predicate<CaseResult>> m = new LinkedHashMap<>();
        m.put("tuning", r -> !r.heldAside());
        m.put("held-aside", r -> r.heldAside() && !isFresh(r) && !isFresh2(r) && !isFresh3(r) && !isFresh4(r) && !isFresh5(r)
                && !isFresh6(r) && !isFresh7(r) && !isFresh8(r) && !isFresh9(r)
                && !isFresh10(r)
                && !isFresh11(r) && !isFresh12(r)
                && !isFresh13(r) && !isFresh14(r) && !isFresh15(r)
                && !isFresh16(r) && !isFresh17(r)
                && !isFresh18(r) && !isFresh19(r)
                && !isFresh20(r) && !isFresh21(r)
                && !isFresh22(r));
        m.put("fresh", NeedleReport::isFresh);
        m.put("fresh-2", NeedleReport::isFresh2);
        m.put("fresh-3", NeedleReport::isFresh3);
        m.put("fresh-4", NeedleReport::isFresh4);
        m.put("fresh-5", NeedleReport::isFresh5);
        m.put("fresh-6", NeedleReport::isFresh6);
        m.put("fresh-7", NeedleReport::isFresh7);
        m.put("fresh-8", NeedleReport::isFresh8);
        m.put("fresh-9", NeedleReport::isFresh9);
        m.put("fresh-10", NeedleReport::isFresh10);
        m.put("fresh-11", NeedleReport::isFresh11);
        m.put("fresh-12", NeedleReport::isFresh12);
        m.put("fresh-13", NeedleReport::isFresh13);
        m.put("fresh-14", NeedleReport::isFresh14);
        m.put("fresh-15", NeedleReport::isFresh15);
        m.put("fresh-16", NeedleReport::isFresh16);
        m.put("fresh-17", NeedleReport::isFresh17);
        m.put("fresh-18", NeedleReport::isFresh18);
        m.put("fresh-19", NeedleReport::isFresh19);
        m.put("fresh-20", NeedleReport::isFresh20);
        m.put("fresh-21", NeedleReport::isFresh21);
        m.put("fresh-22", NeedleReport::isFresh22);
        m.put("all", r -> true);
        return m;
    }

    /** The second held-aside batch ({@link FreshCases}), reported apart from the first. */
    static boolean isFresh(CaseResult r) {
        return r.name().startsWith("fresh_");
    }

    /** The third held-aside batch ({@link FreshCases2}), written after the session-4 changes. */
    static boolean isFresh2(CaseResult r) {
        return r.name().startsWith("fresh2_");
    }

    /**
     * The fourth held-aside batch ({@link FreshCases3}), written on 2026-12-07 (session 5) before that session's
     * compressor changes.
     */
    static boolean isFresh3(CaseResult r) {
        return r.name().startsWith("fresh3_");
    }

    /**
     * The fifth held-aside batch ({@link FreshCases4}), written on 2026-12-07 (session 5) after that session's
     * compressor changes.
     */
    static boolean isFresh4(CaseResult r) {
        return r.name().startsWith("fresh4_");
    }

    /**
     * The sixth held-aside batch ({@link FreshCases5}), written on 2026-12-07 (session 6) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh5(CaseResult r) {
        return r.name().startsWith("fresh5_");
    }

    /**
     * The seventh held-aside batch ({@link FreshCases6}), written on 2026-12-07 (session 6) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh6(CaseResult r) {
        return r.name().startsWith("fresh6_");
    }

    /**
     * The eighth held-aside batch ({@link FreshCases7}), written on 2026-12-07 (session 7) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh7(CaseResult r) {
        return r.name().startsWith("fresh7_");
    }

    /**
     * The ninth held-aside batch ({@link FreshCases8}), written on 2026-12-07 (after session 7) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh8(CaseResult r) {
        return r.name().startsWith("fresh8_");
    }

    /**
     * The tenth held-aside batch ({@link FreshCases9}), written on 2026-12-07 (session 9) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh9(CaseResult r) {
        return r.name().startsWith("fresh9_");
    }

    /**
     * The eleventh held-aside batch ({@link FreshCases10}), written on 2026-12-07 (session 9) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh10(CaseResult r) {
        return r.name().startsWith("fresh10_");
    }

    /**
     * The twelfth held-aside batch ({@link FreshCases11}), written on 2026-12-07 (session 9) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh11(CaseResult r) {
        return r.name().startsWith("fresh11_");
    }

    /**
     * The thirteenth held-aside batch ({@link FreshCases12}), written on 2026-12-07 (session 9) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh12(CaseResult r) {
        return r.name().startsWith("fresh12_");
    }

    /**
     * The fourteenth held-aside batch ({@link FreshCases13}), written on 2026-12-07 (session 9) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh13(CaseResult r) {
        return r.name().startsWith("fresh13_");
    }

    /**
     * The fifteenth held-aside batch ({@link FreshCases14}), written on 2026-12-07 (session 9) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh14(CaseResult r) {
        return r.name().startsWith("fresh14_");
    }

    /**
     * The sixteenth held-aside batch ({@link FreshCases15}), written on 2026-12-07 (session 10) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh15(CaseResult r) {
        return r.name().startsWith("fresh15_");
    }

    /**
     * The seventeenth held-aside batch ({@link FreshCases16}), written on 2026-12-07 (session 10) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh16(CaseResult r) {
        return r.name().startsWith("fresh16_");
    }

    /**
     * The eighteenth held-aside batch ({@link FreshCases17}), written on 2026-12-07 (session 11) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh17(CaseResult r) {
        return r.name().startsWith("fresh17_");
    }

    /**
     * The nineteenth held-aside batch ({@link FreshCases18}), written on 2026-12-07 (session 11) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh18(CaseResult r) {
        return r.name().startsWith("fresh18_");
    }

    /**
     * The twentieth held-aside batch ({@link FreshCases19}), written on 2026-12-08 (session 12) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh19(CaseResult r) {
        return r.name().startsWith("fresh19_");
    }

    /**
     * The twenty-first held-aside batch ({@link FreshCases20}), written on 2026-12-08 (session 12) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh20(CaseResult r) {
        return r.name().startsWith("fresh20_");
    }

    /**
     * The twenty-second held-aside batch ({@link FreshCases21}), written on 2026-12-08 (session 12) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh21(CaseResult r) {
        return r.name().startsWith("fresh21_");
    }

    /**
     * The twenty-third held-aside batch ({@link FreshCases22}), written on 2026-12-08 (session 12) and never run through the
     * compressor by its author; its missed needles are not written to the TSV either ({@link NeedleTsv}).
     */
    static boolean isFresh22(CaseResult r) {
        return r.name().startsWith("fresh22_");
    }

    static String markdown(List<CaseResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("### Needle benchmark: ").append(results.size()).append(" cases\n\n");
        sb.append("Recall = needles found / needles (micro); ratio = o200k tokens after / before (summed). ")
                .append("H = held aside; W = passed through whole (output == input).\n\n");
        sb.append("#### Per case\n\n");
        sb.append("| case | H | kind | format | detected | strategy | tokens before | tokens after | ratio | needles | W | missed |\n");
        sb.append("| --- | :-: | --- | --- | --- | --- | --: | --: | --: | --: | :-: | --- |\n");
        for (CaseResult r : results) {
            if (r.heldAside()) {
                // nothing per case that could steer a compressor: only what the per-set tables add up
                sb.append("| ").append(r.name()).append(" | H | ").append(r.kind()).append(" | ").append(r.format())
                        .append(" | (held aside) | | ").append(r.tokensBefore()).append(" | | | | | |\n");
                continue;
            }
            sb.append("| ").append(r.name()).append(" | ").append(" | ").append(r.kind())
                    .append(" | ").append(r.format()).append(" | ").append(r.detectedKind()).append(" | ").append(r.strategy())
                    .append(" | ").append(r.tokensBefore()).append(" | ").append(r.tokensAfter()).append(" | ").append(ratio(r.ratio()))
                    .append(" | ").append(r.found()).append('/').append(r.total()).append(" | ").append(r.passedWhole() ? "W" : "")
                    .append(" | ").append(cell(String.join("; ", r.missed()))).append(" |\n");
        }
        for (Map.Entry<String, Predicate<CaseResult>> set : SETS.entrySet()) {
            sb.append("\n#### Per kind: ").append(set.getKey()).append(" cases\n\n");
            sb.append("| kind | cases | tokens before | tokens after | ratio | needles found | recall | passed whole |\n");
            sb.append("| --- | --: | --: | --: | --: | --: | --: | --: |\n");
            for (Map.Entry<String, Totals> e : perKind(results, set.getValue()).entrySet()) {
                Totals t = e.getValue();
                sb.append("| ").append(e.getKey()).append(" | ").append(t.cases).append(" | ").append(t.before).append(" | ")
                        .append(t.after).append(" | ").append(ratio(t.ratio())).append(" | ").append(t.found).append('/')
                        .append(t.total).append(" | ").append(ratio(t.recall())).append(" | ").append(t.whole).append(" |\n");
            }
        }
        sb.append("\n#### Overall\n\n| set | cases | tokens before | tokens after | ratio | needles found | recall |\n")
                .append("| --- | --: | --: | --: | --: | --: | --: |\n");
        for (Map.Entry<String, Predicate<CaseResult>> set : SETS.entrySet()) {
            Totals t = totals(results, set.getValue());
            sb.append("| ").append(set.getKey()).append(" | ").append(t.cases).append(" | ").append(t.before).append(" | ")
                    .append(t.after).append(" | ").append(ratio(t.ratio())).append(" | ").append(t.found).append('/')
                    .append(t.total).append(" | ").append(ratio(t.recall())).append(" |\n");
        }
        sb.append("\n#### Passed through whole, by format\n\n| format | cases | passed whole | which |\n| --- | --: | --: | --- |\n");
        Map<String, List<CaseResult>> byFormat = new TreeMap<>();
        for (CaseResult r : results) {
            byFormat.computeIfAbsent(r.format(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<CaseResult>> e : byFormat.entrySet()) {
            List<String> names = e.getValue().stream().filter(CaseResult::passedWhole).map(CaseResult::name).toList();
            sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue().size()).append(" | ").append(names.size())
                    .append(" | ").append(String.join(", ", names)).append(" |\n");
        }
        return sb.toString();
    }

    /** Per set and kind, a saved run's ratio and recall next to another's; then the cases that changed. */
    static String compare(List<CaseResult> before, List<CaseResult> after, String beforeName, String afterName) {
        StringBuilder sb = new StringBuilder("\n#### Compared: ").append(beforeName).append(" → ").append(afterName).append("\n\n");
        sb.append("| set | kind | cases | ratio before | ratio after | recall before | recall after | needles before | needles after | whole before | whole after |\n");
        sb.append("| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |\n");
        for (Map.Entry<String, Predicate<CaseResult>> set : SETS.entrySet()) {
            Map<String, Totals> b = perKind(before, set.getValue());
            Map<String, Totals> a = perKind(after, set.getValue());
            List<String> kinds = new ArrayList<>(new TreeMap<>(merge(b, a)).keySet());
            kinds.remove("ALL");
            kinds.add("ALL");
            for (String k : kinds) {
                Totals tb = b.getOrDefault(k, Totals.EMPTY);
                Totals ta = a.getOrDefault(k, Totals.EMPTY);
                sb.append("| ").append(set.getKey()).append(" | ").append(k).append(" | ").append(tb.cases).append(tb.cases == ta.cases ? "" : "→" + ta.cases)
                        .append(" | ").append(ratio(tb.ratio())).append(" | ").append(ratio(ta.ratio()))
                        .append(" | ").append(ratio(tb.recall())).append(" | ").append(ratio(ta.recall()))
                        .append(" | ").append(tb.found).append('/').append(tb.total).append(" | ").append(ta.found).append('/').append(ta.total)
                        .append(" | ").append(tb.whole).append(" | ").append(ta.whole).append(" |\n");
            }
        }
        sb.append("\n| case | H | needles before | needles after | ratio before | ratio after |\n| --- | :-: | --: | --: | --: | --: |\n");
        Map<String, CaseResult> old = new LinkedHashMap<>();
        for (CaseResult r : before) {
            old.put(r.name(), r);
        }
        for (CaseResult r : after) {
            CaseResult o = old.get(r.name());
            if (!r.heldAside() && (o == null || o.found() != r.found() || o.tokensAfter() != r.tokensAfter())) {
                sb.append("| ").append(r.name()).append(" | ").append(r.heldAside() ? "H" : "").append(" | ")
                        .append(o == null ? "-" : o.found() + "/" + o.total()).append(" | ").append(r.found()).append('/').append(r.total())
                        .append(" | ").append(o == null ? "-" : ratio(o.ratio())).append(" | ").append(ratio(r.ratio())).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static Map<String, Totals> merge(Map<String, Totals> a, Map<String, Totals> b) {
        Map<String, Totals> m = new LinkedHashMap<>(a);
        m.putAll(b);
        return m;
    }

    private static String cell(String s) {
        return s.replace('|', '/').replace('\n', ' ');
    }
}
