package dev.headroom;

import dev.headroom.tokens.TokenCounter;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Which units of a result the ceiling keeps, and what that costs: the tokens of each kept unit with its newline and
 * of each note that stands for a run of omitted units ({@link CeilingRendering#note}), each counted by the engine's
 * counter when first needed. For an additive counter such as the chars-per-token estimate the total bounds the
 * rendered body's count; {@link ResultCeiling} checks the rendered body anyway and {@link #dropLast() drops} the
 * last additions while it is over, which covers any counter.
 *
 * <p>Additions are remembered in order, so the ones dropped are the least important. Mutable: one per capping, on
 * one thread.
 *
 * <p>Every addition tried asks for the notes of three runs, and candidates tried in a row mostly fall in the same
 * run: a note's cost is remembered by its run ({@link #NOTE_MEMO} slots, direct-mapped), so most asks build no
 * note text. The kept units are a bit set: the nearest kept unit either side is a word scan, not a boxed tree
 * look-up.
 */
final class CeilingPlan {

    private final CeilingUnits units;
    private final TokenCounter counter;
    private final boolean[] keep;
    /** Note costs remembered, direct-mapped by run: a power of two. */
    static final int NOTE_MEMO = 1024;

    private final BitSet kept;
    /** Run {@code from * units + to} of each memo slot; -1 when empty. */
    private final long[] noteRuns = new long[NOTE_MEMO];
    private final long[] noteCosts = new long[NOTE_MEMO];
    /** Tokens of each unit with its newline; -1 until counted. */
    private final int[] cost;
    private final int[] added;
    private int addedCount;
    private long used;

    CeilingPlan(CeilingUnits units, TokenCounter counter) {
        this.units = units;
        this.counter = counter;
        int n = units.count();
        this.keep = new boolean[n];
        this.kept = new BitSet(n);
        this.cost = new int[n];
        Arrays.fill(cost, -1);
        Arrays.fill(noteRuns, -1);
        this.added = new int[n];
        this.used = noteCost(0, n - 1); // nothing kept yet: one note for everything
    }

    /** The cost of what is kept so far, notes included. */
    long used() {
        return used;
    }

    boolean kept(int u) {
        return keep[u];
    }

    boolean isEmpty() {
        return addedCount == 0;
    }

    /** How many units were added (and not dropped). */
    int addedCount() {
        return addedCount;
    }

    /**
     * Keeps unit {@code u} when the total stays within {@code limit}.
     *
     * @return whether {@code u} is kept now (also when it already was)
     */
    boolean add(int u, long limit) {
        if (keep[u]) {
            return true;
        }
        long next = used + cost(u) + noteDelta(u);
        if (next > limit) {
            return false;
        }
        keep[u] = true;
        kept.set(u);
        used = next;
        added[addedCount++] = u;
        return true;
    }

    /** Keeps units from {@code from} onwards, skipping kept ones, until one does not fit. */
    void fillForward(int from, long limit) {
        for (int u = from; u < keep.length; u++) {
            if (!add(u, limit)) {
                return;
            }
        }
    }

    /** Keeps units from {@code from} backwards, skipping kept ones, until one does not fit. */
    void fillBackward(int from, long limit) {
        for (int u = from; u >= 0; u--) {
            if (!add(u, limit)) {
                return;
            }
        }
    }

    /** Undoes the latest addition still in force. */
    void dropLast() {
        int u = added[--addedCount];
        keep[u] = false;
        kept.clear(u);
        // the kept units around u are those of when it was added: everything added later was dropped first
        used -= cost(u) + noteDelta(u);
    }

    /**
     * How the notes' cost changes when {@code u}, not kept, joins the kept units: the note of its run gives way to
     * the notes of what remains of the run on either side.
     */
    private long noteDelta(int u) {
        int below = u == 0 ? -1 : kept.previousSetBit(u - 1);
        int above = kept.nextSetBit(u + 1);
        int from = below + 1;
        int to = above < 0 ? keep.length - 1 : above - 1;
        return noteCost(from, u - 1) + noteCost(u + 1, to) - noteCost(from, to);
    }

    /** The tokens of the note for omitted units {@code from} to {@code to}, with its newline; 0 for none. */
    private long noteCost(int from, int to) {
        if (from > to) {
            return 0;
        }
        long run = (long) from * keep.length + to;
        int slot = (int) ((run * 0x9E3779B97F4A7C15L) >>> 54); // top 10 bits: NOTE_MEMO slots
        if (noteRuns[slot] != run) {
            noteCosts[slot] = counter.count(CeilingRendering.note(units, from, to) + units.newline());
            noteRuns[slot] = run;
        }
        return noteCosts[slot];
    }

    private int cost(int u) {
        if (cost[u] < 0) {
            cost[u] = counter.count(units.text(u) + units.newline());
        }
        return cost[u];
    }
}
