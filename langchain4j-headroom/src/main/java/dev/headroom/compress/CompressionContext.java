package dev.headroom.compress;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a compressor may look at besides the content itself. Per DESIGN.md invariant 2 this holds
 * only what <em>precedes</em> the tool result in the conversation (the tool call's name and arguments
 * and the last user message before the call), the handle under which the original is stored and the
 * settings in force. It never carries the current turn, a clock or any other changing state, so the
 * compressed form of a tool result is stable across turns.
 *
 * <p>Immutable and thread-safe, but for the {@link #budget() work budget} it carries, which counts the work
 * of the one compression it is given to.
 */
public final class CompressionContext {

    private final @Nullable String toolName;
    private final @Nullable String toolArguments;
    private final @Nullable String userMessage;
    private final String handle;
    private final CompressionSettings settings;
    private final WorkBudget budget;

    private CompressionContext(Builder builder) {
        this.toolName = builder.toolName;
        this.toolArguments = builder.toolArguments;
        this.userMessage = builder.userMessage;
        this.handle = builder.handle == null ? "" : builder.handle;
        this.settings = builder.settings == null ? CompressionSettings.defaults() : builder.settings;
        this.budget = builder.budget == null ? WorkBudget.unlimited() : builder.budget;
    }

    /** The name of the tool that produced the content, or {@code null} when unknown. */
    public @Nullable String toolName() {
        return toolName;
    }

    /** The tool call's arguments as the model sent them (usually JSON), or {@code null}. */
    public @Nullable String toolArguments() {
        return toolArguments;
    }

    /** The text of the last user message before the tool call, or {@code null}. */
    public @Nullable String userMessage() {
        return userMessage;
    }

    /**
     * The handle under which the original is retrievable with {@code headroom_retrieve(hash=...)}; a
     * compressor that omits anything must show it in its disclosure. Empty when no handle applies.
     */
    public String handle() {
        return handle;
    }

    /** The settings in force for this tool result. */
    public CompressionSettings settings() {
        return settings;
    }

    /**
     * The work budget of this compression ({@link WorkBudget#unlimited()} unless the engine set one): charge it
     * in main loops. It is per-call bookkeeping, not an input, so it takes no part in {@link #equals}.
     */
    public WorkBudget budget() {
        return budget;
    }

    /**
     * The query text relevance scoring uses: the tool call's arguments and the last user message,
     * joined by a newline. Empty when neither is known.
     */
    public String query() {
        StringBuilder sb = new StringBuilder();
        if (toolArguments != null && !toolArguments.isBlank()) {
            sb.append(toolArguments);
        }
        if (userMessage != null && !userMessage.isBlank()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(userMessage);
        }
        return sb.toString();
    }

    public static CompressionContext empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .toolName(toolName)
                .toolArguments(toolArguments)
                .userMessage(userMessage)
                .handle(handle)
                .settings(settings)
                .budget(budget);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CompressionContext that)) return false;
        return Objects.equals(toolName, that.toolName)
                && Objects.equals(toolArguments, that.toolArguments)
                && Objects.equals(userMessage, that.userMessage)
                && handle.equals(that.handle)
                && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(toolName, toolArguments, userMessage, handle, settings);
    }

    @Override
    public String toString() {
        return "CompressionContext{toolName=" + toolName + ", handle=" + handle + ", settings=" + settings + "}";
    }

    public static final class Builder {
        private @Nullable String toolName;
        private @Nullable String toolArguments;
        private @Nullable String userMessage;
        private @Nullable String handle;
        private @Nullable CompressionSettings settings;
        private @Nullable WorkBudget budget;

        private Builder() {}

        public Builder toolName(@Nullable String toolName) {
            this.toolName = toolName;
            return this;
        }

        public Builder toolArguments(@Nullable String toolArguments) {
            this.toolArguments = toolArguments;
            return this;
        }

        public Builder userMessage(@Nullable String userMessage) {
            this.userMessage = userMessage;
            return this;
        }

        public Builder handle(@Nullable String handle) {
            this.handle = handle;
            return this;
        }

        public Builder settings(@Nullable CompressionSettings settings) {
            this.settings = settings;
            return this;
        }

        /** The work budget compressors charge; {@code null} means {@link WorkBudget#unlimited()}. */
        public Builder budget(@Nullable WorkBudget budget) {
            this.budget = budget;
            return this;
        }

        public CompressionContext build() {
            return new CompressionContext(this);
        }
    }
}
