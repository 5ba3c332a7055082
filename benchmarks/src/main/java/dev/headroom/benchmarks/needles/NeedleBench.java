package dev.headroom.benchmarks.needles;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.compress.CompressionContext;
import dev.headroom.tokens.TokenCounter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The needle benchmark: runs every {@link NeedleCases case} through the engine the way the LangChain4j
 * decorator does (one {@link Headroom#create() default engine}; tool name, tool-call arguments and the last
 * user message in the {@link CompressionContext}) and reports, per case and per kind, o200k tokens before and
 * after and how many needles survived.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.headroom.benchmarks.needles.NeedleBench \
 *      [--out report.md] [--tsv cases.tsv] [--compare baseline.tsv] [--current other.tsv]
 * </pre>
 * {@code --compare} prints a saved TSV's per-kind figures next to this run's (or next to {@code --current}'s,
 * without running the engine).
 */
public final class NeedleBench {

    private NeedleBench() {}

    /** Compresses one case; the real engine in {@link #main}, a fake in tests. */
    public interface Engine extends BiFunction<String, CompressionContext, CompressionOutcome> {}

    public static void main(String[] args) throws IOException {
        Path out = null;
        Path tsv = null;
        Path compare = null;
        Path current = null;
        String show = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                usage("missing value for " + a);
            }
            switch (a) {
                case "--out" -> out = Path.of(args[++i]);
                case "--tsv" -> tsv = Path.of(args[++i]);
                case "--compare" -> compare = Path.of(args[++i]);
                case "--current" -> current = Path.of(args[++i]);
                case "--case" -> show = args[++i];
                default -> usage("unknown option " + a);
            }
        }
        if (show != null) {
            System.out.print(showCase(show));
            return;
        }
        List<CaseResult> results;
        StringBuilder report = new StringBuilder();
        if (current != null) {
            results = NeedleTsv.read(Files.readString(current, StandardCharsets.UTF_8));
        } else {
            Headroom headroom = Headroom.create();
            results = run(NeedleCases.all(), headroom::compress, TokenCounter.o200k());
            report.append(NeedleReport.markdown(results));
        }
        if (compare != null) {
            List<CaseResult> before = NeedleTsv.read(Files.readString(compare, StandardCharsets.UTF_8));
            report.append(NeedleReport.compare(before, results, compare.getFileName().toString(),
                    current == null ? "this run" : current.getFileName().toString()));
        }
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
        if (tsv != null) {
            Files.writeString(tsv, NeedleTsv.write(results), StandardCharsets.UTF_8);
        }
    }

    /**
     * One tuning case in full: question, needles (found or missed) and the compressed output, for working on
     * a miss. Held-aside cases are refused: nobody looks at their outputs to tune a compressor.
     */
    static String showCase(String name) {
        NeedleCase c = NeedleCases.all().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case " + name));
        if (c.heldAside()) {
            throw new IllegalArgumentException(name + " is held aside: its output is not shown (see RESULTS.md §6)");
        }
        CompressionOutcome outcome = Headroom.create().compress(c.content(), CompressionContext.builder()
                .toolName(c.toolName()).toolArguments(c.toolArguments()).userMessage(c.question()).build());
        StringBuilder sb = new StringBuilder();
        sb.append("case ").append(c.name()).append(" (").append(c.format()).append(")\n");
        sb.append("tool ").append(c.toolName()).append(' ').append(c.toolArguments()).append('\n');
        sb.append("question ").append(c.question()).append('\n');
        sb.append("detected ").append(outcome.kind()).append(", strategy ").append(outcome.strategy()).append('\n');
        for (Needle n : c.needles()) {
            sb.append(n.foundIn(outcome.text()) ? "  found  " : "  MISSED ").append(n.describe(160)).append('\n');
        }
        sb.append("---- output (").append(outcome.text().length()).append(" chars) ----\n").append(outcome.text()).append('\n');
        return sb.toString();
    }

    private static void usage(String problem) {
        System.err.println("NeedleBench: " + problem);
        System.err.println("usage: NeedleBench [--out FILE.md] [--tsv FILE.tsv] [--compare BASELINE.tsv] [--current OTHER.tsv] | --case NAME (one tuning case in full)");
        System.exit(2);
    }

    /** Runs every case through {@code engine} and measures it. */
    public static List<CaseResult> run(List<NeedleCase> cases, Engine engine, TokenCounter tokens) {
        List<CaseResult> results = new ArrayList<>(cases.size());
        for (NeedleCase c : cases) {
            results.add(measure(c, engine, tokens));
        }
        return results;
    }

    static CaseResult measure(NeedleCase c, Engine engine, TokenCounter tokens) {
        CompressionContext context = CompressionContext.builder()
                .toolName(c.toolName())
                .toolArguments(c.toolArguments())
                .userMessage(c.question().isEmpty() ? null : c.question())
                .build();
        CompressionOutcome outcome = engine.apply(c.content(), context);
        String text = outcome.text();
        boolean whole = text.equals(c.content());
        long before = tokens.count(c.content());
        long after = whole ? before : tokens.count(text);
        List<String> missed = new ArrayList<>();
        int found = 0;
        for (Needle n : c.needles()) {
            if (n.foundIn(text)) {
                found++;
            } else {
                missed.add(n.describe(100));
            }
        }
        return new CaseResult(c.name(), c.kind(), c.format(), c.heldAside(), outcome.kind().name(), outcome.strategy(),
                before, after, found, c.needles().size(), whole, missed);
    }
}
