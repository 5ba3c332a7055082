package dev.headroom.compress.json;

import dev.headroom.internal.CharClass;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges member values for {@link ErrorItems}: whether a value says nothing ({@code null}, {@code 0},
 * {@code "none"}, {@code []}), holds an error word at a word boundary and not negated ({@code "failed"},
 * {@code "timed out"}, but not {@code "no errors"}), is exception text, starts as an error report, and what
 * the value of a member with a given {@link MemberRole} says. Stateless; long strings are read only up to
 * {@link #MAX_TEXT} characters.
 */
final class ErrorValues {

    /** Long strings are examined only up to here. */
    static final int MAX_TEXT = 4_096;

    private static final Set<String> ERROR_VALUE_WORDS = Set.of("error", "errors", "errored", "err", "fail", "fails",
            "failed", "failure", "failures", "failing", "fatal", "critical", "crit", "crash", "crashed", "crashing",
            "crashloopbackoff", "exception", "panic", "panicked", "aborted", "timeout", "timedout", "unhealthy",
            "severe", "emerg", "emergency", "rejected", "denied", "oomkilled");
    /** The last words of an event name that says it failed ({@link #namesFailure}). */
    private static final Set<String> FAILURE_ENDINGS = Set.of("failed", "failure", "error", "errored", "crashed");
    private static final int MAX_NAME_CHARS = 64;
    private static final Set<String> NEGATIONS = Set.of("no", "not", "non", "without", "zero", "never", "0");
    private static final Set<String> EMPTY_WORDS = Set.of("", "none", "null", "nil", "n/a", "na", "ok", "false", "0",
            "no", "success", "undefined");

    private static final Pattern EXCEPTION_TEXT = Pattern.compile(
            "\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b"
                    + "|Traceback \\(most recent call last\\)"
                    + "|\\n\\s*at [\\w$.<>]+\\("
                    + "|\\b(?:ERROR|FATAL|CRITICAL|PANIC)\\b"
                    + "|^\\s*(?i:error|fatal|exception)\\s*:");
    private static final Pattern ZERO = Pattern.compile("-?0+(?:\\.0+)?(?:[eE][+-]?\\d+)?");

    private ErrorValues() {}

    /** Whether a status-like member's value is a status (a scalar; any value for an error-named member). */
    static boolean carriesStatus(Node value, MemberRole role) {
        if (role == MemberRole.ERROR_NAME) {
            return true;
        }
        if (role == MemberRole.HTTP_CODE) {
            long code = value.type == Node.Type.NUMBER ? integer(value.text) : -1;
            return code >= 100 && code <= 599;
        }
        return value.isScalar();
    }

    /** Whether the status value of a member with this role reports an error. */
    static boolean reportsError(Node value, MemberRole role) {
        switch (role) {
            case ERROR_NAME:
                return !isEmpty(value);
            case STATUS:
                return value.type == Node.Type.STRING && hasErrorWord(value.text);
            case HTTP_STATUS:
                if (value.type == Node.Type.NUMBER) {
                    long code = integer(value.text);
                    return code >= 400 && code <= 599;
                }
                return value.type == Node.Type.STRING && hasErrorWord(value.text);
            case HTTP_CODE:
                return integer(value.text) >= 500;
            case EVENT_TYPE:
                return value.type == Node.Type.STRING && namesFailure(value.text);
            case EXIT_CODE:
                // docker events write every attribute as a string: "exitCode": "137"
                return (value.type == Node.Type.NUMBER || value.type == Node.Type.STRING && integer(value.text) >= 0)
                        && !ZERO.matcher(value.text).matches();
            case SUCCESS_FLAG:
                return value.type == Node.Type.FALSE;
            default:
                return false;
        }
    }

    /** Error words or exception text in a message-like value (strings in it, a few levels down). */
    static boolean mentionsError(Node value, int depth) {
        if (value.type == Node.Type.STRING) {
            return hasErrorWord(value.text) || isExceptionText(value.text);
        }
        if (depth >= 2 || !value.isContainer()) {
            return false;
        }
        for (Node child : value.children) {
            if (mentionsError(child, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text starts as an error report: an exception class name ({@code KeyError},
     * {@code java.lang.IllegalStateException}) followed by a colon or the end, a Python traceback header,
     * or {@code error:}, {@code fatal:}, {@code panic:}, {@code exception:} (any case).
     */
    static boolean startsWithError(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && CharClass.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (text.startsWith("Traceback (most recent call last)", i)) {
            return true;
        }
        int start = i;
        while (i < n && (CharClass.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '_'
                || text.charAt(i) == '$')) {
            i++;
        }
        if (i == start || (i < n && text.charAt(i) != ':')) {
            return false;
        }
        String token = text.substring(start, i);
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.equals("error") || lower.equals("fatal") || lower.equals("panic") || lower.equals("exception")) {
            return i < n;
        }
        String simple = token.substring(token.lastIndexOf('.') + 1);
        return !simple.isEmpty() && CharClass.isUpperCase(simple.charAt(0))
                && (simple.endsWith("Exception") || simple.endsWith("Error")) && simple.length() > 5;
    }

    /** Whether a value says nothing: null, false, zero, "", "none", [], {}, or containers of such. */
    static boolean isEmpty(Node value) {
        switch (value.type) {
            case NULL:
            case FALSE:
                return true;
            case TRUE:
                return false;
            case NUMBER:
                return ZERO.matcher(value.text).matches();
            case STRING:
                return value.text.length() <= 9 && EMPTY_WORDS.contains(value.text.trim().toLowerCase(Locale.ROOT));
            default:
                for (Node child : value.children) {
                    if (!isEmpty(child)) {
                        return false;
                    }
                }
                return true;
        }
    }

    /** An error word at a word boundary, not negated ("no errors", "0 failed"). */
    static boolean hasErrorWord(String text) {
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        List<String> words = Words.of(t);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean hit = ERROR_VALUE_WORDS.contains(w)
                    || (w.equals("timed") && i + 1 < words.size() && words.get(i + 1).equals("out"));
            if (hit && (i == 0 || !NEGATIONS.contains(words.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a status value is a warning level ({@code WARN}, {@code warning}). */
    static boolean isWarning(Node value) {
        return value.type == Node.Type.STRING && (value.text.equalsIgnoreCase("warn") || value.text.equalsIgnoreCase("warning"));
    }

    /**
     * Whether a value is one name (no blanks) whose last word says it failed: {@code MapIterationFailed},
     * {@code BUILD_FAILURE}, {@code job.errored}, {@code ActivityTimedOut}; not a bare {@code error}, {@code FailedOver}
     * nor a sentence.
     */
    static boolean namesFailure(String text) {
        if (text.isEmpty() || text.length() > MAX_NAME_CHARS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (CharClass.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        List<String> words = Words.of(text);
        int n = words.size();
        // one word names a category, not an event ("type": "error" of every Sentry issue, warnings included)
        return n > 1 && (FAILURE_ENDINGS.contains(words.get(n - 1))
                || words.get(n - 2).equals("timed") && words.get(n - 1).equals("out"));
    }

    static boolean isExceptionText(String text) {
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        // cheap screen first: most values contain none of these
        boolean maybe = t.indexOf("rror") >= 0 || t.indexOf("RROR") >= 0 || t.indexOf("xception") >= 0
                || t.indexOf("Traceback") >= 0 || t.indexOf("FATAL") >= 0 || t.indexOf("atal") >= 0
                || t.indexOf("CRITICAL") >= 0 || t.indexOf("PANIC") >= 0
                || (t.indexOf('\n') >= 0 && t.indexOf("at ") >= 0);
        if (!maybe) {
            return false;
        }
        return EXCEPTION_TEXT.matcher(t).find();
    }

    private static long integer(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
