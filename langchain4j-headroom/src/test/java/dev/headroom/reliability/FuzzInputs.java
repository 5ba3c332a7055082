package dev.headroom.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of hostile and realistic tool outputs for {@link FuzzTest}. Every input is a pure
 * function of the {@link SplittableRandom} it is given, so a case is reproduced from its seed alone.
 *
 * <p>Realistic generators (JSON arrays with error items, logs with stack traces, grep output, diffs,
 * pytest output) are mutated (truncated, spliced, corrupted); pathological generators cover what no
 * tool should send but some do (10,000-deep nesting, huge single lines, numbers beyond double, duplicate
 * keys, invalid UTF-8, lone surrogates, CRLF, empty and whitespace-only).
 */
final class FuzzInputs {

    /** A generated input and how it was made, for the failure report. */
    record Input(String content, String recipe) {}

    private static final String[] WORDS = {
        "alpha", "beta", "order", "customer", "timeout", "error", "failed", "ok", "retry", "payment",
        "user_id", "connection", "refused", "null", "true", "warning", "latency", "cache", "miss", "héllo",
        "日本語", "emoji😀", "tab\there", "quote\"d", "back\\slash", "ERROR", "FATAL", "Exception", "0x7fff"
    };
    private static final String[] LEVELS = {"INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR", "FATAL", "TRACE"};
    private static final String[] BIG_NUMBERS = {
        "1e400", "-1e-400", "123456789012345678901234567890123456789", "0.1000000000000000000000000001",
        "-0.0", "1E+999", "9223372036854775808", "-9223372036854775809", "4.9e-325", "1.7976931348623157e309",
        "0", "-0", "1.10", "100000000000000000000000000000000000000000000000000000000000000000000000000001"
    };
    private static final char[] STRUCTURE = {'{', '}', '[', ']', '"', ':', ',', '\n', '\r', '\\', ' ', '\t', '\0'};

    private FuzzInputs() {}

    /**
     * One input: a generator, then zero or more mutations. Sizes stay small enough for thousands per run;
     * {@code maxChars} scales the generators down further (for runs of a million cases), so the same seed
     * gives the same input only with the same {@code maxChars}.
     */
    static Input next(SplittableRandom r, int maxChars) {
        Budget b = new Budget(maxChars);
        int pick = r.nextInt(100);
        StringBuilder recipe = new StringBuilder();
        String content;
        if (pick < 22) {
            content = jsonArray(r, recipe, b);
        } else if (pick < 34) {
            content = log(r, recipe, b);
        } else if (pick < 44) {
            content = grep(r, recipe, b);
        } else if (pick < 53) {
            content = diff(r, recipe, b);
        } else if (pick < 61) {
            content = pytest(r, recipe, b);
        } else if (pick < 66) {
            content = deepNesting(r, b.cap(1 + r.nextInt(r.nextInt(10) == 0 ? 10_000 : 300), 6), recipe);
        } else if (pick < 70) {
            content = hugeLine(r, b.cap(1_000 + r.nextInt(60_000), 1), recipe);
        } else if (pick < 75) {
            content = numbersAndDuplicates(r, recipe, b);
        } else if (pick < 80) {
            content = binary(r, recipe, b);
        } else if (pick < 84) {
            content = blank(r, recipe, b);
        } else if (pick < 88) {
            content = prose(r, recipe, b);
        } else {
            content = concatenation(r, recipe, b);
        }
        int mutations = r.nextInt(100) < 45 ? 0 : 1 + r.nextInt(r.nextInt(4) + 1);
        for (int i = 0; i < mutations; i++) {
            content = mutate(r, content, recipe, b);
        }
        if (r.nextInt(6) == 0) {
            content = lineEndings(r, content, recipe);
        }
        return new Input(content, recipe.toString());
    }

    /** Caps counts so an input stays near {@code maxChars}. */
    private record Budget(int maxChars) {
        int cap(int count, int charsPerUnit) {
            return Math.min(count, Math.max(1, maxChars / charsPerUnit));
        }
    }

    /** The unscaled generators, for fixed inputs. */
    private static final Budget UNLIMITED = new Budget(Integer.MAX_VALUE);

    // ---- realistic generators ------------------------------------------------------------------

