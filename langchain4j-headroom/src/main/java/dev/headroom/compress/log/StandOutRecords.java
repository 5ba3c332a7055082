package dev.headroom.compress.log;

import dev.headroom.compress.WorkBudget;
import dev.headroom.internal.template.LevelShifts;
import dev.headroom.internal.template.NamedNumbers;
import dev.headroom.internal.template.NumericOutliers;

/** Log records kept for their numbers rather than their words (see {@link #keep}). Stateless. */
final class StandOutRecords {

    private StandOutRecords() {}

    /**
     * The records whose number stands far above the rest of their template ({@link NumericOutliers}: the request
     * that took 48 s) and those where a repeated measurement moves to another level ({@link LevelShifts}: the
     * queue that stayed at 5,000 from 10:42 on), each at most {@code limit}, by their head lines: an INFO line is
     * no problem by its level, and a template masks its numbers.
     */
    static void keep(String[] lines, LogRecords records, boolean[] keep, int limit, WorkBudget budget) {
        int count = records.size();
        String[] heads = new String[count];
        int[] templateOf = new int[count];
        int[] familyOf = new int[count];
        for (int r = 0; r < count; r++) {
            heads[r] = lines[records.start(r)];
            templateOf[r] = records.template(r);
            familyOf[r] = records.family(templateOf[r]);
        }
        NamedNumbers numbers = new NamedNumbers(heads); // read once for both rules
        for (int r : NumericOutliers.of(numbers, templateOf, records.templateCount(), limit, budget)) {
            keep[r] = true;
        }
        for (int r : LevelShifts.of(numbers, familyOf, records.families(), limit, budget)) {
            keep[r] = true;
        }
    }
}
