package dev.headroom.benchmarks;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.Locale;

/** Deterministic requests and tool results for the benchmarks (no randomness, no clock). */
final class Conversations {

    static final String TOOL_NAME = "list_instances";
    /** A tool result with nothing to compress: well below every preset's threshold. */
    static final String SHORT_RESULT = "{\"count\": 2, \"items\": [\"t4g.nano\", \"t4g.micro\"]}";

    private Conversations() {}

    /** System, user, the model's tool call, and the tool's result: the turn right after a tool ran. */
    static ChatRequest request(String toolResult) {
        ToolExecutionRequest call = ToolExecutionRequest.builder()
                .id("call_1")
                .name(TOOL_NAME)
                .arguments("{\"region\": \"eu-west-3\"}")
                .build();
        return ChatRequest.builder()
                .messages(
                        SystemMessage.from("You are a cloud cost assistant. Use the tools to answer."),
                        UserMessage.from("Which instance types failed their health check in eu-west-3?"),
                        AiMessage.from(call),
                        ToolExecutionResultMessage.from(call, toolResult))
                .build();
    }

    /**
     * A JSON array of objects, as {@code json.dumps} would print it (", " and ": " separators), of at least
     * {@code minChars} characters; a few items have {@code "status": "failed"}.
     */
    static String jsonArray(int minChars) {
        StringBuilder sb = new StringBuilder(minChars + 512).append('[');
        for (int i = 0; sb.length() < minChars; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(String.format(Locale.ROOT,
                    "{\"id\": %d, \"name\": \"instance-%05d\", \"type\": \"%s\", \"zone\": \"eu-west-3%c\", "
                            + "\"status\": \"%s\", \"cpu\": %d, \"memory_mib\": %d, \"price_usd\": %d.%04d, "
                            + "\"tags\": [\"team-%d\", \"env-%s\"]}",
                    i, i, TYPES[i % TYPES.length], (char) ('a' + i % 3), i % 97 == 13 ? "failed" : "ok",
                    2 << (i % 4), 1024 << (i % 5), i % 7, (i * 37) % 10_000, i % 11, i % 2 == 0 ? "prod" : "dev"));
        }
        return sb.append(']').toString();
    }

    private static final String[] TYPES = {"t4g.nano", "t4g.micro", "m6i.large", "c6g.xlarge", "r5.2xlarge"};
}
