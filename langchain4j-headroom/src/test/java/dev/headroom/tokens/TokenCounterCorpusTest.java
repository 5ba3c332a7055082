package dev.headroom.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the accuracy figures in {@link TokenCounter#estimating()}'s javadoc true: measured on the shared
 * corpus against o200k_base. A change of the estimator or of the corpus that moves them fails here, so the
 * javadoc is updated with it.
 */
class TokenCounterCorpusTest {

    /** The documented per-file range of estimate / exact. */
    static final double MIN_RATIO = 0.60;
    static final double MAX_RATIO = 1.41;

    static Stream<Path> corpus() {
        return Corpus.filesOrAbsent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void should_estimate_within_the_documented_range_when_counting_a_corpus_file(Path file) throws IOException {
        Corpus.assumePresent();
        // given
        String text = Files.readString(file, StandardCharsets.UTF_8);

        // when
        double ratio = (double) TokenCounter.estimating().count(text) / TokenCounter.o200k().count(text);

        // then (rounded as documented, to two decimals)
        assertThat(Math.round(ratio * 100) / 100.0).as("%s: estimate / o200k", file.getFileName())
                .isBetween(MIN_RATIO, MAX_RATIO);
    }

    @Test
    void should_estimate_the_whole_corpus_at_the_documented_share() throws IOException {
        Corpus.assumePresent();
        // given
        long estimated = 0;
        long exact = 0;
        try (Stream<Path> files = Corpus.filesOrAbsent()) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                estimated += TokenCounter.estimating().count(text);
                exact += TokenCounter.o200k().count(text);
            }
        }

        // then
        assertThat(Math.round(100.0 * estimated / exact) / 100.0).isEqualTo(0.93);
    }
}
