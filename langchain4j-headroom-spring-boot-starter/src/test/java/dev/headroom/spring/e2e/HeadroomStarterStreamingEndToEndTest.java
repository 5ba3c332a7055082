package dev.headroom.spring.e2e;

import static dev.headroom.spring.e2e.ChatCompletionsStub.parse;
import static dev.headroom.spring.e2e.HeadroomStarterEndToEndTest.lastToolMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.spring.e2e.OpsApplication.LogTools;
import dev.headroom.spring.e2e.OpsApplication.OpsStreamingAssistant;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same question through a streaming {@code @AiService} and the OpenAI starter's streaming model, over SSE. */
@SpringBootTest(classes = OpsApplication.class, properties = {
        "langchain4j.open-ai.streaming-chat-model.api-key=test-key",
        "langchain4j.open-ai.streaming-chat-model.model-name=gpt-4o-mini"})
class HeadroomStarterStreamingEndToEndTest {

    private static final ChatCompletionsStub stub = ChatCompletionsStub.start();

    @DynamicPropertySource
    static void openAiBaseUrl(DynamicPropertyRegistry registry) {
        registry.add("langchain4j.open-ai.streaming-chat-model.base-url", stub::baseUrl);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Autowired
    OpsStreamingAssistant assistant;

    @Autowired
    ApplicationContext context;

    @Test
    void should_compress_and_retrieve_when_a_streaming_ai_service_calls_a_tool() throws Exception {
        // given
        HeadroomStarterEndToEndTest.scriptToolRetrieveAnswer(stub);
        List<String> toolsSeenByCaller = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        // when
        assistant.stream("Why did order ORD-1337 fail?")
                .onPartialResponse(partial -> {})
                .onToolExecuted(execution -> toolsSeenByCaller.add(execution.request().name()))
                .onCompleteResponse(done::complete)
                .onError(done::completeExceptionally)
                .start();

        // then
        assertThat(done.get(60, TimeUnit.SECONDS).aiMessage().text()).isEqualTo("ORD-1337 failed: the card was declined (code 51).");
        assertThat(toolsSeenByCaller).containsExactly("fetchLogs");
        assertThat(context.getBean(OpenAiStreamingChatModel.class)).isSameAs(context.getBean(StreamingChatModel.class));
        assertThat(stub.bodies()).hasSize(3);
        JsonNode second = parse(stub.bodies().get(1));
        assertThat(lastToolMessage(second).length()).isLessThan(LogTools.logs("payments", 2_000).length() / 4);
        assertThat(second.path("tools").toString()).contains(RetrieveTool.NAME);
        assertThat(lastToolMessage(parse(stub.bodies().get(2)))).contains("payment failed for ORD-1337");
    }
}
