package dev.headroom.relevance;

/** Counts one document's terms, and the frequencies of the wanted entries (by id; null while none). */
final class DocumentSink implements Terms.Sink {
    private final WantedTerms wanted;
    int[] tf;
    int length;

    DocumentSink(WantedTerms wanted) {
        this.wanted = wanted;
    }

    void reset() {
        tf = null;
        length = 0;
    }

    @Override
    public void asWritten(int id) {
        length++;
        count(id);
    }

    @Override
    public void term(String term, boolean alias) {
        if (!alias) {
            length++;
        }
        count(wanted.idOf(alias ? Bm25.ALIAS + term : term));
    }

    private void count(int id) {
        if (id >= 0) {
            if (tf == null) {
                tf = new int[wanted.size()];
            }
            tf[id]++;
        }
    }
}
