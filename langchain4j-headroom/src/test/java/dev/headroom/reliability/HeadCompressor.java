package dev.headroom.reliability;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import java.util.List;

/**
 * A deliberately simple lossy compressor for reliability tests: keeps the first {@code keep} lines and
 * discloses the rest with the handle. It makes the tests independent of how the real compressors
 * choose what to keep; only the engine's and decorators' machinery is under test.
 */
public final class HeadCompressor implements Compressor {

    private final ContentKind kind;
    private final int keep;

    public HeadCompressor(ContentKind kind, int keep) {
        this.kind = kind;
        this.keep = keep;
    }

    /** A JSON-kind instance: JSON arrays are detected as JSON by every version of the detector. */
    public static HeadCompressor json() {
        return new HeadCompressor(ContentKind.JSON, 3);
    }

    @Override
    public ContentKind kind() {
        return kind;
    }

    @Override
    public CompressionResult compress(String content, CompressionContext context) {
        List<String> lines = content.lines().toList();
        if (lines.size() <= keep) {
            return CompressionResult.unchanged(content);
        }
        String head = String.join("\n", lines.subList(0, keep));
        int omitted = lines.size() - keep;
        String output = head + "\n" + Disclosure.line(omitted, lines.size(), "lines", null, context.handle());
        return CompressionResult.lossy(output, content.length(), omitted, "test:head");
    }
}
