package dev.headroom.compress.json;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.Corpus;
import dev.headroom.tokens.TokenCounter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Development aid: writes the compressed corpus files to a directory and prints warm timings in thread CPU
 * time (robust on a loaded machine), next to Jackson's {@code readTree} of the same text (the floor).
 * Run: {@code java -cp target/classes:target/test-classes:<deps> dev.headroom.compress.json.JsonCorpusPreview [CORPUS [OUT]]}.
 * Without {@code CORPUS} it uses the shared corpus beside the checkout ({@link Corpus#dir()}); a clone without
 * one gets a message and exit code 2, not a stack trace. Not a test: nothing runs it in the build.
 */
public final class JsonCorpusPreview {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path corpus = args.length > 0 ? Path.of(args[0]) : Corpus.dir();
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.err.println("JsonCorpusPreview: no corpus directory (shared/corpus is not beside this checkout);"
                    + " pass one as the first argument");
            System.exit(2);
        }
        Path out = Path.of(args.length > 1 ? args[1] : "target/json-preview");
        Files.createDirectories(out);
        JsonCompressor compressor = new JsonCompressor();
        TokenCounter o200k = TokenCounter.o200k();
        CompressionContext context = CompressionContext.builder().handle(JsonCorpusTest.HANDLE).build();
        try (var files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String content = Files.readString(file);
                CompressionResult result = null;
                for (int i = 0; i < 30; i++) {
                    result = compressor.compress(content, context);
                }
                ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
                int runs = 20;
                long start = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < runs; i++) {
                    result = compressor.compress(content, context);
                }
                double ms = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / runs;
                for (int i = 0; i < 30; i++) {
                    MAPPER.readTree(content);
                }
                start = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < runs; i++) {
                    MAPPER.readTree(content);
                }
                double floor = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / runs;
                Files.writeString(out.resolve(file.getFileName()), result.output());
                System.out.printf("%-52s %7d -> %6d tokens  %-14s %7.2f ms cpu (readTree %5.2f ms, %d KB)%n",
                        file.getFileName(), o200k.count(content), o200k.count(result.output()), result.strategy(), ms,
                        floor, content.length() / 1024);
            }
        }
    }
}
