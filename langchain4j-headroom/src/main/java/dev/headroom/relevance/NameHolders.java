package dev.headroom.relevance;

/** Which documents hold a name the question gives, for {@link Bm25}. Stateless. */
final class NameHolders {

    private NameHolders() {}

    /**
     * The documents holding, as written, a name the query gives: an id, version, path, file or identifier name
     * ({@link Terms#isName}) that at most {@code limit} documents and not most of them hold, also inside a longer identifier
     * ({@code orders-worker} in pod {@code orders-worker-7f9c4}, {@code legacy-checkout} in branch
     * {@code chore/drop-legacy-checkout}; see {@link Terms#holdsAny}). The question named them, so each qualifies
     * whatever else of the query it matches: asked about request {@code 01HF3XK9QZ} and a conflict, the
     * request's first line qualifies beside its {@code 409} line, which also matches "conflict".
     */
    static boolean[] of(Documents documents, String query, int limit) {
        int n = documents.size();
        boolean[] holders = new boolean[n];
        boolean[] holdersOfName = new boolean[n];
        Documents.Reading reading = documents.reading();
        for (String name : Terms.names(query)) {
            int df = 0;
            for (int i = 0; i < n; i++) {
                holdersOfName[i] = reading.holds(i, name);
                df += holdersOfName[i] ? 1 : 0;
            }
            if (df == 0 || df > limit || df * 2 > n && n > 2) {
                continue; // held by most documents (the directory a diff -r compares): selects nothing
            }
            for (int i = 0; i < holders.length; i++) {
                holders[i] |= holdersOfName[i];
            }
        }
        return holders;
    }
}
