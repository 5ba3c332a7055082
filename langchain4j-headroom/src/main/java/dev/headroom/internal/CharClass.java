package dev.headroom.internal;

/**
 * {@link Character}'s tests of one {@code char}, answered by a range check for ASCII and by {@link Character} for
 * every other character: the same answer for every {@code char} ({@code CharClassTest} compares all 65,536).
 *
 * <p>The hand-written scanners call these on every character of every line. {@link Character} answers through
 * a virtual call on the character's Unicode plane data, and once a JVM has seen characters of several planes that
 * call is no longer inlined anywhere; for ASCII these never reach it.
 *
 * <p>Stateless. Internal: not part of the public API, may change in any release.
 */
public final class CharClass {

    private CharClass() {}

    /** {@link Character#isDigit(char)}. */
    public static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isUpperCase(char)}. */
    public static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#isLowerCase(char)}. */
    public static boolean isLowerCase(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /** {@link Character#isWhitespace(char)}: for ASCII, space, {@code \t \n \u000B \f \r} and {@code \u001C}–{@code \u001F}. */
    public static boolean isWhitespace(char c) {
        return c < 128 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F') : Character.isWhitespace(c);
    }
}
