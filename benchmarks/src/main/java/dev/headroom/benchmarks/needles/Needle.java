package dev.headroom.benchmarks.needles;

import java.util.List;
import java.util.Objects;

/**
 * Something an agent needs from a tool output, as text that must appear verbatim in the compressed output.
 * Rules are written from the input and the question alone, before any compressed output is looked at.
 *
 * <ul>
 *   <li>{@link Type#EXACT}: one whole original line is present (as a substring of the output: a kept line is
 *       kept exactly, wherever it is placed);</li>
 *   <li>{@link Type#ANY_OF}: at least one line of a group is present (one representative of a repeated
 *       error template, one matching line of a query-named file);</li>
 *   <li>{@link Type#CONTAINS}: a substring is present (an id, a version, a path the question asks for).</li>
 * </ul>
 */
public record Needle(Type type, List<String> texts) {

    public enum Type { EXACT, ANY_OF, CONTAINS }

    public Needle {
        Objects.requireNonNull(type, "type");
        texts = List.copyOf(texts);
        if (texts.isEmpty() || texts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a needle needs non-empty text: " + texts);
        }
        if (type != Type.ANY_OF && texts.size() != 1) {
            throw new IllegalArgumentException(type + " takes one text");
        }
        if (type != Type.CONTAINS && texts.stream().anyMatch(t -> t.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("a line needle holds one line: " + texts);
        }
    }

    public static Needle exact(String line) {
        return new Needle(Type.EXACT, List.of(line));
    }

    public static Needle anyOf(List<String> lines) {
        return new Needle(Type.ANY_OF, lines);
    }

    public static Needle anyOf(String... lines) {
        return anyOf(List.of(lines));
    }

    public static Needle contains(String text) {
        return new Needle(Type.CONTAINS, List.of(text));
    }

    /**
     * Whether the compressed output holds this needle. A needle that is a member of pretty-printed JSON
     * ({@code   "name": "value",}, as a line or a substring) is also found in its minified form ({@code "name":"value"}):
     * the JSON compressor writes what it keeps minified, and the fact is the member, not its indentation.
     */
    public boolean foundIn(String output) {
        for (String t : texts) {
            if (output.contains(t)) {
                return true;
            }
            String member = minifiedMember(t);
            if (member != null && output.contains(member)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code "name":value} of a pretty-printed JSON member line (indentation, the space after the colon and a
     * trailing comma dropped), or null when the line is not one whose value is a scalar.
     */
    static String minifiedMember(String line) {
        String s = line.strip();
        if (s.endsWith(",")) {
            s = s.substring(0, s.length() - 1);
        }
        int colon = s.indexOf("\": ");
        if (!s.startsWith("\"") || colon < 1) {
            return null;
        }
        String value = s.substring(colon + 3);
        boolean scalar = value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
                || value.equals("true") || value.equals("false") || value.equals("null")
                || !value.isEmpty() && (Character.isDigit(value.charAt(0)) || value.charAt(0) == '-');
        return scalar ? s.substring(0, colon + 2) + value : null;
    }

    /**
     * Whether the rule is sound for this input: line needles name whole lines of the input (every
     * alternative of an any-of group), a substring needle occurs in it. A needle that fails this is a
     * broken rule, not a compression miss.
     */
    public boolean presentIn(String input) {
        if (type == Type.CONTAINS) {
            return input.contains(texts.get(0));
        }
        for (String t : texts) {
            if (!hasLine(input, t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLine(String input, String line) {
        int from = 0;
        while (true) {
            int at = input.indexOf(line, from);
            if (at < 0) {
                return false;
            }
            int end = at + line.length();
            boolean starts = at == 0 || input.charAt(at - 1) == '\n';
            boolean ends = end == input.length() || input.charAt(end) == '\n' || input.charAt(end) == '\r';
            if (starts && ends) {
                return true;
            }
            from = at + 1;
        }
    }

    /** A short label for the report: the type and the first text, cut to {@code max} characters. */
    public String describe(int max) {
        String head = switch (type) {
            case EXACT -> "exact: ";
            case ANY_OF -> "anyOf(" + texts.size() + "): ";
            case CONTAINS -> "contains: ";
        };
        String text = texts.get(0).replace('\t', ' ').replace('|', '/');
        String full = head + text;
        return full.length() <= max ? full : full.substring(0, max - 1) + "…";
    }
}
