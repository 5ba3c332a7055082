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
