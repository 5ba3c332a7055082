package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Corpus;
import dev.headroom.tokens.TokenCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the JSON compressor over the shared corpus (found by {@link Corpus}: {@code shared/} beside the
 * checkout; skipped when absent) with the default settings and an empty query, and compares o200k tokens
 * with the Python original's router output ({@code comp_tokens} in its {@code results.tsv}). Prints the table.
 */
class JsonCorpusTest {

    static final String HANDLE = "0123456789abcdef01234567";

    private final JsonCompressor compressor = new JsonCompressor();
    private final TokenCounter o200k = TokenCounter.o200k();

    @Test
    void should_do_at_least_as_well_as_the_python_original_on_every_corpus_json_file_keeping_errors_and_valid_json() {
        // given
        Corpus.assumePresent();
        List<Path> files = Corpus.files().stream().filter(f -> f.getFileName().toString().endsWith(".json")).toList();
        Map<String, int[]> python = Corpus.pythonTokens();
        CompressionContext context = CompressionContext.builder().handle(HANDLE)
                .settings(CompressionSettings.defaults()).build();
        List<String> rows = new ArrayList<>();
        List<String> worse = new ArrayList<>();
        rows.add(String.format("%-52s %7s %8s %7s %6s %7s  %s", "file", "tokens", "lossless", "output", "ratio",
                "python", "strategy"));

        for (Path file : files) {
            String content = Corpus.read(file);
            String name = file.getFileName().toString();

            // when
            CompressionResult result = compressor.compress(content, context);

            // then: valid JSON, every error item still visible, never above the Python original
            int before = o200k.count(content);
            int after = o200k.count(result.output());
            int lossless = result.lossy()
                    ? o200k.count(NodeWriter.lossless().write(NodeParser.parse(content)).json())
                    : after;
            Node root = NodeParser.parse(content);
            assertThat(NodeWriter.lossless().length(root)).as(name + " exact lossless length")
                    .isEqualTo(NodeWriter.lossless().write(root).json().length());
            int[] py = python.get(name);
            rows.add(String.format("%-52s %7d %8d %7d %6.3f %7s  %s", name, before, lossless, after,
                    (double) after / before, py == null ? "-" : Integer.toString(py[1]), result.strategy()));
            assertThat(JsonTestSupport.isValidJson(result.output())).as(name + " stays valid JSON").isTrue();
            List<JsonNode> visible = new ArrayList<>();
            collect(JsonTestSupport.expand(JsonTestSupport.tree(result.output())), visible);
            for (JsonNode error : errorItems(content)) {
                assertThat(visible).as(name + " keeps error item " + error).contains(error);
            }
            if (py != null && after > py[1]) {
                worse.add(name + ": " + after + " > " + py[1]);
            }
        }
        System.out.println(String.join("\n", rows));
        assertThat(worse).as("files where the Python original did better").isEmpty();
    }

    /** Every item of every array in the document that {@link ErrorItems} flags, as exact trees. */
    static List<JsonNode> errorItems(String content) {
        List<JsonNode> found = new ArrayList<>();
        collectErrors(NodeParser.parse(content), new ErrorItems(), found);
        return found;
    }

    private static void collectErrors(Node node, ErrorItems errors, List<JsonNode> found) {
        for (Node child : node.children) {
            if (node.isArray() && errors.isError(child)) {
                found.add(JsonTestSupport.tree(NodeWriter.minified(child)));
            } else if (child.isContainer()) {
                collectErrors(child, errors, found);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        out.add(node);
        node.forEach(child -> collect(child, out));
    }
}
