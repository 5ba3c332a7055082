package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tenth held-aside batch ({@code fresh9_*}), written on 2026-12-07 (session 9), with needle rules written together
 * with each generator, before anything was run; its author never ran it through the compressor nor looked at a
 * compressed output of it. Application and server logs and runtime dumps none of the other cases has: a Java thread
 * dump ({@code jstack -l}, with a Java-level deadlock), a JVM unified GC log ({@code -Xlog:gc*}, G1, to-space exhausted
 * then a long {@code Pause Full}), a MongoDB structured JSON log, a Celery worker log, a Laravel {@code laravel.log}, a
 * Spark driver log (YARN, {@code ExecutorLostFailure} then a job aborted), a Kafka broker {@code server.log}, a Traefik
 * JSON access log, {@code dmesg -T} of a database server, a PHP-FPM error log with its slow log, an Oracle {@code
 * alert_<SID>.log} and a {@code /var/log/syslog} full of {@code CRON} lines. Never tuned on: reported as their own set
 * {@code fresh-9}, refused by {@code --case}.
 */
final class FreshCases9 {

    private FreshCases9() {}

    static List<NeedleCase> all() {
        return List.of(jstackDeadlock(), g1GcLog(), mongodbJsonLog(), celeryWorkerLog(), laravelLog(), sparkDriverLog(), kafkaServerLog(),
                traefikAccessJson(), dmesgServer(), phpFpmLogs(), oracleAlertLog(), cronSyslog());
    }

