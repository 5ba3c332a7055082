package dev.headroom.cli;

import dev.headroom.compress.CompressionSettings.Preset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses the command line into a {@link Command}. Options take {@code --name value} or
 * {@code --name=value}; they may come before or after the positional argument. Anything unknown,
 * missing or repeated is a {@link UsageException} with a message that names the problem.
 *
 * <p>Stateless and thread-safe.
 */
final class CliArguments {

    static final int DEFAULT_WARMUP = 3;
    static final int DEFAULT_RUNS = 5;

    static final String USAGE = """
            Usage:
              headroom-cli compress [--query TEXT] [--tool NAME] [--preset conservative|balanced|aggressive] [--stats] FILE|-
                  Prints to stdout exactly what the model would see for FILE (- for stdin) as a tool result.
                  --query   the user message that precedes the tool call (relevance context)
                  --tool    the tool name (relevance context; the CLI has no per-tool settings)
                  --preset  compression preset (default: balanced)
                  --stats   one summary line on stderr: kind, strategy, o200k tokens before/after, ratio, time
                            (after a line break on stderr when the output does not end with one)
              headroom-cli bench [--baseline results.tsv] [--preset conservative|balanced|aggressive] [--warmup N] [--runs N] DIR
                  Compresses every file of DIR (memo off) and prints per-file and per-kind tables: o200k tokens
                  before/after, ratio, median ms, retention checks, and the baseline's ratio and ms beside ours.
                  --preset  compression preset for every file (default: balanced)
                  --warmup  untimed passes over all files before timing (default 3)
                  --runs    timed runs per file; the median is reported (default 5)
              headroom-cli --help
            Exit codes: 0 success, 1 failure (unreadable file, I/O error), 2 usage error.
            """;

    private CliArguments() {}

    static Command parse(String... args) throws UsageException {
        if (args.length == 0) {
            return new Command.Help();
        }
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Command.Help();
            }
        }
        String command = args[0];
        List<String> rest = List.of(args).subList(1, args.length);
        return switch (command) {
            case "compress" -> compress(Parsed.of(command, rest, List.of("--query", "--tool", "--preset"), List.of("--stats")));
            case "bench" -> bench(Parsed.of(command, rest, List.of("--baseline", "--preset", "--warmup", "--runs"), List.of()));
            default -> throw new UsageException("unknown command '" + command + "' (expected compress or bench)");
        };
    }

    private static Command compress(Parsed parsed) throws UsageException {
        Path file = Path.of(parsed.positional("FILE"));
        String preset = parsed.options.get("--preset");
        return new Command.Compress(file, parsed.options.get("--query"), parsed.options.get("--tool"),
                preset == null ? null : preset(preset), parsed.flags.contains("--stats"));
    }

    private static Command bench(Parsed parsed) throws UsageException {
        Path dir = Path.of(parsed.positional("DIR"));
        String baseline = parsed.options.get("--baseline");
        int warmup = count(parsed, "--warmup", DEFAULT_WARMUP, 0);
        int runs = count(parsed, "--runs", DEFAULT_RUNS, 1);
        String preset = parsed.options.get("--preset");
        return new Command.Bench(dir, baseline == null ? null : Path.of(baseline), warmup, runs,
                preset == null ? null : preset(preset));
    }

    private static Preset preset(String value) throws UsageException {
        try {
            return Preset.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--preset must be conservative, balanced or aggressive, was '" + value + "'");
        }
    }

    private static int count(Parsed parsed, String name, int defaultValue, int min) throws UsageException {
        String value = parsed.options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " must be an integer >= " + min + ", was '" + value + "'");
    }

    /** Options, flags and positional arguments of one command, checked against what it accepts. */
    private record Parsed(String command, Map<String, String> options, List<String> flags, List<String> positionals) {

        static Parsed of(String command, List<String> args, List<String> valued, List<String> flagNames)
                throws UsageException {
            Map<String, String> options = new TreeMap<>();
            List<String> flags = new ArrayList<>();
            List<String> positionals = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--")) {
                    positionals.addAll(args.subList(i + 1, args.size()));
                    break;
                }
                if (!arg.startsWith("--")) {
                    positionals.add(arg);
                    continue;
                }
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                if (flagNames.contains(name)) {
                    if (eq >= 0) {
                        throw new UsageException(name + " takes no value");
                    }
                    if (flags.contains(name)) {
                        throw new UsageException(name + " given twice");
                    }
                    flags.add(name);
                } else if (valued.contains(name)) {
                    String value;
                    if (eq >= 0) {
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException(name + " needs a value");
                    }
                    if (options.put(name, value) != null) {
                        throw new UsageException(name + " given twice");
                    }
                } else {
                    throw new UsageException("unknown option '" + name + "' for " + command);
                }
            }
            return new Parsed(command, options, flags, positionals);
        }

        String positional(String what) throws UsageException {
            if (positionals.isEmpty()) {
                throw new UsageException(command + " needs " + what);
            }
            if (positionals.size() > 1) {
                throw new UsageException(command + " takes one " + what + ", got " + positionals.size()
                        + ": " + String.join(" ", positionals));
            }
            return positionals.get(0);
        }
    }
}
