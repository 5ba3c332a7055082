package dev.headroom.samples.mcp;

/** A 100 KB JSON tool output: 500 orders, one failed. */
final class Fixtures {

    static final String FAILED_ORDER = "ORD-20261";
    /** A routine order in the middle: compression omits it. */
    static final String OMITTED_ORDER = "ORD-20250";

    private Fixtures() {
    }

    static String json100k() {
        StringBuilder sb = new StringBuilder("{\"total\": 500, \"orders\": [\n");
        for (int i = 0; i < 500; i++) {
            String id = "ORD-" + (20_000 + i);
            boolean failed = id.equals(FAILED_ORDER);
            sb.append("  {\"id\": \"").append(id).append("\", \"customer\": \"customer-").append(i % 37)
                    .append("\", \"status\": \"").append(failed ? "failed" : "delivered")
                    .append("\", \"amount\": ").append(10 + (i * 7919) % 990).append('.').append(i % 100 < 10 ? "0" : "").append(i % 100)
                    .append(", \"currency\": \"EUR\", \"error\": ").append(failed ? "\"card declined (code 51)\"" : "null")
                    .append(", \"createdAt\": \"2026-11-").append(10 + i % 18).append("T10:").append(10 + i % 50).append(":00Z\"")
                    .append(", \"shipping\": {\"carrier\": \"dhl\", \"address\": \"Street ").append(i).append(", 10115 Berlin\"}")
                    .append("}").append(i < 499 ? ",\n" : "\n");
        }
        return sb.append("]}\n").toString();
    }
}
