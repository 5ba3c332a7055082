package dev.headroom.cli;

import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.tokens.TokenCounter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;

/**
 * Command-line preview of Headroom, without a model or an API key:
 * <pre>
 * java -jar samples/headroom-cli/target/headroom-cli.jar compress --stats --query "why did it fail?" build.log
 * java -jar samples/headroom-cli/target/headroom-cli.jar bench ../shared/corpus \
 *      --baseline ../shared/baselines/headroom-py-0.2.13/results.tsv
 * </pre>
 * {@code compress} prints exactly what the model would see for a file returned as a tool result;
 * {@code bench} is the corpus benchmark (ratio, speed and retention per file and per kind, beside a
 * baseline). Run without arguments for the usage. Exit codes: 0 success, 1 failure, 2 usage error.
 *
 * <p>Output is UTF-8 whatever the platform charset. Not thread-safe (one run per instance).
 */
public final class HeadroomCli {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    HeadroomCli(PrintStream out, PrintStream err) {
        this(System.in, out, err);
    }

    /** @param in what {@code compress -} reads */
    HeadroomCli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new HeadroomCli(out, err).run(args);
        out.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
    int run(String... args) {
        Command command;
        try {
            command = CliArguments.parse(args);
        } catch (UsageException e) {
            err.println("headroom-cli: " + e.getMessage());
            err.print(CliArguments.USAGE);
            return USAGE;
        }
        try {
            if (command instanceof Command.Compress compress) {
                return compress(compress);
            }
            if (command instanceof Command.Bench bench) {
                return bench(bench);
            }
            out.print(CliArguments.USAGE);
            return OK;
        } catch (NoSuchFileException e) {
            err.println("headroom-cli: no such file: " + e.getFile());
            return FAILURE;
        } catch (IOException e) {
            err.println("headroom-cli: " + e);
            return FAILURE;
        } finally {
            out.flush();
        }
    }

    private int compress(Command.Compress command) throws IOException {
        boolean stdin = command.file().toString().equals("-");
        if (!stdin && Files.isDirectory(command.file())) {
            err.println("headroom-cli: " + command.file() + " is a directory (compress takes one file)");
            return FAILURE;
        }
        String content = stdin ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : Bench.read(command.file());
        HeadroomConfig config = command.preset() == null
                ? HeadroomConfig.defaults()
                : HeadroomConfig.builder().defaults(CompressionSettings.of(command.preset())).build();
        Headroom headroom = Headroom.builder().config(config).build();
        CompressionContext context = CompressionContext.builder()
                .toolName(command.tool())
                .userMessage(command.query())
                .build();
        long start = System.nanoTime();
        CompressionOutcome outcome = headroom.compress(content, context);
        long nanos = System.nanoTime() - start;
        out.print(outcome.text());
        if (command.stats()) {
            out.flush();
            if (!outcome.text().isEmpty() && !outcome.text().endsWith("\n")) {
                // stdout stays exact; on a terminal, where both streams meet, the summary starts on its own line
                err.println();
            }
            err.println(summary(outcome, content, nanos));
        }
        return OK;
    }

    static String summary(CompressionOutcome outcome, String content, long nanos) {
        TokenCounter tokens = TokenCounter.o200k();
        int before = tokens.count(content);
        int after = outcome.text().equals(content) ? before : tokens.count(outcome.text());
        return String.format(Locale.ROOT, "kind=%s strategy=%s tokens(o200k)=%d->%d ratio=%.3f time=%.1fms%s",
                outcome.kind(), outcome.strategy(), before, after, before == 0 ? 1.0 : (double) after / before,
                nanos / 1e6, outcome.retrievalHandle().map(h -> " hash=" + h).orElse(""));
    }

    private int bench(Command.Bench command) throws IOException {
        if (!Files.isDirectory(command.dir())) {
            err.println("headroom-cli: " + command.dir() + " is not a directory");
            return FAILURE;
        }
        Baseline baseline = command.baseline() == null ? Baseline.NONE : Baseline.read(command.baseline());
        CompressionSettings settings = command.preset() == null
                ? CompressionSettings.defaults()
                : CompressionSettings.of(command.preset());
        List<Bench.FileResult> results = new Bench(command.warmup(), command.runs(), settings).run(command.dir());
        String title = "headroom bench: " + command.dir() + " (" + results.size() + " files; "
                + (command.preset() == null ? "" : "preset " + command.preset().name().toLowerCase(Locale.ROOT) + "; ")
                + "warmup "
                + command.warmup() + ", runs " + command.runs()
                + (command.baseline() == null ? "" : "; baseline " + command.baseline()) + ")";
        out.print(BenchReport.render(title, results, baseline, Bench.baselineChecks(command.dir(), results, baseline)));
        return OK;
    }
}
