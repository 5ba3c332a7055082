package dev.headroom;

/**
 * Writes what the ceiling keeps: kept units exactly as written, in their original order (pieces of one line joined
 * back), and one note per run of omitted units saying where it was, so every kept line keeps a findable place
 * without being changed. Stateless.
 */
final class CeilingRendering {

    private CeilingRendering() {}

    /** The body: kept units and notes, each output line ended by the content's newline; empty when nothing is kept. */
    static String body(CeilingUnits units, CeilingPlan plan) {
        if (plan.isEmpty()) {
            return "";
        }
        String nl = units.newline();
        int n = units.count();
        StringBuilder out = new StringBuilder();
        int u = 0;
        while (u < n) {
            if (plan.kept(u)) {
                out.append(units.content(), start(units, u), start(units, u) + units.length(u));
                if (units.endsLine(u) || !plan.kept(u + 1)) {
                    out.append(nl);
                }
                u++;
                continue;
            }
            int from = u;
            while (u < n && !plan.kept(u)) {
                u++;
            }
            out.append(note(units, from, u - 1)).append(nl);
        }
        return out.toString();
    }

    /** The note for omitted units {@code from} to {@code to}: whole lines by line numbers, else by chars. */
    static String note(CeilingUnits units, int from, int to) {
        int lineFrom = units.line(from) + 1;
        int lineTo = units.line(to) + 1;
        if (units.startsLine(from) && units.endsLine(to)) {
            int count = lineTo - lineFrom + 1;
            return count == 1 ? "… 1 line (" + lineFrom + ")" : "… " + count + " lines (" + lineFrom + "-" + lineTo + ")";
        }
        long chars = units.chars(from, to);
        int charFrom = units.column(from) + 1;
        int charTo = units.column(to) + units.length(to);
        if (lineFrom == lineTo) {
            return "… " + chars + " chars (line " + lineFrom + ", chars " + charFrom + "-" + charTo + ")";
        }
        return "… " + chars + " chars (line " + lineFrom + " char " + charFrom + " to line " + lineTo + " char " + charTo + ")";
    }

    private static int start(CeilingUnits units, int u) {
        return units.offset(u);
    }
}
