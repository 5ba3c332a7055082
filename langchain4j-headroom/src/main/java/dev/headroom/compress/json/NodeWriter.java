package dev.headroom.compress.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Node} tree as compact JSON: member order as in the input, numbers as their original
 * text ({@code g.writeNumber(text)}, no numeric parsing), strings re-escaped minimally, non-ASCII kept
 * as is. Optionally packs arrays ({@link Packing}) and applies reductions (kept items plus the
 * {@link JsonDisclosure}). {@link #length} computes the exact length of the lossless output without
 * writing it, so the lossy path never encodes the whole lossless form.
 *
 * <p>Deterministic. Not thread-safe (memoizes packing plans by array identity): one instance per
 * compression.
 */
final class NodeWriter {

    /** The first buffer of a reduced write: a lossy result is a few thousand characters. */
    private static final int REDUCED_CAPACITY = 16 * 1024;

    private static final SerializedString KEY = new SerializedString(JsonDisclosure.KEY);
    private static final SerializedString COLUMNS = new SerializedString(Packing.COLUMNS);
    private static final SerializedString ROWS = new SerializedString(Packing.ROWS);
    private static final SerializedString ITEMS = new SerializedString(Packing.ITEMS);
    private static final SerializedString ORDER = new SerializedString(Packing.ORDER);

    private final Map<Node, ItemSelector.Reduction> reductions;
    private final String handle;
    private final boolean pack;
    private final Map<Node, Optional<Packing>> plans;
    private boolean columnar;
    private boolean deduplicated;

    private NodeWriter(Map<Node, ItemSelector.Reduction> reductions, String handle, boolean pack,
                       Map<Node, Optional<Packing>> plans) {
        this.reductions = reductions;
        this.handle = handle;
        this.pack = pack;
        this.plans = plans;
    }

    /** What one write produced and which packed forms it used. */
    record Output(String json, boolean columnar, boolean deduplicated) {}

    /** A writer of the lossless form: everything kept, arrays packed where that saves enough. */
    static NodeWriter lossless() {
        return new NodeWriter(Map.of(), "", true, new IdentityHashMap<>());
    }

    /**
     * A writer that reduces the given arrays (by identity). It does not pack: the few items a reduced array keeps are
     * written as the objects they were ({@code "status":"failed"} next to its name), which is how an agent, or a check,
     * looks for them; packing into columns saves little on a few items.
     */
    NodeWriter reducing(Map<Node, ItemSelector.Reduction> reductions, String handle) {
        return new NodeWriter(reductions, handle, false, plans);
    }

    /** Plain minified JSON of {@code node}: no packing, nothing omitted. */
    static String minified(Node node) {
        return new NodeWriter(Map.of(), "", false, new IdentityHashMap<>()).write(node).json();
    }

    Output write(Node root) {
        // sized for the whole value when nothing is left out; a reduced write is a small part of it (it grows if not)
        int expected = reductions.isEmpty() ? root.length : Math.min(root.length, REDUCED_CAPACITY);
        StringWriter out = new StringWriter(Math.max(16, Math.min(expected, 1 << 24)));
        try (JsonGenerator g = NodeParser.FACTORY.createGenerator(out)) {
            value(root, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail; the generator's limits might
        }
        return new Output(out.toString(), columnar, deduplicated);
    }

    /** The exact length {@link #write} produces for {@code node} when nothing is reduced. */
    long length(Node node) {
        if (!node.mayPack) {
            return node.length; // nothing in it packs: the sum below is the one its length was made of
        }
        switch (node.type) {
            case OBJECT: {
                long len = 2L + Math.max(0, node.names.length - 1);
                for (int i = 0; i < node.names.length; i++) {
                    len += Node.quotedLength(node.names[i]) + 1 + length(node.children[i]);
                }
                return len;
            }
            case ARRAY: {
                Packing packing = plan(node);
                if (packing == null) {
                    return itemsLength(node.children);
                }
                long len = 2; // {}
                if (packing.columns != null) {
                    len += Packing.COLUMNS.length() + 3 + 2 + Math.max(0, packing.columns.length - 1); // "_columns":[]
                    for (String column : packing.columns) {
                        len += Node.quotedLength(column);
                    }
                    len += 1 + Packing.ROWS.length() + 3 + 2 + Math.max(0, packing.distinct.length - 1); // ,"_rows":[]
                    for (Node row : packing.distinct) {
                        len += itemsLength(row.children);
                    }
                } else {
                    len += Packing.ITEMS.length() + 3 + itemsLength(packing.distinct); // "_items":[...]
                }
                if (packing.order != null) {
                    len += 1 + Packing.ORDER.length() + 3 + 2 + Math.max(0, packing.order.length - 1); // ,"_order":[]
                    for (int i : packing.order) {
                        len += Integer.toString(i).length();
                    }
                }
                len += 1 + JsonDisclosure.KEY.length() + 3 + JsonDisclosure.lossless(packing.note()).length;
                return len;
            }
            default:
                return node.length;
        }
    }

    private long itemsLength(Node[] items) {
        long len = 2L + Math.max(0, items.length - 1);
        for (Node item : items) {
            len += length(item);
        }
        return len;
    }

    private Packing plan(Node array) {
        if (!pack || !array.packable()) {
            return null; // what Packing.plan would say, without remembering it for every small array
        }
        return plans.computeIfAbsent(array, a -> Optional.ofNullable(Packing.plan(a.children))).orElse(null);
    }

    private void value(Node node, JsonGenerator g) throws IOException {
        switch (node.type) {
            case OBJECT:
                g.writeStartObject();
                ItemSelector.Reduction reduction = reductions.get(node);
                if (reduction == null) {
                    for (int i = 0; i < node.names.length; i++) {
                        g.writeFieldName(node.names[i]);
                        value(node.children[i], g);
                    }
                } else {
                    // a map of records keyed by name: the kept members, then the disclosure as a member of its own
                    for (int i : reduction.kept()) {
                        g.writeFieldName(node.names[i]);
                        value(node.children[i], g);
                    }
                    g.writeFieldName(KEY);
                    value(JsonDisclosure.of(reduction, null, handle), g);
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
        Packing packing;
        if (reduction != null) {
            items = new Node[reduction.kept().length];
            for (int k = 0; k < items.length; k++) {
                items[k] = node.children[reduction.kept()[k]];
            }
            packing = pack ? Packing.plan(items) : null;
        } else {
            packing = plan(node);
        }
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
