package dev.headroom.compress.json;

import dev.headroom.ccr.RetrieveTool;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-band notes, as JSON values under the member name {@value #KEY}, so the output stays valid JSON.
 * A reduced array ends with one extra element {@code {"_headroom":{"omitted":480,"of":500,"kept":"first 3,
 * last 2, 4 errors","hash":"<handle>","retrieve":"..."}}}; a packed array (an object) carries it as its
 * last member. The handle is always the value of {@code "hash"}, the retrieval tool's parameter name.
 */
final class JsonDisclosure {

    static final String KEY = "_headroom";

    static final String RETRIEVE = "call " + RetrieveTool.NAME
            + " with this hash (add query to get only matching items)";

    private JsonDisclosure() {}

    /** The disclosure of a reduction; {@code format} is the packed form's note, or {@code null}. */
    static Node of(ItemSelector.Reduction reduction, String format, String handle) {
        List<String> names = new ArrayList<>(7);
        List<Node> values = new ArrayList<>(7);
        if (format != null) {
            names.add("format");
            values.add(Node.string(format));
        }
        names.add("omitted");
        values.add(Node.number(Integer.toString(reduction.omitted())));
        names.add("of");
        values.add(Node.number(Integer.toString(reduction.total())));
        names.add("kept");
        values.add(Node.string(reduction.description()));
        if (reduction.summary() != null) {
            names.add("summary");
            values.add(reduction.summary());
        }
        names.add(RetrieveTool.HASH);
        values.add(Node.string(handle));
        names.add("retrieve");
        values.add(Node.string(RETRIEVE));
        return Node.object(names.toArray(new String[0]), values.toArray(new Node[0]));
    }

    /** The note of a lossless packed array. */
    static Node lossless(String format) {
        return Node.string(format + Packing.NOTHING_OMITTED);
    }
}
