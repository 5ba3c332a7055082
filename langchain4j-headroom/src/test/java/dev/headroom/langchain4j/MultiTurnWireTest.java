package dev.headroom.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.OpenAiStub.Turn;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.AiServices;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Invariant 2 on the wire with the REAL compressors (no fake compressor, no reliance on the memo alone): a
 * three-turn conversation over HTTP to the OpenAI stub, with a JSON list and a service log as tool results
 * asked for under different questions. Every request body must start with the previous request's messages,
 * byte for byte, so provider prompt caches keep hitting; and the retrieve tool must be the same bytes in every
 * request, pinned here to the exact specification.
 */
class MultiTurnWireTest {

    /**
     * headroom_retrieve as LangChain4j's OpenAI model sends it (name, description, parameters, required), with the
     * wire's pretty-printing whitespace removed; member order as sent.
     */
    static final String RETRIEVE_TOOL_ON_WIRE = "{\"type\":\"function\",\"function\":{\"name\":\"headroom_retrieve\","
            + "\"description\":\"Retrieve content that headroom omitted from an earlier tool result. Use the hash shown in the "
            + "omission note. Without query it returns the original tool result; with query it returns only the items or "
            + "lines that best match it. Call it only when the shown content is not enough.\",\"parameters\":{\"type\":"
            + "\"object\",\"properties\":{\"hash\":{\"type\":\"string\",\"description\":\"The hash from the omission note, e.g. "
            + "3f2a9c0d1e4b5a6c7d8e9f01\"},\"query\":{\"type\":\"string\",\"description\":\"Optional: words to match (ids, names, "
            + "error codes); returns the best-matching items or lines\"}},\"required\":[\"hash\"]}}}";

    /** Realistic generated tool outputs: a JSON list of instances and a service log with a few failures. */
    static final class OpsTools {

        @Tool("Lists the instances of a service")
        String list_instances(String service) {
            StringBuilder sb = new StringBuilder("{\"service\":\"checkout\",\"total\":600,\"items\":[");
            for (int i = 0; i < 600; i++) {
                sb.append(i == 0 ? "" : ",").append("{\"id\":\"i-0a").append(String.format("%05x", i * 7919))
                        .append("\",\"zone\":\"eu-west-").append(1 + i % 3).append(i % 2 == 0 ? "a" : "b")
                        .append("\",\"state\":\"").append(i == 417 ? "impaired" : "running")
                        .append("\",\"cpu\":").append(20 + (i * 37) % 50).append(",\"ip\":\"10.0.").append(i / 250).append('.')
                        .append(i % 250).append("\"}");
            }
            return sb.append("]}").toString();
        }

        @Tool("Tails the log of a service")
        String tail_log(String service) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 3_000; i++) {
                String time = String.format("2024-05-01T10:%02d:%02d.%03dZ", (i / 60) % 60, i % 60, (i * 7) % 1000);
                if (i == 1_234) {
                    sb.append(time).append(" ERROR [worker-3] upstream 10.0.1.167 refused connection: Connection reset\n");
                } else if (i % 500 == 99) {
                    sb.append(time).append(" WARN  [worker-").append(i % 8).append("] slow response from inventory took=")
                            .append(900 + i % 100).append("ms\n");
                } else {
                    sb.append(time).append(" INFO  [worker-").append(i % 8).append("] GET /api/cart/").append(10_000 + i * 13)
                            .append(" status=200 took=").append(5 + i % 40).append("ms\n");
                }
            }
            return sb.toString();
        }
    }

    interface Assistant {
        String chat(String message);
    }

    private final OpenAiStub stub = OpenAiStub.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void should_resend_every_earlier_message_byte_identical_when_turns_follow_with_real_compressors() {
        // given: turn 1 lists instances, turn 2 tails the log under another question, turn 3 only asks
        stub.then(Turn.call("call_1", "list_instances", "{\"service\":\"checkout\"}"))
                .then(Turn.text("Instance i-0a... in eu-west-2a is impaired."))
                .then(Turn.call("call_2", "tail_log", "{\"service\":\"checkout\"}"))
                .then(Turn.text("One upstream refused connections."))
                .then(Turn.text("Restart it."));
        OpsTools tools = new OpsTools();
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(HeadroomChatModel.builder().delegate(stub.chatModel().build()).headroom(Headroom.create()).build())
                .tools(tools)
                .chatMemory(MessageWindowChatMemory.withMaxMessages(30))
                .build();

        // when
        assistant.chat("Which checkout instance is impaired?");
        assistant.chat("Why do checkout requests fail?");
        assistant.chat("What should I do about 10.0.1.167?");

        // then: each request starts with the previous request's messages, byte for byte
        List<String> bodies = stub.bodies();
        assertThat(bodies).hasSize(5);
        for (int i = 1; i < bodies.size(); i++) {
            List<String> previous = OpenAiStub.rawElements(bodies.get(i - 1), "messages");
            List<String> current = OpenAiStub.rawElements(bodies.get(i), "messages");
            assertThat(current.size()).isGreaterThan(previous.size());
            assertThat(current.subList(0, previous.size())).as("request %d repeats request %d", i, i - 1).isEqualTo(previous);
            assertThat(OpenAiStub.rawElements(bodies.get(i), "tools")).isEqualTo(OpenAiStub.rawElements(bodies.get(0), "tools"));
        }
        // and both tool results really were compressed by the real compressors, with their handles
        List<String> last = OpenAiStub.rawElements(bodies.get(4), "messages");
        String instances = last.get(2);
        String log = last.get(6);
        assertThat(instances).contains(Handles.of(tools.list_instances("checkout")), "impaired")
                .hasSizeLessThan(tools.list_instances("checkout").length() / 4);
        assertThat(log).contains(Handles.of(tools.tail_log("checkout")), "upstream 10.0.1.167 refused connection")
                .hasSizeLessThan(tools.tail_log("checkout").length() / 4);
    }

    @Test
    void should_send_the_exact_retrieve_tool_specification_last_on_every_request() {
        // given
        stub.then(Turn.call("call_1", "list_instances", "{\"service\":\"checkout\"}")).then(Turn.text("ok"));
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(HeadroomChatModel.builder().delegate(stub.chatModel().build()).headroom(Headroom.create()).build())
                .tools(new OpsTools())
                .build();

        // when
        assistant.chat("Which checkout instance is impaired?");

        // then
        for (String body : stub.bodies()) {
            List<String> tools = OpenAiStub.rawElements(body, "tools");
            assertThat(tools).hasSize(3);
            assertThat(compact(tools.get(2))).isEqualTo(RETRIEVE_TOOL_ON_WIRE);
        }
        assertThat(RETRIEVE_TOOL_ON_WIRE).contains("\"name\":\"" + RetrieveTool.NAME + "\"");
    }

    private static String compact(String json) {
        try {
            return OpenAiEndToEndTest.JSON.readTree(json).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
