package dev.headroom;

import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.ContentKind;
import dev.headroom.stats.PassthroughReason;
import org.jspecify.annotations.Nullable;

/**
 * A memoized compressor run; {@code output == null} means "pass the original through". {@code outputTokens} is
 * counted once here so that memo hits (every later turn) count nothing.
 */
record Memo(@Nullable String output, ContentKind kind, String strategy, boolean lossy, int losslessLength,
            @Nullable String handle, long nanos, long outputTokens) {

    static Memo passthrough(ContentKind kind, PassthroughReason reason, long nanos) {
        return new Memo(null, kind, reason.label(), false, -1, null, nanos, -1);
    }

    CompressionOutcome outcome(String content) {
        if (output == null) {
            return new CompressionOutcome(content, kind, strategy, false, null);
        }
        return new CompressionOutcome(output, kind, strategy, lossy, lossy ? handle : null);
    }

    int weight() {
        return 256 + (output == null ? 0 : 2 * output.length());
    }

    /** The memo key: everything the compressed form may depend on (invariant 2). */
    record Key(String handle, int length, @Nullable String toolName, @Nullable String toolArguments,
               @Nullable String userMessage, CompressionSettings settings, boolean lossless) {

        /** The key of the lossless-only form of the same content (used when omissions are not allowed). */
        Key losslessOnly() {
            return new Key(handle, length, toolName, toolArguments, userMessage, settings, true);
        }
    }
}
