package dev.headroom.relevance;

/**
 * The figures of the documents for one question ({@link Bm25}): per document the frequencies of the entries it holds
 * ({@code id, count} pairs by ascending id, {@link DocumentSink#frequencies}; {@code null}: none), per entry how many
 * documents hold it, and per question word the ids of its forms.
 */
record QueryIndex(WantedTerms wanted, int[][] formIds, int[][] termFrequencies, int[] lengths,
                  int[] documentFrequencies, double averageLength) {

    /** Frequency of entry {@code id} in document {@code i}. */
    int tf(int i, int id) {
        int[] doc = termFrequencies[i];
        if (doc == null || id < 0) {
            return 0;
        }
        for (int k = 0; k < doc.length && doc[k] <= id; k += 2) {
            if (doc[k] == id) {
                return doc[k + 1];
            }
        }
        return 0;
    }

    int df(int id) {
        return id < 0 ? 0 : documentFrequencies[id];
    }

    /** Whether a word's only entries are itself and its alias entry, and no document holds the latter. */
    boolean singleLookup(int[] forms) {
        return forms.length == 2 && df(forms[1]) == 0;
    }

    /** Documents holding any of the forms. */
    int countMatching(int[] forms) {
        int count = 0;
        for (int i = 0; i < termFrequencies.length; i++) {
            for (int form : forms) {
                if (tf(i, form) > 0) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** BM25's term-frequency saturation with length normalization, for document {@code i}. */
    double saturation(int tf, int i) {
        double norm = averageLength == 0.0 ? 1.0 : lengths[i] / averageLength;
        return (tf * (Bm25.K1 + 1)) / (tf + Bm25.K1 * (1 - Bm25.B + Bm25.B * norm));
    }
}
