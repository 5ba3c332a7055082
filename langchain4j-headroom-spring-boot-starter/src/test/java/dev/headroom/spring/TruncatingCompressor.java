package dev.headroom.spring;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import java.util.List;

/**
 * A deterministic, lossy test compressor for JSON: keeps the first lines and discloses the rest, so starter
 * tests do not depend on how the real compressors evolve.
 */
public final class TruncatingCompressor implements Compressor {

    private final int keptLines;

    public TruncatingCompressor(int keptLines) {
        this.keptLines = keptLines;
    }

    @Override
    public ContentKind kind() {
        return ContentKind.JSON;
    }

    @Override
    public CompressionResult compress(String content, CompressionContext context) {
        List<String> lines = content.lines().toList();
        if (lines.size() <= keptLines) {
            return CompressionResult.unchanged(content);
        }
        String kept = String.join("\n", lines.subList(0, keptLines));
        int omitted = lines.size() - keptLines;
        String output = kept + "\n" + Disclosure.line(omitted, lines.size(), "lines", null, context.handle());
        return CompressionResult.lossy(output, content.length(), omitted, "test:truncate");
    }

    /** A pretty-printed JSON array of {@code n} objects, one per line, large enough to be compressed. */
    public static String jsonArray(int n) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < n; i++) {
            sb.append("  {\"id\": ").append(i).append(", \"status\": \"").append(i == n / 2 ? "ERROR disk full" : "ok")
                    .append("\", \"message\": \"request ").append(i).append(" handled by worker ").append(i % 7).append("\"}");
            sb.append(i + 1 < n ? ",\n" : "\n");
        }
        return sb.append("]").toString();
    }
}
