package dev.headroom.compress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides the {@link ContentKind} of a tool result from its content alone. Runs on every tool result,
 * so it is cheap and bounded: it looks at the first {@value #HEAD_LINES} lines (at most
 * {@value #HEAD_CHARS} characters) and the last {@value #TAIL_LINES} lines, and never at more. What each
 * kind looks like is the business of its package's {@link KindDetector}; this class only samples the lines,
 * feeds them to every detector, and asks the detectors in the order given, most specific first.
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
        while (i < n && Character.isWhitespace(content.charAt(i))) {
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
        Sample s = new Sample(detectors);
        int headEnd = Math.min(n, i + HEAD_CHARS);
        int pos = scan(content, i, headEnd, HEAD_LINES, s);
        if (pos < n) {
            int tailStart = tailStart(content, Math.max(pos, n - TAIL_CHARS), TAIL_LINES);
            scanTail(content, tailStart, n, s);
        }
        return decide(content, i, s);
    }

    private ContentKind decide(String content, int start, Sample s) {
        if (s.control * 100 > s.chars + 1 || s.nonBlank == 0) {
            return ContentKind.UNKNOWN;
        }
        KindDetector.SampleTotals totals = new KindDetector.SampleTotals(s.chars, s.letters, s.nonBlank, s.fences, s.fenced);
        for (int k = 0; k < detectors.size(); k++) {
            if (s.tallies[k].claims(content, start, totals)) {
                return detectors.get(k).kind();
            }
        }
        return ContentKind.UNKNOWN;
    }

    /** Scans at most {@code maxLines} lines of {@code [from, to)}; returns where it stopped. */
    private static int scan(String content, int from, int to, int maxLines, Sample s) {
        int pos = from;
        int lines = 0;
        String previous = "";
        while (pos < to && lines < maxLines) {
            int nl = content.indexOf('\n', pos);
            int end = nl < 0 || nl > to ? to : nl;
            String line = content.substring(pos, end > pos && content.charAt(end - 1) == '\r' ? end - 1 : end);
            s.add(line, previous);
            previous = line;
            lines++;
            pos = end + 1;
        }
        return Math.min(pos, content.length());
    }

    private static void scanTail(String content, int from, int to, Sample s) {
        int pos = from;
        String previous = "";
        while (pos < to) {
            int nl = content.indexOf('\n', pos);
            int end = nl < 0 ? to : nl;
            String line = content.substring(pos, end > pos && content.charAt(end - 1) == '\r' ? end - 1 : end);
            for (KindDetector.Tally tally : s.tallies) {
                tally.tailLine(line, previous);
            }
            previous = line;
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

    /** The shared counters over the sampled lines, and each detector's tally. */
    private static final class Sample {
        final KindDetector.Tally[] tallies;
        int chars;
        int letters;
        int control;
        int nonBlank;
        int fences;
        int fenced;
        boolean inFence;

        Sample(List<KindDetector> detectors) {
            List<KindDetector.Tally> list = new ArrayList<>(detectors.size());
            for (KindDetector detector : detectors) {
                list.add(detector.tally());
            }
            this.tallies = list.toArray(new KindDetector.Tally[0]);
        }

        void add(String line, String previous) {
            for (KindDetector.Tally tally : tallies) {
                tally.anyLine(line);
            }
            chars += line.length() + 1;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (Character.isLetter(c) || c == ' ') {
                    letters++;
                } else if (c < 0x20 && c != '\t' && c != '\r') {
                    control++;
                }
            }
            if (line.isBlank()) {
                return;
            }
            nonBlank++;
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fences++;
                inFence = !inFence;
                fenced++;
                return;
            }
            if (inFence) {
                fenced++;
                return;
            }
            for (KindDetector.Tally tally : tallies) {
                tally.line(line, previous);
            }
        }
    }
}
