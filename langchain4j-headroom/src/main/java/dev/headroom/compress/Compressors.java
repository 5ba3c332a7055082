package dev.headroom.compress;

import dev.headroom.compress.build.BuildCompressor;
import dev.headroom.compress.code.CodeCompressor;
import dev.headroom.compress.diff.DiffCompressor;
import dev.headroom.compress.json.JsonCompressor;
import dev.headroom.compress.lines.LinesCompressor;
import dev.headroom.compress.log.LogCompressor;
import dev.headroom.compress.search.SearchCompressor;
import dev.headroom.compress.table.TableCompressor;
import dev.headroom.compress.text.HtmlCompressor;
import dev.headroom.compress.text.TextCompressor;
import java.util.List;

/** The built-in compressors, one per content kind. */
public final class Compressors {

    private Compressors() {}

    /** Fresh instances of the built-in compressors (each stateless and thread-safe). */
    public static List<Compressor> defaults() {
        return List.of(
                new JsonCompressor(),
                new LogCompressor(),
                new SearchCompressor(),
                new DiffCompressor(),
                new BuildCompressor(),
                new TableCompressor(),
                new CodeCompressor(),
                new TextCompressor(),
                new HtmlCompressor(),
                new LinesCompressor());
    }
}
