package dev.headroom.benchmarks.needles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-case TSV: written by a run, read back as a baseline for {@code --compare}. The missed column stays empty
 * for the {@code fresh-5}, {@code fresh-6}, {@code fresh-7}, {@code fresh-8} and {@code fresh-9} batches: their needles are not shown anywhere
 * (the counts are enough for the set figures).
 */
final class NeedleTsv {

    static final String HEADER = "name\tkind\tformat\theld_aside\tdetected_kind\tstrategy\ttokens_before\ttokens_after\tratio\tfound\ttotal\tpassed_whole\tmissed";
    private static final String MISSED_SEPARATOR = " ;; ";

    private NeedleTsv() {}

    static String write(List<CaseResult> results) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (CaseResult r : results) {
            sb.append(String.join("\t", r.name(), r.kind(), r.format(), Boolean.toString(r.heldAside()), r.detectedKind(),
                    r.strategy(), Long.toString(r.tokensBefore()), Long.toString(r.tokensAfter()), NeedleReport.ratio(r.ratio()),
                    Integer.toString(r.found()), Integer.toString(r.total()), Boolean.toString(r.passedWhole()),
                    NeedleReport.isFresh5(r) || NeedleReport.isFresh6(r) || NeedleReport.isFresh7(r)
                            || NeedleReport.isFresh8(r) || NeedleReport.isFresh9(r)
                            || NeedleReport.isFresh10(r)
                            || NeedleReport.isFresh11(r) || NeedleReport.isFresh12(r)
                            || NeedleReport.isFresh13(r) || NeedleReport.isFresh14(r)
                            || NeedleReport.isFresh15(r) || NeedleReport.isFresh16(r)
                            || NeedleReport.isFresh17(r)
                            || NeedleReport.isFresh18(r) || NeedleReport.isFresh19(r)
                            || NeedleReport.isFresh20(r) || NeedleReport.isFresh21(r)
                            || NeedleReport.isFresh22(r) ? "" : clean(String.join(MISSED_SEPARATOR, r.missed())))).append('\n');
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static List<CaseResult> read(String tsv) {
        List<CaseResult> out = new ArrayList<>();
        String[] lines = tsv.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("not a needle-bench TSV (header differs)");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            List<String> missed = f[12].isEmpty() ? List.of() : Arrays.asList(f[12].split(MISSED_SEPARATOR));
            out.add(new CaseResult(f[0], f[1], f[2], Boolean.parseBoolean(f[3]), f[4], f[5], Long.parseLong(f[6]),
                    Long.parseLong(f[7]), Integer.parseInt(f[9]), Integer.parseInt(f[10]), Boolean.parseBoolean(f[11]), missed));
        }
        return out;
    }
}
