package dev.headroom.langchain4j;

import static dev.headroom.langchain4j.Fixtures.call;
import static dev.headroom.langchain4j.Fixtures.calls;
import static dev.headroom.langchain4j.Fixtures.handleIn;
import static dev.headroom.langchain4j.Fixtures.lastToolResult;
import static dev.headroom.langchain4j.Fixtures.retrieve;
import static dev.headroom.langchain4j.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Headroom;
import dev.headroom.HeadroomConfig;
import dev.headroom.compress.CompressionContext;
import dev.headroom.compress.CompressionResult;
import dev.headroom.compress.CompressionSettings;
import dev.headroom.compress.Compressor;
import dev.headroom.compress.ContentKind;
import dev.headroom.tokens.TokenCounter;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-result ceiling through the decorator: a 50,000-token file read goes out cut, the model's
 * {@code headroom_retrieve(hash)} gets the exact original back in a hidden round, and the next turn re-sends the
 * cut form byte-identical (invariant 2). A compressor that throws (fail-open) is cut the same way.
 */
class CeilingEndToEndTest {

    /** A Java file of about 50,000 tokens (estimate) with one method the question names. */
    private static String sourceFile() {
        StringBuilder sb = new StringBuilder("package com.acme.ledger;\n\npublic final class Ledger {\n\n");
        for (int m = 0; m < 400; m++) {
            sb.append("    public long settle").append(name(m)).append("(long amount) {\n");
            for (int k = 0; k < 10; k++) {
                sb.append("        long part").append(name(m * 100 + k)).append(" = amount * 31 + ").append(k).append(";\n");
            }
            sb.append("        return amount;\n    }\n\n");
        }
        return sb.append("}\n").toString();
    }

    /** A distinct name of letters for {@code i} (names differing only in digits would read as data). */
    private static String name(int i) {
        StringBuilder sb = new StringBuilder();
        for (int v = i + 1; v > 0; v /= 26) {
            sb.append((char) ('A' + v % 26));
        }
        return sb.toString();
    }

    private static List<ChatMessage> conversation(String file) {
        return List.of(UserMessage.from("What does settle" + name(321) + " do?"),
                AiMessage.from(call("c1", "read_file", "{\"path\":\"src/main/java/com/acme/ledger/Ledger.java\"}")),
                ToolExecutionResultMessage.builder().id("c1").toolName("read_file").text(file).build());
    }

    /** Retrieves the first hash it sees, then answers with what the retrieval returned. */
    private static ScriptedChatModel retrievingModel() {
        return new ScriptedChatModel()
                .then(request -> calls(retrieve("r1", handleIn(request), null)))
                .then(request -> text(lastToolResult(request).text()));
    }

    @Test
    void should_send_a_large_file_cut_and_answer_its_retrieval_with_the_original() {
        // given
        String file = sourceFile();
        Headroom headroom = Headroom.create();
        ScriptedChatModel provider = retrievingModel();
        HeadroomChatModel model = HeadroomChatModel.builder().delegate(provider).headroom(headroom).build();

        // when
        ChatResponse response = model.chat(ChatRequest.builder().messages(conversation(file)).build());
        model.chat(ChatRequest.builder().messages(conversation(file)).build()); // the next turn re-sends it

        // then: the model saw at most the ceiling plus the closing line, and got the original back
        String sent = ((ToolExecutionResultMessage) provider.request(0).messages().get(2)).text();
        String body = sent.substring(0, sent.lastIndexOf('\n') + 1);
        assertThat(TokenCounter.estimating().count(file)).isGreaterThan(40_000);
        assertThat(TokenCounter.estimating().count(body)).isLessThanOrEqualTo(CompressionSettings.DEFAULT_MAX_RESULT_TOKENS);
        assertThat(sent).contains("    public long settle" + name(321) + "(long amount) {\n").contains("12000-token limit");
        assertThat(lastToolResult(provider.request(1)).text()).isEqualTo(file);
        assertThat(response.aiMessage().text()).isEqualTo(file);
        assertThat(((ToolExecutionResultMessage) provider.request(2).messages().get(2)).text()).isEqualTo(sent);
        assertThat(headroom.stats().total().capped()).isEqualTo(2);
    }

    @Test
    void should_send_the_result_of_a_failing_compressor_cut_and_retrievable() {
        // given: the code compressor throws
        Compressor broken = new Compressor() {
            @Override
            public ContentKind kind() {
                return ContentKind.CODE;
            }

            @Override
            public CompressionResult compress(String content, CompressionContext context) {
                throw new IllegalStateException("boom");
            }
        };
        Headroom headroom = Headroom.builder().compressor(broken)
                .config(HeadroomConfig.builder().defaults(CompressionSettings.defaults().toBuilder().maxResultTokens(2_000).build()).build())
                .build();
        ScriptedChatModel provider = retrievingModel();
        String file = sourceFile();

        // when
        ChatResponse response = HeadroomChatModel.builder().delegate(provider).headroom(headroom).build()
                .chat(ChatRequest.builder().messages(conversation(file)).build());

        // then
        String sent = ((ToolExecutionResultMessage) provider.request(0).messages().get(2)).text();
        assertThat(TokenCounter.estimating().count(sent.substring(0, sent.lastIndexOf('\n') + 1))).isLessThanOrEqualTo(2_000);
        assertThat(response.aiMessage().text()).isEqualTo(file);
        assertThat(headroom.stats().failOpen()).isEqualTo(1);
    }
}
