package dev.headroom.tokens;

import dev.langchain4j.model.TokenCountEstimator;
import java.util.Objects;

/**
 * Counts (or estimates) the tokens of a text. Headroom decides on the request path with a cheap
 * estimate ({@link #estimating()}): exact tokenization of a 300 KB tool result costs more than compressing
 * it. Exact counters ({@link #o200k()}) are for statistics off the hot path and for benchmarks.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface TokenCounter {

    int count(String text);

    /**
     * A character-based estimate: {@code ceil(chars / 3.6)}, calibrated on the project's corpus of 21 real tool
     * outputs (JSON, logs, code, diffs, search results, prose) against o200k_base. Measured there
     * ({@code TokenCounterCorpusTest}): 0.93 × the exact count in total, and between 0.60 × and 1.41 × per
     * file. It under-counts text dense with numbers, ids and punctuation (a BGL log: 0.60 ×; small JSON lists:
     * 0.69 ×) and over-counts indented JSON and prose (pretty-printed AWS JSON: 1.41 ×; a licence text:
     * 1.31 ×). Good enough for thresholds and budgets; use {@link #o200k()} where the figure is reported.
     */
    static TokenCounter estimating() {
        return CharsPerTokenEstimator.DEFAULT;
    }

    /** A character-based estimate with the given average number of characters per token. */
    static TokenCounter estimating(double charsPerToken) {
        return new CharsPerTokenEstimator(charsPerToken);
    }

    /** Exact counts with jtokkit's o200k_base encoding (GPT-4o and later). */
    static TokenCounter o200k() {
        return JtokkitTokenCounter.o200k();
    }

    /** Adapts any LangChain4j {@link TokenCountEstimator} (e.g. a provider's own tokenizer). */
    static TokenCounter from(TokenCountEstimator estimator) {
        Objects.requireNonNull(estimator, "estimator");
        return estimator::estimateTokenCountInText;
    }
}
