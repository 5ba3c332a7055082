package dev.headroom.benchmarks.needles;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A monotonic fake clock for generated logs: starts at a fixed instant and moves forward by random steps. */
final class Stamps {

    static final DateTimeFormatter NGINX = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss '+0000'", Locale.ROOT);
    static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT);
    static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx", Locale.ROOT);
    static final DateTimeFormatter APACHE_ERROR = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss.SSSSSS yyyy", Locale.ROOT);
    static final DateTimeFormatter KLOG = DateTimeFormatter.ofPattern("MMdd HH:mm:ss.SSSSSS", Locale.ROOT);
    static final DateTimeFormatter LOGBACK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);
    static final DateTimeFormatter PYTHON = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT);
    static final DateTimeFormatter JSON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);

    private final Gen gen;
    private final int maxStepMillis;
    private LocalDateTime now;

    Stamps(Gen gen, LocalDateTime start, int maxStepMillis) {
        this.gen = gen;
        this.now = start;
        this.maxStepMillis = maxStepMillis;
    }

    /** Moves forward by 0..maxStepMillis (plus a few random microseconds) and returns the new time. */
    LocalDateTime next() {
        now = now.plusNanos(gen.nextInt(maxStepMillis + 1) * 1_000_000L + gen.nextInt(1000) * 1000L);
        return now;
    }

    LocalDateTime now() {
        return now;
    }

    String next(DateTimeFormatter format) {
        return format.format(next());
    }

    String now(DateTimeFormatter format) {
        return format.format(now);
    }

    /** The ISO form with a fixed zero offset (LocalDateTime has none). */
    String nextIso() {
        return format(next(), ISO_SECONDS);
    }

    static String format(LocalDateTime t, DateTimeFormatter f) {
        return f == ISO_SECONDS ? t.atOffset(java.time.ZoneOffset.UTC).format(f) : f.format(t);
    }
}
