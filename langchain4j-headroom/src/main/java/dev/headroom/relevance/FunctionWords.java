package dev.headroom.relevance;

import java.util.Set;

/**
 * The English words a question is built with rather than about ({@code which}, {@code is}, {@code the}, {@code did}):
 * they match the words around every log line's facts, so a line of prose that shares five of them with the question
 * ("the timeout period elapsed prior to completion of the operation or the server is not responding") would outrank
 * the one line holding the {@code 500} it asks about. {@link Bm25} weighs them at {@link #WEIGHT}
 * (not zero: asked "is it up?", {@code up} alone should not decide). Words that can carry a fact in tool output are
 * not function words: {@code not}, {@code no}, {@code out}, {@code up}, {@code down}, {@code on}, {@code all},
 * {@code may}, {@code am}, {@code us}. Stateless.
 */
final class FunctionWords {

    /** Weight of a function word in a question, relative to any other word. */
    static final double WEIGHT = 0.25;

    private static final Set<String> WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "into", "at",
            "by", "for", "from", "with", "about", "as", "than", "then", "so", "if", "is", "are", "was", "were", "be", "been",
            "being", "do", "does", "did", "has", "have", "had", "it", "its", "this", "that", "these", "those", "there",
            "here", "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "i", "me", "my", "we", "our",
            "you", "your", "they", "them", "their", "he", "she", "his", "her", "some", "can", "could", "would", "should",
            "will", "shall", "might", "must", "just", "also", "very", "please");

    private FunctionWords() {}

    /** Whether a lowercase term is a function word of a question. */
    static boolean contains(String lower) {
        return lower.length() <= 6 && WORDS.contains(lower);
    }
}
