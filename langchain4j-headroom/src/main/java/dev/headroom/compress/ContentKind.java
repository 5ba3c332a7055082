package dev.headroom.compress;

/**
 * What a tool result contains, as far as compression is concerned. Detection ({@link ContentDetector})
 * picks one kind per tool result; the router hands it to the compressor registered for that kind.
 */
public enum ContentKind {
    /** A JSON document (bare array, object, or an envelope around arrays). */
    JSON,
    /** Log lines (timestamps, levels, stack traces). */
    LOG,
    /** Search results in {@code path:line:text} form (grep, ripgrep), with or without context lines. */
    SEARCH,
    /** A unified diff ({@code git diff}, {@code diff -u}). */
    DIFF,
    /**
     * A table: CSV/TSV, whitespace-aligned columns under a header ({@code kubectl get}, {@code docker ps},
     * {@code ps aux}, {@code df}), psql/mysql box tables, and listings ({@code ls -l}, {@code ls -laR},
     * {@code dpkg -l}).
     */
    TABLE,
    /** Build or test-runner output (Maven, Gradle, pytest, jest, go test, cargo). */
    BUILD,
    /** Source code. */
    CODE,
    /** Markdown or plain prose. */
    TEXT,
    /** HTML markup. */
    HTML,
    /**
     * Line-oriented output of no other kind ({@code git log --stat}, tool listings, dependency trees): neither
     * prose nor code; compressed by line templates, rare lines kept.
     */
    LINES,
    /** Anything else: passed through unchanged. */
    UNKNOWN
}
