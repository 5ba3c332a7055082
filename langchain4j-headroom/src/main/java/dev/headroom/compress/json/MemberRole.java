package dev.headroom.compress.json;

import java.util.List;
import java.util.Set;

/**
 * What a member's name says its value tells about an item, for {@link ErrorItems}: read from the name's
 * words ({@link Words}), never from its value. A name counts as error-named only when every other word in it
 * qualifies the error word ({@code lastError}, {@code errorMessage}, {@code failure_reason},
 * {@code stackTrace}); a name that merely contains such a word next to other words ({@code errorRate},
 * {@code error_count}, {@code timeout_ms}, {@code TimeoutInSeconds}) is not. Kept apart from the judging of
 * values ({@link ErrorValues}) because a name's role is the same in every item and is classified once.
 */
enum MemberRole {
    /** {@code error}, {@code errors}, {@code lastError}, {@code stackTrace}: an error when not empty. */
    ERROR_NAME,
    /** {@code state}, {@code level}, {@code severity}, {@code conclusion}: an error word in the value. */
    STATUS,
    /** {@code status}, {@code statusCode}, {@code http_status}: HTTP 400–599 or an error word. */
    HTTP_STATUS,
    /** A bare {@code code}, {@code httpCode}, {@code responseCode}: HTTP 500–599. */
    HTTP_CODE,
    /** {@code exitCode}, {@code exit_status}, {@code returncode}, {@code rc}: any number but 0. */
    EXIT_CODE,
    /** {@code success}, {@code ok}, {@code isHealthy}: {@code false}. */
    SUCCESS_FLAG,
    /**
     * {@code type}, {@code event}, {@code eventType}, {@code eventName}: which event a record is; an error when the value
     * is one name ending in a failure word ({@code TaskFailed}, {@code MapIterationFailed}, {@code job.errored}), and
     * no status otherwise ({@code TaskSucceeded} leaves the item's message to judge).
     */
    EVENT_TYPE,
    /** A one-word {@code message}, {@code reason}, {@code stderr}, {@code log}: prose that may report an error. */
    MESSAGE,
    /** Anything else: payload, read only for the members inside it. */
    OTHER;

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

    /** Last words a {@link #STATUS} or {@link #HTTP_STATUS} name may end with. */
    private static final List<String> STATUS_ENDINGS = List.of("status", "state", "level", "severity", "result",
            "outcome", "conclusion", "health", "phase", "lvl", "verdict", "code");

    /**
     * Whether a name may be a status name, by its ending alone (any case), without splitting it into words: a cheap
     * screen before {@link #of} for the many member names that are not.
     */
    static boolean mayBeStatus(String name) {
        for (String ending : STATUS_ENDINGS) {
            if (name.regionMatches(true, name.length() - ending.length(), ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    /** The role of a member named {@code name}. */
    static MemberRole of(String name) {
        List<String> words = Words.of(name);
        if (words.isEmpty()) {
            return OTHER;
        }
        String last = Words.last(words);
        if (words.contains("exit") && (last.equals("code") || last.equals("status"))
                || words.equals(List.of("returncode")) || words.equals(List.of("return", "code"))
                || words.equals(List.of("rc"))) {
            return EXIT_CODE;
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
            return ERROR_NAME;
        }
        if (errorWord && !otherWord) {
            return ERROR_NAME;
        }
        if (words.contains("status") && (last.equals("status") || last.equals("code"))) {
            return HTTP_STATUS;
        }
        if (STATUS_NAME_WORDS.contains(last)) {
            return STATUS;
        }
        if (words.equals(List.of("type")) || words.equals(List.of("event")) || words.equals(List.of("event", "type"))
                || words.equals(List.of("event", "name"))) {
            return EVENT_TYPE;
        }
        List<String> flag = words.size() > 1 && (words.get(0).equals("is") || words.get(0).equals("was"))
                ? words.subList(1, words.size()) : words;
        if (flag.size() == 1 && SUCCESS_NAMES.contains(flag.get(0))) {
            return SUCCESS_FLAG;
        }
        if (words.size() == 1 && MESSAGE_NAME_WORDS.contains(last)) {
            return MESSAGE; // "commit_message", "release_notes": a record's prose, not its status
        }
        if (words.equals(List.of("code")) || words.equals(List.of("http", "code"))
                || words.equals(List.of("response", "code"))) {
            return HTTP_CODE;
        }
        return OTHER;
    }
}
