package dev.headroom.benchmarks.needles;

import java.util.ArrayList;
import java.util.List;

/**
 * Real tool outputs captured once on the build machine (see {@code needles/SOURCES.md}): diffs, git logs,
 * grep and rg over Apache-2.0 sources, a Maven project and a pytest project with failures, this machine's
 * package logs and listings.
 */
final class CapturedCases {

    private CapturedCases() {}

    private static final String L3 = "org/apache/commons/lang3/";

    static List<NeedleCase> all() {
        List<NeedleCase> cases = new ArrayList<>();
        cases.add(diffRuFull());
        cases.add(diffRuConcurrent());
        cases.add(gitDiffNoIndex());
        cases.add(gitLogPatch());
        cases.add(gitLogStat());
        cases.add(search("grep_rn_deprecated", "grep-rn", "grep_rn_deprecated.txt", "grep -rn '@Deprecated' org",
                "Which RandomUtils methods are deprecated?", L3 + "RandomUtils.java:", false));
        cases.add(search("grep_rn_public_static_large", "grep-rn", "grep_rn_public_static.txt.gz", "grep -rn 'public static' org",
                "What public static methods does DurationFormatUtils have?", L3 + "time/DurationFormatUtils.java:", false));
        cases.add(search("grep_rn_validate_iae", "grep-rn", "grep_rn_iae.txt", "grep -rn 'throw new IllegalArgumentException' org",
                "Where does Validate.java throw IllegalArgumentException?", L3 + "Validate.java:", true));
        cases.add(search("rg_n_synchronized_small", "rg-n", "rg_n_synchronized.txt", "rg -n synchronized org",
                "Where does LazyInitializer synchronize?", L3 + "concurrent/LazyInitializer.java:", false));
        cases.add(search("rg_n_return_null", "rg-n", "rg_n_return_null.txt", "rg -n 'return null;' org",
                "Which methods in TypeUtils return null?", L3 + "reflect/TypeUtils.java:", false));
        cases.add(rgHeading());
        cases.add(mavenTest());
        cases.add(mavenDependencyTree());
        cases.add(pytestVerbose());
        cases.add(pytestPlain());
        cases.add(dpkgLog());
        cases.add(aptTermLog());
        cases.add(aptHistory());
        cases.add(alternativesLog());
        cases.add(dpkgList());
        cases.add(lsUsrShareDoc());
        cases.add(lsJava());
        return cases;
    }

    private static NeedleCase diffRuFull() {
        String c = Resources.text("diff_ru_commons_lang3.diff.gz");
        String header = "diff -ru l14/" + L3 + "StringUtils.java l17/" + L3 + "StringUtils.java";
        return NeedleCase.named("diff_ru_lang3_full", "diff", "diff-ru")
                .shell("diff -ru l14/org l17/org")
                .question("What changed in StringUtils.java between 3.14.0 and 3.17.0?")
                .build(c, List.of(Needle.exact(header), Resources.hunkOf(c, Resources.diffSection(c, header, null))));
    }

    private static NeedleCase diffRuConcurrent() {
        String c = Resources.text("diff_ru_concurrent.diff");
        String header = "diff -ru l14/" + L3 + "concurrent/TimedSemaphore.java l17/" + L3 + "concurrent/TimedSemaphore.java";
        return NeedleCase.named("diff_ru_concurrent", "diff", "diff-ru")
                .shell("diff -ru l14/org/apache/commons/lang3/concurrent l17/org/apache/commons/lang3/concurrent")
                .question("did TimedSemaphore change?")
                .build(c, List.of(Needle.exact(header), Resources.hunkOf(c, Resources.diffSection(c, header, null))));
    }

    private static NeedleCase gitDiffNoIndex() {
        String c = Resources.text("git_diff_noindex_text.diff");
        String header = "diff --git a/l14/" + L3 + "text/StrTokenizer.java b/l17/" + L3 + "text/StrTokenizer.java";
        return NeedleCase.named("git_diff_noindex_text", "diff", "git-diff")
                .shell("git diff --no-index l14/org/apache/commons/lang3/text l17/org/apache/commons/lang3/text")
                .question("What changed in StrTokenizer?")
                .heldAside()
                .build(c, List.of(Needle.exact(header), Resources.hunkOf(c, Resources.diffSection(c, header, null))));
    }

    private static NeedleCase gitLogPatch() {
        String c = Resources.text("git_log_p.txt.gz");
        String header = "diff --git a/" + L3 + "exception/ExceptionUtils.java b/" + L3 + "exception/ExceptionUtils.java";
        String message = "    Update lang3.exception to 3.17.0";
        return NeedleCase.named("git_log_p_exception_utils", "diff", "git-log-p")
                .shell("git log -p -- org/apache/commons/lang3/reflect org/apache/commons/lang3/exception")
                .question("What did the exception update change in ExceptionUtils?")
                .build(c, List.of(Needle.exact(message), Needle.exact(header),
                        Resources.hunkOf(c, Resources.diffSection(c, header, message))));
    }

