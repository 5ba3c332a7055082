package dev.headroom.benchmarks.needles;

/**
 * Checks a case generator makes of its own input while it writes its needles: a needle line must be one whole line
 * of the input, a value the needle relies on must occur as often as the generator meant. Shared by the held-aside
 * batches ({@code FreshCases*}), which each used to carry their own copy.
 */
final class Inputs {

    private Inputs() {}

    /** The one whole line of {@code text} that contains {@code part}; fails when none or several do. */
    static String only(String text, String part) {
        String found = null;
        for (String line : text.split("\n", -1)) {
            if (line.contains(part)) {
                if (found != null) {
                    throw new IllegalStateException("several lines contain " + part);
                }
                found = line;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no line contains " + part);
        }
        return found;
    }

    /** Fails unless {@code part} occurs exactly {@code expected} times in {@code text}. */
    static void requireCount(String text, String part, int expected) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        if (n != expected) {
            throw new IllegalStateException(part + " occurs " + n + " times, expected " + expected);
        }
    }

    /** Fails the generator when its output has fewer than {@code min} or more than {@code max} lines. */
    static void requireLines(Gen g, int min, int max) {
        if (g.size() < min || g.size() > max) {
            throw new IllegalStateException("line count " + g.size() + " outside " + min + ".." + max);
        }
    }

    /** {@code s} padded with blanks on the right to {@code width}. */
    static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** {@code s} padded with blanks on the left to {@code width}. */
    static String lpad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** Letters and digits, for generated tokens and ids. */
    static final String MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** A random (version 4 shaped) UUID from the generator. */
    static String uuid(Gen g) {
        return g.hex(8) + "-" + g.hex(4) + "-4" + g.hex(3) + "-" + g.pick("8", "9", "a", "b") + g.hex(3) + "-" + g.hex(12);
    }

    /** {@code n} letters and digits from the generator. */
    static String mixed(Gen g, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(MIXED.charAt(g.nextInt(MIXED.length())));
        }
        return sb.toString();
    }

    /** Fails unless the generated text is between {@code minKb} and {@code maxKb} KB. */
    static void requireSize(String text, int minKb, int maxKb) {
        if (text.length() < minKb * 1024 || text.length() > maxKb * 1024) {
            throw new IllegalStateException("size " + text.length() + " outside " + minKb + ".." + maxKb + " KB");
        }
    }
}
