package dev.headroom.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.compress.ContentDetector;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.kinds.BuiltInKinds;
import org.junit.jupiter.api.Test;

/** Wordy lines that start with a tool's marks are a trace, not prose; a bullet list is prose. */
class MarkedLinesDetectionTest {

    private final ContentDetector detector = BuiltInKinds.contentDetector();

    @Test
    void should_take_a_verbose_http_client_trace_for_line_output_and_a_bullet_list_for_prose() {
        // given: a client's verbose trace (info, request and response marks) of 40 requests
        String[] info = {"Connected to shop.example.org because the resolver returned the first address it knew",
            "The server certificate was verified against the system store of this host", "ALPN: server accepted h2 for this stream",
            "Connection left intact for the next request of this script", "Using Stream ID: 3 (easy handle 0x55816ee42068)",
            "TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):", "old SSL session ID is stale, removing it from the cache",
            "We are completely uploaded and fine with the request body", "Mark bundle as not supporting multiuse for now",
            "Trying the next address because the first one refused the connection"};
        String[] headers = {"Host: shop.example.org", "user-agent: curl/7.88.1", "accept: application/json",
            "content-type: application/json; charset=utf-8", "cache-control: no-store, max-age=0", "vary: Accept-Encoding, Origin"};
        StringBuilder trace = new StringBuilder();
        for (int r = 0; r < 40; r++) {
            trace.append("* ").append(info[r % info.length]).append('\n').append("* ").append(info[(r * 3 + 1) % info.length]).append('\n')
                    .append("> GET /v1/items/").append(r).append(" HTTP/1.1\n")
                    .append("> ").append(headers[r % headers.length]).append('\n')
                    .append("< HTTP/1.1 200 OK\n")
                    .append("< ").append(headers[(r + 3) % headers.length]).append('\n')
                    .append("* ").append(info[(r * 7 + 2) % info.length]).append('\n');
        }
        StringBuilder bullets = new StringBuilder("Release notes\n\n");
        String[] subjects = {"the exporter", "our settings page", "a flaky retry loop", "the search box", "login on slow phones",
            "nightly reports", "the billing screen", "uploads of large files"};
        String[] changes = {"now keeps the order of columns you chose", "no longer hangs when the network drops for a while",
            "reads dates in your own locale again", "shows a clearer message when something goes wrong", "is about twice as fast as before"};
        for (int i = 0; i < 40; i++) {
            bullets.append("* ").append(subjects[i % subjects.length]).append(' ').append(changes[i % changes.length])
                    .append(i % 3 == 0 ? ", thanks to a report from a customer" : "").append('\n');
        }

        TextDetector.MarkedLines traceMarks = new TextDetector.MarkedLines();
        trace.toString().lines().forEach(traceMarks::add);
        TextDetector.MarkedLines bulletMarks = new TextDetector.MarkedLines();
        bullets.toString().lines().forEach(bulletMarks::add);

        // then
        assertThat(traceMarks.isMarked()).isTrue();
        assertThat(bulletMarks.isMarked()).as("one bullet mark").isFalse();
        assertThat(detector.detect(trace.toString())).isEqualTo(ContentKind.LINES);
        assertThat(detector.detect(bullets.toString())).isEqualTo(ContentKind.TEXT);
    }
}
