package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small JSON tree writer for the generators: objects as insertion-ordered maps ({@link #obj}) or key-ordered
 * ({@link #sorted}), arrays as lists, {@link Raw} for a value written verbatim; pretty-printed as jq, kubectl and the
 * AWS CLI print it, or compact. One copy for the batches that build JSON documents.
 */
final class JsonTree {

    private JsonTree() {}

    /** A JSON value written verbatim. */
    record Raw(String text) {}

    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** An object whose members are written in key order (Go's encoding/json, gcloud, Terraform's attribute values). */
    static Map<String, Object> sorted(Object... kv) {
        return new TreeMap<>(obj(kv));
    }

    static List<Object> arr(Object... items) {
        return new ArrayList<>(List.of(items));
    }

    static String pretty(Object v, int unit) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, " ".repeat(unit), "", true);
        return sb.toString();
    }

    static String compact(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, "", "", false);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder sb, Object v, String unit, String indent, boolean pretty) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            sb.append(Json.quote(s));
        } else if (v instanceof Raw r) {
            sb.append(r.text());
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            String inner = indent + unit;
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                if (pretty) {
                    sb.append('\n').append(inner);
                }
                sb.append(Json.quote(e.getKey())).append(pretty ? ": " : ":");
                write(sb, e.getValue(), unit, inner, pretty);
            }
            if (pretty) {
                sb.append('\n').append(indent);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            String inner = indent + unit;
            boolean first = true;
            for (Object o : l) {
                sb.append(first ? "" : ",");
                first = false;
                if (pretty) {
                    sb.append('\n').append(inner);
                }
                write(sb, o, unit, inner, pretty);
            }
            if (pretty) {
                sb.append('\n').append(indent);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException(v.getClass().getName());
        }
    }

    static Raw num(String format, double value) {
        return new Raw(fmt(format, value));
    }
}
