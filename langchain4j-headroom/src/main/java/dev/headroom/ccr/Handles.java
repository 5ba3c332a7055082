package dev.headroom.ccr;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
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
        MessageDigest sha = sha256();
        if (!digestUtf8(sha, content)) {
            sha.reset();
            digestUtf16(sha, content);
        }
        byte[] digest = sha.digest();
        char[] out = new char[LENGTH];
        for (int i = 0; i < LENGTH / 2; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return new String(out);
    }

    /** Chars encoded per step: the digest is fed from two small buffers, not from a copy of the whole content. */
    private static final int CHUNK = 2048;

    /**
     * Feeds the content's UTF-8 bytes to the digest, as {@code getBytes(UTF_8)} would give them, a chunk at a time (a
     * tool result is often hundreds of kilobytes: encoding it whole costs an array that size per first sight). Returns
     * false, having fed part of it, when the content holds a lone surrogate, which has no UTF-8 encoding
     * ({@code getBytes} turns it into {@code ?}, so {@code "a\uD800"} and {@code "a?"} would share a handle, a memo
     * entry and a store slot).
     */
    private static boolean digestUtf8(MessageDigest sha, String content) {
        int n = content.length();
        char[] chars = new char[Math.min(n, CHUNK)];
        byte[] bytes = new byte[3 * chars.length];
        ByteBuffer out = ByteBuffer.wrap(bytes);
        // the JDK's encoder, not a loop of our own: it copies runs of ASCII as a block (several times faster)
        CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
        for (int from = 0; from < n; ) {
            int to = Math.min(n, from + CHUNK);
            if (to < n && Character.isHighSurrogate(content.charAt(to - 1))) {
                to--; // keep a pair in one chunk (a chunk holds at least one other char)
            }
            content.getChars(from, to, chars, 0);
            out.clear();
            CoderResult result = utf8.reset().encode(CharBuffer.wrap(chars, 0, to - from), out, true);
            if (result.isError()) {
                return false; // a lone surrogate (malformed input is reported by default)
            }
            sha.update(bytes, 0, out.position());
            from = to;
        }
        return true;
    }

    /**
     * Text with a lone surrogate is hashed as its UTF-16 code units behind a 0xFF byte, which never occurs in UTF-8, so
     * the two domains cannot collide.
     */
    private static void digestUtf16(MessageDigest sha, String content) {
        byte[] bytes = new byte[1 + 2 * content.length()];
        bytes[0] = (byte) 0xFF;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            bytes[1 + 2 * i] = (byte) (c >> 8);
            bytes[2 + 2 * i] = (byte) c;
        }
        sha.update(bytes);
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
