package dev.headroom.compress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real tool outputs ({@code shared/corpus}) and the Python original's results
 * ({@code shared/baselines/headroom-py-0.2.13/results.tsv}), found by walking up from the working
 * directory. Nothing from it is copied into the repository.
 *
 * <p>A fresh clone has no {@code shared/} beside it, so corpus tests call {@link #assumePresent()}: they are
 * skipped there with a message, and fail under CI (environment variable {@code CI} set), where the corpus
 * is always laid beside the checkout and its absence is a broken set-up, not a reason to skip.
 */
public final class Corpus {

    private Corpus() {}

    /**
     * Aborts the calling test (skipped, with a message) when the corpus is absent outside CI; fails it
     * when the corpus is absent under CI.
     */
    public static void assumePresent() {
        if (dir() != null) {
            return;
        }
        String message = "shared/corpus not found in any parent of " + Path.of("").toAbsolutePath()
                + " (it lies beside the checkout in this project's CI; a fresh clone has none)";
        if (isCi()) {
            throw new AssertionError("CI is set but " + message);
        }
        Assumptions.abort(message);
    }

    /**
     * Arguments for a corpus-parameterized test: one per corpus file, or, when the corpus is absent, a
     * single {@code null} file whose test must start with {@link #assumePresent()} (a parameterized test
     * with no arguments at all is an error in JUnit, not a skip).
     */
    public static Stream<Path> filesOrAbsent() {
        List<Path> files = files();
        return files.isEmpty() ? Stream.of((Path) null) : files.stream();
    }

    static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /** The corpus directory, or {@code null} when it cannot be found. */
    public static Path dir() {
        return find("shared/corpus");
    }

    /** The Python original's {@code comp_tokens} and {@code orig_tokens} per file name. */
    public static Map<String, int[]> pythonTokens() {
        Path tsv = find("shared/baselines/headroom-py-0.2.13/results.tsv");
        Map<String, int[]> result = new TreeMap<>();
        if (tsv == null) {
            return result;
        }
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t");
            int orig = indexOf(header, "orig_tokens");
            int comp = indexOf(header, "comp_tokens");
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                result.put(f[0], new int[] {Integer.parseInt(f[orig]), Integer.parseInt(f[comp])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** The corpus files, sorted by name (SOURCES.md excluded). */
    public static List<Path> files() {
        Path dir = dir();
        List<Path> files = new ArrayList<>();
        if (dir == null) {
            return files;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> !p.getFileName().toString().equals("SOURCES.md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(String name) {
        return read(dir().resolve(name));
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + name);
    }

    private static Path find(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }
}
