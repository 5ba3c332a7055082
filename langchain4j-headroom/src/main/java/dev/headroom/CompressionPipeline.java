package dev.headroom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.headroom.ccr.CompressionStore;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentDetector;
import dev.headroom.compress.ContentKind;
import dev.headroom.internal.Guard;
import dev.headroom.stats.CompressionEvent;
import dev.headroom.stats.PassthroughReason;
import dev.headroom.stats.StatsCounter;
import dev.headroom.tokens.TokenCounter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The compression path of {@link Headroom#compress}: the cheap gates (disabled, binary, too large, below the
 * threshold), detection, the memo, the compressor run ({@link CompressorRuns}), the store's consent to omissions
 * ({@link Originals}; invariant 4), the per-result ceiling on whatever would go out above it ({@link ResultCeiling}: after the gates and
 * the compressor, whatever they decided) and the statistics of every tool result. Thread-safe; see {@link Headroom}
 * for the contract.
 */
final class CompressionPipeline {

    /** Kinds whose no-gain results go to the generic line compressor rather than out whole. */
    private static final Set<ContentKind> LINE_FALLBACK = EnumSet.of(ContentKind.DIFF, ContentKind.BUILD,
            ContentKind.TABLE, ContentKind.SEARCH, ContentKind.LOG);


    /** Token figures of inputs too large to compress: an exact count of such an input would cost the most. */
    private static final TokenCounter ESTIMATE = TokenCounter.estimating();

    private final HeadroomConfig config;
    private final Originals originals;
    private final Map<ContentKind, Compressor> compressors;
    private final ContentDetector detector;
    private final TokenCounter tokenCounter;
    private final CompressorRuns runs;
    private final Cache<Memo.Key, Memo> memo;
    private final Guard detectorGuard = new Guard("content detection failed; such tool results pass through");

    CompressionPipeline(HeadroomConfig config, CompressionStore store, Map<ContentKind, Compressor> compressors,
                        ContentDetector detector, TokenCounter tokenCounter, StatsCounter stats) {
        this.config = config;
        this.originals = new Originals(store, stats);
        this.compressors = compressors;
        this.detector = detector;
        this.tokenCounter = tokenCounter;
        this.runs = new CompressorRuns(config, tokenCounter, stats);
        this.memo = Caffeine.newBuilder()
                .maximumWeight(config.memoMaximumBytes())
                .weigher((Memo.Key k, Memo v) -> v.weight())
                .executor(Runnable::run)
                .build();
    }

