package dev.headroom;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conversation budget, opt-in: once a request's messages pass {@link #triggerTokens()}, the oldest tool results
 * (all but the last {@link #keepLast()}) are sent as a one-line stub with their retrieve hash instead of their
 * content, in batches of at least {@link #minBatchTokens()} tokens, so a provider's prompt cache breaks once per
 * batch and never on every turn. Unlike a provider's own context clearing, nothing is lost: the original stays in
 * the store and {@code headroom_retrieve} with the stub's hash returns it.
 *
 * <pre>{@code
 * HeadroomConfig config = HeadroomConfig.builder()
 *         .conversationBudget(ConversationBudget.builder()
 *                 .triggerTokens(80_000)       // act once a request's messages pass 80,000 tokens
 *                 .keepLast(5)                 // the last 5 tool results are never cleared
 *                 .minBatchTokens(16_000)      // each batch clears at least 16,000 tokens
 *                 .excludeTools("read_plan")   // results of these tools are never cleared
 *                 .build())
 *         .build();
 * }</pre>
 *
 * <p><b>The decision</b> (made by the decorators, see {@code ConversationBudgeting}) is a pure function of the
 * request's messages and this configuration: the messages are walked from the first, keeping a running total of
 * their tokens as sent (tool results as compressed, cleared ones as their stub); wherever the total passes the
 * trigger and the tool results older than the last {@code keepLast} that are not cleared yet hold at least
 * {@code minBatchTokens}, the oldest of them are cleared until the total is back to {@code triggerTokens −
 * minBatchTokens} (or all of them, when that is not enough). Replaying the same walk on the next turn, whose messages
 * start with this turn's, clears exactly the same results with the same stubs: what is cleared stays cleared, and an
 * earlier message changes only on the turn a new batch is cleared.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConversationBudget {

    /**
     * Default trigger: 100,000 tokens of messages, as Anthropic's context editing defaults to; half or less of the
     * windows of current models, so a long agent run is trimmed well before it fails.
     */
    public static final long DEFAULT_TRIGGER_TOKENS = 100_000;

    /** Default number of most recent tool results never cleared (as Anthropic's context editing keeps 3). */
    public static final int DEFAULT_KEEP_LAST = 3;

    /**
     * Default minimum batch: 20,000 tokens, a fifth of the default trigger. A batch breaks the provider's prompt cache
     * once (the whole prefix after the first cleared result is written again); clearing a fifth of the budget at a
     * time means at most one break per 20,000 tokens of conversation growth.
     */
    public static final long DEFAULT_MIN_BATCH_TOKENS = 20_000;

    private static final ConversationBudget DISABLED = builder().enabled(false).build();

    private final boolean enabled;
    private final long triggerTokens;
    private final int keepLast;
    private final long minBatchTokens;
    private final Set<String> excludedTools;

    private ConversationBudget(Builder builder) {
        if (builder.triggerTokens <= 0) {
            throw new IllegalArgumentException("triggerTokens must be positive, was " + builder.triggerTokens);
        }
        if (builder.keepLast < 0) {
            throw new IllegalArgumentException("keepLast must not be negative, was " + builder.keepLast);
        }
        if (builder.minBatchTokens <= 0) {
            throw new IllegalArgumentException("minBatchTokens must be positive, was " + builder.minBatchTokens);
        }
        if (builder.minBatchTokens > builder.triggerTokens) {
            throw new IllegalArgumentException("minBatchTokens (" + builder.minBatchTokens
                    + ") must not exceed triggerTokens (" + builder.triggerTokens + ")");
        }
        this.enabled = builder.enabled;
        this.triggerTokens = builder.triggerTokens;
        this.keepLast = builder.keepLast;
        this.minBatchTokens = builder.minBatchTokens;
        this.excludedTools = Collections.unmodifiableSet(new TreeSet<>(builder.excludedTools));
    }

    /** The budget switched off (the default of {@link HeadroomConfig}). */
    public static ConversationBudget disabled() {
        return DISABLED;
    }

    /** A builder of an enabled budget with the default values. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().enabled(enabled).triggerTokens(triggerTokens).keepLast(keepLast)
                .minBatchTokens(minBatchTokens).excludeTools(excludedTools);
    }

    /** Whether old tool results are cleared at all. */
    public boolean enabled() {
        return enabled;
    }

    /** Tokens of a request's messages (engine's {@code TokenCounter}) above which old tool results are cleared. */
    public long triggerTokens() {
        return triggerTokens;
    }

    /** How many of the most recent tool results (of any tool) are never cleared. */
    public int keepLast() {
        return keepLast;
    }

    /** Fewest tokens one batch clears; also how far below the trigger a batch brings the request. */
    public long minBatchTokens() {
        return minBatchTokens;
    }

    /** Names of the tools whose results are never cleared, sorted. */
    public Set<String> excludedTools() {
        return excludedTools;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ConversationBudget that)) return false;
        return enabled == that.enabled && triggerTokens == that.triggerTokens && keepLast == that.keepLast
                && minBatchTokens == that.minBatchTokens && excludedTools.equals(that.excludedTools);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, triggerTokens, keepLast, minBatchTokens, excludedTools);
    }

    @Override
    public String toString() {
        return "ConversationBudget{enabled=" + enabled + ", triggerTokens=" + triggerTokens + ", keepLast=" + keepLast
                + ", minBatchTokens=" + minBatchTokens + ", excludedTools=" + excludedTools + "}";
    }

    /** Builds a {@link ConversationBudget}; values are checked by {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private boolean enabled = true;
        private long triggerTokens = DEFAULT_TRIGGER_TOKENS;
        private int keepLast = DEFAULT_KEEP_LAST;
        private long minBatchTokens = DEFAULT_MIN_BATCH_TOKENS;
        private final Set<String> excludedTools = new TreeSet<>();

        private Builder() {}

        /** Whether the budget acts; {@code true} unless set. */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** Tokens of a request's messages above which old tool results are cleared; positive. */
        public Builder triggerTokens(long triggerTokens) {
            this.triggerTokens = triggerTokens;
            return this;
        }

        /** How many of the most recent tool results are never cleared; zero or more. */
        public Builder keepLast(int keepLast) {
            this.keepLast = keepLast;
            return this;
        }

        /** Fewest tokens one batch clears; positive and at most {@link #triggerTokens(long)}. */
        public Builder minBatchTokens(long minBatchTokens) {
            this.minBatchTokens = minBatchTokens;
            return this;
        }

        /** Adds tools whose results are never cleared. */
        public Builder excludeTools(String... toolNames) {
            return excludeTools(Arrays.asList(toolNames));
        }

        /**
         * Adds tools whose results are never cleared.
         *
         * @throws IllegalArgumentException when a name is null or blank
         */
        public Builder excludeTools(Collection<String> toolNames) {
            for (String name : toolNames) {
                if (name == null || name.isBlank()) {
                    throw new IllegalArgumentException("excluded tool names must not be blank, was " + toolNames);
                }
                excludedTools.add(name);
            }
            return this;
        }

        /**
         * @throws IllegalArgumentException when {@code triggerTokens} or {@code minBatchTokens} is not positive,
         *                                  {@code keepLast} is negative, or {@code minBatchTokens} exceeds
         *                                  {@code triggerTokens}
         */
        public ConversationBudget build() {
            return new ConversationBudget(this);
        }
    }
}
