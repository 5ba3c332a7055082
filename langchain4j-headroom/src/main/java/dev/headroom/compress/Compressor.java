package dev.headroom.compress;

import java.util.List;

/**
 * Compresses one kind of tool output. A pure function of {@code (content, context)}: the same input gives
 * the same bytes on every call, in every JVM. Implementations know nothing about LangChain4j messages,
 * stores or statistics, and must be thread-safe (one instance serves every conversation).
 *
 * <p>Contract:
 * <ul>
 *   <li>Whatever is kept is kept exactly (whole lines, JSON values as written); nothing is paraphrased.</li>
 *   <li>Anything omitted is disclosed in band, with {@code context.handle()} as the value of {@code hash}
 *       (see {@link Disclosure}), and the result is marked {@link CompressionResult#lossy() lossy}.</li>
 *   <li>When nothing useful can be done, return {@link CompressionResult#unchanged(String)}; throwing is
 *       allowed (the engine fails open) but is logged and counted as a fault.</li>
 * </ul>
 */
public interface Compressor {

    /** The kind of content this compressor handles. */
    ContentKind kind();

    /** Compresses {@code content}; never returns {@code null}. */
    CompressionResult compress(String content, CompressionContext context);

    /**
     * The best rendering of {@code content} that omits nothing (e.g. minified or columnar JSON), for when a
     * lossy result may not be sent: the store did not keep the original, or the model has no retrieve tool.
     * Must not be lossy. Defaults to {@link CompressionResult#unchanged(String)}; the engine sends the
     * original when the result is not clearly smaller.
     */
    default CompressionResult compressLossless(String content, CompressionContext context) {
        return CompressionResult.unchanged(content);
    }

    /**
     * The lines that show the structure of {@code content}, for when a result must be cut to the per-result ceiling
     * ({@link CompressionSettings#maxResultTokens()}): code's imports, declarations and signatures, a document's
     * headings. The ceiling keeps them, within its budget, next to the first and last lines and the lines that
     * matter. Called on any content of this kind, also content this compressor passed through; must be deterministic
     * and roughly linear in the content's length. Defaults to none.
     *
     * @param lines the content's lines without terminators ({@link Lines#split})
     * @return indexes into {@code lines}, ascending; empty when this kind has no outline
     */
    default int[] outline(String[] lines) {
        return new int[0];
    }

    /**
     * Splits an original into the units {@code headroom_retrieve(hash, query)} ranks and returns (JSON
     * items, log lines or blocks, search matches, diff hunks). Each unit is an exact substring or an
     * exact re-encoding of a part of the original. Defaults to lines.
     */
    default List<String> units(String content) {
        return content.lines().toList();
    }

    /**
     * Joins units chosen by a query-scoped retrieval into one answer (lines by newline by default; JSON
     * items into a valid JSON array).
     */
    default String join(List<String> units) {
        return String.join("\n", units);
    }
}
