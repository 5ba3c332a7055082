package dev.headroom.compress.diff;

import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;

/** A unified diff: at least one file header ({@code diff --git} or {@code ---}/{@code +++}) and one hunk header. */
public final class DiffDetector implements KindDetector {

    @Override
    public ContentKind kind() {
        return ContentKind.DIFF;
    }

    @Override
    public Tally tally() {
        return new Tally() {
            private int headers;
            private int hunks;

            @Override
            public void line(String line, String previous) {
                if (line.startsWith("diff --git ") || (line.startsWith("+++ ") && previous.startsWith("--- "))) {
                    headers++;
                } else if (line.startsWith("@@ -") && line.indexOf(" @@", 4) > 0) {
                    hunks++;
                }
            }

            @Override
            public boolean claims(String content, int start, SampleTotals totals) {
                return hunks > 0 && headers > 0;
            }
        };
    }
}
