package dev.headroom.compress;

/**
 * Base for compressors of line-oriented content (logs, search results, diffs, build output, code, text):
 * content of at most {@link CompressionSettings#maxLines()} lines, or content the settings do not ask to
 * reduce, passes through unchanged; anything longer reaches {@link #compressLines} already split into
 * lines without terminators ({@link Lines#split}).
 *
 * <p>Subclasses must be stateless and thread-safe, like every {@link Compressor}.
 */
public abstract class LineCompressor implements Compressor {

    private final ContentKind kind;

    protected LineCompressor(ContentKind kind) {
        this.kind = kind;
    }

    @Override
    public final ContentKind kind() {
        return kind;
    }

    @Override
    public final CompressionResult compress(String content, CompressionContext context) {
        CompressionSettings settings = context.settings();
        if (!applies(settings)) {
            return CompressionResult.unchanged(content);
        }
        context.budget().charge(content.length()); // the split below reads every char
        String[] lines = Lines.split(content);
        if (lines.length <= settings.maxLines()) {
            return CompressionResult.unchanged(content);
        }
        return compressLines(content, lines, context);
    }

    /** Whether these settings ask for this kind to be reduced at all (opt-in kinds override this). */
    protected boolean applies(CompressionSettings settings) {
        return true;
    }

    /**
     * Compresses content longer than {@code maxLines} lines.
     *
     * @param content the original, for its newline style and the unchanged result
     * @param lines   its lines without terminators
     * @param context query context, handle and settings
     */
    protected abstract CompressionResult compressLines(String content, String[] lines, CompressionContext context);
}
