package dev.headroom.internal.template;

import java.util.Arrays;

/**
 * The templates {@link TemplateMiner} found in a set of lines: which template each line belongs to, each
 * template's first line, count and text, and its family (templates that differ only by low-cardinality
 * number fields). Ids follow first occurrence. Immutable.
 */
public final class LineTemplates {

    private final int[] templateOf;
    private final int[] first;
    private final int[] occurrences;
    private final String[] display;
    private final int[] family;
    private final int families;

    LineTemplates(int[] templateOf, int[] first, int[] occurrences, String[] display, int[] family, int families) {
        this.templateOf = templateOf;
        this.first = first;
        this.occurrences = occurrences;
        this.display = display;
        this.family = family;
        this.families = families;
    }

    /** How many families there are: templates that differ only by low-cardinality number fields. */
    public int families() {
        return families;
    }

    /** The family of template {@code t} ({@code 0..families-1}). */
    public int family(int t) {
        return family[t];
    }

    /** How many templates there are; ids are {@code 0..count-1} in order of first occurrence. */
    public int count() {
        return first.length;
    }

    /** The template of line {@code i}. */
    public int templateOf(int i) {
        return templateOf[i];
    }

    /** The first line of template {@code t}. */
    public int first(int t) {
        return first[t];
    }

    /** How many lines belong to template {@code t}. */
    public int occurrences(int t) {
        return occurrences[t];
    }

    /** Template {@code t} as text: tokens joined by one space, varying parts as {@code *}. */
    public String template(int t) {
        return display[t];
    }

    @Override
    public String toString() {
        return "LineTemplates{templates=" + first.length + ", lines=" + templateOf.length + ", " + Arrays.toString(
                Arrays.copyOf(display, Math.min(3, display.length))) + "}";
    }
}
