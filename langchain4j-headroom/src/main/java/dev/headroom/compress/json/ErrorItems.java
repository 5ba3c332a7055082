package dev.headroom.compress.json;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether an array item reports an error, judging <em>values</em> (with word boundaries), never
 * the mere presence of a member name. An item is an error item when, anywhere within
 * {@link #MAX_DEPTH} levels:
 * <ul>
 *   <li>a member named like an error ({@code error}, {@code errors}, {@code lastError},
 *       {@code errorMessage}, {@code failure_reason}, {@code stackTrace}, ...) has a non-empty value:
 *       {@code "error": null}, {@code "errors": []}, {@code ""}, {@code 0}, {@code false}, {@code {}} are
 *       empty; a name that merely contains such a word next to other words ({@code errorRate},
 *       {@code error_count}, {@code timeout_ms}, {@code TimeoutInSeconds}) is not error-named;</li>
 *   <li>a status-like member ({@code status}, {@code state}, {@code level}, {@code severity},
 *       {@code result}, {@code conclusion}, ...) has a value with an error word: {@code "failed"},
 *       {@code "ERROR"}, {@code "CrashLoopBackOff"}, {@code "timed out"} (not after "no"/"not"); or a
 *       numeric HTTP status of 400–599; or an exit code ({@code exitCode}, {@code returncode}) that is
 *       not 0;</li>
 *   <li>a success flag ({@code success}, {@code ok}, {@code passed}, {@code healthy}) is {@code false};</li>
 *   <li>a message-like member ({@code message}, {@code reason}, {@code detail}, {@code stderr}, ...) has
 *       an error word;</li>
 *   <li>any string value holds exception text: a {@code FooException}/{@code BarError} class name, a
 *       Python traceback, a Java stack frame, an upper-case {@code ERROR}/{@code FATAL}/{@code CRITICAL}
 *       level, or starts with {@code "error:"}.</li>
 * </ul>
 * Not thread-safe (caches member-name roles); use one instance per compression.
 */
final class ErrorItems {

    /** How deep inside an item members are examined. */
    static final int MAX_DEPTH = 4;

    /** At most this many values are examined per item (bounds the cost of huge items). */
    static final int MAX_VALUES = 512;

    /** Long strings are examined only up to here. */
    static final int MAX_TEXT = 4_096;

    private static final Set<String> ERROR_NAME_WORDS = Set.of("error", "errors", "err", "exception", "exceptions",
            "fault", "faults", "failure", "failures", "failed", "fatal", "traceback", "stacktrace", "panic");
    private static final Set<String> ERROR_NAME_QUALIFIERS = Set.of("message", "messages", "msg", "code", "codes",
            "detail", "details", "type", "text", "info", "description", "reason", "string", "name", "class", "kind",
            "last", "first", "latest", "recent", "is", "has", "was", "data", "cause", "summary", "stack",
            "trace", "list", "object", "obj", "value", "body", "output", "response");
    private static final Set<String> STATUS_NAME_WORDS = Set.of("status", "state", "level", "severity", "result",
            "outcome", "conclusion", "health", "phase", "loglevel", "lvl", "verdict");
    private static final Set<String> SUCCESS_NAMES = Set.of("success", "successful", "succeeded", "ok", "passed",
            "healthy");
    private static final Set<String> MESSAGE_NAME_WORDS = Set.of("message", "msg", "reason", "detail", "details",
            "stderr", "output", "log", "logs", "event");
    private static final Set<String> ERROR_VALUE_WORDS = Set.of("error", "errors", "errored", "err", "fail", "fails",
            "failed", "failure", "failures", "failing", "fatal", "critical", "crit", "crash", "crashed", "crashing",
            "crashloopbackoff", "exception", "panic", "panicked", "aborted", "timeout", "timedout", "unhealthy",
            "severe", "emerg", "emergency", "rejected", "denied", "oomkilled");
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

    private enum Role {
        ERROR_NAME,
        STATUS,
        HTTP_STATUS,
        EXIT_CODE,
        SUCCESS_FLAG,
        MESSAGE,
        OTHER
    }

    private final Map<String, Role> roles = new HashMap<>();

    boolean isError(Node item) {
        int[] budget = {MAX_VALUES};
        return walk(item, null, 0, budget);
    }

    private boolean walk(Node node, String name, int depth, int[] budget) {
        if (--budget[0] < 0) {
            return false;
        }
        if (name != null && byName(node, role(name))) {
            return true;
        }
        if (node.type == Node.Type.STRING) {
            return isExceptionText(node.text);
        }
        if (depth >= MAX_DEPTH) {
            return false;
        }
        Node[] children = node.children;
        for (int i = 0; i < children.length; i++) {
            String childName = node.isObject() ? node.names[i] : null;
            if (walk(children[i], childName, depth + 1, budget)) {
                return true;
            }
        }
        return false;
    }

    private static boolean byName(Node value, Role role) {
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
            case EXIT_CODE:
                return value.type == Node.Type.NUMBER && !ZERO.matcher(value.text).matches();
            case SUCCESS_FLAG:
                return value.type == Node.Type.FALSE;
            case MESSAGE:
                return value.type == Node.Type.STRING && hasErrorWord(value.text);
            default:
                return false;
        }
    }

    private Role role(String name) {
        Role role = roles.get(name);
        if (role == null) {
            role = classify(name);
            roles.put(name, role);
        }
        return role;
    }

    static boolean isErrorName(String name) {
        return classify(name) == Role.ERROR_NAME;
    }

    private static Role classify(String name) {
        List<String> words = Words.of(name);
        if (words.isEmpty()) {
            return Role.OTHER;
        }
        String last = Words.last(words);
        if (words.contains("exit") && (last.equals("code") || last.equals("status"))
                || words.equals(List.of("returncode")) || words.equals(List.of("return", "code"))
                || words.equals(List.of("rc"))) {
            return Role.EXIT_CODE;
        }
        boolean errorWord = false;
        boolean otherWord = false;
        for (String w : words) {
            if (ERROR_NAME_WORDS.contains(w)) {
                errorWord = true;
            } else if (!ERROR_NAME_QUALIFIERS.contains(w)) {
                otherWord = true;
            }
        }
        if (words.contains("stack") && words.contains("trace") && !otherWord) {
            return Role.ERROR_NAME;
        }
        if (errorWord && !otherWord) {
            return Role.ERROR_NAME;
        }
        if (words.contains("status") && (last.equals("status") || last.equals("code"))) {
            return Role.HTTP_STATUS;
        }
        if (STATUS_NAME_WORDS.contains(last)) {
            return Role.STATUS;
        }
        List<String> flag = words.size() > 1 && (words.get(0).equals("is") || words.get(0).equals("was"))
                ? words.subList(1, words.size()) : words;
        if (flag.size() == 1 && SUCCESS_NAMES.contains(flag.get(0))) {
            return Role.SUCCESS_FLAG;
        }
        if (MESSAGE_NAME_WORDS.contains(last)) {
            return Role.MESSAGE;
        }
        return Role.OTHER;
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
