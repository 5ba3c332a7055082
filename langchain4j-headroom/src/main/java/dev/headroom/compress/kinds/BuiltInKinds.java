package dev.headroom.compress.kinds;

import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentDetector;
import dev.headroom.compress.KindDetector;
import dev.headroom.compress.build.BuildCompressor;
import dev.headroom.compress.build.BuildDetector;
import dev.headroom.compress.code.CodeCompressor;
import dev.headroom.compress.code.CodeDetector;
import dev.headroom.compress.diff.DiffCompressor;
import dev.headroom.compress.diff.DiffDetector;
import dev.headroom.compress.json.JsonCompressor;
import dev.headroom.compress.json.JsonDetector;
import dev.headroom.compress.lines.LinesCompressor;
import dev.headroom.compress.lines.LinesDetector;
import dev.headroom.compress.log.LogCompressor;
import dev.headroom.compress.log.LogDetector;
import dev.headroom.compress.search.SearchCompressor;
import dev.headroom.compress.search.SearchDetector;
import dev.headroom.compress.table.TableCompressor;
import dev.headroom.compress.table.TableDetector;
import dev.headroom.compress.text.HtmlCompressor;
import dev.headroom.compress.text.HtmlDetector;
import dev.headroom.compress.text.TextCompressor;
import dev.headroom.compress.text.TextDetector;
import java.util.List;

/**
 * The built-in content kinds: for each, how it is recognised and how it is compressed. The only place that
 * knows every kind package; {@code dev.headroom.compress} knows none of them. Adding a kind is a new package
 * with a {@link KindDetector} and a {@link Compressor}, and one line in {@link #all()}.
 */
public final class BuiltInKinds {

    private BuiltInKinds() {}

    /** One kind: its detector and its compressor. */
    private record Kind(KindDetector detector, Compressor compressor) {
        Kind {
            if (detector.kind() != compressor.kind()) {
                throw new IllegalArgumentException(detector.kind() + " detector with a " + compressor.kind() + " compressor");
            }
        }
    }

    /**
     * The kinds in detection order, most specific first: JSON is claimed from its first character; HTML;
     * diffs; build output; tables before search results (a CSV cell may read {@code 2026-03-01T15:52:00Z});
     * search results; logs; code; prose; and, last, any other line-oriented output.
     */
    private static List<Kind> all() {
        return List.of(
                new Kind(new JsonDetector(), new JsonCompressor()),
                new Kind(new HtmlDetector(), new HtmlCompressor()),
                new Kind(new DiffDetector(), new DiffCompressor()),
                new Kind(new BuildDetector(), new BuildCompressor()),
                new Kind(new TableDetector(), new TableCompressor()),
                new Kind(new SearchDetector(), new SearchCompressor()),
                new Kind(new LogDetector(), new LogCompressor()),
                new Kind(new CodeDetector(), new CodeCompressor()),
                new Kind(new TextDetector(), new TextCompressor()),
                new Kind(new LinesDetector(), new LinesCompressor()));
    }

    /** Fresh instances of the built-in compressors, one per kind (each stateless and thread-safe). */
    public static List<Compressor> compressors() {
        return all().stream().map(Kind::compressor).toList();
    }

    /** The built-in detectors in detection order. */
    public static List<KindDetector> detectors() {
        return all().stream().map(Kind::detector).toList();
    }

    /** A detector of every built-in kind. */
    public static ContentDetector contentDetector() {
        return new ContentDetector(detectors());
    }
}
