package dev.headroom.compress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Asserts that a compressed output shows only original lines, apart from headroom's own notes. */
public final class KeptLines {

    private KeptLines() {}

    public static void assertAllOriginal(String in, String out) {
        Set<String> original = new HashSet<>(Arrays.asList(Lines.split(in)));
        for (String line : Lines.split(out)) {
            if (line.startsWith("[headroom:") || line.startsWith("… ") || line.endsWith("(headroom)")) {
                continue;
            }
            assertThat(original).as("kept line must be an original line").contains(line);
        }
    }
}
