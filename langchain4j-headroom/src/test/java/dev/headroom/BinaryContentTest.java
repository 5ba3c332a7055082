package dev.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.ccr.CaffeineCompressionStore;
import dev.headroom.compress.CompressionContext;
import dev.headroom.internal.retrieval.Retrieval;
import dev.headroom.stats.RetrievalOutcome;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tool that returns a file's bytes: one short, retrievable line instead of the bytes decoded as text. */
class BinaryContentTest {

    private static final CompressionContext CONTEXT = CompressionContext.builder().toolName("read_file").build();

    /** {@code header} followed by seeded random bytes, decoded as UTF-8 the way an HTTP client or tool would. */
    private static String decoded(byte[] header, int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"png,PNG image", "pdf,PDF document", "elf,ELF executable", "gif,GIF image", "jpeg,JPEG image", "none,"})
    void should_replace_binary_by_one_retrievable_line_when_a_tool_returns_file_bytes(String format, String type) {
        // given a 200 KB file's bytes decoded as UTF-8
        byte[] header = switch (format) {
            case "png" -> bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
            case "pdf" -> "%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII);
            case "elf" -> bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0);
            case "gif" -> "GIF89a".getBytes(StandardCharsets.US_ASCII);
            case "jpeg" -> bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0);
            default -> new byte[0];
        };
        String content = decoded(header, 200_000);
        Headroom headroom = Headroom.create();

        // when
        CompressionOutcome outcome = headroom.compress(content, CONTEXT);

        // then: one short line, type named when the magic bytes survived, and the exact text retrievable
        assertThat(outcome.strategy()).isEqualTo("binary");
        assertThat(outcome.lossy()).isTrue();
        assertThat(outcome.text()).startsWith("[headroom: binary content omitted: ").doesNotContain("\n")
                .contains(String.format(java.util.Locale.ROOT, "%,d chars", content.length()))
                .contains("hash=" + outcome.handle());
        assertThat(outcome.text().length()).isLessThan(300);
        if (type != null) {
            assertThat(outcome.text()).contains("likely " + type);
        } else {
            assertThat(outcome.text()).doesNotContain("likely");
        }
        Retrieval retrieval = headroom.retriever().retrieve(outcome.handle(), null, Set.of(outcome.handle()));
        assertThat(retrieval.outcome()).isEqualTo(RetrievalOutcome.FOUND);
        assertThat(retrieval.text()).isEqualTo(content);
    }

    @Test
    void should_name_archives_when_a_tool_returns_zip_or_gzip_bytes() throws Exception {
        // given real archives of incompressible data
        byte[] noise = new byte[50_000];
        new Random(7).nextBytes(noise);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("app/Main.class"));
            out.write(noise);
        }
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(noise);
        }
        Headroom headroom = Headroom.create();

        // when
        String zipLine = headroom.compress(new String(zip.toByteArray(), StandardCharsets.UTF_8), CONTEXT).text();
        String gzipLine = headroom.compress(new String(gzip.toByteArray(), StandardCharsets.UTF_8), CONTEXT).text();
        String latin1Gzip = headroom.compress(new String(gzip.toByteArray(), StandardCharsets.ISO_8859_1), CONTEXT).text();

        // then
        assertThat(zipLine).contains("likely ZIP archive");
        assertThat(gzipLine).contains("likely gzip data");
        assertThat(latin1Gzip).contains("likely gzip data");
    }

    @Test
    void should_not_call_text_binary_when_it_has_colours_tabs_or_a_few_bad_characters() {
        // given a coloured log with tabs, CRLF and an occasional replacement character
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.append("\u001B[32mINFO\u001B[0m\t2024-01-01T00:00:").append(i % 60).append("\tworker-").append(i % 7)
                    .append(" processed batch ").append(i).append(i % 100 == 0 ? " name=caf\uFFFD" : "").append("\r\n");
        }
        String log = sb.toString();

        // and a log coloured field by field, where escape characters alone are over a tenth of the text
        StringBuilder dense = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            dense.append("\u001B[2m").append(i % 60).append("\u001B[0m \u001B[32mok\u001B[0m \u001B[36mw").append(i % 9)
                    .append("\u001B[0m\n");
        }

        // when / then
        assertThat(BinaryContent.binaryPercent(log)).isEqualTo(-1);
        assertThat(Headroom.create().compress(log, CONTEXT).strategy()).isNotEqualTo("binary");
        assertThat(dense.chars().filter(c -> c == 0x1B).count() * 10).isGreaterThan(dense.length());
        assertThat(BinaryContent.binaryPercent(dense.toString())).isEqualTo(-1);
    }

    @Test
    void should_never_send_binary_as_is_when_the_store_cannot_keep_it() {
        // given a store too small for the file
        String content = decoded(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'), 200_000);
        CaffeineCompressionStore tiny = CaffeineCompressionStore.builder().maximumBytes(2_048).build();
        Headroom headroom = Headroom.builder().store(tiny).build();

        // when
        CompressionOutcome outcome = headroom.compress(content, CONTEXT);

        // then: described, without a hash the model could not use
        assertThat(outcome.text()).startsWith("[headroom: binary content omitted").contains("likely PNG image", "not retrievable")
                .doesNotContain("hash=");
        assertThat(outcome.lossy()).isFalse();
        assertThat(outcome.handle()).isNull();
        assertThat(headroom.stats().failOpen()).isEqualTo(1);
    }

    @Test
    void should_describe_binary_identically_when_compressed_twice() {
        // given
        String content = decoded("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 30_000);

        // when
        String first = Headroom.create().compress(content, CONTEXT).text();
        String second = Headroom.create().compress(new String(content.toCharArray()), CONTEXT).text();

        // then
        assertThat(second).isEqualTo(first);
    }
}
