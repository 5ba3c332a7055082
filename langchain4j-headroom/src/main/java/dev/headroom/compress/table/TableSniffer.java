package dev.headroom.compress.table;

import dev.headroom.compress.Lines;

/**
 * Recognises a table from a sample of its lines, fed one by one (blank lines too): cheap, bounded by
 * the sample, no regular expressions. Three shapes, tried in this order:
 * <ol>
 *   <li><b>Listing</b>: {@code ls -l} entries, with {@code total N} lines and {@code ls -R} directory
 *       headers, make at least 90% of the non-blank lines.</li>
 *   <li><b>Delimited</b>: a header record of names (after at most {@value #PREAMBLE_LINES} lines without the
 *       delimiter, such as {@code rabbitmqctl}'s "Listing queues ...", or a box's caption row), then records with the same number of
 *       delimiters (tab, {@code |}, comma or semicolon, outside CSV quotes) make at least 80% of the non-blank
 *       lines, box rules, {@code (N rows)} footers and the preamble included. Tab-separated records without a
 *       header record ({@code gh issue list | cat}, {@code mysql -B -N}) are a table too when at least
 *       {@value #HEADERLESS_MIN_ROWS} of them, with at least {@value #HEADERLESS_MIN_TABS} tabs each and all the
 *       same count, make 90% of the lines: a tab is rare in prose and logs, a steady count of them rarer.</li>
 *   <li><b>Aligned</b>: a column header ({@link LineShapes#isHeader}), at the start, after a few
 *       preamble lines or after a blank line (several tables in a row, as {@code kubectl get all} prints
 *       them), and rows whose words start under the header's words (left-aligned columns) or end under
 *       their ends (right-aligned numbers) in at least 60% of the columns; again 80% of the lines.</li>
 * </ol>
 * A short Markdown table inside prose stays prose: it is far from 80% of the lines.
 *
 * <p>Not thread-safe (one instance per detection); deterministic.
 */
final class TableSniffer {

    /** The lines {@link #sniff} looks at. */
    static final int SAMPLE_LINES = 200;
    /** Lines before the first header that do not count against an aligned table (dpkg's legend, netstat's title). */
    static final int PREAMBLE_LINES = 8;
    /** A quoted CSV field spanning more lines than this is taken for a stray quote. */
    static final int MAX_RECORD_LINES = 50;

    /** Rows a table without a header record needs. */
    static final int HEADERLESS_MIN_ROWS = 5;
    /** Tabs each row of a table without a header record has (three columns: {@code du}'s size and path is not one). */
    static final int HEADERLESS_MIN_TABS = 2;

    private static final char[] DELIMITERS = {'\t', '|', ',', ';'};
    /** How psql's expanded display ({@code \\x}, {@code -x}) opens each record: {@code -[ RECORD 12 ]----+----}. */
    static final String EXPANDED_RECORD_HEAD = "-[ RECORD ";

    private final Candidate[] candidates = new Candidate[DELIMITERS.length];
    private int nonBlank;
    private int listing;
    private int listingExtras;
    private int separators;
    private int footers;
    private int headers;
    private int aligned;
    private int preamble;
    private int[] headerStarts;
    private int[] headerEnds;
    private boolean afterBlank = true;
    private String previous;
    private int expandedHeads;

    public TableSniffer() {
        for (int d = 0; d < DELIMITERS.length; d++) {
            candidates[d] = new Candidate(DELIMITERS[d]);
        }
    }

    /** The shape of the first {@link #SAMPLE_LINES} lines, or {@code null} when they are not a table. */
    static Shape sniff(String[] lines) {
        TableSniffer sniffer = new TableSniffer();
        for (int i = 0; i < lines.length && i < SAMPLE_LINES; i++) {
            sniffer.add(lines[i]);
        }
        return sniffer.shape();
    }

    /** Feeds the next line (without its terminator). */
    public void add(String line) {
        boolean blank = Lines.isBlank(line);
        expandedHeads += line.startsWith(EXPANDED_RECORD_HEAD) ? 1 : 0;
        boolean rule = !blank && LineShapes.isSeparator(line);
        boolean footer = !blank && !rule && LineShapes.isFooter(line);
        for (Candidate c : candidates) {
            c.add(line, blank || rule || footer);
        }
        if (blank) {
            afterBlank = true;
            previous = null;
            return;
        }
        nonBlank++;
        if (rule) {
            separators++;
            if (headerStarts == null && previous != null && LineShapes.isHeader(previous, line)) {
                // a two-word header is only known by the rule under it (pip list)
                int[][] spans = Columns.words(previous);
                headerStarts = spans[0];
                headerEnds = spans[1];
                headers++;
                preamble--;
            }
        } else if (footer) {
            footers++;
        }
        if (LineShapes.isListing(line)) {
            listing++;
        } else if (LineShapes.isTotal(line) || (afterBlank || nonBlank == 1) && LineShapes.isSection(line)) {
            listingExtras++;
        }
        if (!rule && !footer) {
            addAligned(line);
        }
        previous = line;
        afterBlank = false;
    }

