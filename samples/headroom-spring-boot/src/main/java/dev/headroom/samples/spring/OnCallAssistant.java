package dev.headroom.samples.spring;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.spring.AiService;

/** The on-call assistant, wired by the LangChain4j Spring starter to the one ChatModel bean and every tool bean. */
@AiService
public interface OnCallAssistant {

    @SystemMessage(dev.headroom.samples.agent.OnCallAssistant.SYSTEM_MESSAGE)
    String chat(@MemoryId String conversation, @UserMessage String question);
}
