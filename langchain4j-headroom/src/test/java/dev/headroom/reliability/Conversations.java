package dev.headroom.reliability;

import java.util.SplittableRandom;

/** Tool results for reliability tests: large JSON arrays, one item per line, unique per (owner, index). */
final class Conversations {

    private Conversations() {}

    /**
     * A JSON array of {@code items} objects that mentions {@code owner} in every item, so a leak of one
     * conversation's content into another's is visible by a plain substring check.
     */
    static String toolResult(String owner, int index, int items) {
        StringBuilder sb = new StringBuilder(items * 96);
        sb.append("[\n");
        SplittableRandom random = new SplittableRandom(31L * owner.hashCode() + index);
        for (int i = 0; i < items; i++) {
            sb.append("{\"owner\":\"").append(owner).append("\",\"result\":").append(index)
                    .append(",\"item\":").append(i)
                    .append(",\"status\":\"").append(i % 17 == 3 ? "error" : "ok")
                    .append("\",\"latency_ms\":").append(random.nextInt(5, 900))
                    .append(",\"secret\":\"").append(owner).append("-secret-").append(index).append('-').append(i)
                    .append("\"}");
            sb.append(i + 1 < items ? ",\n" : "\n");
        }
        return sb.append(']').toString();
    }
}
