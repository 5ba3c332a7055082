package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ccr.Handles;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.stats.RetrievalOutcome;
import dev.headroom.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The per-result ceiling's promise, on seeded inputs of every kind ({@link CeilingInputs}) through the real engine
 * and the real retrieval path: what is sent for one tool result is within {@code maxResultTokens} (the engine's
 * counter), plus one closing disclosure line when it was cut; a result that was cut, or lost anything, gives back
 * its exact original on {@code headroom_retrieve(hash)}; kept lines are the input's as written; the same input and
 * settings give the same bytes. Ceilings from 1 token to the default, one of them per tool ({@code read_file}
 * gets a quarter of the default), with the chars-per-token estimate and, on every fourth case, exact o200k counts.
 *
 * <pre>
 * mvn -B -o -pl langchain4j-headroom test -Dtest=CeilingPropertyTest -Dheadroom.ceiling.cases=5000
 * </pre>
 */
class CeilingPropertyTest {

    private static final long SEED = 0xCE11_0001L;
    private static final int CASES = Integer.getInteger("headroom.ceiling.cases", 240);
    private static final int[] CEILINGS = {1, 60, 400, 2_000, CompressionSettings.DEFAULT_MAX_RESULT_TOKENS};
    private static final String[] TOOLS = {"read_file", "search", "fetch", null};
    /** Kept lines are checked against the original up to this many per case (each check scans the original). */
    private static final int LINES_CHECKED = 40;

    private final Map<String, Headroom> engines = new HashMap<>();

    @Test
    void should_send_at_most_the_ceiling_plus_one_marker_line_and_retrieve_the_original() {
        // given
        SplittableRandom seeds = new SplittableRandom(SEED);
        List<String> failures = new ArrayList<>();
        int capped = 0;

        for (int i = 0; i < CASES; i++) {
            long seed = seeds.nextLong();
            SplittableRandom r = new SplittableRandom(seed);
            CeilingInputs.Input input = CeilingInputs.next(r);
            int ceiling = CEILINGS[r.nextInt(CEILINGS.length)];
            boolean exact = i % 4 == 0;
            CompressionContext context = context(r);

            // when
            List<String> violations = new ArrayList<>();
            CompressionOutcome outcome = check(input.content(), context, ceiling, exact, violations);

            // then (collected: every failing case is reported with its seed)
            capped += outcome != null && outcome.capped() ? 1 : 0;
            if (!violations.isEmpty()) {
                failures.add(String.format("case %d seed 0x%x ceiling %d %s [%s]: %s", i, seed, ceiling,
                        exact ? "o200k" : "estimate", input.recipe(), violations));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(capped).as("cases cut to the ceiling").isGreaterThan(CASES / 3);
    }

    private CompressionOutcome check(String content, CompressionContext context, int ceiling, boolean exact,
                                     List<String> violations) {
        Headroom engine = engine(ceiling, exact, true);
        TokenCounter counter = engine.tokenCounter();
        int max = engine.config().settingsFor(context.toolName()).maxResultTokens();
        CompressionOutcome outcome;
        CompressionOutcome fresh;
        try {
            outcome = engine.compress(content, context);
            fresh = engine(ceiling, exact, false).compress(new String(content.toCharArray()), context);
        } catch (Throwable t) {
            violations.add("compress threw " + t);
            return null;
        }
        String text = outcome.text();
        if (outcome.capped()) {
            String body = text.substring(0, text.lastIndexOf('\n') + 1);
            String marker = text.substring(body.length());
            if (counter.count(body) > max) {
                violations.add("capped body of " + counter.count(body) + " tokens");
            }
            if (counter.count(text) > max + counter.count(marker)) {
                violations.add("capped output of " + counter.count(text) + " tokens, marker " + counter.count(marker));
            }
            if (!marker.startsWith("[headroom: ") || !marker.contains("hash=" + outcome.handle())) {
                violations.add("no closing disclosure line: " + marker);
            }
            String[] lines = body.split("\r?\n");
            for (int k = 0; k < Math.min(LINES_CHECKED, lines.length); k++) {
                if (!lines[k].startsWith("… ") && !content.contains(lines[k])) {
                    violations.add("a kept line is not the input's: " + lines[k]);
                }
            }
        } else if (counter.count(text) > max) {
            // allowed only where cutting would not have made it smaller: within the ceiling plus the marker it would need
            String marker = ResultCeiling.longestMarker(content, max, Handles.of(content));
            if (counter.count(text) > max + counter.count(marker)) {
                violations.add("sent " + counter.count(text) + " tokens uncut (" + outcome.strategy() + ")");
            }
        }
        if (!fresh.text().equals(text) || fresh.lossy() != outcome.lossy()) {
            violations.add("a fresh engine gave other bytes (" + fresh.strategy() + " vs " + outcome.strategy() + ")");
        }
        if (outcome.lossy()) {
            checkRetrieval(engine, content, outcome, violations);
        }
        return outcome;
    }

    private static void checkRetrieval(Headroom engine, String content, CompressionOutcome outcome, List<String> violations) {
        String handle = outcome.handle();
        Retrieval whole = engine.retriever().retrieve(handle, null, Set.of(handle));
        if (whole.outcome() != RetrievalOutcome.FOUND || !whole.text().equals(content)) {
            violations.add("retrieve(hash) did not give the original back (" + whole.outcome() + ")");
        }
        if (content.length() <= 100_000) {
            Retrieval queried = engine.retriever().retrieve(handle, "ledger failed timeout", Set.of(handle));
            if (queried.outcome() != RetrievalOutcome.QUERY_MATCHED && queried.outcome() != RetrievalOutcome.QUERY_NO_MATCH) {
                violations.add("retrieve(hash, query) answered " + queried.outcome());
            }
        }
    }

    /** One engine per ceiling and counter: {@code read_file} has a quarter of the default ceiling. */
    private Headroom engine(int ceiling, boolean exact, boolean memo) {
        return engines.computeIfAbsent(ceiling + "/" + exact + "/" + memo, k -> Headroom.builder()
                .tokenCounter(exact ? TokenCounter.o200k() : TokenCounter.estimating())
                .config(HeadroomConfig.builder()
                        .defaults(CompressionSettings.defaults().toBuilder().maxResultTokens(ceiling).build())
                        .tool("read_file", CompressionSettings.defaults().toBuilder()
                                .maxResultTokens(Math.max(1, ceiling / 4)).build())
                        .memoMaximumBytes(memo ? HeadroomConfig.DEFAULT_MEMO_MAXIMUM_BYTES : 0)
                        .build())
                .build());
    }

    private static CompressionContext context(SplittableRandom r) {
        String tool = TOOLS[r.nextInt(TOOLS.length)];
        String arguments = r.nextBoolean() ? "{\"path\":\"src/" + CeilingInputs.word(r).replace("\"", "") + ".java\"}" : null;
        String user = r.nextBoolean() ? "why did the " + CeilingInputs.word(r) + " job fail?" : null;
        return CompressionContext.builder().toolName(tool).toolArguments(arguments).userMessage(user).build();
    }
}
