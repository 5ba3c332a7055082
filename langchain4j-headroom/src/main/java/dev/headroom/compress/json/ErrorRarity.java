package dev.headroom.compress.json;

import dev.headroom.internal.template.Templates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How unlike the other error items each error item is, so that when errors exceed their share the ones that
 * repeat another's story give way first: 23 critical alerts, 20 of them silenced repeats of three alert names,
 * and the two that are firing unsilenced are the ones a question is about.
 *
 * <p>An item's rarity is the sum, over its categorical members (a member path whose values repeat among the error
 * items: at most half as many distinct values as error items), of {@code 1 / count} of its value among the error
 * items. Members unique to every item (ids, fingerprints, timestamps) say nothing about difference and are not
 * counted. Strings and booleans up to {@value #MAX_DEPTH} levels down, at most {@value #MAX_VALUES} per item.
 *
 * <p>Stateless; deterministic.
 */
final class ErrorRarity {

    static final int MAX_DEPTH = 3;
    static final int MAX_VALUES = 64;
    static final int MAX_VALUE_CHARS = 80;

    private ErrorRarity() {}

    /** The rarity of each item in {@code errors} (indexes into {@code items}), by position in {@code errors}. */
    static double[] of(Node[] items, List<Integer> errors) {
        List<List<String>> pairs = new ArrayList<>(errors.size());
        Map<String, Map<String, Integer>> byPath = new HashMap<>();
        for (int i : errors) {
            List<String> own = new ArrayList<>();
            collect(items[i], "", 0, own);
            pairs.add(own);
            for (String pair : own) {
                int cut = pair.indexOf('\u0000');
                byPath.computeIfAbsent(pair.substring(0, cut), k -> new HashMap<>()).merge(pair.substring(cut + 1), 1, Integer::sum);
            }
        }
        double[] rarity = new double[errors.size()];
        for (int e = 0; e < rarity.length; e++) {
            for (String pair : pairs.get(e)) {
                int cut = pair.indexOf('\u0000');
                Map<String, Integer> values = byPath.get(pair.substring(0, cut));
                if (values.size() * 2 <= errors.size()) {
                    rarity[e] += 1.0 / values.get(pair.substring(cut + 1));
                }
            }
        }
        return rarity;
    }

    /**
     * What an error item says, without what makes every record unique: its strings and booleans up to
     * {@value #MAX_DEPTH} levels down, each as its template (numbers, ids, addresses and times masked). Items with
     * the same signature repeat one story (26 "rejected connection: bad certificate" records from one client); items
     * that name different things ({@code e2e (firefox)}, {@code docker (linux/arm64)}) do not.
     */
    static String signature(Node item) {
        List<String> pairs = new ArrayList<>();
        collect(item, "", 0, pairs);
        StringBuilder sb = new StringBuilder();
        for (String pair : pairs) {
            int cut = pair.indexOf('\u0000');
            sb.append(pair, 0, cut + 1).append(Templates.of(pair.substring(cut + 1))).append('\u0001');
        }
        return sb.toString();
    }

    private static void collect(Node node, String path, int depth, List<String> out) {
        if (out.size() >= MAX_VALUES) {
            return;
        }
        switch (node.type) {
            case OBJECT -> {
                if (depth < MAX_DEPTH) {
                    for (int k = 0; k < node.names.length; k++) {
                        collect(node.children[k], path + '/' + node.names[k], depth + 1, out);
                    }
                }
            }
            case STRING, TRUE, FALSE -> {
                String text = node.type == Node.Type.STRING ? node.text : node.type.name();
                if (text.length() <= MAX_VALUE_CHARS) {
                    out.add(path + '\u0000' + text);
                }
            }
            default -> {
                // numbers vary by measurement, arrays by length: neither names a kind of item
            }
        }
    }
}
