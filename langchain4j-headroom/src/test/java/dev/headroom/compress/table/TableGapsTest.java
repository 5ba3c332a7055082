package dev.headroom.compress.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.KeptLines;
import org.junit.jupiter.api.Test;

/** A missing value in a column that is otherwise filled, and a listing asked about by directory and file. */
class TableGapsTest {

    private static final String HANDLE = "0123456789abcdef01234567";

    private final TableCompressor compressor = new TableCompressor();

    private static CompressionContext context(String question) {
        return CompressionContext.builder().handle(HANDLE).userMessage(question).build();
    }

    @Test
    void should_keep_the_row_with_the_one_empty_cell_of_a_column_of_unique_values() {
        // given a CSV of 1,000 accounts with unique e-mails, one of them missing
        StringBuilder sb = new StringBuilder("id,email,currency,balance\n");
        for (int i = 0; i < 1000; i++) {
            String email = i == 612 ? "" : "user" + i + "@example.com";
            sb.append(10_000 + i).append(',').append(email).append(',').append(i % 3 == 0 ? "EUR" : "USD").append(',')
                    .append(1000 + (i * 37) % 900).append(".50\n");
        }
        String csv = sb.toString();
        // when
        String out = compressor.compress(csv, context(null)).output();
        // then
        assertThat(out).contains("\n10612,,EUR,1144.50\n").contains("hash=" + HANDLE);
        assertThat(out).doesNotContain("user500@example.com");
        KeptLines.assertAllOriginal(csv, out);
    }

    @Test
    void should_keep_a_listed_file_when_the_question_names_its_directory_and_its_name() {
        // given ls -laR over 120 package directories, each with a changelog and a copyright file
        StringBuilder sb = new StringBuilder("/usr/share/doc:\ntotal 480\n");
        for (int d = 0; d < 120; d++) {
            sb.append("drwxr-xr-x 2 root root 4096 May 20  2025 pkg").append(d).append('\n');
        }
        for (int d = 0; d < 120; d++) {
            sb.append("\n/usr/share/doc/pkg").append(d).append(":\ntotal 16\n");
            sb.append("drwxr-xr-x   2 root root  4096 May 20  2025 .\n");
            sb.append("drwxr-xr-x 122 root root 24576 May 20  2025 ..\n");
            sb.append(String.format("-rw-r--r--   1 root root %5d May 12  2025 changelog.Debian.gz%n", 1000 + d * 7));
            sb.append(String.format("-rw-r--r--   1 root root %5d May 12  2025 copyright%n", 2000 + d * 3));
        }
        String listing = sb.toString();
        // when
        String asked = compressor.compress(listing, context("How big is the pkg77 changelog?")).output();
        String plain = compressor.compress(listing, context(null)).output();
        // then
        assertThat(asked).contains("/usr/share/doc/pkg77:\n")
                .contains("-rw-r--r--   1 root root  1539 May 12  2025 changelog.Debian.gz\n");
        assertThat(plain).doesNotContain(" 1539 May 12");
        KeptLines.assertAllOriginal(listing, asked);
    }
}