    /** Every whole line of {@code text} that contains {@code part}; fails when none does. */
    static List<String> every(String text, String part) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.contains(part)) {
                found.add(line);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no line contains " + part);
        }
        return found;
    }

    private static String pickChars(Gen g, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(g.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- jstack -l (thread dump with a deadlock)

    private static final String JB = "java.base@17.0.9";

    private static final String[] TOMCAT_IDLE = {
        "at jdk.internal.misc.Unsafe.park(" + JB + "/Native Method)",
        "- parking to wait for  <%s> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)",
        "at java.util.concurrent.locks.LockSupport.park(" + JB + "/LockSupport.java:341)",
        "at java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionNode.block(" + JB + "/AbstractQueuedSynchronizer.java:506)",
        "at java.util.concurrent.ForkJoinPool.unmanagedBlock(" + JB + "/ForkJoinPool.java:3465)",
        "at java.util.concurrent.ForkJoinPool.managedBlock(" + JB + "/ForkJoinPool.java:3436)",
        "at java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.await(" + JB + "/AbstractQueuedSynchronizer.java:1623)",
        "at java.util.concurrent.LinkedBlockingQueue.take(" + JB + "/LinkedBlockingQueue.java:435)",
        "at org.apache.tomcat.util.threads.TaskQueue.take(TaskQueue.java:117)",
        "at org.apache.tomcat.util.threads.TaskQueue.take(TaskQueue.java:33)",
        "at org.apache.tomcat.util.threads.ThreadPoolExecutor.getTask(ThreadPoolExecutor.java:1114)",
        "at org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1176)",
        "at org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
        "at org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
        "at java.lang.Thread.run(" + JB + "/Thread.java:840)"};

    /** The Spring MVC and Tomcat frames under a controller method, down to the worker thread. */
    private static final String[] WEB_TAIL = {
        "at jdk.internal.reflect.GeneratedMethodAccessor%d.invoke(Unknown Source)",
        "at jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(" + JB + "/DelegatingMethodAccessorImpl.java:43)",
        "at java.lang.reflect.Method.invoke(" + JB + "/Method.java:568)",
        "at org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:205)",
        "at org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:150)",
        "at org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)",
        "at org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:884)",
        "at org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handleInternal(RequestMappingHandlerAdapter.java:797)",
        "at org.springframework.web.servlet.mvc.method.AbstractHandlerMethodAdapter.handle(AbstractHandlerMethodAdapter.java:87)",
        "at org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1081)",
        "at org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:974)",
        "at org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1011)",
        "at org.springframework.web.servlet.FrameworkServlet.do%s(FrameworkServlet.java:%d)",
        "at jakarta.servlet.http.HttpServlet.service(HttpServlet.java:%d)",
        "at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
        "at jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)",
        "at org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)",
        "at org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)",
        "at org.springframework.web.filter.RequestContextFilter.doFilterInternal(RequestContextFilter.java:100)",
        "at org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)",
        "at org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)",
        "at org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)",
        "at org.springframework.web.filter.ServerHttpObservationFilter.doFilterInternal(ServerHttpObservationFilter.java:109)",
        "at org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)",
        "at org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)",
        "at org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)",
        "at org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)",
        "at org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)",
        "at org.apache.catalina.authenticator.AuthenticatorBase.invoke(AuthenticatorBase.java:482)",
        "at org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:115)",
        "at org.apache.catalina.valves.ErrorReportValve.invoke(ErrorReportValve.java:93)",
        "at org.apache.catalina.core.StandardEngineValve.invoke(StandardEngineValve.java:74)",
        "at org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:341)",
        "at org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)",
        "at org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:63)",
        "at org.apache.coyote.AbstractProtocol$ConnectionHandler.process(AbstractProtocol.java:896)",
        "at org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)",
        "at org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:52)",
        "at org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)",
        "at org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
        "at org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
        "at java.lang.Thread.run(" + JB + "/Thread.java:840)"};

    private static final class Dump {
        final Gen g;
        final List<String> out = new ArrayList<>();
        final List<String> tids = new ArrayList<>();
        int number = 1;

        Dump(Gen g) {
            this.g = g;
        }

        String obj() {
            return "0x00000006" + g.pick("c", "d", "e") + g.hex(7);
        }

        /** One Java thread: header, state, frames (each prefixed by a tab), then the locked ownable synchronizers. */
        void thread(String name, boolean daemon, int prio, String what, String state, List<String> frames, String owned) {
            String tid = "0x00007f3a" + g.hex(8);
            tids.add(tid);
            boolean stack = !what.equals("runnable") || !frames.isEmpty();
            String addr = stack ? "  [0x00007f39" + g.hex(5) + "000]" : "  ";
            double cpu = g.nextInt(5) == 0 ? g.between(1, 90_000) / 100.0 : g.between(100, 9_000_000) / 100.0;
            out.add(fmt("\"%s\" #%d %sprio=%d os_prio=0 cpu=%.2fms elapsed=%.2fs tid=%s nid=0x%x %s%s", name, number++, daemon ? "daemon " : "", prio, cpu,
                    g.between(3_000, 86_000) + g.nextDouble(), tid, g.between(0x1a00, 0x7fff), what, addr));
            out.add("   java.lang.Thread.State: " + state);
            for (String f : frames) {
                out.add("\t" + f);
            }
            out.add("");
            out.add("   Locked ownable synchronizers:");
            out.add("\t- " + (owned == null ? "None" : owned));
            out.add("");
        }

        /** A VM-internal thread (no Java stack). */
        void vm(String name, String what) {
            String tid = "0x00007f3a" + g.hex(8);
            out.add(fmt("\"%s\" os_prio=0 cpu=%.2fms elapsed=86%03d.%02ds tid=%s nid=0x%x %s  ", name, g.between(100, 9_000_000) / 100.0, g.nextInt(1000),
                    g.nextInt(100), tid, g.between(0x1a00, 0x7fff), what));
            out.add("");
        }
    }

    private static List<String> idle(Dump d) {
        List<String> f = new ArrayList<>();
        for (String s : TOMCAT_IDLE) {
            f.add(s.contains("%s") ? fmt(s, d.obj()) : s);
        }
        return f;
    }

    private static List<String> web(Dump d, List<String> top, boolean post) {
        List<String> f = new ArrayList<>(top);
        for (String s : WEB_TAIL) {
            if (s.contains("GeneratedMethodAccessor")) {
                f.add(fmt(s, d.g.between(180, 420)));
            } else if (s.contains("FrameworkServlet.do%s")) {
                f.add(fmt(s, post ? "Post" : "Get", post ? 914 : 903));
            } else if (s.contains("HttpServlet.java:%d")) {
                f.add(fmt(s, post ? 590 : 564));
            } else {
                f.add(s);
            }
        }
        return f;
    }

    /**
     * jstack -l of the inventory service while checkout hangs: about two hundred threads, most Tomcat workers idle or
     * BLOCKED on the StockLedger monitor; the worker that holds it (http-nio-8080-exec-3, in StockLedger.reserve) waits
     * for the ReservationBook monitor, which the scheduled expiry job holds while it calls back into the ledger
     * (ReservationBook.expireStale then StockLedger.release): a lock-order inversion, reported at the end of the dump.
     */
    static NeedleCase jstackDeadlock() {
        Gen g = new Gen(120_001);
        Dump d = new Dump(g);
        String ledger = "0x00000006c4d2e8f0";
        String book = "0x00000006c4d31a10";
        String ledgerCls = "com.acme.inventory.ledger.StockLedger";
        String bookCls = "com.acme.inventory.ledger.ReservationBook";
        d.out.add("2026-12-08 09:41:17");
        d.out.add("Full thread dump OpenJDK 64-Bit Server VM (17.0.9+9 mixed mode, sharing):");
        d.out.add("");
        int smrAt = d.out.size();
        d.out.add("");
        d.thread("main", false, 5, "in Object.wait()", "WAITING (on object monitor)", List.of(
                "at java.lang.Object.wait(" + JB + "/Native Method)",
                "- waiting on <" + d.obj() + "> (a org.apache.catalina.startup.Catalina$CatalinaShutdownHook)",
                "at java.lang.Object.wait(" + JB + "/Object.java:338)",
                "at org.springframework.boot.web.embedded.tomcat.TomcatWebServer$1.run(TomcatWebServer.java:221)"), null);
        d.thread("Reference Handler", true, 10, "waiting on condition", "RUNNABLE", List.of(
                "at java.lang.ref.Reference.waitForReferencePendingList(" + JB + "/Native Method)",
                "at java.lang.ref.Reference.processPendingReferences(" + JB + "/Reference.java:253)",
                "at java.lang.ref.Reference$ReferenceHandler.run(" + JB + "/Reference.java:215)"), null);
        String fin = d.obj();
        d.thread("Finalizer", true, 8, "in Object.wait()", "WAITING (on object monitor)", List.of(
                "at java.lang.Object.wait(" + JB + "/Native Method)",
                "- waiting on <" + fin + "> (a java.lang.ref.ReferenceQueue$Lock)",
                "at java.lang.ref.ReferenceQueue.remove(" + JB + "/ReferenceQueue.java:155)",
                "- locked <" + fin + "> (a java.lang.ref.ReferenceQueue$Lock)",
                "at java.lang.ref.ReferenceQueue.remove(" + JB + "/ReferenceQueue.java:176)",
                "at java.lang.ref.Finalizer$FinalizerThread.run(" + JB + "/Finalizer.java:172)"), null);
        d.thread("Signal Dispatcher", true, 9, "runnable", "RUNNABLE", List.of(), null);
        d.thread("Service Thread", true, 9, "runnable", "RUNNABLE", List.of(), null);
        d.thread("Monitor Deflation Thread", true, 9, "runnable", "RUNNABLE", List.of(), null);
        d.thread("C2 CompilerThread0", true, 9, "waiting on condition", "RUNNABLE", List.of(), null);
        d.thread("C1 CompilerThread0", true, 9, "waiting on condition", "RUNNABLE", List.of(), null);
        d.thread("Common-Cleaner", true, 8, "in Object.wait()", "TIMED_WAITING (on object monitor)", List.of(
                "at java.lang.Object.wait(" + JB + "/Native Method)",
                "- waiting on <" + d.obj() + "> (a java.lang.ref.ReferenceQueue$Lock)",
                "at java.lang.ref.ReferenceQueue.remove(" + JB + "/ReferenceQueue.java:155)",
                "at jdk.internal.ref.CleanerImpl.run(" + JB + "/CleanerImpl.java:140)",
                "at java.lang.Thread.run(" + JB + "/Thread.java:840)",
                "at jdk.internal.misc.InnocuousThread.run(" + JB + "/InnocuousThread.java:162)"), null);
        d.thread("Notification Thread", true, 9, "runnable", "RUNNABLE", List.of(), null);
        for (int i = 1; i <= 2; i++) {
            d.thread("Catalina-utility-" + i, false, 1, "waiting on condition", "WAITING (parking)", List.of(
                    "at jdk.internal.misc.Unsafe.park(" + JB + "/Native Method)",
                    "- parking to wait for  <" + d.obj() + "> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)",
                    "at java.util.concurrent.locks.LockSupport.park(" + JB + "/LockSupport.java:341)",
                    "at java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue.take(" + JB + "/ScheduledThreadPoolExecutor.java:1177)",
                    "at java.util.concurrent.ThreadPoolExecutor.getTask(" + JB + "/ThreadPoolExecutor.java:1062)",
                    "at java.util.concurrent.ThreadPoolExecutor.runWorker(" + JB + "/ThreadPoolExecutor.java:1122)",
                    "at java.util.concurrent.ThreadPoolExecutor$Worker.run(" + JB + "/ThreadPoolExecutor.java:635)",
                    "at org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
                    "at java.lang.Thread.run(" + JB + "/Thread.java:840)"), null);
        }
        d.thread("container-0", false, 5, "waiting on condition", "TIMED_WAITING (sleeping)", List.of(
                "at java.lang.Thread.sleep(" + JB + "/Native Method)",
                "at org.apache.catalina.core.StandardServer.await(StandardServer.java:563)",
                "at org.springframework.boot.web.embedded.tomcat.TomcatWebServer$1.run(TomcatWebServer.java:218)"), null);
        for (int i = 1; i <= 4; i++) {
            d.thread("lettuce-epollEventLoop-5-" + i, true, 5, "runnable", "RUNNABLE", List.of(
                    "at io.netty.channel.epoll.Native.epollWait(Native Method)",
                    "at io.netty.channel.epoll.Native.epollWait(Native.java:193)",
                    "at io.netty.channel.epoll.Native.epollWait(Native.java:186)",
                    "at io.netty.channel.epoll.EpollEventLoop.epollWaitNoTimerChange(EpollEventLoop.java:290)",
                    "at io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:347)",
                    "at io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
                    "at io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74)",
                    "at io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
                    "at java.lang.Thread.run(" + JB + "/Thread.java:840)"), null);
        }
        d.thread("HikariPool-1 housekeeper", true, 5, "waiting on condition", "TIMED_WAITING (parking)", List.of(
                "at jdk.internal.misc.Unsafe.park(" + JB + "/Native Method)",
                "- parking to wait for  <" + d.obj() + "> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)",
                "at java.util.concurrent.locks.LockSupport.parkNanos(" + JB + "/LockSupport.java:252)",
                "at java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.awaitNanos(" + JB + "/AbstractQueuedSynchronizer.java:1674)",
                "at java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue.take(" + JB + "/ScheduledThreadPoolExecutor.java:1182)",
                "at java.util.concurrent.ThreadPoolExecutor.getTask(" + JB + "/ThreadPoolExecutor.java:1062)",
                "at java.util.concurrent.ThreadPoolExecutor.runWorker(" + JB + "/ThreadPoolExecutor.java:1122)",
                "at java.util.concurrent.ThreadPoolExecutor$Worker.run(" + JB + "/ThreadPoolExecutor.java:635)",
                "at java.lang.Thread.run(" + JB + "/Thread.java:840)"), null);
        d.thread("kafka-producer-network-thread | inventory-events-producer-1", true, 5, "runnable", "RUNNABLE", List.of(
                "at sun.nio.ch.EPoll.wait(" + JB + "/Native Method)",
                "at sun.nio.ch.EPollSelectorImpl.doSelect(" + JB + "/EPollSelectorImpl.java:118)",
                "at sun.nio.ch.SelectorImpl.lockAndDoSelect(" + JB + "/SelectorImpl.java:129)",
                "- locked <" + d.obj() + "> (a sun.nio.ch.Util$2)",
                "- locked <" + d.obj() + "> (a sun.nio.ch.EPollSelectorImpl)",
                "at sun.nio.ch.SelectorImpl.select(" + JB + "/SelectorImpl.java:141)",
                "at org.apache.kafka.common.network.Selector.select(Selector.java:874)",
                "at org.apache.kafka.common.network.Selector.poll(Selector.java:465)",
                "at org.apache.kafka.clients.NetworkClient.poll(NetworkClient.java:560)",
                "at org.apache.kafka.clients.producer.internals.Sender.runOnce(Sender.java:328)",
                "at org.apache.kafka.clients.producer.internals.Sender.run(Sender.java:243)",
                "at java.lang.Thread.run(" + JB + "/Thread.java:840)"), null);
        d.thread("http-nio-8080-BlockPoller", true, 5, "runnable", "RUNNABLE", List.of(
                "at sun.nio.ch.EPoll.wait(" + JB + "/Native Method)",
                "at sun.nio.ch.EPollSelectorImpl.doSelect(" + JB + "/EPollSelectorImpl.java:118)",
                "at sun.nio.ch.SelectorImpl.lockAndDoSelect(" + JB + "/SelectorImpl.java:129)",
                "- locked <" + d.obj() + "> (a sun.nio.ch.Util$2)",
                "- locked <" + d.obj() + "> (a sun.nio.ch.EPollSelectorImpl)",
                "at sun.nio.ch.SelectorImpl.select(" + JB + "/SelectorImpl.java:141)",
                "at org.apache.tomcat.util.net.NioBlockingSelector$BlockPoller.run(NioBlockingSelector.java:305)"), null);
        String acceptLock = d.obj();
        d.thread("http-nio-8080-Acceptor", true, 5, "runnable", "RUNNABLE", List.of(
                "at sun.nio.ch.Net.accept(" + JB + "/Native Method)",
                "at sun.nio.ch.ServerSocketChannelImpl.implAccept(" + JB + "/ServerSocketChannelImpl.java:425)",
                "at sun.nio.ch.ServerSocketChannelImpl.accept(" + JB + "/ServerSocketChannelImpl.java:391)",
                "at org.apache.tomcat.util.net.NioEndpoint.serverSocketAccept(NioEndpoint.java:548)",
                "at org.apache.tomcat.util.net.NioEndpoint.serverSocketAccept(NioEndpoint.java:79)",
                "at org.apache.tomcat.util.net.Acceptor.run(Acceptor.java:129)",
                "at java.lang.Thread.run(" + JB + "/Thread.java:840)"), "<" + acceptLock + "> (a java.util.concurrent.locks.ReentrantLock$NonfairSync)");
        // the worker pool: exec-3 holds the ledger and waits for the book; a crowd waits for the ledger
        List<String> execThree = null;
        for (int i = 1; i <= 72; i++) {
            String name = "http-nio-8080-exec-" + i;
            String worker = "<" + d.obj() + "> (a org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker)";
            if (i == 3) {
                execThree = web(d, List.of(
                        "at " + bookCls + ".hold(ReservationBook.java:57)",
                        "- waiting to lock <" + book + "> (a " + bookCls + ")",
                        "at " + ledgerCls + ".reserve(StockLedger.java:142)",
                        "- locked <" + ledger + "> (a " + ledgerCls + ")",
                        "at com.acme.inventory.service.ReservationService.reserveLines(ReservationService.java:74)",
                        "at com.acme.inventory.api.ReservationController.reserve(ReservationController.java:52)"), true);
                d.thread(name, true, 5, "waiting for monitor entry", "BLOCKED (on object monitor)", execThree, worker);
            } else if (i % 5 == 0 || i % 7 == 1 || (i > 40 && i < 62 && i % 2 == 0)) {
                d.thread(name, true, 5, "waiting for monitor entry", "BLOCKED (on object monitor)", web(d, List.of(
                        "at " + ledgerCls + ".reserve(StockLedger.java:131)",
                        "- waiting to lock <" + ledger + "> (a " + ledgerCls + ")",
                        "at com.acme.inventory.service.ReservationService.reserveLines(ReservationService.java:74)",
                        "at com.acme.inventory.api.ReservationController.reserve(ReservationController.java:52)"), true), worker);
            } else if (i % 11 == 4) {
                d.thread(name, true, 5, "waiting for monitor entry", "BLOCKED (on object monitor)", web(d, List.of(
                        "at " + ledgerCls + ".available(StockLedger.java:96)",
                        "- waiting to lock <" + ledger + "> (a " + ledgerCls + ")",
                        "at com.acme.inventory.service.AvailabilityService.forSku(AvailabilityService.java:33)",
                        "at com.acme.inventory.api.AvailabilityController.get(AvailabilityController.java:29)"), false), worker);
            } else {
                d.thread(name, true, 5, "waiting on condition", "WAITING (parking)", idle(d), null);
            }
        }
        d.thread("scheduling-1", false, 5, "waiting on condition", "TIMED_WAITING (parking)", List.of(
                "at jdk.internal.misc.Unsafe.park(" + JB + "/Native Method)",
                "- parking to wait for  <" + d.obj() + "> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)",
                "at java.util.concurrent.locks.LockSupport.parkNanos(" + JB + "/LockSupport.java:252)",
                "at java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.awaitNanos(" + JB + "/AbstractQueuedSynchronizer.java:1674)",
                "at java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue.take(" + JB + "/ScheduledThreadPoolExecutor.java:1182)",
                "at java.util.concurrent.ThreadPoolExecutor.getTask(" + JB + "/ThreadPoolExecutor.java:1062)",
                "at java.util.concurrent.ThreadPoolExecutor.runWorker(" + JB + "/ThreadPoolExecutor.java:1122)",
                "at java.util.concurrent.ThreadPoolExecutor$Worker.run(" + JB + "/ThreadPoolExecutor.java:635)",
                "at java.lang.Thread.run(" + JB + "/Thread.java:840)"), null);
        List<String> reconciler = List.of(
                "at " + ledgerCls + ".release(StockLedger.java:218)",
                "- waiting to lock <" + ledger + "> (a " + ledgerCls + ")",
                "at " + bookCls + ".expireStale(ReservationBook.java:203)",
                "- locked <" + book + "> (a " + bookCls + ")",
                "at com.acme.inventory.jobs.ReservationExpiryJob.run(ReservationExpiryJob.java:38)",
                "at org.springframework.scheduling.support.DelegatingErrorHandlingRunnable.run(DelegatingErrorHandlingRunnable.java:54)",
                "at java.util.concurrent.Executors$RunnableAdapter.call(" + JB + "/Executors.java:539)",
                "at java.util.concurrent.FutureTask.runAndReset(" + JB + "/FutureTask.java:305)",
                "at java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(" + JB + "/ScheduledThreadPoolExecutor.java:305)",
                "at java.util.concurrent.ThreadPoolExecutor.runWorker(" + JB + "/ThreadPoolExecutor.java:1136)",
                "at java.util.concurrent.ThreadPoolExecutor$Worker.run(" + JB + "/ThreadPoolExecutor.java:635)",
                "at java.lang.Thread.run(" + JB + "/Thread.java:840)");
        d.thread("inventory-reconciler-1", false, 5, "waiting for monitor entry", "BLOCKED (on object monitor)", reconciler,
                "<" + d.obj() + "> (a java.util.concurrent.ThreadPoolExecutor$Worker)");
        d.thread("HikariPool-1 connection closer", true, 5, "waiting on condition", "WAITING (parking)", List.of(
                "at jdk.internal.misc.Unsafe.park(" + JB + "/Native Method)",
                "- parking to wait for  <" + d.obj() + "> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)",
                "at java.util.concurrent.locks.LockSupport.park(" + JB + "/LockSupport.java:341)",
                "at java.util.concurrent.LinkedBlockingQueue.take(" + JB + "/LinkedBlockingQueue.java:435)",
                "at java.util.concurrent.ThreadPoolExecutor.getTask(" + JB + "/ThreadPoolExecutor.java:1062)",
                "at java.util.concurrent.ThreadPoolExecutor.runWorker(" + JB + "/ThreadPoolExecutor.java:1122)",
                "at java.util.concurrent.ThreadPoolExecutor$Worker.run(" + JB + "/ThreadPoolExecutor.java:635)",
                "at java.lang.Thread.run(" + JB + "/Thread.java:840)"), null);
        for (int i = 1; i <= 8; i++) {
            d.thread("ForkJoinPool.commonPool-worker-" + i, true, 5, "waiting on condition", "WAITING (parking)", List.of(
                    "at jdk.internal.misc.Unsafe.park(" + JB + "/Native Method)",
                    "- parking to wait for  <" + d.obj() + "> (a java.util.concurrent.ForkJoinPool)",
                    "at java.util.concurrent.locks.LockSupport.park(" + JB + "/LockSupport.java:341)",
                    "at java.util.concurrent.ForkJoinPool.awaitWork(" + JB + "/ForkJoinPool.java:1724)",
                    "at java.util.concurrent.ForkJoinPool.runWorker(" + JB + "/ForkJoinPool.java:1623)",
                    "at java.util.concurrent.ForkJoinWorkerThread.run(" + JB + "/ForkJoinWorkerThread.java:165)"), null);
        }
        for (int i = 1; i <= 6; i++) {
            d.thread("inventory-events-listener-0-C-" + i, false, 5, "runnable", "RUNNABLE", List.of(
                    "at sun.nio.ch.EPoll.wait(" + JB + "/Native Method)",
                    "at sun.nio.ch.EPollSelectorImpl.doSelect(" + JB + "/EPollSelectorImpl.java:118)",
                    "at sun.nio.ch.SelectorImpl.lockAndDoSelect(" + JB + "/SelectorImpl.java:129)",
                    "- locked <" + d.obj() + "> (a sun.nio.ch.Util$2)",
                    "- locked <" + d.obj() + "> (a sun.nio.ch.EPollSelectorImpl)",
                    "at sun.nio.ch.SelectorImpl.select(" + JB + "/SelectorImpl.java:141)",
                    "at org.apache.kafka.common.network.Selector.select(Selector.java:874)",
                    "at org.apache.kafka.common.network.Selector.poll(Selector.java:465)",
                    "at org.apache.kafka.clients.NetworkClient.poll(NetworkClient.java:560)",
                    "at org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.poll(ConsumerNetworkClient.java:280)",
                    "at org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.poll(ConsumerNetworkClient.java:251)",
                    "at org.apache.kafka.clients.consumer.KafkaConsumer.pollForFetches(KafkaConsumer.java:1255)",
                    "at org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:1186)",
                    "at org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:1159)",
                    "at org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.pollConsumer(KafkaMessageListenerContainer.java:1651)",
                    "at org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doPoll(KafkaMessageListenerContainer.java:1626)",
                    "at org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.pollAndInvoke(KafkaMessageListenerContainer.java:1428)",
                    "at org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.run(KafkaMessageListenerContainer.java:1320)",
                    "at java.util.concurrent.CompletableFuture$AsyncRun.run(" + JB + "/CompletableFuture.java:1804)",
                    "at java.lang.Thread.run(" + JB + "/Thread.java:840)"), null);
        }
        for (int i = 1; i <= 40; i++) {
            d.thread("inventory-events-publisher-" + i, true, 5, "waiting on condition", "WAITING (parking)", List.of(
                    "at jdk.internal.misc.Unsafe.park(" + JB + "/Native Method)",
                    "- parking to wait for  <" + d.obj() + "> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)",
                    "at java.util.concurrent.locks.LockSupport.park(" + JB + "/LockSupport.java:341)",
                    "at java.util.concurrent.LinkedBlockingQueue.take(" + JB + "/LinkedBlockingQueue.java:435)",
                    "at java.util.concurrent.ThreadPoolExecutor.getTask(" + JB + "/ThreadPoolExecutor.java:1062)",
                    "at java.util.concurrent.ThreadPoolExecutor.runWorker(" + JB + "/ThreadPoolExecutor.java:1122)",
                    "at java.util.concurrent.ThreadPoolExecutor$Worker.run(" + JB + "/ThreadPoolExecutor.java:635)",
                    "at java.lang.Thread.run(" + JB + "/Thread.java:840)"), null);
        }
        d.thread("Attach Listener", true, 9, "waiting on condition", "RUNNABLE", List.of(), null);
        d.vm("VM Thread", "runnable");
        for (int i = 0; i < 8; i++) {
            d.vm("GC Thread#" + i, "runnable");
        }
        d.vm("G1 Main Marker", "runnable");
        d.vm("G1 Conc#0", "runnable");
        d.vm("G1 Conc#1", "runnable");
        d.vm("G1 Refine#0", "runnable");
        d.vm("G1 Refine#1", "runnable");
        d.vm("G1 Service", "runnable");
        d.vm("VM Periodic Task Thread", "waiting on condition");
        d.out.add("JNI global refs: 31, weak refs: 45");
        d.out.add("");
        d.out.add("");
        d.out.add("Found one Java-level deadlock:");
        d.out.add("=============================");
        d.out.add("\"http-nio-8080-exec-3\":");
        d.out.add("  waiting to lock monitor 0x00007f39f4012a80 (object " + book + ", a " + bookCls + "),");
        d.out.add("  which is held by \"inventory-reconciler-1\"");
        d.out.add("");
        d.out.add("\"inventory-reconciler-1\":");
        d.out.add("  waiting to lock monitor 0x00007f39f400e3d0 (object " + ledger + ", a " + ledgerCls + "),");
        d.out.add("  which is held by \"http-nio-8080-exec-3\"");
        d.out.add("");
        d.out.add("Java stack information for the threads listed above:");
        d.out.add("===================================================");
        d.out.add("\"http-nio-8080-exec-3\":");
        for (String f : execThree) {
            d.out.add("\t" + f);
        }
        d.out.add("\"inventory-reconciler-1\":");
        for (String f : reconciler) {
            d.out.add("\t" + f);
        }
        d.out.add("");
        d.out.add("Found 1 deadlock.");
        d.out.add("");
        // the SMR list names every Java thread's tid, four a line
        List<String> smr = new ArrayList<>();
        smr.add("Threads class SMR info:");
        smr.add(fmt("_java_thread_list=0x00007f39d8003a10, length=%d, elements={", d.tids.size()));
        for (int i = 0; i < d.tids.size(); i += 4) {
            smr.add(String.join(", ", d.tids.subList(i, Math.min(i + 4, d.tids.size()))) + (i + 4 < d.tids.size() ? "," : ""));
        }
        smr.add("}");
        d.out.addAll(smrAt, smr);
        Gen out = new Gen(0);
        d.out.forEach(out::add);
        String text = out.text();
        return NeedleCase.named("fresh9_jstack_deadlock", "lines", "jstack-thread-dump")
                .shell("jstack -l $(pgrep -f inventory-service.jar)")
                .question("Since about 09:30 every checkout call to inventory-service hangs until the gateway times it out, and the pod's CPU is idle. Here's"
                        + " a thread dump. What are the request threads stuck on, and which code is responsible?")
                .heldAside()
                .build(text, List.of(Needle.exact("Found one Java-level deadlock:"),
                        Needle.anyOf("  which is held by \"inventory-reconciler-1\"", "  which is held by \"http-nio-8080-exec-3\""),
                        Needle.exact("\tat " + bookCls + ".expireStale(ReservationBook.java:203)"),
                        Needle.exact("\tat " + ledgerCls + ".reserve(StockLedger.java:142)")));
    }

    // ---------------------------------------------------------------- JVM unified GC log (G1)

    /** Unified logging with time,uptime,level,tags decorations; the tag column widens to the longest tag set seen so far. */
    private static final class GcLog {
        private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'+0000'", Locale.ROOT);
        final Gen g;
        final LocalDateTime boot;
        LocalDateTime t;
        int width = 12;

        GcLog(Gen g, LocalDateTime boot, LocalDateTime t) {
            this.g = g;
            this.boot = boot;
            this.t = t;
        }

        void line(String tags, String msg) {
            width = Math.max(width, tags.length());
            double up = java.time.Duration.between(boot, t).toMillis() / 1000.0;
            g.add(fmt("[%s][%.3fs][info][%-" + width + "s] %s", F.format(t), up, tags, msg));
        }

        void ms(double millis) {
            t = t.plusNanos((long) (millis * 1_000_000));
        }
    }

    private record G1Heap(int eden, int survivor, int old, int humongous) {
        int mb() {
            return (eden + survivor + old + humongous) * 4 + 2 * 4;
        }
    }

    /** One young pause: start, phases, region counts, the summary line; returns the summary line. */
    private static String g1Young(GcLog log, int id, String type, G1Heap before, G1Heap after, int edenTarget, int survTarget, double evac, boolean exhausted,
            int[] meta) {
        Gen g = log.g;
        log.line("gc,start", fmt("GC(%d) Pause Young (%s)", id, type));
        log.line("gc,task", fmt("GC(%d) Using 8 workers of 8 for evacuation", id));
        double pre = 0.1 + g.nextInt(4) / 10.0;
        double merge = 0.2 + g.nextInt(6) / 10.0;
        double post = 0.6 + g.nextInt(20) / 10.0;
        double other = 0.2 + g.nextInt(5) / 10.0;
        log.ms(pre + merge + evac + post + other);
        if (exhausted) {
            log.line("gc", fmt("GC(%d) To-space exhausted", id));
        }
        log.line("gc,phases", fmt("GC(%d)   Pre Evacuate Collection Set: %.1fms", id, pre));
        log.line("gc,phases", fmt("GC(%d)   Merge Heap Roots: %.1fms", id, merge));
        log.line("gc,phases", fmt("GC(%d)   Evacuate Collection Set: %.1fms", id, evac));
        log.line("gc,phases", fmt("GC(%d)   Post Evacuate Collection Set: %.1fms", id, post));
        log.line("gc,phases", fmt("GC(%d)   Other: %.1fms", id, other));
        log.line("gc,heap", fmt("GC(%d) Eden regions: %d->%d(%d)", id, before.eden(), after.eden(), edenTarget));
        log.line("gc,heap", fmt("GC(%d) Survivor regions: %d->%d(%d)", id, before.survivor(), after.survivor(), survTarget));
        log.line("gc,heap", fmt("GC(%d) Old regions: %d->%d", id, before.old(), after.old()));
        log.line("gc,heap", fmt("GC(%d) Archive regions: 2->2", id));
        log.line("gc,heap", fmt("GC(%d) Humongous regions: %d->%d", id, before.humongous(), after.humongous()));
        log.line("gc,metaspace", fmt("GC(%d) Metaspace: %dK(%dK)->%dK(%dK) NonClass: %dK(%dK)->%dK(%dK) Class: %dK(%dK)->%dK(%dK)", id, meta[0], meta[1], meta[0],
                meta[1], meta[0] - 19_211, meta[1] - 20_096, meta[0] - 19_211, meta[1] - 20_096, 19_211, 20_096, 19_211, 20_096));
        double total = pre + merge + evac + post + other;
        String summary = fmt("GC(%d) Pause Young (%s) %dM->%dM(8192M) %.3fms", id, type, before.mb(), after.mb(), total + g.nextInt(1000) / 1000.0);
        log.line("gc", summary);
        log.line("gc,cpu", fmt("GC(%d) User=%.2fs Sys=%.2fs Real=%.2fs", id, total * 7.2 / 1000, g.nextInt(3) / 100.0, total / 1000));
        return summary;
    }

    private static void g1Concurrent(GcLog log, int id, int heapMb) {
        Gen g = log.g;
        log.line("gc", fmt("GC(%d) Concurrent Mark Cycle", id));
        double[] steps = {0.02 + g.nextInt(40) / 1000.0, 2 + g.nextInt(300) / 100.0};
        log.line("gc,marking", fmt("GC(%d) Concurrent Clear Claimed Marks", id));
        log.ms(steps[0]);
        log.line("gc,marking", fmt("GC(%d) Concurrent Clear Claimed Marks %.3fms", id, steps[0]));
        log.line("gc,marking", fmt("GC(%d) Concurrent Scan Root Regions", id));
        log.ms(steps[1]);
        log.line("gc,marking", fmt("GC(%d) Concurrent Scan Root Regions %.3fms", id, steps[1]));
        log.line("gc,marking", fmt("GC(%d) Concurrent Mark", id));
        log.line("gc,marking", fmt("GC(%d) Concurrent Mark From Roots", id));
        log.line("gc,task", fmt("GC(%d) Using 2 workers of 2 for marking", id));
        double mark = 280 + g.nextInt(30_000) / 100.0;
        log.ms(mark);
        log.line("gc,marking", fmt("GC(%d) Concurrent Mark From Roots %.3fms", id, mark));
        log.line("gc,marking", fmt("GC(%d) Concurrent Preclean", id));
        log.ms(0.5);
        log.line("gc,marking", fmt("GC(%d) Concurrent Preclean %.3fms", id, 0.3 + g.nextInt(300) / 1000.0));
        log.line("gc,start", fmt("GC(%d) Pause Remark", id));
        double remark = 8 + g.nextInt(900) / 100.0;
        log.ms(remark);
        log.line("gc", fmt("GC(%d) Pause Remark %dM->%dM(8192M) %.3fms", id, heapMb, heapMb - g.between(10, 90), remark));
        log.line("gc,cpu", fmt("GC(%d) User=%.2fs Sys=0.00s Real=%.2fs", id, remark * 6 / 1000, remark / 1000));
        log.line("gc,marking", fmt("GC(%d) Concurrent Mark %.3fms", id, mark + remark + 1.1));
        log.line("gc,marking", fmt("GC(%d) Concurrent Rebuild Remembered Sets", id));
        double rebuild = 150 + g.nextInt(20_000) / 100.0;
        log.ms(rebuild);
        log.line("gc,marking", fmt("GC(%d) Concurrent Rebuild Remembered Sets %.3fms", id, rebuild));
        log.line("gc,start", fmt("GC(%d) Pause Cleanup", id));
        double cleanup = 0.3 + g.nextInt(400) / 1000.0;
        log.ms(cleanup);
        log.line("gc", fmt("GC(%d) Pause Cleanup %dM->%dM(8192M) %.3fms", id, heapMb + 12, heapMb + 12, cleanup));
        log.line("gc,cpu", fmt("GC(%d) User=0.00s Sys=0.00s Real=0.00s", id));
        log.line("gc,marking", fmt("GC(%d) Concurrent Cleanup for Next Mark", id));
        log.ms(2);
        log.line("gc,marking", fmt("GC(%d) Concurrent Cleanup for Next Mark %.3fms", id, 1.5 + g.nextInt(200) / 100.0));
        log.line("gc", fmt("GC(%d) Concurrent Mark Cycle %.3fms", id, mark + rebuild + remark + 9));
    }

    /**
     * The last ten minutes of orders-api's GC log (G1, 8 GB heap, 4 MB regions): young pauses every few seconds and
     * the odd concurrent cycle with mixed collections, until 14:31 when the month-end report export starts allocating
     * huge buffers: humongous-allocation pauses, humongous regions piling up, then a young pause whose survivors find no
     * room (to-space exhausted) and a Pause Full of almost five seconds that frees little, because the humongous
     * objects are still live.
     */
    static NeedleCase g1GcLog() {
        Gen g = new Gen(120_002);
        LocalDateTime boot = LocalDateTime.of(2026, 12, 6, 22, 4, 51, 310_000_000);
        GcLog log = new GcLog(g, boot, LocalDateTime.of(2026, 12, 8, 14, 23, 41, 118_000_000));
        LocalDateTime export = LocalDateTime.of(2026, 12, 8, 14, 31, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 14, 34, 0);
        int id = 48_211;
        int[] meta = {148_213, 150_528};
        G1Heap heap = new G1Heap(0, 14, 842, 37);
        int edenTarget = 306;
        int mixedLeft = 0;
        boolean exporting = false;
        boolean full = false;
        String exhausted = null;
        String fullLine = null;
        String fullHumongous = null;
        List<String> humongousStarts = new ArrayList<>();
        while (log.t.isBefore(end)) {
            exporting = !log.t.isBefore(export) && !full;
            log.t = log.t.plusNanos((exporting ? g.between(300, 1_400) : g.between(1_500, 6_500)) * 1_000_000L + g.nextInt(1000) * 1000L);
            String type;
            G1Heap before;
            G1Heap after;
            if (exporting) {
                int hum = heap.humongous() + g.between(40, 70);
                int old = heap.old() + g.between(5, 25);
                int eden = Math.max(0, Math.min(g.between(40, 120), 2046 - old - hum - heap.survivor()));
                before = new G1Heap(eden, heap.survivor(), old, hum);
                if (before.eden() + before.survivor() + before.old() + before.humongous() >= 2000) {
                    // survivors and promoted objects have nowhere to go
                    int oldAfter = Math.min(old + eden + heap.survivor(), 2046 - hum);
                    after = new G1Heap(0, 0, oldAfter, hum);
                    g1Young(log, id, "Normal) (G1 Evacuation Pause", before, after, 0, 0, 380 + g.nextInt(6000) / 100.0, true, meta);
                    exhausted = only(g.text(), fmt("GC(%d) To-space exhausted", id));
                    id++;
                    log.ms(3);
                    log.line("gc,start", fmt("GC(%d) Pause Full (G1 Compaction Pause)", id));
                    log.line("gc,task", fmt("GC(%d) Using 8 workers of 8 for full compaction", id));
                    double[] phases = {1834.211, 402.118, 911.562, 1612.904};
                    String[] names = {"Mark live objects", "Prepare for compaction", "Adjust pointers", "Compact heap"};
                    for (int p = 0; p < 4; p++) {
                        log.line("gc,phases,start", fmt("GC(%d) Phase %d: %s", id, p + 1, names[p]));
                        log.ms(phases[p]);
                        log.line("gc,phases", fmt("GC(%d) Phase %d: %s %.3fms", id, p + 1, names[p], phases[p]));
                    }
                    G1Heap compacted = new G1Heap(0, 0, after.old() - 131, hum - 4);
                    log.line("gc,heap", fmt("GC(%d) Eden regions: 0->0(102)", id));
                    log.line("gc,heap", fmt("GC(%d) Survivor regions: 0->0(0)", id));
                    log.line("gc,heap", fmt("GC(%d) Old regions: %d->%d", id, after.old(), compacted.old()));
                    log.line("gc,heap", fmt("GC(%d) Archive regions: 2->2", id));
                    fullHumongous = fmt("GC(%d) Humongous regions: %d->%d", id, hum, compacted.humongous());
                    log.line("gc,heap", fullHumongous);
                    log.line("gc,metaspace", fmt("GC(%d) Metaspace: %dK(%dK)->%dK(%dK) NonClass: %dK(%dK)->%dK(%dK) Class: %dK(%dK)->%dK(%dK)", id, meta[0], meta[1],
                            meta[0] - 1_204, meta[1] - 1_024, meta[0] - 19_211, meta[1] - 20_096, meta[0] - 20_415, meta[1] - 21_120, 19_211, 20_096, 19_211, 20_096));
                    fullLine = fmt("GC(%d) Pause Full (G1 Compaction Pause) %dM->%dM(8192M) 4773.118ms", id, after.mb(), compacted.mb());
                    log.line("gc", fullLine);
                    log.line("gc,cpu", fmt("GC(%d) User=36.12s Sys=0.41s Real=4.77s", id));
                    heap = compacted;
                    full = true;
                    edenTarget = 102;
                    id++;
                    continue;
                }
                type = "Concurrent Start) (G1 Humongous Allocation";
                after = new G1Heap(0, Math.min(heap.survivor() + g.between(-2, 4), 39), old + g.between(2, 8), hum);
                String start = fmt("GC(%d) Pause Young (Concurrent Start) (G1 Humongous Allocation)", id);
                g1Young(log, id, type, before, after, g.between(60, 140), 39, 18 + g.nextInt(4000) / 100.0, false, meta);
                humongousStarts.add(start);
                heap = after;
                id++;
                if (g.chance(0.4)) {
                    g1Concurrent(log, id++, after.mb());
                }
                continue;
            }
            int eden = edenTarget;
            int survAfter = Math.max(8, Math.min(39, heap.survivor() + g.between(-3, 3)));
            int promoted = g.between(1, 6);
            int hum = full ? Math.max(37, heap.humongous() - g.between(60, 200)) : Math.max(30, Math.min(48, heap.humongous() + g.between(-3, 3)));
            before = new G1Heap(eden, heap.survivor(), heap.old(), heap.humongous());
            if (mixedLeft > 0) {
                type = "Mixed) (G1 Evacuation Pause";
                mixedLeft--;
                after = new G1Heap(0, survAfter, heap.old() + promoted - g.between(40, 90), hum);
            } else if (mixedLeft == 0 && heap.old() > 925 && !full) {
                type = "Concurrent Start) (G1 Evacuation Pause";
                after = new G1Heap(0, survAfter, heap.old() + promoted, hum);
            } else {
                type = "Normal) (G1 Evacuation Pause";
                after = new G1Heap(0, survAfter, heap.old() + promoted, hum);
            }
            if (full) {
                edenTarget = Math.min(306, edenTarget + 40);
            }
            g1Young(log, id, type, before, after, edenTarget, 39, 9 + g.nextInt(1400) / 100.0, false, meta);
            heap = after;
            id++;
            if (type.startsWith("Concurrent Start")) {
                g1Concurrent(log, id++, after.mb());
                mixedLeft = -1;
            } else if (mixedLeft == -1 && g.chance(0.3)) {
                g1Young(log, id, "Prepare Mixed) (G1 Evacuation Pause", new G1Heap(edenTarget, heap.survivor(), heap.old(), heap.humongous()),
                        new G1Heap(0, heap.survivor(), heap.old() + 2, heap.humongous()), edenTarget, 39, 11 + g.nextInt(900) / 100.0, false, meta);
                heap = new G1Heap(0, heap.survivor(), heap.old() + 2, heap.humongous());
                id++;
                mixedLeft = g.between(3, 6);
            }
        }
        if (fullLine == null || humongousStarts.size() < 5) {
            throw new IllegalStateException("gc story incomplete: " + humongousStarts.size());
        }
        String text = g.text();
        return NeedleCase.named("fresh9_g1_gc_log", "log", "jvm-unified-gc-log")
                .shell("ssh orders-api-2 'tail -n " + g.size() + " /var/log/orders-api/gc.log'")
                .question("orders-api-2 stopped answering health checks for about five seconds at 14:31 and the load balancer pulled it. Was it GC? If so,"
                        + " how long was the pause and what led to it?")
                .heldAside()
                .build(text, List.of(Needle.contains(fullLine), Needle.exact(exhausted), Needle.contains(fullHumongous), Needle.anyOf(every(text,
                        "Pause Young (Concurrent Start) (G1 Humongous Allocation)").stream().filter(l -> l.contains("[gc,start")).toList())));
    }

    // ---------------------------------------------------------------- MongoDB structured log

    private static final DateTimeFormatter MONGO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'+00:00'", Locale.ROOT);

    /** One mongod log line, padded the way mongod pads its severity, component and id fields. */
    private static String mongo(LocalDateTime t, String s, String c, int id, String ctx, String msg, String attr) {
        return fmt("{\"t\":{\"$date\":\"%s\"},\"s\":%-6s\"c\":%-12s\"id\":%-9s\"ctx\":\"%s\",\"msg\":\"%s\"%s}", MONGO.format(t), "\"" + s + "\",",
                "\"" + c + "\",", id + ",", ctx, msg, attr == null ? "" : ",\"attr\":" + attr);
    }

    private static String mongoUuid(Gen g) {
        return "{\"uuid\":{\"$uuid\":\"" + uuid(g) + "\"}}";
    }

    private static String slowQuery(Gen g, String ns, String command, String plan, long keys, long docs, boolean sort, int returned, String remote,
            int millis, String error) {
        long yields = docs / 1000 + g.nextInt(20);
        String locks = fmt("{\"FeatureCompatibilityVersion\":{\"acquireCount\":{\"r\":%d}},\"Global\":{\"acquireCount\":{\"r\":%d}},\"Mutex\":{\"acquireCount\":{\"r\":1}}}",
                yields + 1, yields + 1);
        String storage = docs > 50_000 ? fmt("{\"data\":{\"bytesRead\":%d,\"timeReadingMicros\":%d},\"timeWaitingMicros\":{\"cache\":%d}}", docs * g.between(300, 900),
                millis * g.between(300, 700), g.between(1_000, 400_000)) : "{}";
        return fmt("{\"type\":\"command\",\"ns\":\"%s\",\"command\":%s,\"planSummary\":\"%s\",\"keysExamined\":%d,\"docsExamined\":%d,%s\"cursorExhausted\":true,"
                + "\"numYields\":%d,\"nreturned\":%d,\"queryHash\":\"%s\",\"planCacheKey\":\"%s\",\"queryFramework\":\"classic\",%s\"reslen\":%d,\"locks\":%s,"
                + "\"readConcern\":{\"level\":\"local\",\"provenance\":\"implicitDefault\"},\"storage\":%s,\"remote\":\"%s\",\"protocol\":\"op_msg\",\"durationMillis\":%d}",
                ns, command, plan, keys, docs, sort ? "\"hasSortStage\":true," : "", yields, returned, g.hex(8).toUpperCase(Locale.ROOT),
                g.hex(8).toUpperCase(Locale.ROOT), error == null ? "" : error, 200 + returned * g.between(300, 900), locks, storage, remote, millis);
    }

    /**
     * mongod.log of the shop replica set's primary, 09:55 to 10:13: connection churn from the API pods, authentications,
     * checkpoints, a few slow product and cart queries. At 10:03 a migration drops the {customerId, createdAt} index
     * of shop.orders to replace it by a unique {customerId, orderNo} one, whose build fails on a duplicate key (the one
     * error record); from then on the orders-page query scans the whole collection, taking seconds, and some of them
     * fail because the in-memory sort hits its limit.
     */
    static NeedleCase mongodbJsonLog() {
        Gen g = new Gen(120_003);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 9, 55, 2, 117_000_000), 6_000);
        LocalDateTime migration = LocalDateTime.of(2026, 12, 8, 10, 3, 11);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 10, 13, 0);
        String[] pods = {"10.0.3.17", "10.0.3.41", "10.0.4.12", "10.0.4.88", "10.0.5.23", "10.0.5.61"};
        String[][] drivers = {{"nodejs", "6.3.0", "Node.js v20.10.0, LE"}, {"nodejs|Mongoose", "6.3.0|8.1.1", "Node.js v20.10.0, LE"},
            {"PyMongo", "4.6.1", "CPython 3.11.7.final.0"}};
        List<int[]> open = new ArrayList<>();
        List<String> openRemote = new ArrayList<>();
        int conn = 48_211;
        int count = 312;
        LocalDateTime nextCheckpoint = clock.now().plusSeconds(41);
        boolean migrated = false;
        String orderUuid = mongoUuid(g);
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            if (!t.isBefore(nextCheckpoint)) {
                nextCheckpoint = nextCheckpoint.plusSeconds(60);
                long ts = t.toEpochSecond(ZoneOffset.UTC);
                g.add(mongo(t, "I", "WTCHKPT", 22430, "Checkpointer", "WiredTiger message", fmt("{\"message\":{\"ts_sec\":%d,\"ts_usec\":%d,\"thread\":\"3413:0x7f2c61a3e640\","
                        + "\"session_name\":\"WT_SESSION.checkpoint\",\"category\":\"WT_VERB_CHECKPOINT_PROGRESS\",\"category_id\":6,\"verbose_level\":\"DEBUG_1\","
                        + "\"verbose_level_id\":1,\"msg\":\"saving checkpoint snapshot min: %d, snapshot max: %d snapshot count: 0, oldest timestamp: (%d, 1) , meta"
                        + " checkpoint timestamp: (%d, 1) base write gen: 1382211\"}}", ts, g.nextInt(1_000_000), 8_812_000 + g.nextInt(90_000),
                        8_812_000 + g.nextInt(90_000), ts - 300, ts)));
                continue;
            }
            if (!migrated && !t.isBefore(migration)) {
                migrated = true;
                String remote = "10.0.9.14:" + g.between(40_000, 60_000);
                int mc = conn++;
                count++;
                g.add(mongo(t, "I", "NETWORK", 22943, "listener", "Connection accepted", fmt("{\"remote\":\"%s\",\"uuid\":%s,\"connectionId\":%d,\"connectionCount\":%d}",
                        remote, mongoUuid(g), mc, count)));
                g.add(mongo(clock.next(), "I", "NETWORK", 51800, "conn" + mc, "client metadata", fmt("{\"remote\":\"%s\",\"client\":\"conn%d\",\"negotiatedCompressors\":[],"
                        + "\"doc\":{\"application\":{\"name\":\"migrate-mongo\"},\"driver\":{\"name\":\"nodejs\",\"version\":\"6.3.0\"},\"platform\":\"Node.js v20.10.0, LE\","
                        + "\"os\":{\"name\":\"linux\",\"architecture\":\"x64\",\"version\":\"6.1.0-17-amd64\",\"type\":\"Linux\"}}}", remote, mc)));
                g.add(mongo(clock.next(), "I", "COMMAND", 51806, "conn" + mc, "CMD: dropIndexes", fmt("{\"namespace\":\"shop.orders\",\"uuid\":%s,"
                        + "\"indexes\":\"\\\"customerId_1_createdAt_-1\\\"\"}", orderUuid)));
                String build = mongoUuid(g);
                g.add(mongo(clock.next(), "I", "INDEX", 20438, "conn" + mc, "Index build: registering", fmt("{\"buildUUID\":%s,\"namespace\":\"shop.orders\","
                        + "\"collectionUUID\":%s,\"indexes\":1,\"firstIndex\":{\"name\":\"customerId_1_orderNo_1\"},\"command\":{\"createIndexes\":\"orders\",\"v\":2,"
                        + "\"indexes\":[{\"key\":{\"customerId\":1,\"orderNo\":1},\"name\":\"customerId_1_orderNo_1\",\"unique\":true}],\"ignoreUnknownIndexOptions\":false}}",
                        build, orderUuid)));
                g.add(mongo(clock.next(), "I", "INDEX", 20384, "IndexBuildsCoordinatorMongod-7", "Index build: starting", fmt("{\"buildUUID\":%s,\"collectionUUID\":%s,"
                        + "\"namespace\":\"shop.orders\",\"properties\":{\"v\":2,\"key\":{\"customerId\":1,\"orderNo\":1},\"name\":\"customerId_1_orderNo_1\",\"unique\":true},"
                        + "\"specIndex\":0,\"numSpecs\":1,\"method\":\"Hybrid\",\"maxTemporaryMemoryUsageMB\":200}", build, orderUuid)));
                LocalDateTime scanned = clock.now().plusSeconds(38).plusNanos(211_000_000);
                g.add(mongo(scanned, "I", "INDEX", 20391, "IndexBuildsCoordinatorMongod-7", "Index build: collection scan done", fmt("{\"buildUUID\":%s,"
                        + "\"collectionUUID\":%s,\"namespace\":\"shop.orders\",\"totalRecords\":4821931,\"readSource\":\"kNoTimestamp\",\"durationMillis\":38211}",
                        build, orderUuid)));
                g.add(mongo(scanned.plusNanos(4_000_000), "E", "INDEX", 20649, "IndexBuildsCoordinatorMongod-7", "Index build: failed", fmt("{\"buildUUID\":%s,"
                        + "\"collectionUUID\":%s,\"namespace\":\"shop.orders\",\"error\":{\"code\":11000,\"codeName\":\"DuplicateKey\",\"errmsg\":\"E11000 duplicate key"
                        + " error collection: shop.orders index: customerId_1_orderNo_1 dup key: { customerId: \\\"c_1048213\\\", orderNo: 10442 }\",\"keyPattern\":"
                        + "{\"customerId\":1,\"orderNo\":1},\"keyValue\":{\"customerId\":\"c_1048213\",\"orderNo\":10442}}}", build, orderUuid)));
                while (clock.now().isBefore(scanned)) {
                    clock.next();
                }
                g.add(mongo(clock.next(), "I", "NETWORK", 22944, "conn" + mc, "Connection ended", fmt("{\"remote\":\"%s\",\"uuid\":%s,\"connectionId\":%d,"
                        + "\"connectionCount\":%d}", remote, mongoUuid(g), mc, --count)));
                continue;
            }
            int kind = g.weighted(5, 5, migrated ? 3 : 1, 3, 2);
            if (kind == 0 || open.size() < 6) {
                String remote = g.pick(pods) + ":" + g.between(32_000, 60_999);
                int c = conn++;
                count++;
                String[] drv = g.pick(drivers);
                g.add(mongo(t, "I", "NETWORK", 22943, "listener", "Connection accepted", fmt("{\"remote\":\"%s\",\"uuid\":%s,\"connectionId\":%d,\"connectionCount\":%d}",
                        remote, mongoUuid(g), c, count)));
                g.add(mongo(clock.next(), "I", "NETWORK", 51800, "conn" + c, "client metadata", fmt("{\"remote\":\"%s\",\"client\":\"conn%d\",\"negotiatedCompressors\":[],"
                        + "\"doc\":{\"driver\":{\"name\":\"%s\",\"version\":\"%s\"},\"platform\":\"%s\",\"os\":{\"name\":\"linux\",\"architecture\":\"x64\","
                        + "\"version\":\"5.15.0-1051-aws\",\"type\":\"Linux\"}}}", remote, c, drv[0], drv[1], drv[2])));
                g.add(mongo(clock.next(), "I", "ACCESS", 5286306, "conn" + c, "Successfully authenticated", fmt("{\"client\":\"%s\",\"isSpeculative\":true,"
                        + "\"isClusterMember\":false,\"mechanism\":\"SCRAM-SHA-256\",\"user\":\"%s\",\"db\":\"admin\",\"result\":0,\"metrics\":{\"conversation_duration\":"
                        + "{\"micros\":%d,\"summary\":{\"0\":{\"step\":1,\"step_total\":2,\"duration_micros\":%d},\"1\":{\"step\":2,\"step_total\":2,\"duration_micros\":%d}}}},"
                        + "\"extraInfo\":{}}", remote, drv[0].equals("PyMongo") ? "reports" : "shop-api", g.between(3_000, 9_000), g.between(50, 120), g.between(10, 30))));
                open.add(new int[] {c});
                openRemote.add(remote);
            } else if (kind == 1) {
                int i = g.nextInt(open.size());
                int c = open.remove(i)[0];
                String remote = openRemote.remove(i);
                count--;
                g.add(mongo(t, "I", "NETWORK", 22944, "conn" + c, "Connection ended", fmt("{\"remote\":\"%s\",\"uuid\":%s,\"connectionId\":%d,\"connectionCount\":%d}",
                        remote, mongoUuid(g), c, count)));
            } else if (kind == 2) {
                int i = g.nextInt(open.size());
                String customer = "c_" + g.between(1_000_000, 1_099_999);
                String status = g.pick("PENDING", "PAID", "SHIPPED");
                String cmd = fmt("{\"find\":\"orders\",\"filter\":{\"customerId\":\"%s\",\"status\":{\"$in\":[\"%s\",\"DELIVERED\"]}},\"sort\":{\"createdAt\":-1},\"limit\":20,"
                        + "\"lsid\":{\"id\":{\"$uuid\":\"%s\"}},\"$clusterTime\":{\"clusterTime\":{\"$timestamp\":{\"t\":%d,\"i\":%d}},\"signature\":{\"hash\":{\"$binary\":"
                        + "{\"base64\":\"%s=\",\"subType\":\"0\"}},\"keyId\":7312280391745224705}},\"$db\":\"shop\",\"$readPreference\":{\"mode\":\"primaryPreferred\"}}",
                        customer, status, uuid(g), t.toEpochSecond(ZoneOffset.UTC), g.between(1, 40), pickChars(g, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 27));
                String ctx = "conn" + open.get(i)[0];
                if (!migrated) {
                    g.add(mongo(t, "I", "COMMAND", 51803, ctx, "Slow query", slowQuery(g, "shop.orders", cmd, "IXSCAN { customerId: 1, createdAt: -1 }",
                            g.between(20, 400), g.between(20, 400), false, 20, openRemote.get(i), g.between(101, 180), null)));
                } else if (g.chance(0.3)) {
                    int ms = g.between(9_000, 14_000);
                    String err = "{\"code\":292,\"codeName\":\"QueryExceededMemoryLimitNoDiskUseAllowed\",\"errmsg\":\"Executor error during find command :: caused by"
                            + " :: Sort exceeded memory limit of 104857600 bytes, but did not opt in to external sorting.\"}";
                    g.add(mongo(t, "W", "QUERY", 23798, ctx, "Plan executor error during find command", fmt("{\"error\":%s,\"stats\":{\"stage\":\"SORT\","
                            + "\"nReturned\":0,\"executionTimeMillisEstimate\":%d,\"works\":%d,\"advanced\":0,\"needTime\":%d,\"needYield\":0,\"saveState\":%d,"
                            + "\"restoreState\":%d,\"failed\":true,\"isEOF\":0,\"sortPattern\":{\"createdAt\":-1},\"memLimit\":104857600,\"limitAmount\":20,"
                            + "\"type\":\"simple\",\"totalDataSizeSorted\":0,\"usedDisk\":false,\"spills\":0},\"cmd\":%s}", err, ms - 40, 3_912_004, 3_912_003,
                            3_912, 3_912, cmd)));
                    g.add(mongo(clock.next(), "I", "COMMAND", 51803, ctx, "Slow query", slowQuery(g, "shop.orders", cmd, "COLLSCAN", 0, 3_912_004, true, 0,
                            openRemote.get(i), ms, "\"ok\":0,\"errMsg\":\"Executor error during find command :: caused by :: Sort exceeded memory limit of"
                            + " 104857600 bytes, but did not opt in to external sorting.\",\"errName\":\"QueryExceededMemoryLimitNoDiskUseAllowed\",\"errCode\":292,")));
                } else {
                    g.add(mongo(t, "I", "COMMAND", 51803, ctx, "Slow query", slowQuery(g, "shop.orders", cmd, "COLLSCAN", 0, 4_821_931, true, g.between(1, 20),
                            openRemote.get(i), g.between(3_100, 8_900), null)));
                }
            } else if (kind == 3) {
                int i = g.nextInt(open.size());
                String cmd = fmt("{\"find\":\"products\",\"filter\":{\"categoryPath\":{\"$regex\":\"^/%s\"},\"active\":true},\"sort\":{\"popularity\":-1},\"limit\":48,"
                        + "\"lsid\":{\"id\":{\"$uuid\":\"%s\"}},\"$db\":\"shop\"}", g.pick("home/kitchen", "garden", "toys/outdoor", "electronics/audio", "books"), uuid(g));
                g.add(mongo(t, "I", "COMMAND", 51803, "conn" + open.get(i)[0], "Slow query", slowQuery(g, "shop.products", cmd,
                        "IXSCAN { active: 1, categoryPath: 1, popularity: -1 }", g.between(900, 9_000), g.between(200, 2_000), false, 48, openRemote.get(i),
                        g.between(101, 390), null)));
            } else {
                int i = g.nextInt(open.size());
                String cmd = fmt("{\"update\":\"carts\",\"ordered\":true,\"lsid\":{\"id\":{\"$uuid\":\"%s\"}},\"txnNumber\":%d,\"$db\":\"shop\"}", uuid(g), g.between(1, 40));
                g.add(mongo(t, "I", "WRITE", 51803, "conn" + open.get(i)[0], "Slow query", fmt("{\"type\":\"update\",\"ns\":\"shop.carts\",\"command\":{\"q\":{\"_id\":"
                        + "{\"$oid\":\"%s\"}},\"u\":{\"$set\":{\"items\":\"###\",\"updatedAt\":\"###\"}},\"multi\":false,\"upsert\":false},\"planSummary\":\"IDHACK\","
                        + "\"keysExamined\":1,\"docsExamined\":1,\"nMatched\":1,\"nModified\":1,\"nUpserted\":0,\"keysInserted\":%d,\"keysDeleted\":%d,\"numYields\":0,"
                        + "\"locks\":{\"ParallelBatchWriterMode\":{\"acquireCount\":{\"r\":1}},\"FeatureCompatibilityVersion\":{\"acquireCount\":{\"w\":1}},"
                        + "\"ReplicationStateTransition\":{\"acquireCount\":{\"w\":1}},\"Global\":{\"acquireCount\":{\"w\":1}},\"Database\":{\"acquireCount\":{\"w\":1}},"
                        + "\"Collection\":{\"acquireCount\":{\"w\":1}},\"Mutex\":{\"acquireCount\":{\"r\":1}}},\"flowControl\":{\"acquireCount\":1},\"readConcern\":"
                        + "{\"level\":\"local\",\"provenance\":\"implicitDefault\"},\"storage\":{},\"cmd\":%s,\"durationMillis\":%d}", g.hex(24), g.between(1, 4),
                        g.between(1, 4), cmd, g.between(101, 260))));
            }
        }
        String text = g.text();
        List<String> scans = every(text, "\"planSummary\":\"COLLSCAN\"").stream().filter(l -> l.contains("\"ns\":\"shop.orders\"")).toList();
        List<String> sortErrors = every(text, "\"msg\":\"Plan executor error during find command\"");
        if (scans.size() < 10 || sortErrors.size() < 2) {
            throw new IllegalStateException("mongo story incomplete: " + scans.size() + " scans, " + sortErrors.size() + " sort errors");
        }
        return NeedleCase.named("fresh9_mongodb_json_log", "jsonl", "mongod-json-log")
                .shell("ssh mongo-shop-1 'tail -n " + g.size() + " /var/log/mongodb/mongod.log'")
                .question("Since a little after 10:00 the \"My orders\" page of the shop takes 5-10 seconds or errors out; nothing was deployed to the API. This is"
                        + " mongod.log on the primary. What changed on the database side, and what do the orders queries look like now?")
                .heldAside()
                .build(text, List.of(Needle.exact(only(text, "\"msg\":\"CMD: dropIndexes\"")), Needle.exact(only(text, "\"s\":\"E\",")), Needle.anyOf(scans),
                        Needle.anyOf(sortErrors)));
    }

    // ---------------------------------------------------------------- Celery worker log

    private static final String CELERY_SITE = "/srv/billing/.venv/lib/python3.11/site-packages";

    /**
     * The billing Celery worker's log over an evening: invoices, payment reminders, exchange-rate syncs and ledger
     * exports received and succeeding on eight fork-pool processes, reminders retried after SMTP hiccups. The invoice for
     * order 88213 is first retried (S3 unreachable), then fails for good: the invoice template reads the VAT number of a
     * customer without a billing profile.
     */
    static NeedleCase celeryWorkerLog() {
        Gen g = new Gen(120_004);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 17, 55, 11, 408_000_000), 14_000);
        LocalDateTime firstTry = LocalDateTime.of(2026, 12, 8, 18, 14, 52);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 19, 5, 0);
        String invoiceTask = uuid(g);
        List<Object[]> pending = new ArrayList<>();
        String retryLine = null;
        String errorLine = null;
        String generating = null;
        int stage = 0;
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            pending.sort(java.util.Comparator.comparing(o -> (LocalDateTime) o[0]));
            while (!pending.isEmpty() && !((LocalDateTime) pending.get(0)[0]).isAfter(t)) {
                Object[] p = pending.remove(0);
                for (int i = 1; i < p.length; i++) {
                    g.add((String) p[i]);
                }
            }
            String worker = "ForkPoolWorker-" + g.between(1, 8);
            if (stage == 0 && !t.isBefore(firstTry)) {
                stage = 1;
                String task = "billing.tasks.generate_invoice[" + invoiceTask + "]";
                g.add(fmt("[%s: INFO/MainProcess] Task %s received", f.format(t), task));
                LocalDateTime a = t.plusNanos(g.between(5, 40) * 1_000_000L);
                generating = fmt("[%s: INFO/%s] %s: Generating invoice INV-2026-088213 for order 88213 (customer 40917)", f.format(a), worker, task);
                LocalDateTime b = a.plusNanos(g.between(5_100, 5_400) * 1_000_000L);
                retryLine = fmt("[%s: INFO/%s] Task %s retry: Retry in 60s: EndpointConnectionError('Could not connect to the endpoint URL:"
                        + " \"https://acme-invoices.s3.eu-west-1.amazonaws.com/2026/12/INV-2026-088213.pdf\"')", f.format(b), worker, task);
                pending.add(new Object[] {a, generating});
                pending.add(new Object[] {b, fmt("[%s: WARNING/%s] %s: upload of INV-2026-088213.pdf failed (attempt 1 of 3), retrying", f.format(b.minusNanos(2_000_000)),
                        worker, task), retryLine});
                LocalDateTime c = b.plusSeconds(60).plusNanos(g.between(1, 90) * 1_000_000L);
                pending.add(new Object[] {c, fmt("[%s: INFO/MainProcess] Task %s received", f.format(c), task)});
                String w2 = "ForkPoolWorker-" + g.between(1, 8);
                LocalDateTime d = c.plusNanos(g.between(5, 40) * 1_000_000L);
                LocalDateTime e = d.plusNanos(g.between(300, 700) * 1_000_000L);
                errorLine = fmt("[%s: ERROR/%s] Task %s raised unexpected: UndefinedError(\"'None' has no attribute 'vat_number'\")", f.format(e), w2, task);
                pending.add(new Object[] {d, fmt("[%s: INFO/%s] %s: Generating invoice INV-2026-088213 for order 88213 (customer 40917)", f.format(d), w2, task)});
                pending.add(new Object[] {e, errorLine,
                    "Traceback (most recent call last):",
                    "  File \"" + CELERY_SITE + "/celery/app/trace.py\", line 477, in trace_task",
                    "    R = retval = fun(*args, **kwargs)",
                    "                 ^^^^^^^^^^^^^^^^^^^^",
                    "  File \"" + CELERY_SITE + "/celery/app/trace.py\", line 760, in __protected_call__",
                    "    return self.run(*args, **kwargs)",
                    "           ^^^^^^^^^^^^^^^^^^^^^^^^^",
                    "  File \"/srv/billing/billing/tasks.py\", line 61, in generate_invoice",
                    "    pdf = render_invoice_pdf(invoice)",
                    "          ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    "  File \"/srv/billing/billing/invoices.py\", line 142, in render_invoice_pdf",
                    "    html = template.render(invoice=invoice, customer=invoice.customer, company=COMPANY)",
                    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                    "  File \"" + CELERY_SITE + "/jinja2/environment.py\", line 1301, in render",
                    "    self.environment.handle_exception()",
                    "  File \"" + CELERY_SITE + "/jinja2/environment.py\", line 936, in handle_exception",
                    "    raise rewrite_traceback_stack(source=source)",
                    "  File \"/srv/billing/billing/templates/invoice.html\", line 38, in top-level template code",
                    "    <td>VAT ID: {{ customer.billing_profile.vat_number }}</td>",
                    "  File \"" + CELERY_SITE + "/jinja2/environment.py\", line 485, in getattr",
                    "    return getattr(obj, attribute)",
                    "           ^^^^^^^^^^^^^^^^^^^^^^^",
                    "jinja2.exceptions.UndefinedError: 'None' has no attribute 'vat_number'"});
                continue;
            }
            int kind = g.weighted(10, 5, 2, 1, 1);
            String id = uuid(g);
            LocalDateTime a = t.plusNanos(g.between(3, 60) * 1_000_000L);
            switch (kind) {
                case 0 -> {
                    String task = "billing.tasks.generate_invoice[" + id + "]";
                    int order = g.between(86_000, 89_999);
                    double secs = 0.6 + g.nextDouble() * 2.4;
                    g.add(fmt("[%s: INFO/MainProcess] Task %s received", f.format(t), task));
                    pending.add(new Object[] {a, fmt("[%s: INFO/%s] %s: Generating invoice INV-2026-%06d for order %d (customer %d)", f.format(a), worker, task, order,
                            order, g.between(10_000, 49_999))});
                    LocalDateTime b = a.plusNanos((long) (secs * 1e9));
                    pending.add(new Object[] {b, fmt("[%s: INFO/%s] Task %s succeeded in %.3fs: {'invoice': 'INV-2026-%06d', 'pages': %d}", f.format(b), worker, task,
                            secs + 0.004, order, g.between(1, 3))});
                }
                case 1 -> {
                    String task = "billing.tasks.send_payment_reminder[" + id + "]";
                    g.add(fmt("[%s: INFO/MainProcess] Task %s received", f.format(t), task));
                    LocalDateTime b = a.plusNanos(g.between(200, 1_500) * 1_000_000L);
                    if (g.chance(0.08)) {
                        pending.add(new Object[] {b, fmt("[%s: INFO/%s] Task %s retry: Retry in 30s: SMTPServerDisconnected('Connection unexpectedly closed')",
                                f.format(b), worker, task)});
                        LocalDateTime c = b.plusSeconds(30).plusNanos(g.between(1, 90) * 1_000_000L);
                        pending.add(new Object[] {c, fmt("[%s: INFO/MainProcess] Task %s received", f.format(c), task)});
                        LocalDateTime d = c.plusNanos(g.between(300, 1_200) * 1_000_000L);
                        pending.add(new Object[] {d, fmt("[%s: INFO/%s] Task %s succeeded in %.3fs: 'sent'", f.format(d), "ForkPoolWorker-" + g.between(1, 8), task,
                                g.between(300, 1_200) / 1000.0)});
                    } else {
                        pending.add(new Object[] {b, fmt("[%s: INFO/%s] Task %s succeeded in %.3fs: 'sent'", f.format(b), worker, task, g.between(200, 1_500) / 1000.0)});
                    }
                }
                case 2 -> {
                    String task = "billing.tasks.sync_exchange_rates[" + id + "]";
                    g.add(fmt("[%s: INFO/MainProcess] Task %s received", f.format(t), task));
                    LocalDateTime b = a.plusNanos(g.between(400, 900) * 1_000_000L);
                    if (g.chance(0.3)) {
                        pending.add(new Object[] {a, fmt("[%s: WARNING/%s] %s: ECB feed returned rates dated 2026-12-07, keeping cached EUR/GBP 0.8612", f.format(a),
                                worker, task)});
                    }
                    pending.add(new Object[] {b, fmt("[%s: INFO/%s] Task %s succeeded in %.3fs: 31", f.format(b), worker, task, g.between(400, 900) / 1000.0)});
                }
                case 3 -> {
                    String task = "billing.tasks.export_ledger_csv[" + id + "]";
                    g.add(fmt("[%s: INFO/MainProcess] Task %s received", f.format(t), task));
                    int rows = g.between(2_000, 40_000);
                    pending.add(new Object[] {a, fmt("[%s: INFO/%s] %s: exporting %d ledger rows to s3://acme-finance-exports/ledger/2026-12-08/", f.format(a), worker,
                            task, rows)});
                    LocalDateTime b = a.plusNanos(g.between(2_000, 9_000) * 1_000_000L);
                    pending.add(new Object[] {b, fmt("[%s: INFO/%s] Task %s succeeded in %.3fs: %d", f.format(b), worker, task, g.between(2_000, 9_000) / 1000.0, rows)});
                }
                default -> {
                    String task = "celery.backend_cleanup[" + id + "]";
                    g.add(fmt("[%s: INFO/MainProcess] Task %s received", f.format(t), task));
                    pending.add(new Object[] {a, fmt("[%s: INFO/%s] Task %s succeeded in %.3fs: None", f.format(a), worker, task, g.between(5, 40) / 1000.0)});
                }
            }
        }
        pending.sort(java.util.Comparator.comparing(o -> (LocalDateTime) o[0]));
        for (Object[] p : pending) {
            for (int i = 1; i < p.length; i++) {
                g.add((String) p[i]);
            }
        }
        if (errorLine == null) {
            throw new IllegalStateException("celery story incomplete");
        }
        String text = g.text();
        return NeedleCase.named("fresh9_celery_worker_log", "log", "celery-worker-log")
                .shell("ssh billing-worker-1 'tail -n " + g.size() + " /var/log/celery/billing-worker.log'")
                .question("The customer of order 88213 never got their invoice; every other invoice from this evening went out. What happened to the invoice"
                        + " task for that order?")
                .heldAside()
                .build(text, List.of(Needle.exact(generating), Needle.exact(retryLine), Needle.exact(errorLine),
                        Needle.exact("  File \"/srv/billing/billing/templates/invoice.html\", line 38, in top-level template code"),
                        Needle.exact("jinja2.exceptions.UndefinedError: 'None' has no attribute 'vat_number'")));
    }

    // ---------------------------------------------------------------- Laravel storage/logs/laravel.log

    private static final String LV = "/var/www/html/vendor/laravel/framework/src/Illuminate/";

    private static final String[][] LV_ROUTE_MIDDLEWARE = {
        {"Routing\\\\Middleware\\\\SubstituteBindings", "Routing/Middleware/SubstituteBindings.php(50)"},
        {"Auth\\\\Middleware\\\\Authenticate", "Auth/Middleware/Authenticate.php(57)"},
        {"Foundation\\\\Http\\\\Middleware\\\\VerifyCsrfToken", "Foundation/Http/Middleware/VerifyCsrfToken.php(78)"},
        {"View\\\\Middleware\\\\ShareErrorsFromSession", "View/Middleware/ShareErrorsFromSession.php(49)"},
        {"Session\\\\Middleware\\\\StartSession", "Session/Middleware/StartSession.php(121)"},
        {"Cookie\\\\Middleware\\\\AddQueuedCookiesToResponse", "Cookie/Middleware/AddQueuedCookiesToResponse.php(37)"},
        {"Cookie\\\\Middleware\\\\EncryptCookies", "Cookie/Middleware/EncryptCookies.php(67)"}};

    private static final String[][] LV_GLOBAL_MIDDLEWARE = {
        {"Foundation\\\\Http\\\\Middleware\\\\ConvertEmptyStringsToNull", "Foundation/Http/Middleware/TransformsRequest.php(21)"},
        {"Foundation\\\\Http\\\\Middleware\\\\TrimStrings", "Foundation/Http/Middleware/TransformsRequest.php(21)"},
        {"Http\\\\Middleware\\\\ValidatePostSize", "Http/Middleware/ValidatePostSize.php(27)"},
        {"Foundation\\\\Http\\\\Middleware\\\\PreventRequestsDuringMaintenance", "Foundation/Http/Middleware/PreventRequestsDuringMaintenance.php(99)"},
        {"Http\\\\Middleware\\\\HandleCors", "Http/Middleware/HandleCors.php(49)"},
        {"Http\\\\Middleware\\\\TrustProxies", "Http/Middleware/TrustProxies.php(39)"}};

    /** The frames of a Laravel web request below {@code top}: route, route middleware, router, global middleware, kernel. */
    private static List<String> laravelFrames(List<String> top, String controller, String method) {
        List<String> f = new ArrayList<>(top);
        String req = "Object(Illuminate\\\\Http\\\\Request)";
        String closure = "Illuminate\\\\Pipeline\\\\Pipeline->Illuminate\\\\Pipeline\\\\{closure}(" + req + ")";
        f.add(LV + "Routing/ControllerDispatcher.php(43): Illuminate\\\\Routing\\\\Controller->callAction('" + method + "', Array)");
        f.add(LV + "Routing/Route.php(260): Illuminate\\\\Routing\\\\ControllerDispatcher->dispatch(Object(Illuminate\\\\Routing\\\\Route), Object(" + controller
                + "), '" + method + "')");
        f.add(LV + "Routing/Route.php(205): Illuminate\\\\Routing\\\\Route->runController()");
        f.add(LV + "Routing/Router.php(806): Illuminate\\\\Routing\\\\Route->run()");
        f.add(LV + "Pipeline/Pipeline.php(144): Illuminate\\\\Routing\\\\Router->Illuminate\\\\Routing\\\\{closure}(" + req + ")");
        for (String[] m : LV_ROUTE_MIDDLEWARE) {
            f.add(LV + m[1] + ": " + closure);
            f.add(LV + "Pipeline/Pipeline.php(183): Illuminate\\\\" + m[0] + "->handle(" + req + ", Object(Closure))");
        }
        f.add(LV + "Pipeline/Pipeline.php(119): Illuminate\\\\Pipeline\\\\Pipeline->Illuminate\\\\Pipeline\\\\{closure}(" + req + ")");
        f.add(LV + "Routing/Router.php(805): Illuminate\\\\Pipeline\\\\Pipeline->then(Object(Closure))");
        f.add(LV + "Routing/Router.php(784): Illuminate\\\\Routing\\\\Router->runRouteWithinStack(Object(Illuminate\\\\Routing\\\\Route), " + req + ")");
        f.add(LV + "Routing/Router.php(748): Illuminate\\\\Routing\\\\Router->runRoute(" + req + ", Object(Illuminate\\\\Routing\\\\Route))");
        f.add(LV + "Routing/Router.php(737): Illuminate\\\\Routing\\\\Router->dispatchToRoute(" + req + ")");
        f.add(LV + "Foundation/Http/Kernel.php(200): Illuminate\\\\Routing\\\\Router->dispatch(" + req + ")");
        f.add(LV + "Pipeline/Pipeline.php(144): Illuminate\\\\Foundation\\\\Http\\\\Kernel->Illuminate\\\\Foundation\\\\Http\\\\{closure}(" + req + ")");
        for (String[] m : LV_GLOBAL_MIDDLEWARE) {
            f.add(LV + m[1] + ": " + closure);
            f.add(LV + "Pipeline/Pipeline.php(183): Illuminate\\\\" + m[0] + "->handle(" + req + ", Object(Closure))");
        }
        f.add(LV + "Pipeline/Pipeline.php(119): Illuminate\\\\Pipeline\\\\Pipeline->Illuminate\\\\Pipeline\\\\{closure}(" + req + ")");
        f.add(LV + "Foundation/Http/Kernel.php(175): Illuminate\\\\Pipeline\\\\Pipeline->then(Object(Closure))");
        f.add(LV + "Foundation/Http/Kernel.php(144): Illuminate\\\\Foundation\\\\Http\\\\Kernel->sendRequestThroughRouter(" + req + ")");
        f.add("/var/www/html/public/index.php(51): Illuminate\\\\Foundation\\\\Http\\\\Kernel->handle(" + req + ")");
        return f;
    }

    private static void laravelError(Gen g, String stamp, String message, String context, String exception, List<String> frames) {
        g.add("[" + stamp + "] production.ERROR: " + message + " {" + context + "\"exception\":\"[object] (" + exception + ")");
        g.add("[stacktrace]");
        for (int i = 0; i < frames.size(); i++) {
            g.add("#" + i + " " + frames.get(i));
        }
        g.add("#" + frames.size() + " {main}");
        g.add("\"} ");
    }

    /**
     * laravel.log of the shop's web node over an afternoon: order, payment and login info lines, shipping-rate API
     * timeouts with their Guzzle stack, a deadlock retried by the queue. After the 13:58 deploy (release 2026.12.08-3),
     * every invoice PDF download fails: InvoiceRenderer calls a taxLines relation the release renamed.
     */
    static NeedleCase laravelLog() {
        Gen g = new Gen(120_005);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 13, 20, 3), 24_000);
        LocalDateTime deploy = LocalDateTime.of(2026, 12, 8, 13, 58, 40);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 15, 10, 0);
        String deployLine = "[2026-12-08 13:58:40] production.INFO: Deployment finished {\"release\":\"2026.12.08-3\",\"commit\":\"9f3c2ab\",\"by\":\"deploy-bot\"} ";
        boolean deployed = false;
        List<String> invoiceErrors = new ArrayList<>();
        String renderer = "/var/www/html/app/Services/InvoiceRenderer.php(88): Illuminate\\\\Database\\\\Eloquent\\\\Model->__call('taxLines', Array)";
        String controller = "/var/www/html/app/Http/Controllers/InvoicePdfController.php(41): App\\\\Services\\\\InvoiceRenderer->render(Object(App\\\\Models\\\\Invoice))";
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            String s = f.format(t);
            if (!deployed && !t.isBefore(deploy)) {
                deployed = true;
                g.add("[2026-12-08 13:58:31] production.INFO: Application is now in maintenance mode. ");
                g.add("[2026-12-08 13:58:38] production.INFO: Migrating: 2026_12_08_101500_rename_invoice_tax_lines_table {\"batch\":212} ");
                g.add("[2026-12-08 13:58:39] production.INFO: Application is now live. ");
                g.add(deployLine);
                continue;
            }
            int user = g.between(10_000, 49_999);
            int kind = g.weighted(16, 10, 12, 1, deployed ? 1 : 0, 2, 4);
            switch (kind) {
                case 0 -> g.add(fmt("[%s] production.INFO: Order placed {\"order_id\":%d,\"user_id\":%d,\"total\":\"%d.%02d\",\"items\":%d} ", s, g.between(88_100, 89_999),
                        user, g.between(9, 480), g.nextInt(100), g.between(1, 6)));
                case 1 -> g.add(fmt("[%s] production.INFO: Payment captured {\"order_id\":%d,\"provider\":\"stripe\",\"intent\":\"pi_3Q%s\"} ", s, g.between(88_100, 89_999),
                        pickChars(g, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 22)));
                case 2 -> g.add(fmt("[%s] production.INFO: User logged in {\"user_id\":%d,\"ip\":\"%s\",\"remember\":%s} ", s, user, g.ip(), g.chance(0.5)));
                case 3 -> {
                    String url = "https://api.shipfast.io/v2/rates";
                    String msg = "cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)"
                            + " for " + url;
                    List<String> frames = new ArrayList<>(List.of(
                            "/var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(155): GuzzleHttp\\\\Handler\\\\CurlFactory::createRejection(Object("
                                    + "GuzzleHttp\\\\Handler\\\\EasyHandle), Array)",
                            "/var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(107): GuzzleHttp\\\\Handler\\\\CurlFactory::finishError(Object("
                                    + "GuzzleHttp\\\\Handler\\\\CurlHandler), Object(GuzzleHttp\\\\Handler\\\\EasyHandle), Object(GuzzleHttp\\\\Handler\\\\CurlFactory))",
                            "/var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlHandler.php(47): GuzzleHttp\\\\Handler\\\\CurlFactory::finish(Object("
                                    + "GuzzleHttp\\\\Handler\\\\CurlHandler), Object(GuzzleHttp\\\\Handler\\\\EasyHandle), Object(GuzzleHttp\\\\Handler\\\\CurlFactory))",
                            "/var/www/html/vendor/guzzlehttp/guzzle/src/Client.php(189): GuzzleHttp\\\\Handler\\\\CurlHandler->__invoke(Object(GuzzleHttp\\\\Psr7\\\\Request), Array)",
                            "/var/www/html/vendor/guzzlehttp/guzzle/src/Client.php(75): GuzzleHttp\\\\Client->transfer(Object(GuzzleHttp\\\\Psr7\\\\Request), Array)",
                            "/var/www/html/vendor/laravel/framework/src/Illuminate/Http/Client/PendingRequest.php(951): GuzzleHttp\\\\Client->request('POST', '"
                                    + url + "', Array)",
                            "/var/www/html/app/Services/Shipping/ShipFastClient.php(64): Illuminate\\\\Http\\\\Client\\\\PendingRequest->post('" + url + "', Array)",
                            "/var/www/html/app/Http/Controllers/CheckoutController.php(118): App\\\\Services\\\\Shipping\\\\ShipFastClient->rates(Object(App\\\\Models\\\\Cart))",
                            LV + "Routing/Controller.php(54): App\\\\Http\\\\Controllers\\\\CheckoutController->shippingOptions(Object(Illuminate\\\\Http\\\\Request))"));
                    laravelError(g, s, msg, "\"userId\":" + user + ",", "Illuminate\\\\Http\\\\Client\\\\ConnectionException(code: 0): " + msg
                            + " at /var/www/html/vendor/laravel/framework/src/Illuminate/Http/Client/PendingRequest.php:1012",
                            laravelFrames(frames, "App\\\\Http\\\\Controllers\\\\CheckoutController", "shippingOptions"));
                }
                case 4 -> {
                    String invoice = Integer.toString(g.between(86_000, 89_999));
                    String head = "[" + s + "] production.ERROR: Call to undefined method App\\Models\\Invoice::taxLines() {\"userId\":" + user;
                    laravelError(g, s, "Call to undefined method App\\Models\\Invoice::taxLines()", "\"userId\":" + user + ",",
                            "BadMethodCallException(code: 0): Call to undefined method App\\\\Models\\\\Invoice::taxLines() at "
                                    + LV + "Support/Traits/ForwardsCalls.php:67",
                            laravelFrames(List.of(
                                    LV + "Support/Traits/ForwardsCalls.php(36): Illuminate\\\\Database\\\\Eloquent\\\\Model::throwBadMethodCallException('taxLines')",
                                    LV + "Database/Eloquent/Model.php(2334): Illuminate\\\\Database\\\\Eloquent\\\\Model->forwardCallTo(Object("
                                            + "Illuminate\\\\Database\\\\Eloquent\\\\Builder), 'taxLines', Array)",
                                    renderer,
                                    controller,
                                    LV + "Routing/Controller.php(54): App\\\\Http\\\\Controllers\\\\InvoicePdfController->show(Object(Illuminate\\\\Http\\\\Request), '"
                                            + invoice + "')"), "App\\\\Http\\\\Controllers\\\\InvoicePdfController", "show"));
                    invoiceErrors.add(only(g.text(), head));
                }
                case 5 -> g.add("[" + s + "] production.WARNING: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; job"
                        + " App\\Jobs\\ReserveStock will be retried {\"attempt\":1,\"order_id\":" + g.between(88_100, 89_999) + "} ");
                default -> g.add(fmt("[%s] production.INFO: Newsletter subscription confirmed {\"user_id\":%d,\"list\":\"%s\"} ", s, user,
                        g.pick("weekly-deals", "new-arrivals", "garden-club")));
            }
        }
        if (invoiceErrors.size() < 4) {
            throw new IllegalStateException("laravel story incomplete: " + invoiceErrors.size());
        }
        String text = g.text();
        return NeedleCase.named("fresh9_laravel_log", "log", "laravel-log")
                .shell("tail -n " + g.size() + " /var/www/html/storage/logs/laravel.log")
                .question("Customers say downloading an invoice PDF from their account page gives a 500 error since this afternoon. What does laravel.log say,"
                        + " and where in our code does it fail?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(invoiceErrors), Needle.exact("#2 " + renderer), Needle.exact("#3 " + controller), Needle.exact(deployLine)));
    }

    // ---------------------------------------------------------------- Spark driver log (YARN client mode)

    private static final class SparkLog {
        private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("yy/MM/dd HH:mm:ss", Locale.ROOT);
        final Gen g;
        final List<Object[]> events = new ArrayList<>();

        SparkLog(Gen g) {
            this.g = g;
        }

        void at(LocalDateTime t, String level, String logger, String msg) {
            events.add(new Object[] {t, events.size(), F.format(t) + " " + level + " " + logger + ": " + msg});
        }

        void raw(LocalDateTime t, String line) {
            events.add(new Object[] {t, events.size(), line});
        }

        void flush() {
            events.sort(java.util.Comparator.comparing((Object[] o) -> (LocalDateTime) o[0]).thenComparing(o -> (Integer) o[1]));
            for (Object[] e : events) {
                g.add((String) e[2]);
            }
        }
    }

    private static String sparkHost(int executor) {
        int[][] hosts = {{5, 21}, {5, 30}, {5, 47}, {6, 12}, {6, 40}, {6, 77}, {7, 12}, {7, 19}, {7, 53}, {5, 88}, {6, 91}, {7, 104}, {5, 132}, {6, 140}, {7, 150}};
        int[] h = hosts[(executor - 1) % hosts.length];
        return "ip-10-0-" + h[0] + "-" + h[1] + ".ec2.internal";
    }

    /** Runs a stage's tasks on the executors' slots (4 cores each); returns when the last one finished. */
    private static LocalDateTime sparkStage(SparkLog log, LocalDateTime start, int stage, int tasks, int[] tid, List<Integer> executors, int minMs, int maxMs,
            String locality, int skip) {
        Gen g = log.g;
        List<LocalDateTime> free = new ArrayList<>();
        List<Integer> slotExec = new ArrayList<>();
        for (int e : executors) {
            for (int c = 0; c < 4; c++) {
                free.add(start.plusNanos(g.between(5, 60) * 1_000_000L));
                slotExec.add(e);
            }
        }
        LocalDateTime last = start;
        int done = 0;
        List<LocalDateTime> ends = new ArrayList<>();
        for (int p = 0; p < tasks; p++) {
            if (p == skip) {
                tid[0]++;
                continue;
            }
            int slot = 0;
            for (int s = 1; s < free.size(); s++) {
                if (free.get(s).isBefore(free.get(slot))) {
                    slot = s;
                }
            }
            int e = slotExec.get(slot);
            LocalDateTime t0 = free.get(slot);
            int ms = g.between(minMs, maxMs);
            LocalDateTime t1 = t0.plusNanos(ms * 1_000_000L);
            int id = tid[0]++;
            log.at(t0, "INFO", "TaskSetManager", fmt("Starting task %d.0 in stage %d.0 (TID %d) (%s, executor %d, partition %d, %s, %d bytes) ", p, stage, id, sparkHost(e),
                    e, p, locality, g.between(7_400, 9_900)));
            ends.add(t1);
            log.events.add(new Object[] {t1, log.events.size(), new int[] {p, id, e, ms}});
            free.set(slot, t1.plusNanos(g.between(2, 40) * 1_000_000L));
            if (t1.isAfter(last)) {
                last = t1;
            }
        }
        // number the finish lines in time order
        List<Object[]> fin = new ArrayList<>();
        for (Object[] ev : log.events) {
            if (ev[2] instanceof int[]) {
                fin.add(ev);
            }
        }
        fin.sort(java.util.Comparator.comparing((Object[] o) -> (LocalDateTime) o[0]));
        int total = tasks;
        for (Object[] ev : fin) {
            int[] x = (int[]) ev[2];
            done++;
            ev[2] = fmt("%s INFO TaskSetManager: Finished task %d.0 in stage %d.0 (TID %d) in %d ms on %s (executor %d) (%d/%d)", SparkLog.F.format((LocalDateTime) ev[0]), x[0],
                    stage, x[1], x[3], sparkHost(x[2]), x[2], done, total);
        }
        if (ends.isEmpty()) {
            throw new IllegalStateException();
        }
        return last;
    }

    private static void sparkBroadcast(SparkLog log, LocalDateTime t, int n, List<Integer> executors) {
        Gen g = log.g;
        double kib = 12 + g.nextInt(400) / 10.0;
        log.at(t, "INFO", "MemoryStore", fmt("Block broadcast_%d stored as values in memory (estimated size %.1f KiB, free 2.1 GiB)", n, kib * 3.1));
        log.at(t, "INFO", "MemoryStore", fmt("Block broadcast_%d_piece0 stored as bytes in memory (estimated size %.1f KiB, free 2.1 GiB)", n, kib));
        log.at(t, "INFO", "BlockManagerInfo", fmt("Added broadcast_%d_piece0 in memory on ip-10-0-1-9.ec2.internal:35611 (size: %.1f KiB, free: 2.1 GiB)", n, kib));
        log.at(t, "INFO", "SparkContext", fmt("Created broadcast %d from broadcast at DAGScheduler.scala:1585", n));
        for (int e : executors) {
            log.at(t.plusNanos(g.between(100, 900) * 1_000_000L), "INFO", "BlockManagerInfo", fmt("Added broadcast_%d_piece0 in memory on %s:%d (size: %.1f KiB, free: 5.8 GiB)",
                    n, sparkHost(e), 38_000 + e * 17, kib));
        }
    }

    /**
     * The driver log of the nightly orders rollup (PySpark on YARN, client mode, 12 executors of 4 cores and 10g + 2g
     * overhead): start-up, two scan stages and a join-and-write stage of 200 tasks. All finish within a minute or two
     * except partition 57 (one huge customer): each attempt runs for minutes until YARN kills its executor for
     * exceeding the container's physical memory; after the fourth the job is aborted and the Python driver exits.
     */
    static NeedleCase sparkDriverLog() {
        Gen g = new Gen(120_006);
        SparkLog log = new SparkLog(g);
        LocalDateTime t = LocalDateTime.of(2026, 12, 8, 2, 0, 4);
        String app = "application_1765090211304_4821";
        String[] boot = {
            "INFO|SparkContext|Running Spark version 3.5.1",
            "INFO|ResourceUtils|==============================================================",
            "INFO|ResourceUtils|No custom resources configured for spark.driver.",
            "INFO|ResourceUtils|==============================================================",
            "INFO|SparkContext|Submitted application: daily_orders_rollup",
            "INFO|ResourceProfile|Default ResourceProfile created, executor resources: Map(cores -> name: cores, amount: 4, script: , vendor: , memory -> name:"
                    + " memory, amount: 10240, script: , vendor: , memoryOverhead -> name: memoryOverhead, amount: 2048, script: , vendor: , offHeap -> name: offHeap,"
                    + " amount: 0, script: , vendor: ), task resources: Map(cpus -> name: cpus, amount: 1.0)",
            "INFO|ResourceProfile|Limiting resource is cpus at 4 tasks per executor",
            "INFO|ResourceProfileManager|Added ResourceProfile id: 0",
            "INFO|SecurityManager|Changing view acls to: hadoop",
            "INFO|SecurityManager|Changing modify acls to: hadoop",
            "INFO|SecurityManager|Changing view acls groups to: ",
            "INFO|SecurityManager|Changing modify acls groups to: ",
            "INFO|SecurityManager|SecurityManager: authentication disabled; ui acls disabled; users with view permissions: hadoop; groups with view permissions: EMPTY;"
                    + " users with modify permissions: hadoop; groups with modify permissions: EMPTY",
            "INFO|Utils|Successfully started service 'sparkDriver' on port 41235.",
            "INFO|SparkEnv|Registering MapOutputTracker",
            "INFO|SparkEnv|Registering BlockManagerMaster",
            "INFO|BlockManagerMasterEndpoint|Using org.apache.spark.storage.DefaultTopologyMapper for getting topology information",
            "INFO|BlockManagerMasterEndpoint|BlockManagerMasterEndpoint up",
            "INFO|SparkEnv|Registering BlockManagerMasterHeartbeat",
            "INFO|DiskBlockManager|Created local directory at /mnt/tmp/blockmgr-2f1c7a0e-5b8d-4e61-9c1a-3e0d7b2f9a41",
            "INFO|MemoryStore|MemoryStore started with capacity 2.1 GiB",
            "INFO|SparkEnv|Registering OutputCommitCoordinator",
            "INFO|JettyUtils|Start Jetty 0.0.0.0:4040 for SparkUI",
            "INFO|Utils|Successfully started service 'SparkUI' on port 4040.",
            "INFO|DefaultNoHARMFailoverProxyProvider|Connecting to ResourceManager at ip-10-0-1-9.ec2.internal/10.0.1.9:8032",
            "INFO|Configuration|resource-types.xml not found",
            "INFO|ResourceUtils|Unable to find 'resource-types.xml'.",
            "INFO|Client|Verifying our application has not requested more than the maximum memory capability of the cluster (63488 MB per container)",
            "INFO|Client|Will allocate AM container, with 896 MB memory including 384 MB overhead",
            "INFO|Client|Setting up container launch context for our AM",
            "INFO|Client|Setting up the launch environment for our AM container",
            "INFO|Client|Preparing resources for our AM container",
            "INFO|Client|Uploading resource file:/mnt/tmp/spark-8c41e2d0-7f3a-4b9e-a1d2-5c6e7f8a9b0c/__spark_conf__1804419236120731452.zip -> hdfs://ip-10-0-1-9.ec2.internal:8020"
                    + "/user/hadoop/.sparkStaging/" + app + "/__spark_conf__.zip",
            "INFO|Client|Submitting application " + app + " to ResourceManager",
            "INFO|YarnClientImpl|Submitted application " + app,
            "INFO|Client|Application report for " + app + " (state: ACCEPTED)",
            "INFO|Client|Application report for " + app + " (state: RUNNING)",
            "INFO|YarnClientSchedulerBackend|Application " + app + " has started running.",
            "INFO|Utils|Successfully started service 'org.apache.spark.network.netty.NettyBlockTransferService' on port 35611.",
            "INFO|BlockManager|Using org.apache.spark.storage.RandomBlockReplicationPolicy for block replication policy",
            "INFO|BlockManagerMaster|Registering BlockManager BlockManagerId(driver, ip-10-0-1-9.ec2.internal, 35611, None)",
            "INFO|BlockManagerMasterEndpoint|Registering block manager ip-10-0-1-9.ec2.internal:35611 with 2.1 GiB RAM, BlockManagerId(driver, ip-10-0-1-9.ec2.internal,"
                    + " 35611, None)",
            "INFO|YarnSchedulerBackend$YarnSchedulerEndpoint|ApplicationMaster registered as NettyRpcEndpointRef(spark-client://YarnAM)"};
        for (String b : boot) {
            String[] p = b.split("\\|", 3);
            t = t.plusNanos(g.between(1, 300) * 1_000_000L);
            log.at(t, p[0], p[1], p[2]);
        }
        List<Integer> executors = new ArrayList<>();
        for (int e = 1; e <= 12; e++) {
            t = t.plusNanos(g.between(200, 1_500) * 1_000_000L);
            log.at(t, "INFO", "YarnSchedulerBackend$YarnDriverEndpoint", fmt("Registered executor NettyRpcEndpointRef(spark-client://Executor) (%s:%d) with ID %d, "
                    + " ResourceProfileId 0", sparkHost(e).replace("ip-", "").replace(".ec2.internal", "").replace('-', '.'), g.between(40_000, 60_000), e));
            log.at(t.plusNanos(40_000_000), "INFO", "BlockManagerMasterEndpoint", fmt("Registering block manager %s:%d with 5.8 GiB RAM, BlockManagerId(%d, %s, %d, None)",
                    sparkHost(e), 38_000 + e * 17, e, sparkHost(e), 38_000 + e * 17));
            executors.add(e);
        }
        t = t.plusSeconds(2);
        log.at(t, "INFO", "YarnClientSchedulerBackend", "SchedulerBackend is ready for scheduling beginning after reached minRegisteredResourcesRatio: 0.8");
        log.at(t.plusSeconds(1), "INFO", "SharedState", "Setting hive.metastore.warehouse.dir ('null') to the value of spark.sql.warehouse.dir.");
        log.at(t.plusSeconds(1), "INFO", "SharedState", "Warehouse path is 'hdfs://ip-10-0-1-9.ec2.internal:8020/user/spark/warehouse'.");
        t = t.plusSeconds(3);
        log.at(t, "INFO", "InMemoryFileIndex", "It took 1412 ms to list leaf files for 1 paths.");
        log.at(t.plusSeconds(2), "INFO", "InMemoryFileIndex", "It took 388 ms to list leaf files for 1 paths.");
        t = t.plusSeconds(3);
        String site = "parquet at NativeMethodAccessorImpl.java:0";
        log.at(t, "INFO", "FileSourceStrategy", "Pushed Filters: IsNotNull(order_date),EqualTo(order_date,2026-12-07),IsNotNull(customer_id)");
        log.at(t, "INFO", "FileSourceStrategy", "Post-Scan Filters: isnotnull(order_date#12),(order_date#12 = 2026-12-07),isnotnull(customer_id#3)");
        log.at(t, "INFO", "ParquetUtils", "Using default output committer for Parquet: org.apache.parquet.hadoop.ParquetOutputCommitter");
        log.at(t, "INFO", "FileOutputCommitter", "File Output Committer Algorithm version is 2");
        log.at(t, "INFO", "SparkContext", "Starting job: " + site);
        log.at(t, "INFO", "DAGScheduler", "Registering RDD 5 (" + site + ") as input to shuffle 0");
        log.at(t, "INFO", "DAGScheduler", "Registering RDD 9 (" + site + ") as input to shuffle 1");
        log.at(t, "INFO", "DAGScheduler", "Got job 0 (" + site + ") with 200 output partitions");
        log.at(t, "INFO", "DAGScheduler", "Final stage: ResultStage 3 (" + site + ")");
        log.at(t, "INFO", "DAGScheduler", "Parents of final stage: List(ShuffleMapStage 1, ShuffleMapStage 2)");
        log.at(t, "INFO", "DAGScheduler", "Missing parents: List(ShuffleMapStage 1, ShuffleMapStage 2)");
        int[] tid = {0};
        int[][] stages = {{1, 400, 4_000, 22_000}, {2, 120, 2_000, 9_000}};
        int bc = 1;
        LocalDateTime[] starts = new LocalDateTime[2];
        LocalDateTime[] dones = new LocalDateTime[2];
        for (int i = 0; i < 2; i++) {
            int[] st = stages[i];
            LocalDateTime s0 = i == 0 ? t : t.plusNanos(300_000_000);
            String rdd = "MapPartitionsRDD[" + (i == 0 ? 5 : 9) + "] at " + site;
            log.at(s0, "INFO", "DAGScheduler", "Submitting ShuffleMapStage " + st[0] + " (" + rdd + "), which has no missing parents");
            sparkBroadcast(log, s0, bc++, executors);
            log.at(s0, "INFO", "DAGScheduler", fmt("Submitting %d missing tasks from ShuffleMapStage %d (%s) (first 15 tasks are for partitions Vector(0, 1, 2, 3, 4, 5, 6,"
                    + " 7, 8, 9, 10, 11, 12, 13, 14))", st[1], st[0], rdd));
            log.at(s0, "INFO", "YarnScheduler", fmt("Adding task set %d.0 with %d tasks resource profile 0", st[0], st[1]));
            starts[i] = s0;
            dones[i] = sparkStage(log, s0, st[0], st[1], tid, i == 0 ? executors.subList(0, 9) : executors.subList(9, 12), st[2], st[3], "NODE_LOCAL", -1);
        }
        LocalDateTime stageEnd = t;
        for (int i = 0; i < 2; i++) {
            LocalDateTime done = dones[i];
            int other = 1 - i;
            log.at(done, "INFO", "YarnScheduler", fmt("Removed TaskSet %d.0, whose tasks have all completed, from pool ", stages[i][0]));
            log.at(done, "INFO", "DAGScheduler", fmt("ShuffleMapStage %d (%s) finished in %.3f s", stages[i][0], site,
                    java.time.Duration.between(starts[i], done).toMillis() / 1000.0));
            log.at(done, "INFO", "DAGScheduler", "looking for newly runnable stages");
            log.at(done, "INFO", "DAGScheduler", dones[other].isAfter(done) ? "running: Set(ShuffleMapStage " + stages[other][0] + ")" : "running: Set()");
            log.at(done, "INFO", "DAGScheduler", "waiting: Set(ResultStage 3)");
            log.at(done, "INFO", "DAGScheduler", "failed: Set()");
            if (done.isAfter(stageEnd)) {
                stageEnd = done;
            }
        }
        t = stageEnd.plusNanos(60_000_000);
        log.at(t, "INFO", "MapOutputTrackerMaster", "Size of output statuses for shuffle 0 is 4711 bytes");
        log.at(t, "INFO", "MapOutputTrackerMaster", "Size of output statuses for shuffle 1 is 1402 bytes");
        String rdd3 = "MapPartitionsRDD[14] at " + site;
        log.at(t, "INFO", "DAGScheduler", "Submitting ResultStage 3 (" + rdd3 + "), which has no missing parents");
        sparkBroadcast(log, t, bc, executors);
        log.at(t, "INFO", "DAGScheduler", "Submitting 200 missing tasks from ResultStage 3 (" + rdd3 + ") (first 15 tasks are for partitions Vector(0, 1, 2, 3, 4, 5, 6, 7,"
                + " 8, 9, 10, 11, 12, 13, 14))");
        log.at(t, "INFO", "YarnScheduler", "Adding task set 3.0 with 200 tasks resource profile 0");
        int skewTid = tid[0] + 57;
        LocalDateTime skewStart = t.plusNanos(480_000_000);
        LocalDateTime others = sparkStage(log, t, 3, 200, tid, executors, 14_000, 71_000, "PROCESS_LOCAL", 57);
        // idle executors go away (dynamic allocation keeps 4)
        LocalDateTime idle = others.plusSeconds(60);
        List<Integer> kept = new ArrayList<>(List.of(2, 4, 7, 10));
        List<Integer> removed = new ArrayList<>();
        for (int e : executors) {
            if (!kept.contains(e) && e != 1) {
                removed.add(e);
            }
        }
        log.at(idle, "INFO", "ExecutorAllocationManager", "Request to remove executorIds: " + removed.toString().replace("[", "(").replace("]", ")"));
        log.at(idle, "INFO", "YarnClientSchedulerBackend", "Requesting to kill executor(s) " + removed.toString().replace("[", "").replace("]", ""));
        log.at(idle, "INFO", "YarnClientSchedulerBackend", "Actual list of executor(s) to be killed is " + removed.toString().replace("[", "").replace("]", ""));
        for (int e : removed) {
            LocalDateTime k = idle.plusNanos(g.between(200, 2_500) * 1_000_000L);
            log.at(k, "INFO", "YarnScheduler", "Executor " + e + " on " + sparkHost(e) + " killed by driver.");
            log.at(k, "INFO", "ExecutorMonitor", "Executor " + e + " is removed. Remove reason statistics: (gracefully decommissioned: 0, decommision unfinished: 0,"
                    + " driver killed: " + (removed.indexOf(e) + 1) + ", unexpectedly exited: 0).");
        }
        // partition 57: four attempts, four executors killed by YARN
        int[] attemptExec = {1, 7, 10, 4};
        double[] used = {12.4, 12.3, 12.6, 12.5};
        LocalDateTime a = skewStart;
        String abortReason = null;
        String failedFour = null;
        int nextExec = 13;
        for (int n = 0; n < 4; n++) {
            int e = attemptExec[n];
            int id = n == 0 ? skewTid : tid[0]++;
            if (n > 0) {
                log.at(a, "INFO", "TaskSetManager", fmt("Starting task 57.%d in stage 3.0 (TID %d) (%s, executor %d, partition 57, PROCESS_LOCAL, 9012 bytes) ", n, id,
                        sparkHost(e), e));
            } else {
                log.at(a, "INFO", "TaskSetManager", fmt("Starting task 57.0 in stage 3.0 (TID %d) (%s, executor %d, partition 57, PROCESS_LOCAL, 9012 bytes) ", id,
                        sparkHost(e), e));
            }
            LocalDateTime k = a.plusSeconds(g.between(640, 910));
            String reason = fmt("Container killed by YARN for exceeding physical memory limits. %.1f GB of 12 GB physical memory used. Consider boosting"
                    + " spark.executor.memoryOverhead.", used[n]);
            log.at(k, "ERROR", "YarnScheduler", "Lost executor " + e + " on " + sparkHost(e) + ": " + reason);
            String lost = fmt("Lost task 57.%d in stage 3.0 (TID %d) (%s executor %d): ExecutorLostFailure (executor %d exited caused by one of the running tasks) Reason: %s",
                    n, id, sparkHost(e), e, e, reason);
            log.at(k, "WARN", "TaskSetManager", lost);
            log.at(k, "INFO", "DAGScheduler", "Executor lost: " + e + " (epoch " + (n + 1) + ")");
            log.at(k, "INFO", "BlockManagerMasterEndpoint", "Trying to remove executor " + e + " from BlockManagerMaster.");
            log.at(k, "INFO", "BlockManagerMasterEndpoint", fmt("Removing block manager BlockManagerId(%d, %s, %d, None)", e, sparkHost(e), 38_000 + e * 17));
            log.at(k, "INFO", "BlockManagerMaster", "Removed " + e + " successfully in removeExecutor");
            log.at(k, "WARN", "YarnSchedulerBackend$YarnSchedulerEndpoint", "Requesting driver to remove executor " + e + " for reason " + reason);
            if (n == 3) {
                abortReason = "Job aborted due to stage failure: Task 57 in stage 3.0 failed 4 times, most recent failure: " + lost;
                failedFour = fmt("%s ERROR TaskSetManager: Task 57 in stage 3.0 failed 4 times; aborting job", SparkLog.F.format(k));
                log.raw(k, failedFour);
                a = k;
                break;
            }
            LocalDateTime r = k.plusSeconds(g.between(2, 6));
            log.at(r, "INFO", "YarnAllocator", "Will request 1 executor container(s) for  ResourceProfile Id: 0, each with 4 core(s) and 12288 MB memory.");
            log.at(r.plusSeconds(g.between(8, 20)), "INFO", "YarnAllocator", fmt("Launching container container_1765090211304_4821_01_%06d on host %s for executor with ID"
                    + " %d for ResourceProfile Id 0", nextExec + 1, sparkHost(nextExec), nextExec));
            nextExec++;
            a = k.plusNanos(g.between(2, 80) * 1_000_000L);
        }
        String stamp = SparkLog.F.format(a);
        log.raw(a, stamp + " INFO YarnScheduler: Cancelling stage 3");
        log.raw(a, stamp + " INFO YarnScheduler: Killing all running tasks in stage 3: Stage cancelled: " + abortReason);
        log.raw(a, stamp + " INFO YarnScheduler: Stage 3 was cancelled");
        long stageSecs = java.time.Duration.between(t, a).toSeconds();
        log.raw(a, fmt("%s INFO DAGScheduler: ResultStage 3 (%s) failed in %d.%03d s due to %s", stamp, site, stageSecs, g.nextInt(1000), abortReason));
        log.raw(a, stamp + " INFO DAGScheduler: Job 0 failed: " + site + ", took " + java.time.Duration.between(t, a).plusSeconds(240).toSeconds() + "."
                + g.between(100, 999) + " s");
        String aborted = "org.apache.spark.SparkException: " + abortReason;
        String[] driverStack = {
            "at org.apache.spark.scheduler.DAGScheduler.failJobAndIndependentStages(DAGScheduler.scala:2856)",
            "at org.apache.spark.scheduler.DAGScheduler.$anonfun$abortStage$2(DAGScheduler.scala:2792)",
            "at org.apache.spark.scheduler.DAGScheduler.$anonfun$abortStage$2$adapted(DAGScheduler.scala:2791)",
            "at scala.collection.mutable.ResizableArray.foreach(ResizableArray.scala:62)",
            "at scala.collection.mutable.ResizableArray.foreach$(ResizableArray.scala:55)",
            "at scala.collection.mutable.ArrayBuffer.foreach(ArrayBuffer.scala:49)",
            "at org.apache.spark.scheduler.DAGScheduler.abortStage(DAGScheduler.scala:2791)",
            "at org.apache.spark.scheduler.DAGScheduler.$anonfun$handleTaskSetFailed$1(DAGScheduler.scala:1247)",
            "at org.apache.spark.scheduler.DAGScheduler.$anonfun$handleTaskSetFailed$1$adapted(DAGScheduler.scala:1247)",
            "at scala.Option.foreach(Option.scala:407)",
            "at org.apache.spark.scheduler.DAGScheduler.handleTaskSetFailed(DAGScheduler.scala:1247)",
            "at org.apache.spark.scheduler.DAGSchedulerEventProcessLoop.doOnReceive(DAGScheduler.scala:3060)",
            "at org.apache.spark.scheduler.DAGSchedulerEventProcessLoop.onReceive(DAGScheduler.scala:2994)",
            "at org.apache.spark.scheduler.DAGSchedulerEventProcessLoop.onReceive(DAGScheduler.scala:2983)",
            "at org.apache.spark.util.EventLoop$$anon$1.run(EventLoop.scala:49)",
            "at org.apache.spark.scheduler.DAGScheduler.runJob(DAGScheduler.scala:989)",
            "at org.apache.spark.SparkContext.runJob(SparkContext.scala:2393)",
            "at org.apache.spark.sql.execution.datasources.FileFormatWriter$.executeWrite(FileFormatWriter.scala:196)",
            "at org.apache.spark.sql.execution.datasources.FileFormatWriter$.write(FileFormatWriter.scala:244)",
            "at org.apache.spark.sql.execution.datasources.InsertIntoHadoopFsRelationCommand.run(InsertIntoHadoopFsRelationCommand.scala:186)",
            "at org.apache.spark.sql.execution.command.DataWritingCommandExec.sideEffectResult$lzycompute(commands.scala:113)",
            "at org.apache.spark.sql.execution.command.DataWritingCommandExec.sideEffectResult(commands.scala:111)",
            "at org.apache.spark.sql.execution.command.DataWritingCommandExec.executeCollect(commands.scala:125)",
            "at org.apache.spark.sql.DataFrameWriter.saveToV1Source(DataFrameWriter.scala:357)",
            "at org.apache.spark.sql.DataFrameWriter.saveInternal(DataFrameWriter.scala:303)",
            "at org.apache.spark.sql.DataFrameWriter.save(DataFrameWriter.scala:239)",
            "at org.apache.spark.sql.DataFrameWriter.parquet(DataFrameWriter.scala:793)",
            "at java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
            "at java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)",
            "at java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
            "at java.base/java.lang.reflect.Method.invoke(Method.java:568)",
            "at py4j.reflection.MethodInvoker.invoke(MethodInvoker.java:244)",
            "at py4j.reflection.ReflectionEngine.invoke(ReflectionEngine.java:374)",
            "at py4j.Gateway.invoke(Gateway.java:282)",
            "at py4j.commands.AbstractCommand.invokeMethod(AbstractCommand.java:132)",
            "at py4j.commands.CallCommand.execute(CallCommand.java:79)",
            "at py4j.ClientServerConnection.waitForCommands(ClientServerConnection.java:182)",
            "at py4j.ClientServerConnection.run(ClientServerConnection.java:106)",
            "at java.base/java.lang.Thread.run(Thread.java:840)"};
        LocalDateTime w = a.plusNanos(30_000_000);
        log.raw(w, SparkLog.F.format(w) + " ERROR FileFormatWriter: Aborting job " + uuid(g) + ".");
        log.raw(w, aborted);
        log.raw(w, "Driver stacktrace:");
        for (String s : driverStack) {
            log.raw(w, "\t" + s);
        }
        log.raw(w, "Traceback (most recent call last):");
        log.raw(w, "  File \"/opt/etl/jobs/daily_orders_rollup.py\", line 88, in <module>");
        log.raw(w, "    .parquet(f\"s3://acme-dwh/rollups/orders_daily/dt={run_date}\")");
        log.raw(w, "  File \"/usr/lib/spark/python/lib/pyspark.zip/pyspark/sql/readwriter.py\", line 1721, in parquet");
        log.raw(w, "  File \"/usr/lib/spark/python/lib/py4j-0.10.9.7-src.zip/py4j/java_gateway.py\", line 1322, in __call__");
        log.raw(w, "  File \"/usr/lib/spark/python/lib/pyspark.zip/pyspark/errors/exceptions/captured.py\", line 179, in deco");
        log.raw(w, "  File \"/usr/lib/spark/python/lib/py4j-0.10.9.7-src.zip/py4j/protocol.py\", line 326, in get_return_value");
        log.raw(w, "py4j.protocol.Py4JJavaError: An error occurred while calling o212.parquet.");
        log.raw(w, ": " + aborted);
        log.raw(w, "Driver stacktrace:");
        for (String s : driverStack) {
            log.raw(w, "\t" + s);
        }
        LocalDateTime x = w.plusNanos(400_000_000);
        log.at(x, "INFO", "SparkContext", "Invoking stop() from shutdown hook");
        log.at(x, "INFO", "SparkContext", "SparkContext is stopping with exitCode 0.");
        log.at(x, "INFO", "SparkUI", "Stopped Spark web UI at http://ip-10-0-1-9.ec2.internal:4040");
        log.at(x, "INFO", "YarnClientSchedulerBackend", "Interrupting monitor thread");
        log.at(x, "INFO", "YarnClientSchedulerBackend", "Shutting down all executors");
        log.at(x, "INFO", "YarnClientSchedulerBackend", "YARN client scheduler backend Stopped");
        log.at(x, "INFO", "MapOutputTrackerMasterEndpoint", "MapOutputTrackerMasterEndpoint stopped!");
        log.at(x, "INFO", "MemoryStore", "MemoryStore cleared");
        log.at(x, "INFO", "BlockManager", "BlockManager stopped");
        log.at(x, "INFO", "SparkContext", "Successfully stopped SparkContext");
        log.at(x, "INFO", "ShutdownHookManager", "Shutdown hook called");
        log.flush();
        String text = g.text();
        List<String> lostTask = every(text, "WARN TaskSetManager: Lost task 57.");
        List<String> lostExec = every(text, "ERROR YarnScheduler: Lost executor ");
        return NeedleCase.named("fresh9_spark_driver_log", "log", "spark-driver-log4j")
                .shell("tail -n " + g.size() + " /var/log/etl/daily_orders_rollup/2026-12-08.log")
                .question("Last night's daily_orders_rollup Spark job failed after running for almost an hour; it usually takes 15 minutes. Why did it fail?")
                .heldAside()
                .build(text, List.of(Needle.exact(failedFour), Needle.anyOf(lostTask), Needle.anyOf(lostExec), Needle.exact(aborted)));
    }

    // ---------------------------------------------------------------- Kafka broker server.log

    /**
     * server.log of broker 2 (of 3) over an hour: segment rolls, producer snapshots, log retention, consumer-group
     * rebalances. Broker 3 fell behind on payments-3 at 11:12 and never caught up (ISR 2,1); at 11:38 broker 2 loses its
     * connection to broker 1 (fetch requests fail), so payments-3, led by broker 2, shrinks to ISR 2 alone and every
     * produce with acks=all fails min.insync.replicas=2 until broker 1 is back at 11:47.
     */
    static NeedleCase kafkaServerLog() {
        Gen g = new Gen(120_007);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 11, 0, 2, 114_000_000), 12_000);
        LocalDateTime lag3 = LocalDateTime.of(2026, 12, 8, 11, 12, 40);
        LocalDateTime cut = LocalDateTime.of(2026, 12, 8, 11, 38, 5);
        LocalDateTime back = LocalDateTime.of(2026, 12, 8, 11, 47, 21);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 12, 0, 0);
        String[] led = {"orders-1", "orders-4", "orders-7", "payments-0", "payments-3", "payments-6", "inventory-2", "inventory-5", "__consumer_offsets-12",
            "__consumer_offsets-27", "__consumer_offsets-42"};
        String[] followed = {"orders-0", "orders-2", "orders-5", "payments-1", "payments-4", "payments-7", "inventory-0", "inventory-3"};
        long[] offsets = new long[led.length];
        for (int i = 0; i < led.length; i++) {
            offsets[i] = g.between(200_000, 9_000_000);
        }
        String[] groups = {"order-projector", "payment-settler", "inventory-sync", "fraud-scorer"};
        int stage = 0;
        int isrVersion = 33;
        long hw = 912_233;
        String shrinkTo1 = null;
        String expand = null;
        String shrinkTo2 = null;
        String notEnough = "org.apache.kafka.common.errors.NotEnoughReplicasException: The size of the current ISR Set(2) is insufficient to satisfy the min.isr"
                + " requirement of 2 for partition payments-3";
        int sessionId = 1_881_203_114;
        int epoch = 48_211;
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            String s = "[" + f.format(t) + "]";
            hw += g.between(5, 90);
            if (stage == 0 && !t.isBefore(lag3)) {
                stage = 1;
                shrinkTo2 = fmt("%s INFO [Partition payments-3 broker=2] Shrinking ISR from 2,1,3 to 2,1. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas:"
                        + " (brokerId: 3, endOffset: %d, lastCaughtUpTimeMs: %d). (kafka.cluster.Partition)", s, hw, hw + 11, hw - 48_113,
                        t.minusSeconds(30).toInstant(ZoneOffset.UTC).toEpochMilli());
                g.add(shrinkTo2);
                g.add(fmt("%s INFO [Partition payments-3 broker=2] ISR updated to 2,1 and version updated to %d (kafka.cluster.Partition)", s, ++isrVersion));
                continue;
            }
            if (stage == 1 && !t.isBefore(cut)) {
                stage = 2;
                for (int i = 0; i < 3; i++) {
                    LocalDateTime u = t.plusNanos(i * 2_100_000_000L);
                    String su = "[" + f.format(u) + "]";
                    g.add(fmt("%s INFO [ReplicaFetcher replicaId=2, leaderId=1, fetcherId=0] Error sending fetch request (sessionId=%d, epoch=%d) to node 1:"
                            + " (org.apache.kafka.clients.FetchSessionHandler)", su, sessionId, epoch++));
                    g.add("java.io.IOException: Connection to 1 was disconnected before the response was read");
                    g.add("\tat org.apache.kafka.clients.NetworkClientUtils.sendAndReceive(NetworkClientUtils.java:99)");
                    g.add("\tat kafka.server.BrokerBlockingSender.sendRequest(BrokerBlockingSender.scala:113)");
                    g.add("\tat kafka.server.RemoteLeaderEndPoint.fetch(RemoteLeaderEndPoint.scala:79)");
                    g.add("\tat kafka.server.AbstractFetcherThread.processFetchRequest(AbstractFetcherThread.scala:316)");
                    g.add("\tat kafka.server.AbstractFetcherThread.$anonfun$maybeFetch$3(AbstractFetcherThread.scala:130)");
                    g.add("\tat kafka.server.AbstractFetcherThread.maybeFetch(AbstractFetcherThread.scala:129)");
                    g.add("\tat kafka.server.AbstractFetcherThread.doWork(AbstractFetcherThread.scala:112)");
                    g.add("\tat kafka.server.ReplicaFetcherThread.doWork(ReplicaFetcherThread.scala:98)");
                    g.add("\tat org.apache.kafka.server.util.ShutdownableThread.run(ShutdownableThread.java:130)");
                    g.add(fmt("%s WARN [ReplicaFetcher replicaId=2, leaderId=1, fetcherId=0] Error in response for fetch request (type=FetchRequest, replicaId=2,"
                            + " maxWait=500, minBytes=1, maxBytes=10485760, fetchData={orders-0=PartitionData(topicId=Xq3vT1bGQ2u8yKc0aZ4f9w, fetchOffset=%d,"
                            + " logStartOffset=0, maxBytes=1048576, currentLeaderEpoch=Optional[41], lastFetchedEpoch=Optional[41]), payments-1=PartitionData("
                            + "topicId=pL7mW2sRT0eQx9bN5cV1yA, fetchOffset=%d, logStartOffset=0, maxBytes=1048576, currentLeaderEpoch=Optional[17],"
                            + " lastFetchedEpoch=Optional[17])}, isolationLevel=READ_UNCOMMITTED, removed=, replaced=, metadata=(sessionId=%d, epoch=%d),"
                            + " rackId=) (kafka.server.ReplicaFetcherThread)", su, g.between(4_000_000, 4_100_000), g.between(800_000, 900_000), sessionId, epoch));
                }
                LocalDateTime v = t.plusSeconds(31);
                String sv = "[" + f.format(v) + "]";
                for (String p : new String[] {"orders-4", "payments-0", "payments-3", "inventory-5"}) {
                    String line = p.equals("payments-3")
                            ? fmt("%s INFO [Partition payments-3 broker=2] Shrinking ISR from 2,1 to 2. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas:"
                                    + " (brokerId: 1, endOffset: %d, lastCaughtUpTimeMs: %d). (kafka.cluster.Partition)", sv, hw, hw + 7, hw,
                                    t.toInstant(ZoneOffset.UTC).toEpochMilli())
                            : fmt("%s INFO [Partition %s broker=2] Shrinking ISR from 2,3,1 to 2,3. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas:"
                                    + " (brokerId: 1, endOffset: %d, lastCaughtUpTimeMs: %d). (kafka.cluster.Partition)", sv, p, offsets[0], offsets[0] + 3, offsets[0],
                                    t.toInstant(ZoneOffset.UTC).toEpochMilli());
                    g.add(line);
                    g.add(fmt("%s INFO [Partition %s broker=2] ISR updated to %s and version updated to %d (kafka.cluster.Partition)", sv, p,
                            p.equals("payments-3") ? "2" : "2,3", p.equals("payments-3") ? ++isrVersion : g.between(20, 60)));
                    if (p.equals("payments-3")) {
                        shrinkTo1 = line;
                    }
                }
                while (clock.now().isBefore(v)) {
                    clock.next();
                }
                continue;
            }
            if (stage == 2 && !t.isBefore(back)) {
                stage = 3;
                g.add(fmt("%s ERROR [ReplicaFetcher replicaId=2, leaderId=1, fetcherId=0] Error for partition orders-0 at offset %d (kafka.server.ReplicaFetcherThread)",
                        "[" + f.format(t.minusNanos(1_400_000_000)) + "]", g.between(4_100_000, 4_200_000)));
                g.add("org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates that the broker"
                        + " is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic"
                        + " partition.");
                expand = fmt("%s INFO [Partition payments-3 broker=2] Expanding ISR from 2 to 2,1 (kafka.cluster.Partition)", s);
                g.add(expand);
                g.add(fmt("%s INFO [Partition payments-3 broker=2] ISR updated to 2,1 and version updated to %d (kafka.cluster.Partition)", s, ++isrVersion));
                for (String p : new String[] {"orders-4", "payments-0", "inventory-5"}) {
                    g.add(fmt("%s INFO [Partition %s broker=2] Expanding ISR from 2,3 to 2,3,1 (kafka.cluster.Partition)", s, p));
                    g.add(fmt("%s INFO [Partition %s broker=2] ISR updated to 2,3,1 and version updated to %d (kafka.cluster.Partition)", s, p, g.between(20, 60)));
                }
                continue;
            }
            if (stage == 2 && g.chance(0.6)) {
                g.add(fmt("%s ERROR [ReplicaManager broker=2] Error processing append operation on partition payments-3 (kafka.server.ReplicaManager)", s));
                g.add(notEnough);
                continue;
            }
            if (stage == 2 && g.chance(0.1)) {
                g.add(fmt("%s INFO [ReplicaFetcher replicaId=2, leaderId=1, fetcherId=0] Error sending fetch request (sessionId=INVALID, epoch=INITIAL) to node 1:"
                        + " (org.apache.kafka.clients.FetchSessionHandler)", s));
                g.add("java.net.SocketTimeoutException: Failed to connect within 30000 ms");
                g.add("\tat kafka.server.BrokerBlockingSender.sendRequest(BrokerBlockingSender.scala:109)");
                g.add("\tat kafka.server.RemoteLeaderEndPoint.fetch(RemoteLeaderEndPoint.scala:79)");
                g.add("\tat kafka.server.AbstractFetcherThread.processFetchRequest(AbstractFetcherThread.scala:316)");
                g.add("\tat kafka.server.AbstractFetcherThread.maybeFetch(AbstractFetcherThread.scala:129)");
                g.add("\tat kafka.server.AbstractFetcherThread.doWork(AbstractFetcherThread.scala:112)");
                g.add("\tat kafka.server.ReplicaFetcherThread.doWork(ReplicaFetcherThread.scala:98)");
                g.add("\tat org.apache.kafka.server.util.ShutdownableThread.run(ShutdownableThread.java:130)");
                continue;
            }
            int kind = g.weighted(6, 4, 2, 2, 2, 1);
            int i = g.nextInt(led.length);
            switch (kind) {
                case 0 -> {
                    offsets[i] += g.between(20_000, 60_000);
                    g.add(fmt("%s INFO [LocalLog partition=%s, dir=/var/lib/kafka/data] Rolled new log segment at offset %d in %d ms. (kafka.log.LocalLog)", s, led[i],
                            offsets[i], g.between(0, 4)));
                    g.add(fmt("%s INFO [ProducerStateManager partition=%s] Wrote producer snapshot at offset %d with %d producer ids in %d ms."
                            + " (org.apache.kafka.storage.internals.log.ProducerStateManager)", s, led[i], offsets[i], g.between(0, 12), g.between(0, 3)));
                }
                case 1 -> {
                    String p = g.pick(followed);
                    long base = g.between(100_000, 3_000_000);
                    g.add(fmt("%s INFO [UnifiedLog partition=%s, dir=/var/lib/kafka/data] Deleting segment LogSegment(baseOffset=%d, size=%d, lastModifiedTime=%d,"
                            + " largestRecordTimestamp=%d) due to log retention time 604800000ms breach based on the largest record timestamp in the segment"
                            + " (kafka.log.UnifiedLog)", s, p, base, g.between(100_000_000, 1_073_741_000), t.minusDays(7).toInstant(ZoneOffset.UTC).toEpochMilli(),
                            t.minusDays(7).minusSeconds(2).toInstant(ZoneOffset.UTC).toEpochMilli()));
                    g.add(fmt("%s INFO [UnifiedLog partition=%s, dir=/var/lib/kafka/data] Incremented log start offset to %d due to segment deletion"
                            + " (kafka.log.UnifiedLog)", s, p, base + g.between(20_000, 60_000)));
                }
                case 2 -> {
                    String grp = g.pick(groups);
                    int gen = g.between(40, 400);
                    String part = g.pick("__consumer_offsets-12", "__consumer_offsets-27", "__consumer_offsets-42");
                    String member = grp + "-" + g.between(0, 5) + "-" + uuid(g);
                    g.add(fmt("%s INFO [GroupCoordinator 2]: Preparing to rebalance group %s in state PreparingRebalance with old generation %d (%s) (reason: Removing"
                            + " member %s on LeaveGroup; client reason: the consumer is being closed) (kafka.coordinator.group.GroupCoordinator)", s, grp, gen, part, member));
                    g.add(fmt("%s INFO [GroupCoordinator 2]: Member MemberMetadata(memberId=%s, groupInstanceId=None, clientId=%s-0, clientHost=/10.0.%d.%d, sessionTimeoutMs=45000,"
                            + " rebalanceTimeoutMs=300000, supportedProtocols=List(range, cooperative-sticky)) has left group %s through explicit `LeaveGroup`; client"
                            + " reason: the consumer is being closed (kafka.coordinator.group.GroupCoordinator)", s, member, grp, g.between(3, 5), g.between(2, 250), grp));
                    LocalDateTime u = t.plusSeconds(g.between(2, 4));
                    g.add(fmt("[%s] INFO [GroupCoordinator 2]: Stabilized group %s generation %d (%s) with %d members (kafka.coordinator.group.GroupCoordinator)", f.format(u),
                            grp, gen + 1, part, g.between(2, 6)));
                    g.add(fmt("[%s] INFO [GroupCoordinator 2]: Assignment received from leader %s-0-%s for group %s for generation %d. The group has %d members, 0 of"
                            + " which are static. (kafka.coordinator.group.GroupCoordinator)", f.format(u.plusNanos(30_000_000)), grp, uuid(g), grp, gen + 1,
                            g.between(2, 6)));
                }
                case 3 -> g.add(fmt("%s INFO [GroupMetadataManager brokerId=2] Removed %d expired offsets in %d milliseconds."
                        + " (kafka.coordinator.group.GroupMetadataManager)", s, g.nextInt(4), g.between(0, 3)));
                case 4 -> {
                    String p = g.pick(followed);
                    g.add(fmt("%s INFO [LocalLog partition=%s, dir=/var/lib/kafka/data] Rolled new log segment at offset %d in %d ms. (kafka.log.LocalLog)", s, p,
                            g.between(1_000_000, 9_000_000), g.between(0, 4)));
                }
                default -> g.add(fmt("%s INFO [SocketServer listenerType=ZK_BROKER, nodeId=2] Failed authentication with /10.0.%d.%d (channelId=10.0.2.15:9093-10.0.%d.%d-%d)"
                        + " (SSL handshake failed) (org.apache.kafka.common.network.Selector)", s, 8, 44, 8, 44, g.between(1, 400)));
            }
        }
        if (expand == null) {
            throw new IllegalStateException("kafka story incomplete");
        }
        String text = g.text();
        return NeedleCase.named("fresh9_kafka_server_log", "log", "kafka-server-log")
                .shell("ssh kafka-2 'tail -n " + g.size() + " /opt/kafka/logs/server.log'")
                .question("Between about 11:38 and 11:47 the payment service's producer got NOT_ENOUGH_REPLICAS errors writing to the payments topic (acks=all,"
                        + " min.insync.replicas=2, replication factor 3). Broker 2 leads the failing partition; what happened to its replicas?")
                .heldAside()
                .build(text, List.of(Needle.exact(shrinkTo2), Needle.exact(shrinkTo1), Needle.exact(notEnough),
                        Needle.anyOf(every(text, "WARN [ReplicaFetcher replicaId=2, leaderId=1, fetcherId=0] Error in response for fetch request")), Needle.exact(expand)));
    }

    // ---------------------------------------------------------------- Traefik JSON access log

    private static String traefik(Gen g, LocalDateTime t, String client, String host, String method, String path, int reqSize, String router, String service,
            String addr, int originStatus, int downstream, long originNs, long size, int count, String proto) {
        long overhead = g.between(60_000, 900_000);
        long duration = originNs + overhead;
        String start = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT).format(t);
        String local = start + "." + fmt("%09d", t.getNano()) + "Z";
        String port = client.substring(client.indexOf(':') + 1);
        String chost = client.substring(0, client.indexOf(':'));
        return "{\"ClientAddr\":\"" + client + "\",\"ClientHost\":\"" + chost + "\",\"ClientPort\":\"" + port + "\",\"ClientUsername\":\"-\","
                + "\"DownstreamContentSize\":" + size + ",\"DownstreamStatus\":" + downstream + ",\"Duration\":" + duration + ","
                + "\"OriginContentSize\":" + (originStatus == 0 ? 0 : size) + ",\"OriginDuration\":" + originNs + ",\"OriginStatus\":" + originStatus + ","
                + "\"Overhead\":" + overhead + ",\"RequestAddr\":\"" + host + "\",\"RequestContentSize\":" + reqSize + ",\"RequestCount\":" + count + ","
                + "\"RequestHost\":\"" + host + "\",\"RequestMethod\":\"" + method + "\",\"RequestPath\":\"" + path + "\",\"RequestPort\":\"-\","
                + "\"RequestProtocol\":\"" + proto + "\",\"RequestScheme\":\"https\",\"RetryAttempts\":0,\"RouterName\":\"" + router + "\","
                + "\"ServiceAddr\":\"" + addr + "\",\"ServiceName\":\"" + service + "\",\"ServiceURL\":\"http://" + addr + "\","
                + "\"StartLocal\":\"" + local + "\",\"StartUTC\":\"" + local + "\",\"TLSCipher\":\"TLS_AES_128_GCM_SHA256\",\"TLSVersion\":\"1.3\","
                + "\"entryPointName\":\"websecure\",\"level\":\"info\",\"msg\":\"\",\"time\":\"" + start + "Z\"}";
    }

    /**
     * Traefik's JSON access log for the shop, 13:00 to 13:14: storefront pages, catalog and cart API calls, logins,
     * all answered by their pods. From 13:04 one of the three checkout-api pods (10.42.7.33) stops answering in time:
     * its requests end in 504 after the 15-second response-header timeout; at 13:09 it restarts and refuses
     * connections (502) until it is taken out of the endpoints at 13:11. A couple of cart-api 500s come from the app.
     */
    static NeedleCase traefikAccessJson() {
        Gen g = new Gen(120_008);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 13, 0, 0, 412_118_207), 4_000);
        LocalDateTime slow = LocalDateTime.of(2026, 12, 8, 13, 4, 12);
        LocalDateTime down = LocalDateTime.of(2026, 12, 8, 13, 9, 3);
        LocalDateTime gone = LocalDateTime.of(2026, 12, 8, 13, 11, 20);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 13, 14, 0);
        String[] checkout = {"10.42.3.17:8080", "10.42.5.9:8080", "10.42.7.33:8080"};
        String bad = "10.42.7.33:8080";
        String[][] routes = {
            {"www.acme-shop.com", "shop-storefront-1f4e9a2b7c@kubernetescrd", "shop-storefront-3000@kubernetescrd", "10.42.2.41:3000,10.42.4.18:3000,10.42.6.7:3000"},
            {"api.acme-shop.com", "shop-catalog-api-8d2c51e07a@kubernetescrd", "shop-catalog-api-8080@kubernetescrd", "10.42.2.77:8080,10.42.6.52:8080"},
            {"api.acme-shop.com", "shop-cart-api-5b90c3d1e4@kubernetescrd", "shop-cart-api-8080@kubernetescrd", "10.42.3.90:8080,10.42.5.61:8080"},
            {"auth.acme-shop.com", "identity-keycloak-0c7a4e9f21@kubernetescrd", "identity-keycloak-8080@kubernetescrd", "10.42.4.200:8080"},
            {"api.acme-shop.com", "shop-checkout-api-3b7e1c5a2d@kubernetescrd", "shop-checkout-api-8080@kubernetescrd", String.join(",", checkout)}};
        int count = 4_811_204;
        String firstFailure = null;
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            int r = g.weighted(9, 8, 5, 2, 4);
            String[] route = routes[r];
            String[] addrs = route[3].split(",");
            String addr = g.pick(addrs);
            if (r == 4 && !t.isBefore(gone)) {
                addr = g.pick(checkout[0], checkout[1]);
            }
            String client = g.ip() + ":" + g.between(20_000, 65_000);
            String method = "GET";
            String path;
            int reqSize = 0;
            int status = 200;
            long ns = g.between(4, 180) * 1_000_000L + g.nextInt(1_000_000);
            long size = g.between(400, 30_000);
            switch (r) {
                case 0 -> path = g.pick("/", "/c/garden", "/c/kitchen", "/p/" + g.between(10_000, 99_999) + "-" + g.pick("oak-planter", "chef-knife", "led-lamp", "kite"),
                        "/_next/static/chunks/" + g.hex(16) + ".js", "/cart", "/account/orders");
                case 1 -> path = g.pick("/v1/products?category=" + g.pick("garden", "kitchen", "toys") + "&page=" + g.between(1, 9), "/v1/products/"
                        + g.between(10_000, 99_999), "/v1/search?q=" + g.pick("lamp", "planter", "knife+set", "kite"));
                case 2 -> {
                    method = g.pick("GET", "POST", "PATCH");
                    path = method.equals("GET") ? "/v1/cart" : "/v1/cart/items";
                    reqSize = method.equals("GET") ? 0 : g.between(60, 240);
                    if (g.chance(0.01)) {
                        status = 500;
                    }
                }
                case 3 -> {
                    method = g.pick("GET", "POST");
                    path = method.equals("GET") ? "/realms/shop/protocol/openid-connect/auth?client_id=storefront&response_type=code"
                            : "/realms/shop/protocol/openid-connect/token";
                    reqSize = method.equals("GET") ? 0 : g.between(300, 900);
                }
                default -> {
                    method = g.pick("POST", "POST", "GET");
                    path = method.equals("GET") ? "/v1/checkout/" + uuid(g) : g.pick("/v1/checkout", "/v1/checkout/payment-intent");
                    reqSize = method.equals("GET") ? 0 : g.between(400, 2_400);
                    ns = g.between(60, 900) * 1_000_000L + g.nextInt(1_000_000);
                }
            }
            int origin = status;
            int downstream = status;
            if (r == 4 && addr.equals(bad) && !t.isBefore(slow) && t.isBefore(gone)) {
                if (t.isBefore(down)) {
                    if (g.chance(0.7)) {
                        origin = 0;
                        downstream = 504;
                        ns = 15_000_000_000L + g.between(100_000, 3_000_000);
                        size = 15;
                    }
                } else {
                    origin = 0;
                    downstream = 502;
                    ns = g.between(300_000, 2_000_000);
                    size = 11;
                }
            }
            if (status == 500) {
                size = g.between(80, 160);
            }
            String line = traefik(g, t, client, route[0], method, path, reqSize, route[1], route[2], addr, origin, downstream, ns, size, count++,
                    g.chance(0.8) ? "HTTP/2.0" : "HTTP/1.1");
            g.add(line);
            if (firstFailure == null && origin == 0) {
                firstFailure = line;
            }
        }
        String text = g.text();
        List<String> timeouts = every(text, "\"DownstreamStatus\":504,");
        List<String> refused = every(text, "\"DownstreamStatus\":502,");
        if (timeouts.size() < 5 || refused.size() < 5 || !firstFailure.contains("\"DownstreamStatus\":504")) {
            throw new IllegalStateException("traefik story incomplete: " + timeouts.size() + " 504s, " + refused.size() + " 502s");
        }
        return NeedleCase.named("fresh9_traefik_access_json", "jsonl", "traefik-access-json")
                .shell("kubectl logs -n traefik deploy/traefik --since=15m | grep '^{\"ClientAddr'")
                .question("Checkout failed for a bunch of customers in the last quarter hour (the app shows \"payment service unavailable\"). Which backend of"
                        + " checkout-api was failing, with what status codes, and since when?")
                .heldAside()
                .build(text, List.of(Needle.exact(firstFailure), Needle.anyOf(timeouts), Needle.anyOf(refused)));
    }

    // ---------------------------------------------------------------- dmesg -T of a database server

    private static final class Kmsg {
        private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);
        final Gen g;
        LocalDateTime t;

        Kmsg(Gen g, LocalDateTime t) {
            this.g = g;
            this.t = t;
        }

        void add(String msg) {
            g.add("[" + F.format(t) + "] " + msg);
        }

        void tick(int maxMs) {
            t = t.plusNanos(g.nextInt(maxMs + 1) * 1_000_000L);
        }
    }

    private static void dmesgBoot(Kmsg k) {
        Gen g = k.g;
        k.add("Linux version 5.15.0-126-generic (buildd@lcy02-amd64-042) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38)"
                + " #136-Ubuntu SMP Wed Nov 6 10:38:22 UTC 2024 (Ubuntu 5.15.0-126.136-generic 5.15.167)");
        k.add("Command line: BOOT_IMAGE=/vmlinuz-5.15.0-126-generic root=UUID=6f2d1c3e-8a4b-4c9d-9e1f-2a3b4c5d6e7f ro console=tty0 console=ttyS1,115200n8");
        for (String s : new String[] {"KERNEL supported cpus:", "  Intel GenuineIntel", "  AMD AuthenticAMD", "  Hygon HygonGenuine", "  Centaur CentaurHauls",
            "  zhaoxin   Shanghai  ", "x86/fpu: Supporting XSAVE feature 0x001: 'x87 floating point registers'",
            "x86/fpu: Supporting XSAVE feature 0x002: 'SSE registers'", "x86/fpu: Supporting XSAVE feature 0x004: 'AVX registers'",
            "x86/fpu: Supporting XSAVE feature 0x008: 'MPX bounds registers'", "x86/fpu: Supporting XSAVE feature 0x010: 'MPX CSR'",
            "x86/fpu: Supporting XSAVE feature 0x020: 'AVX-512 opmask'", "x86/fpu: Supporting XSAVE feature 0x040: 'AVX-512 Hi256'",
            "x86/fpu: Supporting XSAVE feature 0x080: 'AVX-512 ZMM_Hi256'", "x86/fpu: Supporting XSAVE feature 0x200: 'Protection Keys User registers'",
            "x86/fpu: Enabled xstate features 0x2ff, context size is 2440 bytes, using 'compacted' format.", "signal: max sigframe size: 3632",
            "BIOS-provided physical RAM map:"}) {
            k.add(s);
        }
        long[][] e820 = {{0x0L, 0x9ffffL, 1}, {0xa0000L, 0xfffffL, 0}, {0x100000L, 0x6591ffffL, 1}, {0x65920000L, 0x6fc0dfffL, 0}, {0x6fc0e000L, 0x6fd0dfffL, 2},
            {0x6fd0e000L, 0x6fffffffL, 3}, {0x70000000L, 0x8fffffffL, 0}, {0xfe000000L, 0xfe010fffL, 0}, {0x100000000L, 0x207fffffffL, 1}};
        String[] types = {"reserved", "usable", "ACPI NVS", "ACPI data"};
        for (long[] e : e820) {
            k.add(fmt("BIOS-e820: [mem 0x%016x-0x%016x] %s", e[0], e[1], types[(int) e[2]]));
        }
        k.add("NX (Execute Disable) protection: active");
        k.add("SMBIOS 3.2 present.");
        k.add("DMI: Dell Inc. PowerEdge R640/0W23H8, BIOS 2.19.1 06/04/2023");
        k.add("tsc: Detected 2300.000 MHz processor");
        String[] acpi = {"RSDP", "XSDT", "FACP", "DSDT", "FACS", "SSDT", "SSDT", "APIC", "MCFG", "WDAT", "SLIT", "SRAT", "SPCR", "HPET", "DMAR", "HEST", "BERT",
            "ERST", "EINJ", "SSDT", "SSDT"};
        for (String a : acpi) {
            k.add(fmt("ACPI: %s 0x%016X %06X (v%02d DELL   PE_SC3   00000000 %s 01000013)", a, 0x6FD0E000L + g.nextInt(0x300000), g.between(0x24, 0x9F000),
                    g.between(1, 6), a.equals("DSDT") || a.equals("SSDT") ? "INTL" : "    "));
        }
        for (String a : acpi) {
            long at = 0x6FD00000L + g.nextInt(0x300000);
            k.add(fmt("ACPI: Reserving %s table memory at [mem 0x%x-0x%x]", a, at, at + g.between(0x20, 0x9000)));
        }
        for (int n = 0; n < 2; n++) {
            k.add(fmt("SRAT: PXM %d -> APIC 0x%02x -> Node %d", n, n * 64, n));
        }
        k.add("NUMA: Initialized distance table, cnt=2");
        k.add("NODE_DATA(0) allocated [mem 0x1037fd5000-0x1037ffffff]");
        k.add("NODE_DATA(1) allocated [mem 0x207ffd5000-0x207fffffff]");
        k.add("Zone ranges:");
        k.add("  DMA      [mem 0x0000000000001000-0x0000000000ffffff]");
        k.add("  DMA32    [mem 0x0000000001000000-0x00000000ffffffff]");
        k.add("  Normal   [mem 0x0000000100000000-0x000000207fffffff]");
        k.add("  Device   empty");
        k.add("smpboot: Allowing 80 CPUs, 0 hotplug CPUs");
        k.add("Memory: 131619408K/133803052K available (16393K kernel code, 4381K rwdata, 10816K rodata, 3368K init, 18540K bss, 2183384K reserved, 0K cma-reserved)");
        k.add("rcu: Hierarchical RCU implementation.");
        k.add("NR_IRQS: 524544, nr_irqs: 2168, preallocated irqs: 16");
        k.add("Console: colour VGA+ 80x25");
        k.add("printk: console [tty0] enabled");
        k.add("printk: console [ttyS1] enabled");
        k.add("smpboot: CPU0: Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz (family: 0x6, model: 0x55, stepping: 0x7)");
        k.add("x86: Booting SMP configuration:");
        StringBuilder cpus = new StringBuilder(".... node  #0, CPUs:      ");
        for (int c = 1; c < 20; c++) {
            cpus.append(fmt(" #%2d", c));
        }
        k.add(cpus.toString());
        cpus = new StringBuilder(".... node  #1, CPUs:   ");
        for (int c = 20; c < 40; c++) {
            cpus.append(fmt(" #%2d", c));
        }
        k.add(cpus.toString());
        k.add("smp: Brought up 2 nodes, 80 CPUs");
        k.add("smpboot: Max logical packages: 2");
        k.add("smpboot: Total of 80 processors activated (368000.00 BogoMIPS)");
        k.tick(400);
        int[][] devs = {{0x8086, 0x2020, 0x060000}, {0x8086, 0x2030, 0x060400}, {0x8086, 0x2031, 0x060400}, {0x8086, 0x2021, 0x088000}, {0x8086, 0xa1d2, 0x010601},
            {0x8086, 0xa182, 0x010601}, {0x8086, 0xa1ba, 0x078000}, {0x8086, 0xa1bc, 0x078000}, {0x8086, 0xa1c1, 0x060100}, {0x8086, 0xa1a1, 0x058000},
            {0x8086, 0xa1a3, 0x0c0500}, {0x8086, 0xa1af, 0x0c0330}, {0x102b, 0x0536, 0x030000}, {0x1000, 0x005f, 0x010400}, {0x8086, 0x1563, 0x020000},
            {0x8086, 0x1563, 0x020000}, {0x14e4, 0x165f, 0x020000}, {0x14e4, 0x165f, 0x020000}};
        int bus = 0;
        for (int i = 0; i < 72; i++) {
            int[] d = devs[i % devs.length];
            String addr = fmt("0000:%02x:%02x.%d", bus, i % 32, i % 4 == 3 ? 1 : 0);
            if (i % 24 == 23) {
                bus += 0x17;
            }
            k.add(fmt("pci %s: [%04x:%04x] type %s class 0x%06x", addr, d[0], d[1], d[2] == 0x060400 ? "01" : "00", d[2]));
            if (d[2] == 0x020000 || d[2] == 0x010400 || d[2] == 0x030000) {
                k.add(fmt("pci %s: reg 0x10: [mem 0x%08x-0x%08x 64bit pref]", addr, 0x92000000 + i * 0x100000, 0x92000000 + i * 0x100000 + 0x7ffff));
                k.add(fmt("pci %s: PME# supported from D0 D3hot D3cold", addr));
            }
        }
        for (String s : new String[] {"iommu: Default domain type: Translated ", "SCSI subsystem initialized", "libata version 3.00 loaded.",
            "PCI: Using ACPI for IRQ routing", "clocksource: Switched to clocksource tsc-early", "NET: Registered PF_INET protocol family",
            "Trying to unpack rootfs image as initramfs...", "Freeing initrd memory: 62024K", "Initialise system trusted keyrings",
            "Key type blacklist registered", "workingset: timestamp_bits=36 max_order=25 bucket_order=0", "zbud: loaded",
            "Block layer SCSI generic (bsg) driver version 0.4 loaded (major 243)", "io scheduler mq-deadline registered",
            "Serial: 8250/16550 driver, 32 ports, IRQ sharing enabled", "tsc: Refined TSC clocksource calibration: 2294.609 MHz",
            "clocksource: Switched to clocksource tsc", "Freeing unused kernel image (initmem) memory: 3368K", "Write protecting the kernel read-only data: 30720k",
            "Run /init as init process", "ahci 0000:00:11.5: version 3.0", "ahci 0000:00:11.5: AHCI 0001.0301 32 slots 6 ports 6 Gbps 0x3f impl SATA mode",
            "ahci 0000:00:17.0: AHCI 0001.0301 32 slots 8 ports 6 Gbps 0xff impl SATA mode", "scsi host0: ahci", "scsi host1: ahci", "scsi host2: ahci",
            "ata1: SATA link up 6.0 Gbps (SStatus 133 SControl 300)", "ata3: SATA link up 6.0 Gbps (SStatus 133 SControl 300)",
            "ata1.00: ATA-11: SAMSUNG MZ7LH480HAHQ-00005, HXT7904Q, max UDMA/133", "ata1.00: 937703088 sectors, multi 16: LBA48 NCQ (depth 32), AA",
            "ata3.00: ATA-10: ST4000NM0035-1V4107, TNC3, max UDMA/133", "ata3.00: 7814037168 sectors, multi 16: LBA48 NCQ (depth 32), AA",
            "ata1.00: configured for UDMA/133", "ata3.00: configured for UDMA/133",
            "scsi 0:0:0:0: Direct-Access     ATA      SAMSUNG MZ7LH480 904Q PQ: 0 ANSI: 5",
            "scsi 2:0:0:0: Direct-Access     ATA      ST4000NM0035-1V4 TNC3 PQ: 0 ANSI: 5",
            "sd 0:0:0:0: [sda] 937703088 512-byte logical blocks: (480 GB/447 GiB)", "sd 0:0:0:0: [sda] Write Protect is off",
            "sd 0:0:0:0: [sda] Write cache: enabled, read cache: enabled, doesn't support DPO or FUA",
            "sd 2:0:0:0: [sdb] 7814037168 512-byte logical blocks: (4.00 TB/3.64 TiB)", "sd 2:0:0:0: [sdb] 4096-byte physical blocks",
            "sd 2:0:0:0: [sdb] Write Protect is off", "sd 2:0:0:0: [sdb] Write cache: enabled, read cache: enabled, doesn't support DPO or FUA",
            " sda: sda1 sda2", " sdb: sdb1", "sd 0:0:0:0: [sda] Attached SCSI disk", "sd 2:0:0:0: [sdb] Attached SCSI disk",
            "ixgbe: Intel(R) 10 Gigabit PCI Express Network Driver", "ixgbe: Copyright (c) 1999-2016 Intel Corporation.",
            "ixgbe 0000:3b:00.0: Multiqueue Enabled: Rx Queue count = 63, Tx Queue count = 63 XDP Queue count = 0",
            "ixgbe 0000:3b:00.0: 31.504 Gb/s available PCIe bandwidth (8.0 GT/s PCIe x4 link)", "ixgbe 0000:3b:00.0: MAC: 3, PHY: 0, PBA No: 000000-000",
            "ixgbe 0000:3b:00.0: f8:f2:1e:4a:9c:10", "ixgbe 0000:3b:00.0: Intel(R) 10 Gigabit Network Connection",
            "ixgbe 0000:3b:00.1: Multiqueue Enabled: Rx Queue count = 63, Tx Queue count = 63 XDP Queue count = 0",
            "ixgbe 0000:3b:00.1: Intel(R) 10 Gigabit Network Connection", "ixgbe 0000:3b:00.0 eno1: renamed from eth0", "ixgbe 0000:3b:00.1 eno2: renamed from eth1",
            "EXT4-fs (sda2): mounted filesystem with ordered data mode. Opts: (null). Quota mode: none.",
            "systemd[1]: systemd 249.11-0ubuntu3.12 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT +GNUTLS +OPENSSL +ACL"
                    + " +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY -P11KIT -QRENCODE +BZIP2 +LZ4 +XZ +ZLIB +ZSTD"
                    + " -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified)",
            "systemd[1]: Detected architecture x86-64.", "systemd[1]: Hostname set to <db-07>.", "systemd[1]: Queued start job for default target Graphical Interface.",
            "systemd[1]: Created slice Slice /system/modprobe.", "systemd[1]: Started Journal Service.",
            "EXT4-fs (sda2): re-mounted. Opts: errors=remount-ro. Quota mode: none.", "ipmi_si IPI0001:00: IPMI kcs interface initialized",
            "EXT4-fs (sda1): mounted filesystem with ordered data mode. Opts: (null). Quota mode: none.",
            "EXT4-fs (sdb1): mounted filesystem with ordered data mode. Opts: (null). Quota mode: none.",
            "audit: type=1400 audit(1765141336.412:2): apparmor=\"STATUS\" operation=\"profile_load\" profile=\"unconfined\" name=\"lsb_release\" pid=1021"
                    + " comm=\"apparmor_parser\"",
            "audit: type=1400 audit(1765141336.418:3): apparmor=\"STATUS\" operation=\"profile_load\" profile=\"unconfined\" name=\"/usr/sbin/tcpdump\" pid=1026"
                    + " comm=\"apparmor_parser\"",
            "ixgbe 0000:3b:00.0: registered PHC device on eno1", "IPv6: ADDRCONF(NETDEV_CHANGE): eno1: link becomes ready",
            "ixgbe 0000:3b:00.0 eno1: NIC Link is Up 10 Gbps, Flow Control: RX/TX", "bpfilter: Loaded bpfilter_umh pid 1388",
            "Initializing XFRM netlink socket", "loop0: detected capacity change from 0 to 129600", "loop1: detected capacity change from 0 to 81728"}) {
            k.tick(350);
            k.add(s);
        }
    }

    /**
     * dmesg -T of db-07 (PostgreSQL on a SATA data disk, sdb) from its boot yesterday evening: the boot messages, then
     * hours of UFW blocks. From 02:13 the data disk returns unrecoverable read errors, ext4 reports an error reading a
     * directory of the database for postgres; at 02:51 the 10 GbE NIC's transmit queue hangs and the driver resets
     * the adapter, taking the link down for a few seconds.
     */
    static NeedleCase dmesgServer() {
        Gen g = new Gen(120_009);
        Kmsg k = new Kmsg(g, LocalDateTime.of(2026, 12, 7, 21, 2, 9));
        dmesgBoot(k);
        LocalDateTime disk = LocalDateTime.of(2026, 12, 8, 2, 13, 41);
        LocalDateTime nic = LocalDateTime.of(2026, 12, 8, 2, 51, 17);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 3, 40, 0);
        int diskErrors = 0;
        boolean ext4 = false;
        boolean watchdog = false;
        long[] sectors = {1_953_524_992L, 1_953_525_000L, 1_953_524_992L, 2_811_604_488L};
        String ext4Line = "EXT4-fs error (device sdb1): __ext4_find_entry:1658: inode #2359297: comm postgres: reading directory lblock 0";
        while (k.t.isBefore(end)) {
            k.t = k.t.plusSeconds(g.between(5, 110)).plusNanos(g.nextInt(1000) * 1_000_000L);
            if (diskErrors < sectors.length && !k.t.isBefore(disk.plusSeconds(diskErrors * 41L))) {
                long sector = sectors[diskErrors];
                int tag = g.between(1, 31);
                String lba = fmt("%08x", sector);
                String lbaCmd = lba.substring(6, 8) + ":" + lba.substring(4, 6) + "/00:" + lba.substring(2, 4) + ":00:00";
                k.add(fmt("ata3.00: exception Emask 0x0 SAct 0x%x SErr 0x0 action 0x0", 1 << tag));
                k.add("ata3.00: irq_stat 0x40000008");
                k.add("ata3.00: failed command: READ FPDMA QUEUED");
                k.add(fmt("ata3.00: cmd 60/08:%02x:%s/40 tag %d ncq dma 4096 in", tag * 8, lbaCmd, tag));
                k.add(fmt("         res 41/40:00:%s/00 Emask 0x409 (media error) <F>", lbaCmd));
                k.add("ata3.00: status: { DRDY ERR }");
                k.add("ata3.00: error: { UNC }");
                k.tick(900);
                k.add("ata3.00: configured for UDMA/133");
                k.add(fmt("sd 2:0:0:0: [sdb] tag#%d FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=3s", tag));
                k.add(fmt("sd 2:0:0:0: [sdb] tag#%d Sense Key : Medium Error [current] ", tag));
                k.add(fmt("sd 2:0:0:0: [sdb] tag#%d Add. Sense: Unrecovered read error - auto reallocate failed", tag));
                k.add(fmt("sd 2:0:0:0: [sdb] tag#%d CDB: Read(16) 88 00 00 00 00 00 %s %s %s %s 00 00 00 08 00 00", tag, lba.substring(0, 2), lba.substring(2, 4),
                        lba.substring(4, 6), lba.substring(6, 8)));
                k.add(fmt("blk_update_request: I/O error, dev sdb, sector %d op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 0", sector));
                k.add("ata3: EH complete");
                diskErrors++;
                if (diskErrors == 2 && !ext4) {
                    ext4 = true;
                    k.tick(200);
                    k.add(ext4Line);
                    k.add("Buffer I/O error on dev sdb1, logical block 244190368, async page read");
                }
                continue;
            }
            if (!watchdog && !k.t.isBefore(nic)) {
                watchdog = true;
                k.add("------------[ cut here ]------------");
                k.add("NETDEV WATCHDOG: eno1 (ixgbe): transmit queue 7 timed out");
                k.add("WARNING: CPU: 7 PID: 0 at net/sched/sch_generic.c:477 dev_watchdog+0x277/0x280");
                k.add("Modules linked in: xt_conntrack nf_nat nf_conntrack nf_defrag_ipv6 nf_defrag_ipv4 xt_tcpudp nft_compat nf_tables nfnetlink ipmi_ssif"
                        + " intel_rapl_msr intel_rapl_common isst_if_common skx_edac nfit x86_pkg_temp_thermal intel_powerclamp coretemp kvm_intel kvm mgag200"
                        + " drm_kms_helper ixgbe mdio dca ahci libahci megaraid_sas ipmi_si ipmi_devintf ipmi_msghandler acpi_power_meter mac_hid sch_fq_codel"
                        + " msr ip_tables x_tables autofs4");
                k.add("CPU: 7 PID: 0 Comm: swapper/7 Not tainted 5.15.0-126-generic #136-Ubuntu");
                k.add("Hardware name: Dell Inc. PowerEdge R640/0W23H8, BIOS 2.19.1 06/04/2023");
                k.add("RIP: 0010:dev_watchdog+0x277/0x280");
                k.add("Code: eb 97 48 8b 5d d0 c6 05 4c 2f 8b 01 01 48 89 df e8 2e 5b f9 ff 44 89 e9 48 89 de 48 c7 c7 a8 3b 6e 9a 48 89 c2 e8 9c 4e 18 00"
                        + " <0f> 0b eb 80 e9 e1 7f 1d 00 0f 1f 44 00 00 55 48 89 e5 41 57 41 56 41 55");
                k.add("RSP: 0018:ffffb1a3c0338e70 EFLAGS: 00010282");
                k.add("RAX: 0000000000000000 RBX: ffff9b1c4a8a0000 RCX: 0000000000000027");
                k.add("RDX: ffff9b3b7f9e0588 RSI: 0000000000000001 RDI: ffff9b3b7f9e0580");
                k.add("RBP: ffffb1a3c0338ea8 R08: 0000000000000003 R09: fffffffffffd4e68");
                k.add("R10: 0000000000ffff0a R11: 0000000000000001 R12: 0000000000000007");
                k.add("R13: 0000000000000007 R14: ffff9b1c4a8a04c0 R15: 0000000000000080");
                k.add("FS:  0000000000000000(0000) GS:ffff9b3b7f9c0000(0000) knlGS:0000000000000000");
                k.add("CS:  0010 DS: 0000 ES: 0000 CR0: 0000000080050033");
                k.add("CR2: 00007f5e3c1a2000 CR3: 0000001a4c810004 CR4: 00000000007706e0");
                k.add("DR0: 0000000000000000 DR1: 0000000000000000 DR2: 0000000000000000");
                k.add("DR3: 0000000000000000 DR6: 00000000fffe0ff0 DR7: 0000000000000400");
                k.add("PKRU: 55555554");
                k.add("Call Trace:");
                for (String s : new String[] {" <IRQ>", " ? show_regs.cold+0x1a/0x1f", " ? dev_watchdog+0x277/0x280", " ? __warn+0x8c/0x100",
                    " ? dev_watchdog+0x277/0x280", " ? report_bug+0xa4/0xd0", " ? handle_bug+0x39/0x90", " ? exc_invalid_op+0x19/0x70",
                    " ? asm_exc_invalid_op+0x1b/0x20", " ? dev_watchdog+0x277/0x280", " ? pfifo_fast_enqueue+0x160/0x160", " call_timer_fn+0x2c/0x120",
                    " __run_timers.part.0+0x1e1/0x270", " ? ktime_get+0x46/0xc0", " ? native_x2apic_icr_read+0x20/0x20", " run_timer_softirq+0x2a/0x60",
                    " __do_softirq+0xd9/0x2e7", " irq_exit_rcu+0x94/0xc0", " sysvec_apic_timer_interrupt+0x80/0x90", " </IRQ>", " <TASK>",
                    " asm_sysvec_apic_timer_interrupt+0x1b/0x20", "RIP: 0010:cpuidle_enter_state+0xde/0x6f0", " cpuidle_enter+0x2e/0x50",
                    " call_cpuidle+0x23/0x60", " cpuidle_idle_call+0x11d/0x190", " do_idle+0x82/0x110", " cpu_startup_entry+0x20/0x30",
                    " start_secondary+0x12a/0x180", " secondary_startup_64_no_verify+0xc2/0xcb", " </TASK>", "---[ end trace 6c1b0ad0f3e1b2a4 ]---"}) {
                    k.add(s);
                }
                k.tick(40);
                k.add("ixgbe 0000:3b:00.0 eno1: initiating reset due to tx timeout");
                k.add("ixgbe 0000:3b:00.0 eno1: Reset adapter");
                k.t = k.t.plusSeconds(4);
                k.add("ixgbe 0000:3b:00.0 eno1: detected SFP+: 5");
                k.t = k.t.plusSeconds(2);
                k.add("ixgbe 0000:3b:00.0 eno1: NIC Link is Up 10 Gbps, Flow Control: RX/TX");
                continue;
            }
            int kind = g.weighted(12, 1, 1);
            if (kind == 0) {
                int dpt = g.pick(23, 22, 3389, 445, 8080, 5432, 6379, 1433, 2375, 9200);
                k.add(fmt("[UFW BLOCK] IN=eno1 OUT= MAC=f8:f2:1e:4a:9c:10:00:1c:73:%02x:%02x:%02x:08:00 SRC=%s DST=10.20.0.7 LEN=%d TOS=0x00 PREC=0x00 TTL=%d ID=%d"
                        + " %sPROTO=TCP SPT=%d DPT=%d WINDOW=%d RES=0x00 SYN URGP=0 ", g.nextInt(256), g.nextInt(256), g.nextInt(256), g.ip(), g.pick(40, 44, 60),
                        g.between(36, 245), g.nextInt(65_536), g.chance(0.3) ? "DF " : "", g.between(1_024, 65_535), dpt, g.pick(1024, 65535, 29200, 14600)));
            } else if (kind == 1) {
                k.add(fmt("audit: type=1400 audit(%d.%03d:%d): apparmor=\"DENIED\" operation=\"open\" profile=\"snap.lxd.activate\" name=\"/proc/%d/mountinfo\""
                        + " pid=%d comm=\"snap-exec\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0", k.t.toEpochSecond(ZoneOffset.UTC), g.nextInt(1000),
                        g.between(200, 900), g.between(2_000, 90_000), g.between(2_000, 90_000)));
            } else {
                k.add("perf: interrupt took too long (" + g.between(2_500, 9_000) + " > " + g.between(2_400, 8_000) + "), lowering kernel.perf_event_max_sample_rate to "
                        + g.between(20_000, 79_000));
            }
        }
        String text = g.text();
        return NeedleCase.named("fresh9_dmesg_server", "log", "dmesg-T")
                .shell("ssh db-07 'sudo dmesg -T'")
                .question("PostgreSQL on db-07 crashed around 02:15 last night and wouldn't come back cleanly, and monitoring also lost the box for a few seconds"
                        + " later on. Anything in the kernel log that explains it?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(every(text, "blk_update_request: I/O error, dev sdb")), Needle.anyOf(every(text, "Sense Key : Medium Error")),
                        Needle.contains(ext4Line), Needle.contains("NETDEV WATCHDOG: eno1 (ixgbe): transmit queue 7 timed out"),
                        Needle.contains("ixgbe 0000:3b:00.0 eno1: Reset adapter")));
    }

    // ---------------------------------------------------------------- PHP-FPM error log and slow log

    private static final String[][] FPM_SEARCH_STACK = {
        {"execute", "/var/www/shop/vendor/doctrine/dbal/src/Driver/PDO/Statement.php:130"},
        {"execute", "/var/www/shop/vendor/doctrine/dbal/src/Statement.php:194"},
        {"executeQuery", "/var/www/shop/vendor/doctrine/dbal/src/Connection.php:1088"},
        {"search", "/var/www/shop/src/Catalog/ProductSearchRepository.php:94"},
        {"search", "/var/www/shop/src/Controller/SearchController.php:37"},
        {"handleRaw", "/var/www/shop/vendor/symfony/http-kernel/HttpKernel.php:181"},
        {"handle", "/var/www/shop/vendor/symfony/http-kernel/HttpKernel.php:76"},
        {"handle", "/var/www/shop/vendor/symfony/http-kernel/Kernel.php:197"},
        {"handle", "/var/www/shop/public/index.php:25"}};

    private static final String[][] FPM_EXPORT_STACK = {
        {"fetch", "/var/www/shop/vendor/doctrine/dbal/src/Driver/PDO/Result.php:72"},
        {"fetchAssociative", "/var/www/shop/vendor/doctrine/dbal/src/Driver/PDO/Result.php:47"},
        {"fetchAllAssociative", "/var/www/shop/vendor/doctrine/dbal/src/Result.php:111"},
        {"all", "/var/www/shop/src/Export/OrderExporter.php:58"},
        {"export", "/var/www/shop/src/Controller/Admin/ExportController.php:41"},
        {"ordersCsv", "/var/www/shop/vendor/symfony/http-kernel/HttpKernel.php:181"},
        {"handleRaw", "/var/www/shop/vendor/symfony/http-kernel/HttpKernel.php:76"},
        {"handle", "/var/www/shop/vendor/symfony/http-kernel/Kernel.php:197"},
        {"handle", "/var/www/shop/public/index.php:25"}};

    private static final String[][] FPM_SITEMAP_STACK = {
        {"curl_exec", "/var/www/shop/src/Seo/ImageProbe.php:29"},
        {"probe", "/var/www/shop/src/Seo/SitemapBuilder.php:112"},
        {"build", "/var/www/shop/src/Controller/SitemapController.php:22"},
        {"index", "/var/www/shop/vendor/symfony/http-kernel/HttpKernel.php:181"},
        {"handleRaw", "/var/www/shop/vendor/symfony/http-kernel/HttpKernel.php:76"},
        {"handle", "/var/www/shop/vendor/symfony/http-kernel/Kernel.php:197"},
        {"handle", "/var/www/shop/public/index.php:25"}};

    private static void fpmSlowEntry(Gen g, List<String> slow, String stamp, int pid, String[][] stack) {
        slow.add("");
        slow.add("[" + stamp + "]  [pool www] pid " + pid);
        slow.add("script_filename = /var/www/shop/public/index.php");
        long addr = 0x00007f4b8a015f20L - g.nextInt(0x4000) * 16L;
        for (String[] f : stack) {
            slow.add(fmt("[0x%016x] %s() %s", addr, f[0], f[1]));
            addr -= g.between(0x60, 0xd0);
        }
    }

    /**
     * tail of php-fpm's error log and its pool's slow log on the shop's web node, overnight: children started and
     * recycled, PHP warnings passed through stderr, slow product searches and sitemap builds traced, pm.max_children
     * warnings at the morning peak. The month's order export (/admin/export/orders?format=csv) runs at 02:00 from cron
     * and again by hand at 08:47: both times it is slow (the slow log shows OrderExporter::all fetching every row) and
     * dies on the 256 MB memory_limit.
     */
    static NeedleCase phpFpmLogs() {
        Gen g = new Gen(120_010);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ROOT);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 8, 1, 41, 4), 280_000);
        LocalDateTime[] exports = {LocalDateTime.of(2026, 12, 8, 2, 0, 8), LocalDateTime.of(2026, 12, 8, 8, 47, 12)};
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 9, 20, 0);
        List<String> err = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        List<Integer> children = new ArrayList<>();
        int nextPid = 23_790;
        for (int i = 0; i < 12; i++) {
            children.add(nextPid += g.between(1, 9));
        }
        int exportsDone = 0;
        String exportUri = "/index.php?route=admin/export/orders&format=csv&from=2026-11-01&to=2026-11-30";
        String[] warnings = {
            "PHP Warning:  Undefined array key \"sku\" in /var/www/shop/src/Cart/CartService.php on line 77",
            "PHP Deprecated:  strftime(): Function strftime() is deprecated in /var/www/shop/src/Mail/OrderMailer.php on line 143",
            "PHP Warning:  getimagesize(/var/www/shop/public/media/cache/product/0/4/04a1c2.jpg): Failed to open stream: No such file or directory in"
                    + " /var/www/shop/src/Media/Thumbnailer.php on line 51",
            "PHP Notice:  Only variables should be passed by reference in /var/www/shop/src/Catalog/PriceFormatter.php on line 22"};
        while (clock.next().isBefore(end)) {
            LocalDateTime t = clock.now();
            String s = f.format(t);
            if (exportsDone < exports.length && !t.isBefore(exports[exportsDone])) {
                LocalDateTime e = exports[exportsDone];
                int pid = g.pick(children);
                LocalDateTime slowAt = e.plusSeconds(5);
                err.add(fmt("[%s] WARNING: [pool www] child %d, script '/var/www/shop/public/index.php' (request: \"GET %s\") executing too slow (5.%06d sec), logging",
                        f.format(slowAt), pid, exportUri, g.nextInt(1_000_000)));
                err.add(fmt("[%s] NOTICE: child %d stopped for tracing", f.format(slowAt), pid));
                err.add(fmt("[%s] NOTICE: about to trace %d", f.format(slowAt), pid));
                fpmSlowEntry(g, slow, f.format(slowAt), pid, FPM_EXPORT_STACK);
                err.add(fmt("[%s] NOTICE: finished trace of %d", f.format(slowAt), pid));
                LocalDateTime fatal = e.plusSeconds(g.between(19, 31));
                err.add(fmt("[%s] WARNING: [pool www] child %d said into stderr: \"NOTICE: PHP message: PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted"
                        + " (tried to allocate %d bytes) in /var/www/shop/vendor/doctrine/dbal/src/Driver/PDO/Result.php on line 72\"", f.format(fatal), pid,
                        exportsDone == 0 ? 20_480 : 4_096));
                while (clock.now().isBefore(fatal)) {
                    clock.next();
                }
                exportsDone++;
                continue;
            }
            boolean peak = t.getHour() >= 8;
            int kind = g.weighted(3, 3, 4, 2, peak ? 3 : 0, 1);
            int pid = g.pick(children);
            switch (kind) {
                case 0 -> {
                    int idx = children.indexOf(pid);
                    err.add(fmt("[%s] NOTICE: [pool www] child %d exited with code 0 after %d.%06d seconds from start", s, pid, g.between(1_200, 9_000),
                            g.nextInt(1_000_000)));
                    nextPid += g.between(3, 60);
                    children.set(idx, nextPid);
                    err.add(fmt("[%s] NOTICE: [pool www] child %d started", s, nextPid));
                }
                case 1 -> err.add(fmt("[%s] WARNING: [pool www] child %d said into stderr: \"NOTICE: PHP message: %s\"", s, pid, g.pick(warnings)));
                case 2 -> {
                    String uri = "/index.php?route=product/search&q=" + g.pick("garden+hose", "led", "oak", "knife", "kids+bike", "planter", "lamp") + "&page="
                            + g.between(1, 12);
                    err.add(fmt("[%s] WARNING: [pool www] child %d, script '/var/www/shop/public/index.php' (request: \"GET %s\") executing too slow (%d.%06d sec), logging",
                            s, pid, uri, g.between(5, 7), g.nextInt(1_000_000)));
                    err.add(fmt("[%s] NOTICE: child %d stopped for tracing", s, pid));
                    err.add(fmt("[%s] NOTICE: about to trace %d", s, pid));
                    fpmSlowEntry(g, slow, s, pid, FPM_SEARCH_STACK);
                    err.add(fmt("[%s] NOTICE: finished trace of %d", s, pid));
                }
                case 3 -> {
                    err.add(fmt("[%s] WARNING: [pool www] child %d, script '/var/www/shop/public/index.php' (request: \"GET /index.php?route=seo/sitemap&part=%d\")"
                            + " executing too slow (5.%06d sec), logging", s, pid, g.between(1, 40), g.nextInt(1_000_000)));
                    err.add(fmt("[%s] NOTICE: child %d stopped for tracing", s, pid));
                    err.add(fmt("[%s] NOTICE: about to trace %d", s, pid));
                    fpmSlowEntry(g, slow, s, pid, FPM_SITEMAP_STACK);
                    err.add(fmt("[%s] NOTICE: finished trace of %d", s, pid));
                }
                case 4 -> err.add(fmt("[%s] WARNING: [pool www] server reached pm.max_children setting (40), consider raising it", s));
                default -> err.add(fmt("[%s] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning %d"
                        + " children, there are %d idle, and %d total children", s, g.pick(8, 16, 32), g.between(0, 3), g.between(20, 39)));
            }
        }
        if (exportsDone < 2) {
            throw new IllegalStateException("php-fpm story incomplete");
        }
        // the tail reaches back to a little before the 02:00 export, in whole hundreds of lines
        int first = 0;
        while (!err.get(first).contains("route=admin/export/orders")) {
            first++;
        }
        int tail = Math.min(err.size(), ((err.size() - first + 20) / 100 + 1) * 100);
        int errTail = tail;
        int slowTail = Math.min(tail, slow.size());
        Gen out = new Gen(0);
        out.add("==> /var/log/php-fpm/error.log <==");
        err.subList(err.size() - errTail, err.size()).forEach(out::add);
        out.add("");
        out.add("==> /var/log/php-fpm/www-slow.log <==");
        slow.subList(slow.size() - slowTail, slow.size()).forEach(out::add);
        String text = out.text();
        List<String> fatals = every(text, "PHP Fatal error:  Allowed memory size");
        List<String> exportSlow = every(text, "(request: \"GET " + exportUri + "\") executing too slow");
        List<String> exporter = every(text, "all() /var/www/shop/src/Export/OrderExporter.php:58");
        if (fatals.size() != 2 || exportSlow.size() != 2 || exporter.isEmpty()) {
            throw new IllegalStateException("php-fpm tails cut the story: " + fatals.size() + " " + exportSlow.size() + " " + exporter.size());
        }
        return NeedleCase.named("fresh9_php_fpm_logs", "log", "php-fpm-error-slow-log")
                .shell("tail -n " + tail + " /var/log/php-fpm/error.log /var/log/php-fpm/www-slow.log")
                .question("The monthly order export (Admin > Export > Orders as CSV) returns a blank page, both from the 02:00 cron and when I retried it this"
                        + " morning. What do the php-fpm logs say, and where in our code is the problem?")
                .heldAside()
                .build(text, List.of(Needle.anyOf(fatals), Needle.anyOf(exportSlow), Needle.anyOf(exporter)));
    }

    // ---------------------------------------------------------------- Oracle alert log

    /**
     * The tail of alert_ORCL.log for the night: redo log switches and archivals every few minutes, the odd checkpoint
     * not complete, the maintenance window opening and closing, datafile autoextends, a control file autobackup. The
     * nightly sales-report query fails at 03:01 with ORA-01555 after running for 70 minutes, and at 03:12 a session of
     * the same batch hits ORA-00600 [kdsgrp1], with its trace and incident files.
     */
    static NeedleCase oracleAlertLog() {
        Gen g = new Gen(120_011);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT);
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 22, 1, 12, 118_394_000);
        LocalDateTime snapshotTooOld = LocalDateTime.of(2026, 12, 8, 3, 1, 44, 12_345_000);
        LocalDateTime internal = LocalDateTime.of(2026, 12, 8, 3, 12, 9, 876_543_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 6, 30, 0);
        int seq = 48_213;
        int archived = 96_412;
        int group = 2;
        int stage = 0;
        boolean windowClosed = false;
        String ora1555 = "ORA-01555 caused by SQL statement below (SQL ID: 7h2kq9x3m1abc, Query Duration=4213 sec, SCN: 0x00000b1a.0a1b2c3d):";
        String errors = "Errors in file /u01/app/oracle/diag/rdbms/orcl/ORCL/trace/ORCL_ora_48213.trc  (incident=120433) (PDBNAME=SALESPDB):";
        String ora600 = "ORA-00600: internal error code, arguments: [kdsgrp1], [], [], [], [], [], [], [], [], [], [], []";
        String incident = "Incident details in: /u01/app/oracle/diag/rdbms/orcl/ORCL/incident/incdir_120433/ORCL_ora_48213_i120433.trc";
        g.add(f.format(t));
        g.add("Setting Resource Manager plan SCHEDULER[0x4AC9]:DEFAULT_MAINTENANCE_PLAN via scheduler window");
        g.add("Setting Resource Manager CDB plan DEFAULT_MAINTENANCE_CDB_PLAN via parameter");
        while (t.isBefore(end)) {
            t = t.plusSeconds(g.between(60, 420)).plusNanos(g.nextInt(1_000_000) * 1000L);
            if (stage == 0 && !t.isBefore(snapshotTooOld)) {
                stage = 1;
                g.add(f.format(snapshotTooOld));
                g.add(ora1555);
                g.add("SELECT /*+ PARALLEL(8) */ C.REGION_ID, TRUNC(O.ORDER_DATE, 'MM') AS MONTH, P.CATEGORY_ID, SUM(L.QUANTITY * L.UNIT_PRICE) AS REVENUE,"
                        + " COUNT(DISTINCT O.CUSTOMER_ID) AS BUYERS FROM SALES.ORDERS O JOIN SALES.ORDER_LINES L ON L.ORDER_ID = O.ORDER_ID JOIN SALES.CUSTOMERS C ON"
                        + " C.CUSTOMER_ID = O.CUSTOMER_ID JOIN SALES.PRODUCTS P ON P.PRODUCT_ID = L.PRODUCT_ID WHERE O.ORDER_DATE >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -24)"
                        + " GROUP BY C.REGION_ID, TRUNC(O.ORDER_DATE, 'MM'), P.CATEGORY_ID");
                continue;
            }
            if (stage == 1 && !t.isBefore(internal)) {
                stage = 2;
                g.add(f.format(internal));
                g.add(errors);
                g.add(ora600);
                g.add(incident);
                g.add(f.format(internal.plusSeconds(1).plusNanos(127_668_000)));
                g.add("Dumping diagnostic data in directory=[cdmp_20261208031211], requested by (instance=1, osid=48213), summary=[incident=120433].");
                g.add(f.format(internal.plusSeconds(3).plusNanos(675_561_000)));
                g.add("Some DDE async actions failed or were cancelled");
                g.add("Use ADRCI or Support Workbench to package the incident.");
                g.add("See Note 411.1 at My Oracle Support for error and packaging details.");
                continue;
            }
            if (!windowClosed && t.getHour() == 2 && t.getMinute() < 10) {
                windowClosed = true;
                g.add(f.format(t));
                g.add("Closing scheduler window");
                g.add("Closing Resource Manager plan via scheduler window");
                g.add("Clearing Resource Manager CDB plan via parameter");
                continue;
            }
            int kind = g.weighted(14, 2, 1, 1, 1);
            switch (kind) {
                case 0 -> {
                    boolean stuck = g.chance(0.08);
                    int next = group % 3 + 1;
                    if (stuck) {
                        g.add(f.format(t));
                        g.add("Thread 1 cannot allocate new log, sequence " + (seq + 1));
                        g.add("Checkpoint not complete");
                        g.add(fmt("  Current log# %d seq# %d mem# 0: +REDO/ORCL/ONLINELOG/group_%d.%d.1098765%03d", group, seq, group, 260 + group * 2, group * 7));
                        g.add(fmt("  Current log# %d seq# %d mem# 1: +FRA/ORCL/ONLINELOG/group_%d.%d.1098765%03d", group, seq, group, 261 + group * 2, group * 7 + 1));
                        t = t.plusSeconds(g.between(2, 9));
                    }
                    seq++;
                    group = next;
                    g.add(f.format(t));
                    g.add("Thread 1 advanced to log sequence " + seq + " (LGWR switch),  current SCN: " + (11_821_604_112L + seq * 41_873L));
                    g.add(fmt("  Current log# %d seq# %d mem# 0: +REDO/ORCL/ONLINELOG/group_%d.%d.1098765%03d", group, seq, group, 260 + group * 2, group * 7));
                    g.add(fmt("  Current log# %d seq# %d mem# 1: +FRA/ORCL/ONLINELOG/group_%d.%d.1098765%03d", group, seq, group, 261 + group * 2, group * 7 + 1));
                    LocalDateTime a = t.plusSeconds(g.between(1, 40)).plusNanos(g.nextInt(1_000_000) * 1000L);
                    g.add(f.format(a));
                    g.add(fmt("ARC%d (PID:%d): Archived Log entry %d added for T-1.S-%d ID 0x5f3a2c1d LAD:1", g.between(0, 3), 4_180 + g.nextInt(4), archived++, seq - 1));
                    t = a;
                }
                case 1 -> {
                    g.add(f.format(t));
                    int file = g.pick(7, 12, 14, 15);
                    long old = g.between(30_000_000, 33_000_000);
                    g.add(fmt("Resize operation completed for file# %d, fname +DATA/ORCL/B1C2D3E4F5A60718E0530A14000AB12C/DATAFILE/sales_data.%d.1098770%03d, old size %dK,"
                            + " new size %dK", file, 280 + file, file * 3, old, old + 204_800));
                }
                case 2 -> {
                    g.add(f.format(t));
                    g.add(fmt("SALESPDB(3):TABLE SYS.WRI$_OPTSTAT_HISTHEAD_HISTORY: ADDED INTERVAL PARTITION SYS_P%d (%d) VALUES LESS THAN (TO_DATE(' 2026-12-09"
                            + " 00:00:00', 'syyyy-mm-dd hh24:mi:ss', 'nls_calendar=GREGORIAN'))", g.between(14_000, 14_999), 4_724 + g.nextInt(3)));
                }
                case 3 -> {
                    g.add(f.format(t));
                    g.add("Control autobackup written to DISK device");
                    g.add(fmt("handle '/u01/app/oracle/fast_recovery_area/ORCL/autobackup/2026_12_%02d/o1_mf_s_%d_%s_.bkp'", t.getDayOfMonth(),
                            1_218_153_602 + g.nextInt(99_999), pickChars(g, "abcdefghijklmnopqrstuvwxyz0123456789", 8)));
                }
                default -> {
                    g.add(f.format(t));
                    g.add(fmt("SALESPDB(3):Resize operation completed for file# 10, fname +DATA/ORCL/B1C2D3E4F5A60718E0530A14000AB12C/DATAFILE/undotbs1.271.1098769933,"
                            + " old size %dK, new size %dK", 20_971_520 + stage * 1_048_576, 21_176_320 + stage * 1_048_576));
                }
            }
        }
        String text = g.text();
        return NeedleCase.named("fresh9_oracle_alert_log", "log", "oracle-alert-log")
                .shell("ssh oradb01 'tail -n " + g.size() + " /u01/app/oracle/diag/rdbms/orcl/ORCL/trace/alert_ORCL.log'")
                .question("The nightly sales reporting batch on ORCL failed around 3 am. What errors does the alert log show for it, and which trace files"
                        + " should I send to Oracle support?")
                .heldAside()
                .build(text, List.of(Needle.exact(ora1555), Needle.exact(errors), Needle.exact(ora600), Needle.exact(incident)));
    }

    // ---------------------------------------------------------------- /var/log/syslog with CRON

    /**
     * /var/log/syslog of app-03 since its midnight rotation: cron running Laravel's scheduler every five minutes,
     * sysstat, the hourly run-parts and a queue health check whose output is discarded (no MTA) every quarter hour;
     * systemd timers, logins, UFW blocks. The nightly pg-backup-to-s3.sh job runs at 02:30 as user backup: pg_dump
     * cannot log in (password authentication failed), the script aborts without uploading anything, and cron throws
     * its stderr away because no MTA is installed.
     */
    static NeedleCase cronSyslog() {
        Gen g = new Gen(120_012);
        DateTimeFormatter f = Stamps.SYSLOG;
        LocalDateTime t = LocalDateTime.of(2026, 12, 8, 0, 0, 0);
        LocalDateTime end = LocalDateTime.of(2026, 12, 8, 9, 41, 0);
        int[] pid = {409_117};
        String host = "app-03";
        List<Object[]> lines = new ArrayList<>();
        java.util.function.BiConsumer<LocalDateTime, String> at = (when, msg) -> lines.add(new Object[] {when, lines.size(), f.format(when) + " " + host + " " + msg});
        at.accept(t.plusNanos(41_000_000), "rsyslogd: [origin software=\"rsyslogd\" swVersion=\"8.2112.0\" x-pid=\"812\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed");
        at.accept(t.plusSeconds(0), "systemd[1]: logrotate.service: Deactivated successfully.");
        at.accept(t.plusSeconds(0), "systemd[1]: Finished Rotate log files.");
        String backupCmd = null;
        String dumpError = null;
        String abort = null;
        String noMta = null;
        for (LocalDateTime m = t; m.isBefore(end); m = m.plusMinutes(1)) {
            int min = m.getMinute();
            int hour = m.getHour();
            LocalDateTime s = m.plusSeconds(1);
            if (min % 5 == 0) {
                at.accept(s, fmt("CRON[%d]: (www-data) CMD (php /var/www/app/artisan schedule:run >> /dev/null 2>&1)", pid[0] += g.between(2, 40)));
            }
            if (min % 10 == 5) {
                at.accept(s, fmt("CRON[%d]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)", pid[0] += g.between(2, 40)));
            }
            if (min % 15 == 2) {
                int p = pid[0] += g.between(2, 40);
                at.accept(s, fmt("CRON[%d]: (deploy) CMD (/opt/app/bin/queue-health-check.sh --queue default --max-age 300)", p));
                at.accept(s.plusSeconds(g.between(1, 3)), fmt("CRON[%d]: (CRON) info (No MTA installed, discarding output)", p));
            }
            if (min == 17) {
                at.accept(s, fmt("CRON[%d]: (root) CMD (   cd / && run-parts --report /etc/cron.hourly)", pid[0] += g.between(2, 40)));
            }
            if (min == 9 || min == 39) {
                LocalDateTime u = m.plusSeconds(g.between(0, 20));
                at.accept(u, "systemd[1]: Starting Clean php session files...");
                at.accept(u.plusSeconds(1), "systemd[1]: phpsessionclean.service: Deactivated successfully.");
                at.accept(u.plusSeconds(1), "systemd[1]: Finished Clean php session files.");
            }
            if (hour == 2 && min == 30) {
                int p = pid[0] += g.between(2, 40);
                int child = p + 2;
                String cmd = fmt("CRON[%d]: (backup) CMD (/usr/local/bin/pg-backup-to-s3.sh --bucket acme-db-backups --keep 14 >/dev/null)", p);
                String err = fmt("pg-backup[%d]: pg_dump: error: connection to server at \"10.0.2.15\", port 5432 failed: FATAL:  password authentication failed"
                        + " for user \"backup\"", child);
                String gaveUp = fmt("pg-backup[%d]: aborting: pg_dump exited with status 1, nothing uploaded to s3://acme-db-backups/app-03/", child);
                String discarded = fmt("CRON[%d]: (CRON) info (No MTA installed, discarding output)", p);
                at.accept(s, cmd);
                at.accept(s, fmt("pg-backup[%d]: starting dump of shop_production to /var/backups/pg/shop_production-20261208-0230.sql.gz", child));
                at.accept(s.plusSeconds(1), err);
                at.accept(s.plusSeconds(1), gaveUp);
                at.accept(s.plusSeconds(1), discarded);
                backupCmd = f.format(s) + " " + host + " " + cmd;
                dumpError = f.format(s.plusSeconds(1)) + " " + host + " " + err;
                abort = f.format(s.plusSeconds(1)) + " " + host + " " + gaveUp;
                noMta = f.format(s.plusSeconds(1)) + " " + host + " " + discarded;
            }
            if (hour == 6 && min == 25) {
                at.accept(s, fmt("CRON[%d]: (root) CMD (test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily ))", pid[0] += g.between(2, 40)));
            }
            if (hour == 6 && min == 7) {
                LocalDateTime u = m.plusSeconds(g.between(0, 50));
                at.accept(u, "systemd[1]: Starting Daily apt upgrade and clean activities...");
                at.accept(u.plusSeconds(4), "systemd[1]: apt-daily-upgrade.service: Deactivated successfully.");
                at.accept(u.plusSeconds(4), "systemd[1]: Finished Daily apt upgrade and clean activities.");
                at.accept(u.plusSeconds(4), "systemd[1]: apt-daily-upgrade.service: Consumed 3.118s CPU time.");
            }
            if (hour == 4 && min == 51) {
                LocalDateTime u = m.plusSeconds(g.between(0, 50));
                at.accept(u, "systemd[1]: Starting Daily apt download activities...");
                at.accept(u.plusSeconds(2), "systemd[1]: apt-daily.service: Deactivated successfully.");
                at.accept(u.plusSeconds(2), "systemd[1]: Finished Daily apt download activities.");
            }
            if (g.chance(0.35)) {
                LocalDateTime u = m.plusSeconds(g.between(0, 59));
                at.accept(u, fmt("kernel: [%d.%06d] [UFW BLOCK] IN=ens5 OUT= MAC=0a:1f:3c:5e:7b:91:0a:4d:2e:8c:11:f3:08:00 SRC=%s DST=10.0.4.23 LEN=44 TOS=0x00"
                        + " PREC=0x00 TTL=%d ID=%d PROTO=TCP SPT=%d DPT=%d WINDOW=1024 RES=0x00 SYN URGP=0 ", 3_811_204 + java.time.Duration.between(t, u).toSeconds(),
                        g.nextInt(1_000_000), g.ip(), g.between(36, 250), g.nextInt(65_536), g.between(1_024, 65_535), g.pick(22, 23, 3389, 5432, 6379, 8080, 9200)));
            }
            if (g.chance(0.03)) {
                LocalDateTime u = m.plusSeconds(g.between(0, 59));
                int session = g.between(8_000, 9_999);
                String user = g.pick("deploy", "ubuntu", "ops");
                at.accept(u, fmt("systemd[1]: Started Session %d of User %s.", session, user));
                at.accept(u.plusSeconds(g.between(20, 59)), fmt("systemd[1]: session-%d.scope: Deactivated successfully.", session));
            }
            if (g.chance(0.02)) {
                LocalDateTime u = m.plusSeconds(g.between(0, 59));
                at.accept(u, "systemd-resolved[688]: Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.0.0.2.");
            }
            if (g.chance(0.01)) {
                LocalDateTime u = m.plusSeconds(g.between(0, 59));
                at.accept(u, "snapd[714]: storehelpers.go:769: cannot refresh: snap has no updates available: \"amazon-ssm-agent\", \"core20\", \"lxd\", \"snapd\"");
            }
        }
        lines.sort(java.util.Comparator.comparing((Object[] o) -> (LocalDateTime) o[0]).thenComparing(o -> (Integer) o[1]));
        for (Object[] l : lines) {
            g.add((String) l[2]);
        }
        String text = g.text();
        return NeedleCase.named("fresh9_cron_syslog", "log", "syslog-cron")
                .shell("ssh app-03 'cat /var/log/syslog'")
                .question("Our nightly database backup on app-03 (the pg-backup-to-s3 cron job of the backup user) uploaded nothing to S3 last night. Did cron run"
                        + " it, and what happened?")
                .heldAside()
                .build(text, List.of(Needle.exact(backupCmd), Needle.exact(dumpError), Needle.exact(abort), Needle.exact(noMta)));
    }
}
