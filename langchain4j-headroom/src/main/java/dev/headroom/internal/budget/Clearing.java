package dev.headroom.internal.budget;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.ccr.OriginalNotKeptException;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.compress.ContentKind;
import dev.headroom.internal.Guard;
import dev.headroom.stats.StatsCounter;
import dev.headroom.tokens.TokenCounter;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The engine's side of the conversation budget ({@code dev.headroom.ConversationBudget}): the one-line stub sent in
 * place of a cleared tool result, keeping the original in the store, token counts of what is sent, and statistics.
 * Which results are cleared is the decorators' decision; this class knows nothing about chat messages.
 *
 * <p>The stub is a pure function of the original (its handle) and the tokens it replaces, so the same cleared result
 * is sent as the same bytes on every turn. Token counts are remembered by string identity (a conversation re-sends
 * the very same strings every turn: ChatMemory's, the memo's), so a long conversation is not re-counted per request.
 *
 * <p>Thread-safe. <b>Internal:</b> not part of the public API, may change in any release.
 */
public final class Clearing {

    /** The strategy label of a cleared result, as in {@code CompressionOutcome.strategy()}. */
    public static final String STRATEGY = "cleared";

    /** How many strings' token counts are remembered by identity. */
    private static final int TOKEN_CACHE_SIZE = 16_384;

    private final CompressionStore store;
    private final TokenCounter tokenCounter;
    private final StatsCounter stats;
    private final UnaryOperator<String> handles;
    private final Cache<String, Long> tokensByIdentity;
    private final Guard storeGuard = new Guard("the compression store failed on put of a cleared tool result; "
            + "such results are sent as they were");
    private final Guard notKeptLog = new Guard("the compression store did not keep the original of a cleared tool "
            + "result; such results are sent as they were");

    /**
     * @param handles the content → handle function of the engine (cached by identity there)
     */
    public Clearing(CompressionStore store, TokenCounter tokenCounter, StatsCounter stats, UnaryOperator<String> handles) {
        this.store = store;
        this.tokenCounter = tokenCounter;
        this.stats = stats;
        this.handles = handles;
        this.tokensByIdentity = Caffeine.newBuilder().weakKeys().maximumSize(TOKEN_CACHE_SIZE).executor(Runnable::run).build();
    }

    /** Tokens of {@code text} by the engine's counter, remembered by identity. */
    public long tokens(String text) {
        Long cached = tokensByIdentity.getIfPresent(text);
        if (cached == null) {
            cached = (long) tokenCounter.count(text);
            tokensByIdentity.put(text, cached);
        }
        return cached;
    }

    /** The handle of {@code original}. */
    public String handle(String original) {
        return handles.apply(original);
    }

    /**
     * The stub sent instead of a cleared tool result, for example:
     * <pre>{@code
     * [headroom: tool result cleared from the conversation (4210 tokens). Call headroom_retrieve with hash=3f2a9c0d1e4b5a6c7d8e9f01 for the original, or add query="..." for only the matching parts]
     * }</pre>
     *
     * @param handle     the original's handle
     * @param sentTokens tokens of what the stub replaces (the result as it would have been sent)
     */
    public static String stub(String handle, long sentTokens) {
        return "[headroom: tool result cleared from the conversation (" + sentTokens + " tokens). Call "
                + RetrieveTool.NAME + " with " + RetrieveTool.lineMarker(handle)
                + " for the original, or add query=\"...\" for only the matching parts]";
    }

    /**
     * Keeps the original of a result about to be sent as its stub, and counts the clearing.
     *
     * @param handle      the original's handle ({@link #handle})
     * @param sentTokens  tokens of what the stub replaces
     * @param stubTokens  tokens of the stub
     * @return whether the store kept the original; when not (declined or threw: counted as a fail-open, logged once)
     *         the result must be sent as it was, never as a stub (no handle without its original)
     */
    public boolean clear(String original, String handle, @Nullable String toolName, long sentTokens, long stubTokens) {
        boolean kept;
        try {
            kept = store.put(handle, original);
        } catch (Throwable e) {
            storeGuard.record(e);
            stats.recordFailOpen(ContentKind.UNKNOWN, toolName, e);
            return false;
        }
        if (!kept) {
            OriginalNotKeptException e = new OriginalNotKeptException("the store did not keep a " + original.length()
                    + " char original of a cleared tool result");
            notKeptLog.record(e);
            stats.recordFailOpen(ContentKind.UNKNOWN, toolName, e);
            return false;
        }
        stats.recordCleared(toolName, sentTokens, stubTokens);
        return true;
    }
}
