package dev.headroom.stats;

/** How a {@code headroom_retrieve} call was answered. */
public enum RetrievalOutcome {
    /** The whole original was returned. */
    FOUND,
    /** The items or lines matching the query were returned. */
    QUERY_MATCHED,
    /** A query was given but nothing matched; the model was told so. */
    QUERY_NO_MATCH,
    /**
     * The handle is not one of this conversation's (foreign, guessed or mistyped); the model was told there is
     * no content with that hash in this conversation.
     */
    NOT_FOUND,
    /**
     * The handle is one of this conversation's, but the store no longer holds its original (expired or
     * evicted since an earlier request); the model was told so. Never happens within the request that sent
     * the handle: the decorators answer those from the request's own originals.
     */
    EXPIRED,
    /** The call's arguments were malformed (no hash, not JSON). */
    INVALID_ARGUMENTS,
    /** The retrieval-round limit was reached; the model was told to answer with what it has. */
    LIMIT_REACHED,
    /** The store failed (e.g. Redis down); the model was told the content is unavailable. */
    STORE_ERROR
}
