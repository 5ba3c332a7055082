package dev.headroom.compress;

import dev.headroom.compress.log.LogCompressor;

/** The log compressor's template key, for retention checks outside its package. */
final class LogTemplates {

    private LogTemplates() {}

    static String key(String line) {
        return LogCompressor.templateKey(line);
    }
}
