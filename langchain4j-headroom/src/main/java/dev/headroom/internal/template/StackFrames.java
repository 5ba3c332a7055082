package dev.headroom.internal.template;

/**
 * Java-style stack frames ({@code at pkg.Class.method(File.java:42)}), also behind a line prefix as logcat,
 * {@code docker compose logs} or {@code kubectl logs --prefix} print them ({@code 12-07 14:05:56.775 21877 21877
 * E AndroidRuntime:  at com.acme.Foo.bar(Foo.kt:142)}), and whether a frame is a library's: the first other frame
 * of a trace is usually the application's own call, the line a reader needs. Stateless, no regular expressions.
 */
public final class StackFrames {

    /**
     * Package prefixes of the JDK, Android, .NET and common frameworks, drivers and libraries: a frame in one of them
     * is a library's.
     */
    private static final String[] LIBRARY_PACKAGES = {
        "java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.", "kotlin.", "kotlinx.", "scala.", "groovy.",
        "android.", "androidx.", "com.android.", "dalvik.", "libcore.",
        "org.springframework.", "org.apache.", "org.hibernate.", "org.eclipse.", "org.glassfish.", "org.jboss.",
        "org.junit.", "org.postgresql.", "org.mariadb.", "org.h2.", "org.slf4j.", "org.mockito.", "org.aspectj.",
        "com.mysql.", "com.zaxxer.", "com.fasterxml.", "com.google.", "com.oracle.", "com.microsoft.",
        "ch.qos.", "io.netty.", "io.grpc.", "io.micrometer.", "io.undertow.", "io.opentelemetry.", "io.reactivex.",
        "io.vertx.", "io.quarkus.", "io.micronaut.", "io.lettuce.", "reactor.", "okhttp3.", "okio.", "retrofit2.",
        "net.bytebuddy.", "feign.", "software.amazon.", "com.amazonaws.", "dev.langchain4j.", "System.", "Microsoft."
    };

    private StackFrames() {}

    /**
     * Where the qualified name of a frame starts in the line ({@code at } after a blank or a tab, then a dotted name
     * and a parenthesis), or -1 when the line holds no frame.
     */
    public static int frameAt(CharSequence line) {
        int n = line.length();
        for (int i = 1; i + 3 < n; i++) {
            char before = line.charAt(i - 1);
            if ((before == ' ' || before == '\t') && line.charAt(i) == 'a' && line.charAt(i + 1) == 't' && line.charAt(i + 2) == ' ') {
                int start = i + 3;
                boolean dot = false;
                int k = start;
                while (k < n && line.charAt(k) != '(' && line.charAt(k) != ' ') {
                    dot |= line.charAt(k) == '.';
                    k++;
                }
                if (dot && k < n && line.charAt(k) == '(' && k > start) {
                    return start;
                }
                return -1;
            }
        }
        return -1;
    }

    /** Whether the frame whose qualified name starts at {@code start} (a module prefix such as {@code java.base/} skipped) is a library's. */
    public static boolean isLibrary(CharSequence line, int start) {
        int i = start;
        for (int k = start; k < line.length() && line.charAt(k) != '('; k++) {
            if (line.charAt(k) == '/') {
                i = k + 1; // module prefix: "at java.base/java.lang.Thread.run(...)"
            }
        }
        for (String p : LIBRARY_PACKAGES) {
            if (Chars.regionMatches(line, i, p)) {
                return true;
            }
        }
        return false;
    }
}
