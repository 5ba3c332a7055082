package dev.headroom.compress.code;

import java.util.List;

/**
 * The kept lines of an outline (originals and elision markers, in order), how many lines were elided, and the
 * indexes of the original lines kept as written, ascending (what the per-result ceiling keeps as the outline).
 */
record Outline(List<String> lines, int omitted, int[] kept) {}
