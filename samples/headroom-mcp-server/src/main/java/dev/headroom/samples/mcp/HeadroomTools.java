package dev.headroom.samples.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.headroom.CompressionOutcome;
import dev.headroom.Headroom;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.compress.CompressionContext;
import dev.headroom.stats.HeadroomStats;
import dev.headroom.stats.RetrievalOutcome;
import dev.headroom.stats.TokenTotals;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The three tools of the Headroom MCP server, independent of the protocol: {@code headroom_compress},
 * {@code headroom_retrieve} and {@code headroom_stats}, over one shared {@link Headroom} engine and its store.
 *
 * <p>Retrieval is scoped per client session: a session can retrieve only the originals of what it compressed
 * itself (the handles its {@code headroom_compress} calls returned), even when the store is shared (Redis) by many
 * server processes and clients. Any other hash is answered "not found", as the decorators answer a hash that is not
 * of the conversation. A session's handles are forgotten after {@link #SESSION_IDLE} without a call.
 *
 * <p>Retrieval goes through {@link Headroom#retriever()}, which the core marks internal: the core has no public
 * retrieval entry point outside the decorators' loop yet, and this server answers {@code headroom_retrieve} itself.
 *
 * <p>Thread-safe: MCP clients may call tools concurrently.
 */
public final class HeadroomTools {

    /** How long a session's set of handles is kept after its last call. */
    static final Duration SESSION_IDLE = Duration.ofHours(2);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Headroom headroom;
    private final Cache<String, Set<String>> handlesBySession = Caffeine.newBuilder()
            .expireAfterAccess(SESSION_IDLE)
            .maximumSize(10_000)
            .build();

    public HeadroomTools(Headroom headroom) {
        this.headroom = Objects.requireNonNull(headroom, "headroom");
    }

    /**
     * Compresses one tool output as the decorators would compress a tool result.
     *
     * @param session the client session's id
     * @param content the output to compress
     * @param query   what the agent is looking for (kept verbatim where it matches), or {@code null}
     * @param tool    the name of the tool that produced it (per-tool settings, statistics), or {@code null}
     * @return what the model should see instead; it names the hash to retrieve the original by when anything was omitted
     */
    public CompressionOutcome compress(String session, String content, String query, String tool) {
        Objects.requireNonNull(content, "content");
        CompressionContext context = CompressionContext.builder()
                .toolName(blankToNull(tool))
                .userMessage(blankToNull(query))
                .build();
        CompressionOutcome outcome = headroom.compress(content, context);
        outcome.retrievalHandle().ifPresent(handle ->
                handlesBySession.get(session, s -> ConcurrentHashMap.newKeySet()).add(handle));
        return outcome;
    }

    /** Answers a retrieval of one of this session's hashes; any other hash is "not found". */
    public Retrieval retrieve(String session, String hash, String query) {
        if (hash == null || hash.isBlank()) {
            return headroom.retriever().invalidArguments("hash is required");
        }
        Set<String> scope = handlesBySession.getIfPresent(session);
        return headroom.retriever().retrieve(hash.trim(), blankToNull(query), scope == null ? Set.of() : Set.copyOf(scope));
    }

    /** What the engine did since the server started, over all sessions, as JSON. */
    public String stats(String session) {
        HeadroomStats stats = headroom.stats();
        ObjectNode root = JSON.createObjectNode();
        root.set("total", totals(stats.total()));
        ObjectNode kinds = root.putObject("kinds");
        stats.byKind().forEach((kind, totals) -> kinds.set(kind, totals(totals)));
        ObjectNode tools = root.putObject("tools");
        stats.byTool().forEach((tool, totals) -> tools.set(tool, totals(totals)));
        ObjectNode retrievals = root.putObject("retrievals");
        for (Map.Entry<RetrievalOutcome, Long> e : stats.retrievals().entrySet()) {
            retrievals.put(e.getKey().name().toLowerCase(java.util.Locale.ROOT), e.getValue());
        }
        root.put("failOpen", stats.failOpen());
        Set<String> handles = handlesBySession.getIfPresent(session);
        root.put("sessionRetrievableOriginals", handles == null ? 0 : handles.size());
        root.put("store", headroom.store().getClass().getSimpleName());
        return root.toString();
    }

    private static ObjectNode totals(TokenTotals t) {
        ObjectNode node = JSON.createObjectNode();
        node.put("results", t.results());
        node.put("compressed", t.compressed());
        node.put("capped", t.capped());
        node.put("tokensBefore", t.tokensBefore());
        node.put("tokensAfter", t.tokensAfter());
        node.put("tokensSaved", t.saved());
        node.put("losslessSaved", t.losslessSaved());
        node.put("lossySaved", t.lossySaved());
        node.put("savedRatio", t.tokensBefore() == 0 ? 0.0 : Math.round(10_000.0 * t.saved() / t.tokensBefore()) / 10_000.0);
        return node;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
