package dev.headroom.langchain4j;

import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * The response a Headroom decorator hands to its caller: the provider's response as it would otherwise be (same
 * message, same metadata instance and subtype, e.g. {@code OpenAiChatResponseMetadata}) with the call's
 * {@link HeadroomReport} attached, read with {@link HeadroomReport#of}. {@code toBuilder()} builds a plain
 * {@link ChatResponse}, without the report. Immutable.
 */
final class ReportedChatResponse extends ChatResponse {

    private final HeadroomReport report;

    ReportedChatResponse(ChatResponse response, HeadroomReport report) {
        super(response.toBuilder());
        this.report = report;
    }

    HeadroomReport report() {
        return report;
    }
}
