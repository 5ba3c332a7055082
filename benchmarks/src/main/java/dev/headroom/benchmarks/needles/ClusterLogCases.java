package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Generated Kubernetes component logs (klog) and a Go service that panics. */
final class ClusterLogCases {

    private ClusterLogCases() {}

    private static String klog(char severity, String time, int thread, String source, String message) {
        return fmt("%c%s %7d %s] %s", severity, time, thread, source, message);
    }

    /** kube-controller-manager: 3,000 I lines, one E line about a failed volume attach. */
    static NeedleCase klogControllerManager() {
        Gen g = new Gen(3001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 12, 0, 0), 1_500);
        String needle = null;
        List<String> retrying = new ArrayList<>();
        String[] ns = {"default", "payments", "search", "monitoring", "kube-system", "checkout"};
        for (int i = 0; i < 3_000; i++) {
            String t = clock.next(Stamps.KLOG);
            if (i == 2_218) {
                needle = klog('E', t, 1, "attach_detach_controller.go:412",
                        "\"Failed to attach volume\" err=\"rpc error: code = Internal desc = Could not attach volume \\\"vol-0a1b2c3d4e5f67890\\\" to node \\\"ip-10-0-3-17\\\": volume is in use\" volume=\"pvc-7f1e9c2a\" node=\"ip-10-0-3-17\"");
                g.add(needle);
                continue;
            }
            String n = g.pick(ns);
            String app = g.pick("api", "worker", "web", "cron", "indexer", "gateway");
            int w = g.weighted(30, 25, 20, 15, 10);
            String line = switch (w) {
                case 0 -> klog('I', t, 1, "replica_set.go:679", fmt("\"Finished syncing\" kind=\"ReplicaSet\" key=\"%s/%s-%s\" duration=\"%dµs\"", n, app, g.hex(10), g.between(30, 900)));
                case 1 -> klog('I', t, 1, "event.go:389", fmt("\"Event occurred\" object=\"%s/%s-%s\" fieldPath=\"\" kind=\"ReplicaSet\" apiVersion=\"apps/v1\" type=\"Normal\" reason=\"SuccessfulCreate\" message=\"Created pod: %s-%s-%s\"",
                        n, app, g.hex(10), app, g.hex(10), g.alnum(5)));
                case 2 -> klog('I', t, 1, "endpointslice_controller.go:311", fmt("\"Error syncing endpoint slices for service, retrying\" key=\"%s/%s\" err=\"EndpointSlice informer cache is out of date\"", n, app));
                case 3 -> klog('I', t, 1, "garbagecollector.go:549", fmt("\"Processing item\" item=\"[v1/Pod, namespace: %s, name: %s-%s-%s, uid: %s-%s]\" virtual=false", n, app, g.hex(10), g.alnum(5), g.hex(8), g.hex(4)));
                default -> klog('I', t, 1, "node_lifecycle_controller.go:1107", fmt("\"Node is healthy\" node=\"ip-10-0-%d-%d\"", g.between(1, 4), g.between(2, 250)));
            };
            if (w == 2) {
                retrying.add(line);
            }
            g.add(line);
        }
        // the I-level "Error syncing ... retrying" template is a repeated error template: one representative
        return NeedleCase.named("klog_controller_manager_error", "log", "klog")
                .shell("kubectl -n kube-system logs kube-controller-manager-cp-1 --tail=3000")
                .build(g.text(), List.of(Needle.exact(needle), Needle.anyOf(retrying)));
    }

    /** kubelet: I lines and a repeated W template, one E line about an image pull. */
    static NeedleCase klogKubelet() {
        Gen g = new Gen(3002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 15, 30, 0), 2_000);
        List<Needle> needles = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < 2_400; i++) {
            String t = clock.next(Stamps.KLOG);
            int thread = g.pick(2113, 2113, 2113, 4401, 4402);
            String l;
            if (i == 1_650) {
                l = klog('E', t, 2113, "pod_workers.go:1301", "\"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"ledger\\\" with ImagePullBackOff: \\\"Back-off pulling image \\\\\\\"registry.example.com/ledger:2.8.1\\\\\\\"\\\"\" pod=\"payments/ledger-6d9f7b8c4-x2x7q\" podUID=\"3c9a5e2e-1b0f-4e55-9d7a-0f4b7c9e2a11\"");
                needles.add(Needle.exact(l));
            } else if (g.chance(0.03)) {
                l = klog('W', t, thread, "container_log_manager.go:296", fmt("\"Failed to rotate log for container\" err=\"failed to rotate log \\\"/var/log/pods/search_indexer-%s/indexer/0.log\\\": no such file or directory\" containerID=\"%s\"", g.alnum(5), g.hex(64)));
                warnings.add(l);
            } else {
                int w = g.weighted(40, 30, 30);
                l = switch (w) {
                    case 0 -> klog('I', t, thread, "kubelet.go:2468", fmt("\"SyncLoop (PLEG): event for pod\" pod=\"%s/%s-%s-%s\" event={\"ID\":\"%s\",\"Type\":\"ContainerStarted\"}",
                            g.pick("search", "payments", "web"), g.pick("api", "indexer", "ledger"), g.hex(9), g.alnum(5), g.hex(8)));
                    case 1 -> klog('I', t, thread, "prober.go:107", fmt("\"Probe succeeded\" probeType=\"Readiness\" pod=\"%s/%s-%s\" containerName=\"%s\"",
                            g.pick("search", "payments", "web"), g.pick("api", "indexer"), g.alnum(5), g.pick("api", "indexer")));
                    default -> klog('I', t, thread, "reconciler_common.go:245", fmt("\"operationExecutor.VerifyControllerAttachedVolume started for volume \\\"kube-api-access-%s\\\"\"", g.alnum(5)));
                };
            }
            g.add(l);
        }
        needles.add(Needle.anyOf(warnings));
        return NeedleCase.named("klog_kubelet_imagepull", "log", "klog")
                .shell("journalctl -u kubelet -o cat --no-pager -n 2400")
                .question("why is the ledger pod in payments not starting?")
                .heldAside()
                .build(g.text(), needles);
    }

    /** A Go service's stderr: structured request logs, then a panic with goroutine traces, buried mid-output. */
    static NeedleCase goPanic() {
        Gen g = new Gen(3003);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 8, 0, 0), 400);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 2_600; i++) {
            String t = Stamps.format(clock.next(), Stamps.JSON).replace("Z", "").replace('T', ' ').substring(0, 19).replace('-', '/');
            if (i == 1_444) {
                String panic = "panic: runtime error: index out of range [3] with length 3";
                String frame = "github.com/example/fleet/internal/route.(*Planner).assign(0xc000a12000, {0xc0004e2f00, 0x3, 0x4})";
                g.add(panic);
                g.add("");
                g.add("goroutine 8121 [running]:");
                g.add(frame);
                g.add("\t/src/internal/route/planner.go:214 +0x3d4");
                g.add("github.com/example/fleet/internal/route.(*Planner).Plan(0xc000a12000, {0x1a2b3c0, 0xc0007f8e10}, 0xc0001c4a80)");
                g.add("\t/src/internal/route/planner.go:97 +0x1b2");
                g.add("github.com/example/fleet/internal/api.(*Server).handlePlan(0xc0001a6000, {0x1a2f6a8, 0xc0008b20e0}, 0xc000392b40)");
                g.add("\t/src/internal/api/plan.go:58 +0x2c5");
                g.add("net/http.HandlerFunc.ServeHTTP(0xc000392a20?, {0x1a2f6a8?, 0xc0008b20e0?}, 0x0?)");
                g.add("\t/usr/local/go/src/net/http/server.go:2220 +0x29");
                g.add("created by net/http.(*Server).Serve in goroutine 1");
                g.add("\t/usr/local/go/src/net/http/server.go:3360 +0x4b4");
                g.add("exit status 2");
                needles.add(Needle.exact(panic));
                needles.add(Needle.exact("\t/src/internal/route/planner.go:214 +0x3d4"));
                needles.add(Needle.exact("exit status 2"));
                g.add(t + " fleet-api restarting (attempt 1)");
                continue;
            }
            int w = g.weighted(50, 20, 15, 15);
            String line = switch (w) {
                case 0 -> fmt("%s INFO http: %s %s %d %dms", t, g.pick("GET", "GET", "POST"), g.pick("/v1/vehicles", "/v1/plan", "/v1/depots/" + g.between(1, 40), "/healthz"), 200, g.between(1, 90));
                case 1 -> fmt("%s DEBUG planner: assigned %d stops to %d vehicles (depot=%d)", t, g.between(3, 120), g.between(1, 12), g.between(1, 40));
                case 2 -> fmt("%s INFO cache: refreshed %d depots from postgres in %dms", t, g.between(30, 40), g.between(4, 60));
                default -> fmt("%s DEBUG grpc: [core] Subchannel Connectivity change to READY", t);
            };
            g.add(line);
        }
        return NeedleCase.named("go_panic_buried", "log", "go-panic")
                .shell("go run ./cmd/fleet-api 2>&1 | tail -n 2700")
                .question("the fleet api restarted, what happened?")
                .build(g.text(), needles);
    }
}
