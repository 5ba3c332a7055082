package dev.headroom.compress.log;

import dev.headroom.internal.CharClass;
import dev.headroom.internal.template.StackFrames;

/**
 * Stack traces in logs: exception lines, the start of a trace, frames (Java, Python, Go, .NET), library frames and
 * "Caused by" chain lines. Stateless.
 */
final class TraceSyntax {

    private TraceSyntax() {}

    /**
     * Whether the line is an exception header: {@code java.lang.IllegalStateException: boom},
     * {@code RuntimeError: boom}, {@code Exception in thread "main" ...}, {@code panic: ...}.
     */
    static boolean isExceptionLine(CharSequence line) {
        int n = line.length();
        int i = 0;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (LogSyntax.startsWith(line, i, "Exception in thread ") || LogSyntax.startsWith(line, i, "panic: ")
                || LogSyntax.startsWith(line, i, "Caused by: ")) {
            return true;
        }
        int start = i;
        int segment = i;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '.') {
                segment = i + 1;
            } else if (!(CharClass.isLetterOrDigit(c) || c == '_' || c == '$')) {
                break;
            }
            i++;
        }
        if (i == start || segment >= i || (i < n && line.charAt(i) != ':')) {
            return false;
        }
        if (!CharClass.isUpperCase(line.charAt(segment))) {
            return false;
        }
        return LogSyntax.endsWith(line, i, "Exception") || LogSyntax.endsWith(line, i, "Error") || LogSyntax.endsWith(line, i, "Throwable")
                || LogSyntax.endsWith(line, i, "Fault") || LogSyntax.endsWith(line, i, "Failure");
    }

    /** Whether the line opens a stack trace ({@code Traceback (most recent call last):}). */
    static boolean isTraceStart(CharSequence line) {
        int i = indentOf(line);
        return LogSyntax.startsWith(line, i, "Traceback (most recent call last)") || LogSyntax.startsWith(line, i, "Traceback:")
                || LogSyntax.startsWith(line, i, "goroutine ");
    }

    /**
     * Whether the line is a stack frame: {@code at com.x.Y.z(Y.java:12)}, {@code File "a.py", line 5},
     * {@code ... 12 more}, {@code /src/x.go:42 +0x1d}.
     */
    static boolean isFrame(CharSequence line) {
        int i = indentOf(line);
        if (i == 0) {
            return false;
        }
        return LogSyntax.startsWith(line, i, "at ") || LogSyntax.startsWith(line, i, "File \"") || LogSyntax.startsWith(line, i, "... ");
    }

    /**
     * Whether a frame is a library's: a Java or .NET frame ({@code at pkg.Class.method(File.java:1)}) in a library
     * package ({@link StackFrames#isLibrary}), a Python frame in installed packages or the standard library.
     */
    static boolean isLibraryFrame(CharSequence line) {
        int i = indentOf(line);
        if (LogSyntax.startsWith(line, i, "File \"")) {
            return isLibraryPath(line.toString());
        }
        if (!LogSyntax.startsWith(line, i, "at ")) {
            return true;
        }
        return StackFrames.isLibrary(line, i + 3);
    }

    /** Python frames of installed packages and the standard library; the others are the application's own. */
    private static boolean isLibraryPath(String frame) {
        return frame.contains("site-packages") || frame.contains("dist-packages") || frame.contains("/lib/python")
                || frame.contains("\\Lib\\") || frame.contains("File \"<");
    }

    /** Whether a continuation line links chained exceptions ({@code Caused by:}, Python's "During handling"). */
    static boolean isChainLine(CharSequence line) {
        int i = indentOf(line);
        return LogSyntax.startsWith(line, i, "Caused by:") || LogSyntax.startsWith(line, i, "Suppressed:")
                || LogSyntax.startsWith(line, i, "During handling of the above exception")
                || LogSyntax.startsWith(line, i, "The above exception was the direct cause");
    }

    static int indentOf(CharSequence line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
