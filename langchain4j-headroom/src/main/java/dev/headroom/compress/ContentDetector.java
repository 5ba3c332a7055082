package dev.headroom.compress;

import dev.headroom.internal.CharClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides the {@link ContentKind} of a tool result from its content alone. Runs on every tool result,
 * so it is cheap and bounded: it looks at the first {@value #HEAD_LINES} lines (at most
 * {@value #HEAD_CHARS} characters) and the last {@value #TAIL_LINES} lines, and never at more. What each
 * kind looks like is the business of its package's {@link KindDetector}; this class only samples the lines once,
 * and asks the detectors in the order given, most specific first, feeding each the sample just before it is asked
 * (those after the one that claims the content never read it).
 *
 * <p>Order of decisions: a detector that {@link KindDetector#claimsAtStart claims the start} (JSON); binary or
 * control-character garbage (UNKNOWN); then each detector's {@link KindDetector.Tally#claims claim} in order;
 * anything no detector claims is UNKNOWN and passes through. The built-in order is in
 * {@code dev.headroom.compress.kinds.BuiltInKinds}.
 *
 * <p>Thread-safe, stateless (apart from the immutable detector list) and deterministic.
 */
public final class ContentDetector {

    /** Lines sampled from the start of the content. */
    static final int HEAD_LINES = 200;
    /** Characters sampled from the start of the content at most. */
    static final int HEAD_CHARS = 64 * 1024;
    /** Lines sampled from the end (build summaries live there). */
    static final int TAIL_LINES = 30;
    /** How far back from the end the tail sample may start at most. */
    private static final int TAIL_CHARS = 8 * 1024;

    /**
     * Non-blank lines from which content is long enough to be line-oriented tool output rather than a short
     * note (the generic line-template kind claims content of at least this many lines).
     */
    public static final int LINE_ORIENTED_MIN_LINES = 8;

    private final List<KindDetector> detectors;

    /** @param detectors the detectors in decision order, most specific first */
    public ContentDetector(List<? extends KindDetector> detectors) {
        this.detectors = List.copyOf(Objects.requireNonNull(detectors, "detectors"));
    }

    /** The detectors in decision order. */
    public List<KindDetector> detectors() {
        return detectors;
    }

    public ContentKind detect(String content) {
        if (content == null || content.isEmpty()) {
            return ContentKind.UNKNOWN;
        }
        int i = 0;
        int n = content.length();
        while (i < n && CharClass.isWhitespace(content.charAt(i))) {
            i++;
        }
        if (i == n) {
            return ContentKind.UNKNOWN;
        }
        for (KindDetector detector : detectors) {
            if (detector.claimsAtStart(content, i)) {
                return detector.kind();
            }
        }
        // the sample starts with the first non-blank line whole: a right-aligned header ("   JOBID PARTITION") keeps
        // its leading blanks, or its words would not stand over the columns they name
        int lineStart = i;
        while (lineStart > 0 && content.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        Sample s = new Sample();
        int headEnd = Math.min(n, lineStart + HEAD_CHARS);
        int pos = scan(content, lineStart, headEnd, HEAD_LINES, s);
        if (pos < n) {
            int tailStart = tailStart(content, Math.max(pos, n - TAIL_CHARS), TAIL_LINES);
            scanTail(content, tailStart, n, s);
        }
        return decide(content, i, s);
    }

    /**
     * Asks the detectors in order, each fed the whole sample just before it is asked: a tally sees what it would see
     * alongside the others (the same lines, in the same order), and the detectors after the one that claims the
     * content are spared reading it.
     */
    private ContentKind decide(String content, int start, Sample s) {
        if (s.control * 100 > s.chars + 1 || s.nonBlank == 0) {
            return ContentKind.UNKNOWN;
        }
        KindDetector.SampleTotals totals = new KindDetector.SampleTotals(s.chars, s.letters, s.nonBlank, s.fences, s.fenced);
        for (KindDetector detector : detectors) {
            KindDetector.Tally tally = detector.tally();
            s.feed(tally);
            if (tally.claims(content, start, totals)) {
                return detector.kind();
            }
        }
        return ContentKind.UNKNOWN;
    }

    /** Scans at most {@code maxLines} lines of {@code [from, to)}; returns where it stopped. */
    private static int scan(String content, int from, int to, int maxLines, Sample s) {
        int pos = from;
        int lines = 0;
        while (pos < to && lines < maxLines) {
            int nl = content.indexOf('\n', pos);
            int end = nl < 0 || nl > to ? to : nl;
            s.add(content.substring(pos, end > pos && content.charAt(end - 1) == '\r' ? end - 1 : end));
            lines++;
            pos = end + 1;
        }
        return Math.min(pos, content.length());
    }

    private static void scanTail(String content, int from, int to, Sample s) {
        int pos = from;
        while (pos < to) {
            int nl = content.indexOf('\n', pos);
            int end = nl < 0 ? to : nl;
            s.tail.add(content.substring(pos, end > pos && content.charAt(end - 1) == '\r' ? end - 1 : end));
            pos = end + 1;
        }
    }

    /** The start of the last {@code lines} lines, not before {@code floor}. */
    private static int tailStart(String content, int floor, int lines) {
        int pos = content.length();
        int found = 0;
        while (pos > floor && found <= lines) {
            int nl = content.lastIndexOf('\n', pos - 1);
            if (nl < floor) {
                return floor;
            }
            pos = nl;
            found++;
        }
        return pos >= content.length() ? floor : pos + 1;
    }

    /** The sampled lines and the counters over them that every detector shares. */
    private static final class Sample {
        final List<String> head = new ArrayList<>();
        /** Per head line: whether a detector's {@code line} sees it (non-blank, outside fences). */
        final List<Boolean> counted = new ArrayList<>();
        final List<String> tail = new ArrayList<>();
        int chars;
        int letters;
        int control;
        int nonBlank;
        int fences;
        int fenced;
        boolean inFence;

        void add(String line) {
            head.add(line);
            counted.add(count(line));
        }

        /** Updates the shared counters; whether the line goes to the detectors' {@code line}. */
        private boolean count(String line) {
            chars += line.length() + 1;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (CharClass.isLetter(c) || c == ' ') {
                    letters++;
                } else if (c < 0x20 && c != '\t' && c != '\r') {
                    control++;
                }
            }
            if (line.isBlank()) {
                return false;
            }
            nonBlank++;
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fences++;
                inFence = !inFence;
                fenced++;
                return false;
            }
            if (inFence) {
                fenced++;
                return false;
            }
            return true;
        }

        /** Hands one tally the sample: each head line (and, where counted, its line call), then the tail. */
        void feed(KindDetector.Tally tally) {
            String previous = "";
            for (int k = 0; k < head.size(); k++) {
                String line = head.get(k);
                tally.anyLine(line);
                if (counted.get(k)) {
                    tally.line(line, previous);
                }
                previous = line;
            }
            previous = "";
            for (String line : tail) {
                tally.tailLine(line, previous);
                previous = line;
            }
        }
    }
}
