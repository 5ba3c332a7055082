package dev.headroom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JSON retention checks, independent of the JSON compressor: is valid JSON in still valid JSON out, and
 * are the items an agent would look for first (errors) still visible?
 *
 * <p>An <em>error item</em> is an object inside an array that has either a status-like field (a name
 * with a word such as {@code status}, {@code state}, {@code level}, {@code severity}, {@code result})
 * whose text contains {@code error}, {@code failed}, {@code failure} or {@code fatal} as a whole word, or
 * a field named {@code error} whose value is not {@code null}, {@code false} or empty. It is
 * <em>visible</em> when the output contains an equal object anywhere, its compact JSON verbatim, or the
 * compact JSON array of its values in field order (a row of a columnar rendering).
 *
 * <p>Stateless and thread-safe; results are deterministic.
 */
final class JsonChecks {

    /** Floats as written (BigDecimal, trailing zeros kept), so equality and re-serialization match the text. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final Set<String> STATUS_WORDS =
            Set.of("status", "state", "level", "severity", "result", "outcome", "conclusion", "health");
    private static final Pattern ERROR_VALUE = Pattern.compile("\\b(?:error|failed|failure|fatal)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_WORDS = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+");

    private JsonChecks() {}

    /** Validity of input and output as JSON. */
    enum Validity {
        /** The input is not JSON: nothing to check. */
        NOT_JSON("-"),
        VALID("valid→valid"),
        INVALID("valid→INVALID");

        private final String cell;

        Validity(String cell) {
            this.cell = cell;
        }

        String cell() {
            return cell;
        }
    }

    /** The parsed input, or {@code null} when it is not one strict JSON document. */
    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static Validity validity(JsonNode input, JsonNode output) {
        if (input == null) {
            return Validity.NOT_JSON;
        }
        return output == null ? Validity.INVALID : Validity.VALID;
    }

    /** Error items of the input (see class Javadoc) and how many are visible in the output. */
    static Retention.Count errorItems(JsonNode input, String outputText, JsonNode output) {
        if (input == null) {
            return Retention.Count.NONE;
        }
        List<JsonNode> errors = new ArrayList<>();
        collectErrorItems(input, errors);
        if (errors.isEmpty()) {
            return Retention.Count.NONE;
        }
        Set<JsonNode> outputObjects = new HashSet<>();
        if (output != null) {
            collectObjects(output, outputObjects);
        }
        List<String> missed = new ArrayList<>();
        for (JsonNode item : errors) {
            String compact = compact(item);
            if (!(outputObjects.contains(item) || outputText.contains(compact) || outputText.contains(compactValues(item)))) {
                missed.add(compact);
            }
        }
        return Retention.count(errors.size(), missed);
    }

    static boolean isErrorItem(JsonNode item) {
        if (!item.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equalsIgnoreCase("error") && isPresent(value)) {
                return true;
            }
            if (value.isTextual() && isStatusLike(name) && ERROR_VALUE.matcher(value.asText()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStatusLike(String name) {
        for (String word : NAME_WORDS.split(name)) {
            if (STATUS_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPresent(JsonNode value) {
        if (value.isNull() || (value.isBoolean() && !value.booleanValue())) {
            return false;
        }
        if (value.isTextual()) {
            return !value.asText().isEmpty();
        }
        return !value.isContainerNode() || !value.isEmpty();
    }

    private static void collectErrorItems(JsonNode node, List<JsonNode> errors) {
        if (node instanceof ArrayNode array) {
            for (JsonNode item : array) {
                if (isErrorItem(item)) {
                    errors.add(item);
                }
            }
        }
        for (JsonNode child : node) {
            collectErrorItems(child, errors);
        }
    }

    private static void collectObjects(JsonNode node, Set<JsonNode> objects) {
        if (node.isObject()) {
            objects.add(node);
        }
        for (JsonNode child : node) {
            collectObjects(child, objects);
        }
    }

    private static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String compactValues(JsonNode item) {
        ArrayNode values = MAPPER.createArrayNode();
        item.elements().forEachRemaining(values::add);
        return compact(values);
    }
}