    private static NeedleCase gitLogStat() {
        String c = Resources.text("git_log_stat.txt");
        return NeedleCase.named("git_log_stat_duration_format", "diff", "git-log-stat")
                .shell("git log --stat")
                .question("Which commit changed DurationFormatUtils.java after the initial import, and how many lines changed?")
                .heldAside()
                .build(c, List.of(Needle.exact("commit d2d2aba0c8b3d620889f93616fcf878054a5e0d0"),
                        Needle.exact("    Update lang3.time to 3.17.0"),
                        Needle.exact(" .../commons/lang3/time/DurationFormatUtils.java    |  73 +++++----")));
    }

    /** A grep/rg -n output; the question names a file: at least one of that file's matches must stay. */
    private static NeedleCase search(String name, String format, String resource, String command, String question,
                                     String filePrefix, boolean heldAside) {
        String c = Resources.text(resource);
        NeedleCase.Builder b = NeedleCase.named(name, "search", format).shell(command).question(question);
        if (heldAside) {
            b.heldAside();
        }
        return b.build(c, List.of(Needle.anyOf(Resources.startingWith(c, filePrefix))));
    }

    private static NeedleCase rgHeading() {
        String c = Resources.text("rg_heading_requirenonnull.txt");
        String heading = L3 + "builder/DiffBuilder.java";
        List<String> all = Resources.lines(c);
        List<String> matches = new ArrayList<>();
        // the heading's block: numbered lines up to the blank line before the next heading
        for (int i = all.indexOf(heading) + 1; i < all.size() && !all.get(i).isEmpty(); i++) {
            if (Resources.count(c, all.get(i)) == 1) {
                matches.add(all.get(i));
            }
        }
        return NeedleCase.named("rg_heading_diffbuilder", "search", "rg-heading")
                .shell("rg --heading -n 'Objects.requireNonNull' org")
                .question("Where does DiffBuilder call Objects.requireNonNull?")
                .heldAside()
                .build(c, List.of(Needle.exact(heading), Needle.anyOf(matches)));
    }

    private static NeedleCase mavenTest() {
        String c = Resources.text("mvn_test.txt");
        return NeedleCase.named("mvn_test_inventory", "build", "maven-test")
                .shell("mvn -o -B test")
                .build(c, List.of(
                        Needle.exact("[ERROR] org.example.inventory.StockShipTest.should_refuse_to_ship_more_than_in_stock -- Time elapsed: 0.020 s <<< FAILURE!"),
                        Needle.exact("[ERROR] org.example.inventory.StockShipTest.should_label_short_skus -- Time elapsed: 0.002 s <<< ERROR!"),
                        Needle.exact("java.lang.StringIndexOutOfBoundsException: begin 0, end 12, length 5"),
                        Needle.exact("\tat org.example.inventory.StockShipTest.should_refuse_to_ship_more_than_in_stock(StockShipTest.java:22)"),
                        Needle.exact("[ERROR]   StockShipTest.should_label_short_skus:28 » StringIndexOutOfBounds begin 0, end 12, length 5"),
                        Needle.exact("[ERROR] Tests run: 283, Failures: 1, Errors: 1, Skipped: 0"),
                        Needle.exact("[INFO] BUILD FAILURE")));
    }

    private static NeedleCase mavenDependencyTree() {
        String c = Resources.text("mvn_dependency_tree.txt");
        return NeedleCase.named("mvn_dependency_tree_bytebuddy", "build", "maven-dependency-tree")
                .shell("mvn -B dependency:tree")
                .question("Which byte-buddy version ends up on the test classpath?")
                .build(c, List.of(Needle.exact("[INFO] |  \\- net.bytebuddy:byte-buddy:jar:1.15.11:test")));
    }

    private static NeedleCase pytestVerbose() {
        String c = Resources.text("pytest_v.txt");
        return NeedleCase.named("pytest_v_ledger", "build", "pytest")
                .shell("python3 -m pytest -v tests")
                .build(c, List.of(
                        Needle.exact("FAILED tests/test_reports.py::test_balance_with_refund - AssertionError: asse..."),
                        Needle.exact("FAILED tests/test_reports.py::test_currency_defaults_to_eur - KeyError: 'curr..."),
                        Needle.exact("FAILED tests/test_reports.py::test_load_config_missing_file - FileNotFoundErr..."),
                        Needle.exact("E       AssertionError: assert 7 == 13"),
                        Needle.exact("E       KeyError: 'currency'"),
                        Needle.exact("======================== 3 failed, 309 passed in 1.18s =========================")));
    }

