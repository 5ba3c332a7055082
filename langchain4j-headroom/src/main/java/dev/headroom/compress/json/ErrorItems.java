package dev.headroom.compress.json;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether an array item reports an error, judging the <em>values</em> of the members that carry
 * status (with word boundaries), never the mere presence of a member name, and never free prose that
 * merely mentions an exception. An item is an error item when, anywhere within {@link #MAX_DEPTH} levels:
 * <ul>
 *   <li>a member named like an error ({@code error}, {@code errors}, {@code lastError},
 *       {@code errorMessage}, {@code failure_reason}, {@code stackTrace}, ...) has a non-empty value:
 *       {@code "error": null}, {@code "errors": []}, {@code ""}, {@code 0}, {@code false}, {@code {}} are
 *       empty; a name that merely contains such a word next to other words ({@code errorRate},
 *       {@code error_count}, {@code timeout_ms}, {@code TimeoutInSeconds}) is not error-named;</li>
 *   <li>a status-like member ({@code status}, {@code state}, {@code level}, {@code severity},
 *       {@code result}, {@code conclusion}, ...) has a value with an error word: {@code "failed"},
 *       {@code "ERROR"}, {@code "CrashLoopBackOff"}, {@code "timed out"} (not after "no"/"not"); or a
 *       numeric HTTP status of 400–599, or a bare {@code code} of 500–599; or an exit code
 *       ({@code exitCode}, {@code exit_code}, {@code returncode}) that is not 0;</li>
 *   <li>a success flag ({@code success}, {@code ok}, {@code passed}, {@code healthy}) is {@code false};</li>
 *   <li>a direct message-like member whose text <em>is</em> an error report: it starts with an exception
 *       ({@code java.lang.IllegalStateException: queue closed}, {@code KeyError: 'x'}), a traceback
 *       header, or {@code error:}/{@code fatal:}/{@code panic:} — whatever the item's status says;</li>
 *   <li>only when the item has none of the status members above (no status to go by): a direct message-like
 *       member ({@code message}, {@code msg}, {@code reason}, {@code detail}, {@code stderr},
 *       {@code output}, {@code log}, {@code line}, {@code text}, {@code trace}, ...) has an error word or
 *       exception text (a {@code FooException}/{@code BarError} class name, a Python traceback, a Java
 *       stack frame, an upper-case {@code ERROR}/{@code FATAL}/{@code CRITICAL} level, or starts with
 *       {@code "error:"}).</li>
 * </ul>
 * Other members are not read for error words: a {@code description}, {@code summary}, {@code body} or
 * {@code title} that mentions {@code KeyError} or holds a traceback example (a {@code pip inspect} entry,
 * a GitHub issue) does not make its item an error; neither does the message of an item whose status says
 * it is fine. An item that is itself a string (an array of log lines) is judged by its exception text.
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
            "stderr", "output", "out", "log", "logs", "event", "line", "text", "trace");
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
        HTTP_CODE,
        EXIT_CODE,
        SUCCESS_FLAG,
        MESSAGE,
        OTHER
    }

    private final Map<String, Role> roles = new HashMap<>();

    boolean isError(Node item) {
        if (item.type == Node.Type.STRING) {
            return isExceptionText(item.text);
        }
        Verdict verdict = new Verdict();
        walk(item, 0, verdict);
        return verdict.statusError || verdict.messageReport || (!verdict.statusSeen && verdict.messageError);
    }

    /** What the members of one item say. */
    private static final class Verdict {
        int budget = MAX_VALUES;
        boolean statusSeen;
        boolean statusError;
        boolean messageError;
        boolean messageReport;
    }

    /** Reads the members of a container; stops early once a status member reports an error. */
    private void walk(Node node, int depth, Verdict v) {
        if (depth >= MAX_DEPTH || !node.isContainer()) {
            return;
        }
        for (int i = 0; i < node.children.length && !v.statusError && --v.budget >= 0; i++) {
            Node child = node.children[i];
            Role role = node.isObject() ? role(node.names[i]) : Role.OTHER;
            if (role == Role.OTHER) {
                walk(child, depth + 1, v);
            } else if (role == Role.MESSAGE) {
                if (depth == 0 && !v.messageError) {
                    v.messageError = mentionsError(child, 0);
                    v.messageReport = child.type == Node.Type.STRING && startsWithError(child.text);
                }
            } else if (carriesStatus(child, role)) {
                v.statusSeen = true;
                v.statusError = byName(child, role);
            } else {
                walk(child, depth + 1, v); // a "result" object is payload, not a status
            }
        }
    }

    /** Whether a status-like member's value is a status (a scalar; any value for an error-named member). */
    private static boolean carriesStatus(Node value, Role role) {
        if (role == Role.ERROR_NAME) {
            return true;
        }
        if (role == Role.HTTP_CODE) {
            long code = value.type == Node.Type.NUMBER ? integer(value.text) : -1;
            return code >= 100 && code <= 599;
        }
        return value.isScalar();
    }

    /** Error words or exception text in a message-like value (strings in it, a few levels down). */
    private static boolean mentionsError(Node value, int depth) {
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
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (text.startsWith("Traceback (most recent call last)", i)) {
            return true;
        }
        int start = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '_'
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
        return !simple.isEmpty() && Character.isUpperCase(simple.charAt(0))
                && (simple.endsWith("Exception") || simple.endsWith("Error")) && simple.length() > 5;
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
            case HTTP_CODE:
                return integer(value.text) >= 500;
            case EXIT_CODE:
                return value.type == Node.Type.NUMBER && !ZERO.matcher(value.text).matches();
            case SUCCESS_FLAG:
                return value.type == Node.Type.FALSE;
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
        if (words.size() == 1 && MESSAGE_NAME_WORDS.contains(last)) {
            return Role.MESSAGE; // "commit_message", "release_notes": a record's prose, not its status
        }
        if (words.equals(List.of("code")) || words.equals(List.of("http", "code"))
                || words.equals(List.of("response", "code"))) {
            return Role.HTTP_CODE;
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
