package dev.headroom.ccr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one owner of the {@code headroom_retrieve} wire contract: the tool as the model sees it (name,
 * parameters), the parsing of its arguments, and the grammar of the in-band markers that hand the model a
 * handle. The specification is a constant: byte-identical on every request, so provider prompt caches keep
 * hitting.
 *
 * <p>Marker grammar: a handle is always the value of the {@value #HASH} parameter, written either as
 * {@code hash=<handle>} in a line note ({@link #lineMarker}) or as the JSON member {@code "hash":"<handle>"} of a
 * {@code _headroom} note object. {@link #handlesIn} reads both back; a test checks that every marker the
 * compressors emit is read back as the handle the engine stored.
 */
public final class RetrieveTool {

    public static final String NAME = "headroom_retrieve";
    public static final String HASH = "hash";
    public static final String QUERY = "query";

    /** A line marker: {@code hash=} and the handle (hex digits). */
    private static final Pattern LINE_MARKER = Pattern.compile("\\b" + HASH + "=([0-9a-f]+)");
    /** A JSON marker: the member {@code "hash":"<handle>"}. */
    private static final Pattern JSON_MARKER = Pattern.compile("\"" + HASH + "\"\\s*:\\s*\"([0-9a-f]+)\"");

    private static final ToolSpecification SPECIFICATION = ToolSpecification.builder()
            .name(NAME)
            .description("Retrieve content that headroom omitted from an earlier tool result. Use the hash shown in "
                    + "the omission note. Without query it returns the original tool result; with query it returns "
                    + "only the items or lines that best match it. Call it only when the shown content is not enough.")
            .parameters(JsonObjectSchema.builder()
                    .addStringProperty(HASH, "The hash from the omission note, e.g. 3f2a9c0d1e4b5a6c7d8e9f01")
                    .addStringProperty(QUERY, "Optional: words to match (ids, names, error codes); returns the best-matching items or lines")
                    .required(HASH)
                    .build())
            .build();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RetrieveTool() {}

    public static ToolSpecification specification() {
        return SPECIFICATION;
    }

    /** The marker of a handle in a line note: {@code hash=<handle>}. */
    public static String lineMarker(String handle) {
        return HASH + "=" + handle;
    }

    /** The handles the markers in {@code text} hand the model, in order of appearance, line markers first. */
    public static List<String> handlesIn(String text) {
        List<String> handles = new ArrayList<>();
        for (Pattern marker : new Pattern[] {LINE_MARKER, JSON_MARKER}) {
            Matcher m = marker.matcher(text);
            while (m.find()) {
                handles.add(m.group(1));
            }
        }
        return handles;
    }

    /**
     * Parses the model's arguments.
     *
     * @throws IllegalArgumentException with a message fit to show the model when they are malformed
     */
    public static Arguments parseArguments(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("headroom_retrieve needs arguments {\"hash\": \"...\"}");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("headroom_retrieve arguments are not valid JSON; send {\"hash\": \"...\"}");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("headroom_retrieve arguments must be a JSON object {\"hash\": \"...\"}");
        }
        JsonNode hash = node.get(HASH);
        if (hash == null || !hash.isTextual() || hash.asText().isBlank()) {
            throw new IllegalArgumentException("headroom_retrieve needs a string argument \"hash\" (from the omission note)");
        }
        JsonNode query = node.get(QUERY);
        String queryText = query == null || query.isNull() ? null : query.isTextual() ? query.asText() : query.toString();
        return new Arguments(hash.asText().trim(), queryText == null || queryText.isBlank() ? null : queryText);
    }

    /** Parsed arguments; {@code query} is {@code null} when absent or blank. */
    public record Arguments(String hash, String query) {}
}