    private static NeedleCase pytestPlain() {
        String c = Resources.text("pytest_plain.txt");
        return NeedleCase.named("pytest_plain_ledger_small", "build", "pytest")
                .shell("python3 -m pytest tests")
                .build(c, List.of(
                        Needle.exact("FAILED tests/test_reports.py::test_balance_with_refund - AssertionError: asse..."),
                        Needle.exact("FAILED tests/test_reports.py::test_load_config_missing_file - FileNotFoundErr..."),
                        Needle.exact("======================== 3 failed, 309 passed in 1.08s =========================")));
    }

    private static NeedleCase dpkgLog() {
        String c = Resources.text("dpkg.log.gz");
        List<Needle> needles = new ArrayList<>();
        // "which packages were upgraded?": one upgrade line of every day with upgrades, and the latest one
        String lastDay = null;
        List<String> day = new ArrayList<>();
        String latest = null;
        for (String l : Resources.containing(c, " upgrade ")) {
            String d = l.substring(0, 10);
            if (!d.equals(lastDay) && !day.isEmpty()) {
                needles.add(Needle.anyOf(day));
                day = new ArrayList<>();
            }
            lastDay = d;
            day.add(l);
            latest = l;
        }
        needles.add(Needle.anyOf(day));
        needles.add(Needle.exact(latest));
        return NeedleCase.named("dpkg_log_upgrades", "log", "dpkg-log")
                .shell("cat /var/log/dpkg.log")
                .question("Which packages were upgraded on this machine?")
                .build(c, needles);
    }

    private static NeedleCase aptTermLog() {
        String c = Resources.text("apt_term.log.gz");
        return NeedleCase.named("apt_term_log_problems", "log", "apt-term-log")
                .shell("cat /var/log/apt/term.log")
                .question("Did anything go wrong during the package installs?")
                .build(c, List.of(
                        Needle.exact("Failed to open connection to \"system\" message bus: Failed to connect to socket /run/dbus/system_bus_socket: No such file or directory"),
                        Needle.anyOf(Resources.startingWith(c, "invoke-rc.d: policy-rc.d denied execution of"))));
    }

    private static NeedleCase aptHistory() {
        String c = Resources.text("apt_history.log");
        return NeedleCase.named("apt_history_postgres_upgrades", "log", "apt-history-log")
                .shell("cat /var/log/apt/history.log")
                .question("Which packages got upgraded when postgresql was installed?")
                .build(c, List.of(
                        Needle.exact("Commandline: apt-get install -y --no-install-recommends postgresql postgresql-contrib"),
                        Needle.contains("Upgrade: libpq-dev:amd64 (15.16-0+deb12u1, 15.18-0+deb12u1), libc6:amd64 (2.36-9+deb12u10, 2.36-9+deb12u14)")));
    }

    private static NeedleCase alternativesLog() {
        String c = Resources.text("alternatives.log");
        return NeedleCase.named("alternatives_log_java", "log", "alternatives-log")
                .shell("cat /var/log/alternatives.log")
                .question("What does /usr/bin/java point to?")
                .heldAside()
                .build(c, List.of(Needle.exact("update-alternatives 2025-06-24 14:39:43: link group java updated to point to /usr/lib/jvm/java-17-openjdk-amd64/bin/java")));
    }

    private static NeedleCase dpkgList() {
        String c = Resources.text("dpkg_l.txt.gz");
        return NeedleCase.named("dpkg_l_openssl_versions", "table", "dpkg-l")
                .shell("dpkg -l")
                .question("Which versions of libssl3, openssl and libpq5 are installed?")
                .build(c, List.of(
                        Needle.exact("ii  libpq5:amd64                              15.18-0+deb12u1                amd64        PostgreSQL C client library"),
                        Needle.exact("ii  libssl3:amd64                             3.0.19-1~deb12u2               amd64        Secure Sockets Layer toolkit - shared libraries"),
                        Needle.exact("ii  openssl                                   3.0.19-1~deb12u2               amd64        Secure Sockets Layer toolkit - cryptographic utility")));
    }

    private static NeedleCase lsUsrShareDoc() {
        String c = Resources.text("ls_laR_usr_share_doc.txt.gz");
        // the changelog line alone occurs in 4 directories: the directory header is what makes it libpq5's
        return NeedleCase.named("ls_laR_doc_libpq5", "listing", "ls-laR")
                .shell("ls -laR /usr/share/doc")
                .question("Where is the libpq5 changelog and how big is it?")
                .build(c, List.of(Needle.exact("/usr/share/doc/libpq5:"),
                        Needle.exact("-rw-r--r--   1 root root 10940 May 12  2026 changelog.Debian.gz")));
    }

    private static NeedleCase lsJava() {
        String c = Resources.text("ls_laR_maven_java.txt");
        return NeedleCase.named("ls_laR_java_commons_io", "listing", "ls-laR")
                .shell("ls -laR /usr/share/maven /usr/share/java")
                .question("Which commons-io version is in /usr/share/java?")
                .heldAside()
                .build(c, List.of(Needle.exact("lrwxrwxrwx   1 root root      14 Nov  4  2021 commons-io-2.11.0.jar -> commons-io.jar")));
    }
}
