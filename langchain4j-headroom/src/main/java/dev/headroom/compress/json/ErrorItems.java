package dev.headroom.compress.json;

import dev.headroom.internal.template.Templates;
import java.util.HashMap;
import java.util.Map;

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
 *
 * <p>This class walks an item's members; what a member's name means is decided by {@link MemberRole}, what
 * its value says by {@link ErrorValues}. Not thread-safe (caches member-name roles); use one instance per
 * compression.
 */
final class ErrorItems {

    /** How deep inside an item members are examined. */
    static final int MAX_DEPTH = 4;

    /** At most this many values are examined per item (bounds the cost of huge items). */
    static final int MAX_VALUES = 512;

    /** An error's kind is told by at most this many characters of its value. */
    static final int KIND_CHARS = 80;

    private final Map<String, MemberRole> roles = new HashMap<>();
    /**
     * Status values judged, direct-mapped by hash, by identity: the parser shares a value that recurs ({@code "ok"},
     * {@code "running"}), so most items' statuses are judged once.
     */
    private final Node[] statusValues = new Node[32];
    private final MemberRole[] statusRoles = new MemberRole[32];
    private final boolean[] statusErrors = new boolean[32];
    /** Objects with more members have their roles looked up one by one, as far as the walk reads. */
    private static final int MAX_SHAPE_MEMBERS = 64;
    /** The roles of the members of the last objects read, by their names array (shared by the items of an array). */
    private final String[][] rolesNames = new String[8][];
    private final MemberRole[][] rolesByName = new MemberRole[8][];

    boolean isError(Node item) {
        return errorKind(item) != null;
    }

    /**
     * What kind of error an item reports, or {@code null} when it reports none: the deciding member's name
     * and the template of its value ({@code errorCode=AccessDenied}, {@code status=failed}), so that items
     * reporting the same error in the same words share a kind and a kind seen once is rare.
     */
    String errorKind(Node item) {
        if (item.type == Node.Type.STRING) {
            return ErrorValues.isExceptionText(item.text) ? kindOf("", item) : null;
        }
        Verdict v = new Verdict();
        walk(item, 0, v);
        if (v.statusError) {
            return v.statusKind;
        }
        return v.messageReport || (!v.statusSeen && v.messageError) ? v.messageKind : null;
    }

    /**
     * The template of the item's own message ({@code msg}, {@code message}, {@code reason}: its first direct string
     * member in that role; numbers, ids and times masked), or {@code ""}: with its error kind, which story an error item
     * tells ("handled request" with a 502 and "dial tcp …: connection refused" are two stories of one {@code level=error}).
     */
    String message(Node item) {
        if (!item.isObject()) {
            return "";
        }
        for (int i = 0; i < item.children.length; i++) {
            if (item.children[i].type == Node.Type.STRING && role(item.names[i]) == MemberRole.MESSAGE) {
                return template(item.children[i].text);
            }
        }
        return "";
    }

    /**
     * Whether the item's own text says what went wrong: a string (two levels down at most) of a member that is not a
     * status ({@code severity}, {@code level}) with an error word or exception text. A stack frame line logged as an
     * ERROR entry of its own does not; its {@code Error: missing required environment variable} line does.
     */
    boolean saysWhatWentWrong(Node item) {
        if (item.type == Node.Type.STRING) {
            return ErrorValues.mentionsError(item, 0);
        }
        return saysWhatWentWrong(item, 0);
    }

