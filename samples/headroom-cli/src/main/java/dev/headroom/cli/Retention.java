package dev.headroom.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Line-based retention checks, independent of the compressors: what must stay visible in the compressed
 * output for an agent to act on it. A line is <em>visible</em> when it appears verbatim (ignoring leading
 * and trailing whitespace) in the output; the output may add prefixes or counts around it.
 *
 * <p>Stateless and thread-safe; results are deterministic.
 */
final class Retention {

    /** Upper-case level words only: lower-case "error" is common in INFO messages ("parity error corrected"). */
    private static final Pattern LEVEL = Pattern.compile("\\b(?:ERROR|FATAL|WARN|WARNING)\\b");
    /**
     * Failed tests, in the runners' own formats: pytest ({@code FAILED path::test - msg} in the summary,
     * {@code path::test FAILED} when verbose; unittest's {@code FAILED (failures=1)}), Surefire
     * ({@code <<< FAILURE!}, {@code <<< ERROR!}, and {@code Tests run:} summaries with a non-zero count: every
     * summary says "Failures: 0" when all is well), Gradle ({@code Class > test FAILED}), go test
     * ({@code --- FAIL:}) and cargo ({@code test name ... FAILED}). A bare "FAILED" inside a log message is
     * not a test line (the level check covers logs).
     */
    private static final Pattern FAILED = Pattern.compile(
            "^FAILED\\b|::\\S* FAILED\\b|<<< (?:FAILURE|ERROR)!|Tests run:.*(?:Failures|Errors): [1-9]"
                    + "|^\\S+ > .+ FAILED$|^--- FAIL: |^test \\S+ \\.\\.\\. FAILED$");
    /** Long hex runs without a digit (rare, e.g. "deadbeefcafe") are ids too. */
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{8,}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Retention() {}

    /**
     * {@code kept} of {@code total} things are visible in the output; {@code missed} holds the first few
     * that are not (a line, or an item's JSON), so a miss can be looked at. Totals carry no examples.
     */
    record Count(int kept, int total, List<String> missed) {

        static final Count NONE = new Count(0, 0);
        /** How many missed things a count keeps as examples. */
        static final int MAX_EXAMPLES = 3;

        Count {
            missed = List.copyOf(missed);
        }

        Count(int kept, int total) {
            this(kept, total, List.of());
        }

        Count plus(Count other) {
            return new Count(kept + other.kept, total + other.total);
        }

        boolean complete() {
            return kept == total;
        }

        /** {@code kept/total}, or {@code -} when there was nothing to keep. */
        String cell() {
            return total == 0 ? "-" : kept + "/" + total;
        }
    }

    /** ERROR/FATAL/WARN lines grouped by {@link #template}; a template is kept when any of its lines is visible. */
    static Count levelTemplates(String input, Visibility output) {
        Map<String, String> firstLine = new LinkedHashMap<>();
        Map<String, Boolean> kept = new LinkedHashMap<>();
        for (String line : lines(input, l -> LEVEL.matcher(l).find())) {
            String template = template(line);
            firstLine.putIfAbsent(template, line);
            kept.merge(template, output.shows(line), Boolean::logicalOr);
        }
        List<String> missed = new ArrayList<>();
        kept.forEach((template, visible) -> {
            if (!visible) {
                missed.add(firstLine.get(template));
            }
        });
        return count(kept.size(), missed);
    }

    /** A count from the total and the things missed (of which the first few are kept as examples). */
    static Count count(int total, List<String> missed) {
        return new Count(total - missed.size(), total, missed.subList(0, Math.min(missed.size(), Count.MAX_EXAMPLES)));
    }

    /** Distinct failed-test lines (pytest, Surefire, Gradle, go test, cargo). */
    static Count failedLines(String input, Visibility output) {
        return visible(lines(input, l -> FAILED.matcher(l).find()), output);
    }

    /** Distinct {@code diff --git} file headers. */
    static Count diffHeaders(String input, Visibility output) {
        return visible(lines(input, l -> l.startsWith("diff --git ")), output);
    }

    /**
     * The line with its variable tokens masked: every whitespace-separated token that contains a digit
     * (timestamps, counters, IPs, node and block ids), a {@code /} (paths, URLs) or is a long hex run
     * becomes {@code <*>}, the way template miners such as Drain group log lines.
     */
    static String template(String line) {
        String[] tokens = WHITESPACE.split(line.strip());
        StringBuilder sb = new StringBuilder(line.length());
        for (String token : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(isVariable(token) ? "<*>" : token);
        }
        return sb.toString();
    }

    private static boolean isVariable(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c) || c == '/') {
                return true;
            }
        }
        return HEX_ID.matcher(token).matches();
    }

    private static Set<String> lines(String input, Predicate<String> filter) {
        Set<String> lines = new LinkedHashSet<>();
        input.lines().map(String::strip).filter(l -> !l.isEmpty()).filter(filter).forEach(lines::add);
        return lines;
    }

    private static Count visible(Set<String> lines, Visibility output) {
        List<String> missed = new ArrayList<>();
        for (String line : lines) {
            if (!output.shows(line)) {
                missed.add(line);
            }
        }
        return count(lines.size(), missed);
    }

    /** Answers "does this line appear in the output?" quickly for many lines. */
    static final class Visibility {

        private final String output;
        private final boolean unchanged;
        private final Set<String> lines;

        Visibility(String input, String output) {
            this.output = output;
            this.unchanged = input.equals(output);
            // membership only, never iterated: a HashSet keeps the result deterministic
            this.lines = unchanged ? Set.of() : new HashSet<>(output.lines().map(String::strip).toList());
        }

        boolean shows(String line) {
            String l = line.strip();
            return unchanged || lines.contains(l) || output.contains(l);
        }
    }
}
