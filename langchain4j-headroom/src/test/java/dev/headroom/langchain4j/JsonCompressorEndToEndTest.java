package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.orders;
import static dev.headroom.langchain4j.OpenAiEndToEndTest.hashIn;
import static dev.headroom.langchain4j.OpenAiEndToEndTest.toolMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.Headroom;
import dev.headroom.ccr.Handles;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.langchain4j.OpenAiStub.Turn;
import dev.headroom.tokens.TokenCounter;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole library with its defaults ({@code Headroom.create()}: the built-in JSON compressor, the Caffeine
 * store) under AiServices and the real OpenAI models, over HTTP to the local stub: a 500-item JSON tool
 * result reaches the provider compressed, and the model gets original items back through headroom_retrieve.
 */
class JsonCompressorEndToEndTest {

    /** Strict: one JSON value and nothing after it (a lenient parse would accept trailing garbage). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String QUESTION = "What is the status of order ORD-417 of acme, and which orders failed?";
    /** The items of {@link Fixtures#orders} with status error. */
    private static final List<String> ERROR_IDS = List.of("ORD-13", "ORD-110", "ORD-207", "ORD-304", "ORD-401", "ORD-498");

    private final OpenAiStub stub = OpenAiStub.start();
    private final Shop.Tools tools = new Shop.Tools(orders(500));
    private final Headroom headroom = Headroom.create();

    @AfterEach
    void stop() {
        stub.close();
    }

    private void scriptToolRetrieveAnswer() {
        stub.then(Turn.call("call_1", "search_orders", "{\"customer\":\"acme\"}"))
                .then(body -> Turn.call("call_2", RetrieveTool.NAME,
                        "{\"hash\":\"" + hashIn(body) + "\",\"query\":\"ORD-417\"}"))
                .then(Turn.text("ORD-417 shipped; six orders failed."));
    }

    private void assertCompressedAndRetrieved() throws Exception {
        assertThat(stub.bodies()).hasSize(3);
        String onWire = toolMessage(stub.body(1), 0).path("content").asText();
        TokenCounter o200k = TokenCounter.o200k();
        assertThat(o200k.count(onWire)).isLessThanOrEqualTo(o200k.count(tools.orders) / 4);
        JsonNode parsed = JSON.readValue(onWire, JsonNode.class);
        JsonNode original = JSON.readValue(tools.orders, JsonNode.class);
        // every kept item is an original item, unchanged; the errors, the asked-for item and the ends are kept
        java.util.Set<String> kept = new java.util.TreeSet<>();
        for (JsonNode item : keptItems(parsed)) {
            String id = item.path("id").asText();
            assertThat(item).isEqualTo(original.get(Integer.parseInt(id.substring(4))));
            kept.add(id);
        }
        JsonNode disclosure = disclosure(parsed);
        assertThat(disclosure.path("hash").asText()).isEqualTo(Handles.of(tools.orders));
        assertThat(disclosure.path("omitted").asInt() + kept.size()).isEqualTo(500);
        assertThat(kept).containsAll(ERROR_IDS).contains("ORD-417", "ORD-0", "ORD-499");
        assertThat(kept.size()).isBetween(ERROR_IDS.size() + 3, 60);
        assertThat(hashIn(stub.body(1))).isEqualTo(Handles.of(tools.orders));
        String answer = toolMessage(stub.body(2), 1).path("content").asText();
        assertThat(answer).contains("\"id\":\"ORD-417\",\"customer\":\"acme\",\"status\":\"shipped\",\"amount\":517.50");
    }

    /** The kept items, whether sent as a plain array or columnar ({@code _columns} + {@code _rows}). */
    private static List<JsonNode> keptItems(JsonNode parsed) {
        List<JsonNode> items = new java.util.ArrayList<>();
        if (parsed.isArray()) {
            parsed.forEach(item -> {
                if (!item.has("_headroom")) {
                    items.add(item);
                }
            });
            return items;
        }
        JsonNode columns = parsed.path("_columns");
        assertThat(columns.isArray()).as("an array or a columnar object: %s", parsed).isTrue();
        for (JsonNode row : parsed.path("_rows")) {
            com.fasterxml.jackson.databind.node.ObjectNode item = JSON.createObjectNode();
            for (int i = 0; i < columns.size(); i++) {
                item.set(columns.get(i).asText(), row.get(i));
            }
            items.add(item);
        }
        return items;
    }

    /** The one disclosure: the last array element's or the columnar object's {@code _headroom}. */
    private static JsonNode disclosure(JsonNode parsed) {
        List<JsonNode> found = new java.util.ArrayList<>();
        if (parsed.isArray()) {
            parsed.forEach(item -> {
                if (item.has("_headroom")) {
                    found.add(item.get("_headroom"));
                }
            });
        } else if (parsed.has("_headroom")) {
            found.add(parsed.get("_headroom"));
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private Shop.Assistant assistantWithMemory() {
        return AiServices.builder(Shop.Assistant.class)
                .chatModel(HeadroomChatModel.builder().delegate(stub.chatModel().build()).headroom(headroom).build())
                .tools(tools)
                .chatMemory(MessageWindowChatMemory.withMaxMessages(30))
                .build();
    }

    @Test
    void should_compress_500_item_json_on_the_wire_and_retrieve_originals_when_blocking() throws Exception {
        // given
        scriptToolRetrieveAnswer();
        Shop.Assistant assistant = assistantWithMemory();

        // when
        String answer = assistant.chat(QUESTION);

        // then
        assertThat(answer).isEqualTo("ORD-417 shipped; six orders failed.");
        assertCompressedAndRetrieved();
    }

    @Test
    void should_compress_500_item_json_on_the_wire_and_retrieve_originals_when_streaming() throws Exception {
        // given
        scriptToolRetrieveAnswer();
        Shop.StreamingAssistant assistant = AiServices.builder(Shop.StreamingAssistant.class)
                .streamingChatModel(HeadroomStreamingChatModel.builder()
                        .delegate(stub.streamingChatModel().build())
                        .headroom(headroom).build())
                .tools(tools)
                .executeToolsConcurrently()
                .build();
        List<String> partials = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        // when
        assistant.chat(QUESTION)
                .onPartialResponse(partials::add)
                .onCompleteResponse(done::complete)
                .onError(done::completeExceptionally)
                .start();
        ChatResponse response = done.get(20, TimeUnit.SECONDS);

        // then
        assertThat(response.aiMessage().text()).isEqualTo("ORD-417 shipped; six orders failed.");
        assertThat(String.join("", partials)).isEqualTo("ORD-417 shipped; six orders failed.");
        assertCompressedAndRetrieved();
    }

    @Test
    void should_send_identical_bytes_for_first_turn_when_second_turn_follows() {
        // given
        stub.then(Turn.call("call_1", "search_orders", "{\"customer\":\"acme\"}"))
                .then(Turn.text("ORD-417 shipped."))
                .then(Turn.text("None."));
        Shop.Assistant assistant = assistantWithMemory();

        // when
        assistant.chat(QUESTION);
        assistant.chat("Which of them were refunded?");

        // then
        List<String> turn1 = OpenAiStub.rawElements(stub.bodies().get(1), "messages");
        List<String> turn2 = OpenAiStub.rawElements(stub.bodies().get(2), "messages");
        assertThat(turn2.subList(0, turn1.size())).isEqualTo(turn1);
        assertThat(turn1.get(2)).contains(Handles.of(tools.orders));
    }
}