    static String jsonArray(SplittableRandom r, StringBuilder recipe, Budget b) {
        int items = b.cap(r.nextInt(25) == 0 ? r.nextInt(3_000) : r.nextInt(250), 120);
        boolean pretty = r.nextBoolean();
        boolean envelope = r.nextInt(3) == 0;
        recipe.append("jsonArray(items=").append(items).append(pretty ? ",pretty" : "").append(envelope ? ",envelope" : "").append(')');
        StringBuilder sb = new StringBuilder(items * 120 + 64);
        String nl = pretty ? "\n" : "";
        String ind = pretty ? "  " : "";
        if (envelope) {
            sb.append('{').append(nl).append(ind).append("\"total\": ").append(items * 3).append(',').append(nl)
                    .append(ind).append("\"next\": null,").append(nl).append(ind).append("\"items\": ");
        }
        sb.append('[').append(nl);
        boolean scalars = r.nextInt(8) == 0;
        for (int i = 0; i < items; i++) {
            sb.append(ind).append(ind);
            if (scalars) {
                sb.append(r.nextInt(20) == 0 ? BIG_NUMBERS[r.nextInt(BIG_NUMBERS.length)] : Integer.toString(r.nextInt(-50, 1_000)));
            } else {
                item(r, i, sb, pretty);
            }
            sb.append(i + 1 < items ? "," : "").append(nl);
        }
        sb.append(ind).append(']');
        if (envelope) {
            sb.append(nl).append('}');
        }
        return sb.toString();
    }

