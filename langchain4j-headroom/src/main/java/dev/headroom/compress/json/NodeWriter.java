package dev.headroom.compress.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes a {@link Node} tree as compact JSON: member order as in the input, numbers as their original
 * text ({@code g.writeNumber(text)}, no numeric parsing), strings re-escaped minimally, non-ASCII kept
 * as is. Optionally packs arrays ({@link Packing}) and applies reductions (kept items plus the
 * {@link JsonDisclosure}). Deterministic: the output depends only on the tree and the arguments.
 */
final class NodeWriter {

    private static final SerializedString KEY = new SerializedString(JsonDisclosure.KEY);
    private static final SerializedString COLUMNS = new SerializedString(Packing.COLUMNS);
    private static final SerializedString ROWS = new SerializedString(Packing.ROWS);
    private static final SerializedString ITEMS = new SerializedString(Packing.ITEMS);
    private static final SerializedString ORDER = new SerializedString(Packing.ORDER);

    private final Map<Node, ItemSelector.Reduction> reductions;
    private final String handle;
    private final boolean pack;
    private boolean columnar;
    private boolean deduplicated;

    private NodeWriter(Map<Node, ItemSelector.Reduction> reductions, String handle, boolean pack) {
        this.reductions = reductions;
        this.handle = handle;
        this.pack = pack;
    }

    /** What one write produced and which packed forms it used. */
    record Output(String json, boolean columnar, boolean deduplicated) {}

    /** Plain minified JSON of {@code node}: no packing, nothing omitted. */
    static String minified(Node node) {
        return write(node, Map.of(), "", false).json();
    }

    /**
     * @param reductions arrays (by identity) to reduce to their kept items; empty for a lossless write
     * @param handle     the value of {@code "hash"} in disclosures
     * @param pack       whether to use the packed forms where they save enough
     */
    static Output write(Node root, Map<Node, ItemSelector.Reduction> reductions, String handle, boolean pack) {
        StringWriter out = new StringWriter(Math.max(16, Math.min(root.length, 1 << 24)));
        NodeWriter writer = new NodeWriter(reductions, handle, pack);
        try (JsonGenerator g = NodeParser.FACTORY.createGenerator(out)) {
            writer.value(root, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail; the generator's limits might
        }
        return new Output(out.toString(), writer.columnar, writer.deduplicated);
    }

    private void value(Node node, JsonGenerator g) throws IOException {
        switch (node.type) {
            case OBJECT:
                g.writeStartObject();
                for (int i = 0; i < node.names.length; i++) {
                    g.writeFieldName(node.names[i]);
                    value(node.children[i], g);
                }
                g.writeEndObject();
                break;
            case ARRAY:
                array(node, g);
                break;
            case STRING:
                g.writeString(node.text);
                break;
            case NUMBER:
                g.writeNumber(node.text); // the text as written: no rounding, no reformatting
                break;
            case TRUE:
                g.writeBoolean(true);
                break;
            case FALSE:
                g.writeBoolean(false);
                break;
            default:
                g.writeNull();
        }
    }

    private void array(Node node, JsonGenerator g) throws IOException {
        ItemSelector.Reduction reduction = reductions.get(node);
        Node[] items = node.children;
        if (reduction != null) {
            items = new Node[reduction.kept().length];
            for (int k = 0; k < items.length; k++) {
                items[k] = node.children[reduction.kept()[k]];
            }
        }
        Packing packing = pack ? Packing.plan(items) : null;
        if (packing == null) {
            g.writeStartArray();
            for (Node item : items) {
                value(item, g);
            }
            if (reduction != null) {
                g.writeStartObject();
                g.writeFieldName(KEY);
                value(JsonDisclosure.of(reduction, null, handle), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            return;
        }
        g.writeStartObject();
        if (packing.columns != null) {
            columnar = true;
            g.writeFieldName(COLUMNS);
            g.writeStartArray();
            for (String column : packing.columns) {
                g.writeString(column);
            }
            g.writeEndArray();
            g.writeFieldName(ROWS);
            g.writeStartArray();
            for (Node row : packing.distinct) {
                g.writeStartArray();
                for (Node v : row.children) {
                    value(v, g);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        } else {
            g.writeFieldName(ITEMS);
            g.writeStartArray();
            for (Node item : packing.distinct) {
                value(item, g);
            }
            g.writeEndArray();
        }
        if (packing.order != null) {
            deduplicated = true;
            g.writeFieldName(ORDER);
            g.writeArray(packing.order, 0, packing.order.length);
        }
        g.writeFieldName(KEY);
        value(reduction == null
                ? JsonDisclosure.lossless(packing.note())
                : JsonDisclosure.of(reduction, packing.note(), handle), g);
        g.writeEndObject();
    }
}
