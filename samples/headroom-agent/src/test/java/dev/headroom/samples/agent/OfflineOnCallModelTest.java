package dev.headroom.samples.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stand-in reads only its request: given originals it needs no retrieval, given nothing it calls tools. */
class OfflineOnCallModelTest {

    private final OfflineOnCallModel model = new OfflineOnCallModel();
    private final OnCallTools tools = new OnCallTools();

    @Test
    void should_call_the_tool_a_question_needs_when_it_has_no_result_yet() {
        // given
        ChatRequest request = ChatRequest.builder().messages(UserMessage.from(OnCallAgentApp.QUESTIONS.get(0))).build();

        // when
        AiMessage reply = model.chat(request).aiMessage();

        // then
        assertThat(reply.toolExecutionRequests()).singleElement()
                .satisfies(call -> assertThat(call.name()).isEqualTo(OnCallTools.DESCRIBE_INSTANCES))
                .satisfies(call -> assertThat(call.arguments()).isEqualTo("{\"region\":\"eu-west-1\"}"));
    }

    @Test
    void should_answer_from_the_originals_without_retrieving_when_it_received_them_whole() {
        // given: the second question, with the original instance list and log in the history
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(UserMessage.from(OnCallAgentApp.QUESTIONS.get(0)));
        exchange(messages, OnCallTools.DESCRIBE_INSTANCES, tools.describeInstances(Fleet.REGION));
        messages.add(AiMessage.from("4 instances are in trouble."));
        messages.add(UserMessage.from(OnCallAgentApp.QUESTIONS.get(1)));
        exchange(messages, OnCallTools.TAIL_SERVICE_LOG, tools.tailServiceLog("checkout-service"));
        ChatRequest request = ChatRequest.builder().messages(messages)
                .toolSpecifications(ToolSpecification.builder().name(OfflineOnCallModel.RETRIEVE).build())
                .build();

        // when
        AiMessage reply = model.chat(request).aiMessage();

        // then
        Fleet.Instance culprit = tools.fleet().culprit();
        assertThat(reply.hasToolExecutionRequests()).isFalse();
        assertThat(reply.text()).contains(culprit.id(), culprit.name(), "(in the instance list)");
    }

    @Test
    void should_not_retrieve_when_the_request_offers_no_retrieve_tool() {
        // given: a compressed-looking list without the culprit, but no headroom_retrieve tool
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(UserMessage.from(OnCallAgentApp.QUESTIONS.get(1)));
        exchange(messages, OnCallTools.DESCRIBE_INSTANCES, "{\"Instances\":[],\"_headroom\":{\"hash\":\"0123456789abcdef01234567\"}}");
        exchange(messages, OnCallTools.TAIL_SERVICE_LOG, tools.tailServiceLog("checkout-service"));

        // when
        AiMessage reply = model.chat(ChatRequest.builder().messages(messages).build()).aiMessage();

        // then
        assertThat(reply.hasToolExecutionRequests()).isFalse();
        assertThat(reply.text()).contains("I could not find which instance has " + tools.fleet().culprit().privateIp());
    }

    private static void exchange(List<ChatMessage> messages, String tool, String result) {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("call_" + messages.size()).name(tool).arguments("{}").build();
        messages.add(AiMessage.from(call));
        messages.add(ToolExecutionResultMessage.from(call, result));
    }
}