    /** @param events receives this result's statistics event (the engine's counters, plus any per-call observer) */
    CompressionOutcome compress(String content, CompressionContext context, Consumer<CompressionEvent> events) {
        String toolName = context.toolName();
        CompressionSettings settings = config.settingsFor(toolName);
        if (!settings.enabled()) {
            // the tool opted out of everything Headroom does, the ceiling included
            return passthrough(content, ContentKind.UNKNOWN, PassthroughReason.DISABLED, toolName, tokenCounter.count(content), events);
        }
        int binaryPercent = BinaryContent.binaryPercent(content); // samples the head: cheap whatever the size
        if (binaryPercent >= 0) {
            return binary(content, binaryPercent, toolName, tokenCounter.count(content), events);
        }
        if (content.length() > config.maxInputChars()) {
            // before the exact count: counting a huge input's tokens would be the costliest step of all
            long estimate = ESTIMATE.count(content);
            CompressionOutcome capped = capped(content, context, settings, ContentKind.UNKNOWN, null, estimate, estimate,
                    false, false, events);
            return capped != null ? capped
                    : passthrough(content, ContentKind.UNKNOWN, PassthroughReason.TOO_LARGE, toolName, estimate, events);
        }
        if (content.length() < settings.minTokens()) {
            // fewer characters than the threshold's tokens: below it whatever the tokenizer says, and not worth a hash
            return belowThreshold(content, context, settings, tokenCounter.count(content), events);
        }
        // a tool result seen before (every later turn re-sends it) is answered from the memo before anything is
        // counted or detected: the content's hash is cheaper than its token count
        String handle = handleOf(content);
        Memo.Key key = new Memo.Key(handle, content.length(), toolName, context.toolArguments(), context.userMessage(),
                settings, Memo.Form.COMPRESSED);
        Memo cached = memoized(key);
        boolean memoized = cached != null;
        long tokens;
        ContentKind kind;
        Compressor compressor;
        if (cached != null) {
            tokens = cached.inputTokens();
            kind = cached.kind();
            compressor = compressors.get(kind);
        } else {
            // counted once per content: a user-supplied exact counter is the costliest step on this path
            tokens = tokenCounter.count(content);
            if (tokens < settings.minTokens()) {
                return belowThreshold(content, context, settings, tokens, events);
            }
            kind = detect(content);
            compressor = compressors.get(kind);
            if (compressor == null) {
                CompressionOutcome capped = capped(content, context, settings, kind, null, tokens, tokens, false, true, events);
                return capped != null ? capped : passthrough(content, kind, PassthroughReason.UNSUPPORTED, toolName, tokens, events);
            }
            Memo run = runs.run(compressor, content, effective(context, handle, settings), kind);
            Compressor lines = compressors.get(ContentKind.LINES);
            if (run.passedThrough(PassthroughReason.NO_GAIN) && lines != null
                    && LINE_FALLBACK.contains(kind)) {
                // a tool-output kind that claimed line-oriented output and gained nothing (a Puppet run read as a diff)
                // does not send it whole: the generic line compressor gets its turn (prose, code and JSON keep theirs)
                Memo generic = runs.run(lines, content, effective(context, handle, settings), ContentKind.LINES);
                if (generic.output() != null) {
                    run = generic;
                    kind = ContentKind.LINES;
                    compressor = lines;
                }
            }
            cached = remember(key, run.withInputTokens(tokens));
        }
        CompressionOutcome outcome = cached.outcome(content);
        boolean omissionsAllowed = config.retrieveToolEnabled();
        if (outcome.lossy()) {
            // invariant 4: nothing is omitted unless the model can get it back
            PassthroughReason notKept = omissionsAllowed ? keep(handle, content, kind, toolName)
                    : PassthroughReason.LOSSY_WITHOUT_RETRIEVAL;
            if (notKept != null) {
                omissionsAllowed = false;
                Memo.Key losslessKey = key.as(Memo.Form.LOSSLESS);
                Memo lossless = memoized(losslessKey);
                memoized = lossless != null;
                if (lossless == null) {
                    lossless = remember(losslessKey,
                            runs.runLossless(compressor, content, effective(context, handle, settings), kind, notKept).withInputTokens(tokens));
                }
                cached = lossless;
                outcome = lossless.outcome(content);
            }
        }
        long sent = outcome.text() == content ? tokens : cached.outputTokens();
        CompressionOutcome capped = omissionsAllowed
                ? capped(content, context, settings, kind, compressor, tokens, sent, outcome.lossy(), true, events) : null;
        if (capped != null) {
            return capped;
        }
        record(outcome, content, tokens, cached, toolName, memoized, events);
        return outcome;
    }

    /** The context a compressor sees: the handle and the tool's settings; a fresh budget is set per run. */
    private static CompressionContext effective(CompressionContext context, String handle, CompressionSettings settings) {
        return context.toBuilder().handle(handle).settings(settings).budget(null).build();
    }

    private static boolean overCeiling(CompressionSettings settings, long tokens) {
        return settings.hasCeiling() && tokens > settings.maxResultTokens();
    }

    /**
     * A result below {@code minTokens}: passed through, or cut when even so it is over the ceiling (a threshold set
     * above the ceiling), detected first for its outline.
     */
    private CompressionOutcome belowThreshold(String content, CompressionContext context, CompressionSettings settings,
                                              long tokens, Consumer<CompressionEvent> events) {
        if (overCeiling(settings, tokens)) {
            ContentKind kind = detect(content);
            CompressionOutcome capped = capped(content, context, settings, kind, compressors.get(kind), tokens, tokens,
                    false, true, events);
            if (capped != null) {
                return capped;
            }
        }
        return passthrough(content, ContentKind.UNKNOWN, PassthroughReason.BELOW_THRESHOLD, context.toolName(), tokens, events);
    }

