package dev.headroom.compress.json;

import java.util.Arrays;

/**
 * A compact, immutable JSON value as written in the input: strings unescaped, numbers kept as their
 * original text (never parsed to {@code double}), object members in input order (duplicates kept).
 * Cheaper than a Jackson tree ({@code LinkedHashMap} per object) and exact where Jackson's tree rounds.
 *
 * <p>{@link #hash} is structural (equal values, equal hash) so identical array items are found without
 * re-encoding them; {@link #length} is the value's minified length, used to price encodings.
 */
final class Node {

    enum Type {
        OBJECT,
        ARRAY,
        STRING,
        NUMBER,
        TRUE,
        FALSE,
        NULL
    }

    // declared before the constants below, which use them
    private static final String[] NO_NAMES = new String[0];
    private static final Node[] NO_CHILDREN = new Node[0];

    static final Node TRUE = new Node(Type.TRUE, null, null, null, 4);
    static final Node FALSE = new Node(Type.FALSE, null, null, null, 5);
    static final Node NULL = new Node(Type.NULL, null, null, null, 4);

    final Type type;
    /** The string's value or the number's text; {@code null} for other types. */
    final String text;
    /** Member names of an object, in order; empty for other types. */
    final String[] names;
    /** Member values of an object or items of an array, in order; empty for scalars. */
    final Node[] children;
    /** Minified length in chars (approximate for strings needing escapes beyond the common ones). */
    final int length;

    final int hash;

    /**
     * Whether an array in this value, itself included, is one {@link Packing#plan} may pack (at least
     * {@link Packing#MIN_ITEMS} items, all containers): without one, the lossless form of the value is its minified
     * form, whose length is {@link #length}.
     */
    final boolean mayPack;

    private Node(Type type, String text, String[] names, Node[] children, int length) {
        this.type = type;
        this.text = text;
        this.names = names == null ? NO_NAMES : names;
        this.children = children == null ? NO_CHILDREN : children;
        this.length = length;
        this.hash = computeHash();
        boolean mayPack = packable();
        for (int i = 0; i < this.children.length && !mayPack; i++) {
            mayPack = this.children[i].mayPack;
        }
        this.mayPack = mayPack;
    }

    /** Whether this is an array {@link Packing#plan} may pack: at least {@link Packing#MIN_ITEMS} items, all containers. */
    boolean packable() {
        if (type != Type.ARRAY || children.length < Packing.MIN_ITEMS) {
            return false;
        }
        for (Node child : children) {
            if (!child.isContainer()) {
                return false;
            }
        }
        return true;
    }

    static Node string(String value) {
        return string(value, quotedLength(value));
    }

    /** @param quotedLength the value's {@link #quotedLength} (the parser counts it as it reads the value) */
    static Node string(String value, int quotedLength) {
        return new Node(Type.STRING, value, null, null, quotedLength);
    }

    static Node number(String text) {
        return new Node(Type.NUMBER, text, null, null, text.length());
    }

    static Node object(String[] names, Node[] values) {
        long namesLength = 0;
        for (String name : names) {
            namesLength += quotedLength(name);
        }
        return object(names, values, namesLength);
    }

    /** @param namesLength the sum of the names' {@link #quotedLength}s (the parser knows them) */
    static Node object(String[] names, Node[] values, long namesLength) {
        long len = 2 + namesLength;
        for (int i = 0; i < names.length; i++) {
            len += 1 + values[i].length + (i > 0 ? 1 : 0);
        }
        return new Node(Type.OBJECT, null, names, values, (int) Math.min(Integer.MAX_VALUE, len));
    }

    static Node array(Node[] items) {
        long len = 2;
        for (int i = 0; i < items.length; i++) {
            len += items[i].length + (i > 0 ? 1 : 0);
        }
        return new Node(Type.ARRAY, null, null, items, (int) Math.min(Integer.MAX_VALUE, len));
    }

    boolean isObject() {
        return type == Type.OBJECT;
    }

    boolean isArray() {
        return type == Type.ARRAY;
    }

    boolean isContainer() {
        return type == Type.OBJECT || type == Type.ARRAY;
    }

    boolean isScalar() {
        return !isContainer();
    }

    int size() {
        return children.length;
    }

    /** The value of the first member named {@code name}, or {@code null}. */
    Node get(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return children[i];
            }
        }
        return null;
    }

    /** The text a scalar shows: string value, number text, {@code true}/{@code false}/{@code null}. */
    String scalarText() {
        return switch (type) {
            case STRING, NUMBER -> text;
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "null";
            default -> null;
        };
    }

    private int computeHash() {
        int h = type.ordinal();
        if (text != null) {
            h = 31 * h + text.hashCode();
        }
        for (String name : names) {
            h = 31 * h + name.hashCode();
        }
        for (Node child : children) {
            h = 31 * h + child.hash;
        }
        return h;
    }

    /** Whether both are the same value as written (same member order, same number text). */
    boolean sameAs(Node other) {
        if (this == other) {
            return true;
        }
        if (other == null || hash != other.hash || type != other.type || length != other.length) {
            return false;
        }
        if (text != null && !text.equals(other.text)) {
            return false;
        }
        if (!Arrays.equals(names, other.names) || children.length != other.children.length) {
            return false;
        }
        for (int i = 0; i < children.length; i++) {
            if (!children[i].sameAs(other.children[i])) {
                return false;
            }
        }
        return true;
    }

    /** Length of the value as a JSON string literal, quotes included. */
    static int quotedLength(String s) {
        int len = s.length() + 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                len += 1;
            } else if (c < 0x20) {
                len += (c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f') ? 1 : 5;
            }
        }
        return len;
    }

    @Override
    public String toString() {
        return "Node{" + type + (text != null ? " " + text : "") + (children.length > 0 ? " size=" + children.length : "") + "}";
    }
}