    private void addAligned(String line) {
        if ((headerStarts == null || afterBlank) && LineShapes.isHeader(line)) {
            int[][] spans = Columns.words(line);
            headerStarts = spans[0];
            headerEnds = spans[1];
            headers++;
        } else if (headerStarts == null) {
            preamble++;
        } else if (Columns.aligned(line, headerStarts, headerEnds)) {
            aligned++;
        }
    }

    /** Whether the lines fed so far make a table. */
    public boolean isTable() {
        return shape() != null;
    }

    /** The shape of the lines fed so far, or {@code null} when they are not a table. */
    Shape shape() {
        if (nonBlank == 0) {
            return null;
        }
        if (expandedHeads >= 2) {
            return Shape.EXPANDED; // psql's expanded display: records of "name | value" lines, one per column
        }
        if (listing >= 3 && (listing + listingExtras) * 10 >= nonBlank * 9) {
            return Shape.LISTING;
        }
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.fits(nonBlank, separators + footers) && (best == null || c.header > best.header)) {
                best = c;
            }
        }
        if (best != null) {
            return Shape.delimited(best.delimiter);
        }
        Candidate tabs = candidates[0];
        if (tabs.fitsHeaderless(nonBlank, separators + footers)) {
            return Shape.headerless(tabs.delimiter);
        }
        if (aligned >= 3 && (aligned + headers + separators + footers + Math.min(preamble, PREAMBLE_LINES)) * 10 >= nonBlank * 8) {
            return Shape.ALIGNED;
        }
        return null;
    }

    /** One delimiter's view of the sample: its header record and how many records agree with it. */
    private static final class Candidate {
        final char delimiter;
        final Delimited.Counter counter;
        int header = -1;
        boolean headerNames;
        /** Lines before the header without the delimiter ({@code Listing queues for vhost / ...}). */
        int preambleLines;
        int recordLines;
        int consistent;
        int consistentLines;
        boolean broken;
        String firstLine;
        /** Records, the first included, with the first record's delimiter count (tabs only: see {@link #fitsHeaderless}). */
        int sameAsFirst;
        int sameAsFirstLines;

        Candidate(char delimiter) {
            this.delimiter = delimiter;
            this.counter = new Delimited.Counter(delimiter);
        }

        void add(String line, boolean structural) {
            if (broken || (header >= 0 && !headerNames && delimiter != '\t') || (recordLines == 0 && structural)) {
                // broken, or a header record that is not names (and no tab table without one): nothing to count
                return;
            }
            if (recordLines == 0 && header < 0) {
                firstLine = line;
            }
            recordLines++;
            if (counter.feed(line)) {
                broken = recordLines > MAX_RECORD_LINES;
                return;
            }
            int count = counter.count();
            if (header < 0 && (count == 0 || delimiter == '|' && LineShapes.isBoxTitle(line)) && recordLines == 1
                    && preambleLines < PREAMBLE_LINES) {
                preambleLines++;
                counter.reset();
                recordLines = 0;
                return;
            }
            if (header < 0) {
                header = count;
                headerNames = count > 0 && recordLines == 1 && Columns.isNameRecord(firstLine, delimiter);
            } else if (count == header) {
                consistent++;
                consistentLines += recordLines;
            }
            if (count == header) {
                sameAsFirst++;
                sameAsFirstLines += recordLines;
            }
            counter.reset();
            recordLines = 0;
        }

        /** A tab table whose first record is a row: no preamble, and 90% of the lines (not 80%) agree with it. */
        boolean fitsHeaderless(int nonBlank, int structural) {
            return !broken && !headerNames && delimiter == '\t' && preambleLines == 0 && header >= HEADERLESS_MIN_TABS
                    && sameAsFirst >= HEADERLESS_MIN_ROWS && (sameAsFirstLines + structural) * 10 >= nonBlank * 9;
        }

        boolean fits(int nonBlank, int structural) {
            return !broken && headerNames && consistent >= 3
                    && (consistentLines + 1 + structural + preambleLines) * 10 >= nonBlank * 8;
        }
    }
}
