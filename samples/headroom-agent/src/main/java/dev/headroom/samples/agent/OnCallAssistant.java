package dev.headroom.samples.agent;

import dev.langchain4j.service.SystemMessage;

/**
 * The on-call assistant, as an {@code AiServices} interface. The system message says nothing about Headroom:
 * the {@code headroom_retrieve} tool's description and the notes in compressed tool results are all a model needs.
 */
public interface OnCallAssistant {

    String SYSTEM_MESSAGE = "You are the on-call assistant of an online shop whose production runs in " + Fleet.REGION
            + ". Use the tools to look at instances, logs, code and tests; quote ids, paths and line numbers exactly. "
            + "Answer in a few sentences.";

    @SystemMessage(SYSTEM_MESSAGE)
    String chat(String question);
}
