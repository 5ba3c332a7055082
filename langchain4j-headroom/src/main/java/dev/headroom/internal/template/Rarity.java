package dev.headroom.internal.template;

import dev.headroom.internal.CharClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses which rare templates to show when there are more than the budget allows (a log where nearly
 * every line is unique): the rarest first; among the equally rare ones at the cut, an even spread over
 * their positions, so the selection samples the whole output rather than its start. The cost is bounded
 * too: a few very long rare lines do not take the room of many ordinary ones. Deterministic: ties break by
 * position.
 */
public final class Rarity {

    /**
     * A chosen rare template of at most this many lines is shown by all of them, not only its first, when
     * they differ in a short number ({@link #differInShortNumber}): a status or exit code that was masked
     * only because too few lines backed its values (a {@code 502} and a {@code 504} in one template), so
     * each line is as rare as the template.
     */
    public static final int SHOW_ALL_MAX = 3;

    private Rarity() {}

    /**
     * @param candidate   which templates are rare
     * @param occurrences how often each template occurs
     * @param position    where each template's shown occurrence is (its first line or record)
     * @param weight      what showing each costs (its characters)
     * @param budget      how many to choose at most
     * @param maxWeight   how much they may cost together; one that does not fit is skipped for a smaller one
     * @return the chosen templates, in order of position
     */
    public static int[] select(boolean[] candidate, int[] occurrences, int[] position, int[] weight, int budget,
                               long maxWeight) {
        List<Integer> all = new ArrayList<>();
        for (int t = 0; t < candidate.length; t++) {
            if (candidate[t]) {
                all.add(t);
            }
        }
        all.sort((a, b) -> occurrences[a] != occurrences[b] ? Integer.compare(occurrences[a], occurrences[b])
                : Integer.compare(position[a], position[b]));
        List<Integer> priority = new ArrayList<>(all.size());
        if (all.size() <= budget) {
            priority.addAll(all);
        } else {
            int cut = occurrences[all.get(budget - 1)];
            int below = 0;
            while (below < all.size() && occurrences[all.get(below)] < cut) {
                below++;
            }
            priority.addAll(all.subList(0, below));
            int tie = below;
            while (tie < all.size() && occurrences[all.get(tie)] == cut) {
                tie++;
            }
            int need = budget - below;
            int ties = tie - below;
            boolean[] spread = new boolean[ties];
            for (int k = 0; k < need; k++) {
                spread[(int) ((long) k * ties / need)] = true;
            }
            for (int k = 0; k < ties; k++) {
                if (spread[k]) {
                    priority.add(all.get(below + k));
                }
            }
            for (int k = 0; k < ties; k++) {
                if (!spread[k]) {
                    priority.add(all.get(below + k));
                }
            }
        }
        List<Integer> chosen = new ArrayList<>();
        long used = 0;
        for (int t : priority) {
            if (chosen.size() >= budget) {
                break;
            }
            if (used + weight[t] <= maxWeight) {
                chosen.add(t);
                used += weight[t];
            }
        }
        chosen.sort((a, b) -> Integer.compare(position[a], position[b]));
        int[] out = new int[chosen.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = chosen.get(i);
        }
        return out;
    }

    /**
     * Per template, its first line not kept yet, or -1 when every one is: a rare template is shown by that line, so
     * when the head already shows one of two altered binaries ({@code rpm -Va}), the other is still as rare.
     */
    public static int[] firstNotKept(LineTemplates mined, boolean[] keep) {
        int[] first = new int[mined.count()];
        Arrays.fill(first, -1);
        for (int i = 0; i < keep.length; i++) {
            int t = mined.templateOf(i);
            if (first[t] < 0 && !keep[i]) {
                first[t] = i;
            }
        }
        return first;
    }

    /**
     * Whether two lines of one template differ, at the same blank-separated position, in two different
     * numbers of one to three digits (a status, an exit code, a count), not only in ids, times or addresses.
     */
    public static boolean differInShortNumber(String a, String b) {
        String[] x = a.split(" ", TemplateMiner.MAX_TOKENS);
        String[] y = b.split(" ", TemplateMiner.MAX_TOKENS);
        if (x.length != y.length) {
            return false;
        }
        for (int k = 0; k < x.length; k++) {
            if (!x[k].equals(y[k]) && isShortNumber(x[k]) && isShortNumber(y[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortNumber(String token) {
        int n = token.length();
        if (n == 0 || n > 3) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!CharClass.isDigit(token.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
