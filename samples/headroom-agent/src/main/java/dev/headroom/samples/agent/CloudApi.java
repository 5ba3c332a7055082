package dev.headroom.samples.agent;

import dev.headroom.samples.agent.Fleet.Instance;
import java.util.List;
import java.util.Locale;

/**
 * Renders the fleet the way a cloud CLI prints {@code describe-instances}: pretty-printed JSON, two spaces
 * of indentation, one object per instance inside an envelope. Deterministic; stateless.
 */
final class CloudApi {

    private CloudApi() {}

    static String describeInstances(Fleet fleet, String region) {
        List<Instance> instances = Fleet.REGION.equalsIgnoreCase(region == null ? "" : region.trim())
                ? fleet.instances() : List.of();
        StringBuilder sb = new StringBuilder(instances.size() * 420);
        sb.append("{\n  \"Region\": ").append(quote(region)).append(",\n  \"Instances\": [");
        for (int i = 0; i < instances.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            instance(sb, instances.get(i));
        }
        sb.append(instances.isEmpty() ? "]" : "\n  ]");
        sb.append(",\n  \"NextToken\": null\n}\n");
        return sb.toString();
    }

    private static void instance(StringBuilder sb, Instance i) {
        String pad = "      ";
        sb.append("    {\n");
        field(sb, pad, "InstanceId", quote(i.id()));
        field(sb, pad, "InstanceType", quote(i.type()));
        sb.append(pad).append("\"State\": {\"Code\": ").append(code(i.state())).append(", \"Name\": ")
                .append(quote(i.state())).append("},\n");
        field(sb, pad, "HealthStatus", quote(i.health()));
        field(sb, pad, "StatusMessage", quote(i.statusMessage()));
        field(sb, pad, "AvailabilityZone", quote(i.zone()));
        field(sb, pad, "PrivateIpAddress", quote(i.privateIp()));
        field(sb, pad, "ImageId", quote(i.image()));
        field(sb, pad, "LaunchTime", quote(i.launched()));
        field(sb, pad, "CpuUtilization", String.format(Locale.ROOT, "%.1f", i.cpu()));
        sb.append(pad).append("\"Tags\": {\"Name\": ").append(quote(i.name()))
                .append(", \"service\": ").append(quote(i.service()))
                .append(", \"team\": ").append(quote(i.team()))
                .append(", \"env\": \"prod\"}\n");
        sb.append("    }");
    }

    private static void field(StringBuilder sb, String pad, String name, String json) {
        sb.append(pad).append('"').append(name).append("\": ").append(json).append(",\n");
    }

    private static int code(String state) {
        return switch (state) {
            case "running" -> 16;
            case "stopped" -> 80;
            default -> 0;
        };
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c < 0x20 ? ' ' : c);
        }
        return sb.append('"').toString();
    }
}
