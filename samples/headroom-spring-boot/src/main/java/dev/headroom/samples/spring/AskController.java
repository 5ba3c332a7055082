package dev.headroom.samples.spring;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /ask?q=...&conversation=...}: one question to the on-call assistant. */
@RestController
class AskController {

    private final OnCallAssistant assistant;

    AskController(OnCallAssistant assistant) {
        this.assistant = assistant;
    }

    @GetMapping("/ask")
    Answer ask(@RequestParam("q") String question, @RequestParam(name = "conversation", defaultValue = "default") String conversation) {
        return new Answer(conversation, question, assistant.chat(conversation, question));
    }

    /** The response body. */
    record Answer(String conversation, String question, String answer) {}
}
