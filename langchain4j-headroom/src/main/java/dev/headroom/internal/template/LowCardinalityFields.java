package dev.headroom.internal.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The third pass of {@link TemplateMiner}: within each merged shape, the number fields that take few values (a status,
 * an exit code) stay literal, so their lines split into templates of their own; then the templates are numbered in
 * order of first occurrence and written out. Stateless.
 */
final class LowCardinalityFields {

    private LowCardinalityFields() {}

    /**
     * The templates of the lines, given each line's tokens, the merged shapes and each line's shape.
     */
    static LineTemplates templates(String[][] tokens, List<String[]> shapes, int[] shapeOf) {
        int n = tokens.length;
        int shapeCount = shapes.size();
        int[] size = new int[shapeCount];
        for (int s : shapeOf) {
            size[s]++;
        }
        int[][] members = new int[shapeCount][];
        int[] filled = new int[shapeCount];
        for (int s = 0; s < shapeCount; s++) {
            members[s] = new int[size[s]];
        }
        for (int i = 0; i < n; i++) {
            members[shapeOf[i]][filled[shapeOf[i]]++] = i;
        }
        int[] combo = new int[n];
        boolean[][] literal = new boolean[shapeCount][];
        for (int s = 0; s < shapeCount; s++) {
            literal[s] = splitShape(tokens, shapes.get(s), members[s], combo);
        }
        // template id + 1 per (shape, combination), 0 = none yet; a combination id is below TemplateMiner.LOW_CARDINALITY
        // (splitShape keeps no more), and only split shapes have combinations other than 0
        int[] plain = new int[shapeCount];
        int[][] split = new int[shapeCount][];
        int[] templateOf = new int[n];
        int[] firsts = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int s = shapeOf[i];
            int[] row = plain;
            int at = s;
            if (combo[i] != 0) {
                if (split[s] == null) {
                    split[s] = new int[TemplateMiner.LOW_CARDINALITY];
                }
                row = split[s];
                at = combo[i];
            }
            if (row[at] == 0) {
                firsts[count] = i;
                row[at] = ++count;
            }
            templateOf[i] = row[at] - 1;
        }
        int[] first = Arrays.copyOf(firsts, count);
        int[] occurrences = new int[count];
        String[] display = new String[count];
        for (int t = 0; t < count; t++) {
            int s = shapeOf[first[t]];
            String[] shape = shapes.get(s).clone();
            for (int k = 0; k < shape.length; k++) {
                if (literal[s][k]) {
                    shape[k] = tokens[first[t]][k];
                }
            }
            display[t] = String.join(" ", shape);
        }
        for (int i = 0; i < n; i++) {
            occurrences[templateOf[i]]++;
        }
        int[] family = new int[count];
        for (int t = 0; t < count; t++) {
            family[t] = shapeOf[first[t]];
        }
        return new LineTemplates(templateOf, first, occurrences, display, family, shapeCount);
    }

    /** Splits one shape's members by its low-cardinality number fields; returns which positions stay literal. */
    private static boolean[] splitShape(String[][] tokens, String[] shape, int[] members, int[] combo) {
        boolean[] literal = new boolean[shape.length];
        int c = members.length;
        if (c < TemplateMiner.EVIDENCE) {
            return literal;
        }
        List<int[]> candidates = new ArrayList<>();
        List<Map<String, Integer>> values = new ArrayList<>();
        for (int k = 0; k < shape.length; k++) {
            if (!Tokens.isNumberField(tokens[members[0]][k])) {
                continue;
            }
            Map<String, Integer> distinct = new HashMap<>();
            int[] frequency = new int[TemplateMiner.LOW_CARDINALITY + 1];
            boolean numbers = true;
            for (int m : members) {
                Integer id = distinct.putIfAbsent(tokens[m][k], distinct.size());
                if (id == null && !Tokens.isNumberField(tokens[m][k])) {
                    numbers = false;
                    break;
                }
                if (distinct.size() > TemplateMiner.LOW_CARDINALITY) {
                    break;
                }
                frequency[id == null ? distinct.size() - 1 : id]++;
            }
            int top = 0;
            for (int f : frequency) {
                top = Math.max(top, f);
            }
            if (numbers && distinct.size() <= TemplateMiner.LOW_CARDINALITY && c >= TemplateMiner.EVIDENCE * distinct.size() && 2 * top >= c) {
                candidates.add(new int[] {distinct.size(), k, values.size()});
                values.add(distinct);
            }
        }
        candidates.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int[] current = new int[c];
        int[] next = new int[c];
        boolean split = false;
        for (int[] candidate : candidates) {
            int k = candidate[1];
            Map<String, Integer> distinct = values.get(candidate[2]);
            Map<Long, Integer> ids = new HashMap<>();
            for (int j = 0; j < c && ids.size() <= TemplateMiner.LOW_CARDINALITY; j++) {
                long key = ((long) current[j] << 32) | distinct.get(tokens[members[j]][k]);
                Integer id = ids.get(key);
                if (id == null) {
                    id = ids.size();
                    ids.put(key, id);
                }
                next[j] = id;
            }
            if (ids.size() <= TemplateMiner.LOW_CARDINALITY && c >= TemplateMiner.EVIDENCE * ids.size()) {
                System.arraycopy(next, 0, current, 0, c);
                split |= ids.size() > 1;
                literal[k] = true;
            }
        }
        if (split) {
            for (int j = 0; j < c; j++) {
                combo[members[j]] = current[j];
            }
        }
        return literal;
    }
}
