package dev.headroom.benchmarks.needles;

import static dev.headroom.benchmarks.needles.Gen.fmt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Generated JSON Lines structured logs. */
final class JsonLinesCases {

    private JsonLinesCases() {}

    /** 3,000 checkout events, one error-level line. */
    static NeedleCase checkoutEvents() {
        Gen g = new Gen(5001);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 12, 0, 0), 1_000);
        String needle = null;
        for (int i = 0; i < 3_000; i++) {
            String t = clock.next(Stamps.JSON);
            if (i == 2_020) {
                needle = fmt("{\"ts\":\"%s\",\"level\":\"error\",\"logger\":\"checkout.payment\",\"msg\":\"payment capture failed\",\"order_id\":\"ord_9X2KQ7\",\"provider\":\"stripe\",\"error\":\"card_declined\",\"duration_ms\":1834}", t);
                g.add(needle);
                continue;
            }
            int w = g.weighted(40, 30, 20, 10);
            String line = switch (w) {
                case 0 -> fmt("{\"ts\":\"%s\",\"level\":\"info\",\"logger\":\"checkout.api\",\"msg\":\"order placed\",\"order_id\":\"ord_%s\",\"items\":%d,\"duration_ms\":%d}", t, g.alnum(6).toUpperCase(), g.between(1, 9), g.between(20, 900));
                case 1 -> fmt("{\"ts\":\"%s\",\"level\":\"debug\",\"logger\":\"checkout.cart\",\"msg\":\"cart updated\",\"cart_id\":\"%s\",\"items\":%d}", t, g.hex(12), g.between(1, 12));
                case 2 -> fmt("{\"ts\":\"%s\",\"level\":\"info\",\"logger\":\"checkout.payment\",\"msg\":\"payment captured\",\"order_id\":\"ord_%s\",\"provider\":\"%s\",\"duration_ms\":%d}", t, g.alnum(6).toUpperCase(), g.pick("stripe", "adyen", "paypal"), g.between(200, 2_000));
                default -> fmt("{\"ts\":\"%s\",\"level\":\"info\",\"logger\":\"http\",\"msg\":\"request\",\"method\":\"GET\",\"path\":\"/healthz\",\"status\":200,\"duration_ms\":%d}", t, g.between(0, 3));
            };
            g.add(line);
        }
        return NeedleCase.named("jsonl_checkout_error", "jsonl", "jsonl")
                .shell("kubectl -n shop logs deploy/checkout --tail=3000")
                .build(g.text(), List.of(Needle.exact(needle)));
    }

    /** A relay's structured log; the question names a request id; one fatal line at the end. */
    static NeedleCase relayRequest() {
        Gen g = new Gen(5002);
        Stamps clock = new Stamps(g, LocalDateTime.of(2026, 12, 6, 16, 0, 0), 500);
        List<Needle> needles = new ArrayList<>();
        for (int i = 0; i < 3_500; i++) {
            String t = clock.next(Stamps.JSON);
            String rid = "req_" + g.hex(6);
            String l;
            if (i == 1_100) {
                l = fmt("{\"time\":\"%s\",\"severity\":\"INFO\",\"request_id\":\"req_7f3a9c\",\"event\":\"request received\",\"route\":\"/v1/quotes\",\"client\":\"partner-17\"}", t);
                needles.add(Needle.exact(l));
            } else if (i == 1_160) {
                l = fmt("{\"time\":\"%s\",\"severity\":\"WARNING\",\"request_id\":\"req_7f3a9c\",\"event\":\"upstream timeout\",\"upstream\":\"pricing:8443\",\"after_ms\":5000}", t);
                needles.add(Needle.exact(l));
            } else if (i == 1_161) {
                l = fmt("{\"time\":\"%s\",\"severity\":\"INFO\",\"request_id\":\"req_7f3a9c\",\"event\":\"response sent\",\"status\":504,\"duration_ms\":5007}", t);
                needles.add(Needle.exact(l));
            } else if (i == 3_499) {
                l = fmt("{\"time\":\"%s\",\"severity\":\"CRITICAL\",\"event\":\"reload failed\",\"error\":\"open /etc/relay/routes.yaml: permission denied\"}", t);
                needles.add(Needle.exact(l));
            } else {
                int w = g.weighted(35, 35, 30);
                l = switch (w) {
                    case 0 -> fmt("{\"time\":\"%s\",\"severity\":\"INFO\",\"request_id\":\"%s\",\"event\":\"request received\",\"route\":\"/v1/%s\",\"client\":\"partner-%d\"}", t, rid, g.pick("quotes", "rates", "bookings"), g.between(1, 40));
                    case 1 -> fmt("{\"time\":\"%s\",\"severity\":\"INFO\",\"request_id\":\"%s\",\"event\":\"response sent\",\"status\":%d,\"duration_ms\":%d}", t, rid, g.pick(200, 200, 200, 201, 404), g.between(3, 900));
                    default -> fmt("{\"time\":\"%s\",\"severity\":\"DEBUG\",\"request_id\":\"%s\",\"event\":\"upstream call\",\"upstream\":\"%s\",\"ms\":%d}", t, rid, g.pick("pricing:8443", "inventory:8443", "auth:8443"), g.between(1, 400));
                };
            }
            g.add(l);
        }
        return NeedleCase.named("jsonl_relay_request_id", "jsonl", "jsonl")
                .tool("read_logs", "{\"service\":\"relay\",\"since\":\"2026-12-06T16:00:00Z\",\"limit\":3500}")
                .question("What happened to request req_7f3a9c? The partner got an error.")
                .heldAside()
                .build(g.text(), needles);
    }
}
