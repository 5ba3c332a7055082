package dev.headroom.compress.json;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.tokens.TokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: writes the compressed corpus files to a directory and prints timings (warm). */
public final class JsonCorpusPreview {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../../shared/corpus");
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
                long start = System.nanoTime();
                int runs = 20;
                for (int i = 0; i < runs; i++) {
                    result = compressor.compress(content, context);
                }
                double ms = (System.nanoTime() - start) / 1e6 / runs;
                Files.writeString(out.resolve(file.getFileName()), result.output());
                System.out.printf("%-52s %7d -> %6d tokens  %-14s %7.2f ms (%d KB)%n", file.getFileName(),
                        o200k.count(content), o200k.count(result.output()), result.strategy(), ms, content.length() / 1024);
            }
        }
    }
}
