package dev.headroom.compress;

import dev.headroom.ccr.RetrieveTool;

/**
 * The in-band notes that tell the model what was omitted and how to get it back. Every lossy compressor
 * uses these, so the model sees one consistent phrasing and the handle always appears as the value of
 * {@code hash}, the retrieval tool's parameter name (the wire contract is {@link RetrieveTool}'s).
 */
public final class Disclosure {

    /** The retrieval tool's name, as the model sees it ({@link RetrieveTool#NAME}). */
    public static final String TOOL_NAME = RetrieveTool.NAME;

    private Disclosure() {}

    /**
     * A one-line note for line-oriented content; {@code line(1950, 2000, "lines", "routine INFO lines", "ab12cd34")}
     * gives (checked by {@code DisclosureTest}):
     * <pre>{@code
     * [headroom: 1950 of 2000 lines omitted (routine INFO lines). Call headroom_retrieve with hash=ab12cd34 for the original, or add query="..." for only the matching lines]
     * }</pre>
     *
     * @param omitted how many units were omitted
     * @param total   how many there were
     * @param unit    the plural noun ("lines", "matches", "hunks")
     * @param what    what kind of units were omitted, or {@code null}
     * @param handle  the handle of the original
     */
    public static String line(int omitted, int total, String unit, String what, String handle) {
        StringBuilder sb = new StringBuilder(160);
        sb.append("[headroom: ").append(omitted).append(" of ").append(total).append(' ').append(unit).append(" omitted");
        if (what != null && !what.isEmpty()) {
            sb.append(" (").append(what).append(')');
        }
        sb.append(". Call ").append(TOOL_NAME).append(" with ").append(RetrieveTool.lineMarker(handle))
                .append(" for the original, or add query=\"...\" for only the matching ").append(unit).append(']');
        return sb.toString();
    }
}
