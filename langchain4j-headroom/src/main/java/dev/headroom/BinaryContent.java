package dev.headroom;

import dev.headroom.ccr.RetrieveTool;
import java.util.Locale;

/**
 * Recognises tool results that are not text: a file's bytes decoded as text (a PNG, a PDF, a JAR), full of
 * U+FFFD replacement characters and control characters. Sending them wastes tokens on something the model
 * cannot read, and the text is not even the file any more (undecodable bytes became U+FFFD), so the engine
 * replaces it by one line saying what it is, with the handle under which it was stored.
 *
 * <p>The test: in the first {@value #SAMPLE_CHARS} characters, at least {@value #MIN_SHARE_PERCENT}% are
 * U+FFFD, NUL or other C0/C1 control characters. Tab, line feed, carriage return, form feed and escape (ANSI
 * colours in logs) do not count. Linear, bounded work; stateless and thread-safe.
 */
final class BinaryContent {

    /** How much of the content is inspected: a binary file shows itself in its first kilobytes. */
    static final int SAMPLE_CHARS = 8_192;

    /** The share of undecodable or control characters from which content is taken for binary. */
    static final int MIN_SHARE_PERCENT = 10;

    /** Fewer characters than this are never called binary: too little to judge, and cheap anyway. */
    static final int MIN_CHARS = 64;

    /** The strategy of a tool result replaced by its describing line. */
    static final String STRATEGY = "binary";

    private BinaryContent() {}

    /** The percentage of undecodable or control characters in the sample; -1 when not binary. */
    static int binaryPercent(String content) {
        if (content.length() < MIN_CHARS) {
            return -1;
        }
        int n = Math.min(content.length(), SAMPLE_CHARS);
        int suspicious = 0;
        for (int i = 0; i < n; i++) {
            if (suspicious(content.charAt(i))) {
                suspicious++;
            }
        }
        int percent = (int) (100L * suspicious / n);
        return percent >= MIN_SHARE_PERCENT ? percent : -1;
    }

    private static boolean suspicious(char c) {
        if (c == '\uFFFD') {
            return true;
        }
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
        }
        return c == 0x7F || (c >= 0x80 && c <= 0x9F);
    }

    /**
     * The line the model sees instead of the content.
     *
     * @param handle the handle the original is stored under, or {@code null} when it is not retrievable
     */
    static String describe(String content, int percent, String handle) {
        StringBuilder sb = new StringBuilder(200);
        sb.append("[headroom: binary content omitted: ").append(String.format(Locale.ROOT, "%,d", content.length()))
                .append(" chars as decoded"); // re-encoding the U+FFFDs says nothing about the file's own size
        String type = likelyType(content);
        if (type != null) {
            sb.append(", likely ").append(type);
        }
        sb.append(", ").append(percent).append("% undecodable or control characters");
        if (handle != null) {
            sb.append(". Call ").append(RetrieveTool.NAME).append(" with ").append(RetrieveTool.lineMarker(handle))
                    .append(" for the text as received]");
        } else {
            sb.append("; not retrievable]");
        }
        return sb.toString();
    }

    /**
     * The file type its magic bytes suggest, as far as they survived decoding (a byte above 0x7F may have become
     * U+FFFD, so the checks rely on the ASCII parts); {@code null} when none is recognised.
     */
    static String likelyType(String s) {
        if (s.startsWith("PNG", 1) && s.startsWith("\r\n", 4)) {
            return "PNG image";
        }
        if (s.startsWith("%PDF-")) {
            return "PDF document";
        }
        if (s.startsWith("PK\u0003\u0004") || s.startsWith("PK\u0005\u0006")) {
            return "ZIP archive (also JAR, DOCX, XLSX)";
        }
        if (s.length() > 2 && s.charAt(0) == 0x1F && (s.charAt(1) == 0x8B || s.charAt(1) == '\uFFFD')) {
            return "gzip data";
        }
        if (s.startsWith("\u007FELF")) {
            return "ELF executable";
        }
        if (s.startsWith("GIF87a") || s.startsWith("GIF89a")) {
            return "GIF image";
        }
        if (s.startsWith("JFIF", 6) || s.startsWith("Exif", 6)) {
            return "JPEG image";
        }
        if (s.startsWith("BZh")) {
            return "bzip2 data";
        }
        if (s.startsWith("7z")) {
            return "7-Zip archive";
        }
        if (s.startsWith("SQLite format 3\u0000")) {
            return "SQLite database";
        }
        if (s.startsWith("\u0000asm")) {
            return "WebAssembly module";
        }
        if (s.startsWith("MZ")) {
            return "Windows executable";
        }
        if (s.startsWith("RIFF")) {
            return "RIFF media (WAV, AVI, WebP)";
        }
        if (s.startsWith("ustar", 257)) {
            return "tar archive";
        }
        return null;
    }
}
