package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Inputs.uuid;
import static dev.headroom.benchmarks.needles.Inputs.requireSize;
import static dev.headroom.benchmarks.needles.Inputs.mixed;
import static dev.headroom.benchmarks.needles.Inputs.MIXED;
import static dev.headroom.benchmarks.needles.JsonTree.arr;
import static dev.headroom.benchmarks.needles.JsonTree.compact;
import static dev.headroom.benchmarks.needles.JsonTree.obj;
import static dev.headroom.benchmarks.needles.JsonTree.pretty;
import static dev.headroom.benchmarks.needles.JsonTree.num;

import dev.headroom.benchmarks.needles.JsonTree.Raw;
import static dev.headroom.benchmarks.needles.Inputs.only;
import static dev.headroom.benchmarks.needles.Inputs.requireCount;
import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fourteenth held-aside batch ({@code fresh13_*}), written on 2026-12-07 (session 9), with needle rules written
 * together with each generator, before anything was run; its author never ran it through the compressor nor looked at
 * a compressed output of it. Structured API and export outputs none of the other cases has: Stripe {@code GET
 * /v1/charges} (one declined charge of the customer the question names), {@code kubectl get events -A -o json} (a pod
 * stuck in FailedScheduling), {@code gh run list --json} (compact, one line; the runs of a named branch), the Sentry
 * issues API (one new, spiking issue), Prometheus {@code /api/v1/targets} (two down targets), a {@code bq query
 * --format=csv} of daily metrics (one region's bad day), a Jira CSV export with multi-line descriptions (one named
 * issue and a duplicate of it), Azure activity log records as JSON Lines (failed deletes under a resource lock),
 * Cloudflare HTTP request logs as NDJSON (a burst of 522 and 520 from one origin), the PagerDuty incidents API (open
 * incidents of a named service), AWS Cost Explorer {@code get-cost-and-usage} (one service's daily cost jumps) and a
 * {@code sqlite3 -header -csv} orders export (a negative amount without a customer). Never tuned on: reported as their
 * own set {@code fresh-13}, refused by {@code --case}.
 */
final class FreshCases13 {

    private FreshCases13() {}

    static List<NeedleCase> all() {
        return List.of(stripeCharges(), kubectlEventsJson(), ghRunList(), sentryIssues(), prometheusTargets(), bqDailyMetrics(),
                jiraCsvExport(), azureActivityJsonl(), cloudflareHttpLogs(), pagerdutyIncidents(), costExplorer(), sqliteOrders());
    }

    private static String upper(Gen g, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(MIXED.charAt(g.nextInt(26)));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- a small JSON tree writer

    private static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static final DateTimeFormatter ISO_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
    private static final DateTimeFormatter ISO_MICRO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT);

    private static final String[] FIRST = {"Alice", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena",
        "Marco", "Nadia", "Oscar", "Priya", "Quinn", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wei", "Yara", "Zoe", "Liam", "Maya", "Noah"};
    private static final String[] LAST = {"Anderson", "Brooks", "Chen", "Diaz", "Eriksen", "Fischer", "Garcia", "Hughes", "Ivanova", "Jensen",
        "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Patel", "Quintero", "Rossi", "Schmidt", "Tanaka", "Usman", "Vargas", "Walsh", "Yilmaz"};

    // ---------------------------------------------------------------- Stripe GET /v1/charges

    private static Map<String, Object> stripeCharge(Gen g, String id, long created, String email, String name, String customer, int amount,
            String status, String failureCode, String failureMessage, String networkStatus, String reason, String sellerMessage, String outcomeType,
            String last4) {
        boolean ok = status.equals("succeeded");
        String brand = g.pick("visa", "visa", "mastercard", "amex");
        int refunded = ok && g.chance(0.05) ? amount : 0;
        return obj("id", id, "object", "charge", "amount", amount, "amount_captured", ok ? amount : 0, "amount_refunded", refunded,
                "application", null, "application_fee", null, "application_fee_amount", null,
                "balance_transaction", ok ? "txn_3" + mixed(g, 24) : null,
                "billing_details", obj("address", obj("city", null, "country", g.pick("US", "US", "GB", "DE", "CA"), "line1", null, "line2", null,
                        "postal_code", fmt("%05d", g.between(1000, 99999)), "state", null), "email", email, "name", name, "phone", null),
                "calculated_statement_descriptor", "NORTHWIND SUPPLY", "captured", ok, "created", created, "currency", "usd",
                "customer", customer, "description", "Order #" + g.between(480_000, 489_999), "destination", null, "dispute", null, "disputed", false,
                "failure_balance_transaction", null, "failure_code", failureCode, "failure_message", failureMessage, "fraud_details", obj(),
                "invoice", null, "livemode", true, "metadata", obj("order_source", g.pick("web", "web", "ios", "android")), "on_behalf_of", null,
                "outcome", obj("advice_code", null, "network_advice_code", null, "network_decline_code", ok ? null : "51", "network_status", networkStatus,
                        "reason", reason, "risk_level", "normal", "risk_score", g.between(2, 58), "seller_message", sellerMessage, "type", outcomeType),
                "paid", ok, "payment_intent", "pi_3" + mixed(g, 24), "payment_method", "pm_1" + mixed(g, 24),
                "payment_method_details", obj("card", obj("amount_authorized", ok ? amount : null, "brand", brand,
                        "checks", obj("address_line1_check", null, "address_postal_code_check", "pass", "cvc_check", "pass"),
                        "country", "US", "exp_month", g.between(1, 12), "exp_year", g.between(2027, 2031), "fingerprint", mixed(g, 16),
                        "funding", g.pick("credit", "credit", "debit"), "last4", last4, "network", brand, "three_d_secure", null, "wallet", null),
                        "type", "card"),
                "receipt_email", email, "receipt_number", null,
                "receipt_url", ok ? "https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8x" + mixed(g, 58) : null,
                "refunded", refunded > 0, "review", null, "shipping", null, "source_transfer", null, "statement_descriptor", null,
                "statement_descriptor_suffix", null, "status", status, "transfer_data", null, "transfer_group", null);
    }

    /**
     * A page of 100 Stripe charges (curl of {@code /v1/charges?limit=100}, pretty as the API returns it), nearly all
     * {@code succeeded}; the customer the question names has one {@code failed} charge today (issuer decline,
     * insufficient funds) and an older succeeded one; another customer's expired-card decline is not the one asked about.
     */
    static NeedleCase stripeCharges() {
        Gen g = new Gen(160_001);
        String target = "dana.whitfield@fastmail.com";
        String targetCustomer = "cus_" + mixed(g, 14);
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 17, 42, 10);
        List<Object> data = new ArrayList<>();
        String failedId = null;
        for (int i = 0; i < 100; i++) {
            t = t.minusSeconds(g.between(90, 2400));
            long created = t.toEpochSecond(ZoneOffset.UTC);
            String id = "ch_3" + mixed(g, 24);
            int amount = g.pick(1299, 2499, 4999, 899, 15900, 7450, 3200, 11999) + 100 * g.nextInt(30);
            String last4 = fmt("%04d", g.nextInt(10000));
            if (i == 17) {
                failedId = id;
                data.add(stripeCharge(g, id, created, target, "Dana Whitfield", targetCustomer, 18_750, "failed", "card_declined",
                        "Your card has insufficient funds.", "declined_by_network", "insufficient_funds",
                        "The bank returned the decline code `insufficient_funds`.", "issuer_declined", "4417"));
                continue;
            }
            if (i == 64) {
                data.add(stripeCharge(g, id, created, target, "Dana Whitfield", targetCustomer, 6_400, "succeeded", null, null,
                        "approved_by_network", null, "Payment complete.", "authorized", "4417"));
                continue;
            }
            String first = g.pick(FIRST);
            String last = g.pick(LAST);
            String email = first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + g.between(1, 99) + "@"
                    + g.pick("gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com");
            String customer = "cus_" + mixed(g, 14);
            if (i == 48) {
                data.add(stripeCharge(g, id, created, email, first + " " + last, customer, amount, "failed", "expired_card",
                        "Your card has expired.", "declined_by_network", "expired_card", "The bank returned the decline code `expired_card`.",
                        "issuer_declined", last4));
                continue;
            }
            data.add(stripeCharge(g, id, created, email, first + " " + last, customer, amount, "succeeded", null, null, "approved_by_network",
                    null, "Payment complete.", "authorized", last4));
        }
        String text = pretty(obj("object", "list", "data", data, "has_more", true, "url", "/v1/charges"), 2) + "\n";
        requireSize(text, 100, 300);
        requireCount(text, "\"status\": \"failed\"", 2);
        requireCount(text, "\"failure_code\": \"card_declined\"", 1);
        requireCount(text, failedId, 1);
        return NeedleCase.named("fresh13_stripe_charges", "json", "stripe-charges-json")
                .shell("curl -s https://api.stripe.com/v1/charges?limit=100 -u \"$STRIPE_SECRET_KEY:\"")
                .question("Customer dana.whitfield@fastmail.com says her payment this afternoon didn't go through but she was charged before without"
                        + " problems. Find her charge: what failed, and what did the bank say?")
                .heldAside()
                .build(text, List.of(Needle.contains("\"id\": \"" + failedId + "\""), Needle.contains("\"failure_code\": \"card_declined\""),
                        Needle.contains("\"failure_message\": \"Your card has insufficient funds.\""),
                        Needle.contains("\"seller_message\": \"The bank returned the decline code `insufficient_funds`.\"")));
    }

    // ---------------------------------------------------------------- kubectl get events -A -o json

    private static Map<String, Object> k8sEvent(Gen g, String ns, String kind, String objName, String fieldPath, String reason, String type,
            String message, String component, String host, int count, LocalDateTime first, LocalDateTime last) {
        Map<String, Object> involved = obj("apiVersion", kind.equals("Pod") ? "v1" : "apps/v1");
        if (fieldPath != null) {
            involved.put("fieldPath", fieldPath);
        }
        involved.put("kind", kind);
        involved.put("name", objName);
        involved.put("namespace", ns);
        involved.put("resourceVersion", Integer.toString(g.between(80_000_000, 89_999_999)));
        involved.put("uid", uuid(g));
        Map<String, Object> source = obj("component", component);
        if (host != null) {
            source.put("host", host);
        }
        return obj("apiVersion", "v1", "count", count, "eventTime", null, "firstTimestamp", ISO_Z.format(first), "involvedObject", involved,
                "kind", "Event", "lastTimestamp", ISO_Z.format(last), "message", message,
                "metadata", obj("creationTimestamp", ISO_Z.format(first), "name", objName + "." + g.hex(16), "namespace", ns,
                        "resourceVersion", Integer.toString(g.between(90_000_000, 99_999_999)), "uid", uuid(g)),
                "reason", reason, "reportingComponent", host != null ? component : "", "reportingInstance", host != null ? host : "",
                "source", source, "type", type);
    }

    /**
     * {@code kubectl get events -A -o json} of a 12-node cluster (kubectl's 4-space JSON, items sorted by namespace and
     * name): about 180 routine events of rollouts (Scheduled, Pulling, Pulled, Created, Started, SuccessfulCreate,
     * ScalingReplicaSet, Killing) and a few readiness-probe warnings and one BackOff elsewhere; the pod the question names
     * is FailedScheduling (Insufficient memory, 23 times) and the cluster autoscaler did not scale up (max node group size).
     */
    static NeedleCase kubectlEventsJson() {
        Gen g = new Gen(160_002);
        String[][] apps = {{"payments", "payments-api", "api"}, {"payments", "ledger-worker", "worker"}, {"checkout", "checkout-web", "web"},
            {"checkout", "cart-service", "cart"}, {"catalog", "catalog-api", "api"}, {"catalog", "image-resizer", "resizer"},
            {"search", "search-indexer", "indexer"}, {"reports", "reports-worker", "worker"}, {"monitoring", "kube-state-metrics", "kube-state-metrics"},
            {"ingress-nginx", "ingress-nginx-controller", "controller"}, {"kube-system", "coredns", "coredns"}};
        String[] nodes = new String[12];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = "ip-10-0-" + g.between(10, 60) + "-" + g.between(2, 250) + ".eu-west-1.compute.internal";
        }
        LocalDateTime base = LocalDateTime.of(2026, 12, 7, 9, 0, 0);
        List<Map<String, Object>> items = new ArrayList<>();
        String targetRs = "payments-api-7d9f8b6c5";
        String target = targetRs + "-x2kqz";
        for (String[] app : apps) {
            String ns = app[0];
            int rollouts = app[1].equals("payments-api") || app[0].startsWith("kube") || app[0].startsWith("ingress") ? 1 : g.between(1, 2);
            if (app[1].equals("image-resizer") || app[1].equals("search-indexer") || app[1].equals("ledger-worker")) {
                rollouts = 1;
            }
            for (int r = 0; r < rollouts; r++) {
                String rs = app[1].equals("payments-api") ? targetRs : app[1] + "-" + g.hex(9).replaceAll("[0-3]", "b");
                String tag = fmt("%d.%d.%d", g.between(1, 4), g.between(0, 30), g.between(0, 12));
                String image = (ns.equals("kube-system") ? "registry.k8s.io/" : "123456789012.dkr.ecr.eu-west-1.amazonaws.com/") + app[1] + ":" + tag;
                LocalDateTime t = base.plusMinutes(g.between(0, 300));
                int replicas = g.between(2, 3);
                items.add(k8sEvent(g, ns, "Deployment", app[1], null, "ScalingReplicaSet", "Normal",
                        "Scaled up replica set " + rs + " to " + replicas, "deployment-controller", null, 1, t, t));
                for (int p = 0; p < replicas; p++) {
                    String pod = rs + "-" + g.alnum(5);
                    LocalDateTime pt = t.plusSeconds(g.between(0, 3));
                    items.add(k8sEvent(g, ns, "ReplicaSet", rs, null, "SuccessfulCreate", "Normal", "Created pod: " + pod, "replicaset-controller",
                            null, 1, pt, pt));
                    String node = g.pick(nodes);
                    items.add(k8sEvent(g, ns, "Pod", pod, null, "Scheduled", "Normal", "Successfully assigned " + ns + "/" + pod + " to " + node,
                            "default-scheduler", null, 1, pt, pt));
                    String fp = "spec.containers{" + app[2] + "}";
                    LocalDateTime st = pt.plusSeconds(g.between(1, 4));
                    items.add(k8sEvent(g, ns, "Pod", pod, fp, "Pulling", "Normal", "Pulling image \"" + image + "\"", "kubelet", node, 1, st, st));
                    double secs = 0.8 + g.nextDouble() * 9;
                    st = st.plusSeconds((long) secs + 1);
                    items.add(k8sEvent(g, ns, "Pod", pod, fp, "Pulled", "Normal", fmt("Successfully pulled image \"%s\" in %.3fs (%.3fs including"
                            + " waiting). Image size: %d bytes.", image, secs, secs + g.nextDouble(), g.between(30_000_000, 420_000_000)), "kubelet", node,
                            1, st, st));
                    items.add(k8sEvent(g, ns, "Pod", pod, fp, "Created", "Normal", "Created container " + app[2], "kubelet", node, 1, st, st));
                    st = st.plusSeconds(1);
                    items.add(k8sEvent(g, ns, "Pod", pod, fp, "Started", "Normal", "Started container " + app[2], "kubelet", node, 1, st, st));
                    if (g.chance(0.2) && !ns.equals("payments")) {
                        LocalDateTime ut = st.plusSeconds(g.between(5, 40));
                        items.add(k8sEvent(g, ns, "Pod", pod, fp, "Unhealthy", "Warning", fmt("Readiness probe failed: Get \"http://%s:8080/healthz\":"
                                + " dial tcp %s:8080: connect: connection refused", "10.1." + g.between(0, 60) + "." + g.between(2, 250), "10.1.7.9"),
                                "kubelet", node, g.between(1, 4), ut, ut.plusSeconds(g.between(0, 20))));
                    }
                    if (app[1].equals("reports-worker") && p == 0 && r == 0) {
                        LocalDateTime bt = st.plusMinutes(3);
                        items.add(k8sEvent(g, ns, "Pod", pod, fp, "BackOff", "Warning", "Back-off restarting failed container worker in pod "
                                + pod + "_" + ns + "(" + uuid(g) + ")", "kubelet", node, 14, bt, bt.plusMinutes(42)));
                    }
                }
                if (r == 0 && rollouts == 2) {
                    base = base.plusMinutes(20);
                }
                if (!app[1].equals("payments-api") && g.chance(0.6)) {
                    LocalDateTime kt = t.plusMinutes(2);
                    String old = app[1] + "-" + g.hex(9).replaceAll("[0-3]", "c");
                    items.add(k8sEvent(g, ns, "Deployment", app[1], null, "ScalingReplicaSet", "Normal", "Scaled down replica set " + old + " to 0 from "
                            + replicas, "deployment-controller", null, 1, kt, kt));
                    for (int p = 0; p < replicas; p++) {
                        String oldPod = old + "-" + g.alnum(5);
                        items.add(k8sEvent(g, ns, "Pod", oldPod, "spec.containers{" + app[2] + "}", "Killing", "Normal", "Stopping container " + app[2],
                                "kubelet", g.pick(nodes), 1, kt, kt));
                    }
                }
            }
        }
        LocalDateTime ft = LocalDateTime.of(2026, 12, 7, 13, 2, 41);
        String scheduling = "0/12 nodes are available: 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 9 Insufficient"
                + " memory. preemption: 0/12 nodes are available: 3 Preemption is not helpful for scheduling, 9 No preemption victims found for"
                + " incoming pod.";
        String scaleUp = "pod didn't trigger scale-up: 2 max node group size reached, 1 node(s) had untolerated taint"
                + " {node-role.kubernetes.io/control-plane: }";
        items.add(k8sEvent(g, "payments", "ReplicaSet", targetRs, null, "SuccessfulCreate", "Normal", "Created pod: " + target,
                "replicaset-controller", null, 1, ft, ft));
        items.add(k8sEvent(g, "payments", "Pod", target, null, "FailedScheduling", "Warning", scheduling, "default-scheduler", null, 23, ft,
                ft.plusMinutes(47)));
        items.add(k8sEvent(g, "payments", "Pod", target, null, "NotTriggerScaleUp", "Normal", scaleUp, "cluster-autoscaler", null, 19,
                ft.plusSeconds(12), ft.plusMinutes(46)));
        items.sort(Comparator.comparing((Map<String, Object> m) -> (String) ((Map<?, ?>) m.get("metadata")).get("namespace"))
                .thenComparing(m -> (String) ((Map<?, ?>) m.get("metadata")).get("name")));
        String text = pretty(obj("apiVersion", "v1", "items", new ArrayList<Object>(items), "kind", "List",
                "metadata", obj("resourceVersion", "")), 4) + "\n";
        requireSize(text, 60, 300);
        requireCount(text, "FailedScheduling", 1);
        requireCount(text, "Insufficient memory", 1);
        return NeedleCase.named("fresh13_kubectl_events_json", "json", "kubectl-events-json")
                .shell("kubectl get events -A -o json")
                .question("payments-api-7d9f8b6c5-x2kqz in the payments namespace has been Pending for almost an hour after the rollout. What do the"
                        + " events say about why it can't start?")
                .heldAside()
                .build(text, List.of(Needle.contains("\"message\": \"" + scheduling + "\""), Needle.contains("\"reason\": \"FailedScheduling\""),
                        Needle.contains("\"message\": \"" + scaleUp + "\"")));
    }

    // ---------------------------------------------------------------- gh run list --json

    private static Map<String, Object> ghRun(String conclusion, LocalDateTime created, long id, String branch, String name, String status) {
        return obj("conclusion", conclusion, "createdAt", ISO_Z.format(created), "databaseId", id, "headBranch", branch, "name", name,
                "status", status);
    }

    /**
     * {@code gh run list -L 200 --json ...} piped (gh then prints the array minified on one line, keys sorted): 200
     * workflow runs over many branches, newest first, mostly successes with a few failures elsewhere; the branch the question
     * names has an e2e run in progress, the latest CI run failed, and the CI run of its previous push succeeded.
     */
    static NeedleCase ghRunList() {
        Gen g = new Gen(160_003);
        String[] branches = {"main", "main", "main", "feat/bulk-refunds", "feat/invoice-pdf-v2", "chore/bump-spring-boot", "fix/tax-rounding-eu",
            "feat/partner-api-keys", "dependabot/maven/org.postgresql-postgresql-42.7.4", "dependabot/npm_and_yarn/web/vite-5.4.11",
            "fix/webhook-retry-jitter", "refactor/ledger-accounts", "feat/search-facets", "release/2026.12"};
        String[] workflows = {"CI", "CI", "CI", "Lint", "Lint", "CodeQL", "Deploy Preview", "e2e"};
        String target = "fix/ledger-rounding";
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 15, 48, 3);
        long id = 12_231_180_544L;
        List<Object> runs = new ArrayList<>();
        Map<String, Object> inProgress = null;
        Map<String, Object> failed = null;
        Map<String, Object> previous = null;
        for (int i = 0; i < 200; i++) {
            t = t.minusSeconds(g.between(20, 900));
            id -= g.between(3, 4000);
            if (i == 6) {
                inProgress = ghRun("", t, id, target, "e2e", "in_progress");
                runs.add(inProgress);
                continue;
            }
            if (i == 7) {
                failed = ghRun("failure", t, id, target, "CI", "completed");
                runs.add(failed);
                continue;
            }
            if (i == 8) {
                runs.add(ghRun("success", t, id, target, "Lint", "completed"));
                continue;
            }
            if (i == 41) {
                previous = ghRun("success", t, id, target, "CI", "completed");
                runs.add(previous);
                continue;
            }
            if (i == 42) {
                runs.add(ghRun("success", t, id, target, "Lint", "completed"));
                continue;
            }
            String branch = g.pick(branches);
            String wf = branch.equals("main") ? g.pick("CI", "CI", "CodeQL", "Deploy Production", "Lint") : g.pick(workflows);
            String status = i < 4 && g.chance(0.5) ? g.pick("in_progress", "queued") : "completed";
            String conclusion = !status.equals("completed") ? "" : switch (g.weighted(88, 6, 4, 2)) {
                case 0 -> "success";
                case 1 -> "failure";
                case 2 -> "cancelled";
                default -> "skipped";
            };
            runs.add(ghRun(conclusion, t, id, branch, wf, status));
        }
        String text = compact(runs) + "\n";
        requireSize(text, 25, 300);
        requireCount(text, "\"headBranch\":\"" + target + "\"", 5);
        return NeedleCase.named("fresh13_gh_run_list", "json", "gh-run-list-json")
                .shell("gh run list -L 200 --json databaseId,name,status,conclusion,headBranch,createdAt")
                .question("What's the state of CI on my branch fix/ledger-rounding? It was green on my previous push; give me the run ids so I can"
                        + " look at the failing one.")
                .heldAside()
                .build(text, List.of(Needle.contains(compact(failed)), Needle.contains(compact(inProgress)), Needle.contains(compact(previous))));
    }

    // ---------------------------------------------------------------- Sentry issues API

    private record SentryIssue(String title, String culprit, String type, String value, String filename, String function, String level) {}

    /**
     * The Sentry issues API for a project ({@code /api/0/projects/acme/web-checkout/issues/?statsPeriod=24h}, through
     * {@code jq .}): 50 unresolved issues with metadata, counts and a 24-hour stats series; one issue first seen at 14:07
     * today (substatus {@code new}) has 18,422 events from 6,113 users and a spike from the 14:00 hour on (4,210, 7,318, 6,894 events an hour).
     */
    static NeedleCase sentryIssues() {
        Gen g = new Gen(160_004);
        SentryIssue[] pool = {
            new SentryIssue("ChunkLoadError: Loading chunk %d failed.", "app/routes/lazy", "ChunkLoadError", "Loading chunk %d failed.",
                    "app/routes/lazy.ts", "loadRoute", "error"),
            new SentryIssue("TypeError: Failed to fetch", "api/client in request", "TypeError", "Failed to fetch", "api/client.ts", "request", "error"),
            new SentryIssue("ResizeObserver loop completed with undelivered notifications.", "?", "Error",
                    "ResizeObserver loop completed with undelivered notifications.", "<anonymous>", "?", "warning"),
            new SentryIssue("AxiosError: Request failed with status code %d", "services/%s in fetch", "AxiosError", "Request failed with status code %d",
                    "services/%s.ts", "fetch", "error"),
            new SentryIssue("Error: Minified React error #%d", "react-dom/cjs/react-dom.production", "Error", "Minified React error #%d",
                    "react-dom.production.min.js", "commitRoot", "error"),
            new SentryIssue("UnhandledRejection: Non-Error promise rejection captured with value: %s", "?", "UnhandledRejection",
                    "Non-Error promise rejection captured with value: %s", "<anonymous>", "?", "error"),
            new SentryIssue("SecurityError: The operation is insecure.", "utils/storage in getItem", "SecurityError", "The operation is insecure.",
                    "utils/storage.ts", "getItem", "error"),
            new SentryIssue("TypeError: Cannot read properties of null (reading '%s')", "components/%s in render", "TypeError",
                    "Cannot read properties of null (reading '%s')", "components/%s.tsx", "render", "error")};
        String[] services = {"cart", "shipping", "pricing", "addresses", "promotions", "session", "inventory"};
        String[] props = {"focus", "length", "id", "style", "classList", "value", "map"};
        String[] comps = {"CartDrawer", "AddressForm", "PromoBanner", "ShippingOptions", "MiniCart", "StoreLocator", "GiftCardInput"};
        LocalDateTime now = LocalDateTime.of(2026, 12, 7, 16, 0, 0);
        long hour0 = now.minusHours(23).toEpochSecond(ZoneOffset.UTC);
        List<Object> issues = new ArrayList<>();
        String targetTitle = "TypeError: Cannot read properties of undefined (reading 'amount')";
        String targetCulprit = "app/checkout/PaymentStep.tsx in handleSubmit";
        for (int i = 0; i < 50; i++) {
            boolean target = i == 2;
            String title;
            String culprit;
            String type;
            String value;
            String filename;
            String function;
            String level;
            if (target) {
                title = targetTitle;
                culprit = targetCulprit;
                type = "TypeError";
                value = "Cannot read properties of undefined (reading 'amount')";
                filename = "app/checkout/PaymentStep.tsx";
                function = "handleSubmit";
                level = "error";
            } else {
                SentryIssue s = pool[g.nextInt(pool.length)];
                Object arg = switch (s.type()) {
                    case "ChunkLoadError" -> g.between(100, 999);
                    case "AxiosError" -> g.pick(500, 502, 503, 504, 429);
                    case "Error" -> g.pick(418, 423, 425, 185, 310);
                    case "UnhandledRejection" -> g.pick("Object Not Found Matching Id:" + g.between(1, 9), "undefined", "Timeout");
                    default -> g.pick(props);
                };
                String svc = g.pick(services);
                String comp = g.pick(comps);
                title = s.type().equals("AxiosError") ? fmt(s.title(), arg) : s.title().contains("%") ? fmt(s.title(), arg) : s.title();
                culprit = s.culprit().contains("%s") ? fmt(s.culprit(), s.type().equals("AxiosError") ? svc : comp) : s.culprit();
                type = s.type();
                value = s.value().contains("%") ? fmt(s.value(), arg) : s.value();
                filename = s.filename().contains("%s") ? fmt(s.filename(), s.type().equals("AxiosError") ? svc : comp) : s.filename();
                function = s.function();
                level = s.level();
            }
            String numericId = Long.toString(5_100_000_000L + g.between(0, 99_999_999));
            String shortId = target ? "WEB-CHECKOUT-4ZT" : "WEB-CHECKOUT-" + upper(g, 1) + g.between(1, 9) + upper(g, 1);
            List<Object> stats = new ArrayList<>();
            long total = 0;
            int rate = target ? 0 : g.between(0, 40);
            for (int h = 0; h < 24; h++) {
                int n;
                if (target) {
                    n = h < 21 ? 0 : h == 21 ? 4_210 : h == 22 ? 7_318 : 6_894;
                } else {
                    n = Math.max(0, rate + g.between(-rate / 2 - 1, rate / 2 + 1));
                }
                total += n;
                stats.add(arr(hour0 + h * 3600L, n));
            }
            long count = target ? 18_422 : total + g.between(20, 90_000);
            int users = target ? 6_113 : (int) Math.min(count, g.between(1, 4000));
            LocalDateTime firstSeen = target ? LocalDateTime.of(2026, 12, 7, 14, 7, 31, 402_000_000) : now.minusDays(g.between(3, 200))
                    .minusSeconds(g.between(0, 86_000)).withNano(g.nextInt(1000) * 1_000_000);
            LocalDateTime lastSeen = now.minusSeconds(g.between(5, total > 0 ? 3_000 : 400_000)).withNano(g.nextInt(1000) * 1_000_000);
            Map<String, Object> issue = obj("id", numericId, "shareId", null, "shortId", shortId, "title", title, "culprit", culprit,
                    "permalink", "https://acme.sentry.io/issues/" + numericId + "/", "logger", null, "level", level, "status", "unresolved",
                    "statusDetails", obj(), "substatus", target ? "new" : g.chance(0.1) ? "regressed" : "ongoing", "isPublic", false,
                    "platform", "javascript",
                    "project", obj("id", "4506612", "name", "web-checkout", "slug", "web-checkout", "platform", "javascript-react"),
                    "type", "error", "metadata", obj("value", value, "type", type, "filename", filename, "function", function,
                            "in_app_frame_mix", target ? "in-app-only" : g.pick("mixed", "system-only", "in-app-only")),
                    "numComments", target ? 0 : g.between(0, 3), "assignedTo", null, "isBookmarked", false, "isSubscribed", false,
                    "subscriptionDetails", null, "hasSeen", !target && g.chance(0.7), "annotations", arr(), "issueType", "error",
                    "issueCategory", "error", "priority", target ? "high" : g.pick("low", "medium", "medium", "high"), "priorityLockedAt", null,
                    "isUnhandled", target || g.chance(0.4), "count", Long.toString(count), "userCount", users,
                    "firstSeen", ISO_MICRO.format(firstSeen), "lastSeen", ISO_MICRO.format(lastSeen), "stats", obj("24h", stats));
            issues.add(issue);
        }
        String text = pretty(issues, 2) + "\n";
        requireSize(text, 60, 300);
        requireCount(text, "WEB-CHECKOUT-4ZT", 1);
        requireCount(text, "\"count\": \"18422\"", 1);
        requireCount(text, targetTitle, 1);
        return NeedleCase.named("fresh13_sentry_issues", "json", "sentry-issues-json")
                .shell("curl -s -H \"Authorization: Bearer $SENTRY_TOKEN\" 'https://sentry.io/api/0/projects/acme/web-checkout/issues/?statsPeriod=24h"
                        + "&query=is:unresolved' | jq .")
                .question("Checkout conversions dropped right after the 14:00 deploy. Is there a new Sentry issue in web-checkout that started then?"
                        + " Which one, where in the code, and how many users does it hit?")
                .heldAside()
                .build(text, List.of(Needle.contains("\"shortId\": \"WEB-CHECKOUT-4ZT\""), Needle.contains("\"title\": \"" + targetTitle + "\""),
                        Needle.contains("\"culprit\": \"" + targetCulprit + "\""), Needle.contains("\"userCount\": 6113"),
                        Needle.contains("\"firstSeen\": \"2026-12-07T14:07:31.402000Z\"")));
    }

    // ---------------------------------------------------------------- Prometheus /api/v1/targets

    /**
     * Prometheus {@code /api/v1/targets?state=active} through {@code jq .}: 160 active targets over eight scrape pools
     * (node-exporter, kubelet, cAdvisor, kubernetes-pods, postgres-exporter, redis-exporter, blackbox, prometheus), all
     * {@code up} with an empty {@code lastError} but two: a postgres-exporter refusing connections and a node-exporter
     * timing out.
     */
    static NeedleCase prometheusTargets() {
        Gen g = new Gen(160_005);
        String[][] pools = {{"node-exporter", "9100", "monitoring"}, {"kubelet", "10250", "kube-system"}, {"cadvisor", "10250", "kube-system"},
            {"kubernetes-pods", "8080", "apps"}, {"postgres-exporter", "9187", "databases"}, {"redis-exporter", "9121", "databases"},
            {"blackbox-http", "9115", "monitoring"}, {"prometheus", "9090", "monitoring"}};
        int[] sizes = {40, 40, 40, 24, 6, 4, 4, 2};
        String[] podApps = {"checkout-web", "cart-service", "catalog-api", "payments-api", "ledger-worker", "search-indexer"};
        LocalDateTime scrape = LocalDateTime.of(2026, 12, 7, 11, 31, 0);
        List<Object> targets = new ArrayList<>();
        String refused = "Get \"http://10.2.14.37:9187/metrics\": dial tcp 10.2.14.37:9187: connect: connection refused";
        String deadline = "Get \"http://10.2.9.112:9100/metrics\": context deadline exceeded";
        List<String> nodeIps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            nodeIps.add("10.2." + g.between(1, 30) + "." + g.between(2, 250));
        }
        nodeIps.set(23, "10.2.9.112");
        for (int p = 0; p < pools.length; p++) {
            String job = pools[p][0];
            for (int i = 0; i < sizes[p]; i++) {
                String ip = p < 3 ? nodeIps.get(i) : job.equals("postgres-exporter") && i == 3 ? "10.2.14.37" : "10.3." + g.between(0, 40) + "."
                        + g.between(2, 250);
                String address = ip + ":" + pools[p][1];
                String scheme = job.equals("kubelet") || job.equals("cadvisor") ? "https" : "http";
                String path = job.equals("cadvisor") ? "/metrics/cadvisor" : job.startsWith("blackbox") ? "/probe" : "/metrics";
                String url = scheme + "://" + address + path;
                String node = "ip-" + ip.replace('.', '-') + ".eu-west-1.compute.internal";
                Map<String, Object> discovered = obj("__address__", address, "__meta_kubernetes_namespace", pools[p][2]);
                Map<String, Object> labels = obj("instance", address, "job", job);
                if (p < 3) {
                    discovered.put("__meta_kubernetes_node_name", node);
                    labels.put("node", node);
                } else {
                    String pod = (job.equals("kubernetes-pods") ? g.pick(podApps) : job) + "-" + g.hex(9).replaceAll("[0-3]", "d") + "-" + g.alnum(5);
                    discovered.put("__meta_kubernetes_pod_name", pod);
                    discovered.put("__meta_kubernetes_pod_ready", "true");
                    labels.put("namespace", pools[p][2]);
                    labels.put("pod", pod);
                }
                discovered.put("__metrics_path__", path);
                discovered.put("__scheme__", scheme);
                discovered.put("__scrape_interval__", "30s");
                discovered.put("__scrape_timeout__", "10s");
                discovered.put("job", job);
                String error = "";
                String health = "up";
                double duration = 0.002 + g.nextDouble() * (job.equals("cadvisor") ? 0.9 : 0.08);
                if (address.equals("10.2.14.37:9187")) {
                    error = refused;
                    health = "down";
                    duration = 0.000412;
                } else if (address.equals("10.2.9.112:9100")) {
                    error = deadline;
                    health = "down";
                    duration = 10.000871;
                }
                LocalDateTime last = scrape.plusNanos(g.nextInt(30_000) * 1_000_000L + g.nextInt(1_000_000));
                targets.add(obj("discoveredLabels", discovered, "labels", labels, "scrapePool", job, "scrapeUrl", url,
                        "globalUrl", url.replace(ip, node), "lastError", error,
                        "lastScrape", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).format(last),
                        "lastScrapeDuration", num("%.9f", duration), "health", health, "scrapeInterval", "30s", "scrapeTimeout", "10s"));
            }
        }
        String text = pretty(obj("status", "success", "data", obj("activeTargets", targets, "droppedTargets", arr(),
                "droppedTargetCounts", obj("blackbox-http", 0, "cadvisor", 0, "kubelet", 0, "kubernetes-pods", 311, "node-exporter", 0,
                        "postgres-exporter", 0, "prometheus", 0, "redis-exporter", 0))), 2) + "\n";
        requireSize(text, 80, 300);
        requireCount(text, "\"health\": \"down\"", 2);
        requireCount(text, "\"instance\": \"10.2.14.37:9187\"", 1);
        requireCount(text, "\"instance\": \"10.2.9.112:9100\"", 1);
        return NeedleCase.named("fresh13_prometheus_targets", "json", "prometheus-targets-json")
                .shell("curl -s 'http://prometheus.monitoring.svc:9090/api/v1/targets?state=active' | jq .")
                .question("Some dashboards have gaps since this morning. Are any Prometheus scrape targets down? Which ones and with what error?")
                .heldAside()
                .build(text, List.of(Needle.contains("\"lastError\": \"" + Json.escape(refused) + "\""),
                        Needle.contains("\"lastError\": \"" + Json.escape(deadline) + "\""), Needle.contains("\"instance\": \"10.2.14.37:9187\""),
                        Needle.contains("\"instance\": \"10.2.9.112:9100\"")));
    }

    // ---------------------------------------------------------------- bq query --format=csv

    /**
     * {@code bq query --format=csv} of daily service metrics (date, region, service, requests, errors, error rate, p95
     * latency, revenue) over 122 days, 8 regions and 4 services, about 3,900 rows; on the date and region the question names
     * checkout's errors jump to about a third of its requests and its revenue collapses while payments' p95 latency is
     * several times its usual; the day before is normal.
     */
    static NeedleCase bqDailyMetrics() {
        Gen g = new Gen(160_006);
        String[] regions = {"ap-northeast-1", "ap-southeast-2", "eu-central-1", "eu-west-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-2"};
        String[] services = {"catalog", "checkout", "payments", "search"};
        Map<String, Integer> baseRequests = new LinkedHashMap<>();
        for (String r : regions) {
            for (String s : services) {
                baseRequests.put(r + "/" + s, g.between(40_000, 900_000));
            }
        }
        String header = "date,region,service,requests,errors,error_rate,p95_latency_ms,revenue_usd";
        Gen out = new Gen(0);
        out.add(header);
        LocalDate day = LocalDate.of(2026, 8, 1);
        LocalDate bad = LocalDate.of(2026, 11, 14);
        String checkoutBad = null;
        String paymentsBad = null;
        List<String> dayBefore = new ArrayList<>();
        for (int d = 0; d < 122; d++, day = day.plusDays(1)) {
            double week = switch (day.getDayOfWeek()) {
                case SATURDAY -> 0.82;
                case SUNDAY -> 0.78;
                default -> 1.0;
            };
            for (String r : regions) {
                for (String s : services) {
                    long req = Math.round(baseRequests.get(r + "/" + s) * week * (0.93 + g.nextDouble() * 0.14));
                    long err = Math.round(req * (0.0004 + g.nextDouble() * 0.0018));
                    int p95 = switch (s) {
                        case "catalog" -> g.between(80, 140);
                        case "checkout" -> g.between(210, 330);
                        case "payments" -> g.between(340, 520);
                        default -> g.between(60, 110);
                    };
                    double revenue = s.equals("checkout") ? req * (0.41 + g.nextDouble() * 0.05) : s.equals("payments") ? 0 : 0;
                    boolean anomaly = day.equals(bad) && r.equals("eu-west-1");
                    if (anomaly && s.equals("checkout")) {
                        err = Math.round(req * 0.3127);
                        p95 = 2_871;
                        revenue = req * 0.1194;
                    } else if (anomaly && s.equals("payments")) {
                        p95 = 4_412;
                        err = Math.round(req * 0.0391);
                    }
                    String row = fmt("%s,%s,%s,%d,%d,%s,%d,%.2f", day, r, s, req, err, fmt("%.6f", (double) err / req), p95, revenue);
                    out.add(row);
                    if (anomaly && s.equals("checkout")) {
                        checkoutBad = row;
                    } else if (anomaly && s.equals("payments")) {
                        paymentsBad = row;
                    } else if (day.equals(bad.minusDays(1)) && r.equals("eu-west-1") && (s.equals("checkout") || s.equals("payments"))) {
                        dayBefore.add(row);
                    }
                }
            }
        }
        String text = out.text();
        requireSize(text, 100, 300);
        requireCount(text, "2026-11-14,eu-west-1,", 4);
        return NeedleCase.named("fresh13_bq_daily_metrics", "csv", "bq-query-csv")
                .shell("bq query --nouse_legacy_sql --format=csv --max_rows=100000 'SELECT date, region, service, requests, errors,"
                        + " ROUND(errors / requests, 6) AS error_rate, p95_latency_ms, revenue_usd FROM `acme-prod.metrics.daily_service`"
                        + " WHERE date BETWEEN \"2026-08-01\" AND \"2026-11-30\" ORDER BY date, region, service'")
                .question("Finance says eu-west-1 revenue was way down on 2026-11-14. What do the daily metrics show for eu-west-1 that day compared"
                        + " with the day before?")
                .heldAside()
                .build(text, List.of(Needle.exact(header), Needle.exact(checkoutBad), Needle.exact(paymentsBad), Needle.anyOf(dayBefore)));
    }

    // ---------------------------------------------------------------- Jira CSV export

    /**
     * A Jira issue search exported as CSV (all fields: two Labels columns, quoted multi-line descriptions with doubled
     * quotes), 320 issues of a payments project; the issue the question names is an In Progress bug with reproduction
     * steps in its description, and a later issue was closed as its duplicate.
     */
    static NeedleCase jiraCsvExport() {
        Gen g = new Gen(160_007);
        DateTimeFormatter jira = DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ROOT);
        String header = "Summary,Issue key,Issue id,Issue Type,Status,Project key,Priority,Resolution,Assignee,Reporter,Created,Updated,"
                + "Resolved,Sprint,Labels,Labels,Description,Custom field (Story Points)";
        String[] verbs = {"Add", "Fix", "Update", "Remove", "Refactor", "Investigate", "Document", "Migrate"};
        String[] things = {"invoice PDF footer", "currency rounding in reports", "retry policy for card auth", "partner API rate limits",
            "settlement file parser", "3DS challenge timeout", "refund notification email", "ledger export to S3", "payout schedule UI",
            "idempotency keys on capture", "chargeback evidence upload", "FX rate cache", "audit log retention", "webhook signature check"};
        String[] statuses = {"Done", "Done", "Done", "Closed", "In Progress", "To Do", "To Do", "In Review"};
        String[] people = {"Priya Raman", "Tom Becker", "Aiko Sato", "Luis Ortega", "Hannah Scholz", "Kwame Mensah", "Sara Lindqvist", ""};
        String[] sentences = {"Currently the value is computed twice per request.", "See the linked Confluence page for context.",
            "Acceptance criteria:", "* covered by an integration test", "* metrics added to the payments dashboard",
            "This blocks the Q1 partner launch.", "Customers in the EU are affected first.", "Logs show \"timeout after 30s\" from the gateway.",
            "Needs a feature flag so we can roll it out per merchant.", "Low risk, behind config."};
        Gen out = new Gen(0);
        out.add(header);
        LocalDateTime created = LocalDateTime.of(2026, 3, 2, 9, 15);
        String target = "PAY-1287";
        List<String> targetLines = new ArrayList<>();
        String duplicateLine = null;
        int key;
        for (int i = 0; i < 320; i++) {
            key = 1137 + i;
            created = created.plusMinutes(g.between(60, 1500));
            String issueKey = "PAY-" + key;
            String summary;
            String type;
            String status;
            String priority;
            String resolution;
            String assignee;
            String description;
            String labels1 = g.chance(0.5) ? g.pick("backend", "frontend", "tech-debt", "compliance", "customer-reported") : "";
            String labels2 = labels1.isEmpty() || g.chance(0.6) ? "" : g.pick("q1-launch", "oncall", "ledger");
            if (issueKey.equals(target)) {
                summary = "Refund webhook double-posts ledger entries when retry overlaps";
                type = "Bug";
                status = "In Progress";
                priority = "Highest";
                resolution = "";
                assignee = "Priya Raman";
                labels1 = "ledger";
                labels2 = "customer-reported";
                description = "Steps to reproduce:\n1. Create a charge of 50.00 EUR on a test merchant.\n2. Trigger a refund and kill the refund-worker"
                        + " pod within 2s so the webhook is retried.\n3. Check ledger_entries: two REFUND rows with the same refund_id.\n\nExpected: one"
                        + " REFUND entry. The handler is not idempotent on \"refund.succeeded\" events.";
            } else if (i == 231) {
                summary = "Duplicate refund entries in ledger for merchant 88213";
                type = "Bug";
                status = "Closed";
                priority = "High";
                resolution = "Duplicate";
                assignee = "Tom Becker";
                description = "Merchant 88213 reports refunds counted twice in the monthly statement.\nClosing as duplicate of PAY-1287; same root"
                        + " cause in the webhook retry path.";
            } else {
                summary = g.pick(verbs) + " " + g.pick(things);
                type = g.pick("Story", "Story", "Task", "Bug", "Task", "Sub-task");
                status = g.pick(statuses);
                priority = g.pick("Medium", "Medium", "Low", "High");
                resolution = status.equals("Done") || status.equals("Closed") ? "Done" : "";
                assignee = g.pick(people);
                StringBuilder d = new StringBuilder();
                int n = g.weighted(25, 30, 25, 20);
                for (int s = 0; s <= n; s++) {
                    d.append(s == 0 ? "" : "\n").append(g.pick(sentences));
                }
                description = d.toString();
            }
            LocalDateTime updated = created.plusHours(g.between(1, 900));
            String resolved = resolution.isEmpty() ? "" : jira.format(updated);
            int sprint = 40 + (int) (java.time.Duration.between(LocalDateTime.of(2026, 3, 2, 0, 0), created).toDays() / 14);
            String row = String.join(",", csv(summary), issueKey, Integer.toString(40_000 + key * 3 + g.nextInt(3)), type, status, "PAY",
                    priority, resolution, assignee, g.pick(people[0], people[1], people[4], people[6]), jira.format(created), jira.format(updated),
                    resolved, "PAY Sprint " + sprint, labels1, labels2, csv(description),
                    type.equals("Sub-task") ? "" : g.pick("1.0", "2.0", "3.0", "5.0", "8.0"));
            for (String line : row.split("\n", -1)) {
                out.add(line);
            }
            if (issueKey.equals(target)) {
                targetLines.add(row.split("\n", -1)[0]);
                targetLines.add(row.split("\n", -1)[2]);
            } else if (i == 231) {
                duplicateLine = row.split("\n", -1)[1];
            }
        }
        String text = out.text();
        requireSize(text, 50, 300);
        requireCount(text, "PAY-1287", 2);
        return NeedleCase.named("fresh13_jira_csv_export", "csv", "jira-export-csv")
                .shell("curl -s -u \"$JIRA_USER:$JIRA_TOKEN\" 'https://acme.atlassian.net/sr/jira.issueviews:searchrequest-csv-all-fields/temp/"
                        + "SearchRequest.csv?jqlQuery=project+%3D+PAY+ORDER+BY+key'")
                .question("What's the status of PAY-1287, who is working on it, and how do you reproduce it? Has anyone filed the same problem again?")
                .heldAside()
                .build(text, List.of(Needle.exact(targetLines.get(0)), Needle.exact(targetLines.get(1)), Needle.exact(duplicateLine)));
    }

    // ---------------------------------------------------------------- Azure activity log as JSON Lines

    /**
     * {@code az monitor activity-log list} over a day, projected by {@code jq -c} to one record per line: about 560
     * Started/Succeeded pairs of routine writes, reads of keys and deployments by service principals and people; the
     * caller the question names tried twice to delete a storage account and failed both times (ScopeLocked), because
     * another admin had put a CanNotDelete lock on the resource group that morning.
     */
    static NeedleCase azureActivityJsonl() {
        Gen g = new Gen(160_008);
        String sub = "/subscriptions/8f3c2a71-5d4e-4b9a-a0c6-2e7b91d4f350";
        String[] groups = {"rg-prod-web", "rg-prod-data", "rg-prod-network", "rg-shared-monitoring", "rg-staging-web"};
        String[][] ops = {{"Microsoft.Compute/virtualMachines/write", "Microsoft.Compute/virtualMachines", "vm-web-"},
            {"Microsoft.Web/sites/write", "Microsoft.Web/sites", "app-shop-"},
            {"Microsoft.Web/sites/restart/action", "Microsoft.Web/sites", "app-shop-"},
            {"Microsoft.Storage/storageAccounts/listKeys/action", "Microsoft.Storage/storageAccounts", "stprod"},
            {"Microsoft.KeyVault/vaults/write", "Microsoft.KeyVault/vaults", "kv-prod-"},
            {"Microsoft.Network/networkSecurityGroups/write", "Microsoft.Network/networkSecurityGroups", "nsg-app-"},
            {"Microsoft.Resources/deployments/write", "Microsoft.Resources/deployments", "deploy-"},
            {"Microsoft.Insights/diagnosticSettings/write", "Microsoft.Insights/diagnosticSettings", "diag-"},
            {"Microsoft.Sql/servers/databases/write", "Microsoft.Sql/servers/databases", "sqldb-orders-"}};
        String[] callers = {"ci-deployer-sp@acme.onmicrosoft.com", "2b7e1c40-9a3f-4d1e-8c55-7f0e6a9b2d11", "julia.brandt@acme.com",
            "ops-automation@acme.onmicrosoft.com", "samir.haddad@acme.com", "9d04f6e2-1c7b-4a88-b3e0-5f2c8a7d6e19"};
        String target = "mark.oyelaran@acme.com";
        LocalDateTime t = LocalDateTime.of(2026, 12, 6, 0, 3, 11);
        Gen out = new Gen(0);
        List<String> failed = new ArrayList<>();
        String lockLine = null;
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT);
        for (int i = 0; i < 285; i++) {
            t = t.plusSeconds(g.between(20, 300)).plusNanos(g.nextInt(1_000_000) * 1000L);
            String caller;
            String op;
            String rg;
            String resourceId;
            boolean fail = false;
            String message = null;
            if (i == 101) {
                caller = "julia.brandt@acme.com";
                op = "Microsoft.Authorization/locks/write";
                rg = "rg-prod-data";
                resourceId = sub + "/resourceGroups/rg-prod-data/providers/Microsoft.Authorization/locks/lock-prod-data-nodelete";
            } else if (i == 198 || i == 203) {
                caller = target;
                op = "Microsoft.Storage/storageAccounts/delete";
                rg = "rg-prod-data";
                resourceId = sub + "/resourceGroups/rg-prod-data/providers/Microsoft.Storage/storageAccounts/stproddataexports01";
                fail = true;
                message = "{\"error\":{\"code\":\"ScopeLocked\",\"message\":\"The scope '" + resourceId + "' cannot perform delete operation"
                        + " because following scope(s) are locked: '" + sub + "/resourceGroups/rg-prod-data'. Please remove the lock and try"
                        + " again.\"}}";
            } else {
                String[] o = ops[g.nextInt(ops.length)];
                caller = i == 150 ? target : g.pick(callers);
                op = o[0];
                rg = g.pick(groups);
                String type = o[1];
                String name = o[2] + (o[2].startsWith("stprod") ? g.alnum(6) : fmt("%02d", g.between(1, 12)));
                resourceId = type.equals("Microsoft.Sql/servers/databases")
                        ? sub + "/resourceGroups/" + rg + "/providers/Microsoft.Sql/servers/sql-" + rg.substring(3) + "/databases/" + name
                        : sub + "/resourceGroups/" + rg + "/providers/" + type + "/" + name;
            }
            String correlation = uuid(g);
            String ip = caller.contains("@acme.com") ? "203.0.113." + g.between(10, 60) : "20.50." + g.between(0, 255) + "." + g.between(1, 254);
            Map<String, Object> started = obj("eventTimestamp", ts.format(t), "caller", caller, "operationName", op, "status", "Started",
                    "subStatus", "", "level", "Informational", "resourceGroupName", rg, "resourceId", resourceId, "correlationId", correlation,
                    "callerIpAddress", ip, "statusMessage", null);
            out.add(compact(started));
            LocalDateTime done = t.plusNanos(g.between(200, 9000) * 1_000_000L);
            Map<String, Object> end = obj("eventTimestamp", ts.format(done), "caller", caller, "operationName", op,
                    "status", fail ? "Failed" : "Succeeded", "subStatus", fail ? "Conflict" : op.endsWith("/action") ? "OK" : g.pick("OK", "Created"),
                    "level", fail ? "Error" : "Informational", "resourceGroupName", rg, "resourceId", resourceId, "correlationId", correlation,
                    "callerIpAddress", ip, "statusMessage", message);
            String line = compact(end);
            out.add(line);
            if (fail) {
                failed.add(line);
            } else if (i == 101) {
                lockLine = line;
            }
        }
        String text = out.text();
        requireSize(text, 100, 300);
        requireCount(text, "\"status\":\"Failed\"", 2);
        return NeedleCase.named("fresh13_azure_activity_jsonl", "jsonl", "azure-activity-jsonl")
                .shell("az monitor activity-log list --start-time 2026-12-06T00:00:00Z --end-time 2026-12-07T00:00:00Z --max-events 1000 -o json"
                        + " | jq -c '.[] | {eventTimestamp, caller, operationName: .operationName.value, status: .status.value, subStatus:"
                        + " .subStatus.value, level, resourceGroupName, resourceId, correlationId, callerIpAddress, statusMessage:"
                        + " .properties.statusMessage}' | tac")
                .question("mark.oyelaran@acme.com says he couldn't delete an old storage account in rg-prod-data yesterday. What did he try, why did"
                        + " it fail, and who changed something that would block it?")
                .heldAside()
                .build(text, List.of(Needle.exact(failed.get(0)), Needle.exact(failed.get(1)), Needle.exact(lockLine)));
    }

    // ---------------------------------------------------------------- Cloudflare HTTP request logs (NDJSON)

    /**
     * Cloudflare Logpush {@code http_requests} for a zone, one JSON object per line: about 480 requests over five
     * minutes to the shop's hosts, mostly 200/304 from cache or two origins; from 14:04 UTC one origin of the API host
     * stops answering: a burst of 522 (origin status 0) and a few 520, all with that OriginIP, while the other origin serves.
     */
    static NeedleCase cloudflareHttpLogs() {
        Gen g = new Gen(160_009);
        String[] hosts = {"www.shopnorth.example", "api.shopnorth.example", "static.shopnorth.example"};
        String[] apiPaths = {"/v2/cart", "/v2/products?page=%d", "/v2/products/%d", "/v2/checkout/session", "/v2/auth/refresh", "/v2/search?q=boots",
            "/v2/orders/%d"};
        String[] webPaths = {"/", "/collections/winter", "/products/merino-beanie-%d", "/cart", "/account/orders", "/blog/how-to-layer"};
        String[] colos = {"FRA", "AMS", "CDG", "LHR", "MAD", "WAW", "ARN", "MXP"};
        String[] countries = {"de", "nl", "fr", "gb", "es", "pl", "se", "it"};
        String[] agents = {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
            "ShopNorth/5.12.0 (Android 15; Pixel 8)", "ShopNorth/5.12.0 (iOS 18.1; iPhone15,3)"};
        String goodOrigin = "198.51.100.23";
        String badOrigin = "198.51.100.71";
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 14, 1, 12);
        LocalDateTime burstStart = LocalDateTime.of(2026, 12, 7, 14, 4, 21);
        LocalDateTime burstEnd = LocalDateTime.of(2026, 12, 7, 14, 5, 46);
        Gen out = new Gen(0);
        List<String> e522 = new ArrayList<>();
        List<String> e520 = new ArrayList<>();
        for (int i = 0; i < 480; i++) {
            t = t.plusNanos(g.between(200, 1000) * 1_000_000L);
            String host = hosts[g.weighted(40, 45, 15)];
            int c = g.nextInt(colos.length);
            String method = "GET";
            String path;
            String cache;
            String originIp = "";
            int edge = 200;
            int origin = 0;
            int originMs = 0;
            if (host.startsWith("static")) {
                path = "/assets/" + g.pick("app", "vendor", "checkout") + "." + g.hex(8) + g.pick(".js", ".css", ".woff2");
                cache = g.chance(0.95) ? "hit" : "miss";
                if (cache.equals("miss")) {
                    originIp = goodOrigin;
                    origin = 200;
                    originMs = g.between(20, 90);
                }
            } else {
                String p = host.startsWith("api") ? g.pick(apiPaths) : g.pick(webPaths);
                path = p.contains("%d") ? fmt(p, g.between(1, 9000)) : p;
                method = host.startsWith("api") && (path.contains("checkout") || path.contains("auth")) ? "POST" : "GET";
                cache = host.startsWith("www") && g.chance(0.6) ? "hit" : "dynamic";
                if (!cache.equals("hit")) {
                    originIp = host.startsWith("api") && g.chance(0.5) ? badOrigin : goodOrigin;
                    origin = g.chance(0.03) ? g.pick(404, 401, 304) : 200;
                    originMs = g.between(15, 400);
                    if (originIp.equals(badOrigin) && !t.isBefore(burstStart) && t.isBefore(burstEnd)) {
                        boolean refused = g.chance(0.15);
                        edge = refused ? 520 : 522;
                        origin = 0;
                        originMs = refused ? g.between(100, 900) : g.between(15_000, 19_000);
                    } else {
                        edge = origin;
                    }
                }
            }
            String ray = g.hex(16) + "-" + colos[c];
            Map<String, Object> rec = obj("CacheCacheStatus", cache, "ClientCountry", countries[c], "ClientIP", g.ip(), "ClientRequestHost", host,
                    "ClientRequestMethod", method, "ClientRequestURI", path, "ClientRequestUserAgent", g.pick(agents), "EdgeColoCode", colos[c],
                    "EdgeEndTimestamp", ISO_Z.format(t.plusNanos(originMs * 1_000_000L)), "EdgeResponseBytes", edge >= 500 ? g.between(3000, 9000)
                            : g.between(400, 90_000), "EdgeResponseStatus", edge, "EdgeStartTimestamp", ISO_Z.format(t), "OriginIP", originIp,
                    "OriginResponseDurationMs", originMs, "OriginResponseStatus", origin, "RayID", ray, "SecurityAction", "", "WAFAttackScore",
                    g.between(80, 99));
            String line = compact(rec);
            out.add(line);
            if (edge == 522) {
                e522.add(line);
            } else if (edge == 520) {
                e520.add(line);
            }
        }
        String text = out.text();
        requireSize(text, 100, 300);
        if (e522.size() < 15 || e520.isEmpty()) {
            throw new IllegalStateException("burst " + e522.size() + "/" + e520.size());
        }
        return NeedleCase.named("fresh13_cloudflare_http_logs", "jsonl", "cloudflare-http-ndjson")
                .shell("zcat logs/cloudflare/http_requests/20261207/20261207T140000Z_20261207T141000Z_*.log.gz | head -n 480")
                .question("Customers saw Cloudflare 52x error pages on api.shopnorth.example a bit after 14:00 UTC. Which origin failed, when did it"
                        + " start and stop, and which Ray IDs can I send to Cloudflare support?")
                .heldAside()
                .build(text, List.of(Needle.exact(e522.get(0)), Needle.exact(e522.get(e522.size() - 1)), Needle.anyOf(e520)));
    }

    // ---------------------------------------------------------------- PagerDuty incidents API

    private static Map<String, Object> pdRef(String id, String type, String summary, String path) {
        return obj("id", id, "type", type, "summary", summary, "self", "https://api.pagerduty.com/" + path + "/" + id,
                "html_url", "https://acme.pagerduty.com/" + path.replace("escalation_policies", "escalation_policies#") + "/" + id);
    }

    /**
     * The PagerDuty REST API {@code GET /incidents} (last 7 days, all statuses, through {@code jq .}): 70 incidents over
     * ten services, mostly resolved; the service the question names has one triggered high-urgency incident and one
     * acknowledged low-urgency one still open, besides resolved ones.
     */
    static NeedleCase pagerdutyIncidents() {
        Gen g = new Gen(160_010);
        String[][] svcs = {{"Payments Gateway", "P7Q2K1M"}, {"Checkout Web", "PX4T9RA"}, {"Catalog API", "P0LM3ZD"}, {"Search", "PKD81WQ"},
            {"Order Pipeline", "P3NRC6V"}, {"Identity", "PZ2H7YB"}, {"Data Warehouse ETL", "PF9E4JS"}, {"Kubernetes Platform", "PB6W0UC"},
            {"Edge / CDN", "PQ5A8NT"}, {"Notifications", "PJ1Y3GX"}};
        String[] titles = {"[FIRING:1] HighErrorRate %s 5xx > 2%% for 5m", "[FIRING:1] LatencyP99High %s p99 > 1500ms", "Synthetic check failed: %s"
            + " health endpoint", "[FIRING:1] PodCrashLooping %s", "Datadog monitor: %s queue depth above 10k", "[FIRING:1] DiskFillingUp %s"
            + " volume 85%%", "CloudWatch alarm: %s-5xx-alarm in ALARM"};
        String[][] users = {{"PA1B2C3", "Ngozi Adeyemi"}, {"PD4E5F6", "Jakob Nilsson"}, {"PG7H8I9", "Meera Iyer"}, {"PJ0K1L2", "Carlos Mendes"},
            {"PM3N4O5", "Emily Carter"}, {"PP6Q7R8", "Yusuf Demir"}};
        LocalDateTime t = LocalDateTime.of(2026, 11, 30, 16, 2, 0);
        List<Object> incidents = new ArrayList<>();
        int number;
        String triggeredTitle = "[FIRING:1] HighErrorRate payments-gateway 5xx > 2% for 5m (card-auth upstream timeouts)";
        String ackTitle = "Datadog monitor: payments-gateway settlement batch delayed > 30m";
        for (int i = 0; i < 70; i++) {
            t = t.plusMinutes(g.between(30, 260));
            number = 4752 + i;
            String[] svc;
            String title;
            String status = "resolved";
            String urgency = g.chance(0.7) ? "high" : "low";
            if (i == 69) {
                svc = svcs[0];
                title = triggeredTitle;
                status = "triggered";
                urgency = "high";
            } else if (i == 55) {
                svc = svcs[0];
                title = ackTitle;
                status = "acknowledged";
                urgency = "low";
            } else {
                svc = svcs[g.nextInt(svcs.length)];
                title = fmt(g.pick(titles), svc[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
            }
            String id = "Q" + upper(g, 1) + g.alnum(11).toUpperCase(Locale.ROOT);
            String[] user = users[g.nextInt(users.length)];
            LocalDateTime changed = status.equals("triggered") ? t : t.plusMinutes(g.between(3, 180));
            List<Object> assignments = status.equals("resolved") ? arr()
                    : arr(obj("at", ISO_Z.format(t), "assignee", pdRef(user[0], "user_reference", user[1], "users")));
            Map<String, Object> inc = obj("incident_number", number, "title", title, "description", title, "created_at", ISO_Z.format(t),
                    "updated_at", ISO_Z.format(changed), "status", status, "incident_key", g.hex(32), "service", pdRef(svc[1], "service_reference",
                            svc[0], "services"), "assignments", assignments, "assigned_via", "escalation_policy",
                    "last_status_change_at", ISO_Z.format(changed), "resolved_at", status.equals("resolved") ? ISO_Z.format(changed) : null,
                    "first_trigger_log_entry", pdRef("R" + g.alnum(25).toUpperCase(Locale.ROOT), "trigger_log_entry_reference",
                            "Triggered through the API.", "log_entries"),
                    "alert_counts", obj("all", status.equals("triggered") ? 14 : g.between(1, 6), "triggered", status.equals("resolved") ? 0
                            : status.equals("triggered") ? 14 : 1, "resolved", status.equals("resolved") ? g.between(1, 6) : 0),
                    "is_mergeable", true, "escalation_policy", pdRef("P" + g.alnum(6).toUpperCase(Locale.ROOT), "escalation_policy_reference",
                            svc[0] + " - Primary", "escalation_policies"),
                    "teams", arr(), "pending_actions", arr(), "acknowledgements", status.equals("acknowledged") ? arr(obj("at", ISO_Z.format(changed),
                            "acknowledger", pdRef(user[0], "user_reference", user[1], "users"))) : arr(),
                    "alert_grouping", null, "last_status_change_by", status.equals("triggered") ? pdRef(svc[1], "service_reference", svc[0], "services")
                            : pdRef(user[0], "user_reference", user[1], "users"),
                    "priority", urgency.equals("high") ? obj("id", "PSO1FZN", "type", "priority", "summary", "P1", "name", "P1") : null,
                    "resolve_reason", null, "incidents_responders", arr(), "responder_requests", arr(), "subscriber_requests", arr(),
                    "urgency", urgency, "id", id, "type", "incident", "summary", "[#" + number + "] " + title,
                    "self", "https://api.pagerduty.com/incidents/" + id, "html_url", "https://acme.pagerduty.com/incidents/" + id);
            incidents.add(inc);
        }
        String text = pretty(obj("incidents", incidents, "limit", 100, "offset", 0, "total", null, "more", false), 2) + "\n";
        requireSize(text, 80, 300);
        requireCount(text, "\"status\": \"triggered\"", 1);
        requireCount(text, "\"status\": \"acknowledged\"", 1);
        requireCount(text, "\"incident_number\": 4821,", 1);
        requireCount(text, "\"incident_number\": 4807,", 1);
        return NeedleCase.named("fresh13_pagerduty_incidents", "json", "pagerduty-incidents-json")
                .shell("curl -s -H \"Authorization: Token token=$PD_TOKEN\" -H 'Accept: application/vnd.pagerduty+json;version=2'"
                        + " 'https://api.pagerduty.com/incidents?since=2026-11-30T00:00:00Z&limit=100&statuses[]=triggered&statuses[]=acknowledged"
                        + "&statuses[]=resolved' | jq .")
                .question("Is anything still open for the Payments Gateway service in PagerDuty? What are the incidents, their urgency, and who is"
                        + " assigned?")
                .heldAside()
                .build(text, List.of(Needle.contains("\"title\": \"" + triggeredTitle + "\""), Needle.contains("\"incident_number\": 4821,"),
                        Needle.contains("\"title\": \"" + ackTitle + "\""), Needle.contains("\"incident_number\": 4807,")));
    }

    // ---------------------------------------------------------------- AWS Cost Explorer get-cost-and-usage

    /**
     * {@code aws ce get-cost-and-usage} with DAILY granularity grouped by SERVICE for November (the AWS CLI's 4-space
     * JSON): 30 days of about 22 services each; Amazon CloudWatch costs about $40 a day until 2026-11-21 and about $600 a
     * day from then on, every other service stays within its usual range.
     */
    static NeedleCase costExplorer() {
        Gen g = new Gen(160_011);
        String[] names = {"AWS Backup", "AWS CloudTrail", "AWS Config", "AWS Key Management Service", "AWS Lambda", "AWS Secrets Manager",
            "AWS WAF", "Amazon CloudFront", "Amazon CloudWatch", "Amazon DynamoDB", "Amazon EC2 Container Registry (ECR)",
            "Amazon Elastic Compute Cloud - Compute", "Amazon Elastic Container Service for Kubernetes", "Amazon Elastic Load Balancing",
            "Amazon ElastiCache", "Amazon GuardDuty", "Amazon Relational Database Service", "Amazon Route 53", "Amazon Simple Notification Service",
            "Amazon Simple Queue Service", "Amazon Simple Storage Service", "Amazon Virtual Private Cloud", "EC2 - Other", "Tax"};
        Map<String, Double> base = new LinkedHashMap<>();
        for (String n : names) {
            base.put(n, n.equals("Amazon CloudWatch") ? 41.0 : n.startsWith("Amazon Elastic Compute") ? 1_840.0 : n.startsWith("Amazon Relational")
                    ? 912.0 : n.equals("Tax") ? 0.0 : 2 + g.nextDouble() * 260);
        }
        LocalDate jump = LocalDate.of(2026, 11, 21);
        List<Object> results = new ArrayList<>();
        String before = null;
        String first = null;
        String peak = null;
        double peakValue = 0;
        for (LocalDate d = LocalDate.of(2026, 11, 1); d.isBefore(LocalDate.of(2026, 12, 1)); d = d.plusDays(1)) {
            List<Object> groups = new ArrayList<>();
            for (String n : names) {
                if (n.equals("Tax") && d.getDayOfMonth() != 1) {
                    continue;
                }
                double v = n.equals("Tax") ? 1_318.42 : base.get(n) * (0.9 + g.nextDouble() * 0.2);
                if (n.equals("Amazon CloudWatch") && !d.isBefore(jump)) {
                    v = 560 + g.nextDouble() * 90;
                }
                String amount = fmt("%.10f", v);
                groups.add(obj("Keys", arr(n), "Metrics", obj("UnblendedCost", obj("Amount", amount, "Unit", "USD"))));
                if (n.equals("Amazon CloudWatch")) {
                    if (d.equals(jump.minusDays(1))) {
                        before = amount;
                    } else if (d.equals(jump)) {
                        first = amount;
                    }
                    if (v > peakValue) {
                        peakValue = v;
                        peak = amount;
                    }
                }
            }
            results.add(obj("TimePeriod", obj("Start", d.toString(), "End", d.plusDays(1).toString()), "Total", obj(), "Groups", groups,
                    "Estimated", d.isAfter(LocalDate.of(2026, 11, 27))));
        }
        String text = pretty(obj("GroupDefinitions", arr(obj("Type", "DIMENSION", "Key", "SERVICE")), "ResultsByTime", results,
                "DimensionValueAttributes", arr()), 4) + "\n";
        requireSize(text, 80, 300);
        requireCount(text, before, 1);
        requireCount(text, first, 1);
        requireCount(text, peak, 1);
        return NeedleCase.named("fresh13_cost_explorer", "json", "aws-cost-explorer-json")
                .shell("aws ce get-cost-and-usage --time-period Start=2026-11-01,End=2026-12-01 --granularity DAILY --metrics UnblendedCost"
                        + " --group-by Type=DIMENSION,Key=SERVICE")
                .question("Our November AWS bill is about $6k higher than October. Which service's daily cost jumped, from what to what, and on"
                        + " which day did it start?")
                .heldAside()
                .build(text, List.of(Needle.contains("\"Amount\": \"" + before + "\""), Needle.contains("\"Amount\": \"" + first + "\""),
                        Needle.contains("\"Amount\": \"" + peak + "\""), Needle.contains("\"Start\": \"2026-11-21\"")));
    }

    // ---------------------------------------------------------------- sqlite3 -header -csv

    /**
     * {@code sqlite3 -header -csv} of an orders table (3,000 rows: id, customer, email, status, currency, amount in cents,
     * timestamps, empty for NULL); the order the question names has a negative amount and no customer, one other order has
     * a negative amount too and one has no customer only.
     */
    static NeedleCase sqliteOrders() {
        Gen g = new Gen(160_012);
        String header = "order_id,customer_id,customer_email,status,currency,amount_cents,created_at,shipped_at,channel";
        Gen out = new Gen(0);
        out.add(header);
        LocalDateTime t = LocalDateTime.of(2026, 10, 1, 0, 4, 19);
        DateTimeFormatter sql = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        String target = null;
        String otherNegative = null;
        String nullCustomer = null;
        for (int i = 0; i < 3000; i++) {
            int id = 100_000 + i;
            t = t.plusSeconds(g.between(60, 3000));
            String first = g.pick(FIRST).toLowerCase(Locale.ROOT);
            String customer = Integer.toString(g.between(2_000, 48_000));
            String email = first + "." + g.pick(LAST).toLowerCase(Locale.ROOT) + "@" + g.pick("gmail.com", "outlook.com", "web.de", "yahoo.com");
            String status = switch (g.weighted(70, 10, 8, 6, 6)) {
                case 0 -> "shipped";
                case 1 -> "paid";
                case 2 -> "delivered";
                case 3 -> "cancelled";
                default -> "refunded";
            };
            String currency = g.pick("EUR", "EUR", "EUR", "USD", "GBP");
            int amount = g.between(6, 480) * 100 + g.pick(0, 49, 90, 99);
            String shipped = status.equals("shipped") || status.equals("delivered") ? sql.format(t.plusHours(g.between(4, 60))) : "";
            String channel = g.pick("web", "web", "ios", "android", "pos");
            if (id == 100_482) {
                customer = "";
                email = "";
                status = "paid";
                amount = -4599;
                shipped = "";
                channel = "pos";
            } else if (id == 101_917) {
                amount = -12_900;
                status = "paid";
            } else if (id == 102_655) {
                customer = "";
                email = "";
            }
            String row = String.join(",", Integer.toString(id), customer, email, status, currency, Integer.toString(amount), sql.format(t), shipped,
                    channel);
            out.add(row);
            if (id == 100_482) {
                target = row;
            } else if (id == 101_917) {
                otherNegative = row;
            } else if (id == 102_655) {
                nullCustomer = row;
            }
        }
        String text = out.text();
        requireSize(text, 100, 300);
        requireCount(text, ",-", 2);
        return NeedleCase.named("fresh13_sqlite_orders", "csv", "sqlite-csv-orders")
                .shell("sqlite3 -header -csv data/shop.db 'SELECT order_id, customer_id, customer_email, status, currency, amount_cents, created_at,"
                        + " shipped_at, channel FROM orders WHERE created_at >= \"2026-10-01\" ORDER BY order_id'")
                .question("The finance export crashes on order 100482. What's in that row? Are there other orders with the same kind of bad data"
                        + " (negative amounts or no customer)?")
                .heldAside()
                .build(text, List.of(Needle.exact(header), Needle.exact(target), Needle.exact(otherNegative), Needle.exact(nullCustomer)));
    }
}
