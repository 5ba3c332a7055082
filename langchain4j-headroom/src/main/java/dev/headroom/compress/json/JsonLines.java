package dev.headroom.compress.json;

import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines (one JSON object or array per line: structured logs, {@code jq -c}, NDJSON exports), which is
 * not one JSON document and so would otherwise pass through whole. The lines are the items: each is
 * minified (values as written), and when the result is over the JSON budget the same
 * {@link ItemSelector} as for arrays keeps whole lines (each as written when minifying would save at most a tenth
 * of it) (first/last, errors by value, outliers, rare values,
 * query matches), in their original order, followed by one more line holding the disclosure object
 * {@code {"_headroom":{"omitted":..,"of":..,"kept":"..","hash":"..","retrieve":".."}}} — so the output is
 * still JSON Lines.
 *
 * <p>Content qualifies only if it has at least {@value #MIN_LINES} lines and every line is a JSON object
 * or array (no blank lines, no scalars); anything else passes through. Stateless and deterministic.
 */
final class JsonLines {

    static final int MIN_LINES = 3;
    /** A kept line is shown as written unless minifying saves more than one part in this many. */
    static final int MINIFY_WORTH_DIVISOR = 10;

    private JsonLines() {}

    static CompressionResult compress(String content, CompressionContext context) {
        if (!hasLines(content, MIN_LINES)) {
            return CompressionResult.unchanged(content); // e.g. one long malformed line: not parsed a second time
        }
        // line by line, so content that is not JSON Lines (a broken JSON document) costs one line's parse
        List<Node> parsed = new ArrayList<>();
        List<String> written = new ArrayList<>();
        long minifiedLength = 0;
        int n = content.length();
        for (int start = 0; start < n; ) {
            int newline = content.indexOf('\n', start);
            int end = newline < 0 ? n : newline;
            int stop = end > start && content.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = content.substring(start, stop);
            Node item = line.isBlank() ? null : NodeParser.parse(line, context.budget());
            if (item == null || item.isScalar()) {
                return CompressionResult.unchanged(content); // not JSON Lines: the first bad line ends the look
            }
            parsed.add(item);
            written.add(line);
            minifiedLength += item.length;
            start = newline < 0 ? n : newline + 1;
        }
        Node[] items = parsed.toArray(new Node[0]);
        String nl = Lines.newline(content);
        minifiedLength += (long) (items.length - 1) * nl.length();
        CompressionSettings settings = context.settings();
        long budget = (long) settings.maxItems() * JsonCompressor.TOKENS_PER_ITEM;
        if (items.length > settings.maxItems() && Math.ceil(minifiedLength / JsonCompressor.CHARS_PER_TOKEN) > budget) {
            ItemSelector.Reduction reduction = new ItemSelector(settings.maxItems(), context.query(), context.budget())
                    .maxChars((long) (budget * JsonCompressor.CHARS_PER_TOKEN)).select(Node.array(items));
            if (reduction.omitted() > 0) {
                StringBuilder out = new StringBuilder();
                for (int k : reduction.kept()) {
                    out.append(asWritten(written.get(k), items[k])).append(nl);
                }
                Node disclosure = JsonDisclosure.of(reduction, null, context.handle());
                out.append(NodeWriter.minified(Node.object(new String[] {JsonDisclosure.KEY}, new Node[] {disclosure})));
                return CompressionResult.lossy(out.toString(), content.length(), reduction.omitted(), "jsonl:select");
            }
        }
        if (minifiedLength >= content.length()) {
            return CompressionResult.unchanged(content);
        }
        StringBuilder out = new StringBuilder((int) minifiedLength + nl.length());
        for (int i = 0; i < items.length; i++) {
            out.append(i == 0 ? "" : nl).append(NodeWriter.minified(items[i]));
        }
        if (content.endsWith("\n")) {
            out.append(nl);
        }
        return CompressionResult.lossless(out.toString(), "jsonl:minify");
    }

    /**
     * A kept line as written when minifying it would save at most a tenth of it (MongoDB pads its log lines with a
     * few blanks): a line an agent quotes or searches for is found as it was; else minified.
     */
    private static String asWritten(String line, Node item) {
        return (long) line.length() * MINIFY_WORTH_DIVISOR <= (long) item.length * (MINIFY_WORTH_DIVISOR + 1)
                ? line : NodeWriter.minified(item);
    }

    /** Whether {@code content} has at least {@code count} lines (newlines found without splitting it). */
    private static boolean hasLines(String content, int count) {
        int newline = -1;
        for (int i = 1; i < count; i++) {
            newline = content.indexOf('\n', newline + 1);
            if (newline < 0 || newline == content.length() - 1) {
                return false;
            }
        }
        return true;
    }
}
