package dev.headroom.benchmarks.needles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the captured tool outputs under {@code needles/} on the classpath and picks lines out of them. */
final class Resources {

    private Resources() {}

    static String text(String name) {
        String path = "/needles/" + name;
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            InputStream body = name.endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The lines of {@code content}; a CRLF terminator is not part of a line (its {@code \r} is dropped). */
    static List<String> lines(String content) {
        List<String> lines = new ArrayList<>();
        for (String l : content.split("\n", -1)) {
            lines.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        }
        return List.copyOf(lines);
    }

    static List<String> startingWith(String content, String prefix) {
        List<String> out = new ArrayList<>();
        for (String l : lines(content)) {
            if (l.startsWith(prefix)) {
                out.add(l);
            }
        }
        return out;
    }

    static List<String> containing(String content, String part) {
        List<String> out = new ArrayList<>();
        for (String l : lines(content)) {
            if (l.contains(part)) {
                out.add(l);
            }
        }
        return out;
    }

    /** How often {@code line} occurs as a whole line. */
    static int count(String content, String line) {
        int n = 0;
        for (String l : lines(content)) {
            if (l.equals(line)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The lines of one file's section in a diff: from {@code header} (its first occurrence at or after
     * the first line containing {@code after}, or from the start when {@code after} is null) to the next
     * line starting with {@code "diff "} or {@code "commit "}.
     */
    static List<String> diffSection(String content, String header, String after) {
        List<String> all = lines(content);
        int i = 0;
        if (after != null) {
            while (i < all.size() && !all.get(i).contains(after)) {
                i++;
            }
        }
        while (i < all.size() && !all.get(i).equals(header)) {
            i++;
        }
        if (i == all.size()) {
            throw new IllegalStateException("no section " + header);
        }
        List<String> out = new ArrayList<>();
        out.add(all.get(i));
        for (int j = i + 1; j < all.size() && !all.get(j).startsWith("diff ") && !all.get(j).startsWith("commit "); j++) {
            out.add(all.get(j));
        }
        return out;
    }

    /**
     * At least one hunk header of a file's section that identifies it: only those occurring once in the whole
     * input ({@code @@ -36,7 +36,7 @@} alone may belong to any file); when none is unique, the section's
     * changed lines that are unique.
     */
    static Needle hunkOf(String content, List<String> section) {
        List<String> unique = new ArrayList<>();
        for (String l : section) {
            if (l.startsWith("@@") && count(content, l) == 1) {
                unique.add(l);
            }
        }
        if (unique.isEmpty()) {
            for (String l : section) {
                if ((l.startsWith("+") || l.startsWith("-")) && !l.startsWith("+++") && !l.startsWith("---")
                        && l.trim().length() > 8 && count(content, l) == 1) {
                    unique.add(l);
                }
            }
        }
        return Needle.anyOf(unique);
    }
}
