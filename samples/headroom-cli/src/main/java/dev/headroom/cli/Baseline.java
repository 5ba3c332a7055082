package dev.headroom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Another implementation's results per file, read from a tab-separated file with a header row naming at
 * least the columns {@code file}, {@code orig_tokens}, {@code comp_tokens}, {@code ratio} and
 * {@code median_ms} (the format of {@code baselines/headroom-py-0.2.13/results.tsv}); other columns are
 * ignored. When a directory {@code router-output/} sits beside the file, it holds the baseline's output
 * per file (what its model would see), and the bench runs the same retention checks on it.
 *
 * <p>Immutable and thread-safe.
 */
record Baseline(Map<String, Row> rows, Path outputs) {

    static final Baseline NONE = new Baseline(Map.of(), null);
    /** The directory of the baseline's outputs, beside the TSV. */
    static final String OUTPUTS_DIR = "router-output";

    /** One file's figures. */
    record Row(long origTokens, long compTokens, double ratio, double medianMs) {}

    Baseline {
        rows = Map.copyOf(rows);
    }

    /** The file's figures, or {@code null}. */
    Row get(String file) {
        return rows.get(file);
    }

    /** The baseline's output for the file, or {@code null} when it has none. */
    Path output(String file) {
        if (outputs == null) {
            return null;
        }
        Path output = outputs.resolve(file);
        return Files.isRegularFile(output) ? output : null;
    }

    static Baseline read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(tsv + ": empty baseline file");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int file = column(header, "file", tsv);
        int orig = column(header, "orig_tokens", tsv);
        int comp = column(header, "comp_tokens", tsv);
        int ratio = column(header, "ratio", tsv);
        int ms = column(header, "median_ms", tsv);
        Map<String, Row> rows = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            try {
                rows.put(cells[file], new Row(Long.parseLong(cells[orig].trim()), Long.parseLong(cells[comp].trim()),
                        Double.parseDouble(cells[ratio].trim()), Double.parseDouble(cells[ms].trim())));
            } catch (RuntimeException e) {
                throw new IOException(tsv + ":" + (i + 1) + ": cannot read baseline row (" + e.getMessage() + ")", e);
            }
        }
        Path outputs = tsv.toAbsolutePath().resolveSibling(OUTPUTS_DIR);
        return new Baseline(rows, Files.isDirectory(outputs) ? outputs : null);
    }

    private static int column(List<String> header, String name, Path tsv) throws IOException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IOException(tsv + ": baseline header has no '" + name + "' column");
        }
        return index;
    }
}
