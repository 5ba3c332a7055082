package dev.headroom.internal.retrieval;

import dev.headroom.ccr.RetrieveTool;

/** The fixed wording of retrieval answers the model reads. Short, final, and never inviting a retry loop. */
final class Answers {

    private Answers() {}

    static String notFound() {
        return "[headroom: no content with that hash in this conversation; do not retry this hash]";
    }

    /** The handle was sent in this conversation, but the store no longer holds its original. */
    static String expired() {
        return "[headroom: the original of that hash is no longer kept (expired or evicted); answer with what you have and"
                + " do not retry this hash]";
    }

    static String storeError() {
        return "[headroom: the original is temporarily unavailable; answer with what you have and do not retry]";
    }

    static String noMatch(int total, String query) {
        return "[headroom: none of the " + total + " items or lines match query=\"" + query
                + "\"; call " + RetrieveTool.NAME + " without query for the whole original]";
    }

    static String matched(int shown, int total, String query) {
        return "[headroom: " + shown + " of " + total + " items or lines best matching query=\"" + query + "\", best first]";
    }

    static String limitReached() {
        return "[headroom: retrieval limit reached for this request; answer with what you have]";
    }

    static String invalidArguments(String problem) {
        return "[headroom: " + problem + "]";
    }
}
