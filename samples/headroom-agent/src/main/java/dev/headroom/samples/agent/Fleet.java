package dev.headroom.samples.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The made-up production fleet the on-call tools report on: 400 instances of 20 services in one region,
 * three of them in an error state and one impaired. Generated from a fixed seed ({@link Random} is specified
 * to give the same sequence on every JVM), so every run and every test sees the same bytes.
 *
 * <p>The story the data tells: the payment gateway instance {@link #culprit()} still reports itself
 * healthy, but stopped answering payment calls; the checkout service log shows the timeouts against its
 * private IP, and the checkout instances it dragged down are the ones in an error state.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fleet {

    /** The region the fleet runs in. */
    public static final String REGION = "eu-west-1";

    static final long SEED = 20_261_125L;

    private static final String[] SERVICES = {
            "checkout-api", "payments-gateway", "orders-worker", "inventory-api", "search-api", "cart-api",
            "user-profile", "notifications", "pricing", "recommendations", "shipping", "auth", "catalog",
            "reviews", "analytics-ingest", "email-sender", "image-resizer", "feature-flags", "audit-log",
            "session-store"};
    private static final String[] TEAMS = {
            "checkout", "payments", "fulfilment", "inventory", "discovery", "checkout", "identity", "messaging",
            "pricing", "discovery", "fulfilment", "identity", "catalog", "catalog", "data", "messaging", "media",
            "platform", "platform", "identity"};
    private static final String[] TYPES = {"m6i.large", "m6i.xlarge", "c6i.xlarge", "r6i.large", "t3.medium"};
    private static final String[] ZONES = {"a", "b", "c"};
    private static final String[] IMAGES = {"ami-0c1f2e3d4a5b6c7d8", "ami-04a7e9b1c2d3e4f56"};
    private static final int PER_SERVICE = 20;

    private final List<Instance> instances;
    private final Instance culprit;

    private Fleet(List<Instance> instances, Instance culprit) {
        this.instances = List.copyOf(instances);
        this.culprit = culprit;
    }

    /** The one fleet of this sample (cheap to build; deterministic). */
    public static Fleet production() {
        Random random = new Random(SEED);
        List<Instance> all = new ArrayList<>(SERVICES.length * PER_SERVICE);
        for (int s = 0; s < SERVICES.length; s++) {
            for (int n = 1; n <= PER_SERVICE; n++) {
                int index = all.size();
                String id = "i-0" + hex(random, 16);
                String name = SERVICES[s] + "-" + String.format(Locale.ROOT, "%02d", n);
                String zone = REGION + ZONES[(n - 1) % ZONES.length];
                String ip = "10.0." + (1 + index / 50) + "." + (10 + (index % 50) * 4 + random.nextInt(4));
                String type = TYPES[(s + n / 7) % TYPES.length];
                String launched = String.format(Locale.ROOT, "2026-%02d-%02dT%02d:%02d:%02dZ",
                        8 + random.nextInt(3), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
                double cpu = Math.round((8 + random.nextDouble() * 47) * 10) / 10.0;
                all.add(new Instance(id, name, SERVICES[s], TEAMS[s], type, "running", "ok", "", zone, ip,
                        IMAGES[(s + n) % IMAGES.length], launched, cpu));
            }
        }
        // the incident: three checkout instances crashed, one orders worker is impaired
        fail(all, "checkout-api-04", "error", "failed", "Instance reachability check failed: application exited with code 137 (OOM)");
        fail(all, "checkout-api-11", "error", "failed", "Instance reachability check failed: application exited with code 137 (OOM)");
        fail(all, "checkout-api-17", "error", "failed", "Instance reachability check failed: health endpoint timed out");
        fail(all, "orders-worker-08", "running", "impaired", "System status check: degraded network performance");
        // API pages come back in no particular order
        Collections.shuffle(all, random);
        Instance culprit = find(all, "payments-gateway-07");
        moveToMiddle(all, culprit);
        return new Fleet(all, culprit);
    }

    /** All instances, in the order the API returns them. */
    public List<Instance> instances() {
        return instances;
    }

    /**
     * The payment gateway instance that stopped answering: the checkout log names only its private IP,
     * and nothing about it stands out in the instance list (state running, health ok).
     */
    public Instance culprit() {
        return culprit;
    }

    /** The instances whose state or health is not normal. */
    public List<Instance> unhealthy() {
        return instances.stream().filter(i -> !i.state().equals("running") || !i.health().equals("ok")).toList();
    }

    /** The private IPs of the payment gateways, which the checkout service calls. */
    List<String> gatewayIps() {
        return instances.stream().filter(i -> i.service().equals("payments-gateway")).map(Instance::privateIp).sorted().toList();
    }

    private static void fail(List<Instance> all, String name, String state, String health, String reason) {
        Instance i = find(all, name);
        all.set(all.indexOf(i), new Instance(i.id(), i.name(), i.service(), i.team(), i.type(), state, health, reason,
                i.zone(), i.privateIp(), i.image(), i.launched(), state.equals("error") ? 0.0 : i.cpu()));
    }

    private static Instance find(List<Instance> all, String name) {
        return all.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    /** Keeps the culprit away from the first and last items, which any compressor shows anyway. */
    private static void moveToMiddle(List<Instance> all, Instance culprit) {
        int from = all.indexOf(culprit);
        all.set(from, all.get(all.size() / 2 + 17));
        all.set(all.size() / 2 + 17, culprit);
    }

    static String hex(Random random, int digits) {
        StringBuilder sb = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }

    /** One instance as the cloud API describes it. */
    public record Instance(String id, String name, String service, String team, String type, String state,
                           String health, String statusMessage, String zone, String privateIp, String image,
                           String launched, double cpu) {}
}
