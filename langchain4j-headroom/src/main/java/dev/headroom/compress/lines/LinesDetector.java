package dev.headroom.compress.lines;

import dev.headroom.compress.ContentDetector;
import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;

/**
 * Line-oriented output of no other kind ({@code git log --stat}, listings, dependency trees): at least
 * {@value ContentDetector#LINE_ORIENTED_MIN_LINES} non-blank lines. Registered after every specific kind.
 */
public final class LinesDetector implements KindDetector {

    @Override
    public ContentKind kind() {
        return ContentKind.LINES;
    }

    @Override
    public Tally tally() {
        return CLAIM;
    }

    private static final Tally CLAIM = (content, start, totals) ->
            totals.nonBlank() >= ContentDetector.LINE_ORIENTED_MIN_LINES;
}
