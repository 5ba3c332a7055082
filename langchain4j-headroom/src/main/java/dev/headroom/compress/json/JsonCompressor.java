package dev.headroom.compress.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compresses JSON tool results (the "SmartCrusher" role), in two stages.
 *
 * <p><b>1. Lossless, always.</b> The document is minified with every value as written (numbers copied
 * as text, strings unchanged, member order kept). Arrays of at least 3 items are packed where that saves
 * at least 15%: columnar ({@code {"_columns":[..],"_rows":[[..],..],"_headroom":"columnar: ..."}}) when all
 * items are objects with the same member names in the same order, and/or de-duplicated
 * ({@code "_order":[0,0,1]} lists which distinct item each position holds). See {@code package-info}.
 *
 * <p><b>2. Lossy, only when the budget demands it.</b> When the lossless form is estimated (characters /
 * {@value #CHARS_PER_TOKEN}, as {@link TokenCounter#estimating()}) above {@code maxItems × }{@value #TOKENS_PER_ITEM} tokens, every
 * large array (more than {@code maxItems} items and at least a tenth of that budget in size; or an object of as many
 * records keyed by name, {@link #isKeyedRecords}) anywhere in
 * the document — top level, inside an envelope such as {@code {"total":1592,"items":[...]}}, or nested —
 * is reduced to whole original items chosen by {@link ItemSelector} — the kept items of all large arrays
 * together within that budget (each array's share in proportion to its size; at least one item each) —
 * and ends with a disclosure element
 * {@code {"_headroom":{"omitted":..,"of":..,"kept":"..","hash":"<handle>","retrieve":".."}}}. Envelope
 * members, small arrays and the kept items themselves are written in full, as objects, not packed (what a
 * reduced array keeps is read, and searched for, as the items it was).
 *
 * <p>JSON Lines (one object or array per line) is handled line by line, the lines being the items
 * ({@link JsonLines}). Other input that is not exactly one strict JSON object or array (malformed,
 * truncated, trailing garbage, NaN, nesting deeper than 256) passes through unchanged; this compressor
 * does not throw on bad input.
 *
 * <p>Stateless and thread-safe; deterministic (same content and context, same bytes).
 */
public final class JsonCompressor implements Compressor {

    /** The lossy budget per {@code maxItems}: 1,500 tokens with the default settings. */
    public static final int TOKENS_PER_ITEM = 100;

    /** Characters per token of the request-path estimate (the same as {@link TokenCounter#estimating()}). */
    static final double CHARS_PER_TOKEN = 3.6;

    public JsonCompressor() {}

    @Override
    public ContentKind kind() {
        return ContentKind.JSON;
    }

    @Override
    public CompressionResult compress(String content, CompressionContext context) {
        Node root = NodeParser.parse(content, context.budget());
        if (root == null) {
            return JsonLines.compress(content, context);
        }
        if (root.isScalar()) {
            return CompressionResult.unchanged(content);
        }
        NodeWriter writer = NodeWriter.lossless();
        long losslessLength = writer.length(root); // exact, without encoding
        CompressionSettings settings = context.settings();
        long budget = (long) settings.maxItems() * TOKENS_PER_ITEM;
        if (estimatedTokens(losslessLength) > budget) {
            Map<Node, ItemSelector.Reduction> reductions = new IdentityHashMap<>();
            ItemSelector selector = new ItemSelector(settings.maxItems(), context.query(), context.budget());
            long largeChars = largeArrayChars(root, settings.maxItems(), budget / 10);
            double charsPerArrayChar = largeChars == 0 ? 0.0 : budget * CHARS_PER_TOKEN / largeChars;
            int omitted = reduceLargeArrays(root, settings.maxItems(), budget / 10, charsPerArrayChar, selector, reductions);
            if (omitted > 0) {
                String output = writer.reducing(reductions, context.handle()).write(root).json();
                if (output.length() < losslessLength) {
                    return CompressionResult.lossy(output, (int) losslessLength, omitted, "json:select");
                }
            }
        }
        if (losslessLength >= content.length()) {
            return CompressionResult.unchanged(content);
        }
        NodeWriter.Output lossless = writer.write(root);
        String strategy = lossless.columnar() ? "json:columnar" : lossless.deduplicated() ? "json:dedup" : "json:minify";
        return CompressionResult.lossless(lossless.json(), strategy);
    }

    /**
     * Stage 1 alone (minified, columnar or de-duplicated; nothing omitted), for when a lossy result may not be
     * sent. JSON Lines and input that is not one JSON object or array come back unchanged.
     */
    @Override
    public CompressionResult compressLossless(String content, CompressionContext context) {
        Node root = NodeParser.parse(content, context.budget());
        if (root == null || root.isScalar() || NodeWriter.lossless().length(root) >= content.length()) {
            return CompressionResult.unchanged(content);
        }
        NodeWriter.Output lossless = NodeWriter.lossless().write(root);
        String strategy = lossless.columnar() ? "json:columnar" : lossless.deduplicated() ? "json:dedup" : "json:minify";
        return CompressionResult.lossless(lossless.json(), strategy);
    }

    /** The total size of the large arrays (not counting those nested in another), which share the budget. */
    private static long largeArrayChars(Node node, int maxItems, long minTokens) {
        if (isLarge(node, maxItems, minTokens)) {
            return node.length;
        }
        long total = 0;
        for (Node child : node.children) {
            if (child.isContainer()) {
                total += largeArrayChars(child, maxItems, minTokens);
            }
        }
        return total;
    }

    private static boolean isLarge(Node node, int maxItems, long minTokens) {
        return (node.isArray() || isKeyedRecords(node)) && node.size() > maxItems && estimatedTokens(node.length) >= minTokens;
    }

    /**
     * An object whose members are all objects and not a shape of their own: records keyed by name ({@code GET
     * /connectors?expand=status} of Kafka Connect, {@code npm ls --json}'s dependencies), selected like an array's
     * items. An object with its own set of member names (a config, a schema) is one record, not a map.
     */
    static boolean isKeyedRecords(Node node) {
        if (!node.isObject() || node.children.length == 0) {
            return false;
        }
        for (Node child : node.children) {
            if (!child.isObject()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds the large arrays (not descending into them) and selects their items, each within its share of
     * the budget ({@code charsPerArrayChar} × its size); returns items omitted.
     */
    private static int reduceLargeArrays(Node node, int maxItems, long minTokens, double charsPerArrayChar,
                                         ItemSelector selector, Map<Node, ItemSelector.Reduction> reductions) {
        if (isLarge(node, maxItems, minTokens)) {
            ItemSelector.Reduction reduction = selector.maxChars((long) (charsPerArrayChar * node.length)).select(node);
            if (reduction.omitted() > 0) {
                reductions.put(node, reduction);
                return reduction.omitted();
            }
        }
        int omitted = 0;
        for (Node child : node.children) {
            if (child.isContainer()) {
                omitted += reduceLargeArrays(child, maxItems, minTokens, charsPerArrayChar, selector, reductions);
            }
        }
        return omitted;
    }

    private static long estimatedTokens(long chars) {
        return (long) Math.ceil(chars / CHARS_PER_TOKEN);
    }

    /**
     * The items of the document's largest array or map of keyed records (most items; the first such in document
     * order), each minified exactly (a keyed record as a one-member object); the lines of the content when it is not JSON or holds no array.
     */
    @Override
    public List<String> units(String content) {
        Node root = NodeParser.parse(content);
        Node largest = root == null ? null : largestArray(root, null);
        if (largest == null || largest.size() == 0) {
            return content.lines().toList();
        }
        List<String> units = new ArrayList<>(largest.size());
        for (int i = 0; i < largest.children.length; i++) {
            String item = NodeWriter.minified(largest.children[i]);
            // a keyed record keeps its key: {"orders-snowflake-sink":{...}}
            units.add(largest.isObject() ? "{\"" + new String(JsonStringEncoder.getInstance().quoteAsString(largest.names[i]))
                    + "\":" + item + "}" : item);
        }
        return units;
    }

    private static Node largestArray(Node node, Node best) {
        if ((node.isArray() || isKeyedRecords(node)) && (best == null || node.size() > best.size())) {
            best = node;
        }
        for (Node child : node.children) {
            if (child.isContainer()) {
                best = largestArray(child, best);
            }
        }
        return best;
    }

    /** A JSON array of the units when each is a JSON value; otherwise the units joined by newlines. */
    @Override
    public String join(List<String> units) {
        for (String unit : units) {
            if (NodeParser.parse(unit) == null) {
                return String.join("\n", units);
            }
        }
        return "[" + String.join(",", units) + "]";
    }
}
