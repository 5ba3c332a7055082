package dev.headroom.spring;

import dev.headroom.ConversationBudget;
import dev.headroom.HeadroomConfig;
import dev.headroom.Mode;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.CompressionSettings.Preset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of the Headroom starter, under {@code langchain4j.headroom}. The defaults equal
 * {@link HeadroomConfig#defaults()} and {@link CompressionSettings#defaults()} (a test guards this).
 *
 * <p>The compression thresholds left unset ({@code min-tokens}, {@code max-items}, {@code max-lines}) take
 * the {@code preset}'s values; {@code tools.<name>.*} overrides them for one tool:
 * <pre>
 * langchain4j.headroom.preset=aggressive
 * langchain4j.headroom.tools.read_file.enabled=false
 * langchain4j.headroom.tools.search_logs.max-lines=120
 * langchain4j.headroom.tools.read_file.max-result-tokens=30000
 * </pre>
 *
 * <p>The conversation budget is off unless {@code budget.enabled=true}:
 * <pre>
 * langchain4j.headroom.budget.enabled=true
 * langchain4j.headroom.budget.trigger-tokens=80000
 * langchain4j.headroom.budget.keep-last=5
 * langchain4j.headroom.budget.min-batch-tokens=16000
 * langchain4j.headroom.budget.excluded-tools=read_plan,ask_user
 * </pre>
 *
 * <p>{@code langchain4j.headroom.mode=shadow} tries Headroom on real traffic without changing a request: everything is
 * computed and recorded (report, statistics, meters, the actuator's would-have-saved figures), and the models receive
 * the requests unchanged.
 *
 * <p>A mutable JavaBean for binding; not thread-safe, read once when the {@code Headroom} bean is built.
 */
@ConfigurationProperties(HeadroomProperties.PREFIX)
public class HeadroomProperties {

    public static final String PREFIX = "langchain4j.headroom";

    /** Whether to compress the tool results of every ChatModel and StreamingChatModel bean. */
    private boolean enabled = true;

    /**
     * How requests reach the models: compressed (active), or unchanged while everything is still computed and recorded
     * as what Headroom would have done (shadow).
     */
    private Mode mode = Mode.ACTIVE;

    /** Named starting point for the compression thresholds. */
    private Preset preset = Preset.BALANCED;

    /** Tool results estimated below this many tokens pass through unchanged. Defaults to the preset's value. */
    private Integer minTokens;

    /** Most items of a large JSON array that a lossy compressor keeps. Defaults to the preset's value. */
    private Integer maxItems;

    /** Most lines of line-oriented output (logs, search results) that a lossy compressor keeps. Defaults to the preset's value. */
    private Integer maxLines;

    /** Share of a tool result's size that compression must save to be used, between 0 and 1. */
    private double minSavings = 0.10;

    /** Whether source code may be reduced to an outline of imports and signatures. */
    private boolean codeOutline = false;

    /** Whether prose may be reduced to its most relevant passages. Defaults to the preset's value (on only for aggressive). */
    private Boolean textSelection;

    /**
     * Most tokens one tool result may take as sent, whatever its kind (code and prose included); a larger one is cut
     * to its first and last lines, outline, problem lines and lines matching the question, its original
     * retrievable. 0 switches the ceiling off.
     */
    private int maxResultTokens = CompressionSettings.DEFAULT_MAX_RESULT_TOKENS;

    /** Most hidden retrieval rounds per caller request before the model is told to answer with what it has. */
    private int maxRetrievalRounds = 3;

    /** Most items or lines that a headroom_retrieve call with a query returns. */
    private int maxRetrievedUnits = 20;

    /** Whether to add the headroom_retrieve tool to every request. */
    private boolean retrieveToolEnabled = true;

    /** Bound on the memory of memoized compressed results; 0 disables memoization. */
    private DataSize memoMaximumSize = DataSize.ofMegabytes(64);

    /** Tool results longer than this many characters pass through unchanged. */
    private int maxInputChars = 33554432;

    /** The work budget's fixed part: units of work every compression may spend, however small its input. */
    private long workBudgetBase = HeadroomConfig.DEFAULT_WORK_BUDGET_BASE;

    /** The work budget's part per input char; a compression past its budget sends the original (reason work-budget). */
    private int workBudgetPerChar = HeadroomConfig.DEFAULT_WORK_BUDGET_PER_CHAR;

    /** Settings per tool name, overriding the defaults for that tool's results. */
    private final Map<String, Tool> tools = new TreeMap<>();

    /** Names of the model beans to wrap; empty wraps every ChatModel and StreamingChatModel bean. */
    private List<String> include = new ArrayList<>();

    /** Names of the model beans never to wrap. */
    private List<String> exclude = new ArrayList<>();

    private final Store store = new Store();

    private final Budget budget = new Budget();

    @NestedConfigurationProperty
    private final HeadroomPrices prices = new HeadroomPrices();

    /** The engine configuration these properties describe. */
    HeadroomConfig toConfig() {
        CompressionSettings defaults = settings(CompressionSettings.builder().preset(preset), minTokens, maxItems,
                maxLines, minSavings, codeOutline, textSelection, maxResultTokens).build();
        HeadroomConfig.Builder builder = HeadroomConfig.builder()
                .defaults(defaults)
                .maxRetrievalRounds(maxRetrievalRounds)
                .maxRetrievedUnits(maxRetrievedUnits)
                .retrieveToolEnabled(retrieveToolEnabled)
                .memoMaximumBytes(memoMaximumSize.toBytes())
                .maxInputChars(maxInputChars)
                .workBudget(workBudgetBase, workBudgetPerChar)
                .conversationBudget(budget.toBudget())
                .mode(mode);
        tools.forEach((name, tool) -> builder.tool(name, tool.toSettings(defaults)));
        return builder.build();
    }

    private static CompressionSettings.Builder settings(CompressionSettings.Builder builder, Integer minTokens,
            Integer maxItems, Integer maxLines, Double minSavings, Boolean codeOutline, Boolean textSelection,
            Integer maxResultTokens) {
        if (minTokens != null) {
            builder.minTokens(minTokens);
        }
        if (maxItems != null) {
            builder.maxItems(maxItems);
        }
        if (maxLines != null) {
            builder.maxLines(maxLines);
        }
        if (minSavings != null) {
            builder.minSavings(minSavings);
        }
        if (codeOutline != null) {
            builder.codeOutline(codeOutline);
        }
        if (textSelection != null) {
            builder.textSelection(textSelection);
        }
        if (maxResultTokens != null) {
            builder.maxResultTokens(maxResultTokens);
        }
        return builder;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public Preset getPreset() {
        return preset;
    }

    public void setPreset(Preset preset) {
        this.preset = preset;
    }

    public Integer getMinTokens() {
        return minTokens;
    }

    public void setMinTokens(Integer minTokens) {
        this.minTokens = minTokens;
    }

    public Integer getMaxItems() {
        return maxItems;
    }

    public void setMaxItems(Integer maxItems) {
        this.maxItems = maxItems;
    }

    public Integer getMaxLines() {
        return maxLines;
    }

    public void setMaxLines(Integer maxLines) {
        this.maxLines = maxLines;
    }

    public double getMinSavings() {
        return minSavings;
    }

    public void setMinSavings(double minSavings) {
        this.minSavings = minSavings;
    }

    public boolean isCodeOutline() {
        return codeOutline;
    }

    public void setCodeOutline(boolean codeOutline) {
        this.codeOutline = codeOutline;
    }

    public Boolean getTextSelection() {
        return textSelection;
    }

    public void setTextSelection(Boolean textSelection) {
        this.textSelection = textSelection;
    }

    public int getMaxResultTokens() {
        return maxResultTokens;
    }

    public void setMaxResultTokens(int maxResultTokens) {
        this.maxResultTokens = maxResultTokens;
    }

    public int getMaxRetrievalRounds() {
        return maxRetrievalRounds;
    }

    public void setMaxRetrievalRounds(int maxRetrievalRounds) {
        this.maxRetrievalRounds = maxRetrievalRounds;
    }

    public int getMaxRetrievedUnits() {
        return maxRetrievedUnits;
    }

    public void setMaxRetrievedUnits(int maxRetrievedUnits) {
        this.maxRetrievedUnits = maxRetrievedUnits;
    }

    public boolean isRetrieveToolEnabled() {
        return retrieveToolEnabled;
    }

    public void setRetrieveToolEnabled(boolean retrieveToolEnabled) {
        this.retrieveToolEnabled = retrieveToolEnabled;
    }

    public DataSize getMemoMaximumSize() {
        return memoMaximumSize;
    }

    public void setMemoMaximumSize(DataSize memoMaximumSize) {
        this.memoMaximumSize = memoMaximumSize;
    }

    public int getMaxInputChars() {
        return maxInputChars;
    }

    public void setMaxInputChars(int maxInputChars) {
        this.maxInputChars = maxInputChars;
    }

    public long getWorkBudgetBase() {
        return workBudgetBase;
    }

    public void setWorkBudgetBase(long workBudgetBase) {
        this.workBudgetBase = workBudgetBase;
    }

    public int getWorkBudgetPerChar() {
        return workBudgetPerChar;
    }

    public void setWorkBudgetPerChar(int workBudgetPerChar) {
        this.workBudgetPerChar = workBudgetPerChar;
    }

    public Map<String, Tool> getTools() {
        return tools;
    }

    public List<String> getInclude() {
        return include;
    }

    public void setInclude(List<String> include) {
        this.include = include;
    }

    public List<String> getExclude() {
        return exclude;
    }

    public void setExclude(List<String> exclude) {
        this.exclude = exclude;
    }

    public Store getStore() {
        return store;
    }

    public Budget getBudget() {
        return budget;
    }

    public HeadroomPrices getPrices() {
        return prices;
    }

    /** Settings for one tool; anything left unset is inherited from the global settings. */
    public static class Tool {

        /** Whether this tool's results may be compressed at all. */
        private boolean enabled = true;

        /** Named starting point for this tool's thresholds. Defaults to the global thresholds. */
        private Preset preset;

        /** Results of this tool estimated below this many tokens pass through unchanged. */
        private Integer minTokens;

        /** Most JSON array items kept for this tool. */
        private Integer maxItems;

        /** Most lines kept for this tool. */
        private Integer maxLines;

        /** Share of the size that compression must save for this tool, between 0 and 1. */
        private Double minSavings;

        /** Whether this tool's source code may be reduced to an outline. */
        private Boolean codeOutline;

        /** Whether this tool's prose may be reduced to its most relevant passages. */
        private Boolean textSelection;

        /** Most tokens one result of this tool may take as sent; 0 switches the ceiling off for this tool. */
        private Integer maxResultTokens;

        CompressionSettings toSettings(CompressionSettings defaults) {
            CompressionSettings.Builder builder = defaults.toBuilder().enabled(enabled);
            if (preset != null) {
                builder.preset(preset);
            }
            return settings(builder, minTokens, maxItems, maxLines, minSavings, codeOutline, textSelection,
                    maxResultTokens).build();
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Preset getPreset() {
            return preset;
        }

        public void setPreset(Preset preset) {
            this.preset = preset;
        }

        public Integer getMinTokens() {
            return minTokens;
        }

        public void setMinTokens(Integer minTokens) {
            this.minTokens = minTokens;
        }

        public Integer getMaxItems() {
            return maxItems;
        }

        public void setMaxItems(Integer maxItems) {
            this.maxItems = maxItems;
        }

        public Integer getMaxLines() {
            return maxLines;
        }

        public void setMaxLines(Integer maxLines) {
            this.maxLines = maxLines;
        }

        public Double getMinSavings() {
            return minSavings;
        }

        public void setMinSavings(Double minSavings) {
            this.minSavings = minSavings;
        }

        public Boolean getCodeOutline() {
            return codeOutline;
        }

        public void setCodeOutline(Boolean codeOutline) {
            this.codeOutline = codeOutline;
        }

        public Boolean getTextSelection() {
            return textSelection;
        }

        public void setTextSelection(Boolean textSelection) {
            this.textSelection = textSelection;
        }

        public Integer getMaxResultTokens() {
            return maxResultTokens;
        }

        public void setMaxResultTokens(Integer maxResultTokens) {
            this.maxResultTokens = maxResultTokens;
        }
    }

    /**
     * The conversation budget: once a request's messages pass the trigger, the oldest tool results are sent as a
     * one-line stub with their retrieve hash, in batches, so the provider's prompt cache breaks once per batch.
     */
    public static class Budget {

        /** Whether to clear old tool results once a conversation passes the trigger. */
        private boolean enabled = false;

        /** Tokens of a request's messages above which the oldest tool results are cleared. */
        private long triggerTokens = 100_000;

        /** How many of the most recent tool results are never cleared. */
        private int keepLast = 3;

        /** Fewest tokens one batch clears; also how far below the trigger a batch brings the request. */
        private long minBatchTokens = 20_000;

        /** Names of the tools whose results are never cleared. */
        private List<String> excludedTools = new ArrayList<>();

        ConversationBudget toBudget() {
            return ConversationBudget.builder().enabled(enabled).triggerTokens(triggerTokens).keepLast(keepLast)
                    .minBatchTokens(minBatchTokens).excludeTools(excludedTools).build();
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public long getTriggerTokens() {
            return triggerTokens;
        }

        public void setTriggerTokens(long triggerTokens) {
            this.triggerTokens = triggerTokens;
        }

        public int getKeepLast() {
            return keepLast;
        }

        public void setKeepLast(int keepLast) {
            this.keepLast = keepLast;
        }

        public long getMinBatchTokens() {
            return minBatchTokens;
        }

        public void setMinBatchTokens(long minBatchTokens) {
            this.minBatchTokens = minBatchTokens;
        }

        public List<String> getExcludedTools() {
            return excludedTools;
        }

        public void setExcludedTools(List<String> excludedTools) {
            this.excludedTools = excludedTools;
        }
    }

    /** Where the originals of compressed tool results are kept. */
    public static class Store {

        /** Store for the originals: in-process (caffeine), or shared by every instance (redis). */
        private StoreType type = StoreType.CAFFEINE;

        /** Bound on the memory of all originals held in-process (caffeine store only). */
        private DataSize maximumSize = DataSize.ofMegabytes(256);

        /** How long an original is kept after it was last stored or read (the TTL in Redis). */
        private Duration expireAfterAccess = Duration.ofHours(1);

        private final Redis redis = new Redis();

        public StoreType getType() {
            return type;
        }

        public void setType(StoreType type) {
            this.type = type;
        }

        public DataSize getMaximumSize() {
            return maximumSize;
        }

        public void setMaximumSize(DataSize maximumSize) {
            this.maximumSize = maximumSize;
        }

        public Duration getExpireAfterAccess() {
            return expireAfterAccess;
        }

        public void setExpireAfterAccess(Duration expireAfterAccess) {
            this.expireAfterAccess = expireAfterAccess;
        }

        public Redis getRedis() {
            return redis;
        }
    }

    /** The Redis store; the connection itself is Spring Boot's ({@code spring.data.redis.*}). */
    public static class Redis {

        /** Prefix of every key the store writes. */
        private String keyPrefix = "headroom:";

        /** Largest original, in UTF-8 bytes, kept in Redis; larger tool results are sent uncompressed. */
        private DataSize maximumValueSize = DataSize.ofMegabytes(16);

        /** How long to stop calling Redis after it failed; meanwhile tool results are sent uncompressed. */
        private Duration outageBackoff = Duration.ofSeconds(5);

        public String getKeyPrefix() {
            return keyPrefix;
        }

        public void setKeyPrefix(String keyPrefix) {
            this.keyPrefix = keyPrefix;
        }

        public DataSize getMaximumValueSize() {
            return maximumValueSize;
        }

        public void setMaximumValueSize(DataSize maximumValueSize) {
            this.maximumValueSize = maximumValueSize;
        }

        public Duration getOutageBackoff() {
            return outageBackoff;
        }

        public void setOutageBackoff(Duration outageBackoff) {
            this.outageBackoff = outageBackoff;
        }
    }

    /** Which {@code CompressionStore} keeps the originals. */
    public enum StoreType {
        /** In-process, bounded by bytes; each application instance has its own. */
        CAFFEINE,
        /** Redis via Spring Data Redis; shared by every instance using the same Redis and key prefix. */
        REDIS
    }
}
