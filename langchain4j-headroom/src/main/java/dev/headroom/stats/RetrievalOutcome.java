package dev.headroom.stats;

/** How a {@code headroom_retrieve} call was answered. */
public enum RetrievalOutcome {
    /** The whole original was returned. */
    FOUND,
    /** The items or lines matching the query were returned. */
    QUERY_MATCHED,
    /** A query was given but nothing matched; the model was told so. */
    QUERY_NO_MATCH,
    /** No content with that handle in this conversation (evicted, expired, foreign or guessed). */
    NOT_FOUND,
    /** The call's arguments were malformed (no hash, not JSON). */
    INVALID_ARGUMENTS,
    /** The retrieval-round limit was reached; the model was told to answer with what it has. */
    LIMIT_REACHED,
    /** The store failed (e.g. Redis down); the model was told the content is unavailable. */
    STORE_ERROR
}
