package dev.headroom.compress.diff;

import dev.headroom.compress.ContentKind;
import dev.headroom.compress.KindDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff: at least one file header ({@code diff --git} or {@code ---}/{@code +++}) and one hunk header; or a
 * side-by-side diff ({@code diff -y}, see {@link SideBySide}).
 */
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
            private final List<String> sample = new ArrayList<>();

            @Override
            public void line(String line, String previous) {
                sample.add(line);
                if (line.startsWith("diff --git ") || (line.startsWith("+++ ") && previous.startsWith("--- "))) {
                    headers++;
                } else if (line.startsWith("@@ -") && line.indexOf(" @@", 4) > 0) {
                    hunks++;
                }
            }

            @Override
            public boolean claims(String content, int start, SampleTotals totals) {
                return hunks > 0 && headers > 0 || hunks == 0 && headers == 0 && SideBySide.is(sample);
            }
        };
    }
}
