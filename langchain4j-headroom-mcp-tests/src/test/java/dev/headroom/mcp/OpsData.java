package dev.headroom.mcp;

/** The fixture MCP server's outputs, deterministic, shared by the server process and the test's assertions. */
final class OpsData {

    static final String BAD_INSTANCE = "i-0bad5eed00c0ffee";
    /** Instance #200: routine, so the compressed listing omits it; the model has to retrieve it. */
    static final String OMITTED_INSTANCE = instanceId(200);
    static final String FAILED_ORDER = "ORD-1337";
    static final String DEPLOY_ERROR = "deploy of checkout-service failed: image tag 'v2.3.1' not found in registry registry.internal/checkout (exit code 1)";

    private OpsData() {
    }

    /** An EC2-style listing: 400 instances, one of them impaired. About 100 KB of pretty-printed JSON. */
    static String instances(String region) {
        StringBuilder sb = new StringBuilder("{\n  \"region\": \"").append(region).append("\",\n  \"instances\": [\n");
        for (int i = 0; i < 400; i++) {
            boolean bad = i == 271;
            String id = bad ? BAD_INSTANCE : instanceId(i);
            sb.append("    {\n")
                    .append("      \"id\": \"").append(id).append("\",\n")
                    .append("      \"type\": \"").append(i % 3 == 0 ? "m6i.large" : "c6i.xlarge").append("\",\n")
                    .append("      \"az\": \"").append(region).append((char) ('a' + i % 3)).append("\",\n")
                    .append("      \"privateIp\": \"10.0.").append(i / 250).append('.').append(i % 250).append("\",\n")
                    .append("      \"state\": \"running\",\n")
                    .append("      \"status\": \"").append(bad ? "impaired" : "ok").append("\",\n")
                    .append("      \"cpu\": ").append(bad ? "99.7" : String.valueOf(10 + (i * 37) % 50)).append(",\n")
                    .append("      \"tags\": {\"service\": \"checkout\", \"team\": \"payments\"}\n")
                    .append("    }").append(i < 399 ? ",\n" : "\n");
        }
        return sb.append("  ]\n}\n").toString();
    }

    static String instanceId(int i) {
        return String.format("i-%016x", 0x0a11ce0000L + i * 7919L);
    }

    /** 1,500 lines of a service log, one of them the failure. */
    static String log(String service) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            String time = String.format("2026-11-25T10:%02d:%02d.%03dZ", (i / 60) % 60, i % 60, (i * 37) % 1000);
            if (i == 1_111) {
                sb.append(time).append(" ERROR [worker-3] ").append(service)
                        .append(".PaymentGateway - payment failed for ").append(FAILED_ORDER).append(": card declined (code 51)\n");
            } else {
                sb.append(time).append(" INFO  [worker-").append(i % 8).append("] ").append(service)
                        .append(".OrderService - processed order ORD-").append(10_000 + i).append(" in ")
                        .append(5 + (i * 13) % 90).append(" ms\n");
            }
        }
        return sb.toString();
    }

    /** The deploy tool's error output: the message, then a long trace of the failing step. */
    static String deployError() {
        StringBuilder sb = new StringBuilder(DEPLOY_ERROR).append('\n');
        for (int i = 0; i < 60; i++) {
            sb.append("    at deploy.step.PullImage.attempt(PullImage.java:").append(100 + i).append(") retry ").append(i).append('\n');
        }
        return sb.toString();
    }
}
