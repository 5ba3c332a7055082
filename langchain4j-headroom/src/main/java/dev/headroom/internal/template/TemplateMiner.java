package dev.headroom.internal.template;

import dev.headroom.compress.WorkBudget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Groups lines into templates, masking only what varies a lot. A Drain-like miner in three linear passes:
 * <ol>
 *   <li><b>Shape.</b> Each line is split on blanks; each token gets its coarse form ({@link Templates}: words
 *       with digits and tokens with a {@code /} become {@code *}); a run of tokens with the same varying
 *       coarse form (a list of block ids or addresses; never a lone number, which could be a status after a
 *       path) counts as one. Lines with the same coarse tokens share
 *       a shape.</li>
 *   <li><b>High-cardinality positions.</b> A position where at least {@value #MERGE_MIN} shapes differ only
 *       by the token at that position (package names, user names, unit names, versions of many forms) is
 *       masked, and those shapes merge. Found by hashing every shape with one position left out; repeated once so two such
 *       positions in one message merge too.</li>
 *   <li><b>Low-cardinality fields</b> ({@link LowCardinalityFields}). Within a merged shape, a number field (a lone integer:
 *       {@code 502}, {@code (137)}, {@code status=1}) with at most {@value #LOW_CARDINALITY} distinct values,
 *       each backed by at least {@value #EVIDENCE} lines on average, one of them on at least half the lines
 *       (a status or exit code is mostly one value; a measurement spreads), stays literal: {@code 200} and
 *       {@code 502} lines become different templates, so the one {@code 502} is a rare template. Fields
 *       are taken fewest values first while the combinations stay within the same bound.</li>
 * </ol>
 * Template ids follow first occurrence, and no hash-map order reaches the result, so the same lines give
 * the same templates on every run. Stateless and thread-safe.
 */
public final class TemplateMiner {

    /** Tokens looked at per line; the rest of a longer line is one last token. */
    static final int MAX_TOKENS = 40;
    /** Distinct words at one position, among otherwise identical shapes, from which the position is masked. */
    static final int MERGE_MIN = 8;
    /** Most distinct values (or combinations) of number fields that stay literal in one template. */
    static final int LOW_CARDINALITY = 12;
    /** Lines needed per distinct value before a number field is trusted to be low-cardinality. */
    static final int EVIDENCE = 4;

    private static final String WILDCARD = "*";

    private TemplateMiner() {}

    /**
     * Mines the templates of {@code texts}, each read from {@code from[i]} on (the part before, such as a
     * timestamp, is left out of the template).
     */
    public static LineTemplates mine(String[] texts, int[] from) {
        return mine(texts, from, WorkBudget.unlimited());
    }

    /** {@link #mine(String[], int[])}, charging {@code budget} for every text tokenized and masked. */
    public static LineTemplates mine(String[] texts, int[] from, WorkBudget budget) {
        return Objects.requireNonNull(mine(texts, from, budget, Integer.MAX_VALUE));
    }

    /**
     * {@link #mine(String[], int[], WorkBudget)}, or {@code null} as soon as the lines are known to fall into more than
     * {@code maxFamilies} families (a family is at least one template), before the templates are written out: for a
     * caller that has no use for lines that are mostly distinct. Charges {@code budget} the same either way.
     */
    public static @Nullable LineTemplates mine(String[] texts, int[] from, WorkBudget budget, int maxFamilies) {
        int n = texts.length;
        String[][] tokens = new String[n][];
        ShapeTable shapeIds = new ShapeTable(n);
        int[] shapeOf = new int[n];
        String[] raw = new String[MAX_TOKENS];
        String[] kept = new String[MAX_TOKENS];
        String[] coarse = new String[MAX_TOKENS];
        boolean[] masks = new boolean[MAX_TOKENS];
        char[] masked = new char[64]; // Templates.of's output, reused: most masked tokens become the shared "*"
        for (int i = 0; i < n; i++) {
            budget.charge(1 + texts[i].length()); // one text tokenized and masked
            int count = Tokens.split(texts[i], Math.min(from[i], texts[i].length()), raw, masks);
            int size = 0;
            for (int t = 0; t < count; t++) {
                String token = raw[t];
                if (masks[t] && masked.length < token.length()) {
                    masked = new char[Math.max(token.length(), 2 * masked.length)];
                }
                String c = masks[t] ? Templates.of(token, 0, masked) : token;
                int last = size - 1;
                if (last >= 0 && c.indexOf('*') >= 0 && c.equals(coarse[last]) && !Tokens.isNumberField(token)
                        && !Tokens.isNumberField(kept[last])) {
                    // a list of like values (block ids, addresses) is one variable part, however long
                    kept[last] = kept[last] + ' ' + token;
                    continue;
                }
                kept[size] = token;
                coarse[size] = c;
                size++;
            }
            tokens[i] = Arrays.copyOf(kept, size);
            shapeOf[i] = shapeIds.idOfCopy(coarse, size);
        }
        List<String[]> shapes = new ArrayList<>(shapeIds.shapes());
        for (int pass = 0; pass < 2; pass++) {
            int[] remap = mergeHighCardinality(shapes);
            if (remap == null) {
                break;
            }
            for (int i = 0; i < n; i++) {
                shapeOf[i] = remap[shapeOf[i]];
            }
        }
        return shapes.size() > maxFamilies ? null : LowCardinalityFields.templates(tokens, shapes, shapeOf);
    }

    /** Masks high-cardinality word positions; returns old shape id → new shape id, or null when nothing changed. */
    private static int[] mergeHighCardinality(List<String[]> shapes) {
        long[][] keys = new long[shapes.size()][];
        int positions = 0;
        for (int s = 0; s < shapes.size(); s++) {
            keys[s] = leaveOneOutHashes(shapes.get(s));
            positions += shapes.get(s).length;
        }
        LeftOutCounts counts = new LeftOutCounts(positions);
        int[][] slots = new int[shapes.size()][];
        for (int s = 0; s < shapes.size(); s++) {
            String[] shape = shapes.get(s);
            slots[s] = new int[shape.length];
            for (int k = 0; k < shape.length; k++) {
                slots[s][k] = isWord(shape[k]) ? counts.increment(shape.length * 64 + k, keys[s][2 * k], keys[s][2 * k + 1]) : -1;
            }
        }
        boolean changed = false;
        List<String[]> masked = new ArrayList<>(shapes.size());
        for (int s = 0; s < shapes.size(); s++) {
            String[] shape = shapes.get(s);
            for (int k = 0; k < shape.length; k++) {
                if (slots[s][k] >= 0 && counts.countAt(slots[s][k]) >= MERGE_MIN) {
                    if (shape == shapes.get(s)) {
                        shape = shape.clone();
                    }
                    shape[k] = WILDCARD;
                    changed = true;
                }
            }
            masked.add(shape);
        }
        if (!changed) {
            return null;
        }
        ShapeTable merged = new ShapeTable(masked.size());
        int[] remap = new int[shapes.size()];
        for (int s = 0; s < masked.size(); s++) {
            remap[s] = merged.idOf(masked.get(s));
        }
        shapes.clear();
        shapes.addAll(merged.shapes());
        return remap;
    }

    /** Per position k: the hash of the tokens before k and of the tokens after k. */
    private static long[] leaveOneOutHashes(String[] shape) {
        int len = shape.length;
        long[] keys = new long[2 * len]; // written in place: one array per shape, and most lines are shapes of their own
        long prefix = 0;
        for (int k = 0; k < len; k++) {
            keys[2 * k] = prefix;
            prefix = (prefix + mix(shape[k].hashCode())) * 0x100000001B3L;
        }
        long suffix = 0;
        for (int k = len - 1; k >= 0; k--) {
            keys[2 * k + 1] = suffix;
            suffix = (suffix + mix(shape[k].hashCode() * 31L + 7)) * 0xC2B2AE3D27D4EB4FL;
        }
        return keys;
    }

    /** Any position but one already fully masked may turn out to vary a lot. */
    private static boolean isWord(String coarse) {
        return !WILDCARD.equals(coarse);
    }

    private static long mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 31);
    }
}
