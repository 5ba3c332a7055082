package dev.headroom.compress.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.tokens.TokenCounter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the JSON compressor over the shared corpus ({@code ../../shared/corpus}, present beside the checkout
 * in CI and on the development machine; skipped otherwise) and compares with the Python original's router
 * output ({@code comp_tokens} in {@code ../../shared/baselines/headroom-py-0.2.13/results.tsv}).
 */
class JsonCorpusTest {

    static final Path CORPUS = Path.of("../../shared/corpus");
    static final Path BASELINE = Path.of("../../shared/baselines/headroom-py-0.2.13/results.tsv");
    static final String HANDLE = "0123456789abcdef01234567";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonCompressor compressor = new JsonCompressor();
    private final TokenCounter o200k = TokenCounter.o200k();

    @Test
    void should_beat_the_python_original_on_every_corpus_json_file_while_keeping_valid_json() throws IOException {
        // given
        Assumptions.assumeTrue(Files.isDirectory(CORPUS) && Files.exists(BASELINE), "shared corpus not present");
        Map<String, Integer> python = pythonTokens();
        CompressionContext context = CompressionContext.builder().handle(HANDLE)
                .settings(CompressionSettings.defaults()).build();
        List<String> rows = new ArrayList<>();
        List<String> worse = new ArrayList<>();
        rows.add(String.format("%-52s %8s %8s %8s %6s %8s %s", "file", "tokens", "lossless", "output", "ratio", "python", "strategy"));

        // when
        try (var files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                long start = System.nanoTime();
                CompressionResult result = compressor.compress(content, context);
                long micros = (System.nanoTime() - start) / 1000;
                int before = o200k.count(content);
                int after = o200k.count(result.output());
                int lossless = result.lossy()
                        ? o200k.count(NodeWriter.write(NodeParser.parse(content), Map.of(), HANDLE, true).json())
                        : after;
                String name = file.getFileName().toString();
                Integer py = python.get(name);
                rows.add(String.format("%-52s %8d %8d %8d %6.3f %8s %s (%d us)", name, before, lossless, after,
                        (double) after / before, py, result.strategy(), micros));

                // then: valid JSON, every error item still visible, never above the Python original
                assertThat(isJson(result.output())).as(name + " stays valid JSON").isTrue();
                List<JsonNode> visible = new ArrayList<>();
                collect(JsonTestSupport.expand(JsonTestSupport.tree(result.output())), visible);
                for (JsonNode error : errorItems(content)) {
                    assertThat(visible).as(name + " keeps error item " + error).contains(error);
                }
                if (py != null && after > py) {
                    worse.add(name + ": " + after + " > " + py);
                }
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

    static boolean isJson(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, Integer> pythonTokens() throws IOException {
        Map<String, Integer> tokens = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(BASELINE);
        List<String> header = List.of(lines.get(0).split("\t"));
        int file = header.indexOf("file");
        int comp = header.indexOf("comp_tokens");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            tokens.put(cells[file], Integer.parseInt(cells[comp]));
        }
        return tokens;
    }
}
