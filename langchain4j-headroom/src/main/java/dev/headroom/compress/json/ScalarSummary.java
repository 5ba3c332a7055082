package dev.headroom.compress.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code "summary"} that the disclosure of a reduced array of scalars of one type carries, computed by
 * {@link ItemSelector} over all items, kept and omitted alike: for numbers the min, max and median as written
 * (the first of equals) and the mean to 6 significant digits; for strings the distinct count and, unless
 * every value differs or more than {@code max(10, n / 4)} do, the {@link #TOP} most frequent values with their
 * counts (ties in first-seen order); for booleans how many are true and false. Arrays of mixed types,
 * containers or nulls get none. Stateless.
 */
final class ScalarSummary {

    /** Frequent values listed in a string summary. */
    static final int TOP = 5;

    private ScalarSummary() {}

    /** For an array of scalars of one type: a summary of all items; otherwise {@code null}. */
    static Node of(Node[] items) {
        Node.Type type = items.length == 0 ? null : items[0].type;
        for (Node item : items) {
            boolean sameKind = item.type == type
                    || (isBoolean(item.type) && isBoolean(type));
            if (!sameKind) {
                return null;
            }
        }
        if (type == Node.Type.NUMBER) {
            return numberSummary(items);
        }
        if (type == Node.Type.STRING) {
            return stringSummary(items);
        }
        if (isBoolean(type)) {
            int trues = 0;
            for (Node item : items) {
                trues += item.type == Node.Type.TRUE ? 1 : 0;
            }
            return Node.object(new String[] {"true", "false"},
                    new Node[] {Node.number(Integer.toString(trues)), Node.number(Integer.toString(items.length - trues))});
        }
        return null;
    }

    private static boolean isBoolean(Node.Type type) {
        return type == Node.Type.TRUE || type == Node.Type.FALSE;
    }

    private static Node numberSummary(Node[] items) {
        int n = items.length;
        double[] x = new double[n];
        double sum = 0.0;
        int min = 0;
        int max = 0;
        for (int i = 0; i < n; i++) {
            x[i] = Signals.toDouble(items[i].text);
            sum += x[i];
            min = x[i] < x[min] ? i : min;
            max = x[i] > x[max] ? i : max;
        }
        // min, max and median are items as written (the first of equals); only the mean is computed
        double lowerMedian = Robust.lowerMedian(x);
        int median = 0;
        while (x[median] != lowerMedian) {
            median++;
        }
        return numberSummary(items[min], items[max], items[median], sum / n);
    }

    private static Node numberSummary(Node min, Node max, Node median, double mean) {
        if (!Double.isFinite(mean)) {
            return Node.object(new String[] {"min", "max", "median"}, new Node[] {min, max, median});
        }
        String meanText = new BigDecimal(mean).round(new MathContext(6)).stripTrailingZeros().toString();
        return Node.object(new String[] {"min", "max", "median", "mean"},
                new Node[] {min, max, median, Node.number(meanText)});
    }

    private static Node stringSummary(Node[] items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Node item : items) {
            counts.merge(item.text, 1, Integer::sum);
        }
        Node distinct = Node.number(Integer.toString(counts.size()));
        if (counts.size() == items.length || counts.size() > Math.max(10, items.length / 4)) {
            return Node.object(new String[] {"distinct"}, new Node[] {distinct});
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        // stable sort: ties keep first-seen order
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        int k = Math.min(TOP, entries.size());
        String[] names = new String[k];
        Node[] values = new Node[k];
        for (int i = 0; i < k; i++) {
            names[i] = entries.get(i).getKey();
            values[i] = Node.number(Integer.toString(entries.get(i).getValue()));
        }
        return Node.object(new String[] {"distinct", "top"}, new Node[] {distinct, Node.object(names, values)});
    }
}
