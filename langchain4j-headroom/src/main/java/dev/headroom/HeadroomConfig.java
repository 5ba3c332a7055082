package dev.headroom;

import dev.headroom.compress.CompressionSettings;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Immutable configuration of a {@link Headroom} engine: default compression settings, per-tool
 * overrides, the retrieval loop's bounds, the memo's size, the {@link ConversationBudget} (off by default) and the
 * {@link Mode} ({@link Mode#SHADOW} computes and records everything but sends the caller's requests unchanged).
 *
 * <pre>{@code
 * HeadroomConfig config = HeadroomConfig.builder()
 *         .defaults(CompressionSettings.of(Preset.AGGRESSIVE))
 *         .tool("read_file", CompressionSettings.disabled())     // never compress this tool
 *         .maxRetrievalRounds(2)
 *         .build();
 * }</pre>
 */
public final class HeadroomConfig {

    public static final int DEFAULT_MAX_RETRIEVAL_ROUNDS = 3;
    public static final int DEFAULT_MAX_RETRIEVED_UNITS = 20;
    public static final long DEFAULT_MEMO_MAXIMUM_BYTES = 64L * 1024 * 1024;
    /** Larger inputs pass through unchanged rather than stall a request (32 Mi chars, ~64 MB). */
    public static final int DEFAULT_MAX_INPUT_CHARS = 32 * 1024 * 1024;

    /** Work every compression may do whatever its size (see {@link #workBudgetBase()}). */
    public static final long DEFAULT_WORK_BUDGET_BASE = 2_000_000L;
    /** Work per input char on top of the base (see {@link #workBudgetPerChar()}). */
    public static final int DEFAULT_WORK_BUDGET_PER_CHAR = 200;

    private static final HeadroomConfig DEFAULTS = builder().build();

    private final CompressionSettings defaults;
    private final Map<String, CompressionSettings> tools;
    private final int maxRetrievalRounds;
    private final int maxRetrievedUnits;
    private final boolean retrieveToolEnabled;
    private final long memoMaximumBytes;
    private final CompressionLimits limits;
    private final ConversationBudget conversationBudget;
    private final Mode mode;

    private HeadroomConfig(Builder builder) {
        this.defaults = Objects.requireNonNull(builder.defaults, "defaults");
        this.tools = Collections.unmodifiableMap(new TreeMap<>(builder.tools));
        this.maxRetrievalRounds = (int) check(builder.maxRetrievalRounds, 0, "maxRetrievalRounds must not be negative");
        this.maxRetrievedUnits = (int) check(builder.maxRetrievedUnits, 1, "maxRetrievedUnits must be positive");
        this.retrieveToolEnabled = builder.retrieveToolEnabled;
        this.memoMaximumBytes = check(builder.memoMaximumBytes, 0, "memoMaximumBytes must not be negative");
        this.limits = new CompressionLimits((int) check(builder.maxInputChars, 1, "maxInputChars must be positive"),
                check(builder.workBudgetBase, 1, "workBudget base must be positive"),
                (int) check(builder.workBudgetPerChar, 0, "workBudget perChar must not be negative"));
        this.conversationBudget = Objects.requireNonNull(builder.conversationBudget, "conversationBudget");
        if (conversationBudget.enabled() && !retrieveToolEnabled) {
            throw new IllegalArgumentException("conversationBudget needs retrieveToolEnabled: the results it clears are "
                    + "given back only through headroom_retrieve");
        }
        this.mode = Objects.requireNonNull(builder.mode, "mode");
    }

    /** {@code value}, when at least {@code min}; else an {@link IllegalArgumentException} with the message and value. */
    private static long check(long value, long min, String message) {
        if (value < min) {
            throw new IllegalArgumentException(message + ", was " + value);
        }
        return value;
    }

    public static HeadroomConfig defaults() {
        return DEFAULTS;
    }

    /** Settings for tools without an override. */
    public CompressionSettings defaultSettings() {
        return defaults;
    }

    /** Per-tool overrides, sorted by tool name. */
    public Map<String, CompressionSettings> tools() {
        return tools;
    }

    /** The settings in force for a tool (its override, else the defaults); {@code null} name → defaults. */
    public CompressionSettings settingsFor(@Nullable String toolName) {
        if (toolName == null) {
            return defaults;
        }
        return tools.getOrDefault(toolName, defaults);
    }

    /** How many hidden retrieval rounds one caller request may take before the model is told to answer. */
    public int maxRetrievalRounds() {
        return maxRetrievalRounds;
    }

    /** How many items or lines a {@code headroom_retrieve} with a query returns at most. */
    public int maxRetrievedUnits() {
        return maxRetrievedUnits;
    }

    /**
     * Whether {@code headroom_retrieve} is added to every request. When off, lossy results are not used:
     * nothing is omitted that the model could not get back, and each tool result is sent in its best lossless
     * form ({@code Compressor.compressLossless}: minified, columnar or de-duplicated JSON) or whole.
     */
    public boolean retrieveToolEnabled() {
        return retrieveToolEnabled;
    }

    /** Bound on the memo of compressed results (0 disables memoization). */
    public long memoMaximumBytes() {
        return memoMaximumBytes;
    }

    /** Tool results longer than this pass through unchanged. */
    public int maxInputChars() {
        return limits.maxInputChars();
    }

    /** The work budget's fixed part: units every compression may spend whatever the input's size. */
    public long workBudgetBase() {
        return limits.workBudgetBase();
    }

    /** The work budget's part per input char. */
    public int workBudgetPerChar() {
        return limits.workBudgetPerChar();
    }

    /**
     * The work one compression of {@code length} chars may do: {@code workBudgetBase + workBudgetPerChar × length}.
     * Past it the original passes through (fail-open, reason {@code work-budget}); see
     * {@link dev.headroom.compress.WorkBudget}.
     */
    public long workBudgetFor(int length) {
        return limits.workBudgetFor(length);
    }

    /** The conversation budget: which old tool results are sent as a stub once a conversation grows long. */
    public ConversationBudget conversationBudget() {
        return conversationBudget;
    }

    /** Whether requests are sent compressed ({@link Mode#ACTIVE}, the default) or unchanged ({@link Mode#SHADOW}). */
    public Mode mode() {
        return mode;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder()
                .defaults(defaults)
                .maxRetrievalRounds(maxRetrievalRounds)
                .maxRetrievedUnits(maxRetrievedUnits)
                .retrieveToolEnabled(retrieveToolEnabled)
                .memoMaximumBytes(memoMaximumBytes)
                .maxInputChars(limits.maxInputChars())
                .workBudget(limits.workBudgetBase(), limits.workBudgetPerChar())
                .conversationBudget(conversationBudget)
                .mode(mode);
        tools.forEach(b::tool);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeadroomConfig that && maxRetrievalRounds == that.maxRetrievalRounds
                && maxRetrievedUnits == that.maxRetrievedUnits
                && retrieveToolEnabled == that.retrieveToolEnabled
                && memoMaximumBytes == that.memoMaximumBytes
                && limits.equals(that.limits)
                && conversationBudget.equals(that.conversationBudget)
                && mode == that.mode
                && defaults.equals(that.defaults)
                && tools.equals(that.tools);
    }

    @Override
    public int hashCode() {
        return Objects.hash(defaults, tools, maxRetrievalRounds, maxRetrievedUnits, retrieveToolEnabled, memoMaximumBytes,
                limits.maxInputChars(), limits.workBudgetBase(), limits.workBudgetPerChar(), conversationBudget, mode);
    }

    @Override
    public String toString() {
        return "HeadroomConfig{defaults=" + defaults + ", tools=" + tools + ", maxRetrievalRounds=" + maxRetrievalRounds
                + ", maxRetrievedUnits=" + maxRetrievedUnits + ", retrieveToolEnabled=" + retrieveToolEnabled
                + ", memoMaximumBytes=" + memoMaximumBytes + ", " + limits + ", conversationBudget=" + conversationBudget
                + ", mode=" + mode + "}";
    }

    public static final class Builder {
        private CompressionSettings defaults = CompressionSettings.defaults();
        private final Map<String, CompressionSettings> tools = new TreeMap<>();
        private int maxRetrievalRounds = DEFAULT_MAX_RETRIEVAL_ROUNDS;
        private int maxRetrievedUnits = DEFAULT_MAX_RETRIEVED_UNITS;
        private boolean retrieveToolEnabled = true;
        private long memoMaximumBytes = DEFAULT_MEMO_MAXIMUM_BYTES;
        private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
        private long workBudgetBase = DEFAULT_WORK_BUDGET_BASE;
        private int workBudgetPerChar = DEFAULT_WORK_BUDGET_PER_CHAR;
        private ConversationBudget conversationBudget = ConversationBudget.disabled();
        private Mode mode = Mode.ACTIVE;

        private Builder() {}

        public Builder defaults(CompressionSettings defaults) {
            this.defaults = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        /** Sets the default settings from a preset. */
        public Builder preset(CompressionSettings.Preset preset) {
            return defaults(CompressionSettings.of(preset));
        }

        /** Overrides the settings for one tool (e.g. {@code CompressionSettings.disabled()}). */
        public Builder tool(String toolName, CompressionSettings settings) {
            if (toolName == null || toolName.isBlank()) {
                throw new IllegalArgumentException("toolName must not be blank");
            }
            tools.put(toolName, Objects.requireNonNull(settings, "settings"));
            return this;
        }

        public Builder maxRetrievalRounds(int maxRetrievalRounds) {
            this.maxRetrievalRounds = maxRetrievalRounds;
            return this;
        }

        public Builder maxRetrievedUnits(int maxRetrievedUnits) {
            this.maxRetrievedUnits = maxRetrievedUnits;
            return this;
        }

        public Builder retrieveToolEnabled(boolean retrieveToolEnabled) {
            this.retrieveToolEnabled = retrieveToolEnabled;
            return this;
        }

        public Builder memoMaximumBytes(long memoMaximumBytes) {
            this.memoMaximumBytes = memoMaximumBytes;
            return this;
        }

        public Builder maxInputChars(int maxInputChars) {
            this.maxInputChars = maxInputChars;
            return this;
        }

        /**
         * The work budget of one compression: {@code base + perChar × input length} units, one unit being roughly
         * one char or one item a compressor touches (a line scanned, a JSON value parsed, a BM25 term indexed or
         * scored). Counted in work, not time, so the outcome is deterministic. A compression that passes it sends
         * the original unchanged, logged once and counted as a fail-open with reason {@code work-budget}. The
         * defaults ({@value #DEFAULT_WORK_BUDGET_BASE} + {@value #DEFAULT_WORK_BUDGET_PER_CHAR}/char) sit far above
         * what real tool outputs need (at most ~4 units per char on the project's corpus, with a query): only inputs that drive
         * a compressor into super-linear work reach it.
         *
         * @param base    units every compression may spend, however small its input; positive
         * @param perChar units per input char on top; zero or more
         * @throws IllegalArgumentException on {@link #build()} when {@code base} is not positive or
         *                                  {@code perChar} is negative
         */
        public Builder workBudget(long base, int perChar) {
            this.workBudgetBase = base;
            this.workBudgetPerChar = perChar;
            return this;
        }

        /**
         * Clears old tool results once a conversation grows past a budget ({@link ConversationBudget#disabled()} by
         * default).
         *
         * @throws IllegalArgumentException on {@link #build()} when the budget is enabled and the retrieve tool is not
         */
        public Builder conversationBudget(ConversationBudget conversationBudget) {
            this.conversationBudget = Objects.requireNonNull(conversationBudget, "conversationBudget");
            return this;
        }

        /** {@link Mode#SHADOW}: compute and record everything, send the caller's requests unchanged; see {@link Mode}. */
        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public HeadroomConfig build() {
            return new HeadroomConfig(this);
        }
    }
}
