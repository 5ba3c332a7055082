package dev.headroom.compress.log;

/**
 * The details a tool prints under a problem line as lines of their own, each with the same level token, indented
 * after it: sbt's {@code [info] - should accrue interest *** FAILED ***} followed by
 * {@code [info]   101.59 did not equal 101.60 (InterestAccrualSpec.scala:84)}, Maven's {@code [ERROR]   Tests.x:42}.
 * Each such line heads a record of its own (it has a level), so the record's continuation does not hold it. The same
 * under a stamp, in a log whose lines carry no level. Stateless.
 */
final class PrefixedDetails {

    /** Detail lines kept under a shown problem line. */
    static final int MAX_DETAILS = 4;

    private PrefixedDetails() {}

    /**
     * Keeps the records after {@code record} whose heads carry its level token and are indented deeper after it; in a
     * log without level tokens, whose every line is stamped (a CI job's log), the records whose text is indented deeper
     * after the stamp: Playwright's {@code 1 failed} over the failed test's name.
     */
    static void keep(String[] lines, LogRecords records, int record, boolean[] keep) {
        String head = lines[records.start(record)];
        int level = LogLevel.position(head);
        if (level < 0) {
            keepUnderStamp(lines, records, record, keep);
            return;
        }
        int levelEnd = tokenEnd(head, level);
        int indent = spaces(head, levelEnd);
        for (int r = record + 1; r < records.size() && r <= record + MAX_DETAILS; r++) {
            String line = lines[records.start(r)];
            int at = LogLevel.position(line);
            if (at < 0 || !line.regionMatches(at, head, level, levelEnd - level) || tokenEnd(line, at) != at + levelEnd - level
                    || spaces(line, at + levelEnd - level) <= indent + 1) {
                return;
            }
            keep[r] = true;
        }
    }

    private static void keepUnderStamp(String[] lines, LogRecords records, int record, boolean[] keep) {
        String head = lines[records.start(record)];
        if (!LogSyntax.stampAt(head, 0)) {
            return;
        }
        int stamp = tokenEnd(head, 0);
        int indent = spaces(head, stamp);
        for (int r = record + 1; r < records.size() && r <= record + MAX_DETAILS; r++) {
            String line = lines[records.start(r)];
            if (!LogSyntax.stampAt(line, 0) || spaces(line, tokenEnd(line, 0)) <= indent + 1) {
                return;
            }
            keep[r] = true;
        }
    }

    private static int tokenEnd(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
            i++;
        }
        return i;
    }

    private static int spaces(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i == line.length() ? 0 : i - from;
    }
}
