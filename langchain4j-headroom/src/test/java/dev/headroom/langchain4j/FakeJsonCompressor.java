package dev.headroom.langchain4j;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.Disclosure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in JSON compressor for decorator tests: keeps the first {@code keep} items of a top-level array
 * (as written) and appends a disclosure item naming the handle. Records the contexts it was called with.
 */
final class FakeJsonCompressor implements Compressor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final int keep;
    private final List<CompressionContext> contexts = new CopyOnWriteArrayList<>();

    FakeJsonCompressor(int keep) {
        this.keep = keep;
    }

    List<CompressionContext> contexts() {
        return contexts;
    }

    @Override
    public ContentKind kind() {
        return ContentKind.JSON;
    }

    @Override
    public CompressionResult compress(String content, CompressionContext context) {
        contexts.add(context);
        List<String> items = units(content);
        if (items.size() <= keep) {
            return CompressionResult.unchanged(content);
        }
        List<String> kept = new ArrayList<>(items.subList(0, keep));
        String disclosure = Disclosure.line(items.size() - keep, items.size(), "items", null, context.handle());
        kept.add(MAPPER.createObjectNode().put("_headroom", disclosure).toString());
        return CompressionResult.lossy(join(kept), content.length(), items.size() - keep, "fake:first");
    }

    @Override
    public List<String> units(String content) {
        // items exactly as written (numbers such as 517.50 unrounded), found by the parser's offsets
        List<String> items = new ArrayList<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(content)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return items;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                int end = (int) parser.currentLocation().getCharOffset();
                items.add(content.substring(start, end));
            }
            return items;
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    @Override
    public String join(List<String> units) {
        return "[" + String.join(",", units) + "]";
    }
}
