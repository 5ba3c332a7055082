package dev.headroom.ccr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Content-derived handles: the first 96 bits of SHA-256 over the UTF-8 bytes, as 24 lowercase hex
 * digits. The same content gets the same handle on every turn and on every instance; a handle reveals
 * nothing about the content and cannot practically be guessed.
 */
public final class Handles {

    /** Length of a handle in hex digits (96 bits). */
    public static final int LENGTH = 24;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Handles() {}

    public static String of(String content) {
        byte[] digest = sha256().digest(bytesOf(content));
        char[] out = new char[LENGTH];
        for (int i = 0; i < LENGTH / 2; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return new String(out);
    }

    /**
     * The bytes hashed: UTF-8 for well-formed text. A lone surrogate has no UTF-8 encoding ({@code getBytes}
     * turns it into {@code ?}, so {@code "a\uD800"} and {@code "a?"} would share a handle, a memo entry and
     * a store slot); such text is hashed as its UTF-16 code units behind a 0xFF byte, which never occurs in
     * UTF-8, so the two domains cannot collide.
     */
    private static byte[] bytesOf(String content) {
        byte[] utf8 = content.getBytes(StandardCharsets.UTF_8);
        // a lone surrogate encodes as '?': without any '?' in the bytes the text is well-formed, no char scan needed
        if (indexOfQuestionMark(utf8) < 0 || isWellFormedUtf16(content)) {
            return utf8;
        }
        byte[] bytes = new byte[1 + 2 * content.length()];
        bytes[0] = (byte) 0xFF;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            bytes[1 + 2 * i] = (byte) (c >> 8);
            bytes[2 + 2 * i] = (byte) c;
        }
        return bytes;
    }

    private static int indexOfQuestionMark(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '?') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWellFormedUtf16(String content) {
        for (int i = 0, n = content.length(); i < n; i++) {
            char c = content.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(content.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code value} has the shape of a handle (24 lowercase hex digits). */
    public static boolean isWellFormed(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
