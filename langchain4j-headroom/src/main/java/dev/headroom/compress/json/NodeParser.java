package dev.headroom.compress.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import dev.headroom.compress.WorkBudget;
import dev.headroom.compress.WorkBudgetExceededException;
import java.io.IOException;
import java.util.Arrays;

/**
 * Strict streaming parse of a whole JSON document into {@link Node}s, with explicit limits. Anything a
 * strict parser rejects (NaN, comments, single quotes, trailing commas, trailing tokens or garbage,
 * truncation, nesting deeper than {@link #MAX_DEPTH}) yields {@code null}: the caller passes the input
 * through unchanged. {@link #parse} is thread-safe; the one {@link JsonFactory} is shared (it recycles
 * buffers and is thread-safe once configured). Members and items are collected on one growable stack
 * per parse, so a container costs only its final arrays.
 */
final class NodeParser {

    /** Deeper documents are passed through: real tool output is shallow, and the writers recurse. */
    static final int MAX_DEPTH = 256;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(1_000)
                    .maxStringLength(20_000_000)
                    .maxNameLength(50_000)
                    .maxDocumentLength(64_000_000L)
                    .maxTokenCount(20_000_000L)
                    .build())
            // the packed forms add two levels per packed array; keep the writer's limit above the reader's
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(4 * MAX_DEPTH).build())
            .build();

    private String[] names = new String[64];
    private Node[] values = new Node[64];
    private int top;
    private final WorkBudget budget;
    /**
     * The quoted lengths of member names seen, by identity: the parser hands out the same String for a name each time
     * (its symbol table), and every item of an array repeats its names. Direct-mapped; a miss computes it again.
     */
    private final String[] lengthOfName = new String[256];
    private final int[] nameLengths = new int[256];
    /**
     * Member-name arrays handed out, direct-mapped by size and first and last name: the items of an array repeat one
     * set of names (the same Strings, from the symbol table), so they share one array of them instead of a copy each.
     * Nodes never modify their names.
     */
    private final String[][] namesSeen = new String[64][];
    /**
     * Short scalars seen, direct-mapped by text: a value that recurs from item to item (a status, a zone, a type, a
     * small count) is one immutable Node, compared in the parser's buffer instead of made into a String again.
     * Created on the first scalar.
     */
    private Node[] scalarsSeen;

    private NodeParser(WorkBudget budget) {
        this.budget = budget;
    }

    /** The document's root value, or {@code null} when the content is not exactly one strict JSON value. */
    static Node parse(String content) {
        return parse(content, WorkBudget.unlimited());
    }

    /** {@link #parse(String)}, charging {@code budget} one unit per value parsed. */
    static Node parse(String content, WorkBudget budget) {
        try (JsonParser p = FACTORY.createParser(content)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            Node root = new NodeParser(budget).read(p, first);
            if (p.nextToken() != null) {
                return null; // trailing tokens: not one JSON document
            }
            return root;
        } catch (WorkBudgetExceededException e) {
            throw e; // not malformed input: the compression is over budget and must fail open as such
        } catch (IOException | RuntimeException e) {
            return null; // malformed, truncated, over a limit: not ours to fix
        }
    }

    private Node read(JsonParser p, JsonToken token) throws IOException {
        budget.charge(1); // one value parsed
        switch (token) {
            case START_OBJECT: {
                int start = top;
                long namesLength = 0;
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    namesLength += quotedLength(name);
                    push(name, read(p, p.nextToken())); // nested containers pop back to their start first
                }
                expect(t, JsonToken.END_OBJECT);
                Node node = Node.object(memberNames(start), Arrays.copyOfRange(values, start, top), namesLength);
                pop(start);
                return node;
            }
            case START_ARRAY: {
                int start = top;
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new IOException("unexpected end of input");
                    }
                    push(null, read(p, t));
                }
                Node node = Node.array(Arrays.copyOfRange(values, start, top));
                pop(start);
                return node;
            }
            case VALUE_STRING:
                return scalar(p, Node.Type.STRING);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                // the text as written: 1.10 stays 1.10, 12345678901234567890123 is not rounded
                return scalar(p, Node.Type.NUMBER);
            case VALUE_TRUE:
                return Node.TRUE;
            case VALUE_FALSE:
                return Node.FALSE;
            case VALUE_NULL:
                return Node.NULL;
            default:
                throw new IOException("unexpected token " + token);
        }
    }

    /** Values longer than this are not looked up among the scalars seen (they seldom recur). */
    private static final int MAX_SHARED_CHARS = 64;

    /** The current string or number token as a Node: one seen before with the same text, or a new one. */
    private Node scalar(JsonParser p, Node.Type type) throws IOException {
        int length = p.getTextLength();
        if (length > MAX_SHARED_CHARS) {
            return node(type, p.getText());
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int h = type.ordinal();
        int escaped = 0; // what Node.quotedLength adds for quotes, backslashes and control chars, in the same pass
        for (int k = offset; k < offset + length; k++) {
            char c = chars[k];
            h = 31 * h + c;
            if (c <= '\\' && (c == '"' || c == '\\' || c < 0x20)) {
                escaped += c >= 0x20 || c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f' ? 1 : 5;
            }
        }
        if (scalarsSeen == null) {
            scalarsSeen = new Node[256];
        }
        int slot = (h ^ (h >>> 16)) & (scalarsSeen.length - 1);
        Node seen = scalarsSeen[slot];
        if (seen != null && seen.type == type && seen.text.length() == length) {
            int k = 0;
            while (k < length && seen.text.charAt(k) == chars[offset + k]) {
                k++;
            }
            if (k == length) {
                return seen;
            }
        }
        String text = new String(chars, offset, length);
        Node node = type == Node.Type.STRING ? Node.string(text, length + 2 + escaped) : Node.number(text);
        scalarsSeen[slot] = node;
        return node;
    }

    private static Node node(Node.Type type, String text) {
        return type == Node.Type.STRING ? Node.string(text) : Node.number(text);
    }

    /** The names {@code [start, top)} of the stack, as an array seen before when one holds the same Strings. */
    private String[] memberNames(int start) {
        int count = top - start;
        if (count == 0) {
            return Arrays.copyOfRange(names, start, top);
        }
        int slot = (31 * (31 * count + names[start].hashCode()) + names[top - 1].hashCode()) & (namesSeen.length - 1);
        String[] seen = namesSeen[slot];
        if (seen != null && seen.length == count) {
            int k = 0;
            while (k < count && seen[k] == names[start + k]) {
                k++;
            }
            if (k == count) {
                return seen;
            }
        }
        String[] copy = Arrays.copyOfRange(names, start, top);
        namesSeen[slot] = copy;
        return copy;
    }

    private int quotedLength(String name) {
        int slot = name.hashCode() & (nameLengths.length - 1);
        if (lengthOfName[slot] != name) {
            lengthOfName[slot] = name;
            nameLengths[slot] = Node.quotedLength(name);
        }
        return nameLengths[slot];
    }

    private void push(String name, Node value) {
        if (top == values.length) {
            names = Arrays.copyOf(names, top * 2);
            values = Arrays.copyOf(values, top * 2);
        }
        names[top] = name;
        values[top++] = value;
    }

    private void pop(int start) {
        top = start; // the parser is discarded after one document: no need to clear the slots
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but was " + actual);
        }
    }
}