    private boolean saysWhatWentWrong(Node node, int depth) {
        if (!node.isObject() || depth > 1) {
            return false;
        }
        for (int i = 0; i < node.children.length; i++) {
            MemberRole role = role(node.names[i]);
            Node child = node.children[i];
            if (role == MemberRole.OTHER || role == MemberRole.MESSAGE || role == MemberRole.ERROR_NAME) {
                if (child.type == Node.Type.STRING ? ErrorValues.mentionsError(child, 0) : saysWhatWentWrong(child, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first {@value #KIND_CHARS} characters of the template of a value (its first string when a container). */
    private static String kindOf(String name, Node value) {
        Node shown = value;
        for (int depth = 0; depth < 3 && shown.isContainer() && shown.children.length > 0; depth++) {
            shown = shown.children[0];
        }
        String text = shown.isContainer() ? "" : shown.scalarText();
        if (shown.type == Node.Type.NUMBER) {
            return name + "=" + text; // a status or exit code: 502 and 404 are different errors
        }
        return name + "=" + template(text);
    }

    /** The template of a value's first {@value #KIND_CHARS} characters: numbers, ids and times masked. */
    private static String template(String text) {
        return Templates.of(text.length() > KIND_CHARS ? text.substring(0, KIND_CHARS) : text);
    }

    /** What the members of one item say. */
    private static final class Verdict {
        int budget = MAX_VALUES;
        boolean statusSeen;
        boolean statusError;
        boolean messageError;
        boolean messageReport;
        String statusKind;
        String messageKind;
    }

    /** Reads the members of a container; stops early once a status member reports an error. */
    private void walk(Node node, int depth, Verdict v) {
        if (depth >= MAX_DEPTH || !node.isContainer()) {
            return;
        }
        Node pairValue = keyValuePairValue(node);
        if (pairValue != null) {
            member(node.children[0].text, role(node.children[0].text), pairValue, depth, v);
            return;
        }
        boolean object = node.isObject();
        MemberRole[] roles = object && node.names.length <= MAX_SHAPE_MEMBERS ? roles(node.names) : null;
        for (int i = 0; i < node.children.length && !v.statusError && --v.budget >= 0; i++) {
            String name = object ? node.names[i] : null;
            member(name, roles != null ? roles[i] : object ? role(name) : MemberRole.OTHER, node.children[i], depth, v);
        }
    }

    /** Reads one member ({@code name} null for an array element) in its role. */
    private void member(String name, MemberRole role, Node child, int depth, Verdict v) {
        if (role == MemberRole.OTHER) {
            walk(child, depth + 1, v);
        } else if (role == MemberRole.MESSAGE) {
            if (depth == 0 && !v.messageError) {
                v.messageError = ErrorValues.mentionsError(child, 0);
                v.messageReport = child.type == Node.Type.STRING && ErrorValues.startsWithError(child.text);
                v.messageKind = v.messageError || v.messageReport ? kindOf(name, child) : null;
            }
        } else if (role == MemberRole.EVENT_TYPE) {
            // an event named as failed is a status reporting an error; any other event name leaves the item's other
            // members to judge (judged through the cache: most items of an array share a few event names)
            if (reportsError(child, role)) {
                v.statusSeen = true;
                v.statusError = true;
                v.statusKind = kindOf(name, child);
            }
        } else if (ErrorValues.carriesStatus(child, role)) {
            // a warning level leaves the message to judge: a WARN that says "token refresh failed" reports an error
            v.statusSeen |= role != MemberRole.STATUS || !ErrorValues.isWarning(child);
            v.statusError = reportsError(child, role);
            v.statusKind = v.statusError ? kindOf(name, child) : null;
        } else {
            walk(child, depth + 1, v); // a "result" object is payload, not a status
        }
    }

    /**
     * The value of an object that is one member written as a pair, {@code {"key": "error", "type": "bool", "value":
     * true}} (Jaeger span tags, OpenTelemetry attributes): read as the member {@code error: true}. Null for any other
     * node; only {@code key} and {@code value} (and a {@code type}) make a pair, so that a container's environment list
     * ({@code {"name": "LOG_LEVEL", "value": "error"}}) is not read as a status.
     */
    private static Node keyValuePairValue(Node node) {
        if (!node.isObject() || node.children.length < 2 || node.children.length > 3 || !"key".equals(node.names[0])
                || node.children[0].type != Node.Type.STRING) {
            return null;
        }
        Node value = null;
        for (int k = 1; k < node.names.length; k++) {
            if ("value".equals(node.names[k])) {
                value = node.children[k];
            } else if (!"type".equals(node.names[k])) {
                return null;
            }
        }
        return value;
    }

    private boolean reportsError(Node value, MemberRole role) {
        int slot = value.hash & (statusValues.length - 1);
        if (statusValues[slot] != value || statusRoles[slot] != role) {
            statusValues[slot] = value;
            statusRoles[slot] = role;
            statusErrors[slot] = ErrorValues.reportsError(value, role);
        }
        return statusErrors[slot];
    }

    /** The role of each member of an object with these names. */
    private MemberRole[] roles(String[] names) {
        int slot = names.length & (rolesNames.length - 1);
        if (rolesNames[slot] != names) {
            MemberRole[] roles = new MemberRole[names.length];
            for (int i = 0; i < names.length; i++) {
                roles[i] = role(names[i]);
            }
            rolesNames[slot] = names;
            rolesByName[slot] = roles;
        }
        return rolesByName[slot];
    }

    private MemberRole role(String name) {
        MemberRole role = roles.get(name);
        if (role == null) {
            role = MemberRole.of(name);
            roles.put(name, role);
        }
        return role;
    }
}
