package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The seventh held-aside batch ({@code fresh6_*}), written on 2026-12-07 (session 6), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor
 * looked at a compressed output of it. Formats none of the other cases has: Android {@code adb logcat -v
 * threadtime}, CoreDNS query and error logs, a RabbitMQ server log, {@code npm audit --json}, an Elasticsearch
 * {@code _search} response ({@code ?pretty}), a JMeter results (JTL) CSV, {@code ceph osd df tree},
 * {@code rg --json}, {@code git reflog --date=iso}, {@code docker build --progress=plain} (BuildKit),
 * {@code scontrol show node} (Slurm) and {@code helm template} (multi-document YAML). Never tuned on: reported
 * as their own set {@code fresh-6}, refused by {@code --case}.
 */
final class FreshCases6 {

    private FreshCases6() {}

    static List<NeedleCase> all() {
        return List.of(logcatCrash(), corednsServfail(), rabbitmqMemoryAlarm(), npmAuditJson(), esSearchOrder(), jmeterJtlErrors(), cephOsdDfTree(),
                rgJsonTodos(), gitReflogReset(), dockerBuildPlain(), scontrolShowNode(), helmTemplateWorker());
    }

    // ---------------------------------------------------------------- adb logcat -v threadtime

    /**
     * adb logcat -d -v threadtime of a phone running a debug build of the shop app: system_server, GC, Wi-Fi, Play
     * services and the app's own OkHttp logging; another app crashes early on, then the shop app crashes on opening
     * one order's details (a pickup order without a shipping address).
     */
    static NeedleCase logcatCrash() {
        Gen g = new Gen(90_001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 14, 2, 11), 230);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss.SSS", Locale.ROOT);
        int sys = 1423;
        int[] sysTids = {1451, 1467, 1502, 1519, 1533, 1588, 1611, 1702, 2044, 2390, 2391, 2417};
        int app = 21877;
        int appOkHttp = 22004;
        int appRender = 21931;
        String pkg = "com.acme.shop";
        // other processes: pid, process name
        Object[][] procs = {{611, "surfaceflinger"}, {3310, "com.google.android.gms.persistent"}, {3577, "com.google.android.gms"},
            {4012, "com.google.android.apps.nexuslauncher"}, {2214, "com.android.phone"}, {2890, "com.android.bluetooth"}, {19822, "com.android.chrome"},
            {17410, "com.google.android.apps.messaging"}, {5120, "com.android.vending"}, {2631, "com.android.systemui"}};
        String[] apps = {"com.google.android.apps.photos", "com.spotify.music", "com.whatsapp", "com.google.android.youtube", "com.android.chrome",
            "com.google.android.apps.maps", "com.google.android.gm", "com.android.vending", "com.google.android.calendar", "org.telegram.messenger"};
        g.add("--------- beginning of main");
        g.add("--------- beginning of system");
        String processLine = null;
        String npeLine = null;
        String frameLine = null;
        boolean vendorCrashed = false;
        int nextPid = 23_010;
        int relaunchAt = -1;
        while (g.size() < 2_700) {
            String t = clock.next(ts);
            if (relaunchAt > 0 && g.size() >= relaunchAt) {
                // the user opens the app again: a new process
                relaunchAt = -1;
                app = 23_811;
                appOkHttp = 23_866;
                appRender = 23_840;
                g.add(lc(t, sys, 1519, 'I', "ActivityManager", "Start proc " + app + ":" + pkg + "/u0a231 for next-top-activity {" + pkg + "/" + pkg + ".MainActivity}"));
                g.add(lc(clock.next(ts), sys, 1533, 'I', "ActivityTaskManager", fmt("Displayed %s/.MainActivity for user 0: +%dms", pkg, g.between(600, 900))));
                continue;
            }
            if (processLine == null && g.size() >= 2_080) {
                String order = "ORD-20261207-88412";
                g.add(lc(t, sys, 1702, 'I', "ActivityTaskManager", "START u0 {cmp=" + pkg + "/.orders.OrderDetailsActivity (has extras)} with LAUNCH_MULTIPLE from uid 10231"
                        + " (BAL_ALLOW_VISIBLE_WINDOW) result code=0"));
                t = clock.next(ts);
                g.add(lc(t, app, appOkHttp, 'D', "OkHttp", "--> GET https://api.acme.io/v3/orders/" + order));
                t = clock.next(ts);
                g.add(lc(t, app, appOkHttp, 'D', "OkHttp", "<-- 200 https://api.acme.io/v3/orders/" + order + " (231ms, 1843-byte body)"));
                t = clock.next(ts);
                g.add(lc(t, app, app, 'D', "OrderDetailsVM", "loaded " + order + " fulfillment=PICKUP items=3 store=berlin-mitte-02"));
                t = clock.next(ts);
                g.add("--------- beginning of crash");
                g.add(lc(t, app, app, 'E', "AndroidRuntime", "FATAL EXCEPTION: main"));
                processLine = lc(t, app, app, 'E', "AndroidRuntime", "Process: " + pkg + ", PID: " + app);
                g.add(processLine);
                npeLine = lc(t, app, app, 'E', "AndroidRuntime", "java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String"
                        + " com.acme.shop.orders.model.Address.getCity()' on a null object reference");
                g.add(npeLine);
                String[] frames = {
                    "com.acme.shop.orders.ui.OrderDetailsFragment.bindShipping(OrderDetailsFragment.kt:142)",
                    "com.acme.shop.orders.ui.OrderDetailsFragment.render(OrderDetailsFragment.kt:97)",
                    "com.acme.shop.orders.ui.OrderDetailsFragment.access$render(OrderDetailsFragment.kt:38)",
                    "com.acme.shop.orders.ui.OrderDetailsFragment$onViewCreated$1$1.emit(OrderDetailsFragment.kt:81)",
                    "com.acme.shop.orders.ui.OrderDetailsFragment$onViewCreated$1$1.emit(OrderDetailsFragment.kt:80)",
                    "kotlinx.coroutines.flow.StateFlowImpl.collect(StateFlow.kt:396)",
                    "kotlinx.coroutines.flow.ReadonlyStateFlow.collect(Unknown Source:2)",
                    "com.acme.shop.orders.ui.OrderDetailsFragment$onViewCreated$1.invokeSuspend(OrderDetailsFragment.kt:80)",
                    "kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
                    "kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)",
                    "android.os.Handler.handleCallback(Handler.java:959)",
                    "android.os.Handler.dispatchMessage(Handler.java:100)",
                    "android.os.Looper.loopOnce(Looper.java:232)",
                    "android.os.Looper.loop(Looper.java:317)",
                    "android.app.ActivityThread.main(ActivityThread.java:8705)",
                    "java.lang.reflect.Method.invoke(Native Method)",
                    "com.android.internal.os.RuntimeInit$MethodAndArgsCaller.run(RuntimeInit.java:580)",
                    "com.android.internal.os.ZygoteInit.main(ZygoteInit.java:886)"};
                for (int f = 0; f < frames.length; f++) {
                    String line = lc(t, app, app, 'E', "AndroidRuntime", "\tat " + frames[f]);
                    g.add(line);
                    if (f == 0) {
                        frameLine = line;
                    }
                }
                g.add(lc(t, app, app, 'E', "AndroidRuntime", "\tSuppressed: kotlinx.coroutines.internal.DiagnosticCoroutineContextException:"
                        + " [StandaloneCoroutine{Cancelling}@8f1c2a4, Dispatchers.Main.immediate]"));
                t = clock.next(ts);
                g.add(lc(t, app, app, 'I', "Process", "Sending signal. PID: " + app + " SIG: 9"));
                g.add(lc(t, sys, 2417, 'W', "ActivityTaskManager", "  Force finishing activity " + pkg + "/.orders.OrderDetailsActivity"));
                g.add(lc(t, sys, 2417, 'W', "ActivityTaskManager", "  Force finishing activity " + pkg + "/.MainActivity"));
                g.add(lc(clock.next(ts), sys, 1588, 'I', "DropBoxManagerService", "add tag=data_app_crash isTagEnabled=true flags=0x2"));
                g.add(lc(clock.next(ts), sys, 1519, 'I', "ActivityManager", "Process " + pkg + " (pid " + app + ") has died: fg  TOP "));
                g.add(lc(clock.now(ts), sys, 1519, 'W', "libprocessgroup", "Successfully killed process cgroup uid 10231 pid " + app + " in 0ms"));
                g.add(lc(clock.now(ts), 604, 604, 'I', "Zygote", "Process " + app + " exited due to signal 9 (Killed)"));
                app = -1;
                relaunchAt = g.size() + 45;
                continue;
            }
            if (!vendorCrashed && g.size() >= 640) {
                vendorCrashed = true;
                int vp = 18_840;
                g.add("--------- beginning of crash");
                g.add(lc(t, vp, 18_871, 'E', "AndroidRuntime", "FATAL EXCEPTION: WidgetUpdater"));
                g.add(lc(t, vp, 18_871, 'E', "AndroidRuntime", "Process: com.vendor.weatherwidget, PID: " + vp));
                g.add(lc(t, vp, 18_871, 'E', "AndroidRuntime", "java.lang.IllegalStateException: Not allowed to start service Intent {"
                        + " cmp=com.vendor.weatherwidget/.sync.SyncService }: app is in background uid UidRecord{2e4f1a u0a214 CEM  idle change:cached procs:0 seq(0,0)}"));
                for (String f : new String[] {"android.app.ContextImpl.startServiceCommon(ContextImpl.java:1945)",
                    "android.app.ContextImpl.startService(ContextImpl.java:1900)", "android.content.ContextWrapper.startService(ContextWrapper.java:825)",
                    "com.vendor.weatherwidget.sync.WidgetUpdater.run(WidgetUpdater.java:58)", "java.lang.Thread.run(Thread.java:1012)"}) {
                    g.add(lc(t, vp, 18_871, 'E', "AndroidRuntime", "\tat " + f));
                }
                t = clock.next(ts);
                g.add(lc(t, vp, 18_871, 'I', "Process", "Sending signal. PID: " + vp + " SIG: 9"));
                g.add(lc(clock.next(ts), sys, 1519, 'I', "ActivityManager", "Process com.vendor.weatherwidget (pid " + vp + ") has died: cch+5 CEM "));
                g.add(lc(clock.now(ts), 604, 604, 'I', "Zygote", "Process " + vp + " exited due to signal 9 (Killed)"));
                continue;
            }
            int tid = sysTids[g.nextInt(sysTids.length)];
            boolean appUp = app > 0;
            int event = g.weighted(10, 12, 8, 6, 5, 12, 7, 8, 7, 1, 5, 5, 6);
            if (!appUp && (event == 5 || event == 7 || event == 8 || event == 9)) {
                continue;
            }
            switch (event) {
                case 0 -> {
                    String a = g.pick(apps);
                    int pid = nextPid;
                    nextPid += g.between(3, 40);
                    if (g.chance(0.5)) {
                        g.add(lc(t, sys, 1519, 'I', "ActivityManager", fmt("Start proc %d:%s/u0a%d for %s {%s/%s}", pid, a, g.between(120, 260),
                                g.pick("service", "broadcast", "content provider", "next-top-activity"), a, g.pick(".sync.SyncService", ".MainActivity",
                                        "androidx.work.impl.background.systemjob.SystemJobService", ".push.FcmReceiver"))));
                    } else {
                        g.add(lc(t, sys, 1519, 'I', "ActivityManager", fmt("Killing %d:%s/u0a%d (adj %d): empty #%d", pid - g.between(200, 3_000), a,
                                g.between(120, 260), g.pick(900, 905, 915, 925, 935, 945, 955, 975, 985, 999), g.between(15, 33))));
                    }
                }
                case 1 -> {
                    Object[] p = appUp && g.chance(0.35) ? new Object[] {app, pkg} : g.pick(procs);
                    int pid = (Integer) p[0];
                    int usedMb = g.between(5, 60);
                    int free = g.between(24, 55);
                    g.add(lc(t, pid, pid + g.between(8, 30), 'I', (String) p[1], fmt("%s concurrent mark compact GC freed %dKB AllocSpace bytes, %d(%dKB) LOS objects,"
                                    + " %d%% free, %dMB/%dMB, paused %dus,%dus total %d.%03dms", g.pick("Background", "Background", "Explicit"), g.between(300, 9_000),
                            g.between(0, 40), g.between(0, 2_000), free, usedMb, usedMb * 100 / (100 - free) + 1, g.between(200, 1_900), g.between(900, 8_000),
                            g.between(20, 180), g.between(0, 999))));
                }
                case 2 -> {
                    int k = g.nextInt(4);
                    if (k == 0) {
                        g.add(lc(t, 1187, 1187, 'I', "wpa_supplicant", fmt("wlan0: CTRL-EVENT-SIGNAL-CHANGE above=1 signal=-%d noise=-%d txrate=%d", g.between(48, 71),
                                g.between(88, 95), g.pick(433_300, 390_000, 866_700, 292_500))));
                    } else if (k == 1) {
                        g.add(lc(t, sys, 2044, 'D', "WifiNl80211Manager", "Scan result ready event"));
                        g.add(lc(t, sys, 2044, 'D', "WifiNative", fmt("Scan result ready event; %d results", g.between(8, 31))));
                    } else if (k == 2) {
                        g.add(lc(t, 1090, 1090, 'I', "WifiHAL", fmt("Got a RTT capability event? %d, link layer stats: tx_mpdu=%d rx_mpdu=%d", 0, g.between(10_000, 90_000),
                                g.between(10_000, 200_000))));
                    } else {
                        g.add(lc(t, sys, 2390, 'D', "ConnectivityService", fmt("NetworkAgentInfo [WIFI () - %d] validation passed", g.between(100, 140))));
                    }
                }
                case 3 -> g.add(lc(t, appUp && g.chance(0.5) ? app : sys, tid, 'D', "CompatibilityChangeReporter", fmt("Compat change id reported: %d; UID %d; state: %s",
                        g.pick(171_228_096L, 194_833_441L, 161_145_287L, 263_076_149L, 168_419_799L), g.pick(10_231, 10_187, 10_214, 1_000), g.pick("ENABLED", "DISABLED"))));
                case 4 -> g.add(lc(t, sys, tid, 'I', "chatty", fmt("uid=1000(system) Binder:%d_%X identical %d lines", sys, g.between(1, 15), g.between(2, 9))));
                case 5 -> {
                    String path = g.pick("/v3/orders?page=" + g.between(1, 6), "/v3/products/" + g.between(100_000, 999_999), "/v3/cart", "/v3/recommendations?slot=home",
                            "/v3/me", "/v3/stores?near=52.52,13.40", "/v3/orders/ORD-202612" + fmt("%02d", g.between(1, 6)) + "-" + g.between(10_000, 99_999));
                    g.add(lc(t, app, appOkHttp + g.between(0, 3), 'D', "OkHttp", "--> GET https://api.acme.io" + path));
                    boolean fresh = g.weighted(97, 3) == 0;
                    g.add(lc(clock.next(ts), app, appOkHttp + g.between(0, 3), 'D', "OkHttp", fmt("<-- %d https://api.acme.io%s (%dms, %d-byte body)", fresh ? 200 : 304,
                            path, g.between(40, 600), fresh ? g.between(200, 40_000) : 0)));
                }
                case 6 -> {
                    int k = g.nextInt(4);
                    if (k == 0) {
                        g.add(lc(t, 5120, 5187, 'I', "Finsky", fmt("[%d] vzg.a(22): Bulk details request for %d packages", g.between(200, 260), g.between(1, 9))));
                    } else if (k == 1) {
                        g.add(lc(t, 3310, 3350 + g.between(0, 20), 'I', "NearbyDiscovery", "(REDACTED) Updating scan state with discovery status " + g.between(0, 3)));
                    } else if (k == 2) {
                        g.add(lc(t, 3577, 3601 + g.between(0, 40), 'W', "GmsClientSupervisor", "unbindService(): connection for null not found"));
                    } else {
                        g.add(lc(t, 3310, 3366, 'I', "GCoreUlr", fmt("DispatchingService ignoring Intent { act=com.google.android.location.reporting.ACTION_LOCATION"
                                + " flg=0x4 } (%d)", g.between(1, 40))));
                    }
                }
                case 7 -> {
                    String window = g.pick("OrderListActivity", "MainActivity", "ProductActivity", "CartActivity");
                    String id = g.hex(7);
                    if (g.chance(0.5)) {
                        g.add(lc(t, app, app, 'I', "ViewRootImpl@" + id + "[" + window + "]", "ViewPostIme pointer 0"));
                        g.add(lc(clock.next(ts), app, app, 'I', "ViewRootImpl@" + id + "[" + window + "]", "ViewPostIme pointer 1"));
                    } else {
                        g.add(lc(t, app, appRender, 'D', "BLASTBufferQueue", fmt("[ViewRootImpl[%s]#%d(BLAST Consumer)%d](id:%x,api:1,p:%d,c:%d) onFrameAvailable the first frame is"
                                + " available", window, g.between(3, 40), g.between(3, 40), g.between(0x5500000, 0x55fffff), app, app)));
                    }
                }
                case 8 -> {
                    String other = "ORD-202612" + fmt("%02d", g.between(1, 7)) + "-" + g.between(10_000, 99_999);
                    g.add(lc(t, sys, 1702, 'I', "ActivityTaskManager", "START u0 {cmp=" + pkg + "/.orders.OrderDetailsActivity (has extras)} with LAUNCH_MULTIPLE from uid 10231"
                            + " (BAL_ALLOW_VISIBLE_WINDOW) result code=0"));
                    g.add(lc(clock.next(ts), app, appOkHttp, 'D', "OkHttp", "--> GET https://api.acme.io/v3/orders/" + other));
                    g.add(lc(clock.next(ts), app, appOkHttp, 'D', "OkHttp", fmt("<-- 200 https://api.acme.io/v3/orders/%s (%dms, %d-byte body)", other, g.between(80, 400),
                            g.between(1_500, 4_000))));
                    g.add(lc(clock.next(ts), app, app, 'D', "OrderDetailsVM", fmt("loaded %s fulfillment=DELIVERY items=%d carrier=%s", other, g.between(1, 8),
                            g.pick("dhl", "dpd", "hermes", "ups"))));
                    g.add(lc(clock.next(ts), sys, 1533, 'I', "ActivityTaskManager", fmt("Displayed %s/.orders.OrderDetailsActivity for user 0: +%dms", pkg, g.between(180, 520))));
                }
                case 9 -> {
                    g.add(lc(t, app, appOkHttp + 1, 'W', "System.err", "java.net.SocketTimeoutException: timeout"));
                    for (String f : new String[] {"okhttp3.internal.http2.Http2Stream$StreamTimeout.newTimeoutException(Http2Stream.kt:675)",
                        "okhttp3.internal.http2.Http2Stream$StreamTimeout.exitAndThrowIfTimedOut(Http2Stream.kt:684)",
                        "okhttp3.internal.http2.Http2Stream.takeHeaders(Http2Stream.kt:143)", "okhttp3.internal.http2.Http2ExchangeCodec.readResponseHeaders(Http2ExchangeCodec.kt:97)",
                        "okhttp3.internal.connection.Exchange.readResponseHeaders(Exchange.kt:110)",
                        "okhttp3.internal.http.CallServerInterceptor.intercept(CallServerInterceptor.kt:93)",
                        "com.acme.shop.images.ImageLoader$fetch$2.invokeSuspend(ImageLoader.kt:64)"}) {
                        g.add(lc(t, app, appOkHttp + 1, 'W', "System.err", "\tat " + f));
                    }
                    g.add(lc(t, app, appOkHttp + 1, 'W', "ImageLoader", "image " + g.hex(12) + ".webp not loaded, showing placeholder"));
                }
                case 10 -> g.add(lc(t, sys, 1611, 'D', "BatteryService", fmt("Processing new values: info={.chargerAcOnline = false, .chargerUsbOnline = false,"
                        + " .batteryLevel = %d, .batteryVoltageMillivolts = %d, .batteryTemperatureTenthsCelsius = %d, .batteryStatus = DISCHARGING}", 63 - g.size() / 400,
                        g.between(3_800, 4_050), g.between(290, 340))));
                case 11 -> g.add(lc(t, sys, 1611, g.chance(0.7) ? 'D' : 'W', "JobScheduler", g.chance(0.7)
                        ? fmt("Moving %s/androidx.work.impl.background.systemjob.SystemJobService #u0a%d/%d to ready", g.pick(apps), g.between(120, 260), g.between(1, 1_200))
                        : fmt("Job didn't exist in JobStore: %s #u0a231/%d %s/androidx.work.impl.background.systemjob.SystemJobService", g.hex(7), g.between(1_000, 1_100), pkg)));
                default -> {
                    int k = g.nextInt(3);
                    if (k == 0) {
                        g.add(lc(t, 611, 611, 'W', "SurfaceFlinger", fmt("Buffer stuffing detected for layer %s#%d", g.pick("StatusBar", "NavigationBar0", "BLAST ViewRootImpl"),
                                g.between(100, 900))));
                    } else if (k == 1) {
                        g.add(lc(t, 2631, 2631, 'D', "NotificationShade", "onStateChanged: SHADE_LOCKED=false"));
                    } else {
                        g.add(lc(t, 17_410, 17_466, 'I', "Bugle", fmt("RcsAvailability: %s", g.pick("AVAILABLE", "AVAILABLE", "DISABLED_VIA_SETTINGS"))));
                    }
                }
            }
        }
        return NeedleCase.named("fresh6_logcat_crash", "log", "android-logcat")
                .shell("adb logcat -d -v threadtime")
                .question("The shop app crashes every time I open one particular order's details screen. Here's logcat from the test phone; why does it crash?")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(processLine), Needle.exact(npeLine), Needle.exact(frameLine)));
    }

    /** One logcat line in the threadtime format: date, time, pid, tid, level, tag (padded to 8) and message. */
    private static String lc(String time, int pid, int tid, char level, String tag, String message) {
        return fmt("%s %5d %5d %c %-8s: %s", time, pid, tid, level, tag, message);
    }

    // ---------------------------------------------------------------- CoreDNS

    /**
     * kubectl logs --timestamps of a CoreDNS pod with the log and errors plugins: in-cluster lookups, search-path
     * expansions (NXDOMAIN) of external names, a Corefile reload; after it, lookups of internal.acme.io names sent
     * to the newly added upstream 10.10.0.3 time out and come back SERVFAIL.
     */
    static NeedleCase corednsServfail() {
        Gen g = new Gen(90_002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 9, 56, 0), 5_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 10, 11, 0);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT);
        String[] namespaces = {"shop", "shop", "shop", "billing", "catalog", "observability", "ingress-nginx", "search"};
        List<String[]> clients = new ArrayList<>();
        for (int i = 0; i < 46; i++) {
            clients.add(new String[] {"10.244." + g.between(0, 7) + "." + g.between(2, 250), g.pick(namespaces)});
        }
        String[][] services = {{"orders-api", "shop"}, {"cart", "shop"}, {"redis-master", "cache"}, {"postgres-primary", "db"}, {"kafka-0.kafka-headless", "streaming"},
            {"otel-collector", "observability"}, {"catalog-api", "catalog"}, {"search-api", "search"}, {"billing-api", "billing"}, {"kubernetes", "default"},
            {"prometheus-operated", "observability"}, {"loki-gateway", "observability"}};
        String[] external = {"api.stripe.com", "sqs.eu-west-1.amazonaws.com", "o4504.ingest.sentry.io", "s3.eu-west-1.amazonaws.com", "hooks.slack.com",
            "api.sendgrid.com", "oauth2.googleapis.com", "registry.npmjs.org"};
        String[] internal = {"payments.internal.acme.io", "ledger.internal.acme.io", "vault.internal.acme.io", "ldap.internal.acme.io"};
        LocalDateTime reloadAt = LocalDateTime.of(2026, 12, 7, 10, 1, 37);
        boolean reloaded = false;
        List<String> errors = new ArrayList<>();
        List<String> servfails = new ArrayList<>();
        while (clock.now().isBefore(end)) {
            LocalDateTime now = clock.next();
            if (!reloaded && now.isAfter(reloadAt)) {
                reloaded = true;
                g.add(dnsTs(g, ts, now) + " [INFO] Reloading");
                g.add(dnsTs(g, ts, now.plusNanos(4_000_000L)) + " [INFO] plugin/reload: Running configuration SHA512 = " + g.hex(64) + g.hex(64));
                g.add(dnsTs(g, ts, now.plusNanos(9_000_000L)) + " [INFO] Reloading complete");
                continue;
            }
            String[] c = g.pick(clients);
            String ip = c[0];
            String ns = c[1];
            int kind = g.weighted(46, 30, 24);
            if (kind == 0) {
                String[] s = g.pick(services);
                String name = s[0] + "." + s[1] + ".svc.cluster.local.";
                g.add(dnsTs(g, ts, now) + " " + dnsQuery(g, ip, "A", name, "NOERROR", "qr,aa,rd", name.length() + 61, fmt("0.%09ds", g.between(40_000, 400_000))));
                if (g.chance(0.6)) {
                    g.add(dnsTs(g, ts, now.plusNanos(g.between(50_000, 900_000))) + " " + dnsQuery(g, ip, "AAAA", name, "NOERROR", "qr,aa,rd", name.length() + 136,
                            fmt("0.%09ds", g.between(40_000, 300_000))));
                }
                continue;
            }
            String host = kind == 1 ? g.pick(external) : internal[g.weighted(55, 20, 15, 10)];
            boolean internalName = kind == 2;
            String[] search = {ns + ".svc.cluster.local.", "svc.cluster.local.", "cluster.local.", "eu-west-1.compute.internal."};
            LocalDateTime at = now;
            for (String type : new String[] {"A", "AAAA"}) {
                for (String suffix : search) {
                    at = at.plusNanos(g.between(100_000, 2_000_000));
                    String name = host + "." + suffix;
                    boolean upstream = suffix.startsWith("eu-west-1");
                    g.add(dnsTs(g, ts, at) + " " + dnsQuery(g, ip, type, name, "NXDOMAIN", upstream ? "qr,rd,ra" : "qr,aa,rd", name.length() + (upstream ? 112 : 129),
                            upstream ? fmt("0.%09ds", g.between(400_000, 9_000_000)) : fmt("0.%09ds", g.between(40_000, 300_000))));
                }
                at = at.plusNanos(g.between(100_000, 2_000_000));
                String name = host + ".";
                boolean broken = internalName && reloaded && type.equals("A") && g.chance(0.55);
                if (broken) {
                    at = at.plusNanos(2_000_000_000L + g.between(0, 9_000_000));
                    String err = dnsTs(g, ts, at) + fmt(" [ERROR] plugin/errors: 2 %s A: read udp 10.244.0.12:%d->10.10.0.3:53: i/o timeout", name, g.between(32_768, 60_999));
                    String line = dnsTs(g, ts, at) + " " + dnsQuery(g, ip, type, name, "SERVFAIL", "qr,rd", name.length() + 18, fmt("2.%09ds", g.between(0, 9_000_000)));
                    g.add(err);
                    g.add(line);
                    if (host.startsWith("payments.")) {
                        errors.add(err);
                        servfails.add(line);
                    }
                } else {
                    boolean aaaa = type.equals("AAAA");
                    g.add(dnsTs(g, ts, at) + " " + dnsQuery(g, ip, type, name, "NOERROR", "qr,rd,ra", name.length() + (aaaa && internalName ? 98 : 36 + 16 * g.between(1, 4)),
                            fmt("0.%09ds", g.between(200_000, 30_000_000))));
                }
            }
        }
        if (errors.size() < 3) {
            throw new IllegalStateException("too few payments failures: " + errors.size());
        }
        return NeedleCase.named("fresh6_coredns_servfail", "log", "coredns-log")
                .shell("kubectl logs -n kube-system coredns-5d78c9869d-7xk2p --timestamps --since=15m")
                .question("Since this morning pods in the shop namespace intermittently fail to resolve payments.internal.acme.io (a retry usually works). What do the CoreDNS logs"
                        + " show?")
                .heldAside()
                .build(g.text(), List.of(Needle.anyOf(errors), Needle.anyOf(servfails)));
    }

    private static String dnsTs(Gen g, DateTimeFormatter ts, LocalDateTime t) {
        return ts.format(t) + g.between(100, 999) + "Z";
    }

    /** One line of CoreDNS's log plugin (common format), with the [INFO] level. */
    private static String dnsQuery(Gen g, String client, String type, String name, String rcode, String flags, int responseSize, String duration) {
        boolean edns = g.chance(0.4);
        return fmt("[INFO] %s:%d - %d \"%s IN %s udp %d %s %d\" %s %s %d %s", client, g.between(32_768, 60_999), g.nextInt(65_536), type, name,
                name.length() + 17 + (edns ? 11 : 0), edns ? "true" : "false", edns ? 1232 : 512, rcode, flags, responseSize, duration);
    }

    // ---------------------------------------------------------------- RabbitMQ server log

    private record Amqp(String pid, String src, String name, String user) {}

    /**
     * A RabbitMQ 3.13 node's log over two and a half hours: connection churn of a dozen services, channel errors,
     * consumer timeouts, a short memory alarm early on; the orders-worker consumers drop out on missed heartbeats
     * and at 09:40 the memory alarm blocks publishers for good.
     */
    static NeedleCase rabbitmqMemoryAlarm() {
        Gen g = new Gen(90_003);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 7, 7, 41, 3), 16_000);
        LocalDateTime end = LocalDateTime.of(2026, 12, 7, 10, 4, 0);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT);
        String dst = "10.42.1.9:5672";
        // client name (null: none provided), user, subnet
        String[][] kinds = {{"orders-api", "orders", "10.42.3."}, {"orders-worker", "orders", "10.42.4."}, {"email-worker", "notifications", "10.42.5."},
            {"billing-consumer", "billing", "10.42.6."}, {"inventory-sync", "inventory", "10.42.2."}, {"shipping-events", "shipping", "10.42.7."},
            {null, "reports", "10.42.8."}, {"search-indexer", "search", "10.42.2."}, {"webhook-dispatcher", "webhooks", "10.42.9."}, {null, "celery", "10.42.8."}};
        int[] weights = {26, 0, 10, 8, 8, 7, 6, 6, 7, 6};
        List<Amqp> open = new ArrayList<>();
        List<Amqp> workers = new ArrayList<>();
        int[] pidSeq = {9_000};
        LocalDateTime firstAlarm = LocalDateTime.of(2026, 12, 7, 7, 55, 10, 413_207_000);
        LocalDateTime firstClear = LocalDateTime.of(2026, 12, 7, 7, 56, 2, 88_941_000);
        LocalDateTime[] workerDrops = {LocalDateTime.of(2026, 12, 7, 9, 21, 14, 602_118_000), LocalDateTime.of(2026, 12, 7, 9, 23, 40, 17_563_000),
            LocalDateTime.of(2026, 12, 7, 9, 26, 5, 944_380_000)};
        LocalDateTime alarm = LocalDateTime.of(2026, 12, 7, 9, 40, 12, 251_734_000);
        int stage = 0;
        int drops = 0;
        String alarmLine = null;
        String blockedLine = null;
        List<String> heartbeats = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LocalDateTime t = clock.next();
            Amqp a = amqpOpen(g, ts, t, pidSeq, kinds[1], dst);
            workers.add(a);
        }
        while (clock.now().isBefore(end)) {
            LocalDateTime t = clock.next();
            String when = ts.format(t);
            if (stage == 0 && t.isAfter(firstAlarm)) {
                stage = 1;
                memoryAlarm(g, ts.format(firstAlarm), 6_871_984_128L);
                continue;
            }
            if (stage == 1 && t.isAfter(firstClear)) {
                stage = 2;
                String w = ts.format(firstClear);
                g.add(w + " [info] <0.487.0> vm_memory_high_watermark clear. Memory used:6012388352 allowed:6871947673");
                g.add(w + " [warning] <0.485.0> memory resource limit alarm cleared on node 'rabbit@rmq-1'");
                g.add(w + " [warning] <0.485.0> memory resource limit alarm cleared across the cluster");
                continue;
            }
            if (stage == 2 && drops < workerDrops.length && t.isAfter(workerDrops[drops])) {
                Amqp a = workers.get(drops);
                String w = ts.format(workerDrops[drops]);
                String head = w + " [error] " + a.pid() + " closing AMQP connection " + a.pid() + " (" + a.src() + " -> " + dst + " - orders-worker, vhost: 'shop', user: 'orders'):";
                g.add(head);
                g.add(w + " [error] " + a.pid() + " missed heartbeats from client, timeout: 60s");
                heartbeats.add(head);
                drops++;
                continue;
            }
            if (stage == 2 && t.isAfter(alarm)) {
                stage = 3;
                String w = ts.format(alarm);
                String[] lines = memoryAlarm(g, w, 6_872_391_680L);
                alarmLine = lines[0];
                blockedLine = lines[1];
                continue;
            }
            int k = g.weighted(30, 26, 5, 3, 3, 4, 2);
            if (k == 0 || open.size() < 8) {
                String[] kind = kinds[g.weighted(weights)];
                open.add(amqpOpen(g, ts, t, pidSeq, kind, dst));
            } else if (k == 1) {
                Amqp a = open.remove(g.nextInt(open.size()));
                boolean blockedClient = stage == 3 && "orders-api".equals(a.name()) && g.chance(0.7);
                String label = a.src() + " -> " + dst + (a.name() == null ? "" : " - " + a.name()) + ", vhost: 'shop', user: '" + a.user() + "'";
                if (blockedClient || g.chance(0.12)) {
                    g.add(when + " [warning] " + a.pid() + " closing AMQP connection " + a.pid() + " (" + label + "):");
                    g.add(when + " [warning] " + a.pid() + " client unexpectedly closed TCP connection");
                } else {
                    g.add(when + " [info] " + a.pid() + " closing AMQP connection " + a.pid() + " (" + label + ")");
                }
                if (g.chance(0.5)) {
                    g.add(when + " [info] <0." + g.between(400, 600) + ".0> Closing all channels from connection '" + a.src() + " -> " + dst + "' because it has been closed");
                }
            } else if (k == 2 && !open.isEmpty()) {
                Amqp a = g.pick(open);
                String ch = "<0." + pidSeq[0]++ + "." + g.between(1, 9) + ">";
                g.add(when + " [error] " + ch + " Channel error on connection " + a.pid() + " (" + a.src() + " -> " + dst + (a.name() == null ? "" : " - " + a.name())
                        + ", vhost: 'shop', user: '" + a.user() + "'), channel " + g.between(1, 3) + ":");
                g.add(when + " [error] " + ch + " " + g.pick("operation basic.ack caused a channel exception precondition_failed: unknown delivery tag " + g.between(1, 400),
                        "operation queue.declare caused a channel exception precondition_failed: inequivalent arg 'x-dead-letter-exchange' for queue 'emails.retry' in vhost"
                                + " 'shop': received none but current is the value 'emails.dlx' of type 'longstr'",
                        "operation basic.publish caused a channel exception not_found: no exchange 'billing.events.v2' in vhost 'shop'"));
            } else if (k == 3 && !open.isEmpty()) {
                Amqp a = g.pick(open);
                g.add(when + " [warning] <0." + pidSeq[0]++ + "." + g.between(1, 9) + "> Consumer amq.ctag-" + g.alnum(22) + " on channel 1 has timed out waiting for a"
                        + " consumer acknowledgement of a delivery with delivery tag = " + g.between(1, 60) + ". Timeout used: 1800000 ms. This timeout value can be configured,"
                        + " see consumers guide to learn more");
            } else if (k == 4) {
                g.add(when + " [info] <0." + g.between(700, 900) + ".0> queue '" + g.pick("orders.created", "orders.paid", "emails.send", "billing.invoices", "inventory.adjust")
                        + "' in vhost 'shop': " + g.pick("Segment writer: flushed " + g.between(100, 9_000) + " messages", "leader call - leader not known. Command will be forwarded once"
                        + " leader is known.", "detected a new leader {'%2F_orders.paid','rabbit@rmq-2'} in term " + g.between(12, 20)));
            } else if (k == 5) {
                g.add(when + " [info] <0." + g.between(300, 390) + ".0> Free disk space is sufficient. Free bytes: " + g.between(40_000_000, 42_000_000) + "000. Limit: 50000000");
            } else {
                String src = g.pick(kinds)[2] + g.between(10, 250) + ":" + g.between(32_768, 60_999);
                String p = "<0." + pidSeq[0]++ + "." + g.between(1, 9) + ">";
                g.add(when + " [info] " + p + " accepting AMQP connection " + p + " (" + src + " -> " + dst + ")");
                g.add(when + " [error] " + p + " Error on AMQP connection " + p + " (" + src + " -> " + dst + ", state: starting):");
                g.add(when + " [error] " + p + " PLAIN login refused: user 'guest' - invalid credentials");
            }
        }
        if (alarmLine == null || heartbeats.size() != 3) {
            throw new IllegalStateException("the alarm did not happen");
        }
        return NeedleCase.named("fresh6_rabbitmq_memory_alarm", "log", "rabbitmq-log")
                .shell("kubectl logs -n messaging rmq-1 --since=3h")
                .question("Since about 09:40 our orders-api publishers just hang: publishes never get confirmed. What does the RabbitMQ log on rmq-1 show?")
                .heldAside()
                .build(g.text(), List.of(Needle.exact(alarmLine), Needle.exact(blockedLine), Needle.anyOf(heartbeats)));
    }

    /** Opens a connection: accepting, client-provided name (when there is one), authenticated. */
    private static Amqp amqpOpen(Gen g, DateTimeFormatter ts, LocalDateTime t, int[] pidSeq, String[] kind, String dst) {
        String pid = "<0." + pidSeq[0]++ + "." + g.between(1, 9) + ">";
        pidSeq[0] += g.between(0, 40);
        String src = kind[2] + g.between(10, 250) + ":" + g.between(32_768, 60_999);
        String w = ts.format(t);
        g.add(w + " [info] " + pid + " accepting AMQP connection " + pid + " (" + src + " -> " + dst + ")");
        String label = src + " -> " + dst;
        if (kind[0] != null) {
            g.add(w + " [info] " + pid + " connection " + pid + " (" + label + ") has a client-provided name: " + kind[0]);
            label += " - " + kind[0];
        }
        g.add(w + " [info] " + pid + " connection " + pid + " (" + label + "): user '" + kind[1] + "' authenticated and granted access to vhost 'shop'");
        return new Amqp(pid, src, kind[0], kind[1]);
    }

    /** The memory alarm as RabbitMQ logs it; returns the "alarm set" and the "Publishers will be blocked" lines. */
    private static String[] memoryAlarm(Gen g, String when, long used) {
        g.add(when + " [info] <0.487.0> vm_memory_high_watermark set. Memory used:" + used + " allowed:6871947673");
        String set = when + " [warning] <0.485.0> memory resource limit alarm set on node 'rabbit@rmq-1'.";
        g.add(set);
        g.add(when + " [warning] <0.485.0> ");
        g.add(when + " [warning] <0.485.0> **********************************************************");
        String blocked = when + " [warning] <0.485.0> *** Publishers will be blocked until this alarm clears ***";
        g.add(blocked);
        g.add(when + " [warning] <0.485.0> **********************************************************");
        g.add(when + " [warning] <0.485.0> ");
        return new String[] {set, blocked};
    }

    // ---------------------------------------------------------------- npm audit --json

    /**
     * npm audit --json (report version 2) of a web monorepo: ~110 vulnerable packages, advisories and the packages
     * they reach; the question names one advisory's package, pulled in by passport-saml, whose fix is a semver-major
     * upgrade.
     */
    static NeedleCase npmAuditJson() {
        Gen g = new Gen(90_004);
        // name, title, cwe, severity
        String[][] advisories = {
            {"semver", "semver vulnerable to Regular Expression Denial of Service", "CWE-1333", "moderate"},
            {"braces", "Uncontrolled resource consumption in braces", "CWE-1050", "high"},
            {"micromatch", "Regular Expression Denial of Service (ReDoS) in micromatch", "CWE-1333", "moderate"},
            {"ws", "ws affected by a DoS when handling a request with many HTTP headers", "CWE-476", "high"},
            {"path-to-regexp", "path-to-regexp outputs backtracking regular expressions", "CWE-1333", "high"},
            {"cookie", "cookie accepts cookie name, path, and domain with out of bounds characters", "CWE-74", "low"},
            {"send", "send vulnerable to template injection that can lead to XSS", "CWE-79", "low"},
            {"serve-static", "serve-static vulnerable to template injection that can lead to XSS", "CWE-79", "low"},
            {"body-parser", "body-parser vulnerable to denial of service when url encoding is enabled", "CWE-405", "high"},
            {"tough-cookie", "tough-cookie Prototype Pollution vulnerability", "CWE-1321", "moderate"},
            {"word-wrap", "word-wrap vulnerable to Regular Expression Denial of Service", "CWE-1333", "moderate"},
            {"postcss", "PostCSS line return parsing error", "CWE-74", "moderate"},
            {"nanoid", "Predictable results in nanoid generation when given non-integer values", "CWE-835", "moderate"},
            {"cross-spawn", "Regular Expression Denial of Service (ReDoS) in cross-spawn", "CWE-1333", "high"},
            {"http-proxy-middleware", "Denial of service in http-proxy-middleware", "CWE-400", "high"},
            {"axios", "Axios Cross-Site Request Forgery Vulnerability", "CWE-352", "moderate"},
            {"follow-redirects", "follow-redirects' Proxy-Authorization header kept across hosts", "CWE-200", "moderate"},
            {"jsonwebtoken", "jsonwebtoken unrestricted key type could lead to legacy keys usage", "CWE-327", "moderate"},
            {"ip", "ip SSRF improper categorization in isPublic", "CWE-918", "high"},
            {"tar", "Denial of service while parsing a tar file due to lack of folders count validation", "CWE-400", "moderate"},
            {"webpack-dev-middleware", "Path traversal in webpack-dev-middleware", "CWE-22", "high"},
            {"esbuild", "esbuild enables any website to send any requests to the development server and read the response", "CWE-346", "moderate"},
            {"vite", "Vite's server.fs.deny bypassed with queries", "CWE-200", "moderate"},
            {"rollup", "DOM Clobbering Gadget found in rollup bundled scripts that leads to XSS", "CWE-79", "high"},
            {"undici", "Use of Insufficiently Random Values in undici", "CWE-330", "moderate"},
            {"xml2js", "xml2js is vulnerable to prototype pollution", "CWE-1321", "moderate"},
            {"got", "Got allows a redirect to a UNIX socket", "CWE-601", "moderate"},
            {"minimatch", "minimatch ReDoS vulnerability", "CWE-1333", "high"},
            {"json5", "Prototype Pollution in JSON5 via Parse Method", "CWE-1321", "high"},
            {"loader-utils", "Prototype pollution in webpack loader-utils", "CWE-1321", "critical"},
            {"qs", "qs vulnerable to Prototype Pollution", "CWE-1321", "high"},
            {"node-forge", "Improper Verification of Cryptographic Signature in node-forge", "CWE-347", "high"},
            {"elliptic", "Elliptic's verify function omits uniqueness validation", "CWE-347", "low"},
            {"ejs", "ejs lacks certain pollution protection", "CWE-1321", "moderate"},
            {"protobufjs", "protobufjs Prototype Pollution vulnerability", "CWE-1321", "critical"},
            {"socket.io-parser", "Insufficient validation when decoding a Socket.IO packet", "CWE-20", "high"},
            {"engine.io", "engine.io Uncaught Exception vulnerability", "CWE-248", "moderate"},
            {"yaml", "Uncaught Exception in yaml", "CWE-248", "moderate"},
            {"request", "Server-Side Request Forgery in Request", "CWE-918", "moderate"},
            {"dompurify", "DOMPurify allows tampering by prototype pollution", "CWE-1321", "high"},
            {"markdown-it", "Uncontrolled Resource Consumption in markdown-it", "CWE-400", "moderate"},
            {"sharp", "sharp vulnerability in libwebp dependency CVE-2023-4863", "CWE-787", "high"},
            {"cookiejar", "cookiejar Regular Expression Denial of Service via Cookie.parse function", "CWE-1333", "moderate"},
            {"trim-newlines", "Uncontrolled Resource Consumption in trim-newlines", "CWE-400", "high"},
            {"shell-quote", "Improper Neutralization of Special Elements used in a Command in Shell-quote", "CWE-77", "critical"},
            {"decode-uri-component", "decode-uri-component vulnerable to Denial of Service (DoS)", "CWE-20", "high"},
        };
        String[] dependentNames = {"express", "webpack-dev-server", "@storybook/core-server", "jest-environment-jsdom", "jsdom", "request-promise-native", "node-gyp",
            "eslint", "@typescript-eslint/typescript-estree", "react-scripts", "css-loader", "postcss-loader", "@vitejs/plugin-react", "vitest", "@nestjs/core",
            "@nestjs/platform-express", "socket.io", "@sentry/node", "aws-sdk", "firebase-admin", "google-gax", "@google-cloud/storage", "mongoose", "mongodb",
            "nodemon", "ts-node-dev", "chokidar", "anymatch", "fast-glob", "globby", "del", "rimraf", "babel-loader", "@babel/core", "karma", "puppeteer",
            "http-proxy", "proxy-agent", "pac-proxy-agent", "sockjs", "selfsigned", "@nrwl/devkit", "nx", "lerna", "@lerna/version", "conventional-changelog-core",
            "meow", "read-pkg-up", "svgo", "imagemin", "@storybook/react-vite", "storybook", "next", "@next/eslint-plugin-next", "nodemailer", "html-pdf-node",
            "request-promise", "coveralls", "@swc/core", "mocha", "ts-jest", "@angular-devkit/build-angular"};
        Map<String, Map<String, Object>> vulns = new java.util.TreeMap<>();
        Map<String, List<String>> effects = new LinkedHashMap<>();
        Map<String, Object> fixes = new LinkedHashMap<>();
        String[] workspaces = {"", "apps/web/", "apps/admin/", "services/api/", "packages/ui/"};
        for (String[] a : advisories) {
            effects.put(a[0], new ArrayList<>());
        }
        effects.put("xml-crypto", new ArrayList<>());
        effects.put("xml-encryption", new ArrayList<>());
        Map<String, List<String>> viaOf = new LinkedHashMap<>();
        for (String d : dependentNames) {
            int n = g.weighted(55, 30, 15) + 1;
            TreeSet<String> via = new TreeSet<>();
            while (via.size() < n) {
                via.add(g.pick(advisories)[0]);
            }
            if (g.chance(0.15)) {
                via.add(g.pick(dependentNames));
            }
            via.remove(d);
            viaOf.put(d, new ArrayList<>(via));
        }
        viaOf.put("passport-saml", List.of("xml-crypto", "xml-encryption"));
        for (Map.Entry<String, List<String>> e : viaOf.entrySet()) {
            for (String v : e.getValue()) {
                effects.computeIfAbsent(v, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        Map<String, String> severityOf = new LinkedHashMap<>();
        for (String[] a : advisories) {
            severityOf.put(a[0], a[3]);
        }
        severityOf.put("xml-crypto", "critical");
        severityOf.put("xml-encryption", "moderate");
        for (String[] a : advisories) {
            String name = a[0];
            int major = g.between(0, 9);
            String fixed = major + "." + g.between(0, 30) + "." + g.between(1, 12);
            String range = g.chance(0.6) ? "<" + fixed : ">=" + major + ".0.0 <" + fixed;
            Object fix = fixFor(g, name, effects.get(name));
            fixes.put(name, fix);
            List<Object> via = new ArrayList<>();
            int advisoriesOf = g.weighted(80, 20) + 1;
            for (int k = 0; k < advisoriesOf; k++) {
                String title = k == 0 ? a[1] : a[1].replace("vulnerable to", "vulnerable to another") + " (" + g.pick("bypass", "follow-up", "incomplete fix") + ")";
                via.add(advisory(g, name, title, a[2], a[3], range, ghsa(g)));
            }
            vulns.put(name, vuln(name, a[3], g.chance(0.2), via, effects.get(name), range, nodes(g, name, effects.get(name), workspaces), fix));
        }
        String target = "GHSA-7q2m-4hxv-w9c5";
        Map<String, Object> samlFix = obj("name", "passport-saml", "version", "4.0.4", "isSemVerMajor", true);
        vulns.put("xml-crypto", vuln("xml-crypto", "critical", false, List.of(advisory(g, "xml-crypto",
                "xml-crypto accepts signatures whose SignedInfo was altered behind an XML comment", "CWE-347", "critical", "<3.2.1", target)), List.of("passport-saml"), "<3.2.1",
                List.of("node_modules/passport-saml/node_modules/xml-crypto"), samlFix));
        vulns.put("xml-encryption", vuln("xml-encryption", "moderate", false, List.of(advisory(g, "xml-encryption",
                "xml-encryption vulnerable to XML injection in the encrypted key", "CWE-91", "moderate", "<2.0.0", ghsa(g))), List.of("passport-saml"), "<2.0.0",
                List.of("node_modules/xml-encryption"), samlFix));
        for (Map.Entry<String, List<String>> e : viaOf.entrySet()) {
            String d = e.getKey();
            String worst = "low";
            for (String v : e.getValue()) {
                String s = severityOf.getOrDefault(v, "moderate");
                if (rank(s) > rank(worst)) {
                    worst = s;
                }
            }
            severityOf.put(d, worst);
        }
        for (Map.Entry<String, List<String>> e : viaOf.entrySet()) {
            String d = e.getKey();
            boolean saml = d.equals("passport-saml");
            Object fix = saml ? samlFix : fixFor(g, d, effects.getOrDefault(d, List.of()));
            String range = saml ? "<=3.2.4" : g.chance(0.3) ? "*" : g.between(0, 6) + "." + g.between(0, 9) + ".0 - " + g.between(7, 30) + "." + g.between(0, 20) + "." + g.between(0, 9);
            List<Object> via = new ArrayList<>(e.getValue());
            vulns.put(d, vuln(d, severityOf.get(d), saml || g.chance(0.4), via, effects.getOrDefault(d, List.of()), range,
                    saml ? List.of("node_modules/passport-saml") : nodes(g, d, effects.getOrDefault(d, List.of()), workspaces), fix));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : new String[] {"info", "low", "moderate", "high", "critical"}) {
            counts.put(s, 0);
        }
        for (Map<String, Object> v : vulns.values()) {
            counts.merge((String) v.get("severity"), 1, Integer::sum);
        }
        Map<String, Object> severities = new LinkedHashMap<>(counts);
        severities.put("total", vulns.size());
        int prod = g.between(900, 1_200);
        int dev = g.between(1_800, 2_400);
        int optional = g.between(60, 140);
        Map<String, Object> report = obj("auditReportVersion", 2, "vulnerabilities", vulns, "metadata", obj("vulnerabilities", severities, "dependencies",
                obj("prod", prod, "dev", dev, "optional", optional, "peer", 0, "peerOptional", 0, "total", prod + dev + optional - 1)));
        StringBuilder sb = new StringBuilder();
        json(sb, report, 0, "  ", ": ", "[]", "{}");
        sb.append('\n');
        String content = sb.toString();
        requireCount(content, target, 1);
        requireCount(content, "node_modules/passport-saml/node_modules/xml-crypto", 1);
        requireCount(content, "4.0.4", 3); // the fix of xml-crypto, xml-encryption and passport-saml
        return NeedleCase.named("fresh6_npm_audit_json", "json", "npm-audit-json")
                .shell("npm audit --json")
                .question("Security flagged the xml-crypto signature bypass advisory. Are we affected? Which of our dependencies pulls xml-crypto in, and can it be fixed without a"
                        + " semver-major upgrade?")
                .heldAside()
                .build(content, List.of(
                        // values only: a compressor may re-format JSON
                        Needle.contains(target),
                        Needle.contains("node_modules/passport-saml/node_modules/xml-crypto"),
                        Needle.contains("4.0.4")));
    }

    private static int rank(String severity) {
        return List.of("info", "low", "moderate", "high", "critical").indexOf(severity);
    }

    private static String ghsa(Gen g) {
        String abc = "23456789cfghjmpqrvwx";
        return "GHSA-" + pickChars(g, abc, 4) + "-" + pickChars(g, abc, 4) + "-" + pickChars(g, abc, 4);
    }

    private static Map<String, Object> advisory(Gen g, String name, String title, String cwe, String severity, String range, String ghsa) {
        int tenths = switch (severity) {
            case "critical" -> 91 + g.nextInt(9);
            case "high" -> 70 + g.nextInt(19);
            case "moderate" -> 40 + g.nextInt(29);
            default -> g.chance(0.5) ? 0 : 20 + g.nextInt(19);
        };
        Object score = tenths == 0 ? (Object) 0 : (Object) (tenths / 10.0);
        String vector = tenths == 0 ? null : "CVSS:3.1/AV:N/AC:" + g.pick("L", "H") + "/PR:N/UI:" + g.pick("N", "R") + "/S:U/C:" + g.pick("N", "L", "H") + "/I:"
                + g.pick("N", "L", "H") + "/A:" + g.pick("N", "L", "H");
        return obj("source", g.between(1_088_000, 1_102_000), "name", name, "dependency", name, "title", title, "url", "https://github.com/advisories/" + ghsa,
                "severity", severity, "cwe", List.of(cwe), "cvss", obj("score", score, "vectorString", vector), "range", range);
    }

    private static Map<String, Object> vuln(String name, String severity, boolean direct, List<Object> via, List<String> effects, String range, List<String> nodes,
                                            Object fix) {
        return obj("name", name, "severity", severity, "isDirect", direct, "via", via, "effects", effects, "range", range, "nodes", nodes, "fixAvailable", fix);
    }

    private static Object fixFor(Gen g, String name, List<String> effects) {
        int k = g.weighted(60, 30, 10);
        if (k == 0) {
            return true;
        }
        if (k == 2) {
            return false;
        }
        String via = effects.isEmpty() ? name : g.pick(effects);
        return obj("name", via, "version", g.between(1, 19) + "." + g.between(0, 40) + "." + g.between(0, 20), "isSemVerMajor", g.chance(0.5));
    }

    private static List<String> nodes(Gen g, String name, List<String> effects, String[] workspaces) {
        List<String> out = new ArrayList<>();
        int n = g.weighted(60, 30, 10) + 1;
        for (int i = 0; i < n; i++) {
            String ws = g.pick(workspaces);
            String node = !effects.isEmpty() && g.chance(0.4) ? ws + "node_modules/" + g.pick(effects) + "/node_modules/" + name : ws + "node_modules/" + name;
            if (!out.contains(node)) {
                out.add(node);
            }
        }
        return out;
    }

    private static void requireCount(String content, String text, int expected) {
        int n = 0;
        StringBuilder where = new StringBuilder();
        for (int at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) {
            n++;
            where.append(" | ").append(content, Math.max(0, at - 40), Math.min(content.length(), at + text.length() + 10));
        }
        if (n != expected) {
            throw new IllegalStateException(expected + " occurrences expected, " + n + " found: " + text + where);
        }
    }

    // ---------------------------------------------------------------- Elasticsearch _search

    /**
     * An Elasticsearch _search response (?pretty) over the checkout service's logs: the last hour's 180 WARN and ERROR
     * documents (ECS fields, stack traces as escaped strings), newest first; the question names one order.
     */
    static NeedleCase esSearchOrder() {
        Gen g = new Gen(90_005);
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 10, 41, 7);
        String[] pods = {"checkout-7b9c6d5f48-qz8tn", "checkout-7b9c6d5f48-m4xkd", "checkout-7b9c6d5f48-2vhwp"};
        String order = "7741203";
        String expired = "Inventory reservation rsv_01JEK3M8Q4ZB7T for order " + order + " expired before payment capture (held 900s)";
        String rejected = "capture rejected by PSP: authorization pi_3QkZ8fLm2Xa9bC1dRt expired before capture (code=authorization_expired)";
        LocalDateTime warnAt = LocalDateTime.of(2026, 12, 7, 10, 19, 58, 771_000_000);
        LocalDateTime errorAt = LocalDateTime.of(2026, 12, 7, 10, 20, 3, 114_000_000);
        List<Object> hits = new ArrayList<>();
        boolean warned = false;
        boolean failed = false;
        String[] codes = {"card_declined", "insufficient_funds", "authorization_expired", "processing_error", "do_not_honor"};
        while (hits.size() < 180) {
            t = t.minusNanos(g.between(50, 40_000) * 1_000_000L);
            Map<String, Object> src;
            if (!failed && t.isBefore(errorAt)) {
                failed = true;
                src = esDoc(g, iso, errorAt, "ERROR", "com.acme.checkout.CheckoutService", "Checkout failed for order " + order, pods[1], "http-nio-8080-exec-41", order,
                        obj("type", "com.acme.checkout.payment.CaptureRejectedException", "message", rejected, "stack_trace", captureTrace(rejected)));
            } else if (!warned && t.isBefore(warnAt)) {
                warned = true;
                src = esDoc(g, iso, warnAt, "WARN", "com.acme.checkout.inventory.ReservationGuard", expired, pods[1], "reservation-sweeper-1", order, null);
            } else {
                String other = String.valueOf(g.between(7_700_000, 7_760_000));
                if (other.equals(order)) {
                    other = "7741230";
                }
                String pod = g.pick(pods);
                String thread = "http-nio-8080-exec-" + g.between(1, 64);
                switch (g.weighted(14, 22, 12, 8, 4, 6, 10, 5)) {
                    case 0 -> src = esDoc(g, iso, t, "WARN", "com.acme.checkout.inventory.ReservationGuard", "Inventory reservation rsv_01JEK" + pickChars(g,
                            "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 9) + " for order " + other + " expired before payment capture (held 900s)", pod, "reservation-sweeper-1", other, null);
                    case 1 -> src = esDoc(g, iso, t, "WARN", "com.acme.checkout.client.PricingClient", "Retrying call to pricing-service (attempt " + g.between(2, 3)
                            + "/3): " + g.pick("503 Service Unavailable", "connect timed out", "502 Bad Gateway"), pod, thread, null, null);
                    case 2 -> {
                        String code = g.pick(codes);
                        String msg = "capture rejected by PSP: " + (code.equals("authorization_expired") ? "authorization pi_3Q" + g.alnum(14) + " expired before capture"
                                : "payment declined") + " (code=" + code + ")";
                        src = esDoc(g, iso, t, "ERROR", "com.acme.checkout.CheckoutService", "Checkout failed for order " + other, pod, thread, other,
                                obj("type", "com.acme.checkout.payment.CaptureRejectedException", "message", msg, "stack_trace", captureTrace(msg)));
                    }
                    case 3 -> src = esDoc(g, iso, t, "WARN", "com.acme.checkout.repo.SessionRepository", "Slow query on checkout_sessions: " + g.between(1_000, 4_000)
                            + " ms (limit 1000 ms)", pod, thread, null, null);
                    case 4 -> src = esDoc(g, iso, t, "WARN", "io.github.resilience4j.circuitbreaker.CircuitBreaker", "CircuitBreaker 'tax-service' changed state from "
                            + g.pick("CLOSED to OPEN", "OPEN to HALF_OPEN", "HALF_OPEN to CLOSED"), pod, thread, null, null);
                    case 5 -> {
                        String msg = "Query timed out after 5000 ms; SQL [select * from checkout_sessions where cart_id=? for update]";
                        src = esDoc(g, iso, t, "ERROR", "org.springframework.web.servlet.DispatcherServlet", "Unhandled exception in POST /api/v1/checkout/chk_" + g.alnum(20)
                                + "/confirm", pod, thread, null, obj("type", "org.springframework.dao.QueryTimeoutException", "message", msg, "stack_trace",
                                "org.springframework.dao.QueryTimeoutException: " + msg + "\n\tat org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate"
                                        + "(SQLStateSQLExceptionTranslator.java:116)\n\tat com.acme.checkout.repo.SessionRepository.lockByCart(SessionRepository.java:88)\n\t..."
                                        + " 74 common frames omitted"));
                    }
                    case 6 -> src = esDoc(g, iso, t, "WARN", "com.acme.checkout.promo.PromotionService", "Promotion code " + g.pick("XMAS", "WINTER", "WELCOME", "VIP")
                            + g.between(10, 30) + " rejected for cart crt_" + g.alnum(12) + ": " + g.pick("expired", "minimum order value not reached", "already redeemed"),
                            pod, thread, null, null);
                    default -> src = esDoc(g, iso, t, "WARN", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta="
                            + g.between(1, 2) + "m" + g.between(0, 59) + "s" + g.between(100, 999) + "ms).", pod, "HikariPool-1 housekeeper", null, null);
                }
            }
            LocalDateTime at = LocalDateTime.parse(((String) src.get("@timestamp")).replace("Z", ""));
            hits.add(obj("_index", ".ds-logs-checkout-production-2026.12.07-000041", "_id", pickChars(g,
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 20), "_score", null, "_source", src, "sort",
                    List.of(at.toEpochSecond(java.time.ZoneOffset.UTC) * 1_000 + at.getNano() / 1_000_000)));
        }
        if (!failed || !warned) {
            throw new IllegalStateException("the order's documents are missing");
        }
        Map<String, Object> response = obj("took", 87, "timed_out", false, "_shards", obj("total", 6, "successful", 6, "skipped", 0, "failed", 0),
                "hits", obj("total", obj("value", 2_417, "relation", "eq"), "max_score", null, "hits", hits));
        StringBuilder sb = new StringBuilder();
        json(sb, response, 0, "  ", " : ", "[ ]", "{ }");
        sb.append('\n');
        String content = sb.toString();
        requireCount(content, expired, 1);
        requireCount(content, rejected, 2);
        return NeedleCase.named("fresh6_es_search_order", "json", "es-search-json")
                .shell("curl -s 'http://es-logs.internal:9200/logs-checkout-production/_search?pretty' -H 'Content-Type: application/json' -d '{\"size\":180,"
                        + "\"sort\":[{\"@timestamp\":\"desc\"}],\"query\":{\"bool\":{\"filter\":[{\"terms\":{\"log.level\":[\"WARN\",\"ERROR\"]}},"
                        + "{\"range\":{\"@timestamp\":{\"gte\":\"now-1h\"}}}]}}}'")
                .question("A customer says her order 7741203 failed at checkout around 10:20 this morning. Here are checkout's warnings and errors from the last hour: what"
                        + " happened to that order?")
                .heldAside()
                .build(content, List.of(
                        // values only: a compressor may re-format JSON
                        Needle.contains(expired),
                        Needle.contains(rejected)));
    }

    private static Map<String, Object> esDoc(Gen g, DateTimeFormatter iso, LocalDateTime t, String level, String logger, String message, String pod, String thread,
                                             String order, Map<String, Object> error) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@timestamp", iso.format(t));
        d.put("log", obj("level", level, "logger", logger));
        d.put("message", message);
        d.put("service", obj("name", "checkout", "version", "2.14.0", "environment", "production"));
        d.put("host", obj("name", pod));
        d.put("process", obj("thread", obj("name", thread)));
        d.put("trace", obj("id", g.hex(32)));
        d.put("transaction", obj("id", g.hex(16)));
        if (order != null) {
            d.put("labels", obj("order_id", order));
        }
        if (error != null) {
            d.put("error", error);
        }
        d.put("event", obj("dataset", "checkout.log"));
        d.put("ecs", obj("version", "8.11.0"));
        return d;
    }

    private static String captureTrace(String message) {
        return "com.acme.checkout.payment.CaptureRejectedException: " + message
                + "\n\tat com.acme.checkout.payment.PspClient.capture(PspClient.java:212)"
                + "\n\tat com.acme.checkout.payment.PaymentService.capture(PaymentService.java:97)"
                + "\n\tat com.acme.checkout.CheckoutService.confirm(CheckoutService.java:154)"
                + "\n\tat com.acme.checkout.web.CheckoutController.confirm(CheckoutController.java:71)"
                + "\n\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"
                + "\n\t... 88 common frames omitted";
    }

    /** An insertion-ordered JSON object from key, value pairs (values may be null). */
    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Pretty JSON with the given indent and key separator; empty containers as {@code emptyList} and {@code emptyMap}. */
    private static void json(StringBuilder sb, Object v, int depth, String indent, String colon, String emptyList, String emptyMap) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            sb.append(Json.quote(s));
        } else if (v instanceof Boolean || v instanceof Number) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append(emptyMap);
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(indent.repeat(depth + 1)).append(Json.quote((String) e.getKey())).append(colon);
                json(sb, e.getValue(), depth + 1, indent, colon, emptyList, emptyMap);
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            sb.append(indent.repeat(depth)).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append(emptyList);
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                sb.append(indent.repeat(depth + 1));
                json(sb, l.get(i), depth + 1, indent, colon, emptyList, emptyMap);
                sb.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            sb.append(indent.repeat(depth)).append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + v);
        }
    }

    // ---------------------------------------------------------------- JMeter results (JTL) CSV

    /**
     * A JMeter results file (CSV JTL, default columns) of a nightly load test against staging: two thread groups,
     * transaction-controller rows, ~2,400 samples; a burst of 500s on checkout, read timeouts on order lookups and
     * a few response-assertion failures on adding to the cart.
     */
    static NeedleCase jmeterJtlErrors() {
        Gen g = new Gen(90_006);
        String base = "https://shop-staging.acme.io";
        String[][] samplers = {{"GET /", "/"}, {"GET /api/products", "/api/products?page=%d"}, {"GET /api/products/{id}", "/api/products/%d"},
            {"POST /api/cart/items", "/api/cart/items"}, {"GET /api/cart", "/api/cart"}, {"POST /api/checkout", "/api/checkout"}, {"GET /api/orders/{id}", "/api/orders/%d"},
            {"POST /api/auth/login", "/api/auth/login"}};
        int[] browseWeights = {10, 30, 40, 0, 6, 0, 0, 4};
        int[] buyerWeights = {2, 6, 10, 22, 16, 14, 18, 12};
        List<String> lines = new ArrayList<>();
        lines.add("timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,"
                + "IdleTime,Connect");
        long ts = LocalDateTime.of(2026, 12, 7, 2, 0, 4).toEpochSecond(java.time.ZoneOffset.UTC) * 1_000 + 212;
        List<String> server = new ArrayList<>();
        List<String> timeouts = new ArrayList<>();
        List<String> assertions = new ArrayList<>();
        int checkoutFlow = 0;
        for (int i = 0; i < 2_400; i++) {
            ts += g.between(5, 260);
            boolean buyer = g.chance(0.35);
            int grp = buyer ? 20 : 60;
            int all = 80 - (i < 60 ? 60 - i : 0);
            String thread = (buyer ? "Buyers 2-" : "Browse 1-") + g.between(1, grp);
            if (buyer && g.chance(0.08)) {
                int samples = 4;
                boolean failing = i >= 1_380 && i < 1_560 && g.chance(0.5);
                checkoutFlow++;
                lines.add(csvLine(new String[] {String.valueOf(ts), String.valueOf(g.between(900, 3_200)), "TC Checkout flow", failing ? "500" : "200",
                    "Number of samples in transaction : " + samples + ", number of failing samples : " + (failing ? 1 : 0), thread, "", String.valueOf(!failing), "",
                    String.valueOf(g.between(20_000, 60_000)), String.valueOf(g.between(2_000, 5_000)), String.valueOf(grp), String.valueOf(all), "null",
                    String.valueOf(g.between(800, 3_000)), String.valueOf(g.between(0, 20)), String.valueOf(g.between(0, 40))}));
                continue;
            }
            String[] s = samplers[g.weighted(buyer ? buyerWeights : browseWeights)];
            String url = base + (s[1].contains("%d") ? fmt(s[1], s[0].contains("page") || s[1].contains("page") ? g.between(1, 40) : g.between(100_000, 999_999)) : s[1]);
            boolean post = s[0].startsWith("POST");
            int elapsed = s[0].equals("POST /api/checkout") ? g.between(180, 1_500) : g.between(12, 420);
            int latency = Math.max(1, elapsed - g.between(0, 30));
            int connect = g.chance(0.9) ? 0 : g.between(1, 60);
            String code = "200";
            String message = "OK";
            boolean success = true;
            String failure = "";
            int bytes = g.between(400, 48_000);
            int sent = post ? g.between(600, 1_800) : g.between(300, 700);
            List<String> into = null;
            if (s[0].equals("POST /api/checkout") && i >= 1_380 && i < 1_560 && g.chance(0.7)) {
                code = "500";
                message = "Internal Server Error";
                success = false;
                bytes = g.between(380, 420);
                elapsed = g.between(1_100, 2_400);
                latency = elapsed - g.between(0, 3);
                into = server;
            } else if (s[0].equals("GET /api/orders/{id}") && timeouts.size() < 4 && g.chance(0.03)) {
                code = "Non HTTP response code: java.net.SocketTimeoutException";
                message = "Non HTTP response message: Read timed out";
                success = false;
                elapsed = 30_000 + g.between(0, 12);
                latency = 0;
                bytes = g.between(2_790, 2_840);
                into = timeouts;
            } else if (s[0].equals("POST /api/cart/items") && assertions.size() < 3 && g.chance(0.02)) {
                success = false;
                failure = "Test failed: text expected to contain /\"cartId\"/";
                bytes = g.between(300, 340);
                into = assertions;
            } else if (s[0].equals("POST /api/checkout")) {
                code = "201";
                message = "Created";
            }
            String line = csvLine(new String[] {String.valueOf(ts), String.valueOf(elapsed), s[0], code, message, thread, "text", String.valueOf(success), failure,
                String.valueOf(bytes), String.valueOf(sent), String.valueOf(grp), String.valueOf(all), url, String.valueOf(latency), "0", String.valueOf(connect)});
            lines.add(line);
            if (into != null) {
                into.add(line);
            }
        }
        if (server.size() < 3 || timeouts.isEmpty() || assertions.isEmpty() || checkoutFlow == 0) {
            throw new IllegalStateException("failures missing: " + server.size() + "/" + timeouts.size() + "/" + assertions.size());
        }
        return NeedleCase.named("fresh6_jmeter_jtl_errors", "csv", "jmeter-jtl-csv")
                .shell("cat results/nightly-2026-12-07.jtl")
                .question("Last night's load test against staging reported a small error rate. Which requests failed, and how?")
                .heldAside()
                .build(String.join("\n", lines) + "\n", List.of(Needle.anyOf(server), Needle.anyOf(timeouts), Needle.anyOf(assertions)));
    }

    private static String csvLine(String[] cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells[i];
            if (c.contains(",") || c.contains("\"")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String pickChars(Gen g, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(g.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- ceph osd df tree

    /**
     * ceph osd df tree of a 36-host cluster (three racks, 18 HDD and 2 SSD OSDs per host, 720 OSDs): one OSD is past
     * the nearfull ratio (a few others are close), one is down and out.
     */
    static NeedleCase cephOsdDfTree() {
        Gen g = new Gen(90_007);
        double tib = 1024.0 * 1024 * 1024 * 1024;
        double hddSize = 14.55269 * tib;
        double ssdSize = 1.74660 * tib;
        int nearfullHost = 19;
        int nearfullOsd = 387;
        int downHost = 25;
        int downOsd = 514;
        record Osd(int id, boolean ssd, double size, double pct, double omap, double meta, int pgs, boolean down) {}
        List<List<Osd>> hosts = new ArrayList<>();
        double used = 0;
        double total = 0;
        for (int h = 0; h < 36; h++) {
            List<Osd> osds = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                int id = h * 20 + k;
                boolean ssd = k >= 18;
                double pct = ssd ? 34 + g.nextDouble() * 16 : 70 + (g.nextDouble() + g.nextDouble() + g.nextDouble() - 1.5) * 8;
                if (id == nearfullOsd) {
                    pct = 86.93;
                } else if (!ssd && g.chance(0.006)) {
                    pct = 80.5 + g.nextDouble() * 3;
                }
                boolean down = id == downOsd;
                Osd o = new Osd(id, ssd, ssd ? ssdSize : hddSize, down ? 0 : pct, (ssd ? 0.2 : 0.4 + g.nextDouble() * 2.6) * 1024 * 1024 * 1024,
                        (ssd ? 3 + g.nextDouble() * 4 : 22 + g.nextDouble() * 40) * 1024 * 1024 * 1024, down ? 0 : ssd ? g.between(28, 44) : g.between(96, 131), down);
                osds.add(o);
                if (!down) {
                    used += o.size() * o.pct() / 100;
                    total += o.size();
                }
            }
            hosts.add(osds);
        }
        double avg = used / total * 100;
        List<String> out = new ArrayList<>();
        out.add(fmt("%-4s  %-5s  %-10s  %-8s  %-7s  %-7s  %-7s  %-7s  %-7s  %-7s  %-5s  %-4s  %-3s  %-6s  %s", "ID", "CLASS", "WEIGHT", "REWEIGHT", "SIZE", "RAW USE",
                "DATA", "OMAP", "META", "AVAIL", "%USE", "VAR", "PGS", "STATUS", "TYPE NAME"));
        double[] rootSums = new double[5];
        List<String> body = new ArrayList<>();
        List<Needle> needles = new ArrayList<>();
        double minVar = 9;
        double maxVar = 0;
        double sq = 0;
        int n = 0;
        for (int r = 0; r < 3; r++) {
            double[] rackSums = new double[5];
            List<String> rackBody = new ArrayList<>();
            for (int hh = 0; hh < 12; hh++) {
                int h = r * 12 + hh;
                String hostName = fmt("stor-r%d-%02d", r + 1, hh + 1);
                double[] s = new double[5];
                List<String> osdLines = new ArrayList<>();
                double weight = 0;
                for (Osd o : hosts.get(h)) {
                    weight += o.size() / tib;
                    String line;
                    if (o.down()) {
                        line = fmt("%4d  %5s  %10.5f  %8d  %7s  %7s  %7s  %7s  %7s  %7s  %5d  %4d  %3d  %6s              osd.%d", o.id(), "hdd", o.size() / tib, 0,
                                "0 B", "0 B", "0 B", "0 B", "0 B", "0 B", 0, 0, 0, "down", o.id());
                    } else {
                        double raw = o.size() * o.pct() / 100;
                        double var = o.pct() / avg;
                        minVar = Math.min(minVar, var);
                        maxVar = Math.max(maxVar, var);
                        sq += (o.pct() - avg) * (o.pct() - avg);
                        n++;
                        line = fmt("%4d  %5s  %10.5f  %8.5f  %7s  %7s  %7s  %7s  %7s  %7s  %5.2f  %4.2f  %3d  %6s              osd.%d", o.id(), o.ssd() ? "ssd" : "hdd",
                                o.size() / tib, 1.0, bytes(o.size()), bytes(raw), bytes(raw - o.omap() - o.meta()), bytes(o.omap()), bytes(o.meta()), bytes(o.size() - raw),
                                o.pct(), var, o.pgs(), "up", o.id());
                        s[0] += o.size();
                        s[1] += raw;
                        s[2] += o.omap();
                        s[3] += o.meta();
                        s[4] += o.size() - raw;
                    }
                    osdLines.add(line);
                    if (o.id() == nearfullOsd || o.id() == downOsd) {
                        needles.add(Needle.exact(line));
                    }
                }
                String hostLine = bucket(-(3 + 2 * h), weight, s, avg, "        host " + hostName);
                rackBody.add(hostLine);
                rackBody.addAll(osdLines);
                if (h == nearfullHost || h == downHost) {
                    needles.add(Needle.exact(hostLine));
                }
                for (int i = 0; i < 5; i++) {
                    rackSums[i] += s[i];
                }
            }
            double rackWeight = 12 * (18 * hddSize + 2 * ssdSize) / tib;
            body.add(bucket(-(75 + 2 * r), rackWeight, rackSums, avg, "    rack r" + (r + 1)));
            body.addAll(rackBody);
            for (int i = 0; i < 5; i++) {
                rootSums[i] += rackSums[i];
            }
        }
        out.add(bucket(-1, 36 * (18 * hddSize + 2 * ssdSize) / tib, rootSums, avg, "root default"));
        out.addAll(body);
        out.add(fmt("%33s  %7s  %7s  %7s  %7s  %7s  %7s  %5.2f", "TOTAL", bytes(rootSums[0]), bytes(rootSums[1]), bytes(rootSums[1] - rootSums[2] - rootSums[3]),
                bytes(rootSums[2]), bytes(rootSums[3]), bytes(rootSums[4]), rootSums[1] / rootSums[0] * 100));
        out.add(fmt("MIN/MAX VAR: %.2f/%.2f  STDDEV: %.2f", minVar, maxVar, Math.sqrt(sq / n)));
        if (needles.size() != 4) {
            throw new IllegalStateException("needles: " + needles.size());
        }
        return NeedleCase.named("fresh6_ceph_osd_df_tree", "table", "ceph-osd-df-tree")
                .shell("sudo ceph osd df tree")
                .question("ceph health says HEALTH_WARN: 1 nearfull osd(s); 1 osds down. Which OSDs are those, and on which hosts?")
                .heldAside()
                .build(String.join("\n", out) + "\n", needles);
    }

    /** A bucket row (root, rack, host): no class, reweight or PGs; sums of its OSDs. */
    private static String bucket(int id, double weight, double[] s, double avg, String name) {
        double pct = s[0] == 0 ? 0 : s[1] / s[0] * 100;
        return fmt("%4d  %5s  %10.5f  %8s  %7s  %7s  %7s  %7s  %7s  %7s  %5.2f  %4.2f  %3s  %6s  %s", id, "", weight, "-", bytes(s[0]), bytes(s[1]),
                bytes(s[1] - s[2] - s[3]), bytes(s[2]), bytes(s[3]), bytes(s[4]), pct, pct / avg, "-", "", name);
    }

    /** Ceph's byte units: one decimal under 10, none above. */
    private static String bytes(double b) {
        if (b <= 0) {
            return "0 B";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        int u = 0;
        while (b >= 1024 && u < units.length - 1) {
            b /= 1024;
            u++;
        }
        return b < 9.95 ? fmt("%.1f %s", b, units[u]) : fmt("%.0f %s", b, units[u]);
    }

    // ---------------------------------------------------------------- rg --json

    /**
     * rg --json over a TypeScript monorepo for TODO|FIXME|HACK|XXX: begin, match and end messages of ~300 files and
     * the closing summary; the question names one file (two others share its base name).
     */
    static NeedleCase rgJsonTodos() {
        Gen g = new Gen(90_008);
        String[] pkgs = {"billing", "checkout", "catalog", "auth", "ui", "analytics", "notifications", "search", "shared", "admin", "orders", "cart"};
        String[] dirs = {"src", "src/api", "src/components", "src/hooks", "src/utils", "src/services", "src/store", "src/lib", "test"};
        String[] stems = {"index", "client", "useCart", "formatPrice", "Button", "Modal", "Table", "OrderList", "api", "config", "logger", "validators", "types", "hooks",
            "routes", "middleware", "session", "errors", "retry", "cache", "PriceTag", "CheckoutForm", "AddressForm", "InvoiceRow", "ProductCard", "SearchBar", "featureFlags",
            "tracking", "i18n", "dates", "renderPdf", "webhooks", "queue", "pagination"};
        String[] templates = {
            "  // TODO: remove once the v1 endpoint is gone",
            "  // FIXME: this re-renders on every keystroke",
            "  // TODO(perf): memoize %s",
            "    /* HACK: Safari 16 ignores position: sticky inside overflow containers */",
            "  // XXX: depends on the order in which middleware is registered",
            "  // TODO: i18n",
            "    // TODO: handle 429 from the upstream and back off",
            "  // FIXME: flaky on CI, see #%d",
            "// TODO: move to shared/config",
            "  // TODO: proper types for %s",
            "    throw new Error('TODO: not implemented');",
            "  // TODO(@%s): drop after the %s migration",
            "// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TODO: type the payload",
            "  // HACK: the API returns cents as strings for some currencies",
            "      // FIXME: timezone of the warehouse, not of the browser",
            "  // TODO: remove the feature flag %s after rollout",
            "    // XXX: keep in sync with services/api/src/schema.ts",
        };
        String named = "packages/billing/src/invoice/renderPdf.ts";
        String[][] namedMatches = {
            {"47", "  // TODO: credit notes still print the VAT breakdown of the original invoice"},
            {"131", "  // FIXME: page breaks inside the line-item table drop the repeated header row"},
            {"208", "    // HACK: pdfkit measures text before the fonts load, so column widths are padded by 4%"}};
        String[][] testTwin = {{"12", "  // TODO: snapshot test for multi-page invoices"}, {"64", "  // TODO: cover reverse-charge notes once the copy is final"}};
        String[][] noteTwin = {{"9", "// TODO: share the layout code with invoice/renderPdf.ts"}};
        List<String> files = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>(List.of(named, "packages/billing/src/invoice/renderPdf.test.ts", "packages/billing/src/credit-note/renderPdf.ts"));
        while (files.size() < 297) {
            String pkg = g.pick(pkgs);
            String dir = g.pick(dirs);
            String stem = g.pick(stems);
            String ext = dir.equals("test") ? ".test.ts" : Character.isUpperCase(stem.charAt(0)) ? ".tsx" : ".ts";
            String f = "packages/" + pkg + "/" + dir + "/" + stem + ext;
            if (seen.add(f)) {
                files.add(f);
            }
        }
        files.add(g.between(40, 90), "packages/billing/src/credit-note/renderPdf.ts");
        files.add(g.between(100, 180), named);
        files.add(g.between(190, 280), "packages/billing/src/invoice/renderPdf.test.ts");
        List<String> out = new ArrayList<>();
        long bytesSearchedTotal = 0;
        long bytesPrinted = 0;
        int matchesTotal = 0;
        int linesTotal = 0;
        for (String f : files) {
            String[][] ms;
            if (f.equals(named)) {
                ms = namedMatches;
            } else if (f.endsWith("invoice/renderPdf.test.ts")) {
                ms = testTwin;
            } else if (f.endsWith("credit-note/renderPdf.ts")) {
                ms = noteTwin;
            } else {
                int k = g.weighted(40, 28, 16, 9, 7) + 1;
                ms = new String[k][];
                int line = g.between(1, 30);
                String stem = f.substring(f.lastIndexOf('/') + 1, f.indexOf('.', f.lastIndexOf('/')));
                for (int i = 0; i < k; i++) {
                    line += g.between(2, 90);
                    String tpl = g.pick(templates);
                    String text = tpl.contains("%s") && tpl.contains("@") ? fmt(tpl, g.pick("mk", "jl", "sa", "tr"), g.pick("Prisma", "Next 15", "pnpm", "React 19"))
                            : tpl.contains("%s") ? fmt(tpl, stem) : tpl.contains("%d") ? fmt(tpl, g.between(1_200, 4_800)) : tpl;
                    ms[i] = new String[] {String.valueOf(line), text};
                }
            }
            String path = "{\"text\":\"" + Json.escape(f) + "\"}";
            String begin = "{\"type\":\"begin\",\"data\":{\"path\":" + path + "}}";
            out.add(begin);
            long offset = 0;
            int printed = begin.length() + 1;
            int matches = 0;
            for (String[] m : ms) {
                int ln = Integer.parseInt(m[0]);
                offset = Math.max(offset + 40, ln * (28L + g.between(0, 14)));
                StringBuilder subs = new StringBuilder();
                java.util.regex.Matcher mt = java.util.regex.Pattern.compile("TODO|FIXME|HACK|XXX").matcher(m[1]);
                while (mt.find()) {
                    if (subs.length() > 0) {
                        subs.append(',');
                    }
                    subs.append("{\"match\":{\"text\":\"").append(mt.group()).append("\"},\"start\":").append(mt.start()).append(",\"end\":").append(mt.end()).append('}');
                    matches++;
                }
                String line = "{\"type\":\"match\",\"data\":{\"path\":" + path + ",\"lines\":{\"text\":\"" + Json.escape(m[1] + "\n") + "\"},\"line_number\":" + ln
                        + ",\"absolute_offset\":" + offset + ",\"submatches\":[" + subs + "]}}";
                out.add(line);
                printed += line.length() + 1;
            }
            long searched = offset + g.between(200, 9_000);
            int nanos = g.between(9_000, 140_000);
            String end = "{\"type\":\"end\",\"data\":{\"path\":" + path + ",\"binary_offset\":null,\"stats\":{\"elapsed\":{\"secs\":0,\"nanos\":" + nanos + ",\"human\":\""
                    + fmt("%.6fs", nanos / 1e9) + "\"},\"searches\":1,\"searches_with_match\":1,\"bytes_searched\":" + searched + ",\"bytes_printed\":" + printed
                    + ",\"matched_lines\":" + ms.length + ",\"matches\":" + matches + "}}}";
            out.add(end);
            bytesSearchedTotal += searched;
            bytesPrinted += printed + end.length() + 1;
            matchesTotal += matches;
            linesTotal += ms.length;
        }
        long searchedAll = bytesSearchedTotal * 9 + g.between(100_000, 900_000);
        out.add("{\"data\":{\"elapsed_total\":{\"human\":\"0.084117s\",\"nanos\":84117302,\"secs\":0},\"stats\":{\"bytes_printed\":" + bytesPrinted + ",\"bytes_searched\":"
                + searchedAll + ",\"elapsed\":{\"human\":\"0.297540s\",\"nanos\":297540118,\"secs\":0},\"matched_lines\":" + linesTotal + ",\"matches\":" + matchesTotal
                + ",\"searches\":2841,\"searches_with_match\":" + files.size() + "}},\"type\":\"summary\"}");
        String content = String.join("\n", out) + "\n";
        List<Needle> needles = new ArrayList<>();
        for (String[] m : namedMatches) {
            String text = m[1].trim();
            requireCount(content, text, 1);
            needles.add(Needle.contains(text));
        }
        return NeedleCase.named("fresh6_rg_json_todos", "search", "rg-json")
                .shell("rg --json 'TODO|FIXME|HACK|XXX' packages/")
                .question("Which TODO, FIXME or HACK comments are left in packages/billing/src/invoice/renderPdf.ts? I want to clean that file up.")
                .heldAside()
                .build(content, needles);
    }

    // ---------------------------------------------------------------- git reflog --date=iso

    /** A branch of the simulated developer: its name, the commit it started from and its own commits (hash, subject). */
    private static final class Branch {
        final String name;
        String base;
        final List<String[]> commits = new ArrayList<>();

        Branch(String name, String base) {
            this.name = name;
            this.base = base;
        }

        String tip() {
            return commits.isEmpty() ? base : commits.get(commits.size() - 1)[0];
        }
    }

    /**
     * git reflog --date=iso of a developer's clone over eleven weeks (~1,400 entries, newest first): branches, commits,
     * amends, rebases, pulls, resets. On Friday evening a hard reset to origin/main threw away a freshly amended commit.
     */
    static NeedleCase gitReflogReset() {
        Gen g = new Gen(90_009);
        String[] topics = {"cart merge on login", "tax rounding for CHF", "order export CSV header", "search facet counts", "invoice PDF footer", "webhook signature check",
            "stock reservation expiry", "promo code stacking", "refund idempotency keys", "shipping label retries", "session cookie flags", "currency conversion cache",
            "gift card balance query", "wishlist sync", "price history chart", "GDPR export job", "password reset throttle", "Kafka consumer lag metric",
            "Redis connection pool", "order status emails", "SKU import validation", "OpenAPI schema for /v2/orders", "flaky cart e2e test", "docker build cache",
            "VAT OSS report", "invoice numbering per country"};
        String[] verbs = {"Fix", "Add", "Refactor", "Handle", "Speed up", "Log", "Validate", "Rename", "Extract", "Cache", "Test", "Simplify", "Guard against"};
        String[] followUps = {"Address review comments", "Fix lint", "Update snapshots", "Add tests", "Fix typo", "Apply suggestions from code review", "WIP",
            "Move helper into shared module", "Fix failing test", "Tidy up"};
        List<String[]> entries = new ArrayList<>();
        String[] origin = {g.hex(7)};
        Branch main = new Branch("main", origin[0]);
        Map<String, Branch> open = new LinkedHashMap<>();
        String head = "main";
        String amendLine = null;
        String resetLine = null;
        for (LocalDate day = LocalDate.of(2026, 9, 21); !day.isAfter(LocalDate.of(2026, 12, 7)); day = day.plusDays(1)) {
            int dow = day.getDayOfWeek().getValue();
            if (dow >= 6) {
                continue;
            }
            boolean incidentDay = day.equals(LocalDate.of(2026, 12, 4));
            boolean today = day.equals(LocalDate.of(2026, 12, 7));
            LocalDateTime t = day.atTime(g.between(8, 9), g.between(0, 59), g.between(0, 59));
            // the morning: back to main, pull
            if (!head.equals("main")) {
                reflog(entries, t, main.tip(), "checkout: moving from " + head + " to main");
                head = "main";
                t = t.plusSeconds(g.between(5, 90));
            }
            origin[0] = g.hex(7);
            main.base = origin[0];
            reflog(entries, t, origin[0], g.chance(0.12) ? "reset: moving to origin/main" : "pull: Fast-forward");
            LocalDateTime stop = day.atTime(incidentDay ? 15 : today ? 10 : 18, g.between(0, 45));
            while (true) {
                t = t.plusMinutes(g.between(4, 55)).plusSeconds(g.between(0, 59));
                if (!t.isBefore(stop)) {
                    break;
                }
                Branch b;
                if (open.isEmpty() || g.chance(0.3)) {
                    String topic = g.pick(topics);
                    String verb = g.pick(verbs);
                    String name = (verb.equals("Fix") || verb.equals("Handle") || verb.equals("Guard against") ? "fix/" : "feat/")
                            + topic.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
                    if (open.containsKey(name) || name.equals("feat/vat-reverse-charge")) {
                        continue;
                    }
                    Branch from = head.equals("main") ? main : open.get(head);
                    b = new Branch(name, from.tip());
                    open.put(name, b);
                    reflog(entries, t, b.tip(), "checkout: moving from " + head + " to " + name);
                    head = name;
                    String[] c = {g.hex(7), verb + " " + topic};
                    t = t.plusMinutes(g.between(5, 60));
                    b.commits.add(c);
                    reflog(entries, t, c[0], "commit: " + c[1]);
                    continue;
                }
                b = open.get(head);
                if (b == null || g.chance(0.25)) {
                    List<String> names = new ArrayList<>(open.keySet());
                    String to = g.pick(names);
                    if (to.equals(head)) {
                        continue;
                    }
                    reflog(entries, t, open.get(to).tip(), "checkout: moving from " + head + " to " + to);
                    head = to;
                    continue;
                }
                switch (g.weighted(46, 12, 10, 5, 4, 4, 14, 5)) {
                    case 0 -> {
                        String[] c = {g.hex(7), g.pick(followUps)};
                        b.commits.add(c);
                        reflog(entries, t, c[0], "commit: " + c[1]);
                    }
                    case 1 -> {
                        String subject = b.commits.isEmpty() ? g.pick(followUps) : b.commits.get(b.commits.size() - 1)[1];
                        String[] c = {g.hex(7), subject};
                        if (!b.commits.isEmpty()) {
                            b.commits.remove(b.commits.size() - 1);
                        }
                        b.commits.add(c);
                        reflog(entries, t, c[0], "commit (amend): " + c[1]);
                    }
                    case 2 -> {
                        origin[0] = g.hex(7);
                        reflog(entries, t, origin[0], "rebase (start): checkout origin/main");
                        b.base = origin[0];
                        for (String[] c : b.commits) {
                            t = t.plusSeconds(g.between(0, 2));
                            c[0] = g.hex(7);
                            reflog(entries, t, c[0], "rebase (pick): " + c[1]);
                        }
                        reflog(entries, t, b.tip(), "rebase (finish): returning to refs/heads/" + b.name);
                    }
                    case 3 -> {
                        if (b.commits.size() > 1) {
                            b.commits.remove(b.commits.size() - 1);
                            reflog(entries, t, b.tip(), "reset: moving to HEAD~1");
                        } else {
                            reflog(entries, t, b.tip(), "reset: moving to HEAD");
                        }
                    }
                    case 4 -> {
                        origin[0] = g.hex(7);
                        String[] c = {g.hex(7), "Merge remote-tracking branch 'origin/main' into " + b.name};
                        b.commits.add(c);
                        reflog(entries, t, c[0], "merge origin/main: Merge made by the 'ort' strategy.");
                    }
                    case 5 -> {
                        String[] c = {g.hex(7), g.pick(verbs) + " " + g.pick(topics)};
                        b.commits.add(c);
                        reflog(entries, t, c[0], "cherry-pick: " + c[1]);
                    }
                    case 6 -> {
                        // merged upstream: back to main, pull, branch gone
                        reflog(entries, t, main.tip(), "checkout: moving from " + head + " to main");
                        head = "main";
                        open.remove(b.name);
                        origin[0] = g.hex(7);
                        main.base = origin[0];
                        reflog(entries, t.plusSeconds(g.between(3, 40)), origin[0], "pull: Fast-forward");
                    }
                    default -> reflog(entries, t, b.tip(), "reset: moving to HEAD"); // git stash
                }
            }
            if (incidentDay) {
                String from = head;
                Branch vat = new Branch("feat/vat-reverse-charge", (from.equals("main") ? main : open.get(from)).tip());
                reflog(entries, day.atTime(17, 2, 31), vat.tip(), "checkout: moving from " + from + " to feat/vat-reverse-charge");
                reflog(entries, day.atTime(17, 48, 9), g.hex(7), "commit: Add reverse_charge flag to TaxRate");
                reflog(entries, day.atTime(18, 21, 54), g.hex(7), "commit: Add VAT reverse-charge for EU B2B invoices");
                amendLine = reflog(entries, day.atTime(18, 36, 12), g.hex(7), "commit (amend): Add VAT reverse-charge for EU B2B invoices");
                origin[0] = g.hex(7);
                main.base = origin[0];
                resetLine = reflog(entries, day.atTime(18, 44, 3), origin[0], "reset: moving to origin/main");
                reflog(entries, day.atTime(18, 44, 40), origin[0], "checkout: moving from feat/vat-reverse-charge to main");
                head = "main";
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            out.add(entries.get(i)[0]);
        }
        return NeedleCase.named("fresh6_git_reflog_reset", "diff", "git-reflog")
                .shell("git reflog --date=iso")
                .question("On Friday evening I ran git reset --hard origin/main on my VAT reverse-charge branch by mistake, and the commit I had just amended is gone. Can I"
                        + " get it back? Which hash do I need?")
                .heldAside()
                .build(String.join("\n", out) + "\n", List.of(Needle.exact(amendLine), Needle.exact(resetLine)));
    }

    /** Adds a reflog line (CEST until 25 October, CET after) and returns it. */
    private static String reflog(List<String[]> entries, LocalDateTime t, String hash, String message) {
        String offset = t.toLocalDate().isBefore(LocalDate.of(2026, 10, 25)) ? "+0200" : "+0100";
        String line = hash + " HEAD@{" + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).format(t) + " " + offset + "}: " + message;
        entries.add(new String[] {line});
        return line;
    }

    // ---------------------------------------------------------------- docker build --progress=plain

    /** A line of a BuildKit step: when (seconds since the build started), which step, and either output (timed) or a raw step line. */
    private record Bk(double at, int seq, int step, String text, boolean output) {}

    /**
     * docker build --progress=plain of a two-stage image (a Vite frontend and a Django backend built in parallel):
     * layer pulls, apt-get, npm ci, the Vite chunk list, pip installing ~110 packages; one source-only package fails
     * to compile (its C headers are not installed) and the build fails.
     */
    static NeedleCase dockerBuildPlain() {
        Gen g = new Gen(90_010);
        List<Bk> ev = new ArrayList<>();
        Map<Integer, String> titles = new LinkedHashMap<>();
        Map<Integer, Double> starts = new LinkedHashMap<>();
        int[] seq = {0};
        String nodeImage = "docker.io/library/node:20-bookworm-slim@sha256:" + g.hex(64);
        String pyImage = "docker.io/library/python:3.12-slim-bookworm@sha256:" + g.hex(64);
        step(titles, starts, 1, "[internal] load build definition from Dockerfile", 0.0);
        raw(ev, seq, 0.01, 1, "transferring dockerfile: 1.94kB done");
        raw(ev, seq, 0.02, 1, "DONE 0.0s");
        step(titles, starts, 2, "[internal] load metadata for docker.io/library/python:3.12-slim-bookworm", 0.05);
        step(titles, starts, 3, "[internal] load metadata for docker.io/library/node:20-bookworm-slim", 0.05);
        raw(ev, seq, 1.41, 2, "DONE 1.4s");
        raw(ev, seq, 1.52, 3, "DONE 1.5s");
        step(titles, starts, 4, "[internal] load .dockerignore", 1.55);
        raw(ev, seq, 1.56, 4, "transferring context: 318B done");
        raw(ev, seq, 1.57, 4, "DONE 0.0s");
        pull(g, ev, seq, titles, starts, 5, "[frontend 1/6] FROM " + nodeImage, nodeImage, 1.6, new double[] {3.31e-3, 40.01, 3.37, 48.49, 1.71, 0.45});
        pull(g, ev, seq, titles, starts, 6, "[backend 1/8] FROM " + pyImage, pyImage, 1.6, new double[] {28.23, 3.51, 12.58, 0.249, 3.1e-3});
        step(titles, starts, 7, "[internal] load build context", 1.6);
        raw(ev, seq, 2.4, 7, "transferring context: 12.31MB 0.8s");
        raw(ev, seq, 3.7, 7, "transferring context: 48.12MB 2.1s done");
        raw(ev, seq, 3.75, 7, "DONE 2.2s");
        // frontend
        step(titles, starts, 8, "[frontend 2/6] WORKDIR /web", 10.7);
        raw(ev, seq, 11.0, 8, "DONE 0.3s");
        step(titles, starts, 10, "[frontend 3/6] COPY package.json package-lock.json ./", 11.0);
        raw(ev, seq, 11.2, 10, "DONE 0.2s");
        step(titles, starts, 11, "[frontend 4/6] RUN npm ci", 11.2);
        double t = 11.2 + 2.1;
        for (String w : new String[] {"inflight@1.0.6: This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and tested way"
                + " to coalesce async requests by a key value, which is much more comprehensive and powerful.", "glob@7.2.3: Glob versions prior to v9 are no longer supported",
            "rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported", "@humanwhocodes/config-array@0.13.0: Use @eslint/config-array instead",
            "@humanwhocodes/object-schema@2.0.3: Use @eslint/object-schema instead", "abab@2.0.6: Use your platform's native atob() and btoa() methods instead",
            "domexception@4.0.0: Use your platform's native DOMException instead", "sourcemap-codec@1.4.8: Please use @jridgewell/sourcemap-codec instead",
            "eslint@8.57.1: This version is no longer supported. Please see https://eslint.org/version-support for other options."}) {
            t += g.nextDouble() * 3;
            out(ev, seq, t, 11, "npm warn deprecated " + w);
        }
        t = 38.4;
        for (String l : new String[] {"", "added 1187 packages, and audited 1188 packages in 27s", "", "243 packages are looking for funding", "  run `npm fund` for details", "",
            "6 vulnerabilities (2 moderate, 4 high)", "", "To address issues that do not require attention, run:", "  npm audit fix", "",
            "To address all issues (including breaking changes), run:", "  npm audit fix --force", "", "Run `npm audit` for details.", "npm notice",
            "npm notice New major version of npm available! 10.8.2 -> 11.0.0", "npm notice Changelog: https://github.com/npm/cli/releases/tag/v11.0.0",
            "npm notice To update run: npm install -g npm@11.0.0", "npm notice"}) {
            out(ev, seq, t, 11, l);
            t += 0.001;
        }
        raw(ev, seq, 40.3, 11, "DONE 29.1s");
        step(titles, starts, 15, "[frontend 5/6] COPY . .", 40.3);
        raw(ev, seq, 41.0, 15, "DONE 0.7s");
        step(titles, starts, 16, "[frontend 6/6] RUN npm run build", 41.0);
        t = 41.6;
        for (String l : new String[] {"", "> web@3.8.0 build", "> tsc -b && vite build", ""}) {
            out(ev, seq, t, 16, l);
        }
        t = 52.9;
        out(ev, seq, t, 16, "vite v5.4.11 building for production...");
        out(ev, seq, t + 0.05, 16, "transforming...");
        t = 63.2;
        out(ev, seq, t, 16, "✓ 2841 modules transformed.");
        out(ev, seq, t + 0.01, 16, "rendering chunks...");
        t = 69.8;
        out(ev, seq, t, 16, "computing gzip size...");
        String[] chunkNames = {"OrderDetails", "OrderList", "Checkout", "CartDrawer", "ProductPage", "SearchResults", "AccountSettings", "AddressBook", "Invoices", "Returns",
            "Wishlist", "GiftCards", "StoreLocator", "Login", "Signup", "PasswordReset", "AdminDashboard", "AdminOrders", "AdminProducts", "AdminCustomers", "AdminPromotions",
            "Reports", "Help", "Legal", "NotFound", "useCart", "usePagination", "formatPrice", "dates", "i18n", "Table", "Modal", "DatePicker", "Chart", "Map", "RichText",
            "ImageGallery", "Reviews", "Recommendations", "PriceHistory"};
        out(ev, seq, t + 0.3, 16, fmt("%-60s %8s │ gzip: %7s", "dist/index.html", "1.12 kB", "0.52 kB"));
        for (String font : new String[] {"inter-latin-400-normal", "inter-latin-500-normal", "inter-latin-600-normal", "inter-latin-ext-400-normal",
            "inter-cyrillic-400-normal", "inter-greek-400-normal", "inter-vietnamese-400-normal"}) {
            for (String ext : new String[] {"woff", "woff2"}) {
                out(ev, seq, t + 0.3, 16, fmt("%-60s %8s", "dist/assets/" + font + "-" + pickChars(g, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 8)
                        + "." + ext, fmt("%.2f kB", 18 + g.nextDouble() * 20)));
            }
        }
        for (String c : chunkNames) {
            for (String ext : new String[] {"css", "js", "js"}) {
                double kb = ext.equals("css") ? 0.5 + g.nextDouble() * 12 : 0.8 + g.nextDouble() * 60;
                String name = "dist/assets/" + c + (ext.equals("js") && g.chance(0.4) ? "." + g.pick("module", "worker", "lazy") : "") + "-"
                        + pickChars(g, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_", 8) + "." + ext;
                out(ev, seq, t + 0.3, 16, fmt("%-60s %8s │ gzip: %7s%s", name, fmt("%.2f kB", kb), fmt("%.2f kB", kb * 0.31),
                        ext.equals("js") ? fmt(" │ map: %9s", fmt("%.2f kB", kb * 3.7)) : ""));
            }
        }
        out(ev, seq, t + 0.3, 16, fmt("%-60s %8s │ gzip: %7s │ map: %9s", "dist/assets/vendor-react-D8k2LpQz.js", "143.91 kB", "46.18 kB", "601.44 kB"));
        out(ev, seq, t + 0.3, 16, fmt("%-60s %8s │ gzip: %7s │ map: %9s", "dist/assets/index-Bw3mR9xT.js", "712.36 kB", "221.07 kB", "2,911.80 kB"));
        out(ev, seq, t + 0.31, 16, "");
        out(ev, seq, t + 0.31, 16, "(!) Some chunks are larger than 500 kB after minification. Consider:");
        out(ev, seq, t + 0.31, 16, "- Using dynamic import() to code-split the application");
        out(ev, seq, t + 0.31, 16, "- Use build.rollupOptions.output.manualChunks to improve chunking: https://rollupjs.org/configuration-options/#output-manualchunks");
        out(ev, seq, t + 0.31, 16, "- Adjust chunk size limit for this warning via build.chunkSizeWarningLimit.");
        out(ev, seq, t + 0.32, 16, "✓ built in 17.43s");
        raw(ev, seq, 71.9, 16, "DONE 30.9s");
        // backend: apt-get
        step(titles, starts, 9, "[backend 2/8] RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev curl && rm -rf"
                + " /var/lib/apt/lists/*", 9.0);
        String[][] aptIndex = {{"bookworm InRelease", "151 kB"}, {"bookworm-updates InRelease", "55.4 kB"}, {"bookworm-security InRelease", "48.0 kB"},
            {"bookworm/main amd64 Packages", "8792 kB"}, {"bookworm-updates/main amd64 Packages", "13.5 kB"}, {"bookworm-security/main amd64 Packages", "239 kB"}};
        t = 9.3;
        for (int i = 0; i < aptIndex.length; i++) {
            t += 0.1 + g.nextDouble() * 0.4;
            out(ev, seq, t, 9, "Get:" + (i + 1) + " http://deb.debian.org/debian" + (aptIndex[i][0].contains("security") ? "-security " : " ")
                    + aptIndex[i][0].replace("bookworm-security", "bookworm-security") + " [" + aptIndex[i][1] + "]");
        }
        out(ev, seq, t += 0.4, 9, "Fetched 9299 kB in 1s (6812 kB/s)");
        out(ev, seq, t += 0.9, 9, "Reading package lists...");
        out(ev, seq, t += 0.7, 9, "Reading package lists...");
        out(ev, seq, t += 0.2, 9, "Building dependency tree...");
        out(ev, seq, t += 0.1, 9, "Reading state information...");
        String[][] debs = {{"perl-modules-5.36", "5.36.0-7+deb12u1", "all"}, {"libgdbm-compat4", "1.23-3", "amd64"}, {"libperl5.36", "5.36.0-7+deb12u1", "amd64"},
            {"perl", "5.36.0-7+deb12u1", "amd64"}, {"bzip2", "1.0.8-5+b1", "amd64"}, {"xz-utils", "5.4.1-0.2", "amd64"}, {"binutils-common", "2.40-2", "amd64"},
            {"libbinutils", "2.40-2", "amd64"}, {"libctf-nobfd0", "2.40-2", "amd64"}, {"libctf0", "2.40-2", "amd64"}, {"libgprofng0", "2.40-2", "amd64"},
            {"libjansson4", "2.14-2", "amd64"}, {"binutils-x86-64-linux-gnu", "2.40-2", "amd64"}, {"binutils", "2.40-2", "amd64"}, {"libc-dev-bin", "2.36-9+deb12u9", "amd64"},
            {"linux-libc-dev", "6.1.119-1", "amd64"}, {"libcrypt-dev", "1:4.4.33-2", "amd64"}, {"libtirpc-dev", "1.3.3+ds-1", "amd64"}, {"libnsl-dev", "1.3.0-2", "amd64"},
            {"rpcsvc-proto", "1.4.3-1", "amd64"}, {"libc6-dev", "2.36-9+deb12u9", "amd64"}, {"libisl23", "0.25-1.1", "amd64"}, {"libmpfr6", "4.2.0-1", "amd64"},
            {"libmpc3", "1.3.1-1", "amd64"}, {"cpp-12", "12.2.0-14", "amd64"}, {"cpp", "4:12.2.0-3", "amd64"}, {"libcc1-0", "12.2.0-14", "amd64"},
            {"libgomp1", "12.2.0-14", "amd64"}, {"libitm1", "12.2.0-14", "amd64"}, {"libatomic1", "12.2.0-14", "amd64"}, {"libasan8", "12.2.0-14", "amd64"},
            {"liblsan0", "12.2.0-14", "amd64"}, {"libtsan2", "12.2.0-14", "amd64"}, {"libubsan1", "12.2.0-14", "amd64"}, {"libquadmath0", "12.2.0-14", "amd64"},
            {"libgcc-12-dev", "12.2.0-14", "amd64"}, {"gcc-12", "12.2.0-14", "amd64"}, {"gcc", "4:12.2.0-3", "amd64"}, {"libstdc++-12-dev", "12.2.0-14", "amd64"},
            {"g++-12", "12.2.0-14", "amd64"}, {"g++", "4:12.2.0-3", "amd64"}, {"make", "4.3-4.1", "amd64"}, {"libdpkg-perl", "1.21.22", "all"}, {"patch", "2.7.6-7", "amd64"},
            {"dpkg-dev", "1.21.22", "all"}, {"build-essential", "12.9", "amd64"}, {"libbrotli1", "1.0.9-2+b6", "amd64"}, {"libsasl2-modules-db", "2.1.28+dfsg-10", "amd64"},
            {"libsasl2-2", "2.1.28+dfsg-10", "amd64"}, {"libldap-2.5-0", "2.5.13+dfsg-5", "amd64"}, {"libnghttp2-14", "1.52.0-1+deb12u2", "amd64"},
            {"libpsl5", "0.21.2-1", "amd64"}, {"librtmp1", "2.4+20151223.gitfa8646d.1-2+b2", "amd64"}, {"libssh2-1", "1.10.0-3+b1", "amd64"},
            {"libcurl4", "7.88.1-10+deb12u8", "amd64"}, {"curl", "7.88.1-10+deb12u8", "amd64"}, {"libpq5", "15.10-0+deb12u1", "amd64"},
            {"libssl-dev", "3.0.15-1~deb12u1", "amd64"}, {"libpq-dev", "15.10-0+deb12u1", "amd64"}};
        out(ev, seq, t += 0.1, 9, "The following additional packages will be installed:");
        StringBuilder wrap = new StringBuilder(" ");
        for (String[] d : debs) {
            if (wrap.length() + d[0].length() > 76) {
                out(ev, seq, t, 9, wrap.toString());
                wrap = new StringBuilder(" ");
            }
            wrap.append(' ').append(d[0]);
        }
        out(ev, seq, t, 9, wrap.toString());
        out(ev, seq, t, 9, "Suggested packages:");
        out(ev, seq, t, 9, "  binutils-doc bzip2-doc cpp-doc gcc-12-locales cpp-12-doc debian-keyring g++-multilib g++-12-multilib gcc-12-doc gcc-multilib manpages-dev");
        out(ev, seq, t, 9, "  autoconf automake libtool flex bison gdb gcc-doc gcc-12-multilib glibc-doc libssl-doc postgresql-doc-15 ed diffutils-doc perl-doc");
        out(ev, seq, t, 9, "0 upgraded, " + debs.length + " newly installed, 0 to remove and 0 not upgraded.");
        out(ev, seq, t, 9, "Need to get 78.4 MB of archives.");
        out(ev, seq, t, 9, "After this operation, 312 MB of additional disk space will be used.");
        for (int i = 0; i < debs.length; i++) {
            t += 0.02 + g.nextDouble() * 0.12;
            String[] d = debs[i];
            out(ev, seq, t, 9, fmt("Get:%d http://deb.debian.org/debian%s bookworm%s/main amd64 %s %s %s [%s]", i + 1, d[1].contains("deb12u") ? "-security" : "",
                    d[1].contains("deb12u") ? "-security" : "", d[0], d[2], d[1], g.between(20, 2_000) + (g.chance(0.3) ? " B" : " kB")));
        }
        out(ev, seq, t += 0.2, 9, "debconf: delaying package configuration, since apt-utils is not installed");
        out(ev, seq, t += 0.1, 9, "Fetched 78.4 MB in 2s (39.6 MB/s)");
        for (int i = 0; i < debs.length; i++) {
            String[] d = debs[i];
            t += 0.05 + g.nextDouble() * 0.2;
            out(ev, seq, t, 9, "Selecting previously unselected package " + d[0] + ".");
            if (i == 0) {
                out(ev, seq, t, 9, "(Reading database ... 6686 files and directories currently installed.)");
            }
            out(ev, seq, t, 9, fmt("Preparing to unpack .../%02d-%s_%s_%s.deb ...", i, d[0], d[1].replace(":", "%3a"), d[2]));
            out(ev, seq, t, 9, "Unpacking " + d[0] + " (" + d[1] + ") ...");
        }
        for (String[] d : debs) {
            t += 0.02 + g.nextDouble() * 0.1;
            out(ev, seq, t, 9, "Setting up " + d[0] + " (" + d[1] + ") ...");
        }
        out(ev, seq, t += 0.1, 9, "Processing triggers for libc-bin (2.36-9+deb12u9) ...");
        raw(ev, seq, 33.8, 9, "DONE 24.8s");
        step(titles, starts, 12, "[backend 3/8] WORKDIR /app", 33.8);
        raw(ev, seq, 34.0, 12, "DONE 0.2s");
        step(titles, starts, 13, "[backend 4/8] COPY requirements.txt .", 34.0);
        raw(ev, seq, 34.1, 13, "DONE 0.1s");
        // backend: pip
        String pipCmd = "pip install --no-cache-dir -r requirements.txt";
        step(titles, starts, 14, "[backend 5/8] RUN " + pipCmd, 34.1);
        String[][] reqs = {{"Django", "5.1.4", "py3", "8.3 MB"}, {"djangorestframework", "3.15.2", "py3", "1.1 MB"}, {"celery", "5.4.0", "py3", "425 kB"},
            {"redis", "5.2.1", "py3", "261 kB"}, {"psycopg", "3.2.3", "py3", "198 kB"}, {"psycopg-binary", "3.2.3", "cp312", "4.4 MB"}, {"gunicorn", "23.0.0", "py3", "85 kB"},
            {"boto3", "1.35.76", "py3", "139 kB"}, {"requests", "2.32.3", "py3", "64 kB"}, {"pydantic", "2.10.3", "py3", "456 kB"}, {"sentry-sdk", "2.19.2", "py2.py3", "322 kB"},
            {"structlog", "24.4.0", "py3", "67 kB"}, {"python-dateutil", "2.9.0.post0", "py2.py3", "229 kB"}, {"PyJWT", "2.10.1", "py3", "22 kB"},
            {"cryptography", "44.0.0", "cp39-abi3", "4.2 MB"}, {"numpy", "2.1.3", "cp312", "16.0 MB"}, {"pandas", "2.2.3", "cp312", "12.7 MB"}, {"openpyxl", "3.1.5", "py2.py3", "250 kB"},
            {"lxml", "5.3.0", "cp312", "4.9 MB"}, {"pillow", "11.0.0", "cp312", "4.4 MB"}, {"reportlab", "4.2.5", "py3", "1.9 MB"}, {"stripe", "11.3.0", "py2.py3", "1.6 MB"},
            {"django-storages", "1.14.4", "py3", "31 kB"}, {"django-environ", "0.11.2", "py2.py3", "19 kB"}, {"django-filter", "24.3", "py3", "95 kB"},
            {"django-cors-headers", "4.6.0", "py3", "12 kB"}, {"drf-spectacular", "0.28.0", "py3", "103 kB"}, {"whitenoise", "6.8.2", "py3", "20 kB"},
            {"orjson", "3.10.12", "cp312", "131 kB"}, {"httpx", "0.28.1", "py3", "73 kB"}, {"pyodbc", "5.2.0", "sdist", "116 kB"}, {"crcmod", "1.7", "sdist", "89 kB"},
            {"opentelemetry-sdk", "1.29.0", "py3", "118 kB"}, {"opentelemetry-instrumentation-django", "0.50b0", "py3", "19 kB"}, {"PyYAML", "6.0.2", "cp312", "767 kB"},
            {"django-redis", "5.4.0", "py3", "31 kB"}, {"django-celery-beat", "2.7.0", "py3", "94 kB"}, {"flower", "2.0.1", "py2.py3", "383 kB"}};
        String[][] deps = {{"asgiref", "3.8.1", "Django"}, {"sqlparse", "0.5.2", "Django"}, {"kombu", "5.4.2", "celery"}, {"billiard", "4.2.1", "celery"},
            {"vine", "5.1.0", "celery"}, {"click", "8.1.7", "celery"}, {"click-didyoumean", "0.3.1", "celery"}, {"click-repl", "0.3.0", "celery"},
            {"click-plugins", "1.1.1", "celery"}, {"tzdata", "2024.2", "celery"}, {"amqp", "5.3.1", "kombu"}, {"prompt-toolkit", "3.0.48", "click-repl"},
            {"wcwidth", "0.2.13", "prompt-toolkit"}, {"typing-extensions", "4.12.2", "psycopg"}, {"packaging", "24.2", "gunicorn"}, {"botocore", "1.35.76", "boto3"},
            {"jmespath", "1.0.1", "boto3"}, {"s3transfer", "0.10.4", "boto3"}, {"charset-normalizer", "3.4.0", "requests"}, {"idna", "3.10", "requests"},
            {"urllib3", "2.2.3", "requests"}, {"certifi", "2024.8.30", "requests"}, {"annotated-types", "0.7.0", "pydantic"}, {"pydantic-core", "2.27.1", "pydantic"},
            {"six", "1.17.0", "python-dateutil"}, {"cffi", "1.17.1", "cryptography"}, {"pycparser", "2.22", "cffi"}, {"pytz", "2024.2", "pandas"},
            {"et-xmlfile", "2.0.0", "openpyxl"}, {"chardet", "5.2.0", "reportlab"}, {"inflection", "0.5.1", "drf-spectacular"}, {"jsonschema", "4.23.0", "drf-spectacular"},
            {"uritemplate", "4.1.1", "drf-spectacular"}, {"attrs", "24.2.0", "jsonschema"}, {"jsonschema-specifications", "2024.10.1", "jsonschema"},
            {"referencing", "0.35.1", "jsonschema"}, {"rpds-py", "0.22.3", "jsonschema"}, {"anyio", "4.7.0", "httpx"}, {"httpcore", "1.0.7", "httpx"},
            {"h11", "0.14.0", "httpcore"}, {"sniffio", "1.3.1", "anyio"}, {"opentelemetry-api", "1.29.0", "opentelemetry-sdk"},
            {"opentelemetry-semantic-conventions", "0.50b0", "opentelemetry-sdk"}, {"deprecated", "1.2.15", "opentelemetry-api"}, {"importlib-metadata", "8.5.0", "opentelemetry-api"},
            {"wrapt", "1.17.0", "deprecated"}, {"zipp", "3.21.0", "importlib-metadata"}, {"opentelemetry-instrumentation", "0.50b0", "opentelemetry-instrumentation-django"},
            {"opentelemetry-instrumentation-wsgi", "0.50b0", "opentelemetry-instrumentation-django"}, {"opentelemetry-util-http", "0.50b0", "opentelemetry-instrumentation-django"},
            {"cron-descriptor", "1.4.5", "django-celery-beat"}, {"django-timezone-field", "7.0", "django-celery-beat"}, {"python-crontab", "3.2.0", "django-celery-beat"},
            {"humanize", "4.11.0", "flower"}, {"prometheus-client", "0.21.1", "flower"}, {"tornado", "6.4.2", "flower"}};
        t = 34.1 + 0.9;
        List<String[]> downloads = new ArrayList<>();
        for (int i = 0; i < reqs.length; i++) {
            String[] r = reqs[i];
            t += 0.08 + g.nextDouble() * 0.3;
            out(ev, seq, t, 14, "Collecting " + r[0] + "==" + r[1] + " (from -r requirements.txt (line " + (i + 1) + "))");
            if (r[2].equals("sdist")) {
                out(ev, seq, t += 0.1, 14, "  Downloading " + r[0] + "-" + r[1] + ".tar.gz (" + r[3] + ")");
                for (String phase : new String[] {"Installing build dependencies", "Getting requirements to build wheel", "Preparing metadata (pyproject.toml)"}) {
                    out(ev, seq, t += 0.01, 14, "  " + phase + ": started");
                    out(ev, seq, t += 0.4 + g.nextDouble() * 1.5, 14, "  " + phase + ": finished with status 'done'");
                }
            } else {
                out(ev, seq, t += 0.05, 14, "  Downloading " + wheel(r[0], r[1], r[2]) + ".metadata (" + fmt("%.1f kB", 1.5 + g.nextDouble() * 9) + ")");
                downloads.add(new String[] {wheel(r[0], r[1], r[2]), r[3]});
            }
            for (String[] d : deps) {
                if (d[2].equals(r[0])) {
                    t += 0.05 + g.nextDouble() * 0.2;
                    out(ev, seq, t, 14, "Collecting " + d[0] + (g.chance(0.5) ? ">=" : "<" + (Integer.parseInt(d[1].replaceAll("\\..*", "")) + 1) + ",>=") + d[1]
                            + " (from " + r[0] + "==" + r[1] + "->-r requirements.txt (line " + (i + 1) + "))");
                    String tag = List.of("pydantic-core", "cffi", "charset-normalizer", "rpds-py", "wrapt", "tornado").contains(d[0]) ? "cp312" : "py3";
                    out(ev, seq, t += 0.05, 14, "  Downloading " + wheel(d[0], d[1], tag) + ".metadata (" + fmt("%.1f kB", 1.5 + g.nextDouble() * 9) + ")");
                    downloads.add(new String[] {wheel(d[0], d[1], tag), fmt("%d kB", g.between(9, 900))});
                }
            }
        }
        for (String[] d : downloads) {
            t += 0.03 + g.nextDouble() * 0.1;
            out(ev, seq, t, 14, "Downloading " + d[0] + " (" + d[1] + ")");
            if (d[1].endsWith("MB")) {
                String mb = d[1].replace(" MB", "");
                out(ev, seq, t += 0.2, 14, "   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ " + mb + "/" + mb + " MB " + fmt("%.1f", 30 + g.nextDouble() * 60)
                        + " MB/s eta 0:00:00");
            }
        }
        out(ev, seq, t += 0.3, 14, "Building wheels for collected packages: crcmod, pyodbc");
        out(ev, seq, t += 0.01, 14, "  Building wheel for crcmod (pyproject.toml): started");
        out(ev, seq, t += 1.1, 14, "  Building wheel for crcmod (pyproject.toml): finished with status 'done'");
        out(ev, seq, t, 14, "  Created wheel for crcmod: filename=crcmod-1.7-cp312-cp312-linux_x86_64.whl size=31412 sha256=" + g.hex(64));
        out(ev, seq, t, 14, "  Stored in directory: /tmp/pip-ephem-wheel-cache-" + g.alnum(8) + "/wheels/23/94/7a/" + g.hex(56));
        out(ev, seq, t += 0.01, 14, "  Building wheel for pyodbc (pyproject.toml): started");
        t += 2.1;
        double pipStart = starts.get(14);
        String fatal = null;
        String[] failure = {"  Building wheel for pyodbc (pyproject.toml): finished with status 'error'", "  error: subprocess-exited-with-error", "  ",
            "  × Building wheel for pyodbc (pyproject.toml) did not run successfully.", "  │ exit code: 1", "  ╰─> [12 lines of output]", "      running bdist_wheel",
            "      running build", "      running build_ext", "      building 'pyodbc' extension", "      creating build/temp.linux-x86_64-cpython-312/src",
            "      gcc -fno-strict-overflow -Wsign-compare -DNDEBUG -g -O3 -Wall -fPIC -DPYODBC_VERSION=5.2.0 -I/usr/local/include/python3.12 -c src/buffer.cpp -o"
                    + " build/temp.linux-x86_64-cpython-312/src/buffer.o -Wno-write-strings",
            "      In file included from src/buffer.cpp:12:", "      src/pyodbc.h:56:10: fatal error: sql.h: No such file or directory", "         56 | #include <sql.h>",
            "            |          ^~~~~~~", "      compilation terminated.", "      error: command '/usr/bin/gcc' failed with exit code 1", "      [end of output]", "  ",
            "  note: This error originates from a subprocess, and is likely not a problem with pip.", "  ERROR: Failed building wheel for pyodbc",
            "Successfully built crcmod", "Failed to build pyodbc", "ERROR: ERROR: Failed to build installable wheels for some pyproject.toml based projects (pyodbc)"};
        List<String> tail = new ArrayList<>();
        String failedWheelRun = null;
        for (String l : failure) {
            if (l.startsWith("Successfully")) {
                t += 0.01;
            } else if (l.startsWith("ERROR: ERROR")) {
                t += 0.42;
            }
            out(ev, seq, t, 14, l);
            String line = "#14 " + rel(t - pipStart) + " " + l;
            if (l.contains("fatal error: sql.h")) {
                fatal = line;
            }
            if (l.equals("  ERROR: Failed building wheel for pyodbc")) {
                failedWheelRun = line;
            }
            tail.add(rel(t - pipStart) + " " + l);
        }
        double failedAt = t + 0.3;
        String processFailed = "process \"/bin/sh -c " + pipCmd + "\" did not complete successfully: exit code: 1";
        raw(ev, seq, failedAt, 14, "ERROR: " + processFailed);
        ev.sort(Comparator.comparingDouble(Bk::at).thenComparingInt(Bk::seq));
        List<String> out = new ArrayList<>();
        out.add("#0 building with \"default\" instance using docker driver");
        int current = 0;
        java.util.Set<Integer> announced = new java.util.HashSet<>();
        for (Bk e : ev) {
            if (e.step() != current) {
                out.add("");
                out.add("#" + e.step() + " " + titles.get(e.step()));
                current = e.step();
                announced.add(current);
            }
            out.add("#" + e.step() + " " + (e.output() ? rel(e.at() - starts.get(e.step())) + " " : "") + e.text());
        }
        for (Map.Entry<Integer, String> s : titles.entrySet()) {
            if (!announced.contains(s.getKey())) {
                throw new IllegalStateException("step without lines: " + s.getKey());
            }
        }
        out.add("------");
        out.add(" > [backend 5/8] RUN " + pipCmd + ":");
        List<String> last = tail.subList(tail.size() - 10, tail.size());
        String failedWheelTail = null;
        for (String l : last) {
            out.add(l);
            if (l.endsWith("  ERROR: Failed building wheel for pyodbc")) {
                failedWheelTail = l;
            }
        }
        out.add("------");
        out.add("Dockerfile:21");
        out.add("--------------------");
        out.add("  19 |     COPY requirements.txt .");
        out.add("  20 |     ");
        out.add("  21 | >>> RUN " + pipCmd);
        out.add("  22 |     ");
        out.add("  23 |     COPY . .");
        out.add("--------------------");
        String solve = "ERROR: failed to solve: " + processFailed;
        out.add(solve);
        List<String> wheelLines = new ArrayList<>();
        wheelLines.add(failedWheelRun);
        if (failedWheelTail != null) {
            wheelLines.add(failedWheelTail);
        }
        return NeedleCase.named("fresh6_docker_build_plain", "build", "docker-build-plain")
                .shell("docker build --progress=plain -t registry.acme.io/shop/app:ci-4812 .")
                .question("The image build fails in CI. Why?")
                .heldAside()
                .build(String.join("\n", out) + "\n", List.of(Needle.exact(fatal), Needle.anyOf(wheelLines), Needle.exact(solve)));
    }

    private static void step(Map<Integer, String> titles, Map<Integer, Double> starts, int id, String title, double at) {
        titles.put(id, title);
        starts.put(id, at);
    }

    private static void raw(List<Bk> ev, int[] seq, double at, int step, String text) {
        ev.add(new Bk(at, seq[0]++, step, text, false));
    }

    /** Adds a line of a step's output (printed as "#step seconds-since-the-step-started text"). */
    private static void out(List<Bk> ev, int[] seq, double at, int step, String text) {
        ev.add(new Bk(at, seq[0]++, step, text, true));
    }

    /** BuildKit's seconds since the step started: four significant digits. */
    private static String rel(double s) {
        return s < 10 ? fmt("%.3f", s) : s < 100 ? fmt("%.2f", s) : fmt("%.1f", s);
    }

    private static String wheel(String name, String version, String tag) {
        String n = name.replace('-', '_');
        return switch (tag) {
            case "py3" -> n + "-" + version + "-py3-none-any.whl";
            case "py2.py3" -> n + "-" + version + "-py2.py3-none-any.whl";
            case "cp39-abi3" -> n + "-" + version + "-cp39-abi3-manylinux_2_28_x86_64.whl";
            default -> n + "-" + version + "-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl";
        };
    }

    /** An image pull: resolve, layer downloads with progress, extraction. {@code layers} in MB. */
    private static void pull(Gen g, List<Bk> ev, int[] seq, Map<Integer, String> titles, Map<Integer, Double> starts, int id, String title, String image, double at,
                             double[] layers) {
        step(titles, starts, id, title, at);
        raw(ev, seq, at + 0.01, id, "resolve " + image + " 0.0s done");
        double t = at + 0.05;
        String[] digests = new String[layers.length];
        for (int i = 0; i < layers.length; i++) {
            digests[i] = g.hex(64);
        }
        double end = t;
        for (int i = 0; i < layers.length; i++) {
            double mb = layers[i];
            String size = mb < 0.01 ? fmt("%.2fkB", mb * 1000) : mb < 1 ? fmt("%.0fkB", mb * 1000) : fmt("%.2fMB", mb);
            double speed = 20 + g.nextDouble() * 15;
            double dur = Math.max(0.1, mb / speed);
            for (double s = 0.2; s < dur; s += 0.2) {
                raw(ev, seq, t + s, id, fmt("sha256:%s %.2fMB / %s %.1fs", digests[i], mb * s / dur, size, t + s - at));
            }
            raw(ev, seq, t + dur, id, fmt("sha256:%s %s / %s %.1fs done", digests[i], size, size, t + dur - at));
            end = Math.max(end, t + dur);
            t += 0.05;
        }
        double x = end;
        for (int i = layers.length - 1; i >= 0; i--) {
            double d = 0.1 + layers[i] / 30;
            raw(ev, seq, x + 0.01, id, fmt("extracting sha256:%s", digests[i]));
            x += d;
            raw(ev, seq, x, id, fmt("extracting sha256:%s %.1fs done", digests[i], d));
        }
        raw(ev, seq, x + 0.01, id, fmt("DONE %.1fs", x - at));
    }

    // ---------------------------------------------------------------- scontrol show node

    /**
     * scontrol show node of a Slurm cluster (180 nodes: CPU, A100, H100 and big-memory partitions), a record of key=value
     * lines per node; a few nodes are drained or down for various reasons, the question names one of them.
     */
    static NeedleCase scontrolShowNode() {
        Gen g = new Gen(90_011);
        // prefix, count, digits, sockets, cores per socket, real memory (MB), gres, features, partitions, weight
        Object[][] groups = {
            {"cpu-", 120, 3, 2, 32, 515_000, "(null)", "epyc,ib", "cpu,cpu-long", 1},
            {"gpu-a100-", 40, 2, 2, 32, 1_031_000, "gpu:a100:8(S:0-1)", "a100,nvlink,ib,epyc", "gpu,gpu-long", 10},
            {"gpu-h100-", 16, 2, 2, 56, 2_063_000, "gpu:h100:8(S:0-1)", "h100,nvlink,ib,sapphirerapids", "gpu-h100", 20},
            {"bigmem-", 4, 2, 2, 48, 4_127_000, "(null)", "bigmem,ib,epyc", "bigmem", 50}};
        Map<String, String[]> special = new LinkedHashMap<>();
        special.put("cpu-017", new String[] {"DOWN+NOT_RESPONDING", "Not responding [slurm@2026-12-06T22:14:09]"});
        special.put("cpu-088", new String[] {"MIXED+DRAIN", "NHC: check_fs_mount: /scratch not mounted [root@2026-12-07T06:02:51]"});
        special.put("gpu-a100-03", new String[] {"MIXED+DRAIN", "maintenance: BMC firmware update after running jobs finish (OPS-2291) [jdoe@2026-12-07T07:30:12]"});
        special.put("gpu-a100-17", new String[] {"IDLE+DRAIN", "NHC: nvidia-smi: GPU 3 (0000:4E:00.0) Xid 79, GPU has fallen off the bus [root@2026-12-07T02:43:05]"});
        special.put("gpu-h100-09", new String[] {"DOWN+DRAIN", "Kill task failed [root@2026-12-05T18:20:44]"});
        special.put("bigmem-03", new String[] {"IDLE+DRAIN", "reserved for a memory test (OPS-2288) [asmith@2026-12-06T16:00:00]"});
        DateTimeFormatter slurm = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
        List<String> out = new ArrayList<>();
        String stateLine = null;
        String reasonLine = null;
        for (Object[] grp : groups) {
            String prefix = (String) grp[0];
            int count = (Integer) grp[1];
            int sockets = (Integer) grp[3];
            int cores = (Integer) grp[4];
            int mem = (Integer) grp[5];
            String gres = (String) grp[6];
            String features = (String) grp[7];
            boolean gpu = !gres.equals("(null)");
            int cpus = sockets * cores * 2;
            LocalDateTime boot = LocalDateTime.of(2026, 11, 28, 6, 14, 2);
            for (int i = 1; i <= count; i++) {
                String name = prefix + fmt("%0" + grp[2] + "d", i);
                String[] sp = special.get(name);
                String state = sp != null ? sp[0] : new String[] {"ALLOCATED", "MIXED", "IDLE"}[g.weighted(55, 30, 15)];
                boolean down = state.startsWith("DOWN");
                int alloc = state.startsWith("ALLOCATED") ? cpus : state.startsWith("MIXED") ? 8 * g.between(1, cpus / 8 - 1) : 0;
                int allocMem = alloc == 0 ? 0 : Math.min(mem, (int) ((long) mem * alloc / cpus) - g.between(0, 3) * 1_000);
                int gpus = !gpu || alloc == 0 ? 0 : alloc == cpus ? 8 : g.between(1, 7);
                LocalDateTime nodeBoot = boot.plusMinutes(g.between(0, 40)).plusSeconds(g.between(0, 59));
                out.add("NodeName=" + name + " Arch=x86_64 CoresPerSocket=" + cores + " ");
                out.add(fmt("   CPUAlloc=%d CPUEfctv=%d CPUTot=%d CPULoad=%s", alloc, cpus, cpus, down ? "N/A" : fmt("%.2f", alloc == 0 ? g.nextDouble() * 0.2
                        : alloc * (0.7 + g.nextDouble() * 0.32))));
                out.add("   AvailableFeatures=" + features);
                out.add("   ActiveFeatures=" + features);
                out.add("   Gres=" + gres);
                out.add("   NodeAddr=" + name + " NodeHostName=" + name + " Version=23.11.10");
                out.add("   OS=Linux 5.15.0-126-generic #136-Ubuntu SMP Wed Nov 6 10:38:22 UTC 2024 ");
                int freeMem = mem - g.between(8_000, 30_000) - (int) (allocMem * (0.4 + g.nextDouble() * 0.5));
                out.add(fmt("   RealMemory=%d AllocMem=%d FreeMem=%s Sockets=%d Boards=1", mem, allocMem, down ? "N/A" : String.valueOf(freeMem), sockets));
                String st = fmt("   State=%s ThreadsPerCore=2 TmpDisk=0 Weight=%d Owner=N/A MCS_label=N/A", state, (Integer) grp[9]);
                out.add(st);
                out.add("   Partitions=" + grp[8] + " ");
                out.add("   BootTime=" + slurm.format(nodeBoot) + " SlurmdStartTime=" + slurm.format(nodeBoot.plusSeconds(g.between(60, 120))));
                LocalDateTime busy = name.equals("gpu-a100-17") ? LocalDateTime.of(2026, 12, 7, 2, 41, 19)
                        : LocalDateTime.of(2026, 12, 7, 9, 0, 0).minusSeconds(alloc == 0 ? g.between(600, 36_000) : g.between(0, 300));
                out.add("   LastBusyTime=" + slurm.format(busy) + " ResumeAfterTime=None");
                out.add(fmt("   CfgTRES=cpu=%d,mem=%dM,billing=%d%s", cpus, mem, gpu ? cpus + 8 * 16 : cpus, gpu ? ",gres/gpu=8" : ""));
                out.add("   AllocTRES=" + (alloc == 0 ? "" : fmt("cpu=%d,mem=%dM%s", alloc, allocMem, gpus > 0 ? ",gres/gpu=" + gpus : "")));
                out.add("   CapWatts=n/a");
                out.add("   CurrentWatts=0 AveWatts=0");
                out.add("   ExtSensorsJoules=n/a ExtSensorsWatts=0 ExtSensorsTemp=n/a");
                if (sp != null) {
                    String reason = "   Reason=" + sp[1];
                    out.add(reason);
                    if (name.equals("gpu-a100-17")) {
                        stateLine = st;
                        reasonLine = reason;
                    }
                }
                out.add("");
            }
        }
        String content = String.join("\n", out) + "\n";
        requireCount(content, stateLine, 1);
        requireCount(content, "NodeName=gpu-a100-17 ", 1);
        return NeedleCase.named("fresh6_scontrol_show_node", "lines", "scontrol-show-node")
                .shell("scontrol show node")
                .question("Jobs I submit with --nodelist=gpu-a100-17 just sit in PENDING. What's wrong with that node?")
                .heldAside()
                .build(content, List.of(Needle.contains("NodeName=gpu-a100-17 "), Needle.exact(stateLine), Needle.exact(reasonLine)));
    }

    // ---------------------------------------------------------------- helm template

    /**
     * helm template of an orders chart with the prod values: ~30 documents (config maps with an application.yaml and
     * a Grafana dashboard, four deployments with a PgBouncer sidecar on two of them, HPA, PDBs, ingress, cron jobs,
     * monitoring, network policy); the question asks for one deployment's resources and replicas.
     */
    static NeedleCase helmTemplateWorker() {
        Gen g = new Gen(90_012);
        String chart = "orders-3.14.2";
        String version = "2026.12.1";
        String image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:" + version;
        List<String> y = new ArrayList<>();
        source(y, "serviceaccount.yaml");
        y.add("apiVersion: v1");
        y.add("kind: ServiceAccount");
        meta(y, "orders", null, chart, version);
        y.add("  annotations:");
        y.add("    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/orders-prod");
        // application.yaml
        source(y, "configmap.yaml");
        y.add("apiVersion: v1");
        y.add("kind: ConfigMap");
        meta(y, "orders-config", null, chart, version);
        y.add("data:");
        y.add("  application.yaml: |");
        List<String> app = new ArrayList<>(List.of("server:", "  port: 8080", "  shutdown: graceful", "  max-request-size: 10MB", "database:", "  pool:",
                "    min-idle: 4", "    max-size: 20", "    connection-timeout: 3s", "    idle-timeout: 10m", "  statement-timeout: 15s", "kafka:",
                "  bootstrap-servers: b-1.msk-prod.kafka.eu-west-1.amazonaws.com:9098,b-2.msk-prod.kafka.eu-west-1.amazonaws.com:9098", "  security-protocol: SASL_SSL",
                "  topics:"));
        String[] topics = {"orders.created", "orders.paid", "orders.cancelled", "orders.shipped", "orders.refunded", "payments.captured", "payments.failed",
            "inventory.reserved", "inventory.released", "invoices.issued", "customers.updated", "carts.abandoned", "outbox.events", "orders.retry", "orders.dlq"};
        for (String tp : topics) {
            app.add("    - name: " + tp);
            app.add("      partitions: " + g.pick(6, 12, 24));
            app.add("      retention: " + g.pick("3d", "7d", "14d"));
        }
        app.add("features:");
        String[] flags = {"split-shipments", "gift-wrap", "pickup-in-store", "b2b-invoices", "reverse-charge", "klarna", "apple-pay", "order-edit-window", "fraud-score-v2",
            "address-autocomplete", "partial-refunds", "loyalty-points", "express-checkout", "tax-engine-v3", "returns-portal", "subscription-orders", "multi-currency",
            "pre-orders", "backorders", "marketplace-sellers"};
        for (String f : flags) {
            app.add("  " + f + ": " + g.pick("true", "false"));
        }
        app.add("rate-limits:");
        String[] endpoints = {"create-order", "get-order", "list-orders", "cancel-order", "refund", "invoice-pdf", "export-csv", "search", "webhooks", "admin"};
        for (String e : endpoints) {
            app.add("  " + e + ":");
            app.add("    per-minute: " + g.pick(60, 120, 300, 600, 1200));
            app.add("    burst: " + g.pick(10, 20, 50, 100));
        }
        app.addAll(List.of("payments:", "  provider: stripe", "  capture-delay: 0s", "  webhook-tolerance: 300s", "worker:", "  queues:", "    - orders", "    - orders.retry",
                "    - orders.dlq-replay", "  prefetch: 8", "  visibility-timeout: 15m", "  max-attempts: 6", "logging:", "  level:", "    root: INFO",
                "    com.acme.orders: INFO", "    org.apache.kafka: WARN", "  format: json"));
        for (String l : app) {
            y.add("    " + l);
        }
        // a Grafana dashboard
        source(y, "dashboards-configmap.yaml");
        y.add("apiVersion: v1");
        y.add("kind: ConfigMap");
        meta(y, "orders-dashboards", null, chart, version);
        y.add("    grafana_dashboard: \"1\"");
        y.add("data:");
        y.add("  orders-overview.json: |-");
        List<Object> panels = new ArrayList<>();
        String[][] metrics = {{"Request rate", "sum(rate(http_server_requests_seconds_count{app=\\\"orders-api\\\"}[5m])) by (uri)"},
            {"Error rate", "sum(rate(http_server_requests_seconds_count{app=\\\"orders-api\\\",status=~\\\"5..\\\"}[5m]))"},
            {"p99 latency", "histogram_quantile(0.99, sum(rate(http_server_requests_seconds_bucket{app=\\\"orders-api\\\"}[5m])) by (le, uri))"},
            {"Queue depth", "sum(orders_worker_queue_depth) by (queue)"}, {"Jobs processed", "sum(rate(orders_worker_jobs_total[5m])) by (queue, outcome)"},
            {"Job duration p95", "histogram_quantile(0.95, sum(rate(orders_worker_job_seconds_bucket[5m])) by (le, queue))"},
            {"Worker memory", "sum(container_memory_working_set_bytes{container=\\\"worker\\\"}) by (pod)"},
            {"Worker CPU", "sum(rate(container_cpu_usage_seconds_total{container=\\\"worker\\\"}[5m])) by (pod)"},
            {"DB pool in use", "sum(hikaricp_connections_active) by (pod)"}, {"Kafka consumer lag", "sum(kafka_consumergroup_lag{consumergroup=\\\"orders\\\"}) by (topic)"},
            {"Outbox backlog", "max(orders_outbox_pending)"}, {"Orders created", "sum(increase(orders_created_total[1h]))"},
            {"Payment failures", "sum(rate(orders_payment_failures_total[5m])) by (reason)"}, {"Refunds", "sum(increase(orders_refunds_total[1h]))"},
            {"PgBouncer waiting clients", "sum(pgbouncer_pools_client_waiting_connections) by (pod)"},
            {"OOM kills", "sum(increase(kube_pod_container_status_restarts_total{container=~\\\"worker|api\\\"}[1h]))"},
            {"HPA replicas", "kube_horizontalpodautoscaler_status_current_replicas{horizontalpodautoscaler=\\\"orders-api\\\"}"},
            {"Cron job duration", "max(kube_job_status_completion_time - kube_job_status_start_time) by (job_name)"}};
        for (int i = 0; i < metrics.length; i++) {
            panels.add(obj("id", i + 1, "type", i % 6 == 5 ? "stat" : "timeseries", "title", metrics[i][0], "datasource", obj("type", "prometheus", "uid", "prom-prod"),
                    "gridPos", obj("h", 8, "w", 12, "x", (i % 2) * 12, "y", (i / 2) * 8), "targets", List.of(obj("refId", "A", "expr", metrics[i][1].replace("\\\"", "\""),
                            "legendFormat", "{{" + g.pick("pod", "uri", "queue", "topic", "reason") + "}}")), "fieldConfig", obj("defaults", obj("unit",
                            g.pick("reqps", "percentunit", "s", "short", "bytes"), "thresholds", obj("mode", "absolute", "steps", List.of(obj("color", "green", "value", null),
                                    obj("color", "red", "value", g.between(1, 90))))), "overrides", List.of()), "options", obj("legend", obj("displayMode", "table",
                            "placement", "bottom", "showLegend", true), "tooltip", obj("mode", "multi", "sort", "desc"))));
        }
        StringBuilder dash = new StringBuilder();
        json(dash, obj("title", "Orders overview", "uid", "orders-overview", "timezone", "utc", "schemaVersion", 39, "refresh", "30s", "time",
                obj("from", "now-6h", "to", "now"), "tags", List.of("orders", "prod"), "panels", panels), 0, "  ", ": ", "[]", "{}");
        for (String l : dash.toString().split("\n")) {
            y.add("    " + l);
        }
        // services
        for (String c : new String[] {"api", "worker", "scheduler"}) {
            source(y, c + "/service.yaml");
            y.add("apiVersion: v1");
            y.add("kind: Service");
            meta(y, "orders-" + c, c, chart, version);
            y.add("spec:");
            y.add("  type: ClusterIP");
            y.add("  ports:");
            if (c.equals("api")) {
                y.addAll(List.of("    - name: http", "      port: 80", "      targetPort: http", "      protocol: TCP"));
            }
            y.addAll(List.of("    - name: metrics", "      port: 9102", "      targetPort: metrics", "      protocol: TCP"));
            y.add("  selector:");
            y.addAll(selector("    ", c));
        }
        // deployments
        String[] common = {"SPRING_PROFILES_ACTIVE=prod", "TZ=UTC", "JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError", "OTEL_SERVICE_NAME=orders",
            "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability:4317", "OTEL_TRACES_SAMPLER=parentbased_traceidratio", "OTEL_TRACES_SAMPLER_ARG=0.1",
            "AWS_REGION=eu-west-1", "KAFKA_CLIENT_ID=orders", "DB_HOST=127.0.0.1", "DB_PORT=6432", "DB_NAME=orders", "REDIS_URL=redis://orders-redis-master.cache:6379/0",
            "SENTRY_ENVIRONMENT=prod", "SENTRY_RELEASE=orders@" + version, "FEATURE_FLAGS_URL=http://flags.platform/api/v1", "LOG_FORMAT=json"};
        helmDeployment(y, g, "api", null, new String[] {"api", "--port=8080"}, common, new String[] {"API_MAX_BODY=10MB", "API_CORS_ORIGINS=https://shop.acme.io"},
                new String[] {"\"2\"", "2Gi", "500m", "1Gi"}, true, chart, version, image);
        helmDeployment(y, g, "worker", 7, new String[] {"worker", "--queues=orders,orders.retry,orders.dlq-replay", "--concurrency=16"}, common,
                new String[] {"WORKER_CONCURRENCY=16", "WORKER_PREFETCH=8", "WORKER_MAX_JOB_SECONDS=900"}, new String[] {"2500m", "3584Mi", "1500m", "3Gi"}, true, chart, version,
                image);
        helmDeployment(y, g, "scheduler", 1, new String[] {"scheduler"}, common, new String[] {"SCHEDULER_LOCK_TTL=5m"}, new String[] {"\"1\"", "1Gi", "200m", "512Mi"}, false,
                chart, version, image);
        helmDeployment(y, g, "outbox-relay", 2, new String[] {"outbox-relay", "--batch-size=500"}, common, new String[] {"OUTBOX_POLL_INTERVAL=250ms"},
                new String[] {"500m", "768Mi", "100m", "384Mi"}, false, chart, version, image);
        // autoscaling and disruption budgets
        source(y, "api/hpa.yaml");
        y.add("apiVersion: autoscaling/v2");
        y.add("kind: HorizontalPodAutoscaler");
        meta(y, "orders-api", "api", chart, version);
        y.addAll(List.of("spec:", "  scaleTargetRef:", "    apiVersion: apps/v1", "    kind: Deployment", "    name: orders-api", "  minReplicas: 4", "  maxReplicas: 24",
                "  metrics:", "    - type: Resource", "      resource:", "        name: cpu", "        target:", "          type: Utilization", "          averageUtilization: 65",
                "  behavior:", "    scaleDown:", "      stabilizationWindowSeconds: 300", "      policies:", "        - type: Percent", "          value: 20",
                "          periodSeconds: 60"));
        for (String[] pdb : new String[][] {{"api", "minAvailable: 2"}, {"worker", "maxUnavailable: 1"}}) {
            source(y, pdb[0] + "/pdb.yaml");
            y.add("apiVersion: policy/v1");
            y.add("kind: PodDisruptionBudget");
            meta(y, "orders-" + pdb[0], pdb[0], chart, version);
            y.add("spec:");
            y.add("  " + pdb[1]);
            y.add("  selector:");
            y.add("    matchLabels:");
            y.addAll(selector("      ", pdb[0]));
        }
        source(y, "api/ingress.yaml");
        y.add("apiVersion: networking.k8s.io/v1");
        y.add("kind: Ingress");
        meta(y, "orders-api", "api", chart, version);
        y.addAll(List.of("  annotations:", "    cert-manager.io/cluster-issuer: letsencrypt-prod", "    nginx.ingress.kubernetes.io/proxy-body-size: 10m",
                "    nginx.ingress.kubernetes.io/proxy-read-timeout: \"30\"", "spec:", "  ingressClassName: nginx", "  tls:", "    - hosts:", "        - orders.api.acme.io",
                "      secretName: orders-api-tls", "  rules:", "    - host: orders.api.acme.io", "      http:", "        paths:", "          - path: /", "            pathType: Prefix",
                "            backend:", "              service:", "                name: orders-api", "                port:", "                  name: http"));
        // cron jobs
        String[][] crons = {{"reconcile", "15 2 * * *", "reconcile-payments --since=26h", "\"1\"", "1536Mi", "250m", "768Mi"},
            {"purge-carts", "*/30 * * * *", "purge-carts --older-than=30d", "500m", "512Mi", "100m", "256Mi"},
            {"export-reports", "0 5 * * 1", "export-reports --week=last --to=s3://acme-prod-exports/orders/", "\"2\"", "2560Mi", "500m", "1280Mi"}};
        for (String[] c : crons) {
            source(y, "cronjobs/" + c[0] + ".yaml");
            y.add("apiVersion: batch/v1");
            y.add("kind: CronJob");
            meta(y, "orders-" + c[0], "cron", chart, version);
            y.addAll(List.of("spec:", "  schedule: \"" + c[1] + "\"", "  timeZone: Etc/UTC", "  concurrencyPolicy: Forbid", "  successfulJobsHistoryLimit: 3",
                    "  failedJobsHistoryLimit: 5", "  jobTemplate:", "    spec:", "      backoffLimit: 2", "      activeDeadlineSeconds: 7200", "      template:", "        metadata:",
                    "          labels:", "            app.kubernetes.io/name: orders", "            app.kubernetes.io/instance: orders", "            app.kubernetes.io/component: cron",
                    "        spec:", "          serviceAccountName: orders", "          restartPolicy: Never", "          securityContext:", "            runAsNonRoot: true",
                    "            runAsUser: 10001", "          containers:", "            - name: " + c[0], "              image: \"" + image + "\"",
                    "              imagePullPolicy: IfNotPresent", "              args:"));
            for (String a : c[2].split(" ")) {
                y.add("                - " + a);
            }
            y.add("              env:");
            for (String e : common) {
                if (e.startsWith("DB_HOST")) {
                    e = "DB_HOST=orders-db.cluster-c9xk2lq1m3.eu-west-1.rds.amazonaws.com";
                } else if (e.startsWith("DB_PORT")) {
                    e = "DB_PORT=5432";
                }
                y.add("                - name: " + e.substring(0, e.indexOf('=')));
                y.add("                  value: \"" + e.substring(e.indexOf('=') + 1) + "\"");
            }
            y.addAll(List.of("                - name: DB_PASSWORD", "                  valueFrom:", "                    secretKeyRef:", "                      name: orders-db",
                    "                      key: password", "              resources:", "                limits:", "                  cpu: " + c[3], "                  memory: " + c[4],
                    "                requests:", "                  cpu: " + c[5], "                  memory: " + c[6], "              volumeMounts:", "                - name: config",
                    "                  mountPath: /app/config", "                  readOnly: true", "          volumes:", "            - name: config", "              configMap:",
                    "                name: orders-config"));
        }
        // monitoring
        source(y, "servicemonitor.yaml");
        y.add("apiVersion: monitoring.coreos.com/v1");
        y.add("kind: ServiceMonitor");
        meta(y, "orders", null, chart, version);
        y.addAll(List.of("    release: kube-prometheus-stack", "spec:", "  selector:", "    matchLabels:", "      app.kubernetes.io/name: orders",
                "      app.kubernetes.io/instance: orders", "  endpoints:", "    - port: metrics", "      path: /metrics", "      interval: 30s", "      scrapeTimeout: 10s"));
        source(y, "prometheusrule.yaml");
        y.add("apiVersion: monitoring.coreos.com/v1");
        y.add("kind: PrometheusRule");
        meta(y, "orders", null, chart, version);
        y.addAll(List.of("    release: kube-prometheus-stack", "spec:", "  groups:", "    - name: orders.rules", "      rules:"));
        String[][] alerts = {{"OrdersApiHighErrorRate", "sum(rate(http_server_requests_seconds_count{app=\"orders-api\",status=~\"5..\"}[5m]))"
                + " / sum(rate(http_server_requests_seconds_count{app=\"orders-api\"}[5m])) > 0.02", "5m", "critical"},
            {"OrdersApiHighLatency", "histogram_quantile(0.99, sum(rate(http_server_requests_seconds_bucket{app=\"orders-api\"}[5m])) by (le)) > 1.5", "10m", "warning"},
            {"OrdersWorkerQueueBacklog", "sum(orders_worker_queue_depth{queue=\"orders\"}) > 5000", "15m", "warning"},
            {"OrdersWorkerJobsFailing", "sum(rate(orders_worker_jobs_total{outcome=\"failed\"}[10m])) > 1", "10m", "warning"},
            {"OrdersWorkerOOMKilled", "increase(kube_pod_container_status_restarts_total{container=\"worker\"}[30m]) > 2", "0m", "warning"},
            {"OrdersOutboxStuck", "max(orders_outbox_pending) > 1000", "10m", "critical"},
            {"OrdersKafkaLag", "sum(kafka_consumergroup_lag{consumergroup=\"orders\"}) > 20000", "15m", "warning"},
            {"OrdersDbPoolExhausted", "max(hikaricp_connections_pending) > 5", "5m", "warning"},
            {"OrdersPaymentFailuresSpike", "sum(rate(orders_payment_failures_total[10m])) > 0.5", "10m", "critical"},
            {"OrdersReconcileCronFailed", "kube_job_status_failed{job_name=~\"orders-reconcile-.*\"} > 0", "0m", "warning"},
            {"OrdersPgBouncerWaiting", "max(pgbouncer_pools_client_waiting_connections) > 20", "5m", "warning"},
            {"OrdersApiReplicasAtMax", "kube_horizontalpodautoscaler_status_current_replicas{horizontalpodautoscaler=\"orders-api\"} >= 24", "30m", "info"}};
        for (String[] a : alerts) {
            y.add("        - alert: " + a[0]);
            y.add("          expr: " + a[1]);
            y.add("          for: " + a[2]);
            y.add("          labels:");
            y.add("            severity: " + a[3]);
            y.add("            team: orders");
            y.add("          annotations:");
            y.add("            summary: " + a[0].replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
            y.add("            runbook_url: https://runbooks.acme.io/orders/" + a[0].replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
        }
        source(y, "networkpolicy.yaml");
        y.add("apiVersion: networking.k8s.io/v1");
        y.add("kind: NetworkPolicy");
        meta(y, "orders", null, chart, version);
        y.addAll(List.of("spec:", "  podSelector:", "    matchLabels:", "      app.kubernetes.io/name: orders", "  policyTypes:", "    - Ingress", "    - Egress", "  ingress:",
                "    - from:", "        - namespaceSelector:", "            matchLabels:", "              kubernetes.io/metadata.name: ingress-nginx", "      ports:",
                "        - port: 8080", "          protocol: TCP", "    - from:", "        - namespaceSelector:", "            matchLabels:",
                "              kubernetes.io/metadata.name: monitoring", "      ports:", "        - port: 9102", "          protocol: TCP", "  egress:", "    - to:",
                "        - ipBlock:", "            cidr: 10.40.0.0/16", "    - to:", "        - namespaceSelector: {}", "          podSelector:", "            matchLabels:",
                "              k8s-app: kube-dns", "      ports:", "        - port: 53", "          protocol: UDP"));
        source(y, "externalsecret.yaml");
        y.add("apiVersion: external-secrets.io/v1beta1");
        y.add("kind: ExternalSecret");
        meta(y, "orders-db", null, chart, version);
        y.addAll(List.of("spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    kind: ClusterSecretStore", "    name: aws-secrets-manager", "  target:", "    name: orders-db",
                "  data:", "    - secretKey: url", "      remoteRef:", "        key: prod/orders/db", "        property: url", "    - secretKey: password", "      remoteRef:",
                "        key: prod/orders/db", "        property: password"));
        String content = String.join("\n", y) + "\n";
        String src = "# Source: orders/templates/worker/deployment.yaml";
        List<Needle> needles = new ArrayList<>();
        for (String l : new String[] {src, "  replicas: 7", "              cpu: 2500m", "              memory: 3584Mi"}) {
            requireCount(content, l, 1);
            needles.add(Needle.exact(l));
        }
        return NeedleCase.named("fresh6_helm_template_worker", "codelike", "helm-template-yaml")
                .shell("helm template orders ./charts/orders -n orders -f charts/orders/values-prod.yaml")
                .question("With the prod values, what CPU and memory limits does the orders-worker deployment get, and how many replicas?")
                .heldAside()
                .build(content, needles);
    }

    private static void source(List<String> y, String template) {
        y.add("---");
        y.add("# Source: orders/templates/" + template);
    }

    private static void meta(List<String> y, String name, String component, String chart, String version) {
        y.add("metadata:");
        y.add("  name: " + name);
        y.add("  labels:");
        y.add("    helm.sh/chart: " + chart);
        y.add("    app.kubernetes.io/name: orders");
        y.add("    app.kubernetes.io/instance: orders");
        if (component != null) {
            y.add("    app.kubernetes.io/component: " + component);
        }
        y.add("    app.kubernetes.io/version: \"" + version + "\"");
        y.add("    app.kubernetes.io/managed-by: Helm");
    }

    private static List<String> selector(String indent, String component) {
        return List.of(indent + "app.kubernetes.io/name: orders", indent + "app.kubernetes.io/instance: orders", indent + "app.kubernetes.io/component: " + component);
    }

    /** One Deployment as the chart renders it; {@code res} is limits cpu, memory, requests cpu, memory. */
    private static void helmDeployment(List<String> y, Gen g, String c, Integer replicas, String[] args, String[] common, String[] own, String[] res, boolean pgbouncer,
                                         String chart, String version, String image) {
        source(y, c + "/deployment.yaml");
        y.add("apiVersion: apps/v1");
        y.add("kind: Deployment");
        meta(y, "orders-" + c, c, chart, version);
        y.add("spec:");
        if (replicas != null) {
            y.add("  replicas: " + replicas);
        }
        y.addAll(List.of("  revisionHistoryLimit: 5", "  selector:", "    matchLabels:"));
        y.addAll(selector("      ", c));
        y.addAll(List.of("  strategy:", "    type: RollingUpdate", "    rollingUpdate:", "      maxSurge: 25%", "      maxUnavailable: 0", "  template:", "    metadata:",
                "      annotations:", "        checksum/config: " + g.hex(64), "        prometheus.io/scrape: \"true\"", "        prometheus.io/port: \"9102\"", "      labels:"));
        y.addAll(selector("        ", c));
        y.addAll(List.of("    spec:", "      serviceAccountName: orders", "      terminationGracePeriodSeconds: " + (c.equals("worker") ? 930 : 60), "      securityContext:",
                "        runAsNonRoot: true", "        runAsUser: 10001", "        runAsGroup: 10001", "        fsGroup: 10001", "        seccompProfile:",
                "          type: RuntimeDefault", "      topologySpreadConstraints:", "        - maxSkew: 1", "          topologyKey: topology.kubernetes.io/zone",
                "          whenUnsatisfiable: ScheduleAnyway", "          labelSelector:", "            matchLabels:", "              app.kubernetes.io/name: orders",
                "              app.kubernetes.io/component: " + c, "      affinity:", "        podAntiAffinity:", "          preferredDuringSchedulingIgnoredDuringExecution:",
                "            - weight: 100", "              podAffinityTerm:", "                topologyKey: kubernetes.io/hostname", "                labelSelector:",
                "                  matchLabels:", "                    app.kubernetes.io/component: " + c, "      containers:", "        - name: " + c,
                "          image: \"" + image + "\"", "          imagePullPolicy: IfNotPresent", "          args:"));
        for (String a : args) {
            y.add("            - " + a);
        }
        y.add("          ports:");
        if (c.equals("api")) {
            y.addAll(List.of("            - name: http", "              containerPort: 8080", "              protocol: TCP"));
        }
        y.addAll(List.of("            - name: metrics", "              containerPort: 9102", "              protocol: TCP", "          env:"));
        for (String e : concat(common, own)) {
            y.add("            - name: " + e.substring(0, e.indexOf('=')));
            y.add("              value: \"" + e.substring(e.indexOf('=') + 1) + "\"");
        }
        y.addAll(List.of("            - name: DB_PASSWORD", "              valueFrom:", "                secretKeyRef:", "                  name: orders-db",
                "                  key: password", "            - name: POD_NAME", "              valueFrom:", "                fieldRef:",
                "                  fieldPath: metadata.name"));
        String probePort = c.equals("api") ? "http" : "metrics";
        for (String probe : new String[] {"livenessProbe", "readinessProbe"}) {
            y.addAll(List.of("          " + probe + ":", "            httpGet:", "              path: " + (probe.startsWith("live") ? "/healthz" : "/ready"),
                    "              port: " + probePort, "            initialDelaySeconds: " + (probe.startsWith("live") ? 30 : 5), "            periodSeconds: 10",
                    "            timeoutSeconds: 2", "            failureThreshold: " + (probe.startsWith("live") ? 6 : 3)));
        }
        y.addAll(List.of("          resources:", "            limits:", "              cpu: " + res[0], "              memory: " + res[1], "            requests:",
                "              cpu: " + res[2], "              memory: " + res[3], "          securityContext:", "            allowPrivilegeEscalation: false",
                "            readOnlyRootFilesystem: true", "            capabilities:", "              drop:", "                - ALL", "          volumeMounts:",
                "            - name: config", "              mountPath: /app/config", "              readOnly: true", "            - name: tmp", "              mountPath: /tmp"));
        if (pgbouncer) {
            y.addAll(List.of("        - name: pgbouncer", "          image: \"bitnami/pgbouncer:1.23.1\"", "          imagePullPolicy: IfNotPresent", "          ports:",
                    "            - name: pgbouncer", "              containerPort: 6432", "              protocol: TCP", "          env:",
                    "            - name: POSTGRESQL_HOST", "              value: \"orders-db.cluster-c9xk2lq1m3.eu-west-1.rds.amazonaws.com\"",
                    "            - name: POSTGRESQL_PORT", "              value: \"5432\"", "            - name: PGBOUNCER_POOL_MODE", "              value: \"transaction\"",
                    "            - name: PGBOUNCER_DEFAULT_POOL_SIZE", "              value: \"" + (c.equals("worker") ? 24 : 16) + "\"",
                    "            - name: POSTGRESQL_PASSWORD", "              valueFrom:", "                secretKeyRef:", "                  name: orders-db",
                    "                  key: password", "          resources:", "            limits:", "              cpu: 500m", "              memory: 256Mi",
                    "            requests:", "              cpu: 100m", "              memory: 128Mi"));
        }
        y.addAll(List.of("      volumes:", "        - name: config", "          configMap:", "            name: orders-config", "        - name: tmp", "          emptyDir:",
                "            sizeLimit: 1Gi"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