    /** JSON Lines: {@code items} objects like the array items, one per line (not drawn by {@link #next}). */
    static String jsonLines(SplittableRandom r, int items) {
        StringBuilder sb = new StringBuilder(items * 130);
        for (int i = 0; i < items; i++) {
            item(r, i, sb, r.nextInt(3) == 0);
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void item(SplittableRandom r, int i, StringBuilder sb, boolean pretty) {
        String sp = pretty ? " " : "";
        sb.append("{\"id\":").append(sp).append(i);
        sb.append(",\"name\":").append(sp).append('"').append(escaped(word(r))).append('-').append(i).append('"');
        int kind = r.nextInt(20);
        if (kind == 0) {
            sb.append(",\"status\":").append(sp).append("\"error\",\"error\":").append(sp)
                    .append("{\"code\":").append(500 + r.nextInt(5)).append(",\"message\":\"connection refused\"}");
        } else if (kind == 1) {
            sb.append(",\"status\":").append(sp).append("\"failed\",\"error\":").append(sp).append("\"timeout after 30s\"");
        } else {
            sb.append(",\"status\":").append(sp).append("\"ok\",\"error\":").append(sp).append("null");
        }
        sb.append(",\"latency_ms\":").append(sp).append(r.nextInt(40) == 0 ? 90_000 + r.nextInt(9_000) : r.nextInt(5, 300));
        sb.append(",\"price\":").append(sp).append(r.nextInt(1_000)).append('.').append(r.nextInt(10)).append('0');
        if (r.nextInt(4) == 0) {
            sb.append(",\"tags\":").append(sp).append("[\"").append(escaped(word(r))).append("\",\"").append(escaped(word(r))).append("\"]");
        }
        if (r.nextInt(6) == 0) {
            sb.append(",\"meta\":").append(sp).append("{\"region\":\"eu-west-").append(r.nextInt(3))
                    .append("\",\"nested\":{\"deep\":[1,2,{\"x\":null}]}}");
        }
        if (r.nextInt(30) == 0) {
            sb.append(",\"big\":").append(sp).append(BIG_NUMBERS[r.nextInt(BIG_NUMBERS.length)]);
        }
        if (r.nextInt(50) == 0) {
            sb.append(",\"id\":").append(sp).append(-i); // duplicate key
        }
        sb.append('}');
    }

    static String log(SplittableRandom r, StringBuilder recipe) {
        return log(r, recipe, UNLIMITED);
    }

    static String log(SplittableRandom r, StringBuilder recipe, Budget b) {
        int lines = b.cap(r.nextInt(25) == 0 ? r.nextInt(5_000) : r.nextInt(400), 90);
        recipe.append("log(lines=").append(lines).append(')');
        StringBuilder sb = new StringBuilder(lines * 90);
        for (int i = 0; i < lines; i++) {
            String level = LEVELS[r.nextInt(LEVELS.length)];
            sb.append("2024-03-").append(10 + i / 1_000 % 18).append(' ')
                    .append(two(i / 3_600 % 24)).append(':').append(two(i / 60 % 60)).append(':').append(two(i % 60))
                    .append(',').append(r.nextInt(100, 999)).append(' ').append(level)
                    .append(" [worker-").append(r.nextInt(8)).append("] c.e.").append(word(r)).append(".Service - ");
            if ("ERROR".equals(level) || "FATAL".equals(level)) {
                sb.append("request ").append(Long.toHexString(r.nextLong())).append(" failed: ").append(word(r)).append('\n');
                if (r.nextBoolean()) {
                    stackTrace(r, sb);
                }
            } else {
                sb.append("processed batch ").append(r.nextInt(10_000)).append(" in ").append(r.nextInt(900)).append(" ms\n");
            }
        }
        return sb.toString();
    }

    private static void stackTrace(SplittableRandom r, StringBuilder sb) {
        sb.append("java.lang.IllegalStateException: ").append(word(r)).append('\n');
        int frames = 1 + r.nextInt(30);
        for (int f = 0; f < frames; f++) {
            sb.append("\tat com.example.").append(word(r).replaceAll("\\W", "")).append(".Handler.run(Handler.java:")
                    .append(r.nextInt(1, 900)).append(")\n");
        }
        if (r.nextBoolean()) {
            sb.append("Caused by: java.net.ConnectException: Connection refused\n\t... ").append(r.nextInt(40)).append(" more\n");
        }
    }

    static String grep(SplittableRandom r, StringBuilder recipe, Budget b) {
        int files = b.cap(1 + r.nextInt(40), 600);
        recipe.append("grep(files=").append(files).append(')');
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < files; f++) {
            String path = "src/main/" + word(r).replaceAll("\\W", "") + "/File" + f + (r.nextBoolean() ? ".java" : ".py");
            int matches = b.cap(1 + r.nextInt(r.nextInt(10) == 0 ? 400 : 20), 60);
            int line = 1;
            for (int m = 0; m < matches; m++) {
                line += 1 + r.nextInt(40);
                char sep = r.nextInt(8) == 0 ? '-' : ':';
                sb.append(path).append(sep).append(line).append(sep).append("    ").append(r.nextBoolean() ? "def " : "// TODO ")
                        .append(word(r)).append('(').append(word(r)).append(")\n");
            }
        }
        return sb.toString();
    }

    static String diff(SplittableRandom r, StringBuilder recipe, Budget b) {
        int files = b.cap(1 + r.nextInt(12), 2_000);
        recipe.append("diff(files=").append(files).append(')');
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < files; f++) {
            String path = "lib/" + word(r).replaceAll("\\W", "") + f + ".py";
            sb.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                    .append("index ").append(Integer.toHexString(r.nextInt())).append("..").append(Integer.toHexString(r.nextInt())).append(" 100644\n")
                    .append("--- a/").append(path).append("\n+++ b/").append(path).append('\n');
            int hunks = 1 + r.nextInt(8);
            int start = 1;
            for (int h = 0; h < hunks; h++) {
                start += r.nextInt(200);
                int len = 3 + r.nextInt(30);
                sb.append("@@ -").append(start).append(',').append(len).append(" +").append(start).append(',').append(len)
                        .append(" @@ def ").append(word(r)).append("():\n");
                for (int l = 0; l < len; l++) {
                    int k = r.nextInt(10);
                    sb.append(k == 0 ? '-' : k == 1 ? '+' : ' ').append("    x = ").append(word(r)).append('(').append(l).append(")\n");
                }
            }
        }
        if (r.nextInt(5) == 0) {
            sb.append("Binary files a/img.png and b/img.png differ\n\\ No newline at end of file\n");
        }
        return sb.toString();
    }

    static String pytest(SplittableRandom r, StringBuilder recipe, Budget b) {
        int tests = b.cap(1 + r.nextInt(r.nextInt(25) == 0 ? 3_000 : 200), 60);
        recipe.append("pytest(tests=").append(tests).append(')');
        StringBuilder sb = new StringBuilder();
        sb.append("============================= test session starts ==============================\n")
                .append("platform linux -- Python 3.11.7, pytest-8.0.0, pluggy-1.4.0\ncollected ").append(tests).append(" items\n\n");
        List<String> failures = new ArrayList<>();
        for (int t = 0; t < tests; t++) {
            String name = "tests/test_" + word(r).replaceAll("\\W", "") + ".py::test_" + t;
            boolean failed = r.nextInt(25) == 0;
            if (failed) {
                failures.add(name);
            }
            sb.append(name).append(failed ? " FAILED" : r.nextInt(30) == 0 ? " SKIPPED" : " PASSED")
                    .append(" [").append(100 * (t + 1) / tests).append("%]\n");
        }
        if (!failures.isEmpty()) {
            sb.append("\n=================================== FAILURES ===================================\n");
            for (String failure : failures) {
                sb.append("___ ").append(failure).append(" ___\n\n    def test():\n>       assert ").append(r.nextInt(9))
                        .append(" == ").append(r.nextInt(9)).append("\nE       AssertionError: ").append(word(r)).append('\n');
            }
        }
        sb.append("=========================== short test summary info ============================\n");
        for (String failure : failures) {
            sb.append("FAILED ").append(failure).append(" - AssertionError\n");
        }
        sb.append("======= ").append(failures.size()).append(" failed, ").append(tests - failures.size()).append(" passed in 3.21s =======\n");
        return sb.toString();
    }

