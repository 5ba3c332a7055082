package dev.headroom.samples.agent;

import dev.langchain4j.service.SystemMessage;

/** The on-call assistant, as an {@code AiServices} interface. */
public interface OnCallAssistant {

    String SYSTEM_MESSAGE = "You are the on-call assistant of an online shop whose production runs in " + Fleet.REGION
            + ". Use the tools to look at instances, logs, code and tests; quote ids, paths and line numbers exactly. "
            + "Tool results may be shortened: when a note says items were omitted and you need one of them, call "
            + "headroom_retrieve with the note's hash and a query. Answer in a few sentences.";

    @SystemMessage(SYSTEM_MESSAGE)
    String chat(String question);
}
