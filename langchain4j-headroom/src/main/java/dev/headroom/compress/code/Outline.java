package dev.headroom.compress.code;

import java.util.List;

/** The kept lines of an outline (originals and elision markers, in order) and how many lines were elided. */
record Outline(List<String> lines, int omitted) {}
