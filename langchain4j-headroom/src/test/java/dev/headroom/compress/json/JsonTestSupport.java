package dev.headroom.compress.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Test helpers: an exact-number Jackson mapper, and the inverse of the packed forms. */
final class JsonTestSupport {

    /** Reads numbers exactly (1.10 stays 1.10, big integers stay exact) so tree equality means "same value as written". */
    static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonTestSupport() {}

    static JsonNode tree(String json) {
        try {
            return EXACT.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isValidJson(String json) {
        try {
            return EXACT.readTree(json) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Expands every packed array ({@code _columns}/{@code _rows}, {@code _items}, {@code _order}) back into a
     * plain array of items, recursively. A lossless output expanded this way equals the original document;
     * a reduced packed array becomes the plain reduced form (kept items, then the disclosure element).
     */
    static JsonNode expand(JsonNode node) {
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(expand(item)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        if (node.has(JsonDisclosure.KEY) && (node.has(Packing.ROWS) || node.has(Packing.ITEMS))) {
            List<JsonNode> distinct = new ArrayList<>();
            if (node.has(Packing.ROWS)) {
                JsonNode columns = node.get(Packing.COLUMNS);
                for (JsonNode row : node.get(Packing.ROWS)) {
                    ObjectNode item = JsonNodeFactory.instance.objectNode();
                    for (int j = 0; j < columns.size(); j++) {
                        item.set(columns.get(j).asText(), expand(row.get(j)));
                    }
                    distinct.add(item);
                }
            } else {
                node.get(Packing.ITEMS).forEach(item -> distinct.add(expand(item)));
            }
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            if (node.has(Packing.ORDER)) {
                node.get(Packing.ORDER).forEach(i -> out.add(distinct.get(i.asInt()).deepCopy()));
            } else {
                distinct.forEach(out::add);
            }
            JsonNode note = node.get(JsonDisclosure.KEY);
            if (note.isObject()) { // a reduced packed array: keep its disclosure as the plain form's last element
                out.add(JsonNodeFactory.instance.objectNode().set(JsonDisclosure.KEY, note));
            }
            return out;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            out.set(e.getKey(), expand(e.getValue()));
        }
        return out;
    }

    /** The items a reduced array shows, without its disclosure element (or the rows of a packed one, expanded). */
    static List<JsonNode> keptItems(JsonNode reducedArray) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode plain = expand(reducedArray);
        for (JsonNode item : plain) {
            if (!(item.isObject() && item.size() == 1 && item.has(JsonDisclosure.KEY))) {
                items.add(item);
            }
        }
        return items;
    }

    /** The disclosure object of a reduced array (plain: the last element; packed: its member). */
    static JsonNode disclosure(JsonNode reducedArray) {
        if (reducedArray.isObject()) {
            return reducedArray.get(JsonDisclosure.KEY);
        }
        JsonNode last = reducedArray.get(reducedArray.size() - 1);
        return last == null ? null : last.get(JsonDisclosure.KEY);
    }
}
