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
        byte[] digest = sha256().digest(content.getBytes(StandardCharsets.UTF_8));
        char[] out = new char[LENGTH];
        for (int i = 0; i < LENGTH / 2; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return new String(out);
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
