package dev.headroom;

import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.ContentKind;
import dev.headroom.stats.PassthroughReason;
import org.jspecify.annotations.Nullable;

/**
 * A memoized compressor run; {@code output == null} means "pass the original through". {@code inputTokens} and
 * {@code outputTokens} are counted once here, and the kind detected once, so that memo hits (every later turn
 * re-sends the same tool result) count and detect nothing.
 */
record Memo(@Nullable String output, ContentKind kind, String strategy, boolean lossy, int losslessLength,
            @Nullable String handle, long nanos, long outputTokens, long inputTokens) {

    static Memo passthrough(ContentKind kind, PassthroughReason reason, long nanos) {
        return new Memo(null, kind, reason.label(), false, -1, null, nanos, -1, -1);
    }

    /** Whether this run passes the original through for {@code reason}. */
    boolean passedThrough(PassthroughReason reason) {
        return output == null && reason.label().equals(strategy);
    }

    /** This run with the content's token count, as the memo keeps it. */
    Memo withInputTokens(long tokens) {
        return new Memo(output, kind, strategy, lossy, losslessLength, handle, nanos, outputTokens, tokens);
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

    /** Which rendering of a tool result a memo entry holds. */
    enum Form {
        /** The compressor's result. */
        COMPRESSED,
        /** The compressor's lossless stage alone (when omissions are not allowed). */
        LOSSLESS,
        /** The original cut to the per-result ceiling ({@link ResultCeiling}). */
        CAPPED
    }

    /** The memo key: everything the compressed form may depend on (invariant 2). */
    record Key(String handle, int length, @Nullable String toolName, @Nullable String toolArguments,
               @Nullable String userMessage, CompressionSettings settings, Form form) {

        /** The key of another form of the same content. */
        Key as(Form other) {
            return new Key(handle, length, toolName, toolArguments, userMessage, settings, other);
        }
    }
}