    static String prose(SplittableRandom r, StringBuilder recipe, Budget b) {
        int words = b.cap(r.nextInt(4_000), 8);
        recipe.append("prose(words=").append(words).append(')');
        StringBuilder sb = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            sb.append(word(r)).append(r.nextInt(12) == 0 ? ".\n" : r.nextInt(40) == 0 ? "\n\n# Heading\n" : " ");
        }
        return sb.toString();
    }

    private static String concatenation(SplittableRandom r, StringBuilder recipe, Budget b) {
        recipe.append("concat(");
        String first = r.nextBoolean() ? jsonArray(r, recipe, b) : log(r, recipe, b);
        recipe.append(" + ");
        String second = r.nextBoolean() ? grep(r, recipe, b) : jsonArray(r, recipe, b);
        recipe.append(')');
        return first + (r.nextBoolean() ? "\n" : "") + second;
    }

    // ---- pathological generators ---------------------------------------------------------------

    /** {@code [[[...]]]} or {@code {"a":{"a":...}}}, balanced or not. */
    static String deepNesting(SplittableRandom r, int depth, StringBuilder recipe) {
        boolean objects = r.nextBoolean();
        boolean balanced = r.nextInt(3) != 0;
        recipe.append("deepNesting(depth=").append(depth).append(objects ? ",objects" : ",arrays").append(balanced ? "" : ",unbalanced").append(')');
        StringBuilder sb = new StringBuilder(depth * 8);
        for (int i = 0; i < depth; i++) {
            sb.append(objects ? "{\"a\":" : "[");
        }
        sb.append(r.nextBoolean() ? "1" : "\"leaf\"");
        int close = balanced ? depth : r.nextInt(depth + 1);
        for (int i = 0; i < close; i++) {
            sb.append(objects ? '}' : ']');
        }
        return sb.toString();
    }

    /** One line of {@code length} chars: JSON string, minified array or plain text. */
    static String hugeLine(SplittableRandom r, int length, StringBuilder recipe) {
        int shape = r.nextInt(3);
        recipe.append("hugeLine(length=").append(length).append(",shape=").append(shape).append(')');
        StringBuilder sb = new StringBuilder(length + 16);
        if (shape == 0) {
            sb.append("[\"");
            while (sb.length() < length) {
                sb.append(word(r).replace("\"", "").replace("\\", "")).append(' ');
            }
            sb.append("\"]");
        } else if (shape == 1) {
            sb.append('[');
            for (int i = 0; sb.length() < length; i++) {
                sb.append(i == 0 ? "" : ",").append("{\"i\":").append(i).append(",\"v\":\"").append(i % 97).append("\"}");
            }
            sb.append(']');
        } else {
            while (sb.length() < length) {
                sb.append(word(r)).append(r.nextInt(50) == 0 ? ':' : ' ');
            }
        }
        return sb.toString();
    }

    static String numbersAndDuplicates(SplittableRandom r, StringBuilder recipe, Budget b) {
        int n = b.cap(1 + r.nextInt(600), 60);
        recipe.append("numbersAndDuplicates(n=").append(n).append(')');
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            String number = BIG_NUMBERS[r.nextInt(BIG_NUMBERS.length)];
            sb.append(i == 0 ? "" : ",").append("{\"v\":").append(number).append(",\"v\":").append(r.nextInt(10))
                    .append(",\"k\":\"").append(i).append("\",\"k\":").append(number).append('}');
        }
        return sb.append(']').toString();
    }

    /** Random bytes decoded as UTF-8 (invalid sequences become U+FFFD), sometimes inside JSON strings. */
    static String binary(SplittableRandom r, StringBuilder recipe, Budget b) {
        byte[] bytes = new byte[b.cap(r.nextInt(20_000), 1)];
        r.nextBytes(bytes);
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        int shape = r.nextInt(3);
        recipe.append("binary(bytes=").append(bytes.length).append(",shape=").append(shape).append(')');
        if (shape == 0) {
            return decoded;
        }
        if (shape == 1) {
            return "[\"" + decoded.replace("\\", "").replace("\"", "") + "\"]";
        }
        return "{\"data\":\"" + new String(bytes, StandardCharsets.ISO_8859_1).replace("\\", "/").replace("\"", "'") + "\"}";
    }

    static String blank(SplittableRandom r, StringBuilder recipe, Budget b) {
        int n = r.nextInt(3) == 0 ? 0 : b.cap(r.nextInt(5_000), 1);
        recipe.append("blank(n=").append(n).append(')');
        char[] blanks = {' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2028', '\u3000'};
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(blanks[r.nextInt(blanks.length)]);
        }
        return sb.toString();
    }

    // ---- mutations -----------------------------------------------------------------------------

    static String mutate(SplittableRandom r, String s, StringBuilder recipe, Budget b) {
        int n = s.length();
        int at = n == 0 ? 0 : r.nextInt(n + 1);
        switch (r.nextInt(10)) {
            case 0: {
                recipe.append(" |truncate@").append(at);
                return s.substring(0, at);
            }
            case 1: {
                int end = Math.min(n, at + r.nextInt(200));
                recipe.append(" |delete@").append(at).append('-').append(end);
                return s.substring(0, at) + s.substring(end);
            }
            case 2: {
                int end = Math.min(n, at + r.nextInt(500));
                recipe.append(" |duplicate@").append(at).append('-').append(end);
                return s.substring(0, end) + s.substring(at, end) + s.substring(end);
            }
            case 3: {
                char c = STRUCTURE[r.nextInt(STRUCTURE.length)];
                recipe.append(" |insert@").append(at).append("=U+").append(Integer.toHexString(c));
                return s.substring(0, at) + c + s.substring(at);
            }
            case 4: {
                char c = (char) (0xD800 + r.nextInt(0x800));
                recipe.append(" |loneSurrogate@").append(at).append("=U+").append(Integer.toHexString(c));
                return s.substring(0, at) + c + s.substring(at);
            }
            case 5: {
                String number = BIG_NUMBERS[r.nextInt(BIG_NUMBERS.length)];
                int digit = indexOfDigit(s, at);
                recipe.append(" |bigNumber@").append(digit).append('=').append(number);
                return digit < 0 ? s : s.substring(0, digit) + number + s.substring(digit + 1);
            }
            case 6: {
                recipe.append(" |controlChars@").append(at);
                return s.substring(0, at) + "\u0000\u0001\u001b[31m\u007f\uFEFF\uFFFF" + s.substring(at);
            }
            case 7: {
                if (n == 0) {
                    return s;
                }
                int i = Math.min(at, n - 1);
                char c = (char) (s.charAt(i) ^ (1 << r.nextInt(16)));
                recipe.append(" |flip@").append(i);
                return s.substring(0, i) + c + s.substring(i + 1);
            }
            case 8: {
                int from = n == 0 ? 0 : r.nextInt(n);
                int end = Math.min(n, from + r.nextInt(2_000));
                recipe.append(" |splice@").append(at).append("<-").append(from).append('-').append(end);
                return s.substring(0, at) + s.substring(from, end) + s.substring(at);
            }
            default: {
                String nested = deepNesting(r, b.cap(1 + r.nextInt(2_000), 6), new StringBuilder());
                recipe.append(" |nest@").append(at);
                return s.substring(0, at) + nested + s.substring(at);
            }
        }
    }

    private static String lineEndings(SplittableRandom r, String s, StringBuilder recipe) {
        int style = r.nextInt(3);
        recipe.append(" |lineEndings=").append(style == 0 ? "CRLF" : style == 1 ? "CR" : "mixed");
        if (style == 0) {
            return s.replace("\n", "\r\n");
        }
        if (style == 1) {
            return s.replace('\n', '\r');
        }
        StringBuilder sb = new StringBuilder(s.length() + s.length() / 20);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' && r.nextBoolean()) {
                sb.append('\r');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static int indexOfDigit(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return i;
            }
        }
        return -1;
    }

    static String word(SplittableRandom r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static String escaped(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t");
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