    /**
     * The result cut to the per-result ceiling ({@link ResultCeiling}), recorded, when what would be sent ({@code sent}
     * tokens) is over it; {@code null} when the ceiling does not apply: off, not exceeded, no retrieve tool, or the
     * store did not keep the original (counted as a fail-open by {@link #keep}; invariant 4 comes first), or the
     * ceiling failed.
     *
     * @param kept whether the store already holds the original (a lossy result was just kept)
     * @param scan whether the ceiling may look for matching, outline and problem lines (not in a result too large to
     *             inspect)
     */
    private @Nullable CompressionOutcome capped(String content, CompressionContext context, CompressionSettings settings,
                                                ContentKind kind, @Nullable Compressor compressor, long before, long sent,
                                                boolean kept, boolean scan, Consumer<CompressionEvent> events) {
        String toolName = context.toolName();
        if (!overCeiling(settings, sent) || !config.retrieveToolEnabled()) {
            return null;
        }
        String handle = handleOf(content);
        if (!kept && keep(handle, content, kind, toolName) != null) {
            return null;
        }
        Memo.Key key = new Memo.Key(handle, content.length(), toolName, context.toolArguments(), context.userMessage(),
                settings, Memo.Form.CAPPED);
        Memo cached = memoized(key);
        boolean memoized = cached != null;
        if (cached == null) {
            cached = remember(key, runs.cap(content, effective(context, handle, settings), kind, compressor, sent, scan));
        }
        if (cached.output() == null || cached.outputTokens() >= sent) {
            return null;
        }
        CompressionOutcome outcome = cached.outcome(content);
        record(outcome, content, before, cached, toolName, memoized, events);
        return outcome;
    }

    /** The detected kind; {@link ContentKind#UNKNOWN} when the detector threw (counted, logged once). */
    ContentKind detect(String content) {
        return detectorGuard.call(() -> detector.detect(content), e -> ContentKind.UNKNOWN);
    }

    /** The compressor of the content's kind, or {@code null} when there is none (it splits retrieved originals). */
    @Nullable Compressor compressorFor(String content) {
        return compressors.get(detect(content));
    }

    private @Nullable Memo memoized(Memo.Key key) {
        return config.memoMaximumBytes() > 0 ? memo.getIfPresent(key) : null;
    }

    private Memo remember(Memo.Key key, Memo value) {
        if (config.memoMaximumBytes() > 0) {
            memo.put(key, value);
        }
        return value;
    }

    /** The content's handle, remembered by identity ({@link Originals#handleOf}). */
    String handleOf(String content) {
        return originals.handleOf(content);
    }

    private @Nullable PassthroughReason keep(String handle, String content, ContentKind kind, @Nullable String toolName) {
        return originals.keep(handle, content, kind, toolName);
    }

    /**
     * A file's bytes decoded as text (see {@link BinaryContent}) become one line saying what they are, with the
     * handle when the store kept them. Never sent as-is, even when the store declines them: the text is not the
     * file (undecodable bytes became U+FFFD) and is useless to the model, so the line then says it is not
     * retrievable.
     */
    private CompressionOutcome binary(String content, int percent, @Nullable String toolName, long tokens,
                                      Consumer<CompressionEvent> events) {
        String handle = handleOf(content);
        if (BinaryContent.describe(content, percent, handle).length() >= content.length()) {
            // output never longer
            return passthrough(content, ContentKind.UNKNOWN, PassthroughReason.NO_GAIN, toolName, tokens, events);
        }
        boolean kept = config.retrieveToolEnabled() && keep(handle, content, ContentKind.UNKNOWN, toolName) == null;
        String text = BinaryContent.describe(content, percent, kept ? handle : null);
        CompressionOutcome outcome = new CompressionOutcome(text, ContentKind.UNKNOWN, BinaryContent.STRATEGY, kept,
                kept ? handle : null);
        long after = tokenCounter.count(text);
        events.accept(new CompressionEvent(ContentKind.UNKNOWN, toolName, BinaryContent.STRATEGY, tokens, tokens,
                after, true, 0, false));
        return outcome;
    }

    private CompressionOutcome passthrough(String content, ContentKind kind, PassthroughReason reason,
                                           @Nullable String toolName, long tokens, Consumer<CompressionEvent> events) {
        events.accept(new CompressionEvent(kind, toolName, reason.label(), tokens, tokens, tokens, false, 0, false));
        return CompressionOutcome.passthrough(content, kind, reason);
    }

    private void record(CompressionOutcome outcome, String content, long before, Memo memo, @Nullable String toolName,
                        boolean memoized, Consumer<CompressionEvent> events) {
        long after = outcome.text() == content ? before : memo.outputTokens();
        long lossless = outcome.lossy()
                ? Math.round((double) before * memo.losslessLength() / Math.max(1, content.length()))
                : after;
        events.accept(new CompressionEvent(outcome.kind(), toolName, outcome.strategy(), before,
                Math.max(after, Math.min(before, lossless)), after, outcome.lossy(), memoized ? 0 : memo.nanos(), memoized));
    }

    @Override
    public String toString() {
        return originals + ", compressors=" + compressors.keySet();
    }
}
