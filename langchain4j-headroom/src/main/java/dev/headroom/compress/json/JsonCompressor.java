package dev.headroom.compress.json;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;

/** Compresses JSON tool results (placeholder: passes through until the JSON compressor lands). */
public final class JsonCompressor implements Compressor {

    @Override
    public ContentKind kind() {
        return ContentKind.JSON;
    }

    @Override
    public CompressionResult compress(String content, CompressionContext context) {
        return CompressionResult.unchanged(content);
    }
}
