package dev.headroom.compress.table;

import dev.headroom.compress.WorkBudget;
import java.util.ArrayList;
import java.util.List;

/**
 * A table cut into records (rows, each one or more whole lines) and the structural lines around them
 * (headers, rules, footers, {@code total N}, {@code ls -R} directory lines, blank lines, preambles).
 *
 * <p>Records are grouped in <em>sections</em>: a section starts with the run of structural lines before
 * its first record (the preamble and header for the first section; a blank line and the next header or
 * directory line for later ones). Records of tables with the same header share a <em>schema</em>, the
 * unit over which rare values and outliers are judged.
 *
 * <p>Built by {@link TableParser}; immutable after that.
 */
final class ParsedTable {

    final String[] lines;
    final Shape shape;
    /** First line of each record. */
    final List<Integer> start = new ArrayList<>();
    /** One past the last line of each record. */
    final List<Integer> end = new ArrayList<>();
    /** The section of each record. */
    final List<Integer> section = new ArrayList<>();
    /** The cells of each record ({@code null} for irregular records). */
    final List<List<String>> cells = new ArrayList<>();
    /** First line of each section's structural run. */
    final List<Integer> sectionStart = new ArrayList<>();
    /** Each section's context line (its header or directory line), or -1. */
    final List<Integer> sectionContext = new ArrayList<>();
    /** Each section's schema. */
    final List<Integer> sectionSchema = new ArrayList<>();
    /** Column names per schema. */
    final List<List<String>> schemaNames = new ArrayList<>();

    private final WorkBudget budget;

    ParsedTable(String[] lines, Shape shape, WorkBudget budget) {
        this.lines = lines;
        this.shape = shape;
        this.budget = budget;
    }

    int records() {
        return start.size();
    }

    /** Whether the record did not fit its table's columns (different cell count, not aligned, not an entry). */
    boolean irregular(int record) {
        return cells.get(record) == null;
    }

    int schema(int record) {
        return sectionSchema.get(section.get(record));
    }

    /** The record's lines joined by newlines. */
    String text(int record) {
        int from = start.get(record);
        int to = end.get(record);
        if (to - from == 1) {
            return lines[from];
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
    }

    /** The context line of the record's section, or {@code null}. */
    String context(int record) {
        int line = sectionContext.get(section.get(record));
        return line < 0 ? null : lines[line];
    }

    void addRecord(int from, int to, int sectionIndex, List<String> recordCells) {
        budget.charge(1 + (to - from) + (recordCells == null ? 0 : recordCells.size())); // a record's lines and cells
        start.add(from);
        end.add(to);
        section.add(sectionIndex);
        cells.add(recordCells);
    }

    /** Opens a section at {@code line}; returns its index. */
    int addSection(int line, int context, int schema) {
        sectionStart.add(line);
        sectionContext.add(context);
        sectionSchema.add(schema);
        return sectionStart.size() - 1;
    }

    /** The schema with these column names, added when new. */
    int schema(List<String> names) {
        int found = schemaNames.indexOf(names);
        if (found >= 0) {
            return found;
        }
        schemaNames.add(names);
        return schemaNames.size() - 1;
    }
}
