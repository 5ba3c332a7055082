package dev.headroom.compress.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which error items of one array {@link ItemSelector} lets go first: the repeats of a story told more than
 * {@code maxItems} times, and, when the kept items are too large, the least rare. Stateless.
 */
final class ErrorOrder {

    private ErrorOrder() {}

    /**
     * Keeps of a story told by more than {@code maxItems} error items (the same error kind, a 504 is not a 404, and
     * {@link ErrorRarity#signature}: the same words, only numbers, ids and times differ) its first
     * {@value ItemSelector#REPEATS_SHOWN} - 1 and its last, so that one client retrying with a bad certificate does not
     * take the room of the errors that explain the outage; the others are counted in the disclosure. A story told fewer times keeps every item: six failed orders are six answers.
     * Returns how many it unkept.
     */
    static int dropRepeated(Node[] items, String[] kinds, ItemSelector.Reason[] reason, int maxItems) {
        Map<String, List<Integer>> bySignature = new LinkedHashMap<>();
        for (int i = 0; i < items.length; i++) {
            if (reason[i] == ItemSelector.Reason.ERROR) {
                bySignature.computeIfAbsent(kinds[i] + '\u0002' + ErrorRarity.signature(items[i]), k -> new ArrayList<>()).add(i);
            }
        }
        int dropped = 0;
        for (List<Integer> same : bySignature.values()) {
            for (int k = ItemSelector.REPEATS_SHOWN - 1; same.size() > maxItems && k < same.size() - 1; k++) {
                reason[same.get(k)] = null;
                dropped++;
            }
        }
        return dropped;
    }

    /**
     * The indexes of the error items, read from the end: the last entry is dropped first. An item that repeats the
     * story of an earlier one (its error kind and {@link ErrorItems#message}) is dropped before the first of any story
     * (a burst of 502s in the access log is not told by the same burst in the error log); then the least rare error
     * item is last; among equals, one whose text says what went wrong stays longer, then the earliest. Slots before the
     * error items hold -1.
     */
    static int[] dropOrder(Node[] items, String[] kinds, ItemSelector.Reason[] reason, ErrorItems judge) {
        List<Integer> errors = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            if (reason[i] == ItemSelector.Reason.ERROR) {
                errors.add(i);
            }
        }
        double[] rarity = ErrorRarity.of(items, errors);
        boolean[] says = new boolean[errors.size()];
        boolean[] repeat = new boolean[errors.size()];
        Set<String> stories = new HashSet<>();
        for (int e = 0; e < says.length; e++) {
            int i = errors.get(e);
            says[e] = judge.saysWhatWentWrong(items[i]);
            repeat[e] = !stories.add(kinds[i] + '\u0002' + judge.message(items[i]));
        }
        Integer[] order = new Integer[errors.size()];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
        }
        // kept longest first: the first item of each story (its kind and message), then the rarest, then the earliest;
        // among equally rare, an item whose own text says what went wrong before one only its level flags (a stack
        // frame logged as its own ERROR entry)
        Arrays.sort(order, (a, b) -> repeat[a] != repeat[b] ? (repeat[a] ? 1 : -1)
                : rarity[a] != rarity[b] ? Double.compare(rarity[b], rarity[a])
                : says[a] != says[b] ? (says[a] ? -1 : 1) : Integer.compare(a, b));
        int[] dropOrder = new int[items.length];
        Arrays.fill(dropOrder, -1);
        int offset = items.length - order.length;
        for (int e = 0; e < order.length; e++) {
            dropOrder[offset + e] = errors.get(order[e]);
        }
        return dropOrder;
    }

}
