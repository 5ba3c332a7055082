package dev.headroom.cli;

import dev.headroom.compress.CompressionSettings.Preset;
import java.nio.file.Path;

/** A parsed command line. Immutable. */
sealed interface Command {

    /** {@code --help}, or no arguments at all. */
    record Help() implements Command {}

    /**
     * {@code compress FILE}: print what the model would see for FILE as a tool result.
     *
     * @param query  the last user message before the tool call, or {@code null}
     * @param tool   the tool name, or {@code null}
     * @param preset the compression preset, or {@code null} for the engine's defaults
     */
    record Compress(Path file, String query, String tool, Preset preset, boolean stats) implements Command {}

    /**
     * {@code bench DIR}: compress every file of DIR and print ratio, speed and retention tables.
     *
     * @param baseline a {@code results.tsv} of another implementation, or {@code null}
     * @param warmup   untimed passes over all files before timing
     * @param runs     timed runs per file (the median is reported)
     */
    record Bench(Path dir, Path baseline, int warmup, int runs, Preset preset) implements Command {}
}
