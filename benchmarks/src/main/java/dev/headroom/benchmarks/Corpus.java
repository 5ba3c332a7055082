package dev.headroom.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmark corpus lives: the system property {@value #PROPERTY}, else {@value #DEFAULT_DIR}
 * relative to the working directory (the repository root next to {@code shared/}). JMH forks inherit the
 * launching JVM's {@code -D} options, so {@code java -Dheadroom.corpus=DIR -jar benchmarks.jar} works.
 * The corpus files are not part of this repository (some have licences that forbid copying).
 */
final class Corpus {

    static final String PROPERTY = "headroom.corpus";
    static final String DEFAULT_DIR = "../shared/corpus";

    private Corpus() {}

    static Path dir() {
        return Path.of(System.getProperty(PROPERTY, DEFAULT_DIR));
    }

    /** The file's bytes, or a clear error naming the directory and the property to set. */
    static byte[] bytes(String fileName) {
        Path file = dir().resolve(fileName);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file.toAbsolutePath()
                    + " (set -D" + PROPERTY + "=DIR to the corpus directory)", e);
        }
    }

    static String text(String fileName) {
        return new String(bytes(fileName), StandardCharsets.UTF_8);
    }
}
