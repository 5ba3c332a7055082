package dev.headroom.internal.retrieval;

import dev.headroom.stats.RetrievalOutcome;
import java.util.Objects;

/**
 * The answer to one {@code headroom_retrieve} call: the text for the tool result message and how it was
 * answered. Never an exception: misses and errors are answered in words the model can act on.
 */
public record Retrieval(RetrievalOutcome outcome, String text) {

    public Retrieval {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(text, "text");
    }
}
