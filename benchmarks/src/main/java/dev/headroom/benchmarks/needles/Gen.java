package dev.headroom.benchmarks.needles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic generation helpers: a seeded {@link SplittableRandom} (each generator gets its own fixed
 * seed, so adding a case never changes another) and a line collector.
 */
final class Gen {

    private final SplittableRandom random;
    private final List<String> lines = new ArrayList<>();

    Gen(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    int between(int from, int toInclusive) {
        return from + random.nextInt(toInclusive - from + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Picks index i with weight weights[i]. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    String hex(int digits) {
        StringBuilder sb = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }

    String alnum(int n) {
        String abc = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(abc.charAt(random.nextInt(abc.length())));
        }
        return sb.toString();
    }

    /** A public-looking client address (documentation and benchmark ranges plus a spread of others). */
    String ip() {
        int a = pick(23, 31, 45, 51, 62, 66, 77, 81, 89, 91, 104, 109, 142, 151, 176, 185, 188, 193, 203, 212);
        return a + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    String privateIp() {
        return "10." + random.nextInt(4) + "." + random.nextInt(32) + "." + (2 + random.nextInt(250));
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    void add(String line) {
        lines.add(line);
    }

    int size() {
        return lines.size();
    }

    /** The collected lines joined by newlines, with a trailing newline (as a terminal shows them). */
    String text() {
        return String.join("\n", lines) + "\n";
    }
}
