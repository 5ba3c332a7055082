package dev.headroom.compress;

import dev.headroom.compress.json.JsonCompressor;
import dev.headroom.compress.log.LogCompressor;
import java.util.List;

/** The built-in compressors, one per content kind. */
public final class Compressors {

    private Compressors() {}

    /** Fresh instances of the built-in compressors (each stateless and thread-safe). */
    public static List<Compressor> defaults() {
        return List.of(new JsonCompressor(), new LogCompressor());
    }
}
